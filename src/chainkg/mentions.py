"""Find the spans of a document that name something: regions, chains and open-set names.

Closed sets come from the ontology gazetteers (regions, the six chains); open sets come
from patterns of Chinese news language, each mention carrying the rule that found it:

- ``suffix:<suffix>``: a name suffix (…有限公司, …产业园, …管委会, …论坛) with the name
  walked left over jieba tokens until a function word, a predicate verb or punctuation;
  generic cores (重点项目, 国家先进制造业集群 after 入选) are dropped; two events joined by
  暨 are one (A推介会暨项目集中签约仪式, ``suffix:暨``);
- ``enumeration:等<head>``: the items of "A、B、C等N家<head>" (企业, 药企, 项目 …);
- ``title:《》`` (policies), ``person:<title>`` ("总经理李亚洲说");
- ``gazetteer:region`` / ``gazetteer:chain``, ``town:<county>`` (顺义区李遂镇),
  ``zone:<city>`` (邯郸冀南新区);
  ``short:<official name>``: a county's or county-level city's short form that the
  gazetteer leaves out because a word shares it (沙河, 兴隆, 清河), in an article that
  names the place in full (沙河市人民政府);
- ``partner:与`` (天津新兴燃气与唐山旭华科技合作: trade names starting with a place);
- ``project:<verb>``: what a sentence says is built, named or not (…在X园建设高压储氢装备
  生产基地, 双方将共建…转化中心, 建设A产业园和B创新中心, 同B合作建设…生产线项目, 投资2亿元
  上马…项目, 建立了…验证中心, 搭建…检测服务平台, 引进…器械项目, 落地了…装备项目): the
  name opens after the verb, never at the 与/同/在 of the clause before, nor at a verb
  inside a company's name (城市建设投资集团有限公司合作建设[X站]); it may hold 及/与 where
  the part before names no site (建设燃料电池重卡运营及加氢服务项目, 实施灵巧手及力控传感器
  联合研发项目), never 或 (设立原料基地或生产工厂: either of two kinds); several of a kind
  (新建两座…能源站) and short descriptions after 建立/搭建/引进/落地 (搭建供需信息平台) are
  no name;
- ``project:measure`` and ``project:的``: facilities named by what they are, without
  项目/基地, ending in a closed list of heads (:data:`~chainkg.lexicon.FACILITY_HEADS`:
  …中试线, …超级工厂, …示范车队, …加氢站): after a measure word (这支X示范车队由…, 一条X
  生产线正在…, 一条新改造的X示范线) or after their owner's 的 (A有限公司的X超级工厂);
  ``project:是`` (签约项目中，投资最大的是X平台), ``project:由`` (X平台由A与B合作运营, opening
  a sentence); after a construction verb they are ``project:<verb>`` (新建的X中试线9月投入
  运行, 再建一条X生产线; not a 建设 inside a company's name: 城市建设投资有限公司); a 平台
  that 投入运营 is a facility too; a site named right after the quantity it is given
  (建设一座日产20吨的X项目, 投资2.8亿元的X生产线: ``project:<verb>`` after a construction verb,
  else ``project:measure``) or after a demonstrative with its whole name (这座X示范项目);
- round 10: a facility before its area is named (建设的[B平台]面积1.8万平方米), and one
  opening a sentence with 是 ([X平台]是我县…); a name after a demonstrative is none (这片基地);
  a technology joined by a plus opens a name (5G+智能拉丝车间改造项目); an event's session
  and slogan belong to its name (…推介会(海淀专场), 2026“京津研发·满城制造”…对接会);
  装配线/产线 are facility heads and 产业港 a park's;
- round 11: a signing ceremony keeps how it is signed (…项目集中签约仪式, …企业入驻签约仪式;
  not a bare 项目集中签约仪式); a project after its owner and a dash opens after the dash
  (A有限公司——B项目); a trade word jieba cuts (北京|诺为, 北京华|控|智联) stays in a company's
  name; a zone keeps 沿海/临港 after its place (丰南沿海工业区) and a binational zone its
  partner (中新天津生态城); the Beijing places before a 中关村 park only locate it
  (北京市海淀区[中关村软件园]); a project after the sum invested in it is named
  (A投资5.8亿元的[B项目]); a scheme without 《》 ending 奖补办法/奖励办法 is a policy; a
  government's website (…人民政府网), 上市公司, …签订协议 and a bracketed note
  (A公司(以下简称“B”,股票代码:…)C基地: C) are no names; the publisher is the medium of a
  source line after its corpus label (评测语料 人民网河北频道 → 人民网) and 人民网 dates a
  dateline like 新华社;
- round 12: a place whose name ends in 和 keeps it (南|和|经济开发区); 已规划/将规划 before a
  park is the verb (已规划[氢能装备产业园]); a park named by its one industry is a name where
  it is introduced (开发区的[生物医药产业园], 规划建设…的[机器人产业园]; not 北京首个生物医药
  产业园); 测试场 is a facility head; a facility's name may hold a technology such as 5G
  (岩棉5G全连接工厂) and runs after a date (去年底投用, 去年10月投用); works started with
  a signing are one ceremony (…项目集中开工暨签约仪式); a list item may open 一是/二是, and an
  item's name opens after 合作的; the largest one after its owner is named (其中，投资规模最大
  的是A有限公司的[B基地]); 这家物流公司 names the company before, not a new one;
- round 16: a numbered phase of a site is named with its phase (…产业化基地一期项目,
  建设的[…基地一期项目], …基地一期投产仪式); a site named by its place right after its owner
  is a name (A有限公司[邯郸生产基地]); 距 (how far) ends a name (任泽距|长城汽车); a fund named
  by its industry is a name where its size introduces it (设立规模5亿元的[氢能产业基金];
  …产业引导基金); ``project:订单班``: a class a school runs (开设工业机器人运维“订单班”);
  named ceremonies of works started or production (…项目集中开工仪式, …投产仪式) are events,
  holding their batch (第二批);
- round 19: ``project:“”平台`` (a platform named by its quoted brand: 打造的“X云”…工业互联网
  平台 → X云; not one a clause uses: 借助/依托/接入…), ``project:节点`` (标识解析二级节点（陶瓷
  行业）, …顶级节点（天津）灾备节点: the bracket is part of the name; or with the trade before
  the node: 工业互联网标识解析X行业二级节点), ``project:共建`` (a
  school parties found together, named right after the verb: A与B共建X产业学院, 双方将共建
  X学院; typed Organization); 首个/首座… before a project is no part of its name (建成的首座
  [油氢合建站]), and none where the text says what something is (这是…引进的首个X项目); a
  base named only by its place (雄县基地承担总装) is none unless an owner names it (A的藁城
  基地) or a sentence before builds a base there; products listed before a kind of supplier
  (伺服电机、精密钣金等配套企业) are no companies; a national group's local branch
  (中国…有限公司…分公司) keeps no inner parent;
- session 18: lines, classes and platforms are built by 开通/开设/开办/开发 too (开通了X货运
  专线, 联合开设X培训班, A开发的X工业互联网平台; not 开发区), with the heads 专线, 干线,
  示范线路, 培训班, 实训班, 训练场, 处理厂, 资源圃, 资源库, 专网, 二级节点, 试验场, 测试道路
  and 测试路段; after such a
  verb a facility head makes a name of five characters (建成的[油氢合建站]); a name never
  opens with the verb's 了 or 的 (建设了[5G专网]); a 控股 that is the verb after a short name
  is no part of it (燕清能源控股的子公司);
- ``person:（）``, ``person:的``, ``person:引语``: people named without a title before
  them (张三（A公司总经理）说, A公司的张三介绍, “……”张三说); a two-character name is
  found again only before 是 or a speech verb;
- ``abbreviation:<char>``: 京/津/冀 where a verb of place puts them (在津揭牌, 在津冀投资);
- ``publisher``: the publisher where the text names it, and a dateline's agency
  (新华社石家庄4月21日电);
- ``project:的``: a base named by what is done there, opening after 的 (安国市的黄芪种植
  加工基地; not what a place is: 是全国重要的…生产基地);
- ``pattern:——`` (the items of a list of signed projects, one a line, opened by a dash or
  a number or a bullet: ——A公司B项目；, 1.B项目，由A投资建设；, ①…, ▲B项目, 一、B项目。; an
  item's name opens after its construction verb: ——A公司与B县人民政府签约建设X基地,
  ——A在C开发区投资建设Y项目)
  and ``pattern:年产`` (names opening with an output, ending in 项目 after 生产线 or
  基地: 年产3000吨中药饮片生产线项目);
- ``suffix:协议``: an agreement named without 《》 after the places that sign it
  (平谷—安国中医药产业协作框架协议); an agreement with no place (供货协议) is no name;
- ``suffix:园``: sub-parks named by their district (昌平园; 中关村科技园区昌平园);
- ``alias:简称``: the short name declared for the name before the bracket
  (中国石油化工股份有限公司北京燕山分公司(以下简称“燕山石化”)), wherever it is used;
- ``alias:short`` (later uses of a company's short form: 九曜智能; a form cut from the front
  only where it ends a jieba token: not 中国石 in 中国|石化), ``alias:region`` (a
  short form that keeps the region and abbreviates the rest, a leading 第 dropped: 天津四机
  for 天津第四机床有限公司, 北京汇驰在冀…), ``alias:person`` (a person named by title
  once, named again bare: X当选联盟理事长) and ``alias:repeat`` (a pattern-named project
  used again in the prose).

Walking left from a suffix keeps a company's first character that jieba reads as a
function word (中|船（天津）…, 石家庄|以岭药业, 北|一|机床), a place read as an adverb
(正定数字经济产业园), places joined by a dash (滨海—中关村科技园), 和 inside a department
jieba split (人力资源和社会|保障局) and a Sino-foreign school's 中 (天津中德…大学); it stops
at a body before a project (…审批局|推行…项目), a role (运营方), an idiom ending in a
verb (积极参与) and 联合 between two names. It keeps an ordinal or a number after a
place (中国第一汽车…, 北京二七精工…), a rare word jieba cut into two characters (京津冀道|地
药材产业联盟), 和 inside a trade name (北京诺和康泰…, …的瑞和康生物…), 与/及
between two subject nouns of a school, body or event (…人工智能与数据科学学院,
…机械工程及自动化学院, …供需对接与成果发布会), two places hosting an event
(北京市房山区与石家庄市鹿泉区…对接会) and a chain label holding 和 that opens a
name (新能源和智能网联汽车产业链…对接会). A body named by what it does needs no proper noun
right after the verb that founds it (共建纺织智能制造研究院, 成立了…检测中心); 双方, 两地, 力争
and a bearing (北距) end a name. A school co-built by two parties (共建的…现代
产业学院) needs no proper noun; products named like bodies (…加工中心), the Nth of
something (第一个生产基地) and short forms inside a chain label (新能源 of 北京新能源汽车
股份有限公司) are no names.
"X项目87个" and "12个X项目" count projects and name none, nor do products listed before
等项目 (电堆、储氢瓶等项目); "A有限公司B项目" names project B, with A its owner. A verb
phrase before a bare suffix (直接运往公司, 鼓励示范区), a role (运营方), a bare zone's
committee or part (开发区管委会, 开发区…片区), a kind of project from a place (京津冀优质
项目) and a city centre (天津市中心) are no names; a zone's base (…开发区生物医药基地) and a
place's base for an industry (北京高端制造业基地) are parks; a committee of an association
(…联盟专家委员会) stands for the association.

Overlaps are resolved longest first by :func:`filter_spans`. Names inside a longer name
that relations need are kept apart with a rule starting ``inner:`` (the parent company of
a branch, the park of a management committee or an event, the site an event launches
(X平台上线仪式暨…对接会: ``inner:project``), the main event of a forum, the
university or association a centre is named after (北京理工大学…研究中心), and the regions
and chains named inside names).

>>> from chainkg.model import Document
>>> text = "唐山市高新区与北京九曜智能科技有限公司合作。"
>>> doc = Document(id="d", text=text, norm=text)
>>> [(m.text, m.label) for m in find_mentions(doc) if not m.rule.startswith("inner:")]
[('唐山市高新区', 'Park'), ('北京九曜智能科技有限公司', 'Company')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import accumulate, compress, repeat
from operator import and_, attrgetter, gt, not_
from typing import TYPE_CHECKING

from chainkg.lexicon import (
    COMPANY_LEGAL_SUFFIXES,
    ENUM_HEAD_TYPES,
    FACILITY_HEADS,
    GENERIC_NAME_CORES,
    LEFT_STOP_TAGS,
    LEFT_STOP_WORDS,
    NAME_STRIP_WORDS,
    PERSON_FOLLOWERS,
    PRODUCT_NOUNS,
    SUFFIX_TYPES,
    SURNAMES,
    TITLES,
    is_surname_start,
    longest_word_pattern,
)
from chainkg.model import Document, Mention, Sentence

if TYPE_CHECKING:
    from chainkg.ontology import RegionRecord

__all__ = [
    "DECLARED_SHORT",
    "LIST_MARK",
    "Tokens",
    "cached_short_forms",
    "chain_label_index",
    "filter_spans",
    "find_mentions",
    "region_label_index",
    "shared_district_names",
    "short_forms",
    "tokenize",
]

_MAX_NAME = 34
_NAME_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·.&\-()（）]+")
_NUMERAL = re.compile(
    r"(?=.*[\d０-９一二三四五六七八九十两几首第数多余])[\d.０-９一二三四五六七八九十百千万亿两几多余首第数]+"
    r"[批个家项座条期大]?")
_VERB_STOPS = set("是有为在能会要让使给到去来做用说将已获称从向由经被看占")
_FUNCTION_CHARS = set("为以在与和及等的了能起对从将把被向由其")
_PUNCT = set(" \t\r\n\u3000,，。;；:：!！?？、“”\"'‘’《》<>〈〉【】[]{}…—-|/\\")
_OPEN, _CLOSE = "(（", ")）"
_YEAR = re.compile(r"(?:19|20)\d\d(?:年)?")
_SUFFIX_RE = longest_word_pattern(SUFFIX_TYPES)
_TITLE_RE = re.compile(
    "(?P<title>" + "|".join(map(re.escape, TITLES)) + r")[ \u3000:：]?"
    r"(?P<name>[\u4e00-\u9fff]{2,4}?)"
    "(?=" + "|".join(map(re.escape, PERSON_FOLLOWERS)) + r"|[\s,，。)）;；:：、]|$)"
)
_TITLE_SET = frozenset(TITLES)
_BARE_TITLE_RE = re.compile("(?P<title>" + "|".join(map(re.escape, TITLES)) + ")")
#: （记者 王明远、赵佳） and （记者 韩雪松 杜一鸣）: more names after the first.
_MORE_NAMES = re.compile(r"[、 \u3000]([\u4e00-\u9fff]{2,3}?)(?=[、)）\s]|$)")
_BOOK_RE = re.compile(r"《([^《》\n]{2,60})》")
_ENUM_HEAD_RE = re.compile(
    r"(?P<count>(?:首批|一批|众多|多家|[\d一二三四五六七八九十百千余多几]+(?:家|个|所|座))?)"
    r"(?P<head>[^\s,，。;；:：!！?？、的]{0,14})"
    r"(?P<headnoun>" + "|".join(sorted(ENUM_HEAD_TYPES, key=len, reverse=True)) + ")"
)
_DASHES = frozenset("—－-")
_COMPANY_HEAD = re.compile("|".join(k for k, v in ENUM_HEAD_TYPES.items() if v == "Company"))
_NOT_ENUM_HEAD = re.compile(r"^(?:环节|领域|方面|行业|产品|技术)|了")
#: A head that sorts firms by what they make (减速器、伺服电机等配套企业, 导轨、丝杠等功能
#: 部件企业, 葡萄酒、干红等食品企业): its items are products, not names.
_PRODUCT_HEAD = re.compile(r"(?:配套|零部件|部件|元器件|器件|材料|食品|饮品)$")
#: A project named after the sum invested in it (A投资5.8亿元的[B项目]): its own name.
_INVESTED_DE = re.compile(r"投资(?:约|超|逾|近)?[\d.]+[万亿]?元的$")
#: "其" right before a site's name: whose it is (A…,其[X生产基地]将落户…) names its owner.
_ITS = re.compile(r"(?:[,，]|将|把)其$")
def _home_of_brand(name: str) -> bool:
    """Whether ``name`` is a 中关村 park after the Beijing places that only locate it
    (北京市海淀区中关村软件园, 北京海淀中关村科学城; not 雄安新区中关村科技园, a branch
    named by its host).

    >>> _home_of_brand("北京市海淀区中关村软件园"), _home_of_brand("雄安新区中关村科技园")
    (True, False)
    """
    bare = _strip_region_prefix(name)
    if bare == name or not bare.startswith("中关村"):
        return False
    prefix, labels = name[:len(name) - len(bare)], region_label_index()
    while prefix:
        label = next((prefix[:n] for n in range(min(len(prefix), 8), 1, -1)
                      if prefix[:n] in labels), None)
        record = labels.get(label) if label else None
        if record is None or not (getattr(record, "adcode", None) or "").startswith("11"):
            return False
        prefix = prefix[len(label):]
    return True


_CLAUSE_IN_BRACKETS = re.compile(r"[，,：:；;“”]")
#: The partner country of a binational zone (中新天津生态城, 中德产业园, 中日…).
_PARTNER_COUNTRIES = frozenset("新德日韩欧法意俄瑞以英美")
_SITE_QUALIFIERS = frozenset({"沿海", "临港", "沿江", "临空", "滨海"})  # tagged locatives
_ISSUED_BEFORE = re.compile(r"(?:出台|印发|制定|发布)了?$")
_SIGNING_MANNERS = frozenset({"集中", "入驻", "落户", "合作", "竣工"})  # 项目集中签约仪式
_CEREMONY_ACTS = ("签约", "开工", "投产")  # (…项目集中开工仪式, …项目竣工投产仪式)
_ORG_ENDINGS = ("公司", "集团", "大学", "学院", "研究院", "政府", "局", "厅", "委", "区", "园",
                "会", "中心", "院", "所")  # 燕郊高新区联合北京工业大学: two names
#: Single characters that never open a name, even a company's.
_STRONG_STOPS = frozenset("的了在与和及同由把将向从对为是等被给于并又也都就还已而其这那此该到"
                          "至即以或")
_ASSOCIATION_END = re.compile(r"(?:联盟|协会|学会|商会|研究会|促进会)(?=[^联协学商研促]{2,6}$)")
#: Words that open a predicate right after a facility's name (…基地正式投产).
_NAME_FOLLOWERS = ("正式|投产|建成|开工|落成|揭牌|占地|总投资|规划|目前|今年|一期|二期"
                   "|(?:建筑|总)?面积|位于")  # 建设的[B平台]面积1.8万平方米, 共建的[B基地]位于…
_FACILITY = "|".join(FACILITY_HEADS)
#: Predicates that say a facility runs (…平台今年投入运营): a project, not a body.
_RUNS = (r"(?:今年底|去年底|今年|去年|前年|年底|年初|已|已经|正式|\d{1,2}月(?:份|底|初)?){0,3}"
         r"(?:投入运营|投入运行|投入使用|上线运行|上线|投用|投运|投产|竣工)")
#: What never stands inside the name of a site, project or school: space, digits, clause
#: punctuation, quotes and brackets.
_NAME_BREAKS = r"\s\d,，。;；:：、“”《》()（）"
#: The words that join a name to its neighbours (A的B, A和B, A及B, A与B, 在A).
_NAME_JOINERS = "的和及与在"


def _name_char(also: str = "", joiners: str = _NAME_JOINERS) -> str:
    r"""A character class for one character of a name: none of ``_NAME_BREAKS``, of
    ``joiners``, or of what a pattern ``also`` stops at.

    >>> print(_name_char(also="或"))
    [^\s\d,，。;；:：、“”《》()（）的和及与在或]
    >>> print(_name_char(joiners="的"))
    [^\s\d,，。;；:：、“”《》()（）的]
    """
    return "[^" + _NAME_BREAKS + joiners + also + "]"


#: A measure word between the verb and what it builds (再建一条…生产线, 组建一支…车队,
#: 建成一套…提纯装置).
_MEASURE = r"(?P<measure>[一两三四五六七八九十几]{1,2}[条座支个家处套])?"
#: "A投资/共建/建设 Y基地": what is built is a project, named or not.
_BUILD_VERB = (r"(?P<verb>共建|合建|建设|设立|打造|筹建|建成|新建|再建|扩建|组建|上马|新上|建立"
               r"|建起|开通|开设|开办|开发(?!区|园)"
               r"|搭建"
               r"|引进|部署"
               r"|实施|落地(?=了)|签约(?!建设|共建|新建|落地|入驻|落户|实施|合作|联合|共同|投资|项目|仪式|活动|企业|到|了|的|后))")
_BUILT_HEAD = (r"(?P<head>(?:生产基地|产业化基地|基地|中心|节点|平台|实验室|"
               r"(?:产业|创新|协作|合作)园|" + _FACILITY + r")(?:[一二三四]期项目|项目)?|项目)")
_BUILT_END = (r"(?=[,，。;；、和及也已将等在里于可]|[(（](?:以下)?简称|(?P<runs>" + _RUNS +
              r")|(?P<follower>" + _NAME_FOLLOWERS + r"|年产|设计|迎来|完成)|$)")
# (搭建了[X平台](简称“Y”): a short name declared in brackets ends the name too)
#: The size a site is given before its name (建设一座面积约1.5万平方米的[X中心]).
_SIZED = r"(?P<sized>(?:建筑面积|规划面积|面积|占地)约?[\d.]+[万千百]?(?:平方米|亩|平方公里)的)?"
#: What the built thing is said to be before its name (建设一条年产200台套的[X生产线],
#: 建设了覆盖全流程的[X工厂], 建设了2万亩[X基地]).
_ATTRIBUTE = (r"(?P<attribute>(?:年产|覆盖|服务|面向|连接)[^\s,，。;；:：“”《》()（）的]{1,20}的|"
              r"[\d.]+[万千百]?亩的?)?")
#: A rating that opens a facility's name (70兆帕储氢瓶生产线, 800伏高压电驱总成生产基地).
_RATED = r"(?<![\d.])\d{2,4}(?:兆帕|千伏|伏)"
_BUILT_RE = re.compile(  # (not 设立原料基地或生产工厂: either of two kinds, no name; not
    # 共建的A研究院也已落户B产业园: 也, 已 open a predicate)
    _BUILD_VERB + "[的了]?" + _MEASURE + _SIZED + _ATTRIBUTE +
    r"(?P<name>(?![了的])(?:" + _RATED + r"|\d[A-Z]|" + _name_char(also="或也已") +
    "){2,24}?" + _BUILT_HEAD
    + ")"
    + _BUILT_END)
#: "建设A及B项目", "共建A与B基地": one name holding 及 or 与, where A alone names no site
#: (建设X基地及Y中心 are two, and so are 区域总部和售后服务中心).
_BUILT_JOINED_RE = re.compile(
    _BUILD_VERB + "[的了]?" + _MEASURE +
    r"(?P<name>(?P<left>" + _name_char() + "{2,12}?)[及与和]"
    + _name_char() + "{2,16}?" + _BUILT_HEAD + ")" + _BUILT_END)
_SITE_END = re.compile(r"(?:项目|基地|中心|节点|平台|实验室|园|园区|工程|总部|工厂|车间|研究院"
                       r"|公司|" + _FACILITY + ")$")
#: A quantity the text gives a site before its name, ending in 的 (一座日产20吨的[X项目],
#: 一座约2万平方米的[X中心], 投资2.8亿元的[X生产线], 全长12公里的…): what is measured is a
#: physical site or plant, so the name after it is a project's.
_QUANTITY_ATTRIBUTE = re.compile(
    r"(?:年产|日产|年加工能力|日加注能力|日处理能力|年处理能力|处理能力|加工能力|产能|"
    r"装机容量|装机|规模|总投资|投资|总建筑面积|建筑面积|规划面积|占地面积|面积|占地|全长|"
    r"总长|容积)?(?:约|超|近|逾|达)?[\d.]+[万千百亿]?"
    r"(?:平方米|平方公里|立方米|公里|千米|米|吨|公斤|千克|兆瓦|千瓦|台套|台|套|辆|件|亩|标方|"
    r"元)的")
_QUANTIFIED_SITE = re.compile(
    _QUANTITY_ATTRIBUTE.pattern + r"(?P<name>(?:\d[A-Z]|" + _name_char(joiners="的和与在") +
    "){2,24}?" + _BUILT_HEAD + ")" + _BUILT_END)
#: A site word before 及 inside a quantified name: two sites, not one (…处理厂及…中心).
_SITE_BEFORE_AND = re.compile(r"(?:厂|站|中心|基地|平台|线)及")
#: The verb and measure word before a quantified site (建设一座…, 建成了…): the verb names
#: its rule, as for what a sentence says is built.
_VERB_BEFORE_QUANTITY = re.compile(_BUILD_VERB + r"[了的]?(?:[一这][座条套处个])?$")
#: "这座/这处/这套 X项目": a site a demonstrative points back to by its whole name (这座
#: 甲乙风光制氢一体化示范项目总投资…, 这处甲乙中试基地由…).
_POINTED_SITE = re.compile(
    r"(?:这座|这处|这套|这一)(?P<name>(?:\d[A-Z]|" + _name_char() + "){3,20}?"
    r"(?P<head>项目|基地|平台|中心|" + _FACILITY + r"))(?=[,，。;；、由已将正在于是]|" + _RUNS +
    "|" + _NAME_FOLLOWERS + r"|$)")
#: "这支/一条 X示范车队/生产线": a facility the text introduces with a measure word.
_MEASURED_FACILITY = re.compile(
    r"(?:这支|一支|这条|一条|这座|一座|这套|一套)(?:新建的|新改造的|新上的|在建的)?"
    r"(?P<name>(?:\d[A-Z]|" + _name_char() + "){4,20}?"
    r"(?:" + _FACILITY + r"))(?=[,，。;；、由已将正在于是刚]|" + _RUNS + "|" + _NAME_FOLLOWERS +
    r"|$)")  # (这条[X生产线]总投资4.6亿元)
#: A site's whole name in quotes after the verb that builds it (搭建了“X工业互联网平台”,
#: 双方将共建“X联合实验室”, 共建的“X联合实验室”): a name, whatever words it holds.
_QUOTED_BUILT = re.compile(
    r"(?:共建|建设|搭建|建成|打造|设立|组建|筹建|新建)(?:了|的)?“(?P<name>[^“”\s,，。;；:：、]{4,24}?"
    r"(?:平台|基地|中心|实验室|工厂|节点|示范线|生产线|产线))”")
#: "开设X订单班": a class a school runs for firms, named by what it trains (开设了冷镦装备
#: 操作与维护订单班, 开设工业机器人运维“订单班”, 合办了“氢能装备订单班”).
_ORDER_CLASS = re.compile(
    r"(?:开设|开办|合办|设立|组建|举办)了?(?P<name>“?" + _name_char(joiners="的和") + "{2,16}?"
    r"“?(?:订单班|研修班|定向班|工程师班|实验班)”?)")
#: "签约项目中，投资最大的是X平台": what a sentence about projects says one of them is.
_PROJECT_IS = re.compile(  # (其中,投资规模最大的是A有限公司的[B基地]: after its owner too)
    r"(?:项目[^。;；\n]{0,12}?|其中[,，]?[^。;；\n]{0,8}?最大的|投资(?:规模|额)?最大的)是"
    r"(?:[^\s,，。;；:：、“”《》的]{2,30}?(?:有限公司|集团)的)?"
    r"(?P<name>" + _name_char(also="是", joiners="的和与在") + "{4,24}?"
    r"(?:平台|基地|中心|" + _FACILITY + r")(?:项目)?|" + _name_char(also="是", joiners="的和与在") +
    r"{4,24}?项目)(?=[。;；,，]|$)")
#: "X平台由A与B合作运营": a facility opening a sentence, built or run by whom 由 names,
#: or said to be something (安平丝网产业互联网平台是我县…的重要抓手).
_FACILITY_BY = re.compile(
    r"(?![这那该一此])(?P<name>" + _name_char(also="是由") + "{4,24}?"
    r"(?:平台|" + _FACILITY + r"))(?=由|是)")
_SENTENCE_OPENS = re.compile(r"[。\n\u3000][ \t\u3000]*")  # and the indent after it
#: "A有限公司的X超级工厂": a facility its owner names, opening after 的; so at a clause
#: start, "在A开发区的X中试平台", where no company owns it (A在B开发区的X工厂 is A's).
_OWNED_FACILITY = re.compile(
    r"(?:(?:有限公司|集团)|(?:^|(?<=[,，。;；:：!?！？\n\u3000]))在[^\s,，。;；:：、的]{2,16}?"
    r"(?:开发区|高新区|经开区|产业园))的"
    r"(?P<name>" + _name_char(joiners="的和在") + "{3,20}?(?:" + _FACILITY +
    r"|(?:基地|中心)?项目(?![\u4e00-\u9fff]{0,2}(?:签约|集中|开工|仪式))))")
# (A有限公司的[X生产项目]、B有限公司的[Y项目]都在签约之列: a signing list's items too)
#: "A承建的X项目总投资…": a project named after the verb of who builds it.
_BUILT_DE_PROJECT = re.compile(
    r"(?:承建|投建|投资建设|建设运营)的(?P<name>" + _name_char(joiners="的和在") +
    r"{4,20}?项目)(?=总投资|计划总投资|占地|[,，。;；]|$)")
#: "A在承德设立的X车间": a workshop a firm set up, named (not 车间 alone: the workshops of
#: every plant).
_SET_UP_WORKSHOP = re.compile(
    r"(?:设立|新建|建设|建成|投建|投资建设)的(?P<name>" + _name_char() + r"{3,14}?车间)"
    r"(?=[,，。;；]|$)")
#: "A有限公司投资6亿元的X项目": a project its investor names with the sum put in.
_INVESTED_PROJECT = re.compile(
    r"(?:有限公司|集团)(?:投资|出资)(?:约|近)?[\d.]+[万亿]?元(?:建设|实施)?的"
    r"(?P<name>" + _name_char(joiners="的和在") + r"{4,20}?项目)(?=[,，。;；、]|$)")
_BUILT_ITEM_RE = re.compile(
    r"[和及、](?P<name>" + _name_char() + "{2,24}?(?P<head>生产基地|产业化基地|"
    r"基地|中心|节点|平台|实验室|(?:产业|创新|协作|合作)园|" + _FACILITY +
    r"))(?=[,，。;；、和及也已将等]|$)")
#: "…的X种植加工基地": a base named by what is done there, opening after 的.
_FACILITY_AFTER_DE = re.compile(
    r"的(?P<name>" + _name_char() + "{2,20}?"
    r"(?:种植|加工|繁育|育种|制造|生产|产业化|实训|示范|中试)基地(?:项目)?)"
    r"(?=[,，。;；、里内在已将也于是]|" + _NAME_FOLLOWERS + r"|$)")
_COUNT_BEFORE = re.compile(r"(?:[\d一二三四五六七八九十两几多]+[个项批]|"
                           r"[\d两三四五六七八九十几多]+座)"   # (新建两座…能源站: several)
                           r"(?:[^\d,，。;；:：的]{0,2})$")
_COUNTED_KINDS = re.compile(r"[两三四五六七八九十几多]大")
_IS_A = re.compile(r"(?:是|成为|作为)[^,，。;；:：]{0,12}$")
_BODY_HEADS = frozenset({"中心", "节点", "平台", "实验室"})
_COUNTED = re.compile(r"[\d一二三四五六七八九十百千两几]+[余多]?[个项家]")
_HARD_PUNCT = re.compile(r"[\s,，。;；:：!！?？“”《》]")
_GOV_NEEDS_PREFIX = {"局", "厅", "委", "部", "部门", "办公室", "委员会", "政府", "区委", "市委",
                     "县委", "省委"}
#: Verbs after which a name is a category, not a named thing ("入选国家先进制造业集群").
_CATEGORY_BEFORE = ("入选", "成为", "获评", "评为", "列入", "纳入", "认定为", "属于", "获批")
_CATEGORY_PREFIXES = ("省级", "市级", "国家级", "县级", "区级", "全国", "首批", "一批", "多个",
                      "入区", "入园", "新签约", "在建")
_MINISTRY_RE = re.compile(
    r"(?:工业和信息化|财政|商务|科学技术|科技|生态环境|交通运输|自然资源|教育|农业农村|"
    r"人力资源和社会保障|住房和城乡建设|国家发展改革委|国家发展和改革委员会|国务院国资委|"
    r"外交|国防|公安|民政|司法|水利|文化和旅游|应急管理|退役军人事务)部?"
)


@dataclass(frozen=True)
class Tokens:
    """jieba tokens of a text with their offsets and dictionary tags; the words tile
    the text (``starts[k + 1] == starts[k] + len(words[k])``), as :func:`tokenize`
    makes them."""

    words: tuple[str, ...]
    starts: tuple[int, ...]
    tags: tuple[str, ...]

    def index_at(self, offset: int) -> int:
        """The index of the token that contains character ``offset``."""
        return bisect_right(self.starts, offset) - 1


def _tokens_text(toks: Tokens, start: int, end: int) -> str:
    """The text of ``start:end``, put together from the tokens that tile it.

    >>> _tokens_text(Tokens(("北京", "甲乙丙"), (0, 2), ("ns", "")), 1, 4)
    '京甲乙'
    """
    k = max(toks.index_at(start), 0)
    j = max(toks.index_at(max(end - 1, start)), k) + 1
    return "".join(toks.words[k:j])[start - toks.starts[k]:end - toks.starts[k]]


@cache
def _tag_table() -> dict[str, str]:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.posseg.dt.word_tag_tab


def tokenize(text: str) -> Tokens:
    """Segment ``text`` once as jieba's precise mode does (:mod:`chainkg.segment`) and look up
    each token's tag.

    >>> toks = tokenize("河北省工业和信息化厅")
    >>> toks.words[0], toks.starts[:2]
    ('河北省', (0, 3))
    """
    from chainkg.segment import segment

    table = _tag_table()
    words = tuple(segment(text))
    starts = tuple(accumulate(map(len, words[:-1]), initial=0)) if words else ()
    tags = tuple(map(table.get, words, repeat("", len(words))))  # "" for unknown words
    return Tokens(words, starts, tags)


@cache
def region_label_index() -> dict[str, object]:
    """Every region label of two or more characters -> its :class:`RegionRecord`."""
    from chainkg.ontology import region_index

    return {label: rec for label, rec in region_index().items() if len(label) >= 2}


@cache
def chain_label_index() -> dict[str, object]:
    """Every chain label (preferred, alternative, ``…产业``/``…产业链``) -> its record."""
    from chainkg.ontology import chain_gazetteer

    index: dict[str, object] = {}
    for chain in chain_gazetteer():
        for label in (chain.label_zh, *chain.alt_labels):
            for form in (label, label + "产业", label + "产业链"):
                index.setdefault(form, chain)
    return index


@cache
def _gazetteer_automaton() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[int, ...]]]:
    """label -> (type, rule) and first character -> label lengths, longest first."""
    labels: dict[str, tuple[str, str]] = {}
    for label in chain_label_index():
        labels[label] = ("Industry", "gazetteer:chain")
    for label, rec in region_label_index().items():
        kind = "Park" if _is_park_like(rec) else "Region"
        labels.setdefault(label, (kind, "gazetteer:region"))
    lengths: dict[str, set[int]] = {}
    for label in labels:
        lengths.setdefault(label[0], set()).add(len(label))
    return labels, {ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()}


@cache
def _gazetteer_prefixes() -> frozenset[str]:
    """Every label of the gazetteer and every start of one (唐, 唐山, 唐山市)."""
    return frozenset(label[:i] for label in _gazetteer_automaton()[0]
                     for i in range(1, len(label) + 1))


@cache
def _gazetteer_lengths() -> dict[str, frozenset[int]]:
    """First character -> the lengths of the gazetteer labels opening with it."""
    return {ch: frozenset(ls) for ch, ls in _gazetteer_automaton()[1].items()}


@cache
def _shared_short_forms() -> tuple[tuple[str, str], ...]:
    """(short form, official name) of the counties and county-level cities whose short
    form the gazetteer leaves out because a word or another place shares it (沙河 for
    沙河市, 兴隆 for 兴隆县, 清河 for 清河县); a short form that is some region's label
    (承德 for 承德县) stays that region."""
    from chainkg.ontology import region_gazetteer

    labels = region_label_index()
    pairs = {(rec.name[:-1], rec.name) for rec in region_gazetteer()
             if rec.level in ("county", "city") and rec.name.endswith(("市", "县"))
             and len(rec.name) >= 3 and rec.name[:-1] not in labels
             and not rec.name.endswith("自治县")
             and labels.get(rec.name) is rec}
    return tuple(sorted(pairs))


@cache
def _shared_district_forms() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The official names of counties and districts that two regions share (桥西区 in
    石家庄 and 张家口; 新华区) -> the qualified labels of each (石家庄桥西区, 石家庄市桥西区),
    longest first: no label of the gazetteer, yet what opens the name of a department
    of either (新华区工业和信息化局)."""
    from chainkg.ontology import region_gazetteer

    labels = region_label_index()
    forms: dict[str, list[tuple[str, ...]]] = {}
    for rec in region_gazetteer():
        if rec.level == "county" and len(rec.name) >= 3 and rec.name not in labels:
            qualified = sorted((label for label in rec.labels if label != rec.name
                                and label in labels), key=len, reverse=True)
            if qualified:
                forms.setdefault(rec.name, []).append(tuple(qualified))
    return {name: tuple(quals) for name, quals in forms.items()}


