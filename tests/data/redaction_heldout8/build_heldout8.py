"""Build the eighth German PII redaction held-out corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_heldout8/build_heldout8.py

This is a BLIND HELD-OUT set: it is measured only in aggregate. Do not read the documents, do not
inspect per-document results, do not tune the redactor on it and do not copy anything from it into
rules, tests or other corpora. It was written without sight of the redactor's rules, its benchmark
or the other held-out corpora.

It covers the everyday intake of a German city administration in the Ruhr area (Bochum, Herne,
Gelsenkirchen, Dortmund and neighbours): citizens' letters and e-mails on many matters
(Gewerbe, Ummeldung, complaints about noise, waste and building sites, objections against fee
notices, Sondernutzung, dog tax, Elterngeld and Kita fees, Wohngeld, building permits,
naturalisation, parking permits, deaths and estates, craftsmen's invoices); letters of firms,
lawyers, notaries, property managers, insurers, doctors and tax advisers about a named citizen;
web-form submissions, internal file and phone notes and forwarded e-mail chains with signatures
and quoted parts; OCR'd scans and faxes (broken hyphenation, l/1, O/0 and rn/m confusions,
headers and footers); table-like texts (attendance and participant lists, damage reports,
defect lists with the reporter); and PII-free administrative texts full of traps (council
minutes with functions only, press releases and notices with streets, schools and foundations
named after persons, event listings, firm directories with HRB numbers and switchboards, tender
notices, office hours, fee schedules, statutes, release notes, statistics, job ads, timetables
and menus with dishes named after persons).

Every document is written out individually below. Personal strings are marked inline as
``[[TYPE:text]]``; the script strips the markup and computes the offsets, so no offset is ever
written by hand. Short aliases may be used for the type:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Check-digit numbers (IBAN, Steuer-ID, Rentenversicherungsnummer) are computed by the small
helpers below from invented digits, so every one of them is valid.

Annotation conventions (those of the development sets, see build_dev7.py):
  - salutations, titles and roles ("Herr", "Frau", "Dr.", "RA", "Notar", "Familie") stay outside
    a PERSON span; particles belonging to the surname ("von", "van", "de", "di", "al") are
    inside; "Nachname, Vorname" is one span; lower-case names, nicknames and OCR-garbled names
    are PERSON; a name inside an e-mail address is annotated only as part of the EMAIL_ADDRESS;
    names of natural persons (citizens, relatives, neighbours, landlords, staff of the city,
    judges, lawyers, notaries, doctors, clerks of firms) are annotated wherever they occur;
  - named public office holders: as in the development sets a named natural person is PERSON
    whatever the office; where a document with personal data names the mayor or a councillor,
    the name is annotated. The PII-free documents therefore name only functions
    ("der Oberbürgermeister", "die Vorsitzende", "die Beigeordnete") and never a natural person;
    persons' names inside names of streets, squares, schools, foundations, venues, dishes and
    companies are not annotated there;
  - the surname of a sole trader inside the firm name ("Malerbetrieb X e.K.") is PERSON; the
    business address, phone, e-mail, IBAN, tax number and HRA entry of a sole trader (also of a
    one-person office such as a professional guardian) are personal
    (as in the business registration form of dev7); addresses, switchboards, hotlines, functional
    mailboxes and HRB entries of companies, law firms, practices, courts and authorities are
    not; a staff member's direct line and personal mailbox are;
  - OCR: a name or number broken by a hyphen at the line end, by spaces between letters or by
    l/1, O/0 and rn/m confusions is one span over the garbled text; a name hyphenated at a line
    end is annotated as two spans, one on each line, since a span does not cross a line break;
  - a private address is split into STREET_ADDRESS (street, number, additions) and LOCATION
    (postal code and town), abroad as well; a former address is annotated like the current one;
    a town of residence or birthplace alone is LOCATION; a country or a nationality is not
    annotated;
  - file, case, customer, Kassenzeichen, Steuerkonto, dog tag and chip, grave, land register,
    notarial deed, claim, mandate, personnel and court file numbers of a citizen's matter are
    DE_AKTENZEICHEN, the cue word outside; council papers (Drucksachen), plan numbers, tender
    numbers, IT tickets, defect-report ids (Mängelmelder), invoice and purchase-order numbers,
    orders of companies, job reference numbers and the register entries of companies (HRB,
    also HRA of a KG) are not;
  - Steuer-ID, Steuernummer and USt-IdNr. of a natural person or sole trader are DE_TAX_ID, the
    Rentenversicherungsnummer is DE_SOCIAL_SECURITY, the German ID-card number is DE_ID_CARD,
    the number of a passport (German or foreign) or foreign identity card is DE_PASSPORT, the
    plate of a private vehicle is DE_KFZ (plates of municipal vehicles are not personal);
  - IP addresses of citizens' devices are personal, addresses of servers, gateways and proxies
    are not;
  - only dates of birth (also a bare year of birth) are personal; letter dates, deadlines,
    dates of death, of moving and of events are not.

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
from redaction_markup import Corpus, iban_ok, rvnr_ok, steuer_id_ok  # noqa: E402

OUT = HERE / "corpus.jsonl"
CORPUS = Corpus()
pii = CORPUS.pii
clean = CORPUS.clean


# ---------------------------------------------------------------------------------------------
# Helpers for numbers with check digits (invented digits, computed check digits)
# ---------------------------------------------------------------------------------------------


def iban(country: str, bban: str, grouped: bool = True) -> str:
    """An IBAN with correct MOD-97 check digits for an invented BBAN."""
    number = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    raw = f"{country}{98 - int(number) % 97:02d}{bban}"
    assert iban_ok(raw), raw
    if not grouped:
        return raw
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def steuer_id(first10: str, style: str = "2-3-3-3") -> str:
    """A Steuer-ID (§ 139b AO) with the check digit computed for ten invented digits."""
    product = 10
    for ch in first10:
        s = (int(ch) + product) % 10 or 10
        product = (s * 2) % 11
    check = 11 - product
    digits = first10 + str(0 if check == 10 else check)
    assert steuer_id_ok(digits), digits
    if style == "compact":
        return digits
    if style == "3-3-3-2":
        return f"{digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:]}"
    return f"{digits[:2]} {digits[2:5]} {digits[5:8]} {digits[8:]}"


def rv_nummer(area: str, birth: str, letter: str, serial: str, spaced: bool = True) -> str:
    """A Rentenversicherungsnummer with the check digit computed for invented parts."""
    digits = area + birth + f"{ord(letter) - 64:02d}" + serial
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True))
    value = f"{area} {birth} {letter} {serial}{total % 10}"
    if not spaced:
        value = value.replace(" ", "")
    assert rvnr_ok(value), value
    return value


# IBANs
IBAN_C02 = iban("PL", "10205011" + "0000960204718823")
IBAN_C07 = iban("DE", "43050000" + "0009118273")
IBAN_C09 = iban("DE", "36050105" + "0041782290")
IBAN_C11 = iban("DE", "33430609" + "6712048800")
IBAN_C13 = iban("DE", "91440100" + "4620917733", grouped=False)
IBAN_C15 = iban("DE", "52430501" + "0034117789")
IBAN_C23 = iban("IT", "X0306909606" + "100000118442")
IBAN_C25 = iban("DE", "72420500" + "0101445712")
IBAN_C26 = iban("DE", "06440501" + "9913004467")
IBAN_B06 = iban("DE", "17360100" + "4300912281")
IBAN_W03 = iban("DE", "84430609" + "6020117741", grouped=False)
IBAN_O03 = iban("DE", "61420501" + "0130088912")
IBAN_O09 = iban("DE", "25440100" + "4601178823")
IBAN_O09B = iban("GR", "0110125" + "0000000012300695")
IBAN_T05 = iban("DE", "39430501" + "0066104482")
IBAN_C16 = iban("DE", "05440501" + "9900781211")


def respace(value: str, sizes: tuple[int, ...]) -> str:
    """Re-split a compact or grouped value into blocks of the given sizes (OCR-like spacing)."""
    compact = value.replace(" ", "")
    parts, pos = [], 0
    for n in sizes:
        parts.append(compact[pos : pos + n])
        pos += n
    if pos < len(compact):
        parts.append(compact[pos:])
    return " ".join(p for p in parts if p)


# Steuer-IDs, Steuernummern
TAX_C01 = "350/5097/1184"
TAX_C02 = steuer_id("5730812954")
TAX_C13A = steuer_id("2619047325", "compact")
TAX_C13B = steuer_id("8402716358")
TAX_C14 = steuer_id("7315098621", "3-3-3-2")
TAX_C25 = "306/5133/2071"
TAX_C26 = "5340049170215"
TAX_B06A = "340/5066/4412"
TAX_B06B = steuer_id("6093728413")
TAX_W09 = steuer_id("9521830471")
TAX_O06 = "348/5219/0337"
TAX_T05 = steuer_id("3186540278", "compact")

# Rentenversicherungsnummern
RV_C15 = rv_nummer("12", "140352", "K", "03")
RV_O03 = rv_nummer("53", "070761", "B", "51")
RV_B08 = rv_nummer("65", "230447", "S", "01")


# ---------------------------------------------------------------------------------------------
# Documents with personal data
# ---------------------------------------------------------------------------------------------

# ----- citizens' letters and e-mails ----------------------------------------------------------

# 1 -- e-mail: Gewerbeanmeldung of a kiosk, Turkish-German sender, earlier business, brother-in-law
pii(
    "email",
    f"""
Von: [[P:Emre Kılıç]] <[[MAIL:emre.kilic.herne@gmail.com]]>
An: gewerbe@herne.de
Datum: Mo., 12. Okt. 2026, 09:47
Betreff: Frage zur Gewerbeanmeldung Kiosk – Übernahme von meinem Schwager

Sehr geehrte Damen und Herren,

ich möchte zum 1. November 2026 den Kiosk in der [[STR:Bahnhofstraße 118]] in [[LOC:44623 Herne]]
übernehmen. Bisher hat den mein Schwager [[P:Serkan Aydın]] betrieben, der hört aus gesundheitlichen
Gründen auf und meldet sein Gewerbe zum 31.10. ab. Muss ich jetzt eine Neuanmeldung machen oder
kann das Gewerbe einfach auf mich umgeschrieben werden? Mein Schwager meint, das geht mit
einer Ummeldung, aber im Internet steht was anderes.

Zu mir: Ich hatte schon einmal ein Gewerbe (Handyreparatur), damals noch in [[LOC:Wanne-Eickel]]
unter der Adresse [[STR:Hauptstraße 291]], das habe ich 2023 abgemeldet. Die Steuernummer von
damals war [[TAX:{TAX_C01}]], ich weiß nicht, ob die noch gilt oder ob das Finanzamt eine neue
vergibt. Wohnen tue ich inzwischen in der [[STR:Overhofstraße 7]], [[STR:3. Etage]], [[LOC:44649 Herne]].

Außerdem: Wir wollen auch Alkohol verkaufen (Bier, kein Ausschank, nur zum Mitnehmen).
Brauche ich dafür eine Gaststättenerlaubnis? Und wie ist das mit Sonntagsöffnung, der Kiosk
hatte bisher sonntags von 10 bis 18 Uhr auf.

Ich kann gerne persönlich vorbeikommen, am besten vormittags. Online habe ich das
Wirtschafts-Service-Portal gefunden, aber da komme ich mit dem ELSTER-Zertifikat nicht
weiter, das hat bisher immer mein Steuerberater gemacht.

Sie erreichen mich unter [[TEL:0157 / 3288 1904]] oder hier per Mail.

Vielen Dank im Voraus und freundliche Grüße
[[P:Emre Kılıç]]
""",
    keep=[
        "gewerbe@herne.de",
        "Gaststättenerlaubnis",
        "Wirtschafts-Service-Portal",
        "ELSTER-Zertifikat",
        "sonntags von 10 bis 18 Uhr",
    ],
)

# 2 -- letter: Gewerbeabmeldung of a Polish cleaning business, address in Poland, PL IBAN
pii(
    "letter",
    f"""
[[P:Agnieszka Wróblewska]]
Reinigungsservice [[P:Wróblewska]]
[[STR:Hohenzollernstraße 52]]
[[LOC:45888 Gelsenkirchen]]

Stadt Gelsenkirchen
Referat Öffentliche Sicherheit und Ordnung – Gewerbeangelegenheiten
Hans-Sachs-Haus, Ebertstraße 11
45875 Gelsenkirchen

Gelsenkirchen, 28.09.2026

Gewerbeabmeldung zum 30.11.2026 – Ihr Zeichen [[AZ:32-GEW-2019-04417]]

Sehr geehrte Damen und Herren,

hiermit melde ich mein Gewerbe „Gebäudereinigung und Haushaltshilfe“ zum 30. November 2026 ab.
Das Formular GewA 3 liegt ausgefüllt bei. Der Grund ist, dass ich mit meiner Familie zurück nach
Polen gehe, meine Mutter ist pflegebedürftig und wir ziehen in ihr Haus.

Meine neue Adresse ab Dezember:
[[STR:ul. Słowackiego 23 m. 4]]
[[LOC:58-500 Jelenia Góra]]
Polen

Ich habe noch zwei Minijobberinnen, die sind bei der Minijob-Zentrale ordnungsgemäß abgemeldet.
Meine Steuer-Identifikationsnummer ist [[TAX:{TAX_C02}]]. Das Finanzamt Gelsenkirchen bekommt
eine Kopie dieses Schreibens.

Falls ich für 2026 noch Gewerbesteuer zurückbekomme (ich habe Vorauszahlungen geleistet, das
Steuerkonto ist [[AZ:4.2019.330871.6]]), überweisen Sie das bitte auf mein polnisches Konto:
[[IBAN:{IBAN_C02}]] (mBank).

Bis Ende November bin ich noch unter [[TEL:0209 / 97 41 18]] erreichbar, danach nur noch
mobil unter [[TEL:+48 601 224 873]]. Eine Bestätigung der Abmeldung schicken Sie bitte
an meine E-Mail [[MAIL:a.wroblewska@o2.pl]], weil ich nicht weiß, ob die Post nach Polen
nachgesendet wird.

Vielen Dank für die gute Zusammenarbeit in den letzten sieben Jahren.

Mit freundlichen Grüßen

[[P:A. Wróblewska]]

Anlagen: GewA 3, Kopie Gewerbeanmeldung vom 02.05.2019
""",
    keep=[
        "Hans-Sachs-Haus, Ebertstraße 11",
        "Formular GewA 3",
        "Minijob-Zentrale",
        "Finanzamt Gelsenkirchen",
        "(mBank)",
    ],
)

# 3 -- e-mail: Ummeldung of a Ukrainian family within Dortmund, children, landlord, passports
pii(
    "email",
    """
From: [[MAIL:o.marchenko.dortmund@ukr.net]]
To: buergerdienste@dortmund.de
Subject: Ummeldung Familie [[P:Marchenko]] – brauchen wir alle Pässe?
Date: Tue, 6 Oct 2026 21:13:40 +0200

Guten Abend,

wir sind Familie [[P:Marchenko]] und wohnen seit März 2023 in [[LOC:Dortmund]]. Am 1. Oktober sind wir
innerhalb von [[LOC:Dortmund]] umgezogen, von der [[STR:Mallinckrodtstraße 204, 2. OG rechts]] ([[LOC:44147 Dortmund]])
in die [[STR:Heroldstraße 31]], [[LOC:44145 Dortmund]]. Die neue Wohnung ist größer, weil unser
Sohn [[P:Danylo]] jetzt 14 ist und ein eigenes Zimmer braucht.

Ich habe online einen Termin im Bürgerdienste-Zentrum Nord für den 20.10. bekommen, aber nur für
eine Person. Wir sind vier: ich ([[P:Olena Marchenko]], geb. [[DOB:17.02.1984]] in [[LOC:Poltawa]]), mein Mann
[[P:Andrii Marchenko]] (geb. [[DOB:03.09.1981]]), [[P:Danylo]] ([[DOB:22.06.2012]]) und unsere Tochter [[P:Sofiia]]
([[DOB:30.01.2017]]). Können wir alle zusammen mit einem Termin kommen?

Wir haben keine deutschen Ausweise, nur ukrainische Reisepässe und die Aufenthaltstitel. Mein Pass hat
die Nummer [[PASS:FX 482217]], der Pass von meinem Mann ist abgelaufen, er hat einen neuen beantragt
im Konsulat in Düsseldorf. Reicht die Bescheinigung vom Konsulat?

Die Wohnungsgeberbestätigung hat uns der Vermieter, Herr [[P:Jörg Brinkhoff]], schon gegeben. Er
wohnt im gleichen Haus im Erdgeschoss.

Unsere Telefonnummer: [[TEL:0176 41 93 27 05]]. Ich verstehe Deutsch gut, am Telefon ist es manchmal
schwer, dann bitte langsam sprechen :)

Vielen Dank!
[[P:Olena Marchenko]]
""",
    keep=[
        "buergerdienste@dortmund.de",
        "Bürgerdienste-Zentrum Nord",
        "Konsulat in Düsseldorf",
        "Wohnungsgeberbestätigung",
        "ukrainische Reisepässe",
    ],
)

# 4 -- letter: noise complaint about a neighbouring bar; German sender with a double name
pii(
    "letter",
    """
[[P:Hans-Jürgen Terlinden-Möllmann]]
[[STR:Wittener Straße 61]]
[[LOC:44789 Bochum]]
Tel. [[TEL:0234 / 33 72 18]]

An die Stadt Bochum
Ordnungsamt
Willy-Brandt-Platz 2–6
44777 Bochum

Bochum, den 14. September 2026

Beschwerde über nächtlichen Lärm – Gaststätte „Zum Ehrenfelder Eck“

Sehr geehrte Damen und Herren,

ich wende mich nun schon zum dritten Mal an Sie, nachdem meine Anrufe beim Kommunalen
Ordnungsdienst (zuletzt am 29.08., Ihre Mitarbeiterin Frau [[P:Schwertfeger]] hat den Anruf
aufgenommen) zu keiner Besserung geführt haben.

Seit dem Betreiberwechsel im Frühjahr wird in der Gaststätte im Erdgeschoss unseres Nachbarhauses
an den Wochenenden regelmäßig bis 3 oder 4 Uhr morgens laute Musik gespielt. Die Gäste stehen
zum Rauchen auf dem Gehweg direkt unter unserem Schlafzimmerfenster, es wird gegrölt und es
werden Flaschen zerschlagen. Am Samstag, dem 12. September, habe ich um 2:40 Uhr die Polizei
gerufen; die Beamten kamen, danach war es eine halbe Stunde ruhig.

Ich bin 71 Jahre alt und herzkrank; meine Frau [[P:Ursula]] schläft inzwischen bei unserer Tochter
in [[LOC:Hattingen-Niederwenigern]], wenn es am Wochenende wieder so weit ist. Auch die junge
Familie über uns, Familie [[P:Okonkwo]], hat mit ihrem Säugling dieselben Probleme; Herr
[[P:Okonkwo]] hat mir erlaubt, das hier zu erwähnen.

Ich bitte Sie, die Einhaltung der Sperrzeit und der Lärmschutzvorschriften zu überprüfen und mir
mitzuteilen, welche Auflagen der Betreiber hat. Ein Lärmprotokoll für die Wochenenden seit
Juli füge ich bei.

Mit freundlichen Grüßen

[[P:H.-J. Terlinden-Möllmann]]

Anlage: Lärmprotokoll (4 Seiten)
""",
    keep=[
        "Kommunalen\nOrdnungsdienst",
        "Zum Ehrenfelder Eck",
        "Willy-Brandt-Platz 2–6",
        "Sperrzeit und der Lärmschutzvorschriften",
        "Lärmprotokoll (4 Seiten)",
    ],
)

# 5 -- e-mail: illegal dumping, Vietnamese-German sender, plate of the car observed
pii(
    "email",
    """
Von: [[P:Thi Thu Hà Phạm]] <[[MAIL:thuha.pham@t-online.de]]>
An: abfallberatung@gelsenkirchen.de; ordnungsdienst@gelsenkirchen.de
Betreff: Illegale Müllablagerung Ecke Florastraße / Bulmker Park – mit Kennzeichen
Datum: 03.11.2026 07:52

Hallo,

ich wohne in der [[STR:Florastraße 140]] und muss Ihnen leider wieder eine wilde Müllkippe melden.
Seit Sonntag liegen an der Ecke zum Bulmker Park: ein altes Sofa, mindestens zehn gelbe Säcke,
ein Kühlschrank (!) und Bauschutt in Eimern. Die Kinder aus der Kita nebenan laufen da jeden
Morgen vorbei.

Diesmal habe ich gesehen, wer das war: Am Sonntag gegen 22:15 Uhr hielt ein weißer Transporter
mit dem Kennzeichen [[KFZ:GE-KT 4471]] vor dem Park, zwei Männer haben ausgeladen und sind
weggefahren. Mein Nachbar, Herr [[P:Wojciechowski]], hat es auch gesehen und ist bereit, das zu
bestätigen. Fotos habe ich angehängt, man sieht den Wagen leider nur von hinten.

Ich habe den Müll auch schon über die App „GEmeldet“ gemeldet (Meldung GEM-2026-118204),
aber da steht seit zwei Tagen „in Bearbeitung“. Vielleicht geht es per Mail schneller.

Letztes Jahr hatten wir das gleiche Problem, damals hat Ihre Kollegin Frau [[P:Brzezinski]] sich
sehr gut gekümmert, aber ich glaube, sie ist nicht mehr zuständig.

Bei Fragen bin ich tagsüber mobil erreichbar: [[TEL:+49 176 2094 5531]].

Mit freundlichen Grüßen
[[P:Phạm Thi Thu Hà]]
(Nagelstudio im Erdgeschoss, Klingel „[[P:Phạm]]/[[P:Nguyễn]]“)
""",
    keep=[
        "abfallberatung@gelsenkirchen.de",
        "Bulmker Park",
        "zehn gelbe Säcke",
        "„GEmeldet“",
        "Bauschutt in Eimern",
    ],
)

# 6 -- letter: complaint about a private building site next door; Greek family, site manager named
pii(
    "letter",
    """
Familie [[P:Papadopoulos]]
[[STR:Am Remberg 14a]]
[[LOC:44263 Dortmund]]

Stadt Dortmund
Bauordnungsamt – Bauaufsicht Süd
Burgwall 14
44135 Dortmund

Dortmund, 21.10.2026

Baustelle auf dem Nachbargrundstück [[STR:Am Remberg 16]] – Sonntagsarbeit, Staub, Schäden an unserem Zaun
Ihr Aktenzeichen zur Baugenehmigung des Nachbarn: [[AZ:63/3-BG-2026-00871]]

Sehr geehrte Damen und Herren,

seit Anfang August wird auf dem Grundstück neben uns ein Mehrfamilienhaus mit Tiefgarage gebaut.
Wir haben nichts gegen den Bau an sich, aber die Zustände sind inzwischen nicht mehr hinnehmbar:

1. Es wird regelmäßig samstags bis 20 Uhr und an zwei Sonntagen (27.09. und 18.10.) gearbeitet,
   mit Rüttelplatte und Betonpumpe.
2. Der Staub vom Abbruch liegt zentimeterdick auf unserer Terrasse, es wird nicht befeuchtet.
3. Beim Setzen der Spundwand ist unser Gartenzaun auf sechs Metern umgedrückt worden und im
   Keller ist ein neuer Riss in der Außenwand.

Wir haben mehrmals mit dem Bauleiter gesprochen, einem Herrn [[P:Kortmann]] von der Baufirma.
Er hat zugesagt, sich um den Zaun zu kümmern, passiert ist nichts. Unter seiner Handynummer
[[TEL:0171-5530912]] geht inzwischen niemand mehr ran. Der Bauherr, Herr Dr. [[P:Wessling]], lässt
ausrichten, das sei Sache der Firma.

Mein Mann [[P:Konstantinos]] hat den Riss fotografiert und mit Datum markiert. Unsere Tochter
[[P:Eleni]], die bei uns wohnt und im Schichtdienst arbeitet, kann tagsüber wegen des Lärms kaum
schlafen.

Wir bitten Sie, die Baustelle zu kontrollieren und dafür zu sorgen, dass die Auflagen aus der
Genehmigung eingehalten werden. Für einen Ortstermin sind wir jederzeit bereit.
Sie erreichen uns unter [[TEL:0231 / 46 11 830]] oder per E-Mail unter [[MAIL:papadopoulos.dortmund@gmx.de]].

Mit freundlichen Grüßen

[[P:Maria Papadopoulou-Kalogirou]]      [[P:Konstantinos Papadopoulos]]
""",
    keep=[
        "Bauaufsicht Süd",
        "Burgwall 14",
        "Rüttelplatte und Betonpumpe",
        "Spundwand",
        "Mehrfamilienhaus mit Tiefgarage",
    ],
)

# 7 -- letter: Widerspruch against a waste fee notice; sender with title and particles
pii(
    "letter",
    f"""
Dr. [[P:Friederike von der Heydt]]
[[STR:Kirchhofstraße 9]]
[[LOC:44625 Herne]]

Stadt Herne
Fachbereich Umwelt und Stadtplanung
Abfallgebühren
Postfach 10 18 20
44621 Herne

Herne, 2. Februar 2026

Widerspruch gegen den Grundbesitzabgabenbescheid 2026 vom 14.01.2026
Kassenzeichen [[AZ:0.1234.556671.9]]

Sehr geehrte Damen und Herren,

gegen den oben genannten Bescheid lege ich hiermit fristgerecht Widerspruch ein, soweit er
die Abfallgebühren betrifft.

Der Bescheid legt für mein Grundstück weiterhin einen Vier-Personen-Haushalt und eine 240-Liter-
Restmülltonne mit 14-täglicher Leerung zugrunde. Tatsächlich wohnen seit dem 1. September 2025
nur noch zwei Personen im Haus: mein Sohn [[P:Maximilian]] ist zum Studium nach [[LOC:Münster]]
gezogen und dort mit Hauptwohnsitz gemeldet, meine Mutter, Frau [[P:Gisela von der Heydt]], ist am
3. Juli 2025 verstorben. Den Antrag auf Tausch gegen eine 120-Liter-Tonne habe ich bereits am
22.09.2025 gestellt; Ihr Mitarbeiter Herr [[P:Bartoszewski]] hat mir den Eingang am Telefon
bestätigt, ausgetauscht wurde die Tonne aber bis heute nicht.

Ich beantrage daher,
1. den Bescheid hinsichtlich der Abfallgebühren aufzuheben und neu festzusetzen,
2. den zu viel gezahlten Betrag für das vierte Quartal 2025 zu erstatten.

Die Erstattung erbitte ich auf mein Konto bei der Herner Sparkasse:
IBAN [[IBAN:{IBAN_C07}]].

Die Abmeldebestätigung meines Sohnes und die Sterbeurkunde meiner Mutter füge ich in Kopie bei.
Die Beträge, die unstreitig sind (Straßenreinigung, Grundsteuer B), zahle ich fristgerecht.

Für Rückfragen bin ich tagsüber unter [[TEL:02325 9 88 41 07]] zu erreichen.

Mit freundlichen Grüßen

[[P:F. von der Heydt]]

Anlagen: 2
""",
    keep=[
        "Grundbesitzabgabenbescheid 2026",
        "Postfach 10 18 20",
        "240-Liter-\nRestmülltonne",
        "Straßenreinigung, Grundsteuer B",
        "Herner Sparkasse",
    ],
)

# 8 -- e-mail: objection without the word, street cleaning fees; Italian sender, informal
pii(
    "email",
    """
Von: [[P:Salvatore Di Benedetto]] <[[MAIL:salvo.dibenedetto@libero.it]]>
An: stadtkasse@bochum.de
Betreff: Straßenreinigung – das stimmt so nicht!!
Gesendet: Donnerstag, 22. Oktober 2026 18:31

Guten Tag,

ich habe heute Ihren Brief bekommen mit der neue Rechnung für Straßenreinigung und Winterdienst,
Kassenzeichen [[AZ:5.2026.071433.8]]. Damit bin ich überhaupt nicht einverstanden.

Sie schreiben, unsere Straße ist jetzt Reinigungsklasse 3 statt 1 und deshalb kostet es das
Dreifache. Aber die Kehrmaschine kommt bei uns in der [[STR:Dahlhauser Straße 77]] genau so
selten wie früher, vielleicht einmal im Monat, und Winterdienst hat in der letzten Winter nie
jemand gemacht, das haben immer mein Nachbar Herr [[P:Grünewald]] und ich mit der Schaufel gemacht.

Meine Frau [[P:Concetta]] hat schon angerufen letzte Woche, da hat eine Dame gesagt, das ist
wegen einer neue Satzung und wir können nichts machen. Aber ich will bitte eine richtige Antwort
schriftlich, warum unsere Straße jetzt eine andere Klasse ist. Wenn es geht, bitte auch, wer das
entschieden hat.

Bis das geklärt ist, zahle ich nur den alten Betrag (38,40 Euro im Quartal), den Rest nicht.
Bitte keine Mahnung schicken.

Ich wohne hier seit 1994 und habe nie Probleme mit der Stadt gehabt. Geboren bin ich in
[[LOC:Agrigento]], aber ich bin schon über 40 Jahre in [[LOC:Bochum-Linden]].

Tel. [[TEL:0234 49 17 63]] (abends) oder Handy [[TEL:0160 9932 8147]]

Distinti saluti / mit freundliche Grüße
[[P:Salvatore Di Benedetto]]
""",
    keep=[
        "stadtkasse@bochum.de",
        "Reinigungsklasse 3 statt 1",
        "38,40 Euro im Quartal",
        "Kehrmaschine",
        "Bitte keine Mahnung schicken.",
    ],
)

# 9 -- letter: Sondernutzung for outdoor seating; café run by a sole trader (e.K., HRA), SEPA
pii(
    "letter",
    f"""
Café Damaskus – Inh. [[P:Rami Al-Khatib]] e.K.
[[STR:Kortumstraße 41]] · [[LOC:44787 Bochum]]
Tel. [[TEL:0234 / 68 40 29 1]] · [[MAIL:cafe.damaskus.bochum@web.de]]
Amtsgericht Bochum [[HR:HRA 6218]]

Stadt Bochum
Tiefbauamt – Sondernutzungen
Hans-Böckler-Straße 19
44777 Bochum

Bochum, 09.02.2026

Antrag auf Sondernutzungserlaubnis für Außengastronomie, Saison 2026
Vorjahresgenehmigung: [[AZ:66 22 SN-2025-0331]]

Sehr geehrte Damen und Herren,

wie im vergangenen Jahr beantrage ich die Erlaubnis, vor meinem Café auf dem Gehweg der
Kortumstraße Tische und Stühle aufzustellen, und zwar für den Zeitraum 1. April bis
31. Oktober 2026.

Geplant sind wie bisher 6 Tische und 24 Stühle auf einer Fläche von 3,50 m x 8,00 m = 28 m²
direkt an der Hauswand. Eine Durchgangsbreite von 2,00 m für Fußgänger, Rollstühle und
Kinderwagen bleibt frei; den Lageplan mit Bemaßung füge ich bei. Neu ist ein Windschutz aus
Glas an der Seite zum Nachbargeschäft (Höhe 1,40 m, nicht fest verankert). Das Einverständnis
meines Nachbarn, Herrn [[P:Udo Kampmann]] (Optik [[P:Kampmann]]), liegt schriftlich bei.

