"""Build the eighth German PII redaction development corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev8/build_dev8.py

This is a DEVELOPMENT set: it may be read, run and tuned on. It was written without sight of the
redactor's rules, its benchmark or the held-out corpora. It aims at FALSE POSITIVES on PII-free
administrative text, the redactor's weakest point, and at ordinary letters. Half of the set are
PII-free documents of realistic length (600-2,500 characters) full of strings a redactor may
wrongly take for personal data: press releases and council papers naming streets, squares,
schools, foundations, prizes, buildings, ships, trams and stops after persons
(Willy-Brandt-Platz, Gertrud-Bäumer-Realschule, Friedrich-Ebert-Stiftung, Zeche Zollverein,
Haltestelle Bergmannsheil); event listings with venues and addresses and titles of works with
person-like words ("Don Giovanni", "Hänsel und Gretel", "Der kleine Prinz"); firm directories
and property exposés with firms named after founders, HRB numbers, switchboards and functional
mailboxes; timetables with stop names; tender notices, statutes, fee schedules, general rulings
and land-use plans with their numbers; job ads with Kennziffern; release notes, change logs and
server inventories with IP addresses and hostnames; fleet lists with municipal plates;
statistics with district names and a first-name ranking; menus with dishes named after persons;
street renamings; historical texts about persons of history; museum, library, hospital and
school lists; weather warnings with storm names; opening hours; parking rules; and templates
with placeholders and specimen names. The other half are letters and e-mails of citizens (many
origins, names in prose, addresses, phone numbers, IBANs, dates of birth, file numbers with and
without cue words), letters whose personal data sit among many public names (a neighbour who
shares a surname with a school's namesake, a landlord firm named after its founder), internal
notes and e-mail chains, and tables.

Every document is written out individually below. Personal strings are marked inline as
``[[TYPE:text]]``; the script strips the markup and computes the offsets, so no offset is ever
written by hand. Short aliases may be used for the type:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Steuer-IDs, IBANs and Rentenversicherungsnummern are generated with check-digit-valid helper
functions (``steuer_id``, ``iban``, ``rv_nummer``) and inserted with f-strings.

Annotation conventions (those of the development sets, as in build_dev7.py, with notes on the
traps of this set):
  - salutations, titles and roles ("Herr", "Frau", "Dr.", "Familie", "Oberbürgermeister") stay
    outside a PERSON span; particles belonging to the surname are inside; "Nachname, Vorname" is
    one span; a name inside an e-mail address is annotated only as part of the EMAIL_ADDRESS;
    names of natural persons (citizens, staff, judges, lawyers, landlords, architects) are
    annotated wherever they occur, in signatures and salutations as well;
  - public names are not personal: streets, squares, schools, foundations, prizes, buildings,
    ships, trams, stations and stops named after persons ("Willy-Brandt-Platz",
    "Gertrud-Bäumer-Realschule", "Friedrich-Ebert-Stiftung", "MS Friedrich Harkort",
    "Haltestelle Bergmannsheil"), titles of works and their characters ("Don Giovanni",
    "Hänsel und Gretel", "Der kleine Prinz"), dishes ("Strammer Max"), saints' days, storm names
    and first-name statistics. When a private person shares a name part with such a public name
    (a neighbour "Klaus Bäumer" next to the Gertrud-Bäumer-Realschule), the person is annotated
    every time and the public name is not; the document allows that name part;
  - persons of history (Friedrich Grillo, Alfried Krupp, Louis Baare, composers, writers,
    architects, long-dead mayors) named in a historical context are not annotated: they are
    public figures of the past, not persons whose data an administration processes. dev7 makes
    no exception for living public office holders, so none is made here: a living
    Oberbürgermeister or prize winner named in a draft press release is PERSON. The PII-free
    documents therefore name offices only by their role ("die Oberbürgermeisterin", "der
    Stadtbaurat") and performers only by ensemble;
  - specimen names and placeholders in templates and forms ("Max Mustermann", "Erika
    Mustermann", "[Name]", "«Vorname»", "Musterstraße 1, 12345 Musterstadt") denote no real
    person and are not annotated;
  - firms: the name of a company (GmbH, AG, KG, eG, e.V.) is not personal even when it contains a
    surname ("Kemper & Söhne Wohnbau GmbH"), nor are its HRB/HRA entry, switchboard and
    functional mailbox; the firm name of a sole trader (e.K.) carries the owner's name, which is
    PERSON, its HRA entry is DE_HANDELSREGISTER and its business address is split into
    STREET_ADDRESS and LOCATION like a private address (as in dev7);
  - a private address is split into STREET_ADDRESS (street, number, additions) and LOCATION
    (postal code and town); a town of residence or birthplace alone is LOCATION; a country or a
    nationality is not annotated; addresses, switchboards, hotlines and functional mailboxes of
    authorities, schools, venues and companies are not personal; a staff member's direct line
    and personal mailbox are;
  - file, case, customer, booking and cash-register numbers of a citizen's matter, with or
    without a cue word, are DE_AKTENZEICHEN, the cue word outside; council papers (Vorlagen,
    Drucksachen), Bebauungsplan numbers, the Aktenzeichen of general rulings and statutes,
    tender numbers, job Kennziffern, IT tickets and changes are not;
  - the number of a German or foreign passport is DE_PASSPORT, of a German identity card
    DE_ID_CARD; a person's Steuer-ID or Steuernummer is DE_TAX_ID; a Rentenversicherungsnummer
    is DE_SOCIAL_SECURITY;
  - IP addresses of citizens' devices are personal, addresses of servers, gateways, proxies and
    internal systems are not; plates of private vehicles are DE_KFZ, plates of municipal
    vehicles ("BO-SB 123") are not;
  - only dates of birth are personal; letter dates, deadlines and event dates are not.

Checks: offsets reproduce the span text, spans do not overlap, Steuer-IDs (§ 139b AO) and IBANs
(ISO 13616 MOD 97) are valid, Rentenversicherungsnummern carry a valid check digit, ID-card
numbers use the ID-card alphabet, every keep phrase occurs outside all spans, and every further
occurrence of an annotated string (and of every name part of 3+ letters) is annotated as well,
unless explicitly allowed. In addition this script checks that every PII-free document is
600-2,500 characters long.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from redaction_markup import Corpus  # noqa: E402

OUT = HERE / "corpus.jsonl"
CORPUS = Corpus()
pii = CORPUS.pii
clean = CORPUS.clean


# ---------------------------------------------------------------------------------------------
# Check-digit-valid numbers
# ---------------------------------------------------------------------------------------------


def iban(country: str, bban: str) -> str:
    """IBAN with ISO 13616 MOD 97 check digits, printed in groups of four."""
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def de_iban(blz: str, konto: str) -> str:
    return iban("DE", blz + konto.zfill(10))


def steuer_id(first10: str) -> str:
    """Steuer-Identifikationsnummer (§ 139b AO) with the check digit of ISO 7064 MOD 11,10."""
    product = 10
    for ch in first10:
        s = (int(ch) + product) % 10 or 10
        product = (s * 2) % 11
    check = 11 - product
    d = first10 + str(0 if check == 10 else check)
    return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"


def rv_nummer(area: str, ddmmyy: str, letter: str, serial: str) -> str:
    """Rentenversicherungsnummer: area, date of birth, initial of the birth name, serial, check."""
    digits = area + ddmmyy + f"{ord(letter) - 64:02d}" + serial
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True))
    return f"{area} {ddmmyy} {letter} {serial}{total % 10}"


# personal numbers used in the documents below
IBAN_SZYMANSKI = de_iban("43050001", "33418827")
IBAN_ASANTE = de_iban("36010043", "714482103")
IBAN_KAPLAN = de_iban("43060967", "1184420700")
IBAN_MORETTI = iban("IT", "X0306909606100000118734")
IBAN_GRABE = de_iban("44050199", "7731002")
IBAN_HOANG = de_iban("43050001", "30122874")
IBAN_LUTTER = de_iban("42050001", "101447385")
IBAN_DEMIR = iban("TR", "0006200011100006297518")
IBAN_W1 = de_iban("43050001", "31882044")
IBAN_W2 = de_iban("43070024", "2218870")
IBAN_W3 = de_iban("43060967", "4021199300")
IBAN_W4 = de_iban("36050105", "4711628")
IBAN_W5 = de_iban("43050001", "28830157")
IBAN_HORN = de_iban("43050001", "33067112")
TAX_NOWAK = steuer_id("2719463585")
TAX_BERISHA = steuer_id("5820391743")
TAX_FRANKE = steuer_id("8143072958")
TAX_OKONKWO = steuer_id("3960147225")
TAX_LEHMKUHL = steuer_id("6071938451")
RV_KLUGE = rv_nummer("12", "030958", "K", "51")
RV_NOWAK = rv_nummer("13", "190586", "N", "07")
RV_OKONKWO = rv_nummer("65", "220391", "O", "02")
RV_TKACH = rv_nummer("12", "110875", "T", "53")
RV_FRANKE = rv_nummer("12", "141097", "B", "11")


# ---------------------------------------------------------------------------------------------
# Documents with personal data
# ---------------------------------------------------------------------------------------------

# ----- ordinary letters and e-mails of citizens ------------------------------------------------

# 1 -- objection against the waste fees; cash-register number, USB order number, IBAN
pii(
    "letter",
    f"""
[[P:Hannelore Szymanski]]
[[STR:Am Rosenberg 14]]
[[LOC:44795 Bochum]]
Telefon [[TEL:0234 47 18 92]]

Stadt Bochum
Umwelt- und Grünflächenamt – Abfallgebühren
Hans-Böckler-Straße 19
44777 Bochum

Bochum, 2. November 2026

Widerspruch gegen den Grundbesitzabgabenbescheid 2026 vom 14.10.2026
Kassenzeichen [[AZ:2.3150.447811.6]]

Sehr geehrte Damen und Herren,

hiermit lege ich Widerspruch gegen den oben genannten Bescheid ein, soweit er die
Abfallgebühren betrifft. Die Grundsteuer und die Straßenreinigungsgebühr bestreite ich nicht.

Für mein Haus werden weiterhin zwei Restabfallbehälter mit je 120 Litern berechnet. Seit dem
Auszug meines Sohnes [[P:Dariusz]] im Februar wohne ich allein. Die zweite Tonne habe ich am
3. März 2026 beim USB abgemeldet, sie wurde am 11. März abgeholt. Die Auftragsbestätigung mit
der Nummer [[AZ:USB-2026-AB-03317]] lege ich in Kopie bei.

Bitte berechnen Sie die Gebühr ab April 2026 neu und erstatten Sie den zu viel gezahlten
Betrag von 96,60 € auf mein Konto bei der Sparkasse Bochum:

IBAN [[IBAN:{IBAN_SZYMANSKI}]]
Kontoinhaberin: [[P:Hannelore Szymanski]]

Rückfragen beantworte ich gern vormittags unter der oben genannten Nummer. Mein Sohn hilft mir
bei Behördenschreiben, er ist unter [[TEL:0176 3318 2045]] erreichbar.

Mit freundlichen Grüßen

[[P:Hannelore Szymanski]]

Anlage: Auftragsbestätigung USB vom 03.03.2026
""",
    keep=[
        "Umwelt- und Grünflächenamt – Abfallgebühren",
        "Hans-Böckler-Straße 19",
        "Grundbesitzabgabenbescheid 2026",
        "Sparkasse Bochum",
        "Straßenreinigungsgebühr",
    ],
)

# 2 -- e-mail registering a dog for the dog tax; Bürgergeld number, SEPA mandate
pii(
    "email",
    f"""
Von: [[P:Kwame Asante]] <[[MAIL:k.asante@posteo.de]]>
An: hundesteuer@herne.de
Datum: Mo, 26.10.2026, 09:14
Betreff: Anmeldung Hund – Mischling „Bobo“

Guten Tag,

ich möchte meinen Hund zur Hundesteuer anmelden. Wir haben ihn am 24.10.2026 aus dem Tierheim
Herne-Wanne übernommen, der Schutzvertrag ist im Anhang.

Halter: [[P:Kwame Osei Asante]], geboren am [[DOB:07.03.1985]]
Anschrift: [[STR:Bahnhofstraße 61, 3. Etage]], [[LOC:44623 Herne]]
Telefon: [[TEL:02323 948 1170]]

Hund: Mischling (Labrador/Schäferhund), Rüde, ca. 4 Jahre, Farbe schwarz

Ist eine Ermäßigung möglich? Ich beziehe Bürgergeld, meine BG-Nummer beim Jobcenter Herne ist
[[AZ:35102BG0044871]]. Den Bescheid kann ich nachreichen.

Die Steuer können Sie per Lastschrift einziehen:
IBAN [[IBAN:{IBAN_ASANTE}]], Kontoinhaber [[P:Kwame Osei Asante]]

Brauche ich für einen Hund aus dem Tierheim noch eine Hundemarke von Ihnen, oder gilt die vom
Tierheim weiter?

Viele Grüße
[[P:Kwame Asante]]
""",
    keep=[
        "hundesteuer@herne.de",
        "Tierheim\nHerne-Wanne",
        "Mischling (Labrador/Schäferhund), Rüde",
        "Jobcenter Herne",
        "Hundemarke",
    ],
)

# 3 -- application for a resident parking permit; two private plates
pii(
    "letter",
    f"""
[[P:Emre Kaplan]]
[[STR:Königsallee 48a]]
[[LOC:44789 Bochum]]

Stadt Bochum
Straßenverkehrsamt – Bewohnerparken
Willy-Brandt-Platz 2–6
44777 Bochum

Bochum, 05.11.2026

Antrag auf Bewohnerparkausweis – Bewohnerparkzone E2 (Ehrenfeld)

Sehr geehrte Damen und Herren,

seit dem 1. Oktober 2026 wohne ich in der [[STR:Königsallee 48a]] und bin dort mit
Hauptwohnsitz gemeldet. Ich beantrage einen Bewohnerparkausweis für meinen Pkw mit dem
amtlichen Kennzeichen [[KFZ:BO-EK 2741]]. Das Fahrzeug ist auf mich zugelassen, eine Kopie der
Zulassungsbescheinigung Teil I liegt bei.

Meine Frau [[P:Seda Kaplan]] hat ein eigenes Fahrzeug ([[KFZ:BO-SK 907]]), das bislang noch
auf ihren alten Wohnort [[LOC:Hattingen]] zugelassen ist. Kann sie den Ausweis erst nach der
Umschreibung beantragen, oder geht das gleichzeitig?

Die Gebühr von 120,00 € pro Jahr und Fahrzeug können Sie abbuchen:
IBAN [[IBAN:{IBAN_KAPLAN}]] (Kontoinhaber [[P:Emre Kaplan]]).

Für Rückfragen bin ich unter [[TEL:0157 3810 4426]] oder [[MAIL:emre.kaplan@gmx.de]]
erreichbar. Die Bewohnerparkzone E2 endet laut Ihrem Plan an der Ecke Oskar-Hoffmann-Straße –
gehört unser Haus noch dazu?

Mit freundlichen Grüßen
[[P:Emre Kaplan]]
""",
    keep=[
        "Straßenverkehrsamt – Bewohnerparken",
        "Bewohnerparkzone E2 (Ehrenfeld)",
        "Zulassungsbescheinigung Teil I",
        "Oskar-Hoffmann-Straße",
        "120,00 € pro Jahr und Fahrzeug",
    ],
)

# 4 -- night-time noise complaint; the neighbour is named by surname only
pii(
    "email",
    """
Von: [[MAIL:gabi.wendt64@t-online.de]]
An: ordnungsamt@gelsenkirchen.de
Datum: So, 15.11.2026, 01:48
Betreff: Ruhestörung jedes Wochenende – bitte endlich handeln!!

Sehr geehrte Damen und Herren vom Ordnungsamt,

ich habe mich schon im September an Sie gewandt (Ihr Zeichen [[AZ:32.2-RS-2026-00871]]),
passiert ist seitdem nichts. Der Nachbar über mir, Herr [[P:Kaczmarek]], feiert weiterhin jeden
Freitag und Samstag bis 3 Uhr nachts mit lauter Musik und Gästen auf dem Balkon. Heute ist es
wieder so weit, ich schreibe Ihnen mit Ohrstöpseln.

Ich wohne in der [[STR:Florastraße 112, 2. OG links]], Herr [[P:Kaczmarek]] im 3. OG. Die
Hausverwaltung Emscherwohnen GmbH hat ihn zweimal abgemahnt, ohne Erfolg. Meine Nachbarin
Frau [[P:Ilse Brockhoff]] aus dem Erdgeschoss ist bereit, das zu bezeugen. Ein Lärmprotokoll
seit August hänge ich an.

Ich bitte darum, dass der Kommunale Ordnungsdienst an einem der nächsten Wochenenden
vorbeikommt. Die Hotline 0209 169-3000 war heute Nacht dauerbesetzt.

Mit freundlichen Grüßen
[[P:Gabriele Wendt]]
Mobil [[TEL:0172 8804 5519]]
""",
    keep=[
        "ordnungsamt@gelsenkirchen.de",
        "Hausverwaltung Emscherwohnen GmbH",
        "Kommunale Ordnungsdienst",
        "0209 169-3000",
        "Lärmprotokoll",
    ],
)

# 5 -- housing benefit: documents handed in later; file number without a cue word, tax and RV
pii(
    "letter",
    f"""
[[P:Agnieszka Nowak]]
[[STR:Lessingstraße 9]]
[[LOC:45886 Gelsenkirchen]]

Stadt Gelsenkirchen
Referat Soziales – Wohngeldstelle
Vattmannstraße 2–8
45879 Gelsenkirchen

[[AZ:50/3-WG-2026-11873]]                                      Gelsenkirchen, 20.11.2026

Nachreichung von Unterlagen zu meinem Wohngeldantrag vom 02.10.2026

Sehr geehrte Frau [[P:Terhaar]],

wie am Telefon besprochen reiche ich die fehlenden Angaben und Nachweise nach:

- Steuerliche Identifikationsnummer: [[TAX:{TAX_NOWAK}]]
- Rentenversicherungsnummer: [[RV:{RV_NOWAK}]]
- Lohnabrechnungen August bis Oktober 2026 (Minijob bei der Backstube Ruhr GmbH)
- Kindergeldbescheid der Familienkasse für meine Tochter [[P:Zofia]], geboren am [[DOB:04.12.2015]]

Die Miete hat sich zum 1. November auf 612,00 € warm erhöht. Die Mitteilung der Vermieterin,
Frau [[P:Renate Hülsmann]], liegt in Kopie bei. Bitte berücksichtigen Sie die neue Miete ab
November.

Den Unterhaltsvorschuss für [[P:Zofia]] bekomme ich weiterhin, der Bescheid ist unverändert.

Mit freundlichen Grüßen

[[P:A. Nowak]]

Anlagen: 5
""",
    keep=[
        "Referat Soziales – Wohngeldstelle",
        "Vattmannstraße 2–8",
        "Backstube Ruhr GmbH",
        "Familienkasse",
        "612,00 € warm",
    ],
)

# 6 -- e-mail asking for an extended registration certificate; birthplace, foreign ID card
pii(
    "email",
    """
Von: [[P:Eleni Papadopoulou]] <[[MAIL:eleni.papadopoulou@yahoo.gr]]>
An: buergeramt@essen.de
Betreff: Erweiterte Meldebescheinigung für das Griechische Generalkonsulat

Sehr geehrte Damen und Herren,

für das Griechische Generalkonsulat in Düsseldorf benötige ich eine erweiterte
Meldebescheinigung mit allen früheren Anschriften seit 2005.

Meine Daten: [[P:Eleni Papadopoulou]], geboren am [[DOB:23. Juni 1979]] in [[LOC:Thessaloniki]],
griechische Staatsangehörigkeit, griechischer Personalausweis Nr. [[PASS:AN 418227]].
Heutige Anschrift: [[STR:Rüttenscheider Straße 201]], [[LOC:45131 Essen]] (seit 2011).
Vorher: [[STR:Eppinghofer Str. 77]], [[LOC:45468 Mülheim an der Ruhr]] (2005–2011).

Da ich bis Ende Dezember beruflich in Griechenland bin, möchte ich fragen, ob meine Schwester
[[P:Sofia Papadopoulou]] die Bescheinigung mit einer Vollmacht im Bürgeramt Rüttenscheid abholen
kann. Alternativ bitte per Post an meine Anschrift.

Die Gebühr überweise ich gern vorab. Telefonisch bin ich unter [[TEL:+30 694 118 2275]]
erreichbar (eine Stunde Zeitverschiebung).

Mit freundlichen Grüßen
[[P:Eleni Papadopoulou]]
""",
    keep=[
        "buergeramt@essen.de",
        "Griechische Generalkonsulat in Düsseldorf",
        "erweiterte\nMeldebescheinigung",
        "Bürgeramt Rüttenscheid",
        "eine Stunde Zeitverschiebung",
    ],
)

# 7 -- lost-property enquiry; ID-card number, tram line and stop
pii(
    "letter",
    """
[[P:Jörg Lutter]]
[[STR:Hattinger Straße 305]]
[[LOC:44795 Bochum]]

Stadt Bochum – Fundbüro
Willy-Brandt-Platz 2–6
44777 Bochum

04.11.2026

Verlust meiner Geldbörse am 02.11.2026 in der Straßenbahnlinie 308

Sehr geehrte Damen und Herren,

am Montag, 2. November, habe ich gegen 17:30 Uhr meine Geldbörse in der Linie 308 Richtung
Hattingen verloren, vermutlich zwischen den Haltestellen Bochum Hbf und Wiemelhauser Straße.
Bei der BOGESTRA-Fundstelle ist sie bisher nicht abgegeben worden.

Inhalt der Geldbörse (braunes Leder, Marke „Bugatti“):
- Personalausweis Nr. [[ID:L4HN7K2R9]], ausgestellt von der Stadt Bochum
- Führerschein und Fahrzeugschein für [[KFZ:BO-JL 305]]
- Girocard der Sparkasse (bereits gesperrt)
- etwa 60 € Bargeld, ein Foto meiner Enkelin [[P:Mia]]

Den Personalausweis habe ich noch nicht als verloren gemeldet, weil ich hoffe, dass er
gefunden wird. Bitte teilen Sie mir mit, bis wann ich das tun muss.

Sie erreichen mich unter [[TEL:0234 58 33 107]] oder [[MAIL:j.lutter@web.de]]. Einen
Finderlohn zahle ich selbstverständlich.

Mit freundlichen Grüßen
[[P:Jörg Lutter]]
""",
    keep=[
        "Stadt Bochum – Fundbüro",
        "Linie 308",
        "Wiemelhauser Straße",
        "BOGESTRA-Fundstelle",
        "Girocard der Sparkasse (bereits gesperrt)",
    ],
)

# 8 -- German passport lost abroad; passport number, Spanish police report number without cue
pii(
    "email",
    """
Von: [[P:Lucía Fernández Ortega]] <[[MAIL:lucia.fernandez.o@gmail.com]]>
An: buergerbuero@dortmund.de
Datum: 09.11.2026, 21:05
Betreff: Reisepass in Barcelona gestohlen – neuer Pass dringend

Hallo,

mein deutscher Reisepass wurde am 6. November in Barcelona gestohlen. Die Anzeige bei den
Mossos d'Esquadra hat die Nummer [[AZ:BCN-ME-2026-118442]], die Kopie schicke ich mit.
Das Generalkonsulat in Barcelona hat mir einen Reiseausweis als Passersatz ausgestellt.

Pass-Nr. [[PASS:CF4R81NKT]], ausgestellt 2019 von der Stadt Dortmund
Name: [[P:Fernández Ortega, Lucía]], geb. [[DOB:30.01.1992]] in [[LOC:Lünen]]
Adresse: [[STR:Kaiserstraße 118]], [[LOC:44135 Dortmund]]

Im Januar fliege ich beruflich nach Kanada. Kann ich einen Express-Pass beantragen und wann
gibt es den nächsten Termin? Online finde ich erst Termine im Februar.

Mein Personalausweis ist noch gültig, den bringe ich mit. Biometrisches Foto habe ich.

Danke und viele Grüße
[[P:Lucía Fernández]]
[[TEL:0151 2230 8816]]
""",
    keep=[
        "buergerbuero@dortmund.de",
        "Mossos d'Esquadra",
        "Reiseausweis als Passersatz",
        "Express-Pass",
        "Generalkonsulat in Barcelona",
    ],
)

# 9 -- pension insurance office: account clarification; RV number, old employers, wife
pii(
    "letter",
    f"""
[[P:Dieter Kluge]]
[[STR:Sprockhöveler Straße 22]]
[[LOC:58455 Witten]]
Tel. [[TEL:02302 27 48 19]]

Stadt Witten
Versicherungsamt
Marktstraße 16
58452 Witten

Witten, 11.11.2026

Kontenklärung und Rentenantrag – Bitte um einen Termin

Sehr geehrte Damen und Herren,

die Deutsche Rentenversicherung Knappschaft-Bahn-See hat mir geschrieben, dass in meinem
Versicherungsverlauf Zeiten von 1975 bis 1978 fehlen. Meine Versicherungsnummer lautet
[[RV:{RV_KLUGE}]], geboren bin ich am [[DOB:03.09.1958]] in [[LOC:Sprockhövel]].

In dieser Zeit habe ich meine Ausbildung zum Bergmechaniker auf der damaligen Zeche
Heinrich Robert in Hamm gemacht. Die Ausbildungsnachweise und das Abschlusszeugnis der
Bergberufsschule habe ich noch. Danach war ich bis 2003 bei der Ruhrkohle AG, zuletzt bis
2021 bei der Deutschen Edelstahlwerke GmbH in Witten.

Ich möchte die Kontenklärung und den Antrag auf Altersrente für langjährig Versicherte mit
Ihrer Hilfe stellen. Meine Frau [[P:Waltraud Kluge]] (Versicherungsnummer liegt ihr vor) möchte
gleich mitkommen, weil sie Fragen zur Hinterbliebenenversorgung hat.

Vormittags bin ich immer zu Hause.

Mit freundlichen Grüßen
[[P:Dieter Kluge]]
""",
    keep=[
        "Versicherungsamt",
        "Knappschaft-Bahn-See",
        "Zeche\nHeinrich Robert",
        "Deutschen Edelstahlwerke GmbH",
        "Altersrente für langjährig Versicherte",
    ],
)

# 10 -- sole trader asks about a second shop; e.K. firm name, HRA, Steuernummer
pii(
    "email",
    """
Von: Asia-Imbiss [[P:Hoang]] e.K. <[[MAIL:info@asia-imbiss-hoang.de]]>
An: gewerbeamt@bochum.de
Betreff: Zweite Betriebsstätte – Ummeldung oder Anmeldung?

Sehr geehrte Damen und Herren,

