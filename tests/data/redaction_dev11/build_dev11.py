"""Build the eleventh German PII redaction development corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev11/build_dev11.py

This is a DEVELOPMENT set: it may be read, run and tuned on. It was written without sight of the
redactor's rules, its benchmark, the held-out corpora and the documents of the other development
corpora. Its 100 documents are the EVERYDAY INTAKE of a German city administration, 70 with
personal data and 30 without: letters from citizens (handwritten-sounding, formal, clumsy and
full of typos), business and lawyers' letters, e-mails and forwarded threads with quoted history
and signatures, web-form submissions, paper forms read as text, Aktenvermerke and phone notes,
OCR scans and faxes with noise (broken words, 0/O and 1/l swaps, stray characters, fax header
lines), short tables and lists inside letters, and messenger transcripts. The services:
Bürgerbüro, Ausländerbehörde, Standesamt, Ordnungsamt, Jugendamt, Sozialamt, Wohngeld,
Elterngeld, Stadtkasse, Steueramt, Gewerbeamt, Bauordnung, Grünflächen, Friedhof,
Schulverwaltung, Wirtschaftsförderung and complaints.

The set stresses what redactors miss most: dates of birth in every phrasing ("geb. am",
"geboren 3. März 1961", "*12.5.1990", "(Jg. 1957)", "ich bin 1948 geboren", children's, spouses'
and parents' dates of birth in prose, tables and form fields) next to letter dates, deadlines,
appointments, contract, wedding and death dates; towns as personal data (residence, birthplace,
former residence, relatives' towns, districts, towns abroad) next to towns that are not personal
(the authority's seat, event places, an office's date line, court towns); file numbers of a
citizen's matter in many shapes and with many cue words (Aktenzeichen, Kassenzeichen,
Kundennummer, BG-Nummer, Vorgangsnummer, Buchungszeichen, Antragsnummer, Mandatsreferenz,
Versicherungsnummer, Ihr/Unser Zeichen, and none at all in a subject line).

Every document is written out individually below. Personal strings are marked inline as
``[[TYPE:text]]``; the script strips the markup and computes the offsets, so no offset is ever
written by hand. Short aliases may be used for the type:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Steuer-IDs, IBANs and Rentenversicherungsnummern are produced by the helper functions below,
so that their check digits are valid; ID-card numbers use the ID-card alphabet.

Annotation conventions (those of the development sets, with notes on the formats of this set):
  - salutations, titles and roles ("Herr", "Frau", "Dr.", "RA", "Tochter", "Familie") stay
    outside a PERSON span; particles belonging to the surname are inside; "Nachname, Vorname"
    is one span; lower-case names, nicknames, messenger handles and OCR-garbled names are
    PERSON; a name inside an e-mail address is annotated only as part of the EMAIL_ADDRESS;
    names of natural persons (citizens, relatives, neighbours, staff, lawyers, landlords,
    signatories of firms) are annotated wherever they occur, also in signatures, greetings,
    quoted e-mail headers and fax header lines; office holders are named in the PII-free
    documents only by their office ("der Oberbürgermeister"), historical persons and persons
    after whom streets, schools, halls and parks are named are not annotated;
  - a private address is split into STREET_ADDRESS (street, number, additions) and LOCATION
    (postal code and town, abroad as well); a town or district of residence, birth, origin or
    former residence and a relative's town alone are LOCATION, also the town in the date line
    of a citizen's own letter; a country or a nationality is not annotated; the seat of an
    authority, court towns, event places and the date line of an office are not personal;
  - addresses, switchboards, hotlines and functional mailboxes of authorities, courts, schools,
    law firms and companies are not personal; a staff member's direct line and personal
    mailbox are; the fax number of a private sender in a fax header is PHONE_NUMBER;
  - file, case, customer, booking, application, insurance-policy and mandate numbers of a
    citizen's matter (also "Ihr Zeichen"/"Unser Zeichen" of a lawyer's case and a bare number in
    a subject line) are DE_AKTENZEICHEN, the cue word outside; council papers, plan numbers,
    tenders, Tatbestandsnummern, IT tickets and the register entries of companies (HRB) are
    not; the HRA entry of a sole trader is DE_HANDELSREGISTER;
  - the number of a foreign passport or identity card is DE_PASSPORT; the number of a German ID
    card or electronic residence permit (eAT) is DE_ID_CARD;
  - a person's name inside a business name (sole trader, GbR) is PERSON, and so are the business
    address and line of a sole trader, who is a natural person; firms with a legal form of their
    own (GmbH, AG, KG, eG, PartG mbB), law firms and their addresses are not personal;
  - plates of vehicles of citizens and firms are DE_KFZ, plates of municipal vehicles are not;
    IP addresses of citizens' devices are personal, those of servers and gateways are not;
  - only dates of birth are personal (also a bare year of birth and a garbled OCR date); letter
    dates, deadlines, appointment and event dates, contract, wedding and death dates are not;
  - OCR noise inside a personal string is part of the span ("0l.O3.1961", "Schrn1dt").

Checks: offsets reproduce the span text, spans do not overlap, Steuer-IDs (§ 139b AO) and IBANs
(ISO 13616 MOD 97) are valid, Rentenversicherungsnummern carry a valid check digit, ID-card
numbers use the ID-card alphabet, every keep phrase occurs outside all spans, and every further
occurrence of an annotated string (and of every name part of 3+ letters) is annotated as well,
unless explicitly allowed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from redaction_markup import MARK, Corpus  # noqa: E402

OUT = HERE / "corpus.jsonl"
CORPUS = Corpus()
pii = CORPUS.pii
clean = CORPUS.clean

ID_ALPHABET = set("CFGHJKLMNPRTVWXYZ0123456789")


# ---------------------------------------------------------------------------------------------
# Helpers: check-digit-valid numbers and table layout
# ---------------------------------------------------------------------------------------------


def steuer_id(first10: str, grouped: bool = False) -> str:
    """Steuer-ID (§ 139b AO): ten digits, one of them twice or thrice, plus the check digit."""
    assert len(first10) == 10 and first10.isdigit() and first10[0] != "0", first10
    counts = sorted((first10.count(d) for d in set(first10)), reverse=True)
    assert counts[0] in (2, 3) and counts[1] == 1, first10
    if counts[0] == 3:
        digit = next(d for d in set(first10) if first10.count(d) == 3)
        assert digit * 3 not in first10, first10
    product = 10
    for ch in first10:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    digits = first10 + str(0 if check == 10 else check)
    if grouped:
        return f"{digits[:2]} {digits[2:5]} {digits[5:8]} {digits[8:]}"
    return digits


def iban(country: str, bban: str, grouped: bool = True) -> str:
    """IBAN with the MOD-97 check digits (ISO 13616) computed for ``bban``."""
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    if grouped:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def rvnr(area: str, ddmmyy: str, letter: str, serial: str, grouped: bool = True) -> str:
    """Rentenversicherungsnummer: area, date of birth, initial, serial and check digit."""
    assert len(area) == 2 and len(ddmmyy) == 6 and len(serial) == 2 and letter.isupper()
    digits = area + ddmmyy + f"{ord(letter) - 64:02d}" + serial
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True))
    if grouped:
        return f"{area} {ddmmyy} {letter} {serial}{total % 10}"
    return f"{area}{ddmmyy}{letter}{serial}{total % 10}"


def ausweis(serial: str) -> str:
    """Serial number of a German ID card or eAT (nine characters of the ID-card alphabet)."""
    assert len(serial) == 9 and set(serial) <= ID_ALPHABET, serial
    return serial


def fw(widths: list[int], *cells: str) -> str:
    """One row of a space-aligned table; markup does not count towards a cell's width."""
    out = []
    for i, cell in enumerate(cells):
        width = widths[i] if i < len(widths) else 0
        visible = len(MARK.sub(lambda m: m.group(2), cell))
        out.append(cell + " " * max(1, width - visible))
    return "".join(out).rstrip()


def rows(widths: list[int], *lines: tuple[str, ...]) -> str:
    return "\n".join(fw(widths, *line) for line in lines)


def pipe_rows(widths: list[int], *lines: tuple[str, ...]) -> str:
    """Rows of a table whose cells are padded to ``widths`` and separated by " | "."""
    out = []
    for line in lines:
        cells = []
        for i, cell in enumerate(line):
            visible = len(MARK.sub(lambda m: m.group(2), cell))
            width = widths[i] if i < len(widths) else 0
            cells.append(cell + " " * max(0, width - visible))
        out.append(" | ".join(cells).rstrip())
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Numbers with check digits used below
# ---------------------------------------------------------------------------------------------

TAX_1 = steuer_id("4127385964")
TAX_2 = steuer_id("5830174625", grouped=True)
TAX_3 = steuer_id("7315948207")
TAX_5 = steuer_id("6849205176")
TAX_6 = steuer_id("9160358421", grouped=True)
TAX_7 = steuer_id("3572819463")

RV_1 = rvnr("12", "140348", "K", "52")
RV_4 = rvnr("12", "300492", "Y", "61", grouped=False)
RV_6 = rvnr("42", "020852", "H", "53")
RV_7 = rvnr("18", "010757", "C", "58")

IBAN_PL = iban("PL", "10204027" + "0000110213789344")
IBAN_TR = iban("TR", "00010" + "0" + "0918273645001772")


# ---------------------------------------------------------------------------------------------
# Documents with personal data: letters from citizens (handwritten-sounding)
# ---------------------------------------------------------------------------------------------

pii(
    "letter_handwritten",
    f"""
[[P:Ingeborg Szymanski]]
[[STR:Höntroper Straße 88]]
[[LOC:44869 Bochum]]
Tel. [[TEL:02327 / 8 13 47]]

                                                  den 2. Nov. 2026
An das Bürgerbüro
der Stadt Bochum
Willy-Brandt-Platz 2–6
44777 Bochum

Liebe Damen und Herren vom Bürgerbüro,

ich brauche für die Rentenkasse eine Meldebescheinigung, weil die jetzt wissen wollen, seit
wann ich wieder hier wohne. Ich bin [[DOB:1948]] geboren, in [[LOC:Gleiwitz]], und bin 1961 mit
meinen Eltern nach [[LOC:Wattenscheid-Höntrop]] gekommen. Von 1972 bis 2019 habe ich in
[[LOC:Dorsten-Wulfen]] gewohnt, und seit dem Tod von meinem Mann [[P:Edmund]] wohne ich wieder hier im
Haus von meinen Eltern.

Meine Rentennummer ist [[RV:{RV_1}]], falls Sie die brauchen. Mein Mädchenname ist
[[P:Kaluza]], so steht es auch im alten Ausweis.

Meine Tochter [[P:Sabine]] wohnt in [[LOC:Leipzig]] und kann nicht mit mir kommen, darum schreibe ich
lieber. Der Herr [[P:Nowitzki]] von nebenan hat gesagt, man kann das auch im Internet machen,
aber ich habe keinen Computer. Die 10,00 Euro Gebühr lege ich in Briefmarken bei, wenn das
nicht geht, bitte Bescheid sagen.

Bitte schicken Sie die Bescheinigung an meine Adresse oben.

Mit freundlichen Grüßen
[[P:Ingeborg Szymanski]]
""",
    keep=["Meldebescheinigung", "Willy-Brandt-Platz 2–6", "den 2. Nov. 2026", "10,00 Euro"],
)

pii(
    "letter_handwritten",
    """
[[LOC:Sodingen]], 14.10.26

Stadt Herne
Fachbereich Grünflächen
Langekampstraße 36
44652 Herne

Betr.: Linde vor unserem Haus [[STR:Mont-Cenis-Str. 212]]

Sehr geehrte Damen und Herren,

seit Jahren haben wir Ärger mit der Linde vor unserem Haus. Im Herbst ist die Dachrinne voll,
im Sommer klebt alles vom Saft, und die Wurzeln heben schon die Platten vom Gehweg hoch.
Mein Mann [[P:Heinz-Georg]] (Jg. [[DOB:1954]]) hat zwei neue Knie und ich (Jg. [[DOB:1957]]) kann wegen
dem Rücken nicht mehr fegen. Unsere Nachbarin Frau [[P:Kolodziej]] hat dasselbe Problem.

Ihr Mitarbeiter, ein Herr [[P:Brinkhoff]], war im April hier und hat gesagt, der Baum wird im
Winter zurückgeschnitten. Passiert ist bis heute nichts. Wir bitten um einen Rückschnitt bis
spätestens Ende Februar, wie es im Baumschutz erlaubt ist.

Bitte rufen Sie mich an unter [[TEL:0 23 23 / 3 18 52]] (abends) oder [[TEL:0157 - 3828 1190]].

Hochachtungsvoll

[[P:Renate Wischnewski]]
[[STR:Mont-Cenis-Str. 212]]
[[LOC:44628 Herne]]
""",
    keep=["Fachbereich Grünflächen", "Langekampstraße 36", "14.10.26", "Ende Februar"],
)

pii(
    "letter_handwritten",
    """
Sehr geehrte Friedhofsverwaltung,

mein Name ist [[P:Gerd Pawlowski]], geboren [[DOB:3. März 1961]] in [[LOC:Gelsenkirchen-Horst]]. Ich
habe Ihren Brief vom 28.09.2026 bekommen (Ihr Zeichen [[AZ:67.3-GE-2001/0457]]), dass das
Nutzungsrecht an der Wahlgrabstätte meiner Eltern auf dem Ostfriedhof am 31.12.2026 abläuft.

Im Grab liegen mein Vater [[P:Stanislaus Pawlowski]], * [[DOB:11.6.1929]] † 4.2.2001,
und meine Mutter [[P:Hildegard Pawlowski]] geb. [[P:Renner]], * [[DOB:30.9.1932]] † 17.12.2016.

Ich möchte das Nutzungsrecht um 10 Jahre verlängern. Ich wohne inzwischen in [[LOC:Marl]], meine
Schwester [[P:Monika]] wohnt in [[LOC:Lübeck]], wir teilen uns die Kosten. Die Rechnung soll aber
nur an mich gehen:

[[P:Gerd Pawlowski]]
[[STR:Breite Str. 9]]
[[LOC:45768 Marl]]

Können Sie mir sagen, ob der Stein so bleiben darf? Er ist etwas schief. Und ob man bei
Ihnen auch mit Karte zahlen kann, in der Verwaltung am Ostfriedhof?

Tel. [[TEL:02365/4 71 09]], am besten vormittags.

Mit freundlichem Gruß
[[P:G. Pawlowski]]
""",
    keep=["Ostfriedhof", "vom 28.09.2026", "am 31.12.2026", "um 10 Jahre verlängern"],
)

pii(
    "letter_handwritten",
    """
An die Stadt Dortmund
Ordnungsamt / Straßenreinigung
Olpe 1
44135 Dortmund

                                           [[LOC:Dortmund-Hörde]], den 19. Oktober 2026

Beschwerde

Sehr geehrte Herren und Damen,

ich bin Jahrgang [[DOB:1941]] und wohne seit 1968 in der [[STR:Faßstraße 31]]. So dreckig wie in
diesem Herbst war es bei uns noch nie. Die Kehrmaschine kommt angeblich jeden Dienstag, ich
habe sie seit August nicht ein einziges Mal gesehen. Das Laub liegt knöcheltief, und am
12. Oktober ist Frau [[P:Öztürk]] aus dem Haus gegenüber auf den nassen Blättern ausgerutscht und
hat sich das Handgelenk gebrochen.

Ich zahle jedes Jahr 187,40 EUR Straßenreinigungsgebühren (Grundbesitzabgaben, Kassenzeichen
[[AZ:400.317.882.4]]) und erwarte dafür auch eine Leistung.

Mein Enkel [[P:Jannik]] hat mir gesagt, es gibt eine App, aber ich schreibe lieber einen Brief.
Falls Sie Rückfragen haben, mein Enkel ist erreichbar unter [[TEL:0176 22 41 90 37]], ich selbst
unter [[TEL:0231 / 41 27 73]].

Mit freundlichen Grüßen

[[P:Wilhelmine Kettelhack]]
[[STR:Faßstraße 31]], [[LOC:44263 Dortmund]]
""",
    keep=["Ordnungsamt / Straßenreinigung", "Olpe 1", "187,40 EUR", "jeden Dienstag"],
)

pii(
    "letter_handwritten",
    """
[[P:Hatice Demirtaş]]
[[STR:Bochumer Str. 140, 2. Etage]]
[[LOC:45661 Recklinghausen]]

An die Ausländerbehörde Recklinghausen
Einbürgerung
Rathausplatz 4
45657 Recklinghausen

                                                                   03.11.2026

Sehr geehrte Damen und Herren,

ich möchte mich einbürgern lassen und habe ein paar Fragen, bevor ich den Antrag abgebe.

Ich bin am [[DOB:17.08.1979]] in [[LOC:Izmir]] geboren und 1998 zu meinem Mann nach
[[LOC:Duisburg-Marxloh]] gezogen, seit 2011 wohnen wir hier. Meine Niederlassungserlaubnis
hat die Nummer [[ID:Y4M72KR91]], mein türkischer Pass [[PASS:U18472936]].

Mein Mann [[P:Mustafa Demirtaş]] (geb. [[DOB:02.01.1975]]) will den Antrag zusammen mit mir stellen. Unsere
Kinder [[P:Elif]] ([[DOB:14.5.2003]]) und [[P:Emre]] ([[DOB:9.11.2006]]) sind schon Deutsche, weil sie
hier geboren sind. Muss man die Kinder trotzdem mit angeben? [[P:Elif]] studiert in [[LOC:Münster]] und ist
dort gemeldet.

Reicht der B1-Test von der VHS vom 20.06.2026 aus? Und wie lange dauert es zurzeit ungefähr?

Sie erreichen mich unter [[TEL:0176/53 89 20 14]] oder [[MAIL:hatice.demirtas79@gmx.de]].

Vielen Dank und freundliche Grüße
[[P:Hatice Demirtaş]]
""",
    keep=["Ausländerbehörde Recklinghausen", "Rathausplatz 4", "B1-Test", "vom 20.06.2026"],
)
pii(
    "letter_handwritten",
    f"""
[[P:Dariusz Wróbel]]
[[STR:Ardeystr. 57a]]
[[LOC:58453 Witten]]
Wohngeld-Nr. [[AZ:WG-2025-11873]]

Stadt Witten
Wohngeldstelle
Marktstraße 16
58452 Witten

[[LOC:Witten-Annen]], 5.11.2026

Weiterleistungsantrag Wohngeld

Sehr geehrte Frau [[P:Ossenbrink]],

anbei der Weiterleistungsantrag, der alte Bescheid läuft am 30.11.2026 aus. Es hat sich was
geändert bei uns: seit 1. September wohnt meine Schwiegermutter [[P:Teresa Nowak]], geboren am
[[DOB:22. Juli 1958]] in [[LOC:Opole]], mit bei uns, weil sie nicht mehr allein leben kann.
Vorher hat sie in [[LOC:Kędzierzyn-Koźle]] gewohnt. Sie bekommt eine kleine polnische Rente,
umgerechnet 412,– Euro, auf ihr Konto bei der PKO BP ([[IBAN:{IBAN_PL}]]); den Bescheid lege
ich auf Polnisch bei (Übersetzung kommt noch).

Im Haushalt sind jetzt also fünf Personen: ich ([[DOB:04.06.1983]]), meine Frau [[P:Agnieszka]]
([[DOB:17.01.1986]]), unsere Söhne [[P:Kacper]] ([[DOB:2.3.2012]]) und [[P:Filip]] ([[DOB:28.8.2016]]) und
Frau [[P:Nowak]].

Ich arbeite weiter bei der Spedition, die Lohnzettel von Juli bis Oktober sind dabei.
Bei Fragen bitte anrufen: [[TEL:0160 9184 2270]].

Mit freundlichen Grüßen
[[P:D. Wróbel]]
""",
    keep=[
        "Wohngeldstelle",
        "Marktstraße 16",
        "am 30.11.2026",
        "412,– Euro",
        "Weiterleistungsantrag",
    ],
)


# ---------------------------------------------------------------------------------------------
# Documents with personal data: formal letters from citizens
# ---------------------------------------------------------------------------------------------

pii(
    "letter_formal",
    """
[[P:Yousef Al-Haddad]]
[[STR:Overwegstraße 61]]
[[LOC:45879 Gelsenkirchen]]
Telefon [[TEL:+49 (0)209 3841770]]
E-Mail [[MAIL:y.alhaddad@t-online.de]]

Stadt Gelsenkirchen
Referat Zuwanderung und Integration
– Ausländerbehörde –
Ebertstraße 11
45875 Gelsenkirchen

                                                                         27. Oktober 2026

Ihr Aktenzeichen: [[AZ:III/2026/0815]]
Antrag auf Verlängerung meiner Aufenthaltserlaubnis nach § 18b AufenthG

Sehr geehrte Damen und Herren,

meine Aufenthaltserlaubnis (eAT, Kartennummer [[ID:LH7W2X9C4]]) ist bis zum 14.01.2027 gültig.
Hiermit beantrage ich fristgerecht ihre Verlängerung.

Zu meiner Person: [[P:Yousef Al-Haddad]], geboren am [[DOB:05.04.1986]] in [[LOC:Aleppo]], syrischer
Staatsangehöriger, Reisepass Nr. [[PASS:N011837265]]. Bevor ich im März 2022 hierher gezogen bin,
habe ich in [[LOC:Bielefeld]] studiert. Seitdem bin ich als Ingenieur bei der Vestische
Planungsgesellschaft mbH, Kurt-Schumacher-Straße 200, 45881 Gelsenkirchen, beschäftigt.

Meine Ehefrau [[P:Rana Al-Haddad]], geb. [[P:Khatib]], geboren am [[DOB:19.12.1990]] in [[LOC:Homs]], und
unsere Tochter [[P:Lina]] (* [[DOB:03.07.2021]] in [[LOC:Gaziantep]]) besitzen Aufenthaltserlaubnisse nach
§ 30 bzw. § 32 AufenthG; ihre Verlängerung beantrage ich mit diesem Schreiben ebenfalls.

Anlagen:
– Arbeitsvertrag vom 01.03.2022
– Gehaltsabrechnungen Juli bis September 2026
– Mietvertrag und Meldebescheinigung
– biometrische Lichtbilder (3)

Für einen Termin stehe ich werktags ab 16 Uhr zur Verfügung.

Mit freundlichen Grüßen

[[P:Yousef Al-Haddad]]
""",
    keep=[
        "§ 18b AufenthG",
        "bis zum 14.01.2027",
        "Planungsgesellschaft mbH, Kurt-Schumacher-Straße 200",
        "Arbeitsvertrag vom 01.03.2022",
        "Ebertstraße 11",
    ],
)

pii(
    "letter_formal",
    f"""
[[P:Kerstin Lohmann-Achterberg]] · [[STR:Enneper Straße 118]] · [[LOC:58135 Hagen]]

Stadt Hagen
Fachbereich Finanzen und Controlling
Steuerabteilung – Hundesteuer
Rathausstraße 11
58095 Hagen

                                                                         21.10.2026
Kassenzeichen [[AZ:3250.117.09-2]]
Abmeldung eines Hundes zur Hundesteuer

Sehr geehrte Damen und Herren,

hiermit melde ich meinen Hund (Labrador-Mischling, Rüde) zum 31.10.2026 von der Hundesteuer
ab, da ich zum 1. November nach [[LOC:Hattingen]] umziehe. Meine neue Anschrift lautet ab dann:

    [[STR:Bredenscheider Str. 77]]
    [[LOC:45527 Hattingen]]

Die Steuermarke liegt diesem Schreiben bei. Den Hund melde ich dort fristgerecht neu an.

Zur Zuordnung: Ich bin am [[DOB:08.02.1969]] geboren; der Hund war bisher auch auf meinen
früheren Namen [[P:Kerstin Achterberg]] angemeldet (Anmeldung 2015 noch aus der Zeit in
[[LOC:Hagen-Haspe]]).

Die für November und Dezember zu viel gezahlte Steuer (2 × 15,50 EUR = 31,00 EUR) erstatten
Sie bitte auf folgendes Konto:

    Kontoinhaberin: [[P:Kerstin Lohmann-Achterberg]]
    IBAN: [[IBAN:{iban("DE", "45050001" + "0118236554")}]]
    Sparkasse an Volme und Ruhr

Mit freundlichen Grüßen

[[P:K. Lohmann-Achterberg]]
""",
    keep=["Steuerabteilung – Hundesteuer", "zum 31.10.2026", "31,00 EUR", "21.10.2026"],
)
pii(
    "letter_formal",
    f"""
[[P:Andreas]] und [[P:Miriam Cieślak]]
[[STR:Gladbecker Straße 301]]
[[LOC:46240 Bottrop]]

Stadt Bottrop
Schulverwaltungsamt
Ernst-Wilczok-Platz 1
46236 Bottrop

                                                                          09.11.2026

Antrag auf Übernahme der Schülerfahrkosten – Schuljahr 2026/27

Sehr geehrte Damen und Herren,

wir sind zum 01.08.2026 aus [[LOC:Gladbeck-Zweckel]] zugezogen und beantragen für unseren Sohn
die Übernahme der Kosten für das SchokoTicket.

    Name des Kindes:           [[P:Leon Cieślak]]
    Geburtsdatum des Kindes:   [[DOB:27.03.2015]]
    Schule:                    Josef-Albers-Gymnasium, Klasse 6b
    Schulweg (kürzester Weg):  4,7 km

Nach der Satzung besteht ab 3,5 km ein Anspruch. Die Schule hat die Angaben auf dem beigefügten
Formular bestätigt. Unsere Tochter [[P:Maja]] (geb. [[DOB:04.10.2017]]) besucht die
Grundschule Welheim und geht zu Fuß.

Den Eigenanteil von 14,00 EUR monatlich buchen Sie bitte von unserem Konto ab:
IBAN [[IBAN:{iban("DE", "42461001" + "5104662391")}]], Kontoinhaber [[P:Andreas Cieślak]].

Für Rückfragen erreichen Sie uns unter [[TEL:02041 / 7 06 55 31]] oder per E-Mail an
[[MAIL:cieslak.familie@web.de]].

Mit freundlichen Grüßen

[[P:Miriam Cieślak]]            [[P:Andreas Cieślak]]
""",
    keep=["Schulverwaltungsamt", "Josef-Albers-Gymnasium", "ab 3,5 km", "14,00 EUR monatlich"],
)

