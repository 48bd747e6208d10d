"""The extraction rules on redacted snippets: German letter conventions, one rule per case."""

from __future__ import annotations

import pytest

from agents.extraction import (
    ApplicantConvention,
    RuleExtractor,
    parse_amount,
    parse_german_date,
    reidentify_fields,
)
from core.types import FieldValue


def _extract(text: str, applicant: ApplicantConvention = "correspondent") -> dict[str, FieldValue]:
    return RuleExtractor(applicant).extract(text, None).fields


SIGNED = "Sehr geehrte Damen und Herren,\n\nich bitte um Bearbeitung.\n\n"


@pytest.mark.parametrize(
    ("text", "applicant"),
    [
        # signature after the closing, also OCR-damaged or English
        (f"<PERSON_2> schreibt.\n{SIGNED}Mit freundlichen Grüßen\n<PERSON_1>", "<PERSON_1>"),
        (f"{SIGNED}Mit freund1ichen GrüBen\n<PERSON_1>\nTel. <TELEFON_1>", "<PERSON_1>"),
        ("<PERSON_3> of good conduct, please.\n\nKind regards,\n<PERSON_1>", "<PERSON_1>"),
        ("Can I come?\n\nThanks,\n<PERSON_2>\n<EMAIL_1>", "<PERSON_2>"),
        (f"{SIGNED}Mit freundlichen Grüßen\nVerwaltung Haus Linde\ni. A. <PERSON_3>", "<PERSON_3>"),
        (f"{SIGNED}Mit freundlichen Grüßen\nDisposition · <PERSON_2>", "<PERSON_2>"),
        # form labels; the explicit applicant label beats "Name der Mutter"
        ("Name der Mutter: <PERSON_2>\nAntragsteller/in: <PERSON_1>\n", "<PERSON_1>"),
        ("Meldende Person: <PERSON_3>\nE-Mail: <EMAIL_1>", "<PERSON_3>"),
        ("Veranstalter: Verein e. V.\nVerantwortliche Person: <PERSON_1>\n", "<PERSON_1>"),
        # an office passing on a citizen's application: the citizen
        (
            "Frau <PERSON_1> hat bei uns den Antrag abgegeben; wir leiten ihn weiter.\n\n"
            "Mit freundlichen Grüßen\nIm Auftrag\n<PERSON_3>",
            "<PERSON_1>",
        ),
        # a debtor or tenant asked about is a third party
        (
            "in der Sache unserer Mandantin gegen Herrn <PERSON_2>, zuletzt <ADRESSE_1>, bitten "
            "wir um Auskunft.\n\nMit freundlichen Grüßen\n<PERSON_1>\nRechtsanwalt",
            "<PERSON_1>",
        ),
        # forwarded mail: the original sender, not the forwarding clerk
        (
            "WG: Hund\n\nBitte übernehmen. Gruß, <PERSON_1>\n\n> Von: <PERSON_2> <<EMAIL_1>>\n"
            "> Gesendet: Montag, 9. März 2026 10:02\n>\n> Guten Tag, ich habe einen Hund.\n"
            "> Mit freundlichen Grüßen, <PERSON_2>, <TELEFON_1>",
            "<PERSON_2>",
        ),
        # a citizen who authorises someone stays the applicant
        (
            "ich bevollmächtige meine Tochter, Frau <PERSON_2>, die Urkunde abzuholen. Eine "
            "Vollmacht liegt bei.\n\nMit freundlichen Grüßen\n<PERSON_1>",
            "<PERSON_1>",
        ),
        # a reply: the newest message on top is the citizen's, the quoted one is the city's
        (
            "Von: <PERSON_1> <<EMAIL_1>>\nBetreff: AW: Ihr Antrag\n\nDanke, anbei die Kopie.\n"
            "Viele Grüße\n<PERSON_1>\n\n-----Ursprüngliche Nachricht-----\nVon: Bürgerbüro\n"
            "Gesendet: Montag, 2. März 2026\n\nMit freundlichen Grüßen\ni. A. <PERSON_2>",
            "<PERSON_1>",
        ),
        # a company name is not a person
        ("<PERSON_1> GmbH\n<ADRESSE_1>\n\nGuten Tag,\nwir beantragen.", None),
        # two persons signing jointly: nobody in particular
        (f"{SIGNED}Mit freundlichen Grüßen\n<PERSON_2>            <PERSON_1>", None),
    ],
)
def test_applicant(text: str, applicant: str | None) -> None:
    assert _extract(text).get("applicant_name") == applicant


