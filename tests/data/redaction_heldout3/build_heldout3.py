"""Build the third held-out German PII redaction corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_heldout3/build_heldout3.py

This set was written without sight of the redactor, its benchmark or the other corpora. It is
for measuring only and must never be used for tuning: once figures on it have informed a change
to the redactor, it is no longer held out.

Every document is written out individually below. Personal strings are marked inline as
``[[TYPE:text]]``; the script strips the markup and computes the offsets, so no offset is ever
written by hand. Short aliases may be used for the type:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions of this set:
  - salutations and titles ("Herr", "Frau", "Dr.", "PHK", "Rechtsanwältin") stay outside a
    PERSON span; name particles that belong to the surname ("von", "zu", "al-", "Abu",
    "Freiherr von") are inside it;
  - "Nachname, Vorname" is one PERSON span; nicknames and user handles are PERSON;
  - a name inside an e-mail address is annotated only as part of the EMAIL_ADDRESS;
  - names of natural persons are annotated wherever they occur, also inside the trade name of a
    sole trader ("Malerbetrieb Koch") or of a one-person company; addresses, phone numbers,
    e-mail addresses and register numbers of sole traders count as personal;
  - addresses, switchboards and functional mailboxes of authorities, companies, law firms and
    associations are not personal (many are listed under ``keep``);
  - Steuer-ID, Steuernummer and USt-IdNr. of a natural person are DE_TAX_ID;
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
[[P:Mehmet Kaya]]
[[STR:Wanheimer Straße 212]]
[[LOC:47053 Duisburg]]
Tel. [[TEL:0203 / 48 77 19]]

Stadt Duisburg
Amt für Soziales und Wohnen – Wohngeldstelle
Schwanenstraße 5–7
47051 Duisburg

Duisburg, 3. Februar 2025

Ihr Zeichen: [[AZ:WG 50-24-118734]]
Weiterleistungsantrag Wohngeld

Sehr geehrte Damen und Herren,

anbei übersende ich Ihnen den Weiterleistungsantrag für meinen Haushalt. Seit dem 1. Januar bekomme ich eine Erwerbsminderungsrente. Den Rentenbescheid der Deutschen Rentenversicherung Rheinland (Versicherungsnummer [[RV:12 140379 K 509]]) lege ich in Kopie bei. Meine Frau [[P:Songül]] ist weiterhin geringfügig beschäftigt, die Lohnabrechnungen für Oktober bis Dezember liegen ebenfalls bei.

Bitte überweisen Sie das Wohngeld wie bisher auf unser Konto, IBAN [[IBAN:DE24 1005 0000 2780 5504 06]]. Die Miete hat sich nicht geändert.

Bei Rückfragen erreichen Sie mich am besten vormittags unter der oben genannten Nummer oder über meinen Sohn [[P:Emre]] ([[TEL:0176 23419087]]), der für uns übersetzt.

Mit freundlichen Grüßen

[[P:Mehmet Kaya]]

Anlagen: Antrag, Rentenbescheid, 3 Lohnabrechnungen, Mietbescheinigung
""",
    keep=[
        "Wohngeldstelle",
        "Weiterleistungsantrag",
        "Erwerbsminderungsrente",
        "Schwanenstraße 5–7",
        "Mietbescheinigung",
    ],
)

# 2
pii(
    "email_mobile",
    """
Von: [[MAIL:jonas.becker88@gmx.de]]
An: bewohnerparken@stadt-koeln.de
Betreff: parkausweis

hallo, mein bewohnerparkausweis ist seit letzter woche abgelaufen und ich hab den online antrag 2x versucht aber das portal sagt immer "fehler beim upload". kennzeichen ist [[KFZ:K JB 2207]], wohne [[STR:alteburger str 41]] (zone 2 severinsviertel). kann ich den fahrzeugschein auch einfach per mail schicken?? hab grad 2 knöllchen bekommen, das kann ja nicht sein

gruß [[P:jonas becker]]

Von meinem iPhone gesendet
""",
    keep=["bewohnerparken@stadt-koeln.de", "bewohnerparkausweis", "zone 2", "fehler beim upload"],
)

# 3
pii(
    "forward_chain",
    """
Von: Jobcenter Leipzig Team 412 <Jobcenter-Leipzig.Team412@jobcenter-ge.de>
Gesendet: Dienstag, 11. März 2025 09:14
An: Sozialamt Leipzig – Wohnungsnotfallhilfe <wohnungsnotfallhilfe@leipzig.de>
Betreff: WG: Mietschulden / drohende Räumung – BG [[AZ:25602//0187344]]

Liebe Kolleginnen und Kollegen,

zur Kenntnis und mit der Bitte um Prüfung einer Übernahme nach § 22 Abs. 8 SGB II bzw. Kontaktaufnahme durch die Fachstelle. Die Bedarfsgemeinschaft besteht aus Frau [[P:Kovalenko]] und ihren beiden Kindern. Die Vermieterin hat fristlos gekündigt, eine Räumungsklage ist nach unserem Kenntnisstand noch nicht erhoben.

Mit freundlichen Grüßen
i. A. [[P:D. Hentschel]]
Jobcenter Leipzig, Team 412

-----Ursprüngliche Nachricht-----
Von: [[MAIL:n.kovalenko.lpz@gmail.com]]
Gesendet: Montag, 10. März 2025 22:41
An: Jobcenter-Leipzig.Team412@jobcenter-ge.de
Betreff: Mietschulden / drohende Räumung

Sehr geehrte Damen und Herren,

ich habe heute Brief von Hausverwaltung bekommen, ich soll bis 31.03. Wohnung [[STR:Eisenbahnstraße 87]], 3. OG links, verlassen. Rückstand ist 2.140 Euro weil Miete für Dezember und Januar wegen Fehler bei Dauerauftrag nicht angekommen. Ich habe zwei Kinder, [[P:Sofiia]] (9) und [[P:Maksym]] (4). Bitte helfen Sie mir. Meine Nummer [[TEL:+380 67 412 88 05]] funktioniert auch in Deutschland, oder [[TEL:0157 34120976]].

[[P:Natalia Kovalenko]]
BG-Nr. [[AZ:25602//0187344]]
""",
    keep=[
        "§ 22 Abs. 8 SGB II",
        "wohnungsnotfallhilfe@leipzig.de",
        "Räumungsklage",
        "Jobcenter-Leipzig.Team412@jobcenter-ge.de",
    ],
)

# 4
pii(
    "reply_quote",
    """
Betreff: AW: Kita-Gutschein für [[P:Minh]] – fehlende Unterlagen
Von: Kita-Gutscheinstelle Bezirksamt Wandsbek <kitagutschein@wandsbek.hamburg.de>
An: [[MAIL:lan.nguyen.hh@web.de]]
Datum: 17.04.2025, 10:02

Sehr geehrte Frau [[P:Nguyen]],

vielen Dank für Ihre Nachricht. Die Arbeitgeberbescheinigung ist angekommen. Es fehlt noch der Nachweis über den beantragten Betreuungsumfang von 8 Stunden täglich, d. h. die Bescheinigung muss Ihre wöchentliche Arbeitszeit ausweisen. Sobald diese vorliegt, kann der Gutschein für [[P:Minh]] ab 01.08.2025 ausgestellt werden.

Mit freundlichen Grüßen
[[P:Kerstin Lüders]]
Bezirksamt Wandsbek – Fachamt Jugend- und Familienhilfe, Kita-Gutscheinstelle
Telefon 040 428 81-0 (Zentrale)

> Am 15.04.2025 um 21:37 schrieb [[P:Nguyen Thi Lan]] <[[MAIL:lan.nguyen.hh@web.de]]>:
>
> Guten Tag Frau [[P:Lüders]],
>
> ich habe jetzt Bescheinigung vom Arbeitgeber hochgeladen. Mein Sohn [[P:Minh Nguyen]], geboren [[DOB:03.02.2022]], soll ab August in die Kita Rappelkiste in der Ahrensburger Straße. Unsere Adresse ist neu: [[STR:Kedenburgstraße 14]], [[LOC:22041 Hamburg]]. Aktenzeichen war [[AZ:438-KG-2025-06712]].
>
> Vielen Dank
> [[P:Nguyen Thi Lan]]
> [[TEL:0152 29 41 77 08]]
""",
    keep=[
        "Kita-Gutscheinstelle",
        "Arbeitgeberbescheinigung",
        "040 428 81-0",
        "Betreuungsumfang",
        "kitagutschein@wandsbek.hamburg.de",
    ],
)

# 5
pii(
    "form",
    """
Gewerbe-Anmeldung nach § 14 GewO oder § 55c GewO
Stadt Nürnberg – Ordnungsamt, Gewerbeangelegenheiten
Eingang: 24.03.2025

Angaben zum Betriebsinhaber
1  Im Handels-, Genossenschafts- oder Vereinsregister eingetragener Name: [[P:Papadakis]] Feinkost e.K.
2  Ort und Nr. des Registereintrages: Amtsgericht Nürnberg, [[HR:HRA 18822]]
3  Name: [[P:Papadakis]]
4  Vornamen: [[P:Konstantinos]]
5  Geschlecht: [x] männlich  [ ] weiblich  [ ] divers
6  Geburtsdatum: [[DOB:22.06.1981]]
7  Geburtsort und -land: Thessaloniki, Griechenland
8  Staatsangehörigkeit(en): griechisch
9  Anschrift der Wohnung: [[STR:Fürther Straße 178]], [[LOC:90429 Nürnberg]]
   Telefon: [[TEL:0911 26 54 190]]   Mobil: [[TEL:+49 160 9482 3371]]
   E-Mail: [[MAIL:kontakt@papadakis-feinkost.de]]

Angaben zum Betrieb
10 Zahl der geschäftsführenden Gesellschafter: entfällt
11 Betriebsstätte: [[STR:Lorenzer Straße 9]], [[LOC:90402 Nürnberg]]
12 Hauptniederlassung: wie 11
15 Angemeldete Tätigkeit: Einzelhandel mit Feinkost, Oliven, Olivenöl und Wein; Ausschank von Kaffee im Stehbereich ohne Sitzplätze
16 Die Tätigkeit wird ausgeübt als: [x] Handelsgewerbe
17 Datum des Beginns der angemeldeten Tätigkeit: 01.05.2025
18 Art des angemeldeten Betriebes: [x] Hauptniederlassung
19 Zahl der bei Geschäftsaufnahme tätigen Personen (ohne Inhaber): Vollzeit 1, Teilzeit 2
   Steuernummer (soweit vorhanden): [[TAX:241/198/40773]]

Nürnberg, 21.03.2025     [[P:K. Papadakis]]
""",
    keep=[
        "§ 14 GewO",
        "Gewerbeangelegenheiten",
        "Einzelhandel mit Feinkost",
        "Amtsgericht Nürnberg",
        "Handelsgewerbe",
    ],
)

# 6
pii(
    "table_csv",
    """
# Export Fachverfahren Hundesteuer – Neuanmeldungen KW 07/2025
# Stadt Dortmund, Steueramt, Sachgebiet Aufwandsteuern
kassenzeichen;name;vorname;anschrift;plz_ort;anzahl;rasse;listenhund;beginn
[[AZ:410.220.118934]];[[P:Schulte-Brömmelkamp]];[[P:Heike]];[[STR:Hörder Bahnhofstraße 12]];[[LOC:44263 Dortmund]];1;Labrador-Mix;nein;01.02.2025
[[AZ:410.220.118935]];[[P:Yıldırım]];[[P:Cem]];[[STR:Mallinckrodtstraße 201]];[[LOC:44147 Dortmund]];1;Rottweiler;ja;01.02.2025
[[AZ:410.220.118936]];[[P:Wróbel]];[[P:Agnieszka]];[[STR:Am Oelpfad 3a]];[[LOC:44263 Dortmund]];2;Dackel, Jack-Russell-Terrier;nein;15.02.2025
[[AZ:410.220.118937]];[[P:Fuchs]];[[P:Dieter]];[[STR:Kirchhörder Str. 66]];[[LOC:44229 Dortmund]];1;Schäferhund;nein;01.02.2025
[[AZ:410.220.118938]];[[P:Okafor]];[[P:Chinedu]];[[STR:Borsigplatz 7]];[[LOC:44145 Dortmund]];1;American Staffordshire Terrier;ja;01.03.2025
# Summe: 5 Halter, 6 Hunde, davon 2 Listenhunde (Steuersatz 624,00 EUR jährlich)
""",
    keep=[
        "Aufwandsteuern",
        "Labrador-Mix",
        "Listenhunde",
        "624,00 EUR",
        "kassenzeichen;name;vorname",
    ],
)

# 7
pii(
    "chat",
    """
Teams – Chat „Bürgerbüro Pasing Team“

[08:57] [[P:Sabine Ortlieb]]: morgen zusammen, wer hat heute schalter 4?
[08:58] [[P:Tobi]]: ich, bis 12
[09:01] [[P:Sabine Ortlieb]]: ok. achtung um 9:30 kommt der herr [[P:Haddad]] wieder wegen der meldebescheinigung, der war am montag schon da und ziemlich aufgebracht
[09:02] [[P:Tobi]]: [[P:Haddad, Samir]]? der mit der wohnungsgeberbestätigung die nicht unterschrieben war?
[09:02] [[P:Sabine Ortlieb]]: genau. vermieter hat jetzt unterschrieben, er bringt sie mit. geb. [[DOB:04.11.1990]], falls du ihn suchst, es gibt zwei [[P:samir haddad]] im register
[09:03] [[P:Tobi]]: 👍
[09:41] [[P:Tobi]]: erledigt. neue adresse [[STR:Landsberger Str. 402]], [[LOC:81241 München]]. hab ihm gesagt dass die Steuer-ID per post vom BZSt kommt und nicht von uns
[09:42] [[P:Sabine Ortlieb]]: danke dir!! ☕ geht auf mich
""",
    keep=[
        "Bürgerbüro Pasing",
        "schalter 4",
        "meldebescheinigung",
        "wohnungsgeberbestätigung",
        "BZSt",
    ],
)

# 8
pii(
    "staff_note",
    """
Stadt Kassel – Ausländerbehörde
Gesprächsvermerk

Datum/Zeit: 06.05.2025, 10:15–10:50 Uhr
Aktenzeichen: [[AZ:ABH 3.2-0094417]]
Anwesend: Frau [[P:Senait Tesfay Ghebremariam]] (Antragstellerin); Herr [[P:Berhane]] (Sprachmittler Tigrinya, städtischer Sprachmittlerpool); Sachbearbeiterin [[P:Wiegand]]

Frau [[P:Tesfay Ghebremariam]], geb. [[DOB:12.09.1994]] in Asmara, wohnhaft [[STR:Holländische Straße 58]], [[LOC:34127 Kassel]], beantragt die Verlängerung ihrer Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG (subsidiärer Schutz). Die Aufenthaltserlaubnis läuft am 30.06.2025 ab.

Vorgelegt wurde ein abgelaufener eritreischer Reisepass (Nr. [[PASS:P02691374]], gültig bis 2019). Auf die Passpflicht nach § 3 AufenthG und die Mitwirkungspflicht wurde hingewiesen. Die Antragstellerin erklärte, sie werde die sog. Reueerklärung bei der Botschaft nicht unterschreiben. Die Frage der Zumutbarkeit der Passbeschaffung ist gesondert zu prüfen (Rücksprache SGL).

Ehemann [[P:Yonas]] befindet sich nach ihren Angaben weiterhin in Äthiopien; Familiennachzug ist nicht beantragt.

Erreichbarkeit: [[TEL:0561 / 70 39 24 16]]

Verfügung: Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG ausgestellt, WV 20.06.2025
gez. [[P:Wiegand]]
""",
    keep=[
        "§ 25 Abs. 2 AufenthG",
        "Fiktionsbescheinigung",
        "Reueerklärung",
        "Sprachmittlerpool",
        "WV 20.06.2025",
    ],
)

# 9
pii(
    "ocr_scan",
    """
Landeshauptstadt Dresden
Bürgeramt A1tstadt
Theaterstraße 11, 01067 Dresden

ANTRAG AUF AUSSTELLUNG E1NER MELDEBESCHE1NIGUNG
(einfache Meldebesche1nigung nach § 18 Abs. 1 BMG)

Narne: [[P:ZIELINSKA]]              Vornarne(n): [[P:Ewa Maria]]
Geburtsnarne: [[P:Kowalczyk]]
Geburtsdaturn: [[DOB:O7.1O.1986]]      Geburtsort: Wroc1aw / Polen
Anschrift: [[STR:Bautzner Str, 1O4]]   PLZ/Ort: [[LOC:O1O99 Dresden]]

Verwendungszweck: [ ] Arbeitgeber  [x] Bank  [ ] Sonstiges: ..................

Die Beschein1gung so1l [x] abgeholt werden  [ ] zugesandt werden

Dresden, den 14.O2.2O25          Unterschrift: [[P:E. Zielińska]]

- nur fur den Dienstgebrauch -
Gebuhr: 5,OO EUR   bezahlt: EC   Kassenbeleg-Nr. 2O25-OO4419
Bearb.: Platz 4
""",
    keep=[
        "Meldebesche1nigung",
        "§ 18 Abs. 1 BMG",
        "Theaterstraße 11, 01067 Dresden",
        "Verwendungszweck",
        "Gebuhr: 5,OO EUR",
    ],
)

# 10
pii(
    "court_letter",
    """
Amtsgericht Hannover
– Betreuungsgericht –
Volgersweg 1, 30175 Hannover

Amtsgericht Hannover, Postfach, 30159 Hannover
Landeshauptstadt Hannover
Fachbereich Soziales – Betreuungsstelle
Hamburger Allee 25
30161 Hannover

Geschäftsnummer: [[AZ:93 XVII 1187/25]]
Bitte bei allen Schreiben angeben

Datum: 28.04.2025

Betreuungssache
[[P:Wilhelm Brandes]], geb. am [[DOB:19.08.1941]],
wohnhaft [[STR:Podbielskistraße 311]], [[LOC:30655 Hannover]],
derzeit Seniorenzentrum Lister Turm

Sehr geehrte Damen und Herren,

die Tochter des Betroffenen, Frau [[P:Martina Reinecke-Brandes]], hat die Einrichtung einer Betreuung für die Aufgabenkreise Gesundheitssorge, Vermögenssorge und Aufenthaltsbestimmung angeregt. Sie wird zugleich als Betreuerin vorgeschlagen.

Die Betreuungsbehörde wird gemäß § 11 BtOG um Erstellung eines Sozialberichts gebeten, insbesondere zu der Frage, ob andere Hilfen (Vorsorgevollmacht, Angehörige) ausreichen. Nach Angaben der Anregenden liegt eine Bankvollmacht zugunsten des Sohnes [[P:Thomas Brandes]] vor, der in [[LOC:8045 Graz]], Österreich, lebt.

Zur Verfahrenspflegerin ist Rechtsanwältin Dr. [[P:Julia Osterkamp]] bestellt.

Um Erledigung binnen vier Wochen wird gebeten.

Hochachtungsvoll
[[P:Kühn]], Richterin am Amtsgericht

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
""",
    keep=[
        "Betreuungsgericht",
        "§ 11 BtOG",
        "Sozialberichts",
        "Hamburger Allee 25",
        "Vorsorgevollmacht",
    ],
)

# 11
pii(
    "lawyer_letter",
    """
KANZLEI BERGMANN & SCHÄFER
Rechtsanwälte · Fachanwälte für Verkehrsrecht
Eschersheimer Landstraße 60 · 60322 Frankfurt am Main
Telefon 069 95 11 42-0 · kanzlei@bergmann-schaefer.de

Per beA / vorab per Fax
Stadt Frankfurt am Main
Ordnungsamt – Zentrale Bußgeldstelle
Kleyerstraße 86
60326 Frankfurt am Main

Ihr Zeichen: [[AZ:750.24.198342.7]]
Unser Zeichen: [[AZ:0412/25 VR]] – [[P:Lewandowski]] ./. Stadt Frankfurt
Frankfurt am Main, den 09.01.2025

Bußgeldverfahren gegen Herrn [[P:Dariusz Lewandowski]], geb. [[DOB:02.05.1976]]
Tatvorwurf vom 14.11.2024, Kfz-Kennzeichen [[KFZ:OF-DL 4410]]

Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass uns Herr [[P:Lewandowski]], [[STR:Ludwigstraße 31]], [[LOC:63067 Offenbach am Main]], mit der Wahrnehmung seiner rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht ist beigefügt.

Gegen den Bußgeldbescheid vom 27.12.2024, zugestellt am 30.12.2024, legen wir namens und in Vollmacht unseres Mandanten

Einspruch

ein. Wir beantragen Akteneinsicht nach § 49 OWiG einschließlich der Messdatei, der Lebensakte des Messgeräts und des Eichscheins. Eine Einlassung zur Sache erfolgt erst nach Akteneinsicht. Vorsorglich weisen wir darauf hin, dass das Fahrzeug regelmäßig auch vom Sohn unseres Mandanten genutzt wird.

Mit freundlichen Grüßen

[[P:Schäfer]]
Rechtsanwältin
""",
    keep=[
        "Zentrale Bußgeldstelle",
        "§ 49 OWiG",
        "Eschersheimer Landstraße 60",
        "kanzlei@bergmann-schaefer.de",
        "Kleyerstraße 86",
    ],
    allow=("Schäfer",),
)

