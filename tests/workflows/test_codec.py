import pytest
from temporalio.api.common.v1 import Payload

from workflows.codec import ENCODING, EncryptionCodec


async def test_payloads_round_trip_encrypted() -> None:
    codec = EncryptionCodec(b"k" * 32)
    original = Payload(metadata={"encoding": b"json/plain"}, data=b'{"name": "Ayse Demir"}')
    encoded = await codec.encode([original])
    assert encoded[0].metadata["encoding"] == ENCODING
    assert b"Ayse" not in encoded[0].data
    assert await codec.decode(encoded) == [original]


async def test_tampered_payload_is_refused() -> None:
    codec = EncryptionCodec(b"k" * 32)
    encoded = await codec.encode([Payload(metadata={}, data=b"x")])
    tampered = Payload(metadata=dict(encoded[0].metadata), data=encoded[0].data[:-1] + b"\0")
    with pytest.raises(Exception, match="authentication"):
        await codec.decode([tampered])


async def test_payload_from_another_key_is_refused_with_its_key_id() -> None:
    encoded = await EncryptionCodec(b"a" * 32).encode([Payload(metadata={}, data=b"x")])
    with pytest.raises(ValueError, match="unknown key id"):
        await EncryptionCodec(b"b" * 32).decode(encoded)


async def test_unencrypted_payloads_pass_through() -> None:
    plain = Payload(metadata={"encoding": b"binary/null"}, data=b"")
    assert await EncryptionCodec(b"k" * 32).decode([plain]) == [plain]