Die Gebühr bitte ich wieder per Lastschrift einzuziehen. Das SEPA-Mandat von 2025 gilt
weiter, meine Bankverbindung hat sich aber geändert:
IBAN [[IBAN:{IBAN_C09}]], Kontoinhaber [[P:Rami Al-Khatib]].

Während meiner Abwesenheit vom 16. bis 27. Februar vertritt mich mein Bruder [[P:Fadi]], er ist
unter [[TEL:0177 8822310]] erreichbar.

Mit freundlichen Grüßen

[[P:Rami Al-Khatib]]

Anlagen: Lageplan M 1:100, Foto Windschutz, Einverständniserklärung Nachbar
""",
    keep=[
        "Hans-Böckler-Straße 19",
        "Sondernutzungserlaubnis für Außengastronomie",
        "Durchgangsbreite von 2,00 m",
        "Lageplan M 1:100",
        "Café Damaskus",
    ],
)

# 10 -- e-mail: temporary no-parking zone for a move; German-Polish couple, old and new address
pii(
    "email",
    """
Von: [[P:Kasia Lehmkuhl]] <[[MAIL:kasia.lehmkuhl87@outlook.de]]>
An: verkehrsbehoerde@herne.de
Cc: [[P:Timo Lehmkuhl]] <[[MAIL:timo.lehmkuhl@posteo.de]]>
Betreff: Halteverbotszone für Umzug am 14.11. – geht das noch so kurzfristig?

Hallo liebes Team der Straßenverkehrsbehörde,

wir ziehen am Samstag, dem 14. November, von [[LOC:Castrop-Rauxel]] nach [[LOC:Herne-Sodingen]] und
brauchen vor dem neuen Haus eine Halteverbotszone für den Umzugswagen (7,5 t, ca. 10 m lang).
Ich habe gelesen, dass man das zwei Wochen vorher beantragen muss – wir sind knapp dran,
weil der Übergabetermin erst gestern feststand. Geht das trotzdem noch?

Neue Adresse: [[STR:Mont-Cenis-Straße 212]], [[LOC:44627 Herne]]
Gewünscht: Samstag 14.11.2026, 7:00 bis 16:00 Uhr, ca. 15 m vor Hausnummer 212
(die Straße ist dort recht eng, gegenüber ist eine Bushaltestelle)

Die alte Adresse ist [[STR:Wartburgstraße 5]] in [[LOC:44579 Castrop-Rauxel]], dafür beantragen wir das
Halteverbot separat bei der dortigen Stadtverwaltung, oder? Da wohnt auch noch meine Schwiegermutter
[[P:Renate Lehmkuhl]] im Erdgeschoss, die bleibt dort.

Die Schilder würden wir über eine Firma aufstellen lassen, die meinen Sie wahrscheinlich mit
„Verkehrssicherungsfirma“. Reicht die verkehrsrechtliche Anordnung dann per Mail?

Danke und viele Grüße
[[P:Katarzyna „Kasia“ Lehmkuhl]]
[[TEL:0172 / 60 55 9 41]]
""",
    keep=[
        "verkehrsbehoerde@herne.de",
        "Umzugswagen (7,5 t, ca. 10 m lang)",
        "Verkehrssicherungsfirma",
        "verkehrsrechtliche Anordnung",
        "gegenüber ist eine Bushaltestelle",
    ],
)

# 11 -- letter: dog tax registration, dog from the animal shelter, previous tag, SEPA mandate
pii(
    "letter",
    f"""
[[P:Marlene Szczepanski]]
[[STR:Cranger Straße 306]]
[[LOC:45891 Gelsenkirchen]]

An die
Stadt Gelsenkirchen
Steueramt – Hundesteuer
Ebertstraße 11
45875 Gelsenkirchen

18.08.2026

Anmeldung eines Hundes zur Hundesteuer

Sehr geehrte Damen und Herren,

hiermit melde ich meinen Hund zur Hundesteuer an. Das Online-Formular hat bei mir leider nicht
funktioniert (Fehlermeldung beim Hochladen des Nachweises), deshalb schreibe ich Ihnen auf
diesem Weg.

Angaben zum Hund:
Name: Bruno, Rasse: Labrador-Mischling, Rüde, geboren ca. März 2021, Farbe schwarz
Chipnummer: [[AZ:276098106234417]]
Aufgenommen am 08.08.2026 aus dem Tierheim Gelsenkirchen (Schutzvertrag liegt bei)

Angaben zur Halterin:
[[P:Marlene Szczepanski]], geboren am [[DOB:25.11.1979]]
Telefon [[TEL:0209 – 58 33 71]], E-Mail [[MAIL:m.szczepanski@arcor.de]]

Bis Juni 2024 hatte ich bereits einen Hund, damals noch in [[LOC:Gladbeck]] gemeldet
([[STR:Horster Straße 12]]), Steuermarke Nr. [[AZ:GLA-0713]]. Die Marke habe ich nach dem Tod des
Hundes zurückgegeben.

Da Bruno aus dem Tierheim kommt, beantrage ich die Steuerbefreiung für das erste Jahr nach
§ 4 Abs. 3 der Hundesteuersatzung, soweit ich das richtig verstanden habe.

Für die Hundesteuer ab dem zweiten Jahr erteile ich Ihnen ein SEPA-Lastschriftmandat:
Kontoinhaberin [[P:Marlene Szczepanski]]
IBAN [[IBAN:{IBAN_C11}]]
Kreditinstitut: Volksbank Ruhr Mitte

Mit freundlichen Grüßen
[[P:M. Szczepanski]]

Anlagen: Schutzvertrag Tierheim, Nachweis Haftpflichtversicherung
""",
    keep=[
        "Steueramt – Hundesteuer",
        "Labrador-Mischling",
        "§ 4 Abs. 3 der Hundesteuersatzung",
        "Volksbank Ruhr Mitte",
    ],
)

# 12 -- e-mail: dog tax de-registration after the mother's death; staff named, dog moves away
pii(
    "email",
    """
Von: [[P:Bernd Uhlenbrock]] <[[MAIL:b.uhlenbrock@kabelmail.de]]>
Gesendet: Mittwoch, 4. November 2026 11:02
An: steueramt@dortmund.de
Betreff: Abmeldung Hundesteuer – verstorbene Halterin [[P:Hildegard Uhlenbrock]], Kassenzeichen [[AZ:22 0471 1983]]

Sehr geehrte Damen und Herren,

meine Mutter, [[P:Hildegard Uhlenbrock]], zuletzt wohnhaft [[STR:Schüruferstraße 144]] in
[[LOC:44287 Dortmund-Aplerbeck]], ist am 19. Oktober 2026 verstorben. Sie hatte einen kleinen Hund
(Yorkshire-Terrier „Susi“), der bei Ihnen unter dem o. g. Kassenzeichen gemeldet ist.

Susi lebt seit dem 21.10. bei meiner Tochter [[P:Miriam Kessel]] in [[LOC:Unna-Königsborn]]; meine Tochter
meldet sie dort bei der Stadt Unna neu an. Ich bitte daher um Abmeldung der Hundesteuer für
meine Mutter zum 31.10.2026 und um Erstattung eines eventuell zu viel gezahlten Betrags.

Ihre Kollegin Frau [[P:Nowak]] hat mir am Telefon gesagt, dass ich als Sohn die Abmeldung
vornehmen kann und eine Kopie der Sterbeurkunde reicht. Die habe ich angehängt, ebenso die
Steuermarke als Foto – das Original schicke ich per Post.

Ein Erbschein ist beantragt, liegt aber noch nicht vor (Nachlassgericht Dortmund,
Az. [[AZ:12 VI 1488/26]]). Bis dahin kümmere ich mich um die Angelegenheiten meiner Mutter; eine
Vorsorgevollmacht liegt vor und kann nachgereicht werden.

Eine eventuelle Erstattung bitte auf das Konto meiner Mutter, das noch bis zur Klärung des
Nachlasses besteht (Sparkasse Dortmund, die Bankverbindung ist Ihnen bekannt).

Mit freundlichen Grüßen
[[P:Bernd Uhlenbrock]]
[[STR:Am Bahnhof Tremonia 3]]
[[LOC:59065 Hamm]]
Mobil [[TEL:0151 15 42 80 66]]
""",
    keep=[
        "steueramt@dortmund.de",
        "Yorkshire-Terrier",
        "Kopie der Sterbeurkunde",
        "Vorsorgevollmacht",
        "Sparkasse Dortmund",
    ],
)

# 13 -- letter: Elterngeld documents sent later; both parents' Steuer-IDs, child, IBAN compact
pii(
    "letter",
    f"""
[[P:Jana Wiechers-Oğuz]] und [[P:Mert Oğuz]]
[[STR:Dorstener Straße 420]]
[[LOC:44809 Bochum]]

Stadt Bochum
Elterngeldstelle
Postfach 10 22 69
44721 Bochum

Bochum, 7. Oktober 2026

Ihr Schreiben vom 24.09.2026 – Antrag auf Elterngeld, Aktenzeichen [[AZ:EG 51-2026-04719]]
Nachreichung von Unterlagen

Sehr geehrte Frau [[P:Lindemann-Pohl]],

vielen Dank für Ihr Schreiben. Wie gewünscht reichen wir die fehlenden Unterlagen zum Antrag auf
Elterngeld für unsere Tochter [[P:Lina Defne]], geboren am [[DOB:02.08.2026]] im St.-Elisabeth-Hospital,
nach:

– Geburtsbescheinigung für Elterngeld (Original, Standesamt Bochum)
– Bescheinigung der Krankenkasse über das Mutterschaftsgeld (Techniker Krankenkasse)
– Bescheinigung des Arbeitgebers über den Arbeitgeberzuschuss
– Gehaltsabrechnungen [[P:Mert]] August 2025 bis Juli 2026 (12 Stück)

Die Steuer-Identifikationsnummern, die im Antrag gefehlt haben:
Mutter: [[TAX:{TAX_C13A}]]
Vater: [[TAX:{TAX_C13B}]]

Wir beantragen weiterhin Basiselterngeld für [[P:Jana]] für den 1. bis 12. Lebensmonat und
ElterngeldPlus für [[P:Mert]] für den 13. und 14. Lebensmonat (Partnerschaftsbonus vorerst nicht).

Bitte überweisen Sie das Elterngeld auf das gemeinsame Konto:
[[IBAN:{IBAN_C13}]]

Für Rückfragen erreichen Sie [[P:Jana]] unter [[TEL:0176-31 04 88 92]] (vormittags am besten) oder uns beide
unter [[MAIL:wiechers.oguz@mailbox.org]].

Mit freundlichen Grüßen

[[P:Jana Wiechers-Oğuz]]     [[P:Mert Oğuz]]
""",
    keep=[
        "Elterngeldstelle",
        "St.-Elisabeth-Hospital",
        "Techniker Krankenkasse",
        "Partnerschaftsbonus vorerst nicht",
        "Postfach 10 22 69",
    ],
)

# 14 -- e-mail: Kita fee reassessment after income drop; Moroccan-German family, Steuer-ID
pii(
    "email",
    f"""
From: [[P:Samira El Amrani]] <[[MAIL:samira.elamrani@gmail.com]]>
To: elternbeitraege@gelsenkirchen.de
Subject: Neuberechnung Elternbeitrag – Beitragsnummer [[AZ:EB-51.3-08812]]
Date: 15.10.2026, 13:26

Sehr geehrte Damen und Herren,

unsere beiden Kinder [[P:Nour]] ([[DOB:11.04.2021]]) und [[P:Yassin]] ([[DOB:29.12.2023]]) besuchen die
städtische Kita Regenbogen in Gelsenkirchen-Horst. Für das Kindergartenjahr 2026/27 haben wir
im Juli unser Einkommen angegeben. Inzwischen hat sich unsere Situation geändert:

Mein Mann [[P:Youssef El Amrani]] arbeitet seit dem 1. September nur noch 20 Stunden pro Woche,
weil er nach seiner Knie-OP eine Wiedereingliederung macht und danach in Teilzeit bleiben
muss. Sein Bruttoeinkommen ist dadurch von ca. 3.900 Euro auf ca. 1.950 Euro gesunken. Ich
selbst arbeite weiterhin als Pflegehelferin mit 25 Stunden im Seniorenzentrum.

Wir bitten deshalb, den Elternbeitrag ab September neu zu berechnen. Die neuen
Gehaltsabrechnungen und das Schreiben des Arbeitgebers über die Stundenreduzierung hänge ich
an. Im Formular wird auch die Steuer-ID gefragt, hier ist die von meinem Mann: [[TAX:{TAX_C14}]].
Meine steht schon im ersten Antrag.

Noch eine Frage: Für [[P:Yassin]] ist das erste Kita-Jahr, gilt für ihn die Geschwisterregelung
(beitragsfrei, weil [[P:Nour]] schon ein Beitragskind ist)? Im Bescheid steht für beide ein Beitrag.

Ich bin vormittags arbeiten, bitte rufen Sie nachmittags an: [[TEL:0209 / 1 77 40 92]].
Oder schreiben Sie mir einfach eine Mail.

Vielen Dank und freundliche Grüße
[[P:Samira El Amrani]]
[[STR:Essener Straße 57]]
[[LOC:45899 Gelsenkirchen]]
""",
    keep=[
        "elternbeitraege@gelsenkirchen.de",
        "Kita Regenbogen",
        "Geschwisterregelung",
        "Kindergartenjahr 2026/27",
        "Wiedereingliederung",
    ],
)

# 15 -- letter: Wohngeld application of a pensioner; RV number, IBAN, caretaker, son helps
pii(
    "letter",
    f"""
[[P:Waltraud Kuczera]]
[[STR:Am Hochofen 8, Wohnung 12]]
[[LOC:44149 Dortmund]]

An die Stadt Dortmund
Sozialamt – Wohngeldstelle
Luisenstraße 11–13
44137 Dortmund

Dortmund, den 30.09.2026

Antrag auf Wohngeld (Mietzuschuss)

Sehr geehrte Damen und Herren,

anbei schicke ich Ihnen meinen Antrag auf Wohngeld. Ich bin seit Juli 2026 Witwe, mein Mann
[[P:Heinz Kuczera]] ist am 2. Juli verstorben. Seitdem habe ich nur noch meine eigene Rente und
die kleine Witwenrente, und die Miete ist dieselbe geblieben.

Meine Angaben:
geboren am [[DOB:14.03.1952]] in [[LOC:Kamen]]
Rentenversicherungsnummer [[RV:{RV_C15}]]
Altersrente 812,40 Euro, Witwenrente 436,15 Euro (Bescheide liegen bei)
Miete: 468 Euro kalt, 135 Euro Nebenkosten, 82 Euro Heizkosten, Wohnfläche 61 m²

Vermieterin ist die Spar- und Bauverein eG, die Mietbescheinigung ist ausgefüllt. Der Hausmeister,
Herr [[P:Lütkemeyer]], hat mir dabei geholfen, weil ich mit den Formularen nicht so gut zurechtkomme.

Mein Sohn [[P:Rainer]] hilft mir auch, er wohnt aber in [[LOC:Lüdenscheid]] und kann nicht immer kommen.
Wenn Sie Fragen haben, rufen Sie bitte bei mir an ([[TEL:0231 65 23 97]]) oder bei meinem Sohn
([[TEL:02351 / 8 14 06]]).

Das Wohngeld bitte auf mein Konto bei der Sparkasse:
IBAN [[IBAN:{IBAN_C15}]]

Mit freundlichen Grüßen

[[P:Waltraud Kuczera]]

Anlagen: Antrag (8 Seiten), Mietbescheinigung, Rentenbescheide, Sterbeurkunde, Kontoauszüge
""",
    keep=[
        "Sozialamt – Wohngeldstelle",
        "Luisenstraße 11–13",
        "Spar- und Bauverein eG",
        "Wohnfläche 61 m²",
        "Antrag (8 Seiten)",
    ],
)

# 16 -- e-mail: Wohngeld continuation, new bank account; Vietnamese family, Wohngeld number
pii(
    "email",
    f"""
Von: [[P:Trần Văn Minh]] <[[MAIL:tranvanminh.herne@yahoo.de]]>
An: wohngeld@herne.de
Betreff: Weiterleistungsantrag Wohngeld + neue Bankverbindung / Wohngeld-Nr. [[AZ:50.2-WG-31877]]

Sehr geehrte Frau [[P:Krzyżanowski]],

unser Wohngeld läuft am 30.11.2026 aus. Den Weiterleistungsantrag habe ich letzte Woche in
den Briefkasten am Rathaus Herne eingeworfen, aber ich weiß nicht, ob er angekommen ist.
Können Sie mir kurz bestätigen, dass er da ist?

Außerdem haben wir die Bank gewechselt. Bitte zahlen Sie ab Dezember auf dieses Konto:
[[IBAN:{IBAN_C16}]], Kontoinhaber [[P:Tran Van Minh]] (ohne Akzente, so steht es bei der Bank).

Es gibt eine Änderung im Haushalt: meine Frau [[P:Lê Thị Hồng]] arbeitet seit 1. Oktober im
Restaurant von ihrem Cousin, Minijob 538 Euro. Die Bescheinigung schicke ich mit. Unser Sohn
[[P:Bảo]] hat im Sommer die Ausbildung angefangen (Kfz-Mechatroniker), Ausbildungsvergütung 1.020 Euro
brutto, der Vertrag ist auch im Anhang. Unsere Tochter [[P:Vy]] geht noch zur Schule.

Die Miete ist gleich geblieben, [[STR:Shamrockstraße 19]], [[LOC:44623 Herne]], 4 Zimmer.

Wenn etwas fehlt, bitte anrufen. Ich arbeite im Schichtdienst, am besten erreichen Sie mich
zwischen 14 und 16 Uhr: [[TEL:0163-4417 290]].

Vielen Dank
[[P:Trần Văn Minh]]
""",
    keep=[
        "wohngeld@herne.de",
        "Briefkasten am Rathaus Herne",
        "Minijob 538 Euro",
        "Kfz-Mechatroniker",
        "ohne Akzente, so steht es bei der Bank",
    ],
)

# 17 -- letter: Bauvoranfrage for an extension; couple, architect named, file number from 1987
pii(
    "letter",
    """
[[P:Wilhelm Overbeck]] und [[P:Annegret Overbeck]]
[[STR:Im Kämpchen 23]]
[[LOC:45527 Hattingen]]
Telefon [[TEL:02324 / 2 18 66]]

Stadt Hattingen
Fachbereich Stadtentwicklung und Bauordnung
Rathausplatz 1
45525 Hattingen

Hattingen, 11. Mai 2026

Bauvoranfrage: Anbau eines barrierefreien Wohn- und Schlafzimmers an unser Einfamilienhaus

Sehr geehrte Damen und Herren,

wir sind beide über 75 Jahre alt und möchten gerne in unserem Haus bleiben, in dem wir seit
1988 wohnen. Die Schlafzimmer liegen im Obergeschoss, die Treppe fällt uns zunehmend schwer.
Wir planen deshalb einen eingeschossigen Anbau an der Gartenseite (ca. 5,20 m x 6,00 m,
Flachdach mit Begrünung) mit Schlafzimmer und bodengleicher Dusche.

Bevor wir einen vollständigen Bauantrag stellen, bitten wir um eine verbindliche Auskunft zu
folgenden Fragen:

1. Ist der Anbau nach dem geltenden Bebauungsplan Nr. 84 „Am Kämpchen“ zulässig, obwohl er
   über die hintere Baugrenze um ca. 1,80 m hinausgeht?
2. Wird der Anbau auf die zulässige Grundflächenzahl angerechnet, und reicht diese aus?
3. Muss der Abstand zur Grundstücksgrenze von Nachbar [[P:Esser]] (Hausnummer 25) 3,00 m betragen?

Die Skizzen und einen Lageplan hat unsere Architektin, Frau Dipl.-Ing. [[P:Selma Kraft-Yüksel]],
erstellt. Sie steht für Rückfragen zur Verfügung (Büro [[TEL:02324 9 50 47-12]], Durchwahl).
Die ursprüngliche Baugenehmigung für unser Haus trägt das Aktenzeichen [[AZ:B 417/87]].

Herr [[P:Esser]] ist über unser Vorhaben informiert und hat keine Einwände. Er würde das auch
schriftlich bestätigen.

Wir danken Ihnen für Ihre Mühe und verbleiben mit freundlichen Grüßen

[[P:Wilhelm Overbeck]]            [[P:Annegret Overbeck]]

Anlagen: Skizzen (3 Blatt), Lageplan M 1:500, Fotos
""",
    keep=[
        "Rathausplatz 1",
        "Bebauungsplan Nr. 84 „Am Kämpchen“",
        "Grundflächenzahl",
        "bodengleicher Dusche",
        "Lageplan M 1:500",
    ],
)

# 18 -- e-mail: neighbour's objection against a building permit for a garage with roof terrace
pii(
    "email",
    """
Von: [[P:Jacqueline Wozniak]] <[[MAIL:jacky.wozniak@gmx.net]]>
An: bauordnung@gelsenkirchen.de
Betreff: WIDERSPRUCH gegen Baugenehmigung Grenzgarage Nachbar – Az. [[AZ:63/2-BA-2026-01173]]
Datum: Fr., 25.09.2026, 23:48

Sehr geehrte Damen und Herren,

hiermit lege ich Widerspruch gegen die Baugenehmigung ein, die Sie meinem Nachbarn, Herrn
[[P:Dieter Lüdtke]], [[STR:Westerholter Straße 138]], für eine Doppelgarage mit Dachterrasse erteilt
haben. Ich wohne direkt daneben in der [[STR:Westerholter Straße 140]] ([[LOC:45894 Gelsenkirchen-Buer]])
und bin Eigentümerin des Grundstücks.

Ich habe von der Genehmigung erst erfahren, als letzte Woche der Bagger kam. Man hat mich vorher
nie gefragt. Die Garage steht direkt auf der Grenze und ist nach den Plänen, die mir Herr
[[P:Lüdtke]] gezeigt hat, über 3 m hoch. Mit der Dachterrasse oben drauf kann man dann direkt
in mein Schlafzimmer und auf meine Terrasse schauen. Das ist doch keine Garage mehr!

Meine Gründe:
– die Grenzbebauung ist zu hoch und zu lang (über 9 m)
– die Dachterrasse verletzt meine Privatsphäre
– meine Terrasse bekommt nachmittags keine Sonne mehr
– das Regenwasser von der Garage läuft auf mein Grundstück

Ich beantrage Akteneinsicht und bitte, die Bauarbeiten bis zur Entscheidung zu stoppen.
Mein Anwalt ist informiert.

Ich bin Altenpflegerin und arbeite im Wechseldienst, am besten erreichbar unter
[[TEL:0162-7 31 45 08]]. Ansonsten bitte schriftlich.

Mit freundlichen Grüßen
[[P:Jacqueline Wozniak]]
""",
    keep=[
        "bauordnung@gelsenkirchen.de",
        "Doppelgarage mit Dachterrasse",
        "Ich beantrage Akteneinsicht",
        "die Grenzbebauung ist zu hoch und zu lang (über 9 m)",
        "Wechseldienst",
    ],
)

# 19 -- letter: naturalisation application; Turkish-born applicant, passport, former address
pii(
    "letter",
    """
[[P:Hatice Demirtaş]]
[[STR:Castroper Straße 190]]
[[LOC:44791 Bochum]]

Stadt Bochum
Bürgerbüro – Einbürgerungsbehörde
Willy-Brandt-Platz 2–6
44777 Bochum

Bochum, 3. März 2026

Antrag auf Einbürgerung – Ergänzung und Frage zum Termin

Sehr geehrte Damen und Herren,

im Dezember habe ich über das Online-Portal meinen Antrag auf Einbürgerung gestellt und eine
Eingangsbestätigung mit der Vorgangsnummer [[AZ:EBG-2025-118042]] bekommen. Seitdem habe ich nichts
mehr gehört. Ich möchte deshalb noch einige Angaben ergänzen, die im Portal nicht möglich waren.

Ich bin am [[DOB:09.06.1986]] in [[LOC:Kayseri]] geboren und lebe seit August 2004 in Deutschland. Bis
2012 habe ich in [[LOC:Witten]] gewohnt ([[STR:Ardeystraße 61]]), seitdem in der jetzigen Wohnung. Ich habe eine
Niederlassungserlaubnis und arbeite seit 2013 unbefristet als medizinische Fachangestellte in
einer Hausarztpraxis in der Innenstadt. Meinen türkischen Reisepass (Nr. [[PASS:U 18274530]], gültig bis
2031) lege ich in Kopie bei.

Mein Mann [[P:Murat Demirtaş]] stellt seinen Antrag später, weil er noch auf das Zertifikat für den
Einbürgerungstest wartet. Unsere Tochter [[P:Elif]] ist hier geboren und hat schon die deutsche
Staatsangehörigkeit (Optionsregelung).

Das Sprachzertifikat B1 (telc) und den Einbürgerungstest (Leben in Deutschland, 31 von 33 Punkten)
habe ich im Portal hochgeladen. Soll ich die Originale zum Termin mitbringen? Und wie lange dauert
es ungefähr, bis ich einen Termin bekomme?

Telefonisch bin ich unter [[TEL:0234 / 95 43 61 8]] (ab 17 Uhr) erreichbar, sonst per E-Mail:
[[MAIL:hatice.demirtas@web.de]].

Mit freundlichen Grüßen

[[P:Hatice Demirtaş]]
""",
    keep=[
        "Einbürgerungsbehörde",
        "Niederlassungserlaubnis",
        "31 von 33 Punkten",
        "Sprachzertifikat B1 (telc)",
        "Optionsregelung",
    ],
)

# 20 -- e-mail: naturalisation status enquiry; Syrian applicant, file and certificate numbers
pii(
    "email",
    """
From: [[P:Mohamad Al-Hamwi]] <[[MAIL:m.alhamwi1990@gmail.com]]>
To: einbuergerung@dortmund.de
Subject: Sachstandsanfrage Einbürgerung Az. [[AZ:32/4-E-2025-1142]]
Date: Mon, 16 Nov 2026 08:05:12 +0100

Sehr geehrte Damen und Herren,
sehr geehrter Herr [[P:Vollmer-Başaran]],

ich habe am 14.07.2025 meinen Antrag auf Einbürgerung bei Ihnen abgegeben (Az. s. o.). Sie
haben mir im Februar geschrieben, dass alle Unterlagen vollständig sind und die Anfragen an
die Sicherheitsbehörden laufen. Seitdem habe ich keine Nachricht mehr bekommen.

Kurz zu meiner Person: Ich heiße [[P:Mohamad Al-Hamwi]], geboren am [[DOB:21.03.1990]] in [[LOC:Homs]],
ich wohne seit 2016 in Deutschland und arbeite als Elektroniker bei einem Handwerksbetrieb im
Dortmunder Süden. Meine Frau [[P:Rasha]] und ich haben zwei Kinder, die hier geboren sind.

Mein syrischer Reisepass (Nr. [[PASS:N012284571]]) läuft im Januar 2027 ab. Die syrische Botschaft
verlangt für eine Verlängerung viel Geld und lange Wartezeit. Muss ich den Pass verlängern,
wenn die Einbürgerung bald kommt? Oder reicht es, wenn ich Ihnen die Kopie vom alten Pass gebe?

Außerdem habe ich im Sommer das Zertifikat Deutsch B2 bestanden (Zertifikatsnummer
[[AZ:B2-2026-DO-4471903]]), falls das für Sie wichtig ist.

Ich bin erreichbar unter [[TEL:0176/22 81 44 90]] oder per E-Mail.

Mit freundlichen Grüßen
[[P:Mohamad Al-Hamwi]]
[[STR:Kreuzstraße 88]]
[[LOC:44139 Dortmund]]
""",
    keep=[
        "einbuergerung@dortmund.de",
        "Anfragen an\ndie Sicherheitsbehörden",
        "syrische Botschaft",
        "Zertifikat Deutsch B2",
        "Elektroniker bei einem Handwerksbetrieb",
    ],
)

# 21 -- letter: resident parking permit for a company car; old and new plate, employer's note
pii(
    "letter",
    """
[[P:Lukas Brandhorst]]
[[STR:Wasserstraße 27, 3. OG]]
[[LOC:44803 Bochum]]
[[MAIL:lukas.brandhorst@posteo.de]]

Stadt Bochum
Straßenverkehrsamt – Bewohnerparken
Hans-Böckler-Straße 19
44777 Bochum

Bochum, 19.01.2026

Antrag auf Bewohnerparkausweis Zone E 4 (Ehrenfeld) – Firmenwagen

Sehr geehrte Damen und Herren,

ich beantrage einen Bewohnerparkausweis für die Zone E 4. Ich wohne seit dem 1. Dezember 2025 in
der Wasserstraße (Anmeldung beim Bürgerbüro ist erfolgt, Meldebestätigung liegt bei).

Das Fahrzeug, das ich nutze, ist ein Firmenwagen meines Arbeitgebers (Ruhrtal Energie GmbH),
amtliches Kennzeichen [[KFZ:BO-RT 7312]]. Ich habe gelesen, dass ein Bewohnerparkausweis auch für
ein Dienstfahrzeug ausgestellt werden kann, wenn es mir zur dauerhaften privaten Nutzung
überlassen ist. Die entsprechende Bescheinigung des Arbeitgebers (unterschrieben von der
Fuhrparkleitung, Frau [[P:Heike Dombrowski]]) füge ich bei, ebenso eine Kopie des Fahrzeugscheins.

Meinen eigenen Pkw mit dem Kennzeichen [[KFZ:HAT-LB 88]] habe ich im November verkauft; er war noch
auf meine alte Adresse in [[LOC:Hattingen-Welper]] zugelassen und ist inzwischen abgemeldet. Falls
der Wagen in Ihrem System noch auftaucht, ist das der Grund.

Die Gebühr zahle ich gerne per Überweisung, sobald ich den Bescheid habe. Bitte schicken Sie den
Ausweis an meine Wohnanschrift, tagsüber ist niemand zu Hause; eine Zustellung an den Briefkasten
ist kein Problem.

Rückfragen gern per Mail oder telefonisch unter [[TEL:+49 (0) 170 4419 263]].

Mit freundlichen Grüßen

[[P:Lukas Brandhorst]]

Anlagen: Bescheinigung Arbeitgeber, Fahrzeugschein (Kopie), Meldebestätigung
""",
    keep=[
        "Straßenverkehrsamt – Bewohnerparken",
        "Zone E 4 (Ehrenfeld)",
        "Ruhrtal Energie GmbH",
        "Fuhrparkleitung",
        "Fahrzeugschein (Kopie)",
    ],
)

# 22 -- e-mail: disabled parking permit for the mother; son writes, Greek family, plate
pii(
    "email",
    """
Von: [[P:Giorgos Anastasiadis]] <[[MAIL:g.anastasiadis@icloud.com]]>
An: strassenverkehr@herne.de
Betreff: Blauer Parkausweis für meine Mutter – was brauchen Sie noch?
Datum: 27. Juli 2026 um 16:40

Sehr geehrte Damen und Herren,

ich schreibe für meine Mutter, Frau [[P:Sofia Anastasiadou]], geboren [[DOB:1941]], wohnhaft
[[STR:Bismarckstraße 37]], [[LOC:44629 Herne]]. Sie kann selbst keine E-Mails schreiben und hat mich
gebeten, das für sie zu erledigen. Eine Vollmacht hänge ich an.

