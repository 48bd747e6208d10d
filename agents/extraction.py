"""Rule extraction of fields from redacted text.

Extraction sees only redacted text, so personal fields come out as pseudonym tokens
(``<PERSON_1>``); ``reidentify_fields`` turns them into real, normalised values for an
authorised recipient (staff output, internal routing) using the case's vault map.

The rules follow German letter conventions rather than single documents:

* applicant: when a lawyer, agency, relative or company writes for a person it names
  ("Mandantin: Frau …", "wir vertreten Herrn …"), the representative who signs (the default
  ``correspondent`` convention; that person is ``represented_name``) or the person represented
  (``represented``); an authority writing about a citizen does not represent them. Otherwise a
  form label ("Antragsteller:", "Name:"), else the signature after the closing ("Mit
  freundlichen Grüßen", "i. A.", "Kind regards"), else the mail sender;
* address: the address written next to the applicant, else one no other person owns;
* reference: the city's file number ("Ihr Zeichen", "Aktenzeichen", "Kassenzeichen") before
  the sender's own ("Unser Zeichen", invoice number);
* effective date: the date after a cue ("zum", "ab dem", "Einzug am", "mit Wirkung vom"),
  never a letter, notice, birth or death date;
* amount: the gross total ("Gesamtbetrag", "Rechnungsbetrag", "= …"), never a net or unit price.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal, Protocol

from core.catalogue import FieldSpec, Service
from core.types import Extraction, FieldValue
from redaction.recognizers.street_recognizer import without_units
from redaction.vault import restore

# Who ``applicant_name`` is when a representative writes for a named person: the
# representative who signs (``correspondent``: the authority turns to them, § 14 Abs. 3 VwVfG)
# or the person represented (``represented``).
ApplicantConvention = Literal["correspondent", "represented"]

_TOKEN = r"<({kind})_\d+>"  # noqa: S105 - a pattern, not a secret
_PERSON = r"<PERSON_\d+>"
_MONTHS = {
    "januar": 1,
    "jan": 1,
    "january": 1,
    "jänner": 1,
    "februar": 2,
    "feb": 2,
    "february": 2,
    "märz": 3,
    "maerz": 3,
    "mär": 3,
    "mrz": 3,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "dez": 12,
    "december": 12,
    "dec": 12,
}
_MONTH_NAME = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = (
    r"\d{1,2}\.[ ]?\d{1,2}\.[ ]?(?:\d{4}|\d{2})(?!\d)|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}\.[ ]?(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
    r"|November|Dezember)[ ]\d{4}"
)
# Every notation a letter may use for a full date (German, English, ISO).
_ANY_DATE = re.compile(
    rf"(?i)(?<![\d.])(?:\d{{1,2}}[ ]?\.[ ]?\d{{1,2}}[ ]?\.[ ]?(?:\d{{4}}|\d{{2}})(?![\d.]\d)"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}"
    rf"|\d{{1,2}}(?:\.|st|nd|rd|th)?(?:[ ]of)?\s+(?:{_MONTH_NAME})\.?,?\s+\d{{4}}"
    rf"|(?:{_MONTH_NAME})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})(?!\d)"
)
_AMOUNT = r"(?<![\d.,])\d{1,3}(?:\.\d{3})*(?:,\d{2})|\d+(?:,\d{2})"
_NUMBER = (
    r"(?<![\d.,\-−])(?:\d{1,3}(?:,\d{3})+\.\d{2}|\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d+,\d{2}"
    r"|\d+\.\d{2}|\d+)(?![\d,.]\d)"
)
_MONEY = re.compile(
    rf"(?i)(?:€|\bEUR\b)[ ]?(?P<a1>{_NUMBER})|(?P<a2>{_NUMBER})[ ]?(?:€|\bEUR\b|\bEuro\b)"
)
# Cues before an amount, by strength: the total to pay; a computed total ("= …"); a fee, rent
# or contested sum. Net, tax, unit prices and the value in dispute are not the amount.
_AMOUNT_STRONG = re.compile(
    r"(?i)\b(?:Gesamtbetrag|Rechnungsbetrag|Bruttobetrag|Brutto-?Betrag|Gesamtsumme|Endbetrag"
    r"|Endsumme|Zahlbetrag|Gutschriftsbetrag|Gesamtpreis|Gesamtkosten|zu zahlen|zahlbar"
    r"|Summe brutto|Betrag brutto|Total(?: due| amount)?|Amount due|insgesamt|zusammen)\b"
)
_AMOUNT_MEDIUM = re.compile(
    r"(?i)\b(?:Summe|Betrag|Gebühr\w*|\w*gebühr(?:en)?|Forderung|Kosten|\w*miete|Miete"
    r"|Rent|Fee|in Höhe von|Höhe)\b"
)
_AMOUNT_AFTER = re.compile(r"(?i)^[ ]?(?:\w+[ ]){0,2}(?:festgesetzt|zurück\w*|gefordert|verlangt)")
_AMOUNT_EXCLUDED = re.compile(
    r"(?i)\b(?:netto|Nettobetrag|net|zzgl\.?|USt\.?|MwSt\.?|Umsatzsteuer|VAT|Gegenstandswert"
    r"|abzüglich|Abschlag\w*|Zwischensumme|Subtotal)\b"
)
_UNIT_PRICE = re.compile(r"(?i)(?:\bà|\bje|\bpro|@|×|\bx)\s*$")
_FORWARD_MARKER = re.compile(
    r"(?i)-{2,}[ ]*(?:Weitergeleitete Nachricht|Ursprüngliche Nachricht|Original Message"
    r"|Original-Nachricht|Forwarded message)[ ]*-{2,}"
)
_MAIL_HEADER = re.compile(
    r"(?im)^[ \t]*(?:Von|From)[ \t]*:[^\n]*\n(?:[^\n]*\n){0,2}?[ \t]*(?:Gesendet|Sent|Date|Datum"
    r"|An|To|Betreff|Subject)[ \t]*:"
)
_QUOTE = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")

# --- applicant ---------------------------------------------------------------------------
_HONORIFIC = r"(?:Frau|Herrn?|Hr\.|Fr\.|Mr\.?|Mrs\.?|Ms\.?)"
_ORGANISATION_AFTER = re.compile(
    r"(?:\s*(?:GmbH|AG|KG|UG|eG|e\.[ ]?V\.|mbH|GbR|OHG|Ltd\.?|Inc\.?|B\.[ ]?V\.|S\.[ ]?A\.|SE"
    r"|Co\.|&|\+|und (?:Söhne|Sohn|Partner)|Rechtsanwälte|Verlag|Gruppe|Immobilien)\b|[ ]?&)"
)
# A representative (lawyer, relocation agency, care home, employer, undertaker) speaking for a
# person it names.
_REPRESENTATION = re.compile(
    r"(?i)\bMandant|\bvertrete|\bVertretung\b|vollmacht|bevollmächtig|\bKlient|\bunsere[rsmn]?"
    r"[ ](?:Kund|Mitglied|Mitarbeiter|Bewohner)|\bInsolvenzverfahren\b"
    r"|\bim[ ]Auftrag[ ](?:der|des|von|unseres|unserer|ihrer|seiner|meiner|meines)\b"
    r"|\bbestätigen wir,? dass\b|\bbetreuen wir\b|\bon behalf of\b"
)
_NOT_CLIENT_BEFORE = re.compile(
    r"(?i)(?:sehr geehrte[rs]?|liebe[rs]?|hallo|guten tag|dear|hi|z\.[ ]?hd\.?|zu händen"
    r"|ansprechpartner(?:in)?|sachbearbeiter(?:in)?|kontakt|schuldner(?:in|s)?|gegen"
    r"|mieter(?:in)?|ehemalige[rn]?|vermieter(?:in)?|geschäftsführer(?:in)?(?:[ ]ist)?"
    r"|vorstand|inhaber(?:in)?(?:[ ]ist)?|erb(?:e|in|en)|finder(?:in)?"
    r"|ihre?[rmn]?[ ](?:mitarbeiter|kolleg|sachbearbeiter)\w*|unser(?:e[nmr]?)?[ ]\w*leiter\w*"
    r"|\w*leiter(?:in)?|leitung(?:[ ]vor[ ]ort)?|projektleiter(?:in)?"
    r"|(?:bevollmächtige|beauftrage|ermächtige)\w*[^.\n]{0,30})\W*$"
)
_DECEASED = re.compile(
    r"(?i)(?:Sterbefall|Nachlass|verstorben\w*|Verstorbene\w*|gestorben|Todesfall|passed away"
    r"|died|deceased)"
)
_LABEL_ROLES = (
    # Who applies, in the words of a form; explicit applicant labels first.
    r"Antragsteller(?:/?in|\(in\))?|Antragstellende[ ]Person|Name[ ]de[rs][ ]Antragsteller\w*"
    r"|Name[ ]der[ ]antragstellenden[ ]Person|Meldende[ ]Person|Melder(?:/?in)?"
    r"|Anmeldende[ ]Person|Anmelder(?:/?in)?|Applicant",
    r"Name|Vor-?[ ]?und[ ](?:Nach|Zu|Familien)name|Name,[ ]?Vorname|Familienname|Nachname"
    r"|Absender(?:/?in)?|Verantwortliche[ ]Person|Verantwortlich(?:er)?|Finder(?:/?in)?"
    r"|Inhaber(?:/?in)?|Halter(?:/?in)?|Hundehalter(?:/?in)?|Bauherr(?:/?in)?|Besteller(?:/?in)?"
    r"|Ansprechpartner(?:/?in)?|Ansprechperson|Kontaktperson|Kontakt|Eigentümer(?:/?in)?"
    r"|Unterschrift|Unterzeichner(?:/?in)?|Full[ ]name|Your[ ]name|Contact[ ]person",
)
_LABELS = tuple(
    re.compile(
        rf"(?im)^[ \t]*(?:{roles})(?:[ ]?\([^)\n]{{0,30}}\))?[ \t]*:[ \t]*"
        rf"(?:{_HONORIFIC}[ ]+)?(?:(?:Dr|Prof)\.[ ]+)*(?P<token>{_PERSON})"
    )
    for roles in _LABEL_ROLES
)
_OCR_GRUSS = r"gr(?:ü|ue|u|u\u0308)(?:ß|ss|B|s|13)(?:e|en)?"
_CLOSING = re.compile(
    rf"(?im)(?:^|[.!]\s)[ \t]*(?:(?:mit|with)[ ]+)?(?:(?:freund[l1]ich(?:e[nr]?|st)?|herz[l1]ich"
    rf"(?:e[nr]?|st)?|beste[nr]?|viele[nr]?|liebe[nr]?|sonnige[nr]?|sport[l1]iche[nr]?"
    rf"|kollegiale[nr]?|schöne[nr]?)[ ]+)+{_OCR_GRUSS}|^[ \t]*{_OCR_GRUSS}\b|\bgru(?:ß|ss)\b"
    rf"|\bMfG\b|^[ \t]*(?:LG|VG|Gruß)\b|hochachtungsvoll"
    rf"|(?:kind|best|warm|many)[ ]+(?:regards|wishes|thanks)"
    rf"|^[ \t]*(?:regards|cheers|thanks(?:[ ]a[ ]lot)?|thank[ ]you[^\n]*|sincerely|yours[^\n]*"
    rf"|vielen[ ]dank[^\n]*|danke[^\n]*|merci[^\n]*|obrigad[ao][^\n]*)[ \t]*[,.!]?[ \t]*$"
)
_SIGNATURE_PREFIX = re.compile(
    r"(?i)^[\s,.!]*(?:(?:i\.[ ]?A\.|i\.[ ]?V\.|im[ ]Auftrag|in[ ]Vertretung|pp\.|ppa\.)\s*)?"
    r"(?:(?:Dr\.|Prof\.|Dipl\.-\w+\.?|Mag\.)[ ]*)*$"
)
_RAW_NAME = re.compile(r"^[ \t,]*([a-zäöüß]{2,}(?:[ -][a-zäöüß]{2,}){1,2})[ \t]*(?:,|$)", re.M)
_NOT_A_NAME = {
    "danke",
    "vielen",
    "dank",
    "bitte",
    "gruss",
    "gruß",
    "grüße",
    "mfg",
    "schönen",
    "tag",
    "bis",
    "bald",
    "und",
    "ich",
    "wir",
    "die",
    "der",
    "das",
    "ihr",
    "ihre",
    "team",
    "hallo",
}

# --- reference ---------------------------------------------------------------------------
# The city's own file number first, then the sender's.
_REFERENCE_TIERS = (
    re.compile(
        r"(?i)\b(?:Ihr(?:e)?[ ](?:Zeichen|Aktenzeichen|Az\.?|Gz\.?|Geschäftszeichen"
        r"|Vorgangsnummer|Referenz)|Your[ ]ref(?:erence)?\.?)"
    ),
    re.compile(
        r"(?i)(?:\b(?:Aktenzeichen|Geschäftszeichen|Vorgangsnummer|Vorgangs-?Nr\.?|Bescheid-?Nr\.?"
        r"|Antragsnummer|Antrags-?Nr\.?|Wohngeld-?Nr\.?|Fall-?Nr\.?|file[ ]number"
        r"|reference(?:[ ]number)?|Meldung[ ]Nr\.?|Petition[ ]Nr\.?|Entscheidung[ ]Nr\.?"
        r"|Registernummer|Register-?Nr\.?|Beurkundungs?-?Nr\.?|Gewerbe-?(?:Nr\.?|nummer)"
        r"|WBS-?Nr\.?)"
        r"|(?<![\w])(?:Az|Gz|AZ)\.?(?=[ :]))"
    ),
    re.compile(r"(?i)\bKassenzeichen\b"),
    re.compile(
        r"(?i)\b(?:Unser(?:e)?[ ](?:Zeichen|Aktenzeichen|Az\.?|Referenz)|Mein[ ](?:Zeichen|Az\.?)"
        r"|Our[ ]ref(?:erence)?\.?|\w*rechnungs-?[ ]?(?:nummer|nr\.?)"
        r"|\w*rechnung[ ]?\(?(?:Nr\.?|No\.?)"
        r"|Kostennote[ ]Nr\.?|Gutschrift[ ]Nr\.?|Invoice[ ](?:No\.?|number)|Auftragsnummer"
        r"|Berichts?-?Nr\.?|Gutachten-?Nr\.?)"
    ),
)
_NOT_A_REFERENCE = re.compile(
    r"(?i)(?:Steuer|USt|Umsatzsteuer|Kunden|Rahmen|Fahrgestell|(?<!park)Ausweis|Pass|Handelsregister|Vereinsregister|Registergericht|HRB|IBAN"
    r"|BIC|Konto|Leitweg|Telefon|Tel\.|Fax|Mobil|Handy|Hausnummer|Versicherten|Versicherungs"
    r"|Mitglieds|Personal|Kennzeichen|Sozial|Renten|Geburts|Bestell|Zimmernummer|Telefax"
    r"|Durchwahl|Postfach|Artikel)[^\n]{0,25}$"
)
_GENERIC_REFERENCE = re.compile(
    r"(?im)^[ \t]*[\w\-/. ]{0,25}?(?:zeichen|nummer|-?Nr\.?|-?No\.?|Ref\.?|Referenz|-ID)"
    r"[ \t]*:"
)
_INLINE_REFERENCE = re.compile(
    r"(?i)\b[A-ZÄÖÜ][\wäöüß]{2,20}(?:-(?:Nr\.|Nummer)|[ ]\((?:Nr\.|Nummer))[ ]?:?[ ]?"
)
_ID_LABEL = re.compile(r"(?i)(?:Ausweis|Pass)")
# Digits with a separator, or a long run of digits: "2021-04418", "V 12/3", "4711220".
_FILE_NUMBER_SHAPE = re.compile(r"[A-Z]{0,4}[ -]?\d+(?:[-/.][\dA-Za-z]+)+|\d{5,}")
_REFERENCE_STOP = {
    "vom",
    "von",
    "der",
    "die",
    "das",
    "und",
    "am",
    "im",
    "in",
    "an",
    "zu",
    "the",
    "on",
    "of",
    "from",
    "for",
    "is",
    "bis",
    "per",
    "ist",
    "says",
    "dated",
    "für",
    "zur",
    "zum",
    "bei",
    "mit",
    "aus",
    "auf",
    "ab",
}

# --- effective date ----------------------------------------------------------------------


def _ocr(pattern: str) -> str:
    """Let a cue word match OCR misreadings (m → rn, l → 1)."""
    return pattern.replace("m", "(?:m|rn)").replace("l", "[l1]")


_EFFECTIVE_STRONG = re.compile(
    r"(?i)(?:\b"
    + _ocr(r"zum")
    + r"|\bab(?:\s+"
    + _ocr(r"dem")
    + r")?|\bmit\s+Wirkung\s+(?:"
    + _ocr(r"zum|vom")
    + r"|ab)|\bWirkung\s+ab|\bgültig\s+ab|\bas\s+of|\bstarting(?:\s+on|\s+from)?"
    + r"|\beffective(?:\s+from|\s+on)?"
    + r"|\bfrom)\s*:?\s*(?:(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\.?,?\s*"
    + r"(?:den\s+)?)?$"
)
_EFFECTIVE_LABEL = re.compile(
    r"(?i)(?:Beginn|Start|Einzug|Auszug|Eröffnung|eröffne\w*|Betriebsaufgabe|Aufgabe|Abmeldung"
    r"|Anmeldung|Ummeldung|Änderung|Zeitraum|Veranstaltung\w*|Trautermin|Termin|Wunschtermin"
    r"|Eheschließung|Hochzeit|heiraten|Trauung|Umzug|Zuzug|Wegzug|Übernahme|übernimmt"
    r"|Inbetriebnahme|Mietbeginn|Nutzung|move[ -]in|moving|Tag[ ]des|Datum[ ]der|opening"
    r"|opens|start(?:s|ing)?[ ]date)"
    r"[^\n\d]{0,40}$"
)
# "seit" mostly reports a past state ("seit dem … eingetragen"); a planned date beats it.
_EFFECTIVE_SINCE = re.compile(r"(?i)\b(?:seit|seid|since)(?:\s+" + _ocr("dem") + r")?\s*:?\s*$")
_EFFECTIVE_WEAK = re.compile(
    r"(?i)(?:\b"
    + _ocr("am")
    + r"|\bon|\bden|\b"
    + _ocr("dem")
    + r"|\bzu)\s*(?:(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\.?,?\s*"
    r"(?:den\s+)?)?$"
)
_EFFECTIVE_NEGATIVE = re.compile(
    r"(?i)(?:(?:\b(?:vom|von|bis|until|till|to|dated|geb\.|geboren|born|datiert|Stand)"
    r"|\bbis\s+(?:zum|einschließlich)|\bDatum|\bDate|Gesendet|Sent|[–\-]|Frist|Fällig\w*"
    r"|Ausweichtermin|Ersatztermin|schrieb|wrote|geschrieben)\s*(?:am|on)?\s*[:,]?\s*(?:den\s+)?$"
    r"|(?:verstorben|gestorben|passed away|died|verloren|gefunden|lost|found|Todes|Sterbe"
    r"|Bescheid|Schreiben|Rechnung)[^.\n:;]{0,40}$)"
)
_RANGE_START = re.compile(
    r"(?i)(?<!Bescheid )(?<!Schreiben )(?<!Rechnung )(?<!Antrag )\b(?:vom|von|vo(?:rn|m)|from)"
    r"\s*$"
)
_RANGE_END = re.compile(r"[ \t]*(?:\n[ \t]*)?(?:bis|–|-|to|until)\b")
_LETTER_DATE_LINE = re.compile(
    r"(?i)^[ \t]*(?:(?:Ort,[ ]Datum|Datum|Date)[ \t]*:[ \t]*)?(?:[A-ZÄÖÜ][\wäöüß./ -]{1,40},[ \t]*"
    r"(?:den[ \t]+)?)?(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\w*,?[ \t]*)?$"
)


# A bare "am <date>" counts only in a sentence about something that starts, ends or moves;
# otherwise it dates an event (an incident, a payment, a submission).
_EFFECT_WORDS = re.compile(
    r"(?i)zieh|zog\b|zogen\b|gezogen|umzug|einzug|auszug|wegzug|zuzug|verlässt|verlassen|heirat"
    r"|hochzeit|trau(?:ung|termin)|eheschließ|eröffn|beginn|start|aufgenommen|aufnehm|schließ"
    r"|geschlossen|aufgeb|aufgabe|einstell|eingestellt|übernimm|übernehm|übernahme|abmeld"
    r"|anmeld|ummeld|verleg|veranstalt|fest\b|feier|stattfind|aufstell|aufbau|sperr|wirkung"
    r"|gültig|eingetragen|änder|move|moving|moved|open|close|wedding|marr|arriv|stop|leav"
    r"|infostand|stand\b|markt|flohmarkt|umbau|abriss|abbruch|bau(?:beginn|arbeiten)|montage"
    r"|flieg|ausreis|auswander|party|dreh|shoot|film|geholt|adoptiert|angeschafft|zu[ ]uns"
    r"|übernommen"
)


_EVENT_WORDS = re.compile(
    r"(?i)verloren|gefunden|gestohlen|abhanden|\blost\b|\bfound\b|stolen|bezahlt|eingereicht"
    r"|zugestellt|erhalten|Unfall|beschädigt"
)
_TIME_SPAN = re.compile(
    r"[ ,]*(?:von[ ]+|ab[ ]+)?\d{1,2}(?:[:.]\d{2})?[ ]*(?:Uhr[ ]*)?(?:bis|–|-)[ ]*\d{1,2}"
)


# A full stop before a capital ends a sentence, unless it ends a number or a common
# abbreviation ("St. Anna", "Dr. Weber", "z. B. Herr").
_SENTENCE_END = re.compile(
    r"(?<!\d)(?<!\bSt)(?<!\bDr)(?<!\bNr)(?<!\bHr)(?<!\bFr)(?<!\bca)(?<!\bgeb)(?<!\bbzw)(?<!\bvgl)"
    r"(?<!\bB)(?<!\bStr)(?<!\bProf)[.!?](?=\s+[A-ZÄÖÜ])|\n\s*\n"
)


def _sentence(text: str, match: re.Match[str]) -> str:
    """The sentence around a match (dates and abbreviations do not end it)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    start = max((e for e in ends if e <= match.start()), default=0)
    stop = min((e for e in ends if e > match.end()), default=len(text))
    return text[start:stop]