# 12
pii(
    "authority_letter",
    """
Bundesagentur für Arbeit
Familienkasse Nordrhein-Westfalen Ost
33088 Paderborn

Stadt Bielefeld
Amt für Jugend und Familie – Unterhaltsvorschusskasse
Niederwall 23
33602 Bielefeld

Kindergeldnummer: [[AZ:215FK361452]]
Ihr Zeichen: [[AZ:UV-512-2025-00388]]
Datum: 19.02.2025

Anfrage nach § 6 Abs. 5 UVG – Kindergeldbezug
Berechtigte Person: [[P:Jasmin Tröger]], [[STR:Heeper Straße 152]], [[LOC:33607 Bielefeld]]

Sehr geehrte Damen und Herren,

auf Ihre Anfrage vom 05.02.2025 teilen wir Ihnen mit, dass für das nachfolgend genannte Kind laufend Kindergeld an die oben genannte Berechtigte gezahlt wird:

Kind: [[P:Leon Tröger]], geb. [[DOB:11.07.2016]], Identifikationsnummer [[TAX:63 279 814 524]]
Kindergeld seit: 08/2016, monatlich 255,00 EUR
Zahlungsweg: Überweisung auf IBAN [[IBAN:DE55 2005 0550 4584 2208 85]]

Ein Abzweigungsantrag oder ein Antrag des anderen Elternteils, Herrn [[P:Patrick Wenzel]], liegt nicht vor.

Mit freundlichen Grüßen
Im Auftrag
[[P:Kowalski]]
""",
    keep=[
        "Unterhaltsvorschusskasse",
        "§ 6 Abs. 5 UVG",
        "255,00 EUR",
        "Niederwall 23",
        "Abzweigungsantrag",
    ],
)

# 13
pii(
    "invoice",
    """
Malermeister [[P:Thomas Reuter]]
Maler- und Lackierarbeiten · Fassadengestaltung · Bodenbeläge
[[STR:Gonsenheimer Straße 40]] · [[LOC:55122 Mainz]]
Tel. [[TEL:06131 / 38 29 05]] · Mobil [[TEL:0171-4482093]] · [[MAIL:info@maler-reuter-mainz.de]]

Landeshauptstadt Mainz
Gebäudewirtschaft Mainz (GWM)
Zitadelle, Bau A
55131 Mainz

RECHNUNG Nr. 2025-0147
Rechnungsdatum: 12.05.2025
Ihre Bestellung: BE-GWM-2025-0311 vom 03.04.2025
Leistungsort: Anne-Frank-Realschule plus, Flur 1. OG und Treppenhaus Nord
Leistungszeitraum: 22.04.2025 – 30.04.2025

Pos. Menge  Einh. Bezeichnung                                   EP (EUR)   GP (EUR)
1    420,0  m²    Wandflächen reinigen, spachteln, 2x streichen      9,80    4.116,00
2     38,0  m    Handlauf schleifen und lackieren, RAL 5010        14,50      551,00
3      1,0  psch  Abdeckarbeiten, Baustelleneinrichtung             280,00     280,00
                                                     Nettobetrag            4.947,00
                                                     zzgl. 19 % USt           939,93
                                                     Rechnungsbetrag        5.886,93

Zahlbar innerhalb von 30 Tagen ohne Abzug.
Bankverbindung: IBAN [[IBAN:DE41 6005 0101 8281 3123 35]]
Steuernummer [[TAX:26/650/17293]] · USt-IdNr. [[TAX:DE281940573]]
Inhaber: [[P:Thomas Reuter]], Malermeister, Handwerkskammer Rheinhessen
""",
    keep=[
        "Gebäudewirtschaft Mainz",
        "Anne-Frank-Realschule plus",
        "5.886,93",
        "RAL 5010",
        "Handwerkskammer Rheinhessen",
    ],
)

# 14
pii(
    "vollmacht",
    """
VOLLMACHT
zur Abholung eines Reisepasses

Ich,
Name, Vorname: [[P:Esposito, Giuseppe]]
geboren am: [[DOB:30.01.1958]]
wohnhaft in: [[STR:Neckarstraße 127]], [[LOC:70190 Stuttgart]]

bevollmächtige hiermit

Name, Vorname: [[P:Esposito, Chiara]]
geboren am: [[DOB:16.10.1987]]
wohnhaft in: [[STR:Schwabstraße 88]], [[LOC:70197 Stuttgart]]
Personalausweis-Nr.: [[ID:L4KP7Y2R9]]

meinen beim Bürgerbüro Ost beantragten Reisepass (Antrag vom 07.03.2025) in meinem Namen abzuholen. Meinen bisherigen Reisepass Nr. [[PASS:C7NTH2K41]] gebe ich zur Entwertung mit.

Die bevollmächtigte Person hat bei der Abholung ihren eigenen gültigen Ausweis sowie diese Vollmacht im Original vorzulegen.

Stuttgart, 02.04.2025

[[P:Giuseppe Esposito]]                         [[P:Chiara Esposito]]
Unterschrift Vollmachtgeber                     Unterschrift Bevollmächtigte
""",
    keep=["VOLLMACHT", "Bürgerbüro Ost", "zur Entwertung", "Unterschrift Vollmachtgeber"],
)

# 15
pii(
    "complaint",
    """
[[P:Ingrid Matthiesen]]
[[STR:Parkallee 203]]
[[LOC:28209 Bremen]]

An das Ordnungsamt Bremen
Stresemannstraße 48
28207 Bremen

Bremen, 22.07.2025

Beschwerde über wiederholte Ruhestörung und Verbrennen von Gartenabfällen

Sehr geehrte Damen und Herren,

leider muss ich mich erneut an Sie wenden. Mein Nachbar, Herr [[P:Krüger]] aus dem Haus Nr. 205, verbrennt seit Wochen mehrmals pro Woche Grünschnitt und offensichtlich auch lackiertes Holz in einer Feuerschale im Garten. Der Rauch zieht direkt in mein Schlafzimmer. Ich bin 78 Jahre alt und habe Asthma.

Außerdem läuft sein Hund (ein großer schwarzer Mischling) tagsüber stundenlang bellend im Garten herum, wenn niemand da ist. Sein Sohn [[P:Dennis]] stellt zudem fast jeden Abend seinen Transporter mit dem Kennzeichen [[KFZ:HB-DK 770]] auf den Gehweg, so dass ich mit meinem Rollator auf die Straße ausweichen muss.

Ich habe Herrn [[P:Krüger]] mehrmals freundlich angesprochen, er reagiert nur mit Beschimpfungen. Eine weitere Nachbarin, Frau [[P:Oltmanns]] (Nr. 201), kann das alles bestätigen.

Ich bitte Sie dringend, hier tätig zu werden. Telefonisch erreichen Sie mich unter [[TEL:0421 34 61 09]].

Mit freundlichen Grüßen
[[P:Ingrid Matthiesen]]
""",
    keep=["Ordnungsamt Bremen", "Stresemannstraße 48", "Gartenabfällen", "Feuerschale", "Rollator"],
)

# 16
pii(
    "email",
    """
Von: [[P:Rania al-Khatib]] <[[MAIL:rania.alkhatib@outlook.de]]>
An: elterngeld@bonn.de
Datum: Mo., 16. Juni 2025 um 23:18
Betreff: Antrag Elterngeld Plus – unsere Tochter [[P:Yasmin]] – fehlende Angaben

Sehr geehrte Damen und Herren,

Sie haben mich gebeten, die fehlenden Angaben zu unserem Elterngeldantrag per E-Mail nachzureichen. Hier sind sie:

Kind: [[P:Yasmin al-Khatib]], geboren am [[DOB:02.05.2025]] in Bonn
Mutter: [[P:Rania al-Khatib]], geb. [[DOB:27.11.1993]], Steuer-ID [[TAX:33453790615]]
Vater: [[P:Omar al-Khatib]], geb. [[DOB:08.03.1990]], Steuer-ID [[TAX:67225230919]]
Anschrift: [[STR:Kölnstraße 286]], [[LOC:53117 Bonn]]
Konto für die Auszahlung (auf meinen Namen): [[IBAN:DE69 3705 0198 2691 3402 21]]

Ich beantrage Basiselterngeld für die Lebensmonate 1 bis 4 und danach ElterngeldPlus bis zum 14. Lebensmonat. Mein Mann nimmt die Partnermonate 13 und 14. Die Geburtsurkunde für Elterngeld und die Bescheinigung der Krankenkasse über das Mutterschaftsgeld habe ich schon mit der Post geschickt.

Für Rückfragen bin ich unter [[TEL:0228 9 63 41 70]] erreichbar, tagsüber eher mobil: [[TEL:01523 7710248]].

Viele Grüße
[[P:Rania al-Khatib]]
""",
    keep=[
        "elterngeld@bonn.de",
        "Basiselterngeld",
        "Partnermonate",
        "Mutterschaftsgeld",
        "Geburtsurkunde für Elterngeld",
    ],
)

# 17
pii(
    "application",
    """
Antrag auf Einrichtung einer temporären Halteverbotszone (Umzug)
Stadt Freiburg im Breisgau – Garten- und Tiefbauamt, Straßenverkehrsbehörde

Antragsteller/in: [[P:Annika Sommer]]
Anschrift: [[STR:Wentzingerstraße 23]], [[LOC:79106 Freiburg]]
Telefon: [[TEL:0761 / 2 08 77 35]]
E-Mail: [[MAIL:annika.sommer@posteo.de]]

Ort der Halteverbotszone: Wentzingerstraße vor Hausnummer 21–25, Länge 15 m, einseitig
Zeitraum: Samstag, 09.08.2025, 07:00 – 18:00 Uhr
Zweck: Auszug, Möbelwagen 7,5 t

Die Beschilderung stellt: [x] ein gewerblicher Schilderdienst  [ ] die Antragstellerin selbst
Hinweis der Antragstellerin: Wir ziehen nach vier Jahren aus, weil es uns im Sommer unter dem Dach zu heiß wird. Die Nachbarn sind informiert. Die Schilder sollen bitte spätestens 72 Stunden vorher stehen.

Gebühr laut Gebührenverzeichnis: 45,00 EUR zzgl. Schilderdienst

Freiburg, 14.07.2025                 [[P:A. Sommer]]
""",
    keep=[
        "Straßenverkehrsbehörde",
        "Halteverbotszone",
        "72 Stunden",
        "45,00 EUR",
        "Möbelwagen 7,5 t",
    ],
    allow=("Sommer",),
)

# 18
pii(
    "authority_letter",
    """
Stadt Regensburg
Bauordnungsamt
Dr.-Martin-Luther-Straße 1
93047 Regensburg

Herrn
[[P:Florian Baumgartner]]
[[STR:Augustenstraße 14]]
[[LOC:93049 Regensburg]]

Aktenzeichen: [[AZ:BV 2025-0612]]
Regensburg, 17.06.2025

Bauvorhaben: Errichtung eines Einfamilienhauses mit Doppelgarage
Baugrundstück: [[STR:Augustenstraße 16]], Fl.-Nr. 1184/3, Gemarkung Kumpfmühl
Bauherren: [[P:Stefan Wimmer]] und [[P:Claudia Wimmer]]
Entwurfsverfasser: plan.werk Architekten PartGmbB, Dipl.-Ing. [[P:Sebastian Lechner]]

Beteiligung der Nachbarn nach Art. 66 BayBO

Sehr geehrter Herr [[P:Baumgartner]],

Sie sind Eigentümer des Nachbargrundstücks Fl.-Nr. 1184/2. Die Bauherren haben Ihnen die Bauvorlagen nach unseren Unterlagen zur Unterschrift vorgelegt; Ihre Unterschrift fehlt. Sie haben daher Gelegenheit, bis zum 18.07.2025 Einwendungen gegen das Vorhaben zu erheben. Die Bauvorlagen können Sie nach Terminvereinbarung im Bauordnungsamt, Zimmer 3.14, einsehen.

Nach Art. 66 Abs. 1 Satz 6 BayBO wird Ihnen die Baugenehmigung zugestellt, wenn Sie nicht zugestimmt haben.

Mit freundlichen Grüßen
i. A.
[[P:Gruber]]
Technische Sachbearbeitung, Tel. 0941 507-1631
""",
    keep=[
        "Bauordnungsamt",
        "Art. 66 BayBO",
        "Dr.-Martin-Luther-Straße 1",
        "plan.werk Architekten PartGmbB",
        "Fl.-Nr. 1184/2",
    ],
)

# 19
pii(
    "email",
    """
Von: [[MAIL:v.rohde@t-online.de]]
An: buergerservice@osnabrueck.de
Betreff: Erweitertes Führungszeugnis für Ehrenamt – geht das online?

Hallo liebes Bürgerservice-Team,

ich trainiere ab September ehrenamtlich die F-Jugend beim TuS Haste 01 und der Verein braucht von mir ein erweitertes Führungszeugnis nach § 30a BZRG. Die Bestätigung des Vereins habe ich. Kann ich das über das Online-Portal des Bundesamts für Justiz beantragen oder muss ich ins Bürgeramt kommen? Gebührenbefreiung wegen Ehrenamt ist ja möglich, soweit ich weiß.

Meine Daten, falls Sie die schon brauchen:
[[P:Vanessa Rohde]], geb. [[P:Albers]]
geb. am [[DOB:21.12.1995]] in Lingen (Ems)
[[STR:Haster Weg 52]], [[LOC:49090 Osnabrück]]
Handy [[TEL:0162 / 718 20 44]]

Danke und schönes Wochenende!
[[P:Vanessa]]
""",
    keep=[
        "buergerservice@osnabrueck.de",
        "§ 30a BZRG",
        "TuS Haste 01",
        "Bundesamts für Justiz",
        "Gebührenbefreiung",
    ],
)

# 20
pii(
    "authority_letter",
    """
Stadt Mannheim
Fachbereich Bürgerdienste – Staatsangehörigkeitsbehörde
K 7, 68159 Mannheim

Frau
Dr. [[P:Parisa Moradi]]
[[STR:Richard-Wagner-Straße 17]]
[[LOC:68165 Mannheim]]

Unser Zeichen: [[AZ:EB-2024-03317]]
Mannheim, 04.06.2025

Ihr Antrag auf Einbürgerung vom 12.09.2024

Sehr geehrte Frau Dr. [[P:Moradi]],

die Prüfung Ihres Antrags ist weitgehend abgeschlossen. Die Regelanfrage beim Landesamt für Verfassungsschutz und die Auskunft aus dem Bundeszentralregister liegen vor. Für die abschließende Entscheidung bitten wir Sie, zu einem persönlichen Termin am

Dienstag, 24.06.2025, 9:40 Uhr, Raum 2.08

folgende Unterlagen im Original mitzubringen:
– gültiger iranischer Reisepass (Nr. [[PASS:X95412387]])
– elektronischer Aufenthaltstitel
– Zertifikat Leben in Deutschland / Einbürgerungstest
– aktuelle Gehaltsnachweise der letzten drei Monate (Klinikum Mannheim)

Ihr Ehemann, Herr [[P:Kourosh Tehrani]], geb. [[DOB:03.04.1985]], kann nach § 10 Abs. 2 StAG miteingebürgert werden; sein Antrag wird unter dem Zeichen [[AZ:EB-2024-03318]] geführt. Ein Verzicht auf die iranische Staatsangehörigkeit ist nach geltendem Recht nicht erforderlich.

Bei Verhinderung bitten wir um Nachricht an einbuergerung@mannheim.de.

Mit freundlichen Grüßen
Im Auftrag
[[P:Hartmann-Yüksel]]
""",
    keep=[
        "Staatsangehörigkeitsbehörde",
        "§ 10 Abs. 2 StAG",
        "einbuergerung@mannheim.de",
        "Einbürgerungstest",
        "Raum 2.08",
    ],
)

# 21
pii(
    "formal_letter",
    """
Bestattungshaus Warnowblick GmbH
Doberaner Straße 110 · 18057 Rostock · Tel. 0381 49 22 70 · Tag und Nacht erreichbar

Hanse- und Universitätsstadt Rostock
Standesamt
Neuer Markt 3
18055 Rostock

Rostock, 04.06.2025

Anzeige eines Sterbefalls nach § 28 PStG

Sehr geehrte Damen und Herren,

im Auftrag der Angehörigen zeigen wir folgenden Sterbefall an:

Verstorbene: [[P:Gerda Wollschläger]], geb. [[P:Timm]]
geboren am [[DOB:11.03.1936]] in Warnemünde
zuletzt wohnhaft: [[STR:Warnowallee 17]], [[LOC:18107 Rostock]]
Familienstand: verwitwet
verstorben am 02.06.2025 um 14:20 Uhr in der Wohnung
Todesbescheinigung: liegt bei (vertraulicher Teil verschlossen)

Auftraggeber: Sohn [[P:Uwe Wollschläger]], [[STR:Am Schwanenteich 4]], [[LOC:18069 Rostock]], Tel. [[TEL:0172 903 14 55]]

Beigefügt: Geburtsurkunde und Sterbeurkunde des Ehemannes, Personalausweis der Verstorbenen (Nr. [[ID:FZ3M81KC7]]) zur Entwertung, Todesbescheinigung.

Wir bitten um Ausstellung von fünf Sterbeurkunden, davon eine für Rentenzwecke gebührenfrei.

Mit freundlichen Grüßen
Bestattungshaus Warnowblick GmbH
""",
    keep=[
        "§ 28 PStG",
        "Bestattungshaus Warnowblick GmbH",
        "Todesbescheinigung",
        "Neuer Markt 3",
        "für Rentenzwecke gebührenfrei",
    ],
)

# 22
pii(
    "form",
    """
Universitätsklinikum Augsburg – Frauenklinik, Kreißsaal
Anzeige der Geburt an das Standesamt Augsburg (§ 18 PStG)

Angaben zum Kind
Geburtsdatum/Uhrzeit: [[DOB:14.05.2025]], 03:47 Uhr
Geburtsort: Augsburg, Universitätsklinikum
Geschlecht: weiblich
Vornamen: (Angabe durch Eltern) [[P:Mila Sophie]]
Familienname: noch nicht bestimmt – siehe Hinweis

Angaben zur Mutter
Familienname: [[P:Huber]]   Vornamen: [[P:Lisa]]   geb. am [[DOB:07.09.1996]]
Anschrift: [[STR:Haunstetter Straße 79]], [[LOC:86161 Augsburg]]
Familienstand: ledig   Staatsangehörigkeit: deutsch

Angaben zum Vater (nur bei Ehe oder Anerkennung)
Familienname: [[P:Grasso]]   Vornamen: [[P:Marco]]   geb. am [[DOB:19.01.1994]]
Staatsangehörigkeit: italienisch
Vaterschaftsanerkennung: vorgeburtlich beurkundet, Stadtjugendamt Augsburg, UR-Nr. [[AZ:J-114/2025]]

Hinweis: Die Eltern wünschen gemeinsame Sorge und Namensbestimmung im Standesamt. Erreichbar: [[TEL:0821 / 4 50 19 63]]

Augsburg, 15.05.2025
für die Klinik: Hebamme [[P:R. Stadler]]
""",
    keep=[
        "§ 18 PStG",
        "Kreißsaal",
        "Vaterschaftsanerkennung",
        "Namensbestimmung",
        "Stadtjugendamt Augsburg",
    ],
)

# 23
pii(
    "email",
    """
Von: [[P:Alessandro Ricci]] <[[MAIL:ale.ricci@libero.it]]>
An: standesamt@wiesbaden.de
Cc: [[MAIL:eleni.georgiou90@gmail.com]]
Betreff: Anmeldung zur Eheschließung – Terminwunsch Oktober

Sehr geehrte Damen und Herren,

meine Verlobte [[P:Eleni Georgiou]] und ich möchten gerne im Oktober im Standesamt Wiesbaden heiraten, am liebsten im Trauzimmer im Jagdschloss Platte. Wir wohnen seit zwei Jahren zusammen in der [[STR:Adelheidstraße 61]], [[LOC:65185 Wiesbaden]].

Ich bin italienischer Staatsangehöriger (geboren [[DOB:05.08.1989]] in Bari), [[P:Eleni]] ist griechische Staatsangehörige (geboren [[DOB:24.02.1990]] in Patras). Welche Unterlagen brauchen wir genau? Ich habe gelesen, dass ich ein Ehefähigkeitszeugnis vom italienischen Konsulat in Frankfurt brauche und eine mehrsprachige Geburtsurkunde. Gilt das auch für [[P:Eleni]]? Muss die griechische Geburtsurkunde mit Apostille übersetzt werden?

Sie erreichen mich unter [[TEL:+39 347 218 5590]] (italienische Nummer, WhatsApp) oder [[TEL:0611 / 17 39 208]].

Grazie mille und viele Grüße
[[P:Alessandro Ricci]]
""",
    keep=[
        "standesamt@wiesbaden.de",
        "Jagdschloss Platte",
        "Ehefähigkeitszeugnis",
        "Apostille",
        "mehrsprachige Geburtsurkunde",
    ],
)