Meine Mutter hat seit Juni einen Schwerbehindertenausweis mit GdB 80 und den Merkzeichen G, B
und aG (Bescheid des Kreises, Az. [[AZ:41.2-SB-2026-30417]]). Nach ihrem Schlaganfall sitzt sie im
Rollstuhl und kann nur mit Hilfe ein paar Schritte gehen. Ich fahre sie drei- bis viermal pro
Woche zur Physiotherapie und zum Arzt, meistens mit meinem Auto ([[KFZ:BO-GA 1941]]), manchmal
fährt auch meine Frau [[P:Despina]] mit ihrem Wagen.

Wir möchten deshalb den blauen EU-Parkausweis beantragen. Meine Fragen:
1. Reicht ein aktuelles Passfoto, oder muss meine Mutter persönlich vorbeikommen? Das wäre
   sehr schwierig.
2. Der Ausweis gilt doch für die Person und nicht für ein bestimmtes Auto, oder?
3. Kann man zusätzlich einen Behindertenparkplatz vor ihrem Haus beantragen? Die Straße ist
   abends immer zugeparkt, und der Pflegedienst hat auch keine Parkmöglichkeit.

Ich wohne nicht bei ihr, sondern in [[LOC:Bochum-Grumme]], bin aber jeden Tag bei ihr.
Sie erreichen mich am besten mobil: [[TEL:0172 9 04 31 57]].

Vielen Dank und freundliche Grüße
[[P:Giorgos Anastasiadis]]
""",
    keep=[
        "strassenverkehr@herne.de",
        "blauen EU-Parkausweis",
        "GdB 80 und den Merkzeichen G, B\nund aG",
        "Behindertenparkplatz",
        "Physiotherapie",
    ],
)

# 23 -- letter from Italy: death of the father in Gelsenkirchen, certificates, estate, IT IBAN
pii(
    "letter",
    f"""
