"""Relations: each rule read on a small real sentence, through the whole pipeline."""

from __future__ import annotations

import pytest

from chainkg.pipeline import extract
from chainkg.relations import most_specific
from chainkg.text import parse_text


def triples(text: str, publisher: str | None = None) -> set[tuple[str, str, str]]:
    meta = {"publisher": publisher} if publisher else None
    ex = extract(parse_text(text, "t", meta=meta))
    names = {e.id: e.name for e in ex.entities}
    return {(names[r.s], r.p, names[r.o]) for r in ex.relations if r.o in names}


def test_located_in_the_most_specific_region_of_a_name():
    found = triples("北京金城泰尔制药有限公司沧州分公司党支部书记胡文秀说。")
    assert ("北京金城泰尔制药有限公司沧州分公司", "locatedIn", "沧州") in found
    assert ("北京金城泰尔制药有限公司沧州分公司", "locatedIn", "北京") not in found
    assert ("北京金城泰尔制药有限公司", "locatedIn", "北京") in found


def test_text_location_beats_the_name():
    found = triples("2023年6月30日，河北省氢能产业创新联合体在张家口揭牌。")
    assert ("河北省氢能产业创新联合体", "locatedIn", "张家口") in found
    assert ("河北省氢能产业创新联合体", "locatedIn", "河北") not in found


def test_event_held_in_a_region():
    found = triples("2023年11月29日，京津冀产业链供应链大会在北京召开。")
    assert ("京津冀产业链供应链大会", "locatedIn", "北京") in found


def test_settled_in_a_park_by_enumeration_and_ruzhu():
    found = triples("雄安新区中关村科技园吸引了天融信、妙心生物等众多企业入驻。")
    assert ("天融信", "settledIn", "雄安新区中关村科技园") in found
    assert ("妙心生物", "settledIn", "雄安新区中关村科技园") in found


def test_cooperation_and_the_project_it_builds():
    found = triples(
        "唐山市高新区与北京九曜智能科技有限公司合作的工业级无人驾驶项目是签约项目之一。")
    assert ("唐山市高新区", "cooperatesWith", "北京九曜智能科技有限公司") in found
    assert ("工业级无人驾驶项目", "involves", "唐山市高新区") in found
    assert ("工业级无人驾驶项目", "involves", "北京九曜智能科技有限公司") in found


def test_project_signed_at_the_event_of_the_sentence():
    found = triples("在石家庄举办的2015京津冀产业转移系列对接活动上，北京市大兴区与廊坊市签约，"
                    "在固安县打造大兴生物医药产业基地分园。")
    assert ("2015京津冀产业转移系列对接活动", "locatedIn", "石家庄") in found
    assert ("北京市大兴区", "cooperatesWith", "廊坊市") in found


def test_management_committee_manages_its_park_and_employs_the_speaker():
    found = triples("唐山市高新区管委会副主任安海涛说。")
    assert ("唐山市高新区", "managedBy", "唐山市高新区管委会") in found
    assert ("安海涛", "worksFor", "唐山市高新区管委会") in found


def test_branch_of_from_qixia_and_from_a_branch_name():
    found = triples("河钢集团旗下河钢数字技术有限公司打造了平台。")
    assert ("河钢数字技术有限公司", "branchOf", "河钢集团") in found
    found = triples("北京金城泰尔制药有限公司沧州分公司党支部书记胡文秀说。")
    assert ("北京金城泰尔制药有限公司沧州分公司", "branchOf", "北京金城泰尔制药有限公司") in found


def test_relocated_from_cong_x_qian():
    found = triples("北京精雕科技集团有限公司已把生产车间从北京整体迁到河北廊坊。")
    assert ("北京精雕科技集团有限公司", "relocatedFrom", "北京") in found


def test_policy_issued_by_and_covering_chains():
    found = triples("京津冀三地工(经)信部门共同印发《京津冀重点产业链协同机制方案》，"
                    "共同编制氢能、机器人等产业链图谱。")
    assert ("京津冀重点产业链协同机制方案", "issuedBy", "京津冀三地工(经)信部门") in found
    assert ("京津冀重点产业链协同机制方案", "coversChain", "氢能") in found
    assert ("京津冀重点产业链协同机制方案", "coversChain", "机器人") in found


def test_reporter_works_for_the_paper():
    found = triples("三地协同不断深入。 (河北日报记者 贡宪云)")
    assert ("贡宪云", "worksFor", "河北日报") in found


def test_every_relation_names_its_rule_and_a_span_inside_the_text():
    text = "唐山市高新区与北京九曜智能科技有限公司合作。"
    ex = extract(parse_text(text, "t"))
    assert ex.relations
    for r in ex.relations:
        assert r.rule.split(":")[0] in (r.p, "inChain", "inSegment")
        assert 0 <= r.start < r.end <= len(text)


@pytest.mark.parametrize(("names", "kept"), [
    (("北京", "大兴区"), {"大兴区"}),
    (("河北", "天津"), {"河北", "天津"}),
])
def test_most_specific_drops_enclosing_regions(names, kept):
    from chainkg.model import Entity
    from chainkg.ontology import region_index

    regions = [Entity(n, "Region", n, attrs={"region": region_index()[n].iri}) for n in names]
    assert {e.name for e in most_specific(regions)} == kept


def test_event_held_at_a_place_inside_a_region():
    found = triples("北京是机器人产业重镇。2023年8月21日，在北京亦庄举行的2023世界机器人大会期间，"
                    "洽谈会召开。")
    assert ("2023世界机器人大会", "locatedIn", "北京") in found


def test_project_built_in_a_region_is_located_there_not_where_its_name_says():
    found = triples("北京市大兴区与廊坊市签约，在廊坊固安县打造大兴生物医药产业基地分园。")
    assert ("大兴生物医药产业基地分园", "locatedIn", "廊坊固安县") in found
    assert ("大兴生物医药产业基地分园", "locatedIn", "北京市大兴区") not in found


def test_partners_named_without_legal_suffix_in_a_cooperation():
    found = triples("其中就有天津新兴燃气与唐山旭华科技合作的天然气分布式能源应用项目。")
    assert ("天津新兴燃气", "cooperatesWith", "唐山旭华科技") in found
    assert ("天津新兴燃气", "locatedIn", "天津") in found
    assert ("天然气分布式能源应用项目", "involves", "唐山旭华科技") in found


def test_partners_of_a_park_have_not_settled_in_it():
    found = triples("“京清工业园已聚集汽车零部件企业19家，与北京奔驰、小米等整车企业建立了稳定的"
                    "合作关系。”")
    assert ("京清工业园", "cooperatesWith", "北京奔驰") in found
    assert ("北京奔驰", "settledIn", "京清工业园") not in found


def test_a_bare_park_word_refers_to_the_park_named_alike():
    found = triples("天津港保税区集中布局了天津市氢能示范产业园，园内已有十余家企业落地。"
                    "保税区内的天津新氢能源发展有限公司实现满负荷生产。")
    assert ("天津新氢能源发展有限公司", "settledIn", "天津港保税区") in found
    assert ("天津新氢能源发展有限公司", "settledIn", "天津市氢能示范产业园") not in found


def test_projects_a_region_brings_in_are_located_there():
    found = triples("2023年，唐山围绕强链补链，先后引进深圳优必选服务机器人数字创新基地等16个"
                    "机器人相关项目。")
    assert ("深圳优必选服务机器人数字创新基地", "locatedIn", "唐山") in found


def test_a_facility_is_where_the_text_says_it_is():
    found = triples("2017年8月，亿华通氢燃料电池发动机生产基地在张家口迎来首台产品下线。")
    assert ("亿华通氢燃料电池发动机生产基地", "locatedIn", "张家口") in found


def test_a_reporter_without_a_named_paper_works_for_the_publisher():
    found = triples("河北频道\n来源：河北日报\n协同发展不断深入。（记者 贡宪云）",
                    publisher="河北日报")
    assert ("贡宪云", "worksFor", "河北日报") in found


def test_a_company_whose_headquarters_moved_is_located_where_it_moved():
    found = triples("6月10日，中国中化控股有限责任公司总部正式迁至雄安新区。")
    assert ("中国中化控股有限责任公司", "locatedIn", "雄安新区") in found


def test_moving_a_workshop_does_not_move_the_company():
    found = triples("北京精雕科技集团有限公司已把生产车间从北京整体迁到河北廊坊。")
    assert ("北京精雕科技集团有限公司", "locatedIn", "北京") in found
    assert ("北京精雕科技集团有限公司", "locatedIn", "廊坊") not in found


def test_an_event_a_place_holds_is_located_there():
    found = triples("5月18日，保定市举行汽车零部件产业对接会，现场签约项目9个。")
    assert ("汽车零部件产业对接会", "locatedIn", "保定市") in found


def test_a_project_built_in_a_park_involves_its_builder_and_settled_there():
    found = triples("北京星河科技有限公司计划投资5亿元，在廊坊高新区建设氢能装备生产基地。")
    assert ("氢能装备生产基地", "involves", "北京星河科技有限公司") in found
    assert ("氢能装备生产基地", "settledIn", "廊坊高新区") in found


