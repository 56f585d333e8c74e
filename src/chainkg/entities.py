"""Resolve the mentions of one article into entities: one per real-world thing.

Forms of one name are merged: a region's labels (唐山 / 唐山市), a company's short form
(九曜智能 -> 北京九曜智能科技有限公司: its characters appear in order in the full name
once the region prefix and legal suffix are dropped), a name with or without a bracketed
place, 《》, a year prefix or a region written in full; "A更名为B" merges A and B, and so does
"A(以下简称“B”)"; a firm named without its province (平乡县X有限公司 for 河北平乡县X有限公司)
or the brackets round 集团, a branch by its own name (沧州供电分公司), a zone without its
kind (东丽开发区) or with 经开区 for its 经济开发区 (万全经开区). A site's short names join
its project: its tail without 项目 (电驱桥生产基地 -> 新能源商用车电驱桥生产基地项目), one
word left out before the head (电堆基地 -> 高碑店氢燃料电池电堆生产基地), its place and
head (任丘基地 for the project a sentence before built in 任丘经济技术开发区), the tail of
its name read as a body's
(冷链物流中心 after 医药冷链物流中心), a base named by its owner's short name and place
(星衡机器人青县基地 for the base 北京星衡机器人科技有限公司 builds in 青县, 康诺瑞邯郸基地
for A有限公司[邯郸生产基地]), and a park named without the zone it lies in (永清生物医药产业园
-> 永清经济开发区生物医药产业园). A project named right after its owner (A有限公司B项目) has
A有限公司B项目 as an alias (B项目 stays its name), and a site named by the owner's short
name and its own (A智能B基地) is that project; a zone named only inside the committee running
the park in focus does not take a bare 园区 from it. 我省 /
全省 attach to the publishing province and a bare 园区 to the park in focus, as mentions
that are not aliases.

>>> from chainkg.model import Document
>>> from chainkg.mentions import find_mentions
>>> text = "北京九曜智能科技有限公司落户唐山。九曜智能在唐山市发展。"
>>> doc = Document(id="d", text=text, norm=text)
>>> [(e.type, e.name, e.aliases) for e in resolve_entities(doc, find_mentions(doc))
...  if e.type == "Company"]
[('Company', '北京九曜智能科技有限公司', ('九曜智能',))]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter

from chainkg.lexicon import COMPANY_LEGAL_SUFFIXES
from chainkg.mentions import (
    DECLARED_SHORT,
    chain_label_index,
    region_label_index,
    shared_district_names,
)
from chainkg.model import Document, Entity, Mention

__all__ = ["canonical_form", "is_short_form", "resolve_entities"]

_RULE_RANK = {"suffix": 0, "title": 0, "person": 0, "gazetteer": 0, "inner": 1,
              "enumeration": 2, "alias": 3}
_PHASE_ONLY = re.compile(r"[一二三四]期(?:项目|工程)")
_PROVINCE_WORDS = re.compile(r"我省|全省|本省")
_PARK_WORDS = re.compile(r"园区|园内|产业园|示范区|入园|保税区|开发区|高新区|经开区|生态港|"
                         r"科技园|工业园|高新园|示范园")
_GENERIC_PARK_WORDS = frozenset(("园区", "园内", "入园", "产业园", "开发区", "示范区", "高新区",
                                 "经开区", "科技园", "工业园", "保税区", "示范园", "高新园"))
#: Official long forms and the short forms news uses for them (canonical form only).
_ABBREVIATIONS = (("管理委员会", "管委会"), ("高新技术产业开发区", "高新区"),
                  ("经济技术开发区", "经开区"), ("发展和改革委员会", "发展改革委"),
                  ("工业和信息化", "工信"), ("经济和信息化", "经信"), ("科学技术", "科技"),
                  ("国有资产监督管理委员会", "国资委"),
                  ("自由贸易试验区", "自贸区"), ("自由贸易区", "自贸区"))
#: 国家 before a zone type (保定国家高新区 is 保定高新区).
_NATIONAL_ZONE = re.compile(r"(?<=.)国家(?=高新区|经开区|自贸区|级)")
_FULL_LEGAL_SUFFIXES = ("有限公司", "有限责任公司", "股份公司", "集团公司")
_RECENT = 120   # characters: a park named this close before a bare 园区 is the one meant
_RENAME = re.compile(r"更名为")
_BRACKETS = re.compile(r"[(（][^)）]*[)）]")
_STRIP = str.maketrans("", "", "《》“”\"'·・ \u3000")


@lru_cache(maxsize=4096)
def canonical_form(name: str) -> str:
    """The form two names of one thing share: no 《》, brackets, dots, year prefix;
    leading region labels replaced by their region, 管理委员会 as 管委会.

    >>> canonical_form("唐山市高新区") == canonical_form("唐山高新区")
    True
    >>> canonical_form("《北京市氢能产业发展实施方案（2021-2025年）》")
    '<110000>氢能产业发展实施方案'
    """
    name = _BRACKETS.sub("", name.translate(_STRIP))
    name = re.sub(r"^(?:19|20)\d\d(?:年)?(?=\D)", "", name)
    for long, short in _ABBREVIATIONS:
        name = name.replace(long, short)
    name = _NATIONAL_ZONE.sub("", name)
    regions = region_label_index()
    out, changed = "", True
    while changed and name:
        changed = False
        for length in range(min(len(name) - 1, 10), 1, -1):
            rec = regions.get(name[:length])
            if rec is not None:
                out += f"<{rec.adcode or rec.iri.rsplit('/', 1)[-1]}>"
                name = name[length:]
                changed = True
                break
    return out + name


@lru_cache(maxsize=4096)
def _company_core(name: str) -> str:
    core = _BRACKETS.sub("", name)
    stripped = True
    regions = region_label_index()
    while stripped:
        stripped = False
        for length in range(min(len(core) - 2, 8), 1, -1):
            if core[:length] in regions:
                core, stripped = core[length:], True
                break
    for suffix in COMPANY_LEGAL_SUFFIXES:
        if core.endswith(suffix) and len(core) > len(suffix) + 1:
            return core[: -len(suffix)]
    return core


def is_short_form(short: str, full: str) -> bool:
    """Whether ``short`` abbreviates ``full``: its characters appear in order in the
    full name's core (no region prefix, no legal suffix), starting with its first one.

    >>> is_short_form("九曜智能", "北京九曜智能科技有限公司")
    True
    >>> is_short_form("中信开诚", "中信重工开诚智能装备有限公司")
    True
    >>> is_short_form("九曜", "北京星河科技有限公司")
    False
    >>> is_short_form("河北二药", "河北第二制药有限公司")
    True
    """
    if len(short) < 2 or len(short) >= len(full):
        return False
    core = _company_core(full)
    short = _company_core(short) if len(_company_core(short)) >= 2 else short
    if core[:1] == "第" and short[:1] == core[1:2]:
        core = core[1:]     # 天津四机 -> 天津第四机床有限公司: the ordinal's 第 dropped
    if not core or short[0] != core[0]:
        return False
    pos = 0
    for char in short:
        pos = core.find(char, pos)
        if pos < 0:
            return False
        pos += 1
    return True


class _Group:
    """The mentions of one entity so far (only ever added to, by append or extend)."""

    __slots__ = ("_forms", "key", "mentions", "rank", "type")

    def __init__(self, type_: str, key: str, mention: Mention) -> None:
        self.type, self.key, self.mentions = type_, key, [mention]
        self.rank = _RULE_RANK.get(mention.rule.partition(":")[0], 4)
        self._forms: tuple[int, list[str]] = (0, [])

    def forms(self) -> list[str]:
        """The names the mentions use, in order, without repeats (do not modify).

        >>> g = _Group("Park", "k", Mention(0, 5, "甲乙产业园", "Park", "suffix:产业园"))
        >>> g.mentions.append(Mention(9, 12, "产业园", "Park", "coref:园区"))
        >>> g.forms()
        ['甲乙产业园']
        """
        counted, names = self._forms
        if counted != len(self.mentions):   # mentions are only added: same count, same list
            names = self._forms_now()
            self._forms = (len(self.mentions), names)
        return names

    def _forms_now(self) -> list[str]:
        names = [m.text.strip("《》“”") for m in self.mentions     # as _display does
                 if not m.rule.startswith(("coref:", "abbreviation:"))]
        # a distinctive last word used alone (生态港) is a short name, unlike 园区
        names += [m.text for m in self.mentions if m.rule == "coref:园区"
                  and m.text not in _GENERIC_PARK_WORDS and any(
                      n.endswith(m.text) for n in names)]
        return list(dict.fromkeys(names))


_start = attrgetter("start")


def _display(m: Mention) -> str:
    return m.text.strip("《》“”")


def resolve_entities(doc: Document, mentions: Sequence[Mention]) -> list[Entity]:
    """One entity per real-world thing named in ``doc``, in order of first mention."""
    groups: dict[tuple[str, str], _Group] = {}
    by_form: dict[str, _Group] = {}
    towns: dict[str, str] = {}
    unrepeated: set[str] = set()  # towns found once, after their county
    regions, chains = region_label_index(), chain_label_index()
    rank = {rule: _RULE_RANK.get(rule.partition(":")[0], 4) for rule in {m.rule for m in mentions}}
    for m in sorted(mentions, key=lambda m: (rank[m.rule], m.start)):
        norm = doc.norm[m.start:m.end].strip("《》“”")
        if m.rule.startswith("abbreviation:"):
            key = ("Region", _abbreviated(norm))
        elif m.rule.startswith(("short:", "inner:region:")):  # 沙河 in an article naming
            # 沙河市, 新华区(…局) in one naming 石家庄市新华区
            key = ("Region", regions[m.rule.rpartition(":")[2]].iri)
        elif m.rule.startswith(("town:", "zone:")):  # 李遂镇, 冀南新区: under their county/city
            key = ("Region", norm)
            towns[norm] = regions[m.rule.split(":", 1)[1]].iri
            if m.rule.startswith("town:"):  # (a zone's every mention is found with it)
                unrepeated.add(norm)
        elif m.rule == "gazetteer:region" or (m.label in ("Region", "Park") and norm in regions):
            rec = regions.get(norm)
            key = (m.label, rec.iri) if rec else (m.label, norm)
        elif m.label == "Industry" and norm in chains:
            key = ("Industry", chains[norm].iri)
        elif m.label == "Person":
            key = ("Person", norm)
        else:
            form = canonical_form(norm)
            known = by_form.get(form)
            if known is not None:
                known.mentions.append(m)
                continue
            key = (m.label, form)
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(key[0], key[1], m)
            if key[0] not in ("Region", "Industry", "Person"):
                by_form[key[1]] = group
        else:
            group.mentions.append(m)
    _add_town_mentions(doc, groups, unrepeated)
    _merge_short_forms(groups)
    _merge_renamed(doc, groups)
    _merge_declared_short(doc, groups)
    _merge_place_short(doc, groups)
    _merge_site_tails(groups)
    _attach_references(doc, groups)
    owned = _owner_prefixed_names(groups)
    _merge_owner_short(groups, owned)
    entities = _entities(groups, owned)
    return [replace(e, attrs={**e.attrs, "parent": towns[e.name]}) if e.name in towns
            else e for e in entities]


def _abbreviated(char: str) -> str:
    from chainkg.ontology import region_abbreviations

    return region_abbreviations()[char].iri


def _add_town_mentions(doc: Document, groups: dict[tuple[str, str], _Group],
                       towns: Iterable[str]) -> None:
    """Later mentions of a town found once after its county (李遂镇 alone)."""
    taken = {(m.start, m.end) for g in groups.values() for m in g.mentions}
    for town in towns:
        group = groups[("Region", town)]
        start = doc.norm.find(town)
        while start >= 0:
            if (start, start + len(town)) not in taken:
                group.mentions.append(Mention(start, start + len(town),
                                              doc.text[start:start + len(town)],
                                              "Region", "town:repeat"))
            start = doc.norm.find(town, start + len(town))


def _merge_short_forms(groups: dict[tuple[str, str], _Group]) -> None:
    """Merge a company's short forms and a park's shorter names into the full name."""
    of_type: dict[str, list[_Group]] = defaultdict(list)
    for group in groups.values():   # merging changes only the groups of the kind merged
        of_type[group.type].append(group)
    for kind in ("Company", "Park", "Organization", "Event", "Project", "Policy",
                 "GovernmentBody", "Cluster"):
        members = [(max(g.forms(), key=len), g) for g in of_type[kind]]
        members.sort(key=lambda x: len(x[0]))
        buckets: dict[str, list[tuple[int, str, _Group]]] = defaultdict(list)
        for i, (full, group) in enumerate(members):
            buckets[_bucket(kind, full, True)].append((i, full, group))
        merged: set[int] = set()
        for i, (short, group) in enumerate(members):
            if all(m.rule == "inner:event" for m in group.mentions):
                continue      # the event a side event belongs to is another event
            candidates = [(full, full_group) for j, full, full_group in buckets[
                _bucket(kind, short, False)] if j > i and id(full_group) not in merged
                and len(full) > len(short) and _abbreviates(kind, short, full)]
            if candidates:
                first = min(m.start for m in group.mentions)
                best = min(candidates, key=lambda c: (
                    _other_place(short, c[0]), _named_after(c[1], first),
                    len(_company_core(c[0]))))[1]
                best.mentions.extend(group.mentions)
                merged.add(id(group))
                del groups[(group.type, group.key)]


def _other_place(short: str, full: str) -> bool:
    """Whether ``short`` opens with a place ``full`` does not open with (邢台乙丙丁 is
    not 北京乙丙丁科技股份有限公司 but 邢台乙丙丁汽车电子有限公司).

    >>> _other_place("邢台乙丙丁", "北京乙丙丁科技股份有限公司")
    True
    >>> _other_place("乙丙丁", "北京乙丙丁科技股份有限公司")
    False
    """
    regions = region_label_index()
    place = next((short[:n] for n in range(min(len(short) - 2, 8), 1, -1)
                  if short[:n] in regions), None)
    return place is not None and not full.startswith(place)


def _named_after(group: _Group, offset: int) -> bool:
    """Whether ``group`` is first named after ``offset``: a short form abbreviates a
    full name already given (乙丙丁 after 北京乙丙丁…有限公司, before 石家庄乙丙丁…)."""
    return min(m.start for m in group.mentions) > offset


@lru_cache(maxsize=16384)
def _bucket(kind: str, name: str, full: bool) -> str:
    """A key that a short form and the full name it abbreviates share (to skip pairs)."""
    if kind == "Company":
        core = _company_core(name)
        if not full and len(core) < 2:
            core = name
        return core.lstrip("第")[:1]    # 天津四机 and 天津第四机床有限公司 share 四
    if kind in ("Event", "Project"):
        return ""    # (乙基地 for 甲乙基地项目, 甲项目 for 甲产业化项目: few enough to pair all)
    return canonical_form(name)[-1:]


@lru_cache(maxsize=32768)
def _abbreviates(kind: str, short: str, full: str) -> bool:
    """Whether ``short`` names the same ``kind`` of thing as ``full``, shorter (cached:
    pairs recur across articles)."""
    if kind == "Company":
        if short.endswith("集团") and _group_company(short, full):
            return True      # 敬业集团 -> 敬业集团有限公司: the group's own legal name
        if short.endswith(_FULL_LEGAL_SUFFIXES) and full.endswith(short) and \
                full[:-len(short)] in region_label_index():
            return True      # 平乡县甲乙车业有限公司 -> 河北平乡县甲乙车业有限公司: the
            # province left out
        if short.endswith(_FULL_LEGAL_SUFFIXES) or (short.endswith("集团") and (
                short in full or "集团" not in full)):
            return False     # a full legal name is nobody's short form, a group the
        if short.endswith("分公司") and full.endswith(short) and len(short) >= 6:
            return True      # 沧州供电分公司 -> 国网河北省电力有限公司沧州供电分公司
        if full.endswith(("分公司", "分行", "支行")) and full.startswith(short):
            return False     # 河北银行 / 河北银行邢台分行: the parent of a branch
        return is_short_form(short, full)    # parent of its companies (X集团Y有限公司)
    plain_short, plain_full = canonical_form(short), canonical_form(full)
    if kind == "Park" and short.endswith("园") and short[:-1] in region_label_index() \
            and full.endswith(short):
        return True       # 昌平园 -> 中关村科技园区昌平园: a sub-park by its district
    if len(plain_short) < 4:
        return False
    if kind == "Park" and plain_short.startswith("<") and \
            _ZONE_AFTER_PLACE.sub(">", plain_full, count=1) == plain_short:
        return True       # 永清生物医药产业园 -> 永清经济开发区生物医药产业园: the zone left out
    if kind == "Event":
        return plain_full.startswith(plain_short) or plain_full.endswith(plain_short)
    if kind == "Park" and plain_short.endswith("经开区") and plain_full.endswith("经济开发区") \
            and plain_full[:-5].endswith(plain_short[:-3]) and len(plain_short) > 4:
        return True       # 万全经开区 -> 河北万全经济开发区: 经开区 for a 经济开发区 too
    if kind == "Park" and plain_short.startswith("<") and plain_short.endswith(">开发区") \
            and _ZONE_KIND.sub("开发区", plain_full).endswith(plain_short):
        return True       # 东丽开发区 -> 天津东丽经济技术开发区: the kind of zone left out
    if kind == "Project" and _drops_a_word(plain_short, plain_full):
        return True       # 电堆基地 -> 高碑店氢燃料电池电堆生产基地
    if plain_short[:1] in "省市区县" and plain_full.startswith("<") and \
            re.sub(r"<[^>]*>", "", plain_full) == plain_short[1:] and \
            plain_short[0] in full[:max(1, len(full) - len(short) + 1)]:
        return True       # 省发展改革委 -> 河北省发展改革委 (not 县…局 -> 衡水市…局: a level
        # other than the full name's place is another body)
    remainder = re.sub(r"<[^>]*>", "", plain_short)
    if len(remainder) < 4:
        return False
    if plain_full.endswith(plain_short) or (kind == "Project" and plain_full.removesuffix(
            "项目").endswith(plain_short)):
        return True       # 电驱桥生产基地 -> 新能源商用车电驱桥生产基地项目
    # 沧州临港经济技术开发区 / 沧州渤海新区临港经济技术开发区: same name, places a subset
    short_places = set(re.findall(r"<([^>]*)>", plain_short))
    full_places = set(re.findall(r"<([^>]*)>", plain_full))
    enclosing = set().union(*(_enclosing(p) for p in full_places)) if full_places else set()
    return bool(short_places) and short_places <= enclosing and \
        remainder == re.sub(r"<[^>]*>", "", plain_full)


_GROUP_LEGAL = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)$")


def _group_company(group: str, full: str) -> bool:
    """Whether ``full`` is the legal name of ``group`` itself: the same words, a place
    before them at most and a legal suffix after (not X集团Y有限公司, one of its companies).

    >>> _group_company("甲乙矿业集团", "河北甲乙矿业集团有限公司")
    True
    >>> _group_company("丙丁药业集团", "丙丁药业（戊己）有限公司")
    False
    >>> _group_company("甲乙港集团", "甲乙港（集团）有限公司")
    True
    """
    bare = _GROUP_LEGAL.sub("", full.replace("（集团）", "集团").replace("(集团)", "集团"))
    if bare == full or not bare.endswith(group):
        return False
    place = bare[: len(bare) - len(group)]
    return not place or place in region_label_index()


#: The kind of zone ending a park's canonical name (东丽开发区 names 东丽经济技术开发区).
_ZONE_KIND = re.compile(r"(?:经开区|高新区)$")
#: A development zone right after the place that opens a park's name (canonical forms).
_ZONE_AFTER_PLACE = re.compile(r">(?:经济开发区|经开区|高新区|开发区|工业园区)(?=.{3})")
_SITE_HEADS = ("基地", "项目", "中心", "平台", "生产线", "工厂", "产业园")
_DROPPED_WORD = 4   # characters: at most one word (生产, 智能制造) left out before the head


def _drops_a_word(short: str, full: str) -> bool:
    """Whether a site's short name keeps the words before one word of its full name and
    the head (电堆基地 for 高碑店氢燃料电池电堆生产基地; not 汽车零部件基地 for
    汽车零部件检测与人才实训基地, where a whole phrase is left out).

    >>> _drops_a_word("电堆基地", "高碑店氢燃料电池电堆生产基地项目")
    True
    """
    full = full.removesuffix("项目") if not short.endswith("项目") else full
    head = next((h for h in _SITE_HEADS if short.endswith(h) and full.endswith(h)), None)
    if head is None:
        return False
    stem, body = short[:-len(head)], full[:-len(head)]
    if len(stem) < 2:
        return False
    at = body.rfind(stem)
    return at >= 0 and 0 < len(body) - at - len(stem) <= _DROPPED_WORD


@lru_cache(maxsize=1024)
def _enclosing(token: str) -> frozenset[str]:
    """A canonical-form region token and the tokens of every region around it."""
    from chainkg.ontology import region_by_iri, region_gazetteer

    by_token = {rec.adcode or rec.iri.rsplit("/", 1)[-1]: rec for rec in region_gazetteer()}
    out, rec = {token}, by_token.get(token)
    while rec is not None and rec.parent:
        try:
            rec = region_by_iri(rec.parent)
        except KeyError:
            break
        out.add(rec.adcode or rec.iri.rsplit("/", 1)[-1])
    return frozenset(out)


def _merge_renamed(doc: Document, groups: dict[tuple[str, str], _Group]) -> None:
    """``A更名为B``: A and B are one thing."""
    for match in _RENAME.finditer(doc.norm):
        before = after = None
        for group in groups.values():
            for m in group.mentions:
                if m.rule.startswith(("inner:", "coref:")):
                    continue
                if m.end <= match.start() and match.start() - m.end <= 2:
                    before = group
                if m.start >= match.end() and m.start - match.end() <= 1:
                    after = group
        if before and after and before is not after and before.type == after.type:
            after.mentions.extend(before.mentions)
            groups.pop((before.type, before.key), None)


def _merge_declared_short(doc: Document, groups: dict[tuple[str, str], _Group]) -> None:
    """``A(以下简称“B”)``: B is A's short name, wherever the article uses it."""
    matches = list(DECLARED_SHORT.finditer(doc.norm))
    if not matches:
        return
    by_end: dict[int, _Group] = {}
    by_start: dict[int, _Group] = {}
    for group in groups.values():
        for m in group.mentions:
            if not m.rule.startswith(("inner:", "coref:")):
                by_end.setdefault(m.end, group)
                by_start.setdefault(m.start, group)
    for match in matches:
        full, short = by_end.get(match.start()), by_start.get(match.start("short"))
        if full is None or short is None or full is short or full.type != short.type:
            continue
        if (short.type, short.key) not in groups:
            continue    # merged already
        full.mentions.extend(short.mentions)
        del groups[(short.type, short.key)]
        for m in short.mentions:
            by_start[m.start] = by_end[m.end] = full


