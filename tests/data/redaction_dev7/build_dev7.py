"""Build the seventh German PII redaction development corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev7/build_dev7.py

This is a DEVELOPMENT set: it may be read, run and tuned on. It was written without sight of the
redactor's rules, its benchmark or the held-out corpora, and it aims at the formats in which
redaction fails most often in a German city administration: chat transcripts (citizen-service
live chat, messenger exports, Teams/Slack-style channels with timestamps and speakers, answers
on the next line, lower-case informal writing, nicknames and typos); OCR-noisy scans of letters
and forms (broken words, hyphenation at line ends, l/1 and O/0 confusions, spaced letters,
capitals, columns run together); JSON and application logs (user fields, query strings, form
payloads, URL-encoded values, e-mail addresses, citizens' IPs next to server IPs); CSV, TSV,
Excel pastes and fixed-width exports with and without cue columns; syslog and audit logs;
voicemail and phone transcripts (spoken numbers, fillers, spelled names "M wie Martha"); and
letters and e-mails by foreigners in imperfect German with addresses abroad (UK, NL, PL, TR, UA)
and foreign file numbers without cue words. Names come from many backgrounds; several surnames
are everyday German words (Koch, Vogel, Winter, Sommer, Braun, Schmied) and are used alone. The
PII-free texts are full of traps: menus, stop lists, release notes, server inventories with IP
addresses, fleet lists with the plates of municipal vehicles, statistics tables, IT change logs,
event listings, press releases with streets and schools named after persons, chats between two
offices, firm directories, a clean syslog and an OCR-noisy public notice.

Every document is written out individually below. Personal strings are marked inline as
``[[TYPE:text]]``; the script strips the markup and computes the offsets, so no offset is ever
written by hand. Short aliases may be used for the type:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions (those of the development sets, with notes on the formats of this set):
  - salutations, titles and roles ("Herr", "Frau", "Dr.", "RAin", "Familie") stay outside a
    PERSON span; particles belonging to the surname are inside; "Nachname, Vorname" is one span;
    lower-case names, nicknames, user handles and OCR-garbled names are PERSON; a name inside an
    e-mail address is annotated only as part of the EMAIL_ADDRESS; names of natural persons
    (citizens, staff, judges, lawyers, landlords) are annotated wherever they occur;
  - chats: the speaker label of a natural person is PERSON every time it occurs; a display
    name "Nachname, Vorname (Dienststelle)" is one PERSON span without the office; functional
    accounts ("Bürgerservice", "System", "Bot") are not personal;
  - OCR: a name or number broken by a hyphen at the line end, by spaces between letters or by
    l/1 and O/0 confusions is one span over the garbled text; a name hyphenated at a line end
    is annotated as two spans, one on each line ("[[P:Kowalews-]]" / "[[P:ki]]"), since a span
    does not cross a line break;
  - logs: a URL-encoded value (``J%C3%BCrgen+M%C3%BCller``) is annotated in its encoded form,
    the parameter name outside; a "name=" value holding first and last name is one span;
  - spoken and spelled data: a spelled name ("M wie Martha, E wie Emil ...", "K-O-C-H") is one
    PERSON span over the spelling; spoken phone numbers and dates of birth are one span each
    over the words;
  - a private address is split into STREET_ADDRESS (street, number, additions) and LOCATION
    (postal code and town), abroad as well (UK postcodes, Dutch "1234 AB", Polish "00-000");
    a town of residence or birthplace alone (also in prose without a verb: "komme aus
    Gelsenkirchen", "Umzug nach Herne") is LOCATION; a country or a nationality is not annotated;
  - addresses, switchboards, hotlines and functional mailboxes of authorities, courts, schools,
    law firms and companies are not personal; a staff member's direct line and personal
    mailbox are;
  - file, case, customer, booking and register numbers of a citizen's matter (court file numbers
    of a person's case and foreign file numbers without a cue word included) are
    DE_AKTENZEICHEN, the cue word outside; council papers, plan numbers, IT tickets and changes,
    chat session ids, tender numbers, Tatbestandsnummern and the register entries of companies
    (HRB) are not; the HRA entry of a sole trader is DE_HANDELSREGISTER;
  - the number of a foreign passport or identity card is DE_PASSPORT;
  - IP addresses of citizens' devices are personal, addresses of servers, gateways, proxies and
    internal systems are not, nor are external mail servers and the scanning hosts of hosting
    networks in firewall and sshd lines; plates of municipal vehicles are not personal;
  - only dates of birth are personal, letter dates, deadlines, log timestamps and event dates
    are not.

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
from redaction_markup import Corpus  # noqa: E402

OUT = HERE / "corpus.jsonl"
CORPUS = Corpus()
pii = CORPUS.pii
clean = CORPUS.clean


# ---------------------------------------------------------------------------------------------
# Documents with personal data
# ---------------------------------------------------------------------------------------------

# ----- chat transcripts ----------------------------------------------------------------------

# 1 -- live chat of the citizen service, informal lower-case citizen, answers on several lines
pii(
    "chat",
    """
Live-Chat Bürgerservice Stadt Bochum – Gesprächsprotokoll
Sitzung: chat-20260311-0442 | Start 11.03.2026 16:02:11 | Kanal: Website | Sprache: de
Besucher-IP: [[IP:91.64.211.87]] | Chat-Gateway: 10.40.2.15 (cgw-02)

[16:02:11] System: Sie sind mit dem Bürgerservice verbunden. Bitte keine Passwörter eingeben.
[16:02:40] Besucher: hallo ich hab ne frage wegen ummeldung
[16:02:58] [[P:Jana]] (Bürgerservice): Guten Tag! Gern, worum geht es genau?
[16:03:30] Besucher: bin letzte woche umgezogen, komme aus [[LOC:Gelsenkirchen]]
[16:03:31] Besucher: neue adresse ist [[STR:hattinger str 212]]
[16:03:33] Besucher: [[STR:2.og links]]
[16:03:50] [[P:Jana]] (Bürgerservice): Danke. Für die Anmeldung brauchen Sie einen Termin und die Wohnungsgeberbestätigung.
[16:04:12] Besucher: hab ich schon, der vermieter heißt [[P:braun]] oder so, hat mir das per mail geschickt
[16:04:40] Besucher: kann ich das nich einfach hier machen?? mein name is [[P:kevin schmied]], geb [[DOB:14.7.93]]
[16:05:02] [[P:Jana]] (Bürgerservice): Leider nein, die Anmeldung ist nur persönlich oder mit der Online-Ausweisfunktion möglich. Ich kann Ihnen einen Termin vormerken.
[16:05:20] Besucher: ok
[16:05:21] Besucher: handy [[TEL:0176 / 2231 8840]]
[16:05:58] [[P:Jana]] (Bürgerservice): Vorgemerkt: Do, 19.03.2026, 10:40 Uhr, Bürgerbüro Mitte, Willy-Brandt-Platz 2–6. Ihre Vorgangsnummer lautet [[AZ:BO-EWO-2026-118742]].
[16:06:10] Besucher: und meine frau? die heißt [[P:Leonie]], gleiche adresse
[16:06:31] [[P:Jana]] (Bürgerservice): Bringen Sie einfach beide Ausweise mit, dann erledigen wir das in einem Termin.
[16:06:40] Besucher: top danke
[16:06:41] System: Der Besucher hat den Chat verlassen. Protokoll gespeichert (Aufbewahrung 90 Tage).
""",
    keep=[
        "Kanal: Website",
        "10.40.2.15",
        "Wohnungsgeberbestätigung",
        "Bürgerbüro Mitte, Willy-Brandt-Platz 2–6",
        "Online-Ausweisfunktion",
    ],
)

# 2 -- WhatsApp export attached to a complaint of a tenant; landlord's surname is also a season
pii(
    "messenger_export",
    """
Anlage 3 zur Beschwerde wegen Schimmel – Export „WhatsApp-Chat mit Vermieter [[P:Sommer]].txt“
Eingereicht über das Kontaktformular der Wohnungsaufsicht, Vorgang [[AZ:WA-2026-0219]]

02.02.26, 19:14 - Die Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.
02.02.26, 19:14 - [[P:Tobi]]: Guten abend herr [[P:Sommer]], im kinderzimmer ist wieder schimmel an der außenwand
02.02.26, 19:15 - [[P:Tobi]]: <Medien ausgeschlossen>
02.02.26, 21:40 - [[P:Sommer]] Vermietung: lüften sie richtig? im sommer war da nichts.
02.02.26, 21:41 - [[P:Tobi]]: ja wir lüften 3x am tag. das ist die wand zum nachbarhaus
03.02.26, 08:02 - [[P:Sommer]] Vermietung: Ich schicke Herrn [[P:Grabowski]] vorbei, der macht das.
03.02.26, 08:05 - [[P:Tobi]]: wann? ich bin ab 15 uhr zuhause, [[STR:Kanalstraße 8]], klingel [[P:Hoffmann/Yıldız]]
05.02.26, 17:33 - [[P:Tobi]]: es war keiner da
05.02.26, 17:34 - [[P:Tobi]]: meine freundin [[P:Derya]] hat extra frei genommen
09.02.26, 10:12 - [[P:Sommer]] Vermietung: Der Handwerker ist krank. Nächste Woche.
16.02.26, 20:50 - [[P:Tobi]]: immer noch nichts. ich wende mich jetzt an die stadt
16.02.26, 20:51 - [[P:Tobi]]: meine nummer falls sie es sich anders überlegen [[TEL:0157 8830 1276]]

Vermerk Wohnungsaufsicht: Mieter [[P:Tobias Hoffmann]] (Chat-Name „[[P:Tobi]]“), Mitbewohnerin [[P:Derya Yıldız]]. Vermieter laut Mietvertrag: [[P:Gregor Sommer]], [[STR:Lindenallee 41]], [[LOC:45127 Essen]]. Ortstermin mit Feuchtemessung am 24.02.2026 vorgesehen.
""",
    keep=[
        "im sommer war da nichts",
        "Wohnungsaufsicht",
        "<Medien ausgeschlossen>",
        "Ende-zu-Ende-verschlüsselt",
        "Ortstermin mit Feuchtemessung",
    ],
)

# 3 -- Teams chat between two caseworkers of the foreigners' authority, answers on the next line
pii(
    "teams_chat",
    """
Microsoft Teams – Chat exportiert am 20.03.2026 (Teilnehmende: 2)

[[P:Kowalski, Anna]] (Stadt Herne – FB 32 Ausländerbehörde)   09:12
hast du die akte von dem herrn aus [[LOC:charkiw]]? der steht schon wieder unten am empfang

[[P:Reuter, Malte]] (Stadt Herne – FB 32 Ausländerbehörde)   09:13
welcher? [[P:Bondarenko]]?

[[P:Kowalski, Anna]] (Stadt Herne – FB 32 Ausländerbehörde)   09:13
ja [[P:Bondarenko, Oleksandr]], geb [[DOB:02.09.1971]], AZ [[AZ:32.4-UA-2025-1187]]
fiktionsbescheinigung läuft am 31.03. ab

[[P:Reuter, Malte]] (Stadt Herne – FB 32 Ausländerbehörde)   09:15
liegt bei mir, aber die meldeadresse stimmt nicht mehr. er ist zur tochter gezogen
[[STR:Bebelstraße 17]], [[LOC:44623 Herne]], bei [[P:Tkachenko]]

[[P:Kowalski, Anna]] (Stadt Herne – FB 32 Ausländerbehörde)   09:16
👍 dann schick ich ihn erst zum bürgerbüro. tel von der tochter hast du?

[[P:Reuter, Malte]] (Stadt Herne – FB 32 Ausländerbehörde)   09:17
[[TEL:0152 2840 9915]] ([[P:Iryna]])

[[P:Kowalski, Anna]] (Stadt Herne – FB 32 Ausländerbehörde)   09:30
erledigt, termin steht. kannst du die akte bitte in den postkorb 32-EG legen

[[P:Reuter, Malte]] (Stadt Herne – FB 32 Ausländerbehörde)   09:31
jo. ps: das ticket wegen dem scanner ist INC0081442, falls du nachfragst
""",
    keep=[
        "FB 32 Ausländerbehörde",
        "fiktionsbescheinigung läuft am 31.03. ab",
        "postkorb 32-EG",
        "INC0081442",
        "Teilnehmende: 2",
    ],
)

# 4 -- Slack-style channel export of a Kita coordination team
pii(
    "slack_export",
    """
#kita-platzvergabe-nord  (Export 2026-04-08, Workspace stadt-gladbeck.slack.com)

[2026-04-07 08:41] @[[P:m.vogel]]: moin zusammen, für die gruppe sonnenblumen ist der platz von [[P:Emma Krüger]] frei geworden, die familie zieht nach [[LOC:Dorsten]]
[2026-04-07 08:43] @[[P:s.yilmaz]]: nächste auf der warteliste wäre [[P:Aleksandra Nowicka]], [[DOB:11.05.2023]], eltern wohnen [[STR:Horster Str. 199]]
[2026-04-07 08:44] @[[P:s.yilmaz]]: oder [[P:Finn-Luca Becker]], der ist aber U3 und braucht 45h
[2026-04-07 08:50] @[[P:m.vogel]]: [[P:nowicka]] passt, 35h. wer ruft an?
[2026-04-07 08:51] @[[P:jens]]: ich mach das. nummer?
[2026-04-07 08:51] @[[P:s.yilmaz]]: mutter [[TEL:0178-5561203]], vater geht nie ran
[2026-04-07 09:30] @[[P:jens]]: erreicht, sie nehmen den platz. vertrag geht raus, anmelde-nr [[AZ:KG-N-2026-0334]]
[2026-04-07 09:31] @[[P:m.vogel]]: :tada: danke [[P:jens]]!
[2026-04-07 09:45] @Kita-Bot: Erinnerung: Platzvergabe-Runde 2 endet am 15.04.2026. Offene Plätze Nord: 3 (Ü3), 1 (U3).
[2026-04-07 10:02] @[[P:s.yilmaz]]: [[P:Becker]] kommt dann in runde 2, notiz im KitaPlaner ist drin
""",
    keep=[
        "#kita-platzvergabe-nord",
        "gruppe sonnenblumen",
        "@Kita-Bot",
        "Platzvergabe-Runde 2 endet am 15.04.2026",
        "KitaPlaner",
    ],
)

# 5 -- chatbot transcript with typos, hand-over to a staff member
pii(
    "chat",
    """
Chatbot „Frag Emma“ – Stadt Oberhausen – Transkript Nr. 2026-03-28-1177 (Übergabe an Mitarbeiter)
client_ip=[[IP:84.151.73.9]]  bot_node=emma-prod-2 (172.16.8.21)

Emma (Bot): Hallo! Ich bin Emma, der digitale Assistent der Stadt. Wie kann ich helfen?
Nutzer: hundesteuer abmelden
Emma (Bot): Möchten Sie einen Hund abmelden? Bitte nennen Sie Ihren Namen und das Kassenzeichen.
Nutzer: mei name is [[P:jürgn mülller]]
Nutzer: sry [[P:Jürgen Müller]]
Nutzer: kassenzeichn hab ich nich, wohne [[STR:Marktsr. 88a]] in [[LOC:Oberhausen-Sterkrade]]
Emma (Bot): Ich verbinde Sie mit einer Mitarbeiterin. Bitte haben Sie einen Moment Geduld.
[[P:Petra Schulte-Ebbert]] (Steueramt): Guten Tag Herr [[P:Müller]], ich sehe zwei Hunde unter Ihrer Anschrift. Welcher soll abgemeldet werden?
Nutzer: der Balu is leider gestorben am 20.3.
Nutzer: der andere (Luna) bleibt
[[P:Petra Schulte-Ebbert]] (Steueramt): Mein Beileid. Ich habe die Abmeldung zum 31.03.2026 erfasst, Kassenzeichen [[AZ:4.0322.061194.3]]. Bitte schicken Sie uns noch die Bescheinigung der Tierarztpraxis.
Nutzer: an welche mail
[[P:Petra Schulte-Ebbert]] (Steueramt): steueramt@oberhausen.de – oder direkt an mich: [[MAIL:petra.schulte-ebbert@oberhausen.de]]
Nutzer: ok danke. meine mail ist [[MAIL:juergen.muellr61@web.de]] falls was is
Emma (Bot): War ich hilfreich? 👍 / 👎
Nutzer: 👍
""",
    keep=[
        "Frag Emma",
        "bot_node=emma-prod-2 (172.16.8.21)",
        "hundesteuer abmelden",
        "steueramt@oberhausen.de",
        "Bescheinigung der Tierarztpraxis",
    ],
)

# 6 -- Telegram export of a volunteer group, forwarded to the social office; senders are phones
pii(
    "messenger_export",
    """
Weitergeleitet von: Koordination Ehrenamt <ehrenamt@stadt-castrop-rauxel.de>
An: Sozialamt – Wohnraumversorgung
Betreff: WG: Auszug aus Telegram-Gruppe „Helferkreis Habinghorst“ – bitte Unterkunftsfrage prüfen

Liebe Kolleg*innen, unten der relevante Ausschnitt. Die Gruppe wird von Ehrenamtlichen betrieben, wir haben nur Lesezugriff.

[12.03.2026 18:02] [[TEL:+49 1522 4410987]] ([[P:Gabi H.]]): Die Familie [[P:Haidari]] ist seit gestern in der Notunterkunft an der Dresdener Straße. 5 Personen, kleinster ist 8 Monate
[12.03.2026 18:05] [[TEL:+49 160 98123301]] ([[P:Uwe]]): Hab mit dem Vater gesprochen ([[P:Mohammad]]). Er sagt, sie kommen aus [[LOC:Recklinghausen-Süd]], Wohnung wurde geräumt
[12.03.2026 18:06] [[TEL:+49 160 98123301]] ([[P:Uwe]]): frühere Adresse [[STR:Bochumer Str. 177]]
[12.03.2026 18:20] [[TEL:+49 1522 4410987]] ([[P:Gabi H.]]): Tochter [[P:Parwana]] geht in die 7b der Gesamtschule, Schulweg jetzt 50 min 😕
[12.03.2026 18:41] [[TEL:+49 176 30417752]] (Schwester [[P:Ruth]]): Ich kann morgen mit zur Stadt, ich spreche Dari. Mutter heißt [[P:Sakina Haidari]], [[DOB:1987]] geboren, ohne genaues Datum im Pass
[12.03.2026 19:03] [[TEL:+49 160 98123301]] ([[P:Uwe]]): Jobcenter-Nummer vom Vater: [[AZ:45704BG0051129]]

Koordination Ehrenamt – Stadt Castrop-Rauxel – Tel. 02305 106-2212 (Zentrale Ehrenamtsbüro)
""",
    keep=[
        "Helferkreis Habinghorst",
        "Notunterkunft an der Dresdener Straße",
        "Gesamtschule",
        "Tel. 02305 106-2212",
        "ehrenamt@stadt-castrop-rauxel.de",
    ],
)

# 7 -- Teams chat in a Jobcenter; surname "winter" in lower case next to the season
pii(
    "teams_chat",
    """
[Teams] Chat „Team 311 Leistung“ – Verlauf 05.02.2026

[[P:Özdemir, Selin]]  08:02
morgen! hat [[P:winter]] schon zurückgerufen?

[[P:Lange, Birgit]]  08:04
welcher [[P:winter]]? [[P:Manfred Winter]] oder die junge frau?

[[P:Özdemir, Selin]]  08:04
der ältere, BG [[AZ:35201BG0017743]], wegen heizkosten nachzahlung
der hat für den Winter 1.380 € nachzahlung bekommen und will darlehen

[[P:Lange, Birgit]]  08:06
nee, noch nicht. ich hab ihm auf [[TEL:0209 4419921]] auf den AB gesprochen
steht auch im VERBIS-vermerk

[[P:Özdemir, Selin]]  08:07
ok. und [[P:Jasmin]]? die akte [[P:Winter, Jasmin]] liegt noch bei dir oder?

[[P:Lange, Birgit]]  08:09
ja, die kommt heute um 10 persönlich, mit ihrem freund ([[P:Marvin]]). wohnt jetzt [[STR:Ückendorfer Str. 54]]
ich mach da gleich die umzugskosten

[[P:Özdemir, Selin]]  08:10
super, danke dir ☕
""",
    keep=[
        "Team 311 Leistung",
        "für den Winter 1.380 € nachzahlung",
        "VERBIS-vermerk",
        "heizkosten nachzahlung",
        "umzugskosten",
    ],
    allow=("Winter",),
)

# 8 -- live chat of the vehicle registration office, plates and a SEPA mandate
pii(
    "chat",
    """
Kfz-Zulassungsstelle Kreis Unna – Livechat | Ticket ZUL-CHAT-88214 | 17.04.2026

14:31 Besucherin: hi, ich will mein auto ummelden, hab es von meinem opa übernommen
14:31 Service ([[P:Dominik]]): Hallo! Gerne. Wie lautet das aktuelle Kennzeichen?
14:32 Besucherin: [[KFZ:UN-HK 312]]
14:32 Besucherin: kann ich das behalten? opa hieß auch [[P:Koch]] wie ich lol
14:33 Service ([[P:Dominik]]): Bei Halterwechsel innerhalb des Kreises können Sie das Kennzeichen mitnehmen, wenn der bisherige Halter zustimmt. Ihr vollständiger Name?
14:34 Besucherin: [[P:Lea-Marie Koch]]
14:34 Besucherin: opa ist [[P:Heinrich Koch]], der wohnt jetzt im Pflegeheim in [[LOC:Fröndenberg]]
14:35 Service ([[P:Dominik]]): Danke. Für die Kfz-Steuer benötigt der Zoll ein SEPA-Mandat. Möchten Sie die IBAN gleich angeben?
14:36 Besucherin: [[IBAN:DE62 4205 0001 0010 4938 57]]
14:36 Besucherin: meine adresse [[STR:Kamener Str. 31]], [[LOC:59425 Unna]]
14:37 Service ([[P:Dominik]]): Notiert. Bitte bringen Sie zum Termin mit: Zulassungsbescheinigung Teil I und II, Vollmacht des Großvaters, eVB-Nummer Ihrer Versicherung, Personalausweis.
14:37 Besucherin: evb hab ich: [[AZ:A7K3M9Q]]
14:38 Service ([[P:Dominik]]): Perfekt. Termin: 22.04.2026, 09:15 Uhr, Platanenallee 16, Schalter 4. Buchungsnummer [[AZ:ZUL-2026-041772]].
14:38 Besucherin: danke!! 🙏
""",
    keep=[
        "ZUL-CHAT-88214",
        "Zulassungsbescheinigung Teil I und II",
        "Platanenallee 16, Schalter 4",
        "SEPA-Mandat",
        "Kfz-Steuer",
    ],
)

# 9 -- SMS thread of the public order service's field team, printed from the service phone
pii(
    "sms_thread",
    """
Ausdruck SMS-Verlauf Diensthandy KOD-3 (Kommunaler Ordnungsdienst) – Kontakt: „Anwohner [[P:Mertens]]“ [[TEL:0171 2290473]]

Sa 14.03.2026 23:12  eingehend
hallo hier [[P:Mertens]] von der [[STR:Gerberstr 9]], die party im hinterhof geht schon wieder los. nr 11, 3. stock. bitte kommen

Sa 14.03.2026 23:15  ausgehend
Guten Abend, KOD ist informiert, Streife ist in ca. 20 min vor Ort.

Sa 14.03.2026 23:51  eingehend
ist immer noch laut. der mieter heißt [[P:kalle]] glaub ich, [[P:Karl Brenner]] steht am schild

So 15.03.2026 00:20  ausgehend
Wir waren vor Ort. Die Musik wurde abgestellt, Personalien wurden aufgenommen. Anzeige nach § 117 OWiG wird gefertigt.

So 15.03.2026 00:22  eingehend
danke!! ich wohn übrigens direkt drunter, 2. og, falls sie mich als zeuge brauchen. vorname [[P:Silke]]

Vermerk Streife ([[P:Heuer]] / [[P:Akın]]): Betroffener [[P:Brenner, Karl]], geb. [[DOB:08.12.1988]], [[STR:Gerberstraße 11, 3. OG]], [[LOC:58095 Hagen]]; Az. OWi [[AZ:32.2-OW-2026-00871]].
""",
    keep=[
        "KOD-3 (Kommunaler Ordnungsdienst)",
        "§ 117 OWiG",
        "Streife ist in ca. 20 min vor Ort",
        "Personalien wurden aufgenommen",
    ],
)

# 10 -- Slack-style IT support channel; a clerk pastes a citizen's record; server IPs are not personal
pii(
    "slack_export",
    """
