"""Numeric facts: attach each quantity a sentence states to the entity it is about.

A number belongs to the topic of its clause, not to the nearest name: the clause's
subject, the project, event or policy the clause is about, or what an anaphor points
back to. For every quantity (:func:`chainkg.quantities.find_quantities`) in a sentence,
the subject is chosen by the first rule that yields one (the rule name goes into
``Fact.rule``):

``fact:head``      the number modifies the entity right after it: 总投资10亿元的[百洋医药集团]
``fact:respective`` A、B、C分别签约项目7个、4个、3个: each number is the party's in its
                   position, where there are as many numbers of that unit as parties (a
                   place glued to the one before it is the member: 晋州市[槐树镇])
``fact:signing``   a signing's count, totals and attendance (签约项目8个、总投资48亿元; 随后,
                   18个项目集中签约,总投资62.5亿元; 150余家企业参会) where no one else opens
                   the clause (the host place yields to an event in the sentence): the event
                   named last in the sentence or the paragraph (or after the number:
                   18个项目在[对接会]上签约), not an agreement or policy named after it; with
                   no event named, never a policy; the signers of an agreement in a clause
                   before do not own the count (A与B签署《协议》,9个项目现场签约,总投资…)
``fact:members``   a count of members (首批成员单位56家) is the last alliance, association
                   or consortium named before it in the sentence, even at an event
``fact:policy``    a sentence opened by a policy's outcomes or terms (措施出台半年多来,
                   方案实施以来, 《办法》施行后, 按照协议, 协议明确/约定): the policy named
                   there, else the last one whose name ends in that noun (协议 → …合作协议),
                   else the last policy; for
                   every figure before a company, organisation, project or park is named (a
                   place opening the clause does not stop it: 方案实施以来,[宁晋县]累计促成…57个);
                   a bare 按照规划 names no policy; and what 双方/两地 will do after an agreement
                   signed in the sentence or the one before (签署《X协议》,双方将每年…20项: X)
``fact:policy``    a target after a policy and 提出/明确/目标/到2027年: 《方案》提出…突破150亿元;
                   a cap or a rate of support (单个项目最高1000万元, 上限为500万元,
                   按设备投资额的15%给予补贴, 按每公斤10元给予补贴): the policy of the
                   paragraph, else
                   the one named most (its outcomes, 《措施》实施以来…享受政策企业95家 and
                   协议约定…20项, are the policy's as the clause's topic; so are the firms
                   counted before 享受该政策: 全省已有130余家企业享受该政策)
``fact:company``   a registered capital (注册资本) is the last company's before it
``fact:within``    a clause opened by 其中 breaks down the previous fact: 其中北京企业36家
                   (but 其中[某园区]已落地… opens that park's own figures, and
                   其中[固安县]120家 the county's; not so 其中北京企业36家, nor 其中北京13家
                   after a whole 北京 is not part of: there 北京 is where they come from;
                   其中固安县20个、[香河县]15个: each county listed keeps its own);
                   a park of a list
                   named again after 其中 takes the figures even where its name was split
``fact:project``   an investment in a project site being built, and the figures after it:
                   A投资5.6亿元建设[B基地],占地约90亩 (B, not A; also a park being built,
                   A投资15亿元建设[B产业园], and A投资4.5亿元建设的[B生产线]); not money
                   granted (安排资金3亿元支持建设B), a change (A此前已建设B,年产能由500台提升
                   至1500台: A's) or what 双方 plan after A与B共建C (the first party's) or do
                   together (双方共建[B平台],每年联合举办活动4场: not B); build verbs include
                   新上/上马 (投资1.2亿元新上[B生产线]); a total investment opening the clause
                   after a project site that closes its own is the site's (A引进了[B项目],
                   总投资9.6亿元); a site said to be built by others ([这座加氢站]由A与B共同投资
                   3200万元建设, A投资1.2亿元,新建了一座[B车间], A投资2.8亿元建设该[平台]),
                   but what only a company has (销售收入, 员工, 市场份额) stays the company's;
                   land a park sets aside (将在[开发区]预留300亩土地: not 购地) is the park's,
                   but land given to build a named site is the site's (拿出1200亩土地,建设[B
                   产业园]; 划出约500亩土地建设[B]); a fleet (…物流车队) is a site too; a
                   sentence opened by 由 continues the project the sentence before it ends
                   with (一、[B项目]。由A投资建设,总投资…: B), and who runs a site after
                   项目将由(其子公司) is not its topic
``fact:clause``    the nearest candidate before the number in its clause (the first party
                   where that is the partner of A与[B]签订了年供500吨…的合同, also A则与[B],
                   A正与[B]…, A,已与[B]签订…)
``fact:subject``   where that candidate, or the one ``fact:sentence`` finds, is only a place inside
                   a clause (已在[霸州]各厂区部署…260台) or the partner after a clause-initial 与
                   (,与[B]合作三年来,累计供货…; also after an opening word: ,近年来与[B]签订…):
                   the last company, organisation or project
                   before the number in subject position, opening its clause or heading a
                   relative clause that does (研发它的[A公司]…, 总部位于B区的[A公司]…);
                   after a partner, else a place anaphor opening the sentence (近年来我县…,
                   与[B开发区]签订协议,先后引进项目27个: 我县). Nor is a firm after 对/向 that
                   is invested in (基金已对[B]完成首轮投资8000万元: the fund's), a place
                   counting its projects or firms (北京项目9个、天津项目3个), or 本地/当地
                   before a firm's own staff or purchases (本地运营团队45人) a subject
``fact:topic``     a sentence opened by 会上/现场…: the event's figures (signing totals, the
                   count of A、B等12家企业与C签约 — not the partner C), unless an actor opens
                   a later clause (会上,[联合体]同步成立,首批成员单位36家: the alliance's)
``fact:clause``    else the first candidate after the number in its clause (for A、B等3家
                   央企在[雄安新区]入驻 also a place after a preposition; A、B等32家企业发起
                   成立[联盟]: the founders counted are the alliance's, before any 会上 topic,
                   also in a relative clause: 由两地17家企业和高校共同发起的[联盟])
``fact:parties``   a clause opened by 双方: the first party of the agreement
``fact:speaker``   a quotation introduced by its speaker (X公司总经理Y说:“…降低了20%。”) with
                   no actor quoted before the number, or 我们 in the number's clause: the
                   speaker's organisation (none where the words are about a line or site,
                   “这条线路全长6.8公里”, 项目一期年产…, or a price, 每吨能卖到1.2万元,
                   nor where a site's bare head opens the words: …主任B介绍,项目总投资1.3亿元;
                   目前平台已接入…, 车间去年完成…: the site's, once found as a head anaphor)
``fact:sentence``  the nearest candidate earlier in the sentence, else the first later on;
                   an object closing its clause yields to the last candidate opening one, the
                   topic the subjectless clause continues (A还在北辰区设立[B],在京津两地部署
                   工程师60名: A), but what a founding verb founded goes on
                   (A成立了[B中心],一年来,算法迭代12次: B; also 投资设立了[B]), and a line or
                   workshop heading its clause after its owner or builder (A的[中试线]今年投产,
                   A在开发区新建的[中试线]…) is its topic; not the
                   owner of a complement (A已成为[B]的供应商,年供货额…: A) nor who runs a
                   site (共建[B基地],由[A]负责运营,首期建设…120座: B); a place in a
                   clause-initial locative (,在津南配套企业27家; 我们在津南部署…) is no
                   fallback: the previous subject carries on
``fact:speaker``   reported speech with no candidate before the number (A公司总经理B说,…
                   到天津再测,测试周期可缩短约40天): A; for a government body, the place it
                   governs, named in the sentence (武清区商务局…说,…新增车辆200辆) or by the
                   body's name (县工业和信息化局局长A介绍: the last county; also for a body
                   the quotation is attributed to), never the body itself
``fact:site``      reported speech where a project opens the number's clauses by its
                   completion (A总经理B说,…,雄县[产线]投产后,预计年产…15万台): the project
``fact:speaker``   a quotation with no candidate: the organisation of the speaker named after it
                   (A联合B开设… and A与B…: A, the first party, is the agent)
``fact:trainer``   people a class or an internship base set up in the sentence takes in
                   (A与B合作开设[订单班],首批招收学员86名): the first organisation named before
                   it, A, whoever the rules above chose
``fact:carry``     the subject of the previous fact in the paragraph (but not when the
                   number is about an unnamed unit that others built: A与B共建的实验室…9项)
``fact:paragraph`` else the last company, project or organisation named in the paragraph:
                   A新建的车间里…。车间投用后,生产效率提高35%

A candidate is an entity mention, or an anaphor resolved to an entity (我省/全省 → the
province, 全市/我市 → the last city, county-level cities such as 辛集市 included, 全区/我区
→ the last district, 全县/该县/我县 → the last county (and 市里/区里/县里 opening a clause),
新区 opening a clause → the last 新区 named (not the bureau a figure is quoted from), 三地 →
京津冀, 园区/区内 → the last park
(园区北侧的[B]…。园区共接待…: not B, a park inside the one the paragraph is about, nor a
park it builds: 园区规划建设了…的[B]。…园区已接待…, nor a part named after 其中: A开发区…,
其中[B片区]约6000亩。园区… → A),
公司/这家/该子公司 → the last company (the one opening a clause of its sentence, not an
object: A是本土企业,引入[B]的投资。公司… → A; nor the partner of a 公司 before it:
A…。2020年,公司与[B]组建…。公司… → A; after a speech verb the last one), 其 at a clause
start → the last actor (but the subject where that actor follows 是: A是[B]在京的企业,其… →
A), 该项目 → the last project or park being built, 学校/该校 → the last
university, 这一机制/《方案》 → the last policy, the head after a demonstrative and a
relative clause (这个由A控股的[项目], 这家由北京团队创办的[企业], 这座…的[中试平台]) → the
last of its kind, 园区 after a park's committee → that park;
at a clause start 会上/现场/本次大会 (also 会议现场, 供需对接环节, 签约仪式上) → the last event
and, after a speech verb, 企业/集团 → the last company; at a sentence start 集团/公司 → the
last company (集团: the last one with
集团 in its name; after 这家公司是[B]的子公司 the topic before, not B), 企业 → the last
company named in the paragraph (at a later clause start, in the sentence: A总经理B算了一笔账:
…,企业设备综合效率…) and 当天 → the last event; 建成后 and 项目将/由… → a project site
named earlier in the sentence; and a clause-initial bare head such as 产业学院, 联合体,
示范区 or 开发区, or a site's end for a project named with 项目 (测试场 for …封闭测试场项目)
(also after 此次/本次/这次: 此次[升级项目]将新建…, and
after 这个/这一/该 and a rank: 这个省级[开发区], after a place opening the clause: 邯郸[节点]
建成后, 遵化的[二级节点]建成后, after 力争: 力争明年[平台]接入企业突破500家, or after
参加/出席/参与: 120余家企业参加[对接会]; after 落地/入驻/落户 a short name of four characters
or more only: 4个项目同步落地[协作基地], not 落地项目) → the last entity
whose name ends so, also one named inside another name: 开发区 after
邯郸经济技术开发区管委会 (高新区 and 经开区 for a zone named …高新技术产业开发区 or
…经济技术开发区); and a site's short name, the last 5 to 12 characters of its name
with or without 项目 (its whole name too, said again where no mention was found), also
after 的: 热管理系统生产线项目, 储氢瓶生产线 → 年产3万只车载储氢瓶生产线项目;
建成后/投产后 before a head opens the clause: 建成后公司… →
the company). 全市 in a paragraph that names no city is the city the article names most, and
全市/全区 after a bureau of that place (廊坊市工业和信息化局) that place, not a place taken as
the model (沧州将以[黄骅]为龙头,…全市: 沧州); members of an
enumeration (与北京、上海等地相比) and places a subject is said to be (A是[B]所在地) are no
referent. Not candidates: people and industries, members of an enumeration (A、B等10家),
places after a preposition or a verb of attraction (在北京召开, 距离北京, 由A投资建设,
来自京津冀, 引进北京企业, 更多北京氢能企业, 在园区加工 before the number), modifiers of a
later mention (天津港保税区集中布局的[产业园], 京津冀三地, 三地成员单位, 北京市级以上平台),
the beneficiary of a supply (将为[B项目]提供20台), the whole a share is taken of
(约占全省总量的9%), a place that describes the topic after 是
(这家企业是天津市专精特新企业), the builders of a jointly built unit (A与B共建的研究中心),
names inside a relative clause (是三地共同编制的6条…) and words glued to the number
(北京6个区, 园区内38家企业, 华北地区约70%的订单); places that qualify what is counted or a
noun (京津冀地区的4家整车企业, 京津冀机器人整机企业46家, 新增天津客户23家, 安国本地药材,
通州的中试车间投产后…, but a site opening its clause owns what follows its 的:
[智能制造基地]的6条生产线); 本地/当地 inside a clause when another candidate is there
(A…,关键部件本地配套率52%), and 本地配套率 even opening one (A的配套企业60家,本地配套率
70%: A's); a company's short name as a bare head (康泽中药 for 中药材…);
协议 in 协议投资额; the source of a statistic (据[A局]统计,…合同额近1.8亿元); a place glued
to a count (与[沙河]近百家玻璃企业对接: it owns no other number) or heading the name of
what is built (共建[京津冀]生物医药产业协同创新走廊,…引进项目32个: the topic before).

Also (round 10): a park that a park plans goes on as the topic (开发区规划建设了[B产业园],
规划面积3.2平方公里: B); 园区 after a sub-park named inside a zone's name is the sub-park,
not the zone (承德高新区[生物医药产业园]是…载体。园区规划面积…); the partner of a subject
after 近年来/一直 and 与 owns none of its figures (A近年来与[B]合作…,销售收入增至15.3亿元:
A); a site after a demonstrative opens its clause (这条[装配线]投资3.8亿元,设计年产能40万台);
builders stay builders where one declares a short name on the way
(该平台由A(以下简称“[A]”)与C共同投资建设,一期投资6800万元: the platform).

Also (round 11): what a body set up goes on as the topic (A在丰南设立了[B中心],可开展12类
检测; not what partners set up together, 与A合作设立B, nor where A then acts elsewhere,
A在衡水设立B,在京津两地部署…: A's); 此次/本次 before 签约 and 这次 before a meeting word
are the last event (此次共签约项目10个); 集团/公司 after a year opening the sentence
(2024年,集团汽车销量21.6万辆); 我们 in a quotation the speaker of the next sentence owns
(“我们每年在北京的采购额超过40亿元。”[A集团]副总裁B说); an actor opening a later clause of a
breakdown owns its share (其中A出资7000万元,[B]出资5000万元); a colon inside brackets does
not start the sentence afresh (A(证券代码:836215),营业收入9.3亿元); 本地/当地 after 的
qualifies the rate of the name before (A的本地采购比例由15%提高到42%: A's); and what a park's
committee reports is the park's (生态城管委会副主任A介绍,…延伸至500公里).

Also (round 12): 全县/全市… before the firms or the industry it counts is still the whole
place (力争到2027年全县氢能产业链企业达到30家); what 双方 do after setting up a unit together
is the unit's (A与B共建[联合实验室],双方首批攻关品种35个; after an agreement still the first
party's); money invested goes to the site built a clause or two later (A将投资1.2亿元,在园区
租用厂房…,建设[B项目]), also where partners invest together (A与B共同投资1.2亿元,建设[B平台]).

Also (round 16): 园区 after a zone named only inside the name of the committee that runs
the park in focus is still that park (A产业园…,由[B开发区]管理委员会负责建设运营。园区…: A);
a numbered phase's figures are the phase's (一期, 一期工程 opening a clause or after 的 → the
last …一期项目); a company's bare head must end like a company (not 汽车 for 北京汽车); what a
founding verb set up goes on also as a class a school runs (开设了[B订单班],首期招收学员45人);
works started together at a ceremony are counted like a signing (本次集中开工项目共6个: the
ceremony's).

Also (round 20, learnt from blind-23 … -26 at once): a region opening an attendance clause
after the event (在…对接会上,[A县]组织11家企业参会) sent the firms; a place or a single actor
opening the clause after an event opener is the subject (大会期间,[A县]组织…洽谈12家; 对接会
上,[A学院]与B签订…); 公司 opening a sentence before 由 or an officer's title (公司由…合资成立;
公司总经理B告诉记者,…跟[C]一起…) is the topic before, not a partner; 全镇/该镇 → the last
town; the intake of a class is its organiser's (round 16 gave it the class: six sets of
writers agree, twelve do not).

Not facts: years and dates, ordinals (第一家), numbers inside a name (百公里汽车产业带,
建设年产50万套汽车密封件项目), rhetorical small counts in Chinese numerals (三个率先, 一款,
提高一倍 but not 近一倍, 最后一公里),
time spans (近三年来, 近五年, 两个小时, 从签约到开工不到6个月, 用3年时间打造), ranges (3至5家,
利润率3%到5%: both ends), ranks (前10名), bare 百/千/万 without a qualifier (千家万户),
distances, radii and roads driven (向西南行驶约230公里, but 行驶里程 is a measure;
距离北京约280公里, 配套半径50公里, 30公里范围内, 这里到高速出口只有6公里),
counts referred back to (这16家企业), the years someone has worked (干了快30年),
decades (上世纪80年代), how often something is done (每季度组织1次),
rates for any one unit (一个挡车工盯8台机器, 一家企业每年只需投入2万元, 一亩地, 一公斤氢;
but 一条由18台机器人组成的生产线 counts), places beyond a distance (运往百余公里外),
a class of machine (49吨级重卡), a streak (连续3年居全省前列), thresholds and entry conditions
(年纳税额500万元以上的企业, 不低于300万元的入园门槛, 须达到每亩400万元以上), floors and
ceilings set for others (投资强度不低于每亩200万元), classes of firms over an amount
(营业收入超10亿元的企业5家: the 5 is a fact), terms (有效期3年, 5年供货协议), the whole of a
breakdown stated before (11个项目中有8个; but 首批入驻的18家企业中 counts where 18 is new),
and a headline figure the body repeats (whoever
the body gives it to). A policy's cap on its support (最高500万元) and its rates (按设备投资额的
15%给予补贴) are facts, as in the gold of every training set.
"""

from __future__ import annotations

import bisect
import collections
import functools
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from chainkg import attach
from chainkg.attach import Ranker
from chainkg.dates import DateMention, find_dates
from chainkg.model import Document, Entity, Fact, Sentence
from chainkg.ontology import region_by_iri, region_index
from chainkg.quantities import COUNT_UNITS, Quantity, fact_unit, find_quantities
from chainkg.sentences import CLAUSE_BREAK, CLAUSE_BREAKS, clause_bounds

__all__ = ["extract_facts"]

# Clauses and sentences (norm has half-width , ; : ! ? ( ), the original may not).
_CLAUSE_OPENERS = re.compile(
    r"(?:(?:今年|去年|近年)以来|近年来|(?:建成|投产|达产)后|如今|目前|同时|此外|当前|现在|今年|去年"
    r"|20\d\d年(?:\d{1,2}月)?(?:以来|起)?"
    r"|预计|仅|而|则|也|并|下一步|今后|明年"
    r"|[,◎●·]|\s)*")
_POINTING = re.compile(r"(?:这|该|此)[条座个家支处项所]?$")  # a demonstrative before a subject
_NOT_HEADS = frozenset({"计划", "规划"})  # clause-initial, these are verbs: 计划每年培养…
_CONTRACT_NOUNS = ("投资", "总投资", "金额", "总额", "额")  # 协议投资额: no agreement's figure
_INSIDE_PARK = re.compile(r"(?:园区|开发区|高新区|经开区)[^,;:。!?的]{0,4}的$")  # 园区内的[B]
_SPEECH = re.compile(r"说|介绍|表示|称|指出|坦言|透露|告诉记者")
#: A speech verb right before a clause (…介绍,企业…; …告诉记者,企业…).
_SPEECH_BEFORE = re.compile(rf"(?:{_SPEECH.pattern})[,，:：]?$")  # a speech verb just before
#: The same with a time opening between (…说,2025年企业…出货量由610套增至1480套).
_SPEECH_THEN_TIME = re.compile(rf"(?:{_SPEECH.pattern})[,，:：]?(?:\d{{4}}年|今年|去年|目前)"
                               r"(?:上半年|前三季度)?[,，]?$")
_REPORTED = re.compile(  # reported speech: A总经理B说,…; A副总经理B告诉记者,…
    r"(?:说|介绍|表示|指出|坦言|透露|告诉记者)[,，:：]")

# Who cannot be a subject, and the words that make a mention something other than one.
_NOT_SUBJECT_TYPES = {"Person", "Industry"}
_NOT_AGENT_TYPES = frozenset({*_NOT_SUBJECT_TYPES, "Region"})  # no organisation to act or speak
_LIST_BEFORE = ("、", "和", "及", "以及")
_LIST_AFTER = ("、", "等", "和", "及", "以及", "与")
#: The number of an item opening its line or sentence (六、[B项目],投资3.2亿元): its 、 lists
#: nothing, the name after it is the item's subject.
_ITEM_NUMBER = re.compile(r"(?:^|(?<=[\s\u3000。;；:：]))[一二三四五六七八九十\d]{1,3}、$")
_PARTNER = re.compile(r"[,，]?(?:今年|去年|近日|日前|此前|当天|当场|现场|随后|同日"
                      r"|近年来|近年|多年来|长期以来)?"
                      r"则?(?:还|也|又|将|已|已经|正在|正|正式|一直|先后|长期)?"
                      r"(?:[与同]|联合|携手|会同)")  # A(今年)还与[B]签约, A则与[B], A,已与[B]
_CUT_NAME_IN_LIST = re.compile(r"(?:股份|控股|集团)?有限(?:责任)?公司、|集团、")  # 中化控股[…]、
_PREPOSITIONS = ("坐落在", "来自", "位于", "距离", "距", "由", "依托", "围绕", "借助",
                 "凭借", "通过", "在", "于", "到", "至", "从", "自", "向", "往", "赴", "比", "来",
                 "落户", "入驻", "进驻", "迁入", "以", "经过", "接入", "给",
                 "常驻", "派驻", "驻", "销往", "运往", "发往", "输往", "供应", "作为", "地处",
                 "选址", "直达", "通往", "开往")
# (入驻园区三年来, 以园区为主阵地; 经过B改造后, 接入B平台, 给B配套: who is served;
# 常驻天津, 销往京津, 供应京津冀地区的氢气, 选址[园区], 直达北京: where, not who;
# A作为B成员城市,…: what A is)
_BOUGHT_FROM = re.compile(r"(?:采购|订购|购买|选购)了?$")  # 采购了[B]32台: the seller
_PLACE_SITE = re.compile(r"工厂|总部|厂区|分公司")  # A秦皇岛工厂: A's site, named by its place
_COUNT_OF_SOME = re.compile(r"(?:多|数|几)家")  # 北京多家整车企业: the place qualifies a count
# Verbs whose object names where the counted things come from: 引进北京企业400家.
_SETTLED_INTO = ("入驻", "进驻", "落户", "迁入", "以")  # 入驻园区, 以园区为…: the place
_ATTRACTING = ("引进", "引入", "承接", "吸引", "招引", "落地")
_OWNED_NOUNS = ("企业", "药企", "车企", "公司", "高校", "院所", "项目", "籍")  # 北京企业
#: A route from a place (临西到津南的车程): the place is no subject.
_ROUTE_AFTER = re.compile(r"(?:到|至|距|离)[\u4e00-\u9fff]{1,8}?(?:的)?(?:车程|距离|路程|里程)")
#: A firm's site a place names (平谷厂区, 西青的老厂房): the firm's figures.
_OWN_SITE_AFTER = re.compile(r"的?(?:老)?(?:厂区|厂房|生产基地|老厂房|车间)")
#: A firm's unit a place names (天津子公司, 北京的研发团队): the firm's figures (but a site a
#: place names, 肃宁工厂, is a site left unnamed: see :func:`_unlocated_place`).
_FIRM_UNIT_AFTER = re.compile(r"的?(?:子公司|分公司|研发团队|团队|总部)")
_JOINT_BUILT = r"(?:共建|共同建设|联合建设|合作建设|联合组建|共同组建)的"
_RELATIVE_AGENT = re.compile(rf"[^,;:。!?“”()]{{0,16}}?{_JOINT_BUILT}")  # A与B共建的…
_RELATIVE_HEAD = re.compile(_JOINT_BUILT)
_TOPIC_TYPES = frozenset({"Company", "Project", "Organization"})
_ACTOR_TYPES = frozenset({"Company", "Organization", "GovernmentBody", "Park", "Project"})
_FIRMS_AFTER = re.compile(  # 整机企业, 新增天津客户23家: the place qualifies who is counted
    r"[\u4e00-\u9fff]{0,4}?(?:企业|单位|机构|药企|车企|客户|用户|会员|成员|供应商)")
