"""User names that stand for a person: ``Benutzername: maxh_ka``, a chat's speaker
(``08:02 jens.pfister: moin``), a mention (``@anna``), a profile address
(``linkedin.com/in/ruben-asante-wolff``), a Windows account (``STADT\\mweber2``) and the user in
a web server's log.

A user name is chosen by its owner, often from their name, and it finds them as surely as an
e-mail address. Chat exports, ticket notes and CVs carry them; the name rules look for
capitalised words and miss them. Reported as ``PERSON``; only the name itself is replaced.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.values import ValuePatternRecognizer

# A user name: letters, digits, dots, underscores and hyphens, starting with a letter; with a
# dot, an underscore or a digit in it, so a word after the label ("gesperrt", "admin") is none.
# Lengths are bounded: an endless "a.a.a.…" must not make the search quadratic.
_HANDLE = r"(?P<value>(?=[\w.-]{0,40}[._\d])[A-Za-zÄÖÜäöüß][\w.-]{0,40}[\wäöüß])"
_PROFILE_NAME = r"(?P<value>[A-Za-zÄÖÜäöüß][\w.-]{0,60}[\wäöüß])(?![\w.-])"
# A chat speaker in lower case with a dot or underscore ("lenasophie.hl", "maxh_ka"); two
# letters at least on either side, so "z.b.:" and "u.a.:" are no speakers.
_SPEAKER = (
    r"(?P<value>[a-zäöüß][a-zäöüß0-9-]{1,30}[._](?!(?:pdf|docx?|xlsx?|txt|jpe?g|png|zip|csv)\b)"
    r"[a-zäöüß0-9._-]{0,30}[a-zäöüß0-9]{2})"
)
# A login by its shape alone, as logs, audit trails and chats write them: an initial and a
# surname ("t.albers", "adm.kraus" for an admin account), a surname or first name and an
# initial ("wessel.k", "frank.r"). Not abbreviations ("i.allg.", "v.chr."), files ("main.c",
# "a.pdf") or domains ("x.com", "t.albers.de").
_NOT_LOGIN_WORD = (
    r"(?:com|net|org|info|html?|php|log|txt|pdf|json|xml|ya?ml|conf|cfg|ini|exe|dll|csv|docx?"
    r"|xlsx?|pptx?|jpe?g|png|gif|zip|allg|zt|zw|vgl|bsp|anm|inkl|zzgl|ggf|evtl|bzgl|mwst|ehem"
    r"|verh|gesch|chr|rer|nat|med|phil|jur|pol|oec|dipl|main|test|utils?|app|lib|config|index"
    r"|init|abs|str|nr|tel|fax|bzw|usw|etc|ca|dgl|lit|oben|unten|sog|ggü)(?![\w])"
)
_LOGIN_SHAPE = (
    rf"(?<![\w.@\\:-])(?P<value>(?:[a-z]|adm|admin)\.(?!{_NOT_LOGIN_WORD})[a-zäöüß]{{3,20}}"
    rf"(?:-[a-zäöüß]{{2,20}})?\d{{0,2}}"
    # Not a C header or source file ("stdio.h", "main.c").
    rf"|(?!{_NOT_LOGIN_WORD})[a-zäöüß]{{3,20}}\.(?![ch](?![\w]))[a-z]\d{{0,2}})"
    r"(?![\w@-]|\.\w)"
)
_LABEL = (
    r"(?i:benutzer(?:name|kennung|konto)?|nutzer(?:name|kennung)?|user(?:[ ]?name|[ ]?id)?|login"
    r"|anmeldename|kennung|account|handle|instagram|twitter|tiktok|telegram|skype|discord"
    r"|signal|threema(?:[ ]?id)?"
    # A ticket's or a record's clerk by their login ("Zuständig: kurzweg.n", "USR: wessel.k").
    r"|usr|zuständig|bearbeiter(?:in)?|sachbearbeiter(?:in)?|bearbeitet[ ]von|agent|owner"
    r"|assignee|erstellt[ ]von|geändert[ ]von|angelegt[ ]von)(?:[ ][A-ZÄÖÜ][\w-]*)?"
)
_PROFILE = (
    r"(?i:linkedin\.com/in|xing\.com/profile|facebook\.com|instagram\.com|twitter\.com|x\.com"
    r"|github\.com|t\.me|tiktok\.com/@?)/"
)
# An authority's or a service's account is mentioned too ("@hansestadt.luebeck", "@polizei.nrw").
_NOT_AUTHORITY = (
    r"(?![\w.-]{0,30}(?i:stadt|gemeinde|kreis|amt|polizei|feuerwehr|rathaus|verwaltung"
    r"|jobcenter|bürgerservice|buergerservice|druckerei|servicedesk|helpdesk|support|hotline"
    r"|zentrale|poststelle|büro|buero|team|abteilung|sekretariat|leitstelle|kasse)"
    # The word ends a part of the handle: "@hausdruckerei", not "@kassem.ali", "@teamchef.j".
    r"(?![a-zäöüß]))"
)
_NOT_HANDLES = (
    r"(?!(?i:ja|nein|keine?|siehe|unbekannt|n/a|none|profile|pages|groups|events|share)\b)"
)


class HandleRecognizer(ValuePatternRecognizer):
    """User names after a label, as a chat speaker, or in a profile address."""

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "User name after a label",
            # Also as a JSON or form field: '"bearbeiter": "kluge.m"', "user=maxh_ka".
            rf'(?<![\w-])"?{_LABEL}"?[ \t]*[:=][ \t]*["@]?{_NOT_HANDLES}{_HANDLE}'
            r'(?="?[ \t]*(?:$|[,;)}|]))',
            0.7,
        ),
        Pattern(
            "Chat speaker",
            rf"^[ \t]*(?:\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]+)?{_SPEAKER}:[ ]",
            0.7,
        ),
        # A chat's or a ticket's mention of a person: "@anna ich schau nach", "@j.kowalski"; not
        # an e-mail address (a word before the "@").
        Pattern(
            "Mention",
            rf"(?<![\w.@+-])@{_NOT_AUTHORITY}"
            r"(?P<value>[A-Za-zÄÖÜäöüß][\w.-]{0,30}[A-Za-z0-9äöüß])(?![\w@-]|\.\w)",
            0.7,
        ),
        # A Windows account, the domain before a backslash ("STADT\mweber2", "stadt\jana.k"); not a
        # share's path ("\\SERVER\share").
        Pattern(
            "Windows account",
            r"(?<![\w\\])[A-Za-z][A-Za-z0-9-]{1,14}\\(?P<value>[A-Za-z][\w.-]{0,30}[A-Za-z0-9])"
            r"(?![\w\\])",
            0.7,
        ),
        # A web server's log names the signed-in user before the time stamp
        # ('10.0.0.1 - jschuster [04/Mar/2026:13:14:55 +0100] "GET …').
        Pattern(
            "Web server log user",
            r"^[ \t]*[\w.:-]+[ ][^\s\[]+[ ](?P<value>[^\s\[\]\"-][^\s\[\]\"]{0,40})[ ]"
            r"\[\d{1,2}/[A-Z][a-z]{2}/\d{4}:",
            0.7,
        ),
        Pattern("Login by its shape", _LOGIN_SHAPE, 0.6),
        # A chat export that sets the message apart by blanks: "[10:05] lena_it  moin frank".
        Pattern(
            "Chat speaker before blanks",
            rf"^[ \t]*\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]+{_SPEAKER}(?=[ ]{{2,}}|\t)",
            0.7,
        ),
        Pattern(
            "Profile address",
            rf"(?<![\w.-])(?:https?://)?(?:www\.)?{_PROFILE}{_NOT_HANDLES}{_PROFILE_NAME}",
            0.7,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="PERSON", patterns=self.PATTERNS, name="HandleRecognizer")
