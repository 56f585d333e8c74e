"""Chain placement: inChain from names, enumeration heads, sentences and the article."""

from __future__ import annotations

from chainkg.classify import chain_keywords, dominant_chain
from chainkg.pipeline import extract
from chainkg.text import parse_text


def in_chain(text: str) -> set[tuple[str, str]]:
    ex = extract(parse_text(text, "t"))
    names = {e.id: e.name for e in ex.entities}
    return {(names[r.s], names[r.o]) for r in ex.relations if r.p == "inChain"}


def test_a_pharma_name_places_a_company_in_biomedicine():
    found = in_chain("北京金城泰尔制药有限公司落户沧州。生物医药产业加速集聚。")
    assert ("北京金城泰尔制药有限公司", "生物医药") in found


def test_the_head_of_an_enumeration_places_its_items():
    found = in_chain("张家口引育了北京亿华通科技股份有限公司、张家口海珀尔新能源科技有限公司等"
                     "18家氢能产业链企业。")
    assert ("北京亿华通科技股份有限公司", "氢能") in found
    assert ("张家口海珀尔新能源科技有限公司", "氢能") in found


def test_a_sentence_naming_one_chain_places_its_company():
    found = in_chain("唐山特种机器人市场占有率居全国第一，北京九曜智能科技有限公司技术领先。")
    assert ("北京九曜智能科技有限公司", "机器人") in found


def test_no_chain_without_evidence():
    assert in_chain("河北银行股份有限公司参与发起联盟。") == set()


def test_segments_are_extra_relations_to_segment_iris():
    ex = extract(parse_text("天锻研发的液压机用于新能源汽车。北京精雕科技集团有限公司生产五轴联动"
                            "加工中心，服务高端工业母机产业链。", "t"))
    segments = [r for r in ex.relations if r.p == "inSegment"]
    assert segments and all(r.attrs["kind"] == "segment" for r in segments)
    assert all(r.o.startswith("https://w3id.org/chainkg/chain/") for r in segments)


def test_dominant_chain_needs_a_clear_lead():
    assert dominant_chain("机器人、机器人、机器人与氢能") == "robots"
    assert dominant_chain("氢能与机器人") is None


def test_chain_keywords_come_from_the_ontology():
    keywords = {k: slug for k, slug, _ in chain_keywords()}
    assert keywords["氢能"] == "hydrogen"
    assert keywords["新能源和智能网联汽车"] == "nev"


def test_chain_labels_win_over_segment_keywords_of_other_chains():
    keywords = {k: slug for k, slug, _ in chain_keywords()}
    assert keywords["新能源汽车"] == "nev"


def test_companies_of_a_one_chain_article_are_in_that_chain():
    ex = extract(parse_text("新能源汽车产业加速发展。智能网联汽车测试持续推进，新能源汽车销量增长。"
                            "廊坊经济技术开发区已吸引宁德时代等20余家企业入驻。", "t"))
    by_id = {e.id: e for e in ex.entities}
    chains = {(by_id[r.s].name, by_id[r.o].attrs["chain"]) for r in ex.relations
              if r.p == "inChain"}
    assert ("宁德时代", "https://w3id.org/chainkg/chain/nev") in chains


def test_a_chain_named_inside_another_name_places_only_that_name():
    found = in_chain("位于唐山高新区的唐山星河机器人有限公司扩大产能。")
    assert ("唐山星河机器人有限公司", "机器人") in found
    assert ("唐山高新区", "机器人") not in found


def test_a_park_is_placed_by_the_article_only_where_its_sentences_speak_of_the_chain():
    text = ("氢能产业加速发展。氢能重卡、氢能公交投入运营，加氢站陆续建成。"
            "唐山高新区举办招商推介活动。廊坊高新区集中布局燃料电池电堆项目。")
    found = in_chain(text)
    assert ("廊坊高新区", "氢能") in found
    assert ("唐山高新区", "氢能") not in found


def test_a_steel_mill_buying_robots_and_a_state_investor_are_not_in_the_chain():
    found = in_chain("机器人产业链加快延伸，机器人整机企业订单增长。河北天成钢铁有限公司采购了"
                     "40台焊接机器人。北京华美机器人科技有限公司与保定国有资本投资运营有限公司"
                     "合资建厂，生产协作机器人。")
    assert ("北京华美机器人科技有限公司", "机器人") in found
    assert not any(name.endswith(("钢铁有限公司", "投资运营有限公司")) for name, _ in found)