# 24
pii(
    "authority_letter",
    """
Polizeiinspektion Magdeburg
Polizeirevier Magdeburg – Verkehrsunfallsachbearbeitung
Sternstraße 12, 39104 Magdeburg

Landeshauptstadt Magdeburg
Rechtsamt – Schadensregulierung
Julius-Bremer-Straße 10
39104 Magdeburg

Vorgangsnummer: [[AZ:VU 2025-0418-077812]]
Datum: 29.04.2025

Mitteilung über einen Verkehrsunfall unter Beteiligung eines städtischen Fahrzeugs

Unfallzeit/-ort: 17.04.2025, 06:52 Uhr, Halberstädter Straße / Einmündung Kroatenweg
Fahrzeug 1: Kehrmaschine des Städtischen Abfallwirtschaftsbetriebs, Inventar-Nr. 4-117, Fahrzeugführer: Herr [[P:Marcel Ziegenhorn]] (Beschäftigter der Stadt)
Fahrzeug 2: Pkw VW Golf, amtl. Kennzeichen [[KFZ:MD-KP 2291]], Halter und Fahrzeugführer: Herr [[P:Kevin Pawlak]], geb. [[DOB:23.10.2001]], [[STR:Große Diesdorfer Straße 52]], [[LOC:39108 Magdeburg]]
Zeugin: Frau [[P:Hannelore Bruns]], [[TEL:0391 / 6 22 14 80]]

Sachverhalt (Kurzfassung): Fahrzeug 2 überholte die mit Rundumleuchte fahrende Kehrmaschine rechts und kollidierte beim Wiedereinscheren mit deren Seitenbesen. Sachschaden an beiden Fahrzeugen, keine Verletzten. Gegen den Fahrzeugführer von Fahrzeug 2 wurde ein Ordnungswidrigkeitenverfahren eingeleitet.

Eine Abschrift der Unfallmitteilung ist beigefügt. Weitere Auskünfte nur über die Bußgeldbehörde.

Im Auftrag
PHK [[P:Lindner]]
""",
    keep=[
        "Verkehrsunfallsachbearbeitung",
        "Schadensregulierung",
        "Julius-Bremer-Straße 10",
        "Inventar-Nr. 4-117",
        "Halberstädter Straße",
    ],
)

# 25
pii(
    "authority_letter",
    """
Finanzamt Gelsenkirchen-Süd
Zeppelinallee 9–13, 45883 Gelsenkirchen

Stadt Gelsenkirchen
Referat Finanzen – Steuerverwaltung
Ebertstraße 11
45875 Gelsenkirchen

Mitteilung über den Gewerbesteuermessbetrag 2023 (§ 184 Abs. 3 AO)

Steuernummer: [[TAX:319/5072/4418]]
Steuerpflichtiger: [[P:Serkan Doğan]], Inhaber Kfz-Meisterbetrieb [[P:Doğan]]
Betrieb: [[STR:Grothusstraße 21]], [[LOC:45881 Gelsenkirchen]]
Gewerbekennziffer der Gemeinde: [[AZ:GK 05 513 0042 118]]

Gewinn aus Gewerbebetrieb                                  68.412 EUR
Hinzurechnungen (§ 8 GewStG)                                  1.230 EUR
Kürzungen (§ 9 GewStG)                                        4.800 EUR
maßgebender Gewerbeertrag (abgerundet)                     64.800 EUR
Freibetrag                                                 24.500 EUR
verbleibender Betrag                                       40.300 EUR
Steuermessbetrag (3,5 %)                                    1.410 EUR

Bescheiddatum: 12.03.2025
Der Messbescheid ist dem Steuerpflichtigen bekannt gegeben worden.

Finanzamt Gelsenkirchen-Süd, Veranlagungsbezirk 18
""",
    keep=[
        "Gewerbesteuermessbetrag",
        "§ 184 Abs. 3 AO",
        "Steuermessbetrag",
        "Zeppelinallee 9–13",
        "Ebertstraße 11",
    ],
)

# 26
pii(
    "it_ticket",
    """
Ticket #IT-2025-044127 – Servicekonto: Bürgerin kann sich nicht anmelden
Kategorie: Fachanwendung / Bürgerportal
Priorität: mittel
Erstellt von: Bürgerbüro Ehrenfeld (Funktionspostfach)

Beschreibung:
Frau [[P:Gül Demirci]] ([[MAIL:guel.demirci@icloud.com]]) meldet, dass ihr Servicekonto seit dem 03.06. gesperrt sei. Sie habe mehrfach das Passwort zurückgesetzt, der Link in der Bestätigungsmail sei aber jedes Mal „abgelaufen“. Rückruf erbeten unter [[TEL:0221 / 5 80 43 91]].

Auszug aus dem Audit-Log (Portal-Gateway gw-portal-02):
2025-06-03T19:42:11+02:00 LOGIN_FAILED user=[[MAIL:guel.demirci@icloud.com]] src=[[IP:84.157.201.36]] reason=bad_password
2025-06-03T19:42:58+02:00 LOGIN_FAILED user=[[MAIL:guel.demirci@icloud.com]] src=[[IP:84.157.201.36]] reason=bad_password
2025-06-03T19:43:40+02:00 ACCOUNT_LOCKED user=[[MAIL:guel.demirci@icloud.com]] threshold=3
2025-06-04T07:12:03+02:00 RESET_REQUESTED user=[[MAIL:guel.demirci@icloud.com]] src=[[IP:2a02:8109:9a3f:1200:5d1c:3e7b:aa10:4f2e]]
2025-06-04T07:48:27+02:00 RESET_TOKEN_EXPIRED user=[[MAIL:guel.demirci@icloud.com]] src=[[IP:2a02:8109:9a3f:1200:5d1c:3e7b:aa10:4f2e]] ttl=1800s

Bearbeitung (2nd Level):
Token-TTL im Reset-Workflow steht auf 30 min, die Mails werden aber wegen Greylisting beim Mailanbieter teils erst nach 40 min zugestellt. Konto manuell entsperrt, TTL für Reset-Links auf 120 min erhöht (Change CHG-8812). Bürgerin telefonisch informiert.
""",
    keep=["gw-portal-02", "Greylisting", "CHG-8812", "Bürgerbüro Ehrenfeld", "RESET_TOKEN_EXPIRED"],
)

# 27
pii(
    "staff_note",
    """
RÜCKRUFBITTE

für: Frau [[P:Teichmann]] (Wohngeld, Buchstaben L–O)
von: Herrn [[P:Andrzej Nowak]]
Tel.: [[TEL:0371-2 41 96 07]] (ab 15 Uhr, vorher Arbeit)
angenommen: Zentrale Telefonvermittlung, 08.07.2025, 11:20 Uhr, [[P:Kl.]]

Anliegen: Hat Bescheid vom 27.06. bekommen, Wohngeld wurde um ca. 90 € gekürzt. Versteht nicht warum, Einkommen hat sich nicht geändert. Möchte Widerspruch einlegen, wenn nötig. Kassenzeichen laut Bescheid: [[AZ:5.0514.203377.2]]. Spricht gut Deutsch, aber bittet um langsame Erklärung.

[ ] erledigt   [x] dringend
""",
    keep=["RÜCKRUFBITTE", "Zentrale Telefonvermittlung", "Widerspruch", "Buchstaben L–O"],
)

# 28
pii(
    "staff_note",
    """
Stadt Wuppertal – Ressort Soziales, Seniorenberatung
Aktenvermerk über einen Hausbesuch

Klient: Herr [[P:Heinz-Jürgen Pohlmann]], *[[DOB:04.02.1939]]
Anschrift: [[STR:Friedrich-Ebert-Straße 244]], [[LOC:42117 Wuppertal]], 2. OG, kein Aufzug
Datum des Besuchs: 12.08.2025, 14:00–15:10 Uhr
Anlass: Hinweis der Hausärztin (Praxis am Otto-Hausmann-Ring) über Verwahrlosungstendenzen

Herr [[P:Pohlmann]] öffnete erst nach mehrmaligem Klingeln. Er wirkte orientiert, aber körperlich deutlich eingeschränkt (Rollator, Gangunsicherheit). Die Wohnung ist stark vermüllt, der Kühlschrank leer, im Bad kein warmes Wasser (Therme defekt seit ca. 3 Wochen, Vermieter informiert laut Klient). Pflegegrad liegt nicht vor.

Die Tochter, Frau [[P:Sandra Kessler]], lebt in [[LOC:45127 Essen]] und kommt etwa alle zwei Wochen. Telefonat mit ihr am selben Tag ([[TEL:0201 / 84 17 26 50]]): Sie ist mit einem Antrag auf Pflegegrad einverstanden und übernimmt die Kontaktaufnahme zur Pflegekasse.

Vereinbart: Antrag auf Pflegegrad (Tochter), Vermittlung Hauswirtschaftshilfe über den Sozialdienst, Essen auf Rädern ab 18.08. (Bestellung durch uns). Wiedervorlage in 4 Wochen.

[[P:M. Ostendorf]], Sozialarbeiterin
""",
    keep=[
        "Seniorenberatung",
        "Aktenvermerk",
        "Pflegegrad",
        "Essen auf Rädern",
        "Otto-Hausmann-Ring",
    ],
)

# 29
pii(
    "form",
    """
Stadt Oldenburg (Oldb) – Stadtkasse
SEPA-Lastschriftmandat für wiederkehrende Zahlungen

Gläubiger-Identifikationsnummer: DE31ZZZ00000043187
Mandatsreferenz: [[AZ:KZ-0521093477-01]]
Zahlungsgrund: Grundsteuer B, Abfallgebühren, Straßenreinigung
Kassenzeichen: [[AZ:0521093477]]

Zahlungspflichtige/r: [[P:Frerichs, Tjark]]
Objekt: [[STR:Donnerschweer Straße 311]], [[LOC:26123 Oldenburg]]

Kontoinhaber/in (falls abweichend): [[P:Frerichs, Hiltrud]]
Anschrift Kontoinhaber/in: [[STR:Am Stadtmuseum 9]], [[LOC:26121 Oldenburg]]
IBAN: [[IBAN:DE74 4306 0967 9583 5894 95]]
BIC: GENODEM1GLS

Ich ermächtige die Stadt Oldenburg, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von der Stadt Oldenburg auf mein Konto gezogenen Lastschriften einzulösen. Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen.

Oldenburg, 28.01.2025     Unterschrift Kontoinhaber/in: [[P:H. Frerichs]]
""",
    keep=[
        "DE31ZZZ00000043187",
        "SEPA-Lastschriftmandat",
        "Grundsteuer B",
        "acht Wochen",
        "Straßenreinigung",
    ],
)

# 30
pii(
    "authority_letter",
    """
Landeshauptstadt Saarbrücken
Stadtkasse – Vollstreckungsstelle
Rathausplatz 1, 66111 Saarbrücken

Herrn
[[P:Jannis Lambrecht]]
[[STR:Mainzer Straße 140]]
[[LOC:66121 Saarbrücken]]

Kassenzeichen: [[AZ:6.100.447219.5]]
Datum: 21.10.2025

MAHNUNG

Sehr geehrter Herr [[P:Lambrecht]],

trotz Fälligkeit haben wir folgende Beträge noch nicht erhalten:

Forderungsart                        fällig am      Betrag
Grundbesitzabgaben 3. Quartal 2025   15.08.2025     318,44 EUR
Säumniszuschläge (§ 240 AO)                         9,00 EUR
Mahngebühr                                          5,00 EUR
Gesamtbetrag                                        332,44 EUR

Bitte überweisen Sie den Gesamtbetrag bis zum 04.11.2025 unter Angabe des Kassenzeichens auf eines der unten genannten Konten der Stadtkasse. Sollte die Zahlung nicht fristgerecht eingehen, wird die Forderung ohne weitere Ankündigung im Verwaltungsvollstreckungsverfahren beigetrieben (z. B. Kontopfändung).

Sollten Sie sich in einer finanziellen Notlage befinden, können Sie eine Ratenzahlung beantragen.

Mit freundlichen Grüßen
Ihre Stadtkasse
""",
    keep=[
        "Vollstreckungsstelle",
        "§ 240 AO",
        "332,44 EUR",
        "Verwaltungsvollstreckungsverfahren",
        "Rathausplatz 1",
    ],
)

# 31
pii(
    "email",
    """
Von: [[MAIL:rojhat.aslan@gmx.net]]
An: Grundschule am Bergmannsfeld <sekretariat.gs-bergmannsfeld@schule.essen.de>
Betreff: Anmeldung Einschulung 2026 + Frage Kurdisch-Unterricht

Sehr geehrte Damen und Herren,

ich möchte meine Tochter [[P:Berîvan Aslan]] (geboren [[DOB:18.04.2020]]) für die Einschulung im Sommer 2026 anmelden. Wir wohnen in der [[STR:Bergmannsfeldstraße 38]], [[LOC:45139 Essen]], also in Ihrem Schulbezirk. Ihr älterer Bruder [[P:Rêzan]] geht schon in die 3b bei Frau [[P:Terhorst]].

Zum Anmeldetermin am 12. November kommt meine Frau [[P:Dilan]] mit [[P:Berîvan]], ich muss leider arbeiten. Sie bringt die Geburtsurkunde und den Nachweis über die Masernimpfung mit.

Wir sprechen zu Hause Kurmancî. Gibt es an Ihrer Schule oder in der Nähe herkunftssprachlichen Unterricht in Kurdisch? Bei [[P:Rêzan]] hat es leider nie geklappt.

Mit freundlichen Grüßen
[[P:Rojhat Aslan]]
[[TEL:0177 / 4 21 98 63]]
""",
    keep=[
        "Grundschule am Bergmannsfeld",
        "sekretariat.gs-bergmannsfeld@schule.essen.de",
        "Masernimpfung",
        "herkunftssprachlichen Unterricht",
        "Schulbezirk",
    ],
)

# 32
pii(
    "email_mobile",
    """
Betreff: Wunschkennzeichen reserviert – Termin?
Von: [[P:Piotr Nowicki]] <[[MAIL:piotr.nowicki@wp.pl]]>
An: zulassung@frankfurt-oder.de

Dzień dobry / guten Tag,

ich habe online das Wunschkennzeichen [[KFZ:FF-PN 318]] reserviert (Reservierung bis 30.09.). Das Auto ist ein Skoda Octavia, gekauft in Polen, hat noch polnische Zulassung. Ich wohne seit Mai in Deutschland, [[STR:Lennéstraße 6]], [[LOC:15234 Frankfurt (Oder)]]. Brauche ich einen Termin oder kann ich einfach kommen? Und reicht die polnische Zulassungsbescheinigung mit Übersetzung oder brauche ich COC-Papiere?

Telefon: [[TEL:+48 601 338 912]] oder deutsche Nummer [[TEL:0160 5 47 80 19]]

Danke, [[P:Piotr]]

Wysłane z mojego Galaxy
""",
    keep=["zulassung@frankfurt-oder.de", "Wunschkennzeichen", "COC-Papiere", "Skoda Octavia"],
)

# 33
pii(
    "form",
    """
Landeshauptstadt Düsseldorf – Ordnungsamt, Bußgeldstelle
Anhörungsbogen im Bußgeldverfahren – Zeugenfragebogen an die Halterin

Aktenzeichen: [[AZ:32/4-0311945/2025]]
Tatzeit: 08.05.2025, 17:26 Uhr
Tatort: Düsseldorf, Kaiserswerther Straße, Fahrtrichtung stadteinwärts
Kennzeichen: [[KFZ:D-ML 1960]]
Vorwurf: Sie überschritten die zulässige Höchstgeschwindigkeit innerorts um 18 km/h (§ 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO).

Angaben der Halterin:
Name, Vorname: [[P:Lehmkuhl, Monika]]
Anschrift: [[STR:Am Kirchberg 7]], [[LOC:40885 Ratingen]]

[x] Ich habe das Fahrzeug zur Tatzeit nicht geführt. Fahrzeugführerin war:
Name, Vorname: [[P:Lehmkuhl, Jana]] (meine Tochter)
geb. am: [[DOB:29.06.2003]]
Anschrift: [[STR:Bilker Allee 212]], [[LOC:40219 Düsseldorf]]

Bemerkung: Meine Tochter hat das Auto an dem Tag für ihren Umzug ausgeliehen. Sie ist über [[TEL:0157 72 19 04 33]] erreichbar.

Ratingen, 20.05.2025     [[P:M. Lehmkuhl]]
""",
    keep=["Bußgeldstelle", "Zeugenfragebogen", "§ 49 StVO", "Kaiserswerther Straße", "18 km/h"],
)

# 34
pii(
    "form",
    """
Wohnungsgeberbestätigung nach § 19 des Bundesmeldegesetzes (BMG)

Angaben zum Wohnungsgeber
Name: [[P:Karl-Heinz Zimmermann]]
Anschrift: [[STR:Reilstraße 54]], [[LOC:06114 Halle (Saale)]]
[x] Der Wohnungsgeber ist gleichzeitig Eigentümer der Wohnung

Angaben zur Wohnung
Art des meldepflichtigen Vorgangs: [x] Einzug  [ ] Auszug
Datum des Einzugs: 01.09.2025
Anschrift der Wohnung: [[STR:Ludwig-Wucherer-Straße 31]], 2. OG rechts, [[LOC:06108 Halle (Saale)]]

Namen der meldepflichtigen Personen:
1. [[P:Popescu, Ionuț-Alexandru]]
2. [[P:Popescu, Andreea]]
3. [[P:Popescu, Ștefan]] (Kind)

Ich bestätige mit meiner Unterschrift den Einzug der oben genannten Person(en) in die näher bezeichnete Wohnung und dass ich als Wohnungsgeber oder als beauftragte Person diese Bescheinigung ausstellen darf. Ich habe davon Kenntnis genommen, dass ich ordnungswidrig handle, wenn ich hierzu nicht berechtigt bin und dass es verboten ist, eine Wohnanschrift für eine Anmeldung eines Wohnsitzes einem Dritten anzubieten oder zur Verfügung zu stellen, obwohl ein tatsächlicher Bezug der Wohnung durch einen Dritten weder stattfindet noch beabsichtigt ist. Ein Verstoß gegen das Verbot stellt auch eine Ordnungswidrigkeit dar und kann mit einer Geldbuße bis zu 50.000 Euro geahndet werden.

Halle (Saale), 28.08.2025      [[P:K.-H. Zimmermann]]
Telefon für Rückfragen: [[TEL:0345 / 6 82 01 57]]
""",
    keep=[
        "Wohnungsgeberbestätigung",
        "§ 19 des Bundesmeldegesetzes",
        "50.000 Euro",
        "meldepflichtigen Personen",
    ],
)

# 35
pii(
    "invoice",
    """
Dr. [[P:Amal Saleh]]
Allgemein beeidigte Dolmetscherin und ermächtigte Übersetzerin für Arabisch
[[STR:Heinrichstraße 95]] · [[LOC:64283 Darmstadt]]
Tel. [[TEL:06151 8 70 42 19]] · [[MAIL:dolmetschen@saleh-arabisch.de]]
Steuernummer: [[TAX:007/836/41225]]

Wissenschaftsstadt Darmstadt
Jugendamt – Allgemeiner Sozialer Dienst
Frankfurter Straße 71
64293 Darmstadt

Rechnung Nr. 2025/086 – Rechnungsdatum 03.07.2025

Ihr Zeichen / Fallnummer: [[AZ:51.2-ASD-2025-0734]]
Einsatz: Dolmetschen (Arabisch – Deutsch) bei Hilfeplangespräch am 26.06.2025, 10:00–12:15 Uhr, Dienststelle Frankfurter Straße

Leistung nach JVEG:
Dolmetschen 2,5 Std. (angefangene halbe Stunde) à 85,00 EUR        212,50 EUR
Fahrtkosten 2 x 6 km à 0,42 EUR                                       5,04 EUR
Summe                                                             217,54 EUR
Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.

Bitte überweisen Sie den Betrag auf mein Konto: IBAN [[IBAN:DE39 7015 0000 1598 5345 38]]
""",
    keep=["Allgemeiner Sozialer Dienst", "JVEG", "§ 19 UStG", "217,54 EUR", "Hilfeplangespräch"],
)

