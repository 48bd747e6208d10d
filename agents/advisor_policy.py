"""What the advisor may answer: the guardrails that run before retrieval.

The advisor explains procedures; it does not assess a person's own case. Rechtsdienstleistungs-
gesetz and Steuerberatungsgesetz reserve that to lawyers and tax advisers, so a question that asks
"is this legal in my case", "what are my chances", "write me a contract" or "how much tax do I
pay on my profit" is declined with a referral, even when the knowledge base has an article on
the subject. Requests to change the assistant's rules are declined as well; they never reach
retrieval or a model. A wish to speak to a person is a handover.

Patterns are German (with English for mixed messages), tolerant of case and missing umlauts
(the message is folded to ae/oe/ue first). They look for the personal, evaluative shape of a
request, not for topic words: "Was ist die Gewerbesteuer?" is a question, "Wie viel
Gewerbesteuer zahle ich bei 48.000 € Gewinn?" is tax advice.
"""

from __future__ import annotations

import re
from enum import StrEnum

from agents.injection import contains_instructions
from agents.knowledge import fold


class Intent(StrEnum):
    QUESTION = "frage"
    HANDOVER = "uebergabe"
    INJECTION = "manipulation"
    LEGAL_ADVICE = "rechtsberatung"
    TAX_ADVICE = "steuerberatung"


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_INJECTION = _compile(
    [
        r"\b(?:system ?prompt|systemnachricht|deine (?:regeln|anweisungen|instruktionen))\b",
        r"\b(?:jailbreak|dan\b|developer mode|entwicklermodus|god mode|admin mode)",
        r"\b(?:admin|administrator|wartungs|debug|entwickler|test)-?modus\b",
        r"\b(?:deine |ihre )?interne\w* (?:anweisungen|regeln|vorgaben|instruktionen)",
        r"\b(?:ohne|keine) (?:quellen|quellenangaben|zitate|hinweise?|disclaimer)\b"
        r"[^.?!]{0,40}\b(?:antwort|antworte|schreib|gib)",
        r"\b(?:antworte|antwortest|schreib)\w*\b[^.?!]{0,40}\b(?:ohne|keine) "
        r"(?:quellen|quellenangaben|zitate|disclaimer|hinweis)",
        r"\b(?:tue? so,? als|stell dir vor,? du (?:bist|waerst)|pretend (?:to be|you are)"
        r"|spiel(?:e|en)? (?:einen|eine|die rolle))",
        r"\b(?:neue regel|new rule|ab sofort gilt)\b",
        r"\b(?:hinweis|nachricht|anweisung) an (?:das|die|den) (?:system|ki|assistenten|bot|modell)"
        r"|\b(?:system ?note|note to the system|systemhinweis)\b",
        r"\bwithout (?:any )?(?:sources?|source citations?|citations?|references?|disclaimers?)\b"
        r"|\bdon.?t (?:mention|cite|show) (?:the |your |any )?(?:sources?|knowledge base)",
        r"\b(?:gelten|gilt)\b[^.?!]{0,60}\b(?:einschraenkungen|regeln|vorgaben)\b[^.?!]{0,30}"
        r"\bnicht mehr\b",
    ]
)

_HANDOVER = _compile(
    [
        r"\b(?:mit|an) (?:einem|einer|einen|nem|ner) (?:echten |richtigen )?"
        r"(?:menschen|mensch|person|mitarbeiter\w*|berater\w*|sachbearbeiter\w*|ansprechpartner\w*)",
        r"\b(?:echten|richtigen) (?:menschen|mitarbeiter\w*|person)\b",
        r"\b(?:rueckruf|zurueckrufen|zurueckruf|ruft mich|rufen sie mich|anrufen lassen"
        r"|call me back|callback)",
        r"\b(?:termin|beratungstermin|gespraechstermin)\w*\b[^.?!]{0,40}\b"
        r"(?:vereinbaren|machen|ausmachen|bekommen|buchen|haben)",
        r"\b(?:persoenlich|vor ort) (?:beraten|sprechen|beraten lassen|vorbeikommen)",
        r"\b(?:haette|moechte|will|wuensche|bitte um|gerne?)\b[^.?!]{0,40}"
        r"\b(?:beratungs|gespraechs)?termin\b"
        r"|\bbrauche\b[^.?!]{0,20}\b(?:beratungs|gespraechs)termin\b",
        r"\bmich\b[^.?!]{0,30}\banrufen\b",
        r"\b(?:kann|koennte|darf) ich\b[^?.]{0,30}\bvorbei(?:kommen|schauen)\b"
        r"|\bwo kann ich\b[^?.]{0,40}\bvorbei(?:kommen|schauen)\b",
        r"\bjemand\w*\b[^?.]{0,50}\b(?:anschauen|ansehen|draufschauen|drueberschauen|kuemmern"
        r"|zusammensetzen|treffen)\b",
        r"\b(?:bei mir meld\w*|meldet sich bei mir|kontaktiert mich|mich kontaktier)",
        r"\b(?:feste |persoenliche |eine )?(?:ansprechperson|ansprechpartner\w*|kontaktperson)\b"
        r"[^?.]{0,40}\b(?:die|der|den|fuer mich|bei ihnen|gibt es)"
        r"|\bgibt es\b[^?.]{0,40}\b(?:ansprechperson|ansprechpartner\w*|kontaktperson)",
        r"\b(?:someone|somebody|a person)\b[^?.]{0,60}\b(?:meet|talk|call|speak)\b"
        r"|\bface to face\b",
        r"\btelefonnummer\b[^?.]{0,40}\b(?:anrufen|erreichen|sprechen)",
        r"\bmit jemande?m?\b[^.?!]{0,30}\b(?:sprechen|besprechen|reden|telefonieren)",
        r"\b(?:human|real person|talk to someone|speak to someone)\b",
    ]
)