[[P:Vincenzo Lo Bianco]]
[[STR:Via Re d'Italia 112]]
[[LOC:93100 Caltanissetta (CL)]]
Italien

Stadt Gelsenkirchen
Standesamt
Rathaus Buer, Goldbergstraße 12
45894 Gelsenkirchen

[[LOC:Caltanissetta]], 9 novembre 2026 / 9. November 2026

Sterbefall [[P:Giuseppe Lo Bianco]] – Bitte um Sterbeurkunden

Sehr geehrte Damen und Herren,

mein Vater, Herr [[P:Giuseppe Lo Bianco]], geboren am [[DOB:04.05.1944]] in [[LOC:Caltanissetta]], ist am
27. Oktober 2026 im Bergmannsheil Buer verstorben. Er hat seit 1965 hier in Ihrer Stadt gelebt,
zuletzt in der [[STR:Horster Straße 266]]. Die Beurkundung hat das Bestattungshaus vorgenommen,
die Beerdigung war am 4. November.

Ich lebe seit vielen Jahren wieder in Italien und brauche für die Behörden hier (Rente, INPS,
Grundbuch) folgende Urkunden:
– 2 Sterbeurkunden (deutsch)
– 2 internationale Sterbeurkunden (mehrsprachig, nach dem Wiener Übereinkommen)

Bitte schicken Sie die Urkunden an meine Adresse in Italien. Die Gebühren überweise ich sofort
nach Erhalt Ihrer Rechnung. Falls ich etwas zu viel bezahle, können Sie es auf mein Konto
zurücküberweisen: [[IBAN:{IBAN_C23}]] (Banca Sella).

Meine Schwester [[P:Rosaria Lo Bianco-Hüsken]] wohnt noch in [[LOC:Gelsenkirchen-Hassel]] ([[TEL:0209 / 5 88 31 64]])
und kann die Urkunden notfalls auch abholen. Sie kümmert sich mit mir um den Nachlass; beim
Amtsgericht Gelsenkirchen-Buer läuft das Verfahren unter [[AZ:9 VI 702/26]].

Für Rückfragen: [[TEL:+39 334 618 2297]] oder [[MAIL:vincenzo.lobianco@tiscali.it]]

Mit freundlichen Grüßen / Cordiali saluti

[[P:Vincenzo Lo Bianco]]
""",
    keep=[
        "Rathaus Buer, Goldbergstraße 12",
        "Bergmannsheil Buer",
        "Wiener Übereinkommen",
        "(Rente, INPS,\nGrundbuch)",
        "(Banca Sella)",
    ],
)

# 24 -- e-mail: grave of the late husband, right of use passes to the daughter; grave number
pii(
    "email",
    """
Von: [[P:Sabine Ehrlich]] <[[MAIL:sabine.ehrlich@t-online.de]]>
An: friedhofsverwaltung@bochum.de
Betreff: Wahlgrab [[P:Schulte-Wieschen]], Hauptfriedhof, Feld 31 – Übertragung Nutzungsrecht

Sehr geehrte Damen und Herren,

ich schreibe Ihnen im Auftrag meiner Mutter, Frau [[P:Irmgard Schulte-Wieschen]]. Sie ist
Nutzungsberechtigte des Wahlgrabes auf dem Hauptfriedhof am Freigrafendamm, Feld 31,
Grabnummer [[AZ:31-W-0712]], in dem mein Vater [[P:Karl-Heinz Schulte-Wieschen]] seit 2006 beigesetzt ist.

Meine Mutter ist 88 Jahre alt und zieht Anfang Dezember in ein Pflegeheim in [[LOC:Bottrop-Kirchhellen]],
in meine Nähe. Ihre bisherige Wohnung, [[STR:Königsallee 142]] in [[LOC:44789 Bochum]], wird zum
31.12. gekündigt. Sie möchte, dass das Nutzungsrecht an dem Grab auf mich übertragen wird, weil
sie sich nicht mehr um die Grabpflege und die Post kümmern kann. Später soll sie neben meinem
Vater beigesetzt werden; die zweite Grabstelle ist ja bereits erworben.

Die Grabpflege übernimmt ab Januar die Friedhofsgärtnerei am Haupteingang, der Vertrag läuft
über mich.

Was brauchen Sie dafür? Eine formlose Erklärung meiner Mutter mit Unterschrift, eine Kopie ihres
Ausweises und meines Ausweises? Meine Mutter hat den letzten Gebührenbescheid (Verlängerung des
Nutzungsrechts bis 2031, Kassenzeichen [[AZ:6.0712.2006.44]]) noch aufbewahrt, den kann ich mitschicken.

Meine Anschrift für alle künftigen Schreiben:
[[P:Sabine Ehrlich]], [[STR:Hackfurthstraße 9]], [[LOC:46244 Bottrop]]
Telefon [[TEL:02045 / 40 71 33]]

Vielen Dank für Ihre Hilfe.

Mit freundlichen Grüßen
[[P:Sabine Ehrlich]]
""",
    keep=[
        "friedhofsverwaltung@bochum.de",
        "Hauptfriedhof am Freigrafendamm, Feld 31",
        "Friedhofsgärtnerei am Haupteingang",
        "die zweite Grabstelle ist ja bereits erworben",
    ],
)

# 25 -- letter: painter's invoice (sole trader, e.K.) to the city for work at a school
pii(
    "letter",
    f"""
Malerbetrieb [[P:Kuhlmann]] e.K. · Inh. Malermeister [[P:Stefan Kuhlmann]]
[[STR:Gahlensche Straße 212]] · [[LOC:44809 Bochum]]
Tel. [[TEL:0234 5 87 41 20]] · Mobil [[TEL:0171 5 87 41 20]]

Stadt Herne
Fachbereich Gebäudemanagement
Langekampstraße 36
44652 Herne

Rechnung Nr. 2026-0388                                       Bochum, 16.10.2026
Ihre Bestellung: 4500 1873 12 vom 14.08.2026
Objekt: Erich-Kästner-Schule, Forellstraße 65, Herne – Klassenräume 1.04 bis 1.09
Leistungszeitraum: 24.08.–11.09.2026 (Sommerferien)

Sehr geehrte Damen und Herren,

für die ausgeführten Arbeiten erlauben wir uns zu berechnen:

Pos. 1  Abdeck- und Schutzarbeiten, Böden und Fenster       6 Räume   pauschal    960,00 €
Pos. 2  Wände spachteln und schleifen, Risse armieren    412 m²       6,80 €   2.801,60 €
Pos. 3  Dispersionsanstrich scheuerbeständig, 2-fach     412 m²       7,40 €   3.048,80 €
Pos. 4  Türzargen lackieren                              6 Stück     85,00 €     510,00 €
Pos. 5  Zulage Sonderfarbe „Sonnengelb“ (Raum 1.06)                pauschal    140,00 €
                                                              Nettobetrag   7.460,40 €
                                                          zzgl. 19 % USt.   1.417,48 €
                                                          Rechnungsbetrag   8.877,88 €

Die Abnahme erfolgte am 11.09.2026 durch Ihren Hausmeister, Herrn [[P:Pawlak]], und Ihre Objekt-
betreuerin, Frau [[P:Reinholz]]; das Abnahmeprotokoll liegt bei.

Zahlbar innerhalb von 30 Tagen ohne Abzug auf unser Konto bei der Sparkasse Bochum,
IBAN [[IBAN:{IBAN_C25}]]. Bitte geben Sie die Rechnungsnummer an.

Mit freundlichen Grüßen

[[P:Stefan Kuhlmann]]
Malermeister

Amtsgericht Bochum [[HR:HRA 5904]] · Steuernummer [[TAX:{TAX_C25}]] · Mitglied der Handwerkskammer Dortmund
""",
    keep=[
        "Fachbereich Gebäudemanagement",
        "Erich-Kästner-Schule, Forellstraße 65",
        "Rechnung Nr. 2026-0388",
        "Rechnungsbetrag   8.877,88 €",
        "Handwerkskammer Dortmund",
    ],
)

# 26 -- e-mail: electrician's payment reminder (sole trader) to a Kita of the city; staff named
pii(
    "email",
    f"""
Von: Elektrotechnik Ruhrstrom <[[MAIL:info@ruhrstrom-elektro.de]]>
An: kita.sonnenhuegel@gelsenkirchen.de
Cc: rechnungseingang@gelsenkirchen.de
Betreff: 2. Zahlungserinnerung – unsere Rechnung 1147 vom 28.08.2026

Sehr geehrte Frau [[P:Hadžić]],

leider konnten wir bis heute keinen Zahlungseingang zu unserer Rechnung Nr. 1147 vom 28.08.2026
über 1.386,21 € feststellen (Austausch der Notbeleuchtung im Bewegungsraum und Prüfung der
ortsveränderlichen Geräte nach DGUV V3 in Ihrer Kita Sonnenhügel).

Ihre Kollegin aus der Kämmerei, Frau [[P:Osterkamp]], hatte mir am 06.10. telefonisch gesagt, die
Rechnung sei bei Ihnen „hängen geblieben“, weil die sachliche Richtigkeit noch nicht bestätigt
war. Ich habe die Rechnung deshalb am selben Tag noch einmal als XRechnung über das
Rechnungseingangsportal hochgeladen (Leitweg-ID aus Ihrer Bestellung).

Als Einzelunternehmer kann ich solche Außenstände leider nicht lange vorfinanzieren. Ich bitte
Sie daher, den Betrag bis zum 20.11.2026 zu überweisen:

Kontoinhaber: [[P:Cem Yıldırım]]
IBAN: [[IBAN:{IBAN_C26}]]
Verwendungszweck: RE 1147

Meine Steuernummer für Ihre Unterlagen: [[TAX:{TAX_C26}]].

Sollte sich die Zahlung mit dieser Mail überschnitten haben, betrachten Sie sie bitte als
gegenstandslos.

Mit freundlichen Grüßen

[[P:Cem Yıldırım]]
Elektrotechnik Ruhrstrom – Inhaber [[P:Cem Yıldırım]], Elektrotechnikermeister
[[STR:Grenzstraße 73]] · [[LOC:45881 Gelsenkirchen]]
Mobil [[TEL:0160 – 91 27 448]]
""",
    keep=[
        "rechnungseingang@gelsenkirchen.de",
        "DGUV V3",
        "Kita Sonnenhügel",
        "Rechnungseingangsportal",
        "Verwendungszweck: RE 1147",
    ],
)

# 27 -- letter from Greece: certificate of former registration; Greek ID card, address abroad
pii(
    "letter",
    """
[[P:Dimitra Karagianni]]
[[STR:Odos Egnatias 154, 4os orofos]]
[[LOC:546 36 Thessaloniki]]
Griechenland

An die Stadt Dortmund
Bürgerdienste – Melderegister
Südwall 2–4
44137 Dortmund

[[LOC:Thessaloniki]], 2. September 2026

Bitte um eine Meldebescheinigung über frühere Wohnsitze in Ihrer Stadt

Sehr geehrte Damen und Herren,

ich habe von 1998 bis 2021 in Ihrer Stadt gewohnt und bin im Juli 2021 nach Griechenland
zurückgekehrt. Für meinen Rentenantrag bei der griechischen Rentenkasse (e-EFKA) brauche ich
eine Bescheinigung, aus der hervorgeht, wann ich bei Ihnen gemeldet war und an welchen
Adressen.

Meine Daten:
Name: [[P:Karagianni]], Vorname: [[P:Dimitra]], Geburtsname: [[P:Tsolaki]]
geboren am [[DOB:18.12.1960]] in [[LOC:Kilkis]] (Griechenland)

Frühere Adressen (soweit ich mich erinnere):
1998–2006  [[STR:Münsterstraße 112]], [[LOC:44145 Dortmund]]
2006–2021  [[STR:Leopoldstraße 29]] (bei Familie [[P:Tsolakis]]), [[LOC:44147 Dortmund]]

Abgemeldet habe ich mich am 28.06.2021 im Bürgerbüro Innenstadt-Nord. Die Abmeldebestätigung
habe ich leider beim Umzug verloren.

Als Nachweis meiner Identität lege ich eine Kopie meines griechischen Personalausweises bei
(Nr. [[PASS:AK 482193]]). Die Gebühr überweise ich gerne, bitte teilen Sie mir den Betrag und die
Bankverbindung mit. Eine Zusendung per E-Mail an [[MAIL:dkaragianni60@otenet.gr]] wäre mir sehr
recht, weil die Post aus Deutschland oft drei Wochen braucht.

Telefon: [[TEL:+30 2310 284 917]]

Mit freundlichen Grüßen und vielen Dank
[[P:Dimitra Karagianni]]
""",
    keep=[
        "Bürgerdienste – Melderegister",
        "Südwall 2–4",
        "griechischen Rentenkasse (e-EFKA)",
        "Bürgerbüro Innenstadt-Nord",
        "Kopie meines griechischen Personalausweises",
    ],
)

# 28 -- e-mail: lost wallet with ID card; asks the lost-property office; ID-card number
pii(
    "email",
    """
Von: [[P:Yannick Obeng-Mensah]] <[[MAIL:yannick.om@protonmail.com]]>
An: fundbuero@bochum.de
Betreff: Geldbörse mit Personalausweis verloren – Linie 308, Sonntag 8.11.

Hallo zusammen,

ich habe am Sonntag, 8. November, zwischen ca. 18:30 und 19:00 Uhr meine Geldbörse verloren,
wahrscheinlich in der Straßenbahn 308 zwischen Bochum Hbf und Hattingen Mitte oder an der
Haltestelle Wasserstraße. Bei der BOGESTRA habe ich schon nachgefragt, da ist sie nicht
abgegeben worden.

Beschreibung: braunes Leder, Marke Fossil, mit Reißverschluss. Drin waren:
– Personalausweis (Nr. [[ID:LZ6R01TK7]], ausgestellt von der Stadt Bochum)
– Führerschein, EC-Karte der Sparkasse, Krankenkassenkarte (Barmer)
– Bahncard 25 und ein Foto von meiner Tochter [[P:Amara]]
– ca. 40 Euro Bargeld

Die EC-Karte habe ich sperren lassen, den Ausweis habe ich bei der Polizei als verloren
gemeldet (Vorgangsnummer [[AZ:VG-2026-1108-4419]]). Muss ich den Ausweis auch bei Ihnen noch
einmal sperren lassen oder macht das die Polizei? Und kann ich schon einen neuen beantragen,
oder soll ich erst eine Woche warten, ob die Börse wieder auftaucht?

Ich wohne in der [[STR:Hustadtring 61]], [[LOC:44801 Bochum]]. Am besten erreichen Sie mich
unter [[TEL:0157-71 33 98 02]].

Danke und viele Grüße
[[P:Yannick Obeng-Mensah]]
""",
    keep=[
        "fundbuero@bochum.de",
        "Bochum Hbf und Hattingen Mitte",
        "Bei der BOGESTRA",
        "Krankenkassenkarte (Barmer)",
        "braunes Leder, Marke Fossil",
    ],
)

# 29 -- letter: complaint about a clerk and praise for another; Polish-German daughter, mother
pii(
    "letter",
    """
[[P:Bożena Kamińska-Lorenz]]
[[STR:Hölkeskampring 81]]
[[LOC:44625 Herne]]

Stadt Herne
Beschwerdemanagement
Friedrich-Ebert-Platz 2
44623 Herne

Herne, den 05.11.2026

Beschwerde über die Behandlung meiner Mutter im Bürgerbüro am 29.10.2026, Termin-Nr. [[AZ:T-2026-44107]]

Sehr geehrte Damen und Herren,

ich möchte mich über einen Mitarbeiter des Bürgerbüros beschweren und gleichzeitig eine andere
Mitarbeiterin loben.

Meine Mutter, Frau [[P:Halina Kamińska]], ist 82 Jahre alt, schwerhörig und auf einen Rollator
angewiesen. Wir hatten einen Termin für einen neuen Personalausweis. Am Schalter 4 hat uns ein
Herr [[P:Tiedemann]] bedient. Als meine Mutter die Frage nach ihrem Geburtsort nicht sofort
verstanden hat, hat er sehr laut und ungeduldig gesprochen und gesagt, er habe „nicht den ganzen
Tag Zeit“. Als ich erklärt habe, dass sie in [[LOC:Gliwice]] geboren ist und das früher Gleiwitz hieß,
hat er nur die Augen verdreht. Das Passfoto hat er zweimal abgelehnt, ohne zu erklären, warum.
Meine Mutter war danach völlig aufgelöst und hat im Auto geweint.

Ganz anders Ihre Kollegin Frau [[P:Acar]] am Nachbarschalter: Sie hat gesehen, was los war, hat
uns geholfen, das Foto im Fotoautomaten im Foyer noch einmal zu machen, und den Antrag
freundlich und geduldig zu Ende gebracht. Dafür möchte ich mich ausdrücklich bedanken.

Ich erwarte keine große Entschuldigung, aber ich wünsche mir, dass mit Herrn [[P:Tiedemann]] über
den Umgang mit älteren Menschen gesprochen wird. Nicht jeder hat eine Tochter dabei.

Sie erreichen mich unter [[TEL:02323 / 94 87 21]] oder [[MAIL:b.kaminska-lorenz@gmx.de]].

Mit freundlichen Grüßen
[[P:Bożena Kamińska-Lorenz]]
""",
    keep=[
        "Beschwerdemanagement",
        "Friedrich-Ebert-Platz 2",
        "Am Schalter 4",
        "Fotoautomaten im Foyer",
        "„nicht den ganzen\nTag Zeit“",
    ],
)

# 30 -- e-mail: landlord refuses the Wohnungsgeberbestätigung; Iraqi student, former address
pii(
    "email",
    """
From: [[P:Zainab Al-Saadi]] <[[MAIL:zainab.alsaadi@rub.de]]>
To: buergerbuero@bochum.de
Subject: Vermieter gibt mir keine Wohnungsgeberbestätigung – was soll ich tun?
Date: Wed, 2 Sep 2026 10:17:55 +0200

Sehr geehrte Damen und Herren,

ich bin Masterstudentin an der Ruhr-Universität und bin am 15. August aus [[LOC:Erlangen]] nach
[[LOC:Bochum]] gezogen (alte Adresse: [[STR:Henkestraße 91, Zimmer 214]], [[LOC:91052 Erlangen]]). Ich wohne
zur Untermiete in einer WG in der [[STR:Laerholzstraße 17]], [[LOC:44801 Bochum]].

Für die Anmeldung brauche ich die Wohnungsgeberbestätigung. Der Hauptmieter, [[P:Jonas Pietsch]],
sagt, er darf sie nicht ausstellen, und der Vermieter, Herr [[P:Rüdiger Kampschulte]], antwortet
nicht auf meine Mails. Herr [[P:Pietsch]] meint, der Vermieter wisse gar nicht, dass er untervermietet.

Die Zwei-Wochen-Frist für die Anmeldung ist jetzt schon vorbei. Bekomme ich jetzt ein Bußgeld?
Ich brauche die Meldebescheinigung dringend für mein Konto, für das BAföG-Amt und für die
Verlängerung meines Aufenthaltstitels bei der Ausländerbehörde (mein Visum läuft im Oktober ab).

Kann der Hauptmieter die Bestätigung vielleicht doch ausstellen? Im Internet habe ich gelesen,
dass das bei Untermiete geht. Oder können Sie den Vermieter anschreiben?

Mein irakischer Reisepass hat die Nummer [[PASS:A17720943]], falls Sie das für die Vorbereitung
brauchen. Telefonisch erreichen Sie mich unter [[TEL:+49 1520 3318 745]].

Vielen Dank für Ihre Hilfe!
[[P:Zainab Al-Saadi]]
""",
    keep=[
        "buergerbuero@bochum.de",
        "Ruhr-Universität",
        "Zwei-Wochen-Frist",
        "BAföG-Amt",
        "Ausländerbehörde",
    ],
)

# ----- letters of firms, lawyers, notaries, property managers, insurers, doctors, advisers ----

# 31 -- lawyer's letter in fine proceedings (parking/speeding); client, plate, direct line
pii(
    "business_letter",
    """
KANZLEI AM HUSEMANNPLATZ
Rechtsanwälte Fachanwälte für Verkehrsrecht
Husemannplatz 3–4 · 44787 Bochum · Tel. 0234 91 28 60-0 · Fax 0234 91 28 60-99
www.kanzlei-husemannplatz.de

Stadt Bochum
Bußgeldstelle
44777 Bochum

Ihr Zeichen: [[AZ:36.2-OWI-2026-0558291]]
Unser Zeichen: [[AZ:2026/0931-VR]]
Bearbeiter: RA Dr. [[P:Malte Sundermann]]
Durchwahl: [[TEL:0234 91 28 60-14]]

Bochum, 23.10.2026

Bußgeldverfahren gegen Frau [[P:Nicole Bauer-Sarıkaya]], geb. [[DOB:12.12.1988]]
Tatvorwurf: Überschreitung der zulässigen Höchstgeschwindigkeit am 14.09.2026, Universitätsstraße

Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Frau [[P:Bauer-Sarıkaya]], [[STR:Querenburger Höhe 261]], [[LOC:44801 Bochum]], mit ihrer
Verteidigung beauftragt hat. Eine auf uns lautende Vollmacht liegt bei.

Namens unserer Mandantin beantragen wir Akteneinsicht, insbesondere in

– das vollständige Messprotokoll und die Rohmessdaten,
– den Eichschein des Messgeräts (PoliScan FM1),
– die Schulungsnachweise des Messbeamten sowie
– das vollständige Beweisfoto in Originalauflösung.

Unsere Mandantin war Halterin des Fahrzeugs mit dem amtlichen Kennzeichen [[KFZ:BO-NB 1212]]; ob
sie das Fahrzeug zum Tatzeitpunkt selbst geführt hat, wird sich nach Akteneinsicht zeigen. Der
Wagen wird regelmäßig auch von ihrem Ehemann, Herrn [[P:Emre Sarıkaya]], genutzt. Zur Sache äußert
sich unsere Mandantin vorerst nicht.

Wir bitten, die Akte an unsere Kanzlei zu übersenden oder über das beA zur Verfügung zu stellen;
die Rücksendung erfolgt umgehend.

Mit freundlichen Grüßen

Dr. [[P:Sundermann]]
Rechtsanwalt
""",
    keep=[
        "KANZLEI AM HUSEMANNPLATZ",
        "Tel. 0234 91 28 60-0",
        "PoliScan FM1",
        "über das beA",
        "Rohmessdaten",
    ],
)

# 32 -- notary's enquiry about the municipal right of pre-emption; sellers, buyers, deed number
pii(
    "business_letter",
    """
NOTARIAT AM WESTENHELLWEG
Notar Dr. [[P:Clemens Hagedorn-Bleckmann]]
Westenhellweg 86 · 44137 Dortmund
Telefon 0231 52 77 30 · notariat@notariat-westenhellweg.de

Stadt Dortmund
Stadtplanungs- und Bauordnungsamt
– Vorkaufsrechte –
Burgwall 14
44135 Dortmund

Dortmund, 06.11.2026
UR-Nr. [[AZ:1884/2026 H]]
Sachbearbeiterin: Frau [[P:Petersen]], Tel. [[TEL:0231 52 77 30-41]]

Anfrage nach § 28 Abs. 1 BauGB – Ausübung eines gemeindlichen Vorkaufsrechts

Sehr geehrte Damen und Herren,

zu meiner Urkunde vom 04.11.2026, UR-Nr. s. o., überreiche ich eine beglaubigte Abschrift des
Kaufvertrags mit der Bitte um Mitteilung, ob der Stadt ein Vorkaufsrecht zusteht und ob dieses
ausgeübt wird, bzw. um Erteilung eines Negativzeugnisses.

Vertragsbeteiligte:
Verkäufer: Erbengemeinschaft nach der am 11.03.2025 verstorbenen Frau [[P:Elisabeth Rüther]], bestehend aus
  1. Herrn [[P:Michael Rüther]], geb. [[DOB:08.01.1963]], wohnhaft [[STR:Am Ölmühlenweg 4]], [[LOC:59439 Holzwickede]]
  2. Frau [[P:Claudia Grotefels]] geb. [[P:Rüther]], geb. [[DOB:30.07.1966]], wohnhaft [[STR:Lindenhorster Str. 18]], [[LOC:44147 Dortmund]]
Käufer: Herr [[P:Arben Krasniqi]], geb. [[DOB:19.05.1984]], und Frau [[P:Drita Krasniqi]], geb. [[DOB:02.02.1987]],
  beide wohnhaft [[STR:Bornstraße 203]], [[LOC:44145 Dortmund]], zu je 1/2 Anteil

Vertragsgegenstand: Grundbesitz, eingetragen im Grundbuch von Hörde Blatt [[AZ:11837]],
Reihenhaus [[STR:Am Richterbusch 29]], [[LOC:44263 Dortmund]], Grundstücksgröße 312 m², Kaufpreis 298.000 €.

Das Grundstück liegt nach meiner Kenntnis im Geltungsbereich des Bebauungsplans Hö 219 und
innerhalb des Sanierungsgebiets „Hörde-Zentrum“. Für eine zügige Bearbeitung wäre ich dankbar,
da die Käufer den Kaufpreis über eine Baufinanzierung mit Bereitstellungsfrist zahlen.

Mit freundlichen Grüßen

Dr. [[P:Hagedorn-Bleckmann]]
Notar
""",
    keep=[
        "NOTARIAT AM WESTENHELLWEG",
        "notariat@notariat-westenhellweg.de",
        "§ 28 Abs. 1 BauGB",
        "Bebauungsplans Hö 219",
        "Sanierungsgebiets „Hörde-Zentrum“",
    ],
)

# 33 -- property management firm asks for a register extract on a former tenant who left owing rent
pii(
    "business_letter",
    """
RUHRWERT Immobilienverwaltung GmbH
Kurt-Schumacher-Straße 41 · 45881 Gelsenkirchen
Zentrale 0209 31 98 70 · Fax 0209 31 98 71 99 · info@ruhrwert-verwaltung.de
Geschäftsführung: siehe Impressum · AG Gelsenkirchen HRB 14409

Stadt Gelsenkirchen
Bürgercenter – Melderegister
Ebertstraße 11
45875 Gelsenkirchen

Ihre Ansprechpartnerin: [[P:Melanie Kurowski]]
Durchwahl: [[TEL:0209 31 98 70-26]] · E-Mail: [[MAIL:m.kurowski@ruhrwert-verwaltung.de]]
Unser Zeichen: [[AZ:WE 118 / 0407]]

Gelsenkirchen, 20.08.2026

Antrag auf einfache Melderegisterauskunft nach § 44 BMG

Sehr geehrte Damen und Herren,

wir verwalten das Mehrfamilienhaus [[STR:Bochumer Straße 118]] in [[LOC:45886 Gelsenkirchen]]. Unsere
ehemalige Mieterin der Wohnung Nr. [[STR:7 (2. OG links)]] ist zum 30.04.2026 ausgezogen, ohne uns eine neue
Anschrift mitzuteilen. Aus dem Mietverhältnis bestehen noch Forderungen (Mietrückstände und
Nebenkostennachzahlung 2025), die wir im gerichtlichen Mahnverfahren geltend machen
(Amtsgericht Hagen – Zentrales Mahngericht, Geschäftszeichen [[AZ:26-4471839-0-7]]).

Wir bitten um Auskunft über die derzeitige Anschrift von:

Name: [[P:Chantal Merten]], ggf. inzwischen verheiratet
Geburtsdatum: [[DOB:03.10.1995]]
letzte uns bekannte Anschrift: siehe oben
Mitbewohner laut Mietvertrag bis 2025: Herr [[P:Dennis Wollny]]

Die Gebühr von 10,00 Euro zahlen wir nach Erhalt Ihres Gebührenbescheids. Wir versichern, dass
wir die Daten nicht für Zwecke der Werbung oder des Adresshandels verwenden.

Mit freundlichen Grüßen
RUHRWERT Immobilienverwaltung GmbH

i. A. [[P:M. Kurowski]]
Objektbetreuung
""",
    keep=[
        "RUHRWERT Immobilienverwaltung GmbH",
        "Zentrale 0209 31 98 70",
        "AG Gelsenkirchen HRB 14409",
        "§ 44 BMG",
        "Zentrales Mahngericht",
    ],
)

# 34 -- insurer's recourse claim against the city after a tree fell on a policyholder's car
pii(
    "business_letter",
    """
Westfälische Kraftfahrt-Versicherung AG
Schadenregulierung Kasko · Postfach 30 12 40 · 48161 Münster
Service-Hotline 0251 70 44-0 (Mo–Fr 8–18 Uhr)

Stadt Herne
Fachbereich Recht – Haftpflichtschäden
Friedrich-Ebert-Platz 2
44623 Herne

Schaden-Nr.: [[AZ:KS-2026-0771-48213]]
Versicherungsschein-Nr.: [[AZ:VK 44 8190 337]]
Ihr Ansprechpartner: [[P:Sven Hülsbusch]], Telefon [[TEL:0251 70 44-3318]]

Münster, 12.10.2026

Regressforderung nach § 86 VVG – Sturmschaden durch umgestürzten Straßenbaum am 02.08.2026

Sehr geehrte Damen und Herren,

unsere Versicherungsnehmerin, Frau [[P:Annika Rosenbaum]], [[STR:Heidstraße 12]], [[LOC:44649 Herne]], hat
uns den folgenden Schaden gemeldet:

Am 02.08.2026 gegen 15:30 Uhr stürzte während eines Gewitters ein Ahorn von dem städtischen
Grünstreifen an der Dorstener Straße (Höhe Bushaltestelle „Wanne Süd“) auf das dort ordnungsgemäß
abgestellte Fahrzeug unserer Versicherungsnehmerin, einen VW Golf mit dem amtlichen Kennzeichen
[[KFZ:HER-AR 207]]. Der Wagen erlitt einen wirtschaftlichen Totalschaden (Gutachten liegt bei).

Wir haben unserer Versicherungsnehmerin aus der Vollkaskoversicherung 11.420,00 Euro
(Wiederbeschaffungswert abzüglich Restwert und Selbstbeteiligung) erstattet. Der Anspruch ist
insoweit nach § 86 VVG auf uns übergegangen.

Nach den Feststellungen des Sachverständigen war der Baum im Kronenbereich erkennbar
geschädigt (Totholz, Pilzbefall am Stammfuß). Wir gehen daher von einer Verletzung der
Verkehrssicherungspflicht aus und bitten um Mitteilung, wann der Baum zuletzt kontrolliert
wurde, und um Vorlage des Baumkatasterauszugs.

Bitte regulieren Sie den Betrag bis zum 12.11.2026 oder geben Sie die Angelegenheit an Ihren
Kommunalversicherer ab. Die Selbstbeteiligung von 300,00 Euro macht Frau [[P:Rosenbaum]] selbst
geltend; ihr Ehemann, Herr [[P:Jens Rosenbaum]], war Zeuge des Vorfalls.

Mit freundlichen Grüßen
Westfälische Kraftfahrt-Versicherung AG

i. A. [[P:Hülsbusch]]
""",
    keep=[
        "Westfälische Kraftfahrt-Versicherung AG",
        "Service-Hotline 0251 70 44-0",
        "§ 86 VVG",
        "Verkehrssicherungspflicht",
        "Baumkatasterauszugs",
    ],
)

# 35 -- doctor's certificate: bedridden patient, exemption from the duty to hold an ID card
pii(
    "business_letter",
    """
Hausärztliche Gemeinschaftspraxis Wanne-Mitte
Hauptstraße 212 · 44649 Herne · Telefon 02325 5 10 40 · Fax 02325 5 10 49

Ärztliche Bescheinigung
zur Vorlage beim Bürgerbüro der Stadt Herne

Patient: Herr [[P:Reinhold Pietrzak]]
geb. am [[DOB:26.06.1934]]
wohnhaft: [[STR:Seniorenresidenz Am Volkspark, Zimmer 2.17, Unser-Fritz-Straße 22]], [[LOC:44653 Herne]]

Herne, 28.07.2026

Sehr geehrte Damen und Herren,

hiermit bescheinige ich, dass der oben genannte Patient, der seit 2009 in meiner hausärztlichen
Behandlung ist, aufgrund einer fortgeschrittenen Demenz und einer Immobilität nach
Oberschenkelhalsfraktur dauerhaft bettlägerig ist. Er ist nicht in der Lage, eine Behörde
persönlich aufzusuchen; eine Besserung ist nach ärztlicher Einschätzung nicht zu erwarten.

Aus ärztlicher Sicht wird daher die Befreiung von der Ausweispflicht nach § 1 Abs. 3 des
Personalausweisgesetzes befürwortet. Der bisherige Personalausweis des Patienten
(Nr. [[ID:T9KM4R2C7]]) ist am 30.06.2026 abgelaufen.

Die Betreuung in Vermögens- und Behördenangelegenheiten führt die Tochter des Patienten,
Frau [[P:Beate Kranefeld]] ([[TEL:0171 3 40 87 66]]), die auch diese Bescheinigung einreicht.

Diese Bescheinigung wurde auf Wunsch der Betreuerin ausgestellt. Die Kosten trägt der Patient
(GOÄ Nr. 70).

Mit freundlichen Grüßen

Dr. med. [[P:Katharina Omerović]]
Fachärztin für Allgemeinmedizin
(Praxisstempel)
""",
    keep=[
        "Hausärztliche Gemeinschaftspraxis Wanne-Mitte",
        "Hauptstraße 212 · 44649 Herne",
        "§ 1 Abs. 3 des\nPersonalausweisgesetzes",
        "GOÄ Nr. 70",
        "Fachärztin für Allgemeinmedizin",
    ],
)

# 36 -- tax adviser asks to lower trade tax prepayments of a sole trader (hair salon)
pii(
    "business_letter",
    f"""
Steuerberatungsgesellschaft Emscher-Lippe mbH
Westring 71 · 44629 Herne · Tel. 02323 14 97-0 · kanzlei@stb-emscher-lippe.de

Stadt Herne
Fachbereich Finanzen – Steueramt / Gewerbesteuer
Postfach 10 18 20
44621 Herne

Herne, 01.06.2026

Mandantin: Frau [[P:Gülsen Özkan]], Friseursalon „Haarwerk“, [[STR:Bahnhofstraße 39]], [[LOC:44623 Herne]]
Steuernummer: [[TAX:{TAX_B06A}]]    Steuer-ID: [[TAX:{TAX_B06B}]]
Kassenzeichen Gewerbesteuer: [[AZ:2.0447.118903.1]]

Antrag auf Herabsetzung der Gewerbesteuer-Vorauszahlungen ab dem III. Quartal 2026
hilfsweise: Stundung der Vorauszahlung zum 15.08.2026

Sehr geehrte Damen und Herren,

unter Vorlage einer auf uns lautenden Vollmacht beantragen wir für unsere Mandantin, die
Vorauszahlungen zur Gewerbesteuer ab dem 15.08.2026 auf 0,00 Euro herabzusetzen.

Begründung: Die Vorauszahlungen beruhen auf dem Gewinn des Jahres 2024, in dem der Salon noch
zwei Vollzeitkräfte beschäftigte. Seit Februar 2026 ist der Betrieb durch eine Baustelle vor dem
Ladenlokal (Umbau der Bahnhofstraße) erheblich beeinträchtigt; der Umsatz ist im ersten Halbjahr
um rund 38 % zurückgegangen. Eine Mitarbeiterin musste entlassen werden. Die anliegende
betriebswirtschaftliche Auswertung (Januar bis April 2026) und eine Hochrechnung für das
Gesamtjahr weisen einen voraussichtlichen Gewerbeertrag unterhalb des Freibetrags von 24.500 Euro aus.

Das Finanzamt Herne hat die Einkommensteuer-Vorauszahlungen bereits entsprechend angepasst
(Bescheid vom 18.05.2026 in Kopie anbei).

Bereits geleistete Vorauszahlungen für das II. Quartal erbitten wir zu erstatten auf das
Geschäftskonto unserer Mandantin: IBAN [[IBAN:{IBAN_B06}]].

Für Rückfragen steht Ihnen die Unterzeichnerin unter der Durchwahl [[TEL:02323 14 97-22]] zur Verfügung.

Mit freundlichen Grüßen

[[P:Birgit Olschewski-Hagen]]
Steuerberaterin
""",
    keep=[
        "Steuerberatungsgesellschaft Emscher-Lippe mbH",
        "kanzlei@stb-emscher-lippe.de",
        "Freibetrags von 24.500 Euro",
        "betriebswirtschaftliche Auswertung",
        "Finanzamt Herne",
    ],
)

# 37 -- employer's certificate for a naturalisation file; HR clerk named, personnel number
pii(
    "business_letter",
    """
LogiPort Ruhr GmbH · Personalabteilung
Hafenstraße 52 · 44147 Dortmund · Telefon 0231 98 44 0-0
Amtsgericht Dortmund HRB 30218

Arbeitgeberbescheinigung
zur Vorlage bei der Einbürgerungsbehörde der Stadt Dortmund

Dortmund, 17.09.2026

Hiermit bestätigen wir, dass

Herr [[P:Oleksandr Hnatiuk]]
geboren am [[DOB:07.11.1985]] in [[LOC:Ternopil]]
wohnhaft [[STR:Borsigstraße 14]], [[LOC:44145 Dortmund]]
Personalnummer [[AZ:70 41 882]]

seit dem 01.03.2023 in unserem Unternehmen als Lagerlogistiker (Schichtleiter seit 01.01.2025)
in einem unbefristeten Arbeitsverhältnis beschäftigt ist. Die regelmäßige wöchentliche
Arbeitszeit beträgt 40 Stunden im Dreischichtbetrieb. Das monatliche Bruttogehalt beträgt
derzeit 3.480,00 Euro zuzüglich Schichtzulagen. Eine Probezeit besteht nicht mehr; das
Arbeitsverhältnis ist ungekündigt.

Herr [[P:Hnatiuk]] hat im Juni 2026 den Staplerschein und die Ausbildereignung erworben. Wir
schätzen ihn als zuverlässigen und engagierten Mitarbeiter.

Diese Bescheinigung wird auf Wunsch des Mitarbeiters zur Vorlage bei Behörden ausgestellt.
Für Rückfragen steht Ihnen Frau [[P:Jessica Brömmelhaus]] aus der Personalabteilung zur Verfügung,
Telefon [[TEL:0231 98 44 0-217]], E-Mail [[MAIL:j.broemmelhaus@logiport-ruhr.de]].

LogiPort Ruhr GmbH

i. V. [[P:Thomas Feldkamp]]                       i. A. [[P:Jessica Brömmelhaus]]
Leiter Personal                              Personalreferentin
""",
    keep=[
        "LogiPort Ruhr GmbH",
        "Amtsgericht Dortmund HRB 30218",
        "Telefon 0231 98 44 0-0",
        "Dreischichtbetrieb",
        "Staplerschein und die Ausbildereignung",
    ],
)

# 38 -- professional guardian writes to the social office; court file number, RV number
pii(
    "business_letter",
    f"""
Betreuungsbüro [[P:Sandra Wilczek]]
Berufsbetreuerin (Dipl.-Sozialpädagogin)
[[STR:Viktoriastraße 12]] · [[LOC:44787 Bochum]]
Telefon [[TEL:0234 3 25 19 70]] · Fax [[TEL:0234 3 25 19 71]] · [[MAIL:betreuung.wilczek@web.de]]

Stadt Bochum
Amt für Soziales – Hilfe zur Pflege
Westring 28
44777 Bochum

Bochum, 14.04.2026

Betreuungssache [[P:Gertrud Mikolajczyk]], geb. [[DOB:23.04.1947]]
Amtsgericht Bochum, Az. [[AZ:XVII 1290/24]]
Ihr Zeichen: [[AZ:50.21-HzP-2024-0931]]

Sehr geehrte Frau [[P:Lorenz]],

als gerichtlich bestellte Betreuerin (Aufgabenkreise Vermögenssorge, Behördenangelegenheiten,
Aufenthaltsbestimmung) für Frau [[P:Mikolajczyk]] teile ich Ihnen Folgendes mit:

1. Frau [[P:Mikolajczyk]] ist am 01.04.2026 aus dem Pflegeheim Haus Rosenhügel in [[LOC:Bochum-Gerthe]]
   in das Caritas-Altenzentrum St. Marien, [[STR:Wohnbereich 3, Zimmer 311, Hattinger Straße 150]],
   [[LOC:44795 Bochum]], umgezogen. Der Heimvertrag liegt bei.
2. Die Deutsche Rentenversicherung hat die Altersrente ab April neu berechnet
   (Versicherungsnummer [[RV:{RV_B08}]]); der Bescheid liegt in Kopie bei.
3. Die Pflegekasse hat Pflegegrad 4 bestätigt.

Ich bitte, die Hilfe zur Pflege für die Heimkosten ab April neu zu berechnen und die Zahlungen
direkt an die Einrichtung zu leisten. Das Girokonto der Betreuten weist derzeit nur noch das
Schonvermögen aus.

Der Sohn der Betreuten, Herr [[P:Dariusz Mikolajczyk]], lebt in [[LOC:Poznań]] und ist über den Umzug
informiert. Er ist nicht unterhaltspflichtig leistungsfähig (Nachweise wurden 2024 vorgelegt).

Mit freundlichen Grüßen

[[P:S. Wilczek]]
Berufsbetreuerin
""",
    keep=[
        "Amt für Soziales – Hilfe zur Pflege",
        "Westring 28",
        "Caritas-Altenzentrum St. Marien",
        "Pflegegrad 4",
        "Schonvermögen",
    ],
)

# 39 -- undertaker reports a death to the registry office; deceased's and informant's data
pii(
    "business_letter",
    """
Bestattungen Emscherbruch GmbH · Bestattungsvorsorge · Überführungen
Am Emscherbruch 7 · 44653 Herne · Tag und Nacht: 02325 7 30 30

Standesamt Herne
Friedrich-Ebert-Platz 2
44623 Herne

Herne, 22.11.2026

Anzeige eines Sterbefalls (§ 28 PStG) – Übermittlung der Unterlagen

Sehr geehrte Damen und Herren,

im Auftrag der Angehörigen zeigen wir folgenden Sterbefall an und übersenden die Unterlagen zur
Beurkundung:

Verstorbene:       [[P:Erika Stankowski]] geb. [[P:Hollweg]]
geboren am:        [[DOB:15.09.1939]] in [[LOC:Recklinghausen]]
verstorben am:     20.11.2026, 04:10 Uhr, in Herne, Evangelisches Krankenhaus
letzte Anschrift:  [[STR:Bergstraße 44]], [[LOC:44625 Herne]]
Familienstand:     verwitwet, Ehemann [[P:Bruno Stankowski]] verstorben 2019
Religion:          evangelisch

Anzeigende Person: [[P:Thomas Stankowski]] (Sohn), [[STR:Kirchstraße 9]], [[LOC:45699 Herten]],
Telefon [[TEL:02366 18 33 07]]

Beigefügt sind: Todesbescheinigung (vertraulicher und nichtvertraulicher Teil), Heiratsurkunde
und Sterbeurkunde des Ehemannes, Geburtsurkunde der Verstorbenen sowie der Personalausweis der
Verstorbenen im Original.

Die Beisetzung ist als Urnenbeisetzung auf dem Friedhof Herne-Süd vorgesehen. Wir bitten um
Ausstellung von fünf Sterbeurkunden und einer Bescheinigung für die Rentenversicherung. Die
Urkunden holt unsere Mitarbeiterin, Frau [[P:Nadine Kowalczyk]], am Dienstag ab.

Mit freundlichen Grüßen
Bestattungen Emscherbruch GmbH

i. A. [[P:N. Kowalczyk]]
""",
    keep=[
        "Bestattungen Emscherbruch GmbH",
        "Tag und Nacht: 02325 7 30 30",
        "Anzeige eines Sterbefalls (§ 28 PStG)",
        "Evangelisches Krankenhaus",
        "Friedhof Herne-Süd",
    ],
)

# 40 -- lawyer's brief to the city in a dispute about revoking a bar licence; court file number
pii(
    "business_letter",
    """
Rechtsanwältin [[P:Elif Korkmaz-Reinders]]
Fachanwältin für Verwaltungsrecht
Bahnhofsvorplatz 1 · 45879 Gelsenkirchen · Tel. 0209 1 48 60-0

vorab per Fax: 0209 169-4444

Stadt Gelsenkirchen
Referat Recht und Ordnung – Gewerbe- und Gaststättenangelegenheiten
45875 Gelsenkirchen

Gelsenkirchen, 30.10.2026
Mein Zeichen: [[AZ:K-241/26]]

Widerruf der Gaststättenerlaubnis für die „Sportsbar Anpfiff“, Ihr Bescheid vom 12.10.2026,
Ihr Zeichen [[AZ:32/3-GA-2026-0077]]

Sehr geehrte Damen und Herren,

ich zeige an, dass ich Herrn [[P:Dragan Petrović]], Inhaber der „Sportsbar Anpfiff“,
[[STR:Cranger Straße 41]], [[LOC:45891 Gelsenkirchen]], vertrete. Namens meines Mandanten habe ich heute beim
Verwaltungsgericht Gelsenkirchen Klage gegen den Widerrufsbescheid erhoben und einen Antrag auf
Wiederherstellung der aufschiebenden Wirkung gestellt; das Gericht führt das Eilverfahren unter
dem Aktenzeichen [[AZ:19 L 1733/26]].

Der Widerruf stützt sich im Wesentlichen auf die Lärmbeschwerden eines einzelnen Anwohners und auf
den Polizeibericht über die Auseinandersetzung vom 13.09.2026. An dieser war mein Mandant nicht
beteiligt; er hat selbst die Polizei gerufen. Seine Ehefrau, Frau [[P:Jelena Petrović]], die an
dem Abend hinter der Theke stand, kann das bezeugen.

Ich rege an, bis zur Entscheidung des Gerichts von Vollstreckungsmaßnahmen abzusehen, und bitte
um eine Stillhaltezusage bis zum 06.11.2026. Ferner beantrage ich Akteneinsicht in die
vollständige Verwaltungsakte einschließlich der Beschwerden.

Mit freundlichen Grüßen

[[P:Korkmaz-Reinders]]
Rechtsanwältin
""",
    keep=[
        "Fachanwältin für Verwaltungsrecht",
        "Bahnhofsvorplatz 1 · 45879 Gelsenkirchen",
        "Sportsbar Anpfiff",
        "aufschiebenden Wirkung",
        "Stillhaltezusage",
    ],
)

# ----- web forms, internal notes, forwarded e-mail chains ---------------------------------------

# 41 -- form mailer of the contact form: bulky waste not collected; client IP, server metadata
pii(
    "web_form",
    """
Betreff: [Kontaktformular] Neue Anfrage – Abfall / Sperrmüll (Formular-ID KF-ABF-03)
Von: noreply-formulare@bochum.de
An: usb-kundenservice@bochum.de

Diese Nachricht wurde automatisch vom Formularserver erzeugt. Bitte nicht direkt antworten.

--- Formulardaten ---
Eingang:             02.11.2026 07:14:52
Vorgangsnummer:      [[AZ:KF-2026-1102-00417]]
Anrede:              Herr
Vorname:             [[P:Marek]]
Nachname:            [[P:Dąbrowski]]
Straße, Hausnr.:     [[STR:Schmechtingstraße 38a]]
PLZ / Ort:           [[LOC:44809 Bochum]]
Telefon:             [[TEL:0234-5 41 77 02]]
E-Mail:              [[MAIL:marek.dabrowski@gmx.de]]
Kundennummer USB:    [[AZ:100 447 812]]
Kategorie:           Sperrmüll – Abholung nicht erfolgt
Nachricht:
Guten Tag, wir hatten für Samstag, den 31.10., einen Sperrmülltermin (Auftragsbestätigung
liegt vor). Die Sachen standen ab Freitagabend ordnungsgemäß an der Straße (Schrank, zwei
Matratzen, Lattenroste). Abgeholt wurde nichts. Jetzt stehen die Sachen seit drei Tagen da,
es regnet und die Matratzen sind durchweicht. Mein Nachbar Herr [[P:Albers]] hat sich schon
beschwert, weil der Gehweg halb zugestellt ist. Bitte holen Sie das kurzfristig ab oder sagen
Sie mir, was ich tun soll. Ich bin ab 16 Uhr zu Hause.
Datenschutzhinweis gelesen: ja
Kopie an Absender:   ja

--- Technische Angaben ---
Client-IP:           [[IP:79.245.18.203]]
User-Agent:          Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 Chrome/130.0 Mobile
Formularserver:      form-prod-02 (10.20.4.32), Version 5.8.1
Captcha:             bestanden (Score 0.9)
""",
    keep=[
        "noreply-formulare@bochum.de",
        "usb-kundenservice@bochum.de",
        "Formular-ID KF-ABF-03",
        "form-prod-02 (10.20.4.32)",
        "Sperrmüll – Abholung nicht erfolgt",
    ],
)

# 42 -- defect reporter app submission: broken streetlight in front of the reporter's house
pii(
    "web_form",
    """
Mängelmelder Gelsenkirchen – Neue Meldung
Meldungs-ID: M-2026-0029144           Status: neu           Eingang: 09.11.2026, 18:02 Uhr
Kategorie: Straßenbeleuchtung > Leuchte defekt
Zuständig: Referat Verkehr – Straßenbeleuchtung (Weiterleitung an Gelsenwasser/ELE-Service)

Ort der Meldung (aus Karte): Lange Straße, Höhe Hausnummer 57, 45884 Gelsenkirchen-Rotthausen
Koordinaten: 51.4870 N, 7.0934 E  (Genauigkeit 8 m)

Beschreibung (vom Meldenden):
„Die Laterne direkt vor unserem Haus ([[STR:Lange Straße 59]]) ist seit über zwei Wochen aus, die
daneben flackert nur. Abends ist es stockdunkel, meine Frau traut sich nicht mehr allein vom Bus
nach Hause. Die Mast-Nummer ist 12-447. Es wurde schon mal von meiner Nachbarin Frau [[P:Kaiser]]
gemeldet, passiert ist nichts.“

Foto: 1 Anhang (IMG_4471.jpg, 2,1 MB)

Kontaktdaten (nur für Rückfragen, nicht öffentlich):
Name: [[P:Burak Yazıcı]]
E-Mail: [[MAIL:burak.yazici@outlook.com]]
Telefon: [[TEL:01577 2901186]]
Benachrichtigung bei Statusänderung: ja

Öffentliche Anzeige: Beschreibung anonymisiert, Foto nach Prüfung
Übermittelt von App-Version 3.12.0 (iOS), IP [[IP:2a02:8109:b6c0:1f00:5d2e:91aa:3c04:e7b1]]
""",
    keep=[
        "Meldungs-ID: M-2026-0029144",
        "Lange Straße, Höhe Hausnummer 57",
        "Mast-Nummer ist 12-447",
        "App-Version 3.12.0 (iOS)",
        "Leuchte defekt",
    ],
)

# 43 -- online application for a resident parking permit: form fields, SEPA, payment reference
pii(
    "web_form",
    f"""
==== Online-Antrag Bewohnerparkausweis – Stadt Dortmund ====
Antragsnummer: [[AZ:BPA-2026-033871]]      übermittelt: 14.09.2026 21:37:05 (Servicekonto.NRW)
Authentifizierung: Servicekonto mit Online-Ausweisfunktion (Vertrauensniveau hoch)

[Antragsteller/in]
Familienname ............ [[P:Richter-Nwosu]]
Vorname(n) .............. [[P:Chiamaka Sophie]]
Geburtsdatum ............ [[DOB:1994-08-21]]
Anschrift (Melderegister) [[STR:Lindemannstraße 63]], [[LOC:44137 Dortmund]]
Telefon (freiwillig) .... [[TEL:+4917622908841]]
E-Mail .................. [[MAIL:chiamaka.richter@gmail.com]]

[Parkzone]
Bewohnerparkbereich ..... K (Kreuzviertel)

[Fahrzeug]
Kennzeichen ............. [[KFZ:DO-CR 821E]]
Fahrzeughalter/in ....... abweichend: [[P:Daniel Richter]] (Ehemann, gleiche Anschrift)
Fahrzeugart ............. Pkw, elektrisch
Nachweis ................ Zulassungsbescheinigung_Teil_I.pdf (812 KB)

[Gebühr / Zahlung]
Gebühr .................. 120,00 EUR für 12 Monate
Zahlungsart ............. SEPA-Lastschrift
Kontoinhaber/in ......... [[P:Chiamaka Sophie Richter-Nwosu]]
IBAN .................... [[IBAN:{IBAN_W03}]]
Mandatsreferenz ......... [[AZ:DO-BPA-033871-01]]
Zahlungsplattform ....... ePayBL

[Erklärungen]
[x] Ich bin mit Hauptwohnsitz im Bewohnerparkbereich gemeldet.
[x] Ich habe die Datenschutzhinweise zur Kenntnis genommen.

Übermittelt über FIT-Connect · Zustellpunkt 32 Straßenverkehr · Client-IP [[IP:87.79.230.114]]
""",
    keep=[
        "Servicekonto.NRW",
        "Bewohnerparkbereich ..... K (Kreuzviertel)",
        "120,00 EUR für 12 Monate",
        "Zustellpunkt 32 Straßenverkehr",
        "Zulassungsbescheinigung_Teil_I.pdf",
    ],
)

# 44 -- file note of a personal conversation in the housing benefit office
pii(
    "file_note",
    """
Stadt Herne – FB 53 Soziales – Wohngeldstelle
GESPRÄCHSVERMERK

Datum/Uhrzeit: 03.11.2026, 10:15–10:50 Uhr          Ort: Raum 2.12, Rathaus Wanne
Aktenzeichen: [[AZ:53.2-WG-2026-40718]]
Anwesend: Frau [[P:Nadia Boukhari]] (Antragstellerin), ihr Bruder Herr [[P:Karim Boukhari]] (als Übersetzer),
          Frau [[P:Terhorst]] (Sachbearbeitung)

Anlass: Persönliche Vorsprache ohne Termin wegen Anhörungsschreiben vom 20.10.2026
(Rückforderung Wohngeld 04/2025–03/2026 wegen nicht mitgeteilten Einkommens).

Inhalt:
– Frau [[P:Boukhari]] gibt an, die Aufnahme der Tätigkeit als Reinigungskraft (Minijob ab 01.06.2025,
  Arbeitgeber Gebäudedienste Rhein-Ruhr GmbH) habe sie im Juli 2025 telefonisch mitgeteilt,
  vermutlich bei Herrn [[P:Ostendorf]] (inzwischen nicht mehr im FB). Ein Vermerk darüber liegt in
  der Akte nicht vor.
– Der Bruder übersetzt; Frau [[P:Boukhari]] versteht einfache Sätze, liest aber kaum Deutsch.
– Sie legt Lohnabrechnungen 06/2025–09/2026 vor (Kopien gefertigt, zur Akte).
– Familienstand/Haushalt unverändert: Antragstellerin, Tochter [[P:Amina]] ([[DOB:14.02.2015]]),
  Sohn [[P:Ilyas]] ([[DOB:09.09.2018]]); Wohnung [[STR:Rolandstraße 6, EG]], [[LOC:44651 Herne]].
– Mobilnummer für Rückfragen: [[TEL:0176 / 48 29 93 10]] (Bruder: [[TEL:0152 0417 3320]]).

Ergebnis / weiteres Vorgehen:
– Neuberechnung mit tatsächlichem Einkommen; Rückforderung voraussichtlich deutlich geringer.
– Bei verbleibender Forderung Ratenzahlung (angeboten: 25 €/Monat) möglich, Antrag ausgehändigt.
– Hinweis auf Mitteilungspflichten (§ 27 WoGG) gegeben, Merkblatt in arabischer Sprache ausgehändigt.

gez. [[P:Terhorst]]
""",
    keep=[
        "FB 53 Soziales – Wohngeldstelle",
        "Raum 2.12, Rathaus Wanne",
        "Gebäudedienste Rhein-Ruhr GmbH",
        "§ 27 WoGG",
        "Merkblatt in arabischer Sprache",
    ],
)

# 45 -- file note of an on-site inspection by the public order office (noise from a workshop)
pii(
    "file_note",
    """
Stadt Gelsenkirchen · Referat 32 – Ordnungsangelegenheiten · Umweltschutz/Lärm
AKTENVERMERK über einen Ortstermin

Az.: [[AZ:32/2-L-2026-0184]]
Betreff: Lärmbeschwerde über Kfz-Werkstatt im Hinterhof [[STR:Grillostraße 96]]
Beschwerdeführer: Herr [[P:Wolfgang Heitkamp]], [[STR:Grillostraße 94, 1. OG]]; weitere Anwohnerin Frau [[P:Milena Stojanović]], [[STR:Grillostraße 98]]
Betreiber: Herr [[P:Ardian Berisha]] (Kfz-Service [[P:Berisha]], Einzelunternehmen), Mobil [[TEL:0163 7 44 90 12]]

Termin: Mittwoch, 21.10.2026, 16:30–17:45 Uhr
Teilnehmende: [[P:Kemper]], [[P:Lasarzik]] (Referat 32), Beschwerdeführer, Betreiber

Feststellungen:
1. Die Werkstatt wird in einer ehemaligen Lagerhalle im Hinterhof betrieben. Eine Baugenehmigung
   für die Nutzungsänderung liegt laut Auskunft Referat 63 nicht vor (dort Vorgang angelegt).
2. Während des Termins Betrieb eines Kompressors und eines Schlagschraubers bei geöffnetem Tor.
   Messung am Schlafzimmerfenster des Beschwerdeführers (1. OG): Beurteilungspegel nach
   überschlägiger Ermittlung ca. 62 dB(A); Richtwert für Mischgebiet tagsüber 60 dB(A).
3. Auf dem Hof standen sieben Fahrzeuge, davon drei ohne Kennzeichen. Ein Fahrzeug
   ([[KFZ:GE-AB 3310]]) ist laut Herrn [[P:Berisha]] sein Privatfahrzeug.
4. Herr [[P:Heitkamp]] legt ein Lärmtagebuch (Aug.–Okt.) vor; Arbeiten auch samstags bis 19 Uhr.

Absprachen:
– Betreiber sagt zu, das Tor ab sofort geschlossen zu halten und samstags ab 14 Uhr nicht zu arbeiten.
– Referat 63 wird um Prüfung der baurechtlichen Zulässigkeit gebeten (E-Mail heute versandt).
– Kontrolltermin unangekündigt in ca. 4 Wochen.

Gelsenkirchen, 22.10.2026
[[P:Kemper]], Verwaltungsfachangestellter, Tel. [[TEL:0209 169-3781]]
""",
    keep=[
        "Referat 32 – Ordnungsangelegenheiten",
        "Richtwert für Mischgebiet tagsüber 60 dB(A)",
        "Kompressors und eines Schlagschraubers",
        "Kontrolltermin unangekündigt",
        "Referat 63",
    ],
)

# 46 -- phone note with a call-back request at the registry office
pii(
    "phone_note",
    """
TELEFONNOTIZ – Standesamt Bochum, Eheschließungen

Anruf am: Di., 10.11.2026, 11:42 Uhr             angenommen von: [[P:Kerstin Woltering]]
Anrufer/in: Frau [[P:Ana Lúcia Ferreira da Silva]] (Braut), Rückruf erbeten unter [[TEL:0151 / 23 90 47 18]]
(bitte nicht vor 13 Uhr, sie arbeitet in der Frühschicht)

Anliegen:
Anmeldung der Eheschließung mit Herrn [[P:Tobias Grewe]], geb. [[DOB:04.01.1991]], wohnhaft
[[STR:Bessemerstraße 51]], [[LOC:44793 Bochum]]. Sie selbst ist portugiesische Staatsangehörige,
geb. [[DOB:27.03.1993]] in [[LOC:Braga]], seit 2019 in Deutschland, gleiche Anschrift.

Fragen:
– Reicht ihre portugiesische Geburtsurkunde (Certidão de Nascimento) als internationale
  Urkunde oder braucht sie eine Apostille + Übersetzung?
– Ehefähigkeitszeugnis: wird das für Portugal benötigt? (→ lt. Merkblatt: nein, aber
  Befreiung prüfen)
– Wunschtermin: Samstag, 12.06.2027, Trauzimmer Haus Kemnade; alternativ Freitag vorher.
– Trauzeugen voraussichtlich ihre Schwester [[P:Mariana]] und ein Freund des Bräutigams,
  [[P:Nils Tappe]].

Erledigt: Merkblatt „Eheschließung mit Auslandsbezug“ per Mail an [[MAIL:analucia.fsilva@sapo.pt]]
geschickt. Termin zur Anmeldung vorgemerkt: 24.11.2026, 9:00 Uhr, Zimmer 014 (Frau [[P:Woltering]]).

Wiedervorlage: 23.11.2026
""",
    keep=[
        "Standesamt Bochum, Eheschließungen",
        "Certidão de Nascimento",
        "Ehefähigkeitszeugnis",
        "Trauzimmer Haus Kemnade",
        "Eheschließung mit Auslandsbezug",
    ],
)

# 47 -- forwarded e-mail: clerk's note on top, quoted citizen mail with signature
pii(
    "forwarded_email",
    """
Von: [[P:Schäfer-Kalkan, Jutta]] <[[MAIL:jutta.schaefer-kalkan@herne.de]]>
Gesendet: Freitag, 16. Oktober 2026 08:31
An: FB 32 Gewerbe <gewerbe@herne.de>
Betreff: WG: Abmeldung Imbiss / falsch bei uns gelandet

Hallo zusammen,

das hier kam in unser Postfach (Bürgerbüro), gehört aber zu euch. Herr [[P:Nguyen]] hat es
offenbar mit der Ummeldung verwechselt – er meldet den Imbiss ab UND zieht um. Die Ummeldung
der Wohnung habe ich ihm bereits als Termin angeboten. Bitte die Gewerbeabmeldung bei euch
erfassen.

Danke & Gruß
[[P:Jutta Schäfer-Kalkan]]
Stadt Herne · Bürgerbüro Mitte · Tel. [[TEL:02323 16-2281]]

-----Ursprüngliche Nachricht-----
Von: [[P:Nguyen Duc Thanh]] <[[MAIL:ducthanh.nguyen@gmx.de]]>
Gesendet: Donnerstag, 15. Oktober 2026 22:05
An: buergerbuero@herne.de
Betreff: ummeldung

> Sehr geehrte Damen und Herren,
>
> ich möchte meinen Imbiss „Saigon Kitchen“ in der [[STR:Bebelstraße 24]] ummelden auf zu, weil
> der Vermieter hat gekündigt. Letzter Tag ist 31.10.2026. Ich mache kein neues Geschäft.
> Gleichzeitig ziehe ich privat um von [[STR:Bebelstraße 26]] (über dem Imbiss) zu meiner
> Tochter [[P:Linh]] nach [[STR:Sodinger Straße 140]], [[LOC:44627 Herne]].
>
> Gewerbe ist angemeldet seit 2014, Aktenzeichen weiß ich nicht mehr. Steuernummer bei
> Finanzamt Herne habe ich, aber die braucht man wohl nicht?
>
> Bitte sagen Sie was ich machen muss. Meine Tochter kann auch anrufen, sie spricht besser
> Deutsch: [[TEL:0178 3 30 19 54]].
>
> Mit freundlichen Grüßen
> [[P:Nguyen Duc Thanh]]
> Tel. [[TEL:02323 59 40 81]]
""",
    keep=[
        "FB 32 Gewerbe <gewerbe@herne.de>",
        "WG: Abmeldung Imbiss / falsch bei uns gelandet",
        "-----Ursprüngliche Nachricht-----",
        "Saigon Kitchen",
        "Finanzamt Herne",
    ],
)

# 48 -- forwarded chain between Jobcenter and housing benefit office; signatures with direct lines
pii(
    "forwarded_email",
    """
Von: [[P:Bergmann, Tim]] (Stadt Dortmund – 50/3 Wohngeld)
An: [[P:Adeyemi, Folake]] (Jobcenter Dortmund)
Datum: 19.11.2026 14:02
Betreff: AW: AW: Vorrangprüfung Wohngeld – BG [[AZ:36702//0049318]]

Hallo Frau [[P:Adeyemi]],

danke für die Unterlagen. Nach unserer Probeberechnung läge der Wohngeldanspruch bei 298 Euro
monatlich; zusammen mit Kinderzuschlag wäre die Hilfebedürftigkeit damit überwunden. Frau
[[P:Sahin]] kann den Antrag bei uns stellen, ich habe ihr einen Termin am 26.11. um 9 Uhr gegeben.

Viele Grüße
[[P:Tim Bergmann]]
Stadt Dortmund · Sozialamt · Wohngeldstelle
Luisenstraße 11–13 · 44137 Dortmund
Tel. [[TEL:0231 50-2 63 18]] · [[MAIL:tbergmann@stadtdo.de]]

> Von: [[P:Adeyemi, Folake]] (Jobcenter Dortmund)
> Datum: 18.11.2026 10:47
>
> Hallo Herr [[P:Bergmann]],
>
> im Anhang die Unterlagen zur Bedarfsgemeinschaft [[P:Şahin]] (Frau [[P:Derya Şahin]],
> [[DOB:11.07.1989]], zwei Kinder), [[STR:Bornstraße 88]], [[LOC:44145 Dortmund]]: Mietvertrag,
> Einkommensnachweise (Teilzeit 30 Std.), Unterhaltsvorschussbescheid. Die Kundin hat der
> Datenübermittlung zugestimmt.
>
> Freundliche Grüße
> [[P:Folake Adeyemi]]
> Jobcenter Dortmund · Team 522 · Durchwahl [[TEL:0231 842-1477]]
>
>> Von: [[P:Bergmann, Tim]]
>> Datum: 12.11.2026
>> Können Sie mir für die Vorrangprüfung die aktuellen Nachweise schicken? Die Kundin
>> ([[TEL:0176 20 44 81 93]]) ist telefonisch schlecht erreichbar.
""",
    keep=[
        "AW: AW: Vorrangprüfung Wohngeld",
        "Kinderzuschlag",
        "Luisenstraße 11–13 · 44137 Dortmund",
        "Unterhaltsvorschussbescheid",
        "Team 522",
    ],
)

# 49 -- XGewerbeanzeige summary from the business service portal (registration of a sole trader)
pii(
    "web_form",
    f"""
Wirtschafts-Service-Portal.NRW – Gewerbeanzeige (XGewerbeanzeige 1.4) – Eingangsbeleg
Empfänger: Stadt Bochum, Bürgerbüro Gewerbe (DVDV-Kennung dvdv:05911000-gew)
Eingang: 26.10.2026 19:48:31          Portal-Vorgangsnummer: [[AZ:WSP-NRW-2026-10-7781245]]
Art der Anzeige: Neuerrichtung (Anmeldung)     Rechtsform: Einzelunternehmen

Angaben zur Person
  Name / Vorname(n):      [[P:Kowalczuk]] / [[P:Paweł Jan]]
  Geburtsdatum / -ort:    [[DOB:02.04.1990]] / [[LOC:Lublin]] (Polen)
  Staatsangehörigkeit:    polnisch
  Wohnanschrift:          [[STR:Kemnader Straße 318]], [[LOC:44797 Bochum]]
  Telefon / E-Mail:       [[TEL:+48 512 330 871]] / [[MAIL:pawel.kowalczuk@wp.pl]]
  Steuer-Identifikationsnummer: [[TAX:{TAX_W09}]]

Angaben zum Betrieb
  Geschäftsbezeichnung:   Umzüge & Entrümpelung PK
  Betriebsstätte:         [[STR:Kemnader Straße 318]] (Büro in der Wohnung), Fahrzeuge auf Stellplatz
  Tätigkeit:              Umzugsdienstleistungen, Haushaltsauflösungen, Entrümpelungen, Transporte
                          bis 3,5 t (kein Güterkraftverkehr)
  Beginn:                 01.11.2026      Beschäftigte: 0 Vollzeit, 2 Teilzeit
  Handelsregister:        nein            Handwerksrolle: nein

Hinweise des Portals
  – Weiterleitung an: IHK Mittleres Ruhrgebiet, Finanzamt Bochum-Süd, IT.NRW, Berufsgenossenschaft
  – Gebühr 26,00 EUR, bezahlt über ePayBL (giropay)
  – Antragsteller authentifiziert mit: ELSTER-Zertifikat
Absender-IP (laut Portalprotokoll): [[IP:5.146.199.71]]
""",
    keep=[
        "Wirtschafts-Service-Portal.NRW",
        "XGewerbeanzeige 1.4",
        "dvdv:05911000-gew",
        "IHK Mittleres Ruhrgebiet, Finanzamt Bochum-Süd",
        "Gebühr 26,00 EUR",
    ],
)

# 50 -- reply chain with the Kita management: "Am ... schrieb ...", quoted parent mail
pii(
    "forwarded_email",
    """
Von: Kita Regenbogenland (Städt. Tageseinrichtung) <kita.regenbogenland@bochum.de>
An: [[MAIL:lena.hofstede@gmail.com]]
Cc: [[MAIL:k.duman@bochum.de]]
Betreff: Re: Eingewöhnung [[P:Milo]] – Abholberechtigte und Allergie

Liebe Frau [[P:Hofstede]],

vielen Dank für die Rückmeldung. Wir haben die Abholberechtigung für Ihre Mutter, Frau
[[P:Marion Hofstede]], und für Herrn [[P:Kaan Aksoy]] (Vater von [[P:Emir]] aus der Igelgruppe) in
die Akte von [[P:Milo]] aufgenommen. Bitte denken Sie daran, dass beide beim ersten Abholen den
Personalausweis vorzeigen müssen.

Das ärztliche Attest zur Erdnussallergie geben Sie bitte am Montag bei Frau [[P:Duman]] (Leitung)
ab; wir hinterlegen dann den Notfallplan in der Küche und in der Gruppe.

Herzliche Grüße
Ihr Team der Kita Regenbogenland
Tel. 0234 910-8850 (Gruppentelefon Fuchsgruppe: 0234 910-8853)

Am 05.08.2026 um 21:12 schrieb [[P:Lena Hofstede]] <[[MAIL:lena.hofstede@gmail.com]]>:
> Hallo liebes Kita-Team,
>
> ab dem 17.08. startet [[P:Milo]] ([[DOB:03.03.2024]]) ja bei Ihnen in der Fuchsgruppe. Abholen
> dürfen außer mir und meinem Partner [[P:Sebastian Krol]] auch:
> – meine Mutter [[P:Marion Hofstede]], [[TEL:0234 70 19 82]]
> – [[P:Kaan Aksoy]] (Papa von [[P:Emir]], wir wechseln uns ab), [[TEL:0176 55 40 27 13]]
>
> Wichtig: [[P:Milo]] hat eine Erdnussallergie, Attest kommt.
> Unsere Adresse hat sich geändert: [[STR:Alsenstraße 19]], [[LOC:44789 Bochum]].
>
> Viele Grüße
> [[P:Lena Hofstede]]
""",
    keep=[
        "kita.regenbogenland@bochum.de",
        "Igelgruppe",
        "Gruppentelefon Fuchsgruppe: 0234 910-8853",
        "Notfallplan in der Küche",
        "Erdnussallergie",
    ],
)

# ----- OCR'd scans and faxes --------------------------------------------------------------------

# 51 -- OCR of a handwritten letter: complaint about a neighbour feeding pigeons; rn/m, l/1 noise
pii(
    "ocr_scan",
    """
[Posteingang Stadt Herne · Scan 2026-09-14 · Handschrift-OCR · Konfidenz 61 %]

[[P:Elfriede Szymarnski]]                                  Herne, 10.9.2026
[[STR:Röhlinghauser Str. 1O2]]
[[LOC:44651 Heme]]

An das Ordnungsarnt
der Stadt Herne

Betr.: Tauben !!

Sehr geehrte Darnen und Herren,

ich rnuss mich leider wieder beschweren. Die Frau über rnir, Frau [[P:Kiefer-]]
[[P:rnann]] aus dern 2. Stock, füttert jeden Morgen die Tauben vorn Ba1kon aus,
rnit ganzen Brötchen und Vogelfutter. Jetzt sitzen 30 bis 4O Tauben auf rneinern
Fensterbrett und der Dreck ist überal1, auch auf rneiner Wäsche. Ich bin 79 Jahre
und kann das nicht irnrner saubermachen.

Ich habe rnit ihr gesprochen, da hat sie rnich beschimpft. Ihr Sohn, der Herr
[[P:Kiefermann]], hat gesagt, das geht rnich nichts an. Der Hausverwalter Herr
[[P:Ba1dauf]] sagt, dafür ist die Stadt zuständig.

Bitte kornrnen Sie und sagen Sie der Frau, dass das verboten ist. Ich habe
gelesen, dass es eine Verordnung gibt.

Mein Te1efon ist [[TEL:O2325 / 4 82 O1]]. Ich bin imrner zu Hause, nur Dienstags
nicht, da ist Senioren-Gymnastik.

Hochachtungsvoll
[[P:E. Szyrnanski]]

[Vermerk Posteingang: Weiterleitung an FB 32 Ordnungsdienst, Taubenfütterungsverbot
§ 5 ordnungsbehördliche Verordnung]
""",
    keep=[
        "Ordnungsarnt",
        "Betr.: Tauben !!",
        "Senioren-Gymnastik",
        "Weiterleitung an FB 32 Ordnungsdienst",
        "§ 5 ordnungsbehördliche Verordnung",
    ],
)

# 52 -- fax of a nursing home to the social office: death of a resident, request for a social burial
pii(
    "fax",
    """
09/11/2026 08:14  FAX +49 209 3 58 62-19     SENIORENZENTRUM AM NORDSTERNPARK     S. 01/02
============================================================================================
Seniorenzentrum am Nordsternpark gGmbH · Verwaltung · Am Bugapark 11 · 45899 Gelsenkirchen
Tel. 0209 3 58 62-0 · Fax 0209 3 58 62-19

An: Stadt Gelsenkirchen, Referat Soziales – Bestattungskosten (§ 74 SGB XII)
Fax: 0209 169-2399
Von: Heimverwaltung, Frau [[P:Yvonne Kruse]], Tel. [[TEL:0209 3 58 62-24]]

Betreff: Sterbefall Bewohner [[P:Heinz-Dieter Pawlowski]], geb. [[DOB:O2.O1.1948]], Zimmer 1O8

Sehr geehrte Damen und Herren,

unser Bewohner, Herr [[P:Pawlowski]], ist am 07.11.2026 in unserer Einrichtung verstorben. Er
erhielt Hilfe zur Pflege von Ihrem Amt (Az. [[AZ:50-HzP-118/22]]). Vermögen ist nach unserer
Kenntnis nicht vorhanden; das Barbetragskonto weist 84,17 EUR aus.

Angehörige: Eine Tochter, Frau [[P:Sandra Pawlowski-Ekinci]], wohnt nach unseren Unterlagen in
[[LOC:Recklinghausen-Süd]] ([[STR:Bochumer Str. 212]]), Telefon [[TEL:O2361 / 1 7O 4 88]]. Sie hat uns
mitgeteilt, dass sie die Bestattung weder beauftragen noch bezahlen kann, und wird bei Ihnen
einen Antrag auf Übernahme der Bestattungskosten stellen. Ein Sohn, [[P:Marco]], ist seit
Jahren unbekannt verzogen, zuletzt gemeldet in [[LOC:Marl-Hüls]].

Der Verstorbene befindet sich derzeit im Kühlraum des Bestattungshauses. Wir bitten um
kurzfristige Mitteilung, wie weiter verfahren werden soll.

Mit freundlichen Grüßen
i. A. [[P:Y. Kruse]]
============================================================================================
09/11/2026 08:15  FAX +49 209 3 58 62-19                                            S. 02/02
""",
    keep=[
        "SENIORENZENTRUM AM NORDSTERNPARK",
        "Am Bugapark 11 · 45899 Gelsenkirchen",
        "(§ 74 SGB XII)",
        "Barbetragskonto weist 84,17 EUR aus",
        "Fax: 0209 169-2399",
    ],
)

# 53 -- OCR of a housing benefit application page: l/1 and O/0, fields run together, RV number, IBAN
pii(
    "ocr_scan",
    f"""
OCR-Rohtext · Antrag auf Mietzuschuss (Wohngeld) · Seite 1 von 8 · Stadt Bochum, Amt für Soziales
-------------------------------------------------------------------------------
Eingangsstempe1: 2 1. OKT. 2O26       Wohngeld-Nr. (wird von der Behörde ausgefü1lt) [[AZ:5O-WG-2O26-1187]]

1. Antragste11ende Person
Fami1ienname [[P:Ka1inowski]]   Vorname [[P:Jörg]]   Geburtsname --
Geburtsdatum [[DOB:O7.O7.1961]]   Geschlecht m   Fami1ienstand geschieden seit O3/2O19
Anschrift [[STR:Hi1troper Landwehr 1O2]]   PLZ Ort [[LOC:4481O Bochum]]
Te1efon [[TEL:O234 / 5 O9 71 44]]   E-Mai1 --
Rentenversicherungsnummer [[RV:{RV_O03}]]

2. Haushaltsmitg1ieder (außer der antragste11enden Person)
Nr  Name, Vorname           Geb.-Datum    Verwandtschaft   Einkommen
a)  [[P:Ka1inowski, Kevin]]        [[DOB:19.11.2OO6]]    Sohn             Ausbildungsvergütung
b)  --

3. Bankverbindung
Kontoinhaber [[P:Jörg Ka1inowski]]   IBAN [[IBAN:{respace(IBAN_O03, (4, 4, 5, 4, 5))}]]   BIC WELADED1BOC

4. Einkommen
Arbeits1osengeld I (Bescheid vom 12.O9.2O26, 1.128,6O EUR mt1.) – Nebenjob als Aus1ieferungsfahrer
(Minijob 3OO EUR)

5. Miete
Vermieter [[P:Reinhard Tö11ner]], [[STR:Am Ruhrort 3]], [[LOC:58452 Witten]]   Gesamtmiete 74O,OO EUR
-------------------------------------------------------------------------------
[Hinweis Scanstraße: Seite 2-8 fo1gen als separate Datei, Qua1ität 71 %]
""",
    keep=[
        "Amt für Soziales",
        "BIC WELADED1BOC",
        "Arbeits1osengeld I",
        "Hinweis Scanstraße",
        "Gesamtmiete 74O,OO EUR",
    ],
)

# 54 -- OCR of a landlord's rent certificate; private landlord, tenants, OCR noise
pii(
    "ocr_scan",
    """
[Scan · Anlage 3 zum Wohngeldantrag · OCR · Seite 1/1]

M I E T B E S C H E I N I G U N G
(vom Vermieter auszufü1len)

Verrnieter/in:  [[P:Heinrich Wiethölter]]
Anschrift:      [[STR:Sch1oßstraße 17]], [[LOC:45657 Reck1inghausen]]
Telefon:        [[TEL:O2361 - 2 64 O9]]

Mieter/in:      [[P:Svetlana Morozova]] und [[P:Aleksej Morozov]]
Wohnung:        [[STR:Dorstener Str. 51, 1. OG rechts]], [[LOC:45657 Reck1inghausen]]
Mietbeginn:     O1.O5.2O21      Wohnfläche: 67,5 m²    Zimmer: 3 + Küche/Bad
Bezugsfertig:   1964            Sammelheizung: ja     Warmwasser: zentral

Monatliche Miete ab O1.O1.2O26
  Grundmiete (kalt)                   49O,OO EUR
  Betriebskosten (ohne Heizung)       15O,OO EUR
  Heizung und Warmwasser               95,OO EUR
  Garage / Stellp1atz                  --
  Gesamt                              735,OO EUR

Besonderheiten: Die Mieter sind mit der Miete nicht im Rückstand. Untermieter: keine.
Die Wohnung wird von insgesamt 3 Personen bewohnt (Ehepaar und Sohn [[P:Artjom]]).

Ich versichere, dass die Angaben richtig sind.
Reck1inghausen, den 28.O8.2O26                     [[P:H. Wiethö1ter]]
                                                   (Unterschrift Vermieter)
""",
    keep=[
        "M I E T B E S C H E I N I G U N G",
        "Bezugsfertig:   1964",
        "Grundmiete (kalt)                   49O,OO EUR",
        "Untermieter: keine.",
        "(Unterschrift Vermieter)",
    ],
)

# 55 -- fax of a paediatric practice to the health office: notification under the IfSG
pii(
    "fax",
    """
Von: Kinder- und Jugendarztpraxis Dr. [[P:Aydın]] & Kollegen   Fax 0231 77 20 19   12.10.2026 17:52   Seite 1
_____________________________________________________________________________________________

Kinder- und Jugendarztpraxis am Borsigplatz · Oesterholzstraße 60 · 44145 Dortmund
Tel. 0231 77 20 10 · Fax 0231 77 20 19

An: Gesundheitsamt Dortmund – Infektionsschutz – Fax 0231 50-2 27 99

MELDUNG GEMÄSS §§ 6, 8, 9 IfSG – Verdacht / Erkrankung
Meldende Person: Dr. med. [[P:Serkan Aydın]], Facharzt für Kinder- und Jugendmedizin

Patient:         [[P:Luis Fernández Moreno]]
Geburtsdatum:    [[DOB:22.05.2020]]                Geschlecht: männlich
Anschrift:       [[STR:Schützenstraße 77, 2. Etage]], [[LOC:44147 Dortmund]]
Sorgeberechtigt: Mutter [[P:Carmen Moreno Ruiz]], Tel. [[TEL:0157 34 22 81 09]]
Gemeinschaftseinrichtung: Städt. Kita Nordmarkt, Gruppe „Schmetterlinge“

Diagnose:        Enteritis infectiosa, V. a. Shigellose
Erkrankungsbeginn: 09.10.2026      Stuhlprobe an Labor Dortmund eingesandt am 12.10.2026
Weitere Erkrankte im Umfeld: Schwester [[P:Lucía]] (6 J.) mit Durchfall seit 11.10.

Maßnahmen: Wiederzulassung zur Kita erst nach ärztlicher Bescheinigung (§ 34 IfSG),
Familie über Hygienemaßnahmen aufgeklärt.

Unterschrift / Stempel: [[P:Aydın]]
_____________________________________________________________________________________________
Dieses Fax enthält vertrauliche Gesundheitsdaten. Falls Sie nicht der richtige Empfänger sind,
informieren Sie uns bitte sofort und vernichten Sie das Dokument.
""",
    keep=[
        "Kinder- und Jugendarztpraxis am Borsigplatz",
        "Oesterholzstraße 60 · 44145 Dortmund",
        "MELDUNG GEMÄSS §§ 6, 8, 9 IfSG",
        "Städt. Kita Nordmarkt",
        "§ 34 IfSG",
    ],
)

# 56 -- OCR of a business de-registration form (GewA 3), tax number, birthplace, shop address
pii(
    "ocr_scan",
    f"""
GEWERBE-ABMELDUNG nach § 14 GewO (GewA 3) – Scan-Eingang 05.10.2O26 – OCR, ungeprüft
Stadt Gelsenkirchen, Referat 32 Gewerbe – Eingangs-Nr. [[AZ:GE-GEWA3-2O26-O1882]]

1  Name            [[P:DIAMANTOPOULOS]]
2  Vornamen        [[P:KYRIAKOS]]
3  Geschlecht      männ1ich
4  Staatsangehörigkeit  griechisch
5  Geburtsdatum    [[DOB:1 1.O6.1972]]     Geburtsort [[LOC:KAVALA]]
6  Wohnanschrift   [[STR:Ückendorfer Straße 14O]], [[LOC:45886 Ge1senkirchen]]
   Te1. [[TEL:O176 - 8 22 19 3O7]]
7  Anzah1 der Geschäftsführer --
8  Betriebsstätte  [[STR:Bochumer Straße 2O9]], [[LOC:45886 Ge1senkirchen]]
9  Bezeichnung     Taverna „Mythos“ (Speisegaststätte)
1O Abgemeldete Tätigkeit  Betrieb einer Schank- und Speisewirtschaft
11 Datum der Betriebsaufgabe  3O.O9.2O26
12 Grund           Aufgabe aus Altersgründen / Ruhestand – [X] vo11ständige Aufgabe
13 Steuernummer    [[TAX:{TAX_O06}]]
14 Gaststättenerlaubnis Nr. [[AZ:32-GA-2O11-O114]] wird zurückgegeben (Orig. anbei)
                                             Unterschrift [[P:K. Diamantopou1os]]
[Vermerk Sachbearbeitung: Weiter1eitung an FA, IHK, Statistik – erledigt [[P:Wendt]] O7.1O.]
""",
    keep=[
        "GEWERBE-ABMELDUNG nach § 14 GewO (GewA 3)",
        "Referat 32 Gewerbe",
        "Betrieb einer Schank- und Speisewirtschaft",
        "Aufgabe aus Altersgründen",
        "Weiter1eitung an FA, IHK, Statistik",
    ],
)

# 57 -- OCR of a typed objection against a parking fine, heavy rn/m confusion, plate garbled
pii(
    "ocr_scan",
    """
OCR · Posteingang Bußgeldstelle Bochum · 2O26-11-O3 · Qualität: mittel
..............................................................................
[[P:Rarnona Marx-Hellwig]]
[[STR:Bomstraße 7]]
[[LOC:44866 Bochurn-Wattenscheid]]

Stadt Bochurn
Bußgeldstelle
4477 7 Bochurn

Ihr Aktenzeichen: [[AZ:36.2-OWI-2O26-O61774]]   Verwarnungsgeld 55,- EUR

Sehr geehrte Darnen und Herren,

gegen das oben genannte Verwarnungsgeld lege ich Widerspruch bzw. Einspruch ein.
Mein Fahrzeug, [[KFZ:B0-RM 4O4]], stand am 14.1O.2O26 nicht im Halteverbot, sondern
auf dern Behindertenparkplatz vor der Arztpraxis in der Hochstraße. Ich habe einen
gültigen blauen Parkausweis (Nr. [[AZ:BO-EU-2O24-O882]]), der gut sichtbar hinter der
Windschutzscheibe lag. Ihr Mitarbeiter hat ihn wohl übersehen, weil die Sonne darauf
schien.

Ich fahre das Auto für rneinen Vater, Herrn [[P:Ernst Hellwig]], der im Rollstuhl sitzt.
Er war an dern Tag zur Dialyse. Eine Kopie des Parkausweises und eine Bestätigung der
Praxis lege ich bei.

Bitte stellen Sie das Verfahren ein. Für Rückfragen: [[TEL:O2327 / 8 71 O5]].

Mit freundlichen Grüßen
[[P:R. Marx-Hellwig]]
..............................................................................
[Seite 1 von 1 · 2 Anlagen erkannt]
""",
    keep=[
        "Posteingang Bußgeldstelle Bochum",
        "Verwarnungsgeld 55,- EUR",
        "Behindertenparkplatz",
        "Windschutzscheibe",
        "[Seite 1 von 1 · 2 Anlagen erkannt]",
    ],
)

# 58 -- lawyer's fax asking for inspection of an immigration file; passport number, client data
pii(
    "fax",
    """
+49 2361 90 81 40  RAE LINDNER BOSTANCI       13.11.2026 10:31       #4471 S. 1

LINDNER & BOSTANCI · Rechtsanwälte · Ausländer- und Asylrecht
Kaiserwall 17 · 45657 Recklinghausen · Tel. 02361 90 81 4-0 · Fax 02361 90 81 40

Per Fax: Stadt Herne, FB 32 – Ausländerbehörde, 02323 16-3299

Unser Az.: [[AZ:118/26 BO]]
Mandant: Herr [[P:Abdirahman Warsame Yusuf]], geb. [[DOB:O1.O1.1998]] (Fiktivdatum)
Ihr Az.: [[AZ:32.4-SO-2O21-0774]]

Sehr geehrte Damen und Herren,

wir zeigen die Vertretung des o. g. Mandanten, wohnhaft [[STR:Unser-Fritz-Straße 84]],
[[LOC:44653 Herne]], an. Vollmacht anbei.

Unser Mandant besitzt seit kurzem einen somalischen Reisepass (Nr. [[PASS:P01847726]], aus-
gestellt am 02.09.2026 in Berlin). Damit ist die Passpflicht erfüllt. Wir beantragen
namens unseres Mandanten die Erteilung einer Aufenthaltserlaubnis nach § 25b AufenthG
und bitten zuvor um vollständige Akteneinsicht (Übersendung an unsere Kanzlei oder per beA).

Die Lebensgefährtin unseres Mandanten, Frau [[P:Hodan Farah]], und die gemeinsame Tochter
[[P:Ayaan]] ([[DOB:17.03.2024]]) leben im selben Haushalt. Der Arbeitsvertrag bei der Firma
Emscher Pflege GmbH liegt bei.

Mit freundlichen Grüßen
[[P:Bostancı]]
Rechtsanwältin

+49 2361 90 81 40  RAE LINDNER BOSTANCI       13.11.2026 10:32       #4471 S. 2
""",
    keep=[
        "LINDNER & BOSTANCI · Rechtsanwälte",
        "Kaiserwall 17 · 45657 Recklinghausen",
        "§ 25b AufenthG",
        "Emscher Pflege GmbH",
        "RAE LINDNER BOSTANCI",
    ],
)

# 59 -- OCR of a SEPA mandate form: Greek pensioner pays property tax from a Greek account
pii(
    "ocr_scan",
    f"""
[OCR · Stadt Dortmund · Stadtkasse · Formular SEPA-01 · gescannt 2O.1O.2O26]

SEPA-LASTSCHRIFTMANDAT
Gläubiger: Stadt Dortmund, Stadtkasse, Friedensplatz 1, 44135 Dortmund
Gläubiger-Identifikationsnummer DE47ZZZ00000053019
Mandatsreferenz (wird von der Stadtkasse vergeben): [[AZ:MR-51-2O26-O44918]]

Ich ermächtige die Stadt Dortmund, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.
Das Mandat gilt für: [X] Grundbesitzabgaben  [ ] Hundesteuer  [ ] Gewerbesteuer
Kassenzeichen / Objekt: [[AZ:1.2O14.77O391.O]] – Eigentumswohnung [[STR:Kleine Beurhausstraße 9, WE 4]]

Zahlungspflichtige/r (Kontoinhaber/in):
Name, Vorname   [[P:Chatzidakis, Evangelos]]
Anschrift       [[STR:Leoforos Nikis 33]], [[LOC:54622 Thessaloniki]], GRIECHENLAND
IBAN            [[IBAN:{IBAN_O09B}]]
BIC             ETHNGRAA  (Nationa1 Bank of Greece)

[X] Das bisherige Mandat für das Konto [[IBAN:{respace(IBAN_O09, (4, 4, 4, 4, 4))}]] (Sparkasse Dortmund)
    sol1 ge1öscht werden.

Ort, Datum  [[LOC:Thessa1oniki]], 1O.1O.2O26        Unterschrift [[P:E. Chatzidakis]]

Hinweis: Ich kann innerha1b von acht Wochen, beginnend mit dem Be1astungsdatum, die Erstattung
des be1asteten Betrages ver1angen. Es ge1ten dabei die mit meinem Kreditinstitut vereinbarten
Bedingungen.
""",
    keep=[
        "SEPA-LASTSCHRIFTMANDAT",
        "DE47ZZZ00000053019",
        "Friedensplatz 1, 44135 Dortmund",
        "BIC             ETHNGRAA",
        "[X] Grundbesitzabgaben",
    ],
)

# 60 -- OCR of a residence registration form of a family; German ID card, Italian passport
pii(
    "ocr_scan",
    """
A N M E L D U N G   bei der Meldebehörde · Stadt Herne · OCR 2O26-O9-29 · Erkennung 66 %
Tag des Einzugs O1.O9.2O26   Neue Wohnung [[STR:Wiescherstraße 1O4, 2.OG]] [[LOC:44623 Herne]]
Bisherige Wohnung [[STR:Via Giuseppe Garibaldi 18]] [[LOC:8O121 Napoli]] (Ita1ien)
Wohnungsgeber Wohnungsbaugenossenschaft Herne-Süd eG – Bestätigung 1iegt vor

Person 1  Familienname [[P:Esposito]]  Vornamen [[P:Gennaro]]  Geschlecht m
          Geburtsdatum [[DOB:3O.O3.1983]]  Geburtsort [[LOC:Pozzuo1i]]  Staatsang. italienisch
          Pass/Ausweis [[PASS:YA 7O21847]] (Repubb1ica Italiana, Carta d'identità)
Person 2  Familienname [[P:Esposito]] geb. [[P:Schürmann]]  Vornamen [[P:Katrin Maria]]  Geschlecht w
          Geburtsdatum [[DOB:12.12.1985]]  Geburtsort [[LOC:Castrop-Rauxe1]]  Staatsang. deutsch
          Personalausweis Nr. [[ID:T22HX4N97]]  Behörde Stadt Castrop-Rauxel
Person 3  Familienname [[P:Esposito]]  Vornamen [[P:Matteo]]  Geb. [[DOB:O4.O7.2O18]]  Geburtsort [[LOC:Napo1i]]
Person 4  Familienname [[P:Esposito]]  Vornamen [[P:Giulia]]  Geb. [[DOB:2 2.11.2O21]]  Geburtsort [[LOC:Napo1i]]

Familienstand verh. seit 18.O6.2O16 in [[LOC:Castrop-Rauxe1]]   Religion rk / rk
Unterschrift [[P:G. Esposito]]  [[P:K. Esposito]]
Bearbeitungsvermerk: Meldebestätigung ausgehändigt, Sachb. [[P:Uçar]]
""",
    keep=[
        "Wohnungsbaugenossenschaft Herne-Süd eG",
        "Bestätigung 1iegt vor",
        "Staatsang. deutsch",
        "Behörde Stadt Castrop-Rauxel",
        "Meldebestätigung ausgehändigt",
    ],
)

# ----- table-like texts ---------------------------------------------------------------------------

# 61 -- participant list of an information evening on naturalisation (names, phones, mails)
pii(
    "participant_list",
    """
Stadt Dortmund · Einbürgerungsbehörde · Infoabend „Einbürgerung nach dem neuen Recht“
Do., 08.10.2026, 18:00 Uhr, Bürgerhaus Nordstadt, Saal 2 – Teilnehmerliste (Anmeldungen online)

Nr | Name, Vorname                  | Telefon               | E-Mail                               | Dolmetschung
---+--------------------------------+-----------------------+--------------------------------------+-------------
 1 | [[P:Ahmadi, Farid]]                  | [[TEL:0176 31 88 20 47]]      | [[MAIL:farid.ahmadi@gmx.de]]                 | Dari
 2 | [[P:Nowak, Joanna]]                  | [[TEL:0231 / 41 92 07]]       | –                                    | –
 3 | [[P:Ogunleye, Babatunde]]            | –                     | [[MAIL:b.ogunleye@yahoo.com]]                | –
 4 | [[P:Hamdan, Rania]] + Ehemann        | [[TEL:0152-21944730]]         | [[MAIL:rania.hamdan89@gmail.com]]            | Arabisch
 5 | [[P:Kovalenko, Iryna]]               | [[TEL:+49 160 90 33 71 28]]   | [[MAIL:iryna.kov@ukr.net]]                   | Ukrainisch
 6 | [[P:Öztürk, Cengiz]]                 | [[TEL:0231 8 61 44 02]]       | [[MAIL:c.oeztuerk@t-online.de]]              | –
 7 | [[P:Nguyen Thi Mai]]                 | [[TEL:0177 / 4 90 22 15]]     | –                                    | Vietnamesisch
 8 | [[P:Ferreira, João Pedro]]           | –                     | [[MAIL:jp.ferreira@sapo.pt]]                 | –

Referentinnen: [[P:Katja Ebbinghaus]] (Einbürgerungsbehörde), [[P:Selma Hadžiomerović]] (Integrationsrat)
Saalöffnung 17:30 Uhr · Kinderbetreuung im Nebenraum · Infomaterial in 6 Sprachen
Hinweis: Liste nur für den internen Gebrauch, nach der Veranstaltung löschen (Frist 30 Tage).
""",
    keep=[
        "Bürgerhaus Nordstadt, Saal 2",
        "Einbürgerung nach dem neuen Recht",
        "Kinderbetreuung im Nebenraum",
        "Infomaterial in 6 Sprachen",
        "Frist 30 Tage",
    ],
)

# 62 -- attendance list of a residents' workshop on a district plan; residents and staff
pii(
    "attendance_list",
    """
Anwesenheitsliste – Beteiligungswerkstatt „Neue Mitte Hustadt“
Termin: 24.09.2026, 17:00–19:30 Uhr · Ort: Quartierszentrum Hustadt, Brunnenplatz 4, 44801 Bochum
Veranstalter: Stadt Bochum, Amt für Stadtplanung und Wohnen, in Kooperation mit dem Quartiersmanagement

Lfd. | Name                         | Straße (freiwillig)         | Funktion / Verein              | Unterschrift
-----|------------------------------|-----------------------------|--------------------------------|-------------
 1   | [[P:Gerlinde Hoppe]]                | [[STR:Hustadtring 145]]             | Mieterbeirat                   | gez.
 2   | [[P:Mustafa Çelik]]                 | [[STR:Brunnenplatz 9]]              | Moscheeverein Hustadt e.V.     | gez.
 3   | [[P:Anja Wiebusch]]                 | –                           | Grundschule (Elternpflegschaft)| gez.
 4   | Dr. [[P:Peter Lindqvist]]           | [[STR:Auf dem Backenberg 22]]       | Anwohner                       | gez.
 5   | [[P:Olha Savchuk]]                  | [[STR:Hustadtring 61, App. 803]]    | Anwohnerin                     | gez.
 6   | [[P:Rüdiger Baumann]]               | –                           | Bürgerverein Querenburg        | gez.
 7   | [[P:Marlies Tenhagen]]              | Stadt Bochum                | Amt für Stadtplanung, Moderation | –
 8   | [[P:Kwame Asante]]                  | Stadt Bochum                | Quartiersmanagement, Protokoll | –

Hinweis: Mit der Unterschrift willigen die Teilnehmenden ein, dass Name und Funktion im Protokoll
genannt werden. Fotos nur mit gesonderter Einwilligung (Bogen B).
""",
    keep=[
        "Beteiligungswerkstatt „Neue Mitte Hustadt“",
        "Quartierszentrum Hustadt, Brunnenplatz 4, 44801 Bochum",
        "Moscheeverein Hustadt e.V.",
        "Bürgerverein Querenburg",
        "Fotos nur mit gesonderter Einwilligung (Bogen B)",
    ],
)

# 63 -- list of damage reports after pothole damage to private cars (claims against the city)
pii(
    "damage_list",
    """
Stadt Herne · FB Recht – Haftpflichtschäden · Übersicht Schadensmeldungen Straßenschäden Q3/2026
Stand: 05.10.2026 · Bearbeitung: [[P:Kowalke]] · nur für den Dienstgebrauch

Az.            | Eingang    | Geschädigte/r             | Anschrift                              | Kfz-Kennz.   | Schadenort (Straße)            | Forderung   | Status
---------------|------------|---------------------------|----------------------------------------|--------------|--------------------------------|-------------|-----------------
[[AZ:30-HS-26-0412]]  | 03.07.2026 | [[P:Lehmann, Dirk]]             | [[STR:Vinckestr. 12]], [[LOC:44623 Herne]]         | [[KFZ:HER-DL 74]]    | Holsterhauser Straße, Höhe 88  | 1.240,00 €  | abgelehnt (Kontrolle 06/26)
[[AZ:30-HS-26-0418]]  | 11.07.2026 | [[P:Yılmaz, Ayşe]]              | [[STR:Mont-Cenis-Str. 330]], [[LOC:44627 Herne]]   | [[KFZ:HER-AY 2207]]  | Bahnhofstraße / Ecke Behrensstr. | 486,50 €  | an KSA abgegeben
[[AZ:30-HS-26-0437]]  | 29.07.2026 | [[P:Ptak, Zbigniew]]            | [[STR:Am Stadtgarten 4]], [[LOC:45699 Herten]]      | [[KFZ:RE-ZP 919]]    | Dorstener Straße, Fahrtr. Süd  | 2.030,00 €  | Gutachten angef.
[[AZ:30-HS-26-0451]]  | 14.08.2026 | [[P:Brandt, Sophie]]            | [[STR:Flottmannstr. 77]], [[LOC:44625 Herne]]      | [[KFZ:BO-SB 3003]]   | Edmund-Weber-Straße 140        | 312,00 €    | reguliert
[[AZ:30-HS-26-0466]]  | 02.09.2026 | [[P:Adjei, Kofi]]               | [[STR:Heidstr. 19]], [[LOC:44649 Herne]]           | [[KFZ:HER-KA 61]]    | Wiescherstraße, Baustelle      | 890,00 €    | Rückfrage Zeugen
[[AZ:30-HS-26-0479]]  | 22.09.2026 | [[P:Sander-Ulrich, Margot]]     | [[STR:Bergstr. 2a]], [[LOC:44625 Herne]]           | [[KFZ:HER-MS 1950]]  | Hauptstraße, Höhe Cranger Tor  | 655,40 €    | offen

Anmerkungen: Zu 0437 hat der Geschädigte einen Zeugen benannt (Herr [[P:Mathias Grothues]], [[TEL:0171 2 08 33 61]]).
KSA = Kommunaler Schadenausgleich. Schadenorte sind aus dem Straßenkataster übernommen.
""",
    keep=[
        "FB Recht – Haftpflichtschäden",
        "KSA = Kommunaler Schadenausgleich",
        "Edmund-Weber-Straße 140",
        "Holsterhauser Straße, Höhe 88",
        "nur für den Dienstgebrauch",
    ],
)

# 64 -- defect list of a school caretaker; reporters are teachers and staff
pii(
    "defect_list",
    """
Mängelliste Gebäude – Anne-Frank-Realschule, Bochum-Wattenscheid (Gebäude A und Sporthalle)
geführt von: Hausmeister [[P:Ralf Dittmer]] (Diensthandy [[TEL:0162 2 90 41 87]]) · Weitergabe an: Zentrale Dienste, Gebäudemanagement
Stand: 12.11.2026

Nr. | gemeldet am | gemeldet von             | Raum / Ort            | Mangel                                          | Dringl. | erledigt
----|-------------|--------------------------|-----------------------|-------------------------------------------------|---------|---------
 41 | 02.11.      | Fr. [[P:Lütke-Wöstmann]] (Chemie) | A 1.12 Chemieraum    | Abzug läuft nicht an, Sicherung fliegt raus      | hoch    | –
 42 | 03.11.      | Hr. [[P:Kaczmarek]] (Sport)        | Sporthalle, Geräteraum | Tor 2 lässt sich nicht verriegeln             | hoch    | 05.11.
 43 | 04.11.      | Sekretariat (Fr. [[P:Nieswandt]])  | Verwaltung EG         | Heizkörper kalt, Thermostat defekt              | mittel  | –
 44 | 06.11.      | Hr. [[P:Özdemir]] (Klasse 7b)       | A 2.05                | Fensterflügel schließt nicht, zieht stark      | mittel  | –
 45 | 09.11.      | Schülervertretung        | Toiletten Jungen OG   | 2 Spülkästen defekt, Spiegel beschädigt         | mittel  | –
 46 | 10.11.      | [[P:Ralf Dittmer]]             | Schulhof              | Laterne am Fahrradständer aus                   | niedrig | –
 47 | 11.11.      | Fr. [[P:Ahrens-Oyelaran]] (Schulleitung) | Aula          | Beamer flackert, Ersatzlampe bestellt?          | mittel  | –

Hinweis [[P:Dittmer]]: Zu 41 wurde die Firma für Labortechnik bereits am 03.11. angerufen (Ticket GM-2026-7714).
Die Sporthalle wird am 20.11. für den Stadtsportbund benötigt – Nr. 42 hat Priorität.
""",
    keep=[
        "Anne-Frank-Realschule",
        "Zentrale Dienste, Gebäudemanagement",
        "Ticket GM-2026-7714",
        "Schülervertretung",
        "Stadtsportbund",
    ],
)

# 65 -- dog tax register excerpt: new registrations in October; holders, tags, one SEPA account
pii(
    "table",
    f"""
Stadt Bochum · Steueramt · Hundesteuer – Neuanmeldungen 01.10.–31.10.2026 (Auszug, Sachgebiet 22.3)

Kassenzeichen     Halter/in                    Anschrift                               Hund (Rasse)              Marke   Ermäßigung   Zahlweg
----------------  ---------------------------  --------------------------------------  ------------------------  ------  -----------  ------------------------------
[[AZ:6.3301.204417.2]]  [[P:Schürmann, Heike]]             [[STR:Akazienstraße 21]], [[LOC:44892 Bochum]]        Beagle                    [[AZ:B-2419]]  –            Überweisung
[[AZ:6.3301.204425.7]]  [[P:Abou-Zeid, Karim]]             [[STR:Herner Straße 301]], [[LOC:44809 Bochum]]       Mischling (Tierheim)      [[AZ:B-2420]]  § 4 Abs. 2   Überweisung
[[AZ:6.3301.204431.0]]  [[P:Liebetrau, Gunnar]]            [[STR:Im Lottental 48]], [[LOC:44801 Bochum]]         Staffordshire Bullterrier [[AZ:B-2421]]  –            SEPA [[IBAN:{IBAN_T05}]]
[[AZ:6.3301.204448.3]]  [[P:Wiśniewska-Brandt, Ewa]]       [[STR:Dückerweg 5]], [[LOC:44867 Bochum]]             Zwergpudel                [[AZ:B-2422]]  –            Überweisung
[[AZ:6.3301.204452.9]]  [[P:Tekin, Hüseyin]]               [[STR:Gahlensche Str. 78]], [[LOC:44809 Bochum]]      Kangal                    [[AZ:B-2423]]  –            Überweisung

Anmerkungen Sachbearbeitung ([[P:Rautenberg]]):
– [[P:Liebetrau]]: gefährlicher Hund nach LHundG NRW – Erlaubnis der Ordnungsbehörde liegt vor, erhöhter Steuersatz.
– [[P:Tekin]]: Rasse prüfen lassen (Herdenschutzhund, nicht in Liste), Rückruf unter [[TEL:0176 6 30 21 84]] vereinbart.
Anzahl Neuanmeldungen Oktober: 47 (Vormonat 52); Abmeldungen: 39.
""",
    keep=[
        "Sachgebiet 22.3",
        "gefährlicher Hund nach LHundG NRW",
        "erhöhter Steuersatz",
        "Anzahl Neuanmeldungen Oktober: 47 (Vormonat 52)",
        "Staffordshire Bullterrier",
    ],
)

# 66 -- bulky waste tour list of the city cleaning service with addresses and phone numbers
pii(
    "table",
    """
USB Bochum – Sperrmüll Tourenliste Tour 14 (Bezirk Südwest) – Samstag, 07.11.2026
Fahrzeug BO-UB 714 · Fahrer/Team: Kolonne 3 · Start Betriebshof Hanielstraße 06:00 Uhr

#  | Auftrag       | Kunde                       | Abholadresse                          | Telefon             | Menge | Hinweis
---|---------------|-----------------------------|---------------------------------------|---------------------|-------|---------------------------------
1  | [[AZ:SP-26-118071]]  | [[P:Haverkamp, Klaus]]            | [[STR:Kemnader Str. 92]]                      | [[TEL:0234 47 12 09]]        | 4 m³  | Einfahrt links, Hund im Garten
2  | [[AZ:SP-26-118094]]  | [[P:Mazur, Beata]]                | [[STR:Hattinger Str. 401, Hinterhaus]]        | [[TEL:0157 3 81 19 25]]      | 2 m³  | –
3  | [[AZ:SP-26-118102]]  | [[P:Eze, Chinedu]]                | [[STR:Lewackerstr. 8]]                        | –                   | 3 m³  | E-Schrott separat (Kühlschrank)
4  | [[AZ:SP-26-118117]]  | [[P:Rentrop-Sievers, Ilse]]       | [[STR:Stiepeler Str. 54]]                     | [[TEL:0234 79 03 66]]        | 1 m³  | Seniorin, Sachen im Keller (Tragehilfe gebucht)
5  | SP-26-118130  | Hausverwaltung Wohnen Süd GmbH | Markstraße 260–264 (Sammelstelle)   | 0234 58 00-0        | 8 m³  | Sammelauftrag, Ansprechp. Hausmeister
6  | [[AZ:SP-26-118146]]  | [[P:Demir, Orhan]]                | [[STR:Weitmarer Str. 117]]                    | [[TEL:0176 22 09 48 31]]     | 5 m³  | Baustellenabfälle NICHT mitnehmen

Nachtrag Disposition: Auftrag 4 – Tochter ([[P:Ulrike Sievers]], [[TEL:0172 6 18 40 93]]) ist ab 8 Uhr vor Ort.
""",
    keep=[
        "Fahrzeug BO-UB 714",
        "Betriebshof Hanielstraße",
        "Hausverwaltung Wohnen Süd GmbH",
        "Markstraße 260–264 (Sammelstelle)",
        "Baustellenabfälle NICHT mitnehmen",
    ],
)

# 67 -- lost-property list: documents found, owners identified, ID and passport numbers
pii(
    "table",
    """
Fundbüro Gelsenkirchen – Ausweisdokumente, Eingang KW 44/2026 – Benachrichtigung Eigentümer
(Ausweise werden nach 7 Tagen an die ausstellende Behörde abgegeben, § 28 PAuswV)

Fund-Nr.      Fundtag  Fundort                         Gegenstand                  Eigentümer/in                 Dok.-Nr.         Benachrichtigt
------------  -------  ------------------------------  --------------------------  ----------------------------  ---------------  -------------------------
F-26-04471    26.10.   Straßenbahn 301, Hbf            Personalausweis             [[P:Schmitz, Leonie]]               [[ID:M4XK72NCF]]        Brief an [[STR:Ringstraße 12]], [[LOC:45879 Gelsenkirchen]]
F-26-04473    27.10.   Veltins-Arena, Block N4         Geldbörse mit Personalausweis [[P:Begić, Amir]]               [[ID:L7TRW19H3]]        Tel. [[TEL:0176 51 92 07 33]] (AB)
F-26-04480    28.10.   Bahnhofsvorplatz                Reisepass (TR)              [[P:Aksoy, Sevgi]]                  [[PASS:U 24190877]]       Tel. [[TEL:0209 / 20 41 66]], abgeholt 29.10.
F-26-04486    29.10.   Stadtbibliothek, Lesesaal       Führerschein + Aufenthaltstitel [[P:Haddad, Yousef]]          –                Ausländerbehörde informiert
F-26-04491    31.10.   Musiktheater im Revier          Personalausweis             [[P:von Bredow, Caspar]]            [[ID:CFX0TR5Z8]]        E-Mail an [[MAIL:c.v.bredow@gmx.net]]

Sachbearbeitung: [[P:Weßling]], Fundbüro im Hans-Sachs-Haus, Tel. 0209 169-3555 (allgemein)
""",
    keep=[
        "§ 28 PAuswV",
        "Veltins-Arena, Block N4",
        "Musiktheater im Revier",
        "Fundbüro im Hans-Sachs-Haus, Tel. 0209 169-3555",
        "Straßenbahn 301, Hbf",
    ],
)

# 68 -- waiting list of a holiday programme: children with dates of birth, parents' phones
pii(
    "participant_list",
    """
Jugendamt Herne – Ferienspiele Herbst 2026 „Abenteuer Gysenberg“ (19.–23.10.2026) – Warteliste
Stand 30.09.2026, sortiert nach Eingang · Plätze gesamt 40, vergeben 40

W-Nr | Kind                    | geb.         | Erziehungsberechtigte/r   | Telefon               | Besonderheiten
-----+-------------------------+--------------+---------------------------+-----------------------+------------------------
W01  | [[P:Mia-Sophie Kranz]]         | [[DOB:14.03.2017]]   | [[P:Daniela Kranz]]             | [[TEL:0176 23 90 41 18]]      | –
W02  | [[P:Yusuf Aydoğan]]            | [[DOB:02.11.2016]]   | [[P:Fatma Aydoğan]]             | [[TEL:02323 / 5 30 27]]       | Schwimmer: nein
W03  | [[P:Lena]] und [[P:Jonas Rybak]]      | [[DOB:07.07.2018]]   | [[P:Tomasz Rybak]]              | [[TEL:0157 71 20 03 84]]      | Zwillinge, nur gemeinsam
W04  | [[P:Amelie Fuhrmann]]          | [[DOB:29.01.2015]]   | [[P:Steffen Fuhrmann]]          | [[TEL:0234 9 61 38 20]]       | Diabetes Typ 1 (Pumpe)
W05  | [[P:Noah Ogbu]]                | [[DOB:18.08.2019]]   | [[P:Grace Ogbu-Heinemann]]      | [[TEL:0160 4 81 93 56]]       | Geschwister in Gruppe B
W06  | [[P:Zeynep Kara]]              | [[DOB:23.05.2016]]   | [[P:Elif Kara]]                 | [[TEL:0178 30 62 11 49]]      | halal

Nachrücken: telefonisch durch Frau [[P:Brügge-Lammers]] (Jugendförderung, Durchwahl [[TEL:02323 16-4712]]).
Treffpunkt täglich 8:30 Uhr Parkplatz Revierpark Gysenberg, Abholung 15:30 Uhr. Kostenbeitrag 45 € (Herne-Pass: 10 €).
""",
    keep=[
        "Ferienspiele Herbst 2026",
        "Parkplatz Revierpark Gysenberg",
        "Herne-Pass: 10 €",
        "Plätze gesamt 40, vergeben 40",
        "Jugendförderung",
    ],
)

# 69 -- defect list of the housing supervision office: tenants report defects, landlords named
pii(
    "defect_list",
    """
Stadt Gelsenkirchen · Wohnungsaufsicht (WAG NRW) · Mängelmeldungen Oktober 2026 – Arbeitsliste

Vorgang          | Meldende/r (Mieter/in)        | Objekt / Wohnung                          | Eigentümer/Verwalter             | Mangel laut Meldung                         | Nächster Schritt
-----------------|-------------------------------|-------------------------------------------|----------------------------------|---------------------------------------------|------------------------
[[AZ:WA-26-0611]]       | [[P:Kerstin Dahlmann]] [[TEL:0209 8 77 40 12]] | [[STR:Hansemannstraße 10, 3. OG li.]]        | [[P:Egon Trappmann]] (privat)          | Schimmel Schlafzimmer, Fenster undicht      | Ortstermin 04.11.
[[AZ:WA-26-0617]]       | [[P:Ionuț Popescu]] [[TEL:0152 19 30 77 42]]  | [[STR:Bismarckstraße 171, EG re.]]           | Vonovia SE                       | Heizung seit 3 Wochen ausgefallen           | Anordnung (eilig)
[[AZ:WA-26-0624]]       | [[P:Ghazal Sadeghi]] (über Caritas)  | [[STR:Grenzstraße 52, 2. OG]]                | [[P:Bünyamin Kaya]] (privat)           | Wasser läuft durch Decke, Strom unsicher    | Ortstermin mit Feuerwehr
[[AZ:WA-26-0630]]       | [[P:Horst Pieper]] [[TEL:0209 5 94 61 08]]     | [[STR:Overwegstraße 23, DG]]                 | Hausverwaltung Emscher GbR       | Kein Warmwasser, Treppenhauslicht defekt    | Anhörung Eigentümer
[[AZ:WA-26-0641]]       | anonym                        | [[STR:Florastraße 201]] (gesamtes Haus)      | [[P:Cüneyt Arslan]] (privat)           | Überbelegung? 14 Personen in 3 Whg.         | Prüfung Melderegister

Bearbeitung: [[P:Kowalski-Thiel]] / [[P:Hamacher]]; Fristen siehe Fachverfahren. Vonovia: zentrale Mängelhotline wurde informiert.
""",
    keep=[
        "Wohnungsaufsicht (WAG NRW)",
        "Vonovia SE",
        "Hausverwaltung Emscher GbR",
        "Ortstermin mit Feuerwehr",
        "zentrale Mängelhotline",
    ],
)

# 70 -- sample check of Kita fee incomes: contribution numbers, Steuer-ID, income bands
pii(
    "table",
    f"""
Stadt Dortmund · FABIDO / Elternbeiträge · Stichprobe Einkommensprüfung 2026 (Los 3 von 8)
Prüfer/in: [[P:Hülsmann]] · Abgleich mit Einkommensteuerbescheiden 2024 · Stand 18.11.2026

Beitragsnr.    | Beitragspflichtige/r           | Kind(er)               | erkl. Stufe | Nachweis           | Ergebnis
---------------|--------------------------------|------------------------|-------------|--------------------|------------------------------
[[AZ:FB-EB-40731]]    | [[P:Ramadani, Besnik]] u. [[P:Arta]]         | [[P:Elona]] ([[DOB:2022]])           | 3           | ESt-Bescheid       | bestätigt
[[AZ:FB-EB-40766]]    | [[P:Hoffmeister, Julia]] (allein)     | [[P:Frieda]] ([[DOB:2021]]), [[P:Carl]] ([[DOB:2023]]) | 5           | Lohnsteuerbesch.   | Stufe 6 (Nachford. 312 €)
[[AZ:FB-EB-40802]]    | [[P:Nguyễn, Văn Hùng]] u. [[P:Thị Lan]]      | [[P:Bảo Anh]] ([[DOB:2020]])         | 2           | ESt-Bescheid       | bestätigt
[[AZ:FB-EB-40815]]    | [[P:Szulc, Marta]]                    | [[P:Kuba]] ([[DOB:2022]])            | 1           | fehlt              | Erinnerung 2 raus
[[AZ:FB-EB-40849]]    | [[P:Overkamp, Jens]] u. [[P:Tanja]]           | [[P:Ole]] ([[DOB:2019]])             | 7           | ESt-Bescheid       | bestätigt

Rückfrage zu [[AZ:FB-EB-40815]]: Frau [[P:Szulc]] gibt an, dass der Steuerbescheid noch nicht vorliegt; Steuer-ID
laut Antrag [[TAX:{TAX_T05}]], Anfrage beim Finanzamt Dortmund-Ost vorbereitet. Telefon [[TEL:0231 1 89 44 07]].
Legende Stufen: 1 = bis 25.000 €, 2 = bis 37.000 €, 3 = bis 49.000 €, 5 = bis 75.000 €, 6 = bis 100.000 €, 7 = über 100.000 €
""",
    keep=[
        "FABIDO / Elternbeiträge",
        "Stichprobe Einkommensprüfung 2026 (Los 3 von 8)",
        "Finanzamt Dortmund-Ost",
        "Legende Stufen: 1 = bis 25.000 €",
        "Lohnsteuerbesch.",
    ],
)


# ---------------------------------------------------------------------------------------------
# PII-free documents
# ---------------------------------------------------------------------------------------------

# 1 -- council minutes: functions only, council papers, votes
clean(
    "council_minutes",
    """
Niederschrift über die 23. Sitzung des Rates der Stadt Herne
am Dienstag, 22.09.2026, 15:00 Uhr bis 19:42 Uhr, Ratssaal, Rathaus Herne, Friedrich-Ebert-Platz 2

Vorsitz: der Oberbürgermeister
Anwesend: 56 von 63 Ratsmitgliedern (Anwesenheitsliste als Anlage 1), Verwaltung: der Stadtdirektor,
die Beigeordneten für Bildung und Kultur sowie für Umwelt und Stadtentwicklung, der Kämmerer
Schriftführung: Büro für Ratsangelegenheiten

TOP 1  Eröffnung, Feststellung der ordnungsgemäßen Einladung und der Beschlussfähigkeit
Der Oberbürgermeister eröffnet die Sitzung und stellt die ordnungsgemäße Einladung sowie die
Beschlussfähigkeit fest. Die Tagesordnung wird um den Dringlichkeitsantrag Drucksache 2026/0617
(Förderantrag Sportpark Eickel) ergänzt.

TOP 4  Einwohnerfragestunde
Eine Einwohnerin aus Sodingen fragt nach dem Zeitplan für die Sanierung der Akademie Mont-Cenis.
Die Beigeordnete für Umwelt und Stadtentwicklung sagt eine schriftliche Beantwortung zu.

TOP 7  Bebauungsplan Nr. 241 „Wohnen an der Emscher“ – Satzungsbeschluss (Drucksache 2026/0544)
Ein Ratsmitglied der Fraktion Bündnis 90/Die Grünen beantragt, die Zahl der Stellplätze je
Wohneinheit auf 0,7 zu senken. Der Änderungsantrag wird mit 21 Ja-Stimmen, 33 Nein-Stimmen und
2 Enthaltungen abgelehnt. Beschluss: mehrheitlich gemäß Vorlage (gegen die Stimmen der Fraktion
Die Linke).

TOP 9  Haushaltsplanentwurf 2027 – Einbringung
Der Kämmerer bringt den Entwurf ein (Defizit im Ergebnisplan 18,4 Mio. Euro; Hebesatz Gewerbesteuer
unverändert 480 %). Die Beratung erfolgt in den Fachausschüssen; Verabschiedung am 15.12.2026.

TOP 12 Benennung des Platzes vor der Stadtbibliothek in „Heinrich-Heine-Platz“ (Drucksache 2026/0588)
Beschluss: einstimmig.

Der Oberbürgermeister                                          Die Schriftführerin
""",
    keep=[
        "Ratssaal, Rathaus Herne, Friedrich-Ebert-Platz 2",
        "Drucksache 2026/0617",
        "Bebauungsplan Nr. 241 „Wohnen an der Emscher“",
        "Hebesatz Gewerbesteuer\nunverändert 480 %",
        "Heinrich-Heine-Platz",
        "Der Oberbürgermeister",
    ],
)

# 2 -- minutes of a district council: functions, petitions, no private names
clean(
    "council_minutes",
    """
Bezirksvertretung Bochum-Mitte – Niederschrift der öffentlichen Sitzung vom 15.10.2026
Ort: Sitzungsraum 2.64, Rathaus, Willy-Brandt-Platz 2–6 · Beginn 16:00 Uhr · Ende 18:15 Uhr

Vorsitz: die Bezirksbürgermeisterin · Anwesend: 17 Mitglieder der Bezirksvertretung, Vertreterinnen
und Vertreter des Tiefbauamts, des Amtes für Stadtplanung und Wohnen und der BOGESTRA

1. Mitteilungen der Verwaltung
Das Tiefbauamt berichtet zur Baustelle Hattinger Straße (Kanalsanierung zwischen Bergstraße und
Königsallee). Die Vollsperrung wird voraussichtlich am 20.11.2026 aufgehoben. Die Umleitung der
Linie 308/318 bleibt bis dahin bestehen.

2. Anregung nach § 24 GO NRW: Tempo 30 vor der Grundschule an der Hofsteder Straße (Vorlage 20262177)
Die Anregung einer Elterninitiative wird vorgestellt. Die Verwaltung empfiehlt, Tempo 30 in der Zeit
von 7 bis 17 Uhr anzuordnen. Beschluss: einstimmig.

3. Bezirksmittel 2026 – Zuschüsse
a) Kinderzirkus „Rucksack“ e. V. – Zuschuss für Manegenteppich 2.400 Euro – einstimmig
b) Förderverein der Gräfin-Imma-Schule – Schulgarten 1.150 Euro – einstimmig
c) Ruhr-Universität, Fachschaft Geschichte – Stolperstein-Rundgang Innenstadt 600 Euro – mehrheitlich

