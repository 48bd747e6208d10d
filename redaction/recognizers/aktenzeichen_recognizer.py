"""File numbers and other numbers that identify one person or their case.

Aktenzeichen, Kassenzeichen, "Ihr/Unser Zeichen", and the numbers people quote with a cue word:
Kundennummer, Ausweisnummer, Versichertennummer, a dog's Transponder/Chip-Nummer and the like.
The value is tagged, the cue stays readable for classification. Order and invoice numbers are
left alone: they identify a purchase, not a person.
"""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.patterns import WORD_START, StdlibPatternRecognizer, for_text
from redaction.recognizers.person_recognizer import ocr_tolerant

# The genitive of a file number's word, before a number with a separator: "unter Angabe des
# Kassenzeichens⏎7100.45.2025.3318" (not "die Vergabe des Geschäftszeichens 2026").
_GENITIVE = r"(?:s(?=[ \t]*:?[ \t]*\n?[ \t]*(?:[A-Z]{1,4}[ ]?)?\d+[-/.]\d))?"
# Cues that are complete on their own.
# Matched with OCR misreadings too ("Ihr Zeíchen", "Aktenzeicben").
_FILE_CUES = (
    rf"(?:(?:Ihr|Unser)[ ]?)?{ocr_tolerant('aktenzeichen')}{_GENITIVE}|Az\.?|Ihr[ ]Az\.?"
    r"|Unser[ ]Az\.?"
    # Another authority's file number: "BAMF-Az. 6794412-475", "LEA-Az.".
    r"|(?-i:[A-Z]{2,5})-Az\.?"
    # The Ausländerzentralregister's number and an Afghan identity document, the Tazkira.
    r"|AZR(?=[ ]\d)|Ta[sz]k[ie]?ra"
    # A register's entry and an administrative offence's case: "Sterbefall-Reg. S 0117/2027",
    # "OWi 32.4-27-000614".
    r"|[A-ZÄÖÜ][a-zäöü]+-Reg\.(?=[ ](?:[A-Z]{1,3}[ ])?\d)|(?-i:OWi)(?=[ ](?:\d+[-/.]\d|\d{5}))"
    rf"|Gesch\.-Z\.|{ocr_tolerant('geschäftszeichen')}{_GENITIVE}"
    rf"|{ocr_tolerant('kassenzeichen')}{_GENITIVE}"
    # A letterhead's field at a line's start, its value with a separator: "Zeichen: VÜ 32.22 –
    # 2025-045512", "Zeichen VÜ 32.22-2025-045512" (not a count: "Zeichen: 2.431 | Wörter: 356").
    r"|(?-i:(?<![^\n])Zeichen(?=[ \t]*:?[ \t]*(?:[A-ZÄÖÜ]{1,4}[ ]?)?\d[\d.]*[ ]?[-/–]))"
    rf"|Kassenz\.|Buchungszeichen|(?:Ihr|Unser|Mein)[ ]{ocr_tolerant('zeichen')}|Personenkennziffer"
    r"|St\.-Nr\.|Akte(?:n)?[ ]?(?:Nr\.?|Nummer)|Vers\.[ ]?-?[ ]?Nr\.?|Mitgl\.[ ]?-?[ ]?Nr\.?"
    # An application's number: "Betreff: WG-Antrag WG 44-2027-0318", "Antrag 34 EB 2026-1488",
    # "Bauvoranfrage BV 2024/0456" (not "Ihr Antrag 2026", "Antrag Nr. 5").
    # Only a person's kind of application: a council's or a club's motion is none
    # ("Änderungsantrag 0412-1/2025", "Ratsantrag RA 2025/0412", "Förderantrag FA 2025/12").
    r"|(?:(?:[A-Z]{2,4}-)?(?:bau|wohngeld|leistungs|einbürgerungs|aufenthalts|elterngeld"
    r"|kindergeld|bafög|befreiungs|erstattungs|härtefall|verlängerungs|aufnahme|kita|wbs"
    r"|sozialhilfe|grundsicherungs|pflege|beihilfe|namensänderungs)?antrag|(?:bau)?voranfrage)"
    r"(?=[ ](?:[A-Z]{1,4}[ ]?)?\d+(?:[ ][A-Z]{1,4})?[ ]?\d*[-/.]\d)"
    # A procedure's number has its office's letters and three groups: "im Verfahren BA
    # 36-2024-0117", "Bauantragsverfahren BA 36-…" (not "im Verfahren 2023-2025", "Verfahren EU
    # 2020/1234", "Verfahren C 311/18", "Vorhaben B 2-2024").
    r"|(?:[a-zäöü]+)?(?:verfahren|vorhaben)"
    r"(?=[ ](?-i:[A-ZÄÖÜ]{2,4})[ ]?\d+[-/.]\d+[-/.]\d)"
    # A complaint system's ticket: "Ticket #48213" (not "Ticket 2026", an event's).
    r"|(?:Ticket|Fall|Anliegen|Meldung|Beschwerde)(?=[ ]?#[ ]?\d)"
    r"|Kd\.[ ]?-?[ ]?Nr\.?|Vorgang|(?:unter[ ]dem|mit[ ]dem|Ihrem|unserem)[ \n]Zeichen"
    r"|Betreuungssache|Nachlasssache|Familiensache|Vormundschaftssache|Insolvenzsache"
    r"|(?:our|your)[ ](?:reference|ref\.)|reference|file[ ]number|case[ ]number"
    # "Akte WG 61-2024-7713"; an office's short code before "-Nr." ("VU-Nr.", "UR-Nr.").
    r"|Akte(?=[ ](?:[A-Z]|\d+[-/.]))"
    # A file of its kind: "Personalakte PA 10-4772", "Bauakte 63-2021-118" (not "Kontakte").
    r"|(?-i:(?:Personal|Bau|Haupt|Neben|Sach|Bei|Ausländer|Einbürgerungs|Sozial|Jugendhilfe"
    r"|Schüler|Patienten|Gerichts|Verwaltungs|Ermittlungs|Straf|Melde|Betreuungs|Pflege"
    r"|Gewerbe|Wohngeld|Leistungs|Fall|Vorgangs)akte)(?=[ ](?:[A-Z]{1,4}[ ]?)?\d+[-/.]\d)"
    # Identity documents named in the holder's language: Polish, Turkish, Romanian, English.
    r"|Dowód[ ]osobisty|Paszport|Seria[ ]i[ ]numer|Numer[ ]dokumentu"
    r"|(?:T\.?[ ]?C\.?[ ])?Kimlik(?:[ ]No|[ ]Numarası)?"
    r"|Pasaport(?:[ ]No)?"
    r"|Carte[ ]de[ ]identitate|CNP|Passport[ ]No\.?|ID[ ]card[ ]No\.?"
    # A customer's or debtor's number right after the word ("für Kunde 118734").
    # Five digits at least, or with a separator: "Kunde 2024 neu angelegt" is a year.
    r"|(?:Kunde|Kundin|Schuldner(?:in)?|Mandant(?:in)?)(?=[ ](?:\d{5}|\d+[-/.]\d))"
    # A person's account with the office or a landlord's flat: "Beitragskonto 51-0733-19",
    # "Objekt 4711-082-03" (with a separator: "Objekt 3" is a list's item).
    r"|(?:Beitrags|Mieter|Kunden|Personen|Buchungs|Gebühren|Vertrags|Debitoren)konto"
    r"|(?:Miet)?[Oo]bjekt(?=[ ]\d+[-/.]\d)|Buchung(?=[ ]\d+[-/.]\d)"
    # A grave by its kind, its number right after: "Grabstelle W-12-118", "Wahlgrab 4471".
    r"|(?:Wahl|Reihen|Urnen|Familien|Kinder|Rasen|Baum)?grab(?:stelle|stätte)?"
    r"(?=[ ](?:[A-Z]{1,3}[ -]?)?\d+(?:[-/.]\d|\d{3}))"
    # A dog's tax tags and a land register's sheet name their holder: "Steuermarken 07731 und
    # 07732", "Grundbuch von Rondorf Blatt 3178", "Baulastenblatt Nr. R-2231" (not "Blatt 2").
    r"|(?:Hunde)?[Ss]teuermarken?|[Ss]teuermarke\(n\)|Hundemarken?|Grundbuchblatt|Baulastenblatt"
    # "(Marke Nr. R-5581)" of a dog; a register's entry, another authority's file ("Reg.-Nr.
    # AE 2025/0147", "Gz. 8812043-224").
    # (A registry's number has its register's letter: not a statute index's "Reg.-Nr. 1-12/2020".)
    r"|(?-i:Marke)[ \n]Nr\.?|Reg\.-Nr\.?(?=[ ]?[A-Z]{1,3}[ ]?\d)|Gz\.|Hundesteuer-?marke"
    # An animal's chip ("Chip 276098102244871", "Microchip: 985112004417720"), a hunting or
    # weapons licence ("Jagdschein BK-JS 118/2011"), a voter's entry in the register ("Nr. im
    # Wählerverzeichnis: 1077", "wvz_nr=1187"), a library log's "card=2100 4471 8820".
    r"|(?:Mikro|Micro)?chip(?=[ ]?:?[ ]?(?:\d[ ]?){10})|Transponder(?=[ ]?:?[ ]?(?:\d[ ]?){10})"
    # (A licence's number has letters or a "Nr.": "Jagdschein 2025/26" is a season.)
    r"|(?:Jagdschein|Waffenschein|Waffenbesitzkarten?)(?=[ ]*:?[ ]*(?:Nr\.?[ ]?|Nummer[ ])?[A-Z]"
    r"|[ ]*(?:Nr\.?|Nummer)[ ]?\d)"
    r"|Nr\.[ ]im[ ](?:Wählerverzeichnis|WVZ)|wvz[_-]?nr|Wählerverzeichnis(?=[ ]?-?Nr)"
    r"|(?-i:card)(?==\d)"
    r"|Grundbuch(?:[ ]von[ ][A-ZÄÖÜ][\w-]+|[ .]+[A-ZÄÖÜ][\w-]+,)?[ ]Blatt"
    r"|(?-i:(?!(?:DIN|ISO|EN|ISBN|ISSN|EU|EG|SAP|KST|BGB|EAN|UN|VO|RL|GTIN|ASIN|KW|HRB|VR)-)"
    r"[A-ZÄÖÜ]{2,4})"
    r"-Nr\.?"
)
# A card named without "Nr." before its number, which then starts with a letter
# ("Bibliotheksausweis J 0047 1182 93"; not "Der Leserausweis 2026 kostet …").
# A card's number of twelve digits or more in groups is no year: "Leserausweis 2604 8817 3392".
_CARD = (
    r"(?<![\w-])(?:Leser|Lese|Bibliotheks|Benutzer|Mitglieds)ausweis(?:es)?[ ]+"
    r"(?=[A-Z]|\d{4}[ ]?\d{4}[ ]?\d{4})"
)
# Word stems that make an identifying number with "-nummer", "-Nr.": "Kundennummer",
# "Kunden-Nr.", "Transponder/Chip-Nummer", "Ausweis Nr.".
_NUMBER_STEMS = (
    r"Kunden|Vorgangs|Mitglieds|Antrags|Bescheid|Personal|Personalausweis|Ausweis|Reisepass|Pass"
    r"|Führerschein|Versicherungs|Versicherten|Sozialversicherungs|Rentenversicherungs|Renten"
    r"|Krankenversicherten|Vertrags|Mietvertrags|Pachtvertrags|Zähler|Chip|Mikrochip|Transponder"
    r"|Tätowier|Fahrgestell"
    r"|Fahrzeugidentifizierungs|Matrikel|Schüler|Steuer|Akten|Fall|Buchungs|Mandanten|Konto"
    r"|Bedarfsgemeinschafts|Kindergeld|Wohngeld|Beitrags|Mieter|Patienten|Referenz|Ticket"
    r"|Schadens?|Versicherungsschein|Police|Policen|Klienten|Bewohner|Fahrschüler"
    r"|Sachakten|Verfahrens|BG|Register|Beurkundungs?|Urkunden|Bibliotheksausweis|Gewerbe|WBS"
    r"|Genehmigungs|Erlaubnis|Tagebuch|Tgb\.?|Geschäfts|Fundanzeige|Fundsachen|Fund|Anzeigen?"
    r"|Straf|Ermittlungs|Einsatz|Prüfungs|Prüfungszeugnis|Zeugnis|Zertifikats|Leser|Leserausweis"
    # A grant's number and a card's of any kind: "Förderungsnr.", "Schwerbehindertenausweis-Nummer".
    r"|Bibliotheks|eVB|Förderungs|Förder|[a-zäöü]{3,}ausweis|Bußgeld|Verwarnungs|Verwarngeld"
    r"|Bearbeitungs|Lfd\.?|Schuldner"
    # A registry office's registration of a marriage: "Anm.-Nr. EA 2026/0887".
    r"|Anmelde|Anmeldungs|Anm\.|Betriebs|Wahlschein|Leseausweis"
    # An allowance, a grave's right of use, a pass: "Beihilfenummer 2231-04",
    # "Grabnutzungsrecht Nr. 4471", "Schülerfahrkarte Nr. 118-44721".
    r"|Beihilfe|Grabnutzungs(?:recht)?|Nutzungsrecht|Grab(?:stätte|stelle)?|Bewerber"
    r"|[a-zäöü]*(?:fahr|ehrenamts|familien|sozial|berechtigungs|kunden)karte"
    # "Sozialpass Nr. 118-44721", "Bochum-Pass Nr. 4471", "Vertragskontonummer 4000123".
    r"|(?:sozial|familien|ferien|kultur|stadt|senioren|jugend|[a-zäöü]+-)pass"
    r"|(?:vertrags|beitrags|kunden|mieter)konto"
)
_NUMBER_CUE = (
    rf"(?:{_NUMBER_STEMS})(?:[ ]?/[ ]?(?:{_NUMBER_STEMS}))*"
    # (OCR may read "nummer" as "nurnrner".)
    # (A list's: "Kundennummern K-4471 190, K-4471 191".)
    rf"(?:-?(?:{ocr_tolerant('nummer')}n?|nr\.?)|[ ](?:Nummern?|Nr\.?)|kennziffer|kennzeichen|code"
    r"|kennung|-ID)"
)
CUES = rf"{WORD_START}(?i:{_FILE_CUES}|{_NUMBER_CUE})(?!\w)"
# The value: one run, then more groups of digits, initials or runs with a digit as on paper
# ("5100 2026 0047 11", "231/25 SB", "WG 50.22-88173", "VG 2026/118 204").
# The head holds a digit or is a short code ("WG", "BtB", "S"): a town or an office's name
# before the number ("Bremerhaven 2026-…") is none. A further run with a separator is no date
# and no amount ("Az. 123/26 12.03.2026", "Kassenzeichen 51002026 1.250 EUR"); digits with a
# letter OCR put in are a run ("18 l50979 M 53 1").
VALUE = (
    r"(?P<value>(?:[A-Z0-9](?=[A-ZÄÖÜa-zäöü0-9./\-]*\d)[A-ZÄÖÜa-zäöü0-9./\-]{0,30}[A-Za-z0-9]"
    # An office's letters, also with an umlaut: "VÜ 32.22 – 2025-045512" (not "Über").
    # (A tax's short name: "GewSt 4.413.220.771", not "Kasse 0479". A lone letter or digit
    # only before its groups: "Ihr Zeichen: UR-Nr. 1188/2027" must leave "UR-Nr." to its cue.)
    r"|[A-Z][A-Za-z]{0,3}(?![\w./-])|[A-Z][a-z]{1,3}[A-Z][A-Za-z]?(?![\w./-])"
    r"|[A-ZÄÖÜ]{2,3}(?![\w./-])"
    r"|[A-Z]{1,4}(?:-[A-Z]{1,4})+(?![\w./-])|[A-Z0-9](?=[ ][A-Za-z0-9]))"
    # A dash between groups before a long one: "VÜ 32.22 – 2025-045512" (not "– 3 Anlagen").
    r"(?:[ ](?:–[ ](?=\d{4}|\d+[-/.]\d))?(?:\d{1,12}|[A-Z]{1,4}|\d*[lOI]\d+"
    r"|(?!\d{1,2}\.\d{1,2}\.\d{2,4}(?!\d))(?=[A-Za-z0-9]*[./-])"
    r"(?=[A-Za-zÄÖÜ0-9./-]*\d)[A-Za-z0-9][A-Za-zÄÖÜ0-9./-]{0,30}[A-Za-z0-9])"
    r"(?![\w/-]|[.,][\w/]|[ ]?(?:EUR|€|Euro)(?!\w)))*)"
)
# Shorter values are page numbers, counts, years' parts: no reference.
_MIN_VALUE_CHARS = 4
# Sozialversicherungs-/Rentenversicherungsnummer: area, birth date (day + 40 for a second
# number), initial of the birth name, serial, check digit. The shape alone identifies it.
SV_NUMBER = (
    r"(?<![\w-])(?P<value>\d{2}[ ]?(?:0[1-9]|[12]\d|3[01]|4[1-9]|[56]\d|7[01])"
    r"(?:0[1-9]|1[0-2])\d{2}[ ]?[A-Z][ ]?\d{2}[ ]?\d)(?![\w-])"
)
# After the cue: whose it is ("des Finanzamts"), a bracket, up to three short words ("Unser
# Aktenzeichen bei Ihnen: …"), then the separators forms use (colon, hash, pipe, dotted leader,
# tab).
_AFTER_CUE = (
    r"(?:[ ](?:der|des|beim)[ ][A-ZÄÖÜ][\w-]+(?:[ ][A-ZÄÖÜ][\w-]+)?)?"
    # The authority whose number it is: "Aktenzeichen Landesamt 71-04-221-3387-2", "Az.
    # Sozialgericht S 12 AS 118/25".
    # (Its value has a separator: "Vorgang Bauamt 2026 abgeschlossen" names a year.)
    r"(?:[ ][A-ZÄÖÜ][a-zäöüß]*(?:amt|gericht|behörde|kanzlei|kasse|verwaltung)"
    r"(?=[ \t]+(?:[A-ZÄÖÜ]{1,4}[ ]?)?\d+[-/.]\d))?"
    r"[ ]?(?:\([^()\n]{0,20}\))?(?:[ ](?:bei|von|an|für|vom|beim|der|die|das|des|dem|Ihnen|dort"
    # A log's or an export's "vorgang=GA-K-27-081545".
    r"|Ihrer|Ihrem|Ihres|uns|lautet|ist|is)){0,3}[ \t]*(?:[:#|=]|Nr\.|(?:\.[ ]?){3,}|…+)?[ \t]*"
    # The value may stand on the next line: "(Grundbesitzabgaben, Kassenzeichen⏎400.317.882.4)".
    r"(?:\n[ \t]*)?"
)
# A file number's own word, then words that say whose, then a colon: "Az. Kanzlei: EA 2025/214",
# "aktenzeichen vom alten bescheid: 50.3-wg-118824". Not words of measure or time ("Az.
# Seite: 12-14", "Geschäftszeichen Ratsbeschluss vom: 2025/12"), and a value with a digit
# follows ("Vorgang an Steueramt: Az. dort HuSt 22-0418" has its own cue after the colon).
_FILE_WORD = (
    rf"{WORD_START}(?i:(?:(?:Ihr|Unser)[ ]?)?{ocr_tolerant('aktenzeichen')}|Az\.?"
    rf"|{ocr_tolerant('kassenzeichen')}|{ocr_tolerant('geschäftszeichen')}|{_NUMBER_CUE})(?!\w)"
)
_WORDS_TO_COLON = (
    r"(?:[ ](?!(?i:und|oder|sowie|bzw)(?![\w-]))[^\W\d_][\w.-]{0,19}){0,2}"
    # The word before the colon names no measure, time or other number.
    r"[ ](?!(?i:und|oder|sowie|bzw|betrag|summe|anzahl|dauer|seite|seiten|uhrzeit|zeit|datum"
    r"|frist|stand|vom|am|länge|format|sitzung|beschluss|ratsbeschluss)(?![\w-]))"
    r"[^\W\d_][\w.-]{0,19}"
    r"[ \t]*:[ \t]*(?=[A-ZÄÖÜa-zäöü]{0,5}[ ./-]?\d)"
)
# "Mein Aktenzeichen von der Anmeldung 2021 ist 32.1-2021-00893."
# "Gewerbe-Nr steht auf der alten Bescheinigung: GW 18/3321."
_LINKED = (
    r"[^\n.!?:;]{0,60}?(?:[ ](?:ist|lautet|lautete|war|lauten)[ ]+(?:der|die|das)?"
    r"|[ ](?:steht|stand|findet[ ]sich)[^\n.!?:]{0,40}(?:\n[^\n.!?:]{0,40})?:)[ ]*"
)
_DATE_ONLY = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}")
# A log's time stamp: ISO 8601 ("2026-03-04T09:01:12Z" is cut at the colon) and a web server's
# ("04/Mar/2026:13:14:55").
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{1,2}|\d{1,2}/[A-Z][a-z]{2}/\d{4}")
# Court file numbers by their shape: department, register letters, number/year ("2 C 123/25",
# "XVII 112/25", "3 K 1234/23").
COURT_FILE = (
    # A penal order's court and prosecutor numbers together: "5 Cs 6042 Js 11873/24".
    # (Four digits only before a prosecutor's register: "2025 Heft 2/25" is a journal's.)
    r"(?<![\w/.-])(?P<value>(?:(?:\d{1,3}[ ][A-Z][a-z]{1,2}[ ])?"
    r"(?:\d{1,3}[ ][A-Z][A-Za-z]{0,3}|\d{4}[ ](?:Js|UJs|VRs))"
    r"|[IVX]{1,6}(?:[ ][A-Z][a-z]{0,2})?)"
    r"[ ]\d{1,6}/\d{2}(?:\d{2})?)(?![\w/])"
)
# A reference without a cue, recognisable by its shape: capitals and at least five digits in
# one token ("K-2025-88341", "B7O3418829", "HS-0442/2026", "63-BV-0127/26"); shorter ones
# ("KF-63215") are form and order references as often.
MIXED_REFERENCE = (
    # (The look-aheads stay inside the token: "A;A;A;…" made the search quadratic.)
    r"(?<![\w./-])(?P<value>(?=[\w./-]*[A-Z])(?=(?:[A-Za-z./-]*\d){6})"
    r"[A-Z0-9][A-Za-z0-9]*(?:[-/.][A-Za-z0-9]+)*)(?![\w/-])"
)
# A Kassenzeichen by its shape: groups of digits parted by dots, nine digits or more, one group
# of four or more ("5.1002.447198.2", "32.21.617403.8") or a last group of one or two
# ("400.317.882.4", "700.118.204.77"); not an amount ("1.234.567.890": groups of three), a
# date or a version.
DOTTED_REFERENCE = r"(?<![\w.,/-])(?P<value>\d{1,3}(?:\.\d{1,8}){2,4})(?![\w/-]|[.,]\d)"
_MIN_DOTTED_DIGITS = 9
_MIN_LONG_GROUP = 4
_AMOUNT_GROUP = 3


