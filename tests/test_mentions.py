"""Mentions: names found by suffix, enumeration, title, 《》 and the gazetteers."""

from __future__ import annotations

from chainkg.mentions import filter_spans, find_mentions, short_forms, tokenize
from chainkg.model import Document, Mention


def mentions(text: str) -> dict[str, str]:
    """surface form -> label of the top-level mentions of ``text``."""
    doc = Document(id="t", text=text, norm=text)
    return {m.text: m.label for m in find_mentions(doc) if not m.rule.startswith("inner:")}


def test_company_name_is_walked_left_from_its_legal_suffix():
    found = mentions(
        "唐山市高新区与北京九曜智能科技有限公司合作的工业级无人驾驶项目是签约项目之一。")
    assert found["北京九曜智能科技有限公司"] == "Company"
    assert found["唐山市高新区"] == "Park"
    assert found["工业级无人驾驶项目"] == "Project"


def test_department_names_keep_their_inner_he():
    found = mentions("河北省工业和信息化厅与北京市经济和信息化委员会在石家庄签下协议。")
    assert found["河北省工业和信息化厅"] == "GovernmentBody"
    assert found["北京市经济和信息化委员会"] == "GovernmentBody"
    assert found["石家庄"] == "Region"


def test_single_character_department_suffixes_need_a_region_in_front():
    found = mentions("天津港保税区集中布局了一批项目，天津市科技局表示支持。")
    assert "天津市科技局" in found
    assert not any(name.endswith("布局") for name in found)


def test_person_after_a_title_and_before_a_speech_verb():
    found = mentions("“我们来对了！”唐山市高新区管委会副主任安海涛说。")
    assert found["安海涛"] == "Person"
    assert found["唐山市高新区管委会"] == "GovernmentBody"


def test_a_title_followed_by_a_non_name_is_not_a_person():
    assert "Person" not in mentions("公司总经理介绍了情况。").values()


def test_enumerated_short_names_become_companies():
    found = mentions("园区吸引了天融信、妙心生物等众多企业入驻。")
    assert found["天融信"] == "Company"
    assert found["妙心生物"] == "Company"


def test_book_titles_are_policies():
    found = mentions("三地共同印发《京津冀重点产业链协同机制方案》。")
    assert found["《京津冀重点产业链协同机制方案》"] == "Policy"


def test_chain_labels_come_from_the_gazetteer():
    found = mentions("共同编制氢能、生物医药、机器人产业链图谱。")
    assert found["氢能"] == found["生物医药"] == found["机器人产业链"] == "Industry"


def test_category_names_after_ruxuan_are_not_entities():
    found = mentions("京津冀生命健康集群入选国家先进制造业集群。")
    assert found["京津冀生命健康集群"] == "Cluster"
    assert "国家先进制造业集群" not in found


def test_short_form_of_a_company_is_found_once_the_full_name_is_known():
    found = mentions("北京九曜智能科技有限公司落户唐山。九曜智能在细分赛道领先。")
    assert found["九曜智能"] == "Company"


def test_branch_names_carry_their_parent_as_an_inner_mention():
    text = "北京金城泰尔制药有限公司沧州分公司党支部书记胡文秀说。"
    doc = Document(id="t", text=text, norm=text)
    inner = [m.text for m in find_mentions(doc) if m.rule == "inner:parent"]
    assert inner == ["北京金城泰尔制药有限公司"]


def test_mention_text_is_the_original_text_at_its_offsets():
    text = "亿华通动力科技有限公司总经理於民介绍。"
    doc = Document(id="t", text=text, norm=text.replace("於", "于"))
    for m in find_mentions(doc):
        assert m.text == doc.text[m.start:m.end]
    assert any(m.text == "於民" for m in find_mentions(doc))


def test_filter_spans_keeps_the_longest_of_overlapping_spans():
    long_ = Mention(0, 6, "唐山市高新区", "Park", "suffix:高新区")
    short = Mention(0, 3, "唐山市", "Region", "gazetteer:region")
    apart = Mention(7, 9, "北京", "Region", "gazetteer:region")
    assert filter_spans([short, apart, long_]) == [long_, apart]


def test_short_forms_drop_region_legal_suffix_and_trade_words():
    assert short_forms("天津忽米网络科技有限公司")[:2] == ["忽米网络科技", "忽米网络"]


def test_tokens_carry_offsets_and_dictionary_tags():
    toks = tokenize("位于北辰区的天锻")
    assert toks.words[0] == "位于" and toks.tags[0] == "v"
    assert toks.index_at(3) == 1


def test_an_event_name_ends_before_hui_shang():
    found = mentions("在11月22日召开的京津冀数字经济高质量发展对接会上，双方签约。")
    assert found["京津冀数字经济高质量发展对接会"] == "Event"


def test_a_side_event_names_its_main_event_inside():
    text = "在2022全球数字经济大会京津冀工业互联网协同发展论坛上，他表示支持。"
    doc = Document(id="t", text=text, norm=text)
    inner = [m.text for m in find_mentions(doc) if m.rule == "inner:event"]
    assert inner == ["2022全球数字经济大会"]


def test_towns_after_their_county_are_regions():
    found = mentions("启动仪式在北京顺义区李遂镇举行。")
    assert found["李遂镇"] == "Region"


def test_common_words_ending_in_a_department_character_are_no_departments():
    found = mentions("北京的一批机器人企业正加快在唐山布局。北京市科委和唐山市招商局表示欢迎。")
    assert "唐山布局" not in found
    assert found["北京市科委"] == found["唐山市招商局"] == "GovernmentBody"


def test_what_a_sentence_says_is_built_is_a_project_without_a_name_like_prefix():
    found = mentions("北京星河科技有限公司计划投资5亿元，在廊坊高新区建设氢能装备生产基地。")
    assert found["氢能装备生产基地"] == "Project"
    found = mentions("双方将共建智能焊接创新中心和检测认证平台。")
    assert found["智能焊接创新中心"] == found["检测认证平台"] == "Project"


def test_what_a_firm_signs_is_a_project_but_not_a_count_or_a_verb():
    """Session 14 (blind-62): 签约X项目 names the project signed; 签约项目9个, 签约建设X
    (the build verb names it) and 签约的还有X are found otherwise or not at all."""
    found = mentions("会上,甲公司与县政府签约线控底盘装配基地项目,总投资15亿元。")
    assert found["线控底盘装配基地项目"] == "Project"
    assert mentions("活动现场共签约项目9个。") == {}
    assert "还有氢合阀门项目" not in mentions("同时签约的还有氢合阀门项目。")


def test_a_site_after_qi_names_its_owner_and_is_a_project():
    """Session 14 (blind-61): A…,其[X生产基地]将落户…: 其 says whose site it is."""
    found = mentions("北京中科赛维生物科技有限公司由中国科学院微生物研究所孵化,"
                     "其体外诊断试剂生产基地将落户京冀生物医药协同创新园。")
    assert found["体外诊断试剂生产基地"] == "Project"
    assert "生产基地" not in mentions("公司表示,其生产基地将落户园区。")


def test_a_count_or_share_before_a_suffix_is_no_name():
    """Session 14 (blind-64): 一份项目清单, 多个项目, 部分企业 count what follows."""
    assert mentions("签约现场,一份项目清单格外引人注目。") == {}
    assert "多个项目" not in mentions("园区已落地多个项目。")


def test_mei_nian_hui_is_every_year_will_not_an_annual_meeting():
    """Session 14 (blind-63): 研究院每年会派出专家: 每年|会, no event named 研究院每年会."""
    assert "研究院每年会" not in mentions("研究院每年会派出专家到田间地头培训农户。")
    assert mentions("中国氢能产业年会在京举行。")["中国氢能产业年会"] == "Event"


def test_a_chains_equipment_project_is_a_kind_not_a_name():
    """Session 14 (blind-56, -59, -65): 氢能装备项目, 数控装备项目 name kinds of project."""
    assert "氢能装备项目" not in mentions("对在房山落地的氢能装备项目给予补贴。")
    assert "数控装备项目" not in mentions("承接京津转移的数控装备项目。")
    assert mentions("建设激光加工装备项目。")["激光加工装备项目"] == "Project"


def test_a_project_named_once_is_found_again_without_an_anchor():
    """Session 14 (blind-61): a signing list's X项目, then 。X项目总投资8.6亿元 in the prose:
    the second occurrence has no anchor of its own but is the same project."""
    text = ("签约项目有唐山玉宏汽车零部件有限公司一体化压铸车身结构件项目。\n"
            "一体化压铸车身结构件项目总投资8.6亿元。")
    found = [m for m in find_mentions(Document(id="t", text=text, norm=text))
             if m.text == "一体化压铸车身结构件项目"]
    assert len(found) == 2


def test_sites_named_after_chuzi_de_jiang_qi_and_jianqi_are_projects():
    """Session 14 (blind-60, -66): 共同出资的[X项目], 将其[X基地]搬迁…, 建起了[X中心]."""
    found = mentions("由甲集团有限公司与乙股份有限公司共同出资的新能源专用车改装项目开工。")
    assert found["新能源专用车改装项目"] == "Project"
    found = mentions("天津锐达精密刀具股份有限公司将其精密刀具涂层基地搬迁至永年。")
    assert found["精密刀具涂层基地"] == "Project"
    assert mentions("永年还建起了紧固件共享热处理中心。")["紧固件共享热处理中心"] == "Project"
    assert "以整车基地为中心" not in mentions("建起以整车基地为中心的配套圈。")


def test_a_numbered_heading_line_names_a_project():
    """Session 14 (blind-64): a post's heading line 03　X扩产项目 names the project the
    section is about; a heading that is a sentence names none."""
    text = "导语。\n　　03　精密减速器扩产项目\n　　公司总投资2亿元。"
    assert mentions(text) == {"精密减速器扩产项目": "Project"}
    assert mentions("导语。\n　　04　加快推进重大项目\n正文。") == {}


def test_a_quarter_or_a_role_before_a_firm_is_no_part_of_its_name():
    """Session 14 (blind-48, -49): 今年一季度公司新签订单…: the firm in focus at a time;
    基金管理人北京融氢…有限公司: a role, then the name."""
    assert mentions("今年一季度公司新签订单2.3亿元。") == {}
    found = mentions("基金管理人北京融氢私募基金管理有限公司的合伙人谭睿介绍。")
    assert found["北京融氢私募基金管理有限公司"] == "Company"


def test_a_built_site_may_join_two_products_with_he():
    """Session 14 (blind-60): 建设透析器和血液管路生产基地 is one base; 区域总部和售后服务中心
    are two sites, and 导管、球囊等…生产线 lists products, no name."""
    found = mentions("瑞普康在大厂投资4.5亿元建设透析器和血液管路生产基地。")
    assert found["透析器和血液管路生产基地"] == "Project"
    assert "区域总部和售后服务中心" not in mentions("建设区域总部和售后服务中心。")


def test_a_workshop_a_firm_set_up_is_named_but_a_bare_workshop_is_not():
    """Session 14 (blind-63): A在承德设立的[黄芩苷提取车间]: a named workshop (车间 alone
    stays no head: every plant has workshops)."""
    found = mentions("天津康泰瑞生物技术有限公司在承德设立的黄芩苷提取车间,今年6月正式投产。")
    assert found["黄芩苷提取车间"] == "Project"
    assert "提取车间" not in mentions("走进提取车间,工人正在忙碌。")


def test_a_chains_project_after_a_verb_and_a_quarters_subsidiary_are_no_names():
    """Session 14 (blind-75, -77): 引进的高端工业母机项目 (a chain's kind of project),
    今年前三季度子公司实现… (the subsidiary in focus, at a time)."""
    found = mentions("润精数控是丰润区2023年引进的高端工业母机项目。")
    assert "高端工业母机项目" not in found
    assert mentions("今年前三季度子公司实现销售收入3.2亿元。") == {}


