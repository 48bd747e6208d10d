"""Span tables for ID documents, Handelsregister numbers and IP addresses."""

import pytest

from redaction.recognizers.id_document_recognizer import icao_check_digit
from redaction.redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def spans(redactor: Redactor, text: str, *entity_types: str) -> list[str]:
    return sorted(
        text[r.start : r.end] for r in redactor.analyze(text) if r.entity_type in entity_types
    )


ID_DOCUMENT_CASES = [
    ("Personalausweisnummer: L01X00T47", ["L01X00T47"]),
    ("Ausweis-Nr. T22000129, gültig bis 2031", ["T22000129"]),
    ("Reisepass C01X00T47 liegt in Kopie bei.", ["C01X00T47"]),
    ("Mein Personalausweis (LZ6311T47) ist abgelaufen.", ["LZ6311T47"]),
    ("MRZ-Nummer mit Prüfziffer: T220001293", ["T220001293"]),
    # After the offices' short names of the documents, in a table's cell.
    ("Dokument alt      PA T22K0RLC7          RP C4J9K1LM2", ["T22K0RLC7", "C4J9K1LM2"]),
    ("Die PA Zentrale hat PA 123 geschickt.", []),
    # The papers of a stay that is not a title, and a child's passport.
    ("Fiktionsbescheinigung Nr. 1234567 ausgestellt am 04.05.2026.", ["1234567"]),
    ("Duldung Nr. D 0045611", ["D 0045611"]),
    ("Aufenthaltsgestattung Nr. 912345678", ["912345678"]),
    ("Ankunftsnachweis Nr. 5712345 vom 01.02.2026", ["5712345"]),
    ("Visum Nr. 012345678 (Typ D)", ["012345678"]),
    ("Reiseausweis für Flüchtlinge Nr. E4567123", ["E4567123"]),
    ("Kinderreisepass Nr. F7K2M9X31", ["F7K2M9X31"]),
    ("Duldung gemäß § 60a AufenthG bis 31.12.2026, Visum für 90 Tage", []),
    # A card's number in groups as read aloud; a Polish card's series and number.
    ("Ausweis-Nr. C4J9 K1LM 2", ["C4J9 K1LM 2"]),
    ("Personalausweis: T22 000 129", ["T22 000 129"]),
    ("Personalausweis (Seria i numer: ABC 123456)", ["ABC 123456"]),
    ("Ausweis Nr. 12 von 30 Teilnehmern", []),
    # No document number: ordinary words, invoice numbers, postcodes.
    ("Die Gewerbeanmeldung erfolgte fristgerecht.", []),
    ("Rechnung RE2026001 vom 05.02.2026", []),
    # An IT change whose digits happen to carry a valid check digit.
    ("Wiederholung in CHG0031850 am 22.04.2026", []),
    ("Bitte melden Sie sich im Bürgerbüro.", []),
]


@pytest.mark.parametrize(("text", "expected"), ID_DOCUMENT_CASES)
def test_id_document_recognizer(redactor: Redactor, text: str, expected: list[str]) -> None:
    # After a cue word the Aktenzeichen recognizer may win the overlap; redacted either way.
    assert spans(redactor, text, "DE_ID_DOCUMENT", "DE_AKTENZEICHEN") == sorted(expected)


def test_icao_check_digit_of_the_specimen_cards() -> None:
    assert icao_check_digit("T22000129") == 3
    assert icao_check_digit("L01X00T47") == 1


HANDELSREGISTER_CASES = [
    # Section A: sole traders and partnerships, whose entries name their owners.
    ("Handelsregister: HRA 1456", ["HRA 1456"]),
    ("Kfz-Technik Dumitru e.K., Amtsgericht Bochum HRA 3317", ["HRA 3317"]),
    ("Registergericht Essen HRA9876", ["HRA9876"]),
    ("eingetragen unter HR A 212 B", ["HR A 212 B"]),
    ("Amtsgericht Essen, HRA  3317, Inhaber", ["HRA  3317"]),  # blanks as typed
    ("Handelsregister: HRA\t5521", ["HRA\t5521"]),
    ("HRA-Nr. 902, Inhaberin Ayşe Kaya", ["HRA-Nr. 902"]),
    ("Partnerschaftsregister Amtsgericht Essen PR 512", ["PR 512"]),
    ("Pressemitteilung PR 12/2026", []),  # no Partnerschaftsregister named
    # Section B and the registers of associations and cooperatives: legal persons.
    ("Eingetragen beim Amtsgericht Bochum unter HRB 12345.", []),
    ("Heßelmann Bau GmbH · HRB 14412 AG Bochum", []),
    ("Registergericht Essen HRB9876", []),
    ("Tafel Bochum e.V., VR 4420; Wohnungsgenossenschaft eG, GnR 133", []),
    ("Die Firma ist im Handelsregister eingetragen.", []),
    ("THRA 1234 und HRAX 12", []),
]


@pytest.mark.parametrize(("text", "expected"), HANDELSREGISTER_CASES)
def test_handelsregister_recognizer(redactor: Redactor, text: str, expected: list[str]) -> None:
    assert spans(redactor, text, "DE_HANDELSREGISTER") == sorted(expected)


IP_CASES = [
    ("Anfrage von IP 192.168.17.42 um 09:14 Uhr", ["192.168.17.42"]),
    ("Absender-IP: 2001:db8:85a3::8a2e:370:7334", ["2001:db8:85a3::8a2e:370:7334"]),
    ("Termin am 12.04.2026 um 10:30 Uhr", []),
    ("§ 34a Abs. 1 Nr. 2 GewO", []),
]


@pytest.mark.parametrize(("text", "expected"), IP_CASES)
def test_ip_recognizer(redactor: Redactor, text: str, expected: list[str]) -> None:
    assert spans(redactor, text, "IP_ADDRESS") == sorted(expected)
