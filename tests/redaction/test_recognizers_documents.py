"""Span tables for ID documents, Handelsregister numbers and IP addresses."""

import pytest

from redaction.recognizers.id_document_recognizer import icao_check_digit
from redaction.recognizers.mrz_recognizer import MrzRecognizer
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
    # A card's number in groups after "PA-Nr"; OCR's O and l in a number after a country's code.
    ("von meinem Mann (Jörg Brinkhoff, PA-Nr LF7 4K2 9N0) hatte ich", ["LF7 4K2 9N0"]),
    ("Dok.: [x] Reisepass POL  Nr. EA 3O88417", ["EA 3O88417"]),
    # A list's further members of the same shape.
    (
        "Personalausweis von mir: CT 774019, von meine Frau: CT 802551 (Carte de identitate).",
        ["CT 774019", "CT 802551"],
    ),
    # A document named earlier in the paragraph, not right before its number.
    ("Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG, Nr. M0T5R27KC, gültig bis", ["M0T5R27KC"]),
    ("eAT: a) Y4RN7C0G2  b) Y4RN7C1J5", ["Y4RN7C0G2", "Y4RN7C1J5"]),
    ("Seriennummer des Rauchmelders: H72K9M2P4", []),
    # Numbers in lower case, as copied into a form or a mail, only where a document is named.
    ("mein Personalausweis ist weg. Auf der Kopie steht als Nummer l6m0rz4c7", ["l6m0rz4c7"]),
    ('Ausweisnummer klein und mit Leerzeichen: "lz1 h7p 30x2".', ["lz1 h7p 30x2"]),
    ("Passnummer „u19274635“ als Visanummer eingetragen", ["u19274635"]),
    ("Das Passwort lautet k7m2p9x4z und der Benutzer mueller01.", []),
    # Review of the sixth session: compounds of the stay papers, counts after their names,
    # offices' short names and words that only begin like a document's.
    ("Die ABH hat die Duldung verlängert, Duldungsnummer: 123456789", ["123456789"]),
    (
        "Duldungs-Nr.: 123456789; Fiktionsbescheinigungsnummer: 987654321",
        ["123456789", "987654321"],
    ),
    ("Duldungsbescheinigung Nr. A 123456", ["A 123456"]),
    ("Duldung (Nr. 2024-05123) gültig bis 30.06.2025", ["2024-05123"]),
    ("Ankunftsnachweis Nr. 1234 5678 90", ["1234 5678 90"]),
    ("Personen mit Duldung 12345 und mit Aufenthaltsgestattung 23456.", []),
    ("Statistik\nDuldung        12345\n", []),
    ("Das RP Kassel hat den Bescheid erlassen. Gerätenummer des Servers: HP7X2K9LM.", []),
    ("Die Duldungspflicht nach § 4 gilt. Der Zähler mit Nummer LG7T2M9X4 wird getauscht.", []),
    ("Der Ausweisleser am Platz 3 meldet Fehler nach Update kb5034441.", []),
    ("AusweisApp2 build b20240115 stürzt beim Start ab.", []),
    ("Bitte bringen Sie Ihren Personalausweis mit. Raum nr 123 4567 im Erdgeschoss.", []),
    ("Pass auf, die Seite https://www.bochum.de/ausweis?id=v1234567 ist umgezogen.", []),
    # A cue in the genitive, a card named by its compound, a comma after the country.
    ("Seriennummer des Ausweises: 1220001297", ["1220001297"]),
    ("Identifikationsdokument: Reisepass (Syrien), Nummer N 012345678", ["N 012345678"]),
    ("Schwerbehindertenausweis Nr. 4711235 (GdB 50)", ["4711235"]),
    ("Betreff: 2. Mahnung Leserausweis 2604 8817 3392", ["2604 8817 3392"]),
    ("Ihr Bibliotheksausweis J 0047 1182 93; bitte", ["J 0047 1182 93"]),
    # Foreign documents by their own names, a card's series, a number in brackets below.
    ("rumänischer Personalausweis Serie/Nr. TZ 518273, gültig bis 2029", ["TZ 518273"]),
    ("Ich bringe meinen Dowód osobisty\n(CKW 418273) und die Urkunde mit.", ["CKW 418273"]),
    ("Il mio passaporto YA1234567 è scaduto.", ["YA1234567"]),
    ("Carte d’identité n° 180475123456", ["180475123456"]),
    ("Reisepass\n(Kopie anbei)", []),
    # A form's dotted leader after the cue; documents of the Balkans by their own names.
    ("Reisepass SRB ........ 011284563, gültig bis 09/2031", ["011284563"]),
    ("poln. Reisepass der Ehefrau (doppelte StA) ...... EK 4017732", ["EK 4017732"]),
    ("Letërnjoftim (ID-Karte RKS) Nr. 1207443195", ["1207443195"]),
    ("Лична карта BGR           647118203", ["647118203"]),
    ("Personalausweis ......... 3 Stück", []),
    # The review of 5c35694: a year and a count, a term, a statistic after a comma.
    ("Schwerbehindertenausweis 2025 41235\nParkausweis 2025 12345", []),
    ("Flächennutzungsplan: Flächenausweis 2025 12500 m² Wohnbaufläche.", []),
    ("Bibliotheksausweis Gebühr 2026: 15 Euro; ausgegeben: 12345 Stück", []),
    ("Personalausweis, Anträge 41235\nReisepass, Anträge 12876", []),
    ("Statistik\nPersonalausweis\n(Anträge 2025) 41235", []),
    ("Kopie des Reisepasses, Anlage 12345 der Verwaltungsvorschrift", []),
    ("Reisepass, gültig bis 2030, und Personalausweis, 3 Kopien", []),
    ("Die Zahl der Schwerbehindertenausweise stieg 2025 auf 41235.", []),
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