_FIRM = "Kanzlei <PERSON_2>\n<ADRESSE_1>, <ORT_1>\nTel. <TELEFON_1>\n\n"


@pytest.mark.parametrize(
    ("text", "applicant", "represented"),
    [
        # a firm's bank, register and enclosure lines name no authority that writes
        (
            f"{_FIRM}wir vertreten Frau <PERSON_1>.\n\nMit freundlichen Grüßen\n<PERSON_2>\n"
            "Bankverbindung: Sparkasse Köln, <IBAN_1>\nAmtsgericht Köln HRB 12345\n"
            "Anlagen: insgesamt 3 Seiten",
            "<PERSON_2>",
            "<PERSON_1>",
        ),
        # a property manager signing is a company, not an authority
        (
            "im Auftrag unserer Kundin, Frau <PERSON_1>, melden wir den Einzug.\n\nMit "
            "freundlichen Grüßen\n<PERSON_2>\nHausverwaltung Rhein GmbH\nInsgesamt 2 Anlagen",
            "<PERSON_2>",
            "<PERSON_1>",
        ),
        # ... but the city's address block on top is the recipient, not the sender
        (
            "Stadt Essen\nDer Oberbürgermeister\nAmt für Soziales\n\nBetreff: Polizeiliche "
            "Sicherstellung\n\nmeine Mandantin, Frau <PERSON_1>, <ADRESSE_2>, <ORT_2>, "
            "beantragt die Herausgabe.\n\nMit freundlichen Grüßen\n<PERSON_2>\nKanzlei am "
            "Landgericht",
            "<PERSON_2>",
            "<PERSON_1>",
        ),
        # the recipient on the first line is no sender
        (
            "An das Ordnungsamt der Stadt Bochum\n\nnamens und in Vollmacht unseres Mandanten, "
            "Herrn <PERSON_1>, legen wir Widerspruch ein.\n\nMit freundlichen Grüßen\n<PERSON_2>",
            "<PERSON_2>",
            "<PERSON_1>",
        ),
        # a son for his mother, whatever the enclosures are called
        (
            "ich vertrete meine Mutter, Frau <PERSON_1>, in dieser Sache.\n\nMit freundlichen "
            "Grüßen\n<PERSON_2>\n\nAnlagen: Vorsorgevollmacht, Bescheid der Pflegekasse",
            "<PERSON_2>",
            "<PERSON_1>",
        ),
        # another city's office confirming something about a citizen acts in its own name
        (
            "hiermit bestätigen wir, dass Herr <PERSON_1>, <ADRESSE_1>, <ORT_1>, hier gemeldet "
            "war.\n\nMit freundlichen Grüßen\nIm Auftrag\n<PERSON_2>\nStadt Essen – "
            "Ausländerbehörde",
            "<PERSON_1>",
            None,
        ),
        # the city's own clerk is nobody's contact person, and nobody else is guessed
        (
            "Rechtsanwälte Berg & Partner\nIhr Zeichen: 32-1234/26\nSachbearbeiterin: Frau "
            "<PERSON_3>\n\nunsere Mandantin, Frau <PERSON_1>, bittet um Auskunft.",
            None,
            "<PERSON_1>",
        ),
        # a citizen who gives someone a Vollmacht, or holds a view, writes for themselves
        (
            "Von: <PERSON_1> <<EMAIL_1>>\n\nIch erteile Herrn <PERSON_2> Vollmacht, die Urkunde "
            "abzuholen.",
            "<PERSON_1>",
            None,
        ),
        (
            "Ich vertrete die Auffassung, dass Herr <PERSON_2> die Hecke schneiden muss.\n\n"
            "Mit freundlichen Grüßen\n<PERSON_1>",
            "<PERSON_1>",
            None,
        ),
    ],
)
def test_who_represents_whom(text: str, applicant: str | None, represented: str | None) -> None:
    fields = _extract(text)
    assert (fields.get("applicant_name"), fields.get("represented_name")) == (
        applicant,
        represented,
    )


def test_a_lawyer_writing_alone_gets_none_of_the_clients_data() -> None:
    text = (
        "Kanzlei <PERSON_2>\n\nmeine Mandantin, Frau <PERSON_1>, <ADRESSE_2>, <ORT_2>, Tel. "
        "<TELEFON_2>, beantragt die Genehmigung.\n\nMit freundlichen Grüßen\n<PERSON_2>"
    )
    fields = _extract(text)
    assert fields["applicant_name"] == "<PERSON_2>"
    assert fields["represented_name"] == "<PERSON_1>"
    assert not {"street_address", "city", "phone"} & fields.keys()


