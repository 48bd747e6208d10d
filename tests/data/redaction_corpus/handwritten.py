"""Hand-written development documents: styles and names the generated letters do not have.

Each text was written individually (no templates, no random draws) to tune against material
that the rules were not fitted to: chats with display names, mail headers, tables, OCR scans,
ALL-CAPS form fields, slash dates, foreign passports, uncued customer numbers, names of many
origins and names that are ordinary words. The PII-free texts are administrative prose full of
capitalised nouns, public office numbers, company names and statute dates.

Markup (converted to the builder's): ``«TYPE:value»`` marks a personal span, ``‹text›`` a keep
phrase. Types: P (person), S (street address), L (PLZ/place), DOB, TEL, MAIL, IBAN, TAX, KFZ,
AZ (file or customer number), HR, ID, PASS, SV, IP.
"""

from __future__ import annotations

import re

_TYPES = {
    "P": "PERSON",
    "S": "STREET_ADDRESS",
    "L": "LOCATION",
    "DOB": "DATE_OF_BIRTH",
    "TEL": "PHONE_NUMBER",
    "MAIL": "EMAIL_ADDRESS",
    "IBAN": "IBAN_CODE",
    "TAX": "DE_TAX_ID",
    "KFZ": "DE_KFZ",
    "AZ": "DE_AKTENZEICHEN",
    "HR": "DE_HANDELSREGISTER",
    "ID": "DE_ID_CARD",
    "PASS": "DE_PASSPORT",
    "SV": "DE_SOCIAL_SECURITY",
    "IP": "IP_ADDRESS",
}
_ENTITY = re.compile(r"«([A-Z]+):(.*?)»", re.S)
_KEEP = re.compile(r"‹(.*?)›", re.S)


def to_markup(text: str) -> str:
    """The builder's markup (``⟦TYPE|value⟧``, ``⟪keep⟫``) for a hand-written text."""
    text = _ENTITY.sub(lambda m: f"⟦{_TYPES[m.group(1)]}|{m.group(2)}⟧", text)
    return _KEEP.sub(lambda m: f"⟪{m.group(1)}⟫", text)


