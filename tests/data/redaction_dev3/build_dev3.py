"""Build the third development German PII redaction corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev3/build_dev3.py

60 documents with personal data and 40 PII-free administrative texts, every one written out
individually below (no templates, no generated permutations). The set was written
independently of the redactor and may be used for tuning it. Personal strings are marked inline
as ``[[TYPE:text]]``; the shared machinery in ``tests/data/redaction_markup.py`` strips the
markup, computes the offsets, checks every document and writes the corpus only if every check
passes. Short aliases may be used for the type:

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

Additional conventions of this set:
  - "Familie", "Hr.", "Fr.", "KM"/"KV" stay outside PERSON spans; initials ("M. K.", "R.") and
    staff hand signs ("AS") are PERSON; a "c/o" stays outside, the name after it is PERSON;
  - a place of birth and a city or town of residence abroad without postcode are LOCATION;
  - the number of an electronic residence permit (eAT) is DE_ID_CARD; passport numbers of any
    state are DE_PASSPORT; case numbers, Kassenzeichen, customer, certificate and insurance
    confirmation numbers that belong to one person's case are DE_AKTENZEICHEN;
  - the direct line or mobile of a named person (also of staff) is PHONE_NUMBER, a
    switchboard or service number is not; a register entry is annotated as "HRA 12345" without
    the court;
  - OCR errors are annotated as they stand ("Kowa1ski", "O7.O9.1990").

Checks: offsets reproduce the span text, spans do not overlap, Steuer-IDs (§ 139b AO, ISO 7064
MOD 11,10 and the digit-repetition rule) and IBANs (ISO 13616 MOD 97) are valid,
Rentenversicherungsnummern carry a valid check digit, ID-card numbers use the ID-card alphabet,
every keep phrase occurs outside all spans, and every further occurrence of an annotated string
(and of every name part of 3+ letters) is annotated as well, unless explicitly allowed (a
surname that also occurs as an ordinary word, e.g. "im Sommer", is listed in ``allow``).
All names, addresses, numbers and cases are invented.
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

# 1 Bochum, Wohngeldstelle: letter of a pensioner, surname that is also a season
pii(
    "formal_letter",
    """
[[P:Renate Sommer]]
[[STR:Am Kuhlenkamp 3 a]]
[[LOC:44879 Bochum]]
Tel. [[TEL:0234 / 49 21 87]]

Stadt Bochum
Amt für Soziales – Wohngeldstelle
Postfach 10 22 69
44777 Bochum

                                                            Bochum, 14.01.2026

Weiterleistungsantrag Wohngeld
Ihr Zeichen: [[AZ:50 31 WG 118734]]

Sehr geehrte Damen und Herren,

anbei sende ich Ihnen den Weiterleistungsantrag für den neuen Bewilligungszeitraum ab dem 01.03.2026 zurück. Bitte beachten Sie eine Änderung: Seit dem Sommer wohnt mein Enkel [[P:Tobias Sommer]], geb. [[DOB:22.08.2007]], mit in meiner Wohnung. Er macht eine Ausbildung zum Koch im Hotel am Stadtpark und bekommt 1.080,00 € brutto im Monat. Die Ausbildungsbescheinigung und die letzten drei Lohnabrechnungen liegen bei.

Die Miete ist unverändert (612,40 € warm). Meine Rente ist zum 01.07.2025 leicht gestiegen, den Rentenanpassungsbescheid habe ich ebenfalls beigefügt.

Das Wohngeld bitte weiterhin auf mein Konto:
IBAN [[IBAN:DE12 4305 0001 9167 0564 63]] (Sparkasse Bochum)

Für Rückfragen bin ich vormittags am besten telefonisch zu erreichen.

Mit freundlichen Grüßen

[[P:Renate Sommer]]

Anlagen: Weiterleistungsantrag, Ausbildungsvertrag, Lohnabrechnungen 10–12/2025, Rentenanpassung
""",
    keep=[
        "Wohngeldstelle",
        "Postfach 10 22 69",
        "Bewilligungszeitraum ab dem 01.03.2026",
        "612,40 €",
        "Bochum, 14.01.2026",
    ],
    allow=("Sommer",),
)

# 2 Dortmund, Kfz-Zulassung: sloppy e-mail, lowercase names
pii(
    "email",
    """
Von: [[MAIL:kerem.a1907@web.de]]
An: strassenverkehrsamt@dortmund.de
Betreff: termin ummeldung

hallo
ich hatte am donerstag termin bei ihnen für ummeldung von mein auto [[KFZ:DO KA 1907]] aber auf der seite steht jetzt termin storniert?? ich hab nix storniert. kann ich trotzdem morgen komen so um 8
fahrzeugschein ist auf meine frau [[P:elif]] angemeldet geht das wenn ich vollmacht mit bring und ihr perso kopie
mfg [[P:kerem aydin]]
[[TEL:0176 22394410]]

Von meinem iPhone gesendet
""",
    keep=["strassenverkehrsamt@dortmund.de", "termin storniert", "vollmacht", "fahrzeugschein"],
)

# 3 Essen, Jugendamt (Unterhaltsvorschuss): reply with quoted original, Polish names
pii(
    "email_chain",
    """
Von: Unterhaltsvorschuss Jugendamt Essen <uvg@jugendamt.essen.de>
Gesendet: Dienstag, 3. Februar 2026 15:41
An: [[MAIL:m.wojcik87@gmx.de]]
Betreff: AW: Antrag UVG – [[P:Zofia]]

Sehr geehrte Frau [[P:Wójcik]],

vielen Dank für die Unterlagen. Für die Bearbeitung fehlen noch:
- die Geburtsurkunde von [[P:Zofia]] (Kopie genügt),
- ein Nachweis über die Vaterschaftsanerkennung,
- die Bescheinigung der Kita über den Betreuungsumfang.

Die Angaben zum Aufenthalt des Kindesvaters leiten wir an die Unterhaltsheranziehung weiter. Bitte geben Sie bei allen Rückfragen das Aktenzeichen [[AZ:51-4 UV 0317/26]] an.

Mit freundlichen Grüßen
Im Auftrag
[[P:Gülşen Arslan]]

Stadt Essen – Jugendamt
Unterhaltsvorschusskasse
Rathaus, Porscheplatz 1, 45127 Essen
Servicetelefon 0201 88-51000

Am 03.02.2026 um 14:12 schrieb [[P:Magdalena Wójcik]] <[[MAIL:m.wojcik87@gmx.de]]>:
> Guten Tag Frau [[P:Arslan]],
> anbei wie besprochen die Kontoauszüge und mein Arbeitsvertrag. Der Vater von [[P:Zofia]], Herr [[P:Daniel Krause]], zahlt seit Oktober nichts mehr. Seine letzte Adresse war [[STR:Hindenburgstr. 112]], [[LOC:45139 Essen]], ich glaube aber er ist nach Polen gezogen, zu seiner Mutter nach [[LOC:80-180 Gdańsk]]. Telefon hab ich nur noch [[TEL:+48 601 234 567]].
> [[P:Zofia]] ist am [[DOB:17.06.2019]] geboren, sie geht in die Kita Sonnenblume.
> Viele Grüße
> [[P:Magdalena Wójcik]]
""",
    keep=[
        "Unterhaltsvorschusskasse",
        "Porscheplatz 1, 45127 Essen",
        "0201 88-51000",
        "Vaterschaftsanerkennung",
        "3. Februar 2026",
    ],
)

# 4 Gelsenkirchen, Gewerbeanmeldung: filled form with checkboxes, Syrian sole trader
pii(
    "form",
    """
Stadt Gelsenkirchen
Referat Wirtschaftsförderung – Gewerbeangelegenheiten
Eingang: 09.02.2026

GEWERBE-ANMELDUNG nach § 14 GewO
[x] Neuerrichtung  [ ] Übernahme  [ ] Wiedereröffnung nach Verlegung

Angaben zum Betriebsinhaber
 1  Eingetragener Name (Handelsregister): –
 3  Name:                  [[P:HADDAD]]
 4  Vornamen:              [[P:Rami Yousef]]
 5  Geschlecht:            [x] männlich  [ ] weiblich  [ ] divers  [ ] ohne Angabe
 6  Geburtsdatum:          [[DOB:04.11.1985]]
 7  Geburtsort, -land:     [[LOC:Aleppo]], Syrien
 8  Staatsangehörigkeit:   [x] deutsch  [x] andere: syrisch
 9  Anschrift der Wohnung: [[STR:Hauptstr. 41, Hinterhaus]], [[LOC:45879 Gelsenkirchen]]
10  Telefon: [[TEL:0209 1477320]]     Mobil: [[TEL:01522-6041187]]
    E-Mail:  [[MAIL:rami.haddad@posteo.de]]

Angaben zum Betrieb
11  Zahl der geschäftsführenden Personen: 1
13  Betriebsstätte: [[STR:Bochumer Straße 214]], [[LOC:45886 Gelsenkirchen]]
    Telefon: [[TEL:0209 95 87 41 0]]     Internet: www.smartfix-ge.de
15  Angemeldete Tätigkeit: Reparatur von Mobiltelefonen und Tablets, Einzelhandel mit Zubehör
16  Beginn der Tätigkeit: 01.03.2026
17  Art des Betriebes: [ ] Industrie  [ ] Handwerk  [x] Handel  [x] Sonstiges (Dienstleistung)
19  Zahl der Beschäftigten: Vollzeit 0, Teilzeit 1
25  Erlaubnis/Handwerkskarte erforderlich: [ ] ja  [x] nein

Gebühr: 26,00 € – bar bezahlt, Quittung Nr. 2026-0412
Unterschrift: [[P:R. Haddad]]
""",
    keep=["§ 14 GewO", "Gewerbeangelegenheiten", "26,00 €", "Beginn der Tätigkeit: 01.03.2026"],
)

# 5 Herne, Schulamt: CSV export of newly arrived pupils
pii(
    "csv",
    """
# Export Schulamt Herne – Seiteneinsteiger Anmeldungen KW 05/2026 (intern, nicht weitergeben)
lfd;Nachname;Vorname;geb.;Herkunftsland;Sprache;Erziehungsberechtigte;Telefon;Zuweisung
1;[[P:Nguyen]];[[P:Bao Anh]];[[DOB:14.02.2016]];Vietnam;vietn.;[[P:Nguyen Thi Lan]];[[TEL:0157 33802291]];GS Sodingen
2;[[P:Bondarenko]];[[P:Marija]];[[DOB:03.09.2012]];Ukraine;ukr./russ.;[[P:Oksana Bondarenko]];[[TEL:+380 67 415 2290]];Haranni-Gymnasium
3;[[P:Abu Zaid]];[[P:Omar]];[[DOB:27.11.2014]];Syrien;arab.;[[P:Abu Zaid, Fatima]];[[TEL:02323 / 59 41 18]];GS Kunterbunt
4;[[P:Stoyanova]];[[P:Viktoria]];[[DOB:10.05.2017]];Bulgarien;bulg.;[[P:Stoyan Stoyanov]];;offen
5;[[P:Mensah]];[[P:Kwame]];[[DOB:01.01.2013]];Ghana;engl./Twi;[[P:Abena Mensah]];[[TEL:0176-98 12 33 40]];Erich-Kästner-Schule
6;[[P:Osei-Bonsu]];[[P:Ama]];[[DOB:19.08.2015]];Ghana;engl.;[[P:Abena Mensah]] (Tante);[[TEL:0176-98 12 33 40]];GS Sodingen
# Summe: 6 Anmeldungen, davon 2 weiterführende Schule; Stand 02.02.2026
""",
    keep=[
        "Seiteneinsteiger",
        "KW 05/2026",
        "Erich-Kästner-Schule",
        "Haranni-Gymnasium",
        "Stand 02.02.2026",
    ],
)

# 6 Leipzig, Bürgerservice: live chat, passport and ID-card numbers typed in
pii(
    "chat",
    """
Chatprotokoll Bürgerservice Leipzig – Live-Chat, Sitzung #88213
[09:14:02] Gast: hallo ich brauche dringend einen neuen perso, der alte ist seit 28.02. abgelaufen und ich fliege im april nach vietnam
[09:14:40] Bürgerservice (MA 14): Guten Morgen! Einen Personalausweis beantragen Sie persönlich in einem Bürgeramt. Freie Termine finden Sie unter leipzig.de/buergeramt. Für die Reise nach Vietnam brauchen Sie übrigens einen Reisepass.
[09:15:31] Gast: oh ok. mein pass ist auch alt. nummer [[PASS:C4J7RKT92]] steht da
[09:16:05] Bürgerservice (MA 14): Bitte senden Sie uns keine Ausweisnummern im Chat. Wie ist Ihr Name, damit ich schauen kann, ob schon ein Antrag vorliegt?
[09:16:48] Gast: [[P:Thu Trang Pham]], geb [[DOB:5.3.1994]], [[STR:Eisenbahnstraße 97]], [[LOC:04315 Leipzig]]
[09:17:30] Gast: alter ausweis war [[ID:L01XK7TC4]]
[09:18:55] Bürgerservice (MA 14): Danke, Frau [[P:Pham]]. Ich sehe keinen offenen Antrag. Für die Reise empfehle ich einen Express-Reisepass; zur Gebühr von 70,00 € kommt ein Expresszuschlag von 32,00 € hinzu.
[09:19:10] Gast: kann mein mann [[P:Duc]] den abholen?
[09:19:44] Bürgerservice (MA 14): Ja, mit schriftlicher Vollmacht und seinem eigenen Ausweis.
[09:20:02] Gast: ok danke, tschüss
""",
    keep=["Bürgeramt", "leipzig.de/buergeramt", "Reisepass", "32,00 €", "schriftlicher Vollmacht"],
)

# 7 Kassel, Ausländerbehörde: phone note, Eritrean family, residence permit number
pii(
    "note",
    """
Stadt Kassel – Ausländerbehörde, Team 3 (Familiennachzug)
GESPRÄCHSVERMERK

Datum/Uhrzeit:    22.01.2026, 10:35–10:50 Uhr
Art:              Telefonat (eingehend)
Gesprächspartner: Herr [[P:Mehari Tesfamariam Ghebreyesus]], Tel. [[TEL:0561 / 7 39 88 04]]
Betrifft:         Familiennachzug Ehefrau und Kinder, Az. [[AZ:32.2-FN-2025-1187]]

Herr [[P:Ghebreyesus]] erkundigte sich nach dem Stand des Verfahrens. Seine Ehefrau [[P:Saba Kidane]] (geb. [[DOB:02.04.1991]]) und die Kinder [[P:Selam]] (*[[DOB:12.3.2016]]) und [[P:Yonas]] (*[[DOB:30.10.2019]]) warten in Äthiopien auf den Termin bei der Botschaft. Er gab an, die Botschaft warte auf die Vorabzustimmung.

Hinweis an Hr. [[P:G.]]: Die Vorabzustimmung nach § 31 AufenthV kann erst erteilt werden, wenn ausreichender Wohnraum nachgewiesen ist. Der neue Mietvertrag ([[STR:Wolfhager Str. 240]], 3 ZKB, 78 m²) wurde am 20.01. per Post nachgereicht und liegt vor.

Er besitzt einen gültigen Aufenthaltstitel (eAT-Nr. [[ID:Y7K0LN3C2]], gültig bis 11/2027) und arbeitet als Lagerist bei einer Spedition. Die Lohnabrechnungen 10–12/2025 fehlen noch; er schickt sie per Mail an auslaenderbehoerde@kassel.de.

Wiedervorlage: 05.02.2026
gez. [[P:Brandt]], SB 3.4
""",
    keep=[
        "Ausländerbehörde",
        "§ 31 AufenthV",
        "Wiedervorlage: 05.02.2026",
        "auslaenderbehoerde@kassel.de",
        "Familiennachzug",
    ],
)

# 8 Freiburg, Standesamt: OCR scan of a birth notice from the university hospital
pii(
    "ocr",
    """
Universitätsklinikurn Freiburg · Klinik für Frauenheilkunde · Hugstetter Straße 55 · 791O6 Freiburg

An das
Standesamt Freiburg i. Br.
Rathausplatz 2-4
79O98 Freiburg

GEBURTSANZEIGE gem. § 20 PStG                                 Eingang: 1 6. JAN. 2026

Arn 13.01.2026 urn 04:52 Uhr wurde in unserer Klinik ein Kind weib-
lichen Geschlechts lebend geboren.

Vorname(n) des Kindes: [[P:Ida Marie]]
Farnilienname:         [[P:Schwarz-Ebner]]

Mutter: [[P:Kathrin Schwarz]]-
[[P:Ebner]], geb. [[P:Schwarz]], geb. am [[DOB:O7.O9.1990]]
Vater:  [[P:Jonas Ebner]], geb. am [[DOB:21.12.1988]]
Wohnanschrift der E1tern: [[STR:Günterstalstr. 19]], [[LOC:79102 Freiburg]]

Die Eltern sind rniteinander verheiratet (Eheschließung 2021, Standesamt Titisee-Neustadt).
Staatsangehörigkeit der Mutter: deutsch / des Vaters: österreichisch
Die Eltern wurden auf die Frist zur Narnensbestirnmung hingewiesen.

Hebarnme: [[P:Birgit Lang]]
Für die Richtigkeit:
Dr. med. [[P:Engel]], Oberärztin
Klinik für Frauenheilkunde – Kreißsaal – Tel. 0761 270-3O290
""",
    keep=[
        "Standesamt Freiburg",
        "§ 20 PStG",
        "Rathausplatz 2-4",
        "Hugstetter Straße 55",
        "Standesamt Titisee-Neustadt",
    ],
)

# 9 Dortmund, Bußgeldstelle: lawyer's objection, surname Kaiser, first name Frank
pii(
    "legal_letter",
    """
KANZLEI AM PHOENIXSEE
Rechtsanwälte · Fachanwälte für Verkehrsrecht
Hörder Hafenstraße 11 · 44263 Dortmund
Telefon (0231) 47 11 90-0 · Telefax (0231) 47 11 90-99 · post@kanzlei-phoenixsee.de

Stadt Dortmund
Ordnungsamt – Bußgeldstelle
44122 Dortmund

vorab per beA

                                                              Dortmund, 27.01.2026

Ihr Aktenzeichen: [[AZ:53.1-VOWI 702 114 893 6]]
Bußgeldverfahren gegen Herrn [[P:Frank Kaiser]], geb. [[DOB:19.05.1966]]
Tatvorwurf: Überschreitung der zulässigen Höchstgeschwindigkeit am 05.01.2026, B 1 Richtung Unna, Fahrzeug [[KFZ:DO-FK 1966]]

Sehr geehrte Damen und Herren,

hiermit zeigen wir unter Vorlage auf uns lautender Vollmacht an, dass wir Herrn [[P:Kaiser]] vertreten. Gegen den Bußgeldbescheid vom 16.01.2026, unserem Mandanten zugestellt am 20.01.2026, legen wir

                                    Einspruch

ein. Wir beantragen Akteneinsicht, insbesondere in die vollständige Messreihe, den Eichschein des Messgeräts und die Schulungsnachweise des Messbeamten.

Vorsorglich weisen wir darauf hin, dass auf dem Frontfoto erkennbar nicht unser Mandant abgebildet ist. Das Fahrzeug wird regelmäßig auch von Familienangehörigen genutzt; Angaben hierzu wird unser Mandant nicht machen (§ 55 StPO i. V. m. § 46 OWiG).

Mit freundlichen Grüßen

[[P:Hahn]]
Rechtsanwältin Dr. [[P:Sabine Hahn]]
Fachanwältin für Verkehrsrecht
""",
    keep=[
        "Bußgeldstelle",
        "Hörder Hafenstraße 11 · 44263 Dortmund",
        "Einspruch",
        "§ 46 OWiG",
        "Dortmund, 27.01.2026",
    ],
)

# 10 Essen, Kfz-Zulassung: Vollmacht, "Nachname, Vorname", c/o
pii(
    "vollmacht",
    """
VOLLMACHT
für die Zulassung / Außerbetriebsetzung eines Fahrzeugs bei der Straßenverkehrsbehörde der Stadt Essen

Vollmachtgeber/in (Halter/in)
Name, Vorname:       [[P:Lange, Heinz-Dieter]]
Geburtsdatum:        [[DOB:19.06.1941]]
Anschrift:           [[STR:Frintroper Str. 3]], [[LOC:45359 Essen]]
Personalausweis-Nr.: [[ID:LFC3R81N7]]

bevollmächtigt hiermit

Bevollmächtigte/r
Name, Vorname:       [[P:Lange-Okafor, Miriam]]
Geburtsdatum:        [[DOB:07.08.1975]]
Anschrift:           c/o [[P:Chinedu Okafor]], [[STR:Rüttenscheider Str. 150]], [[LOC:45130 Essen]]
Telefon:             [[TEL:0201 / 79 41 06]]

folgende Handlungen vorzunehmen:
[x] Außerbetriebsetzung
[ ] Zulassung / Umschreibung
[ ] Änderung der Anschrift
für das Fahrzeug mit dem amtlichen Kennzeichen [[KFZ:E-HL 412]]

Ich gebe wegen meines Alters das Autofahren auf, meine Tochter erledigt das für mich.

Essen, den 02.02.2026        Unterschrift: [[P:H.-D. Lange]]