def test_a_named_public_service_platform_is_a_project():
    """Session 14 (blind-78): 参观了…和永年区机床功能部件检测公共服务平台: a project named by
    its place and service."""
    found = mentions("企业代表参观了永年区机床功能部件检测公共服务平台。")
    assert found["永年区机床功能部件检测公共服务平台"] == "Project"


def test_a_training_class_set_up_is_a_project_like_an_order_class():
    """Session 14 (blind-46, -48, -78): 举办[X研修班], 开设[X定向班] as 开设[X订单班]."""
    found = mentions("县里联合北京企业举办工业互联网工程师研修班,首期培训60人。")
    assert found["工业互联网工程师研修班"] == "Project"


def test_a_list_items_investment_is_no_part_of_its_projects_name():
    """Session 14 (blind-79): 一、A有限公司投资18亿元的[抗体药物产业化基地项目]: the sum is
    said of the project, not part of its name."""
    text = "签约项目包括:\n　　一、北京华诺康生物制药有限公司投资18亿元的抗体药物产业化基地项目;"
    assert mentions(text)["抗体药物产业化基地项目"] == "Project"


def test_a_company_name_keeps_a_first_character_jieba_reads_as_a_function_word():
    for name, text in [
            ("中海（天津）氢能装备有限公司", "区内已落户中海（天津）氢能装备有限公司等企业。"),
            ("北京北一重工股份有限公司", "沧州引进北京北一重工股份有限公司建设基地。"),
            ("石家庄以诚药业股份有限公司", "石家庄以诚药业股份有限公司与北京中医药大学合作。")]:
        assert name in mentions(text)


def test_verbs_and_conjunctions_do_not_open_a_name():
    found = mentions("多家企业积极参与京津冀氢能汽车示范城市群建设。")
    assert found["京津冀氢能汽车示范城市群"] == "Cluster"
    found = mentions("唐山钢铁有限公司联合中国移动唐山分公司打造5G工厂。")
    assert found["唐山钢铁有限公司"] == found["中国移动唐山分公司"] == "Company"


def test_park_names_with_a_place_read_as_an_adverb_a_dash_or_a_pianqu():
    assert "正定数字经济产业园" in mentions("位于正定县的正定数字经济产业园已入驻企业100余家。")
    found = mentions("在天津，滨海—雄安科技园自2018年揭牌以来发展迅速。")
    assert found["滨海—雄安科技园"] == "Park"
    assert mentions("唐山港保税区京唐片区是氢能企业集中的区域。")["唐山港保税区京唐片区"] == "Park"


def test_dateline_agency_and_every_reporter_named_after_one_title():
    found = mentions("新华社天津3月2日电（记者 张明远、刘佳）走进园区，车间里一片繁忙。")
    assert found["新华社"] == "Organization"
    assert found["张明远"] == found["刘佳"] == "Person"


def test_the_surname_list_is_complete_enough_for_xiao():
    assert mentions("天津市科技局局长肖明远表示，将加大支持力度。")["肖明远"] == "Person"


def test_a_committee_of_an_association_is_the_association():
    found = mentions("中国机器人产业联盟专家委员会委员王立新认为，协作空间很大。")
    assert found["中国机器人产业联盟"] == "Organization"
    assert "中国机器人产业联盟专家委员会" not in found


def test_a_count_of_projects_is_not_a_project_name():
    assert "Project" not in mentions("近五年保定累计承接北京生物医药项目87个。").values()


def test_province_abbreviations_after_a_verb_of_place_are_regions():
    found = mentions("北京企业累计在津冀投资超过2万亿元。")
    assert found["津"] == found["冀"] == "Region"
    assert "京" not in mentions("京东方在北京举行活动。")


def test_an_ordinal_after_a_place_stays_in_a_company_name():
    found = mentions("中国第一拖车集团有限公司与保定第二机床有限公司签约。")
    assert found["中国第一拖车集团有限公司"] == "Company"
    assert found["保定第二机床有限公司"] == "Company"


def test_a_he_between_one_character_and_a_trade_word_is_part_of_the_name():
    found = mentions("北京瑞和安达医药科技有限公司在石家庄投资。")
    assert found["北京瑞和安达医药科技有限公司"] == "Company"


def test_yu_between_two_subjects_stays_inside_a_school_union_or_event_name():
    found = mentions("河北农业大学机械与电子学院、京津冀储能与电池产业联盟参加了"
                     "2026京津冀无人机与低空经济对接会。")
    assert found["河北农业大学机械与电子学院"] == "Organization"
    assert found["京津冀储能与电池产业联盟"] == "Organization"
    assert found["2026京津冀无人机与低空经济对接会"] == "Event"


def test_yu_after_a_full_name_still_separates_two_names():
    found = mentions("天津大学与河北工业大学共建实验室。")
    assert found["天津大学"] == "Organization"
    assert found["河北工业大学"] == "Organization"


def test_science_parks_science_cities_education_parks_and_sub_parks():
    found = mentions("位于大兴区的中关村医学科学园、怀柔科学城和天津海河教育园区。"
                     "中关村科技园区丰台园（简称丰台园）是一个分园。丰台园管委会主任说。")
    assert found["中关村医学科学园"] == "Park"
    assert found["怀柔科学城"] == "Park"
    assert found["天津海河教育园区"] == "Park"
    assert found["中关村科技园区丰台园"] == "Park"
    assert found["丰台园管委会"] == "GovernmentBody"


def test_dash_list_items_are_projects_and_a_company_opening_one_is_its_own_name():
    found = mentions("签约项目包括：\n——北京华美医药科技有限公司注射剂生产线项目；\n"
                     "——年产5万吨生物基材料项目；\n——智慧康养示范社区项目。")
    assert found["北京华美医药科技有限公司"] == "Company"
    assert found["注射剂生产线项目"] == "Project"
    assert found["年产5万吨生物基材料项目"] == "Project"
    assert found["智慧康养示范社区项目"] == "Project"


def test_a_name_opening_with_its_output_is_one_project():
    found = mentions("公司将为年产3万吨绿氨及储运项目提供设备。")
    assert found["年产3万吨绿氨及储运项目"] == "Project"


def test_a_two_character_place_inside_a_word_of_a_name_is_no_region():
    doc = Document(id="t", text="河北长安新能源科技有限公司投产。",
                   norm="河北长安新能源科技有限公司投产。")
    inner = {m.text for m in find_mentions(doc) if m.rule == "inner:region"}
    assert "河北" in inner and "安新" not in inner


def test_a_generic_core_after_a_planning_verb_is_no_name():
    found = mentions("邯郸计划建成加氢站30座，并组织供需对接活动。")
    assert "邯郸计划建成加氢站" not in found and "供需对接活动" not in found


def test_a_verb_before_a_place_does_not_open_a_department_name():
    found = mentions("邯郸将主动对接北京市经济和信息化局等部门。")
    assert found["北京市经济和信息化局"] == "GovernmentBody"


def test_a_trade_word_holding_he_is_kept_whole_even_without_a_place_before_it():
    found = mentions("双方合资成立的瑞和康生物制药（沧州）有限公司已经投产。")
    assert found["瑞和康生物制药（沧州）有限公司"] == "Company"


def test_a_name_opening_with_a_chain_label_that_holds_he_keeps_the_whole_label():
    found = mentions("7月9日，新能源和智能网联汽车产业链津冀对接会在廊坊举行。")
    assert found["新能源和智能网联汽车产业链津冀对接会"] == "Event"


def test_yu_and_ji_join_two_subjects_inside_event_and_school_names():
    found = mentions("京津冀储能装备供需对接与成果发布会在沧州举行，"
                     "河北工业大学材料科学及工程学院参会。")
    assert found["京津冀储能装备供需对接与成果发布会"] == "Event"
    assert found["河北工业大学材料科学及工程学院"] == "Organization"


def test_a_verb_particle_is_not_glued_onto_what_is_built():
    found = mentions("学院还与企业共建了精密减速器联合实验室。")
    assert found["精密减速器联合实验室"] == "Project"
    assert "了精密减速器联合实验室" not in found


def test_a_school_co_built_by_two_parties_is_a_name_and_xiandai_is_not_a_time():
    found = mentions("某大学与开发区共建的智能制造现代产业学院今年招生。")
    assert found["智能制造现代产业学院"] == "Organization"


def test_cooperation_parks_are_parks():
    found = mentions("两区在宝坻共建京津智能装备产业协作园，规划面积2平方公里。")
    assert found["京津智能装备产业协作园"] == "Park"


def test_machining_centres_are_products_not_organisations():
    found = mentions("车间里，一台台五轴联动加工中心正在调试。")
    assert not any(name.endswith("加工中心") for name in found)


def test_the_nth_base_a_company_builds_is_not_a_name():
    found = mentions("这是该公司在总部之外建设的第一个生产基地。")
    assert "第一个生产基地" not in found


def test_a_chain_label_is_no_short_form_of_a_company():
    doc = Document(id="t", text="天津新能源汽车股份有限公司采购了新能源汽车零部件。",
                   norm="天津新能源汽车股份有限公司采购了新能源汽车零部件。")
    aliases = {m.text for m in find_mentions(doc) if m.rule == "alias:short"}
    assert not aliases & {"新能源汽车", "新能源", "新能源汽"}


# Round 4: bases, lines, agreements and lists named as news names them.

def test_a_base_named_by_its_activity_opens_after_de():
    found = mentions("河北省青县的枸杞种植加工基地里，工人们正在采摘。")
    assert found["枸杞种植加工基地"] == "Project"
    assert "青县是全国重要的管件生产基地" not in mentions("青县是全国重要的管件生产基地。")
    assert not any(n.endswith("基地") for n in mentions("青县是全国重要的管件生产基地。"))


def test_a_base_built_by_partners_ends_before_zai():
    found = mentions("甲乙精工与北京青锋数控科技有限公司合资建设的"
                     "高精度磨床智能制造基地在青县投产。")
    assert found["高精度磨床智能制造基地"] == "Project"


def test_an_output_project_keeps_its_trailing_xiangmu():
    found = mentions("公司在园区投资建设年产500吨骨科耗材生产线项目。")
    assert found["年产500吨骨科耗材生产线项目"] == "Project"


def test_an_agreement_between_two_places_is_named_without_book_marks():
    found = mentions("大厂县人民政府与北京市密云区人民政府签署密云—大厂文旅装备产业合作协议。")
    assert found["密云—大厂文旅装备产业合作协议"] == "Policy"
    assert not any(n.endswith("协议") for n in mentions("甲公司与乙公司签订供货协议。"))


def test_numbered_list_items_are_projects_without_their_number():
    found = mentions("签约项目包括：\n\n　　1.智能座椅骨架项目，由某方投资建设；\n\n"
                     "　　2.轻量化车门总成生产基地项目。\n")
    assert found["智能座椅骨架项目"] == "Project"
    assert found["轻量化车门总成生产基地项目"] == "Project"


def test_a_project_named_after_its_owner_company_is_cut_after_the_legal_suffix():
    found = mentions("主要包括：河北华彩精工机械有限公司立式磨床生产线项目；乙项目。")
    assert found["立式磨床生产线项目"] == "Project"
    assert found["河北华彩精工机械有限公司"] == "Company"


def test_counted_projects_products_and_verbs_are_no_names():
    assert "新能源汽车零部件项目" not in mentions("现场，9个新能源汽车零部件项目集中签约。")
    assert not any(label == "Project" for label in mentions(
        "重点支持燃料电池电堆、储氢瓶等项目落地。").values())
    assert "直接运往公司" not in mentions("原料直接运往公司位于平谷区的工厂。")
    assert mentions("学员已进入华彩精工等企业实习。").get("华彩精工") == "Company"
    assert not any(n.endswith("集群") for n in mentions("形成了热管理和车身两大产品集群。"))


def test_a_sub_park_of_zhongguancun_and_an_industrial_park_district():
    found = mentions("项目落地中关村延庆园。青县依托青县现代中药工业园区承接转移。")
    assert found["中关村延庆园"] == "Park"
    assert found["青县现代中药工业园区"] == "Park"