MRZ_CASES = [
    # An ID card (TD1): number, date of birth, name; expiry and nationality stay.
    (
        "Kopie Personalausweis:\nIDD<<L01X00T471<<<<<<<<<<<<<<<\n8301010<3108315D<<<<<<<<<<<<<<6\n"
        "MUSTERMANN<<ERIKA<<<<<<<<<<<<<",
        [
            ("DE_ID_DOCUMENT", "L01X00T47"),
            ("DATE_OF_BIRTH", "830101"),
            ("PERSON", "MUSTERMANN<<ERIKA"),
        ],
    ),
    # A passport (TD3) as OCR read it, with a blank in each line and a full optional field.
    (
        "P<UKR SHEVCHENKO<<OLENA<<<<<<<<<<<<<<<<<<<<<\n"
        "FA1234567 1UKR7902143F2907010 12345678901234 2",
        [
            ("PERSON", "SHEVCHENKO<<OLENA"),
            ("DE_ID_DOCUMENT", "FA1234567"),
            ("DATE_OF_BIRTH", "790214"),
            ("DE_ID_DOCUMENT", "12345678901234"),
        ],
    ),
    (
        "P<TURYILMAZ<<AYSE<NUR<<<<<<<<<<<<<<<<<<<<<<<\nU123456780TUR8503124F3105170<<<<<<<<<<<<<<06",
        [
            ("PERSON", "YILMAZ<<AYSE<NUR"),
            ("DE_ID_DOCUMENT", "U12345678"),
            ("DATE_OF_BIRTH", "850312"),
        ],
    ),
    # A name line alone, cut from a card: the name starts the line ("P" is no type here).
    ("PETROVIC<<ANA<<<<<<<<<<<<<<<<<", [("PERSON", "PETROVIC<<ANA")]),
    # A label or a table's bar before the line; a line of words below the zone is none.
    (
        "MRZ: IDD<<T220001293<<<<<<<<<<<<<<<\n     6408125<2010315D<<<<<<<<<<<<<4\n"
        "MRZ: MUSTERMANN<<ERIKA<<<<<<<<<<<<<\nBUNDESAGENTUR FUER ARBEIT REGION NRW",
        [
            ("DE_ID_DOCUMENT", "T22000129"),
            ("DATE_OF_BIRTH", "640812"),
            ("PERSON", "MUSTERMANN<<ERIKA"),
        ],
    ),
    ("| P<D<<YILMAZ<<AYSE<<<<<<<<<<<<<<<<<<<<<<<<<< |", [("PERSON", "YILMAZ<<AYSE")]),
    # Fillers elsewhere are no zone.
    ("Die Zeile <<<<<<<<<<<<<<<<<<<<<<<<<<<<<< ist leer.", []),
    ("Artikelnummer: ABC<<123<<<<<<<<<<<<<<<<<<<<", []),
    ("Pfeile <<< und >>> im Menü", []),
]


@pytest.mark.parametrize(("text", "expected"), MRZ_CASES)
def test_mrz_recognizer(text: str, expected: list[tuple[str, str]]) -> None:
    recognizer = MrzRecognizer()
    results = recognizer.analyze(text, ["PERSON", "DE_ID_DOCUMENT", "DATE_OF_BIRTH"])
    assert [(r.entity_type, text[r.start : r.end]) for r in results] == expected


def test_mrz_is_redacted_in_a_letter(redactor: Redactor) -> None:
    text = (
        "Anbei die Kopie des Passes.\n\nP<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\n"
        "C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4\n\nMit freundlichen Grüßen"
    )
    redacted = redactor.redact(text).text
    for personal in ("MUSTERMANN", "ERIKA", "C01X00T47", "640812"):
        assert personal not in redacted
    assert "Mit freundlichen Grüßen" in redacted


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
    # A limited partnership whose partner is a company names no natural person.
    ("Kötter Dachtechnik GmbH & Co. KG     HRA 4471, AG Gelsenkirchen", []),
    # The sole trader named after the partnership on the same line (review).
    (
        "Auftragnehmer: Kötter Bau GmbH & Co. KG; Nachunternehmer: Malerbetrieb Jan Peters "
        "e.K., HRA 5678",
        ["HRA 5678"],
    ),
    (
        "Vertragspartner: Schmitz GmbH & Co. KG (HRA 1111) und Inhaber Uwe Brandt e.K. (HRA 2222)",
        ["HRA 2222"],
    ),
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
