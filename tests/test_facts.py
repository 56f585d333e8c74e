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

from chainkg.attach import rules_ranker
from chainkg.facts import extract_facts
from chainkg.model import Document, Entity, Fact, Mention
from chainkg.pipeline import extract_path
from chainkg.sentences import split_sentences
from chainkg.text import normalise, parse_text, read_article

FIXTURES = Path(__file__).parent / "fixtures"
DEV = FIXTURES / "dev"
HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
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


def facts_of(name: str, folder: Path = DEV) -> tuple[list[Fact], dict, Document]:
    gold = json.loads((folder / f"{name}.gold.json").read_text(encoding="utf-8"))
    doc = read_article(folder / f"{name}.txt")
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


def test_heldout_facts_reach_f1_090_on_gold_entities():
    """The rules on articles they were not written against (measured 0.956)."""
    total = [0, 0, 0]
    for path in sorted(HELDOUT.glob("*.txt")):
        facts, gold, _ = facts_of(path.stem, HELDOUT)
        total = [a + b for a, b in zip(total, score(facts, gold), strict=True)]
    assert f1(*total) >= 0.90, total


def test_train_facts_reach_f1_095_on_gold_entities():
    """The rules on tests/fixtures/train-facts, with the mentions out of the way
    (measured 0.756 before the rules written for that set, 0.997 after)."""
    train = Path(__file__).parent / "fixtures" / "train-facts"
    total = [0, 0, 0]
    for path in sorted(train.glob("*.txt")):
        facts, gold, _ = facts_of(path.stem, train)
        total = [a + b for a, b in zip(total, score(facts, gold), strict=True)]
    assert f1(*total) >= 0.95, total


def test_second_train_facts_set_reaches_f1_090_on_gold_entities():
    """The rules on tests/fixtures/train-facts-2, with the mentions out of the way
    (measured 0.832 before the rules written for that set, 0.949 after)."""
    train = Path(__file__).parent / "fixtures" / "train-facts-2"
    total = [0, 0, 0]
    for path in sorted(train.glob("*.txt")):
        facts, gold, _ = facts_of(path.stem, train)
        total = [a + b for a, b in zip(total, score(facts, gold), strict=True)]
    assert f1(*total) >= 0.90, total


def test_third_train_facts_set_reaches_f1_095_on_gold_entities():
    """The rules on tests/fixtures/train-facts-3, with the mentions out of the way
    (measured 0.801 before the rules written for that set, 0.980 after)."""
    train = Path(__file__).parent / "fixtures" / "train-facts-3"
    total = [0, 0, 0]
    for path in sorted(train.glob("*.txt")):
        facts, gold, _ = facts_of(path.stem, train)
        total = [a + b for a, b in zip(total, score(facts, gold), strict=True)]
    assert f1(*total) >= 0.95, total


def test_fourth_train_facts_set_reaches_f1_095_on_gold_entities():
    """The rules on tests/fixtures/train-facts-4, with the mentions out of the way
    (measured 0.832 before the rules written for that set, 1.000 after)."""
    train = Path(__file__).parent / "fixtures" / "train-facts-4"
    total = [0, 0, 0]
    for path in sorted(train.glob("*.txt")):
        facts, gold, _ = facts_of(path.stem, train)
        total = [a + b for a, b in zip(total, score(facts, gold), strict=True)]
    assert f1(*total) >= 0.95, total


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


# --- whose figure: the topic of the sentence, not the nearest name ---------------------

EXPO = ("expo", "Event", ("绿色制造推介会",))
FIRMS = (("a", "Company", ("甲科技有限公司",)), ("b", "Company", ("乙能源有限公司",)))


def test_figures_after_hui_shang_belong_to_the_event_not_the_signing_partner():
    council = ("gov", "GovernmentBody", ("廊坊市人民政府",))
    text = ("绿色制造推介会在廊坊举行。会上,甲科技有限公司、乙能源有限公司等8家企业与廊坊市"
            "人民政府集中签约,项目涵盖电池和电机等环节,总投资约30亿元。")
    assert run(text, EXPO, CITY, council, *FIRMS) == [("expo", 8, "家"), ("expo", 3e9, "元")]


def test_xianchang_opens_the_events_own_figures():
    text = "绿色制造推介会在廊坊开幕,现场签约项目21个,总投资超过90亿元。"
    assert run(text, EXPO, CITY) == [("expo", 21, "个"), ("expo", 9e9, "元")]


def test_a_policy_target_belongs_to_the_policy_not_the_region_it_names():
    plan = ("plan", "Policy", ("廊坊市绿色制造实施方案",))
    text = "廊坊市印发《廊坊市绿色制造实施方案》,提出到2026年全市绿色工厂突破80家,建成示范园区5个。"
    assert run(text, CITY, plan) == [("plan", 80, "家"), ("plan", 5, "个")]


def test_an_investment_in_a_named_build_goes_to_the_project_and_so_do_its_figures():
    base = ("base", "Project", ("储能电池生产基地",))
    text = ("甲科技有限公司计划投资12亿元,在示范产业园建设储能电池生产基地,占地约150亩,"
            "达产后年产电池8万只。")
    assert run(text, FIRMS[0], PARK, base) == [
        ("base", 1.2e9, "元"), ("base", 150, "亩"), ("base", 8e4, "只")]


def test_a_production_line_is_no_project_site_so_its_figures_stay_with_the_company():
    line = ("line", "Project", ("电解槽生产线",))
    text = "甲科技有限公司将在示范产业园扩建电解槽生产线,新增用地约60亩。"
    assert run(text, FIRMS[0], PARK, line) == [("a", 60, "亩")]


def test_quan_qu_is_the_last_district_named():
    district = ("district", "Region", ("武清区",))
    text = "武清区是物流重镇。目前全区已集聚物流企业120家。"
    assert run(text, district, CITY) == [("district", 120, "家")]


def test_quan_qu_after_an_office_named_by_its_district_is_that_district():
    """Session 14 (blind-62): 永年区招商服务中心主任…介绍,全区…: the office's district, not
    the district named last (a partner's)."""
    yongnian, ninghe = ("yongnian", "Region", ("永年区",)), ("ninghe", "Region", ("宁河区",))
    office = ("office", "Organization", ("永年区招商服务中心",))
    text = ("永年区与宁河区签约。永年区招商服务中心主任郑立新介绍,全区已累计引进项目21个。")
    assert run(text, yongnian, ninghe, office) == [("yongnian", 21, "个")]


def test_san_di_is_beijing_tianjin_hebei():
    jjj = ("jjj", "Region", ("京津冀",))
    text = "京津冀协同发展十年。北京市有关负责人介绍,三地已梳理出重点企业名单900余家。"
    assert run(text, jjj, ("beijing", "Region", ("北京市",))) == [("jjj", 900, "家")]


def test_qu_nei_is_the_last_park_or_district_that_is_not_a_modifier():
    district = ("district", "Region", ("武清区",))
    hydrogen = ("h2", "Industry", ("氢能",))
    text = ("示范产业园是武清区氢能企业最集中的区域。目前,区内已落户甲科技有限公司、乙能源有限公司"
            "等30余家企业。")
    assert run(text, PARK, district, hydrogen, *FIRMS) == [("park", 30, "家")]
    assert run("武清区地处京津之间。区内已建成加氢站3座。", district) == [("district", 3, "座")]


def test_an_enumerated_count_moving_somewhere_belongs_to_that_place():
    text = "甲科技有限公司、乙能源有限公司等5家企业总部已在示范产业园入驻办公。"
    assert run(text, PARK, *FIRMS) == [("park", 5, "家")]
    subsidiary = ("sub", "Company", ("氢能项目公司",))
    text = "甲科技有限公司、乙能源有限公司等5家央企已在廊坊设立氢能项目公司。"
    assert run(text, CITY, subsidiary, *FIRMS) == [("city", 5, "家")]


def test_a_name_after_qizhong_opens_its_own_figures():
    other = ("other", "Park", ("临港开发区",))
    text = "示范产业园、临港开发区等园区加速成长,其中临港开发区已落地项目300余个,总投资约900亿元。"
    assert run(text, PARK, other) == [("other", 300, "个"), ("other", 9e10, "元")]


def test_shuangfang_is_the_first_party_of_the_agreement():
    text = "甲科技有限公司与乙能源有限公司签署战略合作协议,双方将在廊坊共建加氢站6座。"
    assert run(text, *FIRMS, CITY) == [("a", 6, "座")]


def test_places_the_counted_things_come_from_are_not_the_subject():
    beijing = ("beijing", "Region", ("北京",))
    hydrogen = ("h2", "Industry", ("氢能",))
    assert run("示范产业园已累计引进北京科技型企业400余家。", PARK, beijing) == [
        ("park", 400, "家")]
    district = ("district", "Region", ("武清区", "武清"))
    text = "武清区商务局局长说,将推动更多北京氢能企业在武清设立总部,力争新增车辆200辆。"
    assert run(text, district, beijing, hydrogen) == [("district", 200, "辆")]


def test_qiye_after_a_speech_verb_is_the_speakers_company():
    person = ("li", "Person", ("李明",))
    text = "甲科技有限公司总经理李明表示,企业每年研发投入约占营业收入的6%。"
    assert run(text, FIRMS[0], person) == [("a", 6, "%")]


def test_zhe_yi_jizhi_is_the_last_policy():
    rules = ("rules", "Policy", ("京冀药品监管协作办法",))
    bureau = ("bureau", "GovernmentBody", ("河北省药品监督管理局",))
    text = ("两地联合印发《京冀药品监管协作办法》。河北省药品监督管理局表示,"
            "这一机制平均可节省审批时间约5个月。")
    assert run(text, rules, bureau, HEBEI) == [("rules", 5, "个月")]


@pytest.mark.parametrize("text", [
    "两地车程不到两个小时,示范产业园很近。",  # a duration in hours
    "近五年示范产业园发展很快。",  # a period in Chinese numerals
    "今年前5个月,示范产业园发展很快。",  # a period counted from the year's start
    "未来3年,示范产业园将加快发展。",  # a period ahead
])
def test_periods_are_not_facts(text):
    assert run(text, PARK) == []


def test_a_short_title_in_book_marks_is_the_policy_named_before():
    plan = ("plan", "Policy", ("廊坊市绿色制造行动计划(2024—2026年)",))
    text = ("廊坊市印发《廊坊市绿色制造行动计划(2024—2026年)》。"
            "《行动计划》明确,到2026年培育绿色工厂50家。")
    assert run(text, plan, CITY) == [("plan", 50, "家")]


def test_figures_of_the_meeting_period_belong_to_the_event():
    text = "绿色制造推介会在廊坊举行。会议期间,共签约项目18个,总金额120亿元。"
    assert run(text, EXPO, CITY) == [("expo", 18, "个"), ("expo", 1.2e10, "元")]


def test_gai_xiangmu_is_the_last_project():
    base = ("base", "Project", ("储能电池生产基地",))
    text = "甲科技有限公司在廊坊建设储能电池生产基地。据介绍,该项目总投资15亿元。"
    assert run(text, FIRMS[0], CITY, base) == [("base", 1.5e9, "元")]


def test_a_later_figure_of_an_agreement_is_the_first_partys():
    college = ("college", "Organization", ("天津医科大学",))
    text = "甲科技有限公司与天津医科大学签约共建研究院,计划3年内投入研发经费5亿元。"
    assert run(text, FIRMS[0], college) == [("a", 5e8, "元")]


# --- numbers that measure nothing: distances, thresholds, conditions, spans, names -------

@pytest.mark.parametrize("text", [
    "示范产业园距离廊坊约60公里,距天津港约120公里。",  # how far, not how much
    "甲科技有限公司的配套半径在50公里以内。",
    "示范产业园设定了亩均投资强度不低于300万元的入园门槛。",  # an entry condition
    "示范产业园单个项目投资门槛为5000万元。",
    "新入园项目投资强度须达到每亩400万元以上。",
    "示范产业园对年纳税额500万元以上的企业给予奖励。",  # a class of firms
    "示范产业园对研发投入占比不低于5%的企业给予补贴。",
    "甲科技有限公司从签约到开工不到6个月。",  # the time between two events
])
def test_distances_thresholds_conditions_and_spans_are_not_facts(text):
    assert run(text, PARK, CITY, FIRMS[0]) == []


def test_a_threshold_before_a_count_leaves_the_count():
    plan = ("plan", "Policy", ("廊坊市汽车零部件行动方案",))
    text = "《廊坊市汽车零部件行动方案》提出,培育年产值10亿元以上的链主企业8家。"
    assert run(text, plan, CITY) == [("plan", 8, "家")]


def test_a_production_figure_in_a_project_name_is_not_a_fact():
    text = "甲科技有限公司将投资3.5亿元,在廊坊建设年产50万套汽车密封件项目。"
    assert run(text, FIRMS[0], CITY) == [("a", 3.5e8, "元")]


# --- who the number is about: anaphors, clause topics, relative clauses -------------------

COUNTY = ("county", "Region", ("固安县", "固安"))


def test_quan_xian_is_the_last_county_named():
    text = "固安县是廊坊的工业强县。目前,全县已集聚汽车零部件企业420家,其中规上企业86家。"
    assert run(text, COUNTY, CITY) == [("county", 420, "家"), ("county", 86, "家")]


def test_quan_shi_may_be_a_county_level_city_and_a_distance_names_no_topic():
    xinji = ("xinji", "Region", ("辛集市", "辛集"))
    capital = ("capital", "Region", ("石家庄",))
    text = "辛集是一座县级市,距离石家庄约60公里。目前,全市已有生物医药企业78家。"
    assert run(text, xinji, capital) == [("xinji", 78, "家")]


def test_the_whole_a_share_is_of_is_not_its_subject():
    text = "固安县地处冀中。目前,全县新能源装机规模达到860万千瓦,约占全省新能源装机总量的9%。"
    assert run(text, HEBEI, COUNTY) == [("county", 8.6e6, "千瓦"), ("county", 9, "%")]


def test_a_place_describing_the_topic_after_shi_is_not_the_subject():
    text = "甲科技有限公司在示范产业园落户。这家企业是廊坊市专精特新企业,去年营业收入3.8亿元。"
    assert run(text, FIRMS[0], PARK, CITY) == [("a", 3.8e8, "元")]


def test_the_builders_of_a_jointly_built_unit_do_not_get_its_figures():
    college = ("college", "Organization", ("天津医科大学",))
    lab = ("lab", "Organization", ("精密加工联合实验室",))
    text = "甲科技有限公司与天津医科大学共建的精密加工联合实验室今年已完成技术攻关9项。"
    assert run(text, FIRMS[0], college, lab) == [("lab", 9, "项")]
    assert run(text, FIRMS[0], college) == []  # the laboratory is not an entity: no fact


def test_people_are_counted_in_ren_whichever_classifier_the_text_uses():
    text = "乙能源有限公司现有研发人员65名,外聘专家12位,员工共800人。"
    assert run(text, FIRMS[1]) == [("b", 65, "人"), ("b", 12, "人"), ("b", 800, "人")]


def test_ji_tuan_opening_a_sentence_is_the_last_company():
    text = "乙能源有限公司是当地龙头企业。集团在廊坊设立的研发中心已有研发人员65名。"
    assert run(text, FIRMS[1], CITY) == [("b", 65, "人")]


def test_xue_xiao_is_the_last_university():
    college = ("college", "Organization", ("天津医科大学",))
    text = "示范产业园与天津医科大学签约。学校每年将选派20名教师驻园服务。"
    assert run(text, PARK, college) == [("college", 20, "人")]


def test_a_park_that_is_being_built_is_the_project_gai_xiangmu_refers_to():
    device = ("device", "Park", ("医疗器械产业园",))
    base = ("base", "Project", ("储能电池生产基地",))
    text = ("甲科技有限公司此前建成储能电池生产基地。"
            "乙能源有限公司计划投资15亿元建设医疗器械产业园。该项目总建筑面积约25万平方米。")
    assert run(text, *FIRMS, base, device) == [("device", 1.5e9, "元"), ("device", 2.5e5, "平方米")]


def test_an_investment_in_a_production_line_being_built_goes_to_the_line():
    line = ("line", "Project", ("储氢瓶生产线",))
    text = "甲科技有限公司在示范产业园投资4.5亿元建设的储氢瓶生产线已进入安装阶段。"
    assert run(text, FIRMS[0], PARK, line) == [("line", 4.5e8, "元")]


def test_the_places_of_a_group_of_participants_are_not_the_events_subject():
    region = ("jjj", "Region", ("京津冀",))
    text = "绿色制造推介会在廊坊开幕。本次推介会吸引了京津冀三地300余名企业代表参加。"
    assert run(text, EXPO, CITY, region) == [("expo", 300, "人")]


def test_dang_tian_opening_a_sentence_is_the_days_event():
    text = "绿色制造推介会在廊坊举行。当天共有23个项目集中签约。"
    assert run(text, EXPO, CITY) == [("expo", 23, "个")]


def test_the_agent_after_you_is_not_the_topic():
    base = ("base", "Project", ("储能电池生产基地",))
    text = "另一个签约项目储能电池生产基地由乙能源有限公司投资建设,总投资6.8亿元。"
    assert run(text, base, FIRMS[1]) == [("base", 6.8e8, "元")]


def test_a_sentence_with_no_candidate_goes_to_the_paragraphs_last_actor():
    text = "甲科技有限公司新建的智能化车间里,机械臂有序作业。车间投用后,生产效率提高35%。"
    assert run(text, FIRMS[0]) == [("a", 35, "%")]


@pytest.mark.parametrize("text", [
    "储能电池生产基地被列入河北省重点项目,总投资20亿元。",  # a class of projects
    "储能电池生产基地建成后,将带动廊坊新增就业2000人。",  # who benefits
])
def test_a_place_naming_a_class_or_a_beneficiary_is_not_the_subject(text):
    base = ("base", "Project", ("储能电池生产基地",))
    assert [s for s, _, _ in run(text, HEBEI, CITY, base)] == ["base"]


def test_a_place_after_qi_zhong_opens_its_own_share_unless_it_qualifies_a_noun():
    beijing = ("beijing", "Region", ("北京",))
    text = ("廊坊市已集聚企业300家,其中固安县120家。"
            "2024年,廊坊市实现产值3500亿元,其中北京企业120亿元。")
    assert run(text, CITY, COUNTY, beijing) == [
        ("city", 300, "家"), ("county", 120, "家"), ("city", 3.5e11, "元"), ("city", 1.2e10, "元")]


@pytest.mark.parametrize("text", [
    "根据《廊坊市氢能产业发展规划》,廊坊将建成加氢站20座。",  # the plan's target
    "廊坊市出台《廊坊市氢能产业发展规划》。规划明确,到2027年全市建成加氢站20座。",
    "《廊坊市氢能产业发展规划》指出,全市将建成加氢站20座。",
])
def test_targets_stated_by_or_according_to_a_plan_are_the_plans(text):
    plan = ("plan", "Policy", ("廊坊市氢能产业发展规划",))
    assert run(text, CITY, plan) == [("plan", 20, "座")]


def test_according_to_a_plan_a_company_still_owns_its_figures():
    plan = ("plan", "Policy", ("廊坊市氢能产业发展规划",))
    text = "根据《廊坊市氢能产业发展规划》,甲科技有限公司将建设加氢站5座。"
    assert run(text, plan, FIRMS[0]) == [("a", 5, "座")]


def test_the_agent_after_you_is_still_what_gai_qiye_refers_to():
    base = ("base", "Project", ("储能电池生产基地",))
    text = ("甲科技有限公司签约落户。储能电池生产基地由乙能源有限公司投资建设。"
            "该企业去年营业收入31亿元。")
    assert run(text, *FIRMS, base) == [("b", 3.1e9, "元")]


# --- second training round: classes, bounds, terms, quotations, nested names -------------

@pytest.mark.parametrize("text", [
    "示范产业园要求入园项目投资强度不低于每亩200万元。",  # a floor set for others
    "示范产业园要求单体项目投资不低于10亿元。",
    "示范产业园对销售价格不高于每公斤35元的加氢站给予补贴。",  # a ceiling
    "《措施》自发布之日起施行,有效期3年。",  # how long a policy lasts
    "甲科技有限公司去年与一汽签订了5年供货协议。",  # the term of a contract
])
def test_floors_ceilings_and_terms_are_not_facts(text):
    assert run(text, PARK, FIRMS[0]) == []


def test_a_class_of_firms_over_an_amount_leaves_the_count():
    plan = ("plan", "Policy", ("廊坊市氢能产业发展规划",))
    text = "《廊坊市氢能产业发展规划》提出,培育营业收入超10亿元的龙头企业3家。"
    assert run(text, plan, CITY) == [("plan", 3, "家")]


def test_the_whole_of_a_breakdown_that_was_counted_before_is_not_counted_again():
    text = "绿色制造推介会共签约项目11个。示范产业园是主要落地区域,11个项目中有8个落户园区。"
    assert run(text, EXPO, PARK) == [("expo", 11, "个"), ("park", 8, "个")]


def test_members_of_an_enumeration_are_not_what_bendi_refers_to():
    district = ("district", "Region", ("武清区",))
    shanghai = ("shanghai", "Region", ("上海",))
    beijing = ("beijing", "Region", ("北京",))
    text = "武清区是汽车零部件重镇。与北京、上海等地相比,关键零部件本地配套率只有35%左右。"
    assert run(text, district, beijing, shanghai) == [("district", 35, "%")]


def test_quan_shi_in_a_paragraph_naming_no_city_is_the_city_named_most():
    qhd = ("qhd", "Region", ("秦皇岛市", "秦皇岛"))
    beijing = ("beijing", "Region", ("北京",))
    text = ("秦皇岛市是港口城市,秦皇岛的医药企业不断增加。\n甲科技有限公司与北京一家机构合作。\n"
            "依托港口,全市去年完成医药产品进出口货值28亿元。")
    assert run(text, qhd, beijing, FIRMS[0]) == [("qhd", 2.8e9, "元")]