def parse_german_date(value: str) -> str | None:
    """``12.04.1987`` / ``12. April 1987`` / ``1987-04-12`` → ``1987-04-12``; None if invalid.

    English notations (``5 June 1995``, ``June 5, 1995``, ``22/08/1992``) are read as well.
    """
    value = value.strip()
    if re.fullmatch(r"[\dOolI. /-]+", value) and re.search(r"\d", value):
        value = value.translate(str.maketrans("OolI", "0011"))  # OCR: 1O.O4.1987
    try:
        if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        if match := re.fullmatch(r"(\d{1,2})[ ]?\.[ ]?(\d{1,2})[ ]?\.[ ]?(\d{2}|\d{4})", value):
            year = int(match[3])
            if year < 100:
                year += 2000 if year <= (date.today().year % 100) + 5 else 1900
            return date(year, int(match[2]), int(match[1])).isoformat()
        if match := re.fullmatch(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})", value):
            day, month = int(match[1]), int(match[2])
            if month > 12 >= day:
                day, month = month, day
            return date(int(match[3]), month, day).isoformat()
        if match := re.fullmatch(
            r"(\d{1,2})(?:\.|st|nd|rd|th)?(?:[ ]of)?\s*([A-Za-zäÄ]+)\.?,?\s*(\d{4})", value
        ):
            named = _MONTHS.get(match[2].lower())
            if named:
                return date(int(match[3]), named, int(match[1])).isoformat()
        if match := re.fullmatch(
            r"([A-Za-zäÄ]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", value
        ):
            named = _MONTHS.get(match[1].lower())
            if named:
                return date(int(match[3]), named, int(match[2])).isoformat()
    except ValueError:
        return None
    return None


