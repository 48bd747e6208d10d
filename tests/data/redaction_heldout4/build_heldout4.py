"""Build the fourth held-out German PII redaction corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_heldout4/build_heldout4.py

This set was written without sight of the redactor, its benchmark or the other corpora. It is
for measuring only and must never be used for tuning: once figures on it have informed a change
to the redactor, it is no longer held out.

Every document is written out individually below. Personal strings are marked inline as
``[[TYPE:text]]``; the script strips the markup and computes the offsets, so no offset is ever
written by hand. Short aliases may be used for the type:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions of this set (those of held-out set 3, made explicit where that set left
them open):
  - salutations and titles ("Herr", "Frau", "Dr.", "PHK", "Rechtsanwältin") stay outside a
    PERSON span; name particles that belong to the surname ("von", "van", "de", "al-", "Abu")
    are inside it;
  - "Nachname, Vorname" is one PERSON span; in table exports with separate name columns each
    cell is its own span; nicknames, lower-case names and user handles are PERSON;
  - a name inside an e-mail address is annotated only as part of the EMAIL_ADDRESS;
  - names of natural persons are annotated wherever they occur, also inside the trade name of a
    sole trader ("Malerbetrieb Koch"), and also for staff of the authority; two- or
    three-letter staff initials ("KW", "gez. Ri") are office codes and are not annotated;
  - addresses, phone numbers, e-mail addresses and register numbers of sole traders (e.K.)
    count as personal; addresses, switchboards, functional mailboxes and register numbers
    (HRB) of authorities, companies, law firms and associations are not personal (many are
    listed under ``keep``);
  - a personal postal address is split into STREET_ADDRESS (street and house number) and
    LOCATION (postcode and town); a town or district is LOCATION when it names a person's
    place of birth or (current or former) residence; the seat of an office is not;
  - Steuer-ID, Steuernummer and USt-IdNr. of a natural person are DE_TAX_ID;
  - numbers of foreign passports are DE_PASSPORT; numbers of electronic residence permits
    (same format as the ID card) are DE_ID_CARD;
  - file numbers, Kassenzeichen, customer, membership, Bedarfsgemeinschaft and health-insurance
    numbers that point to one person's case are DE_AKTENZEICHEN; Drucksache, plan, order and
    invoice numbers are not;
  - only dates of birth are personal; letter dates, deadlines, dates of events are not.

Checks: offsets reproduce the span text, spans do not overlap, Steuer-IDs (§ 139b AO, ISO 7064
MOD 11,10 and the digit-repetition rule) and IBANs (ISO 13616 MOD 97) are valid,
Rentenversicherungsnummern carry a valid check digit, ID-card numbers use the ID-card alphabet,
every keep phrase occurs outside all spans, and every further occurrence of an annotated string
(and of every name part of 3+ letters) is annotated as well, unless explicitly allowed.
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
# Documents with personal data
# ---------------------------------------------------------------------------------------------

# 1
pii(
    "formal_letter",
    """
[[P:Gülsüm Aydoğan]]
[[STR:Hattinger Straße 214]]
[[LOC:44795 Bochum]]
Tel.: [[TEL:0234 / 41 27 93]]

Stadt Bochum
Bürgerbüro Mitte
Willy-Brandt-Platz 2–6
44777 Bochum

Bochum, 14.05.2025

Antrag auf Ausstellung einer erweiterten Meldebescheinigung

Sehr geehrte Damen und Herren,

für die Beantragung eines Darlehens benötige ich eine erweiterte Meldebescheinigung mit
allen früheren Anschriften. Bis März 2023 wohnte ich in der [[STR:Karl-Lange-Straße 9]] in
[[LOC:45329 Essen]], davor einige Jahre bei meinen Eltern in [[LOC:Kayseri]].

Mein Geburtsdatum ist der [[DOB:07.11.1989]]. Die Gebühr von 10,00 EUR buchen Sie bitte von
meinem Konto ab: IBAN [[IBAN:DE21 4405 0199 2033 6639 18]].

Mit freundlichen Grüßen

[[P:Gülsüm Aydoğan]]
""",
    keep=["erweiterte Meldebescheinigung", "Bürgerbüro Mitte", "10,00 EUR", "14.05.2025"],
)

# 2
pii(
    "email_informal",
    """
Von: [[MAIL:kevin.szymanski88@web.de]]
An: steueramt@gelsenkirchen.de
Betreff: hundesteuer abmelden
Datum: Mo, 03.02.2025 21:14

hallo,

unser hund (balu, schäferhund-mix) ist leider im januar gestorben und ich möchte die
hundesteuer abmelden. die marke schick ich mit der post zurück. kassenzeichen müsste
[[AZ:611.204.778-2]] sein, steht jedenfalls so auf dem letzten bescheid.
falls zu viel abgebucht wurde bitte zurück auf das konto von dem abgebucht wird.

gruß [[P:kevin szymanski]]
[[STR:ückendorfer str. 88]], [[LOC:45886 gelsenkirchen]]
[[TEL:0157 34412980]]
""",
    keep=["hundesteuer abmelden", "steueramt@gelsenkirchen.de", "03.02.2025", "bescheid"],
)

# 3
pii(
    "email_reply",
    """
Von: Abteilung Migration und Integration <auslaenderbehoerde@leipzig.de>
An: [[MAIL:oleksandra.tkachenko@ukr.net]]
Datum: 22.04.2025, 09:41
Betreff: AW: Termin Verlängerung Aufenthaltserlaubnis – [[AZ:ABH-L 24/08817]]

Sehr geehrte Frau [[P:Tkachenko]],

Ihr Termin zur Verlängerung der Aufenthaltserlaubnis nach § 24 AufenthG ist am 06.05.2025 um
10:30 Uhr im Technischen Rathaus, Prager Straße 118–136, Haus A, Raum 2.145. Bitte bringen
Sie Ihren Reisepass, ein aktuelles biometrisches Foto und den Mietvertrag mit. Für Ihre
Tochter ist keine persönliche Vorsprache nötig.

Mit freundlichen Grüßen
Ihre Ausländerbehörde Leipzig

-----Ursprüngliche Nachricht-----
Von: [[P:Oleksandra Tkachenko]] <[[MAIL:oleksandra.tkachenko@ukr.net]]>
Gesendet: Donnerstag, 17. April 2025 23:02
Betreff: Termin Verlängerung Aufenthaltserlaubnis

> Guten Tag,
> meine Aufenthaltserlaubnis (Karte Nr. [[ID:Y7M3KC0T4]]) läuft am 31.05.2025 ab.
> Ich wohne jetzt mit meiner Tochter [[P:Sofiia]] (geb. [[DOB:12.08.2016]]) in der
> [[STR:Eisenbahnstraße 63]], [[LOC:04315 Leipzig]]. Mein Pass hat die Nummer [[PASS:FX281734]].
> Telefon [[TEL:+49 1512 3398 471]]
> Viele Grüße, [[P:Oleksandra Tkachenko]]
""",
    keep=[
        "§ 24 AufenthG",
        "06.05.2025",
        "Prager Straße 118–136",
        "auslaenderbehoerde@leipzig.de",
        "31.05.2025",
    ],
)

# 4
pii(
    "forward_chain",
    """
---------- Weitergeleitete Nachricht ----------
Von: Bürgerservice Gelsenkirchen <buergerservice@gelsenkirchen.de>
Datum: Di., 11. März 2025 um 08:12
Betreff: WG: Ruhestörung Bismarckstraße
An: Ordnungsamt – Außendienst <ordnungsamt@gelsenkirchen.de>

Bitte zuständigkeitshalber übernehmen. Die Beschwerdeführerin bittet um Rückruf.

---------- Weitergeleitete Nachricht ----------
Von: [[P:Renate Oberbeck-Sander]] <[[MAIL:r.oberbeck@t-online.de]]>
Datum: So., 9. März 2025 um 23:47
Betreff: Ruhestörung Bismarckstraße

Guten Abend,

seit Wochen wird in der Wohnung über uns ([[STR:Bismarckstraße 171]], 2. OG rechts) jede Nacht
bis drei Uhr laute Musik gespielt. Der Mieter heißt laut Klingelschild [[P:D. Kovačević]]. Mein
Mann [[P:Horst]] hat schon zweimal geklingelt, es macht niemand auf. Die Hausverwaltung
reagiert auf unsere Schreiben nicht.

Bitte schicken Sie jemanden vorbei. Ich bin tagsüber unter [[TEL:0209 / 87 41 16]] erreichbar.

[[P:Renate Oberbeck-Sander]]
[[STR:Bismarckstraße 171]]
[[LOC:45888 Gelsenkirchen]]
""",
    keep=[
        "Ruhestörung",
        "buergerservice@gelsenkirchen.de",
        "Ordnungsamt – Außendienst",
        "9. März 2025",
    ],
)

# 5
pii(
    "web_form",
    """
Online-Antrag Wohngeld (Mietzuschuss) – Eingangsbestätigung
Vorgangsnummer: [[AZ:WG-2025-0043318]]
Eingang: 02.06.2025 14:22:07
Übermittelt von IP: [[IP:91.64.183.27]]

[Antragsteller/in]
Anrede: Frau
Vorname: [[P:Ayşe]]
Nachname: [[P:Demir-Schulz]]
Geburtsname: [[P:Demir]]
Geburtsdatum: [[DOB:19.02.1961]]
Geburtsort: [[LOC:Malatya]]
Familienstand: verwitwet
Straße/Hausnummer: [[STR:Wolfhager Straße 310]]
PLZ/Ort: [[LOC:34128 Kassel]]
Telefon: [[TEL:0561-8161 2204]]
E-Mail: [[MAIL:ayse.demirschulz@gmx.net]]
Steuer-Identifikationsnummer: [[TAX:97668206341]]
Rentenversicherungsnummer: [[RV:13190261D552]]

[Haushalt]
Anzahl Haushaltsmitglieder: 2
Weiteres Mitglied: Enkel, [[P:Emir Demir]], geb. [[DOB:03.10.2009]]

[Wohnung]
Wohnfläche (m²): 61
Bruttokaltmiete (EUR): 548,00
Heizkosten (EUR): 96,00
Vermieter: GWG der Stadt Kassel

[Einkommen]
Witwenrente (EUR mtl.): 912,40
Weitere Einkünfte: keine

[Bankverbindung]
Kontoinhaber/in: [[P:Ayşe Demir-Schulz]]
IBAN: [[IBAN:DE70520604101594809016]]
""",
    keep=["Wohngeld (Mietzuschuss)", "548,00", "GWG der Stadt Kassel", "912,40", "02.06.2025"],
)

# 6
pii(
    "csv_export",
    """
Export Bewohnerparken Zone W (Wiehre) – Stand 31.01.2025
ausweis_nr;name;vorname;anschrift;kennzeichen;gueltig_bis;gebuehr_eur
[[AZ:W-25-0117]];[[P:Brändle]];[[P:Fabian]];[[STR:Günterstalstraße 42]];[[KFZ:FR-FB 718]];31.01.2026;360,00
[[AZ:W-25-0118]];[[P:Nguyen]];[[P:Thi Lan]];[[STR:Erwinstraße 7a]];[[KFZ:FR-NL 2207]];31.01.2026;360,00
[[AZ:W-25-0119]];[[P:de Oliveira]];[[P:Marta]];[[STR:Lorettostraße 19]];[[KFZ:EM-MO 44]];31.01.2026;360,00
[[AZ:W-25-0120]];[[P:Haas-Riedlinger]];[[P:Ute]];[[STR:Urachstraße 3]];[[KFZ:FR-UH 203E]];31.01.2026;180,00
[[AZ:W-25-0121]];[[P:Okafor]];[[P:Chidiebere]];[[STR:Talstraße 58]];[[KFZ:FR-CO 915]];31.07.2025;180,00
[[AZ:W-25-0122]];[[P:Schwörer]];[[P:Klaus-Dieter]];[[STR:Günterstalstraße 11]];[[KFZ:FR-KS 1960]];31.01.2026;360,00
Summe Gebühren: 1.440,00 EUR (6 Ausweise, davon 2 ermäßigt)
""",
    keep=["Bewohnerparken Zone W", "31.01.2026", "360,00", "1.440,00 EUR"],
)

# 7
pii(
    "ocr_scan",
    """
Gewerbe-Anme1dung nach § 14 GewO                         Stadt Kassel
Ordnungsamt - Gewerbeange1egenheiten                     Eingang: 1 7. MRZ. 2025
[Scan Seite 1/2 - automatische Texterkennung]

1  Name ............................ [[P:Rusu]]
2  Vornamen ........................ [[P:Andrei Cătălin]]
3  Geschlecht ...................... [x] männl. [ ] weibl. [ ] divers
4  Staatsangeh0rigkeit ............. rumänisch
5  Geburtsdatum .................... [[DOB:O5.O9.1995]]
6  Geburtsort, Land ................ [[LOC:Iasi]], Rumänien
7  Anschrift der W0hnung ........... [[STR:Ihringshäuser Str. 1O2]], [[LOC:34125 Kasse1]]
   Te1efon ......................... [[TEL:O176 / 2219 O48]]
   E-Mai1 .......................... [[MAIL:andrei.rusu.bau@yahoo.com]]
8  Betriebsstätte .................. [[STR:Ho1ländische Straße 97]], [[LOC:34127 Kassel]]
9  Angemeldete Tätigkeit ........... Trockenbau, Verlegen von F1iesen, P1atten
   und Mosaik sowie Montage von vorgefertig-
   ten Bautei1en (ohne Eintragung in die Hand-
   werksrol1e)
10 Beginn der Tätigkeit ............ O1.O4.2O25
11 Zahl der Beschäftigten .......... O

Gebühr: 26,OO EUR                 bezah1t am Automaten, Beleg-Nr. 88-41207
""",
    keep=["§ 14 GewO", "Gewerbeange1egenheiten", "Trockenbau", "26,OO EUR", "Beleg-Nr. 88-41207"],
)

# 8
pii(
    "phone_memo",
    """
Telefonnotiz Bürgerbüro Wattenscheid
28.01.2025, 11:05 Uhr – angenommen: KW

Herr [[P:Yilmaz]] rief an (Sohn von Frau [[P:Fatma Yılmaz]], bisher [[STR:Lohackerstraße 7]]).
Seine Mutter lebt seit Dezember im Pflegeheim und soll dort angemeldet werden, sie kann
selbst nicht mehr vorsprechen. Er hat eine notarielle Vorsorgevollmacht.
Frage: reicht es, wenn er allein mit Vollmacht und ihrem Ausweis kommt?
Auskunft: ja – Termin über 115 oder online buchen, Vollmacht im Original und die
Wohnungsgeberbestätigung des Heims mitbringen.
Rückruf erbeten unter [[TEL:0172-6604913]] (erst nach 16 Uhr).
Nachtrag 14:30: hat selbst einen Termin gebucht, 04.02., 9:20 Uhr. – KW
""",
    keep=["Wohnungsgeberbestätigung", "Vorsorgevollmacht", "28.01.2025", "Bürgerbüro Wattenscheid"],
)

# 9
pii(
    "chat",
    """
Chatverlauf Bürger-Chat – Hanse- und Universitätsstadt Rostock – 19.03.2025
[14:02] Bot: Willkommen beim Bürger-Chat! Wie können wir helfen?
[14:02] Gast: hallo ich brauch nen termin zum wohnsitz anmelden
[14:03] Bürgeramt: Hallo! Gern. Darf ich Ihren Namen erfahren?
[14:03] Gast: [[P:niklas bröcker]]
[14:04] Gast: bin letzten monat aus [[LOC:hamburg-altona]] hergezogen, wohn jetzt [[STR:lange str. 31]], [[LOC:18055 rostock]]
[14:05] Bürgeramt: Danke, Herr [[P:Bröcker]]. Die Anmeldung muss innerhalb von zwei Wochen nach
        dem Einzug erfolgen. Nächster freier Termin: Bürgeramt Lütten Klein, 24.03., 8:40 Uhr.
[14:05] Gast: passt. mail ist [[MAIL:nik.broecker@posteo.de]]
[14:06] Gast: meine freundin [[P:jule]] zieht mit ein, kann die mitkommen?
[14:06] Bürgeramt: Ja, Sie können sich gemeinsam anmelden, jede Person braucht den eigenen
        Ausweis. Bitte die Wohnungsgeberbestätigung mitbringen.
[14:07] Gast: ok danke!!
""",
    keep=[
        "Bürgeramt Lütten Klein",
        "Wohnungsgeberbestätigung",
        "innerhalb von zwei Wochen",
        "19.03.2025",
    ],
)

# 10
pii(
    "staff_note",
    """
