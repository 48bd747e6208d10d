"""Everyday and administrative German nouns that are never a name on their own.

Hand-written (no word list is available offline here): capitalised words that stand in
minutes, statutes, notices and fee schedules and that the NER model or the rules took for
names ("Großer Saal", "Hallenbades Hofstede", "Kurzprotokoll Jour", "Planetarium, Castroper").
Compounds are covered by their endings in ``NOUN_ENDING``; this list holds the short and the
irregular ones. Genitive forms ("Hallenbades") are matched through their stem.
"""

from __future__ import annotations

import re

# fmt: off
_WORDS = """
Saal Raum Halle Bad Hallenbad Freibad Bücherei Bibliothek Museum Planetarium Theater Forum Aula
Stadion Park Friedhof Rathaus Wache Feuerwache Feuerwehr Polizei Kirche Schule Gymnasium Kita
Zentrum Haus Bürgerhaus Markt Brücke Bahnhof Parkplatz Gebäude Gelände Grundstück Gebiet Bezirk
Stadtteil Quartier Ortsteil Viertel Zone Linie Buslinie Umleitung Sperrung Baustelle Bauarbeiten
Protokoll Kurzprotokoll Niederschrift Sitzung Tagesordnung Beschluss Vorlage Drucksache Anfrage
Antrag Mitteilung Bericht Bekanntmachung Satzung Verordnung Gesetz Erlass Richtlinie Vorschrift
Dienstanweisung Rundschreiben Merkblatt Hinweis Hinweise Einladung Termin Frist Gebühr Gebühren
Entgelt Tarif Kaution Betrag Kosten Zuschuss Förderung Förderquote Zuwendung Haushalt
Haushaltsjahr Jahr Monat Woche Tag Stunde Uhr Beginn Ende Stand Fassung Artikel Absatz Satz
Nummer Seite Anlage Abschnitt Kapitel Teil Punkt Los Leistung Auftrag Zuschlag Angebot Vergabe
Ausschreibung Verfahren Vorgang Akte Posteingang Poststelle Teamleitung Amtsleitung Leitung
Verwaltung Dienststelle Fachbereich Dezernat Referat Ausschuss Rat Fraktion Bezirksvertretung
Jour Fixe Ansprechpartner Ansprechpartnerin Leiter Leiterin Presse Pressekontakt Kontakt
Eintritt Ausstellung Veranstaltung Programm Sonderprogramm Führung Kurs Kurse Unterricht
Gewerbe Gewerbeordnung Bewachung Erlaubnis Auflage Auflagen Zuverlässigkeit Führungszeugnis
Restmüll Papier Tonne Biotonne Sperrmüll Abfall Abholung Schadstoffmobil Kalender Bürgerbüro
Großer Kleiner Großes Kleines Neuer Neues Alter Altes Oberer Unterer
"""
# fmt: on
COMMON_NOUNS = frozenset(_WORDS.split())
# Endings of German nouns no name has: abstract nouns, institutions, documents, places.
NOUN_ENDING = re.compile(
    r"(?:ung|heit|keit|schaft|tion|tät|ismus|nisse|ment|ium|eum|gewerbe|ordnung|gesetz|satzung"
    r"|protokoll|bericht|vorlage|bad|halle|saal|bücherei|bibliothek|museum|schule"
    r"|zentrum|zentrale|wache|amt|ämter|büro|stelle|kalender|plan|programm|aufsicht)$"
)
# Shorter words with such an ending are too often names ("Clement", "Konrad").
_MIN_ENDING_LENGTH = 8
_GENITIVE = re.compile(r"(?:es|s)$")


def is_common_noun(word: str) -> bool:
    """``word`` (or its genitive stem) is an everyday noun or has a noun's ending."""
    if word in COMMON_NOUNS:
        return True
    stem = _GENITIVE.sub("", word)
    if stem != word and stem in COMMON_NOUNS:
        return True
    lower = word.lower()
    return len(word) >= _MIN_ENDING_LENGTH and bool(
        NOUN_ENDING.search(lower) or NOUN_ENDING.search(_GENITIVE.sub("", lower))
    )