def test_partners_of_the_clause_before_are_the_parties_of_what_they_build():
    found = triples("天津远航科技有限公司与河北工业大学签署合作协议，双方将共建智能焊接创新中心。")
    assert ("智能焊接创新中心", "involves", "天津远航科技有限公司") in found
    assert ("智能焊接创新中心", "involves", "河北工业大学") in found


def test_a_city_building_something_with_a_company_is_its_partner():
    found = triples("北京星河科技有限公司将与邢台市共建邢台智能制造赋能中心。")
    assert ("北京星河科技有限公司", "cooperatesWith", "邢台市") in found
    assert ("邢台智能制造赋能中心", "involves", "邢台市") in found


def test_everyone_setting_something_up_jointly_cooperates_pairwise():
    found = triples("河北科技大学与北京工业大学、天津大学联合设立京津冀智能制造人才培养基地。")
    assert ("北京工业大学", "cooperatesWith", "天津大学") in found
    assert ("河北科技大学", "cooperatesWith", "天津大学") in found


def test_lianhe_between_two_names_is_cooperation():
    found = triples("唐山钢铁有限公司联合中国移动唐山分公司打造5G工厂。")
    assert ("唐山钢铁有限公司", "cooperatesWith", "中国移动唐山分公司") in found


def test_companies_signing_with_a_park_settle_in_it():
    found = triples("北京星河科技有限公司、天津远航科技有限公司等5家企业与唐山高新区签约。")
    assert ("北京星河科技有限公司", "settledIn", "唐山高新区") in found
    assert ("天津远航科技有限公司", "settledIn", "唐山高新区") in found


def test_moving_into_a_place_is_located_there_not_in_the_last_park():
    found = triples("廊坊高新区发展迅速。中国星河集团有限公司总部已在雄安新区入驻办公。")
    assert ("中国星河集团有限公司", "locatedIn", "雄安新区") in found
    assert ("中国星河集团有限公司", "settledIn", "廊坊高新区") not in found


def test_qizhong_baokuo_names_what_the_park_before_holds():
    found = triples("廊坊高新区已入驻企业200余家，其中包括北京星河科技有限公司等企业。")
    assert ("北京星河科技有限公司", "settledIn", "廊坊高新区") in found


def test_the_builders_of_a_facility_opened_in_a_park_need_not_be_in_it():
    found = triples("河北远航药业有限公司与北京中医药大学合作建设的中药联合实验室"
                    "已在石家庄高新区揭牌。")
    assert ("中药联合实验室", "settledIn", "石家庄高新区") in found
    assert ("河北远航药业有限公司", "settledIn", "石家庄高新区") not in found


def test_a_vice_mayor_works_for_the_peoples_government():
    found = triples("保定市副市长王立新介绍，保定市人民政府将加大支持。")
    assert ("王立新", "worksFor", "保定市人民政府") in found


def test_the_dean_of_a_school_works_for_its_university_too():
    found = triples("天津大学与宝坻区合作。天津大学化工学院院长王立新说，研究院将开放中试平台。")
    assert ("王立新", "worksFor", "天津大学化工学院") in found
    assert ("王立新", "worksFor", "天津大学") in found


def test_every_reporter_of_a_dateline_works_for_its_agency():
    found = triples("新华社天津3月2日电（记者 张明远、刘佳）走进园区，车间里一片繁忙。")
    assert ("张明远", "worksFor", "新华社") in found
    assert ("刘佳", "worksFor", "新华社") in found


def test_a_company_opened_in_an_abbreviated_province_is_located_there():
    found = triples("通用技术集团机床有限公司在津揭牌。")
    assert ("通用技术集团机床有限公司", "locatedIn", "天津市") in found


def test_what_a_place_builds_on_is_located_there():
    found = triples("宝坻区依托京津中关村科技城和九园工业园两大平台，集中布局氢能装备制造。")
    assert ("京津中关村科技城", "locatedIn", "宝坻区") in found     # jieba: 科技|城和九园
    assert ("九园工业园", "locatedIn", "宝坻区") in found
    found = triples("秦皇岛依托燕山大学的科研优势，打造新高地。")
    assert ("燕山大学", "locatedIn", "秦皇岛") in found


def test_a_project_built_jointly_in_a_place_is_located_there():
    found = triples("北京星河科技有限公司与天津大学合作，在沧州共建精密机床工程技术中心。")
    assert ("精密机床工程技术中心", "locatedIn", "沧州") in found


def test_a_project_built_with_a_local_government_is_in_its_region():
    found = triples("北京星河科技股份有限公司与河北省廊坊市人民政府签约，"
                    "投资85亿元建设智慧物联产业基地。")
    assert ("智慧物联产业基地", "locatedIn", "河北省廊坊市") in found


def test_every_item_of_a_dash_list_of_signed_projects_is_signed_at_the_event():
    found = triples("2026京津冀医药产业对接会在石家庄举行，现场签约项目3个，签约项目包括：\n"
                    "——北京华美医药科技有限公司注射剂生产线项目；\n"
                    "——年产5万吨生物基材料项目；\n——智慧康养示范社区项目。")
    event = "2026京津冀医药产业对接会"
    for project in ("注射剂生产线项目", "年产5万吨生物基材料项目", "智慧康养示范社区项目"):
        assert (project, "signedAt", event) in found
    assert ("注射剂生产线项目", "involves", "北京华美医药科技有限公司") in found


def test_a_numbered_list_a_post_points_to_is_signed_at_the_articles_signing():
    event = "甲县经济开发区机器人产业链项目集中签约仪式"
    filler = "园区负责人介绍了产业基础和配套服务情况。" * 12
    found = triples(f"7月15日上午，{event}在园区举行。{filler}\n\n"
                    "本次签约的2个项目全部来自北京。一起来看项目清单👇\n\n"
                    "1.北京乙丙科技有限公司人形机器人整机制造基地，总投资12亿元；\n\n"
                    "2.天津丁戊科技有限公司谐波减速器生产项目，总投资3.6亿元。")
    assert ("人形机器人整机制造基地", "signedAt", event) in found, found
    assert ("谐波减速器生产项目", "signedAt", event) in found, found


def test_the_party_a_project_line_names_by_its_role_is_involved():
    found = triples("签约项目如下：\n1.新能源汽车电驱动系统生产基地项目，"
                    "签约企业北京甲乙动力科技有限公司，总投资22亿元；")
    assert ("新能源汽车电驱动系统生产基地项目", "involves", "北京甲乙动力科技有限公司") in found


def test_projects_signed_at_a_parks_ceremony_settle_in_the_park():
    event = "威县经济开发区机器人产业链项目集中签约仪式"
    found = triples(f"7月15日，{event}在园区举行，威县经济开发区负责人介绍了园区情况。"
                    "签约项目包括：\n——北京乙丙科技有限公司人形机器人整机制造基地；\n")
    assert ("人形机器人整机制造基地", "signedAt", event) in found, found
    assert ("人形机器人整机制造基地", "settledIn", "威县经济开发区") in found, found


def test_a_firm_building_something_for_another_cooperates_with_it():
    found = triples("天津甲乙工业软件有限公司将为河北丙丁螺丝集团有限公司建设5G全连接工厂。")
    assert ("天津甲乙工业软件有限公司", "cooperatesWith", "河北丙丁螺丝集团有限公司") in found


def test_a_dash_list_not_about_signing_is_no_signing():
    found = triples("2026京津冀医药产业对接会在石家庄举行。重点工作包括：\n"
                    "——智慧康养示范社区项目；")
    assert not any(p == "signedAt" for _, p, _ in found)


def test_a_project_built_by_parties_involves_each_and_they_cooperate():
    found = triples("涿州储能电池基地项目由北京华美能源科技有限公司与保定天成投资集团有限公司"
                    "合资建设。")
    assert ("涿州储能电池基地项目", "involves", "北京华美能源科技有限公司") in found
    assert ("涿州储能电池基地项目", "involves", "保定天成投资集团有限公司") in found
    assert ("北京华美能源科技有限公司", "cooperatesWith", "保定天成投资集团有限公司") in found


def test_a_joint_venture_is_a_branch_of_both_parents():
    found = triples("北京华美能源科技有限公司与保定天成投资集团有限公司合资成立保定华美储能"
                    "有限公司，注册资本1亿元。")
    assert ("保定华美储能有限公司", "branchOf", "北京华美能源科技有限公司") in found
    assert ("保定华美储能有限公司", "branchOf", "保定天成投资集团有限公司") in found


def test_a_joint_venture_of_shuangfang_takes_the_partners_of_the_sentence_before():
    found = triples("储能电池基地项目由北京华美能源科技有限公司与保定天成投资集团有限公司"
                    "合资建设。双方合资成立的保定华美储能有限公司已完成注册。")
    assert ("保定华美储能有限公司", "branchOf", "北京华美能源科技有限公司") in found
    assert ("保定华美储能有限公司", "branchOf", "保定天成投资集团有限公司") in found


def test_the_district_the_text_gives_beats_the_province_of_the_name():
    found = triples("北京华美能源科技有限公司总部位于北京市海淀区。"
                    "位于石家庄市鹿泉区的河北天成机械有限公司投产。")
    assert ("北京华美能源科技有限公司", "locatedIn", "北京市海淀区") in found
    assert ("北京华美能源科技有限公司", "locatedIn", "北京") not in found
    assert ("河北天成机械有限公司", "locatedIn", "石家庄市鹿泉区") in found


