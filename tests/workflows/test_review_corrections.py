"""A reviewer's field corrections: pseudonymised with the case's tokens, and never sent in clear
to recipients that must not see personal data."""

from __future__ import annotations

from datetime import UTC, datetime

from connectors.intake import store_document
from connectors.ports import Delivered, OutgoingMail
from core.types import DocumentSource, Extraction, RedactedText, RoutingTarget
from rathaus.wiring import Components
from workflows.models import DeliverInput


class Capturing:
    def __init__(self) -> None:
        self.mails: list[OutgoingMail] = []

    def deliver(self, mail: OutgoingMail) -> Delivered:
        self.mails.append(mail)
        return Delivered(f"id-{len(self.mails)}", duplicate=False)

    def check(self) -> str:
        return "ok"


def test_bare_personal_values_become_tokens_whatever_the_recognizers_find(
    components: Components,
) -> None:
    components.vault.store("case-7", {"<PERSON_1>": "Mehmet Demir"}, datetime.now(UTC))
    out = components.activities()._pseudonymise_fields(
        "case-7",
        {
            "applicant_name": "Demir",  # a bare surname: no context for the recognizers
            "date_of_birth": "01.02.1980",  # a bare date: no cue word
            "street_address": "Am Bach 3",
            "iban": 123,  # not a string: still personal
            "city": "Bochum",
            "amount_eur": 12.5,
            "effective_date": None,
        },
    )
    assert out["applicant_name"] == "<PERSON_1>"  # the known person keeps the token
    assert out["date_of_birth"] == "<GEBURTSDATUM_1>"
    assert out["street_address"] == "<ADRESSE_1>"
    assert out["iban"] == "<IBAN_1>"
    assert out["city"] == "Bochum" and out["amount_eur"] == 12.5
    assert out["effective_date"] is None
    stored = components.vault.load("case-7")
    assert stored["<GEBURTSDATUM_1>"] == "01.02.1980" and stored["<IBAN_1>"] == "123"
    assert stored["<PERSON_1>"] == "Mehmet Demir"


def test_corrected_fields_never_reach_a_recipient_without_personal_data(
    components: Components,
) -> None:
    sink = Capturing()
    components.__dict__["mail"] = sink
    document = store_document(
        components.blobs, b"Antrag auf Ummeldung", "antrag.txt", DocumentSource.UPLOAD
    )
    service = (
        "ummeldung_wohnsitz"
        if "ummeldung_wohnsitz" in components.catalogue
        else components.catalogue.ids[0]
    )
    components.activities().deliver(
        DeliverInput(
            document=document,
            service_id=service,
            target=RoutingTarget(
                kind="mailbox",
                address="statistik@stadt.example",
                reidentify=False,
                attachment="none",
            ),
            extraction=Extraction(
                # A reviewer typed the postal code and the name: the name escaped the recognizers.
                fields={"applicant_name": "Erika Wunderlich", "postal_code": "44787"},
                corrected=["applicant_name", "postal_code"],
            ),
            redacted=RedactedText(text=components.blobs.put_text("Antrag"), case_id="case-8"),
            confidence=0.9,
            decided_by="pruefer",
            idempotency_key=f"intake-y-{datetime.now(UTC).timestamp()}:deliver:0",
        )
    )
    (mail,) = sink.mails
    assert "Wunderlich" not in mail.body and "44787" not in mail.body
