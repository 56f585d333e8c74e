"""Entities: one per real-world thing, every form of its name in the aliases."""

from __future__ import annotations

from chainkg.entities import canonical_form, is_short_form, resolve_entities
from chainkg.mentions import find_mentions
from chainkg.model import Document


def entities(text: str, publisher: str | None = None):
    doc = Document(id="t", text=text, norm=text, publisher=publisher)
    return resolve_entities(doc, find_mentions(doc))


def by_name(ents):
    return {e.name: e for e in ents}


def test_short_form_joins_the_full_company_name():
    ents = by_name(entities("北京九曜智能科技有限公司与唐山合作。九曜智能技术领先。"))
    assert ents["北京九曜智能科技有限公司"].aliases == ("九曜智能",)
    assert "九曜智能" not in ents


def test_region_labels_are_one_region_keyed_by_its_iri():
    ents = by_name(entities("唐山是重要一环。唐山市有企业169家。"))
    tangshan = ents["唐山市"]
    assert tangshan.type == "Region" and tangshan.aliases == ("唐山",)
    assert tangshan.key == "https://w3id.org/chainkg/region/130200"


def test_park_names_with_and_without_region_suffix_are_one_park():
    ents = by_name(entities("唐山市高新区与企业合作。唐山高新区有企业150余家。"))
    park = ents["唐山市高新区"]
    assert park.type == "Park" and park.aliases == ("唐山高新区",)


def test_renamed_park_keeps_both_names():
    ents = entities("北京·沧州渤海新区生物医药产业园更名为京津冀·沧州生物医药产业园。")
    parks = [e for e in ents if e.type == "Park"]
    assert len(parks) == 1
    assert set([parks[0].name, *parks[0].aliases]) == {
        "北京·沧州渤海新区生物医药产业园", "京津冀·沧州生物医药产业园"}


def test_wo_sheng_attaches_to_the_publishing_province_but_is_no_alias():
    ents = by_name(entities("河北积极承接。我省累计承接京津转入基本单位4.3万余家。",
                            publisher="河北日报"))
    hebei = ents["河北"]
    assert "我省" not in hebei.aliases
    assert any(m.rule == "coref:我省" for m in hebei.mentions)


def test_bare_yuanqu_attaches_to_the_park_in_focus():
    ents = by_name(entities("走进雄安新区中关村科技园，这里服务完善，为入驻园区企业提供服务。"))
    park = ents["雄安新区中关村科技园"]
    assert any(m.rule == "coref:园区" for m in park.mentions)
    assert "园区" not in park.aliases


def test_entity_ids_are_unique_and_keys_are_names_for_open_types():
    ents = entities("河北雄安罗数科技有限公司总经理李亚洲说，罗数科技发展很快。")
    assert len({e.id for e in ents}) == len(ents)
    company = by_name(ents)["河北雄安罗数科技有限公司"]
    assert company.key == company.name


def test_is_short_form_needs_the_first_character_and_order():
    assert is_short_form("天锻", "天津市天锻压力机有限公司")
    assert not is_short_form("锻天", "天津市天锻压力机有限公司")


def test_canonical_form_ignores_region_spelling_and_brackets():
    assert canonical_form("北京大兴国际机场临空经济区(廊坊)") == canonical_form(
        "北京大兴国际机场临空经济区")
    assert canonical_form("2023世界机器人大会") == canonical_form("世界机器人大会")


def test_a_park_named_with_a_finer_place_is_the_same_park():
    ents = by_name(entities("产业园位于沧州渤海新区临港经济技术开发区。\n"
                            "沧州临港经济技术开发区扩建。"))
    park = ents["沧州渤海新区临港经济技术开发区"]
    assert park.aliases == ("沧州临港经济技术开发区",)


def test_a_place_before_yuanqu_picks_the_park_holding_that_place():
    ents = by_name(entities("北京·沧州渤海新区生物医药产业园运行近10年。"
                            "药厂坐落在北京大兴生物医药产业基地，在沧州园区购地100亩。"))
    park = ents["北京·沧州渤海新区生物医药产业园"]
    assert any(m.rule == "coref:园区" and m.start > 30 for m in park.mentions)


def test_official_long_forms_and_news_short_forms_are_one_name():
    ents = by_name(entities("在保定市高新技术产业开发区，企业满负荷运转。"
                            "保定市高新区已聚集企业120余家。"))
    assert ents["保定市高新技术产业开发区"].aliases == ("保定市高新区",)