ich betreibe seit 2019 den Asia-Imbiss [[P:Hoang]] e.K. in der [[STR:Dorstener Straße 14]] in
[[LOC:Bochum-Hamme]] (Handelsregister Amtsgericht Bochum, [[HR:HRA 5127]]). Ab Februar 2027 möchte ich
zusätzlich einen Stand im Ruhr Park betreiben.

Muss ich dafür eine neue Gewerbeanmeldung machen oder eine Ummeldung? Und brauche ich eine
Gaststättenerlaubnis, wenn ich nur alkoholfreie Getränke verkaufe?

Inhaberin: [[P:Hoang Thi Lan]], geboren am [[DOB:17.08.1982]] in [[LOC:Hải Phòng]]
Privatanschrift: [[STR:Herner Straße 212]], [[LOC:44809 Bochum]]
Steuernummer: [[TAX:350/5123/4087]]
Handy: [[TEL:0176 9910 2283]]

Die Mitarbeiterin im STARTERCENTER hat gesagt, ich soll bei Ihnen nachfragen. Meine Tochter
[[P:Mai]] hilft mir mit den Formularen, falls etwas unklar ist.

Mit freundlichen Grüßen
[[P:Hoang Thi Lan]]
""",
    keep=[
        "gewerbeamt@bochum.de",
        "Gaststättenerlaubnis",
        "Amtsgericht Bochum",
        "Ruhr Park",
        "STARTERCENTER",
    ],
)

# 11 -- application for a temporary no-parking zone for a move; SEPA
pii(
    "letter",
    f"""
[[P:Ioana Popescu]]
[[STR:Wittener Straße 87]]
[[LOC:44789 Bochum]]
[[MAIL:ioana.popescu@outlook.de]] · [[TEL:0163 442 9107]]

Stadt Bochum
Tiefbauamt – Sondernutzungen / Verkehrsrechtliche Anordnungen
Hans-Böckler-Straße 19
44777 Bochum

Bochum, 12.11.2026

Antrag auf eine Halteverbotszone für einen Umzug am 12.12.2026

Sehr geehrte Damen und Herren,

am Samstag, 12. Dezember 2026, ziehe ich von der [[STR:Wittener Straße 87]] in die
[[STR:Alsenstraße 29]] in [[LOC:44789 Bochum]] um. Ich beantrage an beiden Adressen eine
Halteverbotszone von 15 Metern Länge von 7 bis 18 Uhr.

Den Umzug führt die Brinkhoff Umzüge GmbH durch; das Unternehmen stellt auch die
Beschilderung auf, Ansprechpartner ist die Disposition unter 0234 95 88 00.

Vor dem Haus in der Alsenstraße gibt es einen Radweg und die Bushaltestelle „Alsenstraße“ der
Linie 353. Bitte teilen Sie mir mit, ob die Zone dann auf der gegenüberliegenden Seite
eingerichtet werden muss.

Die Gebühr kann per SEPA-Lastschrift eingezogen werden:
IBAN [[IBAN:{IBAN_LUTTER}]], Kontoinhaberin [[P:Ioana Popescu]].

Mit freundlichen Grüßen
[[P:Ioana Popescu]]
""",
    keep=[
        "Tiefbauamt – Sondernutzungen / Verkehrsrechtliche Anordnungen",
        "Brinkhoff Umzüge GmbH",
        "0234 95 88 00",
        "Linie 353",
        "Halteverbotszone von 15 Metern Länge",
    ],
)

# 12 -- registry office: notice of intended marriage; two birthplaces, a foreign passport
pii(
    "email",
    """
Von: [[P:Julia Brenner]] <[[MAIL:julia.brenner@icloud.com]]>
An: standesamt@hattingen.de
Cc: [[MAIL:rami.haddad.90@gmail.com]]
Betreff: Anmeldung der Eheschließung – welche Unterlagen brauchen wir?

Sehr geehrte Damen und Herren,

mein Verlobter und ich möchten im Juni 2027 im Standesamt im Alten Rathaus Hattingen heiraten
und die Eheschließung anmelden.

Braut: [[P:Julia Marie Brenner]], geb. [[DOB:14.02.1994]] in [[LOC:Velbert]], deutsch, ledig
Bräutigam: [[P:Rami Haddad]], geb. [[DOB:02.10.1990]] in [[LOC:Homs]], syrisch, ledig,
Reisepass Nr. [[PASS:N018847732]], Aufenthaltserlaubnis bis 2028
Gemeinsame Wohnung: [[STR:Bredenscheider Straße 44]], [[LOC:45525 Hattingen]]

[[P:Rami]] hat keine Geburtsurkunde im Original, nur einen Auszug aus dem syrischen
Personenstandsregister von 2015. Reicht das mit Übersetzung, oder brauchen wir eine
eidesstattliche Versicherung? Wir haben gelesen, dass in manchen Fällen eine Befreiung vom
Ehefähigkeitszeugnis beim Oberlandesgericht Hamm beantragt werden muss.

Trauzeugen wollen wir keine. Wir würden gern einen Termin für ein Vorgespräch vereinbaren,
am besten an einem Freitag. Telefon: [[TEL:0177 4019 238]]

Viele Grüße
[[P:Julia Brenner]] und [[P:Rami Haddad]]
""",
    keep=[
        "standesamt@hattingen.de",
        "Standesamt im Alten Rathaus Hattingen",
        "Ehefähigkeitszeugnis",
        "Oberlandesgericht Hamm",
        "eidesstattliche Versicherung",
    ],
)

# 13 -- cemetery administration: extension of a grave; grave number as file number, IBAN
pii(
    "letter",
    f"""
[[P:Martina Grabe]]
[[STR:Am Lohbach 3]]
[[LOC:44267 Dortmund]]

Stadt Dortmund
Friedhöfe Dortmund – Friedhofsverwaltung
Am Gottesacker 25
44143 Dortmund

Dortmund, 16.11.2026

Verlängerung des Nutzungsrechts – Grabstätte [[AZ:HF-14-03-022]] (Hauptfriedhof)

Sehr geehrte Damen und Herren,

das Nutzungsrecht an der Wahlgrabstätte meiner Eltern auf dem Hauptfriedhof läuft laut Ihrem
Schreiben vom 28.09.2026 (Ihr Zeichen [[AZ:67/FV-2026-4471]]) am 31.12.2026 ab. Dort ruhen mein
Vater [[P:Heinrich Grabe]] und meine Mutter [[P:Erika Grabe]], geb. [[P:Sonnenschein]].

Ich möchte das Nutzungsrecht um 10 Jahre verlängern. Außerdem soll der Grabstein neu
beschriftet werden; den Auftrag dafür hat der Steinmetzbetrieb Kruse Naturstein GmbH.

Die Gebühr für die Verlängerung bitte ich von meinem Konto abzubuchen:
IBAN [[IBAN:{IBAN_GRABE}]], Kontoinhaberin [[P:Martina Grabe]].

Mein Bruder [[P:Ulrich Grabe]] ist mit der Verlängerung einverstanden, seine schriftliche
Erklärung liegt bei. Für Rückfragen bin ich unter [[TEL:0231 46 29 81]] erreichbar.

Mit freundlichen Grüßen
[[P:Martina Grabe]]
""",
    keep=[
        "Friedhöfe Dortmund – Friedhofsverwaltung",
        "Am Gottesacker 25",
        "Wahlgrabstätte",
        "Kruse Naturstein GmbH",
        "um 10 Jahre verlängern",
    ],
)

# 14 -- short e-mail about bulky waste, order number, name only in the signature
pii(
    "email",
    """
Von: [[MAIL:y.elamrani@gmx.net]]
An: info@usb-bochum.de; abfallberatung@bochum.de
Received: from mout.gmx.net (mout.gmx.net [212.227.15.19]) by mx-in-01.bochum.de
X-Originating-IP: [[IP:91.97.214.66]]
Betreff: Sperrmüll nicht abgeholt – Auftrag [[AZ:SP-2026-337190]]

Hallo,

mein Sperrmüll (Schrank, Matratze, zwei Stühle) sollte am Dienstag, 10.11., abgeholt werden.
Er steht seit Montagabend vor dem Haus [[STR:Castroper Hellweg 419]] und wurde nicht
mitgenommen. Jetzt haben Unbekannte noch Bauschutt dazugestellt, der ist nicht von mir!

Bitte holen Sie meinen Sperrmüll ab und schicken Sie wegen dem Bauschutt jemanden vom
Ordnungsamt. Ich bin tagsüber auf der Arbeit, mein Bruder [[P:Karim]] ist zu Hause
([[TEL:0157 7712 0384]]).

Danke
[[P:Youssef El Amrani]]
[[STR:Castroper Hellweg 419]], [[LOC:44805 Bochum]]
""",
    keep=[
        "info@usb-bochum.de",
        "abfallberatung@bochum.de",
        "Schrank, Matratze, zwei Stühle",
        "Bauschutt",
        "mout.gmx.net [212.227.15.19]",
    ],
)

# 15 -- naturalisation: questions about the documents; family members, tax ID, birthplace
pii(
    "letter",
    f"""
[[P:Arben Berisha]]
[[STR:Hordeler Straße 57]]
[[LOC:44651 Herne]]

Stadt Herne
Fachbereich Öffentliche Sicherheit – Einbürgerung
Rathaus Wanne, Rathausstraße 6
44649 Herne

Herne, 18.11.2026

Einbürgerungsantrag vom 04.05.2026 – Ihr Aktenzeichen [[AZ:32.3-EB-2026-0412]]

Sehr geehrte Frau [[P:Yıldırım-Lange]],

vielen Dank für Ihr Schreiben vom 3. November. Ich reiche die angeforderten Unterlagen nach:

1. Geburtsurkunde aus [[LOC:Prizren]] mit beglaubigter Übersetzung (ich bin am
   [[DOB:21.04.1987]] geboren)
2. Bescheinigung des Finanzamts Herne über meine Einkünfte 2024 und 2025,
   Steuer-ID [[TAX:{TAX_BERISHA}]]
3. Zertifikat „Leben in Deutschland“ (Test am 12.09.2026 in der VHS Herne)
4. Arbeitsvertrag mit der Westfalen Logistik GmbH, unbefristet seit 2021

Meine Frau [[P:Drita Berisha]] ([[DOB:09.11.1989]]) und unsere Söhne [[P:Leon]]
([[DOB:15.06.2014]]) und [[P:Endrit]] ([[DOB:28.01.2018]]) sollen miteingebürgert werden. Für
die Kinder habe ich die Schulbescheinigungen der Grundschule Börsinghausen und der
Realschule Crange beigefügt.

Muss ich auf die kosovarische Staatsangehörigkeit verzichten? Nach meinem Verständnis ist
das seit Juni 2024 nicht mehr nötig.

Mit freundlichen Grüßen
[[P:Arben Berisha]]
[[TEL:0176 5520 1948]]
""",
    keep=[
        "Rathaus Wanne, Rathausstraße 6",
        "Zertifikat „Leben in Deutschland“",
        "VHS Herne",
        "Westfalen Logistik GmbH",
        "Realschule Crange",
    ],
)

# 16 -- conversion of a foreign driving licence; Afghan passport, file number with cue
pii(
    "email",
    """
Von: [[P:Farid Ahmadzai]] <[[MAIL:farid.ahmadzai@web.de]]>
An: fuehrerscheinstelle@gelsenkirchen.de
Betreff: Umschreibung afghanischer Führerschein – Vorgang [[AZ:FE-2026-08841]]

Sehr geehrte Damen und Herren,

ich habe im August die Umschreibung meines afghanischen Führerscheins (Klasse B) beantragt.
Sie haben mir geschrieben, dass ich eine theoretische und eine praktische Prüfung beim TÜV
machen muss. Die Theorieprüfung habe ich am 29.10.2026 bestanden.

Jetzt sagt die Fahrschule Glückauf GmbH, dass der Prüfauftrag von Ihnen noch nicht beim TÜV
ist. Können Sie den Prüfauftrag bitte schicken?

Meine Daten:
[[P:Ahmadzai, Farid]], geboren [[DOB:01.01.1996]] in [[LOC:Jalalabad]]
Reisepass Nr. [[PASS:P01847732]] (Islamische Republik Afghanistan)
[[STR:Bochumer Straße 140]], [[LOC:45886 Gelsenkirchen]]
Telefon [[TEL:0152 1733 4096]]

Ich arbeite als Pflegehelfer im Marienhospital Gelsenkirchen im Schichtdienst und brauche den
Führerschein für die Nachtschicht, weil dann keine Straßenbahn mehr fährt.

Vielen Dank
[[P:Farid Ahmadzai]]
""",
    keep=[
        "fuehrerscheinstelle@gelsenkirchen.de",
        "Fahrschule Glückauf GmbH",
        "Marienhospital Gelsenkirchen",
        "Theorieprüfung",
    ],
)

# 17 -- Italian pensioner: property tax refund to an Italian account, address in Italy
pii(
    "letter",
    f"""
[[P:Giuseppe Moretti]]
[[STR:Via Roma 14]]
[[LOC:87012 Castrovillari (CS)]]
Italia

Stadt Bochum
Stadtkasse / Steueramt – Grundsteuer
Willy-Brandt-Platz 2–6
44777 Bochum

[[LOC:Castrovillari]], 06.11.2026

Grundsteuer für meine Eigentumswohnung – Kassenzeichen [[AZ:2.3150.220184.9]]

Sehr geehrte Damen und Herren,

ich habe 41 Jahre hier gewohnt und bei Opel gearbeitet. Seit 2024 lebe ich wieder in
Italien. Meine Eigentumswohnung in der [[STR:Kemnader Straße 118]] habe ich am 30. Juni 2026
an Herrn [[P:Stefan Wolters]] verkauft. Der Notar hat den Vertrag an das Finanzamt geschickt.

Ich habe für das ganze Jahr 2026 die Grundsteuer bezahlt (384,00 €). Bitte erstatten Sie mir
den Anteil ab Juli, wenn das möglich ist, auf mein italienisches Konto:

IBAN [[IBAN:{IBAN_MORETTI}]], Intestatario [[P:Moretti Giuseppe]]

Meine Tochter [[P:Francesca]] wohnt noch in [[LOC:Bochum-Weitmar]] und hilft mir, wenn Sie
Unterlagen brauchen: [[TEL:0171 6624 803]].

Mit freundlichen Grüßen
[[P:Giuseppe Moretti]]
""",
    keep=[
        "Stadtkasse / Steueramt – Grundsteuer",
        "bei Opel gearbeitet",
        "384,00 €",
        "Italia",
        "Der Notar hat den Vertrag an das Finanzamt geschickt",
    ],
)

# 18 -- daycare place: parents ask about the waiting list; child's date of birth
pii(
    "email",
    """
Von: [[P:Priya Sivakumar]] <[[MAIL:priya.sivakumar@gmail.com]]>
An: kita-navigator@herne.de
Datum: 19.11.2026
Betreff: Kita-Platz ab August 2027 – Anmeldung [[AZ:KN-2026-004418]]

Sehr geehrte Damen und Herren,

wir haben unseren Sohn [[P:Arjun Sivakumar]] (geboren am [[DOB:08.05.2024]]) im Februar über
den Kita-Navigator angemeldet. Erstwunsch ist die Kita Sonnenschein in der Gräffstraße,
Zweitwunsch das Familienzentrum St. Bonifatius.

Ab August 2027 arbeite ich wieder 30 Stunden als Apothekerin in der Glückauf-Apotheke, mein
Mann [[P:Karthik Raman]] arbeitet Vollzeit bei der Evonik in Marl. Wir brauchen deshalb einen
Platz mit 45 Stunden.

Können Sie uns sagen, auf welchem Platz der Warteliste wir stehen? Ab wann werden die Zusagen
verschickt? Wir wohnen in der [[STR:Gräffstraße 36]], [[LOC:44623 Herne]], also nur 300 m von
der Wunsch-Kita entfernt.

Telefonisch erreichen Sie mich unter [[TEL:02323 14 88 703]].

Vielen Dank und freundliche Grüße
[[P:Priya Sivakumar]]
""",
    keep=[
        "kita-navigator@herne.de",
        "Kita Sonnenschein in der Gräffstraße",
        "Familienzentrum St. Bonifatius",
        "Glückauf-Apotheke",
        "Platz mit 45 Stunden",
    ],
)

# 19 -- hearing in fine proceedings: the holder names the driver; plate, file number
pii(
    "letter",
    """
[[P:Holger Wiegand]]
[[STR:Dahlhauser Straße 71]]
[[LOC:45279 Essen]]

Stadt Essen
Bußgeldstelle
Lindenallee 10
45127 Essen

Essen, 20.11.2026

Anhörungsbogen vom 12.11.2026 – Aktenzeichen [[AZ:EN 58.12.118903.4]]
Kennzeichen [[KFZ:E-HW 611]], Tatzeit 28.10.2026, 08:12 Uhr, Ruhrallee (stadteinwärts)

Sehr geehrte Damen und Herren,

ich bin Halter des Fahrzeugs, habe es zur Tatzeit aber nicht gefahren. Das Auto hatte mein
Schwiegersohn [[P:Patrick Sommerfeld]] geliehen, weil sein eigenes in der Werkstatt war. Auf
dem Foto ist er auch zu erkennen.

Seine Anschrift: [[STR:Freiligrathstraße 9]], [[LOC:45131 Essen]], geboren am
[[DOB:19.07.1988]].

Ich habe ihn informiert, er wird sich bei Ihnen melden. Bitte schicken Sie den Anhörungsbogen
an ihn.

Mit freundlichen Grüßen
[[P:Holger Wiegand]]
""",
    keep=[
        "Bußgeldstelle",
        "Lindenallee 10",
        "Ruhrallee (stadteinwärts)",
        "Tatzeit 28.10.2026, 08:12 Uhr",
    ],
)

# 20 -- social housing certificate: household members with dates of birth
pii(
    "email",
    """
Von: [[P:Senait Tesfay]] <[[MAIL:senait.tesfay@gmx.de]]>
An: wohnungsamt@bochum.de
Betreff: Antrag Wohnberechtigungsschein – fehlende Angaben

Guten Tag Frau [[P:Oberhaus]],

Sie haben mich gebeten, alle Personen im Haushalt mit Geburtsdatum aufzuschreiben:

1. [[P:Senait Tesfay]], [[DOB:12.09.1988]] (Antragstellerin)
2. [[P:Yonas Tesfay]], [[DOB:03.03.2012]] (Sohn)
3. [[P:Ruth Tesfay]], [[DOB:21.11.2016]] (Tochter)
4. [[P:Selam Tesfay]], [[DOB:07.07.2021]] (Tochter)

Wir wohnen jetzt in der [[STR:Rensingstraße 15, 1. OG]], [[LOC:44807 Bochum]], 2 Zimmer auf
54 m². Das ist für 4 Personen zu klein. Ich brauche einen WBS für 4 Personen, wenn möglich mit
besonderem Wohnbedarf, weil [[P:Selam]] eine Behinderung hat (Schwerbehindertenausweis liegt
bei).

Die Bescheinigung vom Jobcenter (Nummer [[AZ:36201BG0119274]]) schicke ich nächste Woche.

Mit freundlichen Grüßen
[[P:Senait Tesfay]]
Tel. [[TEL:0176 3829 5511]]
""",
    keep=[
        "wohnungsamt@bochum.de",
        "Wohnberechtigungsschein",
        "besonderem Wohnbedarf",
        "2 Zimmer auf\n54 m²",
    ],
)

# 21 -- tree roots lifting the pavement in front of a house; address, phone
pii(
    "letter",
    """
[[P:Wolfgang Pieper]]
[[STR:Am Dornbusch 6]]
[[LOC:45481 Mülheim an der Ruhr]]
Telefon [[TEL:0208 38 19 27]]

Stadt Mülheim an der Ruhr
Amt für Grünflächenmanagement und Friedhofswesen
Hans-Böckler-Platz 5
45468 Mülheim an der Ruhr

Mülheim, den 21.11.2026

Straßenbaum Nr. 4471 (Platane) vor meinem Grundstück – Stolperfalle auf dem Gehweg

Sehr geehrte Damen und Herren,

vor meinem Haus steht eine städtische Platane mit der Baumnummer 4471. Die Wurzeln haben den
Gehweg in den letzten Jahren um etwa 8 cm angehoben. Meine Frau [[P:Gisela]] ist dort im
Oktober gestürzt und hat sich das Handgelenk gebrochen.

Auch Eltern mit Kinderwagen auf dem Weg zur Kita Am Dornbusch und Rollstuhlfahrer aus dem
Seniorenheim Haus Ruhrblick müssen auf die Fahrbahn ausweichen.

Ich bitte Sie, den Gehweg zu sichern und zu reparieren. Fällen Sie bitte den Baum nicht, er
ist über hundert Jahre alt und spendet im Sommer Schatten. Fotos liegen bei.

Die Angelegenheit habe ich auch schon über den Mängelmelder gemeldet (Meldung M-2026-11870),
dort steht seit sechs Wochen „in Bearbeitung“.

Mit freundlichen Grüßen
[[P:Wolfgang Pieper]]
""",
    keep=[
        "Amt für Grünflächenmanagement und Friedhofswesen",
        "Hans-Böckler-Platz 5",
        "Baumnummer 4471",
        "Seniorenheim Haus Ruhrblick",
        "M-2026-11870",
    ],
)

# 22 -- refund of a daycare fee; child's name, IBAN, cash-register number without cue word
pii(
    "letter",
    f"""
[[P:Shirin Rahimi]]
[[STR:Von-der-Recke-Straße 12]]
[[LOC:44579 Castrop-Rauxel]]

Stadt Castrop-Rauxel
Bereich Jugend – Elternbeiträge
Europaplatz 1
44575 Castrop-Rauxel

Castrop-Rauxel, 23.11.2026

[[AZ:4.5120.300981.7]] – Erstattung Elternbeitrag Oktober und November 2026

Sehr geehrte Damen und Herren,

mein Sohn [[P:Darius Rahimi]] hat die Kita Regenbogen zum 30. September 2026 verlassen und
besucht seit dem 1. Oktober die Grundschule. Trotzdem wurde der Elternbeitrag für Oktober und
November (je 182,00 €) abgebucht. Die Abmeldebestätigung der Kita liegt bei.

Bitte erstatten Sie die 364,00 € auf mein Konto:
IBAN [[IBAN:{IBAN_HOANG}]]
Kontoinhaberin [[P:Shirin Rahimi]]

Für die OGS-Betreuung an der Grundschule habe ich einen neuen Antrag gestellt. Bitte buchen
Sie nicht beide Beiträge ab.

Mit freundlichen Grüßen
[[P:Shirin Rahimi]]
[[MAIL:shirin.rahimi@gmx.de]]
""",
    keep=[
        "Bereich Jugend – Elternbeiträge",
        "Europaplatz 1",
        "Kita Regenbogen",
        "OGS-Betreuung",
        "je 182,00 €",
    ],
)

# 23 -- request for a 30 km/h zone; private address and mobile in the signature block
pii(
    "email",
    """
Von: [[P:Matthias Overbeck]] <[[MAIL:m.overbeck@posteo.de]]>
An: strassenverkehr@dortmund.de
Betreff: Antrag Tempo 30 vor der Kreuzgrundschule

Sehr geehrte Damen und Herren,

ich wohne direkt an der Kreuzstraße gegenüber der Kreuzgrundschule. Morgens zwischen 7:40 und
8:10 Uhr fahren viele Autos mit 50 km/h oder mehr am Schultor vorbei, obwohl dort ständig
Kinder über die Straße laufen. Die Fußgängerampel an der Ecke Lindemannstraße reicht nicht.

Im Namen der Elternpflegschaft (Klasse 2b, Vorsitz: ich) beantrage ich eine
Geschwindigkeitsbeschränkung auf 30 km/h, mindestens zu den Schulzeiten. Nach der Änderung der
StVO ist das vor Schulen ja leichter möglich. Unterschriften von 87 Eltern reiche ich gern ein.

Gibt es dazu schon ein Verfahren bei Ihnen?

Mit freundlichen Grüßen

[[P:Matthias Overbeck]]
[[STR:Kreuzstraße 61]]
[[LOC:44139 Dortmund]]
Mobil [[TEL:0160 9937 1150]]
""",
    keep=[
        "strassenverkehr@dortmund.de",
        "Kreuzgrundschule",
        "Ecke Lindemannstraße",
        "Elternpflegschaft (Klasse 2b",
        "Unterschriften von 87 Eltern",
    ],
)

# 24 -- second-home tax: student moves her main residence; Steuer-ID, town of main residence
pii(
    "letter",
    f"""
[[P:Friederike Lehmkuhl]]
[[STR:Universitätsstraße 90a, App. 714]]
[[LOC:44789 Bochum]]

Stadt Bochum
Steueramt – Zweitwohnungsteuer
44777 Bochum

Bochum, 24.11.2026

Zweitwohnungsteuer – Ihr Schreiben vom 10.11.2026, Kassenzeichen [[AZ:2.3170.051827.3]]

Sehr geehrte Damen und Herren,

Sie haben mich aufgefordert, eine Steuererklärung zur Zweitwohnungsteuer abzugeben. Ich habe
meinen Hauptwohnsitz aber am 2. November 2026 von [[LOC:Meppen]] hierher verlegt. Die
Meldebestätigung des Bürgerbüros Querenburg liegt bei. Für die Zeit von Oktober bis November
bin ich Studentin der Ruhr-Universität und wohne im Wohnheim des Akafö.

Für die Zeit vom 1. Oktober bis 1. November 2026 gebe ich die Erklärung ab: Nettokaltmiete
298,00 € im Monat. Meine Steuer-ID lautet [[TAX:{TAX_LEHMKUHL}]].

Bitte teilen Sie mir mit, ob ich für diesen einen Monat überhaupt Steuer zahlen muss.

Mit freundlichen Grüßen
[[P:Friederike Lehmkuhl]]
""",
    keep=[
        "Steueramt – Zweitwohnungsteuer",
        "Bürgerbüros Querenburg",
        "Ruhr-Universität",
        "Wohnheim des Akafö",
        "Nettokaltmiete\n298,00 €",
    ],
)

# 25 -- Ukrainian refugee writes to the foreigners' office; file number without a cue word
pii(
    "email",
    f"""
Von: [[P:Oksana Tkach]] <[[MAIL:oksana.tkach75@ukr.net]]>
An: auslaenderbehoerde@bochum.de
Betreff: [[AZ:33.21-UA-2022-03318]] Aufenthaltserlaubnis § 24 – Arbeit

Sehr geehrte Damen und Herren,

ich bin [[P:Oksana Tkach]], geboren am [[DOB:11.08.1975]] in [[LOC:Poltawa]], und wohne seit
April 2022 in der [[STR:Wasserstraße 204]], [[LOC:44803 Bochum]].