def test_headquarters_in_a_district_and_a_park_is_located_and_settled():
    found = triples("总部位于北京市昌平区中关村生命科学园的北京华美医药科技有限公司投产。")
    assert ("北京华美医药科技有限公司", "locatedIn", "北京市昌平区") in found
    assert ("北京华美医药科技有限公司", "settledIn", "中关村生命科学园") in found


def test_a_clause_opening_with_a_district_places_the_company_after_de():
    found = triples("唐山市丰南区的河北天成钢铁有限公司采购了40台机器人。")
    assert ("河北天成钢铁有限公司", "locatedIn", "唐山市丰南区") in found


def test_co_founders_and_co_issuers_are_pairwise_partners():
    found = triples("北京华美医药科技有限公司，与天津医科大学、河北天成药业股份有限公司"
                    "共同发起成立京津冀原料药联合体。"
                    "北京市科学技术委员会、北京市财政局与河北省科学技术厅联合印发《协同办法》。")
    pairs = {frozenset((s, o)) for s, p, o in found if p == "cooperatesWith"}
    assert {frozenset(("北京华美医药科技有限公司", "天津医科大学")),
            frozenset(("北京华美医药科技有限公司", "河北天成药业股份有限公司")),
            frozenset(("天津医科大学", "河北天成药业股份有限公司")),
            frozenset(("北京市科学技术委员会", "河北省科学技术厅")),
            frozenset(("北京市财政局", "河北省科学技术厅")),
            frozenset(("北京市科学技术委员会", "北京市财政局"))} <= pairs


def test_guiding_together_is_no_cooperation():
    found = triples("河北省科技厅与北京市科委共同担任指导。")
    assert not any(p == "cooperatesWith" for _, p, _ in found)


def test_a_bare_gongsi_or_a_time_word_before_yu_keeps_the_company_in_focus():
    found = triples("河北天成机械有限公司主要生产铸件。公司正与北京航天材料研究所合作开发阀门。"
                    "位于邢台市的河北鑫达汽车部件有限公司，去年与天津华通汽车有限公司签订供货协议。")
    assert ("河北天成机械有限公司", "cooperatesWith", "北京航天材料研究所") in found
    assert ("河北鑫达汽车部件有限公司", "cooperatesWith", "天津华通汽车有限公司") in found


def test_a_clause_siting_something_in_a_park_sites_the_subject():
    found = triples("涿州储能电池基地项目由北京华美能源科技有限公司投资5亿元建设，"
                    "选址涿州经济开发区，主要生产储能电池。")
    assert ("涿州储能电池基地项目", "settledIn", "涿州经济开发区") in found
    assert ("北京华美能源科技有限公司", "settledIn", "涿州经济开发区") not in found


def test_a_partner_after_yu_is_not_a_tenant_of_the_park():
    found = triples("承德医药产业园已入驻药企23家，园区内的承德天成制药有限公司与北京中医药大学"
                    "合作开发新药。")
    assert ("承德天成制药有限公司", "settledIn", "承德医药产业园") in found
    assert ("北京中医药大学", "settledIn", "承德医药产业园") not in found


def test_a_supplier_to_a_project_is_not_a_party_to_it():
    found = triples("天津华美制氢设备有限公司与北京天成能源科技有限公司签订供货合同，"
                    "将为年产2万吨绿氢项目提供电解槽。")
    assert ("年产2万吨绿氢项目", "involves", "天津华美制氢设备有限公司") not in found


def test_a_sub_park_is_managed_by_its_committee():
    found = triples("中关村科技园区丰台园（简称丰台园）是一个分园。丰台园管委会主任王立说。")
    assert ("中关村科技园区丰台园", "managedBy", "丰台园管委会") in found
    assert ("王立", "worksFor", "丰台园管委会") in found


def test_the_parties_named_before_shuangfang_are_the_parents_of_a_joint_venture():
    found = triples("储氢基地项目由北京安澜科技有限公司与沧州港城投资有限公司合资建设，"
                    "双方合资成立的安澜储氢（沧州）有限公司注册资本2亿元。")
    assert ("安澜储氢（沧州）有限公司", "branchOf", "北京安澜科技有限公司") in found
    assert ("安澜储氢（沧州）有限公司", "branchOf", "沧州港城投资有限公司") in found


def test_a_company_founded_with_the_founders_trade_name_is_its_branch():
    found = triples("天津澜月合成生物科技有限公司在廊坊设立了廊坊澜月生物科技有限公司。")
    assert ("廊坊澜月生物科技有限公司", "branchOf", "天津澜月合成生物科技有限公司") in found


def test_a_company_founded_with_another_trade_name_is_no_branch():
    found = triples("天津澜月合成生物科技有限公司在廊坊设立了廊坊恒安包装材料有限公司。")
    assert not any(p == "branchOf" for _, p, _ in found)


def test_builders_named_after_you_and_joint_venture_parents_do_not_settle():
    found = triples("——年产10万套电驱动总成项目，由天津驰远动力科技有限公司投资建设，"
                    "落户天津宝坻经济开发区。")
    assert ("年产10万套电驱动总成项目", "settledIn", "天津宝坻经济开发区") in found
    assert ("天津驰远动力科技有限公司", "settledIn", "天津宝坻经济开发区") not in found
    found = triples("天津恒工机床有限公司与沧州精工机械有限公司合资成立沧州恒精主轴有限公司，"
                    "已落户沧州经济开发区。")
    assert ("沧州恒精主轴有限公司", "settledIn", "沧州经济开发区") in found
    assert ("天津恒工机床有限公司", "settledIn", "沧州经济开发区") not in found


def test_bodies_that_jointly_adopt_a_policy_cooperate():
    found = triples("天津市工业和信息化局、天津市商务局联合出台"
                    "《天津市支持储能产业发展若干政策》。")
    assert ("天津市工业和信息化局", "cooperatesWith", "天津市商务局") in found or \
        ("天津市商务局", "cooperatesWith", "天津市工业和信息化局") in found


def test_a_bare_gongsi_before_a_title_is_the_subject_company_not_its_partner():
    found = triples("秦皇岛锐锋刀具有限公司今年与北京华创数控科技有限公司签订了供货协议。"
                    "公司董事长林晓光说，订单增长很快。")
    assert ("林晓光", "worksFor", "秦皇岛锐锋刀具有限公司") in found
    assert ("林晓光", "worksFor", "北京华创数控科技有限公司") not in found


def test_the_builder_before_a_built_project_is_a_party_to_it():
    found = triples("北京恒擎科技有限公司在沧州经济开发区投资建设的年产5万台伺服电机项目已开工。")
    assert ("年产5万台伺服电机项目", "involves", "北京恒擎科技有限公司") in found


# Round 4: founders, seats, anaphors, lists and district locations.

def test_founders_of_a_consortium_are_its_parties_and_partners():
    found = triples("由河北工业大学、天津大学和北京精测科技有限公司等12家单位组成的"
                    "京津冀精密仪器创新联合体日前成立。")
    for member in ("河北工业大学", "天津大学", "北京精测科技有限公司"):
        assert ("京津冀精密仪器创新联合体", "involves", member) in found
    assert ("河北工业大学", "cooperatesWith", "天津大学") in found


def test_founders_of_an_alliance_only_cooperate():
    found = triples("河北工业大学、天津大学等12家单位共同发起成立京津冀精密仪器产业联盟。")
    assert ("河北工业大学", "cooperatesWith", "天津大学") in found
    assert not any(p == "involves" for _s, p, _o in found)


def test_the_seat_of_an_alliance_places_it():
    found = triples("多家企业发起成立京津冀精密仪器产业联盟，联盟秘书处设在青县。")
    assert ("京津冀精密仪器产业联盟", "locatedIn", "青县") in found
    assert ("京津冀精密仪器产业联盟", "locatedIn", "京津冀") not in found


def test_a_base_referred_back_to_is_built_by_the_party_after_you():
    found = triples("青县的枸杞种植加工基地里一片繁忙。"
                    "这个基地由北京禾丰农业科技有限公司投资建设。")
    assert ("枸杞种植加工基地", "involves", "北京禾丰农业科技有限公司") in found


def test_a_company_placed_at_district_level_after_you_or_shi_yijia():
    found = triples("签约项目由河北青县的河北固铝轻合金有限公司投资建设。"
                    "北京岭峰精机科技有限公司是一家总部位于北京市门头沟区的机床企业。")
    assert ("河北固铝轻合金有限公司", "locatedIn", "青县") in found
    assert ("北京岭峰精机科技有限公司", "locatedIn", "北京市门头沟区") in found


def test_items_of_an_inline_signing_list_are_signed_at_the_event():
    found = triples("10月9日，京津冀精密仪器产业大会在青县召开。会上集中签约了一批项目，"
                    "主要包括：河北光测仪器有限公司光谱仪生产线项目；北京精测科技有限公司与"
                    "青县人民政府合作的仪器再制造中心项目。")
    for project in ("光谱仪生产线项目", "仪器再制造中心项目"):
        assert (project, "signedAt", "京津冀精密仪器产业大会") in found
    assert ("光谱仪生产线项目", "involves", "河北光测仪器有限公司") in found