_PLACE_HEADS = ("基地", "项目", "节点", "工厂")
_SENTENCE_ENDS = "。!?！？\n"


def _sentence_opening(text: str, at: int) -> int:
    """Where the sentence holding ``at`` opens.

    >>> _sentence_opening("甲。乙丙", 3)
    2
    """
    return max(text.rfind(end, 0, at) for end in _SENTENCE_ENDS) + 1


def _merge_place_short(doc: Document, groups: dict[tuple[str, str], _Group]) -> None:
    """A project named by its place and head (任丘基地, 鹿泉项目, 邯郸节点) is the last
    project with that head that a sentence before placed there (在任丘经济技术开发区投资建设
    [精密电主轴生产基地项目]; 在邯郸建设[…二级节点]); a base named by its owner's short
    name and its place (星衡机器人青县基地) is the base that owner builds there
    (北京星衡机器人科技有限公司…在青县经济开发区建设[协作机器人整机生产基地]), or names
    with its place (康诺瑞邯郸基地 for 天津康诺瑞生物制药有限公司[邯郸生产基地])."""
    regions = region_label_index()
    projects = [g for g in groups.values() if g.type == "Project"]
    companies = [g for g in groups.values() if g.type == "Company"]
    for short in projects:
        forms = short.forms()
        head = next((h for h in _PLACE_HEADS if forms and all(
            f.endswith(h) and f[:-len(h)] in regions for f in forms)), None)
        owner = None
        if head is None and len(forms) == 1 and forms[0].endswith("基地"):
            stem = forms[0][:-2]    # 星衡机器人青县基地: the owner's short name, place, head
            place = next((stem[-n:] for n in range(min(len(stem) - 2, 6), 1, -1)
                          if stem[-n:] in regions), None)
            if place is not None:
                owner = next((c for c in companies if is_short_form(
                    stem[:-len(place)], max(c.forms(), key=len))), None)
            if owner is not None:
                head = "基地"
        if head is None:
            if _place_and_project(forms):
                del groups[(short.type, short.key)]     # 保定新项目: see below
            continue
        place = forms[0][:-len(head)] if owner is None else place
        first = min(m.start for m in short.mentions)
        best: tuple[int, _Group] | None = None
        for full in projects:
            if full is short or (full.type, full.key) not in groups:
                continue
            for m in full.mentions:
                name = _display(m)
                if m.start >= first or not (name if head == "项目" else name.removesuffix(
                        "项目")).endswith(head):
                    continue    # (任丘基地 for …生产基地项目, 鹿泉项目 for …服务项目)
                opening = _sentence_opening(doc.norm, m.start)
                if owner is not None and not any(opening <= o.start < m.start
                                                 for o in owner.mentions):
                    continue    # (the owner builds it in the same sentence)
                placed = doc.norm[opening:m.start if owner is None else m.end]
                if place in placed and (best is None or m.start > best[0]):
                    best = (m.start, full)
        if best is not None:
            best[1].mentions.extend(short.mentions)
            del groups[(short.type, short.key)]
        elif owner is None and _place_and_project(forms):
            del groups[(short.type, short.key)]     # 秦皇岛项目 where no sentence before
            # places a project: a firm's project (or plant) said again by its place, no name