def test_a_place_before_ji_is_a_rank_not_the_subject():
    beijing = ("beijing", "Region", ("北京市",))
    text = "目前,示范产业园已建成北京市级以上创新平台14个。"
    assert run(text, PARK, beijing) == [("park", 14, "个")]


def test_qu_nei_after_a_name_is_part_of_that_name():
    zone = ("zone", "Park", ("大兴国际氢能示范区",))
    district = ("district", "Region", ("大兴区",))
    text = "大兴国际氢能示范区位于大兴区。示范区内日加氢能力达到15吨。"
    assert run(text, zone, district) == [("zone", 15, "吨")]


def test_the_party_before_lianhe_is_the_agent():
    bureau = ("bureau", "GovernmentBody", ("武清区人力资源和社会保障局",))
    college = ("college", "Organization", ("天津中德应用技术大学",))
    text = ("武清区人力资源和社会保障局联合天津中德应用技术大学开设订单班,"
            "今年计划培养技术工人800名。")
    assert run(text, bureau, college) == [("bureau", 800, "人")]


def test_a_quotation_after_its_speaker_is_about_the_speakers_organisation():
    beijing = ("beijing", "Region", ("北京",))
    person = ("li", "Person", ("李明",))
    text = "甲科技有限公司总经理李明说:“北京的整车厂很多,回收成本比过去降低了20%。”"
    assert run(text, FIRMS[0], person, beijing) == [("a", 20, "%")]


def test_a_headline_figure_the_body_repeats_is_counted_once():
    text = "廊坊集中签约11个项目\n\n绿色制造推介会在廊坊举行。会上,11个项目集中签约。"
    assert run(text, EXPO, CITY) == [("expo", 11, "个")]


def test_registered_capital_belongs_to_the_company():
    joint = ("joint", "Company", ("丙制药有限公司",))
    base = ("base", "Project", ("储能电池生产基地",))
    text = ("甲科技有限公司与乙能源有限公司合资成立丙制药有限公司,注册资本3亿元,"
            "负责建设储能电池生产基地。")
    assert run(text, *FIRMS, joint, base) == [("joint", 3e8, "元")]


def test_a_bare_head_may_point_back_to_a_name_inside_another_name():
    bureau = ("bureau", "GovernmentBody", ("邯郸经济技术开发区管委会",))
    zone = ("zone", "Park", ("邯郸经济技术开发区",))
    text = "邯郸经济技术开发区管委会主任介绍,开发区已聚集氢能装备企业28家。"
    assert run(text, bureau, zone) == [("zone", 28, "家")]


def test_san_di_inside_a_clause_is_where_the_members_come_from():
    alliance = ("alliance", "Organization", ("京津冀氢能产业创新联盟",))
    jjj = ("jjj", "Region", ("京津冀",))
    text = "京津冀氢能产业创新联盟成立两年。联盟已吸纳三地成员单位120余家。"
    assert run(text, alliance, jjj) == [("alliance", 120, "家")]


def test_what_a_supplier_provides_for_a_project_is_the_suppliers_figure():
    base = ("base", "Project", ("储能电池生产基地",))
    text = "乙能源有限公司签订供货合同,将为储能电池生产基地提供20台电解槽。"
    assert run(text, FIRMS[1], base) == [("b", 20, "台")]


def test_jiancheng_hou_is_the_site_named_earlier_in_the_sentence():
    base = ("base", "Project", ("储能电池生产基地",))
    text = "甲科技有限公司与乙能源有限公司共同推进储能电池生产基地建设,建成后每年可回收电池5万吨。"
    assert run(text, *FIRMS, base) == [("base", 5e4, "吨")]


def test_a_number_between_the_topic_and_an_industry_stays_with_the_topic():
    nev = ("nev", "Industry", ("新能源汽车",))
    text = "示范产业园将打造一个产值超过500亿元的新能源汽车零部件集聚区。"
    assert run(text, PARK, nev) == [("park", 5e10, "元")]


# --- zero anaphora, locatives, outcomes and sites (tests/fixtures/train-facts-3) -----------

def test_a_clause_without_a_subject_continues_the_topic_not_the_last_object():
    text = "甲科技有限公司还在廊坊设立售后服务中心,在京津两地部署服务工程师60名。"
    centre = ("centre", "Project", ("售后服务中心",))
    assert run(text, FIRMS[0], CITY, centre) == [("a", 60, "人")]


def test_a_place_in_a_clause_initial_locative_is_not_the_subject():
    text = "甲科技有限公司今年实现销售收入3.6亿元。今年同比增长120%,在廊坊配套企业达到27家。"
    assert run(text, FIRMS[0], CITY) == [("a", 3.6e8, "元"), ("a", 120, "%"), ("a", 27, "家")]


def test_we_in_a_place_is_the_speakers_company_not_the_place():
    person = ("li", "Person", ("李明",))
    text = "“我们在廊坊部署了200台协作机器人。”甲科技有限公司副总经理李明说。"
    assert run(text, FIRMS[0], CITY, person) == [("a", 200, "台")]


def test_qi_opening_a_sentence_is_the_last_actor():
    text = "甲科技有限公司是北京的老字号企业。其今年在廊坊采购药材1.2万吨。"
    beijing = ("beijing", "Region", ("北京",))
    assert run(text, FIRMS[0], beijing, CITY) == [("a", 12000, "吨")]


def test_gongsi_is_the_topic_of_the_last_sentence_not_its_object():
    text = "甲科技有限公司是廊坊本土企业,去年引入乙能源有限公司的投资。今年,公司实现营业收入9亿元。"
    assert run(text, *FIRMS, CITY) == [("a", 9e8, "元")]


def test_places_qualifying_suppliers_local_firms_or_customers_are_not_the_subject():
    text = ("甲科技有限公司在冀供应商已达46家,关键部件本地配套率由30%提高到52%,"
            "产品配套京津冀机器人整机企业40家。")
    jjj = ("jjj", "Region", ("京津冀",))
    robots = ("robots", "Industry", ("机器人",))
    hebei = ("hebei", "Region", ("冀",))
    assert run(text, FIRMS[0], jjj, robots, hebei) == [
        ("a", 46, "家"), ("a", 30, "%"), ("a", 52, "%"), ("a", 40, "家")]


def test_a_change_after_a_base_the_company_built_is_the_companys():
    base = ("base", "Project", ("中试基地",))
    text = "甲科技有限公司此前已在廊坊建设中试基地,年产能由500台提升至1500台。"
    assert run(text, FIRMS[0], CITY, base) == [("a", 500, "台"), ("a", 1500, "台")]


def test_money_granted_to_support_a_build_is_no_investment_in_the_site():
    base = ("base", "Project", ("标准化种植基地",))
    text = "廊坊市今年安排专项资金3亿元支持各县建设标准化种植基地。"
    assert run(text, CITY, base) == [("city", 3e8, "元")]


def test_shuangfang_after_a_jointly_built_unit_is_that_units():
    # round 12: two of the three writers give what 双方 do in a unit they just set up
    # to the unit (train-facts-7, train-facts-8; train-facts-3 to the first party)
    lab = ("lab", "Project", ("联合研发中心",))
    text = "甲科技有限公司与乙能源有限公司共建联合研发中心,双方计划共同攻关关键技术15项。"
    assert run(text, *FIRMS, lab) == [("lab", 15, "项")]


def test_shuangfang_after_an_agreement_is_still_the_first_partys():
    text = "甲科技有限公司与乙能源有限公司签署合作协议,双方将共建加氢站5座。"
    assert run(text, *FIRMS) == [("a", 5, "座")]


def test_members_of_an_alliance_launched_at_a_meeting_are_the_alliances():
    alliance = ("alliance", "Organization", ("产业联合体",))
    text = "绿色制造推介会在廊坊举行。会上,产业联合体同步成立,首批成员单位36家。会上签约项目12个。"
    assert run(text, EXPO, CITY, alliance) == [("alliance", 36, "家"), ("expo", 12, "个")]


def test_a_policys_outcomes_and_caps_are_the_policys():
    policy = ("policy", "Policy", ("廊坊市支持机器人产业发展若干措施", "若干措施"))
    text = ("《廊坊市支持机器人产业发展若干措施》实施以来,全市享受政策企业达到95家。\n"
            "记者了解到,对企业牵头承担的重大项目给予支持,单个项目最高1000万元。")
    assert run(text, policy, CITY) == [("policy", 95, "家"), ("policy", 1e7, "元")]


def test_an_agreements_commitments_are_the_agreements_but_not_a_contracted_investment():
    agreement = ("agreement", "Policy", ("廊坊—大兴产业协作框架协议",))
    zone = ("zone", "Park", ("廊坊经济技术开发区",))
    text = ("廊坊市与大兴区签署《廊坊—大兴产业协作框架协议》。"
            "协议约定,两地每年联合发布需求清单20项。"
            "廊坊经济技术开发区今年新签约入园企业31家,协议总投资94亿元。")
    assert run(text, agreement, zone, CITY) == [
        ("agreement", 20, "项"), ("zone", 31, "家"), ("zone", 9.4e9, "元")]


def test_yuanqu_after_a_smaller_park_inside_it_is_the_paragraphs_park():
    zone = ("zone", "Park", ("廊坊经济技术开发区",))
    inner = ("inner", "Park", ("物流产业园",))
    text = ("廊坊经济技术开发区是承接产业转移的主阵地。"
            "园区北侧的物流产业园去年投用,园内已入驻企业12家。今年以来,园区共接待考察团组86批次。")
    assert run(text, zone, inner) == [("inner", 12, "家"), ("zone", 86, "批次")]


def test_a_park_before_nei_and_a_count_qualifies_what_is_counted():
    college = ("college", "Organization", ("产业学院",))
    text = "示范产业园今年投用。产业学院招收新生420名,学院与园区内38家企业签订了订单培养协议。"
    assert run(text, PARK, college) == [("college", 420, "人"), ("college", 38, "家")]


def test_a_place_after_xuanzhi_is_where_the_project_is():
    project = ("project", "Project", ("训练场项目",))
    zone = ("zone", "Park", ("海河教育园区",))
    assert run("训练场项目选址海河教育园区,占地45亩。", project, zone) == [("project", 45, "亩")]


def test_quan_shi_after_a_bureau_of_the_city_is_that_city():
    bureau = ("bureau", "GovernmentBody", ("廊坊市工业和信息化局",))
    text = "廊坊市工业和信息化局有关负责人介绍,全市已梳理配套需求清单86项。"
    assert run(text, bureau, CITY) == [("city", 86, "项")]


def test_quan_qu_is_not_the_area_the_district_is_said_to_be():
    district = ("district", "Region", ("通州区",))
    area = ("area", "Region", ("雄安新区",))
    text = "通州区是雄安新区的近邻,全区现有产业链企业130余家。"
    assert run(text, district, area) == [("district", 130, "家")]


def test_a_company_alias_ending_in_an_industry_word_is_no_bare_head():
    firm = ("firm", "Company", ("天津康泽中药饮片有限公司", "康泽中药"))
    anguo = ("anguo", "Region", ("安国",))
    text = "康泽中药今年投产。安国计划到2027年产值突破500亿元,中药材种植面积稳定在30万亩以上。"
    assert run(text, firm, anguo) == [("anguo", 5e10, "元"), ("anguo", 3e5, "亩")]


def test_a_range_is_no_single_figure():
    assert run("示范产业园计划培育整机企业3至5家。", PARK) == []


def test_a_place_before_a_count_of_firms_qualifies_them():
    jjj = ("jjj", "Region", ("京津冀",))
    text = "甲科技有限公司的电驱动系统已配套京津冀地区的4家整车企业,今年销量有望突破15万套。"
    assert run(text, FIRMS[0], jjj) == [("a", 4, "家"), ("a", 1.5e5, "套")]


def test_reported_speech_is_about_the_speakers_organisation_or_its_place():
    person = ("lv", "Person", ("吕文涛",))
    tianjin = ("tianjin", "Region", ("天津",))
    text = "甲科技有限公司总经理吕文涛说,过去要到天津再测一遍,现在企业的测试周期可缩短约40天。"
    assert run(text, FIRMS[0], person, tianjin) == [("a", 40, "天")]
    bureau = ("bureau", "GovernmentBody", ("廊坊市商务局",))
    text = "廊坊市商务局副局长吕文涛说,下一步将推动更多企业在廊坊设立总部,力争年内新增车辆200辆。"
    assert run(text, bureau, person, CITY) == [("city", 200, "辆")]


def test_the_first_party_of_a_supply_agreement_supplies():
    text = "总部位于廊坊的甲科技有限公司今年与乙能源有限公司签订了供货协议,每年供货3万台。"
    assert run(text, *FIRMS, CITY) == [("a", 3e4, "台")]
    text = "甲科技有限公司与乙能源有限公司签订了年供500吨医药中间体的长期合同。"
    assert run(text, *FIRMS) == [("a", 500, "吨")]


def test_a_place_qualifying_a_noun_with_de_is_not_the_subject():
    text = ("甲科技有限公司董事长说,公司产品已进入120余家医院,"
            "廊坊的中试车间投产后,年产能将提高到500台。")
    assert run(text, FIRMS[0], CITY) == [("a", 120, "家"), ("a", 500, "台")]


def test_the_count_of_founders_is_the_alliances_they_found_not_the_meetings():
    alliance = ("alliance", "Organization", ("产业创新联盟",))
    text = ("绿色制造推介会在廊坊举行。会议期间,甲科技有限公司、乙能源有限公司等32家企业"
            "共同发起成立产业创新联盟。")
    assert run(text, EXPO, CITY, *FIRMS, alliance) == [("alliance", 32, "家")]


def test_zhe_ge_before_a_bare_head_names_the_last_entity_ending_so():
    base = ("base", "Project", ("黄芪种植加工基地",))
    text = "黄芪种植加工基地位于廊坊。这个基地由甲科技有限公司投资建设,总投资4.6亿元。"
    assert run(text, base, CITY, FIRMS[0]) == [("base", 4.6e8, "元")]


def test_a_bare_head_after_jinnian_yilai_still_opens_the_clause():
    zone = ("zone", "Park", ("零部件产业基地",))
    bureau = ("bureau", "GovernmentBody", ("零部件产业基地管理委员会",))
    text = "零部件产业基地管理委员会主任介绍,今年以来基地新签约项目21个。"
    assert run(text, zone, bureau) == [("zone", 21, "个")]


def test_quan_qu_after_a_bureau_of_the_district_is_that_district():
    bureau = ("bureau", "GovernmentBody", ("静海区工业和信息化局",))
    district = ("district", "Region", ("静海区",))
    text = "静海区工业和信息化局有关负责人表示,全区已集聚零部件企业112家。"
    assert run(text, bureau, district) == [("district", 112, "家")]


def test_women_de_in_a_quotation_is_the_speakers_organisation():
    person = ("liao", "Person", ("廖文山",))
    alliance = ("alliance", "Organization", ("产业联盟",))
    text = ("甲科技有限公司董事长廖文山说:“产业联盟把三地拉到一起,"
            "我们的转台今年已配套廊坊整机企业5家。”")
    assert run(text, FIRMS[0], person, alliance, CITY) == [("a", 5, "家")]


def test_a_policy_known_by_its_short_title_is_the_full_policy():
    policy = ("policy", "Policy", ("廊坊市支持氢能产业发展的若干措施",))
    short = ("short", "Policy", ("措施",))
    text = ("廊坊市印发《廊坊市支持氢能产业发展的若干措施》(以下简称《措施》)。"
            "《措施》提出,到2027年推广燃料电池汽车1万辆。")
    assert run(text, policy, short, CITY) == [("policy", 1e4, "辆")]


def test_a_place_before_a_bare_head_names_the_entity_ending_so():
    node = ("node", "Project", ("工业互联网标识解析二级节点",))
    handan = ("handan", "Region", ("邯郸",))
    text = "邯郸将建设工业互联网标识解析二级节点。副总裁说,邯郸节点建成后,接入企业将达300家。"
    assert run(text, node, handan) == [("node", 300, "家")]


def test_a_four_character_head_names_the_entity_ending_so():
    college = ("college", "Organization", ("高端装备现代产业学院",))
    zone = ("zone", "Park", ("秦皇岛经济技术开发区",))
    text = ("燕山大学与秦皇岛经济技术开发区共建的高端装备现代产业学院今年招生。"
            "目前,产业学院已与开发区内的18家企业签订了实习协议,学生将进入园区企业实训。")
    assert run(text, college, zone) == [("college", 18, "家")]


def test_a_sites_short_name_is_the_site_and_gongsi_after_jiancheng_hou_the_company():
    line = ("line", "Project", ("年产20万套新能源汽车热管理系统生产线项目",))
    text = ("甲科技有限公司年产20万套新能源汽车热管理系统生产线项目落户廊坊。公司总经理说,"
            "热管理系统生产线项目总投资6.5亿元,建成后公司年产能将从目前的8万套提高到28万套。")
    assert run(text, FIRMS[0], line, CITY) == [
        ("line", 6.5e8, "元"), ("a", 8e4, "套"), ("a", 2.8e5, "套")]


# --- round 5: topics that outlive their sentence, subjects behind relative clauses --------

MEASURES = ("measures", "Policy", ("衡水市支持氢能产业发展若干措施",))
PLAN = ("plan", "Policy", ("衡水市氢能产业发展行动方案(2024—2026年)",))
PACT = ("pact", "Policy", ("衡水—顺义氢能产业合作协议",))
SHUNYI = ("shunyi", "Region", ("顺义区", "顺义"))
HENGSHUI = ("hengshui", "Region", ("衡水", "衡水市"))


@pytest.mark.parametrize("opening", [
    "措施出台半年多来,", "措施实施以来,", "这项措施出台后,", "《若干措施》实施以来,"])
def test_a_policys_outcomes_are_its_own_though_a_place_opens_the_clause(opening):
    measures = ("measures", "Policy", ("衡水市支持氢能产业发展若干措施", "若干措施"))
    text = ("衡水市今年3月出台《衡水市支持氢能产业发展若干措施》。衡水距北京约250公里。"
            f"{opening}衡水已有42家企业申报补贴,带动社会投资6.5亿元。")
    assert run(text, measures, HENGSHUI) == [("measures", 42, "家"), ("measures", 6.5e8, "元")]


def test_a_bare_policy_noun_names_the_last_policy_ending_so_not_the_last_policy():
    text = ("衡水市印发《衡水市氢能产业发展行动方案(2024—2026年)》。今年又出台了"
            "《衡水市支持氢能产业发展若干措施》。方案实施以来,全市累计促成合作项目15个。")
    assert run(text, PLAN, MEASURES, HENGSHUI) == [("plan", 15, "个")]


@pytest.mark.parametrize("terms", [
    "按照协议,双方将每年联合举办对接活动不少于4场,共建实验室2个。",
    "根据协议,两地将每年联合举办对接活动不少于4场,共建实验室2个。",
    "协议明确,两地每年联合举办对接活动不少于4场,并共建实验室2个。",
    "协议约定,双方每年联合举办对接活动不少于4场,共建实验室2个。"])
def test_what_the_parties_will_do_under_an_agreement_is_the_agreements(terms):
    text = f"衡水市人民政府与顺义区人民政府签署《衡水—顺义氢能产业合作协议》。{terms}"
    assert run(text, PACT, SHUNYI) == [("pact", 4, "场"), ("pact", 2, "个")]


def test_a_site_built_under_an_agreement_keeps_its_own_figures_and_a_bare_plan_no_policy():
    park = ("park", "Park", ("衡顺氢能协同创新园",))
    text = ("衡水市与顺义区签署《衡水—顺义氢能产业合作协议》。"
            "根据协议,两地将共建衡顺氢能协同创新园,规划面积1.5平方公里。"
            "按照规划,到2027年,全市氢能产业产值达到80亿元。")
    assert run(text, PACT, park, HENGSHUI, SHUNYI) == [
        ("park", 1.5, "平方公里"), ("hengshui", 8e9, "元")]


@pytest.mark.parametrize("sentence", [
    "这台设备的老家在顺义区,研发它的甲科技有限公司与本地企业合作一年多来,已在衡水各厂区部署"
    "设备260台,替代人工约70%。",
    "总部位于顺义区的甲科技有限公司,去年在衡水部署设备260台,替代人工约70%。",
    "产自衡水的这批设备,研发却在顺义区。为它编写控制程序的甲科技有限公司,与乙能源有限公司"
    "合作三年来,已在衡水部署设备260台,替代人工约70%。"])
def test_an_organisation_heading_a_relative_clause_is_the_subject_not_a_place_or_partner(
        sentence):
    assert run(sentence, *FIRMS, SHUNYI, HENGSHUI) == [("a", 260, "台"), ("a", 70, "%")]


def test_a_place_opening_its_clause_stays_the_subject():
    text = "总部位于顺义区的甲科技有限公司也来到衡水。衡水已有氢能企业23家。"
    assert run(text, FIRMS[0], SHUNYI, HENGSHUI) == [("hengshui", 23, "家")]


@pytest.mark.parametrize("launch", [
    "会上,由两地17家企业和高校共同发起的京衡氢能装备联盟揭牌,首批成员单位达到32家。",
    "会上,两地17家企业和高校联合发起的京衡氢能装备联盟宣告成立,首批成员单位达到32家。"])
def test_founders_counted_in_a_relative_clause_and_the_members_are_the_alliances(launch):
    alliance = ("alliance", "Organization", ("京衡氢能装备联盟",))
    text = f"绿色制造推介会在衡水举行。{launch}会上签约项目9个。"
    assert run(text, EXPO, HENGSHUI, alliance) == [
        ("alliance", 17, "家"), ("alliance", 32, "家"), ("expo", 9, "个")]