@cache
def shared_district_names() -> frozenset[str]:
    """The county and district names two regions share (see :func:`_shared_district_forms`).

    >>> "桥西区" in shared_district_names()
    True
    """
    return frozenset(_shared_district_forms())


def _shared_district_in_focus(text: str) -> dict[str, str]:
    """The shared district names (新华区) that ``text`` also names qualified, by one
    region only -> that region's official qualified label (石家庄市新华区).

    >>> _shared_district_in_focus("石家庄市新华区招商。新华区工业和信息化局发布。")
    {'新华区': '石家庄市新华区'}
    """
    out = {}
    for name, quals in _shared_district_forms().items():
        if name not in text:
            continue
        named = [q for q in quals if any(label in text for label in q)]
        if len(named) == 1:
            out[name] = named[0][0]
    return out


def _shared_district_mentions(text: str, toks: Tokens, kept: Sequence[Mention]
                              ) -> list[Mention]:
    """A shared district name (新华区) alone in an article that names it qualified by one
    city (石家庄市新华区) is that district: on its own (``short:<label>``) and inside a
    longer name (新华区人民政府: ``inner:region:<label>``)."""
    focus = _shared_district_in_focus(text)
    if not focus:
        return []
    bounds = {*toks.starts, len(text)}
    kept = sorted(kept, key=attrgetter("start"))
    starts = [m.start for m in kept]
    out = []
    for name, label in focus.items():
        qualified_forms = tuple(q for q in (label, *region_label_index()[label].labels)
                                if q != name)
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not text.endswith(qualified_forms, 0, end):
                i = bisect_right(starts, end - 1)
                near = [m for m in kept[max(0, i - 4):i] if m.start < end and start < m.end]
                holder = next((m for m in near if m.start <= start and end <= m.end), None)
                if not near and start in bounds and end in bounds:
                    out.append(Mention(start, end, name, "Region", "short:" + label))
                elif holder is not None and holder.label != "Region":
                    out.append(Mention(start, end, name, "Region", "inner:region:" + label))
            start = text.find(name, end)
    return out


def _short_region_mentions(text: str, toks: Tokens) -> list[Mention]:
    """Within an article that names a county or county-level city in full (沙河市人民政府),
    its short form elsewhere on token boundaries is that place (``short:<official name>``):
    沙河经济开发区内…, 沙河是…玻璃生产基地.

    >>> text = "沙河是玻璃城。沙河市人民政府印发方案。"
    >>> [(m.text, m.rule) for m in _short_region_mentions(text, tokenize(text))]
    [('沙河', 'short:沙河市')]
    """
    found = [(short, name) for short, name in _shared_short_forms() if name in text]
    if not found:
        return []
    bounds = {*toks.starts, len(text)}
    out = []
    for short, name in found:
        start = text.find(short)
        while start >= 0:
            end = start + len(short)
            if start in bounds and end in bounds and not text.startswith(name, start):
                out.append(Mention(start, end, short, "Region", "short:" + name))
            start = text.find(short, end)
    return out


def _is_park_like(region: RegionRecord) -> bool:
    """Functional areas named like parks (北京经济技术开发区) are parks for the annotation;
    a county is a region whatever its name ends in (下花园区).

    >>> from chainkg.ontology import region_index
    >>> [_is_park_like(region_index()[name]) for name in ("北京经济技术开发区", "下花园区")]
    [True, False]
    """
    return region.level == "functional" and region.name.endswith(
        ("开发区", "高新区", "经开区", "保税区", "示范区", "园区", "产业园"))


def _gazetteer_mentions(text: str, toks: Tokens) -> list[Mention]:
    """Longest gazetteer labels that start and end on token boundaries (up to 4 tokens)."""
    labels = _gazetteer_automaton()[0]
    lengths = _gazetteer_lengths()
    prefixes = _gazetteer_prefixes()
    starts, words = toks.starts, toks.words
    out: list[Mention] = []
    n, free = len(words), 0     # tokens before ``free`` are inside a label found
    bounds = (*starts, len(text))   # tokens k to m - 1 span text[bounds[k]:bounds[m]]
    # The tokens tile the text (tokenize makes them so), so a label opens only at a token
    # that starts a label itself, and only an unknown word of three or more characters
    # can hold a place jieba glued to it (compress and map loop in C).
    opening = set(compress(range(n), map(prefixes.__contains__, words)))
    unknown_long = map(and_, map(not_, toks.tags), map(gt, map(len, words), repeat(2)))
    glued = {k for k in compress(range(n), unknown_long) if words[k][0] in lengths}
    for k in sorted(opening | glued):
        if k < free:
            continue
        start = starts[k]
        longest = 0     # the last token + 1 of the longest label opening at token k
        for m in range(k + 1, min(n, k + 4) + 1):
            span = text[start:bounds[m]]
            if span not in prefixes:
                break   # no label opens with it, so none with more tokens either
            if span in labels:
                longest = m
        if longest:
            label = text[start:bounds[longest]]
            kind, rule = labels[label]
            out.append(Mention(start, bounds[longest], label, kind, rule))
            free = longest
        else:
            # jieba glued a place to the unknown word after it (唐山旭|华科技)
            word = words[k]
            if not toks.tags[k] and len(word) > 2:
                for cut in range(len(word) - 1, 1, -1):
                    if word[:cut] in labels and labels[word[:cut]][0] == "Region":
                        out.append(Mention(start, start + cut, word[:cut], "Region",
                                           "gazetteer:region"))
                        break
    return out


_PHASES = frozenset({"一期", "二期", "三期", "四期"})
_BATCH = re.compile("第[一二三四五六七八九十]{1,2}批")
_PHASED_HEADS = ("基地", "产业园", "园区", "平台", "工厂", "中心")
_POINTED = re.compile(r"(?:这家|那家|该|此)$")
_STARTED_AND = re.compile(r"(?:开工|投产|竣工|开业)暨$")
_PLAN_ADVERBS = frozenset({"已", "将", "还", "拟", "正在", "已经", "计划"})


