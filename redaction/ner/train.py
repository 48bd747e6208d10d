"""Train the shipped German person-name model from the synthetic letters.

``spacy.blank("de")`` plus a small CNN ``tok2vec`` and an ``ner`` with one label, ``PER``, on CPU
with a fixed seed. The model is sized for the redactor's speed budget, not for the last point of
F-score: the whole redactor must stay above 150,000 characters per CPU-second, so the CNN is
narrow (width 32, depth 2, 5,000 hash rows per feature; about 550,000 characters per CPU-second
on its own) and the parser runs without its extra hidden layer. Writes the model and the
recognizer's word lists into the package (``redaction/models/de_rathaus_ner``, under 2 MB), where
``NerPersonRecognizer`` loads them. Needs the ``dev`` extra (Faker). Usage::

    python -m redaction.ner.train --seed 2026      # about 5 minutes on one core

The same seed, sizes and library versions reproduce the same files byte for byte.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redaction.ner import lexicon as lx
from redaction.ner import templates as t
from redaction.ner.generate import DEFAULT_SEED, LABEL, write
from redaction.ner.names import name_stocks
from redaction.recognizers.ner_person_recognizer import (
    COMMON_WORDS_FILE,
    COMPOUND_HEADS_FILE,
    MODEL_NAME,
)

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / MODEL_NAME
BATCH_SIZE = 16


@dataclass(frozen=True)
class ModelSize:
    """The knobs that trade accuracy for speed and file size."""

    width: int = 32
    depth: int = 2
    embed_rows: int = 5000
    maxout_pieces: int = 2
    # The parser's extra hidden layer more than doubles its cost for about a point of F.
    use_upper: bool = False


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F-score of ``PER`` on the evaluation split."""

    precision: float
    recall: float
    f: float


def build_pipeline(size: ModelSize) -> Any:
    """A blank German pipeline with an untrained tok2vec and ner."""
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe(
        "tok2vec",
        config={
            "model": {
                "@architectures": "spacy.HashEmbedCNN.v2",
                "pretrained_vectors": None,
                "width": size.width,
                "depth": size.depth,
                "embed_size": size.embed_rows,
                "window_size": 1,
                "maxout_pieces": size.maxout_pieces,
                "subword_features": True,
            }
        },
    )
    nlp.add_pipe(
        "ner",
        config={
            "model": {
                "@architectures": "spacy.TransitionBasedParser.v2",
                "state_type": "ner",
                "extra_state_tokens": False,
                "hidden_width": 64,
                "maxout_pieces": 2,
                "use_upper": size.use_upper,
                "nO": None,
                "tok2vec": {
                    "@architectures": "spacy.Tok2VecListener.v1",
                    "width": size.width,
                    "upstream": "tok2vec",
                },
            }
        },
    )
    ner: Any = nlp.get_pipe("ner")
    ner.add_label(LABEL)
    return nlp


def _examples(nlp: Any, path: Path) -> list[Any]:
    from spacy.tokens import DocBin
    from spacy.training import Example

    docs = DocBin().from_disk(path).get_docs(nlp.vocab)
    return [Example(nlp.make_doc(doc.text), doc) for doc in docs]


def _per_scores(nlp: Any, examples: list[Any]) -> Scores:
    scores = nlp.evaluate(examples).get("ents_per_type", {}).get(LABEL, {})
    return Scores(scores.get("p", 0.0), scores.get("r", 0.0), scores.get("f", 0.0))


def train(
    seed: int = DEFAULT_SEED,
    n_train: int = 20000,
    n_dev: int = 2000,
    epochs: int = 6,
    out: Path = MODEL_DIR,
    size: ModelSize | None = None,
) -> Scores:
    """Generate data, train, keep the epoch with the best dev F-score, write it to ``out``."""
    from thinc.api import fix_random_seed

    size = size or ModelSize()
    fix_random_seed(seed)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        train_path, dev_path = write(seed, n_train, n_dev, Path(tmp))
        nlp = build_pipeline(size)
        train_examples = _examples(nlp, train_path)
        dev_examples = _examples(nlp, dev_path)
    print(f"data: {len(train_examples)} train / {len(dev_examples)} dev docs")  # noqa: T201
    optimizer = nlp.initialize(lambda: train_examples[:200])
    order = random.Random(f"{seed}-order")
    best: tuple[float, bytes, Scores] | None = None
    for epoch in range(1, epochs + 1):
        order.shuffle(train_examples)
        losses: dict[str, float] = {}
        for start in range(0, len(train_examples), BATCH_SIZE):
            batch = train_examples[start : start + BATCH_SIZE]
            nlp.update(batch, drop=0.1, sgd=optimizer, losses=losses)
        with nlp.select_pipes(enable=["tok2vec", "ner"]), nlp.use_params(optimizer.averages):
            scores = _per_scores(nlp, dev_examples)
            weights = nlp.to_bytes(exclude=["vocab"])
        print(  # noqa: T201
            f"epoch {epoch}: loss {losses.get('ner', 0.0):.1f}  dev PER "
            f"P {scores.precision:.3f} R {scores.recall:.3f} F {scores.f:.3f}  "
            f"({time.perf_counter() - started:.0f} s)"
        )
        if best is None or scores.f > best[0]:
            best = (scores.f, weights, scores)
    assert best is not None
    _save(best[1], size, out, seed)
    return best[2]


