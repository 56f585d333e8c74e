"""Scoring: our evaluate.py follows ANNOTATION.md and agrees with the shared score.py."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from chainkg.cli import main
from chainkg.evaluate import Tally, format_table, score, score_document

DEV = Path(__file__).parent / "fixtures" / "dev"
SHARED_SCORER = Path("/work/shared/eval/score.py")


def gold(name: str) -> dict:
    return json.loads((DEV / f"{name}.gold.json").read_text(encoding="utf-8"))


def test_gold_scored_against_itself_is_perfect():
    stem = "seed-hebei-daily-2024-02-24"
    scores = score(DEV / f"{stem}.gold.json", {stem: gold(stem)})
    assert [scores.f1(k) for k in ("entities", "relations", "facts")] == [1.0, 1.0, 1.0]


def test_entities_match_on_an_alias_and_an_alt_type():
    g = {"entities": [{"id": "g", "name": "中国工业互联网研究院", "type": "Organization",
                       "alt_types": ["GovernmentBody"], "aliases": ["工业互联网研究院"]}]}
    p = {"entities": [{"id": "p", "name": "工业互联网研究院", "type": "GovernmentBody"}]}
    tally = Tally()
    assert score_document(g, p, tally) == []
    assert tally["entities", "tp"] == 1


def test_optional_items_are_neither_required_nor_penalised():
    g = {"entities": [{"id": "g", "name": "张晓鹏", "type": "Person", "optional": True}],
         "relations": [], "facts": []}
    for pred in ({"entities": []}, {"entities": [{"id": "p", "name": "张晓鹏", "type": "Person"}]}):
        tally = Tally()
        score_document(g, pred, tally)
        assert tally["entities", "fp"] == tally["entities", "fn"] == 0


def test_cooperation_matches_in_either_direction_and_facts_within_half_a_percent():
    ents = [{"id": "a", "name": "甲公司", "type": "Company"},
            {"id": "b", "name": "乙公司", "type": "Company"}]
    g = {"entities": ents, "relations": [{"s": "a", "p": "cooperatesWith", "o": "b"}],
         "facts": [{"s": "a", "value": 1000, "unit": "家"}]}
    p = {"entities": ents, "relations": [{"s": "b", "p": "cooperatesWith", "o": "a"}],
         "facts": [{"s": "a", "value": 1004, "unit": "家"}]}
    tally = Tally()
    assert score_document(g, p, tally) == []
    assert tally["relations", "tp"] == tally["facts", "tp"] == 1


def test_a_missing_prediction_counts_every_gold_item_as_missed():
    stem = "dev-nev"
    scores = score(DEV / f"{stem}.gold.json", {})
    assert scores.tally["entities", "tp"] == 0
    assert scores.tally["entities", "fn"] > 0
    assert "ENTITIES" in format_table(scores)


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="the shared scorer is not here")
def test_chainkg_evaluate_prints_the_table_of_score_py(tmp_path, capsys):
    assert main(["extract", *map(str, sorted(DEV.glob("*.txt"))), "--out", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["evaluate", str(DEV)]) == 0
    ours = capsys.readouterr().out.strip().splitlines()
    theirs = subprocess.run([sys.executable, str(SHARED_SCORER), str(DEV), str(tmp_path)],
                            capture_output=True, text=True, check=True).stdout
    theirs = theirs.strip().splitlines()
    assert ours[-1] == theirs[-1]
    totals = [line for line in ours if re.match(r"(ENTITIES|RELATIONS|FACTS) ", line)]
    assert totals == [line for line in theirs if re.match(r"(ENTITIES|RELATIONS|FACTS) ", line)]
    assert ours == theirs


SECOND = Path(__file__).parent / "fixtures" / "second-annotator"


@pytest.mark.parametrize(("gold_set", "f1s"), [
    ("blind-9", (0.921, 0.894, 0.811)),
    ("blind-10", (0.964, 0.907, 0.879)),
])
def test_two_careful_annotators_agree_at_the_figures_of_the_readme(gold_set, f1s):
    """The second annotation scored as a prediction: the ceiling the builder aims at."""
    folder = SECOND / gold_set
    second = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")}
    scores = score(Path(__file__).parent / "fixtures" / gold_set, second)
    assert tuple(round(scores.f1(k), 3) for k in ("entities", "relations", "facts")) == f1s
    assert scores.tally["entities", "fn"] == 0  # every required entity found by both
