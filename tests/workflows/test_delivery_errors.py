"""How delivery and intake failures become Temporal decisions (narrow tests, fake sinks).

The real backends raise these errors in their own tests; here only the mapping is checked:
throttling waits for ``Retry-After``, refused credentials wait until fixed, an unknown target
hands over to the fallback, anything else that cannot succeed goes to quarantine, and a refused
intake login is not retried at once.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from temporalio.exceptions import ApplicationError

from connectors.intake import store_document
from connectors.ports import Delivered, OutgoingMail
from core.errors import (
    DeliveryAuthError,
    DeliveryError,
    DeliveryRefusedError,
    PermanentDeliveryError,
)
from core.types import DocumentSource, Extraction, RedactedText, RoutingTarget
from rathaus.wiring import Components
from workflows.activities import delivery_retry
from workflows.models import DeliverInput
from workflows.source_activities import _transient


def test_throttling_sets_the_next_retry_delay() -> None:
    error = delivery_retry(DeliveryError("HTTP 429", retry_after=7), "bauamt@stadt.example")
    assert error.next_retry_delay == timedelta(seconds=7)
    assert not error.non_retryable


def test_refused_credentials_are_waited_out_not_quarantined() -> None:
    error = delivery_retry(DeliveryAuthError("HTTP 401"), "Gewerbe")
    assert error.type == "delivery_auth" and not error.non_retryable


@pytest.mark.parametrize(
    ("error", "retried"),
    [
        (DeliveryError("IMAP-Server nicht erreichbar"), True),
        (DeliveryAuthError("Anmeldung abgelehnt"), False),
        (PermanentDeliveryError("Eingangsordner nicht gefunden"), False),
    ],
)
def test_intake_retries_only_what_may_pass(error: DeliveryError, retried: bool) -> None:
    assert _transient(error, "Postfach").non_retryable is not retried


class Refusing:
    """A mail sink whose department mailbox does not exist, or refuses after sending."""

    def __init__(self, error: PermanentDeliveryError) -> None:
        self.error = error
        self.delivered: list[str] = []

    def deliver(self, mail: OutgoingMail) -> Delivered:
        if mail.to == "gibtsnicht@stadt.example":
            raise self.error
        self.delivered.append(mail.to)
        return Delivered(f"id-{len(self.delivered)}", duplicate=False)

    def check(self) -> str:
        return "ok"


def _request(components: Components, address: str) -> DeliverInput:
    document = store_document(
        components.blobs, b"Antrag auf Ummeldung", "antrag.txt", DocumentSource.UPLOAD
    )
    return DeliverInput(
        document=document,
        service_id="ummeldung_wohnsitz"
        if "ummeldung_wohnsitz" in components.catalogue
        else components.catalogue.ids[0],
        target=RoutingTarget(
            kind="mailbox", address=address, reidentify=False, attachment="redacted"
        ),
        extraction=Extraction(),
        redacted=RedactedText(text=components.blobs.put_text("Antrag"), case_id="case-1"),
        confidence=0.9,
        decided_by="system",
        idempotency_key=f"intake-x-{datetime.now(UTC).timestamp()}:deliver:0",
    )


def test_an_unknown_target_hands_over_to_the_fallback(components: Components) -> None:
    sink = Refusing(DeliveryRefusedError("550 unknown user"))
    components.__dict__["mail"] = sink
    receipt = components.activities().deliver(_request(components, "gibtsnicht@stadt.example"))
    fallback = components.catalogue.fallback_target
    assert fallback is not None
    assert receipt.target.fallback and receipt.target.address == fallback.address
    assert sink.delivered == [fallback.address]


def test_a_refusal_after_the_side_effect_never_goes_to_the_fallback(
    components: Components,
) -> None:
    sink = Refusing(PermanentDeliveryError("ticket created without reference field"))
    components.__dict__["mail"] = sink
    with pytest.raises(ApplicationError) as caught:
        components.activities().deliver(_request(components, "gibtsnicht@stadt.example"))
    assert caught.value.non_retryable
    assert sink.delivered == []