# 36
pii(
    "chat",
    """
Export Chatprotokoll „Kiel-Bot“ (Bürgerservice) – Session 7f3c1a90
Start: 2025-03-18 20:14:06   Kanal: Web   Client-IP: [[IP:91.64.187.212]]   Sprache: de

[20:14:06] Kiel-Bot: Moin! Ich bin der digitale Assistent der Landeshauptstadt Kiel. Wie kann ich helfen?
[20:14:31] Nutzer: sperrmüll anmelden
[20:14:32] Kiel-Bot: Gern! Sperrmüll holt der ABK auf Abruf ab. Bitte nenne mir deine Straße und Hausnummer.
[20:15:02] Nutzer: [[STR:Elisabethstraße 71]] hinterhaus
[20:15:03] Kiel-Bot: Danke. Für [[STR:Elisabethstraße 71]] ist der nächste freie Termin Dienstag, 25.03.2025. Wie ist dein Name?
[20:15:20] Nutzer: [[P:Jörn Petersen]]
[20:15:21] Kiel-Bot: Und an welche E-Mail-Adresse soll die Bestätigung gehen?
[20:15:48] Nutzer: [[MAIL:joern.p@kielnet.net]] und bitte auch sms an [[TEL:0151/12 84 77 30]]
[20:15:49] Kiel-Bot: SMS-Benachrichtigungen bieten wir leider nicht an. Die Bestätigung geht an [[MAIL:joern.p@kielnet.net]]. Was möchtest du entsorgen?
[20:16:40] Nutzer: altes sofa, lattenrost, 2 stühle und ein kühlschrank
[20:16:41] Kiel-Bot: Kühlschränke sind Elektro-Großgeräte und werden separat abgeholt. Soll ich dafür einen eigenen Auftrag anlegen?
[20:16:55] Nutzer: ja
[20:16:56] Kiel-Bot: Erledigt. Du bekommst für beide Aufträge eine eigene Bestätigung per E-Mail.
Ende: 2025-03-18 20:17:10
""",
    keep=[
        "Kiel-Bot",
        "Sperrmüll holt der ABK auf Abruf ab",
        "Elektro-Großgeräte",
        "Kanal: Web",
        "Landeshauptstadt Kiel",
    ],
)

# 37
pii(
    "email",
    """
Von: Amt für Mobilität und Tiefbau – Amtsleitung <66-amtsleitung@stadt-muenster.de>
An: Personal- und Organisationsamt – Personalservice Team 3 <personalservice3@stadt-muenster.de>
Datum: 02.10.2025 16:40
Betreff: VERTRAULICH – Langzeiterkrankung [[P:Wendt]], PNr. [[AZ:104 882]]

Hallo zusammen,

Herr [[P:Lars Wendt]] (Straßenunterhaltung, Bauhof Loddenheide, PNr. [[AZ:104 882]]) ist seit dem 11.06. ununterbrochen arbeitsunfähig, damit sind die sechs Wochen deutlich überschritten. Nach seiner Bandscheiben-OP im Juli hat er mir am Telefon gesagt, dass er wohl nicht mehr schwer heben darf und über eine Wiedereingliederung nachdenkt.

Bitte leitet das BEM-Verfahren nach § 167 Abs. 2 SGB IX ein und schickt ihm das Einladungsschreiben an die Privatadresse ([[STR:Hammer Straße 215]], [[LOC:48153 Münster]]). Er bittet ausdrücklich darum, dass sein direkter Vorgesetzter, Herr [[P:Böckenholt]], nicht am Erstgespräch teilnimmt. Der Personalrat ist informiert, die Schwerbehindertenvertretung noch nicht (GdB-Antrag läuft nach seiner Aussage).

Für Rückfragen bin ich bis Freitag im Haus.

Viele Grüße
[[P:Anja Westermann-Kuhl]]
Amtsleiterin
""",
    keep=[
        "§ 167 Abs. 2 SGB IX",
        "BEM-Verfahren",
        "Schwerbehindertenvertretung",
        "personalservice3@stadt-muenster.de",
        "Bauhof Loddenheide",
    ],
)

# 38
pii(
    "email",
    """
Von: [[P:Leonie Hartwig-Osei]] <[[MAIL:leonie.hartwig.osei@gmail.com]]>
An: bewerbung@rathaus.potsdam.de
Betreff: Bewerbung Kennziffer 23/2025 – Sachbearbeitung Elterngeld (EG 9b TVöD)
Anhänge: Anschreiben_Hartwig-Osei.pdf; Lebenslauf.pdf; Zeugnisse.pdf

Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Ausschreibung im Karriereportal der Landeshauptstadt Potsdam gelesen und bewerbe mich hiermit auf die Stelle Sachbearbeitung Elterngeld (Kennziffer 23/2025).

Nach meiner Ausbildung zur Verwaltungsfachangestellten bei der Stadt Brandenburg an der Havel bin ich seit 2021 bei der Familienkasse tätig und dort für die Bearbeitung von Kindergeldanträgen mit Auslandsbezug zuständig. Den Angestelltenlehrgang II schließe ich im Dezember ab.

Meine vollständigen Bewerbungsunterlagen finden Sie im Anhang. Kurz meine Kontaktdaten:
[[P:Leonie Hartwig-Osei]], geb. [[DOB:14.04.1997]]
[[STR:Zeppelinstraße 118]], [[LOC:14471 Potsdam]]
Mobil: [[TEL:+49 (0) 176 / 31 28 45 09]]

Eine Schwerbehinderung liegt nicht vor. Über eine Einladung zum Vorstellungsgespräch freue ich mich sehr.

Mit freundlichen Grüßen
[[P:Leonie Hartwig-Osei]]
""",
    keep=[
        "bewerbung@rathaus.potsdam.de",
        "Kennziffer 23/2025",
        "EG 9b TVöD",
        "Angestelltenlehrgang II",
        "Verwaltungsfachangestellten",
    ],
    allow=(),
)

# 39
pii(
    "form",
    """
Personal- und Organisationsamt – Entgeltabrechnung
Änderungsmitteilung Personalstammdaten (bitte in Druckbuchstaben)

Personalnummer: [[AZ:207 415]]     Dienststelle: 53 Gesundheitsamt, Sachgebiet 53.2
Bisheriger Name: [[P:SCHUSTER, SVETLANA]]
Neuer Name: [[P:GERLACH, SVETLANA]] (Eheschließung am 06.09.2025)
Geburtsname: [[P:Schuster]]     geb. am [[DOB:02.08.1991]]
Rentenversicherungsnummer: [[RV:65 020891 S 019]]
Steuerliche Identifikationsnummer: [[TAX:16 590 973 280]] (unverändert)

[x] Änderung der Anschrift ab 01.10.2025:
    [[STR:Niederhöchstadter Straße 12]], [[LOC:65760 Eschborn]]
[x] Änderung der Bankverbindung ab Oktober-Abrechnung:
    Kontoinhaber: [[P:Svetlana Gerlach]], IBAN [[IBAN:DE03 2505 0180 6196 9387 49]]
[x] Änderung Steuerklasse: von I nach IV (Faktorverfahren: nein)
[ ] Änderung Kinderfreibeträge
[ ] Änderung Krankenkasse

Anlagen: Kopie Eheurkunde

Datum: 15.09.2025     Unterschrift Beschäftigte: [[P:S. Gerlach]]
Eingangsstempel Personalservice: 16.09.2025
""",
    keep=[
        "Änderungsmitteilung Personalstammdaten",
        "Faktorverfahren",
        "Sachgebiet 53.2",
        "Kopie Eheurkunde",
        "Entgeltabrechnung",
    ],
)

# 40
pii(
    "staff_note",
    """
Stadt Offenbach am Main – Jugendamt, Allgemeiner Sozialer Dienst
Vermerk: Gefährdungseinschätzung nach § 8a SGB VIII (Erstbewertung)

Fall-Nr.: [[AZ:ASD-OF-2025-1893]]
Meldung eingegangen: 24.09.2025, 08:35 Uhr, telefonisch durch Schulsozialarbeit der Mathildenschule
Fachkräfte: [[P:J. Sander]], [[P:T. Ramadani]]

Betroffene Kinder:
– [[P:Luca Bernardi]], geb. [[DOB:03.03.2015]], Klasse 5c
– [[P:Giulia Bernardi]], geb. [[DOB:22.11.2018]], Kita Sonnenblume
Kindesmutter: [[P:Francesca Bernardi]], [[STR:Bieberer Straße 77]], [[LOC:63071 Offenbach am Main]], [[TEL:069 / 84 77 21 06]]
Kindesvater: [[P:Dario Bernardi]], lebt getrennt, Anschrift unbekannt (vermutl. Italien)

Inhalt der Meldung: [[P:Luca]] kam in dieser Woche dreimal ohne Frühstück und in ungewaschener Kleidung zur Schule. Er berichtete der Schulsozialarbeiterin, die Mutter liege „seit Tagen nur im Bett“ und er bringe seine Schwester morgens allein zur Kita. Keine Hinweise auf körperliche Gewalt.

Erstbewertung im Vier-Augen-Prinzip: latente Gefährdung, Hilfebedarf wahrscheinlich. Unangekündigter Hausbesuch heute, 14:00 Uhr. Kita Sonnenblume wird um Rückmeldung zu [[P:Giulia]] gebeten.
""",
    keep=[
        "§ 8a SGB VIII",
        "Gefährdungseinschätzung",
        "Vier-Augen-Prinzip",
        "Mathildenschule",
        "Kita Sonnenblume",
    ],
)

# 41
pii(
    "table_csv",
    """
Stadt Braunschweig – Fachbereich Soziales und Gesundheit
Belegungsübersicht Notunterkunft Ackerhof, Stand 03.02.2025 (nur für den Dienstgebrauch)

| Zimmer | Name, Vorname       | geb.       | seit       | Bemerkung                                |
|--------|---------------------|------------|------------|------------------------------------------|
| 1.01   | [[P:Müller, Rainer]]      | [[DOB:17.05.1968]] | 12.11.2024 | Betreuung über Diakonie, Ausweis fehlt   |
| 1.02   | [[P:Gashi, Arben]]        | [[DOB:02.02.1979]] | 08.01.2025 | Duldung, Zimmer geteilt mit 1.02b        |
| 1.02b  | [[P:Gashi, Driton]]       | [[DOB:30.10.2004]] | 08.01.2025 | Sohn von 1.02                            |
| 1.04   | [[P:Nwachukwu, Blessing]] | [[DOB:11.08.1991]] | 20.01.2025 | Frauenbereich, Kind ([[P:Favour]], 3 J.)       |
| 2.01   | [[P:Szymański, Tomasz]]   | [[DOB:05.04.1985]] | 27.01.2025 | Arbeit bei Zeitarbeitsfirma, Spätschicht |
| 2.03   | [[P:Klein, Sven-Ole]]     | [[DOB:19.12.1999]] | 01.02.2025 | Räumung [[STR:Jasperallee 44]]                   |

Freie Plätze: 2.02 (Einzelzimmer), 2.04 (Doppelzimmer). Nächste Fachstellenrunde: Donnerstag, 10 Uhr.
""",
    keep=[
        "Notunterkunft Ackerhof",
        "Freie Plätze",
        "Fachstellenrunde",
        "nur für den Dienstgebrauch",
        "Frauenbereich",
    ],
)

# 42
pii(
    "form",
    """
Stadt Aachen – Fundbüro, Bürgerservice Katschhof
Fundanzeige Nr. F-2025-03177

Fundtag/-zeit: 26.07.2025, ca. 23:30 Uhr
Fundort: Bushaltestelle Elisenbrunnen, Bank
Fundsache: Geldbörse, braunes Leder, Inhalt: 35,00 EUR Bargeld, Personalausweis, Führerschein, EC-Karte, Fitnessstudio-Karte

Personalausweis lautend auf: [[P:Sophie Claire Dubois]], geb. [[DOB:09.05.2000]]
Ausweisnummer: [[ID:T7WL2N8G3]]
Anschrift laut Ausweis: [[STR:Pontstraße 101]], [[LOC:52062 Aachen]]

Finder/in: [[P:Baran Özkan]], [[STR:Jülicher Straße 188]], [[LOC:52070 Aachen]], [[TEL:0241 / 9 13 88 47]]
[x] Finder verlangt Finderlohn (§ 971 BGB)
[ ] Finder verzichtet auf Rechte

Maßnahme: Verlierin über Melderegister ermittelt, Benachrichtigung per Post am 28.07.2025. EC-Karte an Sparkasse Aachen zur Sperrung weitergeleitet.
Aufgenommen: [[P:Schleiden]], Fundbüro
""",
    keep=["Fundbüro", "Elisenbrunnen", "§ 971 BGB", "Finderlohn", "35,00 EUR"],
)

# 43
pii(
    "authority_letter",
    """
Stadt Würzburg
Gartenamt – Friedhofsverwaltung
Martin-Luther-Straße 20, 97072 Würzburg
Telefon 0931 37-0 · friedhofsverwaltung@stadt.wuerzburg.de

Frau
[[P:Renate Schwab-Kellermann]]
[[STR:Am Galgenberg 43]]
[[LOC:97074 Würzburg]]

Würzburg, 09.04.2025
Grabnummer: Hauptfriedhof, Abt. 12, Reihe 4, Nr. 17 (Wahlgrab, zweistellig)

Umschreibung des Grabnutzungsrechts nach dem Tod von Herrn [[P:Alfons Kellermann]]

Sehr geehrte Frau [[P:Schwab-Kellermann]],

Nutzungsberechtigter der oben genannten Grabstätte war Ihr Vater, Herr [[P:Alfons Kellermann]], verstorben am 14.02.2025. Nach § 15 der Friedhofssatzung geht das Nutzungsrecht in der dort festgelegten Reihenfolge auf die Angehörigen über; vorrangig berechtigt sind die Kinder. Neben Ihnen ist uns Ihr Bruder, Herr [[P:Bernd Kellermann]], [[LOC:6020 Innsbruck]], bekannt.

Bitte teilen Sie uns bis zum 15.05.2025 mit, wer von Ihnen das Nutzungsrecht übernimmt. Legen Sie bei Übernahme durch Sie bitte eine Verzichtserklärung Ihres Bruders bei. Das Nutzungsrecht läuft noch bis zum 31.12.2038; eine Verlängerung ist gebührenpflichtig.

Mit freundlichen Grüßen
Im Auftrag
[[P:Hofmann]]
""",
    keep=[
        "Friedhofsverwaltung",
        "§ 15 der Friedhofssatzung",
        "Verzichtserklärung",
        "Martin-Luther-Straße 20",
        "friedhofsverwaltung@stadt.wuerzburg.de",
    ],
)

# 44
pii(
    "form",
    """
Stadt Ulm – Abteilung Bildung und Soziales, Kindertagesbetreuung
Erklärung zum Familieneinkommen für die Festsetzung des Elternbeitrags (Kita-Jahr 2025/26)

Beitragskonto / Kassenzeichen: [[AZ:8.4410.072519]]
Einrichtung: Kita Söflinger Kinderhaus

1. Antragstellende Person
Name, Vorname: [[P:Dimitriou, Christos]]   geb.: [[DOB:12.12.1987]]
2. Ehe-/Lebenspartner/in
Name, Vorname: [[P:Dimitriou-Wagner, Katrin]]   geb.: [[DOB:05.12.1988]]
Gemeinsame Anschrift: [[STR:Harthauser Straße 31]], [[LOC:89081 Ulm]]
Telefon: [[TEL:0731/1 40 29 86]]   E-Mail: [[MAIL:k.dimitriou-wagner@web.de]]

3. Kinder im Haushalt (unter 18 Jahren)
[[P:Nikolas]], geb. [[DOB:19.03.2019]] – Kita Söflinger Kinderhaus, Ganztag
[[P:Ella]], geb. [[DOB:27.08.2022]] – Kita Söflinger Kinderhaus, VÖ 35 Std.

4. Einkommen des Vorjahres (brutto)
Antragsteller: Angestellter, 51.300 EUR
Partnerin: Teilzeit (60 %), 28.740 EUR
Kindergeld: wird nicht angerechnet

[x] Ich versichere die Richtigkeit der Angaben. Änderungen teile ich unverzüglich mit.
Ulm, 29.07.2025     [[P:C. Dimitriou]]   [[P:K. Dimitriou-Wagner]]
""",
    keep=[
        "Festsetzung des Elternbeitrags",
        "Kita Söflinger Kinderhaus",
        "VÖ 35 Std.",
        "Kindertagesbetreuung",
        "wird nicht angerechnet",
    ],
)

# 45
pii(
    "email",
    """
Von: [[MAIL:ralf.koenigsmann@freenet.de]]
An: stadtrat@erfurt.de
Betreff: Einwohnerfrage für die Stadtratssitzung am 17.09.2025 – Ampel Magdeburger Allee

Sehr geehrte Damen und Herren,

nach § 13 der Geschäftsordnung des Stadtrates möchte ich folgende Einwohnerfrage einreichen:

1. Wann wird die seit März defekte Fußgängerampel an der Magdeburger Allee / Ecke Salinenstraße repariert?
2. Wie viele Unfälle mit Fußgängern hat es dort seit 2023 gegeben?
3. Warum wurde die Sanierung in der Drucksache 0812/25 nicht berücksichtigt?

Ich wohne selbst in der [[STR:Magdeburger Allee 148]] und sehe jeden Morgen Grundschulkinder, die dort zwischen den Autos über die Straße laufen.

Ich bin einverstanden, dass mein Name im Protokoll genannt wird, nicht aber meine Adresse.

Mit freundlichen Grüßen
[[P:Ralf Königsmann]]
[[LOC:99086 Erfurt]]
Tel. [[TEL:0361 / 5 62 30 18]]
""",
    keep=[
        "stadtrat@erfurt.de",
        "Einwohnerfrage",
        "Drucksache 0812/25",
        "§ 13 der Geschäftsordnung",
        "Salinenstraße",
    ],
)

# 46
pii(
    "formal_letter",
    """
[[P:Matthias Grünewald-Sauer]]
[[STR:Cäcilienstraße 28]]
[[LOC:74076 Heilbronn]]
[[MAIL:m.gruenewald-sauer@mailbox.org]]

Stadt Heilbronn
Die behördliche Datenschutzbeauftragte
Marktplatz 7
74072 Heilbronn

Heilbronn, 30. Januar 2025

Auskunftsersuchen nach Art. 15 DSGVO

Sehr geehrte Damen und Herren,

hiermit verlange ich Auskunft darüber, ob und welche personenbezogenen Daten die Stadt Heilbronn über mich verarbeitet, insbesondere im Melderegister, bei der Kfz-Zulassungsstelle, im Bußgeldverfahren und bei der Stadtbibliothek. Ich bitte zudem um eine Kopie der Daten nach Art. 15 Abs. 3 DSGVO sowie um Auskunft über Empfänger, insbesondere über Melderegisterauskünfte an Dritte seit 2020.

Zur Identifizierung: geboren am [[DOB:18.10.1972]] in Heilbronn, Personalausweis-Nr. [[ID:LJ3CR9P27]]. Im Oktober habe ich außerdem über Ihr Online-Portal einen Antrag gestellt; das Portal hat damals meine IP-Adresse [[IP:185.22.143.9]] angezeigt, auch diese Protokolldaten bitte ich in die Auskunft einzubeziehen.

Die Auskunft erbitte ich innerhalb der Frist von einem Monat (Art. 12 Abs. 3 DSGVO) an die oben genannte Anschrift, nicht per unverschlüsselter E-Mail.

Mit freundlichen Grüßen
[[P:Matthias Grünewald-Sauer]]
""",
    keep=[
        "Art. 15 DSGVO",
        "Datenschutzbeauftragte",
        "Marktplatz 7",
        "Art. 12 Abs. 3 DSGVO",
        "Melderegisterauskünfte",
    ],
)

# 47
pii(
    "forward_chain",
    """
Von: International Office – Welcome Centre <welcome@uni-goettingen.de>
Gesendet: Freitag, 26. September 2025 11:03
An: Bürgerbüro Göttingen <buergerbuero@goettingen.de>
Betreff: WG: cita para Anmeldung – Erasmus-Studentin

Sehr geehrte Kolleginnen und Kollegen,

wir leiten Ihnen die Anfrage einer Erasmus-Studentin weiter, die bis zum Vorlesungsbeginn keinen Termin zur Anmeldung bekommt. Ohne Meldebescheinigung kann sie weder das Konto eröffnen noch den Mietvertrag im Studentenwohnheim vollständig abschließen. Gibt es für Erstsemester ein Kontingent wie im letzten Jahr?

Freundliche Grüße
Welcome Centre

________________________________
De: [[P:Lucía Fernández García]] <[[MAIL:lucia.fdez.garcia@estudiante.uam.es]]>
Enviado: jueves, 25 de septiembre de 2025 19:47
Para: welcome@uni-goettingen.de
Asunto: cita para Anmeldung

Hello, sorry for writing in English. I arrived on 15 September from Madrid and I live now in [[STR:Robert-Koch-Straße 40]], Zimmer 214, [[LOC:37075 Göttingen]]. The online system for the Anmeldung shows no free appointments until November. My bank says I need the Meldebescheinigung. My passport is Spanish (DNI also available). Could you help me? My German number is [[TEL:0152 0 498 33 71]], Spanish [[TEL:+34 612 48 90 27]].

Thank you very much,
[[P:Lucía Fernández]]
Erasmus+ student, Faculty of Chemistry
""",
    keep=[
        "welcome@uni-goettingen.de",
        "buergerbuero@goettingen.de",
        "Welcome Centre",
        "Studentenwohnheim",
        "Erasmus-Studentin",
    ],
)