pii(
    "letter_formal",
    """
[[P:Sebastian Terhorst]] und [[P:Derya Terhorst-Kaplan]]
[[STR:Mülheimer Straße 233]]
[[LOC:46049 Oberhausen]]

An das Standesamt der Stadt Oberhausen
Schwartzstraße 72
46045 Oberhausen

                                                                    im November 2026

Erklärung zur Namensführung in der Ehe nach § 1355 BGB

Sehr geehrte Damen und Herren,

wir haben am 12.06.2026 in Antalya geheiratet; die Eheschließung wurde im Ausland vor dem
Standesamt Muratpaşa geschlossen. Die Heiratsurkunde mit Apostille und beglaubigter
Übersetzung liegt bei. Wir möchten nachträglich einen Ehenamen bestimmen und bitten um einen
Termin zur Abgabe der Erklärung.

Angaben zu den Ehegatten:

1. [[P:Sebastian Terhorst]], geboren am [[DOB:30. Januar 1988]] in [[LOC:Wuppertal-Elberfeld]],
   deutsch, bisher ledig

2. [[P:Derya Terhorst-Kaplan]], geborene [[P:Kaplan]], geboren am [[DOB:11. Mai 1990]] in [[LOC:Bursa]],
   deutsch und türkisch, bisher ledig

Zum Ehenamen soll der Geburtsname des Ehemannes „[[P:Terhorst]]“ bestimmt werden. Die Ehefrau
möchte ihren Geburtsnamen voranstellen und künftig „[[P:Kaplan-Terhorst]]“ heißen; die oben
verwendete Schreibweise war ein Versehen unsererseits.

Bis zum Umzug im Juli war Frau [[P:Kaplan]] in [[LOC:Mönchengladbach-Rheydt]] gemeldet; dort liegt
auch ihr Geburtseintrag nicht vor, da sie im Ausland geboren ist. Ihre Eltern leben heute
in [[LOC:Krefeld]].

Wir sind montags bis donnerstags ab 15:30 Uhr unter [[TEL:0208 / 69 47 21 08]] erreichbar.

Mit freundlichen Grüßen

[[P:S. Terhorst]]        [[P:D. Terhorst-Kaplan]]
""",
    keep=["§ 1355 BGB", "am 12.06.2026 in Antalya", "Schwartzstraße 72", "Apostille"],
)
pii(
    "letter_formal",
    """
[[P:Moser]] Keramik e.K. · Inhaberin [[P:Valentina Moser]]
Anschrift (zugleich Wohnanschrift): [[STR:Rüttenscheider Str. 190]], [[LOC:45131 Essen]]

An die
EWG – Essener Wirtschaftsförderungsgesellschaft mbH
Gründungsberatung
Kennedyplatz 5
45127 Essen

                                                                       4. November 2026

Anfrage: Gründungsberatung und Gewerbeflächen für eine Keramikwerkstatt

Sehr geehrte Damen und Herren,

ich bin Keramikmeisterin und habe im September mein Einzelunternehmen „[[P:Moser]] Keramik e.K.“
gegründet (Amtsgericht Essen, [[HR:HRA 10427]]; USt-IdNr. [[TAX:DE318274659]]). Ich bin [[DOB:1991]] in
[[LOC:Graz]] geboren und habe bis Juni in [[LOC:Wien-Ottakring]] gewohnt, wo ich mit meiner früheren
Geschäftspartnerin [[P:Theresa Gruber]] eine Werkstatt betrieben habe.

Meine Fragen:
1. Gibt es geförderte Werkstattflächen (ca. 60–80 m², Starkstrom für zwei Brennöfen)?
2. Kann ich die Gründungsprämie des Landes noch beantragen, obwohl ich schon eingetragen bin?
3. Brauche ich für einen Stand auf dem Weihnachtsmarkt am Kennedyplatz eine Reisegewerbekarte?

Am Gründungsforum am 20.11.2026 im Haus der Technik würde ich gern teilnehmen.

Sie erreichen mich unter [[TEL:+43 664 3918 227]] (noch bis Jahresende), unter
[[TEL:0201 / 87 41 99 20]] und per E-Mail an [[MAIL:valentina@moser-keramik.at]].

Freundliche Grüße

[[P:Valentina Moser]]
Keramikmeisterin
""",
    keep=[
        "Essener Wirtschaftsförderungsgesellschaft mbH",
        "Kennedyplatz 5",
        "am 20.11.2026 im Haus der Technik",
        "Reisegewerbekarte",
        "Amtsgericht Essen",
    ],
)

pii(
    "letter_formal",
    """
[[P:Jana Vuković]]
[[STR:Eppinghofer Straße 52]]
[[LOC:45473 Mülheim an der Ruhr]]

Stadt Mülheim an der Ruhr
Bürgeramt – Meldewesen
Viktoriaplatz 17–19
45468 Mülheim an der Ruhr

                                                                          06.11.2026

Antrag auf Eintragung einer Auskunftssperre nach § 51 Abs. 1 BMG

Sehr geehrte Damen und Herren,

hiermit beantrage ich die Eintragung einer Auskunftssperre im Melderegister für mich,
[[P:Jana Vuković]], geb. am [[DOB:21.09.1993]], und für meinen Sohn [[P:Luka Vuković]], geb. am [[DOB:16.02.2019]].

Begründung: Mein früherer Lebensgefährte, [[P:Marco Lindqvist]], wohnhaft in [[LOC:Duisburg-Rheinhausen]],
hat mich nach der Trennung wiederholt bedroht und mir an meiner früheren Wohnung in der
[[STR:Aktienstraße 140]] aufgelauert. Ich bin deshalb im August umgezogen; die neue Anschrift
kennt er nicht. Seine Mutter wohnt in [[LOC:Oberhausen-Sterkrade]] und hat schon versucht, über
Bekannte herauszufinden, wo wir jetzt wohnen.

Belege:
– Strafanzeige bei der Polizei, Vorgangsnummer [[AZ:2026-0417-038812]]
– Beschluss des Amtsgerichts Mülheim an der Ruhr vom 02.10.2026 nach dem Gewaltschutzgesetz,
  Az. [[AZ:23 F 211/26]]
– Bestätigung der Frauenberatungsstelle

Bitte schicken Sie Post nur an die obige Anschrift. Telefonisch erreichen Sie mich unter
[[TEL:0151/27 33 04 86]].

Mit freundlichen Grüßen

[[P:Jana Vuković]]
""",
    keep=["§ 51 Abs. 1 BMG", "Viktoriaplatz 17–19", "vom 02.10.2026", "Gewaltschutzgesetz"],
)


# ---------------------------------------------------------------------------------------------
# Documents with personal data: clumsy letters with typos
# ---------------------------------------------------------------------------------------------

pii(
    "letter_clumsy",
    """
Sehr geerte Damen und Heren vom Ordnunksamt,

ich habe von ihnen einen Bußgeltbescheid bekomen weil ich angeblich am 23.09. um 14.12 Uhr
in der Bahnhofstr. falsch geparkt haben soll. Kassenzeichen steht oben [[AZ:55.1-BG-2026-118734]].
Das Auto ist [[KFZ:RE-TK 482]] ein Ford Fiesta. Das stimt aber nicht, ich war an dem Tag
gar nich in Ihrer Stadt sondern ich wohne in [[LOC:Castrop Rauxel]] und war arbeiten bis 16 Uhr,
das kann mein Schichtleiter Herr [[P:Gawlik]] bestätigen.

Vieleicht hat jemand mein Kenzeichen abgeschrieben?? Meine Frau [[P:Tanja]] hat auch ein Auto
[[KFZ:RE TK 483]] vieleicht ist das verwechselt wurden.

Ich zahle die 35 € nicht! Bitte schreiben sie mir zurück an

[[P:Thorsten Kuhlmey]]
[[STR:Lange str 9]]
[[LOC:44579 Castrop Rauxel]]
[[MAIL:thorsten.kuhlmey1977@gmx.net]]

mfg [[P:T. Kuhlmey]]
(geb [[DOB:6.6.77]] falls sie das brauchen)
""",
    keep=["Ordnunksamt", "Bußgeltbescheid", "35 €", "Bahnhofstr."],
)
pii(
    "letter_clumsy",
    f"""
An das Sozialamt Gelsenkirchen

Betrff: Antrag Übernahme Bestatungskosten mein Bruder

Hallo,

mein Bruder [[P:Klaus-Dieter Hamann]] ist am 30.9.2026 im Bergmannsheil Buer gestorben, er war
geb. [[DOB:14.1.1958]] und hat zulezt in der [[STR:Ückendorfer Str. 201]] gewohnt. Er hatte kein Geld
nur Schulden. Ich selber bin Rentnerin mit 980 Euro Rente und kann die 3.460 € vom
Bestatter (Brinkmann Bestattungen GmbH) nich bezahlen.

Unsere Schwester [[P:Gisela]] wohnt seit 40 Jahren in [[LOC:Toronto]] und hat geschrieben sie gibt nix
dazu. Sein Sohn [[P:Marcel]] aus erster Ehe wohnt irgendwo in [[LOC:Bremerhaven]], Kontakt gibts seit
Jahren keinen. Die Frau [[P:Pietsch]] vom Sozialamt hat am Telefon gesagt das ich das schriftlich
machen muss, also hier.

Die Sterbeurkunde und die Rechnung sind dabei.

Meine Daten:
[[P:Brigitte Sonnenschein]] geb. [[P:Hamann]]
[[STR:Devensstr. 18]]
[[LOC:45899 Gelsenkirchen-Horst]]
geb. am [[DOB:02.08.1952]]
Tel. [[TEL:0209 5 77 31]]
Rentenvers.-Nr. [[RV:{RV_6}]]
Konto: [[IBAN:{iban("DE", "42050001" + "0110338412", grouped=False)}]]

Vielen dank
[[P:Brigitte Sonnenschein]]
""",
    keep=["3.460 €", "Brinkmann Bestattungen GmbH", "Sterbeurkunde", "am 30.9.2026"],
)

pii(
    "letter_clumsy",
    """
Hallo liebes Jugendamt,

ich suche seit Monaten einen Kitaplatz für meine Tochter [[P:Mia-Sophie]] (*[[DOB:12.5.2024]]) und bekomme
nur absagen. Im Kita-Navigator bin ich registriert Anmeldenummer [[AZ:KN-2025-044718]]. Ich bin
alleinerziehend und fange am 1.2.2027 wieder an zu arbeiten in Vollzeit als Pflegehelferin im
Ev. Krankenhaus. wenn ich bis dahin keinen platz krige verliere ich die stelle!!

Ihre Kollegin Frau [[P:Adamczyk]] hat gesagt ich soll einen Antrag auf den Rechtsanspruch stellen,
das mache ich hiermit.

Wir wohnen in [[LOC:Wanne-Eickel]] [[STR:Hauptstr. 311]] aber ich würde auch eine Kita in
[[LOC:Röhlinghausen]] nehmen weil da meine Mutter wohnt die die Kleine abholen kann. Die Oma heist
[[P:Sylvia Brzoska]] und ist [[DOB:1968]] geboren, also noch fit :)

Der Vater [[P:Kevin]] zahlt nix und wohnt in [[LOC:Bochum-Gerthe]], der kann nich abholen.

Bitte melden sie sich schnell!!!

[[P:Jacqueline Brzoska]] (geb. [[DOB:03.03.2001]])
[[TEL:01577 4412093]]
[[MAIL:jacky.brzoska@gmail.com]]
""",
    keep=["Kita-Navigator", "am 1.2.2027", "Rechtsanspruch", "Ev. Krankenhaus"],
)

pii(
    "letter_clumsy",
    """
An Bauamt Recklinghausen
Bauordnung

Betreff: ihr Schreiben wegen Gartenhaus Az [[AZ:63.21-01487-26]]

Guten Tag,

ich habe Ihr Schreiben vom 15.10 bekommen das ich angeblich ein Gartenhaus ohne genemigung
gebaut habe. Das Gartenhaus ist 3 x 4 meter also 12 m² und das ist doch genemigungsfrei nach
Landesbauordnung oder nicht?? Mein Schwager [[P:Heiko]] ist Maurer der hat gesagt bis 75
Kubikmeter geht das ohne.

Ich glaube das ist wegen dem Nachbarn Herr [[P:Vogelsang]] von [[STR:Im Romberg 12]] der sich über alles
beschwert, der hat auch schon die Polizei gerufen wegen dem Trampolin von unseren Kindern.
Auf unserem Grundstück wohnen wir seit 2009 und hatten nie Ärger mit der Stadt.

Die Frist bis 30.11.2026 zum Stellung nehmen schaffen wir, aber wir wollen erst wissen was
Sie eigentlich genau wollen. Kann jemand vorbei kommen und sich das anschauen?

Wir sind am Tag erreichbar [[TEL:0 23 61 - 93 84 10]] handy meine Frau [[TEL:0170/ 2 93 84 11]]

gruß
[[P:Ralf]] u. [[P:Sandra Ehrenberg]]
[[STR:Im Romberg 14]]
[[LOC:45665 Recklinghausen]]
""",
    keep=["Bauordnung", "Landesbauordnung", "bis 30.11.2026", "12 m²"],
)

pii(
    "letter_clumsy",
    """
betreff: hund von nachbarn

hallo,

ich möchte mich beschweren über den hund von den nachbarn unter uns, familie [[P:krasniqi]] in der
[[STR:Mallinckrodtstr. 77]] erdgeschoss links. das ist ein großer hund ich glaube ein kangal oder so und
der ist nie angeleint. letzte woche hat er meine tochter [[P:Lea]] im hausflur angesprungen, sie hatte
todesangst. der sohn [[P:arben]] geht mit dem hund raus, der ist vieleicht 16 und kann den gar nich
halten.

ausserdem parkt der vater mit seinem weißen transporter [[KFZ:DO-AK 1907]] jeden abend auf dem
gehweg und man kommt mit kinderwagen nich vorbei. die frau [[P:Ruhnau]] aus dem 2. stock hat das
auch schon gemeldet bei ihnen aber nix passiert.

muss der hund nich einen wesenstest machen? ist das nich ein listenhund in nrw?

bitte um rückmeldung
[[P:nadine schewe]]
[[STR:Mallinckrodtstr. 77]], 3. og
[[LOC:44147 dortmund]]
tel [[TEL:0231 28 66 41 9]]
""",
    keep=["listenhund in nrw", "wesenstest", "kinderwagen", "hund von nachbarn"],
)

# ---------------------------------------------------------------------------------------------
# Documents with personal data: business letters
# ---------------------------------------------------------------------------------------------

pii(
    "business_letter",
    """
Revisia Steuerberatungsgesellschaft mbH · Königsallee 61 · 44789 Bochum
Telefon 0234 97 31 50-0 · Telefax 0234 97 31 50-99 · info@revisia-stb.de
Amtsgericht Bochum HRB 17744

Stadt Bochum
Amt für Wirtschaft – Gewerbeangelegenheiten
Willy-Brandt-Platz 2–6
44777 Bochum

Ihre Ansprechpartnerin: [[P:Melanie Szczepaniak]]
Durchwahl: [[TEL:0234 97 31 50-27]]
E-Mail: [[MAIL:m.szczepaniak@revisia-stb.de]]
Unser Zeichen: [[AZ:M-30418]]

                                                                 Bochum, 29. Oktober 2026

Gewerbeummeldung – Verlegung der Betriebsstätte
Mandant: Fliesen [[P:Petrović]] e.K., Inhaber [[P:Goran Petrović]]

Sehr geehrte Damen und Herren,

in Vollmacht unseres Mandanten überreichen wir die Gewerbeummeldung (GewA 2) zur Verlegung der
Betriebsstätte zum 01.12.2026 von der [[STR:Wittener Straße 210]] in das Gewerbegebiet Hiltrop,
[[STR:Porschestraße 7, Halle 3]] (Vermieterin: Hiltroper Gewerbehof GmbH & Co. KG).

Angaben zum Inhaber: [[P:Goran Petrović]], geboren am [[DOB:18.04.1978]] in [[LOC:Banja Luka]],
wohnhaft [[STR:Auf dem Kalwes 23]], [[LOC:44799 Bochum]]. Die Firma ist im Handelsregister des
Amtsgerichts Bochum unter [[HR:HRA 6312]] eingetragen; Steuernummer beim Finanzamt
Bochum-Süd: [[TAX:350/5124/2087]].

Die bisherige Gewerbeanmeldung stammt vom 03.05.2011 (damals noch mit Wohnsitz in
[[LOC:Witten-Herbede]]). Wir bitten um Übersendung der Bestätigung an unsere Kanzlei.

Mit freundlichen Grüßen

Revisia Steuerberatungsgesellschaft mbH

i. A. [[P:Melanie Szczepaniak]]
Steuerfachwirtin
""",
    keep=[
        "Revisia Steuerberatungsgesellschaft mbH",
        "Amtsgericht Bochum HRB 17744",
        "zum 01.12.2026",
        "Hiltroper Gewerbehof GmbH & Co. KG",
        "0234 97 31 50-0",
    ],
)

pii(
    "business_letter",
    """
VIVANO Wohnen GmbH
Hausverwaltung · Zeppelinstraße 40 · 45470 Mülheim an der Ruhr
Kundenservice 0208 30 94 00 · service@vivano-wohnen.de

Stadt Mülheim an der Ruhr
Sozialamt – Wohngeldstelle
Ruhrstraße 32
45468 Mülheim an der Ruhr

Bearbeiter: [[P:Tobias Engelbrecht]]
Telefon: [[TEL:0208 30 94 00-315]]
Mietvertragsnummer: [[AZ:MV 4471-0183-02]]
Ihr Zeichen: [[AZ:WG 50-2026-2231]]

                                                          Mülheim an der Ruhr, 03.11.2026

Mietbescheinigung zum Wohngeldantrag

Sehr geehrte Damen und Herren,

auf Wunsch unserer Mieterin bestätigen wir folgende Angaben:

Mieterin:          [[P:Olena Hrytsenko]], geb. [[DOB:07.10.1979]]
Mitbewohner:       [[P:Bohdan Hrytsenko]] (Sohn), geb. [[DOB:23.03.2008]]
Wohnung:           [[STR:Aktienstraße 88, 2. OG rechts]], [[LOC:45473 Mülheim an der Ruhr]]
Wohnfläche:        58,40 m², 2,5 Zimmer, Baujahr 1961
Mietbeginn:        15.06.2023 (Vormieter: [[P:Kühnel]])
Grundmiete:        389,00 EUR
Nebenkosten:       165,00 EUR (ohne Heizung)
Heizkosten:        92,00 EUR

Vor dem Einzug hat Frau [[P:Hrytsenko]] nach unseren Unterlagen in [[LOC:Dnipro]] gewohnt; die
Wohnung wurde ihr über die Flüchtlingshilfe vermittelt.

Mit freundlichen Grüßen
VIVANO Wohnen GmbH

[[P:T. Engelbrecht]]
""",
    keep=["VIVANO Wohnen GmbH", "Zeppelinstraße 40", "389,00 EUR", "58,40 m²", "0208 30 94 00"],
)

pii(
    "business_letter",
    """
Bestattungshaus [[P:Overkamp]] e.K. · Inh. [[P:Jürgen Overkamp]]
[[STR:Werler Straße 144]] · [[LOC:59063 Hamm]] · Tel. [[TEL:02381 44 12 80]] (Tag und Nacht)

Stadt Hamm
Friedhofsverwaltung
Ostenallee 100
59071 Hamm

                                                                       Hamm, 05.11.2026

Anmeldung einer Beisetzung – Urnenreihengrab, Südfriedhof
Unsere Auftragsnummer: [[AZ:B-2026-0388]]

Sehr geehrte Damen und Herren,

wir melden im Auftrag der Angehörigen folgende Beisetzung an:

Verstorbene:       [[P:Erna Wiesmann]], geb. [[P:Kötter]]
Geboren:           [[DOB:09.01.1936]] in [[LOC:Ahlen]]
Gestorben:         29.10.2026 in Hamm
Letzter Wohnsitz:  Seniorenzentrum St. Josef, [[STR:Caldenhofer Weg 18, Zimmer 214]],
                   [[LOC:59065 Hamm]]
Beisetzung:        Urne, Trauerfeier am 13.11.2026, 11:00 Uhr, Trauerhalle Südfriedhof

Nutzungsberechtigter und Rechnungsempfänger ist der Sohn der Verstorbenen:
[[P:Rainer Wiesmann]], [[STR:Im Sundern 6]], [[LOC:33100 Paderborn]], Tel. [[TEL:05251 / 69 30 17]]

Die Tochter, Frau [[P:Ute Brockhoff]] aus [[LOC:Bad Sassendorf]], ist mit dieser Regelung einverstanden;
ihre schriftliche Erklärung liegt bei.

Mit freundlichen Grüßen

[[P:J. Overkamp]]
Bestattermeister
""",
    keep=[
        "Friedhofsverwaltung",
        "Ostenallee 100",
        "am 13.11.2026, 11:00 Uhr",
        "Trauerhalle Südfriedhof",
    ],
)

pii(
    "business_letter",
    """
Rheinland-Westfalen Kommunalversicherung AG
Schadenabteilung Haftpflicht · Postfach 10 22 64 · 48143 Münster
Servicetelefon 0251 7133-0

Stadt Herne
Fachbereich Tiefbau und Verkehr
Haftpflichtangelegenheiten
Langekampstraße 36
44652 Herne

Ihre Sachbearbeiterin: [[P:Kathrin Vornholt]]
Direktwahl: [[TEL:0251 7133-4418]]
Schaden-Nr.: [[AZ:HS-26-0077412]]
Versicherungsnummer: [[AZ:KH 400 188 031]]

                                                                   Münster, 02.11.2026

Haftpflichtschaden vom 14.08.2026, Gehweg Bahnhofstraße vor Haus Nr. 41
Anspruchstellerin: Frau [[P:Anneliese Drewniok]]

Sehr geehrte Damen und Herren,

Frau [[P:Drewniok]], geb. [[DOB:21.02.1944]], wohnhaft [[STR:Schäferstraße 12]], [[LOC:44623 Herne]], ist
nach ihren Angaben an einer angehobenen Gehwegplatte gestürzt und hat sich den Oberarm
gebrochen. Sie wird von ihrem Sohn, Herrn [[P:Frank Drewniok]] aus [[LOC:Castrop-Rauxel]], vertreten.

Für unsere Prüfung bitten wir um:
1. die Kontrollprotokolle der Straßenbegehungen 2026 für den Abschnitt,
2. Angaben zu Schadensmeldungen über diese Stelle vor dem 14.08.2026,
3. Fotos aus Ihrem Mängelmelder, sofern vorhanden.

Bitte geben Sie bei Antwort unsere Schaden-Nummer an. Eine Frist bis 30.11.2026 wäre hilfreich.

Mit freundlichen Grüßen

[[P:Vornholt]]
Schadenregulierung
""",
    keep=[
        "Rheinland-Westfalen Kommunalversicherung AG",
        "Servicetelefon 0251 7133-0",
        "Haftpflichtschaden vom 14.08.2026",
        "Bahnhofstraße vor Haus Nr. 41",
        "bis 30.11.2026",
    ],
)

# ---------------------------------------------------------------------------------------------
# Documents with personal data: lawyers' letters
# ---------------------------------------------------------------------------------------------