def test_a_chair_of_an_alliance_named_bare_works_for_it():
    found = triples("京津冀精密仪器产业联盟宣告成立。联盟秘书长唐远航说，成员将共享设备。")
    assert ("唐远航", "worksFor", "京津冀精密仪器产业联盟") in found


def test_a_buyer_cooperates_with_its_supplier():
    found = triples("河北恒流泵阀有限公司是一家泵阀企业，今年从北京青锋数控科技有限公司采购了"
                    "24台加工中心。")
    assert ("河北恒流泵阀有限公司", "cooperatesWith", "北京青锋数控科技有限公司") in found


def test_a_company_takes_on_the_project_named_before():
    found = triples("青县将建设年产1万吨再生铝项目。河北固铝轻合金有限公司负责该项目的建设运营。")
    assert ("年产1万吨再生铝项目", "involves", "河北固铝轻合金有限公司") in found


def test_a_bare_alliance_word_finds_the_alliance_for_its_seat():
    found = triples("多家企业发起成立京津冀精密仪器产业联盟。王某当选理事长，联盟秘书处设在"
                    "青县经济开发区。")
    assert ("京津冀精密仪器产业联盟", "settledIn", "青县经济开发区") in found


def test_a_company_from_or_sited_in_a_district_is_located_there():
    for text in ("来自北京市海淀区的北京智测科技有限公司带来了新产品。",
                 "北京智测科技有限公司坐落于北京市海淀区中关村软件园。"):
        found = triples(text)
        assert ("北京智测科技有限公司", "locatedIn", "北京市海淀区") in found
        assert ("北京智测科技有限公司", "locatedIn", "北京") not in found


def test_a_park_two_places_build_inside_another_park_settles_there():
    found = triples("根据协议，两地将在青县经济开发区共建京冀精密仪器协同创新园，"
                    "规划面积1平方公里。")
    assert ("京冀精密仪器协同创新园", "settledIn", "青县经济开发区") in found


def test_roles_taken_in_a_body_named_or_named_before():
    found = triples("京津冀金银花产业联盟在巨鹿成立。本元堂董事长白振宇说，联盟将共享资源。"
                    "河北二药总经理陆明哲介绍了情况。"
                    "白振宇当选联盟理事长，陆明哲当选副理事长，巨鹿县中药材产业发展中心主任"
                    "孔德新出任联盟秘书长。")
    for person in ("白振宇", "陆明哲", "孔德新"):
        assert (person, "worksFor", "京津冀金银花产业联盟") in found, found
    found = triples("天津宏远公司与天津大学共建轻量化联合研究中心，由天津大学机械工程学院教授"
                    "庞雪梅担任中心主任。")
    assert ("庞雪梅", "worksFor", "轻量化联合研究中心") in found
    found = triples("唐山市汽车零部件商会在滦州成立，商会秘书长由开发区管委会原副主任荆立新担任。")
    assert ("荆立新", "worksFor", "唐山市汽车零部件商会") in found
    assert not any(t[0] == "荆立新" and t[2].endswith("管委会") for t in found)


def test_a_county_head_works_for_the_county_government_named_in_full_elsewhere():
    found = triples("邢台市巨鹿县与北京本元堂公司合作。巨鹿县人民政府出资。巨鹿县县长严卫华说，"
                    "项目进展顺利。")
    assert ("严卫华", "worksFor", "巨鹿县人民政府") in found


def test_a_firm_of_a_place_is_located_there():
    found = triples("河北第二制药有限公司是巨鹿县的老牌药企，近年来持续扩产。"
                    "唐山第一汽车配件有限公司是滦州的一家零部件企业。")
    assert ("河北第二制药有限公司", "locatedIn", "巨鹿县") in found, found
    assert ("唐山第一汽车配件有限公司", "locatedIn", "滦州") in found or \
        ("唐山第一汽车配件有限公司", "locatedIn", "滦州市") in found, found


def test_a_firm_described_as_grown_in_a_place_is_located_there():
    found = triples("河北甲乙医疗器械有限公司是土生土长的鹿泉企业。"
                    "天津丙丁中药股份有限公司是北辰区培育的中药企业。")
    assert ("河北甲乙医疗器械有限公司", "locatedIn", "鹿泉") in found, found
    assert ("天津丙丁中药股份有限公司", "locatedIn", "北辰区") in found, found


def test_a_local_firm_of_a_place_opening_a_sentence_is_located_there():
    found = triples("人才短板加快补齐。沧州本地的河北渤锐数控科技有限公司则在任丘"
                    "投资建设刀塔项目。")
    assert ("河北渤锐数控科技有限公司", "locatedIn", "沧州") in found or \
        ("河北渤锐数控科技有限公司", "locatedIn", "沧州市") in found, found


def test_supply_to_a_company_is_cooperation():
    found = triples("天津第四机床有限公司扩产。今年，任丘市第一精密锻造有限公司新上锻件生产线，"
                    "产品直接供应天津第四机床有限公司。")
    assert ("任丘市第一精密锻造有限公司", "cooperatesWith", "天津第四机床有限公司") in found or \
        ("天津第四机床有限公司", "cooperatesWith", "任丘市第一精密锻造有限公司") in found
    found = triples("天津第四机床有限公司在任丘投资。河北渤锐数控科技有限公司今年已成为天津四机的"
                    "一级供应商。")
    assert {("河北渤锐数控科技有限公司", "cooperatesWith", "天津第四机床有限公司"),
            ("天津第四机床有限公司", "cooperatesWith", "河北渤锐数控科技有限公司")} & found
    # a company that is a supplier of nobody named cooperates with nobody
    assert not any(p == "cooperatesWith" for _, p, _ in triples(
        "河北渤锐数控科技有限公司是一家供应商，今年产值增长。"))


def test_list_items_give_signed_at_parties_partners_and_parks():
    found = triples("9月5日，2025甲乙产业链对接会在丙丁市举行，签约项目如下：\n"
                    "——戊己生物科技有限公司与庚辛县人民政府签约建设黄芩种植加工基地，"
                    "计划投资2亿元；\n"
                    "——壬癸精工有限公司在子丑经济开发区投资建设数控刀具生产线项目；\n"
                    "——寅卯集团有限公司与辰巳大学合作建设电池检测中心。")
    event = "2025甲乙产业链对接会"
    for project in ("黄芩种植加工基地", "数控刀具生产线项目", "电池检测中心"):
        assert (project, "signedAt", event) in found
    assert ("黄芩种植加工基地", "involves", "戊己生物科技有限公司") in found
    assert ("黄芩种植加工基地", "involves", "庚辛县人民政府") in found
    assert ("电池检测中心", "involves", "辰巳大学") in found
    assert ("数控刀具生产线项目", "settledIn", "子丑经济开发区") in found


def test_a_park_named_inside_the_zone_in_focus_is_located_in_it():
    found = triples("甲乙经济开发区规划面积30平方公里。"
                    "开发区内的丙丁饮片产业园今年新建厂房3万平方米。")
    assert ("丙丁饮片产业园", "locatedIn", "甲乙经济开发区") in found


# A firm settles in the park in focus, named in an earlier clause or sentence.
def test_a_firm_settles_in_the_park_named_before_it():
    found = triples("曲阳经济开发区聚集氢能企业20家。河北甲乙氢能有限公司去年落户于此。")
    assert ("河北甲乙氢能有限公司", "settledIn", "曲阳经济开发区") in found
    found = triples("曲阳经济开发区聚集氢能企业20家。今年以来，河北甲乙氢能有限公司、"
                    "天津丙丁科技有限公司相继入驻。")
    assert ("天津丙丁科技有限公司", "settledIn", "曲阳经济开发区") in found
    found = triples("曲阳经济开发区内的曲阳储能产业园规划面积1平方公里。"
                    "天津戊己储能有限公司今年落户该园区。")
    assert ("天津戊己储能有限公司", "settledIn", "曲阳储能产业园") in found


def test_a_clause_placing_the_scene_in_a_park_places_the_next_clause():
    found = triples("10月9日，保定市曲阳县的曲阳经济开发区内，河北甲乙科技有限公司的"
                    "储能电池超级工厂迎来第一千台下线。")
    assert ("储能电池超级工厂", "settledIn", "曲阳经济开发区") in found
    assert ("储能电池超级工厂", "involves", "河北甲乙科技有限公司") in found
    assert ("河北甲乙科技有限公司", "settledIn", "曲阳经济开发区") in found


def test_a_side_of_a_park_is_outside_it():
    found = triples("在曲阳经济开发区东侧，天津甲乙物流有限公司的闫明介绍，冷库已建成。")
    assert ("天津甲乙物流有限公司", "settledIn", "曲阳经济开发区") not in found


def test_the_one_builder_of_a_facility_in_a_park_is_in_the_park():
    found = triples("曲阳经济开发区是主阵地。天津甲乙材料有限公司在开发区新建的质子交换膜"
                    "中试线9月投入运行。")
    assert ("质子交换膜中试线", "settledIn", "曲阳经济开发区") in found
    assert ("天津甲乙材料有限公司", "settledIn", "曲阳经济开发区") in found