#it-support-fachverfahren  ·  Stadtverwaltung Marl  ·  Export 2026-02-19

[10:02] [[P:frank.r]]  hilfe, das portal zeigt bei einer antragstellerin seit heute „Fehler 500 – Antrag konnte nicht geladen werden“
[10:02] [[P:frank.r]]  datensatz: [[P:Radu, Ioana-Maria]] * [[DOB:23.06.1992]], [[STR:Bergstraße 62]], [[LOC:45770 Marl]], antrag [[AZ:WG-2026-004417]] (wohngeld)
[10:05] [[P:lena_it]]  moin [[P:frank]], bitte keine personendaten hier reinkippen 🙈 ticket reicht. schau mir das an
[10:09] [[P:lena_it]]  im log sehe ich ihre IP [[IP:37.201.144.16]] und dann timeout von app02 (10.12.0.42) zur DB (10.12.0.60)
[10:10] [[P:lena_it]]  liegt am upload: sie hat ein 48-MB-pdf hochgeladen. limit ist 20 MB
[10:11] [[P:frank.r]]  ah ok. kann ich ihr das sagen? sie ruft gleich wieder an, [[TEL:02365 9981204]]
[10:12] [[P:lena_it]]  ja, sag ihr sie soll es in teilen hochladen. ich hab INC-2026-1190 aufgemacht und die größe auf 25 MB gesetzt (CHG-2026-0077)
[10:15] [[P:frank.r]]  danke [[P:lena]]!!
[10:15] [[P:lena_it]]  👍 und bitte den post oben löschen wegen datenschutz
""",
    keep=[
        "#it-support-fachverfahren",
        "app02 (10.12.0.42)",
        "DB (10.12.0.60)",
        "INC-2026-1190",
        "CHG-2026-0077",
    ],
)

# 11 -- WhatsApp Business chat of the integration office, Turkish-German, answers split over lines
pii(
    "messenger_export",
    """
Integrationsbüro Stadt Gladbeck – WhatsApp Business – Export Chat mit „[[P:Emine]] abla“ ([[TEL:+49 1512 6673018]])

[09.01.26, 10:14:02] [[P:Emine]] abla: merhaba, ich habe frage
[09.01.26, 10:14:20] [[P:Emine]] abla: mein sohn [[P:Burak]] braucht schulplatz
[09.01.26, 10:14:31] [[P:Emine]] abla: wir sind neu, kommen aus [[LOC:Bursa]]
[09.01.26, 10:40:55] Integrationsbüro: Merhaba! Gern helfen wir. Wie alt ist Ihr Sohn und wo wohnen Sie?
[09.01.26, 11:02:10] [[P:Emine]] abla: 13 jahre
[09.01.26, 11:02:12] [[P:Emine]] abla: geboren [[DOB:04.06.2012]]
[09.01.26, 11:02:40] [[P:Emine]] abla: wohnen bei meine schwester [[P:Hülya Aksoy]]
[09.01.26, 11:03:01] [[P:Emine]] abla: [[STR:Wilhelmstr. 23]] unten rechts
[09.01.26, 11:15:27] Integrationsbüro: Danke. Ist Ihr Sohn schon angemeldet (Meldebescheinigung)? Wie ist Ihr Nachname?
[09.01.26, 11:30:48] [[P:Emine]] abla: ja angemeldet. nachname [[P:Çakır]]
[09.01.26, 11:30:59] [[P:Emine]] abla: ich bin [[P:Emine Çakır]]
[09.01.26, 11:45:03] Integrationsbüro: Wir melden [[P:Burak Çakır]] beim Schulamt für die Seiteneinsteigerberatung an. Sie bekommen einen Brief mit Termin. Referenz: [[AZ:IB-2026-0031]]
[09.01.26, 11:45:40] [[P:Emine]] abla: çok teşekkürler 🌹
""",
    keep=[
        "Integrationsbüro Stadt Gladbeck",
        "WhatsApp Business",
        "Seiteneinsteigerberatung",
        "Meldebescheinigung",
    ],
)

# 12 -- Teams meeting chat of a building committee preparation; "Koch" used alone
pii(
    "teams_chat",
    """
Besprechungschat: „Vorbesprechung Bauausschuss 12.05.“ – gespeichert aus Microsoft Teams

10:01 [[P:Schmied, Karl-Heinz]] (FB 61)
Hallo zusammen, ich teile gleich die Folien. TOP 4 ist die Nachbarbeschwerde [[P:Koch]]

10:02 [[P:Nguyen, Thu Trang]] (FB 63 Bauordnung)
Ist das die mit der Garage an der Grenze? Az. [[AZ:63-BV-0442/25]]

10:02 [[P:Schmied, Karl-Heinz]] (FB 61)
genau. Herr [[P:Koch]] wohnt [[STR:Am Schlehenbusch 4]], der Bauherr nebenan ist Dr. [[P:Ferhat Arslan]]

10:03 [[P:Zimmermann, Ute]] (Ratsbüro)
Bitte im öffentlichen Teil keine Namen nennen, nur „Nachbarvorhaben Schlehenbusch“. Drucksache 0187/2026 läuft öffentlich.

10:04 [[P:Nguyen, Thu Trang]] (FB 63 Bauordnung)
👍 Ich hab mit Frau [[P:Koch]] telefoniert, sie kommt als Zuhörerin. Handy [[TEL:0163 7745102]], falls sie wieder nicht reinkommt wie letztes Mal.

10:06 [[P:Schmied, Karl-Heinz]] (FB 61)
Ok. [[P:Ute]], kannst du die Einladung an [[MAIL:kh.schmied@witten.de]] und [[MAIL:thutrang.nguyen@witten.de]] noch mal schicken? Der Link geht nicht.

10:07 [[P:Zimmermann, Ute]] (Ratsbüro)
Mache ich. Raum 214 ist gebucht, Hybrid über Teams.
""",
    keep=[
        "Vorbesprechung Bauausschuss 12.05.",
        "Nachbarvorhaben Schlehenbusch",
        "Drucksache 0187/2026",
        "Raum 214",
        "FB 63 Bauordnung",
    ],
)

# 13 -- live chat of the city treasury, refund; the citizen spells the name, IBAN given in the chat
pii(
    "chat",
    """
Stadtkasse Recklinghausen – Chat-Protokoll (Export aus „ServiceChat 3“) – 03.03.2026

[11:20:05] Kunde: guten tag, ich habe die grundsteuer doppelt bezahlt
[11:20:31] Mitarbeiterin [[P:S. Wójcik]]: Guten Tag, das klären wir. Wie ist Ihr Name und Ihr Kassenzeichen?
[11:21:10] Kunde: [[P:Szczepański]]
[11:21:14] Kunde: also [[P:S-Z-C-Z-E-P-A-N-S-K-I]], mit strich auf dem n
[11:21:15] Kunde: vorname [[P:Grzegorz]]
[11:21:48] Kunde: kassenzeichen steht im bescheid: [[AZ:2.1100.408813.6]]
[11:22:30] Mitarbeiterin [[P:S. Wójcik]]: Danke. Ich sehe zwei Zahlungen über je 187,40 € für das Objekt [[STR:Hochstraße 27]]. Die zweite Zahlung erstatten wir.
[11:22:55] Kunde: super. bitte auf das konto
[11:22:56] Kunde: [[IBAN:DE59 4306 0967 4019 3841 00]]
[11:23:02] Kunde: kontoinhaberin ist meine frau [[P:Agnieszka]], geht das?
[11:23:40] Mitarbeiterin [[P:S. Wójcik]]: Ja, wenn Sie beide Eigentümer sind. Laut Grundbuch sind Sie und [[P:Agnieszka Szczepańska]] eingetragen – passt.
[11:24:01] Kunde: ja genau. brauchen sie noch was
[11:24:30] Mitarbeiterin [[P:S. Wójcik]]: Nein. Die Erstattung erfolgt innerhalb von 10 Arbeitstagen. Rückfragen gern an stadtkasse@recklinghausen.de oder 02361 50-1234 (Servicenummer).
[11:24:44] Kunde: dziękuję, schönen tag noch
""",
    keep=[
        "ServiceChat 3",
        "grundsteuer doppelt bezahlt",
        "187,40 €",
        "stadtkasse@recklinghausen.de",
        "02361 50-1234 (Servicenummer)",
    ],
)

# 14 -- messenger group of a sports club, forwarded to the sports office; nicknames, no verbs
pii(
    "messenger_export",
    """
Von: [[P:Tim Brauckmann]] <[[MAIL:t.brauckmann@sv-resse08.de]]>
An: sportamt@gelsenkirchen.de
Betreff: Vorfall Sporthalle Resse – Chatauszug wie besprochen

Hallo, wie telefonisch besprochen der Auszug aus unserer Trainer-Gruppe. Vereinsnummer beim Sportamt 4471. Gruß [[P:Tim]]

[18.02.26 21:47] [[P:Brauckmann Tim]]: Leute wer hatte heute die Halle? Tür stand offen und Licht an
[18.02.26 21:50] [[P:Schimmi]]: ich nicht, bin seit 19 uhr zuhause
[18.02.26 21:52] Coach [[P:Dennis]]: D-Jugend bis 20 Uhr, dann [[P:Mo]] mit den Alten Herren
[18.02.26 21:55] [[P:Mo Haddad]]: wir waren um 21:15 raus, hab abgeschlossen 100%. schlüssel hat auch noch [[P:Vogel]]
[18.02.26 21:58] [[P:Schimmi]]: [[P:Vogel]] ist doch im urlaub, teneriffa
[18.02.26 22:03] Coach [[P:Dennis]]: dann war es vllt die Reinigungsfirma
[18.02.26 22:10] [[P:Brauckmann Tim]]: Ich ruf morgen beim Hausmeister an. [[P:Dennis]] schick mir bitte deine Nummer für die Meldung
[18.02.26 22:11] Coach [[P:Dennis]]: [[TEL:0176 48 33 01 92]] – [[P:Dennis Schimanski]], falls die Stadt das braucht
[18.02.26 22:12] [[P:Schimmi]]: lol ich bin nicht [[P:Dennis]] 😂 ich heiß [[P:Kevin]]

Schlüsselausgabeliste Halle Resse (Auszug): Nr. 12 [[P:Haddad]], Nr. 13 [[P:Schimanski]], Nr. 14 [[P:Jörg Vogel]] ([[STR:Ewaldstraße 160]])
""",
    keep=[
        "Sporthalle Resse",
        "sportamt@gelsenkirchen.de",
        "Vereinsnummer beim Sportamt 4471",
        "Reinigungsfirma",
        "Alten Herren",
    ],
)

# ----- OCR-noisy scans ------------------------------------------------------------------------

# 15 -- OCR of a typed reply to a hearing in fine proceedings; l/1 and O/0 confusions
pii(
    "ocr_scan",
    """
[OCR-Ergebnis · Scan 2026-03-04_0815_Posteingang_FB32.pdf · Seite 1/1 · Erkennungsgüte 71 %]

Stadt Bochum
Bußgeldste1le
Postfach 10 22 69
44777 Bochum

Absender: [[P:Wa1ter Braun]]
[[STR:Kort um straße 1O4]]
[[LOC:44787 B0chum]]

Ihr Zeichen: [[AZ:51.2O26.O44817.3]]                [[LOC:B0chum]], den 2. März 2O26

Anhörung wegen Geschwindigkeitsüberschreitung am l4.O2.2O26

Sehr geehrte Damen und Her ren,

hiermit teile ich mit, dass ich das Fahr zeug [[KFZ:BO-WB 1l2]] an dem Tag
nicht selbst gefahren bin. Gefahren ist mein Enkel [[P:Niklas Braun]], geb.
[[DOB:3O.O9.2OO4]], wohnhaft [[STR:Wittener Str. 2l]], [[LOC:58452 Witten]]. Er hat
das Auto ausgeliehen für den Umzug nach [[LOC:Herne]].

Ich bitte das Ver-
fahren gegen mich einzustel-
len. Bei Rückfragen bin ich tagsüber unter [[TEL:O234 / 5l 23 88]] zu er-
reichen, abends hört es meine Frau [[P:Gise1a]].

Mit freund1ichen Grüßen

[[P:W. Braun]]
    ~~~ Unterschrift unleser1ich ~~~
""",
    keep=[
        "Bußgeldste1le",
        "Postfach 10 22 69",
        "Anhörung wegen Geschwindigkeitsüberschreitung",
        "Unterschrift unleser1ich",
    ],
)

# 16 -- OCR of a housing-benefit form in capitals, spaced characters, columns run together
pii(
    "ocr_scan",
    """
=== OCR (Tesseract 5, deu) · Formular WG-1 „Antrag auf Mietzuschuss“ · Seite 1 von 4 ===
1. ANGABEN ZUR ANTRAGSTELLENDEN PERSON
FamiliennameVorname(n)Geburtsdatum
[[P:OKONKWO-SCHRÖDER]]  [[P:ADAEZE]]  [[DOB:1 2 . 0 4 . 1 9 8 5]]
Straße, Hausnr.PLZ/Ort
[[STR:FRIEDRICH-EBERT-STR. 1 4 7]][[LOC:4 5 8 7 9 G E L S E N K I R C H E N]]
Telefon (freiwillig) [[TEL:0209 / 8 1 4 4 0 7 2]]   E-Mail (freiwillig) [[MAIL:adaeze.okonkwo@gmx.de]]
2. HAUSHALTSMITGLIEDER       Verwandtschaftsverhältnis       geb. am
[[P:OKONKWO-SCHRÖDER, CHIDI]]       Sohn       [[DOB:0 3 . 1 1 . 2 0 1 4]]
[[P:SCHRÖDER, LINA]]                Tochter    [[DOB:2 1 . 0 7 . 2 0 1 8]]
3. VERMIETER/IN (Name, Anschrift)
[[P:HEINZ-DIETER KRAMER]] [[STR:AM KLOSTERHOF 3]] [[LOC:46282 DORSTEN]]
4. MIETE   Grundmiete 612,00 EUR  Heizkosten 95,00 EUR  Wohnfläche 78 m²
5. BANKVERBINDUNG Kontoinhaber/in [[P:A. OKONKWO-SCHRÖDER]]
IBAN [[IBAN:DE25 4401 0046 0651 1872 03]]
BIC  WELADED1DOR (nicht erforder1ich)
[x] Ich versichere die Richtigkeit meiner Angaben.
Ort, Datum [[LOC:Ge1senkirchen]], 1O.O2.2O26      Unterschrift [[P:A.Okonkwo-Schr.]]
--- Eingangsstempel: Stadt Gelsenkirchen, Referat Wohnen, 11. FEB. 2026 ---
""",
    keep=[
        "ANGABEN ZUR ANTRAGSTELLENDEN PERSON",
        "Grundmiete 612,00 EUR",
        "WELADED1DOR",
        "Referat Wohnen",
        "Wohnfläche 78 m²",
    ],
)

# 17 -- OCR of a typewritten letter; a surname hyphenated across two lines
pii(
    "ocr_scan",
    """
OCR-Text (automatische Texterkennung, Posteingang Sozialamt Gladbeck, 27.01.2026)
-----------------------------------------------------------------------
[[P:Marianne Kowalews-]]
[[P:ki]]                                    [[LOC:Gladbeck-Brauck]], 22.1.26
[[STR:Schultenstr. 3]]
Seniorenwohnung Nr. [[STR:14]]

An das Sozia1amt
Herrn [[P:Brink-]]
[[P:mann]] persönlich

Betr.: Ihr Schreiben vom 9. Januar, Zeichen [[AZ:50-GS-118/24]]

Sehr geehrter Herr [[P:Brinkmann]],

ich habe Ihr Schreiben erha1ten und verstehe nicht, warum die Grund-
sicherung gekürzt wird. Ich bin [[DOB:1939]] geboren in [[LOC:Bres-]]
[[LOC:lau]] und habe mein ganzes Leben gearbeitet. Meine Tochter [[P:Rena-]]
[[P:te Schult]] ([[TEL:02043 / 37 18 06]]) hilft mir mit den Papieren, sie
wohnt aber in [[LOC:Bottrop-Kirchhellen]] und kommt nur sonntags.

Die Nebenkostenabrechnung von der Wohnungsgesel1schaft habe ich bei-
gelegt. Die Nachzahlung ist nicht meine Schu1d, der Hausmeister Herr
[[P:Ostrowski]] sagt selbst, die Heizung war kaputt.

Hochachtungsvo1l
[[P:M. Kowalewski]]

An1agen: 2 (Nebenkostenabrechnung, Kontoauszug)
""",
    keep=[
        "Posteingang Sozialamt Gladbeck",
        "Nebenkostenabrechnung von der Wohnungsgesel1schaft",
        "An1agen: 2",
        "Hochachtungsvo1l",
    ],
)

# 18 -- OCR of an application form with letter-spaced capitals in the header fields
pii(
    "ocr_scan",
    """
[Scan-OCR · Eingang Straßenverkehrsamt · Antrag auf Ausnahmegenehmigung (Parkerleichterung)]

A N T R A G   A U F   P A R K E R L E I C H T E R U N G
fur  schwerbehinderte  Menschen  (§ 46 Abs. 1 Nr. 11 StVO)

Name, Vorname:   [[P:K O C H ,  W A L T E R]]
geb. am:         [[DOB:1 9 . 0 8 . 1 9 4 6]]     in: [[LOC:S O E S T]]
Anschrift:       [[STR:L I N D E N W E G  1 2]]  ,  [[LOC:5 9 4 9 4  S O E S T]]
Telefon:         [[TEL:0 2 9 2 1 / 6 6 3 4 1]]
Kennzeichen des  [[KFZ:S O - W K  4 6]]
Fahrzeugs:
GdB:  80   Merkzeichen:  G  aG    (Bescheid Versorgungsamt, Az. [[AZ:2 2 . 3 1 . 0 4 8 8 1 7]])

Vertreten durch (Betreuer/in, Bevollmächtigte/r):
[[P:K O C H - M E Y E R ,  S A B I N E]]  (Tochter),  [[STR:H E L L W E G  2 0 9]] ,  [[LOC:5 9 4 2 3  U N N A]]

Ich bin damit einverstanden, dass meine Daten an die Polizei übermittelt werden.   [x]

[[LOC:Soest]], 02.03.2026            [[P:W. Koch]]
-------------------------------------------------------------
Bearbeitungsvermerk (handschriftl., OCR unsicher): "Ausweis blau ausgeben, gültig bis 03/2031 – gez. [[P:Kettler]]"
""",
    keep=[
        "A N T R A G   A U F   P A R K E R L E I C H T E R U N G",
        "§ 46 Abs. 1 Nr. 11 StVO",
        "Merkzeichen:  G  aG",
        "Ausweis blau ausgeben",
    ],
)

# 19 -- OCR of a letter where the letterhead column and the address column ran together
pii(
    "ocr_scan",
    """
--- OCR Seite 1 (Zweispaltenerkennung fehlgeschlagen) ---
Jobcenter Kreis Recklinghausen Herrn
Geschäftsstelle Marl [[P:Aleksandr Petrov]]
Rappaportstraße 2 [[STR:Breite Straße 118]]
45768 Marl [[LOC:45772 Marl-Hüls]]
Ihr Ansprechpartner: Frau [[P:Hanne- lore Zysk]] Kunden-Nr. [[AZ:357D40 9917]]
Durchwahl [[TEL:02365 - 5 04 13 27]] BG-Nr. [[AZ:35705BG0 061230]]
Telefax 02365 504-1999 Datum 16.02.2026
E-Mail jobcenter-kreis-recklinghausen.marl@jobcenter-ge.de

Einladung zu einem Gespräch (§ 59 SGB II in Verbindung mit § 309 SGB III)

Sehr geehrter Herr [[P:Petrov]],

bitte kommen Sie am 03.03.2026 um 09:30 Uhr in das Jobcenter, Raum 2.1 4,
um über Ihre aktuelle berufliche Situation zu sprechen. Bringen Sie bitte
Ihren Lebenslauf und den Nachweis über den Sprachkurs (B1) mit. Ihre
Ehefrau, Frau [[P:Swetlana Petrova]], ist zu diesem Termin nicht eingeladen.

Mit freundlichen Grüßen
Im Auftrag
[[P:Zysk]]
--- Ende OCR Seite 1 ---
""",
    keep=[
        "Jobcenter Kreis Recklinghausen",
        "Rappaportstraße 2",
        "Telefax 02365 504-1999",
        "§ 59 SGB II in Verbindung mit § 309 SGB III",
        "jobcenter-kreis-recklinghausen.marl@jobcenter-ge.de",
    ],
)

# 20 -- OCR of a landlord's certificate, many l/1 and O/0 confusions
pii(
    "ocr_scan",
    """
W0HNUNGSGEBERBESTÄTlGUNG nach § 19 des Bundesmeldegesetzes (BMG)   [OCR, Konfidenz niedrig]

Angaben zum Wohnungsgeber
Name: [[P:Ha1uk Demirtaş]]                Eigentümer: [x] ja  [ ] nein
Anschrift: [[STR:Kurfürstenstr. 1O]], [[LOC:45138 Essen]]
Te1efon: [[TEL:O2O1 / 27 4l 9O]]

Angaben zur Wohnung
Straße/Hausnr.: [[STR:Steeler Str. 2l4, 2. 0G 1inks]]
PLZ/Ort: [[LOC:45l38 Essen]]
Einzug am: O1.O3.2O26