def test_a_national_zone_and_its_short_form_are_one_park():
    ents = by_name(entities("唐山国家高新技术产业开发区举行签约。企业与唐山高新区签约。"))
    assert ents["唐山国家高新技术产业开发区"].aliases == ("唐山高新区",)


def test_a_group_short_form_joins_its_full_legal_name():
    ents = by_name(entities("河北远航祥泰投资控股集团有限公司落户沧州。远航集团董事长说。"))
    assert ents["河北远航祥泰投资控股集团有限公司"].aliases == ("远航集团",)


def test_a_group_is_not_the_short_form_of_its_subsidiary():
    ents = by_name(entities("冀星数字技术有限公司由冀星集团设立。"))
    assert {"冀星数字技术有限公司", "冀星集团"} <= set(ents)


def test_a_sub_park_named_by_its_district_is_the_full_sub_park():
    text = "中关村科技园区丰台园（简称丰台园）是一个分园。丰台园企业众多。"
    doc = Document(id="d", text=text, norm=text)
    parks = [e for e in resolve_entities(doc, find_mentions(doc)) if e.type == "Park"]
    assert [(e.name, e.aliases) for e in parks] == [("中关村科技园区丰台园", ("丰台园",))]


def test_a_region_prefixed_abbreviation_with_an_ordinal_is_the_company():
    for full, short in (("天津第四机床有限公司", "天津四机"), ("河北第二制药有限公司", "河北二药"),
                        ("任丘市第一精密锻造有限公司", "任丘一锻")):
        assert is_short_form(short, full)
        ents = by_name(entities(f"{full}扩产。{short}董事长说，{short}在冀配套企业已超过60家。"))
        assert short in ents[full].aliases, ents.keys()
        assert short not in ents


def test_a_bank_and_its_branch_stay_two_companies():
    ents = by_name(entities("河北银行邢台分行为种植户发放贷款。"))
    assert "河北银行" in ents and "河北银行邢台分行" in ents
    assert "河北银行" not in ents["河北银行邢台分行"].aliases


def test_a_bare_zone_word_refers_to_the_zone_not_to_a_park_named_inside_it():
    text = ("河北甲乙高新技术产业开发区是项目的承载地。高新区内的丙丁铸造产业园新增企业9家。"
            "高新区正在建设公共服务平台。")
    park = by_name(entities(text))["河北甲乙高新技术产业开发区"]
    bare = [m.start for m in park.mentions if m.rule.startswith("coref:")]
    assert text.index("高新区正在") in bare


def test_a_short_name_the_article_declares_is_an_alias():
    text = ("中国石油化工股份有限公司北京燕山分公司(以下简称“燕山石化”)是重要的炼化企业。"
            "燕山石化副总经理贺振宇介绍,公司每年将供氢600吨。")
    ents = by_name(entities(text))
    assert "燕山石化" in ents["中国石油化工股份有限公司北京燕山分公司"].aliases
    assert "燕山石化" not in ents


def test_a_project_named_by_its_place_and_head_is_the_project_built_there():
    text = ("北京二七精工装备有限公司在任丘经济技术开发区投资建设精密电主轴生产基地项目,"
            "总投资3.6亿元。副总经理温雪峰介绍,任丘基地投产后,企业的产能将扩大一倍。")
    ents = by_name(entities(text))
    assert "任丘基地" in ents["精密电主轴生产基地项目"].aliases
    text = ("甲公司计划投资4.2亿元,在鹿泉经济开发区建设燃料电池重卡运营及加氢服务项目。"
            "公司董事长说,鹿泉项目一期占地约65亩。")
    ents = by_name(entities(text))
    assert "鹿泉项目" in ents["燃料电池重卡运营及加氢服务项目"].aliases


def test_a_project_named_by_another_place_stays_apart():
    text = ("北京二七精工装备有限公司在任丘经济技术开发区投资建设精密电主轴生产基地项目。"
            "公司的保定基地明年投产。")
    assert "保定基地" not in by_name(entities(text))["精密电主轴生产基地项目"].aliases


def test_a_sites_short_name_may_leave_out_one_word_before_its_head():
    text = ("甲氢能科技有限公司与高碑店市人民政府签约,投资建设高碑店氢燃料电池电堆生产基地。"
            "公司负责人说,电堆基地一期明年3月开工。")
    ents = by_name(entities(text))
    assert "电堆基地" in ents["高碑店氢燃料电池电堆生产基地"].aliases