4. Anfrage der SPD-Fraktion zur Beleuchtung des Kortumparks (Anfrage 20262190)
Die Verwaltung antwortet, dass 14 zusätzliche LED-Leuchten im ersten Quartal 2027 installiert werden.
Ein Mitglied der CDU-Fraktion bittet um Prüfung zusätzlicher Videoüberwachung am Eingang Wittener
Straße. Die Verwaltung prüft und berichtet in der nächsten Sitzung.

Die Bezirksbürgermeisterin schließt die Sitzung um 18:15 Uhr.
Für die Richtigkeit: die Schriftführerin (Bezirksverwaltungsstelle Mitte)
""",
    keep=[
        "Sitzungsraum 2.64, Rathaus, Willy-Brandt-Platz 2–6",
        "Vorlage 20262177",
        "Gräfin-Imma-Schule",
        "Kinderzirkus „Rucksack“ e. V.",
        "Stolperstein-Rundgang Innenstadt",
        "die Bezirksbürgermeisterin",
    ],
)

# 3 -- press release: square renamed, foundation funding, school named after a person
clean(
    "press_release",
    """
Pressemitteilung der Stadt Gelsenkirchen – Nr. 412/2026 – 28.10.2026

Heinrich-König-Platz: Umgestaltung startet im Januar – Stiftung fördert Wasserspiel