# (style, text)
PII: list[tuple[str, str]] = [
    (
        "hw_chat",
        """WhatsApp-Chat mit «P:Tobi K.»
[03.02.26, 18:41] «P:Tobi K.»: hey, hast du den ‹Antrag auf Elterngeld› schon abgeschickt?
[03.02.26, 18:43] «P:Mausi»: nee noch nicht, «P:Jule» braucht noch die ‹Geburtsurkunde›
[03.02.26, 18:44] «P:Tobi K.»: ok. die Kasse will auch deine Versichertennummer «AZ:A123456780»
[03.02.26, 18:50] «P:Mausi»: mach ich morgen, bin bis ‹Freitag› im Homeoffice
""",
    ),
    (
        "hw_chat",
        """Teams-Chat exportiert am ‹12.03.2026›
«P:Nguyen Thi Lan» 09:02
Guten Morgen, die ‹Wohnsitzauflage› für Herrn «P:Tran» ist noch offen.
«P:Kowalczyk, Marek» 09:05
Ich rufe ihn an, Nummer ist «TEL:0157 33829104». Geburtsdatum laut Akte «DOB:07/09/1984».
«P:Nguyen Thi Lan» 09:06
Danke! Bitte im ‹Fachverfahren› vermerken.
""",
    ),
    (
        "hw_chat",
        """Signal Gruppe "Elternbeirat ‹Kita Regenbogen›"
«P:Steffi 🌻»: Wer übernimmt den ‹Kuchenverkauf› am Samstag?
«P:Yannick»: ich, aber erst ab 14 Uhr
«P:Steffi 🌻»: super. «P:Aylin» hat gefragt ob ihr Sohn «P:Deniz» mitkommen darf
Papa von «P:Ole»: klar. Kontakt «P:Aylin»: «TEL:0176 2290 4418»
«P:Yannick»: «P:Ole» und «P:Deniz» sind eh in derselben ‹Gruppe›
""",
    ),
    (
        "hw_mail_header",
        """Von: "«P:Dimitrios Papadopoulos»" <«MAIL:d.papadopoulos@posteo.de»>
Gesendet: Mittwoch, 4. März 2026 07:55
An: ‹Bürgerbüro› <buergerbuero@stadt.example>
Betreff: ‹Meldebescheinigung› für Visumsantrag

Guten Tag,

für meinen Antrag beim griechischen Konsulat brauche ich eine ‹erweiterte Meldebescheinigung›.
Ich wohne seit 2019 in der «S:Kortumstraße 41», «L:44787 Bochum».

Danke und viele Grüße
«P:Dimitrios Papadopoulos»
""",
    ),
    (
        "hw_mail_header",
        """From: «P:Ioana Popescu» <«MAIL:ioana.popescu88@yahoo.ro»>
Sent: Monday, 9 March 2026 14:12
To: ‹Ausländerbehörde›
Subject: Termin Aufenthaltstitel

Sehr geehrte Damen und Herren,

mein Aufenthaltstitel läuft am ‹30.04.2026› ab. Rumänischer Reisepass Nr. «PASS:055123987», geboren am «DOB:21/11/1990» in Cluj.
Bitte geben Sie mir einen ‹Termin›.

Mulțumesc,
«P:Ioana Popescu»
""",
    ),
    (
        "hw_mail_header",
        """-----Ursprüngliche Nachricht-----
Von: «P:Fuchs, Annika» [mailto:«MAIL:annika.fuchs@t-online.de»]
Gesendet: Freitag, 6. Februar 2026 11:20
An: ‹Ordnungsamt›
Betreff: AW: Knöllchen

Hallo,

ich habe das ‹Verwarnungsgeld› schon am ‹2. Februar› bezahlt. Kennzeichen «KFZ:BO-AF 612».
Frau «P:Fuchs» hat übrigens keinen Anwohnerparkausweis bekommen, obwohl beantragt.

«P:Annika Fuchs»
""",
    ),
    (
        "hw_table",
        """‹Teilnehmerliste› Deutschkurs B1 – Modul 3

| Nr | Nachname | Vorname | Geburtsdatum | Herkunftsland |
|----|----------|---------|--------------|---------------|
| 1 | «P:Al-Masri» | «P:Rami» | «DOB:02/05/1993» | Syrien |
| 2 | «P:Haidari» | «P:Zahra» | «DOB:17/10/1988» | Afghanistan |
| 3 | «P:Lungu» | «P:Mihaela» | «DOB:30/01/1979» | Rumänien |
| 4 | «P:Pham» | «P:Van Duc» | «DOB:11/06/2001» | Vietnam |

Kursbeginn: ‹16.03.2026›, Raum ‹E 12›, ‹Volkshochschule›
""",
    ),
    (
        "hw_table",
        """Belegungsplan Notunterkunft ‹Turnhalle Nord› (Stand ‹01.02.2026›)

Zimmer	Name	geb.	Bemerkung
101	«P:Kebede, Selam»	«DOB:1991-04-12»	‹mit Kind›
102	«P:Osei, Kwame»	«DOB:1985-08-30»	Rollstuhl
103	«P:Rahimi, Farid»	«DOB:1977-12-01»	‹Dolmetscher Dari›
""",
    ),
    (
        "hw_table",
        """Kundenliste Wasserzähler ‹Ablesung 2025›
Kundennr.;Name;Straße;Zählerstand
«AZ:700145223»;«P:Wolf, Herbert»;«S:Am Kortländer 3»;‹1.204 m³›
«AZ:700145224»;«P:Schmitz-Kaya, Derya»;«S:Am Kortländer 5»;‹987 m³›
«AZ:700145229»;«P:Vogel, Horst»;«S:Am Kortländer 11»;‹1.530 m³›
""",
    ),
    (
        "hw_ocr",
        """ANTRAG AUF ‹WOHNBERECHTIGUNGSSCHEIN›
NAME: «P:KOCH»           VORNAME: «P:BRIGITTE»
GEB.-DATUM: «DOB:l4.O3.1956»   FAMILIENSTAND: ‹verwitwet›
ANSCHRIFT: «S:HUSEMANNPLATZ 7» «L:44787 B0CHUM»
TELEFON: «TEL:O234 58 12 99»
Haushaltsgröße: ‹1 Person›
""",
    ),
    (
        "hw_ocr",
        """Stadt Bochum   ‹Jugendamt›
Akte Nr. «AZ:51.3-2O25/O4471»

Gesprächsvermerk vom ‹O5.O2.2O26›
Anwesend: Frau «P:Yılmaz», Herr «P:Yılmaz», Sachbearbeiterin Frau «P:Brandtner»

Die Kindesmutter «P:Gül Yı1maz» (geb. «DOB:23.O8.1992») berichtet, dass ihr Sohn
«P:Mert» seit Januar nicht mehr die ‹Schule› besucht.
""",
    ),
    (
        "hw_ocr",
        """Bescheinigung der ‹Krankenkasse›
Versicherte/r: «P:Emilia Baumgärtner»
Vers.-Nr.: «AZ:B7O3418829»
geb. «DOB:17.11.2OO3»
Die Mitgliedschaft besteht seit ‹O1.1O.2O22›. Diese Bescheinigung gilt für den ‹Arbeitgeber›.
""",
    ),
    (
        "hw_form_caps",
        """‹PERSONALBOGEN›
FAMILIENNAME: «P:NGUYEN»
VORNAMEN: «P:MINH TUAN»
GEBURTSDATUM: «DOB:05/12/1996»
STAATSANGEHÖRIGKEIT: ‹VIETNAMESISCH›
PASSNUMMER: «PASS:C4829013»
ANSCHRIFT: «S:WITTENER STR. 122», «L:44803 BOCHUM»
STEUER-ID: «TAX:57 302 846 119»
EINTRITT: ‹01.04.2026›
""",
    ),
    (
        "hw_form_caps",
        """ANMELDUNG HUND
HALTER: «P:FRANZ-JOSEF BECKER»
STRASSE: «S:LANGENDREERER STR. 9»
PLZ/ORT: «L:44892 BOCHUM»
RASSE: ‹Labrador›   NAME DES HUNDES: Bello
CHIPNUMMER: «AZ:276098106543219»
‹Hundesteuer› ab ‹01.03.2026›
""",
    ),
    (
        "hw_letter",
        """«P:Khaled El-Sayed»
«S:Dorstener Straße 200»
«L:44809 Bochum»

Stadt Bochum
‹Sozialamt›

Bochum, ‹10.03.2026›

Widerspruch gegen den Bescheid vom ‹24.02.2026›
Kundennummer «AZ:98221034»

Sehr geehrte Damen und Herren,

hiermit lege ich ‹Widerspruch› ein. Herr «P:El-Sayed» ist mein Vater und lebt seit 2024 bei mir, sein
Einkommen wurde doppelt angerechnet. Die Unterlagen meines Vaters reiche ich nach.

Mit freundlichen Grüßen

«P:Khaled El-Sayed»
""",
    ),
    (
        "hw_letter",
        """Sehr geehrte Frau «P:Wolf»,

Ihr ‹Antrag auf Kindergeldzuschlag› ist eingegangen. Für die Bearbeitung benötigen wir noch die
Lohnabrechnungen von ‹Januar bis März›. «P:Wolf» als Geburtsname Ihrer Tochter «P:Mia» ist korrekt
übernommen worden.

Die Unterlagen senden Sie bitte bis zum ‹15.04.2026› an die ‹Familienkasse›.

Mit freundlichen Grüßen
Im Auftrag
«P:Schneider-Okafor»
""",
    ),
    (
        "hw_letter",
        """Betreff: Nachbarschaftsstreit ‹Lärmbelästigung›

Sehr geehrte Damen und Herren,

seit ‹Wochen› feiert mein Nachbar «P:Sven Bauer» aus dem 2. OG jede Nacht bis 3 Uhr. Ich habe
«P:Bauer» mehrfach angesprochen. Auch Frau «P:Lindqvist» aus dem EG hat sich beschwert.
«P:Bauers» Hund bellt zudem den ganzen Tag.

Ich bitte um Prüfung durch den ‹Kommunalen Ordnungsdienst›.

«P:Marta Lindqvist»
«S:Castroper Str. 88»
""",
    ),
    (
        "hw_letter",
        """Sehr geehrter Herr Dr. «P:Giannakopoulos»,

wir bestätigen den Eingang Ihrer ‹Bauvoranfrage› vom ‹19.01.2026›. Ihre Unterlagen werden unter dem
Zeichen «AZ:63-BV-0127/26» geführt. «P:Giannakopoulos» ist als Bauherr eingetragen, als Entwurfsverfasserin
Frau «P:Eleni Mavridou».

Freundliche Grüße
‹Bauordnungsamt›
""",
    ),
    (
        "hw_letter",
        """Vorgang «AZ:2026-004417»

Sehr geehrte Frau «P:Oduya»,

Ihre Rechnung «AZ:RE-55821» über ‹84,00 €› für die ‹Sperrmüllabholung› ist noch offen.
Bitte überweisen Sie den Betrag bis ‹31.03.2026›.

Mit freundlichen Grüßen
‹USB Bochum GmbH›
""",
    ),
    (
        "hw_letter",
        """«P:Thanh Hương Lê»
«S:Hattinger Str. 311»
«L:44795 Bochum»
Tel. «TEL:0234 9471 2203»

An das ‹Standesamt›

Betreff: ‹Namensführung› nach Eheschließung

Mein Mann «P:Quốc Bảo Đỗ» und ich haben am ‹14.02.2026› in Hanoi geheiratet. Ich möchte den
Familiennamen «P:Đỗ» annehmen. Geburtsdatum meines Mannes: «DOB:03/03/1985».

Mit freundlichen Grüßen
«P:Thanh Hương Lê»
""",
    ),
    (
        "hw_letter",
        """Sehr geehrte Damen und Herren,

ich, «P:Ahmad Al-Hassan», geboren am «DOB:14/02/1990» in Aleppo, ‹beantrage› eine
‹Niederlassungserlaubnis›. Syrischer Reisepass: «PASS:N012345678», gültig bis ‹2029›.
Meine Frau «P:Rasha al-Khatib» und unser Sohn «P:Omar» wohnen mit mir in der «S:Alleestraße 14».

«P:Al-Hassan»
""",
    ),
    (
        "hw_letter",
        """Betreff: ‹Beglaubigung› Zeugnisse

Guten Tag,

ich heiße «P:Nikolaos Andreou» und brauche beglaubigte Kopien für die ‹Anerkennung› meines Diploms.
«P:Andreou» ist mein ‹Familienname›, im Pass steht «P:ANDREOU NIKOLAOS». Passnummer «PASS:AO1234567».

Viele Grüße
«P:N. Andreou»
""",
    ),
    (
        "hw_letter",
        """Hallo liebes ‹Bürgeramt›,

ich bin «P:Bianca-Maria Ionescu», geb. «DOB:9/7/1982», und brauche eine neue ‹Lohnsteuerbescheinigung›
für meinen Arbeitgeber, die ‹Autohaus Sternkamp GmbH›.

Danke!
«P:Bianca Ionescu»
«TEL:0172-8834510»
""",
    ),
    (
        "hw_letter",
        """Sehr geehrte Damen und Herren,

meine Mutter «P:Elżbieta Wiśniewska» ist am ‹02.03.2026› verstorben. Sie wurde am «DOB:12/04/1937»
geboren. Als Tochter bitte ich um eine ‹Sterbeurkunde› in ‹dreifacher Ausfertigung›.

Mit freundlichen Grüßen
«P:Katarzyna Wiśniewska-Lang»
«S:Im Haarmannsbusch 21», «L:44797 Bochum»
""",
    ),
    (
        "hw_letter",
        """Betreff: Ihr Zeichen «AZ:32.1/0817/26» – Anhörung

Sehr geehrter Herr «P:Hamidi»,

zu dem ‹Vorwurf› nehme ich wie folgt ‹Stellung›: Ich war am ‹11.02.2026› nicht in Bochum. Das Fahrzeug
«KFZ:HER-MH 404» fuhr an diesem Tag mein Schwager «P:Murat Hamidi».

Mit freundlichen Grüßen
«P:Soraya Hamidi-Weber»
""",
    ),
    (
        "hw_letter",
        """‹Amtsgericht Bochum›
Betreuungssache «AZ:XVII 112/25»

Betroffene: «P:Hildegard Krämer», geb. «DOB:02.12.1938»
Betreuer: «P:Rolf Krämer», «S:Auf dem Kalwes 4», «L:44799 Bochum»

Der ‹Betreuer› wird ermächtigt, ‹Post› der Betroffenen entgegenzunehmen. Frau «P:Krämer» wurde angehört.
""",
    ),
    (
        "hw_email",
        """Hallo,

kurze Frage: ich habe meinen ‹Perso› verloren. Die Nummer war «ID:L7X4RT9M2» glaub ich. ‹Was muss ich›
machen? Bin ‹nächste Woche› in Urlaub.

LG «P:Jana»

--
«P:Jana Schäfermeyer»
«TEL:+49 160 93417755»
""",
    ),
    (
        "hw_email",
        """Guten Tag Frau «P:Sommer»,

wie am Telefon besprochen, hier die Daten meiner ‹Schwiegermutter›:
«P:Ana Lúcia Ferreira», «DOB:30/06/1951», portugiesischer Pass «PASS:P123456» (‹abgelaufen›).
Sie soll ab ‹1. Mai› bei uns wohnen, «S:Am Dornbusch 17».

Beste Grüße
«P:Ricardo Ferreira»
""",
    ),
    (
        "hw_email",
        """Sehr geehrte Damen und Herren,

anbei die ‹Abmeldung› meines Gewerbes. Inhaber: «P:Luca Moretti», Steuernummer «TAX:350/5012/3345».
Das Geschäft «P:Moretti»s Eiscafé wird zum ‹30.09.2026› geschlossen. Kontoverbindung für die ‹Erstattung›:
«IBAN:IT60 X054 2811 1010 0000 0123 456».

Grazie,
«P:Luca Moretti»
""",
    ),
    (
        "hw_email",
        """Sehr geehrte Frau «P:Adeyemi-Schulte»,

Ihr Ausweis liegt zur Abholung bereit. Bitte bringen Sie den alten Ausweis «ID:T22000129» mit.
Öffnungszeiten: ‹Mo–Fr 8–13 Uhr›. Die ‹Gebühr› beträgt ‹37,00 €›.

Ihr ‹Bürgerbüro Mitte›
""",
    ),
    (
        "hw_email",
        """hi,
ich bin die «P:Lena» aus der ‹3b›, meine Mama «P:Sandra Fuchs» hat gesagt ich soll schreiben wegen dem
‹Schülerticket›. ich wohne «S:Grabenstraße 6». mein ‹geburtstag› ist der «DOB:8.5.2013».
«P:lena fuchs»
""",
    ),
    (
        "hw_email",
        """Sehr geehrte Damen und Herren,

bitte überweisen Sie die ‹Kaution› auf mein ‹neues Konto›: «IBAN:DE44 4305 0001 0012 3456 78»,
Kontoinhaberin «P:Merve Koç». Meine ‹alte› Kundennummer war «AZ:4711-0815».

«P:Merve Koç»
""",
    ),
    (
        "hw_email",
        """Hallo Herr «P:Schwarz»,

die ‹Rechnung› ging an die falsche Adresse. Richtig ist: «P:Wojciech Zając», «S:Ostring 23», «L:44787 Bochum».
Kunden-Nr: «AZ:K-2025-88341». Danke für die ‹Korrektur› bis ‹Ende März›.
""",
    ),
    (
        "hw_informal",
        """moin, hier ist «P:Kalle» vom Kleingartenverein. der «P:Dirk Vogel» hat seine ‹Parzelle› abgegeben,
neuer Pächter ist «P:Ömer Şahin». «P:Vogel» will die ‹Ablöse› bar. Kannst du das ‹Protokoll› schreiben?
tel «TEL:0178 5510330»
""",
    ),
    (
        "hw_informal",
        """Liebe Frau «P:Koch»,

danke für die Hilfe beim ‹Rentenantrag›! Mein Mann «P:Hüseyin» sagt auch ‹danke›.
Die ‹Versicherungsnummer› meines Mannes ist «SV:12 150862 A 014».

Herzliche Grüße
«P:Fatma Erdoğan»
""",
    ),
    (
        "hw_informal",
        """Hey,

wir suchen noch jemanden für den ‹Flohmarkt› im ‹Stadtpark›. «P:Bella» (eigentlich «P:Isabella Rossi»)
macht die ‹Kasse›, «P:Chris» den Aufbau. Ruf «P:Bella» an unter «TEL:0151 64402917».

«P:Matze»
""",
    ),
    (
        "hw_notice",
        """Vermerk

Am ‹09.03.2026› sprach Herr «P:Andrzej Nowicki» im ‹Bürgerbüro› vor. Er legte einen polnischen
Personalausweis (Nr. «ID:CAX 123456») vor. «P:Nowicki» ist seit ‹Februar› in Bochum gemeldet.
Bearbeitet: «P:K. Hollstein»
""",
    ),
    (
        "hw_notice",
        """Telefonnotiz ‹Wohngeldstelle›

Anrufer: «P:Eleftheria Konstantinou»
Rückruf unter «TEL:0234 / 50 77 41»
Anliegen: ‹Weiterleistungsantrag›, ‹Bescheid› noch nicht erhalten.
Aktenzeichen «AZ:WG-2025-11823». Frau «P:Konstantinou» ist ‹ab 14 Uhr› erreichbar.
""",
    ),
    (
        "hw_notice",
        """Protokoll ‹Ortstermin›

Teilnehmer: Herr «P:Bergmann» (‹Tiefbauamt›), Frau «P:Reyes» (Anwohnerin), Herr «P:O'Brien» (Eigentümer)

Frau «P:Reyes» zeigt den Schaden am ‹Gehweg›. «P:O'Brien» sagt zu, den Baum bis ‹Ende April› zu
schneiden. «P:Bergmann» prüft die Kostenübernahme.
""",
    ),
    (
        "hw_notice",
        """Aktenvermerk

Die Antragstellerin «P:Adaeze Okonkwo» hat die ‹Einkommensnachweise› nachgereicht.
Geburtsdatum «DOB:1987-02-19», ‹Pass Nigeria› «PASS:A08123456».
Frau «P:Okonkwo» wurde auf die ‹Mitwirkungspflicht› hingewiesen.
""",
    ),
    (
        "hw_letter",
        """Sehr geehrte Damen und Herren,

im Namen meines Mandanten, Herrn «P:Serhii Bondarenko», beantrage ich ‹Akteneinsicht›.
Herr «P:Bondarenko» ist ‹ukrainischer Staatsangehöriger›, Reisepass «PASS:FE123456», geboren
«DOB:25/12/1979».

Mit freundlichen Grüßen
Dr. «P:Leonie Hartwig»
‹Rechtsanwältin›
""",
    ),
    (
        "hw_letter",
        """«P:Ngozi Eze-Hoffmann»
«S:Königsallee 12»
«L:44789 Bochum»

‹Elterngeldstelle›

Elterngeld für «P:Chidi Eze-Hoffmann»

Sehr geehrte Damen und Herren,

unser Sohn «P:Chidi» wurde am «DOB:2.1.2026» geboren. Wir beantragen ‹Basiselterngeld› für
‹12 Monate›.

«P:Ngozi Eze-Hoffmann»
""",
    ),
    (
        "hw_letter",
        """Sehr geehrter Herr «P:Richter»,

Ihre Beschwerde über den ‹Winterdienst› haben wir erhalten. Herr «P:Richter», wir bitten um
Verständnis: Nebenstraßen werden erst nach den ‹Hauptverkehrsstraßen› geräumt.

Mit freundlichen Grüßen
«P:Petra Neumann»
‹Technische Betriebe›
""",
    ),
    (
        "hw_letter",
        """Betreff: Kündigung Stellplatz

Hiermit ‹kündige› ich den Stellplatz Nr. ‹14› in der ‹Tiefgarage Rathaus›.
Vertragsnummer «AZ:SP-20190455».
Mieter: «P:Hans-Georg Klein»

«P:Klein»
""",
    ),
    (
        "hw_letter",
        """An die ‹Führerscheinstelle›

Ich, «P:Trinh Van Long», beantrage den ‹Umtausch› meines ‹vietnamesischen Führerscheins›.
Führerschein-Nr. «AZ:790123456789», Reisepass «PASS:C1234567», Geburtsdatum «DOB:15/08/1992».

«P:Trinh Van Long»
«TEL:01521 7733901»
""",
    ),
    (
        "hw_letter",
        """Sehr geehrte Damen und Herren,

Frau «P:María José García López» hat bei uns am ‹03.03.2026› eine ‹Ausbildung› begonnen.
«P:García López» benötigt eine ‹Arbeitserlaubnis›. Spanische NIE/DNI: «ID:12345678Z».

Mit freundlichen Grüßen
«P:Jörg Wendland»
Personalabteilung, ‹Stadtwerke Bochum›
""",
    ),
    (
        "hw_letter",
        """Sehr geehrte Damen und Herren,

für die ‹Einbürgerung› meines Mannes «P:Mohammed el-Amin» reiche ich die Unterlagen nach.
«P:El-Amin» hat den ‹Einbürgerungstest› bestanden (‹33 von 33 Punkten›).
Marokkanischer Pass Nr. «PASS:TK0912345».

«P:Samira el-Amin»
""",
    ),
    (
        "hw_letter",
        """Mahnung

Kassenzeichen «AZ:5.1234.567890.1»
Schuldner: «P:Gheorghe Munteanu», «S:Herner Str. 402», «L:44807 Bochum»

Offener Betrag: ‹212,50 €› (‹Grundbesitzabgaben›). Bitte zahlen Sie bis ‹20.03.2026›.
""",
    ),
    (
        "hw_letter",
        """Hallo Frau «P:Papadaki»,

anbei das ‹Zeugnis› für «P:Sofia» (Klasse ‹7c›). «P:Sofia» hat im Fach ‹Mathematik› große Fortschritte
gemacht.

Viele Grüße
Fr. «P:Demirtaş»
""",
    ),
    (
        "hw_letter",
        """Sehr geehrte Damen und Herren,

mein Name ist «P:Ewa Mazur». Ich möchte meinen ‹Sohn› «P:Kacper» (* «DOB:22/09/2017») an der
‹Grundschule Am Wiesental› anmelden. «P:Kacper Mazur» spricht ‹Deutsch und Polnisch›.

«P:Ewa Mazur»
«MAIL:ewa.mazur@wp.pl»
""",
    ),
    (
        "hw_letter",
        """Sehr geehrter Herr «P:Yıldız»,

Ihr Antrag auf ‹Sondernutzungserlaubnis› für die ‹Außengastronomie› wurde genehmigt.
Betrieb: ‹Café am Markt›, Inhaber «P:Cengiz Yıldız». Die Erlaubnis gilt bis ‹31.10.2026›.

Mit freundlichen Grüßen
«P:Brauckmann»
""",
    ),
    (
        "hw_letter",
        """Einwohnermeldeamt ‹Auskunftssperre›

Ich beantrage eine ‹Auskunftssperre›. Mein ‹Ex-Partner› «P:Dennis Hahn» ‹bedroht› mich.
Meine Daten: «P:Julia Engel», geb. «DOB:04/04/1994», «S:Am Varenholt 60», «L:44797 Bochum».

«P:J. Engel»
""",
    ),
    (
        "hw_letter",
        """Betreff: Schadensmeldung Schlagloch – Schadennummer «AZ:SCH-26-00991»

Sehr geehrte Damen und Herren,

am ‹27.02.2026› fuhr ich mit meinem Auto «KFZ:BO-EK 2210» in ein Schlagloch auf der ‹Hauptstraße›.
Die ‹Werkstattrechnung› liegt bei. Bitte überweisen Sie an «IBAN:DE02 1203 0000 0000 2020 51».

«P:Emre Kılınç»
""",
    ),
    (
        "hw_letter",
        """An den Kreis der Teilnehmenden

Die ‹Schöffenwahl› ergab folgende Hauptschöffen: «P:Gabriele Hirsch», «P:Bernd Stein» und
«P:Seda Aydın». Frau «P:Hirsch» übernimmt den Vorsitz der Vorbereitung. ‹Amtszeit› bis ‹2028›.
""",
    ),
    (
        "hw_letter",
        """‹Bürgerservice› – Rückruf

Frau «P:Kaur», Ihre Tochter «P:Simran Kaur» (geb. «DOB:16.07.2008») benötigt für den ‹Kinderreisepass›
ein ‹biometrisches Foto›. Telefon der Familie laut Akte: «TEL:0234 - 79 31 08».
""",
    ),
    (
        "hw_letter",
        """‹Mit freundlichen Grüßen›

«P:Ştefan Dumitrescu»
‹Geschäftsführer›
‹DS Hochbau GmbH› · HRB 17222
""",
    ),
    (
        "hw_letter",
        """Betreff: Anmeldung Hund «AZ:HS-0442/2026»

‹Sehr geehrte Damen und Herren›,

ich melde meinen ‹Hund› ab. Halter: «P:Wilhelm Fuchs». «P:Fuchs» zieht nach ‹Dortmund›.

«P:Willi Fuchs»
""",
    ),
    (
        "hw_letter",
        """Sehr geehrte Damen und Herren,

in der Anlage erhalten Sie die ‹Geburtsurkunde› unserer Tochter «P:Leyla» (geb. «DOB:01/03/2024»).
«P:Leyla Haddad» soll ab ‹August› die ‹Kita Sonnenschein› besuchen.

«P:Rania Haddad» und «P:Tarek Haddad»
""",
    ),
]