def _dotted_reference(value: str) -> bool:
    groups = value.split(".")
    return (
        sum(len(g) for g in groups) >= _MIN_DOTTED_DIGITS
        and (any(len(g) >= _MIN_LONG_GROUP for g in groups) or len(groups[-1]) < _AMOUNT_GROUP)
        and not all(len(g) == 3 for g in groups[1:])
    )


# A registry office's entry: register letter (Geburt, Ehe, Sterbefall, Lebenspartnerschaft,
# a grave's deed), number and year in either order ("G 212/1982", "S 2O25/1873", "GU
# 1995/0412"), with a register's word before it (``_REGISTER_BEFORE``).
CIVIL_REGISTER = (
    r"(?<![\w/.-])(?P<value>(?:G|E|S|L|GU|EA|AE|N)[ ](?:\d{1,5}/[12][0-9O]\d[\dO]"
    r"|[12][0-9O]\d[\dO]/\d{1,5}))(?![\w/])"
)
_REGISTER_BEFORE = re.compile(
    r"(?i:standesamt|register|reg\.|urkunde|beurkund|grabnutzung|eintrag)"
)
_REGISTER_REACH = 200
# A council's, a tariff's or a range's number of that shape: "Tarifstelle G 12/2025", "Vorlage G
# 45/2024", "Nummern G 1/2024 bis G 3518/2024".
_NOT_A_REGISTER_ENTRY = re.compile(
    r"(?i:tarif\w*|vorlage|drucksache|beschluss\w*|sitzung\w*|satzung)|(?i:nummern|bis|von)[ ]$"
)
_NOT_A_REGISTER_REACH = 60
# A Jobcenter's number of a household (Bedarfsgemeinschaft): office, two slashes, number.
BG_NUMBER = r"(?<![\w/])(?P<value>\d{5}//\d{7})(?![\w/])"
_OCR_DIGITS = str.maketrans("OolISB", "001158")
# Marks a result in its recognition metadata as found by its shape alone, without a cue: the
# redactor lets it go in a table of things (trees, parking meters), not of persons.
SHAPE_ONLY_KEY = "rathaus_shape_only"
# Shapes of numbers that name no person: IT service tickets and changes, inventory numbers
# ("INC-2026-004471", "CHG-2026-0219", "INV-2019-0412") and SEPA creditor identifiers
# ("DE71ZZZ00000012345", an organisation's).
# A council's papers by their kind, number and year ("BV/0412/2026" a Beschlussvorlage,
# "IV/0088/2026" an Informationsvorlage, "A/0121/2026" a motion) found by shape alone.
_NOT_PERSONAL_SHAPE = re.compile(
    r"(?:INC|CHG|RFC|REQ|RITM|PRB|SCTASK|TASK|INV)[-_ ]?\d[\d-]*|[A-Z]{2}\d{2}ZZZ\d{8,11}"
    r"|(?:BV|IV|MV|DS|VO|BE|AN|AF|V|A|M|F)/\d{3,5}/(?:19|20)\d{2}"
)
# A legal person's register number: a capital company's (section B of the Handelsregister), an
# association's or a cooperative's ("Registernummer: HRB 9876"). See handelsregister_recognizer.
_LEGAL_PERSON_REGISTER = re.compile(r"(?:HRB|VR|GnR)[ ]?\d{1,6}(?:[ ][A-Z])?")
# The Ausländerzentralregister's numbers: twelve digits, the first no zero (a mobile number
# without blanks starts with one).
AZR_NUMBER = r"(?<![\w.,/-])(?P<value>[1-9]\d{11})(?![\w/-]|[.,]\d)"
# The register named as a word before the number, in the same paragraph ("AZR-Nr.: Ehemann …";
# not "Azra", "Hazrat").
_AZR_WORD = re.compile(r"(?<![\w])AZR(?![a-zäöü])")
_AZR_REACH = 2000
# A time stamp of twelve digits: "202401151230" (year, month, day, hour, minute).
_TIMESTAMP_DIGITS = re.compile(
    r"(?:199\d|20[0-3]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d"
)