def parse_amount(value: str) -> float | None:
    """``1.234,56`` → 1234.56; ``14,400.00`` (English notation) → 14400.0."""
    cleaned = value.strip().replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+\.\d{2}", cleaned):
        cleaned = cleaned.replace(",", "")
    else:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        return round(float(cleaned), 2)
    except ValueError:
        return None


def _first_token(text: str, kind: str, after: int = 0) -> str | None:
    match = re.compile(_TOKEN.format(kind=kind)).search(text, after)
    return match.group(0) if match else None


def _body(text: str) -> str:
    """The citizen's message: quote marks dropped, forwarding notes above it cut off."""
    text = _QUOTE.sub("", text)
    top = "\n".join(text.split("\n", 8)[:8])
    subject = re.search(
        r"(?im)^(?:(?:Betreff|Subject)[ \t]*:[ \t]*)?((?:AW|Re|Antw|WG|Fwd?|FW)\b)", top
    )
    if subject and subject.group(1).lower() in ("aw", "re", "antw"):
        # A reply: the newest message is on top, the quoted older ones below it do not count.
        ends = [m.start() for m in _MAIL_HEADER.finditer(text) if m.start() > subject.end()]
        if marker := _FORWARD_MARKER.search(text, subject.end()):
            ends.append(marker.start())
        return text[: min(ends)] if ends else text
    # Recipients ("An:", "Cc:") are the city, never the applicant.
    text = re.sub(r"(?im)^[ \t]*(?:An|To|Cc|Bcc|Kopie)[ \t]*:[^\n]*$", "", text)
    headers = list(_MAIL_HEADER.finditer(text))
    if headers and (len(headers) > 1 or _FORWARD_MARKER.search(text) or headers[-1].start() > 0):
        return text[headers[-1].start() :]
    if subject and subject.group(1).lower() in ("wg", "fwd", "fw") and headers:
        # Only the forwarding clerk's own header: their address is not the applicant's.
        return re.sub(r"(?im)^[ \t]*(?:Von|From)[ \t]*:[^\n]*$", "", text, count=1)
    marker = _FORWARD_MARKER.search(text)
    return text[marker.end() :] if marker else text