def test_an_adverb_inside_a_compound_term_stays_in_the_name():
    found = mentions("北京精测科技有限公司与青县人民政府合作的机床再制造中心项目落地。")
    assert found["机床再制造中心项目"] == "Project"


def test_a_department_after_a_verb_starts_at_its_place():
    found = mentions("青县将用好天津市工业和信息化局出台的新政。中国机械工业联合会推动成立。")
    assert found["天津市工业和信息化局"] == "GovernmentBody"
    assert found["中国机械工业联合会"] == "Organization"


def test_a_sub_park_whose_last_character_jieba_glued_on_and_a_project_referred_back():
    found = mentions("目前，中关村延庆园已聚集企业46家。某公司负责该项目的建设。")
    assert found["中关村延庆园"] == "Park"
    assert not any(label == "Project" for label in found.values())


def test_verb_phrases_roles_and_bare_zones_open_no_name():
    found = mentions("企业也可拨打大兴区氢能产业服务中心电话。孵化器运营方青县开发区投资控股集团"
                     "有限公司介绍，开发区管委会将鼓励示范区企业入驻。")
    assert found["大兴区氢能产业服务中心"] == "Organization"
    assert found["青县开发区投资控股集团有限公司"] == "Company"
    assert "开发区管委会" not in found and "鼓励示范区" not in found
    assert mentions("与保定高新区签约。")["保定高新区"] == "Park"


def test_a_project_after_a_building_verb_and_de_or_before_you_is_named():
    assert mentions("公司投资建设的储氢瓶生产线项目已投产。")["储氢瓶生产线项目"] == "Project"
    assert mentions("签约项目中，车路协同示范区项目由区政府建设。")[
        "车路协同示范区项目"] == "Project"
    assert mentions("两局签署京冀仪器产业协同发展框架合作协议。")[
        "京冀仪器产业协同发展框架合作协议"] == "Policy"


def test_kinds_of_projects_city_centres_and_zone_parts_are_no_names():
    found = mentions("今年入区项目达到30个，京津冀优质项目加快落地。园区距离天津市中心约40公里，"
                     "开发区生物医药片区已建成。")
    assert not any(label in ("Project", "Organization", "Park") for label in found.values())


def test_a_zones_base_is_a_park_and_a_sino_foreign_school_keeps_its_zhong():
    found = mentions("青县经济开发区生物医药基地聚集企业。天津中德应用技术大学与园区合作。")
    assert found["青县经济开发区生物医药基地"] == "Park"
    assert found["天津中德应用技术大学"] == "Organization"


def test_a_project_name_stops_at_the_body_before_it():
    found = mentions("青县行政审批局推行数据中心项目“拿地即开工”。")
    assert found["青县行政审批局"] == "GovernmentBody"
    assert not any(label == "Project" for label in found.values())


def test_department_and_institute_and_person_boundaries():
    found = mentions("青县人力资源和社会保障局联合南开大学开设专业。北京中医药大学在青县设立的"
                     "中药材种质资源研究院已投用。记者采访了相关负责人和企业。")
    assert found["青县人力资源和社会保障局"] == "GovernmentBody"
    assert found["中药材种质资源研究院"] == "Organization"
    assert "和企业" not in found


def test_a_built_project_starts_after_the_construction_verb_not_at_the_preposition():
    for text, name in (
            ("宏达公司同涞水县人民政府合作建设车载氢瓶阀门生产线项目，总投资3亿元。",
             "车载氢瓶阀门生产线项目"),
            ("去年，华康药业与某县签约后，投资2亿元上马中药颗粒剂生产线项目。",
             "中药颗粒剂生产线项目"),
            ("该企业今年新上伺服电机装配生产线，年产5万台。", "伺服电机装配生产线"),
    ):
        found = mentions(text)
        assert found.get(name) == "Project", (text, found)
        assert not any(n.startswith(("同", "与", "投资", "上马")) and n.endswith(
            ("项目", "生产线")) for n in found), found


def test_a_company_with_a_number_inside_its_trade_name_is_found_whole():
    for text, name in (("北京二七精工装备有限公司今年扩产。", "北京二七精工装备有限公司"),
                       ("与天津五八轴承制造有限公司签约。", "天津五八轴承制造有限公司"),
                       ("天津第一机床有限公司在任丘投资。", "天津第一机床有限公司")):
        assert mentions(text).get(name) == "Company", (text, mentions(text))


def test_an_alliance_keeps_subjects_joined_by_yu_after_its_place():
    found = mentions("京津冀精密锻压与数控装备产业联盟在任丘成立。")
    assert found["京津冀精密锻压与数控装备产业联盟"] == "Organization"
    found = mentions("京津冀智能传感与检测仪器产业联盟今天成立。")
    assert found["京津冀智能传感与检测仪器产业联盟"] == "Organization"


def test_a_region_prefixed_short_form_of_a_named_company_is_that_company():
    text = ("天津第四机床有限公司在沧州投资。天津四机董事长说，天津四机在冀配套企业超过60家。"
            "河北第二制药有限公司是老牌药企，河北二药今年增长。唐山第一汽车配件有限公司与"
            "北京汇驰汽车有限公司签约，唐山一配向北京汇驰供货。")
    doc = Document(id="t", text=text, norm=text)
    short = {m.text for m in find_mentions(doc) if m.rule == "alias:region"}
    assert {"天津四机", "河北二药", "唐山一配", "北京汇驰"} <= short
    assert mentions(text).get("天津") is None   # the region inside 天津四机 is no mention
    # a region followed by words of another kind stays the region
    assert "天津方面" not in mentions("天津第四机床有限公司扩产，天津方面表示支持。")


def test_roles_and_titles_that_are_no_titles():
    found = mentions("公司总部位于北京市丰台区长辛店，总经理王立新说，产品供不应求。")
    assert "辛店" not in found and found["王立新"] == "Person"
    found = mentions("由天津大学教授庞雪梅担任中心主任，研究员柯立远出任联盟秘书长。")
    assert found["庞雪梅"] == "Person" and found["柯立远"] == "Person"
    assert not any(n.startswith("柯立远") and n != "柯立远" for n in found)


def test_a_papers_dateline_names_the_publisher():
    text = "天津日报讯（记者 王明）昨日开幕。"
    doc = Document(id="t", text=text, norm=text)
    assert any(m.text == "天津日报" and m.rule == "publisher" for m in find_mentions(doc))


def test_a_rare_word_jieba_cuts_into_characters_stays_inside_the_name():
    for text, name, label in (
            ("去年成立的京津冀道地药材产业联盟有成员46家。", "京津冀道地药材产业联盟",
             "Organization"),
            ("河北祁州道地药材科技有限公司今年扩产。", "河北祁州道地药材科技有限公司", "Company"),
            ("巨鹿县与本元堂公司签约建设金银花道地药材标准化种植基地。",
             "金银花道地药材标准化种植基地", "Project")):
        assert mentions(text).get(name) == label, (text, mentions(text))
    # an adverb and a numeral before a place are no word of a name
    assert "更多京津冀优质项目" not in mentions("吸引更多京津冀优质项目落地。")


def test_a_list_items_project_name_opens_after_its_construction_verb():
    found = mentions("会上签约项目如下：\n"
                     "——甲乙生物科技有限公司与丙丁县人民政府签约建设黄芩种植加工基地，"
                     "计划投资2亿元；\n"
                     "——戊己精工有限公司在庚辛经济开发区投资建设数控刀具生产线项目；\n"
                     "——壬癸集团与子丑大学合作建设电池检测中心。")
    assert found["黄芩种植加工基地"] == "Project"
    assert found["数控刀具生产线项目"] == "Project"
    assert found["电池检测中心"] == "Project"
    assert not any(name.startswith(("与", "在")) for name in found)


def test_circled_numbers_open_list_items_and_a_hatching_park_is_an_item():
    found = mentions("现场签约项目：\n①甲乙科技有限公司数控刀具生产线项目，总投资2亿元；\n"
                     "②丙丁集团有限公司智能仓储中心，总投资1亿元；\n"
                     "③戊己投资基金与庚辛县人民政府共建中医药产业孵化园，占地80亩。")
    assert found["智能仓储中心"] == "Project"      # a centre, named as a signed item
    assert found["中医药产业孵化园"] == "Project"


def test_an_event_name_keeps_a_word_ending_in_neng_and_its_year():
    found = mentions("28日，2025京津冀工业互联网赋能制造业对接会在遵化市召开。")
    assert found["2025京津冀工业互联网赋能制造业对接会"] == "Event"


def test_a_trade_name_keeps_a_district_that_opens_with_he():
    found = mentions("天津和平津药科技有限公司在开发区投资建设颗粒剂车间。")
    assert found["天津和平津药科技有限公司"] == "Company"


def test_a_bureau_before_its_own_chiefs_title_ends_at_its_first_ju():
    found = mentions("北京市房山区经济和信息化局副局长江涛，廊坊市商务局局长江明出席。")
    assert found["北京市房山区经济和信息化局"] == "GovernmentBody"
    assert found["廊坊市商务局"] == "GovernmentBody"
    assert found["江涛"] == "Person"
    assert found["江明"] == "Person"


def test_a_bare_group_after_a_word_of_time_is_no_name():
    assert mentions("今年上半年集团营业收入12.8亿元。") == {}
    assert "今年冬天公司" not in mentions("他说，今年冬天公司派来了32辆测试车。")


def test_signing_and_groundbreaking_activities_are_events():
    found = mentions("鹿泉区机器人产业链京津冀协同招商签约活动在开发区举行。"
                     "较去年同期签约活动增加。")
    assert found["鹿泉区机器人产业链京津冀协同招商签约活动"] == "Event"
    assert "去年同期签约活动" not in found


def test_a_sites_unveiling_joined_to_a_signing_is_one_event():
    event = "甲区京津冀生物医药协同创新中心揭牌暨重点项目集中签约仪式"
    found = mentions(f"6月8日，{event}在区会展中心举行。")
    assert found[event] == "Event"


def test_a_firms_unit_named_by_its_place_alone_is_no_company():
    found = mentions("副总经理介绍，天津子公司一期租用厂房约8000平方米，天津分公司派驻26人。")
    assert "天津子公司" not in found and "天津分公司" not in found
    assert "沙河分公司" not in mentions("视准智能今年成立沙河分公司，已部署设备。")


def test_a_firms_name_opens_at_its_province_after_places_or_a_description():
    found = mentions("清晨7点，邯郸市永年区河北甲乙紧固件制造有限公司的车间里灯火通明。"
                     "百年老字号北京丙丁中药饮片有限公司与公司签约。"
                     "中国石化北京燕山分公司利用副产氢。")
    assert found["河北甲乙紧固件制造有限公司"] == "Company"
    assert found["北京丙丁中药饮片有限公司"] == "Company"
    assert found["中国石化北京燕山分公司"] == "Company"  # a group's branch keeps its group


def test_how_often_talks_are_held_names_no_event():
    assert "每季度开一次对接会" not in mentions("两地每季度开一次对接会，已有5家企业设厂。")


def test_the_largest_project_named_after_shi_starts_after_it():
    found = mentions("其中投资最大的是甲乙机器人整机生产基地项目，总投资15亿元。")
    assert found["甲乙机器人整机生产基地项目"] == "Project"


def test_speakers_named_before_presenting_and_a_department_with_guihua():
    found = mentions("北京甲乙科技有限公司总经理谢文博作主旨演讲，董事长易振华先后发言。"
                     "河间市自然资源和规划局已预留用地。")
    assert found["谢文博"] == "Person"
    assert found["易振华"] == "Person"
    assert found["河间市自然资源和规划局"] == "GovernmentBody"


