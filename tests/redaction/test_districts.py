"""A city's own district list (``RATHAUS_REDACTION__DISTRICTS_FILE``) next to the Ruhr's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import make_settings

from core.errors import ConfigurationError
from core.settings import RedactionSettings
from rathaus.wiring import Components
from redaction.recognizers.districts import read_districts, use_city_districts
from redaction.recognizers.ner_person_recognizer import (
    NerPersonRecognizer,
    load_model,
    shipped_model_path,
)
from redaction.recognizers.noun_lexicon import is_district

KASSEL = """\
# Stadtteile der Stadt Kassel (Auszug)
Rothenditmold
Jungfernkopf   # mit Kommentar
Philippinenhof-Warteberg

Bad Wilhelmshöhe
"""


@pytest.fixture(autouse=True)
def no_city_list() -> Iterator[None]:
    """The list is process-wide: every test starts and ends without one."""
    use_city_districts(())
    yield
    use_city_districts(())


def test_reads_one_district_a_line_with_comments(tmp_path: Path) -> None:
    path = tmp_path / "stadtteile.txt"
    path.write_text(KASSEL, encoding="utf-8")

    assert read_districts(path) == {
        "rothenditmold",
        "jungfernkopf",
        "philippinenhof-warteberg",
        "bad",
        "wilhelmshöhe",
    }


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("Rothenditmold;Wesertor", "'Rothenditmold;Wesertor'"),
        ("Bezirk 12", "'12'"),
        ("Nord_Holland", "'Nord_Holland'"),
        ("Nord---Holland", "'Nord---Holland'"),
    ],
)
def test_anything_but_a_name_is_refused_with_its_line(
    tmp_path: Path, line: str, shown: str
) -> None:
    path = tmp_path / "stadtteile.txt"
    path.write_text(f"Rothenditmold\n{line}\n", encoding="utf-8")

    with pytest.raises(ConfigurationError, match=rf"line 2: {shown} is not a district's name"):
        read_districts(path)


def test_a_name_too_short_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "stadtteile.txt"
    path.write_text("Ab\n", encoding="utf-8")

    with pytest.raises(ConfigurationError, match="line 1: 'Ab' is too short"):
        read_districts(path)


def test_dotted_names_and_short_words_of_a_longer_name(tmp_path: Path) -> None:
    path = tmp_path / "stadtteile.txt"
    path.write_text("St.-Tönis\nAm Wall\n", encoding="utf-8")

    assert read_districts(path) == {"st.-tönis", "wall"}


def test_a_missing_or_binary_file_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="cannot read district list"):
        read_districts(tmp_path / "fehlt.txt")
    binary = tmp_path / "stadtteile.txt"
    binary.write_bytes(b"\xff\xfe\x00Rothenditmold")
    with pytest.raises(ConfigurationError, match="cannot read district list"):
        read_districts(binary)


def test_the_name_models_filter_drops_the_citys_own_districts() -> None:
    _, words = load_model(shipped_model_path())
    text = "4     Rothenditmold             7.912      +38"
    start = text.index("Rothenditmold")

    def kept() -> bool:
        found = NerPersonRecognizer._trimmed(text, start, start + len("Rothenditmold"), words)
        return found is not None

    assert kept()  # a word the lists do not know may be a surname
    use_city_districts({"rothenditmold"})
    assert is_district("Rothenditmold")
    assert not kept()


def test_a_listed_name_the_name_stocks_know_stays_a_name() -> None:
    use_city_districts({"schmidt", "rothenditmold"})

    assert not is_district("Schmidt")
    assert is_district("Rothenditmold")


def test_the_setting_loads_the_list_for_the_redactor(tmp_path: Path) -> None:
    path = tmp_path / "stadtteile.txt"
    path.write_text(KASSEL, encoding="utf-8")
    settings = make_settings(tmp_path, redaction=RedactionSettings(districts_file=path))
    components = Components(settings)
    try:
        text = "Haltestellen: Rothenditmold, Jungfernkopf, Philippinenhof-Warteberg"
        assert components.redactor.redact(text).text == text
    finally:
        components.close()


def test_a_bad_list_stops_the_redactor_from_being_built(tmp_path: Path) -> None:
    path = tmp_path / "stadtteile.txt"
    path.write_text("Rothenditmold\n<script>\n", encoding="utf-8")
    settings = make_settings(tmp_path, redaction=RedactionSettings(districts_file=path))
    components = Components(settings)
    try:
        with pytest.raises(ConfigurationError, match="line 2"):
            _ = components.redactor
    finally:
        components.close()
