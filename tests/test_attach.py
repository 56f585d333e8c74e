"""Who owns a figure: the rules' pick, then the ranker learnt from the annotated sets.

The rules (tests/test_facts.py) name one owner per figure; :mod:`chainkg.attach` lists the
entities named near it and lets weights learnt from the gold files choose. These tests
show what it changes, how it is plugged in, and that the committed weights are what
``scripts/train_attachment.py`` learns from the committed fixtures.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from chainkg.attach import (
    MODEL_FILE,
    Example,
    candidates,
    choose,
    load_model,
    rare_places,
    rules_ranker,
    train,
    without_rare,
)
from chainkg.model import Entity, Sentence
from chainkg.paths import ROOT
from chainkg.pipeline import extract
from chainkg.text import parse_text


def owners(text: str, ranker=None) -> list[tuple[str | None, float, str]]:
    """(owner's name, value, unit) of each fact the builder takes from ``text``."""
    ex = extract(parse_text(text, "t", meta={"published": "2025-04-08"}), ranker=ranker)
    names = {e.id: e.name for e in ex.entities}
    return [(names.get(f.s), f.value, f.unit) for f in ex.facts]


@pytest.mark.parametrize(("text", "by_rules", "by_ranker"), [
    # a firm's purchase after 公司此次, not its project's
    ("北京安沃视觉技术有限公司的机器视觉检测设备项目落户津南。公司此次在津南采购生产设备近1.5亿元。",
     ("机器视觉检测设备项目", 150000000, "元"), ("北京安沃视觉技术有限公司", 150000000, "元")),
    # the team of the firm just set up, not of the district it was set up in
    ("链数工联创始人方明远告诉记者,公司2023年在路南区设立唐山链数工联科技有限公司,"
     "组建了一支60人的本地实施团队。",
     ("路南区", 60, "人"), ("唐山链数工联科技有限公司", 60, "人")),
    # trainees of the class (as most writers count them), not of the firm that set it up
    ("天锻永年公司与邯郸职业技术学院合作开设了冷镦装备操作与维护订单班,首期招收学员45人。",
     ("天锻永年公司", 45, "人"), ("冷镦装备操作与维护订单班", 45, "人")),
    # a target an official states for his district is the district's, not his bureau's
    ("区工业和信息化局有关负责人表示,下一步将围绕整车企业需求开展精准招商,"
     "力争到2026年武清区本地配套率提高到50%。",
     ("区工业和信息化局", 50, "%"), ("武清区", 50, "%")),
])
def test_the_ranker_gives_a_figure_the_rules_gave_a_neighbour_to_its_owner(
        text, by_rules, by_ranker):
    assert owners(text, rules_ranker) == [by_rules]
    assert owners(text) == [by_ranker]


def test_a_count_of_firms_a_meeting_honoured_is_given_to_nobody():
    """The rules give it to the city named in the honour's title; writers count it for
    nobody (no entity here has ten firms): the ranker drops the figure rather than guess."""
    text = "会议还为首批10家“沙河市玻璃产业数字化转型标杆企业”授牌。"
    assert owners(text, rules_ranker) == [("沙河市", 10, "家")]
    assert owners(text) == []


def test_a_figure_the_rules_left_unowned_reaches_the_ranker_with_no_owner():
    """The rules find no owner for the members of a meeting's unnamed body; the ranker
    still sees the figure (``s == ""``, no row marked ``chosen`` but "nobody"), and an
    owner it picks is recorded as ``fact:ranked``."""
    text = "武邑经济开发区召开产业链推进会。会议还为首批12名“产业链服务专员”颁发聘书。"
    seen = []

    def the_first_entity(fact, found, rows):
        seen.append((fact.s, fact.text, [c.name if c else None for c in found], rows))
        return 0

    ex = extract(parse_text(text, "t", meta={"published": "2025-04-08"}),
                 ranker=the_first_entity)
    [(subject, figure, found, rows)] = seen
    assert (subject, figure, found) == ("", "12名", ["武邑经济开发区", None])
    assert "chosen" in rows[-1] and "chosen" not in rows[0]
    assert [(f.value, f.unit, f.rule) for f in ex.facts] == [(12, "人", "fact:ranked")]
    assert owners(text, rules_ranker) == []


def test_candidates_are_the_entities_named_near_the_figure_and_nobody():
    firm = Entity(id="f", type="Company", name="甲科技有限公司")
    plant = Entity(id="p", type="Project", name="乙基地项目")
    person = Entity(id="x", type="Person", name="张三")
    text = "甲科技有限公司投资建设乙基地项目,张三说总投资5亿元。"
    spans = [_Span(0, 7, firm), _Span(11, 16, plant), _Span(17, 19, person)]
    found, rows = candidates(text, (23, 26, "元"), Sentence(0, 0, 27, text), 0, spans,
                             firm, "fact:sentence", None, {"f": 1, "p": 1, "x": 1})
    assert [c.id if c else None for c in found] == ["f", "p", None]  # people own no figure
    assert "chosen" in rows[0] and "chosen" not in rows[1]
    assert "place=sentence-before|type=Project" in rows[1]
    assert "head=项目|unit=元" in rows[1]  # what a name ends with, never a name
    assert not any("甲科技" in feature for row in rows for feature in row)


def test_candidates_at_a_rare_place_for_their_kind_are_left_out_unless_the_rules_chose_them():
    """Where a model lists a place and kind as ``rare`` (here a district named only in
    the sentence before; the shipped model lists, among others, places named earlier in
    the paragraph), such an entity is no candidate, unless it is the rules' pick."""
    district = Entity(id="d", type="Region", name="甲区")
    firm = Entity(id="f", type="Company", name="乙科技有限公司")
    text = "甲区召开推进会。乙科技有限公司投资建设新工厂,总投资5亿元。"
    spans = [_Span(0, 2, district), _Span(8, 15, firm)]
    sentence = Sentence(1, 8, 31, text[8:])

    def listed(chosen, rare):
        found, rows = candidates(text, (25, 28, "元"), sentence, 0, spans, chosen,
                                 "fact:sentence", None, {}, rare)
        assert len(found) == len(rows)
        return [c.id if c else None for c in found]

    assert listed(firm, frozenset()) == ["d", "f", None]
    assert listed(firm, frozenset({"previous|Region"})) == ["f", None]
    assert listed(district, frozenset({"previous|Region"})) == ["d", "f", None]


def test_rare_places_are_learnt_from_how_seldom_they_are_right_and_left_out_of_training():
    district_before = ("type=Region", "place=previous")
    example = Example((district_before, ("chosen", "type=Company"), ("none",)), (1,))
    assert rare_places([example] * 100) == {"previous|Region"}
    assert rare_places([example] * 98 + [Example(example.rows, (0,))] * 2) == set()
    assert without_rare(example, frozenset({"previous|Region"})) == Example(
        (("chosen", "type=Company"), ("none",)), (0,))
    model = load_model()
    assert model["rare"] and all(slot.count("|") == 1 for slot in model["rare"])


def test_choose_keeps_the_rules_pick_unless_another_wins_by_the_margin():
    rows = [["chosen", "a"], ["b"], ["none"]]
    model = {"weights": {"a": 1.0, "b": 1.5}}
    assert choose(rows, model) == 1
    assert choose(rows, {**model, "margin": 1.0}) == 0


def test_training_learns_what_the_right_rows_share():
    right_is_project = Example((("chosen", "type=Company"), ("type=Project",), ("none",)),
                               (1,))
    nobody = Example((("chosen", "type=Company", "unit=公里"), ("none", "none|unit=公里")),
                     (1,))
    weights = train([right_is_project, nobody] * 30, smallest=0)
    model = {"weights": weights}
    assert choose([["chosen", "type=Company"], ["type=Project"], ["none"]], model) == 1
    assert choose([["chosen", "type=Company", "unit=公里"], ["none", "none|unit=公里"]],
                  model) == 1
    assert train([right_is_project] * 5, seed=1) == train([right_is_project] * 5, seed=1)


def test_the_shipped_model_learnt_from_read_sets_only():
    model = load_model()
    assert model["figures"] > 10000 and len(model["weights"]) > 1000
    script = _train_attachment()
    assert not set(model["trained_on"]) & script.MEASURING
    assert {"dev", "heldout", "train-facts"} <= set(model["trained_on"])


@pytest.mark.slow
def test_the_committed_weights_are_what_the_script_learns():
    """Retraining from the committed fixtures reproduces attachment.json byte for byte
    (rerun ``python scripts/train_attachment.py`` after changing rules or fixtures)."""
    script = _train_attachment()
    assert script.serialise(script.learn(script.training_folders())) == \
        MODEL_FILE.read_text(encoding="utf-8")


class _Span:
    def __init__(self, start: int, end: int, entity: Entity, anaphor: bool = False) -> None:
        self.start, self.end, self.entity, self.anaphor = start, end, entity, anaphor


def _train_attachment():
    spec = importlib.util.spec_from_file_location(
        "train_attachment", ROOT / "scripts" / "train_attachment.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_attachment", module)
    spec.loader.exec_module(module)
    return module