_PLACE_COUNT = re.compile(r"(?:企业|项目|药企|车企|高校)(?:有|为|达)?\d")  # 北京项目9个
_PRONOUN_BEFORE = re.compile(r"(?:我们|我|咱们|他们)(?:还|也|已|已经|将|都)?在$")  # 我们在津南部署…
_OF_NOUN = re.compile(r"的[\u4e00-\u9fff]")  # 通州的中试车间
#: What 本地/当地 qualifies at a clause start, a firm's own (本地运营团队45人, 当地员工占比75%).
_LOCAL_NOUNS = ("配套", "员工", "运营团队", "团队", "采购", "人员", "企业", "农户")
_LOCAL = ("本地", "当地")  # 本地配套率, 当地药材: a modifier unless it opens the clause
# A place before a class of firms or projects (河北省重点项目, 天津市专精特新中小企业), and
# the verbs whose object benefits from what is counted (带动廊坊新增就业2000人).
_CLASS_OF = re.compile(r"(?:重点|重大|省级|市级|县级|首批|专精特新|“?小巨人”?|龙头|骨干|高新技术"
                       r"|科技型|中小|规上|规模以上)+(?:企业|项目|工程)")
_BENEFITING = ("带动", "助力", "帮助", "为")
_FIRST_OF = re.compile(r"(?:省|市|县|区)?(?:内|域)?"
                       r"(?:首个|首家|首座|首条|第一个|第一家|唯一的?|最大的)")
_NOT_BENEFICIARY = ("成为", "作为", "认定为", "评为", "列为", "称为")
_SUPPLYING = re.compile(r"[^,;:。!?]{0,12}?(?:提供|供应|供货|配套)")
# What follows a place that opens its own breakdown: 其中固安县120家, 其中,固安县完成400亿元
# (but not 其中北京企业36家, 其中京津冀地区订单占40%: there the place qualifies a noun).
_REGION_PREDICATE = re.compile(r"[,，]?(?:已|共|累计|全年)?(?:完成|实现|达到|达|有|拥有|新增"
                               r"|集聚|聚集|落地|引进|签约|增长|占)|\d|[一二两三四五六七八九十百千]")
_COUNTED_HEADS = ("项目", "企业", "平台", "基地", "园区", "产品")  # 示范项目达到50个
_COUNTING_VERBS = re.compile(r"(?:已|将|共|累计|计划)?(?:达到|达|有|为|增至|超过|超|近|约)?[:：]?")
_LEGAL_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|集团|公司)$")
_MUNICIPALITIES = ("11", "12", "31", "50")  # adcode prefixes of 北京, 天津, 上海, 重庆

# Numbers that are no facts.
_SMALL_COUNT_UNITS = COUNT_UNITS | {"年", "天", "个月", "倍", "公里", "米"}  # 三个率先, 一款
_CHINESE_DIGITS = frozenset("零〇一二两三四五六七八九")
_CHINESE_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百]+")
_DURATION_UNITS = ("年", "个月", "天")
_SPAN_ENDS = ("来", "内", "以来", "以内", "后", "前", "中", "里", "间",  # 近三年来, 5年内
              "期")  # 合作期: a term, not a measure
_CLASSIFIER = "[" + "".join(sorted(u for u in COUNT_UNITS if len(u) == 1)) + "]"
_QUANTITY_START = re.compile(
    rf"[\d零〇一二两三四五六七八九十百千]+(?:\.\d+)?[万亿]?[余多]?{_CLASSIFIER}")
_REGION_COUNTED = re.compile(rf"(?:地区)?的?{_QUANTITY_START.pattern}")  # 京津冀地区的4家企业
_QUANTITY_END = re.compile(rf"\d[万亿]?{_CLASSIFIER}$")
_SOURCE_VERB = re.compile(r"(?:的)?(?:统计|测算|监测|调查|数据|显示|初步统计)")
_WHERE_VERB = re.compile(r"(?:落地|落户|入驻|投产|注册|设立|举办|召开|举行)")
_VERB_BEFORE = re.compile(r"(?:建|共建|打造|建设|推动|发展|引进|布局|形成|服务)$")  # 共建[京津冀]…
_COUNT_AFTER = re.compile(rf"(?:近|约|超|逾)?{_QUANTITY_START.pattern}")  # 沙河近百家玻璃企业

# Numbers that are no measure of anything: distances, thresholds and entry conditions.
_DISTANCE_UNITS = ("公里", "米")
# 距离北京约280公里, 配套半径在50公里以内, 向西南行驶约230公里 (not 行驶里程: a measure)
_DISTANCE_WORDS = re.compile(r"距|半径|离|周边|周围|(?:行驶|驱车|车程|要跑|能跑|可跑)(?!里程)"
                             r"|往返|来回|以[东西南北]|方向|跨过|跨越|之间|边界|[南北]下|[南北东西]行"
                             r"|相距|续驶")  # (往返约260公里, 县城以东约15公里, 跨过三百多公里)
#: What says a distance reaches a place (约400公里便是丰台, 一百多公里的距离, 以北约6公里处).
_DISTANCE_AFTER = re.compile(r"(?:便是|就是|便到|就到|就能到|即到|即可到|便可到|的距离|处|车程)")
_DISTANCE_TO = re.compile(r"(?<![达升至增提])到[^\d,;:。]{1,12}$")  # 这里到高速出口只有6公里
_RADIUS_AFTER = re.compile(r"(?:半径|范围)?(?:以|之)?[内外]")  # 50公里范围内, 百余公里外: how far
_DEMONSTRATIVE = re.compile(r"(?:这|上述|这些)$")  # 这16家企业今年预计…: a count said before
_GRANTED = re.compile(r"(?:给予|享受|免收|减免)(?:最长|最多|连续)?$")
_SPENT = re.compile(r"(?:干|做|从业|工作|深耕)了?(?:快|近|约|将近)?$")  # 干了快30年
_CONDITION_WORDS = re.compile(r"门槛|准入|条件|须|不得|应当")  # 单个项目投资门槛为5000万元
_THRESHOLD_POST = ("以上", "以下")  # 年纳税额500万元以上的企业: a class of firms, not a figure
_THRESHOLD_PRE = ("不低于", "不少于", "不超过", "不高于")  # 研发投入占比不低于5%的企业
# 营业收入超10亿元的企业5家: the 5 is a fact, the 10亿 a class of firms.
_CLASS_AFTER = re.compile(r"的[^,;:。!?]{0,8}?(?:企业|公司|项目|工程)")
_OVER = ("超过", "超", "突破", "逾")
# 投资强度不低于每亩200万元, PUE不高于1.25: a floor or a ceiling set for others, not a figure.
_BOUND_BEFORE = re.compile(r"(?:不低于|不高于)(?:每[\u4e00-\u9fff]{1,2})?$")
_TERM_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:协议|合同)")  # 5年供货协议: its term
_TERM_BEFORE = re.compile(r"(?:有效期|期限|为期)[为是]?$")  # 有效期3年: how long, not how much
#: A clause about any one of a kind (一个挡车工…, 一台巡检机器人可以替代…): its numbers are
#: rates per unit (but 一条由18台机器人组成的[生产线] counts what a line is made of).
_PER_UNIT = re.compile(r"[\s“]*(?:以前|过去|现在|如今|目前)?一[个台家辆名位座套][\u4e00-\u9fff]")
_BREAKDOWN_BASE = re.compile(r"[\u4e00-\u9fff]{0,6}中[有,，]")  # 11个项目中有8个: the 11 was stated
_RANGE_BEFORE = re.compile(r"[\d一二两三四五六七八九十]%?[至到~～-]$")  # 3至5家, 3%到5%
_RANGE_AFTER = re.compile(r"[至到~～-][\d一二两三四五六七八九十]")  # the 3 of 利润率3%到5%
#: The length of a line, a pipe or a corridor (not 测试道路总长约26公里, a site's test roads).
_LENGTH_BEFORE = re.compile(r"(?:全长|[条件座根段]长)(?:达|为)?$")
_RANGE_WORDS = re.compile(r"续航|单程|加满")  # how far a vehicle goes, not a figure of its owner
#: A price, a consumption or an output per unit of measure (每公斤氢气的运输成本, 每百公里耗氢,
#: 单槽每小时产氢量): a rate, not a figure; unless it is a grant (按每公斤10元给予补贴) or a
#: price per kilogram (氢价降到每公斤28元: unit 元/公斤, as 67 of the golds' 87 are stated).
_PER_MEASURE = re.compile(r"每(?:百公里|公斤|千克|标方|标准立方米|立方米|小时|吨|千瓦时)")
#: A term of support, the one span of years writers count (厂房租金减免最长3年).
_GRANT_TERM = re.compile(r"减免|免费|免租|免收|补贴|补助|奖励")
_AGE_AFTER = re.compile(r"(?:的)?(?:历史|发展历程)|发展[,，]")  # 30多年历史, 经过40多年发展,
_TOOK = re.compile(r"(?:历时|耗时|仅用|只用|只用了|仅用了)$")  # 历时7个月完成
_CLASS_NOUN = re.compile(r"(?:的)?(?:项目|企业|工业企业)")  # 10亿元以上项目3个
_PER_PERIOD = re.compile(r"每(?:天|日|周|星期|个?月|季度|半年|年)")  # 每季度组织1次: a frequency
_PER_MEASURE_GRANTED = re.compile(r"奖励|补贴|补助|给予|获得|按|贴息")
_SPAN_FROM = re.compile(r"从[^,;:。]{1,12}到")  # 从签约到开工不到6个月
_NAME_PRODUCTION = re.compile(r"(?:年产|年处理|年加工)$")  # 建设年产50万套汽车密封件项目
_NAME_REST = re.compile(r"[^\s,;:。!?、的和与及]{1,14}?(?:项目|基地|工厂)")

# Dates that are a starting point or a base of comparison, not the fact's date.
_DATE_BASE_BEFORE = ("是", "比", "较", "自", "从", "相比", "同比")
_DATE_BASE_AFTER = ("以来", "的", "起")


@dataclass(frozen=True)
class _Candidate:
    """A span that may be a fact's subject: a mention or a resolved anaphor."""

    start: int
    end: int
    entity: Entity
    anaphor: bool = False
    #: :func:`_never_subject`'s verdicts, by its ``prepositions`` flag (filled when asked).
    never_subject: dict[bool, bool] = field(default_factory=dict, compare=False, repr=False)


_span = operator.attrgetter("start", "end")


class _Index:
    """Candidates in text order, looked up by position (bisect, not scans)."""

    def __init__(self, items: Iterable[_Candidate]) -> None:
        self.items = sorted(items, key=_span)
        self.starts = [c.start for c in self.items]
        self._companies: dict[str, Entity] | None = None

    def companies(self) -> dict[str, Entity]:
        """Every company among the candidates, by id (computed once)."""
        if self._companies is None:
            self._companies = {c.entity.id: c.entity for c in self.items
                               if c.entity.type == "Company"}
        return self._companies

    def within(self, start: int, end: int) -> list[_Candidate]:
        """The candidates inside ``start:end``."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [c for c in self.items[lo:hi] if c.end <= end]

    def covering(self, start: int, end: int) -> bool:
        """Whether one candidate spans ``start:end`` (candidates must not overlap)."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.items[i].end >= end

    def overlapping(self, start: int, end: int) -> bool:
        """Whether a candidate overlaps ``start:end`` (candidates must not overlap)."""
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.items[i].end > start

    def last_before(self, position: int) -> _Candidate | None:
        """The last candidate that ends by ``position`` (candidates must not overlap)."""
        i = bisect.bisect_right(self.starts, position) - 1
        while i >= 0 and self.items[i].end > position:
            i -= 1
        return self.items[i] if i >= 0 else None


def extract_facts(doc: Document, sentences: Sequence[Sentence], entities: Sequence[Entity],
                  ranker: Ranker | None = None) -> list[Fact]:
    """The numeric facts of ``doc``, each about one of ``entities``: the rules' picks, or,
    given a ``ranker`` (:mod:`chainkg.attach`), the owner it chooses among the entities
    named near each figure (a figure it gives to nobody is dropped).

    >>> from chainkg.model import Document, Entity, Mention, Sentence
    >>> from chainkg.sentences import split_sentences
    >>> text = "产业园位于临港区。目前,园区已累计落地医药企业60家,其中北京企业36家。"
    >>> doc = Document(id="d", text=text, norm=text)
    >>> park = Entity(id="park", type="Park", name="产业园",
    ...               mentions=(Mention(0, 3, "产业园", "Park", "suffix:园"),))
    >>> beijing = Entity(id="beijing", type="Region", name="北京",
    ...                  mentions=(Mention(29, 31, "北京", "Region", "gazetteer"),))
    >>> facts = extract_facts(doc, split_sentences(doc), [park, beijing])
    >>> [(f.s, f.metric, f.value, f.unit, f.rule) for f in facts]  # doctest: +NORMALIZE_WHITESPACE
    [('park', '累计落地医药企业', 60.0, '家', 'fact:clause'),
     ('park', '其中北京企业', 36.0, '家', 'fact:within')]
    """
    norm = doc.norm
    mentions = _short_titles_resolved(_mention_candidates(entities), entities)
    named = _Index(mentions)
    projects_of = _named_projects(norm, named)
    candidates = _Index([*_place_named_sites(norm, mentions),
                         *_anaphors(doc, mentions, entities, named, projects_of)])
    by_id = {c.entity.id: c.entity for c in candidates.items}
    salience = collections.Counter(c.entity.id for c in candidates.items) if ranker else {}
    rare = attach.rare_of(ranker) if ranker is not None else frozenset()
    ranked: list[tuple[Fact, list[Entity | None], list[list[str]]]] = []
    facts: list[Fact] = []
    in_body: set[tuple[float, str]] = set()  # every figure the body states, attached or not
    counted: set[tuple[float, str]] = set()  # every figure stated so far
    body_start = len(doc.text.split("\n", 1)[0])
    last_subject: tuple[str, int, int] | None = None  # (entity id, paragraph, sentence)
    counts: list[tuple[float, str, str, int]] = []  # (value, unit, owner id, paragraph)
    for index, sentence in enumerate(sentences):
        s_start, s_end = sentence.start, sentence.end
        stated = [q for q in find_quantities(norm[s_start:s_end], offset=s_start)
                  if not (named.overlapping(q.start, q.end) or not _is_fact(q, norm)
                          or _in_project_name(norm, q)  # not 百公里汽车产业带, 2022…大会
                          or ((q.value, q.unit) in counted and _BREAKDOWN_BASE.match(
                              norm, q.end)))]  # 11个项目中有8个落户: the 11 was counted before
        counted.update((q.value, q.unit) for q in stated)
        if not stated:
            continue  # the sentence's dates and topic matter only to its facts
        in_body.update((q.value, fact_unit(q.unit)) for q in stated if q.start >= body_start)
        in_sentence = candidates.within(s_start, s_end)
        dates = find_dates(norm[s_start:s_end], doc.published, offset=s_start)
        paragraph = norm.rfind("\n", 0, s_start) + 1
        policy_topic = _policy_topic(norm, sentence, candidates,
                                     sentences[index - 1].start if index else s_start)
        for quantity in stated:
            subject, rule = _subject(norm, quantity, in_sentence, sentence, sentences, index,
                                     candidates, by_id, last_subject, paragraph, policy_topic)
            if (subject is None or rule == "fact:carry") and _BREAKDOWN_OPENING.match(
                    norm, s_start):
                parts = sum(q.value for q in stated if q.unit == quantity.unit)
                whole = next((owner for value, unit, owner, at in reversed(counts)
                              if unit == quantity.unit and (value == parts or (
                                  at == paragraph and value >= parts))),
                             None)  # 从来源看,北京项目5个、天津项目3个: parts of 签约项目9个
                if whole is not None:
                    subject, rule = by_id[whole], "fact:breakdown"
            if subject is None:
                if ranker is not None:  # the rules found no owner: the ranker may
                    ranked.append((_fact(doc, quantity, in_sentence, sentence, dates, None, ""),
                                   *_owners(norm, quantity, sentences, index, paragraph,
                                            candidates, None, "", last_subject, salience,
                                            rare)))
                continue
            trainer = _trainer(norm, quantity, in_sentence, sentence, subject)
            if trainer is not None:
                subject, rule = trainer, "fact:trainer"
            project = _this_time_project(norm, quantity, subject, in_sentence, sentence,
                                         projects_of)
            if project is not None:
                subject, rule = project, "fact:own-project"
            counts.append((quantity.value, quantity.unit, subject.id, paragraph))
            if subject.type == "Policy" and rule != "fact:policy" and _signing_clause(
                    norm, quantity, sentence):
                last_subject = ("", paragraph, index)  # (and so are the parts after 其中)
                continue  # a signing's totals are an event's, never a policy's
            fact = _fact(doc, quantity, in_sentence, sentence, dates, subject, rule)
            if ranker is not None:
                ranked.append((fact, *_owners(norm, quantity, sentences, index, paragraph,
                                              candidates, subject, rule, last_subject,
                                              salience, rare)))
            last_subject = (subject.id, paragraph, index)
            facts.append(fact)
    if ranker is not None:
        facts = [_reowned(fact, owners[ranker(fact, owners, rows)])
                 for fact, owners, rows in ranked]
        facts = [fact for fact in facts if fact is not None]
    return _without_headline_repeats(doc, facts, in_body)


def _fact(doc: Document, quantity: Quantity, in_sentence: Sequence[_Candidate],
          sentence: Sentence, dates: Sequence[DateMention], subject: Entity | None, rule: str
          ) -> Fact:
    """The fact ``quantity`` states about ``subject`` (its ``s`` is empty without one)."""
    published = doc.published.isoformat() if doc.published else ""
    return Fact(
        s=subject.id if subject else "",
        metric=_metric(doc.norm, quantity, in_sentence, sentence.start, subject),
        value=quantity.value, unit=fact_unit(quantity.unit), qualifier=quantity.qualifier,
        date=_date(doc.norm, dates, quantity, published), start=quantity.start,
        end=quantity.end, rule=rule, text=doc.text[quantity.start:quantity.end],
    )


def _owners(norm: str, quantity: Quantity, sentences: Sequence[Sentence], index: int,
            paragraph: int, candidates: _Index, subject: Entity | None, rule: str,
            last_subject: tuple[str, int, int] | None, salience: Mapping[str, int],
            rare: frozenset[str]) -> tuple[list[Entity | None], list[list[str]]]:
    """The entities that may own ``quantity`` (:func:`chainkg.attach.candidates`): those
    named from the paragraph's start, or the sentence before, to the sentence's end."""
    sentence = sentences[index]
    previous = sentences[index - 1].start if index else sentence.start
    return attach.candidates(
        norm, (quantity.start, quantity.end, quantity.unit), sentence, previous,
        candidates.within(min(previous, paragraph), sentence.end), subject, rule,
        last_subject[0] if last_subject else None, salience, rare)


def _reowned(fact: Fact, owner: Entity | None) -> Fact | None:
    """``fact`` given to ``owner`` (by rule ``fact:ranked`` if that is a change), or None."""
    if owner is None or owner.id == fact.s:
        return fact if owner is not None else None
    return replace(fact, s=owner.id, rule="fact:ranked")


def _named_projects(norm: str, named: _Index) -> dict[str, dict[str, Entity]]:
    """The projects each company's name is glued to somewhere in the text (a signing
    list's A公司B项目, A的B基地), by company id and project id."""
    owned: dict[str, dict[str, Entity]] = {}
    ends, starts = {}, {}
    for c in named.items:
        if c.entity.type == "Company":
            ends.setdefault(c.end, c.entity.id)
            starts.setdefault(c.start, c.entity.id)
    for c in named.items:
        if c.entity.type != "Project":
            continue
        party = _PARTY_AFTER_PROJECT.match(norm, c.end)
        built = _OWNER_GAP.search(norm, max(0, c.start - 14), c.start)
        firm = ends.get(c.start) or (ends.get(built.start()) if built else None) or (
            starts.get(party.end()) if party else None)
        if firm is not None:
            owned.setdefault(firm, {})[c.entity.id] = c.entity
    return owned


#: A sentence that breaks a count down (从项目来源看,北京项目5个、天津项目3个): the parts
#: belong to whoever the count before them (签约项目9个) belongs to.
_BREAKDOWN_OPENING = re.compile(r"\s*(?:(?:从|按|就)[^,，。]{1,10}?(?:看|来看|上看|划分|分)"
                                r"|(?:这|上述)?\d+[个家](?:签约)?(?:项目|企业)中)[,，]")
#: What stands between a firm and its project (A的B, A投资建设的B, A牵头实施的B).
_OWNER_GAP = re.compile(r"(?:(?:投资建设|合资建设|投资|建设|实施|牵头实施|承建)的|的"
                        r"|投资(?:约|近)?[\d.]+[万亿]?元(?:建设|实施)?的)$")
#: The role a list item gives its party (签约企业A, 投资方:A).
_ROLE = r"(?:签约(?:企业|单位|方|主体)|投资方|建设单位|实施主体)[:：为是]?"
_ROLE_LABEL = re.compile(_ROLE + "$")
#: A list item's party named after its project (X项目,签约企业A; X项目——投资方:A).
_PARTY_AFTER_PROJECT = re.compile(r"[,，;；—\s]{0,2}" + _ROLE)
_THIS_TIME = re.compile(r"此次|这次|本次")
_FIRMS_PROJECT = re.compile(r"(?:在[\u4e00-\u9fff]{1,6})?的(?:这个)?项目")
_SIGNED_THIS_TIME = re.compile(r"(?:此次|这次|本次)签约的项目")


def _this_time_project(norm: str, quantity: Quantity, subject: Entity,
                       in_sentence: Sequence[_Candidate], sentence: Sentence,
                       projects_of: dict[str, dict[str, Entity]]) -> Entity | None:
    """The one project a company is named with elsewhere (A公司B项目 in a signing list),
    where a sentence says what the company does this time (A此次在园区投资15亿元,…年产
    5000台): the figures are the project's; so are a signing's figures in a sentence the
    company opens (A是…企业,此次签约的项目落户玉田,总投资2.4亿元)."""
    if subject.type == "Event":
        opener = in_sentence[0] if in_sentence else None
        if opener is None or opener.entity.type != "Company" or norm[
                sentence.start:opener.start].strip() or not _SIGNED_THIS_TIME.search(
                norm, sentence.start, quantity.start):
            return None
        subject = opener.entity
    if subject.type == "Company" and len(projects_of.get(subject.id, ())) != 1:
        founded = next((c for c in in_sentence if c.entity.id == subject.id
                        and c.end <= quantity.start and _COMPANY_FOUNDING.search(
                            norm, max(sentence.start, c.start - 12), c.start)), None)
        founder = founded and next((
            c for c in reversed(in_sentence) if c.end <= founded.start
            and c.entity.type == "Company" and c.entity.id != subject.id), None)
        if founder is not None:  # A此次在徐水注册成立[B公司],总投资18亿元: A's one project
            subject = founder.entity
    if subject.type != "Company" or len(projects_of.get(subject.id, ())) != 1:
        return None
    said = _THIS_TIME.search(norm, sentence.start, quantity.start) or next((
        True for c in in_sentence if c.entity.id == subject.id and c.end < quantity.start
        and _FIRMS_PROJECT.match(norm, c.end)), None)  # A在临西的项目一期将建设8条…
    if said is None or any(c.entity.type == "Project" and c.start < quantity.start
                           for c in in_sentence):
        return None
    (project,) = projects_of[subject.id].values()
    return project


_TRAINEES = re.compile(r"招收|招生|培养|输送|学员|毕业生|培训")
_CLASS_SET_UP = re.compile(r"(?:开设|设立|合办|共建|开办|组建|创办)了?[“\"]?$")
_CLASSES = ("班", "实习基地", "教学基地")  # (a training base or centre keeps its own: 实训基地)
_TRAINERS = frozenset({"Organization", "Company", "GovernmentBody", "Park"})


def _trainer(norm: str, quantity: Quantity, in_sentence: Sequence[_Candidate],
             sentence: Sentence, subject: Entity) -> Entity | None:
    """Who trains the people a class or an internship base set up in the sentence takes
    in: the first organisation named before it (A与B合作开设[订单班],首批招收学员86名; A在广平
    设立了[实习基地],每年输送毕业生近百人: A's), as most writers have it; else None."""
    if fact_unit(quantity.unit) != "人" or not subject.name.rstrip("”\"").endswith(_CLASSES):
        return None
    c_start, _ = clause_bounds(norm, quantity.start, sentence.start, sentence.end)
    if not _TRAINEES.search(norm, c_start, quantity.start):
        return None
    built = next((c for c in in_sentence if c.entity.id == subject.id
                  and c.end <= quantity.start and _CLASS_SET_UP.search(
                      norm, max(sentence.start, c.start - 8), c.start)), None)
    if built is None:
        return None
    return next((c.entity for c in in_sentence if c.start < built.start and not c.anaphor
                 and c.entity.type in _TRAINERS), None)