pii(
    "lawyer_letter",
    """
Kanzlei [[P:Okafor]] · Familienrecht
Rechtsanwältin Dr. [[P:Nadia Okafor]], Fachanwältin für Familienrecht
Kortumstraße 44 · 44787 Bochum · Tel. 0234 61 00 57-0 · Fax 0234 61 00 57-9
kanzlei@familienrecht-kortum.de

Stadt Bochum
Jugendamt – Unterhaltsvorschusskasse
Westring 28
44787 Bochum

Ihr Zeichen: [[AZ:51.3-UV-0918/25]]
Unser Zeichen: [[AZ:00214-26]]
Datum: 28.10.2026

Unterhaltsvorschuss für das Kind [[P:Amelie Grabowski]], geb. [[DOB:19.07.2018]]
hier: Aufenthalt des barunterhaltspflichtigen Elternteils

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die Kindesmutter, Frau [[P:Natalie Grabowski]], [[STR:Dorstener Str. 412]],
[[LOC:44809 Bochum]], vertreten. Eine Vollmacht ist beigefügt.

Der Kindesvater, Herr [[P:Steffen Raabe]], geb. [[DOB:12.12.1985]], ist nach Kenntnis unserer
Mandantin im Sommer von [[LOC:Herne-Baukau]] nach [[LOC:Chemnitz]] verzogen. Seine neue Anschrift
lautet [[STR:Zschopauer Straße 219]], [[LOC:09126 Chemnitz]]. Er ist dort bei einem
Logistikunternehmen in Vollzeit beschäftigt und damit leistungsfähig.

Das Verfahren über den Kindesunterhalt ist beim Amtsgericht Bochum unter dem Aktenzeichen
[[AZ:59 F 318/26]] anhängig; Termin zur mündlichen Verhandlung ist am 14.01.2027. Wir regen an,
den Rückgriff nach § 7 UVG mit dem gerichtlichen Verfahren abzustimmen.

Mit freundlichen Grüßen

Dr. [[P:Okafor]]
Rechtsanwältin
""",
    keep=[
        "Unterhaltsvorschusskasse",
        "Kortumstraße 44",
        "§ 7 UVG",
        "am 14.01.2027",
        "0234 61 00 57-0",
    ],
)

pii(
    "lawyer_letter",
    """
RUHRTAL RECHTSANWÄLTE PartG mbB
Kaiserstraße 18 · 44135 Dortmund · Telefon 0231 55 78 12-0 · www.ruhrtal-recht.de

Bearbeiter: RA [[P:Jonas Feldkamp]]
Durchwahl: [[TEL:0231 55 78 12-23]]
E-Mail: [[MAIL:j.feldkamp@ruhrtal-recht.de]]

Stadt Dortmund
Bauordnungsamt
Burgwall 14
44135 Dortmund

vorab per Fax: 0231 50-2 26 18

                                                                 Dortmund, 04.11.2026

[[AZ:61-2026-0413]] Bauantrag [[P:Schulte-Bräucker]], [[STR:Hohe Straße 88]]
Unser Zeichen: [[AZ:RT 0912/26]]

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn [[P:Peter Aldenhoff]] und Frau Dr. [[P:Ulrike Aldenhoff-Mertens]],
Eigentümer und Bewohner des Nachbargrundstücks [[STR:Hohe Straße 90]], [[LOC:44139 Dortmund]],
anwaltlich vertreten. Vollmacht anbei.

Gegen die der Bauherrin erteilte und unseren Mandanten am 02.10.2026 zugestellte
Baugenehmigung vom 25.09.2026 für die Errichtung eines Mehrfamilienhauses mit acht
Wohneinheiten legen wir hiermit

                                   Widerspruch

ein. Bauherrin ist die Erbengemeinschaft [[P:Schulte-Bräucker]], vertreten durch Herrn
[[P:Friedhelm Schulte-Bräucker]], der in [[LOC:Soest]] lebt und das Grundstück nie bewohnt hat.

Die Abstandsflächen nach § 6 BauO NRW werden zur Grundstücksgrenze unserer Mandanten nicht
eingehalten; zudem widerspricht die Firsthöhe den Festsetzungen des Bebauungsplans Nr. 217.
Wir beantragen Akteneinsicht und bitten um Übersendung der Bauvorlagen an unsere Kanzlei.

Mit freundlichen Grüßen

[[P:Feldkamp]]
Rechtsanwalt
""",
    keep=[
        "RUHRTAL RECHTSANWÄLTE PartG mbB",
        "§ 6 BauO NRW",
        "Bebauungsplans Nr. 217",
        "Baugenehmigung vom 25.09.2026",
        "0231 50-2 26 18",
    ],
)

pii(
    "lawyer_letter",
    """
Rechtsanwalt [[P:Murat Aksoy]]
Verkehrsrecht · Ordnungswidrigkeiten
Bahnhofsvorplatz 3 · 45879 Gelsenkirchen
Tel. 0209 93 40 88 · Fax 0209 93 40 89 · post@ra-verkehrsrecht-ge.de

Stadt Gelsenkirchen
Referat Öffentliche Sicherheit und Ordnung
Verkehrsüberwachung
Ebertstraße 11
45875 Gelsenkirchen

Ihr Zeichen / Kassenzeichen: [[AZ:3.32-AS-26/04418]]
Mein Zeichen: [[AZ:118/26-A]]
                                                                          30.10.2026

Kostenbescheid vom 21.10.2026 – Abschleppmaßnahme am 18.10.2026
Fahrzeug [[KFZ:GE-SH 2210]], Halterin Frau [[P:Svenja Hölscher]]

Sehr geehrte Damen und Herren,

ich zeige die Vertretung von Frau [[P:Svenja Hölscher]], [[STR:Cranger Str. 77]], [[LOC:45891 Gelsenkirchen]],
an und lege gegen den Kostenbescheid über 286,50 EUR fristgerecht Widerspruch ein.

Das Fahrzeug wurde am 18.10.2026 gegen 09:40 Uhr in der Florastraße abgeschleppt, weil dort am
Vormittag ein mobiles Haltverbot für den Herbstmarkt galt. Die Schilder wurden nach Aussage
eines Anwohners, Herrn [[P:Heribert Zelinski]], erst am 16.10.2026 gegen 17 Uhr aufgestellt,
also weniger als 72 Stunden vorher.

Das Fahrzeug hatte meine Mandantin am Vortag ihrem Lebensgefährten, Herrn [[P:Dennis Kowollik]],
überlassen, der es am 15.10.2026 abends ordnungsgemäß abgestellt hat. Ich bitte um Akteneinsicht,
insbesondere in die Fotodokumentation und das Aufstellprotokoll der Beschilderung.

Mit freundlichen Grüßen

[[P:Aksoy]]
Rechtsanwalt
""",
    keep=[
        "Verkehrsüberwachung",
        "286,50 EUR",
        "Kostenbescheid vom 21.10.2026",
        "Herbstmarkt",
        "72 Stunden",
    ],
)

pii(
    "lawyer_letter",
    """
NOTARE UND RECHTSANWÄLTE AM KURPARK
Kurpark-Allee 2 · 59065 Hamm · Telefon 02381 92 60-0

Stadt Hamm
Friedhofsverwaltung
Ostenallee 100
59071 Hamm

Ihr Zeichen: [[AZ:FV 2-318/1998]]
Unser Zeichen: [[AZ:N 771/26 Sch]]
Sachbearbeitung: Rechtsanwältin [[P:Claudia Schweers]]
                                                                         Hamm, 22.10.2026

Antrag auf Umbettung – Wahlgrab Nordfriedhof, Feld C
Nachlass [[P:Heinrich Bültmann]], geb. [[DOB:17.09.1931]], gest. 08.02.2026

Sehr geehrte Damen und Herren,

wir vertreten die Erbengemeinschaft nach dem verstorbenen Herrn [[P:Heinrich Bültmann]],
zuletzt wohnhaft [[STR:Alter Uentroper Weg 30]], [[LOC:59075 Hamm]]. Erben sind zu gleichen Teilen:

1. [[P:Margret Janssen]], geb. [[P:Bültmann]], geb. [[DOB:04.06.1958]], [[STR:Hauptstraße 17]], [[LOC:26789 Leer (Ostfriesland)]]
2. [[P:Wolfgang Bültmann]], geb. [[DOB:26.11.1961]], wohnhaft in [[LOC:Ankara]]

Die Erben beantragen die Umbettung der Urne ihrer Mutter, Frau [[P:Gertrud Bültmann]]
(geb. [[DOB:15.03.1934]], gest. 11.07.1998), aus dem Wahlgrab auf dem Nordfriedhof in die Familiengrabstätte
in [[LOC:Leer]], wo auch ihr Vater beigesetzt werden soll. Das Nutzungsrecht am Wahlgrab soll
anschließend zurückgegeben werden.

Der Erbschein des Amtsgerichts Hamm vom 30.06.2026 liegt in beglaubigter Kopie bei.

Mit freundlichen Grüßen

[[P:Schweers]]
Rechtsanwältin
""",
    keep=[
        "Friedhofsverwaltung",
        "Kurpark-Allee 2",
        "Erbschein des Amtsgerichts Hamm vom 30.06.2026",
        "Nordfriedhof",
    ],
)

# ---------------------------------------------------------------------------------------------
# Documents with personal data: e-mails
# ---------------------------------------------------------------------------------------------

pii(
    "email",
    """
Von: [[P:Lukas Brandhorst]] <[[MAIL:lukas.brandhorst@posteo.de]]>
An: standesamt@stadt-witten.de
Cc: [[P:Katarzyna Wójcik]] <[[MAIL:kasia.wojcik94@gmail.com]]>
Gesendet: Montag, 2. November 2026 21:14
Betreff: Anmeldung Eheschließung – Wunschtermin 13.08.2027, Haus Witten

Sehr geehrte Damen und Herren,

meine Verlobte und ich möchten die Eheschließung anmelden und, wenn möglich, am Freitag,
13.08.2027, im Trauzimmer im Haus Witten heiraten.

Zu uns:
- [[P:Lukas Brandhorst]], geboren am [[DOB:09.09.1992]] in [[LOC:Hagen-Hohenlimburg]], deutsch, ledig,
  wohnhaft [[STR:Breite Straße 63]], [[LOC:58455 Witten]]
- [[P:Katarzyna Wójcik]], gebürtig aus [[LOC:Kattowitz]] ([[LOC:Katowice]]), geb. [[DOB:22.05.1994]], polnische
  Staatsangehörige, geschieden, wohnhaft in [[LOC:Bochum-Langendreer]]

Die Ehe von [[P:Kasia]] wurde 2021 vom Sąd Okręgowy w Katowicach geschieden. Brauchen Sie dafür eine
Anerkennung, oder reicht das Urteil mit Übersetzung? Und braucht sie ein Ehefähigkeitszeugnis?

Trauzeugen wären mein Bruder [[P:Jonas Brandhorst]] und ihre Freundin [[P:Aleksandra Mazur]] aus
[[LOC:Wrocław]]. Muss Frau [[P:Mazur]] dafür extra einen Ausweis vorlegen oder reicht der polnische
Personalausweis?

Für einen Termin zur Anmeldung passen uns Dienstag- und Donnerstagnachmittage.

Viele Grüße
[[P:Lukas Brandhorst]]
Mobil [[TEL:+49 171 4482 0937]]
""",
    keep=[
        "standesamt@stadt-witten.de",
        "Haus Witten",
        "13.08.2027",
        "Ehefähigkeitszeugnis",
        "Sąd Okręgowy w Katowicach",
    ],
)

pii(
    "email",
    f"""
From: [[P:Oksana Melnyk]] <[[MAIL:oksana.melnyk.design@gmail.com]]>
To: gruendung@wirtschaftsfoerderung-dortmund.de
Date: Tue, 3 Nov 2026 08:52:11 +0100
Subject: Frage zur Gründung – Grafikdesign: Freiberuf oder Gewerbe?

Guten Tag,

ich heiße [[P:Oksana Melnyk]], ich bin [[DOB:1990]] in [[LOC:Kyjiw]] geboren und lebe seit April 2022 in
Deutschland, zuerst in [[LOC:Lüdenscheid]], seit letztem Jahr in [[LOC:Dortmund-Hombruch]]. Ich habe eine
Aufenthaltserlaubnis nach § 24 AufenthG, die Erwerbstätigkeit ist erlaubt.

Ich möchte mich als Grafikdesignerin selbstständig machen. Einige Kunden habe ich noch aus meiner
alten Agentur in [[LOC:Lwiw]], neue Kunden kommen aus Dortmund. Meine Fragen:

1. Bin ich Freiberuflerin oder brauche ich einen Gewerbeschein?
2. Muss ich für die Kunden in der Ukraine Umsatzsteuer berechnen?
3. Gibt es ein Gründungsstipendium, auch wenn mein Deutsch erst B2 ist?

Meine Steuer-ID habe ich schon ([[TAX:{TAX_3}]]), eine Steuernummer noch nicht. Mein Mann
[[P:Andrij]] arbeitet angestellt, wir machen die Steuererklärung zusammen.

Ich würde gern zur Gründungswerkstatt am 24.11.2026 im Dortmunder U kommen. Ist noch ein Platz frei?

Vielen Dank!
[[P:Oksana Melnyk]]
Grafikdesign & Illustration
[[TEL:+49 1522 6401 883]]
Instagram: @[[P:oksana.draws]]
""",
    keep=[
        "gruendung@wirtschaftsfoerderung-dortmund.de",
        "§ 24 AufenthG",
        "am 24.11.2026 im Dortmunder U",
        "Gewerbeschein",
    ],
)

pii(
    "email",
    """
Von: "[[P:Bernd Kwiatkowski]]" <[[MAIL:b.kwiatkowski@t-online.de]]>
An: beschwerdemanagement@herne.de
Datum: 29.10.2026, 07:48
Betreff: Beschwerde über Behandlung im Bürgerbüro am 28.10.2026

Sehr geehrte Damen und Herren,

ich hatte am 28.10.2026 um 10:20 Uhr einen Termin im Bürgerbüro Herne-Mitte (Vorgangsnummer
[[AZ:2026-BB-118203]]), um für meine Mutter, Frau [[P:Hedwig Kwiatkowski]], geb. [[DOB:30.11.1939]], einen neuen
Personalausweis zu beantragen. Der alte Ausweis ([[ID:L7HM2R4CX]]) ist seit Juli abgelaufen. Meine Mutter
sitzt im Rollstuhl und wohnt seit zwei Jahren bei uns.

Die Mitarbeiterin an Platz 4, laut Namensschild Frau [[P:Ilić]], hat uns nach 35 Minuten Wartezeit
erklärt, dass der Termin nur für eine Person gilt und meine Mutter „eigentlich“ selbst einen
Termin hätte buchen müssen. Auf meine Frage nach einem Hausbesuch sagte sie, dafür sei sie
nicht zuständig. Ihr Vorgesetzter, ein Herr [[P:Bernhardt]], war „in einer Besprechung“.

Ich erwarte, dass Sie mir erklären, wie meine 86-jährige Mutter an einen Ausweis kommt, und
dass Sie mit der Mitarbeiterin über ihren Ton sprechen. Die Rufnummer 0 23 23 / 16-0 hat mir
nicht weitergeholfen.

Mit freundlichen Grüßen
[[P:Bernd Kwiatkowski]]
[[STR:Holsterhauser Str. 190]]
[[LOC:44625 Herne]]
Tel. [[TEL:02323 – 95 17 44]]
""",
    keep=[
        "beschwerdemanagement@herne.de",
        "Bürgerbüro Herne-Mitte",
        "0 23 23 / 16-0",
        "35 Minuten Wartezeit",
    ],
)

pii(
    "email",
    """
From: [[P:Ahmad Zaher Noorzai]] <[[MAIL:a.noorzai@outlook.de]]>
To: auslaenderbehoerde@essen.de
Sent: Wednesday, November 4, 2026 10:31 AM
Subject: Familiennachzug Ehefrau und Kinder – Az. [[AZ:32-4.2-N-1187/25]]

Sehr geehrte Damen und Herren,

mein Aktenzeichen bei Ihnen ist [[AZ:32-4.2-N-1187/25]]. Ich bin als Flüchtling anerkannt und habe eine
Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG (eAT-Nr. [[ID:FX29M4KL7]]). Ich bin am [[DOB:15.06.1989]] in
[[LOC:Kabul]] geboren und wohne in der [[STR:Altenessener Straße 318]], [[LOC:45326 Essen]].

Ich beantrage den Familiennachzug für meine Ehefrau und unsere zwei Kinder. Sie leben zurzeit bei
Verwandten in [[LOC:Islamabad]]:

  - Ehefrau: [[P:Freshta Noorzai]], geb. [[DOB:01.01.1995]] in [[LOC:Herat]], Pass-Nr. [[PASS:P02418736]]
  - Sohn: [[P:Mohammad Yasin Noorzai]], geb. [[DOB:12.03.2016]], Pass-Nr. [[PASS:P02418740]]
  - Tochter: [[P:Mariam Noorzai]], geb. [[DOB:05.08.2019]], noch ohne Pass

Der Termin bei der Deutschen Botschaft ist am 19.01.2027. Die Botschaft braucht vorher Ihre
Vorabzustimmung. Meine Wohnung hat 74 m², der Mietvertrag ist angehängt.

Meine Schwester [[P:Soraya Rahimi]] wohnt in [[LOC:Hamburg-Billstedt]] und kann bei Fragen auch helfen,
sie spricht besser Deutsch als ich: [[TEL:0176 / 301 88 452]].

Mit freundlichen Grüßen
[[P:Ahmad Zaher Noorzai]]
[[TEL:0157 3391 0478]]
""",
    keep=["auslaenderbehoerde@essen.de", "§ 25 Abs. 2 AufenthG", "am 19.01.2027", "74 m²"],
)

pii(
    "email",
    """
Von: [[P:Jule Hartmann-Oyelaran]] <[[MAIL:jule.ho@mailbox.org]]>
An: elterngeldstelle@bochum.de
Datum: Do., 5. Nov. 2026 um 13:02
Betreff: Antrag [[AZ:EG-2026-07731]] – Partnermonate und Einkommen meines Partners

Hallo liebes Team der Elterngeldstelle,

im September habe ich online Elterngeld beantragt (Antragsnummer [[AZ:EG-2026-07731]]) für unseren
Sohn [[P:Tobi]]. Geburtsdatum des Kindes: [[DOB:18.08.2026]], geboren im Knappschaftskrankenhaus
Langendreer.

Mein Partner [[P:Babatunde Oyelaran]] (geb. [[DOB:02.02.1987]]) möchte die Lebensmonate 13 und 14 als
Partnermonate nehmen und ab April 2027 zusätzlich zwei Monate ElterngeldPlus parallel zu mir.
Er ist seit 2024 als IT-Berater selbstständig. Welche Unterlagen braucht er – reicht der
Steuerbescheid 2025 oder müssen wir eine Gewinnermittlung für die letzten zwölf Monate machen?

Wir sind nicht verheiratet. Muss er einen eigenen Antrag stellen, oder kann er auf meinem
mitunterschreiben? Seine Mutter kommt im Januar aus [[LOC:Ibadan]] zu Besuch und bleibt drei
Monate – spielt das irgendeine Rolle?

Unsere Adresse: [[STR:Alte Bahnhofstraße 171]], [[LOC:44892 Bochum]].

Danke und viele Grüße
[[P:Jule Hartmann-Oyelaran]]
[[TEL:0234 / 29 85 66]]
""",
    keep=[
        "elterngeldstelle@bochum.de",
        "ElterngeldPlus",
        "Steuerbescheid 2025",
        "Lebensmonate 13 und 14",
    ],
)

pii(
    "email",
    """
From: [[P:Finn Aydemir]] <[[MAIL:finn.aydemir@stud.ruhr-uni-bochum.de]]>
To: steueramt@bochum.de
Date: 01.11.2026 23:57
Subject: Zweitwohnungssteuer [[AZ:22.300.481.552]] – ich bin Student!!

Hallo,

ich habe einen Bescheid über Zweitwohnungssteuer bekommen ([[AZ:22.300.481.552]]) über 412,80 € für
2026. Ich bin Student an der RUB und wohne unter der Woche im Wohnheim,
[[STR:Laerholzstraße 80, App. 1214]], [[LOC:44801 Bochum]]. Mein Hauptwohnsitz ist bei meinen Eltern in [[LOC:Freiburg im Breisgau]]
([[STR:Habsburgerstraße 101]], [[LOC:79104 Freiburg]]), dort bin ich seit meiner Geburt gemeldet.

Ich bin am [[DOB:14.07.2004]] geboren und habe kein eigenes Einkommen außer BAföG und einem Minijob
(520 € im Monat). Mein Vater [[P:Cem Aydemir]] zahlt die Miete fürs Wohnheim direkt an das
Studierendenwerk.

Gibt es eine Befreiung für Studenten? Meine Kommilitonin [[P:Lara]] aus [[LOC:Kassel]] hat gesagt,
man muss nur den Hauptwohnsitz nach Bochum ummelden, dann fällt die Steuer weg. Stimmt das?
Dann verliere ich aber meinen Anwohnerparkausweis in [[LOC:Freiburg]]...

Viele Grüße
[[P:Finn Aydemir]]
""",
    keep=["steueramt@bochum.de", "412,80 €", "Studierendenwerk", "Anwohnerparkausweis"],
)

pii(
    "email",
    """
Von: [[P:Rui Mendes Carvalho]] <[[MAIL:rui.mcarvalho@gmx.de]]>
An: buergerservice@gelsenkirchen.de
Datum: 06.11.2026 18:22
Betreff: AW: Ihre Terminbestätigung – Vorgangsnummer [[AZ:4471-0931-2026]]

Guten Abend,

wir haben für den 12.11.2026 einen Termin für den Kinderreisepass unserer Tochter [[P:Beatriz]]
gebucht. Zwei Fragen vorab:

1. Ich bin Portugiese und habe nur den Cartão de Cidadão (Nr. [[PASS:13958204 4 ZY8]]), keinen deutschen
   Ausweis. Reicht der als Nachweis?
2. Meine Frau [[P:Anke Mendes Carvalho]] kann an dem Tag nicht mitkommen (Frühschicht). Reicht eine
   Vollmacht mit einer Kopie ihres Personalausweises ([[ID:T7K2N9C4F]])?

[[P:Beatriz]] ist am [[DOB:27.06.2019]] in [[LOC:Gladbeck]] geboren, die Geburtsurkunde bringen wir mit. Wir
fliegen am 18.12. zu den Großeltern nach [[LOC:Braga]].

Viele Grüße
[[P:Rui Mendes Carvalho]]
[[STR:Cranger Straße 287]]
[[LOC:45897 Gelsenkirchen]]

> -----Ursprüngliche Nachricht-----
> Von: noreply-termine@gelsenkirchen.de
> Gesendet: 02.11.2026 09:14
> An: [[MAIL:rui.mcarvalho@gmx.de]]
> Betreff: Ihre Terminbestätigung – Vorgangsnummer [[AZ:4471-0931-2026]]
>
> Guten Tag [[P:Rui Mendes Carvalho]],
>
> Ihr Termin: Donnerstag, 12.11.2026, 08:40 Uhr
> Ort: Bürgercenter Buer, Goldbergplatz 2, 45894 Gelsenkirchen
> Anliegen: Kinderreisepass (1 Person)
> Vorgangsnummer: [[AZ:4471-0931-2026]]
>
> Bitte bringen Sie mit: Geburtsurkunde des Kindes, ein biometrisches Passbild, die Ausweise
> der Sorgeberechtigten. Gebühr: 13,00 EUR.
""",
    keep=[
        "buergerservice@gelsenkirchen.de",
        "Goldbergplatz 2, 45894 Gelsenkirchen",
        "13,00 EUR",
        "12.11.2026, 08:40 Uhr",
    ],
)


# ---------------------------------------------------------------------------------------------
# Documents with personal data: forwarded e-mail threads
# ---------------------------------------------------------------------------------------------

pii(
    "email_thread",
    """
Von: [[P:Sandra Pohlmann]] <[[MAIL:sandra.pohlmann@herne.de]]>
Gesendet: Dienstag, 3. November 2026 11:05
An: Schulanmeldung <schulanmeldung@herne.de>
Betreff: WG: Anmeldung Grundschule – Zwillinge [[P:Yilmaz]]

Hallo zusammen,

zur Bearbeitung – die Mutter hat per Mail angemeldet statt über das Portal. Die Kinder sind
Kann-Kinder (Stichtag 30.09.), bitte die schulärztliche Untersuchung einplanen.

Gruß
[[P:Sandra Pohlmann]]
Stadt Herne · Fachbereich Schule und Weiterbildung
Tel. [[TEL:02323 16-2741]]

-----Ursprüngliche Nachricht-----
Von: [[P:Derya Yilmaz]] <[[MAIL:derya.yilmaz.84@hotmail.de]]>
Gesendet: Montag, 2. November 2026 20:40
An: [[MAIL:sandra.pohlmann@herne.de]]
Betreff: Anmeldung Grundschule – Zwillinge [[P:Yilmaz]]

Sehr geehrte Frau [[P:Pohlmann]],

wie am Telefon besprochen melde ich meine Zwillinge zum Schuljahr 2027/28 an der
Grundschule an der Bergstraße an:

  [[P:Aras Yilmaz]], geb. [[DOB:14.10.2021]]
  [[P:Ela Yilmaz]], geb. [[DOB:14.10.2021]]

Beide sind in [[LOC:Istanbul]] geboren; wir sind im Januar aus [[LOC:Köln-Chorweiler]] hierher gezogen und
wohnen jetzt in der [[STR:Bebelstraße 44]], [[LOC:44623 Herne]]. Ihr großer Bruder [[P:Can]] geht schon
in die 3b der Grundschule an der Bergstraße.

Vater: [[P:Serkan Yilmaz]], geb. [[DOB:1982]], Mutter: ich, geb. [[DOB:1984]]. Wir sprechen zu Hause
Türkisch und Deutsch. Erreichbar bin ich unter [[TEL:0176-20 44 81 93]].

Mit freundlichen Grüßen
[[P:Derya Yilmaz]]
""",
    keep=[
        "schulanmeldung@herne.de",
        "Grundschule an der Bergstraße",
        "Schuljahr 2027/28",
        "Stichtag 30.09.",
    ],
)