Die Neugestaltung des Heinrich-König-Platzes in der Gelsenkirchener Altstadt beginnt im Januar 2027.
Bis zum Sommer 2028 entstehen neue Sitzstufen, 32 zusätzliche Bäume und ein bodengleiches
Wasserspiel. Die Gesamtkosten liegen bei 6,9 Millionen Euro; 70 Prozent trägt das Städtebauförder-
programm „Lebendige Zentren“. Das Wasserspiel wird mit 450.000 Euro von der Brost-Stiftung gefördert.

Während der Bauzeit wird der Wochenmarkt auf den Neumarkt verlegt. Die Zugänge zur Propsteikirche
St. Augustinus und zum Hans-Sachs-Haus bleiben jederzeit offen. Die Straßenbahnhaltestelle
„Heinrich-König-Platz“ der Linien 107 und 302 wird für drei Monate an die Ebertstraße verlegt.

Schülerinnen und Schüler der Gesamtschule Berger Feld und des Ricarda-Huch-Gymnasiums haben im
Rahmen eines Beteiligungsprojekts Entwürfe für die Spielelemente eingereicht; zwei davon werden
umgesetzt.

Eine Informationsveranstaltung für Anliegerinnen und Anlieger findet am Dienstag, 24.11.2026, um
18 Uhr im Wissenschaftspark, Munscheidstraße 14, statt. Die Pläne sind ab sofort unter
www.gelsenkirchen.de/koenigsplatz einsehbar.