def test_someone_given_a_vollmacht_keeps_their_data() -> None:
    text = (
        "Ich erteile Herrn <PERSON_2>, <ADRESSE_2>, <ORT_2>, Vollmacht, die Urkunde abzuholen."
        "\n\nMit freundlichen Grüßen\n<PERSON_1>\n<ADRESSE_1>\n<ORT_1>"
    )
    fields = _extract(text)
    assert (fields["applicant_name"], fields["street_address"]) == ("<PERSON_1>", "<ADRESSE_1>")
    assert "represented_name" not in fields


def test_the_clients_own_block_is_not_the_lawyers() -> None:
    text = (
        f"{_FIRM}Unsere Mandantin: Frau <PERSON_1>\n\nGeboren am <GEBURTSDATUM_1>\n"
        "Telefon: <TELEFON_2>\nE-Mail: <EMAIL_2>\n\nMit freundlichen Grüßen\n<PERSON_2>"
    )
    fields = _extract(text)
    assert fields["applicant_name"] == "<PERSON_2>"
    assert fields["phone"] == "<TELEFON_1>"
    assert "date_of_birth" not in fields
    assert fields.get("email") != "<EMAIL_2>"


_LAWYER = (
    "Kanzlei <PERSON_2>\n<ADRESSE_1>, <ORT_1>\nTel. <TELEFON_1> · <EMAIL_1>\n\n"
    "Unsere Mandantin: Frau <PERSON_1>, geb. <GEBURTSDATUM_1>, <ADRESSE_2>, <ORT_2>\n\n"
    f"{SIGNED}Mit freundlichen Grüßen\n<PERSON_2>\nRechtsanwältin"
)
_FIELDS = ("applicant_name", "represented_name", "street_address", "city", "phone", "email")


@pytest.mark.parametrize(
    ("text", "correspondent", "represented"),
    [
        # a lawyer: the one who signs, with the firm's data; or the client, with hers only
        (
            _LAWYER,
            ("<PERSON_2>", "<PERSON_1>", "<ADRESSE_1>", "<ORT_1>", "<TELEFON_1>", "<EMAIL_1>"),
            # the reply still goes to the lawyer's mailbox
            ("<PERSON_1>", None, "<ADRESSE_2>", "<ORT_2>", None, "<EMAIL_1>"),
        ),
        (
            "wir vertreten Frau <PERSON_1>.\n\nMit freundlichen Grüßen\n<PERSON_2>\n"
            "<ADRESSE_1>, <ORT_1>",
            ("<PERSON_2>", "<PERSON_1>", "<ADRESSE_1>", "<ORT_1>", None, None),
            # a client without an address of her own: none, never the lawyer's
            ("<PERSON_1>", None, None, None, None, None),
        ),
        # an undertaker ordering certificates for the widow; the deceased is nobody's applicant
        (
            "wir zeigen den Sterbefall von Herrn <PERSON_1> an. Im Auftrag der Ehefrau, Frau "
            "<PERSON_2>, bestellen wir Urkunden.\n\nMit freundlichen Grüßen\n<PERSON_3>",
            ("<PERSON_3>", "<PERSON_2>", None, None, None, None),
            ("<PERSON_2>", None, None, None, None, None),
        ),
        # nobody signs: the contact person the firm names
        (
            "Umzugsservice Rhein GmbH\n\nim Auftrag unserer Kundin, Frau <PERSON_1>, melden wir "
            "den Umzug.\nAnsprechpartner: Herr <PERSON_2>, Tel. <TELEFON_1>",
            ("<PERSON_2>", "<PERSON_1>", None, None, "<TELEFON_1>", None),
            ("<PERSON_1>", None, None, None, None, None),
        ),
        # two lawyers signing together: no applicant, in neither convention a client's data
        (
            "wir vertreten Herrn <PERSON_1>, <ADRESSE_1>, <ORT_1>.\n\nMit freundlichen Grüßen\n"
            "<PERSON_2>            <PERSON_3>",
            (None, "<PERSON_1>", None, None, None, None),
            ("<PERSON_1>", None, "<ADRESSE_1>", "<ORT_1>", None, None),
        ),
        # an authority reporting about a citizen acts in its own name: the citizen applies
        (
            "Finanzamt Bochum-Mitte\n\nhiermit bestätigen wir, dass Herr <PERSON_1>, "
            "<ADRESSE_1>, <ORT_1>, seinen Betrieb aufgegeben hat.\n\nMit freundlichen Grüßen\n"
            "Im Auftrag\n<PERSON_2>",
            ("<PERSON_1>", None, "<ADRESSE_1>", "<ORT_1>", None, None),
            ("<PERSON_1>", None, "<ADRESSE_1>", "<ORT_1>", None, None),
        ),
    ],
)
def test_a_representative_letter(
    text: str,
    correspondent: tuple[str | None, ...],
    represented: tuple[str | None, ...],
) -> None:
    for convention, expected in (("correspondent", correspondent), ("represented", represented)):
        fields = _extract(text, convention)  # type: ignore[arg-type]
        assert tuple(fields.get(name) for name in _FIELDS) == expected, convention
    # the client's birth date is hers, whoever applies
    assert _extract(_LAWYER, "correspondent").get("date_of_birth") is None
    assert _extract(_LAWYER, "represented").get("date_of_birth") == "<GEBURTSDATUM_1>"