_BRANCH_SUFFIXES = ("分公司", "子公司", "分行", "支行")
#: Directions jieba tags a locative that a name may hold after its place (河北北方…学院).
_DIRECTION_WORDS = frozenset({"北方", "南方", "东方", "西方"})
#: Words ending a development zone's name: a firm's legal name after one is its own.
_ZONE_WORDS = ("开发区", "高新区", "经开区", "产业园", "工业园", "园区")


def _verb_opens_clause(toks: Tokens, k: int, begin: int, start: int) -> bool:
    """Whether token ``k`` is a verb of two characters that opens its clause (after
    punctuation, an adverb, a number or a time word) before a word jieba does not know
    or 公司 (每年|采购|衡康药业, 的|控股|子公司, 承担|公司), not a verb inside a name
    (中国|建设|银行, 成果|转化|子基金).

    >>> toks = Tokens(("每年", "采购", "衡康", "药业"), (0, 2, 4, 6), ("r", "v", "", "n"))
    >>> _verb_opens_clause(toks, 1, 4, 6)
    True
    """
    if toks.tags[k] != "v" or len(toks.words[k]) != 2:
        return False
    if (begin == start and not toks.words[k + 1].startswith("公司")) or (
            begin < start - 1 and toks.tags[k + 1]):
        return False    # (远航|集团: a verb alone before 集团 may be the trade name, not
        # before 公司 (承担|公司); 控股|子公司: one character before the suffix is no name)
    return k == 0 or (toks.tags[k - 1][:1] in ("", "d", "m", "t", "r", "p", "c", "u") and
                      toks.words[k - 1] not in region_label_index())


def _role_before_name(word: str, name_length: int) -> bool:
    """Whether ``word`` before a firm's name says what the firm is (母公司, 检测机构,
    整车企业), not its name's first word: a role of three characters or more, or any
    机构, before a name of four characters or more.

    >>> _role_before_name("母公司", 12), _role_before_name("公司", 12)
    (True, False)
    """
    return name_length >= 4 and (word.endswith("机构") or len(word) > 2)
_LIST_NUMBER = re.compile(r"[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]$")


def _walk_left(text: str, toks: Tokens, start: int, limit: int, kind: str = "") -> int:
    """Where a name that ends with the suffix at ``start`` begins (walking tokens left)."""
    k = toks.index_at(start)
    begin = start
    if k >= 0 and toks.starts[k] < start:   # the suffix starts inside a token: keep it
        begin = toks.starts[k]
        k -= 1
    elif k >= 0:
        k -= 1
    depth = 0
    org_like = kind in ("Company", "Organization")
    regions = region_label_index()
    signing = start  # where how the projects are signed ends (项目集中开工暨签约仪式: at 开工)
    if kind == "Event" and text.startswith("签约", start) and _STARTED_AND.search(
            text, max(0, start - 3), start):
        signing = start - 3
    while k >= 0:
        word, tag, at = toks.words[k], toks.tags[k], toks.starts[k]
        if signing < start and at >= signing and begin > signing:
            begin = at  # 开工|暨: the works started with the signing are one ceremony
            k -= 1
            continue
        if word == "规划" and k > 0 and toks.words[k - 1] in _PLAN_ADVERBS:
            break           # 开发区已|规划|氢能装备产业园: the verb, not the name's part
        if word in _PHASES and k > 0 and toks.words[k - 1].endswith(_PHASED_HEADS) and \
                begin == start and (kind == "Event" or (
                    kind == "Project" and text.startswith("项目", start))):
            begin = at      # …产业化基地|一期|项目, …基地|一期|投产仪式: a site's numbered phase
            k -= 1
            continue
        if word in _PHASES and kind == "Project" and begin == start and k > 0 and \
                text.startswith("项目", start) and toks.words[k - 1].endswith(("公司", "集团")):
            begin = at      # A有限公司|二期|项目: the owner's phase (named with the owner)
            break
        if kind == "Event" and _BATCH.fullmatch(word):
            begin = at      # …产业园|第二批|京津合作项目集中开工仪式: the batch is named
            k -= 1
            continue
        if depth == 0 and org_like and word.endswith(("公司", "企业", "机构")) and \
                k + 1 < len(toks.words) and toks.starts[k + 1] == begin and ((
                kind == "Company" and _is_place_token(toks, k + 1)) or
                _role_before_name(word, start - begin)) and \
                not text.startswith(_BRANCH_SUFFIXES, start):
            break   # 母公司|北京…有限公司, 本地企业|廊坊…: a firm's role before a placed name
            # (not A股份有限公司|天津石油分公司: a branch named after its parent)
        if depth == 0 and kind == "Company" and word.endswith(_ZONE_WORDS) and \
                k + 1 < len(toks.words) and toks.starts[k + 1] == begin and \
                _is_place_token(toks, k + 1) and text.startswith(_LEGAL_FORMS, start):
            break   # 邯郸经济技术开发区|河北…有限公司: where the firm is, then its own name
        if depth == 0 and kind == "Project" and _verb_opens_clause(toks, k, begin, start):
            break   # 缓缓|驶入|冀氢…综合能源站: where one goes, not the station's name
        if depth == 0 and kind == "Company" and not text.startswith(_LEGAL_FORMS, start) and (
                word in _VERBS_BEFORE_FIRMS or _verb_opens_clause(toks, k, begin, start)):
            break   # 委托|瑞康制药, 采购|衡康药业, 借助|集团…: what is done to a firm (or a
            # trade taught) by its short name, a verb no legal name holds
        ending = _plain_name_word(word)
        if depth == 0 and ending is not None and _plain_tag(tag) and not (
                ending == "company" and kind != "Company") and not (
                ending == "body" and kind == "Project"):
            # the common case: no test below applies to a plain noun of the name
            if start - at > limit:
                break
            begin = at
            k -= 1
            continue
        if depth == 0 and word in _PARTNER_COUNTRIES and k > 0 and toks.words[k - 1] == "中" \
                and toks.starts[k + 1] == begin and _is_place_token(toks, k + 1):
            begin = toks.starts[k - 1]  # 中|新|天津生态城, 中|德|沧州…: a binational name
            k -= 2
            continue
        if depth == 0 and word in _BREAK_WORDS and tag != "vn":
            break   # punctuation or a function word: every test below ends the name too
        if word and word[-1] in _CLOSE:
            if depth == 0 and _LIST_NUMBER.search(text, max(0, begin - 6), begin):
                break   # （三）北京…有限公司: an item's number, no part of the name
            if depth == 0 and _CLAUSE_IN_BRACKETS.search(
                    text, max(text.rfind("(", 0, at), text.rfind("（", 0, at), 0), at):
                break   # A公司(以下简称“B”，股票代码：688516)C基地: a note, not a name's part
            depth += 1
        elif word and word[0] in _OPEN:
            if depth == 0:
                break
            depth -= 1
        elif depth == 0:
            if kind == "GovernmentBody" and word in ("县", "区") and begin < start and (
                    k == 0 or _opens_after(toks, k - 1)):
                begin = at      # 据|县|工业和信息化局: the county in focus, named by its level
                break           # (not 庚辛|县|人民政府: a place jieba does not know)
            if (word == "和" and _joins_department(toks, k)) or (
                    word == "及" and kind == "Cluster"):
                begin = at
                k -= 1
                continue
            if word in _DASHES and k > 0 and (toks.tags[k - 1] == "ns" or
                                              toks.words[k - 1] in regions):
                begin = at      # 滨海—中关村科技园: two places joined by a dash
                k -= 1
                continue
            if word == "联合" and k > 0 and toks.words[k - 1].endswith(_ORG_ENDINGS):
                break           # A有限公司联合B分公司: two names, not one
            if org_like and word[:1] in _NUMBER_OPENERS and (
                    _ORDINAL.fullmatch(word) or _CHINESE_NUMBER.fullmatch(word)) and k > 0 \
                    and _is_place_token(toks, k - 1) and toks.starts[k + 1] == begin:
                begin = at      # 中国第一汽车集团, 天津第一机床: an ordinal after a place
                k -= 1
                continue
            if word == "和" and k > 0 and _is_place_token(toks, k - 1) and \
                    text[at:at + 2] + "区" in regions:
                begin = at      # 天津|和|平津药…: a district opening with 和 (和平区)
                k -= 1
                continue
            if word == "和" and k > 0 and toks.starts[k] == toks.starts[k - 1] + 1 and \
                    toks.words[k - 1] + "和" in regions:
                begin = toks.starts[k - 1]  # 南|和|经济开发区: a place whose name ends in 和
                k -= 2
                continue
            if word in "和与" and _joins_trade_name(toks, k, kind):
                begin = toks.starts[k - 1]  # 北京诺和康泰: one character, 和, a trade word
                k -= 2
                continue
            if word in "和与及" and k > 0 and kind in ("Event", "Project", "Park", "Cluster",
                                                      "Organization"):
                label_start = _chain_label_across(text, at)
                if label_start is not None:
                    begin = label_start     # 新能源和智能网联汽车产业链…对接会
                    k = toks.index_at(label_start) - 1
                    continue
            first = _paired_place(toks, k, begin) if word in "与和" and kind == "Event" else None
            if first is not None:
                begin = toks.starts[first]  # 北京市房山区与石家庄市鹿泉区…对接会: both hosts
                k = first - 1
                continue
            if word in "与及" and _joins_subjects(toks, k, begin, kind):
                begin = at      # …人工智能与数据科学学院, 京津冀氢能与燃料电池…联盟
                k -= 1
                continue
            if (tag.startswith("v") or tag in ("i", "l", "d", "ad")) and \
                    k + 1 < len(toks.words) and \
                    (_is_place_token(toks, k + 1) or (
                        tag == "v" and toks.starts[k + 1] < start and
                        _listed_organisation(toks, k + 1))) and \
                    toks.starts[k + 1] == begin and not (
                    org_like and len(word) == 1 and
                    toks.words[k + 1] not in regions):
                break           # 对接|北京市经济和信息化局, 可拨打|大兴区…: a verb before the place
                # or a listed organisation (联合|中国银行|吴桥支行)
                # (not 北京华|控|智联|科技: one character of a trade name before a word
                # jieba tags a place but no gazetteer knows)
            if word == "方" and k > 0 and toks.tags[k - 1] == "vn":
                break           # 运营|方|A公司: the party's role, not its name
            if k >= 2 and at + 1 == begin and _split_rare_word(toks, k, begin):
                begin = toks.starts[k - 1]  # 京津冀|道|地|药材…联盟: a rare word jieba cut
                k -= 2                      # into two characters is one word of the name
                continue
            if org_like and word in _DIRECTION_WORDS and k > 0 and \
                    _is_place_token(toks, k - 1):
                begin = at      # 河北|北方|学院: a direction after a place, a name's word
                k -= 1
                continue
            if org_like and len(word) == 1 and _absorbs_single_stop(toks, k, begin):
                begin = at      # 中船（天津）…, 北一机床: one character that is a name's
                k -= 1          # first, though jieba tags it a locative or a numeral
                continue
            if word in LEFT_STOP_WORDS and tag == "vn" and begin == start:
                pass      # 生态港建设启动仪式: a noun-like verb right before the suffix
            elif kind == "Event" and text.startswith(_CEREMONY_ACTS, start) and (
                    (begin == signing and word in _SIGNING_MANNERS) or (
                    word in ("项目", "企业") and k + 1 < len(toks.words) and
                    toks.words[k + 1] in _SIGNING_MANNERS and toks.starts[k + 1] == begin
                    and begin + len(toks.words[k + 1]) == signing)):
                pass      # 项目集中签约仪式, 企业入驻签约仪式: what is signed and how
            elif kind == "Company" and word in LEFT_STOP_WORDS and tag == "vn" and \
                    k > 0 and _is_place_token(toks, k - 1) and k + 2 < len(toks.starts) and \
                    toks.starts[k + 2] == start and toks.tags[k + 1] in ("vn", "n"):
                pass      # 清河县|城市|建设|投资|有限公司: a place's construction-investment firm
            elif word in LEFT_STOP_WORDS or not _NAME_CHARS.fullmatch(word) or (
                    len(word) > 2 and tag in ("i", "l", "d", "v") and
                    word[-2:] in LEFT_STOP_WORDS):
                break     # 积极参与: an idiom ending in a predicate verb
            if kind != "Company" and word.endswith(("公司", "集团")):
                break
            if kind == "Project" and word.endswith(("局", "厅", "政府", "管委会")):
                break           # 怀来县行政审批局|推行…项目: a body is no part of a project
            if kind == "Company" and word == "能" and k > 0 and \
                    _one_name_char(toks.words[k - 1]) and toks.starts[k + 1] == begin:
                begin = toks.starts[k - 1]  # 天津|联创|锂|能|科技: 锂能 is one trade word
                k -= 2
                continue
            if not tag and len(word) > 1:   # jieba glued a function word to a name
                cut = max((i for i, c in enumerate(word) if c in _GLUED_STOPS),
                          default=-1)
                if (cut == 0 or (cut == 1 == len(word) - 1 and kind == "Company")) and \
                        k > 0 and toks.words[k - 1] in regions:
                    cut = -1    # 石家庄|以岭药业, 北京|诺为|医疗器械: after a place, the word
                    # (a two-character trade word, for a company) is the name
                if 0 < cut < len(word) - 1 and kind == "Company":
                    cut = -1    # 北京|诺和康|生物: a trade word holding 和
                if cut == len(word) - 1 and word[-1] == "能":
                    cut = -1    # 工业互联网|赋能|制造业…对接会: 能 closes a word (赋能, 储能)
                if cut >= 0:
                    if cut < len(word) - 1:
                        begin = at + cut + 1
                    break
            if _stops_name(toks, k):
                if _YEAR.fullmatch(word):
                    begin = at
                break
        if start - at > limit:
            break
        begin = at
        k -= 1
    return begin


@lru_cache(maxsize=65536)
def _plain_name_word(word: str) -> str | None:
    """For a word none of :func:`_walk_left`'s special cases looks at (two or more name
    characters, no bracket, number, stop word or conjunction), how it ends: ``"company"``
    (…公司, …集团), ``"body"`` (…局, …政府) or ``""``; None for any other word.

    >>> _plain_name_word("智能"), _plain_name_word("第一"), _plain_name_word("和")
    ('', None, None)
    """
    if len(word) < 2 or word[-1] in _CLOSE or word[0] in _OPEN or \
            word[0] in _NUMBER_OPENERS or word in LEFT_STOP_WORDS or word.isdigit() or \
            word in ("和与", "与及", "和与及", "联合") or not _NAME_CHARS.fullmatch(word):
        return None
    if word.endswith(("公司", "集团")):
        return "company"
    return "body" if word.endswith(("局", "厅", "政府", "管委会")) else ""


@lru_cache(maxsize=256)
def _plain_tag(tag: str) -> bool:
    """Whether a dictionary tag is one no test of :func:`_walk_left` stops at or looks
    at: a noun's or an adjective's, not a verb's, adverb's, numeral's or measure's.

    >>> _plain_tag("n"), _plain_tag("vn"), _plain_tag("")
    (True, False, False)
    """
    return bool(tag) and tag[0] not in "vmqd" and tag not in ("i", "l", "ad") and \
        tag not in LEFT_STOP_TAGS


#: Characters that end a name inside a token jieba glued together (姚嘉是|天津…,
#: 局长兼区|招商中心).
_GLUED_STOPS = _FUNCTION_CHARS | set("是兼距")  # (任泽距|长城汽车: the distance's 距)


def _one_name_char(word: str) -> bool:
    """Whether ``word`` is one character that may be part of a trade name."""
    return len(word) == 1 and "\u4e00" <= word <= "\u9fff" and word not in _STRONG_STOPS \
        and word not in _VERB_STOPS and word not in _FUNCTION_CHARS


def _split_rare_word(toks: Tokens, k: int, begin: int) -> bool:
    """Whether tokens ``k - 1`` and ``k`` are two characters of one rare word that jieba
    split (道|地 before 药材): two one-character tokens, none a function character, the
    first after a longer token, right before a longer word of the name."""
    if k < 2 or toks.starts[k] + 1 != begin:
        return False
    one, two = toks.words[k - 1], toks.words[k]
    nxt = toks.index_at(begin)
    if len(one) != 1 or len(two) != 1 or len(toks.words[k - 2]) < 2 or \
            nxt < 0 or len(toks.words[nxt]) < 2 or toks.tags[nxt] not in ("n", "nz", "vn"):
        return False
    if toks.tags[k - 1][:1] in ("d", "m", "r", "p", "c", "a", "v") or \
            toks.tags[k][:1] in ("d", "m", "r", "p", "c", "v"):
        return False        # 吸引|更|多|京津冀…项目: an adverb and a numeral, no word
    return all("\u4e00" <= c <= "\u9fff" and c not in _STRONG_STOPS and c not in _VERB_STOPS
               and c not in _FUNCTION_CHARS for c in one + two)


def _absorbs_single_stop(toks: Tokens, k: int, begin: int) -> bool:
    """Whether the one-character stop token ``k`` opens a company's name: the name so
    far starts with a one-character token (中|船, not 船 alone), or the token is a numeral
    between two name characters (北|一|机床)."""
    word = toks.words[k]
    if len(word) != 1 or word in _STRONG_STOPS or not "\u4e00" <= word <= "\u9fff":
        return False
    nxt = toks.index_at(begin)
    if 0 <= nxt < len(toks.words) and toks.starts[nxt] == begin and \
            len(toks.words[nxt]) == 1 and toks.words[nxt] not in _STRONG_STOPS:
        return True
    prev = toks.words[k - 1] if k > 0 else ""
    return word in "一二三" and len(prev) == 1 and prev not in LEFT_STOP_WORDS and \
        "\u4e00" <= prev <= "\u9fff"


_ORDINAL = re.compile("第[一二三四五六七八九十]{1,2}")
#: The characters an ordinal or a number in characters opens with (a cheap test first).
_NUMBER_OPENERS = frozenset("第一二三四五六七八九十零〇")
#: One-character tokens that end a name walked left whatever comes before them:
#: punctuation and the strong stops that are stop words (not 和/与/及, which may join).
_BREAK_WORDS = frozenset(
    c for c in (_PUNCT | _STRONG_STOPS)
    if c not in _DASHES and c not in _OPEN + _CLOSE and c not in "和与及" and
    c not in _NUMBER_OPENERS and (c in LEFT_STOP_WORDS or not _NAME_CHARS.fullmatch(c)) and
    (c in _STRONG_STOPS or not "\u4e00" <= c <= "\u9fff"))
#: A number written in characters inside a trade name after a place (北京|二七|精工…).
_CHINESE_NUMBER = re.compile("[一二三四五六七八九十零〇]{2,3}")
_ORDINAL_COUNT = re.compile(r"第[\d一二三四五六七八九十]{1,3}[个家座条批期]")
#: Name endings after which 与 joins two names rather than two subjects of a name.
_NAME_ENDS = ("公司", "集团", "大学", "学院", "研究院", "研究所", "政府", "局", "厅", "委",
              "园", "区", "会", "中心", "联盟", "协会", "医院", "实验室", "平台", "基地",
              "项目", "银行", "基金", "药业", "制药", "市", "省", "县")
_SUBJECT_TAGS = frozenset({"n", "nz", "vn", "j", "an", "l"})


def _is_place_token(toks: Tokens, k: int) -> bool:
    return toks.words[k] in region_label_index() or toks.tags[k] == "ns"