# Facilities named by what they are, without 项目 or 基地 (a built or operated facility
# is a Project; its name opens after the verb or measure word and the owner's 的).
def test_a_built_facility_is_a_project_named_after_its_verb():
    cases = {
        "甲乙公司在开发区新建的固态电池中试线9月投入运行。": "固态电池中试线",
        "丙丁集团投资3亿元在园区北区建设驱动电机超级工厂，明年投产。": "驱动电机超级工厂",
        "戊己公司投资2亿元建设的光伏组件生产线年产组件5万块。": "光伏组件生产线",
        "企业计划明年再建一条伺服电机自动化生产线，产能翻番。": "伺服电机自动化生产线",
        "庚辛公司与怀安县人民政府合作组建的怀安物流示范车队投入运营。": "怀安物流示范车队",
    }
    for text, name in cases.items():
        assert mentions(text).get(name) == "Project", text


def test_a_facility_introduced_by_a_measure_word_or_its_owner_is_a_project():
    assert mentions("这支望都冷链示范车队由两家企业共同组建。")["望都冷链示范车队"] == "Project"
    assert mentions("园区内，一条储能电池模组生产线正在调试。")["储能电池模组生产线"] == "Project"
    found = mentions("北京某某科技有限公司的协作机器人超级工厂迎来第一千台整机下线。")
    assert found["协作机器人超级工厂"] == "Project"


def test_a_platform_that_runs_is_a_project_a_centre_that_runs_stays_unsaid():
    found = mentions("管委会与某某大学共建的易县检测公共服务平台今年投入运营，服务企业20家。")
    assert found["易县检测公共服务平台"] == "Project"
    found = mentions("由市政府与某某大学共建的药物检测中心去年投入运营，已服务企业30家。")
    assert found.get("药物检测中心") != "Project"


def test_a_site_named_right_after_the_quantity_it_is_given_is_a_project():
    cases = {
        "投资9亿元在开发区建设一座日产20吨的风光制氢及加氢一体化项目。": "风光制氢及加氢一体化项目",
        "甲乙公司去年建成一座约2万平方米的医药冷链物流中心，冷库已启用。": "医药冷链物流中心",
        "丙丁公司投资2.8亿元的介入耗材智能生产线今年8月投产。": "介入耗材智能生产线",
        "这座塞北风光制氢示范项目总投资28亿元。": "塞北风光制氢示范项目",
        "这处药物制剂中试基地由开发区与企业共建。": "药物制剂中试基地",
    }
    for text, name in cases.items():
        assert mentions(text).get(name) == "Project", text


def test_a_quantity_before_a_kind_or_two_sites_names_no_project():
    found = mentions("对于在园区投资超过1亿元的机器人项目给予奖励。")
    assert "机器人项目" not in found
    found = mentions("园区建成日处理能力1万吨的专业污水处理厂及危废暂存中心。")
    assert "专业污水处理厂及危废暂存中心" not in found


def test_a_platform_an_event_launches_is_a_project_inside_the_events_name():
    event = "甲县管道装备产业工业互联网平台上线仪式暨京津冀数字化服务商对接会"
    text = f"7月8日，{event}在县里举行。"
    assert mentions(text)[event] == "Event"
    doc = Document(id="t", text=text, norm=text)
    inner = [(m.text, m.label) for m in find_mentions(doc) if m.rule == "inner:project"]
    assert inner == [("甲县管道装备产业工业互联网平台", "Project")]


def test_projects_listed_on_lines_of_their_own_after_a_bullet():
    found = mentions("集中开工的项目有：\n\u3000\u3000▲高精度电主轴及数控转台生产基地项目\n"
                     "\u3000\u3000▲精密滚动功能部件项目\n")
    assert found["高精度电主轴及数控转台生产基地项目"] == "Project"
    assert found["精密滚动功能部件项目"] == "Project"


def test_a_trade_node_named_without_brackets_and_a_project_named_by_its_output():
    found = mentions("工业互联网标识解析紧固件行业二级节点在甲县上线运行。"
                     "乙公司计划建设年产10亿支中硼硅玻璃安瓿项目。")
    assert found["工业互联网标识解析紧固件行业二级节点"] == "Project"
    assert found["年产10亿支中硼硅玻璃安瓿项目"] == "Project"


def test_a_sites_name_starts_after_its_measure_word_or_the_signing_it_came_from():
    found = mentions("甲公司与丙丁县人民政府签订的戊己原料药生产基地项目总投资12亿元。")
    assert found["戊己原料药生产基地项目"] == "Project"
    found = mentions("企业在园区建成了一处中药材提取基地，并将新建一间实验室。")
    assert found.get("中药材提取基地") == "Project"
    assert "一间实验室" not in found and "实验室" not in found


def test_a_park_named_with_chanyeyuanqu_or_huagongyuanqu_keeps_its_qu():
    found = mentions("项目落户中捷产业园区，原料来自石家庄循环化工园区。")
    assert found["中捷产业园区"] == "Park"
    assert found["石家庄循环化工园区"] == "Park"


def test_more_ways_a_project_is_introduced():
    cases = {
        "在甲公司，一条紧固件智能质检示范线刚刚完成验收。": "紧固件智能质检示范线",
        "投资规模最大的是机床主轴轴承及电主轴项目。": "机床主轴轴承及电主轴项目",
        "四方签约，启动氢燃料电池重卡示范运营项目。": "氢燃料电池重卡示范运营项目",
        "公司承建的焦炉煤气制氢提纯项目总投资7.8亿元。": "焦炉煤气制氢提纯项目",
    }
    for text, name in cases.items():
        assert mentions(text).get(name) == "Project", text


def test_a_measure_word_without_a_descriptive_name_names_no_facility():
    found = mentions("这条生产线由甲乙公司投资建设。园区新建了一座工厂。")
    assert "生产线" not in found and "工厂" not in found


# People named without a title before them.
def test_people_named_before_a_bracketed_role_after_de_or_after_a_quote():
    found = mentions("“变化很大。”祁远（河北甲乙科技有限公司总经理）说。")
    assert found["祁远"] == "Person"
    found = mentions("河北丙丁科技有限公司的闫书楠介绍，订单已经排满。")
    assert found["闫书楠"] == "Person"
    found = mentions("“路况多样。”欧阳明远说。欧阳明远是公司创始人。")
    assert found["欧阳明远"] == "Person"


def test_a_two_character_name_is_found_again_only_before_shi_or_a_speech_verb():
    text = "“供不应求。”姚岚说。姚岚是天津某某电子有限公司副总经理，姚岚团队也很忙。"
    doc = Document(id="t", text=text, norm=text)
    found = [m for m in find_mentions(doc) if m.text == "姚岚"]
    assert [m.start for m in found] == [text.find("姚岚说"), text.find("姚岚是")]


def test_common_words_after_de_are_no_people():
    assert "Person" not in mentions("河北甲乙科技有限公司的相关负责人介绍了情况。").values()


# Names jieba cuts or glues wrongly.
def test_a_trade_name_holding_neng_keeps_its_first_half():
    found = mentions("这条生产线由天津联创锂能科技有限公司投资建设。")
    assert found["天津联创锂能科技有限公司"] == "Company"


def test_shi_and_jian_glued_to_a_name_end_the_walk():
    found = mentions("姚嘉说。姚嘉是天津博泰汽车电子有限公司副总经理。")
    assert found["天津博泰汽车电子有限公司"] == "Company"
    found = mentions("红桥区工业和信息化局局长兼区招商中心主任霍秀兰说。")
    assert found["红桥区工业和信息化局"] == "GovernmentBody"
    assert "红桥区工业和信息化局局长兼区招商中心" not in found


def test_next_year_opens_no_park_name():
    assert "明年开发区" not in mentions("冯若愚表示，明年开发区产值力争达到180亿元。")


def test_a_facility_after_xin_jian_de_or_named_as_one_of_the_projects():
    found = mentions("在甲乙集团，一条新改造的智能纺纱示范线正满负荷运转。")
    assert found["智能纺纱示范线"] == "Project"
    found = mentions("签约项目中，投资最大的是深州果品冷链物流平台。")
    assert found["深州果品冷链物流平台"] == "Project"
    found = mentions("另一个备受关注的项目是辛集皮革数字化中试平台。")
    assert found["辛集皮革数字化中试平台"] == "Project"


def test_a_verb_inside_a_company_name_opens_no_project():
    found = mentions("这家公司将与枣强县城市建设投资有限公司合资建设枣强玻璃钢回收利用项目。")
    assert found["枣强玻璃钢回收利用项目"] == "Project"
    assert found["枣强县城市建设投资有限公司"] == "Company"


def test_a_person_after_a_title_and_before_jinnian():
    assert mentions("甲乙药业董事长邵国强今年52岁。")["邵国强"] == "Person"


def test_a_facility_opening_a_sentence_before_you_is_a_project():
    found = mentions("园区很大。故城县汽车零部件检测服务平台由两家企业合作运营。")
    assert found["故城县汽车零部件检测服务平台"] == "Project"
    found = mentions("园区很大。这支故城冷链示范车队由两家企业组建。")
    assert "这支故城冷链示范车队" not in found


def test_facilities_set_up_built_or_formed_by_a_verb_are_projects():
    found = mentions("甲公司与乙公司合资组建氢能物流车队,首批投放重卡100辆。")
    assert found["氢能物流车队"] == "Project"
    found = mentions("丙局在玉田经济开发区设立了药品审评服务工作站,审批时限压缩40%。")
    assert found["药品审评服务工作站"] == "Project"
    found = mentions("双方在邯钢建立了特种机器人联合验证中心,去年以来完成算法迭代40余次。")
    assert found["特种机器人联合验证中心"] == "Project"
    found = mentions("园区还将联合石家庄铁道大学搭建氢能装备检测服务平台,服务企业。")
    assert found["氢能装备检测服务平台"] == "Project"
    found = mentions("研究院在玉田设立分院,引进骨科植入器械项目。")
    assert found["骨科植入器械项目"] == "Project"


def test_several_facilities_of_a_kind_built_at_once_are_no_name():
    found = mentions("甲燃气有限公司今年还将新建两座油气氢电综合能源站。")
    assert not any(name.endswith("能源站") for name in found)


def test_a_built_name_may_hold_ji_or_yu_where_the_part_before_names_no_site():
    found = mentions("甲公司计划投资4.2亿元,在开发区建设燃料电池重卡运营及加氢服务项目。")
    assert found["燃料电池重卡运营及加氢服务项目"] == "Project"
    found = mentions("甲中心与衡水学院签署合作协议,共建汽车零部件检测与人才实训基地,提供检测服务。")
    assert found["汽车零部件检测与人才实训基地"] == "Project"
    found = mentions("甲公司将在开发区建设电驱动系统生产基地及智能网联测试中心。")
    assert found["电驱动系统生产基地"] == "Project"
    assert "电驱动系统生产基地及智能网联测试中心" not in found


def test_a_body_named_by_what_it_does_after_the_verb_that_founds_it():
    found = mentions("天津工业大学与高阳县共建纺织智能制造研究院,研究院已派驻教授23人。")
    assert found["纺织智能制造研究院"] == "Organization"
    found = mentions("去年6月,甲科技与乙局在开发区成立了线缆质量智能检测中心。")
    assert found["线缆质量智能检测中心"] == "Organization"


def test_shuangfang_lizheng_and_a_bearing_open_no_name():
    found = mentions("到2027年,双方力争协作基地入驻企业超过50家。")
    assert "双方力争协作基地" not in found
    found = mentions("永清县位于廊坊市中部,北距北京经济技术开发区约50公里。")
    assert found["北京经济技术开发区"] == "Park"
    assert "北距北京经济技术开发区" not in found


def test_a_zone_in_the_gazetteer_is_a_park_but_a_county_named_like_one_is_a_region():
    found = mentions("下花园区与北京经济技术开发区签约,张家口市下花园区将承接零部件项目。")
    assert found["北京经济技术开发区"] == "Park"  # a functional area
    assert found["下花园区"] == "Region"  # a county, though its name ends in 园区
    assert found["张家口市下花园区"] == "Region"