def _place_and_project(forms: list[str]) -> bool:
    """Whether every form is a place and 项目 (秦皇岛项目, 保定新项目, 新华区项目).

    >>> _place_and_project(["保定新项目"]), _place_and_project(["电堆项目"])
    (True, False)
    """
    regions = region_label_index()
    return bool(forms) and all(
        f.endswith("项目") and (stem := f[:-2].removesuffix("新")) and (
            stem in regions or stem in shared_district_names()) for f in forms)


_TAIL = 4   # characters: the shortest tail of a site's name that refers back to it


def _merge_site_tails(groups: dict[tuple[str, str], _Group]) -> None:
    """A centre or platform named later by the tail of a project's name (冷链物流中心 after
    医药冷链物流中心) is that project, though its suffix alone reads as a body."""
    projects = [g for g in groups.values() if g.type == "Project"]
    if not projects:
        return
    for body in [g for g in groups.values() if g.type == "Organization"]:
        forms = body.forms()
        first = min(m.start for m in body.mentions)
        if not forms or any(len(f) < _TAIL for f in forms):
            continue
        sites = [g for g in projects if min(m.start for m in g.mentions) < first and all(
            any(n.removesuffix("项目").endswith(f) and len(n.removesuffix("项目")) > len(f)
                for n in g.forms()) for f in forms)]
        if len(sites) == 1:
            sites[0].mentions.extend(body.mentions)
            del groups[(body.type, body.key)]