@pytest.mark.parametrize(
    "text",
    [
        "About me: <PERSON_1>, born in <ORT_1> on <GEBURTSDATUM_1>, address <ADRESSE_1>,\n<ORT_2>.",
        "<PERSON_1>, geb. am <GEBURTSDATUM_1> in <ORT_1>, wohnhaft <ADRESSE_1>, <ORT_2>",
        "Geburtsort: <ORT_1>\nAnschrift: <ADRESSE_1>, <ORT_2>\n\nMit freundlichen Grüßen\n<PERSON_1>",
    ],
)
def test_a_place_of_birth_is_no_address(text: str) -> None:
    fields = _extract(text)
    assert (fields.get("postal_code"), fields.get("city")) == ("<ORT_2>", "<ORT_2>")


@pytest.mark.parametrize(
    "ending",
    [
        "<PERSON_1>\n<ADRESSE_1>\n<ORT_1>\n<TELEFON_1>\n<EMAIL_1>",
        "<PERSON_1>\ngeb. am <GEBURTSDATUM_1>\n<ADRESSE_1>, <ORT_1>\n"
        "Konto falls das wichtig ist: <IBAN_1>",
    ],
)
def test_a_name_above_the_closing_contact_lines_signs(ending: str) -> None:
    text = f"Hallo,\n\nunsere Hündin (<PERSON_2>, Zwergspitz) hat Welpen bekommen.\n\n{ending}"
    assert _extract(text)["applicant_name"] == "<PERSON_1>"


def test_lower_case_signature_the_redactor_missed_is_the_applicant() -> None:
    text = "hier die rechnung, macht zusammen 742,60 euro.\ngruss heinz mahlberg, schlosserei"
    assert _extract(text)["applicant_name"] == "heinz mahlberg"


