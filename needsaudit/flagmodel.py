"""A small text model of need statements, beside the council's phrase rules (quality.py).

The phrase rules find what their phrases and grammar name; practitioners write needs in more
ways than any list holds ("needs a PRU place", "Mum to do the Freedom", "wud benefit from
SALT"). The model reads a statement as character n-grams (within words, 2 to 5 characters)
and word n-grams (1 and 2 words), weighted by TF-IDF, and gives the probability of each label
(specific, service, assessment, universal) by a multinomial logistic regression. It was trained
by ``python -m bench train-flags`` (bench/train_flags.py) on hand-labelled need statements, and
ships as package data (``flagmodel.json.gz``): the n-gram vocabulary, idf, weights, intercepts,
the thresholds above which a flag is raised (chosen by cross-validation on the training sets),
and where it came from (the training sets' hashes and the commit).

Bounded before any work: only the first ``MAX_CHARACTERS`` characters of a statement are read
(a slogan or a service is said in its first words), so a hostile cell of 32,767 characters
costs what a sentence does.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Set
from dataclasses import dataclass
from functools import cache
from typing import Any

from . import packaged

MAX_CHARACTERS = 300
CHAR_NGRAMS = (2, 5)
WORD_NGRAMS = (1, 2)
MODEL_FILE = "flagmodel.json.gz"
_WORDS = re.compile(r"\b\w\w+\b")  # as scikit-learn's token_pattern: two or more characters


def normalise(text: str) -> str:
    """The part of ``text`` the model reads: the first ``MAX_CHARACTERS`` characters once
    runs of white space are made one space, in lower case. Only a bounded slice of the input
    is ever looked at."""
    head = text[: MAX_CHARACTERS * 8]  # bounded before any work: at most 8 spaces a character
    return " ".join(head.split())[:MAX_CHARACTERS].lower()


def char_grams(text: str) -> Counter[str]:
    """Character n-grams within words, each word padded with a space either side (as
    scikit-learn's ``char_wb``): "needs a" gives " n", "ne", ..., " a", "a ", " a "."""
    low, high = CHAR_NGRAMS
    out: Counter[str] = Counter()
    for word in text.split():
        padded = f" {word} "
        for n in range(low, min(high, len(padded)) + 1):
            out.update(padded[i : i + n] for i in range(len(padded) - n + 1))
    return out


def word_grams(text: str) -> Counter[str]:
    """Words of two or more characters, and each pair of neighbouring words."""
    words = _WORDS.findall(text)
    out: Counter[str] = Counter(words)
    if WORD_NGRAMS[1] >= 2:
        out.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return out


def grams(text: str) -> list[Counter[str]]:
    """The n-gram counts of each block of features (characters, words) of normalised text."""
    return [char_grams(text), word_grams(text)]


def tfidf_row(
    blocks: list[Counter[str]], vocabulary: list[dict[str, int]], idf: list[float]
) -> dict[int, float]:
    """One statement's features: for each block, sublinear term frequency (1 + log count)
    times idf over the n-grams in the vocabulary, scaled to unit length within the block.
    Feature indices run on from one block's vocabulary to the next."""
    row: dict[int, float] = {}
    offset = 0
    for counts, vocab in zip(blocks, vocabulary, strict=True):
        part = {}
        for gram, count in counts.items():
            j = vocab.get(gram)
            if j is not None:
                part[offset + j] = (1.0 + math.log(count)) * idf[offset + j]
        norm = math.sqrt(sum(v * v for v in part.values()))
        if norm > 0:
            row.update((j, v / norm) for j, v in part.items())
        offset += len(vocab)
    return row


@dataclass(frozen=True, slots=True)
class FlagModel:
    labels: tuple[str, ...]  # "specific", "service", "assessment", "universal"
    vocabulary: list[dict[str, int]]  # per block: n-gram -> index within the block
    idf: list[float]
    weights: list[list[float]]  # feature -> one weight per label
    intercepts: list[float]
    thresholds: dict[str, float]  # label -> the probability from which it is flagged
    # label -> the probability of "specific" from which the rules' flag of that label is
    # withdrawn: the model near certain the statement says who, what for, when or where.
    withdraw: dict[str, float]
    about: dict[str, Any]  # where the model came from: sets' hashes, commit, measurements

    def probabilities(self, text: str) -> dict[str, float]:
        """The probability of each label for a need statement (read only in part: see
        ``normalise``)."""
        return self.read(text)[0]

    def read(self, text: str) -> tuple[dict[str, float], bool]:
        """The probability of each label, and whether the model knows a word of the
        statement (the last block of features: words). Without one, the probabilities are
        its intercepts and a few fragments of characters: the model has not read the
        statement (Welsh, or words it never met), and judges nothing."""
        blocks = grams(normalise(text))
        words = self.vocabulary[-1] if self.vocabulary else {}
        known = any(w in words for w in blocks[-1])
        row = tfidf_row(blocks, self.vocabulary, self.idf)
        scores = list(self.intercepts)
        for j, v in row.items():
            w = self.weights[j]
            for k in range(len(scores)):
                scores[k] += w[k] * v
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        # Rounded so that a last-digit difference between machines never moves a flag.
        p = {label: round(e / total, 6) for label, e in zip(self.labels, exps, strict=True)}
        return p, known

    def judge(self, text: str, ruled_out: Set[str] = frozenset()) -> tuple[set[str], set[str]]:
        """The labels the model flags in ``text``, and those whose flag by the rules it
        withdraws; ``ruled_out``: labels the rules' grammar rules out (quality.ruled_out)."""
        p, known = self.read(text)
        return self.decide(p, ruled_out, known)

    def decide(
        self, p: dict[str, float], ruled_out: Set[str] = frozenset(), known: bool = True
    ) -> tuple[set[str], set[str]]:
        """From the probabilities: the labels raised (the probability reaches the label's
        threshold and the label is not ruled out; never "specific"), and those withdrawn (the
        probability of "specific" reaches the label's ``withdraw``); nothing where the model
        knows no word of the statement (``read``)."""
        if not known:
            return set(), set()
        raised = {k for k, t in self.thresholds.items() if p[k] >= t and k not in ruled_out}
        withdrawn = {k for k, t in self.withdraw.items() if p["specific"] >= t} - raised
        return raised, withdrawn

    def to_json(self) -> dict[str, Any]:
        return {
            "format": 1,
            "labels": list(self.labels),
            "blocks": [{"vocabulary": sorted(v, key=v.__getitem__)} for v in self.vocabulary],
            "idf": self.idf,
            "weights": self.weights,
            "intercepts": self.intercepts,
            "thresholds": self.thresholds,
            "withdraw": self.withdraw,
            "about": self.about,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FlagModel:
        if data.get("format") != 1:
            raise ValueError("unknown flag model format")
        vocabulary = [{g: i for i, g in enumerate(b["vocabulary"])} for b in data["blocks"]]
        size = sum(map(len, vocabulary))
        labels = tuple(data["labels"])
        weights = [[float(x) for x in w] for w in data["weights"]]
        if len(data["idf"]) != size or len(weights) != size:
            raise ValueError("flag model: vocabulary, idf and weights differ in length")
        if any(len(w) != len(labels) for w in weights) or len(data["intercepts"]) != len(labels):
            raise ValueError("flag model: a weight per label expected")
        if "specific" not in labels or not {
            *data["thresholds"],
            *data["withdraw"],
        } <= {*labels}:
            raise ValueError("flag model: thresholds for labels it does not have")
        return cls(
            labels,
            vocabulary,
            [float(x) for x in data["idf"]],
            weights,
            [float(x) for x in data["intercepts"]],
            {str(k): float(v) for k, v in data["thresholds"].items()},
            {str(k): float(v) for k, v in data["withdraw"].items()},
            dict(data.get("about", {})),
        )

    def dumps(self) -> bytes:
        """The model as package data (the same model gives the same bytes)."""
        return packaged.dumps(self.to_json())

    @classmethod
    def loads(cls, data: bytes) -> FlagModel:
        return cls.from_json(packaged.loads(data))


@cache
def shipped() -> FlagModel | None:
    """The model shipped with the package, read once; None when it is not there (the phrase
    rules then work alone)."""
    data = packaged.read(MODEL_FILE)
    return None if data is None else FlagModel.loads(data)