CLEAN: list[tuple[str, str]] = [
    (
        "hw_clean",
        """‹Öffnungszeiten› und Erreichbarkeit

Das ‹Bürgerbüro Mitte› im Rathaus ist montags bis freitags von 8 bis 13 Uhr geöffnet. Die zentrale
Behördennummer ‹115› und die ‹Zentrale der Stadtverwaltung: 0234 910-0› sind werktags erreichbar.
Termine vergibt das Servicecenter unter ‹0234 910-1111›.
""",
    ),
    (
        "hw_clean",
        """‹Drucksache 20260098› – Mitteilung der Verwaltung

Betreff: Sachstand ‹Radwegekonzept›
Bezug: Vorlage ‹0098/2026›, Beschluss des Rates vom ‹12.12.2024›

Der Rat hat die Verwaltung beauftragt, jährlich über den Ausbau zu berichten. Im Jahr 2025 wurden
‹14,2 Kilometer› Radweg neu markiert. Die Drucksache 0112/2026 wird nachgereicht.
""",
    ),
    (
        "hw_clean",
        """‹Satzung über die Erhebung von Gebühren› für die Benutzung der Friedhöfe

Aufgrund des § 7 der Gemeindeordnung für das Land Nordrhein-Westfalen (GO NRW) in der Fassung der
Bekanntmachung vom ‹14. Juli 1994› (GV. NRW. S. 666), zuletzt geändert durch Gesetz vom
‹5. Juli 2024›, hat der Rat der Stadt in seiner Sitzung am ‹12.12.2025› folgende Satzung beschlossen.
""",
    ),
    (
        "hw_clean",
        """‹Stellenausschreibung›

Die ‹Stadtwerke Bochum GmbH› suchen zum nächstmöglichen Zeitpunkt eine Fachkraft für
Wasserversorgungstechnik. Ihre Bewerbung richten Sie bitte über das ‹Karriereportal›. Auskunft erteilt
die Personalabteilung unter ‹0234 960-0›. Bewerbungsschluss ist der ‹31.03.2026›.
""",
    ),
    (
        "hw_clean",
        """Hinweise zur ‹Grundsteuer›

Bei Fragen zur Grundsteuer wenden Sie sich an das ‹Steueramt›, Servicetelefon ‹0234 910-2345›.
Die Hebesätze gelten seit dem ‹1. Januar 2025›. Widerspruch kann innerhalb eines Monats nach
Bekanntgabe eingelegt werden. Zahlungen leisten Sie bitte unter Angabe des Kassenzeichens.
""",
    ),
    (
        "hw_clean",
        """Pressemitteilung

‹Sparkasse› und ‹Deutsche Bahn› unterstützen Ferienprogramm

Gemeinsam mit der ‹Vonovia SE›, der ‹Evonik Industries AG› und dem ‹VfL Bochum 1848› bietet die Stadt
in den Sommerferien über 200 Veranstaltungen an. Anmeldungen nimmt das Kinderbüro entgegen.
""",
    ),
    (
        "hw_clean",
        """‹Tagesordnung› der Sitzung des Ausschusses für Umwelt

1. Genehmigung der Niederschrift
2. Baumschutzsatzung – Änderung, Vorlage ‹20260112›
3. Bericht Klimaanpassung, Berichterstattung durch die Verwaltung
4. Anfragen
Sitzungsort: ‹Ratssaal›, Beginn ‹17:00 Uhr›
""",
    ),
    (
        "hw_clean",
        """‹Abfallkalender 2026›

Die Restmülltonne wird vierzehntäglich geleert, die ‹Biotonne› wöchentlich von April bis Oktober.
Sperrmüll kann bei der USB unter der Servicenummer ‹0800 3364 110› angemeldet werden.
Weihnachtsbäume werden ab dem ‹7. Januar› abgeholt.
""",
    ),
    (
        "hw_clean",
        """Merkblatt ‹Wohnberechtigungsschein›

Einen Wohnberechtigungsschein erhalten Haushalte, deren Einkommen die Grenzen des § 13 WFNG NRW nicht
überschreitet. Vorzulegen sind Einkommensnachweise, Mietvertrag und Meldebescheinigung.
Die Bearbeitungszeit beträgt ‹drei bis vier Wochen›. Auskunft: ‹Amt für Soziales›.
""",
    ),
    (
        "hw_clean",
        """Bekanntmachung

Der ‹Bebauungsplan Nr. 987› – Kaiseraue – liegt in der Zeit vom ‹02.03.2026› bis ‹03.04.2026› im
Technischen Rathaus öffentlich aus. Stellungnahmen können während der Auslegungsfrist schriftlich
oder zur Niederschrift abgegeben werden (‹§ 3 Abs. 2 BauGB›).
""",
    ),
    (
        "hw_clean",
        """Jahresbericht ‹Feuerwehr›

Die Berufsfeuerwehr rückte 2025 zu ‹41.318 Einsätzen› aus. Rettungsdienst und Krankentransport machten
den Großteil aus. Die Leitstelle ist über den Notruf ‹112› erreichbar, die Verwaltung der Feuerwehr
unter ‹0234 9254-0›. Neue Wachen entstehen in Linden und Gerthe.
""",
    ),
    (
        "hw_clean",
        """Vergabevermerk

Auftraggeber: Stadt, ‹Zentrale Vergabestelle›
Gegenstand: Lieferung von Streusalz, Los 2
Zuschlag an: ‹Salzwerk Nord GmbH & Co. KG›
Auftragswert netto: ‹184.500,00 EUR›
Rechtsgrundlage: ‹§ 14 UVgO›
""",
    ),
    (
        "hw_clean",
        """Informationen zum ‹Anwohnerparken›

Anwohnerparkausweise werden für die Zonen A bis K ausgegeben. Die ‹Gebühr› beträgt ‹120 Euro› im Jahr.
Besucherparkscheine erhalten Sie im ‹Bürgerbüro›. Rechtsgrundlage ist die Gebührenordnung für
Maßnahmen im Straßenverkehr (GebOSt) vom ‹25. Januar 2011›.
""",
    ),
    (
        "hw_clean",
        """‹Haushaltssatzung› der Stadt für das Haushaltsjahr 2026

Aufgrund der §§ 78 ff. GO NRW hat der Rat am ‹11.12.2025› folgende Haushaltssatzung erlassen:
§ 1 Der Haushaltsplan wird im Ergebnisplan mit Erträgen von ‹1.812.345.600 EUR› festgesetzt.
§ 2 Kredite für Investitionen werden auf ‹96.000.000 EUR› festgesetzt.
""",
    ),
    (
        "hw_clean",
        """Rundschreiben an alle Kitas

Ab ‹August 2026› gilt die neue ‹Elternbeitragssatzung›. Die Beiträge werden nach Einkommen gestaffelt;
Geschwisterkinder sind beitragsfrei. Fragen beantwortet das ‹Jugendamt›, Servicetelefon 0234 910-2525.
Bitte hängen Sie den Aushang im Eingangsbereich aus.
""",
    ),
    (
        "hw_clean",
        """Sitzungsdienst – Hinweise

Anfragen von Ratsmitgliedern sind bis ‹zehn Tage› vor der Sitzung bei der Geschäftsstelle einzureichen.
Die Niederschrift der Sitzung vom ‹04.02.2026› ist im ‹Ratsinformationssystem› abrufbar. Mündliche
Anfragen Einwohnender beantwortet die Verwaltung schriftlich.
""",
    ),
    (
        "hw_clean",
        """Winterdienst

Gehwege sind werktags von 7 bis 20 Uhr von Schnee und Eis freizuhalten (‹§ 3 Straßenreinigungssatzung›).
Die Technischen Betriebe räumen Fahrbahnen nach Dringlichkeitsstufen. Störungen melden Sie über die
Hotline ‹0234 910-3838› oder den ‹Mängelmelder›.
""",
    ),
    (
        "hw_clean",
        """Kurzbericht Integration

Im Jahr 2025 besuchten ‹1.842 Personen› Integrationskurse. Die meisten Teilnehmenden kamen aus der
Ukraine, Syrien, Afghanistan und Rumänien. Die Kurse werden von der Volkshochschule, der Caritas und dem
Internationalen Bund angeboten. Die ‹Wartezeit› beträgt derzeit ‹sechs Wochen›.
""",
    ),
]