@pytest.mark.parametrize(
    ("text", "street", "place"),
    [
        # an address abroad only when there is no German one: a move from Turkey registers the
        # new address here
        (
            "<PERSON_1>\n<ADRESSE_AUSLAND_1>\n<ORT_AUSLAND_1>\n\nSehr geehrte Damen und Herren,\n"
            "ich bitte um eine Meldebescheinigung.\n\nMit freundlichen Grüßen\n<PERSON_1>",
            "<ADRESSE_AUSLAND_1>",
            "<ORT_AUSLAND_1>",
        ),
        (
            "Name: <PERSON_1>\nbisherige Anschrift: <ADRESSE_AUSLAND_1>, <ORT_AUSLAND_1>\n"
            "neue Anschrift: <ADRESSE_1>, <ORT_1>",
            "<ADRESSE_1>",
            "<ORT_1>",
        ),
        # a tenant's flat is hers, the writer's own address is the one no one else owns
        (
            "meine Mieterin Frau <PERSON_3> (Wohnung <ADRESSE_1>, <ORT_1>) ist ausgezogen. Ich "
            "bin privater Vermieter und wohne selbst in Witten, <ADRESSE_2>, <ORT_2>.\n"
            "Mit freundlichen Grüßen, <PERSON_2>",
            "<ADRESSE_2>",
            "<ORT_2>",
        ),
        # in a move the new address
        (
            "Name: <PERSON_1>\n\nBisherige Anschrift: <ADRESSE_1>, <ORT_1>\n"
            "Neue Anschrift: <ADRESSE_2>, 2. OG links, <ORT_2>\n",
            "<ADRESSE_2>",
            "<ORT_2>",
        ),
        # ... unless the new one is abroad (not a token): then the one here
        (
            "Name: <PERSON_1>\nBisherige Wohnung: <ADRESSE_1>, <ORT_1>\n"
            "Künftige Wohnung: Calle de Alcalá 210, <ORT_2>\n",
            "<ADRESSE_1>",
            "<ORT_1>",
        ),
        # a street the redactor left in the sender block
        (
            "<PERSON_1>\nFeldmark 14\n<ORT_1>\n\nSehr geehrte Damen und Herren,",
            "Feldmark 14",
            "<ORT_1>",
        ),
        # an authority's or firm's letterhead stays readable: its address is the applicant's
        (
            "Stadt Herne\nFachbereich Umwelt\nFriedrich-Ebert-Platz 2, 44623 Herne\n\n"
            "An die Stadt Musterstadt\n\nAbrechnung 4. Quartal 2025",
            "Friedrich-Ebert-Platz 2",
            "44623 Herne",
        ),
        (
            "FRESHBOWL GmbH\nFranchise-Zentrale · Speditionstraße 15 · 40221 Düsseldorf\n\n"
            "Stadt Musterstadt\n\nDie Filiale in der <ADRESSE_1>, <ORT_1>, eröffnet.",
            "Speditionstraße 15",
            "40221 Düsseldorf",
        ),
        # ... but not the recipient's address block, nor for a represented citizen
        (
            "An die\nStadt Musterstadt\nRathausplatz 1\n44777 Musterstadt\n\nich bin umgezogen.",
            None,
            None,
        ),
        (
            "Jobcenter Musterstadt\nUniversitätsstraße 66, 44789 Bochum\n\nAntrag für Herrn "
            "<PERSON_1>, wir vertreten Herrn <PERSON_1>.\n\nIm Auftrag",
            None,
            None,
        ),
    ],
)
def test_address(text: str, street: str | None, place: str | None) -> None:
    fields = _extract(text)
    assert fields.get("street_address") == street
    assert fields.get("postal_code") == place


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Unser Zeichen: <AKTENZEICHEN_1> RA/ak\nBochum, 04.03.2026", "<AKTENZEICHEN_1> RA/ak"),
        ("Mein Zeichen: 33/26 P\nBochum, 02.03.2026", "33/26 P"),
        ("Gz.: RK 531.20 – 118/26\nSantiago, 17.02.2026", "RK 531.20 – 118/26"),
        ("Unser Zeichen: HP/ks 2026-117                    Bochum, 11.03.2026", "HP/ks 2026-117"),
        # the city's file number beats the sender's
        (
            "Unser Zeichen: <AKTENZEICHEN_1>\n\nwir vertreten Frau X (Az. der Anmeldung "
            "32.1-2018-00291). Zum 01.05.2026 ...",
            "32.1-2018-00291",
        ),
        ("Ihr Zeichen: <AKTENZEICHEN_1>\nMein Zeichen: D-118/26", "<AKTENZEICHEN_1>"),
        ("Our Gewerbe reference is 32.1-2023-01802.\n\nBest regards", "32.1-2023-01802"),
        ("my file number on\nthe old confirmation says 32.1-2021-02256.", "32.1-2021-02256"),
        ("Mein Aktenzeichen von der Anmeldung 2021 ist <AKTENZEICHEN_1>.", "<AKTENZEICHEN_1>"),
        ("meine Rechnung (Nr. 2026-003) für die Fotos", "2026-003"),
        ("rechnungsnr 118. bitte ueberweisen", "118"),
        ("Kostennote Nr. 2026/0148\nMandat: Stadt ./. X, VG <AKTENZEICHEN_1>", "2026/0148"),
        ("kassenzeichen <AKTENZEICHEN_1>!! ich zahl nicht", "<AKTENZEICHEN_1>"),
        ("DR <AKTENZEICHEN_1>\nBochum, 02.03.2026", "DR <AKTENZEICHEN_1>"),
        ("Honorarrechnung Nr. 2026-014\n\nSehr geehrte Damen und Herren", "2026-014"),
        ("our café (registered since 2021, Gewerbe-Nr. 2021-04418) will roast", "2021-04418"),
        # a permit's number in brackets; a clerk's initials after the number, not a preposition
        (
            "ich besitze einen Bewohnerparkausweis für die Zone F (Nr. <AKTENZEICHEN_1>), bisher",
            "<AKTENZEICHEN_1>",
        ),
        ("Unser Zeichen: 0312/26 Sö\nMusterstadt, 03.03.2026", "0312/26 Sö"),
        ("Aktenzeichen 26-0087 für die Anmeldung", "26-0087"),
        # the Standesamt's register number and a permit's number are the city's
        ("der Registernummer <AKTENZEICHEN_1> beurkundet; drei Urkunden", "<AKTENZEICHEN_1>"),
        ("mein Wohnberechtigungsschein (WBS-Nr. <AKTENZEICHEN_1>) gilt", "<AKTENZEICHEN_1>"),
        # a room, a bus line or an identity card is no file number
        ("Der Raum (Zimmer-Nr. 12) war kalt, Linien-Nr. 354 kam nicht.", None),
        ("Mein Personalausweis (Ausweis-Nr. L01X00T47) ist weg.", None),
        ("With reference to your letter of 12.03.2026, I ask", None),
        # an organisation's tax number is not a reference
        ("Finanzamt\nSteuernummer: <AKTENZEICHEN_1>\n\nSehr geehrte", None),
    ],
)
def test_reference(text: str, reference: str | None) -> None:
    assert _extract(text).get("reference") == reference


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Tag des Einzugs: 15.01.2026\nNeue Wohnung: <ADRESSE_1>", "2026-01-15"),
        ("Datum der Betriebsaufgabe: 31.05.2026", "2026-05-31"),
        ("ich ziehe zurn 31.05.2026 zu rneinern Ehemann", "2026-05-31"),  # OCR: zum
        ("biete ich ab dern 01.02.2026 keinen Winterdienst mehr an", "2026-02-01"),
        ("Unser Mandant übernimmt zum\n01.04.2026 das Café", "2026-04-01"),
        ("Zeitraum: 13.04.2026 bis 29.05.2026", "2026-04-13"),
        ("Gewünschter Trautermin: 18.09.2026, 11:00 Uhr\nAusweichtermin: 25.09.2026", "2026-09-18"),
        ("wir möchten am Samstag, 22.08.2026, im Schloss heiraten", "2026-08-22"),
        ("I moved to Bochum on 1 February 2026 (new address: <ADRESSE_1>)", "2026-02-01"),
        ("I will stop all business activities on\n28 February 2026.", "2026-02-28"),
        ("Im Haushalt seit: 14.03.2026", "2026-03-14"),
        ("benötigen wir am 07.05.2026 von 6:00 bis 16:00 Uhr eine Fläche", "2026-05-07"),
        # the letter's own date, a notice's date and an expiry are not the effective date
        (
            "Musterstadt, 16.02.2026\n\nmein Wohngeld ist bis zum 31.03.2026 bewilligt. Ich "
            "beantrage die Weiterzahlung ab\ndem 01.04.2026.",
            "2026-04-01",
        ),
        ("Bochum, den 2. Februar 2026\n\nGegen den Bescheid vom 09.02.2026 ...", None),
        # a planned date beats a past state
        (
            "ist seit\ndem 09.03.2026 beim Amtsgericht eingetragen. Die Tätigkeit\nwird zum "
            "1. April 2026 aufgenommen.",
            "2026-04-01",
        ),
        # deaths, incidents and losses are not effective dates
        ("mein Mann ist am 21. Januar 2026 verstorben.", None),
        # a period asked for starts at its first day; a letter's "vom" dates the letter
        ("Tische und Stühle vom 1. März 2026 bis 31. Oktober 2026 aufstellen", "2026-03-01"),
        ("eine Fläche vorn\n16.03.2026 bis 20.03.2026", "2026-03-16"),  # OCR: vom
        ("gegen den Bescheid vom 02.02.2026 bis zur Entscheidung", None),
        ("Einzugsdatum: 01.09.2026\nArt der Wohnung: Hauptwohnung", "2026-09-01"),
        # the date a quoted mail was written is no effective date
        ("> Marvin schrieb am 03.08.2026:\n> ich fliege am 15.09.2026 nach Toronto", "2026-09-15"),
        ("Herr G. ist am 26.01.2026 in das Heim St. Anna umgezogen.", "2026-01-26"),
        ("Am 21.02.2026 gegen 22:15 Uhr wurde mein Mandant kontrolliert.", None),
        ("am Samstag, 24.01.2026, habe ich auf dem Markt meine Geldbörse verloren.", None),
        # "mit Wirkung zum" beats a change reported on another date
        (
            "Die Änderungen wurden am 04.06.2026 in das Handelsregister eingetragen. Mit Wirkung "
            "zum 01.07.2026 melden wir das Gewerbe um.",
            "2026-07-01",
        ),
        # something found (premises, not a lost item) before "Ab dem"
        ("ich habe etwas gefunden: Ab dem\n1. Oktober 2026 ist die Nähstube dort.", "2026-10-01"),
        ("an zwei Samstagen, dern 12.09.2026 und dern 19.09.2026, ein Infostand", "2026-09-12"),
        ("Planned opening: 01.12.2026. Food will be small plates.", "2026-12-01"),
    ],
)
def test_effective_date(text: str, iso: str | None) -> None:
    assert _extract(text).get("effective_date") == iso


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Nettobetrag      8.285,00 EUR\nzzgl. 19 % USt   1.574,15 EUR\n"
            "Rechnungsbetrag" + " " * 60 + "9.859,15 EUR",
            9859.15,
        ),
        ("5 Lizenzen à 96,00 EUR netto    480,00 EUR\nGutschriftsbetrag    571,20 EUR", 571.2),
        ("Gebühr: 2 × 12,00 EUR = 24,00 EUR", 24.0),
        ("Fotos: 650,00 € zzgl. 19 % USt = 773,50 €. Die Bilder", 773.5),
        ("Net amount: EUR 14,400.00\nTotal due: EUR 14,400.00", 14400.0),
        ("Sie haben 850 Euro festgesetzt, obwohl", 850.0),
        ("material + 6 std arbeit, macht zusammen 742,60 euro inkl mwst.", 742.6),
        (
            "(Gegenstandswert 60.000,00 EUR):\nZwischensumme 3.300,00 EUR\n"
            "Gesamtbetrag 3.927,00 EUR",
            3927.0,
        ),
        ("Bruttokaltmiete monatlich: 498,00 EUR\nAltersrente (brutto): 1.104,30 EUR", 498.0),
    ],
)
def test_amount(text: str, amount: float) -> None:
    assert _extract(text).get("amount_eur") == amount


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("5 June 1995", "1995-06-05"),
        ("June 5, 1995", "1995-06-05"),
        ("22/08/1992", "1992-08-22"),
        ("25. Feb. 2026", "2026-02-25"),
        ("1st of March 2026", "2026-03-01"),
    ],
)
def test_english_and_abbreviated_dates(text: str, iso: str) -> None:
    assert parse_german_date(text) == iso