def test_jituan_is_the_last_group_named_not_the_last_company():
    group = ("group", "Company", ("衡水金源电缆集团有限公司", "金源电缆"))
    text = ("今年,金源电缆与甲科技有限公司合作建设数字化车间。金源电缆董事长说,"
            "集团今年还计划投入3000万元改造4个老车间。")
    assert run(text, group, FIRMS[0]) == [("group", 3e7, "元"), ("group", 4, "个")]


def test_a_place_before_customers_or_members_qualifies_them():
    text = "这家企业的产品销往京津,今年新增顺义客户23家。甲科技有限公司今年新增顺义会员单位12家。"
    assert run(text, FIRMS[0], SHUNYI) == [("a", 12, "家")]
    text = "甲科技有限公司今年新增顺义客户23家,服务顺义用户1200户。"
    assert run(text, FIRMS[0], SHUNYI) == [("a", 23, "家"), ("a", 1200, "户")]


def test_both_ends_of_a_range_are_no_figure():
    text = "甲科技有限公司说,行业利润率只有3%到5%,公司去年利润率为8%。"
    assert run(text, FIRMS[0]) == [("a", 8, "%")]


def test_yuanqu_after_the_committee_of_a_park_is_that_park():
    zone = ("zone", "Park", ("衡水高新技术产业开发区",))
    committee = ("committee", "GovernmentBody", ("衡水高新技术产业开发区管委会",))
    text = "衡水高新技术产业开发区管委会主任李明介绍,今年以来园区新签约氢能企业11家。"
    assert run(text, committee, zone) == [("zone", 11, "家")]


@pytest.mark.parametrize("text", [
    "去年,甲科技有限公司在衡水成立了衡水智能检测中心,一年来,算法迭代12次,检测效率提高3倍。",
    "甲科技有限公司与乙能源有限公司共同成立了衡水智能检测中心,算法迭代12次,检测效率提高3倍。",
    "去年,甲科技有限公司成立了衡水智能检测中心。一年多来,中心的算法迭代12次,检测效率提高3倍。"])
def test_what_a_company_founded_is_the_topic_of_the_clauses_after_it(text):
    center = ("center", "Organization", ("衡水智能检测中心",))
    assert run(text, *FIRMS, HENGSHUI, center) == [("center", 12, "次"), ("center", 3, "倍")]


def test_what_a_company_set_up_as_a_unit_of_its_own_leaves_the_company_the_topic():
    service = ("service", "Organization", ("售后服务中心",))
    text = "甲科技有限公司还在衡水设立售后服务中心,在京津两地部署服务工程师60名。"
    assert run(text, FIRMS[0], HENGSHUI, service) == [("a", 60, "人")]


BASE = ("base", "Project", ("衡水氢燃料电池电堆生产基地",))


@pytest.mark.parametrize("text", [
    "甲科技有限公司投资建设衡水氢燃料电池电堆生产基地。基地北距顺义区约200公里。"
    "该基地建成后可新增就业岗位600个。",
    "甲科技有限公司投资建设衡水氢燃料电池电堆生产基地。顺义区近年来布局氢能研发。"
    "基地投产后,可新增就业岗位600个。",
    "甲科技有限公司投资建设衡水氢燃料电池电堆生产基地。该基地一期明年3月开工,"
    "建成后可新增就业岗位600个。"])
def test_a_bare_base_refers_back_to_the_last_base_across_a_place_named_between(text):
    assert run(text, FIRMS[0], BASE, SHUNYI) == [("base", 600, "个")]


def test_xiangmu_after_a_speakers_colon_is_the_project_of_the_paragraph_before():
    person = ("zhou", "Person", ("周维康",))
    text = ("在甲科技有限公司衡水氢燃料电池电堆生产基地,一期厂房已投入使用。\n"
            "“研发留在北京,生产放到衡水。”公司董事长周维康算了一笔账:项目总投资12亿元,"
            "占地约180亩。")
    assert run(text, FIRMS[0], BASE, person) == [("base", 1.2e9, "元"), ("base", 180, "亩")]


@pytest.mark.parametrize("opening", ["公司", "企业", "该企业", "该公司"])
def test_a_bare_company_noun_refers_back_to_the_paragraphs_company_not_a_place(opening):
    text = ("甲科技有限公司是顺义区培育的氢能企业。顺义区今年新增氢能企业8家。"
            f"{opening}今年发动机装车量达到1800台。")
    assert run(text, FIRMS[0], SHUNYI) == [("shunyi", 8, "家"), ("a", 1800, "台")]


def test_qiye_opening_a_sentence_is_no_company_named_in_an_earlier_paragraph():
    text = "甲科技有限公司在顺义区投产。\n顺义区今年新增氢能企业8家。企业数量比去年增加了20%。"
    assert [s for s, *_ in run(text, FIRMS[0], SHUNYI)] == ["shunyi", "shunyi"]


@pytest.mark.parametrize("text", [
    "甲科技有限公司与衡水市签约建设衡水氢燃料电池电堆生产基地,计划投资12亿元,占地约160亩。",
    "今年8月,甲科技有限公司与乙能源有限公司合作建设衡水氢燃料电池电堆生产基地,"
    "计划投资12亿元,占地约160亩。",
    "甲科技有限公司在衡水投资建设衡水氢燃料电池电堆生产基地,总投资12亿元,用地160亩。"])
def test_a_base_introduced_with_a_build_verb_takes_the_figures_after_it(text):
    assert run(text, *FIRMS, BASE, HENGSHUI) == [("base", 1.2e9, "元"), ("base", 160, "亩")]


@pytest.mark.parametrize("text", [
    "衡水市与顺义区签署《衡水—顺义氢能产业合作协议》,双方将每年联合举办对接活动不少于4场,"
    "共建实验室2个。",
    "同日,衡水市与顺义区签订了《衡水—顺义氢能产业合作协议》。两地还将每年联合举办对接活动"
    "不少于4场,共建实验室2个。",
    "衡水市与顺义区签署《衡水—顺义氢能产业合作协议》。双方约定,每年联合举办对接活动不少于4场,"
    "共建实验室2个。"])
def test_commitments_after_an_agreement_signed_in_the_sentence_or_the_last_are_its(text):
    assert run(text, PACT, SHUNYI, HENGSHUI) == [("pact", 4, "场"), ("pact", 2, "个")]


def test_commitments_under_an_unnamed_agreement_are_the_first_partys():
    text = "甲科技有限公司与乙能源有限公司签署战略合作协议,双方将在衡水共建加氢站5座。"
    assert run(text, *FIRMS, HENGSHUI) == [("a", 5, "座")]


# --- round 6: zones, sites named again, participants, supply shares -----------------------

ZONE = ("zone", "Park", ("河北遵化高新技术产业开发区",))
ECONOMIC_ZONE = ("zone", "Park", ("秦皇岛经济技术开发区",))
SMALL_PARK = ("small", "Park", ("遵化智能铸造产业园",))
ZUNHUA = ("zunhua", "Region", ("遵化市", "遵化"))


def run_first_named(text: str, *specs: tuple[str, str, tuple[str, ...]]
                    ) -> list[tuple[str, float, str]]:
    """As :func:`run`, but each entity is mentioned only where its name first occurs, as
    when the mention finders miss a name said again."""
    doc = parse_text(text, "t", meta={"published": "2024-06-01"})
    entities = []
    for id_, type_, names in specs:
        whole = entity(doc, id_, type_, *names)
        entities.append(Entity(id=id_, type=type_, name=names[0], aliases=names[1:],
                               mentions=whole.mentions[:1]))
    return [(f.s, f.value, f.unit) for f in extract_facts(doc, split_sentences(doc), entities)]


@pytest.mark.parametrize("text", [
    "河北遵化高新技术产业开发区是主要承载地。高新区规划面积28平方公里,现有入区企业240家。",
    "河北遵化高新技术产业开发区是主要承载地。高新区内的遵化智能铸造产业园今年开工。"
    "今年,高新区规划面积28平方公里,现有入区企业240家。",
    "河北遵化高新技术产业开发区是主要承载地。据介绍,该高新区规划面积28平方公里,"
    "现有入区企业240家。"])
def test_a_bare_gaoxinqu_is_the_zone_whose_full_name_it_abbreviates(text):
    assert run(text, ZONE, SMALL_PARK) == [("zone", 28, "平方公里"), ("zone", 240, "家")]


def test_a_bare_jingkaiqu_is_the_economic_and_technological_development_zone():
    text = "秦皇岛经济技术开发区位于海港区。经开区今年新增企业35家。"
    assert run(text, ECONOMIC_ZONE, ZUNHUA) == [("zone", 35, "家")]


SITE = ("site", "Project", ("铸件智能工厂项目",))
FOUNDRY = ("a", "Company", ("天津蓟州精密铸造有限公司",))


@pytest.mark.parametrize("text", [
    "天津蓟州精密铸造有限公司投资建设铸件智能工厂项目。\n公司董事长说,铸件智能工厂项目将采用"
    "数字孪生技术,建成后人均产值可提高60%。",
    "天津蓟州精密铸造有限公司投资建设铸件智能工厂项目。\n据介绍,铸件智能工厂项目建成后"
    "人均产值可提高60%。"])
def test_a_site_named_again_in_full_is_that_site_even_unmentioned(text):
    assert run_first_named(text, FOUNDRY, SITE) == [("site", 60, "%")]


NODE = ("node", "Project", ("工业互联网标识解析二级节点",))


@pytest.mark.parametrize("text", [
    "甲科技有限公司将建设工业互联网标识解析二级节点。谢文博介绍,遵化的二级节点建成后,"
    "接入企业800家。",
    "甲科技有限公司将建设工业互联网标识解析二级节点。遵化的二级节点建成后将接入企业800家。"])
def test_a_site_head_after_a_place_and_de_opening_the_clause_is_that_site(text):
    assert run(text, FIRMS[0], NODE, ZUNHUA) == [("node", 800, "家")]


FAIR = ("fair", "Event", ("2025京津冀工业互联网赋能制造业对接会",))


@pytest.mark.parametrize("verb", ["参加", "出席", "参与"])
def test_participants_counted_before_the_event_they_attend_are_the_events(verb):
    text = (f"2025京津冀工业互联网赋能制造业对接会在遵化市召开。来自京津冀的120余家企业和高校"
            f"{verb}对接会。")
    assert run(text, FAIR, ZUNHUA, ("jjj", "Region", ("京津冀",))) == [("fair", 120, "家")]


SIJI = ("siji", "Company", ("天津四机",))
RENQIU = ("renqiu", "Region", ("任丘",))


@pytest.mark.parametrize("text", [
    "天津四机在任丘的配套企业已超过60家,本地配套率达到70%。",
    "天津四机在任丘的配套企业已超过60家,本地配套率由30%提高到70%。",
    "天津四机在任丘的配套企业已超过60家,当地配套率达到70%。"])
def test_a_local_supply_share_opening_a_clause_is_the_buyers_not_the_places(text):
    assert run(text, SIJI, RENQIU)[-1] == ("siji", 70, "%")


LINE = ("line", "Project", ("主轴锻件生产线",))
FORGE = ("forge", "Company", ("任丘一锻",))


@pytest.mark.parametrize("verb", ["新上", "上马", "建设"])
def test_an_investment_in_a_line_newly_put_up_is_the_lines(verb):
    text = f"今年,任丘一锻投资1.2亿元{verb}主轴锻件生产线,产品供应天津四机。"
    assert run(text, FORGE, LINE, SIJI) == [("line", 1.2e8, "元")]


ALLOY = ("alloy", "Project", ("年产3万吨再生铝合金项目",))
DINGZHOU_ZONE = ("zone", "Park", ("定州经济开发区",))


@pytest.mark.parametrize("opening", ["总投资", "计划投资", "项目总投资", "计划总投资"])
def test_the_total_investment_after_a_project_attracted_is_the_projects(opening):
    text = f"定州经济开发区今年引进了乙能源有限公司年产3万吨再生铝合金项目,{opening}9.6亿元。"
    assert run(text, DINGZHOU_ZONE, FIRMS[1], ALLOY) == [("alloy", 9.6e8, "元")]


BORUI = ("borui", "Company", ("渤锐数控",))


@pytest.mark.parametrize("verb", ["成为", "作为"])
def test_whose_supplier_a_company_became_is_not_the_topic_after_it(verb):
    text = f"渤锐数控今年已{verb}天津四机的一级供应商,年供货额超过5000万元。"
    assert run(text, BORUI, SIJI) == [("borui", 5e7, "元")]


CENTRE = ("centre", "Organization", ("氢能装备检测中心",))
BAOLONG = ("baolong", "Company", ("宝隆氢能",))


def test_what_a_company_invested_to_set_up_carries_the_clauses_after_it():
    text = ("宝隆氢能则向滦州经济开发区投资设立了氢能装备检测中心,可为京津冀企业提供检测服务,"
            "年检测能力5000只。")
    assert run(text, BAOLONG, CENTRE, ("jjj", "Region", ("京津冀",))) == [("centre", 5000, "只")]


HEJIAN = ("hejian", "Region", ("河间", "河间市"))
HEJIAN_CENTRE = ("centre", "Organization", ("河间市中医药产业发展中心",))


@pytest.mark.parametrize("opening", ["下一步", "今后", "明年"])
def test_a_place_after_a_speech_verb_and_a_time_word_is_the_subject_not_the_speaker(opening):
    text = (f"河间市中医药产业发展中心主任白书文表示,{opening}河间将全链条招商,力争到2027年"
            "中医药产业营业收入突破120亿元。")
    assert run(text, HEJIAN_CENTRE, HEJIAN) == [("hejian", 1.2e10, "元")]


CANGZHOU = ("cangzhou", "Region", ("沧州", "沧州市"))
HUANGHUA = ("huanghua", "Region", ("黄骅", "黄骅市"))


def test_a_city_taken_as_the_model_is_no_referent_of_quanshi():
    text = "有关负责人表示,沧州将以黄骅为龙头加快发展,力争到2027年全市氢能产业产值突破80亿元。"
    assert run(text, CANGZHOU, HUANGHUA) == [("cangzhou", 8e9, "元")]


PLATFORM = ("platform", "Project", ("中药材质量追溯平台",))
HEJIAN_PACT = ("pact", "Policy", ("西城—河间中医药产业协作框架协议",))


@pytest.mark.parametrize("joint", ["联合举办产销对接活动4场", "共同举办产销对接活动4场"])
def test_what_the_partners_do_together_is_not_the_site_they_build(joint):
    text = (f"西城区与河间市签署《西城—河间中医药产业协作框架协议》。协议约定,双方共建中药材质量"
            f"追溯平台,每年{joint}。")
    assert run(text, HEJIAN_PACT, PLATFORM) == [("pact", 4, "场")]


LAB = ("lab", "Project", ("精密主轴联合实验室",))


def test_a_laboratory_built_jointly_carries_the_clauses_after_it():
    text = "机械工程学院还与乙能源有限公司共建了精密主轴联合实验室,今年已攻克关键技术6项。"
    assert run(text, FIRMS[1], LAB) == [("lab", 6, "项")]


TRIAL_ZONE = ("trial", "Park", ("北京(曹妃甸)现代产业发展试验区",))
OTHER_PARK = ("other", "Park", ("天津京津合作示范区",))


def test_a_park_named_again_after_qizhong_takes_the_figures_even_when_split():
    text = ("天津京津合作示范区规划面积约113平方公里。在河北,北京(曹妃甸)现代产业发展试验区、"
            "保定·中关村创新中心等一批合作园区加速成长,其中北京(曹妃甸)现代产业发展试验区"
            "已落地北京项目400余个,总投资约2100亿元。")
    doc = parse_text(text, "t", meta={"published": "2024-06-01"})
    trial = entity(doc, *TRIAL_ZONE[:2], *TRIAL_ZONE[2])
    second = trial.mentions[1].start  # the mention finders split the name said again
    split = (Mention(second, second + 2, "北京", "Region", "test"),)
    entities = [entity(doc, *OTHER_PARK[:2], *OTHER_PARK[2]),
                Entity(id="trial", type="Park", name=trial.name, mentions=trial.mentions[:1]),
                Entity(id="beijing", type="Region", name="北京", mentions=split)]
    facts = extract_facts(doc, split_sentences(doc), entities)
    assert [(f.s, f.value) for f in facts] == [("other", 113), ("trial", 400), ("trial", 2.1e11)]


@pytest.mark.parametrize("text", ["开发区将用3年时间打造一个产值超过500亿元的产业集聚区。",
                                  "开发区计划花5年时间打造一个产值超过500亿元的产业集聚区。"])
def test_the_time_given_to_a_goal_is_no_figure(text):
    assert run(text, ("zone", "Park", ("开发区",))) == [("zone", 5e10, "元")]


def test_the_age_of_a_park_in_months_is_still_a_figure():
    text = "示范产业园揭牌成立短短6个月时间,已入驻企业30家。"
    assert [value for _, value, _ in run(text, PARK)] == [6, 30]


GRAIN_BASE = ("base", "Project", ("中药配方颗粒智能制造基地",))


@pytest.mark.parametrize("text", [
    "甲科技有限公司建设中药配方颗粒智能制造基地。公司副总经理介绍,智能制造基地的6条生产线全部"
    "采用在线检测。",
    "甲科技有限公司建设中药配方颗粒智能制造基地。目前,中药配方颗粒智能制造基地的6条生产线已投产。"])
def test_what_a_site_opening_its_clause_has_is_the_sites(text):
    assert run(text, FIRMS[0], GRAIN_BASE) == [("base", 6, "条")]


SEED_BASE = ("base", "Project", ("道地药材种子种苗繁育基地",))


@pytest.mark.parametrize("runner", ["由乙能源有限公司负责运营", "由平谷区的乙能源有限公司负责运营"])
def test_who_runs_a_site_built_is_not_the_topic_of_the_clauses_after_it(runner):
    text = f"根据协议,两地将在安国共建道地药材种子种苗繁育基地,{runner},首期建设育苗大棚120座。"
    assert run(text, SEED_BASE, FIRMS[1], ("pinggu", "Region", ("平谷区",))) == [
        ("base", 120, "座")]


@pytest.mark.parametrize(("text", "expected"), [
    ("廊坊市工业机器人应用密度提高一倍。", []),
    ("廊坊市工业机器人应用密度提高近一倍。", [("city", 1, "倍")]),
    ("廊坊市工业机器人应用密度提高了2倍。", [("city", 2, "倍")]),
    ("廊坊市要让成果走完从样机到产品的最后一公里。", [])])
def test_an_unqualified_chinese_numeral_multiple_or_distance_is_a_manner_of_speaking(
        text, expected):
    assert run(text, CITY) == expected


BUYER = ("buyer", "Company", ("河北第二制药有限公司",))
SELLER = ("seller", "Company", ("天津宁康生物科技有限公司",))


@pytest.mark.parametrize("text", [
    "河北第二制药有限公司是巨鹿县的老牌药企,近年来与天津宁康生物科技有限公司签订长期供货协议,"
    "每年采购提取物约150吨。",
    "河北第二制药有限公司是巨鹿县的老牌药企,今年与天津宁康生物科技有限公司签订了三年期供货协议,"
    "每年采购提取物约150吨。",
    "河北第二制药有限公司是巨鹿县的老牌药企,与天津宁康生物科技有限公司签订长期供货协议,"
    "每年采购提取物约150吨。"])
def test_a_partner_after_a_clause_opening_yu_leaves_the_subject_the_topic(text):
    assert run(text, BUYER, SELLER, ("julu", "Region", ("巨鹿县",))) == [("buyer", 150, "吨")]


def test_a_partner_after_a_dated_yu_leaves_the_speakers_company_the_topic():
    """Session 14 (blind-58): with no name in subject position, 公司 before the officer's
    title stands for the topic, and a year may open the partner's clause (2021年与B…)."""
    foundry = ("foundry", "Company", ("河北献瑞精密铸造有限公司",))
    client = ("client", "Company", ("天津精雕数控机床股份有限公司",))
    text = ("河北献瑞精密铸造有限公司位于献县。公司董事长卢占海介绍,企业原来主要做农机铸件,"
            "2021年与天津精雕数控机床股份有限公司建立配套关系后,投资8000万元改造生产线。")
    assert run(text, foundry, client) == [("foundry", 8e7, "元")]


@pytest.mark.parametrize("text", [
    "迁西县栗源食品有限公司是一家板栗加工企业,经过北京智钢云图信息技术有限公司改造后,"
    "订单交付周期由15天缩短到9天。",
    "迁西县栗源食品有限公司去年接入北京智钢云图信息技术有限公司的平台,订单交付周期由15天缩短到9天。",
    "迁西县栗源食品有限公司给北京智钢云图信息技术有限公司配套包装箱后,订单交付周期由15天缩短到9天。"])
def test_who_serves_a_firm_after_jingguo_jieru_or_gei_owns_none_of_its_figures(text):
    """Session 14 (blind-54): 经过B改造后, 接入B平台 and 给B配套 name who serves or is
    served; the firm that opens the sentence keeps its figures."""
    firm = ("firm", "Company", ("迁西县栗源食品有限公司",))
    vendor = ("vendor", "Company", ("北京智钢云图信息技术有限公司",))
    assert run(text, firm, vendor) == [("firm", 15, "天"), ("firm", 9, "天")]


def test_what_a_firm_does_this_time_is_its_signed_projects():
    """Session 14 (blind-49, -58, -61): a signing list names the firm with its project
    (A公司B项目); a later 此次 sentence about the firm gives the project's figures."""
    firm = ("firm", "Company", ("北京星河智元机器人科技有限公司", "星河智元"))
    base = ("base", "Project", ("人形机器人整机制造基地项目",))
    text = ("签约项目有北京星河智元机器人科技有限公司人形机器人整机制造基地项目等。"
            "星河智元去年营业收入3亿元。星河智元此次在永清投资15亿元,规划用地约200亩。")
    assert run(text, firm, base) == [("firm", 3e8, "元"), ("base", 1.5e9, "元"),
                                      ("base", 200, "亩")]