def _is_organisation(text: str, match: re.Match[str]) -> bool:
    return bool(_ORGANISATION_AFTER.match(text, match.end()))


# One character that does not end a sentence (dates and abbreviations keep their dots).
_IN_SENTENCE = r"(?:(?!(?<!\d)[.!?]\s+[A-ZÄÖÜ]).)"


def _deceased_tokens(text: str) -> set[str]:
    tokens = set()
    for match in re.finditer(_PERSON, text):
        before = text[max(0, match.start() - 50) : match.start()]
        after = text[match.end() : match.end() + 120]
        if _DECEASED.search(before.split("\n")[-1]) or re.match(
            rf"(?is){_IN_SENTENCE}{{0,100}}?\b(?:verstorben|gestorben|passed away|died)\b", after
        ):
            tokens.add(match.group(0))
    return tokens


_JOINT = "joint"


# A line of a signature block below the name: the sender's address, phone, mailbox, birth
# date or account, with a few words at most ("geb. am <GEBURTSDATUM_1>", "Konto: <IBAN_1>").
_CONTACT_LINE = re.compile(
    r"[^<>\n]{0,40}(?:<(?:ADRESSE|ORT|TELEFON|EMAIL|GEBURTSDATUM|IBAN)_\d+>[^<>\n]{0,10})+"
)


def _signature(text: str) -> str | None:
    """The PERSON token signing the letter (after the last closing phrase)."""
    closings = list(_CLOSING.finditer(text))
    for closing in reversed(closings):
        region = text[closing.end() : closing.end() + 200]
        for match in re.finditer(_PERSON, region):
            prefix = region[: match.start()].rsplit("\n", 1)[-1]
            lines_between = region[: match.start()].count("\n")
            if lines_between > 3 or _is_organisation(region, match):
                continue
            if _SIGNATURE_PREFIX.match(prefix) or lines_between >= 1 or len(prefix) < 40:
                if re.match(
                    rf"(?:[ \t]{{2,}}|[ ]*(?:und|&|/)[ ]*){_PERSON}", region[match.end() :]
                ):
                    return _JOINT  # several persons sign together: nobody in particular
                return match.group(0)
        raw = _RAW_NAME.match(region.lstrip("\n ,"))
        if raw and not set(raw.group(1).lower().split()) & _NOT_A_NAME:
            return raw.group(1)
    # No closing phrase: a name alone on one of the last lines, or above the contact lines
    # that end the letter (address, phone, e-mail).
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    while len(lines) > 1 and _CONTACT_LINE.fullmatch(lines[-1]):
        lines.pop()
    for line in reversed(lines[-3:]):
        if re.fullmatch(rf"{_PERSON}(?:[ \t]{{2,}}|[ ]*(?:und|&|/)[ ]*){_PERSON}", line):
            return _JOINT
        if alone := re.fullmatch(rf"(?:(?:Dr|Prof)\.[ ]+)?({_PERSON})", line):
            return alone.group(1)
    last = re.fullmatch(r"[a-zäöüß]{2,}[ ][a-zäöüß]{2,}", lines[-1]) if lines else None
    if last and not set(last.group(0).split()) & _NOT_A_NAME:
        return last.group(0)
    return None


def _client(text: str, exclude: set[str]) -> str | None:
    """The person a representative acts for: the first one addressed as Frau/Herr.

    An authority or company signing "Im Auftrag" writes about the citizen it names, too
    (also a listed "<PERSON>, geb. …").
    """
    on_behalf = re.search(r"(?im)^[ \t]*(?:Im[ ]Auftrag|i\.[ ]?A\.)", text)
    if not _REPRESENTATION.search(text) and not on_behalf:
        return None
    named = rf"{_HONORIFIC}[ ]+(?:(?:Dr|Prof)\.[ ]+)*({_PERSON})"
    if on_behalf:
        named += rf"|({_PERSON}),?[ ]+geb(?:\.|oren)"
    for match in re.finditer(named, text):
        token = match.group(1) or match.group(2)
        before = text[max(0, match.start() - 40) : match.start()]
        if token in exclude or _NOT_CLIENT_BEFORE.search(before):
            continue
        if _ORGANISATION_AFTER.match(text, match.end()):
            continue
        return token
    return None


@dataclass(frozen=True)
class _Parties:
    """Who the letter is from and for: the applicant, the person a representative acts for
    (``client``), and whether the personal fields must be the client's own."""

    applicant: str | None
    client: str | None = None
    represented: bool = False
    # A person named beside "Vollmacht" in a citizen's own letter: not represented, but their
    # data is not the applicant's either.
    named: str | None = None


def _parties(text: str, convention: ApplicantConvention) -> _Parties:
    signer = _signature(text)
    deceased = _deceased_tokens(text)
    client = _client(text, deceased | ({signer} if signer else set()))
    # Named beside "Vollmacht" or "vertrete" in a citizen's own letter ("Ich erteile Herrn …
    # Vollmacht"): the citizen writes for themselves. An authority writing about a citizen, or
    # an office signing "Im Auftrag" that passes on a citizen's application, keeps the citizen
    # as the applicant.
    named = None
    if (
        client
        and convention == "correspondent"
        and not _ACTING_FOR.search(text)
        and _REPRESENTATION.search(text)
        and not _authority_writes(text)
    ):
        client, named = None, client
    if client and convention == "correspondent" and _represents(text):
        # The representative is the applicant: the signer, else the contact person named,
        # else (no closing at all) the form's label or the mail's sender, never the client.
        writer = signer if signer != _JOINT else None
        if writer is None and not signer:
            writer = _contact_person(text, client)
        if writer is None and not signer:
            fallback, _ = _applicant(text, None, None, deceased | {client}, anyone=False)
            writer = fallback if fallback != client else None
        return _Parties(writer, client)
    applicant, represented = _applicant(text, signer, client, deceased)
    return _Parties(applicant, None, represented, named)