# 48
pii(
    "reply_quote",
    """
Betreff: AW: Abmeldung Hund
Von: Stadt Bochum, Steueramt – Hundesteuer <hundesteuer@bochum.de>
An: [[MAIL:joao.carvalho.santos@sapo.pt]]

Sehr geehrter Herr [[P:Carvalho dos Santos]],

vielen Dank für Ihre Nachricht und unser Beileid zum Verlust Ihres Hundes. Wir haben die Hundesteuer zum 30.06.2025 abgemeldet; der Änderungsbescheid geht Ihnen in den nächsten Tagen per Post zu. Zu viel gezahlte Steuer für das 3. Quartal (32,50 EUR) wird wie gewünscht auf Ihr portugiesisches Konto erstattet. Die Steuermarke müssen Sie nicht zurückgeben.

Mit freundlichen Grüßen
Ihr Team Hundesteuer
Kassenzeichen: [[AZ:57.902.611.3]]

> -----Ursprüngliche Nachricht-----
> Von: [[P:João Pedro Carvalho dos Santos]] <[[MAIL:joao.carvalho.santos@sapo.pt]]>
> Gesendet: Montag, 7. Juli 2025 08:12
> An: hundesteuer@bochum.de
> Betreff: Abmeldung Hund
>
> Guten Tag,
> leider ist unser Hund Tico am 28. Juni gestorben (er war 14 Jahre alt). Ich möchte die Hundesteuer abmelden. Die Tierarztbescheinigung ist im Anhang. Die Erstattung bitte auf mein Konto [[IBAN:PT23 0002 0843 8723 8739 6489 1]], ich habe kein deutsches Konto mehr, weil wir im August nach Porto zurückgehen. Unsere Adresse bis dahin: [[STR:Wattenscheider Hellweg 73]], [[LOC:44869 Bochum]].
>
> Obrigado,
> [[P:João Carvalho dos Santos]]
""",
    keep=[
        "hundesteuer@bochum.de",
        "Änderungsbescheid",
        "32,50 EUR",
        "Steuermarke",
        "Tierarztbescheinigung",
    ],
)

# 49
pii(
    "authority_letter",
    """
Stadt Hagen
Fachbereich Öffentliche Sicherheit, Verkehr, Bürgerdienste und Personenstandswesen
– Ausländerbehörde –
Berliner Platz 22, 58089 Hagen

Rechtsanwalt
Dr. [[P:Felix Obermann]]
Kanzlei am Volkspark
Körnerstraße 37
58095 Hagen

Aktenzeichen: [[AZ:32/3-ABH-77815]]
Hagen, 12.08.2025

Ausländerangelegenheit Ihres Mandanten
[[P:Kwame Mensah Boateng]], geb. [[DOB:01.01.1992]], Staatsangehörigkeit: ghanaisch
wohnhaft: [[STR:Eppenhauser Straße 91]], [[LOC:58093 Hagen]]

Sehr geehrter Herr Dr. [[P:Obermann]],

wir nehmen Bezug auf Ihren Antrag vom 21.07.2025 auf Erteilung einer Beschäftigungsduldung nach § 60d AufenthG.

Ihr Mandant ist seit dem 01.03.2023 sozialversicherungspflichtig bei einem Logistikunternehmen in Hagen beschäftigt. Die Identität ist durch den am 14.05.2025 vorgelegten ghanaischen Reisepass Nr. [[PASS:G2417783]] geklärt. Die Voraussetzung der Identitätsklärung ist damit – allerdings erst nach dem Stichtag – erfüllt; wir prüfen derzeit, ob die Ausnahme nach § 60d Abs. 1 Nr. 1 AufenthG greift.

Bitte reichen Sie uns noch Nachweise über die Sicherung des Lebensunterhalts der letzten zwölf Monate (Lohnabrechnungen) sowie den Nachweis über die Teilnahme am Integrationskurs ein. Frist: 12.09.2025.

Mit freundlichen Grüßen
Im Auftrag
[[P:Schmale]]
""",
    keep=[
        "§ 60d AufenthG",
        "Beschäftigungsduldung",
        "Berliner Platz 22",
        "Körnerstraße 37",
        "Kanzlei am Volkspark",
    ],
)

# 50
pii(
    "email_mobile",
    """
Von: [[MAIL:curatenie.dumitrescu@yahoo.com]]
An: gewerbe@ludwigshafen.de
Betreff: gewerbe anmelden reinigung

Hallo,
ich möchte eine gewerbe anmelden für reinigung von wohnungen und büros, als selbständig. Name [[P:Dumitrescu Mihaela]], geboren [[DOB:07.06.1984]] in Iași Rumänien. Wohnung [[STR:Rheinuferstraße 12a]] [[LOC:67061 Ludwigshafen]]. Firma soll heißen „Reinigungsservice [[P:Mihaela]]“. Ich habe steuernummer schon von finanzamt: [[TAX:27/062/31947]].
Was muss ich mitbringen, reicht personalausweis rumänisch? Und kann mein mann [[P:Ciprian]] das für mich abgeben weil ich arbeite bis 17 uhr.
Handy [[TEL:0176-58 23 01 94]] oder whatsapp [[TEL:+40 745 231 806]]
Mulțumesc / danke
[[P:Mihaela D.]]

Trimis de pe telefonul meu
""",
    keep=[
        "gewerbe@ludwigshafen.de",
        "reinigung von wohnungen und büros",
        "personalausweis rumänisch",
        "bis 17 uhr",
    ],
)

# 51
pii(
    "formal_letter",
    """
[[P:Ljudmila Kusnezowa]]
[[STR:Weiherstraße 19]]
[[LOC:75173 Pforzheim]]

An die Stadt Pforzheim
Amt für Soziales und Bürgerdienste – Wohngeldstelle
Östliche Karl-Friedrich-Straße 2
75175 Pforzheim

Pforzheim, den 03.03.2025

Betr.: Ihr Schreiben vom 18.02.2025 – fehlende Unterlagen zum Wohngeldantrag
Ihr Aktenzeichen: [[AZ:50.21-WG-3317/25]]

Sehr geehrte Frau [[P:Bührer]],

wie gewünscht schicke ich Ihnen die fehlenden Unterlagen:

1. Rentenanpassungsmitteilung der Deutschen Rentenversicherung zum 1.7.2024 (Versicherungsnummer [[RV:42311254M088]]) – ich bin Spätaussiedlerin und bekomme Rente nach dem Fremdrentengesetz.
2. Bescheid über Grundrente – ich habe noch keinen bekommen, die Rentenversicherung prüft noch.
3. Mietbescheinigung vom Vermieter, ausgefüllt.
4. Kontoauszüge der letzten drei Monate.

Mein Geburtsname ist [[P:Morosowa]], das ist in den alten Unterlagen von der Rentenversicherung manchmal so geschrieben, bitte nicht wundern. Geboren bin ich am [[DOB:31.12.1954]] in Karaganda.

Wenn noch etwas fehlt, bitte rufen Sie meine Enkelin [[P:Alina]] an, sie spricht besser Deutsch als ich: [[TEL:0157-31 04 88 92]].

Mit freundlichen Grüßen
[[P:L. Kusnezowa]]
""",
    keep=[
        "Wohngeldstelle",
        "Rentenanpassungsmitteilung",
        "Fremdrentengesetz",
        "Grundrente",
        "Östliche Karl-Friedrich-Straße 2",
    ],
)

# 52
pii(
    "email",
    """
Von: Flüchtlingshilfe Hildesheim-Drispenstedt e.V. <kontakt@fluechtlingshilfe-drispenstedt.de>
An: auslaenderbehoerde@stadt-hildesheim.de
Betreff: Herr [[P:Ahmadi]] – Bitte um Streichung der Wohnsitzauflage / Arbeitsaufnahme

Sehr geehrte Damen und Herren,

ich begleite ehrenamtlich Herrn [[P:Mohammad Nasir Ahmadi]] (geb. [[DOB:17.07.1982]], afghanisch, Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG), wohnhaft [[STR:Schlesierstraße 5]], [[LOC:31139 Hildesheim]].

Herr [[P:Ahmadi]] hat eine Zusage für eine unbefristete Vollzeitstelle als Lagerarbeiter in Salzgitter ab 01.11.2025 (Arbeitsvertrag anbei, Bruttolohn 2.650 EUR). Damit ist die Voraussetzung für die Aufhebung der Wohnsitzregelung nach § 12a Abs. 5 AufenthG erfüllt. Seine Rentenversicherungsnummer ([[RV:13 170782 A 558]]) hat ihm der Arbeitgeber schon abgefragt.

Die Familie – Ehefrau [[P:Zahra]] und die drei Kinder – soll mit umziehen, sobald eine Wohnung gefunden ist. Können Sie die Streichung bitte zeitnah vornehmen? Herr [[P:Ahmadi]] spricht Dari und etwas Deutsch; für Termine bin ich gern dabei.

Mit freundlichen Grüßen
[[P:Gabriele Hennecke-Fricke]]
(ehrenamtliche Patin, Tel. [[TEL:05121 / 26 37 09]])
""",
    keep=[
        "auslaenderbehoerde@stadt-hildesheim.de",
        "§ 12a Abs. 5 AufenthG",
        "Wohnsitzauflage",
        "Flüchtlingshilfe Hildesheim-Drispenstedt e.V.",
        "2.650 EUR",
    ],
)

# 53
pii(
    "application",
    """
Stadt Krefeld – Fachbereich Tiefbau, Straßenverkehrsbehörde
Antrag auf Ausweisung eines personengebundenen Behindertenparkplatzes

Antragsteller: [[P:Hans-Peter Terstegen]]
Geburtsdatum: [[DOB:26.09.1949]]
Anschrift: [[STR:Uerdinger Straße 420]], [[LOC:47800 Krefeld]]
Telefon: [[TEL:02151 / 59 31 72]]

Schwerbehindertenausweis: GdB 100, Merkzeichen aG, G, B – unbefristet
Blauer EU-Parkausweis: vorhanden, ausgestellt 2022
Fahrzeug: Opel Zafira, Kennzeichen [[KFZ:KR-HT 49]], umgebaut für Rollstuhlverladung
Fahrer/in: Ehefrau [[P:Gisela Terstegen]]

Begründung: Ich bin seit einem Schlaganfall auf den Rollstuhl angewiesen. Eine Garage oder ein Stellplatz auf dem Grundstück ist nicht vorhanden. Der Parkdruck in der Straße ist abends so hoch, dass meine Frau häufig 300 m entfernt parken muss. Für die Rollstuhlverladung braucht sie seitlich ca. 1,5 m Platz.

Gewünschter Standort: vor dem Haus, Parkstreifen auf der Seite mit den geraden Hausnummern.

Krefeld, 11.11.2025     [[P:H.-P. Terstegen]] (i. V. [[P:G. Terstegen]])
""",
    keep=[
        "Straßenverkehrsbehörde",
        "personengebundenen Behindertenparkplatzes",
        "Merkzeichen aG",
        "Blauer EU-Parkausweis",
        "Rollstuhlverladung",
    ],
)

# 54
pii(
    "application",
    """
Bezirksamt Neukölln von Berlin
Abteilung Ordnung – Straßen- und Grünflächenamt, Fachbereich Sondernutzung
Karl-Marx-Straße 83, 12040 Berlin

Antrag auf Sondernutzungserlaubnis für Außengastronomie (§ 11 BerlStrG)

Betrieb: „Antep Sofrası“ – Inh. [[P:Hüseyin Çelik]] e.K.
Registergericht: Amtsgericht Charlottenburg, [[HR:HRA 61734 B]]
Betriebsanschrift: [[STR:Sonnenallee 112]], [[LOC:12045 Berlin]]
Telefon: [[TEL:030 / 62 73 98 41]]   E-Mail: [[MAIL:antep.sofrasi.celik@gmail.com]]
Steuernummer: [[TAX:16/347/01829]]

Beantragte Fläche: Gehweg vor dem Betrieb, 6,0 m x 2,0 m = 12 m², Restgehwegbreite 2,30 m
Zeitraum: 01.04.2025 – 31.10.2025, täglich 11:00 – 22:00 Uhr
Möblierung: 4 Tische, 12 Stühle, 2 Sonnenschirme (ohne Werbeaufdruck), keine Heizstrahler

Bemerkung: Im Vorjahr genehmigt unter [[AZ:SGA-SN 2024/1187]]. Ansprechpartner vor Ort ist mein Sohn [[P:Mert Çelik]], [[TEL:0176 / 41 88 30 25]].

Berlin, 14.02.2025     [[P:H. Çelik]]
""",
    keep=[
        "§ 11 BerlStrG",
        "Außengastronomie",
        "Karl-Marx-Straße 83",
        "Restgehwegbreite 2,30 m",
        "keine Heizstrahler",
    ],
)

# 55
pii(
    "formal_letter",
    """
[[P:Halina Kamińska]]
[[STR:Rickmersstraße 48]]
[[LOC:27568 Bremerhaven]]

Magistrat der Stadt Bremerhaven
Bürger- und Ordnungsamt – Bürgerbüro
Hinrich-Schmalfeldt-Straße 42
27576 Bremerhaven

Bremerhaven, 02.01.2025

Bitte um Bestätigung der Lebensbescheinigung für die polnische Rentenversicherung (ZUS)

Sehr geehrte Damen und Herren,

ich beziehe eine Altersrente aus Polen (ZUS Oddział w Gdańsku). Die ZUS verlangt jedes Jahr eine Lebensbescheinigung („zaświadczenie o życiu“), die von einer Behörde in Deutschland bestätigt werden muss. Das Formular in polnischer und deutscher Sprache lege ich bei.

Ich bin am [[DOB:19.03.1948]] geboren und kann nicht mehr gut laufen. Wäre es möglich, dass jemand zu mir nach Hause kommt, oder kann meine Tochter [[P:Beata Kamińska-Vogt]] den Termin wahrnehmen, wenn ich selbst anwesend bin? Sie bringt mich dann mit dem Auto.

Die Rente wird auf mein polnisches Konto [[IBAN:PL26 0723 8189 9658 2212 7326 6148]] gezahlt; die ZUS will die Bescheinigung bis zum 31. März haben, sonst stoppt sie die Zahlung.

Telefon: [[TEL:0471 / 8 02 55 31]], meine Tochter: [[TEL:0151 - 22 74 91 08]]

Mit freundlichen Grüßen
[[P:Halina Kamińska]]
""",
    keep=[
        "Lebensbescheinigung",
        "ZUS Oddział w Gdańsku",
        "Hinrich-Schmalfeldt-Straße 42",
        "zaświadczenie o życiu",
        "31. März",
    ],
)

# 56
pii(
    "reply_quote",
    """
Betreff: Re: Termin Aufenthaltstitel § 24 – Verlängerung
Von: Ausländerbehörde Chemnitz <auslaenderbehoerde@stadt-chemnitz.de>
An: [[MAIL:olena.bondarenko.ua@ukr.net]]

Sehr geehrte Frau [[P:Bondarenko]],

Ihr Termin zur Verlängerung der Aufenthaltserlaubnis nach § 24 AufenthG ist am Mittwoch, 22.01.2025, 8:20 Uhr, Bürgerzentrum Moritzhof, Bahnhofstraße 53, Wartebereich C. Die Fiktionswirkung Ihres bisherigen Titels ist durch Ihren rechtzeitigen Antrag gesichert.

Bitte bringen Sie mit: biometrisches Passfoto, Ihren ukrainischen Reisepass, den bisherigen elektronischen Aufenthaltstitel, Meldebescheinigung. Für [[P:Daryna]] muss ein Elternteil anwesend sein; bitte bringen Sie auch ihre Geburtsurkunde mit.

Mit freundlichen Grüßen
Ausländerbehörde Chemnitz, Team Ukraine

> On 7 Jan 2025, at 19:05, [[P:Олена Бондаренко]] <[[MAIL:olena.bondarenko.ua@ukr.net]]> wrote:
>
> Добрий день, guten Tag!
> Meine Aufenthaltserlaubnis endet am 04.03.2025. Ich brauche einen Termin für Verlängerung, für mich und meine Tochter [[P:Daryna Bondarenko]] ([[DOB:15.06.2013]]). Mein Pass ist [[PASS:FX482910]], Tochter hat nur Kinderpass. Wir wohnen jetzt [[STR:Zschopauer Straße 219]], [[LOC:09126 Chemnitz]].
> Дякую,
> [[P:Olena Bondarenko]]
> [[TEL:0176 29 85 14 03]]
""",
    keep=[
        "auslaenderbehoerde@stadt-chemnitz.de",
        "§ 24 AufenthG",
        "Bürgerzentrum Moritzhof",
        "Team Ukraine",
        "biometrisches Passfoto",
    ],
)

# 57
pii(
    "staff_note",
    """
Stadt Hamm – Standesamt
Vermerk zur Nachbeurkundung einer im Ausland geschlossenen Ehe (§ 34 PStG)

Vorgang: [[AZ:StA-NB 2025/0214]]
Vorsprache am 19.05.2025 von
Ehemann: [[P:Mohammed Abu Zaid]], geb. [[DOB:04.04.1986]] in Homs (Syrien), eingebürgert am 03.02.2025
Ehefrau: [[P:Hala Abu Zaid]] geb. [[P:Darwish]], geb. [[DOB:21.01.1991]] in Homs, syrische Staatsangehörige
gemeinsame Anschrift: [[STR:Sternstraße 9]], [[LOC:59065 Hamm]]

Vorgelegt:
– syrische Heiratsurkunde (Eheschließung am 12.08.2012 vor dem Scharia-Gericht Homs), mit Übersetzung durch Herrn [[P:Issa Khoury]], öffentlich bestellter Übersetzer, [[LOC:44137 Dortmund]]
– Einbürgerungsurkunde des Ehemannes
– Geburtsurkunden beider Ehegatten (Auszug aus dem syrischen Personenstandsregister)

Die Echtheit der syrischen Urkunden kann mangels Legalisationsverfahrens nicht bestätigt werden. Die Eheleute wurden auf die Möglichkeit einer Versicherung an Eides statt (§ 9 Abs. 2 PStG) hingewiesen. Herr [[P:Abu Zaid]] erklärt, dass die Ehefrau den Familiennamen „[[P:Abu Zaid]]“ seit der Eheschließung führt.

Wiedervorlage nach Eingang der eidesstattlichen Versicherung.
[[P:Kemper]], Standesbeamtin
""",
    keep=[
        "§ 34 PStG",
        "Nachbeurkundung",
        "Legalisationsverfahrens",
        "§ 9 Abs. 2 PStG",
        "Scharia-Gericht Homs",
    ],
)

# 58
pii(
    "formal_letter",
    """
Notar Dr. [[P:Henrik Asmussen]]
Holstenstraße 108 · 24103 Kiel · Tel. 0431 9 70 88-0

Landeshauptstadt Kiel
Amt für Bauordnung, Vermessung und Geoinformation
– Vorkaufsrechte –
Fleethörn 9
24103 Kiel

Kiel, 10.03.2025
UR-Nr. [[AZ:412/2025 A]]

Anfrage zur Ausübung des gemeindlichen Vorkaufsrechts nach §§ 24 ff. BauGB
Negativattest

Sehr geehrte Damen und Herren,

in meiner Urkunde vom 07.03.2025 (UR-Nr. [[AZ:412/2025 A]]) haben

Verkäuferin: Frau [[P:Ursula Thomsen]], geb. [[DOB:22.05.1944]], [[STR:Feldstraße 62]], [[LOC:24105 Kiel]],

an

Käufer: Herrn [[P:Niklas Brodersen]], geb. [[DOB:08.11.1990]], und Frau [[P:Aylin Brodersen]], geb. [[DOB:30.07.1992]], beide [[STR:Knooper Weg 201]], [[LOC:24118 Kiel]],

das Grundstück Gemarkung Düsternbrook, Flur 7, Flurstück 88/4 (Grundbuch von Düsternbrook Blatt 2318), bebaut mit einem Einfamilienhaus, zum Kaufpreis von 545.000,00 EUR verkauft.

Ich bitte um Mitteilung, ob ein Vorkaufsrecht besteht und ausgeübt wird, bzw. um Erteilung eines Negativattests. Eine beglaubigte Abschrift des Kaufvertrags ist beigefügt.

Mit freundlichen Grüßen
Dr. [[P:Asmussen]], Notar
""",
    keep=["§§ 24 ff. BauGB", "Negativattest", "Fleethörn 9", "545.000,00 EUR", "Holstenstraße 108"],
)