def test_zones_a_city_names_after_itself_are_regions_the_gazetteer_lacks():
    found = mentions("甲市乙丙新区与廊坊广阳新区签约。乙丙新区今年引进项目8个。")
    assert "乙丙新区" not in found  # no city before it: 甲市 is no gazetteer region
    found = mentions("邯郸丁戊新区与廊坊广阳新区签约,丁戊新区今年引进项目8个。")
    assert found["丁戊新区"] == "Region"
    assert found["广阳新区"] == "Region"  # named after a district, city written before it
    assert found["廊坊"] == "Region"
    found = mentions("秦皇岛北戴河新区与邢东新区签约。")  # the gazetteer's own zones
    assert found["秦皇岛北戴河新区"] == "Region" and found["邢东新区"] == "Region"
    found = mentions("高阳县距雄安新区约30公里,张家口己庚管理区和保定辛壬新城也来了。")
    assert "距雄安新区" not in found  # the gazetteer's own zone, after a word
    assert found["己庚管理区"] == "Region" and found["辛壬新城"] == "Region"


def test_a_projects_name_holds_its_capacity_and_the_place_before_it():
    found = mentions("6月1日，临西县80兆瓦光伏制氢示范项目开工。公司将建设50兆瓦光伏项目。")
    assert found["临西县80兆瓦光伏制氢示范项目"] == "Project"
    assert found["50兆瓦光伏项目"] == "Project"  # no place: the capacity opens the name
    found = mentions("迁安建设年产3万吨氢气提纯项目。")
    assert found["年产3万吨氢气提纯项目"] == "Project"  # 年产 opens it


def test_two_places_joined_by_yu_open_an_events_name():
    found = mentions("11月28日,北京市房山区与石家庄市鹿泉区氢能产业协作对接会在鹿泉举行。")
    assert found["北京市房山区与石家庄市鹿泉区氢能产业协作对接会"] == "Event"
    found = mentions("企业在北京与天津氢能产业对接会上签约。")
    assert not any(name.startswith("北京与") for name in found)


def test_a_places_base_for_an_industry_is_a_park():
    found = mentions("位于房山的北京高端制造业基地已引进氢能企业30余家。")
    assert found["北京高端制造业基地"] == "Park"
    found = mentions("甲公司在开发区投资建设高压储氢装备生产基地。")
    assert found["高压储氢装备生产基地"] == "Project"


def test_a_build_verb_inside_a_company_name_does_not_hide_the_one_after_it():
    found = mentions("清川氢能与高碑店市城市建设投资集团有限公司合作建设清川高碑店加氢综合能源站,"
                     "计划投资1.2亿元。")
    assert found["清川高碑店加氢综合能源站"] == "Project"


def test_a_facility_opening_an_indented_paragraph_before_you_is_a_project():
    found = mentions("工人2000名。\n    清河县汽车零部件检测服务平台由两家机构合作运营。")
    assert found["清河县汽车零部件检测服务平台"] == "Project"


def test_a_cut_short_form_of_a_company_does_not_match_inside_a_word():
    found = mentions("天津蓟州精密铸造有限公司投资建设铸件智能工厂项目,年产精密铸件5万吨。")
    assert "精密铸" not in found
    found = mentions("甲石化股份有限公司北京分公司是中国石化在京的企业。天津四机今年扩产。"
                     "中国石油化工股份有限公司也来了。")
    assert "中国石" not in found


def test_the_university_a_centre_is_named_after_is_kept_inside_its_name():
    doc = Document(id="t", text="北京理工大学电动车辆国家工程研究中心也与永清县合作。",
                   norm="北京理工大学电动车辆国家工程研究中心也与永清县合作。")
    inner = {(m.text, m.label) for m in find_mentions(doc) if m.rule == "inner:parent"}
    assert ("北京理工大学", "Organization") in inner


def test_a_short_description_after_a_loose_verb_is_no_name():
    found = mentions("联盟宣告成立,联盟将搭建供需信息平台,推动企业互认检测结果。")
    assert "供需信息平台" not in found


def test_items_of_a_list_numbered_in_chinese_name_their_projects():
    found = mentions("本次签约的重点项目包括:\n一、精密滚珠丝杠及直线导轨项目。由甲公司投资建设。\n"
                     "二、高速电主轴生产线项目。由乙公司投资建设。\n")
    assert found.get("精密滚珠丝杠及直线导轨项目") == "Project"
    assert found.get("高速电主轴生产线项目") == "Project"


def test_two_events_joined_by_ji_are_one_event():
    found = mentions("涿州市高端工业母机招商推介会暨项目集中签约仪式在涿州经济开发区举行。")
    assert found.get("涿州市高端工业母机招商推介会暨项目集中签约仪式") == "Event"
    assert "涿州市高端工业母机招商推介会暨项目" not in found


def test_a_facility_in_a_park_opening_a_clause_is_a_project_but_not_a_firms_factory():
    found = mentions("一支药物要跨过多少道坎?"
                     "在天津经济技术开发区的细胞与基因治疗中试平台,记者找到了答案。")
    assert found.get("细胞与基因治疗中试平台") == "Project"
    found = mentions("宝隆氢能在天津宝坻经济开发区的储氢瓶总装工厂今年完成了技术改造。")
    assert "储氢瓶总装工厂" not in found


def test_a_county_level_citys_short_form_is_that_city_where_the_article_names_it_in_full():
    text = "沙河是全国重要的平板玻璃生产基地。沙河市人民政府印发方案,推动企业在沙河上云。"
    doc = Document(id="t", text=text, norm=text)
    shorts = [(m.text, m.rule) for m in find_mentions(doc) if m.rule.startswith("short:")]
    assert shorts == [("沙河", "short:沙河市"), ("沙河", "short:沙河市")]
    alone = "沙河是全国重要的平板玻璃生产基地。"  # 沙河 alone may be a town, a river …
    assert "沙河" not in mentions(alone)


def test_a_demonstrative_base_and_either_of_two_kinds_are_no_names():
    found = mentions("27家医药企业在承德设立原料基地或生产工厂。这片基地里,采挖机来回穿梭。")
    assert not any("或" in name or name.startswith("这") for name in found)


def test_a_facility_built_inside_a_park_is_named_before_its_area():
    found = mentions("园区内建设的生物医药中试转化平台面积1.8万平方米,可同时承接8个品种的中试。")
    assert found["生物医药中试转化平台"] == "Project"


def test_a_facility_opening_a_sentence_with_shi_is_a_project():
    found = mentions("安平丝网产业互联网平台是我县推进数字化转型的重要抓手。")
    assert found["安平丝网产业互联网平台"] == "Project"


def test_assembly_lines_and_industry_harbours_are_named_by_their_heads():
    found = mentions("天津锐驰精密传动有限公司在香河机器人产业港投产了一条谐波减速器自动化装配线。")
    assert found["香河机器人产业港"] == "Park"
    assert found["谐波减速器自动化装配线"] == "Project"


def test_lianhe_after_a_park_joins_two_names():
    found = mentions("燕郊高新区联合北京工业大学、河北工业大学开设数控技师订单班。")
    assert found["燕郊高新区"] == "Park"
    assert found["北京工业大学"] == "Organization"


def test_a_technology_joined_by_a_plus_opens_the_name():
    found = mentions("12家丝网企业签约,其中与天津海河智造软件有限公司签约的"
                     "5G+智能拉丝车间改造项目投资最大。")
    assert found["5G+智能拉丝车间改造项目"] == "Project"


def test_an_events_session_and_slogan_are_part_of_its_name():
    found = mentions("4月22日,2026京冀生物医药产业协同发展推介会(海淀专场)在中关村举行。")
    assert found["2026京冀生物医药产业协同发展推介会(海淀专场)"] == "Event"
    found = mentions("3月,2026“京津研发·满城制造”高端工业母机产业链对接会在满城举办。")
    assert found["2026“京津研发·满城制造”高端工业母机产业链对接会"] == "Event"


def test_a_project_implemented_may_hold_ji_where_the_part_before_names_no_site():
    found = mentions("双方将共同实施灵巧手及力控传感器联合研发项目,总投资3.6亿元。")
    assert found["灵巧手及力控传感器联合研发项目"] == "Project"


def test_a_signing_ceremony_keeps_how_the_signing_is_done_in_its_name():
    found = mentions("11月18日上午，青县京津冀机器人产业链项目集中签约仪式在县行政中心举行。"
                     "9月4日，永清经济开发区生物医药产业园企业入驻签约仪式在园区举行。")
    assert found["青县京津冀机器人产业链项目集中签约仪式"] == "Event"
    assert found["永清经济开发区生物医药产业园企业入驻签约仪式"] == "Event"


def test_a_signing_ceremony_named_only_by_what_is_signed_is_no_name():
    assert "Event" not in mentions("当天还举行了项目集中签约仪式。").values()


def test_a_project_after_its_owner_and_a_dash_starts_after_the_dash():
    found = mentions("本次入驻的项目分别是：\n1. 北京诺为医疗器械有限公司——一次性医用耗材智能工厂，"
                     "投资3.1亿元；\n")
    assert found["北京诺为医疗器械有限公司"] == "Company"
    assert found["一次性医用耗材智能工厂"] == "Project"


def test_a_government_s_website_is_not_the_government():
    assert "GovernmentBody" not in mentions("来源：安平县人民政府网　2026-06-19").values()


def test_a_support_scheme_without_brackets_is_a_policy_when_a_place_opens_it():
    found = mentions("按照丰南区氢能汽车推广应用奖补办法，运营企业每年最高可获得3万元运营补贴。")
    assert found["丰南区氢能汽车推广应用奖补办法"] == "Policy"


def test_a_project_named_after_the_sum_invested_in_it_is_a_name():
    found = mentions("7月下旬，北京华睿医疗器械有限公司投资5.8亿元的高端医学影像设备产业化项目"
                     "在开发区开工。")
    assert found["高端医学影像设备产业化项目"] == "Project"


def test_a_listed_company_is_no_name():
    assert "上市公司" not in mentions("瑞达金属网业是我县丝网行业首家上市公司。")


def test_a_zone_keeps_the_locative_that_says_where_in_its_place_it_lies():
    found = mentions("走进唐山市丰南区沿海工业区，装置正满负荷运转。")
    assert found["唐山市丰南区沿海工业区"] == "Park"


def test_the_beijing_places_before_a_zhongguancun_park_only_locate_it():
    found = mentions("智途科技总部位于北京市海淀区中关村软件园，是一家智能驾驶企业。"
                     "雄安新区中关村科技园今年开园。")
    assert found["中关村软件园"] == "Park"
    assert found["北京市海淀区"] == "Region"
    assert found["雄安新区中关村科技园"] == "Park"


def test_zhan_ends_the_name_of_what_a_share_is_taken_of():
    found = mentions("生物医药产值占开发区工业总产值的比重提高到31%。")
    assert "Park" not in found.values()


def test_one_trade_character_jieba_reads_as_a_verb_stays_in_the_name():
    assert mentions("北京华控智联科技有限公司与京机精工签订协议。")["北京华控智联科技有限公司"] \
        == "Company"


def test_signing_an_agreement_is_not_the_name_of_one():
    assert "Policy" not in mentions("华控智联与保定京机精工签订协议，供应数控系统。").values()


def test_a_bracketed_note_after_a_company_does_not_open_the_next_name():
    found = mentions("天津纳川热管理科技股份有限公司（以下简称“纳川股份”，股票代码：688516）"
                     "文安智能制造基地一期项目正式投产。中船（天津）智能装备有限公司成立。")
    assert found["文安智能制造基地一期项目"] == "Project"   # (a numbered phase is named)
    assert found["中船（天津）智能装备有限公司"] == "Company"


def test_a_binational_zone_keeps_its_partner_country():
    found = mentions("唐山市人民政府与中新天津生态城管理委员会签署备忘录。"
                     "海川储能来自中新天津生态城。")
    assert found["中新天津生态城管理委员会"] == "GovernmentBody"
    assert found["中新天津生态城"] == "Park"