Vermerk – Jobcenter Gelsenkirchen, Team 432 (Leistung)
BG-Nr. [[AZ:36203//0047118]]

Frau [[P:Wiśniewska]] sprach heute ohne Termin vor und legte die Heizkostenabrechnung 2024 vor
(Nachzahlung 684,12 EUR, fällig 15.04.2025). Sie bittet um Übernahme als Bedarf im
Fälligkeitsmonat. Ihr Sohn [[P:Dawid]] ist seit 01.02. in Ausbildung, Ausbildungsvergütung
liegt noch nicht vor → angefordert, Frist 31.03.2025.

Nach Rücksprache mit Hr. [[P:Kampmann]] (Teamleitung): Nachzahlung wird übernommen, sobald
die Verdienstbescheinigung da ist. Kundin informiert, Kopie der Abrechnung zur Akte.

12.03.2025 / Bö
""",
    keep=["Heizkostenabrechnung 2024", "684,12 EUR", "15.04.2025", "Frist 31.03.2025", "Team 432"],
)

# 11
pii(
    "invoice",
    """
Malerbetrieb [[P:Jürgen Wittkamp]] – Meisterbetrieb
[[STR:Hordeler Straße 56]] · [[LOC:44651 Herne]]
Tel. [[TEL:02325 / 79 31 40]] · mobil [[TEL:0171 4832290]] · [[MAIL:info@maler-wittkamp.de]]

Stadt Bochum
Zentrale Dienste – Gebäudemanagement
Rechnungseingang
44777 Bochum

RECHNUNG Nr. 2025-0147                                    Herne, 27.02.2025

Ihre Bestellung 4500188231 vom 13.01.2025
Leistungsort: Grundschule Am Volkspark, Klassenräume 1.04 und 1.05

Pos.  Leistung                                             Menge     EP €      GP €
1     Wandflächen reinigen, spachteln, schleifen          212 m²     6,50   1.378,00
2     Dispersionsanstrich 2-fach, weiß                    212 m²     9,80   2.077,60
3     Türzargen lackieren                                   4 St.   48,00     192,00
4     Abdeckarbeiten, Baustelleneinrichtung               pauschal            532,40
                                                        Nettobetrag       4.180,00
                                                        19 % USt.           794,20
                                                        Rechnungsbetrag   4.974,20

Zahlbar innerhalb von 30 Tagen ohne Abzug.
Sparkasse Herne · IBAN [[IBAN:DE91 4325 0030 6168 7419 17]]
Steuernummer [[TAX:340/5028/1147]] · USt-IdNr. [[TAX:DE287331904]]
Inhaber: [[P:Jürgen Wittkamp]]
""",
    keep=[
        "Ihre Bestellung 4500188231",
        "Grundschule Am Volkspark",
        "4.974,20",
        "Zentrale Dienste – Gebäudemanagement",
        "27.02.2025",
    ],
)

# 12
pii(
    "lawyer_letter",
    """
HELLWEG RECHTSANWÄLTE PartG mbB
Fachanwälte für Verwaltungsrecht und Verkehrsrecht
Königsallee 41 · 44789 Bochum · Tel. 0234 9 78 65-0 · kanzlei@hellweg-recht.de

Stadt Bochum
Ordnungsamt – Bußgeldstelle
44777 Bochum

Bochum, den 08.04.2025
Unser Zeichen: [[AZ:112/25 KS04]]
Ihr Zeichen: [[AZ:53.1-OWi 702 418 337]]

Bußgeldverfahren gegen Herrn [[P:Marco Santangelo]], geb. [[DOB:23.06.1977]],
[[STR:Castroper Hellweg 403]], [[LOC:44805 Bochum]]
Tatvorwurf vom 14.02.2025, Kfz [[KFZ:BO-MS 7723]]

Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Herr [[P:Santangelo]] mit der Wahrnehmung seiner Interessen
beauftragt hat; eine Vollmacht liegt bei. Wir beantragen Akteneinsicht, insbesondere in das
Messprotokoll, den Eichschein und die Schulungsnachweise des Messbeamten.

Vorsorglich weisen wir darauf hin, dass unser Mandant zur Tatzeit nicht Fahrer des
Fahrzeugs war. Weitere Angaben zur Sache werden nicht gemacht. Wir bitten, die Akte an
unsere Kanzlei zu übersenden; die Rücksendung erfolgt binnen drei Tagen.

Mit freundlichen Grüßen

[[P:Katrin Steinhoff]]
Rechtsanwältin
""",
    keep=[
        "Akteneinsicht",
        "Ordnungsamt – Bußgeldstelle",
        "kanzlei@hellweg-recht.de",
        "08.04.2025",
        "Königsallee 41",
        "0234 9 78 65-0",
    ],
)

# 13
pii(
    "court_letter",
    """
Amtsgericht Freiburg im Breisgau
– Betreuungsgericht –
Holzmarkt 2, 79098 Freiburg

Stadt Freiburg im Breisgau
Amt für Soziales – Betreuungsbehörde
Fehrenbachallee 12
79106 Freiburg

Geschäftsnummer: [[AZ:XVII 412/25]]                               Freiburg, 03.06.2025

Betreuungssache
für Herrn [[P:Wolfgang Eberhard Zimmermann-Lais]], geb. [[DOB:11.09.1964]],
wohnhaft [[STR:Sundgauallee 88]], [[LOC:79110 Freiburg]],
derzeit Universitätsklinikum Freiburg, Station 3

Sehr geehrte Damen und Herren,

die Betreuungsbehörde wird gebeten, einen Bericht nach § 12 BtOG zu erstatten, insbesondere
zur sozialen Situation des Betroffenen, zu vorrangigen anderen Hilfen und zur Eignung der
vorgeschlagenen Person. Die Anregung stammt vom Sozialdienst der Klinik.

Der Betroffene hat als Betreuerin seine Nichte vorgeschlagen:
Frau [[P:Lea Hügle]], [[STR:Im Winkel 4]], [[LOC:79249 Merzhausen]], Tel. [[TEL:0761 / 40 71 83]].

Um Vorlage des Berichts wird bis zum 01.07.2025 gebeten.

[[P:Brunner]]
Richterin am Amtsgericht
""",
    keep=[
        "§ 12 BtOG",
        "Betreuungsbehörde",
        "01.07.2025",
        "Holzmarkt 2, 79098 Freiburg",
        "Fehrenbachallee 12",
    ],
)

# 14
pii(
    "police_letter",
    """
Polizeipräsidium Rostock
Polizeiinspektion Rostock – Verkehrsunfalldienst
Ulmenstraße 54 · 18057 Rostock

Hanse- und Universitätsstadt Rostock
Fahrerlaubnisbehörde
18050 Rostock

Mitteilung nach § 2 Abs. 12 StVG                                    Rostock, 07.05.2025
Tgb.-Nr.: [[AZ:VU/0877/25/PI-HRO]]

Betroffener:   [[P:Lothar Krüger]]
geboren:       [[DOB:22.09.1958]] in [[LOC:Bad Doberan]]
Anschrift:     [[STR:Ziolkowskistraße 9]], [[LOC:18059 Rostock]]
amtl. Kennz.:  [[KFZ:HRO-LK 58]]

Am 02.05.2025 gegen 10:15 Uhr stieß der Betroffene beim Ausparken auf dem Parkplatz eines
Einkaufsmarktes in der Südstadt gegen zwei abgestellte Fahrzeuge und setzte die Fahrt
zunächst fort. Bei der anschließenden Unfallaufnahme wirkte Herr [[P:Krüger]] räumlich und
zeitlich desorientiert; er konnte weder seine Wohnanschrift noch das aktuelle Datum nennen.
Ein Atemalkoholtest verlief negativ. Die Ehefrau, Frau [[P:Gisela Krüger]], gab an, ihr
Mann sei in letzter Zeit „oft durcheinander".

Es bestehen Zweifel an der Fahreignung. Um Prüfung in eigener Zuständigkeit wird gebeten.

Im Auftrag
[[P:Rehberg]], PHK
""",
    keep=[
        "§ 2 Abs. 12 StVG",
        "Fahrerlaubnisbehörde",
        "Ulmenstraße 54",
        "07.05.2025",
        "Fahreignung",
    ],
)

# 15
pii(
    "tax_office_letter",
    """
Finanzamt Leipzig II
– Veranlagungsbezirk 214 –

Stadt Leipzig
Stadtkämmerei – Steueramt, Abt. Gewerbesteuer
04092 Leipzig

Mitteilung über den Gewerbesteuermessbetrag für 2023 (§ 184 Abs. 3 AO)
Datum: 16.01.2025

Steuernummer:         [[TAX:232/214/05837]]
Steuerpflichtiger:    [[P:Trần Quang Huy]]
Betrieb:              Einzelunternehmen „Lindenauer Asia-Imbiss"
Betriebsanschrift:    [[STR:Georg-Schwarz-Straße 104]], [[LOC:04177 Leipzig]]
Hebeberechtigte
Gemeinde:             Stadt Leipzig (100 %)

Gewerbeertrag (abgerundet)                    38.400 EUR
Freibetrag § 11 Abs. 1 GewStG               – 24.500 EUR
verbleibender Betrag                          13.900 EUR
Steuermessbetrag (3,5 %)                         486 EUR

Der Messbetrag für Vorauszahlungen ab 2025 beträgt 486 EUR.
Dieser Mitteilung liegt der Bescheid vom 14.01.2025 zugrunde.
""",
    keep=[
        "Gewerbesteuermessbetrag",
        "§ 184 Abs. 3 AO",
        "486 EUR",
        "Stadtkämmerei – Steueramt",
        "16.01.2025",
    ],
)

# 16
pii(
    "jobcenter_letter",
    """
Jobcenter Stadt Kassel
Standort Mitte · Grüner Weg 2 · 34117 Kassel

Herrn
[[P:Abdirahman Warsame Farah]]
[[STR:Friedrich-Ebert-Straße 187]]
[[LOC:34119 Kassel]]

Kundennummer: [[AZ:354D221876]]                                     Kassel, 20.05.2025
BG-Nummer:    [[AZ:35401//0092233]]

Einladung nach § 59 SGB II in Verbindung mit § 309 SGB III

Sehr geehrter Herr [[P:Farah]],

bitte kommen Sie am Dienstag, 03.06.2025, um 10:00 Uhr in das Jobcenter, Zimmer 2.17,
um mit Ihrer Integrationsfachkraft, Frau [[P:Lindqvist]], über Ihr Bewerberangebot und den
Deutschkurs (B1) zu sprechen. Bringen Sie bitte Ihren Lebenslauf und das Zertifikat Ihres
Integrationskurses mit.

Wenn Sie ohne wichtigen Grund nicht erscheinen, wird das Bürgergeld für einen Monat um
10 Prozent des maßgebenden Regelbedarfs gemindert (§ 32 SGB II).

Mit freundlichen Grüßen
Ihr Jobcenter
""",
    keep=[
        "§ 59 SGB II",
        "03.06.2025",
        "Zimmer 2.17",
        "10 Prozent des maßgebenden Regelbedarfs",
        "Grüner Weg 2",
    ],
)

# 17
pii(
    "health_insurance",
    """
AOK PLUS – Die Gesundheitskasse für Sachsen und Thüringen
Geschäftsstelle Leipzig-Mitte

Stadt Leipzig
Sozialamt, Abt. Hilfe zur Pflege
04092 Leipzig

Ihr Zeichen: [[AZ:50.23-HzP-118/24]]                            Datum: 09.12.2024

Mitgliedschaftsbescheinigung / Feststellung der Pflegebedürftigkeit

Versicherte:                [[P:Halina Nowicka-Berger]]
Geburtsdatum:               [[DOB:30.06.1938]]
Krankenversichertennummer:  [[AZ:N482915736]]
Rentenversicherungsnummer:  [[RV:04300638N574]]
Anschrift:                  [[STR:Stötteritzer Straße 41]], [[LOC:04317 Leipzig]]

Die Versicherte ist seit 01.07.2003 als Rentnerin pflichtversichert (KVdR). Nach dem
Gutachten des Medizinischen Dienstes vom 26.11.2024 liegt ab 01.10.2024 Pflegegrad 3 vor.
Leistungen der Pflegeversicherung werden als Pflegesachleistung (§ 36 SGB XI) bis zu
1.432,00 EUR monatlich erbracht.

Ihre AOK PLUS
""",
    keep=[
        "Pflegegrad 3",
        "§ 36 SGB XI",
        "1.432,00 EUR",
        "Sozialamt, Abt. Hilfe zur Pflege",
        "09.12.2024",
    ],
)

# 18
pii(
    "immigration_office",
    """
Stadt Bochum – Ausländerbüro
Aktenvermerk Verpflichtungserklärung (§§ 66–68 AufenthG)
Vorgang: [[AZ:VE-2025/0614]]                                             22.05.2025

Verpflichtungsgeber:   Herr [[P:Samir Abu Hamdan]], deutscher Staatsangehöriger
geboren:               [[DOB:04.03.1979]] in [[LOC:Irbid]] (Jordanien)
Anschrift:             [[STR:Querenburger Höhe 217]], [[LOC:44801 Bochum]]
Personalausweis-Nr.:   [[ID:LH3C7G9N2]]
Einkommen:             netto 3.840 EUR (Ingenieur, unbefristet), Miete 910 EUR warm

Eingeladene Person:    [[P:Khaled Abu Hamdan]] (Bruder), geb. [[DOB:17.10.1985]]
Reisepass (JOR):       [[PASS:R7751092]]
Zweck/Dauer:           Familienbesuch, 15.07.2025 bis 12.08.2025

Bonitätsprüfung ausreichend, Krankenversicherung für die Dauer des Besuchs wird nachgewiesen.
Formular bundeseinheitlich ausgegeben, Gebühr 29,00 EUR bar gezahlt.
Herrn [[P:Abu Hamdan]] auf Haftung für Lebensunterhalt und Rückreisekosten hingewiesen.

– Ko
""",
    keep=["§§ 66–68 AufenthG", "29,00 EUR", "Bonitätsprüfung", "22.05.2025", "Familienbesuch"],
)

# 19
pii(
    "registry_office",
    """
Hanse- und Universitätsstadt Rostock – Standesamt
Niederschrift über die Anmeldung der Eheschließung (Auszug)
Anmeldung Nr. [[AZ:A 2025/0412]]                          aufgenommen am 10.04.2025

1. Eheschließender
   Name:           [[P:Maximilian Freiherr von Plessen]]
   geboren:        [[DOB:25.11.1988]] in [[LOC:Schwerin]]
   Wohnung:        [[STR:Am Strom 59]], [[LOC:18119 Rostock-Warnemünde]]
   Familienstand:  ledig

2. Eheschließende
   Name:           [[P:Mariia Hordiienko]]
   geboren:        [[DOB:03.02.1993]] in [[LOC:Charkiw]] (Ukraine)
   Wohnung:        wie 1.
   Familienstand:  geschieden, frühere Ehe geschieden durch Urteil des Bezirksgerichts
                   Kiew vom 19.09.2021 (Anerkennung durch das OLG Rostock erforderlich)

Gewünschter Ehename: [[P:von Plessen]]
Die Eheschließende führt künftig den Namen [[P:Mariia von Plessen]].
Gewünschter Termin: Samstag, 16.08.2025, Trauzimmer im Teepott Warnemünde

Gebühren: Anmeldung 90,00 EUR, Eheschließung außerhalb der Öffnungszeiten 120,00 EUR
Vorzulegende Unterlagen: Anerkennungsentscheidung § 107 FamFG; beglaubigte Übersetzung
der Geburtsurkunde.
""",
    keep=[
        "Anmeldung der Eheschließung",
        "16.08.2025",
        "§ 107 FamFG",
        "90,00 EUR",
        "Teepott Warnemünde",
    ],
)

# 20
pii(
    "building_office",
    """
Stadt Kassel – Bauaufsicht
Obere Königsstraße 8 · 34117 Kassel

Benachrichtigung der Angrenzer (§ 70 HBO)                       Kassel, 25.03.2025
Aktenzeichen: [[AZ:63-BA-0488/25]]

Bauvorhaben:   Errichtung einer Doppelgarage mit Grenzbebauung und Abweichung von den
               Abstandsflächen (§ 6 HBO)
Baugrundstück: [[STR:Am Lindenberg 23]], [[LOC:34132 Kassel]]
Bauherrin:     Dr. [[P:Irmgard Vollmer-Kaiser]], Anschrift wie Baugrundstück
Entwurfsverfasser: Planungsbüro Nordhessen GmbH, Plan-Nr. G-01 bis G-04

Benachrichtigt werden:
1. [[P:Heinz-Werner Ostermann]], [[STR:Am Lindenberg 21]], [[LOC:34132 Kassel]]
2. Eheleute [[P:Thị Hương Lê]] und [[P:Minh Đức Lê]], [[STR:Am Lindenberg 25]], [[LOC:34132 Kassel]]
3. Erbengemeinschaft [[P:Pfeiffer]], vertreten durch Frau [[P:Sabine Pfeiffer-Öztürk]],
   [[STR:Bahnhofstraße 3]], [[LOC:34281 Gudensberg]]

Die Unterlagen können bis zum 30.04.2025 bei der Bauaufsicht eingesehen werden.
Einwendungen sind schriftlich innerhalb dieser Frist vorzubringen.
""",
    keep=[
        "§ 70 HBO",
        "Doppelgarage",
        "Plan-Nr. G-01 bis G-04",
        "30.04.2025",
        "Obere Königsstraße 8",
    ],
)

# 21
pii(
    "fine_hearing",
    """
Stadt Gelsenkirchen – Bußgeldstelle
ANHÖRUNGSBOGEN – bitte innerhalb einer Woche zurücksenden

Aktenzeichen:  [[AZ:2.31.418837.4]]
Tatzeit:       17.01.2025, 07:42 Uhr
Tatort:        Gelsenkirchen, Kurt-Schumacher-Straße, Höhe Nr. 200, FR Buer
Kennzeichen:   [[KFZ:GE-EY 3310]]
Vorwurf:       Überschreitung der zulässigen Höchstgeschwindigkeit innerorts um 18 km/h
               (§ 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO) – Verwarnungsgeld 70,00 EUR

Angaben zur Person des Halters:
Name [[P:Erdoğan]]    Vorname [[P:Yusuf]]
Anschrift [[STR:Kanzlerstr. 14]], [[LOC:45883 Gelsenkirchen]]

[x] Ich war nicht Fahrer/in. Das Fahrzeug hat geführt:
Name [[P:Erdoğan]]    Vorname [[P:Emre]]        geb. am [[DOB:04.03.1997]]  in [[LOC:Gladbeck]]
Anschrift [[STR:Horster Str. 61]], [[LOC:45964 Gladbeck]]
(mein Bruder, er weiß Bescheid)

Gelsenkirchen, 29.01.2025          Unterschrift: [[P:Y. Erdoğan]]
""",
    keep=[
        "ANHÖRUNGSBOGEN",
        "Verwarnungsgeld 70,00 EUR",
        "Kurt-Schumacher-Straße",
        "29.01.2025",
        "§ 49 StVO",
    ],
)

# 22
pii(
    "kita",
    """
Stadt Leipzig – Amt für Jugend und Familie
Kita-Platzvergabe, Eltern-Service
Bestätigung der Vormerkung

Vormerknummer:       [[AZ:KV-2025-188402]]
Kind:                [[P:Noah Benedikt Schreiter]]
Geburtsdatum:        [[DOB:18.04.2024]]
Betreuungsbeginn:    01.03.2025, Krippe, 9 Stunden
Wunscheinrichtungen: 1. Kita „Sonnenkäfer", Gohlis
                     2. Kita „Anton Sommer", Möckern
                     3. Integrative Kita „Waldstraßenviertel"

Sorgeberechtigte 1:  [[P:Franziska Schreiter]], [[TEL:0176 / 55 23 08 19]]
Sorgeberechtigte 2:  [[P:Tobias Grünewald]], [[TEL:0341 / 9 11 84 52]]
Anschrift:           [[STR:Menckestraße 27]], [[LOC:04155 Leipzig]]
E-Mail:              [[MAIL:f.schreiter@mailbox.org]]

Hinweis: Die Vormerkung begründet keinen Anspruch auf einen Platz in einer bestimmten
Einrichtung. Den Rechtsanspruch nach § 24 Abs. 2 SGB VIII können Sie bei fehlendem Angebot
bis spätestens sechs Monate vor Betreuungsbeginn geltend machen.
""",
    keep=[
        "Kita-Platzvergabe",
        "§ 24 Abs. 2 SGB VIII",
        "01.03.2025",
        'Kita „Sonnenkäfer"',
        "Eltern-Service",
    ],
)

# 23
pii(
    "school",
    """
Städtische Gesamtschule Bochum-Mitte
– Schulleitung –

An die Stadt Bochum
Schulverwaltungsamt / Schulpflichtüberwachung

Bochum, 06.03.2025

Meldung einer Schulpflichtverletzung

Schüler:        [[P:Florin-Alexandru Ciobanu]], Klasse 8c
geboren:        [[DOB:09.06.2011]]
Erziehungsber.: [[P:Elena Ciobanu]] (Mutter), [[STR:Alleestraße 128]], [[LOC:44793 Bochum]]
Telefon:        [[TEL:+40 745 218 390]] (rumänische Nummer, laut Mutter meist erreichbar)

Der Schüler hat seit dem 20.01.2025 an 21 Schultagen unentschuldigt gefehlt. Zwei
schriftliche Einladungen zu Gesprächen (27.01. und 12.02.2025) blieben unbeantwortet, ein
Hausbesuch durch unsere Schulsozialarbeiterin Frau [[P:Pietsch]] am 18.02.2025 traf niemanden an.
Nachbarn gaben an, die Familie sei „für einige Wochen in Rumänien".

Wir bitten um Einleitung der Maßnahmen nach § 41 SchulG NRW.

Mit freundlichen Grüßen
Dr. [[P:Thorsten Wegmann]]
Schulleiter
""",
    keep=[
        "Schulpflichtverletzung",
        "§ 41 SchulG NRW",
        "21 Schultagen",
        "06.03.2025",
        "Schulverwaltungsamt",
    ],
)

# 24
pii(
    "power_of_attorney",
    """
VOLLMACHT

Hiermit bevollmächtige ich,

[[P:Giuseppina Caruso-Marchetti]], geb. [[DOB:28.12.1973]],
wohnhaft [[STR:Habsburgerstraße 114]], [[LOC:79104 Freiburg im Breisgau]],
Personalausweis-Nr. [[ID:T4K0RZ71M]],

meinen Sohn

[[P:Luca Marchetti]], geb. [[DOB:02.04.2001]],
wohnhaft [[STR:Wentzingerstraße 50]], [[LOC:79106 Freiburg im Breisgau]],

mich gegenüber dem Amt für Bürgerservice und Informationsverarbeitung der Stadt Freiburg
in allen Angelegenheiten meines Wohngeldantrags (Az. [[AZ:WoG 5612-0893/24]]) zu vertreten,
Unterlagen einzureichen und Bescheide in Empfang zu nehmen.

Die Vollmacht gilt bis auf Widerruf, längstens bis zum 31.12.2025.

Freiburg, den 17.02.2025

[[P:G. Caruso-Marchetti]]                     [[P:Luca Marchetti]]
(Vollmachtgeberin)                           (Bevollmächtigter)
""",
    keep=[
        "VOLLMACHT",
        "bis auf Widerruf",
        "31.12.2025",
        "17.02.2025",
        "Amt für Bürgerservice und Informationsverarbeitung",
    ],
)

# 25
pii(
    "complaint",
    """
Von: [[P:Ingrid Haferkamp]] <[[MAIL:ingrid.haferkamp@arcor.de]]>
An: Beschwerdemanagement Stadt Kassel <ideen-und-beschwerden@kassel.de>
Datum: 14.04.2025 08:53
Betreff: Beschwerde über Verhalten im Kundenzentrum

Sehr geehrte Damen und Herren,

am Freitag, 11.04.2025, war ich um 9:15 Uhr mit meinem Enkel im Kundenzentrum im Rathaus,
um für ihn einen Kinderreisepass zu beantragen. Die Mitarbeiterin an Schalter 4 – auf
ihrem Namensschild stand „[[P:M. Rehbein]]" – war von Anfang an unfreundlich, hat mich vor
allen Wartenden angeschrien, weil ich die Geburtsurkunde nicht im Original dabei hatte,
und uns dann einfach weggeschickt. Ich bin 76 Jahre alt und bin mit zwei Bussen aus
[[LOC:Kassel-Harleshausen]] gekommen.

Ich erwarte eine Entschuldigung und einen festen Termin, an dem der Pass beantragt werden
kann. Sie erreichen mich unter [[TEL:0561 88 20 17]] oder per Post:
[[STR:Rasenallee 62]], [[LOC:34128 Kassel]].

Mit freundlichen Grüßen
[[P:Ingrid Haferkamp]]
""",
    keep=[
        "Beschwerdemanagement",
        "ideen-und-beschwerden@kassel.de",
        "Kinderreisepass",
        "Schalter 4",
        "11.04.2025",
    ],
)

# 26
pii(
    "parental_allowance",
    """
Antrag auf Elterngeld – Stadt Bochum, Elterngeldstelle
(Auszug aus der elektronischen Antragstellung „ElterngeldDigital")

Kind
  Name, Vorname:            [[P:Kowalczyk, Zofia Maria]]
  Geburtsdatum:             [[DOB:11.01.2025]]
  Geburtsort:               [[LOC:Bochum-Langendreer]]

Elternteil 1 (Antragstellerin)
  Name, Vorname:            [[P:Kowalczyk, Agnieszka]]
  Geburtsdatum:             [[DOB:15.08.1990]]
  Steuer-ID:                [[TAX:51 678 223 249]]
  Bezugszeitraum:           1.–12. Lebensmonat, Basiselterngeld
  Einkommen vor Geburt:     Pflegefachkraft, Ø netto 2.318,44 EUR

Elternteil 2
  Name, Vorname:            [[P:Kowalczyk, Paweł]]
  Geburtsdatum:             [[DOB:02.07.1987]]
  Steuer-ID:                [[TAX:83 216 456 092]]
  Bezugszeitraum:           13.–14. Lebensmonat, Basiselterngeld

Gemeinsame Anschrift:       [[STR:Ümminger Straße 35]], [[LOC:44892 Bochum]]
Telefon:                    [[TEL:0234 2 98 61 07]]
Auszahlung an:              [[IBAN:DE10 4305 0001 2780 5504 06]] (Sparkasse Bochum)
Kontoinhaberin:             [[P:Agnieszka Kowalczyk]]

Hinweis zur Bearbeitung: Mutterschaftsgeld der Krankenkasse wird angerechnet (§ 3 BEEG),
Bescheinigung fehlt noch.
""",
    keep=["Basiselterngeld", "§ 3 BEEG", "Elterngeldstelle", "2.318,44 EUR", "Mutterschaftsgeld"],
)

# 27
pii(
    "trade_registration",
    """
Elektronische Gewerbeanzeige – Datensatz GewA 1 (Anmeldung)
Empfänger: Hanse- und Universitätsstadt Rostock, Amt für Ordnung und Sicherheit
Eingang: 05.05.2025 16:41 · Übertragen von: [[IP:2a02:8109:9a3:4c00:b51d:e2f7:31a0:6c19]]

Feld 1  Registerart/Nr.:        [[HR:HRA 4918]], Amtsgericht Rostock
Feld 2  Firma:                  Fahrradwerkstatt [[P:Jannik Voß]] e.K.
Feld 3  Name, Vorname:          [[P:Voß, Jannik]]
Feld 6  Geburtsdatum/-ort:      [[DOB:21.08.1996]], [[LOC:Güstrow]]
Feld 7  Anschrift Wohnung:      [[STR:Doberaner Straße 148]], [[LOC:18057 Rostock]]
Feld 8  Telefon/E-Mail:         [[TEL:0381 / 4 90 12 66]], [[MAIL:werkstatt@voss-velo.de]]
Feld 11 Betriebsstätte:         [[STR:Patriotischer Weg 72]], [[LOC:18057 Rostock]]
Feld 15 Tätigkeit:              Reparatur, Verkauf und Vermietung von Fahrrädern und E-Bikes
Feld 19 Beginn:                 01.06.2025
Feld 21 Vollzeitbeschäftigte:   1   Teilzeitbeschäftigte: 2

Gebühr: 32,00 EUR (online gezahlt)
""",
    keep=[
        "Gewerbeanzeige",
        "Amt für Ordnung und Sicherheit",
        "01.06.2025",
        "32,00 EUR",
        "05.05.2025",
    ],
)

# 28
pii(
    "dog_tax",
    """
Stadt Bochum · Steueramt · Hundesteuer
Anmeldung eines Hundes (bitte in Druckbuchstaben ausfüllen)

Halter/in:       [[P:DIMITRIOS PAPADOPOULOS]]
Straße, Nr.:     [[STR:MARKSTR. 401]]
PLZ, Ort:        [[LOC:44799 BOCHUM]]
Geburtsdatum:    [[DOB:19.05.1984]]
Telefon:         [[TEL:0160 - 97 33 21 04]]

Hund:            Rasse: Labrador-Mischling   Geschlecht: Rüde   Farbe: schwarz
Wurfdatum:       ca. 03/2023
Gehalten seit:   15.04.2025 (aus dem Tierheim Bochum übernommen)
Gefährlicher Hund / Hund bestimmter Rasse: [ ] ja  [x] nein

SEPA-Lastschriftmandat für die Hundesteuer (jährlich 132,00 EUR):
IBAN:            [[IBAN:DE74 4306 0967 9583 5894 95]]
Kontoinhaber:    [[P:D. PAPADOPOULOS]]

Bochum, 22.04.2025          [[P:Papadopoulos]]
""",
    keep=["Hundesteuer", "132,00 EUR", "Tierheim Bochum", "22.04.2025", "Labrador-Mischling"],
)

# 29
pii(
    "parking_permit",
    """
Stadt Gelsenkirchen – Straßenverkehrsbehörde

Ausnahmegenehmigung nach § 46 Abs. 1 Nr. 11 StVO
Parkerleichterung für schwerbehinderte Menschen (EU-Parkausweis, blau)

Bescheid vom 12.02.2025
Parkausweis-Nr.:         [[AZ:GE-PA 2025/0093]]
Inhaberin:               Frau [[P:Elfriede Bartoszewski]], geb. [[DOB:17.05.1942]]
Anschrift:               [[STR:Cranger Straße 233]], [[LOC:45891 Gelsenkirchen]]
Schwerbehindertenausweis: Az. [[AZ:340 117 8824]], GdB 80, Merkzeichen aG
Gültig bis:              31.01.2030

Die Ausnahmegenehmigung ist an die Person gebunden und gilt für jedes Fahrzeug, mit dem
die Inhaberin befördert wird. Nach Angabe regelmäßig genutzt: [[KFZ:GE-ML 4471]]
(Halter: Schwiegersohn [[P:Marek Lewandowski]]).

Der Parkausweis ist gut sichtbar hinter der Windschutzscheibe auszulegen. Die Erteilung
ist gebührenfrei.
""",
    keep=["§ 46 Abs. 1 Nr. 11 StVO", "Merkzeichen aG", "31.01.2030", "gebührenfrei", "12.02.2025"],
)

# 30
pii(
    "attendee_list",
    """
Bürgerbeteiligung „Neugestaltung Stühlinger Kirchplatz" – Teilnehmendenliste
Workshop 2 · 27.03.2025 · 18:00–20:30 Uhr · Quartierstreff Stühlinger

Nr. | Name                          | Stadtteil     | E-Mail für Protokoll            | Foto ok
1   | [[P:Ahmed al-Khatib]]               | [[LOC:Mooswald]]      | [[MAIL:a.alkhatib@gmx.de]]               | ja
2   | [[P:Brigitte Sommerhalder]]         | [[LOC:Herdern]]       | –                               | nein
3   | [[P:Jonas Ruf]]                     | [[LOC:Betzenhausen]]  | [[MAIL:jonas.ruf@students.uni-freiburg.de]] | ja
4   | [[P:Mekdes Tesfaye]]                | [[LOC:Haslach]]       | [[MAIL:mekdes.t@web.de]]                 | ja
5   | [[P:Pascal Hoang]]                  | –             | –                               | ja
6   | [[P:Gertrud Bühler-Fahrländer]]     | [[LOC:Brühl-Beurbarung]] | [[MAIL:gertrud.buehler@t-online.de]]  | nein
7   | „[[P:Oli]]" (Nachname unleserlich)  | –             | [[MAIL:oli.fr79@posteo.de]]              | ja

Moderation: Büro für Bürgerbeteiligung der Stadt Freiburg (beteiligung@stadt.freiburg.de)
Protokollversand bis 10.04.2025 an alle mit Einwilligung.
""",
    keep=[
        "Neugestaltung Stühlinger Kirchplatz",
        "Quartierstreff Stühlinger",
        "beteiligung@stadt.freiburg.de",
        "10.04.2025",
        "27.03.2025",
    ],
)

# 31
pii(
    "minutes",
    """
Niederschrift über die 14. Sitzung der Bezirksvertretung Bochum-Wattenscheid
am 20.02.2025, 17:00 Uhr, Sitzungssaal Rathaus Wattenscheid

TOP 2   Einwohnerfragestunde

2.1  Herr [[P:Karl-Heinz Gerwing]] ([[STR:Westenfelder Straße 212]]) fragt nach dem Sachstand der
     Sanierung der Fußgängerbrücke über die Bahnstrecke. Die Verwaltung antwortet, die
     Ausschreibung erfolge im zweiten Quartal, Baubeginn sei für Herbst 2025 vorgesehen.

2.2  Frau [[P:Songül Akbaba]] beklagt, dass der Spielplatz an der Voedestraße seit Monaten
     gesperrt sei. Herr [[P:Gerwing]] ergänzt, die Sperrung betreffe auch den Bolzplatz.
     Die Verwaltung sagt eine schriftliche Antwort bis zur nächsten Sitzung zu.

2.3  Herr [[P:Reinhold van der Lohe]] übergibt eine Unterschriftenliste mit 146 Unterschriften
     gegen die geplante Fällung der Platanen am Alten Markt. Die Liste wird zur Vorlage
     Drucksache 20250187 genommen.

TOP 3   Mitteilungen der Verwaltung
3.1  Fortschreibung des Nahverkehrsplans – Kenntnisnahme.

Die Einwohnerfragestunde endete um 17:25 Uhr.
""",
    keep=[
        "Einwohnerfragestunde",
        "Drucksache 20250187",
        "Voedestraße",
        "20.02.2025",
        "Nahverkehrsplans",
    ],
)

# 32
pii(
    "handwritten_note",
    """
[Transkription eines handschriftlichen Zettels, eingeworfen in den Briefkasten des
Bürgeramts Grünau am 03.03.2025 – Original in der Akte]

An das Amt !!

Vor unserem Haus [[STR:Stuttgarter Allee 14]] steht seit 6 Wochen ein Auto ohne Nummern-
schild, silberner Opel Corsa, Reifen platt, voller Laub. Gehört glaube ich dem Herrn aus dem
5. Stock, [[P:Sergej]] oder so, Nachname [[P:Wolkow]]?? (steht so am Briefkasten: „[[P:S. Volkov]]")
Der Hausmeister sagt er kann nichts machen.
Bitte kümmern Sie sich, die Kinder spielen da dran!

Meine Tel. [[TEL:0341/4 11 09 82]] (ab 17 Uhr)
Gruß [[P:E. Fiedler]] (Frau)

[Vermerk: an Ordnungsamt, Verkehrsüberwachung – Schrottfahrzeug prüfen, ggf. rote Karte anbringen]
""",
    keep=[
        "Bürgeramts Grünau",
        "Opel Corsa",
        "Schrottfahrzeug",
        "03.03.2025",
        "Verkehrsüberwachung",
    ],
)

# 33
pii(
    "it_ticket",
    """
Ticket INC-2025-031877 · Priorität: hoch · Status: gelöst
Erstellt: 04.03.2025 08:17 von [[P:Schulte-Bockholt, Annette]] (Amt für Soziales)
Kategorie: Servicekonto / Bürgerportal – Kontosperre

Beschreibung:
Bürgerin ruft an, Servicekonto gesperrt nach mehreren Fehlversuchen, muss heute den
Weiterbewilligungsantrag Hilfe zum Lebensunterhalt hochladen (Frist!). Angaben der Bürgerin:
Benutzername [[MAIL:blessing.adeyemi@outlook.de]], Name [[P:Blessing Adeyemi]], Fall [[AZ:50-SGB12-2024-1188]].

Logauszug Identity-Provider (gekürzt):
2025-03-04T07:52:31Z  auth_failed  user=[[MAIL:blessing.adeyemi@outlook.de]]  src=[[IP:93.233.41.8]]
2025-03-04T07:53:02Z  auth_failed  user=[[MAIL:blessing.adeyemi@outlook.de]]  src=[[IP:93.233.41.8]]
2025-03-04T07:53:40Z  account_locked  reason=max_attempts(5)

Lösung 09:02: Konto nach Rückruf und Abgleich des Geburtsdatums ([[DOB:21.11.1986]]) entsperrt,
Passwort-Reset-Link versendet. Keine Anzeichen für Fremdzugriff (nur eine Quell-IP).
Bearbeitet: IT-Servicedesk, 2nd Level
""",
    keep=[
        "Servicekonto",
        "Weiterbewilligungsantrag",
        "account_locked",
        "IT-Servicedesk, 2nd Level",
        "04.03.2025",
    ],
)

# 34
pii(
    "web_form",
    """
Die Stadtreiniger Kassel – Online-Anmeldung Sperrmüll
-------------------------------------------------------
Anrede:                Herr
Name:                  [[P:Mustafa Koç]]
Abholadresse:          [[STR:Leuschnerstraße 77]], [[LOC:34134 Kassel]]
Stellplatz:            vor dem Haus, Gehweg
Telefon (für Rückfragen): [[TEL:+49 (0)162 7 14 35 90]]
E-Mail:                [[MAIL:koc.mustafa@icloud.com]]
Gegenstände:           1 Schrankwand (zerlegt), 2 Matratzen, 1 Lattenrost, 1 Teppich
Elektrogeräte:         1 Kühlschrank (separate Abholung)
Menge:                 ca. 3 m³
Wunschtermin:          keiner
Hinweis:               Zugang über Hof, Klingel [[P:Koç]]/[[P:Yıldırım]]

Zugeteilter Termin: Donnerstag, 15.05.2025 – bitte ab 6:00 Uhr bereitstellen.
Bis zu 5 m³ pro Jahr und Haushalt sind in der Abfallgebühr enthalten.
""",
    keep=["Sperrmüll", "15.05.2025", "ab 6:00 Uhr", "Abfallgebühr", "Die Stadtreiniger Kassel"],
)

# 35
pii(
    "lost_property",
    """
Fundbüro der Hanse- und Universitätsstadt Rostock
Fundanzeige Nr. [[AZ:2025/0733]]                               aufgenommen: 09.05.2025, 13:10 Uhr

Fundort/-zeit:   Straßenbahn Linie 5, Haltestelle Kröpeliner Tor, 08.05.2025 ca. 18 Uhr
Fundsache:       schwarze Geldbörse (Leder) mit 35,40 EUR Bargeld, EC-Karte,
                 Personalausweis Nr. [[ID:M9FV2X0K8]], Führerschein, zwei Rabattkarten
Eigentümer lt. Ausweis:
                 [[P:Karsten Dähn]], geb. [[DOB:28.12.1973]],
                 [[STR:Kuphalstraße 18]], [[LOC:18069 Rostock]]
Finderin:        [[P:Leonie Matuschek]], [[TEL:0151-23 88 40 17]] – verzichtet auf Finderlohn,
                 möchte keine Weitergabe ihrer Daten an den Verlierer

Verlierer am 09.05.2025 schriftlich benachrichtigt. Ausgabe nur gegen Vorlage eines
Ersatzdokuments oder persönliche Identifizierung. Aufbewahrungsfrist sechs Monate.
""",
    keep=["Fundbüro", "Linie 5", "Kröpeliner Tor", "35,40 EUR", "Aufbewahrungsfrist sechs Monate"],
)

# 36
pii(
    "cemetery_office",
    """
Gelsenkirchener Friedhöfe – Friedhofsverwaltung
Umschreibung eines Grabnutzungsrechts

Grabstätte:        Hauptfriedhof Buer, Feld 14, Reihe 3, Wahlgrab Nr. 22 (zweistellig)
Nutzungsrecht bis: 31.10.2038
Bisherige Nutzungsberechtigte: [[P:Hildegard Szczepanski]], verstorben am 04.01.2025
Gebührenkonto:     [[AZ:7710-048823]]

Neue Nutzungsberechtigte (Erklärung vom 19.02.2025):
  [[P:Monika Szczepanski-Hoppe]] (Tochter), geb. [[DOB:17.05.1971]]
  [[STR:Devensstraße 92]], [[LOC:45899 Gelsenkirchen]]
  Tel. [[TEL:0209 – 59 44 81]] · [[MAIL:monika.hoppe@gelsennet.de]]

Verzichtserklärung des Sohnes [[P:Rainer Szczepanski]], [[STR:Am Kanal 6]], [[LOC:46282 Dorsten]],
liegt vor (unterschrieben am 10.02.2025).

Gebühr für die Umschreibung: 45,00 EUR
Abbuchung vom Konto [[IBAN:DE78 4205 0001 4584 2208 85]], Kontoinhaberin wie oben.
""",
    keep=[
        "Grabnutzungsrechts",
        "Hauptfriedhof Buer",
        "31.10.2038",
        "45,00 EUR",
        "Friedhofsverwaltung",
    ],
)

# 37
pii(
    "naturalisation",
    """
Stadt Leipzig – Ordnungsamt, Sachgebiet Einbürgerung
Prüfbogen Einbürgerungsantrag (§ 10 StAG) – interne Checkliste

Vorgang:               [[AZ:32.33-EB-2024-02871]]
Antragsteller:         [[P:Mohammad Nabi Rahimi]]
geb. am / in:          [[DOB:09.06.2001]] / [[LOC:Herat]] (Afghanistan)
Anschrift:             [[STR:Mariannenstraße 33]], [[LOC:04315 Leipzig]]
Aufenthalt seit:       11/2015 (unbegleiteter Minderjähriger), Niederlassungserlaubnis
Nationalpass:          [[PASS:P01837264]] (gültig bis 2029)
Steuer-ID:             [[TAX:40890527066]]
RV-Nummer:             [[RV:50090601A565]]
Beschäftigung:         Elektroniker, unbefristet seit 2022 (Arbeitgeber-Bescheinigung liegt vor)

[x] Sprachnachweis B1 (telc, 14.10.2023)
[x] Einbürgerungstest bestanden (33/33)
[x] Lebensunterhalt ohne SGB II/XII gesichert
[ ] Auskunft Bundeszentralregister – angefordert 03.02.2025
[ ] Loyalitätserklärung – Termin zur Abgabe offen

Bemerkung: Mehrstaatigkeit wird hingenommen (§ 10 Abs. 1 StAG n. F.). Gebühr 255,00 EUR
bezahlt. Rückfragen an Herrn [[P:Rahimi]] per Mail: [[MAIL:m.n.rahimi@gmail.com]]
""",
    keep=[
        "§ 10 StAG",
        "Einbürgerungstest",
        "255,00 EUR",
        "Bundeszentralregister",
        "Sachgebiet Einbürgerung",
    ],
)

# 38
pii(
    "forward_chain",
    """
Von: Wohnungsamt Kassel <wohnungsamt@kassel.de>
An: [[P:Sabrina Eckhardt]] <[[MAIL:s.eckhardt@diakonie-kassel.de]]>
Datum: 03.06.2025 15:27
Betreff: AW: WBS Familie [[P:Gebremedhin]] – fehlende Unterlagen

Sehr geehrte Frau [[P:Eckhardt]],

vielen Dank für die Unterlagen. Für die Erteilung des Wohnberechtigungsscheins fehlen noch
die Einkommensnachweise der letzten zwölf Monate für Herrn [[P:Tesfay Gebremedhin]] sowie
eine Kopie der Aufenthaltserlaubnis von Frau [[P:Senait Haile]]. Die Bearbeitung ruht bis
zum Eingang, längstens bis 30.06.2025.

Freundliche Grüße
Ihr Wohnungsamt

> Von: [[P:Sabrina Eckhardt]]
> Gesendet: Montag, 2. Juni 2025 10:12
> Betreff: WBS Familie [[P:Gebremedhin]]
>
> Guten Tag,
> im Auftrag der Familie [[P:Gebremedhin]]/[[P:Haile]] ([[STR:Mombachstraße 19]], [[LOC:34127 Kassel]])
> übersende ich den Antrag auf einen WBS für 5 Personen (Eltern, drei Kinder: [[P:Yonas]],
> [[P:Ruth]] und [[P:Elsa]]). Die Familie lebt derzeit auf 54 m². Herr [[P:Gebremedhin]] ist
> erreichbar unter [[TEL:0157 – 853 220 61]], spricht aber wenig Deutsch, bitte über mich.
>
> [[P:Sabrina Eckhardt]]
> Migrationsberatung für Erwachsene, Diakonie Kassel
> Tel. 0561 7 09 74-0
""",
    keep=[
        "Wohnberechtigungsscheins",
        "wohnungsamt@kassel.de",
        "30.06.2025",
        "Migrationsberatung für Erwachsene",
        "54 m²",
        "0561 7 09 74-0",
    ],
)

# 39
pii(
    "library_notice",
    """
Stadtbibliothek Freiburg im Breisgau
Münsterplatz 17 · 79098 Freiburg

Frau
[[P:Chiara Lombardi]]
[[STR:Eschholzstraße 74]]
[[LOC:79115 Freiburg]]

Leseausweis-Nr.: [[AZ:2104 8871 3390]]                            Datum: 20.01.2025

3. Mahnung

Sehr geehrte Frau [[P:Lombardi]],

folgende Medien sind trotz zweier Erinnerungen noch nicht zurückgegeben worden:

Medium                                         fällig seit     Gebühr
Die Vermessung der Welt (Roman)                02.12.2024      8,00 EUR
Tiptoi: Unterwegs mit der Feuerwehr            02.12.2024      8,00 EUR
Mahngebühr 3. Mahnung                                          5,00 EUR
Summe                                                          21,00 EUR

Bitte geben Sie die Medien bis 03.02.2025 zurück und begleichen Sie die Gebühren. Danach
werden die Wiederbeschaffungskosten in Rechnung gestellt und Ihr Ausweis gesperrt.

Ihre Stadtbibliothek
""",
    keep=["3. Mahnung", "21,00 EUR", "03.02.2025", "Münsterplatz 17", "Wiederbeschaffungskosten"],
)

# 40
pii(
    "social_office_letter",
    """
Stadt Bochum – Amt für Soziales
Sachgebiet Bestattungskosten (§ 74 SGB XII)

Herrn
[[P:Chukwuemeka Okonkwo]]
[[STR:Westring 9]]
[[LOC:44787 Bochum]]

Aktenzeichen: [[AZ:50 22 – BK 0147/25]]                              Bochum, 28.04.2025

Antrag auf Übernahme der Bestattungskosten für Ihre verstorbene Mutter,
Frau [[P:Ngozi Okonkwo]], geb. [[DOB:05.09.1955]], verstorben am 19.03.2025

Sehr geehrter Herr [[P:Okonkwo]],

zur Prüfung Ihres Antrags benötigen wir noch:
1. die Rechnung des Bestattungsunternehmens (Kostenvoranschlag liegt vor: 3.412,80 EUR),
2. Nachweise über Ihr Einkommen und Vermögen sowie das Ihrer Ehefrau,
3. Angaben zu Ihren Geschwistern, die ebenfalls bestattungspflichtig sind – Sie nannten
   [[P:Adaeze Okonkwo-Schmitz]] ([[LOC:Köln]]) und [[P:Obinna Okonkwo]] (in Nigeria),
4. Auszüge des Girokontos der Verstorbenen, IBAN [[IBAN:DE19 5001 0517 6196 9387 49]],
   für die letzten drei Monate.

Bitte reichen Sie die Unterlagen bis zum 26.05.2025 ein (§ 60 SGB I).

Mit freundlichen Grüßen
Im Auftrag
[[P:Marquardt]]
""",
    keep=["§ 74 SGB XII", "3.412,80 EUR", "26.05.2025", "§ 60 SGB I", "Amt für Soziales"],
)

# 41
pii(
    "youth_office",
    """
Stadt Kassel – Jugendamt, Unterhaltsvorschusskasse
Vermerk zur Antragsaufnahme                                              07.04.2025

Berechtigtes Kind:   [[P:Dilan Aslan]], geb. [[DOB:14.02.2016]]
Elternteil, bei dem
das Kind lebt:       [[P:Rojda Aslan]], [[STR:Wilhelmshöher Allee 251]], [[LOC:34131 Kassel]],
                     [[TEL:0176 318 204 77]]
Barunterhaltspflichtiger:
                     [[P:Piotr Zieliński]], geb. [[DOB:02.07.1987]] in [[LOC:Opole]]
                     letzte bekannte Anschrift: [[STR:ul. Kościuszki 41/7]], [[LOC:50-011 Wrocław]], Polen
                     Arbeitgeber unbekannt; früher Kraftfahrer bei einer Spedition in Kassel-Waldau

Frau [[P:Aslan]] gibt an, der Kindesvater zahle seit Oktober 2024 keinen Unterhalt mehr. Er sei
über WhatsApp gelegentlich erreichbar ([[TEL:+48 512 884 093]]). Die Vaterschaft ist anerkannt
(Urkunde Jugendamt Kassel, UR-Nr. [[AZ:311/2016]]).

Unterhaltsvorschuss ab 01.04.2025: 2. Altersstufe, 377,00 EUR monatlich.
Auszahlung auf [[IBAN:DE40 5205 0353 8281 3123 35]] (Kasseler Sparkasse).
Rückgriff nach § 7 UVG: Auslandsbezug → Einschaltung des Bundesamts für Justiz vorbereiten.
""",
    keep=[
        "Unterhaltsvorschusskasse",
        "377,00 EUR",
        "§ 7 UVG",
        "Bundesamts für Justiz",
        "01.04.2025",
    ],
)

# 42
pii(
    "job_application",
    """
Von: [[P:Lara-Sophie Engin]] <[[MAIL:larasophie.engin@gmail.com]]>
An: bewerbung@gelsenkirchen.de
Betreff: Bewerbung Kennziffer 10/2025-037 – Verwaltungsfachangestellte (m/w/d) Bürgercenter
Anhänge: Anschreiben.pdf, Lebenslauf_Engin.pdf, Zeugnisse.pdf

Sehr geehrte Damen und Herren,

anbei übersende ich meine Bewerbung auf die oben genannte Stelle.

Lebenslauf (Kurzfassung)
Name:              [[P:Lara-Sophie Engin]]
geboren:           [[DOB:30.06.1998]] in [[LOC:Marl]]
Anschrift:         [[STR:Hochstraße 44]], [[LOC:45894 Gelsenkirchen]]
Mobil:             [[TEL:0152 / 0 38 47 61 2]]
2014 – 2017        Ausbildung zur Verwaltungsfachangestellten, Kreis Recklinghausen
seit 2017          Sachbearbeiterin Kfz-Zulassung, Kreisverwaltung
2021 – 2023        Angestelltenlehrgang I (Studieninstitut Emscher-Lippe)

Ich bin kurzfristig verfügbar (Kündigungsfrist sechs Wochen zum Quartalsende).

Mit freundlichen Grüßen
[[P:Lara-Sophie Engin]]
""",
    keep=[
        "Kennziffer 10/2025-037",
        "bewerbung@gelsenkirchen.de",
        "Angestelltenlehrgang I",
        "Verwaltungsfachangestellte (m/w/d)",
        "Studieninstitut Emscher-Lippe",
    ],
)

# 43
pii(
    "loss_report",
    """
Stadt Bochum – Bürgerbüro Langendreer
Verlustanzeige Personalausweis / Reisepass

Antragsteller/in:   [[P:Wagner, Anastasia]], geb. [[P:Morosowa]]
Geburtsdatum/-ort:  [[DOB:12.11.1979]], [[LOC:Omsk]]
Anschrift:          [[STR:Unterstraße 56 b]], [[LOC:44892 Bochum]]

Verlorenes Dokument:  [x] Personalausweis  [ ] Reisepass
Dokumentennummer:     [[ID:CFZ91K7LX]]
Verlust bemerkt am:   28.03.2025
Umstände:             vermutlich in der U35 (Richtung Herne) aus der Jackentasche gefallen,
                      Anzeige bei der Polizei unter Tagebuch-Nr. [[AZ:250328-1604-027198]]

Der Ausweis wurde im polizeilichen Informationssystem zur Fahndung ausgeschrieben und
ist ab sofort ungültig. Ein vorläufiger Personalausweis wurde beantragt (Gebühr 10,00 EUR).
Der Reisepass [[PASS:C4J7R2K9N]] bleibt gültig.

Bochum, 31.03.2025             Unterschrift: [[P:A. Wagner]]
""",
    keep=["Verlustanzeige", "vorläufiger Personalausweis", "10,00 EUR", "28.03.2025", "U35"],
)

# 44
pii(
    "email",
    """
Von: [[MAIL:th.lindemann@posteo.de]]
An: Amt für Stadtgrün und Gewässer <stadtgruen@leipzig.de>
Betreff: Antrag Fällgenehmigung Walnussbaum – [[STR:Kregelstraße 9]]
Datum: 18.02.2025

Sehr geehrte Damen und Herren,

hiermit beantrage ich die Genehmigung zur Fällung eines Walnussbaums (Stammumfang in 1 m
Höhe ca. 1,35 m) auf meinem Grundstück [[STR:Kregelstraße 9]], [[LOC:04277 Leipzig]].
Der Baum ist nach dem Sturm im Januar gespalten, ein Stämmling hängt über das Dach meines
Nachbarn, Herrn [[P:Üffing]] ([[STR:Kregelstraße 11]]), der ebenfalls um schnelle Fällung
bittet. Fotos und ein Lageplan sind angehängt. Ersatzpflanzung nach der Baumschutzsatzung
(Rotbuche oder Feldahorn) sage ich zu.

Da die Brutzeit ab 1. März beginnt, wäre ich für eine kurzfristige Entscheidung dankbar.
Telefonisch bin ich unter [[TEL:0341 30 89 17 24]] erreichbar.

Mit freundlichen Grüßen
Dr. [[P:Thomas Lindemann]]
""",
    keep=[
        "Baumschutzsatzung",
        "stadtgruen@leipzig.de",
        "Ersatzpflanzung",
        "Brutzeit ab 1. März",
        "18.02.2025",
    ],
)

# 45
pii(
    "special_use_permit",
    """
Stadt Freiburg im Breisgau – Garten- und Tiefbauamt, Sondernutzungen
Erlaubnis zur Sondernutzung öffentlicher Verkehrsflächen (§ 16 StrG BW)

Erlaubnisnehmerin: Café [[P:Rosalie]], Inh. [[P:Rosalie Frey-Benítez]] e.K.
                   [[HR:HRA 709163]], Amtsgericht Freiburg
                   USt-IdNr. [[TAX:DE318774209]]
Betriebsanschrift: [[STR:Konviktstraße 36]], [[LOC:79098 Freiburg]]
Kontakt:           [[TEL:0761 – 2 92 73 10]], [[MAIL:hallo@cafe-rosalie-freiburg.de]]

Gegenstand:        Außenbewirtschaftung mit 6 Tischen und 18 Stühlen, Fläche 14,0 m²
                   vor dem Anwesen, Restgehwegbreite mind. 1,50 m freihalten
Zeitraum:          01.04.2025 – 31.10.2025, täglich bis 22:00 Uhr
Gebühr:            14,0 m² × 7 Monate × 4,80 EUR = 470,40 EUR

Die Gebühr wird per Lastschrift vom Konto [[IBAN:DE58 6809 0000 6723 1465 85]] eingezogen.
Nebenbestimmungen: siehe Anlage; Widerruf bei Verstoß jederzeit möglich.
""",
    keep=[
        "§ 16 StrG BW",
        "470,40 EUR",
        "Außenbewirtschaftung",
        "Restgehwegbreite mind. 1,50 m",
        "31.10.2025",
    ],
)

# 46
pii(
    "email_reply",
    """
Von: [[P:Detlef Rohde]] <[[MAIL:d.rohde@gmx.de]]>
An: Amt für Finanzverwaltung <steuern@rostock.de>
Datum: 12.03.2025 19:02
Betreff: Re: Ihr Widerspruch Straßenreinigungsgebühren 2025 – Kassenzeichen [[AZ:4 0812 0377 5]]

Hallo,

danke für die schnelle Antwort, aber sie geht an meinem Punkt vorbei. Ich bestreite nicht die
Höhe der Gebühr, sondern die Einstufung der [[STR:Warnowufer 47]] in Reinigungsklasse 3. Der
Gehweg wird nach meiner Beobachtung höchstens einmal pro Woche gereinigt.

Ich halte den Widerspruch daher aufrecht.

[[P:D. Rohde]]

Am 11.03.2025 um 10:18 schrieb steuern@rostock.de:
> Sehr geehrter Herr [[P:Rohde]],
> Ihr Widerspruch vom 24.02.2025 gegen den Grundbesitzabgabenbescheid ist eingegangen. Die
> Gebühren für 2025 wurden auf Grundlage der Straßenreinigungsgebührensatzung berechnet
> (Frontmeter 14,5 m × 2,86 EUR). Wir bitten um Prüfung, ob Sie den Widerspruch aufrecht-
> erhalten möchten.
> Mit freundlichen Grüßen
> Ihr Amt für Finanzverwaltung
""",
    keep=[
        "Reinigungsklasse 3",
        "steuern@rostock.de",
        "Straßenreinigungsgebührensatzung",
        "2,86 EUR",
        "24.02.2025",
    ],
)

# 47
pii(
    "tax_declaration",
    """
Stadt Freiburg im Breisgau – Steueramt
Erklärung zur Zweitwohnungsteuer für das Jahr 2025

Steuerpflichtige/r:      [[P:Matteo Russo]]
Geburtsdatum:            [[DOB:23.01.1992]]
Hauptwohnung:            [[STR:Via Giuseppe Garibaldi 18]], [[LOC:I-40124 Bologna]]
Nebenwohnung:            [[STR:Lehener Straße 102]], [[LOC:79106 Freiburg]]
Grund der Nebenwohnung:  Forschungsaufenthalt (Postdoc), befristet bis 09/2026
Jährliche Nettokaltmiete: 6.720,00 EUR
Steuersatz:              12 % → Zweitwohnungsteuer 806,40 EUR

Die Steuer soll in vierteljährlichen Raten vom folgenden Konto eingezogen werden:
IBAN:                    [[IBAN:IT57 X971 5622 6254 5474 1075 080]]
Kontoinhaber:            [[P:Russo Matteo]]
E-Mail:                  [[MAIL:matteo.russo@unibo.it]]

Ich versichere, die Angaben nach bestem Wissen gemacht zu haben.
Freiburg, 28.02.2025          [[P:Matteo Russo]]
""",
    keep=["Zweitwohnungsteuer", "806,40 EUR", "12 %", "6.720,00 EUR", "28.02.2025"],
)

# 48
pii(
    "staff_accident_report",
    """
Stadt Bochum – Personal- und Organisationsamt
Unfallanzeige für Beschäftigte (Weiterleitung an die Unfallkasse NRW)

Verletzte Person:       [[P:Yüksel, Derya]]
Geburtsdatum:           [[DOB:02.07.1979]]
Anschrift:              [[STR:Dorstener Straße 390]], [[LOC:44809 Bochum]]
Rentenversicherungsnr.: [[RV:65 020779 Y 087]]
Beschäftigt als:        Verwaltungsfachangestellte, Amt für Soziales, seit 01.09.2008
Private Telefonnr.:     [[TEL:0234/9 51 33 80]]

Unfallzeitpunkt:        06.02.2025, 07:48 Uhr (Arbeitsbeginn 07:30 Uhr)
Unfallort:              Treppenhaus Technisches Rathaus, 2. OG
Hergang:                Auf der nassen Treppe ausgerutscht, auf das rechte Handgelenk gestürzt.
Zeuge:                  Herr [[P:Friedhelm Ossendorf]], Hausmeister
Erstbehandlung:         Durchgangsarzt, Bergmannsheil, Bochum
Arbeitsunfähig:         ja, voraussichtlich bis 28.02.2025

Die Meldung an die Unfallkasse erfolgt innerhalb von drei Tagen (§ 193 SGB VII).
""",
    keep=[
        "Unfallkasse NRW",
        "§ 193 SGB VII",
        "Durchgangsarzt",
        "06.02.2025",
        "Personal- und Organisationsamt",
    ],
)

# 49
pii(
    "youth_office",
    """
Meldung einer möglichen Kindeswohlgefährdung (§ 8a SGB VIII)
an: Stadt Gelsenkirchen, Referat Kinder, Jugend und Familien – Bezirkssozialdienst Süd
von: Städtische Kita Laurentiusstraße, Leitung
Datum/Uhrzeit: 24.03.2025, 14:35 Uhr · vorab telefonisch an den BSD

Kind:          [[P:Amira Haddad]], geb. [[DOB:21.08.2020]]
Eltern:        [[P:Rami Haddad]] und [[P:Lina Haddad]], geb. [[P:al-Sayed]]
Anschrift:     [[STR:Grillostraße 101]], [[LOC:45881 Gelsenkirchen]]
Telefon Mutter: [[TEL:01575 – 2 09 18 44]]

Beobachtung: [[P:Amira]] kam heute mit mehreren Hämatomen am linken Oberarm (fingerförmig)
in die Kita. Auf Nachfrage sagte sie, „Papa war böse". Die Mutter wirkte beim Bringen sehr
angespannt und sagte, das Kind sei „vom Klettergerüst gefallen". Bereits am 10.03. war ein
blauer Fleck am Hals dokumentiert worden (siehe Anlage, Fotos durch Kita-Fachkraft).

Die insoweit erfahrene Fachkraft wurde am 24.03. hinzugezogen; Einschätzung: akute
Gefährdung nicht auszuschließen. Abholung heute 16:00 Uhr durch den Vater angekündigt.
""",
    keep=[
        "§ 8a SGB VIII",
        "Bezirkssozialdienst Süd",
        "insoweit erfahrene Fachkraft",
        "24.03.2025",
        "Städtische Kita Laurentiusstraße",
    ],
)

# 50
pii(
    "fire_brigade_report",
    """
Feuerwehr Kassel – Einsatzbericht (Auszug)
Einsatz-Nr. 25-004417 · Stichwort: TH Türöffnung – Person in Notlage
Alarm: 19.04.2025 22:13 · Ende: 23:05 · Einsatzleiter: Zugführer FW 1

Einsatzort:   [[STR:Kölnische Straße 160]], 3. OG links, [[LOC:34119 Kassel]]
Meldender:    Nachbar, Herr [[P:Cornelius Adebayo-Wenzel]], [[TEL:0561 - 7 66 21 05]]
Betroffene:   Frau [[P:Liselotte Auerbach]], ca. 85 J., allein lebend

Lage bei Eintreffen: Hilferufe aus der Wohnung, Tür verschlossen, Schlüssel steckt innen.
Maßnahmen: Zugang über Drehleiter durch gekipptes Fenster, Wohnungstür von innen geöffnet.
Pat. nach Sturz im Bad, ansprechbar, Übergabe an RTW, Transport Klinikum Kassel.
Wohnung verschlossen, Schlüssel an den Meldenden übergeben (Einverständnis der Pat.).
Behinderung der Anfahrt durch Falschparker: PKW [[KFZ:KS-AW 808]] in der Feuerwehrzufahrt →
an Ordnungsamt gemeldet.
""",
    keep=["Einsatzbericht", "TH Türöffnung", "Drehleiter", "Feuerwehrzufahrt", "19.04.2025"],
)

# 51
pii(
    "towing_record",
    """
Stadt Leipzig – Ordnungsamt, Verkehrsüberwachung
Abschleppprotokoll Nr. [[AZ:2025-1183]]                              14.05.2025, 07:20 Uhr

Standort:            Karl-Liebknecht-Straße 92, Baustellenhalteverbot (angeordnet seit 09.05.)
Fahrzeug:            VW Passat Variant, grau
Kennzeichen:         [[KFZ:PO 7KT25]] (PL)
Halter lt. Abfrage:  [[P:Krzysztof Malinowski]], [[STR:ul. Głogowska 212]], [[LOC:60-104 Poznań]]
Zweites Fahrzeug:    Skoda Octavia, [[KFZ:L-DM 3071]]
Halterin:            [[P:Doreen Mittelstädt]], [[STR:Arno-Nitzsche-Straße 15]], [[LOC:04277 Leipzig]]

Beide Fahrzeuge umgesetzt auf den Verwahrplatz Leipzig-Nord. Herausgabe gegen Zahlung der
Verwaltungsgebühr (112,00 EUR) und der Abschleppkosten (189,50 EUR).
Frau [[P:Mittelstädt]] erschien um 09:40 Uhr und zahlte, Herausgabe erfolgt.
Halter PL: Anschreiben über Bundesamt für Justiz / Kostenbescheid in Vorbereitung.
""",
    keep=[
        "Abschleppprotokoll",
        "Baustellenhalteverbot",
        "112,00 EUR",
        "189,50 EUR",
        "Verwahrplatz Leipzig-Nord",
    ],
)

# 52
pii(
    "csv_export",
    """
Wochenmarkt Kassel-Wehlheiden (Mittwoch/Samstag) – Standvergabe 2025, Export aus Marktverwaltung
standnr;betreiber;sortiment;laenge_m;mobil;email;register
W-01;Hof [[P:Rübenkamp]], Inh. [[P:Gerd Rübenkamp]];Kartoffeln, Eier;6;[[TEL:0170 5544812]];[[MAIL:gerd@hof-ruebenkamp.de]];–
W-02;[[P:Ertuğrul Kaplan]];Oliven, Feinkost;4;[[TEL:0176 20993184]];[[MAIL:kaplan.feinkost@web.de]];[[HR:HRA 18832]] (AG Kassel)
W-03;Bäckerei Kramm GmbH;Brot, Backwaren;5;0561 4 00 72-0;info@baeckerei-kramm.de;HRB 4410 (AG Kassel)
W-04;[[P:Nguyễn Văn Hải]];Obst, Gemüse;8;[[TEL:0157 39076651]];–;–
W-05;[[P:Bettina Scholl-Ebert]];Blumen;3;[[TEL:0151 66342017]];[[MAIL:blumen.scholl@gmx.de]];–
Standgeld: 2,10 EUR je lfd. Meter und Markttag; Abrechnung quartalsweise.
""",
    keep=[
        "Standvergabe 2025",
        "Bäckerei Kramm GmbH",
        "info@baeckerei-kramm.de",
        "2,10 EUR je lfd. Meter",
        "0561 4 00 72-0",
    ],
)

# 53
pii(
    "email",
    """
Von: Jugendamt Leipzig – Beurkundungen <beurkundung@leipzig.de>
An: [[MAIL:emeka.nwosu@yahoo.co.uk]]; [[MAIL:j.kretzschmar95@web.de]]
Datum: 27.05.2025 11:04
Betreff: Terminbestätigung Vaterschaftsanerkennung und Sorgeerklärung

Sehr geehrter Herr [[P:Nwosu]], sehr geehrte Frau [[P:Kretzschmar]],

Ihr Termin zur Beurkundung der Vaterschaftsanerkennung und der gemeinsamen Sorgeerklärung
für das am [[DOB:29.04.2025]] geborene Kind [[P:Malia Kretzschmar]] findet statt am

    Dienstag, 10.06.2025, 13:30 Uhr, Naumburger Straße 26, Zimmer 118.

Bitte bringen Sie mit:
– Frau [[P:Kretzschmar]]: Personalausweis, Geburtsurkunde des Kindes
– Herr [[P:Nwosu]]: nigerianischer Reisepass (lt. Ihrer Mail Nr. [[PASS:A08817342]]), Aufenthaltstitel
  und eine eigene Geburtsurkunde mit Legalisation bzw. Überbeglaubigung
– falls Herr [[P:Nwosu]] nicht ausreichend Deutsch spricht: Dolmetscher/in für Englisch

Die Beurkundung ist gebührenfrei.

Mit freundlichen Grüßen
Ihr Team Beurkundungen
""",
    keep=[
        "Vaterschaftsanerkennung",
        "Sorgeerklärung",
        "10.06.2025",
        "Naumburger Straße 26",
        "beurkundung@leipzig.de",
    ],
)

# 54
pii(
    "registry_office",
    """
Standesamt Freiburg im Breisgau
Niederschrift über eine Erklärung zur Bestimmung des Ehenamens (§ 1355 BGB)

Vor dem Standesamt erschienen am 13.03.2025, ausgewiesen durch Personalausweise:

1. [[P:Jan-Hendrik van Dijk]], geb. [[DOB:10.11.1984]] in [[LOC:Utrecht]] (Niederlande),
   Personalausweis [[ID:N7G1P4RCX]]
2. [[P:Svenja Maria Rieger]], geb. [[DOB:21.08.1986]] in [[LOC:Lörrach]],
   Personalausweis [[ID:PK9W3M2T7]]
beide wohnhaft: [[STR:Basler Landstraße 63]], [[LOC:79111 Freiburg]]

Die Erschienenen haben am 22.06.2019 vor dem Standesamt Weil am Rhein die Ehe geschlossen
und bisher keinen Ehenamen bestimmt. Sie erklären:

„Wir bestimmen den Geburtsnamen des Ehemannes, [[P:van Dijk]], zum Ehenamen. Die Ehefrau stellt
ihren Geburtsnamen dem Ehenamen voran und führt künftig den Namen [[P:Rieger-van Dijk]]."

Die Erklärung wird mit der Beglaubigung wirksam. Gebühr: 30,00 EUR.
Mitteilung an das Standesamt Weil am Rhein (Eheregister Nr. [[AZ:E 118/2019]]) zur Folgebeurkundung.

[[P:Jan-Hendrik van Dijk]]        [[P:Svenja Maria Rieger]]        [[P:Kienzler]], Standesbeamtin
""",
    keep=["§ 1355 BGB", "Ehenamens", "Standesamt Weil am Rhein", "30,00 EUR", "13.03.2025"],
)

# 55
pii(
    "registry_office",
    """
Stadt Leipzig – Standesamt
Kirchenaustritt – Bescheinigung

Frau [[P:Claudia Wendisch-Pham]], geboren am [[DOB:07.07.1966]] in [[LOC:Borna]],
wohnhaft [[STR:Coppistraße 40]], [[LOC:04157 Leipzig]],

hat heute vor dem Standesamt Leipzig ihren Austritt aus der
Evangelisch-Lutherischen Landeskirche Sachsens erklärt.

Der Austritt wird mit Ablauf des Tages der Erklärung wirksam. Die Kirchensteuerpflicht
endet mit Ablauf des Kalendermonats, in dem der Austritt wirksam geworden ist.
Steuer-Identifikationsnummer (für die Mitteilung an das Bundeszentralamt für Steuern):
[[TAX:53 190 782 147]]

Leipzig, 02.04.2025
Gebühr: 30,00 EUR – bezahlt
""",
    keep=[
        "Kirchenaustritt",
        "Bundeszentralamt für Steuern",
        "Kirchensteuerpflicht",
        "02.04.2025",
        "30,00 EUR",
    ],
)

# 56
pii(
    "web_form",
    """
Fischereischein – Online-Antrag (Hanse- und Universitätsstadt Rostock, Untere Fischereibehörde)
submission_id=[[AZ:FS-2025-00731]] | created=2025-04-22T18:03:44+02:00 | client_ip=[[IP:77.21.148.203]]

antragsart=Ersterteilung (Fischereischein auf Lebenszeit)
nachname=[[P:Schwarzkopf]]
vorname=[[P:Ole Malte]]
geburtsdatum=[[DOB:1999-11-12]]
geburtsort=[[LOC:Wismar]]
strasse=[[STR:Zochstraße 5]]
plz_ort=[[LOC:18057 Rostock]]
telefon=[[TEL:+4917623456801]]
email=[[MAIL:olemalte.schwarzkopf@gmail.com]]
pruefung_bestanden=ja | pruefungsdatum=2025-03-29 | pruefstelle=Landesanglerverband M-V
gebuehr=23,00 EUR | zahlart=paypal
foto_upload=passbild.jpg (148 KB)
""",
    keep=[
        "Fischereischein auf Lebenszeit",
        "Untere Fischereibehörde",
        "Landesanglerverband M-V",
        "23,00 EUR",
        "2025-03-29",
    ],
)

# 57
pii(
    "csv_export",
    """
Bundestagswahl 2025 – Wahlvorstand Wahlbezirk 0412 (Gesamtschule Erle) – Erfrischungsgeld
Export Wahlamt Gelsenkirchen, Stand 26.02.2025
funktion,nachname,vorname,iban,betrag_eur,anmerkung
Wahlvorsteherin,[[P:Terhorst]],[[P:Anja]],[[IBAN:DE24420400405015499750]],50.00,
Stellv.,[[P:Gökçe]],[[P:Burak]],[[IBAN:DE13100100103872950940]],40.00,
Schriftführer,[[P:Zawadzki]],[[P:Tomasz]],[[IBAN:NL30INGB4127451524]],40.00,Konto NL ok
Beisitzerin,[[P:Osei]],[[P:Abena]],[[IBAN:DE41200411334189547638]],40.00,
Beisitzer,[[P:Lüdtke]],[[P:Hans-Georg]],,40.00,Barauszahlung gewünscht
Beisitzerin,[[P:Petrović]],[[P:Jelena]],[[IBAN:AT816582212732661488]],40.00,
Summe,,,,250.00,
""",
    keep=[
        "Erfrischungsgeld",
        "Wahlbezirk 0412",
        "Barauszahlung gewünscht",
        "250.00",
        "Bundestagswahl 2025",
    ],
)

# 58
pii(
    "payment_agreement",
    """
Stadt Kassel – Kasse und Steuern, Vollstreckung

Herrn
[[P:Hüseyin Karataş]]
[[STR:Weserstraße 31]]
[[LOC:34125 Kassel]]

Kassenzeichen: [[AZ:4.2103.887641.0]]                             Kassel, 16.05.2025

Ratenzahlungsvereinbarung

Sehr geehrter Herr [[P:Karataş]],

Ihrem Antrag vom 05.05.2025 entsprechen wir. Die offenen Forderungen (Gewerbesteuer
2022/2023 einschließlich Säumniszuschlägen, insgesamt 2.846,50 EUR) können Sie in monatlichen
Raten von 250,00 EUR, erstmals am 01.06.2025, letzte Rate am 01.04.2026 (246,50 EUR) tilgen.

Die von Ihnen angegebene Zahlung über das Konto Ihres Bruders in der Türkei
(IBAN [[IBAN:TR81 0305 2108 4387 2387 3964 89]], Inhaber [[P:Mehmet Karataş]]) ist möglich;
bitte geben Sie bei jeder Zahlung das Kassenzeichen an.

Gerät eine Rate länger als zwei Wochen in Verzug, wird der gesamte Restbetrag fällig und
die Vollstreckung fortgesetzt. Stundungszinsen nach § 234 AO werden nicht erhoben.

Mit freundlichen Grüßen
Im Auftrag
[[P:Hollstein]]
""",
    keep=["Ratenzahlungsvereinbarung", "2.846,50 EUR", "250,00 EUR", "§ 234 AO", "01.06.2025"],
)

# 59
pii(
    "formal_letter",
    """
[[P:Jasmina Hadžić]]
c/o Frauenberatungsstelle Bochum, Postfach 10 22 41, 44722 Bochum
E-Mail: [[MAIL:jasmina.h.1990@proton.me]]

An die Stadt Bochum
Bürgerbüro – Meldebehörde

Bochum, 10.02.2025

Antrag auf Eintragung einer Auskunftssperre nach § 51 Abs. 1 BMG

Sehr geehrte Damen und Herren,

ich bin am 01.02.2025 mit meinen beiden Kindern in eine neue Wohnung gezogen und habe mich
dort angemeldet (neue Anschrift: [[STR:Am Stadionring 31]], [[LOC:44791 Bochum]]). Mein früherer
Partner, Herr [[P:Dario Lukić]], geb. [[DOB:14.08.1986]], hat mich in der Vergangenheit
mehrfach bedroht. Das Amtsgericht Bochum hat am 19.12.2024 eine Gewaltschutzanordnung
erlassen (Az. [[AZ:62 F 311/24]]), die Kopie liegt bei.

Ich beantrage, für mich und meine Kinder [[P:Lea]] und [[P:Mateo]] eine Auskunftssperre
einzutragen, damit unsere Anschrift nicht herausgegeben wird. Post bitte nur über die
Beratungsstelle.

Mit freundlichen Grüßen
[[P:Jasmina Hadžić]]
""",
    keep=[
        "§ 51 Abs. 1 BMG",
        "Auskunftssperre",
        "Frauenberatungsstelle Bochum, Postfach 10 22 41",
        "10.02.2025",
        "Gewaltschutzanordnung",
    ],
)

# 60
pii(
    "web_form",
    """
Antrag auf Einrichtung einer temporären Halteverbotszone (Umzug) – Stadt Kassel,
Straßenverkehrs- und Tiefbauamt
Eingangskanal: Bürgerportal · Zeitstempel: 08.07.2025 07:12:55 · Absender-IP: [[IP:185.101.34.77]]

Antragsteller .............. [[P:Viktoria Hrytsenko]]
Anschrift (alt) ............ [[STR:Frankfurter Straße 245]], [[LOC:34134 Kassel]]
Anschrift (neu) ............ [[STR:Goethestraße 27]], [[LOC:34119 Kassel]]
Mobil ...................... [[TEL:0173/5 12 08 33]]
E-Mail ..................... [[MAIL:v.hrytsenko@gmx.de]]
Ort der Halteverbotszone ... vor [[STR:Goethestraße 27]], Länge 15 m, beidseitig nein
Zeitraum ................... 26.07.2025, 07:00–18:00 Uhr
Umzugsfahrzeug ............. Mietwagen 7,5 t, Kennzeichen noch unbekannt
Eigenes Fahrzeug (wird umgeparkt): [[KFZ:KS-VH 2710]]

Verwaltungsgebühr 35,00 EUR; Beschilderung durch Fachfirma auf eigene Kosten. Die Schilder
müssen mindestens 72 Stunden vorher aufgestellt sein.
""",
    keep=[
        "Halteverbotszone",
        "35,00 EUR",
        "mindestens 72 Stunden vorher",
        "26.07.2025",
        "Straßenverkehrs- und Tiefbauamt",
    ],
)

# 61
pii(
    "income_declaration",
    """
Stadt Freiburg im Breisgau – Amt für Kinder, Jugend und Familie
Erklärung zum Einkommen für die Festsetzung des Elternbeitrags (Kita)

Kind:                 [[P:Ilias Georgiou]], geb. [[DOB:06.12.2021]]
Einrichtung:          Kita Haslach-Gartenstadt, Ganztag (ab 01.09.2025)

Elternteil 1:         [[P:Nikolaos Georgiou]]      Steuer-ID [[TAX:99587063295]]
Elternteil 2:         [[P:Katharina Georgiou-Blum]] Steuer-ID [[TAX:25897084864]]
Anschrift:            [[STR:Markgrafenstraße 58]], [[LOC:79115 Freiburg]]

Bruttojahreseinkommen des Haushalts 2024 (lt. Steuerbescheiden):   71.480 EUR
Anzahl der kindergeldberechtigten Kinder im Haushalt:                2
→ Einkommensstufe 5 der Satzung: monatlicher Elternbeitrag 312,00 EUR

[ ] Wir verzichten auf Angaben und zahlen den Höchstbeitrag.
[x] Nachweise liegen bei (Steuerbescheide 2024).

Freiburg, 19.06.2025      [[P:N. Georgiou]]      [[P:K. Georgiou-Blum]]
""",
    keep=["Elternbeitrags", "Einkommensstufe 5", "312,00 EUR", "Höchstbeitrag", "01.09.2025"],
)

# 62
pii(
    "citizen_petition",
    """
Bürgerantrag nach § 24 GO NRW an den Rat der Stadt Gelsenkirchen
„Tempo 30 vor der Grundschule an der Devensstraße"

Eingegangen am 03.04.2025 beim Büro des Rates. Vertretungsberechtigte Person:
[[P:Agnieszka Brzezinski-Tenhagen]], [[STR:Schwarzmühlenstraße 12]], [[LOC:45884 Gelsenkirchen]],
[[TEL:0209 147 39 58]], [[MAIL:brzezinski-tenhagen@freenet.de]]

Unterschriftenliste (Auszug, Blatt 1 von 9):
 1  [[P:Gudrun Leimbach]]          [[STR:Devensstraße 18]]
 2  [[P:Serkan Doğru]]             [[STR:Devensstraße 21]]
 3  [[P:Mirela Constantinescu]]    [[STR:Schwarzmühlenstraße 4]]
 4  [[P:Frank Ibing]]              [[STR:Middelicher Straße 205]]
 5  [[P:Tamara Ibing]]             [[STR:Middelicher Straße 205]]
 6  [[P:Dawit Tekle]]              [[STR:Am Lanferbach 7]]
insgesamt 131 Unterschriften

Weiterleitung an den Ausschuss für Anregungen und Beschwerden, Sitzung am 15.05.2025.
""",
    keep=[
        "§ 24 GO NRW",
        "Tempo 30",
        "Ausschuss für Anregungen und Beschwerden",
        "15.05.2025",
        "131 Unterschriften",
    ],
)

# 63
pii(
    "web_form",
    """
Musikschule der Stadt Kassel – Online-Anmeldung
---------------------------------------------------------------
Schüler/in:          [[P:Leni Aigner]]
Geburtsdatum:        [[DOB:19.09.2015]]
Fach:                Violine, Einzelunterricht 30 Minuten
Wunschlehrkraft:     egal
Erziehungsberechtigt: [[P:Carina Aigner]], [[STR:Fiedlerstraße 9]], [[LOC:34131 Kassel]]
Telefon:             [[TEL:0561 / 31 64 207]]
E-Mail:              [[MAIL:carina.aigner@aon.at]]

Zahlungspflichtige/r (abweichend): Großvater [[P:Josef Aigner]], [[STR:Linzer Gasse 12]], [[LOC:5020 Salzburg]]
SEPA-Lastschrift IBAN: [[IBAN:AT78 8491 9768 9217 7672]]
Ermäßigung: Geschwisterermäßigung (Bruder [[P:Jakob]] belegt Schlagzeug)

Gesendet am 02.09.2025 um 21:47 · IP [[IP:2001:16b8:2c4e:9f00:1d3:8c22:a41e:7b5]]
Unterrichtsentgelt Violine 30 Min.: 79,00 EUR/Monat (abzgl. 15 % Geschwisterermäßigung)
""",
    keep=[
        "Musikschule der Stadt Kassel",
        "79,00 EUR/Monat",
        "Geschwisterermäßigung",
        "Einzelunterricht 30 Minuten",
        "02.09.2025",
    ],
)

# 64
pii(
    "chat",
    """
[Teams – Chat Bürgeramt Evershagen, 15.04.2025]
[[P:Wiebke Rahn]] 09:12  hast du kurz? Fall [[P:Kowalski]] von gestern, die Rentenversicherungsnr.
                  [[RV:12 140385 K 518]] passt nicht zum Geburtsdatum im Melderegister
[[P:Okan Çelik]] 09:13  welches GebDat steht denn drin?
[[P:Wiebke Rahn]] 09:13  [[DOB:14.03.1986]] – in der RV-Nr. steht 85
[[P:Okan Çelik]] 09:14  dann ist das Melderegister falsch oder die Bürgerin hat sich verschrieben.
                  frag sie nach der Geburtsurkunde, nicht einfach ändern
[[P:Wiebke Rahn]] 09:15  ok. rufe sie an, [[TEL:0381 4 03 77 19]]
[[P:Okan Çelik]] 09:15  👍 und vermerk das bitte in der Akte, nicht nur hier im Chat
[[P:Wiebke Rahn]] 09:41  Geburtsurkunde liegt vor: [[DOB:14.03.1985]], Registerfehler, korrigiert. danke!
""",
    keep=[
        "Bürgeramt Evershagen",
        "Melderegister",
        "Geburtsurkunde",
        "Registerfehler",
        "15.04.2025",
    ],
)

# 65
pii(
    "objection",
    """
Erbengemeinschaft nach [[P:Erwin Stratmann]]
vertreten durch [[P:Ulrike Stratmann-Kuhlmann]]
[[STR:Blumenfeldstraße 3]] · [[LOC:44795 Bochum]]

Stadt Bochum
Stadtsteueramt – Grundbesitzabgaben
44777 Bochum

Bochum, 21.02.2025

Widerspruch gegen den Grundbesitzabgabenbescheid 2025 vom 22.01.2025
Kassenzeichen: [[AZ:3.1140.209977.6]]
Objekt: Zweifamilienhaus [[STR:Hasenkampstraße 48]], [[LOC:44795 Bochum]]

Sehr geehrte Damen und Herren,

namens der Erbengemeinschaft lege ich Widerspruch gegen den oben genannten Bescheid ein,
soweit die Grundsteuer B betroffen ist. Der zugrunde liegende Grundsteuerwert ist vom
Finanzamt Bochum-Süd festgestellt worden; gegen diesen Bescheid läuft dort ein
Einspruchsverfahren. Ich bitte, das Verfahren bis zur Entscheidung ruhen zu lassen.

Mitglieder der Erbengemeinschaft (zu gleichen Teilen):
– [[P:Ulrike Stratmann-Kuhlmann]], Steuer-ID [[TAX:26835047176]]
– [[P:Bernd Stratmann]], [[STR:Eichendorffweg 2]], [[LOC:48268 Greven]], Steuer-ID [[TAX:51049617382]]

Die Zahlungen erfolgen bis zur Entscheidung unter Vorbehalt.

Mit freundlichen Grüßen
[[P:U. Stratmann-Kuhlmann]]
""",
    keep=[
        "Grundbesitzabgabenbescheid 2025",
        "Grundsteuer B",
        "Finanzamt Bochum-Süd",
        "21.02.2025",
        "unter Vorbehalt",
    ],
)

# 66
pii(
    "taxi_licence",
    """
Stadt Leipzig – Ordnungsamt, Abt. Gewerbe, Personenbeförderung
Prüfvermerk Antrag auf Wiedererteilung der Genehmigung (Taxenverkehr, § 47 PBefG)

Unternehmer:     [[P:Arman Hovhannisyan]], Einzelkaufmann
Firma:           Taxi [[P:Hovhannisyan]] e.K., [[HR:HRA 21177]] (AG Leipzig)
Geburtsdatum:    [[DOB:18.04.1980]]
Betriebssitz:    [[STR:Holbeinstraße 29]], [[LOC:04229 Leipzig]]
Konzessionen:    2 (Ordnungsnummern 0317 und 0318)
Fahrzeuge:       [[KFZ:L-AH 317]] (Toyota Prius), [[KFZ:L-AH 318]] (Toyota Corolla TS)

Geprüft:
[x] Unbedenklichkeitsbescheinigung Finanzamt (Steuernummer [[TAX:231/117/40983]])
[x] Bescheinigung der Krankenkasse, Berufsgenossenschaft
[x] Führungszeugnis Belegart O, Auskunft aus dem Gewerbezentralregister – ohne Eintrag
[x] Eigenkapitalnachweis 2.250 EUR je Fahrzeug
[ ] Fachkundeprüfung IHK – bereits 2015 abgelegt, Bescheinigung nachfordern

Genehmigungsdauer: fünf Jahre, bis 30.06.2030. Gebühr lt. PBZugV-Gebührenordnung 460,00 EUR.
""",
    keep=[
        "§ 47 PBefG",
        "Gewerbezentralregister",
        "460,00 EUR",
        "30.06.2030",
        "Eigenkapitalnachweis",
    ],
)

# 67
pii(
    "pension_application",
    """
Hanse- und Universitätsstadt Rostock – Versicherungsamt
Niederschrift über die Aufnahme eines Antrags auf Hinterbliebenenrente (Witwenrente)

Antragstellerin:       [[P:Renate Hoffmann]], geb. [[P:Nitsche]]
Geburtsdatum:          [[DOB:15.07.1966]]
Versicherungsnummer:   [[RV:15150766N521]]
Anschrift:             [[STR:Rudolf-Diesel-Straße 3]], [[LOC:18147 Rostock]]

Verstorbener Ehegatte: [[P:Klaus-Peter Hoffmann]]
Geburtsdatum:          [[DOB:03.05.1961]]
Sterbedatum:           17.02.2025, Rostock
Versicherungsnummer:   [[RV:15 030561 H 011]]
Rentenbezug zuletzt:   Erwerbsminderungsrente

Die Antragstellerin ist als Lagerlogistikerin beschäftigt (Einkommen wird angerechnet,
§ 97 SGB VI). Vorschuss für das Sterbevierteljahr beantragt.
Auszahlung auf Konto: [[IBAN:DE60 1305 0000 1598 5345 38]] (OstseeSparkasse Rostock)

Antrag an die Deutsche Rentenversicherung Nord weitergeleitet am 04.03.2025.
""",
    keep=[
        "Versicherungsamt",
        "Sterbevierteljahr",
        "§ 97 SGB VI",
        "Deutsche Rentenversicherung Nord",
        "04.03.2025",
    ],
)

# 68
pii(
    "ocr_scan",
    """
[OCR-Export, Scan-Stapel 2025-03-04, Blatt 17 – Zeichenkodierung fehlerhaft]
Anme1dung bei der MeldebehÃ¶rde                       Stadt Ge1senkirchen
Tag des Einzugs: O1.O3.2O25          Neue Wohnung: [[STR:HÃ¼ller StraÃŸe 1O7]], [[LOC:45888 Ge1senkirchen]]
Bisherige Wohnung: [[STR:Kirchstr. 8]], [[LOC:58511 LÃ¼denscheid]]    Hauptwohnung: [x]

Person 1
  Familienname ........ [[P:AL-HALABI]]
  Vornamen ............ [[P:Khaled]]
  Geburtsdatum/-ort ... [[DOB:1O.O1.1982]]  [[LOC:Aleppo]] / Syrien
  StaatsangehÃ¶rigkeit  syrisch
  Ausweisdokument ..... Reisepass [[PASS:N013882947]]; elektr. Aufenthaltstite1
                        [[ID:Y2KV08M7R]]
Person 2
  Familienname ........ [[P:AL-HALABI]], geb. [[P:HASSOUN]]
  Vornamen ............ [[P:Rana]]
  Geburtsdatum/-ort ... [[DOB:22.O7.1987]]  [[LOC:Aleppo]] / Syrien
Person 3
  Familienname ........ [[P:AL-HALABI]]
  Vornamen ............ [[P:Jana]]
  Geburtsdatum/-ort ... [[DOB:O3.11.2O17]]  [[LOC:Lüdenscheid]]

Wohnungsgeberbestätigung (§ 19 BMG) liegt vor: Vermieterin Vonovia SE
Unterschrift: [[P:Kh. Al-Halabi]]          Ge1senkirchen, den O4.O3.2O25
""",
    keep=[
        "Anme1dung bei der MeldebehÃ¶rde",
        "§ 19 BMG",
        "Vonovia SE",
        "Hauptwohnung",
        "Wohnungsgeberbestätigung",
    ],
)

# 69
pii(
    "invoice",
    """
Übersetzungs- und Dolmetscherdienst [[P:Lucía Fernández Ortega]]
Öffentlich bestellte und allgemein beeidigte Dolmetscherin (Spanisch, Portugiesisch)
[[STR:Belfortstraße 44]] · [[LOC:79098 Freiburg]] · [[TEL:+49 761 45 88 93 01]] · [[MAIL:lf.ortega@traducciones-freiburg.de]]

Stadt Freiburg im Breisgau
Amt für Migration und Integration – Ausländerbehörde
Rechnungsstelle

Rechnung Nr. 25/041                                                  Freiburg, 30.04.2025

Dolmetscheinsatz bei der Vorsprache am 24.04.2025, 09:00–11:15 Uhr
Ihr Vorgang: [[AZ:AMI-3.2-2025-00412]] (Herr [[P:Evandro Tavares]], Portugiesisch)

Honorar nach § 9 Abs. 3 JVEG, 2,5 Std. × 85,00 EUR                212,50 EUR
Fahrtkosten 14 km × 0,42 EUR                                         5,88 EUR
Gesamtbetrag                                                      218,38 EUR
Kein Ausweis der Umsatzsteuer (Kleinunternehmerin, § 19 UStG).

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf mein Konto
IBAN [[IBAN:ES49 8368 3341 6493 5508 7304]] (Konto in Spanien), BIC CAIXESBBXXX.
Steuer-ID: [[TAX:85442174303]]

[[P:L. Fernández Ortega]]
""",
    keep=["§ 9 Abs. 3 JVEG", "218,38 EUR", "§ 19 UStG", "Rechnungsstelle", "30.04.2025"],
)

# 70
pii(
    "phone_memo",
    """
Tel.-Notiz 12.06. – Rücksprache mit [[P:Kowalczyk]] (Kfz-Werkstatt, [[HR:HRA 3091]] AG Gelsenkirchen):
abgemeldeter Transporter [[KFZ:GE-KK 220]] steht noch auf dem Gehweg Grenzstraße, wird bis Freitag abgeholt.
Wiedervorlage 16.06. – Sch
""",
    keep=["Tel.-Notiz", "Wiedervorlage 16.06.", "abgemeldeter Transporter", "Grenzstraße"],
)

# ---------------------------------------------------------------------------------------------
# PII-free documents
# ---------------------------------------------------------------------------------------------

# 71
clean(
    "notice",
    """
Bürgerbüros der Stadt Bochum – geänderte Öffnungszeiten ab 01.07.2025

Bürgerbüro Mitte, Willy-Brandt-Platz 2–6
  Mo, Di, Do 08:00–16:00 Uhr · Mi 08:00–13:00 Uhr · Fr 08:00–12:30 Uhr
  jeden 1. Samstag im Monat 09:00–12:00 Uhr (nur mit Termin)
Bürgerbüro Wattenscheid, Freiheitstraße 1
  Mo, Di, Do 08:00–15:30 Uhr · Mi und Fr 08:00–12:30 Uhr
Bürgerbüro Langendreer, Alte Bahnhofstraße 125 (Amtshaus)
  Di und Do 08:00–15:30 Uhr

Termine: online über das Serviceportal oder telefonisch über die Behördennummer 115
(Mo–Fr 07:00–18:00 Uhr). Allgemeine Anfragen: buergerbueros@bochum.de

Bitte beachten: Abholung fertiger Ausweisdokumente ist ohne Termin möglich, in
Wattenscheid nur dienstags. Kartenzahlung (girocard, Kreditkarte) an allen Standorten.
""",
    keep=[
        "01.07.2025",
        "Willy-Brandt-Platz 2–6",
        "Behördennummer 115",
        "buergerbueros@bochum.de",
        "Alte Bahnhofstraße 125",
    ],
)

# 72
clean(
    "fee_table",
    """
Gebühren für Pass- und Ausweisdokumente (Stand: 01.01.2025)

Dokument                                             Gebühr
Personalausweis (ab 24 Jahren, 10 Jahre gültig)       37,00 EUR
Personalausweis (unter 24 Jahren, 6 Jahre gültig)     22,80 EUR
Vorläufiger Personalausweis                           10,00 EUR
Reisepass, 32 Seiten (ab 24 Jahren)                   70,00 EUR
Reisepass, 48 Seiten (ab 24 Jahren)                   92,00 EUR
Reisepass im Expressverfahren, Zuschlag               32,00 EUR
Vorläufiger Reisepass                                 26,00 EUR
eID-Karte für Unionsbürger                            37,00 EUR
Entsperrung / PIN-Rücksetzung                         gebührenfrei

Kinderreisepässe werden seit dem 01.01.2024 nicht mehr ausgestellt; für Kinder wird ein
Reisepass (37,50 EUR) oder ein Personalausweis (22,80 EUR) beantragt.
Rechtsgrundlagen: Personalausweisgebührenverordnung (PAuswGebV), § 15 PassV.
""",
    keep=[
        "37,00 EUR",
        "Vorläufiger Personalausweis",
        "Expressverfahren",
        "§ 15 PassV",
        "01.01.2024",
    ],
)

# 73
clean(
    "press_release",
    """
Pressemitteilung der Stadt Kassel – 12.03.2025

Friedrich-Ebert-Straße: Zweiter Bauabschnitt beginnt am 24. März

Kassel. Die Erneuerung der Friedrich-Ebert-Straße geht in die nächste Phase: Ab Montag,
24.03.2025, wird der Abschnitt zwischen Annastraße und Bebelplatz grundhaft saniert. Neben
Fahrbahn und Gehwegen werden die Gleise der Straßenbahn sowie Versorgungsleitungen
erneuert. Die Bauzeit beträgt voraussichtlich 14 Monate, die Kosten liegen bei rund
8,7 Millionen Euro, davon fördert das Land Hessen 4,1 Millionen Euro.

Während der Bauarbeiten fahren die Tramlinien 4 und 8 im Abschnitt Bebelplatz – Königsplatz
nicht; ein Ersatzverkehr mit Bussen (Linie E4) ist eingerichtet. Der Kfz-Verkehr wird
stadtauswärts über die Goethestraße umgeleitet. Anliegende Geschäfte bleiben erreichbar.

Informationen zur Baustelle: www.kassel.de/ebertstrasse, Baustellentelefon 0561 787-7070
(Mo–Fr 9–15 Uhr).
""",
    keep=[
        "Friedrich-Ebert-Straße",
        "24.03.2025",
        "8,7 Millionen Euro",
        "Linie E4",
        "0561 787-7070",
    ],
)

# 74
clean(
    "job_ad",
    """
Die Stadt Gelsenkirchen sucht für das Referat Soziales zum nächstmöglichen Zeitpunkt

Sachbearbeiter*innen Wohngeld (m/w/d)
Entgeltgruppe 9a TVöD bzw. Besoldungsgruppe A 9 LBesG NRW · Vollzeit, teilzeitgeeignet
Kennziffer 10/2025-041

Ihre Aufgaben:
– Prüfung und Bescheidung von Anträgen nach dem Wohngeldgesetz (WoGG)
– Beratung von Bürgerinnen und Bürgern, auch in schwierigen Lebenslagen
– Bearbeitung von Widersprüchen und Rückforderungen

Ihr Profil:
– Verwaltungsfachwirt*in (Angestelltenlehrgang II) oder Bachelor of Laws (Public Administration)
– alternativ Verwaltungsfachangestellte*r mit Berufserfahrung im Leistungsrecht

Wir bieten flexible Arbeitszeit, mobiles Arbeiten bis zu 40 %, ein Jobticket sowie
Fortbildungen am Studieninstitut Emscher-Lippe.

Bewerbungen bis zum 30.05.2025 ausschließlich über das Karriereportal oder an
bewerbung@gelsenkirchen.de. Fragen zum Verfahren: Personalservice, Tel. 0209 169-0.
""",
    keep=[
        "Kennziffer 10/2025-041",
        "Entgeltgruppe 9a TVöD",
        "30.05.2025",
        "bewerbung@gelsenkirchen.de",
        "0209 169-0",
    ],
)

# 75
clean(
    "it_change",
    """
Change-Ankündigung CHG-2025-0214 – IT-Dienstleister der Stadt Leipzig
Betroffenes System: Fachverfahren Meldewesen, Version 25.1.3 → 25.2.0
Wartungsfenster: Samstag, 17.05.2025, 06:00–14:00 Uhr

Auswirkungen:
– Das Fachverfahren ist im Wartungsfenster nicht erreichbar, ebenso die Online-Dienste
  „Meldebescheinigung" und „Wohnsitzanmeldung".
– Nach dem Update ist einmalig die Anmeldung mit Smartcard erforderlich.
– Der Druckertreiber für Etikettendrucker wird auf Build 2025.04.1 aktualisiert.

Neu in 25.2.0: XMeld 3.6, Anpassung an die Registermodernisierung, beschleunigte
Rückmeldungen im Datenaustausch mit dem Bundeszentralamt für Steuern.

Rückfallplan: Wiederherstellung des Snapshots vom 16.05.2025, 22:00 Uhr.
Störungsmeldungen bitte ausschließlich über das Self-Service-Portal oder die Hotline
0341 123-8888; keine Einzelmails an Mitarbeitende des Servicedesks.
""",
    keep=["CHG-2025-0214", "Version 25.1.3", "17.05.2025", "XMeld 3.6", "0341 123-8888"],
)

# 76
clean(
    "faq",
    """
Hundesteuer in Leipzig – häufige Fragen

Wie hoch ist die Hundesteuer?
Für den ersten Hund 108,00 EUR im Jahr, für jeden weiteren Hund 216,00 EUR. Für
gefährliche Hunde nach § 1 GefHundG beträgt die Steuer 660,00 EUR je Hund.

Wann muss ich meinen Hund anmelden?
Innerhalb eines Monats nach Aufnahme oder Zuzug. Welpen sind ab einem Alter von drei
Monaten steuerpflichtig.

Gibt es Ermäßigungen?
Ja, z. B. für Hunde aus dem Tierheim (Befreiung für zwölf Monate), für Rettungshunde mit
bestandener Prüfung und für Blindenführhunde (steuerfrei).

Wo bekomme ich die Steuermarke?
Sie wird mit dem Steuerbescheid zugesandt. Bei Verlust kostet die Ersatzmarke 5,00 EUR.

Kontakt: Stadt Leipzig, Stadtkämmerei – Steueramt, hundesteuer@leipzig.de
""",
    keep=[
        "108,00 EUR",
        "§ 1 GefHundG",
        "Ersatzmarke 5,00 EUR",
        "hundesteuer@leipzig.de",
        "Blindenführhunde",
    ],
)

# 77
clean(
    "blank_form",
    """
Antrag auf Erteilung eines Bewohnerparkausweises
Hanse- und Universitätsstadt Rostock – Amt für Mobilität, Bewohnerparken

Bewohnerparkgebiet (bitte ankreuzen):  [ ] A Stadtmitte  [ ] B KTV  [ ] C Südstadt  [ ] W Warnemünde

1. Angaben zur antragstellenden Person
   Name, Vorname: ______________________________________
   Geburtsdatum:  ____.____.________
   Anschrift (Hauptwohnung im Parkgebiet): ______________________________________
   Telefon / E-Mail (freiwillig): ______________________________________

2. Angaben zum Fahrzeug
   Amtliches Kennzeichen: ____________    Halter/in: [ ] ich selbst  [ ] Arbeitgeber  [ ] Leasing
   (bei Firmen- oder Leasingfahrzeug Nutzungsnachweis beifügen)

3. Gebühr: 120,00 EUR für 12 Monate · 60,00 EUR für 6 Monate

Ort, Datum: __________________   Unterschrift: __________________________

Datenschutzhinweis: Die Angaben werden nach Art. 6 Abs. 1 lit. e DSGVO zur Bearbeitung
Ihres Antrags verarbeitet und zwei Jahre nach Ablauf des Ausweises gelöscht.
""",
    keep=[
        "Bewohnerparkausweises",
        "120,00 EUR für 12 Monate",
        "Art. 6 Abs. 1 lit. e DSGVO",
        "Amt für Mobilität",
        "Amtliches Kennzeichen",
    ],
)

# 78
clean(
    "minutes",
    """
Niederschrift (öffentlicher Teil) der 9. Sitzung des Ausschusses für Umwelt, Klima und
Mobilität am 08.05.2025 im Neuen Rathaus Freiburg, Sitzungssaal 1. OG

Anwesend: 15 von 17 stimmberechtigten Mitgliedern; Verwaltung: Dezernat V, Umweltschutzamt.
Der Vorsitz stellt die ordnungsgemäße Einladung und die Beschlussfähigkeit fest.

TOP 1  Fortschreibung des Lärmaktionsplans, Stufe 4 – Drucksache G-25/071
       Vorberatung. Der Ausschuss empfiehlt dem Gemeinderat mehrheitlich die Zustimmung
       (11 Ja, 3 Nein, 1 Enthaltung).

TOP 2  Baumschutz: Ersatzpflanzungen 2024 – Bericht, Drucksache UKM-25/012
       Kenntnisnahme. Nachfrage aus der Mitte des Ausschusses zu den Standorten am
       Stühlinger Kirchplatz und in der Habsburgerstraße wird schriftlich beantwortet.

TOP 3  Radvorrangroute FR 2, Abschnitt Zähringen – Drucksache G-25/079
       Vertagt auf die Sitzung am 03.07.2025.

Ende des öffentlichen Teils: 18:42 Uhr.
""",
    keep=[
        "Drucksache G-25/071",
        "Lärmaktionsplans",
        "11 Ja, 3 Nein, 1 Enthaltung",
        "Radvorrangroute FR 2",
        "03.07.2025",
    ],
)

# 79
clean(
    "statistics",
    """
Hanse- und Universitätsstadt Rostock – Kommunale Statistikstelle
Bevölkerung mit Hauptwohnsitz nach Stadtbereichen, Stichtag 31.12.2024

Stadtbereich                     Einwohner   Veränderung zum Vorjahr
Stadtmitte                         19.784          + 1,2 %
Kröpeliner-Tor-Vorstadt            21.903          + 0,4 %
Südstadt                           15.122          – 0,3 %
Lütten Klein                       17.455          – 0,8 %
Evershagen                         17.018          – 0,6 %
Warnemünde                          8.213          – 1,1 %
Dierkow-Neu                        10.577          + 0,2 %
übrige Stadtbereiche               99.662          + 0,5 %
Gesamt                            209.734          + 0,3 %

Anteil der Einwohner mit ausländischer Staatsangehörigkeit: 9,8 % (Vorjahr 9,3 %).
Durchschnittsalter: 45,6 Jahre. Quelle: Melderegister, Auswertung vom 14.02.2025.
""",
    keep=[
        "31.12.2024",
        "209.734",
        "Kröpeliner-Tor-Vorstadt",
        "Durchschnittsalter: 45,6 Jahre",
        "Kommunale Statistikstelle",
    ],
)

# 80
clean(
    "public_notice",
    """
Öffentliche Bekanntmachung der Stadt Kassel

Bebauungsplan der Stadt Kassel Nr. IV/52 „Marie-Curie-Straße / Am Auestadion"
Öffentliche Auslegung nach § 3 Abs. 2 BauGB

Die Stadtverordnetenversammlung hat am 17.02.2025 den Entwurf des Bebauungsplans Nr. IV/52
gebilligt und die öffentliche Auslegung beschlossen. Ziel der Planung ist die Entwicklung
eines Wohnquartiers mit rund 180 Wohneinheiten, einer viergruppigen Kindertagesstätte und
einer Erweiterungsfläche für die Albert-Schweitzer-Schule.

Der Entwurf mit Begründung und Umweltbericht liegt vom 10.03.2025 bis einschließlich
11.04.2025 im Internet unter www.kassel.de/bauleitplanung aus und kann zusätzlich im
Rathaus, Obere Königsstraße 8, Zimmer W 212, während der Dienststunden eingesehen werden.

Stellungnahmen können während der Auslegungsfrist schriftlich oder per E-Mail an
stadtplanung@kassel.de abgegeben werden. Nicht fristgerecht abgegebene Stellungnahmen
können bei der Beschlussfassung unberücksichtigt bleiben (§ 4a Abs. 5 BauGB).

Kassel, 24.02.2025
Der Magistrat der Stadt Kassel
""",
    keep=[
        "Nr. IV/52",
        "§ 3 Abs. 2 BauGB",
        "Albert-Schweitzer-Schule",
        "stadtplanung@kassel.de",
        "11.04.2025",
    ],
)

# 81
clean(
    "call_for_nominations",
    """
Bürgerpreis „Käthe-Kollwitz-Medaille" der Stadt Bochum 2025 – Aufruf zu Vorschlägen

Mit der Käthe-Kollwitz-Medaille ehrt die Stadt Bochum seit 1996 Bürgerinnen und Bürger,
Initiativen und Vereine, die sich in besonderer Weise für den sozialen Zusammenhalt
einsetzen. Der Preis ist mit 3.000 Euro dotiert und wird am 5. Dezember, dem Internationalen
Tag des Ehrenamts, im Musikforum Ruhr verliehen.

Vorschlagsberechtigt sind alle Einwohnerinnen und Einwohner sowie Organisationen mit Sitz in
Bochum. Selbstbewerbungen sind nicht möglich. Vorschläge mit einer kurzen Begründung (max.
zwei Seiten) können bis zum 15.09.2025 eingereicht werden:

per Post: Stadt Bochum, Büro für bürgerschaftliches Engagement, Willy-Brandt-Platz 2–6,
44777 Bochum
per E-Mail: engagement@bochum.de

Über die Vergabe entscheidet eine Jury aus Vertreterinnen und Vertretern des Rates, der
Wohlfahrtsverbände und der Freiwilligenagentur.
""",
    keep=[
        "Käthe-Kollwitz-Medaille",
        "3.000 Euro",
        "15.09.2025",
        "engagement@bochum.de",
        "Musikforum Ruhr",
    ],
)

# 82
clean(
    "notice",
    """
Anmeldung an den weiterführenden Schulen in Gelsenkirchen zum Schuljahr 2025/26

Die Anmeldungen für die Klasse 5 finden vom 10. bis 14.02.2025 statt. Bitte melden Sie Ihr
Kind persönlich an der gewünschten Schule an und bringen Sie das Halbjahreszeugnis der
Klasse 4, die Begründete Empfehlung der Grundschule und die Geburtsurkunde mit.

Gymnasien:     Grillo-Gymnasium, Max-Planck-Gymnasium, Ricarda-Huch-Gymnasium,
               Annette-von-Droste-Hülshoff-Gymnasium, Leibniz-Gymnasium
Gesamtschulen: Gesamtschule Berger Feld, Gesamtschule Buer-Mitte, Gesamtschule Ückendorf,
               Geschwister-Scholl-Gesamtschule (Anmeldung im Gebäude Goldbergstraße)
Realschulen:   Realschule an der Mehringstraße, Leythe-Realschule

Anmeldezeiten an allen Schulen: Mo–Do 8:00–12:00 Uhr und 14:00–17:00 Uhr, Fr 8:00–12:00 Uhr.
Übersteigt die Zahl der Anmeldungen die Aufnahmekapazität, entscheidet die Schulleitung nach
den Kriterien des § 1 Abs. 2 APO-S I (Geschwisterkinder, ausgewogenes Verhältnis, Schulweg).

Fragen beantwortet das Referat Bildung, Schulverwaltung: schulanmeldung@gelsenkirchen.de
""",
    keep=[
        "Schuljahr 2025/26",
        "Geschwister-Scholl-Gesamtschule",
        "§ 1 Abs. 2 APO-S I",
        "schulanmeldung@gelsenkirchen.de",
        "Max-Planck-Gymnasium",
    ],
)

# 83
clean(
    "funding_call",
    """
Dr.-Hildegard-Brenner-Stiftung für Nachbarschaft in Freiburg
(unselbständige Stiftung in Verwaltung der Stadt Freiburg im Breisgau)

Förderaufruf 2025: „Gemeinsam im Quartier"

Gefördert werden Projekte, die Begegnung zwischen Generationen und Kulturen in den
Freiburger Stadtteilen ermöglichen, z. B. Repair-Cafés, Erzählcafés, Nachbarschaftsgärten
oder mehrsprachige Vorleseangebote. Antragsberechtigt sind gemeinnützige Vereine,
Initiativen mit Trägeranbindung und Schulfördervereine.

Fördersumme: 500 bis 5.000 EUR je Projekt, Eigenanteil mindestens 10 %.
Antragsfrist: 31.05.2025 (Posteingang). Entscheidung durch das Kuratorium im Juli 2025.

Anträge und Rückfragen: Stiftungsverwaltung im Amt für Soziales, Fehrenbachallee 12,
79106 Freiburg, stiftungen@stadt.freiburg.de, Tel. 0761 201-3501.
""",
    keep=[
        "Dr.-Hildegard-Brenner-Stiftung",
        "500 bis 5.000 EUR",
        "31.05.2025",
        "stiftungen@stadt.freiburg.de",
        "0761 201-3501",
    ],
)

# 84
clean(
    "notice",
    """
Die Stadtreiniger Kassel – Hinweise zur Sperrmüllabfuhr

Sperrmüll wird nach vorheriger Anmeldung kostenlos abgeholt (bis 5 m³ pro Haushalt und
Jahr). Jede weitere Abholung kostet 40,00 EUR zuzüglich 25,00 EUR je angefangenem
Kubikmeter.

Was gehört zum Sperrmüll? Möbel, Matratzen, Teppiche, Koffer, Fahrräder, große Spielgeräte.
Nicht zum Sperrmüll gehören: Elektrogeräte (separate Abholung), Bauschutt, Fenster, Türen,
Autoreifen, Farben und Lacke (Schadstoffmobil).

Bitte stellen Sie die Gegenstände am Abfuhrtag bis 6:00 Uhr gut sichtbar an den
Straßenrand, ohne Fußgänger zu behindern.

Anmeldung: online, per App „Abfall Kassel" oder Tel. 0561 4450-0 (Mo–Fr 7:30–16:00 Uhr).
Recyclinghof Lossewerk, Sandershäuser Straße 34: Mo–Fr 9:00–18:00 Uhr, Sa 8:00–14:00 Uhr.
""",
    keep=["40,00 EUR", "Schadstoffmobil", "0561 4450-0", "Sandershäuser Straße 34", "bis 6:00 Uhr"],
)

# 85
clean(
    "transit_notice",
    """
BOGESTRA-Fahrgastinformation – Umleitung Linien 336 und 353 in Bochum-Wiemelhausen

Wegen Kanalbauarbeiten in der Brenscheder Straße werden die Buslinien 336 und 353 vom
07.04.2025 (Betriebsbeginn) bis voraussichtlich 30.05.2025 umgeleitet.

Linie 336 (Richtung Laer Mitte): ab Haltestelle Wasserstraße über Markstraße und
Königsallee; die Haltestellen „Brenschede Kirche" und „Hugo-Schultz-Straße" entfallen.
Ersatzhaltestelle: Markstraße, vor Hausnummer 260.

Linie 353 (Richtung Querenburg Hustadt): verkehrt ohne Änderung bis Haltestelle
Konrad-Adenauer-Platz, danach Umleitung über Universitätsstraße.

Die U35 ist nicht betroffen. Fahrplanauskunft: www.bogestra.de oder Kundencenter
Tel. 0234 303-2665.
""",
    keep=[
        "Linien 336 und 353",
        "07.04.2025",
        "Hugo-Schultz-Straße",
        "Konrad-Adenauer-Platz",
        "0234 303-2665",
    ],
)

# 86
clean(
    "bylaw",
    """
Satzung über die Straßenreinigung und den Winterdienst in der Hanse- und Universitätsstadt
Rostock (Straßenreinigungssatzung) – Auszug

§ 5 Winterdienst durch die Anlieger
(1) Die Eigentümer der an öffentliche Straßen angrenzenden Grundstücke haben die Gehwege in
einer Breite von mindestens 1,20 m von Schnee freizuhalten und bei Glätte mit abstumpfenden
Mitteln zu bestreuen.
(2) Der Winterdienst ist werktags bis 7:00 Uhr, sonn- und feiertags bis 9:00 Uhr
durchzuführen und bei Bedarf bis 20:00 Uhr zu wiederholen.
(3) Die Verwendung von Streusalz ist nur an Treppen, Rampen und starken Gefällestrecken
zulässig.

§ 12 Ordnungswidrigkeiten
Ordnungswidrig handelt, wer vorsätzlich oder fahrlässig entgegen § 5 den Winterdienst nicht
oder nicht rechtzeitig durchführt. Die Ordnungswidrigkeit kann mit einer Geldbuße bis zu
5.000 EUR geahndet werden.
""",
    keep=["Straßenreinigungssatzung", "§ 5 Winterdienst", "1,20 m", "bis 7:00 Uhr", "5.000 EUR"],
)

# 87
clean(
    "public_notice",
    """
Wahlbekanntmachung der Stadt Leipzig

1. Am Sonntag, 23.02.2025, findet die Wahl zum 21. Deutschen Bundestag statt. Die Wahl
   dauert von 8:00 bis 18:00 Uhr.
2. Die Stadt ist in 437 allgemeine Wahlbezirke eingeteilt. In den Wahlbenachrichtigungen,
   die bis zum 02.02.2025 zugestellt wurden, sind der Wahlbezirk und der Wahlraum angegeben.
   Wahlräume sind unter anderem die Clara-Wieck-Grundschule, das Humboldtgymnasium, die
   Louise-Otto-Peters-Schule und die Sporthalle an der Erich-Zeigner-Allee.
3. Briefwahlunterlagen können bis zum 21.02.2025, 15:00 Uhr, beim Briefwahlbüro im Neuen
   Rathaus, Martin-Luther-Ring 4–6, beantragt werden; bei nachgewiesener plötzlicher
   Erkrankung noch bis zum Wahltag, 15:00 Uhr.
4. Jede wahlberechtigte Person hat zwei Stimmen. Wer unbefugt wählt oder sonst ein
   unrichtiges Ergebnis einer Wahl herbeiführt, wird nach § 107a StGB bestraft.

Leipzig, 30.01.2025 – Stadt Leipzig, Amt für Statistik und Wahlen
""",
    keep=[
        "23.02.2025",
        "437 allgemeine Wahlbezirke",
        "Martin-Luther-Ring 4–6",
        "§ 107a StGB",
        "Amt für Statistik und Wahlen",
    ],
)

# 88
clean(
    "email_signature",
    """
Mit freundlichen Grüßen
Ihr Team Bürgerservice

Stadt Gelsenkirchen
Referat Bürgerservice · Bürgercenter Buer
Goldbergstraße 12 · 45894 Gelsenkirchen
Telefon 0209 169-0 · Telefax 0209 169-4999
buergerservice@gelsenkirchen.de · www.gelsenkirchen.de

Öffnungszeiten: Mo, Di, Do 8:00–16:00 Uhr · Mi, Fr 8:00–12:00 Uhr

Bitte beachten Sie unsere Datenschutzhinweise nach Art. 13 DSGVO unter
www.gelsenkirchen.de/datenschutz. Diese E-Mail wurde aus einem Funktionspostfach versandt;
bitte antworten Sie mit unverändertem Betreff, damit Ihr Anliegen zugeordnet werden kann.
""",
    keep=[
        "Goldbergstraße 12 · 45894 Gelsenkirchen",
        "0209 169-4999",
        "buergerservice@gelsenkirchen.de",
        "Art. 13 DSGVO",
        "Bürgercenter Buer",
    ],
)

# 89
clean(
    "internal_circular",
    """
Rundschreiben 07/2025 des Personal- und Organisationsamts – an alle Ämter

Betreff: Versand personenbezogener Daten per E-Mail

1. Personenbezogene Daten besonderer Kategorien (Art. 9 DSGVO), insbesondere Gesundheits-
   daten, dürfen nur verschlüsselt (S/MIME oder über den sicheren Dateiaustausch) versandt
   werden.
2. An externe Empfänger sind Funktionspostfächer zu verwenden; persönliche Postfächer der
   Beschäftigten sind nicht in Serienbriefe oder Bescheide aufzunehmen.
3. Verteiler mit mehr als zehn externen Empfängern sind ausschließlich in BCC zu adressieren.
4. Fehlversendungen sind unverzüglich, spätestens binnen 24 Stunden, der bzw. dem
   Datenschutzbeauftragten zu melden (datenschutz@bochum.de, Tel. 0234 910-1118), damit die
   Frist des Art. 33 DSGVO (72 Stunden) eingehalten werden kann.

Dieses Rundschreiben ersetzt das Rundschreiben 12/2019. Es tritt am 01.04.2025 in Kraft.
""",
    keep=[
        "Rundschreiben 07/2025",
        "Art. 9 DSGVO",
        "datenschutz@bochum.de",
        "Art. 33 DSGVO",
        "01.04.2025",
    ],
)

# 90
clean(
    "tender",
    """
Bekanntmachung über vergebene Aufträge (§ 30 UVgO) – Stadt Kassel

Vergabenummer:       V-2025-0117 (Unterschwellenvergabe, öffentliche Ausschreibung)
Leistung:            Unterhaltsreinigung von 14 Schulgebäuden, Los 2 (Kassel-Nord)
Laufzeit:            01.08.2025 bis 31.07.2028, Verlängerungsoption 1 × 12 Monate
Zahl der Angebote:   6
Zuschlag an:         Piepenbrock Dienstleistungen GmbH & Co. KG, Osnabrück
Auftragswert:        1,94 Mio. EUR netto (gesamte Laufzeit)

Los 1 (Kassel-Süd) wurde aufgehoben (§ 48 UVgO) und wird neu ausgeschrieben.

Zu den Gebäuden gehören u. a. die Georg-Christoph-Lichtenberg-Schule, die Carl-Anton-Henschel-
Schule und die Grundschule am Hegelsberg.

Zentrale Vergabestelle, Rathaus, Obere Königsstraße 8, 34117 Kassel, vergabestelle@kassel.de
""",
    keep=[
        "V-2025-0117",
        "§ 30 UVgO",
        "1,94 Mio. EUR netto",
        "vergabestelle@kassel.de",
        "Piepenbrock Dienstleistungen GmbH & Co. KG",
    ],
)

# 91
clean(
    "faq",
    """
Standesamt Rostock – Heiraten: Fragen und Antworten

Wo kann ich heiraten?
Im Trauzimmer des Rathauses am Neuen Markt, im Teepott Warnemünde, im Kloster zum Heiligen
Kreuz und auf dem Traditionsschiff im IGA-Park. Außenstandorte kosten einen Zuschlag.

Welche Unterlagen brauche ich?
Gültiger Personalausweis oder Reisepass, beglaubigter Ausdruck aus dem Geburtenregister
(nicht älter als sechs Monate), bei Vorehen die Eheurkunde mit Auflösungsvermerk.
Bei ausländischen Urkunden ggf. Apostille und Übersetzung durch eine beeidigte Übersetzerin
oder einen beeidigten Übersetzer.

Was kostet die Eheschließung?
Anmeldung 90,00 EUR; Trauung während der Dienstzeit gebührenfrei, samstags 120,00 EUR,
Außenstandort zusätzlich 150,00 EUR. Bei Auslandsbezug erhöht sich die Anmeldegebühr auf
bis zu 250,00 EUR.

Wie früh kann ich mich anmelden?
Frühestens sechs Monate vor dem Wunschtermin. Terminvereinbarung: standesamt@rostock.de
oder Tel. 0381 381-1010.
""",
    keep=["Teepott Warnemünde", "90,00 EUR", "Apostille", "standesamt@rostock.de", "0381 381-1010"],
)

# 92
clean(
    "fee_table",
    """
Elternbeiträge für Kindertageseinrichtungen der Stadt Freiburg ab 01.09.2025
(Ganztagsbetreuung, 10 Stunden täglich, monatlich, 11 Monate im Jahr)

Einkommensstufe  Jahreseinkommen des Haushalts   Krippe (unter 3)   Kindergarten (ab 3)
1                bis 25.000 EUR                     0,00 EUR            0,00 EUR
2                25.001 – 40.000 EUR              118,00 EUR           62,00 EUR
3                40.001 – 55.000 EUR              196,00 EUR          104,00 EUR
4                55.001 – 70.000 EUR              254,00 EUR          146,00 EUR
5                70.001 – 85.000 EUR              312,00 EUR          188,00 EUR
6                über 85.000 EUR                  371,00 EUR          229,00 EUR

Geschwisterermäßigung: 2. Kind 50 %, ab dem 3. Kind beitragsfrei.
Verpflegungspauschale: 72,00 EUR monatlich (Bildung-und-Teilhabe-Berechtigte: 0,00 EUR).
Rechtsgrundlage: Satzung über die Benutzung der städtischen Kindertageseinrichtungen,
Gemeinderatsbeschluss vom 20.05.2025, Drucksache G-25/094.
""",
    keep=[
        "01.09.2025",
        "312,00 EUR",
        "Verpflegungspauschale: 72,00 EUR",
        "Drucksache G-25/094",
        "Geschwisterermäßigung",
    ],
)

# 93
clean(
    "agenda",
    """
Ratsversammlung der Stadt Leipzig – Tagesordnung der Sitzung am 18.06.2025, 14:00 Uhr
Neues Rathaus, Martin-Luther-Ring 4–6, Ratsplenarsaal

Öffentlicher Teil
1.  Eröffnung, Feststellung der Beschlussfähigkeit
2.  Einwohnerfragestunde
3.  Satzung zur Änderung der Hundesteuersatzung – VIII-DS-01428
4.  Benennung einer Straße im Baugebiet „Lindenauer Hafen" in „Hannah-Arendt-Straße"
    – VIII-DS-01377
5.  Sanierung der Sporthalle am Clara-Zetkin-Park, Baubeschluss (4,3 Mio. EUR)
    – VIII-DS-01290-NF-01
6.  Antrag der Fraktion: Kostenloses Schülerticket für Klassen 1–4 – VIII-A-00871
7.  Jahresabschluss 2024 der Leipziger Verkehrsbetriebe (LVB) GmbH – Information
    VIII-Ifo-00512

Nichtöffentlicher Teil
8.  Grundstücksangelegenheiten

Die Sitzung wird live im Internet übertragen (www.leipzig.de/ratsversammlung).
""",
    keep=[
        "VIII-DS-01428",
        "Hannah-Arendt-Straße",
        "Clara-Zetkin-Park",
        "4,3 Mio. EUR",
        "18.06.2025",
    ],
)

# 94
clean(
    "faq",
    """
Bauaufsicht Bochum – Brauche ich eine Baugenehmigung?

Genehmigungsfrei (§ 62 BauO NRW) sind unter anderem:
– Garagen und überdachte Stellplätze bis 30 m³ Brutto-Rauminhalt je Grundstück außerhalb
  des Außenbereichs,
– Gartenhäuser bis 75 m³ Brutto-Rauminhalt,
– Terrassenüberdachungen bis 30 m² Grundfläche und 3 m Tiefe,
– Solaranlagen auf Dach- und Außenwandflächen.

Auch genehmigungsfreie Vorhaben müssen das öffentliche Baurecht einhalten, insbesondere die
Abstandsflächen (§ 6 BauO NRW) und die Festsetzungen des Bebauungsplans.

Für Wohngebäude der Gebäudeklassen 1–3 im Geltungsbereich eines Bebauungsplans gilt das
Freistellungsverfahren nach § 63 BauO NRW; Unterlagen sind mindestens einen Monat vor
Baubeginn einzureichen.

Beratung: Servicecenter Bauen, Hans-Böckler-Straße 19, Mo–Do 8:30–12:00 Uhr,
bauberatung@bochum.de, Tel. 0234 910-2460.
""",
    keep=[
        "§ 62 BauO NRW",
        "75 m³",
        "Freistellungsverfahren",
        "Hans-Böckler-Straße 19",
        "bauberatung@bochum.de",
    ],
)

# 95
clean(
    "press_release",
    """
Pressemitteilung – Stadt Leipzig, Amt für Stadtgrün und Gewässer, 02.06.2025

Parkfest im Clara-Zetkin-Park am 21. Juni

Zum Sommeranfang lädt die Stadt Leipzig am Samstag, 21.06.2025, von 12 bis 22 Uhr zum
Parkfest auf die Anton-Bruckner-Allee und die Sachsenbrückenwiese ein. Auf drei Bühnen
spielen Leipziger Bands, Chöre und die Musikschule „Johann Sebastian Bach"; am
Parkbühnen-Gelände gibt es Mitmachangebote für Kinder, Führungen zur Geschichte des Parks
und einen Infostand zur Baumpflege.

Der Eintritt ist frei. Die Anton-Bruckner-Allee ist am Festtag von 8 bis 24 Uhr für den
Kfz-Verkehr gesperrt; die Straßenbahnlinie 9 fährt mit verstärktem Takt. Besucherinnen und
Besucher werden gebeten, mit dem Rad oder mit Bus und Bahn anzureisen.

Rückfragen der Medien: Pressestelle, presse@leipzig.de, Tel. 0341 123-2044
""",
    keep=[
        "Clara-Zetkin-Park",
        "21.06.2025",
        "Anton-Bruckner-Allee",
        "Straßenbahnlinie 9",
        "presse@leipzig.de",
    ],
)

# 96
clean(
    "fee_table",
    """
Gebührenordnung für die Wochenmärkte der Stadt Bochum (Auszug, gültig ab 01.01.2025)

Standgeld je Markttag und laufendem Frontmeter
  Wochenmarkt Innenstadt (Di, Do, Sa) ............................ 2,60 EUR
  Stadtteilmärkte (Wattenscheid, Langendreer, Linden, Gerthe) ..... 1,90 EUR
  Mindeststandgeld je Markttag ................................... 8,00 EUR

Zuschläge
  Stromanschluss bis 3,5 kW ....................................... 3,50 EUR/Tag
  Stromanschluss über 3,5 kW / Starkstrom ........................ 7,00 EUR/Tag
  Tagesplatz (ohne Dauerzuweisung) ................................ + 20 %

Dauerbeschicker erhalten die Gebührenbescheide quartalsweise; Tagesbeschicker zahlen vor
Ort an die Marktaufsicht gegen Quittung. Die Marktzeiten sind in § 4 der Marktsatzung
geregelt (Aufbau ab 6:00 Uhr, Verkauf 7:00–13:00 Uhr, Räumung bis 14:30 Uhr).

Marktverwaltung: Stadt Bochum, Ordnungsamt, Märkte, maerkte@bochum.de
""",
    keep=[
        "2,60 EUR",
        "Mindeststandgeld",
        "§ 4 der Marktsatzung",
        "maerkte@bochum.de",
        "01.01.2025",
    ],
)

# 97
clean(
    "statistics",
    """
Verkehrsunfallstatistik Gelsenkirchen 2024 – Kurzbericht für den Ausschuss für Verkehr
(Datengrundlage: Polizeipräsidium Gelsenkirchen, Stand 31.01.2025)

                                          2023      2024    Veränderung
Verkehrsunfälle insgesamt                 8.912     8.647      – 3,0 %
  davon mit Personenschaden               1.021       978      – 4,2 %
Verunglückte Personen                     1.318     1.262      – 4,2 %
  davon Getötete                              6         4
  davon Schwerverletzte                     142       131
Unfälle mit Radfahrenden                    298       321      + 7,7 %
Unfälle mit Pedelecs/E-Scootern             117       139      + 18,8 %

Unfallhäufungsstellen 2024: Kreuzung Kurt-Schumacher-Straße / Grothusstraße, Knoten
Florastraße / Ruhrstraße, Overwegstraße im Bereich der Einmündung Bahnhofsvorplatz.
Die Verwaltung schlägt für die drei Stellen bauliche Maßnahmen vor (Drucksache 20-25/4418).
""",
    keep=[
        "Verkehrsunfallstatistik Gelsenkirchen 2024",
        "8.647",
        "Kurt-Schumacher-Straße",
        "Drucksache 20-25/4418",
        "+ 18,8 %",
    ],
)

# 98
clean(
    "blank_form",
    """
Stadt Kassel – Wohngeldstelle
Anlage „Haushaltsmitglieder" zum Wohngeldantrag (bitte für jedes Mitglied ausfüllen)

Lfd. Nr. | Familienname | Vorname | Geburtsdatum | Verwandtschaftsverhältnis zur
         |              |         |              | antragstellenden Person
---------+--------------+---------+--------------+------------------------------
   2     |              |         |              |
   3     |              |         |              |
   4     |              |         |              |

Erzielt das Haushaltsmitglied eigenes Einkommen?  [ ] ja (Anlage E beifügen)  [ ] nein
Bezieht es Leistungen nach SGB II, SGB XII oder AsylbLG?  [ ] ja  [ ] nein
Ist es nur vorübergehend abwesend (z. B. Studium, Wehrdienst)?  [ ] ja, seit ______

Hinweis: Unvollständige Angaben verzögern die Bearbeitung. Wer vorsätzlich oder
fahrlässig falsche Angaben macht, handelt ordnungswidrig (§ 37 WoGG).
Rückfragen: wohngeld@kassel.de, Tel. 0561 787-5050 (Mo, Di, Do 8–12 Uhr)
""",
    keep=["Haushaltsmitglieder", "Anlage E", "§ 37 WoGG", "wohngeld@kassel.de", "0561 787-5050"],
)

# 99
clean(
    "internal_notice",
    """
Hausmitteilung – Zentrale Gebäudewirtschaft der Hanse- und Universitätsstadt Rostock

Heizungsumstellung im Verwaltungsgebäude St.-Georg-Straße 109

In der Woche vom 22. bis 26.09.2025 wird die Heizungsanlage im Haus I auf
Fernwärme-Übergabestationen umgestellt. Die Arbeiten führt die Robert Bosch GmbH
(Geschäftsbereich Building Technologies) im Auftrag der Stadtwerke Rostock AG aus.

Auswirkungen für die Beschäftigten:
– Warmwasser in den Teeküchen des 1. bis 4. OG steht nicht zur Verfügung.
– Am Mittwoch, 24.09.2025, ist der Haupteingang von 7 bis 12 Uhr gesperrt; bitte den
  Eingang Hinter dem Rathaus nutzen.
– Die Räume 1.014 bis 1.022 (Technikzentrale) sind nicht zugänglich.

Störungen bitte an die Hausmeisterzentrale, Tel. 0381 381-1199 oder
hausmeister.zgw@rostock.de.
""",
    keep=[
        "St.-Georg-Straße 109",
        "Robert Bosch GmbH",
        "24.09.2025",
        "0381 381-1199",
        "hausmeister.zgw@rostock.de",
    ],
)

# 100
clean(
    "internal_notice",
    """
Einkauf: Rahmenvertrag Arbeitsschutzartikel mit der Adolf Würth GmbH & Co. KG bis 31.12.2026 verlängert.
Bestellungen ab 01.02.2025 nur noch über das Einkaufsportal, Freigabe durch die Amtsleitung.
Rückfragen: Zentraler Einkauf, einkauf@freiburg.de, App. 3377.
""",
    keep=["Adolf Würth GmbH & Co. KG", "31.12.2026", "Einkaufsportal", "einkauf@freiburg.de"],
)

if __name__ == "__main__":
    sys.exit(CORPUS.main(OUT, {"pii": 70, "clean": 30}))