def test_the_investor_after_you_builds_but_need_not_settle():
    found = triples("曲阳经济开发区内，一条储能模组生产线正在调试。这条生产线由天津甲乙"
                    "科技有限公司投资4亿元建设。")
    assert ("储能模组生产线", "involves", "天津甲乙科技有限公司") in found
    assert ("储能模组生产线", "settledIn", "曲阳经济开发区") in found
    assert ("天津甲乙科技有限公司", "settledIn", "曲阳经济开发区") not in found


def test_a_fleet_formed_by_two_firms_involves_both():
    found = triples("这支涞源冷链示范车队由天津甲乙动力科技有限公司与天津丙丁物流有限公司"
                    "共同组建。")
    assert ("涞源冷链示范车队", "involves", "天津甲乙动力科技有限公司") in found
    assert ("涞源冷链示范车队", "involves", "天津丙丁物流有限公司") in found
    found = triples("甲乙公司计划在涞源再组建一支氢能重卡示范车队。")
    assert ("氢能重卡示范车队", "locatedIn", "涞源") in found


# Stacked titles before a name.
def test_stacked_titles_each_name_their_employer():
    found = triples("天津甲乙科技有限公司党委书记、董事长柏振宇说，订单饱满。")
    assert ("柏振宇", "worksFor", "天津甲乙科技有限公司") in found
    found = triples("涞源县人民政府、涞源县发展和改革局联合印发方案。涞源县副县长、"
                    "县发展和改革局局长聂远明介绍，申报踊跃。")
    assert ("聂远明", "worksFor", "涞源县人民政府") in found
    assert ("聂远明", "worksFor", "涞源县发展和改革局") in found
    found = triples("涞源县科学技术局副局长、县生物医药产业专班负责人钮晓岚说，好。")
    assert ("钮晓岚", "worksFor", "涞源县科学技术局") in found
    found = triples("红桥区工业和信息化局局长兼区招商中心主任霍秀敏说，链条完整。")
    assert ("霍秀敏", "worksFor", "红桥区工业和信息化局") in found


def test_a_governor_title_stacked_first_works_for_the_government():
    found = triples("近日，涞源县人民政府召开会议。涞源县副县长、县商务局局长常青说，好。")
    assert ("常青", "worksFor", "涞源县人民政府") in found


# issuedBy
def test_issuers_named_after_the_policy():
    found = triples("今年7月，《涞源县促进储能产业发展若干措施》由涞源县科学技术局、涞源县商务局"
                    "联合印发。")
    assert ("涞源县促进储能产业发展若干措施", "issuedBy", "涞源县科学技术局") in found
    assert ("涞源县促进储能产业发展若干措施", "issuedBy", "涞源县商务局") in found
    assert ("涞源县科学技术局", "cooperatesWith", "涞源县商务局") in found


def test_a_place_that_issues_a_policy_issues_it_through_its_government():
    text = ("近日，涞源县出台《涞源县支持储能产业发展十条措施》。涞源县人民政府有关负责人"
            "表示，措施将于明年实施。")
    found = triples(text)
    assert ("涞源县支持储能产业发展十条措施", "issuedBy", "涞源县人民政府") in found
    found = triples("近日，涞源县出台《涞源县支持储能产业发展十条措施》。")
    assert not any(p == "issuedBy" for _, p, _ in found)


def test_issued_by_an_office_of_the_government():
    found = triples("今年4月，涞源县人民政府办公室印发《涞源县储能产业培育方案》。")
    assert ("涞源县储能产业培育方案", "issuedBy", "涞源县人民政府办公室") in found


# worksFor for people named without a title before them.
def test_works_for_the_body_in_brackets_before_de_and_after_shi():
    found = triples("“变化很大。”祁远（河北甲乙科技有限公司总经理）说。")
    assert ("祁远", "worksFor", "河北甲乙科技有限公司") in found
    found = triples("河北丙丁科技有限公司的闫书楠介绍，订单已经排满。")
    assert ("闫书楠", "worksFor", "河北丙丁科技有限公司") in found
    found = triples("“供不应求。”姚岚说。姚岚是天津戊己电子有限公司副总经理。")
    assert ("姚岚", "worksFor", "天津戊己电子有限公司") in found
    found = triples("“厂房拎包入驻。”冷文远说。冷文远是天津庚辛设备有限公司的创始人之一。")
    assert ("冷文远", "worksFor", "天津庚辛设备有限公司") in found


def test_shi_without_a_role_word_is_no_employment():
    found = triples("“好。”姚岚说。姚岚是天津戊己电子有限公司的客户。")
    assert ("姚岚", "worksFor", "天津戊己电子有限公司") not in found


def test_the_company_a_sentence_opens_in_owns_the_facility_it_shows():
    found = triples("在河北甲乙纺织集团有限公司，一条新改造的智能纺纱示范线正满负荷运转。")
    assert ("智能纺纱示范线", "involves", "河北甲乙纺织集团有限公司") in found


def test_the_spans_of_a_sentence_by_type_and_clause():
    # the rules read one sentence at a time through this view: its spans in text order,
    # those of each type, its text and its clauses
    from chainkg.relations import _Index, _SentenceSpans
    from chainkg.sentences import split_sentences
    from chainkg.text import parse_text as parse

    ex = extract(parse("北京九曜智能科技有限公司落户唐山市高新区，与唐山市签约。", "t"))
    sentence = split_sentences(ex.doc)[0]
    index = _Index(ex.entities)
    spans = _SentenceSpans(ex.doc.norm, sentence, index.within(sentence.start, sentence.end))
    assert [s.entity.name for s in spans.of("Company")] == ["北京九曜智能科技有限公司"]
    # places inside names (北京…公司, 唐山市高新区) are not spans of their own
    assert [(s.entity.name, s.type) for s in spans.of_any("Region", "Park")] == [
        ("唐山市高新区", "Park"), ("唐山市", "Region")]
    assert spans.of("Person") == []
    assert spans.body == ex.doc.norm[sentence.start:sentence.end]   # normalised: ，-> ,
    assert [ex.doc.norm[a:b] for a, b in spans.clauses] == [
        "北京九曜智能科技有限公司落户唐山市高新区", "与唐山市签约。"]


def test_a_reporter_works_for_the_medium_of_the_source_line_but_a_correspondent_does_not():
    text = ("来源：评测语料　河北日报\n\n　　本报记者 马骁 通讯员 苗红艳\n\n"
            "　　初夏时节，园区里一片繁忙。")
    found = triples(text, publisher="评测语料 河北日报")
    assert ("马骁", "worksFor", "河北日报") in found
    assert ("苗红艳", "worksFor", "河北日报") not in found


def test_a_dateline_of_a_news_site_names_the_reporter_s_employer():
    found = triples("人民网石家庄10月14日电（记者 武欣然）走进园区，车间里一片繁忙。")
    assert ("武欣然", "worksFor", "人民网") in found


@pytest.mark.parametrize("opening", ["县委副书记、县长吴振华", "县委常委、常务副县长吴振华",
                                     "青县县委副书记、县长吴振华"])
def test_a_county_head_after_a_party_role_works_for_the_county_government(opening):
    text = (f"{opening}出席签约仪式。当天，天津市南开区人民政府与青县人民政府签订合作框架协议。")
    assert ("吴振华", "worksFor", "青县人民政府") in triples(text)


def test_the_owner_before_the_dash_of_a_list_item_is_a_party_signed_at_the_ceremony():
    text = ("9月4日，永清经济开发区生物医药产业园企业入驻签约仪式在园区举行。\n"
            "本次入驻的企业及项目分别是：\n"
            "1. 北京康华晟达生物技术有限公司——体外诊断试剂产业化项目，投资2.3亿元；\n"
            "2. 天津康泽医疗科技有限公司——医用敷料生产线项目，投资1.2亿元。\n")
    found = triples(text)
    assert ("体外诊断试剂产业化项目", "involves", "北京康华晟达生物技术有限公司") in found
    ceremony = "永清经济开发区生物医药产业园企业入驻签约仪式"
    assert ("医用敷料生产线项目", "signedAt", ceremony) in found


def test_a_subjectless_headquarters_clause_places_the_sentence_s_topic():
    found = triples("北京清源氢能科技股份有限公司从清华大学孵化而来，总部位于北京市海淀区，"
                    "主攻氢气提纯。北京领航智行科技有限公司是一家做激光雷达的企业，"
                    "总部在北京市朝阳区。")
    assert ("北京清源氢能科技股份有限公司", "locatedIn", "北京市海淀区") in found
    assert ("北京领航智行科技有限公司", "locatedIn", "北京市朝阳区") in found


def test_where_a_firm_comes_from_is_where_it_is():
    found = triples("天津精驱减速机有限公司来自天津市河北区，是国内较早量产谐波减速器的企业。")
    assert ("天津精驱减速机有限公司", "locatedIn", "天津市河北区") in found
    assert ("天津精驱减速机有限公司", "locatedIn", "天津") not in found


def test_a_factory_s_own_grounds_are_no_park():
    found = triples("海川储能来自中新天津生态城。北京氢驰动力科技有限公司技术总监彭煜介绍，"
                    "企业正在厂区内新建一条膜电极自动化产线。")
    assert not any(p == "settledIn" and o == "中新天津生态城" for _, p, o in found)


# --- round 12 ---------------------------------------------------------------------------