def test_an_agreement_named_by_its_chain_after_the_signing_verb_is_a_policy():
    found = mentions("会上，唐山市人民政府与北京市海淀区人民政府签署氢能产业协同发展合作备忘录，"
                     "双方还签署战略合作协议。")
    assert found["氢能产业协同发展合作备忘录"] == "Policy"
    assert "战略合作协议" not in found


def test_a_science_and_innovation_park_is_a_park():
    assert mentions("南开区依托天开高教科创园，已孵化科技企业60余家。")["天开高教科创园"] == "Park"


def test_the_fields_a_place_is_strong_in_are_no_companies():
    found = mentions("北京在芯片、算法、操作系统等环节集聚了大批创新企业。"
                     "甲科技有限公司、乙能源有限公司等5家企业签约。")
    assert "芯片" not in found and "算法" not in found
    assert found["甲科技有限公司"] == "Company"


def test_a_base_a_place_aims_to_become_is_no_project():
    found = mentions("力争到2027年产值突破100亿元，建成京津冀机器人产业配套基地。"
                     "开发区将打造成京津冀新能源汽车产业链的重要配套基地。"
                     "大兴区将打造大兴生物医药产业基地。")
    assert "Project" not in [label for name, label in found.items() if "配套基地" in name]
    assert found["大兴生物医药产业基地"] in ("Park", "Project")


def test_days_of_the_week_are_no_person_named_zhou():
    assert "周一来" not in mentions("工程师周一来、周五回，一点不耽误。")
    assert mentions("副县长周一鸣说，项目进展顺利。")["周一鸣"] == "Person"


# --- round 12 ---------------------------------------------------------------------------

def test_a_test_field_being_built_is_a_project():
    text = "双方签署战略合作协议,将在沧州建设智能网联汽车测试场,规划测试道路总长约18公里。"
    assert mentions(text)["智能网联汽车测试场"] == "Project"


def test_a_place_whose_name_ends_in_he_keeps_it_before_a_park_suffix():
    found = mentions("京津机器人项目集中落户南和经济开发区,精密减速器基地今天开工。")
    assert found.get("南和经济开发区") == "Park"
    assert "经济开发区" not in found


def test_a_park_named_by_its_one_industry_where_it_is_introduced():
    assert mentions("在深州经济开发区的生物医药产业园里,企业已有41家。"
                    ).get("生物医药产业园") == "Park"
    assert mentions("迁安经济开发区已规划氢能装备产业园,占地约1200亩。"
                    ).get("氢能装备产业园") == "Park"
    assert "生物医药产业园" not in mentions("北京首个生物医药产业园由此落户沧州。")


def test_a_facility_name_may_hold_a_technology_like_5g_and_run_after_a_date():
    found = mentions("该集团投资4500万元建设的岩棉5G全连接工厂去年底投用,生产效率提高32%。")
    assert found.get("岩棉5G全连接工厂") == "Project"
    found = mentions("“这条U肋板单元智能焊接生产线去年10月投用,合格率提高到99.3%。”")
    assert found.get("U肋板单元智能焊接生产线") == "Project"


def test_works_started_with_the_signing_are_one_ceremony():
    found = mentions("10月12日上午,南和经济开发区机器人产业项目集中开工暨签约仪式在开发区举行。")
    assert found.get("南和经济开发区机器人产业项目集中开工暨签约仪式") == "Event"
    assert "南和经济开发区机器人产业项目" not in found


def test_an_item_opened_by_yi_shi_names_its_project():
    text = ("签约项目主要包括:\n"
            "一是甲智能科技有限公司智能座舱及域控制器生产基地项目,总投资12亿元;\n"
            "二是乙电驱动系统有限公司与丙大学合作的电驱动系统联合研发中心项目。")
    found = mentions(text)
    assert found.get("智能座舱及域控制器生产基地项目") == "Project"
    assert found.get("电驱动系统联合研发中心项目") == "Project"


def test_the_largest_one_after_its_owner_is_a_project():
    found = mentions("其中,投资规模最大的是甲精密传动有限公司的精密减速器生产基地。")
    assert found.get("精密减速器生产基地") == "Project"


def test_a_company_pointed_at_by_its_trade_is_no_new_name():
    found = mentions("京唐氢运物流有限公司负责运营。这家物流公司计划将运营车辆扩大到800辆。")
    assert "物流公司" not in found and found["京唐氢运物流有限公司"] == "Company"


def test_a_corridor_an_incubator_and_a_hospital_campus_are_named_by_their_heads():
    found = mentions("双方约定共建京张氢能物流走廊。北京大学人民医院雄安院区已开诊。")
    assert found["京张氢能物流走廊"] == "Project"
    assert found["北京大学人民医院雄安院区"] == "Organization"


def test_a_site_built_is_named_after_the_size_it_is_given():
    found = mentions("肥乡区计划建设一座面积约1.5万平方米的数控机床检测认证中心,并培养技工。")
    assert found["数控机床检测认证中心"] == "Project"


def test_an_owned_facility_needs_three_characters_before_its_head():
    """Round 14: 氢冶金示范线 after its owner's 的 is named; 浮法生产线 is a kind of line
    (浮法 is two characters, and 浮法生 + 产线 is no split)."""
    found = mentions("河北某某钢铁有限公司的氢冶金示范线已连续稳定运行200天。")
    assert found.get("氢冶金示范线") == "Project"
    assert "浮法生产线" not in mentions("河北某某玻璃有限公司的浮法生产线依旧灯火通明。")


def test_a_place_in_brackets_closes_an_organisations_name():
    found = mentions("园区与某某大学共同揭牌成立京津冀机器人应用创新中心（昌黎），服务企业90家。")
    assert found.get("京津冀机器人应用创新中心（昌黎）") == "Organization"


def test_an_oil_and_hydrogen_station_built_by_a_firm_is_a_project():
    found = mentions("由某某石油分公司投资建设的广阳油氢合建站去年底投运，日均加注650公斤。")
    assert found.get("广阳油氢合建站") == "Project"


def test_a_project_named_after_its_investor_and_the_sum():
    found = mentions("签约项目有：天津市宏图精工有限公司投资6亿元的减速器及轴承生产项目；"
                     "北京智联控制技术有限公司的扩建项目。")
    assert found["减速器及轴承生产项目"] == "Project"
    assert "扩建项目" not in found    # no sum invested, and no name of its own


def test_a_joint_lab_built_together_is_a_project_even_before_a_date():
    found = mentions("河北工业大学与北京智联控制技术有限公司共建的伺服控制联合实验室去年投入使用。")
    assert found["伺服控制联合实验室"] == "Project"


def test_a_numbered_phase_of_a_site_is_named_with_its_phase():
    found = mentions("丙丁科技有限公司精密减速器产业化基地一期项目正式投产，平台二期项目签约。")
    assert found["精密减速器产业化基地一期项目"] == "Project"
    found = mentions("丙丁公司投资建设的精密减速器产业化基地一期项目正式投产。")
    assert found["精密减速器产业化基地一期项目"] == "Project"


def test_a_site_named_by_its_place_after_its_owner_is_a_name():
    found = mentions("园区东侧，天津甲乙生物制药有限公司邯郸生产基地正在调试。")
    assert found["邯郸生产基地"] == "Project"
    assert "邯郸生产基地" not in mentions("企业在邯郸生产基地调试设备。")


def test_distance_ju_glued_to_a_place_opens_no_company_name():
    found = mentions("宁晋距长城汽车、北京汽车等整车企业的工厂均在300公里以内。")
    assert found["长城汽车"] == "Company"
    assert "宁晋距长城汽车" not in found


def test_a_fund_named_by_its_industry_is_a_name_where_its_size_introduces_it():
    assert mentions("设立规模5亿元的氢能产业基金。")["氢能产业基金"] == "Company"
    assert mentions("设立了规模5亿元的智能装备产业引导基金。")["智能装备产业引导基金"] == "Company"
    assert "氢能产业基金" not in mentions("用好氢能产业基金。")


def test_an_order_class_a_school_runs_is_a_project():
    found = mentions("开发区联合甲乙职业技术学院开设工业机器人运维“订单班”，今年招收学员200人。")
    assert found["工业机器人运维“订单班”"] == "Project"
    assert mentions("合作开设了冷镦装备操作与维护订单班。")["冷镦装备操作与维护订单班"] == "Project"
    assert "“订单班”" not in mentions("开设“订单班”。")


def test_a_named_ceremony_of_works_started_or_production_is_an_event():
    found = mentions("4月7日，宁晋县汽车零部件产业园第二批京津合作项目集中开工仪式在园区举行。")
    assert found["宁晋县汽车零部件产业园第二批京津合作项目集中开工仪式"] == "Event"
    found = mentions("（股票代码：688619）定兴智能底盘生产基地一期投产仪式在保定举行。")
    assert found["定兴智能底盘生产基地一期投产仪式"] == "Event"
    assert "Event" not in mentions("公司创始人在投产仪式上说。").values()
    found = mentions("甲乙科技蠡县汽车零部件基地一期项目竣工投产仪式在开发区举行。")
    assert found["甲乙科技蠡县汽车零部件基地一期项目"] == "Project"  # (the phase, not an event)


def test_a_sites_whole_name_in_quotes_after_its_build_verb_is_a_name():
    found = mentions("在园区搭建了“冀东食品加工工业互联网平台”，目前已接入企业47家。")
    assert found["冀东食品加工工业互联网平台"] == "Project"
    found = mentions("双方将共建“海水制氢联合实验室”，首批攻关项目5个。")
    assert found["海水制氢联合实验室"] == "Project"
    assert "配套走廊" not in mentions("资源也被引入这条“配套走廊”。")


def test_an_event_keeps_what_names_it_before_a_quoted_word_inside_it():
    found = mentions("武邑县召开高端工业母机产业链“链长制”工作推进会，")
    assert found["高端工业母机产业链“链长制”工作推进会"] == "Event"


def test_a_project_after_the_relative_clause_that_lays_it_out_is_named():
    found = mentions("其中，甲乙科技股份有限公司拟在园区布局的燃料电池发动机配套项目投资约6亿元。")
    assert found["燃料电池发动机配套项目"] == "Project"


def test_a_person_after_a_title_is_bounded_by_the_words_that_follow_the_name():
    found = mentions("公司董事长周建国算了一笔账。车间主任韩璐正盯着屏幕。"
                     "副县长谷红梅与企业代表出席。")
    assert found["周建国"] == found["韩璐"] == found["谷红梅"] == "Person"
    assert not any(name.startswith(("周建国算", "韩璐正", "谷红梅与")) for name in found)


def test_people_named_by_their_work_have_a_title_too():
    found = mentions("司机王建军今年52岁。56岁的村民赵福山掰着手指算账。")
    assert found["王建军"] == found["赵福山"] == "Person"


def test_a_title_before_a_verb_or_a_conjunction_names_nobody():
    found = mentions("研发人员中，博士占比达到35%，博士和高级工程师46人。")
    assert not any(label == "Person" for label in found.values())


def test_a_name_ending_in_he_before_a_speech_verb_is_a_person():
    assert mentions("瑞丰特钢总工程师孟庆和介绍，试验线已投产。")["孟庆和"] == "Person"


def test_a_byline_names_reporters_apart_by_spaces_but_not_the_next_title():
    found = mentions("新华社石家庄1月14日电（记者 韩雪松 杜一鸣）清晨6点。")
    assert found["韩雪松"] == found["杜一鸣"] == "Person"
    found = mentions("（记者 张明 通讯员 李华）近日，")
    assert "通讯员" not in found and found["李华"] == "Person"


def test_a_verb_before_a_listed_organisation_opens_no_name():
    found = mentions("公司联合中国银行吴桥支行推出“链上贷”。代表团来到天津经济技术开发区考察。")
    assert found["中国银行吴桥支行"] == "Company"
    assert "天津经济技术开发区" in found
    assert not any(name.startswith(("联合", "来到")) for name in found)