Name(n) der meldepflichtigen Person(en):
1. [[P:0ksana Lysenko]]
2. [[P:Myk0la Lysenk0]]
3. [[P:Dar'ja Lysenk0]] (Kind)

Ich bestätige, dass die oben genannten Personen in die Wohnung eingezogen sind.
Hinweis: Es ist verboten, eine Wohnungsanschrift für eine Anmeldung anzubieten, wenn ein
Einzug weder stattfindet noch beabsichtigt ist (§ 19 Abs. 6 BMG). Ordnungswidrigkeit, Bußgeld
bis 5O.OOO Euro.

[[LOC:Essen]], 28.O2.2O26                  [[P:H. Demirtas]]
Unterschrift Wohnungsgeber
""",
    keep=[
        "§ 19 des Bundesmeldegesetzes (BMG)",
        "§ 19 Abs. 6 BMG",
        "Unterschrift Wohnungsgeber",
        "Angaben zur Wohnung",
    ],
)

# 21 -- OCR of a lawyer's fax; fax header and footer lines, the law firm's data are not personal
pii(
    "ocr_scan",
    """
12-MRZ-2026 14:07   VON: KANZLEI WESTHOFF & PARTNER   +49 231 55660-99   AN: 02311326999   S.1/2

WESTHOFF & PARTNER Rechtsanwälte · Hansastraße 40 · 44137 Dortmund
Tel. 0231 55660-0 · Fax 0231 55660-99 · kanzlei@westhoff-partner.de

Stadt Dortmund
Rechtsamt
– per Fax vorab –

Unser Zeichen: [[AZ:0219/26-SE]]                    Dortmund, 12.03.2026
Sachbearbeiterin: RAin [[P:Seda Erdoğan]], Durchwahl [[TEL:0231 55660-23]]

In Sachen
[[P:Tomasz Wiśniewski]] ./. Stadt Dortmund
wegen Erstattung von Gebühren (Bescheid vom 02.02.2026, Kassenzeichen [[AZ:3.2026.O71.55O9]])

zeigen wir an, dass wir Herrn [[P:Wiśniewski]], [[STR:Münsterstraße 233]], [[LOC:44145 Dort-]]
[[LOC:mund]], vertreten. Eine auf uns lautende Vollmacht ist beigefügt.

Namens und in Vollmacht unseres Mandanten legen wir gegen den Bescheid
Widerspruch
ein. Zur Begründung: Unser Mandant war zum Zeitpunkt der angeb-
lichen Nutzung bereits nach [[LOC:Wrocław]] verzogen (Abmeldung vom 15.11.2025).

Wir bitten um Akteneinsicht.

[[P:Erdoğan]]
Rechtsanwältin
12-MRZ-2026 14:08                                                               S.2/2
""",
    keep=[
        "WESTHOFF & PARTNER Rechtsanwälte · Hansastraße 40 · 44137 Dortmund",
        "kanzlei@westhoff-partner.de",
        "Tel. 0231 55660-0",
        "Wir bitten um Akteneinsicht.",
        "per Fax vorab",
    ],
)

# 22 -- OCR of a court letter in a guardianship matter
pii(
    "ocr_scan",
    """
Amtsgericht Hattingen                                           (OCR, 300 dpi, s/w)
– Betreuungsgericht –
Bahnhofstraße 9 · 45525 Hattingen

Geschäftsnummer: [[AZ:7 XVII 412/25]]
Bitte bei allen Schreiben angeben!

An die
Stadt Hattingen
Betreuungsstelle

Betreuungssache
für [[P:Gerda Wi1helmine Stratmann]], geb. [[DOB:O7.O4.1936]],
wohnhaft [[STR:Seniorenzentrum St. Josef, Zi. 118, Augustastraße 2]], [[LOC:45525 Hatt-]]
[[LOC:ingen]]

Sehr geehrte Damen und Herren,

in der o. g. Betreuungssache werden Sie gebeten, binnen drei Wochen einen Sozial-
bericht (§ 279 Abs. 2 FamFG) vorzu1egen. Insbesondere ist zu klären, ob die Toch-
ter der Betroffenen, Frau [[P:Claudia Stratmann-Beck]], [[STR:Im Vogelsang 7]],
[[LOC:42549 Velbert]], als Betreuerin geeignet ist, oder ob ein Berufsbetreuer
(vorgeschlagen: Herr [[P:Thorsten Ahlers]]) bestellt werden sol1.

Dr. [[P:Leutheusser]]
Richterin am Amtsgericht

Beglaubigt
[[P:Pohl]], Justizbeschäftigte als Urkundsbeamtin der Geschäftsste1le
""",
    keep=[
        "Amtsgericht Hattingen",
        "Bahnhofstraße 9 · 45525 Hattingen",
        "§ 279 Abs. 2 FamFG",
        "Bitte bei allen Schreiben angeben!",
        "Richterin am Amtsgericht",
    ],
)

# 23 -- OCR of a business registration form of a sole trader (e.K., HRA, tax number)
pii(
    "ocr_scan",
    """
Gewerbe-Anme1dung nach § 14 GewO  (GewA 1)  – OCR-Erfassung, bitte prüfen –
Feld 1 Name [[P:NGUYEN]]  Feld 2 Vorname(n) [[P:VAN DUC]]  Feld 3 Geschlecht m
Feld 4 Geburtsdatum [[DOB:1O.1O.1981]]  Feld 5 Geburtsort [[LOC:HAI DUONG]]  Feld 6 Staatsangehörigkeit vietnamesisch
Feld 7 Anschrift der Wohnung [[STR:KAISERSTR. 9O]] [[LOC:44135 DORTMUND]]  Tel. [[TEL:O231 / 22 O8 771]]
Feld 8 Im Hande1sregister eingetragener Name  Asia Markt [[P:Nguyen]] e.K.
Feld 9 Registergericht / Nr.  Amtsgericht Dortmund  [[HR:HRA 19 344]]
Feld 10 Betriebsstätte [[STR:Kaiserstraße 92]], [[LOC:44135 Dortmund]]
Feld 15 Angemeldete Tätigkeit  Einzelhande1 mit Lebensmitte1n, Getränken und Haushaltswaren
Feld 18 Beginn der Tätigkeit  O1.O4.2O26
Feld 25 Steuernummer (freiwillig)  [[TAX:314/5072/3318]]
E-Mail [[MAIL:vanduc.nguyen81@gmail.com]]
Unterschrift: [[P:Nguyen Van Duc]]   Datum: 17.O3.2O26
Eingangsstempel Bürgerdienste Gewerbe, Südwal1 2–4
""",
    keep=[
        "Gewerbe-Anme1dung nach § 14 GewO",
        "Amtsgericht Dortmund",
        "Einzelhande1 mit Lebensmitte1n, Getränken und Haushaltswaren",
        "Feld 6 Staatsangehörigkeit vietnamesisch",
        "Südwal1 2–4",
    ],
)

# 24 -- OCR of a salary statement submitted for a Kita fee assessment; employer data not personal
pii(
    "ocr_scan",
    """
OCR · Anlage zum Antrag Elternbeitrag [[AZ:EB-2026-01377]] · Seite 3/7
-------------------------------------------------------------------
Rhenus Logistik Service GmbH · Personalabrechnung · Emscherstraße 81 · 44649 Herne
                                                     Abrechnung Januar 2O26
Personal-Nr. [[AZ:OO 48 217]]     Eintritt 01.09.2019    Steuerklasse 3  Kinderfreibetrag 1,0
Frau [[P:Ewelina Gąsior-Lenz]]
[[STR:Roonstr. 12 a]]
[[LOC:44628 Herne]]
Geb.-Datum [[DOB:19.O3.1988]]    Steuer-ID [[TAX:41 372 159 010]]    SV-Nummer [[RV:53 281176 W 042]]
Krankenkasse AOK NordWest      Konfession rk      Bank: Sparkasse
IBAN [[IBAN:DE46 3605 0105 0004 4817 26]]
---------------------------------------------------------------
Lohnart        Bezeichnung                 Betrag
1000           Grundvergütung           3.184,OO
1310           Schichtzulage               212,5O
3000           Fahrtkosten (pausch.)        84,OO
     Gesamtbrutto                       3.48O,5O
     Lohnsteuer                           189,83
     Kirchensteuer                         15,18
     Sozialversicherung (AN-Anteil)       7O1,43
     Auszahlung                         2.574,O6
---------------------------------------------------------------
Vermerk Kita-Beitragsstelle: Einkommen Ehemann [[P:Jan Lenz]] folgt (Selbstständig, [[TAX:342/5091/2277]]).
""",
    keep=[
        "Rhenus Logistik Service GmbH",
        "Emscherstraße 81 · 44649 Herne",
        "Krankenkasse AOK NordWest",
        "Sozialversicherung (AN-Anteil)",
        "Kita-Beitragsstelle",
    ],
)

# 25 -- OCR of a handwritten letter to the mayor, capitals, broken words
pii(
    "ocr_scan",
    """
[Handschrifterkennung, Vertrauen 54 %, Posteingang Büro Oberbürgermeisterin]

SEHR GEEHRTE FRAU OBERBÜRGER MEISTERIN,

ICH SCHREIBE IHNEN WEIL KEINER MIR HILFT. SEIT OKTOBER IST DIE STRAS SENLATERNE
VOR UNSEREM HAUS [[STR:HOLTHAUSER STR. 5]] KAPUTT UND ICH BIN 84 JAHRE ALT
UND HABE ANGST IM DUNKELN. ICH HABE 3 MAL ANGERUFEN BEI DER HOT LINE.

MEIN NACHBAR HERR [[P:SOMMER]] SAGT AUCH DAS IST EINE SCHANDE. HERR [[P:SOMMER]] HAT
AUCH EIN FOTO GEMACHT.

ICH BIN ÜBER DAS TELEFON ZU ERREICHEN [[TEL:O2O8 - 74 O3 12]] ODER BEI MEINER
ENKELIN [[P:JACQUELINE]] ([[TEL:O172 / 9O1 44 8O]]).

MIT FREUNDLICHEN GRUS SEN
[[P:ELFRIEDE WIN TER]]
[[LOC:46049 OBERHAUSEN]]

--- Vermerk Büro OB: an FB 5-3 Straßenbeleuchtung, Meldung im Mängelmelder M-2026-03318
angelegt, Rückruf an Frau [[P:Winter]] am 11.03. erledigt. ---
""",
    keep=[
        "STRAS SENLATERNE",
        "HOT LINE",
        "FB 5-3 Straßenbeleuchtung",
        "M-2026-03318",
        "Büro Oberbürgermeisterin",
    ],
)

# 26 -- OCR of a registration form with an ID-card number and birthplaces, fields run together
pii(
    "ocr_scan",
    """
Anmeldung bei der Meldebehörde (Bundesmeldegesetz) – Scan vom 06.01.2026 – OCR-Rohtext
Gemeinde Schwerte Tag des Einzugs 02.01.2026
Neue Wohnung [[STR:Rathausstraße 7a, Dachgeschoss]] [[LOC:58239 Schwerte]] Bisherige Wohnung [[STR:ul. Mickiewicza 14/3]] [[LOC:41-200 Sosnowiec]] (Polen)
Person 1 FamiliennameDoktorgrad [[P:Zielińska]] --
Vornamen [[P:Katarzyna Anna]] Geschlecht w
Geburtsdatum [[DOB:2 8.O5.199O]] Geburtsort [[LOC:Katowice]] Religion --
Familienstand verh. seit 14.07.2017 in [[LOC:Katowice]]
Staatsangehörigkeit polnisch
Personal ausweis/Pass Nr. [[PASS:EK 4410273]] ausgestellt von Wojewoda Śląski
Person 2 Familienname [[P:Zieliński]] Vornamen [[P:Piotr]] Geburtsdatum [[DOB:O3.12.1988]]
Geburtsort [[LOC:Bytom]] Staatsangehörigkeit polnisch, deutsch
Personalausweis Nr. [[ID:L01X00T47]] Behörde Stadt Lünen
Person 3 Familienname [[P:Zielińska]] Vornamen [[P:Maja]] Geburtsdatum [[DOB:3O.1O.2O19]] Geburtsort [[LOC:Dortmund]]
Wohnungsgeber Schwerter Wohnungsbau eG – Bestätigung liegt vor
Unterschrift [[P:K. Zielińska]] [[P:P. Zieliński]]
""",
    keep=[
        "Gemeinde Schwerte",
        "Staatsangehörigkeit polnisch",
        "Wojewoda Śląski",
        "Bestätigung liegt vor",
    ],
)

# ----- JSON logs and application logs ----------------------------------------------------------

# 27 -- reverse-proxy access log with URL-encoded query strings; upstream addresses are servers
pii(
    "access_log",
    """
# /var/log/nginx/buergerportal-access.log (Auszug, 2026-03-18), Format: remote_addr - user [time] "request" status bytes "referer" "ua" upstream
[[IP:80.187.104.22]] - - [18/Mar/2026:08:14:02 +0100] "GET /suche/personen?name=[[P:J%C3%BCrgen+M%C3%BCller]]&geb=[[DOB:1961]] HTTP/2.0" 403 512 "-" "Mozilla/5.0" upstream=10.30.1.11:8080
[[IP:80.187.104.22]] - - [18/Mar/2026:08:14:09 +0100] "GET /termine/buchen?dienst=ummeldung&name=[[P:J%C3%BCrgen+M%C3%BCller]]&tel=[[TEL:0151%2022841907]] HTTP/2.0" 200 8812 "https://portal.stadt-hagen.de/termine" "Mozilla/5.0" upstream=10.30.1.11:8080
[[IP:2a02:908:1a3:4c00:6d2e:91ff:fe3b:1c07]] - - [18/Mar/2026:08:15:40 +0100] "POST /formulare/hundesteuer/absenden?vorname=[[P:Ay%C5%9Fe]]&nachname=[[P:%C3%96zt%C3%BCrk]]&strasse=[[STR:Elberfelder+Stra%C3%9Fe+43]]&plz=[[LOC:58095]]&ort=[[LOC:Hagen]] HTTP/2.0" 302 0 "-" "Mozilla/5.0 (Android 14)" upstream=10.30.1.12:8080
10.30.0.5 - monitoring [18/Mar/2026:08:16:00 +0100] "GET /health HTTP/1.1" 200 17 "-" "check_http/v2.3" upstream=10.30.1.11:8080
[[IP:91.23.200.145]] - - [18/Mar/2026:08:16:12 +0100] "GET /status?vorgang=[[AZ:HA-GEW-2026-0912]]&mail=[[MAIL:t.sommerfeld@web.de]] HTTP/2.0" 200 2210 "-" "Mozilla/5.0 (iPhone)" upstream=10.30.1.12:8080
[[IP:91.23.200.145]] - - [18/Mar/2026:08:16:30 +0100] "GET /status/download/Gewerbeanmeldung_[[P:Sommerfeld_Tanja]].pdf HTTP/2.0" 200 88123 "-" "Mozilla/5.0 (iPhone)" upstream=10.30.1.12:8080
""",
    keep=[
        "upstream=10.30.1.11:8080",
        "/formulare/hundesteuer/absenden",
        "10.30.0.5 - monitoring",
        "check_http/v2.3",
        "https://portal.stadt-hagen.de/termine",
    ],
)

# 28 -- JSON lines of a form backend; payload fields, client IP vs. internal addresses
pii(
    "json_log",
    """
{"ts":"2026-02-11T10:22:31.118Z","level":"INFO","svc":"formserver","host":"fs-prod-01","msg":"submission received","form":"sperrmuell-anmeldung","submissionId":"c41f9e0a-7b21-4c55-9f1e-2d8a3b7c0e11","client_ip":"[[IP:188.193.77.41]]","lb":"10.8.0.2"}
{"ts":"2026-02-11T10:22:31.120Z","level":"DEBUG","svc":"formserver","host":"fs-prod-01","msg":"payload","data":{"anrede":"Herr","vorname":"[[P:Dariusz]]","nachname":"[[P:Wróbel]]","strasse":"[[STR:Eintrachtstraße 12]]","plz":"[[LOC:42103]]","ort":"[[LOC:Wuppertal]]","telefon":"[[TEL:+49 202 4419 837]]","email":"[[MAIL:d.wrobel@outlook.de]]","gegenstaende":"Sofa, 2 Sessel, Lattenrost","termin_wunsch":"2026-02-20"}}
{"ts":"2026-02-11T10:22:31.244Z","level":"WARN","svc":"formserver","host":"fs-prod-01","msg":"address not found in Straßenverzeichnis, fuzzy match used","input":"[[STR:Eintrachtstraße 12]]","match":"Eintrachtstr.","score":0.93}
{"ts":"2026-02-11T10:22:32.010Z","level":"INFO","svc":"awb-connector","host":"int-gw-02","msg":"order created","orderNo":"[[AZ:SP-2026-118204]]","upstream":"http://10.8.4.17:7001/awb/api","latency_ms":766}
{"ts":"2026-02-11T10:22:32.015Z","level":"INFO","svc":"mailer","host":"mail-relay-01","msg":"confirmation queued","to":"[[MAIL:d.wrobel@outlook.de]]","template":"sperrmuell_bestaetigung_v3","relay":"10.8.2.25"}
{"ts":"2026-02-11T10:25:02.331Z","level":"ERROR","svc":"formserver","host":"fs-prod-01","msg":"captcha validation failed","form":"sperrmuell-anmeldung","client_ip":"[[IP:188.193.77.41]]","user":"[[P:wrobel.dariusz]]","retry":true}
""",
    keep=[
        "sperrmuell-anmeldung",
        '"lb":"10.8.0.2"',
        "http://10.8.4.17:7001/awb/api",
        "Sofa, 2 Sessel, Lattenrost",
        "sperrmuell_bestaetigung_v3",
    ],
)

# 29 -- Java application log with a stack trace; an entity's toString() spills citizen data
pii(
    "app_log",
    """
2026-03-02 14:55:17,402 INFO  [http-nio-8443-exec-7] d.k.e.web.AntragController - POST /api/elterngeld/antrag from [[IP:46.114.6.230]] via proxy 192.168.40.10
2026-03-02 14:55:17,988 ERROR [http-nio-8443-exec-7] d.k.e.service.AntragService - Validierung fehlgeschlagen
de.kommune.elterngeld.ValidationException: Antrag{id=[[AZ:EG-2026-00731]], antragsteller=Person{vorname='[[P:Mehmet Ali]]', nachname='[[P:Yüksel]]', geburtsdatum=[[DOB:1990-11-30]], steuerId='[[TAX:62941307876]]', anschrift='[[STR:Hafenstraße 3]], [[LOC:47119 Duisburg]]'}, kind=Person{vorname='[[P:Elif Naz]]', nachname='[[P:Yüksel]]', geburtsdatum=[[DOB:2026-01-14]]}, iban='[[IBAN:DE07 2004 1155 0739 1844 22]]'}: Feld bankverbindung.kontoinhaber darf nicht leer sein
	at de.kommune.elterngeld.service.AntragService.validate(AntragService.java:214)
	at de.kommune.elterngeld.service.AntragService.submit(AntragService.java:97)
	at de.kommune.elterngeld.web.AntragController.create(AntragController.java:61)
	at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
	... 48 common frames omitted
2026-03-02 14:55:18,003 WARN  [http-nio-8443-exec-7] d.k.e.web.GlobalExceptionHandler - returning 422 to client [[IP:46.114.6.230]]
2026-03-02 14:57:40,119 INFO  [scheduler-1] d.k.e.jobs.ReminderJob - 3 Erinnerungen versendet (mailrelay 10.1.5.20)
""",
    keep=[
        "via proxy 192.168.40.10",
        "AntragService.java:214",
        "Feld bankverbindung.kontoinhaber darf nicht leer sein",
        "mailrelay 10.1.5.20",
        "48 common frames omitted",
    ],
)

# 30 -- JSON log of an appointment booking service
pii(
    "json_log",
    """
[
  {"@timestamp": "2026-04-02T06:59:58+02:00", "service": "terminvergabe", "event": "slot.reserved", "standort": "Bürgeramt Süd", "dienst": "Personalausweis", "slot": "2026-04-09T08:40", "client": {"ip": "[[IP:79.222.40.193]]", "ua": "Firefox/124.0"}, "kunde": {"name": "[[P:Kübra Aydoğdu]]", "email": "[[MAIL:kuebra.aydogdu@gmx.net]]", "telefon": "[[TEL:01590 1847732]]"}, "buchungsnr": "[[AZ:T-260409-0840-S2]]"},
  {"@timestamp": "2026-04-02T07:00:03+02:00", "service": "terminvergabe", "event": "mail.sent", "relay": "smtp-int.stadt.local (10.2.9.4)", "to": "[[MAIL:kuebra.aydogdu@gmx.net]]", "buchungsnr": "[[AZ:T-260409-0840-S2]]"},
  {"@timestamp": "2026-04-02T07:03:41+02:00", "service": "terminvergabe", "event": "slot.reserved", "standort": "Bürgeramt Nord", "dienst": "Führerschein Umtausch", "slot": "2026-04-14T11:20", "client": {"ip": "[[IP:2001:16b8:5d2f:e600:a1c3:44ff:fe10:9b2a]]", "ua": "Safari/17.3"}, "kunde": {"name": "[[P:Winter, Hans-Georg]]", "email": "[[MAIL:hg.winter@t-online.de]]", "telefon": null}, "bemerkung": "kommt mit Rollator, bitte EG", "buchungsnr": "[[AZ:T-260414-1120-N1]]"},
  {"@timestamp": "2026-04-02T07:10:15+02:00", "service": "terminvergabe", "event": "slot.cancelled", "buchungsnr": "[[AZ:T-260409-0840-S2]]", "grund": "vom Kunden storniert", "client": {"ip": "[[IP:79.222.40.193]]"}},
  {"@timestamp": "2026-04-02T07:15:00+02:00", "service": "terminvergabe", "event": "job.cleanup", "removed_expired": 41, "db": "pg-termin-01 (10.2.9.31)"}
]
""",
    keep=[
        "Bürgeramt Süd",
        "Führerschein Umtausch",
        "smtp-int.stadt.local (10.2.9.4)",
        "kommt mit Rollator, bitte EG",
        "pg-termin-01 (10.2.9.31)",
    ],
)

# 31 -- Kibana/Elasticsearch hits of the citizen portal login events
pii(
    "json_log",
    """
Kibana Discover – Index buergerkonto-auth-2026.03 – Suche: event.outcome:failure AND user.name:* – 4 Treffer

{"_id":"Qm3x8Y0BvA","_source":{"@timestamp":"2026-03-21T22:41:07Z","event":{"action":"login","outcome":"failure","reason":"wrong_password"},"user":{"name":"[[MAIL:svetlana.ivanova.do@yandex.ru]]","id":"[[AZ:BK-00418830]]"},"source":{"ip":"[[IP:178.201.33.90]]"},"observer":{"name":"idp-01","ip":"10.55.0.21"}}}
{"_id":"Rn4y9Z1CwB","_source":{"@timestamp":"2026-03-21T22:41:49Z","event":{"action":"login","outcome":"failure","reason":"wrong_password"},"user":{"name":"[[MAIL:svetlana.ivanova.do@yandex.ru]]","id":"[[AZ:BK-00418830]]"},"source":{"ip":"[[IP:178.201.33.90]]"},"observer":{"name":"idp-01","ip":"10.55.0.21"}}}
{"_id":"So5z0A2DxC","_source":{"@timestamp":"2026-03-21T22:42:30Z","event":{"action":"account.locked","outcome":"failure"},"user":{"name":"[[MAIL:svetlana.ivanova.do@yandex.ru]]","full_name":"[[P:Svetlana Ivanova]]"},"observer":{"name":"idp-01","ip":"10.55.0.21"}}}
{"_id":"Tp6a1B3EyD","_source":{"@timestamp":"2026-03-22T09:03:12Z","event":{"action":"account.unlocked","outcome":"success"},"user":{"name":"[[MAIL:svetlana.ivanova.do@yandex.ru]]"},"actor":{"name":"[[P:admin.bruckner]]","ip":"10.55.3.140"},"labels":{"ticket":"INC-2026-2231"}}}
""",
    keep=[
        "buergerkonto-auth-2026.03",
        "wrong_password",
        '"observer":{"name":"idp-01","ip":"10.55.0.21"}',
        "INC-2026-2231",
    ],
)

# 32 -- Python traceback in a worker log; the failing record is printed as a dict
pii(
    "app_log",
    """
[2026-01-29 03:00:12,771] INFO  wohngeld_sync.worker: Starte Nachtlauf, Quelle=OK.SOZIUS via 10.44.7.3:1521, Ziel=XWohngeld-Gateway 10.44.9.80
[2026-01-29 03:00:41,015] INFO  wohngeld_sync.worker: 1204 Datensätze gelesen
[2026-01-29 03:00:43,502] ERROR wohngeld_sync.worker: Fehler bei Datensatz 877
Traceback (most recent call last):
  File "/opt/wgsync/wohngeld_sync/worker.py", line 188, in run
    msg = build_message(rec)
  File "/opt/wgsync/wohngeld_sync/xml.py", line 52, in build_message
    plz = int(rec["plz"])
ValueError: invalid literal for int() with base 10: '[[LOC:4478 9]]'
rec = {'az': '[[AZ:64.2-WG-2025-03318]]', 'name': '[[P:Schmied]]', 'vorname': '[[P:Ingrid]]', 'geb': '[[DOB:1952-02-17]]', 'str': '[[STR:Kurt-Schumacher-Str. 40]]', 'plz': '[[LOC:4478 9]]', 'ort': '[[LOC:Bochum]]', 'haushalt': ['[[P:Schmied, Ingrid]]', '[[P:Schmied, Detlef]]'], 'miete': 498.0, 'sb': '[[P:y.celik]]'}
[2026-01-29 03:00:43,503] WARN  wohngeld_sync.worker: Datensatz 877 übersprungen, Nacharbeit in Queue 'wg-fehler'
[2026-01-29 03:07:10,240] INFO  wohngeld_sync.worker: Nachtlauf beendet: 1203 übertragen, 1 Fehler, Dauer 418 s
""",
    keep=[
        "OK.SOZIUS via 10.44.7.3:1521",
        "XWohngeld-Gateway 10.44.9.80",
        "Queue 'wg-fehler'",
        "/opt/wgsync/wohngeld_sync/worker.py",
        "1203 übertragen, 1 Fehler",
    ],
)

# 33 -- logged x-www-form-urlencoded POST body of a registration form
pii(
    "app_log",
    """
2026-02-24T16:40:11+01:00 php-fpm[2281]: [kita-online] DEBUG request dump (DEBUG_FORMS=1 – bitte nach Fehleranalyse wieder deaktivieren!)
2026-02-24T16:40:11+01:00 php-fpm[2281]: REMOTE_ADDR=[[IP:109.43.51.8]] HTTP_X_FORWARDED_FOR=[[IP:109.43.51.8]], 172.20.0.4 SERVER_ADDR=172.20.1.15
2026-02-24T16:40:11+01:00 php-fpm[2281]: POST /anmeldung/schritt3 Content-Type: application/x-www-form-urlencoded
2026-02-24T16:40:11+01:00 php-fpm[2281]: BODY: kind_vorname=[[P:Zo%C3%AB]]&kind_nachname=[[P:van+der+Berg]]&kind_geb=[[DOB:2024-08-19]]&eltern1_name=[[P:Maaike+van+der+Berg]]&eltern1_mail=[[MAIL:maaike.vdberg@gmail.com]]&eltern1_tel=[[TEL:%2B31+6+1844+2093]]&eltern2_name=[[P:Jonas+Vogel]]&strasse=[[STR:Am+Kortenbusch+22]]&plz=[[LOC:44803]]&ort=[[LOC:Bochum]]&wunsch_kita%5B%5D=Kita+Sonnenschein&wunsch_kita%5B%5D=Kita+Lummerland&betreuung=45&csrf=8f21c0d9a7
2026-02-24T16:40:12+01:00 php-fpm[2281]: [kita-online] WARN plz/ort Prüfung: Straße nicht im Gebiet gefunden, Eingabe "[[STR:Am+Kortenbusch+22]]"
2026-02-24T16:40:12+01:00 php-fpm[2281]: [kita-online] INFO Anmeldung gespeichert, Vorgang [[AZ:KO-2026-02-04471]], Bestätigung an [[MAIL:maaike.vdberg@gmail.com]]
2026-02-24T16:40:30+01:00 php-fpm[2281]: [kita-online] INFO GET /anmeldung/fertig?v=[[AZ:KO-2026-02-04471]] from [[IP:109.43.51.8]]
""",
    keep=[
        "DEBUG_FORMS=1",
        "SERVER_ADDR=172.20.1.15",
        "wunsch_kita%5B%5D=Kita+Sonnenschein",
        "application/x-www-form-urlencoded",
        "Straße nicht im Gebiet gefunden",
    ],
)

# 34 -- webhook log of the payment provider; the payer's IBAN and name, the city's account is not
pii(
    "json_log",
    """
2026-03-09 12:01:44 INFO  epay-webhook  received POST /hooks/epaybl from 10.70.0.9 (Payment-Gateway)
2026-03-09 12:01:44 DEBUG epay-webhook  body=
{
  "eventType": "PAYMENT_SETTLED",
  "mandant": "Stadt Witten – Stadtkasse",
  "empfaengerIban": "DE12 3604 0039 0188 4207 11",
  "kassenzeichen": "[[AZ:1.2026.300.48172]]",
  "betrag": {"wert": 65.00, "waehrung": "EUR"},
  "zweck": "Gebühr Anwohnerparkausweis Zone W2",
  "zahler": {
    "name": "[[P:Annika Brauer-Okafor]]",
    "iban": "[[IBAN:DE64 4305 0001 0027 7183 40]]",
    "email": "[[MAIL:annika.brauer@posteo.de]]",
    "ip": "[[IP:92.211.5.188]]"
  },
  "fahrzeug": "[[KFZ:EN-AB 4417]]",
  "verfahren": "SEPA-Lastschrift",
  "mandatsreferenz": "[[AZ:WIT-PK-2026-00882]]"
}
2026-03-09 12:01:45 INFO  epay-webhook  Buchung an HKR übergeben (Kassenzeichen [[AZ:1.2026.300.48172]]), Fachverfahren-Server 10.70.2.44
""",
    keep=[
        "Stadt Witten – Stadtkasse",
        "DE12 3604 0039 0188 4207 11",
        "Gebühr Anwohnerparkausweis Zone W2",
        "PAYMENT_SETTLED",
        "Fachverfahren-Server 10.70.2.44",
    ],
)

# 35 -- API gateway log with GraphQL queries of a caseworker client
pii(
    "app_log",
    """
kong-gw-2 | 2026-04-15T09:31:02.442Z | route=melde-graphql | consumer=fachclient-ewo | client_ip=10.60.12.77 | status=200 | latency=182ms
  query: { person(nachname: "[[P:Abdullahi]]", vorname: "[[P:Hodan]]", geburtsdatum: "[[DOB:1998-05-06]]") { id anschrift { strasse hausnummer plz ort } auskunftssperre } }
  response.data.person: {"id":"[[AZ:EW-0459-221837]]","anschrift":{"strasse":"[[STR:Westfalendamm]]","hausnummer":"[[STR:210]]","plz":"[[LOC:44141]]","ort":"[[LOC:Dortmund]]"},"auskunftssperre":false}
  x-user: [[P:m.szabo]] (Sachbearbeitung Einwohnerwesen)   x-request-id: 7c1e2b9f-04aa-4d9c-bb61-9a8f0e22d1c3
kong-gw-2 | 2026-04-15T09:31:40.015Z | route=melde-graphql | consumer=fachclient-ewo | client_ip=10.60.12.77 | status=200 | latency=95ms
  query: { person(id: "[[AZ:EW-0459-221837]]") { familienangehoerige { vorname nachname geburtsdatum } } }
  response.data.person.familienangehoerige: [{"vorname":"[[P:Ayaan]]","nachname":"[[P:Abdullahi]]","geburtsdatum":"[[DOB:2021-12-01]]"},{"vorname":"[[P:Farhan]]","nachname":"[[P:Warsame]]","geburtsdatum":"[[DOB:1994-03-17]]"}]
  x-user: [[P:m.szabo]] (Sachbearbeitung Einwohnerwesen)
kong-gw-2 | 2026-04-15T09:35:00.000Z | route=health | consumer=- | client_ip=10.60.0.2 | status=200 | latency=2ms
""",
    keep=[
        "route=melde-graphql",
        "consumer=fachclient-ewo",
        "client_ip=10.60.12.77",
        "auskunftssperre",
        "Sachbearbeitung Einwohnerwesen",
    ],
)

# 36 -- debug log of a chatbot's language understanding, raw user inputs with entities
pii(
    "app_log",
    """
rasa-nlu-prod | 2026-03-30 19:02:11 DEBUG sender_id=sess_71f0c2 channel=webchat ip=[[IP:31.17.240.66]]
rasa-nlu-prod | 2026-03-30 19:02:11 DEBUG user_text="hallo ich heiße [[P:alina schröter]] und will mein sperrmüll termin verschieben"
rasa-nlu-prod | 2026-03-30 19:02:11 DEBUG intent=termin_verschieben (0.91) entities=[{"entity":"PER","value":"[[P:alina schröter]]"}]
rasa-nlu-prod | 2026-03-30 19:02:25 DEBUG user_text="auftragsnummer ist [[AZ:SP 2026 0877 31]]"
rasa-nlu-prod | 2026-03-30 19:02:25 DEBUG intent=inform (0.88) entities=[{"entity":"auftrag","value":"[[AZ:SP 2026 0877 31]]"}]
rasa-nlu-prod | 2026-03-30 19:02:49 DEBUG user_text="wohne [[STR:vogelsangstr 19]] in [[LOC:wattenscheid]]"
rasa-nlu-prod | 2026-03-30 19:02:49 DEBUG intent=inform (0.64) entities=[{"entity":"LOC","value":"[[LOC:wattenscheid]]"}]
rasa-nlu-prod | 2026-03-30 19:03:02 DEBUG user_text="am besten an meinen mann schreiben [[MAIL:r.schroeter@freenet.de]] oder anrufen [[TEL:null eins sieben null, vier drei zwo, acht acht eins fünf]]"
rasa-nlu-prod | 2026-03-30 19:03:02 DEBUG intent=inform (0.52) entities=[{"entity":"email","value":"[[MAIL:r.schroeter@freenet.de]]"}]
rasa-nlu-prod | 2026-03-30 19:03:03 INFO  action=utter_handover target=livechat-queue-abfall backend=10.90.4.12
""",
    keep=[
        "intent=termin_verschieben (0.91)",
        "channel=webchat",
        "target=livechat-queue-abfall",
        "backend=10.90.4.12",
    ],
)

# ----- CSV, TSV, Excel pastes and fixed-width exports ------------------------------------------

# 37 -- semicolon CSV of job applicants (with a staff column)
pii(
    "csv",
    """
Bewerbungsverfahren Stellenausschreibung 2026-014 „Sachbearbeitung Elterngeld (EG 9b)“ – Export aus Interamt, 01.04.2026
Bewerber-ID;Nachname;Vorname;Geburtsdatum;Wohnort;E-Mail;Telefon;Schwerbehindert;Einladung;Sichtung durch
[[AZ:IA-26-114087]];[[P:Hasanović]];[[P:Amela]];[[DOB:14.02.1994]];[[LOC:Lünen]];[[MAIL:amela.hasanovic@web.de]];[[TEL:0176 22719405]];nein;ja;[[P:Brandt]]
[[AZ:IA-26-114102]];[[P:Koch]];[[P:Sebastian]];[[DOB:30.06.1987]];[[LOC:Selm]];[[MAIL:sebastian.koch87@gmx.de]];[[TEL:02592 918 337]];ja;ja (SB);[[P:Brandt]]
[[AZ:IA-26-114119]];[[P:Mbeki-Hartmann]];[[P:Thandiwe]];[[DOB:07.11.1999]];[[LOC:Dortmund-Brechten]];[[MAIL:t.mbeki-hartmann@outlook.com]];[[TEL:0157 39001284]];nein;nein;[[P:Okoye]]
[[AZ:IA-26-114120]];[[P:Lehmann]];[[P:Kerstin]];[[DOB:21.03.1972]];[[LOC:Werne]];[[MAIL:kerstin.lehmann@t-online.de]];;nein;ja;[[P:Okoye]]
[[AZ:IA-26-114133]];[[P:Ferreira da Silva]];[[P:João Pedro]];[[DOB:02.09.1991]];[[LOC:Bergkamen]];[[MAIL:jp.ferreira@gmail.com]];[[TEL:0152 08836271]];nein;ja;[[P:Brandt]]
[[AZ:IA-26-114140]];[[P:Winter]];[[P:Lisa-Marie]];[[DOB:18.12.2000]];[[LOC:Lünen]];[[MAIL:lisamarie.w@icloud.com]];[[TEL:0170 5561820]];nein;nein;[[P:Okoye]]
Summe: 6 Bewerbungen, davon 1 schwerbehindert (Einladungspflicht § 165 SGB IX beachtet)
Personalrat: Beteiligung erfolgt am 03.04.2026; Gleichstellungsstelle informiert
""",
    keep=[
        "Stellenausschreibung 2026-014",
        "Sachbearbeitung Elterngeld (EG 9b)",
        "Bewerber-ID;Nachname;Vorname;Geburtsdatum;Wohnort;E-Mail;Telefon;Schwerbehindert;Einladung;Sichtung durch",
        "§ 165 SGB IX",
        "Gleichstellungsstelle informiert",
    ],
)

# 38 -- tab-separated attendee list without a header row and without cue columns
pii(
    "tsv",
    "Teilnehmende Bürgerwerkstatt „Neue Mitte Wanne“, 25.02.2026, Kulturzentrum – Rohexport aus dem Anmeldetool (ohne Kopfzeile)\n"
    "[[P:Lorenz]]\t[[P:Gesine]]\t[[STR:Hauptstr. 301]]\t[[LOC:44649]]\t[[MAIL:gesine.lorenz@arcor.de]]\t1\tvegetarisch\n"
    "[[P:Aydın]]\t[[P:Murat]]\t[[STR:Dorstener Str. 12]]\t[[LOC:44651]]\t[[MAIL:m.aydin@aydin-fliesen.de]]\t2\t\n"
    "[[P:Braun]]\t[[P:Helga]]\t[[STR:Stöckstr. 88]]\t[[LOC:44649]]\t\t1\tRollstuhl\n"
    "[[P:Kuznetsov]]\t[[P:Pavel]]\t[[STR:Am Freistuhl 4]]\t[[LOC:44652]]\t[[MAIL:pavel.kuznetsov@mail.ru]]\t1\t\n"
    "[[P:Adeyemi]]\t[[P:Folake]]\t\t[[LOC:44649]]\t[[MAIL:folake.adeyemi@gmail.com]]\t3\tKinderbetreuung\n"
    "[[P:Sommer]]\t[[P:Bernd]]\t[[STR:Rathausstr. 2a]]\t[[LOC:44649]]\t[[MAIL:bernd@sommer-wanne.de]]\t1\t\n"
    "[[P:Grünewald]]\t[[P:Ilse]]\t[[STR:Heidstr. 17]]\t[[LOC:44649]]\t\t1\tvegan\n"
    "\n"
    "Spalten lt. Tool: Name | Vorname | Straße | PLZ | E-Mail | Personen | Hinweis\n"
    "Gesamt: 10 Personen. Catering: Quartiersküche Wanne e.V. (Anzahl vegetarisch/vegan durchgeben!)\n",
    keep=[
        "Bürgerwerkstatt „Neue Mitte Wanne“",
        "Kinderbetreuung",
        "Spalten lt. Tool: Name | Vorname | Straße | PLZ | E-Mail | Personen | Hinweis",
        "Quartiersküche Wanne e.V.",
    ],
)

# 39 -- fixed-width list of debtors of the city treasury
pii(
    "fixed_width",
    """
STADTKASSE BOTTROP                 OFFENE POSTEN > 90 TAGE                 LAUF 2026-03-31 SEITE 001
==================================================================================================
KASSENZEICHEN      SCHULDNER/IN                  ANSCHRIFT                         FORDERUNG   BETRAG
--------------------------------------------------------------------------------------------------
[[AZ:7.4100.112834.2]]   [[P:PETERS, HANS-JÜRGEN]]         [[STR:GLADBECKER STR 144]] [[LOC:46236 BOTTROP]]   GEWST      1.812,40
[[AZ:7.4100.118007.9]]   [[P:ÇELİK, SERKAN]]                [[STR:HORSTER STR 31]]     [[LOC:46236 BOTTROP]]   HUNDEST      156,00
[[AZ:7.4100.120551.0]]   [[P:VOGEL, BIRGIT]]                [[STR:AM LAMPERFELD 7]]    [[LOC:46244 BOTTROP]]   GRUNDST      341,17
[[AZ:7.4100.120552.8]]   [[P:VOGEL, BIRGIT]]                [[STR:AM LAMPERFELD 7]]    [[LOC:46244 BOTTROP]]   ABFALL       228,90
[[AZ:7.4100.131904.6]]   [[P:ŁUKASIEWICZ, TOMASZ]]          UNBEKANNT VERZOGEN                 BUSSG         95,00
[[AZ:7.4100.133117.3]]   [[P:ANTONIADIS, ELENI]]            [[STR:BLUMENSTR 12 C/O KIOSK]] [[LOC:46236 BOTTROP]] GEBUEHR       47,50
[[AZ:7.4100.135420.1]]   BRAUEREI-GASTSTÄTTEN BOTTROP GMBH  KIRCHHELLENER STR 9 46242 BOTTROP  GEWST      4.102,00
--------------------------------------------------------------------------------------------------
SUMME 7 POSTEN                                                                          6.783,97 EUR
VOLLSTRECKUNG: SB [[P:TERHORST]] (DW [[TEL:02041 70-3377]])   SB [[P:KAMINSKI]] (DW [[TEL:02041 70-3381]])
""",
    keep=[
        "OFFENE POSTEN > 90 TAGE",
        "UNBEKANNT VERZOGEN",
        "BRAUEREI-GASTSTÄTTEN BOTTROP GMBH",
        "KIRCHHELLENER STR 9 46242 BOTTROP",
        "SUMME 7 POSTEN",
    ],
)

# 40 -- Excel pasted as text, applications for the volunteer card
pii(
    "excel_paste",
    "Ehrenamtskarte NRW – Anträge 1. Quartal 2026 (aus Excel kopiert, Blatt „Q1“)\n"
    "Nr.\tName\tGeb.\tAnschrift\tVerein / Einsatzstelle\tStunden/Jahr\tKarte bis\n"
    "1\t[[P:Schmitz, Renate]]\t[[DOB:03.05.1958]]\t[[STR:Kapellenweg 3]], [[LOC:46514 Schermbeck]]\tTafel Schermbeck e.V.\t320\t03/2029\n"
    "2\t[[P:Bulut, Ahmet]]\t[[DOB:11.11.1969]]\t[[STR:Mittelstr. 45]], [[LOC:46514 Schermbeck]]\tDITIB Gemeinde, Hausaufgabenhilfe\t260\t03/2029\n"
    "3\t[[P:Ostendorf, Klaus]]\t[[DOB:28.02.1951]]\t[[STR:Dorfstr. 12]], [[LOC:46514 Schermbeck-Gahlen]]\tFreiwillige Feuerwehr, Ehrenabteilung\t\t\n"
    "4\t[[P:Nakamura-Wessel, Yuki]]\t[[DOB:19.07.1983]]\t[[STR:Weseler Str. 8]]\tLeseclub Grundschule\t250\t03/2029\n"
    "5\t[[P:Braun, Ernst]]\t[[DOB:01.01.1948]]\t[[STR:Kapellenweg 3]], [[LOC:46514 Schermbeck]]\tTafel Schermbeck e.V. (Fahrdienst)\t410\t03/2029\n"
    "\t\t\t\t\t\t\n"
    "Hinweise:\t\tNr. 3 – Stundennachweis fehlt, Rückfrage bei Wehrführung\n"
    "\t\tNr. 4 – Anschrift unvollständig (PLZ/Ort fehlen), Frau [[P:Nakamura-Wessel]] erreichbar unter [[TEL:0160 7790312]]\n"
    "\t\tNr. 1 und 5 – Ehepaar? nein, Nachbarn laut Frau [[P:Schmitz]]\n",
    keep=[
        "Ehrenamtskarte NRW",
        "Tafel Schermbeck e.V.",
        "Freiwillige Feuerwehr, Ehrenabteilung",
        "Rückfrage bei Wehrführung",
        "Nr.\tName\tGeb.\tAnschrift\tVerein / Einsatzstelle\tStunden/Jahr\tKarte bis",
    ],
)

# 41 -- comma CSV without a header row, lost-property office export
pii(
    "csv",
    """
fundbuero_export_2026-03.csv  (Spaltenkopf fehlt – Reihenfolge: Fund-Nr, Datum, Gegenstand, Fundort, Verlierer/in, Kontakt, Status)
[[AZ:FB-2026-0301]],03.03.2026,Geldbörse schwarz,Bus 390 Hbf,"[[P:Wagner-Ilić, Dragana]]",[[TEL:0234 9712245]],ausgegeben
[[AZ:FB-2026-0302]],03.03.2026,Schlüsselbund (3 Schlüssel + Chip),Rathaus Foyer,,,"eingelagert"
[[AZ:FB-2026-0307]],05.03.2026,Personalausweis,Ruhrpark Parkdeck 2,"[[P:Fischer, Noah]]",[[STR:Markstr. 190]] [[LOC:44799 Bochum]],"Ausweis an Bürgerbüro, Inhaber informiert"
[[AZ:FB-2026-0311]],07.03.2026,Damenfahrrad blau (Gazelle),Kemnader See Parkplatz,,,eingelagert
[[AZ:FB-2026-0315]],09.03.2026,Smartphone Samsung,Straßenbahn 308,"[[P:Kıvanç Öztürk]]",[[MAIL:kivanc.ozturk@hotmail.de]],"Eigentumsnachweis angefordert"
[[AZ:FB-2026-0316]],09.03.2026,Ehering Gravur „[[P:Anja]] & [[P:Ralf]] 12.06.1999“,Hallenbad Höntrop,,,"eingelagert, Gravur geprüft"
[[AZ:FB-2026-0322]],12.03.2026,Hörgerät rechts,Seniorentreff Linden,"[[P:Gertrud Vossen]]",[[TEL:0234 491766]],ausgegeben
[[AZ:FB-2026-0329]],16.03.2026,Rucksack mit Laptop,Hbf Bochum Gleis 4,"[[P:Leander Brauns]]",[[MAIL:leander.brauns@rub.de]],ausgegeben
""",
    keep=[
        "fundbuero_export_2026-03.csv",
        "Schlüsselbund (3 Schlüssel + Chip)",
        "Damenfahrrad blau (Gazelle)",
        "Kemnader See Parkplatz",
        "Eigentumsnachweis angefordert",
    ],
)

# 42 -- fixed-width list of poll workers
pii(
    "fixed_width",
    """
WAHLAMT STADT MARL – KOMMUNALWAHL-NACHWAHL 10.05.2026 – BESETZUNG WAHLVORSTÄNDE          STAND 14.04.
STB   WAHLRAUM                         FUNKTION          NAME                    TELEFON
----- -------------------------------- ----------------- ----------------------- ------------------
0101  Grundschule am Brassertbach      Vorsteher/in      [[P:KLEIN, WOLFGANG]]          [[TEL:02365 41177]]
0101  Grundschule am Brassertbach      Stellvertr.       [[P:DOĞAN, ZEYNEP]]            [[TEL:0176 81002947]]
0101  Grundschule am Brassertbach      Schriftführer/in  [[P:MEYER-SOMMER, ANKE]]       [[TEL:0171 3390028]]
0102  Jugendzentrum Hagenbusch         Vorsteher/in      [[P:FRANKE, DIRK]]             [[TEL:02365 204418]]
0102  Jugendzentrum Hagenbusch         Stellvertr.       [[P:NOWAKOWSKI, EWA]]          [[TEL:0152 20317789]]
0102  Jugendzentrum Hagenbusch         Beisitzer/in      [[P:EL-AMIN, KARIM]]           [[TEL:0157 60440012]]
0103  Feuerwache Marl-Mitte            Vorsteher/in      ** OFFEN **                    Reserve: Verwaltungspool
0103  Feuerwache Marl-Mitte            Stellvertr.       [[P:SCHMIED, OLIVER]]          [[TEL:02365 99-4410]] (dienstl.)
----- -------------------------------- ----------------- ----------------------- ------------------
Erfrischungsgeld 50 EUR (Vorsteher 70 EUR); Schulung am 28.04.2026, 17 Uhr, Ratssaal.
Ansprechpartnerin Wahlamt: Frau [[P:Petra Lindemann]], [[TEL:02365 99-2105]]
""",
    keep=[
        "Grundschule am Brassertbach",
        "Jugendzentrum Hagenbusch",
        "Reserve: Verwaltungspool",
        "Erfrischungsgeld 50 EUR (Vorsteher 70 EUR)",
        "Feuerwache Marl-Mitte",
    ],
)

# 43 -- semicolon CSV with a mixed "Kontakt" column, street party permits
pii(
    "csv",
    """
Sondernutzung Straßenfeste Sommer 2026 – Liste für Verkehrsbehörde/Polizei (Export Ordnungsamt Herten)
Antrag;Straße/Abschnitt;Datum;Uhrzeit;Sperrung;Veranstalter;Kontakt;Bemerkung
[[AZ:SN-26-041]];Ewaldstraße zw. Nr. 40 und 62;13.06.2026;14–22 Uhr;Vollsperrung;Nachbarschaft Ewaldstraße ([[P:Jelena Marković]]);[[TEL:0173 4409182]];Hüpfburg, Grill
[[AZ:SN-26-044]];Schlägel-und-Eisen-Str. (Stichweg);20.06.2026;12–20 Uhr;Vollsperrung;Kleingartenverein Glückauf e.V.;info@kgv-glueckauf.de;Zufahrt Feuerwehr frei halten
[[AZ:SN-26-047]];Am Wiesenhang 1–15;27.06.2026;15–23 Uhr;Teilsperrung;[[P:Koch]] / [[P:Jablonski]];[[MAIL:dirk.jablonski@gmx.de]];Musikanlage bis 22 Uhr
[[AZ:SN-26-052]];Feldstraße;04.07.2026;11–18 Uhr;Vollsperrung;Ev. Kirchengemeinde Herten;Gemeindebüro 02366 36281;Gottesdienst open air
[[AZ:SN-26-053]];Gartenstraße Hinterhof;04.07.2026;16–22 Uhr;keine;[[P:Bilal Chaouki]];[[MAIL:bilal.chaouki@yahoo.de]] / [[TEL:0151 63320087]];Anmeldung privat, Lärmschutz beachten
[[AZ:SN-26-058]];[[STR:Wiesenstraße 9]] (Privatgrundstück + Gehweg);11.07.2026;15–21 Uhr;Gehweg;[[P:Ruth Engelhardt]];[[TEL:02366 187730]];Gehweg 2 m frei lassen
Verteiler: Polizei RE Bezirksdienst, Feuerwehr Herten, ZBH (Absperrmaterial)
""",
    keep=[
        "Antrag;Straße/Abschnitt;Datum;Uhrzeit;Sperrung;Veranstalter;Kontakt;Bemerkung",
        "Kleingartenverein Glückauf e.V.;info@kgv-glueckauf.de",
        "Ev. Kirchengemeinde Herten;Gemeindebüro 02366 36281",
        "Nachbarschaft Ewaldstraße",
        "Zufahrt Feuerwehr frei halten",
    ],
)

# 44 -- tab-separated waiting list of the allotment garden association (kept by the city)
pii(
    "tsv",
    "Warteliste Kleingärten Anlage „Am Dornbusch“ – Pachtverwaltung Grünflächenamt – Stand 01.03.2026\n"
    "Platz\tSeit\tName\tWohnort\tTelefon\tWunsch\tBemerkung\n"
    "1\t04/2023\t[[P:Yıldırım, Sevgi]]\t[[LOC:Hamm-Herringen]]\t[[TEL:02381 4471190]]\tbis 300 m²\tzweimal abgelehnt (Lage)\n"
    "2\t09/2023\t[[P:Holtkamp, Jens]]\t[[LOC:Hamm-Mitte]]\t[[TEL:0160 2238475]]\tegal\t\n"
    "3\t11/2023\t[[P:Vogel, Marta]]\t[[LOC:Bönen]]\t\tmit Laube\tauswärtig – Zustimmung Vorstand nötig\n"
    "4\t02/2024\t[[P:Abu Rashed, Samir]]\t[[LOC:Hamm-Bockum-Hövel]]\t[[TEL:0176 99012743]]\tegal\tFamilie mit 4 Kindern\n"
    "5\t06/2024\t[[P:Kraft, Helene]] / [[P:Kraft, Olaf]]\t[[LOC:Hamm-Herringen]]\t[[TEL:02381 56002]]\tmit Laube\t\n"
    "6\t01/2025\t[[P:Pham, Minh Tuan]]\t[[LOC:Hamm-Mitte]]\t[[TEL:0152 33491007]]\tbis 250 m²\tGemüseanbau\n"
    "\n"
    "Frei werdend: Parzelle 17 (Kündigung zum 31.10.), Parzelle 42 (Nachlass, Räumung offen)\n",
    keep=[
        "Anlage „Am Dornbusch“",
        "Pachtverwaltung Grünflächenamt",
        "auswärtig – Zustimmung Vorstand nötig",
        "Parzelle 42 (Nachlass, Räumung offen)",
        "Platz\tSeit\tName\tWohnort\tTelefon\tWunsch\tBemerkung",
    ],
)

# 45 -- semicolon CSV of speed camera cases with quoted "Nachname, Vorname"
pii(
    "csv",
    """
"Fall";"Tattag";"Tatzeit";"Messstelle";"km/h zul.";"km/h gem.";"TBNR";"Kennzeichen";"Halter";"Geb.";"Fahrer lt. Anhörung"
"[[AZ:OW-26-03-4418]]";"04.03.2026";"07:12";"Castroper Str. / Stadion";"50";"71";"103736";"[[KFZ:BO-UK 2231]]";"[[P:Koch, Ute]]";"[[DOB:16.09.1966]]";"[[P:Koch, Lukas]] (Sohn)"
"[[AZ:OW-26-03-4419]]";"04.03.2026";"07:30";"Castroper Str. / Stadion";"50";"66";"103730";"[[KFZ:HER-AL 77]]";"[[P:Lukić, Aleksandar]]";"[[DOB:02.04.1979]]";"selbst"
"[[AZ:OW-26-03-4420]]";"04.03.2026";"08:02";"Castroper Str. / Stadion";"50";"62";"103724";"[[KFZ:BO-SW 18]]";"Stadtwerke Bochum GmbH";"";"Firmenfahrzeug – Fahrer [[P:Schwarz, Tim]] benannt"
"[[AZ:OW-26-03-4425]]";"05.03.2026";"22:47";"Königsallee 120";"30";"58";"103764";"[[KFZ:E-NF 9022]]";"[[P:Fontaine, Noé]]";"[[DOB:30.11.2003]]";"keine Äußerung"
"[[AZ:OW-26-03-4426]]";"05.03.2026";"23:05";"Königsallee 120";"30";"41";"103758";"BO-S 7012";"Stadt Bochum (Fuhrpark)";"";"Einsatzfahrt, eingestellt"
"[[AZ:OW-26-03-4431]]";"06.03.2026";"16:18";"Wittener Str. 300";"50";"80";"103742";"[[KFZ:BO-JW 1986]]";"[[P:Wieczorek, Jan]]";"[[DOB:12.08.1986]]";"Fahrverbot 1 Monat, [[P:Wieczorek]] bittet um Ratenzahlung"
""",
    keep=[
        "Castroper Str. / Stadion",
        "Stadtwerke Bochum GmbH",
        "Stadt Bochum (Fuhrpark)",
        "BO-S 7012",
        "Einsatzfahrt, eingestellt",
    ],
)

# 46 -- Excel paste, swimming course participants (children) with parents' numbers
pii(
    "excel_paste",
    "Seepferdchen-Kurs 3/2026 Hallenbad Nord – Teilnehmerliste (aus Excel)\n"
    "Kind\tGeburtsdatum\tErziehungsberechtigte\tNotfallnummer\tbezahlt\tSchwimmer?\n"
    "[[P:Mila Sommer]]\t[[DOB:12.10.2019]]\t[[P:Sommer, Christina]]\t[[TEL:0151 40028871]]\tja\tnein\n"
    "[[P:Ali Reza Hosseini]]\t[[DOB:03.03.2020]]\t[[P:Hosseini, Maryam]]\t[[TEL:0176 21134098]]\tja\tnein\n"
    "[[P:Ben Schmied]]\t[[DOB:27.06.2019]]\t[[P:Schmied, Tobias]]\t[[TEL:0173 9923341]]\tnein (Erinnerung)\tnein\n"
    "[[P:Hanna Oyelaran]]\t[[DOB:19.01.2020]]\t[[P:Oyelaran, Funmi]]\t[[TEL:0157 77310026]]\tja\tja (Wassergewöhnung)\n"
    "[[P:Luca Esposito]]\t[[DOB:08.08.2019]]\t[[P:Esposito, Gianluca]]\t[[TEL:0160 95520117]]\tja\tnein\n"
    "[[P:Jule]]\t\t\t\t\tWarteliste – Nachname fehlt, Mutter ruft zurück\n"
    "Kursleitung: [[P:Sandra Polat]] (Honorarkraft), Vertretung [[P:Marco]]\n"
    "Beginn 14.04.2026, 10 Termine, dienstags 15:30–16:15 Uhr, Lehrschwimmbecken\n",
    keep=[
        "Seepferdchen-Kurs 3/2026",
        "Hallenbad Nord",
        "Lehrschwimmbecken",
        "Kind\tGeburtsdatum\tErziehungsberechtigte\tNotfallnummer\tbezahlt\tSchwimmer?",
        "nein (Erinnerung)",
    ],
)

# ----- syslog and audit logs -------------------------------------------------------------------

# 47 -- syslog of the citizen-portal web server; admin handles, a citizen's mail in postfix lines
pii(
    "syslog",
    """
Mar 23 06:25:01 portal-web-01 CRON[41877]: (root) CMD (test -x /usr/sbin/anacron || run-parts --report /etc/cron.daily)
Mar 23 07:58:12 portal-web-01 sshd[42210]: Accepted publickey for [[P:t.albers]] from 10.20.30.41 port 52144 ssh2: ED25519 SHA256:q8Lw...Xk
Mar 23 07:58:40 portal-web-01 sudo:  [[P:t.albers]] : TTY=pts/0 ; PWD=/home/[[P:t.albers]] ; USER=root ; COMMAND=/usr/bin/systemctl restart php8.2-fpm
Mar 23 08:03:17 portal-web-01 postfix/smtp[42388]: 5C1A2E0411: to=<[[MAIL:n.avci-braun@gmx.de]]>, relay=mx00.emig.gmx.net[212.227.15.9]:25, delay=1.2, dsn=2.0.0, status=sent (250 Requeued mail)
Mar 23 08:03:17 portal-web-01 postfix/qmgr[1123]: 5C1A2E0411: from=<noreply@portal.stadt-hamm.de>, size=4102, nrcpt=1 (queue active)
Mar 23 08:11:55 portal-web-01 php-fpm[42401]: [portal] login ok user=[[MAIL:n.avci-braun@gmx.de]] remote=[[IP:87.123.9.201]] 2fa=totp
Mar 23 08:12:30 portal-web-01 php-fpm[42401]: [portal] profile.update user=[[MAIL:n.avci-braun@gmx.de]] field=telefon old=[[TEL:02381 30472]] new=[[TEL:0176 5003 8811]]
Mar 23 09:40:02 portal-web-01 sshd[43012]: Failed password for invalid user oracle from 45.148.10.77 port 39822 ssh2
Mar 23 09:40:05 portal-web-01 sshd[43015]: Failed password for invalid user admin from 45.148.10.77 port 39830 ssh2
Mar 23 10:01:44 portal-web-01 sshd[43390]: Accepted publickey for [[P:m.oezkan]] from 10.20.30.57 port 50312 ssh2
Mar 23 10:02:10 portal-web-01 kernel: [UFW BLOCK] IN=ens192 OUT= SRC=45.148.10.77 DST=10.20.1.20 PROTO=TCP DPT=22
""",
    keep=[
        "portal-web-01",
        "from 10.20.30.41 port 52144",
        "noreply@portal.stadt-hamm.de",
        "invalid user oracle from 45.148.10.77",
        "COMMAND=/usr/bin/systemctl restart php8.2-fpm",
    ],
)

# 48 -- audit log of the residents' register: who looked up whom
pii(
    "audit_log",
    """
OK.EWO Protokollierung § 40 BMG – Zugriffe auf Datensätze mit Übermittlungs-/Auskunftssperre – KW 10/2026
Zeitpunkt           | Benutzer      | Arbeitsplatz | Aktion          | Suchbegriff / Datensatz                                   | Zweck
2026-03-02 08:17:44 | [[P:HEIDEMANN_S]]   | EWO-PC-14    | Suche           | Name=[[P:Rahimi]], Vorname=[[P:Farid]]                           | Anmeldung Familienangehöriger
2026-03-02 08:18:02 | [[P:HEIDEMANN_S]]   | EWO-PC-14    | Anzeige         | [[AZ:OM-0557812]] [[P:Rahimi, Farid]] *[[DOB:1979-04-21]]              | dto.
2026-03-03 13:40:10 | [[P:BLOCH_K]]       | EWO-PC-07    | Suche           | Geb.=[[DOB:1988-08-08]] Ort=[[LOC:Datteln]]                          | Auskunftsersuchen Polizei, Az. Pol [[AZ:ST/0412877/2026]]
2026-03-03 13:40:31 | [[P:BLOCH_K]]       | EWO-PC-07    | Anzeige         | [[AZ:OM-0612009]] [[P:Kühn, Marlene]] *[[DOB:1988-08-08]] (Auskunftssperre § 51) | dto.
2026-03-03 13:42:00 | [[P:BLOCH_K]]       | EWO-PC-07    | Druck           | [[AZ:OM-0612009]]                                           | Übermittlung an PP Recklinghausen
2026-03-05 16:55:19 | [[P:WAGNER_T]]      | EWO-NB-02    | Suche           | Name=[[P:Kühn]]*                                               | ohne Angabe  ⚠
2026-03-05 16:55:23 | [[P:WAGNER_T]]      | EWO-NB-02    | Anzeige         | [[AZ:OM-0612009]] [[P:Kühn, Marlene]]                               | ohne Angabe  ⚠
⚠ = Zugriff ohne Zweckangabe, Prüfung durch Datenschutzbeauftragte veranlasst (DSB-2026-007)
""",
    keep=[
        "§ 40 BMG",
        "EWO-PC-14",
        "Anmeldung Familienangehöriger",
        "Übermittlung an PP Recklinghausen",
        "DSB-2026-007",
    ],
)

# 49 -- Active Directory audit export: staff accounts created, moved and disabled
pii(
    "audit_log",
    """
EventLog-Export DC01.verwaltung.local – Security – Filter: 4720, 4725, 4738, 4740 – 01.02.–07.02.2026
TimeCreated;EventID;Subject;TargetAccount;DisplayName;Details
2026-02-02 07:31:02;4720;svc-idm;[[P:m.haddad]];[[P:Haddad, Mariam]];Konto erstellt, OU=FB50-Soziales,OU=Benutzer; Eintritt 01.02.2026
2026-02-02 07:31:05;4738;svc-idm;[[P:m.haddad]];[[P:Haddad, Mariam]];telephoneNumber=[[TEL:02361 50-2217]]; mail=[[MAIL:mariam.haddad@kreis-re.de]]
2026-02-03 11:02:47;4740;DC01$;[[P:j.winter]];[[P:Winter, Jörg]];Konto gesperrt nach 5 Fehlversuchen, Quelle WS-FB32-044 (10.14.32.44)
2026-02-03 11:15:20;4767;[[P:adm.kraus]];[[P:j.winter]];[[P:Winter, Jörg]];Konto entsperrt, Ticket INC-2026-0391
2026-02-05 16:00:00;4725;svc-idm;[[P:b.lindqvist]];[[P:Lindqvist, Björn]];Konto deaktiviert, Austritt 31.01.2026, Postfach in Aufbewahrung 6 Monate
2026-02-06 09:12:33;4738;[[P:adm.kraus]];[[P:s.oguz]];[[P:Oğuz, Sibel]];Namensänderung: sn=[[P:Oğuz]] (vorher: [[P:Kaplan]]), mail=[[MAIL:sibel.oguz@kreis-re.de]]
2026-02-06 09:12:34;4738;[[P:adm.kraus]];svc-backup;Dienstkonto Sicherung;Kennwort läuft nie ab = TRUE (Ausnahme genehmigt CHG-2026-0102)
""",
    keep=[
        "DC01.verwaltung.local",
        "OU=FB50-Soziales,OU=Benutzer",
        "WS-FB32-044 (10.14.32.44)",
        "Dienstkonto Sicherung",
        "CHG-2026-0102",
    ],
)

# 50 -- mail server log of the city's inbound gateway; the sending servers are not personal
pii(
    "syslog",
    """
Apr  7 09:14:22 mx-in-01 postfix/smtpd[88121]: connect from mail-ed1-f45.google.com[209.85.208.45]
Apr  7 09:14:23 mx-in-01 postfix/smtpd[88121]: 3F9C1C04A2: client=mail-ed1-f45.google.com[209.85.208.45]
Apr  7 09:14:23 mx-in-01 postfix/cleanup[88130]: 3F9C1C04A2: message-id=<CAK7x0=pZ@mail.gmail.com>
Apr  7 09:14:23 mx-in-01 postfix/cleanup[88130]: 3F9C1C04A2: info: header Subject: Widerspruch gegen Bescheid [[AZ:56-WG-2026-00412]] - [[P:Olena Marchenko]] from mail-ed1-f45.google.com[209.85.208.45]
Apr  7 09:14:23 mx-in-01 postfix/qmgr[1201]: 3F9C1C04A2: from=<[[MAIL:olena.marchenko.88@gmail.com]]>, size=1830411, nrcpt=1 (queue active)
Apr  7 09:14:24 mx-in-01 amavis[7712]: (07712-04) Passed CLEAN, [209.85.208.45] <[[MAIL:olena.marchenko.88@gmail.com]]> -> <wohngeld@herne.de>, Hits: -0.4, size: 1830411
Apr  7 09:14:24 mx-in-01 postfix/smtp[88140]: 3F9C1C04A2: to=<wohngeld@herne.de>, relay=exch-01.verwaltung.local[10.5.0.25]:25, status=sent
Apr  7 09:20:51 mx-in-01 postfix/smtpd[88201]: NOQUEUE: reject: RCPT from unknown[185.222.58.14]: 554 5.7.1 Service unavailable; Client host blocked using zen.spamhaus.org
Apr  7 09:31:07 mx-in-01 postfix/qmgr[1201]: 7A02DC0511: from=<[[MAIL:k.brauer@kanzlei-brauer-herne.de]]>, size=22014, nrcpt=2 (queue active)
Apr  7 09:31:07 mx-in-01 postfix/cleanup[88233]: 7A02DC0511: info: header Subject: Mandantin [[P:Marchenko]] / Ihr Az. [[AZ:56-WG-2026-00412]] - Vollmacht
Apr  7 09:31:08 mx-in-01 postfix/smtp[88240]: 7A02DC0511: to=<wohngeld@herne.de>, relay=exch-01.verwaltung.local[10.5.0.25]:25, status=sent
""",
    keep=[
        "mail-ed1-f45.google.com[209.85.208.45]",
        "relay=exch-01.verwaltung.local[10.5.0.25]:25",
        "wohngeld@herne.de",
        "zen.spamhaus.org",
        "Passed CLEAN",
    ],
)

# 51 -- audit trail of the document management system; file names carry the citizen's name
pii(
    "audit_log",
    """
enaio Audit-Trail – Akte [[AZ:32-51-2026-0088]] – Export für Auskunftsersuchen nach Art. 15 DSGVO
Zeit                 Benutzer        Aktion            Objekt
05.01.2026 10:02:11  [[P:KLEINE-BEEK]]     Akte angelegt     Gewerbeuntersagung [[P:Petrović, Dragan]]
05.01.2026 10:05:40  [[P:KLEINE-BEEK]]     Dokument import   Anhoerung_[[P:Petrovic_Dragan]]_2026-01-05.docx
12.01.2026 14:31:09  [[P:SCHWARZ]]          Dokument geöffnet Anhoerung_[[P:Petrovic_Dragan]]_2026-01-05.docx
19.01.2026 08:55:00  Postscan           Dokument import   Scan_Posteingang_0119_0233.pdf (Stellungnahme RA Dr. [[P:Uhlenbrock]])
19.01.2026 09:10:27  [[P:KLEINE-BEEK]]     Index geändert    Beteiligter: [[P:Petrović, Milica]] (Ehefrau, Mitinhaberin), geb. [[DOB:22.10.1984]]
26.01.2026 11:47:52  [[P:SCHWARZ]]          Export PDF        Akte komplett → \\\\fs02\\ordnung$\\export\\[[AZ:32-51-2026-0088]].pdf
02.02.2026 07:15:00  SYSTEM             Aufbewahrung      Löschfrist gesetzt: 31.12.2036 (Schriftgutordnung Nr. 32.5)
Lesezugriffe gesamt: 14 | schreibende Zugriffe: 6 | Benutzerkonten: 3 | Export erstellt von: Datenschutz (Funktionskonto DS-01)
""",
    keep=[
        "Art. 15 DSGVO",
        "Scan_Posteingang_0119_0233.pdf",
        "Schriftgutordnung Nr. 32.5",
        "Funktionskonto DS-01",
        "Lesezugriffe gesamt: 14",
    ],
)

# 52 -- audit log of the citizen account: address change, with the citizen's IPs
pii(
    "audit_log",
    """
servicekonto.nrw – Audit – Konto [[AZ:SK-7731-0048-2219]] – Zeitraum 01.03.–31.03.2026
ts=2026-03-04T19:22:10+01:00 action=login method=eID (nPA) result=ok ip=[[IP:93.211.146.75]] idp=idp-nrw-2 (10.199.1.12)
ts=2026-03-04T19:22:58+01:00 action=profile.read fields=name,anschrift,geburtsdatum ip=[[IP:93.211.146.75]]
  name="[[P:Lindner, Jan-Erik]]" anschrift="[[STR:Gerichtsstraße 6]], [[LOC:58097 Hagen]]" geburtsdatum="[[DOB:1984-01-09]]"
ts=2026-03-04T19:24:31+01:00 action=profile.update field=anschrift old="[[STR:Gerichtsstraße 6]], [[LOC:58097 Hagen]]" new="[[STR:Am Ostpark 12]], [[LOC:44143 Dortmund]]" ip=[[IP:93.211.146.75]]
ts=2026-03-04T19:24:32+01:00 action=notify channel=mail to=[[MAIL:je.lindner@mailbox.org]] relay=10.199.4.3
ts=2026-03-18T07:02:45+01:00 action=login method=password+totp result=fail reason=otp_invalid ip=[[IP:2a01:c22:8c21:1500:38fa:2bff:fe61:90d4]]
ts=2026-03-18T07:03:20+01:00 action=login method=password+totp result=ok ip=[[IP:2a01:c22:8c21:1500:38fa:2bff:fe61:90d4]]
ts=2026-03-18T07:05:02+01:00 action=document.download doc=Meldebescheinigung_[[P:Lindner]].pdf ip=[[IP:2a01:c22:8c21:1500:38fa:2bff:fe61:90d4]]
ts=2026-03-31T23:59:59+02:00 action=report.generated by=system
""",
    keep=[
        "servicekonto.nrw",
        "idp-nrw-2 (10.199.1.12)",
        "method=eID (nPA)",
        "reason=otp_invalid",
        "relay=10.199.4.3",
    ],
)

# ----- voicemail and phone transcripts ---------------------------------------------------------

# 53 -- automatic voicemail transcript, spoken phone number and date of birth, fillers
pii(
    "voicemail",
    """
Voicemail an Bürgerbüro (Sammelrufnummer 0209 169-5000) – automatische Transkription (Konfidenz 0,78)
Eingang: Mo 09.03.2026 07:12 Uhr · Dauer 0:58 · Anrufernummer: unterdrückt

„Ja hallo, hier ist äh [[P:Brigitte Koch]], ähm ich ruf an wegen meinem Personalausweis, der ist
abgelaufen und ich hatte online so einen Termin gemacht aber ich finde die Mail nicht mehr. Ähm
ich bin geboren am [[DOB:vierzehnten Juli neunzehnhundertzweiundfünfzig]], falls Sie das brauchen,
und wohne [[STR:Cranger Straße hundertzwölf]] in [[LOC:Buer]]. Also, äh, [[P:Koch]] wie Kochen,
ne, ganz normal. Sie können mich zurückrufen unter
[[TEL:null zwo null neun, drei sieben, vier vier, null eins]], äh, nee, warten Sie, die letzte ist
eine Sieben, also [[TEL:null zwo null neun drei sieben vier vier null sieben]]. Ich bin morgens
immer da, nachmittags bin ich bei meiner Schwester in [[LOC:Westerholt]]. Danke schön, tschüss.“

Bearbeitung: Rückruf am 09.03.2026 10:05 durch [[P:Nicole Brzezinski]] – Termin [[AZ:GE-BB-260316-0920]] bestätigt, Mail erneut an [[MAIL:b.koch52@t-online.de]] geschickt.
""",
    keep=[
        "Sammelrufnummer 0209 169-5000",
        "Anrufernummer: unterdrückt",
        "Konfidenz 0,78",
        "wegen meinem Personalausweis",
    ],
)

# 54 -- phone note of the 115 service centre with a spelled name
pii(
    "phone_note",
    """
115-Servicecenter Ruhr – Gesprächsnotiz / Weiterleitung an Fachamt
Ticket: 115-2026-0419-0037 · Datum: 19.04.2026 · Uhrzeit: 11:42 · Agent: Platz 14 ([[P:Kemal]])
Fachamt: Standesamt Bochum, Funktionspostfach standesamt@bochum.de

Anrufer/in: Herr [[P:Szymański]] – buchstabiert: „[[P:S wie Samuel, Z wie Zacharias, Y wie Ypsilon, M wie Martha, A wie Anton, N wie Nordpol, S wie Samuel, K wie Kaufmann, I wie Ida]]“
Vorname: [[P:Rafał]] („[[P:R-A-F-A-L]], mit Strich am L“)
Rückruf: [[TEL:0234 / 58 91 40 26]] (ab 16 Uhr), alternativ Handy Ehefrau [[TEL:0162 3380 214]]

Anliegen: Benötigt beglaubigte Abschrift aus dem Geburtenregister für die Tochter [[P:Zuzanna Szymańska]], geb. [[DOB:03.02.2025]] hier in der Stadt (Beurkundung im Standesamt Bochum). Wird für die Beantragung der polnischen Staatsangehörigkeit beim Konsulat in Köln gebraucht. Möchte wissen, ob die Urkunde mehrsprachig (Internationale Urkunde, CIEC) ausgestellt werden kann.

Auskunft erteilt: Gebühr 12 € je Urkunde, Antrag online oder schriftlich; Bearbeitungszeit ca. 1 Woche.
Weitergeleitet, da Anrufer Rückruf vom Standesamt wünscht (Frage nach Apostille).
""",
    keep=[
        "115-2026-0419-0037",
        "standesamt@bochum.de",
        "Internationale Urkunde, CIEC",
        "Gebühr 12 € je Urkunde",
        "Frage nach Apostille",
    ],
)

# 55 -- voicemail to the public order office; a plate spelled out, a neighbour named
pii(
    "voicemail",
    """
Anrufbeantworter Ordnungsamt – Außendienst-Hotline (02361 50-3300) – Abschrift durch Sachbearbeitung
Nachricht 3 von 7, Sa 21.02.2026, 22:48 Uhr

„Ja, guten Abend, [[P:Heiko Lammert]] hier, ich wohn in der [[STR:Kampstraße vierzehn]]. Ich
wollt nur sagen, da steht schon wieder dieser Wohnwagen auf dem Gehweg, seit drei Wochen, und
da kommt keiner mehr durch mit Kinderwagen. Das Kennzeichen ist [[KFZ:R E minus W B, acht acht]],
also Recklinghausen, [[KFZ:W wie Wilhelm, B wie Berta, acht acht]]. Der gehört dem
[[P:Stachowiak]] von gegenüber, der hat den im Winter da abgestellt. Rufen Sie mich ruhig an,
[[TEL:null eins sieben eins]] ... (unverständlich) ... ach, ich schreib Ihnen auch noch ne Mail. Schönen Abend.“

Vermerk [[P:Kurth]], 23.02.2026: Halterabfrage [[KFZ:RE-WB 88]] ergibt [[P:Stachowiak, Leszek]],
[[STR:Kampstraße 19]]. Anhänger ohne Zugfahrzeug, Parkdauer > 2 Wochen (§ 12 Abs. 3b StVO).
Vorgang [[AZ:32-VÜ-2026-0714]] angelegt, Kontrolle durch KOD am Montag.
""",
    keep=[
        "Außendienst-Hotline (02361 50-3300)",
        "Nachricht 3 von 7",
        "§ 12 Abs. 3b StVO",
        "Kontrolle durch KOD am Montag",
    ],
)

# 56 -- voicemail of a Polish caller in imperfect German, spelling her name
pii(
    "voicemail",
    """
Sprachnachricht an Ausländerbehörde Unna, Mailbox Team B (Transkript durch Spracherkennung, nicht korrigiert)
empfangen 12.03.2026 16:31 von [[TEL:+48 601 772 305]]

„Dzień dobry, guten Tag, hier spricht [[P:Wiśniewska]], [[P:Magdalena Wiśniewska]]. Ich buchstabiere:
[[P:W wie Wilhelm, I wie Ida, S wie Siegfried, N wie Nordpol, I wie Ida, E wie Emil, W wie Wilhelm, S wie Siegfried, K wie Konrad, A wie Anton]].
Ich habe Brief bekommen, aber ich bin jetzt in Polen, bei meine Mutter, sie ist krank. Meine
Adresse hier ist [[STR:ulica Długa zwölf, Wohnung drei]], [[LOC:Gdańsk]]. Ich komme zurück nach
[[LOC:Kamen]] in April, ungefähr zehnte. Die Nummer von Brief ist [[AZ:UN-32-B-1187-25]]. Bitte
rufen Sie mich an, Nummer ist [[TEL:plus vier acht, sechs null eins, sieben sieben zwei, drei null fünf]],
oder meine Kollegin in Deutschland, Frau [[P:Basia]], [[TEL:null eins fünf zwei, eins eins, vier drei]].
Dziękuję, danke.“

Notiz Team B: Termin zur Verlängerung auf 14.04.2026 verschoben; Schreiben per Post nach
[[LOC:Gdańsk]] nicht nötig, da Rückkehr angekündigt.
""",
    keep=[
        "Ausländerbehörde Unna, Mailbox Team B",
        "nicht korrigiert",
        "bei meine Mutter, sie ist krank",
        "Termin zur Verlängerung auf 14.04.2026 verschoben",
    ],
)

# 57 -- transcript of a recorded call to the Jobcenter hotline, speaker turns, spoken numbers
pii(
    "phone_transcript",
    """
Service-Center Jobcenter Dortmund – Gesprächsmitschnitt (mit Einwilligung), Transkript
Anruf-ID 2026-02-17-09-44-118 · Dauer 3:12 · Agent: [[P:Ronja Feldkamp]]

A: Jobcenter Dortmund, Service-Center, mein Name ist [[P:Feldkamp]], was kann ich für Sie tun?
K: Ja, hallo, äh, [[P:Demir]], [[P:Yusuf Demir]]. Ich wollt fragen, ob mein Weiterbewilligungsantrag da ist.
A: Haben Sie Ihre Kundennummer zur Hand?
K: Moment ... [[AZ:drei fünf eins, D, null vier, sieben sieben, eins zwei]].
A: Also [[AZ:351D047712]]. Und die Nummer der Bedarfsgemeinschaft?
K: Äh, [[AZ:drei fünf eins null eins B G null null sechs acht, äh, acht drei vier]].
A: Danke. Zur Sicherheit noch Ihr Geburtsdatum?
K: [[DOB:Elfter Elfter Neunzehnhundertneunzig]].
A: Danke, Herr [[P:Demir]]. Ja, der Antrag ist am 09.02. eingegangen, es fehlen noch die Kontoauszüge der letzten drei Monate.
K: Die hab ich der Frau [[P:Grabowski]] gegeben, persönlich.
A: Dann sind die vielleicht noch nicht gescannt. Ich schreibe eine Nachricht an Ihr Team. Unter welcher Nummer erreicht man Sie?
K: [[TEL:Null eins fünf sieben, drei drei, eins acht, null null, neun zwo]].
A: Gut. Sie bekommen innerhalb von zwei Werktagen einen Rückruf. Schönen Tag noch.
""",
    keep=[
        "Service-Center Jobcenter Dortmund",
        "Anruf-ID 2026-02-17-09-44-118",
        "Weiterbewilligungsantrag",
        "Kontoauszüge der letzten drei Monate",
        "innerhalb von zwei Werktagen",
    ],
)

# 58 -- voicemail of a law firm employee; the firm's switchboard is not personal, the direct line is
pii(
    "voicemail",
    """
Mailbox Rechtsamt Stadt Bochum – Nachricht vom 05.03.2026, 12:03 Uhr (Transkript Teams-Voicemail)

„Ja, schönen guten Tag, [[P:Sabine Rüter]] von der Kanzlei Brandhoff Kaiser Rechtsanwälte aus
Essen, ich rufe an in der Sache unseres Mandanten [[P:Gökhan Tekin]] gegen die Stadt, Ihr
Aktenzeichen, äh, [[AZ:30.2-WS-118/25]], das Verwaltungsgericht Gelsenkirchen hat da ja
unter [[AZ:17 K 2291/25]] ... Es geht um die Akteneinsicht, die Herr Doktor [[P:Feldhaus]]
beantragt hat. Die ist bei uns noch nicht angekommen. Könnten Sie mich bitte direkt zurückrufen,
meine Durchwahl ist [[TEL:0201 8 45 67 - 213]], also die Zentrale wäre null zwo null eins, acht
vier fünf, sechs sieben null, aber die Durchwahl ist besser, zwo eins drei. Oder per Mail an
[[MAIL:s.rueter@brandhoff-kaiser.de]]. Vielen Dank, auf Wiederhören.“

Weitergeleitet an: Herrn [[P:Lukas Osterhage]] (Rechtsamt, Prozessvertretung), 05.03.2026 13:10
""",
    keep=[
        "Kanzlei Brandhoff Kaiser Rechtsanwälte",
        "Verwaltungsgericht Gelsenkirchen",
        "null zwo null eins, acht\nvier fünf, sechs sieben null",
        "Rechtsamt, Prozessvertretung",
    ],
)

# 59 -- phone protocol of the registry office; date of birth and birthplace spoken
pii(
    "phone_note",
    """
Standesamt Witten – Telefonprotokoll (Anmeldung Eheschließung, Vorabklärung)
Datum: 24.03.2026, 14:20 Uhr · aufgenommen von: [[P:Gül Karaca]] · Rückruf erledigt: ja

Anrufende Person: Frau [[P:Olivia Chmielewski]] (Braut), Tel. [[TEL:0157 - 34 10 88 92]]
„Ich bin geboren am [[DOB:dritten Mai neunzehnhundertneunundachtzig]] in [[LOC:Sheffield]], also
England, und mein Verlobter am [[DOB:zwölften Dezember neunzehnhundertsiebenundachtzig]] in [[LOC:Witten-Annen]].“
Verlobter: Herr [[P:Maximilian Braun]], wohnhaft [[STR:Ruhrstraße 31]], [[LOC:58452 Witten]]
Braut wohnt seit 2024 in Deutschland, vorher [[STR:27 Ecclesall Road]], [[LOC:Sheffield S11 8HQ]].
Fragen: Welche Unterlagen braucht sie aus UK? → Geburtsurkunde (full certificate) mit Apostille,
Ehefähigkeit: Befreiung durch OLG Hamm nötig (Antrag über Standesamt), Übersetzung durch
vereidigten Übersetzer. Wunschtermin: 29.08.2026, Trauzimmer Haus Witten.
Vorgangsnummer vergeben: [[AZ:EHE-2026-0142]]
""",
    keep=[
        "Standesamt Witten",
        "Befreiung durch OLG Hamm",
        "full certificate",
        "Trauzimmer Haus Witten",
    ],
)

# 60 -- transcript of a call at the Kita fee hotline, speaker turns on separate lines
pii(
    "phone_transcript",
    """
Hotline Elternbeiträge (Stadt Hamm) – Gesprächsaufzeichnung Nr. 0331, 31.03.2026, transkribiert

Mitarbeiter:
Elternbeitragsstelle, [[P:Wolff]], guten Morgen.
Anruferin:
Ja, morgen, hier ist die Mama von [[P:Noah]], [[P:Noah Okoro]], aus der Kita Regenbogenland.
Mitarbeiter:
Wie ist Ihr Name bitte?
Anruferin:
[[P:Okoro-Winkelmann]], [[P:Jessica]]. Mit Bindestrich. Ich hab einen Bescheid bekommen über hundertachtzig Euro im Monat, das kann nicht stimmen.
Mitarbeiter:
Haben Sie das Aktenzeichen oben rechts?
Anruferin:
Äh, [[AZ:E B zwei sechs, null null vier eins neun]].
Mitarbeiter:
Ich sehe, wir haben kein Einkommen von Ihnen, deshalb Höchstbeitrag. Sie müssen die Einkommenserklärung noch schicken.
Anruferin:
Die hat mein Mann abgegeben, der [[P:Chidi]], persönlich im Rathaus.
Mitarbeiter:
Dann schauen wir nach. Ich rufe Sie zurück, welche Nummer?
Anruferin:
[[TEL:Null eins sechs null, neun acht sieben, sechs fünf, vier drei]].
""",
    keep=[
        "Hotline Elternbeiträge (Stadt Hamm)",
        "Kita Regenbogenland",
        "Höchstbeitrag",
        "Einkommenserklärung",
    ],
)

# ----- letters and e-mails by foreigners, addresses abroad -------------------------------------

# 61 -- e-mail of a British citizen in imperfect German, UK address in capitals, GB IBAN
pii(
    "foreign_email",
    """
From: [[P:Oliver Whitcombe]] <[[MAIL:oliver.whitcombe@btinternet.com]]>
To: steueramt@muenster.de
Subject: Zweitwohnungssteuer – bitte Rückzahlung / Abmeldung [[AZ:22.3-ZWS-2025-0331]]

Sehr geehrte Damen und Herren,

entschuldigen Sie meine Deutsch, ich habe gelernt in Schule aber lang her. Ich habe eine Wohnung in [[LOC:Münster]] gehabt für meine Arbeit an der Universität bis 31. Dezember 2025. Ich habe abgemeldet am 20.12.2025 (Abmeldung ist im Anhang). Aber ich bekomme noch ein Bescheid für Zweitwohnungssteuer 2026.

Bitte können Sie das stornieren und das Geld zurück überweisen? Ich habe schon bezahlt für Januar und Februar (2 x 48,50 Euro). Meine britische Konto:

[[P:OLIVER J WHITCOMBE]]
[[IBAN:GB87 BARC 2004 1573 8200 14]]
BIC BARCGB22

Meine Adresse jetzt:
[[STR:FLAT 2, 41 HYDE PARK ROAD]]
[[LOC:LEEDS LS6 1AG]]
UNITED KINGDOM

Mein Council in England schreibt immer [[AZ:LCC/CT/2026/118847]], vielleicht brauchen Sie das nicht.
Telefon [[TEL:+44 7700 914 226]] (nach 17 Uhr deutsche Zeit bitte)

Vielen Dank und beste Grüße
[[P:Oliver]]
""",
    keep=[
        "steueramt@muenster.de",
        "Zweitwohnungssteuer 2026",
        "2 x 48,50 Euro",
        "BIC BARCGB22",
        "UNITED KINGDOM",
    ],
)

# 62 -- letter of a British mother about her child's birth certificate; UK address, no cue numbers
pii(
    "foreign_letter",
    """
[[P:Charlotte Abara-Finch]]
[[STR:Flat 3, 22 Albion Street]]
[[LOC:Manchester M1 5LN]]
England

An das Standesamt Gelsenkirchen
Munscheidstraße 14
45886 Gelsenkirchen

[[LOC:Manchester]], 2 March 2026

Betreff: Geburtsurkunde für meine Tochter – Ihr Zeichen [[AZ:G 0412/2023]]

Liebe Damen und Herren,

meine Tochter [[P:Amara Grace Abara-Finch]] ist geboren am [[DOB:17. Mai 2023]] in [[LOC:Gelsenkirchen-Ückendorf]], Marienhospital, als wir noch in der [[STR:Bergmannstraße 22]] gewohnt haben. Jetzt wir leben wieder in England und ich brauche eine internationale Geburtsurkunde (mehrsprachig) für den britischen Pass von [[P:Amara]].

HM Passport Office hat mir geschrieben ([[AZ:9120 4471 3380]]) und sagt die deutsche Urkunde muss mit Apostille sein. Können Sie Apostille machen oder ist das andere Stelle?

Der Vater ist [[P:Daniel Finch]], er ist Brite auch. Ich lege eine Kopie von meinem Pass bei.

Ich kann bezahlen mit Kreditkarte oder Überweisung. Bitte schreiben Sie mir an [[MAIL:charlotte.abarafinch@gmail.com]].

Thank you very much!
[[P:C. Abara-Finch]]
""",
    keep=[
        "Munscheidstraße 14",
        "Marienhospital",
        "HM Passport Office",
        "internationale Geburtsurkunde (mehrsprachig)",
    ],
)

# 63 -- letter of a Dutch driver about a fine; Dutch address, NL IBAN, a Dutch file number without cue
pii(
    "foreign_letter",
    """
[[P:Sander de Vries]]
[[STR:Kerkstraat 12 bis]]
[[LOC:3512 AB Utrecht]]
NEDERLAND

Stadt Bocholt
Bußgeldstelle
Kaiser-Wilhelm-Straße 52–58
46395 Bocholt
DUITSLAND

[[LOC:Utrecht]], 9 maart 2026

Betreft: Verwarnung Kassenzeichen [[AZ:5.2026.0218.774]]

Sehr geehrte Damen und Heren,

ik heb Ihren Brief bekommen wegen parken in die Nordstraße am 14. Februar. Ich war nicht der Fahrer, das Auto ist geleast von mein Werkgever und wurde gefahren von mein Kollege [[P:Bram Hoekstra]], wohnhaft [[STR:Molenweg 7]], [[LOC:7141 BL Groenlo]]. Er hat gesagt er zahlt, aber er hat kein Brief bekommen.

Ich habe schon einmal eine andere Sache mit die CJIB gehabt, [[AZ:8 2026 0045 8812 3]], das war auch nicht ich. Bitte schicken Sie die Verwarnung an Herrn [[P:Hoekstra]].

Wenn Sie möchten kann ich auch zahlen und er gibt mir das Geld zurück. Mein Konto: [[IBAN:NL14 INGB 0006 3842 11]] ([[P:S. de Vries]]).

Telefoon [[TEL:+31 6 4187 2290]]
E-mail [[MAIL:sander.devries@ziggo.nl]]

Met vriendelijke groet,
[[P:Sander de Vries]]
""",
    keep=[
        "Kaiser-Wilhelm-Straße 52–58",
        "DUITSLAND",
        "Bußgeldstelle",
        "das Auto ist geleast von mein Werkgever",
    ],
)

# 64 -- e-mail of a Dutch cross-border commuter, address in capitals
pii(
    "foreign_email",
    """
Van: [[P:Femke Jansen-Tuinstra]] <[[MAIL:femke.jt@kpnmail.nl]]>
Aan: schulverwaltung@gronau.de
Onderwerp: Anmeldung Grundschule für mein Sohn – wir wohnen in NL

Guten Tag,

wir sind eine Familie aus [[LOC:Enschede]] und mein Mann arbeitet in Gronau. Unser Sohn [[P:Thijs]] ([[DOB:02-11-2019]]) soll nach dem Sommer in eine deutsche Grundschule gehen, weil er in eine deutsche Kita war. Geht das wenn man nicht in Deutschland wohnt?

Unsere Adresse:
[[STR:HENGELOSESTRAAT 218]]
[[LOC:7521 AM ENSCHEDE]]

Die Kita war die Kita Sonnenblume, dort hatten wir die Nummer [[AZ:KS-2022-188]]. Der Leiter, Herr [[P:Bosman]], kann bestätigen dass [[P:Thijs]] gut Deutsch spricht.

Mein Mann ist [[P:Ruud Jansen]], Tel. [[TEL:+31 6 2290 1174]], ich bin am besten bereikbaar per Mail.

Met vriendelijke groeten / Mit freundlichen Grüßen
[[P:Femke]]
""",
    keep=[
        "schulverwaltung@gronau.de",
        "Kita Sonnenblume",
        "nach dem Sommer",
        "Geht das wenn man nicht in Deutschland wohnt?",
    ],
)

# 65 -- letter of a Polish worker about child benefit; PL address, ZUS number without a cue, PL IBAN
pii(
    "foreign_letter",
    """
[[P:Krzysztof Nowak]]
[[STR:UL. PIOTRKOWSKA 104 M. 7]]
[[LOC:90-006 ŁÓDŹ]]
POLSKA

Stadt Emsdetten – Bürgerbüro
Am Markt 1
48282 Emsdetten

[[LOC:Łódź]], 03.02.2026

Bitte Meldebescheinigung für Familienkasse

Sehr geehrte Frau [[P:Terbrack]],

danke für Telefon gestern. Wie Sie gesagt habe ich schreibe jetzt. Ich habe gearbeitet in Emsdetten von Mai 2024 bis Dezember 2025 bei Firma Westfleisch und wohnte [[STR:Grevener Damm 41, Zimmer 6]]. Familienkasse fragt Meldebescheinigung für diese Zeit für Kindergeld für meine Kinder [[P:Julia]] und [[P:Szymon]].

Familienkasse Nummer ist [[AZ:285FK447129]]. In Polen ZUS hat [[AZ:ZUS-II/2026/00417]] und KRUS [[AZ:12/0884/25]].

Bitte schicken Sie Meldebescheinigung an meine Adresse in Polen. Gebühr ich zahle auf Konto von Stadt, oder Sie schreiben mir, mein Konto ist [[IBAN:PL61 1090 1014 0000 0712 1981 2874]].

Meine Telefon [[TEL:+48 691 220 417]], geboren [[DOB:27.08.1986]].

Z poważaniem
[[P:K. Nowak]]
""",
    keep=[
        "Stadt Emsdetten – Bürgerbüro",
        "Am Markt 1",
        "Firma Westfleisch",
        "Bitte Meldebescheinigung für Familienkasse",
    ],
)

# 66 -- e-mail of a Polish tenant; landlord in Germany, address in Poland in capitals, typos
pii(
    "foreign_email",
    """
Od: [[P:Agata Lewandowska]] <[[MAIL:agata.lewandowska@wp.pl]]>
Do: meldeamt@stadt-rheine.de
Temat: wohnugsgeber bestetigung fehlt – bitte hilfe

Guten tag,

ich wollte mich anmelden in [[LOC:Rheine]] aber der vermieter herr [[P:Hüning]] gibt mir nicht die wohnungsgeber bestetigung. Ich wohne seit 01.02. in [[STR:Osnabrücker str. 77 dachgeschoss]] zusammen mit [[P:Marta]] und [[P:Ola]] (kolegen von arbeit). Er sagt er macht das nur wenn wir 3 monate miete vorauszahlen, ist das richtig??

Meine heimat adresse ist:
[[STR:UL. KOŚCIUSZKI 15/4]]
[[LOC:45-062 OPOLE]]

Ich arbeite bei leihfirma, die nummer meine vertrag ist [[AZ:PL-RH-2026-3318]] falls das wichtig.
Mein telefon deutsch [[TEL:0152 5590 1183]], polski [[TEL:+48 512 008 731]].

Danke und pozdrawiam
[[P:Agata L.]]
""",
    keep=[
        "meldeamt@stadt-rheine.de",
        "wohnugsgeber bestetigung fehlt",
        "3 monate miete vorauszahlen",
        "leihfirma",
    ],
)

# 67 -- letter of a Turkish citizen about naturalisation documents; Turkish address and court number
pii(
    "foreign_letter",
    """
[[P:Mustafa Kılıç]]
[[STR:Atatürk Cad. No: 45 D: 3]]
[[LOC:06420 Çankaya / ANKARA]]
TÜRKİYE

Kreis Recklinghausen
Einbürgerungsbehörde
Kurt-Schumacher-Allee 1
45657 Recklinghausen

[[LOC:Ankara]], 16.01.2026

Konu / Betreff: Einbürgerung meine Sohn [[P:Emre Kılıç]], Aktenzeichen [[AZ:EB-3.1-2025-0774]]

Sehr geehrte Damen und Herren,

mein Sohn [[P:Emre]] wohnt in [[LOC:Datteln]], [[STR:Hachhausener Str. 12]], und hat Einbürgerung beantragt. Sie wollen die Bescheinigung über Entlassung aus türkische Staatsangehörigkeit. Die Sache ist noch bei Gericht ([[AZ:2025/1184 Esas]]) und dauert noch.

Ich bin der Vater und ich habe die Vollmacht von meine Sohn (Anlage). Bitte geben Sie mehr Zeit bis Sommer. Mein Sohn ist geboren am [[DOB:09.09.1998]] in [[LOC:Marl]] und hat nie in Türkei gewohnt.

Meine Telefon: [[TEL:+90 532 418 77 06]]
Sohn: [[TEL:0176 4408 1992]], [[MAIL:emre.kilic98@gmail.com]]

Saygılarımla / Mit freundlichen Grüßen
[[P:M. Kılıç]]
""",
    keep=[
        "Einbürgerungsbehörde",
        "Kurt-Schumacher-Allee 1",
        "Entlassung aus türkische Staatsangehörigkeit",
        "Bitte geben Sie mehr Zeit bis Sommer",
    ],
)

# 68 -- e-mail of a Turkish family about the grave of their father; TR IBAN, cemetery numbers
pii(
    "foreign_email",
    """
From: [[P:Zeynep Arslan]] <[[MAIL:zeynep.arslan@hotmail.com.tr]]>
To: friedhofsverwaltung@stadt-luenen.de
Subject: grab von meinem vater – verlängerung

Merhaba, guten Tag,

mein Vater [[P:Hasan Arslan]] ist 2006 gestorben und liegt auf Friedhof Lünen-Süd, Feld 12, Reihe 4, Grab [[AZ:12-4-07]]. Die Ruhezeit endet dieses Jahr, wir haben Brief bekommen mit Nummer [[AZ:NR-2006-0331]].

Wir wollen verlängern für 10 Jahre. Meine Mutter [[P:Fadime Arslan]] ist alt und lebt jetzt bei mir in [[LOC:İzmir]], mein Bruder [[P:Cem]] wohnt noch in [[LOC:Lünen-Brambauer]] ([[STR:Waltroper Str. 88]]), aber er ist viel auf Montage.

Kann ich die Gebühr aus Türkei überweisen oder muss mein Bruder zahlen? Falls Sie zurückzahlen müssen, mein Konto: [[IBAN:TR29 0006 2000 0001 2348 9107 31]].

Adresse hier: [[STR:Kazım Dirik Mah. 372/8 Sok. No: 14 D: 6]], [[LOC:35030 Bornova / İzmir]]
Telefon / WhatsApp [[TEL:+90 555 301 44 28]]

Teşekkürler,
[[P:Zeynep]]
""",
    keep=[
        "friedhofsverwaltung@stadt-luenen.de",
        "Friedhof Lünen-Süd, Feld 12, Reihe 4",
        "verlängern für 10 Jahre",
        "viel auf Montage",
    ],
)

# 69 -- e-mail of a Ukrainian refugee about her residence permit; UA address, file number w/o cue
pii(
    "foreign_email",
    """
Від: [[P:Kateryna Melnyk]] <[[MAIL:kateryna.melnyk.88@ukr.net]]>
Кому: auslaenderbehoerde@bochum.de
Тема: Aufenthaltstitel § 24 – verlängerung – [[AZ:UA-24-2022-08815]]

Sehr geehrte Frau [[P:Krämer]],

ich schreibe Sie wegen meine Aufenthaltserlaubnis nach § 24, sie endet am 04.03.2026. Ich habe online Termin versucht aber es gibt keine Termin bis April.

Ich wohne mit meine Tochter [[P:Sofiia]] ([[DOB:15.06.2015]]) in [[LOC:Bochum]], [[STR:Alleestraße 140]], bei Familie [[P:Koch]]. Vorher wir haben gelebt in [[LOC:Charkiw]], [[STR:vul. Sumska 21, kv. 8]], [[LOC:61002 Kharkiv]]. Unsere Wohnung ist kaputt.

Meine Reisepass ist [[PASS:FT 418833]], gültig bis 2029. Bei Jobcenter bin ich mit Nummer [[AZ:362D118204]].

Ich arbeite jetzt als Pflegehelferin, Arbeitgeber ist Diakonie Ruhr, Vertrag bis 2027. Bitte können Sie Fiktionsbescheinigung schicken?

Mein Handy [[TEL:0157 3412 8890]].

З повагою / Mit freundlichen Grüßen
[[P:Kateryna Melnyk]]
""",
    keep=[
        "auslaenderbehoerde@bochum.de",
        "Aufenthaltserlaubnis nach § 24",
        "Diakonie Ruhr",
        "Fiktionsbescheinigung",
    ],
)

# 70 -- letter in capitals of a Ukrainian engineer about recognition of documents; numbers w/o cue
pii(
    "foreign_letter",
    """
[[P:BONDARCHUK ANDRIY]]
[[STR:PROSP. NAUKY 12, KV. 44]]
[[LOC:03039 KYIV]]
UKRAINE

AN: STADT DORTMUND, FACHBEREICH INTEGRATION / ANERKENNUNG
BETREFF: MEINE DIPLOM, [[AZ:AN-2025-1177]]

SEHR GEEHRTE DAMEN UND HERREN,

ICH SCHREIBE MIT GROSSE BUCHSTABEN, WEIL DEUTSCHE TASTATUR ICH HABE NICHT.
MEIN DIPLOM VON POLYTECHNISCHE INSTITUT KYIV (NR. [[AZ:KB 41128809]]) IST UEBERSETZT
UND BEGLAUBIGT. ZAB HAT ANTWORT GESCHICKT: [[AZ:Z-2025-UA-066154]]. BITTE
SAGEN SIE, WAS ICH NOCH MUSS SCHICKEN.

ICH KOMME IM MAI ZU MEINE FRAU [[P:OKSANA BONDARCHUK]], SIE WOHNT
[[STR:HOLSTEINER STR. 17]], [[LOC:44145 DORTMUND]]. GEBOREN BIN ICH [[DOB:22.02.1979]] IN [[LOC:LVIV]].

TELEFON [[TEL:+380 67 448 21 90]]  E-MAIL [[MAIL:a.bondarchuk@i.ua]]

DYAKUYU / DANKE
[[P:A. BONDARCHUK]]
""",
    keep=[
        "FACHBEREICH INTEGRATION / ANERKENNUNG",
        "WEIL DEUTSCHE TASTATUR ICH HABE NICHT",
        "POLYTECHNISCHE INSTITUT KYIV",
        "UEBERSETZT\nUND BEGLAUBIGT",
    ],
)


# ---------------------------------------------------------------------------------------------
# PII-free documents
# ---------------------------------------------------------------------------------------------

# 1 -- canteen menu; dishes named after persons
clean(
    "menu",
    """
Betriebsrestaurant Rathaus-Center – Speiseplan KW 12 (16.–20.03.2026)
Ausgabe 11:30–14:00 Uhr · Preise Bedienstete / Gäste

Montag      Strammer Max mit Bauernbrot und Gewürzgurke            4,20 € / 5,60 €
            Gemüse-Curry „Madras“ mit Basmatireis (vegan)          3,90 € / 5,20 €
Dienstag    Königsberger Klopse, Kapernsauce, Salzkartoffeln       4,80 € / 6,30 €
            Pasta Carbonara nach Art des Hauses                    4,10 € / 5,50 €
Mittwoch    Schnitzel Wiener Art, Pommes frites, Salat             5,20 € / 6,80 €
            Kaiserschmarrn mit Apfelmus                            3,60 € / 4,90 €
Donnerstag  Sauerbraten rheinische Art, Rotkohl, Klöße             5,40 € / 7,00 €
            Falafel-Bowl mit Hummus                                4,30 € / 5,70 €
Freitag     Bismarckhering, Bratkartoffeln                         4,60 € / 6,00 €
            Pizza Margherita (vegetarisch)                         3,80 € / 5,10 €
Dessert     Fürst-Pückler-Eis · Birne Helene · Obstsalat           1,50 €

Allergenkennzeichnung an der Ausgabe. Zahlung mit Dienstausweis (Chipkarte) oder bar.
Betreiber: Gastro Service Ruhr GmbH, Telefon Kantine 0209 169-2980
""",
    keep=[
        "Strammer Max",
        "Königsberger Klopse",
        "Bismarckhering",
        "Fürst-Pückler-Eis",
        "Birne Helene",
    ],
)

# 2 -- school canteen menu
clean(
    "menu",
    """
Mensa Schulzentrum Süd (Geschwister-Scholl-Gymnasium · Anne-Frank-Realschule)
Wochenplan 23.–27.03.2026 – Essen 3,80 €, mit BuT-Berechtigung 1,00 €

MO  Hähnchen-Gyros mit Tzatziki und Reis | vegetarisch: Gemüse-Gyros
DI  Spaghetti Bolognese | vegetarisch: Linsenbolognese
MI  Milchreis mit Zimt und Kirschen, vorher Tomatensuppe
DO  Fischstäbchen, Kartoffelpüree, Erbsen | vegetarisch: Gemüsestäbchen
FR  Pizzatag: Salami oder Margherita, dazu Rohkost

Bestellung bis Donnerstag der Vorwoche über das Portal „MensaMax“.
Abbestellung im Krankheitsfall bis 8:00 Uhr am selben Tag.
Rückfragen: Mensaverein Schulzentrum Süd e.V., mensa@schulzentrum-sued.de
""",
    keep=[
        "Geschwister-Scholl-Gymnasium",
        "Anne-Frank-Realschule",
        "MensaMax",
        "mensa@schulzentrum-sued.de",
    ],
)

# 3 -- bus stop list of a line; stops named after persons and streets
clean(
    "timetable",
    """
Linie 390  Herne Bf ↔ Recklinghausen Hbf  – Haltestellenfolge (gültig ab 12.04.2026)

Nr  Haltestelle                        Tarifzone  Umstieg
01  Herne Bf                           Herne      U35, 311, 312, 323
02  Herne Rathaus / Friedrich-Ebert-Platz  Herne   311, 321
03  Bebelstraße                        Herne
04  Kaiser-Wilhelm-Ring                Herne      362
05  Sodingen Mont-Cenis                Herne      362, SB20
06  Castroper Straße / Gysenbergpark   Herne
07  Recklinghausen-Suderwich Kirche    RE         234
08  Bernhard-Lichtenberg-Straße        RE
09  Dr.-Ernst-Schwering-Straße         RE
10  Konrad-Adenauer-Platz              RE         SB20, 205
11  Recklinghausen Hbf                 RE         RE2, S2, alle Buslinien

Takt: Mo–Fr 20 min, Sa 30 min, So/Feiertag 60 min. Erste Fahrt ab Herne Bf 4:52 Uhr.
Fahrplanauskunft: Schlaue Nummer 0180 6 504030, www.vrr.de
""",
    keep=[
        "Kaiser-Wilhelm-Ring",
        "Bernhard-Lichtenberg-Straße",
        "Dr.-Ernst-Schwering-Straße",
        "Konrad-Adenauer-Platz",
        "0180 6 504030",
    ],
)

# 4 -- night bus timetable
clean(
    "timetable",
    """
NachtExpress NE 11 – Fahrplan Fr/Sa und vor Feiertagen
Abfahrt Hauptbahnhof (Steig C)  0:15  1:15  2:15  3:15
Heinrich-Heine-Allee            0:19  1:19  2:19  3:19
Rudolf-Diesel-Straße            0:24  1:24  2:24  3:24
Klinikum Nord / Sophienstraße   0:29  1:29  2:29  3:29
Marie-Curie-Gymnasium           0:33  1:33  2:33  3:33
Wendeschleife Am Kirchenfeld    0:41  1:41  2:41  3:41

Anruf-Sammel-Taxi ab Wendeschleife: Bestellung bis 30 min vorher unter 02361 30 30 30.
Es gilt der VRR-Tarif; Nachtzuschlag wird nicht erhoben.
Baustellenhinweis: Vom 04.05. bis 29.05.2026 entfällt die Haltestelle Rudolf-Diesel-Straße, Ersatzhalt in der Ottostraße.
""",
    keep=[
        "NachtExpress NE 11",
        "Heinrich-Heine-Allee",
        "Marie-Curie-Gymnasium",
        "02361 30 30 30",
        "Ersatzhalt in der Ottostraße",
    ],
)

# 5 -- release notes of the citizen portal
clean(
    "release_notes",
    """
Bürgerportal 4.12.0 – Release Notes (Produktivsetzung 17.03.2026, 06:00 Uhr)

Neu
- Online-Dienst „Bewohnerparkausweis verlängern“ mit Bezahlung über ePayBL (PORTAL-2291)
- Servicekonto-Login mit BundID als zweite Option (PORTAL-2310)
- Barrierefreiheit: Fokusreihenfolge in allen Formularen überarbeitet, BITV-Test bestanden

Geändert
- Upload-Limit pro Datei von 20 MB auf 25 MB erhöht (CHG-2026-0077)
- Terminbuchung zeigt freie Termine 8 statt 6 Wochen im Voraus
- Texte der Eingangsbestätigung an die Leichte-Sprache-Richtlinie angepasst

Behoben
- Fehler 500 beim Laden von Anträgen mit großen Anhängen (INC-2026-1190)
- Captcha wurde auf iOS 17 nicht angezeigt (PORTAL-2288)
- Falsche Sortierung der Straßenliste bei Umlauten (PORTAL-2301)

Bekannte Einschränkungen
- Der Dienst „Hundesteuer abmelden“ ist bis zur Umstellung auf Version 4.13 nur als PDF-Formular verfügbar.

Ansprechpartner: Team Digitalisierung, digitalisierung@stadt-marl.de
""",
    keep=[
        "Bürgerportal 4.12.0",
        "PORTAL-2291",
        "CHG-2026-0077",
        "INC-2026-1190",
        "digitalisierung@stadt-marl.de",
    ],
)

# 6 -- release notes of a specialist application
clean(
    "release_notes",
    """
OK.EWO – Versionshinweise Patch 26.1.3 (Verteilung über Softwareverteilung, Ring 2 ab 09.02.2026)

* Meldebescheinigung: neues Layout nach BMG-Änderung zum 01.01.2026 (Ticket EWO-8812)
* XMeld 3.4: Rückmeldungen an die Bundesdruckerei werden gebündelt (EWO-8790)
* Auskunftssperren: Warnhinweis wird jetzt auch im Druckdialog angezeigt (EWO-8801)
* Performance: Suche nach Geburtsdatum mit Teilangaben beschleunigt (EWO-8777)
* Behoben: Absturz beim Export von Wahlberechtigtenlisten > 50.000 Zeilen (EWO-8824)

Voraussetzungen: Client 26.1.x, Java 21, Datenbankschema 261.03
Rollout: Ring 1 (IT-Testplätze) 02.02., Ring 2 (Bürgerbüros) 09.02., Ring 3 (alle) 16.02.2026
Rückfragen über den Fachverfahrens-Support, Queue „EWO-2nd-Level“.
""",
    keep=["Patch 26.1.3", "EWO-8812", "XMeld 3.4", "Datenbankschema 261.03", "EWO-2nd-Level"],
)

# 7 -- server inventory with IP addresses
clean(
    "server_inventory",
    """
CMDB-Auszug – Serverinventar Rechenzentrum Rathaus (Stand 01.04.2026)
Hostname         IP-Adresse      VLAN  OS                    Rolle                      Verantwortlich
portal-web-01    10.20.1.20      120   Debian 12             Bürgerportal Frontend      Team Web
portal-web-02    10.20.1.21      120   Debian 12             Bürgerportal Frontend      Team Web
app02            10.12.0.42      112   RHEL 9.3              Fachverfahren Wohngeld     Team Fachverfahren
db-pg-01         10.12.0.60      112   RHEL 9.3              PostgreSQL 15 Cluster      Team Datenbanken
mx-in-01         10.5.0.10       105   Debian 12             Mail-Gateway eingehend     Team Messaging
exch-01          10.5.0.25       105   Windows Server 2022   Exchange 2019              Team Messaging
dc01             10.1.0.11       101   Windows Server 2022   Domain Controller          Team Infrastruktur
fw-ext           185.72.14.1     —     FortiOS 7.4           Perimeter-Firewall         Team Netz
dns-ext-01       185.72.14.53    —     BIND 9.18             DNS extern                 Team Netz
backup-01        10.9.0.5        109   Veeam 12              Sicherung                  Team Infrastruktur
Wartungsfenster: dienstags 18–22 Uhr; Notfall-Bereitschaft über Leitstelle IT, 0209 169-4444.
""",
    keep=[
        "portal-web-01    10.20.1.20",
        "185.72.14.53",
        "Perimeter-Firewall",
        "Leitstelle IT, 0209 169-4444",
        "Team Datenbanken",
    ],
)

# 8 -- network plan with DHCP scopes
clean(
    "server_inventory",
    """
Netzplan Außenstellen – IPv4-Bereiche (intern, Stand 2026-02)
Standort                         Netz              Gateway        DHCP-Bereich                 Bemerkung
Bürgerbüro Nord, Marktplatz 3    10.41.0.0/24      10.41.0.1      10.41.0.100–10.41.0.199      8 Arbeitsplätze, 2 Kiosk-PCs
Bürgerbüro Süd, Hauptstraße 210  10.42.0.0/24      10.42.0.1      10.42.0.100–10.42.0.199      Terminal-Server TS-07 10.20.4.17
Stadtbibliothek Zentrale         10.43.0.0/23      10.43.0.1      10.43.1.0–10.43.1.250        Gäste-WLAN separat (NAT 185.72.14.90)
Feuerwache 1                     10.50.0.0/24      10.50.0.1      statisch                     Leitstellenanbindung redundant
Betriebshof Zentraler Baubetrieb 10.60.0.0/24      10.60.0.1      10.60.0.50–10.60.0.150       Werkstatt-PCs
IPv6: 2a0b:4a80:1100::/48 (Provider-Zuweisung), Außenstellen je /56 ab 2a0b:4a80:1100:4100::/56
Änderungen nur über Change-Verfahren (CAB), Dokumentation im IPAM „netbox.intern“.
""",
    keep=[
        "10.41.0.0/24",
        "Terminal-Server TS-07 10.20.4.17",
        "NAT 185.72.14.90",
        "2a0b:4a80:1100::/48",
        "netbox.intern",
    ],
)

# 9 -- fleet list of municipal vehicles with plates
clean(
    "fleet_list",
    """
Fuhrparkliste Stadt Gelsenkirchen – Dienstfahrzeuge Referat 32 und 69 (Auszug, Stand 03/2026)
Kennzeichen   Fahrzeug                        Kostenstelle   Standort                 HU fällig   Bemerkung
GE-SR 101     VW ID.3                         3210           Rathaus Buer, Tiefgarage 05/2027    Kommunaler Ordnungsdienst
GE-SR 102     VW ID.3                         3210           Rathaus Buer, Tiefgarage 05/2027    Kommunaler Ordnungsdienst
GE-SR 115     Ford Transit Custom             3220           Ebertstraße 15          11/2026    Verkehrsüberwachung, Messfahrzeug
GE-S 6901     Mercedes Sprinter Pritsche      6900           Betriebshof Adenauerallee 02/2027   Straßenunterhaltung
GE-S 6902     Multicar M31                    6900           Betriebshof Adenauerallee 08/2026   Winterdienst, Streuaufbau
GE-S 6940     Kehrmaschine Bucher CityCat     6940           Betriebshof Adenauerallee 01/2027   Stadtreinigung
GE-SR 120E    Renault Kangoo E-Tech           3230           Rathaus Gelsenkirchen   09/2027    Poolfahrzeug, Buchung über Outlook
Fahrtenbücher monatlich an Fuhrparkmanagement (fuhrpark@gelsenkirchen.de). Schäden sofort melden.
""",
    keep=[
        "GE-SR 101",
        "GE-S 6902",
        "GE-SR 120E",
        "Kommunaler Ordnungsdienst",
        "fuhrpark@gelsenkirchen.de",
    ],
)

# 10 -- fleet list of the fire brigade
clean(
    "fleet_list",
    """
Feuerwehr Bottrop – Fahrzeugübersicht für den Brandschutzbedarfsplan 2026 (Anlage 4)
Funkrufname        Typ         Kennzeichen   Baujahr  Wache / Einheit           Ersatzbeschaffung
Florian Bottrop 1-HLF20-1   HLF 20   BOT-FW 112    2019     Feuerwache 1              2031
Florian Bottrop 1-DLK23-1   DLK 23/12 BOT-FW 230   2016     Feuerwache 1              2028
Florian Bottrop 1-RTW-2     RTW      BOT-RD 402    2022     Feuerwache 1, Rettungsdienst 2028
Florian Bottrop 2-LF10-1    LF 10    BOT-FW 310    2011     LZ Kirchhellen            2026 (beauftragt)
Florian Bottrop 4-MTF-1     MTF      BOT-FW 901    2018     LZ Fuhlenbrock            2030
Florian Bottrop 1-ELW1-1    ELW 1    BOT-FW 101    2020     Führungsdienst            2030
Haushaltsmittel Ersatzbeschaffung LF 10: 520.000 € (Investitionsnummer I-37-0012), Vergabe-Nr. FB37-2025-04.
""",
    keep=[
        "Florian Bottrop 1-HLF20-1",
        "BOT-FW 112",
        "BOT-RD 402",
        "LZ Kirchhellen",
        "Vergabe-Nr. FB37-2025-04",
    ],
)

# 11 -- statistics CSV, population by district
clean(
    "statistics_csv",
    """
Statistikstelle – Bevölkerung mit Hauptwohnsitz nach Stadtbezirk und Altersgruppe, Stichtag 31.12.2025
stadtbezirk;einwohner;unter_18;18_bis_64;65_plus;anteil_nichtdeutsch_prozent;veraenderung_vorjahr
Herne-Mitte;41208;7012;26330;7866;24,1;+0,6
Wanne;33971;6240;21102;6629;28,7;+1,1
Eickel;30420;5101;19010;6309;17,9;-0,2
Sodingen;27833;4499;17040;8294;13,2;-0,4
Gesamt;133432;22852;83482;29098;21,6;+0,3
Quelle: Melderegister, eigene Berechnung; Werte unter 3 werden aus Datenschutzgründen nicht ausgewiesen.
""",
    keep=[
        "stadtbezirk;einwohner;unter_18;18_bis_64;65_plus",
        "Herne-Mitte;41208",
        "Sodingen;27833",
        "aus Datenschutzgründen nicht ausgewiesen",
    ],
)

# 12 -- statistics CSV, vehicle registrations
clean(
    "statistics_csv",
    """
"Jahr","Monat","Zulassungsbezirk","Neuzulassungen_PKW","davon_Elektro","davon_Hybrid","Umschreibungen","Ausserbetriebsetzungen"
"2026","01","UN","1.204","188","342","2.311","1.455"
"2026","01","LH (Lünen)","401","52","110","812","530"
"2026","02","UN","1.318","221","367","2.402","1.380"
"2026","02","LH (Lünen)","436","60","121","790","512"
"2026","03","UN","1.522","264","401","2.688","1.497"
"2026","03","LH (Lünen)","470","71","129","845","549"
Hinweis: Vorläufige Zahlen der Zulassungsstelle Kreis Unna; Kennzeichen-Reservierungen online: 4.118 im Quartal.
""",
    keep=["Neuzulassungen_PKW", '"LH (Lünen)"', "Zulassungsstelle Kreis Unna", "4.118 im Quartal"],
)

# 13 -- statistics CSV, election results by polling district
clean(
    "statistics_csv",
    """
Kommunalwahl-Nachwahl 10.05.2026 – vorläufiges Ergebnis Ratswahl, Wahlbezirk 01 (Marl)
Stimmbezirk,Wahlraum,Wahlberechtigte,Waehler,Wahlbeteiligung,Partei A,Partei B,Partei C,Partei D,Sonstige
0101,Grundschule am Brassertbach,1812,702,38.7,241,198,120,88,55
0102,Jugendzentrum Hagenbusch,1655,590,35.6,201,170,99,75,45
0103,Feuerwache Marl-Mitte,1920,811,42.2,290,205,151,102,63
0190,Briefwahl,—,602,—,230,155,120,60,37
Summe,,5387,2705,50.2,962,728,490,325,200
Stand 21:47 Uhr; das amtliche Endergebnis stellt der Wahlausschuss am 13.05.2026 fest.
""",
    keep=[
        "Grundschule am Brassertbach",
        "Jugendzentrum Hagenbusch",
        "0190,Briefwahl",
        "Wahlausschuss am 13.05.2026",
    ],
)

# 14 -- IT change log with ticket numbers
clean(
    "change_log",
    """
Change-Log Infrastruktur – März 2026 (freigegeben durch CAB)
CHG-2026-0077  10.03.  Upload-Limit Bürgerportal 20→25 MB (portal-web-01/-02)      erfolgreich
CHG-2026-0081  11.03.  Zertifikatstausch *.stadt-marl.de (Sectigo, 2026–2027)       erfolgreich
CHG-2026-0084  12.03.  Firmware FortiGate fw-ext 7.4.3 → 7.4.4                       erfolgreich, 6 min Downtime
CHG-2026-0090  17.03.  Patch OK.EWO 26.1.3 Ring 3                                     erfolgreich
CHG-2026-0093  18.03.  Migration Druckserver print-02 → print-03 (10.1.0.40)         zurückgerollt, s. PRB0004471
CHG-2026-0095  24.03.  Erweiterung DHCP-Bereich Bürgerbüro Nord                       erfolgreich
CHG-2026-0102  26.03.  Ausnahme Kennwortablauf Dienstkonto svc-backup                 genehmigt (befristet 6 Monate)
Nächste CAB-Sitzung: 07.04.2026, 10:00 Uhr, Raum IT 1.12 / Teams.
""",
    keep=["CHG-2026-0084", "PRB0004471", "print-03 (10.1.0.40)", "Raum IT 1.12"],
)

# 15 -- CAB agenda with incidents and problems
clean(
    "change_log",
    """
CAB-Agenda 07.04.2026 – Team IT-Service (Protokollführung: Funktionskonto cab@it.stadt.local)

1. Review Changes März: 23 durchgeführt, 1 zurückgerollt (CHG-2026-0093)
2. Neue Changes:
   CHG-2026-0110  Umstellung Mail-Gateway mx-in-01 auf Rspamd (geplant 14.04., Risiko mittel)
   CHG-2026-0112  Neuer Terminal-Server TS-09 (10.20.4.19) für Bürgerbüro Süd
   CHG-2026-0115  Abschaltung TLS 1.1 auf allen externen Diensten
3. Offene Probleme: PRB0004410 (Sitzungsabbrüche Terminalserver), PRB0004471 (Druckertreiber)
4. Major Incident 02.04. (INC-2026-2301): Ausfall DNS extern 41 Minuten, Ursache Zonen-Signatur abgelaufen
5. Verschiedenes: Freeze-Zeitraum Wahl 04.05.–15.05.2026, nur Notfall-Changes
""",
    keep=[
        "CHG-2026-0110",
        "TS-09 (10.20.4.19)",
        "PRB0004410",
        "INC-2026-2301",
        "Freeze-Zeitraum Wahl 04.05.–15.05.2026",
    ],
)

# 16 -- event listing of a cultural centre (ensembles, no performers' names)
clean(
    "event_listing",
    """
Kulturzentrum Flottmann-Hallen – Programm April 2026
Straßburger Straße 19, 44623 Herne · Kasse 02323 16-2951 · tickets@flottmann-hallen.de

Do 02.04.  20:00  Jazz im Maschinenhaus: Ruhrklang Quintett                     VVK 16 € / AK 19 €
Sa 04.04.  15:00  Kindertheater „Die kleine Hexe“ (ab 4 J.), Theater Kohlenpott    7 €
Fr 10.04.  19:30  Poetry Slam „Worte unter Tage“ – Moderation: Slam-Team Herne     9 €
So 12.04.  11:00  Matinee: Bergmannsorchester Shamrock spielt Filmmusik           frei, Spende erbeten
Mi 15.04.  18:00  Vernissage „Zechenlicht“ – Fotografien aus dem Revier           frei
Sa 25.04.  20:00  Tanzabend Tango Argentino mit Schnupperkurs ab 19:00 Uhr         12 €

Barrierefreier Zugang über den Hofeingang; Induktionsschleife im großen Saal.
""",
    keep=[
        "Flottmann-Hallen",
        "Straßburger Straße 19, 44623 Herne",
        "Ruhrklang Quintett",
        "tickets@flottmann-hallen.de",
        "Die kleine Hexe",
    ],
)

# 17 -- event listing of the public library
clean(
    "event_listing",
    """
Stadtbibliothek – Veranstaltungen Mai 2026 (Zentralbibliothek, Willy-Brandt-Platz 5)

Di 05.05., 16:00 Uhr  Vorlesestunde für Kinder von 4 bis 7 Jahren – „Sams-Tag“ mit den Lesepat*innen
Do 07.05., 18:30 Uhr  Digitale Sprechstunde: Onleihe und eBook-Reader einrichten (Anmeldung erbeten)
Sa 09.05., 10:00 Uhr  Repair-Café in der Makerspace-Etage, in Kooperation mit dem Umweltzentrum
Mi 13.05., 19:00 Uhr  Lesung und Gespräch zum Jubiläum der Bertolt-Brecht-Gesamtschule
Di 19.05., 15:00 Uhr  Sprachcafé Deutsch (A2–B1), Treffpunkt Lesecafé
Sa 30.05., 11:00 Uhr  Bücherflohmarkt im Foyer, Erlös für die Leseförderung

Anmeldung: Infotheke, Telefon 0231 50-23209 oder veranstaltungen.stadtbibliothek@stadtdo.de
""",
    keep=[
        "Willy-Brandt-Platz 5",
        "Onleihe",
        "Bertolt-Brecht-Gesamtschule",
        "Repair-Café",
        "0231 50-23209",
    ],
)

# 18 -- press release on street naming; streets and schools named after persons
clean(
    "press_release",
    """
Pressemitteilung Nr. 118/2026 – 23.03.2026

Neues Wohnquartier erhält Straßennamen: Bezirksvertretung folgt Vorschlag der Geschichtswerkstatt

Die Bezirksvertretung Mitte hat in ihrer Sitzung am 19. März die Benennung von drei Straßen im
Neubaugebiet „Am Kronenberg“ beschlossen (Drucksache 0211/2026). Die Planstraße A heißt künftig
Marie-Juchacz-Straße, die Planstraße B Fritz-Bauer-Weg und der Quartiersplatz Else-Lasker-Schüler-Platz.

Die Straßen liegen zwischen der bestehenden Konrad-Adenauer-Allee und dem Gelände der
Hildegard-von-Bingen-Grundschule. Die neuen Straßenschilder werden im Sommer aufgestellt; die
Hausnummern vergibt das Vermessungsamt nach Baufortschritt.

Die ersten Bewohnerinnen und Bewohner werden im Herbst 2026 erwartet. Bürgerinnen und Bürger, die
Fragen zur Adressvergabe haben, wenden sich an das Vermessungs- und Katasteramt, Telefon
0209 169-4200, vermessung@gelsenkirchen.de.

Pressestelle der Stadt · presse@gelsenkirchen.de · 0209 169-2301
""",
    keep=[
        "Marie-Juchacz-Straße",
        "Fritz-Bauer-Weg",
        "Else-Lasker-Schüler-Platz",
        "Hildegard-von-Bingen-Grundschule",
        "Drucksache 0211/2026",
    ],
)

# 19 -- press release on a construction site near named squares and schools
clean(
    "press_release",
    """
Pressemitteilung – Stadt Recklinghausen – 02.04.2026

Sanierung der Kurfürstenwall-Brücke: Vollsperrung in den Osterferien

Ab Montag, 06.04.2026, wird die Brücke am Kurfürstenwall zwischen Kaiserwall und Steintor für
zwei Wochen voll gesperrt. Die Umleitung erfolgt über den Grafenwall und die Dorstener Straße.
Die Buslinien SB20, 205 und 390 fahren die Ersatzhaltestelle „Herzogswall“ an.

Schülerinnen und Schüler des Theodor-Heuss-Gymnasiums und der Käthe-Kollwitz-Schule werden
gebeten, während der Notbetreuung den Fußweg über den Konrad-Adenauer-Platz zu nutzen.

Die Kosten der Sanierung betragen rund 1,8 Mio. Euro, davon trägt das Land 60 Prozent aus dem
Programm „Kommunaler Brückenbau NRW“. Bauherr ist die Stadt, ausführende Firma die
Ruhrbau Ingenieur- und Brückenbau GmbH.

Rückfragen: Pressestelle, Telefon 02361 50-1019, pressestelle@recklinghausen.de
""",
    keep=[
        "Kurfürstenwall-Brücke",
        "Theodor-Heuss-Gymnasiums",
        "Käthe-Kollwitz-Schule",
        "Ruhrbau Ingenieur- und Brückenbau GmbH",
        "02361 50-1019",
    ],
)

# 20 -- Teams chat between two offices using functional accounts, no citizens' data
clean(
    "teams_chat",
    """
Microsoft Teams – Kanal „Bürgerbüros ↔ Standesamt“ (Funktionskonten) – 14.04.2026

Bürgerbüro Nord (Funktionskonto)   08:05
Guten Morgen! Habt ihr heute schon die neuen Vordrucke für die Namenserklärung bekommen?

Standesamt (Funktionskonto)   08:07
Ja, liegen im Intranet unter Formulare > Standesamt > NE-2026. Die alten bitte nicht mehr ausgeben.

Bürgerbüro Nord (Funktionskonto)   08:09
Danke. Und gilt die Gebühr für beglaubigte Abschriften weiter 12 €?

Standesamt (Funktionskonto)   08:10
Ja, unverändert. Internationale Urkunden ebenfalls 12 €. Apostille macht die Bezirksregierung.

Bürgerbüro Süd (Funktionskonto)   08:15
Kurze Info: Unser Kartendrucker ist defekt (INC-2026-2417), wir schicken Anfragen zu Urkunden heute gesammelt per Hauspost.

Standesamt (Funktionskonto)   08:16
👍 Hauspostfach 34-01, Abholung 11 Uhr.
""",
    keep=[
        "Bürgerbüro Nord (Funktionskonto)",
        "NE-2026",
        "Hauspostfach 34-01",
        "INC-2026-2417",
        "Apostille macht die Bezirksregierung",
    ],
)

# 21 -- Slack-style chat between IT and the in-house print shop, functional accounts only
clean(
    "slack_export",
    """
#druckerei-it  (Export 2026-03-19)

[09:02] @hausdruckerei: moin, der neue druckserver print-03 nimmt keine aufträge aus dem wahlamt an, fehler „queue paused“
[09:05] @it-servicedesk: moin! ticket ist INC-2026-2290, wir schauen. welche queue genau?
[09:06] @hausdruckerei: WAHL-A3-FARBE, ip 10.1.0.40
[09:15] @it-servicedesk: treiber war falsch zugeordnet, ist korrigiert. bitte testdruck
[09:18] @hausdruckerei: läuft 👍 wahlbenachrichtigungen gehen dann ab 13 uhr raus, 48.000 stück
[09:19] @it-servicedesk: top. wir lassen CHG-2026-0093 trotzdem zurückgerollt bis nach der wahl
[09:20] @hausdruckerei: ok, danke euch
""",
    keep=[
        "#druckerei-it",
        "INC-2026-2290",
        "WAHL-A3-FARBE, ip 10.1.0.40",
        "48.000 stück",
        "@it-servicedesk",
    ],
)

# 22 -- firm directory of an industrial estate (companies only)
clean(
    "directory",
    """
Gewerbegebiet Emscher-Lippe III – Firmenverzeichnis (Wirtschaftsförderung, Stand 2026)
Firma                                   Anschrift                  Branche                     Register             Telefon
Brüggemann Autohaus GmbH & Co. KG       Industriestraße 4          Kfz-Handel/Werkstatt         HRA 4412 AG Recklinghausen   02365 9810-0
Rhenus Logistik Service GmbH            Emscherstraße 81           Logistik                     HRB 19301 AG Bochum         02323 1490-0
Westfalen Metallbau AG                  Industriestraße 12–16      Stahlbau                     HRB 7715 AG Gelsenkirchen   0209 38070
Hoffmann Kältetechnik GmbH              Am Kanal 3                 Klima/Kälte                  HRB 22014 AG Essen          0201 7799-10
Bäckerei Kamps Produktions GmbH         Ruhrstraße 201             Lebensmittel                 HRB 5510 AG Düsseldorf      0211 1780-0
Solarpark Emscher GmbH                  Am Kanal 9                 Energie                      HRB 30177 AG Gelsenkirchen  0209 9330-50
Freie Flächen: 2,4 ha an der Emscherstraße, Kontakt Wirtschaftsförderung, wirtschaft@stadt.de
""",
    keep=[
        "Rhenus Logistik Service GmbH",
        "HRB 19301 AG Bochum",
        "Hoffmann Kältetechnik GmbH",
        "Westfalen Metallbau AG",
        "wirtschaft@stadt.de",
    ],
)

# 23 -- directory of offices with functional mailboxes and switchboards
clean(
    "directory",
    """
Wegweiser Rathaus – Ämter und Sprechzeiten (Aushang Foyer, Stand 04/2026)
Amt / Stelle                     Raum       Telefon           E-Mail                               Sprechzeiten
Bürgerbüro                       EG 0.14    0208 825-5000     buergerbuero@oberhausen.de          Mo–Fr 8–13, Do 14–18
Standesamt                       1. OG      0208 825-2420     standesamt@oberhausen.de            nach Termin
Steueramt (Hundesteuer, Grundst.) 2.OG 2.10  0208 825-2261     steueramt@oberhausen.de             Mo, Mi, Fr 8–12
Ausländerbehörde                 Nebengeb. B 0208 825-3310    auslaenderbehoerde@oberhausen.de    nur mit Termin
Jobcenter (Geschäftsstelle Mitte) Marktstraße 176  0208 635-0  jobcenter-oberhausen@jobcenter-ge.de  Mo–Fr 8–12
Behördennummer 115 (Mo–Fr 8–18 Uhr) · Zentrale 0208 825-0 · Fundbüro im Bürgerbüro
""",
    keep=[
        "buergerbuero@oberhausen.de",
        "0208 825-2420",
        "Behördennummer 115",
        "Zentrale 0208 825-0",
        "Marktstraße 176",
    ],
)

# 24 -- syslog without personal data: cron, system users, server addresses
clean(
    "syslog",
    """
Apr 12 02:00:01 backup-01 CRON[9912]: (root) CMD (/opt/veeam/bin/run-job --name "Nacht-Full-RZ1")
Apr 12 02:00:02 backup-01 veeamagent[9915]: Job "Nacht-Full-RZ1" started, source 10.12.0.60, target repo-02 (10.9.0.6)
Apr 12 03:41:17 backup-01 veeamagent[9915]: Job "Nacht-Full-RZ1" finished: 14 VMs, 2.8 TB processed, 0 errors, 1 warning (CBT reset on app02)
Apr 12 04:00:00 portal-web-01 systemd[1]: Starting logrotate.service - Rotate log files...
Apr 12 04:00:01 portal-web-01 systemd[1]: logrotate.service: Deactivated successfully.
Apr 12 04:15:33 dns-ext-01 named[811]: zone stadt-marl.de/IN (signed): next key event: 12-Apr-2026 16:15:33.000
Apr 12 05:02:48 mx-in-01 postfix/anvil[2201]: statistics: max connection rate 41/60s for (smtp:185.222.58.14) at Apr 12 04:58:10
Apr 12 06:00:00 fw-ext CEF:0|Fortinet|FortiGate|7.4.4|0419016384|IPS|4|src=185.222.58.14 dst=185.72.14.25 act=blocked
Apr 12 06:30:12 ntp-01 chronyd[640]: Selected source 192.53.103.108 (ptbtime1.ptb.de)
""",
    keep=[
        "Nacht-Full-RZ1",
        "repo-02 (10.9.0.6)",
        "ptbtime1.ptb.de",
        "src=185.222.58.14 dst=185.72.14.25",
        "logrotate.service",
    ],
)

# 25 -- application log without personal data: health checks and batch jobs
clean(
    "app_log",
    """
2026-04-01 00:00:00,004 INFO  [scheduler-1] d.k.e.jobs.FristenJob - Starte Fristenkontrolle für Mandant 05562024
2026-04-01 00:00:03,812 INFO  [scheduler-1] d.k.e.jobs.FristenJob - 1.118 Vorgänge geprüft, 37 Wiedervorlagen erzeugt, 0 Fehler
2026-04-01 00:05:00,000 INFO  [health] d.k.e.HealthCheck - db=UP (10.12.0.60:5432, 4 ms) mail=UP (10.1.5.20:25) ldap=UP (10.1.0.11:636)
2026-04-01 00:10:00,000 WARN  [health] d.k.e.HealthCheck - xta=DEGRADED (10.44.9.80:8443, 2.310 ms > 2.000 ms)
2026-04-01 00:15:00,001 INFO  [health] d.k.e.HealthCheck - xta=UP (10.44.9.80:8443, 188 ms)
2026-04-01 01:00:00,017 INFO  [scheduler-2] d.k.e.jobs.StatistikJob - Monatsstatistik 03/2026 erstellt: 612 Anträge, Median Bearbeitungszeit 11 Tage
2026-04-01 01:00:02,440 INFO  [scheduler-2] d.k.e.jobs.StatistikJob - Export nach \\\\fs02\\statistik$\\elterngeld\\2026-03.csv
""",
    keep=[
        "Mandant 05562024",
        "xta=DEGRADED (10.44.9.80:8443",
        "37 Wiedervorlagen erzeugt",
        "Median Bearbeitungszeit 11 Tage",
    ],
)

# 26 -- JSON metrics log without personal data
clean(
    "json_log",
    """
{"ts":"2026-03-31T23:59:00Z","metric":"portal.requests","host":"portal-web-01","ip":"10.20.1.20","value":182334,"unit":"count","period":"24h"}
{"ts":"2026-03-31T23:59:00Z","metric":"portal.requests","host":"portal-web-02","ip":"10.20.1.21","value":179902,"unit":"count","period":"24h"}
{"ts":"2026-03-31T23:59:00Z","metric":"portal.forms.submitted","form":"sperrmuell-anmeldung","value":412}
{"ts":"2026-03-31T23:59:00Z","metric":"portal.forms.submitted","form":"hundesteuer-anmeldung","value":37}
{"ts":"2026-03-31T23:59:00Z","metric":"termin.slots.free","standort":"Bürgeramt Süd","value":88,"next_free":"2026-04-03T08:20"}
{"ts":"2026-03-31T23:59:00Z","metric":"termin.slots.free","standort":"Bürgeramt Nord","value":12,"next_free":"2026-04-09T10:40"}
{"ts":"2026-03-31T23:59:00Z","metric":"chat.sessions","bot":"Frag Emma","value":1290,"handover_rate":0.18,"node":"emma-prod-2 (172.16.8.21)"}
{"ts":"2026-03-31T23:59:00Z","metric":"mail.relay.queue","host":"mail-relay-01","ip":"10.8.2.25","value":0}
""",
    keep=[
        "portal.forms.submitted",
        "hundesteuer-anmeldung",
        "Bürgeramt Nord",
        '"handover_rate":0.18',
        '"ip":"10.8.2.25"',
    ],
)

# 27 -- OCR-noisy public notice without personal data
clean(
    "ocr_scan",
    """
[OCR · Amtsblatt Nr. 7/2026 · Seite 3 · Erkennungsgüte 68 %]

ÖFFENT LICHE BEKANNT MACHUNG
über die Auslegung des Bebauungsp1ans Nr. 214 „Wohnen am Kronen-
berg“ der Stadt Gelsenkirchen

Der Rat der Stadt hat in seiner Sitzung am 12.O2.2O26 beschlossen, den Entwurf des
Bebauungsp1ans Nr. 214 mit Begründung gemäß § 3 Abs. 2 BauGB öffent1ich auszu-
1egen. Die Unter1agen 1iegen in der Zeit vom O2.O3.2O26 bis einsch1ieß1ich
O6.O4.2O26 im Referat Stadtp1anung, Goldbergstraße 12, Zimmer 3O4, während der
Dienststunden aus und sind im Internet unter www.ge1senkirchen.de/b-p1an-214 abrufbar.

Stel1ungnahmen können während der Aus1egungsfrist schrift1ich oder zur Nieder-
schrift abgegeben werden. Nicht fristgerecht abgegebene Stel1ungnahmen können bei
der Besch1ussfassung unberücksichtigt b1eiben (§ 4a Abs. 6 BauGB).

Ge1senkirchen, den 16.O2.2O26
Die Oberbürgermeisterin
""",
    keep=[
        "ÖFFENT LICHE BEKANNT MACHUNG",
        "Bebauungsp1ans Nr. 214",
        "§ 3 Abs. 2 BauGB",
        "Goldbergstraße 12, Zimmer 3O4",
        "Die Oberbürgermeisterin",
    ],
)

# 28 -- TSV of public facilities with opening hours and switchboards
clean(
    "tsv",
    "Einrichtung\tAnschrift\tTelefon\tÖffnungszeiten\tBarrierefrei\n"
    "Bürgerbüro Nord\tMarktplatz 3, 45894 Gelsenkirchen\t0209 169-5000\tMo–Fr 8–13, Do 14–18\tja\n"
    "Bürgerbüro Süd\tHauptstraße 210, 45879 Gelsenkirchen\t0209 169-5000\tMo–Fr 8–13\tja\n"
    "Zentralbibliothek\tEbertstraße 19, 45879 Gelsenkirchen\t0209 169-2858\tDi–Fr 10–19, Sa 10–14\tja\n"
    "Wertstoffhof Adenauerallee\tAdenauerallee 115, 45891 Gelsenkirchen\t0209 9545-0\tMo–Sa 8–16\tteilweise\n"
    "Hallenbad Nord\tWilly-Brandt-Allee 2, 45891 Gelsenkirchen\t0209 9546-210\tMo–So 7–21\tja\n"
    "Musikschule\tFrancis-Bell-Weg 3, 45879 Gelsenkirchen\t0209 169-6450\tSekretariat Mo–Do 9–16\tnein (Aufzug in Planung)\n"
    "Quelle: Open-Data-Portal der Stadt, Datensatz einrichtungen_2026.tsv, Lizenz dl-de/by-2-0\n",
    keep=[
        "Einrichtung\tAnschrift\tTelefon\tÖffnungszeiten\tBarrierefrei",
        "Adenauerallee 115, 45891 Gelsenkirchen",
        "Francis-Bell-Weg 3",
        "Lizenz dl-de/by-2-0",
    ],
)

# 29 -- fixed-width budget printout
clean(
    "fixed_width",
    """
HAUSHALTSPLAN 2026 – TEILERGEBNISPLAN PRODUKTBEREICH 06 KINDER-, JUGEND- UND FAMILIENHILFE   SEITE 212
POS  ERTRAGS- UND AUFWANDSARTEN                         ERGEBNIS 2024    ANSATZ 2025    ANSATZ 2026
---  -------------------------------------------------  --------------  -------------  -------------
02   + ZUWENDUNGEN UND ALLGEMEINE UMLAGEN                 48.201.330     51.004.000     54.118.000
05   + KOSTENERSTATTUNGEN UND KOSTENUMLAGEN                6.112.804      6.300.000      6.450.000
10   = ORDENTLICHE ERTRÄGE                                58.933.972     62.104.000     65.838.000
11   - PERSONALAUFWENDUNGEN                              -31.402.118    -33.870.000    -35.912.000
15   - TRANSFERAUFWENDUNGEN                              -88.713.220    -94.200.000    -99.740.000
17   = ORDENTLICHE AUFWENDUNGEN                         -128.044.901   -136.512.000   -143.260.000
---  -------------------------------------------------  --------------  -------------  -------------
     ERGEBNIS DER LAUFENDEN VERWALTUNGSTÄTIGKEIT          -69.110.929    -74.408.000    -77.422.000
KENNZAHL: BETREUUNGSQUOTE U3 41,2 % (ZIEL 45 %) – SIEHE DRUCKSACHE 0098/2026
""",
    keep=[
        "PRODUKTBEREICH 06",
        "ORDENTLICHE ERTRÄGE",
        "TRANSFERAUFWENDUNGEN",
        "DRUCKSACHE 0098/2026",
        "BETREUUNGSQUOTE U3 41,2 %",
    ],
)

# 30 -- script of the hotline's voice menu (announcement text, no personal data)
clean(
    "voicemail",
    """
Ansagetexte Sprachdialogsystem Bürgertelefon (Version 7, aufgesprochen am 10.03.2026)

Begrüßung: „Herzlich willkommen beim Bürgertelefon der Stadt Hamm. Dieses Gespräch wird nicht
aufgezeichnet. Für Fragen zu Personalausweis, Reisepass und Ummeldung drücken Sie die Eins. Für
Kfz-Zulassung die Zwei. Für Abfall und Sperrmüll die Drei. Für alle anderen Anliegen bleiben Sie
bitte in der Leitung.“

Außerhalb der Servicezeiten: „Sie rufen außerhalb unserer Servicezeiten an. Wir sind montags bis
freitags von acht bis achtzehn Uhr für Sie da. Termine können Sie rund um die Uhr online buchen.
In dringenden Fällen erreichen Sie den Ordnungsdienst unter null zwei drei acht eins, eins sieben,
drei drei null null.“

Warteschleife: „Alle Plätze sind belegt. Ihre voraussichtliche Wartezeit beträgt {wartezeit}
Minuten. Tipp: Viele Anliegen erledigen Sie online unter hamm punkt de.“
""",
    keep=[
        "Bürgertelefon der Stadt Hamm",
        "Dieses Gespräch wird nicht\naufgezeichnet",
        "{wartezeit}",
        "hamm punkt de",
        "Kfz-Zulassung die Zwei",
    ],
)

sys.exit(CORPUS.main(OUT, {"pii": 70, "clean": 30}))