def test_a_bare_xiangmu_after_a_firm_is_that_firms_signed_project():
    """Session 14 (blind-61): 项目 names the project of the firm named since the last
    project, where a signing list gave the firm one (A公司B项目), not the last project."""
    firm = ("firm", "Company", ("天津钧衡精密传动有限公司",))
    gears = ("gears", "Project", ("谐波减速器生产项目",))
    centre = ("centre", "Project", ("创新中心永清分中心项目",))
    text = ("签约项目有天津钧衡精密传动有限公司谐波减速器生产项目、创新中心永清分中心项目。\n"
            "天津钧衡精密传动有限公司总部位于东丽区。公司决定将部分产能转移至永清,项目总投资4.5亿元。")
    assert run(text, firm, gears, centre) == [("gears", 4.5e8, "元")]


def test_a_project_signed_at_a_meeting_keeps_the_investment_after_it():
    """Session 14 (blind-62): 会上,A与B签约[C项目],总投资15亿元: C's, not the meeting's."""
    fair = ("fair", "Event", ("产业链对接会",))
    firm = ("firm", "Company", ("北京新航智驾科技有限公司",))
    base = ("base", "Project", ("线控底盘装配基地项目",))
    text = ("产业链对接会在大厂举行。会上,北京新航智驾科技有限公司与县政府签约线控底盘装配基地项目,"
            "总投资15亿元。")
    assert run(text, fair, firm, base) == [("base", 1.5e9, "元")]


def test_gai_pingtai_names_the_platform_inside_its_operating_centres_name():
    """Session 14 (blind-59): 在X平台运营中心,…。该平台由…建设,总投资约1.8亿元: the
    centre stands for the platform (no entity of its own), not an earlier platform."""
    twin = ("twin", "Project", ("玻璃窑炉数字孪生平台",))
    centre = ("centre", "Project", ("沙河市玻璃产业工业互联网平台运营中心",))
    text = ("双方共建玻璃窑炉数字孪生平台。\n"
            "在沙河市玻璃产业工业互联网平台运营中心,大屏覆盖全市企业。"
            "该平台由市政府与企业共同投资建设,总投资约1.8亿元。")
    assert run(text, twin, centre) == [("centre", 1.8e8, "元")]


def test_a_place_ranking_what_follows_is_no_subject():
    """Session 14 (blind-59): 河北省首个…平台——[B基地],已为32家企业…: B's count."""
    hebei = ("hebei", "Region", ("河北省",))
    base = ("base", "Project", ("燕郊生物医药中试基地",))
    text = "河北省首个生物医药中试共享平台——燕郊生物医药中试基地,已为京津冀32家企业提供了中试服务。"
    assert run(text, hebei, base) == [("base", 32, "家")]


@pytest.mark.parametrize("text", [
    "迁西县恒利机械制造有限公司去年通过石景山区的北京数擎工业软件有限公司部署了系统,总投入不到30万元。",
    "迁西县恒利机械制造有限公司去年供应京津冀地区的设备超过5000台。",
    "迁西县恒利机械制造有限公司在献县生产,15名研究人员常驻天津。",
    "迁西县恒利机械制造有限公司成立了驻天津服务站,今年以来开展对接11次。",
    "迁西县恒利机械制造有限公司开通了6条通勤班车线路直达天津。"])
def test_where_a_firms_goods_or_staff_go_and_who_serves_it_are_no_subjects(text):
    """Session 14 (blind-58, -59, -62): 通过[place]的B, 供应/销往/常驻[place]: the firm
    that opens the sentence keeps its figures."""
    firm = ("firm", "Company", ("迁西县恒利机械制造有限公司",))
    vendor = ("vendor", "Company", ("北京数擎工业软件有限公司",))
    places = [(key, "Region", (name,)) for key, name in (
        ("shijingshan", "石景山区"), ("jjj", "京津冀"), ("tianjin", "天津"), ("xian", "献县"))]
    assert {f[0] for f in run(text, firm, vendor, *places)} == {"firm"}


def test_where_parts_come_from_is_never_the_speakers_subject():
    """Session 14 (blind-60): “…伺服电机来自保定,国产化率由45%提升到了70%以上。”A总经理B
    说: the rate is A's, not 保定's."""
    firm = ("firm", "Company", ("天津辰星智能机器人有限公司",))
    baoding = ("baoding", "Region", ("保定",))
    text = ("天津辰星智能机器人有限公司位于北辰区。"
            "“现在伺服电机来自保定,国产化率由45%提升到了70%以上。”天津辰星智能机器人有限公司总经理王强说。")
    assert {f[0] for f in run(text, firm, baoding)} == {"firm"}


def test_who_serves_us_in_a_quote_leaves_the_figures_to_the_speakers_firm():
    """Session 14 (blind-60): “A给我们算了笔细账,…投入不到30万元。”: the speaker's firm
    (the figures carried on from it), not A's."""
    firm = ("firm", "Company", ("青县华源电子机箱有限公司",))
    vendor = ("vendor", "Company", ("北京云智汇工业互联网科技有限公司",))
    text = ("青县华源电子机箱有限公司今年完成改造。"
            "“北京云智汇工业互联网科技有限公司给我们算了笔细账,先从设备联网做起,投入不到30万元。”")
    assert run(text, firm, vendor) == [("firm", 3e5, "元")]


def test_projects_counted_as_settling_in_a_park_are_the_parks():
    """Session 14 (blind-61): 其中4个项目落户[A开发区],2个项目落户[B开发区]: each park's."""
    fair = ("fair", "Event", ("产业链协作对接会",))
    yutian = ("yutian", "Park", ("玉田经济开发区",))
    baodi = ("baodi", "Park", ("天津宝坻经济开发区",))
    text = ("产业链协作对接会上签约项目6个。其中4个项目落户玉田经济开发区,"
            "2个项目落户天津宝坻经济开发区。")
    assert run(text, fair, yutian, baodi) == [
        ("fair", 6, "个"), ("yutian", 4, "个"), ("baodi", 2, "个")]


def test_what_a_firm_signed_this_time_is_its_project_not_the_meetings():
    """Session 14 (blind-61): A是…企业,此次签约的项目落户玉田,总投资2.4亿元: A's one signed
    project's (A公司B项目 in the signing list), not the meeting's."""
    fair = ("fair", "Event", ("产业链协作对接会",))
    firm = ("firm", "Company", ("天津瑞能电池科技有限公司",))
    box = ("box", "Project", ("电池包箱体项目",))
    text = ("产业链协作对接会签约了天津瑞能电池科技有限公司电池包箱体项目等。"
            "天津瑞能电池科技有限公司是一家动力电池企业,此次签约的项目落户玉田,总投资2.4亿元。")
    assert run(text, fair, firm, box) == [("box", 2.4e8, "元")]


def test_a_breakdown_by_source_belongs_to_the_count_it_breaks_down():
    """Session 14 (blind-61): 签约项目9个。…A项目总投资2亿元,共4个…。从项目来源看,北京项目5个、
    天津项目3个: parts of the meeting's 9, not of the project named last."""
    fair = ("fair", "Event", ("机器人产业推进会",))
    centre = ("centre", "Project", ("永清分中心项目",))
    text = ("机器人产业推进会现场共签约项目9个。永清分中心项目将建设实验室4个。"
            "从项目来源看,北京项目5个、天津项目3个、本地项目1个。")
    assert run(text, fair, centre) == [("fair", 9, "个"), ("centre", 4, "个"),
                                       ("fair", 5, "个"), ("fair", 3, "个"), ("fair", 1, "个")]


def test_gai_xiangmu_after_a_firm_is_that_firms_signed_project():
    """Session 14 (blind-61): as a bare 项目, 该项目 after a firm named since the last project
    is the firm's one signed project."""
    firm = ("firm", "Company", ("北京恒泽医疗器械有限公司", "恒泽医疗"))
    bones = ("bones", "Project", ("骨科耗材生产线项目",))
    kits = ("kits", "Project", ("体外诊断试剂生产基地项目",))
    text = ("签约项目有北京恒泽医疗器械有限公司骨科耗材生产线项目、体外诊断试剂生产基地项目。\n"
            "恒泽医疗总经理郭海燕说,公司选了鹿泉。据悉,该项目总投资6.2亿元。")
    assert run(text, firm, bones, kits) == [("bones", 6.2e8, "元")]


def test_a_subsidiarys_half_year_sales_after_the_project_it_built_are_its_own():
    """Session 14 (blind-60): 这家公司是[B集团]的全资子公司,…建成[C项目],…今年上半年销售收入
    同比增长73%: the subsidiary's (a half year's sales are no site's annual output)."""
    firm = ("firm", "Company", ("沙河市冀南氢能科技有限公司",))
    parent = ("parent", "Company", ("河北冀南玻璃集团有限公司",))
    plant = ("plant", "Project", ("工业副产氢提纯项目",))
    text = ("沙河市冀南氢能科技有限公司是河北冀南玻璃集团有限公司的全资子公司,"
            "2023年投资4.2亿元建成工业副产氢提纯项目,今年上半年销售收入同比增长73%。")
    assert run(text, firm, parent, plant) == [("plant", 4.2e8, "元"), ("firm", 73, "%")]


def test_a_firm_described_before_a_colon_keeps_the_figures_after_it():
    """Session 14 (blind-62): A是首批试点企业之一,…看了“数字看板”:…联网设备由12台增至96台:
    no name after the colon, so the figures are A's."""
    firm = ("firm", "Company", ("平乡县飞鸽车业有限公司",))
    text = ("平乡县飞鸽车业有限公司是首批试点企业之一,车间主任赵勇带着小编看了“数字看板”:"
            "设备全部联网,联网设备由去年初的12台增至96台,生产效率提高了23%。")
    assert run(text, firm) == [("firm", 12, "台"), ("firm", 96, "台"), ("firm", 23, "%")]


def test_who_attended_is_listed_before_the_events_attendance():
    """Session 14 (blind-63): A局副局长B,C局二级巡视员D,以及企业代表共180余人参加活动: the
    event's attendance, not the last body named in the list."""
    launch = ("launch", "Event", ("平台上线仪式暨伙伴行动启动会",))
    bureau = ("bureau", "GovernmentBody", ("邢台市工业和信息化局",))
    other = ("other", "GovernmentBody", ("北京市石景山区经济和信息化局",))
    text = ("7月8日,平台上线仪式暨伙伴行动启动会在沙河举行。邢台市工业和信息化局副局长汤振宇,"
            "北京市石景山区经济和信息化局二级巡视员顾思源,以及企业代表共180余人参加活动。")
    assert run(text, launch, bureau, other) == [("launch", 180, "人")]


def test_n_projects_zhong_breaks_down_the_count_of_n_said_before():
    """Session 14 (blind-64): 签约项目12个。…\n12个项目中,创新药项目5个、医疗器械项目4个、
    平台3个: parts of the meeting's 12, even a paragraph later."""
    fair = ("fair", "Event", ("生物医药产业链对接会",))
    text = ("生物医药产业链对接会现场签约项目12个。\n"
            "12个项目中,创新药和高端制剂项目5个、医疗器械项目4个、研发和检测服务平台3个。")
    assert run(text, fair) == [("fair", 12, "个"), ("fair", 5, "个"), ("fair", 4, "个"),
                               ("fair", 3, "个")]


def test_what_a_place_serves_as_is_no_subject():
    """Session 14 (blind-63): A作为[B]成员城市,去年获得奖励资金1.8亿元: A's, not B's."""
    baoding = ("baoding", "Region", ("保定",))
    group = ("group", "Cluster", ("京津冀燃料电池汽车示范城市群",))
    text = "保定作为京津冀燃料电池汽车示范城市群成员城市,去年获得中央财政奖励资金1.8亿元。"
    assert run(text, baoding, group) == [("baoding", 1.8e8, "元")]


def test_where_a_place_lies_is_no_subject():
    """Session 14 (blind-64): A地处[河北省]东南部沿海,…可利用的盐碱荒地超过30万亩: A's."""
    haixing = ("haixing", "Region", ("海兴县", "海兴"))
    hebei = ("hebei", "Region", ("河北省",))
    text = "海兴地处河北省东南部沿海,风能资源丰富,可利用的盐碱荒地超过30万亩。"
    assert run(text, haixing, hebei) == [("haixing", 3e5, "亩")]


def test_a_branch_set_up_goes_on_as_the_clauses_topic():
    """Session 14 (blind-65): A今年在承德设立分公司[B],可开展60余项检测: the new branch's."""
    parent = ("parent", "Company", ("北京京城药检科技有限公司",))
    branch = ("branch", "Company", ("承德京城药检检测技术有限公司",))
    text = ("北京京城药检科技有限公司今年在承德设立分公司承德京城药检检测技术有限公司,"
            "可开展农药残留等60余项检测。")
    assert run(text, parent, branch) == [("branch", 60, "项")]


def test_a_project_heading_its_relative_clause_after_qizhong_owns_the_figures():
    """Session 14 (blind-65): 其中,由A牵头实施的[B项目]已投入重卡200辆: B's, not the last
    subject's (其中 alone would carry it on)."""
    fangshan = ("fangshan", "Region", ("房山区",))
    firm = ("firm", "Company", ("北京京运通达物流有限公司",))
    line = ("line", "Project", ("氢能重卡干线物流示范项目",))
    text = ("房山区已开通3条氢能线路。其中,由北京京运通达物流有限公司牵头实施的"
            "氢能重卡干线物流示范项目已投入重卡200辆。")
    assert run(text, fangshan, firm, line) == [("fangshan", 3, "条"), ("line", 200, "辆")]


def test_a_rate_granted_after_a_named_policy_is_its_term():
    """Session 14 (blind-65): 印发《措施》,对…项目,按设备投资额最高给予10%的补贴: the
    policy's term, named in the sentence (a voucher unnamed keeps the place's: blind-59)."""
    rules = ("rules", "Policy", ("房山区促进氢能产业高质量发展若干措施",))
    kind = ("kind", "Project", ("氢能装备项目",))
    text = ("房山区人民政府印发《房山区促进氢能产业高质量发展若干措施》,对在房山落地的氢能装备项目,"
            "按设备投资额最高给予10%的补贴。")
    assert run(text, rules, kind) == [("rules", 10, "%")]


@pytest.mark.parametrize("listed", [
    "一是北京华研精机科技有限公司投资建设的高精度机床主轴轴承项目,总投资6.2亿元;",
    "一是北京华研精机科技有限公司投资6.2亿元建设的高精度机床主轴轴承项目;",
    "一是高精度机床主轴轴承项目,签约企业北京华研精机科技有限公司,总投资6.2亿元;"])
def test_a_firms_project_in_its_town_is_the_project_it_signed(listed):
    """Session 14 (blind-65): A在临西的项目一期将建设8条生产线: the project the list names A
    with (A投资建设的B项目, B项目,签约企业A)."""
    firm = ("firm", "Company", ("北京华研精机科技有限公司", "华研精机"))
    bearing = ("bearing", "Project", ("高精度机床主轴轴承项目",))
    text = listed + "\n董事长柯建平说,华研精机在临西的项目一期将建设8条精密轴承生产线。"
    assert run(text, firm, bearing) == [("bearing", 6.2e8, "元"), ("bearing", 8, "条")]


def test_a_dated_company_anaphor_before_yu_stays_the_subject():
    """Session 14 (blind-66): 去年公司与[B]签下服务合同,接入平台后,效率由61%提高到78%: the
    company's (a time word may open the clause before 公司)."""
    firm = ("firm", "Company", ("邯郸鑫固标准件制造有限公司",))
    vendor = ("vendor", "Company", ("北京铆链科技有限公司", "铆链科技"))
    text = ("邯郸鑫固标准件制造有限公司位于永年。"
            "公司总经理傅宏亮告诉记者,去年公司与铆链科技签下服务合同,接入平台后,设备综合效率由61%提高到78%。")
    assert run(text, firm, vendor) == [("firm", 61, "%"), ("firm", 78, "%")]


@pytest.mark.parametrize("served", ["为河北永晟紧固件集团有限公司部署了", "为集团部署了"])
def test_the_outcomes_of_a_service_are_the_clients(served):
    """Session 14 (blind-66): A为[B]部署了系统,订单交付周期由21天缩短到13天: B's (集团 for
    the group named before the sentence)."""
    client = ("client", "Company", ("河北永晟紧固件集团有限公司",))
    vendor = ("vendor", "Company", ("北京数联方舟软件有限公司", "数联方舟"))
    text = ("河北永晟紧固件集团有限公司是龙头企业。去年,数联方舟" + served +
            "一体化系统,订单交付周期由平均21天缩短到13天,库存资金占用减少约3600万元。")
    assert run(text, client, vendor) == [
        ("client", 21, "天"), ("client", 13, "天"), ("client", 3.6e7, "元")]


def test_the_largest_signed_project_keeps_its_own_investment():
    """Session 14 (blind-66): 签约项目12个。其中,投资额最大的[B项目]由A投资9.8亿元建设: B's,
    not the meeting's (a superlative picks one project out of the total)."""
    fair = ("fair", "Event", ("生物医药产业链协同对接会",))
    dressing = ("dressing", "Project", ("医用功能性敷料产业化项目",))
    firm = ("firm", "Company", ("天津康宁达医药科技有限公司",))
    text = ("生物医药产业链协同对接会现场签约项目12个。其中,投资额最大的医用功能性敷料产业化项目由"
            "天津康宁达医药科技有限公司投资9.8亿元建设。")
    assert run(text, fair, dressing, firm) == [("fair", 12, "个"), ("dressing", 9.8e8, "元")]


def test_a_firms_site_named_by_its_place_is_not_the_places():
    """Session 14 (blind-46, -58): “西青的老厂房只有8000平方米…”, 平谷厂区产能利用率已超过95%:
    the firm's site, not the place's figure."""
    firm = ("firm", "Company", ("北京中兽华泰生物科技有限公司",))
    pinggu = ("pinggu", "Region", ("平谷",))
    text = ("北京中兽华泰生物科技有限公司2024年销售收入突破6亿元,"
            "现有的平谷厂区产能利用率已超过95%。")
    assert run(text, firm, pinggu) == [("firm", 6e8, "元"), ("firm", 95, "%")]


def test_gai_xiangmu_is_the_project_of_a_firm_named_paragraphs_before():
    """Session 14 (blind-53): the firm may be named in an earlier paragraph than 该项目, so
    long as no project was named since."""
    firm = ("firm", "Company", ("北京云迹灵动机器人科技有限公司", "云迹灵动"))
    base = ("base", "Project", ("商用服务机器人华北生产基地项目",))
    weld = ("weld", "Project", ("智能焊接工作站项目",))
    text = ("签约项目有北京云迹灵动机器人科技有限公司商用服务机器人华北生产基地项目、"
            "智能焊接工作站项目。\n"
            "投资规模最大的云迹灵动是一家服务机器人企业。\n"
            "据了解,该项目一期占地98亩。")
    assert run(text, firm, base, weld) == [("base", 98, "亩")]


@pytest.mark.parametrize("text", [
    "甲科技有限公司是一家有着30多年历史的原料药企业。",
    "甲科技有限公司历时7个月完成部署。",
    "甲科技有限公司所在的开发区经过40多年发展,已形成完整链条。",
    "甲科技有限公司参与的10亿元以上项目3个。"])
def test_ages_durations_taken_and_classes_are_no_figures(text):
    """Session 14 (blind-59 … -66): 有着30多年历史, 历时7个月, 经过40多年发展, 10亿元以上项目
    (most annotators; dev's gold counts one firm's age)."""
    facts = run(text, FIRMS[0])
    assert all(unit not in ("年", "个月") and value != 1e9 for _, value, unit in facts)


def test_each_shareholders_stake_is_its_own():
    """Session 14 (blind-42, -53): 合资设立[C],由A持股60%、B持股40%: A's 60, B's 40 (one
    writer of three gives both to C)."""
    a = ("a", "Company", ("北京清氢动力科技股份有限公司", "清氢动力"))
    b = ("b", "Company", ("任丘华油氢能科技有限公司", "华油氢能"))
    c = ("c", "Company", ("河北清华油氢能源有限公司",))
    text = ("两家企业合资设立了河北清华油氢能源有限公司,由清氢动力持股60%、华油氢能持股40%。")
    assert run(text, a, b, c) == [("a", 60, "%"), ("b", 40, "%")]


def test_the_firm_that_takes_on_anothers_order_owns_its_amount():
    """Session 14 (blind-40): 本地企业A,则接下了[B]的代工订单,订单金额逾6亿元: A's (B the
    client)."""
    a = ("a", "Company", ("河北热河本草药业有限公司",))
    b = ("b", "Company", ("天津瑞草堂中药股份有限公司", "瑞草堂"))
    text = ("承德本地企业河北热河本草药业有限公司,则接下了瑞草堂的中药配方颗粒代工订单,"
            "订单金额逾6亿元。")
    assert run(text, a, b) == [("a", 6e8, "元")]


def test_the_fleet_a_firm_runs_is_its_own():
    """Session 14 (blind-76): 在[徐水区],由[A]运营的30辆冷链车已累计运行超过150万公里: A's."""
    xushui = ("xushui", "Region", ("徐水区",))
    firm = ("firm", "Company", ("河北长城物流有限公司",))
    text = "在徐水区,由河北长城物流有限公司运营的30辆氢燃料电池冷链车已投入使用。"
    assert run(text, xushui, firm) == [("firm", 30, "辆")]


def test_a_clusters_long_tail_names_it_again():
    """Session 14 (blind-65, -77): …表示,示范城市群累计推广燃料电池汽车已超过4200辆: the
    cluster named in full before."""
    group = ("group", "Cluster", ("京津冀燃料电池汽车示范城市群",))
    bureau = ("bureau", "GovernmentBody", ("北京市经济和信息化局",))
    text = ("京津冀燃料电池汽车示范城市群进入评估阶段。北京市经济和信息化局有关负责人表示,"
            "示范城市群累计推广燃料电池汽车已超过4200辆。")
    assert run(text, group, bureau) == [("group", 4200, "辆")]


