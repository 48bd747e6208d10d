"""The pattern recognizer base that runs Presidio's patterns with Python's ``re``."""

from __future__ import annotations

import pytest
from presidio_analyzer import Pattern, PatternRecognizer

from redaction.recognizers import default_recognizers
from redaction.recognizers.aktenzeichen_recognizer import AktenzeichenRecognizer
from redaction.recognizers.patterns import StdlibPatternRecognizer

CUE = r"(?<![\w-])(?:Az\.|Aktenzeichen|Unser[ ]Zeichen|Zeichen)"


class _Checked(StdlibPatternRecognizer):
    """Numbers after a cue; an even last digit validates, a 0 invalidates."""

    def __init__(self, anchored: bool) -> None:
        super().__init__(
            supported_entity="TEST",
            patterns=[
                Pattern("cue number", rf"{CUE}:?[ ]\d+", 0.5),
                Pattern("cue word", rf"{CUE}:?[ ][A-Z]\w+", 0.4),
            ],
            name="Checked",
            anchors={"cue number": f"(?={CUE})", "cue word": f"(?={CUE})"} if anchored else None,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if not pattern_text[-1].isdigit() else int(pattern_text[-1]) % 2 == 0

    def invalidate_result(self, pattern_text: str) -> bool | None:
        return pattern_text.endswith("0")


TEXTS = [
    "Az.: 123 und Unser Zeichen 4711, Aktenzeichen Bauamt; Zeichen 8",
    "Unser Zeichen: 40 · Az. 12 · xAz. 14 · Zeichen Meier",
    "",
    "Aktenzeichen",
]


@pytest.mark.parametrize("text", TEXTS)
def test_anchored_scan_finds_what_the_full_scan_finds(text: str) -> None:
    def spans(recognizer: StdlibPatternRecognizer) -> list[tuple[int, int, float, str | None]]:
        return sorted(
            (
                r.start,
                r.end,
                r.score,
                r.analysis_explanation and r.analysis_explanation.pattern_name,
            )
            for r in recognizer.analyze(text, ["TEST"])
        )

    assert spans(_Checked(anchored=True)) == spans(_Checked(anchored=False))


def test_results_are_built_as_presidio_builds_them() -> None:
    text = TEXTS[0]
    ours = _Checked(anchored=True)
    presidio = PatternRecognizer(
        supported_entity="TEST",
        patterns=ours.patterns,
        name="Checked",
        supported_language="de",
        global_regex_flags=ours.global_regex_flags,
    )
    presidio.validate_result = ours.validate_result  # type: ignore[method-assign]
    presidio.invalidate_result = ours.invalidate_result  # type: ignore[method-assign]

    def view(results: list) -> list[tuple]:
        return sorted(
            (r.entity_type, r.start, r.end, r.score, r.analysis_explanation.validation_result)
            for r in results
        )

    found = ours.analyze(text, ["TEST"])
    assert view(found) == view(presidio.analyze(text, ["TEST"]))
    # "123" and "4711" fail validation (odd), "8" validates to the maximum score.
    assert sorted((text[r.start : r.end], r.score) for r in found) == [
        ("Aktenzeichen Bauamt", 0.4),
        ("Zeichen 8", 1.0),
    ]


def test_an_anchor_for_an_unknown_pattern_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown patterns"):
        StdlibPatternRecognizer(
            supported_entity="TEST",
            patterns=[Pattern("one", r"\d+", 0.5)],
            name="Broken",
            anchors={"two": r"(?=\d)"},
        )


def test_a_look_behind_of_varying_width_falls_back_to_regex() -> None:
    recognizer = StdlibPatternRecognizer(
        supported_entity="TEST",
        patterns=[Pattern("after a label", r"(?<=(?:Tel|Telefon):[ ]*)\d+", 0.5)],
        name="Wide",
    )
    found = recognizer.analyze("Telefon:   0234 und Tel:1", ["TEST"])
    assert [(r.start, r.end) for r in found] == [(11, 15), (24, 25)]


def test_other_flags_than_compiled_are_refused() -> None:
    with pytest.raises(ValueError, match="compiled for flags"):
        _Checked(anchored=False).analyze("Az. 12", ["TEST"], regex_flags=2)


def test_every_own_pattern_recognizer_runs_on_re() -> None:
    ours = [r for r in default_recognizers() if isinstance(r, PatternRecognizer)]
    own = [r for r in ours if type(r).__module__.startswith("redaction.")]
    assert own, "no pattern recognizers found"
    assert all(isinstance(r, StdlibPatternRecognizer) for r in own)


def test_file_numbers_are_found_at_every_cue_of_a_run() -> None:
    # Cues inside a longer cue ("Unser Aktenzeichen") and several on one line.
    text = "Unser Aktenzeichen: 50.22-88173, Kassenzeichen 5100 2026 0047 11 und Az. 231/25 SB"
    found = sorted(
        text[r.start : r.end] for r in AktenzeichenRecognizer().analyze(text, ["DE_AKTENZEICHEN"])
    )
    assert found == ["231/25 SB", "50.22-88173", "5100 2026 0047 11"]


def test_a_pattern_with_needles_runs_only_where_one_of_them_stands() -> None:
    recognizer = StdlibPatternRecognizer(
        supported_entity="X",
        patterns=[Pattern("words", r"[a-z]+", 0.9), Pattern("digits", r"\d{4}", 0.9)],
        name="Needles",
        needles={"words": ("hundert", "tausend")},
    )
    # The needle is looked for in lower case; then the pattern runs on the whole text.
    found = recognizer.analyze("sieben HUNDERT 1984", ["X"])
    assert sorted((r.start, r.end) for r in found) == [(0, 6), (15, 19)]
    # Without a needle the pattern is skipped, though it would match.
    assert [(r.start, r.end) for r in recognizer.analyze("sieben 1984", ["X"])] == [(7, 11)]


def test_needles_for_an_unknown_pattern_are_refused() -> None:
    with pytest.raises(ValueError, match="needles for unknown patterns"):
        StdlibPatternRecognizer(
            supported_entity="X",
            patterns=[Pattern("a", r"a", 0.5)],
            name="Bad",
            needles={"b": ("x",)},
        )