Ab 1. Januar 2027 habe ich eine Stelle als Buchhalterin bei der Ruhr Steuerberatungs-
gesellschaft mbH. Der Arbeitgeber fragt, ob in meiner Aufenthaltserlaubnis „Erwerbstätigkeit
erlaubt“ steht. Auf meiner Karte steht das, aber die Karte läuft am 4. März 2027 ab.

Meine Rentenversicherungsnummer ist [[RV:{RV_TKACH}]], die habe ich dem Arbeitgeber schon
gegeben. Muss ich für die Verlängerung einen Termin machen oder geht das automatisch wie
letztes Jahr?

Mein Mann [[P:Andrij]] ist noch in der Ukraine. Ich lebe mit unserer Tochter [[P:Daryna]]
zusammen, sie hat einen eigenen Antrag.

Dankeschön!
[[P:Oksana Tkach]]
[[TEL:0157 5390 2268]]
""",
    keep=[
        "auslaenderbehoerde@bochum.de",
        "Aufenthaltserlaubnis § 24",
        "Ruhr Steuerberatungs-\ngesellschaft mbH",
        "„Erwerbstätigkeit\nerlaubt“",
    ],
)

# ----- letters whose personal data sit among many public names ---------------------------------

# 26 -- complaint about the Christmas market; a neighbour shares his surname with a school's namesake
pii(
    "letter_public_names",
    """
[[P:Renate Vogelsang]]
[[STR:Viktoriastraße 43, 4. OG]]
[[LOC:44787 Bochum]]
Telefon [[TEL:0234 68 21 904]]

Stadt Bochum – Ordnungsamt
und Bochum Marketing GmbH
Willy-Brandt-Platz 2–6
44777 Bochum

Bochum, 16.11.2026

Lieferverkehr für den Weihnachtsmarkt in der Viktoriastraße und Schulweg zur
Gertrud-Bäumer-Realschule

Sehr geehrte Damen und Herren,

seit dem 9. November wird auf dem Willy-Brandt-Platz, dem Dr.-Ruer-Platz und am Kuhhirten
der Weihnachtsmarkt aufgebaut. Ich wohne seit über dreißig Jahren schräg gegenüber dem
Rathaus und habe Verständnis für den Markt. Aber die Lieferfahrzeuge fahren ab 5 Uhr morgens
mit laufendem Motor durch die Viktoriastraße und parken auf dem Gehweg.

Besonders gefährlich ist das für die Kinder der Gertrud-Bäumer-Realschule, die morgens
zwischen den Lkw über die Straße laufen. Mein Nachbar [[P:Klaus Bäumer]] – er hat bis zu seiner
Pensionierung an der Gertrud-Bäumer-Realschule unterrichtet, mit der Namensgeberin ist er nicht
verwandt – hat deshalb schon am 11. November beim Ordnungsamt angerufen. Herr [[P:K. Bäumer]]
wurde an Bochum Marketing verwiesen und dort wieder an das Ordnungsamt.

Ich bitte Sie:
1. Lieferverkehr erst ab 7:30 Uhr, wenn der Schulweg vorbei ist,
2. keine Stromaggregate mehr an der Ecke Viktoriastraße/Husemannplatz,
3. einen Ansprechpartner, der wirklich zuständig ist.

Das Riesenrad auf dem Husemannplatz und die Bühne am Dr.-Ruer-Platz stören mich nicht.

Mit freundlichen Grüßen
[[P:Renate Vogelsang]]
""",
    keep=[
        "Gertrud-Bäumer-Realschule",
        "Willy-Brandt-Platz, dem Dr.-Ruer-Platz und am Kuhhirten",
        "Bochum Marketing GmbH",
        "Ecke Viktoriastraße/Husemannplatz",
        "Riesenrad auf dem Husemannplatz",
    ],
    allow=("Bäumer",),
)

# 27 -- tenant complains about a landlord firm named after its founder; its manager is a person
pii(
    "letter_public_names",
    """
[[P:Tülay Aksoy]]
[[STR:Alleestraße 132, Whg. 9]]
[[LOC:44793 Bochum]]

Stadt Bochum
Amt für Bauen und Wohnen – Wohnungsaufsicht
Hans-Böckler-Straße 19
44777 Bochum

Bochum, 17.11.2026

Heizungsausfall seit 26.10.2026 – Vermieterin Kemper & Söhne Wohnbau GmbH

Sehr geehrte Damen und Herren,

in unserem Haus Alleestraße 132 (Wohnanlage „Am Westpark“, gegenüber der Jahrhunderthalle)
funktioniert die Heizung seit dem 26. Oktober nur stundenweise, seit dem 9. November gar
nicht mehr. In meiner Wohnung leben drei Kinder, das jüngste ist ein Jahr alt.

Vermieterin ist die Kemper & Söhne Wohnbau GmbH, Springerplatz 4, 44791 Bochum (HRB 11873,
Amtsgericht Bochum). Die Hausverwaltung unter 0234 61 07 70 vertröstet uns jeden Tag. Der
Geschäftsführer, Herr [[P:Jens Kemper]], hat mir am 12. November persönlich gesagt, das
Ersatzteil komme „nächste Woche“. Passiert ist nichts. Einen Heizlüfter hat die Firma nur
an Herrn [[P:Szewczyk]] im Erdgeschoss gegeben.

Ich bitte die Wohnungsaufsicht, sich die Sache anzusehen. Die Nachbarn aus den Wohnungen 3, 7
und 11 unterstützen die Beschwerde. Herr [[P:J. Kemper]] ist über dieses Schreiben informiert.

Erreichbar bin ich unter [[TEL:0178 2203 9164]] oder [[MAIL:tuelay.aksoy@gmail.com]].

Mit freundlichen Grüßen
[[P:Tülay Aksoy]]
""",
    keep=[
        "Kemper & Söhne Wohnbau GmbH",
        "HRB 11873",
        "Wohnanlage „Am Westpark“, gegenüber der Jahrhunderthalle",
        "0234 61 07 70",
        "Wohnungsaufsicht",
    ],
    allow=("Kemper",),
)

# 28 -- mother writes about the school bus; her daughter's first name is the school's namesake's
pii(
    "letter_public_names",
    """
Von: [[P:Stefanie Dąbrowski]] <[[MAIL:steffi.dabrowski@web.de]]>
An: schulverwaltung@bochum.de; kundencenter@bogestra.de
Betreff: Schulweg meiner Tochter – Linie 353 fällt morgens aus

Sehr geehrte Damen und Herren,

meine Tochter [[P:Anne Dąbrowski]] (Klasse 6c) fährt jeden Morgen mit der Linie 353 von der
Haltestelle Bergmannsheil zur Anne-Frank-Realschule. Seit den Herbstferien fällt der Bus um
7:18 Uhr mindestens zweimal pro Woche aus, der nächste kommt erst 7:38 Uhr und ist so voll,
dass der Fahrer die Kinder nicht mehr mitnimmt.

Sie kommt dadurch regelmäßig zu spät zur ersten Stunde. Die Schulleitung der
Anne-Frank-Realschule hat mir geraten, mich an Sie zu wenden. Das Deutschlandticket Schule
ist bezahlt (Abo-Nummer [[AZ:DTS-4471-0928-113]]).

Könnten Sie prüfen, ob zwischen 7:10 und 7:30 Uhr ein Verstärkerbus ab Bergmannsheil
eingesetzt werden kann? Andere Eltern aus der Klasse 6c haben dasselbe Problem. Auch an der
Haltestelle Gudrunstraße warten morgens viele Kinder der Anne-Frank-Realschule und der
Hildegardis-Schule.

Unsere Anschrift: [[STR:Gilsingstraße 19]], [[LOC:44789 Bochum]]
Telefon: [[TEL:0234 33 80 172]]

Mit freundlichen Grüßen
[[P:Stefanie Dąbrowski]]
""",
    keep=[
        "Haltestelle Bergmannsheil",
        "Anne-Frank-Realschule",
        "Deutschlandticket Schule",
        "Hildegardis-Schule",
        "kundencenter@bogestra.de",
    ],
    allow=("Anne",),
)

# 29 -- noise from a cultural centre; neighbour by surname only, event titles with names
pii(
    "letter_public_names",
    """
Von: [[P:Bernd Tillmann]] <[[MAIL:b.tillmann@arcor.de]]>
An: umweltamt@bochum.de
Cc: info@bahnhof-langendreer.de
Betreff: Lärm nach Veranstaltungen im Bahnhof Langendreer

Sehr geehrte Damen und Herren,

ich wohne im [[STR:Wallbaumweg 97]], etwa 80 Meter vom Kulturzentrum Bahnhof Langendreer
entfernt. Gegen die Veranstaltungen selbst habe ich nichts – die Milonga „Tango Argentino“ am
Freitag und das Kinotheater mit „Don Giovanni“ als Opernübertragung waren ruhig.

Aber nach dem Konzert der Ruhrpott Brass Band am 14.11. standen bis 2 Uhr nachts Gäste mit
Musikboxen auf dem Parkplatz an der Alten Bahnhofstraße. Mein Nachbar, Herr [[P:Wieczorek]],
hat gegen 1 Uhr die Polizei gerufen. Die Beamten haben die Gruppe weggeschickt, eine halbe
Stunde später war sie wieder da.

Ich bitte um Prüfung, ob für den Parkplatz eine Auflage zur Nachtruhe erteilt werden kann,
wie sie es für die Zeche Bochum in der Prinz-Regent-Straße gibt. Herr [[P:Wieczorek]] und ich
würden auch an einem Gespräch mit dem Kulturzentrum teilnehmen.

Mit freundlichen Grüßen
[[P:Bernd Tillmann]]
[[STR:Wallbaumweg 97]], [[LOC:44892 Bochum]]
[[TEL:0234 28 70 655]]
""",
    keep=[
        "Kulturzentrum Bahnhof Langendreer",
        "„Tango Argentino“",
        "„Don Giovanni“",
        "Ruhrpott Brass Band",
        "Zeche Bochum in der Prinz-Regent-Straße",
    ],
)

# 30 -- parking during events at the Grugahalle; neighbour named Krupp, streets after the Krupps
pii(
    "letter_public_names",
    """
[[P:Wilfried Ostermann]]
[[STR:Lührmannstraße 41]]
[[LOC:45131 Essen]]

Stadt Essen
Amt für Straßen und Verkehr
Gildehofstraße 2
45127 Essen

Essen, 18.11.2026

Parkdruck bei Veranstaltungen in der Grugahalle und im Krupp-Park

Sehr geehrte Damen und Herren,

bei jeder Großveranstaltung in der Grugahalle oder der Messe Essen parken Besucher in
unserer Straße auf beiden Seiten, auch vor den Einfahrten. Am 7. November konnte der
Rettungswagen nicht zu meiner Nachbarin Frau [[P:Heike Krupp]] durchfahren, er musste an
der Ecke zur Alfredstraße halten. (Frau [[P:H. Krupp]] ist übrigens mit der Industriellenfamilie
nicht verwandt, sie kommt aus Ostfriesland.)

Der Parkplatz P7 am Krupp-Park ist bei Messen gesperrt, und das Navi schickt die Besucher
dann über die Norbertstraße direkt zu uns. Auch Patienten und Besucher des Alfried Krupp
Krankenhauses suchen abends bei uns einen Parkplatz. Ich schlage vor:

- Bewohnerparken in der Lührmannstraße an Veranstaltungstagen,
- Hinweisschilder auf die Park-and-Ride-Plätze an der Messe und am Berthold-Beitz-Boulevard,
- Kontrollen des Ordnungsdienstes bis 23 Uhr.

Herr [[P:Kaminski-Ruhl]] vom Bezirksdienst kennt die Lage, er war im Oktober hier.

Mit freundlichen Grüßen
[[P:Wilfried Ostermann]]
[[TEL:0201 79 12 368]]
""",
    keep=[
        "Grugahalle",
        "Parkplatz P7 am Krupp-Park",
        "Berthold-Beitz-Boulevard",
        "Amt für Straßen und Verkehr",
        "Gildehofstraße 2",
    ],
    allow=("Krupp",),
)

# 31 -- street renaming: a resident named Elisabeth asks for the costs; old and new address
pii(
    "letter_public_names",
    """
[[P:Elisabeth Graf]]
[[STR:Hindenburgstraße 88]]
(ab 01.01.2027: [[STR:Elisabeth-Selbert-Straße 88]])
[[LOC:44866 Bochum]]

Stadt Bochum
Amt für Geoinformation, Liegenschaften und Kataster – Straßenbenennung
Willy-Brandt-Platz 2–6
44777 Bochum

Bochum, 19.11.2026

Umbenennung der Hindenburgstraße in Elisabeth-Selbert-Straße – Kosten für Anwohner

Sehr geehrte Damen und Herren,

die Bezirksvertretung Wattenscheid hat beschlossen, die Hindenburgstraße zum 1. Januar 2027 in
Elisabeth-Selbert-Straße umzubenennen. Ich finde es richtig, dass eine Straße nicht mehr nach
Paul von Hindenburg heißt, und freue mich sogar über die neue Namensgeberin – schließlich
heißen wir beide Elisabeth.

Trotzdem habe ich Fragen zu den Kosten:
1. Muss ich die Adressänderung im Fahrzeugschein ([[KFZ:BO-EG 1947]]) bezahlen?
2. Wird der Personalausweis kostenlos geändert?
3. Mein kleines Grafikbüro, das ich als Freiberuflerin von zu Hause betreibe, braucht neue
   Briefbögen und Visitenkarten. Gibt es dafür eine Entschädigung?

Außerdem: Auf dem Übersichtsplan zur Vorlage 20262011 endet die Elisabeth-Selbert-Straße an
der Kreuzung mit dem Lilli-Henoch-Weg. Gehört Hausnummer 88 noch dazu?

Mit freundlichen Grüßen
[[P:Elisabeth Graf]]
[[TEL:02327 84 11 30]]
""",
    keep=[
        "Bezirksvertretung Wattenscheid",
        "Paul von Hindenburg",
        "Vorlage 20262011",
        "Lilli-Henoch-Weg",
        "Amt für Geoinformation, Liegenschaften und Kataster",
    ],
    allow=("Elisabeth",),
)

# 32 -- student named Ebert needs documents for a Friedrich-Ebert-Stiftung scholarship
pii(
    "letter_public_names",
    """
Von: [[P:Lea Ebert]] <[[MAIL:lea.ebert@rub.de]]>
An: buergerbuero@bochum.de
Betreff: Führungszeugnis und Meldebescheinigung für Stipendium – Termin vor dem 15.12.?

Guten Tag,

ich bewerbe mich um ein Stipendium der Friedrich-Ebert-Stiftung (und parallel bei der
Heinrich-Böll-Stiftung und der Studienstiftung des deutschen Volkes). Für die Bewerbung
brauche ich bis zum 15. Dezember eine Meldebescheinigung und ein Führungszeugnis.

Im Terminportal finde ich für die Bürgerbüros Mitte, Querenburg und Wattenscheid erst Termine
im Januar. Kann ich das Führungszeugnis online über das Bundesamt für Justiz beantragen und
die Meldebescheinigung per Post bekommen?

Meine Daten: [[P:Lea Sophie Ebert]], geboren am [[DOB:06.06.2004]] in [[LOC:Schwerte]],
wohnhaft [[STR:Laerholzstraße 14, Zimmer 212]], [[LOC:44801 Bochum]].

(Falls Sie sich wundern: Mit dem Namensgeber der Stiftung bin ich nicht verwandt, das werde
ich aber oft gefragt, seit ich an der Friedrich-Ebert-Straße in [[LOC:Schwerte]] zur Schule gegangen
bin.)

Viele Grüße
[[P:Lea Ebert]]
[[TEL:0152 5881 0327]]
""",
    keep=[
        "Friedrich-Ebert-Stiftung",
        "Heinrich-Böll-Stiftung",
        "Studienstiftung des deutschen Volkes",
        "Bundesamt für Justiz",
        "Bürgerbüros Mitte, Querenburg und Wattenscheid",
    ],
    allow=("Ebert",),
)

# 33 -- café owner (sole trader) applies for a terrace; firms named after founders around him
pii(
    "letter_public_names",
    """
Café [[P:Wiesmann]] e.K.
Inhaber [[P:Thomas Wiesmann]]
[[STR:Kortumstraße 21]]
[[LOC:44787 Bochum]]
Amtsgericht Bochum [[HR:HRA 4719]]

Stadt Bochum
Tiefbauamt – Sondernutzungen
Hans-Böckler-Straße 19
44777 Bochum

Bochum, 20.11.2026

Sondernutzungserlaubnis für Außengastronomie 2027 – bisheriges Kassenzeichen [[AZ:6.6610.004719.2]]

Sehr geehrte Damen und Herren,

für die Saison 2027 beantrage ich wieder die Aufstellung von 8 Tischen und 32 Stühlen vor
meinem Café in der Kortumstraße, diesmal bis zur Ecke Dr.-Ruer-Platz (bisher 6 Tische).
Die Mayersche Buchhandlung nebenan und das Brauhaus Rietkötter GmbH haben keine Einwände, die
Erklärungen liegen bei. Der Abstand zum Kortum-Denkmal und zur Haltestelle Rathaus (Nord)
bleibt wie im Lageplan eingezeichnet.

Während des Bochumer Musiksommers im August möchte ich zusätzlich zwei Stehtische aufstellen. Bitte teilen Sie mir mit, ob dafür ein
gesonderter Antrag nötig ist.

Rückfragen bitte an mich direkt: [[TEL:0171 4470 2219]] (das Café erreichen Sie unter
0234 96 41 30, dort bin ich aber selten am Telefon).

Mit freundlichen Grüßen
[[P:Thomas Wiesmann]]
""",
    keep=[
        "Mayersche Buchhandlung",
        "Brauhaus Rietkötter GmbH",
        "Kortum-Denkmal",
        "Haltestelle Rathaus (Nord)",
        "0234 96 41 30",
    ],
)

# 34 -- complaint about a bus driver; stop names, academy and hall named after places and persons
pii(
    "letter_public_names",
    """
Von: [[P:Ayşe Güler]] <[[MAIL:ayse.gueler@hotmail.de]]>
An: beschwerdemanagement@herne.de; service@hcr-herne.de
Betreff: Rollstuhl nicht mitgenommen – Haltestelle Sodingen Mont-Cenis, 17.11.2026

Sehr geehrte Damen und Herren,

am Dienstag, 17.11.2026, wollte ich mit meiner Mutter [[P:Hatice Güler]], die im Rollstuhl
sitzt, um 10:42 Uhr an der Haltestelle Sodingen Mont-Cenis in den Bus der Linie 311 Richtung
Herne Bf einsteigen. Wir wollten zur Akademie Mont-Cenis und danach zu den Flottmann-Hallen.

Der Fahrer – laut Namensschild Herr [[P:Pohl]] – hat die Rampe nicht ausgeklappt und gesagt, er
habe „keine Zeit“. Der nächste Bus kam erst 20 Minuten später. Es war kalt und meine Mutter
ist 79 Jahre alt.

Das ist nicht das erste Mal: Auch an der Haltestelle Riemke Markt in Bochum haben wir schon
so etwas erlebt, allerdings mit einem Bus der BOGESTRA.

Ich erwarte eine Entschuldigung und dass Herr [[P:Pohl]] geschult wird. Meine Mutter hat einen
Schwerbehindertenausweis mit Merkzeichen aG.

Mit freundlichen Grüßen
[[P:Ayşe Güler]]
[[STR:Mont-Cenis-Straße 250]], [[LOC:44628 Herne]]
[[TEL:0176 2447 1089]]
""",
    keep=[
        "Haltestelle Sodingen Mont-Cenis",
        "Akademie Mont-Cenis",
        "Flottmann-Hallen",
        "Haltestelle Riemke Markt",
        "Merkzeichen aG",
    ],
)

# 35 -- refund of theatre tickets for "Hänsel und Gretel"; grandchildren, Turkish IBAN
pii(
    "letter_public_names",
    f"""
[[P:Mehmet Demir]]
[[STR:Altenessener Straße 366]]
[[LOC:45326 Essen]]

Theater und Philharmonie Essen GmbH
Ticketcenter
I. Hagen 2
45127 Essen

Essen, 21.11.2026

Erstattung – Buchungsnummer [[AZ:TUP-2026-1188407]]

Sehr geehrte Damen und Herren,

für die Vorstellung „Hänsel und Gretel“ von Engelbert Humperdinck im Aalto-Theater am
Sonntag, 15.11.2026, 16 Uhr, hatte ich vier Karten gekauft (Parkett, Reihe 9). Meine
Enkelkinder [[P:Elif]] und [[P:Deniz]] hatten sich sehr gefreut. Die Vorstellung fiel wegen
Krankheit im Ensemble aus; am Telefon wurde mir eine Erstattung zugesagt.

Einen Gutschein für „Der Nussknacker“ oder die Weihnachtsmatinee in der Philharmonie möchte ich
nicht, weil wir über Weihnachten in der Türkei sind. Bitte überweisen Sie die 148,00 € auf
mein Konto bei der Ziraat Bankası:

IBAN [[IBAN:{IBAN_DEMIR}]], Kontoinhaber [[P:Mehmet Demir]]

Ein deutsches Konto habe ich seit meiner Rente nicht mehr.

Mit freundlichen Grüßen
[[P:Mehmet Demir]]
[[TEL:0201 35 17 442]]
""",
    keep=[
        "„Hänsel und Gretel“ von Engelbert Humperdinck",
        "Aalto-Theater",
        "„Der Nussknacker“",
        "Ziraat Bankası",
        "I. Hagen 2",
    ],
)

# ----- internal notes and e-mail chains ----------------------------------------------------------

# 36 -- file note of the public order office on a bar; a GmbH with HRB, its manager is a person
pii(
    "internal_note",
    """
Stadt Bochum – Ordnungsamt, Abt. 32 21 Gewerbe/Gaststätten
Aktenvermerk

Betrieb: „Bierbörse am Kuhhirten“, Bongardstraße 8, 44787 Bochum
Betreiberin: Bongard Gastro GmbH, HRB 17733 AG Bochum
Geschäftsführer: [[P:Dragan Petrović]], geb. [[DOB:02.12.1979]], wohnhaft
[[STR:Markstraße 288]], [[LOC:44799 Bochum]]
Vorgang: [[AZ:32.21-GA-2026-0218]]

Ortstermin am 13.11.2026, 22:30 Uhr, mit KOD (Streife 3, Fahrzeug BO-SB 114):
- Außenbewirtschaftung mit 14 Tischen statt der genehmigten 10 (Sondernutzung 2026)
- Musik aus Außenlautsprechern, Messung am Immissionsort Bongardstraße 11: 61 dB(A)
- Lieferfahrzeug des Geschäftsführers ([[KFZ:BO-DP 2012]]) im Fußgängerbereich abgestellt

Herr [[P:Petrović]] war anwesend und zeigte sich einsichtig. Er wurde auf § 5 GastG und die
Auflagen der Sondernutzungserlaubnis hingewiesen. Eine Anhörung zum Bußgeld wird eingeleitet.

Rückruf des Geschäftsführers am 16.11. unter [[TEL:0172 9018 3347]]: Lautsprecher wurden
entfernt, Tische reduziert.

Wiedervorlage: 15.12.2026
[[P:Kowalczyk]], Sachbearbeiter, Durchwahl [[TEL:0234 910-3127]]
""",
    keep=[
        "Bierbörse am Kuhhirten",
        "Bongard Gastro GmbH, HRB 17733 AG Bochum",
        "BO-SB 114",
        "§ 5 GastG",
        "61 dB(A)",
    ],
)

# 37 -- forwarded complaint with a clerk's note on top
pii(
    "email_chain",
    """
Von: [[P:Schuster, Kerstin]] <[[MAIL:kerstin.schuster@dortmund.de]]>
Gesendet: Montag, 23. November 2026 08:41
An: tiefbauamt-strassenunterhaltung@dortmund.de
Cc: [[P:Ağaoğlu, Serkan]] <[[MAIL:serkan.agaoglu@dortmund.de]]>
Betreff: WG: Schlagloch vor Hausnummer 17 – schon dreimal gemeldet

Hallo zusammen,

anbei eine Beschwerde aus dem Beschwerdemanagement, Ticket BM-2026-4412. Der Bürger hat schon
drei Meldungen im Mängelmelder abgesetzt. Bitte prüft, ob das Loch noch vor dem Frost
verfüllt werden kann, und gebt mir Bescheid, damit ich antworten kann.

Viele Grüße
[[P:Kerstin Schuster]]
Beschwerdemanagement, Durchwahl [[TEL:0231 50-24418]]

-----Ursprüngliche Nachricht-----
Von: [[P:Heinz-Dieter Brock]] <[[MAIL:hd.brock@t-online.de]]>
Gesendet: Samstag, 21. November 2026 17:05
An: beschwerde@dortmund.de
Betreff: Schlagloch vor Hausnummer 17 – schon dreimal gemeldet

Sehr geehrte Damen und Herren,

vor meinem Haus, [[STR:Körner Hellweg 17]], ist seit August ein Schlagloch von etwa 40 cm
Durchmesser. Ich habe es dreimal im Mängelmelder gemeldet. Gestern ist ein Radfahrer dort
gestürzt. Wenn nichts passiert, wende ich mich an die Ruhr Nachrichten.

[[P:Heinz-Dieter Brock]]
[[LOC:44143 Dortmund]], Tel. [[TEL:0231 59 44 80]]
""",
    keep=[
        "tiefbauamt-strassenunterhaltung@dortmund.de",
        "Ticket BM-2026-4412",
        "beschwerde@dortmund.de",
        "Ruhr Nachrichten",
        "Mängelmelder",
    ],
)

# 38 -- IT note on a locked citizen account; the citizen's IPs next to server addresses
pii(
    "internal_note",
    """
IT-Servicedesk – Vermerk zu INC-2026-5519 (Bürgerportal, Konto gesperrt)
Erstellt: 24.11.2026 10:12, Team Web

Sachverhalt: Bürger [[P:Nikolai Schäfer]] ([[MAIL:n.schaefer1983@gmx.de]]) meldet über die
Hotline, dass sein Servicekonto [[AZ:SK-4410-8832-0157]] seit dem 22.11. gesperrt ist.

Auswertung Log portal-web-02 (10.20.1.21), Reverse Proxy rp-01 (10.20.0.5):
- 22.11. 19:02–19:04: 6 fehlgeschlagene Anmeldungen von [[IP:79.204.117.38]] (Telekom-Anschluss,
  passt zur Angabe des Bürgers), danach automatische Sperre für 24 h
- 23.11. 08:15: weitere Versuche von [[IP:2a02:8109:9c40:2a00:d4e1:71ff:fe2c:8b19]] (Handy,
  laut Bürger ebenfalls er selbst)
- keine Zugriffe aus dem Ausland, keine Treffer in der Blockliste des WAF (10.20.0.9)