def test_english_amount_notation() -> None:
    assert parse_amount("14,400.00") == 14400.0
    assert parse_amount("1.234,56") == 1234.56


@pytest.mark.parametrize(
    ("original", "name"),
    [
        ("Ostrowski, Karolina", "Karolina Ostrowski"),
        ("Obergerichtsvollzieherin Sabine Rohde", "Sabine Rohde"),
        ("Architektin Selda Yıldız", "Selda Yıldız"),
        ("POK'in Sandra Möllers", "Sandra Möllers"),  # a police rank
        ("PHK Jens Albers", "Jens Albers"),
        ("Ayşe Yıldırım", "Ayşe Yıldırım"),
    ],
)
def test_reidentified_names_are_normalised(original: str, name: str) -> None:
    fields = reidentify_fields({"applicant_name": "<PERSON_1>"}, {"<PERSON_1>": original})
    assert fields["applicant_name"] == name


def test_reidentified_dates_are_iso() -> None:
    fields = reidentify_fields(
        {"date_of_birth": "<GEBURTSDATUM_1>"}, {"<GEBURTSDATUM_1>": "9 November 1979"}
    )
    assert fields["date_of_birth"] == "1979-11-09"


@pytest.mark.parametrize(
    ("place", "postal_code", "city"),
    [("80-180 Gdańsk", "80-180", "Gdańsk"), ("3511 NT Utrecht", "3511 NT", "Utrecht")],
)
def test_a_postal_code_abroad_is_split_from_its_town(
    place: str, postal_code: str, city: str
) -> None:
    fields = reidentify_fields(
        {"postal_code": "<ORT_AUSLAND_1>", "city": "<ORT_AUSLAND_1>"}, {"<ORT_AUSLAND_1>": place}
    )
    assert (fields["postal_code"], fields["city"]) == (postal_code, city)


