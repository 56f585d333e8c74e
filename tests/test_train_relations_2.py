"""The second relation training set: four more articles on the patterns that failed.

tests/fixtures/train-relations-2/ holds four articles with gold written before the
builder's output was looked at (see SOURCES.md there), each in another newspaper register
(a 新华社 wire, a 河北日报 feature, a 天津日报 brief with a list, a 北京日报 question and
answer explainer), with places and names unlike the dev, held-out and first training
texts. They exercise the same general patterns in new wording: dash-lists of signed
projects, joint ventures (双方合资成立的C in the sentence that names both parties) and
subsidiaries carrying the founder's trade name, sub-parks (石景山园, 丰台园), 科学城,
co-issued policies and three co-founders, universities and their schools, districts that
beat the province of a company's name, short-form partners, names holding 和 (诺和康), 与
or 及, event names opening with a chain label that holds 和, product nouns (加工中心) and
user firms (a glass maker buying machine tools, a steel group using robots, a fund
manager) that are not chain firms.

Seven gold decisions were revised after the first run, each to follow a convention of
the earlier gold rather than the builder: a park whose sentence says it gathers chain
firms is in the chain (2), a builder in a park settles there (3, as in the held-out gold),
a production base elsewhere does not relocate a company (2, as in the first training
set); a university named only inside its school's name is no entity (held-out gold).

First measured on 2026-11-26: entities 0.924, relations 0.819, facts 0.596 (F1).
After the general fixes: entities 0.986, relations 0.937, facts 0.709. The entity and
relation floors are those scores rounded down to 0.05; the fact floor is one step lower
because fact extraction was being changed by other work at the time.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chainkg.evaluate import format_table, normalise_name, score
from chainkg.model import ENTITY_TYPES, PREDICATES
from chainkg.pipeline import extract_path, to_annotation

TRAIN = Path(__file__).parent / "fixtures" / "train-relations-2"
ARTICLES = sorted(TRAIN.glob("*.txt"))

FLOORS = {"entities": 0.95, "relations": 0.90, "facts": 0.65}


def gold(article: Path) -> dict:
    return json.loads(article.with_suffix(".gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scores():
    predictions = {a.stem: to_annotation(extract_path(a)) for a in ARTICLES}
    return score(TRAIN, predictions)


def test_the_set_has_four_annotated_articles_of_news_length():
    assert len(ARTICLES) == 4
    for article in ARTICLES:
        text = article.read_text(encoding="utf-8")
        assert 1800 <= len(text) <= 2500, article.name
        assert "训练语料" in text, article.name
        assert gold(article)["doc"] == article.stem


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.stem)
def test_gold_is_well_formed_and_names_what_the_text_says(article):
    annotation = gold(article)
    text = normalise_name(article.read_text(encoding="utf-8"))
    ids = [e["id"] for e in annotation["entities"]]
    assert len(ids) == len(set(ids))
    for entity in annotation["entities"]:
        assert {entity["type"], *entity["alt_types"]} <= set(ENTITY_TYPES), entity
        for name in (entity["name"], *entity["aliases"]):
            assert normalise_name(name) in text, name
    for relation in annotation["relations"]:
        assert relation["p"] in PREDICATES, relation
        assert relation["s"] in ids and relation["o"] in ids, relation
    for fact in annotation["facts"]:
        assert fact["s"] in ids and fact["qualifier"] in {"=", ">", "<", "~"}, fact
        assert isinstance(fact["value"], int | float) and fact["unit"], fact


@pytest.mark.parametrize("kind", FLOORS)
def test_training_f1_stays_above_its_floor(scores, kind):
    assert scores.f1(kind) >= FLOORS[kind], "\n" + format_table(scores)


def test_every_dash_listed_project_is_signed_at_its_event(scores):
    assert scores.tally.prf("signedAt")[1] == 1.0, "\n" + format_table(scores)


def test_every_joint_venture_and_subsidiary_is_a_branch_of_its_parents(scores):
    assert scores.tally.prf("branchOf")[1] == 1.0, "\n" + format_table(scores)