Kontakt für die Medien: Pressestelle der Stadt Gelsenkirchen, Telefon 0209 169-2300,
pressestelle@gelsenkirchen.de
""",
    keep=[
        "Heinrich-König-Platz",
        "Brost-Stiftung",
        "Ricarda-Huch-Gymnasiums",
        "Wissenschaftspark, Munscheidstraße 14",
        "Telefon 0209 169-2300",
        "Propsteikirche\nSt. Augustinus",
    ],
)

# 4 -- press release: school renaming and award named after persons
clean(
    "press_release",
    """
Stadt Dortmund · Dortmunder Stadtnachrichten · 05.11.2026

Realschule Eving heißt künftig „Anne-Frank-Realschule“ – Nelly-Sachs-Preis geht nach Hörde

Der Rat der Stadt hat in seiner Sitzung am 29. Oktober der Umbenennung der Städtischen Realschule
Eving in „Anne-Frank-Realschule“ zugestimmt. Die Schulkonferenz hatte den Namen nach einem
zweijährigen Projekt zur Erinnerungskultur vorgeschlagen. Die feierliche Umbenennung findet am
27. Januar 2027, dem Gedenktag für die Opfer des Nationalsozialismus, in der Aula an der
Süggelstraße statt.

Den mit 15.000 Euro dotierten Nelly-Sachs-Preis der Stadt Dortmund erhält in diesem Jahr das
Theaterkollektiv „Hörder Bühne“ für sein Projekt mit Jugendlichen aus 14 Nationen. Die Preisverleihung
findet am 6. Dezember im Dietrich-Keuning-Haus, Leopoldstraße 50–58, statt. Die Laudatio hält die
Vorsitzende der Jury, eine Professorin der Technischen Universität Dortmund.

Außerdem wird die Fritz-Henßler-Berufskolleg-Bibliothek ab Januar für die Öffentlichkeit geöffnet
(Mo–Do 14–18 Uhr). Die Stadt- und Landesbibliothek am Max-von-der-Grün-Platz übernimmt die
Katalogisierung.

Pressekontakt: Dortmund-Agentur, Friedensplatz 5, 44135 Dortmund, Telefon 0231 50-2 21 77,
presse@stadtdo.de
""",
    keep=[
        "Anne-Frank-Realschule",
        "Nelly-Sachs-Preis",
        "Dietrich-Keuning-Haus, Leopoldstraße 50–58",
        "Max-von-der-Grün-Platz",
        "Friedensplatz 5, 44135 Dortmund",
    ],
)

# 5 -- press release: foundation, museum and hall named after persons; switchboards
clean(
    "press_release",
    """
Pressemitteilung – Stadt Bochum, Referat für Kommunikation – 19.08.2026

Kulturabend im Anneliese Brost Musikforum Ruhr: Bochumer Symphoniker eröffnen die Saison

Mit Werken der Wiener Klassik, der Spätromantik und einer Uraufführung eröffnen die Bochumer Symphoniker am
Freitag, 11. September 2026, um 19:30 Uhr im Anneliese Brost Musikforum Ruhr, Marienplatz 1, die
Konzertsaison 2026/27. Der Abend wird von der Alfried Krupp von Bohlen und Halbach-Stiftung
unterstützt. Karten gibt es ab 12 Euro an der Theaterkasse im Musikforum und unter
www.bochumer-symphoniker.de; Schülerinnen, Schüler und Studierende zahlen 6 Euro.

Am Samstag öffnet zudem das Kunstmuseum Bochum seine neue Ausstellung „Zeche, Zirkus, Zukunft“
mit Leihgaben aus dem Emil-Schumacher-Museum in Hagen und dem Museum Folkwang in Essen. Für
Familien gibt es am Sonntag Führungen im Zweistundentakt. Das Museum an der Kortumstraße 147 ist
dienstags bis sonntags von 10 bis 17 Uhr, mittwochs bis 20 Uhr geöffnet.

Wegen der Veranstaltungen wird die Viktoriastraße zwischen Südring und Marienplatz am 11. September
ab 17 Uhr für den Durchgangsverkehr gesperrt. Die Stadt empfiehlt die Anreise mit der U35
(Haltestelle Rathaus Süd) oder den Linien 308/318 (Haltestelle Schauspielhaus).

Rückfragen: Referat für Kommunikation, Telefon 0234 910-3030, kommunikation@bochum.de
""",
    keep=[
        "Anneliese Brost Musikforum Ruhr, Marienplatz 1",
        "Alfried Krupp von Bohlen und Halbach-Stiftung",
        "Emil-Schumacher-Museum",
        "Kortumstraße 147",
        "Telefon 0234 910-3030",
    ],
)

# 6 -- public notice: public display of a development plan
clean(
    "public_notice",
    """
Amtsblatt der Stadt Bochum Nr. 44 vom 06.11.2026

Öffentliche Bekanntmachung
Bebauungsplan Nr. 1019 – Kleine Weststraße / Josef-Neuberger-Straße –
hier: Öffentliche Auslegung gemäß § 3 Abs. 2 BauGB

Der Ausschuss für Planung und Grundstücke hat in seiner Sitzung am 22.10.2026 die öffentliche
Auslegung des Entwurfs des Bebauungsplans Nr. 1019 beschlossen. Das Plangebiet liegt im Stadtbezirk
Mitte und wird begrenzt im Norden durch die Kleine Weststraße, im Osten durch die Josef-Neuberger-
Straße, im Süden durch den Westring und im Westen durch die Bebauung an der Alleestraße.

Ziel der Planung ist die Entwicklung eines urbanen Gebiets mit Wohnungen, Büros und einer
Kindertageseinrichtung mit sechs Gruppen auf dem Gelände des ehemaligen Justizzentrums.

Der Entwurf mit Begründung und Umweltbericht sowie die wesentlichen, bereits vorliegenden
umweltbezogenen Stellungnahmen liegen in der Zeit
vom 16.11.2026 bis einschließlich 18.12.2026
im Technischen Rathaus, Hans-Böckler-Straße 19, 44777 Bochum, Foyer Erdgeschoss, während der
Dienststunden (Mo–Do 8–16 Uhr, Fr 8–13 Uhr) öffentlich aus und sind zusätzlich im Internet unter
www.bochum.de/bebauungsplaene sowie im zentralen Landesportal Bauleitplanung NRW einsehbar.

Stellungnahmen können während der Auslegungsfrist elektronisch an bauleitplanung@bochum.de,
schriftlich oder zur Niederschrift abgegeben werden. Nicht fristgerecht abgegebene Stellungnahmen
können bei der Beschlussfassung unberücksichtigt bleiben (§ 4a Abs. 5 BauGB).

Bochum, den 28.10.2026
Der Oberbürgermeister
""",
    keep=[
        "Bebauungsplan Nr. 1019",
        "Josef-Neuberger-Straße",
        "§ 3 Abs. 2 BauGB",
        "Hans-Böckler-Straße 19, 44777 Bochum",
        "bauleitplanung@bochum.de",
    ],
)

# 7 -- general ruling (Allgemeinverfügung): glass ban at a Christmas market / New Year
clean(
    "public_notice",
    """
Allgemeinverfügung der Stadt Dortmund
über ein Glasflaschen- und Pyrotechnikverbot im Bereich des Weihnachtsmarkts und der City
zum Jahreswechsel 2026/2027

Auf Grundlage des § 14 Abs. 1 des Ordnungsbehördengesetzes NRW (OBG NRW) in Verbindung mit § 24
Abs. 1 der Ersten Verordnung zum Sprengstoffgesetz (1. SprengV) erlässt die Stadt Dortmund als
örtliche Ordnungsbehörde folgende Allgemeinverfügung:

1. Im Zeitraum vom 31.12.2026, 18:00 Uhr, bis 01.01.2027, 06:00 Uhr, ist im Geltungsbereich das
   Mitführen und Benutzen von Glasflaschen und Gläsern sowie das Abbrennen von pyrotechnischen
   Gegenständen der Kategorie F2 verboten.
2. Der Geltungsbereich umfasst den Bereich innerhalb des Wallrings einschließlich Hansaplatz,
   Alter Markt, Friedensplatz und Reinoldikirchplatz sowie die Katharinentreppen am Hauptbahnhof
   (Karte in Anlage 1).
3. Ausgenommen sind Gastronomiebetriebe innerhalb ihrer genehmigten Außenflächen.
4. Die sofortige Vollziehung wird nach § 80 Abs. 2 Satz 1 Nr. 4 VwGO angeordnet.
5. Zuwiderhandlungen können nach § 17 OBG NRW als Ordnungswidrigkeit mit einem Bußgeld von bis
   zu 1.000 Euro geahndet werden.

Die Allgemeinverfügung gilt am Tag nach ihrer Bekanntmachung als bekannt gegeben. Die Begründung
kann im Ordnungsamt, Olpe 1, 44135 Dortmund, Zimmer 214, eingesehen werden.

Rechtsbehelfsbelehrung: Gegen diese Allgemeinverfügung kann innerhalb eines Monats nach
Bekanntgabe Klage beim Verwaltungsgericht Gelsenkirchen, Bahnhofsvorplatz 3, 45879 Gelsenkirchen,
erhoben werden.

Dortmund, 20.11.2026
Der Oberbürgermeister – Ordnungsamt
""",
    keep=[
        "§ 14 Abs. 1 des Ordnungsbehördengesetzes NRW",
        "Kategorie F2",
        "Katharinentreppen am Hauptbahnhof",
        "Olpe 1, 44135 Dortmund, Zimmer 214",
        "Bahnhofsvorplatz 3, 45879 Gelsenkirchen",
    ],
)

# 8 -- public notice: meeting of a district council, agenda with council papers
clean(
    "public_notice",
    """
Bekanntmachung
Sitzung der Bezirksvertretung Gelsenkirchen-Nord

Die 19. Sitzung der Bezirksvertretung Gelsenkirchen-Nord findet statt am
Donnerstag, dem 03.12.2026, um 16:00 Uhr
im Sitzungssaal der Bezirksverwaltungsstelle Buer, Goldbergstraße 12, 45894 Gelsenkirchen.

Tagesordnung – öffentlicher Teil
1.  Eröffnung der Sitzung und Feststellung der Beschlussfähigkeit
2.  Einwohnerfragestunde
3.  Neubau der Kindertageseinrichtung Mühlenstraße – Sachstand (Drucksache 20-25/7714)
4.  Verkehrsberuhigung im Bereich der Gesamtschule Buer-Mitte und der Grundschule Lindenstraße
    (Drucksache 20-25/7731)
5.  Benennung einer Grünfläche in Scholven in „Käthe-Kollwitz-Park“ (Drucksache 20-25/7740)
6.  Vergabe von Bezirksmitteln 2026, 3. Tranche (Drucksache 20-25/7752)
7.  Mitteilungen der Verwaltung: Bürgerbefragung Bahnhofsumfeld Buer-Nord
8.  Anfragen der Fraktionen

Nichtöffentlicher Teil
9.  Grundstücksangelegenheiten (Drucksache 20-25/7760)

Die Sitzungsunterlagen sind im Ratsinformationssystem unter ratsinfo.gelsenkirchen.de abrufbar.
Der Sitzungssaal ist barrierefrei erreichbar; eine Induktionsschleife ist vorhanden.

Gelsenkirchen, 19.11.2026
Die Bezirksbürgermeisterin
""",
    keep=[
        "Bezirksverwaltungsstelle Buer, Goldbergstraße 12, 45894 Gelsenkirchen",
        "Drucksache 20-25/7714",
        "Käthe-Kollwitz-Park",
        "ratsinfo.gelsenkirchen.de",
        "Induktionsschleife",
    ],
)

# 9 -- event listing of a cultural centre; venues named after persons, ensembles only
clean(
    "event_listing",
    """
Veranstaltungskalender Herne – Dezember 2026 (Auszug, Stand 25.11.2026)

Di 01.12. | 19:30 | Kulturzentrum Herne, Berliner Platz 11
          | „Ruhrpott-Weihnacht“ – Kabarett mit dem Ensemble Kohlenpott-Revue | VVK 18 €, AK 21 €
Do 03.12. | 16:00 | Stadtbibliothek im Kulturzentrum, Kinderbereich
          | Bilderbuchkino „Der kleine Eisbär“ (ab 4 J.), Eintritt frei, Anmeldung 02323 16-2805
Sa 05.12. | 11:00–18:00 | Flottmann-Hallen, Straße des Bohrhammers 5
          | Kunsthandwerkermarkt mit 60 Ausstellenden, Glühwein vom Förderverein
So 06.12. | 15:00 | Schloss Strünkede, Karl-Brandt-Weg 5 (Emschertal-Museum)
          | Familienführung „Ritter, Räuber, Weihnachtsgans“ – 4 €, Kinder frei
Mi 09.12. | 19:00 | Akademie Mont-Cenis, Mont-Cenis-Platz 1
          | Vortragsreihe „Zechen und Zukunft“: Vom Förderturm zum Energiepark – Referat der Emschergenossenschaft
Fr 11.12. | 20:00 | Kulturzentrum Herne, Großer Saal
          | Weihnachtskonzert der Jungen Philharmonie Herne und des Chors der Otto-Hahn-Realschule
Sa 12.12. | 10:00 | Revierpark Gysenberg, Eingang Am Ruhmbach
          | Winterwanderung mit dem Heimatverein Sodingen (ca. 8 km)
So 20.12. | 17:00 | Kreuzkirche, Bebelstraße
          | Offenes Singen mit dem Posaunenchor Herne-Mitte, Kollekte für die Herner Tafel

Alle Angaben ohne Gewähr. Tickets im Stadtmarketing-Shop, Kirchhofstraße 5, Telefon 02323 91 90 50,
und unter www.herne.de/kultur.
""",
    keep=[
        "Kulturzentrum Herne, Berliner Platz 11",
        "Flottmann-Hallen, Straße des Bohrhammers 5",
        "Schloss Strünkede, Karl-Brandt-Weg 5",
        "Otto-Hahn-Realschule",
        "Telefon 02323 91 90 50",
    ],
)

# 10 -- event listing of adult education and library (courses, rooms, no lecturers' names)
clean(
    "event_listing",
    """
VHS Gelsenkirchen · Bildungszentrum, Ebertstraße 19 · Programm Januar 2027 (Auswahl)

Kurs-Nr.   Titel                                         Beginn       Termine  Ort / Raum                 Entgelt
27A-1102   Einbürgerungstest – Vorbereitungskurs         11.01.2027   6 x Mo   Bildungszentrum, R. 2.14  48,00 €
27A-1140   Deutsch B1 – Prüfungstraining DTZ             12.01.2027   10 x Di  Bildungszentrum, R. 3.02  89,00 €
27B-2210   Excel für Vereinskassen                       14.01.2027   3 x Do   EDV-Raum 1.07             54,00 €
27C-3015   Kochen wie in Neapel: Pasta, Pizza Margherita 16.01.2027   1 x Sa   Lehrküche Buer, Horster Str. 6  32,00 € + Lebensm.
27C-3031   Brotbacken mit Sauerteig                      23.01.2027   1 x Sa   Lehrküche Buer            29,00 €
27D-4120   Smartphone-Sprechstunde 60+                   jeden Mi     offen    Stadtbibliothek, Ebertstr. 19  kostenfrei
27E-5007   Stadtgeschichte: Von Schalke zur Zeche Nordstern 30.01.2027 1 x Sa  Treffpunkt Nordsternturm 12,00 €

Anmeldung: online unter www.vhs-gelsenkirchen.de, telefonisch 0209 169-2121 (Mo–Fr 9–12 Uhr)
oder persönlich im Servicebüro. Ermäßigung für Inhaberinnen und Inhaber der Ehrenamtskarte NRW
und des GE-Passes (50 %). Rücktritt bis 7 Tage vor Kursbeginn kostenfrei.
""",
    keep=[
        "Einbürgerungstest – Vorbereitungskurs",
        "Pizza Margherita",
        "Lehrküche Buer, Horster Str. 6",
        "telefonisch 0209 169-2121",
        "Ehrenamtskarte NRW",
    ],
)

# 11 -- firm directory of a business park with HRB numbers and switchboards
clean(
    "directory",
    """
Wirtschaftsförderung Dortmund – Firmenverzeichnis Technologiepark Dortmund (Auszug, Stand 10/2026)

Unternehmen                              Anschrift                   Register                 Branche                      Zentrale
Campus IT Services GmbH                  Emil-Figge-Straße 76        AG Dortmund HRB 21344    IT-Dienstleistungen          0231 70 00-0
Hoesch & Kaltenbach Sensorik GmbH        Joseph-von-Fraunhofer-Str. 20  AG Dortmund HRB 30881  Messtechnik              0231 97 42-100
Brennecke Logistik Consult GmbH          Otto-Hahn-Straße 19         AG Dortmund HRB 27715    Logistikberatung             0231 5 86 12-0
Ruhrdata Software AG                     Vogelpothsweg 80            AG Dortmund HRB 14020    Software                     0231 55 99-0
Fraunhofer-Institut für Materialfluss und Logistik (IML)  Joseph-von-Fraunhofer-Str. 2–4  –  Forschung              0231 97 43-0
Dr. Overbeck Medizintechnik GmbH & Co. KG  Martin-Schmeißer-Weg 9    AG Dortmund HRA 17207    Medizintechnik               0231 7 25 48-0
Startercenter im TZDO                    Emil-Figge-Straße 80        –                        Gründungsberatung            0231 97 42-160

Freie Büroflächen: 1.200 m² im Gebäude Emil-Figge-Straße 80 (ab 01/2027), Anfragen an
wirtschaftsfoerderung@dortmund.de oder Telefon 0231 50-2 22 22.
""",
    keep=[
        "AG Dortmund HRB 21344",
        "Hoesch & Kaltenbach Sensorik GmbH",
        "Dr. Overbeck Medizintechnik GmbH & Co. KG",
        "Martin-Schmeißer-Weg 9",
        "wirtschaftsfoerderung@dortmund.de",
    ],
)

# 12 -- opening hours of the citizens' offices with public addresses and phone numbers
clean(
    "office_hours",
    """
Bürgerbüros der Stadt Bochum – Öffnungszeiten und Erreichbarkeit (gültig ab 01.01.2027)

Bürgerbüro Mitte
Rathaus, Willy-Brandt-Platz 2–6, 44777 Bochum (Eingang Rathausplatz, barrierefrei über Aufzug B)
Mo, Di 8:00–16:00 · Mi 8:00–13:00 · Do 8:00–18:00 · Fr 8:00–12:30 · jeden 1. Sa im Monat 9:00–12:00

Bürgerbüro Wattenscheid
Bezirksverwaltungsstelle, Freiheitstraße 16, 44866 Bochum
Mo, Di, Do 8:00–15:30 · Mi, Fr 8:00–12:30

Bürgerbüro Langendreer
Amtshaus, Alte Bahnhofstraße 54, 44892 Bochum · Mo–Fr 8:00–12:30, Do zusätzlich 14:00–17:30

Bürgerbüro Querenburg (im Uni-Center)
Querenburger Höhe 256, 44801 Bochum · Di, Do 8:00–15:30

Termine: online unter www.bochum.de/termine oder über die Behördennummer 115 (Mo–Fr 7–19 Uhr).
Ohne Termin: nur Abholung fertiger Dokumente (Ausweise, Pässe) und Abgabe von Fundsachen.
Zentrale Rufnummer Bürgerbüros: 0234 910-1055 · E-Mail: buergerbuero@bochum.de
Fax für Melderegisterauskünfte von Firmen und Kanzleien: 0234 910-1099

Bitte bringen Sie zur An- oder Ummeldung den Personalausweis oder Reisepass aller umziehenden
Personen und die Wohnungsgeberbestätigung mit. Kartenzahlung ist an allen Standorten möglich.
Am 24. und 31.12. sowie am Rosenmontag bleiben die Bürgerbüros geschlossen.
""",
    keep=[
        "Willy-Brandt-Platz 2–6, 44777 Bochum",
        "Freiheitstraße 16, 44866 Bochum",
        "Querenburger Höhe 256, 44801 Bochum",
        "Behördennummer 115",
        "0234 910-1055",
    ],
)

# 13 -- office hours and contacts page of several offices (functional mailboxes only)
clean(
    "office_hours",
    """
Stadt Herne – So erreichen Sie uns (Servicezeiten Fachbereiche, Stand November 2026)

Fachbereich / Stelle                Adresse                              Telefon          E-Mail                          Sprechzeiten
Bürgerbüro Herne-Mitte              Friedrich-Ebert-Platz 2              02323 16-2200    buergerbuero@herne.de          Mo–Fr 8–13, Do 14–17.30
Bürgerbüro Wanne                    Rathausstraße 6, 44649 Herne         02323 16-2250    buergerbuero-wanne@herne.de    Mo, Mi, Fr 8–12.30
Standesamt                          Friedrich-Ebert-Platz 2, 1. OG       02323 16-2340    standesamt@herne.de            nach Terminvereinbarung
Gewerbe / Gaststätten               Langekampstraße 36                   02323 16-2640    gewerbe@herne.de               Di, Do 8–12
Steueramt (Hundesteuer, Grundst.)  Friedrich-Ebert-Platz 2, Zi. 2.31    02323 16-2170    steueramt@herne.de             Mo–Do 8–12
Wohngeldstelle                      Rathaus Wanne, Raum 2.10–2.16        02323 16-3530    wohngeld@herne.de              Mo, Di 8–12, Do 14–17
Ausländerbehörde                    Hauptstraße 241                      02323 16-3300    auslaenderbehoerde@herne.de    nur mit Termin
Straßenverkehrsbehörde              Langekampstraße 36                   02323 16-2711    strassenverkehr@herne.de       Mo–Fr 8–12

Telefonzentrale 02323 16-0 · Behördennummer 115 · Postanschrift: Stadt Herne, Postfach 10 18 20, 44621 Herne
Bitte geben Sie bei allen Anfragen Ihr Aktenzeichen oder Kassenzeichen an. Unterlagen können Sie
auch in den Hausbriefkasten am Rathaus Herne und am Rathaus Wanne einwerfen.
""",
    keep=[
        "buergerbuero-wanne@herne.de",
        "Rathausstraße 6, 44649 Herne",
        "Telefonzentrale 02323 16-0",
        "Postfach 10 18 20, 44621 Herne",
        "02323 16-3530",
    ],
)

# 14 -- fee schedule of the citizens' office
clean(
    "fee_schedule",
    """
Gebührenübersicht Bürgerbüro (Auszug aus der Allgemeinen Verwaltungsgebührensatzung und Bundesrecht)
Stand: 01.07.2026 – Stadt Gelsenkirchen

Leistung                                                        Gebühr       Rechtsgrundlage
Personalausweis (ab 24 Jahre, 10 Jahre gültig)                  37,00 €      § 1 PAuswGebV
Personalausweis (unter 24 Jahre, 6 Jahre gültig)                22,80 €      § 1 PAuswGebV
Vorläufiger Personalausweis                                     10,00 €      § 1 PAuswGebV
Reisepass (ab 24 Jahre, 32 Seiten)                              70,00 €      § 15 PassV
Reisepass Expressverfahren, Zuschlag                            32,00 €      § 15 PassV
Kinderreisepass / Verlängerung                                  13,00 € / 6,00 €   § 15 PassV
Meldebescheinigung (einfach / erweitert)                        10,00 €      Tarifstelle 5.1 AVGebS
Einfache Melderegisterauskunft (schriftlich / online)           10,00 € / 7,00 €   Tarifstelle 5.3 AVGebS
Beglaubigung einer Kopie (je Seite)                              5,00 €      Tarifstelle 1.2 AVGebS
Führungszeugnis (Belegart N, O)                                 13,00 €      JVKostO, Nr. 1130
Anmeldung, Ummeldung, Abmeldung                                 gebührenfrei § 10 BMG
Gewerbeanmeldung / Ummeldung / Abmeldung                        26,00 € / 20,00 € / 15,00 €   Tarifstelle 7.1 AVGebS

Zahlung: EC-/Girocard, Kreditkarte, Apple/Google Pay. Barzahlung nur am Kassenautomaten im Foyer.
Gebührenbefreiung auf Antrag für Empfängerinnen und Empfänger von Bürgergeld und Grundsicherung
(außer Pass- und Ausweisgebühren, diese können ermäßigt werden, § 1 Abs. 6 PAuswGebV).
""",
    keep=[
        "§ 1 PAuswGebV",
        "Tarifstelle 5.3 AVGebS",
        "JVKostO, Nr. 1130",
        "Kassenautomaten im Foyer",
        "gebührenfrei § 10 BMG",
    ],
)

# 15 -- fee schedule for special use of public roads
clean(
    "fee_schedule",
    """
Anlage zur Sondernutzungssatzung der Stadt Dortmund – Gebührentarif (Stand 01.01.2026)

Tarif-Nr.  Art der Sondernutzung                                              Zone I (City)   Zone II    Zone III
1.1        Tische und Stühle der Außengastronomie, je m² und Monat            3,50 €          2,20 €     1,40 €
1.2        Warenauslagen, Verkaufsständer, je m² und Monat                    6,00 €          3,50 €     2,00 €
2.1        Baustelleneinrichtung, Gerüste, Container, je m² und Woche         1,60 €          1,10 €     0,80 €
2.2        Umzugscontainer / Halteverbot für Umzug, je Tag (pauschal)          25,00 €         25,00 €    25,00 €
3.1        Werbeträger (Kundenstopper), je Stück und Monat                    15,00 €         10,00 €    6,00 €
3.2        Plakatierung für Veranstaltungen, je Plakat und Woche              1,00 €          1,00 €     1,00 €
4.1        Informationsstände politischer Parteien und gemeinnütziger Vereine gebührenfrei
5.1        Verwaltungsgebühr je Erlaubnis (zusätzlich)                       30,00 € bis 150,00 €

Hinweise:
– Zone I umfasst die Innenstadt innerhalb des Wallrings einschließlich Westen- und Ostenhellweg,
  Zone II die Stadtbezirkszentren, Zone III das übrige Stadtgebiet.
– Die Mindestgebühr beträgt 10,00 € je Erlaubnis.
– Sondernutzungen an Landes- und Bundesstraßen in der Ortsdurchfahrt werden nach denselben
  Sätzen berechnet (§ 18 StrWG NRW, § 8 FStrG).
Anträge: Tiefbauamt, Abteilung Sondernutzungen, Königswall 14, 44137 Dortmund,
sondernutzung@dortmund.de, Telefon 0231 50-2 61 00.
""",
    keep=[
        "Tarif-Nr.  Art der Sondernutzung",
        "Umzugscontainer / Halteverbot für Umzug",
        "§ 18 StrWG NRW, § 8 FStrG",
        "Königswall 14, 44137 Dortmund",
        "sondernutzung@dortmund.de",
    ],
)

# 16 -- statute excerpt: dog tax with § references
clean(
    "statute",
    """
Satzung über die Erhebung der Hundesteuer in der Stadt Herne (Hundesteuersatzung)
vom 14.12.2021 in der Fassung der 3. Änderungssatzung vom 10.12.2025

§ 1 Steuergegenstand
Gegenstand der Steuer ist das Halten von Hunden im Stadtgebiet.

§ 2 Steuerpflicht, Haftung
(1) Steuerpflichtig ist die Hundehalterin oder der Hundehalter. Hundehalter ist, wer einen Hund in
seinen Haushalt oder seinen Wirtschaftsbetrieb für Zwecke der persönlichen Lebensführung
aufgenommen hat. (2) Halten mehrere Personen gemeinsam einen Hund, so sind sie Gesamtschuldner.

§ 3 Steuersatz
(1) Die Steuer beträgt jährlich
a) wenn von einer Person oder mehreren Personen gemeinsam nur ein Hund gehalten wird,   156,00 €
b) wenn zwei Hunde gehalten werden, je Hund                                              192,00 €
c) wenn drei oder mehr Hunde gehalten werden, je Hund                                     228,00 €
(2) Für gefährliche Hunde im Sinne des § 3 LHundG NRW und Hunde bestimmter Rassen im Sinne
des § 10 LHundG NRW beträgt die Steuer jährlich 780,00 € je Hund.