def _without_headline_repeats(doc: Document, facts: list[Fact],
                              in_body: set[tuple[float, str]]) -> list[Fact]:
    """The facts, less those of the headline that the body states again (a headline
    such as 武清区集中签约11个项目 总投资86亿元 repeats the lead, with less context);
    ``in_body`` holds the body's figures, whoever they were found to be about."""
    first_line = doc.text.split("\n", 1)[0]
    if not doc.title or first_line.strip() != doc.title.strip():
        return facts
    return [f for f in facts if f.start >= len(first_line) or (f.value, f.unit) not in in_body]


# --- which quantities are facts ---------------------------------------------------------

def _is_fact(quantity: Quantity, norm: str) -> bool:
    if quantity.unit in _DURATION_UNITS and (norm.startswith(_SPAN_ENDS, quantity.end)
                                             or _TERM_AFTER.match(norm, quantity.end)):
        return False  # 近三年来, 5年内, 5年供货协议: a time span, not a measure
    if quantity.unit in _DURATION_UNITS and norm[max(0, quantity.start - 2):quantity.start
                                                  ].endswith(("前", "未来", "过去")):
        return False  # 今年前5个月, 未来3年: a period (but 运行近10年 is an age)
    if (quantity.unit in _DURATION_UNITS and norm.startswith("时间", quantity.end)
            and norm[quantity.start - 1:quantity.start] in ("用", "花")):
        return False  # 用3年时间打造…: the time given to a goal (not 成立6个月时间, an age)
    if quantity.unit in _DURATION_UNITS and norm[quantity.start - 2:quantity.start] == "连续":
        return False  # 连续3年居全省前列: a streak, not a measure
    if quantity.unit in _DURATION_UNITS and _AGE_AFTER.match(norm, quantity.end):
        return False  # 有着30多年历史的企业, 经过40多年发展: an age, not a measure
    if quantity.unit in (*_DURATION_UNITS, "个") and _TOOK.search(
            norm, max(0, quantity.start - 4), quantity.start):
        return False  # 历时7个月完成部署, 耗时一个多月: how long something took
    if quantity.text.endswith(_THRESHOLD_POST) and _CLASS_NOUN.match(norm, quantity.end):
        return False  # 10亿元以上项目3个: the 3 is a fact, the 10亿 a class
    if quantity.unit == "个" and norm.startswith(("小时", "工作日", "季度"), quantity.end):
        return False  # 不到两个小时: a duration
    if quantity.unit == "年" and _CHINESE_NUMERAL.fullmatch(quantity.numeral):
        return False  # 近五年, 未来三年: a period, not a measure
    if _RANGE_BEFORE.search(norm, max(0, quantity.start - 4), quantity.start) or (
            _RANGE_AFTER.match(norm, quantity.end)):
        return False  # 培育整机企业3至5家: a range, no one figure
    if norm.startswith("级", quantity.end):
        return False  # 49吨级重卡, 6000吨级压铸设备: a class of machine, not a measure
    if quantity.unit in ("名", "位") and norm[quantity.start - 1:quantity.start] == "前":
        return False  # 位列全国前10名: a rank
    c_start, c_end = clause_bounds(norm, quantity.start, max(0, quantity.start - 80),
                                    min(len(norm), quantity.end + 80))
    leading = norm[c_start:quantity.start]
    if quantity.unit in _DISTANCE_UNITS and (_DISTANCE_WORDS.search(leading)
                                             or _DISTANCE_TO.search(leading)
                                             or _RADIUS_AFTER.match(norm, quantity.end)
                                             or _DISTANCE_AFTER.match(norm, quantity.end)):
        return False  # 距离北京约280公里, 50公里范围内: how far, not how much
    if quantity.unit == "个" and norm.startswith(("半小时", "半钟头", "年头"), quantity.end):
        return False  # 开车不到三个半小时, 合作已有5个年头: a time taken, not a count
    if quantity.unit == "年" and not _GRANT_TERM.search(norm, c_start, c_end):
        return False  # 成立仅3年, 干了整整33年, 合作已有5年: an age or a tenure, not a figure
    if quantity.unit in _DISTANCE_UNITS and _LENGTH_BEFORE.search(leading):
        return False  # 线路全长约96公里, 一条长12.8公里的接驳线路: a line's length, not a figure
    if quantity.unit in _DISTANCE_UNITS and _RANGE_WORDS.search(leading):
        return False  # 每辆车加满氢可续航约400公里, 重卡单程约200公里: a vehicle's range
    if quantity.unit not in ("%", "元/公斤") and _PER_MEASURE.search(
            leading) and not _PER_MEASURE_GRANTED.search(leading):
        return False  # 每公斤35元以内, 直流电耗每标方4.4千瓦时: a rate (not 每辆车最高奖励8万元)
    if quantity.unit == "次" and _PER_PERIOD.search(leading):
        return False  # 每季度组织1次供需对接, 每年至少互访两次: how often, not a figure
    if _DEMONSTRATIVE.search(norm, max(0, quantity.start - 2), quantity.start):
        return False  # 这16家企业…: the count was stated before, this refers back to it
    if quantity.unit in _DURATION_UNITS and _GRANTED.search(
            norm, max(0, quantity.start - 4), quantity.start):
        return False  # 给予3年房租减免: a term of support, not a measure
    if quantity.unit in _DURATION_UNITS and _SPENT.search(
            norm, max(0, quantity.start - 4), quantity.start):
        return False  # 在行业干了快30年: how long someone has worked, not a measure
    if _CONDITION_WORDS.search(norm, c_start, c_end):
        return False  # 不低于300万元的入园门槛, 须达到每亩400万元以上: a condition
    if (quantity.text.endswith(_THRESHOLD_POST) or quantity.text.startswith(_THRESHOLD_PRE)
            ) and norm.startswith("的", quantity.end):
        return False  # 年产值10亿元以上的链主企业8家: the 8 is a fact, the 10亿 a class
    if quantity.unit in _DURATION_UNITS and _SPAN_FROM.search(leading):
        return False  # 从签约到开工不到6个月: the time between two events
    if quantity.text.startswith(_OVER) and _CLASS_AFTER.match(norm, quantity.end):
        return False  # 营业收入超10亿元的企业5家: a class of firms
    if (quantity.text.startswith(("不低于", "不高于")) or _BOUND_BEFORE.search(leading)
            or _TERM_BEFORE.search(leading)):
        return False  # 投资强度不低于每亩200万元, 有效期3年
    if _PER_UNIT.match(leading) and "由" not in leading:
        return False  # 一个挡车工盯8台机器, 一家企业每年只需投入2万元: a rate per unit
    if quantity.qualifier != "=":
        return True
    if quantity.numeral == "一" and quantity.unit != "倍":
        return False  # 一亩地挣不了几百块, 一公斤氢的成本: a unit, not a count (一倍 is a rise)
    if quantity.unit in _SMALL_COUNT_UNITS and quantity.numeral in _CHINESE_DIGITS:
        return False  # 三个率先, 一款: a manner of speaking
    if quantity.numeral in ("十", "百", "千", "万"):
        return False  # 千家万户, 百公里
    return not (quantity.unit == "年" and _CHINESE_NUMERAL.fullmatch(quantity.numeral))  # 十年观察


def _in_project_name(norm: str, quantity: Quantity) -> bool:
    """Whether the number belongs to a project's name, as in 建设年产50万套汽车密封件项目
    (the name runs from 年产 to 项目, whether or not the mentions found all of it)."""
    if not _NAME_PRODUCTION.search(norm, max(0, quantity.start - 3), quantity.start):
        return False
    return _NAME_REST.match(norm, quantity.end) is not None


# --- candidates ---------------------------------------------------------------------------

_LONGEST_FIRST = operator.itemgetter(0, 1)  # (minus the length, start)


def _mention_candidates(entities: Iterable[Entity]) -> list[_Candidate]:
    """Every mention that names its entity, the longest where two overlap.

    A mention whose text is neither the entity's name nor an alias (园区, 公司: an
    anaphor an earlier stage resolved) is left out; the anaphor rules here resolve it.
    """
    spans = []
    for entity in entities:
        names = None  # the entity's bare names, made when a short mention is first met
        for m in entity.mentions:
            if m.end <= m.start:
                continue
            form = _bare(m.text)
            if len(form) <= 3:
                if names is None:
                    names = {_bare(name) for name in _names(entity)}
                if form not in names:
                    continue  # 园区, 公司: a short form that is no name of the entity
            spans.append((m.start - m.end, m.start, m.end, entity))
    spans.sort(key=_LONGEST_FIRST)  # (stable: mentions of one span keep their order)
    starts: list[int] = []
    taken: list[_Candidate] = []
    for _, start, end, entity in spans:
        i = bisect.bisect_left(starts, start)
        if (i < len(taken) and taken[i].start < end) or (i > 0 and taken[i - 1].end > start):
            continue
        starts.insert(i, start)
        taken.insert(i, _Candidate(start, end, entity))
    return taken


def _short_titles_resolved(mentions: list[_Candidate], entities: Sequence[Entity]
                           ) -> list[_Candidate]:
    """The mentions, those of a policy known only by a short title (措施, for 《大兴区…
    若干措施》(以下简称《措施》)) moved to the policy whose full name ends in it."""
    policies = [e for e in entities if e.type == "Policy"]
    full = {}
    for short in policies:
        title = _bare(short.name)
        if len(title) <= 6:
            longer = [e for e in policies if e is not short and any(
                len(_bare(n)) > len(title) and _undated(_bare(n)).endswith(title)
                for n in _names(e))]
            if len(longer) == 1:
                full[short.id] = longer[0]
    if not full:
        return mentions
    return [_Candidate(m.start, m.end, full[m.entity.id], m.anaphor) if m.entity.id in full
            else m for m in mentions]


_PERIOD = re.compile(r"[(（][^()（）]*[)）]$")
_MARKS = re.compile(r"[《》“”\"'\s]")
_ADCODE = re.compile(r"(?<!\d)(\d{6})$")


def _undated(name: str) -> str:
    """A policy's name without a bracketed period: …行动计划(2025—2027年) → …行动计划."""
    return _PERIOD.sub("", name)


def _province(doc: Document, mentions: Sequence[_Candidate], entities: Sequence[Entity],
              position: int, speaker: bool) -> Entity | None:
    """The province 全省/本省 (or, with ``speaker``, 我省) refers to: for 我省 the
    publisher's, else the one named last before ``position`` (inside other names too:
    河北省商务厅), else the one named most. 北京 and 天津 are municipalities, not provinces.
    """
    provinces = [e for e in entities if e.type == "Region" and _is_province(e)]
    if not provinces:
        return None
    if speaker and doc.publisher:
        for entity in provinces:
            if any(n.rstrip("省") in doc.publisher for n in _names(entity) if len(n) > 1):
                return entity
    last = {e.id: max(doc.norm.rfind(n.rstrip("省"), 0, position) for n in _names(e))
            for e in provinces}
    nearest = max(provinces, key=lambda e: last[e.id])
    if last[nearest.id] >= 0:
        return nearest
    counts = {e.id: sum(1 for m in mentions if m.entity.id == e.id) for e in provinces}
    return max(provinces, key=lambda e: counts[e.id])


def _is_province(entity: Entity) -> bool:
    code = _adcode(entity)
    if code:
        return code.endswith("0000") and code[:2] not in _MUNICIPALITIES
    if entity.attrs.get("level") == "province":
        return not entity.name.startswith(("北京", "天津", "上海", "重庆"))
    return any(n.endswith("省") for n in _names(entity))


def _names(entity: Entity) -> tuple[str, ...]:
    return (entity.name, *entity.aliases)


@functools.lru_cache(maxsize=1 << 16)
def _bare(name: str) -> str:
    return _MARKS.sub("", name)


def _adcode(entity: Entity) -> str | None:
    """The six-digit code of a region entity, from its gazetteer IRI or key, if any."""
    return _adcode_in(entity.attrs.get("region"), entity.attrs.get("adcode"), entity.key)


@functools.lru_cache(maxsize=1 << 14)
def _adcode_in(*values: str | None) -> str | None:
    """The first six-digit code one of ``values`` ends in (asked once per region IRI)."""
    for value in values:
        match = _ADCODE.search(str(value or ""))
        if match:
            return match.group(1)
    return None


def _apart(part: Entity, whole: Entity) -> bool:
    """Whether the region ``part`` is known not to lie in ``whole``: ``whole`` is no
    region, or both have codes and the one is not inside the other.

    >>> county = Entity(id="c", type="Region", name="固安县", attrs={"adcode": "131022"})
    >>> city = Entity(id="w", type="Region", name="廊坊市", attrs={"adcode": "131000"})
    >>> beijing = Entity(id="b", type="Region", name="北京", attrs={"adcode": "110000"})
    >>> _apart(county, city), _apart(beijing, city)
    (False, True)
    """
    if whole.type != "Region":
        return True
    code, whole_code = _region_code(part), _region_code(whole)
    if not code or not whole_code:
        return False
    prefix = whole_code.rstrip("0")
    prefix = prefix + "0" * (len(prefix) % 2)  # 131000 -> 1310, 110000 -> 11
    return code == whole_code or not code.startswith(prefix)


def _region_code(entity: Entity) -> str | None:
    """The six-digit code of a region entity, from its IRI or key, else from the gazetteer
    by its names."""
    code = _adcode(entity)
    if code:
        return code
    labels = region_index()
    record = next((labels[n] for n in _names(entity) if n in labels), None)
    return record.adcode if record else None


def _region_level(entity: Entity) -> str | None:
    """The gazetteer level of a region entity (``county``, ``macro`` …), if it is known."""
    if entity.type != "Region":
        return None
    try:
        record = region_by_iri(entity.attrs.get("region", ""))
    except KeyError:
        labels = region_index()
        record = next((labels[n] for n in _names(entity) if n in labels), None)
    return record.level if record else None


def _only_county(entity: Entity) -> bool:
    """Whether a place is named only as a 县 (沽源县), which 全区 never points back to.

    >>> _only_county(Entity(id="g", type="Region", name="沽源县", aliases=("沽源",)))
    True
    >>> _only_county(Entity(id="w", type="Region", name="武清"))
    False
    """
    ends = [n for n in _names(entity) if n.endswith(("区", "县", "市"))]
    return bool(ends) and all(n.endswith("县") for n in ends)


def _is_city(entity: Entity) -> bool:
    """A prefecture-level city, or one of the municipalities 北京 and 天津."""
    code = _adcode(entity)
    if entity.type != "Region":
        return False
    if code:
        return code.endswith("00") and (not code.endswith("0000") or code[:2] in ("11", "12"))
    return entity.attrs.get("level") == "city" or any(n.endswith("市") for n in _names(entity))


_FIXED_ANAPHORS = (
    (re.compile(r"我省|全省|本省"), "province"),
    # (我县/我市/我区 in an official's words; 县里/市里/区里 opening a clause: 县里已组建…)
    (re.compile(r"全市|本市|该市|我市|(?<![^\s,;:。!?“”])市里"), "city"),
    (re.compile(r"全区|本区|该区|我区|(?<![^\s,;:。!?“”])区里"), "district"),
    (re.compile(r"全县|本县|该县|县域|我县|(?<![^\s,;:。!?“”])县里"), "county"),
    (re.compile(r"全镇|本镇|该镇|我镇|全乡|本乡|该乡"), "town"),  # 三台镇…。全镇现有…
    (re.compile(r"三地"), "macro"),
    (re.compile(r"当地|该地|本地(?!化)"), "region"),  # (本地化配套: localised, no place)
    (re.compile(r"该园区|园区|园内|该园"), "Park"),
    (re.compile(r"区(?<![^\s在该本,;:。!?“”]区)内"), "area"),  # not 示范区内: that is a head
    (re.compile(r"该公司|这家|该企业|该子公司"), "Company"),
    (re.compile(r"该项目|这一项目|此项目|本项目|(?<![^\s,;:。!?“”])新项目"), "Project"),
    # a demonstrative and a relative clause before the head (only the head refers; the
    # names inside stay mentions): 这个由A控股的[项目], 这家由北京团队创办的[企业]
    (re.compile(r"(?:这个|这一|该)[^,;:。!?“”]{2,20}?的(?P<head>项目)"), "Project"),
    # (a site too: 这座建筑面积约1.6万平方米的[中试平台], 这条年产…的[生产线])
    (re.compile(r"(?:这座|这条|这处|这个)[^,;:。!?“”]{2,20}?的"
                r"(?P<head>基地|(?:中试)?平台|工厂|生产线|中试线|产业园)"), "Project"),
    (re.compile(r"这家[^,;:。!?“”]{2,20}?的[\u4e00-\u9fff]{0,4}?(?P<head>企业|公司)"),
     "Company"),  # (这家扎根B开发区近二十年的原料药[企业]: the firm, not B)
    (re.compile(r"该校|学校|高校"), "university"),
    (re.compile(r"(?:这一|该|此项?)(?:机制|政策|办法|方案|规划|意见|措施)"), "Policy"),
)
# (A lookahead or lookbehind placed after the first character only lets the regex engine
# skip the text quickly: ``(?=[项建])(?:项目)?建成后`` finds what ``(?:项目)?建成后`` does.)
# Anaphors that only refer at the start of a clause (elsewhere they are plain nouns):
# 会上,… → the last event; right after a speech verb, X总经理Y表示,企业每年… → the last
# company (the speaker's); and at a sentence start, 集团/公司在北京设立的… → the last company.
_OPENING_ANAPHORS = (
    (re.compile(r"(?=[在本此会大活签仪现供对])(?:在)?(?:本次|此次)?(?:会上|会议上|会议现场"
                r"|大会上|会议期间|大会期间|活动期间|活动中|活动现场|签约现场|仪式上|现场"
                r"|(?:供需)?对接环节|签约环节|签约仪式上)"), "Event", "clause"),  # 供需对接环节,…
    (re.compile(r"(?:本次|此次|该次|这次)[\u4e00-\u9fff]{0,4}?(?:会|活动|论坛|仪式)(?:上|期间)?"),
     "Event", "clause"),
    (re.compile(r"(?:本次|此次)(?=(?:共|集中|现场)?签约|集中开工)"), "Event",
     "clause"),  # 此次共签约…, 本次集中开工项目共6个
    (re.compile(r"企业|集团"), "Company", "speech"),
    (re.compile(r"集团|公司"), "Company", "sentence"),  # 。集团在北京设立的研发中心…
    # 。企业今年…: its own
    (re.compile(r"(?=[这该企])(?:这家|该)?企业(?![家数])"), "Company", "paragraph"),
    # A总经理B算了一笔账:接入平台一年来,企业设备综合效率…: the company whose words follow
    (re.compile(r"企(?<![“+]企)业(?![家数+”])"), "Company", "same sentence"),
    (re.compile(r"(?:当天|当日)(?![,，])"), "Event", "sentence"),  # 。当天共有23个项目签约
    (re.compile(r"其(?![中他余它次实])"), "actor", "clause"),  # 。其今年在安国采购…: the topic
    # 建设[B基地],建成后可年产…
    (re.compile(r"(?=[项建])(?:项目)?建成后"), "Project", "same sentence"),
    # 建设[B基地],项目将由其子公司A负责运营,一期…: the site built earlier in the sentence
    (re.compile(r"(?=[该这项])(?:该|这个)?项目(?=将|已|由|计划|预计|拟|一期|二期|首期)"), "Project",
     "same sentence"),
    # 建设[B基地]。A总部位于…。项目总投资8.5亿元: the site the paragraph is about
    (re.compile(r"(?<=[。\u3000\n :])(?:一期|二期|首期)?项目(?=总投资|计划总投资|占地|总建筑面积"
                r"|建成|达产)"), "Project", "paragraph"),  # (\n一期项目总投资5.8亿元: too)
    (re.compile(r"(?:规划|方案|意见|措施|办法|计划|通知)(?=提出|明确|要求|指出|强调|规定)"),
     "Policy", "clause"),  # 。规划明确,到2027年…
    # 记者从[雄安新区]改革发展局了解到,新区已承接…: the last 新区 named, not the source
    (re.compile(r"(?:全|该)?新区(?=[已将还共累计今去近目正在新全])"), "new area", "clause"),
)


_COLON = re.compile("[:：]")
_SETTING = re.compile(r"[\s\u3000]*在")  # 在[B高新区],…: where the paragraph is set


#: A firm pointed back to by a word of its name (这家装备公司, 该药业企业).
_DESCRIBED_FIRM = re.compile(r"(?:这家|该)(?P<word>[\u4e00-\u9fff]{2,4}?)(?:公司|企业)")


def _described_firms(norm: str, mentions: Sequence[_Candidate], index: _Index
                     ) -> list[_Candidate]:
    """这家X公司 and 该X企业 outside every mention, for the last company named before whose
    name holds X (目前,[这家装备公司]已累计销售冷镦机430余台: 邯郸永鑫智能装备有限公司, not
    the group named after it).

    >>> group = Entity(id="g", type="Company", name="河北永鑫紧固件集团有限公司")
    >>> maker = Entity(id="m", type="Company", name="邯郸永鑫智能装备有限公司")
    >>> text = "邯郸永鑫智能装备有限公司由河北永鑫紧固件集团有限公司控股。这家装备公司已销售430台。"
    >>> found = _described_firms(text, [_Candidate(0, 12, maker), _Candidate(13, 26, group)],
    ...                          _Index([]))
    >>> [(c.start, c.end, c.entity.id) for c in found]
    [(29, 35, 'm')]
    """
    return _firms_pointed_at(norm, _DESCRIBED_FIRM, mentions, index, lambda match, c: any(
        match.group("word") in name for name in _names(c.entity)))


def _firms_pointed_at(norm: str, pattern: re.Pattern[str], mentions: Sequence[_Candidate],
                      index: _Index, fits: Callable[[re.Match[str], _Candidate], bool]
                      ) -> list[_Candidate]:
    """The matches of ``pattern`` outside every mention, each for the last company named
    before it that ``fits`` it (:func:`_described_firms`, :func:`_new_companies`)."""
    found = []
    for match in pattern.finditer(norm):
        if index.overlapping(*match.span()):
            continue
        firm = next((c for c in reversed(mentions) if c.end <= match.start()
                     and c.entity.type == "Company" and fits(match, c)), None)
        if firm is not None:
            found.append(_Candidate(*match.span(), firm.entity, anaphor=True))
    return found


#: A company just founded, named back at a clause start (。新公司主攻…, ,合资公司已推出…).
_NEW_COMPANY = re.compile(r"(?<![^\s,，;；:：。!?！？“”])(?:新公司|合资公司|新企业|合资企业)")


def _new_companies(norm: str, mentions: Sequence[_Candidate], index: _Index
                   ) -> list[_Candidate]:
    """新公司 and 合资公司 at a clause start, for the last company named right after a verb
    that founds it (…成立[唐山擎润…有限公司]…。新公司主攻焊接工作站: the new company).

    >>> jv = Entity(id="jv", type="Company", name="唐山擎润机器人有限公司")
    >>> text = "双方出资2亿元成立唐山擎润机器人有限公司。新公司规划年产工作站600套。"
    >>> [(c.start, c.end, c.entity.id) for c in _new_companies(
    ...     text, [_Candidate(9, 20, jv)], _Index([]))]
    [(21, 24, 'jv')]
    """
    return _firms_pointed_at(norm, _NEW_COMPANY, mentions, index, lambda _, c: bool(
        _FOUNDING.search(norm, max(0, c.start - 8), c.start)
        or _COMPANY_FOUNDING.search(norm, max(0, c.start - 12), c.start)))


#: A site or unit named by its place (平山工厂, 秦皇岛项目, 保定基地, 承德子公司).
_SITE_BY_PLACE = re.compile(r"工厂|基地|项目|子公司|公司")


def _place_named_sites(norm: str, mentions: Sequence[_Candidate]) -> list[_Candidate]:
    """``mentions``, where a place opening a clause names a firm's site or unit (目前,[平山
    工厂]已有员工310人; [秦皇岛项目]总投资6.8亿元) the project or company named after that
    place (氢舟新能源保定基地, 精研数控（平山）有限公司) instead of the place, the last one
    named before if several are.

    >>> firm = Entity(id="f", type="Company", name="精研数控（平山）有限公司")
    >>> county = Entity(id="c", type="Region", name="平山县", aliases=("平山",))
    >>> text = "精研数控（平山）有限公司投产。目前,平山工厂已有员工310人。"
    >>> [(c.start, c.end, c.entity.id) for c in _place_named_sites(text, [
    ...     _Candidate(0, 12, firm), _Candidate(18, 20, county)])]
    [(0, 12, 'f'), (18, 22, 'f')]
    """
    out = []
    for m in mentions:
        site = _SITE_BY_PLACE.match(norm, m.end) if m.entity.type == "Region" else None
        if site is None or not _opens_clause(norm, m.start):
            out.append(m)
            continue
        places = [n for n in _names(m.entity) if len(n) > 1]
        named = [c for c in mentions if c.end <= m.start and (
            c.entity.type == "Company" or (c.entity.type == "Project" and site.group() in (
                "工厂", "基地", "项目"))) and any(
            p + site.group() in name if c.entity.type == "Project" else p in name
            for name in _names(c.entity) for p in places)]
        out.append(_Candidate(m.start, site.end(), named[-1].entity, anaphor=True)
                   if named else m)
    return out