def test_items_opened_by_yi_shi_after_a_signing_are_signed_at_the_event_named_before():
    filler = "会议期间,与会代表围绕产业链协同、应用场景开放和人才培养等议题开展了深入交流。" * 8
    found = triples("9月25日,定州市汽车产业链京津冀推介会在北京举行。\n" + filler + "\n"
                    "推介会上,15个项目现场集中签约,总投资106.8亿元。主要项目包括：\n"
                    "一是河北长安汽车有限公司新能源整车技改扩能项目,总投资28亿元；\n"
                    "二是智能驾驶域控制器生产基地项目,总投资6亿元。")
    event = "定州市汽车产业链京津冀推介会"
    for project in ("新能源整车技改扩能项目", "智能驾驶域控制器生产基地项目"):
        assert (project, "signedAt", event) in found


def test_a_firm_placed_elsewhere_with_a_beijing_firms_trade_name_is_its_branch():
    found = triples("北京海珀动力技术有限公司总部位于昌平。2023年,张家口海珀氢能科技有限公司"
                    "在万全区投产,主攻燃料电池系统。")
    assert ("张家口海珀氢能科技有限公司", "branchOf", "北京海珀动力技术有限公司") in found


def test_a_trade_name_three_firms_share_makes_no_branch():
    found = triples("北京精工伺服技术有限公司、天津精工机器人股份有限公司和衡水精工传动科技有限公司"
                    "签署合作协议。")
    assert not [t for t in found if t[1] == "branchOf"]


def test_the_builders_after_you_may_be_joined_by_lianhe_or_follow_a_short_name():
    """Round 14: 由A联合B实施 and 由A(简称“A”)与B合作建设 name both builders."""
    found = triples("一、汽车零部件5G全连接工厂项目，由河北威力汽车零部件股份有限公司联合"
                    "北京星河科技有限公司实施，投资2.2亿元。")
    assert ("汽车零部件5G全连接工厂项目", "involves", "北京星河科技有限公司") in found
    found = triples("威县工业互联网公共服务平台项目，由北京数链智联科技有限公司（简称“数链智联”）"
                    "与天津津云工业软件有限公司合作建设，总投资1.5亿元。")
    assert ("威县工业互联网公共服务平台项目", "involves", "天津津云工业软件有限公司") in found


def test_every_item_of_an_inline_signing_list_is_signed_at_the_event():
    found = triples("在今年6月举行的2025京津冀医药产业对接洽谈会上，现场签约项目8个。"
                    "其中，宁晋县签下2个：北京华康医药科技有限公司投资5亿元的缓释制剂产业化项目，"
                    "以及河北医科大学与宁晋县共建的中药提取中试平台。")
    for project in ("缓释制剂产业化项目", "中药提取中试平台"):
        assert (project, "signedAt", "2025京津冀医药产业对接洽谈会") in found


def test_a_short_list_opening_takes_the_signing_of_the_sentence_before():
    found = triples("7月5日，晋州市机器人产业链对接推进会在晋州市召开。会议听取了全市工作情况。"
                    "会议还通报了上半年的运行数据，部署了下一阶段的重点任务和保障措施。"
                    "推进会现场举行了集中签约仪式，共签约项目3个。分别是：天津市宏图精工有限公司投资2亿元的"
                    "精密减速器产业化项目；北京智联控制技术有限公司的伺服驱动器生产基地项目。")
    for project in ("精密减速器产业化项目", "伺服驱动器生产基地项目"):
        assert (project, "signedAt", "晋州市机器人产业链对接推进会") in found


def test_the_investor_before_the_sum_is_a_party_to_the_project():
    found = triples("北京华康医药科技有限公司投资5亿元的缓释制剂产业化项目已开工。")
    assert ("缓释制剂产业化项目", "involves", "北京华康医药科技有限公司") in found


def test_a_sentence_opening_with_you_names_the_builders_of_the_heading_project():
    found = triples("　　一、精密齿轮箱生产线项目。由天津宏图精工有限公司投资建设，总投资3亿元。")
    assert ("精密齿轮箱生产线项目", "involves", "天津宏图精工有限公司") in found


def test_a_joint_lab_built_together_is_a_project_of_both_builders():
    found = triples("河北工业大学与北京智联控制技术有限公司共建的伺服控制联合实验室去年投入使用。")
    assert ("伺服控制联合实验室", "involves", "河北工业大学") in found
    assert ("伺服控制联合实验室", "involves", "北京智联控制技术有限公司") in found


def test_a_subsidiary_founded_in_a_county_is_located_there():
    found = triples("2024年，北京华康医药科技有限公司在宁晋设立全资子公司河北华康制药有限公司。")
    assert ("河北华康制药有限公司", "locatedIn", "宁晋") in found
    assert ("河北华康制药有限公司", "locatedIn", "河北") not in found
    assert ("北京华康医药科技有限公司", "locatedIn", "宁晋") not in found


def test_a_company_after_in_place_de_is_located_in_the_most_specific_region():
    found = triples("走进邢台市宁晋县的河北华康制药有限公司提取车间，几台设备正在运转。")
    assert ("河北华康制药有限公司", "locatedIn", "邢台市宁晋县") in found
    assert ("河北华康制药有限公司", "locatedIn", "河北") not in found


def test_a_company_founded_in_a_park_or_opening_a_clause_after_it_is_settled_there():
    found = triples("今年3月，北京华康医药科技有限公司在宁晋经济开发区注册成立"
                    "河北华康制药有限公司。")
    assert ("河北华康制药有限公司", "settledIn", "宁晋经济开发区") in found
    found = triples("在宁晋经济开发区，河北华康制药有限公司的提取车间正在满负荷生产。")
    assert ("河北华康制药有限公司", "settledIn", "宁晋经济开发区") in found
    found = triples("记者在宁晋经济开发区，见到了河北华康制药有限公司的负责人。")
    assert not any(p == "settledIn" for _, p, _ in found)


def test_a_company_that_came_from_or_was_formerly_in_a_region_relocated_from_it():
    found = triples("从北京大兴区迁来的河北华康制药有限公司，去年投产了一条提取线。")
    assert ("河北华康制药有限公司", "relocatedFrom", "北京大兴区") in found
    found = triples("原在北京市大兴区生产的北京华康医药科技有限公司，将提取车间整体迁至宁晋县。")
    assert ("北京华康医药科技有限公司", "relocatedFrom", "北京市大兴区") in found
    found = triples("位于北京市大兴区的北京华康医药科技有限公司，将提取车间整体迁至宁晋县。")
    assert not any(p == "relocatedFrom" for _, p, _ in found)


# round 16: relations that generalise across writers


def test_the_seat_of_the_company_in_focus_named_by_a_pronoun():
    found = triples("天津华晟电池科技有限公司在宁晋投资建设电池项目。"
                    "该公司总部位于天津市西青区，是多家整车企业的供应商。")
    assert ("天津华晟电池科技有限公司", "locatedIn", "天津市西青区") in found
    assert ("天津华晟电池科技有限公司", "locatedIn", "天津") not in found
    found = triples("北京华晟数据科技有限公司与宁晋县签约。"
                    "这家企业总部位于北京市海淀区中关村软件园。")
    assert ("北京华晟数据科技有限公司", "settledIn", "中关村软件园") in found
    assert ("北京华晟数据科技有限公司", "locatedIn", "北京市海淀区") in found


def test_the_seat_pronoun_needs_a_clause_of_its_own():
    found = triples("北京华晟数据科技有限公司与宁晋县签约。记者了解到该公司总部位于北京市海淀区。")
    assert ("北京华晟数据科技有限公司", "locatedIn", "北京市海淀区") not in found


def test_more_adverbs_between_a_party_and_yu():
    found = triples("北京华晟数据科技有限公司、天津华晟电池科技有限公司先后与河北华晟制药有限公司"
                    "签订供货合同。")
    assert ("北京华晟数据科技有限公司", "cooperatesWith", "河北华晟制药有限公司") in found
    assert ("天津华晟电池科技有限公司", "cooperatesWith", "河北华晟制药有限公司") in found
    found = triples("天津华晟电池科技有限公司则与河北华晟制药有限公司合作建设检测中心。")
    assert ("天津华晟电池科技有限公司", "cooperatesWith", "河北华晟制药有限公司") in found


def test_a_place_qualifying_the_partner_after_yu_is_no_partner():
    found = triples("清河县人民政府与北京市海淀区的北京华晟数据科技有限公司签署战略合作协议。")
    assert ("清河县人民政府", "cooperatesWith", "北京华晟数据科技有限公司") in found
    found = triples("天津华晟电池科技有限公司与宁晋本地企业河北华晟制药有限公司签订供货合同。")
    assert ("天津华晟电池科技有限公司", "cooperatesWith", "河北华晟制药有限公司") in found
    assert not any(p == "cooperatesWith" and "宁晋" in (s, o) for s, p, o in found)
    found = triples("武安正与北京、天津的整车企业共同推进车辆推广。")
    assert not any(p == "cooperatesWith" for _, p, _ in found)


def test_supplying_a_named_firm_with_wei_is_cooperation():
    found = triples("天津华晟电池科技有限公司为河北华晟汽车部件有限公司独家供应电池模组。")
    assert ("天津华晟电池科技有限公司", "cooperatesWith", "河北华晟汽车部件有限公司") in found
    found = triples("天津华晟电池科技有限公司为当地企业提供检测服务。")
    assert not any(p == "cooperatesWith" for _, p, _ in found)