Die Vollmacht gilt nur zusammen mit dem Original oder einer Kopie des Ausweises der Person, die die Vollmacht erteilt.
""",
    keep=[
        "Straßenverkehrsbehörde der Stadt Essen",
        "Außerbetriebsetzung",
        "Essen, den 02.02.2026",
        "amtlichen Kennzeichen",
    ],
)

# 11 Herne, Musikschule: Kündigung, child referred to by first name
pii(
    "kuendigung",
    """
[[P:Melanie Bach]]
[[STR:Bahnhofstraße 7]]
[[LOC:44649 Herne]]

An die
Musikschule der Stadt Herne
Kirchhofstraße 5
44623 Herne

                                                                 Herne, 28.01.2026

Kündigung des Unterrichtsvertrags – Schülerin [[P:Lea Bach]], Vertrags-Nr. [[AZ:MS-2023-0877]]

Sehr geehrte Damen und Herren,

hiermit kündige ich den Unterrichtsvertrag für meine Tochter [[P:Lea]] (Blockflöte, Einzelunterricht 30 Min., Lehrerin Frau [[P:Kowalczyk]]) fristgerecht zum Ende des Schulhalbjahres, also zum 31.07.2026.

[[P:Lea]] möchte danach lieber Gitarre lernen; falls dafür im neuen Schuljahr ein Platz frei ist, melden Sie sich gern unter [[TEL:02325 / 63 18 44]].

Bitte bestätigen Sie mir die Kündigung schriftlich und stoppen Sie den Einzug der Unterrichtsgebühren (Mandatsreferenz [[AZ:MSH-0877-01]]) zum 31.07.2026.

Mit freundlichen Grüßen
[[P:Melanie Bach]]
""",
    keep=[
        "Musikschule der Stadt Herne",
        "Unterrichtsvertrag",
        "zum 31.07.2026",
        "Herne, 28.01.2026",
        "Kirchhofstraße 5",
    ],
)

# 12 Gelsenkirchen, Grünflächen: invoice of a sole trader (e.K.) named Winter
pii(
    "invoice",
    """
GaLaBau [[P:Sven Winter]] e.K.
Inhaber [[P:S. Winter]] · [[STR:Auf der Reihe 28]] · [[LOC:45884 Gelsenkirchen]]
Tel. [[TEL:0209 / 40 55 18]] · Mobil [[TEL:0171 4 48 22 19]] · [[MAIL:sven@galabau-winter.de]]

Stadt Gelsenkirchen
Referat Umwelt – Grünflächenunterhaltung
45875 Gelsenkirchen

RECHNUNG Nr. 2026-014                                              Datum: 30.01.2026
Ihre Bestellung: 67/2025-1193 – Abrechnung Winter 2025/26, Teil 2
Leistungszeitraum: 01.12.2025 – 31.01.2026

Pos  Leistung                                        Menge     EP €        GP €
1    Winterdienst Parkplatz Friedhof Buer, Räumen    14 x      85,00     1.190,00
2    Streugut (Splitt), inkl. Anlieferung            3,5 t     62,00       217,00
3    Heckenschnitt Eingang Nord (Nachtrag 1)         1 psch.               340,00
                                                     Netto               1.747,00
                                                     19 % USt.             331,93
                                                     Gesamt              2.078,93

Zahlbar innerhalb von 30 Tagen ohne Abzug auf
IBAN [[IBAN:DE65420500014822095189]] · BIC WELADED1GEK

Steuernummer: [[TAX:319/5042/1187]] · USt-IdNr.: [[TAX:DE298117402]]
Amtsgericht Gelsenkirchen [[HR:HRA 4471]]
""",
    keep=[
        "Grünflächenunterhaltung",
        "RECHNUNG Nr. 2026-014",
        "2.078,93",
        "Zahlbar innerhalb von 30 Tagen",
    ],
    allow=("Winter",),
)

# 13 Bochum, Friedhofsverwaltung: death notice by an undertaker
pii(
    "death_notice",
    """
Bestattungshaus Lindenhof GmbH · Hattinger Straße 402 · 44795 Bochum · Tel. 0234 94 36 50

An die Stadt Bochum
Friedhofsverwaltung
per E-Mail: friedhoefe@bochum.de

                                                               Bochum, 06.02.2026

Anmeldung einer Bestattung – Hauptfriedhof Freigrafendamm

Verstorbene:          [[P:Weiß, Gertrud Hedwig]] geb. [[P:Berg]]
geboren:              [[DOB:11.12.1938]]
verstorben:           03.02.2026
letzte Anschrift:     [[STR:Kemnader Str. 312]], [[LOC:44797 Bochum]] (Seniorenzentrum)
Bestattungsart:       Urnenbeisetzung im vorhandenen Wahlgrab
Grabstätte:           Feld 23, Reihe 4, Nr. 7 (Nutzungsrecht bis 2031, Grabbrief Nr. [[AZ:HF-1987-03321]])
Nutzungsberechtigter: [[P:Bernd Weiß]] (Sohn), [[STR:Am Berg 9]], [[LOC:58456 Witten]], Tel. [[TEL:02302 / 7 18 93]]
Gewünschter Termin:   Freitag, 20.02.2026, 11:00 Uhr, Trauerhalle
Einäscherung:         Krematorium Dortmund, die Urne wird durch uns angeliefert

Die Gebühren bitte dem Nutzungsberechtigten in Rechnung stellen. Die Sterbeurkunde folgt nach Beurkundung durch das Standesamt.

Mit freundlichen Grüßen
i. A. [[P:Dana Frank]]
Bestattungshaus Lindenhof
""",
    keep=[
        "Friedhofsverwaltung",
        "friedhoefe@bochum.de",
        "Hauptfriedhof Freigrafendamm",
        "Feld 23, Reihe 4, Nr. 7",
        "Hattinger Straße 402",
    ],
)

# 14 Dortmund, Einbürgerung: letter of the authority, Ukrainian applicant
pii(
    "formal_letter",
    """
Stadt Dortmund · Bürgerdienste · Einbürgerung · 44122 Dortmund

Frau
[[P:Olena Kravchenko-Schäfer]]
[[STR:Kaiserstr. 61]]
[[LOC:44135 Dortmund]]

Ihr Antrag auf Einbürgerung vom 14.03.2025
Aktenzeichen: [[AZ:33/2-EB-25-04417]]
                                                              Dortmund, 10.02.2026

Sehr geehrte Frau [[P:Kravchenko-Schäfer]],

die Prüfung Ihres Antrags ist weitgehend abgeschlossen. Den Einbürgerungstest (Bescheinigung vom 08.11.2025) und das Sprachzertifikat B1 haben wir erhalten. Es fehlen noch:

1. eine Kopie Ihres gültigen ukrainischen Reisepasses; der bisher vorgelegte Pass Nr. [[PASS:FT384512]] ist am 01.12.2025 abgelaufen,
2. ein aktueller Versicherungsverlauf der Deutschen Rentenversicherung zu Ihrer Versicherungsnummer [[RV:13 230984 K 55 4]],
3. Nachweise über Ihr Einkommen der letzten drei Monate.

Bitte reichen Sie die Unterlagen bis zum 13.03.2026 ein. Die Gebühr für die Einbürgerung beträgt 255,00 € und ist bei Aushändigung der Urkunde fällig. Die Urkunden werden in einer Feierstunde im Rathaus, Friedensplatz 1, überreicht.

Ihre Tochter [[P:Sofiia]] (geb. [[DOB:30.06.2011]]) kann miteingebürgert werden; die Gebühr hierfür beträgt 51,00 €.

Mit freundlichen Grüßen
Im Auftrag
[[P:Yıldırım]]
""",
    keep=[
        "Einbürgerung",
        "bis zum 13.03.2026",
        "255,00 €",
        "Friedensplatz 1",
        "Dortmund, 10.02.2026",
    ],
)

# 15 Leipzig, Schulanmeldung: form, Dutch particle, surname Mai vs. the month
pii(
    "school_enrolment",
    """
Anmeldung zur Einschulung – Schuljahr 2026/27
Grundschule der Stadt Leipzig (Schulbezirk Gohlis-Süd)

ANGABEN ZUM KIND
Familienname:       [[P:van der Meulen]]
Vorname(n):         [[P:Finn Jasper]]
Geburtsdatum:       [[DOB:09.02.2020]]      Geburtsort: [[LOC:Utrecht]] (NL)
Geschlecht:         ☒ m  ☐ w  ☐ d
Staatsangehörigkeit: niederländisch
Familiensprache(n): Niederländisch, Deutsch
Anschrift:          [[STR:Lützowstraße 18, 2. OG links]], [[LOC:04155 Leipzig]]

SORGEBERECHTIGTE
1) [[P:Maaike van der Meulen]], Tel. [[TEL:+31 6 2471 5530]], [[MAIL:maaike.vdmeulen@outlook.com]]
2) [[P:Thomas Mai]], Tel. [[TEL:0341 / 2 56 47 81]], tagsüber dienstlich [[TEL:0341 97-31520]]
☒ gemeinsames Sorgerecht   ☐ alleiniges Sorgerecht

Bisherige Kita:                   Kita „Kleine Strolche“, Gohlis
Geschwisterkind an der Schule:    ☐ ja ☒ nein
Sonderpädagogischer Förderbedarf: ☐ ja ☒ nein
Hort gewünscht:                   ☒ ja, ab dem ersten Schultag
Schulaufnahmeuntersuchung:        erfolgt am 14.01.2026 (Gesundheitsamt)

Die Aufnahmebestätigung wird im Mai verschickt.

Leipzig, 02.02.2026      Unterschriften: [[P:M. van der Meulen]]   [[P:T. Mai]]
""",
    keep=["Schuljahr 2026/27", "Schulbezirk Gohlis-Süd", "Hort gewünscht", "Leipzig, 02.02.2026"],
    allow=("Mai",),
)

# 16 Kassel, Ordnungsamt: neighbour complaint, names by surname only
pii(
    "complaint",
    """
Betreff: Beschwerde Lärm und Müll – [[STR:Friedrich-Ebert-Str. 133]]

Sehr geehrte Damen und Herren vom Ordnungsamt,

ich wende mich nun zum dritten Mal an Sie, weil sich in unserem Haus nichts ändert. Die Familie [[P:Petrenko]] im 1. OG links stellt seit Wochen gelbe Säcke ins Treppenhaus, die dann aufreißen. Der Sohn (ich glaube, er heißt [[P:Artem]]) lässt nachts bis 2 Uhr laut Musik laufen, zuletzt am 31.01. und am 01.02.2026.

Die Nachbarin Frau [[P:Kowalski]] aus dem EG kann das bezeugen, sie hat auch schon mit Herrn [[P:Petrenko]] gesprochen, ohne Erfolg. Der Vermieter (Herr [[P:Lothar Klein]], [[TEL:0561 81 22 07]]) reagiert nicht.

Ich bitte Sie, endlich tätig zu werden. Die Hausordnung liegt bei.

Mit freundlichen Grüßen
[[P:Ingrid Fuchs]]
[[STR:Friedrich-Ebert-Str. 133]], 2. OG rechts
[[LOC:34119 Kassel]]
""",
    keep=["Ordnungsamt", "Hausordnung", "gelbe Säcke", "zum dritten Mal"],
)

# 17 Freiburg, Gesundheitsamt: sloppy e-mail about measles vaccination
pii(
    "email",
    """
Von: [[MAIL:dani.weber.fr@t-online.de]]
Gesendet: Mo 09.02.2026 22:47
An: Gesundheitsamt – Infektionsschutz
Betreff: masernnachweis [[P:nils]]

hallo zusammen,
die kita hat gesagt wir müssen den masern nachweis für unseren sohn [[P:nils]] beim gesundheitsamt nachreichen weil im impfpass nur eine impfung steht. die zweite hatte er bei dr [[P:ünal]] glaub ich aber die praxis gibts nicht mehr.
kann man das irgendwie anders nachweisen z.b. blut test?
er ist am [[DOB:2.11.2021]] geboren, kita ist die kita st. georgen.
lg [[P:Daniela Weber]]
[[TEL:0761 / 4 77 12 09]]
""",
    keep=["Infektionsschutz", "masern nachweis", "impfpass", "kita st. georgen"],
)

# 18 Essen, Bauaufsicht: site visit note, surnames Becker / Jung, author Meister
pii(
    "note",
    """
Stadt Essen – Amt für Stadtplanung und Bauordnung
Bauaufsicht Bezirk III
AKTENVERMERK – Ortsbesichtigung

Az.:        [[AZ:61-3-BA-2025/1874]]
Grundstück: [[STR:Kuhlhoffstraße 42]], [[LOC:45359 Essen]]
Vorhaben:   Carport mit Abstellraum, ohne Baugenehmigung errichtet
Datum:      04.02.2026, 09:30 Uhr
Anwesend:   Herr [[P:Marco Becker]] (Eigentümer), Frau [[P:Sibel Becker]], Hr. [[P:Nowak]] (Außendienst), Verf.

Feststellungen:
1. Carport ca. 6,20 × 3,50 m, Holzkonstruktion, Flachdach, unmittelbar an der Grenze zum Nachbargrundstück [[STR:Kuhlhoffstraße 44]] (Eigentümer lt. Grundbuch: [[P:Erwin Jung]] und [[P:Elke Jung]]).
2. Der Abstellraum schließt an; die Grenzbebauung hat eine Gesamtlänge von ca. 11,40 m. Die nach § 6 Abs. 8 BauO NRW zulässige Länge von 9 m wird überschritten.
3. Herr [[P:Becker]] gab an, der Nachbar habe mündlich zugestimmt. Eine schriftliche Zustimmung liegt nicht vor.
4. Fotos Nr. 1–12 in der E-Akte.

Weiteres Vorgehen: Anhörung nach § 28 VwVfG NRW zur beabsichtigten Nutzungsuntersagung, Hinweis auf die Möglichkeit eines nachträglichen Bauantrags. Frist 4 Wochen.
Der Eigentümer ist erreichbar unter [[TEL:0172-8 14 39 60]].

gez. Dipl.-Ing. [[P:Karin Meister]]
""",
    keep=[
        "Bauaufsicht",
        "§ 6 Abs. 8 BauO NRW",
        "§ 28 VwVfG NRW",
        "Nutzungsuntersagung",
        "04.02.2026, 09:30 Uhr",
    ],
)

# 19 Gelsenkirchen, Sozialamt: forwarded mail from the Jobcenter, BG number, RV number, Steuer-ID
pii(
    "email_chain",
    """