def _attach_references(doc: Document, groups: dict[tuple[str, str], _Group]) -> None:
    """我省 -> the publishing province; a bare 园区 -> the park in focus."""
    covered = sorted((m.start, m.end) for g in groups.values() for m in g.mentions)
    province = _publishing_province(doc, groups)
    if province is not None:
        for match in _PROVINCE_WORDS.finditer(doc.norm):
            province.mentions.append(Mention(match.start(), match.end(), match.group(),
                                              "Region", "coref:我省"))
    parks = sorted(((m.start, g) for g in groups.values() if g.type == "Park"
                    for m in g.mentions), key=lambda x: x[0])
    if not parks:
        return
    named = parks
    parks = [(s, g) for s, g in parks if not _named_in_passing(doc.norm, g)
             and not _committee_of_park_before(doc.norm, s, g, named)] or parks
    covered_starts = [s for s, _ in covered]
    for match in _PARK_WORDS.finditer(doc.norm):
        i = bisect_right(covered_starts, match.start()) - 1
        if i >= 0 and covered[i][1] > match.start():
            continue
        if doc.norm[max(0, match.start() - 1):match.start()] == "该":
            # 落户该园区: the park named last, even one named in passing
            last = [g for s, g in named if s < match.start()]
            focus = last[-1] if last else None
        else:
            focus = _park_in_focus(parks, match.start(), match.group(),
                                   doc.norm[max(0, match.start() - 6):match.start()])
        if focus is not None:
            focus.mentions.append(Mention(match.start(), match.end(), match.group(),
                                          "Park", "coref:园区"))