_LEGAL = _compile(
    [
        # "ist das (in meinem Fall) rechtens/zulässig/erlaubt?" about a concrete dispute
        r"\b(?:ist|waere) (?:das|es|dies|sowas|die kuendigung)\b[^?]{0,40}"
        r"\b(?:rechtens|rechtmaessig|zulaessig|legal|wirksam|anfechtbar)\b",
        r"\b(?:darf|kann) (?:mein|meine|der|die) (?:vermieter|vermieterin|geschaeftspartner\w*"
        r"|mitgesellschafter\w*|arbeitgeber\w*|konkurrent\w*|nachbar\w*|kunde|kundin)\b",
        r"\b(?:habe|haette|hab) ich (?:gute |eine |ueberhaupt )?(?:chancen?|aussicht)",
        r"\b(?:erfolgsaussicht|prozessrisiko|chancen vor gericht)",
        r"\b(?:klage|klagen|verklagen|anfechten|einspruch|widerspruch)\w*\b[^?]{0,60}"
        r"\b(?:lohnt|chancen?|gewinnen|erfolg)",
        r"\b(?:formulier|schreib|entwirf|entwerf|erstell|setz|verfass|aufsetz)\w*\b[^?.]{0,60}"
        r"\b(?:gesellschaftsvertrag|vertrag|mietvertrag|arbeitsvertrag|agb|widerspruch|klage"
        r"|kuendigung|impressum|datenschutzerklaerung|abmahnung)",
        r"\b(?:pruef|check|durchseh|schau)\w*\b[^?.]{0,40}\b(?:meinen|unseren|den|diesen)"
        r" (?:vertrag|mietvertrag|gesellschaftsvertrag|bescheid|arbeitsvertrag)",
        r"\b(?:rechtlich|juristisch) (?:beraten|beurteilen|einschaetzen|bewerten|pruefen)",
        r"\b(?:haftung|hafte) ich (?:persoenlich )?(?:fuer|wenn)\b[^?]{0,80}\bmein",
        # A dispute of one's own: warning letters, dunning orders, criminal complaints.
        r"\b(?:ich|mich|mir|wir|uns)\b[^?.]{0,40}\babgemahnt\b"
        r"|\b(?:abmahnung|mahnbescheid|strafanzeige)\b[^?.]{0,20}\b(?:bekommen|erhalten|gekriegt)"
        r"|\b(?:habe|hab|haben)\b[^?.]{0,30}\b(?:abmahnung|mahnbescheid|strafanzeige)\b"
        r"|\bunterlassungserklaerung\b[^?.]{0,30}\b(?:unterschreiben|abgeben|unterzeichnen)",
        r"\brechtssicher\w*|\brechtlich (?:wasserdicht|abgesichert|einwandfrei)|\bwasserdicht\b",
        r"\b(?:kann|darf|koennte) ich ihnen\b[^?]{0,50}\b(?:schicken|senden|zeigen|mailen)",
        r"\b(?:mahnschreiben|mahnung|inkasso|zahlungserinnerung)\b[^?]{0,80}"
        r"\b(?:schreiben sie|schreib|formulier|entwerf|aufsetz|verfass)"
        r"|\b(?:schreiben sie|schreib|formulier|entwerf|aufsetz|verfass)\w*\b[^?]{0,60}"
        r"\b(?:mahnschreiben|mahnung|brief an)",
        r"\bdarf ich\b[^?]{0,40}\b(?:kuendigen|entlassen|abmahnen|verklagen|einbehalten)",
        r"\bin (?:meinem|unserem) (?:konkreten )?fall\b[^?]{0,60}"
        r"\b(?:haft\w*|rechtens|zulaessig|erlaubt|darf|duerfen)\b"
        r"|\b(?:haft\w*|rechtens|zulaessig|erlaubt|darf|duerfen)\b[^?]{0,60}"
        r"\bin (?:meinem|unserem) (?:konkreten )?fall\b",
        r"\b(?:kannst du|koennen sie|koenntest du|koennten sie|bitte)\b[^?.]{0,80}"
        r"\b(?:gesellschaftsvertrag|vertrag|mietvertrag|arbeitsvertrag|agb|widerspruch|klage"
        r"|kuendigung|impressum|datenschutzerklaerung)\b[^?.]{0,60}"
        r"\b(?:schreiben|formulieren|entwerfen|erstellen|aufsetzen|verfassen|pruefen)",
    ]
)