Maßnahme: Sperre aufgehoben, Passwort-Reset-Link an die hinterlegte Adresse versendet.
Der Bürger wurde unter [[TEL:0157 6638 1190]] informiert und auf die Zwei-Faktor-Anmeldung
hingewiesen.

Ticket geschlossen. Bearbeiter: [[P:adm.hoelscher]]
""",
    keep=[
        "INC-2026-5519",
        "portal-web-02 (10.20.1.21)",
        "rp-01 (10.20.0.5)",
        "WAF (10.20.0.9)",
        "Zwei-Faktor-Anmeldung",
    ],
)

# 39 -- e-mail chain in the building department: change of use; applicant and architect
pii(
    "email_chain",
    """
Von: [[P:Mertens, Sabine]] <[[MAIL:s.mertens@nordbau-architekten.de]]>
Gesendet: Dienstag, 24. November 2026 16:20
An: [[P:Lüders, Frank]] <[[MAIL:frank.lueders@gelsenkirchen.de]]>
Betreff: AW: Nutzungsänderung Ladenlokal in Shisha-Bar – Bauantrag [[AZ:63-BA-2026-1187]]

Sehr geehrter Herr [[P:Lüders]],

anbei die überarbeiteten Pläne mit dem zweiten Rettungsweg über den Hof und das Lüftungskonzept
(CO-Warnanlage nach DIN EN 50291). Der Bauherr, Herr [[P:Baran Aslan]], hat die
Stellplatzablöse für zwei Stellplätze akzeptiert.

Mit freundlichen Grüßen
Dipl.-Ing. [[P:Sabine Mertens]], Architektin
Nordbau Architekten PartGmbB · Ahstraße 12 · 45879 Gelsenkirchen · 0209 95 77 30
Durchwahl [[TEL:0209 95 77 312]]

-----Ursprüngliche Nachricht-----
Von: [[P:Lüders, Frank]]
Gesendet: Montag, 16. November 2026 11:05
An: [[P:Mertens, Sabine]]
Betreff: Nutzungsänderung Ladenlokal in Shisha-Bar – Bauantrag [[AZ:63-BA-2026-1187]]

Sehr geehrte Frau [[P:Mertens]],

zum Antrag Ihres Bauherrn für das Ladenlokal [[STR:Bahnhofstraße 58]] (Eigentümer laut Grundbuch:
Herr [[P:Aslan]], Privatanschrift [[STR:Overwegstraße 31]], [[LOC:45881 Gelsenkirchen]]) fehlen
noch der Brandschutznachweis und der Stellplatznachweis nach § 48 BauO NRW. Bitte beachten Sie
den Bebauungsplan Nr. 387 „Altstadt“.

Mit freundlichen Grüßen
[[P:Frank Lüders]]
Referat Bauordnung, Durchwahl [[TEL:0209 169-4618]]
""",
    keep=[
        "Nordbau Architekten PartGmbB",
        "DIN EN 50291",
        "§ 48 BauO NRW",
        "Bebauungsplan Nr. 387 „Altstadt“",
        "0209 95 77 30",
    ],
)

# 40 -- file note on a housing-benefit data match; tax ID, RV number, household
pii(
    "internal_note",
    f"""
Wohngeldstelle – Vermerk Datenabgleich § 33 WoGG (Quartal III/2026)
Vorgang [[AZ:50.2-WG-2025-08814]]

Antragsteller: [[P:Okonkwo, Chinedu]], geb. [[DOB:22.03.1991]]
Anschrift: [[STR:Dückerweg 4]], [[LOC:44867 Bochum]]
Steuer-ID [[TAX:{TAX_OKONKWO}]] · RV-Nr. [[RV:{RV_OKONKWO}]]
Haushalt: Ehefrau [[P:Adaeze Okonkwo]] ([[DOB:14.10.1993]]), Kinder [[P:Chiamaka]] (2019) und
[[P:Obinna]] (2022)

Ergebnis des Abgleichs mit der Datenstelle der Rentenversicherung: Für Frau [[P:A. Okonkwo]]
wird ab 01.07.2026 eine geringfügige Beschäftigung gemeldet (Arbeitgeber: Reinigungsservice
Ruhr GmbH, 520 €/Monat), die im Antrag vom 14.05.2026 nicht angegeben war.

Bewertung: Einkommensänderung über 15 % – Pflicht zur Mitteilung nach § 27 Abs. 3 WoGG.
Anhörung vorbereitet (Frist 4 Wochen), Neuberechnung ab 01.07.2026 vorgemerkt.
Hinweis: Herr [[P:Okonkwo]] hat am 19.11. telefonisch mitgeteilt, dass die Beschäftigung zum
31.10. beendet wurde. Nachweis angefordert.

[[P:Brinkhoff]] / 24.11.2026
""",
    keep=[
        "§ 33 WoGG",
        "Datenstelle der Rentenversicherung",
        "Reinigungsservice\nRuhr GmbH",
        "§ 27 Abs. 3 WoGG",
        "Einkommensänderung über 15 %",
    ],
)

# 41 -- draft press release: the living mayor and the prize winners are persons
pii(
    "internal_note",
    """
ENTWURF – nicht zur Veröffentlichung – Presseamt, Stand 25.11.2026, Freigabe durch Büro OB offen

Ehrenamtspreis „Bochumer Herz“ 2026 verliehen

Im Ratssaal des Rathauses am Willy-Brandt-Platz hat Oberbürgermeisterin [[P:Katrin Hollenberg]]
am Dienstagabend den Ehrenamtspreis „Bochumer Herz“ verliehen. Der mit 3.000 Euro dotierte Preis
wird von der Sparkasse Bochum und der Stiftung Bürgersinn Ruhr gestiftet. [Anm. Presseamt: nicht
mit dem Fritz-Henßler-Preis der Nachbarstadt verwechseln, wie im Entwurf vom 23.11.!]

Ausgezeichnet wurden [[P:Gül Aydın]], die seit 2015 die Ausgabestelle der Tafel in
Wattenscheid leitet, und [[P:Horst Lehnhoff]], der beim SV Langendreer 04 mehr als 200 Kindern
das Schwimmen beigebracht hat. Einen Sonderpreis erhielt die Nachbarschaftsinitiative
„Gerthe hilft“.

„Ohne Menschen wie [[P:Gül Aydın]] und [[P:Horst Lehnhoff]] wäre unsere Stadt ärmer“, sagte
[[P:Hollenberg]]. Die Laudatio hielt der Vorsitzende des Sozialausschusses, Dr. [[P:Marcus Feldhaus]]
[Titel bitte prüfen].

Interne Notiz: Telefonnummer von Frau [[P:Aydın]] für Rückfragen der WAZ nur nach Freigabe
herausgeben ([[TEL:0176 2290 4415]]). Fotos: Presseamt (Fotograf intern).
""",
    keep=[
        "Ehrenamtspreis „Bochumer Herz“",
        "Ratssaal des Rathauses am Willy-Brandt-Platz",
        "Stiftung Bürgersinn Ruhr",
        "SV Langendreer 04",
        "„Gerthe hilft“",
    ],
)

# 42 -- e-mail chain between lost-property office and citizens' office about a found ID card
pii(
    "email_chain",
    """
Von: Fundbüro Stadt Herne <fundbuero@herne.de>
Gesendet: Mittwoch, 25. November 2026 09:12
An: Bürgerbüro Herne-Mitte <buergerbuero-mitte@herne.de>
Betreff: AW: Gefundener Personalausweis – Fundnummer [[AZ:FB-2026-1733]]

Hallo zusammen,

danke! Wir geben den Ausweis heute mit der Hauspost an euch ab (Umschlag „Fundsachen 32-F“).
Die Inhaberin wurde unter [[TEL:0163 7120 5548]] erreicht und holt ihn bei euch ab.

Gruß aus dem Fundbüro, [[P:Yvonne Stegemann]]

-----Ursprüngliche Nachricht-----
Von: Bürgerbüro Herne-Mitte
Gesendet: Dienstag, 24. November 2026 15:40
An: Fundbüro Stadt Herne
Betreff: Gefundener Personalausweis – Fundnummer [[AZ:FB-2026-1733]]

Hallo Fundbüro,

der am 23.11. in der Linie 362 gefundene Ausweis Nr. [[ID:T7WC3HNR1]] gehört zu
[[P:Vanessa Kuhlmann]], geb. [[DOB:28.02.2001]], gemeldet [[STR:Edmund-Weber-Straße 176]],
[[LOC:44651 Herne]]. Der Ausweis ist nicht als verloren gemeldet. Bitte an uns weiterleiten,
wir rufen sie an. Die Telefonnummer aus der Fundanzeige ist [[TEL:0163 7120 5548]].

Viele Grüße
Bürgerbüro Herne-Mitte, [[P:Okafor]]
""",
    keep=[
        "fundbuero@herne.de",
        "buergerbuero-mitte@herne.de",
        "Fundsachen 32-F",
        "Linie 362",
    ],
)

# 43 -- foreigners' office: note on a passport renewal at the embassy; foreign passport, interpreter
pii(
    "internal_note",
    """
Ausländerbehörde Gelsenkirchen – Gesprächsvermerk
Aktenzeichen [[AZ:32.4-NG-2024-0718]]  ·  Termin 26.11.2026, 10:30 Uhr, Raum 2.14

Anwesend: [[P:Blessing Adeyemi-Eze]], geb. [[DOB:15.05.1990]] in [[LOC:Ibadan]],
nigerianische Staatsangehörige; Dolmetscher nicht erforderlich. Sachbearbeitung: [[P:Hartmann]].

Nationalpass Nr. [[PASS:A11930482]] gültig bis 12.01.2027. Die Vorsprache bei der Botschaft der
Bundesrepublik Nigeria in Berlin zur Passverlängerung ist für den 08.12.2026 gebucht
(Buchungsbestätigung in Kopie zur Akte).

Aufenthaltserlaubnis § 16b AufenthG (Studium an der Westfälischen Hochschule, Campus
Gelsenkirchen). Immatrikulationsbescheinigung WS 2026/27 liegt vor. Nachweis der
Lebensunterhaltssicherung über Sperrkonto fehlt für 2027.

Neue Anschrift seit 01.10.2026: [[STR:Wanner Straße 118, Whg. 6]], [[LOC:45888 Gelsenkirchen]],
Ummeldung erfolgt. Telefon [[TEL:0155 6021 8843]].

Wiedervorlage 15.01.2027 – neuer Pass und Sperrkonto-Nachweis.
""",
    keep=[
        "Raum 2.14",
        "Botschaft der\nBundesrepublik Nigeria in Berlin",
        "§ 16b AufenthG",
        "Westfälischen Hochschule, Campus\nGelsenkirchen",
        "Sperrkonto",
    ],
)

# 44 -- vehicle registration office: note on a dealer (sole trader) and two customers' plates
pii(
    "internal_note",
    """
Straßenverkehrsamt – Zulassungsstelle Herne – Vermerk Händlerzulassungen
Datum: 26.11.2026

Das Autohaus [[P:Yavuz]] e.K. (Inhaber [[P:Cem Yavuz]], [[HR:HRA 2288]] Amtsgericht Bochum,
Betriebssitz [[STR:Holsterhauser Straße 204]], [[LOC:44625 Herne]]) hat am 24.11. für zwei Kunden
Zulassungen über das Großkundenportal beantragt:

1. Halterin [[P:Marlene Tewes]], [[STR:Von-der-Heydt-Straße 9]], [[LOC:44629 Herne]] –
   Wunschkennzeichen [[KFZ:HER-MT 77]], Reservierung bis 30.11.
2. Halter [[P:Jannik Brüggemann]], [[STR:Castroper Straße 312]], [[LOC:44627 Herne]] –
   Umschreibung von [[KFZ:GE-JB 4401]] auf [[KFZ:HER-JB 440]]

Bei Nr. 2 fehlt die SEPA-Einzugsermächtigung für die Kfz-Steuer (Hauptzollamt Dortmund).
Herr [[P:Yavuz]] wurde telefonisch informiert ([[TEL:02323 91 44 70]], direkte Durchwahl des
Inhabers).

Die Sammelmappe geht zurück an das Autohaus. Händlerkonto im Großkundenportal: Kennung GK-0413.
Hinweis an Team Zulassung: Die Dienstfahrzeuge HER-S 1201 bis HER-S 1206 werden separat über
den Fuhrpark abgewickelt.
""",
    keep=[
        "Großkundenportal",
        "Hauptzollamt Dortmund",
        "Kennung GK-0413",
        "HER-S 1201 bis HER-S 1206",
    ],
)

# 45 -- e-mail chain of the personnel office: a new employee's data for payroll
pii(
    "email_chain",
    f"""
Von: [[P:Franke, Lena]] <[[MAIL:lena.franke97@gmail.com]]>
Gesendet: Donnerstag, 26. November 2026 19:33
An: [[P:Bartels, Ute]] <[[MAIL:ute.bartels@hattingen.de]]>
Betreff: AW: Ihre Einstellung zum 01.01.2027 – Unterlagen für die Bezügeabrechnung

Sehr geehrte Frau [[P:Bartels]],

hier die fehlenden Angaben:
Steuer-ID: [[TAX:{TAX_FRANKE}]]
Sozialversicherungsnummer: [[RV:{RV_FRANKE}]] (Geburtsname [[P:Baumann]])
Krankenkasse: Techniker Krankenkasse
IBAN: [[IBAN:{IBAN_HORN}]]
Anschrift ab 15.12.: [[STR:Bahnhofstraße 12]], [[LOC:45525 Hattingen]]

Viele Grüße
[[P:Lena Franke]]

-----Ursprüngliche Nachricht-----
Von: [[P:Bartels, Ute]]
Gesendet: Montag, 23. November 2026 10:02
An: [[P:Franke, Lena]]
Betreff: Ihre Einstellung zum 01.01.2027 – Unterlagen für die Bezügeabrechnung

Sehr geehrte Frau [[P:Franke]],

willkommen bei der Stadt Hattingen! Für Ihre Einstellung als Verwaltungsfachangestellte im
Fachbereich Bürgerdienste (EG 6 TVöD, Stellenausschreibung Kennziffer 2026-31) benötige ich noch
Ihre Steuer-ID, Sozialversicherungsnummer, Krankenkasse und Bankverbindung.

Mit freundlichen Grüßen
[[P:Ute Bartels]]
Fachbereich Personal, Durchwahl [[TEL:02324 204-3312]]
""",
    keep=[
        "Techniker Krankenkasse",
        "Fachbereich Bürgerdienste (EG 6 TVöD",
        "Kennziffer 2026-31",
        "Fachbereich Personal",
    ],
)

# ----- tables ------------------------------------------------------------------------------------

# 46 -- holiday programme: children with dates of birth, parents' numbers
pii(
    "table",
    """
Ferienprogramm „Zeche, Zoo und Zollverein“ 2027 – Teilnehmerliste Gruppe B (Jugendamt Essen)
Treffpunkt täglich 8:30 Uhr, Jugendzentrum Papestraße, Abfahrt Linie 107 ab Haltestelle Zollverein

Nr | Name, Vorname            | geb.       | Notfallkontakt                      | Hinweis
1  | [[P:Krüger, Finn]]                | [[DOB:12.04.2016]] | Mutter [[TEL:0176 1183 4420]]               | Schwimmer
2  | [[P:Yılmaz, Elif]]                | [[DOB:30.09.2015]] | Vater [[P:Murat Yılmaz]] [[TEL:0201 28 44 71]]  | Nussallergie
3  | [[P:Nowicki, Zuzanna]]            | [[DOB:07.01.2017]] | Mutter [[TEL:0157 3302 6178]]               | –
4  | [[P:Osei, Kofi]]                  | [[DOB:18.06.2016]] | Tante [[P:Abena Mensah]] [[TEL:0152 9911 0634]] | Nichtschwimmer
5  | [[P:Schulte-Wien, Paula]]         | [[DOB:22.11.2015]] | Eltern [[TEL:0201 47 90 33]]                | vegetarisch
6  | [[P:Haddad, Yousef]]              | [[DOB:05.03.2017]] | Mutter [[TEL:0162 4471 8820]]               | Inhalator

Programm: Mo Deutsches Bergbau-Museum, Di Zoom Erlebniswelt, Mi Zeche Zollverein (Kokerei,
Kinderführung „Kohle, Koks und Kumpel“), Do Grugapark, Fr Abschlussfest.
Betreuung: Team Ferienspatz (Funktionspostfach ferienspatz@jugendamt.essen.de)
""",
    keep=[
        "Jugendzentrum Papestraße",
        "Linie 107 ab Haltestelle Zollverein",
        "Deutsches Bergbau-Museum",
        "Kinderführung „Kohle, Koks und Kumpel“",
        "ferienspatz@jugendamt.essen.de",
    ],
)

# 47 -- resident parking permits issued; permit numbers, plates, addresses
pii(
    "table",
    """
Bewohnerparkausweise Zone E2 (Ehrenfeld) – ausgestellt im November 2026 – Auszug Fachverfahren
Ausweis-Nr.;Name;Anschrift;Kennzeichen;gültig bis;Gebühr
[[AZ:E2-2026-0771]];[[P:Kaplan, Emre]];[[STR:Königsallee 48a]];[[KFZ:BO-EK 2741]];30.11.2027;120,00
[[AZ:E2-2026-0772]];[[P:Lindqvist, Maja]];[[STR:Oskar-Hoffmann-Straße 61]];[[KFZ:BO-ML 318]];30.11.2027;120,00
[[AZ:E2-2026-0773]];[[P:Osterhaus, Günter]];[[STR:Brenscheder Straße 3]];[[KFZ:BO-GO 55]];30.11.2027;60,00 (ermäßigt)
[[AZ:E2-2026-0774]];[[P:Nguyen, Van Minh]];[[STR:Königsallee 112]];[[KFZ:BO-VN 1204]];30.11.2027;120,00
[[AZ:E2-2026-0775]];[[P:Stratmann, Jule]];[[STR:Ehrenfeldstraße 27]];[[KFZ:BO-JS 2703]];31.05.2027;60,00 (Halbjahr)
Abgelehnt: 1 (Firmenfahrzeug ohne Nutzungsnachweis); Poolfahrzeug BO-SB 210 der Stadt nicht berechtigt
Summe Gebühren: 480,00 €
""",
    keep=[
        "Bewohnerparkausweise Zone E2 (Ehrenfeld)",
        "Ausweis-Nr.;Name;Anschrift;Kennzeichen;gültig bis;Gebühr",
        "Poolfahrzeug BO-SB 210",
        "Summe Gebühren: 480,00 €",
    ],
)

# 48 -- poll workers with IBANs for the refreshment allowance; polling stations named after persons
pii(
    "table",
    f"""
Wahlamt – Wahlvorstände Stimmbezirke 0411–0415 (Bundestagswahl 2027), Auszahlung Erfrischungsgeld
Stimmbezirk | Wahlraum                               | Funktion    | Name                  | IBAN                          | Betrag
0411        | Gertrud-Bäumer-Realschule, Raum 104    | Vorsteher   | [[P:Lorenz, Michael]]       | [[IBAN:{IBAN_W1}]]  | 60 €
0411        | Gertrud-Bäumer-Realschule, Raum 104    | Schriftf.   | [[P:Çelik, Aylin]]          | [[IBAN:{IBAN_W2}]]  | 40 €
0412        | Grundschule Friedrich-von-Bodelschwingh | Vorsteherin | [[P:Brandhorst, Ingrid]]    | [[IBAN:{IBAN_W3}]]  | 60 €
0413        | Seniorenzentrum Haus Maria Frieden     | Beisitzer   | [[P:Wojcik, Adam]]          | [[IBAN:{IBAN_W4}]]  | 40 €
0415        | Turnhalle Willy-Brandt-Gesamtschule    | Beisitzerin | [[P:Ahrens, Merle]]         | [[IBAN:{IBAN_W5}]]  | 40 €
Rückfragen: Wahlamt, wahlen@bochum.de, Hotline 0234 910-1500 (keine Durchwahlen herausgeben)
Erstellt: [[P:Terbrüggen]], 27.11.2026
""",
    keep=[
        "Gertrud-Bäumer-Realschule, Raum 104",
        "Grundschule Friedrich-von-Bodelschwingh",
        "Seniorenzentrum Haus Maria Frieden",
        "Turnhalle Willy-Brandt-Gesamtschule",
        "wahlen@bochum.de",
    ],
)

# 49 -- fine proceedings: file numbers, holders, plates; offence locations are public streets
pii(
    "table",
    """
Bußgeldstelle – offene Verfahren ruhender Verkehr, Sachgebiet 2, Stand 27.11.2026
Aktenzeichen         Kennzeichen   Halter/in                 Tatort                                 TBNR     Betrag  Status
[[AZ:BO 58.10.220417.1]]  [[KFZ:BO-RK 4410]]    [[P:Kaiser, Ralf]]              Konrad-Adenauer-Platz (Taxistand)      141312   55,00   Anhörung
[[AZ:BO 58.10.220419.8]]  [[KFZ:E-AS 902]]      [[P:Schmitz, Anna-Lena]]        Dr.-Ruer-Platz (Fußgängerzone)         141104   55,00   Zahlung offen
[[AZ:BO 58.10.220433.0]]  [[KFZ:HER-TK 118]]    [[P:Kurt, Tayfun]]              Haltestelle Bergmannsheil (15 m)       112402   35,00   Einspruch
[[AZ:BO 58.10.220447.5]]  [[KFZ:DO-FW 3307]]    [[P:Wagner, Frieda]]            Gustav-Heinemann-Platz, Behindertenpl. 142678   55,00   Anhörung
[[AZ:BO 58.10.220452.3]]  [[KFZ:BO-SB 305]]     Stadt Bochum (Dienstfahrzeug)   Willy-Brandt-Platz, Feuerwehrzufahrt   141314   –       eingestellt
Hinweis: Verfahren gegen Dienstfahrzeuge werden nach Dienstanweisung 32/2019 an das Haupt- und
Personalamt abgegeben.
""",
    keep=[
        "Konrad-Adenauer-Platz (Taxistand)",
        "Haltestelle Bergmannsheil (15 m)",
        "Gustav-Heinemann-Platz",
        "Stadt Bochum (Dienstfahrzeug)",
        "Dienstanweisung 32/2019",
    ],
)

# 50 -- business registrations: sole traders (personal, HRA) next to companies (not personal, HRB)
pii(
    "table",
    """
Gewerbeamt – Gewerbeanzeigen KW 47/2026 (intern, nicht zur Veröffentlichung)
Art | Betrieb                                  | Inhaber/in bzw. Geschäftsführung | Betriebsstätte                          | Register
An  | Friseursalon [[P:Nur Demirtaş]] e.K.              | [[P:Nur Demirtaş]], geb. [[DOB:11.01.1994]] | [[STR:Hauptstraße 88]], [[LOC:44651 Herne]]        | [[HR:HRA 2301]] AG Bochum
An  | Ruhrbau Projekt GmbH                     | GF [[P:Sven Lohmeyer]]                | Industriestraße 10, 44653 Herne         | HRB 21904 AG Bochum
Um  | Elektro [[P:Brauckmann]] e.K.                     | [[P:Jens Brauckmann]], geb. [[DOB:03.06.1971]] | [[STR:Am Trimbuschhof 5]], [[LOC:44628 Herne]]      | [[HR:HRA 1877]] AG Bochum
Ab  | Grillo Immobilien Verwaltungs GmbH       | GF Dr. [[P:Katharina Roeder]]         | Grillostraße 3, 45879 Gelsenkirchen     | HRB 4410 AG Gelsenkirchen
An  | Kiosk am Schloss Strünkede               | [[P:Hamid Sultani]], geb. [[DOB:25.07.1988]] | [[STR:Karl-Brandt-Weg 2]], [[LOC:44629 Herne]]      | –
Summe: 3 Anmeldungen, 1 Ummeldung, 1 Abmeldung; Weitergabe XGewerbeanzeige an IHK, HWK, IT.NRW
""",
    keep=[
        "Ruhrbau Projekt GmbH",
        "HRB 21904 AG Bochum",
        "Grillo Immobilien Verwaltungs GmbH",
        "Kiosk am Schloss Strünkede",
        "Weitergabe XGewerbeanzeige an IHK, HWK, IT.NRW",
    ],
)

# ---------------------------------------------------------------------------------------------
# PII-free documents
# ---------------------------------------------------------------------------------------------

# 1 -- press release: redesign of the square in front of the town hall; square, school, stop
clean(
    "press_release",
    """
Pressemitteilung Nr. 412/2026 – Stadt Bochum, Presse- und Informationsamt – 09.11.2026

Umgestaltung des Willy-Brandt-Platzes: Bauarbeiten beginnen nach dem Weihnachtsmarkt

Die Neugestaltung des Willy-Brandt-Platzes vor dem Rathaus beginnt am 12. Januar 2027. Der
Rat der Stadt hat die Maßnahme am 24. September 2026 beschlossen (Vorlage 20261873). Bis zum
Herbst 2027 entstehen ein Wasserspiel, 46 neue Bäume, Sitzstufen und überdachte
Fahrradbügel. Die Kosten liegen bei 6,3 Millionen Euro; 70 Prozent trägt das Land aus dem
Programm „Stadtumbau West“.

Während der Bauzeit bleibt der Haupteingang des Rathauses (Willy-Brandt-Platz 2–6)
erreichbar. Das Bürgerbüro Mitte zieht für die Dauer der Arbeiten in das
Bildungs- und Verwaltungszentrum am Gustav-Heinemann-Platz.

Die Schülerinnen und Schüler der Gertrud-Bäumer-Realschule nutzen ab dem 12. Januar den
ausgeschilderten Schulweg über die Viktoriastraße. Die Straßenbahnlinien 308 und 318 halten
wie gewohnt an der Haltestelle Rathaus (Süd); die Haltestelle Bergmannsheil der Linie U35 ist
nicht betroffen.

Informationsabend: Donnerstag, 3. Dezember 2026, 18 Uhr, im Ratssaal. Die Pläne hängen ab dem
16. November im Foyer des Rathauses aus und stehen unter www.bochum.de/willy-brandt-platz
bereit. Fragen und Anregungen nimmt das Tiefbauamt bis zum 15. Dezember über das
Funktionspostfach willy-brandt-platz@bochum.de entgegen.

Rückfragen der Medien: Presse- und Informationsamt, Telefon 0234 910-3300,
presseamt@bochum.de
""",
    keep=[
        "Willy-Brandt-Platzes",
        "Gertrud-Bäumer-Realschule",
        "Haltestelle Bergmannsheil",
        "Vorlage 20261873",
        "Gustav-Heinemann-Platz",
        "willy-brandt-platz@bochum.de",
    ],
)

# 2 -- press release: a new civic prize named after a historic mayor; other prizes named after persons
clean(
    "press_release",
    """
Pressemitteilung – Stadt Dortmund – 12.11.2026