def test_a_centre_named_by_the_tail_of_a_project_built_before_is_that_project():
    text = ("河北瑞通医药物流有限公司投资2.6亿元,在园区东侧建设医药冷链物流中心。"
            "按计划,冷链物流中心明年年底前投入运营。")
    ents = by_name(entities(text))
    assert "冷链物流中心" in ents["医药冷链物流中心"].aliases
    assert "冷链物流中心" not in ents


def test_a_short_form_the_gazetteer_leaves_out_joins_the_place_the_article_names_in_full():
    ents = by_name(entities("沙河是玻璃城。沙河市人民政府印发方案。"))
    shahe = ents["沙河市"]
    assert shahe.key == "https://w3id.org/chainkg/region/130582" and "沙河" in shahe.aliases


def test_a_park_named_without_the_zone_it_lies_in_is_the_same_park():
    ents = by_name(entities("永清生物医药产业园再扩容。据了解，永清经济开发区生物医药产业园规划面积"
                            "3.2平方公里。"))
    assert ents["永清经济开发区生物医药产业园"].aliases == ("永清生物医药产业园",)


def test_a_base_named_by_its_owner_and_place_is_the_base_the_owner_builds_there():
    ents = by_name(entities("北京星衡机器人科技有限公司投资8.6亿元，在青县经济开发区建设"
                            "协作机器人整机生产基地。据悉，星衡机器人青县基地预计明年建成投产。"))
    assert "星衡机器人青县基地" in ents["协作机器人整机生产基地"].aliases
    assert "星衡机器人青县基地" not in ents


def test_a_project_named_right_after_its_owner_carries_the_owners_name():
    """A有限公司B项目 (no 的 between): writers name the project either way, so the builder
    keeps B项目 as its name and the full form as an alias."""
    ents = by_name(entities("天津甲乙新能源汽车部件有限公司年产50万套电池托盘项目总投资12亿元。"))
    project = ents["年产50万套电池托盘项目"]
    assert project.type == "Project"
    assert project.aliases == ("天津甲乙新能源汽车部件有限公司年产50万套电池托盘项目",)
    assert ents["天津甲乙新能源汽车部件有限公司"].type == "Company"


def test_a_base_named_by_its_owner_and_place_joins_its_owners_short_form():
    """A有限公司[邯郸生产基地] is named (its place after its owner), and 甲乙邯郸基地 later
    is the same base."""
    ents = entities("园区东侧，天津甲乙生物制药有限公司邯郸生产基地正在调试。"
                    "目前，甲乙邯郸基地员工约380人。")
    base = next(e for e in ents if e.type == "Project")
    assert {base.name, *base.aliases} == {
        "天津甲乙生物制药有限公司邯郸生产基地", "邯郸生产基地", "甲乙邯郸基地"}


def test_a_zone_named_only_in_its_committee_does_not_take_yuanqu():
    ents = entities("甲乙区汽车零部件产业园位于甲乙区东部，由甲乙经济开发区管理委员会负责建设运营。"
                    "园区已累计落地项目38个。")
    yuanqu = next(m for e in ents for m in e.mentions if m.text == "园区")
    owner = next(e for e in ents if yuanqu in e.mentions)
    assert owner.name == "甲乙区汽车零部件产业园"


def test_a_site_named_by_its_owners_short_name_is_the_owner_named_project():
    ents = by_name(entities("签约项目包括：北京甲乙智能装备有限公司五轴数控机床生产基地项目，"
                            "总投资25亿元。作为投资额最大的项目，甲乙智能五轴数控机床生产基地"
                            "落户开发区。"))
    projects = [e for e in ents.values() if e.type == "Project"]
    assert len(projects) == 1
    assert {projects[0].name, *projects[0].aliases} >= {
        "北京甲乙智能装备有限公司五轴数控机床生产基地项目", "甲乙智能五轴数控机床生产基地"}


def test_a_county_body_named_by_its_level_is_not_the_citys_body():
    ents = by_name(entities("衡水市工业和信息化局牵头推进。"
                            "据县工业和信息化局统计，全县已有36家企业上云。"))
    assert "县工业和信息化局" in ents
    assert "县工业和信息化局" not in ents["衡水市工业和信息化局"].aliases