§ 4 Steuerbefreiungen und -ermäßigungen
(1) Steuerbefreiung wird auf Antrag gewährt für Blindenführhunde, Assistenzhunde sowie für Hunde,
die aus einem Tierheim im Stadtgebiet übernommen werden, für die Dauer von zwölf Monaten.
(2) Die Steuer ist auf Antrag um die Hälfte zu ermäßigen für Personen, die Leistungen nach dem
SGB II oder SGB XII beziehen.

§ 7 Meldepflichten
(1) Wer einen Hund anschafft oder mit einem Hund zuzieht, hat ihn innerhalb von zwei Wochen beim
Steueramt anzumelden. (2) Die Hundesteuermarke ist außerhalb der Wohnung gut sichtbar zu tragen.

§ 12 Inkrafttreten
Diese Änderungssatzung tritt am 01.01.2026 in Kraft.
""",
    keep=[
        "3. Änderungssatzung vom 10.12.2025",
        "§ 3 LHundG NRW",
        "780,00 € je Hund",
        "Blindenführhunde, Assistenzhunde",
        "§ 12 Inkrafttreten",
    ],
)

# 17 -- statute excerpt: cemetery statute with fees for graves
clean(
    "statute",
    """
Friedhofssatzung der Stadt Bochum – Auszug (Neufassung vom 18.06.2026, in Kraft seit 01.08.2026)

§ 12 Arten der Grabstätten
(1) Auf den städtischen Friedhöfen werden folgende Grabstätten zur Verfügung gestellt:
a) Reihengrabstätten für Erdbestattungen,
b) Wahlgrabstätten für Erd- und Urnenbestattungen,
c) Urnengemeinschaftsgrabstätten mit und ohne Namensnennung,
d) Baumgrabstätten im Bestattungswald am Hauptfriedhof Freigrafendamm,
e) Grabstätten im Gräberfeld für Sternenkinder.
(2) Ein Anspruch auf Verleihung eines Nutzungsrechts an einer bestimmten Grabstätte besteht nicht.

§ 14 Wahlgrabstätten
(1) Das Nutzungsrecht an einer Wahlgrabstätte wird für 30 Jahre verliehen. Es kann auf Antrag für
die gesamte Grabstätte um mindestens 5 und höchstens 30 Jahre verlängert werden.
(2) Das Nutzungsrecht kann auf eine der in § 15 Abs. 3 genannten Personen übertragen werden; die
Übertragung bedarf der schriftlichen Zustimmung der Friedhofsverwaltung.

§ 21 Ruhezeiten
Die Ruhezeit beträgt für Leichen 25 Jahre, für Aschen 20 Jahre, für Verstorbene bis zum
vollendeten 5. Lebensjahr 15 Jahre.

§ 33 Ordnungswidrigkeiten
Ordnungswidrig handelt, wer vorsätzlich oder fahrlässig entgegen § 6 Abs. 3 Wege mit Fahrzeugen
befährt, ausgenommen Kinderwagen, Rollstühle und Handwagen, oder entgegen § 27 Grabmale ohne
Genehmigung errichtet. Die Ordnungswidrigkeit kann mit einer Geldbuße bis zu 1.000 € geahndet werden.

Friedhofsverwaltung: Blumenfeldstraße 80, 44795 Bochum, Telefon 0234 910-3700,
friedhofsverwaltung@bochum.de
""",
    keep=[
        "Bestattungswald am Hauptfriedhof Freigrafendamm",
        "Gräberfeld für Sternenkinder",
        "§ 15 Abs. 3",
        "Ruhezeit beträgt für Leichen 25 Jahre",
        "Blumenfeldstraße 80, 44795 Bochum",
    ],
)

# 18 -- tender notice with award numbers and public contacts
clean(
    "tender_notice",
    """
Öffentliche Ausschreibung nach § 3 Abs. 2 VOB/A – Stadt Gelsenkirchen, Referat Hochbau und Liegenschaften

Vergabenummer: 2026-65-HB-0417
Maßnahme: Sanierung der Sanitäranlagen und Erneuerung der Trinkwasserinstallation,
Gesamtschule Ückendorf, Bochumer Straße 190, 45886 Gelsenkirchen
Gewerk: Sanitärinstallation (Los 1), Fliesenarbeiten (Los 2)

Art und Umfang: Demontage von 48 WC-Anlagen und 36 Waschtischen, Neuinstallation in Vorwand-
technik, ca. 420 m Trinkwasserleitungen (Edelstahl), Wand- und Bodenfliesen ca. 610 m².
Ausführungsfrist: 29.03.2027 bis 13.08.2027 (Osterferien bis Ende der Sommerferien)

Vergabeunterlagen: kostenfrei und ausschließlich elektronisch über das Vergabemarktplatz NRW
(www.evergabe.nrw.de), Projekt-ID CXS0YYRDC9K.
Angebotsfrist (Eröffnungstermin): 12.01.2027, 10:00 Uhr, Submissionsstelle der Zentralen
Vergabestelle, Hans-Sachs-Haus, Ebertstraße 11, Raum 3.118. Bieter sind nicht zugelassen.
Bindefrist: 12.03.2027
Sicherheiten: Vertragserfüllungsbürgschaft 5 % der Auftragssumme, Mängelansprüche 3 %.
Eignungsnachweise: Eintragung in die Präqualifikationsliste (PQ-VOB) oder Einheitliche
Europäische Eigenerklärung; Nachweis der Eintragung in die Handwerksrolle.

Auskünfte: Zentrale Vergabestelle, Telefon 0209 169-4210, vergabestelle@gelsenkirchen.de
(technische Fragen nur schriftlich über den Vergabemarktplatz).
Nachprüfungsstelle: Vergabekammer Westfalen bei der Bezirksregierung Münster, Albrecht-Thaer-Straße 9,
48147 Münster.
""",
    keep=[
        "Vergabenummer: 2026-65-HB-0417",
        "Gesamtschule Ückendorf, Bochumer Straße 190",
        "Projekt-ID CXS0YYRDC9K",
        "Vergabekammer Westfalen",
        "Albrecht-Thaer-Straße 9",
    ],
)

# 19 -- tender notice for services (cleaning), EU-wide, lots
clean(
    "tender_notice",
    """
Bekanntmachung – Vergabe von Dienstleistungen (EU-weit, offenes Verfahren nach § 15 VgV)

Auftraggeber: Stadt Bochum, Zentrale Dienste – Zentrale Vergabestelle, Willy-Brandt-Platz 2–6,
44777 Bochum, vergabe@bochum.de, Telefon 0234 910-2860
Vergabenummer: ZVS-2026-0193-DL · TED-Referenz 2026/S 214-661402

Gegenstand: Unterhalts- und Glasreinigung in städtischen Gebäuden, Vertragslaufzeit 01.07.2027 bis
30.06.2030 mit Verlängerungsoption um 1 Jahr
Los 1: Schulen im Stadtbezirk Wattenscheid (9 Objekte, ca. 61.000 m² Reinigungsfläche)
Los 2: Kindertageseinrichtungen Süd und Südwest (14 Objekte, ca. 18.500 m²)
Los 3: Verwaltungsgebäude Innenstadt einschließlich Technisches Rathaus und Bildungs- und
       Verwaltungszentrum Gustav-Heinemann-Platz (4 Objekte, ca. 42.000 m²)

Zuschlagskriterien: Preis 60 %, Qualität des Reinigungskonzepts 30 %, Nachhaltigkeit 10 %
Besichtigungstermine (freiwillig): 11. und 12.01.2027, Treffpunkt jeweils Haupteingang der Objekte
Frist für Bieterfragen: 18.01.2027 · Angebotsfrist: 02.02.2027, 11:00 Uhr
Tariftreue: Es gilt das Tariftreue- und Vergabegesetz NRW; Mindestentgelt nach dem
Rahmentarifvertrag Gebäudereinigung.

Die Vergabeunterlagen stehen unter www.evergabe.nrw.de zum Download bereit. Die Kommunikation
erfolgt ausschließlich über den Vergabemarktplatz.
""",
    keep=[
        "Vergabenummer: ZVS-2026-0193-DL",
        "TED-Referenz 2026/S 214-661402",
        "Gustav-Heinemann-Platz",
        "Tariftreue- und Vergabegesetz NRW",
        "vergabe@bochum.de",
    ],
)

# 20 -- release notes of the appointment and intake system; server addresses, tickets
clean(
    "release_notes",
    """
Release Notes – Terminvergabe & Posteingang „BürgerPortal Ruhr“ – Version 4.12.0 (Produktiv ab 18.11.2026)
Betrieb: Kommunales Rechenzentrum, Team Fachverfahren Bürgerdienste

Neue Funktionen
- RUHR-2281: Online-Terminbuchung für „Gewerbeanmeldung mit Beratung“ (30 Minuten) in allen Bürgerbüros.
- RUHR-2294: Eingangsbestätigung per E-Mail enthält jetzt den QR-Code für den Check-in am Kiosk.
- RUHR-2310: Neues Formular „Wohnungsgeberbestätigung (zweisprachig DE/UK)“.

Fehlerbehebungen
- RUHR-2265: Umlaute in Dateinamen von Anhängen führten zum Abbruch des Uploads (Fehler 500).
- RUHR-2279: Doppelte Vorgänge bei Mehrfachklick auf „Absenden“ werden serverseitig verhindert.
- INC-2026-18844: Zeitzone im Kalender-Export (ICS) war eine Stunde verschoben.

Technische Änderungen
- Umstellung der Anwendungsserver buergerportal-app01/02 (10.31.12.21, 10.31.12.22) auf Java 21.
- Load-Balancer-VIP 10.31.12.10 bleibt unverändert; externer Zugang über 193.29.188.40 (Reverse Proxy).
- Datenbank-Cluster pg-bp-01 (10.31.14.5) auf PostgreSQL 16.4 aktualisiert.
- TLS 1.0/1.1 endgültig abgeschaltet, HSTS max-age auf 1 Jahr erhöht.
- Neue Log-Rotation: Anwendungslogs 14 Tage, Zugriffslogs 7 Tage (pseudonymisierte Client-IPs).

Bekannte Einschränkungen
- Der Termin-Export nach Outlook zeigt bei Serien nur den ersten Termin (RUHR-2318, Fix in 4.12.1).

Wartungsfenster: Mittwoch, 18.11.2026, 19:00–22:00 Uhr. Ansprechpartner: Service Desk des
Rechenzentrums, Telefon 0209 1 77 00-500, servicedesk@krz-ruhr.de
""",
    keep=[
        "RUHR-2281",
        "10.31.12.21",
        "193.29.188.40",
        "INC-2026-18844",
        "servicedesk@krz-ruhr.de",
    ],
)

# 21 -- release notes of the specialist application for dog tax and property tax
clean(
    "release_notes",
    """
Änderungsprotokoll Fachverfahren „KommSteuer“ – Steueramt / Stadtkasse
Version 2026.3 – Einspielung am 02.10.2026 (Testsystem seit 14.09.2026)

[Neu] Hundesteuer: Import der Chipnummern aus dem Landeshunderegister über Schnittstelle
      LHR-NRW v2; Abgleich läuft nächtlich um 02:15 Uhr (Job HST_LHR_SYNC).
[Neu] Grundsteuer: Bescheiddruck mit neuem Hebesatz B ab 01.01.2027 (Parameter GRST_HS_B_2027).
[Neu] SEPA: Mandatsreferenzen nach Schema MR-<Amt>-<Jahr>-<lfd. Nr.> werden automatisch vergeben.
[Geändert] Mahnlauf: Mahngebühr von 5,00 € auf 6,00 € angehoben (Satzungsänderung, Ratsbeschluss
      Drucksache 2026/0391).
[Behoben] Ticket 77120: Kassenzeichen mit führender Null wurden im Export nach SAP abgeschnitten.
[Behoben] Ticket 77154: Ermäßigung nach § 4 Abs. 2 Hundesteuersatzung wurde bei Halterwechsel nicht
      übernommen.
[Technik] Applikationsserver kst-app03 (172.22.40.13) ersetzt kst-app01; Druckserver
      druck-zentral (172.22.8.40); Schnittstellenserver SAP-PI 172.22.50.7.
[Technik] Java-Laufzeit 17.0.12; Oracle-Client 19.23.

Hinweise für Anwender: Nach der Einspielung bitte den Browser-Cache leeren. Schulungsunterlagen
liegen im Intranet unter „Fachverfahren > KommSteuer > Version 2026.3“. Fragen an das Key-User-Team
Steuern: keyuser-steuern@intern.stadt.example, Telefon intern 3344.
""",
    keep=[
        "Landeshunderegister",
        "HST_LHR_SYNC",
        "172.22.40.13",
        "Ticket 77120",
        "Drucksache 2026/0391",
    ],
)

# 22 -- statistics: business registrations by month and sector
clean(
    "statistics",
    """
Gewerbeanzeigenstatistik Stadt Dortmund – 1. bis 3. Quartal 2026 (Quelle: Bürgerdienste, Gewerbemeldestelle; Auswertung IT.NRW)

Monat       Anmeldungen  davon Neuerrichtung  Ummeldungen  Abmeldungen  davon Aufgabe  Saldo
Januar            612            498               141          587           471       +25
Februar           548            451               119          433           352      +115
März              601            489               137          455           371      +146
April             533            430               122          418           339      +115
Mai               497            402               110          392           318      +105
Juni              515            417               128          401           327      +114
Juli              472            380               104          386           309       +86
August            439            355                97          377           298       +62
September         566            461               131          429           344      +137
Summe           4.783          3.883             1.089        3.878         3.129      +905

Anmeldungen nach Wirtschaftszweigen (Q1–Q3): Handel 1.102 · Gastgewerbe 401 · Baugewerbe 688 ·
Verkehr und Lagerei (inkl. Kurierdienste) 734 · IT und Kommunikation 298 · Sonstige Dienstleistungen 1.560
Anteil Online-Anzeigen über das Wirtschafts-Service-Portal.NRW: 71,4 % (Vorjahr 63,9 %)
Anteil Nebenerwerb an den Neuerrichtungen: 38 %
Hinweis: Ohne freie Berufe und Land- und Forstwirtschaft; Fallzahlen vorläufig.
""",
    keep=[
        "Gewerbeanzeigenstatistik Stadt Dortmund",
        "Summe           4.783",
        "71,4 % (Vorjahr 63,9 %)",
        "Verkehr und Lagerei (inkl. Kurierdienste) 734",
        "Auswertung IT.NRW",
    ],
)

# 23 -- statistics: naturalisations by former nationality, population by district
clean(
    "statistics",
    """
Statistischer Kurzbericht 4/2026 – Stadt Gelsenkirchen, Referat Stadtentwicklung, Statistikstelle

Einbürgerungen 2025 nach bisheriger Staatsangehörigkeit
Staatsangehörigkeit    Anzahl   Anteil   Veränderung zu 2024
Syrien                    612    38,1 %      +41 %
Türkei                    281    17,5 %      +63 %
Irak                      118     7,3 %      +12 %
Polen                      64     4,0 %       -5 %
Rumänien                   59     3,7 %      +18 %
Ukraine                    47     2,9 %     +104 %
Sonstige                  426    26,5 %      +22 %
Insgesamt               1.607   100,0 %      +37 %

Bevölkerung mit Hauptwohnsitz nach Stadtbezirken am 31.12.2025
Gelsenkirchen-Mitte 92.418 · Gelsenkirchen-Nord 39.705 · Gelsenkirchen-West 48.960 ·
Gelsenkirchen-Ost 46.226 · Gelsenkirchen-Süd 42.671 · Stadt insgesamt 269.980

Durchschnittliche Verfahrensdauer Einbürgerung: 11,4 Monate (2024: 14,9 Monate)
Anteil der Einbürgerungen unter Beibehaltung der bisherigen Staatsangehörigkeit: 58 %

Ansprechstelle: Statistikstelle, Rathaus Buer, Goldbergstraße 12, 45894 Gelsenkirchen,
statistik@gelsenkirchen.de, Telefon 0209 169-4651. Veröffentlichung nach § 5 Statistikgesetz NRW.
""",
    keep=[
        "Statistischer Kurzbericht 4/2026",
        "Insgesamt               1.607",
        "Gelsenkirchen-Nord 39.705",
        "11,4 Monate (2024: 14,9 Monate)",
        "statistik@gelsenkirchen.de",
    ],
)

# 24 -- job ad of the city with functional mailbox, reference number, no contact names
clean(
    "job_ad",
    """
Stadt Herne – Stellenausschreibung Kennziffer 32-2026-118

Der Fachbereich Öffentliche Ordnung sucht zum nächstmöglichen Zeitpunkt eine/n
Sachbearbeiter/in Gewerbeangelegenheiten (m/w/d)
Entgeltgruppe 9a TVöD bzw. Besoldungsgruppe A 9 LBesO A NRW · Vollzeit (39 Std.), teilzeitgeeignet · unbefristet

Ihre Aufgaben
- Bearbeitung von Gewerbean-, -um- und -abmeldungen einschließlich der Datenübermittlung (XGewerbeanzeige)
- Erteilung von Erlaubnissen nach §§ 34a, 34c GewO und nach dem Gaststättengesetz
- Gewerbeuntersagungsverfahren nach § 35 GewO in Zusammenarbeit mit Finanzamt und Polizei
- Beratung von Gründerinnen und Gründern gemeinsam mit der Wirtschaftsförderung

Ihr Profil
- Verwaltungsfachwirt/in (Angestelltenlehrgang II) oder Bachelor of Laws / Public Administration
- Kenntnisse im Gewerbe- und Ordnungsrecht, sicherer Umgang mit Fachverfahren
- Freundliches, bestimmtes Auftreten auch in Konfliktsituationen

Wir bieten
- Gleitzeit, mobiles Arbeiten bis zu 40 %, Jobticket (Deutschlandticket), betriebliche Gesundheitsförderung
- Fortbildungen beim Studieninstitut Ruhr

Bewerbungen mit Angabe der Kennziffer bis zum 20.12.2026 ausschließlich über das Online-Portal
www.herne.de/karriere. Fachliche Auskünfte erteilt die Abteilungsleitung Gewerbe unter Telefon
02323 16-2600, Fragen zum Verfahren beantwortet das Team Personalgewinnung unter 02323 16-2020
oder bewerbung@herne.de. Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.
""",
    keep=[
        "Kennziffer 32-2026-118",
        "Entgeltgruppe 9a TVöD",
        "§§ 34a, 34c GewO",
        "Studieninstitut Ruhr",
        "bewerbung@herne.de",
    ],
)

# 25 -- job ad for trainees, city of Bochum, dual study, functional contacts
clean(
    "job_ad",
    """
Ausbildung und Studium bei der Stadt Bochum – Einstellung zum 01.09.2027

Wir bilden aus (Bewerbungsfrist 31.01.2027):
- Verwaltungsfachangestellte (m/w/d), Ausbildungsdauer 3 Jahre – 28 Plätze
- Bachelor of Laws – Kommunaler Verwaltungsdienst (Beamtenlaufbahn, Studium an der HSPV NRW,
  Abteilung Gelsenkirchen) – 35 Plätze
- Fachinformatiker/in Systemintegration bzw. Anwendungsentwicklung – 6 Plätze
- Straßenwärter/in (Betriebshof Hanielstraße) – 4 Plätze
- Notfallsanitäter/in (Feuerwehr Bochum, Feuer- und Rettungswache 1, Brandwacht) – 12 Plätze

Das bringen Sie mit: Fachhochschulreife oder Abitur (für das Studium), Fachoberschulreife
(für die Ausbildung), Interesse an Recht, Technik oder Menschen.

Das bieten wir: Ausbildungsvergütung nach TVAöD (1. Jahr 1.293,26 €), Anwärterbezüge,
Übernahmegarantie bei erfolgreichem Abschluss, Azubi-Ticket, Laptop ab dem ersten Tag.

Infotag: Samstag, 09.01.2027, 10–14 Uhr, Bildungs- und Verwaltungszentrum (BVZ),
Gustav-Heinemann-Platz 2–6 – mit Rundgang durch Feuerwache und Rechenzentrum.

Bewerbung online unter www.bochum.de/ausbildung. Fragen an das Team Ausbildung:
ausbildung@bochum.de, Telefon 0234 910-1414 (Mo–Do 8–15 Uhr). Wir freuen uns über Bewerbungen
von Menschen aller Nationalitäten; für den Beamtenstatus ist die Staatsangehörigkeit eines
EU-Staates erforderlich (Ausnahmen nach § 7 BeamtStG möglich).
""",
    keep=[
        "Bachelor of Laws – Kommunaler Verwaltungsdienst",
        "HSPV NRW",
        "Gustav-Heinemann-Platz 2–6",
        "ausbildung@bochum.de",
        "§ 7 BeamtStG",
    ],
)

# 26 -- bus timetable with stops named after persons
clean(
    "timetable",
    """
Linie 390 · Herne Bf – Herne-Sodingen – Castrop-Rauxel Münsterplatz · Fahrplan Mo–Fr, gültig ab 13.12.2026

Haltestelle                         Fahrtzeiten (Auszug)                   dann alle 20 Min.  bis
Herne Bf (Steig 4)                   06:12  06:42  07:12  07:32  07:52  08:22                    19:52  20:52
Heinrich-Heine-Platz                 06:14  06:44  07:14  07:34  07:54  08:24                    19:54  20:54
Kulturzentrum                         06:16  06:46  07:16  07:36  07:56  08:26                    19:56  20:56
Otto-Hahn-Realschule                 06:19  06:49  07:19  07:39  07:59  08:29                    19:59  20:59
Robert-Brauner-Platz                 06:21  06:51  07:21  07:41  08:01  08:31                    20:01  21:01
Sodingen Mont-Cenis                  06:25  06:55  07:25  07:45  08:05  08:35                    20:05  21:05
Gysenberg (Revierpark)               06:28  06:58  07:28  07:48  08:08  08:38                    20:08  21:08
Castrop-Rauxel, Bahnhofstraße        06:37  07:07  07:37  07:57  08:17  08:47                    20:17  21:17
Castrop-Rauxel Münsterplatz          06:40  07:10  07:40  08:00  08:20  08:50                    20:20  21:20

Schulfahrten (S) an Schultagen zusätzlich 07:22 ab Herne Bf bis Otto-Hahn-Realschule.
Anschluss am Herne Bf an die U35 Richtung Bochum und den RE 3 Richtung Dortmund/Düsseldorf.
Fahrplanauskunft: HCR-Kundencenter, Bahnhofsplatz 5, 44623 Herne, Telefon 02323 3 88 11 11, www.hcr-herne.de
""",
    keep=[
        "Heinrich-Heine-Platz",
        "Robert-Brauner-Platz",
        "Otto-Hahn-Realschule",
        "Bahnhofsplatz 5, 44623 Herne",
        "Telefon 02323 3 88 11 11",
    ],
)

# 27 -- tram/bus timetable (night lines) with stops named after persons and institutions
clean(
    "timetable",
    """
NachtExpress Dortmund – Fahrplan Fr/Sa und vor Feiertagen (gültig ab 13.12.2026)

NE 3  Hauptbahnhof – Dietrich-Keuning-Haus – Borsigplatz – Brackel – Wickede
      Hauptbahnhof (Nord) ab 00:45 01:45 02:45 03:45 | Dietrich-Keuning-Haus 00:49 01:49 02:49 03:49
      Borsigplatz 00:53 01:53 02:53 03:53 | Brackel Kirche 01:04 02:04 03:04 04:04 | Wickede S 01:12 02:12 03:12 04:12

NE 5  Stadtgarten – Max-Eyth-Straße – Hörde Bf – Clarenberg
      Stadtgarten ab 00:50 01:50 02:50 03:50 | Max-Eyth-Straße 00:56 01:56 02:56 03:56
      Hörde Bf 01:03 02:03 03:03 04:03 | Clarenberg 01:07 02:07 03:07 04:07

NE 9  Hauptbahnhof (Süd) – Kreuzviertel – Theodor-Fliedner-Heim – Uni Campus Nord – Eichlinghofen
      Hauptbahnhof (Süd) ab 00:40 01:40 02:40 03:40 | Kreuzviertel/Möllerbrücke 00:46 01:46 02:46 03:46
      Theodor-Fliedner-Heim 00:54 01:54 02:54 03:54 | Uni Campus Nord 01:01 02:01 03:01 04:01

Taxi-Anschluss: An den Endhaltestellen kann ein AnrufSammelTaxi (AST) bis 30 Minuten vorher unter
0231 955-5555 bestellt werden (Zuschlag 2,50 € zum Fahrschein).
Zentrale Umsteigehaltestelle: Reinoldikirche, Abfahrt aller Linien zur Minute 15 (Rendezvous-System).
DSW21 KundenCenter, Kampstraße 55, 44137 Dortmund · Service-Telefon 01806 50 40 30
""",
    keep=[
        "Dietrich-Keuning-Haus 00:49",
        "Max-Eyth-Straße",
        "Theodor-Fliedner-Heim",
        "AnrufSammelTaxi (AST)",
        "Kampstraße 55, 44137 Dortmund",
    ],
)

# 28 -- canteen menu of the town hall, dishes named after persons
clean(
    "menu",
    """
Betriebsrestaurant im Rathaus Gelsenkirchen – Speiseplan KW 49 (30.11.–04.12.2026)
Ausgabe 11:30–14:00 Uhr · Preise Bedienstete / Gäste

Montag
  Menü 1: Königsberger Klopse mit Kapernsauce, Salzkartoffeln, Rote Bete          4,20 € / 6,30 €
  Menü 2 (vegetarisch): Kaiserschmarrn mit Apfelmus                               3,60 € / 5,40 €
Dienstag
  Menü 1: Strammer Max auf Bauernbrot, dazu Gewürzgurke                           3,80 € / 5,70 €
  Menü 2 (vegan): Linsen-Dal mit Basmatireis und Koriander                        3,90 € / 5,80 €
Mittwoch
  Menü 1: Schnitzel „Wiener Art“ vom Schwein, Pommes frites, Salat                 4,90 € / 7,30 €
  Menü 2: Spaghetti Carbonara, Rucola, Parmesan                                   4,10 € / 6,10 €
Donnerstag
  Menü 1: Hähnchenbrust „Marco Polo“ mit Curry-Kokos-Sauce und Jasminreis         4,60 € / 6,90 €
  Menü 2 (vegetarisch): Pizza Margherita aus dem Steinofen                        3,90 € / 5,80 €
Freitag
  Menü 1: Bismarckhering mit Bratkartoffeln                                       4,40 € / 6,60 €
  Menü 2: Gemüse-Stroganoff mit Champignons und Spätzle                           4,00 € / 6,00 €
Dessert der Woche: Fürst-Pückler-Eis oder Pfirsich Melba (1,50 € / 2,20 €)

Allergenkennzeichnung an der Ausgabe. Bezahlung mit Dienstausweis oder Girocard.
Vorbestellung für Besprechungen: kantine-rathaus@gelsenkirchen.de, Tel. 0209 169-2990.
""",
    keep=[
        "Königsberger Klopse",
        "Strammer Max",
        "Hähnchenbrust „Marco Polo“",
        "Bismarckhering",
        "Fürst-Pückler-Eis oder Pfirsich Melba",
        "kantine-rathaus@gelsenkirchen.de",
    ],
)

# 29 -- school and daycare catering menu with dishes named after persons
clean(
    "menu",
    """
Mittagsverpflegung Offene Ganztagsschulen und Kitas Bochum-Süd – Speiseplan Dezember, Woche 2
Caterer: Ruhrküche gGmbH (Inklusionsbetrieb) · Lieferung an Grundschule Kemnade, Kita Hustadt,
Erich-Kästner-Schule, Kita Am Lottental

Mo 07.12.  Kartoffel-Lauch-Suppe mit Würstchen (Geflügel) · vegetarisch: mit Croûtons · Obst
Di 08.12.  Spaghetti Bolognese / Spaghetti mit Tomaten-Linsen-Sauce · Gurkensalat
Mi 09.12.  Hähnchen „Cordon bleu“-Art mit Kartoffelpüree und Erbsen · vegetarisch: Gemüse-Cordon bleu
Do 10.12.  Milchreis mit Zimt und Kirschen · Apfel
Fr 11.12.  Fischstäbchen „Käpt’n Ahoi“ mit Kartoffelsalat · vegetarisch: Gemüsestäbchen · Karotten-Rohkost
Nikolaus-Extra (Mo): Weckmann aus der Bäckerei im Quartier

Alle Gerichte ohne Schweinefleisch. Kennzeichnung: (A) Gluten, (C) Ei, (D) Fisch, (G) Milch.
Abbestellungen bis 8:30 Uhr am Vortag im Elternportal oder unter bestellung@ruhrkueche-bochum.de.
Beitrag für das Mittagessen: 3,90 € je Mahlzeit; mit BuT-Berechtigung kostenfrei.
""",
    keep=[
        "Ruhrküche gGmbH (Inklusionsbetrieb)",
        "Erich-Kästner-Schule",
        "„Cordon bleu“-Art",
        "Fischstäbchen „Käpt’n Ahoi“",
        "mit BuT-Berechtigung kostenfrei",
    ],
)

# 30 -- blank form template: placeholders and examples instead of data
clean(
    "form_template",
    """
Wohnungsgeberbestätigung nach § 19 des Bundesmeldegesetzes (BMG) – Vordruck Stadt Dortmund

1. Angaben zum Wohnungsgeber
   Name / Firma: _____________________________________________
   Anschrift:    _____________________________________________
   [ ] Der Wohnungsgeber ist zugleich Eigentümer.
   [ ] Der Wohnungsgeber ist nicht Eigentümer. Name und Anschrift des Eigentümers:
       _____________________________________________

2. Art des meldepflichtigen Vorgangs
   [ ] Einzug am ____.____.________      [ ] Auszug am ____.____.________

3. Anschrift der Wohnung
   Straße, Hausnummer, Zusatzangaben (z. B. Stockwerk, Wohnungsnummer): __________________________
   Postleitzahl, Ort: __________________________

4. Namen der meldepflichtigen Personen (Familienname, Vorname)
   1) ______________________________   2) ______________________________
   3) ______________________________   4) ______________________________

Ich bestätige mit meiner Unterschrift den Ein- bzw. Auszug der oben genannten Person(en) in die
bzw. aus der bezeichneten Wohnung und dass ich als Wohnungsgeber oder als beauftragte Person
diese Bescheinigung ausstellen darf. Mir ist bekannt, dass es verboten ist, eine
Wohnanschrift für eine Anmeldung anzubieten oder zur Verfügung zu stellen, wenn ein tatsächlicher
Bezug der Wohnung weder stattfindet noch beabsichtigt ist (Bußgeld bis zu 50.000 Euro, § 54 BMG).

__________________________            _______________________________________
Ort, Datum                             Unterschrift des Wohnungsgebers / der beauftragten Person

Hinweis: Die Bestätigung ist innerhalb von zwei Wochen nach dem Einzug vorzulegen (§ 19 Abs. 3 BMG).
Ausfüllhilfe in Leichter Sprache und auf Englisch, Türkisch, Arabisch und Ukrainisch unter
www.dortmund.de/wohnungsgeber. Vordruck-Nr. 33-WGB-01/2025
""",
    keep=[
        "§ 19 des Bundesmeldegesetzes (BMG)",
        "Name / Firma: ____",
        "Bußgeld bis zu 50.000 Euro, § 54 BMG",
        "Vordruck-Nr. 33-WGB-01/2025",
        "Leichter Sprache",
    ],
)

sys.exit(CORPUS.main(OUT, {"pii": 70, "clean": 30}))