_AMOUNT = r"(?:\d[\d.,]*\s*(?:eur|euro|k\b|tsd|tausend)|\d{2,3}\.\d{3})"
_TAX = _compile(
    [
        r"\b(?:wie ?viel|wieviel|welchen betrag|wie hoch)\b[^?]{0,50}"
        r"\b(?:steuer\w*|abgaben|gewerbesteuer|einkommensteuer|umsatzsteuer|nachzahlung)\b"
        r"[^?]{0,60}\b(?:ich|wir|mir|uns|meine[mnrs]?)\b",
        r"\b(?:ich|wir)\b[^?]{0,40}\b(?:gewinn|umsatz|einnahmen|verdien\w*)\b[^?]{0,60}"
        + _AMOUNT
        + r"[^?]{0,80}\bsteuer",
        r"\bsteuer\w*\b[^?]{0,80}\b(?:bei|mit) (?:einem |meinem |unserem )?(?:gewinn|umsatz)\w*"
        r"[^?]{0,20}" + _AMOUNT,
        r"\b(?:steuern|steuer) (?:sparen|optimieren|vermeiden|umgehen)",
        r"\b(?:ich|wir)\b[^?]{0,40}" + _AMOUNT + r"[^?]{0,40}"
        r"\b(?:gewinn|umsatz|einnahmen|verdien\w*)[^?]{0,80}steuer",
        r"\b(?:rechne|berechne|ausrechnen|kalkulier)\w*\b[^?.]{0,60}\b(?:mein\w*|mir|uns)\b"
        r"[^?.]{0,40}steuer|\b(?:rechne|berechne)\w* (?:mir|uns)\b[^?.]{0,60}steuer",
        r"\b(?:zuruecklegen|ruecklagen?)\b[^?]{0,40}\bsteuer|\bsteuer\w*\b[^?]{0,40}"
        r"\bzuruecklegen",
        r"\b(?:absetzen|abschreiben|steuerlich geltend)\b[^?]{0,40}\b(?:kann|darf) ich"
        r"|\b(?:kann|darf) ich\b[^?]{0,60}\b(?:absetzen|abschreiben|steuerlich geltend)",
        r"\b(?:steuererklaerung|umsatzsteuervoranmeldung|einkommensteuererklaerung)\b[^?]{0,40}"
        r"\b(?:fuer mich|ausfuellen|machen sie|erstellen sie)",
    ]
)


# "Is X cheaper for me?" is tax advice when the message is about taxes or the choice of a
# legal form for tax reasons; both parts must be present.
_PERSONAL_EVALUATION = _compile(
    [
        r"\b(?:lohnt (?:es )?sich|guenstiger|rechnet sich|sinnvoller|besser|vorteilhafter)\b"
        r"[^?]{0,60}\b(?:fuer mich|fuer uns|in meinem fall|bei mir|bei uns|mit meinem)\b",
        r"\b(?:fuer mich|fuer uns|in meinem fall|bei mir|bei uns)\b[^?]{0,60}"
        r"\b(?:guenstiger|lohnt|besser|rechnet sich|sinnvoller|vorteilhafter)\b",
        r"\b(?:fuer mich|fuer uns) (?:steuerlich|finanziell)\b",
        r"\bin (?:meinem|unserem) (?:konkreten )?fall\b",
        r"\b(?:stimmt|richtig|korrekt)\b[^?]{0,60}\b(?:\w*bescheid|betrag|berechnung)\b"
        r"|\b(?:\w*bescheid|betrag|berechnung)\b[^?]{0,60}\b(?:stimmt|richtig|korrekt)\b",
    ]
)
_TAX_TOPIC = re.compile(
    r"\b(?:\w*steuer\w*|kleinunternehmer\w*|regelbesteuerung|finanzamt|abschreib\w*)\b"
)