# The writer acts for the person it names: a lawyer ("unsere Mandantin", "namens und in
# Vollmacht"), an agency or company ("im Auftrag unserer Kundin"), a Betreuer, a relative ("ich
# vertrete meine Mutter"). Narrower than ``_REPRESENTATION``: a citizen who gives someone a
# Vollmacht, "vertritt die Auffassung" or has a lawyer of their own writes for themselves.
_ACTING_FOR = re.compile(
    r"(?i)\bunsere[rsmn]?[ ](?:Mandant|Klient|Kund|Mitglied|Mitarbeiter|Bewohner|Betreute)"
    r"|\bmeine[rsmn]?[ ](?:Mandant|Klient)|\banwaltlich[ ]vertrete|\bvertrete[ ]ich\b"
    r"|\b(?:wir|ich)[ ]vertrete(?:n)?[ ](?:Herrn?|Frau|die[ ]Interessen|unsere|meine|meinen)\b"
    r"|\bvertreten[ ]wir\b|\bnamens[ ]und[ ](?:in[ ]Vollmacht|im[ ]Auftrag)"
    r"|\bin[ ](?:anwaltlicher[ ])?Vollmacht[ ](?:unserer|unseres|meiner|meines|der|des|von)\b"
    r"|\bim[ ]Auftrag[ ](?:der|des|von|unseres|unserer|meiner|meines)\b"
    r"|\b(?:als|bin)[ ](?:ihr|sein|der|die)?[ ]?(?:gesetzliche[rn]?[ ])?Betreuer(?:in)?\b"
    r"|\bbetreuen[ ]wir\b|\bon[ ]behalf[ ]of\b|\bMandant(?:in|schaft)?[ ]*:"
    r"|\bbevollmächtigt(?:e[rn]?)?[ ](?:von|durch)\b|\bInsolvenzverfahren\b"
)


def _represents(text: str) -> bool:
    """Whether a representative acting for the client writes (a lawyer, agency, relative,
    company), not an authority writing about a citizen (a Finanzamt reporting a business
    owner, a court asking about a party): an authority acts in its own name."""
    return bool(_ACTING_FOR.search(text)) and not _authority_writes(text)


# An authority as the sender. Authorities outside the city (courts, police, Finanzamt,
# Jobcenter …) and the head of an administration ("Der Oberbürgermeister") in the letter's
# opening block; any capitalised office word ("Ausländerbehörde", "Bürgeramt") in the lines
# after the closing. The recipient block names the city's own offices, so an office word in the
# opening block alone does not count; a company's register line ("Amtsgericht Köln HRB 123")
# or bank line ("Sparkasse") never does.
_EXTERNAL_AUTHORITY = re.compile(
    r"(?<![\w-])(?:Finanzamt|Hauptzollamt|Bundesamt|Landesamt|(?:Amts|Land|Verwaltungs|Sozial|Arbeits|Familien)"
    r"gericht|Staatsanwaltschaft|Polizei(?:präsidium|direktion|inspektion|revier|wache)?"
    r"|Jobcenter|Agentur[ ]für[ ]Arbeit"
    r"|Deutsche[ ]Rentenversicherung|Familienkasse|Bezirksregierung|Landratsamt|Kreisverwaltung)"
    r"(?![\w-])"
)
_OFFICE_WORD = re.compile(
    r"(?<![\w-])(?!(?:Ins)?[Gg]esamt(?![\w-]))[A-ZÄÖÜ][\wäöüß-]*(?:amt|ämter|behörde|gericht"
    r"|präsidium|ministerium)(?![\w-])|(?<![\w-])(?:Polizei(?:präsidium|direktion|inspektion"
    r"|revier|wache)?|Jobcenter|Staatsanwaltschaft"
    r"|(?:Stadt|Kreis|Gemeinde|Bezirks|Landes)verwaltung)(?![\w-])"
)
# Lines that name an authority without being one: a firm's register, bank and address lines,
# a law firm "am Landgericht", the recipient and the subject.
_FOOTER_LINE = re.compile(
    r"(?i)\b(?:HR[AB]|registergericht|sitz|iban|bic|bank|ust|steuer-?nr|kanzlei|rechtsanw\w*"
    r"|anwalt\w*|notar\w*|gmbh|ag|kg|e\.[ ]?v)\b|^[ \t]*(?:an|betreff|betr\.|z\.[ ]?hd\.?"
    r"|zu[ ]händen|re|aw|wg)\b"
)


def _authority_writes(text: str) -> bool:
    stripped = text.lstrip()
    block_end = stripped.find("\n\n")
    opening = stripped if block_end < 0 else stripped[:block_end]
    closings = list(_CLOSING.finditer(text))
    ending = text[closings[-1].end() : closings[-1].end() + 300] if closings else ""
    return any(
        _EXTERNAL_AUTHORITY.search(line)
        for line in opening.split("\n")
        if not _FOOTER_LINE.search(line)
    ) or any(
        _OFFICE_WORD.search(line) for line in ending.split("\n") if not _FOOTER_LINE.search(line)
    )


def _contact_person(text: str, client: str) -> str | None:
    for match in _CONTACT.finditer(text):
        if match.group("token") != client:
            return match.group("token")
    return None


# The firm's contact person ("Sachbearbeiterin:" names the city's clerk as often: not here).
_CONTACT = re.compile(
    rf"(?im)^[ \t]*(?:Ansprechpartner(?:/?in)?|Ansprechperson|Kontaktperson|Kontakt"
    rf"|Contact[ ]person)[ \t]*:[ \t]*"
    rf"(?:{_HONORIFIC}[ ]+)?(?:(?:Dr|Prof)\.[ ]+)*(?P<token>{_PERSON})"
)


def _applicant(
    text: str,
    signer: str | None,
    client: str | None,
    deceased: set[str],
    *,
    anyone: bool = True,
) -> tuple[str | None, bool]:
    """(applicant, whether someone else writes for them) in the represented convention.

    ``anyone``: failing every cue, the first person named."""
    if signer == _JOINT:
        return (client, True) if client else (None, False)
    if client:
        return client, True
    for label in _LABELS:
        for match in label.finditer(text):
            token = match.group("token")
            if not _ORGANISATION_AFTER.match(text, match.end("token")) and token not in deceased:
                return token, False
    if signer:
        return signer, False
    if sender := re.search(rf"(?im)^(?:Von|From)[ \t]*:[ \t]*({_PERSON})", text):
        return sender.group(1), False
    if not anyone:
        return None, False
    for person in re.finditer(_PERSON, text):
        if not _is_organisation(text, person) and person.group(0) not in deceased:
            return person.group(0), False
    return None, False


def _owner(text: str, position: int) -> str | None:
    """The person an address at ``position`` is written next to, if any."""
    persons = list(re.finditer(_PERSON, text[:position]))
    if not persons:
        return None
    last = persons[-1]
    gap = text[last.end() : position]
    if len(gap) > 120 or "\n\n" in gap or re.search(r"[.!?]\s+[A-ZÄÖÜ]", gap):
        return None
    if re.search(r"(?i)\b(?:ich|mein\w*|my|wir|unser\w*|our)\b", gap) or re.search(r"\bI\b", gap):
        return None
    if _ORGANISATION_AFTER.match(text, last.end()):
        return None
    return last.group(0)


_NEW_ADDRESS = re.compile(
    r"(?i)\b(?:neue[nrs]?|new|künftige[nrs]?|zukünftige[nrs]?)[ ]+(?:Wohn)?(?:Anschrift|Adresse"
    r"|Wohnung|address)\b[^\n<]{0,20}"
)


# A place token after a birth date or a birthplace label.
_BIRTHPLACE = re.compile(
    r"(?P<cue>(?i:geburtsort|geb\.?[ ]?-?[ ]?ort|place[ ]of[ ]birth|born[ ]in|geboren[ ]in)"
    r"[ \t]*:?[ \t]*|<GEBURTSDATUM_\d+>,?[ ]+(?:in|at)[ ]+)<ORT_(?P<n>\d+)>"
)


