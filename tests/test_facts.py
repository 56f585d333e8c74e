"""Numeric facts: which numbers count and which entity each is about.

The end-to-end score runs on the gold entities of each dev article (their names and
aliases found in the text), so it measures the fact rules alone; the scoring rule is
ANNOTATION.md's: same entity, same unit, value within 0.5%.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from chainkg.facts import extract_facts
from chainkg.model import Document, Entity, Fact, Mention
from chainkg.sentences import split_sentences
from chainkg.text import normalise, parse_text, read_article

DEV = Path(__file__).parent / "fixtures" / "dev"
SEED = "seed-hebei-daily-2024-02-24"


def gold_entities(doc: Document, gold: dict) -> list[Entity]:
    """The gold entities, each with a mention wherever its name or an alias occurs."""
    entities = []
    for record in gold["entities"]:
        mentions = []
        for name in {record["name"], *record.get("aliases", [])}:
            form = normalise(name)
            if len(form) < 2:
                continue
            at = doc.norm.find(form)
            while at >= 0:
                end = at + len(form)
                mentions.append(Mention(at, end, doc.text[at:end], record["type"], "gold"))
                at = doc.norm.find(form, at + 1)
        entities.append(Entity(id=record["id"], type=record["type"], name=record["name"],
                               aliases=tuple(record.get("aliases", [])),
                               mentions=tuple(sorted(mentions, key=lambda m: m.start))))
    return entities


def score(facts: list[Fact], gold: dict) -> tuple[int, int, int]:
    """True positives, false positives and false negatives, as eval/score.py counts them."""
    optional = {e["id"] for e in gold["entities"] if e.get("optional")}
    wanted = list(gold["facts"])
    used: set[int] = set()
    tp = fp = 0
    for fact in facts:
        hit = next((i for i, g in enumerate(wanted) if i not in used and g["s"] == fact.s
                    and g["unit"] == fact.unit
                    and abs(fact.value - g["value"]) <= 0.005 * abs(g["value"])), None)
        if hit is None:
            fp += 1
        else:
            used.add(hit)
            tp += wanted[hit]["s"] not in optional
    fn = sum(1 for i, g in enumerate(wanted) if i not in used and g["s"] not in optional)
    return tp, fp, fn


def facts_of(name: str) -> tuple[list[Fact], dict, Document]:
    gold = json.loads((DEV / f"{name}.gold.json").read_text(encoding="utf-8"))
    doc = read_article(DEV / f"{name}.txt")
    return extract_facts(doc, split_sentences(doc), gold_entities(doc, gold)), gold, doc


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def test_seed_facts_reach_f1_090():
    facts, gold, _ = facts_of(SEED)
    assert f1(*score(facts, gold)) >= 0.90


def test_all_dev_facts_reach_f1_080():
    total = [0, 0, 0]
    for path in sorted(DEV.glob("*.gold.json")):
        facts, gold, _ = facts_of(path.name.removesuffix(".gold.json"))
        total = [a + b for a, b in zip(total, score(facts, gold), strict=True)]
    assert f1(*total) >= 0.80, total


def test_fact_offsets_text_and_dates_follow_the_article():
    facts, _, doc = facts_of(SEED)
    for fact in facts:
        assert doc.text[fact.start:fact.end] == fact.text
        assert fact.rule.startswith("fact:") and fact.metric
    by_text = {f.text: f for f in facts}
    assert by_text["超千亿元"].date == "2023-11-29"
    assert by_text["超千亿元"].metric == "意向投资额"
    assert by_text["超千亿元"].qualifier == ">"
    assert by_text["10多家"].date == "2024-02-01"
    assert by_text["810亿元"].date == "2023"


# --- the rules one by one, on small texts of our own ---------------------------------

def entity(doc: Document, id_: str, type_: str, *names: str) -> Entity:
    mentions = tuple(Mention(i, i + len(n), n, type_, "test") for n in names
                     for i in range(len(doc.norm)) if doc.norm.startswith(n, i))
    return Entity(id=id_, type=type_, name=names[0], aliases=names[1:], mentions=mentions)


def run(text: str, *specs: tuple[str, str, tuple[str, ...]], publisher: str | None = None
        ) -> list[tuple[str, float, str]]:
    doc = parse_text(text, "t", meta={"published": "2024-06-01", "publisher": publisher})
    entities = [entity(doc, id_, type_, *names) for id_, type_, names in specs]
    return [(f.s, f.value, f.unit) for f in extract_facts(doc, split_sentences(doc), entities)]


PARK = ("park", "Park", ("示范产业园",))
CITY = ("city", "Region", ("廊坊", "廊坊市"))
HEBEI = ("hebei", "Region", ("河北", "河北省"))


def test_a_number_modifying_the_next_name_is_about_that_name():
    assert run("廊坊签约了总投资10亿元的示范产业园。", CITY, PARK) == [("park", 1e9, "元")]


def test_an_enumeration_counts_for_the_place_not_the_members():
    firms = ("a", "Company", ("甲公司",)), ("b", "Company", ("乙公司",))
    assert run("示范产业园吸引甲公司、乙公司等20余家企业入驻。", PARK, *firms) == [
        ("park", 20, "家")]


def test_a_breakdown_opened_by_qiyong_stays_with_the_whole():
    beijing = ("beijing", "Region", ("北京",))
    assert run("示范产业园已落地企业60家,其中北京企业36家。", PARK, beijing) == [
        ("park", 60, "家"), ("park", 36, "家")]


def test_a_place_after_a_preposition_is_not_the_subject():
    event = ("fair", "Event", ("投资洽谈会",))
    assert run("投资洽谈会在廊坊召开,签约项目12个。", event, CITY) == [("fair", 12, "个")]


def test_wo_sheng_and_quan_sheng_are_the_province_of_the_publisher():
    beijing = ("beijing", "Region", ("北京",))
    assert run("北京企业来了。2023年全省吸纳技术合同成交额达810亿元。", beijing, HEBEI,
               publisher="河北日报") == [("hebei", 8.1e10, "元")]


def test_quan_shi_is_the_last_city_named():
    assert run("廊坊发展迅速。2023年全市生物医药产业营收突破千亿元。", CITY) == [
        ("city", 1e11, "元")]


def test_yuanqu_is_the_last_park_that_was_not_just_a_location():
    zone = ("zone", "Park", ("临港开发区",))
    text = "示范产业园位于临港开发区。目前,园区已落地项目78个。"
    assert run(text, PARK, zone) == [("park", 78, "个")]


def test_a_clause_initial_bare_head_names_the_last_entity_ending_so():
    alliance = ("alliance", "Organization", ("河北省氢能产业创新联合体",))
    text = "河北省氢能产业创新联合体在张家口揭牌。联合体的发起单位共54家。"
    assert run(text, alliance) == [("alliance", 54, "家")]


def test_a_quotation_is_about_the_speakers_company():
    firm = ("firm", "Company", ("百川创新科技服务有限公司",))
    person = ("wang", "Person", ("王经理",))
    text = "“手上的订单已有200多台。”百川创新科技服务有限公司总经理王经理说。"
    assert run(text, firm, person) == [("firm", 200, "台")]


def test_a_sentence_without_a_candidate_carries_the_last_subject():
    text = "示范产业园入园企业增至170余家。早在年初,11家运营企业就已入驻。"
    assert run(text, PARK) == [("park", 170, "家"), ("park", 11, "家")]


@pytest.mark.parametrize("text", [
    "示范产业园是三个率先突破领域之一。",  # a rhetorical count in Chinese numerals
    "示范产业园是第一家获批的园区。",  # an ordinal
    "示范产业园2023年开工。",  # a year
    "示范产业园服务千家万户。",  # a bare 千 without a qualifier
    "示范产业园电话12345678。",  # no unit
    "示范产业园位列全国前10名。",  # a rank
])
def test_numbers_that_are_not_facts(text):
    assert run(text, PARK) == []


def test_a_number_inside_a_name_is_not_a_fact():
    belt = ("belt", "Cluster", ("百公里汽车产业带",))
    assert run("保定构建起百公里汽车产业带。", belt, ("bd", "Region", ("保定",))) == []


def test_facts_need_a_subject():
    assert run("签约项目12个。", ) == []


def test_the_date_is_the_sentences_or_the_publication_date():
    doc = parse_text("示范产业园2023年11月落地企业5家。示范产业园有企业9家。", "t",
                     meta={"published": dt.date(2024, 6, 1)})
    facts = extract_facts(doc, split_sentences(doc), [entity(doc, *PARK[:2], *PARK[2])])
    assert [f.date for f in facts] == ["2023-11", "2024-06-01"]


def test_quan_sheng_is_the_province_named_last_even_inside_a_name():
    bureau = ("bureau", "GovernmentBody", ("河北省商务厅",))
    hebei = ("hebei", "Region", ("河北省", "河北"))
    beijing = ("beijing", "Region", ("北京",))
    text = "北京企业北上。北京企业南下。河北省商务厅数据显示,2023年全省实际利用外资15.6亿美元。"
    assert run(text, beijing, bureau, hebei) == [("hebei", 1.56e9, "美元")]


def test_a_place_naming_the_counted_firms_is_not_the_subject():
    zone = ("zone", "Region", ("天津滨海新区",))
    beijing = ("beijing", "Region", ("北京",))
    assert run("天津滨海新区年均引进北京企业超过300家。", zone, beijing) == [("zone", 300, "家")]


def test_a_place_opening_a_line_is_the_subject_of_its_figure():
    hebei = ("hebei", "Region", ("河北",))
    assert run("◎河北企业工业设备上云率(2020年):15.94%", hebei) == [("hebei", 15.94, "%")]


def test_time_spans_are_not_facts():
    assert run("近三年来,示范产业园5年内将建成项目8个。", PARK) == [("park", 8, "个")]


def test_the_counted_noun_is_not_the_subject_of_later_numbers():
    zone = ("zone", "Region", ("天津滨海新区",))
    projects = ("projects", "Project", ("协同项目",))
    text = "天津滨海新区累计引进协同项目1200余个,协议投资额达4500亿元。"
    assert run(text, zone, projects) == [("zone", 1200, "个"), ("zone", 4.5e11, "元")]
