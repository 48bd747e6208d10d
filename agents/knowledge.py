"""The advisor's knowledge base: Markdown articles with front matter, cut into sections.

An article is one ``<slug>.md`` file::

    ---
    title: "Gewerbe anmelden"
    source_url: "https://…"
    as_of: "2026-11-15"
    topics: ["gewerbe", "anmeldung"]
    services: ["gewerbe_anmeldung"]     # optional: catalogue ids (responsible office)
    ---
    # Gewerbe anmelden
    Summary paragraph …
    ## Section
    …

The default knowledge base ships in ``agents/data/knowledge``; a city replaces it with its own
directory (``RATHAUS_ADVISOR__KNOWLEDGE_DIR``). Articles are cut at ``## `` headings: the text
before the first one becomes the section "Überblick", and a section longer than
``MAX_SECTION_CHARS`` is split at paragraph boundaries. Sections are what the retriever ranks
and what answers cite.

Also here: the German term analysis used by BM25 (umlaut folding, Snowball stemming, stop
words, and splitting compounds into parts the knowledge base knows).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

import yaml

from core.errors import KnowledgeBaseError

DEFAULT_KNOWLEDGE_DIR = Path(__file__).resolve().parent / "data" / "knowledge"
MAX_SECTION_CHARS = 1400
MAX_ARTICLE_BYTES = 512 * 1024
_SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,120}$")
_FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
_REQUIRED = ("title", "source_url", "as_of", "topics")
OVERVIEW = "Überblick"


@dataclass(frozen=True)
class Article:
    """One knowledge-base article as read from its file."""

    slug: str
    title: str
    source_url: str
    as_of: str
    topics: tuple[str, ...]
    services: tuple[str, ...]
    body: str
    sha256: str


@dataclass(frozen=True)
class Section:
    """A citable part of an article."""

    slug: str
    ordinal: int
    heading: str
    text: str

    @property
    def id(self) -> str:
        return f"{self.slug}#{self.ordinal}"


def read_article(path: Path) -> Article:
    """Parse one article file; ``KnowledgeBaseError`` names the file and what is wrong."""
    slug = path.stem
    if not _SLUG_RE.match(slug):
        raise KnowledgeBaseError(
            f"{path.name}: Dateiname muss ein Kürzel aus a-z, 0-9 und '-' sein"
        )
    raw = path.read_bytes()
    if len(raw) > MAX_ARTICLE_BYTES:
        raise KnowledgeBaseError(f"{path.name}: größer als {MAX_ARTICLE_BYTES // 1024} KB")
    try:
        text = raw.decode("utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError:
        raise KnowledgeBaseError(f"{path.name}: nicht in UTF-8 kodiert") from None
    match = _FRONT_MATTER_RE.match(text)
    if not match:
        raise KnowledgeBaseError(f"{path.name}: Kopfdaten (--- … ---) fehlen")
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path.name}: Kopfdaten sind kein gültiges YAML") from exc
    if not isinstance(meta, dict):
        raise KnowledgeBaseError(f"{path.name}: Kopfdaten sind keine Zuordnung")
    missing = [key for key in _REQUIRED if not meta.get(key)]
    if missing:
        raise KnowledgeBaseError(f"{path.name}: Kopfdaten ohne {', '.join(missing)}")
    as_of = meta["as_of"]
    if isinstance(as_of, str):
        try:
            as_of = date.fromisoformat(as_of)
        except ValueError:
            raise KnowledgeBaseError(f"{path.name}: as_of ist kein Datum (JJJJ-MM-TT)") from None
    if not isinstance(as_of, date):
        raise KnowledgeBaseError(f"{path.name}: as_of ist kein Datum (JJJJ-MM-TT)")
    source_url = str(meta["source_url"]).strip()
    if not source_url.startswith(("https://", "http://")):
        raise KnowledgeBaseError(f"{path.name}: source_url ist keine http(s)-Adresse")
    topics = meta["topics"]
    services = meta.get("services") or []
    if not isinstance(topics, list) or not isinstance(services, list):
        raise KnowledgeBaseError(f"{path.name}: topics und services müssen Listen sein")
    body = text[match.end() :].strip()
    if len(body) < 40:
        raise KnowledgeBaseError(f"{path.name}: der Artikel hat keinen Text")
    return Article(
        slug=slug,
        title=str(meta["title"]).strip(),
        source_url=source_url,
        as_of=as_of.isoformat(),
        topics=tuple(str(t).strip() for t in topics),
        services=tuple(str(s).strip() for s in services),
        body=body,
        sha256=hashlib.sha256(raw).hexdigest(),
    )


def article_paths(directory: Path) -> list[Path]:
    """The article files of a knowledge-base directory, sorted; hidden files are skipped."""
    if not directory.is_dir():
        raise KnowledgeBaseError(f"Wissensbasis {directory} ist kein Verzeichnis")
    return sorted(p for p in directory.glob("*.md") if not p.name.startswith((".", "_")))


def load_articles(directory: Path) -> list[Article]:
    """Read every article; one malformed file stops the load with its name and reason."""
    articles = [read_article(path) for path in article_paths(directory)]
    if not articles:
        raise KnowledgeBaseError(f"Wissensbasis {directory} enthält keine Artikel (*.md)")
    return articles


def sections(article: Article) -> list[Section]:
    """Cut an article at its ``## `` headings (text before the first: "Überblick")."""
    parts: list[tuple[str, str]] = []
    heading = OVERVIEW
    lines: list[str] = []
    for line in article.body.splitlines():
        if line.startswith("## "):
            parts.append((heading, "\n".join(lines)))
            heading, lines = line[3:].strip(), []
        elif line.startswith("# ") and not parts and not any(x.strip() for x in lines):
            continue  # the article title repeated as H1
        else:
            lines.append(line)
    parts.append((heading, "\n".join(lines)))
    result: list[Section] = []
    for heading, text in parts:
        for piece in _split_long(text.strip()):
            result.append(Section(article.slug, len(result), heading, piece))
    return result