def test_a_site_built_after_what_it_makes_or_covers_is_named():
    found = mentions("公司将在迁西建设一条年产200台套的碱性电解槽生产线，"
                     "并建设了覆盖炼铁、炼钢全流程的5G全连接工厂。双方合建燃料电池重卡示范运营平台。")
    assert found["碱性电解槽生产线"] == found["5G全连接工厂"] == "Project"
    assert found["燃料电池重卡示范运营平台"] == "Project"


def test_a_base_named_after_its_acreage_opens_after_the_quantity():
    found = mentions("双方合作，建设了2万亩酸枣仁规范化种植基地，对种子统一管理。")
    assert found["酸枣仁规范化种植基地"] == "Project"
    assert "万亩酸枣仁规范化种植基地" not in found


def test_a_department_of_the_county_in_focus_is_named_by_its_level():
    found = mentions("县长带领县商务局、县科学技术和工业信息化局赴京。实习结束后，"
                     "县人力资源和社会保障局还发放补贴。县直有关部门参加。")
    assert found["县商务局"] == found["县科学技术和工业信息化局"] == "GovernmentBody"
    assert found["县人力资源和社会保障局"] == "GovernmentBody"
    assert "县直有关部门" not in found


def test_a_firms_role_before_a_placed_company_name_is_no_part_of_it():
    found = mentions("骐骥汽车的母公司北京骐骥汽车科技集团有限公司位于亦庄。"
                     "引入视觉算法公司北京慧眼视通科技有限公司。")
    assert found["北京骐骥汽车科技集团有限公司"] == found["北京慧眼视通科技有限公司"] == "Company"
    assert not any(name.startswith(("母公司", "视觉算法")) for name in found)


def test_a_list_items_number_in_brackets_opens_no_company_name():
    found = mentions("签约项目如下：\n（三）北京悦康永盛药业有限公司中药提取项目，总投资5亿元。")
    assert found["北京悦康永盛药业有限公司"] == "Company"
    assert not any(name.startswith("（三）") for name in found)


def test_a_branch_keeps_its_parents_name_before_its_place():
    found = mentions("中国石化销售股份有限公司天津石油分公司建设加氢站。")
    assert found["中国石化销售股份有限公司天津石油分公司"] == "Company"


def test_a_site_named_right_after_a_groups_legal_name_is_a_project():
    """…集团有限公司 ends in 有限公司, not in 集团: the site after it is named by its owner."""
    found = mentions("天津甲乙数控机床集团有限公司重型数控机床生产基地在丰润经济开发区开工。")
    assert found.get("重型数控机床生产基地") == "Project"
    assert found.get("天津甲乙数控机床集团有限公司") == "Company"


def test_a_name_jieba_keeps_whole_after_a_title_ends_where_its_word_does():
    # the listed follower came one word late (站在, 等出席), or none followed (每周, 团队)
    found = mentions("精研数控机床股份有限公司董事长孙立伟站在生产线旁说。示范区管委会主任芦云峰等"
                     "出席。天津科技大学副教授刘泽远每周往返一次。北京工业大学教授史春燕团队派驻研究人员。")
    for name in ("孙立伟", "芦云峰", "刘泽远", "史春燕"):
        assert found[name] == "Person"
    assert "孙立伟站" not in found and "芦云峰等" not in found


def test_a_name_after_an_age_is_a_person():
    found = mentions("26岁的张泽宇是从津南派驻平山的工艺工程师。33岁的王晓宇曾在海淀工作。")
    assert found["张泽宇"] == "Person"
    assert found["王晓宇"] == "Person"


def test_a_slogan_closed_by_a_quotation_mark_is_no_person():
    assert "成安行" not in mentions("县里组织“京津专家成安行”活动4场。")


def test_expanded_production_lines_and_assembly_lines_are_projects():
    found = mentions("海纳智能装备有限公司投资约7000万元扩建康复辅具智能化生产线。"
                     "走进产业园，一条燃料电池发动机组装线正在满负荷运转。")
    assert found["康复辅具智能化生产线"] == "Project"
    assert found["燃料电池发动机组装线"] == "Project"


def test_a_scheme_issued_without_book_title_marks_is_a_policy():
    found = mentions("县里同步出台了生物医药企业入驻奖励办法，对固定资产投资给予补助。"
                     "曹妃甸区随后出台氢能十条，提出对落户企业补助。")
    assert found["生物医药企业入驻奖励办法"] == "Policy"
    assert found["氢能十条"] == "Policy"


def test_a_list_of_needs_or_a_bare_scheme_word_is_no_policy():
    found = mentions("会上发布了整机企业的采购需求清单，并出台配套措施，对企业给予补助。")
    assert not any(label == "Policy" for label in found.values())


def test_compound_titles_and_a_researchers_team_introduce_people():
    # 董事长助理, 首席运营官; 首席执行官|方…: jieba joins the title's last character to
    # the name (官方), but a speech verb after the name settles it; 教授X团队
    found = mentions("公司董事长助理潘晓东说，订单已排满。首席运营官温若雪说，产线年底投产。"
                     "创始人、首席执行官方立远告诉记者，公司将扩产。甲大学教授孙明新团队常驻园区。"
                     "今年23岁的本地小伙子刘子衡，毕业后做了两年装配工。")
    for name in ("潘晓东", "温若雪", "方立远", "孙明新", "刘子衡"):
        assert found.get(name) == "Person", name
    assert "官方立远" not in found


def test_a_district_cut_by_a_title_is_still_no_person():
    found = mentions("总部位于北京市丰台区长辛店，总经理王立新说。")
    assert found["王立新"] == "Person"
    assert "长辛店" not in found


def test_a_platform_named_by_a_quoted_brand_is_a_project():
    found = mentions("甲公司打造的“瓷联云”陶瓷行业工业互联网平台已接入企业58家。"
                     "县里搭建起“雕琢云”工业互联网平台。")
    assert found["瓷联云"] == "Project"
    assert found["雕琢云"] == "Project"


def test_a_brand_used_or_no_platform_after_it_names_no_project():
    found = mentions("乙公司借助甲公司开发的“硫化通”平台实现了远程监控。"
                     "推动“链主”企业与京津平台服务商对接。一件羊绒衫的“数字身份证”——借力平台。")
    assert "硫化通" not in found and "链主" not in found and "数字身份证" not in found


def test_an_identifier_node_keeps_its_bracketed_trade_or_city():
    found = mentions("研究院与市政府共建的工业互联网标识解析二级节点（陶瓷行业）已上线运行。"
                     "天津的国家工业互联网标识解析顶级节点（天津）灾备节点与之对接。")
    assert found["工业互联网标识解析二级节点（陶瓷行业）"] == "Project"
    assert found["国家工业互联网标识解析顶级节点（天津）灾备节点"] == "Project"


def test_a_node_the_platform_relies_on_is_no_project_of_the_sentence():
    found = mentions("该平台依托国家工业互联网标识解析二级节点（纺织服装行业）提供服务。")
    assert not any(label == "Project" for label in found.values())


def test_products_listed_before_a_kind_of_supplier_are_no_companies():
    found = mentions("产业园里，伺服电机、精密钣金、线缆线束等配套企业已陆续入驻。"
                     "县里将引进导轨、丝杠、主轴等功能部件企业。")
    for product in ("伺服电机", "精密钣金", "线缆线束", "导轨", "丝杠", "主轴"):
        assert product not in found, product


def test_names_listed_before_a_kind_of_supplier_stay_companies():
    found = mentions("本地已有华铸精工、天锻等配套企业。")
    assert found["华铸精工"] == "Company"
    assert found["天锻"] == "Company"


def test_a_region_in_brackets_inside_a_company_name_stays_in_it():
    found = mentions("凯甲医药集团（天津）股份有限公司与开发区合作。")
    assert found["凯甲医药集团（天津）股份有限公司"] == "Company"


def test_a_school_two_parties_found_together_is_named_after_the_verb():
    found = mentions("县里与甲建筑学院签订协议，双方将共建新能源汽车产业学院。"
                     "乙分公司与丙职教中心签约共建“数字工匠学院”，计划每年培训300人次。")
    assert found["新能源汽车产业学院"] == "Organization"
    assert found["数字工匠学院"] == "Organization"


def test_a_school_described_after_de_is_not_found_by_the_verb():
    doc = Document(id="t", text="甲学院与乙公司共建的机器人产业学院已招生。",
                   norm="甲学院与乙公司共建的机器人产业学院已招生。")
    assert not any(m.rule == "project:共建" for m in find_mentions(doc))


def test_the_first_of_a_kind_is_no_part_of_a_projects_name():
    found = mentions("甲公司在县城南建成的首座油氢合建站已于5月投用。")
    assert found["油氢合建站"] == "Project"
    assert "首座油氢合建站" not in found


def test_what_a_project_is_said_to_be_the_first_of_is_no_name():
    found = mentions("这是甲县引进的首个机器人整机项目，总投资5亿元。"
                     "此次在乙县建设其在京津以外的首个生产基地。")
    assert not any(label == "Project" for label in found.values())


def test_a_legal_name_keeps_the_trade_name_jieba_cuts_after_its_place():
    found = mentions("在距甲乙鞋业不远的雄安步步先鞋材有限公司，一套系统正在试运行。"
                     "控制器板卡由天津七一二通信广播股份有限公司代工。"
                     "示范项目由唐山东渤钢铁集团有限公司投资建设。")
    assert found["雄安步步先鞋材有限公司"] == "Company"
    assert found["天津七一二通信广播股份有限公司"] == "Company"
    assert found["唐山东渤钢铁集团有限公司"] == "Company"     # 唐山, not 山东
    assert "鞋材有限公司" not in found


def test_a_verb_before_a_place_and_a_legal_name_stays_out_of_it():
    found = mentions("甲公司正式投入天津七一二通信广播股份有限公司的生产线。")
    assert found["天津七一二通信广播股份有限公司"] == "Company"


def test_a_centre_that_stores_moves_or_computes_is_a_facility():
    found = mentions("由甲县城投集团有限公司投资1.5亿元建设的中药材仓储物流中心今年5月开工。"
                     "乙电信股份有限公司沧州分公司投资建设的运河算力中心今年6月上线。")
    assert found["中药材仓储物流中心"] == "Project"
    assert found["运河算力中心"] == "Project"


def test_a_purification_unit_or_a_conversion_line_is_a_facility():
    found = mentions("邯郸甲乙能源科技有限公司的焦炉煤气制氢提纯装置已进入调试阶段。"
                     "在康保县经济开发区，一条燃料电池重卡改装线已经试运行。"
                     "丙公司在厂区内建成一套焦炉煤气变压吸附提纯装置，设计产能为每小时2000立方米。")
    assert found["焦炉煤气制氢提纯装置"] == "Project"
    assert found["燃料电池重卡改装线"] == "Project"
    assert found["焦炉煤气变压吸附提纯装置"] == "Project"   # not 一套…


def test_a_verb_before_a_firms_short_name_is_no_part_of_it():
    found = mentions("天津瑞康制药有限公司在北辰。目前，甲生物已有3个品种委托瑞康制药生产。"
                     "首批50辆重卡交付，正式投入河钢集团邯钢公司厂区的运输。")
    assert found["瑞康制药"] == "Company"
    assert found["河钢集团邯钢公司"] == "Company"
    assert not any(name.startswith(("品种", "正式")) for name in found)


def test_a_subject_a_school_teaches_is_no_company():
    found = mentions("承德医学院今年新开设中药制药专业，每年定向培养制药工程人才50人。")
    assert not any(label == "Company" for label in found.values())


def test_a_meeting_held_again_and_again_is_no_event():
    found = mentions("两地还计划每年轮流举办一次医药产业对接活动，"
                     "每季度组织1次京津冀供需对接活动。")
    assert not any(label == "Event" for label in found.values())
    numbered = mentions("每年举办的第三届京津冀工业母机产业链对接会在甲县召开。")
    assert numbered["第三届京津冀工业母机产业链对接会"] == "Event"