def test_a_place_wrapped_after_its_postal_code_is_split() -> None:
    fields = reidentify_fields(
        {"postal_code": "<ORT_1>", "city": "<ORT_1>"}, {"<ORT_1>": "44803\nMusterstadt"}
    )
    assert (fields["postal_code"], fields["city"]) == ("44803", "Musterstadt")


def test_values_the_letter_wrapped_are_one_line() -> None:
    fields = reidentify_fields(
        {"street_address": "<ADRESSE_1>", "applicant_name": "<PERSON_1>"},
        {"<ADRESSE_1>": "Lindenstraße\n12", "<PERSON_1>": "Wladimir\nKusnezow"},
    )
    assert fields == {"street_address": "Lindenstraße 12", "applicant_name": "Wladimir Kusnezow"}


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # a child's or a debtor's date of birth is not the applicant's
        (
            "Name: <PERSON_1>\nMit mir zieht mein Sohn <PERSON_2> (geb. <GEBURTSDATUM_2>) ein.",
            "date_of_birth",
            None,
        ),
        (
            "Name: <PERSON_1>\nGeburtsdatum: <GEBURTSDATUM_1>\n\nmein Sohn <PERSON_2> "
            "(geb. <GEBURTSDATUM_2>)",
            "date_of_birth",
            "<GEBURTSDATUM_1>",
        ),
        # the city as recipient and a forwarding clerk's own address are not the applicant's
        (
            "Von: Bürgerbüro <<EMAIL_1>>\nGesendet: Dienstag, 10. März 2026\nAn: <EMAIL_2>\n"
            "Betreff: WG: Anfrage\n\nHallo, eine Mutter fragt nach einer Urkunde.",
            "email",
            None,
        ),
        # a firm's mailbox the redactor left in the letterhead is the sender's
        (
            "HEITKAMP HOCHBAU GmbH & Co. KG\n<ADRESSE_1> · <ORT_1>\n"
            "Tel. <TELEFON_1> · rechnung@heitkamp-hochbau.example\n\nStadt Musterstadt\n"
            "Rechnungseingang\n\nAbschlagsrechnung\n\nAnsprechpartner: Herr <PERSON_1>",
            "email",
            "rechnung@heitkamp-hochbau.example",
        ),
        # ... but never the city's or a recipient's mailbox, a copy or a quoted sender
        (
            "Firma Max GmbH\n<ADRESSE_1> · 44787 Bochum\nStadt Bochum\nBürgerbüro\n"
            "buergerbuero@bochum.de\n\nSehr geehrte Damen und Herren",
            "email",
            None,
        ),
        ("Stadt Bochum · Bürgerbüro · buergerbuero@bochum.de\n\nAntrag", "email", None),
        ("In Kopie: ordnungsamt@bochum.de\n\nSehr geehrte Damen und Herren", "email", None),
        (
            "Am 03.03.2026 schrieb Max Muster <max@muster.example>:\n\nSehr geehrte",
            "email",
            None,
        ),
        # contact data the redactor left below the signature
        ("Merci / danke,\n<PERSON_1>\n+33 6 12 45 78 90", "phone", "+33 6 12 45 78 90"),
    ],
)
def test_personal_data_belongs_to_the_applicant(text: str, field: str, value: FieldValue) -> None:
    assert _extract(text).get(field) == value


@pytest.mark.parametrize(
    ("original", "street"),
    [
        ("Lützowstraße 18, 2. OG links", "Lützowstraße 18"),
        ("Evinger Platz 3, Hinterhaus, 3. Etage", "Evinger Platz 3"),
        ("Am Kortländer 5 Whg. 12", "Am Kortländer 5"),
        ("Hattinger Straße 112", "Hattinger Straße 112"),
    ],
)
def test_reidentified_street_is_the_postal_address(original: str, street: str) -> None:
    # The redactor takes the floor into the span (it narrows the address down to one
    # household); the field is the street and house number a letter is addressed to.
    fields = reidentify_fields({"street_address": "<ADRESSE_1>"}, {"<ADRESSE_1>": original})
    assert fields["street_address"] == street


def test_the_llm_is_told_the_same_convention() -> None:
    from agents.llm_extraction import _field_specs

    def label(convention: ApplicantConvention) -> str:
        specs = {s["name"]: s["label"] for s in _field_specs(None, convention)}
        return specs["applicant_name"]

    assert "Vertreter, der unterschreibt" in label("correspondent")
    assert "die vertretene Person" in label("represented")