Stadt lobt erstmals den Fritz-Henßler-Preis für Zivilcourage aus

Der Rat der Stadt Dortmund hat in seiner Sitzung am 5. November die Stiftung eines neuen
Preises beschlossen (Drucksache 31874-26). Der Fritz-Henßler-Preis erinnert an den früheren
Oberbürgermeister Fritz Henßler (1886–1953), der während der NS-Zeit im Konzentrationslager
Sachsenhausen inhaftiert war und nach 1946 den Wiederaufbau der Stadt prägte.

Der Preis ist mit 5.000 Euro dotiert und wird alle zwei Jahre vergeben, erstmals im Mai 2027
im Fritz-Henßler-Haus. Ausgezeichnet werden Initiativen, Vereine und Einzelpersonen, die sich
in Dortmund für Demokratie und gegen Diskriminierung einsetzen. Vorschläge können bis zum
31. Januar 2027 eingereicht werden, auch Selbstbewerbungen sind möglich.

Über die Vergabe entscheidet eine Jury aus Vertreterinnen und Vertretern des Rates, des
Jugendrings, des Integrationsrates und der Auslandsgesellschaft. Den Vorsitz hat die
Bürgermeisterin als Vertreterin des Oberbürgermeisters.

Mit dem neuen Preis ergänzt die Stadt ihre Auszeichnungen: Der Nelly-Sachs-Preis für Literatur
und der Preis für Kinder- und Jugendkultur werden unverändert weiter vergeben. Anders als der
Goethe-Preis der Stadt Frankfurt oder der Heinrich-Heine-Preis der Landeshauptstadt
Düsseldorf richtet sich der Fritz-Henßler-Preis ausdrücklich an ehrenamtliches Engagement.

Vorschläge bitte mit kurzer Begründung an: Stadt Dortmund, Büro für Bürgerschaftliches
Engagement, Friedensplatz 1, 44135 Dortmund, oder an zivilcourage-preis@dortmund.de.
Die Ausschreibungsunterlagen gibt es unter www.dortmund.de/henssler-preis.
""",
    keep=[
        "Fritz-Henßler-Preis",
        "Fritz Henßler (1886–1953)",
        "Drucksache 31874-26",
        "Nelly-Sachs-Preis",
        "Goethe-Preis der Stadt Frankfurt",
        "zivilcourage-preis@dortmund.de",
    ],
)

# 3 -- press release: anniversary at the World Heritage site; historic architects, tram stop
clean(
    "press_release",
    """
Pressemitteilung – Stadt Essen / Stiftung Zollverein – 18.11.2026

Welterbe Zeche Zollverein: Festwochenende zum Jubiläum von Schacht XII

Vor 94 Jahren, im Februar 1932, ging die Zentralschachtanlage Zollverein Schacht XII in
Betrieb. Die Architekten Fritz Schupp und Martin Kremmer hatten sie im Stil der Neuen
Sachlichkeit entworfen; der Doppelbock-Förderturm wurde zum Wahrzeichen des Ruhrgebiets.
Seit 2001 gehört die Zeche Zollverein zum UNESCO-Welterbe.

Am Wochenende 5. und 6. Dezember 2026 laden die Stiftung Zollverein, das Ruhr Museum und das
Red Dot Design Museum zu einem Festprogramm ein:

- Samstag, 11 und 14 Uhr: Führung „Über Kohle und Kumpel“ durch die Kohlenwäsche
- Samstag, 17 Uhr: Lichtinstallation an der Kokerei Zollverein
- Sonntag, 11 Uhr: Bergmannschor im Salzlager der Kokerei
- Sonntag, 15 Uhr: Familienführung „Glück auf, kleiner Kumpel!“

Der Eintritt zum Gelände ist frei, Führungen kosten 12 Euro (ermäßigt 8 Euro). Die
Eisbahn an der Kokerei öffnet am selben Wochenende.

Anreise: Straßenbahnlinie 107 bis Haltestelle Zollverein oder Linie 7 bis Haltestelle
Kokerei Zollverein. Parkplätze gibt es an der Fritz-Schupp-Allee (Parkplatz A2) und an der
Arendahls Wiese.

Information und Anmeldung: Besucherzentrum Ruhr.Visitorcenter, Gelsenkirchener Straße 181,
45309 Essen, Telefon 0201 24 68 10, besucherdienst@zollverein.de
""",
    keep=[
        "Zeche Zollverein",
        "Fritz Schupp und Martin Kremmer",
        "Haltestelle Zollverein",
        "Fritz-Schupp-Allee (Parkplatz A2)",
        "„Glück auf, kleiner Kumpel!“",
        "besucherdienst@zollverein.de",
    ],
)

# 4 -- press release: ships named after persons
clean(
    "press_release",
    """
Pressemitteilung – Stadt Hagen – 20.11.2026

Neues Fahrgastschiff für den Hengsteysee wird auf den Namen „Friedrich Harkort“ getauft

Die Personenschifffahrt auf dem Hengsteysee erhält zur Saison 2027 ein neues,
elektrisch angetriebenes Fahrgastschiff. Die MS Friedrich Harkort bietet Platz für 180
Fahrgäste und ersetzt die MS Hengstey aus dem Jahr 1968. Namensgeber ist der Industriepionier
Friedrich Harkort (1793–1880), der 1819 in Wetter eine der ersten Maschinenfabriken des
Ruhrgebiets gründete und sich früh für den Eisenbahnbau einsetzte.

Die Taufe findet am Samstag, 17. April 2027, um 11 Uhr am Anleger Seeschlösschen statt.
Taufpatin ist traditionsgemäß die Bezirksbürgermeisterin von Hagen-Nord. Anschließend
fährt das Schiff zum ersten Mal mit Gästen über den See; Plätze werden verlost.

Mit dem Neubau wächst die Flotte auf drei Schiffe: Neben der MS Friedrich Harkort sind die
MS Freiherr vom Stein und die Solarfähre Kaiser Wilhelm unterwegs. Die Feuerwehr Hagen setzt
auf dem See weiterhin das Rettungsboot „Florian Hagen 5-RTB-1“ ein.

Das Schiff wurde von der Lux-Werft in Mondorf gebaut und kostet 2,9 Millionen Euro; das Land
fördert den Elektroantrieb aus dem Programm progres.nrw mit 640.000 Euro.

Fahrplan und Tickets: www.hagen-touristik.de, Telefon 02331 80 99 80.
Verlosung der Plätze für die Jungfernfahrt: jungfernfahrt@hagen.de (Einsendeschluss 15.03.2027)
""",
    keep=[
        "MS Friedrich Harkort",
        "Friedrich Harkort (1793–1880)",
        "MS Freiherr vom Stein",
        "Solarfähre Kaiser Wilhelm",
        "Florian Hagen 5-RTB-1",
        "jungfernfahrt@hagen.de",
    ],
)

# 5 -- council paper: renaming of two streets after persons; historic persons only
clean(
    "council_document",
    """
Stadt Bochum – Beschlussvorlage der Verwaltung Nr. 20262011
Beratungsfolge: Bezirksvertretung Wattenscheid (Entscheidung), 15.10.2026

Betreff: Umbenennung der Hindenburgstraße und des Carl-Diem-Wegs

Beschlussvorschlag:
1. Die Hindenburgstraße (zwischen Hochstraße und Bochumer Straße) wird mit Wirkung zum
   01.01.2027 in „Elisabeth-Selbert-Straße“ umbenannt.
2. Der Carl-Diem-Weg am Sportpark Wattenscheid wird mit Wirkung zum 01.01.2027 in
   „Lilli-Henoch-Weg“ umbenannt.

Begründung:
Die Kommission zur Überprüfung von Straßennamen hat 2025 empfohlen, Straßen nach Paul von
Hindenburg und Carl Diem umzubenennen. Hindenburg ernannte 1933 Adolf Hitler zum Reichskanzler;
Carl Diem verherrlichte noch 1945 den Krieg in Ansprachen vor der Hitlerjugend.

Elisabeth Selbert (1896–1986) war eine der vier „Mütter des Grundgesetzes“ und setzte die
Gleichberechtigung von Frauen und Männern in Art. 3 Abs. 2 GG durch. Lilli Henoch (1899–1942)
war Weltrekordlerin im Diskuswurf; sie wurde 1942 in Riga ermordet.

Finanzielle Auswirkungen: Straßenschilder 4.800 €. Den 214 Anwohnerinnen und Anwohnern
entstehen für die Änderung von Personalausweis und Fahrzeugschein keine Gebühren. Beide
Straßennamen werden für ein Jahr mit rot durchgestrichenem altem Namen beschildert.

Anlagen: Übersichtsplan, Stellungnahme des Stadtarchivs (Az. 41 10 02-2025/17)
""",
    keep=[
        "Beschlussvorlage der Verwaltung Nr. 20262011",
        "Elisabeth-Selbert-Straße",
        "Lilli-Henoch-Weg",
        "Elisabeth Selbert (1896–1986)",
        "Az. 41 10 02-2025/17",
    ],
)

# 6 -- council agenda with papers, land-use plans and a school named after a writer
clean(
    "council_document",
    """
Einladung zur 23. Sitzung des Rates der Stadt Herne
Donnerstag, 10.12.2026, 15:00 Uhr, Ratssaal des Rathauses Herne, Friedrich-Ebert-Platz 2

Tagesordnung – öffentlicher Teil

1.  Eröffnung und Feststellung der Beschlussfähigkeit
2.  Einwohnerfragestunde
3.  Haushaltssatzung 2027 mit Haushaltsplan – Drucksache 2026/0811
4.  Bebauungsplan Nr. 247 „Gewerbepark Friedrich der Große“ – Satzungsbeschluss
    – Drucksache 2026/0790
5.  Benennung der Grundschule Kirchviertel in „Astrid-Lindgren-Schule“ – Drucksache 2026/0802
6.  Neufassung der Satzung über die Erhebung von Gebühren für die Benutzung der
    Flottmann-Hallen – Drucksache 2026/0815
7.  Wirtschaftsplan 2027 der Stadtwerke Herne AG – Drucksache 2026/0821
8.  Umbau der Haltestelle Sodingen Mont-Cenis (barrierefreier Ausbau) – Drucksache 2026/0764
9.  Antrag der Fraktion Bündnis 90/Die Grünen: Tempo 30 vor der Erich-Kästner-Schule
    – zurückgezogen, behandelt im Verkehrsausschuss am 26.11.2026
10. Anfragen und Mitteilungen der Verwaltung

Tagesordnung – nichtöffentlicher Teil
11. Grundstücksangelegenheiten (Gemarkung Sodingen) – Drucksache 2026/0833 (nö)
12. Vergabe Rahmenvertrag Gebäudereinigung – Vergabenummer 2026-10-034

Die Unterlagen stehen im Ratsinformationssystem unter ratsinfo.herne.de bereit. Die Sitzung
wird im Livestream übertragen.

Herne, den 26.11.2026
Der Oberbürgermeister
""",
    keep=[
        "Friedrich-Ebert-Platz 2",
        "Bebauungsplan Nr. 247 „Gewerbepark Friedrich der Große“",
        "Astrid-Lindgren-Schule",
        "Drucksache 2026/0764",
        "Vergabenummer 2026-10-034",
        "Der Oberbürgermeister",
    ],
)

# 7 -- event listing of two cultural centres; titles of works with person-like words
clean(
    "event_listing",
    """
Kulturkalender Bochum-Ost – Dezember 2026

Bahnhof Langendreer · Wallbaumweg 108 · 44894 Bochum · Karten 0234 68 71 610
Zeche Bochum · Prinz-Regent-Straße 50–60 · 44795 Bochum · Karten 0234 93 55 60

Fr 04.12.  20:00  Bahnhof Langendreer, Saal: Milonga „Tango Argentino“ – Tanzabend mit
                  Einsteigerkurs ab 19:00 Uhr (10 €)
Sa 05.12.  19:30  Bahnhof Langendreer, Endstation Kino: „Don Giovanni“ – Live-Übertragung der
                  Oper von Wolfgang Amadeus Mozart (18 €)
So 06.12.  15:00  Bahnhof Langendreer, Studio 108: „Der kleine Prinz“ – Figurentheater für
                  Kinder ab 5 Jahren (7 €)
Do 10.12.  20:00  Zeche Bochum: Ruhrpott Brass Band – Weihnachtskonzert (VVK 22 €)
Sa 12.12.  21:00  Zeche Bochum: 80er-Party „Dancing Queen“ mit DJ-Team Zechenkind (12 €)
So 13.12.  11:00  Bahnhof Langendreer, Saal: Kindertheater „Pettersson und Findus“ (8 €)
Fr 18.12.  20:00  Kulturzentrum Alte Schmiede: Lesung „Emil und die Detektive“ für Erwachsene
Sa 19.12.  20:00  Zeche Bochum: Tribute-Abend „Johnny Cash – The Man in Black“ (25 €)
Do 31.12.  22:00  Bahnhof Langendreer: Silvesterparty „Auf Wiedersehen 2026“ (15 €)

Barrierefreiheit: Saal und Kino im Bahnhof Langendreer ebenerdig, Zeche Bochum mit Rampe am
Eingang Prinz-Regent-Straße. Die Haltestelle Langendreer S (S1) liegt 200 m entfernt.
Anfahrt zur Zeche Bochum: Linie 308/318 bis Haltestelle Prinz-Regent-Straße, dann
5 Minuten Fußweg.

Programmänderungen vorbehalten. Karten auch an allen bekannten Vorverkaufsstellen.
""",
    keep=[
        "Milonga „Tango Argentino“",
        "„Don Giovanni“",
        "Wolfgang Amadeus Mozart",
        "„Der kleine Prinz“",
        "„Pettersson und Findus“",
        "Prinz-Regent-Straße 50–60",
    ],
)

# 8 -- theatre season preview; operas, plays and their characters
clean(
    "event_listing",
    """
Musiktheater im Revier Gelsenkirchen – Spielplan Dezember 2026 / Januar 2027
Kennedyplatz · 45881 Gelsenkirchen · Theaterkasse 0209 40 97 200 · kasse@musiktheater-im-revier.de

Großes Haus
Hänsel und Gretel – Märchenoper von Engelbert Humperdinck
  06.12. 16:00 · 13.12. 16:00 · 20.12. 11:00 und 16:00 · 26.12. 16:00
Die Zauberflöte – Oper von Wolfgang Amadeus Mozart; Papageno, Tamino und die Königin der Nacht
  im Bühnenbild der Inszenierung von 2019
  12.12. 19:30 · 31.12. 18:00 (Silvestervorstellung mit Sekt)
Carmen – Oper von Georges Bizet (in französischer Sprache mit deutschen Übertiteln)
  09.01. 19:30 · 17.01. 18:00

Kleines Haus
Der kleine Prinz – nach Antoine de Saint-Exupéry, für alle ab 8 Jahren
  07.12. 10:00 und 11:30 (Schulvorstellungen) · 19.12. 15:00
Nathan der Weise – Schauspiel von Gotthold Ephraim Lessing, Gastspiel des Theaters Oberhausen
  15.01. 19:30

Ballett im Revier
Der Nussknacker – Ballett von Pjotr Iljitsch Tschaikowsky
  18.12. 19:30 · 27.12. 15:00

Sonderveranstaltungen
Weihnachtliches Foyerkonzert der Neuen Philharmonie Westfalen, 22.12. 19:00, Eintritt frei
Einführungsmatinee „Wer war Don Giovanni?“ zur Premiere im Februar, 24.01. 11:00

Ermäßigungen für Schüler, Studierende und Inhaber des GE-Passes. Rollstuhlplätze über die
Theaterkasse. Parken im Parkhaus am Musiktheater (Kennedyplatz), Straßenbahn 302 bis
Haltestelle Musiktheater.
""",
    keep=[
        "Hänsel und Gretel",
        "Engelbert Humperdinck",
        "Papageno, Tamino und die Königin der Nacht",
        "Nathan der Weise",
        "„Wer war Don Giovanni?“",
        "kasse@musiktheater-im-revier.de",
    ],
)

# 9 -- Christmas market programme: stages on squares named after persons, saints' days
clean(
    "event_listing",
    """
Bochumer Weihnachtsmarkt 2026 – Bühnenprogramm (Auszug)
19.11. bis 23.12.2026 · Willy-Brandt-Platz, Dr.-Ruer-Platz, Husemannplatz, Kortumstraße

Bühne am Dr.-Ruer-Platz
Do 19.11. 18:00  Eröffnung mit der Oberbürgermeisterin und dem Posaunenchor St. Marien
Sa 28.11. 17:00  Kinderchor der Musikschule: „Lasst uns froh und munter sein“
So 06.12. 15:00  Nikolaus kommt! Der Nikolaus verteilt Stutenkerle an alle Kinder
Fr 11.12. 19:00  Gospelchor „Joyful Voices“ – Weihnachtslieder aus aller Welt
So 13.12. 16:00  Lucia-Umzug der Deutsch-Schwedischen Gesellschaft

Husemannplatz (Riesenrad und Eisbahn)
täglich 11–22 Uhr, Eisstockschießen nach Anmeldung über eisbahn@bochum-marketing.de
Sa 05.12. 18:00  Kostümlaufen „Die Eiskönigin“ für Kinder bis 12 Jahre

Kortumstraße / Kuhhirte
Mittelaltermarkt mit Schmied, Seifensieder und Kerzenzieher, täglich 12–21 Uhr
Sa 12.12. 17:00  Krippenspiel der Gemeinde St. Peter und Paul am Kuhhirten-Denkmal

Das Christkind-Postamt im Rathausfoyer (Willy-Brandt-Platz 2–6) beantwortet Wunschzettel bis
zum 18. Dezember; Briefe an „Christkind, Rathaus Bochum“ bitte mit Absender.

Öffnungszeiten: Mo–Sa 11–21 Uhr, So 12–21 Uhr; Totensonntag (22.11.) geschlossen.
Veranstalter: Bochum Marketing GmbH, Huestraße 9, 44787 Bochum, info@bochum-marketing.de
""",
    keep=[
        "Bühne am Dr.-Ruer-Platz",
        "Nikolaus kommt!",
        "Lucia-Umzug der Deutsch-Schwedischen Gesellschaft",
        "Kuhhirten-Denkmal",
        "Christkind-Postamt",
        "eisbahn@bochum-marketing.de",
    ],
)

# 10 -- firm directory of a business park; firms named after founders, HRB/HRA, switchboards
clean(
    "directory",
    """
Gewerbepark Hansa – Firmenverzeichnis (Wirtschaftsförderung Dortmund, Stand 11/2026)
Hansastraße / Emil-Figge-Straße / Otto-Hahn-Straße, 44227 Dortmund

Firma                                    Anschrift                  Branche               Register                    Zentrale
Heitkötter & Brandes Anlagenbau GmbH     Emil-Figge-Straße 80       Anlagenbau            HRB 24118 AG Dortmund       0231 97 50-0
Wilhelm Brinkhoff Tiefbau GmbH & Co. KG  Otto-Hahn-Straße 19        Tiefbau               HRA 16602 AG Dortmund       0231 75 44 60
Meyer-Thiele Straßenbau GmbH             Otto-Hahn-Straße 23        Straßenbau            HRB 30911 AG Dortmund       0231 75 88 10
Dr. Kaltenbach Labor GmbH                Emil-Figge-Straße 42       Umweltanalytik        HRB 27755 AG Dortmund       0231 97 44-200
Gebr. Schürmann Elektrotechnik KG        Hansastraße 7              Elektrotechnik        HRA 15240 AG Dortmund       0231 72 11 90
Ruhr Software Solutions AG               Joseph-von-Fraunhofer-Str. 20 IT                 HRB 29004 AG Dortmund       0231 97 70-0
Westfalia Druck GmbH                     Hansastraße 31             Druck/Medien          HRB 9912 AG Dortmund        0231 71 31 00

Funktionspostfächer: bewerbung@heitkoetter-brandes.de, ausschreibung@brinkhoff-tiefbau.de,
probenannahme@kaltenbach-labor.de, info@ruhr-software.de

Freie Flächen: Baufeld 7 (8.400 m², GI), Baufeld 9 (3.150 m², GE). Ansprechstelle:
Wirtschaftsförderung Dortmund, Team Flächenmanagement, Grüne Straße 2–8, 44147 Dortmund,
Telefon 0231 50-29200, flaechen@wirtschaftsfoerderung-dortmund.de
""",
    keep=[
        "Heitkötter & Brandes Anlagenbau GmbH",
        "Wilhelm Brinkhoff Tiefbau GmbH & Co. KG",
        "HRA 16602 AG Dortmund",
        "Dr. Kaltenbach Labor GmbH",
        "Joseph-von-Fraunhofer-Str. 20",
        "flaechen@wirtschaftsfoerderung-dortmund.de",
    ],
)

# 11 -- exposé of a commercial site; owner company named after founders, functional contacts
clean(
    "expose",
    """
Exposé Gewerbefläche – MARK 51°7, Baufeld Süd-3, Bochum-Laer

Lage: ehemaliges Opel-Werk I, direkt an der A 448 (Anschlussstelle Bochum-Altenbochum),
Stadtbahn U35 Haltestelle Lennershof in 900 m, Ruhr-Universität und Hochschule Bochum in
5 Minuten erreichbar. Nachbarn: DHL Paketzentrum, Bochumer Forschungsinstitut für IT-Sicherheit,
Zentrum für Batterieforschung.

Grundstück: 12.450 m², voll erschlossen, Baulast-frei. Bebauungsplan Nr. 955 „MARK 51°7“,
Art der Nutzung GE (Gewerbegebiet), GRZ 0,8, Gebäudehöhe max. 25 m. Kampfmittelfreiheit
bescheinigt.

Eigentümerin: Terhorst & Vogelsang Projektentwicklung GmbH, Massenbergstraße 9–13,
44787 Bochum (HRB 18220, Amtsgericht Bochum), im Auftrag der Bochum Perspektive 2022 GmbH.

Nutzung: Produktion, Forschung und Entwicklung, produktionsnahe Dienstleistungen; reine
Logistik und Einzelhandel sind ausgeschlossen. Vergabe nach Konzeptqualität
(Arbeitsplätze je Hektar, Klimaschutz, Gestaltung).

Kaufpreis: 135 €/m² (Bodenrichtwert 2026: 120 €/m²), zzgl. Erschließungsbeitrag bereits
abgegolten.

Kontakt:
Bochum Wirtschaftsentwicklung, Team Ansiedlung, Viktoriastraße 10, 44787 Bochum
Telefon 0234 61 063-0, ansiedlung@bochum-wirtschaft.de
Besichtigungen nach Vereinbarung; Bewerbungsschluss für Konzepte: 31.03.2027
""",
    keep=[
        "MARK 51°7",
        "Haltestelle Lennershof",
        "Bebauungsplan Nr. 955",
        "Terhorst & Vogelsang Projektentwicklung GmbH",
        "HRB 18220",
        "ansiedlung@bochum-wirtschaft.de",
    ],
)

# 12 -- pharmacy emergency duty list; pharmacies named after saints, emperors and animals
clean(
    "directory",
    """
Apotheken-Notdienst Herne und Castrop-Rauxel – 14. bis 20. Dezember 2026
(Notdienst jeweils von 9 Uhr bis 9 Uhr des Folgetages; Angaben der Apothekerkammer Westfalen-Lippe)

Mo 14.12.  Kaiser-Friedrich-Apotheke, Bahnhofstraße 41, 44623 Herne, 02323 5 22 31
Di 15.12.  Barbara-Apotheke, Mont-Cenis-Straße 301, 44627 Herne, 02323 3 44 80
Mi 16.12.  Apotheke am Marienhospital, Hölkeskampring 40, 44625 Herne, 02323 49 11 0
Do 17.12.  Glückauf-Apotheke, Recklinghauser Straße 28, 44628 Herne, 02323 2 77 19
Fr 18.12.  St.-Lambertus-Apotheke, Lambertusplatz 2, 44575 Castrop-Rauxel, 02305 2 14 55
Sa 19.12.  Hirsch-Apotheke, Hauptstraße 230, 44649 Herne, 02325 7 18 20
So 20.12.  Engel-Apotheke am Schloss Strünkede, Karl-Brandt-Weg 1, 44629 Herne, 02323 1 55 66

Notdienstfinder: kostenlos unter 0800 00 22 8 33 (Festnetz) oder 22 8 33 (Mobil, 69 ct/Min.)
sowie unter www.akwl.de. Für den ärztlichen Bereitschaftsdienst wählen Sie 116 117, in
lebensbedrohlichen Fällen 112.

Notdienstgebühr: 2,50 € (entfällt bei Vorlage eines Rezepts mit Notdienst-Vermerk).
""",
    keep=[
        "Kaiser-Friedrich-Apotheke",
        "Barbara-Apotheke",
        "Apotheke am Marienhospital",
        "St.-Lambertus-Apotheke",
        "Engel-Apotheke am Schloss Strünkede",
        "0800 00 22 8 33",
    ],
)

# 13 -- stop list of the U35 light rail; stops named after a hospital, squares and a market
clean(
    "timetable",
    """
Stadtbahnlinie U35 (CampusLinie) Herne Schloß Strünkede ↔ Bochum Hustadt
Haltestellenfolge und Fahrzeiten ab Herne (Fahrplanjahr 2027, gültig ab 13.12.2026)

Min  Haltestelle                    Umstieg
0    Herne Schloß Strünkede          311, 323, 362
2    Herne Archäologie-Museum
4    Herne Bf                        RE, S2, 303, 311
6    Herne Berliner Platz            321, 390
9    Hölkeskampring
12   Riemke Markt                    353, 354
15   Bergmannsheil                   368, 394 (BG Universitätsklinikum)
17   Zeppelindamm
19   Bochum Rathaus (Nord)           305, 306, 308, 316, 318
21   Bochum Hbf                      alle Linien, RE, S1
24   Oskar-Hoffmann-Straße
27   Wasserstraße
30   Lennershof                      346
33   Ruhr-Universität                 CampusExpress 350
36   Hustadt

Takt: Mo–Fr 5 Minuten (6–20 Uhr), sonst 10 Minuten; Nachtverkehr Fr/Sa 30 Minuten.
Aufzüge: Bergmannsheil und Riemke Markt beidseitig; Aufzug Bochum Hbf (Gleis 1) vom
07.12. bis 18.12.2026 außer Betrieb, Ersatz über Rampe am Ausgang Ferdinandstraße.

Fahrplanauskunft: BOGESTRA-Kundencenter, Telefon 0234 303 26 65, www.bogestra.de
""",
    keep=[
        "Herne Schloß Strünkede",
        "Riemke Markt",
        "Bergmannsheil",
        "Oskar-Hoffmann-Straße",
        "Ausgang Ferdinandstraße",
        "0234 303 26 65",
    ],
)
# 14 -- bus timetable with stops named after a French pass, a mine and persons
clean(
    "timetable",
    """