# Words of the advisor's domain (starting and running a business). A question without any of
# them must match the knowledge base clearly before the advisor answers it: "Wie wird das
# Wetter morgen in Musterstadt?" shares a city name and little else with the articles.
_BUSINESS_CUES = re.compile(
    r"(?:gruend|gewerb|selbst(?:st)?aendig|freiberuf|freelanc|firma|firmen|unternehm|betrieb"
    r"|laden|geschaeft|shop|kunde|verkauf|verkaeuf|handel|umsatz|gewinn|steuer|finanzamt"
    r"|kredit|foerder|zuschuss|darlehen|buergschaft|stipendium|erlaubnis|genehmig|konzession"
    r"|lizenz|anmeld|ummeld|abmeld|register|kammer|\bihk\b|\bhwk\b|handwerk|\bmeister|gastro"
    r"|gaststaett|cafe|kneipe|\bbar\b|imbiss|restaurant|\blokal|foodtruck|wochenmarkt|\bmarkt|mitarbeit"
    r"|angestellt|personal|minijob|existenz|start-?up|company|business|self-employed|praxis"
    r"|pizzeria|baeckerei|friseur|kiosk|werkstatt|aushilf|raeume|flaeche|werbe|schild|nachfolg"
    r"|uebernehm|uebernahm|makler|vermittl|\w{3,}erei\b|salon|studio|atelier|agentur|verein"
    r"|\w{4,}fest\b|ausschenk|\bvat\b|ust-?id"
    r"|bewach|versicherung|ausschank|lebensmittel|hygiene|wirtschaft|berat|auftr|rechnung"
    r"|gmbh|\bug\b|\bgbr\b|kaufm|ausland|aufenthalt|visum|visa)"
)


# "What should I do now?" about a dispute of one's own is a request for legal advice.
_ADVICE_SEEKING = re.compile(
    r"\b(?:was soll ich|wie soll ich|was raten sie|was wuerden sie (?:mir )?raten"
    r"|was kann ich dagegen|wie wehre ich mich|was mache ich jetzt)"
)
_DISPUTE = re.compile(
    r"\b(?:verweigert|abgelehnt|gekuendigt|kuendigung|streit|schulden|zahlt\w* nicht|nicht mehr"
    r" ein|ungerecht|klage|anwalt|untersag\w*|bussgeld|strafe|verklag\w*|aussteigen)\b"
)
# Private matters outside the advisor's remit (job search, private housing, pensions, family
# benefits, consumer complaints), unless the message is also about starting or running a
# business.
_PRIVATE_MATTER = re.compile(
    r"\b(?:(?:suche\w*|bieten|vergeben)\b[^?.]{0,30}"
    r"\b(?:stelle|job|arbeitsstelle|ausbildungsplae?tz\w*|praktik\w*)"
    r"|(?:stelle|job|arbeitsstelle|ausbildungsplatz|ausbildungsplaetze|praktikum)\w*\b[^?.]{0,40}"
    r"\b(?:suche|bekomme|finden|anbieten|bieten)|bewerbung schreiben|meine bewerbung"
    r"|in rente gehen|rentenantrag|altersrente|kindergeld|elterngeld|wohngeld|mietwohnung suche"
    r"|wohnung zur miete|privat\w* (?:auto|wagen|wohnung)|umtausch\w*|reklamation"
    r"|hausaufgabe\w*|klassenarbeit|referat)"
)
# Words that make a message about a business after all ("Aushilfe für mein Café suchen").
_FOUNDING = re.compile(
    r"(?:gruend|selbst(?:st)?aendig (?:machen|werden)|eroeffn|gewerb|geschaeftsidee|nachfolg"
    r"|uebernahm|uebernehm|(?:meine|unsere) firma|(?:meinen|unseren) (?:betrieb|laden)"
    r"|mein geschaeft|freiberuf|foodtruck|imbiss|cafe|restaurant|gastro|kneipe|minijob|aushilf"
    r"|mitarbeit|rechnung|kunden|umsatz|genehmig|erlaubnis|konzession)"
)


def is_private_matter(message: str) -> bool:
    """A private matter (job search, housing, benefits, a complaint) and not about founding."""
    folded = fold(message)
    return _PRIVATE_MATTER.search(folded) is not None and _FOUNDING.search(folded) is None


def has_business_cue(message: str) -> bool:
    """Whether the message uses a word of the advisor's domain."""
    return _BUSINESS_CUES.search(fold(message)) is not None


def detect_intent(message: str) -> Intent:
    """The guardrail class of a user message (checked before any retrieval or model call)."""
    folded = fold(message.replace("€", " euro "))
    if contains_instructions(message) or _INJECTION.search(folded):
        return Intent.INJECTION
    if _HANDOVER.search(folded):
        return Intent.HANDOVER
    if _LEGAL.search(folded) or (_ADVICE_SEEKING.search(folded) and _DISPUTE.search(folded)):
        return Intent.LEGAL_ADVICE
    if _TAX.search(folded) or (_PERSONAL_EVALUATION.search(folded) and _TAX_TOPIC.search(folded)):
        return Intent.TAX_ADVICE
    return Intent.QUESTION
