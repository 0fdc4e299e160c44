"""Kinds of need that audits keep finding, learnt from hand-written audits (issue 15).

Audit groups in different authorities meet many of the same kinds of need: the aftermath of
domestic abuse, a parent's mental ill-health, neglect where a parent drinks or uses drugs,
teenagers exploited outside the home, a disabled child and an exhausted family, young carers...
What words say so is learnt, not listed: a multinomial logistic regression reads each case's
words and themes (the ones suggest already counts, ``grouping.text_bags``) and gives the
probability of each kind. It was trained by ``python -m bench train-types``
(bench/train_types.py) on the hand-written audits in bench/eval, each audit's own patterns
mapped by hand to the shared kinds (bench/pattern_types.json), and ships as package data
(``typemodel.json.gz``) with the audits' hashes and the commit.

suggest uses the probabilities as one more block of each case's features (``types``): two
cases a reader would put in the same kind are near, however differently they are written.
Kinds the model has not met (a pattern of an audit's own) still group by the words, themes and
lists; a case none of whose words the model knows gets no kind at all, not a guess.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import sparse

from . import packaged

FloatArray = npt.NDArray[np.float64]

MODEL_FILE = "typemodel.json.gz"
THEME = "theme:"  # a theme's key in a case's bag, beside its words
LIKELY = 0.5  # a case "reads like" a kind when the model gives it at least this probability


def case_bag(words: Mapping[str, float], themes: Mapping[str, float]) -> dict[str, float]:
    """What the model reads of a case: its weighted words and its themes, in one bag. The
    trainer and suggest both build it here, so they read a case the same way."""
    bag = {t: v for t, v in words.items() if v > 0}
    bag.update({THEME + t: v for t, v in themes.items() if v > 0})
    return bag


@dataclass(frozen=True)
class TypeModel:
    types: tuple[str, ...]  # the kinds' names, as the Suggestions sheet shows them
    vocabulary: dict[str, int]
    idf: list[float]
    weights: list[list[float]]  # one row per vocabulary term, one weight per kind
    intercepts: list[float]
    about: dict[str, Any]  # where it came from: the audits' hashes, the commit, settings

    def features(self, bags: Sequence[Mapping[str, float]]) -> sparse.csr_matrix:
        """TF-IDF of the known terms (sublinear counts), each row unit length; sparse, as a
        case uses a few dozen of the terms (10,000 cases would be 200 MB dense)."""
        rows: list[int] = []
        cols: list[int] = []
        values: list[float] = []
        for row, bag in enumerate(bags):
            known = sorted(
                (col, math.log1p(value) * self.idf[col])
                for term, value in bag.items()
                if value > 0 and (col := self.vocabulary.get(term)) is not None
            )
            norm = math.sqrt(sum(v * v for _, v in known)) or 1.0
            for col, value in known:
                rows.append(row)
                cols.append(col)
                values.append(value / norm)
        return sparse.csr_matrix(
            (values, (rows, cols)), shape=(len(bags), len(self.vocabulary)), dtype=np.float64
        )

    def probabilities(self, bags: Sequence[Mapping[str, float]]) -> FloatArray:
        """Each case's probability of each kind; a row of zeros for a case with no known
        term (the intercepts alone would say every such case is the commonest kind)."""
        x = self.features(bags)
        weights = np.asarray(self.weights, dtype=np.float64).reshape(
            len(self.vocabulary), len(self.types)
        )
        z = np.asarray(x @ weights) + np.asarray(self.intercepts)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        p[np.diff(x.indptr) == 0] = 0.0
        # Six places: the same on every machine whatever order BLAS adds in.
        out: FloatArray = np.round(p, 6)
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "format": 1,
            "types": list(self.types),
            "vocabulary": sorted(self.vocabulary, key=self.vocabulary.__getitem__),
            "idf": self.idf,
            "weights": self.weights,
            "intercepts": self.intercepts,
            "about": self.about,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TypeModel:
        if data.get("format") != 1:
            raise ValueError("unknown need-type model format")
        types = tuple(str(t) for t in data["types"])
        vocabulary = {str(t): i for i, t in enumerate(data["vocabulary"])}
        weights = [[float(x) for x in row] for row in data["weights"]]
        if len(vocabulary) != len(data["vocabulary"]):
            raise ValueError("need-type model: a term twice in its vocabulary")
        if len(data["idf"]) != len(vocabulary) or len(weights) != len(vocabulary):
            raise ValueError("need-type model: vocabulary, idf and weights differ in length")
        if any(len(row) != len(types) for row in weights) or len(data["intercepts"]) != len(types):
            raise ValueError("need-type model: a weight per kind expected")
        return cls(
            types,
            vocabulary,
            [float(x) for x in data["idf"]],
            weights,
            [float(x) for x in data["intercepts"]],
            dict(data.get("about", {})),
        )

    def dumps(self) -> bytes:
        """The model as package data (the same model gives the same bytes)."""
        return packaged.dumps(self.to_json())

    @classmethod
    def loads(cls, data: bytes) -> TypeModel:
        return cls.from_json(packaged.loads(data))


@cache
def shipped() -> TypeModel | None:
    """The model shipped with the package, read once; None when it is not there (suggest then
    groups by everything else)."""
    data = packaged.read(MODEL_FILE)
    return None if data is None else TypeModel.loads(data)


# The model suggest uses: the shipped one, unless the bench measures an audit with a model
# that was not trained on it (bench/train_types.py, leave one audit out).
_override: list[TypeModel | None] = []


class using:
    """``with needtypes.using(model):`` suggest reads kinds with ``model`` (None: none)."""

    def __init__(self, model: TypeModel | None) -> None:
        self.model = model

    def __enter__(self) -> None:
        _override.append(self.model)

    def __exit__(self, *exc: object) -> None:
        _override.pop()


def current() -> TypeModel | None:
    return _override[-1] if _override else shipped()


def profiles(bags: Sequence[Mapping[str, float]]) -> tuple[FloatArray, list[str]]:
    """The ``types`` block (each case's square-rooted probabilities, unit length: near for
    cases likely the same kind) and the kind each case most likely is ("" when no kind has
    LIKELY probability). An empty block when there is no model."""
    model = current()
    if model is None:
        return np.zeros((len(bags), 0)), [""] * len(bags)
    p = model.probabilities(bags)
    likely = [
        model.types[int(row.argmax())] if len(row) and row.max() >= LIKELY else "" for row in p
    ]
    block = np.sqrt(p)
    norms = np.linalg.norm(block, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: FloatArray = block / norms
    return out, likely