def _azr_number(text: str, start: int, value: str) -> bool:
    """A twelve-digit number is the Ausländerzentralregister's where the register is named
    before it in its paragraph and it is no time stamp."""
    if _TIMESTAMP_DIGITS.fullmatch(value):
        return False
    before = text[max(0, start - _AZR_REACH) : start]
    paragraph = before[before.rfind("\n\n") + 1 :]
    return _AZR_WORD.search(paragraph) is not None


# Public numbers with such a shape follow these words and stay readable.
_PUBLIC_BEFORE = re.compile(
    r"(?<![\w-])(?:DIN|ISO|EN|(?i:\w*drucksache|\w*vorlage|vergabe-?nummer|vergabe-?nr\.?"
    r"|ausschreibung|norm|artikel|art\.|produkt|modell|typ|bestell-?nr\.?|rechnungs-?nr\.?"
    r"|rechnung|beschluss|anfragen?|anträge|haushaltsstelle|kostenstelle|sachkonto|kostenträger"
    r"|innenauftrag))[ \t\n:.#-]*(?:nr\.?|nummer)?[ \t\n:.#]*"
    # A department's letters before a council paper's number: "Vorlage FB 56/0131/WP18".
    r"(?:[A-Z]{1,4}[ ])?$"
)


# Between a cue's value and a further one: "Steuermarken 07731 und 07732", "Kundennummern
# K-4471 190, K-4471 191 sowie K-4471 192".
# ("Kundennummern: 4471190; 4471191", "Steuermarken Nr. 07731 und Nr. 07732", "07731 bis 07733".)
_FURTHER = re.compile(
    r"(?:[,;][ ]?|[ ](?:und|sowie|bzw\.|oder|bis)[ ]|[ ]?/[ ]?|[ ]?&[ ]?)(?:Nr\.[ ]?)?"
)
# The further value would be longer than the first: "07731 und 07732-A", "… und 077321".
_GOES_ON = re.compile(r"\w|[-/.]\w")
_SHAPE = str.maketrans(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜabcdefghijklmnopqrstuvwxyzäöüß",
    "9999999999" + "A" * 29 + "a" * 30,
)