pii(
    "email_thread",
    f"""
Von: Stadtkasse Recklinghausen <stadtkasse@recklinghausen.de>
An: [[MAIL:marvin.schaefer.re@web.de]]
Datum: 03.11.2026 09:12
Betreff: AW: AW: Ratenzahlung Kassenzeichen [[AZ:6100.2049.7713]]

Sehr geehrter Herr [[P:Schäfer]],

Ihrem Antrag auf Ratenzahlung für die Gewerbesteuer-Nachzahlung 2024 (1.842,00 EUR) stimmen wir
zu: 6 Raten zu je 307,00 EUR, fällig jeweils zum 15. eines Monats, erste Rate am 15.12.2026.
Wir ziehen die Raten per SEPA-Lastschrift von dem angegebenen Konto ein.
Mandatsreferenz: [[AZ:STK-RE-0004471920]]
Gläubiger-ID der Stadt Recklinghausen: DE56ZZZ00000012345

Mit freundlichen Grüßen
Im Auftrag
[[P:Petra Hülsbusch]]
Stadtkasse – Vollstreckungsstelle
Durchwahl [[TEL:02361 50-1378]]

> Am 28.10.2026 um 19:12 schrieb [[P:Marvin Schäfer]] <[[MAIL:marvin.schaefer.re@web.de]]>:
>
> Hallo Frau [[P:Hülsbusch]],
>
> wie telefonisch besprochen beantrage ich Ratenzahlung. Die Trinkhalle [[P:Schäfer]] läuft seit
> der Baustelle vor der Tür sehr schlecht, ich kann die Summe nicht auf einmal zahlen.
> Die Raten sollen vom Konto meiner Frau [[P:Jennifer Schäfer]] abgebucht werden, sie ist
> einverstanden (Unterschrift auf dem Mandat anbei):
> IBAN [[IBAN:{iban("DE", "42650150" + "0090217734")}]]
> Meine Anschrift: [[STR:Castroper Str. 58]], [[LOC:45665 Recklinghausen]]
> Handy: [[TEL:0162 / 771 30 05]]
>
>> Am 21.10.2026 schrieb stadtkasse@recklinghausen.de:
>>
>> Mahnung – Kassenzeichen [[AZ:6100.2049.7713]]
>> Gewerbesteuer 2024, fällig seit 15.08.2026: 1.842,00 EUR
>> Säumniszuschlag: 18,00 EUR
>> Mahngebühr: 5,00 EUR
""",
    keep=[
        "stadtkasse@recklinghausen.de",
        "Gläubiger-ID der Stadt Recklinghausen: DE56ZZZ00000012345",
        "1.842,00 EUR",
        "307,00 EUR",
        "Säumniszuschlag: 18,00 EUR",
    ],
)

pii(
    "email_thread",
    """
Von: Grünflächenamt – Baumpatenschaften <baumpaten@bochum.de>
An: [[P:Henrike Vossberg]] <[[MAIL:henrike.vossberg@gmx.net]]>
Cc: [[P:Markus Kleinhempel]] <[[MAIL:m.kleinhempel@bochum.de]]>
Datum: 04.11.2026 14:30
Betreff: AW: WG: Baumpatenschaft Baumscheibe vor [[STR:Querenburger Str. 27]]

Sehr geehrte Frau [[P:Vossberg]],

vielen Dank für Ihr Interesse. Die Baumscheibe der Platane (Baumkataster-Nr. BO-07-04413)
können Sie und Herr [[P:Jankowiak]] gern in Pflege nehmen. Die Patenschaftsvereinbarung liegt
bei; bitte unterschreiben Sie beide und senden Sie sie bis 30.11.2026 zurück.
Bepflanzt werden dürfen nur flach wurzelnde Stauden, kein Zaun höher als 20 cm.

Freundliche Grüße
[[P:Markus Kleinhempel]]
Stadt Bochum · Umwelt- und Grünflächenamt · Baumpflege Süd
Hans-Sachs-Straße 10 · 44787 Bochum
Tel. [[TEL:0234 910-3391]]

--- Weitergeleitete Nachricht ---
Von: Bürgerbüro Querenburg <bb-querenburg@bochum.de>
An: baumpaten@bochum.de
Datum: 02.11.2026 08:55
Betreff: WG: Baumpatenschaft

Liebe Kolleginnen und Kollegen, diese Mail ist bei uns gelandet, bitte übernehmen.

--- Ursprüngliche Nachricht ---
Von: [[P:Henrike Vossberg]] <[[MAIL:henrike.vossberg@gmx.net]]>
Datum: 31.10.2026 17:03

Hallo,

ich wohne in der [[STR:Querenburger Str. 27]] und würde gern mit meinem Nachbarn, Herrn
[[P:Emil Jankowiak]] (Jg. [[DOB:1949]], ehemaliger Gärtnermeister!), die Baumscheibe vor unserem
Haus bepflanzen und pflegen. Wir haben beide Zeit. Herr [[P:Jankowiak]] hat kein E-Mail, Sie
erreichen ihn unter [[TEL:0234 70 25 18]]. Ich bin unter [[TEL:0151 1880 4627]] erreichbar.

Beste Grüße
[[P:Henrike Vossberg]]
""",
    keep=[
        "baumpaten@bochum.de",
        "Baumkataster-Nr. BO-07-04413",
        "bis 30.11.2026",
        "Hans-Sachs-Straße 10",
    ],
)

pii(
    "email_thread",
    """
Von: [[P:Thomas Brökelmann]] <[[MAIL:thomas.broekelmann@stadtdo.de]]>
An: RAin [[P:Aylin Korkmaz]] <[[MAIL:korkmaz@migrationsrecht-do.de]]>
Datum: 05.11.2026 10:17
Betreff: AW: Fiktionsbescheinigung Herr [[P:Chukwuemeka Eze]], Az. [[AZ:ABH-2026-04417]]

Sehr geehrte Frau Rechtsanwältin [[P:Korkmaz]],

die Fiktionsbescheinigung für Ihren Mandanten wird am Montag, 09.11.2026, ausgestellt. Herr [[P:Eze]]
möge um 08:30 Uhr persönlich in der Ausländerbehörde, Olpe 1, erscheinen und seinen Reisepass
([[PASS:A08813427]]) sowie den bisherigen eAT ([[ID:RC4H8M2TN]]) mitbringen.

Mit freundlichen Grüßen
Im Auftrag
[[P:Brökelmann]]
Stadt Dortmund · Ausländerbehörde · Team 3
Tel. [[TEL:0231 50-2 77 14]]

-----Ursprüngliche Nachricht-----
Von: [[P:Aylin Korkmaz]] <[[MAIL:korkmaz@migrationsrecht-do.de]]>
Gesendet: Dienstag, 3. November 2026 16:48
An: auslaenderbehoerde@stadtdo.de
Betreff: Fiktionsbescheinigung Herr [[P:Chukwuemeka Eze]], Az. [[AZ:ABH-2026-04417]]
Unser Zeichen: [[AZ:K-2026/311]]

Sehr geehrte Damen und Herren,

unser Mandant, Herr [[P:Chukwuemeka Eze]], geb. am [[DOB:08.11.1991]] in [[LOC:Lagos]], wohnhaft
[[STR:Münsterstraße 212]], [[LOC:44145 Dortmund]], hat am 12.09.2026 fristgerecht die Verlängerung seiner
Blauen Karte EU beantragt. Eine Fiktionsbescheinigung ist bis heute nicht ausgestellt. Sein
Arbeitgeber, die Kronos Logistics Systems GmbH, verlangt den Nachweis bis zum 15.11.2026.

Die Ehefrau unseres Mandanten, Frau [[P:Adaeze Eze]] (geb. [[DOB:21.03.1994]]), hält sich derzeit bei
ihren Eltern in [[LOC:Enugu]] auf; ihr Visumverfahren läuft gesondert.

Wir bitten um kurzfristige Ausstellung.

Mit freundlichen Grüßen
[[P:Aylin Korkmaz]]
Rechtsanwältin
Kanzlei für Migrationsrecht · Hansastraße 4 · 44137 Dortmund · Tel. 0231 18 44 29-0
""",
    keep=[
        "auslaenderbehoerde@stadtdo.de",
        "Olpe 1",
        "Kronos Logistics Systems GmbH",
        "Hansastraße 4 · 44137 Dortmund",
        "bis zum 15.11.2026",
    ],
)

pii(
    "email_thread",
    """
Von: [[P:Melanie Rusch]] <[[MAIL:melanie.rusch93@gmail.com]]>
An: [[P:Stefanie Kordes]] <[[MAIL:stefanie.kordes@stadt-hagen.de]]>
Datum: 04.11.2026 22:10
Betreff: Re: Beistandschaft [[P:Lenny]] – Az. [[AZ:51-BS 0447/24]]

Hallo Frau [[P:Kordes]],

danke für Ihren Anruf heute. Anbei die Gehaltsabrechnung, die [[P:Sascha]] mir doch noch
geschickt hat. Er arbeitet seit September bei einer Spedition in [[LOC:Lüdenscheid]] und wohnt
jetzt auch da: [[STR:Kölner Straße 31]], [[LOC:58509 Lüdenscheid]]. Seine Handynummer ist
[[TEL:0152 0417 7733]].

Die 356 Euro zahlt er seit Juli nicht mehr. Ich hoffe Sie können da was machen.

LG [[P:Melanie Rusch]]

Am 30.10.2026 um 09:41 schrieb [[P:Stefanie Kordes]]:
> Sehr geehrte Frau [[P:Rusch]],
>
> in der Beistandschaft für Ihren Sohn [[P:Lenny Rusch]] (geb. [[DOB:11.04.2020]]) hat der Kindesvater,
> Herr [[P:Sascha Höppner]] (geb. [[DOB:19.01.1990]]), auf unser Auskunftsersuchen vom 10.09.2026 nicht
> reagiert. Seine bisherige Anschrift in [[LOC:Hagen-Vorhalle]] ist laut Melderegister nicht mehr
> aktuell. Ist Ihnen eine neue Anschrift oder ein neuer Arbeitgeber bekannt?
>
> Die Jugendamtsurkunde vom 02.03.2021 über 100 % des Mindestunterhalts gilt weiter.
>
> Mit freundlichen Grüßen
> [[P:Stefanie Kordes]]
> Stadt Hagen · Fachbereich Jugend und Soziales · Beistandschaften
> Berliner Platz 22 · 58089 Hagen
> Tel. [[TEL:02331 207-3812]]
""",
    keep=[
        "Beistandschaften",
        "Berliner Platz 22",
        "Jugendamtsurkunde vom 02.03.2021",
        "356 Euro",
        "Mindestunterhalts",
    ],
)

pii(
    "email_thread",
    f"""
Von: [[P:Nikos Papadakis]] <[[MAIL:nikos@souvlaki-mobil.de]]>
An: Gründerservice <gruenderservice@gelsenkirchen.de>
Datum: 02.11.2026 07:44
Betreff: WG: Reisegewerbekarte / Standplatz Wochenmarkt – Foodtruck

Guten Morgen,

die IHK hat mich an Sie verwiesen (siehe unten). Ich habe seit 01.10.2026 ein Einzelunternehmen
„Souvlaki-Mobil [[P:Papadakis]]“ (Gewerbeanmeldung Nr. [[AZ:GA-2026-03318]]) und einen Foodtruck
(Fiat Ducato, Kennzeichen [[KFZ:GE-NP 770]]). Ich würde gern dienstags und freitags auf dem
Wochenmarkt Buer stehen und im Sommer auf dem Stadtfest im Nordsternpark.

Zu mir: geboren am [[DOB:12. Oktober 1985]] in [[LOC:Thessaloniki]], bis 2025 in [[LOC:Wuppertal]] gewohnt,
Koch seit 20 Jahren. Die Vorbereitung mache ich in der Küche vom Restaurant meines Cousins
[[P:Giorgos]] in [[LOC:Gladbeck]]. Reicht das für die Lebensmittelüberwachung?

Viele Grüße
[[P:Nikos Papadakis]]
Souvlaki-Mobil
Mobil [[TEL:0173 / 66 20 418]]
USt-IdNr. [[TAX:{TAX_5}]]? – nein, das ist meine Steuer-ID, die USt-IdNr. kommt noch

---------- Forwarded message ---------
From: Gründungsservice IHK Nord Westfalen <gruendung@ihk-nordwestfalen.de>
Date: Fri, 30 Oct 2026 at 15:20
To: [[MAIL:nikos@souvlaki-mobil.de]]
Subject: AW: Reisegewerbekarte

Sehr geehrter Herr [[P:Papadakis]],

für die Reisegewerbekarte ist das Ordnungsamt Ihres Wohnortes zuständig; Standplätze auf
Wochenmärkten vergibt die Stadt Gelsenkirchen (Marktverwaltung). Für Fragen zu Förderung und
Gründung wenden Sie sich bitte an den Gründerservice der Stadt.

Mit freundlichen Grüßen
Ihr Gründungsservice der IHK Nord Westfalen
""",
    keep=[
        "gruenderservice@gelsenkirchen.de",
        "Wochenmarkt Buer",
        "Nordsternpark",
        "Marktverwaltung",
        "Lebensmittelüberwachung",
    ],
)

# ---------------------------------------------------------------------------------------------
# Documents with personal data: web-form submissions
# ---------------------------------------------------------------------------------------------

pii(
    "web_form",
    f"""
=== Serviceportal · Antrag auf Wohngeld (Mietzuschuss) ===
Formular: WG-ONL-01 (Version 3.2)
Eingang: 05.11.2026 14:22:37
Übermittlungsnummer: [[AZ:FS-20261105-88412]]
Absender-IP: [[IP:93.214.17.88]]

[1] Antragstellerin
Nachname: [[P:Okonkwo]]
Vorname: [[P:Grace]]
Geburtsdatum: [[DOB:1978-04-23]]
Geburtsort: [[LOC:Port Harcourt]]
Familienstand: verwitwet
Straße, Hausnummer: [[STR:Vödestraße 52]]
PLZ: [[LOC:44866]]
Ort: [[LOC:Bochum]]
Telefon: [[TEL:0234-5879013]]
E-Mail: [[MAIL:grace.okonkwo@yahoo.de]]

[2] Haushaltsmitglieder
{
        pipe_rows(
            [2, 16, 12, 15],
            ("Nr", "Name, Vorname", "Geburtsdatum", "Verhältnis", "Einkommen mtl."),
            ("1", "[[P:Okonkwo, Grace]]", "[[DOB:23.04.1978]]", "Antragstellerin", "1.480,00 EUR"),
            ("2", "[[P:Okonkwo, Chidi]]", "[[DOB:02.09.2007]]", "Sohn", "0,00 EUR (Schüler)"),
            ("3", "[[P:Okonkwo, Adaora]]", "[[DOB:17.02.2012]]", "Tochter", "0,00 EUR"),
        )
    }

[3] Wohnung
Vermieter: LEG Wohnen NRW GmbH
Wohnfläche: 71 m²
Kaltmiete: 520,00 EUR · Nebenkosten: 140,00 EUR · Heizung: 85,00 EUR

[4] Bankverbindung
Kontoinhaberin: [[P:Grace Okonkwo]]
IBAN: [[IBAN:{iban("DE", "43050001" + "0035512807")}]]

[5] Erklärung
[x] Ich versichere, dass meine Angaben vollständig und richtig sind.
[x] Ich habe die Datenschutzhinweise gelesen.
""",
    keep=["WG-ONL-01 (Version 3.2)", "LEG Wohnen NRW GmbH", "520,00 EUR", "Datenschutzhinweise"],
)

pii(
    "web_form",
    """
Kontaktformular Ordnungsamt – Lärmbelästigung
--------------------------------------------------------------
Vorgang:          [[AZ:OA-LM-2026-118840]]
Zeitstempel:      2026-11-06T23:41:09+01:00
Client-IP:        [[IP:2a02:908:1a2:4c80:9d1e:55f3:e2a0:17b4]]
Formularserver:   10.20.4.17 (form-prod-02)
--------------------------------------------------------------
Name:             [[P:Dominik Stratmann]]
Anschrift:        [[STR:Overwegstraße 9]], [[LOC:44625 Herne]]
Telefon:          [[TEL:+4917622198347]]
E-Mail:           [[MAIL:d.stratmann@posteo.de]]

Ort der Störung:  [[STR:Overwegstraße 11]], Hinterhof / Garage
Verursacher:      Mieter Erdgeschoss, Klingelschild „[[P:Bajrami]]“
Art der Störung:  laute Musik, Motorenlärm, Feiern
Wann:             jedes Wochenende, Fr/Sa ab ca. 22 Uhr bis 3 Uhr

Beschreibung:
Seit dem Sommer wird in der Garage im Hinterhof jedes Wochenende an Autos geschraubt und
gefeiert, mit Bass bis in die Nacht. Heute wieder, drei Autos mit laufendem Motor, eins davon
mit Kennzeichen [[KFZ:HER-EB 404]], ein anderes [[KFZ:BO-DB 1212]]. Meine Frau [[P:Svetlana]] hat Nachtschicht
und kann tagsüber nicht schlafen, unser Sohn ist zwei. Die Polizei war am 24.10. da, danach
war eine Woche Ruhe.

Anonym bleiben:   [x] Meinen Namen bitte nicht an den Verursacher weitergeben.
Rückruf:          [x] erwünscht, werktags nach 17 Uhr
""",
    keep=[
        "Kontaktformular Ordnungsamt",
        "10.20.4.17 (form-prod-02)",
        "ab ca. 22 Uhr",
        "Art der Störung",
    ],
)

pii(
    "web_form",
    f"""
Gewerbe-Anmeldung (GewA 1) · Online-Dienst der Stadt Essen
Vorgangs-ID: [[AZ:GEW-E-2026-0047731]]
übermittelt am 04.11.2026, 10:03 Uhr, von IP [[IP:188.97.204.15]]

Feld 3  Name:                          [[P:Nguyen]]
Feld 4  Vornamen:                      [[P:Thi Thu Trang]]
Feld 5  Geburtsdatum:                  [[DOB:30.04.1993]]
Feld 6  Geburtsort, -land:             [[LOC:Hải Phòng]], Vietnam
Feld 7  Staatsangehörigkeit:           vietnamesisch
Feld 8  Wohnanschrift:                 [[STR:Altendorfer Str. 339]], [[LOC:45143 Essen]]
Feld 9  Telefon / E-Mail:              [[TEL:0201 8 64 27 19]] / [[MAIL:trang.nguyen.nails@gmail.com]]
Feld 10 Name des Betriebs:             Nagelstudio [[P:Trang]]
Feld 11 Betriebsstätte:                [[STR:Frohnhauser Markt 7]], [[LOC:45145 Essen]] (Ladenlokal)
Feld 15 Angemeldete Tätigkeit:         Nageldesign, Handpflege, Verkauf von Pflegeprodukten
Feld 19 Beginn der Tätigkeit:          01.12.2026
Feld 25 Aufenthaltstitel:              Niederlassungserlaubnis, eAT-Nr. [[ID:M3K7Z2PF8]]

Zusatzangaben
Steuerliche Identifikationsnummer:     [[TAX:{TAX_6}]]
Bisheriger Wohnort (bis 03/2024):     [[LOC:Leipzig-Grünau]]
Ansprechpartnerin bei Rückfragen:      [[P:Linh Nguyen]] (Schwester), [[TEL:0176 59 03 11 42]]

Gebühr: 26,00 EUR · bezahlt per ePayBL, Transaktions-ID 7F3A-22C1-9D04
""",
    keep=[
        "(Ladenlokal)",
        "26,00 EUR",
        "Transaktions-ID 7F3A-22C1-9D04",
        "Feld 19 Beginn der Tätigkeit:          01.12.2026",
    ],
)

pii(
    "web_form",
    """
Anmeldung zur Offenen Ganztagsschule (OGS) – Schuljahr 2027/28
Eingangsnummer: [[AZ:OGS-27-00318]]  |  eingegangen: 02.11.2026 06:51  |  IP: [[IP:77.183.41.209]]

Schule: Grundschule Crengeldanz, Witten

KIND
  Nachname: [[P:Lindemann]]
  Vorname: [[P:Paul]]
  Geburtsdatum: [[DOB:03.11.2020]]
  Einschulung: August 2027

SORGEBERECHTIGTE/R 1
  Name: [[P:Christina Lindemann]]
  geboren: [[DOB:09.07.1989]]
  Anschrift: [[STR:Pferdebachstraße 61]], [[LOC:58455 Witten]]
  Telefon: [[TEL:02302 / 39 41 07]]   Mobil: [[TEL:0171 8830217]]
  E-Mail: [[MAIL:c.lindemann@outlook.de]]
  Arbeitgeber: Evangelisches Krankenhaus Witten gGmbH

SORGEBERECHTIGTE/R 2
  Name: [[P:Ali Reza Karimi]]
  Anschrift: getrennt lebend, wohnhaft in [[LOC:Herdecke]]
  Mobil: [[TEL:0157 38 22 90 61]]

ABHOLBERECHTIGT
  [[P:Ingrid Lindemann]] (Großmutter), [[TEL:02302 58 11 40]]
  [[P:Jasper Lindemann]] (Bruder, 15 Jahre)

GESUNDHEIT
  Allergie: Haselnuss (Notfallset in der Schultasche)

ELTERNBEITRAG
  Einkommensstufe 3 – monatlich 96,00 EUR, Geschwisterermäßigung: nein
""",
    keep=[
        "Grundschule Crengeldanz",
        "Evangelisches Krankenhaus Witten gGmbH",
        "96,00 EUR",
        "Schuljahr 2027/28",
    ],
)

pii(
    "web_form",
    f"""
SEPA-Lastschriftmandat – Online-Erteilung
Zahlungsempfänger: Stadt Dortmund, Stadtkasse, Südwall 2–4, 44137 Dortmund
Gläubiger-Identifikationsnummer: DE12ZZZ00000045678
Mandatsreferenz: [[AZ:GBA-0231-448177-01]]

Das Mandat gilt für folgende Kassenzeichen:
  [[AZ:700.118.204.77]]   Grundbesitzabgaben
  [[AZ:700.118.204.78]]   Hundesteuer

Kontoinhaberin:      [[P:Ewa Zielińska-Brandt]]
Anschrift:           [[STR:Schüruferstraße 240]], [[LOC:44287 Dortmund]]
Miteigentümer:       [[P:Marek Zieliński]]
IBAN:                [[IBAN:{iban("DE", "44050199" + "0721883406", grouped=False)}]]
BIC:                 DORTDE33XXX
Kreditinstitut:      Sparkasse Dortmund
E-Mail:              [[MAIL:ewa.zb@t-online.de]]
Ort, Datum:          [[LOC:Dortmund-Aplerbeck]], 05.11.2026

Anmeldung über:      Servicekonto.NRW (Vertrauensniveau substanziell)
Übermittelt von:     [[IP:91.64.118.203]]
Weiterleitung an:    SAP-Schnittstelle 10.31.0.8

Ich ermächtige die Stadt Dortmund, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.
Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des
belasteten Betrages verlangen.
""",
    keep=[
        "Gläubiger-Identifikationsnummer: DE12ZZZ00000045678",
        "BIC:                 DORTDE33XXX",
        "Südwall 2–4, 44137 Dortmund",
        "SAP-Schnittstelle 10.31.0.8",
    ],
)