Buslinie 311  Herne Bf ↔ Sodingen ↔ Castrop-Rauxel Münsterplatz
Fahrplan montags bis freitags (gültig ab 13.12.2026) – HCR Herner Communale Verkehrsgesellschaft

Haltestelle                       5:12  5:42  6:12  6:32  6:52  7:12  7:32   alle 20 min  19:12  19:42
Herne Bf (Steig 3)                5:12  5:42  6:12  6:32  6:52  7:12  7:32       |        19:12  19:42
Kreuzkirche                       5:14  5:44  6:14  6:34  6:54  7:14  7:34       |        19:14  19:44
Flottmannstraße / Flottmann-Hallen 5:17 5:47  6:17  6:37  6:57  7:17  7:37       |        19:17  19:47
Börnig Friedhof                   5:21  5:51  6:21  6:41  7:01  7:21  7:41       |        19:21  19:51
Sodingen Mont-Cenis               5:24  5:54  6:24  6:44  7:04  7:24  7:44       |        19:24  19:54
Akademie Mont-Cenis               5:25  5:55  6:25  6:45  7:05  7:25  7:45       |        19:25  19:55
Gysenberg / Revierpark            5:28  5:58  6:28  6:48  7:08  7:28  7:48       |        19:28  19:58
Zeche Teutoburgia                 5:31  6:01  6:31  6:51  7:11  7:31  7:51       |        19:31  20:01
Castrop-Rauxel Erin-Park          5:38  6:08  6:38  6:58  7:18  7:38  7:58       |        19:38  20:08
Castrop-Rauxel Münsterplatz       5:42  6:12  6:42  7:02  7:22  7:42  8:02       |        19:42  20:12

Hinweise: Die Fahrten um 6:52 und 7:12 Uhr fahren als Schulverstärker mit Gelenkbus bis zur
Haltestelle Akademie Mont-Cenis. An Schultagen hält der Bus zusätzlich an der Haltestelle
Realschule Sodingen. Anschluss in Sodingen Mont-Cenis an die Linie 362 Richtung Recklinghausen.

Fundsachen und Beschwerden: HCR-Kundencenter, Berliner Platz 5, 44623 Herne,
Telefon 02323 3 06-0, service@hcr-herne.de
""",
    keep=[
        "Sodingen Mont-Cenis",
        "Akademie Mont-Cenis",
        "Flottmannstraße / Flottmann-Hallen",
        "Zeche Teutoburgia",
        "Castrop-Rauxel Erin-Park",
        "service@hcr-herne.de",
    ],
)

# 15 -- rail replacement notice; stops named after persons, hospital and town hall
clean(
    "timetable",
    """
Fahrgastinformation – Schienenersatzverkehr Linie 308/318
Bauarbeiten Hattinger Straße, 04.01. bis 29.01.2027

Wegen der Erneuerung der Gleise in der Hattinger Straße fahren die Straßenbahnen der Linien 308
und 318 zwischen Bochum Hbf und Weitmar Kirche nicht. Ersatzbusse (SEV 308) fahren im
10-Minuten-Takt und halten an folgenden Ersatzhaltestellen:

Bochum Hbf – Ersatzhaltestelle Kurt-Schumacher-Platz, Busbahnhof Steig F
Schauspielhaus – Königsallee, vor dem Haupteingang des Schauspielhauses
Bergmannsheil (SEV) – Bürkle-de-la-Camp-Platz, Zufahrt Klinikum
Wiemelhauser Straße – Haltestelle der Linie 353 mitbenutzt
Planetarium – entfällt; Ersatzhalt Königsallee/Ecke Markstraße, zum Zeiss-Planetarium Bochum
300 m Fußweg
Weitmar Kirche – Hattinger Straße, vor der Kirche St. Franziskus

Zwischen Weitmar Kirche und Hattingen Mitte fahren die Bahnen im üblichen Takt. Die Fahrzeit
verlängert sich um etwa 8 Minuten.

Fahrräder können in den Ersatzbussen nicht mitgenommen werden. Für mobilitätseingeschränkte
Fahrgäste stehen Niederflurbusse mit Rampe bereit; bei Bedarf bitte den Fahrdienst unter der
Servicenummer 0234 303 26 65 informieren.

Ihre BOGESTRA – Unternehmenskommunikation, Universitätsstraße 58, 44789 Bochum
""",
    keep=[
        "Kurt-Schumacher-Platz, Busbahnhof Steig F",
        "Bürkle-de-la-Camp-Platz",
        "Zeiss-Planetarium Bochum",
        "Kirche St. Franziskus",
        "SEV 308",
    ],
)

# 16 -- tender notice: renovation of a school named after a person; procurement number, amounts
clean(
    "tender_notice",
    """
Öffentliche Ausschreibung nach § 3 Abs. 2 VOB/A
Vergabenummer: 2026-0871-65 · Veröffentlichung: 23.11.2026 · Vergabeplattform: Vergabemarktplatz NRW

Auftraggeber: Stadt Bochum, Zentrale Dienste – Vergabestelle, Willy-Brandt-Platz 2–6,
44777 Bochum, vergabestelle@bochum.de (nur für technische Fragen zur Plattform)

Gegenstand: Sanierung der Sporthalle der Heinrich-Böll-Gesamtschule, Agnesstraße 33,
44791 Bochum – Los 1: Dach- und Klempnerarbeiten, Los 2: Hallenboden (Sportboden nach
DIN EN 14904), Los 3: Prallschutz und Sportgeräte

Geschätzter Auftragswert (netto): Los 1: 410.000 €, Los 2: 185.000 €, Los 3: 96.000 €
Ausführungsfrist: 29.03.2027 bis 20.08.2027 (Sommerferien NRW)

Ortsbesichtigung: 02.12.2026, 10:00 Uhr, Treffpunkt Haupteingang Sporthalle; Anmeldung über
den Kommunikationsbereich der Plattform.
Angebotsfrist: 17.12.2026, 11:00 Uhr (elektronische Abgabe in Textform)
Bindefrist: 29.01.2027
Sicherheiten: Vertragserfüllungsbürgschaft 5 % ab 250.000 € Auftragssumme

Eignungsnachweise: Präqualifikation (PQ-VOB) oder Einheitliche Europäische Eigenerklärung,
Referenzen über drei vergleichbare Leistungen (Sporthallen, Schulbau).

Nachprüfungsstelle: Vergabekammer Westfalen bei der Bezirksregierung Münster,
Albrecht-Thaer-Straße 9, 48147 Münster

Bieterfragen ausschließlich über den Vergabemarktplatz NRW (Fristende 10.12.2026).
""",
    keep=[
        "Vergabenummer: 2026-0871-65",
        "Heinrich-Böll-Gesamtschule",
        "DIN EN 14904",
        "Vergabekammer Westfalen",
        "Albrecht-Thaer-Straße 9",
        "vergabestelle@bochum.de",
    ],
)

# 17 -- award notice: awarded contracts with firms named after persons
clean(
    "tender_notice",
    """
Bekanntmachung über vergebene Aufträge (§ 20 Abs. 3 VOB/A) – Stadt Gelsenkirchen, 4. Quartal 2026

Vergabenummer   Leistung                                              Auftragnehmer                                  Auftragswert (brutto)
VG-2026-0414    Straßenbau Ewaldstraße, 2. BA                         Meyer-Thiele Straßenbau GmbH, Dortmund          1.284.330,12 €
VG-2026-0431    Kanalsanierung Grillostraße (Inliner-Verfahren)       Wilhelm Brinkhoff Tiefbau GmbH & Co. KG         612.004,80 €
VG-2026-0447    Fenster Gesamtschule Berger Feld                      Fensterbau Heinrich Overbeck GmbH, Marl         298.115,00 €
VG-2026-0452    Elektroinstallation Kita Bismarckstraße               Gebr. Schürmann Elektrotechnik KG, Dortmund     144.870,55 €
VG-2026-0460    Spielgeräte Spielplatz Ernst-Käsemann-Straße           Kompan GmbH, Flensburg                          86.402,10 €
VG-2026-0466    Winterdienst-Streusalz 2026/27 (Rahmenvertrag)        Salzwerk Emscher GmbH                           410.000,00 € (geschätzt)

Verfahrensart: jeweils öffentliche Ausschreibung; bei VG-2026-0466 offenes Verfahren nach
EU-Recht (Bekanntmachung 2026/S 171-0551208).

Die Angaben erfolgen nach § 20 Abs. 3 VOB/A für Aufträge über 25.000 € (ohne USt.). Auskünfte
erteilt die Zentrale Vergabestelle, Zimmer 118, Hans-Sachs-Haus, Ebertstraße 11,
45879 Gelsenkirchen, Telefon 0209 169-2718, vergabe@gelsenkirchen.de.
""",
    keep=[
        "Meyer-Thiele Straßenbau GmbH",
        "Kanalsanierung Grillostraße",
        "Fensterbau Heinrich Overbeck GmbH",
        "Spielplatz Ernst-Käsemann-Straße",
        "Hans-Sachs-Haus",
        "2026/S 171-0551208",
    ],
)

# 18 -- statute on special use of public roads; §§, file number of the statute, fee table
clean(
    "statute",
    """
Satzung über Erlaubnisse und Gebühren für Sondernutzungen an öffentlichen Straßen in der Stadt
Herne (Sondernutzungssatzung) vom 18.12.2026 – Az. 66 10 01/2026

Aufgrund der §§ 7 und 41 der Gemeindeordnung für das Land Nordrhein-Westfalen (GO NRW), der
§§ 18, 19 und 19a des Straßen- und Wegegesetzes NRW (StrWG NRW) und des § 8 des
Bundesfernstraßengesetzes (FStrG) hat der Rat der Stadt Herne in seiner Sitzung am 10.12.2026
folgende Satzung beschlossen:

§ 1 Geltungsbereich
Diese Satzung gilt für Gemeindestraßen sowie für Ortsdurchfahrten im Zuge von Bundes-,
Landes- und Kreisstraßen, einschließlich der Fußgängerzonen Bahnhofstraße und Hauptstraße
(Wanne) sowie des Robert-Brauner-Platzes und des Buschmannshofs.

§ 2 Erlaubnispflicht
(1) Die Benutzung der Straßen über den Gemeingebrauch hinaus bedarf der Erlaubnis.
(2) Der Antrag ist mindestens zwei Wochen vor Beginn bei der Stadt Herne, Fachbereich Tiefbau
und Verkehr, zu stellen.

§ 5 Gebühren (Auszug aus dem Gebührentarif, Anlage 1)
Tarifstelle 1.1  Tische und Stühle (Außengastronomie), je m² und Monat, Zone I    2,50 €
Tarifstelle 1.2  dto., Zone II (übriges Stadtgebiet)                              1,50 €
Tarifstelle 2.1  Warenauslagen, je m² und Monat                                   3,00 €
Tarifstelle 4.3  Baustelleneinrichtung, Container, je m² und Woche                1,20 €
Tarifstelle 6    Informationsstände politischer Parteien                          gebührenfrei

§ 9 Inkrafttreten
Diese Satzung tritt am 01.01.2027 in Kraft. Gleichzeitig tritt die Sondernutzungssatzung vom
15.12.2011 außer Kraft.
""",
    keep=[
        "Az. 66 10 01/2026",
        "§§ 18, 19 und 19a des Straßen- und Wegegesetzes NRW",
        "Robert-Brauner-Platzes",
        "Tarifstelle 4.3",
        "Informationsstände politischer Parteien",
    ],
)

# 19 -- fee schedule of the citizens' offices
clean(
    "fee_schedule",
    """
Gebührenübersicht der Bürgerbüros – Stadt Witten (Stand 01.01.2027)

Leistung                                                         Gebühr
Personalausweis (Antragsteller ab 24 Jahren, 10 Jahre gültig)     37,00 €
Personalausweis (unter 24 Jahren, 6 Jahre gültig)                 22,80 €
Vorläufiger Personalausweis                                       10,00 €
Reisepass (ab 24 Jahren, 32 Seiten)                               70,00 €
Reisepass (unter 24 Jahren, 32 Seiten)                            37,50 €
Reisepass im Expressverfahren, Zuschlag                           32,00 €
Kinderreisepass (Ausstellung oder Verlängerung)                   13,00 €
Meldebescheinigung (einfach / erweitert)                          10,00 €
Einfache Melderegisterauskunft                                    12,00 €
Führungszeugnis (Bundesamt für Justiz)                            13,00 €
Beglaubigung einer Unterschrift oder Kopie, je Seite               5,00 €
Bewohnerparkausweis, je Jahr                                      60,00 €
Anmeldung, Ummeldung, Abmeldung                                   gebührenfrei
Änderung der Anschrift im Personalausweis                         gebührenfrei

Die Gebühren richten sich nach der Personalausweisgebührenverordnung (PAuswGebV), der
Passverordnung (PassV), dem Bundesmeldegesetz (BMG) in Verbindung mit der
Allgemeinen Verwaltungsgebührenordnung NRW (AVerwGebO NRW), Tarifstelle 17.

Zahlung im Bürgerbüro mit Girocard, Kreditkarte oder bar. Die Bürgerbüros Witten-Mitte
(Rathaus, Marktstraße 16), Annen (Annenstraße 111) und Herbede (Meesmannstraße 18)
sind unter 02302 581-3300 und buergerbuero@stadt-witten.de erreichbar.
""",
    keep=[
        "Kinderreisepass (Ausstellung oder Verlängerung)",
        "PAuswGebV",
        "AVerwGebO NRW",
        "Tarifstelle 17",
        "buergerbuero@stadt-witten.de",
    ],
)

# 20 -- general ruling: fireworks ban; Aktenzeichen of the ruling, squares named after persons
clean(
    "general_ruling",
    """
Allgemeinverfügung der Stadt Bochum über ein Verbot des Abbrennens und Mitführens
pyrotechnischer Gegenstände in der Innenstadt zum Jahreswechsel 2026/2027
Az. 32 10 02-AV/2026-07

Auf Grundlage des § 24 Abs. 2 der Ersten Verordnung zum Sprengstoffgesetz (1. SprengV) und
der §§ 14, 24 OBG NRW wird Folgendes angeordnet:

1. Vom 31.12.2026, 18:00 Uhr, bis zum 01.01.2027, 06:00 Uhr, ist es verboten, im Bereich
   Willy-Brandt-Platz, Dr.-Ruer-Platz, Husemannplatz, Kortumstraße (zwischen Bongardstraße und
   Huestraße), Kuhhirte, Boulevard sowie am Kirchplatz der Propsteikirche St. Peter und Paul
   pyrotechnische Gegenstände der Kategorien F2 und F3 abzubrennen oder mitzuführen.
2. Der Verbotsbereich ist in der anliegenden Karte (Anlage 1) dargestellt und vor Ort durch
   Schilder gekennzeichnet.
3. Die sofortige Vollziehung wird gemäß § 80 Abs. 2 Satz 1 Nr. 4 VwGO angeordnet.
4. Zuwiderhandlungen können als Ordnungswidrigkeit mit einem Bußgeld geahndet werden.

Begründung: In den Vorjahren kam es in der Innenstadt zu zahlreichen Verletzungen durch
Böller und Raketen, die auch auf Menschen gerichtet wurden (Lagebild der Polizei Bochum).

Rechtsbehelfsbelehrung: Gegen diese Allgemeinverfügung kann innerhalb eines Monats nach
Bekanntgabe Klage beim Verwaltungsgericht Gelsenkirchen, Bahnhofsvorplatz 3,
45879 Gelsenkirchen, erhoben werden.

Bochum, den 01.12.2026
Die Oberbürgermeisterin – Ordnungsamt
""",
    keep=[
        "Az. 32 10 02-AV/2026-07",
        "Propsteikirche St. Peter und Paul",
        "§ 80 Abs. 2 Satz 1 Nr. 4 VwGO",
        "Verwaltungsgericht Gelsenkirchen, Bahnhofsvorplatz 3",
        "Die Oberbürgermeisterin – Ordnungsamt",
    ],
)

# 21 -- public notice on a land-use plan; plan number, area named after a mine and a person
clean(
    "land_use_plan",
    """
Amtsblatt der Stadt Gelsenkirchen Nr. 48/2026 – Öffentliche Bekanntmachung

Frühzeitige Beteiligung der Öffentlichkeit zum Bebauungsplan Nr. 462 „Ehemalige Zeche
Hugo / Ernst-Kuzorra-Platz“ und zur 41. Änderung des Flächennutzungsplans

Der Ausschuss für Planung, Bauen und Liegenschaften hat am 12.11.2026 die Aufstellung des
Bebauungsplans Nr. 462 beschlossen (Vorlage 20-26/4471). Das Plangebiet liegt in
Gelsenkirchen-Buer-Hassel und wird begrenzt durch die Brößweg-Trasse im Norden, die
Schaffrathstraße im Osten, den Ernst-Kuzorra-Platz im Süden und die Zechenbahntrasse im Westen.

Ziel der Planung ist ein gemischt genutztes Quartier mit etwa 320 Wohnungen, einer Kita, einem
Nahversorger und einem Quartierspark rund um das denkmalgeschützte Fördergerüst von Schacht 2.

Die Planunterlagen liegen vom 07.12.2026 bis einschließlich 15.01.2027 im Referat
Stadtplanung, Goldbergstraße 12, 45894 Gelsenkirchen, Zimmer 304, aus und sind unter
www.gelsenkirchen.de/bplan-462 abrufbar. Am 09.12.2026 findet um 18 Uhr im Schacht 2-Forum
eine Bürgerversammlung statt.

Stellungnahmen können schriftlich, per E-Mail an bauleitplanung@gelsenkirchen.de oder zur
Niederschrift abgegeben werden (§ 3 Abs. 1 BauGB).

Gelsenkirchen, den 20.11.2026
Die Oberbürgermeisterin
""",
    keep=[
        "Bebauungsplan Nr. 462",
        "Ernst-Kuzorra-Platz",
        "Vorlage 20-26/4471",
        "Goldbergstraße 12, 45894 Gelsenkirchen, Zimmer 304",
        "bauleitplanung@gelsenkirchen.de",
    ],
)

# 22 -- job ad with Kennziffer, functional mailbox and switchboard
clean(
    "job_ad",
    """
Die Stadt Bochum sucht für das Amt für Bürgerdienste, Abteilung Bürgerbüros, zum
nächstmöglichen Zeitpunkt

eine Sachbearbeiterin / einen Sachbearbeiter (m/w/d) im Bürgerbüro
Entgeltgruppe 8 TVöD · unbefristet · Vollzeit (39 Std.), Teilzeit möglich · Kennziffer 2026-118

Ihre Aufgaben
- Bearbeitung von Pass-, Personalausweis- und Meldeangelegenheiten
- Ausstellung von Bewohnerparkausweisen und Führungszeugnissen
- Beratung der Bürgerinnen und Bürger in den Bürgerbüros Mitte, Wattenscheid und Querenburg

Ihr Profil
- abgeschlossene Ausbildung als Verwaltungsfachangestellte/r oder Angestelltenlehrgang I
- Freude am Umgang mit Menschen, auch in schwierigen Gesprächssituationen
- Fremdsprachenkenntnisse (z. B. Türkisch, Arabisch, Polnisch, Ukrainisch) sind erwünscht

Wir bieten
- flexible Arbeitszeiten, Jobticket (Deutschlandticket), betriebliche Altersvorsorge (ZVK)
- Fortbildungen am Studieninstitut Ruhr

Bewerbungen von Frauen sind ausdrücklich erwünscht. Schwerbehinderte und gleichgestellte
Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.

Bewerbung bis 18.12.2026 unter Angabe der Kennziffer 2026-118 über das Portal
www.interamt.de (Stellen-ID 1182934) oder an bewerbung@bochum.de.
Fragen zum Verfahren: Personalgewinnung, Telefon 0234 910-1818;
Fragen zur Tätigkeit: Amt für Bürgerdienste, Telefon 0234 910-3600.
""",
    keep=[
        "Kennziffer 2026-118",
        "Entgeltgruppe 8 TVöD",
        "Studieninstitut Ruhr",
        "Stellen-ID 1182934",
        "bewerbung@bochum.de",
    ],
)

# 23 -- apprenticeship listing with Kennziffern and training places named after persons
clean(
    "job_ad",
    """
Ausbildung und duales Studium bei der Stadt Essen – Einstellung zum 01.08.2027

Kennziffer  Ausbildungsberuf / Studiengang                        Plätze  Lernort
A-27-01     Verwaltungsfachangestellte/r                           38      Berufskolleg Ost, Hollestraße
A-27-02     Bachelor of Laws – Allgemeine Verwaltung (HSPV NRW)     45      HSPV NRW, Abteilung Gelsenkirchen
A-27-03     Brandmeisteranwärter/in                                24      Feuerwehrschule Essen, Eiserne Hand
A-27-04     Gärtner/in Garten- und Landschaftsbau                  6       Grugapark, Virchowstraße 167a
A-27-05     Fachinformatiker/in Systemintegration                 8       Robert-Schmidt-Berufskolleg
A-27-06     Notfallsanitäter/in                                    12      Rettungsdienstschule am Alfried Krupp Krankenhaus
A-27-07     Straßenwärter/in                                       4       Betriebshof Heinrich-Sense-Weg

Bewerbungsschluss: 31.01.2027. Bitte für jede Kennziffer eine eigene Bewerbung über das
Karriereportal karriere.essen.de einreichen; Papierbewerbungen werden nicht zurückgeschickt.

Schnuppertage: 15.01.2027 im Rathaus Essen (Porscheplatz), Anmeldung an
ausbildung@essen.de. Infotelefon Ausbildung: 0201 88-11 000 (Mo–Do 9–15 Uhr).

Die Stadt Essen ist ausgezeichnet mit dem Siegel „Familienfreundlicher Arbeitgeber“ und
fördert die Gleichstellung nach dem Landesgleichstellungsgesetz NRW.
""",
    keep=[
        "A-27-05",
        "Robert-Schmidt-Berufskolleg",
        "Rettungsdienstschule am Alfried Krupp Krankenhaus",
        "Betriebshof Heinrich-Sense-Weg",
        "ausbildung@essen.de",
    ],
)

# 24 -- release notes with ticket numbers, a street catalogue update and hostnames
clean(
    "release_notes",
    """
KommunalPortal 5.3.0 – Release Notes
Produktivsetzung: 01.12.2026, 05:30 Uhr · Wartungsfenster 05:00–06:30 Uhr · Rollback-Plan RB-2026-19

Neu
- KP-1402: Online-Antrag „Halteverbotszone für Umzüge“ mit Lageplan-Upload und ePayBL-Bezahlung
- KP-1417: Straßenkatalog aktualisiert (u. a. Elisabeth-Selbert-Straße und Lilli-Henoch-Weg ab
  01.01.2027; die alten Namen Hindenburgstraße und Carl-Diem-Weg bleiben bis 31.12.2027 als
  Suchbegriff erhalten)
- KP-1423: Terminbuchung für das Bürgerbüro im Bildungs- und Verwaltungszentrum

Geändert
- KP-1388: Maximale Upload-Größe 25 MB → 40 MB (Anträge mit Bauvorlagen)
- KP-1410: Session-Timeout von 20 auf 30 Minuten angehoben
- Bibliotheken: Spring Boot 3.3.5, PostgreSQL-JDBC 42.7.4, PDF-Engine OpenPDF 2.0.3

Behoben
- KP-1391: Umlaute in der Straßensuche („Königsallee“, „Schüngelbergstraße“) wurden falsch sortiert
- KP-1399: E-Mail-Bestätigung an Funktionspostfächer mit Bindestrich schlug fehl
- KP-1404: Zeitüberschreitung bei der Anbindung an das Fachverfahren (app-ewo-02, 10.30.4.12)

Bekannte Einschränkungen
- Der Dienst „Hundesteuer anmelden“ läuft bis Release 5.4 über das alte Formular.

Deployment: kp-web-01/-02 (10.30.1.21/22), kp-app-01 (10.30.2.15), Datenbank kp-db-01 (10.30.3.5)
Ansprechstelle: Team E-Government, egov@stadt-bochum.local, Ticket-Queue „KP-Betrieb“
""",
    keep=[
        "KP-1417",
        "Elisabeth-Selbert-Straße und Lilli-Henoch-Weg",
        "Spring Boot 3.3.5",
        "app-ewo-02, 10.30.4.12",
        "kp-web-01/-02 (10.30.1.21/22)",
        "egov@stadt-bochum.local",
    ],
)

# 25 -- IT change log; hosts named after scientists, IP addresses, change numbers
clean(
    "change_log",
    """
Change-Log Rechenzentrum – November 2026 (freigegeben im CAB am 03.11.2026)

CHG-2026-0418  04.11.  Firmware-Update Core-Switch core-sw-01/02 (10.0.0.2/.3)            erfolgreich
CHG-2026-0421  05.11.  Migration Dateiserver „kepler“ → „noether“ (10.12.1.40 → 10.12.1.41)  erfolgreich
CHG-2026-0425  10.11.  Zertifikatstausch *.bochum.de und buergerportal.bochum.de             erfolgreich
CHG-2026-0430  12.11.  Patchday Windows Server: dc01, dc02, „gauss“ (Druck), „zuse“ (WSUS)    erfolgreich
CHG-2026-0433  17.11.  Erweiterung VLAN 140 für Bürgerbüro im BVZ (10.41.40.0/24)             erfolgreich
CHG-2026-0437  19.11.  Umstellung NTP auf ptbtime1.ptb.de / ptbtime2.ptb.de                   erfolgreich
CHG-2026-0440  24.11.  Abschaltung Altsystem „lovelace“ (Fachverfahren Gewerbe, 10.12.1.77)  verschoben, s. PRB0005512
CHG-2026-0444  26.11.  Neuer Reverse Proxy rp-03 (10.20.0.7), externe Adresse 185.72.14.44  erfolgreich

Notfall-Changes: keine. Zurückgerollt: keine.
Offene Probleme: PRB0005512 (Datenexport Gewerbe nach XGewerbeanzeige), PRB0005498 (Druckwarteschlangen „gauss“).

Nächste CAB-Sitzung: 01.12.2026, 10:00 Uhr, Raum IT 2.07 / Teams; Freeze vom 21.12.2026 bis 04.01.2027.
Protokoll: Funktionskonto cab@it.bochum.local
""",
    keep=[
        "„kepler“ → „noether“ (10.12.1.40 → 10.12.1.41)",
        "„lovelace“",
        "PRB0005512",
        "rp-03 (10.20.0.7)",
        "185.72.14.44",
        "cab@it.bochum.local",
    ],
)
# 26 -- server inventory; hostnames after scientists, internal and public addresses
clean(
    "server_inventory",
    """