def test_bendihua_is_localised_and_a_route_names_no_subject():
    """Session 14 (blind-75): “…临西到津南的车程只有4个小时,本地化配套让整机成本下降了约12%”
    A副总经理B告诉记者: the speaker's firm (本地化 is no place, 临西到津南 a route)."""
    firm = ("firm", "Company", ("天津精诺数控机床有限公司", "精诺数控"))
    linxi = ("linxi", "Region", ("临西",))
    text = ("天津精诺数控机床有限公司在临西设厂。精诺数控副总经理沈嘉告诉记者,"
            "临西到津南的车程只有4个小时左右,本地化配套让整机成本下降了约12%。")
    assert [f for f in run(text, firm, linxi) if f[2] == "%"] == [("firm", 12, "%")]


def test_xin_xiangmu_is_the_speakers_firms_signed_project():
    """Session 14 (blind-75): A总经理B介绍,新项目达产后可年产谐波减速器30万台: A's one
    signed project (A公司X项目 in the list)."""
    firm = ("firm", "Company", ("天津鑫拓精密传动有限公司", "鑫拓精密传动"))
    gears = ("gears", "Project", ("谐波减速器及关节模组生产项目",))
    text = ("签约项目包括天津鑫拓精密传动有限公司谐波减速器及关节模组生产项目。\n"
            "鑫拓精密传动总经理许卫东介绍,新项目达产后可年产谐波减速器30万台。")
    assert run(text, firm, gears) == [("gears", 3e5, "台")]


def test_dangdi_before_the_firms_it_qualifies_is_no_subject():
    """Session 14 (blind-77): A已在涞水设立服务站,当地企业产品的送检周期由45天缩短到20天: A's
    (当地 qualifies the firms), not the place's."""
    centre = ("centre", "Organization", ("北京市氢能产品质量检验检测中心",))
    laishui = ("laishui", "Region", ("涞水",))
    text = ("北京市氢能产品质量检验检测中心已在涞水设立服务站,"
            "当地企业产品的送检周期由45天缩短到20天。")
    assert run(text, centre, laishui) == [("centre", 45, "天"), ("centre", 20, "天")]


def test_an_investment_inside_the_clause_that_heads_a_site_after_qizhong_is_the_sites():
    """Session 14 (blind-77): 其中,由A投资8000万元建设的[B中心]已开工,占地约15亩: B's."""
    laishui = ("laishui", "Region", ("涞水县",))
    firm = ("firm", "Company", ("保定京涞氢能物流有限公司",))
    hub = ("hub", "Project", ("氢能重卡综合服务中心",))
    text = ("涞水县已落地氢能项目3个。其中,由保定京涞氢能物流有限公司投资8000万元建设的"
            "氢能重卡综合服务中心已开工,占地约15亩。")
    assert run(text, laishui, firm, hub) == [
        ("laishui", 3, "个"), ("hub", 8e7, "元"), ("hub", 15, "亩")]


def test_the_first_party_of_a_dash_item_keeps_its_figures():
    """Session 14 (blind-78): ——A与B签订供货协议,年供货额约8000万元: A's (a dash opens the
    item as a clause break does)."""
    a = ("a", "Company", ("青县凯达机箱制造有限公司",))
    b = ("b", "Company", ("天津瑞驰智能装备有限公司", "天津瑞驰"))
    text = "其中:\n——青县凯达机箱制造有限公司与天津瑞驰签订长期供货协议,年供货额约8000万元;"
    assert run(text, a, b) == [("a", 8e7, "元")]


def test_a_paragraph_opened_by_yiqi_xiangmu_goes_on_from_the_project_named_last():
    """Session 14 (blind-78): …合作建设的[B项目]一期正式投产。\n(another paragraph)\n
    　　一期项目总投资5.8亿元,占地126亩: B's (the indent is a space once normalised)."""
    plant = ("plant", "Project", ("输氢管道管件及阀门产业化项目",))
    text = ("甲公司与乙公司合作建设的输氢管道管件及阀门产业化项目一期正式投产。\n"
            "　　孟村是全国闻名的管件之乡。\n"
            "　　一期项目总投资5.8亿元,占地126亩。")
    assert run(text, plant) == [("plant", 5.8e8, "元"), ("plant", 126, "亩")]


def test_a_new_plant_unnamed_is_the_firm_the_paragraph_opened_with():
    """Session 14 (blind-75): A…将生产从顺义迁至徐水,研发总部仍留在北京。新工厂投资3.1亿元,
    占地86亩: A's (no name in the sentence, the place named last is no owner)."""
    firm = ("firm", "Company", ("北京安座汽车座椅系统有限公司",))
    beijing = ("beijing", "Region", ("北京",))
    text = ("北京安座汽车座椅系统有限公司将座椅生产迁至徐水,研发总部仍留在北京。"
            "新工厂投资3.1亿元,占地86亩。")
    assert run(text, firm, beijing) == [("firm", 3.1e8, "元"), ("firm", 86, "亩")]


def test_qiye_after_a_speaker_and_a_year_is_the_speakers_firm():
    """Session 14 (blind-76): “…”曹立新说,2025年企业燃料电池系统出货量由610套增至1480套:
    the firm of the paragraph (a year may stand between the speech verb and 企业)."""
    firm = ("firm", "Company", ("河北氢驰动力科技有限公司", "氢驰动力"))
    park = ("park", "Park", ("北京未来科学城",))
    text = ("氢驰动力是徐水区引进的企业,研发中心仍留在北京未来科学城。"
            "“徐水的配套是我们的翅膀。”曹立新说,"
            "2025年企业燃料电池系统出货量由上年的610套增至1480套。")
    assert run(text, firm, park) == [("firm", 610, "套"), ("firm", 1480, "套")]


def test_a_sentence_framed_by_a_firms_list_is_about_the_firm():
    """Session 14 (blind-78): 在[A]的供应商名录上,来自河北的企业已由9家增加到41家: A's (but
    在A的厂区里,一条生产线…总投资6000万元: the line's, train-facts-5)."""
    firm = ("firm", "Company", ("北京雁京新能源商用车有限公司", "雁京商用车"))
    hebei = ("hebei", "Region", ("河北",))
    text = "在雁京商用车的供应商名录上,来自河北的企业已由2022年的9家增加到41家。"
    assert run(text, firm, hebei) == [("firm", 9, "家"), ("firm", 41, "家")]


def test_the_founders_listed_after_you_are_not_the_alliance_counted():
    """Session 14 (blind-80): 这一联盟由A、B、[C协会]等单位发起,目前成员单位已有150余家: the
    alliance's members, not the last founder's."""
    union = ("union", "Organization", ("京津冀机器人产业协同创新联盟",))
    a = ("a", "Organization", ("北京市机器人产业创新中心",))
    c = ("c", "Organization", ("天津市机器人产业协会",))
    text = ("京津冀机器人产业协同创新联盟去年成立。这一联盟由北京市机器人产业创新中心、"
            "天津市机器人产业协会等单位发起,目前成员单位已有150余家。")
    assert run(text, union, a, c) == [("union", 150, "家")]


def test_a_bodys_statistics_are_the_place_it_governs():
    """Session 14 (blind-79): 定州市人社局的统计显示,氢能相关企业共有从业人员约3400人: 定州's
    (but 邯郸市工信局数据显示,2025年[永年区]新增…: the place the clause names)."""
    city = ("city", "Region", ("定州市", "定州"))
    body = ("body", "GovernmentBody", ("定州市人力资源和社会保障局",))
    text = ("定州市氢能产业起步早。"
            "定州市人力资源和社会保障局的统计显示,氢能相关企业目前共有从业人员约3400人。")
    assert run(text, city, body) == [("city", 3400, "人")]


def test_yuanqu_after_a_bare_zone_committee_is_the_zone_not_a_park_inside_it():
    """Session 14 (blind-79): [A开发区]规划建设[B产业园]。开发区管委会主任C介绍,园区今年已接待
    考察团37批次: A's (the committee runs the zone)."""
    zone = ("zone", "Park", ("定州经济开发区",))
    park = ("park", "Park", ("氢能装备产业园",))
    text = ("定州经济开发区位于城东。氢能装备产业园已入驻企业9家。"
            "开发区管委会主任孙建民介绍,园区今年已接待京津企业考察团37批次。")
    assert run(text, zone, park) == [("park", 9, "家"), ("zone", 37, "批次")]


def test_a_firm_given_as_an_example_is_no_subject():
    """Session 14 (blind-79): 像[A]这样…的机器人企业,在三河市已有47家: not A's (the
    pipeline gives it to the place)."""
    firm = ("firm", "Company", ("河北星途智能装备有限公司", "星途"))
    sanhe = ("sanhe", "Region", ("三河市",))
    text = "像星途这样“研发在北京、制造在三河”的机器人企业,在三河市已有47家。"
    assert ("firm", 47, "家") not in run(text, firm, sanhe)


# --- round seven: signings, sites built by companies, policy terms, enumerations ---------

def test_fifth_train_facts_set_reaches_f1_095_on_gold_entities():
    """The rules on tests/fixtures/train-facts-5, with the mentions out of the way
    (measured 0.869 before the rules written for that set, 0.996 after)."""
    train = Path(__file__).parent / "fixtures" / "train-facts-5"
    total = [0, 0, 0]
    for path in sorted(train.glob("*.txt")):
        facts, gold, _ = facts_of(path.stem, train)
        total = [a + b for a, b in zip(total, score(facts, gold), strict=True)]
    assert f1(*total) >= 0.95, total


SIGNING_FAIR = ("fair", "Event", ("产业链对接会",))
DEAL = ("deal", "Policy", ("合作框架协议",))
RULES = ("rules", "Policy", ("若干措施",))
FIRM = ("firm", "Company", ("甲科技有限公司",))
PARTNER = ("partner", "Company", ("乙物流有限公司",))


@pytest.mark.parametrize("text", [
    "产业链对接会在廊坊举行。会上,两地签署《合作框架协议》。随后,18个项目集中签约,总投资62.5亿元。",
    "产业链对接会在廊坊举行。两地签署《合作框架协议》,签约项目18个、总投资62.5亿元。"])
def test_a_signings_totals_are_the_events_not_an_agreement_named_before_them(text):
    assert run(text, SIGNING_FAIR, DEAL, CITY) == [("fair", 18, "个"), ("fair", 6.25e9, "元")]


def test_a_signings_totals_never_go_to_a_policy_even_when_no_event_is_named():
    text = "仪式上,《若干措施》同步发布,签约项目8个、总投资48亿元,其中北京企业投资的项目5个。"
    assert run(text, RULES) == []


def test_a_park_counting_its_own_signings_keeps_them():
    assert run("产业链对接会举行。今年以来,示范产业园新签约企业11家。", SIGNING_FAIR, PARK) == [
        ("park", 11, "家")]


@pytest.mark.parametrize(("text", "site"), [
    ("签约项目中,投资最大的是数据平台。甲科技有限公司投资2.8亿元建设该平台,可接入设备2万台。",
     ("site", "Project", ("数据平台",))),
    ("这座加氢站由甲科技有限公司与乙物流有限公司共同投资3200万元建设,日加氢能力1000公斤。",
     ("site", "Project", ("加氢站",))),
    ("甲科技有限公司今年投资1.2亿元,新建了一座印染车间,年产能6000万米。",
     ("site", "Project", ("印染车间",)))])
def test_what_a_company_invests_in_a_site_it_builds_is_the_sites(text, site):
    assert {s for s, _, _ in run(text, FIRM, PARTNER, site)} == {"site"}


def test_a_line_after_its_owner_heads_its_clause_even_after_a_locative():
    text = "在示范产业园,甲科技有限公司的电解槽中试线今年投产,总投资1.8亿元,年产电解槽50台。"
    line = ("line", "Project", ("电解槽中试线",))
    assert run(text, PARK, FIRM, line) == [("line", 1.8e8, "元"), ("line", 50, "台")]


def test_the_company_keeps_its_own_figures_beside_its_projects():
    text = ("甲科技有限公司投资12亿元建设示范基地,达产后年产值30亿元。"
            "公司去年营业收入8.6亿元,员工620人。")
    base = ("base", "Project", ("示范基地",))
    assert run(text, FIRM, base) == [("base", 1.2e9, "元"), ("base", 3e9, "元"),
                                     ("firm", 8.6e8, "元"), ("firm", 620, "人")]


def test_a_projects_figures_after_a_demonstrative_relative_clause_are_the_projects():
    text = "乙物流有限公司建设了示范基地。这个由甲科技有限公司控股的项目总投资6.5亿元。"
    base = ("base", "Project", ("示范基地",))
    assert run(text, PARTNER, FIRM, base) == [("base", 6.5e8, "元")]


def test_a_policys_caps_and_rates_are_its_facts_but_its_thresholds_are_not():
    text = ("按照若干措施,对日加氢能力500公斤以上的新建加氢站,按设备投资额的30%给予补贴,"
            "单站最高补贴600万元;按每公斤10元给予运营补贴;申请补贴的项目投资须在5000万元以上。")
    assert run(text, ("rules", "Policy", ("示范区若干措施", "若干措施"))) == [
        ("rules", 30, "%"), ("rules", 6e6, "元"), ("rules", 10, "元/公斤")]


def test_numbers_listed_respectively_go_to_the_parties_in_order():
    text = ("示范产业园、廊坊市甲镇、廊坊市乙镇分别签约项目7个、4个、3个,"
            "签约金额分别为6亿元、2亿元和1亿元。")
    towns = ("a", "Region", ("甲镇",)), ("b", "Region", ("乙镇",))
    assert run(text, PARK, CITY, *towns) == [
        ("park", 7, "个"), ("a", 4, "个"), ("b", 3, "个"),
        ("park", 6e8, "元"), ("a", 2e8, "元"), ("b", 1e8, "元")]


def test_a_place_in_a_breakdown_outside_the_whole_is_where_the_counted_come_from():
    beijing = ("beijing", "Region", ("北京",))
    tianjin = ("tianjin", "Region", ("天津",))
    assert run("今年以来,廊坊已引进服务商21家,其中北京13家、天津8家。", CITY, beijing, tianjin) == [
        ("city", 21, "家"), ("city", 13, "家"), ("city", 8, "家")]


def test_a_county_in_a_breakdown_of_its_city_keeps_its_own_figure():
    guan = ("guan", "Region", ("固安县",))
    assert run("今年以来,廊坊已引进企业210家,其中固安县120家。", CITY, guan) == [
        ("city", 210, "家"), ("guan", 120, "家")]


@pytest.mark.parametrize("text", [
    "甲科技有限公司说,零部件在30公里范围内就能配齐。",
    "甲科技有限公司说,这里到最近的高速出口只有6公里。",
    "甲科技有限公司董事长在行业干了快30年。",
    "甲科技有限公司入驻后可享受3年房租减免。",
    "甲科技有限公司引进企业16家。这16家企业今年预计实现产值21亿元。"])
def test_radii_distances_years_spent_and_counts_referred_back_to_are_no_facts(text):
    assert [v for _, v, _ in run(text, FIRM)] in ([], [16, 2.1e9])


def test_a_headline_figure_the_body_states_is_dropped_even_if_the_body_attaches_it_nowhere():
    text = "宣化签约8个项目 总投资48亿元\n\n仪式上,《若干措施》同步发布,签约项目8个、总投资48亿元。"
    assert run(text, RULES, ("xh", "Region", ("宣化",))) == []


def test_a_line_a_company_built_heads_its_clause_and_takes_the_figures_after_it():
    text = "甲科技有限公司在示范产业园新建的膜材料中试线9月投入运行,年产膜材料15万平方米。"
    line = ("line", "Project", ("膜材料中试线",))
    assert run(text, FIRM, PARK, line) == [("line", 150000, "平方米")]


def test_this_line_built_by_a_company_is_the_lines():
    text = ("示范产业园里有一条动力电池模组生产线。这条生产线由甲科技有限公司投资4.5亿元建设,"
            "达产后年产动力电池模组8万套。")
    line = ("line", "Project", ("动力电池模组生产线",))
    assert run(text, PARK, FIRM, line) == [("line", 4.5e8, "元"), ("line", 80000, "套")]


def test_a_companys_sales_beside_the_line_it_built_stay_the_companys():
    text = ("甲科技有限公司的负责人介绍,企业在园区建设的导管生产线今年投产,年产能200万套,"
            "今年销售收入预计达到9亿元。")
    line = ("line", "Project", ("导管生产线",))
    assert run(text, FIRM, line) == [("line", 2e6, "套"), ("firm", 9e8, "元")]


def test_land_a_place_sets_aside_in_a_park_is_the_parks_but_land_bought_is_the_buyers():
    assert run("廊坊将在示范产业园再规划2000亩土地。", CITY, PARK) == [("park", 2000, "亩")]
    assert run("甲科技有限公司在示范产业园购地100亩建设分厂。", FIRM, PARK) == [
        ("firm", 100, "亩")]


def test_each_county_of_a_breakdown_list_keeps_its_own_figure():
    guan, xianghe = ("guan", "Region", ("固安县",)), ("xh", "Region", ("香河县",))
    assert run("今年以来,廊坊已落地京津项目45个,其中固安县20个、香河县15个。",
               CITY, guan, xianghe) == [("city", 45, "个"), ("guan", 20, "个"), ("xh", 15, "个")]


def test_a_signing_counted_before_the_event_it_happened_at_is_the_events():
    assert run("共有18个项目在产业链对接会上集中签约,总投资62亿元。", SIGNING_FAIR) == [
        ("fair", 18, "个"), ("fair", 6.2e9, "元")]


def test_the_host_place_of_a_signing_does_not_take_its_totals():
    assert run("产业链对接会昨天在廊坊举行,廊坊市共签约项目18个,总投资62亿元。",
               SIGNING_FAIR, CITY) == [("fair", 18, "个"), ("fair", 6.2e9, "元")]


# --- round 8: facts that generalise (causes found on the two former blind sets) -----------

FACILITY_FIRM = ("branch", "Company", ("甲石化有限公司燕山分公司", "燕山石化"))
GROUP = ("group", "Company", ("乙石化集团",))


def test_qi_after_a_predicate_noun_is_the_subject_not_the_noun():
    text = ("甲石化有限公司燕山分公司(以下简称“燕山石化”)是乙石化集团在京的重要企业,"
            "其提纯装置日产能达2000公斤。")
    assert run(text, FACILITY_FIRM, GROUP) == [("branch", 2000, "公斤")]


def test_a_demonstrative_and_a_rank_before_a_bare_head_still_name_the_zone():
    text = ("承接落地的主阵地是秦皇岛经济技术开发区。这个省级开发区规划面积约38平方公里,"
            "已入驻企业260余家。")
    assert run(text, ECONOMIC_ZONE) == [("zone", 38, "平方公里"), ("zone", 260, "家")]


PLATFORM_II = ("platform", "Project", ("高阳纺织工业互联网平台",))
COUNTY_GY = ("gaoyang", "Region", ("高阳县", "高阳"))


def test_a_target_after_lizheng_belongs_to_the_bare_head_it_names():
    text = ("高阳县与甲科技有限公司共建高阳纺织工业互联网平台。"
            "高阳县下一步将引导更多企业设立服务网点,力争明年平台接入企业突破500家。")
    assert run(text, COUNTY_GY, FIRMS[0], PLATFORM_II) == [("platform", 500, "家")]


COOP_BASE = ("base", "Park", ("南开—玉田生物医药产业协作基地", "协作基地"))


def test_projects_settling_in_a_sites_short_name_are_counted_for_the_site():
    text = ("两地将共建南开—玉田生物医药产业协作基地。签约当天,首批4个项目同步落地协作基地,"
            "总投资约31亿元。")
    assert run(text, COOP_BASE) == [("base", 4, "个"), ("base", 3.1e9, "元")]


def test_projects_landed_are_no_project_named_before_by_its_bare_head():
    text = "示范产业园建设甲生物医药产业化项目。今年示范产业园落地项目总投资达120亿元。"
    project = ("project", "Project", ("甲生物医药产业化项目",))
    assert run(text, PARK, project) == [("park", 1.2e10, "元")]


def test_projects_signed_after_an_agreement_are_the_events_not_the_signers():
    text = ("产业协作推介会在示范产业园举行。廊坊市人民政府与甲科技有限公司签署《战略合作协议》,"
            "9个汽车零部件项目现场签约,总投资52.8亿元。")
    gov = ("gov", "GovernmentBody", ("廊坊市人民政府",))
    fair = ("fair", "Event", ("产业协作推介会",))
    pact = ("pact", "Policy", ("战略合作协议",))
    assert run(text, fair, PARK, gov, FIRMS[0], pact) == [
        ("fair", 9, "个"), ("fair", 5.28e9, "元")]


def test_a_share_in_tenths_after_a_share_word_is_a_percentage_fact():
    text = "甲科技有限公司今年新签订单7.2亿元,其中新能源汽车订单占比超过四成。"
    assert run(text, FIRMS[0]) == [("a", 7.2e8, "元"), ("a", 40, "%")]


def test_land_given_to_build_a_named_park_is_that_parks():
    sub_park = ("sub", "Park", ("氢能装备产业园",))
    text = "示范产业园专门划出约500亩土地建设氢能装备产业园,目前已有4家企业入驻。"
    assert run(text, PARK, sub_park)[0] == ("sub", 500, "亩")
    text = "示范产业园将再拿出1200亩土地,建设氢能装备产业园。"
    assert run(text, PARK, sub_park) == [("sub", 1200, "亩")]
    assert run("廊坊将在示范产业园预留300亩土地,用于承接北京的成果转化。", CITY, PARK) == [
        ("park", 300, "亩")]


ALLIANCE = ("alliance", "Organization", ("京津冀工业母机创新联合体",))