pii(
    "web_form",
    """
Mängelmelder Gelsenkirchen – neue Meldung
Meldungs-Nr.: 2026-48213
Kategorie: Abfall / wilder Müll / Schrottfahrzeug
Ort: Ecke Bismarckstraße / Florastraße, Parkbucht vor dem Spielplatz
Status: neu · Zuständig: GELSENDIENSTE

Beschreibung (vom Melder):
Seit sechs Wochen steht hier ein silberner Opel Astra mit Kennzeichen [[KFZ:GE-XK 3318]], platte
Reifen, TÜV seit 2024 abgelaufen. Inzwischen wird drumherum Sperrmüll abgeladen. Der Wagen gehört
wohl einem Herrn [[P:Draganović]] aus dem Haus [[STR:Florastraße 203]], sagen die Nachbarn, der ist aber
weggezogen, angeblich nach [[LOC:Bottrop-Eigen]].

Fotos: 3 (IMG_4471.jpg, IMG_4472.jpg, IMG_4475.jpg)

Angaben zum Melder (nicht öffentlich):
Name: [[P:Sabine Rehberg-Tóth]]
E-Mail: [[MAIL:sabine.rehberg@web.de]]
Telefon: [[TEL:0209 / 17 93 58 40]]
Rückmeldung erwünscht: ja
Übermittelt von IP: [[IP:79.247.11.162]] · App-Version 4.8.1 (Android)
""",
    keep=[
        "Meldungs-Nr.: 2026-48213",
        "Ecke Bismarckstraße / Florastraße",
        "GELSENDIENSTE",
        "App-Version 4.8.1",
    ],
)

# ---------------------------------------------------------------------------------------------
# Documents with personal data: paper forms read as text
# ---------------------------------------------------------------------------------------------

pii(
    "paper_form",
    f"""
ANTRAG AUF ELTERNGELD                                  Eingangsstempel:
nach dem Bundeselterngeld- und Elternzeitgesetz (BEEG)   Elterngeldstelle – 04. NOV. 2026

1. Angaben zum Kind
1.1 Familienname, Vorname(n) ...... [[P:Amoah]], [[P:Noah Kwame]]
1.2 Geburtsdatum .................. [[DOB:02.10.2026]]
1.3 Mehrlingsgeburt    ☐ ja   ☒ nein        1.4 Frühgeburt   ☐ ja   ☒ nein

{
        rows(
            [40, 30],
            ("2. Angaben zu den Eltern", "Elternteil A", "Elternteil B"),
            ("2.1 Familienname", "[[P:Schröder]]", "[[P:Amoah]]"),
            ("2.2 Vorname(n)", "[[P:Lisa Marie]]", "[[P:Kwabena]]"),
            ("2.3 Geburtsdatum", "[[DOB:14.12.1992]]", "[[DOB:20.08.1988]]"),
            ("2.4 Geburtsort", "[[LOC:Dinslaken]]", "[[LOC:Kumasi]] (Ghana)"),
            ("2.5 Steuer-Identifikationsnummer", f"[[TAX:{TAX_1}]]", f"[[TAX:{TAX_2}]]"),
            ("2.6 Anschrift (gemeinsam)", "[[STR:Lothringer Straße 71]], [[LOC:46045 Oberhausen]]"),
            ("2.7 Telefon", "[[TEL:0208 / 8 48 22 91]]", "[[TEL:0176 4401 2977]]"),
        )
    }

3. Bezugszeitraum (Lebensmonate)
   Elternteil A: Basiselterngeld LM 1–12      Elternteil B: Basiselterngeld LM 13–14

4. Einkommen vor der Geburt
   A: nichtselbstständig, Arbeitgeber: Ruhrwerk Logistik GmbH, Bemessungszeitraum 09/2025–08/2026
   B: nichtselbstständig, Arbeitgeber: Stadtwerke Oberhausen AG

5. Bankverbindung
   Kontoinhaber/in: [[P:Lisa Marie Schröder]]   IBAN: [[IBAN:{
        iban("DE", "36550000" + "0220418873")
    }]]

Ort, Datum: [[LOC:Alstaden]], 03.11.2026       Unterschrift A: [[P:L. Schröder]]   Unterschrift B: [[P:K. Amoah]]
""",
    keep=[
        "Bundeselterngeld- und Elternzeitgesetz (BEEG)",
        "Ruhrwerk Logistik GmbH",
        "Stadtwerke Oberhausen AG",
        "Basiselterngeld LM 13–14",
    ],
)

pii(
    "paper_form",
    f"""
ANMELDUNG BEI DER MELDEBEHÖRDE                        (Bürgercenter – bitte in Druckbuchstaben)

Tag des Einzugs: 01.11.2026
Neue Wohnung:      [[STR:Bochumer Straße 118, 3. OG links]], [[LOC:45886 Gelsenkirchen]]
                   ☒ alleinige Wohnung  ☐ Hauptwohnung  ☐ Nebenwohnung
Bisherige Wohnung: [[STR:Strada Mihai Eminescu 24, ap. 7]], [[LOC:400124 Cluj-Napoca]], Rumänien
Wohnungsgeberbestätigung: liegt vor (Vivawest Wohnen GmbH)

{
        rows(
            [4, 14, 15, 13, 15, 14],
            ("Nr", "Familienname", "Vornamen", "Geb.-Datum", "Geburtsort", "Staatsang.", "Geschl."),
            (
                "1",
                "[[P:Moldovan]]",
                "[[P:Ionuț Andrei]]",
                "[[DOB:07.03.1986]]",
                "[[LOC:Bistrița]]",
                "rumänisch",
                "m",
            ),
            (
                "2",
                "[[P:Moldovan]]",
                "[[P:Ioana]]",
                "[[DOB:22.10.1988]]",
                "[[LOC:Cluj-Napoca]]",
                "rumänisch",
                "w",
            ),
            ("", "geb. [[P:Pop]]"),
            (
                "3",
                "[[P:Moldovan]]",
                "[[P:Sofia Maria]]",
                "[[DOB:15.01.2015]]",
                "[[LOC:Cluj-Napoca]]",
                "rumänisch",
                "w",
            ),
            (
                "4",
                "[[P:Moldovan]]",
                "[[P:David]]",
                "[[DOB:30.06.2019]]",
                "[[LOC:Turda]]",
                "rumänisch",
                "m",
            ),
        )
    }

Familienstand (1 und 2): verheiratet seit 12.08.2013
Religion: –
Ausweisdokumente:
  zu 1: Carte de identitate, Serie/Nr. [[PASS:CJ 418273]], gültig bis 2031
  zu 2: Reisepass RO Nr. [[PASS:058813427]]
  zu 3 und 4: Kinder in den Ausweisen der Eltern nicht eingetragen, Geburtsurkunden vorgelegt

Telefon (freiwillig): [[TEL:+40 744 318 902]] / [[TEL:0163 771 40 52]]

Datum: 02.11.2026          Unterschrift: [[P:Moldovan Ionuț]]
-----------------------------------------------------------------------------------
nur für den Dienstgebrauch: Meldebescheinigung erteilt · Gebühr entfällt · Platz 7
""",
    keep=[
        "Vivawest Wohnen GmbH",
        "Tag des Einzugs: 01.11.2026",
        "verheiratet seit 12.08.2013",
        "nur für den Dienstgebrauch",
    ],
)

pii(
    "paper_form",
    """
Stadt Essen – Amt für Straßen und Verkehr
ANTRAG AUF ERTEILUNG EINES BEWOHNERPARKAUSWEISES

Bewohnerparkzone: R 3 (Rüttenscheid-Nord)             Gebühr: 120,00 EUR / 12 Monate

1 Antragsteller/in
  Name, Vorname:              [[P:Hegemann, Till]]
  Geburtsdatum:               [[DOB:11.11.1975]]
  Anschrift (Hauptwohnsitz):  [[STR:Emmastraße 44, 2. OG]], [[LOC:45130 Essen]]
  Telefon tagsüber:           [[TEL:0201 – 24 81 97 0]]

2 Fahrzeug
  amtliches Kennzeichen:      [[KFZ:E-TH 1175]]
  Halter/in:                  ☐ Antragsteller/in   ☒ Arbeitgeber (Dienstwagen mit Privatnutzung)
  Arbeitgeber:                Kessler Haustechnik GmbH & Co. KG, Gladbecker Str. 2, 45141 Essen
  Wechselkennzeichen:         ☒ ja, zweites Fahrzeug: [[KFZ:E-TH 1176]]

3 Weitere Nutzer/innen des Fahrzeugs
  [[P:Britta Hegemann-Roth]] (Ehefrau), wohnhaft unter derselben Anschrift

4 Anlagen
  ☒ Zulassungsbescheinigung Teil I   ☒ Überlassungserklärung des Arbeitgebers

Datum: 29.10.2026         Unterschrift: [[P:T. Hegemann]]

---------------------------------------------------------------------------------
Bearbeitungsvermerk (nur Behörde):
Ausweis erteilt am 06.11.2026, gültig bis 05.11.2027 · Sachbearbeitung: [[P:Kurzawa]] · Kasse: bar
""",
    keep=[
        "Amt für Straßen und Verkehr",
        "Rüttenscheid-Nord",
        "120,00 EUR / 12 Monate",
        "Kessler Haustechnik GmbH & Co. KG",
    ],
)

pii(
    "paper_form",
    f"""
Antrag auf Leistungen der Grundsicherung im Alter und bei Erwerbsminderung
(Viertes Kapitel SGB XII)                          Eingang Sozialamt: 02.11.2026
                                                   BG-Nr.: [[AZ:35801//0093372]]

A  PERSÖNLICHE ANGABEN
   Familienname:  [[P:Yavuz]]          Geburtsname: [[P:Çelik]]          Vorname: [[P:Nermin]]
   Geburtsdatum:  [[DOB:01.07.1957]]     Geburtsort:  [[LOC:Sivas]] / Türkei
   Familienstand: ☐ ledig  ☐ verheiratet  ☒ geschieden seit 2003  ☐ verwitwet
   Anschrift:     [[STR:Wiescherstraße 92]], [[LOC:44623 Herne]]
   Telefon:       [[TEL:02323 9 47 38 12]]
   Rentenversicherungsnummer: [[RV:{RV_7}]]
   Steuer-ID:     [[TAX:{TAX_7}]]
   Krankenkasse:  AOK NordWest, Versichertennummer [[AZ:C418273659]]

B  EINKOMMEN (monatlich)
   Altersrente Deutsche Rentenversicherung        612,34 EUR
   Rente aus der Türkei (SGK), umgerechnet         94,10 EUR
   Wohngeld                                        ☐ beantragt  ☒ nein

C  VERMÖGEN
   Girokonto, IBAN [[IBAN:{iban("DE", "43250030" + "0001844721")}]]   Kontostand 1.204,50 EUR
   Konto in der Türkei (Ziraat Bankası), IBAN [[IBAN:{IBAN_TR}]]   Kontostand 310,00 EUR
   Sparbuch, Fahrzeug, Lebensversicherung:  ☒ keine

D  UNTERHALTSPFLICHTIGE ANGEHÖRIGE
   Sohn:    [[P:Cem Yavuz]], wohnhaft in [[LOC:Berlin-Neukölln]]
   Tochter: [[P:Derya Aksu]] geb. [[P:Yavuz]], wohnhaft in [[LOC:Mannheim]]

E  ERKLÄRUNG
   Ich versichere, dass die Angaben richtig sind.   Unterschrift: [[P:N. Yavuz]]
""",
    keep=["Viertes Kapitel SGB XII", "612,34 EUR", "AOK NordWest", "Kontostand 1.204,50 EUR"],
)

pii(
    "paper_form",
    """
STANDESAMT RECKLINGHAUSEN
Antrag auf Ausstellung einer Personenstandsurkunde

Gewünschte Urkunde:  ☒ Geburtsurkunde   ☐ Heiratsurkunde   ☐ Sterbeurkunde   ☐ beglaubigter Registerausdruck
Anzahl: 2            Verwendungszweck: Rentenantrag

Angaben zur Person, deren Eintrag betroffen ist:
  Familienname:      [[P:Kowalski]]
  Vorname(n):        [[P:Jürgen Stefan]]
  Geburtsname:       [[P:Kowalski]]
  Geburtsdatum:      [[DOB:23.05.1961]]
  Geburtsort:        [[LOC:Recklinghausen-Suderwich]]
  Mutter:            [[P:Kowalski, Elfriede]], geb. [[P:Lenz]]
  Vater:             [[P:Kowalski, Bernhard]]

Antragsteller/in:    ☒ die Person selbst   ☐ Ehegatte   ☐ Abkömmling   ☐ Bevollmächtigte/r
  Anschrift:         [[STR:Hochlarmarkstraße 51]], [[LOC:45661 Recklinghausen]]
  Telefon:           [[TEL:(02361) 8 43 19]]
  Ausweis:           Personalausweis Nr. [[ID:CFX7N2M49]], vorgelegt

Gebühr: 12,00 EUR je Urkunde, gesamt 24,00 EUR – ☒ bar  ☐ EC-Karte

– vom Standesamt auszufüllen –
Geburtenregister Nr. [[AZ:G 1187/1961]]   Urkunden ausgestellt am 04.11.2026   Kürzel: kw
""",
    keep=[
        "STANDESAMT RECKLINGHAUSEN",
        "gesamt 24,00 EUR",
        "Verwendungszweck: Rentenantrag",
        "Urkunden ausgestellt am 04.11.2026",
    ],
)

pii(
    "paper_form",
    f"""
Stadt Hagen · Stadtkasse
ANTRAG AUF STUNDUNG / RATENZAHLUNG

Schuldner/in:    [[P:Brzeziński, Tomasz]]              geb. am: [[DOB:19.09.1979]]
Anschrift:       [[STR:Wehringhauser Str. 87]], [[LOC:58089 Hagen]]
Telefon:         [[TEL:0 23 31 / 3 37 04 18]]

Offene Forderungen:
{
        pipe_rows(
            [20, 28, 10],
            ("Kassenzeichen", "Forderungsart", "Betrag EUR"),
            ("[[AZ:1.2210.330417.6]]", "Grundsteuer B 2026 (Rest)", "214,80"),
            ("[[AZ:4.1300.880123.2]]", "Bußgeld Verkehr", "85,00"),
            ("[[AZ:7.5120.004417.3]]", "Rettungsdienstgebühr", "427,00"),
            ("", "Summe", "726,80"),
        )
    }

Vorschlag:       ☐ Stundung bis ______   ☒ monatliche Raten zu 60,00 EUR ab 01.12.2026

Begründung:      seit 08/2026 arbeitslos (Arbeitslosengeld I, Kundennummer bei der Agentur
                 für Arbeit: [[AZ:612D447183]]); vorher Lagerist bei Hagener Stahlhandel GmbH

Unterhalt für:   [[P:Kuba]] (geb. [[DOB:2010]]), [[P:Ola]] (geb. [[DOB:12.12.2013]]) – Kinder leben bei der Mutter
                 in [[LOC:Iserlohn-Letmathe]]

Bankverbindung für die Lastschrift: IBAN [[IBAN:{iban("DE", "45050001" + "0103320114")}]]

Ich versichere die Richtigkeit meiner Angaben.      [[P:Brzeziński]]
""",
    keep=[
        "ANTRAG AUF STUNDUNG / RATENZAHLUNG",
        "Summe",
        "60,00 EUR ab 01.12.2026",
        "Hagener Stahlhandel GmbH",
    ],
)

# ---------------------------------------------------------------------------------------------
# Documents with personal data: Aktenvermerke
# ---------------------------------------------------------------------------------------------

pii(
    "aktenvermerk",
    """
Stadt Gelsenkirchen · Referat Kinder, Jugend und Familien · ASD Bezirk Süd

AKTENVERMERK
Az.: [[AZ:51.2-ASD-S-2026/0914]]
Datum: 03.11.2026          Verfasserin: [[P:Katrin Oberbeck]], Soz.-Arb.

Betr.: Hausbesuch Familie [[P:Dąbrowski]], [[STR:Ückendorfer Str. 58, 1. OG]]

Anwesend:  Frau [[P:Marta Dąbrowska]] (Kindesmutter, geb. [[DOB:04.04.1991]])
           [[P:Oliwia]] (geb. [[DOB:19.03.2014]]), [[P:Szymon]] (geb. [[DOB:07.11.2017]]), [[P:Zuzia]] (geb. [[DOB:21.08.2023]])
           Frau [[P:Benzler]] (zweite Fachkraft)

Anlass: Mitteilung der Gesamtschule Ückendorf vom 28.10.2026 (wiederholtes Fehlen von [[P:Oliwia]],
Hinweise auf Überforderung der Mutter).

Feststellungen: Wohnung aufgeräumt, ausreichend Lebensmittel, Kinderzimmer für drei Kinder
beengt. Der Kindesvater, Herr [[P:Piotr Dąbrowski]], arbeitet seit Mai auf Montage in [[LOC:Rotterdam]]
und ist nur jedes zweite Wochenende zu Hause. Frau [[P:Dąbrowska]] wirkt erschöpft, berichtet von
Schlafproblemen. Unterstützung leistet die Großmutter mütterlicherseits, Frau [[P:Halina Nowicka]],
die in [[LOC:Gelsenkirchen-Buer]] wohnt und [[P:Zuzia]] zweimal die Woche betreut.

Vereinbarungen:
1. Frau [[P:Dąbrowska]] nimmt Kontakt zur Erziehungsberatungsstelle auf (Termin bis 20.11.2026).
2. Schulbesuch [[P:Oliwia]]: tägliche Rückmeldung der Klassenlehrerin für vier Wochen.
3. Nächster Hausbesuch: 17.11.2026, 15:00 Uhr.

Erreichbarkeit der Mutter: [[TEL:0163 2 81 77 09]]

gez. [[P:Oberbeck]]
""",
    keep=[
        "ASD Bezirk Süd",
        "Gesamtschule Ückendorf",
        "Erziehungsberatungsstelle",
        "17.11.2026, 15:00 Uhr",
    ],
)

pii(
    "aktenvermerk",
    """
Stadt Bochum – Ausländerbehörde – Team Visa/VE

Vermerk über eine Vorsprache
Verpflichtungserklärung nach §§ 66–68 AufenthG · Vorgangsnummer [[AZ:VE-2026-1183]]

Am 04.11.2026 um 09:10 Uhr sprach Herr [[P:Rachid El Amrani]] vor, geb. [[DOB:1972-09-30]] in [[LOC:Casablanca]],
deutscher Staatsangehöriger (PA-Nr. [[ID:L4NF8W27K]]), wohnhaft [[STR:Castroper Hellweg 311]], [[LOC:44805 Bochum]],
Tel. [[TEL:0234 / 86 20 73 14]].

Eingeladene Person: seine Schwester, Frau [[P:Fatima Zahra El Amrani]], geb. [[DOB:12.02.1980]],
wohnhaft [[STR:Rue Ibn Batouta 14]], [[LOC:20250 Casablanca]] (Marokko), Reisepass Nr. [[PASS:UX4081736]].
Besuchszweck: Hochzeit der Tochter des Einladenden, [[P:Samira El Amrani]], am 19.12.2026.
Aufenthalt geplant vom 10.12.2026 bis 08.01.2027.

Bonitätsprüfung:
- Nettoeinkommen 3.240,00 EUR (Gehaltsnachweise 08–10/2026, Arbeitgeber: Ruhrbahn GmbH)
- Warmmiete 890,00 EUR
- unterhaltsberechtigt: Ehefrau [[P:Naima El Amrani]] sowie zwei Kinder
Ergebnis: Pfändungsfreibetrag überschritten, Bonität ausreichend.

Die Verpflichtungserklärung wurde ausgestellt und ausgehändigt. Gebühr 29,00 EUR bar bezahlt.

[[P:Wiechers]], Sachbearbeiterin
""",
    keep=["§§ 66–68 AufenthG", "Ruhrbahn GmbH", "Gebühr 29,00 EUR", "am 19.12.2026", "890,00 EUR"],
)

pii(
    "aktenvermerk",
    """
Vermerk                                                           Wohngeldstelle, 05.11.2026
Wohngeld-Nr. [[AZ:WG-RE-2025-04471]] – Antragstellerin Frau [[P:Gülşen Arslan]]

Frau [[P:Arslan]] (geb. [[DOB:16.08.1974]]) sprach heute ohne Termin an der Infotheke vor und teilte
Änderungen im Haushalt mit:

1. Ihr Sohn [[P:Baran Arslan]] (geb. [[DOB:28.01.2005]]) ist zum 01.10.2026 zum Studium nach [[LOC:Aachen]]
   gezogen und dort mit Hauptwohnsitz gemeldet ([[STR:Pontstraße 129]], [[LOC:52062 Aachen]]).
2. Ihr Lebensgefährte, Herr [[P:Jörg Pietrzak]] (geb. [[DOB:03.05.1970]]), ist zum 15.10.2026 aus [[LOC:Datteln]]
   zugezogen. Er bezieht eine Erwerbsminderungsrente von 1.118,20 EUR.
3. Die Tochter [[P:Zeynep]] (geb. [[DOB:09.09.2009]]) lebt weiterhin im Haushalt.

Die Mietbescheinigung (unverändert 610,00 EUR bruttokalt) liegt vor. Frau [[P:Arslan]] wurde darauf
hingewiesen, dass der Bescheid vom 12.06.2026 ab Oktober aufgehoben und neu berechnet wird und
eine Überzahlung möglich ist. Unterlagen zum Einkommen von Herrn [[P:Pietrzak]] reicht sie bis 20.11.2026
nach.

Rückfragen: [[TEL:02361 / 90 41 62]] (Festnetz, nachmittags)

[[P:Niehues]]
""",
    keep=[
        "Wohngeldstelle, 05.11.2026",
        "610,00 EUR bruttokalt",
        "Bescheid vom 12.06.2026",
        "bis 20.11.2026",
    ],
)

pii(
    "aktenvermerk",
    """
Ordnungsamt Dortmund · Kommunaler Ordnungsdienst · Bereich Gewerbeüberwachung

Kontrollbericht / Aktenvermerk
Datum: 30.10.2026, 19:20–20:05 Uhr
Kontrollkräfte: [[P:Mehmet Kaya]], [[P:Sarah Lünnemann]] · Dienstfahrzeug DO-SO 4417
Objekt: Imbiss „Grill-Haus [[P:Berisha]]“, [[STR:Münsterstraße 96]], [[LOC:44145 Dortmund]] (Ladenlokal)

Betreiber: [[P:Valon Berisha]], geb. [[DOB:22.12.1984]] in [[LOC:Prizren]], wohnhaft in [[LOC:Lünen-Brambauer]],
eingetragener Kaufmann, Amtsgericht Dortmund [[HR:HRA 18822]], Gewerbeanmeldung vom 01.03.2022.

Feststellungen:
1. Anwesend im Betrieb: der Betreiber und ein Mitarbeiter, Herr [[P:Ardit Hoxha]] (nach eigenen Angaben
   geb. [[DOB:14.06.2001]], Aushilfe). Für Herrn [[P:Hoxha]] konnte keine Belehrung nach § 43 IfSG
   vorgelegt werden.
2. Der Preisaushang war unvollständig (Getränke fehlten).
3. Vor dem Lokal stand der Lieferwagen des Betriebs, [[KFZ:UN-VB 338]], auf dem Gehweg.

Maßnahmen: mündliche Verwarnung zu 2., Verwarnungsgeld 35,00 EUR zu 3. (Tatbestandsnummer 112402),
Anhörung zu 1. folgt schriftlich. Nachkontrolle in vier Wochen.

[[P:Kaya]]
""",
    keep=[
        "Kommunaler Ordnungsdienst",
        "Dienstfahrzeug DO-SO 4417",
        "Tatbestandsnummer 112402",
        "§ 43 IfSG",
    ],
)

# ---------------------------------------------------------------------------------------------
# Documents with personal data: phone notes
# ---------------------------------------------------------------------------------------------

pii(
    "phone_note",
    """
TELEFONNOTIZ                          Stadt Herne · Sozialamt – Grundsicherung, Team 2

Datum / Uhrzeit:   05.11.2026, 10:42
Anrufer:           Herr [[P:Oliver Steinbrink]] (Sohn)
Rückruf unter:     [[TEL:0171 / 5 50 29 84]] oder dienstlich [[TEL:0211 4 38 61-220]]
Betrifft:          Frau [[P:Ursula Steinbrink]], geb. [[DOB:12.02.1941]], BG [[AZ:35802//0041187]]

Inhalt:
Sohn ruft an, Mutter ist seit 21.10. im Krankenhaus (Sturz) und kommt voraussichtlich nicht mehr in
die Wohnung [[STR:Kreuzstraße 7]] zurück. Kurzzeitpflege ab 12.11. im Haus Abendsonne, danach
wahrscheinlich Dauerpflege. Er selbst wohnt in [[LOC:Düsseldorf-Bilk]], die Schwester [[P:Kerstin]] in
[[LOC:Wien]], beide können die Mutter nicht aufnehmen.

Fragen: Wer zahlt die Miete bis zur Kündigung (Kündigungsfrist 3 Monate)? Geht Grundsicherung
auf Hilfe zur Pflege über? Vollmacht liegt vor, schickt er per Mail an grundsicherung@herne.de.

Erledigung: Rückruf zugesagt bis Freitag, Vorgang an Frau [[P:Dinçer]] (Hilfe zur Pflege).
aufgenommen: [[P:Wenzel]]
""",
    keep=[
        "Sozialamt – Grundsicherung, Team 2",
        "Haus Abendsonne",
        "grundsicherung@herne.de",
        "Hilfe zur Pflege",
    ],
)