CMDB-Auszug – Serverinventar Rechenzentrum Stadthaus (Stand 30.11.2026)
Hostname     IP-Adresse      VLAN  Betriebssystem        Rolle                             Betreuung
gauss        10.12.1.30      112   Windows Server 2022   Druckserver Rathaus               Team Client
noether      10.12.1.41      112   Windows Server 2022   Dateiserver (Nachfolger kepler)   Team Infrastruktur
kepler       10.12.1.40      112   Windows Server 2016   Dateiserver, Abschaltung 12/2026  Team Infrastruktur
zuse         10.12.1.50      112   Windows Server 2022   WSUS / Softwareverteilung         Team Client
lovelace     10.12.1.77      112   RHEL 7.9              Fachverfahren Gewerbe (Altsystem) Team Fachverfahren
humboldt     10.14.0.20      114   Debian 12             Geodaten (GeoServer, PostGIS)     Team GIS
mercator     10.14.0.21      114   Debian 12             Kartendienst WMS/WFS              Team GIS
app-ewo-02   10.30.4.12      130   RHEL 9.4              Einwohnerwesen                    Team Fachverfahren
kp-web-01    10.30.1.21      130   Debian 12             KommunalPortal Frontend           Team E-Government
rp-03        10.20.0.7       120   Debian 12             Reverse Proxy                     Team Netz
fw-ext-01    185.72.14.1     —     FortiOS 7.4           Perimeter-Firewall                Team Netz
mx-ext-01    185.72.14.25    —     Debian 12             Mail-Gateway (Postfix, Rspamd)    Team Messaging
ns1          185.72.14.53    —     BIND 9.18             DNS extern                        Team Netz

IPv6: 2a0b:4a80:2200::/48, DMZ 2a0b:4a80:2200:100::/64
Wartungsfenster dienstags 18–22 Uhr; Notfallbereitschaft über die IT-Leitstelle, Telefon
0234 910-4444. Änderungen nur über Changes (CAB), Dokumentation in netbox.it.bochum.local.
""",
    keep=[
        "gauss        10.12.1.30",
        "noether",
        "humboldt     10.14.0.20",
        "mercator",
        "fw-ext-01    185.72.14.1",
        "2a0b:4a80:2200::/48",
    ],
)

# 27 -- fleet list with municipal plates and radio call signs
clean(
    "fleet_list",
    """
Fuhrpark Stadt Bochum – Dienstfahrzeuge Ordnungsamt, Tiefbauamt und USB-Sonderdienste
(Auszug, Stand 11/2026)

Kennzeichen   Fahrzeug                      Kostenstelle  Standort                          HU fällig  Einsatz
BO-SB 101     VW ID.4                       3210          Rathaus, Tiefgarage Gustav-Heinemann-Platz  03/2027  KOD Streife 1
BO-SB 114     VW ID.4                       3210          Rathaus, Tiefgarage Gustav-Heinemann-Platz  03/2027  KOD Streife 3
BO-SB 123     Ford Transit Custom           3220          Ordnungsamt, Stühmeyerstraße                 10/2027  Verkehrsüberwachung, Messfahrzeug
BO-SB 210     Renault Zoe                   1000          Rathaus (Poolfahrzeug)                        06/2027  Buchung über Outlook
BO-SB 305     Opel Vivaro-e                 6610          Betriebshof Havkenscheider Straße             01/2027  Straßenkontrolle
BO-SB 360     Multicar M31 mit Streuer      6620          Betriebshof Havkenscheider Straße             09/2027  Winterdienst Radwege
BO-SB 480     Mercedes eActros Kehrfahrzeug 7010          USB Betriebshof Hanielstraße                  05/2027  Stadtreinigung Innenstadt

Funkrufnamen: KOD Streife 1 = „Ordnung Bochum 32/1“, Messfahrzeug = „Ordnung Bochum 32/9“.
Die Fahrzeuge BO-SB 101 bis BO-SB 210 sind elektrisch; Ladepunkte in der Tiefgarage
Gustav-Heinemann-Platz (Ladekarte im Schlüsselkasten).

Fahrtenbücher monatlich an das Fuhrparkmanagement (fuhrpark@bochum.de). Unfälle und Schäden
sofort über das Formular „Schadenmeldung Kfz“ melden; außerhalb der Dienstzeit über die
Leitstelle der Feuerwehr, Telefon 0234 9254-0.
""",
    keep=[
        "BO-SB 123",
        "BO-SB 101 bis BO-SB 210",
        "Ordnung Bochum 32/9",
        "USB Betriebshof Hanielstraße",
        "fuhrpark@bochum.de",
    ],
)

# 28 -- statistics table by district
clean(
    "statistics",
    """
Statistik kompakt – Bevölkerung und Wohnen nach Stadtbezirken, Stichtag 30.06.2026
Quelle: Melderegister der Stadt Bochum, Gebäude- und Wohnungsregister; eigene Berechnungen

Stadtbezirk     Einwohner  unter 18  65 und älter  Nichtdeutsche  Wohnungen  Wohnfläche je EW
Mitte             105.902    15.871        20.114         22,4 %     59.118        39,8 m²
Wattenscheid       73.004    12.402        16.008         19,8 %     37.221        40,6 m²
Nord               34.816     5.502         8.391         11,9 %     17.402        43,1 m²
Ost                55.319     8.740        12.861         12,7 %     28.904        42,2 m²
Süd                50.118     7.503        12.944         14,1 %     26.015        44,0 m²
Südwest            44.961     6.890        12.203          8,6 %     23.108        46,3 m²
Stadt gesamt      364.120    56.908        82.521         16,9 %    191.768        42,0 m²

Die größten Stadtteile: Wattenscheid-Mitte (21.640), Langendreer (27.113), Weitmar (24.905),
Querenburg (17.880), Riemke (9.816), Hamme (14.022), Stiepel (9.502), Gerthe (10.311).

Hinweise: Einwohner mit Hauptwohnsitz. Werte unter 3 werden aus Gründen der statistischen
Geheimhaltung nicht ausgewiesen. Abweichungen in den Summen durch Rundung.
Kontakt: Statistik und Stadtforschung, statistik@bochum.de, Telefon 0234 910-1771
Open Data: www.bochum.de/opendata, Datensatz bevoelkerung_bezirke_2026h1.csv (dl-de/by-2-0)
""",
    keep=[
        "Wattenscheid-Mitte (21.640)",
        "Langendreer (27.113)",
        "statistischen\nGeheimhaltung",
        "bevoelkerung_bezirke_2026h1.csv",
        "statistik@bochum.de",
    ],
)

# 29 -- first-name statistics of the registry office: names, but no persons
clean(
    "statistics",
    """
Standesamt Herne – Die beliebtesten Vornamen 2026 (Geburten bis 30.11.2026)
Pressemitteilung Nr. 288/2026, 02.12.2026

Im Standesamt Herne wurden bis Ende November 1.412 Geburten beurkundet (Vorjahr: 1.388).
Gezählt wird jeder erstgenannte Vorname; bei mehreren Vornamen zählt nur der erste.

Rang  Mädchen     Anzahl    Jungen      Anzahl
1     Emilia       21       Noah         24
2     Mia          19       Matteo       20
3     Sophia       17       Elias        18
4     Lina         15       Leon         17
5     Ella         14       Emil         15
6     Mila         14       Luca         14
7     Hannah       12       Finn         13
8     Leni         11       Theo         11
9     Clara        10       Ali          10
10    Elif         10       Yusuf         9

Beliebteste Zweitnamen: Marie, Sophie und Luise bei den Mädchen, Alexander, Maximilian und Ben
bei den Jungen. Seltene Namen, die nur einmal vergeben wurden, veröffentlicht das Standesamt
aus Datenschutzgründen nicht.

Im Vergleich zu 2025 sind Matteo (+7 Plätze) und Leni (+5) die Aufsteiger; Maria und
Alexander kamen nicht mehr unter die ersten zehn.

Urkundenbestellungen: Standesamt Herne, Friedrich-Ebert-Platz 2, standesamt@herne.de,
Telefon 02323 16-2112. Die Namensliste ist auch im Open-Data-Portal abrufbar.
""",
    keep=[
        "1     Emilia       21       Noah         24",
        "Beliebteste Zweitnamen: Marie, Sophie und Luise",
        "Matteo (+7 Plätze)",
        "standesamt@herne.de",
        "Pressemitteilung Nr. 288/2026",
    ],
)

# 30 -- canteen menu with dishes named after persons
clean(
    "menu",
    """
Kantine im Technischen Rathaus – Speiseplan KW 50 (07.–11.12.2026)
Ausgabe 11:30–14:00 Uhr · Preise Bedienstete / Gäste · Betreiber: Ruhrgastro Service GmbH

Montag      Strammer Max mit Schwarzbrot und Gurke                       4,30 € / 5,80 €
            Gemüsecurry „Madras“ mit Basmatireis (vegan)                  3,90 € / 5,20 €
Dienstag    Bœuf Stroganoff mit Spätzle                                   5,60 € / 7,20 €
            Toast Hawaii mit Beilagensalat                                3,80 € / 5,10 €
Mittwoch    Kalbsschnitzel Cordon bleu, Pommes frites                     5,90 € / 7,60 €
            Pasta alla Norma (vegetarisch)                                4,20 € / 5,60 €
Donnerstag  Pfefferpotthast mit Salzkartoffeln und Rote Bete              5,40 € / 7,00 €
            Caesar Salad mit Hähnchenbrust                                4,80 € / 6,20 €
Freitag     Bismarckhering, Bratkartoffeln                                4,60 € / 6,00 €
            Pizza Margherita                                              3,80 € / 5,10 €

Dessert     Pfirsich Melba · Birne Helene · Fürst-Pückler-Eis · Sachertorte    1,80 €
Aktion      Adventskaffee: Mozartkugeln und Spekulatius zum Kaffee gratis (Do)

Allergene und Zusatzstoffe sind an der Ausgabe ausgewiesen. Zahlung mit Dienstausweis
(Chipkarte) oder bar. Bestellungen für Besprechungen: kantine-tr@ruhrgastro.de,
Telefon Kantine 0234 910-2980.
""",
    keep=[
        "Strammer Max",
        "Bœuf Stroganoff",
        "Pasta alla Norma",
        "Pfirsich Melba · Birne Helene · Fürst-Pückler-Eis · Sachertorte",
        "Mozartkugeln",
        "kantine-tr@ruhrgastro.de",
    ],
)

# 31 -- festive menu of the town hall cellar; classic dishes named after persons
clean(
    "menu",
    """
Ratskeller Witten – Silvestermenü 2026
Donnerstag, 31. Dezember 2026, Einlass 19:00 Uhr · 5 Gänge · 89 € pro Person (ohne Getränke)

Gruß aus der Küche
Blinis mit Forellenkaviar und Schmand

Vorspeise
Waldorfsalat mit karamellisierten Walnüssen
oder Carpaccio vom Rind mit Parmesan und Rucola

Suppe
Consommé Célestine mit Kräuterpfannkuchen

Zwischengang
Seezunge Müllerin Art, Blattspinat, Kartoffelschaum

Hauptgang
Tournedos Rossini mit Sauce Béarnaise, Pommes Anna und glasierten Möhren
vegetarisch: Steinpilz-Wellington mit Rotweinjus

Dessert
Crêpes Suzette, flambiert am Tisch
oder Pavlova mit Wintergewürzen und Beeren

Ab 23:30 Uhr Mitternachtssnack: Mettbrötchen „Wittener Art“ und Berliner Pfannkuchen
Live-Musik: Trio Ruhrklang (Swing und Schlager)

Reservierung bis 20.12.2026 unter 02302 91 27 70 oder reservierung@ratskeller-witten.de.
Ratskeller Witten, Marktstraße 16 (im Rathaus), Pächter: Ruhrtal Gastronomie GmbH.
""",
    keep=[
        "Waldorfsalat",
        "Consommé Célestine",
        "Tournedos Rossini mit Sauce Béarnaise, Pommes Anna",
        "Crêpes Suzette",
        "Pavlova",
        "reservierung@ratskeller-witten.de",
    ],
)

# 32 -- historical text: Friedrich Grillo and the industrialisation of Gelsenkirchen
clean(
    "historical_text",
    """
Stadtgeschichte kompakt (Institut für Stadtgeschichte Gelsenkirchen) – Folge 14

Friedrich Grillo und der Aufstieg Gelsenkirchens

Als Friedrich Grillo 1825 in Essen geboren wurde, war Gelsenkirchen ein Dorf mit kaum
600 Einwohnern. Der Kaufmannssohn übernahm früh die väterliche Eisenwarenhandlung und
beteiligte sich an Zechen und Hüttenwerken. 1872 gründete er den Schalker Gruben- und
Hüttenverein, ein Jahr später die Gelsenkirchener Bergwerks-AG, die bald zu den größten
Bergbauunternehmen Europas gehörte. Gemeinsam mit seinem Bruder Wilhelm Grillo baute er
in Oberhausen und Hamborn eine Zinkhütte auf.

Grillo galt als einer der tatkräftigsten Unternehmer des Reviers, aber auch als Spekulant:
Im Gründerkrach von 1873 verlor er einen großen Teil seines Vermögens. Er starb 1888 in
Essen. Für das Stadttheater seiner Heimatstadt hatte er testamentarisch eine Stiftung
vorgesehen; das Grillo-Theater am heutigen Theaterplatz wurde 1892 eröffnet.

An ihn erinnern in Gelsenkirchen das Grillo-Gymnasium, die Grillostraße und der
Grillo-Park in Schalke. Die Stadt verdankt ihm ihren Spitznamen „Stadt der tausend Feuer“
zwar nicht allein, aber die Hochöfen und Kokereien, die der Schalker Verein betrieb, prägten
das nächtliche Bild.

Zum Weiterlesen: Stadtarchiv Gelsenkirchen, Bestand GBAG (Signatur GBAG 1–412), Lesesaal im
Wissenschaftspark, Munscheidstraße 14; Anfragen an stadtarchiv@gelsenkirchen.de.
""",
    keep=[
        "Friedrich Grillo",
        "Schalker Gruben- und\nHüttenverein",
        "Wilhelm Grillo",
        "Grillo-Theater am heutigen Theaterplatz",
        "Grillo-Gymnasium",
        "Signatur GBAG 1–412",
    ],
)

# 33 -- historical text: the Krupp family, Villa Hügel and the foundation
clean(
    "historical_text",
    """
Essener Geschichte(n): Von der Gussstahlfabrik zum Krupp-Park

1811 gründete Friedrich Krupp in Essen eine Fabrik zur Herstellung von Gussstahl. Erst seinem
Sohn Alfred Krupp (1812–1887) gelang der wirtschaftliche Durchbruch: nahtlose
Eisenbahnradreifen – die drei Ringe im Firmenzeichen erinnern daran – und Kanonen machten das
Unternehmen zum größten Industriebetrieb Europas. 1873 bezog die Familie die Villa Hügel
oberhalb des Baldeneysees.

Unter Gustav Krupp von Bohlen und Halbach und seinem Sohn Alfried Krupp von Bohlen und Halbach
(1907–1967) war das Unternehmen tief in die Rüstungs- und Zwangsarbeitspolitik des NS-Staates
verstrickt. Alfried Krupp wurde 1948 im Nürnberger Krupp-Prozess verurteilt und 1951
vorzeitig entlassen. Testamentarisch bestimmte er, dass sein Vermögen in eine gemeinnützige
Stiftung übergeht: Die Alfried Krupp von Bohlen und Halbach-Stiftung nahm 1968 ihre Arbeit auf
und ist bis heute Hauptaktionärin der thyssenkrupp AG.

Auf dem früheren Fabrikgelände westlich der Innenstadt entstanden der Krupp-Park (2009), das
ThyssenKrupp Quartier und die Zentralbibliothek der Universität. Das Alfried Krupp
Krankenhaus in Rüttenscheid und Steele trägt ebenfalls seinen Namen.

Die Villa Hügel ist heute Ausstellungsort und kann besichtigt werden (Di–So 10–18 Uhr,
Eintritt 5 €). Das Historische Archiv Krupp auf dem Hügel ist eines der ältesten
Wirtschaftsarchive Deutschlands; Anfragen an archiv@villahuegel.de.
""",
    keep=[
        "Alfred Krupp (1812–1887)",
        "Alfried Krupp von Bohlen und Halbach-Stiftung",
        "Villa Hügel",
        "Krupp-Park (2009)",
        "Historische Archiv Krupp",
    ],
)

# 34 -- historical text: Bochum's steel and bells; historic persons and a physician-writer
clean(
    "historical_text",
    """
Bochum entdecken – Station 7 des Stadtrundgangs „Stahl und Glocken“

Vor dem Rathaus am Willy-Brandt-Platz steht eine der berühmten Gussstahlglocken des Bochumer
Vereins. Sie wurde 1867 auf der Weltausstellung in Paris gezeigt und bewies, dass Glocken aus
Stahl gegossen werden können – ein Verfahren, das Jacob Mayer (1813–1875) entwickelt hatte.
Der Techniker aus Dunningen im Schwarzwald gründete 1842 mit Eduard Kühne die Gussstahlfabrik
Mayer & Kühne, aus der 1854 der Bochumer Verein für Bergbau und Gussstahlfabrikation
hervorging.

Unter dem Generaldirektor Louis Baare (1821–1897) wuchs der Bochumer Verein zu einem der
größten Stahlwerke des Reiches. Baare setzte sich für eine staatliche Unfall- und
Krankenversicherung der Arbeiter ein; seine Denkschrift von 1880 gilt als eine Vorlage für die
Sozialgesetzgebung Bismarcks.

Einige Schritte weiter erinnert das Kortum-Denkmal an Carl Arnold Kortum (1745–1824), Arzt,
Bergmeister und Dichter der komischen „Jobsiade“. Nach ihm sind die Kortumstraße, der
Kortumpark und die Kortum-Gesellschaft benannt.

Der Rundgang führt weiter zur Jahrhunderthalle, der ehemaligen Gaskraftzentrale des Bochumer
Vereins, heute Spielstätte der Ruhrtriennale, und zum Westpark mit dem Wasserturm.

Stadtführungen buchen: Bochum Tourist Info, Huestraße 9, Telefon 0234 96 30 20,
touristinfo@bochum-tourismus.de (Führung „Stahl und Glocken“ sonntags 14 Uhr, 9 €).
""",
    keep=[
        "Jacob Mayer (1813–1875)",
        "Bochumer Verein für Bergbau und Gussstahlfabrikation",
        "Louis Baare (1821–1897)",
        "Carl Arnold Kortum (1745–1824)",
        "„Jobsiade“",
        "touristinfo@bochum-tourismus.de",
    ],
)

# 35 -- museum descriptions; a founder and painters of the past
clean(
    "museum_description",
    """
Museen im Ruhrgebiet – Kurzporträts für das Besucherportal (Stand Dezember 2026)

Deutsches Bergbau-Museum Bochum
Eines der bedeutendsten Bergbaumuseen der Welt mit 2,5 Kilometern Anschauungsbergwerk unter
dem Museum. Das Fördergerüst der ehemaligen Zeche Germania aus Dortmund-Marten prägt seit 1973
die Silhouette. Rundgänge „Steinkohle“, „Bergbau“, „Bodenschätze“ und „Kunst“.
Am Bergbaumuseum 28, 44791 Bochum · Di–So 9:30–17:30 Uhr · Haltestelle Deutsches
Bergbau-Museum (U35)

Museum Folkwang, Essen
1902 von Karl Ernst Osthaus in Hagen gegründet und 1922 nach Essen verlegt. Die Sammlung
umfasst Werke von Caspar David Friedrich, Vincent van Gogh, Paul Gauguin, Ernst Ludwig Kirchner
und Mark Rothko. Der Eintritt in die Sammlung ist frei.
Museumsplatz 1, 45128 Essen · Di–So 10–18 Uhr, Do und Fr bis 20 Uhr

Kunstmuseum Bochum
Schwerpunkt Kunst nach 1945 aus Osteuropa und dem Ruhrgebiet; Ausstellungshaus in der Villa
Marckhoff am Stadtpark.
Kortumstraße 147, 44787 Bochum · Di–So 10–17 Uhr, Mi bis 20 Uhr

Emschertal-Museum Herne – Schloss Strünkede
Stadtgeschichte und Wasserschloss mit Schlosskapelle; im Städtischen Galerie-Haus
wechselnde Ausstellungen.
Karl-Brandt-Weg 5, 44629 Herne · Di–Fr 10–13 und 14–17 Uhr, Sa/So 11–17 Uhr

Ermäßigungen mit der RuhrKultur.Card; Gruppenführungen über die jeweiligen Museumskassen.
""",
    keep=[
        "Zeche Germania",
        "Karl Ernst Osthaus",
        "Caspar David Friedrich, Vincent van Gogh, Paul Gauguin, Ernst Ludwig Kirchner",
        "Villa\nMarckhoff",
        "Karl-Brandt-Weg 5, 44629 Herne",
    ],
)

# 36 -- library description; rooms and collections named after persons
clean(
    "library_description",
    """
Stadtbücherei Bochum – Zentralbibliothek im Bildungs- und Verwaltungszentrum (BVZ)
Gustav-Heinemann-Platz 2–6, 44777 Bochum

Die Zentralbibliothek bietet auf vier Etagen rund 180.000 Medien, 120 Arbeitsplätze und
freies WLAN. Mit dem Bibliotheksausweis (Erwachsene 20 € im Jahr, Kinder und Jugendliche bis
18 Jahre kostenlos) können auch die Onleihe, Filmfriend und die Pressedatenbank genutzt werden.

Erdgeschoss: Foyer mit Rückgabeautomat, Zeitschriften, Lesecafé „Kortums Stube“
1. Etage: Kinder- und Jugendbibliothek mit Bilderbuchkino, Gaming-Zone und „Pippi-Langstrumpf-Ecke“
2. Etage: Sachliteratur, Sprachen, Lernzentrum; Sammlung Ruhrgebietsliteratur mit Beständen zu
   Heinrich Kämpchen und Otto Wohlgemuth, Bergarbeiterdichtern des frühen 20. Jahrhunderts
3. Etage: Musikbibliothek, Makerspace und der Heinrich-Heine-Saal für Lesungen (80 Plätze)

Öffnungszeiten: Di–Fr 10–19 Uhr, Sa 10–14 Uhr; Montag geschlossen. Rückgabe rund um die Uhr
über die Außenklappe am Eingang Viktoriastraße.

Stadtteilbüchereien in Wattenscheid (Saarlandstraße), Langendreer (Alte Bahnhofstraße),
Linden und Querenburg (Uni-Center). Der Bücherbus hält 14-tägig an 22 Haltestellen, u. a. an
der Erich-Kästner-Schule und am Seniorenzentrum Matthias-Claudius-Haus.

Auskunft: Telefon 0234 910-2491, stadtbuecherei@bochum.de
""",
    keep=[
        "Lesecafé „Kortums Stube“",
        "„Pippi-Langstrumpf-Ecke“",
        "Heinrich Kämpchen und Otto Wohlgemuth",
        "Heinrich-Heine-Saal",
        "Matthias-Claudius-Haus",
        "stadtbuecherei@bochum.de",
    ],
)

# 37 -- weather warning with storm names and district names
clean(
    "weather_warning",
    """
Stadt Bochum – Warnmeldung über NINA und die Warn-App, 04.12.2026, 14:20 Uhr

Amtliche UNWETTERWARNUNG vor ORKANBÖEN (Stufe 3 von 4) für die Stadt Bochum
gültig von Freitag, 04.12.2026, 20:00 Uhr, bis Samstag, 05.12.2026, 08:00 Uhr
Herausgeber: Deutscher Wetterdienst, Regionale Wetterberatung Essen

Mit dem Durchzug des Sturmtiefs QUIRIN treten Orkanböen mit Geschwindigkeiten um 120 km/h aus
westlicher Richtung auf. In exponierten Lagen (Stiepel, Höntrop, Kemnader See) sind einzelne
Böen bis 130 km/h möglich. Am Sonntag folgt mit Tief ZOE kräftiger Regen.

Hinweise der Stadt Bochum:
- Stadtpark, Westpark, Südpark und alle Friedhöfe sind ab Freitag, 18 Uhr, bis auf Weiteres
  gesperrt.
- Der Weihnachtsmarkt auf dem Willy-Brandt-Platz und dem Dr.-Ruer-Platz bleibt am Freitagabend
  geschlossen; das Riesenrad am Husemannplatz steht still.
- Die BOGESTRA stellt den Straßenbahnverkehr auf den Linien 308/318 Richtung Hattingen ab
  21 Uhr ein.
- Abgebrochene Äste und umgestürzte Bäume nicht selbst beseitigen; Meldungen an die Leitstelle
  der Feuerwehr nur in Notfällen über 112, sonst über das Bürgertelefon.

Bürgertelefon der Stadt (Sturmlage): 0234 910-1122, besetzt bis Samstag 20 Uhr.
Aktuelle Informationen: www.bochum.de/sturm und auf den Kanälen der Feuerwehr Bochum.
""",
    keep=[
        "Sturmtiefs QUIRIN",
        "Tief ZOE",
        "Stiepel, Höntrop, Kemnader See",
        "Stadtpark, Westpark, Südpark",
        "0234 910-1122",
    ],
)

# 38 -- opening hours of the citizens' offices; offices named after persons and places
clean(
    "opening_hours",
    """
Bürgerbüros der Stadt Gelsenkirchen – Öffnungszeiten über die Feiertage 2026/2027

Bürgerbüro           Anschrift                                    Mo–Mi      Do          Fr
Hans-Sachs-Haus      Ebertstraße 11, 45879 Gelsenkirchen          8–13 Uhr   8–18 Uhr    8–12 Uhr
Buer                 Goldbergstraße 12, 45894 Gelsenkirchen       8–13 Uhr   8–18 Uhr    8–12 Uhr
Horst                Essener Straße 2, 45899 Gelsenkirchen        8–12 Uhr   13–17 Uhr   geschlossen
Erle (Ernst-Käsemann-Haus) Cranger Straße 288, 45891 Gelsenkirchen 8–12 Uhr  13–17 Uhr   geschlossen

Sonderöffnungszeiten:
- Heiligabend (24.12.) und Silvester (31.12.): alle Bürgerbüros geschlossen
- Montag, 28.12., bis Mittwoch, 30.12.: nur Hans-Sachs-Haus und Buer, jeweils 8–12 Uhr
- Rosenmontag (08.02.2027): ab 12 Uhr geschlossen
- Der Dienstleistungsabend am Donnerstag, 07.01.2027, entfällt wegen der Softwareumstellung.

Termine werden online unter termine.gelsenkirchen.de vergeben; ohne Termin werden nur
Abholungen von Ausweisen und Pässen bearbeitet. Notfälle (z. B. verlorener Pass vor einer
Reise): Bereitschaft über die Zentrale 0209 169-0.

