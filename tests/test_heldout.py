"""The held-out set: five articles written after the rules, to see how they generalise.

tests/fixtures/heldout/ holds five news-style articles, each with a gold annotation
written before the builder's output was looked at (see SOURCES.md there). Measured
blind on 2026-11-26 they scored entities 0.883, relations 0.663, facts 0.472 (F1):
the rules written against tests/fixtures/dev did not generalise. The failure patterns
found here were then fixed with general rules (each illustrated in the unit tests with
invented names), so this set is no longer blind: it now guards those fixes against
regressions. tests/fixtures/blind/ (tests/test_blind.py) is the set nobody tuned on.

The floors are the F1 scores after the fixes, rounded down to 0.05. The issue's targets
for unseen text are entities 0.85, relations 0.70, facts 0.80.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chainkg.evaluate import format_table, normalise_name, score
from chainkg.model import ENTITY_TYPES, PREDICATES
from chainkg.pipeline import extract_path, to_annotation

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
ARTICLES = sorted(HELDOUT.glob("*.txt"))

# Blind, 2026-11-26: entities 0.883, relations 0.663, facts 0.472 (F1 over all five).
# After the generalisation fixes: entities 0.979, relations 0.916, facts 0.944.
FLOORS = {"entities": 0.95, "relations": 0.90, "facts": 0.90}


def gold(article: Path) -> dict:
    return json.loads(article.with_suffix(".gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scores():
    predictions = {a.stem: to_annotation(extract_path(a)) for a in ARTICLES}
    return score(HELDOUT, predictions)


def test_the_set_has_five_annotated_articles_of_news_length():
    assert len(ARTICLES) == 5
    for article in ARTICLES:
        text = article.read_text(encoding="utf-8")
        assert 1500 <= len(text) <= 3500, article.name
        assert "评测语料(留出集)" in text, article.name
        assert gold(article)["doc"] == article.stem


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.stem)
def test_gold_is_well_formed_and_names_what_the_text_says(article):
    annotation = gold(article)
    text = normalise_name(article.read_text(encoding="utf-8"))
    ids = [e["id"] for e in annotation["entities"]]
    assert len(ids) == len(set(ids))
    for entity in annotation["entities"]:
        assert {entity["type"], *entity["alt_types"]} <= set(ENTITY_TYPES), entity
        assert normalise_name(entity["name"]) in text, entity["name"]
    for relation in annotation["relations"]:
        assert relation["p"] in PREDICATES, relation
        assert relation["s"] in ids and relation["o"] in ids, relation
    for fact in annotation["facts"]:
        assert fact["s"] in ids and fact["qualifier"] in {"=", ">", "<", "~"}, fact
        assert isinstance(fact["value"], int | float) and fact["unit"], fact


@pytest.mark.parametrize("kind", FLOORS)
def test_heldout_f1_stays_above_its_floor(scores, kind):
    assert scores.f1(kind) >= FLOORS[kind], "\n" + format_table(scores)