def test_a_kind_of_project_from_everywhere_is_no_name():
    found = mentions("2024年全区新开工产业项目中，京津来源项目投资占比达到46%。"
                     "开发区重点承接京津数控装备及零部件项目。京津冀氢能协作项目加快落地。")
    assert not any(label == "Project" for label in found.values())


def test_a_place_before_generic_words_may_still_name_a_project():
    found = mentions("甲公司与霸州市签约，霸州协作机器人整机项目总投资9亿元。")
    assert found["霸州协作机器人整机项目"] == "Project"


def test_a_person_after_an_age_and_a_job_or_a_name_jieba_knows():
    found = mentions("28岁的质检员刘畅是临城本地人。车间主任、今年45岁的白洪涛拿起药片说。"
                     "总经理、37岁的高翔博士一边查看数据。26岁的年轻人是主力。")
    assert found["刘畅"] == found["白洪涛"] == found["高翔"] == "Person"
    assert not any(name.startswith("年轻") for name in found)


def test_a_firms_role_or_its_zone_before_its_legal_name_is_no_part_of_it():
    found = mentions("这家企业的母公司甲乙检验中心（天津）有限公司位于东丽。园区引入了检测机构"
                     "丙丁认证中心（张家口）有限公司。在邯郸经济技术开发区河北戊己机床有限公司"
                     "的车间里，它是庚辛装备集团有限公司的控股子公司。")
    assert found["甲乙检验中心（天津）有限公司"] == "Company"
    assert found["丙丁认证中心（张家口）有限公司"] == "Company"
    assert found["河北戊己机床有限公司"] == "Company"
    assert not any(name.startswith(("母公司", "检测机构", "控股"))
                   for name in found)


def test_a_verb_opening_the_clause_before_a_short_name_is_no_part_of_it():
    found = mentions("天津力生制药与河北衡康药业有限公司签约，每年采购衡康药业原料药200吨。"
                     "首批产品已批量供应恒岳精密等5家整机企业，"
                     "约三成供给邯钰机床等区内企业。")
    assert found["衡康药业"] == "Company"
    owned = mentions("远航集团董事长说，由承担公司负责。")
    assert "远航集团" in owned and "承担公司" not in owned
    assert found["恒岳精密"] == found["邯钰机床"] == "Company"
    assert not any(name.startswith(("采购", "批量", "三成")) for name in found)
    # a verb inside a name stays: a known word follows it
    assert mentions("中国建设银行保定分行提供贷款。")["中国建设银行保定分行"] == "Company"


def test_a_trade_name_holding_zhong_or_he_after_its_place():
    found = mentions("园区内的整车企业邢台中鼎新能源汽车有限公司也列入名单。"
                     "天津瑞和生物制药有限公司与甲公司签订协议。")
    assert found["邢台中鼎新能源汽车有限公司"] == "Company"
    assert found["天津瑞和生物制药有限公司"] == "Company"


def test_short_names_listed_before_firms_and_schools_are_firms():
    found = mentions("会上，华泽康、康诺睿、河北医科大学等19家企业和高校共同发起成立联盟。")
    assert found["华泽康"] == found["康诺睿"] == "Company"
    assert found["河北医科大学"] == "Organization"


def test_a_department_of_a_district_whose_name_two_cities_share():
    found = mentions("新华区工业和信息化局副局长牛振宇介绍。桥西区商务局局长傅晓明透露。")
    assert found["新华区工业和信息化局"] == found["桥西区商务局"] == "GovernmentBody"


def test_key_components_projects_are_a_kind_of_project():
    found = mentions("也要引得来关键零部件项目。对新能源汽车关键零部件项目按设备投资额给予补助。")
    assert not any(label == "Project" for label in found.values())


def test_a_built_name_ends_before_ye_or_yi():
    found = mentions("北京工业大学与石家庄铁道大学共建的京冀工业互联网创新研究院也已落户"
                     "桥西区数字经济产业园。")
    assert found["京冀工业互联网创新研究院"] == "Organization"
    assert not any("落户" in name for name in found)


def test_energy_stations_training_grounds_accelerators_and_freight_lines_are_projects():
    found = mentions("一辆重卡缓缓驶入冀氢邯山综合能源站。"
                     "计划在桥东区建设人形机器人工业场景实训场。"
                     "科技城新建的高端装备孵化加速器投入使用。联合组建的京沧氢能重卡运输专线开通。")
    assert found["冀氢邯山综合能源站"] == "Project"     # not 驶入…
    assert found["人形机器人工业场景实训场"] == found["高端装备孵化加速器"] == "Project"
    assert found["京沧氢能重卡运输专线"] == "Project"
    several = mentions("唐山冀东燃气今年还将新建两座油气氢电综合能源站。")
    assert not any(label == "Project" for label in several.values())


def test_a_school_named_with_its_place_is_an_organisation():
    found = mentions("承德石油高等专科学校与北京数联智造科技有限公司签订合作协议。当地学校也参与。")
    assert found["承德石油高等专科学校"] == "Organization"
    assert "当地学校" not in found


def test_a_hospital_jieba_knows_whole_and_a_college_named_by_a_direction():
    found = mentions("公司与北京积水潭医院合作开展临床研究。河北北方学院与塞北智能共建实验室。")
    assert found["北京积水潭医院"] == found["河北北方学院"] == "Organization"


def test_a_long_slogan_in_quotes_names_the_event_too():
    found = mentions("8月11日，“工业互联网赋能制造业数字化转型”京廊对接会在廊坊举行。")
    assert found["“工业互联网赋能制造业数字化转型”京廊对接会"] == "Event"


def test_a_citys_downtown_is_no_centre():
    found = mentions("开发区距北京中心城区不到50公里。")
    assert not any(label == "Organization" for label in found.values())



def test_an_identifier_node_named_with_its_trade_before_it_starts_at_the_trade():
    found = mentions("在省工信厅的支持下，紧固件行业工业互联网标识解析二级节点于今年4月上线运行。"
                     "研究院帮助迁西建设钢铁行业标识解析二级节点，接入企业42家。"
                     "双方共建玻璃行业工业互联网标识解析二级节点。")
    for node in ("紧固件行业工业互联网标识解析二级节点", "钢铁行业标识解析二级节点",
                 "玻璃行业工业互联网标识解析二级节点"):
        assert found[node] == "Project"


def test_a_trades_industrial_internet_platform_is_a_project_unless_a_brand_names_it():
    found = mentions("永年紧固件产业工业互联网平台正式上线，首批接入企业156家。"
                     "平乡自行车童车产业互联网平台已接入企业300家。"
                     "全省已培育省级重点行业工业互联网平台87个。"
                     "这家企业打造的“瓷链云”陶瓷行业工业互联网平台已接入企业58家。"
                     "公司打造的钢铁行业工业互联网平台“炉联云”已接入设备12万台。")
    assert found["永年紧固件产业工业互联网平台"] == "Project"
    assert found["平乡自行车童车产业互联网平台"] == "Project"
    assert found["瓷链云"] == "Project"
    assert not any(name.endswith("行业工业互联网平台") for name in found)
    assert mentions("全县将加快产业工业互联网平台建设，支持各类产业工业互联网平台发展。") == {
        "工业互联网": "Industry"}


def test_a_span_of_recent_years_before_gongsi_is_a_time_word_not_a_name():
    assert mentions("总经理介绍，近两年公司已与京津12家制剂企业建立稳定供货关系。") == {}
    assert mentions("总经理告诉记者，眼下公司正在建设二期工程。") == {}


def test_a_site_built_together_is_named_before_weiyu():
    found = mentions("双方共建的多工位冷镦机生产基地位于永年高新区，总投资6.5亿元。")
    assert found["多工位冷镦机生产基地"] == "Project"


def test_a_park_posts_item_heading_or_a_bullet_opens_a_listed_project():
    found = mentions("导语。\n　　【项目二】精密滚珠丝杠及直线导轨产业化项目\n"
                     "　　项目总投资3亿元。\n　　▶焦炉煤气制氢提纯项目\n　　项目总投资9.6亿元。")
    assert found["精密滚珠丝杠及直线导轨产业化项目"] == "Project"
    assert found["焦炉煤气制氢提纯项目"] == "Project"


def test_a_built_site_is_named_before_the_month_it_went_into_production():
    found = mentions("擎峰氢能投资8.5亿元建设的燃料电池电堆智能工厂6月投产，设计年产电堆2万台。")
    assert found["燃料电池电堆智能工厂"] == "Project"


def test_a_facility_pointed_at_with_zhetiao_is_named_before_its_investment():
    found = mentions("这条燃料电池系统智能生产线总投资4.6亿元，设计年产能1万台（套）。")
    assert found["燃料电池系统智能生产线"] == "Project"


def test_a_quoted_route_or_enclave_a_text_opens_or_sets_up_is_a_project():
    found = mentions("两地开通了“京邯氢能重卡干线”，每天往返4个班次。"
                     "平泉经济开发区管理委员会共同设立了“京平机器人创新飞地”，落地北京。")
    assert found["京邯氢能重卡干线"] == "Project"
    assert found["京平机器人创新飞地"] == "Project"


def test_a_built_facility_may_open_with_its_rating():
    found = mentions("甲公司投资6.5亿元建设的70兆帕储氢瓶生产线已于6月投产。")
    assert found["70兆帕储氢瓶生产线"] == "Project"


def test_a_project_its_owner_names_after_de_is_a_project():
    found = mentions("北京智擎视觉科技有限公司的机器视觉模组生产项目、天津博川物流装备有限公司的"
                     "智能搬运机器人生产项目，都在签约之列。")
    assert found["机器视觉模组生产项目"] == found["智能搬运机器人生产项目"] == "Project"


def test_a_parks_opening_or_a_platforms_launch_ceremony_is_an_event():
    found = mentions("8月28日，承德高新区生物医药产业园二期开园仪式在园区举行。"
                     "6月8日，沙河市玻璃产业工业互联网标识解析二级节点上线仪式在开发区举行。")
    assert found["承德高新区生物医药产业园二期开园仪式"] == "Event"
    assert found["沙河市玻璃产业工业互联网标识解析二级节点上线仪式"] == "Event"


def test_trades_and_product_lines_listed_before_dengqiye_are_no_firms():
    found = mentions("可为玻璃深加工、玻璃制品等企业提供产品追溯服务。")
    assert "玻璃制品" not in found and "玻璃深加工" not in found


def test_a_predicate_verb_before_the_first_listed_firm_is_no_part_of_its_name():
    found = mentions("产品进入长城汽车、比亚迪等车企的供应体系。")
    assert found == {"长城汽车": "Company", "比亚迪": "Company"}


def test_a_freight_line_or_training_class_opened_is_a_project():
    found = mentions("县交通运输部门联合开通了零部件点对点货运专线,实行夜间错峰通行。"
                     "武安市职业技术教育中心联合开设氢能重卡驾驶和维保培训班,每期两个月。")
    assert found["零部件点对点货运专线"] == "Project"
    assert found["氢能重卡驾驶和维保培训班"] == "Project"


def test_a_short_facility_name_after_a_build_verb_is_a_project_but_not_its_particle():
    found = mentions("石油分公司在大王店建成的油氢合建站已于今年3月投用。"
                     "甲公司为赋能中心建设了5G专网,基站数量达到46个。")
    assert found["油氢合建站"] == "Project"
    assert "了5G专网" not in found


def test_a_platform_a_firm_developed_is_a_project_and_a_development_zone_is_not():
    found = mentions("这套系统的后台,是天津云杉智联科技有限公司开发的包装机械工业互联网平台。"
                     "项目落户开发区的智能装备产业园。")
    assert found["包装机械工业互联网平台"] == "Project"
    assert not any(name.startswith("区") for name in found)


def test_a_proving_ground_built_with_a_county_is_a_project():
    found = mentions("研究中心与围场县合作建设的塞罕坝寒区汽车试验场,一期工程已于去年投用。")
    assert found["塞罕坝寒区汽车试验场"] == "Project"