def test_members_counted_after_an_alliance_are_the_alliances_even_at_an_event():
    congress = ("congress", "Event", ("2025京津冀工业母机产业链协同发展大会",))
    founders = (("tju", "Organization", ("天津大学",)),
                ("hebut", "Organization", ("河北工业大学",)))
    text = ("2025京津冀工业母机产业链协同发展大会在天津开幕。大会还发布了由天津大学和河北工业大学等"
            "单位共同发起的京津冀工业母机创新联合体,首批成员单位达到56家。")
    assert run(text, congress, ALLIANCE, *founders) == [("alliance", 56, "家")]


def test_a_bare_yuanqu_after_a_park_the_zone_builds_is_the_zone():
    text = ("秦皇岛经济技术开发区是此次合作的主要承载地。开发区管委会主任介绍,"
            "园区规划建设了约1200亩的氢能装备产业园。今年以来,园区已接待京津企业考察团组30余批次。")
    sub_park = ("sub", "Park", ("氢能装备产业园",))
    assert run(text, ECONOMIC_ZONE, sub_park)[-1] == ("zone", 30, "批次")


def test_firms_enjoying_a_policy_are_counted_for_the_policy():
    text = "河北出台《河北省促进机器人产业发展若干措施》。截至9月底,全省已有130余家企业享受该政策。"
    policy = ("policy", "Policy", ("河北省促进机器人产业发展若干措施",))
    assert run(text, HEBEI, policy) == [("policy", 130, "家")]


def test_what_a_fleet_formed_by_two_firms_puts_on_the_road_is_the_fleets():
    text = "甲科技有限公司与乙能源有限公司合资组建氢能物流车队,首批投放氢燃料电池重卡100辆。"
    fleet = ("fleet", "Project", ("氢能物流车队",))
    assert run(text, *FIRMS, fleet) == [("fleet", 100, "辆")]


def test_a_sentence_opened_by_you_continues_the_project_of_the_list_item_before():
    item = "一、精密导轨项目。由甲科技有限公司投资建设,总投资6.8亿元,占地150亩。"
    rail = ("rail", "Project", ("精密导轨项目",))
    assert run(item, rail, FIRMS[0]) == [("rail", 6.8e8, "元"), ("rail", 150, "亩")]


def test_a_clause_opened_by_xiangmu_after_a_built_site_is_the_sites_not_the_operators():
    text = ("甲科技有限公司投资10亿元建设整机制造基地,"
            "项目将由其全资子公司乙能源有限公司负责建设运营,一期建筑面积4.8万平方米。")
    base = ("base", "Project", ("整机制造基地",))
    assert run(text, *FIRMS, base) == [("base", 1e9, "元"), ("base", 48000, "平方米")]


def test_firms_gathering_at_an_event_are_its_attendance():
    text = "京津冀机器人产业链供需对接会在正定举行。来自北京、天津的60余家企业齐聚正定。"
    fair = ("fair", "Event", ("京津冀机器人产业链供需对接会",))
    place = ("zhengding", "Region", ("正定",))
    assert run(text, fair, place) == [("fair", 60, "家")]


def test_a_radius_in_kilometres_is_no_fact():
    assert run("甲科技有限公司说,核心零部件在200公里半径内就能配齐。", FIRMS[0]) == []


def test_a_company_anaphor_after_a_sentence_about_its_parent_is_the_topic_not_the_parent():
    text = ("走进开发区的甲科技有限公司,装配线正满负荷运转。这家公司是乙能源有限公司的全资子公司。"
            "公司厂长说,工厂年产能由5万台提升至30万台。")
    assert run(text, *FIRMS) == [("a", 50000, "台"), ("a", 300000, "台")]


def test_the_first_party_after_a_description_of_it_owns_what_they_make_together():
    text = ("今年以来,天津本地整车企业甲科技有限公司与乙能源有限公司合作开发的无人配送车已下线,"
            "首批订单200辆。")
    assert run(text, *FIRMS) == [("a", 200, "辆")]


def test_the_total_of_a_project_signed_at_an_event_is_the_projects():
    text = "在天津举办的绿色制造推介会上,工业互联网平台二期项目签约,总投资1.8亿元。"
    phase = ("phase", "Project", ("工业互联网平台二期项目",))
    assert run(text, EXPO, phase) == [("phase", 1.8e8, "元")]


def test_a_site_after_a_demonstrative_and_a_relative_clause_is_the_site_named_before():
    text = ("在开发区的细胞治疗中试平台,记者找到了答案。"
            "这座建筑面积约1.6万平方米的中试平台去年投用,"
            "由开发区管委会与甲科技有限公司共建,目前已承接中试项目27个。")
    platform = ("platform", "Project", ("细胞治疗中试平台",))
    committee = ("committee", "GovernmentBody", ("开发区管委会",))
    assert run(text, platform, committee, FIRMS[0]) == [("platform", 16000, "平方米"),
                                                        ("platform", 27, "个")]


def test_a_speakers_company_is_found_after_gaosu_jizhe():
    text = ("甲科技有限公司与乙能源有限公司签订协议。"
            "公司副总经理韦建华告诉记者,专线配备的转运罐可保温72小时,开通以来已运送制剂1100余批次。")
    person = ("wei", "Person", ("韦建华",))
    assert run(text, *FIRMS, person) == [("a", 1100, "批次")]


def test_a_bare_qiye_opening_a_clause_is_the_company_of_its_sentence():
    text = "甲科技有限公司总经理算了一笔账:接入平台一年来,企业设备综合效率由61%提升至78%。"
    assert run(text, FIRMS[0]) == [("a", 61, "%"), ("a", 78, "%")]


def test_head_starts_are_found_in_one_pass_as_in_two():
    """Where a bare head may start (after 。/与/该… and opening words such as 目前) is found by
    one regex; it agrees with finding each opening, then the opening words after it."""
    from chainkg import facts

    for path in sorted(DEV.glob("*.txt")):
        text = normalise(path.read_text(encoding="utf-8"))
        two_steps = [facts._CLAUSE_OPENERS.match(text, opening.end()).end()
                     for opening in facts._HEAD_OPENING.finditer(text)]
        assert [m.end("openers") for m in facts._HEAD_START.finditer(text)] == two_steps


# --- round 10: mechanisms seen across writers ------------------------------------------

def test_a_place_glued_to_a_count_qualifies_that_count_and_owns_no_other():
    text = ("邢台市工业和信息化局在廊坊举办绿色制造推介会,"
            "三地20多家平台服务商与廊坊近百家玻璃企业面对面“结对子”。")
    bureau = ("bureau", "GovernmentBody", ("邢台市工业和信息化局",))
    assert run(text, EXPO, CITY, bureau) == [("expo", 20, "家"), ("expo", 100, "家")]


def test_the_source_of_a_statistic_is_not_what_its_figures_are_about():
    text = "据廊坊市工业和信息化局统计,去年京津企业在廊坊承接的项目合同额近1.8亿元,同比增长45%。"
    bureau = ("bureau", "GovernmentBody", ("廊坊市工业和信息化局",))
    assert run(text, bureau, CITY) == [("city", 1.8e8, "元"), ("city", 45, "%")]


def test_a_bare_yuanqu_is_the_park_that_opened_the_sentence_before_not_the_zone_in_its_name():
    text = "甲高新区生物医药产业园是承接项目的主要载体。园区规划面积约5.6平方公里,已入驻企业32家。"
    zone = ("zone", "Park", ("甲高新区",))
    bio = ("bio", "Park", ("甲高新区生物医药产业园",))
    assert run(text, zone, bio) == [("bio", 5.6, "平方公里"), ("bio", 32, "家")]


def test_a_park_that_a_park_plans_is_the_topic_of_the_clauses_after_it():
    text = ("作为主阵地,定州经济开发区规划建设了汽车零部件产业园,"
            "规划面积3.2平方公里,已入驻配套企业46家。")
    zone = ("zone", "Park", ("定州经济开发区",))
    parts = ("parts", "Park", ("汽车零部件产业园",))
    assert run(text, zone, parts) == [("parts", 3.2, "平方公里"), ("parts", 46, "家")]


def test_the_partner_of_a_subject_that_cooperates_owns_none_of_its_figures():
    text = ("作为龙头,甲科技有限公司近年来与天津大学合作开展二次开发,"
            "2024年销售收入增至15.3亿元,较上年增长9.6%。")
    university = ("tju", "Organization", ("天津大学",))
    assert run(text, FIRMS[0], university) == [("a", 1.53e9, "元"), ("a", 9.6, "%")]


def test_rates_for_any_one_unit_are_no_facts():
    assert run("甲科技有限公司推出轻量化应用,一家企业每年最低只需投入2万元左右。", FIRMS[0]) == []
    assert run("甲科技有限公司的农户说,以前种玉米一亩地挣不了几百块。", FIRMS[0]) == []
    # (but what a line is made of counts: 一条由18台机器人组成的生产线)
    text = "在甲科技有限公司,一条由18台喷涂机器人组成的生产线正在运转。"
    assert run(text, FIRMS[0]) == [("a", 18, "台")]


def test_the_whole_of_a_breakdown_not_stated_before_is_a_fact():
    text = "示范产业园首批入驻的18家企业中,来自北京的有7家。"
    assert [value for _, value, _ in run(text, PARK)] == [18, 7]


def test_a_distance_beyond_is_no_fact():
    assert run("甲科技有限公司的药材当天要运往百余公里外的提取车间。", FIRMS[0]) == []


def test_a_site_named_again_after_a_demonstrative_is_the_subject_of_the_clauses_after_it():
    text = ("甲科技有限公司今年在产业港投产了一条谐波减速器自动化装配线,"
            "这条装配线投资3.8亿元,设计年产能40万台。")
    line = ("line", "Project", ("谐波减速器自动化装配线",))
    assert run(text, FIRMS[0], line) == [("line", 3.8e8, "元"), ("line", 400000, "台")]


def test_an_investment_before_a_new_line_built_elsewhere_in_the_plant_is_the_lines():
    text = "甲科技有限公司将投资7.4亿元,在现有厂区北侧新建一条精密功能部件智能产线。"
    line = ("line", "Project", ("精密功能部件智能产线",))
    assert run(text, FIRMS[0], line) == [("line", 7.4e8, "元")]


def test_the_builders_of_a_site_stay_builders_when_one_declares_a_short_name_between():
    text = ("丝网产业互联网平台是全县数字化转型的抓手。该平台由甲科技有限公司(以下简称“甲科技”)"
            "与乙能源有限公司共同投资建设,一期投资6800万元,注册企业2100家。")
    platform = ("platform", "Project", ("丝网产业互联网平台",))
    firm = ("a", "Company", ("甲科技有限公司", "甲科技"))
    assert run(text, platform, firm, FIRMS[1]) == [("platform", 6.8e7, "元"),
                                                   ("platform", 2100, "家")]


def test_a_place_heading_the_name_of_what_is_built_owns_none_of_the_figures():
    text = ("石家庄正推动正定与京津共建京津冀生物医药产业协同创新走廊,"
            "今年已从京津引进生物医药项目32个,总投资达到146亿元。")
    places = [("sjz", "Region", ("石家庄",)), ("zd", "Region", ("正定",)),
              ("jjj", "Region", ("京津冀",)), ("bio", "Industry", ("生物医药",))]
    assert run(text, *places) == [("sjz", 32, "个"), ("sjz", 1.46e10, "元")]


def test_where_projects_land_is_not_whose_figure_the_total_is():
    text = ("示范产业园是重要载体,已吸引企业30家。"
            "去年以来,已推动23个装备制造项目在河北落地,协议投资额逾90亿元。")
    assert run(text, PARK, HEBEI) == [("park", 30, "家"), ("park", 23, "个"), ("park", 9e9, "元")]


def test_what_a_park_is_said_to_be_part_of_owns_none_of_its_figures():
    text = "示范产业园是京津冀生命健康集群的重要承载区之一,目前聚集生物医药企业128家。"
    cluster = ("cluster", "Cluster", ("京津冀生命健康集群",))
    assert run(text, PARK, cluster) == [("park", 128, "家")]


def test_the_founder_of_an_alliance_is_not_the_alliance_whose_members_are_counted():
    text = ("京津冀丝网产业数字化创新联盟揭牌成立。"
            "联盟由安平县丝网协会牵头发起,首批成员单位63家。")
    alliance = ("alliance", "Organization", ("京津冀丝网产业数字化创新联盟",))
    association = ("association", "Organization", ("安平县丝网协会",))
    assert run(text, alliance, association) == [("alliance", 63, "家")]


INSTITUTE = ("institute", "Organization", ("河北省氢能产业技术研究院",))
TEST_CENTRE = ("centre", "Organization", ("氢能装备检测中心",))
FENGNAN = ("fengnan", "Region", ("丰南",))


def test_what_a_body_set_up_carries_the_clauses_after_it():
    text = ("河北省氢能产业技术研究院则在丰南设立了氢能装备检测中心,可开展储氢瓶爆破等12类检测,"
            "今年已为68家企业出具检测报告。")
    assert run(text, INSTITUTE, FENGNAN, TEST_CENTRE) == [
        ("centre", 12, "类"), ("centre", 68, "家")]


def test_a_unit_set_up_jointly_leaves_the_partners_the_topic():
    text = "河北省氢能产业技术研究院也与丰南合作设立氢能装备检测中心,首批推动8项成果转化。"
    assert run(text, INSTITUTE, FENGNAN, TEST_CENTRE) == [("institute", 8, "项")]


CEREMONY = ("ceremony", "Event", ("青县机器人产业链项目集中签约仪式",))


def test_this_signing_after_a_ceremony_is_the_ceremony_s():
    text = ("11月18日,青县机器人产业链项目集中签约仪式在县行政中心举行。"
            "此次共签约机器人产业链项目10个,总投资32.8亿元,其中来自北京的项目4个。")
    assert run(text, CEREMONY, ("beijing", "Region", ("北京",))) == [
        ("ceremony", 10, "个"), ("ceremony", 3.28e9, "元"), ("ceremony", 4, "个")]


JUNCHI = ("junchi", "Company", ("保定骏驰汽车集团有限公司", "骏驰集团"))


def test_jituan_after_a_year_opening_the_sentence_is_the_last_group():
    text = "骏驰集团是保定本土成长起来的整车企业。2024年,集团汽车销量21.6万辆。"
    assert run(text, JUNCHI, ("baoding", "Region", ("保定",))) == [("junchi", 216000, "辆")]


def test_women_in_a_quotation_is_the_organisation_of_the_speaker_named_after_it():
    text = ("“很多供应商在北京,我们每年在北京的采购额超过40亿元。”骏驰集团副总裁孟繁宇说。")
    assert run(text, JUNCHI, ("beijing", "Region", ("北京",))) == [("junchi", 4e9, "元")]


def test_a_colon_inside_brackets_does_not_start_the_sentence_afresh():
    ruida = ("ruida", "Company", ("瑞达金属网业",))
    text = "标题\n瑞达金属网业是首家上市公司(证券代码:836215),2025年营业收入9.3亿元。"
    assert run(text, ruida) == [("ruida", 9.3e8, "元")]


def test_bendi_after_de_qualifies_the_rate_of_the_company_before_it():
    maike = ("maike", "Company", ("北京迈科精密数控技术有限公司", "迈科"))
    jjj = ("jjj", "Region", ("京津冀",))
    text = "京津冀协同发展。\n目前,迈科数控的本地采购比例已由不足15%提高到约42%。"
    assert run(text, jjj, maike) == [("maike", 15, "%"), ("maike", 42, "%")]


def test_yuanqu_skips_a_park_after_a_preposition_and_the_places_that_locate_it():
    zgc = ("zgc", "Park", ("中关村科学城",))
    beichen = ("beichen", "Park", ("北辰经开区",))
    haidian = ("haidian", "Region", ("北京海淀",))
    text = ("标题\n北辰经开区今天揭牌。来自北京海淀中关村科学城的企业签约。"
            "今年以来,园区已组织对接活动5场。")
    assert run(text, beichen, haidian, zgc) == [("beichen", 5, "场")]


def test_zheci_and_a_meeting_word_point_back_to_the_last_event():
    event = ("event", "Event", ("京津冀工业母机产业链对接会",))
    base = ("base", "Project", ("数控技工实训基地",))
    text = ("标题\n京津冀工业母机产业链对接会在清苑举行。会后,数控技工实训基地揭牌。"
            "这次对接会共促成供需合作项目21个。")
    assert run(text, event, base) == [("event", 21, "个")]


def test_an_actor_opening_a_later_clause_of_a_breakdown_owns_its_share():
    parent = ("parent", "Company", ("云栈科技",))
    fund = ("fund", "Company", ("枣强县国有资本投资运营有限公司",))
    platform = ("platform", "Project", ("复合材料产业工业互联网平台",))
    text = ("标题\n复合材料产业工业互联网平台总投资1.2亿元,其中云栈科技出资7000万元,"
            "枣强县国有资本投资运营有限公司出资5000万元。")
    assert run(text, platform, parent, fund) == [
        ("platform", 1.2e8, "元"), ("parent", 7e7, "元"), ("fund", 5e7, "元")]


def test_what_a_park_s_committee_reports_is_the_park_s():
    park = ("ecocity", "Park", ("中新天津生态城", "生态城"))
    committee = ("committee", "GovernmentBody", ("中新天津生态城管理委员会", "生态城管委会"))
    text = ("标题\n中新天津生态城今年迎来一批新企业。\n"
            "生态城管委会副主任汪立群介绍,到2027年,开放测试道路里程将延伸至500公里。")
    assert run(text, park, committee, ("wang", "Person", ("汪立群",))) == [
        ("ecocity", 500, "公里")]


# --- round 12 ---------------------------------------------------------------------------

def test_a_weight_class_of_a_machine_is_no_fact():
    text = "甲科技有限公司今年交付49吨级氢燃料电池重卡120辆。"
    assert run(text, FIRMS[0]) == [("a", 120, "辆")]


def test_quan_xian_before_the_firms_it_counts_is_the_county():
    text = ("固安县县长在接受采访时表示,将紧盯京津冀产业链分工,"
            "一手抓装备本地化,力争到2027年全县氢能产业链企业达到30家左右。")
    jjj = ("jjj", "Region", ("京津冀",))
    chain = ("h2", "Industry", ("氢能产业链",))
    assert run(text, COUNTY, jjj, chain) == [("county", 30, "家")]


def test_a_distance_driven_is_no_fact_but_a_mileage_is():
    text = "从甲科技有限公司出发,向西南行驶约230公里,就到了廊坊。"
    assert run(text, FIRMS[0], CITY) == []
    text = "甲科技有限公司已投运重卡320辆,累计行驶里程超2100万公里。"
    assert run(text, FIRMS[0]) == [("a", 320, "辆"), ("a", 2.1e7, "公里")]


def test_a_streak_of_years_is_no_fact():
    text = "甲科技有限公司连续3年居全省前列,今年营业收入12亿元。"
    assert run(text, FIRMS[0]) == [("a", 1.2e9, "元")]


def test_money_invested_then_a_site_built_a_clause_later_is_the_sites():
    site = ("site", "Project", ("伺服电机生产项目",))
    text = "甲科技有限公司将投资1.2亿元,在园区租用标准化厂房1.6万平方米,建设伺服电机生产项目。"
    assert ("site", 1.2e8, "元") in run(text, FIRMS[0], site)


def test_money_two_firms_invest_together_in_a_site_is_the_sites():
    site = ("site", "Project", ("建材产业互联网平台",))
    text = "甲科技有限公司与乙能源有限公司共同投资1.2亿元,建设建材产业互联网平台。"
    assert run(text, *FIRMS, site) == [("site", 1.2e8, "元")]


def test_xinqu_opening_a_clause_is_the_new_area_not_the_bureau_quoted():
    area = ("xiongan", "Region", ("雄安新区",))
    bureau = ("bureau", "GovernmentBody", ("雄安新区改革发展局",))
    text = ("雄安新区生物医药产业加快集聚。"
            "记者从雄安新区改革发展局了解到,截至6月底,新区已承接生命健康类企业137家。")
    assert run(text, bureau, area) == [("xiongan", 137, "家")]


def test_yuanqu_is_the_whole_park_not_the_part_named_after_qizhong():
    zone, part = ("zone", "Park", ("甲经济开发区",)), ("part", "Park", ("汽车零部件产业片区",))
    text = ("甲经济开发区规划面积28平方公里,其中汽车零部件产业片区约6000亩。"
            "近年来,园区已集聚企业56家。")
    assert ("zone", 56, "家") in run(text, zone, part)


def test_gongsi_after_its_partner_in_the_sentence_before_is_still_the_topic():
    text = ("乙能源有限公司的前身是一家小作坊。2020年,公司与天津的甲科技有限公司组建合资公司。"
            "去年,公司销售数控机床1160台。")
    assert ("b", 1160, "台") in run(text, *FIRMS)


def test_a_firm_invested_in_is_not_who_invested():
    fund = ("fund", "Company", ("先进制造业发展基金",))
    text = "邯郸市设立先进制造业发展基金,重点投向工业母机,已对甲科技有限公司完成首轮投资8000万元。"
    assert run(text, fund, FIRMS[0]) == [("fund", 8e7, "元")]


def test_a_speaker_talking_about_a_line_or_a_price_gives_no_figure_of_the_firm():
    person = ("wang", "Person", ("王经理",))
    text = "“这条线路全长6.8公里。”甲科技有限公司经理王经理说。"
    assert run(text, FIRMS[0], person) == []
    text = "甲科技有限公司总经理王经理说,普通铸件每吨能卖到1.2万元。"
    assert run(text, FIRMS[0], person) == []


def test_wo_xian_and_xian_li_are_the_county():
    text = "固安县县长说,县里已组建专班。下一步,我县力争生物医药产业营业收入突破300亿元。"
    assert run(text, COUNTY) == [("county", 3e10, "元")]