# Second round of PII-free texts: kinds the first round lacked (council minutes naming offices
# only, fee schedules, statutes, press releases with public buildings and their streets, tender
# notices, process notes, Drucksache numbers, waste calendars, funding programmes).
CLEAN += [
    (
        "hw_clean",
        """Niederschrift über die 12. Sitzung des Rates

Die ‹Oberbürgermeisterin› eröffnet die Sitzung um ‹15:05 Uhr› und stellt die Beschlussfähigkeit fest.
Zu TOP 3 berichtet der ‹Stadtkämmerer› über den Stand der Haushaltsberatungen. Die Stadtdirektorin
beantwortet die Anfrage der Fraktion Bündnis 90/Die Grünen (‹Drucksache 20251873›). Der Beigeordnete
für Bauen erläutert die ‹Vorlage 20260045›. Der Rat beschließt einstimmig.
""",
    ),
    (
        "hw_clean",
        """‹Gebührenordnung› für die Musikschule

Tarif A (Einzelunterricht 30 Minuten): ‹62,00 Euro› monatlich
Tarif B (Gruppenunterricht ab drei Personen): ‹38,50 Euro› monatlich
Geschwisterermäßigung: ‹25 Prozent›
Die Gebühren werden zum ‹15. eines Monats› fällig. Kündigungen sind zum Ende eines Schulhalbjahres
möglich. Diese Gebührenordnung tritt am ‹1. August 2026› in Kraft.
""",
    ),
    (
        "hw_clean",
        """Auszug aus der Gewerbeordnung

‹§ 34a GewO› Bewachungsgewerbe
(1) Wer gewerbsmäßig Leben oder Eigentum fremder Personen bewachen will, bedarf der Erlaubnis der
zuständigen Behörde. Die Erlaubnis kann mit Auflagen verbunden werden. Die Erlaubnis ist zu versagen,
wenn Tatsachen die Annahme rechtfertigen, dass der Antragsteller die erforderliche Zuverlässigkeit nicht
besitzt (‹§ 34a Abs. 1 Satz 3 Nr. 1 GewO›). Zuletzt geändert durch Artikel 1 des Gesetzes vom
‹19. Dezember 2022› (BGBl. I S. 2606).
""",
    ),
    (
        "hw_clean",
        """Pressemitteilung vom ‹18.02.2026›

Das ‹Musikforum›, ‹Marienplatz 1›, öffnet am ‹Tag der offenen Tür› seine Proberäume. Im
‹Kunstmuseum›, ‹Kortumstraße 147›, beginnt zugleich die Ausstellung „Farbe und Form“. Das
‹Planetarium›, ‹Castroper Straße 67›, zeigt ein Sonderprogramm. Der Eintritt ist frei.
Pressekontakt: ‹Presse- und Informationsamt› im Rathaus
""",
    ),
    (
        "hw_clean",
        """Öffnungszeiten der Stadtbücherei

‹Zentralbibliothek›, ‹Gustav-Heinemann-Platz 2-6›, ‹44777 Bochum›
Dienstag bis Freitag ‹10 bis 19 Uhr›, Samstag ‹10 bis 14 Uhr›
Stadtteilbibliothek Wattenscheid, ‹Hochstraße 13›
Telefonzentrale der Stadt: ‹0234 910-0›, Auskunft der Bibliothek: ‹0234 910-2482›
""",
    ),
    (
        "hw_clean",
        """Förderprogramm ‹Klimafreundliches Gewerbe›

Gefördert werden Unternehmen mit Sitz im Stadtgebiet, die in Energieeffizienz investieren. Zu den
ersten Zuwendungsempfängern gehören die ‹Brauerei Fiege GmbH›, die ‹Stahlbau Wittkamp KG› und die
‹Gebr. Steinhoff Logistik GmbH & Co. KG›. Die Förderquote beträgt bis zu ‹40 Prozent›, höchstens
‹50.000 Euro›. Anträge sind bis zum ‹30.09.2026› bei der ‹Wirtschaftsentwicklung› einzureichen.
""",
    ),
    (
        "hw_clean",
        """Öffentliche Ausschreibung nach ‹§ 9 UVgO›

Vergabenummer: ‹VG 2026/0417›
Leistung: Unterhaltsreinigung der ‹Grundschule Am Volkspark›, Volkspark 5
Ausführungszeitraum: ‹01.08.2026› bis ‹31.07.2028›
Angebotsfrist: ‹14.05.2026, 11:00 Uhr›
Die Vergabeunterlagen stehen auf der ‹Vergabeplattform› zum Download bereit.
""",
    ),
    (
        "hw_clean",
        """Interne Prozessbeschreibung Posteingang

1. Die Poststelle scannt alle Eingänge und legt sie in der ‹E-Akte› ab.
2. Die Teamleitung verteilt die Vorgänge nach Zuständigkeit.
3. Fristsachen werden mit Wiedervorlage versehen; die Frist beträgt in der Regel ‹zwei Wochen›.
4. Rückfragen klärt die Sachbearbeitung telefonisch oder per Mail.
Stand: ‹März 2026›, freigegeben durch die ‹Amtsleitung›.
""",
    ),
    (
        "hw_clean",
        """Öffentliche Bekanntmachung

Der Ausschuss für Planung und Grundstücke hat in seiner Sitzung am ‹05.03.2026› den Aufstellungsbeschluss
für den Bebauungsplan ‹Nr. 1021› gefasst (‹Drucksache 20260211›). Die Unterlagen liegen vom ‹16.03.2026›
bis zum ‹17.04.2026› im ‹Technischen Rathaus›, ‹Hans-Böckler-Straße 19›, aus.
""",
    ),
    (
        "hw_clean",
        """‹Abfuhrkalender› Bezirk Süd

Restmüll: Montag in geraden Kalenderwochen
Papier: ‹Mittwoch, 14.01.2026›, ‹11.02.2026›, ‹11.03.2026›
Gelbe Tonne: Freitag, ‹09.01.2026›, ‹23.01.2026›
Schadstoffmobil: ‹Samstag, 21.03.2026›, Parkplatz Freibad Südpark
Fragen beantwortet der ‹USB Kundenservice› unter ‹0800 3364 110›.
""",
    ),
    (
        "hw_clean",
        """Niederschrift Bezirksvertretung Mitte

Der ‹Bezirksbürgermeister› begrüßt die Anwesenden. Die Bezirksvertretung nimmt die Mitteilung der
Verwaltung zur Umgestaltung des Husemannplatzes zur Kenntnis (‹Vorlage 20260077›). Die Leiterin des
‹Tiefbauamtes› erläutert den Zeitplan. Abstimmungsergebnis: ‹12 Ja-Stimmen›, ‹2 Enthaltungen›.
""",
    ),
    (
        "hw_clean",
        """Satzung über die Straßenreinigung

§ 1 Allgemeines
Die Stadt betreibt die Reinigung der dem öffentlichen Verkehr gewidmeten Straßen. Die Reinigungspflicht
für Gehwege wird den Eigentümern der angrenzenden Grundstücke auferlegt (‹§ 4 StrReinG NRW›).
§ 2 Inkrafttreten
Diese Satzung tritt am ‹01.01.2026› in Kraft. Gleichzeitig tritt die Satzung vom ‹17.12.2019› außer Kraft.
""",
    ),
    (
        "hw_clean",
        """Einladung zur Bürgerversammlung

Die Stadt lädt alle Interessierten zur Informationsveranstaltung über den Neubau der Feuerwache ein.
Ort: ‹Aula der Gesamtschule›, ‹Querenburger Höhe 298›
Termin: ‹Donnerstag, 23. April 2026›, ‹18:30 Uhr›
Der Leiter der Feuerwehr und die Dezernentin für Ordnung stehen für Fragen zur Verfügung.
""",
    ),
    (
        "hw_clean",
        """Verwaltungsvorschrift Dienstreisen

Dienstreisen sind vorab über das Reiseportal zu beantragen. Erstattet werden die Kosten nach dem
‹Landesreisekostengesetz› (LRKG) in der Fassung vom ‹16.12.1998›. Für Fahrten mit dem privaten Pkw
beträgt die Wegstreckenentschädigung ‹0,30 Euro› je Kilometer. Anträge auf Erstattung sind innerhalb
einer Ausschlussfrist von ‹sechs Monaten› zu stellen.
""",
    ),
    (
        "hw_clean",
        """Hinweis zur Erreichbarkeit

Wegen einer Personalversammlung bleiben alle Dienststellen am ‹Mittwoch, 10. Juni 2026›, ab ‹12 Uhr›
geschlossen. Das ‹Bürgerbüro Wattenscheid›, ‹Freiheitstraße 6›, ist bereits ab ‹11 Uhr› geschlossen.
In dringenden Fällen erreichen Sie die ‹Vermittlung› unter ‹0234 910-0›.
""",
    ),
    (
        "hw_clean",
        """Beschlussvorlage ‹20260133›

Betreff: Sanierung des Hallenbades Hofstede
Beratungsfolge: Ausschuss für Sport (‹24.03.2026›), Haupt- und Finanzausschuss (‹01.04.2026›),
Rat (‹23.04.2026›)
Finanzielle Auswirkungen: ‹2,4 Mio. Euro› im Haushaltsjahr 2027
Beschlussvorschlag: Der Rat beauftragt die Verwaltung mit der Sanierung nach Variante B.
""",
    ),
    (
        "hw_clean",
        """Entgeltliste Bürgerhäuser

Großer Saal: ‹450 Euro› je Veranstaltungstag
Seminarraum: ‹90 Euro› je Veranstaltungstag
Kaution: ‹300 Euro›
Gemeinnützige Vereine erhalten eine Ermäßigung von ‹50 Prozent›. Reservierungen über die Verwaltung
der Bürgerhäuser, ‹Willy-Brandt-Platz 2›, oder telefonisch unter der Behördennummer ‹115›.
""",
    ),
    (
        "hw_clean",
        """Fachbereichsrundschreiben 4/2026

Ab dem ‹1. Mai› gilt die neue Dienstanweisung zur Aktenführung. Vorgänge werden ausschließlich
elektronisch geführt; Papierakten werden bis ‹Ende 2027› digitalisiert. Ansprechpartner ist das
‹Team Digitalisierung› im ‹Hauptamt›. Die Dienstanweisung ersetzt die Fassung vom ‹03.11.2021›.
""",
    ),
    (
        "hw_clean",
        """Kurzprotokoll Jour fixe Jugendhilfeplanung

Teilnehmende: Jugendamtsleitung, Sozialplanung, Kita-Fachberatung, Schulverwaltung
1. Platzbedarf U3: Fehlbedarf von ‹312 Plätzen› zum Kindergartenjahr 2026/27.
2. Neubau Kita Kreyenfeldstraße: Baubeginn im ‹Herbst 2026›.
3. Nächster Termin: ‹12.05.2026›, ‹Besprechungsraum 3.14›.
""",
    ),
    (
        "hw_clean",
        """Sperrung der Brücke Wittener Straße

Wegen Bauarbeiten ist die Brücke im Zuge der Wittener Straße vom ‹06.07.2026› bis ‹14.08.2026› für den
Kraftverkehr gesperrt. Eine Umleitung ist ausgeschildert. Die ‹Buslinie 345› fährt über die
Universitätsstraße. Auskunft erteilt die ‹Mobilitätszentrale› der Bogestra unter ‹0234 303-2665›.
""",
    ),
]