def _further_values(text: str, result: RecognizerResult) -> list[RecognizerResult]:
    """Values of the same shape listed after a cue's value, which has its cue only once: the
    second of "Steuermarken 07731 und 07732" (not "Az. 12/2025 und 3 Anlagen")."""
    value = text[result.start : result.end]
    shape = value.translate(_SHAPE)
    further = []
    end = result.end
    while (joint := _FURTHER.match(text, end)) is not None:
        start = joint.end()
        stop = start + len(value)
        if text[start:stop].translate(_SHAPE) != shape or _GOES_ON.match(text, stop):
            break
        further.append(
            RecognizerResult(
                result.entity_type,
                start,
                stop,
                result.score,
                result.analysis_explanation,
                dict(result.recognition_metadata or {}),
            )
        )
        end = stop
    return further


class AktenzeichenRecognizer(StdlibPatternRecognizer):
    """The value after a cue word; the cue itself stays readable for classification."""

    PATTERNS = [  # noqa: RUF012
        Pattern("Reference after cue", rf"{CUES}{_AFTER_CUE}{VALUE}", 0.8),
        Pattern("Reference later in the sentence", rf"{CUES}{_LINKED}{VALUE}", 0.8),
        Pattern("Reference after words and a colon", rf"{_FILE_WORD}{_WORDS_TO_COLON}{VALUE}", 0.8),
        Pattern("Social insurance number", SV_NUMBER, 0.7),
        Pattern("Court file number", COURT_FILE, 0.6),
        Pattern("Jobcenter household number", BG_NUMBER, 0.7),
        Pattern("Civil register number", CIVIL_REGISTER, 0.6),
        Pattern("Card number", rf"{_CARD}{VALUE}", 0.7),
        # A weapons card's number with its letters ("WBK KL 118/1998", "WBK-H 2025/0061") and
        # a BAMF file in a list ("BAMF 4418 22097").
        Pattern(
            "Weapons card or BAMF number",
            # (Not a funding rule's "WBK 3/2024" or a statistic's "BAMF 2015-2024".)
            r"(?<![\w-])(?P<value>WBK(?:-[A-Z]{1,3}|[ ][A-Z]{1,3})?[ ]\d{2,5}/\d{2,4}"
            r"|BAMF[ ](?!(?:19|20)\d{2}[ -](?:19|20)\d{2}(?!\d))\d{3,8}[ -]\d{3,6})(?![\w/-])",
            0.7,
        ),
        # "Kopie meines Reisepasses (Nr. 385502117)", "Reisepass vor (Nr. AN 4127095)".
        Pattern(
            "Document's number in brackets",
            rf"{WORD_START}(?:Reisepass|Pass|Personalausweis|Ausweis|Aufenthaltstitel|Führerschein)"
            r"(?:es)?(?:[ ][a-zäöüß]+)?[ ]?\((?:Nr\.?|Nummer|No\.?)[ ]?:?[ ]*"
            rf"{VALUE}",
            0.8,
        ),
        # "mein ukrainischer Reisepass hat die Nummer FX 730418", "das Grab hat die Nummer
        # W-12-118", "die Grabstätte mit der Nummer W-12-118" (not "Die Vorlage hat die Nummer
        # 0412/2027", "Der Vertrag hat die Nummer 2025-001").
        Pattern(
            "Document's number in a sentence",
            rf"{WORD_START}(?:Reisepass|Pass|Personalausweis|Ausweis|Aufenthaltstitel|Führerschein"
            r"|Grab|Grabstätte|Grabstelle)"
            r"[ ](?:(?:hat|trägt|hatte|trug)[ ]die|mit[ ]der)[ ]Nummer[ ]+"
            rf"{VALUE}",
            0.8,
        ),
        Pattern("Reference by shape", MIXED_REFERENCE, 0.5),
        Pattern("Dotted reference by shape", DOTTED_REFERENCE, 0.5),
        # In a text about the Ausländerzentralregister, its numbers without a cue of their own
        # ("Ehemann 161205338847, Ehefrau 161205338855").
        Pattern("AZR number", AZR_NUMBER, 0.6),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DE_AKTENZEICHEN",
            patterns=self.PATTERNS,
            name="AktenzeichenRecognizer",
            # Both cue patterns can start only where a cue starts: one scan finds those places.
            anchors={
                "Reference after cue": f"(?={CUES})",
                "Reference later in the sentence": f"(?={CUES})",
                "Reference after words and a colon": f"(?={_FILE_WORD})",
            },
            needles={"AZR number": ("azr",), "Document's number in a sentence": ("nummer",)},
        )
        self._with_groups = [re.compile(p.regex, re.MULTILINE) for p in self.PATTERNS]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        groups = for_text(self._with_groups, text) if results else []
        narrowed = []
        for result in results:
            value = self._value(text, result.start, result.end, groups)
            if value is None:
                continue
            result.start, result.end, by_shape = value
            if by_shape:
                result.recognition_metadata[SHAPE_ONLY_KEY] = True
            narrowed.append(result)
            if not by_shape:
                narrowed.extend(_further_values(text, result))
        return EntityRecognizer.remove_duplicates(narrowed)

    def _value(
        self, text: str, start: int, end: int, groups: list[Any]
    ) -> tuple[int, int, bool] | None:
        """The value inside one hit and whether its shape alone found it; None for a value
        that is no reference (no digit, a date)."""
        for pattern in groups:
            match = pattern.match(text, start)
            if match is None or match.end() != end:
                continue
            value = match.group("value")
            # A legal person's register number, unless a cue other than a register's says it
            # is a case's ("Kundennummer: VR 4433", "Az. VR 1234").
            cue = text[start : match.start("value")]
            if _LEGAL_PERSON_REGISTER.fullmatch(value) and (
                not cue.strip() or "regist" in cue.lower()
            ):
                return None
            if match.re.pattern in (
                COURT_FILE,
                MIXED_REFERENCE,
                DOTTED_REFERENCE,
            ) and _PUBLIC_BEFORE.search(text, max(0, start - 30), start):
                return None
            if match.re.pattern == DOTTED_REFERENCE and not _dotted_reference(value):
                return None
            if match.re.pattern == AZR_NUMBER and not _azr_number(text, start, value):
                return None
            if match.re.pattern == CIVIL_REGISTER and (
                not _REGISTER_BEFORE.search(text, max(0, start - _REGISTER_REACH), start)
                or _NOT_A_REGISTER_ENTRY.search(text, max(0, start - _NOT_A_REGISTER_REACH), start)
                or text.startswith(" bis ", match.end("value"))
            ):
                return None
            if match.re.pattern == MIXED_REFERENCE and _DATE_ONLY.fullmatch(
                value.translate(_OCR_DIGITS)
            ):
                return None  # a date read by OCR: "O5.O2.2O26"
            if match.re.pattern == MIXED_REFERENCE and (
                _NOT_PERSONAL_SHAPE.fullmatch(value) or _TIMESTAMP.fullmatch(value)
            ):
                return None
            if (
                # (A form's placeholder is none: "0000.00.0000.0000".)
                any(c.isdigit() and c != "0" for c in value)
                and sum(c.isalnum() for c in value) >= _MIN_VALUE_CHARS
                and not _DATE_ONLY.fullmatch(value)
            ):
                return (
                    *match.span("value"),
                    match.re.pattern in (MIXED_REFERENCE, DOTTED_REFERENCE),
                )
        return None