Behördennummer 115 (Mo–Fr 8–18 Uhr) · buergerservice@gelsenkirchen.de
""",
    keep=[
        "Hans-Sachs-Haus      Ebertstraße 11",
        "Ernst-Käsemann-Haus",
        "Heiligabend (24.12.) und Silvester (31.12.)",
        "termine.gelsenkirchen.de",
        "Behördennummer 115",
    ],
)

# 39 -- list of schools, many named after persons, with school numbers and switchboards
clean(
    "school_list",
    """
Schulverzeichnis Bochum – weiterführende Schulen (Auszug), Schuljahr 2026/27
Schulform / Name                          Schulnummer  Anschrift                   Telefon          Züge
Gymnasium: Graf-Engelbert-Schule           165412       Königsallee 77              0234 910-8300    4
Gymnasium: Hildegardis-Schule              165436       Klinikstraße 1              0234 910-8320    4
Gymnasium: Goethe-Schule                   165424       Goethestraße 9              0234 910-8310    5
Gymnasium: Lessing-Gymnasium (Langendreer) 165448       Ümminger Straße 23          0234 910-8330    3
Realschule: Gertrud-Bäumer-Realschule      186502       Stühmeyerstraße 33          0234 910-8450    3
Realschule: Anne-Frank-Realschule          186514       Gudrunstraße 4              0234 910-8460    3
Gesamtschule: Heinrich-Böll-Gesamtschule   190216       Agnesstraße 33              0234 910-8600    6
Gesamtschule: Willy-Brandt-Gesamtschule    190228       Wilhelm-Leuschner-Str. 9    0234 910-8610    6
Gesamtschule: Erich-Kästner-Schule         190204       Markstraße 189              0234 910-8620    6
Berufskolleg: Louis-Baare-Berufskolleg     100530       Ostring 25                  0234 910-8800    –

Anmeldezeitraum für die Klasse 5: 08.02. bis 12.02.2027, jeweils 8–15 Uhr, Do bis 18 Uhr, an
der gewünschten Schule. Mitzubringen: Anmeldeschein der Grundschule, Halbjahreszeugnis Klasse 4.

Beratung: Schulverwaltungsamt, Team Schulentwicklung, schulverwaltung@bochum.de,
Telefon 0234 910-4040. Schulwegpläne: www.bochum.de/schulwegplaene
""",
    keep=[
        "Graf-Engelbert-Schule",
        "Gertrud-Bäumer-Realschule      186502",
        "Heinrich-Böll-Gesamtschule",
        "Louis-Baare-Berufskolleg",
        "schulverwaltung@bochum.de",
    ],
)

# 40 -- hospital list with emergency departments
clean(
    "hospital_list",
    """
Krankenhäuser mit Notaufnahme in Bochum und Herne – Übersicht des Gesundheitsamtes (12/2026)

Krankenhaus                                           Anschrift                          Zentrale         Schwerpunkte der Notaufnahme
BG Universitätsklinikum Bergmannsheil                 Bürkle-de-la-Camp-Platz 1, Bochum  0234 302-0       Unfallchirurgie, Verbrennungen (Zentrum für Schwerbrandverletzte)
St. Josef-Hospital (Katholisches Klinikum Bochum)     Gudrunstraße 56, Bochum            0234 509-0       Innere Medizin, Neurologie, Kinderklinik
Knappschaftskrankenhaus Bochum-Langendreer            In der Schornau 23–25, Bochum      0234 299-0       Innere Medizin, Chirurgie, Psychiatrie
Augusta-Kranken-Anstalt                               Bergstraße 26, Bochum              0234 517-0       Kardiologie, Gefäßchirurgie
Martin-Luther-Krankenhaus Wattenscheid                Voedestraße 79, Bochum             02327 65-0       Geriatrie, Allgemeine Notaufnahme
St. Anna Hospital Herne                               Hospitalstraße 19, Herne           02325 986-0      Unfallchirurgie, Geburtshilfe
Evangelisches Krankenhaus Herne                       Wiescherstraße 24, Herne           02323 498-0      Stroke Unit, Kardiologie
Marien Hospital Herne – Universitätsklinikum          Hölkeskampring 40, Herne           02323 499-0      Onkologie, Urologie

Kinder-Notdienst: Universitätskinderklinik im St. Josef-Hospital (24 h).
Ärztlicher Bereitschaftsdienst: 116 117; Rettungsdienst und Feuerwehr: 112;
Giftnotruf NRW (Universitätsklinikum Bonn): 0228 19240.

Hinweis: Diese Liste ersetzt keine ärztliche Beratung. Aktualisierungen an
gesundheitsamt@bochum.de.
""",
    keep=[
        "BG Universitätsklinikum Bergmannsheil",
        "Bürkle-de-la-Camp-Platz 1",
        "Augusta-Kranken-Anstalt",
        "Martin-Luther-Krankenhaus Wattenscheid",
        "St. Anna Hospital Herne",
        "0228 19240",
    ],
)

# 41 -- parking rules: zones named after streets and squares, fees, municipal plates
clean(
    "parking_rules",
    """
Parken in der Bochumer Innenstadt – Regeln und Gebühren ab 01.01.2027

Parkzonen
Zone A (Kernbereich: Kortumstraße, Huestraße, Viktoriastraße, Massenbergstraße,
Bongardstraße): 3,00 € je Stunde, Höchstparkdauer 2 Stunden, Mo–Sa 8–20 Uhr
Zone B (Ehrenfeld, Griesenbruch, Kruppwerke-Viertel bis zur Alleestraße): 2,00 € je Stunde,
Höchstparkdauer 4 Stunden, Mo–Fr 8–18 Uhr, Sa 8–14 Uhr
Brötchentaste: 15 Minuten kostenlos in Zone B (Parkschein ziehen)

Bewohnerparken
Bewohnerparkzonen A1 (Kortumviertel), E2 (Ehrenfeld) und G1 (Griesenbruch). Der Ausweis
kostet 120 € im Jahr; Anträge online oder im Bürgerbüro. Gewerbetreibende können einen
Handwerkerparkausweis beantragen (250 € im Jahr).

Parkhäuser
P1 Rathaus (Einfahrt Willy-Brandt-Platz), P3 Kortumstraße, P7 Bergmannsheil (Besucher des
Klinikums, Tagesticket 8 €), P9 Jahrhunderthalle (bei Veranstaltungen 6 € pauschal)

Handyparken ist in allen Zonen möglich (Zonennummer am Parkscheinautomaten).
Schwerbehinderte mit Ausweis „aG“ parken auf gekennzeichneten Plätzen kostenlos.

Die Überwachung übernimmt der Kommunale Ordnungsdienst (Dienstfahrzeuge BO-SB 101 bis
BO-SB 123). Verwarnungsgelder: Parken ohne Parkschein bis 30 Minuten 20 €, länger als
3 Stunden 40 €.

Fragen: Straßenverkehrsamt, parken@bochum.de, Telefon 0234 910-3666
""",
    keep=[
        "Zone A (Kernbereich: Kortumstraße",
        "Brötchentaste",
        "P7 Bergmannsheil",
        "Dienstfahrzeuge BO-SB 101 bis\nBO-SB 123",
        "parken@bochum.de",
    ],
)

# 42 -- template of a fee notice with placeholders and a specimen name
CITY_IBAN = de_iban("43050001", "1307")
clean(
    "template",
    f"""
Textbaustein GB-07 – Gebührenbescheid Sondernutzung (Vorlage für das Fachverfahren, Version 3.2)
Platzhalter in «» werden beim Serienbrief aus dem Fachverfahren gefüllt.

«Anrede» «Vorname» «Nachname»
«Straße» «Hausnummer»
«PLZ» «Ort»

Kassenzeichen: «Kassenzeichen»                     Bochum, «Datum»
Aktenzeichen: «Aktenzeichen»

Gebührenbescheid für die Sondernutzung öffentlicher Verkehrsflächen

Sehr geehrte«r» «Anrede» «Nachname»,

für die Ihnen mit Erlaubnis vom «Erlaubnisdatum» gestattete Sondernutzung
(«Art der Sondernutzung», «Fläche» m², Zeitraum «von» bis «bis») setze ich nach § 5 der
Sondernutzungssatzung in Verbindung mit Tarifstelle «Tarifstelle» eine Gebühr von
«Betrag» € fest.

Bitte überweisen Sie den Betrag bis zum «Fälligkeit» unter Angabe des Kassenzeichens auf das
Konto der Stadtkasse Bochum bei der Sparkasse Bochum, IBAN {CITY_IBAN}, BIC WELADED1BOC.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage
beim Verwaltungsgericht Gelsenkirchen erhoben werden.

Im Auftrag
[Name der/des Sachbearbeitenden], Durchwahl [Durchwahl]

--- Hinweis für die Sachbearbeitung ---
Musteransicht im Fachverfahren: „Herr Max Mustermann, Musterstraße 1, 12345 Musterstadt,
Kassenzeichen 0.0000.000000.0“. Die Musteransicht niemals versenden! Für Firmen den Baustein
GB-07F verwenden (Zeile «Firma» statt «Vorname» «Nachname»).
""",
    keep=[
        "Textbaustein GB-07",
        "«Anrede» «Vorname» «Nachname»",
        "Herr Max Mustermann, Musterstraße 1, 12345 Musterstadt",
        "Kassenzeichen 0.0000.000000.0",
        "[Name der/des Sachbearbeitenden]",
        CITY_IBAN,
    ],
)

# 43 -- specimen of a landlord's confirmation with specimen names and placeholders
clean(
    "template",
    """
Ausfüllhilfe: Wohnungsgeberbestätigung nach § 19 Bundesmeldegesetz (BMG) – Muster

So füllen Sie das Formular richtig aus (Beispiel in Kursivschrift auf dem Merkblatt):

1. Angaben zum Wohnungsgeber
   Name: Erika Mustermann (bei Firmen: Firmenname und Handelsregisternummer)
   Anschrift: Musterstraße 1, 12345 Musterstadt
   Der Wohnungsgeber ist ☐ Eigentümer ☐ vom Eigentümer beauftragte Person/Verwaltung

2. Angaben zur Wohnung
   Straße, Hausnummer, Zusatz: Beispielweg 7, 2. OG rechts
   PLZ, Ort: 12345 Musterstadt
   ☒ Einzug am: TT.MM.JJJJ   ☐ Auszug am: TT.MM.JJJJ

3. Meldepflichtige Personen
   Name, Vorname: Mustermann, Max
   Name, Vorname: [weitere Person]

4. Unterschrift des Wohnungsgebers, Datum

Wichtige Hinweise:
- Die Bestätigung muss innerhalb von zwei Wochen nach dem Einzug vorliegen (§ 17 Abs. 1 BMG).
- Eine Gefälligkeitsbescheinigung ist eine Ordnungswidrigkeit und kann mit bis zu 50.000 €
  geahndet werden (§ 54 Abs. 1 BMG).
- Die Namen auf diesem Muster sind erfunden. Verwenden Sie das Formular „Wohnungsgeber-
  bestätigung“ aus dem Formularservice (Formular-Nr. 33-WGB-2026) oder den Online-Dienst.

Fragen: Bürgerbüro, buergerbuero@herne.de, Behördennummer 115
""",
    keep=[
        "Erika Mustermann",
        "Musterstraße 1, 12345 Musterstadt",
        "Mustermann, Max",
        "TT.MM.JJJJ",
        "Formular-Nr. 33-WGB-2026",
        "§ 54 Abs. 1 BMG",
    ],
)

# 44 -- press release: new streets named after women of history
clean(
    "press_release",
    """
Pressemitteilung – Stadt Bochum – 26.11.2026

Quartier Ostpark: Neue Straßen tragen Namen von Frauen der Stadtgeschichte

Die Bezirksvertretung Bochum-Ost hat in ihrer Sitzung am 24. November die Namen für die vier
neuen Straßen und den Quartiersplatz im Neubaugebiet „Ostpark – Feldmark“ beschlossen
(Vorlage 20262188). Sie folgt damit einem Vorschlag des Stadtarchivs und des Frauenbeirats:

- Ottilie-Schoenewald-Straße – nach der Politikerin und Frauenrechtlerin Ottilie Schoenewald
  (1883–1961), der ersten Stadtverordneten jüdischen Glaubens in Bochum
- Marie-Juchacz-Weg – nach der Gründerin der Arbeiterwohlfahrt Marie Juchacz (1879–1956)
- Henriette-Davidis-Straße – nach der Kochbuchautorin Henriette Davidis (1801–1876)
- Hedwig-Dohm-Straße – nach der Schriftstellerin Hedwig Dohm (1831–1919)
- Quartiersplatz: Platz der Bergarbeiterfrauen

Die Stadt will damit den Anteil der nach Frauen benannten Straßen erhöhen: Von den rund 2.400
Straßen in Bochum sind bisher nur 61 nach Frauen benannt, aber 612 nach Männern.

Die Straßenschilder werden im Frühjahr 2027 aufgestellt. An jedem Schild erläutert ein
Zusatzschild die Person. Die Hausnummern vergibt das Amt für Geoinformation, Liegenschaften und
Kataster nach Baufortschritt; Fragen an strassennamen@bochum.de.

Pressekontakt: Presse- und Informationsamt, Telefon 0234 910-3300, presseamt@bochum.de
""",
    keep=[
        "Ottilie-Schoenewald-Straße",
        "Marie Juchacz (1879–1956)",
        "Henriette-Davidis-Straße",
        "Platz der Bergarbeiterfrauen",
        "Vorlage 20262188",
        "strassennamen@bochum.de",
    ],
)

# 45 -- press release: foundations named after persons fund city projects
clean(
    "press_release",
    """
Pressemitteilung – Stadt Essen, Amt für Stadterneuerung – 27.11.2026

Stiftungen fördern Bildungsprojekte im Essener Norden mit 2,4 Millionen Euro

Drei Stiftungen unterstützen in den nächsten vier Jahren Bildungs- und Kulturprojekte in
Altenessen, Katernberg und Karnap. Die Förderzusagen wurden am Donnerstag im Kulturzentrum
Zeche Carl unterzeichnet.

Die Alfried Krupp von Bohlen und Halbach-Stiftung finanziert mit 1,1 Millionen Euro das
Programm „Lesestark im Norden“ an elf Grundschulen. Die Brost-Stiftung fördert mit
800.000 Euro Ferienakademien für Jugendliche im Welterbe Zollverein. Die Stiftung Mercator
beteiligt sich mit 500.000 Euro an einem Sprachförderprojekt für neu zugewanderte Familien.

Ergänzend bieten die Friedrich-Ebert-Stiftung und die Konrad-Adenauer-Stiftung ab Januar eine
gemeinsame Reihe zur politischen Bildung im Bürgerzentrum Kon-Takt an; die Heinz Nixdorf
Stiftung stellt 40 Laptops für das Lernzentrum an der Gesamtschule Bockmühle bereit.

Das Projektbüro wird im Stadtteilbüro Altenessen, Altenessener Straße 413, eingerichtet und ist
ab dem 11. Januar 2027 dienstags und donnerstags von 10 bis 16 Uhr geöffnet.

Anmeldungen für Schulen und Träger: bildung-nord@essen.de, Telefon 0201 88-40 410.
""",
    keep=[
        "Alfried Krupp von Bohlen und Halbach-Stiftung",
        "Brost-Stiftung",
        "Stiftung Mercator",
        "Friedrich-Ebert-Stiftung und die Konrad-Adenauer-Stiftung",
        "Heinz Nixdorf\nStiftung",
        "bildung-nord@essen.de",
    ],
)

# 46 -- directory of offices with functional mailboxes and switchboards
clean(
    "directory",
    """
Wegweiser Rathaus Herne und Rathaus Wanne – Fachbereiche, Funktionspostfächer und Telefon
(Aushang Foyer, Stand 12/2026)

Fachbereich / Stelle                   Gebäude, Raum                         Telefon           Funktionspostfach
Bürgerbüro Herne-Mitte                 Rathaus Herne, EG                     02323 16-2800     buergerbuero-mitte@herne.de
Bürgerbüro Wanne                       Rathaus Wanne, EG                     02323 16-2850     buergerbuero-wanne@herne.de
Standesamt                             Rathaus Herne, 1. OG                  02323 16-2112     standesamt@herne.de
Steuern (Hundesteuer, Grundsteuer)     Rathaus Herne, 2. OG, Raum 2.18       02323 16-2310     hundesteuer@herne.de
Ausländerbehörde                       Rathaus Wanne, Rathausstraße 6        02323 16-3300     auslaenderbehoerde@herne.de
Fundbüro                               Rathaus Herne, EG, Raum 0.11          02323 16-2870     fundbuero@herne.de
Beschwerdemanagement                   Rathaus Herne, 1. OG, Raum 1.05       02323 16-1000     beschwerdemanagement@herne.de
Kita-Navigator / Kindertagesbetreuung  Technisches Rathaus, Langekampstraße 36  02323 16-3550  kita-navigator@herne.de

Rathaus Herne: Friedrich-Ebert-Platz 2, 44623 Herne · Rathaus Wanne: Rathausstraße 6,
44649 Herne · Zentrale 02323 16-0 · Behördennummer 115 (Mo–Fr 8–18 Uhr)
Barrierefreie Eingänge: Rathaus Herne über den Hof (Zufahrt Kirchhofstraße), Rathaus Wanne
über den Haupteingang.
""",
    keep=[
        "buergerbuero-wanne@herne.de",
        "Rathaus Herne, 2. OG, Raum 2.18",
        "Technisches Rathaus, Langekampstraße 36",
        "Zentrale 02323 16-0",
        "Zufahrt Kirchhofstraße",
    ],
)

# 47 -- adult education programme; course titles with historic persons and methods
clean(
    "event_listing",
    """
Volkshochschule Witten | Wetter | Herdecke – Programm Frühjahr 2027 (Auszug)
Anmeldung: www.vhs-wwh.de · Telefon 02302 581-5500 · info@vhs-wwh.de

Kursnummer  Titel                                                     Beginn       Termine  Entgelt
271-10411   Goethe für Einsteiger: „Faust I“ gemeinsam lesen            Mo 01.02.    8        64 €
271-10418   Frida Kahlo – Leben und Werk (Bildvortrag)                  Mi 10.02.    1        9 €
271-10422   Friedrich Harkort und die Industrialisierung an der Ruhr    Sa 20.02.    1        12 € (mit Exkursion)
271-20105   Feldenkrais: Bewusstheit durch Bewegung                     Di 02.02.    10       89 €
271-20140   Pilates für den Rücken                                      Do 04.02.    10       89 €
271-30218   Kochkurs: Königsberger Klopse, Rouladen & Co.               Fr 26.02.    1        28 € + Lebensmittel
271-40301   Excel für Fortgeschrittene (Pivot, SVERWEIS)                Sa 06.03.    2        59 €
271-50102   Deutsch als Zweitsprache B1 (Integrationskurs)              Mo 01.03.    60       BAMF-Zulassung

Kursorte: Haus Witten, Ruhrstraße 86; Bürgerhaus Herdecke; Harkorthaus Wetter. Die Kursleitungen stellen sich im ersten Termin vor.

Ermäßigung 50 % für Inhaber des Sozialpasses und für Studierende. Bildungsurlaub nach dem
AWbG NRW ist für die Kurse 271-40301 und 271-10422 anerkannt.
""",
    keep=[
        "Goethe für Einsteiger: „Faust I“",
        "Frida Kahlo – Leben und Werk",
        "Friedrich Harkort und die Industrialisierung an der Ruhr",
        "Feldenkrais",
        "Harkorthaus Wetter",
        "info@vhs-wwh.de",
    ],
)

# 48 -- minutes of a district council; votes by party, papers, no named members
clean(
    "council_document",
    """
Niederschrift über die 18. Sitzung der Bezirksvertretung Bochum-Mitte am 19.11.2026
(öffentlicher Teil, Auszug) – Sitzungsort: Ratssaal, Rathaus, Willy-Brandt-Platz 2–6

Beginn: 17:00 Uhr · Ende: 19:42 Uhr · Anwesend: 17 von 19 Mitgliedern
Vorsitz: die Bezirksbürgermeisterin · Schriftführung: Bezirksverwaltungsstelle Mitte

TOP 4  Weihnachtsmarkt 2026 – Verkehrsführung Viktoriastraße (Vorlage 20262147)
       Die Bezirksvertretung nimmt den Bericht der Verwaltung zur Kenntnis. Auf Nachfrage aus
       der Fraktion der SPD sagt die Verwaltung zu, den Lieferverkehr zum Schutz des Schulwegs
       der Gertrud-Bäumer-Realschule bis 7:45 Uhr zu untersagen.

TOP 5  Benennung des Platzes vor dem Musikforum – vertagt (Vorlage 20262150). Vorschläge der
       Geschichtswerkstatt: „Else-Hirsch-Platz“ oder „Platz der Partnerstädte“; die
       Stellungnahme des Stadtarchivs steht aus.

TOP 6  Bebauungsplan Nr. 1003 „Ostpark – Feldmark, 3. Änderung“ – Anhörung
       Beschluss: Zustimmung bei 2 Gegenstimmen (Fraktion Die Linke) und 1 Enthaltung.

TOP 7  Mittel der Bezirksvertretung: Zuschuss von 2.500 € für den Lichterumzug des
       Fördervereins der Hildegardis-Schule – einstimmig beschlossen.

TOP 8  Anfrage der Fraktion Bündnis 90/Die Grünen zur Barrierefreiheit der Haltestelle
       Bergmannsheil (Drucksache 20262161) – die Antwort der Verwaltung wird als Anlage 3 zur
       Niederschrift genommen.

Die Bezirksbürgermeisterin                   Die Schriftführung
""",
    keep=[
        "Vorlage 20262147",
        "Gertrud-Bäumer-Realschule",
        "Bebauungsplan Nr. 1003 „Ostpark – Feldmark, 3. Änderung“",
        "Hildegardis-Schule",
        "Drucksache 20262161",
    ],
)

# 49 -- press release: new trams named after persons of local history; stations and stops
clean(
    "press_release",
    """
Pressemitteilung – BOGESTRA und Stadt Bochum – 30.11.2026

Neue Straßenbahnen fahren mit Namen aus der Stadtgeschichte

Die ersten vier der 42 neuen Niederflurbahnen vom Typ „Variobahn NF6D“ gehen am
13. Dezember 2026 auf den Linien 308 und 318 in Betrieb. Wie bei den Stadtbahnwagen der U35
tragen auch die neuen Fahrzeuge Namen: Die Bürgerinnen und Bürger haben im Sommer aus einer
Vorschlagsliste des Stadtarchivs gewählt.

Tw 501 „Carl Arnold Kortum“ · Tw 502 „Ottilie Schoenewald“ · Tw 503 „Louis Baare“ ·
Tw 504 „Glück auf Bochum“

Die Bahnen werden am Sonntag, 13. Dezember, um 11 Uhr am Betriebshof Engelsburg präsentiert.
Von 12 bis 16 Uhr pendelt Tw 501 zwischen Bochum Hbf, Rathaus (Süd), Schauspielhaus und
Bergmannsheil; die Mitfahrt ist kostenlos.

Parallel eröffnet die BOGESTRA den umgebauten Stadtbahnhof Bergmannsheil mit zwei neuen
Aufzügen, und die Deutsche Bahn nimmt den neuen Haltepunkt Bochum-Langendreer West der S1 mit
barrierefreien Zugängen in Betrieb.

Die neuen Fahrzeuge sind klimatisiert, haben doppelt so viele Mehrzweckflächen für Rollstühle
und Kinderwagen und zeigen die nächsten Anschlüsse in Echtzeit an. Die Anschaffung kostet
rund 170 Millionen Euro, das Land fördert sie mit 90 Prozent.

Pressekontakt: BOGESTRA Unternehmenskommunikation, presse@bogestra.de, Telefon 0234 303-2299
""",
    keep=[
        "Tw 501 „Carl Arnold Kortum“",
        "Tw 502 „Ottilie Schoenewald“",
        "Tw 503 „Louis Baare“",
        "Stadtbahnhof Bergmannsheil",
        "Bochum-Langendreer West",
        "presse@bogestra.de",
    ],
)

# 50 -- Heritage Day programme; mines, castles and villas named after persons
clean(
    "event_listing",
    """
Tag des offenen Denkmals 2027 – Programm der Unteren Denkmalbehörden Bochum, Herne und Witten
Sonntag, 12. September 2027, 10–18 Uhr · Motto „Wert-voll: unbezahlbar oder unersetzlich?“

Bochum
- Zeche Hannover, Günnigfelder Straße 251: Maschinenhaus mit Malakowturm, Führungen 11, 13, 15 Uhr
- Villa Marckhoff (Kunstmuseum), Kortumstraße 147: Architekturführung um 14 Uhr
- Haus Kemnade, An der Kemnade 10: Wasserburg mit Musikinstrumentensammlung Grumbt
- Jahrhunderthalle, An der Jahrhunderthalle 1: Blick hinter die Kulissen der Ruhrtriennale

Herne
- Schloss Strünkede mit Emschertal-Museum, Karl-Brandt-Weg 5: Kinderführung „Ritter, Burgfräulein
  und Schlossgespenst“ um 11 Uhr
- Zeche Teutoburgia, Schadeburgstraße: Fördergerüst und Kunstwald, Rundgang 14 Uhr
- Heimatmuseum Unser Fritz, Unser-Fritz-Straße 108: Arbeiterleben um 1900

Witten
- Zeche Nachtigall (LWL-Industriemuseum), Nachtigallstraße 35: Stollenbefahrung ab 8 Jahren
- Haus Berge, Ruhrdeich: Ausstellung „Friedrich Harkort und die Ruhrschifffahrt“

Alle Denkmäler sind kostenlos zugänglich; einige Führungen haben eine begrenzte Teilnehmerzahl
(Anmeldung über denkmalschutz@bochum.de). Shuttlebus zwischen Zeche Hannover und Haus Kemnade
stündlich ab 10:15 Uhr.
""",
    keep=[
        "Zeche Hannover, Günnigfelder Straße 251",
        "Musikinstrumentensammlung Grumbt",
        "Heimatmuseum Unser Fritz, Unser-Fritz-Straße 108",
        "„Friedrich Harkort und die Ruhrschifffahrt“",
        "denkmalschutz@bochum.de",
    ],
)


def length_errors() -> list[str]:
    """PII-free documents must have a realistic length of 600-2,500 characters."""
    return [
        f"{r['id']}: PII-free document of {len(r['text'])} characters (expected 600-2500)"
        for r in CORPUS.build()
        if r["kind"] == "clean" and not 600 <= len(r["text"]) <= 2500
    ]


if __name__ == "__main__":
    if errors := length_errors():
        print("\n".join(errors))
        print(f"{len(errors)} error(s); corpus not written", file=sys.stderr)
        sys.exit(1)
    sys.exit(CORPUS.main(OUT, {"pii": 50, "clean": 50}))