# PII documents whose keep phrases are public: office names, public addresses, statute
# references, deadlines, amounts.
PII += [
    (
        "hw_letter",
        """Stadt Bochum – ‹Ordnungsamt›, ‹Willy-Brandt-Platz 2-6›, ‹44777 Bochum›

Herrn
«P:Dariusz Wróbel»
«S:Dietrich-Benking-Straße 41»
«L:44805 Bochum»

Erlaubnis nach ‹§ 34a GewO›, Ihr Antrag vom ‹02.02.2026›

Sehr geehrter Herr «P:Wróbel»,
für die Prüfung Ihrer Zuverlässigkeit benötigen wir bis zum ‹31.03.2026› ein Führungszeugnis. Die
Gebühr beträgt ‹350,00 Euro›. Sie erreichen uns über die ‹Zentrale der Stadtverwaltung: 0234 910-0›.
""",
    ),
    (
        "hw_letter",
        """‹Bürgerbüro Mitte›, ‹Gustav-Heinemann-Platz 2›

Niederschrift zur Abholung eines ‹Reisepasses›
Am ‹16.02.2026› erschien Frau «P:Ewa Nowicka», geb. «DOB:11.09.1979», wohnhaft «S:Hustadtring 67»,
«L:44801 Bochum». Die Gebühr von ‹70,00 Euro› wurde bar entrichtet (‹§ 15 PassV›).
""",
    ),
]