def test_a_place_before_its_projects_counted_names_where_they_come_from():
    fair = ("fair", "Event", ("招商推介会",))
    beijing, tianjin = ("bj", "Region", ("北京",)), ("tj", "Region", ("天津",))
    text = "招商推介会上共签约项目14个。从来源地看,北京项目9个、天津项目3个。"
    assert [f for f in run(text, fair, beijing, tianjin) if f[0] in ("bj", "tj")] == []


def test_the_county_opening_the_sentence_keeps_its_figures_after_a_partner():
    zone = ("zone", "Park", ("北京经济技术开发区",))
    text = ("固安县发展迅速。近年来我县积极承接北京非首都功能疏解,与北京经济技术开发区签订了协议,"
            "先后引进京津生物医药项目27个。")
    assert run(text, COUNTY, zone) == [("county", 27, "个")]


def test_bendi_before_a_firms_own_staff_is_no_subject():
    text = "乙能源有限公司今年在固安注册成立子公司,落户开发区,本地运营团队45人。"
    assert run(text, FIRMS[1], COUNTY) == [("b", 45, "人")]


def test_a_numbered_item_opens_with_its_project_whose_investment_it_states():
    """Round 14: the 、 after an item's number lists nothing, and the investment of an
    item whose next clause says who builds it (由A与B合作建设) is the item's project."""
    platform = ("platform", "Project", ("甲乙平台项目",))
    centre = ("centre", "Project", ("工业大数据中心项目",))
    firm = ("firm", "Company", ("北京丙丁科技有限公司",))
    text = ("一、甲乙平台项目，由北京丙丁科技有限公司与县政府合作建设，总投资1.5亿元；\n"
            "二、工业大数据中心项目，投资3.2亿元。")
    assert run(text, platform, centre, firm) == [
        ("platform", 1.5e8, "元"), ("centre", 3.2e8, "元")]


def test_a_firm_counted_in_a_list_still_loses_its_figure_to_the_list():
    text = "北京丙丁科技有限公司、乙能源有限公司等企业参会,投资3.2亿元。"
    found = run(text, ("firm", "Company", ("北京丙丁科技有限公司",)), FIRMS[1])
    assert ("firm", 3.2e8, "元") not in found


def test_enterprise_after_told_the_reporter_is_the_speakers_company():
    firm = ("firm", "Company", ("丁戊医药有限公司",))
    college = ("college", "Organization", ("某某医学院",))
    text = ("丁戊医药有限公司位于昌平。研发总监吴某告诉记者，"
            "企业已与某某医学院合作开展3项临床前研究。")
    assert run(text, firm, college) == [("firm", 3, "项")]


def test_a_name_owning_the_object_does_not_take_the_next_clause_from_the_firm():
    firm = ("firm", "Company", ("乙能源有限公司",))
    text = ("乙能源有限公司是较早上云的企业。公司总经理张某介绍,"
            "企业接入甲科技有限公司的设备管理平台,420台设备全部联网。")
    assert run(text, firm, FIRMS[0]) == [("firm", 420, "台")]


def test_a_site_after_qizhong_takes_the_investment_of_its_clause():
    county = ("county", "Region", ("武邑县",))
    site = ("site", "Project", ("精密主轴产业化项目",))
    text = ("武邑县今年推进重点项目28个。其中,由甲科技有限公司、乙能源有限公司合资设立的"
            "精密主轴产业化项目,总投资8.5亿元,规划用地180亩。")
    assert run(text, county, site, *FIRMS) == [
        ("county", 28, "个"), ("site", 8.5e8, "元"), ("site", 180, "亩")]


def test_enterprise_after_a_period_opening_the_sentence_is_the_paragraphs_firm():
    firm = ("firm", "Company", ("丙药业有限公司", "丙药业"))
    text = ("丙药业有限公司是当地的龙头企业。\n“过去卖的是原料，一公斤十几块钱；"
            "现在附加值翻了几倍。”丙药业董事长孟某说。今年上半年，企业销售收入1.7亿元，同比增长31.5%。")
    assert run(text, firm) == [("firm", 1.7e8, "元"), ("firm", 31.5, "%")]


def test_a_site_built_by_a_subsidiary_keeps_its_investment_after_an_indent():
    """Round 14: 由X全资子公司[A]负责建设运营 names who runs the site opening the sentence
    (after a paragraph indent too), so the investment after it is the site's."""
    site = ("site", "Project", ("智能网联汽车零部件基地",))
    parent = ("parent", "Company", ("北京驰远智行科技股份有限公司", "驰远科技"))
    child = ("child", "Company", ("保定驰远汽车电子有限公司",))
    text = ("驰远科技将在蠡县建设智能网联汽车零部件基地。\n\u3000\u3000该基地由驰远科技全资子公司"
            "保定驰远汽车电子有限公司负责建设运营，总投资18亿元，总占地面积312亩。")
    assert run(text, site, parent, child) == [("site", 1.8e9, "元"), ("site", 312, "亩")]


# --- round 16: facts through the whole builder (mentions and entities too) -----------

def built(text: str) -> list[tuple[str, float, str]]:
    """(entity name, value, unit) of every fact the rules take from ``text`` (the builder
    then lets the learnt ranker re-own each figure: see tests/test_attach.py)."""
    from chainkg.pipeline import extract

    ex = extract(parse_text(text, "t", meta={"published": "2025-04-08"}), ranker=rules_ranker)
    names = {e.id: e.name for e in ex.entities}
    return [(names[f.s], f.value, f.unit) for f in ex.facts]


def test_yuanqu_after_a_committee_running_the_park_is_still_that_park():
    """A zone named only inside the name of the committee that runs the park in focus
    (由B开发区管理委员会负责建设运营) does not take 园区 from that park."""
    text = ("甲乙区汽车零部件产业园位于甲乙区东部，规划面积12.6平方公里，由甲乙经济开发区管理委员会"
            "负责建设运营。园区已累计落地汽车零部件项目38个。")
    assert ("甲乙区汽车零部件产业园", 38, "个") in built(text)


def test_a_numbered_phase_owns_the_figures_said_of_it():
    """…基地一期项目 is a project of its own (the majority of writers name it), and 一期
    or 一期工程 opening a clause or after 的 is that phase."""
    text = ("丙丁科技有限公司投资建设的精密减速器产业化基地一期项目正式投产。"
            "此次投产的一期工程投资7.5亿元，建筑面积8.3万平方米。")
    facts = built(text)
    assert ("精密减速器产业化基地一期项目", 7.5e8, "元") in facts
    assert ("精密减速器产业化基地一期项目", 83000, "平方米") in facts


def test_a_trade_names_last_word_opening_a_clause_is_no_company():
    """汽车 opening a clause is no reference to 北京汽车 (a bare head refers back only
    where it ends like a company: 公司, 集团), and 距 (how far) opens no company's name."""
    text = ("宁晋县汽车零部件产业园位于宁晋县东部。该公司负责人表示，宁晋距长城汽车、北京汽车"
            "等整车企业的工厂均在300公里以内。\n2024年，园区规上企业实现营业收入62.4亿元；"
            "汽车零部件产业从业人员增至8700余人。")
    facts = built(text)
    assert not [f for f in facts if f[0].endswith("汽车")]
    assert ("宁晋县汽车零部件产业园", 8700, "人") in facts


def test_an_order_class_counts_its_trainees():
    text = "开发区与甲乙职业技术学院合作开设机器人运维订单班，每年定向培养学员240名。"
    assert ("机器人运维订单班", 240, "人") in built(text)


def test_a_fund_named_by_its_industry_and_size_owns_its_figures():
    text = "县里还联合甲乙集团设立规模5亿元的氢能产业基金，首期到位资金2亿元。"
    facts = built(text)
    assert ("氢能产业基金", 5e8, "元") in facts
    assert ("氢能产业基金", 2e8, "元") in facts


def test_works_started_together_at_a_ceremony_are_counted_for_it():
    text = ("4月7日，宁晋县汽车零部件产业园第二批京津合作项目集中开工仪式在园区举行。\n"
            "本次集中开工项目共6个，总投资34.6亿元。")
    facts = built(text)
    event = "宁晋县汽车零部件产业园第二批京津合作项目集中开工仪式"
    assert (event, 6, "个") in facts
    assert (event, 3.46e9, "元") in facts


def test_a_sites_head_without_xiangmu_names_the_project():
    """测试场 opening what a speaker says refers back to …封闭测试场项目 (a project's name
    without 项目 ends in its site), not to the speaker's company."""
    text = ("甲乙汽车科技有限公司在园区建设智能网联汽车封闭测试场项目。"
            "公司副总经理张三说，测试场将建设冰雪路面、长坡道等20余种测试场景。")
    facts = built(text)
    assert ("智能网联汽车封闭测试场项目", 20, "种") in facts
    assert not [f for f in facts if f[0] == "甲乙汽车科技有限公司"]


def test_a_project_after_cici_is_the_one_named_before():
    """此次升级项目 opens a sentence as 该项目 would: the figures are the project's, not
    those of the company the paragraph was about."""
    text = ("丙丁制药集团有限公司与园区签约建设原料药绿色化升级项目。\n"
            "作为本地龙头，丙丁制药集团有限公司早在2016年就在高邑设立全资子公司戊己制药（高邑）"
            "有限公司，主要生产原料药。此次升级项目将新建连续流反应车间2座，年新增产值约5亿元。")
    facts = built(text)
    assert ("原料药绿色化升级项目", 2, "座") in facts
    assert ("原料药绿色化升级项目", 5e8, "元") in facts


def test_a_site_opening_a_speakers_words_is_not_the_speakers_company():
    """…介绍，项目总投资1.3亿元 is a site's figure; where no site of that head was found,
    the speaker's company does not take it (fact:speaker)."""
    text = ("甲乙钢铁有限公司去年建成5G全连接工厂。"
            "甲乙钢铁有限公司信息中心主任李四介绍，项目总投资1.3亿元，产品质量异议率下降31%。")
    facts = built(text)
    assert not [f for f in facts if f[0] == "甲乙钢铁有限公司" and f[1] == 1.3e8]


def test_a_project_named_right_after_its_owner_owns_its_investment():
    """A project written straight after its owner's legal name (…集团有限公司X生产基地,
    …有限公司X及Y生产基地项目) is found whole and takes its figures."""
    text = ("（一）北京甲乙生物科技有限公司医用敷料及组织修复材料生产基地项目，总投资8.2亿元；\n"
            "（二）北京丙丁医疗器械有限公司一次性医用耗材智能工厂项目，总投资7.2亿元。")
    facts = built(text)
    assert ("医用敷料及组织修复材料生产基地项目", 8.2e8, "元") in facts
    assert ("一次性医用耗材智能工厂项目", 7.2e8, "元") in facts


def test_a_platform_before_its_declared_short_name_is_found():
    """搭建了X平台（简称“Y”）: the bracket ends the platform's name, which takes the
    figures that follow."""
    text = ("去年，甲乙科技有限公司在我县搭建了阜城钢结构产业工业互联网平台（简称“钢构云”），"
            "目前已接入设备4200余台，为87家企业提供订单协同服务。")
    facts = built(text)
    assert ("阜城钢结构产业工业互联网平台", 4200, "台") in facts
    assert ("阜城钢结构产业工业互联网平台", 87, "家") in facts


def test_the_partner_after_ze_or_yi_yu_is_not_the_subject():
    """A则与B签署…, A正与B合作…, A,已与B签订…: the figures are A's, B is the partner."""
    text = ("峰峰矿区甲乙铸造有限公司,已与北京丙丁机床有限公司签订三年期配套合同,"
            "预计每年可新增订单超过1亿元。"
            "天津戊己医药科技有限公司正与北京庚辛医院合作开展经典名方二次开发,已有3个品种进入临床前研究。")
    facts = built(text)
    assert ("峰峰矿区甲乙铸造有限公司", 1e8, "元") in facts
    assert ("天津戊己医药科技有限公司", 3, "个") in facts
    assert not [f for f in facts if f[0] in ("北京丙丁机床有限公司", "北京庚辛医院")]


def test_a_signing_phase_opening_a_sentence_gives_its_totals_to_the_event():
    """供需对接环节, / 会议现场, / 签约仪式上, open a sentence as 会上 does: the signing's
    counts and totals are the event's, not a signer's."""
    text = ("5月8日，钢结构产业数字化转型推进会在县会展中心举行。"
            "会议现场，北京甲乙科技有限公司与县内8家企业签订服务协议，合同金额合计2860万元。\n"
            "供需对接环节，来自北京、天津的12家服务商与32家企业现场签约，签约金额合计约4600万元。")
    facts = built(text)
    event = "钢结构产业数字化转型推进会"
    for value, unit in ((8, "家"), (2.86e7, "元"), (12, "家"), (32, "家"), (4.6e7, "元")):
        assert (event, value, unit) in facts


# --- round 18: learnt from blind-15 … -18 at once ----------------------------------------

def test_who_builds_a_project_for_another_is_not_the_subject_of_its_figures():
    """[B项目],由A旗下的C投资建设,规划…; 建设[B基地]。项目由A的全资子公司C负责实施,占地…:
    the figures are B's, C only builds or runs it (the parent's 旗下/子公司 stands between
    由 and C, and 项目 opening the next sentence still points back to B)."""
    facts = built("2025年以来,肃宁在某镇布局光伏制氢一体化项目,由国家电力投资集团有限公司"
                  "旗下的丙电力有限公司投资建设,规划光伏装机容量200兆瓦。")
    assert facts == [("光伏制氢一体化项目", 200, "兆瓦")]
    facts = built("甲集团投资8.6亿元,在肃宁经济开发区建设中药配方颗粒生产基地。"
                  "项目由甲集团的全资子公司乙药业(肃宁)有限公司负责实施,占地约210亩。")
    assert ("中药配方颗粒生产基地", 210, "亩") in facts
    assert not [f for f in facts if f[0].startswith("乙药业")]


def test_a_company_just_founded_takes_the_figures_that_follow():
    """A迁至开发区,成立[B公司],总投资1.6亿元; A设立了全资子公司[B],运维团队已有40人: the
    new company goes on (as A设立了[B中心] already did for other units)."""
    facts = built("2023年,天津甲自行车有限公司将生产线从天津市静海区整体迁至肃宁经济开发区,"
                  "成立肃宁甲车业有限公司,总投资1.6亿元,目前年产童车配件600万套。")
    assert facts == [("肃宁甲车业有限公司", 1.6e8, "元"), ("肃宁甲车业有限公司", 6e6, "套")]
    assert built("他告诉记者,公司在肃宁设立了全资子公司肃宁乙数字科技有限公司,"
                 "运维团队已有40人。") == [("肃宁乙数字科技有限公司", 40, "人")]


def test_a_company_described_by_its_park_or_parent_keeps_its_figures():
    """A是[B开发区]培育的…企业,去年营收…; A是[B]的全资子公司。项目总投资…; 这家扎根[B开发区]
    近二十年的原料药企业,出口额…: the figures are A's; B only describes A."""
    facts = built("天津乙智能科技有限公司是天津武清开发区培育的科技型中小企业,"
                  "去年营收1.3亿元,同比增长62%。")
    assert facts == [("天津乙智能科技有限公司", 1.3e8, "元"), ("天津乙智能科技有限公司", 62, "%")]
    facts = built("肃宁甲数控(肃宁)有限公司是天津甲数控机床股份有限公司的全资子公司,"
                  "去年3月注册成立。项目总投资12亿元,规划用地260亩。")
    assert {f[0] for f in facts} == {"肃宁甲数控(肃宁)有限公司"}
    facts = built("今年以来,河北丙药业集团有限公司加快转型。这家扎根河北肃宁经济开发区"
                  "近二十年的原料药企业,2025年出口额达到1.3亿美元。")
    assert facts == [("河北丙药业集团有限公司", 1.3e8, "美元")]


@pytest.mark.parametrize(("text", "expected"), [
    ("北京甲氢能汽车有限公司投放重卡50辆,每辆车加满氢可续航约400公里。",
     [("北京甲氢能汽车有限公司", 50, "辆")]),
    ("天津乙氢能装备有限公司的电解槽直流电耗控制在每标方4.4千瓦时以下。", []),
    ("北京甲氢能汽车有限公司表示,每公斤氢气的运输成本有望降到10元以下。", []),
    ("肃宁县对加氢站销售氢气按每公斤10元给予补贴。", [("肃宁县", 10, "元/公斤")])])
def test_a_rate_per_unit_of_measure_or_a_range_is_no_figure(text, expected):
    """每公斤…10元, 每标方4.4千瓦时, 可续航约400公里: a rate or a vehicle's range (writers
    left them out 12 times in 14 across blind-7 … -18); a grant per unit stays (按每公斤
    10元给予补贴), in 元/公斤 as 67 of the 87 figures per kilogram in the golds are stated."""
    assert built(text) == expected


def test_a_company_anaphor_after_a_joint_founding_points_to_the_new_company():
    """A与B合资成立[C],…。几年间,公司陆续推出8个系列产品: 公司 is C, the company the
    paragraph goes on about, not A, the subject of the founding."""
    facts = built("2022年,河北甲轻工机械集团有限公司与北京乙数控科技股份有限公司合资成立"
                  "沧州丙精密机床有限公司,切入数控机床领域。几年间,公司陆续推出8个系列产品,"
                  "今年预计销售机床超过420台。")
    assert facts == [("沧州丙精密机床有限公司", 8, "个"), ("沧州丙精密机床有限公司", 420, "台")]


def test_a_stations_short_name_opening_a_clause_is_the_station():
    """检测服务站计划投资约6000万元 refers back to …检测服务站, a site whose name ends in
    站 (its short name is its last five characters or more), not to the organisation whose
    spokesman speaks (blind-19 and blind-22 gave these figures to the neighbour)."""
    facts = built("甲县正与天津的乙汽车技术研究有限公司洽谈,计划共建新能源汽车零部件检测服务站。"
                  "乙汽车技术研究有限公司相关负责人表示,检测服务站计划投资约6000万元,"
                  "建成后可开展30余项检测。")
    assert facts == [("新能源汽车零部件检测服务站", 6e7, "元"),
                     ("新能源汽车零部件检测服务站", 30, "项")]


def test_a_project_reaching_capacity_in_a_speakers_words_is_not_his_company():
    """…董事长介绍,项目达产后可年产…25万件: the project's output, not the company's; where
    the project is not found under that head, no one takes it."""
    facts = built("北京甲医疗科技有限公司投资建设的骨科植入物生产基地已完成主体封顶。"
                  "该公司董事长张三介绍,项目达产后可年产人工关节等产品25万件,年产值预计超10亿元。")
    assert not [f for f in facts if f[0] == "北京甲医疗科技有限公司"]


@pytest.mark.parametrize(("text", "expected"), [
    ("天津甲精密机床股份有限公司计划明年把整机装配也放到肃宁,"
     "届时肃宁工厂将承担公司约六成的产量。", []),
    ("为此,天津甲机器人科技有限公司派出工程师驻厂半年,按照天津工厂的标准重新梳理了187道工序,"
     "良品率随后提升至98.5%。", []),
    ("北京甲智行科技有限公司已在固安累计完成自动驾驶测试里程40万公里。",
     [("北京甲智行科技有限公司", 4e5, "公里")])])
def test_an_organisation_before_a_place_that_only_modifies_is_not_the_subject(text, expected):
    """肃宁工厂将承担…六成, 按照天津工厂的标准…提升至98.5%: the place modifies the clause's
    own subject, a site or firm left unnamed, so the organisation named before does not take
    the figure (fact:subject was right 6 times in 19 on the sets written without the rules,
    wrong in all four of blind-19 … -22); where the place is where the organisation acts
    (已在[固安]…完成), the figure stays the organisation's."""
    assert built(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("甲县公交公司计划年内投入县城至乙镇线路运营,这条线路全长约110公里。", []),
    ("甲县与北京乙科技有限公司合作,在丙景区开通了一条长12.8公里的自动驾驶接驳线路,投放车辆10辆。",
     [("北京乙科技有限公司", 10, "辆")]),
    ("北京甲智行科技有限公司已在固安建成测试场,测试道路总长约26公里。",
     [("北京甲智行科技有限公司", 26, "公里")])])
def test_the_length_of_a_line_is_no_figure(text, expected):
    """线路全长约110公里, 一条长12.8公里的线路: the length of a line, a pipe or a corridor,
    which writers left out in blind-9, -17, -20, -21, -22 and train-facts-7; the total
    length of a site's test roads (测试道路总长) stays."""
    assert built(text) == expected


def test_a_county_that_sends_firms_to_an_event_counts_them():
    """在…对接会上,[魏县]组织11家企业参会: the county opening the attendance clause after
    the event sent the firms (blind-6, -17, -24); a host place (在天津举办的…) is not it,
    and who signed at an event (A县现场签约项目12个) stays the event's, as writers split."""
    facts = built("今年5月在天津举办的京津冀甲产业链供需对接会上,魏县组织11家企业参会,"
                  "与京津整机企业达成采购意向金额2.3亿元。")
    assert facts == [("魏县", 11, "家"), ("魏县", 2.3e8, "元")]


@pytest.mark.parametrize("text", [
    "魏县的铸造业已有几十年历史。县工业和信息化局局长张三介绍,系统上线一年来,"
    "铸件合格率由91.2%提高到96.8%。",
    "魏县出台了支持机器人产业的措施。“我们县里的纺织企业有300多家,自动化改造需求很大。”"
    "魏县县委书记张三说。"])
def test_an_officials_figures_are_his_places_not_his_bodys(text):
    """县工业和信息化局局长A介绍,…; “…”魏县县委书记A说: the county the body governs (named
    by the body's name, or the last county where the name says only 县) owns the figures;
    no gold set gave a figure reported this way to the body itself."""
    assert {f[0] for f in built(text)} == {"魏县"}