# 59
pii(
    "ocr_scan",
    """
[Scan, Seite 1 von 1, handschriftlich, Texterkennung]

An Stadt Rostock Gewerbeamt
Betreff: Gewerbe Ummeldung Nagelstudio

Sehr geerhte Damen und Heren,
ich habe Nagel studio „Nails by [[P:Hoa]]“ seit 2019 in [[STR:Lange Straße 3l]]. Ab 1.6.2025 ich ziehe um mit Studio in neue Laden [[STR:Doberaner StraBe 21]], [[LOC:18057 Rostock]]. Bitte ummelden.
Mein Name: [[P:Tran Thi Hoa]]   geb. [[DOB:1O.O4.l98O]]
Wohnung: [[STR:Kopenhagener Str. 7]], [[LOC:l8l46 Rostock]]
Tel [[TEL:0l76 3 24 9l 80 6]]
Steuernr.: [[TAX:079/240/16538]]

Mit freundliche Gruse
[[P:Tran Thi Hoa]]

[Stempel: Eingang 22. Mai 2025 – Hanse- und Universitätsstadt Rostock, Amt für Ordnungsangelegenheiten]
""",
    keep=["Gewerbe Ummeldung", "Nagel studio", "Amt für Ordnungsangelegenheiten", "Texterkennung"],
)

# 60
pii(
    "email",
    """
Von: [[P:Georgios Antoniou]] <[[MAIL:g.antoniou@gmx.de]]>
An: steueramt@trier.de
Betreff: Widerspruch gegen Grundsteuerbescheid 2025 – Kassenzeichen [[AZ:1.0342.077158.6]]

Sehr geehrte Damen und Herren,

gegen den Grundsteuerbescheid vom 14.01.2025 für meine Eigentumswohnung in der [[STR:Saarstraße 52]], [[LOC:54290 Trier]], lege ich Widerspruch ein.

Die Grundsteuer ist von 196 EUR auf 611 EUR jährlich gestiegen. Gegen den Grundsteuerwertbescheid des Finanzamts habe ich bereits Einspruch eingelegt (Aktenzeichen beim Finanzamt Trier [[AZ:43/410/0773/018]]). Ich bitte, den Grundsteuerbescheid bis zur Entscheidung des Finanzamts ruhen zu lassen und die Vollziehung auszusetzen.

Ich lebe derzeit überwiegend in Griechenland ([[STR:Odos Ermou 44]], [[LOC:10563 Athen]]). Eine eventuelle Erstattung überweisen Sie bitte auf mein Konto bei der Piraeus Bank: [[IBAN:GR05 0110 1256 1969 7422 8030 521]].

Mit freundlichen Grüßen
[[P:Georgios Antoniou]]
[[TEL:+30 694 518 2273]]
""",
    keep=[
        "steueramt@trier.de",
        "Grundsteuerwertbescheid",
        "Vollziehung auszusetzen",
        "611 EUR",
        "Piraeus Bank",
    ],
)

# 61
pii(
    "chat",
    """
WhatsApp-Gruppe „KOD Südstadt Spätdienst“ (dienstlich) – Export 14.06.2025

14.06.25, 19:02 - [[P:Schorsch]]: [[P:Bine]], stehst du noch in der Marienstraße?
14.06.25, 19:03 - [[P:Bine]]: ja. der weiße transporter [[KFZ:KA-RT 3318]] steht immer noch in der feuerwehrzufahrt. hab 19:00 abgeschleppt beauftragt
14.06.25, 19:04 - [[P:Schorsch]]: halter?
14.06.25, 19:06 - [[P:Bine]]: laut zentrale [[P:Rüdiger Tiedemann]], [[STR:Marienstraße 17]]. klingeln zwecklos, nachbarin sagt der ist im urlaub
14.06.25, 19:06 - [[P:Schorsch]]: ok, fotos nicht vergessen, alle 4 seiten + schild
14.06.25, 19:31 - [[P:Bine]]: abschlepper da. bei mir ist jetzt noch ein herr der meint der wagen gehört seinem chef und er hätte den schlüssel. heißt [[P:Gökhan]], tel [[TEL:0171 8 30 29 44]]. soll ich abbrechen?
14.06.25, 19:33 - [[P:Schorsch]]: wenn er wegfährt bevor der haken dran ist ja, leerfahrt kostet trotzdem. quittung mitgeben
14.06.25, 19:40 - [[P:Bine]]: erledigt, er ist weg. leerfahrt 95 euro quittiert
14.06.25, 19:41 - [[P:Schorsch]]: 👍 feierabend 🙂
""",
    keep=["KOD Südstadt Spätdienst", "feuerwehrzufahrt", "leerfahrt 95 euro", "alle 4 seiten"],
)

# 62
pii(
    "table_csv",
    """
Wahlhelfer_BTW2025_Bezirke_101-104.csv (Export Wahlamt Mönchengladbach, Stand 10.02.2025)
wahlbezirk,wahlraum,funktion,nachname,vorname,telefon,email,erfrischungsgeld_iban
101,Städtisches Gymnasium Odenkirchen,Wahlvorsteher,[[P:Jansen]],[[P:Wilfried]],[[TEL:02166 68 91 02]],[[MAIL:w.jansen@online.de]],[[IBAN:DE05300501103872950940]]
101,Städtisches Gymnasium Odenkirchen,Schriftführerin,[[P:Nguyen]],[[P:Anh Thu]],[[TEL:0157 89012345]],[[MAIL:anhthu.ng@gmail.com]],[[IBAN:DE41120300004189547638]]
102,Grundschule Geistenbeck,Wahlvorsteherin,[[P:Peters-Lenzen]],[[P:Marion]],[[TEL:02161/58 33 71]],,[[IBAN:DE59760501012033663918]]
102,Grundschule Geistenbeck,Beisitzer,[[P:Bekiri]],[[P:Arian]],[[TEL:+49 1522 4418390]],[[MAIL:arian.bekiri@web.de]],[[IBAN:NL97INGB5948090169]]
103,Kita Am Wasserturm,Wahlvorsteher,[[P:Kox]],[[P:Heribert]],,,[[IBAN:DE69440501996168741917]]
104,Bischöfliche Marienschule,Beisitzerin,[[P:Da Silva]],[[P:Fernanda]],[[TEL:0176-2200 4187]],[[MAIL:fer.dasilva@hotmail.com]],[[IBAN:DE55660501016723146585]]
""",
    keep=[
        "Wahlamt Mönchengladbach",
        "Städtisches Gymnasium Odenkirchen",
        "Bischöfliche Marienschule",
        "erfrischungsgeld_iban",
        "Wahlvorsteherin",
    ],
)

# 63
pii(
    "formal_letter",
    """
Bezirksschornsteinfegermeister [[P:Jens Rottstedt]]
Kehrbezirk Jena 4
[[STR:Kahlaische Straße 88]] · [[LOC:07745 Jena]]
Tel. [[TEL:03641 / 44 28 19]] · Fax 03641 / 44 28 20

Stadt Jena
Fachdienst Bauordnung und Denkmalschutz – untere Bauaufsichtsbehörde
Am Anger 26
07743 Jena

Jena, 18.11.2025

Mitteilung nach § 5 Abs. 2 SchfHwG – Feuerstättenschau nicht durchgeführt

Sehr geehrte Damen und Herren,

die Eigentümerin der Liegenschaft [[STR:Wöllnitzer Straße 12]], [[LOC:07749 Jena]], Frau [[P:Dagmar Pfannschmidt-Lotz]], hat mir trotz zweier schriftlicher Ankündigungen (04.09. und 20.10.2025) den Zutritt zur Durchführung der Feuerstättenschau verweigert. Nach meiner Kenntnis wird im Erdgeschoss ein Kaminofen (Baujahr ca. 1998) betrieben, für den die Nachweise nach der 1. BImSchV fehlen.

Ich bitte um Erlass eines Zweitbescheides bzw. um Anordnung der Duldung. Die Ankündigungsschreiben und der Feuerstättenbescheid liegen in Kopie bei.

Mit freundlichen Grüßen
[[P:J. Rottstedt]]
Bezirksschornsteinfegermeister
""",
    keep=[
        "§ 5 Abs. 2 SchfHwG",
        "Feuerstättenschau",
        "untere Bauaufsichtsbehörde",
        "1. BImSchV",
        "Am Anger 26",
    ],
)

# 64
pii(
    "authority_letter",
    """
Stadt Neuss
Amt für Verkehrsangelegenheiten – Fahrerlaubnisbehörde
Markt 2, 41460 Neuss

Herrn
[[P:Burak Öztürk]]
[[STR:Further Straße 37]]
[[LOC:41462 Neuss]]

Ihr Zeichen: –
Unser Zeichen: [[AZ:FE-36-2025-04471]]
Neuss, 02.06.2025

Umschreibung Ihrer türkischen Fahrerlaubnis (Klasse B)

Sehr geehrter Herr [[P:Öztürk]],

Sie haben am 12.05.2025 die Erteilung einer deutschen Fahrerlaubnis auf Grundlage Ihrer türkischen Fahrerlaubnis beantragt. Da Sie Ihren ordentlichen Wohnsitz seit dem 01.09.2023 in Deutschland haben, ist die Frist von sechs Monaten nach § 29 FeV abgelaufen. Die Türkei ist nicht in Anlage 11 FeV aufgeführt; Sie müssen daher die theoretische und die praktische Prüfung ablegen. Eine Ausbildung in der Fahrschule ist nicht vorgeschrieben.

Bitte reichen Sie noch eine Sehtestbescheinigung, den Nachweis über die Schulung in Erster Hilfe sowie eine Übersetzung Ihres Führerscheins durch einen in Deutschland anerkannten Übersetzer ein. Ihre Angaben zum Geburtsdatum ([[DOB:14.02.1999]]) und zum Geburtsort (Kayseri) stimmen mit dem Führerschein überein.

Mit freundlichen Grüßen
Im Auftrag
[[P:Hülsmann]]
Telefon 02131 90-0
""",
    keep=[
        "Fahrerlaubnisbehörde",
        "§ 29 FeV",
        "Anlage 11 FeV",
        "Sehtestbescheinigung",
        "Markt 2, 41460 Neuss",
    ],
)

# 65
pii(
    "ocr_scan",
    """
MIETBESCHEINIGUNG
(zur Vorlage bei der Wohngeldbehörde der Stadt Heme)
[OCR-Text, Qualität: niedrig]

1. Vermieter/in
Name, Vorname: [[P:Akgül, Nevzat]]
Anschrift: [[STR:Bahnhofstr. l22]], [[LOC:4462S Herne]]
Tel.: [[TEL:O2323 / 5 l9 8O 4]]
Bankverbindung für Rückfragen zu Mietzahlungen: [[IBAN:TR39 0006 2088 4919 7689 2177 67]]

2. Mieter/in (Antragsteller/in)
Name, Vorname: [[P:Krawczyk, Marlena]]
Lage der Wohnung: [[STR:Sodinger Straße 4O]], EG links, [[LOC:44623 Herne]]
Mietverhältnis seit: O1.O4.2O19     Wohnfläche: 58,4 m²     Zimmer: 2

3. Miete (monatlich)
Grundmiete (Kaltmiete)                    41O,OO EUR
Betriebskosten ohne Heizung               13S,OO EUR
Heizkosten / Warmwasser                    9O,OO EUR
Gesamt                                    635,OO EUR
Die Wohnung wird mit Sammelheizung beheizt: [x] ja [ ] nein

Ich versichere die Richtigkeit der Angaben.
Herne, 1O.O3.2O25      Unterschrift Vermieter: [[P:N. Akgül]]
""",
    keep=[
        "MIETBESCHEINIGUNG",
        "Wohngeldbehörde",
        "Sammelheizung",
        "Betriebskosten ohne Heizung",
        "Wohnfläche: 58,4 m²",
    ],
)

# 66
pii(
    "web_form",
    """
[Kontaktformular www.bamberg.de – Lob und Kritik]
Eingang: 24.02.2025 08:51:37
Formular-ID: LK-2025-00917
Übermittelt von: [[IP:2003:e2:7f1a:6c00:9d4:51ff:fe2b:3a17]]
Zuständigkeit (automatisch): Bürgeramt / Beschwerdemanagement

Name: [[P:Wolfram Seubert]]
E-Mail: [[MAIL:w.seubert@bnbt.de]]
Telefon (freiwillig): [[TEL:0951 / 2 41 66 30]]
Rückantwort gewünscht: ja
Betrifft: Dienststelle Bürgeramt, Maximiliansplatz

Nachricht:
Ich möchte mich über die Behandlung am Freitag, 21.02., am Schalter 6 beschweren. Die Mitarbeiterin (Namensschild „Fr. [[P:Dippold]]“) hat mich vor allen Wartenden angeschrien, weil mein Reisepassantrag angeblich unvollständig war. Mein Vater, [[P:Ludwig Seubert]] (91), der mich begleitet hat, war danach völlig aufgelöst. Eine Entschuldigung wäre das Mindeste. Mein Pass Nr. [[PASS:C9TFJ3K58]] läuft im April ab und ich brauche ihn für eine Reise.

[x] Ich habe die Datenschutzhinweise gelesen.
""",
    keep=[
        "Beschwerdemanagement",
        "Lob und Kritik",
        "Maximiliansplatz",
        "Datenschutzhinweise",
        "Schalter 6",
    ],
)

# 67
pii(
    "staff_note",
    """
Stadt Kaiserslautern – Referat Bürgerdienste, Meldebehörde
Vermerk: Antrag auf Eintragung einer Auskunftssperre nach § 51 Abs. 1 BMG

Datum: 07.04.2025     Bearbeitung: [[P:Ch. Weiland]]
Antragstellerin: Frau [[P:Nadine Ebersbach]], geb. [[DOB:13.01.1990]]
Kinder: [[P:Lena]] (7) und [[P:Noah]] (4)
neue Anschrift (nur intern!): [[STR:Pariser Straße 204]], [[LOC:67655 Kaiserslautern]]

Frau [[P:Ebersbach]] ist am 28.03.2025 aus der gemeinsamen Wohnung in [[LOC:66849 Landstuhl]] ausgezogen und lebt übergangsweise im Frauenhaus, inzwischen in eigener Wohnung. Gegen den früheren Lebensgefährten, Herrn [[P:Sascha Grimmer]], besteht eine Gewaltschutzanordnung des Amtsgerichts Kaiserslautern (Beschluss vom 31.03.2025, [[AZ:2 F 118/25]]), vorgelegt in Kopie. Herr [[P:Grimmer]] hat nach ihren Angaben bereits versucht, über Bekannte die neue Adresse herauszufinden; er fährt einen schwarzen BMW, [[KFZ:KL-SG 666]].

Entscheidung: Auskunftssperre für alle drei Personen eingetragen, befristet auf zwei Jahre (§ 51 Abs. 4 BMG). Bedingter Sperrvermerk im Schulverwaltungsprogramm durch Schulamt veranlasst. Kontakt nur über Frauenhaus-Beratungsstelle, Tel. über Zentrale.
""",
    keep=[
        "§ 51 Abs. 1 BMG",
        "Auskunftssperre",
        "Gewaltschutzanordnung",
        "Frauenhaus-Beratungsstelle",
        "§ 51 Abs. 4 BMG",
    ],
)

# 68
pii(
    "email",
    """
Von: [[P:Maximilian Stockinger]] | Versicherungsmakler <[[MAIL:m.stockinger@stockinger-finanz.de]]>
An: gewerbeamt@passau.de
Betreff: Gewerbeummeldung wegen Umzug des Büros

Grüß Gott,

hiermit melde ich die Verlegung meiner Betriebsstätte zum 01.07.2025 an. Gewerbe: Versicherungsmakler mit Erlaubnis nach § 34d Abs. 1 GewO (Registrierung im Vermittlerregister liegt vor), firmierend als „[[P:Stockinger]] Finanz- und Versicherungsmakler e.K.“, eingetragen beim Amtsgericht Passau unter [[HR:HRA 3927]].

alte Betriebsstätte: [[STR:Ludwigstraße 14]], [[LOC:94032 Passau]]
neue Betriebsstätte: [[STR:Innstraße 61]], [[LOC:94036 Passau]]
USt-IdNr.: [[TAX:DE318227406]]

Das Formular GewA 2 habe ich ausgefüllt und unterschrieben angehängt. Die Gebühr (25 EUR) können Sie gern per Lastschrift von meinem Geschäftskonto abbuchen: [[IBAN:AT95 2011 1621 7892 2061]] (Sparkasse Schärding) – ein SEPA-Mandat liegt bei.

Freundliche Grüße
[[P:Maximilian Stockinger]]
Tel. [[TEL:0851 / 9 66 13 40]]
""",
    keep=[
        "gewerbeamt@passau.de",
        "§ 34d Abs. 1 GewO",
        "GewA 2",
        "Amtsgericht Passau",
        "Sparkasse Schärding",
    ],
)

# 69
pii(
    "form",
    """
Stadt Konstanz – Standesamt
Niederschrift über die Erklärung des Austritts aus einer Religionsgemeinschaft öffentlichen Rechts
(§ 26 Kirchensteuergesetz Baden-Württemberg)

Vor der Urkundsperson des Standesamts erschien heute, ausgewiesen durch Personalausweis Nr. [[ID:C8HW1N6RZ]]:

Familienname: [[P:Freiherr von Hartling]]
Vornamen: [[P:Clemens Maria]]
Geburtsdatum: [[DOB:09.11.1979]]     Geburtsort: Freiburg im Breisgau
Anschrift: [[STR:Seestraße 27]], [[LOC:78464 Konstanz]]
Steuerliche Identifikationsnummer: [[TAX:14 360 297 450]]
Religionsgemeinschaft: römisch-katholisch
Taufe: 1980, Pfarrei St. Martin, Freiburg

und erklärte:
„Ich trete aus der oben genannten Religionsgemeinschaft aus.“

Die Erklärung wurde vorgelesen, genehmigt und unterschrieben. Die Religionsgemeinschaft und das Bundeszentralamt für Steuern werden benachrichtigt. Gebühr: 30,00 EUR, bar bezahlt.

Konstanz, 03.12.2025
[[P:Clemens Maria Freiherr von Hartling]]        [[P:Fischbach]], Standesbeamter
""",
    keep=[
        "§ 26 Kirchensteuergesetz Baden-Württemberg",
        "Urkundsperson",
        "römisch-katholisch",
        "Bundeszentralamt für Steuern",
        "30,00 EUR",
    ],
)

# 70
pii(
    "application",
    """
Stadt Solingen – Fachdienst Soziales, Bildung und Teilhabe
Antrag auf Leistungen für Bildung und Teilhabe (§ 28 SGB II) – Mehrtägige Klassenfahrt

Leistungsberechtigte Person (Elternteil): [[P:Aminata Diallo]]
Anschrift: [[STR:Klingenstraße 66]], [[LOC:42651 Solingen]]
Telefon: [[TEL:0212 / 23 80 91 47]]
Leistungsbezug: [x] Bürgergeld (Jobcenter Solingen), BG-Nummer: [[AZ:34702//0051872]]
                [ ] Sozialhilfe  [ ] Wohngeld  [ ] Kinderzuschlag  [ ] AsylbLG

Schülerin/Schüler: [[P:Moussa Diallo]], geb. [[DOB:06.10.2012]]
Schule: Gesamtschule Höhscheid, Klasse 7b
Art der Fahrt: Klassenfahrt nach Xanten (Jugendherberge), 19.–23.05.2025
Kosten laut Bestätigung der Schule: 248,00 EUR

Die Kosten sollen [x] direkt an die Schule  [ ] an mich überwiesen werden.
Konto der Schule (Schulgirokonto): siehe Bestätigung der Schule

Bemerkung der Antragstellerin: Ich kann nicht so gut Deutsch lesen, mein Bruder [[P:Ousmane]] hat beim Ausfüllen geholfen. Mein Sohn soll unbedingt mitfahren.

Solingen, 17.02.2025     Unterschrift: [[P:A. Diallo]]
""",
    keep=[
        "§ 28 SGB II",
        "Bildung und Teilhabe",
        "Gesamtschule Höhscheid",
        "248,00 EUR",
        "Klassenfahrt nach Xanten",
    ],
)

# ---------------------------------------------------------------------------------------------
# PII-free administrative texts
# ---------------------------------------------------------------------------------------------