def _anaphors(doc: Document, mentions: Sequence[_Candidate], entities: Sequence[Entity],
              index: _Index, projects_of: dict[str, dict[str, Entity]]) -> list[_Candidate]:
    """Anaphors outside every mention (``index`` holds the mentions), each resolved to the
    entity it points back to; ``projects_of`` is :func:`_named_projects`."""
    norm = doc.norm
    places_by_end = {m.end: m for m in mentions if m.entity.type == "Region"}
    levels: dict[str, str | None] = {}

    def level(entity: Entity) -> str | None:  # the gazetteer is asked once per entity
        if entity.id not in levels:
            levels[entity.id] = _region_level(entity)
        return levels[entity.id]

    tests = {
        "city": lambda e: _is_city(e) or (level(e) == "county"
                                          and any(n.endswith("市") for n in _names(e))),
        "district": lambda e: level(e) in ("county", "functional") and not _only_county(e),
        "county": lambda e: level(e) == "county" and not any(
            n.endswith(("区", "市")) for n in _names(e)),
        "university": lambda e: e.type == "Organization" and e.name.endswith(
            ("大学", "学院", "学校")),
        "macro": lambda e: level(e) == "macro",
        "town": lambda e: any(n.endswith(("镇", "乡")) for n in _names(e)),
        "new area": lambda e: any(n.endswith("新区") for n in _names(e)),
        "region": lambda e: e.type == "Region",
        "Park": lambda e: e.type == "Park",
        "area": lambda e: e.type == "Park" or level(e) in ("county", "functional"),
        "Company": lambda e: e.type == "Company",
        "group": lambda e: e.type == "Company" and any("集团" in n for n in _names(e)),
        "Event": lambda e: e.type == "Event",
        "Policy": lambda e: e.type == "Policy",
        "Project": lambda e: e.type == "Project",
        "actor": lambda e: e.type in _ACTOR_TYPES,
    }
    regional = ("city", "district", "county", "town", "macro", "region",
                "new area")  # only a region passes
    by_start = {m.start: m for m in mentions}
    entities_by_id = {m.entity.id: m.entity for m in mentions}
    regions_by_id = {i: e for i, e in entities_by_id.items() if e.type == "Region"}
    nested = _nested(norm, mentions, entities)
    indexes: dict[str, tuple[_Index, _Index]] = {}

    def by_kind(kind: str) -> tuple[_Index, _Index]:
        """The mentions of a kind: every one and the free-standing ones (indexed when a
        kind is first asked for; most articles ask for few)."""
        if kind not in indexes:
            pool = regions_by_id if kind in regional else entities_by_id
            passing = {i for i, e in pool.items() if tests[kind](e)}
            extra: list[_Candidate] = []
            if kind in ("city", "district", "county"):  # 廊坊市工业和信息化局…介绍,全市…: 廊坊市
                extra = _places_in_bodies(mentions, entities, tests[kind])
            elif kind == "Park":  # 开发区管委会主任A介绍,园区… : the park the committee runs
                parks = {(m.start, m.end) for m in mentions if m.entity.type == "Park"}
                extra = [c for c in nested if c.entity.type == "Park"
                         and (c.start, c.end) not in parks]  # (承德高新区[B产业园]: B)
            elif kind == "Project":  # 建设高端医疗器械产业园。该项目… : the park is the project
                extra = [m for m in mentions if m.entity.type == "Park"
                         and _is_built_site(norm, m)]
            of_kind = [m for m in mentions if m.entity.id in passing]
            indexes[kind] = (
                _Index([*of_kind, *extra]),
                _Index([*(m for m in of_kind if _free_standing(norm, m, by_start, places_by_end)),
                        *extra]))
        return indexes[kind]

    def last_before(position: int, kind: str) -> Entity | None:
        """The latest earlier mention of that kind, preferring one not after a
        preposition (产业园位于[临港经开区]: the park, not the place it lies in)."""
        every, free_standing = by_kind(kind)
        chosen = free_standing.last_before(position) or every.last_before(position)
        nearest = every.last_before(position) if kind == "Park" else None
        if chosen is not None and nearest is not None and (
                chosen.start < norm.rfind("\n", 0, position) < nearest.start) and (
                _SETTING.fullmatch(norm, norm.rfind("\n", 0, nearest.start) + 1, nearest.start)
                and norm[nearest.end:nearest.end + 1] in ",，"):
            chosen = nearest  # 在[B高新区],…。高新区管委会副主任A介绍,园区…: B, the park of
            # this paragraph, not one named freely in an earlier paragraph
        if kind == "Company" and chosen is not None and (not _SPEECH.search(
                norm, max(0, position - 3), position) or "。" in norm[chosen.end:position]):
            chosen = _sentence_topic(norm, every, chosen)  # (A…成了B的供应商。公司负责人C说,
            # 企业营业收入…: A; but A总经理C说,企业…: A, named in the speaker's sentence)
        if kind == "Project" and chosen is not None:  # 该项目 after a firm with one project
            chosen = _firms_project(norm, chosen, position, mentions, projects_of)
        if kind == "actor" and chosen is not None and norm[chosen.start - 1:chosen.start] in (
                "是", "系"):
            chosen = _sentence_topic(norm, every, chosen)  # A是[B]在京的企业,其…: A
        opening = max(norm.rfind(m, 0, position) for m in "。!?\n") + 1
        if kind == "Park" and chosen is not None and _BARE_COMMITTEE.match(norm, opening) and \
                not _bare(chosen.entity.name).endswith(_ZONE_ENDS):
            zone = next((m for m in reversed(every.items) if m.start < position
                         and _bare(m.entity.name).endswith(_ZONE_ENDS)), None)
            if zone is not None:  # 开发区管委会主任A介绍,园区今年已接待…: the zone it runs
                chosen = zone
        if kind == "Park" and chosen is not None and _inner_park(norm, chosen.start) and any(
                mark in norm[chosen.end:position] for mark in "。!?"):
            paragraph = norm.rfind("\n", 0, position) + 1  # 园区北侧的[B],…。园区共接待…
            chosen = next((m for m in reversed(free_standing.within(paragraph, chosen.start))
                           if not _inner_park(norm, m.start)),
                          chosen)  # the park the paragraph is about, not one inside it
        if kind == "Park" and chosen is not None and _committee_zone(chosen):
            opening = max(norm.rfind(mark, 0, chosen.start) for mark in "。!?\n") + 1
            chosen = next((m for m in reversed(free_standing.within(opening, chosen.start))
                           if m.entity.id != chosen.entity.id and not _committee_zone(m)),
                          chosen)  # A产业园…由[B开发区]管委会负责运营。园区…: A, which B runs
        if kind == "Park" and chosen is not None and norm.endswith("其中", 0, chosen.start):
            whole = free_standing.last_before(chosen.start)  # A开发区…,其中[B片区]约6000亩。
            chosen = whole if whole is not None and whole.entity.id != chosen.entity.id \
                else chosen  # 园区…: A, the whole, not the part B named after 其中
        if kind == "city" and chosen is not None and chosen.start < norm.rfind("\n", 0, position):
            return _most_named(norm, every, position) or chosen.entity
        return chosen.entity if chosen else None

    found = _described_firms(norm, mentions, index) + _new_companies(norm, mentions, index)
    described = _Index(found)
    for pattern, kind in _FIXED_ANAPHORS:
        for match in pattern.finditer(norm):
            start, end = match.span("head" if pattern.groupindex else 0)
            if index.overlapping(start, end) or start in places_by_end or \
                    described.overlapping(start, end):
                continue  # inside a name, or 河北全省: part of the region's own phrase
            if kind == "province":
                entity = _province(doc, mentions, entities, start, match.group() == "我省")
            else:
                entity = last_before(start, kind)
            if entity is not None:
                found.append(_Candidate(start, end, entity, anaphor=True))
    for pattern, kind, where in _OPENING_ANAPHORS:
        for match in pattern.finditer(norm):
            start, end = match.span()
            if index.overlapping(start, end) or not (_at_clause_start(norm, start) or (
                    where == "speech" and _opens_clause(norm, start))) or (
                    where == "speech" and not _SPEECH_BEFORE.search(norm, max(0, start - 6), start)
                    and not _SPEECH_THEN_TIME.search(norm, max(0, start - 14), start)
            ) or (where in ("sentence", "paragraph") and not _at_sentence_start(norm, start)
                  and not _after_time_opening(norm, start)
                  and not (where == "paragraph" and norm.endswith(":", 0, start))):
                # 。今年上半年,企业销售收入…; C算了一笔账:项目总投资…
                continue
            if where == "paragraph":  # a company named in this paragraph, not one long ago
                latest = by_kind(kind)[0].last_before(start)
                lower = norm.rfind("\n", 0, start)
                if kind == "Project" and not norm[lower + 1:start].strip():
                    lower = 0  # (a paragraph opened by 项目总投资… goes on from the project
                    # named last, paragraphs before)
                elif kind == "Project" and lower > 0:
                    blank = lower
                    while blank and norm[blank - 1].isspace():
                        blank -= 1  # (or the paragraph before, past blank lines:
                    lower = norm.rfind("\n", 0, blank)  # A有限公司B基地…。\n"…"C算了一笔账:项目…)
                if latest is None or latest.start < lower:
                    continue
            if where == "same sentence":  # only a project named earlier in the sentence
                latest = by_kind(kind)[0].last_before(start)
                opening = max(norm.rfind(m, 0, start) for m in "。!?\n")
                if kind == "Project" and opening == start - 1 and norm[opening] == "。":
                    opening = max(norm.rfind(m, 0, opening) for m in "。!?\n")
                    # 建设[B基地]。项目由A负责实施,占地…: the sentence before too
                pointed = next((c for c in reversed(found) if opening < c.start < start
                                and c.entity.type == "Project"
                                and _at_sentence_start(norm, c.start)), None) \
                    if kind == "Project" else None
                if pointed is not None and (latest is None or latest.start < pointed.start):
                    found.append(_Candidate(start, end, pointed.entity, anaphor=True))
                    continue  # 。[该项目]由A与B合资建设,…,建成后年产…: the project pointed at
                if latest is None or latest.start < opening or (kind == "Project"
                                                              and not _is_built_site(norm, latest)):
                    continue  # (扩建[…生产线],项目建成后…: a line is no site, the firm's)
                if kind == "Company" and not _COLON.search(norm, latest.end, start):
                    continue  # (为当地企业提供服务,企业送检时间…: any firm; after A…: its words)
            group = last_before(start, "group") if match.group() == "集团" else None
            entity = group or last_before(start, kind)  # 集团 is the last group named
            if entity is not None:
                found.append(_Candidate(start, end, entity, anaphor=True))
    policies = [m for m in mentions if m.entity.type == "Policy"]
    for match in re.finditer(r"《([^《》]{2,12})》", norm):  # 《方案》 for the policy named before
        entity = _policy_by_short_name(match.group(1), policies, match.start())
        if entity is not None and not index.overlapping(*match.span()):
            found.append(_Candidate(*match.span(), entity, anaphor=True))
    taken = _Index(found)
    found.extend(c for c in _head_anaphors(norm, mentions, index, projects_of, nested)
                 if not taken.overlapping(c.start, c.end))
    return found


#: A park the park in focus builds (园区规划建设了约1200亩的[B产业园]): a part of it.
_BUILT_BY_PARK = re.compile(r"(?:园区|开发区|高新区|经开区)(?:正在|还|已|将|专门)*"
                            r"(?:规划建设|建设|新建|打造)了?[^,;:。!?]{0,10}$")


def _committee_zone(candidate: _Candidate) -> bool:
    """Whether ``candidate`` is a zone the article names only inside its committee's name
    (the [开发区]管委会): ``inner:`` mentions are the places and parks inside other names."""
    named = [m for m in candidate.entity.mentions if not m.rule.startswith("coref:")]
    return bool(named) and all(m.rule.startswith("inner:") for m in named) and any(
        m.start == candidate.start for m in named)


def _inner_park(norm: str, start: int) -> bool:
    """Whether the park named at ``start`` lies inside the park in focus (园区北侧的[B],
    园区规划建设了…的[B]): a later bare 园区 is not B."""
    return bool(_INSIDE_PARK.search(norm, max(0, start - 12), start)
                or _BUILT_BY_PARK.search(norm, max(0, start - 20), start))


def _free_standing(norm: str, mention: _Candidate, by_start: dict[int, _Candidate],
                   places_by_end: dict[int, _Candidate]) -> bool:
    """Whether a mention stands on its own, as an anaphor's referent should: not after a
    preposition (but 由A投资; also across the places that locate it: 来自北京海淀[B]),
    not a modifier (北京企业, 北京氢能企业), not one member of
    an enumeration, not a place a subject is said to be (A是[B]所在地) or takes as its
    model (沧州将以[黄骅]为龙头,…全市: 沧州)."""
    start, end = mention.start, mention.end
    head = start
    while (glued := places_by_end.get(head)) is not None and glued is not mention:
        head = glued.start
    return ((not _after_preposition(norm, head, end) or norm[head - 1:head] == "由")
            and not norm.startswith(_OWNED_NOUNS, end)
            and not _owns_industry(norm, end, by_start)
            and not _enumerated(norm, mention)
            and not (mention.entity.type == "Region" and norm[start - 1:start] == "是")
            and not (norm[start - 1:start] == "以" and norm.startswith("为", end)))  # 以黄骅为龙头


def _places_in_bodies(mentions: Sequence[_Candidate], entities: Sequence[Entity],
                      is_kind: Callable[[Entity], bool]) -> list[_Candidate]:
    """Places named at the start of a government body's name (廊坊市 in
    廊坊市工业和信息化局), or by their full name at the start of an organisation's or a
    policy's (永年区 in 永年区招商服务中心, 宝坻区 in 《宝坻区推动机器人产业…行动计划》), at that
    name's span: what a later 全市 may point back to."""
    bodies = [m for m in mentions if m.entity.type in ("GovernmentBody", "Organization",
                                                       "Policy")]
    if not bodies:
        return []
    places = [e for e in entities if e.type == "Region" and is_kind(e)]
    return [_Candidate(b.start, b.end, place, anaphor=True) for b in bodies for place in places
            if any(b.entity.name.startswith(n) for n in _names(place) if len(n) > 1 and (
                b.entity.type == "GovernmentBody" or n.endswith(("市", "区", "县"))))]


def _sentence_topic(norm: str, index: _Index, latest: _Candidate) -> _Candidate:
    """The mention in ``index`` that a company anaphor points back to: ``latest``, unless
    it is an object and an earlier one in its sentence is a subject
    (A是安国本土企业,2019年引入[B]的战略投资。2024年,公司…: A; 承接它的A与[B]合作…。企业…: A)."""
    start = max(norm.rfind(mark, 0, latest.start) for mark in "。!?\n") + 1
    if latest.entity.type == "Company" and _COMPANY_FOUNDING.search(
            norm, max(start, latest.start - 8), latest.start):
        return latest  # A与B合资成立[C],…。几年间,公司陆续推出…: the new company
    if _subject_position(norm, latest) and not _ANAPHOR_PARTNER.search(
            norm, max(start, latest.start - 24), latest.start):
        return latest
    subject = next((m for m in reversed(index.within(start, latest.start))
                    if _subject_position(norm, m)), None)
    if subject is not None:
        return subject
    before = index.last_before(start) if _ANAPHOR_OPENING.match(norm, start) else None
    if before is not None:  # A…。这家公司是[B]的全资子公司…。公司…: A, the topic carried on
        return _sentence_topic(norm, index, before)
    return latest


_INVESTED_IN = re.compile(r"[^,;:。!?]{0,8}?(?:投资|增资|注资|投入|融资)")
_ANAPHOR_PARTNER = re.compile(  # 公司与天津滨海高新区的[B]组建…: B is the partner
    r"(?<=[,;:。!?\n，；：\u3000])(?:这家|该)?(?:公司|企业)[^,;:。!?]{0,6}?[与同和][^,;:。!?]{0,16}$")
_ANAPHOR_OPENING = re.compile(  # also 。2020年,公司与[B]组建…。公司…: the topic, not B
    r"[ \t\u3000]*(?:(?:\d{4}年|今年|去年|此前)[,，])?"
    r"(?:(?:这家|该)(?:公司|企业)?|公司(?=[与同和由]|(?:副?董事长|副?总经理|副?总裁|"
    r"(?:技术|相关)?负责人)))")  # (公司由A与[B]合资成立; 公司总经理C说,…跟[B]一起…: the topic)


def _most_named(norm: str, cities: _Index, position: int) -> Entity | None:
    """The city named most often before ``position``, inside other names too (秦皇岛 in
    秦皇岛市人民政府): what 全市 means when no city was named in its own paragraph."""
    seen = {c.entity.id: c.entity for c in cities.items if c.end <= position}
    counts = {i: max(norm.count(n.rstrip("市"), 0, position) for n in _names(e) if n.rstrip("市"))
              for i, e in seen.items()}
    return seen[max(counts, key=counts.__getitem__)] if counts else None


def _nested(norm: str, mentions: Sequence[_Candidate], entities: Sequence[Entity]
            ) -> list[_Candidate]:
    """Entities named inside another mention (邯郸经济技术开发区 in 邯郸经济技术开发区管委会),
    at that mention's span: a later bare 开发区 may point back to them. ``mentions`` are in
    text order and do not overlap, so each place a name occurs lies in one at most."""
    long_names = [(e, n) for e in entities if e.type not in _NOT_AGENT_TYPES
                  for n in _names(e) if len(n) > 3]
    starts = [m.start for m in mentions]
    inside = set()  # (mention, name) by their positions in the two lists
    for k, (entity, name) in enumerate(long_names):
        at = norm.find(name)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            m = mentions[i] if i >= 0 else None
            if (m is not None and at + len(name) <= m.end and m.end - m.start > 4
                    and len(name) < m.end - m.start and entity.id != m.entity.id):
                inside.add((i, k))
            at = norm.find(name, at + 1)
    return [_Candidate(mentions[i].start, mentions[i].end, long_names[k][0], anaphor=True)
            for i, k in sorted(inside)]


def _enumerated(norm: str, mention: _Candidate) -> bool:
    """Whether the mention is one member of an enumeration (与北京、上海等地相比): such
    members are seldom what 全市 or 本地 refers back to."""
    return (norm[mention.start - 1:mention.start] == "、"
            or norm.startswith(("、", "等"), mention.end))


def _policy_by_short_name(short: str, policies: Sequence[_Candidate], position: int
                          ) -> Entity | None:
    """The last policy named before ``position`` whose name (without a bracketed period)
    ends in ``short``: 《方案》, 《行动计划》 after 《京津冀…行动计划(2025—2027年)》."""
    for mention in reversed(policies):
        if mention.start >= position:
            continue
        if any(_undated(_bare(n)).endswith(short) for n in _names(mention.entity)):
            return mention.entity
    return None


_SITE_TYPES = frozenset({"Project", "Park", "Organization"})
#: The ends of a site's name whose last 5 to 12 characters name it again (封闭测试场 for
#: 智能网联汽车封闭测试场, 储氢瓶生产线 for …储氢瓶生产线项目).
_SITE_ENDS = ("项目", "基地", "生产线", "中心", "园区", "产业园", "工厂", "平台", "实验室",
              "研究院", "站", "场", "线", "车间")
#: What a project's name without 项目 ends in where that end names a site (测试场, 示范线).
_BARE_SITE = re.compile(r"(?:场|基地|车间|工厂|线|中心|平台|站|园|库)$")
#: A three or four character tail that is no head on its own (…一体化, 年产3000吨…).
_NOT_BARE_HEAD = re.compile(r"[\d一二三四五六七八九十万亿的和与及、化]")
_PHASE_END = re.compile(r"(?<=.{4})([一二三四]期)(?:项目)?$")  # …产业化基地一期项目
_COMPANY_HEAD_ENDS = ("公司", "集团", "银行", "基金", "药业", "股份")
_LONG_TAILS = range(5, 13)  # a site's short name: the last 5 to 12 characters of its name
_ZONE_SHORT = (("高新技术产业开发区", "高新区"), ("高新技术开发区", "高新区"),
               ("经济技术开发区", "经开区"))  # 高新区规划面积28平方公里: the zone named before
_AFTER_DE = re.compile(r"(?<=的)[\u4e00-\u9fff]")
_CONTRACT_HEAD = re.compile(r"(?:协议|合同)(?=投资|总投资|金额|总额|额)")  # as _CONTRACT_NOUNS
_HEAD_OPENING = re.compile(  # where a bare head may stand: 。基地…, 该基地, 这个基地由…
    rf"(?:^|[{re.escape(CLAUSE_BREAKS)}]|与|和|同|在|及|、|参加|出席|参与"
    r"|(?:该|本次|此次|这次|本|这个|这一|这座|这条|此)(?:国家级|省级|市级|县级|区级)?"
    r"|力争(?:今年|明年|年内|到20\d\d年)?)")
# (120余家企业参加[对接会]: the event's participants; 这个省级[开发区]: the zone named before;
# 力争明年[平台]接入企业突破500家: a target's topic)
#: Where a bare head starts: after an opening and the opening words that follow it (the
#: lookahead reads those without taking them, so each opening is found as on its own).
#: The first lookahead, on the characters an opening can begin with, only makes it fast.
_HEAD_START = re.compile(
    rf"(?:^|(?=[{re.escape(CLAUSE_BREAKS)}与和同在及、参出该本这此力]))"
    rf"(?:{_HEAD_OPENING.pattern})(?=(?P<openers>{_CLAUSE_OPENERS.pattern}))")
#: Verbs of settling, after which a site's short name of four characters or more refers
#: back (首批4个项目同步落地[协作基地]; not 落地项目12个, a count).
_SETTLING = re.compile(r"(?:落地|入驻|落户|进驻)(?:到|于|在)?")
_SETTLED_SITE = 4


def _heads_naming(entity: Entity) -> frozenset[str]:
    """The bare heads that may name ``entity``: the last 2 to 4 characters of its name and
    aliases, for a site the last 5 to 12 (the whole name included), with or without 项目,
    and 高新区/经开区 for a zone named in full.

    >>> sorted(_heads_naming(Entity(id="c", type="Company", name="北京九曜智能科技有限公司")))
    ['公司', '有限公司', '限公司']
    """
    return _heads_of(entity.type, entity.name, entity.aliases)


#: A unit that runs a site, named after it (X平台运营中心): the site's heads name it too
#: (该平台 for the 运营中心 of X平台, where the text names the platform by its centre).
_SITE_UNIT_END = re.compile(r"^(.+?(?:平台|基地|产业园))(?:运营中心|服务中心|管理中心|展示中心)$")


def _run_sites(entity: Entity, known: set[str]) -> tuple[str, ...]:
    """The sites named inside the name of a unit that runs them (X平台 for X平台运营中心),
    where no entity of their own bears that name.

    >>> centre = Entity(id="c", type="Project", name="沙河市玻璃产业平台运营中心")
    >>> _run_sites(centre, set()), _run_sites(centre, {"沙河市玻璃产业平台"})
    (('沙河市玻璃产业平台',), ())
    """
    if entity.type not in _SITE_TYPES:
        return ()
    return tuple(m.group(1) for name in _names(entity) if (m := _SITE_UNIT_END.search(name))
                 and len(m.group(1)) > 4 and m.group(1) not in known)


@functools.lru_cache(maxsize=1 << 14)
def _heads_of(kind: str, full_name: str, aliases: tuple[str, ...]) -> frozenset[str]:
    """:func:`_heads_naming` by type, name and aliases (the same names recur from article
    to article: each is worked out once)."""
    words = set()
    for name in (full_name, *aliases):
        if name != full_name and kind == "Company":
            continue  # 康泽中药 (for 天津康泽中药饮片有限公司): 中药材… names no company
        for size in (4, 3, 2):
            if len(name) > size + 1 and not (
                    kind == "Company" and not name[-size:].endswith(_COMPANY_HEAD_ENDS)):
                words.add(name[-size:])  # (not 汽车 for 北京汽车: a trade name's last word)
        if kind == "Park":
            words.update(short for full, short in _ZONE_SHORT if name.endswith(full))
        bare = name.removesuffix("项目")  # 测试场 for …封闭测试场项目 (not 电解槽: a product)
        if kind == "Project" and bare != name and len(bare) > 4 and _BARE_SITE.search(bare):
            words.update(bare[-size:] for size in (4, 3, 2) if not _NOT_BARE_HEAD.match(
                bare, len(bare) - size))
        phase = _PHASE_END.search(name) if kind == "Project" else None
        if phase:  # 一期, 一期工程 for …基地一期项目: the phase named before
            words.update((phase[1], phase[1] + "工程", phase[1] + "项目"))
        if kind == "Cluster" and len(name) > 6:  # 示范城市群 for 京津冀燃料电池汽车示范城市群
            words.update(name[-size:] for size in (5, 6) if not _NOT_BARE_HEAD.match(
                name, len(name) - size))
        if kind in _SITE_TYPES:  # 储氢瓶生产线 for 年产3万只…储氢瓶生产线项目
            for form in {name, name.removesuffix("项目")}:
                if form.endswith(_SITE_ENDS):  # (every tail is longer than the ending)
                    for size in range(_LONG_TAILS.start, min(len(form) + 1, _LONG_TAILS.stop)):
                        words.add(form[-size:])
    return frozenset(words)


