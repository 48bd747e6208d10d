"""Authenticated encryption (AES-256-GCM) shared by the payload codec and the pseudonym vault."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from core.errors import RathausError

NONCE_BYTES = 12


class DecryptionError(RathausError):
    """Ciphertext was altered or the key is wrong."""


def seal(key: bytes, plaintext: bytes, associated_data: bytes | None = None) -> bytes:
    """Encrypt; the result is nonce || ciphertext+tag."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, associated_data)


def open_sealed(key: bytes, sealed: bytes, associated_data: bytes | None = None) -> bytes:
    """Decrypt what ``seal`` produced; raises ``DecryptionError`` on any tampering."""
    if len(sealed) < NONCE_BYTES + 16:
        raise DecryptionError("ciphertext too short")
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated_data)
    except InvalidTag as exc:
        raise DecryptionError("ciphertext failed authentication") from exc