pii(
    "phone_note",
    """
Telefonnotiz Standesamt                                      06.11.2026  08:15

Es rief an: Frau [[P:Sieglinde Dombrowski-Haas]], Tel. [[TEL:0 20 41 / 6 39 72]]

Anliegen: Sie braucht 3 Sterbeurkunden für ihren Mann [[P:Werner Haas]], gestorben am 31.10.2026 im
Marienhospital, geb. [[DOB:05.05.1939]] in [[LOC:Breslau]]. Die Sterbefallanzeige macht das
Bestattungshaus (Fa. Kuhlmann Bestattungen GmbH), das sei schon erledigt.

Die Lebensversicherung verlangt eine Urkunde, Versicherungsnummer [[AZ:LV 0347 221 908]], und die
Rentenversicherung die zweite. Sie fragt, ob sie die Urkunden abholen kann oder ob wir sie
schicken, sie hat kein Auto. Ihr Neffe [[P:Dirk]] könnte am Montag kommen.

Wohnt: [[STR:Horster Straße 290]], [[LOC:46236 Bottrop]]

→ Urkunden nach Beurkundung per Post, Gebühr 12,00 EUR pro Stück, Rechnung beilegen.
→ Neffe braucht schriftliche Vollmacht, falls er abholt.
[[P:Grewe]]
""",
    keep=[
        "Telefonnotiz Standesamt",
        "Kuhlmann Bestattungen GmbH",
        "gestorben am 31.10.2026",
        "12,00 EUR pro Stück",
    ],
)

pii(
    "phone_note",
    """
Rückrufbitte / Telefonnotiz                                   Wirtschaftsförderung Herne

Von: Zentrale (Hr. [[P:Yıldırım]])       An: Gründungsberatung
Datum: 04.11.2026, 14:05

Anruferin: Frau [[P:Joanna Kaczmarek-Weiß]] (Jg. [[DOB:1994]])
Rückruf:   [[TEL:0157-55 80 31 29]] (ab 16 Uhr) · Mail [[MAIL:jo.kaczmarek@posteo.de]]

Anliegen: Will mit ihrem Partner, Herrn [[P:Lennart Ohm]], eine Fahrradwerkstatt mit Café gründen
(„Kette & Kaffee“, als GbR). Interessiert am Leerstand Bahnhofstraße 61 (ehem. Schuhgeschäft,
Vermieterin Herner Immobilienverwaltung KG). Fragen:
 – Förderprogramm „Zukunft Innenstadt“ – Mietzuschuss auch für Gründer?
 – Gaststättenrecht: reicht Gewerbeanmeldung, wenn nur Kaffee und Kuchen?
 – Gründungszuschuss: sie ist noch angestellt (Teilzeit), er bezieht ALG I.

Info: Frau [[P:Kaczmarek-Weiß]] wohnt in [[LOC:Bochum-Riemke]], Herr [[P:Ohm]] in [[LOC:Herne-Holsterhausen]];
Werkstatt hat er bisher im Keller seiner Eltern in [[LOC:Castrop-Rauxel-Ickern]] betrieben.

→ Gründungsgespräch angeboten: Do, 12.11.2026, 10:00 Uhr, Technologiezentrum, Raum 2.14
""",
    keep=[
        "Wirtschaftsförderung Herne",
        "Bahnhofstraße 61",
        "Herner Immobilienverwaltung KG",
        "Zukunft Innenstadt",
        "Do, 12.11.2026, 10:00 Uhr",
    ],
)

pii(
    "phone_note",
    """
Telefonnotiz – Eingang Kinderschutz (§ 8a SGB VIII)
Jugendamt Witten · ASD

Datum/Uhrzeit: 05.11.2026, 12:50 Uhr
angenommen von: [[P:Anja Feldhege]]

Anrufende: Frau [[P:Roswitha Blümel]], Schulsozialarbeit Hardenstein-Gesamtschule,
dienstl. Durchwahl [[TEL:02302 581-4417]]

Kind: [[P:Justin Weidemann]], geb. [[DOB:02.06.2013]], Klasse 7c
Mutter: [[P:Nicole Weidemann]], [[STR:Annenstraße 172]], [[LOC:58453 Witten]], Handy [[TEL:0176 / 44 19 02 88]]
Vater: [[P:Marco Steffens]], lebt in [[LOC:Sprockhövel]], Umgang unregelmäßig

Inhalt: [[P:Justin]] kam heute mit Hämatom am linken Oberarm in die Schule. Auf Nachfrage sagte er,
„der [[P:Ronny]]“ (neuer Freund der Mutter, Nachname unbekannt, ca. 35 J.) habe ihn „nur festgehalten“.
Er wolle heute nicht nach Hause. Die Klassenlehrerin, Frau [[P:Ostendorf]], bestätigt, dass er seit
den Herbstferien stiller ist. Schule hat die Mutter noch nicht informiert.

Sofortmaßnahme: Gefährdungseinschätzung im Team um 14:00 Uhr, Rückruf an Frau [[P:Blümel]] bis 15:00 Uhr.
[[P:Justin]] bleibt bis dahin in der Schule (Betreuung Schulsozialarbeit).
""",
    keep=[
        "§ 8a SGB VIII",
        "Hardenstein-Gesamtschule",
        "Gefährdungseinschätzung im Team um 14:00 Uhr",
        "Klasse 7c",
    ],
)

# ---------------------------------------------------------------------------------------------
# Documents with personal data: OCR scans with noise
# ---------------------------------------------------------------------------------------------

pii(
    "ocr_scan",
    f"""
[Scan 2026-11-04 08:12 · Poststelle · Seite 1/1 · OCR]

[[P:Heinz-Gűnter Ku1as]]
[[STR:Dorstener Str. 3O8]]
[[LOC:448O9 Bochum]]

An die Stadtkasse Bochurn
Post fach 10 22 69
4477 7 Bochum

Kassenzeichen: KZ [[AZ:5.2610.O04418.7]]
lhre Mahnung vorn 22.1O.2026

Sehr geehrte Darnen und Herren ,

ich habe die Grundsteuer fur das 3. Quarta1 am 14.08.2O26 bezah1t, 1eider mit einem fa1schen
Kassen zeichen ([[AZ:5.2610.004481.7]]), das ist der Bescheid von meinern Bruder [[P:Wa1ter Kulas]]
in [[LOC:Her ten]]. Bitte buchen Sie den Betrag von 1 84,2O EUR urn. Die Überweisung kam von
meinem Konto [[IBAN:{iban("DE", "43050001" + "0021186653")}]] , Kontoauszug anbei.

Zur Sicherheit: geb. [[DOB:l7.O3.1949]] , Te1. [[TEL:O234 / 5 l 2O 77]]

Mit freund1ichen Grüßen
[[P:H.-G. Ku1as]]

~ | . ,, ' ; ° Stadt Bochum EINGANG O 4. NOV. 2026 Amt 2O ..
""",
    keep=["Stadtkasse Bochurn", "Post fach 10 22 69", "1 84,2O EUR", "EINGANG O 4. NOV. 2026"],
)

pii(
    "ocr_scan",
    f"""
--- OCR Seite 1 von 2 · Qualität: mittel ---
Arbeitgeberbesch einigung zum Antrag auf Elterngeld
(Nachweis des Einkommens aus nichtselbststä ndiger Arbeit)

Arbeitgeber: Westfa1en K1inikverbund GmbH , Personalabtei1ung , Beurhausstr. 4O , 44137 Dortmund
Ansprechpartnerin: Fr. [[P:Schu1ze-Berndt]] , Te1. [[TEL:0231 9 53-1 87 22]]

Arbeitnehmerin   :  [[P:Yasemin Yeşi1yurt]]
Geburtsdatum     :  [[DOB:3O.O4.1992]]
Sozia1vers.-Nr.  :  [[RV:{RV_4}]]
Anschrift        :  [[STR:Rheinische Str. 17O]] , [[LOC:44147 Dortrnund]]
beschäftigt seit :  O1.O9.2O19 a1s Gesundheits- und Krankenpf1egerin, Vo11zeit
Mutterschutzfrist:  14.O7.2O26 – 2O.1O.2O26
Tag der Entbindung: [[DOB:25.O8.2O26]]
Kind             :  [[P:Ela Deniz Yeşi1yurt]]

{
        rows(
            [13, 14, 14, 12],
            ("Monat", "brutto EUR", "netto EUR", "Steuerkl."),
            ("O7/2O25", "3.412,5O", "2.2O1,18", "IV"),
            ("O8/2O25", "3.412,5O", "2.2O1,18", "IV"),
            ("O9/2O25", "3.498,OO", "2.247,O3", "IV"),
        )
    }
. . .   (Fortsetzung Seite 2)

Dortmund, 28.1O.2O26       i. A. [[P:Schu1ze-Berndt]]      [Stempe1 unleserlich]
""",
    keep=[
        "Westfa1en K1inikverbund GmbH",
        "Beurhausstr. 4O , 44137 Dortmund",
        "Mutterschutzfrist:  14.O7.2O26 – 2O.1O.2O26",
        "3.412,5O",
    ],
)

pii(
    "ocr_scan",
    """
[Eingangsstempel: STADT HAMM – STANDESAMT – 03. NOV. 2026]
Vermerk: zu Anmeldung Eheschließung [[P:Kapanadze]] / [[P:Hülsmann]], Az. [[AZ:E 412/2026]]

B eglaubigte Übersetzung aus dem Georgischen
------------------------------------------------
GEBURTSURKUNDE                     Serie I-TB  Nr. [[AZ:0718 334]]

Fami1ienname ........ [[P:KAPANADZE]]
Vorname ............. [[P:TAMAR]]
Geburtsdatum ........ [[DOB:14. Februar 1996]] (vierzehnter Februar neunzehnhundert-
                      sechsundneunzig)
Geburtsort .......... [[LOC:Tbilisi]], Georgien

Vater ............... [[P:KAPANADZE, Levan]], geb. [[DOB:1968]]
Mutter .............. [[P:KAPANADZE, Eka]], geb. [[P:GELASHVILI]]

Datum der Eintragung: 20.02.1996
Ausstellende Stelle: Agentur für öffentliche Dienste des Justizministeriums
------------------------------------------------
Die Richtigkeit und Vollständigkeit vorstehender Übersetzung aus der georgischen
Sprache wird bescheinigt. Ermächtigt beim Landgericht Köln.
Köln, den 22.10.2026                       [Siegel]  [Unterschrift unleser1ich]

~~ Seite 1 /1 ~~  II ll I| 1l
""",
    keep=[
        "Landgericht Köln",
        "Datum der Eintragung: 20.02.1996",
        "Köln, den 22.10.2026",
        "Agentur für öffentliche Dienste",
    ],
)

pii(
    "ocr_scan",
    """
»Stadt Oberhausen – Bereich Recht und Ordnung – Gewerbeangelegenheiten«   [OCR, 2 Seiten zusammengeführt]

Antrag auf Ertei1ung einer Reisegewer bekarte (§ 55 GewO)

1. Name:  [[P:Ferrara]]          Vorname(n):  [[P:Salvatore]]
2. geb. am: [[DOB:O9.12.l97l]]     in: [[LOC:Ca1tanissetta]] (Ita1ien)
3. Wohnung: [[STR:Lirichstr. 1O4]] , [[LOC:46O47 Oberhausen]]
4. Te1efon: [[TEL:O2O8 – 6 3O 41 12]]
5. Ausweis: Carta d'identità Nr. [[PASS:CA48213FK]]
6. Tätigkeit: Messer- und Scherensch1eifen , Verkauf von Schneidwaren auf Wochenrnärkten
   und vor Geschäften ( ambu1ant , mit Fahrzeug)
7. Fahrzeug: Ford Transit, amt1. Kennz. [[KFZ:OB-SF 1971]]
8. Steuernumrner: [[TAX:124/5067/0883]]  (Finanzamt Oberhausen-Süd)
9. Bisherige Wohnorte (5 Jahre): [[LOC:Mü1heim-Styrum]] (bis 2O23) , davor [[LOC:Gelsenkirchen-Ückendorf]]

Beigefügt: 1 Lichtbi1d , Führungszeugnis (Be1egart O) beantragt am 2O.1O.2O26,
Auskunft Gewerbezentra1register beantragt.

Gebühr: 15O,OO EUR – Zah1ung bei Aushändigung.

27.1O.2O26        Unterschrift: [[P:S. Ferrara]]
    |  ' ..  "Bearb.: 32/3 – [[P:Tenbusch]] "   ..  ;
""",
    keep=["§ 55 GewO", "Finanzamt Oberhausen-Süd", "15O,OO EUR", "Gewerbezentra1register"],
)

# ---------------------------------------------------------------------------------------------
# Documents with personal data: faxes
# ---------------------------------------------------------------------------------------------

pii(
    "fax",
    f"""
05/11/2026 16:47   FAX +49 201 24 79 11-9    KANZLEI AM HAUPTBAHNHOF         S. 001/002

                        T E L E F A X
An:        Stadt Essen, Stadtkasse – Vollstreckung      Fax: 0201 88-2 20 19
Von:       Rechtsanwalt Dr. [[P:Volker Ansorge]]
Seiten:    2 (inkl. Deckblatt)

Vollstreckungssache Stadt Essen ./. [[P:Dragan Ilić]]
Kassenzeichen: [[AZ:2.1100.778031.4]]
Unser Zeichen: [[AZ:VS 0311/26]]

Sehr geehrte Damen und Herren,

wir vertreten Herrn [[P:Dragan Ilić]], geb. [[DOB:27.07.1983]], [[STR:Altenessener Str. 77]], [[LOC:45326 Essen]].

Mit Pfändungs- und Einziehungsverfügung vom 29.10.2026 haben Sie das Konto unseres Mandanten bei
der Sparkasse Essen, IBAN [[IBAN:{iban("DE", "36050105" + "0007719345")}]], gepfändet. Das Konto ist seit
dem 02.11.2026 als Pfändungsschutzkonto geführt. Auf dem Konto gehen ausschließlich das Kindergeld
für die Tochter [[P:Mila Ilić]] (geb. [[DOB:03.02.2016]]) und Arbeitslosengeld ein.

Wir beantragen, die Verfügung aufzuheben, und bieten eine Ratenzahlung von 50,00 EUR monatlich an.
Die Ehefrau unseres Mandanten, Frau [[P:Snežana Ilić]], lebt seit der Trennung in [[LOC:Kragujevac]]
und leistet keinen Unterhalt.

Mit freundlichen Grüßen
[[P:Ansorge]]
Rechtsanwalt
""",
    keep=[
        "KANZLEI AM HAUPTBAHNHOF",
        "FAX +49 201 24 79 11-9",
        "Fax: 0201 88-2 20 19",
        "Pfändungsschutzkonto",
        "50,00 EUR monatlich",
    ],
)

pii(
    "fax",
    """
04-NOV-2026 11:02  FROM: SENIORENZENTRUM HAUS LINDENHOF  +49 2361 40 88-50   TO: 023615018  P.1/1

Telefax an: Stadt Recklinghausen, Fachbereich Soziales – Hilfe zur Pflege

Antrag auf Übernahme ungedeckter Heimkosten (Hilfe zur Pflege, §§ 61 ff. SGB XII)
Bewohner: Herr [[P:Friedrich-Wilhelm Osterkamp]]
geb.: [[DOB:19.03.1936]]            Pflegegrad: 4 (seit 01.09.2026)
Einzug: 15.10.2026, Zimmer 1.12 (Einzelzimmer)
Frühere Anschrift: [[STR:Dortmunder Str. 212]], [[LOC:45665 Recklinghausen]]
Pflegekasse: Knappschaft, Versichertennummer [[AZ:O216439871]]
bisherige BG-Nummer (Grundsicherung): [[AZ:35811//0018274]]

Monatliches Heimentgelt: 4.612,80 EUR, Eigenanteil nach Leistung der Pflegekasse 2.944,27 EUR.
Einkommen: Knappschaftsrente 1.684,10 EUR, Betriebsrente 212,00 EUR. Vermögen nach Angabe der
Tochter aufgebraucht.

Ansprechpartnerin der Familie: Tochter Frau [[P:Gabriele Osterkamp-Nienhaus]], [[LOC:Haltern am See]],
Tel. [[TEL:02364 / 50 81 93]], gesetzliche Betreuerin (Amtsgericht Recklinghausen, Az. [[AZ:8 XVII 411/25]]).

Die Unterlagen (Heimvertrag, Rentenbescheide, Kontoauszüge) folgen per Post.

Mit freundlichen Grüßen
Verwaltung Haus Lindenhof, i. A. [[P:Sommerfeld]]
""",
    keep=[
        "SENIORENZENTRUM HAUS LINDENHOF",
        "+49 2361 40 88-50",
        "4.612,80 EUR",
        "§§ 61 ff. SGB XII",
        "Amtsgericht Recklinghausen",
    ],
)

pii(
    "fax",
    """
2026-11-03 19:38   Fax von [[TEL:02325 / 7 91 46]]   an 0232316-2999   Seite 01/01

Ehrenamtlicher Betreuer
[[P:Hans-Peter Gohlke]]
[[STR:Dorfstraße 41]]
[[LOC:44629 Herne]]
Tel. / Fax [[TEL:02325 / 7 91 46]]

An das Bürgerbüro Herne – per Fax –

Betreuung für Herrn [[P:Kevin Oberschelp]], geb. [[DOB:30.09.1998]]
Amtsgericht Herne, Betreuungsgericht, Az. [[AZ:XVII 123/24]]

Sehr geehrte Damen und Herren,

ich bin seit dem 14.02.2024 zum Betreuer von Herrn [[P:Oberschelp]] bestellt (Aufgabenkreise: Behörden,
Vermögen, Wohnungsangelegenheiten; Betreuerausweis anbei). Herr [[P:Oberschelp]] ist am 01.11.2026 aus
der Wohngruppe in [[LOC:Herne-Börnig]] in eine eigene Wohnung gezogen:

    [[STR:Castroper Straße 139, App. 4]], [[LOC:44628 Herne]]

Die Wohnungsgeberbestätigung liegt bei. Ich bitte um einen Termin zur Ummeldung und gleichzeitig
zur Beantragung eines neuen Personalausweises (der alte, Nr. [[ID:T02K7HN48]], ist verloren gegangen,
Verlustanzeige bei der Polizei vom 28.10.2026, Tagebuchnummer [[AZ:1187/26/0412]]).

Herr [[P:Oberschelp]] kann wegen seiner Behinderung nur vormittags und nur mit Begleitung kommen.

Mit freundlichen Grüßen
[[P:H.-P. Gohlke]]
""",
    keep=[
        "0232316-2999",
        "Betreuungsgericht",
        "Wohngruppe",
        "Verlustanzeige bei der Polizei vom 28.10.2026",
    ],
)

# ---------------------------------------------------------------------------------------------
# Documents with personal data: short tables and lists inside letters
# ---------------------------------------------------------------------------------------------

pii(
    "letter_table",
    f"""
[[P:Marlies Tenhagen]]
[[STR:Bergstraße 12]]
[[LOC:45721 Haltern am See]]

Stadt Dorsten
Friedhofsverwaltung
Halterner Straße 5
46284 Dorsten

                                                                      31. Oktober 2026
Familiengrab auf dem Friedhof Hardt, Feld 9, Nr. 14–16
Ihr Zeichen: [[AZ:67-NR-1979/0221]]

Sehr geehrte Damen und Herren,

das Nutzungsrecht an unserem Familiengrab läuft im März 2027 ab. Ich bin seit dem Tod meines
Bruders [[P:Klemens]] die Nutzungsberechtigte und möchte das Recht verlängern. In der Grabstätte
liegen:

{
        rows(
            [26, 14, 14, 16],
            ("Name", "geboren", "gestorben", "Verhältnis"),
            ("[[P:Tenhagen, Bernhard]]", "[[DOB:02.11.1911]]", "19.04.1979", "Großvater"),
            ("[[P:Tenhagen, Maria]]", "[[DOB:23.07.1915]]", "07.01.1998", "Großmutter"),
            ("[[P:Tenhagen, Josef]]", "[[DOB:14.05.1939]]", "30.08.2012", "Vater"),
            ("[[P:Tenhagen, Klemens]]", "[[DOB:08.12.1964]]", "11.06.2025", "Bruder"),
        )
    }

Meine Mutter, [[P:Anni Tenhagen]] geb. [[P:Schulte-Wessendorf]] (*[[DOB:1941]]), lebt heute bei meiner
Schwester in [[LOC:Coesfeld]] und möchte später ebenfalls hier beigesetzt werden. Deshalb brauchen wir
die Verlängerung um 20 Jahre für alle drei Stellen.

Bitte teilen Sie mir die Kosten mit. Ich bin erreichbar unter [[TEL:02364 – 1 58 83]].

Mit freundlichen Grüßen
[[P:Marlies Tenhagen]]
""",
    keep=[
        "Friedhofsverwaltung",
        "Halterner Straße 5",
        "Friedhof Hardt, Feld 9, Nr. 14–16",
        "um 20 Jahre",
        "gestorben",
    ],
)

pii(
    "letter_table",
    f"""
[[P:Samira Haddou]]
[[STR:Prosperstraße 19]]
[[LOC:46238 Bottrop]]
Tel. [[TEL:02041 – 7 74 02 36]]

Stadt Bottrop
Fachbereich Soziales – Bildung und Teilhabe
Gladbecker Straße 66
46236 Bottrop
                                                                          02.11.2026

Antrag auf Leistungen für Bildung und Teilhabe – Kinderzuschlag-Bescheid liegt bei

Sehr geehrte Damen und Herren,

wir bekommen seit September Kinderzuschlag von der Familienkasse (Kindergeldnummer
[[AZ:235FK418772]]). Für unsere drei Kinder beantrage ich folgende Leistungen:

{
        pipe_rows(
            [16, 10, 26, 34],
            ("Kind", "geb.", "Schule / Kita", "Leistung"),
            (
                "[[P:Yanis Haddou]]",
                "[[DOB:04.03.2012]]",
                "Willy-Brandt-Gesamtschule",
                "Klassenfahrt Winterberg, 289,00 EUR",
            ),
            (
                "[[P:Lina Haddou]]",
                "[[DOB:20.11.2015]]",
                "GS Fuhlenbrock, OGS",
                "Mittagessen, Schulbedarf",
            ),
            ("[[P:Adam Haddou]]", "[[DOB:09.06.2021]]", "Kita Regenbogen", "Mittagessen"),
        )
    }

Mein Mann [[P:Karim Haddou]] (geb. [[DOB:11.01.1985]]) arbeitet als Busfahrer, ich bin in Elternzeit.
Bis Juli haben wir in [[LOC:Gladbeck-Rentfort]] gewohnt, dort hatten wir schon BuT (alte Nummer
[[AZ:BuT-GLA-2025-0447]]).

Das Geld für die Klassenfahrt soll bitte direkt an die Schule gehen, Zahlungsfrist ist der 20.11.2026.

Mit freundlichen Grüßen
[[P:S. Haddou]]
""",
    keep=[
        "Bildung und Teilhabe",
        "Willy-Brandt-Gesamtschule",
        "289,00 EUR",
        "der 20.11.2026",
        "Gladbecker Straße 66",
    ],
)

pii(
    "letter_table",
    """
Familie [[P:Achterfeld]]
[[STR:Mendener Straße 38]], [[LOC:45470 Mülheim an der Ruhr]]

An die Stadt Mülheim an der Ruhr
Amt für Kinder, Jugend und Schule – Elternbeiträge
Hans-Böckler-Platz 5
45468 Mülheim an der Ruhr

den 28.10.2026

Elternbeiträge OGS und Kita – Antrag auf Geschwisterermäßigung
Beitragskonto OGS: [[AZ:OGS-45-0071182]]

Sehr geehrte Damen und Herren,

für das laufende Schul- und Kindergartenjahr beantragen wir die Geschwisterermäßigung. Folgende
Kinder besuchen gleichzeitig eine beitragspflichtige Einrichtung:

  • [[P:Henri Achterfeld]], * [[DOB:17.01.2016]] – OGS Grundschule am Dichterviertel, Klasse 4a
  • [[P:Greta Achterfeld]], * [[DOB:05.09.2018]] – OGS Grundschule am Dichterviertel, Klasse 2b
  • [[P:Ida Achterfeld]], * [[DOB:22.02.2022]] – Kita Sonnenblume, Beitragsnummer [[AZ:KB-2024-1183]]

Nach der Beitragssatzung ist nur für das Kind mit dem höchsten Beitrag zu zahlen. Wir zahlen
derzeit für alle drei Kinder zusammen 412,00 EUR im Monat.

Das gemeinsame Einkommen hat sich nicht geändert; die Bescheinigung des Arbeitgebers meines Mannes
[[P:Florian]] liegt bei. Ich selbst arbeite seit August bei meinem Vater in dessen Steuerbüro in
[[LOC:Oberhausen-Osterfeld]].

Mit freundlichen Grüßen
[[P:Katharina Achterfeld]]
[[MAIL:k.achterfeld@arcor.de]]
""",
    keep=[
        "Elternbeiträge",
        "Hans-Böckler-Platz 5",
        "412,00 EUR",
        "Grundschule am Dichterviertel",
        "den 28.10.2026",
    ],
)