def _save(weights: bytes, size: ModelSize, out: Path, seed: int) -> None:
    """The trained weights in a fresh pipeline, so training's strings do not ship."""
    final = build_pipeline(size)
    final.initialize()
    final.from_bytes(weights, exclude=["vocab"])
    final.meta.update(
        {
            "name": "rathaus_ner",
            "version": "0.1.0",
            "description": "German person names (PER) in letters to a city office; "
            f"trained on synthetic letters, seed {seed}",
            "license": "EUPL-1.2",
        }
    )
    if out.exists():
        shutil.rmtree(out)
    final.to_disk(out)
    write_word_lists(out)


def write_word_lists(out: Path) -> None:
    """The recognizer's word lists next to the model (they depend on the word data only)."""
    (out / COMMON_WORDS_FILE).write_text("\n".join(common_words()) + "\n", encoding="utf-8")
    (out / COMPOUND_HEADS_FILE).write_text("\n".join(compound_heads()) + "\n", encoding="utf-8")


def faker_cities() -> tuple[str, ...]:
    """German town names from Faker's ``de_DE`` data."""
    import importlib

    provider = importlib.import_module("faker.providers.address.de_DE").Provider
    cities: tuple[str, ...] = tuple(provider.cities)
    return cities


def _name_parts() -> set[str]:
    names: set[str] = set()
    for stock in name_stocks():
        for name in (*stock.male, *stock.female, *stock.surnames):
            names.update(part for part in name.replace("-", " ").split())
    return names


# Endings of German surnames beyond the stocks ("Baumgarten", "Kaltwasser", "Neubauer").
_SURNAME_HEADS = frozenset(
    (
        "garten",
        "brunnen",
        "wasser",
        "meister",
        "bauer",
        "schmied",
        "macher",
        "mann",
        "berger",
        "burger",
        "stein",
        "felder",
        "bach",
        "hofer",
        "hauser",
        "dorfer",
        "baum",
        "wald",
        "brink",
        "kamp",
        "horst",
        "holz",
        "hagen",
        "heimer",
        "thaler",
        "rather",
        "kötter",
        "winkel",
        "graben",
        "born",
        "wiese",
        "mühle",
        "müller",
        "schneider",
        "weber",
        "fischer",
        "becker",
        "wagner",
        "richter",
        "schäfer",
        "zimmermann",
        "krämer",
        "kaiser",
        "könig",
        "vogel",
        "fuchs",
        "engel",
        "winter",
        "sommer",
    )
)


def compound_heads() -> list[str]:
    """Lower-case nouns of five letters or more that end no first name or surname we know.

    A capitalised word ending in one of them after three more letters is taken for a compound
    noun ("Kindergeldbescheid", "Erstantrag"); heads that end names ("garten" in Baumgarten)
    are left out.
    """
    name_endings = {name[-k:].lower() for name in _name_parts() for k in range(5, len(name) + 1)}
    nouns = {*lx.NOUNS_M, *lx.NOUNS_F, *lx.NOUNS_N, *lx.PLURALS, *lx.HEADINGS}
    heads = {n.lower() for n in nouns if len(n) >= 5 and " " not in n}
    return sorted(heads - name_endings - _SURNAME_HEADS)


def common_words() -> list[str]:
    """Everyday nouns and words of the training letters that are nobody's name.

    The model still tags such a word now and then where a list or a heading looks like a row
    of names ("Eigentümer, Mieter und Verwalter", "A. Sachverhalt"); the recognizer drops a hit
    made only of these words. Words that are also first names or surnames in the name stocks
    ("Winter", "Richter") are left out, so they stay findable.
    """
    words = {
        *lx.NOUNS_M,
        *lx.NOUNS_F,
        *lx.NOUNS_N,
        *lx.PLURALS,
        *lx.HEADINGS,
        *lx.nominalised_verbs(),
        *(w.capitalize() for w in (*lx.ADJECTIVES, *lx.ADVERBS, *lx.VERBS)),
        *t.OFFICES,
        *t.ORGS,
        *t.BUILDINGS,
        *t.ROLES,
        *t.MONTHS,
        *t.WEEKDAYS,
        *lx.DEPARTMENTS,
        *lx.ABBREVIATIONS,
        *lx.BRANDS,
        *lx.BANKS,
        *lx.ENGLISH,
        *t.CITIES_EXTRA,
        *(part for city in faker_cities() for part in city.replace("-", " ").split()),
    }
    names = _name_parts()
    return sorted(w for w in words if " " not in w and w not in names and w[:1].isupper())


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Train the German person-name model.")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--n-train", type=int, default=20000)
    parser.add_argument("--n-dev", type=int, default=2000)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--width", type=int, default=ModelSize.width)
    parser.add_argument("--depth", type=int, default=ModelSize.depth)
    parser.add_argument("--embed-rows", type=int, default=ModelSize.embed_rows)
    parser.add_argument("--use-upper", action="store_true")
    args = parser.parse_args(argv)
    size = ModelSize(
        width=args.width, depth=args.depth, embed_rows=args.embed_rows, use_upper=args.use_upper
    )
    started = time.perf_counter()
    scores = train(args.seed, args.n_train, args.n_dev, args.epochs, args.out, size)
    print(  # noqa: T201
        f"best dev PER: P {scores.precision:.3f} R {scores.recall:.3f} F {scores.f:.3f}; "
        f"{time.perf_counter() - started:.0f} s; model in {args.out}"
    )


if __name__ == "__main__":
    main()
