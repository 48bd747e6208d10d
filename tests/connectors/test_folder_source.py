"""The watched intake folder: only settled files, hidden ones never, moves without clobbering."""

from __future__ import annotations

import os
import time
from pathlib import Path

from connectors.folder_source import FolderSource


def _age(path: Path, seconds: float) -> None:
    past = time.time() - seconds
    os.utime(path, (past, past))


def test_only_settled_visible_files_are_fetched_oldest_first(tmp_path: Path) -> None:
    source = FolderSource(tmp_path, max_bytes=1000, settle_seconds=5)
    (tmp_path / "b.pdf").write_bytes(b"%PDF-b")
    (tmp_path / "a.txt").write_bytes(b"Antrag a")
    (tmp_path / "fresh.pdf").write_bytes(b"%PDF-still-being-written")
    (tmp_path / ".hidden").write_bytes(b"x")
    (tmp_path / "scan.pdf.part").write_bytes(b"x")
    (tmp_path / "verarbeitet").mkdir()
    (tmp_path / "verarbeitet" / "old.pdf").write_bytes(b"%PDF-old")
    _age(tmp_path / "b.pdf", 60)
    _age(tmp_path / "a.txt", 30)
    for name in (".hidden", "scan.pdf.part", "verarbeitet/old.pdf"):
        _age(tmp_path / name, 60)

    files = source.fetch(limit=10)

    assert [f.filename for f in files] == ["b.pdf", "a.txt"]
    assert files[0].data == b"%PDF-b" and files[0].size == 6
    assert source.fetch(limit=1)[0].filename == "b.pdf"


def test_oversized_files_are_listed_without_their_bytes(tmp_path: Path) -> None:
    source = FolderSource(tmp_path, max_bytes=10, settle_seconds=0)
    (tmp_path / "big.pdf").write_bytes(b"x" * 100)
    [big] = source.fetch(limit=5)
    assert big.data == b"" and big.size == 100 and len(big.content_sha256) == 64


def test_moving_keeps_both_files_when_a_name_repeats(tmp_path: Path) -> None:
    source = FolderSource(tmp_path, max_bytes=1000, settle_seconds=0)
    for content in (b"first", b"second"):
        (tmp_path / "antrag.pdf").write_bytes(content)
        source.move("antrag.pdf", "verarbeitet")
    moved = sorted(p.read_bytes() for p in (tmp_path / "verarbeitet").iterdir())
    assert moved == [b"first", b"second"]
    source.move("antrag.pdf", "verarbeitet")  # already gone: no error
    assert "beschreibbar" in source.check()