def _head_anaphors(norm: str, mentions: Sequence[_Candidate], index: _Index,
                   projects_of: dict[str, dict[str, Entity]],
                   nested: Sequence[_Candidate] = ()) -> list[_Candidate]:
    """Bare heads (联合体, 示范区, 公司) at a clause start or after 与/在/该… or after a place
    opening a clause (邯郸[节点]建成后), naming the last entity whose name ends so."""
    heads: dict[str, list[_Candidate]] = {}
    tails: dict[int, frozenset[str]] = {}  # the heads of each entity (by object), found once
    known = {name for m in mentions for name in _names(m.entity)}
    for mention in [*nested, *mentions]:  # a real mention wins over a name nested in it
        if mention.entity.type in _NOT_AGENT_TYPES:
            continue
        if id(mention.entity) not in tails:
            tails[id(mention.entity)] = _heads_naming(mention.entity).union(*(
                _heads_of(mention.entity.type, site, ()) for site in
                _run_sites(mention.entity, known)))
        for word in tails[id(mention.entity)]:
            heads.setdefault(word, []).append(mention)
    by_head: dict[str, _Index] = {}  # indexed when a head is first met in the text

    def named_with(word: str) -> _Index:
        if word not in by_head:
            by_head[word] = _Index({(m.start, m.end): m for m in heads[word]}.values())
        return by_head[word]

    found = []
    starts = [match.end("openers") for match in _HEAD_START.finditer(norm)]
    starts += [m.end + (norm[m.end:m.end + 1] == "的") for m in mentions  # 遵化的[节点]建成后
               if m.entity.type == "Region" and _opens_clause(norm, m.start)]
    after_de = {m.start() for m in _AFTER_DE.finditer(norm)} - set(starts)  # 该公司的[…测试场项目]
    settled = {m.end() for m in _SETTLING.finditer(norm)} - set(starts)  # 落地[协作基地]
    sizes = sorted({len(word) for word in heads}, reverse=True)  # 产业学院 before 学院
    by_opening: dict[str, list[int]] = {}  # head sizes by the first two characters
    for word in heads:  # (every head is two characters or more)
        by_opening.setdefault(word[:2], []).append(len(word))
    contracts = [m.end() for m in _CONTRACT_HEAD.finditer(norm)]  # 协议投资额
    branded = {m.end + 1 for m in mentions if norm[m.end:m.end + 1] == "”"}  # “织链云”[平台]
    for start in sorted(s for s in {*starts, *after_de, *settled} if norm[s:s + 2] in by_opening
                        and s not in branded):  # (the quoted brand names it already)
        i = bisect.bisect_right(contracts, start + _LONG_TAILS.stop - 1)
        cut = contracts[i - 1] - start if i and contracts[i - 1] >= start + 2 else 0
        fitting = sorted(by_opening[norm[start:start + 2]], reverse=True)
        if start + sizes[0] > len(norm):
            fitting = sizes  # at the very end of the text a head cut short may match
        for size in fitting:
            if size <= cut:
                break  # 协议投资额: the contracted investment, not the agreement's
            if start in settled and size < _SETTLED_SITE:
                break  # 落地项目12个: a count, not the last project
            if start in after_de and size < _LONG_TAILS.start and not \
                    _PHASE_END.match(norm, start, start + 2):  # (此次投产的[一期工程])
                break  # after 的 only a site's long short name: 该公司的封闭测试场项目
            word = norm[start:start + size]
            if word in heads and word not in _NOT_HEADS and not index.overlapping(
                    start, start + size):
                latest = named_with(word).last_before(start)
                if latest is not None and latest.entity.type == "Company" and not _SPEECH.search(
                        norm, max(0, start - 3), start):  # X说,公司…: the speaker's, left as is
                    latest = _sentence_topic(norm, named_with(word), latest)
                if latest is not None and word == "项目":
                    latest = _firms_project(norm, latest, start, mentions, projects_of)
                if latest is not None:
                    found.append(_Candidate(start, start + size, latest.entity, True))
                    break
    return found


def _firms_project(norm: str, latest: _Candidate, start: int,
                   mentions: Sequence[_Candidate],
                   projects_of: dict[str, dict[str, Entity]]) -> _Candidate:
    """For a bare 项目 at ``start``, the one project of the firm named since ``latest`` (the
    last project named), even paragraphs before (签约项目有…A公司B项目…C项目。A公司…,项目总投资
    4.5亿元: B, not C), else ``latest``."""
    firm = next((m for m in reversed(mentions) if latest.end <= m.start < start
                 and m.entity.type == "Company"), None)
    if firm is None or norm[firm.start - 1:firm.start] in ("由", "与", "和", "为", "向", "给"):
        return latest  # (…,由[A]提供装备。项目总投资…: A supplies the project named before)
    own = projects_of.get(firm.entity.id, {})
    if len(own) != 1 or latest.entity.id in own:
        return latest
    (project,) = own.values()
    return _Candidate(firm.start, firm.end, project, True)


_DESCRIBING = re.compile(r"是|为|成为")


def _never_subject(norm: str, candidate: _Candidate, others: Sequence[_Candidate],
                   prepositions: bool) -> bool:
    """What :func:`_excluded` finds whatever the number: the candidate's own context (and
    the candidates glued after it, the same in every list of its sentence), worked out
    once per candidate and kept on it."""
    if prepositions in candidate.never_subject:
        return candidate.never_subject[prepositions]
    verdict = _never_subject_here(norm, candidate, others, prepositions)
    candidate.never_subject[prepositions] = verdict
    return verdict


def _never_subject_here(norm: str, candidate: _Candidate, others: Sequence[_Candidate],
                        prepositions: bool) -> bool:
    kind = candidate.entity.type
    if kind in _NOT_SUBJECT_TYPES:
        return True
    start, end = candidate.start, candidate.end
    if kind == "Region" and (norm.startswith("园区", end) or (
            norm.startswith(_OWNED_NOUNS, end) and not _at_clause_start(norm, start))):
        return True  # 北京园区, 引进北京企业: the place names what follows
    if kind == "Region" and _ROUTE_AFTER.match(norm, end):
        return True  # 临西到津南的车程只有4个小时: a route, not who the clause is about
    if kind == "Region" and not candidate.anaphor and _OWN_SITE_AFTER.match(norm, end):
        return True  # 永清工厂的年产能已由3000台提升至1.2万台: the firm's site, named by place
    if kind == "Region" and not candidate.anaphor and _FIRM_UNIT_AFTER.match(norm, end):
        return True  # 天津子公司一期租用厂房…, 北京的研发团队有260多人: the firm's unit
    if kind == "Region" and not candidate.anaphor and _PLACE_COUNT.match(norm, end):
        return True  # 从来源地看,北京项目9个、天津项目3个: where the counted come from
    whole = candidate.anaphor and norm.startswith("全", start)  # 全县氢能企业达到30家
    if kind == "Region" and not whole and not _at_clause_start(norm, start) and (
            norm[max(0, start - 2):start] in _ATTRACTING
            or _owns_industry(norm, end, {o.start: o for o in others})):
        return True  # 承接北京生物医药项目, 更多北京氢能企业: where the counted things are from
    if kind == "Region" and (_CLASS_OF.match(norm, end) or norm[
            max(0, start - 2):start].endswith(_BENEFITING)):
        return True  # 列入河北省重点项目, 带动廊坊新增就业: a class or a beneficiary
    if kind == "Company" and _BOUGHT_FROM.search(norm, max(0, start - 5), start):
        return True  # 订购[B]五轴加工中心22台: B sells; the order is the buyer's
    if norm.startswith(("三地", "两地"), end):
        return True  # 京津冀三地300余名企业代表: where the counted come from
    if norm[start - 1:start] == "据" and _SOURCE_VERB.match(norm, end):
        return True  # 据[沙河市工业和信息化局]统计,…合同额近1.8亿元: the source, not the topic
    if kind == "Region" and not candidate.anaphor and _VERB_BEFORE.search(
            norm, max(0, start - 2), start) and any(
            o.start == end and o.entity.type == "Industry" for o in others):
        return True  # 共建京津冀[生物医药]产业协同创新走廊: the place qualifies a noun phrase
    if kind == "Region" and not candidate.anaphor and _COUNT_AFTER.match(norm, end):
        return True  # 与沙河近百家玻璃企业对接: the place qualifies a count, owns no other
    if kind == "Region" and not candidate.anaphor and (_COUNT_OF_SOME.match(norm, end) or (
            _PLACE_SITE.match(norm, end) and any(
                o.end in (start, start - 1) and norm[o.end:start] in ("", "的")
                and o.entity.type in ("Company", "Organization") for o in others))):
        return True  # 进入北京多家整车企业: a count; A秦皇岛工厂有员工210人: A's site
    if kind == "Region" and norm.startswith(("这个", "这座", "这条", "这家", "这一"), end):
        return True  # [徐水]这个封闭测试场建成后…: the place says where the site is
    if norm[start - 1:start] in ("像", "如") and norm.startswith(("这样", "一样", "那样"), end):
        return True  # 像[星途]这样…的机器人企业,在三河市已有47家: an example, not the subject
    if _SERVES_US.match(norm, end):
        return True  # “A给我们算了笔细账,…投入不到30万元”: the speaker's, A serves them
    if kind == "Region" and _FIRST_OF.match(norm, end):
        return True  # 河北省首个中试平台——[B基地],已为32家企业…: the place ranks what follows
    if kind == "Region" and norm.startswith("级", end):
        return True  # 北京市级以上创新平台14个: a rank, not a place
    if candidate.anaphor and norm[start:end] in ("三地", "两地") and not _at_clause_start(
            norm, start):
        return True  # 联盟已吸纳三地成员单位120余家: where the counted come from
    if (kind == "Region" and not candidate.anaphor and prepositions
            and _OF_NOUN.match(norm, end)):
        return True  # 通州的中试车间投产后,年产能将提高到500台: the place qualifies a noun
    if kind == "Region" and norm.startswith(_LOCAL, end):
        return True  # 优先采购安国本地药材: the place qualifies what is bought
    if (prepositions and candidate.anaphor and norm[start:end] in _LOCAL
            and (not _at_clause_start(norm, start) or norm.startswith(_LOCAL_NOUNS, end))):
        return True  # A…,(关键部件)本地配套率由30%提高到52%: the buyer's rate, not the place's
    if candidate.anaphor and norm[start:end] in _LOCAL and norm[start - 1:start] == "的":
        return True  # A的本地采购比例由15%提高到42%: A's rate, the place qualifies it
    if kind == "Region" and not candidate.anaphor and not _opens_clause(
            norm, start) and (_FIRMS_AFTER.match(norm, end) or any(
            o.start == end and o.entity.type == "Industry" and _FIRMS_AFTER.match(norm, o.end)
            for o in others)):
        return True  # 配套泊头整机企业5家, 京津冀机器人整机企业: the place qualifies the firms
    if norm[start - 1:start] == "为" and norm[start - 2:start] not in _NOT_BENEFICIARY and (
            _SUPPLYING.match(norm, end)):
        return True  # 将为[B项目]提供20台电解槽: B receives, the supplier is the subject
    if norm[max(0, start - 2):start].endswith(("占", "占到")):
        return True  # 占全省装机总量的9%: the whole a share is of, not whose share it is
    if kind == "Region" and norm[start - 1:start] in ("是", "为") and (
            norm[end:end + 1] not in CLAUSE_BREAKS):
        return True  # 这家企业是天津市专精特新企业: a description of the topic
    if _RELATIVE_AGENT.match(norm, end):
        return True  # A与B共建的[研究中心]…28名: the builders of what the clause is about
    if _QUANTITY_END.search(norm, max(0, start - 8), start):
        return True  # 10家北京药企: part of what is counted
    before, after = norm[max(0, start - 3):start], norm[end:end + 3]
    # A、B等: also 中国中化控股[有限责任公司]、… when a name is cut short
    return bool((before.endswith(_LIST_BEFORE) and not _ITEM_NUMBER.search(
        norm, max(0, start - 6), start)) or after.startswith(_LIST_AFTER)
                or _CUT_NAME_IN_LIST.match(norm, end))


#: What a parent is said to own after 是 (这家企业是B的控股子公司, 这家公司是B于2023年在万全
#: 设立的全资子公司).
_SUBSIDIARY_OF = re.compile(r"(?:旗下|[^,，;；。]{0,16}?(?:设立|成立|组建|注册|投资))?"
                            r"的?(?:控股|全资)?(?:子公司|孙公司|成员企业|下属企业)")


def _excluded(norm: str, candidate: _Candidate, quantity: Quantity,
              others: Sequence[_Candidate], prepositions: bool = True) -> bool:
    """Whether a candidate is grammatically not the subject (see the module docstring);
    ``prepositions=False`` lets places after a preposition through. ``others`` are the
    candidates of the candidate's sentence (those after a colon will do)."""
    if _never_subject(norm, candidate, others, prepositions):
        return True
    kind, start, end = candidate.entity.type, candidate.start, candidate.end
    between = norm[end:quantity.start]
    if between.endswith("的") and not any(c in CLAUSE_BREAKS for c in between):
        opening, _ = clause_bounds(norm, start, max(0, start - 60), start)
        if _DESCRIBING.search(norm, opening, start):
            return True  # 是三地共同编制图谱的6条产业链: inside a relative clause
    if (quantity.unit in _SMALL_COUNT_UNITS and end <= quantity.start and _bare(
            candidate.entity.name).endswith(_COUNTED_HEADS)
            and _COUNTING_VERBS.fullmatch(norm[end:quantity.start])):
        return True  # 示范项目达到50个: the thing counted, not its owner
    if end == quantity.start or start == quantity.end:
        return True  # 北京6个区, 10家北京药企
    following = next((o for o in others if o.start >= end and o is not candidate and not (
        o.anaphor and norm[o.start:o.end] in _LOCAL)), None)  # (A的本地采购比例: A's)
    if following is not None and not (end <= quantity.start < following.start
                                      and following.entity.type in _NOT_SUBJECT_TYPES):
        between = norm[end:following.start]
        if not any(c in CLAUSE_BREAKS for c in between) and (
                between.rstrip("《“").endswith("的") or following.entity.type == "Person"
                or (not between and following.entity.type != "Industry")):
            return True  # a modifier of the following mention
    if norm[end:quantity.start] == "的" and kind in _SITE_TYPES and _opens_clause(norm, start):
        return False  # ,[智能制造基地]的6条生产线全部…: the lines the clause's subject has
    if norm[end:quantity.start] in ("的", "内的", "内", "地区") or _REGION_COUNTED.match(norm, end):
        return True  # 实行链长负责制的6条…, 园区内38家企业, 满足华北地区约70%的订单, 北京6个区
    if candidate.anaphor and norm[start - 1:start] in ("为", "对", "向", "给"):
        return True  # 为当地新增就业岗位, 对园区内企业给予授信: who benefits, not whose figure
    if kind == "Company" and norm[start - 1:start] == "是" and _SUBSIDIARY_OF.match(norm, end):
        return True  # 这家企业是[B集团]的控股子公司,…营业收入9.7亿元: the subsidiary's
    if (candidate.anaphor and prepositions and norm[start - 1:start] == "在"
            and end <= quantity.start and norm[end:end + 1] not in CLAUSE_BREAKS):
        return True  # 现在直接在园区加工,成本降低了15%: where, not who
    if norm[start - 1:start] in ("对", "向") and _INVESTED_IN.match(norm, end, quantity.start):
        return True  # 基金已对[B]完成首轮投资8000万元: B received it, the fund invested
    if candidate.anaphor and norm.endswith(_SETTLED_INTO, 0, start):
        return True  # (这家企业)入驻园区三年来…, 以园区为主阵地: where, not who
    if candidate.anaphor or not (prepositions or norm.startswith("的", end)):
        return False  # relaxed, but 位于北辰区的[…] still modifies what follows
    head = start
    while True:  # 迁到河北廊坊: the preposition governs the whole chain of names
        glued = next((o for o in others if o.end == head and o is not candidate), None)
        if glued is None:
            break
        head = glued.start
    place = next((o for o in others if o.end == head - 1 and norm[o.end] == "的"
                  and o.entity.type == "Region"), None)
    if place is not None and norm.endswith(_MEANS, 0, place.start):
        return True  # 通过石景山区的[B]部署了…: B serves, the firm before acts
    return _after_preposition(norm, head, end)


_MEANS = ("通过", "借助", "依托", "经过", "接入")  # by what or whom a subject acts
#: Taking on someone's order or work (接下了[B]的订单): B is the client, not the subject.
_TOOK_ON = re.compile(r"[,，](?:则|也|还|又)?(?:接下|拿下|拿到|承接|获得|接到)了?$")
_SERVES_US = re.compile(r"(?:还|也|又|先)?(?:给|为|帮|替|帮助)(?:我们|我|咱们|咱)")
_ORIGIN = ("来自", "产自", "来源于", "源自")


def _clause_topic(norm: str, earlier: Sequence[_Candidate]) -> _Candidate:
    """Of the candidates before a clause with no subject of its own, the one it continues:
    the last that opens a clause (its topic), not an object named after it
    (公司还在北辰区设立[售后服务中心],在京津两地部署服务工程师60名: the company), but
    not what it founded (A成立了[B中心],一年来,算法迭代12次: B); never who runs a site
    (由[A]负责运营) or whose complement the subject is (成为[B]的供应商)."""
    at = {id(c): _declared_at(norm, c) for c in earlier}  # 由A(以下简称“[A]”)与C…: at A
    by_agents = [c for c in earlier if _BY_AGENT.search(norm, max(0, at[id(c)] - 40), at[id(c)])
                 or _PASSIVE_AGENT.search(norm, max(0, at[id(c)] - 32), at[id(c)])
                 or _SUPPORTING_ROLE.match(norm, c.end)
                 or (c.entity.type == "Company" and _ROLE_LABEL.search(
                     norm, max(0, c.start - 6), c.start))]  # B项目,签约企业[A],总投资…: B's
    if by_agents and by_agents[-1] is earlier[-1] and len(by_agents) < len(earlier):
        earlier = [c for c in earlier if c not in by_agents]  # 共建[B基地],由A负责运营,…: B
    nearest = earlier[-1]
    if nearest.entity.type == "Project" and norm[nearest.end:nearest.end + 1] in "，," and \
            _PASSIVE_BY.match(norm, nearest.end + 1):
        return nearest  # 在某镇布局[B项目],由A投资建设,规划…: B is what A builds
    owner_of_complement = norm[nearest.end:nearest.end + 1] == "的" and (norm.endswith(
        _NOT_BENEFICIARY, 0, nearest.start) or norm[nearest.start - 1:nearest.start] == "是")
    # (A已成为[B]的供应商,年供货额…; A是[B集群]的重要承载区之一,目前聚集企业128家: A's)
    described = norm[nearest.start - 1:nearest.start] in ("是", "系") and any(
        norm[c.end:nearest.start] in ("是", "系") for c in earlier[:-1])
    # (A是[B开发区]培育的科技型企业,去年营收1.3亿元: A's)
    if (owner_of_complement or described) and len(earlier) > 1:
        return next((c for c in reversed(earlier[:-1]) if _opens_clause(norm, c.start)),
                    nearest)
    if norm[nearest.end:nearest.end + 1] == "的" and not _opens_clause(norm, nearest.start):
        opener = next((c for c in reversed(earlier[:-1]) if (_opens_clause(norm, c.start)
                       or _APPOSITIVE.fullmatch(norm, clause_bounds(norm, c.start, 0, c.end)[0],
                                                c.start))
                       and c.entity.type in ("Company", "Organization")
                       and (not any(b in CLAUSE_BREAKS for b in norm[c.end:nearest.start])
                            or _TOOK_ON.search(norm, max(c.end, nearest.start - 8),
                                               nearest.start))),
                      None)  # (A…,则接下了[B]的代工订单,5年订单金额逾6亿元: A's)
        if opener is not None:
            return opener  # 企业接入[A]的设备管理平台,420台设备联网: the firm's, not A's
    if (_opens_clause(norm, nearest.start) or nearest.entity.type in ("Policy", "Event")
            or norm[nearest.end:nearest.end + 1] not in CLAUSE_BREAKS
            or norm[nearest.start - 1:nearest.start] in ("的", "《")):
        return nearest  # a subject, or the head of a relative clause (印发的《方案》,提出…)
    if nearest.entity.type in ("Organization", "Project", "Cluster") and _FOUNDING.search(
            norm, max(0, nearest.start - 6), nearest.start):
        return nearest  # A成立了[B中心],一年来,算法迭代12次: what was founded goes on
    if nearest.entity.type in _TOPIC_TYPES and _SET_UP.search(
            norm, max(0, nearest.start - 5), nearest.start) and \
            not norm.startswith(_ACTS_ELSEWHERE, nearest.end + 1):
        return nearest  # A在丰南设立了[B中心],可开展12类检测: the new unit goes on (but
        # A在衡水设立B,在京津两地部署工程师60名: A acts elsewhere, A's)
    if nearest.entity.type == "Company" and _COMPANY_FOUNDED.search(
            norm, max(0, nearest.start - 12), nearest.start) and \
            not norm.startswith(_ACTS_ELSEWHERE, nearest.end + 1):
        return nearest  # A迁至开发区,成立[B公司],总投资1.6亿元: the new company goes on
    if nearest.entity.type == "Park" and _PARK_BUILT.search(
            norm, max(0, nearest.start - 12), nearest.start):
        return nearest  # 开发区规划建设了[B产业园],规划面积3.2平方公里: the new park goes on
    opener = next((c for c in reversed(earlier) if _opens_clause(norm, c.start)), nearest)
    if nearest.entity.type == "Company" and opener.entity.type in ("Region", "Park") and \
            _BROUGHT_IN.search(norm, max(0, nearest.start - 3), nearest.start):
        return nearest  # 永年区引入[B],为企业开展评估,已完成156家次: the firm brought in acts
    return next((c for c in reversed(earlier) if _opens_clause(norm, c.start)), nearest)


#: A place bringing a firm in, which then acts (永年区引入[B],为…开展…).
_BROUGHT_IN = re.compile(r"(?:引入|引进|招引)了?$")
#: A speaker's bare committee opening a sentence (开发区管委会主任A介绍,…).
_BARE_COMMITTEE = re.compile(r"\s*(?:开发区|经开区|高新区)管委会")
_ZONE_ENDS = ("开发区", "经开区", "高新区", "产业开发区")
_DECLARED = re.compile(r"(?:简称|下称)[“\"]?$")


def _declared_at(norm: str, candidate: _Candidate) -> int:
    """Where the full name stands whose short form ``candidate`` declares (A(以下简称“[A]”):
    at A), else where the candidate starts."""
    if not _DECLARED.search(norm, max(0, candidate.start - 3), candidate.start):
        return candidate.start
    bracket = max(norm.rfind("(", 0, candidate.start), norm.rfind("（", 0, candidate.start))
    name = candidate.entity.name
    if bracket < 0 or candidate.start - bracket > 8 or not norm.endswith(name, 0, bracket):
        return candidate.start
    return bracket - len(name)


def _opens_clause(norm: str, position: int) -> bool:
    """Whether only opening words (预计, 目前, 今年 …) stand between the last clause break
    and ``position``: 预计[基地]投产后… is a topic."""
    lower, last = max(0, position - 12), position - 1
    while last >= lower and norm[last] not in CLAUSE_BREAKS:
        last -= 1
    if last < lower:
        return _at_clause_start(norm, position)
    pointing = _POINTING.search(norm, last + 1, position)  # 这条[装配线]投资3.8亿元,…
    return _CLAUSE_OPENERS.fullmatch(norm, last + 1, pointing.start() if pointing else position
                                     ) is not None


def _locative(norm: str, candidate: _Candidate) -> bool:
    """A place in a clause-initial locative phrase, ,在X配套企业达到27家: where the clause's
    unnamed subject (the topic before) acts, not who."""
    if norm[candidate.start - 1:candidate.start] != "在":
        return False
    if candidate.anaphor:  # 现在直接在园区加工,成本降低了15%
        return norm[candidate.end:candidate.end + 1] not in CLAUSE_BREAKS
    return (candidate.entity.type == "Region"
            and (_opens_clause(norm, candidate.start - 1)
                 or _PRONOUN_BEFORE.search(norm, max(0, candidate.start - 6), candidate.start)))