def _place_token(
    text: str,
    kind: str,
    applicant: str | None,
    represented: bool,
    anchor: int,
    others: frozenset[str] = frozenset(),
    client: str | None = None,
) -> str | None:
    # In a move the new address is the one the office needs (a foreign one is not a token).
    for cue in _NEW_ADDRESS.finditer(text):
        street = re.search(r"<ADRESSE_\d+>", text[cue.end() : cue.end() + 80])
        if street and _owner(text, cue.end() + street.start()) in (None, applicant):
            after = cue.end() + street.start()
            match = re.compile(_TOKEN.format(kind=kind)).search(text, after, after + 80)
            if match:
                return match.group(0)
    return _personal_token(text, kind, applicant, represented, anchor, others, client)


def _personal_token(
    text: str,
    kind: str,
    applicant: str | None,
    represented: bool,
    anchor: int,
    others: frozenset[str] = frozenset(),
    client: str | None = None,
) -> str | None:
    """The applicant's own token of ``kind``: written next to them, else one nobody owns.

    For a represented person only their own data counts, never the representative's. A
    representative's is never the data of ``others`` (the client), nor one nobody owns in the
    body of the letter, between the client's first mention and the closing (where the client's
    data stands: "Unsere Mandantin: …\n\nGeboren am …"), nor a birth date nobody owns.
    """
    matches = list(re.finditer(_TOKEN.format(kind=kind), text))
    found = [(m, _owner(text, m.start())) for m in matches]
    own = [m.group(0) for m, owner in found if applicant and owner == applicant]
    if own:
        return own[0]
    if represented:
        return None
    body = _client_body(text, client)
    if body is not None and kind == "GEBURTSDATUM":
        return None
    outside = [m for m in matches if body is None or not body[0] <= m.start() < body[1]]
    free = [m.group(0) for m, owner in found if owner is None and m in outside]
    if free:
        return free[0]
    # Redaction may give one person several tokens ("Familienname: <PERSON_2>", "Vorname:
    # <PERSON_1>"): failing better evidence, the first one after the applicant that is not a
    # relative's or a debtor's.
    third = _third_parties(text) | others
    kept = [m for m in outside if _owner(text, m.start()) not in third]
    after = [m for m in kept if m.start() >= anchor]
    return (after or kept)[0].group(0) if kept else None


def _client_body(text: str, client: str | None) -> tuple[int, int] | None:
    """From the first mention of a client to the last closing phrase (or the end)."""
    start = text.find(client) if client else -1
    if start < 0:
        return None
    closings = list(_CLOSING.finditer(text))
    end = closings[-1].start() if closings else len(text)
    return start, max(end, start)


_RELATION = re.compile(
    r"(?i)\b(?:Tochter|Sohn|Kind(?:er)?|Enkel\w*|Schuldner\w*|Mieter\w*|Ehemann|Ehefrau|Mann"
    r"|Bruder|Schwester|Mutter|Vater|Betroffene\w*|gesuchte\w*|daughter|son|child|husband|wife"
    r"|father|mother|debtor|tenant|gegen|against)\b[^.<]{0,25}$"
)


def _third_parties(text: str) -> set[str]:
    """Persons introduced as relatives, debtors or tenants of the writer."""
    return {
        m.group(0)
        for m in re.finditer(_PERSON, text)
        if _RELATION.search(text[max(0, m.start() - 40) : m.start()])
    }


_RAW_STREET = re.compile(
    r"(?:^|[,·:\n]|[ ]{2,})[ \t]*(?P<street>[A-ZÄÖÜ][\w.\-]*(?:[ -][\w.\-]+){0,4}[ ]\d{1,4}"
    r"[a-zA-Z]?(?:[-–/]\d{1,4}[a-zA-Z]?)?)[ \t]*(?:,|·|\n)[ \t]*$"
)


def _raw_street(text: str, place: str) -> str | None:
    """A street the redactor left in the text, written right before the place token."""
    position = text.find(place)
    window = text[max(0, position - 80) : position]
    match = _RAW_STREET.search(window)
    if (
        not match
        or window[: match.start("street")].rstrip(" \t").endswith("-\n")
        or re.match(r"(?i)(?:Postfach|PF|Tel|Fax|Zimmer|Raum|Haus)\b", match["street"])
    ):
        return None
    return match["street"]


_RAW_PLACE = re.compile(
    r"(?m)(?<![\w.-])(?:D-)?\d{5}[ ]+[A-ZÄÖÜ][\w.-]+(?:[ ](?:an[ ]der|am|im|[A-ZÄÖÜ(][\w.)-]*))?"
    r"(?=[ \t]*(?:$|[,·|]))"
)
_RECIPIENT = re.compile(r"(?im)^[ \t]*(?:an[ ]|an$|z\.[ ]?hd|zu[ ]händen|empfänger)")


_LETTERHEAD_PHONE = re.compile(
    r"(?i)(?:Tel(?:efon)?|Phone|Fon)\.?:?[ \t]*(?P<phone>\+?\(?\d[\d ()/-]{5,}\d)"
)


def _organisation_letterhead(text: str) -> str | None:
    """The opening block when it is a firm's or authority's letterhead: a readable postal code
    and town (a citizen's would be a token), no recipient line."""
    text = text.lstrip()
    end = text.find("\n\n")
    block = text if end < 0 else text[:end]
    if _RECIPIENT.search(block) or re.search(r"<(?:ADRESSE|ORT)_\d+>", block):
        return None
    return block if _RAW_PLACE.search(block) else None


def _raw_sender_address(text: str) -> tuple[str | None, str | None]:
    """The first postal code and town left readable outside a recipient block, with the street
    right before it."""
    for match in _RAW_PLACE.finditer(text):
        block_start = text.rfind("\n\n", 0, match.start())
        block = text[0 if block_start < 0 else block_start : match.start()]
        if _RECIPIENT.search(block):
            continue
        place = match.group(0).strip()
        return _raw_street(text, place), place
    return None, None


def _reference_value(line: str) -> str | None:
    """The file number at the start of ``line`` (after its label), or None."""
    line = re.split(r"\t|[ ]{2,}", line, maxsplit=1)[0]
    words = line.strip().split(" ")
    start = None
    # A recognised file-number token beats a year or count in the words before it.
    for pattern, limit in ((r"<AKTENZEICHEN_\d+>", 8), (r"\d", 6)):
        for i, word in enumerate(words[:limit]):
            if re.search(pattern, word):
                start = i
                break
        if start is not None:
            break
    if start is None:
        return None
    if start > 0 and re.fullmatch(r"[A-ZÄÖÜ]{1,4}(?:/[a-z]{1,3})?", words[start - 1]):
        start -= 1
    head = re.match(r"[^!?,;()]+", words[start])
    value = [head.group(0).rstrip(".:") if head else words[start]]
    if value[0] != words[start]:
        words = words[: start + 1]
    for word in words[start + 1 :]:
        bare = word.rstrip(".,;:)")
        if not bare or bare.lower() in _REFERENCE_STOP:
            break
        if (
            re.search(r"\d", word)
            or word in {"–", "-", "/"}
            or re.fullmatch(r"[A-Za-zÄÖÜäöüÇ]{1,3}(?:/[A-Za-zäöü]{1,3})?[.,;:)]?", word)
        ):
            value.append(word)
            if word != bare:
                break
            continue
        break
    if parse_german_date(value[0].rstrip(".,;:")):
        return None  # "with reference to your letter of 12.03.2026": a date, not a number
    text = " ".join(value)
    text = re.split(r"[(),;]", text)[0] if not text.startswith("(") else text
    text = text.strip().rstrip(".,;:–- ")
    return text if re.search(r"\d|<AKTENZEICHEN_\d+>", text) else None