def _committee_of_park_before(text: str, start: int, group: _Group,
                              parks: list[tuple[int, _Group]]) -> bool:
    """Whether the park at ``start`` is named only as the zone in a committee's name, in a
    sentence that named another park before it (A产业园…由B开发区管委会负责建设运营。园区…):
    the committee runs A, and a bare 园区 after it is still A.

    >>> a = _Group("Park", "a", Mention(0, 5, "甲乙产业园", "Park", "suffix:产业园"))
    >>> b = _Group("Park", "b", Mention(7, 12, "丙丁开发区", "Park", "inner:park"))
    >>> _committee_of_park_before("甲乙产业园,由丙丁开发区管委会运营。", 7, b, [(0, a), (7, b)])
    True
    """
    named = [m for m in group.mentions if not m.rule.startswith("coref:")]
    if not named or not all(m.rule.startswith("inner:") for m in named):
        return False
    opening = _sentence_opening(text, start)
    return any(opening <= s < start and g is not group and any(
        m.start == s and not m.rule.startswith(("coref:", "inner:")) for m in g.mentions)
        for s, g in parks)


def _named_in_passing(text: str, group: _Group) -> bool:
    """Whether a park is named once, inside the one in focus (开发区内的X产业园…): it never
    takes the focus from the zone its paragraph is about.

    >>> g = _Group("Park", "甲乙产业园", Mention(5, 10, "甲乙产业园", "Park", "suffix:产业园"))
    >>> _named_in_passing("开发区内的甲乙产业园今年", g)
    True
    """
    named = [m for m in group.mentions if not m.rule.startswith("coref:")]
    return len(named) == 1 and text[max(0, named[0].start - 2):named[0].start] == "内的"


