"""Payload codec: every payload in Temporal history is AES-256-GCM encrypted.

Workflows pass references, not documents, but field values, ids and reasons still travel; with
this codec a scan of the Temporal database finds nothing readable. The key id in the metadata
lets an operator tell which key a history needs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from temporalio.api.common.v1 import Payload
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.converter import (
    DataConverter,
    DefaultFailureConverterWithEncodedAttributes,
    PayloadCodec,
)

from core.crypto import open_sealed, seal

ENCODING = b"binary/encrypted"


def key_id(key: bytes) -> bytes:
    return hashlib.sha256(b"rathaus-payload-key:" + key).hexdigest()[:16].encode()


class EncryptionCodec(PayloadCodec):
    """AES-GCM over the serialised payload; the key id is bound as associated data."""

    def __init__(self, key: bytes) -> None:
        self._key = key
        self._key_id = key_id(key)

    async def encode(self, payloads: Sequence[Payload]) -> list[Payload]:
        return [
            Payload(
                metadata={"encoding": ENCODING, "encryption-key-id": self._key_id},
                data=seal(self._key, payload.SerializeToString(), self._key_id),
            )
            for payload in payloads
        ]

    async def decode(self, payloads: Sequence[Payload]) -> list[Payload]:
        decoded: list[Payload] = []
        for payload in payloads:
            if payload.metadata.get("encoding", b"") != ENCODING:
                decoded.append(payload)
                continue
            found_id = payload.metadata.get("encryption-key-id", b"")
            if found_id != self._key_id:
                raise ValueError(f"payload encrypted with unknown key id {found_id.decode()!r}")
            decoded.append(Payload.FromString(open_sealed(self._key, payload.data, found_id)))
        return decoded


def data_converter(payload_key: bytes) -> DataConverter:
    """Pydantic converter with the encryption codec: use it for every client and worker."""
    return DataConverter(
        payload_converter_class=pydantic_data_converter.payload_converter_class,
        payload_codec=EncryptionCodec(payload_key),
        # Failure messages and stack traces are encrypted too: they can quote input.
        failure_converter_class=DefaultFailureConverterWithEncodedAttributes,
    )