# 1
clean(
    "minutes",
    """
Niederschrift über die 14. öffentliche Sitzung des Ausschusses für Umwelt, Klima und Mobilität
am Dienstag, 11.03.2025, 16:00 Uhr bis 18:25 Uhr, Rathaus, Sitzungssaal 2

Anwesend: die Vorsitzende, 12 stimmberechtigte Mitglieder, 2 sachkundige Einwohner, für die Verwaltung der Beigeordnete für Stadtentwicklung und Umwelt, die Leiterin des Umweltamtes sowie ein Vertreter des Tiefbauamtes.

TOP 1 Feststellung der Beschlussfähigkeit
Die Vorsitzende eröffnet die Sitzung und stellt die ordnungsgemäße Einladung und die Beschlussfähigkeit fest.

TOP 2 Mobilitätskonzept 2035 – Zwischenbericht (Drucksache 0147/2025)
Der Beigeordnete erläutert den Stand der Bürgerbeteiligung. Aus der Mitte des Ausschusses wird nach der Finanzierung der Radvorrangroute entlang der Konrad-Adenauer-Allee gefragt. Die Verwaltung sagt eine schriftliche Beantwortung bis zur nächsten Sitzung zu.
Der Ausschuss nimmt den Bericht zur Kenntnis.

TOP 3 Baumfällungen im Bereich Willy-Brandt-Platz (Drucksache 0162/2025)
Beschluss: Der Ausschuss stimmt den Ersatzpflanzungen in der vorgelegten Form zu.
Abstimmungsergebnis: 11 Ja-Stimmen, 1 Enthaltung.

TOP 4 Anfragen und Mitteilungen
Die Leiterin des Umweltamtes teilt mit, dass der Förderbescheid für das Projekt „Klimaangepasste Schulhöfe“ eingegangen ist (Fördersumme 480.000 EUR).

Die Vorsitzende                    Die Schriftführerin
""",
    keep=[
        "Drucksache 0147/2025",
        "Konrad-Adenauer-Allee",
        "Willy-Brandt-Platz",
        "480.000 EUR",
        "Die Schriftführerin",
    ],
)

# 2
clean(
    "notice",
    """
Bürgeramt Mitte – Öffnungszeiten ab 1. Juli 2025

Bürgeramt Mitte, Friedrich-Ebert-Platz 1, 3. Etage (barrierefrei über Aufzug B)

Montag        08:00 – 13:00 Uhr
Dienstag      08:00 – 13:00 Uhr und 14:00 – 18:00 Uhr
Mittwoch      geschlossen (nur telefonische Auskunft)
Donnerstag    10:00 – 19:00 Uhr
Freitag       08:00 – 12:00 Uhr
Jeden ersten Samstag im Monat 09:00 – 12:00 Uhr (nur mit Termin)

Termine vereinbaren Sie online unter www.stadt.example.de/termine oder über die Servicenummer 115.
Pass- und Ausweisabholungen ohne Termin sind zu allen Öffnungszeiten möglich.
Bitte beachten Sie: Bargeldzahlung ist nicht mehr möglich. Wir akzeptieren Girocard, Kreditkarte und Mobile Payment.
""",
    keep=["Friedrich-Ebert-Platz 1", "Servicenummer 115", "Girocard", "Mittwoch      geschlossen"],
)

# 3
clean(
    "fee_schedule",
    """
Auszug aus der Verwaltungsgebührensatzung – Tarifstelle 4 (Bürgerdienste)

Tarifstelle  Gegenstand                                                    Gebühr
4.1          Einfache Melderegisterauskunft (§ 44 BMG), je Person          10,00 EUR
4.2          Erweiterte Melderegisterauskunft (§ 45 BMG)                   15,00 EUR
4.3          Meldebescheinigung (§ 18 BMG)                                  5,00 EUR
4.4          Beglaubigung einer Unterschrift                                 8,00 EUR
4.5          Beglaubigung einer Kopie, je Seite                              3,00 EUR
             (ab der 11. Seite je Seite 1,00 EUR)
4.6          Bewohnerparkausweis, je angefangenes Jahr                      120,00 EUR
             ermäßigt für Inhaber eines Sozialpasses                        30,00 EUR
4.7          Ausnahmegenehmigung Halteverbot (Umzug), bis 3 Tage           45,00 EUR

Gebührenfrei sind Bescheinigungen für Zwecke der Sozialversicherung, der Rentenversicherung und des Kindergeldes.
""",
    keep=["Tarifstelle 4", "§ 45 BMG", "120,00 EUR", "Sozialpasses", "Gebührenfrei"],
)

# 4
clean(
    "ordinance",
    """
Satzung über die Erhebung der Hundesteuer (Hundesteuersatzung) – Auszug

§ 5 Steuersatz
(1) Die Steuer beträgt jährlich
  a) für den ersten Hund 156,00 EUR,
  b) für den zweiten Hund 216,00 EUR,
  c) für jeden weiteren Hund 276,00 EUR.
(2) Für gefährliche Hunde im Sinne des § 3 Abs. 2 beträgt die Steuer abweichend von Absatz 1 jährlich 780,00 EUR je Hund.

§ 6 Steuerbefreiungen
Steuerbefreiung ist auf Antrag zu gewähren für das Halten von
  1. Blindenführhunden,
  2. Hunden, die zum Schutz und zur Hilfe blinder, tauber oder sonst hilfloser Personen unentbehrlich sind,
  3. Hunden, die aus einem Tierheim mit Sitz im Stadtgebiet erworben wurden, für die Dauer von zwölf Monaten.

§ 7 Beginn und Ende der Steuerpflicht
Die Steuerpflicht beginnt mit dem ersten Tag des auf den Beginn der Haltung folgenden Kalendermonats. Sie endet mit Ablauf des Kalendermonats, in dem die Hundehaltung beendet wird.
""",
    keep=[
        "§ 5 Steuersatz",
        "156,00 EUR",
        "Blindenführhunden",
        "§ 7 Beginn und Ende der Steuerpflicht",
        "780,00 EUR",
    ],
)

# 5
clean(
    "press_release",
    """
PRESSEMITTEILUNG

Sophie-Scholl-Gesamtschule bezieht Neubau – Oberbürgermeisterin übergibt Schlüssel

Nach zweieinhalb Jahren Bauzeit hat die Sophie-Scholl-Gesamtschule am Montag ihren Neubau an der Hans-Böckler-Straße bezogen. Der viergeschossige Holzhybridbau bietet Platz für 1.100 Schülerinnen und Schüler, eine Dreifachsporthalle und eine Mensa mit 280 Plätzen. Die Gesamtkosten liegen bei 64,3 Millionen Euro, davon 18 Millionen Euro Fördermittel aus dem Programm „Gute Schule 2020“.

Die Oberbürgermeisterin dankte bei der Schlüsselübergabe allen Beteiligten: „Hier ist ein Ort entstanden, an dem Lernen Freude macht.“ Der Schulleiter betonte die Bedeutung der neuen naturwissenschaftlichen Fachräume, die in Kooperation mit dem Max-Planck-Institut ausgestattet wurden.

Das Gebäude erfüllt den Effizienzhaus-40-Standard. Auf dem Dach erzeugt eine Photovoltaikanlage rund 240 MWh Strom pro Jahr. Am Samstag, 13. September 2025, lädt die Schule von 11 bis 15 Uhr zum Tag der offenen Tür ein.

Pressestelle der Stadt, presse@stadt.example.de, Telefon 0800 123 45 00
""",
    keep=[
        "Sophie-Scholl-Gesamtschule",
        "Hans-Böckler-Straße",
        "Max-Planck-Institut",
        "64,3 Millionen Euro",
        "presse@stadt.example.de",
    ],
)

# 6
clean(
    "job_ad",
    """
Stellenausschreibung Nr. 2025/041

Die Stadtverwaltung sucht zum nächstmöglichen Zeitpunkt für das Amt für Soziales und Wohnen eine/n

Sachbearbeiter/in Wohngeld (m/w/d)
Entgeltgruppe 9a TVöD, Vollzeit (39 Std./Woche), Teilzeit möglich, unbefristet

Ihre Aufgaben:
– Prüfung und Bescheidung von Wohngeldanträgen nach dem WoGG
– Beratung der Antragstellenden persönlich, telefonisch und schriftlich
– Bearbeitung von Widersprüchen und Rückforderungen

Ihr Profil:
– abgeschlossene Ausbildung als Verwaltungsfachangestellte/r oder Angestelltenlehrgang I
– wünschenswert: Kenntnisse im Sozialleistungsrecht
– Freude am Umgang mit Menschen in schwierigen Lebenslagen

Wir bieten: flexible Arbeitszeiten, mobiles Arbeiten bis zu 40 %, Jobticket, betriebliche Altersvorsorge (ZVK).

Bewerbungen bis zum 30.06.2025 ausschließlich über unser Karriereportal. Fragen zum Verfahren beantwortet das Team Personalgewinnung unter personalgewinnung@stadt.example.de.
Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.
""",
    keep=[
        "Stellenausschreibung Nr. 2025/041",
        "Entgeltgruppe 9a TVöD",
        "personalgewinnung@stadt.example.de",
        "Angestelltenlehrgang I",
        "Jobticket",
    ],
)

# 7
clean(
    "process",
    """
Prozessbeschreibung P-12: Digitaler Posteingang (Stand 02/2025)

1. Zentrale Poststelle
Die Briefpost wird werktäglich bis 9:30 Uhr im Scanzentrum geöffnet. Ausgenommen sind Sendungen mit dem Vermerk „persönlich/vertraulich“ sowie Angebote in Vergabeverfahren; diese werden ungeöffnet weitergeleitet.

2. Scannen und Klassifizierung
Die Dokumente werden beidseitig mit 300 dpi gescannt, per OCR erschlossen und anhand des Aktenplans automatisch klassifiziert. Unsichere Zuordnungen (Konfidenz unter 0,8) gehen in den Korb „Nachklassifizierung“.

3. Übergabe an die Fachverfahren
Die Übergabe erfolgt über die Schnittstelle XDOMEA in die E-Akte. Papieroriginale werden 3 Monate im Zwischenarchiv aufbewahrt und danach datenschutzgerecht vernichtet, sofern keine Originalvorlagepflicht besteht (z. B. Urkunden, Vollmachten, Wechsel).

4. Verantwortlichkeiten
Prozessverantwortung: Leitung Zentrale Dienste. Fachliche Fragen: Funktionspostfach posteingang@stadt.example.de.
""",
    keep=[
        "Prozessbeschreibung P-12",
        "XDOMEA",
        "Nachklassifizierung",
        "posteingang@stadt.example.de",
        "300 dpi",
    ],
)

# 8
clean(
    "it_notice",
    """
Wartungsankündigung IT-Service – Change CHG-9021

Betroffene Systeme: Fachverfahren Einwohnerwesen (Produktivumgebung), Hosts ewo-app-01.intern.stadt.example, ewo-app-02.intern.stadt.example, Datenbankcluster db-ewo-prod.intern.stadt.example
Zeitraum: Samstag, 22.03.2025, 06:00 Uhr – 14:00 Uhr

Inhalt: Einspielen des Releases 24.4.2 inkl. XMeld 3.7, Betriebssystem-Patches, Zertifikatstausch.

Auswirkungen: Während des Wartungsfensters sind Meldevorgänge, Melderegisterauskünfte und die Online-Dienste „Anmeldung Wohnsitz“ und „Meldebescheinigung online“ nicht verfügbar. Die Bürgerämter sind an diesem Samstag geschlossen.

Rückfallebene: Snapshot der VMs vor Beginn, Rollback bis 12:00 Uhr möglich.
Ansprechpartner: IT-Servicedesk, Durchwahl -4444, servicedesk@stadt.example.de
""",
    keep=[
        "CHG-9021",
        "ewo-app-01.intern.stadt.example",
        "XMeld 3.7",
        "servicedesk@stadt.example.de",
        "Rückfallebene",
    ],
)

# 9
clean(
    "funding",
    """
Förderprogramm „Klimafreundlich Wohnen“ – Steckersolargeräte (Balkonkraftwerke) 2025

Was wird gefördert?
Die Anschaffung und Installation steckerfertiger Photovoltaikanlagen bis 800 Watt Wechselrichterleistung an selbst genutzten Wohnungen im Stadtgebiet.

Wie hoch ist der Zuschuss?
50 % der förderfähigen Kosten, höchstens 200 Euro je Haushalt. Inhaberinnen und Inhaber des Stadtpasses erhalten bis zu 400 Euro.

Wer kann einen Antrag stellen?
Mieterinnen, Mieter und Eigentümer. Bei Mietwohnungen ist die Zustimmung der Vermieterseite nicht erforderlich, seit § 554 BGB Steckersolargeräte als privilegierte Maßnahme aufführt.

Wie läuft das Verfahren?
1. Antrag vor dem Kauf online stellen (Förderportal, Antragsnummer wird automatisch vergeben).
2. Gerät kaufen und im Marktstammdatenregister der Bundesnetzagentur anmelden.
3. Rechnung und MaStR-Bestätigung innerhalb von sechs Monaten hochladen.

Das Fördervolumen beträgt 300.000 Euro. Es gilt das Windhundprinzip. Fragen: klimaschutz@stadt-bielefeld.de
""",
    keep=[
        "Steckersolargeräte",
        "800 Watt",
        "§ 554 BGB",
        "Windhundprinzip",
        "klimaschutz@stadt-bielefeld.de",
    ],
)

# 10
clean(
    "blank_form",
    """
Antrag auf Ausstellung eines Bewohnerparkausweises
Straßenverkehrsbehörde – bitte vollständig ausfüllen und mit Fahrzeugschein einreichen

1. Antragsteller/in
Name, Vorname: ______________________________________
Anschrift (Hauptwohnsitz): ____________________________
PLZ, Ort: _____________   Telefon (freiwillig): __________
E-Mail (freiwillig): __________________________________

2. Fahrzeug
Amtliches Kennzeichen: ________________
Halter/in: [ ] ich selbst  [ ] Arbeitgeber (Bescheinigung beifügen)  [ ] Leasing/Carsharing

3. Bewohnerparkzone
[ ] Zone A Altstadt   [ ] Zone B Bahnhofsviertel   [ ] Zone C Hafen

4. Gebühr
Die Gebühr beträgt 120,00 EUR für 12 Monate. Ermäßigung für Inhaber des Sozialpasses auf Antrag.

Datum, Unterschrift: ____________________________

Hinweise zum Datenschutz: Ihre Angaben werden ausschließlich zur Bearbeitung Ihres Antrags verwendet (Art. 6 Abs. 1 lit. e DSGVO).
""",
    keep=[
        "Bewohnerparkausweises",
        "Zone B Bahnhofsviertel",
        "Amtliches Kennzeichen",
        "Art. 6 Abs. 1 lit. e DSGVO",
        "120,00 EUR",
    ],
)

# 11
clean(
    "statistics",
    """
Statistischer Quartalsbericht 2/2025 – Bevölkerung

Einwohnerinnen und Einwohner mit Hauptwohnsitz am 30.06.2025: 312.846 (+0,4 % gegenüber Vorjahr)
davon weiblich: 159.021   männlich: 153.788   divers/ohne Angabe: 37
Durchschnittsalter: 43,1 Jahre

Natürliche Bevölkerungsbewegung im 2. Quartal
Geburten: 701      Sterbefälle: 892      Saldo: -191

Wanderungen im 2. Quartal
Zuzüge: 4.918      Fortzüge: 4.377      Saldo: +541
Die stärksten Zuzüge verzeichneten die Stadtteile Nordstadt (+186) und Am Schlachthof (+97).

Ausländische Staatsangehörige: 52.330 (16,7 %), größte Gruppen: türkisch (9.412), syrisch (6.005), ukrainisch (5.118), polnisch (4.297), rumänisch (3.866).

Quelle: Melderegister, Auswertung Amt für Statistik und Wahlen.
""",
    keep=[
        "312.846",
        "Durchschnittsalter: 43,1 Jahre",
        "Amt für Statistik und Wahlen",
        "Am Schlachthof",
        "ukrainisch (5.118)",
    ],
)

# 12
clean(
    "public_notice",
    """
Öffentliche Bekanntmachung

Bebauungsplan Nr. 7-42 „Gewerbegebiet Carl-Benz-Straße / Ost“
hier: Beteiligung der Öffentlichkeit gemäß § 3 Abs. 2 BauGB

Der Ausschuss für Stadtplanung hat in seiner Sitzung am 20.05.2025 den Entwurf des Bebauungsplans Nr. 7-42 mit Begründung und Umweltbericht gebilligt und die öffentliche Auslegung beschlossen (Drucksache 0298/2025).

Das Plangebiet liegt zwischen der Carl-Benz-Straße im Westen, der Bahnlinie im Osten und dem Gelände der Robert Bosch GmbH im Norden. Ziel der Planung ist die Ansiedlung nicht erheblich belästigender Gewerbebetriebe.

Der Entwurf liegt in der Zeit vom 16.06.2025 bis einschließlich 18.07.2025 im Internet unter www.o-sp.de/stadt und zusätzlich im Technischen Rathaus, Foyer, Hindenburgstraße 10, während der Dienststunden öffentlich aus. Stellungnahmen können während der Auslegungsfrist abgegeben werden. Nicht fristgerecht abgegebene Stellungnahmen können bei der Beschlussfassung unberücksichtigt bleiben (§ 4a Abs. 5 BauGB).

Der Oberbürgermeister
""",
    keep=[
        "Bebauungsplan Nr. 7-42",
        "§ 3 Abs. 2 BauGB",
        "Robert Bosch GmbH",
        "Hindenburgstraße 10",
        "Drucksache 0298/2025",
    ],
)

# 13
clean(
    "road_works",
    """
Verkehrsinformation: Vollsperrung der Friedrich-Ebert-Straße zwischen Kaiser-Wilhelm-Ring und Bismarckplatz

Wegen der Erneuerung der Fernwärmeleitung durch die Stadtwerke wird die Friedrich-Ebert-Straße ab Montag, 04.08.2025, bis voraussichtlich Freitag, 26.09.2025, in beiden Richtungen voll gesperrt.

Umleitung: Der Durchgangsverkehr wird über die Theodor-Heuss-Allee und die Goethestraße umgeleitet (Beschilderung U 12).
ÖPNV: Die Buslinien 5 und 17 fahren eine Umleitung; die Haltestelle „Bismarckplatz“ wird auf die Luisenstraße verlegt.
Fußgänger und Radfahrende: Ein Durchgang entlang der Baustelle bleibt jederzeit möglich.
Anlieger: Die Zufahrt zu den Tiefgaragen der Hausnummern 20 bis 48 ist über die Schillerstraße möglich.

Wir bitten um Verständnis. Fragen beantwortet das Baustellentelefon der Stadtwerke, 0800 765 43 21 (kostenfrei, Mo–Fr 7–18 Uhr).
""",
    keep=[
        "Friedrich-Ebert-Straße",
        "Kaiser-Wilhelm-Ring",
        "Theodor-Heuss-Allee",
        "Beschilderung U 12",
        "0800 765 43 21",
    ],
)

# 14
clean(
    "waste_calendar",
    """
Abfallkalender 2026 – Bezirk 3 (Südstadt, Weststadt)

Restmüll (graue Tonne): 14-täglich, Dienstag, gerade Kalenderwochen
Bioabfall (braune Tonne): wöchentlich Donnerstag, von Dezember bis Februar 14-täglich
Papier (blaue Tonne): alle vier Wochen Freitag: 09.01., 06.02., 06.03., 03.04., 30.04., 29.05. …
Gelbe Tonne / Wertstoffe: 14-täglich Montag, ungerade Kalenderwochen

Feiertagsverschiebungen: Fällt ein Abfuhrtag auf einen Feiertag, wird die Abfuhr am folgenden Werktag nachgeholt; alle folgenden Abfuhren der Woche verschieben sich um einen Tag.

Weihnachtsbäume: Abholung am 10.01. und 17.01.2026 – bitte ohne Lametta und Ständer bis 6 Uhr bereitstellen.
Schadstoffmobil: Samstag, 14.03.2026, 9–12 Uhr, Parkplatz Albert-Schweitzer-Schule.

Abfallberatung: abfallberatung@stadtreinigung.example.de, Telefon 0221 922 22 24
""",
    keep=[
        "Abfallkalender 2026",
        "Albert-Schweitzer-Schule",
        "Schadstoffmobil",
        "gerade Kalenderwochen",
        "Weihnachtsbäume",
    ],
)

# 15
clean(
    "faq",
    """
Häufige Fragen zum Wohngeld

Wer hat Anspruch auf Wohngeld?
Wohngeld erhalten Haushalte mit geringem Einkommen, die ihre Miete (Mietzuschuss) oder die Belastung für selbst genutztes Wohneigentum (Lastenzuschuss) nicht allein tragen können. Wer Bürgergeld, Grundsicherung oder Sozialhilfe bezieht, erhält kein Wohngeld, weil die Unterkunftskosten dort bereits berücksichtigt sind.

Wie lange dauert die Bearbeitung?
Derzeit etwa acht bis zehn Wochen ab Eingang der vollständigen Unterlagen.

Ab wann wird Wohngeld gezahlt?
Ab dem Ersten des Monats, in dem der Antrag gestellt wurde. Eine rückwirkende Bewilligung ist nicht möglich.

Muss ich jede Änderung mitteilen?
Ja. Insbesondere wenn sich das Einkommen um mehr als 15 % erhöht, die Miete um mehr als 15 % sinkt oder Personen aus- oder einziehen (§ 27 WoGG).

Wo bekomme ich den Antrag?
Im Bürgerbüro, online im Serviceportal oder telefonisch unter 0911 231-0.
""",
    keep=["Mietzuschuss", "Lastenzuschuss", "§ 27 WoGG", "acht bis zehn Wochen", "0911 231-0"],
)

