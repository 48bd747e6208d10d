"""The shipped person-name model: loads from the package, finds names, leaves admin text alone.

Sentences here are written for this test, not taken from the generator's templates. All names
are fictional.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from redaction.engine import BlankGermanNlpEngine
from redaction.ner.generate import generate
from redaction.recognizers import default_recognizers
from redaction.recognizers.ner_person_recognizer import (
    MODEL_LABEL,
    NerPersonRecognizer,
    load_model,
    shipped_model_path,
)
from redaction.recognizers.noun_lexicon import is_lexicon_noun

REDACTION_PACKAGE = Path(__file__).resolve().parents[2] / "redaction"


@pytest.fixture(scope="module")
def recognizer() -> NerPersonRecognizer:
    return NerPersonRecognizer()


def names_in(recognizer: NerPersonRecognizer, text: str) -> list[str]:
    return sorted(text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"]))


def redacted_words(recognizer: NerPersonRecognizer, text: str) -> set[str]:
    """The words that the recognizer's spans cover: what the redactor would replace.

    "Haddad, Samir" found as one span or as "Haddad" and "Samir" redacts the same words.
    """
    spans = [(r.start, r.end) for r in recognizer.analyze(text, ["PERSON"])]
    return {
        m.group()
        for m in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)
        if any(start <= m.start() and m.end() <= end for start, end in spans)
    }


def test_model_loads_from_the_package() -> None:
    path = shipped_model_path()
    nlp, words = load_model()

    assert path.is_relative_to(REDACTION_PACKAGE / "models")
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert MODEL_LABEL in nlp.get_pipe("ner").labels
    assert words.is_common("Antrag")
    assert words.is_common("Kindergeldbescheid")  # a compound of a known noun
    assert not words.is_common("Kowalczyk")
    assert load_model()[0] is nlp  # loaded once per process


NAME_CASES = [
    pytest.param(
        "Wie mit Kowalczyk besprochen, schicke ich die Nachweise nächste Woche.",
        ["Kowalczyk"],
        id="bare-surname-wie-besprochen",
    ),
    pytest.param(
        "Die Akte liegt seit Montag bei Nguyen, bitte dort nachfragen.",
        ["Nguyen"],
        id="bare-surname-bei",
    ),
    pytest.param(
        "Schewtschenko hat gestern angerufen und nach dem Bescheid gefragt.",
        ["Schewtschenko"],
        id="bare-surname-subject",
    ),
    pytest.param(
        "Teilnehmende: Öztürk, Emre; Lindqvist, Maja; Haddad, Samir",
        ["Haddad, Samir", "Lindqvist, Maja", "Öztürk, Emre"],
        id="surname-first-list",
    ),
    pytest.param(
        "Rückruf an Dariusz Wróblewski wegen der Hundesteuer.",
        ["Dariusz Wróblewski"],
        id="full-name-without-salutation",
    ),
    pytest.param(
        "Kopie der Stellungnahme an Herrn Al-Khatib und Frau Pham.",
        ["Al-Khatib", "Pham"],
        id="salutations-in-running-text",
    ),
    pytest.param(
        "Laut Brinkhaus ist die Frist für den Widerspruch schon abgelaufen.",
        ["Brinkhaus"],
        id="laut-surname",
    ),
    pytest.param(
        "Die Tochter der Antragstellerin, Giulia Ferraro, besucht die Grundschule.",
        ["Giulia Ferraro"],
        id="apposition",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAME_CASES)
def test_finds_names_in_unseen_sentences(
    recognizer: NerPersonRecognizer, text: str, expected: list[str]
) -> None:
    assert redacted_words(recognizer, text) == set(" ".join(expected).replace(",", "").split())


NEGATIVE_CASES = [
    pytest.param(
        "Der Antrag auf Wohngeld wurde am 12.02.2026 vollständig eingereicht.", id="wohngeld"
    ),
    pytest.param(
        "Das Ordnungsamt der Stadt Herne prüft die Beschwerde über den Lärm.", id="ordnungsamt"
    ),
    pytest.param(
        "Bitte überweisen Sie die Gebühr bis Ende März an die Stadtkasse.", id="stadtkasse"
    ),
    pytest.param(
        "Die Sperrung der Goethestraße dauert wegen der Kanalarbeiten bis Freitag.",
        id="street-named-after-a-poet",
    ),
    pytest.param(
        "Gegen diesen Bescheid kann innerhalb eines Monats Klage beim Verwaltungsgericht "
        "Gelsenkirchen erhoben werden.",
        id="rechtsbehelf",
    ),
    # Inventory lists and menus: single capitalised nouns in rows, which the model tagged.
    pytest.param(
        "Inventar Raum 2.14:\nStuhl\nWhiteboard\nAktenschrank\nFeuerlöscher\nPasswörter",
        id="inventory-rows",
    ),
    pytest.param("Wasserversorgungstechnik\nSchmuck\nLametta\nSalat\nAllergene", id="noun-rows"),
    pytest.param("Hannah-Arendt-Weg – Flst. 11420/3\nLfd. Nr. 12", id="abbreviations"),
    pytest.param(
        "TOP 5   Verschiedenes – keine Wortmeldungen.\nMaßgeblich ist das Datum des Antrags.\n"
        "Einverständnis beider Sorgeberechtigter erforderlich.",
        id="capitalised-adjectives",
    ),
    pytest.param(
        "Ersatzhaltestelle ist „Südplatz“, danach Clamartpark.\nStadtförsterei – Hinweise",
        id="places-and-compounds",
    ),
]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das hat Fröhlich bestätigt.", "Fröhlich"),  # a known surname with an adjective's ending
        ("Rücksprache mit König am Montag.", "König"),
    ],
)
def test_a_known_surname_with_an_adjectives_ending_stays_a_name(text: str, name: str) -> None:
    _, words = load_model(shipped_model_path())
    start = text.index(name)
    found = NerPersonRecognizer._trimmed(text, start, start + len(name), words)
    assert found is not None
    assert text[found[0] : found[1]] == name


@pytest.mark.parametrize(
    ("span", "kept"),
    [
        ("Vorgang Jana Kowalski", "Jana Kowalski"),  # a first name follows the noun
        ("Akte Fischer, Anna-Lena", "Fischer, Anna-Lena"),
        ("El Masri", "El Masri"),  # a particle, no noun
        ("Kowalski", "Kowalski"),
        ("Lehmann, Kirchstr.", "Lehmann"),  # the address after the name is cut off
        ("Kowalski, Anna", "Kowalski, Anna"),
    ],
)
def test_a_noun_in_front_of_a_name_is_cut_off(span: str, kept: str | None) -> None:
    _, words = load_model(shipped_model_path())
    text = f"{span} wurde erwähnt."
    found = NerPersonRecognizer._trimmed(text, 0, len(span), words)
    assert (text[found[0] : found[1]] if found else None) == kept


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("Kinder: Bilderbuchkino", "Bilderbuchkino", False),  # two nouns, any ending
        ("Los 2: Wärmepumpentrockner", "Wärmepumpentrockner", False),  # three nouns, a trade's end
        ("Queue (Ticket-Queue „EWO“)", "Ticket-Queue", False),  # nouns joined by a hyphen
        ("Bisher gibt es keinen.", "Bisher", False),  # a function word
        ("Geändert haben sich:", "Geändert", False),  # a participle
        ("an Sonn- und Feiertagen", "Sonn", False),  # a word cut short
        ("Fundort: Doberaner Platz", "Doberaner", False),  # a street's name
        ("Tel-Nr. 0234 1234567", "Tel-Nr", False),  # a number's label
        ("Das Schreiben von Kurz kam gestern.", "Kurz", True),  # a stop word, a known name
        ("Mit freundlichen Grüßen\nIm Auftrag\nKistenmacher", "Kistenmacher", True),  # a trade
        ("Bitte bei Kowalski Platz nehmen.", "Kowalski", True),
        ("III Essen-West       71.930", "III Essen-West", False),  # a district's number
        ("Mo, Mi 8–12 Uhr; Do 8–12 und 14–18 Uhr", "Do", False),  # a weekday
        ("Rücksprache mit Kowalczyk am Montag.", "Kowalczyk", True),
        ("Das hat Gerhardt bestätigt.", "Gerhardt", True),  # a known name shaped as a participle
        # A capital company is a legal person, also when it bears its founder's name; a sole
        # trader's firm names its owner.
        ("Kovačević Haustechnik GmbH, Brückstraße", "Kovačević", False),
        ("die Wilhelm Brinkhoff Tiefbau GmbH & Co. KG", "Wilhelm Brinkhoff Tiefbau", False),
        ("Kovačević Haustechnik e.K., Brückstraße", "Kovačević", True),
        ("Termin mit Jens Kemper AG Essen", "Jens Kemper", True),  # the local court
        ("Das Gespräch mit El Amrani fand statt.", "El Amrani", True),  # a particle, no noun
        ("Sprechzeiten Di, Do 8–12", "Di, Do", False),  # days of the week
        ("über die A 40, Abfahrt Bochum-Stahlhausen", "Abfahrt Bochum-Stahlhausen", False),
        ("Bezirksbürgermeisterin Ehlers antwortet.", "Bezirksbürgermeisterin Ehlers", True),
        ("Das sagte Kollege Brinkmann-Sayed.", "Kollege Brinkmann-Sayed", True),  # a role
        ("Raum: Kl. 3b", "Kl", False),  # an abbreviation with its dot
        ("Wahlbezirk 12   | Stellv.    | Thi Mai Anh Pham", "Stellv", False),  # a noun abbreviated
        ("Urkunden (je 3 Ausf.) an Anzeigende", "Ausf", False),
        ("Darüber sprach ich mit Tetzlaff.) Dann", "Tetzlaff", True),  # begins no noun
        ("Darüber sprach ich mit Petrov. Danach", "Petrov", True),  # a sentence's end
        ('"-" "Mozilla/5.0 (iPhone)" upstream', "Mozilla", False),  # a program's version
        ('"ua": "Opera/9.80"', "Opera", False),
        ("Dzień dobry, guten Tag", "Dzień", False),  # a greeting in another language
        ("Phone +44 7700 900461. We live at Kirchweg 8.", "We", False),
        ("Entsorgung durch Remondis, Abholung montags", "Remondis", False),  # a firm's brand
        ("Wie mit Okonkwo am Telefon besprochen", "Okonkwo", True),
        # A district of a Ruhr city, with its town and compass parts; not a name the stocks know.
        ("4     Eving                     39.122      -204", "Eving", False),
        ("zwischen Bochum Hbf und Weitmar Kirche", "Weitmar", False),
        ("in Gelsenkirchen-Buer und Herne-Sodingen", "Gelsenkirchen-Buer", False),
        ("Die Bezirksbürgermeisterin von Wattenscheid-Mitte", "Wattenscheid-Mitte", False),
        ("Rückfrage bei Bergen wegen Stiepel", "Bergen", True),  # a town, and a surname
        # A lone district or town as a sentence's subject is a surname as often.
        ("Hassel hat den Antrag am Montag zurückgezogen.", "Hassel", True),
        ("Laut Bergheim ist die Zahlung erfolgt.", "Bergheim", True),
        ("Haltestellen: Bulmke-Hüllen, Alt-Walsum", "Bulmke-Hüllen", False),
        ("Sonderpreis für „Gerthe hilft“", "Gerthe", False),
        ("geboren in Thessaloniki (Griechenland)", "Thessaloniki", True),  # a lone town stays
        # Another firm's name or a floor after a person leaves the person.
        ("Teilnehmer:\nJerzy Kowalczyk Vonovia SE", "Jerzy Kowalczyk", True),
        ("Büro von Jerzy Kowalczyk UG, Raum 014", "Jerzy Kowalczyk", True),
        ("Gebr. Schürmann Elektrotechnik KG, Dortmund", "Schürmann Elektrotechnik", False),
    ],
)
def test_the_filter_drops_words_that_name_no_person(text: str, word: str, kept: bool) -> None:
    _, words = load_model(shipped_model_path())
    start = text.index(word)
    found = NerPersonRecognizer._trimmed(text, start, start + len(word), words)
    assert (found is not None) is kept


@pytest.mark.parametrize("text", NEGATIVE_CASES)
def test_finds_nothing_in_administrative_text(recognizer: NerPersonRecognizer, text: str) -> None:
    assert names_in(recognizer, text) == []


def test_reusing_presidios_tokens_gives_the_same_names(recognizer: NerPersonRecognizer) -> None:
    text = "Wie mit Kowalczyk besprochen: Rückruf an Dariusz Wróblewski, Kopie an Frau Pham."
    engine = BlankGermanNlpEngine()
    engine.load()
    artifacts = engine.process_text(text, "de")

    reused = recognizer.analyze(text, ["PERSON"], artifacts)
    own = recognizer.analyze(text, ["PERSON"], None)

    assert [(r.start, r.end) for r in reused] == [(r.start, r.end) for r in own]
    assert len(own) == 3


def test_recognizer_is_optional() -> None:
    with_ner = {type(r).__name__ for r in default_recognizers()}
    without = {type(r).__name__ for r in default_recognizers(use_ner=False)}

    assert with_ner - without == {"NerPersonRecognizer"}


def test_generator_is_deterministic_for_a_seed() -> None:
    first = generate(2026, 3)
    again = generate(2026, 3)
    other = generate(7, 3)

    assert first == again
    assert first != other
    for item in first:
        for start, end in item.spans:
            name = item.text[start:end]
            assert name and name.strip() == name


@pytest.mark.parametrize(
    ("word", "noun"),
    [
        ("Feuerlöscher", True),
        ("Passwörter", True),  # an inflected form
        ("Wasserversorgungstechnik", True),  # a compound with a noun's joint
        ("Müller", False),  # a noun, but also a surname
        ("Koch", False),
        ("Baumbach", False),  # a compound surname without a noun's joint
        ("Sven", False),
        ("Stadtförsterei", True),  # a compound of two nouns
        ("Auslandsgeburten", True),  # with a linking "s"
        ("Bergmann", False),  # a surname ends in "mann", "berg", "bach" …
        ("Rosenbaum", False),
        ("Ostertag", False),  # "Ost|ertag": parts too short to count
        ("Gerlinde", False),
        ("Gottschalk", False),  # Wiktionary's surname, made of nouns
        ("Eisenhauer", False),  # a surname's last part ends like no abstract noun
        ("Salzgitter", False),  # a town
        ("Vorgangsnummer", True),
        ("Maßgeblich", False),  # an adjective: the model's filter drops it by its ending
    ],
)
def test_noun_lexicon_knows_nouns_that_are_no_names(word: str, noun: bool) -> None:
    assert is_lexicon_noun(word) is noun


def test_a_name_ends_at_the_line_break(recognizer: NerPersonRecognizer) -> None:
    # The model ran on from a form's value into the next line's label.
    text = (
        "Person 1\n  Familienname:         Schulte-Bockholt\n  Vornamen:             Annika Marie\n"
        "  Geburtsdatum:         22.01.1988"
    )
    assert all("\n" not in name and "Vornamen" not in name for name in names_in(recognizer, text))


def test_noun_lexicon_is_built_once_when_threads_ask_together(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The worker's activity threads start redacting together; each building its own copy
    # once cost a quarter of a gigabyte.
    from concurrent.futures import ThreadPoolExecutor

    from redaction.recognizers import noun_lexicon

    monkeypatch.setattr(noun_lexicon, "_nouns", None)
    with ThreadPoolExecutor(4) as pool:
        lexicons = list(pool.map(lambda _: noun_lexicon.german_nouns(), range(4)))
    assert all(lexicon is lexicons[0] for lexicon in lexicons)