def test_a_county_body_named_by_its_level_joins_the_countys_full_body():
    ents = by_name(entities("宽城满族自治县工业和信息化局局长尹红光介绍。"
                            "县工业和信息化局统计显示，"))
    assert "县工业和信息化局" in ents["宽城满族自治县工业和信息化局"].aliases


def test_a_group_named_without_its_place_and_legal_suffix_is_the_same_company():
    ents = by_name(entities("河北青龙矿业集团有限公司在青龙建设制氢项目。青龙矿业集团董事长"
                            "高建军说，津康药业集团的津康药业（曲周）有限公司也落户了。"))
    assert "青龙矿业集团" in ents["河北青龙矿业集团有限公司"].aliases
    assert "青龙矿业集团" not in ents
    # a group is not the company it owns (X集团Y有限公司)
    assert "津康药业集团" in ents and "津康药业集团" not in ents["津康药业（曲周）有限公司"].aliases


def test_a_base_named_only_by_its_place_is_a_project_only_when_built_or_owned():
    # (a base a sentence before builds in that place: see the 任丘基地 test above)
    assert "雄县基地" not in by_name(entities("公司研发中心留在北京，雄县基地承担总装和测试。"))
    owned = by_name(entities("北京甲乙生物技术股份有限公司的藁城基地正在安装设备。"
                             "藁城基地建成后可扩产。"))
    assert owned["藁城基地"].type == "Project"


def test_a_short_form_abbreviates_the_full_name_given_before_it():
    ents = by_name(entities("北京华泽康生物医药科技有限公司迎来新药上市。华泽康成立于2016年，"
                            "2023年在桥西区成立子公司石家庄华泽康药业有限公司。华泽康还选派骨干。"))
    assert "华泽康" in ents["北京华泽康生物医药科技有限公司"].aliases
    assert "华泽康" not in ents["石家庄华泽康药业有限公司"].aliases


def test_a_district_name_two_cities_share_is_the_one_the_article_qualifies():
    ents = by_name(entities("石家庄市新华区招商签约仪式举行。新华区人民政府副区长致辞，"
                            "新华区已有企业13家。"))
    assert "新华区" in ents["石家庄市新华区"].aliases
    assert "新华区" not in ents


def test_a_short_form_with_a_place_is_the_company_named_with_that_place():
    ents = by_name(entities("落户园区的邢台智联行汽车电子有限公司，是北京智联行科技股份有限公司的"
                            "全资子公司。邢台智联行总经理韩志强说。"))
    assert "邢台智联行" in ents["邢台智联行汽车电子有限公司"].aliases
    assert "邢台智联行" not in ents["北京智联行科技股份有限公司"].aliases


def test_a_project_said_again_by_its_place_alone_is_no_entity():
    ents = by_name(entities("北京甲乙药业有限公司的产能利用率超过95%，扩产迫在眉睫。"
                            "秦皇岛项目总投资6.8亿元，保定新项目投产后将新增产能。"))
    assert "秦皇岛项目" not in ents and "保定新项目" not in ents


def test_a_short_name_in_brackets_after_a_company_is_an_alias_not_part_of_the_name():
    # the bracket holds a short name that is no cut of the full one (甲穗农装 for 甲穗农业装备)
    ents = by_name(entities("邢台甲穗农业装备股份有限公司（甲穗农装）引进机器人12套。"
                            "甲穗农装副总经理说，效率提高了。"))
    company = ents["邢台甲穗农业装备股份有限公司"]
    assert company.type == "Company" and "甲穗农装" in company.aliases
    assert not any(name.endswith("）") or name == "甲穗农装" for name in ents)


def test_a_firms_phase_named_after_the_firm_is_a_project_named_with_the_firm():
    projects = {e.name: e.aliases for e in entities(
        "8月26日，天津擎宇电驱动科技有限公司二期项目在蓟州经济开发区竣工投产。")
        if e.type == "Project"}
    assert projects == {"天津擎宇电驱动科技有限公司二期项目": ("二期项目",)}


def test_a_short_name_declared_in_quotes_before_its_kind_is_an_alias():
    projects = {e.name: e.aliases for e in entities(
        "沙河市玻璃产业链工业互联网平台（以下简称“玻璃云链”平台）由市政府投资建设。"
        "“玻璃云链”平台已上线12个应用模块。") if e.type == "Project"}
    assert "玻璃云链" in projects["沙河市玻璃产业链工业互联网平台"]