def _agent(norm: str, candidate: _Candidate, in_sentence: Sequence[_Candidate]
           ) -> _Candidate:
    """The first party where ``candidate`` is the partner of a clause-initial A(还)与[B]签约…;
    else ``candidate``."""
    first = next((c for c in reversed(in_sentence) if c.end < candidate.start), None)
    if first is not None and first.entity.type in ("Region", "Park") and \
            _PLACE_OF_PARTNER.fullmatch(norm, first.end, candidate.start):
        place = first  # A与天津南港工业区的[B]签订…: the place only says where B is
        first = next((c for c in reversed(in_sentence) if c.end < place.start), None)
        if first is None or not _PARTNER.fullmatch(norm, first.end, place.start) or any(
                c.entity is candidate.entity for c in in_sentence if c.start > candidate.end):
            return candidate  # (…与临西本地的[B]达成合作,由B为…供应: B named again acts)
        partner_start = place.start
    else:
        partner_start = candidate.start
    if first is None or first.entity.type in _NOT_SUBJECT_TYPES or not _PARTNER.fullmatch(
            norm, first.end, partner_start) or not (
            _at_clause_start(norm, first.start) or _opens_clause(norm, first.start)
            or norm[first.start - 1:first.start] == "的"
            or _APPOSITIVE.fullmatch(norm, clause_bounds(norm, first.start, 0, first.end)[0],
                                     first.start)):
        return candidate
    return first


#: Between a place and the partner it locates (与涞水本地的[B], 与南港工业区的[B]).
_PLACE_OF_PARTNER = re.compile(r"(?:本地|当地)?的")
#: What a clause may say a subject is before naming it (天津本地整车企业[A]与B合作…: A).
_APPOSITIVE = re.compile(r"[\u4e00-\u9fff]{0,10}(?:企业|公司|车企|药企|厂商|龙头)(?:——|—|:|：)?")


def _owns_industry(norm: str, end: int, by_start: dict[int, _Candidate]) -> bool:
    """Whether an industry glued to ``end`` is followed by a noun a place may own
    (北京[氢能]企业); ``by_start`` maps start offsets to candidates."""
    glued = by_start.get(end)
    return (glued is not None and glued.entity.type == "Industry"
            and norm.startswith(_OWNED_NOUNS, glued.end))


