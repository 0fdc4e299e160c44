"""The need-statement model shipped beside the phrase rules: what it is, where it came from,
that it reads only a bounded slice of a statement, and that training it again gives it back."""

from __future__ import annotations

import hashlib
from importlib import resources

import pytest

from bench.handwritten import EVAL_DIR
from bench.train_flags import FLAGS, HELD_OUT, LABELS, TRAINING_SETS, load, run
from needsaudit import defaults, flagmodel, quality
from needsaudit.audit import Phrase
from needsaudit.flagmodel import MAX_CHARACTERS, FlagModel, char_grams, normalise, shipped
from needsaudit.quality import NeedChecker


def model() -> FlagModel:
    m = shipped()
    assert m is not None
    return m


def test_the_model_ships_small_and_says_where_it_came_from() -> None:
    data = resources.files("needsaudit").joinpath(flagmodel.MODEL_FILE).read_bytes()
    assert len(data) < 200_000  # well under the 1 MB a package file may weigh
    m = model()
    assert m.labels == LABELS
    assert set(m.thresholds) == set(m.withdraw) == set(FLAGS)
    assert all(0.3 <= t <= 1.01 for t in [*m.thresholds.values(), *m.withdraw.values()])
    trained_on = m.about["trained_on"]
    assert list(trained_on) == list(TRAINING_SETS) and HELD_OUT not in trained_on
    for name, info in trained_on.items():  # the sets as they are now: retrain when they change
        digest = hashlib.sha256((EVAL_DIR / name / "needs.json").read_bytes()).hexdigest()
        assert info["sha256"] == digest, f"{name} changed: python -m bench train-flags"
    assert len(m.about["commit"]) >= 40


def test_the_held_out_set_is_never_trained_on() -> None:
    with pytest.raises(ValueError, match="held out"):
        load((*TRAINING_SETS, HELD_OUT))


def test_character_ngrams_within_padded_words() -> None:
    assert char_grams("ab") == {" a": 1, "ab": 1, "b ": 1, " ab": 1, "ab ": 1, " ab ": 1}
    grams = char_grams("needs salt")
    assert grams[" salt"] == grams["salt "] == 1 and grams["s s"] == 0  # never across words
    assert max(map(len, grams)) == 5


def test_only_a_bounded_slice_is_read() -> None:
    m = model()
    text = "Needs counselling " * 20
    assert len(normalise(text * 1000)) == MAX_CHARACTERS
    assert m.probabilities(text) == m.probabilities(text + "x" * 30_000)
    assert m.probabilities(text) == m.probabilities(text + " safe" * 6_000)
    assert normalise("  Needs \n\t  SALT  ") == "needs salt"
    assert normalise(" " * 32_767) == ""
    assert sum(m.probabilities("").values()) == pytest.approx(1, abs=1e-5)


def test_a_model_file_that_does_not_fit_is_refused() -> None:
    good = model().to_json()
    with pytest.raises(ValueError):
        FlagModel.from_json({**good, "format": 2})
    with pytest.raises(ValueError):
        FlagModel.from_json({**good, "idf": good["idf"][:-1]})
    with pytest.raises(ValueError):
        FlagModel.from_json({**good, "thresholds": {"other": 0.5}})
    assert FlagModel.loads(model().dumps()) == model()


def test_without_the_model_the_rules_work_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quality.flagmodel, "shipped", lambda: None)
    checker = NeedChecker.from_setup([Phrase(p, k) for p, k in defaults.PHRASES], 0)
    assert checker.codes("Needs counselling") == ("service-terms",)
    assert checker.codes("Needs safe appropriate adults around him") == ()


@pytest.mark.slow
def test_training_again_gives_the_shipped_model() -> None:
    """Deterministic: the trainer (cross-validation, thresholds, training, pruning) run on the
    committed sets gives back the committed model, to the last digits of floating point."""
    lines = run(check=True)
    assert lines[-1] == "The shipped model matches a fresh training."


def test_a_statement_the_model_knows_no_word_of_is_not_judged() -> None:
    """Without a known word the probabilities are the intercepts and fragments of characters
    (here 0.41 for an assessment, over its threshold): the model judges nothing."""
    m = model()
    p, known = m.read("qwerty asdf zxcv")
    assert not known and p["assessment"] >= m.thresholds["assessment"]
    assert m.judge("qwerty asdf zxcv") == (set(), set())
    assert m.judge("") == (set(), set())
    assert m.judge("Needs counselling")[0] == {"service"}