def _reference(text: str) -> str | None:
    # Labels are looked for outside tokens ("<AKTENZEICHEN_1>" holds the word Aktenzeichen).
    masked = re.sub(r"<[A-Z_]+_\d+>", lambda m: "\x00" * len(m.group(0)), text)
    for tier in _REFERENCE_TIERS:
        values = []
        for match in tier.finditer(masked):
            rest = re.split(r"\n[ \t]*\n", text[match.end() : match.end() + 90])[0]
            first, _, second = rest.partition("\n")
            # The number may wrap onto the next line ("file number on\nthe old … says 32.1-…").
            rest = first if re.search(r"\d|<AKTENZEICHEN_", first) else f"{first} {second}"
            rest = re.sub(r"^[ \t]*[:.#]?[ \t]*(?:(?:Nr|No)\.?[ \t]*)?:?", "", rest)
            # "Az. der Anmeldung 32.1-…": a few words may stand between label and number.
            value = _reference_value(rest)
            if value:
                values.append(value)
        # Prefer a number the redactor recognised as a file number over a raw one.
        if values:
            return next((v for v in values if "<AKTENZEICHEN_" in v), values[0])
    # Failing a label, a file-number token that is not an organisation's tax, customer or
    # vehicle number.
    for token in re.finditer(r"(?m)(?:^[ \t]*[A-Z]{1,4}[ ])?<AKTENZEICHEN_\d+>", text):
        label = text[text.rfind("\n", 0, token.start()) + 1 : token.start()]
        if _NOT_A_REFERENCE.search(label):
            continue
        return _reference_value(text[token.start() :].split("\n", 1)[0])
    # Then any other "…nummer:" / "…-Nr.:" / "…zeichen:" label of a form or letterhead.
    for generic in _GENERIC_REFERENCE.finditer(masked):
        if _NOT_A_REFERENCE.search(generic.group(0)):
            continue
        value = _reference_value(text[generic.end() :].split("\n", 1)[0])
        if value:
            return value
    # Last, a compound number label inside a sentence ("registered since 2021, Gewerbe-Nr.
    # 2021-04418"), when what follows looks like a file number, not a room or bus line.
    for inline in _INLINE_REFERENCE.finditer(masked):
        line_start = masked.rfind("\n", 0, inline.start()) + 1
        value = _reference_value(text[inline.end() :].split("\n", 1)[0])
        if not value or not (
            _FILE_NUMBER_SHAPE.fullmatch(value) or re.fullmatch(r"<AKTENZEICHEN_\d+>", value)
        ):
            continue
        not_a_reference = _NOT_A_REFERENCE.search(masked[line_start : inline.end()])
        # A permit's number ("Parkausweis-Nr. E-2026-0214") is the case's reference; identity
        # card and passport numbers never hold a hyphen or a slash.
        if not_a_reference is None or (
            _ID_LABEL.match(not_a_reference.group(0)) and re.search(r"[-/]", value)
        ):
            return value
    return None


def _effective_date(text: str) -> str | None:
    best: tuple[float, str] | None = None
    for match in _ANY_DATE.finditer(text):
        parsed = parse_german_date(re.sub(r"\s+", " ", match.group(0)))
        if not parsed or not 1990 <= int(parsed[:4]) <= 2100:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        before = text[max(0, match.start() - 80) : match.start()]
        previous = text[: max(0, line_start - 1)].rsplit("\n", 1)[-1].strip()
        wrapped = not text[line_start : match.start()].strip() and re.search(r"\w$", previous)
        alone = not text[match.end() : line_end].strip(" .,")
        if alone and not wrapped and _LETTER_DATE_LINE.match(text[line_start : match.start()]):
            continue  # the letter's own date
        if re.search(r"(?i)mit\s+Wirkung\s+(?:vom|von|zum|ab)\s*$", before):
            score = 3.0
        elif _RANGE_START.search(before) and _RANGE_END.match(text, match.end()):
            # "vom 01.04.2026 bis zum 30.09.2026": the period starts then (not "Bescheid vom").
            score = 2.0
        elif _EFFECTIVE_NEGATIVE.search(before):
            continue
        elif _EFFECTIVE_STRONG.search(before) or _EFFECTIVE_LABEL.search(before):
            score = 2.0
        elif _EFFECTIVE_SINCE.search(before):
            score = 1.5
        elif (
            _EFFECTIVE_WEAK.search(before)
            and (
                _EFFECT_WORDS.search(sentence := _sentence(text, match))
                or _TIME_SPAN.match(text, match.end())  # "am 07.05. von 6:00 bis 16:00 Uhr"
            )
            and not _EVENT_WORDS.search(sentence)
        ):
            score = 1.0
        else:
            continue  # a date without a cue: an event, not when the matter takes effect
        if re.match(
            rf"(?is){_IN_SENTENCE}{{0,80}}?\b(?:verstorben|gestorben|died|passed away)\b",
            text[match.end() :],
        ):
            continue
        if best is None or score > best[0]:
            best = (score, parsed)
    return best[1] if best else None


def _amount(text: str) -> float | None:
    best: tuple[float, float] | None = None
    for match in _MONEY.finditer(text):
        value = parse_amount(match.group("a1") or match.group("a2"))
        if value is None or value == 0:
            continue
        start = match.start()
        line_start = text.rfind("\n", 0, start) + 1
        prefix = text[line_start:start]
        after = text[match.end() : match.end() + 40]
        if _UNIT_PRICE.search(prefix) or re.match(r"\s*(?:netto|net)\b", after, re.I):
            continue
        strong = _AMOUNT_STRONG.search(prefix)
        total = re.search(r"=\s*(?:€|EUR)?\s*$", prefix)
        if _AMOUNT_EXCLUDED.search(prefix) and not strong and not total:
            continue
        score = 0.0
        if strong:
            score = 3.0
        elif _AMOUNT_MEDIUM.search(prefix) or _AMOUNT_AFTER.match(after):
            score = 1.0
        if total:
            score += 2.5 if score == 0 else 0.5
        if best is None or score > best[0]:
            best = (score, value)
    return best[1] if best else None


def _cue_value(text: str, spec: FieldSpec) -> FieldValue:
    for cue in spec.cues:
        pattern = re.compile(
            rf"(?im)(?:^|[ \t]){re.escape(cue)}[ \t]*:[ \t]*(?P<value>[^\n]{{1,200}})"
        )
        match = pattern.search(text)
        if not match:
            continue
        raw = match.group("value").strip().rstrip(".;,")
        if spec.type == "date":
            found = re.search(_DATE, raw)
            parsed = parse_german_date(found.group(0)) if found else None
            if parsed:
                return parsed
            continue
        if spec.type == "amount":
            found = re.search(_AMOUNT, raw)
            amount = parse_amount(found.group(0)) if found else None
            if amount is not None:
                return amount
            continue
        if raw:
            return raw
    return None


class Extractor(Protocol):
    """Anything that reads fields from redacted text."""

    method: str

    def extract(self, redacted_text: str, service: Service | None) -> Extraction:
        """Fields found in the text (values may be pseudonym tokens)."""
        ...