def _split_long(text: str) -> list[str]:
    if not text:
        return []
    if len(text) <= MAX_SECTION_CHARS:
        return [text]
    pieces: list[str] = []
    current = ""
    for paragraph in re.split(r"\n\s*\n", text):
        if current and len(current) + len(paragraph) + 2 > MAX_SECTION_CHARS:
            pieces.append(current)
            current = paragraph
        else:
            current = f"{current}\n\n{paragraph}" if current else paragraph
    if current:
        pieces.append(current)
    return pieces


def plain(markdown: str) -> str:
    """Markdown to the plain text shown in snippets (links keep their text)."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", markdown)
    text = re.sub(r"[*_`]+", "", text)
    text = re.sub(r"^\s*[-+]\s+", "– ", text, flags=re.MULTILINE)
    return re.sub(r"[ \t]+", " ", text).strip()


# ---------------------------------------------------------------- German term analysis

_WORD_RE = re.compile(r"[a-z0-9§]+")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Words that carry no topic. Question words are kept out too: every question has them.
_STOP_WORDS_TEXT = """
    aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei bin
    bis bist da damit dann das dass dein deine dem den denn der des dessen die dies diese diesem
    diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es etwas euch
    euer fuer gibt hab habe haben hat hatte hier ich ihr ihre im in ist ja jede jedem jeden jeder
    kann kannst koennen koennte mal man mein meine meinem meinen meiner mich mir mit muss muessen
    nach nicht noch nun nur ob oder ohne sehr sein seine sich sie sind so soll sollte ueber um
    und uns unser unter vom von vor war waren was weil welche welchen welcher wenn wer werde
    werden wie wieder wir wird wo zu zum zur man bitte hallo danke gerne eigentlich genau
    brauche brauchen braucht ganz gut guten tag etwa schon
    the a an and or of to in for is are do does i my we you how what which can
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())


@cache
def _stemmer() -> object:
    import snowballstemmer

    return snowballstemmer.stemmer("german")


def fold(text: str) -> str:
    """Lower case, umlauts as ae/oe/ue, ß as ss, accents removed: "Gebühr" = "Gebuehr"."""
    text = text.lower().translate(_FOLD)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _stem_uncached(word: str) -> str:
    stemmed: str = _stemmer().stemWord(word)  # type: ignore[attr-defined]
    return stemmed


@lru_cache(maxsize=262_144)
def stem(word: str) -> str:
    """The Snowball stem of a folded word (cached: compound splitting stems many substrings)."""
    return _stem_uncached(word)


def words(text: str) -> list[str]:
    """Folded words without stop words, unstemmed (for compound splitting)."""
    return [w for w in _WORD_RE.findall(fold(text)) if w not in STOP_WORDS and len(w) > 1]


class TermAnalyzer:
    """Turns text into BM25 terms: stems plus the known parts of compounds.

    German glues nouns together: a question about the "Gewerbeschein" should find "Gewerbe"
    and an article on "Außengastronomie" should answer "Tische draußen vor dem Café" only
    through other words, but "Gastronomie" must match. A word of 8+ letters is split where both
    parts (with an optional linking s/es/n/en) are stems the vocabulary knows; the parts are
    added, the whole stem stays.
    """

    MIN_PART = 4

    def __init__(self, vocabulary: Iterable[str] = ()) -> None:
        self.vocabulary = frozenset(vocabulary)

    @classmethod
    def for_texts(cls, texts: Iterable[str]) -> TermAnalyzer:
        """An analyzer whose compound parts are the stems of ``texts`` (the knowledge base)."""
        vocabulary = {stem(w) for text in texts for w in words(text) if len(w) >= cls.MIN_PART}
        return cls(vocabulary)

    def terms(self, text: str, *, cache: bool = True) -> list[str]:
        """BM25 terms of ``text``; ``cache=False`` for user messages (the stem cache outlives
        conversations, and a user's words must not)."""
        stemmer = stem if cache else _stem_uncached
        result: list[str] = []
        for word in words(text):
            result.append(stemmer(word))
            if len(word) >= 2 * self.MIN_PART:
                result.extend(self._parts(word, stemmer))
        return result

    def _parts(self, word: str, stemmer: Callable[[str], str]) -> list[str]:
        # Cuts from the left: the first split found has the longest tail ("gewerbe|anmeldung").
        for cut in range(self.MIN_PART, len(word) - self.MIN_PART + 1):
            head, tail = word[:cut], word[cut:]
            tail_stem = stemmer(tail)
            if tail_stem not in self.vocabulary:
                continue
            for joint in ("", "s", "es", "n", "en"):
                if joint and not head.endswith(joint):
                    continue
                base = head[: len(head) - len(joint)] if joint else head
                if len(base) >= self.MIN_PART and stemmer(base) in self.vocabulary:
                    return [stemmer(base), tail_stem]
        return []