# ---------------------------------------------------------------------------------------------
# Documents with personal data: chat and messenger transcripts
# ---------------------------------------------------------------------------------------------

pii(
    "chat",
    """
Live-Chat Bürgerservice Stadt Witten · Sitzung A7F3-2291 · 05.11.2026
Gast-IP: [[IP:46.114.7.201]] · Kanal: Website

[09:14:02] System: Willkommen im Chat des Bürgerservice! Servicezeiten Mo–Fr 8–16 Uhr.
[09:14:30] Gast: hallo ich hab meinen perso verloren was muss ich machen
[09:14:52] [[P:Tanja R.]] (Bürgerservice): Guten Morgen! Das tut mir leid. Sie brauchen eine
           Verlustanzeige und einen Termin für einen neuen Ausweis. Wo haben Sie ihn verloren?
[09:15:40] Gast: keine ahnung, vllt im bus. bin [[P:Dennis Pohl]], geb [[DOB:12.9.1996]], wohne [[STR:Wideystr. 4]]
           seit märz, vorher [[LOC:Sprockhövel-Haßlinghausen]]
[09:16:05] Gast: die nummer war [[ID:LJ4R7H2X9]] glaub ich, hab n foto davon
[09:16:48] [[P:Tanja R.]] (Bürgerservice): Danke. Die Verlustanzeige können Sie direkt beim Termin
           machen. Freie Termine gibt es im Bürgerbüro Rathaus ab dem 10.11. Der neue Ausweis kostet
           37,00 EUR, der vorläufige Ausweis 10,00 EUR.
[09:17:20] Gast: kann meine freundin [[P:lara]] den abholen? die heißt [[P:Lara Sänger]], tel [[TEL:0176 2299 0413]]
[09:17:55] [[P:Tanja R.]] (Bürgerservice): Ja, mit einer schriftlichen Vollmacht und ihrem eigenen
           Ausweis. Soll ich Ihnen die Infos per Mail schicken?
[09:18:10] Gast: ja [[MAIL:dennis.pohl96@gmx.de]]
[09:18:31] System: Der Chat wurde beendet. Transkript an Gast gesendet.
""",
    keep=["Bürgerbüro Rathaus", "37,00 EUR", "10,00 EUR", "Servicezeiten Mo–Fr 8–16 Uhr"],
)

pii(
    "chat",
    """
Von: [[P:Birgit Kalthoff]] <[[MAIL:birgit.kalthoff@t-online.de]]>
An: ordnungsamt@bochum.de
Datum: 03.11.2026 07:22
Betreff: Müll und Sperrmüll im Keller – Brandschutz – Haus [[STR:Hattinger Str. 211]]

Guten Morgen, anbei der Verlauf aus unserer Hausgruppe, damit Sie sehen, wie lange das schon geht.
Der Vermieter (Hausverwaltung Ruhrblick GmbH) reagiert nicht. Ich wohne im 1. OG links.
[[P:B. Kalthoff]], [[TEL:0234 33 48 12]]

--- WhatsApp-Chat „Haus [[STR:Hattinger 211]] 🏠“ (Export) ---
[02.11.26, 18:03] [[P:Birgit Kalthoff]]: Da steht schon wieder der ganze Müll im Kellergang 😡 Matratzen, Sofa, Farbeimer!!
[02.11.26, 18:05] [[TEL:+49 176 88201345]]: das ist nicht von uns
[02.11.26, 18:07] [[P:Birgit Kalthoff]]: @[[P:Andrzej]] von wem denn dann? Ihr seid doch grad umgezogen
[02.11.26, 18:09] [[P:Andrzej W.]]: wir haben alles zum Wertstoffhof gebracht, fragt mal 3. OG rechts
[02.11.26, 18:12] [[P:Jens Wübbeler]] (Hausmeister): Das Sofa ist von Familie [[P:Rademacher]]?? hab ich gesehn wie sie das runtergetragen haben
[02.11.26, 18:14] [[P:Ole R.]]: wir haben sperrmüll angemeldet für den 16.11., bleibt bis dahin da
[02.11.26, 18:15] [[P:Birgit Kalthoff]]: Das ist ein Fluchtweg!!! Wenn's brennt kommt keiner raus
[02.11.26, 18:20] [[P:Jens Wübbeler]] (Hausmeister): ich kann das nicht alleine wegtragen, mein Rücken
[02.11.26, 21:47] [[TEL:+49 176 88201345]]: 👍
""",
    keep=["ordnungsamt@bochum.de", "Hausverwaltung Ruhrblick GmbH", "Wertstoffhof", "Fluchtweg"],
)


# ---------------------------------------------------------------------------------------------
# PII-free documents
# ---------------------------------------------------------------------------------------------

clean(
    "letter_formal",
    """
Stadt Bochum · Tiefbauamt · Hans-Sachs-Straße 10 · 44787 Bochum

An die Anliegerinnen und Anlieger
der Josef-Baumann-Straße (Hausnummern 1–63)
                                                                      Bochum, 02.11.2026

Erneuerung der Fahrbahn und der Gehwege in der Josef-Baumann-Straße
Vollsperrung vom 16.11.2026 bis voraussichtlich 18.12.2026

Sehr geehrte Damen und Herren,

die Stadt Bochum erneuert ab dem 16.11.2026 die Fahrbahn und die Gehwege zwischen der
Kemnader Straße und der Einmündung Markstraße. Die Arbeiten führt die Ruhrbau Straßen- und
Tiefbau GmbH (Amtsgericht Bochum, HRB 9231) aus. Während der Bauzeit ist die Straße für den
Durchgangsverkehr gesperrt; die Zufahrt zu den Grundstücken bleibt mit Ausnahme einzelner Tage
möglich, die wir Ihnen mit Handzetteln eine Woche vorher ankündigen.

Die Müllabfuhr erfolgt unverändert; bitte stellen Sie die Tonnen an die Ecke Markstraße.
Die Haltestelle „Baumann-Straße“ der Linie 346 wird in die Markstraße verlegt.

Bei Fragen erreichen Sie die Bauleitung über das Baustellentelefon 0234 910-3600 oder per
E-Mail an strassenbau@bochum.de. Eine Anliegerversammlung findet am 10.11.2026 um 18:00 Uhr
im Bürgerhaus Querenburg statt.

Mit freundlichen Grüßen
Ihr Tiefbauamt
""",
    keep=[
        "Tiefbau GmbH (Amtsgericht Bochum, HRB 9231)",
        "0234 910-3600",
        "strassenbau@bochum.de",
        "am 10.11.2026 um 18:00 Uhr",
    ],
)

clean(
    "letter_formal",
    """
Stadt Herne – Fachbereich Kinder-Jugend-Familie – Kindertagesbetreuung

An alle Eltern der städtischen Kindertageseinrichtungen
                                                                            04.11.2026

Warnstreik am Donnerstag, 12.11.2026 – Notbetreuung

Liebe Eltern,

die Gewerkschaft ver.di hat die Beschäftigten im Sozial- und Erziehungsdienst für Donnerstag,
den 12.11.2026, zu einem ganztägigen Warnstreik aufgerufen. Wir rechnen damit, dass die meisten
städtischen Kitas an diesem Tag geschlossen bleiben.

Eine Notbetreuung bieten wir in der Kita Friedrich-Fröbel-Haus und der Kita Sonnenschein an,
vorrangig für Kinder von Eltern in der Pflege, bei Polizei und Feuerwehr sowie von
Alleinerziehenden ohne andere Betreuungsmöglichkeit. Bitte melden Sie Ihren Bedarf bis
Montag, 09.11.2026, 12:00 Uhr, bei der Leitung Ihrer Einrichtung an.

Die Elternbeiträge für den Streiktag werden nicht erstattet, da es sich um einen einzelnen Tag
handelt (§ 6 Abs. 4 der Elternbeitragssatzung).

Allgemeine Fragen beantwortet das Servicetelefon der Kindertagesbetreuung, 02323 16-3939,
montags bis freitags von 8 bis 14 Uhr, oder kita-service@herne.de.

Mit freundlichen Grüßen
Fachbereich Kinder-Jugend-Familie
""",
    keep=[
        "Kita Friedrich-Fröbel-Haus",
        "Montag, 09.11.2026, 12:00 Uhr",
        "02323 16-3939",
        "kita-service@herne.de",
        "§ 6 Abs. 4 der Elternbeitragssatzung",
    ],
)

clean(
    "letter_formal",
    """
STADT DORTMUND · DER OBERBÜRGERMEISTER · Ordnungsamt

Allgemeinverfügung über ein Verbot des Mitführens und Abbrennens von Pyrotechnik
in Teilen der Innenstadt zum Jahreswechsel 2026/2027

Aufgrund des § 14 Abs. 1 des Ordnungsbehördengesetzes NRW (OBG) und des § 24 der Ersten
Verordnung zum Sprengstoffgesetz wird Folgendes verfügt:

1. In der Zeit vom 31.12.2026, 18:00 Uhr, bis zum 01.01.2027, 06:00 Uhr, ist das Mitführen und
   Abbrennen pyrotechnischer Gegenstände der Kategorie F2 im Bereich Alter Markt, Hansaplatz,
   Friedensplatz und Westenhellweg (zwischen Kampstraße und Hansastraße) verboten.
2. Die sofortige Vollziehung wird angeordnet.
3. Die Allgemeinverfügung gilt am Tag nach ihrer Bekanntmachung als bekanntgegeben.

Rechtsbehelfsbelehrung:
Gegen diese Allgemeinverfügung kann innerhalb eines Monats nach ihrer Bekanntgabe Klage beim
Verwaltungsgericht Gelsenkirchen, Bahnhofsvorplatz 3, 45879 Gelsenkirchen, erhoben werden.

Dortmund, 03.11.2026
Der Oberbürgermeister
Im Auftrag
Ordnungsamt – Abteilung Gefahrenabwehr
""",
    keep=[
        "§ 14 Abs. 1 des Ordnungsbehördengesetzes NRW (OBG)",
        "Kategorie F2",
        "Verwaltungsgericht Gelsenkirchen, Bahnhofsvorplatz 3, 45879 Gelsenkirchen",
        "Dortmund, 03.11.2026",
    ],
)

clean(
    "press_release",
    """
PRESSEMITTEILUNG der Stadt Gelsenkirchen                                   Nr. 418/2026 · 05.11.2026

Bürgercenter Buer ab Dezember auch samstags geöffnet – mehr Termine für Ausweise und Pässe

Ab dem 5. Dezember 2026 öffnet das Bürgercenter Buer (Goldbergplatz 2) zusätzlich jeden ersten
und dritten Samstag im Monat von 9 bis 13 Uhr. Damit reagiert die Stadt auf die hohe Nachfrage
nach Terminen für Personalausweise, Reisepässe und Meldebescheinigungen vor den Ferien.

„Wir wollen, dass niemand wochenlang auf einen Termin warten muss“, sagt der Oberbürgermeister.
„Die Samstagstermine sind vor allem für Berufstätige gedacht.“

Termine können online unter www.gelsenkirchen.de/termine oder telefonisch über die Behördennummer
115 gebucht werden. Spontane Vorsprachen sind nur für Notfälle möglich, etwa bei einem
kurzfristig verlorenen Ausweis vor einer Reise.

Öffnungszeiten Bürgercenter Buer ab Dezember:
Mo, Di, Do  8:00 – 16:00 Uhr
Mi          8:00 – 18:00 Uhr
Fr          8:00 – 12:00 Uhr
Sa (1./3.)  9:00 – 13:00 Uhr

Pressekontakt: Referat Kommunikation, presse@gelsenkirchen.de, Telefon 0209 169-2311
""",
    keep=[
        "Nr. 418/2026",
        "Goldbergplatz 2",
        "115 gebucht werden",
        "presse@gelsenkirchen.de",
        "0209 169-2311",
    ],
)

clean(
    "press_release",
    """
Stadt Hagen · Pressestelle · 02.11.2026

Ausstellung „Friedrich Harkort und der Aufbruch an der Ruhr“ im Stadtmuseum

Vom 14. November 2026 bis zum 28. Februar 2027 zeigt das Stadtmuseum Hagen die Ausstellung
„Friedrich Harkort und der Aufbruch an der Ruhr“. Der Unternehmer und Politiker Friedrich Harkort
(1793–1880), der 1819 in der Burg Wetter eine der ersten Maschinenfabriken Deutschlands gründete,
gilt als „Vater des Ruhrgebiets“. Die Schau zeigt Briefe, Zeichnungen und Modelle aus dem Bestand
des Westfälischen Wirtschaftsarchivs und erinnert auch an die Arbeiterinnen und Arbeiter der
frühen Fabriken.

Zur Eröffnung am Freitag, 13.11.2026, um 18 Uhr spricht die Kulturdezernentin. Schulklassen
können kostenlose Führungen über museumspaedagogik@stadt-hagen.de buchen. Der Eintritt beträgt
6 Euro, ermäßigt 3 Euro; Kinder und Jugendliche bis 18 Jahre haben freien Eintritt.

Das Stadtmuseum liegt im Kulturzentrum Museumsplatz 3, 58095 Hagen, und ist dienstags bis
sonntags von 11 bis 18 Uhr geöffnet.
""",
    keep=[
        "(1793–1880)",
        "Westfälischen Wirtschaftsarchivs",
        "museumspaedagogik@stadt-hagen.de",
        "Museumsplatz 3, 58095 Hagen",
        "6 Euro, ermäßigt 3 Euro",
    ],
)

clean(
    "press_release",
    """
Gemeinsame Pressemitteilung · EWG Essener Wirtschaftsförderungsgesellschaft mbH und
IHK zu Essen · 04.11.2026

Gründungstag Ruhr 2026 auf Zollverein: 60 Aussteller, kostenlose Erstberatung

Am Samstag, 21. November 2026, findet von 10 bis 16 Uhr der Gründungstag Ruhr in der Halle 12 des
UNESCO-Welterbes Zollverein statt (Gelsenkirchener Straße 181, 45309 Essen). Rund 60 Aussteller –
Banken, Kammern, Förderinstitute und Beratungsnetzwerke – informieren über Finanzierung,
Rechtsformen und Förderprogramme.

Partner sind unter anderem die Sparkasse Essen, die NRW.BANK und die Gründerlabor Ruhr GmbH
(Amtsgericht Essen, HRB 31877). In Kurzvorträgen geht es um die Wahl zwischen Einzelunternehmen,
GbR und UG, um den Gründungszuschuss und um die ersten Schritte beim Gewerbeamt.

Die Teilnahme ist kostenlos; eine Anmeldung unter gruendungstag@ewg.de wird empfohlen.

Pressekontakt: EWG – Kommunikation, Telefon 0201 82024-0
""",
    keep=[
        "Gelsenkirchener Straße 181, 45309 Essen",
        "Gründerlabor Ruhr GmbH",
        "HRB 31877",
        "gruendungstag@ewg.de",
        "0201 82024-0",
    ],
)

clean(
    "council_paper",
    """
Stadt Recklinghausen                                                 Drucksache Nr. 0412/2026
Beschlussvorlage                                                     öffentlich

Beratungsfolge:
  Ausschuss für Stadtentwicklung und Umwelt   24.11.2026   Vorberatung
  Rat der Stadt                               14.12.2026   Entscheidung

Betreff: Bebauungsplan Nr. 287 „Quartier am Kaiserwall“ – Aufstellungsbeschluss und
frühzeitige Beteiligung der Öffentlichkeit gemäß § 3 Abs. 1 BauGB

Beschlussvorschlag:
1. Für den Bereich zwischen Kaiserwall, Herzogswall und der Dr.-Sieber-Straße wird die Aufstellung
   des Bebauungsplans Nr. 287 beschlossen.
2. Die Verwaltung wird beauftragt, die frühzeitige Beteiligung durchzuführen.

Sachverhalt:
Das ehemalige Kaufhausgrundstück (Gemarkung Recklinghausen, Flur 41) steht seit 2023 leer. Die
Eigentümerin, die Vestische Projektentwicklung GmbH & Co. KG, beabsichtigt eine gemischte Nutzung
mit rund 140 Wohnungen, davon 30 % öffentlich gefördert, einer Kita mit vier Gruppen und
Einzelhandel im Erdgeschoss. Die Planung entspricht dem Integrierten Handlungskonzept
Innenstadt (Drucksache 0198/2024).

Finanzielle Auswirkungen: keine; die Planungskosten trägt die Vorhabenträgerin
(städtebaulicher Vertrag vom 30.09.2026).
""",
    keep=[
        "Drucksache Nr. 0412/2026",
        "Bebauungsplan Nr. 287",
        "§ 3 Abs. 1 BauGB",
        "Vestische Projektentwicklung GmbH & Co. KG",
        "Drucksache 0198/2024",
    ],
)

clean(
    "council_paper",
    f"""
Stadt Hamm · Vorlage Nr. 1187/26 · Friedhofsverwaltung

Betreff: 6. Satzung zur Änderung der Friedhofsgebührensatzung – Gebühren ab 01.01.2027

Die Gebühren werden nach der Kalkulation für 2027 wie folgt angepasst:

{
        rows(
            [46, 14, 14],
            ("Leistung", "bisher EUR", "neu EUR"),
            ("Nutzungsrecht Wahlgrab, je Stelle, 25 Jahre", "1.480,00", "1.565,00"),
            ("Nutzungsrecht Urnenwahlgrab, 20 Jahre", "910,00", "975,00"),
            ("Reihengrab Erdbestattung, 20 Jahre", "1.120,00", "1.190,00"),
            ("Baumbestattung (Urne), 20 Jahre", "1.350,00", "1.420,00"),
            ("Benutzung Trauerhalle Südfriedhof", "310,00", "335,00"),
        )
    }

Begründung: Die Kostenunterdeckung 2025 betrug 212.400 EUR. Ursachen sind gestiegene Lohn- und
Energiekosten sowie der anhaltende Trend zu Urnenbestattungen. Der Kostendeckungsgrad soll von
86 % auf 92 % steigen. Die Grabanlage der Familie Mallinckrodt auf dem Ostfriedhof und die
Kriegsgräberstätten bleiben gebührenfrei (Denkmalschutz).

Beratung: Betriebsausschuss 19.11.2026, Haupt- und Finanzausschuss 26.11.2026, Rat 08.12.2026
""",
    keep=[
        "Vorlage Nr. 1187/26",
        "212.400 EUR",
        "Grabanlage der Familie Mallinckrodt",
        "Rat 08.12.2026",
        "1.565,00",
    ],
)

clean(
    "council_paper",
    """
Niederschrift über die 14. Sitzung der Bezirksvertretung Wattenscheid
am 22.10.2026, 17:00 Uhr, Sitzungssaal des Rathauses Wattenscheid, Freiheitstraße 4

Anwesend: 15 von 17 Mitgliedern, Vertreterinnen und Vertreter der Verwaltung
Vorsitz: der Bezirksbürgermeister

TOP 1  Eröffnung, Feststellung der Beschlussfähigkeit
       Der Bezirksbürgermeister eröffnet die Sitzung um 17:02 Uhr und stellt die Beschlussfähigkeit fest.

TOP 2  Einwohnerfragestunde
       Eine Einwohnerin fragt nach der Sanierung des Spielplatzes im Stadtgarten. Die Verwaltung
       sagt eine schriftliche Antwort bis zur nächsten Sitzung zu.

TOP 3  Anfrage der Fraktion Bündnis 90/Die Grünen zur Radverkehrsanlage Hochstraße
       (Drucksache 20262317). Die Verwaltung berichtet, dass die Markierung im Frühjahr 2027 erfolgt.

TOP 4  Benennung einer Straße im Neubaugebiet „Sommerdellen“
       Beschluss: Die Planstraße A erhält den Namen „Gertrud-Bäumer-Weg“. (einstimmig)

TOP 5  Verschiedenes – keine Wortmeldungen

Ende der Sitzung: 18:41 Uhr
Für die Richtigkeit: Schriftführung, Bezirksverwaltungsstelle Wattenscheid
""",
    keep=[
        "Freiheitstraße 4",
        "Drucksache 20262317",
        "Gertrud-Bäumer-Weg",
        "18:41 Uhr",
        "Bezirksverwaltungsstelle Wattenscheid",
    ],
)

clean(
    "notice",
    """
STANDESAMT HERNE – Öffnungszeiten und Trauorte 2027

Standesamt im Rathaus Herne, Friedrich-Ebert-Platz 2, 44623 Herne
Telefon 02323 16-2222 · standesamt@herne.de

Öffnungszeiten (nur mit Termin)
  Montag bis Mittwoch   8:00 – 12:00 Uhr und 13:30 – 15:30 Uhr
  Donnerstag            8:00 – 12:00 Uhr und 13:30 – 17:30 Uhr
  Freitag               8:00 – 12:00 Uhr

Trauorte
  Trauzimmer im Rathaus Herne        Mo–Fr          Gebühr 80,00 EUR
  Schloss Strünkede, Rittersaal      Fr und Sa      Gebühr 290,00 EUR
  Heimatmuseum Unser Fritz           Sa             Gebühr 240,00 EUR
  Akademie Mont-Cenis, Wintergarten  Fr            Gebühr 260,00 EUR

Die Anmeldung der Eheschließung ist frühestens sechs Monate vor dem Wunschtermin möglich.
Die Termine für 2027 werden ab dem 04.01.2027, 8:00 Uhr, vergeben.
An Heiligabend und Silvester bleibt das Standesamt geschlossen.
""",
    keep=[
        "Friedrich-Ebert-Platz 2, 44623 Herne",
        "02323 16-2222",
        "standesamt@herne.de",
        "Schloss Strünkede, Rittersaal",
        "ab dem 04.01.2027, 8:00 Uhr",
    ],
)

clean(
    "notice",
    """
*** Wahlhelferinnen und Wahlhelfer gesucht! ***

Für die Landtagswahl am 14. Mai 2027 sucht die Stadt Witten rund 900 Helferinnen und Helfer für
die 62 Wahllokale und 18 Briefwahlvorstände.

Was Sie erwartet:
 • Einsatz am Wahlsonntag von 7:30 Uhr bis ca. 20:00 Uhr (Schichtmodell möglich)
 • Erfrischungsgeld: 50 Euro (Beisitz), 70 Euro (Vorsitz)
 • Schulung im April 2027 in der Aula des Albert-Martmöller-Gymnasiums

Voraussetzungen: wahlberechtigt, mindestens 16 Jahre alt

Anmeldung: online unter www.witten.de/wahlhelfer, per E-Mail an wahlamt@stadt-witten.de oder
telefonisch 02302 581-1140 (Wahlamt, Mo–Do 8–15 Uhr, Fr 8–12 Uhr).

Wahlamt der Stadt Witten · Rathaus, Marktstraße 16, 58452 Witten
""",
    keep=[
        "14. Mai 2027",
        "50 Euro (Beisitz)",
        "Albert-Martmöller-Gymnasiums",
        "wahlamt@stadt-witten.de",
        "02302 581-1140",
    ],
)

clean(
    "notice",
    """
Schadstoffmobil – Termine Dezember 2026 (Bezirk Mitte und Nord)
USB Umweltservice Bochum GmbH im Auftrag der Stadt Bochum

  Di 01.12.  08:00–09:30  Parkplatz Kirmesplatz Hiltrop
  Di 01.12.  10:00–11:30  Schulhof Grundschule Gerthe, Heinrichstraße
  Do 03.12.  08:00–09:30  Marktplatz Harpen
  Do 03.12.  10:00–11:30  Parkplatz Freibad Werne
  Sa 05.12.  09:00–12:00  Wertstoffhof Havkenscheider Straße

Angenommen werden haushaltsübliche Mengen (bis 20 Liter je Abfallart): Farben und Lacke,
Batterien, Energiesparlampen, Spraydosen mit Restinhalt, Chemikalien, Pflanzenschutzmittel.
Nicht angenommen: Altöl, Asbest, Gasflaschen, Feuerwerkskörper.

Sperrmüllabholung: Termin online unter www.usb-bochum.de oder Service-Telefon 0234 3336-0.
""",
    keep=[
        "USB Umweltservice Bochum GmbH",
        "Wertstoffhof Havkenscheider Straße",
        "bis 20 Liter",
        "0234 3336-0",
    ],
)