def test_a_firm_opening_a_clause_after_walking_into_a_park_is_settled_there():
    found = triples("初冬时节，走进宁晋经济开发区，河北华晟制药有限公司的提取车间机器轰鸣。")
    assert ("河北华晟制药有限公司", "settledIn", "宁晋经济开发区") in found
    found = triples("新华社石家庄3月18日电（记者 王明远）走进宁晋经济开发区，河北华晟制药有限公司的"
                    "提取车间机器轰鸣。")
    assert ("河北华晟制药有限公司", "settledIn", "宁晋经济开发区") in found


def test_a_firm_named_as_a_places_enterprise_is_located_there():
    found = triples("由海淀区企业北京华晟数据科技有限公司与河北华晟制药有限公司合资成立了"
                    "河北华晟数据有限公司。")
    assert ("北京华晟数据科技有限公司", "locatedIn", "海淀区") in found
    assert ("北京华晟数据科技有限公司", "locatedIn", "北京") not in found


def test_a_short_name_written_with_more_of_the_full_name_is_still_the_subject():
    found = triples("天津华晟新能源汽车有限公司今年投产。华晟汽车位于天津市西青区，是重点企业。")
    assert ("天津华晟新能源汽车有限公司", "locatedIn", "天津市西青区") in found
    found = triples("天津锐宇精密传动有限公司今年投产。"
                    "锐宇传动与河北华晟制药有限公司签署合作协议。")
    assert ("天津锐宇精密传动有限公司", "cooperatesWith", "河北华晟制药有限公司") in found


def test_a_topic_placed_in_a_clause_of_its_own():
    found = triples("天津华晟动力系统有限公司很好。"
                    "华晟动力成立于2019年，位于天津滨海新区，是重点企业。")
    assert ("天津华晟动力系统有限公司", "locatedIn", "天津滨海新区") in found


def test_lianhe_joins_everyone_of_the_enumeration_after_it():
    found = triples("天津市工业和信息化局联合北京市经济和信息化局、河北省工业和信息化厅印发"
                    "《京津冀工业母机产业链协同发展工作方案》。")
    assert ("北京市经济和信息化局", "cooperatesWith", "河北省工业和信息化厅") in found
    assert ("天津市工业和信息化局", "cooperatesWith", "河北省工业和信息化厅") in found


def test_setting_up_a_mechanism_together_is_cooperation_but_not_for_places():
    found = triples("天津市商务局与石家庄市商务局建立了重点企业物流保障清单。")
    assert ("天津市商务局", "cooperatesWith", "石家庄市商务局") in found
    found = triples("天津将推动滨海新区、西青区与沧州建立常态化对接机制。")
    assert not any(p == "cooperatesWith" for _, p, _ in found)


def test_a_verb_inside_a_name_is_no_verb():
    found = triples("天津华晟机器人股份有限公司与北京智源协作机器人科技有限公司签署战略合作协议。")
    assert ("天津华晟机器人股份有限公司", "cooperatesWith",
            "北京智源协作机器人科技有限公司") in found


def test_promoting_together_is_not_cooperation():
    found = triples("中国机械工业联合会、河北省工业和信息化厅和北京市门头沟区人民政府共同推动"
                    "成立的京津冀数控机床验证中心在泊头揭牌。")
    assert not any(p == "cooperatesWith" for _, p, _ in found)


def test_a_university_centre_built_with_a_government_is_not_placed_by_it():
    found = triples("河北工程大学与永年区人民政府共建的紧固件智能制造公共服务平台今年投入运营。")
    assert ("紧固件智能制造公共服务平台", "locatedIn", "永年区") not in found
    found = triples("北京华晟数据科技有限公司与涿州市人民政府签约，投资5亿元建设华晟数据中心项目。")
    assert ("华晟数据中心项目", "locatedIn", "涿州市") in found


def test_a_functional_area_is_not_placed_in_its_parent():
    found = triples("北京华晟数据科技有限公司在北京亦庄的研发团队有200多人。")
    assert not any(p == "locatedIn" and s == "北京亦庄" for s, p, _ in found)


def test_a_park_joining_bodies_with_lianhe_cooperates_with_each():
    found = triples("宁晋经济开发区联合北京工业大学、河北工业大学开设数控技师订单班。")
    assert ("宁晋经济开发区", "cooperatesWith", "北京工业大学") in found
    assert ("北京工业大学", "cooperatesWith", "河北工业大学") in found
    found = triples("安国市中药材商会联合北京、天津的多家行业协会发布团体标准。")
    assert not any(p == "cooperatesWith" for _, p, _ in found)


def test_the_subsidiary_named_after_its_parent_is_the_party():
    found = triples("宁晋华晟金属有限公司与北京汽车集团有限公司下属的北京华晟汽车部件股份有限公司"
                    "合资建设汽车轻量化部件项目。")
    assert ("宁晋华晟金属有限公司", "cooperatesWith", "北京华晟汽车部件股份有限公司") in found
    assert ("宁晋华晟金属有限公司", "cooperatesWith", "北京汽车集团有限公司") not in found
    found = triples("华北制药集团有限责任公司旗下的华药宁晋医药物流有限公司在宁晋经济开发区建设的"
                    "冀南医药冷链物流中心已投入使用。")
    assert ("冀南医药冷链物流中心", "involves", "华北制药集团有限责任公司") not in found


def test_a_lab_or_centre_named_by_its_head_before_a_title_is_the_employer():
    found = triples("双方还与燕山大学共建宁晋数控联合实验室，燕山大学机械工程学院教授、实验室主任"
                    "王明远带领团队开展攻关。")
    assert ("王明远", "worksFor", "宁晋数控联合实验室") in found
    found = triples("宁晋药物检测中心去年投入运营。迎新集团信息中心主任刘晓冬说，设备已经联网。")
    assert ("刘晓冬", "worksFor", "宁晋药物检测中心") not in found


def test_projects_of_a_qizhong_sentence_after_a_signing_are_signed_at_its_event():
    found = triples("2025京津冀机器人产业链供需对接会在正定举行。对接会上，5个机器人产业项目集中"
                    "签约，总投资26.8亿元。其中，北京华晟智能科技有限公司投资10亿元建设人形机器人"
                    "整机制造基地。")
    assert ("人形机器人整机制造基地", "signedAt", "2025京津冀机器人产业链供需对接会") in found
    found = triples("2025京津冀机器人产业链供需对接会在正定举行。对接会上，嘉宾参观了展区。其中，"
                    "北京华晟智能科技有限公司投资10亿元建设人形机器人整机制造基地。")
    assert not any(p == "signedAt" for _, p, _ in found)


def test_an_event_named_after_a_county_is_located_there_but_not_in_jingjinji():
    found = triples("安平县丝网产业工业互联网赋能推进会在县行政中心召开。")
    assert ("安平县丝网产业工业互联网赋能推进会", "locatedIn", "安平县") in found
    found = triples("2025京津冀氢能产业链供需对接会开幕。")
    assert not any(p == "locatedIn" for _, p, _ in found)


def test_a_company_founding_a_subsidiary_in_a_park_does_not_settle_there_itself():
    found = triples("2025年，天津华晟智能装备股份有限公司在宁晋经济开发区设立全资子公司"
                    "华晟智能装备（宁晋）有限公司，租用标准化厂房1.2万平方米。")
    assert ("华晟智能装备（宁晋）有限公司", "settledIn", "宁晋经济开发区") in found
    assert ("天津华晟智能装备股份有限公司", "settledIn", "宁晋经济开发区") not in found
    found = triples("北京华晟包装材料有限公司在宁晋经济开发区落户，年产药用铝箔3000吨。")
    assert ("北京华晟包装材料有限公司", "settledIn", "宁晋经济开发区") in found


def test_parties_sharing_a_piece_of_work_cooperate():
    found = triples("平台由北京华晟数据科技有限公司提供数据中台，秦皇岛本地的秦皇岛华晟信息技术"
                    "有限公司负责现场实施和运维。")
    assert ("北京华晟数据科技有限公司", "cooperatesWith", "秦皇岛华晟信息技术有限公司") in found
    found = triples("此次上线的平台由北京华晟数据科技有限公司牵头建设，天津华晟云信息技术有限公司、"
                    "河北华晟通信有限公司共同参与。")
    assert ("天津华晟云信息技术有限公司", "cooperatesWith", "河北华晟通信有限公司") in found
    assert ("北京华晟数据科技有限公司", "cooperatesWith", "河北华晟通信有限公司") in found
    found = triples("北京华晟数据科技有限公司负责人王明远说，天津华晟云信息技术有限公司负责运维。")
    assert not any(p == "cooperatesWith" for _, p, _ in found)


def test_departments_dividing_a_governments_duties_do_not_cooperate():
    found = triples("青县发展和改革局负责项目审批，青县商务局负责招商引资，"
                    "青县工业和信息化局负责企业服务。")
    assert not any(p == "cooperatesWith" for _, p, _ in found)