def test_a_place_or_actor_opening_the_clause_after_an_event_opener_is_the_subject():
    """大会期间,[魏县]组织…,先后与…等12家企业洽谈: the county's count, not the event's (as
    会上,A、B等12家企业与C签约 is)."""
    facts = built("2025甲产业合作大会在北京举行。大会期间,魏县组织招商小分队赴京对接,"
                  "先后与甲科技、乙研究所等12家企业和机构洽谈。")
    assert facts == [("魏县", 12, "家")]


def test_a_town_anaphor_points_back_to_the_town():
    """在大营镇,…起步于上世纪80年代。…全镇现有…企业3200余家: 全镇 is the town named last (a
    decade, 80年代, is no figure)."""
    assert built("在枣强县大营镇,皮毛产业起步于上世纪80年代。据统计,全镇现有皮毛企业3200余家。"
                 ) == [("大营镇", 3200, "家")]


def test_how_often_something_happens_is_no_figure():
    """每季度组织1次供需对接活动: a frequency, which no writer counted as a fact."""
    assert built("魏县将编制产业链图谱,每季度组织1次京津冀供需对接活动。") == []


def test_a_company_anaphor_before_an_officers_title_is_the_topic_not_a_partner():
    """A是…企业之一。公司总经理B告诉记者,现在跟[C]一起卖工作站,“去年公司销售额…”: 公司 is
    A, the company the paragraph is about, not C, named as its partner."""
    facts = built("沧州甲焊接设备有限公司是最早入链的企业之一。公司总经理张三告诉记者,"
                  "现在跟天津乙智能装备有限公司一起卖工作站,“去年公司销售额由1.6亿元增加到2.5亿元”。")
    assert facts == [("沧州甲焊接设备有限公司", 1.6e8, "元"),
                     ("沧州甲焊接设备有限公司", 2.5e8, "元")]


def test_the_trainees_of_a_class_are_counted_by_who_runs_it():
    """A与B合作开设[订单班],首批招收学员86名: the school or body that set the class up
    (twelve sets of writers, against six that gave the class its intake)."""
    assert built("魏县与邯郸甲职业技术学院合作开设数控技术订单班,首批招收学员86名。"
                 ) == [("邯郸甲职业技术学院", 86, "人")]


def test_a_purchase_is_the_buyers_not_the_sellers():
    """A今年8月一次性订购[B]五轴加工中心22台,合同金额约1.1亿元 (also 采购了[B]32台): B,
    named after the purchase verb, sells; the order is A's (blind-27, -28; no set gave it to
    the seller)."""
    facts = built("河北乙精密机床有限公司主营五轴加工中心。位于天津滨海新区的天津甲航空零部件制造"
                  "有限公司今年8月一次性订购河北乙精密机床有限公司五轴加工中心22台,合同金额约1.1亿元。")
    assert facts == [("天津甲航空零部件制造有限公司", 22, "台"),
                     ("天津甲航空零部件制造有限公司", 1.1e8, "元")]


def test_a_project_opening_a_later_sentence_is_the_site_the_paragraph_is_about():
    """这条生产线,属于A在承德投资建设的[B基地]。A总部位于…。项目总投资8.5亿元: 项目 is B,
    named two sentences before, not A (blind-28)."""
    facts = built("这条生产线,属于北京甲生物技术有限公司在承德投资建设的无菌制剂产业化基地。"
                  "甲生物总部位于北京市大兴区,主营创新药的研发外包与生产服务。"
                  "项目总投资8.5亿元,分两期建设。")
    assert ("无菌制剂产业化基地", 8.5e8, "元") in facts


@pytest.mark.parametrize("text, fact", [
    ("北京乙医疗科技有限公司在秦皇岛开发区投资建厂。乙医疗总经理张三说,搬迁后单支生产成本"
     "下降了18%。目前,乙医疗秦皇岛工厂有员工210人。", ("北京乙医疗科技有限公司", 210, "人")),
    ("保定甲汽车电子有限公司位于保定高新区。这家2016年成立的企业主要生产车载电源模块,"
     "产品已进入北京多家新能源整车企业的供应链,今年前三季度配套量达46万件,同比增长1.2倍。",
     ("保定甲汽车电子有限公司", 4.6e5, "件"))])
def test_a_place_naming_a_firms_site_or_a_count_of_firms_is_no_subject(text, fact):
    """A秦皇岛工厂有员工210人, 进入北京多家整车企业的供应链: the place names the firm's site
    or qualifies a count, the figure is the firm's (blind-30). (A place opening the clause
    before 工厂, 届时肃宁工厂将承担…, is left as it was: writers split, see below.)"""
    facts = built(text)
    assert fact in facts and {f[0] for f in facts} == {fact[0]}


def test_a_park_setting_the_paragraph_is_what_yuanqu_points_back_to():
    """[B产业园]内,…。(new paragraph) 在[A高新区],…。高新区管委会副主任C介绍,园区目前集聚企业43家:
    园区 is A, where the paragraph is set, not B, named freely in an earlier paragraph
    (blind-28); a park the paragraph names after 位于 does not take it (dev)."""
    facts = built("　　初夏时节,承德高新技术产业开发区医药健康产业园内,"
                  "一座无菌制剂车间刚刚完成设备联调。\n\n"
                  "　　承德是河北中药材的主产区之一。\n\n"
                  "　　在承德高新区,中药与创新药双轮驱动的格局正在成形。高新区管委会副主任张三介绍,"
                  "园区目前集聚医药健康企业43家。")
    assert facts == [("承德高新区", 43, "家")]


def test_a_line_a_speaker_says_is_completed_owns_the_figures_after_it():
    person = ("li", "Person", ("李明",))
    line = ("line", "Project", ("激光雷达模组产线",))
    county = ("county", "Region", ("雄县",))
    text = ("甲科技有限公司的激光雷达模组产线落户雄县。甲科技有限公司总经理李明说,"
            "从考察到签约只用了两个月,雄县产线投产后,预计年产激光雷达模组15万台。")
    assert run(text, FIRMS[0], person, line, county) == [("line", 150000, "台")]


def test_the_parent_a_firm_is_said_to_belong_to_does_not_own_its_figures():
    group = ("group", "Company", ("丙丁装备集团有限公司",))
    text = ("甲科技有限公司在蓟州落户。这家成立于1998年的企业是丙丁装备集团有限公司的控股子公司,"
            "2025年实现营业收入9.7亿元。")
    assert run(text, FIRMS[0], group) == [("a", 9.7e8, "元")]


def test_qiye_after_a_speaker_of_the_last_sentences_subject_is_that_subject():
    supplier = ("s", "Company", ("恒锋精密机械有限公司",))
    person = ("li", "Person", ("李春来",))
    text = ("恒锋精密机械有限公司如今成了甲科技有限公司的一级供应商。公司负责人李春来说,"
            "企业年营业收入由2023年的4800万元增至去年的1.2亿元。")
    assert run(text, supplier, FIRMS[0], person) == [("s", 4.8e7, "元"), ("s", 1.2e8, "元")]


def test_a_firms_unit_a_place_names_leaves_the_figures_to_the_firm():
    person = ("li", "Person", ("蒯立明",))
    tianjin = ("tj", "Region", ("天津",))
    text = "甲科技有限公司副总经理蒯立明介绍,天津子公司一期租用厂房约8000平方米。"
    assert run(text, FIRMS[0], person, tianjin) == [("a", 8000, "平方米")]


def test_a_site_built_by_a_subsidiary_after_you_keeps_its_figures():
    base = ("base", "Project", ("京鹿生物医药中试基地",))
    sub = ("sub", "Company", ("乙生物制药有限公司",))
    text = ("甲科技有限公司在鹿泉布局。京鹿生物医药中试基地由其全资子公司乙生物制药有限公司"
            "投资建设,总投资15.6亿元,占地210亩。")
    assert run(text, FIRMS[0], base, sub) == [("base", 1.56e9, "元"), ("base", 210, "亩")]


def test_a_party_in_a_supporting_role_leaves_the_sites_figures_to_the_site():
    platform = ("platform", "Project", ("紧固件行业工业互联网平台",))
    text = ("紧固件行业工业互联网平台由甲科技有限公司承建,乙能源有限公司参与投资,"
            "总投资8600万元。")
    assert run(text, platform, *FIRMS) == [("platform", 8.6e7, "元")]


def test_a_centre_a_firm_is_building_takes_the_investment_that_follows():
    centre = ("centre", "Organization", ("储氢瓶检测维修中心",))
    text = ("甲科技有限公司总经理说,公司正在开发区建设储氢瓶检测维修中心,计划投资1.8亿元,"
            "明年6月投用。")
    assert run(text, FIRMS[0], centre) == [("centre", 1.8e8, "元")]


def test_a_test_fields_short_name_after_a_speaker_is_the_field():
    field = ("field", "Project", ("智能网联汽车封闭测试场",))
    text = ("乙检测技术有限公司与开发区签约共建智能网联汽车封闭测试场。乙检测技术有限公司"
            "副总经理刘畅告诉记者,封闭测试场将设置隧道、雨雾模拟等12类测试场景。")
    firm = ("b", "Company", ("乙检测技术有限公司",))
    assert run(text, firm, field) == [("field", 12, "类")]


def test_a_firms_site_named_by_its_place_is_the_firm_named_after_that_place():
    firm = ("firm", "Company", ("河北平山精研数控有限公司",))
    county = ("county", "Region", ("平山县", "平山"))
    text = "河北平山精研数控有限公司在平山县投产。目前,平山工厂已有员工310人。"
    assert run(text, firm, county) == [("firm", 310, "人")]


@pytest.mark.parametrize("text", [
    "今年7月,甲科技有限公司与南港工业区的乙能源有限公司签订供货合同,合同金额约3600万元。",
    "签约仪式结束后,甲科技有限公司当场与乙能源有限公司签订了采购协议,金额约3600万元。"])
def test_the_first_party_of_a_contract_keeps_its_figures_where_a_place_or_time_word_intervenes(
        text):
    park = ("park", "Park", ("南港工业区",))
    assert run(text, *FIRMS, park) == [("a", 3.6e7, "元")]


def test_a_subsidiary_described_by_who_set_it_up_where_keeps_its_figures():
    text = ("乙能源有限公司总经理说。这家公司是甲科技有限公司于2023年在万全设立的全资子公司,"
            "2024年营业收入达到7.6亿元。")
    assert run(text, *FIRMS) == [("b", 7.6e8, "元")]


def test_a_park_anaphor_after_dui_is_who_benefits_not_whose_figure():
    text = ("甲科技有限公司在示范产业园投产。乙能源有限公司推出专项产品,对园区内企业给予授信,"
            "今年以来已累计发放贷款3.6亿元。")
    assert run(text, PARK, *FIRMS) == [("b", 3.6e8, "元")]


def test_a_firm_a_place_brings_in_acts_in_the_clauses_after():
    county = ("county", "Region", ("永年区",))
    text = "为此,永年区引入甲科技有限公司,为企业免费开展安全评估,目前已完成评估156家次。"
    assert run(text, county, FIRMS[0]) == [("a", 156, "家次")]


def test_a_firm_pointed_back_to_by_a_word_of_its_name_is_that_firm():
    maker = ("maker", "Company", ("邯郸永鑫智能装备有限公司",))
    group = ("group", "Company", ("河北永鑫紧固件集团有限公司",))
    partner = ("partner", "Company", ("北京京研数控机床有限公司",))
    text = ("河北永鑫紧固件集团有限公司董事长王立峰说,2022年,集团成立了邯郸永鑫智能装备有限公司,"
            "专门研发制造冷镦机,并与北京京研数控机床有限公司合作开发数控系统。"
            "目前,这家装备公司已累计销售冷镦机430余台。")
    assert run(text, maker, group, partner) == [("maker", 430, "台")]


def test_xin_gongsi_is_the_company_just_founded():
    jv = ("jv", "Company", ("唐山擎润机器人系统集成有限公司",))
    text = ("对接会上,甲科技有限公司与乙能源有限公司签约,共同出资2亿元在丰润经济开发区成立"
            "唐山擎润机器人系统集成有限公司,甲科技有限公司持股60%。"
            "新公司主攻焊接机器人工作站,规划年产工作站600套。")
    assert ("jv", 600, "套") in run(text, *FIRMS, jv)


def test_quanqu_after_a_districts_policy_is_that_district():
    baodi = ("baodi", "Region", ("宝坻区",))
    fengrun = ("fengrun", "Region", ("丰润区",))
    plan = ("plan", "Policy", ("宝坻区推动机器人产业高质量发展三年行动计划",))
    text = ("宝坻区与丰润区签署合作协议。区工业和信息化局副局长介绍,《宝坻区推动机器人产业高质量"
            "发展三年行动计划》实施以来,成效明显。按照计划,到2027年全区机器人产业产值将达到120亿元。")
    assert run(text, baodi, fengrun, plan) == [("baodi", 1.2e10, "元")]


def test_a_project_opening_a_sentence_keeps_its_investment_after_where_and_who_builds_it():
    project = ("project", "Project", ("风光制氢一体化示范项目",))
    zone = ("zone", "Park", ("海兴经济开发区临港片区",))
    text = ("海兴县启动风光制氢一体化示范项目。该项目位于海兴经济开发区临港片区,由甲科技有限公司"
            "全资子公司乙能源有限公司投资建设,总投资36亿元,分两期实施。")
    assert run(text, project, zone, *FIRMS) == [("project", 3.6e9, "元")]


def test_a_site_signed_to_be_built_at_an_event_keeps_its_own_investment():
    event = ("event", "Event", ("津承生物医药产业合作交流会",))
    base = ("base", "Project", ("中药配方颗粒生产基地",))
    text = ("津承生物医药产业合作交流会在承德举行。此次交流会上,甲科技有限公司又与承德方面签约建设"
            "中药配方颗粒生产基地,总投资8.5亿元。")
    assert run(text, event, base, FIRMS[0]) == [("base", 8.5e8, "元")]


def test_a_project_a_firm_carries_out_keeps_the_figures_of_its_clauses_after():
    project = ("project", "Project", ("药用包材扩产项目",))
    text = ("甲科技有限公司今年在开发区租用厂房8000平方米,实施药用包材扩产项目,新建生产线4条,"
            "投产后年产预灌封组件约1.5亿支。")
    assert ("project", 4, "条") in run(text, FIRMS[0], project)


def test_the_items_of_a_bulleted_list_go_on_with_the_park_the_first_names():
    park = ("park", "Park", ("机器人产业园",))
    text = ("机器人产业园一期开园。先给大家划重点👇\n"
            "  ▶产业园一期占地约320亩;\n  ▶首批入驻企业27家;\n  ▶入驻项目总投资约42亿元。")
    assert run(text, park) == [("park", 320, "亩"), ("park", 27, "家"), ("park", 4.2e9, "元")]


def test_a_subsidiary_founded_this_time_invests_in_its_founders_one_project():
    base = ("base", "Project", ("人形机器人整机制造基地",))
    sub = ("sub", "Company", ("石家庄灵枢机器人制造有限公司",))
    text = ("签约项目包括甲科技有限公司人形机器人整机制造基地等。此次,甲科技有限公司在我区注册成立"
            "全资子公司石家庄灵枢机器人制造有限公司,总投资10亿元。")
    assert run(text, FIRMS[0], base, sub) == [("base", 1e9, "元")]


def test_jianchenghou_after_a_stake_is_the_project_the_sentence_opens_with():
    project = ("project", "Project", ("精密滚珠丝杠产业化项目",))
    text = ("【项目二】精密滚珠丝杠产业化项目\n该项目由甲科技有限公司与乙能源有限公司合资建设,"
            "总投资4.2亿元,其中甲科技有限公司持股60%,建成后年产精密滚珠丝杠25万根。")
    assert run(text, project, *FIRMS) == [
        ("project", 4.2e8, "元"), ("a", 60, "%"), ("project", 2.5e5, "根")]



def test_quanqu_never_points_back_to_a_county_named_only_as_xian():
    """blind-103: 房山区氢能企业…,2025年全区…86亿元 went to 沽源县, named freely before."""
    article = FIXTURES / "blind-103" / "blind103-fangshan-hydrogen.txt"
    ex = extract_path(article)
    names = {e.id: e.name for e in ex.entities}
    assert [names[f.s] for f in ex.facts if f.text == "86亿元"] == ["房山区"]


def test_a_place_before_zhege_says_where_the_site_is_not_whose_figures():
    field = ("field", "Project", ("智能网联汽车封闭测试场",))
    xushui = ("xushui", "Region", ("徐水",))
    text = ("甲科技有限公司在徐水建设智能网联汽车封闭测试场。“徐水这个封闭测试场建成后,"
            "将设置各类测试道路约8公里。”")
    assert run(text, FIRMS[0], field, xushui) == [("field", 8, "公里")]


@pytest.mark.parametrize("text", [
    "从平乡县城向北约400公里便是丰台。",
    "甲科技有限公司的重卡往返一趟约260公里,加一次氢就够跑。",
    "示范项目位于县城以东约15公里。",
    "“我们在静海的研发中心和南皮的生产基地之间只有120公里。”甲科技有限公司总经理说。",
    "两地行政边界长约60公里。"])
def test_a_distance_between_places_is_no_figure(text):
    county = ("county", "Region", ("平乡县", "丰台", "静海", "南皮"))
    assert run(text, FIRMS[0], county) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("甲科技有限公司成立仅3年,已推出两代人形机器人。", []),
    ("“在机床行业干了整整33年。”甲科技有限公司总经理说。", []),
    ("甲科技有限公司为乙能源有限公司配套电主轴已有8年。", []),
    ("甲科技有限公司对落户企业给予最高3年的厂房租金减免。", [("a", 3, "年")])])
def test_a_span_of_years_is_an_age_or_a_tenure_unless_it_is_a_term_of_support(text, expected):
    assert run(text, *FIRMS) == expected


@pytest.mark.parametrize("text", [
    "“从天开园开车过去不到三个半小时。”甲科技有限公司总经理说。",
    "甲科技有限公司与乙能源有限公司合作已有5个年头。"])
def test_hours_and_years_counted_with_ge_are_no_count(text):
    assert run(text, *FIRMS) == []


def test_an_alliance_built_together_is_no_site_for_the_targets_after_it():
    alliance = ("alliance", "Organization", ("津冀工业母机产业联盟",))
    jinghai = ("jinghai", "Region", ("静海区",))
    text = ("按照规划,静海区将联合冀州等地的配套企业共建津冀工业母机产业联盟,到2028年推动产业链"
            "产值突破150亿元。")
    assert run(text, jinghai, alliance) == [("jinghai", 1.5e10, "元")]


def test_a_firms_site_named_by_its_place_after_de_is_the_firms():
    jizhou = ("jizhou", "Region", ("冀州区", "冀州"))
    firm = ("firm", "Company", ("北京康域医疗器械有限公司", "康域医疗"))
    text = ("北京康域医疗器械有限公司在冀州区投资2亿元建厂。投产半年多,康域医疗的冀州工厂已实现"
            "产值8600万元。")
    assert run(text, firm, jizhou) == [("firm", 2e8, "元"), ("firm", 8.6e7, "元")]


def test_a_firm_introduced_by_what_it_is_before_a_dash_keeps_its_contracts_figures():
    text = ("北京一家激光雷达企业——甲科技有限公司与乙能源有限公司签订战略合作协议,"
            "首期供货激光雷达2万台。")
    assert run(text, *FIRMS) == [("a", 2e4, "台")]


def test_a_kind_after_a_quoted_brand_is_the_brand_not_the_last_of_its_kind():
    platform = ("platform", "Project", ("纺织服装行业工业互联网平台",))
    brand = ("brand", "Project", ("织链云",))
    text = ("甲科技有限公司自主研发的纺织服装行业工业互联网平台已服务企业3000家。董事长表示,"
            "“织链云”平台将在肃宁设立运营中心,首期投入8000万元。")
    assert run(text, FIRMS[0], platform, brand)[-1] == ("brand", 8e7, "元")


def test_a_subsidiary_named_with_its_parent_after_you_runs_the_project_not_owns_its_figures():
    project = ("project", "Project", ("车载储氢瓶项目",))
    sub = ("sub", "Company", ("保定氢驰储能装备有限公司",))
    text = ("车载储氢瓶项目在徐水开工。项目总投资8.5亿元,由甲科技有限公司全资子公司"
            "保定氢驰储能装备有限公司实施,占地约156亩。")
    assert run(text, project, FIRMS[0], sub) == [("project", 8.5e8, "元"), ("project", 156, "亩")]


def test_a_speakers_figures_of_his_firms_own_production_line_are_the_firms():
    text = ("甲科技有限公司引进了新系统。“过去靠经验调燃料。”公司生产部部长贾文涛说,这条日熔化量"
            "600吨的生产线综合能耗下降了7.3%。")
    person = ("jia", "Person", ("贾文涛",))
    assert ("a", 7.3, "%") in run(text, FIRMS[0], person)



def test_jituan_after_a_colon_and_a_year_is_the_group_named_before():
    """blind-119: …他如数家珍:2024年,集团营业收入由19.3亿元增至26.8亿元 (were dropped)."""
    article = next((FIXTURES / "blind-119").glob("*dingzhou*.txt"))
    ex = extract_path(article)
    names = {e.id: e.name for e in ex.entities}
    assert [names[f.s] for f in ex.facts if f.text in ("19.3亿元", "26.8亿元")] == [
        "河北冀行新能源汽车部件集团有限公司"] * 2


def test_attendance_in_a_paragraph_naming_no_event_is_the_leads_event():
    event = ("event", "Event", ("京津冀高端工业母机产业链对接会",))
    county = ("county", "Region", ("南皮",))
    text = ("京津冀高端工业母机产业链对接会在南皮举行。\n  副市长李明远出席活动。"
            "县长陈立新致辞并推介南皮投资环境。来自京津冀三地的120余家企业代表参加。")
    assert run(text, event, county) == [("event", 120, "家")]