# A firm's full name, a text naming it once in full and then by a short name, and that
# short name: the short forms news uses besides the bare trade name.
SHORT_NAME_CASES = [
    ("邯郸永鑫智能装备有限公司",  # the trade name and the last word
     "河北永鑫紧固件集团有限公司与北京企业合资成立邯郸永鑫智能装备有限公司。"
     "今年以来，永鑫装备已签订出口订单46台。", "永鑫装备"),
    ("河北恒锻精密机械股份有限公司",  # the trade name and each word's first character
     "河北恒锻精密机械股份有限公司在永年投产。2024年，恒锻精机销售收入达3.8亿元。", "恒锻精机"),
    ("河北骏驰新能源汽车有限公司",  # the trade name and the last word jieba cuts
     "河北骏驰新能源汽车有限公司在徐水投产。骏驰汽车今年计划生产整车12万辆。", "骏驰汽车"),
    ("河北永清华信精密减速机有限公司",
     "河北永清华信精密减速机有限公司落户永清，华信减速机年产减速机8万台。", "华信减速机"),
    ("河北恒固紧固件制造有限公司",  # trade words dropped: 制造, 汽车, 系统
     "河北恒固紧固件制造有限公司落户永年。去年3月，恒固紧固件与北京中科云枢科技有限公司"
     "签订数字化改造协议。", "恒固紧固件"),
    ("河北骏驰新能源汽车有限公司",
     "河北骏驰新能源汽车有限公司在徐水投产。骏驰新能源总经理说，产能将翻一番。", "骏驰新能源"),
    ("河北冀骋热管理系统有限公司",
     "河北冀骋热管理系统有限公司落户，冀骋热管理为其配套。", "冀骋热管理"),
]


def test_a_short_name_news_uses_names_the_company_it_is_short_for():
    for full, text, short in SHORT_NAME_CASES:
        firms = {e.name: e.aliases for e in entities(text) if e.type == "Company"}
        assert short in firms[full], (full, short)


def test_a_site_named_later_without_its_opening_words_and_project_is_the_project():
    ents = by_name(entities("签约项目包括北京甲乙科技有限公司投资的新能源商用车电驱桥生产基地项目。"
                            "甲乙科技的电驱桥生产基地已完成土地摘牌,规划用地300亩。"))
    site = ents["新能源商用车电驱桥生产基地项目"]
    assert "电驱桥生产基地" in site.aliases and "电驱桥生产基地" not in ents


def test_a_firm_named_without_its_province_or_group_brackets_is_the_same_firm():
    ents = by_name(entities("天津港（集团）有限公司今年在东疆建成加氢站。天津港集团相关负责人介绍,"
                            "重卡运行平稳。河北平乡县宏达车业有限公司接入平台。"
                            "平乡县宏达车业有限公司是首批试点企业。"))
    companies = [e for e in ents.values() if e.type == "Company"]
    assert len(companies) == 2


def test_a_zone_named_without_its_kind_is_the_zone():
    ents = by_name(entities("天津东丽经济技术开发区与沧县合作。东丽开发区已有机器人企业80家。"))
    parks = [e for e in ents.values() if e.type == "Park"]
    assert [p.name for p in parks] == ["天津东丽经济技术开发区"]


def test_kong_gu_after_a_short_name_is_the_verb_not_a_company():
    ents = by_name(entities("北京燕清能源科技股份有限公司在围场建厂。"
                            "承德冀氢是燕清能源控股的子公司。"))
    assert "燕清能源控股" not in ents
    assert "燕清能源" in ents["北京燕清能源科技股份有限公司"].aliases


def test_jingkaiqu_abbreviates_a_jingji_kaifaqu_too():
    ents = by_name(entities("河北万全经济开发区与海淀区合作。万全经开区相关产业产值21亿元。"))
    parks = [e for e in ents.values() if e.type == "Park"]
    assert [p.name for p in parks] == ["河北万全经济开发区"]


def test_a_project_named_without_one_word_before_xiangmu_is_the_project():
    ents = by_name(entities("甲公司投资建设高值医用耗材产业化项目。"
                            "高值医用耗材项目达产后年产值8亿元。"))
    projects = [e for e in ents.values() if e.type == "Project"]
    assert len(projects) == 1