@lru_cache(maxsize=8192)
def _short_zone_form(name: str) -> str:
    """``name`` with official long forms shortened (…高新技术产业开发区 -> …高新区)."""
    for long, short in _ABBREVIATIONS:
        name = name.replace(long, short)
    return name


def _park_in_focus(parks: list[tuple[int, _Group]], offset: int, word: str,
                   before: str = "") -> _Group | None:
    """The park a bare 园区 refers to: the most mentioned park so far, preferring one
    whose name ends like the word (保税区 -> …保税区), then the latest."""
    score: dict[int, list] = {}
    for rank, (start, group) in enumerate(parks):
        if start >= offset:
            break
        entry = score.setdefault(id(group), [0, 0, 0, group])
        entry[1] += 1
        entry[2] = rank
    if not score:
        return None
    latest = max(score.values(), key=lambda e: e[2])
    place = next((before[i:] for i in range(len(before) - 1) if before[i:] in
                  region_label_index()), "")
    if place:   # 沧州园区: the park whose name holds 沧州
        placed = [e for e in score.values() if any(place in m.text for m in e[3].mentions)]
        if placed:
            return max(placed, key=lambda e: (e[1], e[2]))[3]
    tail = "" if word in ("园区", "园内", "入园") else word
    named_alike = [e for e in score.values() if tail and any(
        _short_zone_form(m.text).endswith(tail) or m.text.endswith(tail)
        for m in e[3].mentions if not m.rule.startswith("coref:"))]
    if named_alike:
        return max(named_alike, key=lambda e: e[2])[3]
    if offset - parks[latest[2]][0] <= _RECENT:
        return latest[3]
    return max(score.values(), key=lambda e: (e[1], e[2]))[3]