clean(
    "email",
    """
Von: IT-Service Stadtverwaltung <it-service@stadt-hagen.de>
An: Fachbereich Jugend und Soziales <fb55-sekretariat@stadt-hagen.de>; Bürgeramt <buergeramt@stadt-hagen.de>
Datum: 04.11.2026 07:30
Betreff: [CHG-2026-0884] Austausch der Etagendrucker, Rathaus II, 3. und 4. OG

Guten Morgen,

am Montag, 09.11.2026, tauschen wir zwischen 7:00 und 9:00 Uhr die Etagendrucker im Rathaus II aus.
Die neuen Geräte erhalten die bisherigen Namen und IP-Adressen:

  RH2-OG3-PR01   10.62.3.21   Flur 3. OG, neben Raum 3.08
  RH2-OG3-PR02   10.62.3.22   Kopierraum 3.15
  RH2-OG4-PR01   10.62.4.21   Flur 4. OG

Der Druckserver print02 (10.62.0.12) und die Scan-to-Mail-Adresse scan@stadt-hagen.de bleiben
unverändert. Gedruckte Aufträge, die bis Freitag, 06.11.2026, 16:00 Uhr, nicht abgeholt sind,
werden gelöscht.

Störungen bitte über das Ticketsystem oder die Hotline 02331 207-5555.

Ihr IT-Service
""",
    keep=[
        "[CHG-2026-0884]",
        "10.62.3.21",
        "print02 (10.62.0.12)",
        "scan@stadt-hagen.de",
        "02331 207-5555",
    ],
)

clean(
    "email",
    """
Von: Wirtschaftsförderung Oberhausen <newsletter@wirtschaft-oberhausen.de>
An: Verteiler Unternehmensnetzwerk
Datum: 03.11.2026 10:00
Betreff: Unternehmensnewsletter November 2026

Liebe Unternehmerinnen und Unternehmer,

drei Nachrichten aus dem Standort Oberhausen:

1. Neuansiedlung im Gewerbegebiet Weierheide: Die Rheintal Verpackungstechnik GmbH (Amtsgericht
   Duisburg, HRB 33412) baut bis 2028 ein Logistikzentrum mit rund 120 Arbeitsplätzen.
2. Das Förderprogramm „Digital.Handwerk.Ruhr“ läuft bis zum 31.03.2027; Zuschuss bis 15.000 EUR.
3. Unternehmerfrühstück am 26.11.2026 um 8:00 Uhr im Gasometer-Foyer, Arenastraße 11, mit einem
   Vortrag der Sparkasse Oberhausen zu Energiekosten.

Ihre Ansprechstelle für Flächenanfragen: flaechen@wirtschaft-oberhausen.de, Telefon 0208 82 45 70.

Abmelden: Antwort mit „Abmelden“ im Betreff.
""",
    keep=[
        "Rheintal Verpackungstechnik GmbH",
        "HRB 33412",
        "bis 15.000 EUR",
        "Arenastraße 11",
        "flaechen@wirtschaft-oberhausen.de",
    ],
)

clean(
    "email",
    """
Von: Ordnungsamt – Veranstaltungen <veranstaltungen@gelsenkirchen.de>
An: Feuerwehr Leitstelle <leitstelle@gelsenkirchen.de>; Polizei GE, Einsatzplanung <einsatzplanung.gelsenkirchen@polizei.nrw.de>; GELSENDIENSTE <info@gelsendienste.de>
Datum: 05.11.2026 13:14
Betreff: Erinnerung: Sicherheitsbesprechung Weihnachtsmarkt Buer, 12.11.2026

Sehr geehrte Damen und Herren,

wir erinnern an die Sicherheitsbesprechung zum Weihnachtsmarkt Buer (Laufzeit 19.11.–23.12.2026)
am Donnerstag, 12.11.2026, 10:00 Uhr, im Hans-Sachs-Haus, Raum 2.108.

Themen: Zufahrtsschutz (mobile Sperren an Hochstraße und De-la-Chevallerie-Straße), Rettungswege,
Sanitätsdienst, Glasverbot, Verkehrsführung der Buslinien 380 und 383.

Für die Absperrung werden die Dienstfahrzeuge GE-3310 und GE-3311 eingesetzt; sie stehen ab 18.11.
auf dem Parkplatz Goldbergplatz.

Mit freundlichen Grüßen
Ordnungsamt – Sachgebiet Veranstaltungen
""",
    keep=[
        "Weihnachtsmarkt Buer",
        "Hans-Sachs-Haus, Raum 2.108",
        "De-la-Chevallerie-Straße",
        "Dienstfahrzeuge GE-3310 und GE-3311",
        "veranstaltungen@gelsenkirchen.de",
    ],
)

clean(
    "email_thread",
    """
Von: Baumkontrolle Süd <baumkontrolle-sued@bochum.de>
An: Tiefbauamt – Gehwegunterhaltung <gehwege@bochum.de>
Datum: 03.11.2026 11:20
Betreff: AW: Wurzelschäden Marie-Curie-Weg, Baum-Nr. BO-11-02217

Hallo zusammen,

die Platane BO-11-02217 ist vital und standsicher (Kontrolle vom 28.10.2026). Wir empfehlen,
die Gehwegplatten im Wurzelbereich durch wassergebundene Decke zu ersetzen statt die Wurzeln zu
kappen. Ein Ortstermin ist am 10.11.2026 um 9 Uhr möglich.

Baumkontrolle Süd, Umwelt- und Grünflächenamt

> Von: gehwege@bochum.de
> Gesendet: 30.10.2026 08:47
> Betreff: Wurzelschäden Marie-Curie-Weg, Baum-Nr. BO-11-02217
>
> Im Marie-Curie-Weg vor der Anne-Frank-Grundschule heben die Wurzeln der Platane auf ca. 12 m²
> die Gehwegplatten an (Mängelmeldung 2026-31877, Stolperkante bis 4 cm). Die Stelle ist
> provisorisch mit Baken gesichert. Bitte um Stellungnahme, ob Wurzelschnitt möglich ist.
>
> Tiefbauamt – Gehwegunterhaltung
""",
    keep=[
        "Baum-Nr. BO-11-02217",
        "Marie-Curie-Weg",
        "Anne-Frank-Grundschule",
        "Mängelmeldung 2026-31877",
        "am 10.11.2026 um 9 Uhr",
    ],
)

clean(
    "email_thread",
    """
Von: Stadtkasse Dortmund – Zahlungsverkehr <zahlungsverkehr@stadtdo.de>
An: Firmenkundenservice Sparkasse Dortmund <firmenkunden@sparkasse-dortmund.de>
Datum: 02.11.2026 15:02
Betreff: AW: Umstellung SEPA-Lastschriftdateien auf pain.008.001.08 zum 16.11.2026

Sehr geehrte Damen und Herren,

vielen Dank. Wir bestätigen den Testlauf am 10.11.2026 mit der Testdatei LS-TEST-2026-11 (12.000
Sätze). Einreicher bleibt die Stadt Dortmund mit der Gläubiger-ID DE12ZZZ00000045678; die
Sammler werden wie bisher nach Fälligkeiten (15.02., 15.05., 15.08., 15.11.) gebildet.

Mit freundlichen Grüßen
Stadtkasse – Zahlungsverkehr

> Am 29.10.2026 schrieb firmenkunden@sparkasse-dortmund.de:
> Sehr geehrte Damen und Herren,
> ab dem 16.11.2026 nehmen wir Lastschriftdateien nur noch im Format pain.008.001.08 an. Bitte
> testen Sie vorab über den EBICS-Testzugang (Host-ID SPKDO-T). Unser Firmenkunden-Service ist
> unter 0231 183-2200 erreichbar.
> Ihre Sparkasse Dortmund, Firmenkundenservice
""",
    keep=[
        "pain.008.001.08",
        "Gläubiger-ID DE12ZZZ00000045678",
        "LS-TEST-2026-11",
        "0231 183-2200",
        "Host-ID SPKDO-T",
    ],
)

clean(
    "web_form",
    """
Mängelmelder Recklinghausen – Meldung 2026-22914
Kategorie: Straße / Schlagloch
Ort: Castroper Straße, stadtauswärts, Höhe Bushaltestelle „Hochlarmark Schacht“
Eingang: 04.11.2026 06:58 · Kanal: App · Melder: anonym (keine Kontaktdaten angegeben)

Beschreibung:
Tiefes Schlagloch (ca. 40 x 60 cm) direkt am Bordstein, Radfahrer müssen auf die Fahrbahn
ausweichen. Bei Regen nicht zu sehen.

Fotos: 2
Status: an Tiefbau – Straßenunterhaltung weitergeleitet (Kolonne Süd)
Priorität: hoch (Verkehrssicherung)
Öffentliche Antwort: „Vielen Dank für Ihre Meldung. Die Stelle wird bis 06.11.2026 provisorisch
verfüllt.“
""",
    keep=[
        "Meldung 2026-22914",
        "Hochlarmark Schacht",
        "Melder: anonym",
        "Kolonne Süd",
        "bis 06.11.2026",
    ],
)

clean(
    "web_form",
    """
Formularvorlage (Export aus dem Formularserver, Stand 01.11.2026)
Formular-ID: BB-ANM-07 · Titel: Anmeldung einer Wohnung · Fachverfahren: MESO
Server: forms-prod-01 (10.40.8.11) · Version 7.3

Feldliste:
  f01  Familienname                  Text, Pflicht
  f02  Vornamen                      Text, Pflicht
  f03  Geburtsdatum                  Datum TT.MM.JJJJ, Pflicht
  f04  Geburtsort                    Text, Pflicht
  f05  Neue Anschrift                Straße, Hausnummer, PLZ, Ort – Pflicht
  f06  Bisherige Anschrift           Straße, Hausnummer, PLZ, Ort, Staat
  f07  Wohnungsgeberbestätigung      Upload PDF/JPG, max. 10 MB
  f08  Telefon (freiwillig)          Text
  f09  E-Mail für Rückfragen         E-Mail

Hinweistext f05: „Bitte geben Sie die Anschrift genau so an, wie sie im Mietvertrag steht.“
Datenschutzhinweis: Verantwortlich ist die Stadt Mülheim an der Ruhr, Bürgeramt,
Viktoriaplatz 17–19, 45468 Mülheim an der Ruhr; Datenschutzbeauftragte: datenschutz@muelheim-ruhr.de
""",
    keep=[
        "BB-ANM-07",
        "forms-prod-01 (10.40.8.11)",
        "Datum TT.MM.JJJJ",
        "datenschutz@muelheim-ruhr.de",
        "Viktoriaplatz 17–19",
    ],
)

clean(
    "paper_form",
    """
Stadt Essen – Amt für Straßen und Verkehr – Sondernutzungen
ANTRAG AUF SONDERNUTZUNGSERLAUBNIS (Gerüst / Container / Baustelleneinrichtung)

1 Antragsteller (Firma):   Rüttenscheider Gerüstbau GmbH
                           Rellinghauser Straße 312, 45136 Essen
                           Amtsgericht Essen, HRB 24719
                           Telefon (Zentrale) 0201 27 10 50 · dispo@ruettenscheider-geruestbau.de
2 Ort der Nutzung:         Zweigertstraße 41 (Gehweg vor dem Gebäude, 14,0 m x 1,5 m)
3 Art der Nutzung:         ☒ Fassadengerüst   ☐ Container   ☐ Baustofflagerung   ☐ Kran
4 Zeitraum:                16.11.2026 bis 29.01.2027
5 Bauherr:                 Allbau GmbH, Kastanienallee 29–31, 45127 Essen
6 Verkehrssicherung:       Fußgängernotweg auf der Fahrbahn, Beschilderung nach Regelplan B I/4

Gebühr nach Sondernutzungssatzung Tarifstelle 4.2: 21 m² × 13 Wochen × 1,10 EUR = 300,30 EUR

Ort, Datum: Essen, 02.11.2026                 Firmenstempel / Unterschrift: (Stempel)
""",
    keep=[
        "Rüttenscheider Gerüstbau GmbH",
        "HRB 24719",
        "dispo@ruettenscheider-geruestbau.de",
        "300,30 EUR",
        "Regelplan B I/4",
    ],
)

clean(
    "paper_form",
    """
STADT BOTTROP · BÜRGERBÜRO
Antrag auf Ausstellung eines Führungszeugnisses (§ 30 BZRG) – Vordruck 21/07

Angaben zur Person (bitte in Druckbuchstaben)
Familienname: ______________________  Geburtsname: ______________________
Vorname(n):   ______________________  Geburtsdatum: __.__.____
Geburtsort:   ______________________  Staatsangehörigkeit: ______________
Anschrift:    ____________________________________________________________

Art des Führungszeugnisses:
☐ Privatführungszeugnis (Belegart N)     ☐ erweitertes Führungszeugnis (§ 30a BZRG)
☐ zur Vorlage bei einer Behörde (Belegart O) – Behörde: ______________________

Gebühr: 13,00 EUR (Befreiung bei ehrenamtlicher Tätigkeit auf Antrag)

Hinweis: Das Führungszeugnis wird vom Bundesamt für Justiz, 53094 Bonn, ausgestellt und Ihnen
in der Regel innerhalb von zwei Wochen zugesandt. Bürgerbüro Bottrop, Ernst-Wilczok-Platz 1,
Telefon 02041 70-3333, buergerbuero@bottrop.de
""",
    keep=[
        "§ 30 BZRG",
        "Vordruck 21/07",
        "13,00 EUR",
        "Bundesamt für Justiz, 53094 Bonn",
        "02041 70-3333",
    ],
)

clean(
    "aktenvermerk",
    """
Aktenvermerk – Ortsbesichtigung Spielplatz Kurt-Schumacher-Park
Grünflächenamt Herne, Spielplatzkontrolle · Datum: 03.11.2026, 09:30–10:15 Uhr
Anlass: jährliche Hauptinspektion nach DIN EN 1176-7 · Dienstfahrzeug HER-2287

Ergebnisse:
1. Seilbahn: Laufkatze mit erhöhtem Spiel, sofort gesperrt (Gerätenummer SP-14-07).
2. Fallschutz unter der Doppelschaukel: Holzhackschnitzel auf 18 cm abgesunken, nachfüllen.
3. Sandkasten: Glasscherben, Grobreinigung durch Stadtgrün-Kolonne Nord am 04.11.
4. Hinweisschild mit Notrufnummer und Spielplatz-ID HER-SP-114 fehlt, Neubestellung.

Die Sperrung der Seilbahn wurde mit Flatterband und Schild gesichert. Ersatzteil beim Hersteller
Kompan GmbH angefragt (Angebot bis 13.11.2026). Die Bezirksvertretung Herne-Mitte wird in der
Sitzung am 26.11.2026 informiert.

Spielplatzkontrolle, Fachbereich Umwelt und Stadtplanung
""",
    keep=[
        "DIN EN 1176-7",
        "Dienstfahrzeug HER-2287",
        "Gerätenummer SP-14-07",
        "HER-SP-114",
        "Kompan GmbH",
    ],
)

clean(
    "aktenvermerk",
    """
Vermerk über die Abstimmung zum Gründerzentrum „Werkhalle Ost“
Teilnehmende: Wirtschaftsförderung (Leitung und Gründungsberatung), Immobilienmanagement,
Handwerkskammer Dortmund (Gründungsberatung), Phoenix Campus Betriebs-GmbH
Datum: 29.10.2026, 14:00–15:30 Uhr, Rathaus, Raum 212

1. Belegung: 19 von 24 Werkstatteinheiten vermietet, Warteliste 7 Anfragen (Stand 27.10.2026).
2. Mietpreis ab 01.01.2027: 6,80 EUR/m² netto kalt für Gründungen bis 3 Jahre, danach 8,40 EUR/m².
3. Die Phoenix Campus Betriebs-GmbH (Amtsgericht Dortmund, HRB 28817) übernimmt ab 2027 das
   Facility-Management; Vertragsentwurf bis 20.11.2026.
4. Gründungssprechstunde der Handwerkskammer künftig jeden zweiten Dienstag vor Ort.
5. Nächster Termin: 10.12.2026, 14:00 Uhr.

Verteiler: Teilnehmende, Dezernat für Wirtschaft
""",
    keep=[
        "Werkhalle Ost",
        "6,80 EUR/m²",
        "HRB 28817",
        "10.12.2026, 14:00 Uhr",
        "Handwerkskammer Dortmund",
    ],
)

clean(
    "ocr_scan",
    """
[OCR · Amtsblatt der Stadt Witten · Nr. 41/2026 · Seite 3]

Öffent1iche Bekanntmachung

Bebauungsp1an Nr. 2 64 „Gewerbegebiet Stockum-Ost“ – Satzungsbesch1uss

Der Rat der Stadt Witten hat in seiner Sitzung am 2O.1O.2O26 den Bebauungsp1an Nr. 264
gemäß § 1O BauGB a1s Satzung beschlossen. Der P1an kann ab sofort im Techn ischen Rathaus,
Annenstraße 111 , 58453 Witten , Zimmer 2O4 , während der Dienststunden eingesehen werden.

Mit dieser Bekanntmachung tritt der Bebauungsp1an in Kraft (§ 1O Abs. 3 BauGB).

Witten, 27.1O.2O26
Der Bürgermeister
. .  '  ~  |  Amtsb1att erscheint wöchent1ich · Bezug über www.witten.de/amtsb1att
""",
    keep=[
        "Amtsblatt der Stadt Witten · Nr. 41/2026",
        "Stockum-Ost",
        "Annenstraße 111 , 58453 Witten",
        "Witten, 27.1O.2O26",
    ],
)

clean(
    "ocr_scan",
    """
[Scan · Aushang Friedhofsverwaltung · OCR-Qua1ität: niedrig]

GEDENKSTUNDE ZUM VO LKSTRAUERTAG
Sonntag , 15. November 2O26 , 11:3O Uhr
Ehrenfriedhof am Wei1er Hagen – Mahnma1 für die Opfer von Krieg und Gewa1t

Es sprechen: der Oberbürgermeister und ein Vertreter des Vo1ksbundes Deutsche
Kriegsgräberfürsorge e. V.
Musika1ische Beg1eitung: Po1izeimusikkorps NRW

Im Anschluss Kranz nieder1egung am Gedenkstein für die Geschwister Scho11
(Erinnerungsort der Schu1en) und am Denkmal für Heinrich Heine (1797–1856) im Stadtpark.

Der Friedhof ist am 15.11. ab 1O Uhr nur über den Haupteingang Eppenhauser Straße zugäng1ich.
~ ' | ; .  Friedhofsverwa1tung Hagen , Te1. O2331 2O7-4O7O
""",
    keep=[
        "15. November 2O26 , 11:3O Uhr",
        "Kriegsgräberfürsorge e. V.",
        "Heinrich Heine (1797–1856)",
        "Eppenhauser Straße",
        "O2331 2O7-4O7O",
    ],
)

clean(
    "fax",
    """
05.11.2026 07:58   +49 209 95 77 40-99   NORDSTERN TIEFBAU GMBH                S. 1/1

TELEFAX an: Stadt Gelsenkirchen, Referat Verkehr – Verkehrsrechtliche Anordnungen
            Fax 0209 169-4898

Betreff: Verkehrsrechtliche Anordnung VA-2026-1172 – Kanalbaustelle Florastraße
         Verlängerung der Vollsperrung bis 27.11.2026

Sehr geehrte Damen und Herren,

wegen eines unerwarteten Leitungsfundes (Gasleitung DN 150, nicht in den Plänen der ELE
Verteilnetz GmbH verzeichnet) verzögern sich die Arbeiten im Abschnitt Florastraße zwischen
Bismarckstraße und Ringstraße um etwa zwei Wochen. Wir beantragen die Verlängerung der
Anordnung VA-2026-1172 bis zum 27.11.2026. Die Beschilderung bleibt unverändert nach dem
genehmigten Verkehrszeichenplan VZP-03.

Nordstern Tiefbau GmbH · Emscherstraße 48 · 45891 Gelsenkirchen
Amtsgericht Gelsenkirchen HRB 11026 · Zentrale 0209 95 77 40-0 · bauleitung@nordstern-tiefbau.de
""",
    keep=[
        "NORDSTERN TIEFBAU GMBH",
        "VA-2026-1172",
        "Verteilnetz GmbH",
        "HRB 11026",
        "bauleitung@nordstern-tiefbau.de",
    ],
)

clean(
    "letter_table",
    f"""
Stadt Dortmund · Grünflächenamt · Kleingartenwesen
An die Vorstände der Kleingartenvereine im Stadtbezirk Hörde               02.11.2026

Pachtzinsen, Wasserablesung und Termine 2027

Sehr geehrte Vorstände,

für das Pachtjahr 2027 gelten folgende Sätze und Termine:

{
        rows(
            [34, 22],
            ("Position", "Betrag / Termin"),
            ("Pachtzins je m² Gartenfläche", "0,28 EUR"),
            ("Umlage Gemeinschaftsflächen je m²", "0,05 EUR"),
            ("Wasserablesung (Zählerstände an uns)", "bis 15.01.2027"),
            ("Fälligkeit Pachtzins", "01.03.2027"),
            ("Begehung Stadtbezirk Hörde", "22.04.2027, 10 Uhr"),
        )
    }

Die Begehung beginnt an der Anlage „Am Phoenix-See“, Treffpunkt Vereinsheim. Fragen richten Sie
bitte an kleingaerten@stadtdo.de oder an die Zentrale des Grünflächenamtes, 0231 50-2 88 00.

Mit freundlichen Grüßen
Grünflächenamt – Kleingartenwesen
""",
    keep=[
        "Kleingartenwesen",
        "0,28 EUR",
        "bis 15.01.2027",
        "kleingaerten@stadtdo.de",
        "0231 50-2 88 00",
    ],
)

clean(
    "letter_table",
    f"""
Stadt Herne · Fachbereich Schule und Weiterbildung
An die Schulleitungen der weiterführenden Schulen                          04.11.2026

Anmeldezahlen für die Jahrgangsstufe 5 – Schuljahr 2027/28 (Stand Vorjahr und Kapazitäten)

Sehr geehrte Schulleiterinnen und Schulleiter,

zur Vorbereitung des Anmeldeverfahrens vom 08. bis 12.02.2027 übersenden wir die Übersicht:

{
        pipe_rows(
            [36, 14, 12],
            ("Schule", "Anmeld. 2026", "Züge 2027"),
            ("Otto-Hahn-Gymnasium", "138", "4"),
            ("Haranni-Gymnasium", "112", "4"),
            ("Mont-Cenis-Gesamtschule", "201", "6"),
            ("Erich-Fried-Gesamtschule", "177", "6"),
            ("Realschule Crange", "96", "3"),
        )
    }

Bitte melden Sie uns Abweichungen bei den Zügen bis 20.11.2026 an schulentwicklung@herne.de.
Die Schulkonferenzen sind über die Termine zu informieren.

Mit freundlichen Grüßen
Fachbereich Schule und Weiterbildung – Schulentwicklungsplanung
""",
    keep=[
        "Otto-Hahn-Gymnasium",
        "Erich-Fried-Gesamtschule",
        "vom 08. bis 12.02.2027",
        "schulentwicklung@herne.de",
    ],
)

clean(
    "chat",
    """
Chatbot „Frag Hagen“ · Sitzung 8c1e-77 · 04.11.2026 · anonym (keine Anmeldung)

[16:02:11] Bot: Hallo! Ich beantworte Fragen zu Dienstleistungen der Stadt Hagen. Bitte geben Sie
           keine persönlichen Daten ein.
[16:02:40] Nutzer: wann hat das bürgeramt am samstag auf
[16:02:42] Bot: Das Bürgeramt im Rathaus an der Volme, Rathausstraße 13, ist samstags von 9 bis
           12 Uhr geöffnet (nur mit Termin). Termine: www.hagen.de/termine oder Telefon 115.
[16:03:15] Nutzer: und was kostet ein führerschein umtausch
[16:03:17] Bot: Der Pflichtumtausch eines Führerscheins kostet 25,30 EUR. Zuständig ist die
           Führerscheinstelle im Straßenverkehrsamt, Eilper Straße 132–136.
[16:03:50] Nutzer: danke
[16:03:51] Bot: Gern geschehen! War die Antwort hilfreich? 👍 👎
[16:03:58] Nutzer: 👍
""",
    keep=["Rathausstraße 13", "25,30 EUR", "Eilper Straße 132–136", "Telefon 115"],
)

clean(
    "phone_note",
    """
TELEFONNOTIZ – Bereitschaft Tiefbau                               06.11.2026, 05:40 Uhr

Anruf: Leitstelle der Stadtwerke Witten (Störungsannahme, 02302 9173-0)
Betrifft: Wasserrohrbruch Ruhrstraße, Höhe Einmündung Bergerstraße

Inhalt: Hauptleitung DN 200 gebrochen, Fahrbahn auf ca. 15 m unterspült. Stadtwerke haben den
Abschnitt abgesperrt, Reparatur voraussichtlich bis 08.11.2026. Buslinie 371 wird über die
Husemannstraße umgeleitet (Info an Bogestra-Leitstelle erfolgt).

Veranlasst: Verkehrssicherung durch Bauhof (Fahrzeug EN-WI 412 vor Ort), Meldung an das
Ordnungsamt und die Feuerwehr-Leitstelle. Nachkontrolle der Fahrbahn nach Abschluss der Reparatur.
aufgenommen: Bereitschaftsdienst Tiefbau
""",
    keep=[
        "02302 9173-0",
        "Hauptleitung DN 200",
        "Buslinie 371",
        "Fahrzeug EN-WI 412",
        "Bereitschaftsdienst Tiefbau",
    ],
)

sys.exit(CORPUS.main(OUT, {"pii": 70, "clean": 30}))