def test_a_university_is_not_placed_by_the_subject_in_its_name():
    found = in_chain("河北医科大学与石家庄以岭药业股份有限公司合作，发展生物医药。")
    assert ("石家庄以岭药业股份有限公司", "生物医药") in found
    assert not any(name == "河北医科大学" for name, _ in found)


def test_a_park_hosting_a_project_named_for_a_chain_is_not_placed_by_that_name():
    found = in_chain("机器人产业链加快延伸，机器人企业不断集聚，机器人订单增长。"
                     "年产3000台协作机器人项目落户涿州经济开发区。")
    assert ("年产3000台协作机器人项目", "机器人") in found
    assert not any(name == "涿州经济开发区" for name, _ in found)


def test_a_park_hosting_a_firm_is_not_placed_by_what_the_firm_does():
    found = in_chain("北京星河医疗机器人有限公司位于北京通州经济开发区。"
                     "公司的研发中心设在中关村科技园区丰台园，主要研发手术机器人。")
    assert ("北京星河医疗机器人有限公司", "机器人") in found
    assert not any(name.endswith(("开发区", "丰台园")) for name, _ in found)


def test_a_project_placed_by_nothing_else_is_in_the_articles_chain():
    found = in_chain("机器人产业对接会签约机器人项目8个，主要有：\n——精密传动研发与生产项目；\n"
                     "——智慧仓储示范项目。\n机器人企业集聚，机器人整机和零部件协同发展。")
    assert ("精密传动研发与生产项目", "机器人") in found


def test_firms_that_buy_steel_groups_and_fund_managers_are_not_chain_firms():
    found = in_chain("工业母机产业加快发展。秦皇岛海川玻璃制品有限公司今年采购了30台国产机床。"
                     "北京恒远投资管理有限公司参与投资。首钢集团有限公司参加了工业母机对接。")
    assert not any(name in ("秦皇岛海川玻璃制品有限公司", "北京恒远投资管理有限公司",
                            "首钢集团有限公司") for name, _ in found)


def test_a_buyer_is_not_placed_by_the_article_but_its_seller_is():
    ex = extract(parse_text(
        "机器人产业链加快协作。河北恒流泵阀有限公司是一家泵阀企业，今年从北京灵巧机器人科技"
        "有限公司采购了20台机器人。", "demo"))
    names = {e.id: e.name for e in ex.entities}
    placed = {names[r.s] for r in ex.relations if r.p == "inChain"}
    assert "北京灵巧机器人科技有限公司" in placed
    assert "河北恒流泵阀有限公司" not in placed


def test_no_chain_keyword_holds_a_sentence_end_or_a_space():
    # classify reads a sentence's keyword hits off one scan of the whole article; that
    # is the same as scanning the sentence alone only while no keyword could straddle
    # two sentences: each keyword is one sentence of its own, unstripped
    from chainkg.model import Document
    from chainkg.sentences import split_sentences

    for keyword, _, _ in chain_keywords():
        sentences = split_sentences(Document(id="k", text=keyword, norm=keyword))
        assert [s.text for s in sentences] == [keyword]


def test_names_are_blanked_where_they_overlap_and_chains_stay():
    # a chain named inside another name (…机器人…公司) does not speak for the sentence:
    # every character of every name is blanked once, overlapping names included
    from chainkg.classify import _mask_names
    from chainkg.model import Entity, Mention

    text = "天津机器人公司与机器人产业园合作发展机器人"
    company = Entity("c", "Company", "天津机器人公司", mentions=(
        Mention(0, 7, "天津机器人公司", "Company", "suffix:公司"),
        Mention(2, 7, "机器人公司", "Company", "alias")))
    park = Entity("p", "Park", "机器人产业园", mentions=(
        Mention(8, 14, "机器人产业园", "Park", "suffix:产业园"),
        Mention(8, 11, "机器人", "Park", "inner:chain")))
    chain = Entity("i", "Industry", "机器人", mentions=(
        Mention(18, 21, "机器人", "Industry", "chain"),))
    masked = _mask_names(text, [company, park, chain])
    assert len(masked) == len(text)
    assert masked == "\u3000" * 7 + "与" + "\u3000" * 6 + "合作发展机器人"