def _publishing_province(doc: Document, groups: dict[tuple[str, str], _Group]
                         ) -> _Group | None:
    from chainkg.ontology import region_by_iri

    regions = region_label_index()
    publisher = doc.publisher or ""
    for length in range(min(len(publisher), 6), 1, -1):
        for start in range(len(publisher) - length + 1):
            rec = regions.get(publisher[start:start + length])
            if rec is not None and rec.province:
                province = region_by_iri(rec.province)
                group = groups.get(("Region", province.iri))
                if group is None:
                    name = next(label for label in province.labels if len(label) == 2) \
                        if any(len(label) == 2 for label in province.labels) else province.name
                    anchor = Mention(0, 0, name, "Region", "coref:publisher")
                    group = groups[("Region", province.iri)] = _Group("Region",
                                                                      province.iri, anchor)
                return group
    return None


_OWNER_ENDS = ("公司", "集团")
_LONGEST_OWNED = 48   # characters: an owner's name and its project's


def _owner_prefixed_names(groups: dict[tuple[str, str], _Group]) -> dict[int, str]:
    """A project named right after its owner, with nothing between (A有限公司B项目):
    the owner's name and the project's together, an alias of the project (writers name it
    either way; the project keeps its own name, B项目, as its name).

    >>> c = _Group("Company", "c", Mention(0, 6, "甲乙有限公司", "Company", "suffix:有限公司"))
    >>> p = _Group("Project", "p", Mention(6, 10, "丙丁项目", "Project", "suffix:项目"))
    >>> list(_owner_prefixed_names({("Company", "c"): c, ("Project", "p"): p}).values())
    ['甲乙有限公司丙丁项目']
    """
    owners = {m.end: m.text for g in groups.values() if g.type == "Company"
              for m in g.mentions if not m.rule.startswith("coref:")
              and m.text.endswith(_OWNER_ENDS)}
    named: dict[int, str] = {}
    for group in groups.values():
        if group.type != "Project":
            continue
        for m in group.mentions:
            owner = owners.get(m.start)
            if owner and not m.rule.startswith("coref:") and \
                    len(owner) + len(m.text) <= _LONGEST_OWNED:
                named[id(group)] = owner + m.text
                break
    return named