def _opens_after(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` can be no part of a name after it: punctuation, a stop word, a
    verb, preposition or conjunction.

    >>> _opens_after(Tokens(("带领", "县"), (0, 2), ("v", "zg")), 0)
    True
    """
    word, tag = toks.words[k], toks.tags[k]
    return word[-1] in _PUNCT or word in LEFT_STOP_WORDS or tag[:1] in ("v", "p", "c") or \
        _stops_name(toks, k)


def _listed_organisation(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` is a whole organisation's name in jieba's dictionary (中国银行,
    北京工业大学: tagged ``nt`` and ending as a name does; not 联合体 or 网络通信).

    >>> _listed_organisation(Tokens(("联合", "中国银行"), (0, 2), ("v", "nt")), 1)
    True
    """
    return toks.tags[k] == "nt" and toks.words[k].endswith(_NAME_ENDS)


def _joins_trade_name(toks: Tokens, k: int, kind: str) -> bool:
    """和/与 between a single character after a place and a trade word (北京|诺|和|康泰):
    part of a company's trade name."""
    if kind != "Company" or k < 2:
        return False
    one = toks.words[k - 1]
    return len(one) == 1 and "\u4e00" <= one <= "\u9fff" and one not in _STRONG_STOPS \
        and _is_place_token(toks, k - 2) and k + 1 < len(toks.words) and \
        len(toks.words[k + 1]) >= 2 and toks.tags[k + 1] in ("nz", "nr", "")


def _paired_place(toks: Tokens, k: int, begin: int) -> int | None:
    """The first token of the place before 与/和 (token ``k``) where two places open an
    event's name (北京市房山区与石家庄市鹿泉区氢能产业协作对接会) and the first opens its
    clause (not 在A与B…, the preposition's); else None."""
    nxt = toks.index_at(begin)
    if nxt != k + 1 or not _is_place_token(toks, nxt):
        return None
    first = k
    while first > 0 and _is_place_token(toks, first - 1):
        first -= 1
    if first == k:
        return None
    before = toks.words[first - 1] if first > 0 else ""
    return first if not before or before[-1] in _PUNCT or before[-1] in "日月年" else None


def _joins_subjects(toks: Tokens, k: int, begin: int, kind: str) -> bool:
    """与 joining two subject nouns inside the name of a school, body or event (人工智能与
    数据科学学院, 氢能与燃料电池产业创新联盟): the noun before it is a short common noun
    that does not end a name, the part after it is short, and a name or a place precedes
    the noun."""
    if kind not in ("Organization", "Event") or k < 2:
        return False
    if kind == "Organization" and _place_opens_subjects(toks, k):
        return True
    left, tag = toks.words[k - 1], toks.tags[k - 1]
    tags = _SUBJECT_TAGS | {"v"} if kind == "Event" else _SUBJECT_TAGS
    if tag not in tags or not 2 <= len(left) <= 4 or left.endswith(_NAME_ENDS) \
            or left in LEFT_STOP_WORDS or left in GENERIC_NAME_CORES:
        return False
    nxt = toks.index_at(begin)
    if nxt < 0 or toks.starts[nxt] != toks.starts[k] + 1 or len(toks.words[nxt]) > 4:
        return False
    before = toks.words[k - 2]
    if kind == "Event" and toks.tags[k - 2] in _SUBJECT_TAGS and len(before) >= 2:
        return True     # 工业母机|供需|对接|与|成果|发布会: the name goes on to the left
    return before.endswith(("大学", "学院")) or before in chain_label_index() or \
        _is_place_token(toks, k - 2)


def _place_opens_subjects(toks: Tokens, k: int) -> bool:
    """与 after one to three two-character words that a place opens (京津冀|精密|锻压|与|
    数控装备产业联盟): the subjects of one organisation's name."""
    for j in range(k - 1, max(k - 4, 0) - 1, -1):
        word = toks.words[j]
        if j < k - 1 and _is_place_token(toks, j):
            return True
        if len(word) != 2 or word in LEFT_STOP_WORDS or word.endswith(_NAME_ENDS) or \
                toks.tags[j] not in ("n", "nz", "vn", "a", "v", "j", "an"):
            return False
    return False


def _stops_name(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` (by its dictionary tag) cannot be part of a name."""
    word, tag = toks.words[k], toks.tags[k]
    if tag[:1] not in "mqvd" and tag not in LEFT_STOP_TAGS and not word.isdigit():
        return False      # a noun-like tag: no test below can stop the name ("" is in "mqvd")
    if word in region_label_index():
        return False      # 正定 (tagged an adverb) in 正定数字经济产业园
    if word == "现代" and k + 1 < len(toks.words) and toks.tags[k + 1] in _SUBJECT_TAGS:
        return False      # 高端装备现代产业学院: an adjective, not a time
    if word == "园" and k > 0 and toks.words[k - 1] in region_label_index():
        return False      # 昌平|园|管委会: a sub-park named by its district
    if word in _SITE_QUALIFIERS and k > 0 and toks.words[k - 1] in region_label_index():
        return False      # 丰南区|沿海|工业区: where in the place the zone lies
    if tag.startswith("m") or word.isdigit():
        return bool(_NUMERAL.fullmatch(word)) or (   # 2|万亩|酸枣仁…基地: the rest of
            k > 0 and toks.words[k - 1][-1:].isdigit())  # a quantity, not the name's start
    if tag == "q":
        prev = toks.words[k - 1] if k > 0 else ""
        return bool(prev) and bool(_NUMERAL.fullmatch(prev))
    if tag.startswith("v") and len(word) == 1:
        return word in _VERB_STOPS
    if tag == "d" and len(word) == 1 and 0 < k < len(toks.words) - 1 and \
            toks.tags[k - 1] in ("n", "nz", "vn") and toks.tags[k + 1].startswith("v"):
        return False      # 机床|再|制造|中心: an adverb inside a compound term
    return tag in LEFT_STOP_TAGS


@cache
def _conjoined_chain_labels() -> tuple[tuple[str, int], ...]:
    """Chain labels holding a conjunction (新能源和智能网联汽车) and its offset in them."""
    return tuple((label, i) for label in chain_label_index()
                 for i, ch in enumerate(label) if ch in "和与及")


def _chain_label_across(text: str, at: int) -> int | None:
    """Where a chain label starts whose conjunction is the character at ``at``, if one
    does (a name opening with 新能源和智能网联汽车 does not stop at its 和)."""
    for label, i in _conjoined_chain_labels():
        if at - i >= 0 and text.startswith(label, at - i):
            return at - i
    return None


def _joins_department(toks: Tokens, k: int) -> bool:
    """``和`` inside a department name (经济和信息化, 发展和改革, 工业和信息化)."""
    nxt = "".join(toks.words[k + 1:k + 3])     # 和|社会|保障局: two tokens
    return nxt.startswith(("信息化", "改革", "信息", "社会保障", "城乡建设", "规划", "旅游",
                           "工业信息化"))    # 科学技术和工业信息化局


#: What may follow a suffix inside its token (科技园|内, 公司|总部, 集团|旗下).
_AFTER_SUFFIX_WORDS = frozenset(("上", "中", "内", "里", "后", "前", "期间", "总部", "旗下",
                                 "已", "将", "还", "也", "正", "又", "均", "都", "则"))
#: Party bodies, whose 委 is no government's.
_PARTY_BODIES = frozenset({"党委", "党组", "党工委", "纪委", "党支部", "常委", "编委"})
#: A short bracketed part after a suffix that belongs to the name (…有限公司（北京）).
_SLOGAN_BEFORE = re.compile(r"(?:20\d\d年?)?“[^“”\s,，。;；:：!?！？]{2,16}”$")
_BRACKETED_TAIL = re.compile(r"[(（][\u4e00-\u9fff]{2,4}[)）]")


#: A capacity a project's name opens with (100兆瓦, 2万吨, 年产10万套), right before the words.
_CAPACITY_BEFORE = re.compile(
    r"(?:年产|年处理)?\d+(?:\.\d+)?[万千]?(?:兆瓦|吉瓦|千瓦|吨|标方|立方米|台|套|辆|GWh|MWh)$")


def _with_capacity(text: str, toks: Tokens, begin: int) -> int:
    """Where a project's name begins when a capacity stopped the walk left: before the
    capacity, and before the place or owner written right before it (临西县80兆瓦光伏制氢示范
    项目, 河北甲乙二期2万吨绿氢项目); ``begin`` if no capacity precedes it.

    >>> text = "6月1日，临西县80兆瓦光伏制氢示范项目开工"
    >>> text[_with_capacity(text, tokenize(text), 12):20]
    '临西县80兆瓦光伏制氢示范项目'
    >>> text = "公司将建设100兆瓦光伏项目"
    >>> text[_with_capacity(text, tokenize(text), 10):]
    '100兆瓦光伏项目'
    """
    match = _CAPACITY_BEFORE.search(text, max(0, begin - 10), begin)
    if match is None or match.end() != begin:
        return begin
    if match.group().startswith("年"):
        return match.start()  # 年产1.2万吨…项目 opens the name
    left = _walk_left(text, toks, match.start(), _MAX_NAME, "Project")
    owner = text[left:match.start()]  # a place, or an owner's phase (not 建设100…)
    placed = owner in region_label_index() or (owner.endswith("期") and _has_region_prefix(
        owner))
    return left if placed else match.start()


def _suffix_mentions(text: str, toks: Tokens) -> list[Mention]:
    """Names ending in a suffix of :data:`~chainkg.lexicon.SUFFIX_TYPES`, walked left."""
    starts = toks.starts
    out = []
    for match in _SUFFIX_RE.finditer(text):
        suffix, s, e = match.group(), match.start(), match.end()
        titled = suffix in ("局", "厅") and text.startswith("长", e)
        before_title = titled and text.endswith(suffix + "副", 0, s)
        if before_title:
            s, e = s - 2, e - 2     # A局副局长江涛 (tokens 局副局|长江|涛): the body is A局
        elif titled and text.endswith(suffix, 0, s):
            s, e = s - 1, e - 1     # A局局长江明: the body is A局
            before_title = True
        kind = SUFFIX_TYPES[suffix]
        if suffix == "国务院":
            out.append(Mention(s, e, suffix, kind, "suffix:国务院"))
            continue
        # a name's suffix ends a token (or a token of suffix + title: 区委书记)
        k = bisect_right(starts, e - 1) - 1     # the token holding the suffix's end
        token_end = toks.starts[k] + len(toks.words[k])
        rest = toks.words[k][e - toks.starts[k]:]
        if not before_title and token_end != e and rest not in _TITLE_SET and \
                not set(rest) <= _FUNCTION_CHARS \
                and rest not in _AFTER_SUFFIX_WORDS \
                and not (not toks.tags[k] and rest[0] in "和与及"):   # 科技城|和九园
            continue
        if toks.words[k] in _PARTY_BODIES:
            continue
        if kind == "GovernmentBody" and text.startswith("网", e):
            continue    # 安平县人民政府网: the government's website, not the body
        if suffix in ("局", "厅", "委", "部") and not _department_word(toks, k):
            continue
        if suffix == "中心" and text.startswith("城区", e):
            continue    # 距北京中心城区: a city's downtown, not a centre
        begin = _walk_left(text, toks, s, _MAX_NAME, kind)
        while begin < s and text[begin] in ".&-·":
            begin += 1      # 2.智能座舱…项目: a list number is no part of the name
        if kind == "Project" and suffix == "项目":
            begin = _with_capacity(text, toks, begin)
        end = e
        tail = _BRACKETED_TAIL.match(text, e, e + 7)
        if tail and (kind == "Park" or (
                kind == "Event" and text.endswith("专场", tail.start(), tail.end() - 1)) or (
                kind in ("Organization", "Company") and text[tail.start() + 1:tail.end() - 1]
                in region_label_index())):
            end = tail.end()    # …推介会(海淀专场), …创新中心（昌黎）: part of the name
            # (but A有限公司（乙丙）declares a short name: see DECLARED_SHORT)
        if kind == "Company" and suffix.endswith(_LEGAL_FORMS):
            begin = _trade_name_start(text, toks, begin)  # 雄安|步步先|鞋材有限公司
        if kind == "Company":
            begin = _at_own_province(text, begin, s)
        name = text[begin:end]
        core = text[begin:s]
        if kind == "Project" and not _contains_legal_suffix(core):
            begin = _after_owner(text, begin)  # A有限公司[一次性医用耗材智能工厂项目]
            name, core = text[begin:end], text[begin:s]
        owner_named = kind == "Project" and (_contains_legal_suffix(core) or (
            _LEGAL_BEFORE.search(text, max(0, begin - 6), begin) is not None))
        if owner_named and _contains_legal_suffix(core):
            # A有限公司B项目: B项目 is the project's name, A its owner
            begin = [m.end() for m in _LEGAL_END.finditer(text, begin, s)][-1]
            name, core = text[begin:end], text[begin:s]
        if kind == "Project" and suffix == "基地" and (
                any(z in core for z in _BARE_ZONES) or (
                core.endswith(("产业", "制造业")) and _has_region_prefix(core))):
            kind = "Park"   # 北京房山经济技术开发区生物医药基地: a zone's base is a park, and so
            # is a place's base for an industry (北京高端制造业基地, 怀来大数据产业基地)
        slogan = _SLOGAN_BEFORE.search(text, max(0, begin - 24), begin) if kind == "Event" \
            else None
        if slogan:  # 2026“京津研发·满城制造”高端工业母机产业链对接会: the slogan names it too
            begin = slogan.start()  # (and so does what names it before a slogan inside it:
            # A产业链“链长制”工作推进会)
            begin = min(begin, _walk_left(text, toks, begin, _MAX_NAME, kind))
            name, core = text[begin:end], text[begin:s]
        if kind == "Park" and _home_of_brand(name):
            begin = end - len(_strip_region_prefix(name))   # 北京市海淀区[中关村软件园]
            name, core = text[begin:end], text[begin:s]
        if (_bad_core(core, kind, suffix) and not _industry_park(text, begin, core, kind, suffix)
                and not (owner_named and (_placed_generic(core) or core in _PHASES))
                and not _sized_fund(text, begin, core, suffix)) or name.endswith(PRODUCT_NOUNS):
            # (A有限公司[邯郸生产基地]: a place's site named after its owner is a name)
            continue
        if kind == "Company" and text.startswith(("专业", "工程专业", "相关专业"), end) and \
                not suffix.endswith(_LEGAL_FORMS):
            continue    # 开设中药制药专业: a subject a school teaches, not a firm
        if kind == "Event" and _RECURRING_BEFORE.search(text, max(0, begin - 14), begin) and \
                not _NUMBERED_EVENT.search(core):
            continue    # 每季度召开一次对接会, 每年组织京津冀供需对接活动: a kind of meeting
            # held again and again, not one named event
        if suffix == "公司" and len(core) <= 4 and _POINTED.search(text, max(0, begin - 2), begin):
            continue    # 这家物流公司: the company named before, said again by its trade
        if suffix == "公司" and end < len(text) and _is_place_token(toks, toks.index_at(end)) \
                and toks.starts[toks.index_at(end)] == end and not _has_region_prefix(name):
            continue    # 视觉算法公司|北京慧眼…有限公司: the role of the firm named next

        if kind in _NEEDS_ANCHOR and not owner_named and \
                not _has_anchor(toks, begin, s) and not (
                kind in ("Project", "Organization") and (
                    text[max(0, begin - 3):begin].endswith(_PARTY_DE) or
                    (kind == "Project" and _INVESTED_DE.search(text, max(0, begin - 14), begin))
                    or (kind == "Project" and _ITS.search(text, max(0, begin - 2), begin))
                    or
                    text.startswith(_BUILT_BY_AFTER, end))) and not (
                suffix in _FOUNDED_HEADS and _FOUNDED_BEFORE.search(
                    text, max(0, begin - 5), begin)):
            continue
        body_of = _ASSOCIATION_END.search(core) if kind == "GovernmentBody" else None
        if body_of:     # 中国氢能联盟专家委员会: a body of an association is the association
            end = begin + body_of.end()
            out.append(Mention(begin, end, text[begin:end], "Organization",
                               f"suffix:{body_of.group()}"))
            continue
        if kind in ("GovernmentBody", "Policy") and not _has_region_prefix(name) and not (
                name[:1] == "中" and name[1:2] in _PARTNER_COUNTRIES and
                _has_region_prefix(name[2:])):
            cut = next((i for i in (1, 2) if _has_region_prefix(name[i:]) or (
                _names_its_level(name[i:]) and name[:i] in LEFT_STOP_WORDS)), 0)
            begin += cut    # 用|好|天津市…局: a word before the place is no part of the name
            name, core = text[begin:end], text[begin:s]
        if kind == "GovernmentBody" and suffix in _GOV_NEEDS_PREFIX and not (
                _has_region_prefix(name) or _names_its_level(name) or
                name.startswith(tuple(shared_district_names())) or
                _MINISTRY_RE.fullmatch(name)):
            continue
        if suffix == "部" and not _MINISTRY_RE.fullmatch(name.removeprefix("国家")):
            continue
        if kind == "Policy" and not _has_region_prefix(name) and not (
                suffix.endswith("办法") and len(core) >= 4 and
                _ISSUED_BEFORE.search(text, max(0, begin - 4), begin)):
            continue    # (but 出台了汽车零部件本地配套奖励办法: a scheme the text says is issued)
        if kind != "Company" and _contains_legal_suffix(core) and suffix not in (
                "分公司", "子公司"):
            continue
        if _only_predicate(toks, begin, s, adverb=kind == "Company"):
            continue    # 直接运往公司, 鼓励示范区: a verb phrase before a bare suffix
        if text[max(0, begin - 3):begin].endswith(_CATEGORY_BEFORE) or text[
                end:end + 2] == "之一":
            continue
        if kind == "Project" and (_COUNTED.match(text, end) or
                                  _COUNT_BEFORE.search(text, max(0, begin - 4), begin)):
            continue    # 承接北京生物医药项目87个, 12个…项目集中签约: a count, not a name
        if kind in _NEEDS_ANCHOR and _COUNTED_KINDS.search(core):
            continue    # 热管理、…和换电设备三大产品集群: kinds counted, not a name
        out.append(Mention(begin, end, name, kind, f"suffix:{suffix}"))
    return out


#: How often a kind of meeting is held, right before it (每年至少组织两次, 每季度召开一次,
#: 每年组织): what follows is a recurring kind, no event's name.
_RECURRING_BEFORE = re.compile(
    r"(?:(?:每(?:年|季度|个?月|周|半年)|定期)[^,，。;；:：的“”]{0,8}|[一两二三四五六七八九十\d]次)$")
_NUMBERED_EVENT = re.compile(r"第[\d一二三四五六七八九十]+[届次期]|(?:19|20)\d\d")
_LEGAL_FORMS = ("有限公司", "有限责任公司", "股份公司", "股份有限公司")
#: Verbs before a firm's short name (or a trade a school teaches) that jieba tags a noun
#: or not at all, so that walking left would take them in (委托|瑞康制药, 投入|河钢集团…).
_VERBS_BEFORE_FIRMS = frozenset({"委托", "投入", "进入", "供应", "接入", "开设", "新开设",
                                 "培养", "定向培养"})
_TRADE_GAP = re.compile(r"[\u4e00-\u9fff]{1,4}")
#: Stop words that end a trade name walked into (和 may be one of its characters: 天津|瑞|和…).
_TRADE_STOPS = _STRONG_STOPS - {"和"}


#: What may stand before a firm's legal name that opens with its province, but is no part
#: of it (百年老字号|北京永春堂…, 设立分公司|天津海晶…; places alone too: 邯郸市永年区|河北…;
#: but not a group before its branch: 中国石化销售股份有限公司天津石油分公司).
_BEFORE_OWN_NAME = re.compile(r"^(?:分公司|子公司|全资子公司)$|老字号$"
                              r"|(?:管理人|运营方|投资方|承建方|建设方|签约企业|签约方|合作方)$")
_PROVINCE_OPENING = re.compile(r"(?:北京|天津|河北)(?!路|大学|科技园|经济技术开发区|市[^场])")


def _at_own_province(text: str, begin: int, end: int) -> int:
    """Where a company's name starts when it holds its province after words that are no
    part of it: places only, or a word that ends a description (老字号, 分公司).

    >>> text = "邯郸市永年区河北鑫泰紧固件制造有限公司"
    >>> text[_at_own_province(text, 0, len(text) - 4):]
    '河北鑫泰紧固件制造有限公司'
    >>> text = "中国石化北京燕山分公司"
    >>> _at_own_province(text, 0, len(text) - 3)
    0
    """
    for match in _PROVINCE_OPENING.finditer(text, begin + 2, end):
        before = text[begin:match.start()]
        if _BEFORE_OWN_NAME.search(before) or _only_regions(before):
            return match.start()
    return begin


def _only_regions(words: str) -> bool:
    """Whether ``words`` are region labels only (邯郸市永年区).

    >>> _only_regions("邯郸市永年区"), _only_regions("百年老字号")
    (True, False)
    """
    # (the stripping always leaves two characters: two placeholders stand for the rest)
    return bool(words) and _strip_region_prefix(words + "甲乙") == "甲乙"


def _trade_name_start(text: str, toks: Tokens, begin: int) -> int:
    """Where a company's legal name begins when the walk left stopped inside its trade
    name: at the place one to four name characters before ``begin``, if no stop word,
    verb or break lies between (天津|八一三|通信设备股份有限公司: jieba cuts 八 a numeral,
    雄安|步步先|鞋材…: 先 an adverb); ``begin`` itself when a place already opens the name.

    >>> text = "由天津八一三通信设备股份有限公司代工"
    >>> text[_trade_name_start(text, tokenize(text), 6):]
    '天津八一三通信设备股份有限公司代工'
    """
    if _has_region_prefix(text[begin:begin + 6]):
        return begin
    regions = region_label_index()
    for gap in range(1, 5):
        at = begin - gap
        if at < 2 or not _TRADE_GAP.fullmatch(text, at, begin) or \
                set(text[at + 1:begin]) & _TRADE_STOPS or text[at] in _TRADE_STOPS:
            break
        if text[at] == "和":
            continue    # 和 inside a trade name (天津|瑞|和|生物制药…), not right after the place
        place = next((at - n for n in (4, 3, 2) if at - n >= 0 and
                      text[at - n:at] in regions), None)
        if place is None:
            continue
        place = next((place - j for j in (1, 2, 3) for n in (2, 3, 4) if place - j >= 0 and
                      place - j + n > place and text[place - j:place - j + n] in regions),
                     place)     # 唐山|东渤钢铁…: the place 山东 overlaps is the one named
        k, last = toks.index_at(at), toks.index_at(begin - 1)
        words = [(toks.words[i], toks.tags[i]) for i in range(max(k, 0), last + 1)]
        if any((w in LEFT_STOP_WORDS and not _trade_char(w, i, place, at, text)) or
               w in _BREAK_WORDS or (len(w) > 1 and t[:1] == "v" and t != "vn")
               for i, (w, t) in enumerate(words)):
            return begin
        return place
    return begin


def _trade_char(word: str, i: int, place: int, at: int, text: str) -> bool:
    """Whether the stop word ``word``, the ``i``-th word after a place, is a character
    of the trade name the place opens: 中 right after the place (邢台|中|鼎新…), 和 after
    another character of it (天津|瑞|和…).

    >>> _trade_char("中", 0, 0, 2, "邢台中鼎新"), _trade_char("和", 0, 0, 2, "天津和北京")
    (True, False)
    """
    if word == "中":
        return i == 0 and text[place:at] in region_label_index()
    return word == "和" and i > 0


def _placed_generic(core: str) -> bool:
    """Whether ``core`` is a place and at most one generic word (邯郸生产, 香河): what a
    site's name after its owner may be.

    >>> _placed_generic("邯郸生产"), _placed_generic("生产")
    (True, False)
    """
    unplaced = _strip_region_prefix(core)
    return unplaced != core and (not unplaced or unplaced in GENERIC_NAME_CORES)


def _only_predicate(toks: Tokens, start: int, end: int, adverb: bool = False) -> bool:
    """Whether the tokens from ``start`` to ``end`` are all verbs and adverbs (with an
    adverb among them, if ``adverb``: a trade name may be a verb, 远航集团)."""
    k = max(toks.index_at(start), 0)
    tags = []
    while k < len(toks.words) and toks.starts[k] < end:
        if toks.words[k] in region_label_index():
            return False    # 保定 (tagged a verb) opens 保定高新区
        if toks.tags[k] not in ("v", "vn", "vd", "d", "ad"):
            return False    # a word that is no verb or adverb: not all are
        tags.append(toks.tags[k])
        k += 1
    return bool(tags) and any(tag != "vn" for tag in tags) and (
            not adverb or any(tag in ("d", "ad") for tag in tags))


def _department_word(toks: Tokens, k: int) -> bool:
    """Whether token ``k``, ending in 局/厅/委/部, names a department (招商局, 科委)
    rather than being a common word (布局, 大厅, 全局)."""
    import jieba

    word, tag = toks.words[k], toks.tags[k]
    if len(word) == 1 or tag in ("nt", "j") or not tag:
        return True
    freq = jieba.dt.FREQ.get(word, 0)
    return freq <= (100 if len(word) == 2 else 600)


_YEAR_PREFIX = re.compile(r"^(?:19|20)\d\d年?")


#: What introduces a park named by its one industry: [开发区]的[生物医药产业园], 规划建设…的[B].
_PARK_INTRODUCED = re.compile(r"(?:的|规划|建设|打造|新建|建成|[,，。:：])$")


def _industry_park(text: str, begin: int, core: str, kind: str, suffix: str) -> bool:
    """Whether a park named by one industry is introduced as a park of its own
    (深州经济开发区的[生物医药产业园], 已规划[氢能装备产业园]; not 北京首个生物医药产业园).

    >>> _industry_park("开发区的机器人产业园", 4, "机器人", "Park", "产业园")
    True
    >>> _industry_park("北京首个机器人产业园", 4, "机器人", "Park", "产业园")
    False
    """
    return (kind == "Park" and suffix == "产业园" and core in chain_label_index()
            and _PARK_INTRODUCED.search(text, max(0, begin - 2), begin) is not None)


_FUND_SIZED = re.compile(r"(?:规模|总规模|首期)(?:约|达)?[\d.]+[万亿]元的$")


def _sized_fund(text: str, begin: int, core: str, suffix: str) -> bool:
    """Whether a fund named by its industry is introduced with its size (设立规模5亿元的
    [氢能产业基金]): a fund of its own, not the industry's funds in general.

    >>> _sized_fund("设立规模5亿元的氢能产业基金", 8, "氢能产业", "基金")
    True
    >>> _sized_fund("用好氢能产业基金", 2, "氢能产业", "基金")
    False
    """
    return suffix.endswith("基金") and len(core) >= 2 and _FUND_SIZED.search(
        text, max(0, begin - 14), begin) is not None


#: How often something is held, which names no event (每季度开一次对接会).
_HOW_OFTEN = re.compile(r"^每|(?<!第)[一两几]次")
#: Words of time that may stand before a bare 集团/公司 that refers back (过去集团每年…) or
#: a bare kind of event (去年同期签约活动): no name.
_TIME_WORDS = re.compile(r"(?:今年|去年|明年|前年|过去|目前|现在|如今|当时|此前|以前|以往|近年来?|"
                         r"[上下]半年|年初|年底|年末|[春夏秋冬]天|当前|今后|每年|多年|这些年|同期"
                         r"|前?[一二三四]季度|第[一二三四]季度|近[一两二三四五六七八九十几]年"
                         r"|眼下|当下|而今)+")


@lru_cache(maxsize=16384)
def _bad_core(core: str, kind: str, suffix: str) -> bool:
    """Whether the part of a name before its suffix is too generic to name something."""
    core = core.strip("·()（）")
    stripped = _YEAR_PREFIX.sub("", core)
    if (len(stripped) < 2 and kind != "Event") or len(core) < 2:
        return True
    if stripped in GENERIC_NAME_CORES or stripped.startswith(_CATEGORY_PREFIXES) or \
            _TIME_WORDS.fullmatch(core) or _TIME_WORDS.fullmatch(core.removesuffix("子")):
        return True     # (今年上半年集团营业收入…: the group in focus, at a time)
    place = stripped.removesuffix("子").removesuffix("分")
    if kind == "Company" and suffix.endswith("公司") and any(
            place + end in region_label_index() for end in ("", "市", "县", "区")):
        return True     # 天津子公司, 沙河分公司: the firm's unit in a place, not a name
    if kind == "Policy" and stripped.endswith(("签订", "签署", "签约", "达成")):
        return True     # 与A签订协议: the act of signing, not an agreement's name
    if kind == "Event" and suffix == "年会" and stripped.endswith(("每", "今", "明", "去")):
        return True     # 研究院每年会派出专家: 每年|会 (every year it will), no annual meeting
    if kind == "Event" and _HOW_OFTEN.search(stripped):
        return True     # 两地每季度开一次对接会: how often talks are held, not an event
    if kind == "Event" and stripped.endswith(tuple(_SIGNING_MANNERS)):
        signed = stripped[:-2].removesuffix("项目").removesuffix("企业")
        if len(signed) < 2 or signed in GENERIC_NAME_CORES:
            return True     # 项目集中签约仪式: no name, whatever the signing is
    if kind == "GovernmentBody" and stripped in _BARE_ZONES:
        return True     # 开发区管委会: the committee of the park in focus, not a name
    if kind == "Park" and stripped.startswith(tuple(_BARE_ZONES)):
        return True     # 开发区生物医药片区: a part of the park in focus
    if suffix == "中心" and stripped.endswith(("市", "副", "城市")):
        return True     # 距离天津市中心, 北京城市副中心: a part of a city
    unplaced = _strip_region_prefix(stripped)
    if unplaced != stripped and (unplaced in GENERIC_NAME_CORES or
                                 unplaced in chain_label_index()) and kind == "Project":
        return True     # 京津冀优质项目, 北京生物医药项目: a kind of project from a place
    if kind == "Project" and suffix == "项目" and _generic_words_only(
            _CROSS_REGION_PREFIX.sub("", stripped)):
        return True     # 京津来源项目, 京津冀氢能协作项目, 全区新开工产业项目, 零部件项目:
        # a kind of project, each word of it generic, a chain's or a kind's
    if _COUNTED_CORE.fullmatch(stripped):
        return True     # 一份项目清单, 多个项目, 部分企业: a count or share, not a name
    if stripped.endswith(("该", "此", "这个", "这一", "本")) or stripped.startswith(
            ("这", "那", "该")):
        return True     # 负责该项目, 这片基地: a project referred back to, not named
    bare = stripped.removesuffix("相关").removesuffix("产业").removesuffix("产业链")
    return bare in chain_label_index() or bare in GENERIC_NAME_CORES


_COUNTED_CORE = re.compile(
    r"(?:[一二两三四五六七八九十几多每各]|\d+)[个份批项家座条类种些]|部分|多数")
_BARE_ZONES = frozenset({"开发区", "示范区", "高新区", "经开区", "园区", "产业园", "新区",
                         "保税区", "科技园"})
_PARTY_DE = ("合作的", "共建的", "签约的", "投资的", "出资的", "联合的", "合资的", "建设的",
             "打造的",
             "建成的", "落地的", "引进的", "新建的", "设立的", "成立的", "组建的", "布局的",
             "签署的")
#: Bodies named by what they do, right after the verb that founds them (两地共建纺织
#:智能制造研究院, 成立了线缆质量智能检测中心): a name, though it holds no proper noun.
_FOUNDED_HEADS = frozenset({"研究院", "研究所", "学院", "中心", "研究中心", "创新中心"})
_FOUNDED_BEFORE = re.compile(r"(?:共建|合建|成立|组建|设立|建立)了?$")
#: What follows a project named by the parties that build it (P由A投资建设, P，由A…).
_BUILT_BY_AFTER = ("由", "，由", ",由")
_NEEDS_ANCHOR = frozenset({"Organization", "Cluster", "Project"})
_PROPER_TAGS = frozenset({"ns", "nr", "nrfg", "nrt", "nt", "nz", "j", "eng", ""})


def _has_anchor(toks: Tokens, start: int, end: int) -> bool:
    """Whether a name core holds something proper: a place, a person's or an unknown
    word, Latin letters or digits (so 产业技术创新战略联盟 is a category, not a name)."""
    if _has_region_prefix(_tokens_text(toks, start, end)):
        return True     # 北京…医院: one token jieba knows, the place inside it
    k = max(toks.index_at(start), 0)
    while k < len(toks.words) and toks.starts[k] < end:
        word, tag = toks.words[k], toks.tags[k]
        if tag in _PROPER_TAGS or any(c.isascii() and c.isalnum() for c in word):
            return True
        if tag.startswith("m") or word in region_label_index():
            return True
        k += 1
    return False


@lru_cache(maxsize=8192)
def _has_region_prefix(name: str) -> bool:
    """Whether a place (or 国家, 省, …) opens ``name`` (cached: names recur).

    >>> _has_region_prefix("天津市科技局"), _has_region_prefix("科技局")
    (True, False)
    """
    regions = region_label_index()
    for length in range(min(len(name), 8), 1, -1):
        if name[:length] in regions:
            return True
    return name.startswith(("三地", "京津冀", "京冀", "京津", "津冀", "两地", "国家", "中国",
                            "中央", "全国", "省", "市"))


def _names_its_level(name: str) -> bool:
    """Whether ``name`` opens with the level of the county or district in focus (县商务局,
    区财政局; not 县直有关部门, 区工业和信息化部门, 县域…: no one body).

    >>> _names_its_level("县商务局"), _names_its_level("县直有关部门")
    (True, False)
    """
    return name[:1] in "县区" and name[1:2] not in "域级内外直" and not name.endswith("部门")


_LEGAL_INSIDE = re.compile("有限公司|股份公司|集团")


def _contains_legal_suffix(core: str) -> bool:
    """Whether ``core`` holds a company's legal ending (有限公司, 股份公司, 集团)."""
    return _LEGAL_INSIDE.search(core) is not None


#: A scheme named without 《》 right after the verb that issues it (县里出台了生物医药企业入驻
#: 奖励办法，; 出台“…产业十条”): the name ends at punctuation, with a scheme's last word (not
#: a 清单 of needs: in the gold once in five).
_ISSUED_SCHEME = re.compile(
    r"(?:出台|印发|制定|发布|推出)了?“?(?P<name>(?![一两三四五六七八九十多数若相系这该各首了])"
    r"(?:[^\s\d,，。;；:：“”《》()（）]{4,24}?(?:办法|方案|措施|名单|细则)|"
    r"[^\s\d,，。;；:：“”《》()（）的]{2,24}?十条))”?"
    r"(?=[,，。;；、])")


def _issued_scheme_mentions(text: str) -> list[Mention]:
    """Schemes the text says are issued, named without 《》 (rule ``policy:出台``).

    >>> [m.text for m in _issued_scheme_mentions("县里出台了生物医药企业入驻奖励办法，对其补助")]
    ['生物医药企业入驻奖励办法']
    """
    return [Mention(m.start("name"), m.end("name"), m.group("name"), "Policy", "policy:出台")
            for m in _ISSUED_SCHEME.finditer(text)]


def _book_mentions(text: str) -> list[Mention]:
    out = []
    for match in _BOOK_RE.finditer(text):
        title = match.group(1)
        kind = "Organization" if title.endswith(("报", "杂志", "日报", "晚报")) else "Policy"
        out.append(Mention(match.start(), match.end(), match.group(), kind, "title:《》"))
    return out


_BODY_ENDS = frozenset("局厅委院部")  # what a body's name ends in before its chief's title


def _person_mentions(text: str, toks: Tokens | None = None) -> list[Mention]:
    """Names after a role title; a "title" whose last character opens a longer word is
    none (丰台区|长辛店: 区长 is no title there). Where no listed word follows the name
    (公司董事长林建平算了一笔账), jieba's words bound it: see :func:`_name_by_tokens`.

    >>> [m.text for m in _person_mentions("总部位于北京市丰台区长辛店，总经理王立新说")]
    ['王立新']
    >>> [m.text for m in _person_mentions("车间主任韩璐正盯着屏幕，董事长林建平算了一笔账")]
    ['韩璐', '林建平']
    >>> [m.text for m in _person_mentions("主任芦海平等出席。26岁的张泽宇是工程师")]
    ['芦海平', '张泽宇']
    """
    toks = toks or tokenize(text)
    out = []
    for bare in _BARE_TITLE_RE.finditer(text):
        last = bare.end() - 1
        k = toks.index_at(last)
        match = _TITLE_RE.match(text, bare.start())
        if toks.starts[k] == last and len(toks.words[k]) > 1 and toks.tags[k] and \
                not toks.tags[k].startswith("nr") and len(bare.group("title")) < 3 and \
                text[bare.start() - 1:bare.start()] not in _BODY_ENDS and not (
                    match is not None and re.match(_SPEECH, text[match.end("name"):])):
            continue    # 丰台区|长辛店, but 首席执行官|方明远告诉: a speech verb follows; and
            # 副局长|长江|涛 or 商务局局长|长江|明: a title of three characters, or one right
            # after its body, is one
        if match is not None:
            start, name = match.start("name"), match.group("name")
            if not is_surname_start(name) or name[1:] in ENUM_HEAD_TYPES:
                continue    # 负责人和企业: a surname-like character before a common noun
            if (name[-1] in "说在的了和与等" and not (
                    len(name) == 3 and re.match(_SPEECH, text[match.end("name"):]))) or \
                    _overlong(name):
                # 主任芦海平等出席, 董事长孙立明站在: the follower came one word late
                trimmed = name[:-1] if len(name) == 4 and name[-1] in "在和与等" else ""
                name = trimmed if len(trimmed) == 3 and not _is_common_word(trimmed) else \
                    _name_by_tokens(text, toks, start)
        else:
            start = bare.end() + (text[bare.end():bare.end() + 1] in " \u3000:：")
            name = _name_by_tokens(text, toks, start)
        if name is None or _overlong(name):
            continue
        rule = f"person:{(match or bare).group('title')}"
        out.append(Mention(start, start + len(name), name, "Person", rule))
        pos = start + len(name)
        while (more := _MORE_NAMES.match(text, pos)) is not None and \
                is_surname_start(more.group(1)) and more.group(1) not in _TITLE_SET:
            # （记者 王明远、赵佳）: the names after the first share its title
            out.append(Mention(more.start(1), more.end(1), more.group(1), "Person", rule))
            pos = more.end(1)
    for aged in _AGED.finditer(text):   # 26岁的张泽宇是…: an age before the name
        name = _name_by_tokens(text, toks, aged.end())
        first = toks.index_at(aged.end())
        if name is not None and (not toks.tags[first] or toks.tags[first].startswith("nr") or
                                 len(toks.words[first]) == 1):
            # (jieba's own name, 高翔, or a surname it cut off, 白|洪涛: a name too)
            out.append(Mention(aged.end(), aged.end() + len(name), name, "Person", "person:岁的"))
    return out


_AGED = re.compile(r"(?:\d{1,3}|[二三四五六七八九]?十[一二三四五六七八九]?)岁的"
                   r"(?:[\u4e00-\u9fff]{1,4}?[员师])?")   # (28岁的质检员张甲: and a job)


def _overlong(name: str) -> bool:
    """Whether ``name`` has four characters without a compound surname.

    >>> _overlong("孙立明站"), _overlong("欧阳明月")
    (True, False)
    """
    return len(name) == 4 and name[:2] not in {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫"}


#: Tags of the words that may follow a name a title introduces, when no listed follower
#: does: verbs, prepositions, adverbs, conjunctions, particles (算了, 给, 正, 与, 一边).
_AFTER_NAME_TAGS = ("v", "p", "d", "c", "u")
#: Punctuation that may close such a name (not a quotation mark: 专家成安行”活动).
_NAME_END_PUNCT = frozenset(" \u3000,，。;；:：、)）")


def _name_by_tokens(text: str, toks: Tokens, start: int) -> str | None:
    """The two- or three-character name at ``start`` when jieba's words bound it: a word
    starts at ``start`` and one right after the name, a verb, preposition, adverb,
    conjunction, particle, title or punctuation; the name opens with a surname and is no
    common word. Else a word of two or three characters jieba found outside its dictionary
    at ``start`` is the name, whatever follows (教授刘泽远每周…), but not a slogan's
    (成安行”) nor two characters before a place (许晨|阳原: jieba cut the name short).

    >>> text = "董事长林建平算了一笔账"
    >>> _name_by_tokens(text, tokenize(text), 3)
    '林建平'
    >>> text = "负责人单位不明"
    >>> _name_by_tokens(text, tokenize(text), 3) is None
    True
    """
    first = toks.index_at(start) if start < len(text) else -1
    if first < 0 or toks.starts[first] != start or not is_surname_start(text[start:]) or \
            toks.tags[first].startswith(_AFTER_NAME_TAGS):
        return None     # 博士占比, 博士和高级工程师: a verb or conjunction, no surname
    for length in (2, 3):
        end = start + length
        name = text[start:end]
        if len(name) < length or not all("\u4e00" <= c <= "\u9fff" for c in name):
            return None
        if end < len(text):
            k = toks.index_at(end)
            if toks.starts[k] != end:
                continue
            word, tag = toks.words[k], toks.tags[k]
            if not (tag.startswith(_AFTER_NAME_TAGS) or word in _TITLE_SET or
                    word[0] in _NAME_END_PUNCT):
                continue
        k = toks.index_at(start)
        if toks.words[k] == name and toks.tags[k] and not toks.tags[k].startswith("nr"):
            return None     # 单位: a dictionary word, no name
        if _is_common_word(name):
            return None
        return name
    word = toks.words[first]
    if 2 <= len(word) <= 3 and not toks.tags[first] and \
            all("\u4e00" <= c <= "\u9fff" for c in word) and not _is_common_word(word):
        after = first + 1
        if after < len(toks.words) and toks.words[after][0] in "“”\"'":
            return None     # 专家成安行”活动: a slogan's words, no name
        if len(word) == 3 or after == len(toks.words) or toks.tags[after] != "ns":
            return word     # 教授刘泽远每周: a word jieba found outside its dictionary
    return None


_SPEECH = "说|介绍|表示|认为|透露|坦言|指出|告诉|谈到"
#: People named without a title before them, by what surrounds the name: a bracketed
#: role after it (张三（A公司总经理）说), an employer and 的 before a speech verb (A公司的张三
#: 介绍) and a quotation just closed (“……”张三说). Each pattern is tried only where its
#: anchor (a bracket, 的, a closing quote) is.
_BRACKETED_ROLE = re.compile(r"[(（][^()（）\n]{2,40}?(?:" + "|".join(map(re.escape, TITLES)) +
                             r")[)）]")
_NAME_BEFORE = re.compile(r"(?:^|[,，。;；:：”\s])(?P<name>[\u4e00-\u9fff]{2,4})$")
_NAME_SPEAKS = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?=" + _SPEECH + ")")
_EMPLOYER_END = ("公司", "集团", "大学", "学院", "研究院", "中心", "局", "委", "政府", "管委会",
                 "协会", "联盟")
_ANCHORS = re.compile(r"[(（]|的|[”\"]")


def _untitled_person_mentions(text: str) -> list[Mention]:
    """People named without a title before them (rules ``person:（）``, ``person:的``,
    ``person:引语``): a common surname opens the name, which is no dictionary word.

    >>> [m.text for m in _untitled_person_mentions("“很快。”冯一鸣说。何亮（A公司总经理）说")]
    ['冯一鸣', '何亮']
    """
    out = []
    for anchor in _ANCHORS.finditer(text):
        at, char = anchor.start(), anchor.group()
        if char in "(（":
            if not _BRACKETED_ROLE.match(text, at):
                continue
            match = _NAME_BEFORE.search(text, max(0, at - 5), at)
            rule = "person:（）"
        elif char == "的":
            if not text.endswith(_EMPLOYER_END, max(0, at - 3), at):
                continue
            match = _NAME_SPEAKS.match(text, at + 1)
            rule = "person:的"
        else:
            match = _NAME_SPEAKS.match(text, at + 1)
            rule = "person:引语"
        if match is None:
            continue
        name = match.group("name")
        if not is_surname_start(name) or _is_common_word(name) or (
                len(name) == 4 and name[:2] not in SURNAMES):
            continue
        out.append(Mention(match.start("name"), match.end("name"), name, "Person", rule))
    return out


_SUFFIX_ORDER = {suffix: i for i, suffix in enumerate(SUFFIX_TYPES)}
_SUFFIX_LENGTHS = sorted({len(suffix) for suffix in SUFFIX_TYPES})


@lru_cache(maxsize=8192)
def _first_name_suffix(name: str) -> str | None:
    """The first suffix of :data:`~chainkg.lexicon.SUFFIX_TYPES` (in its order) that
    ends ``name`` after two characters or more, if any.

    >>> _first_name_suffix("华铸精工有限公司"), _first_name_suffix("电堆")
    ('有限公司', None)
    """
    ending = [name[-n:] for n in _SUFFIX_LENGTHS
              if len(name) > n + 1 and name[-n:] in SUFFIX_TYPES]
    return min(ending, key=_SUFFIX_ORDER.__getitem__) if ending else None


#: What ends the name of a trade or a product line, not of a firm (玻璃制品, 玻璃深加工).
_TRADE_ENDS = ("制品", "加工", "材料", "配件", "零部件", "产品", "设备")


def _enumeration_mentions(text: str, toks: Tokens) -> list[Mention]:
    """Items of "A、B、C等N家<head>": split back from each 等 to the clause start."""
    out = []
    for deng in re.finditer("等", text):
        head = _ENUM_HEAD_RE.match(text, deng.end())
        if not head or _NOT_ENUM_HEAD.search(head.group("head")):
            continue    # 在芯片、算法等环节集聚了…企业: fields a place is strong in
        kind = ENUM_HEAD_TYPES[head.group("headnoun")]
        if kind == "Organization" and _COMPANY_HEAD.search(head.group("head")):
            kind = "Company"    # 等19家企业和高校: a name with no suffix is a firm's
        lo = max(0, deng.start() - 90)
        breaks = [m.end() for m in _HARD_PUNCT.finditer(text, lo, deng.start())]
        items_start = breaks[-1] if breaks else lo
        raw_items = text[items_start:deng.start()].split("、")
        if not raw_items[0]:
            continue
        first_end = items_start + len(raw_items[0])
        begin = max(_walk_left(text, toks, first_end, 20), items_start)
        k = toks.index_at(begin)
        while 0 <= k < len(toks.words) and toks.starts[k] == begin and \
                toks.tags[k] == "v" and len(toks.words[k]) > 1 and \
                begin + len(toks.words[k]) < first_end - 1:
            begin += len(toks.words[k])     # 已进入华铸精工等企业: a verb opens no name
            k += 1
        begin = _after_verb_before_trade_word(toks, begin, first_end)
        if _first_name_suffix(text[begin:first_end]) is None:
            begin = _after_inner_verb(toks, begin, first_end)  # 产品进入|长城汽车、比亚迪等车企
        pos = items_start
        for n, item in enumerate(raw_items):
            s = begin if n == 0 else pos
            e = pos + len(item)
            pos = e + 1
            name = text[s:e]
            if not 2 <= len(name) <= 24 or name in GENERIC_NAME_CORES or name.isdigit():
                continue
            if re.search("[和及与]", name) or name in region_label_index():
                continue
            suffix = _first_name_suffix(name)
            if suffix is None and kind == "Project":
                continue    # 支持电堆、储氢瓶等项目: products, not projects
            if suffix is None and (name.endswith(_TRADE_ENDS) or (
                    _PRODUCT_HEAD.search(head.group("head")) and _dictionary_words(toks, s, e))):
                continue    # 伺服电机、精密钣金等配套企业, 平板玻璃、玻璃制品等企业: products or
                # trades (华铸精工 is a name)
            item_kind = SUFFIX_TYPES[suffix] if suffix is not None and kind != "Project" \
                else kind
            out.append(Mention(s, e, name, item_kind,
                               f"enumeration:等{head.group('headnoun')}"))
    return out


def _after_inner_verb(toks: Tokens, begin: int, end: int) -> int:
    """Where a listed firm's short name begins when a verb of two characters stands inside
    the first item, with a name of two characters or more after it (产品进入|长城汽车: the
    clause's predicate, not the name's), else ``begin``.

    >>> text = "产品进入长城汽车"
    >>> text[_after_inner_verb(tokenize(text), 0, len(text)):]
    '长城汽车'
    """
    k = toks.index_at(begin)
    cut = begin
    while 0 <= k < len(toks.words) and toks.starts[k] < end:
        word = toks.words[k]
        if toks.tags[k] == "v" and len(word) == 2 and toks.starts[k] > begin and \
                end - (toks.starts[k] + 2) >= 2:
            cut = toks.starts[k] + 2
        k += 1
    return cut


def _after_verb_before_trade_word(toks: Tokens, begin: int, end: int) -> int:
    """Where a listed firm's name begins when a verb of two characters (after no place)
    stands right before a word jieba does not know: after the verb (批量|供应|岳衡精密,
    三成|供给|邯钰机床), else ``begin`` (中国|建设|银行: a known word follows).

    >>> text = "已批量供应岳衡精密"
    >>> text[_after_verb_before_trade_word(tokenize(text), 1, len(text)):]
    '岳衡精密'
    """
    k = toks.index_at(begin)
    while 0 <= k < len(toks.words) - 1 and toks.starts[k + 1] < end - 1:
        word, tag = toks.words[k], toks.tags[k]
        if tag in ("v", "vn") and len(word) == 2 and not toks.tags[k + 1] and \
                toks.starts[k] >= begin and (k == 0 or not _is_place_token(toks, k - 1)):
            return toks.starts[k + 1]
        k += 1
    return begin


def _dictionary_words(toks: Tokens, start: int, end: int) -> bool:
    """Whether ``start:end`` is whole words jieba knows, none a person's, place's or
    organisation's name of two characters or more (精密|钣|金, but not 华铸|精工: 华铸 is
    no dictionary word).

    >>> text = "伺服电机、华铸精工"
    >>> _dictionary_words(tokenize(text), 0, 4), _dictionary_words(tokenize(text), 5, 9)
    (True, False)
    """
    k = toks.index_at(start)
    if toks.starts[k] != start:
        return False
    while k < len(toks.words) and toks.starts[k] < end:
        tag = toks.tags[k]
        if not tag or (tag.startswith(("nr", "ns", "nt")) and len(toks.words[k]) > 1) or \
                toks.starts[k] + len(toks.words[k]) > end:
            return False
        k += 1
    return True


@cache
def _abbreviation_re() -> re.Pattern[str]:
    from chainkg.ontology import region_abbreviations

    chars = "".join(sorted(region_abbreviations()))
    return re.compile(
        f"(?<=[在来赴进驻留回])[{chars}]{{1,2}}(?=揭牌|投资|设立|发展|落地|落户|转化|挑选|"
        r"建设|办厂|建厂|工作|企业|举办|举行|召开|开展|期间|的|[,，。;；、])")


def _abbreviation_mentions(text: str) -> list[Mention]:
    """One-character province abbreviations where a verb of place puts them (在津揭牌,
    来冀投资, 在津冀设立): rule ``abbreviation:<char>``, one mention per character."""
    return [Mention(match.start() + i, match.start() + i + 1, char, "Region",
                    f"abbreviation:{char}")
            for match in _abbreviation_re().finditer(text)
            for i, char in enumerate(match.group())]


#: Verbs that take plain descriptions as often as names: what they set up is named only
#: by a longer core (搭建[氢能装备检测服务]平台, not 搭建[供需信息]平台).
_LOOSE_BUILD_VERBS = frozenset({"建立", "搭建", "引进", "落地"})
_LOOSE_CORE = 5


def _built_matches(pattern: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """The matches of a construction pattern, searched again after a company's legal
    suffix where the verb was part of its name (…城市建设投资集团有限公司合作建设[X站])."""
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        legal = [m.end() for m in _LEGAL_END.finditer(match["name"])]
        if legal:
            pos = match.start("name") + legal[-1]
            continue
        yield match
        pos = match.end()


def _built_mentions(text: str) -> list[Mention]:
    """What a sentence says is built (北京X公司…在Y园建设高压储氢装备生产基地; 双方将共建
    …转化中心; 建设A产业园和B创新中心): projects, with rule ``project:<verb>``; a built
    产业园 stays a park."""
    out = []
    joined = [m for m in _built_matches(_BUILT_JOINED_RE, text)
              if not _SITE_END.search(m["left"])]
    for match in [*_built_matches(_BUILT_RE, text), *joined]:
        verb, found = match.group("verb"), [match]
        if (match.group("measure") or "一")[0] != "一":
            continue    # 新建两座…综合能源站: several of a kind, none named
        while (item := _BUILT_ITEM_RE.match(text, found[-1].end())) is not None:
            found.append(item)
        for item in found:
            name = item.group("name")
            if _LEGAL_END.search(name):
                continue    # 城市建设|投资有限公司合资建设X: 建设 was part of a company name
            runs = item.groupdict().get("runs")
            said = item.groupdict().get("follower") or runs
            if said and item.group("head") in _BODY_HEADS and not (
                    runs and item.group("head") == "平台") and \
                    not said.endswith(("面积", "占地")) and not (
                    verb == "共建" and name.endswith("联合实验室")):
                continue    # …研究中心今年…: a body or a project, the sentence does not say;
                # …平台今年投入运营 is a facility that runs, …平台面积1.8万平方米 a site,
                # A与B共建的X联合实验室去年… a joint project
            core = name[: -len(item.group("head"))]
            if name.startswith("以"):
                continue    # 建起以整车基地为中心的…: a description, not a name
            if item.group("head").endswith("项目") and _generic_words_only(
                    _strip_region_prefix(core)):
                continue    # 引进的高端工业母机项目: a kind of project, a chain's
            if len(name) < (5 if item.group("head") in FACILITY_HEADS else 6) or \
                    core in GENERIC_NAME_CORES or core.startswith(
                    _CATEGORY_PREFIXES) or _ORDINAL_COUNT.match(name):
                continue    # 建设的第一个生产基地: which one, not a name (建成的油氢合建站
                # is one: a facility's head says what it is)
            if verb in _LOOSE_BUILD_VERBS and len(core) < _LOOSE_CORE:
                continue    # 联盟将搭建供需信息平台: a description, not a name
            kind = "Park" if item.group("head").endswith("园") else "Project"
            if kind == "Park" and item.groupdict().get("sized"):
                continue    # 建设占地800亩的[B产业园]: a park its suffix finds as before
            out.append(Mention(item.start("name"), item.end("name"), name, kind,
                               f"project:{verb}"))
    for match in _FACILITY_AFTER_DE.finditer(text):
        name = match.group("name")
        if len(name) < 6 or name.startswith((*_CATEGORY_PREFIXES, "是")) or \
                _ORDINAL_COUNT.match(name) or \
                _IS_A.search(text[max(0, match.start() - 14):match.start()]):
            continue    # 是全国重要的…生产基地: what a place is, not a named base; 投资最大的
            # 是X基地项目 is one, which the rule of 是 finds
        out.append(Mention(match.start("name"), match.end("name"), name, "Project",
                           "project:的"))
    for match in _QUOTED_BUILT.finditer(text):
        out.append(Mention(match.start("name"), match.end("name"), match.group("name"),
                           "Project", "project:“”"))
    for match in _ORDER_CLASS.finditer(text):
        name = match.group("name")
        unquoted = name.strip("“”")
        if len(unquoted) < 5 or unquoted[:2] in GENERIC_NAME_CORES:
            continue    # 开设“订单班”: no name
        out.append(Mention(match.start("name"), match.end("name"), name, "Project",
                           "project:订单班"))
    out += _quantified_sites(text)
    opening = [_FACILITY_BY.match(text, 0)] + [
        _FACILITY_BY.match(text, m.end()) for m in _SENTENCE_OPENS.finditer(text)]
    for matches, rule in ((_MEASURED_FACILITY.finditer(text), "project:measure"),
                          (_OWNED_FACILITY.finditer(text), "project:的"),
                          (_INVESTED_PROJECT.finditer(text), "project:的"),
                          (_BUILT_DE_PROJECT.finditer(text), "project:的"),
                          (_SET_UP_WORKSHOP.finditer(text), "project:的"),
                          (_PROJECT_IS.finditer(text), "project:是"),
                          ([m for m in opening if m is not None], "project:由")):
        for match in matches:
            name = match.group("name")
            if name.startswith(_CATEGORY_PREFIXES) or name[:2] in GENERIC_NAME_CORES:
                continue
            head = max((h for h in FACILITY_HEADS if name.endswith(h)), key=len, default="")
            if len(name) - len(head) < 3:
                continue  # A有限公司的浮法生产线: a kind of line (浮法生 is no name)
            out.append(Mention(match.start("name"), match.end("name"), name, "Project", rule))
    return out


def _quantified_sites(text: str) -> list[Mention]:
    """Sites named right after a quantity given them (一座日产20吨的[X项目]), rule
    ``project:<verb>`` after a construction verb and ``project:measure`` otherwise, and
    sites a demonstrative points to by their whole name (这座[X项目]), ``project:measure``.

    >>> [(m.text, m.rule) for m in _quantified_sites("建设一座日产20吨的甲乙制氢加氢项目。")]
    [('甲乙制氢加氢项目', 'project:建设')]
    >>> [(m.text, m.rule) for m in _quantified_sites("这处甲乙医药中试基地由开发区建设")]
    [('甲乙医药中试基地', 'project:measure')]
    >>> _quantified_sites("建成2万平方米的研发中心，这一项目")
    []
    """
    out = []
    for match in _QUANTIFIED_SITE.finditer(text):
        name, head = match.group("name"), match.group("head")
        core = name[: -len(head)]
        if head.endswith("园") or len(core) < 4 or core.startswith(_CATEGORY_PREFIXES) or \
                _LEGAL_END.search(name) or _SITE_BEFORE_AND.search(core):
            continue    # 占地200亩的[X产业园] is a park its suffix finds; 1亿元的机器人项目
            # is a kind; 1万吨的污水处理厂及危废中心 are two
        verb = _VERB_BEFORE_QUANTITY.search(text, max(0, match.start() - 6), match.start())
        rule = f"project:{verb.group('verb')}" if verb else "project:measure"
        out.append(Mention(match.start("name"), match.end("name"), name, "Project", rule))
    for match in _POINTED_SITE.finditer(text):
        name, head = match.group("name"), match.group("head")
        if name.startswith(_CATEGORY_PREFIXES) or name[:2] in GENERIC_NAME_CORES:
            continue
        out.append(Mention(match.start("name"), match.end("name"), name, "Project",
                           "project:measure"))
    return out


#: A platform's brand in quotes before what the platform serves (打造的“X云”陶瓷行业工业
#: 互联网平台, 借助…开发的“X云”平台): the brand names the platform.
_BRANDED_PLATFORM = re.compile(
    r"“(?P<name>[^“”\s,，。;；:：、!！?？《》]{2,8})”" +
    _name_char(also="是—") + "{0,16}?平台")
#: A clause that uses a platform or node rather than builds it (借助A开发的“X云”平台,
#: 该平台依托…节点): what it says is about the user.
_USES_PLATFORM = re.compile(r"(?:借助|依托|利用|通过|使用|接入)[^,，。;；:：!！?？]*$")
#: An identifier-resolution node named with its trade or city in brackets (工业互联网
#: 标识解析二级节点（陶瓷行业）, 国家工业互联网标识解析顶级节点（天津）灾备节点).
_RESOLUTION_NODE = re.compile(
    r"(?:[\u4e00-\u9fff]{2,6}·)?(?:国家)?(?:京津冀)?(?:工业互联网)?标识解析(?:[二顶]级节点"
    r"[(（][^()（）\s,，。;；:：、]{2,10}[)）](?:灾备节点|分中心)?|[^\s\d,，。;；:：、“”()（）的]{2,8}?"
    r"行业二级节点)"
    r"|(?P<trade>[\u4e00-\u9fff]{2,8})(?:行业|产业)(?:工业互联网)?标识解析二级节点")
#: A trade's industrial-internet platform (永年紧固件产业工业互联网平台, 玻璃行业工业互联网
#: 平台), not a kind of firm (…平台企业, …平台服务商) nor a class (省级重点行业…平台87个).
_TRADE_PLATFORM = re.compile(
    r"(?P<trade>[\u4e00-\u9fff]{2,10})(?:行业|产业链|产业)(?:工业)?互联网平台"
    r"(?!企业|服务商|运营商|供应商)")  # (安平丝网产业互联网平台 too)
_NOT_TRADES = ("重点", "特色", "主导", "优势", "传统", "跨领域", "各", "其他", "相关", "类", "个")
#: The last word of a clause before a node's trade (在, 由, 承建的, 共建, 帮助迁西建设 …):
#: not part of its name.
_BEFORE_TRADE = re.compile(r".*(?:[在由的将已与和了是为对把并元]|建设|共建|合建|搭建|打造|部署|上线"
                           r"|启动|帮助|指导|双方|三方|两地|运营|围绕|主打|开展|推进|推动|建成"
                           r"|实施|依托|聚焦|服务|包括|发布|公司|集团|通过|连接|接入|加快|支持"
                           r"|鼓励|培育)")


def _trade_start(match: re.Match[str]) -> int:
    """Where the trade a node or platform is named with starts: after the last word of the
    clause before it (承建的|紧固件…, 帮助迁西建设|钢铁…)."""
    cut = _BEFORE_TRADE.match(match.group("trade"))
    return match.start("trade") + (cut.end() if cut else 0)


def _platform_mentions(text: str) -> list[Mention]:
    """Platforms named by a quoted brand (rule ``project:“”平台``) and identifier-resolution
    nodes named with a bracketed trade or city, or with their trade before the node or
    before 标识解析 (rule ``project:节点``).

    >>> [m.text for m in _platform_mentions("企业打造的“甲乙云”陶瓷行业工业互联网平台已接入")]
    ['甲乙云']
    >>> [m.text for m in _platform_mentions("共建的工业互联网标识解析二级节点（陶瓷行业）已上线")]
    ['工业互联网标识解析二级节点（陶瓷行业）']
    >>> [m.text for m in _platform_mentions("双方共建钢铁行业标识解析二级节点")]
    ['钢铁行业标识解析二级节点']
    >>> _platform_mentions("推动“链主”企业与京津平台服务商对接")
    []
    >>> _platform_mentions("甲公司借助乙公司开发的“丙丁云”平台，实现了远程监控")
    []
    """
    found = []
    if "平台" in text:
        found += [(m, m.start("name"), m.end("name"), "project:“”平台")
                  for m in _BRANDED_PLATFORM.finditer(text)]
    if "节点" in text:
        for m in _RESOLUTION_NODE.finditer(text):
            start = m.start()
            if m.group("trade"):  # 承建的[紧固件行业工业互联网标识解析二级节点]
                start = _trade_start(m)
                if m.end("trade") - start < 2:
                    continue
            found.append((m, start, m.end(), "project:节点"))
    if "互联网平台" in text:
        for m in _TRADE_PLATFORM.finditer(text):
            start = _trade_start(m)
            if text[start - 1:start] == "”" or text.startswith("“", m.end()):
                continue  # “瓷链云”陶瓷行业工业互联网平台, …平台“炉联云”: named by its brand
            if m.end("trade") - start >= 2 and not text[start:m.end("trade")].endswith(
                    _NOT_TRADES) and not text[start:m.end("trade")].startswith(
                    ("我", "本", "各", "多", "全", "该")):
                found.append((m, start, m.end(), "project:平台"))
    return [Mention(start, end, text[start:end], "Project", rule)
            for match, start, end, rule in found
            if not _USES_PLATFORM.search(text, max(0, match.start() - 30), match.start())]


#: A quoted name a text opens or sets up (开通“京邯氢能重卡干线”, 被称为“京保氢能重卡示范线路”,
#: 设立了“京平机器人创新飞地”): a route, an enclave or an incubator is a project by its quoted
#: name (not a quoted 云 or 贷: the gold gives a platform's or a loan's figures to whoever
#: runs it, and such names cost 0.10 facts summed over the sets).
_QUOTED_PRODUCT = re.compile(
    r"(?:推出|开通|设立|共建|建设|打造|上线|称为|叫作|称作|开发的|平台)了?"
    r"“(?P<name>[\u4e00-\u9fff·—]{2,14}(?:飞地|专线|线路|干线|示范线|驿站|孵化器))”")


def _quoted_product_mentions(text: str) -> list[Mention]:
    """Projects named by a quoted name a text opens or sets up (rule ``project:“”``).

    >>> [m.text for m in _quoted_product_mentions("这是“京邯氢能重卡干线”开通后的第一个班次")]
    []
    >>> [m.text for m in _quoted_product_mentions("双方开通了“京邯氢能重卡干线”,每天往返4个班次")]
    ['京邯氢能重卡干线']
    >>> _quoted_product_mentions("打造“链主”企业")
    []
    """
    if "“" not in text:
        return []
    return [Mention(m.start("name"), m.end("name"), m.group("name"), "Project", "project:“”")
            for m in _QUOTED_PRODUCT.finditer(text)]


#: A school two parties found together, named right after the verb (A与B共建X产业学院,
#: 双方将共建X学院, 签约共建“X学院”); not A与B共建的X学院, a school the text describes.
_COBUILT_SCHOOL = re.compile(
    r"(?:与|和|双方|两地|三方)[^,，。;；:：!！?？]{0,40}?(?:共建|合建|组建)了?"
    r"(?P<quote>“)?(?P<name>" + _name_char() + r"{2,14}?学院)(?(quote)”)")


def _cobuilt_school_mentions(text: str) -> list[Mention]:
    """Schools parties found together, right after the verb (rule ``project:共建``, so
    that the parties' ``involves`` follow as for what they build).

    >>> [m.text for m in _cobuilt_school_mentions("甲县与乙大学共建新能源汽车产业学院，每年招生")]
    ['新能源汽车产业学院']
    >>> _cobuilt_school_mentions("甲学院与乙公司共建的机器人产业学院已招生")
    []
    """
    if "学院" not in text:
        return []
    return [Mention(m.start("name"), m.end("name"), m.group("name"), "Organization",
                    "project:共建") for m in _COBUILT_SCHOOL.finditer(text)]


#: What opens an item of a list of projects on its own line: a dash, a bullet (▲, ■, ●)
#: or a number, in digits, circled or in Chinese (一、…十二、).
LIST_MARK = re.compile(
    r"——|\d{1,2}[.．、](?!\d)|[(（]\d{1,2}[)）]|[①-⑳]|[▲■●◆◎▶]|[一二三四五六七八九十]{1,3}[、是]"
    r"|【项目[一二三四五六七八九十\d]{1,3}】")  # (【项目二】B项目: a park post's item heading)
_DASH_ITEM_RE = re.compile(r"(?m)^[ \t\u3000]*(?:" + LIST_MARK.pattern +
                           r")(?P<head>[^,，。;；:：\n]{4,48}?"
                           r"(?:(?:基地|中心|平台|工厂|生产线)(?:项目)?|项目|工程|(?:产业|孵化)园))"
                           r"(?=[,，。;；\s]|$)")
_OUTPUT_PROJECT_RE = re.compile(
    r"年(?:产|处理|回收|加工)[\d.]+[万千百亿]?(?:吨|台套|台|套|辆|件|片|只|支|瓶|盒|粒|块|立方米|"
    r"平方米|标方|千瓦|兆瓦)" +
    _name_char(joiners="的") + "{2,24}?(?:(?:基地|生产线)(?:项目)?|项目|工程)")
#: A construction verb inside a list item, after which the built project's name opens.
_ITEM_BUILD_VERB = re.compile(  # (also A与B合作的X中心项目: the name opens after 的)
    r"(?:签约|投资|合作|联合|共同|合资)?(?:建设|共建|新建|兴建|筹建|打造)的?|合作的")
_LEGAL_END = re.compile(r"(?:有限责任公司|股份有限公司|有限公司|股份公司|集团)")
#: A legal ending right before a project's name (…集团有限公司[重型数控机床生产基地]).
_LEGAL_BEFORE = re.compile(_LEGAL_END.pattern + "$")
#: Words between an owner's legal name and a project's name that are no part of the name:
#: verbs, places, possession, time (A有限公司在B建设…项目, A集团旗下…项目, A公司今年…项目).
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_OWNER_GAP_STOPS = re.compile(r"[的在与和同向对从把被将已拟正今去明旗下属投建签共合新扩计规该]")


def _after_owner(text: str, begin: int) -> int:
    """Where a project's name begins whose walk stopped at a word inside it (及, 一次性)
    just after its owner's legal name: right after that name (up to ten characters back).

    >>> text = "A有限公司一次性医用耗材智能工厂项目"
    >>> text[_after_owner(text, text.index("医用")):]
    '一次性医用耗材智能工厂项目'
    >>> text = "A有限公司在园区建设工厂项目"
    >>> text[_after_owner(text, text.index("工厂")):]
    '工厂项目'
    """
    window = text[max(0, begin - 11):begin]
    owners = [m.end() for m in _LEGAL_END.finditer(window)]
    if not owners or owners[-1] == len(window):
        return begin
    gap = window[owners[-1]:]
    if not _CJK_ONLY.fullmatch(gap) or _OWNER_GAP_STOPS.search(gap):
        return begin
    return begin - len(gap)


_ITEM_INVESTED = re.compile(r"(?:计划|拟)?(?:总)?投资(?:约|近|超|逾)?[\d.]+[万亿]?元"
                            r"(?:建设|实施)?的")


def _pattern_projects(text: str) -> list[Mention]:
    """Projects named by their own shape: the items of a dash list of signed projects
    (——A项目；——B公司C项目；, rule ``pattern:——``; a company opening an item is a name of
    its own) and names that open with an output (年产2万吨绿氢及绿色甲醇项目,
    ``pattern:年产``)."""
    out = []
    for match in _DASH_ITEM_RE.finditer(text):
        start, end = match.start("head"), match.end("head")
        legal_ends = [m.end() for m in _LEGAL_END.finditer(text, start, end)]
        if legal_ends:
            start = legal_ends[-1]
            while start < end and text[start] in "—－-:：":
                start += 1  # A有限公司——B项目: the dash joins the owner to the project
        invested = _ITEM_INVESTED.match(text, start, end)
        if invested and end - invested.end() >= 4:
            start = invested.end()  # ——A公司投资18亿元的[B项目]: the sum is no part of the name
        verbs = [m.end() for m in _ITEM_BUILD_VERB.finditer(text, start, end)
                 if end - m.end() >= 4]
        if verbs:       # ——A公司与B县人民政府签约建设X基地: the name opens after the verb
            start = verbs[-1]
        name = text[start:end]
        if len(name) >= 4 and not _bad_core(name[:-2], "Project", name[-2:]):
            out.append(Mention(start, end, name, "Project", "pattern:——"))
    out += [Mention(m.start(), m.end(), m.group(), "Project", "pattern:年产")
            for m in _OUTPUT_PROJECT_RE.finditer(text)]
    for match in _HEADING_PROJECT_RE.finditer(text):
        name = match.group("name")
        if not _bad_core(name[:-2], "Project", name[-2:]) and not name.startswith(
                _HEADING_VERBS) and not _generic_words_only(name[:-2]):
            out.append(Mention(match.start("name"), match.end("name"), name, "Project",
                               "pattern:heading"))
    return out


#: How a heading that is a sentence opens (二、加快推进重大项目): no project's name.
_HEADING_VERBS = ("加快", "推进", "推动", "做好", "强化", "聚焦", "打造", "建设", "实施", "坚持",
                  "持续", "全力", "着力", "深化", "抓好", "扎实", "围绕", "突出", "用好", "构建")
#: A numbered heading line that names a project on its own (a WeChat post's
#: "03　精密减速器扩产项目", "二、X产业化基地"): rule ``pattern:heading``.
_HEADING_PROJECT_RE = re.compile(
    r"^[ \t\u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[、.．\s\u3000]+"
    r"(?P<name>[^\s,，。;；:：、“”《》()（）]{4,30}?(?:项目|基地))[ \t\u3000]*$", re.MULTILINE)


_JOINED_EVENT = re.compile(r"暨(?P<rest>[^\s,，。;；:：、“”《》()（）]{0,16}?(?:"
                           + "|".join(sorted((s for s, t in SUFFIX_TYPES.items()
                                              if t == "Event"), key=len, reverse=True))
                           + r"))")


#: What is done to a site at its opening ceremony (上线, 揭牌, 投产…).
_LAUNCH_VERBS = "上线|揭牌|启用|投运|投产|开工|竣工|开园"
#: What is done to a site that an event is named after (X中心揭牌暨…, X平台上线仪式暨…).
_LAUNCH_ACT = re.compile(r"(?:正式)?(?:" + _LAUNCH_VERBS + r")(?:仪式)?(?=暨)")


def _joined_events(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """One event named as two joined by 暨 (A推介会暨项目集中签约仪式): the whole name, rule
    ``suffix:暨``, where an event's name ends right before the 暨, or a site's name and
    what is done to it (X创新中心揭牌暨重点项目集中签约仪式).

    >>> [m.text for m in _joined_events("X推介会暨项目集中签约仪式在园区举行",
    ...                                 [Mention(0, 4, "X推介会", "Event", "suffix:推介会")])]
    ['X推介会暨项目集中签约仪式']
    """
    out = []
    for mention in mentions:
        joint = mention.end
        if mention.label != "Event":  # X中心揭牌暨…仪式: the unveiling of a site opens it
            act = _LAUNCH_ACT.match(text, mention.end)
            joint = act.end() if act is not None and mention.label in _SITE_LABELS else -1
        if joint >= 0 and text.startswith("暨", joint):
            match = _JOINED_EVENT.match(text, joint)
            if match is not None:
                out.append(Mention(mention.start, match.end(), text[mention.start:match.end()],
                                   "Event", "suffix:暨"))
    return out


def _subpark_mentions(text: str, toks: Tokens) -> list[Mention]:
    """Sub-parks named by their district (昌平园, 海淀园), and in full after the park they
    belong to (中关村科技园区昌平园): rule ``suffix:园``."""
    regions = region_label_index()
    out = []
    for k in [k for k, word in enumerate(toks.words) if "园" in word]:
        word, at = toks.words[k], toks.starts[k]
        if word.endswith("园") and word[:-1] in regions:
            end = at + len(word)
        elif word[:1] == "园" and (len(word) == 1 or word[1:] in _GLUED_AFTER) and k > 0 \
                and toks.words[k - 1] in regions:     # 延庆|园已: jieba glued a word on
            at, end = toks.starts[k - 1], at + 1
        else:
            continue
        if text[end:end + 1] in ("区", "林", "艺", "博", "地"):
            continue
        start = at
        if text[:at].endswith(("园区", *_PARK_SUFFIXES)):
            start = _walk_left(text, toks, at, _MAX_NAME, "Park")
        elif text[:at].endswith("中关村"):
            start = at - 3      # 中关村延庆园: the park system's name opens the sub-park
        out.append(Mention(start, end, text[start:end], "Park", "suffix:园"))
    return out


_GLUED_AFTER = frozenset({"已", "将", "还", "也", "内", "里", "等", "的", "和", "与"})
_TOWN_RE = re.compile(r"[\u4e00-\u9fff]{2,3}?[镇乡](?![长村政府委])")


def _town_mentions(text: str, regions: Sequence[Mention]) -> list[Mention]:
    """Towns (镇/乡) written right after their county (顺义区李遂镇): regions the
    gazetteer does not list, with rule ``town:<county label>``."""
    out = []
    for m in regions:
        if m.label != "Region" or m.rule != "gazetteer:region" or not m.text.endswith(
                ("区", "县", "市")):
            continue
        match = _TOWN_RE.match(text, m.end)
        if match and match.group()[:-1] not in GENERIC_NAME_CORES:
            out.append(Mention(match.start(), match.end(), match.group(), "Region",
                               f"town:{m.text}"))
    return out


#: A zone named after its city (邯郸冀南新区, 张家口察北管理区, 保定白沟新城): a new district.
_ZONE_ENDS = ("新区", "新城", "管理区")
_ZONE_RE = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,3}?)(?:" + "|".join(_ZONE_ENDS) + ")")


def _with_zones(text: str, regions: list[Mention]) -> list[Mention]:
    """``regions`` and the zones (…新区, …新城, …管理区) written right after their city or
    named after a district (北戴河新区), with every later mention of them: regions the
    gazetteer does not list, with rule ``zone:<city label>``. A city and district written
    as one (秦皇岛北戴河新区) keep the city alone.

    >>> text = "邯郸丁戊新区与北京签约。丁戊新区已引进项目12个。"
    >>> [(m.text, m.start) for m in _with_zones(text, [Mention(0, 2, "邯郸", "Region",
    ...                                                        "gazetteer:region")])]
    [('邯郸', 0), ('丁戊新区', 2), ('丁戊新区', 12)]
    """
    labels = region_label_index()
    named: dict[str, str] = {}
    kept = []
    for m in regions:
        kept.append(m)
        if m.label != "Region" or m.rule != "gazetteer:region":
            continue
        after = next((z for z in _ZONE_ENDS if text.startswith(z, m.end)), None)
        if after and m.text + after not in labels:  # 北戴河新区, 正定新区: after a district
            district = max((label for label in labels[m.text].labels
                            if m.text.endswith(label) and label != m.text), key=len,
                           default=m.text)
            named.setdefault(district + after, m.text)
            if district != m.text:  # 秦皇岛北戴河新区: 秦皇岛, then the zone
                city = m.text[:-len(district)]
                kept[-1] = Mention(m.start, m.start + len(city), city, "Region", m.rule)
            continue
        match = _ZONE_RE.match(text, m.end)
        if match is None or any(match.group()[i:] in labels for i in range(3)):
            continue  # 天津滨海新区, 高阳县距雄安新区: the gazetteer's own
        stem = match.group("stem")
        if stem in GENERIC_NAME_CORES or not set(stem).isdisjoint(_NAME_JOINERS):
            continue
        named.setdefault(match.group(), m.text)
    return kept + [Mention(found.start(), found.end(), name, "Region", f"zone:{city}")
                   for name, city in named.items()
                   for found in re.finditer(re.escape(name), text)]


_PARTNER_RE = re.compile(r"与(?=[\u4e00-\u9fff]{3,10}?(?:合作|签约|签署|签订|联合))")


def _partner_mentions(text: str, regions: Sequence[Mention]) -> list[Mention]:
    """Trade names that start with a place, on both sides of "A与B合作" (天津新兴燃气与
    唐山旭华科技合作): news often names firms so without a legal suffix."""
    starts = {m.start: m for m in regions if m.label == "Region"}
    ends = sorted(((m.start, m) for m in regions if m.label == "Region"), key=lambda e: e[0])
    out = []
    for match in _PARTNER_RE.finditer(text):
        at = match.start()
        right = starts.get(at + 1)
        verb = re.compile(r"合作|签约|签署|签订|联合").search(text, at + 1, at + 12)
        left = next((m for s, m in reversed(ends) if at - 9 <= s < at), None)
        if right is None or left is None or verb is None:
            continue
        left_name, right_name = text[left.start:at], text[at + 1:verb.start()]
        if not (2 <= len(left_name) - len(left.text) <= 6 and
                2 <= len(right_name) - len(right.text) <= 6):
            continue
        if not re.fullmatch(r"[\u4e00-\u9fff]+", left_name + right_name):
            continue
        out.append(Mention(left.start, at, left_name, "Company", "partner:与"))
        out.append(Mention(at + 1, verb.start(), right_name, "Company", "partner:与"))
    return out


#: Which rule wins a tie of lengths in :func:`filter_spans` (lower first; others 4).
_RULE_RANK = {"project": 0, "suffix": 0, "pattern": 0, "title": 0, "person": 0,
              "publisher": 0, "gazetteer": 1, "enumeration": 2, "alias": 3, "partner": 4}


def filter_spans(mentions: Iterable[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (earlier, then rule order, on ties).

    >>> a = Mention(0, 4, "唐山高新", "Park", "x")
    >>> b = Mention(2, 6, "高新区管", "Park", "y")
    >>> c = Mention(0, 2, "唐山", "Region", "z")
    >>> [m.text for m in filter_spans([c, b, a])]
    ['唐山高新']
    """
    taken_starts: list[int] = []    # the spans kept so far, in order of their starts
    taken_ends: list[int] = []
    kept: list[Mention] = []
    mentions = list(mentions)
    rank = {rule: _RULE_RANK.get(rule.partition(":")[0], 4)
            for rule in {m.rule for m in mentions}}
    keys = [(m.start - m.end, rank[m.rule], m.start) for m in mentions]
    for ranked in sorted(range(len(mentions)), key=keys.__getitem__):
        m = mentions[ranked]
        start, end = m.start, m.end
        i = bisect_right(taken_starts, start)
        if i > 0 and taken_ends[i - 1] > start:
            continue
        if i < len(taken_starts) and taken_starts[i] < end:
            continue
        taken_starts.insert(i, start)
        taken_ends.insert(i, end)
        kept.append(m)
    return sorted(kept, key=_START)


_START = attrgetter("start")


@lru_cache(maxsize=4096)
def cached_short_forms(name: str) -> tuple[str, ...]:
    """:func:`short_forms`, cached (names recur within and across articles)."""
    return tuple(short_forms(name))


def short_forms(name: str) -> list[str]:
    """Short forms news uses for a company's full name, longest first, then the trade name
    with the last word of a six-character core, and with the first character of each word.

    The region prefix and legal suffix are dropped, then trade words from the end.

    >>> short_forms("北京九曜智能科技有限公司")
    ['九曜智能科技', '九曜智能', '九曜', '九曜科技', '九曜智科']
    >>> short_forms("河北永固精密传动科技有限公司")[2:]
    ['永固传动', '永固科技', '永固精传']
    """
    core = _strip_region_prefix(name)
    for suffix in COMPANY_LEGAL_SUFFIXES:
        if core.endswith(suffix) and len(core) > len(suffix) + 1:
            core = core[: -len(suffix)]
            break
    core = re.sub(r"[(（][^)）]*[)）]", "", core)
    forms = [core] if len(core) >= 2 else []
    changed = True
    while changed:
        changed = False
        for word in NAME_STRIP_WORDS:
            if core.endswith(word) and len(core) - len(word) >= 2:
                core = core[: -len(word)]
                forms.append(core)
                changed = True
                break
    six = [form for form in forms if len(form) == 6 and _TRADE_AND_WORDS.fullmatch(form)]
    forms += [form[:2] + form[-2:] for form in six]  # 永固精密传动 -> 永固传动, 永鑫智能装备 ->
    # 永鑫装备: the trade name and the last word
    forms += [form[:2] + last for form in forms if len(form) >= 7 and _TRADE_AND_WORDS.match(form)
              and (last := _last_word(form)) and len(form) - len(last) >= 4]
    # (骏驰新能源汽车 -> 骏驰汽车, 华信精密减速机 -> 华信减速机: the last word as jieba cuts it)
    forms += [form[:2] + form[2] + form[4] for form in six]  # 恒锻精密机械 -> 恒锻精机: the
    # trade name and the first character of each word
    return [f for f in dict.fromkeys(forms) if f != name]


def _last_word(core: str) -> str:
    """The last word of a company's core as jieba cuts it, if of two characters or more.

    >>> _last_word("华信精密减速机"), _last_word("骏驰新能源汽车")
    ('减速机', '汽车')
    """
    last = tokenize(core).words[-1]
    return last if len(last) >= 2 else ""


#: A core of a two-character trade name and two two-character words (永固|精密|传动).
_TRADE_AND_WORDS = re.compile(r"[\u4e00-\u9fff]{6}")


#: What opens a kind of project from everywhere, not a place's own (京津冀氢能协作项目,
#: 全区新开工产业项目): a specific place before generic words may name one (霸州协作
#: 机器人整机项目).
_CROSS_REGION_PREFIX = re.compile(r"^(?:京津冀|京津|京冀|津冀|全区|全市|全县|全省)")
#: Words that say which kind of project, not which one (京津来源项目, 零部件项目).
_PROJECT_KIND_WORDS = frozenset({"零部件", "来源", "协作", "转移", "核心", "汽车", "关键",
                                 "装备", "设备", "数控", "智能"})


@cache
def _project_kind_vocabulary() -> frozenset[str]:
    """Generic words, chain labels and words of a kind of project: what
    :func:`_generic_words_only` reads a core as."""
    return GENERIC_NAME_CORES | _PROJECT_KIND_WORDS | frozenset(chain_label_index())


@lru_cache(maxsize=16384)
def _generic_words_only(core: str) -> bool:
    """Whether ``core`` is nothing but generic words, chain labels and words of a kind of
    project, one after another.

    >>> [_generic_words_only(core) for core in ("京津来源", "氢能协作", "康保风光")]
    [True, True, False]
    """
    words = _project_kind_vocabulary()
    ends = {0}
    for end in range(1, len(core) + 1):
        if any(start in ends and core[start:end] in words for start in range(max(0, end - 8),
                                                                              end)):
            ends.add(end)
    return len(core) >= 2 and len(core) in ends


@lru_cache(maxsize=8192)
def _strip_region_prefix(name: str) -> str:
    """``name`` without the region labels that open it (cached: cores recur).

    >>> _strip_region_prefix("北京市大兴区生物医药基地")
    '生物医药基地'
    """
    regions = region_label_index()
    changed = True
    while changed:
        changed = False
        for length in range(min(len(name) - 2, 8), 1, -1):
            if name[:length] in regions:
                name = name[length:]
                changed = True
                break
    return name


@cache
def _chain_label_text() -> str:
    """Every chain label, joined: a short form inside one is the chain's word, not a
    company's."""
    return "|".join(chain_label_index())


@lru_cache(maxsize=16384)
def _is_common_word(word: str) -> bool:
    """Whether jieba's dictionary counts ``word`` more than 50 times (cached)."""
    import jieba

    _tag_table()
    return jieba.dt.FREQ.get(word, 0) > 50


def _ends_token(toks: Tokens, offset: int) -> bool:
    """Whether a token ends at ``offset`` (tokens do not overlap: only the one holding
    the character before can).

    >>> toks = Tokens(("中国", "石化"), (0, 2), ("ns", "n"))
    >>> _ends_token(toks, 2), _ends_token(toks, 3), _ends_token(toks, 4)
    (True, False, True)
    """
    k = toks.index_at(offset - 1)
    return k >= 0 and toks.starts[k] + len(toks.words[k]) == offset


#: Kinds whose names, once found, are found again wherever the prose repeats them (a
#: signing list's X项目, then 。X项目总投资8.6亿元: no anchor the second time).
_REPEATED_KINDS = frozenset({"Project", "Park", "Organization", "Event"})


def _alias_mentions(text: str, mentions: Sequence[Mention], toks: Tokens | None = None
                    ) -> list[Mention]:
    """Occurrences of the short forms of the companies found so far; a form cut from the
    front of the short name (中国石 of 中国石油化工) only where it ends a jieba token, not
    inside a word (中国|石化, 精密|铸件)."""
    out = []
    seen: set[str] = set()
    companies: set[str] = set()
    for m in mentions:
        if m.label == "Person" and m.rule.startswith("person:") and m.text not in seen:
            # 白振宇当选联盟理事长: a person named again without a title (a two-character
            # name only before 是 or a speech verb: 姚嘉是…, 姚嘉说)
            seen.add(m.text)
            start = text.find(m.text)
            while start >= 0:
                end = start + len(m.text)
                if start != m.start and (len(m.text) >= 3 or _SPEECH_OR_IS.match(text, end)):
                    out.append(Mention(start, end, m.text, "Person", "alias:person"))
                start = text.find(m.text, end)
            continue
        if (m.rule.startswith("pattern:") or (m.label in _REPEATED_KINDS and len(m.text) >= 6)
                ) and m.text not in seen:
            # a project named by its shape (——A项目；) used again in the prose
            seen.add(m.text)
            start = text.find(m.text)
            while start >= 0:
                if start != m.start:
                    out.append(Mention(start, start + len(m.text), m.text, m.label,
                                       "alias:repeat"))
                start = text.find(m.text, start + len(m.text))
            continue
        if m.label != "Company" or not m.text.endswith(COMPANY_LEGAL_SUFFIXES) or \
                m.text in companies:
            continue    # a company named again finds the same short forms
        companies.add(m.text)
        out.extend(_region_short_mentions(text, m.text))
        forms = list(cached_short_forms(m.text))
        cut = {forms[0][:2], forms[0][:3], forms[0][:4]} - set(forms) if forms else set()
        for form in [*forms, *sorted(cut, key=len, reverse=True)]:
            if form in seen or len(form) < 2 or _is_common_word(form) or \
                    form in _chain_label_text():
                continue    # 北京新能源汽车股份有限公司: 新能源(汽车) stays the chain
            seen.add(form)
            start = text.find(form)
            while start >= 0:
                end = start + len(form)
                if form not in cut or toks is None or _ends_token(toks, end):
                    out.append(Mention(start, end, form, "Company", "alias:short"))
                start = text.find(form, end)
    return out


#: "A(以下简称“B”)", "A(简称B)", "A有限公司（B）": B is the short name the article uses for
#: A from here on.
DECLARED_SHORT = re.compile(
    r"[(（](?:(?:以下)?简称[为:：]?|(?<=(?:公司|集团)[(（])(?=[\u4e00-\u9fff]{2,8}[)）]))"
    r"(?P<quote>[“\"])?(?P<short>[^“”\"《》()（）\s,，。、:：]{2,12})"
    r"(?(quote)[”\"](?:平台|项目|基地|中心)?)[)）]")  # (以下简称“玻璃云链”平台): the quote names it


def _declared_short_mentions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The short name an article declares for the name right before the bracket
    (中国石油化工股份有限公司北京燕山分公司(以下简称“燕山石化”)), there and wherever it is
    used again, with the name's type and rule ``alias:简称`` (entities merge the two)."""
    ends = {m.end: m for m in mentions if m.label not in ("Region", "Person", "Industry")}
    out = []
    for match in DECLARED_SHORT.finditer(text):
        named = ends.get(match.start())
        if named is None:
            continue
        short = match.group("short")
        start = match.start("short")
        while start >= 0:
            out.append(Mention(start, start + len(short), short, named.label, "alias:简称"))
            start = text.find(short, start + len(short))
    return out


_MAX_SHORT_CORE = 6
_SPEECH_OR_IS = re.compile("是|" + _SPEECH)


@lru_cache(maxsize=8192)
def _region_prefixes(name: str) -> tuple[str, tuple[str, ...]]:
    """A company name's core and the forms of the region that opens it (天津第四机床有限
    公司 -> 第四机床, (天津,); 任丘市第一…有限公司 -> 第一…, (任丘市, 任丘))."""
    regions = region_label_index()
    for length in range(min(len(name) - 2, 8), 1, -1):
        prefix = name[:length]
        if prefix in regions:
            core = cached_short_forms(name)
            if not core or not name[length:].startswith(core[0][:1]):
                return "", ()
            forms = [prefix]
            if prefix[-1] in "省市区县" and prefix[:-1] in regions and len(prefix) > 2:
                forms.append(prefix[:-1])
            return core[0], tuple(forms)
    return "", ()


def _region_short_mentions(text: str, name: str) -> list[Mention]:
    """Short forms that keep the region and abbreviate the rest (天津四机 for 天津第四机床
    有限公司, 河北二药 for 河北第二制药有限公司, 北京汇驰 for 北京汇驰汽车有限公司): the
    region, then characters of the core in order, starting with its first (a leading 第
    may be dropped), up to a function character.

    >>> [m.text for m in _region_short_mentions("天津四机董事长说，天津方面",
    ...                                          "天津第四机床有限公司")]
    ['天津四机']
    """
    core, prefixes = _region_prefixes(name)
    if len(core) < 2:
        return []
    out = []
    for prefix in prefixes:
        start = text.find(prefix)
        while start >= 0:
            at = start + len(prefix)
            pos = 1 if core[0] == "第" and text[at:at + 1] == core[1:2] else 0
            if text[at:at + 1] != core[pos]:
                start = text.find(prefix, at)   # the core's first character must follow
                continue
            end = at
            while end < len(text) and end - at < _MAX_SHORT_CORE and \
                    "\u4e00" <= text[end] <= "\u9fff" and text[end] not in _STRONG_STOPS:
                found = core.find(text[end], pos)
                if found < 0 or (end == at and found != pos):
                    break
                pos, end = found + 1, end + 1
            if end - at >= 2 and not name.startswith(text[start:end + 1]):
                out.append(Mention(start, end, text[start:end], "Company", "alias:region"))
            start = text.find(prefix, start + len(prefix))
    return out


_PARK_SUFFIXES = tuple(k for k, v in SUFFIX_TYPES.items() if v == "Park")


#: The body that a school, institute or centre named after it belongs to (X大学Y学院).
_PARENT_BODY = re.compile(r"[^\s,，。、]{2,12}?(?:大学|百人会)(?=[^\s,，。、]{2})")


#: A site an event opens by launching it, before 暨 and the rest of the event's name
#: (甲县乙产业工业互联网平台上线仪式暨…对接会).
_LAUNCHED_SITE = re.compile(
    r"(?P<site>[^\s,，。;；、]{4,30}?(?:平台|节点|中心|基地|工厂|生产线|产线|实验室))"
    r"(?:正式)?(?:" + _LAUNCH_VERBS + r")(?:仪式)?暨")


def _inner_mentions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Names inside names that relations need: a branch's parent, a committee's park."""
    out = []
    for m in mentions:
        if m.label == "Company" and m.text.endswith(_BRANCH_SUFFIXES) and \
                not m.text.startswith(("中国", "国家")):
            # (a national group's local branch: the gold leaves the group out or optional)
            for suffix in ("有限责任公司", "股份有限公司", "有限公司", "集团", "银行"):
                cut = m.text.rfind(suffix, 0, len(m.text) - 3)
                if cut > 1:
                    end = m.start + cut + len(suffix)
                    out.append(Mention(m.start, end, text[m.start:end], "Company",
                                       "inner:parent"))
                    break
        if m.label == "Event" and not m.text.endswith(("仪式", "启动会", "启动会议", "开幕式")):
            # 2022全球数字经济大会京津冀…论坛: the event a side event belongs to (but a
            # ceremony of an event is that event: …对接活动启动仪式)
            for match in _SUFFIX_RE.finditer(m.text, 0, len(m.text) - 2):
                if SUFFIX_TYPES.get(match.group()) == "Event" and match.end() >= 4:
                    end = m.start + match.end()
                    out.append(Mention(m.start, end, text[m.start:end], "Event",
                                       "inner:event"))
                    break
        launched = _LAUNCHED_SITE.match(m.text) if m.label == "Event" else None
        if launched is not None:  # X工业互联网平台上线仪式暨…对接会: the platform launched
            end = m.start + launched.end("site")
            out.append(Mention(m.start, end, text[m.start:end], "Project", "inner:project"))
        if m.label in ("Event", "Project"):
            # 京津冀…科技生态港建设启动仪式: the park the event is about
            for cut in range(len(m.text) - 2, 3, -1):
                if m.text[:cut].endswith(_PARK_SUFFIXES) and m.text[cut:cut + 2] in (
                        "建设", "发展", "揭牌", "开园", "启动", "签约", "招商"):
                    out.append(Mention(m.start, m.start + cut, text[m.start:m.start + cut],
                                       "Park", "inner:park"))
                    break
        if m.label == "Organization":
            # 北京理工大学电动车辆国家工程研究中心: the university its centre belongs to
            parent = _PARENT_BODY.match(m.text)
            if parent is not None and len(m.text) - parent.end() >= 2:
                end = m.start + parent.end()
                out.append(Mention(m.start, end, text[m.start:end], "Organization",
                                   "inner:parent"))
        if m.label == "GovernmentBody":
            for suffix in ("管理委员会", "管委会", "招商局"):
                if m.text.endswith(suffix) and len(m.text) > len(suffix) + 2:
                    end = m.end - len(suffix)
                    park = text[m.start:end]
                    if park.endswith((*_PARK_SUFFIXES, "园")):
                        out.append(Mention(m.start, end, park, "Park", "inner:park"))
                    break
    return out


def _name_part_mentions(text: str, mentions: Sequence[Mention],
                        toks: Tokens | None = None) -> list[Mention]:
    """Regions and chains named inside longer names (曹妃甸 in 京冀曹妃甸协同发展示范区);
    a two-character region must start a jieba token (not 安新 in 长安|新能源). A name
    used again is scanned once, unless a token boundary decides what it holds."""
    labels, lengths = _gazetteer_automaton()
    token_starts: set[int] | None = None     # made when a name needs it
    out = []
    found_in: dict[str, tuple[tuple[int, int, str, str, str], ...] | None] = {}
    for m in mentions:
        if m.rule.startswith("gazetteer") or m.label in ("Person", "Region", "Industry"):
            continue
        if m.text not in found_in:
            found_in[m.text] = _cached_labels_inside(m.text, toks is not None)
        hits = found_in[m.text]
        if hits is not None:
            out.extend(Mention(m.start + i, m.start + i + n, label, kind, rule)
                       for i, n, label, kind, rule in hits)
            continue
        if token_starts is None and toks is not None:
            token_starts = set(toks.starts)
        i = m.start
        while i < m.end:
            for length in lengths.get(text[i], ()):
                label = text[i:i + length]
                if i + length <= m.end and label in labels:
                    kind, _rule = labels[label]
                    if kind == "Region" and length == 2 and token_starts is not None and \
                            i not in token_starts and i != m.start:
                        continue
                    rule = "inner:chain" if kind == "Industry" else "inner:region"
                    out.append(Mention(i, i + length, label, kind, rule))
                    i += length - 1
                    break
            i += 1
    return out


@lru_cache(maxsize=8192)
def _cached_labels_inside(name: str, tokens_known: bool
                          ) -> tuple[tuple[int, int, str, str, str], ...] | None:
    """:func:`_labels_inside` with the gazetteer, cached (names recur across articles)."""
    labels, lengths = _gazetteer_automaton()
    return _labels_inside(name, labels, lengths, frozenset() if tokens_known else None)


def _labels_inside(name: str, labels: dict, lengths: dict, token_starts: set | None
                   ) -> tuple[tuple[int, int, str, str, str], ...] | None:
    """The gazetteer labels inside ``name`` as (offset, length, label, type, rule), or
    None when a two-character region inside it depends on where jieba cut the text."""
    hits = []
    i = 0
    while i < len(name):
        for length in lengths.get(name[i], ()):
            label = name[i:i + length]
            if i + length <= len(name) and label in labels:
                kind, _rule = labels[label]
                if kind == "Region" and length == 2 and token_starts is not None and i:
                    return None
                rule = "inner:chain" if kind == "Industry" else "inner:region"
                hits.append((i, length, label, kind, rule))
                i += length - 1
                break
        i += 1
    return tuple(hits)


_MEDIA = re.compile(r"[\u4e00-\u9fff]{2,10}(?:日报|晚报|报|新闻网|网|电视台|广播电视台|新闻社|"
                    r"通讯社|杂志|客户端|新闻)")


_DATELINE = re.compile(r"(?P<agency>[\u4e00-\u9fff]{1,4}社|人民网)[\u4e00-\u9fff]{2,6}"
                       r"(?:\d{1,2}月)?\d{1,2}日电")


_PAPER_DATELINE = re.compile(r"(?P<agency>[\u4e00-\u9fff]{2,6}(?:日报|晚报|时报))讯")


def _dateline_mentions(text: str) -> list[Mention]:
    """The news agency of a dateline (新华社石家庄4月21日电) or the paper of a 讯 line
    (天津日报讯): the article's publisher.

    >>> [m.text for m in _dateline_mentions("天津日报讯（记者 王明）11月18日")]
    ['天津日报']
    """
    # every dateline holds 日电, every 讯 line 讯: most articles need no scan
    patterns = [pattern for pattern, word in ((_DATELINE, "日电"), (_PAPER_DATELINE, "讯"))
                if word in text]
    return [Mention(m.start("agency"), m.end("agency"), m.group("agency"), "Organization",
                    "publisher") for pattern in patterns for m in pattern.finditer(text)]


_CHANNEL = re.compile(r"(?P<medium>[\u4e00-\u9fff]{2,8}?(?:网|日报|报|社))[\u4e00-\u9fff]{2,4}频道")


def _publisher_name(publisher: str) -> str:
    """The medium a source line names, after a corpus label and without a channel or a
    column (评测语料(盲测集五) 人民网河北频道 → 人民网; 保定日报·年终特稿 → 保定日报).

    >>> _publisher_name("评测语料(盲测集五) 人民网河北频道"), _publisher_name("保定日报·年终特稿")
    ('人民网', '保定日报')
    """
    words = publisher.split()
    name = words[-1].split("·")[0] if words else ""
    channel = _CHANNEL.fullmatch(name)
    return channel["medium"] if channel else name


def _publisher_mentions(doc: Document) -> list[Mention]:
    """Where the text names its publisher, when the publisher is a news medium."""
    name = _publisher_name(doc.publisher or "")
    if not _MEDIA.fullmatch(name) or "政府" in name:
        return []   # (安平县人民政府网: the government's site, not a medium)
    out, start = [], doc.norm.find(name)
    while start >= 0:
        out.append(Mention(start, start + len(name), name, "Organization", "publisher"))
        start = doc.norm.find(name, start + len(name))
    return out


#: A technology joined to a name by a plus (5G+智能拉丝车间改造项目, 互联网+…平台).
_PLUS_PREFIX = re.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z][A-Za-z0-9]{0,5}|\d[A-Za-z]{1,3}"
                          r"|互联网|数字|智能|智慧)[+＋]$")


def _with_plus_prefix(text: str, mention: Mention) -> Mention:
    """``mention`` with the technology a plus joins to its front (5G+…项目), if any.

    >>> text = "签约的5G+智能拉丝车间改造项目"
    >>> _with_plus_prefix(text, Mention(6, 16, "智能拉丝车间改造项目", "Project", "x")).text
    '5G+智能拉丝车间改造项目'
    """
    if text[mention.start - 1:mention.start] not in "+＋" or mention.start == 0 or \
            mention.label not in ("Project", "Park", "Organization"):
        return mention
    prefix = _PLUS_PREFIX.search(text, max(0, mention.start - 5), mention.start)
    if prefix is None:
        return mention
    return replace(mention, start=prefix.start(), text=text[prefix.start():mention.end])


@cache
def _signed_agreement_pattern() -> re.Pattern[str]:
    chains = "|".join(sorted(chain_label_index(), key=len, reverse=True))
    return re.compile(r"(?<=签署|签订)了?(?P<name>(?:" + chains + r")(?:产业链|产业)?"
                      r"(?:协同发展|协同|战略|协作|框架|合作){1,3}(?:协议|备忘录))")


def _signed_agreements(text: str) -> list[Mention]:
    """An agreement named without 《》 and without the places that sign it, right after
    the signing verb: its chain and kind of cooperation name it (签署[氢能产业协同发展合作
    备忘录]; not 签署战略合作协议 or 供货协议), rule ``agreement:签署``.

    >>> [m.text for m in _signed_agreements("两地签署氢能产业合作框架协议和战略合作协议")]
    ['氢能产业合作框架协议']
    """
    if "签" not in text:
        return []
    return [Mention(m.start("name"), m.end("name"), m.group("name"), "Policy",
                    "agreement:签署") for m in _signed_agreement_pattern().finditer(text)]


#: The first of a kind (首个, 首座, 首家, 首条) opening a project's name: how the text ranks
#: it, not its name.
#: What opens a site's description, not its name: 首个/首座…, a measure word (一处, 一间),
#: the signing it came from (签约的, 与A签订的, 签约实施).
_DESCRIPTION_OPENING = re.compile(r"首[个座家条]|[一两][处片间位座条套个家]"
                                  r"|(?:与[^,，。;；的]{2,24}?)?(?:签约|签订|签署)(?:实施)?的?")
_SITE_LABELS = frozenset({"Project", "Park", "Organization"})


def _without_description_opening(text: str, mention: Mention) -> Mention | None:
    """``mention`` without a leading 首个/首座…, measure word or signing (建成的首座[油氢
    合建站], 一处[中药提取基地], 签约的[X项目]); none where what is left is a bare kind
    (首个生产基地, 一间实验室).

    >>> strip = _without_description_opening
    >>> m = strip("县城建成的首座油氢合建站", Mention(5, 12, "首座油氢合建站", "Project", "x"))
    >>> m.text, m.start
    ('油氢合建站', 7)
    >>> strip("其在京外的首个生产基地", Mention(5, 11, "", "Project", "x"))
    >>> strip("与甲县签订的乙丙生产项目", Mention(0, 12, "", "Project", "x")).start
    6
    """
    opening = _DESCRIPTION_OPENING.match(text, mention.start, mention.end) \
        if mention.label in _SITE_LABELS else None
    if opening is None or opening.end() == mention.start:
        return mention
    start = opening.end()
    if mention.end - start < 5:
        return None
    return replace(mention, start=start, text=text[start:mention.end])


#: What follows 控股 used as a verb (A控股60%, 是A控股的子公司, 由A控股。).
_CONTROLS = re.compile(r"[的,，。;；、]|\d|子公司")


def _without_controlling_verb(text: str, mention: Mention) -> Mention | None:
    """``mention`` without a 控股 that is the verb after the company's name (燕清能源控股的
    子公司: 燕清能源 controls it), not a group's name (国药控股); none where no name is left.

    >>> m = _without_controlling_verb("是甲乙能源控股的子公司", Mention(1, 7, "甲乙能源控股",
    ...                               "Company", "suffix:控股"))
    >>> m.text, m.end
    ('甲乙能源', 5)
    """
    if mention.rule != "suffix:控股" or not _CONTROLS.match(text, mention.end):
        return mention
    if len(mention.text) < 4:
        return None
    return replace(mention, end=mention.end - 2, text=mention.text[:-2])


def _described_first(text: str, mention: Mention) -> bool:
    """Whether a project after 首个/首座, 一处… is what the text says something is (这是顺平
    引进的首个[机器人整机项目]): a description, not a name.

    >>> _described_first("这是甲县引进的首个机器人整机项目", Mention(9, 16, "", "Project", "x"))
    True
    """
    return mention.label == "Project" and mention.start >= 2 and \
        _DESCRIPTION_OPENING.fullmatch(text, mention.start - 2, mention.start) is not None and \
        _IS_A.search(text, max(0, mention.start - 16), mention.start - 2) is not None


def _without_unowned_place_bases(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a base named only by its place (研发中心留在北京，[雄县基地]承担
    总装: where a firm makes things, said in passing), unless an owner names it once
    (A有限公司的[藁城基地]) or it is the base a sentence before builds in that place
    (在任丘…建设[精密电主轴生产基地项目]…任丘基地投产后: the entities merge the two).

    >>> text = "研发留在北京，雄县基地承担总装。"
    >>> [m.text for m in _without_unowned_place_bases(text, [Mention(7, 11, "雄县基地",
    ...                                                            "Project", "x")])]
    []
    """
    regions = region_label_index()
    bases = {m.text for m in mentions if m.label == "Project" and m.text.endswith("基地")
             and m.text[:-2] in regions}
    if not bases:
        return mentions
    kept = {m.text for m in mentions if m.text in bases and text[m.start - 1:m.start] == "的"}
    for base in bases - kept:
        first = min(m.start for m in mentions if m.text == base)
        if any(m.label == "Project" and m.start < first and m.text not in bases and
               m.text.removesuffix("项目").endswith("基地") and
               base[:-2] in text[_sentence_start(text, m.start):m.start] for m in mentions):
            kept.add(base)
    return [m for m in mentions if m.text not in bases or m.text in kept]


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` opens: after the last 。!?！？ or line break.

    >>> _sentence_start("甲。乙丙", 3)
    2
    """
    return max(text.rfind(end, 0, at) for end in "。!?！？\n") + 1


#: 工程师周一来、周五回: days of the week, not a person named 周.
_WEEKDAY_TRIP = re.compile(r"周[一二三四五六日][来去回到走](?:、|，|,)?周")
_ASPIRED = re.compile(r"(?:建成|打造|成为|建设成)为?成?[^，。；;,]{0,24}$")


def _aspired_base(text: str, mention: Mention) -> bool:
    """Whether a 基地 is what a place aims to become, not a named base (力争…建成[京津冀
    机器人产业配套基地]; 打造成京津冀新能源汽车产业链的[重要配套基地]; but 打造[大兴生物医药
    产业基地] names one).

    >>> _aspired_base("建成京津冀机器人产业配套基地", Mention(2, 14, "", "Project", "x"))
    True
    """
    if mention.label != "Project" or not text.endswith("基地", 0, mention.end):
        return False
    aim = _ASPIRED.search(text, max(0, mention.start - 26), mention.end)
    return aim is not None and aim.start() <= mention.start and (
        "京津冀" in aim.group() or "的" in aim.group())


def find_mentions(doc: Document, sentences: Sequence[Sentence] | None = None,
                  tokens: Tokens | None = None) -> list[Mention]:
    """Every mention of ``doc`` (on ``doc.norm``): non-overlapping ones, then inner ones."""
    text = doc.norm
    toks = tokens or tokenize(text)
    gazetteer = _gazetteer_mentions(text, toks)
    gazetteer = _with_zones(text, gazetteer)
    gazetteer += _town_mentions(text, gazetteer)
    candidates = [
        *gazetteer,
        *_publisher_mentions(doc),
        *_partner_mentions(text, gazetteer),
        *_short_region_mentions(text, toks),
        *_subpark_mentions(text, toks),
        *_pattern_projects(text),
        *_built_mentions(text),
        *_platform_mentions(text),
        *_quoted_product_mentions(text),
        *_cobuilt_school_mentions(text),
        *_abbreviation_mentions(text),
        *_dateline_mentions(text),
        *_signed_agreements(text),
        *_suffix_mentions(text, toks),
        *_book_mentions(text),
        *_issued_scheme_mentions(text),
        *_person_mentions(text, toks),
        *_untitled_person_mentions(text),
        *_enumeration_mentions(text, toks),
    ]
    candidates.extend(_joined_events(text, candidates))
    candidates = [_without_description_opening(text, m) for m in candidates]
    candidates = [_without_controlling_verb(text, m) for m in candidates if m is not None]
    candidates = [m for m in candidates if m is not None and not _aspired_base(text, m)
                  and not (m.label == "Person" and _WEEKDAY_TRIP.match(text, m.start))]
    first = filter_spans(candidates)
    candidates.extend(_alias_mentions(text, first, toks))
    candidates.extend(_declared_short_mentions(text, first))
    kept = [_with_plus_prefix(text, m) for m in filter_spans(candidates)
            if not _described_first(text, m)]
    kept = _without_unowned_place_bases(text, kept)
    found = kept + _inner_mentions(text, kept) + _name_part_mentions(text, kept, toks)
    found += _shared_district_mentions(text, toks, kept)
    original = doc.text
    return [m if original[m.start:m.end] == m.text else replace(m, text=original[m.start:m.end])
            for m in found]