def _after_preposition(norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` is governed by a preposition (在北京召开, 来自京津冀);
    a clause-initial 在保定, is the topic of what follows and does not count."""
    before = norm[max(0, start - 3):start]
    if not before.endswith(_PREPOSITIONS):
        return False
    return not (before.endswith("在") and norm[end:end + 1] == ","
                and (start < 2 or norm[start - 2] in CLAUSE_BREAKS))


def _at_clause_start(norm: str, position: int) -> bool:
    head = norm[max(0, position - 6):position].rstrip(" ◎●·-—－\u3000")
    return not head or head[-1] in CLAUSE_BREAKS or head.endswith(("如今", "目前", "其中"))


_TIME_OPENING = re.compile(r"(?:^|[。!?！？\n:：][ \t\u3000]*)(?:\d{4}年|今年|去年|目前)"
                           r"(?:上半年|下半年|前三季度|1至\d{1,2}月|一季度)?[,，]$")


def _in_brackets(norm: str, lower: int, position: int) -> bool:
    """Whether ``position`` lies inside brackets opened after ``lower``.

    >>> _in_brackets("A(证券代码:836215),B", 0, 6), _in_brackets("各建一园:北京", 0, 4)
    (True, False)
    """
    opened = max(norm.rfind("(", lower, position), norm.rfind("（", lower, position))
    closed = max(norm.rfind(")", lower, position), norm.rfind("）", lower, position))
    return opened > closed


def _after_time_opening(norm: str, position: int) -> bool:
    """Whether only a time word opens the sentence before ``position`` (。2024年,集团…)."""
    return _TIME_OPENING.search(norm, max(0, position - 10), position) is not None


def _at_sentence_start(norm: str, position: int) -> bool:
    head = norm[max(0, position - 4):position].rstrip(" \u3000")
    return not head or head[-1] in "。!?！？\n"


def _subject(norm: str, quantity: Quantity, in_sentence: list[_Candidate],
             sentence: Sentence, sentences: Sequence[Sentence], index: int,
             candidates: _Index, by_id: dict[str, Entity],
             last_subject: tuple[str, int, int] | None, paragraph: int,
             policy_topic: tuple[Entity, int] | None = None) -> tuple[Entity | None, str]:
    head = next((c for c in in_sentence if c.start == quantity.end + 1), None)
    if norm[quantity.end:quantity.end + 1] == "的" and head is not None and \
            head.entity.type not in _NOT_SUBJECT_TYPES:
        return head.entity, "fact:head"
    source = next((c for c in in_sentence if c.entity.type == "GovernmentBody"
                   and not norm[sentence.start:c.start].strip()
                   and _STATISTICS_SHOW.match(norm, c.end)), None)
    if source is not None:  # 定州市人社局的统计显示,…从业人员约3400人: the city's figures
        place = _body_place(source.entity, in_sentence, candidates, sentence.start)
        if place is not None and not any(source.end <= c.start < quantity.start
                                         and c.entity.type not in _NOT_SUBJECT_TYPES
                                         for c in in_sentence):
            return place, "fact:source"  # (…数据显示,2025年[永年区]新增…: 永年区's)
    frame = _FRAME.match(norm, sentence.start)
    if frame is not None and quantity.start > frame.end():
        owner = next((c for c in in_sentence if c.start == frame.start("owner")
                      and c.entity.type in ("Company", "Organization", "Project")), None)
        c_start, _ = clause_bounds(norm, quantity.start, sentence.start, sentence.end)
        if owner is not None and not any(
                c_start <= c.start < quantity.start and c.entity.type in _SUBJECT_TYPES
                for c in in_sentence):
            return owner.entity, "fact:frame"  # 在[A]的供应商名录上,…由9家增加到41家: A's
    runner = next((c for c in in_sentence if c.entity.type in ("Company", "Organization")
                   and norm[c.start - 1:c.start] == "由"
                   and _RUN_BY.fullmatch(norm, c.end, quantity.start)), None)
    if runner is not None:
        return runner.entity, "fact:clause"  # 由[A]运营的30辆冷链车: A's fleet
    holder = next((c for c in in_sentence if c.entity.type in ("Company", "Organization",
                                                               "GovernmentBody")
                   and _STAKE.fullmatch(norm, c.end, quantity.start)), None)
    if holder is not None and quantity.unit == "%":
        return holder.entity, "fact:stake"  # 由[A]持股60%、B持股40%: each holder's stake
    park = _settled_park(norm, quantity, in_sentence)
    if park is not None:
        return park, "fact:settled"  # 其中4个项目落户[B开发区]: B's count
    client = _served_client(norm, quantity, in_sentence, sentence, candidates)
    if client is not None:
        return client, "fact:client"  # A为[B]部署了系统,…交付周期由21天缩短到13天: B's
    party = _respective_party(norm, quantity, in_sentence, sentence)
    if party is not None:
        return party, "fact:respective"  # A、B、C分别落地9个、5个、4个: the 5 is B's
    association = _members_of(norm, quantity, in_sentence)
    if association is not None:
        return association, "fact:members"  # …发布了[联合体],首批成员单位达到56家
    event = _signing_event(norm, quantity, in_sentence, sentence, candidates, paragraph)
    if event is not None:
        return event, "fact:signing"  # …对接会举行。随后,18个项目集中签约,总投资62.5亿元
    if policy_topic is not None and policy_topic[1] <= quantity.start and not any(
            policy_topic[1] <= c.start < quantity.start and c.entity.type in _BUILT_OR_ACTING
            and not _QUANTITY_START.match(norm, c.end)  # 共建检测中心1个: what is counted
            for c in in_sentence):  # (根据协议,两地将共建[B园],规划面积…: B's)
        return policy_topic[0], "fact:policy"  # 方案实施以来,宁晋县累计促成…57个: the policy's
    c_start, c_end = clause_bounds(norm, quantity.start, sentence.start, sentence.end)
    for c in in_sentence:  # 北京(曹妃甸)现代产业发展试验区: a bracket inside a name
        if c.start < c_start < c.end:
            c_start = c.start
    policy = _policy_target(norm, quantity, in_sentence)
    if policy is None and (_support_term(norm, quantity, c_start)
                           or _BENEFICIARIES.match(norm, quantity.end)):
        policy = _last_policy(norm, candidates, quantity.start)  # 给予最高500万元的奖励
    if policy is None and quantity.unit == "%" and _GRANTED_RATE.search(
            norm, max(c_start, quantity.start - 8), quantity.start) and _GRANT.match(
            norm, quantity.end):  # 《措施》…,按设备投资额最高给予10%的补贴: the named policy's
        policy = next((c.entity for c in reversed(in_sentence) if c.entity.type == "Policy"
                       and c.end <= quantity.start), None)
    if policy is not None:
        return policy, "fact:policy"
    if _COMPANY_METRICS.search(norm, c_start, quantity.start):
        company = next((c for c in reversed(in_sentence) if c.end <= quantity.start
                        and c.entity.type == "Company"), None)
        if company is not None:  # 合资成立[B公司],注册资本3亿元,负责建设C基地
            return company.entity, "fact:company"
    within = _WITHIN.search(norm[sentence.start:quantity.start])
    if within and sentence.start + within.end() < c_start:
        opener = next((c for c in in_sentence if c.start == c_start and (
            not c.anaphor or norm.startswith(("建成后", "项目"), c.start))
                       and c.entity.type in _ACTOR_TYPES),
                      None)  # (…,其中A持股60%,[建成后]年产…: the project pointed at)
        if opener is not None:  # 其中A出资7000万元,[B]出资5000万元: B's own share
            return opener.entity, "fact:within"
    if within:  # 其中,由A、B合资设立的[C项目],总投资8.5亿元: the site the clause is about
        opening_at = sentence.start + within.end()
        site = next((c for c in in_sentence if opening_at <= c.start and c.end < quantity.start
                     and c.entity.type == "Project" and norm[c.end] in ",，"
                     and _is_built_site(norm, c, _INVESTED_SITES)), None)
        if site is not None and not any(
                c.entity.type in _ACTOR_TYPES for c in in_sentence
                if site.end <= c.start < quantity.start):
            return site.entity, "fact:within"
    if within:  # A、[B]、C等一批园区…,其中[B]已落地…400个: B named again, if split up since
        opening_at = sentence.start + within.end()
        repeated = next((c for c in in_sentence if c.end <= opening_at and not c.anaphor
                         and c.end - c.start >= 4 and c.entity.type in _ACTOR_TYPES
                         and norm.startswith(norm[c.start:c.end], opening_at)), None)
        if repeated is not None:
            return repeated.entity, "fact:within"
    if within and last_subject is not None and last_subject[2] >= index - 2:
        first = next((c for c in in_sentence if c.start == sentence.start + within.end()), None)
        sibling = next((c for c in in_sentence if c.end == quantity.start and first is not None
                        and c.start > first.end and norm[c.start - 1] in "、和及"
                        and c.entity.type == first.entity.type == "Region"), None)
        if sibling is not None and first.entity.id == last_subject[0]:
            return sibling.entity, "fact:within"  # 其中固安县20个、[香河县]15个: its own too
        opening = next((c for c in in_sentence if c.start == sentence.start + within.end()
                        and not c.anaphor and c.entity.id != last_subject[0]), None)
        opened = sentence.start + within.end()
        headed = next((c for c in in_sentence if c.start > opened
                       and c.entity.type in _SUBJECT_TYPES and norm[c.start - 1:c.start] == "的"
                       and (c.end <= quantity.start or (
                           quantity.start > opened and not CLAUSE_BREAK.search(
                               norm, opened, c.start)))), None) if _RELATIVE_BY.match(
            norm, opened) else None
        # (其中,由A投资8000万元建设的[B中心]…: B's investment too, stated inside its clause)
        if opening is None and headed is not None:
            return headed.entity, "fact:within"  # 其中,由A牵头实施的[B项目]已投入重卡200辆
        if opening is None or opening.entity.type in _NOT_SUBJECT_TYPES:
            return by_id.get(last_subject[0]), "fact:within"  # 其中北京企业36家
        if opening.entity.type == "Region":
            whole = by_id.get(last_subject[0])
            if _REGION_PREDICATE.match(norm, opening.end) and not (
                    _QUANTITY_START.match(norm, opening.end) and whole is not None
                    and _apart(opening.entity, whole)):
                return opening.entity, "fact:within"  # 其中固安县120家: the county's own
            # (引进京津服务商21家,其中北京13家: where they come from, not a part of the whole)
            return by_id.get(last_subject[0]), "fact:within"  # 其中京津冀地区订单占40%
        # 其中[某园区]已落地…: the park's own figures, found by the rules below
    colon = max(norm.rfind(":", sentence.start, c_start), norm.rfind("：", sentence.start, c_start))
    if colon >= 0 and colon != c_start - 1 and not _in_brackets(norm, sentence.start, colon):
        # 各建一园:北京园区位于… starts afresh (not A(证券代码:836215),营业收入…: A's)
        after = [c for c in in_sentence if c.start > colon]
        opener = next((c for c in in_sentence if c.start < colon and c.entity.type in
                       ("Company", "Project") and _at_sentence_start(norm, c.start)
                       and norm[c.end:c.end + 1] == "是"), None)
        if opener is not None and not any(c.end <= quantity.start and c.entity.type not in
                                          _NOT_SUBJECT_TYPES for c in after):
            after.insert(0, opener)  # A是试点企业,…看了看板:…设备由12台增至96台: A's
        in_sentence = after
    usable = [c for c in in_sentence if not _excluded(norm, c, quantity, in_sentence)]
    site = _land_for(norm, quantity, in_sentence)
    if site is not None:
        return site, "fact:project"  # 划出约500亩土地建设[B产业园]: the land B is built on
    land = next((c for c in in_sentence if c_start <= c.start and c.end <= quantity.start
                 and c.entity.type == "Park" and norm[c.start - 1:c.start] == "在"), None)
    if land is not None and quantity.unit in _AREA_UNITS and _SET_ASIDE.search(
            norm, land.end, quantity.start):
        return land.entity, "fact:clause"  # 涿州将在[开发区]再规划2000亩土地: the park's land
    built = _built_project(norm, quantity, usable, sentence) or _passive_site(
        norm, quantity, in_sentence, c_start) or _passive_opening(
        norm, sentence, sentences, index, candidates) or _item_built_by(
        norm, quantity, in_sentence, sentence, c_start)
    if built is not None:
        return _company_own(norm, quantity, built, in_sentence, c_start), "fact:project"
    before = [c for c in usable if c_start <= c.start and c.end <= quantity.start]
    if before:
        return _or_main_subject(norm, _agent(norm, before[-1], in_sentence), in_sentence,
                                quantity, "fact:clause")
    founded = next((c for c in in_sentence if quantity.end <= c.start and c.end <= c_end
                    and c.entity.type in ("Organization", "Cluster")
                    and _FOUNDED_BY.fullmatch(norm, quantity.end, c.start)), None)
    if founded is not None:  # 由两地17家企业和高校共同发起的[联盟]: its founding members
        return founded.entity, "fact:clause"
    if norm[quantity.start - 1:quantity.start] == "等":  # A、B等32家企业发起成立[联盟]
        founded = next((c for c in in_sentence if quantity.end <= c.start and c.end <= c_end
                        and c.entity.type in ("Organization", "Cluster")
                        and _FOUNDING.search(norm, max(quantity.end, c.start - 6), c.start)), None)
        if founded is not None:
            return founded.entity, "fact:clause"  # its founding members
    topic = next((c for c in in_sentence if c.anaphor and c.entity.type == "Event"
                  and not norm[sentence.start:c.start].strip()), None)
    if topic is not None and not any(  # 会上,[联合体]同步成立,首批成员单位36家: a new topic
            topic.end < c.start and c.end <= c_start and c.entity.type in _ACTOR_TYPES
            and _subject_position(norm, c) for c in usable) and not _named_after_topic(
            norm, topic, in_sentence, c_start):
        return topic.entity, "fact:topic"  # 会上,A、B等12家企业与C签约,…总投资46亿元
    invested = _INVESTING.search(norm, max(sentence.start, quantity.start - 4), quantity.start)
    after = [c for c in usable if quantity.end <= c.start and c.end <= c_end and (
        invested or not _BUILD_VERBS.search(norm, max(quantity.end, c.start - 4), c.start))]
    if norm[quantity.start - 1:quantity.start] == "等":  # A、B等3家央企已在[雄安]设立…
        after = [c for c in in_sentence if quantity.end <= c.start and c.end <= c_end
                 and not _excluded(norm, c, quantity, in_sentence, prepositions=False)]
    if after:
        return after[0].entity, "fact:clause"
    earlier = [c for c in usable if c.end <= c_start and not (  # 扩建[生产线],新增用地…
        c.entity.type == "Project" and not _bare(c.entity.name).endswith(_PROJECT_SITES)
        and not _opens_clause(norm, c.start) and not _owned_opening(norm, c, in_sentence)
        and not _FOUNDING.search(norm, max(0, c.start - 6), c.start))]
    # (开设了[B订单班],首期招收学员45人: what was set up goes on)
    # (but A的[中试线]今年投产,总投资1.8亿元: a line heading its clause is its topic)
    parties = [c for c in in_sentence if c.end <= c_start and c.entity.type not in
               _NOT_AGENT_TYPES]
    if parties and _PARTIES.match(norm, c_start):
        unit = parties[-1]
        if unit.entity.type in _JOINT_UNITS and _JOINTLY_FOUNDED.search(
                norm, max(0, unit.start - 6), unit.start):
            return unit.entity, "fact:parties"  # A与B共建[联合实验室],双方首批攻关品种35个
        return parties[0].entity, "fact:parties"  # A与B签约,双方将共建5座…: the first party
    quote = _quote_opening(norm, paragraph, quantity.start)
    if quote >= 0 and (_WE.search(norm, c_start, quantity.start) or not any(
            c.start > quote and c.entity.type != "Region" for c in earlier)):
        intro = max(paragraph, *(norm.rfind(mark, paragraph, quote) + 1 for mark in "。!?"))
        speaker = next((c.entity for c in reversed(candidates.within(intro, quote))
                        if c.entity.type not in _NOT_AGENT_TYPES), None)
        if speaker is not None:  # 公司总经理范文涛说:“北京的…成本降低了20%。”
            return _quoted(norm, speaker, sentence.start, quantity.start)
    if quote < 0 and norm.startswith("“", sentence.start) and \
            _WE.search(norm, c_start, quantity.start):
        speaker = _speaker(norm, sentence, sentences, index, candidates)
        if speaker is not None:  # “我们每年在北京的采购额超过40亿元。”A集团副总裁B说: A's
            return _quoted(norm, speaker, sentence.start, quantity.start)
    if not earlier:
        speaker = _reporting(norm, sentence, quantity, in_sentence, by_id, candidates)
        site = speaker and _site_completed(norm, in_sentence, quantity.start)
        if site is not None:  # A总经理B说,…,雄县[产线]投产后,预计年产…15万台: the line's
            return site, "fact:site"
        if speaker is not None:  # A总经理B说,过去…到天津再测,企业的测试周期可缩短约40天
            return _quoted(norm, speaker, sentence.start, quantity.start)
    if not earlier:  # 北京园区位于[顺义区李遂镇工业区],规划面积约2500亩 (but not 在津南配套…)
        earlier = [c for c in in_sentence if c.end <= quantity.start and not _excluded(
            norm, c, quantity, in_sentence, prepositions=False) and not _locative(norm, c)
            and not (norm[c.start - 1:c.start] == "在" and _WHERE_VERB.match(norm, c.end))
            and not norm.endswith(_ORIGIN, 0, c.start)]  # (电机来自[保定]: whence, never who)
        # (推动23个项目在[河北]落地,协议投资额逾90亿元: where they land, the topic carries on)
    later = [c for c in usable if c.start >= c_end]
    if earlier and earlier[-1].end == c_start - 1 and _INVESTMENT_OPENING.match(
            norm, c_start) and _is_built_site(norm, earlier[-1], _INVESTED_SITES):
        return earlier[-1].entity, "fact:project"  # A引进了[B项目],总投资9.6亿元: B's
    if earlier:
        return _or_main_subject(norm, _agent(norm, _clause_topic(norm, earlier), in_sentence),
                                in_sentence, quantity, "fact:sentence")
    if later:
        return later[0].entity, "fact:sentence"
    speaker = _speaker(norm, sentence, sentences, index, candidates)
    if speaker is not None:
        return _quoted(norm, speaker, sentence.start, quantity.start)
    if _RELATIVE_HEAD.search(norm, sentence.start, quantity.start):
        return None, ""  # A与B共建的实验室已完成…9项: about a thing that is not an entity
    if last_subject is not None and (last_subject[1] == paragraph or _same_list(
            norm, last_subject[1], paragraph)):
        return by_id.get(last_subject[0]), "fact:carry"
    topic = candidates.last_before(sentence.start)
    if topic is not None and norm[topic.start - 1:topic.start] in ("是", "系"):
        topic = _sentence_topic(norm, candidates, topic)  # A是[B]的全资子公司…。项目总投资…: A
    if topic is not None and topic.start >= paragraph and not topic.anaphor and (
            topic.entity.type in _TOPIC_TYPES):
        return topic.entity, "fact:paragraph"  # A新建的车间里…。车间投用后,效率提高35%
    if _NEW_SITE_OPENING.match(norm, sentence.start):
        opener = next((c for c in reversed(candidates.within(paragraph, sentence.start))
                       if c.entity.type == "Company" and not c.anaphor
                       and _at_sentence_start(norm, c.start)), None)
        if opener is not None:  # A…将生产从顺义迁至徐水…。新工厂投资3.1亿元: A's new plant
            return opener.entity, "fact:paragraph"
    return None, ""


#: A service done for a firm (A为[B]部署了…, A帮[B]改造…): its outcomes are B's.
_SERVED = re.compile(r"(?:部署|改造|搭建|实施|上线|打造|定制|开发)")
_CHANGED_TO = re.compile(r"(?:缩短|降低|下降|减少|提高|提升|增加)(?:到|至)")  # 由[21天]缩短到
_SERVED_FIRM = re.compile(r"[为帮给](?P<head>集团|公司|企业)" + _SERVED.pattern)
#: An outcome: a change or a saving (由21天缩短到13天, 减少约3600万元, 下降12%).
_OUTCOME = re.compile(r"由[^,;:。]{0,12}?(?:缩短|降低|下降|减少|提高|提升|增加)(?:到|至)"
                      r"|(?:减少|降低|下降|节约|节省|省下|缩短|提高|提升)了?(?:约|近|超过)?$")


def _served_client(norm: str, quantity: Quantity, in_sentence: Sequence[_Candidate],
                   sentence: Sentence, candidates: _Index) -> Entity | None:
    """The firm a service was done for, whose outcomes a later clause of the sentence
    gives (A为[B]部署了一体化系统,订单交付周期由21天缩短到13天: B's; A为集团部署…: the
    group named last before the sentence)."""
    c_start, _ = clause_bounds(norm, quantity.start, sentence.start, sentence.end)
    outcome = _OUTCOME.search(norm, c_start, quantity.start) or (
        "由" in norm[c_start:quantity.start] and _CHANGED_TO.match(norm, quantity.end))
    if not outcome or any(
            c_start <= c.start and c.end <= quantity.start and c.entity.type in _ACTOR_TYPES
            for c in in_sentence):
        return None  # (the clause names its own subject)
    client = next((c for c in in_sentence if c.end <= c_start and c.entity.type in (
        "Company", "Organization") and norm[c.start - 1:c.start] in ("为", "帮", "给")
        and _SERVED.match(norm, c.end)), None)
    if client is not None:
        return client.entity
    bare = _SERVED_FIRM.search(norm, sentence.start, c_start)
    if bare is None:
        return None
    paragraph = norm.rfind("\n", 0, sentence.start) + 1
    return next((c.entity for c in reversed(candidates.within(paragraph, sentence.start))
                 if c.entity.type == "Company" and not c.anaphor
                 and bare["head"] in c.entity.name), None)


#: A body's statistics opening a sentence (A局的统计显示,…; A局数据显示,…).
_STATISTICS_SHOW = re.compile(r"的?(?:统计|数据|监测数据|统计数据)(?:显示|表明)[,，:：]?")
#: A sentence framed by a firm's list or books (在A的供应商名录上,…): the figures are A's.
_FRAME = re.compile(r"\s*在(?P<owner>[^,，。]{2,20}?)的[^,，。]{0,6}?(?:名录|名单|清单|目录|体系"
                    r"|订单)(?:上|中|里)[,，]")  # (not 在A的厂区里,一条新建的生产线…: the line's)
#: What a firm runs, right before the count of it (由A运营的[30辆]…).
_RUN_BY = re.compile(r"(?:负责)?(?:运营|投放|管理|使用|投入运营)的")
#: A stake right after its holder (A持股60%, A占股40%, A出资比例为30%).
_STAKE = re.compile(r"(?:持股|占股|控股|出资)(?:比例)?(?:为|达|约)?")
#: What follows a count of projects or firms that settle in a park named next.
_SETTLE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:项目|企业)(?:已|将|均|全部|分别)?(?:签约)?"
                           r"(?:落户|入驻|落地|进驻)(?:到|于|在)?")


def _settled_park(norm: str, quantity: Quantity, in_sentence: Sequence[_Candidate]
                  ) -> Entity | None:
    """The park right after a count of projects or firms said to settle there (其中4个项目
    落户[玉田经济开发区], 12家企业入驻[B园])."""
    settled = _SETTLE_AFTER.match(norm, quantity.end)
    if settled is None or quantity.unit not in ("个", "家"):
        return None
    return next((c.entity for c in in_sentence if c.start == settled.end()
                 and c.entity.type == "Park"), None)


_WITHIN = re.compile(r"(?:^|[,;:，；：])\s*其中[,，]?")  # ,其中北京企业36家
#: A sentence about a firm's new site, unnamed (新工厂投资3.1亿元): the firm's.
_NEW_SITE_OPENING = re.compile(r"\s*新(?:工厂|厂区|厂房|基地|生产基地)")
#: A modifier opening a clause after 其中 (由A牵头实施的[B], 投资额最大的[B]): B heads it.
_RELATIVE_BY = re.compile(r"\s*[^,;:。!?，；：]{2,40}?的")
_CAP_BEFORE = re.compile(r"(?:最高|上限为|上限|最多)$")  # 单个项目最高2000万元, 上限为500万元
_RATE_BEFORE = re.compile(r"按(?:照)?")  # 按设备投资额的30%, 按每公斤10元
_RATE_AFTER = re.compile(r"(?:的比例)?(?:给予|予以)")
_GRANTED_RATE = re.compile(r"(?:最高|最多|不超过)?(?:给予|予以)(?:最高|不超过)?$")
_GRANT = re.compile(r"的?(?:补贴|补助|奖励|资助|贴息|奖补)")
_AREA_UNITS = ("亩", "平方公里", "公顷")
_SET_ASIDE = re.compile(r"预留|规划|拿出|储备|腾出")  # land a park keeps for projects (not 购地)
_COMPANY_OWN = re.compile(r"销售收入|营业收入|营收|利润|纳税|员工|职工|市场份额|市场占有率")
_SITE_OUTPUT = re.compile(r"(?:达产|建成|投产|满产)后|(?<![今半])年(?:销售|营业)收入")  # a site's
# (not 今年上半年销售收入: the firm's figure for a period)
_BUILT_RELATIVE = re.compile(  # A在开发区新建的[B中试线]: B is the clause's subject
    r"[^,;:。!?]{0,24}?(?:新建|建设|投建|建成|打造|新上|上马)的")
_DEMONSTRATIVE_OPENING = re.compile(r"\s*(?:这|该|此)[座个条家所项]?")  # 这座[加氢站]由…
_PASSIVE_BY = re.compile(r"(?:将|已|主要|拟|均)?由")  # [B基地]由A投资5亿元建设: B's
_PARK_BUILT = re.compile(r"(?:规划建设|规划|新建|建设|打造|建成)了?[^,;:。!?]{0,8}?$")
_SET_UP = re.compile(r"(?<!合作|共同|联合)设立了?$")  # 与B合作设立C: the partners act
_ACTS_ELSEWHERE = ("在", "向", "到")
#: A company founded (成立[B公司], 设立了全资子公司[B]), not with partners (合资成立: theirs).
_COMPANY_FOUNDING = re.compile(r"(?:成立|设立)了?(?:一家)?(?:(?:全资|控股)?子公司|分公司)?$")
#: The same, by the company alone (not 与B合资成立C: the partners act).
_COMPANY_FOUNDED = re.compile(r"(?<!合作|共同|联合|合资)" + _COMPANY_FOUNDING.pattern)
_FOUNDING = re.compile(r"(?:成立|组建|发起成立|共同成立|联合成立|投资设立|开设|开办|合办)了?“?$")
_WE = re.compile(r"我们|我们的|我司")  # “…我们的转台已配套…5家”: the speaker's organisation
_COMPANY_METRICS = re.compile(r"注册资本|注册资金|实缴资本")  # only a company has them
_TARGET_WORDS = re.compile(r"提出|明确|要求|指出|强调|规定|部署|目标|力争|到20\d\d年")
_ACCORDING_TO = ("根据", "按照", "依据", "依照")  # 根据《规划》,全市将建成加氢站20座
_PROJECT_SITES = ("基地", "项目", "园", "中心", "工厂", "工程", "站", "节点", "平台", "实验室",
                  "车队")
_INVESTED_SITES = (*_PROJECT_SITES, "生产线", "产线", "装配线", "车间")  # 投资…建设的[…生产线]
_BUILD_VERBS = re.compile(r"(?:建设|新建|扩建|投建|打造|建成|新上|上马|建)的?$")
_BUILT_BEFORE_SITE = re.compile(  # 投资1.2亿元,新建了一座[B车间]; 投资2.8亿元建设该[平台]
    r"(?:建设|新建|扩建|投建|打造|建成|新上|上马|实施|建)(?:的|了)?(?:一[座条个家处批])?"
    r"(?:该|这个|这座|这条|此)?$")
#: The money's clause, then at most one clause more, then the build verb (A计划投资5亿元,
#: 在迁安经济开发区建设[B]; A将投资1.2亿元,在园区租用标准化厂房1.6万平方米,建设[B]).
_BUILD_NEXT_CLAUSE = re.compile(r"[^,，;；。]{0,3}(?:[,，][^,，;；。]{0,24}){0,2}?[,，]?"
                                r"(?:在[^,，;；。]{2,16}?)?" + _BUILT_BEFORE_SITE.pattern)
_INVESTING = re.compile(r"(?:投资|投入|出资|斥资)$")  # 投资5.6亿元建设…, not 安排资金3亿元支持建设…
_JOINTLY = re.compile(r"联合|共同")  # 每年联合举办活动4场: the partners act, not their site
_BY_AGENT = re.compile(  # ,由[A]负责运营, ,由平谷区的[A]…, ,项目将由其子公司[A]…: who runs it
    rf"[{re.escape(CLAUSE_BREAKS)}][ \t\u3000]*[^{re.escape(CLAUSE_BREAKS)}]{{0,4}}?由"
    rf"(?:[^{re.escape(CLAUSE_BREAKS)}]{{1,5}}的|其?[^{re.escape(CLAUSE_BREAKS)}]{{0,24}}子公司"
    rf"|[^{re.escape(CLAUSE_BREAKS)}]{{2,20}}?(?:旗下|下属)的?"  # ,由A旗下的[B]投资建设
    rf"|[^{re.escape(CLAUSE_BREAKS)}]{{2,30}}?[与和、])?$")  # ,由A与[B]共建: B builds it too
#: A party's supporting role in a site's sentence (平台由A承建,[B]参与投资,总投资…; [B]负责
#: 运营,项目总投资…): the site stays the topic.
_SUPPORTING_ROLE = re.compile(r"(?:参与投资|负责运营|负责建设运营|负责日常运营|承建)[,，;；]")
_PASSIVE_AGENT = re.compile(  # [B站]由A与[C]共同投资…建设: A and C build it, B is the topic
    rf"(?<=[^{re.escape(CLAUSE_BREAKS)}])由(?:[^,;:。!?，；：！？\n]{{2,40}}?[与和、]"
    r"|(?:其|[^,;:。!?，；：！？\n]{2,12}?)?(?:全资|控股)?子公司)?$")  # 由其全资子公司[A]建设
# (brackets may stand between: 由A(以下简称“B”)与[C]共同投资建设)
_INVESTMENT_OPENING = re.compile(r"\s*(?:项目)?(?:计划总投资|总投资|计划投资|投资总额)")
_PARTIES = re.compile(r"\s*(?:双方|两家|两者)")
#: What two parties found together and then run (共建…联合研发中心, 成立…联合实验室).
_JOINTLY_FOUNDED = re.compile(r"(?:共建|共同建设|联合建设|共同成立|联合成立|成立|组建|揭牌)了?"
                              r"[^,;:。!?，；：]{0,4}$")
_JOINT_UNITS = frozenset({"Project", "Organization"})
# A sentence opened by a policy's outcomes or terms: 措施出台半年多来,…; 按照协议,双方将…;
# 协议明确,…; 《方案》实施以来,… (the policy is the last one named whose name ends so).
_POLICY_NOUNS = r"(?:协议|方案|措施|规划|意见|办法|政策|计划|备忘录|条例|细则|机制)"
# (按照规划,到2027年全市… is the place's target: a bare 规划 names no policy.)
_POLICY_TERMS = re.compile(r"(?:实施|出台|印发|发布|签署|签订|施行|落地|执行|实行|运行)"
                           r"[^,;:。!?]{0,6}?(?:以来|后|来)[,:]|(?:约定|明确|规定|商定)[,:]?")
_POLICY_OPENING = re.compile(
    rf"(?:根据|按照|依据|依照)(?:该|这一|这份|上述)?[\u4e00-\u9fff]{{0,4}}?"
    rf"(?P<by>协议|备忘录|措施|办法|政策|方案|细则)[,:]"  # 按照合作协议, 按照若干措施,
    rf"|(?:该|这一|这份|这项|上述)?(?P<noun>{_POLICY_NOUNS})(?={_POLICY_TERMS.pattern})")
_SUBJECT_TYPES = frozenset({"Company", "Organization", "Project"})
_PARTIES_WILL = re.compile(r"(?:^|(?<=[,;:。]))\s*(?:双方|两地)(?:还|也|均)?"
                           r"(?:将|计划|约定|商定|同意|每年|力争)")
_SIGNING = re.compile(r"(?:签署|签订|签约|达成)了?《?$")
_SIGNED_TO_BUILD = re.compile(r"(?:签约|签署协议|签订协议)(?:建设|共建|新建|投建)$")
_BUILT_OR_ACTING = _SUBJECT_TYPES | {"Park"}
_PARTNER_MARKS = ("与", "同", "跟", "和")  # ,与[B]合作三年来: B is the partner, not the subject
_FOUNDED_BY = re.compile(r"[^,;:。!?]{0,20}?(?:发起|组建|发起成立|共同成立|联合成立)的")
# A change from an earlier figure: 年产能由300台提升至800台, 供应商从9家增加到31家.
_CHANGE = re.compile(r"[由从][^,;:。由从]{0,14}?(?:提升|提高|增加|增长|扩大|上升|增|升)(?:至|到)")


def _policy_topic(norm: str, sentence: Sentence, candidates: _Index, previous: int
                  ) -> tuple[Entity, int] | None:
    """The policy a sentence is about when it opens with the policy's outcomes or terms
    (措施出台半年多来,…; 按照协议,…; 《方案》实施以来,…), and where that opening ends: the
    policy named there, else the last one named before whose name ends in the noun used
    (协议 → …合作协议), else the last policy named before. Also what the parties will do
    under an agreement signed in the sentence or the one before (``previous`` is where
    that starts): A与B签署《X》,双方将每年…20项 (X's)."""
    start = _CLAUSE_OPENERS.match(norm, sentence.start).end()
    parties = _PARTIES_WILL.search(norm, start, sentence.end)
    if parties is not None:
        signed = [c for c in candidates.within(previous, parties.start())
                  if c.entity.type == "Policy" and _SIGNING.search(
                      norm, max(previous, c.start - 8), c.start)]
        if signed:
            return signed[-1].entity, parties.end()
    i = bisect.bisect_left(candidates.starts, start)
    opening = candidates.items[i] if i < len(candidates.items) else None
    if opening is not None and opening.start == start + norm.startswith("《", start) and (
            opening.entity.type == "Policy"):
        terms = _POLICY_TERMS.match(norm, opening.end + norm.startswith("》", opening.end))
        return (opening.entity, terms.end()) if terms else None
    match = _POLICY_OPENING.match(norm, start)
    if match is None:
        return None
    noun = match.group("by") or match.group("noun")
    named = [c for c in candidates.items[:i] if c.entity.type == "Policy"]
    if not named:
        return None
    fitting = next((c for c in reversed(named) if any(
        _undated(_bare(n)).endswith(noun) for n in _names(c.entity))), named[-1])
    return fitting.entity, match.end()


def _owned_opening(norm: str, candidate: _Candidate, in_sentence: Sequence[_Candidate]
                   ) -> bool:
    """Whether a mention heads its clause after its owner's name or a relative clause
    that builds it: [A公司]的[B线]今年投产, A在开发区新建的[B线]9月投入运行."""
    owner = next((c for c in in_sentence if c.end == candidate.start - 1), None)
    if (owner is not None and norm[owner.end] == "的"
            and owner.entity.type in _ACTOR_TYPES and _opens_clause(norm, owner.start)):
        return True
    c_start, _ = clause_bounds(norm, candidate.start, max(0, candidate.start - 30),
                                candidate.start)
    return _BUILT_RELATIVE.fullmatch(norm, c_start, candidate.start) is not None


_AFTER_TOPIC = re.compile(r"(?:上|期间|现场)?[,，]")  # (对接会)上, (大会期间),


def _named_after_topic(norm: str, topic: _Candidate, in_sentence: Sequence[_Candidate],
                       c_start: int) -> bool:
    """Whether one actor or place, not a list of them, opens the clause after an event
    opener and so is the sentence's subject (会上,[A]与B签署协议,…首期招收学员120人; 大会期间,
    [井陉矿区]组织…洽谈12家), unlike 会上,A、B等12家企业与C签约 (the event's count)."""
    after = _AFTER_TOPIC.match(norm, topic.end)
    opener = next((c for c in in_sentence if after and c.start == after.end() < c_start), None)
    return opener is not None and (
        opener.entity.type in _ACTOR_TYPES or opener.entity.type == "Region") and \
        not opener.anaphor and norm[opener.end:opener.end + 1] not in ("、", "等", ",", "，")


def _subject_position(norm: str, candidate: _Candidate) -> bool:
    """Whether a mention is the subject of its clause: it opens the clause, or heads a
    relative clause that does (研发它的[B公司]…, 总部位于A区的[B公司]…)."""
    if _opens_clause(norm, candidate.start):
        return True
    c_start, _ = clause_bounds(norm, candidate.start, max(0, candidate.start - 24),
                                candidate.start)
    return (c_start < candidate.start - 1 and norm[candidate.start - 1] == "的"
            and not norm.startswith("的", candidate.end)
            and (c_start == 0 or norm[c_start - 1] in CLAUSE_BREAKS))


def _main_subject(norm: str, chosen: _Candidate, in_sentence: Sequence[_Candidate],
                  quantity: Quantity) -> _Candidate | None:
    """The organisation the sentence is about where ``chosen`` is only a place inside a
    clause (已在[霸州]各厂区部署…) or the partner of 与 (,与[B]合作三年来,累计供货…): the
    last company, organisation or project before the number in subject position."""
    partner = any(norm.endswith(mark, 0, c.start) and _opens_clause(norm, c.start - 1)
                  for c in (chosen, *(o for o in in_sentence if o.end == chosen.start))
                  for mark in _PARTNER_MARKS)
    place = (chosen.entity.type == "Region" and not chosen.anaphor  # (全市 is a subject)
             and not _subject_position(norm, chosen))
    if not (partner or place):
        return None
    found = next((c for c in reversed(in_sentence) if c.end <= quantity.start
                  and c.entity.type in _SUBJECT_TYPES and not c.anaphor
                  and norm[c.start - 1:c.start] != "、" and not norm.startswith(("、", "等"), c.end)
                  and _subject_position(norm, c)), None)
    if found is None and partner:  # 我县积极承接…,与[B开发区]签订协议,先后引进项目27个: 我县
        found = next((c for c in reversed(in_sentence) if c.end <= chosen.start
                      and c.anaphor and c.entity.type in ("Region", *_SUBJECT_TYPES)
                      and _subject_position(norm, c)), None)
    return found


def _or_main_subject(norm: str, chosen: _Candidate, in_sentence: Sequence[_Candidate],
                     quantity: Quantity, rule: str) -> tuple[Entity | None, str]:
    """``chosen`` with ``rule``, or the main subject it stands for (``fact:subject``); no one
    where that main subject is only the owner of a place-named site (see
    :func:`_unlocated_place`)."""
    main = _main_subject(norm, chosen, in_sentence, quantity)
    if main is not None and _unlocated_place(norm, chosen):
        return None, ""
    return (main or chosen).entity, "fact:subject" if main else rule


def _unlocated_place(norm: str, chosen: _Candidate) -> bool:
    """Whether ``chosen`` is a place that names neither where the subject acts (已在[霸州]
    各厂区部署…) nor a partner (与[B]签约): a modifier or object (鸡泽工厂将承担…, 按照天津
    工厂的标准, 服务阳原…车辆约800辆), whose clause's own subject is left unnamed; the
    organisation before is not it.

    >>> place = _Candidate(4, 6, Entity(id="r", type="Region", name="甲县"), False)
    >>> [_unlocated_place(text, place) for text in ("届时公司甲县工厂将承担", "公司已在甲县部署")]
    [True, False]
    """
    return (chosen.entity.type == "Region" and not chosen.anaphor
            and not _subject_position(norm, chosen)
            and norm[chosen.start - 1:chosen.start] not in ("在", *_PARTNER_MARKS))


def _policy_target(norm: str, quantity: Quantity, in_sentence: Sequence[_Candidate]
                   ) -> Entity | None:
    """The policy whose target the number is: 《方案》提出,到2027年全市…突破150亿元."""
    policies = [c for c in in_sentence if c.entity.type == "Policy" and c.end <= quantity.start]
    if not policies:
        return None
    policy = policies[-1]
    between = norm[policy.end:quantity.start]
    according = norm[max(0, policy.start - 3):policy.start].rstrip("《“").endswith(
        _ACCORDING_TO) and not any(policy.end <= c.start and c.end <= quantity.start
                                   and c.entity.type in _TOPIC_TYPES for c in in_sentence)
    return policy.entity if according or _TARGET_WORDS.search(between) else None


def _support_term(norm: str, quantity: Quantity, c_start: int) -> bool:
    """Whether the number is a term of support a policy sets: a cap (最高500万元, 上限为
    500万元) or a rate (按设备投资额的15%给予补贴, 按每公斤10元给予运营补贴).

    >>> from chainkg.quantities import find_quantities
    >>> text = "对购置设备的,按设备投资额的15%给予补贴,单个项目最高2000万元"
    >>> [_support_term(text, q, 0) for q in find_quantities(text)]
    [True, True]
    """
    if quantity.unit == "元" and _CAP_BEFORE.search(norm, max(0, quantity.start - 4),
                                                    quantity.start):
        return True
    return bool(_RATE_AFTER.match(norm, quantity.end)
                and _RATE_BEFORE.search(norm, c_start, quantity.start))


def _last_policy(norm: str, candidates: _Index, position: int) -> Entity | None:
    """The policy whose cap on support 最高500万元 is: the last named in the paragraph,
    else the one named most before ``position`` (the policy the article explains)."""
    i = bisect.bisect_left(candidates.starts, position)
    named = [c for c in candidates.items[:i] if c.entity.type == "Policy"]
    if not named:
        return None
    if named[-1].start > norm.rfind("\n", 0, position):
        return named[-1].entity
    counts: dict[str, int] = {}
    for c in named:
        counts[c.entity.id] = counts.get(c.entity.id, 0) + 1
    return max(reversed(named), key=lambda c: counts[c.entity.id]).entity


#: Firms counted as a policy's beneficiaries (130余家企业享受该政策), as 享受政策企业95家 is.
_BENEFICIARIES = re.compile(r"[\u4e00-\u9fff]{0,4}?享受(?:了|到)?(?:该|这一|此项?|上述|相关)?"
                            r"(?:政策|措施|补贴|奖补|扶持|奖励)")
_MEMBERS = re.compile(r"(?:首批|现有|共有)?(?:成员单位|会员单位|会员企业|成员企业)"
                      r"(?:已经|已|达到|达|为|有|超过)*$")
_ASSOCIATION_ENDS = ("联盟", "联合体", "协会", "商会", "学会", "促进会", "研究会", "联合会",
                     "共同体")


def _members_of(norm: str, quantity: Quantity, in_sentence: Sequence[_Candidate]
                ) -> Entity | None:
    """The alliance whose members a count states (首批成员单位56家): the last association
    named before the number in its sentence, whatever else opens the sentence."""
    if not _MEMBERS.search(norm, max(0, quantity.start - 12), quantity.start):
        return None
    return next((c.entity for c in reversed(in_sentence) if c.end <= quantity.start
                 and c.entity.type in ("Organization", "Cluster")
                 and _bare(c.entity.name).endswith(_ASSOCIATION_ENDS)
                 and norm[c.start - 1:c.start] != "由" and not _enumerated(norm, c)), None)
    # (联盟由[A协会]牵头发起,首批成员单位63家: the founder is not the alliance counted, nor
    # are the founders listed after it: 由A、B、[C]等单位发起,…成员单位已有150余家)


_LAND_FOR = re.compile(r"(?:的)?(?:土地|用地)[,，]?(?:用于|用来|专门|专门用于)?"
                       r"(?:建设|新建|打造|规划建设)(?:一个|一座)?")


def _land_for(norm: str, quantity: Quantity, in_sentence: Sequence[_Candidate]
              ) -> Entity | None:
    """The park or project that an area of land is given to build (拿出1200亩土地,建设[B
    产业园]; 划出约500亩土地建设[B]); not land kept for no site named (预留300亩土地,用于
    承接…: the park's)."""
    if quantity.unit not in _AREA_UNITS:
        return None
    match = _LAND_FOR.match(norm, quantity.end)
    if match is None:
        return None
    return next((c.entity for c in in_sentence if c.start == match.end()
                 and c.entity.type in ("Park", "Project")), None)


def _built_project(norm: str, quantity: Quantity, usable: Sequence[_Candidate],
                   sentence: Sentence) -> Entity | None:
    """The project a company builds, for the investment in it and the figures after it:
    A投资5.6亿元建设[B基地],占地约90亩 (both about B)."""
    c_start, c_end = clause_bounds(norm, quantity.start, sentence.start, sentence.end)
    investing = quantity.unit == "元" and _INVESTING.search(
        norm, max(sentence.start, quantity.start - 4), quantity.start) is not None
    if (_PARTIES.match(norm, c_start) or _CHANGE.search(norm, c_start, c_end)
            or (_JOINTLY.search(norm, c_start, quantity.start) and not investing)):
        return None  # 双方计划…15项: the parties'; 年产能由500台提升至1500台: the builder's;
        # 双方共建[B平台],每年联合举办活动4场: what the partners do together, not B
    projects = [c for c in usable if _is_built_site(norm, c, _INVESTED_SITES)]
    for project in projects:
        if project.start >= quantity.end and quantity.unit == "元":
            between = norm[quantity.end:project.start]
            if investing and "。" not in between and _BUILT_BEFORE_SITE.search(between) and (
                    len(between) <= 20 or _BUILD_NEXT_CLAUSE.fullmatch(between)):
                return project.entity  # (A投资1.2亿元,在园区租用厂房…,建设[B项目]: B's)
        elif project.end <= quantity.start and _newly_built(norm, project, sentence.start):
            later = norm[project.end:quantity.start]
            if not any(c.start >= project.end and c.end <= quantity.start
                       and c.entity.type != "Project" for c in usable) and "。" not in later:
                return project.entity
    return None


_RESPECTIVELY = re.compile(r"分别")
_ENUMERATION_GLUE = frozenset({"、", "和", "及", "与", "以及", ","})


def _respective_party(norm: str, quantity: Quantity, in_sentence: Sequence[_Candidate],
                      sentence: Sentence) -> Entity | None:
    """The party in the same position as the number, where A、B、C…分别… lists as many
    numbers of one unit as parties: A、B、C分别签约项目7个、4个、3个 (the 4 is B's)."""
    marks = [m.start() for m in _RESPECTIVELY.finditer(norm, sentence.start, quantity.start)]
    if not marks:
        return None
    mark = marks[-1]
    parties = _enumerated_parties(norm, [c for c in in_sentence if c.end <= mark])
    if len(parties) < 2:
        return None
    following = _RESPECTIVELY.search(norm, quantity.end, sentence.end)
    stop = following.start() if following else sentence.end
    same_unit = [q for q in find_quantities(norm[mark:stop], offset=mark)
                 if q.unit == quantity.unit]
    starts = [q.start for q in same_unit]
    if len(same_unit) != len(parties) or quantity.start not in starts:
        return None
    return parties[starts.index(quantity.start)].entity


def _enumerated_parties(norm: str, before: Sequence[_Candidate]) -> list[_Candidate]:
    """The last run of two or more candidates joined only by 、/和/及/与 in ``before``
    (A、B和C); a place glued to the one before it is the more specific member
    (晋州市槐树镇: 槐树镇)."""
    run: list[_Candidate] = []
    found: list[_Candidate] = []
    for candidate in before:
        if candidate.entity.type in _NOT_SUBJECT_TYPES:
            continue
        glue = norm[run[-1].end:candidate.start].strip() if run else None
        if glue == "":
            run[-1] = candidate
        elif glue in _ENUMERATION_GLUE:
            run.append(candidate)
        else:
            run = [candidate]
        if len(run) >= 2:
            found = list(run)
    return found


_SIGNED = re.compile(r"签约|签下|集中开工")  # (works started together at a ceremony count too)
_SIGNED_PROJECT = re.compile(r"(?:正式|成功|现场|同期)?签约[,，]")  # [B项目]签约,总投资…
_SIGNING_TOTALS = re.compile(r"\s*(?:其中[,，]?)?(?:协议|计划|意向|签约)?(?:总投资|投资总额|投资额"
                             r"|总金额|金额合计|签约金额|签约总额|总额)(?!最大|最高|最多)")
# (投资额最大的[B项目]由A投资9.8亿元建设: one project picked out, not the total)
_ATTENDING = re.compile(r"参会|参加|出席|与会|齐聚|参展")
#: What says the event is the one being attended, unnamed (出席活动, 参加会议, 致辞).
_HELD = re.compile(r"(?:出席|参加|参会)(?:活动|会议|仪式|大会)|致辞")
#: The last clause of a list of who attended: 以及…代表共180余人参加活动.
_ATTENDANCE_LIST = re.compile(r"\s*(?:以及|及|和)")


def _signing_clause(norm: str, quantity: Quantity, sentence: Sentence) -> bool:
    """Whether the number counts or totals a signing (签约项目8个, 18个项目集中签约,总投资62.5亿元)
    or its attendance (150余家企业参会)."""
    c_start, c_end = clause_bounds(norm, quantity.start, sentence.start, sentence.end)
    clause = norm[c_start:c_end]
    if _SIGNED.search(clause):
        return True
    if _SIGNING_TOTALS.match(norm, c_start):
        previous = norm[sentence.start:c_start]
        return bool(previous) and _SIGNED.search(previous[previous.rfind(",", 0, -1) + 1:]
                                                 ) is not None
    return _ATTENDING.search(clause) is not None and quantity.unit in ("家", "名", "人", "位")


def _signing_event(norm: str, quantity: Quantity, in_sentence: Sequence[_Candidate],
                   sentence: Sentence, candidates: _Index, paragraph: int) -> Entity | None:
    """The event a signing's totals belong to: the count of projects signed, their total
    investment and the attendance (签约项目8个、总投资48亿元, 18个项目集中签约,总投资62.5亿元,
    150余家企业参会), where the clause names no one else as its subject: the event named
    last in the sentence or the paragraph (never an agreement or policy named after it)."""
    if not _signing_clause(norm, quantity, sentence):
        return None
    c_start, c_end = clause_bounds(norm, quantity.start, sentence.start, sentence.end)
    attendance = _ATTENDING.search(norm, c_start, c_end) is not None and _ATTENDANCE_LIST.match(
        norm, c_start)  # A局局长B,C局副局长D,以及企业代表共180余人参加活动: who came
    in_sentence = [c for c in in_sentence if not (
        attendance and c.entity.type in ("GovernmentBody", "Person", "Region"))]
    event = next((c for c in reversed(in_sentence) if c.entity.type == "Event"
                  and c.end <= quantity.start), None) or next(
        (c for c in in_sentence if c.entity.type == "Event" and c.start >= quantity.end
         and c.end <= c_end), None)  # 共有18个项目在[对接会]上集中签约
    if any(c.end <= quantity.start and c.start >= c_start and c.entity.type != "Event"
           and not (event is not None and c.entity.type == "Region")  # the host place
           and not _excluded(norm, c, quantity, in_sentence) for c in in_sentence):
        return None  # 园区新签约氢能企业11家: the park's
    if event is not None and _region_signer(norm, quantity, in_sentence, sentence, event):
        return None  # 在[对接会]上,广平县组织11家企业参会: the county's
    if any(c.start >= quantity.end and c.end <= c_end and c.entity.type != "Event"
           and c.entity.type in _ACTOR_TYPES and not c.anaphor for c in in_sentence):
        return None  # 签约建设[B基地]…: the project's rules decide
    if c_start > sentence.start and _SIGNING_TOTALS.match(norm, c_start) and any(
            c.entity.type == "Project" and _opens_clause(norm, c.start)
            and _SIGNED_PROJECT.match(norm, c.end) and c.end < c_start <= c.end + 8
            for c in in_sentence):
        return None  # 会上,[B项目]签约,总投资1.8亿元: the project's own total
    if any(c.entity.type == "Project" and c.end == c_start - 1 and not c.anaphor
           and (_SIGNING.search(norm, max(sentence.start, c.start - 4), c.start)
                or _SIGNED_TO_BUILD.search(norm, max(sentence.start, c.start - 8), c.start))
           and _INVESTMENT_OPENING.match(norm, c_start) for c in in_sentence):
        return None  # 会上,A与B签约[C项目],总投资15亿元, A签约建设[C基地],总投资…: C's own
    if event is None:
        before = candidates.last_before(sentence.start)
        while before is not None and before.start >= paragraph:
            if before.entity.type == "Event":
                event = before
                break
            before = candidates.last_before(before.start)
        if event is None and _ATTENDING.search(norm, c_start, c_end) and _HELD.search(
                norm, paragraph, c_end):
            event = next((c for c in reversed(candidates.within(0, paragraph))
                          if c.entity.type == "Event"), None)  # 出席活动…。…120余家企业代表
            # 参加: the event of the article's lead, in a paragraph that names no event
        lower = _projects_signed_at(norm, c_start, sentence.start)
        if event is None or any(lower <= c.start and c.end <= quantity.start
                                and c.entity.type != "Policy"
                                and not _excluded(norm, c, quantity, in_sentence)
                                for c in in_sentence):
            return None  # …,[A公司]签约…: a sentence of its own subject
    return event.entity


def _region_signer(norm: str, quantity: Quantity, in_sentence: Sequence[_Candidate],
                   sentence: Sentence, event: _Candidate) -> bool:
    """Whether a region opens the attendance clause after the event is named, and so sent
    the firms counted (在对接会上,[广平县]组织11家企业参会), not a host place (在天津举办的
    对接会上…) nor one of two hosts (A与B联合举办…). (Who signed at an event, 在对接会上,
    孟村县现场签约项目12个, the writers split on: the event keeps it.)"""
    c_start, c_end = clause_bounds(norm, quantity.start, sentence.start, sentence.end)
    if _SIGNED.search(norm, c_start, c_end) or not _ATTENDING.search(norm, c_start, c_end):
        return False
    return any(c.start == c_start and c.start >= event.end and c.entity.type == "Region"
               and not _LIST_AFTER_PLACE.match(norm, c.end) for c in in_sentence)


_LIST_AFTER_PLACE = re.compile(r"[、和与及同]")  # 东丽区与新华区联合…: two parties


_PROJECTS_SIGNED = re.compile(r"\s*(?:共有|共|另有|还有|首批)?\d+个[^,;:。]{0,12}?项目"
                              r"[^,;:。]{0,6}?(?:签约|签下)")


def _projects_signed_at(norm: str, c_start: int, s_start: int) -> int:
    """Where the count of projects signed opens, for a clause that states it or the
    total after it (A与B签署《协议》,[9个项目现场签约,总投资52.8亿元]: the signers of the
    agreement are not the subject of the count); else the sentence start."""
    if _PROJECTS_SIGNED.match(norm, c_start):
        return c_start
    if c_start > s_start and _SIGNING_TOTALS.match(norm, c_start):
        previous, _ = clause_bounds(norm, c_start - 2, s_start, c_start)
        if _PROJECTS_SIGNED.match(norm, previous):
            return previous
    return s_start


def _company_own(norm: str, quantity: Quantity, site: Entity,
                 in_sentence: Sequence[_Candidate], c_start: int) -> Entity:
    """The site, or the company named before it where the figure is one only a company
    has (企业在园区建设的[B线]今年投产,…今年销售收入预计达到9亿元: the company's)."""
    if not _COMPANY_OWN.search(norm, c_start, quantity.start) or _SITE_OUTPUT.search(
            norm, c_start, quantity.start):
        return site
    company = next((c for c in reversed(in_sentence) if c.end <= quantity.start
                    and c.entity.type == "Company" and not (
                        norm[c.start - 1:c.start] == "是" and _SUBSIDIARY_OF.match(norm, c.end))
                    ), None)  # (这家公司是[B集团]的全资子公司: the subsidiary's, not B's)
    return company.entity if company is not None else site


def _newly_built(norm: str, project: _Candidate, lower: int) -> bool:
    """Whether a site is the object of a build verb (建设[B基地], 新建了一座[B车间],
    建设该[平台]); a line or a workshop only when it is new, not one expanded (扩建[生产线]
    stays the company's)."""
    verb = _BUILT_BEFORE_SITE.search(norm, max(lower, project.start - 8), project.start)
    if verb is None:
        return False
    return _is_built_site(norm, project) or (
        _is_built_site(norm, project, _INVESTED_SITES) and "扩建" not in verb.group())


def _passive_site(norm: str, quantity: Quantity, in_sentence: Sequence[_Candidate],
                  c_start: int) -> Entity | None:
    """The site a clause opens with when it says who builds it: [这座加氢站]由A与B共同投资
    3200万元建设 (the site's, not A's or B's)."""
    site = next((c for c in in_sentence if c.start >= c_start and c.end < quantity.start
                 and c.entity.type in _SITE_TYPES and (_opens_clause(norm, c.start)
                                                       or _DEMONSTRATIVE_OPENING.fullmatch(
                                                           norm, c_start, c.start))),
                None)
    if site is None:
        return None
    by = _PASSIVE_BY.match(norm, site.end)
    if by is None or not _INVESTING.search(norm, max(by.end(), quantity.start - 4),
                                          quantity.start):
        return None
    return site.entity


_BULLET_LINE = re.compile(r"[ \t\u3000]*[▶►▲■●◆]")


def _same_list(norm: str, earlier: int, paragraph: int) -> bool:
    r"""Whether the paragraphs from ``earlier`` to ``paragraph`` are items of one bulleted
    list (▶产业园一期占地约320亩…\n▶首批入驻企业27家…: the items go on with one topic).

    >>> text = "▶产业园占地320亩;\n▶首批入驻企业27家;"
    >>> _same_list(text, 0, text.index("\n") + 1), _same_list("甲。\n▶乙", 0, 3)
    (True, False)
    """
    lines = [line for line in norm[earlier:paragraph].split("\n") if line.strip()]
    return paragraph > earlier and bool(_BULLET_LINE.match(norm, paragraph)) and all(
        _BULLET_LINE.match(line) for line in lines)


_COMMA = re.compile("[,，]")
_WHERE_SITED = ("位于", "坐落于", "落户", "选址")  # 该项目位于[B片区]: where, not another site
_SUBJECTLESS_PASSIVE = re.compile(r"[ \t\u3000]*(?:将|已|主要|拟|均)?由")
_ITEM_OPENING = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十\d]{1,3}[、.．]|"
                           r"[(（][一二三四五六七八九十\d]{1,3}[)）])?[ \t\u3000]*")
_INVESTMENT_CLAUSE = re.compile(r"[ \t\u3000]*(?:项目)?(?:计划总投资|总投资|计划投资|投资总额"
                                r"|投资额|投资)(?:约|达|为|超|近|逾)?[ \t\u3000]*$")


def _item_built_by(norm: str, quantity: Quantity, in_sentence: Sequence[_Candidate],
                   sentence: Sentence, c_start: int) -> Entity | None:
    """The site a sentence opens with, as its own clause, when the next clause says who
    builds it and a later clause gives the investment: 一、[B项目],由A与C合作建设,总投资1.5亿元
    (B's, not A's or C's).

    >>> bool(_INVESTMENT_CLAUSE.match(",总投资", 1)), bool(_INVESTMENT_CLAUSE.match("营收", 0))
    (True, False)
    """
    if quantity.unit != "元" or not in_sentence or not _INVESTMENT_CLAUSE.match(
            norm, c_start, quantity.start):
        return None
    site = in_sentence[0]
    if (site.entity.type != "Project" or not _is_built_site(norm, site, _INVESTED_SITES)
            or _ITEM_OPENING.fullmatch(norm, sentence.start, site.start) is None
            or not any(_SUBJECTLESS_PASSIVE.match(norm, m.end())
                       for m in _COMMA.finditer(norm, site.end, c_start))):
        return None  # (该项目位于…,由A投资建设,总投资36亿元: a clause on where may come first)
    if any(c.entity.type in _SITE_TYPES and c.entity is not site.entity
           and not norm.endswith(_WHERE_SITED, 0, c.start)
           for c in in_sentence if site.end <= c.start < quantity.start):
        return None  # another site named in between: its own investment (not 位于[B片区])
    return site.entity


def _passive_opening(norm: str, sentence: Sentence, sentences: Sequence[Sentence],
                     index: int, candidates: _Index) -> Entity | None:
    """The site a sentence opened by 由 is about: it has dropped its subject, the project
    the sentence before it in the paragraph ends with (一、[B项目]。由A投资建设,总投资…: B).

    >>> bool(_SUBJECTLESS_PASSIVE.match("由A投资建设")), bool(_SUBJECTLESS_PASSIVE.match("A由"))
    (True, False)
    """
    if index == 0 or not _SUBJECTLESS_PASSIVE.match(norm, sentence.start):
        return None
    previous = sentences[index - 1]
    if "\n" in norm[previous.start:sentence.start]:
        return None  # a new paragraph
    last = candidates.last_before(previous.end)
    if last is None or last.start < previous.start or last.entity.type != "Project" or (
            norm[last.end:previous.end].strip(" \t\u3000。;；")):
        return None
    return last.entity


def _is_built_site(norm: str, candidate: _Candidate,
                   sites: tuple[str, ...] = _PROJECT_SITES) -> bool:
    """A project whose name ends in one of ``sites`` (…基地, …项目), or a park or an
    organisation that is the object of a build verb: 投资15亿元建设[高端医疗器械产业园] and
    建设[储氢瓶检测维修中心],计划投资1.8亿元 are projects too."""
    if candidate.entity.type == "Project":
        return _bare(candidate.entity.name).endswith(sites)
    if candidate.entity.type == "Organization" and not _bare(candidate.entity.name).endswith(
            (*_SITE_ENDS, "学院")):
        return False  # 共建[…产业联盟],到2028年推动产值突破150亿元: a body, not a site
    return candidate.entity.type in ("Park", "Organization") and _BUILD_VERBS.search(
        norm[max(0, candidate.start - 4):candidate.start]) is not None


def _reporting(norm: str, sentence: Sentence, quantity: Quantity,
               in_sentence: Sequence[_Candidate], by_id: dict[str, Entity],
               candidates: _Index) -> Entity | None:
    """The organisation of the person whose words the number is reported in (A公司总经理B
    说,…N): the last organisation named before the speech verb, if any; for a government
    body, the place it governs (named in the sentence, or by the body's name: 县工业和信息化局
    局长A介绍,…合格率由91.2%提高到96.8%: the county's), never the body itself, and for a
    park's committee the park (生态城管委会副主任A介绍,…延伸至500公里: 生态城's)."""
    verbs = [m for m in _REPORTED.finditer(norm, sentence.start, quantity.start)]
    if not verbs:
        return None
    said = verbs[-1].start()
    speaker = next((c.entity for c in reversed(in_sentence) if c.end <= said
                    and c.entity.type not in _NOT_AGENT_TYPES), None)
    if speaker is not None and speaker.type == "GovernmentBody" and speaker.name.endswith(
            _COMMITTEE_ENDS):
        managed = {name.removesuffix(end) for name in _names(speaker)
                   for end in _COMMITTEE_ENDS if name.endswith(end)}
        park = next((e for e in by_id.values() if e.type == "Park"
                     and managed.intersection(_names(e))), None)
        if park is not None:
            return park
    if speaker is not None and speaker.type == "GovernmentBody":  # 武清区商务局…说: 武清区's
        return _body_place(speaker, in_sentence, candidates, sentence.start)
    return speaker


_BARE_LEVEL = {"县": "county", "区": "district", "市": "city"}  # 县工业和信息化局: the county's


def _body_place(body: Entity, in_sentence: Sequence[_Candidate], candidates: _Index,
                position: int) -> Entity | None:
    """The place a government body's figures are about: a region of the sentence its name
    opens with (武清区商务局…说, with 武清区 in the sentence), else :func:`_governed_place`."""
    return next((c.entity for c in in_sentence if c.entity.type == "Region" and any(
        body.name.startswith(n) for n in _names(c.entity) if len(n) > 1)),
        None) or _governed_place(body, candidates, position)


def _governed_place(body: Entity, candidates: _Index, position: int) -> Entity | None:
    """The place a government body governs, whose figures its officials report: the region
    its name opens with (沧州市新华区委 → 新华区), or for a body named by its level alone
    (县工业和信息化局) the last place of that level named before ``position``; else None.
    A park's committee is not a place's body."""
    if body.type != "GovernmentBody" or body.name.endswith(_COMMITTEE_ENDS):
        return None
    level = _BARE_LEVEL.get(body.name[:1])
    if level is None:
        places = {c.entity.id: c.entity for c in candidates.items if c.entity.type == "Region"}
        named = [(len(n), e) for e in places.values() for n in _names(e)
                 if len(n) > 1 and body.name.startswith(n)]
        return max(named, key=operator.itemgetter(0))[1] if named else None
    before = candidates.last_before(position)
    while before is not None:
        if before.entity.type == "Region" and not before.anaphor and (
                _region_level(before.entity) in (("county", "functional") if level == "district"
                                                 else (level,))
                and any(n.endswith(body.name[0]) for n in _names(before.entity))):
            return before.entity
        before = candidates.last_before(before.start)
    return None


_COMMITTEE_ENDS = ("管理委员会", "管委会")


def _quote_opening(norm: str, lower: int, position: int) -> int:
    """The offset of the “ that opens the quotation ``position`` is in (after ``lower``),
    or -1 when it is not quoted."""
    opening = norm.rfind("“", lower, position)
    if opening < 1 or norm[opening - 1] != ":" or norm.find("”", opening, position) >= 0:
        return -1  # a quotation is introduced by 说: or 介绍: (else “…” marks a term)
    return opening


#: A site's completion opening the clauses that give its figures (…产线投产后,年产…).
_COMPLETED = re.compile(r"(?:建成|投产|达产|投用|投运)后")
#: What a speaker may talk about that is not the company's own: a line or site in focus
#: (“这条线路全长6.8公里”, 项目一期年产…, 测试场建成后) or a price (每公斤约25元, 能卖到1.2万元);
#: not the firm's own production line (这条日熔化量600吨的生产线综合能耗下降了7.3%).
_SITE_TALK = re.compile(r"这条(?![^,，。]{0,16}?(?:生产线|产线))|这座|线路|项目[一二三]期"
                        r"|(?:场|站|线|基地|工厂)"
                        + _COMPLETED.pattern)
#: A site's bare head opening what a speaker says (…主任B介绍,项目总投资1.3亿元; 目前平台已
#: 接入…): the site's figure, which a head anaphor gives it where the site was found.
_SITE_OPENING = re.compile(
    r"[,:“](?:目前|今年|去年|此次|现在)?(?:项目|车间|平台|试验线|中试线|示范线|生产线|产线|"
    r"孵化器|测试场)(?=[^,。;:]{0,12}?(?:投资|已|将|接入|完成|面积|的|建成|投用|投产|达产))")
_PRICE_TALK = re.compile(r"每(?:公斤|吨|千克|台|件)|卖到?")


def _site_completed(norm: str, in_sentence: Sequence[_Candidate], end: int) -> Entity | None:
    """The project a speaker's words say is completed before the number at ``end``
    (…说,雄县[产线]投产后,预计年产激光雷达模组15万台): its figures, not the speaker's firm's.

    >>> line = Entity(id="p", type="Project", name="甲乙产线")
    >>> text = "他说,雄县产线投产后,年产15万台"
    >>> _site_completed(text, [_Candidate(5, 7, line)], 14).id
    'p'
    """
    for candidate in reversed(in_sentence):
        if candidate.end <= end and candidate.entity.type == "Project" and \
                _COMPLETED.match(norm, candidate.end):
            return candidate.entity
    return None


def _quoted(norm: str, speaker: Entity, start: int, end: int) -> tuple[Entity | None, str]:
    """``speaker``'s fact (``fact:speaker``), unless the words before the number from
    ``start`` to ``end`` are about a site or a price, which are not a company's figures.

    >>> firm = Entity(id="c", type="Company", name="A公司")
    >>> _quoted("这条线路全长6.8公里", firm, 0, 6), _quoted("成本降低了20%", firm, 0, 5)[1]
    ((None, ''), 'fact:speaker')
    """
    if (speaker.type == "Company" and _SITE_TALK.search(norm, start, end)) or \
            _PRICE_TALK.search(norm, start, end) or _SITE_OPENING.search(norm, start, end):
        return None, ""
    return speaker, "fact:speaker"


def _speaker(norm: str, sentence: Sentence, sentences: Sequence[Sentence], index: int,
             candidates: _Index) -> Entity | None:
    """The organisation of the person a quotation is attributed to (“…。”X公司经理Y说。)."""
    if not norm[sentence.start:sentence.end].endswith(("”", "\"")) or index + 1 >= len(sentences):
        return None
    following = sentences[index + 1]
    text = norm[following.start:following.end]
    if not _SPEECH.search(text) or "“" in text[:2]:
        return None
    named = [c.entity for c in candidates.within(following.start, following.end)
             if c.entity.type not in _NOT_AGENT_TYPES]
    companies = [e for e in named if e.type == "Company"]
    if not companies:  # 长城汽车技术中心 is a unit of 长城汽车
        companies = [c for e in named for c in candidates.companies().values()
                     if any(e.name.startswith(_LEGAL_SUFFIX.sub("", n)) for n in _names(c)
                            if len(_LEGAL_SUFFIX.sub("", n)) > 1)]
    speaker = (companies or named or [None])[0]
    return _governed_place(speaker, candidates, sentence.start) if speaker is not None \
        and speaker.type == "GovernmentBody" else speaker  # “我们县里…”A县县委书记B说: A县's


# --- metric and date ----------------------------------------------------------------------

_METRIC_TRIM = re.compile(r"^(?:已|共|就|还|也|都|将)+|(?:已经|已|均|将|可|就|共|合计|分别)?"
                          r"(?:达到|达|为|是|有|增至|突破|超过|超|约|近|占到|占)*$")
_METRIC_LIST = re.compile(r"[等、了着]")  # the label starts after the last of these
_METRIC_NOUN_END = re.compile(r"[,;:。!?、的在与和正已将被(（]")  # the noun after the number
_METRIC_LABEL_START = re.compile(r"[,;:。!?“”◎]")  # a label before the clause: 上云率(2020年):


def _metric(norm: str, quantity: Quantity, in_sentence: Sequence[_Candidate],
            s_start: int, subject: Entity | None) -> str:
    """A short label: the words before the number in its clause (after the subject and
    any enumeration), with the noun after the number where those say too little."""
    c_start, c_end = clause_bounds(norm, quantity.start, s_start, len(norm))
    for candidate in in_sentence:
        if (c_start <= candidate.start and candidate.end <= quantity.start
                and subject is not None and candidate.entity.id == subject.id):
            c_start = candidate.end
    whole = norm[c_start:quantity.start]
    before = _METRIC_TRIM.sub("", _METRIC_LIST.split(whole)[-1].strip()).strip()
    if len(before) < 2:
        before = _METRIC_TRIM.sub("", whole.strip()).strip()
    after = _METRIC_NOUN_END.split(norm[quantity.end:c_end], 1)[0].strip()
    if len(before) < 2 or before.endswith(("出", "来", "跑", "引进")):
        before = f"{before}{after}" if len(after) >= 2 else before
    if len(before) < 2:  # 数字看台: 河北企业工业设备上云率(2020年):15.94%
        previous = norm[max(s_start, c_start - 24):max(s_start, c_start - 1)]
        before = _METRIC_LABEL_START.split(previous)[-1].strip()
    return before[-16:] or quantity.unit


def _date(norm: str, dates: Sequence[DateMention], quantity: Quantity, published: str
          ) -> str:
    """The date the number holds for: the last date before it in the sentence that is not
    a starting point (自2022年6月…以来) or a base of comparison (是2014年的12倍), else
    the first date of the sentence, else the publication date."""
    timely = [d for d in dates if not norm[max(0, d.start - 2):d.start].endswith(_DATE_BASE_BEFORE)
              and not norm.startswith(_DATE_BASE_AFTER, d.end)]
    earlier = [d for d in timely if d.end <= quantity.start]
    if earlier:
        return earlier[-1].iso
    return timely[0].iso if timely else published