def _merge_owner_short(groups: dict[tuple[str, str], _Group], owned: dict[int, str]) -> None:
    """A site named by its owner's short name and its own name (京雕智能五轴联动数控机床生产
    基地) is the project named after the owner's full name (北京京雕智能装备有限公司[五轴联动
    数控机床生产基地项目]).

    >>> c = _Group("Company", "c", Mention(0, 6, "甲乙智能有限公司", "Company", "suffix:有限公司"))
    >>> p = _Group("Project", "p", Mention(8, 14, "丙丁生产基地项目", "Project", "suffix:项目"))
    >>> q = _Group("Project", "q", Mention(30, 38, "甲乙丙丁生产基地", "Project", "suffix:基地"))
    >>> groups = {("Company", "c"): c, ("Project", "p"): p, ("Project", "q"): q}
    >>> _merge_owner_short(groups, {id(p): "甲乙智能有限公司丙丁生产基地项目"})
    >>> sorted(m.text for m in p.mentions), ("Project", "q") in groups
    (['丙丁生产基地项目', '甲乙丙丁生产基地'], False)
    """
    if not owned:
        return
    sites = []     # (the site's own name without 项目, its owner's name, its group)
    for group in groups.values():
        full = owned.get(id(group))
        if full is not None:
            bare = next(m.text for m in group.mentions if full.endswith(m.text))
            sites.append((bare.removesuffix("项目"), full[:-len(bare)], group))
    for key, group in list(groups.items()):
        if group.type != "Project" or id(group) in owned:
            continue
        forms = [f.removesuffix("项目") for f in group.forms()]
        target = next((site for bare, owner, site in sites for f in forms
                       if len(f) > len(bare) + 1 and f.endswith(bare)
                       and is_short_form(f[:-len(bare)], owner)), None)
        if target is not None:
            target.mentions.extend(group.mentions)
            del groups[key]


def _entities(groups: dict[tuple[str, str], _Group], owned: dict[int, str]) -> list[Entity]:
    by_start = {id(g): tuple(sorted(g.mentions, key=_start)) if len(g.mentions) > 1
                else tuple(g.mentions) for g in groups.values()}
    ordered = sorted(groups.values(), key=lambda g: by_start[id(g)][0].start)
    out = []
    counters: dict[str, int] = defaultdict(int)
    for group in ordered:
        forms = group.forms()
        official = _official_name(group.key) if group.type == "Region" and \
            "/region/" in group.key else ""
        if not forms and official:
            forms = [official]      # named only by an abbreviation (在津揭牌)
        if not forms:
            continue
        name = max(forms, key=len)      # the first of the longest
        owner_named = owned.get(id(group))
        if owner_named and owner_named not in forms:
            forms = [*forms, owner_named]   # A有限公司B项目: an alias of B项目
        if owner_named and _PHASE_ONLY.fullmatch(name):
            name = owner_named  # A有限公司二期项目: a phase alone names no project of its own
        if group.type == "Industry":
            name = _chain_name(group, forms)
        if official and official not in forms:
            forms = [*forms, official]
        if group.type == "Event":
            forms = [*forms, *(f for f in _unslogan(name) if f not in forms)]
        aliases = tuple([f for f in forms if f != name])
        counters[group.type] += 1
        slug = group.type.lower()
        key = group.key if group.type in ("Region", "Industry") and "/" in group.key \
            else name
        attrs = {}      # only the values that are set
        if "/region/" in group.key:
            attrs["region"] = group.key
        if group.type == "Industry" and group.key:
            attrs["chain"] = group.key
        if group.type == "Park" and "/region/" in group.key:
            key = name
        out.append(Entity(id=f"{slug}-{counters[group.type]}", type=group.type, name=name,
                          aliases=aliases, mentions=by_start[id(group)], key=key,
                          attrs=attrs))
    return out


#: A slogan in quotes, or joined by ·, that opens an event's name before its year or place.
_SLOGAN_OPENING = re.compile(r"^“?[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,8}”")


def _unslogan(name: str) -> tuple[str, ...]:
    """The names an event goes by without the slogan that opens it: from its year, and
    without the year.

    >>> _unslogan("“智汇永清·链接京津”2026京津冀机器人产业链协同招商对接会")
    ('2026京津冀机器人产业链协同招商对接会', '京津冀机器人产业链协同招商对接会')
    >>> _unslogan("2026京津冀机器人产业链协同招商对接会")
    ()
    """
    opening = _SLOGAN_OPENING.match(name)
    if opening is None or len(name) - opening.end() < 6:
        return ()
    rest = name[opening.end():]
    undated = re.sub(r"^20\d\d年?", "", rest)
    return (rest, undated) if undated != rest else (rest,)


@lru_cache(maxsize=4096)
def _official_name(iri: str) -> str:
    """The official name of the region ``iri`` ("" for an unknown one; cached)."""
    from chainkg.ontology import region_by_iri

    try:
        return region_by_iri(iri).name
    except KeyError:
        return ""


def _chain_name(group: _Group, forms: list[str]) -> str:
    from chainkg.ontology import chain_gazetteer

    chain = next(c for c in chain_gazetteer() if c.iri == group.key)
    if chain.label_zh in forms:
        return chain.label_zh
    plain = [f for f in forms if not f.endswith(("产业", "产业链"))]
    return (plain or [f.removesuffix("产业链").removesuffix("产业") for f in forms])[0]