class RuleExtractor:
    """Standard fields from tokens and cue phrases; service fields from the catalogue's cues.

    ``applicant`` says who the applicant is when a representative writes for a named person
    (see ``ApplicantConvention``); with ``correspondent`` that person is ``represented_name``.
    """

    method = "rules-v2"

    def __init__(self, applicant: ApplicantConvention = "correspondent") -> None:
        self.applicant = applicant

    def extract(self, redacted_text: str, service: Service | None) -> Extraction:
        # In a forwarded mail the citizen's message follows the forwarding header; the clerk's
        # note and signature above it would otherwise win every "first occurrence" rule.
        text = _body(redacted_text)
        fields: dict[str, FieldValue] = {}
        parties = _parties(text, self.applicant)
        applicant, represented = parties.applicant, parties.represented
        others = frozenset(
            c for c in (parties.client, parties.named) if c is not None and c != applicant
        )
        client = parties.client if parties.client != applicant else None
        fields["applicant_name"] = applicant
        # The person a representative writes for, when someone else is the applicant.
        fields["represented_name"] = parties.client if parties.client != applicant else None
        anchor = text.find(applicant) if applicant else 0
        # A place of birth is no address: the places are chosen without it.
        unborn = _BIRTHPLACE.sub(r"\g<cue><GEBURTSORT_\g<n>>", text)
        place = _place_token(
            unborn, "ORT", applicant, represented, unborn.find(applicant or ""), others, client
        )
        street = _place_token(text, "ADRESSE", applicant, represented, anchor, others, client)
        if not street and place:
            street = _raw_street(text, place)
        letterhead = None if represented else _organisation_letterhead(text)
        if letterhead is not None:
            # An authority or firm writes: its address is no personal data and stays in the
            # text (redaction leaves organisations' contact details readable).
            street, place = _raw_sender_address(letterhead)
        if not street and not place:
            # Only an address abroad (an heir in Poland, an applicant for a certificate in
            # Turkey): that is where the applicant lives.
            street = _personal_token(
                text, "ADRESSE_AUSLAND", applicant, represented, anchor, others, client
            )
            place = _personal_token(
                text, "ORT_AUSLAND", applicant, represented, anchor, others, client
            )
        fields["street_address"] = street
        if street:
            # The town written right after the chosen street belongs to it.
            position = text.find(street) + len(street)
            if town := re.match(r"[ \t]*(?:,|·|\n|–)?[ \t]*(<ORT_\d+>)", text[position:]):
                place = town.group(1)
        fields["postal_code"] = place
        fields["city"] = place
        # A date of birth next to someone else (a child, a debtor, a client) is theirs.
        fields["date_of_birth"] = _personal_token(
            text, "GEBURTSDATUM", applicant, represented, anchor, others, client
        )
        fields["email"] = _personal_token(
            text, "EMAIL", applicant, represented, anchor, others, client
        )
        fields["phone"] = _personal_token(
            text, "TELEFON", applicant, represented, anchor, others, client
        )
        if letterhead is not None:
            if mail := _RAW_EMAIL.search(letterhead):
                fields["email"] = mail.group(0)
            if phone := _LETTERHEAD_PHONE.search(letterhead):
                fields["phone"] = phone.group("phone")
        elif not fields["phone"] and client is None:
            # A firm writing for itself whose address redaction took (a letter naming persons):
            # its switchboard stays readable in the opening block.
            head = text.lstrip().split("\n\n", 1)[0]
            if phone := _LETTERHEAD_PHONE.search(head):
                fields["phone"] = phone.group("phone")
        if not represented and applicant:
            # Contact data the redactor left in the signature block below the applicant.
            block = _signature_block(text, applicant)
            if not fields["email"] and (mail := _RAW_EMAIL.search(block)):
                fields["email"] = mail.group(0)
            if not fields["phone"] and (phone := _RAW_PHONE.search(block)):
                fields["phone"] = phone.group("phone")
        # Failing the applicant's own, the mailbox the letter came from: the reply goes there,
        # also when a lawyer or agency writes for the applicant.
        if not fields["email"] and (opening := _opening_email(text)):
            fields["email"] = opening
        fields["iban"] = _first_token(text, "IBAN")
        fields["reference"] = _reference(text)
        fields["effective_date"] = _effective_date(text)
        fields["amount_eur"] = _amount(text)
        if service is not None:
            for spec in service.fields:
                fields[spec.name] = _cue_value(text, spec)
        return Extraction(
            fields={k: v for k, v in fields.items() if v is not None}, method=self.method
        )


_RAW_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_RAW_PHONE = re.compile(
    r"(?im)^[ \t]*(?:(?:Tel(?:efon)?|Phone|Mobil|Handy|Fon)\.?:?[ \t]*)?"
    r"(?P<phone>\+?\(?\d[\d ()/-]{5,}\d)[ \t]*$"
)


# A mailbox as a token or left readable.
_OPENING_EMAIL = re.compile(rf"<EMAIL_\d+>|{_RAW_EMAIL.pattern}")
# Lines of the opening block that name others than the sender: recipients, copies, quotes.
_NOT_SENDER_LINE = re.compile(
    r"(?i)[ \t]*(?:an|to|cc|bcc|kopie|in[ ]kopie|kopie[ ]an|empfänger(?:/in|in)?)[ \t]*:"
    r"|.*\b(?:schrieb|wrote)\b"
)
# The city's side: an authority named on the line (its header, the recipient block, an
# office forwarding the mail); the sender's mailbox never stands after it.
_AUTHORITY_LINE = re.compile(
    r"(?i)(?:^|[ \t:<])(?:stadt|gemeinde|kreis|landkreis|rathaus|bürgerbüro|buergerbuero"
    r"|[\wäöü]*amt|[\wäöü]*behörde|poststelle|verwaltung)(?:\b|@|\.)"
)


def _opening_email(text: str) -> str | None:
    """The mailbox in the letter's opening block (a firm's letterhead, the sender line of a
    mail): the sender's own, as a token or left readable ("rechnung@firma.example")."""
    opening = text.lstrip().split("\n\n", 1)[0]
    for line in opening.split("\n"):
        if _AUTHORITY_LINE.search(line):
            break  # the recipient block or the city's own header begins
        if not _NOT_SENDER_LINE.match(line) and (mail := _OPENING_EMAIL.search(line)):
            return mail.group(0)
    return None


def _signature_block(text: str, applicant: str) -> str:
    """The last lines from the applicant's last mention on (the signature and contact data)."""
    position = text.rfind(applicant)
    return text[position:][:300] if position >= len(text) - 400 else ""


# A postal code, German or abroad ("44787", "80-180", "3511 NT", "A-1060"), and the town.
_POSTAL_CODE_AND_TOWN = re.compile(
    r"(?:D-)?((?:[A-Z]{1,2}-)?\d{2}-\d{3}|(?:[A-Z]{1,2}-)?\d{4,6}(?:[ ][A-Z]{2}(?=\s))?"
    r"|\d[\dOl]{3}\d)\s+(.+)"
)


def _split_place(value: str) -> tuple[str | None, str | None]:
    match = _POSTAL_CODE_AND_TOWN.match(value.strip())
    if match:
        return match.group(1), match.group(2).strip()
    return None, value.strip() or None


_NAME_TITLE = re.compile(
    r"^(?:(?:Frau|Herrn?|Mr\.?|Mrs\.?|Ms\.?|Dr\.|Prof\.|Dipl\.-\w+\.?|\w*(?i:anwalt"
    r"|anwältin|vollzieher|vollzieherin|architekt|architektin|notar|notarin|meister|meisterin"
    r"|leiter|leiterin)|E?[PK][OH]?[KM](?:'?in)?)[ ]+)+(?=\S+[ ]\S)"
)


def _normalise_name(value: str) -> str:
    """``Ostrowski, Karolina`` → ``Karolina Ostrowski``; titles in front are dropped."""
    value = _NAME_TITLE.sub("", value.strip())
    if match := re.fullmatch(r"([^,\s][^,]*),[ ]*([^,\s][^,]*)", value):
        return f"{match[2].strip()} {match[1].strip()}"
    return value


_ONE_LINE_FIELDS = frozenset(
    {
        "applicant_name",
        "represented_name",
        "street_address",
        "postal_code",
        "city",
        "reference",
        "phone",
        "email",
    }
)


def reidentify_fields(
    fields: dict[str, FieldValue], mapping: dict[str, str]
) -> dict[str, FieldValue]:
    """Put originals into token-valued fields and normalise the standard ones."""
    result: dict[str, FieldValue] = {}
    for name, value in fields.items():
        if not isinstance(value, str):
            result[name] = value
            continue
        restored = restore(value, mapping).text
        if name in _ONE_LINE_FIELDS:  # a value the letter wrapped: "Lindenstraße\n12"
            restored = re.sub(r"[ \t]*\n[ \t]*", " ", restored)
        if name == "postal_code":
            result[name] = _split_place(restored)[0]
        elif name == "city":
            result[name] = _split_place(restored)[1]
        elif name in ("date_of_birth", "effective_date"):
            result[name] = parse_german_date(restored) or restored
        elif name == "iban":
            result[name] = restored.replace(" ", "").upper()
        elif name == "street_address":
            result[name] = without_units(restored)
        elif name in ("applicant_name", "represented_name") and restored != value:
            result[name] = _normalise_name(restored)
        else:
            result[name] = restored
    return {k: v for k, v in result.items() if v is not None}