Von: [[P:Schmitz, Andrea]] (Sozialamt, 50/2)
An: Grundsicherung Bezirk Nord
Gesendet: Mittwoch, 28. Januar 2026 11:17
Betreff: WG: Zuständigkeitswechsel BG [[AZ:36202//0047811]] / Fr. [[P:Klein]]

Hallo zusammen,
bitte Akte anlegen und Frau [[P:Klein]] die Antragsunterlagen für die Grundsicherung im Alter schicken. Steuer-ID laut Jobcenter-Akte: [[TAX:32019687244]]. Eine Telefonnummer hat sie nicht hinterlegt, nur E-Mail: [[MAIL:hanne.klein@gmx.net]]
Danke! [[P:AS]]

-----Ursprüngliche Nachricht-----
Von: Jobcenter Gelsenkirchen Team 431 <Jobcenter-Gelsenkirchen.Team431@jobcenter-ge.de>
Gesendet: Mittwoch, 28. Januar 2026 09:02
An: Sozialamt GE – Grundsicherung <grundsicherung@gelsenkirchen.de>
Betreff: Zuständigkeitswechsel BG [[AZ:36202//0047811]] / Fr. [[P:Klein]]

Sehr geehrte Kolleginnen und Kollegen,

Frau [[P:Hannelore Klein]], geb. [[DOB:21.01.1960]], wohnhaft [[STR:Grenzstraße 17]], [[LOC:45881 Gelsenkirchen]], RV-Nr. [[RV:42 210160 K 51 8]], erreicht im Mai 2026 die Regelaltersgrenze. Die Leistungen nach dem SGB II werden zum 31.05.2026 eingestellt. Der Rentenantrag ist gestellt; die zu erwartende Rente (ca. 780 €) wird voraussichtlich nicht bedarfsdeckend sein. Wir bitten um Prüfung von Leistungen nach dem 4. Kapitel SGB XII.

Mit freundlichen Grüßen
[[P:Tobias Berg]]
Jobcenter Gelsenkirchen – Leistungsgewährung Team 431
""",
    keep=[
        "Grundsicherung im Alter",
        "4. Kapitel SGB XII",
        "31.05.2026",
        "grundsicherung@gelsenkirchen.de",
        "Team 431",
    ],
)

# 20 Bochum, Steueramt: dog tax form; the dog is called Paris, its birth date is not personal
pii(
    "form",
    """
Stadt Bochum – Stadtkämmerei – Steueramt
ANMELDUNG ZUR HUNDESTEUER

Halter/in
Name, Vorname:  [[P:Wolf, Jana]]
Geburtsdatum:   [[DOB:03.03.1997]]
Anschrift:      [[STR:Wittener Str. 96 b]], [[LOC:44789 Bochum]]
Telefon:        [[TEL:+49 (0) 234 5 87 90 12]]
E-Mail:         [[MAIL:jana.w@mailbox.org]]

Angaben zum Hund
Name des Hundes: Paris
Rasse:           Wolfsspitz-Mischling        Geschlecht: ☒ Hündin ☐ Rüde
Wurfdatum:       12.05.2024                  Farbe: grau-schwarz
Gehalten seit:   15.01.2026 (aus dem Tierheim Bochum)
☐ gefährlicher Hund / Hund bestimmter Rasse (§ 3 LHundG NRW)
☐ Steuerbefreiung / Ermäßigung wird beantragt

SEPA-Lastschriftmandat: Ich ermächtige die Stadt Bochum, die Hundesteuer von meinem Konto einzuziehen.
IBAN: [[IBAN:DE84440100463524639354]]    Kontoinhaberin: [[P:Jana Wolf]]

Bochum, 16.01.2026    Unterschrift: [[P:J. Wolf]]

– vom Amt auszufüllen –  Kassenzeichen: [[AZ:4.711.902.338]]   Steuermarke ausgegeben: ☒
""",
    keep=[
        "Hundesteuer",
        "§ 3 LHundG NRW",
        "SEPA-Lastschriftmandat",
        "Wurfdatum:       12.05.2024",
        "Tierheim Bochum",
    ],
)

# 21 Herne, Steueramt: property tax, heir living in Warsaw, Polish address and phone
pii(
    "email_chain",
    """
Von: [[P:Aleksander Dąbrowski]] <[[MAIL:a.dabrowski@wp.pl]]>
An: steueramt@herne.de
Datum: 05.02.2026 08:13
Betreff: Re: Grundsteuerbescheid 2026 – falscher Eigentümer

Guten Tag,
ich habe immer noch keine Antwort. Der Bescheid geht an meinen verstorbenen Vater [[P:Zbigniew Dąbrowski]] (†2024), das Haus [[STR:Holsterhauser Str. 56]] gehört seit dem Erbfall mir und meiner Schwester [[P:Agnieszka]] zu gleichen Teilen. Den Erbschein habe ich am 12.12. geschickt.
Das Kassenzeichen auf dem Bescheid ist [[AZ:0512 3344 90]].
Ich wohne in Polen: [[STR:ul. Marszałkowska 84/92 m. 17]], [[LOC:00-514 Warszawa]], Tel. [[TEL:+48 22 628 14 09]].
Pozdrawiam / Mit freundlichen Grüßen
[[P:Aleksander Dąbrowski]]

Am 15.01.2026 um 10:02 schrieb steueramt@herne.de:
> Sehr geehrter Herr [[P:Dąbrowski]],
> für die Änderung des Bescheids benötigen wir die Mitteilung des Finanzamts über die Zurechnungsfortschreibung des Grundsteuerwerts (Aktenzeichen beim Finanzamt: [[AZ:340/123-4-56789/000-0]]). Die Stadt kann den Eigentümer nicht selbst ändern, sondern ist an den Grundsteuermessbescheid gebunden.
> Mit freundlichen Grüßen
> Stadt Herne, Fachbereich Finanzen – Steuern und Abgaben
""",
    keep=[
        "steueramt@herne.de",
        "Zurechnungsfortschreibung",
        "Grundsteuerbescheid 2026",
        "Steuern und Abgaben",
        "Grundsteuermessbescheid",
    ],
)

# 22 Dortmund, Wirtschaftsförderung: German/English/Italian mail of a sole trader (e.K.)
pii(
    "email",
    """
Subject: Förderung Digitalisierung – kurze Frage / quick question
From: [[P:Giulia De Luca]] <[[MAIL:giulia@deluca-design.de]]>
To: gruendung@wirtschaftsfoerderung-dortmund.de

Hallo liebes Team der Wirtschaftsförderung,

sorry for mixing languages, my German is still B2 :) Ich habe seit 2024 ein kleines Designstudio als Einzelunternehmen: „[[P:Giulia De Luca]] Design e.K.“, eingetragen beim Amtsgericht Dortmund unter [[HR:HRA 19874]], USt-IdNr. [[TAX:DE341877025]].

Ich möchte einen Onlineshop bauen lassen (Angebot ca. 14.500 € netto) und habe gelesen, dass es Zuschüsse aus dem Programm „Mittelstand Innovativ & Digital“ gibt. Is this still open in 2026? Und kann ich das mit dem Gründungszuschuss der Agentur für Arbeit kombinieren?

Post bitte an meine Privatadresse: [[STR:Kreuzstraße 71]], [[LOC:44139 Dortmund]].
Mobile: [[TEL:+39 347 812 6630]] (italienische Nummer) oder [[TEL:0157-3 88 47 12]]

Grazie mille e tanti saluti
[[P:Giulia]]
""",
    keep=[
        "Wirtschaftsförderung",
        "gruendung@wirtschaftsfoerderung-dortmund.de",
        "14.500 € netto",
        "Mittelstand Innovativ & Digital",
        "Gründungszuschuss",
    ],
)

# 23 Leipzig, Gesundheitsamt: aligned participant table, surname Koch next to the job "Koch"
pii(
    "table",
    """
Gesundheitsamt Leipzig – Abt. Hygiene
Teilnehmerliste Erstbelehrung nach § 43 Abs. 1 IfSG
Termin: Dienstag, 20.01.2026, 13:00 Uhr, Raum 0.14, Friedrich-Ebert-Str. 19a
Gebühr je Person: 25,00 € (bar / EC)

Nr  Name, Vorname                      geb.           Betrieb / Tätigkeit                 Bescheinigung
--  ---------------------------------  -------------  ----------------------------------  ----------------
01  [[P:Hoang, Minh Tuan]]                   [[DOB:11.09.2001]]     Imbiss „Pho Saigon“, Küche          [[AZ:B-2026-00311]]
02  [[P:Koch, Annika]]                       [[DOB:28.02.2004]]     Bäckerei Kornblume, Verkauf         [[AZ:B-2026-00312]]
03  [[P:Al-Khatib, Mahmoud]]                 [[DOB:01.01.1990]]     Restaurant Damaskus Rose, Koch      [[AZ:B-2026-00313]]
04  [[P:Ivanova, Desislava]]                 [[DOB:17.07.1998]]     Kita Sonnenschein, Küchenhilfe      [[AZ:B-2026-00314]]
05  [[P:Schulze, Kevin]]                     [[DOB:05.12.2008]]     Ausbildung Koch, Hotel Fürstenhof   [[AZ:B-2026-00315]]
06  [[P:dos Santos Ferreira, João]]          [[DOB:23.04.1987]]     Café Lissabon, Service              nicht erschienen

Belehrung durchgeführt von: Hygieneinspektorin [[P:Ulrike Sander]]
""",
    keep=[
        "§ 43 Abs. 1 IfSG",
        "Erstbelehrung",
        "25,00 €",
        "Friedrich-Ebert-Str. 19a",
        "20.01.2026, 13:00 Uhr",
    ],
    allow=("Koch",),
)

# 24 Essen, Ausländerbehörde: lawyer's application for an Afghan family
pii(
    "legal_letter",
    """
Rechtsanwaltskanzlei [[P:Rahimi]] · Viehofer Str. 38 · 45127 Essen
Tel. 0201 24 87 30 · kanzlei@migrationsrecht-essen.de

Stadt Essen
Ausländerbehörde
45121 Essen
                                                              Essen, 29.01.2026
Ihr Az.: [[AZ:32-2 AH 2023/88412]]
Unsere Mandanten: [[P:Ahmad Shah Karimi]], geb. [[DOB:01.01.1984]], und Familie

Antrag auf Erteilung von Aufenthaltserlaubnissen nach § 25b AufenthG

Sehr geehrte Damen und Herren,

wir vertreten Herrn [[P:Karimi]], seine Ehefrau [[P:Mursal Karimi]], geb. [[P:Noorzai]] (geb. [[DOB:15.06.1989]]), sowie die Kinder [[P:Zahra]] (geb. [[DOB:03.02.2012]]), [[P:Omid]] (geb. [[DOB:19.09.2014]]) und [[P:Hasib Karimi]] (geb. [[DOB:07.12.2019]]). Die Familie wohnt unverändert in der [[STR:Altenessener Str. 402]], [[LOC:45326 Essen]].

Die Voraussetzungen des § 25b Abs. 1 AufenthG liegen vor: Voraufenthalt seit 2017, überwiegende Sicherung des Lebensunterhalts, hinreichende mündliche Deutschkenntnisse (telc A2 vom 14.10.2025) und regelmäßiger Schulbesuch der Kinder. Herr [[P:Karimi]] ist seit dem 01.08.2022 als Lagerhelfer sozialversicherungspflichtig beschäftigt (Versicherungsnummer [[RV:13 010184 K 02 7]]).

Die Tazkira-Kopien und die Geburtsurkunde von [[P:Hasib]] liegen Ihnen bereits vor. Herr [[P:Karimi]] hat am 06.01.2026 bei der Auslandsvertretung einen Reisepass beantragt; die Quittung fügen wir bei.

Bis zur Entscheidung bitten wir um Ausstellung von Fiktionsbescheinigungen.

Mit freundlichen Grüßen
[[P:Nilufar Rahimi]]
Rechtsanwältin
""",
    keep=[
        "§ 25b AufenthG",
        "Fiktionsbescheinigungen",
        "Ausländerbehörde",
        "Essen, 29.01.2026",
        "kanzlei@migrationsrecht-essen.de",
    ],
)

# 25 Herne, Standesamt: e-mail in English, Ghanaian groom, German bride
pii(
    "email",
    """
Subject: Marriage registration – documents from Ghana
From: [[MAIL:kofi.asante.gh@gmail.com]]
To: standesamt@herne.de
Cc: [[MAIL:lisa-marie.engel@web.de]]

Dear Sir or Madam,

my fiancée [[P:Lisa-Marie Engel]] and I would like to register our marriage (Anmeldung der Eheschließung) at the Standesamt Herne. Our preferred date is Friday, 26 June 2026.

My details:
Name: [[P:Kofi Mensah Asante]]
Born: [[DOB:14 March 1992]] in [[LOC:Kumasi]], Ghana
Passport no.: [[PASS:G2047718]]
Address: [[STR:Hauptstraße 230]], [[LOC:44651 Herne]]
Phone: [[TEL:+49 1590 1847732]]

I have my birth certificate and a statutory declaration of single status from Ghana. Your colleague on the phone said that documents from Ghana have to be checked by the German Embassy in Accra (Urkundenüberprüfung) and that this can take three to four months. Is there any faster way?

[[P:Lisa-Marie]] was born on [[DOB:02.10.1995]], so her documents should be no problem.

Kind regards / Mit freundlichen Grüßen
[[P:Kofi]]
""",
    keep=[
        "Standesamt Herne",
        "standesamt@herne.de",
        "Anmeldung der Eheschließung",
        "German Embassy in Accra",
        "26 June 2026",
    ],
)

# 26 Kassel, Bürgerbüro: online form submission with the sender's IP address
pii(
    "form",
    """
=== Online-Antrag: Erweiterte Meldebescheinigung ===
Formular-ID: MB-ERW-03 | Version 2.4.1
Eingang: 07.02.2026 23:18:44
Vorgangsnummer: [[AZ:KS-OZG-2026-0048813]]
Übermittelt von IP: [[IP:91.64.187.203]]
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0

[Antragsteller/in]
Familienname ........ [[P:Schwarz]]
Vornamen ............ [[P:Tatjana]]
Geburtsname ......... [[P:Morozova]]
Geburtsdatum ........ [[DOB:1986-04-22]]
Anschrift ........... [[STR:Wilhelmshöher Allee 255]], [[LOC:34131 Kassel]]
E-Mail .............. [[MAIL:tanja.schwarz86@yahoo.de]]
Telefon ............. [[TEL:0049 561 47 11 90 3]]

[Art der Bescheinigung]
( ) einfache Meldebescheinigung
(x) erweiterte Meldebescheinigung mit früheren Anschriften
Zweck: Vorlage beim Arbeitgeber (Einstellung in den Landesdienst)

[Zustellung]
(x) per Post an die Meldeanschrift   ( ) Abholung im Bürgerbüro

[Zahlung]
Gebühr 10,00 € – bezahlt über ePayBL
""",
    keep=[
        "Erweiterte Meldebescheinigung",
        "Version 2.4.1",
        "10,00 €",
        "Abholung im Bürgerbüro",
        "Eingang: 07.02.2026 23:18:44",
    ],
)

# 27 Bochum, Bußgeldstelle: hearing form filled in by the vehicle owner, naming his son
pii(
    "form",
    """
Stadt Bochum · Ordnungsamt · Bußgeldstelle · 44777 Bochum
ANHÖRUNGSBOGEN – Verwarnungsgeldverfahren

Aktenzeichen:  [[AZ:901.25.117.448-7]]
Tattag/-zeit:  18.12.2025, 17:42 Uhr
Tatort:        Bochum, Universitätsstraße, stadteinwärts, Höhe Haus-Nr. 142
Kennzeichen:   [[KFZ:BO-JK 318]]
Vorwurf:       Sie überschritten die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um 14 km/h (zulässig 50 km/h, festgestellt nach Toleranzabzug 64 km/h). § 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 StVG; 11.3.3 BKat
Verwarnungsgeld: 50,00 €

Angaben zur Person (vom Halter auszufüllen)
☐ Ich räume den Verstoß ein.
☒ Ich habe den Verstoß nicht begangen. Verantwortlich war:
   Name, Vorname: [[P:Krause, Jonas]]
   Geburtsdatum:  [[DOB:12.08.2005]]
   Anschrift:     wie Halter
Bemerkungen: das ist mein Sohn [[P:Jonas]], er fährt das Auto meistens. Er ist noch in der Probezeit, gibt es dafür jetzt Punkte? Bitte alles direkt an ihn schicken: [[MAIL:jonas.krause05@icloud.com]]

Halter: [[P:Jürgen Krause]], [[STR:Auf dem Kamp 14]], [[LOC:44892 Bochum]]
Datum/Unterschrift: 02.01.2026  [[P:J. Krause]]
""",
    keep=[
        "Bußgeldstelle",
        "Verwarnungsgeld: 50,00 €",
        "§ 24 StVG",
        "18.12.2025, 17:42 Uhr",
        "Universitätsstraße",
    ],
)

# 28 Dortmund, Jugendamt: home visit note, initials and first names only
pii(
    "note",
    """
Jugendamt Dortmund – Sozialer Dienst, Bezirk Eving
Vermerk Hausbesuch (§ 8a SGB VIII – Gefährdungseinschätzung)

Fall-Nr.:   [[AZ:51/3-SD-2026-0192]]
Datum:      11.02.2026, 14:00–15:10 Uhr, unangemeldet
Fachkräfte: [[P:S. Öztürk]], [[P:Chr. Lange]]
Anschrift:  [[STR:Evinger Platz 3, Hinterhaus, 3. Etage]], [[LOC:44339 Dortmund]]

Anlass: Mitteilung der Kita vom 09.02.2026 (Kind fehlt seit einer Woche, zuletzt mit Hämatom an der Wange).

Anwesend: KM ([[P:M. K.]], 24 J.), Kinder [[P:Mia]] (4) und [[P:Leon]] (1,5); der neue Lebensgefährte der KM, Herr [[P:Dennis R.]], kam gegen 14:40 Uhr dazu.

Beobachtungen: Wohnung aufgeräumt, Kühlschrank gefüllt. [[P:Mia]] zeigte das Hämatom (fast abgeheilt, gelblich) und sagte „bin vom Hochbett gefallen“. KM bestätigt dies. [[P:Leon]] wirkt altersgerecht entwickelt, Impfheft vorgelegt. Herr [[P:R.]] verhielt sich distanziert und verließ nach 10 Min. die Wohnung.

Einschätzung: derzeit keine akute Gefährdung; latente Belastung (Schulden, Trennung vom KV Herrn [[P:Marvin Kaiser]], geb. [[DOB:03.05.1999]], Umgang ungeregelt).
Vereinbarung: Kita-Besuch ab morgen, Termin bei der Kinderärztin bis 20.02.2026, KM meldet sich bei der Schuldnerberatung der Diakonie.
KM erreichbar: [[TEL:0163 / 4 92 18 07]]
Nächster Schritt: Kollegiale Beratung 18.02.2026; erneuter Hausbesuch spätestens 04.03.2026.
""",
    keep=[
        "§ 8a SGB VIII",
        "Gefährdungseinschätzung",
        "Schuldnerberatung der Diakonie",
        "Kollegiale Beratung 18.02.2026",
    ],
)

# 29 Leipzig, Wohngeldstelle: rent certificate, private landlord with a Postfach
pii(
    "form",
    """
Mietbescheinigung (Anlage zum Wohngeldantrag)
Stadt Leipzig – Sozialamt – Wohngeldstelle
– vom Vermieter auszufüllen –

Mieter/in:     [[P:Rosenberg, Eva]]          Wohngeld-Nr.: [[AZ:WG 50.22-88173]]
Wohnung:       [[STR:Kochstraße 102, 3. OG rechts]], [[LOC:04275 Leipzig]]
Wohnfläche:    54,6 m²    Zimmer: 2
Mietbeginn:    01.10.2019

Monatliche Miete ab 01.01.2026
  Grundmiete ................................ 410,00 €
  kalte Betriebskosten ...................... 118,00 €
  Heizkosten ................................  72,00 €
  Gesamt .................................... 600,00 €

Im Haushalt lebende Personen laut Mietvertrag: 1
Mietrückstände: ☒ nein ☐ ja

Vermieter:     [[P:Hartmut Engel]]
Anschrift:     [[STR:Postfach 31 04 12]], [[LOC:04162 Leipzig]]
Telefon:       [[TEL:(0341) 12 34 56]]    E-Mail: [[MAIL:hv.engel@freenet.de]]
Konto für Mietzahlungen: [[IBAN:DE97 8605 5592 3912 3271 08]]

Leipzig, 20.01.2026     Unterschrift Vermieter: [[P:H. Engel]]
""",
    keep=[
        "Mietbescheinigung",
        "Wohngeldstelle",
        "600,00 €",
        "Mietbeginn:    01.10.2019",
        "Leipzig, 20.01.2026",
    ],
)

# 30 Freiburg, Friedhofsverwaltung: grave rights, noble particle, name in capitals
pii(
    "email",
    """
Von: [[P:Friederike von Bodman]] <[[MAIL:f.vonbodman@gmx.de]]>
An: friedhofsverwaltung@stadt.freiburg.de
Betreff: Umschreibung Grabnutzungsrecht Hauptfriedhof, Grab [[P:VON BODMAN]]

Sehr geehrte Damen und Herren,

mein Vater, Dr. [[P:Konstantin von Bodman]], ist am 28.11.2025 verstorben. Er war Nutzungsberechtigter der Familiengrabstätte auf dem Hauptfriedhof (Feld 41, Nr. 12–14; Ihr Zeichen [[AZ:HF 41/012-014]]).

Laut Grabbrief soll das Nutzungsrecht auf mich übergehen. Meine Brüder [[P:Maximilian]] und [[P:Ferdinand von Bodman]] sind einverstanden, ihre Verzichtserklärungen hänge ich an. Meine Anschrift: [[STR:Schwarzwaldstraße 88]], [[LOC:79117 Freiburg]]. Geboren bin ich am [[DOB:05.02.1969]], falls Sie das brauchen. Telefonisch erreichen Sie mich unter [[TEL:0761 6 11 29 47]] oder mobil unter [[TEL:+49 170 5 33 81 62]].

Mit freundlichen Grüßen
[[P:Friederike von Bodman]]
""",
    keep=[
        "friedhofsverwaltung@stadt.freiburg.de",
        "Grabnutzungsrecht",
        "Verzichtserklärungen",
        "Hauptfriedhof",
    ],
)

# 31 Gelsenkirchen, Zulassungsstelle: reply to a Turkish-German mail, plate with birth year
pii(
    "email_chain",
    """
Von: Zulassungsstelle Gelsenkirchen <kfz-zulassung@gelsenkirchen.de>
An: [[MAIL:ayse.yildiz1988@hotmail.com]]
Datum: 12.02.2026 11:26
Betreff: AW: Wunschkennzeichen [[KFZ:GE AY 1988]] reserviert??

Sehr geehrte Frau [[P:Yıldız]],

das Wunschkennzeichen [[KFZ:GE-AY 1988]] ist für Sie bis zum 14.05.2026 reserviert. Die Gebühr für das Wunschkennzeichen (10,20 €) wird bei der Zulassung fällig. Bitte bringen Sie mit: Zulassungsbescheinigung Teil II, Übereinstimmungsbescheinigung (COC), Ihre eVB-Nummer, Ihren Personalausweis und ein SEPA-Mandat für die Kfz-Steuer.

Mit freundlichen Grüßen
Ihr Team der Zulassungsstelle
Vattmannstraße 2–8 · 45879 Gelsenkirchen

----- Ursprüngliche Nachricht -----
Von: [[MAIL:ayse.yildiz1988@hotmail.com]]
Gesendet: Mittwoch, 11. Februar 2026 21:03
Betreff: Wunschkennzeichen [[KFZ:GE AY 1988]] reserviert??

Merhaba, guten Tag,
ich habe ein neues Auto gekauft und online das Kennzeichen [[KFZ:GE AY 1988]] reserviert, aber keine Bestätigung bekommen. Mein Name: [[P:AYŞE YILDIZ]], geb. [[DOB:29.09.1988]], Adresse [[STR:Cranger Str. 310]], [[LOC:45891 Gelsenkirchen]]. Handy [[TEL:0152 / 28 44 97 13]].
eVB-Nummer ist [[AZ:A7KX93P]] (HUK). Die Steuer bitte von meinem Konto abbuchen: [[IBAN:DE39 4306 0967 1392 3683 80]]
Çok teşekkürler, vielen Dank
[[P:Ayşe Yıldız]]
""",
    keep=["Zulassungsbescheinigung Teil II", "bis zum 14.05.2026", "Vattmannstraße 2–8", "10,20 €"],
)

# 32 Herne, Sozialamt: OCR scan of a pension notice (l/1, O/0, rn/m, hyphenation)
pii(
    "ocr",
    """
Deutsche Rentenversicherung Westfa1en · 48125 Münster

                                                  Versicherungsnurnmer
                                                  [[RV:17 140358 N 53 5]]
                                                  Te1efon 0251 238-0
Frau
[[P:Janina Kowa1ski]]
[[STR:Castroper Str. 19O]]
[[LOC:44628 Herne]]
                                                  Datum O9.O1.2026

Bescheid über A1tersrente für lang-
jährig Versicherte

Sehr geehrte Frau [[P:Kowalski]],

auf lhren Antrag vorn 1O.O9.2025 erhalten Sie von uns Altersrente für langjährig Versicherte. Die Rente beginnt am O1.12.2025 und wird auf unbestirnmte Dauer ge-
leistet.

Die rnonatliche Rente beträgt ab O1.O2.2026 ................ 1.O12,47 EUR

Die laufende Zahlung wird arn Ende des Monats fä11ig, für den sie geleistet wird, und auf das Konto IBAN [[IBAN:DE07 4325 0030 0069 4744 15]] überwiesen.

Ihre Daten: geb. [[DOB:14.O3.1958]], Geburtsname [[P:Nowicka]]

[Stempel] STADT HERNE – Fachbereich Soziales – EINGANG O 4. FEB. 2026
[handschriftlich] z. Vg. Grundsicherung [[AZ:50-21-GS-0098/26]] – [[P:Sch.]]
""",
    keep=[
        "Deutsche Rentenversicherung",
        "Bescheid über A1tersrente",
        "1.O12,47 EUR",
        "Fachbereich Soziales",
    ],
)

# 33 Essen, Jugendförderung: "Nachname, Vorname" participant list of a summer camp
pii(
    "list",
    """
Ferienfreizeit Sommer 2026 – Jugendamt Essen, Abt. Jugendförderung
Zeltlager Haltern am See, 20.07.–31.07.2026 – Teilnehmende (Stand 10.02.2026)

[[P:Ackermann, Lina]] (11) – vegetarisch
[[P:Berg, Noah]] (10)
[[P:Çelik, Emir]] (12) – Allergie: Nüsse!
[[P:Diallo, Aminata]] (9)
[[P:Fuchs, Ben]] (11) – Schwimmer: nein
[[P:Hahn, Clara]] (12)
[[P:Ben Salah, Yusuf]] (10) – kein Schweinefleisch
[[P:Klein, Mats]] (9)
[[P:Kowalczyk, Julia]] (11)
[[P:Popescu, Andrei]] (12) – Asthmaspray
[[P:Sommer, Emma]] (10)
[[P:Wagner, Luis]] (11)

Betreuer/innen: [[P:Jana]] (Leitung), [[P:Dominik]], [[P:Esra]], [[P:Tim]]
Notfallkontakt Leitung: 0201 88-51500 (Dienst-Handy)
Teilnahmebeitrag: 280 € / 140 € mit Essen-Pass
""",
    keep=["Ferienfreizeit", "Jugendförderung", "20.07.–31.07.2026", "280 €", "Essen-Pass"],
    allow=("Sommer",),
)

# 34 Dortmund, Gewerbeamt: lowercase mail with Turkish phrases, barber's shop of a sole trader
pii(
    "email",
    """
konu / Betreff: gewerbe ummelden friseur

merhaba,
ich habe friseursalon "Berber [[P:Öztürk]]" in der [[STR:Münsterstr. 148]] und will umziehen in die [[STR:Mallinckrodtstr. 212]] ab 1. april. muss ich neu anmelden oder nur ummelden? handwerkskarte hab ich (meister), HWK Dortmund.
mein bruder [[P:Serkan]] macht auch mit, wir wollen GbR machen, geht das gleichzeitig?
steuernummer [[TAX:314/5071/2245]]
tel [[TEL:0231 - 83 22 71 90]]
saygılarımla
[[P:Murat Öztürk]]
""",
    keep=["ummelden", "handwerkskarte", "GbR", "HWK Dortmund"],
)

# 35 Kassel, Bauaufsicht: neighbour's objection, double-barrelled name with title
pii(
    "formal_letter",
    """
Dr. [[P:Cornelia Hoffmann-Riedel]] · [[STR:Am Weinberg 12]] · [[LOC:34121 Kassel]]

Stadt Kassel
Bauaufsicht
Obere Königsstraße 8
34117 Kassel
                                                               Kassel, 03.02.2026

Widerspruch gegen die Baugenehmigung vom 08.01.2026, Az. [[AZ:63-BG-2025-01544]]
Bauvorhaben: Mehrfamilienhaus mit 8 Wohneinheiten, [[STR:Am Weinberg 14]], Bauherr Herr [[P:Konrad Weiß]]

Sehr geehrte Damen und Herren,

gegen die oben genannte Baugenehmigung, die meinem Ehemann Prof. [[P:Ulrich Riedel]] und mir als Eigentümern des Nachbargrundstücks am 10.01.2026 bekannt gegeben wurde, lege ich – zugleich in Vollmacht meines Mannes – Widerspruch ein.

Begründung:
1. Die Abstandsflächen nach § 6 HBO zur gemeinsamen Grenze werden auf der Nordseite nicht eingehalten.
2. Die zwölf geplanten Stellplätze und die Zufahrt entlang unserer Grundstücksgrenze führen zu unzumutbarem Lärm.
3. Zwei Rotbuchen mit einem Stammumfang von über 100 cm sollen gefällt werden; eine Befreiung ist nicht ersichtlich.

Ich beantrage Akteneinsicht und die Aussetzung der Vollziehung nach § 80 Abs. 4 VwGO.

Mit freundlichen Grüßen
Dr. [[P:C. Hoffmann-Riedel]]
""",
    keep=[
        "Widerspruch",
        "§ 6 HBO",
        "§ 80 Abs. 4 VwGO",
        "Obere Königsstraße 8",
        "Kassel, 03.02.2026",
    ],
)

# 36 Dortmund, Standesamt: grandson requests death certificates, Polish phrases, place of birth
pii(
    "email",
    """
Betreff: Antrag Sterbeurkunde / akt zgonu – [[P:Mazur]], [[P:Stanisław]]

Guten Tag,

ich bitte um zwei Sterbeurkunden (eine davon mehrsprachig) für meinen Großvater:

Name: [[P:Mazur]], Vorname: [[P:Stanisław]]
geb. [[DOB:17.04.1937]] in [[LOC:Katowice]]
gestorben am 21.01.2026 im Klinikum Nord
letzte Wohnadresse: [[STR:Heroldstr. 8]], [[LOC:44145 Dortmund]]

Ich bin der Enkel und brauche die Urkunden für die Rentenversicherung und für das Standesamt in Polen (Urząd Stanu Cywilnego), wo meine Oma noch Dinge regeln muss. Meine Oma, [[P:Halina Mazur]], spricht kaum Deutsch.

Eine Kopie meines Ausweises hängt an. Bitte schicken Sie die Urkunden an:
[[P:Piotr Mazur-Lange]]
[[STR:Schillerstraße 25a]]
[[LOC:59174 Kamen]]

Die Gebühr überweise ich gern. Dziękuję bardzo!
[[P:Piotr]]
[[TEL:0 23 07 / 9 18 27 64]]
""",
    keep=[
        "Sterbeurkunde",
        "mehrsprachig",
        "Urząd Stanu Cywilnego",
        "Rentenversicherung",
        "Klinikum Nord",
    ],
)

# 37 Leipzig, Ausländerbehörde: declaration of commitment, Vietnamese names with and without diacritics
pii(
    "note",
    """
Aktenvermerk – Vorsprache Verpflichtungserklärung (§§ 66–68 AufenthG)
Stadt Leipzig, Ordnungsamt, Abt. Ausländerbehörde, Sachgebiet Visa
Datum: 03.02.2026

Verpflichtungsgeber: Herr [[P:Nguyễn Văn Hùng]] (im Pass ohne Diakritika: [[P:NGUYEN VAN HUNG]]), geb. [[DOB:08.08.1979]], [[STR:Georg-Schwarz-Str. 117]], [[LOC:04179 Leipzig]]; Niederlassungserlaubnis, Pass-Nr. [[PASS:C8841275]]
Eingeladene Person: Frau [[P:Trần Thị Mai]] (Schwiegermutter), geb. [[DOB:12.12.1955]], wohnhaft in [[LOC:Hải Phòng]], Vietnam, Pass-Nr. [[PASS:N2317766]]
Zweck: Familienbesuch zur Geburt des Enkelkindes, geplanter Aufenthalt 01.05.–29.07.2026 (90 Tage)

Bonität: Nettoeinkommen 2.840 € aus einem Nagelstudio (Einzelunternehmen „Nails by [[P:Hùng]]“, [[STR:Eisenbahnstr. 45]]), Warmmiete 890 €; die Ehefrau [[P:Trần Thị Lan]] verdient 1.450 € netto; zwei Kinder.
Ergebnis: Bonität ausreichend. Verpflichtungserklärung unterschrieben, Formular-Nr. [[AZ:LE-VE-2026/0213]]; Gebühr 29,00 € bezahlt.
Bearbeitung: [[P:Wiesner]]
""",
    keep=["Verpflichtungserklärung", "§§ 66–68 AufenthG", "29,00 €", "Sachgebiet Visa", "90 Tage"],
)

# 38 Essen, Stadtkasse: enforcement notice; the city's own IBAN is not personal
pii(
    "formal_letter",
    """
Stadt Essen · Stadtkasse – Vollstreckung · 45121 Essen

Herrn
[[P:Dragoș-Ionuț Munteanu]]
[[STR:Altendorfer Straße 311]]
[[LOC:45143 Essen]]

Kassenzeichen:  [[AZ:2026.101.445.807]]
Steuernummer:   [[TAX:112/5098/3361]]
Datum:          09.02.2026

Ankündigung der Zwangsvollstreckung

Sehr geehrter Herr [[P:Munteanu]],

trotz Mahnung vom 12.01.2026 sind folgende Beträge noch offen:

  Forderung                                  fällig am       Betrag
  Gewerbesteuer-Vorauszahlung IV/2025        15.11.2025    480,00 €
  Säumniszuschläge (§ 240 AO)                                9,60 €
  Mahngebühr                                                 5,00 €
  Summe                                                    494,60 €

Bitte zahlen Sie den Betrag bis 23.02.2026. Andernfalls werden wir ohne weitere Ankündigung vollstrecken, zum Beispiel durch Pfändung Ihres bisher genutzten Kontos ([[IBAN:RO98 BTRL RONC RT30 2828 8326]]) oder durch Vollziehungsbeamte; gegebenenfalls verlangen wir die Abgabe der Vermögensauskunft (§ 284 AO).

Zahlung unter Angabe des Kassenzeichens an: Stadt Essen, Sparkasse Essen, IBAN DE36 3605 0105 7885 7353 98.
Ratenzahlung? Rufen Sie uns an: 0201 88-22345 (Mo–Do 8–15 Uhr, Fr 8–12 Uhr).

Dacă nu înțelegeți această scrisoare, vă rugăm să ne contactați.

Mit freundlichen Grüßen
Im Auftrag
[[P:Kemper]]
""",
    keep=[
        "Ankündigung der Zwangsvollstreckung",
        "494,60 €",
        "§ 284 AO",
        "bis 23.02.2026",
        "IBAN DE36 3605 0105 7885 7353 98",
    ],
)

# 39 Freiburg, Bürgeramt: loss report for ID card and passport; 116 116 is the blocking hotline
pii(
    "form",
    """
Stadt Freiburg i. Br. – Bürgeramt, Basler Straße 2
VERLUSTANZEIGE Personalausweis / Reisepass

Name, Vorname:    [[P:Weiß, Leonie Charlotte]]
geb. am:          [[DOB:30.11.2002]]
Anschrift:        [[STR:Sautierstr. 24]], [[LOC:79104 Freiburg]]
Verlust von:      ☒ Personalausweis Nr. [[ID:LH7NR2C05]] (gültig bis 14.06.2030, Online-Ausweisfunktion eingeschaltet)
                  ☒ Reisepass Nr. [[PASS:C7XF1MN40]]
Umstände:         Rucksack am 31.01.2026 im Zug zwischen Basel und Freiburg gestohlen
Polizeiliche Anzeige: ☒ ja, Polizeirevier Freiburg-Nord, Vorgangsnummer [[AZ:FR-N/0211/26]]
Sperrung der Online-Ausweisfunktion über den Sperr-Notruf 116 116: ☒ ja, am 01.02.2026
Vorläufiger Personalausweis ausgestellt: ☒ ja, Gebühr 10,00 €
Neuer Personalausweis beantragt: ☒ ja, Abholung ab ca. 4 Wochen

Bearbeitung: [[P:Schäfer]], Platz 6
""",
    keep=[
        "116 116",
        "Bürgeramt, Basler Straße 2",
        "Online-Ausweisfunktion",
        "10,00 €",
        "VERLUSTANZEIGE",
    ],
)

# 40 Gelsenkirchen, Ordnungsamt: angry short night-time mail, lowercase
pii(
    "complaint",
    """
An: ordnungsamt@gelsenkirchen.de
Betreff: WIEDER!!!!

es ist 1:30 uhr nachts und herr [[P:yilmaz]] von oben (3.og) macht wieder party mit 20 leuten auf dem balkon. das ist das 4 wochenende hintereinander. polizei sagt sie sind nicht zuständig. SCHICKEN SIE BITTE JEMANDEN
[[STR:Ückendorfer str 201]] klingel [[P:zielinski]]
[[TEL:0176/55012983]]
""",
    keep=["ordnungsamt@gelsenkirchen.de", "1:30 uhr nachts", "polizei", "wochenende"],
)

# 41 Kassel, Staatliches Schulamt: parents' request for a change of school, Greek names
pii(
    "formal_letter",
    """
[[P:Konstantinos Papadopoulos]] und [[P:Eleni Papadopoulou]]
[[STR:Leipziger Straße 301]]
[[LOC:34123 Kassel]]
Tel. [[TEL:0561 / 5 79 40 33]] · [[MAIL:papadopoulos.ks@gmail.com]]

Staatliches Schulamt für den Landkreis und die Stadt Kassel
Wilhelmshöher Allee 64–66
34119 Kassel
                                                              Kassel, 26.01.2026

Antrag auf Schulwechsel zum 2. Halbjahr 2025/26
Schüler: [[P:Nikolaos Papadopoulos]] (genannt [[P:Nikos]]), geb. [[DOB:14.09.2013]], Klasse 7b der Carl-Schomburg-Schule

Sehr geehrte Damen und Herren,

wir beantragen für unseren Sohn den Wechsel an die Georg-Christoph-Lichtenberg-Schule zum 2. Halbjahr. [[P:Nikos]] wird seit Beginn des Schuljahres von zwei Mitschülern ausgegrenzt und im Klassenchat beleidigt; Gespräche mit der Klassenlehrerin und der Schulsozialarbeit haben leider nichts geändert. Die aufnehmende Schule hat uns mitgeteilt, dass in der Jahrgangsstufe 7 ein Platz frei ist.

[[P:Nikos]] spricht zu Hause Griechisch und besucht samstags den muttersprachlichen Unterricht. Seine Leistungen sind gut (Halbjahreszeugnis anbei).

Καλή σας μέρα – mit freundlichen Grüßen
[[P:Konstantinos Papadopoulos]]      [[P:Eleni Papadopoulou]]
""",
    keep=[
        "Staatliches Schulamt",
        "Schulwechsel zum 2. Halbjahr",
        "Carl-Schomburg-Schule",
        "Georg-Christoph-Lichtenberg-Schule",
        "Wilhelmshöher Allee 64–66",
    ],
)

# 42 Bochum, Wirtschaftsförderung: markdown intake sheet of a founder, Steuer-ID spaced, PT IBAN
pii(
    "table",
    """
Bochum Wirtschaftsentwicklung – Gründungsberatung
Erfassungsbogen Erstgespräch (intern), 05.02.2026

| Feld | Angabe |
|---|---|
| Gründerin | [[P:Ana Rita Carvalho]] |
| Geburtsdatum | [[DOB:17/02/1993]] |
| Staatsangehörigkeit | portugiesisch |
| Anschrift | [[STR:Alleestraße 44]], [[LOC:44793 Bochum]] |
| Telefon | [[TEL:+49 234 60 94 71 12]] |
| E-Mail | [[MAIL:ana.carvalho@pastelaria-bochum.de]] |
| Steuer-ID | [[TAX:19 085 712 466]] |
| Vorhaben | Café mit portugiesischem Gebäck („Pastelaria [[P:Carvalho]]“), ca. 40 Plätze |
| Rechtsform | Einzelunternehmen, Eintragung als e.K. geplant |
| Kapitalbedarf | 68.000 € (davon 22.000 € Eigenmittel, Rest Gründungskredit NRW.BANK) |
| Bisherige Tätigkeit | Konditorin, seit 2021 in einer Bochumer Bäckerei angestellt |
| Konto (alt, Portugal) | [[IBAN:PT04 0035 0651 0675 1240 6712 9]] |
| Nächste Schritte | Businessplan überarbeiten, Termin STARTERCENTER NRW, Beratung zur Gaststättenerlaubnis (Ordnungsamt) |

Beraterin: [[P:Miriam Hoxha]]
""",
    keep=["Gründungsberatung", "68.000 €", "NRW.BANK", "STARTERCENTER NRW", "Gaststättenerlaubnis"],
)

# 43 Herne, Jugendamt: Italian mother asks for a Kita place, error message with an IPv6 address
pii(
    "email",
    """
Da/Von: [[P:Francesca Russo]] <[[MAIL:fra.russo@libero.it]]>
A/An: kita-platz@herne.de
Oggetto/Betreff: Kita-Platz für [[P:Matteo]] – Rechtsanspruch ab 01.08.2026

Buongiorno, guten Tag,

wir sind im November hierher gezogen ([[STR:Bebelstraße 52]], [[LOC:44625 Herne]]) und suchen einen Kita-Platz für unseren Sohn [[P:Matteo Esposito]], geboren am [[DOB:22/07/2023]]. Im Kita-Navigator haben wir ihn am 20.11.2025 registriert (Anmelde-Nr. [[AZ:KN-HER-2025-11873]]), aber bisher gab es keine Rückmeldung. Ich arbeite ab dem 01.08.2026 wieder 30 Stunden im Krankenhaus (Schichtdienst), deshalb brauchen wir 45 Stunden.

Mein Mann [[P:Salvatore Esposito]] ist tagsüber unter [[TEL:+39 333 918 4402]] erreichbar, ich unter [[TEL:02325 9 80 17 36]].

Beim Registrieren kam übrigens diese Fehlermeldung:
  Fehler 500 – Ihre Sitzung wurde beendet (Client [[IP:2a02:8109:b6c0:4e00:9d1f:33ab:e01c:7f52]], 20.11.2025 21:44)

Grazie e cordiali saluti
[[P:Francesca Russo]]
""",
    keep=[
        "kita-platz@herne.de",
        "Rechtsanspruch ab 01.08.2026",
        "Kita-Navigator",
        "45 Stunden",
        "Fehler 500",
    ],
)

# 44 Dortmund, Sozialamt: funeral costs (§ 74 SGB XII), Bulgarian family, BG IBAN
pii(
    "note",
    """
Stadt Dortmund – Sozialamt
Antrag auf Übernahme der Bestattungskosten nach § 74 SGB XII – Bearbeitungsvermerk

Az.:             [[AZ:50/4-BK-26/0031]]
Antragsteller:   Herr [[P:Georgi Dimitrov Petkov]], geb. [[DOB:09.10.1971]]
Anschrift:       [[STR:Mallinckrodtstraße 109]], [[LOC:44145 Dortmund]]
Telefon:         [[TEL:0 15 75 - 3 94 11 80]] (die Tochter [[P:Radostina]] übersetzt)
Verstorbene:     Frau [[P:Snezhana Petkova]], Ehefrau, geb. [[DOB:27.03.1974]], verstorben am 14.01.2026
Konto:           [[IBAN:BG21 UNCR 7000 1536 0278 66]]

Sachverhalt: Erdbestattung auf dem Südwestfriedhof, Rechnung des Bestatters über 5.912,30 €. Der Antragsteller ist als Ehemann bestattungspflichtig (§ 8 BestG NRW). Er bezieht Bürgergeld (BG-Nr. [[AZ:36101//0198874]]). Nachlass: Girokonto mit 412,80 €, sonst kein Vermögen. Weiterer Bestattungspflichtiger: Sohn [[P:Ivan Petkov]], lebt in [[LOC:Plovdiv]], Bulgarien, Einkünfte nicht bekannt – Anhörung eingeleitet.

Vorschlag: Übernahme der erforderlichen Kosten abzüglich Nachlass; Bescheid mit Übersetzungshinweis („Решение за поемане на разходите за погребение“).
""",
    keep=["§ 74 SGB XII", "§ 8 BestG NRW", "5.912,30 €", "Südwestfriedhof", "Bestattungskosten"],
)

# 45 Bochum, Gesundheitsamt: notification of suspected measles (fax form from a practice)
pii(
    "form",
    """
Meldung gemäß §§ 6, 8, 9 IfSG – per Fax an das Gesundheitsamt Bochum, Fax 0234 910-3649

Meldende Einrichtung: MVZ Ruhr-Mitte GmbH, Kinder- und Jugendmedizin, Kortumstraße 88, 44787 Bochum, Tel. 0234 58 77 00
Meldende Ärztin:      Dr. med. [[P:Hanna Kühn]]

Krankheit:          ☒ Masern   ☒ klinischer Verdacht   ☐ laborbestätigt (Abstrich und Serologie veranlasst 10.02.2026)
Erkrankungsbeginn:  07.02.2026 (Fieber), Exanthem seit 09.02.2026

Patient/in
Name, Vorname:      [[P:Brandt, Emil]]
Geschlecht:         ☒ m ☐ w ☐ d
Geburtsdatum:       [[DOB:18.04.2022]]
Anschrift:          [[STR:Hustadtring 121, App. 34]], [[LOC:44801 Bochum]]
Telefon Eltern:     [[TEL:0234 / 70 88 14 29]] (Mutter [[P:Svenja Brandt]])
Impfstatus:         keine MMR-Impfung dokumentiert
Gemeinschaftseinrichtung: ☒ ja – Kita Regenbogen, Querenburg
Kontaktpersonen im Haushalt: Schwester [[P:Lotta]] (5 J.), Vater [[P:Kai Brandt]]

Datum: 10.02.2026                 Unterschrift/Stempel: [[P:Kühn]]
""",
    keep=[
        "§§ 6, 8, 9 IfSG",
        "Gesundheitsamt Bochum",
        "Kortumstraße 88, 44787 Bochum",
        "klinischer Verdacht",
        "Gemeinschaftseinrichtung",
    ],
)

# 46 Herne, Zulassung: request for the keeper of a vehicle; surname Paris vs. the city
pii(
    "formal_letter",
    """
[[P:Dimitri Paris]]
[[STR:Am Solbad 4]]
[[LOC:44649 Herne]]
[[MAIL:d.paris@posteo.de]]

Stadt Herne
Fachbereich Öffentliche Ordnung – Straßenverkehrsbehörde
44621 Herne
                                                               Herne, 02.02.2026

Antrag auf einfache Registerauskunft nach § 39 Abs. 1 StVG

Sehr geehrte Damen und Herren,

am 24.01.2026 wurde mein ordnungsgemäß geparktes Fahrzeug ([[KFZ:HER-DP 77]]) auf dem Kundenparkplatz eines Baumarkts beschädigt. Ich selbst war an dem Tag beruflich in Paris und habe den Schaden erst am 26.01. bemerkt. Eine Zeugin, Frau [[P:Lena Hoffmann]] ([[TEL:0171 / 2 20 47 91]]), hat beobachtet, wie ein grauer Transporter mit dem Kennzeichen [[KFZ:E-LK 2041]] beim Rangieren gegen mein Auto gestoßen und dann weggefahren ist.

Die Polizei hat eine Anzeige wegen unerlaubten Entfernens vom Unfallort aufgenommen (Vorgangsnummer [[AZ:230126-1412-054871]]), teilt mir aber keine Halterdaten mit. Zur Geltendmachung meiner zivilrechtlichen Ansprüche (Schaden laut Kostenvoranschlag 1.860,45 €) bitte ich um Mitteilung von Name und Anschrift des Halters sowie der Haftpflichtversicherung.

Die Gebühr von 5,10 € überweise ich nach Erhalt des Bescheids.

Mit freundlichen Grüßen
[[P:Dimitri Paris]]
""",
    keep=[
        "§ 39 Abs. 1 StVG",
        "einfache Registerauskunft",
        "1.860,45 €",
        "5,10 €",
        "Herne, 02.02.2026",
    ],
    allow=("Paris",),
)

# 47 Leipzig, Fundbüro: found wallet, ID card data in capitals
pii(
    "form",
    """
Stadt Leipzig – Ordnungsamt – Fundbüro, Otto-Schill-Straße 2
FUNDANZEIGE Nr. [[AZ:2026/01873]]

Fundtag/-zeit:  08.02.2026, ca. 18:15 Uhr
Fundort:        Straßenbahn Linie 11, Haltestelle Wilhelm-Leuschner-Platz
Finderin:       [[P:Kübra Aksoy]], [[STR:Dieskaustraße 80]], [[LOC:04229 Leipzig]], Tel. [[TEL:0157 70 21 33 18]]
Finderlohn:     ☒ wird beansprucht   ☐ Verzicht

Fundsache: Geldbörse, braunes Leder. Inhalt:
  - Bargeld 35,20 €
  - Personalausweis: [[P:HAHN]], [[P:ROSE MARIE]], Nr. [[ID:M9C4L7T21]], geb. [[DOB:02.05.1949]]
  - Girocard Sparkasse Leipzig, IBAN [[IBAN:DE17 8605 0200 2171 6006 72]]
  - Seniorenticket, Foto eines Hundes, Einkaufszettel

Benachrichtigung der Verliererin an die Anschrift laut Melderegister: [[STR:Karl-Liebknecht-Str. 133]], [[LOC:04275 Leipzig]]; Schreiben vom 09.02.2026.
Abgeholt von Frau [[P:Hahn]] am 11.02.2026 gegen Vorlage eines Ersatzdokuments. Finderlohn: 5 % vom Fundwert bis 500 €.
""",
    keep=["Fundbüro", "Wilhelm-Leuschner-Platz", "35,20 €", "Otto-Schill-Straße 2", "Finderlohn"],
)

# 48 Essen, Wohngeld: Teams chat among staff; surname Jung next to the adjective "jung"
pii(
    "chat",
    """
Microsoft Teams – Kanal „Wohngeld Team 2“ – Di, 10.02.2026

[[P:Jung, Patrick]]  09:02
Moin, wer hat die Akte [[P:Şahin]] ([[AZ:WG-2-77410]])? Die Dame hat heute schon dreimal angerufen

[[P:Ahmadi, Leyla]]  09:05
ich, liegt bei mir. Es fehlen noch die Mietbescheinigung und die Einkommensnachweise vom Sohn

[[P:Jung, Patrick]]  09:06
der Sohn ist doch noch ganz jung, Schüler oder?

[[P:Ahmadi, Leyla]]  09:07
nee, 17 und Azubi, die Ausbildungsvergütung zählt trotzdem. ruf sie gleich an, die nummer in der akte ist [[TEL:0201 / 36 55 80 14]]

[[P:Jung, Patrick]]  09:08
👍 denk auch an die WV [[P:Nowak]]: Frau [[P:Nowak]] ist ab Montag im Krankenhaus, die Tochter [[P:Karolina]] kümmert sich, Vollmacht liegt vor

[[P:Ahmadi, Leyla]]  09:09
@[[P:Sven Terhorst]] kannst du mir die Akte [[P:Nowak]] rüberlegen? Az. [[AZ:WG-2-80133]]

[[P:Terhorst, Sven]] (Teamleitung)  09:15
Erledigt. Die Akte [[P:Ibn Rashid]] ist übrigens seit gestern bei Team 3. Und bitte: im Kanal nur Aktenzeichen, keine Namen – siehe Dienstanweisung Datenschutz 3.2 😉
""",
    keep=[
        "Wohngeld Team 2",
        "Mietbescheinigung",
        "Ausbildungsvergütung",
        "Dienstanweisung Datenschutz 3.2",
    ],
)

# 49 Kassel, Gewerbeamt: itinerant trade licence, Romanian applicant with a former address abroad
pii(
    "form",
    """
Stadt Kassel – Ordnungsamt – Gewerbeangelegenheiten
Antrag auf Erteilung einer Reisegewerbekarte (§ 55 GewO)

 1. Name:            [[P:POPESCU]]                      2. Vorname(n): [[P:Ionuț-Cristian]]
 3. Geburtsname:     –                            4. Geburtsdatum: [[DOB:21.06.1990]]
 5. Geburtsort:      [[LOC:Craiova]] (Rumänien)           6. Staatsangehörigkeit: rumänisch
 7. Wohnanschrift:   [[STR:Holländische Str. 199]], [[LOC:34127 Kassel]]
    frühere Anschrift (letzte 5 Jahre): [[STR:Str. Mihai Viteazu nr. 14, bl. B2, ap. 7]], [[LOC:200417 Craiova]]
 8. Telefon:         [[TEL:+40 745 118 902]] / [[TEL:0151 – 20 44 87 13]]
 9. Reisepass:       Nr. [[PASS:056123478]], ausgestellt 03.2022
10. Tätigkeit:       Scheren- und Messerschleifen (ambulant), Verkauf von Haushaltswaren
11. Fahrzeug:        [[KFZ:KS-IP 905]]
12. Führungszeugnis (Belegart O) und Auskunft aus dem Gewerbezentralregister beantragt am 05.02.2026: ☒
13. Steuerliche Erfassung: Finanzamt Kassel, Steuernummer [[TAX:026/811/04559]]

Kassel, 06.02.2026    Unterschrift: [[P:I. Popescu]]
""",
    keep=["§ 55 GewO", "Reisegewerbekarte", "Gewerbezentralregister", "Kassel, 06.02.2026"],
)

# 50 Dortmund, Bußgeldstelle: company car; plate and file of the company are not personal
pii(
    "form",
    """
Stadt Dortmund · Ordnungsamt · Bußgeldstelle
ZEUGENFRAGEBOGEN – Halterin ist eine juristische Person

Unser Zeichen:  53.2-VOWI 702 331 018 4
Kennzeichen:    DO-PS 2210 (Halterin: Pflegedienst Sonnenschein Ruhr GmbH, Westfalendamm 87, 44141 Dortmund)
Vorwurf:        Parken im absoluten Haltverbot, 29.01.2026, 07:55 Uhr, Hohe Straße 12 (§ 12 Abs. 1, § 49 StVO) – 25,00 €

Rücksendung der Halterin (Personalabteilung) vom 05.02.2026

Fahrer/in zum Tatzeitpunkt laut Tourenplan:
  Name, Vorname .......... [[P:Bajrami, Arbër]]
  geboren am ............. [[DOB:13.01.1996]]
  Anschrift .............. [[STR:Brackeler Hellweg 154]], [[LOC:44309 Dortmund]]
  dienstl. Mobil ......... [[TEL:0151 / 40 77 21 05]]

Bemerkung: Herr [[P:Bajrami]] war auf Pflegetour (Insulingabe bei einer Patientin im Haus). Wir bitten zu prüfen, ob das Verfahren eingestellt werden kann.
i. A. [[P:Claudia Wiese]], Personalsachbearbeitung
""",
    keep=[
        "DO-PS 2210",
        "53.2-VOWI 702 331 018 4",
        "Pflegedienst Sonnenschein Ruhr GmbH",
        "Westfalendamm 87, 44141 Dortmund",
        "25,00 €",
    ],
)

# 51 Wetter (Ruhr), Standesamt: declaration on the name after naturalisation (bin, bint, Al-, Abu)
pii(
    "form",
    """
Stadt Wetter (Ruhr) – Standesamt
Niederschrift über eine Erklärung zur Namensführung nach Art. 47 EGBGB

Am 04.02.2026 erschien vor der Standesbeamtin, ausgewiesen durch Personalausweis:

Herr [[P:Faisal bin Abdullah Al-Amoudi]], geb. [[DOB:11.11.1987]]
Schreibweise in arabischer Schrift: [[P:فيصل بن عبدالله العمودي]]
Anschrift: [[STR:Kaiserstraße 70]], [[LOC:58300 Wetter]]
Telefon:   [[TEL:02335 / 6 81 27 09]]

Der Erklärende hat am 15.12.2025 durch Einbürgerung die deutsche Staatsangehörigkeit erworben. Nach seinem bisherigen Heimatrecht führt er die Namen „[[P:Faisal bin Abdullah bin Salem Al-Amoudi]]“ (jemenitischer Pass Nr. [[PASS:07734519]]: [[P:FAISAL ABDULLAH SALEM ALAMOUDI]]).

Er erklärt nach Art. 47 Abs. 1 Satz 1 Nr. 1 und 2 EGBGB:
  Vorname:      [[P:Faisal]]
  Familienname: [[P:Al-Amoudi]]
Die Namensbestandteile „[[P:bin Abdullah bin Salem]]“ (Vaters- und Großvatersname) entfallen.

Die Erklärung erstreckt sich auf das Kind [[P:Yasmin bint Faisal Al-Amoudi]], geb. [[DOB:02.09.2017]]; es führt künftig den Namen [[P:Yasmin Al-Amoudi]]. Die Mutter des Kindes, Frau [[P:Amal Abu Sneineh]], stimmt zu und führt ihren Namen unverändert weiter.

Gebühr: 40,00 € (bezahlt)
v. g. u.   [[P:F. Al-Amoudi]]   [[P:A. Abu Sneineh]]
Die Standesbeamtin: [[P:Brinkmann]]
""",
    keep=["Art. 47 EGBGB", "Niederschrift", "Standesbeamtin", "40,00 €", "Am 04.02.2026"],
)

# 52 Titisee-Neustadt, Bürgerbüro: deregistration, family moves to İstanbul
pii(
    "form",
    """
Stadt Titisee-Neustadt – Bürgerbüro
Abmeldung bei der Meldebehörde (§ 17 Abs. 2 BMG) – Wegzug ins Ausland

Tag des Auszugs: 28.02.2026
Bisherige Wohnung:        [[STR:Pfauenstraße 9]], [[LOC:79822 Titisee-Neustadt]]
Neue Wohnung im Ausland:  [[STR:Moda Caddesi No. 41 Daire 3, Kadıköy]], [[LOC:34710 İstanbul]], Türkei

Abzumeldende Personen:
1. [[P:Demir]], [[P:Hakan]]                     geb. [[DOB:06.06.1982]]   deutsch, türkisch   PA [[ID:T6R2NWK48]]
2. [[P:Demir]], [[P:Selin]], geb. [[P:Aydın]]         geb. [[DOB:19.12.1985]]   deutsch             PA [[ID:L3X9CV7H1]]
3. [[P:Demir]], [[P:Deniz]]                     geb. [[DOB:03.08.2014]]   deutsch, türkisch   Kinderreisepass

Die Personalausweise bleiben gültig; die Anschrift wurde mit „Keine Wohnung in Deutschland“ überschrieben.
Kontaktanschrift in Deutschland (freiwillig): c/o [[P:Emine Demir]] (Mutter), [[STR:Schwarzwaldstraße 22]], [[LOC:79822 Titisee-Neustadt]]
E-Mail: [[MAIL:hakan.demir@gmx.de]]   Telefon in der Türkei: [[TEL:+90 532 447 18 09]]

Die Abmeldebestätigung wurde ausgehändigt. Gebührenfrei.
""",
    keep=[
        "§ 17 Abs. 2 BMG",
        "Keine Wohnung in Deutschland",
        "Abmeldebestätigung",
        "Tag des Auszugs: 28.02.2026",
        "Gebührenfrei",
    ],
)

# 53 Hattingen, Tiefbau: container permit, reply above the original; surnames Wolf and Fuchs, "Fuchsweg"
pii(
    "email_chain",
    """
Von: [[P:Wolf, Dieter]] <[[MAIL:dieter.wolf@hattingen.de]]>
Gesendet: Donnerstag, 5. Februar 2026 08:41
An: [[MAIL:t.fuchs-bau@web.de]]
Cc: Tiefbau Hattingen <tiefbau@hattingen.de>
Betreff: AW: Sondernutzung Container [[STR:Fuchsweg 3]]

Guten Morgen Herr [[P:Fuchs]],

die Sondernutzungserlaubnis für den Container (3 × 2,5 m) vor dem Grundstück [[STR:Fuchsweg 3]] ist erteilt, Zeitraum 09.02.–20.02.2026, Gebühr 46,00 €. Der Bescheid geht Ihnen heute per Post zu (Az. [[AZ:66.2-SN-2026-017]]). Bitte denken Sie an die Beleuchtung bei Dunkelheit (§ 32 StVO)!

Viele Grüße
[[P:Dieter Wolf]]
Stadt Hattingen – Fachbereich Tiefbau und Verkehr
Rathausplatz 1 · 45525 Hattingen

-----Ursprüngliche Nachricht-----
Von: [[MAIL:t.fuchs-bau@web.de]]
Gesendet: Mittwoch, 4. Februar 2026 19:22
An: tiefbau@hattingen.de
Betreff: Sondernutzung Container [[STR:Fuchsweg 3]]

Hallo,
wir sanieren das Bad bei meiner Mutter ([[P:Gisela Fuchs]], [[STR:Fuchsweg 3]]) und brauchen für zwei Wochen einen Bauschuttcontainer auf der Straße, weil die Einfahrt zu schmal ist. Der Container kommt von Remondis.
Mein Handy: [[TEL:0160 / 9 43 77 18]]
Gruß [[P:Timo Fuchs]]
[[STR:Am Lindenweg 11]], [[LOC:45527 Hattingen]]
""",
    keep=[
        "Sondernutzungserlaubnis",
        "46,00 €",
        "§ 32 StVO",
        "Rathausplatz 1 · 45525 Hattingen",
        "tiefbau@hattingen.de",
    ],
)

# 54 Schwerte, Schulverwaltungsamt: aligned table of school transport approvals
pii(
    "table",
    """
Stadt Schwerte – Schulverwaltungsamt
Schülerfahrkosten – Bewilligungen Januar 2026 (Schulweg über 2 km Primarstufe / über 3,5 km Sek. I)

Schüler/in              Kl.  Schule                          Straße                     km   Beförderung     Erziehungsberechtigte/r
[[P:Lehmann, Finja]]          2a   GS Holzen                       [[STR:Holzener Weg 61]]            2,4  SchokoTicket    [[P:Sandra Lehmann]]
[[P:Yilmaz, Emre]]            6c   Friedrich-Bährens-Gymnasium     [[STR:Ergster Weg 103 a]]          5,1  SchokoTicket    [[P:Nurcan Yilmaz]]
[[P:Krasniqi, Arta]]          5b   Gesamtschule Gänsewinkel        [[STR:Westhellweg 12]]             3,9  SchokoTicket    [[P:Besim Krasniqi]]
[[P:Schäfer, Jonte]]          3b   GS Westhofen                    [[STR:Am Kuhlenkamp 8]]            2,2  Taxi (Rolli)    [[P:Kerstin Schäfer-Wolff]]
[[P:Ngo, Minh Chau]]          8a   Ruhrtal-Gymnasium               [[STR:Lohbachweg 4]]               4,0  SchokoTicket    [[P:Ngo Thi Hoa]]

Abgelehnt: [[P:Kaiser, Lena]] (GS Am Stadtpark, 1,6 km) – Schulweg unter 2 km und nicht besonders gefährlich.
Eigenanteil SchokoTicket: 12,00 € monatlich, ab dem dritten Kind entfällt der Eigenanteil.
""",
    keep=[
        "Schulverwaltungsamt",
        "SchokoTicket",
        "Friedrich-Bährens-Gymnasium",
        "12,00 €",
        "Januar 2026",
    ],
)

# 55 Leipzig, Steueramt: second-home tax return of a student, Steuer-ID unspaced, Kundennummer
pii(
    "form",
    """
Stadt Leipzig – Stadtkämmerei – Steueramt
Erklärung zur Zweitwohnungsteuer (Antwort auf den Fragebogen vom 12.01.2026)

Steuerpflichtiger:  [[P:Jakob Hahn-Richter]]        Kundennummer: [[AZ:ZWS-4470-1189]]
Steuer-IdNr.:       [[TAX:65412903667]]
Geburtsdatum:       [[DOB:28.10.2004]]
Nebenwohnung:       [[STR:Arthur-Hoffmann-Str. 51, WG-Zimmer]], [[LOC:04275 Leipzig]]
Hauptwohnung:       bei den Eltern, [[STR:Steinweg 4]], [[LOC:37073 Göttingen]]
E-Mail:             [[MAIL:jakob.hr@posteo.de]]

☒ Ich bin Student (Universität Leipzig, Immatrikulationsbescheinigung anbei).
☒ Ich bin nicht verheiratet.
☐ Ich melde meine Hauptwohnung nach Leipzig um (dann entfällt die Steuer).

Nettokaltmiete Zimmer: 345,00 € monatlich

Ich bitte um Prüfung, ob für Studierende eine Befreiung möglich ist.
30.01.2026, [[P:J. Hahn-Richter]]
""",
    keep=[
        "Zweitwohnungsteuer",
        "Fragebogen vom 12.01.2026",
        "345,00 €",
        "Immatrikulationsbescheinigung",
    ],
)

# 56 Kassel, Sozialamt: education and participation notice for a Kurdish family
pii(
    "formal_letter",
    """
Stadt Kassel – Sozialamt – Bildung und Teilhabe

Herrn [[P:Azad Doğan]] und Frau [[P:Rojda Doğan]]
[[STR:Ysenburgstraße 40]]
[[LOC:34125 Kassel]]

BG-Nummer: [[AZ:36101BG0074412]]
Datum:     02.02.2026

Bescheid über Leistungen für Bildung und Teilhabe (§ 28 SGB II)

Sehr geehrte Familie [[P:Doğan]],

auf Ihren Antrag vom 14.01.2026 werden folgende Leistungen bewilligt:

1. [[P:Berfin Doğan]] (geb. [[DOB:11.04.2012]]): Klassenfahrt der Klasse 8a des Goethe-Gymnasiums nach Berlin, 23.–27.03.2026, 285,00 € – Zahlung direkt an die Schule.
2. [[P:Rêber Doğan]] (geb. [[DOB:30.01.2016]]): Lernförderung Mathematik bis 31.07.2026, 20 Stunden zu je 25,00 € – Zahlung an den Anbieter.
3. [[P:Zelal]] (geb. [[DOB:05.05.2020]]): gemeinschaftliche Mittagsverpflegung in der Kita – ein Eigenanteil fällt nicht an.

Der Antrag auf Schulbedarf für [[P:Rêber]] wurde bereits mit dem Bürgergeld ausgezahlt und ist daher hier nicht zu berücksichtigen.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.
Hûn dikarin di Navenda Xizmetê de alîkariya wergerê bistînin. (Übersetzungshilfe Kurmancî im Bürgerbüro)

Im Auftrag
[[P:Lindner]]
""",
    keep=["Bildung und Teilhabe", "§ 28 SGB II", "285,00 €", "Goethe-Gymnasiums", "bis 31.07.2026"],
)

# 57 Gelsenkirchen, Ausländerbehörde: daughter writes from İstanbul in Turkish and German, TR IBAN
pii(
    "email",
    """
Von: [[MAIL:zeynep.arikan@yandex.com.tr]]
An: auslaenderbehoerde@gelsenkirchen.de
Konu/Betreff: Babamın oturma izni / Aufenthaltstitel meines Vaters – [[P:Mehmet Ali Kaya]]

Sayın yetkili, sehr geehrte Damen und Herren,

mein Vater [[P:Mehmet Ali Kaya]] (geb. [[DOB:01.07.1951]]) wohnt seit 1973 in Deutschland, zuletzt [[STR:Hansemannstraße 12]], [[LOC:45881 Gelsenkirchen]]. Er hat eine Niederlassungserlaubnis (eAT [[ID:Y2F47N0KL]]). Im Juli 2025 ist er zu uns gekommen und hatte hier im September einen Schlaganfall. Er ist noch in der Reha und kann frühestens im April zurückreisen – dann ist er länger als sechs Monate weg.

Erlischt seine Niederlassungserlaubnis dann nach § 51 Abs. 1 Nr. 7 AufenthG? Was müssen wir tun? Die Arztberichte auf Türkisch und Deutsch schicke ich mit.

Er wohnt zur Zeit bei mir: [[STR:Bağdat Caddesi No. 312 D. 9, Kadıköy]], [[LOC:34728 İstanbul]]
Telefon/WhatsApp: [[TEL:+90 (532) 661 40 28]]

Falls eine Gebühr zu erstatten ist, hier mein Konto: [[IBAN:TR46 0006 2045 5876 6616 9952 64]] (Garanti BBVA), Kontoinhaberin [[P:Zeynep Kaya Arıkan]].

Saygılarımla / Mit freundlichen Grüßen
[[P:Zeynep Kaya Arıkan]] (Tochter)
""",
    keep=[
        "§ 51 Abs. 1 Nr. 7 AufenthG",
        "Niederlassungserlaubnis",
        "auslaenderbehoerde@gelsenkirchen.de",
        "Garanti BBVA",
    ],
)

# 58 Herne, Meldebehörde: request for an address block (stalking), perpetrator named, his IP address
pii(
    "formal_letter",
    """
[[P:Natalia Sokolova]]
[[STR:Postfach 10 08 47]]
[[LOC:44608 Herne]]

Stadt Herne
Fachbereich Bürgerdienste – Meldebehörde
44621 Herne
                                                               Herne, 09.02.2026

Antrag auf Eintragung einer Auskunftssperre nach § 51 Abs. 1 BMG

Sehr geehrte Damen und Herren,

ich beantrage die Eintragung einer Auskunftssperre für mich und meinen Sohn [[P:Maksim]] (geb. [[DOB:14.01.2018]]).

Begründung: Mein früherer Lebensgefährte, Herr [[P:Oleg Wolkow]], geb. [[DOB:02.02.1983]], zuletzt wohnhaft [[STR:Bahnhofstraße 112]], [[LOC:45879 Gelsenkirchen]], verfolgt und bedroht mich seit unserer Trennung im Juni 2025. Das Amtsgericht hat am 18.11.2025 eine Gewaltschutzanordnung erlassen (Az. [[AZ:2 F 214/25]]). Trotzdem stand er im Januar zweimal vor meiner früheren Wohnung. Außerdem hat sich am 27.01.2026 jemand von der IP-Adresse [[IP:178.2.144.19]] in mein E-Mail-Konto eingeloggt; laut Polizei ist der Anschluss auf Herrn [[P:Wolkow]] registriert (Strafanzeige, Tagebuch-Nr. [[AZ:KK 21-0127/26-3]]).

Meine neue Anschrift habe ich fristgerecht angemeldet. Bitte schicken Sie Post nur an mein Postfach.

Anlagen: Beschluss, Strafanzeige, Meldebestätigung

Mit freundlichen Grüßen
[[P:Natalia Sokolova]]
Tel. [[TEL:0157 / 31 88 20 64]]
""",
    keep=[
        "Auskunftssperre",
        "§ 51 Abs. 1 BMG",
        "Gewaltschutzanordnung",
        "Herne, 09.02.2026",
        "Meldebehörde",
    ],
)

# 59 Gelsenkirchen, Friedhof: stonemason's invoice (e.K.), surname Engel next to an angel ornament
pii(
    "invoice",
    """
Steinmetzbetrieb [[P:Markus Engel]] e.K. – Meisterbetrieb seit 1962
[[STR:Horster Str. 201]] · [[LOC:45897 Gelsenkirchen]] · Tel. [[TEL:0209 / 59 11 73]] · [[MAIL:info@steinmetz-engel.de]]

Frau
[[P:Irmgard Szymański]]
[[STR:Devensstraße 44]]
[[LOC:45899 Gelsenkirchen]]

Rechnung Nr. 26-0031 vom 06.02.2026
Grabstätte: Friedhof Horst-Süd, Feld C, Wahlgrab 118 (Nutzungsberechtigte: [[P:I. Szymański]])
Verstorbener: [[P:Tadeusz Szymański]], * [[DOB:03.05.1940]] † 21.09.2025

Pos. 1  Grabstein Granit „Impala“, 80 × 60 × 14 cm, poliert                 1.980,00 €
Pos. 2  Inschrift vertieft, vergoldet, 42 Zeichen à 12,00 €                    504,00 €
Pos. 3  Ornament Engel mit Rose, Bronze                                        245,00 €
Pos. 4  Fundament nach TA Grabmal, Setzen, Standsicherheitsprüfung             390,00 €
        Zwischensumme netto                                                  3.119,00 €
        19 % USt.                                                              592,61 €
Pos. 5  Grabmalgenehmigung Stadt Gelsenkirchen (durchlaufender Posten)          45,00 €
        Rechnungsbetrag                                                      3.756,61 €

Bitte überweisen Sie den Betrag bis zum 06.03.2026 auf IBAN [[IBAN:DE26 4206 0228 6703 5491 92]].
Steuernummer [[TAX:319/5012/3348]] · Amtsgericht Gelsenkirchen [[HR:HRA 3152]]
""",
    keep=[
        "Rechnung Nr. 26-0031",
        "3.756,61 €",
        "Friedhof Horst-Süd",
        "TA Grabmal",
        "bis zum 06.03.2026",
    ],
    allow=("Engel",),
)

# 60 Essen, Betreuungsgericht: court letter to the Sozialamt, surname Schmied
pii(
    "legal_letter",
    """
Amtsgericht Essen
– Betreuungsgericht –
Zweigertstraße 52, 45130 Essen

Geschäfts-Nr.: [[AZ:96 XVII 1187/25 B]]
(bei allen Schreiben bitte angeben)

Stadt Essen
Sozialamt – Hilfe zur Pflege
45121 Essen
                                                               Essen, 11.02.2026

Betreuungssache [[P:Klara Schmied]], geb. [[DOB:06.04.1936]]
wohnhaft im Seniorenzentrum Haus Abendsonne, [[STR:Frohnhauser Str. 280]], [[LOC:45144 Essen]]

Sehr geehrte Damen und Herren,

in der vorgenannten Betreuungssache teilt das Gericht mit, dass mit Beschluss vom 09.02.2026 Herr [[P:Yannick Berger]] als Berufsbetreuer für die Aufgabenkreise Vermögenssorge, Vertretung gegenüber Behörden, Sozialversicherungsträgern und Heimen sowie Gesundheitssorge bestellt wurde. Die bisherige ehrenamtliche Betreuerin, die Nichte der Betroffenen, Frau [[P:Doris Kuhlmann]], wurde auf eigenen Wunsch entlassen.

Der Betreuer wird den bei Ihnen gestellten Antrag auf Hilfe zur Pflege (Ihr Az. [[AZ:50-3-HzP-2025-2291]]) weiterführen. Die Betroffene bezieht eine Altersrente und eine Witwenrente; ihre Versicherungsnummer lautet [[RV:12 060436 S 57 2]].

Kontakt des Betreuers: Betreuungsbüro Ruhrbogen, Rüttenscheider Str. 75, 45130 Essen, Tel. 0201 43 77 90-0.

Auf richterliche Anordnung
[[P:Öztürk-Lehmann]], Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
""",
    keep=[
        "Betreuungsgericht",
        "Zweigertstraße 52, 45130 Essen",
        "Vermögenssorge",
        "Hilfe zur Pflege",
        "Essen, 11.02.2026",
    ],
)

# ---------------------------------------------------------------------------------------------
# PII-free administrative texts (traps: streets, schools and companies named after persons,
# job titles that are surnames, office addresses and switchboards, dates, amounts, numbers)
# ---------------------------------------------------------------------------------------------

# 1 Bochum: council committee minutes, functions only
clean(
    "minutes",
    """
Niederschrift über die 14. Sitzung des Ausschusses für Umwelt, Klimaschutz und Ordnung
am Dienstag, 27.01.2026, 15:00 Uhr bis 17:25 Uhr, Rathaus Bochum, Willy-Brandt-Platz 2–6, Raum 148

Anwesend: 17 stimmberechtigte Mitglieder, 3 sachkundige Einwohnerinnen und Einwohner; Verwaltung: der Stadtdirektor, die Leiterin des Umwelt- und Grünflächenamtes, zwei Mitarbeitende des Tiefbauamtes.

TOP 1   Genehmigung der Niederschrift vom 25.11.2025 – einstimmig genehmigt.
TOP 2   Mitteilungen der Verwaltung
        Die Verwaltung berichtet, dass im Jahr 2025 insgesamt 1.412 Straßenbäume neu gepflanzt wurden.
TOP 3   Klimaanpassungskonzept, Fortschreibung 2026 – Vorlage Drucksache 20251234
        Die Ausschussvorsitzende eröffnet die Aussprache. Ein Mitglied der Fraktion fragt nach den Kosten der Entsiegelungsmaßnahmen; die Verwaltung beziffert sie auf 2,3 Mio. € bis 2028.
        Beschluss: Der Ausschuss empfiehlt dem Rat, die Fortschreibung zu beschließen. (Ja 13 / Nein 2 / Enthaltung 2)
TOP 4   Anfrage zu Bußgeldern bei illegaler Müllablagerung – Drucksache 20251302
        Die Antwort der Verwaltung wird zur Kenntnis genommen. 2025 wurden 2.876 Verfahren eingeleitet.
TOP 5   Verschiedenes – keine Wortmeldungen.

Die Ausschussvorsitzende schließt die Sitzung um 17:25 Uhr.
Für die Richtigkeit: die Schriftführung
""",
    keep=[
        "Drucksache 20251234",
        "Willy-Brandt-Platz 2–6",
        "Ja 13 / Nein 2 / Enthaltung 2",
        "2,3 Mio. €",
        "27.01.2026, 15:00 Uhr",
    ],
)

# 2 Herne: opening hours of the Bürgerbüros
clean(
    "opening_hours",
    """
Bürgerbüros der Stadt Herne – Öffnungszeiten ab 01.03.2026

Bürgerbüro Rathaus Herne, Friedrich-Ebert-Platz 2, 44623 Herne
  Mo–Fr 8–12 Uhr, zusätzlich Di und Do 14–17:30 Uhr
Bürgerbüro Wanne, Rathausstraße 6, 44649 Herne
  Mo, Mi, Fr 8–12 Uhr; Do 8–12 und 14–18 Uhr; Di geschlossen

Termine nur nach Vereinbarung unter www.herne.de/termine oder telefonisch über die Servicenummer 02323 16-0.
Spontane Vorsprachen sind nur für die Abholung von Dokumenten möglich (Abholschalter, Mo–Fr 7:30–8:00 Uhr).
Am Rosenmontag (16.02.2026) und am 24.12. sowie 31.12. bleiben alle Bürgerbüros geschlossen.

Bitte bringen Sie zu jedem Termin Ihren gültigen Personalausweis oder Reisepass mit. Zahlung mit Girocard oder Kreditkarte; Bargeld nur am Kassenautomaten.
""",
    keep=[
        "Mo–Fr 8–12 Uhr",
        "Friedrich-Ebert-Platz 2, 44623 Herne",
        "02323 16-0",
        "www.herne.de/termine",
        "16.02.2026",
    ],
)

# 3 Dortmund: fee table of the Standesamt
clean(
    "fee_table",
    """
Standesamt Dortmund – Gebühren (Auszug, Stand 01.01.2026)

Leistung                                                   Gebühr
Geburtsurkunde / Sterbeurkunde / Eheurkunde                12,00 €
jede weitere Ausfertigung im selben Vorgang                 6,00 €
Internationale Urkunde (mehrsprachig)                      12,00 €
Beglaubigter Registerausdruck                              12,00 €
Anmeldung der Eheschließung (beide Verlobte Deutsche)      50,00 €
  – mit Auslandsbezug                                    bis 80,00 €
Trauung außerhalb der Öffnungszeiten (Samstag)            150,00 €
Trauung im Trauzimmer Schloss Bodelschwingh                250,00 €
Namenserklärung                                            40,00 €
Befreiung vom Ehefähigkeitszeugnis (OLG Hamm)          15,00–305,00 €

Rechtsgrundlage: Gebührenordnung des Landes NRW zum Personenstandsgesetz (PStG), Tarifstelle 1.1 ff.
Zahlung bar, per Girocard oder Überweisung an die Stadtkasse Dortmund, Verwendungszweck bitte angeben.
""",
    keep=[
        "12,00 €",
        "Schloss Bodelschwingh",
        "15,00–305,00 €",
        "Tarifstelle 1.1 ff.",
        "Stand 01.01.2026",
    ],
)

# 4 Gelsenkirchen: dog tax statute excerpt
clean(
    "statute",
    """
Satzung über die Erhebung der Hundesteuer in der Stadt Gelsenkirchen (Hundesteuersatzung) vom 12. Dezember 2025

§ 2 Steuermaßstab und Steuersatz
(1) Die Steuer beträgt jährlich
    a) wenn von einem Hundehalter oder von mehreren Personen gemeinsam nur ein Hund gehalten wird, 156,00 €,
    b) wenn zwei Hunde gehalten werden, je Hund 192,00 €,
    c) wenn drei oder mehr Hunde gehalten werden, je Hund 216,00 €.
(2) Für gefährliche Hunde im Sinne des § 3 Abs. 1 LHundG NRW beträgt die Steuer abweichend von Absatz 1 je Hund 720,00 €.

§ 3 Steuerbefreiungen
(1) Steuerbefreiung wird auf Antrag gewährt für das Halten von
    a) Hunden, die ausschließlich dem Schutz und der Hilfe blinder, tauber oder sonst hilfloser Personen dienen,
    b) Hunden, die aus dem Tierheim Gelsenkirchen aufgenommen werden, für die Dauer von zwölf Monaten.
(2) § 12 Abs. 1 Nr. 4 KAG NRW i. V. m. § 227 AO bleibt unberührt.

§ 11 Inkrafttreten
Diese Satzung tritt am 01.01.2026 in Kraft.
""",
    keep=["§ 3 Abs. 1 LHundG NRW", "156,00 €", "720,00 €", "§ 227 AO", "01.01.2026"],
)

# 5 Dortmund: press release about an online service, trap addresses and brand names
clean(
    "press_release",
    """
Pressemitteilung Nr. 0147 – 05.02.2026

Wohngeld jetzt komplett online beantragen

Dortmund. Ab dem 1. März können Dortmunderinnen und Dortmunder ihren Wohngeldantrag vollständig digital stellen. Das neue Portal ist unter service.dortmund.de/wohngeld erreichbar; die Anmeldung erfolgt mit der BundID oder der Online-Ausweisfunktion.

„Wer Wohngeld braucht, soll nicht wochenlang auf einen Termin warten müssen“, sagt der Oberbürgermeister. Die Bearbeitungszeit soll sich nach Einschätzung des Sozialdezernats von derzeit elf auf sechs Wochen verkürzen.

Wer Hilfe beim Ausfüllen benötigt, findet sie in der Sprechstunde „Digital fit“ im Dortmunder U, Leonie-Reygers-Terrasse 2, jeden Mittwoch 10–13 Uhr, sowie in den Stadtbezirksbibliotheken. Das Projekt wurde mit Mitteln aus dem Programm „Digitale Modellregionen NRW“ gefördert und gemeinsam mit einem Dienstleister aus dem Technologiepark entwickelt.

Hinweis für Redaktionen: Ein Pressefoto steht unter dortmund.de/presse zum Download bereit.
Pressekontakt: Dortmund-Agentur, Friedensplatz 5, 44135 Dortmund, Tel. 0231 50-22118, presse@stadtdo.de
""",
    keep=[
        "service.dortmund.de/wohngeld",
        "Leonie-Reygers-Terrasse 2",
        "Oberbürgermeister",
        "presse@stadtdo.de",
        "0231 50-22118",
    ],
)

# 6 Essen: job advertisement without contact person
clean(
    "job_ad",
    """
Die Stadt Essen sucht für das Amt für Soziales und Wohnen zum nächstmöglichen Zeitpunkt

Sachbearbeiterinnen / Sachbearbeiter (m/w/d) Wohngeld
Entgeltgruppe 9a TVöD bzw. Besoldungsgruppe A 9 LBesO A NRW – Kennziffer 50-26-07

Ihre Aufgaben:
- Prüfung und Bescheidung von Wohngeldanträgen nach dem WoGG
- Beratung von Antragstellenden persönlich, telefonisch und schriftlich
- Bearbeitung von Widersprüchen und Rückforderungen

Ihr Profil:
- Verwaltungsfachangestellte/r oder Angestelltenlehrgang I, alternativ Bachelor of Laws (LL.B.)
- Freude am Umgang mit Menschen und sicherer Umgang mit MS Office

Wir bieten: flexible Arbeitszeit (Gleitzeit), mobiles Arbeiten bis 60 %, Jobticket, betriebliche Altersvorsorge (ZVK).

Bewerbungsschluss: 08.03.2026. Bitte bewerben Sie sich ausschließlich online über karriere.essen.de unter Angabe der Kennziffer.
Fragen zum Verfahren beantwortet das Team Personalgewinnung: personalgewinnung@essen.de, Tel. 0201 88-11400.
""",
    keep=[
        "Kennziffer 50-26-07",
        "Entgeltgruppe 9a TVöD",
        "Bewerbungsschluss: 08.03.2026",
        "karriere.essen.de",
        "personalgewinnung@essen.de",
    ],
)

# 7 Kassel: internal process description for incoming mail
clean(
    "process",
    """
Prozessbeschreibung P-07 „Digitaler Posteingang“ – Ausländerbehörde Kassel, Version 1.3 (gültig ab 01.02.2026)

1. Die Poststelle öffnet alle Sendungen außer solchen mit dem Vermerk „persönlich/vertraulich“ und versieht sie mit dem Eingangsstempel.
2. Die Scanstelle digitalisiert die Dokumente (300 dpi, PDF/A-2b) und ordnet sie über den Barcode dem Vorgang im Fachverfahren zu.
3. Originale von Pässen, Urkunden und Bescheinigungen werden nicht gescannt, sondern im Tresor der Abteilung verwahrt und dem Team noch am selben Tag übergeben.
4. Nicht zuordenbare Post wird im Postkorb „Klärung“ abgelegt; die Teamleitungen sichten den Korb täglich bis 10 Uhr.
5. Papierunterlagen werden nach erfolgreicher Qualitätskontrolle 6 Monate aufbewahrt und danach datenschutzgerecht vernichtet (DIN 66399, Schutzklasse 2, Sicherheitsstufe P-4).

Verantwortlich: Abteilungsleitung; Ansprechstelle bei Fragen: Postfach ABH-Organisation (abh-organisation@kassel.de).
""",
    keep=[
        "Version 1.3",
        "PDF/A-2b",
        "DIN 66399",
        "Sicherheitsstufe P-4",
        "abh-organisation@kassel.de",
    ],
)

# 8 Leipzig: IT change note with host names and version numbers
clean(
    "it_change",
    """
Change-Ankündigung CHG-2026-0219 – Fachverfahren Einwohnerwesen

Was:       Update des Meldewesen-Fachverfahrens von Version 4.11.3 auf 4.12.2 (XMeld 3.3)
Wann:      Samstag, 21.02.2026, 06:00–14:00 Uhr (Wartungsfenster)
Betroffen: Bürgerämter, Standesamt (Lesezugriff), Wahlamt, Schnittstelle zum Ausländerzentralregister
Systeme:   app-ewo-01.verwaltung.leipzig.local, app-ewo-02.verwaltung.leipzig.local, db-ewo-cluster (Oracle 19c, Patch 19.26)

Ablauf:
1. 06:00 Sperrung der Anmeldung, Backup der Datenbank (ca. 90 Min.)
2. 07:30 Einspielen des Updates, Migration der Tabellen für die Registermodernisierung
3. 11:00 Funktionstest durch das Fachteam, danach Freigabe
Rollback: Wiederherstellung aus dem Backup bis 13:00 Uhr möglich.

Nach dem Update müssen Arbeitsplätze den Client 4.12.2 laden; das geschieht automatisch beim ersten Start (Softwareverteilung Paket EWO-CLIENT-4122).
Störungen bitte an die IT-Hotline 0341 123-4444 oder servicedesk@leipzig.de, Stichwort „CHG-2026-0219“.
""",
    keep=[
        "CHG-2026-0219",
        "Version 4.11.3 auf 4.12.2",
        "app-ewo-01.verwaltung.leipzig.local",
        "0341 123-4444",
        "21.02.2026, 06:00–14:00 Uhr",
    ],
)

# 9 Gelsenkirchen: funding programme description
clean(
    "funding",
    """
Förderprogramm „Grüne Dächer und Fassaden Gelsenkirchen“ – Merkblatt 2026

Gefördert werden die Begrünung von Dachflächen (ab 10 m²) und Fassaden an Wohn- und Gewerbegebäuden im Stadtgebiet.

Förderhöhe:
- Dachbegrünung extensiv: 40 % der förderfähigen Kosten, höchstens 30,00 € je m² und 15.000 € je Gebäude
- Dachbegrünung intensiv: 50 %, höchstens 50,00 € je m²
- Fassadenbegrünung: 50 %, höchstens 5.000 € je Gebäude
Zusätzlich 10 % Bonus in den Quartieren des Stadterneuerungsgebiets Ückendorf und Schalke-Nord.

Nicht gefördert werden Maßnahmen, die vor der Bewilligung begonnen wurden, und Begrünungen, die baurechtlich vorgeschrieben sind (z. B. nach Bebauungsplan Nr. 418).

Antragsfrist: 30.09.2026, Anträge über das Förderportal unter gelsenkirchen.de/gruendach. Fördermittel stehen in Höhe von 400.000 € zur Verfügung; es gilt die Reihenfolge des Eingangs.
Beratung: Referat Umwelt, Team Klimaanpassung, klimaanpassung@gelsenkirchen.de, Tel. 0209 169-4190.
""",
    keep=[
        "15.000 € je Gebäude",
        "Bebauungsplan Nr. 418",
        "Antragsfrist: 30.09.2026",
        "klimaanpassung@gelsenkirchen.de",
        "400.000 €",
    ],
)

# 10 Blank form with empty labels
clean(
    "blank_form",
    """
Stadt Bochum – Bürgerbüro
ANTRAG AUF AUSSTELLUNG EINES FÜHRUNGSZEUGNISSES (§ 30 BZRG) – bitte in Druckschrift ausfüllen

Familienname: ______________________________   Geburtsname: ____________________
Vorname(n): ________________________________
Geburtsdatum: __.__.____      Geburtsort: ______________________
Staatsangehörigkeit(en): ___________________
Anschrift (Straße, Hausnummer): _____________________________________________
PLZ, Ort: _____ ______________________
Telefon (freiwillig): ____________________   E-Mail (freiwillig): ____________________

Art des Führungszeugnisses:
[ ] Privatführungszeugnis (Belegart N)       [ ] zur Vorlage bei einer Behörde (Belegart O)
[ ] erweitertes Führungszeugnis (§ 30a BZRG) – schriftliche Aufforderung beifügen

Verwendungszweck: _______________________   Behörde/Aktenzeichen: _______________________

Gebühr: 13,00 € (Befreiung bei ehrenamtlicher Tätigkeit möglich)

______________________________            ______________________________
Ort, Datum                                 Unterschrift Antragsteller/in
""",
    keep=["§ 30 BZRG", "Geburtsdatum: __.__.____", "13,00 €", "Belegart O", "§ 30a BZRG"],
)

# 11 Essen: population statistics by district
clean(
    "statistics",
    """
Stadt Essen – Amt für Statistik, Stadtforschung und Wahlen
Einwohnerinnen und Einwohner mit Hauptwohnung nach Stadtbezirken, Stichtag 31.12.2025

Stadtbezirk                       Einwohner   davon weiblich   Ausländeranteil   Veränderung zum Vorjahr
I   Stadtkern/Frohnhausen u. a.      81.204          40.511            28,4 %        +0,6 %
II  Rüttenscheid/Bergerhausen        62.877          32.650            14,1 %        +0,2 %
III Essen-West                       71.930          35.402            27,9 %        +0,9 %
IV  Borbeck                          92.115          46.880            19,3 %        −0,1 %
V   Altenessen/Karnap/Vogelheim      60.488          29.707            31,2 %        +1,1 %
VI  Zollverein                       54.013          26.955            26,5 %        +0,4 %
VII Steele/Kray                      88.645          45.120            15,8 %        −0,3 %
VIII Ruhrhalbinsel                   70.361          36.298             8,7 %        −0,5 %
IX  Werden/Kettwig/Bredeney          64.950          33.840             9,2 %        −0,2 %
Gesamt                              646.583         327.363            20,4 %        +0,2 %

Quelle: Einwohnermelderegister, eigene Berechnungen. Veröffentlicht im Statistischen Bericht 1/2026 (ISSN 0175-9396).
""",
    keep=["Stichtag 31.12.2025", "646.583", "Statistischen Bericht 1/2026", "ISSN 0175-9396"],
)

# 12 Essen: public notice of a development plan
clean(
    "notice",
    """
Öffentliche Bekanntmachung

Bebauungsplan Nr. 947 „Konrad-Adenauer-Allee / Geschwister-Scholl-Straße“ – Beteiligung der Öffentlichkeit gemäß § 3 Abs. 2 BauGB

Der Ausschuss für Stadtentwicklung und Stadtplanung hat in seiner Sitzung am 22.01.2026 (Drucksache 20251234/1) beschlossen, den Entwurf des Bebauungsplans Nr. 947 mit Begründung und Umweltbericht öffentlich auszulegen.

Das Plangebiet liegt im Stadtteil Südviertel und wird begrenzt im Norden durch die Konrad-Adenauer-Allee, im Osten durch die Geschwister-Scholl-Straße, im Süden durch die Bahntrasse und im Westen durch das Gelände der Bertha-von-Suttner-Schule. Ziel ist die Entwicklung eines Wohnquartiers mit ca. 240 Wohneinheiten, davon 30 % öffentlich gefördert.

Die Unterlagen sind vom 16.02.2026 bis einschließlich 20.03.2026 im Internet unter www.essen.de/bauleitplanung veröffentlicht. Zusätzlich liegen sie im Deutschlandhaus, Lindenallee 10, 45127 Essen, Mo–Do 8–16 Uhr und Fr 8–12 Uhr aus.

Stellungnahmen können während dieser Frist elektronisch an bauleitplanung@essen.de oder schriftlich abgegeben werden. Nicht fristgerecht abgegebene Stellungnahmen können bei der Beschlussfassung unberücksichtigt bleiben (§ 4a Abs. 5 BauGB).

Essen, 05.02.2026
Der Oberbürgermeister
""",
    keep=[
        "Bebauungsplan Nr. 947",
        "§ 3 Abs. 2 BauGB",
        "Drucksache 20251234/1",
        "Bertha-von-Suttner-Schule",
        "Lindenallee 10, 45127 Essen",
    ],
)

# 13 Bochum: road works notice
clean(
    "roadworks",
    """
Baustelleninformation: Vollsperrung der Kreuzung Konrad-Adenauer-Platz / Hans-Böckler-Straße

Vom 02.03.2026, 6 Uhr, bis voraussichtlich 27.03.2026 erneuern die Stadtwerke die Fernwärmeleitung unter der Kreuzung. In dieser Zeit ist die Kreuzung für den Kraftfahrzeugverkehr voll gesperrt.

Umleitungen:
- aus Richtung Innenstadt über Willy-Brandt-Platz und Südring (U 1)
- aus Richtung Wattenscheid über die A 40, Abfahrt Bochum-Stahlhausen (U 2)
Die Buslinien 336 und 353 fahren eine Umleitung; die Haltestelle „Hans-Böckler-Straße“ entfällt ersatzlos.

Fußgängerinnen, Fußgänger und Radfahrende können den Baustellenbereich auf der Ostseite passieren. Die Zufahrt zum Parkhaus P7 und zum Aldi-Markt bleibt über die Viktoriastraße möglich.

Für Rückfragen: Baustellenhotline der Stadtwerke 0234 960-1234 (Mo–Fr 7–18 Uhr); aktuelle Infos unter bochum.de/baustellen.
""",
    keep=[
        "02.03.2026, 6 Uhr",
        "Hans-Böckler-Straße",
        "0234 960-1234",
        "Buslinien 336 und 353",
        "bochum.de/baustellen",
    ],
)

# 14 Herne: waste collection calendar
clean(
    "waste_calendar",
    """
Abfallkalender 2026 – Bezirk 4 (Sodingen, Börnig, Holthausen)

Restmüll (graue Tonne), 14-täglich, donnerstags:
  08.01., 22.01., 05.02., 19.02., 05.03., 19.03., 02.04. (wegen Karfreitag am Mittwoch, 01.04.), 16.04.
Bioabfall (braune Tonne), 14-täglich, mittwochs; von Juni bis September wöchentlich
Gelber Sack / Gelbe Tonne, 14-täglich, montags: 12.01., 26.01., 09.02., 23.02., 09.03., 23.03.
Papier (blaue Tonne), alle vier Wochen, freitags: 30.01., 27.02., 27.03., 24.04.

Weihnachtsbäume werden am 10.01. und 17.01.2026 abgeholt (bitte ohne Schmuck bis 6 Uhr bereitstellen).
Sperrmüll auf Anmeldung, zweimal jährlich kostenlos: online unter entsorgung-herne.de oder Tel. 02323 16-3990.
Schadstoffmobil: 14.03.2026, 9–12 Uhr, Parkplatz Sodinger Platz.
""",
    keep=["Bezirk 4", "02323 16-3990", "entsorgung-herne.de", "14.03.2026, 9–12 Uhr", "Karfreitag"],
)

# 15 NRW school holidays, school office notice
clean(
    "holidays",
    """
Schulferien Nordrhein-Westfalen – Schuljahre 2025/26 und 2026/27
(Bekanntgabe des Schulamts für die Stadt Dortmund, Stand Januar 2026)

Ferien             2025/26                        2026/27
Herbstferien       13.10.–25.10.2025              17.10.–31.10.2026
Weihnachtsferien   22.12.2025–06.01.2026          23.12.2026–06.01.2027
Osterferien        30.03.–11.04.2026              22.03.–03.04.2027
Pfingstferien      26.05.2026                     18.05.2027
Sommerferien       20.07.–01.09.2026              19.07.–31.08.2027

Bewegliche Ferientage legt jede Schule nach Beschluss der Schulkonferenz selbst fest (bis zu vier Tage je Schuljahr, § 2 Abs. 1 FerO).
Unterrichtsfreie Tage an Brückentagen werden den Eltern rechtzeitig über die Schulen mitgeteilt.
""",
    keep=["Sommerferien", "20.07.–01.09.2026", "§ 2 Abs. 1 FerO", "Stand Januar 2026"],
)

# 16 Kassel: FAQ on the identity card
clean(
    "faq",
    """
Häufige Fragen zum Personalausweis – Bürgerbüro Kassel

Wie lange dauert es, bis mein Ausweis fertig ist?
In der Regel drei bis vier Wochen. Sie erhalten eine Nachricht per SMS oder E-Mail, sobald der Ausweis abholbereit ist.

Was kostet der Personalausweis?
37,00 € ab 24 Jahren, 22,80 € unter 24 Jahren. Ein vorläufiger Personalausweis kostet 10,00 €.

Brauche ich ein biometrisches Foto?
Ja. Seit dem 01.05.2025 wird das Foto digital erstellt, entweder bei einem zertifizierten Fotodienstleister oder direkt an unserem Selbstbedienungsterminal (6,00 €).

Kann jemand anders meinen Ausweis abholen?
Ja, mit schriftlicher Vollmacht, Ihrem alten Ausweis und dem eigenen Ausweis der abholenden Person.

Ich habe meinen Ausweis verloren – was nun?
Melden Sie den Verlust sofort dem Bürgerbüro. Die Online-Ausweisfunktion sperren Sie über den Sperr-Notruf 116 116.

Wo finde ich das Bürgerbüro?
Rathaus, Obere Königsstraße 8, 34117 Kassel, Eingang Wilhelmsstraße. Termine: kassel.de/termine oder Tel. 115.
""",
    keep=["37,00 €", "22,80 €", "116 116", "Obere Königsstraße 8, 34117 Kassel", "Tel. 115"],
)

# 17 E-mail signature of an office
clean(
    "signature",
    """
Mit freundlichen Grüßen

Ihr Team der Kfz-Zulassungsstelle

Stadt Gelsenkirchen
Referat Verkehr – Straßenverkehrsbehörde / Kfz-Zulassung
Vattmannstraße 2–8 · 45879 Gelsenkirchen
Telefon: 0209 169-0 (Zentrale) · Fax: 0209 169-4444
E-Mail: kfz-zulassung@gelsenkirchen.de
Internet: www.gelsenkirchen.de/kfz

Öffnungszeiten: Mo–Fr 7:30–12:30 Uhr, Do zusätzlich 14–17 Uhr (nur mit Termin)

Informationen zum Datenschutz nach Art. 13 DSGVO finden Sie unter www.gelsenkirchen.de/datenschutz.
Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.
""",
    keep=[
        "kfz-zulassung@gelsenkirchen.de",
        "0209 169-0",
        "Vattmannstraße 2–8 · 45879 Gelsenkirchen",
        "Art. 13 DSGVO",
        "Mo–Fr 7:30–12:30 Uhr",
    ],
)

# 18 Freiburg: district council minutes with votes
clean(
    "minutes",
    """
Ortschaftsrat Freiburg-Tiengen – Niederschrift über die öffentliche Sitzung vom 19.01.2026

Beginn: 19:30 Uhr · Ende: 21:50 Uhr · Ort: Rathaus Tiengen, Sitzungssaal
Vorsitz: die Ortsvorsteherin · Anwesend: 9 von 10 Mitgliedern · Zuhörende: ca. 25

1. Fragestunde der Einwohnerinnen und Einwohner
   Mehrere Anwohnende beklagen zu schnelles Fahren in der Alemannenstraße. Die Ortsvorsteherin sagt zu, eine Geschwindigkeitsmessung beim Amt für öffentliche Ordnung anzuregen.
2. Haushalt 2026/27 – Ortschaftsbudget
   Der Ortschaftsrat beschließt die Verteilung des Budgets von 48.500 €, davon 12.000 € für den Spielplatz Breitmatten. (einstimmig)
3. Bauvoranfrage Flst. 2381, Umnutzung einer Scheune zu 4 Wohnungen
   Der Ortschaftsrat stimmt dem Vorhaben zu, bittet aber um Prüfung der Stellplatzsituation. (7 Ja, 1 Nein, 1 Enthaltung)
4. Bekanntgaben: Die Sanierung der Turnhalle der Grundschule Tiengen beginnt in den Osterferien.

Die Niederschrift wurde gefertigt von der Ortsverwaltung.
""",
    keep=["19.01.2026", "48.500 €", "Flst. 2381", "(7 Ja, 1 Nein, 1 Enthaltung)", "Ortschaftsrat"],
)

# 19 Bochum: cemetery statute excerpt
clean(
    "statute",
    """
Friedhofssatzung der Stadt Bochum – Auszug

§ 12 Ruhezeiten
(1) Die Ruhezeit für Leichen beträgt 25 Jahre, für Leichen von Kindern bis zum vollendeten 5. Lebensjahr 15 Jahre.
(2) Die Ruhezeit für Aschen beträgt 20 Jahre.

§ 15 Wahlgrabstätten
(1) Wahlgrabstätten sind Grabstätten für Erd- oder Urnenbeisetzungen, an denen auf Antrag ein Nutzungsrecht für die Dauer von 30 Jahren verliehen wird.
(2) Das Nutzungsrecht kann nur nach Ablauf von 25 Jahren und nur für die gesamte Wahlgrabstätte wiederverliehen werden.
(3) Der Übergang des Nutzungsrechts richtet sich nach § 16; die Umschreibung erfolgt auf Antrag bei der Friedhofsverwaltung.

§ 24 Grabmale
Grabmale bedürfen der vorherigen Zustimmung der Friedhofsverwaltung. Die Standsicherheit ist nach der Technischen Anleitung zur Standsicherheit von Grabmalanlagen (TA Grabmal) nachzuweisen.
""",
    keep=["§ 12 Ruhezeiten", "25 Jahre", "§ 16", "TA Grabmal", "Friedhofsverwaltung"],
)

# 20 Bochum: press release on new school buildings, schools and companies named after persons
clean(
    "press_release",
    """
Grundsteinlegung für den Erweiterungsbau der Albert-Schweitzer-Gymnasium-Mensa und die neue Sporthalle der Bertha-von-Suttner-Schule

Bochum, 09.02.2026. Mit einer Grundsteinlegung haben Stadt und Schulgemeinde am Montag den Startschuss für zwei Bauprojekte gegeben. Die Mensa des Albert-Schweitzer-Gymnasiums wird um 180 Plätze erweitert; an der Bertha-von-Suttner-Schule entsteht eine Dreifachsporthalle mit Photovoltaikanlage.

Die Gesamtkosten betragen 14,8 Mio. €, davon werden 6,2 Mio. € aus dem Programm „Gute Schule 2020“ finanziert. Ausgeführt werden die Rohbauarbeiten von einer Arbeitsgemeinschaft regionaler Unternehmen; die Haustechnik liefert Bosch Building Technologies, die Geräte der Lernküche stellt Dr. Oetker aus Bielefeld zur Verfügung. Die Stiftung eines Industrieunternehmens aus dem Umfeld von Thyssenkrupp beteiligt sich mit 250.000 € an der Ausstattung der Lernküche.

„Hier entsteht Schule für die nächsten fünfzig Jahre“, sagte die Schuldezernentin. Die Fertigstellung ist für die Sommerferien 2027 geplant.

Presseanfragen: Presse- und Informationsamt, Willy-Brandt-Platz 2–6, 44777 Bochum, presse@bochum.de
""",
    keep=[
        "Albert-Schweitzer-Gymnasiums",
        "Bertha-von-Suttner-Schule",
        "14,8 Mio. €",
        "Thyssenkrupp",
        "presse@bochum.de",
    ],
)

# 21 Leipzig: notice on inspection of the electoral register
clean(
    "notice",
    """
Bekanntmachung über das Recht auf Einsicht in das Wählerverzeichnis und die Erteilung von Wahlscheinen
für die Wahl zum Sächsischen Landtag (Muster, Stadt Leipzig – Amt für Statistik und Wahlen)

1. Das Wählerverzeichnis für die Wahlbezirke der Stadt Leipzig wird in der Zeit vom 20. bis 24. Tag vor der Wahl während der allgemeinen Öffnungszeiten im Amt für Statistik und Wahlen, Burgplatz 1, 04109 Leipzig, Raum 210, für Wahlberechtigte zur Einsicht bereitgehalten.
   Öffnungszeiten: Mo 8–16 Uhr, Di 8–18 Uhr, Mi 8–16 Uhr, Do 8–18 Uhr, Fr 8–12 Uhr.
2. Jede wahlberechtigte Person kann die Richtigkeit und Vollständigkeit der zu ihrer Person eingetragenen Daten überprüfen. Die Einsichtnahme ist barrierefrei möglich.
3. Wer das Wählerverzeichnis für unrichtig oder unvollständig hält, kann bis zum 20. Tag vor der Wahl, 12 Uhr, Einspruch einlegen.
4. Wahlscheine können schriftlich, elektronisch unter wahlen.leipzig.de oder persönlich beantragt werden. Eine telefonische Antragstellung ist unzulässig.

Leipzig, im Februar 2026
Der Oberbürgermeister
""",
    keep=[
        "Burgplatz 1, 04109 Leipzig",
        "Amt für Statistik und Wahlen",
        "wahlen.leipzig.de",
        "Mo 8–16 Uhr",
    ],
)

# 22 Kassel: apprenticeships; Koch, Meister, Schmied, Wagner as job words
clean(
    "job_ad",
    """
Ausbildung bei der Stadt Kassel – Ausbildungsbeginn 01.08.2026

Koch / Köchin (m/w/d) – Städtische Kantine im Rathaus
Du lernst bei uns alles von der Vorbereitung bis zur Ausgabe von täglich 450 Essen. Unser Küchenmeister und sein Team begleiten dich durch die drei Ausbildungsjahre.

Metallbauer/in, Fachrichtung Konstruktionstechnik (m/w/d) – Betriebshof Kassel
Früher hätte man Schmied gesagt: Du fertigst Geländer, Tore und Spielgeräte und reparierst sie.

Kfz-Mechatroniker/in (m/w/d) – Fuhrpark der Stadtreiniger
Wagner und Stellmacher gibt es bei uns nicht mehr, dafür 140 Fahrzeuge von Mercedes-Benz, MAN und Porsche-Diesel-Schleppern aus dem Museumsbestand. Ausbildung mit Ziel Meister möglich.

Ausbildungsvergütung nach TVAöD: 1.293,26 € im 1. Jahr, 1.343,20 € im 2. Jahr, 1.389,02 € im 3. Jahr; 30 Tage Urlaub.
Bewerbung bis 31.03.2026 über karriere.kassel.de (Kennziffern AZB-26-11 bis AZB-26-13).
Fragen? ausbildung@kassel.de oder Tel. 0561 787-1616 (Mo–Do 9–15 Uhr).
""",
    keep=[
        "Koch / Köchin (m/w/d)",
        "Schmied",
        "Mercedes-Benz",
        "1.293,26 €",
        "ausbildung@kassel.de",
    ],
)

# 23 Dortmund: internal checklist for naturalisation files
clean(
    "process",
    """
Checkliste Einbürgerung – Vollständigkeitsprüfung (interne Arbeitshilfe, Team 33/2, Stand 02/2026)

[ ] Antragsformular vollständig, unterschrieben (ab 16 Jahren eigenhändig)
[ ] Gültiger Nationalpass oder Passersatz (Kopie aller beschrifteten Seiten)
[ ] Aufenthaltstitel (eAT), Vorder- und Rückseite
[ ] Nachweis Lebensunterhalt: Arbeitsvertrag, letzte 3 Gehaltsabrechnungen, bei Selbständigen BWA und letzter Steuerbescheid
[ ] Sprachzertifikat B1 (GER) oder höherwertiger Abschluss
[ ] Einbürgerungstest (Bescheinigung des BAMF) – entfällt bei deutschem Schulabschluss
[ ] Bei Verheirateten: Heiratsurkunde, ggf. mit Übersetzung
[ ] Gebühr 255,00 € je Person, 51,00 € je miteingebürgertem minderjährigen Kind (§ 38 Abs. 2 StAG)

Fehlende Unterlagen werden mit Textbaustein TB-EB-07 nachgefordert; Frist in der Regel 6 Wochen. Wiedervorlage im Fachverfahren setzen!
""",
    keep=["Team 33/2", "§ 38 Abs. 2 StAG", "255,00 €", "TB-EB-07", "Sprachzertifikat B1"],
)

# 24 Herne: firewall change, ticket numbers, version numbers, host names
clean(
    "it_change",
    """
Änderungsprotokoll Netzwerk – Ticket INC-2026-004471 / RFC-0318

Datum: 03.02.2026 · Ausgeführt durch: Team Netzwerk und Sicherheit · Freigabe: CAB vom 29.01.2026

Änderung:
- Neue Regel auf fw-core-02: Zugriff von vlan-buergerbuero auf onlineterminal.herne.local, Port 443/tcp
- Firmware der Firewall von 7.2.8 auf 7.4.5 aktualisiert (Build 2691)
- Zertifikat für termine.herne.de erneuert, gültig bis 05.02.2027 (SHA-256-Fingerabdruck im Wiki)
- Alte Regel R-114 (FTP zum Scandienst) entfernt

Test: Terminbuchung von drei Arbeitsplätzen im Bürgerbüro erfolgreich geprüft, 10:42 Uhr.
Auswirkungen: keine Unterbrechung, Dauer der Arbeiten 38 Min.
Dokumentation: Netzplan Version 2026.02, Seite 14.
""",
    keep=[
        "INC-2026-004471",
        "7.2.8 auf 7.4.5",
        "onlineterminal.herne.local",
        "Port 443/tcp",
        "Netzplan Version 2026.02",
    ],
)

# 25 Dortmund: business funding leaflet with ISBN and numbers
clean(
    "funding",
    """
Wirtschaftsförderung Dortmund – Digitalisierungszuschuss für Kleinstunternehmen 2026

Wer wird gefördert? Unternehmen mit weniger als 10 Beschäftigten und Sitz in Dortmund, die seit mindestens einem Jahr am Markt sind.
Was wird gefördert? Investitionen in Software, Onlineshops, IT-Sicherheit und Beratung, Projektvolumen 3.000 € bis 20.000 €.
Wie hoch ist der Zuschuss? 50 % der förderfähigen Ausgaben, höchstens 10.000 €. De-minimis-Beihilfe nach Verordnung (EU) 2023/2831.

Antrag: online über wirtschaftsfoerderung-dortmund.de/digital, Stichtage 31.03., 30.06. und 30.09.2026.
Bewilligung innerhalb von sechs Wochen; mit dem Projekt darf erst nach Bewilligung begonnen werden.

Weitere Informationen enthält der Leitfaden „Digital im Mittelstand“ (3. Auflage 2025, ISBN 978-3-9823457-1-6), kostenlos erhältlich im Infopunkt der Wirtschaftsförderung, Grüne Straße 2–8, 44147 Dortmund.
Hotline: 0231 50-29200 · digital@wirtschaftsfoerderung-dortmund.de
""",
    keep=[
        "ISBN 978-3-9823457-1-6",
        "Verordnung (EU) 2023/2831",
        "höchstens 10.000 €",
        "Grüne Straße 2–8, 44147 Dortmund",
        "0231 50-29200",
    ],
)

# 26 Freiburg: residents' parking fees
clean(
    "fee_table",
    """
Bewohnerparken in Freiburg – Gebühren ab 01.04.2026 (Gebührensatzung Bewohnerparken, § 3)

Fahrzeuglänge                Jahresgebühr     ermäßigt (Sozialpass)
bis 4,20 m                       240,00 €          60,00 €
4,21 m bis 4,70 m                360,00 €          90,00 €
über 4,70 m                      480,00 €         120,00 €

Bewohnerparkzonen: A (Altstadt), B (Wiehre), C (Stühlinger), D (Herdern), E (Neuburg)
Antrag online unter freiburg.de/bewohnerparken; der Ausweis wird digital ausgestellt und ist an das Kennzeichen gebunden.
Gewerbliche Ausnahmegenehmigungen: 50,00 € je Monat.
Servicetelefon des Amts für öffentliche Ordnung: 0761 201-4860 (Mo–Fr 8–12 Uhr).
""",
    keep=["240,00 €", "freiburg.de/bewohnerparken", "0761 201-4860", "§ 3", "Mo–Fr 8–12 Uhr"],
)

# 27 Gelsenkirchen: registration statistics by manufacturer (brand names after persons)
clean(
    "statistics",
    """
Kfz-Neuzulassungen in Gelsenkirchen 2025 nach Herstellern (Pkw)

Hersteller           2024     2025    Veränderung
Volkswagen          1.842    1.911       +3,7 %
Mercedes-Benz         988      934       −5,5 %
Opel                  871      902       +3,6 %
Škoda                 744      801       +7,7 %
Ford                  702      588      −16,2 %
BMW                   566      590       +4,2 %
Porsche                41       37       −9,8 %
Tesla                 212      151      −28,8 %
sonstige            2.104    2.287       +8,7 %
Gesamt              8.070    8.201       +1,6 %

Anteil Elektro (BEV) 2025: 17,9 %; Anteil Plug-in-Hybride: 7,4 %.
Quelle: Zulassungsstelle Gelsenkirchen, Auswertung vom 15.01.2026. Die Kennzeichen mit dem Unterscheidungszeichen GE und BUE wurden gemeinsam gezählt.
""",
    keep=["Mercedes-Benz", "Porsche", "8.201", "17,9 %", "15.01.2026"],
)

# 28 Kassel: council agenda with Drucksache numbers
clean(
    "notice",
    """
Einladung zur 31. Sitzung der Stadtverordnetenversammlung
Montag, 23.02.2026, 16:00 Uhr, Rathaus Kassel, Bürgersaal, Obere Königsstraße 8

Tagesordnung (öffentlicher Teil)
1.  Mitteilungen des Stadtverordnetenvorstehers
2.  Fragestunde – Anfragen 101.19.1802 bis 101.19.1811
3.  Haushaltssatzung und Haushaltsplan 2026 – Vorlage 101.19.1744
4.  Bebauungsplan Nr. IV/68 „Am Weinberg Süd“, Satzungsbeschluss – Vorlage 101.19.1760
5.  Umbenennung eines Teilstücks der Friedrich-Ebert-Straße in „Elisabeth-Selbert-Platz“ – Vorlage 101.19.1771
6.  Satzung zur Änderung der Straßenreinigungssatzung – Vorlage 101.19.1779
7.  Antrag der Fraktionen zu kostenlosen Schwimmkursen für Grundschulkinder – 101.19.1790

Die Sitzung wird im Livestream unter kassel.de/live übertragen. Die Vorlagen sind im Ratsinformationssystem abrufbar.
Der Stadtverordnetenvorsteher
""",
    keep=[
        "23.02.2026, 16:00 Uhr",
        "Vorlage 101.19.1744",
        "Bebauungsplan Nr. IV/68",
        "Elisabeth-Selbert-Platz",
        "kassel.de/live",
    ],
)

# 29 Bochum: FAQ property tax
clean(
    "faq",
    """
FAQ Grundsteuer 2026 – Stadt Bochum, Steueramt

Warum hat sich meine Grundsteuer geändert?
Seit dem 01.01.2025 gilt das neue Grundsteuerrecht. Grundlage ist der Grundsteuermessbetrag, den das Finanzamt festsetzt; die Stadt wendet darauf ihren Hebesatz an.

Wie hoch ist der Hebesatz?
Grundsteuer A: 310 %; Grundsteuer B für Wohngrundstücke: 645 %, für Nichtwohngrundstücke: 1.149 % (differenzierte Hebesätze nach § 1 GrStHsG NRW).

Ich halte den Messbetrag für falsch. Was kann ich tun?
Einwände gegen den Messbetrag richten Sie an Ihr Finanzamt. Ein Widerspruch gegen den städtischen Bescheid hilft hier nicht.

Wann ist die Grundsteuer fällig?
Zu je einem Viertel am 15.02., 15.05., 15.08. und 15.11. Auf Antrag ist eine Jahreszahlung zum 01.07. möglich.

Kontakt: steueramt@bochum.de, Tel. 0234 910-0 (Zentrale), Rathaus, Willy-Brandt-Platz 2–6, 44777 Bochum.
""",
    keep=[
        "645 %",
        "§ 1 GrStHsG NRW",
        "15.02., 15.05., 15.08. und 15.11.",
        "steueramt@bochum.de",
        "0234 910-0",
    ],
)

# 30 Leipzig: health office vaccination campaign, places named after persons
clean(
    "press_release",
    """
Gesundheitsamt Leipzig: Impfaktion gegen Masern in den Winterferien

Leipzig, 30.01.2026. Das Gesundheitsamt bietet in den sächsischen Winterferien offene Impfsprechstunden gegen Masern, Mumps und Röteln an. Eine Anmeldung ist nicht nötig.

Termine und Orte:
- Mo, 09.02., 10–14 Uhr: Gesundheitsamt, Friedrich-Ebert-Straße 19a
- Mi, 11.02., 14–18 Uhr: Stadtteilbibliothek am Wilhelm-Leuschner-Platz
- Fr, 13.02., 9–13 Uhr: Bürgeramt Grünau, Stuttgarter Allee 18

Mitzubringen sind Impfpass und Krankenversichertenkarte; für Kinder unter 16 Jahren die Einwilligung der Sorgeberechtigten. Geimpft werden Kinder ab 12 Monaten und Erwachsene, die nach 1970 geboren sind.

Hintergrund: 2025 wurden in Leipzig 14 Masernfälle gemeldet. Nach dem Masernschutzgesetz (§ 20 Abs. 8 IfSG) müssen Kinder in Kitas und Schulen zwei Impfungen nachweisen.
Infos: leipzig.de/impfen · Bürgertelefon 0341 123-6789 (Mo–Fr 9–15 Uhr)
""",
    keep=[
        "§ 20 Abs. 8 IfSG",
        "Friedrich-Ebert-Straße 19a",
        "Wilhelm-Leuschner-Platz",
        "0341 123-6789",
        "nach 1970 geboren",
    ],
)

# 31 Essen: youth welfare committee, decision template with numbers
clean(
    "minutes",
    """
Beschlussvorlage für den Jugendhilfeausschuss – Drucksache 0173/2026/5A

Betreff: Ausbau der Kindertagesbetreuung 2026/27 – Bedarfsplanung

Sachverhalt:
Zum 01.08.2026 stehen in Essen 25.380 Plätze in Kindertageseinrichtungen und 3.410 Plätze in der Kindertagespflege zur Verfügung. Dem stehen 31.050 Kinder im Alter von 1 bis unter 6 Jahren gegenüber. Die Versorgungsquote beträgt für unter Dreijährige 41,2 % und für Kinder ab drei Jahren 94,6 %.

Geplant sind fünf neue Einrichtungen mit insgesamt 410 Plätzen, darunter die Kita an der Geschwister-Scholl-Straße (Träger: ein freier Träger der Wohlfahrtspflege) und eine Betriebskita in Kooperation mit einem Energieunternehmen.

Finanzielle Auswirkungen: Investitionen 18,6 Mio. €, davon Landesmittel 9,1 Mio. € (KiBiz-Investitionsprogramm); jährliche Betriebskosten städtischer Anteil ca. 2,4 Mio. €.

Beschlussvorschlag: Der Jugendhilfeausschuss beschließt die Bedarfsplanung 2026/27 in der vorgelegten Fassung.
Die Beigeordnete für Jugend, Bildung und Soziales
""",
    keep=[
        "Drucksache 0173/2026/5A",
        "25.380 Plätze",
        "41,2 %",
        "18,6 Mio. €",
        "Geschwister-Scholl-Straße",
    ],
)

# 32 Leipzig: tram diversion notice, stops named after persons
clean(
    "roadworks",
    """
Umleitung Straßenbahnlinien 4 und 7 vom 14.03. bis 05.04.2026

Wegen Gleisbauarbeiten in der Karl-Liebknecht-Straße zwischen Südplatz und Kurt-Eisner-Straße fahren die Linien 4 und 7 eine Umleitung über die Windmühlenstraße und den Bayerischen Platz.

Ersatzhaltestellen:
- „Hohe Straße“ → Ersatzhalt in der Riemannstraße
- „Südplatz“ → Ersatzbusse SEV 10 im 10-Minuten-Takt ab Wilhelm-Leuschner-Platz

Nachts (0:30–4:30 Uhr) fährt die Nachtlinie N17 wie gewohnt. Die Arbeiten finden überwiegend von 7 bis 20 Uhr statt; in den Nächten vom 20. auf 21.03. und 27. auf 28.03. wird durchgehend gearbeitet.
Das Verkehrs- und Tiefbauamt bittet Anwohnende um Verständnis. Fahrplanauskunft: l.de/fahrplan oder Servicetelefon 0341 19449.
""",
    keep=[
        "14.03. bis 05.04.2026",
        "Karl-Liebknecht-Straße",
        "SEV 10",
        "0341 19449",
        "0:30–4:30 Uhr",
    ],
)

# 33 Bochum: internal e-mail from a functional mailbox about holiday coverage
clean(
    "email",
    """
Von: Bürgerbüro Bochum – Leitung <buergerbuero-leitung@bochum.de>
An: Verteiler Bürgerbüros
Datum: 06.02.2026 07:58
Betreff: Vertretungsregelung Karneval und Winterferien

Liebe Kolleginnen und Kollegen,

am Rosenmontag (16.02.) schließen alle Standorte um 12 Uhr. Vom 23.02. bis 27.02. arbeiten die Bürgerbüros Wattenscheid und Linden mit reduzierter Besetzung; die Termine wurden im Buchungssystem bereits auf 70 % reduziert.

Bitte tragt eure Abwesenheiten bis Mittwoch, 11.02., im Teamkalender ein. Die Expressausweis-Abholung übernimmt in dieser Zeit das Bürgerbüro Mitte (Schalter 3).

Hinweis: Die neuen Kartenlesegeräte (Version 3.1.0) werden am 18.02. ab 7 Uhr ausgetauscht; bitte vorher die Terminals nicht ausschalten.

Viele Grüße
Bürgerbüro Bochum – Leitung
Willy-Brandt-Platz 2–6 · 44777 Bochum · Servicecenter 0234 910-1111
""",
    keep=[
        "buergerbuero-leitung@bochum.de",
        "Rosenmontag (16.02.)",
        "Version 3.1.0",
        "0234 910-1111",
        "70 %",
    ],
)

# 34 Blank power of attorney for vehicle registration
clean(
    "blank_form",
    """
VOLLMACHT zur Zulassung / Außerbetriebsetzung eines Fahrzeugs – Stadt Essen, Straßenverkehrsbehörde

Vollmachtgeber/in (Halter/in)
Name, Vorname: ........................................................
Geburtsdatum: __.__.____
Anschrift: ............................................................

Bevollmächtigte/r
Name, Vorname: ........................................................
Geburtsdatum: __.__.____
Anschrift: ............................................................

Amtliches Kennzeichen: ___ - __ ____        Fahrzeug-Identifizierungsnummer: _________________

[ ] Zulassung   [ ] Umschreibung   [ ] Außerbetriebsetzung   [ ] Adressänderung

Das SEPA-Lastschriftmandat für die Kfz-Steuer (Hauptzollamt) ist vom Halter oder Kontoinhaber selbst zu unterschreiben.

............................   ........................................
Ort, Datum                      Unterschrift Vollmachtgeber/in
""",
    keep=[
        "Geburtsdatum: __.__.____",
        "Amtliches Kennzeichen: ___ - __ ____",
        "Hauptzollamt",
        "Straßenverkehrsbehörde",
    ],
)

# 35 Gelsenkirchen: recycling centre opening hours, seasonal words
clean(
    "opening_hours",
    """
Recyclinghöfe der Gelsenkirchener Entsorgung – Öffnungszeiten

Sommer (01.04.–31.10.):  Mo–Fr 8–18 Uhr, Sa 8–14 Uhr
Winter (01.11.–31.03.):  Mo–Fr 8–16 Uhr, Sa 8–13 Uhr
An Feiertagen geschlossen; am 24.12. und 31.12. geöffnet bis 12 Uhr.

Standorte:
- Recyclinghof Nord, Adenauerallee 115, 45894 Gelsenkirchen
- Recyclinghof Süd, Wiehagen 50, 45884 Gelsenkirchen

Annahme für Privathaushalte aus Gelsenkirchen kostenlos bis 2 m³ je Tag; Bauschutt und Altreifen gegen Gebühr (Bauschutt 15,00 € je 100 kg, Pkw-Reifen 4,00 € je Stück).
Gewerbetreibende wenden sich bitte an die Kundenberatung, Tel. 0209 954-0, kundenberatung@gelsendienste.de.
""",
    keep=[
        "Sommer (01.04.–31.10.)",
        "Winter (01.11.–31.03.)",
        "Adenauerallee 115",
        "15,00 € je 100 kg",
        "0209 954-0",
    ],
)

# 36 Dortmund: garden colony rules (one cockerel), street cleaning statute excerpt
clean(
    "statute",
    """
Gartenordnung für die städtischen Kleingartenanlagen in Dortmund (Auszug)

§ 7 Tierhaltung
(1) Die Haltung von Kleintieren ist nur mit Zustimmung des Vereinsvorstands zulässig.
(2) Je Parzelle sind höchstens sechs Hühner erlaubt; ein Hahn ist nicht zulässig, wenn die Nachbarschaft widerspricht.
(3) Bienenhaltung ist beim Veterinäramt anzuzeigen (§ 1a BienSeuchV).

§ 9 Ruhezeiten
Motorbetriebene Geräte dürfen werktags nur von 8 bis 13 Uhr und von 15 bis 19 Uhr betrieben werden; an Sonn- und Feiertagen ist ihr Betrieb untersagt.

§ 11 Bauliche Anlagen
Die Laube darf einschließlich überdachtem Freisitz eine Grundfläche von 24 m² nicht überschreiten (§ 3 Abs. 2 BKleingG).

Herausgegeben von der Stadt Dortmund, Grünflächenamt, Kleingartenwesen, Brügmannblock, 44135 Dortmund.
""",
    keep=["§ 3 Abs. 2 BKleingG", "ein Hahn", "24 m²", "§ 1a BienSeuchV", "Grünflächenamt"],
)

# 37 Freiburg: dedication of new streets named after persons
clean(
    "notice",
    """
Öffentliche Bekanntmachung – Widmung und Benennung von Verkehrsflächen im Neubaugebiet Dietenbach

Der Gemeinderat der Stadt Freiburg im Breisgau hat am 27.01.2026 beschlossen, die folgenden Verkehrsflächen dem öffentlichen Verkehr zu widmen (§ 5 StrG Baden-Württemberg) und zu benennen:

Hannah-Arendt-Weg     – Flst. 11420/3, Länge ca. 310 m, beschränkt-öffentlicher Weg (Fuß- und Radverkehr)
Marie-Curie-Straße    – Flst. 11421, Länge ca. 540 m, Gemeindestraße
Sophie-Scholl-Platz   – Flst. 11425/1, Platzfläche 2.800 m²
Am Dietenbachpark     – Flst. 11430, Länge ca. 220 m, Gemeindestraße

Die Widmung wird mit dem Tag nach der Bekanntmachung wirksam. Gegen die Widmung kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Garten- und Tiefbauamt, Fehrenbachallee 12, 79106 Freiburg, erhoben werden.

Freiburg im Breisgau, 10.02.2026
Bürgermeisteramt
""",
    keep=[
        "Hannah-Arendt-Weg",
        "§ 5 StrG Baden-Württemberg",
        "Flst. 11420/3",
        "Fehrenbachallee 12, 79106 Freiburg",
        "27.01.2026",
    ],
)

# 38 Herne: staff checklist for trade registrations, placeholders only
clean(
    "process",
    """
Arbeitshilfe Gewerbeanmeldung – Fachbereich Öffentliche Ordnung, Gewerbeangelegenheiten (Stand 01/2026)

Prüfschritte bei Einzelunternehmen:
1. Identität prüfen (Personalausweis / Reisepass mit Meldebescheinigung); Nummer NICHT in die Akte schreiben.
2. Bei eingetragenen Kaufleuten (e.K.) Handelsregisterauszug anfordern; Registernummer im Feld 1 eintragen (Format „HRA ____“).
3. Erlaubnispflichtige Tätigkeiten (§§ 30–34i GewO) an Team 32/3 weiterleiten.
4. Handwerk: Eintragung in die Handwerksrolle bei der Handwerkskammer Dortmund prüfen (Bezirk Herne).
5. Gebühr kassieren: Anmeldung 26,00 €, Ummeldung 20,00 €, Abmeldung 13,00 €.
6. Datenübermittlung nach § 14 Abs. 8 GewO an Finanzamt, IHK, HWK, Berufsgenossenschaft und Statistisches Landesamt (IT.NRW) automatisch über das Fachverfahren.

Rückfragen: Postfach gewerbe@herne.de, Telefon 02323 16-2370.
""",
    keep=["§ 14 Abs. 8 GewO", "HRA ____", "26,00 €", "gewerbe@herne.de", "§§ 30–34i GewO"],
)

# 39 Kassel: Kita fee table by income bracket, PLZ area wording
clean(
    "fee_table",
    """
Elternbeiträge für Kindertageseinrichtungen der Stadt Kassel ab 01.08.2026 (Satzung vom 15.12.2025, Anlage 1)

Jahreseinkommen der Familie        unter 3 Jahren, 45 Std./Woche     ab 3 Jahren
bis 25.000 €                                     0,00 €               beitragsfrei
25.001 € – 40.000 €                             95,00 €               beitragsfrei*
40.001 € – 60.000 €                            190,00 €               beitragsfrei*
60.001 € – 80.000 €                            285,00 €               beitragsfrei*
über 80.000 €                                  380,00 €               beitragsfrei*

* Beitragsfrei sind 6 Stunden täglich (Landesförderung nach § 32c HKJGB); für darüber hinausgehende Betreuungszeiten werden 20,00 € je Wochenstunde und Monat erhoben.
Geschwisterermäßigung: 50 % für das zweite, beitragsfrei ab dem dritten Kind.
Verpflegungsentgelt: 65,00 € monatlich.
Die Regelung gilt für alle städtischen Einrichtungen im PLZ-Bereich 341; Einrichtungen freier Träger können abweichende Beiträge erheben.
""",
    keep=["§ 32c HKJGB", "380,00 €", "PLZ-Bereich 341", "65,00 € monatlich", "Anlage 1"],
)

# 40 Essen: chatbot transcript with an anonymous visitor
clean(
    "chat",
    """
Chatbot „Frag Essen“ – Protokoll (anonymisiert gespeichert, Sitzung 2026-02-11-0931)

[09:31] Besucher: wann hat das standesamt samstags offen
[09:31] Frag Essen: Das Standesamt Essen hat samstags nur für Trauungen geöffnet. Für Urkunden und Beratung: Mo–Do 8–15 Uhr, Fr 8–12 Uhr, Rathaus, Porscheplatz 1.
[09:32] Besucher: und was kostet eine geburtsurkunde
[09:32] Frag Essen: Eine Geburtsurkunde kostet 12,00 €, jede weitere Ausfertigung 6,00 €. Sie können sie online bestellen unter essen.de/urkunden.
[09:33] Besucher: kann ich das auch telefonisch machen
[09:33] Frag Essen: Telefonische Bestellungen sind nicht möglich. Bei Fragen erreichen Sie das Standesamt unter 0201 88-33900.
[09:33] Besucher: ok danke
[09:33] Frag Essen: Gern geschehen! War diese Antwort hilfreich? 👍 / 👎
""",
    keep=["Porscheplatz 1", "12,00 €", "essen.de/urkunden", "0201 88-33900", "Mo–Do 8–15 Uhr"],
)

if __name__ == "__main__":
    sys.exit(CORPUS.main(OUT, {"pii": 60, "clean": 40}))
