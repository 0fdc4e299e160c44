"""The need-type model suggest reads kinds of need with: what it is, where it came from, that
it reads a case as suggest does, and that training it again gives it back."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from bench import train_types
from bench.handwritten import EVAL_DIR, EvalAudit, build_audit, load_audit
from bench.quality import _cases, _trained_on
from needsaudit import grouping, needtypes
from needsaudit.audit import read_setup
from needsaudit.grouping import CaseRecord, NeedRow
from needsaudit.needtypes import TypeModel, case_bag, profiles, shipped


def model() -> TypeModel:
    m = shipped()
    assert m is not None
    return m


def case(story: str, *needs: tuple[str, str]) -> CaseRecord:
    rows = [NeedRow(who, "", need, "", None, "", "", "") for who, need in needs]
    return CaseRecord("k", "K1", story, rows, [], "", "", None, "", "")


def bag(c: CaseRecord) -> dict[str, float]:
    return case_bag(*grouping.text_bags(c))


def test_the_model_ships_and_says_where_it_came_from() -> None:
    data = resources.files("needsaudit").joinpath(needtypes.MODEL_FILE).read_bytes()
    assert len(data) < 400_000
    m = model()
    mapping = json.loads(train_types.PATTERN_TYPES.read_text("utf-8"))
    assert set(m.types) == set(mapping["kinds"].values())
    trained_on = m.about["trained_on"]
    assert list(trained_on) == sorted(mapping["audits"])
    for name, info in trained_on.items():  # the audits as they are now: retrain when they change
        digest = hashlib.sha256((EVAL_DIR / name / "audit.json").read_bytes()).hexdigest()
        assert info["sha256"] == digest, f"{name} changed: python -m bench train-types"
    assert len(m.about["commit"]) >= 40


def test_every_pattern_of_every_mapped_audit_has_a_kind() -> None:
    mapping = json.loads(train_types.PATTERN_TYPES.read_text("utf-8"))
    for name, kinds in mapping["audits"].items():
        audit = json.loads((EVAL_DIR / name / "audit.json").read_text("utf-8"))
        assert {c["pattern"] for c in audit["cases"]} == set(kinds), name
        assert set(kinds.values()) <= set(mapping["kinds"]), name


def test_training_again_gives_the_shipped_model_back() -> None:
    fresh = train_types.fresh(train_types.load())
    assert train_types.compare(model(), fresh) == []
    # ...and the comparison would say so if it did not
    nudged = [list(row) for row in fresh.weights]
    nudged[0][0] += 0.01
    assert train_types.compare(model(), replace(fresh, weights=nudged)) == [
        "The shipped model's weights differ from a fresh training by 0.01."
    ]
    renamed = replace(fresh, types=(*fresh.types[:-1], "Another kind"))
    assert train_types.compare(model(), renamed) == [
        "The shipped model's kinds differ from a fresh training."
    ]
    moved = replace(fresh, about={**fresh.about, "trained_on": {}})
    assert train_types.compare(model(), moved) == [
        "The shipped model was trained on other sets (their hashes differ)."
    ]


def test_a_model_file_that_does_not_fit_is_refused() -> None:
    good = model().to_json()
    for bad in (
        {**good, "format": 2},
        {**good, "idf": good["idf"][:-1]},
        {**good, "intercepts": good["intercepts"][:-1]},
        {**good, "vocabulary": [good["vocabulary"][0], *good["vocabulary"][:-1]]},
    ):
        with pytest.raises(ValueError):
            TypeModel.from_json(bad)
    assert TypeModel.loads(model().dumps()) == model()


def test_cases_read_as_the_kinds_they_are_written_as() -> None:
    """Written here, in words of no training audit's case; each reads like its own kind."""
    cases = {
        "Recovering from domestic abuse": case(
            "Mum left her violent partner last spring after years of DV; he is on bail with a "
            "non-molestation order. The children still startle at raised voices.",
            ("Mother", "Mum needs to feel safe in the new flat and sleep through the night"),
        ),
        "Children caring for a parent": case(
            "Dad has MS and uses a wheelchair. His 12 year old daughter helps him wash and "
            "dress every morning and does the shopping, and is late for school most days.",
            ("Child", "needs time with friends and some of the caring taken off her"),
        ),
        "Teenagers at risk outside the home": case(
            "15, going missing overnight, found in another county with cash and two phones. "
            "Older males giving him lifts. CCE concerns, NRM referral made.",
            ("Child", "Needs to stop going missing and get away from the older males"),
        ),
    }
    p = model().probabilities([bag(c) for c in cases.values()])
    assert [model().types[i] for i in p.argmax(axis=1)] == list(cases)
    block, likely = profiles([bag(c) for c in cases.values()])
    assert likely == list(cases)
    assert np.allclose(np.linalg.norm(block, axis=1), 1.0)


def test_a_case_of_no_known_word_gets_no_kind() -> None:
    """Not the commonest kind by default: nothing at all, so it is near no kind's cases."""
    p = model().probabilities([{}, {"zzqx": 3.0}, bag(case("Mum drinks every day."))])
    assert not p[0].any() and not p[1].any() and p[2].sum() == pytest.approx(1, abs=1e-5)
    block, likely = profiles([{}, {"zzqx": 3.0}])
    assert not block.any() and likely == ["", ""]


def test_a_case_is_read_alone() -> None:
    """A case's kinds do not depend on the other cases of the audit, or their order."""
    a, b = bag(case("Dad is in prison; the boy is angry at school.")), bag(case("Baby of 3 weeks"))
    together = model().probabilities([a, b, a])
    assert np.array_equal(together[0], model().probabilities([a])[0])
    assert np.array_equal(together[0], together[2])


def test_without_the_model_suggest_reads_the_rest() -> None:
    with needtypes.using(None):
        block, likely = profiles([bag(case("Mum drinks every day."))])
    assert block.shape == (1, 0) and likely == [""]


def test_the_trainer_reads_a_case_as_suggest_reads_it_from_the_shuffle(tmp_path: Path) -> None:
    """Trained from audit.json; suggest reads shuffle.xlsx: the same words and themes."""
    full = load_audit(EVAL_DIR / "kestermouth" / "audit.json")
    audit = EvalAudit("kestermouth", full.cases[:12])
    folder = build_audit(tmp_path, audit)
    merged = {c.key: bag(c) for c in _cases(read_setup(folder), folder)}
    from_json = dict(
        zip(
            [c.ref.casefold() for c in audit.cases],
            train_types.bags(train_types.records(audit)),
            strict=True,
        )
    )
    assert merged == from_json


def test_the_bench_measures_a_training_audit_with_a_model_that_never_saw_it(
    tmp_path: Path,
) -> None:
    path = EVAL_DIR / "marlbeck" / "audit.json"
    assert _trained_on(path) == "marlbeck"
    other = tmp_path / "audit.json"
    other.write_text(path.read_text("utf-8") + "\n", "utf-8")
    assert _trained_on(other) == ""
    without = train_types.without("marlbeck")
    assert "marlbeck" not in json.dumps(without.about)
    assert set(without.vocabulary) != set(model().vocabulary)
