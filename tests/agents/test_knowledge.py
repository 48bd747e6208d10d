"""The knowledge base: article files, sections, German terms, and the shipped articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from agents.knowledge import (
    DEFAULT_KNOWLEDGE_DIR,
    MAX_SECTION_CHARS,
    TermAnalyzer,
    fold,
    load_articles,
    read_article,
    sections,
)
from core.catalogue import load_catalogue
from core.errors import KnowledgeBaseError

GOOD = """---
title: "Gewerbe anmelden"
source_url: "https://www.gesetze-im-internet.de/gewo/__14.html"
as_of: "2026-11-15"
topics: ["gewerbe", "anmeldung"]
services: ["gewerbe_anmeldung"]
---
# Gewerbe anmelden

Wer ein Gewerbe beginnt, zeigt es beim Gewerbeamt an.

## Wer muss anmelden?
Jede Person, die ein stehendes Gewerbe beginnt.

## Kosten
Die Gebühr richtet sich nach der Gebührensatzung.
"""


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_an_article_is_read_with_its_front_matter(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "gewerbeanmeldung.md", GOOD))
    assert article.slug == "gewerbeanmeldung"
    assert article.title == "Gewerbe anmelden"
    assert article.as_of == "2026-11-15"
    assert article.topics == ("gewerbe", "anmeldung")
    assert article.services == ("gewerbe_anmeldung",)
    assert len(article.sha256) == 64


def test_sections_are_cut_at_second_level_headings(tmp_path: Path) -> None:
    parts = sections(read_article(write(tmp_path, "a.md", GOOD)))
    assert [(s.heading, s.ordinal) for s in parts] == [
        ("Überblick", 0),
        ("Wer muss anmelden?", 1),
        ("Kosten", 2),
    ]
    assert parts[0].text == "Wer ein Gewerbe beginnt, zeigt es beim Gewerbeamt an."
    assert parts[1].id == "a#1"


def test_a_long_section_is_split_at_paragraphs(tmp_path: Path) -> None:
    paragraph = "Ein Satz über die Gewerbeanmeldung. " * 12
    long_text = GOOD + "\n## Lang\n" + "\n\n".join([paragraph] * 8)
    parts = sections(read_article(write(tmp_path, "a.md", long_text)))
    long_parts = [s for s in parts if s.heading == "Lang"]
    assert len(long_parts) > 1
    assert all(len(s.text) <= MAX_SECTION_CHARS for s in long_parts)


BROKEN = [
    ("Bad Name.md", GOOD, "Dateiname"),
    ("a.md", "# Kein Kopf\n\nText " * 10, "Kopfdaten (--- … ---) fehlen"),
    ("a.md", "---\ntitle: [unclosed\n---\nText", "kein gültiges YAML"),
    ("a.md", GOOD.replace('title: "Gewerbe anmelden"\n', ""), "ohne title"),
    ("a.md", GOOD.replace('"2026-11-15"', '"15.11.2026"'), "as_of ist kein Datum"),
    ("a.md", GOOD.replace("https://www.gesetze", "ftp://www.gesetze"), "source_url"),
    ("a.md", GOOD.replace('["gewerbe", "anmeldung"]', '"gewerbe"'), "Listen"),
    ("a.md", GOOD.split("# Gewerbe anmelden")[0], "keinen Text"),
    ("a.md", GOOD.encode("utf-8").replace(b"\xc3\xbc", b"\xfc"), "UTF-8"),
]


@pytest.mark.parametrize(("name", "text", "message"), BROKEN)
def test_a_malformed_article_is_named_with_its_problem(
    tmp_path: Path, name: str, text: str | bytes, message: str
) -> None:
    with pytest.raises(KnowledgeBaseError) as caught:
        read_article(write(tmp_path, name, text))
    assert name in str(caught.value)
    assert message in str(caught.value)


def test_an_empty_or_missing_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="keine Artikel"):
        load_articles(tmp_path)
    with pytest.raises(KnowledgeBaseError, match="kein Verzeichnis"):
        load_articles(tmp_path / "missing")


def test_umlauts_fold_to_their_ascii_spelling() -> None:
    assert fold("Gebühr für Außengastronomie") == "gebuehr fuer aussengastronomie"
    assert fold("Gebuehr") == fold("Gebühr")


def test_compounds_are_split_into_parts_the_vocabulary_knows() -> None:
    analyzer = TermAnalyzer.for_texts(["Das Gewerbe und der Schein", "Die Anmeldung"])
    terms = analyzer.terms("Gewerbeschein")
    assert "gewerb" in terms and "schein" in terms
    assert {"gewerb", "anmeld"} <= set(analyzer.terms("Gewerbeanmeldung"))
    # Unknown parts are not invented.
    assert analyzer.terms("Quittungsblock") == [analyzer.terms("Quittungsblock")[0]]


REQUIRED_TOPICS = [
    "gewerbeanmeldung",
    "gewerbeummeldung",
    "gewerbeabmeldung",
    "freie-berufe",
    "handelsregister",
    "transparenzregister",
    "ihk-mitgliedschaft",
    "meisterpflicht",
    "gaststaettenerlaubnis",
    "aussengastronomie-sondernutzung",
    "bewachungsgewerbe-34a",
    "makler-bautraeger-34c",
    "versicherungsvermittler-34d",
    "finanzanlagenvermittler-34f",
    "nutzungsaenderung",
    "werbeanlagen",
    "lebensmittelbetrieb-registrierung",
    "gewerbesteuer",
    "lokale-steuern-abgaben",
    "kfw-startgeld",
    "nrw-mikrodarlehen",
    "gruendungsstipendium-nrw",
    "gruendungszuschuss",
    "einstiegsgeld",
    "beratungsprogramm-wirtschaft-nrw",
    "buergschaftsbank-nrw",
    "startercenter-nrw",
    "wirtschafts-service-portal-nrw",
    "aufenthaltsrecht-selbststaendige",
    "unternehmensnachfolge",
    "gewerbeflaechen-gruenderzentren",
]


def test_the_shipped_knowledge_base_covers_the_advisors_topics() -> None:
    articles = load_articles(DEFAULT_KNOWLEDGE_DIR)
    slugs = {a.slug for a in articles}
    assert len(articles) >= 40
    assert set(REQUIRED_TOPICS) <= slugs
    catalogue = load_catalogue()
    for article in articles:
        assert article.source_url.startswith("https://"), article.slug
        assert article.as_of.startswith("2026-"), article.slug
        assert set(article.services) <= set(catalogue.ids), article.slug
        headings = [s.heading for s in sections(article)]
        assert len(headings) >= 3, article.slug
        assert headings[-1] == "Zuständig und weitere Informationen", article.slug