def test_a_bare_gongsi_building_a_project_is_the_company_in_focus():
    found = triples("北京华晟数控技术有限公司董事长王明远说，订单排到了明年。"
                    "公司在宁晋经济开发区建设的五轴数控机床产业化基地占地120亩。")
    assert ("五轴数控机床产业化基地", "involves", "北京华晟数控技术有限公司") in found


def test_a_supplier_named_by_what_it_supplies_cooperates_with_its_buyer():
    found = triples("天津华辰精密传动科技有限公司是唐山灵犀机器人有限公司的核心部件供应商。")
    assert ("天津华辰精密传动科技有限公司", "cooperatesWith", "唐山灵犀机器人有限公司") in found


def test_a_firm_supplying_several_buyers_cooperates_with_each():
    found = triples("天津宏拓精密传动有限公司在吴桥设立天津宏拓精密传动有限公司吴桥分公司，"
                    "就近为北京星衡机器人科技有限公司、河北桥翼智能装备有限公司等企业配套减速器。")
    branch = "天津宏拓精密传动有限公司吴桥分公司"
    assert (branch, "cooperatesWith", "北京星衡机器人科技有限公司") in found
    assert (branch, "cooperatesWith", "河北桥翼智能装备有限公司") in found


def test_a_firm_a_clause_describes_as_supplying_a_buyer_cooperates_with_it():
    found = triples("为天津精研数控机床集团有限公司配套数控系统的北京华数精控科技有限公司"
                    "位于北京市顺义区。")
    assert ("北京华数精控科技有限公司", "cooperatesWith", "天津精研数控机床集团有限公司") in found


def test_a_correspondent_after_a_reporter_does_not_work_for_the_paper():
    found = triples("氢能重卡 青龙探路绿氢替代\n\n来源：经济日报　2026-04-16\n\n"
                    "　　经济日报记者 孙晓燕　通讯员 王博\n　　青龙县今年新建制氢项目3个。")
    assert ("孙晓燕", "worksFor", "经济日报") in found
    assert ("王博", "worksFor", "经济日报") not in found


def test_a_company_named_in_the_quote_is_not_the_speakers_company():
    text = ("保定凯瑞智能装备有限公司是一家老牌企业，"
            "去年开始为北京灵犀智行机器人科技有限公司加工外壳。"
            "“光是北京灵犀智行机器人科技有限公司一家，今年就给了我们2600多万元的订单。”"
            "公司总经理赵红梅说，公司新上了3条产线。")
    found = triples(text)
    assert ("赵红梅", "worksFor", "保定凯瑞智能装备有限公司") in found
    assert ("赵红梅", "worksFor", "北京灵犀智行机器人科技有限公司") not in found


def test_a_company_met_in_a_circumstance_is_not_the_topic():
    text = ("在天津精锐数控机床股份有限公司带动下，河北易安石材有限公司转型为配套企业。"
            "公司负责人聂长江说，同样一吨石料能多卖两百元。")
    found = triples(text)
    assert ("聂长江", "worksFor", "河北易安石材有限公司") in found
    assert ("聂长江", "worksFor", "天津精锐数控机床股份有限公司") not in found


def test_a_firm_the_text_calls_a_parks_firm_is_settled_there():
    found = triples("北京智途汽车科技股份有限公司是北京经济技术开发区的一家线控底盘企业。"
                    "天津瑞护智能科技有限公司是天津武清开发区培育的科技型中小企业。"
                    "北京大兴生物医药产业基地的企业北京康源泰合生物技术有限公司把生产线搬到了磁县。")
    assert ("北京智途汽车科技股份有限公司", "settledIn", "北京经济技术开发区") in found
    assert ("天津瑞护智能科技有限公司", "settledIn", "天津武清开发区") in found
    assert ("北京康源泰合生物技术有限公司", "settledIn", "北京大兴生物医药产业基地") in found


def test_a_company_the_text_calls_anothers_subsidiary_is_its_branch():
    found = triples("河北赞源生物科技有限公司是赞皇本地企业河北赞皇林果集团有限公司的控股子公司，"
                    "此次与北京中医药大学签订合作协议。"
                    "冀北绿电能源集团有限公司下属的尚义冀北绿氢科技有限公司总经理韩立松说。")
    assert ("河北赞源生物科技有限公司", "branchOf", "河北赞皇林果集团有限公司") in found
    assert ("尚义冀北绿氢科技有限公司", "branchOf", "冀北绿电能源集团有限公司") in found


def test_a_list_signed_at_the_ceremony_within_an_event_is_signed_at_the_event():
    text = ("6月20日，2026京津冀生物医药产业协同招商推介会在河北行唐经济开发区举行。"
            "现场集中签约项目11个。\n\n"
            "　　行唐县委书记张振国在致辞中表示，行唐将全力承接京津研发成果转化和产能外溢，"
            "企业有什么需求，我们就提供什么服务，真正做到拎包入住、即签即建。\n\n"
            "　　开发区规划面积18.6平方公里，已形成原料药、中药饮片、医用敷料三大主导方向，"
            "2025年生物医药产业实现营业收入42.7亿元，规上医药企业由9家增至23家。\n\n"
            + "　　行唐距石家庄市区约40公里，1小时内可达正定国际机场，交通便利，用地充足。" * 6
            + "\n\n　　在随后举行的签约仪式上，11个项目集中签约。主要包括：\n\n"
            "　　一、北京康泰瑞华医药科技有限公司高端制剂生产基地项目，总投资8.2亿元；\n\n"
            "　　二、天津滨海博瑞生物科技有限公司医用敷料及可吸收缝合线项目，总投资5.6亿元。\n")
    found = triples(text)
    event = "2026京津冀生物医药产业协同招商推介会"
    assert ("高端制剂生产基地项目", "signedAt", event) in found or \
        ("北京康泰瑞华医药科技有限公司高端制剂生产基地项目", "signedAt", event) in found
    assert any(p == "signedAt" and o == event and s.endswith("缝合线项目") for s, p, o in found)


def test_the_parties_of_a_school_they_found_together_are_involved():
    found = triples("鸡泽县与天津甲乙职业技术师范大学合作共建数控技术产业学院，"
                    "今年秋季首批招生150人。")
    assert ("数控技术产业学院", "involves", "天津甲乙职业技术师范大学") in found
    assert ("数控技术产业学院", "involves", "鸡泽县") in found


def test_a_state_investment_company_is_not_placed_in_the_articles_chain():
    text = ("甲县城市建设投资集团有限公司与北京乙丙氢能科技有限公司合资建设加氢站。"
            "北京乙丙氢能科技有限公司生产燃料电池系统，氢能产业链加快集聚。")
    found = triples(text)
    assert ("北京乙丙氢能科技有限公司", "inChain", "氢能") in found
    assert not any(s == "甲县城市建设投资集团有限公司" and p == "inChain" for s, p, _ in found)


def test_a_firm_where_the_reporter_looks_round_a_park_is_settled_in_it():
    found = triples("记者近日在临漳经济开发区看到，"
                    "邯郸甲乙能源科技有限公司的提纯装置已进入调试阶段。")
    assert ("邯郸甲乙能源科技有限公司", "settledIn", "临漳经济开发区") in found


def test_a_firm_after_a_park_walked_into_in_a_district_is_settled_in_the_park():
    found = triples("走进邯郸市丛台区的丛台生物医药产业园，"
                    "北京甲乙医药科技有限公司的无菌制剂车间里，两条灌装线正满负荷运转。")
    assert ("北京甲乙医药科技有限公司", "settledIn", "丛台生物医药产业园") in found
    assert ("北京甲乙医药科技有限公司", "locatedIn", "邯郸市丛台区") not in found


def test_the_firm_that_built_or_runs_a_facility_named_after_de_is_involved():
    found = triples("邯郸市甲乙医药物流有限公司新建的医药冷链物流中心去年投入使用。")
    assert ("医药冷链物流中心", "involves", "邯郸市甲乙医药物流有限公司") in found


def test_a_body_named_by_a_shared_district_name_is_in_the_district_the_article_names():
    found = triples("石家庄市新华区招商签约仪式举行。新华区人民政府副区长魏长河致辞。")
    assert ("新华区人民政府", "locatedIn", "石家庄市新华区") in found
    # both cities named: the bare name says neither
    both = triples("石家庄市桥西区与张家口市桥西区签约。桥西区人民政府副区长致辞。")
    assert not any(s == "桥西区人民政府" and p == "locatedIn" for s, p, _ in both)


def test_places_acting_jointly_are_no_partners():
    found = triples("北京、天津、河北等地联合发布京津冀工业母机产业链图谱。"
                    "甲乙机床有限公司联合丙丁精密有限公司发起成立联盟。")
    assert not any(p == "cooperatesWith" and "有限公司" not in s for s, p, _ in found)
    assert ("甲乙机床有限公司", "cooperatesWith", "丙丁精密有限公司") in found or \
        ("丙丁精密有限公司", "cooperatesWith", "甲乙机床有限公司") in found


def test_a_school_working_in_a_park_is_not_settled_there():
    found = triples("在裕华智能装备产业园，河北科技大学与甲乙机床有限公司共建现场工程师学院，"
                    "丙丁精密有限公司的新厂房也已投产。")
    assert not any(s == "河北科技大学" and p == "settledIn" for s, p, _ in found)
    assert ("丙丁精密有限公司", "settledIn", "裕华智能装备产业园") in found