# 16
clean(
    "email",
    """
Betreff: Ihre Anfrage zur Anmeldung einer Eheschließung
Von: Standesamt <standesamt@stadt-gera.de>

Guten Tag,

vielen Dank für Ihre Anfrage. Die Anmeldung der Eheschließung ist frühestens sechs Monate vor dem gewünschten Trautermin möglich und erfolgt persönlich durch beide Verlobte. Bitte vereinbaren Sie dafür einen Termin über unser Online-Terminsystem.

Welche Unterlagen im Einzelnen benötigt werden, hängt von Staatsangehörigkeit, Familienstand und Geburtsort ab. Eine Übersicht finden Sie im Merkblatt „Eheschließung“ auf unserer Internetseite. Ausländische Urkunden sind im Original mit Übersetzung durch einen in Deutschland öffentlich bestellten Übersetzer vorzulegen.

Trautermine im Trauzimmer des Rathauses sind dienstags bis freitags sowie an ausgewählten Samstagen möglich; Trauungen im Orangerie-Saal des Küchengartens bieten wir von Mai bis September an.

Mit freundlichen Grüßen
Ihr Standesamt

--
Stadtverwaltung Gera
Fachdienst Bürgerservice – Standesamt
Kornmarkt 12, 07545 Gera
Telefon 0365 838-0 (Zentrale)
standesamt@stadt-gera.de | www.gera.de
Bitte beachten Sie: Über diese Adresse ist keine rechtsverbindliche Kommunikation möglich.
""",
    keep=[
        "standesamt@stadt-gera.de",
        "Kornmarkt 12, 07545 Gera",
        "0365 838-0",
        "Orangerie-Saal",
        "sechs Monate",
    ],
)

# 17
clean(
    "ordinance",
    """
Allgemeinverfügung der Stadt über ein Verbot des Mitführens und Abbrennens pyrotechnischer Gegenstände in der Altstadt zum Jahreswechsel 2025/2026

1. Im Bereich der Altstadt, begrenzt durch Wallstraße, Kaiserstraße, Rheinuferpromenade und Marktplatz (siehe Lageplan, Anlage 1), ist das Mitführen und Abbrennen pyrotechnischer Gegenstände der Kategorie F2 in der Zeit vom 31.12.2025, 18:00 Uhr, bis 01.01.2026, 06:00 Uhr, verboten.
2. Die sofortige Vollziehung wird gemäß § 80 Abs. 2 Satz 1 Nr. 4 VwGO angeordnet.
3. Zuwiderhandlungen können als Ordnungswidrigkeit mit einem Bußgeld bis zu 5.000 Euro geahndet werden.
4. Diese Allgemeinverfügung gilt am Tag nach ihrer Bekanntmachung als bekannt gegeben.

Begründung: In den vergangenen Jahren kam es in der dicht bebauten Altstadt wiederholt zu Bränden an Fachwerkhäusern und zu Verletzungen durch gezielt auf Personen gerichtete Raketen.

Rechtsbehelfsbelehrung: Gegen diese Allgemeinverfügung kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht erhoben werden.
""",
    keep=[
        "Kategorie F2",
        "§ 80 Abs. 2 Satz 1 Nr. 4 VwGO",
        "5.000 Euro",
        "Rechtsbehelfsbelehrung",
        "Rheinuferpromenade",
    ],
)

# 18
clean(
    "agenda",
    """
Tagesordnung der 31. Sitzung des Rates der Stadt am Donnerstag, 25.09.2025, 15:00 Uhr, Ratssaal

Öffentlicher Teil
1   Eröffnung, Feststellung der Beschlussfähigkeit
2   Einwohnerfragestunde
3   Bestellung einer Schriftführerin für die Wahlperiode
4   Haushaltssatzung 2026 – Einbringung (Drucksache 1104/2025)
5   Neufassung der Satzung über die Benutzung der städtischen Obdachlosenunterkünfte (Drucksache 1087/2025)
6   Benennung einer Straße im Neubaugebiet „Am Lindenhof“ in Hedwig-Dohm-Straße (Drucksache 1066/2025)
7   Verleihung des Ernst-Reuter-Preises für bürgerschaftliches Engagement 2025 (Drucksache 1091/2025)
8   Anfragen der Fraktionen

Nichtöffentlicher Teil
9   Grundstücksangelegenheiten
10  Personalangelegenheiten

Die Sitzung wird im Livestream übertragen.
""",
    keep=[
        "Drucksache 1104/2025",
        "Hedwig-Dohm-Straße",
        "Ernst-Reuter-Preises",
        "Einwohnerfragestunde",
        "Am Lindenhof",
    ],
)

# 19
clean(
    "internal_directive",
    """
Dienstanweisung Nr. 7/2025 – Umgang mit personenbezogenen Daten in E-Mails

1. Personenbezogene Daten besonderer Kategorien (Art. 9 DSGVO), insbesondere Gesundheitsdaten, dürfen nur verschlüsselt per E-Mail versendet werden. Zu nutzen ist die Funktion „Vertraulich senden“ (S/MIME).
2. Bei E-Mails an Bürgerinnen und Bürger ist vorrangig das Postfach des Serviceportals zu nutzen.
3. Anlagen mit Listen von Personen (z. B. Teilnehmerlisten, Belegungslisten) sind grundsätzlich nicht per E-Mail zu versenden, sondern über die Ablage in der E-Akte freizugeben.
4. Funktionspostfächer sind personenbezogenen Postfächern vorzuziehen. Abwesenheitsnotizen dürfen keine Angaben zu Krankheit oder Urlaubsziel enthalten.
5. Verstöße sind unverzüglich dem behördlichen Datenschutzbeauftragten zu melden (datenschutz@stadt.example.de, Meldefrist nach Art. 33 DSGVO: 72 Stunden).

Diese Dienstanweisung tritt am 01.05.2025 in Kraft und ersetzt die Dienstanweisung Nr. 3/2019.

Der Oberbürgermeister
""",
    keep=[
        "Dienstanweisung Nr. 7/2025",
        "Art. 9 DSGVO",
        "S/MIME",
        "datenschutz@stadt.example.de",
        "Art. 33 DSGVO",
    ],
)

# 20
clean(
    "leaflet",
    """
Merkblatt: Führungszeugnis beantragen

Ein Führungszeugnis beantragen Sie bei der Meldebehörde Ihres Hauptwohnsitzes oder online über das Portal des Bundesamts für Justiz (mit Online-Ausweisfunktion).

Arten:
– Privatführungszeugnis (Belegart N), z. B. für Arbeitgeber
– Führungszeugnis zur Vorlage bei einer Behörde (Belegart O), wird direkt an die Behörde gesandt
– Erweitertes Führungszeugnis nach § 30a BZRG, z. B. für Tätigkeiten mit Kindern und Jugendlichen; hierfür ist eine schriftliche Aufforderung der Stelle erforderlich

Gebühr: 13,00 EUR. Für ehrenamtlich Tätige wird auf Antrag Gebührenbefreiung gewährt.
Bearbeitungsdauer beim Bundesamt für Justiz: in der Regel zwei Wochen.

Mitzubringen: gültiger Personalausweis oder Reisepass, ggf. Aufforderungsschreiben.
""",
    keep=[
        "Belegart N",
        "§ 30a BZRG",
        "13,00 EUR",
        "Bundesamts für Justiz",
        "Online-Ausweisfunktion",
    ],
)

# 21
clean(
    "leaflet",
    """
Heiraten an besonderen Orten – Trauorte des Standesamts

Trauzimmer im Alten Rathaus: bis 30 Gäste, Di–Sa, Gebühr im Rahmen der Anmeldung
Villa Haniel, Gartensaal: bis 60 Gäste, Fr und Sa, Zusatzgebühr 250 EUR, Buchung des Caterings über die Villa
Schloss Benrath, Spiegelsaal: bis 45 Gäste, ausgewählte Samstage, Zusatzgebühr 320 EUR
Zeche Zollverein, Mischanlage: bis 80 Gäste, nur nach Verfügbarkeit, Zusatzgebühr 400 EUR
Rheinschiff „MS Stadt Düsseldorf“: saisonal Mai–September, Zusatzgebühr 350 EUR zzgl. Charter

Die Trautermine für das Folgejahr werden ab dem ersten Werktag im Oktober vergeben. Pro Paar ist eine Vormerkung möglich; die Anmeldung der Eheschließung muss spätestens acht Wochen vor dem Termin vollständig sein.
""",
    keep=[
        "Villa Haniel",
        "Schloss Benrath",
        "Zeche Zollverein",
        "MS Stadt Düsseldorf",
        "acht Wochen",
    ],
)

# 22
clean(
    "tender",
    """
Bekanntmachung über die Vergabe von Bauleistungen – Öffentliche Ausschreibung nach § 3 Abs. 1 VOB/A

a) Öffentlicher Auftraggeber: Stadt, Zentrales Vergabemanagement, Rathausplatz 2, Vergabestelle Zimmer 114, vergabe@stadt.example.de
b) Verfahrensart: Öffentliche Ausschreibung, Vergabenummer VG-2025-0377
c) Art des Auftrags: Ausführung von Bauleistungen
d) Ort der Ausführung: Heinrich-Heine-Grundschule, Erweiterungsbau
e) Art und Umfang: Los 1 Rohbauarbeiten (ca. 1.900 m³ umbauter Raum), Los 2 Dachabdichtung (ca. 640 m²)
f) Ausführungsfrist: Beginn 06.10.2025, Fertigstellung bis 31.05.2026
g) Angebotsfrist: 02.09.2025, 10:00 Uhr; Bindefrist: 30.10.2025
h) Die Vergabeunterlagen stehen auf der Vergabeplattform Deutsches Vergabeportal (DTVP) zum Download bereit. Angebote sind ausschließlich elektronisch in Textform einzureichen.
i) Geforderte Sicherheiten: Vertragserfüllungsbürgschaft 5 % der Auftragssumme
""",
    keep=[
        "§ 3 Abs. 1 VOB/A",
        "VG-2025-0377",
        "Heinrich-Heine-Grundschule",
        "vergabe@stadt.example.de",
        "Deutsches Vergabeportal",
    ],
)

# 23
clean(
    "budget",
    """
Haushaltssatzung der Stadt für das Haushaltsjahr 2026 – Auszug

§ 1 Ergebnis- und Finanzplan
Der Haushaltsplan wird festgesetzt
1. im Ergebnisplan mit
   dem Gesamtbetrag der Erträge auf          1.284.561.300 EUR
   dem Gesamtbetrag der Aufwendungen auf     1.331.902.700 EUR
2. im Finanzplan mit
   dem Gesamtbetrag der Auszahlungen aus Investitionstätigkeit auf 212.480.000 EUR

§ 2 Kredite
Der Gesamtbetrag der Kredite, deren Aufnahme für Investitionen erforderlich ist, wird auf 96.300.000 EUR festgesetzt.

§ 5 Steuersätze
Grundsteuer A 480 v. H., Grundsteuer B 695 v. H., Gewerbesteuer 475 v. H.

§ 6 Haushaltssicherungskonzept
Ein Haushaltssicherungskonzept ist nicht aufzustellen, da die Verringerung der allgemeinen Rücklage unter den Schwellenwerten des § 76 GO NRW bleibt.
""",
    keep=[
        "1.284.561.300 EUR",
        "Grundsteuer B 695 v. H.",
        "§ 76 GO NRW",
        "Haushaltssicherungskonzept",
        "96.300.000 EUR",
    ],
)

# 24
clean(
    "newsletter",
    """
Stadtbibliothek – Programm im November

Vorlesestunde für Kinder ab 4 Jahren: jeden Mittwoch, 16 Uhr, Kinderbibliothek (Eintritt frei)
Digitalsprechstunde „Onleihe & E-Reader“: Dienstag, 04.11., 10–12 Uhr, Lernwerkstatt
Lesekreis „Klassiker neu gelesen“: Donnerstag, 13.11., 19 Uhr – diesmal: „Buddenbrooks“
Ausstellung „100 Jahre Bauhaus-Typografie“: 03.–29.11., Foyer
Verleihung des Jugendliteraturpreises der Stadtsparkasse: Freitag, 21.11., 18 Uhr, Veranstaltungssaal

Neu im Bestand: 40 Tonie-Figuren, Brettspiele für Erwachsene, Saatgutbibliothek mit 60 Sorten.

Die Bibliothek bleibt am Buß- und Bettag (19.11.) geschlossen. Rückgaben sind jederzeit über die Außenrückgabe am Gutenbergplatz möglich.
Kontakt: stadtbibliothek@stadt.example.de, Telefon 0800 00 12 34
""",
    keep=[
        "Onleihe",
        "Buddenbrooks",
        "Gutenbergplatz",
        "Saatgutbibliothek",
        "stadtbibliothek@stadt.example.de",
    ],
)

# 25
clean(
    "notice",
    """
Winterdienst – Hinweise für Anliegerinnen und Anlieger

Nach der Straßenreinigungssatzung sind die Eigentümer der anliegenden Grundstücke verpflichtet, Gehwege werktags bis 7:00 Uhr, sonn- und feiertags bis 9:00 Uhr von Schnee zu räumen und bei Glätte zu streuen. Die Pflicht endet um 20:00 Uhr.

Zu räumen ist ein Streifen von mindestens 1,20 m Breite. Salz darf nur bei Eisregen und an Treppen und starken Gefällen verwendet werden; ansonsten sind abstumpfende Mittel wie Sand oder Splitt zu nutzen.

Der Betriebshof räumt vorrangig Hauptverkehrsstraßen, Busstrecken und Steigungen (Räumstufe 1), danach Sammelstraßen (Räumstufe 2). Reine Anliegerstraßen werden nicht geräumt.

Streugutkisten stehen an 140 Gefahrenstellen bereit. Leere Kisten können Sie über den Mängelmelder oder das Winterdiensttelefon 0531 470-4444 melden.
""",
    keep=["Straßenreinigungssatzung", "1,20 m", "Räumstufe 1", "0531 470-4444", "Streugutkisten"],
)

# 26
clean(
    "letter_template",
    """
Liebe Eltern,

wie in jedem Jahr möchten wir Sie zum Laternenfest unserer Kita am Freitag, 07.11.2025, einladen. Wir treffen uns um 17:00 Uhr im Garten, gehen gegen 17:30 Uhr gemeinsam mit den Kindern zum Martin-Luther-Platz und zurück und lassen den Abend mit Kinderpunsch und Brezeln ausklingen.

Bitte denken Sie an warme Kleidung und eine Laterne mit LED-Stab (bitte keine echten Kerzen). Für das Buffet freuen wir uns über Spenden: Eine Liste hängt ab Montag an der Pinnwand im Eingangsbereich.

Vom 22.12.2025 bis 02.01.2026 bleibt die Kita geschlossen. Wer in dieser Zeit eine Notbetreuung benötigt, meldet dies bitte bis zum 14.11. im Büro der Kitaleitung.

Herzliche Grüße
Ihr Kita-Team „Regenbogen“
""",
    keep=[
        "Laternenfest",
        "Martin-Luther-Platz",
        "LED-Stab",
        "Notbetreuung",
        "Kita-Team „Regenbogen“",
    ],
)

# 27
clean(
    "public_notice",
    """
Wahlbekanntmachung – Kommunalwahl am 14. September 2025

1. Die Wahl dauert von 8:00 bis 18:00 Uhr.
2. Das Stadtgebiet ist in 186 allgemeine Stimmbezirke eingeteilt. In den Wahlbenachrichtigungen, die den Wahlberechtigten bis zum 24.08.2025 übersandt worden sind, sind der Stimmbezirk und der Wahlraum angegeben. Beispiele für Wahlräume:
   Stimmbezirk 0101: Käthe-Kollwitz-Realschule, Eingang Mensa
   Stimmbezirk 0102: Geschwister-Scholl-Gymnasium, Raum E.04
   Stimmbezirk 0215: Gemeindehaus St. Elisabeth
   Stimmbezirk 0308: Seniorenzentrum Friedrich-Fröbel-Haus (barrierefrei)
3. Jede wählende Person hat für die Wahl des Rates eine Stimme und für die Wahl der Bezirksvertretung eine Stimme.
4. Die Briefwahlunterlagen können bis zum 12.09.2025, 18:00 Uhr, beim Wahlamt beantragt werden; bei nachgewiesener plötzlicher Erkrankung bis zum Wahltag, 15:00 Uhr.

Der Wahlleiter
""",
    keep=[
        "186 allgemeine Stimmbezirke",
        "Käthe-Kollwitz-Realschule",
        "Geschwister-Scholl-Gymnasium",
        "Friedrich-Fröbel-Haus",
        "Der Wahlleiter",
    ],
)

# 28
clean(
    "leaflet",
    """
Merkblatt Sondernutzung – Außengastronomie auf öffentlichen Verkehrsflächen

Erlaubnispflicht: Tische, Stühle, Schirme, Pflanzkübel und Werbeaufsteller auf Gehwegen und Plätzen bedürfen einer Sondernutzungserlaubnis. Der Antrag ist spätestens sechs Wochen vor Beginn mit einem maßstäblichen Lageplan (1:100) einzureichen.

Gebühren (je m² und Monat):
Zone I (Fußgängerzone, Domplatz, Marktstraße)     18,00 EUR
Zone II (übrige Innenstadt)                        11,00 EUR
Zone III (Stadtteile)                               6,00 EUR
Mindestgebühr je Erlaubnis                         60,00 EUR

Auflagen: Eine Restgehwegbreite von 1,50 m muss frei bleiben, in der Fußgängerzone 3,00 m für Rettungsfahrzeuge. Heizstrahler sind nicht zulässig. Die Nutzung endet um 22:00 Uhr, freitags und samstags um 23:00 Uhr.

Rechtsgrundlage: § 18 StrWG NRW in Verbindung mit der Sondernutzungssatzung.
""",
    keep=[
        "Sondernutzungserlaubnis",
        "Zone I (Fußgängerzone, Domplatz, Marktstraße)",
        "§ 18 StrWG NRW",
        "Restgehwegbreite von 1,50 m",
        "60,00 EUR",
    ],
)

# 29
clean(
    "release_notes",
    """
Release Notes Fachverfahren Gewerbe – Version 8.3.0 (Produktiv ab 14.04.2025)

Neu
- XGewerbeanzeige 2.2: Übermittlung an Handwerkskammer und IHK jetzt strukturiert statt als PDF
- Plausibilitätsprüfung der Handelsregisternummer gegen das gemeinsame Registerportal (Abruf über registerportal-proxy.intern.stadt.example)
- Sammeldruck von Gewerbeauskünften nach § 14 Abs. 5 GewO

Behoben
- #4411: Abmeldungen mit Betriebsaufgabe in der Vergangenheit wurden mit falschem Stichtag an das Statistische Landesamt gemeldet
- #4418: Umlaute in Betriebsbezeichnungen wurden im Export als Fragezeichen dargestellt
- #4420: Zeitüberschreitung beim Aufruf der Historie bei Betrieben mit mehr als 200 Ummeldungen

Bekannte Einschränkungen
- Der Import aus dem Altverfahren „GEWAN“ ist für Reisegewerbekarten noch nicht freigegeben.

Installation: Deployment durch IT-Betrieb auf gew-app-01 und gew-app-02, Wartungsfenster Montag 06:00–07:30 Uhr.
""",
    keep=[
        "XGewerbeanzeige 2.2",
        "registerportal-proxy.intern.stadt.example",
        "§ 14 Abs. 5 GewO",
        "gew-app-01",
        "GEWAN",
    ],
)

# 30
clean(
    "circular",
    """
Rundschreiben des Oberbürgermeisters Nr. 12/2025 – Energiesparen in der Heizperiode 2025/26

An alle Ämter, Eigenbetriebe und Dienststellen

1. Die Raumtemperatur in Büroräumen ist auf 20 °C zu begrenzen; in Fluren, Foyers und Technikräumen wird nicht geheizt, soweit keine Frostgefahr besteht.
2. Private Heizlüfter und Radiatoren sind in allen städtischen Gebäuden untersagt.
3. Zwischen Weihnachten und Neujahr (22.12.2025 bis 02.01.2026) werden nicht benötigte Gebäude im Absenkbetrieb gefahren. Ämter mit Publikumsverkehr melden ihren Bedarf bis zum 28.11.2025 an das Gebäudemanagement.
4. Die Beleuchtung der Fassade des Alten Rathauses und des Bismarckturms bleibt bis auf Weiteres ausgeschaltet.

Einsparungen werden monatlich im Energiebericht auf der Intranetseite des Gebäudemanagements veröffentlicht. Hinweise nimmt das Energiemanagement unter energie@stadt.example.de entgegen.
""",
    keep=[
        "Rundschreiben des Oberbürgermeisters Nr. 12/2025",
        "20 °C",
        "Absenkbetrieb",
        "Bismarckturms",
        "energie@stadt.example.de",
    ],
)

if __name__ == "__main__":
    sys.exit(CORPUS.main(OUT, {"pii": 70, "clean": 30}))
