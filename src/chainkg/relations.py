"""Relations between the entities of one article, from names, trigger words and patterns.

Every rule has a name (``Relation.rule``) and reads a name, one sentence or one clause:

- ``locatedIn:name``: the most specific region inside an actor's name (the last one when
  two unrelated places are named: 北京…沧州分公司 -> 沧州; a functional area such as
  北京亦庄 is not placed in its parent, though what is held there is); ``locatedIn:位于``
  (位于X的Y),
  ``locatedIn:在X召开``
  (E在X召开/举行/揭牌, E将在X举办, P在X…), ``locatedIn:位于`` (Y总部位于X…, Y是一家总部
  位于X的…企业, 位于X…PARK的Y, X的Y opening a clause or after 由/与/和/、/是: the
  most specific region of the run of places; a park of the run
  gives ``settledIn:位于``), ``locatedIn:在X举行`` (在X…举行的E), ``locatedIn:在X建设``
  (在X打造/共建P), ``locatedIn:引进`` (X…引进P), ``locatedIn:依托`` (X依托A和B…),
  ``locatedIn:地方政府`` (a project built with X市人民政府 and placed nowhere else).
  What the text says beats the name, and only the most specific region is kept;
- ``locatedIn:园区内`` (开发区内的X产业园: a park inside the park in focus);
- ``settledIn:park``: a company, organisation or project in a clause that puts it in a
  park (入驻, 落户, 落地, 入园, 聚集, 位于, 在PARK …, a clause 其中包括… after one), a bare
  园区 standing for the park in focus; not the builders of a facility that opened there
  (A与B合作建设的Y…在PARK揭牌), nor the investor after 由 or the parents of a joint
  venture (由A投资建设，落户PARK; A与B合资成立C，落户PARK: C settles);
  ``settledIn:与园区签约`` (A、B等9家企业与PARK签约); ``settledIn:园区签约`` (the items
  of a signing list at a ceremony named after a park: PARK…项目集中签约仪式); A落户于此 /
  落户该园区 (the park
  named last); a clause that only places the scene (…的PARK内，) places the next one; a
  side of a park (在PARK东侧) is outside it; ``settledIn:建设项目`` (the one company
  building a project in a park, not the investor of 由A投资建设);
  ``settledIn:在园区建设`` (在PARK建设Y, 与PARK签约建设Y, PARK…，正在建设Y);
  ``locatedIn:在X入驻`` (X a place, not a park: 3家央企总部已在雄安新区入驻);
- ``cooperatesWith:与`` (A与B合作/签约/签署…, A with each of an enumeration, A将与B…,
  a place right before the verb: A将与邢台市共建; pairwise among all parties for 联合
  and 共建: A与B、C联合设立), ``cooperatesWith:联合`` (A、B、C等联合发起/印发: pairwise;
  A公司联合B公司…; 共同发起/建设: pairwise; A、B与C: every item before 与; a clause
  opening 去年与B… or 公司正与B… takes the company in focus); hosting or guiding
  together (共同主办, 共同担任指导) is not cooperation;
- ``involves:合作`` (the project A与B合作的), ``involves:name`` (a company named in it),
  ``involves:<verb>`` (the builders of a ``project:<verb>`` mention: the companies and
  bodies of its clause, else of the clause before: A与B签约，在X建设Y); ``involves:在``
  (在A集团，一条…示范线: the company the sentence opens in owns the facility);
- ``signedAt:签约``: a project signed at the event of the sentence (or the one before);
  ``signedAt:签约清单``: every item of a dash list (——A项目；——B项目) introduced by a
  sentence about signing, at the event before the list (a company opening an item is a
  party: ``involves:签约清单``);
  The same holds for items that run on one line after a colon (主要包括：A公司B项目；C项目。);
  an introduction that only announces the list (主要项目包括：, 分别是：) looks for the
  signing in the sentence before, and for an event it names by its head (推介会上, 推进会
  现场) further back; every project of a one-line list is signed (A的X项目，B的Y项目，以及Z);
- ``involves:投资的``: the investor right before the sum (A投资6亿元的B项目); ``involves:由``
  also for 由A投资建设 opening the sentence after a heading (一、P项目。由A投资建设);
- ``locatedIn:在X设立`` / ``settledIn:在X设立`` (A在X设立全资子公司C, A在PARK注册成立C:
  C, not A); ``locatedIn:在X的`` / ``settledIn:在X的`` (在X的C, 走进X的C, a clause opening
  在PARK，C…); ``relocatedFrom:原在X`` (原在X生产的C，…迁至Y) and 从X迁来的C;
- ``involves:由`` and ``cooperatesWith:由``: P由A与B合资建设 / P由A、B与C三方共同推进 /
  由河北定州的A投资建设 (a place before A) / 这个基地由A投资建设 and 验证中心由A、B共同
  建设 (the project or body named before); ``involves:负责`` (A负责该项目的建设运营);
- ``involves:name`` also for a company right before the project it names (A有限公司B项目,
  引进了A公司年产…项目);
- ``involves:发起`` and ``cooperatesWith:发起``: the founders of a consortium, centre or
  lab (由A、B和C等17家单位组成的X, A与B共建的X); an alliance's founders (A、B等24家企业
  共同发起成立X联盟) only cooperate;
  ``locatedIn:秘书处`` / ``settledIn:秘书处`` (联盟秘书处设在X);
- ``cooperatesWith:采购``: A…从B采购了… (supply is cooperation); ``cooperatesWith:供应``
  (A…产品直接供应B, A成为B的一级供应商, A是B的核心部件供应商, A为B、C等企业配套, 为B加工…的A);
- ``locatedIn:是X的企业`` (A是巨鹿县的老牌药企) and X本地的A opening a clause;
- ``branchOf:合资``: A与B合资成立C, 双方合资成立的C (the two parties named before in the
  sentence, else the partners of the sentence before); ``branchOf:设立``: A…设立了C where
  C carries A's trade name (天津瑞普康…设立了石家庄瑞普康…);
- ``branchOf:分公司`` / ``branchOf:旗下`` / ``branchOf:子公司`` / ``branchOf:name``;
  ``branchOf:商号``: a firm placed elsewhere carrying a Beijing or Tianjin firm's trade
  name (张家口海珀氢能科技 of 北京海珀动力技术), where only those two carry it;
- ``relocatedFrom:从X迁`` and ``relocatedFrom:X企业转移``;
- ``issuedBy:<verb>`` (A印发/发布/签署《P》; X市出台《P》: X市人民政府 where the text
  names it), ``issuedBy:由`` (《P》由A、B、C联合印发: each, and they cooperate),
  ``coversChain:name`` / ``coversChain:sentence``;
- ``managedBy:管委会``; ``worksFor:<title>`` (ORG + title + name, or 公司 + title: the
  company in focus, the subject of its sentence or the one before rather than a partner
  named after 与; also the organisation whose name opens the employer's: 天津大学化工
  学院院长 -> 天津大学; X市副市长 -> X市人民政府; every name after one title:
  （记者 A、B）; not a role once held: 原副主任); ``worksFor:当选`` / ``担任`` /
  ``出任`` (X当选联盟理事长, 由X担任中心主任, 秘书长由X担任, X当选副会长: the body named,
  else the last one of that kind); stacked titles (党委书记、董事长X, 副县长、县发展和改革局
  局长X, 局长兼区招商中心主任X: the body before each title, a short 县X局 the article's
  full one, a governor's title the people's government); ``worksFor:person:（）`` /
  ``person:的`` / ``是`` (张三（A公司总经理）, A公司的张三介绍, 张三是A公司副总经理).

Round 11: a county's, district's or city's head after a party role also works for its
people's government where the article names it (永清县委副书记、县长X; 县委常委、常务副县长X:
the only 县人民政府 named); a correspondent (通讯员) does not work for the paper; a
subjectless 总部位于X/总部在X clause places the sentence's topic (A从清华大学孵化而来，总部位于
北京市海淀区), and so does A来自X (``locatedIn:来自``); a list introduced by 入驻/落户 is a
signing list too, and the owner before the dash of an item is a party (A有限公司——B项目).

Round 16 (rules that recur across writers): 该公司/这家企业总部位于X opening a clause places
the company in focus, the subject of the sentence before (``locatedIn:该公司总部``,
``settledIn:该公司总部``); A成立于2019年，位于X places the sentence's topic; a short name
the text writes with more of the full name than its mention holds (骏驰|汽车位于X, 锐驰|传动
与B签约) is still the subject; 海淀区企业A and 朝阳区的…企业A place A; more adverbs
between a party and 与 (则, 先后, 相继, 近年来, 均); places qualifying the partner after 与
(与北京市海淀区的B, 与园区内的B, 与元氏本地企业B) and a parent qualifying it (与A集团下属的B,
A旗下的B在…建设的Y) are no parties; A为B提供/供应/配套 is supply (``cooperatesWith:供应``);
建立…机制/清单/关系, 协作 and 合办 are verbs of cooperation (not between places, nor inside a
name: 北京智源协作机器人科技有限公司), 共同推动 is not; A联合B、C印发: all of them pairwise;
走进PARK，C… places C like 在PARK，C…; 教授、实验室主任X and 中心主任X work for the lab or
centre named last before; an event named after a place other than 京津冀 is there
(安平县丝网产业…推进会, ``locatedIn:name``); the projects of a sentence opening 其中 after
a signing are signed at the event the paragraph names; a company founding a subsidiary
in a park (A在PARK设立全资子公司C) is not settled there itself; parties sharing a piece
of work, each opening its clause with its share, cooperate (由A提供X，B负责Y; 由A牵头建设，
B、C共同参与: ``cooperatesWith:分工``); a bare 公司/企业 opening the clause that builds a
project is the company in focus (公司在X建设的Y, 今年，公司在X投资…建设Y). Dropped for
precision:
``locatedIn:gazetteer`` (北京亦庄 -> 北京, never in any gold: still read, to place what
is held there, then dropped) and ``locatedIn:地方政府`` for a centre a government builds
with a university only (right a third of the time on the unseen-written sets).

Round 18 (causes found in three of four new writers, blind-15 … -18): B是A的(全资/控股)
子公司 with B the subject (``branchOf:是…子公司``), A下属的B / A所属的B (``branchOf:下属``);
C是PARK的一家…企业, C是PARK培育的…企业 and PARK的企业C (``settledIn:园区的企业``); a bare
公司 before a title (“……。”公司总经理X说) skips the customers named inside the quote and a
company met in a circumstance (在A带动下，B…), and looks past the quote to the sentence
before it; a correspondent after a reporter (经济日报记者 A 通讯员 B) does not work for the
paper; a signing list introduced at a ceremony within an event (在随后举行的签约仪式上,
活动现场) is signed at the last event named.

>>> from chainkg.text import parse_text
>>> from chainkg.pipeline import extract
>>> ex = extract(parse_text("唐山市高新区管委会副主任安海涛说。", "demo"))
>>> names = {e.id: e.name for e in ex.entities}
>>> sorted((names[r.s], r.p, names[r.o]) for r in ex.relations)[:2]
[('唐山市高新区', 'locatedIn', '唐山市'), ('唐山市高新区', 'managedBy', '唐山市高新区管委会')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import combinations, pairwise

from chainkg.lexicon import FACILITY_HEADS, TITLES
from chainkg.mentions import LIST_MARK, cached_short_forms
from chainkg.model import Document, Entity, Mention, Relation, Sentence

__all__ = ["extract_relations", "keep_needed", "most_specific"]

ACTORS = frozenset({"Company", "Organization", "GovernmentBody", "Park", "Cluster",
                    "Project", "Region"})
_SETTLERS = frozenset({"Company", "Organization", "Project"})
_LOCATABLE = frozenset({"Park", "Company", "Organization", "GovernmentBody", "Cluster",
                        "Project"})
#: Clause punctuation, the one list the sets of it below are built from: the commas; the
#: marks that end a clause (_CLAUSE_BREAK); those that end one within its sentence, all
#: but 。 (_CLAUSE).
_COMMAS = ",，"
_CLAUSE_MARKS = _COMMAS + "。;；:："
_INNER_CLAUSE_MARKS = _CLAUSE_MARKS.replace("。", "")
_CLAUSE = re.compile("[" + _INNER_CLAUSE_MARKS + "]")
_CLAUSE_BREAK = re.compile("[" + _CLAUSE_MARKS + "]")
_COOP_VERB = re.compile(r"合作|签约|签署|签下|签订|合资|携手|共建|联手|结对|达成|联合|协作|合办|"
                        r"建立(?=[^,，。;；]{0,16}?(?:机制|关系|清单|联系))|"
                        r"共同(?!主办|承办|指导|举办|主持|担任|推动)")
#: Words that may open a clause before 与 and leave the subject to the sentence before.
_LEADS = ("并", "并且", "还", "也", "同时", "去年", "今年", "此前", "日前", "近日", "随后",
          "目前", "此外")
#: A bare 公司 opening a clause: the company in focus (公司正与B合作).
_BARE_LEAD = re.compile(r"(?:该公司|公司|企业|该企业)(?:正|已|还|也|将|目前)*")
#: Adverbs between a party and 与 (A将与B共建, A还与B签署).
_ADVERBS = re.compile(r"(?:将|还|也|已|已经|正式|又|再次|同时|分别|率先|首次|此前|日前|今年|"
                      r"去年|近年来|则|先后|相继|均|都|主动|积极)*")
#: Verbs that make everyone named before them partners (A、B、C联合发起/印发); hosting an
#: event together (共同主办) does not.
_JOINT = re.compile(r"(?:联合|共同)(?:发起|组建|建设|打造|签署|设立|成立|共建|印发|发布|出台|制定)")
_SETTLE_TRIGGER = re.compile(r"入驻|落户|落地|入园|园区内|园内|(?<![厂校营])区内|在此|进驻|"
                             r"签约落户|"
                             r"集中开工|位于|坐落|投产|聚集|集聚|汇聚|引进|吸引")
_HELD = re.compile(r"召开|举行|举办|揭牌|成立|开幕|启动|宣告成立")
_AT = frozenset("在于到至")
_MOVER_GAP = re.compile(r"(?:总部|已|将|已经|正式|整体|于|也|\d+年)*")
_MOVED_TO = re.compile(r"迁至|迁到|迁往|迁入|搬到|搬迁至|落户|落户到|落地")
_PRESS_TITLES = frozenset({"记者", "通讯员", "编辑", "责任编辑", "实习生", "摄影"})
_JOINER = re.compile(r"[、和及与]?")
_ATTRACT = re.compile(r"引进|引育|招引|签约引进")
_BUILD = re.compile(r"(?:再|还|将|投资[\d.]+[万亿]?元|投资)?"
                    r"(?:打造|建设|筹建|设立|建成|新建|布局|投资建设|共建|合作建设|组建)")
_RELY = re.compile(r"依托|依靠")
_RELOCATE = re.compile(r"迁出|迁到|迁至|迁往|迁来|迁入|搬到|搬来|搬迁|外迁|转移")
#: After 从X迁来 / 原在X生产: the company the clause names next (从X迁来的C, 原在X的C).
_MOVER_AFTER = re.compile(r"(?:迁来|搬来|生产|经营|办公)?的")
_ISSUE = re.compile(r"印发|发布|出台|制定|签署|签下|签订|联合发布|颁布")
_SIGNED = re.compile(r"(?:正式)?(?:签约|签订|签署)")


class _Span:
    """One mention of an entity: its offsets, the entity and its type, the mention."""

    __slots__ = ("end", "entity", "mention", "start", "type")

    def __init__(self, start: int, end: int, entity: Entity, mention: Mention) -> None:
        self.start = start
        self.end = end
        self.entity = entity
        self.type = entity.type
        self.mention = mention


class _Index:
    """The mentions of the article in text order, for sentence and clause lookups."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        spans = []
        for e in entities:
            for m in e.mentions:
                if m.rule.startswith("inner:") or m.end <= m.start:
                    continue
                spans.append(_Span(m.start, m.end, e, m))
        spans.sort(key=lambda s: (s.start, -s.end))
        self.spans = spans
        self.starts = [s.start for s in spans]
        self.by_id = {e.id: e for e in entities}
        self.publisher = next((s for s in spans if s.mention.rule == "publisher"), None)
        self.legal_companies = [e for e in entities if e.type == "Company"
                                and e.name.endswith(("公司", "集团"))]
        self.organisations = [e for e in entities if e.type in ("Organization",
                                                                "GovernmentBody")]
        self.parks = list({s.entity.id: s.entity for s in spans if s.type == "Park"}.values())
        self._company_forms: list[tuple[Entity, tuple[str, ...]]] | None = None

    def company_forms(self) -> list[tuple[Entity, tuple[str, ...]]]:
        """Each legal company with its short forms of three characters or more (an
        organisation whose name opens with one is the company's: A公司技术中心)."""
        if self._company_forms is None:
            self._company_forms = [
                (c, tuple(f for f in cached_short_forms(c.name) if len(f) >= 3))
                for c in self.legal_companies]
        return self._company_forms

    def within(self, start: int, end: int, types: Iterable[str] | None = None
               ) -> list[_Span]:
        i = bisect_left(self.starts, start)
        out = []
        allowed = set(types) if types is not None else None
        while i < len(self.spans) and self.spans[i].start < end:
            span = self.spans[i]
            if span.end <= end and (allowed is None or span.type in allowed):
                out.append(span)
            i += 1
        return out

    def last_before(self, offset: int, types: Iterable[str], window: int = 400
                    ) -> _Span | None:
        allowed = set(types)
        i = bisect_left(self.starts, offset) - 1
        while i >= 0 and offset - self.spans[i].start <= window:
            if self.spans[i].type in allowed and self.spans[i].end <= offset:
                return self.spans[i]
            i -= 1
        return None


class _SentenceSpans(list):
    """The spans of one sentence in text order (a list, as every rule reads them), with
    what the rules ask of them worked out once: the sentence's text, the spans of each
    entity type and the clauses."""

    def __init__(self, text: str, sentence: Sentence, spans: Iterable[_Span]) -> None:
        super().__init__(spans)
        self.body = text[sentence.start:sentence.end]
        self.by_type: dict[str, list[_Span]] = {}
        for span in self:
            self.by_type.setdefault(span.type, []).append(span)
        self._text = text
        self._sentence = sentence
        self._clauses: tuple[tuple[int, int], ...] | None = None
        self._first_at: dict[int, _Span] | None = None

    def of(self, type_: str) -> list[_Span]:
        """The spans of entities of type ``type_``, in text order (shared: do not
        modify)."""
        return self.by_type.get(type_, _NONE)

    def of_any(self, *types: str) -> list[_Span]:
        """The spans of entities of any of ``types``, in text order."""
        return [s for s in self if s.type in types]

    @property
    def clauses(self) -> tuple[tuple[int, int], ...]:
        """The (start, end) of each clause of the sentence."""
        if self._clauses is None:
            self._clauses = _clause_bounds(self._text, self._sentence.start,
                                           self._sentence.end)
        return self._clauses

    @property
    def first_at(self) -> dict[int, _Span]:
        """The first span (the longest name) opening at each offset."""
        if self._first_at is None:
            self._first_at = {}
            for span in self:
                self._first_at.setdefault(span.start, span)
        return self._first_at


_NONE: list[_Span] = []


class _Out:
    def __init__(self) -> None:
        self.items: dict[tuple[str, str, str], Relation] = {}

    def add(self, s: Entity | str, p: str, o: Entity | str, start: int, end: int,
            rule: str, **attrs: str) -> None:
        sid = s if isinstance(s, str) else s.id
        oid = o if isinstance(o, str) else o.id
        if sid == oid:
            return
        key = (sid, p, oid)
        if p == "cooperatesWith" and (oid, p, sid) in self.items:
            return
        if key not in self.items:
            self.items[key] = Relation(sid, p, oid, start, end, rule, attrs)


def most_specific(regions: Sequence[Entity]) -> list[Entity]:
    """Drop every region that encloses another one of ``regions``.

    >>> from chainkg.model import Entity
    >>> bj = Entity("r1", "Region", "北京", attrs={"region": "https://w3id.org/chainkg/region/110000"})
    >>> dx = Entity("r2", "Region", "大兴区", attrs={"region": "https://w3id.org/chainkg/region/110115"})
    >>> [e.name for e in most_specific([bj, dx])]
    ['大兴区']
    """
    ancestors: set[str] = set()
    for e in regions:
        parent = e.attrs.get("parent")
        if parent:
            ancestors.add(parent)
            ancestors |= _enclosing_regions(parent)
        iri = e.attrs.get("region")
        if iri:
            ancestors |= _enclosing_regions(iri)
    out: list[Entity] = []
    for e in regions:
        iri = e.attrs.get("region")
        if (not iri or iri not in ancestors) and e not in out:
            out.append(e)
    return out


@lru_cache(maxsize=4096)
def _enclosing_regions(iri: str) -> frozenset[str]:
    """The IRIs of every region that encloses the region ``iri`` (none if unknown)."""
    from chainkg.ontology import region_by_iri

    out: set[str] = set()
    try:
        parent = region_by_iri(iri).parent
    except KeyError:
        return frozenset()
    while parent:
        out.add(parent)
        try:
            parent = region_by_iri(parent).parent
        except KeyError:
            break
    return frozenset(out)


def extract_relations(doc: Document, sentences: Sequence[Sentence],
                      entities: Sequence[Entity]) -> list[Relation]:
    """Every relation the rules read in ``doc`` between ``entities``."""
    index = _Index(entities)
    out = _Out()
    text = doc.norm
    region_of = {e.attrs.get("region"): e for e in entities
                 if e.type in ("Region", "Park") and e.attrs.get("region")}
    _name_relations(entities, region_of, out)
    for sentence in sentences:
        found = index.within(sentence.start, sentence.end)
        if not found:
            continue
        spans = _SentenceSpans(text, sentence, found)
        # the rules in a fixed order (the first reading of a relation is kept), each
        # asked only when the sentence names the types of entity it needs
        types = spans.by_type
        places = "Region" in types or "Park" in types
        parties = "Company" in types or "Organization" in types or \
            "GovernmentBody" in types
        if places:
            _located_from_text(text, sentence, spans, out, index.by_id)
        if "Park" in types:
            _parks_inside_parks(text, sentence, spans, out)
        _settled(text, sentence, spans, index, out)
        if "Park" in types:
            _sited_clauses(text, sentence, spans, out)
        _cooperation(text, sentence, spans, out, index)
        if parties:
            _division_of_labour(text, sentence, spans, out)
        _built_projects(text, sentence, spans, out, index)
        _signed_at(text, sentence, spans, index, out)
        if parties:
            _built_by(text, sentence, spans, index, out)
        if "Project" in types or "Organization" in types:
            _founders(text, sentence, spans, out)
        if parties:
            _takes_on(text, sentence, spans, index, out)
        if "Company" in types:
            _purchases(text, sentence, spans, out)
            _supplies(text, sentence, spans, out)
        if places:
            _seats(text, sentence, spans, index, out)
            _focus_seats(text, sentence, spans, index, out)
        if "Company" in types:
            _joint_ventures(text, sentence, spans, index, out)
            _subsidiaries(text, sentence, spans, out)
            if places:
                _founded_where(text, sentence, spans, out)
                _firm_at_place(text, sentence, spans, out)
                _firm_of_park(text, sentence, spans, out)
            _branches(text, sentence, spans, index, out)
        if "Region" in types:
            _relocations(text, sentence, spans, index, out)
        if "Policy" in types:
            _issued(text, sentence, spans, index, out)
            _covers(sentence, spans, out)
        if "Person" in types:
            _works_for(text, sentence, spans, index, out)
            _roles_taken(text, sentence, spans, index, out)
            _works_for_untitled(text, sentence, spans, out)
    _settled_with_projects(out, index.by_id)
    _located_with_local_government(out, index.by_id)
    _resolve_locations(out, index.by_id)
    return [r for r in out.items.values() if r.rule != "locatedIn:gazetteer"]


def _all_cooperate(out: _Out, spans: Sequence[_Span], sentence: Sentence, rule: str,
                   regions_too: bool = True) -> None:
    """Every pair of ``spans`` cooperatesWith each other (three co-founders: three links;
    two places acting jointly only where ``regions_too``)."""
    for a, b in combinations(spans, 2):
        if regions_too or a.type != "Region" or b.type != "Region":
            out.add(a.entity, "cooperatesWith", b.entity, sentence.start, sentence.end, rule)


def _settled_with_projects(out: _Out, by_id: dict[str, Entity]) -> None:
    """The one company that builds a project in a park is in that park too (A在PARK新建
    的X中试线; the investor of 由A投资建设 and partners signing a project need not be)."""
    parks_of: dict[str, set[str]] = {}
    builders: dict[str, list[Relation]] = {}
    for rel in out.items.values():
        if rel.p == "settledIn":
            parks_of.setdefault(rel.s, set()).add(rel.o)
        elif rel.p == "involves" and by_id[rel.s].type == "Project":
            builders.setdefault(rel.s, []).append(rel)
    for project, rels in builders.items():
        if len(rels) == 1 and by_id[rels[0].o].type == "Company" and \
                rels[0].rule != "involves:由" and len(parks_of.get(project, ())) == 1:
            out.add(rels[0].o, "settledIn", next(iter(parks_of[project])), rels[0].start,
                    rels[0].end, "settledIn:建设项目")


def _located_with_local_government(out: _Out, by_id: dict[str, Entity]) -> None:
    """A company's project built with a local government (A与X市人民政府签约，投资…建设Y),
    placed nowhere else, is in that government's region."""
    placed = {r.s for r in out.items.values() if r.p in ("locatedIn", "settledIn")}
    where = {r.s: r for r in out.items.values() if r.p == "locatedIn"}
    # (a centre a government builds with a university is often placed nowhere: a
    # company's project is)
    with_company = {r.s for r in out.items.values()
                    if r.p == "involves" and by_id[r.o].type == "Company"}
    for rel in list(out.items.values()):
        if rel.p != "involves" or rel.s in placed or by_id[rel.o].type != "GovernmentBody" \
                or rel.s not in with_company:
            continue
        located = where.get(rel.o)
        if located is not None and by_id[rel.o].name.endswith("政府"):
            out.add(rel.s, "locatedIn", located.o, rel.start, rel.end,
                    "locatedIn:地方政府", source="text")
            placed.add(rel.s)


def _name_relations(entities: Sequence[Entity], region_of: dict, out: _Out) -> None:
    """locatedIn, branchOf, managedBy, coversChain, involves read off names."""
    from chainkg.ontology import region_by_iri

    inner_regions: dict[tuple[int, int], list[Entity]] = {}
    inner_chains: dict[tuple[int, int], list[Entity]] = {}
    inner_names: dict[str, list[Mention]] = {}     # entity id -> inner:parent/park mentions
    for e in entities:
        for m in e.mentions:
            rule = m.rule
            if rule.startswith(("inner:region", "town:", "zone:")):
                inner_regions.setdefault((m.start, m.end), []).append(e)
            elif rule == "inner:chain":
                inner_chains.setdefault((m.start, m.end), []).append(e)
            elif rule in ("inner:parent", "inner:park"):
                inner_names.setdefault(e.id, []).append(m)
    companies = [e for e in entities if e.type == "Company"]
    groups = [c for c in companies if c.name.endswith(("集团", "公司"))]
    committees = [e for e in entities if e.type == "GovernmentBody" and
                  e.name.endswith(("管委会", "管理委员会"))]
    # a company is named inside a project by its name or an alias of two characters or more
    company_forms = [(c, [f for f in (c.name, *c.aliases) if len(f) >= 2]) for c in companies]
    region_spans = sorted(inner_regions)
    for e in entities:
        if e.type not in _NAMED_IN_NAMES and e.id not in inner_names:
            continue    # a place, person or chain: its name says nothing of it
        main = None     # the longest of its own mentions (the first of the longest)
        for m in e.mentions:
            if not m.rule.startswith(_NOT_OWN_NAME) and (
                    main is None or m.end - m.start > main.end - main.start):
                main = m
        if main is None:
            continue
        parts: list[tuple[int, Entity]] = []     # the regions inside the name, in order
        if region_spans:
            i = bisect_left(region_spans, (main.start, -1))
            while i < len(region_spans) and region_spans[i][0] < main.end:
                s, end = region_spans[i]
                if end <= main.end:
                    for r in inner_regions[(s, end)]:
                        region = _as_region(r, region_of)
                        if region is not None:
                            parts.append((s, region))
                i += 1
        if e.type == "Event":   # 安平县丝网产业…推进会: the county, not 京津冀 of 京津冀…对接会
            parts = [(s, r) for s, r in parts if not _is_macro(r.attrs.get("region"))]
        if (e.type in _LOCATABLE or e.type == "Event") and parts:
            regions = most_specific([r for _, r in parts])
            regions = [r for r in regions if r.id != e.id]
            if regions:
                last = regions[0] if len(regions) == 1 else max(
                    regions, key=lambda r: max(s for s, x in parts if x is r))
                out.add(e, "locatedIn", last, main.start, main.end, "locatedIn:name",
                        source="name")
        if e.type == "Park" and e.attrs.get("region") and not parts:
            # 北京亦庄 -> 北京: read by the rules that let a park stand for its region,
            # then dropped (the gold never places a functional area so)
            rec = region_by_iri(e.attrs["region"])
            parent = region_of.get(rec.parent)
            if parent is not None and parent.id != e.id:
                out.add(e, "locatedIn", parent, main.start, main.end, "locatedIn:gazetteer",
                        source="name")
        if e.type == "Policy":
            for (s, end), chains in inner_chains.items():
                if main.start <= s and end <= main.end:
                    for chain in chains:
                        out.add(e, "coversChain", chain, main.start, main.end,
                                "coversChain:name")
        for m in inner_names.get(e.id, ()):
            if m.rule == "inner:parent":
                for child in companies:
                    if child is not e and any(
                            c.start == m.start and c.end > m.end and not c.rule.startswith(
                                "inner:") for c in child.mentions):
                        out.add(child, "branchOf", e, m.start, m.end, "branchOf:分公司")
            else:   # inner:park
                for body in committees:
                    if any(c.start == m.start and c.end > m.end for c in body.mentions):
                        out.add(e, "managedBy", body, m.start, m.end, "managedBy:管委会")
        if e.type == "Company":
            for parent in groups:
                if parent is not e and e.name.startswith(parent.name) and \
                        len(e.name) > len(parent.name) + 2:
                    out.add(e, "branchOf", parent, main.start, main.end, "branchOf:name")
        if e.type == "Project":
            for company, forms in company_forms:
                if any(f in e.name for f in forms):
                    out.add(e, "involves", company, main.start, main.end, "involves:name")
    _trade_name_branches(companies, out)


#: Beginnings of company names too common to be one firm's trade name (北京汽车…, 天津医药…).
_COMMON_TRADE_STARTS = frozenset({"汽车", "医药", "生物", "智能", "科技", "新能", "中国", "国家",
                                  "京津", "华北", "精密", "氢能", "数控", "工业"})
_PARENT_PLACES = ("北京", "天津")


def _common_start(first: str, second: str) -> str:
    """The characters two names begin with.

    >>> _common_start("海珀氢能科技", "海珀动力技术")
    '海珀'
    """
    size = 0
    while size < min(len(first), len(second)) and first[size] == second[size]:
        size += 1
    return first[:size]


def _trade_name_branches(companies: Sequence[Entity], out: _Out) -> None:
    """``branchOf:商号``: a firm placed elsewhere that carries the trade name of a Beijing
    or Tianjin firm of the article (张家口[海珀]氢能科技 of 北京[海珀]动力技术, [纳川]热管理
    （廊坊）of 天津[纳川]热管理科技), where no third firm carries that name too."""
    cores = {c.id: (cached_short_forms(c.name) or ("",))[0] for c in companies}
    for parent in companies:
        if not parent.name.startswith(_PARENT_PLACES) or len(cores[parent.id]) < 2:
            continue
        found = []
        for child in companies:
            core = cores[child.id]
            if child is parent or child.name.startswith(("北京", parent.name[:2])) or not (
                    core and (not child.name.startswith(core) or "（" in child.name
                              or "(" in child.name)):
                continue    # a Beijing firm is no branch; one with no place names none
            shared = _common_start(core, cores[parent.id])
            if len(shared) >= 2 and shared[:2] not in _COMMON_TRADE_STARTS:
                found.append((child, shared))
        namesakes = [c for c in companies if c is not parent and any(
            cores[c.id].startswith(shared) for _, shared in found)]
        if len(found) == 1 and len(namesakes) == 1:
            child = found[0][0]
            mention = min(child.mentions, key=lambda m: m.start, default=None)
            if mention is not None:
                out.add(child, "branchOf", parent, mention.start, mention.end,
                        "branchOf:商号")


#: The types of entity whose names the rules read (every other one only when a name
#: holds its name: the parent of a branch, the park of a management committee).
_NAMED_IN_NAMES = _LOCATABLE | {"Policy", "Event"}


@lru_cache(maxsize=4096)
def _is_macro(iri: str | None) -> bool:
    """Whether ``iri`` is a macro region (京津冀), which no event name places anything in."""
    from chainkg.ontology import region_by_iri

    try:
        return iri is not None and region_by_iri(iri).level == "macro"
    except KeyError:
        return False
#: Mentions that are not the entity's own name (a place or chain inside another name,
#: a pronoun or short reference).
_NOT_OWN_NAME = ("inner:region", "inner:chain", "coref:")


def _as_region(entity: Entity, region_of: dict) -> Entity | None:
    """A region entity for a place named in a name: a park-like functional area
    (北京经济技术开发区) stands for the region it lies in."""
    if entity.type == "Region":
        return entity
    from chainkg.ontology import region_by_iri

    iri = entity.attrs.get("region")
    if not iri:
        return None
    try:
        return region_of.get(region_by_iri(iri).parent)
    except KeyError:
        return None


def _clause_bounds(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The clauses of ``text[start:end]``: (start, end) of each piece between commas,
    semicolons and colons."""
    out = []
    for match in _CLAUSE.finditer(text, start, end):
        out.append((start, match.start()))
        start = match.end()
    out.append((start, end))
    return tuple(out)


def _located_from_text(text: str, sentence: Sentence, spans: _SentenceSpans,
                       out: _Out, by_id: dict[str, Entity]) -> None:
    places = spans.of_any("Region", "Park")
    if not places:
        return      # every reading below starts from a place
    by_start: dict[int, _Span] = {}
    for place in places:
        # 在X…举行的E / E在X…召开, X a run of places (北京亦庄, 北京顺义区李遂镇): the most
        # specific region of the run; a park stands for the region it lies in
        if place.start == sentence.start or text[place.start - 1] != "在":
            continue
        by_start = by_start or {p.start: p for p in places}
        run = [place]
        while run[-1].end in by_start:
            run.append(by_start[run[-1].end])
        held = _HELD.match(text, run[-1].end)
        if not held or (len(run) == 1 and place.type == "Region"):
            continue
        named = [p.entity for p in run if p.type == "Region"]
        region = named[-1] if named else next(
            (by_id[r.o] for r in out.items.values() if r.s == place.entity.id
             and r.p == "locatedIn"), None)
        if region is None:
            continue
        if text[held.end():held.end() + 1] == "的":
            targets = [s for s in spans if held.end() + 1 <= s.start <= held.end() + 2]
        else:
            targets = [s for s in spans if s.end == place.start - 1]
        for target in targets:
            if target.type in ("Event", "Project", "Organization"):
                out.add(target.entity, "locatedIn", region, sentence.start, sentence.end,
                        "locatedIn:在X举行", source="text")
    # 唐山…先后引进A、B等16个项目: projects a region brings in are located there
    attract = _ATTRACT.search(text, sentence.start, sentence.end) \
        if spans[0].type == "Region" else None
    if attract and spans[0].start < attract.start():
        for span in spans:
            if span.type == "Project" and span.start > attract.start():
                out.add(span.entity, "locatedIn", spans[0].entity, sentence.start,
                        sentence.end, "locatedIn:引进", source="text")
    for park in spans.of("Park"):
        seat = _SEAT_VERB.search(text, max(sentence.start, park.start - 3), park.start) \
            if text[park.start - 1:park.start] in _SEAT_ENDS else None
        if seat:
            _located_at(text, sentence, spans, park, True, out, by_id,
                        park.start - seat.start())
    for region in spans.of("Region"):
        if _RELY.match(text, region.end):
            # 秦皇岛依托燕山大学…, 宝坻区依托A和B两大平台: what a place builds on is there
            for span in _actor_run(text, spans, region.end + 2, sentence.end):
                if span.type in _LOCATABLE:
                    out.add(span.entity, "locatedIn", region.entity, sentence.start,
                            sentence.end, "locatedIn:依托", source="text")
        moved = _MOVED_TO.search(text, max(sentence.start, region.start - 4), region.start)
        if moved and moved.end() == region.start:
            # (总部)迁至X / 落户X: where the company now is
            clause = max((c for c, _ in spans.clauses if c <= region.start),
                         default=sentence.start)
            movers = [s for s in spans if clause <= s.start and s.end <= moved.start()
                      and s.type in ("Company", "Organization", "Project")
                      and _MOVER_GAP.fullmatch(text, s.end, moved.start())]
            if movers:
                out.add(movers[0].entity, "locatedIn", region.entity, sentence.start,
                        sentence.end, "locatedIn:迁至", source="text")
        held_here = _HELD.match(text, region.end)
        if held_here:
            # 保定市举行汽车零部件产业对接会: the event a place holds
            for span in spans:
                if held_here.end() <= span.start <= held_here.end() + 1 and \
                        span.type == "Event":
                    out.add(span.entity, "locatedIn", region.entity, sentence.start,
                            sentence.end, "locatedIn:X举行", source="text")
        before = text[max(sentence.start, region.start - 3):region.start]
        after = text[region.end:min(sentence.end, region.end + 6)]
        copula = _IS_BEFORE_PLACE.search(text, max(sentence.start, region.start - 8),
                                         region.start)
        if copula is not None and (_LOCAL_FIRM.match(text, region.end) or (
                _PLACE_FIRM.match(text, region.end))):
            # A是巨鹿县的老牌药企, A是土生土长的鹿泉企业, A是北辰区培育的中药企业: a firm
            # of that place
            for span in spans:
                if span.end == copula.start() and span.type in ("Company", "Organization"):
                    out.add(span.entity, "locatedIn", region.entity, sentence.start,
                            sentence.end, "locatedIn:是X的企业", source="text")
        seat = _SEAT_VERB.search(text, max(sentence.start, region.start - 3), region.start) \
            if before.endswith(_SEAT_ENDS) else None
        if before.endswith("来自") and not text.startswith("的", _run_end(spans, region)):
            # A来自天津市河北区，是…: where the firm comes from is where it is
            for span in spans:
                if span.end == region.start - 2 and span.type in ("Company", "Organization"):
                    out.add(span.entity, "locatedIn", region.entity, sentence.start,
                            sentence.end, "locatedIn:来自", source="text")
        if seat or before.endswith(_BEFORE_PLACE_OF) or \
                _opens_clause(text, sentence, region.start):
            # 由河北定州的A投资, 迁安的A将与B合作: a place and 的 before an actor
            _located_at(text, sentence, spans, region, seat is not None, out, by_id,
                        region.start - seat.start() if seat else 2)
        build = _BUILD.match(text, region.end) if before.endswith("在") else None
        if build:
            for span in spans:
                if span.start >= build.end() and span.type in ("Project", "Park"):
                    if not _CLAUSE.search(text, build.end(), span.start):
                        out.add(span.entity, "locatedIn", region.entity, sentence.start,
                                sentence.end, "locatedIn:在X建设", source="text")
                    break
        if before.endswith("在"):
            # E在X召开 (any actor), P在X… (a project, event or body: where it is)
            held = _HELD.match(after.lstrip("整体"))
            subject = [s for s in spans if s.end == region.start - 1 or (
                s.end < region.start - 1 and (held or s.type == "Event") and
                _ADVERBS.fullmatch(text, s.end, region.start - 1))]   # E将在X举办
            for span in subject:
                if (held and span.type in ("Event", *_LOCATABLE)) or \
                        span.type in ("Event", "Project", "Organization", "Cluster"):
                    out.add(span.entity, "locatedIn", region.entity, sentence.start,
                            sentence.end, "locatedIn:在X召开", source="text")
        if before.endswith("在") and _HELD.match(after.lstrip("整体")):
            # 在X举行的E: the event right after 的
            match = _HELD.match(after)
            if match:
                tail = region.end + match.end()
                if text[tail:tail + 1] == "的":
                    for span in spans:
                        if tail + 1 <= span.start <= tail + 2 and span.type in (
                                "Event", *_LOCATABLE):
                            out.add(span.entity, "locatedIn", region.entity, sentence.start,
                                    sentence.end, "locatedIn:在X举行的", source="text")


_BEFORE_PLACE_OF = ("由", "与", "和", "、", "是", "来自")
_LOCAL_FIRM = re.compile(r"的(?:一家|一个)?[^,，。;；、的]{0,6}?(?:企业|药企|车企|公司|工厂)")
#: A firm said to be of a place: 是 and a short description before the place (是土生土长的[X]
#: 企业), or a description after it (是[X]培育的…企业, 是[X]土生土长的中药企业).
_IS_BEFORE_PLACE = re.compile(r"是(?:[^,，。;；的]{0,6}的)?$")
_PLACE_FIRM = re.compile(r"(?:[^,，。;；、的]{0,8}?的)?[^,，。;；、的]{0,8}?"
                         r"(?:企业|药企|车企|工厂)")
#: Verbs of place before a region: 位于X, 坐落于X, 地处X.
_SEAT_VERB = re.compile(r"(?:位于|坐落于|坐落在|地处|(?<=总部)在)$")
_SEAT_ENDS = ("于", "在", "处")     # the last characters of those verbs


def _place_run(spans: Sequence[_Span], at: int) -> list[_Span]:
    """The run of places written from ``at`` on (天津市|河北区), in text order."""
    run: list[_Span] = []
    for span in spans:
        if span.start == (run[-1].end if run else at) and span.type in ("Region", "Park"):
            run.append(span)
    return run


def _run_end(spans: Sequence[_Span], region: _Span) -> int:
    """Where the run of places that ``region`` opens ends (天津市|河北区)."""
    run = _place_run(spans, region.end)
    return run[-1].end if run else region.end


def _opens_clause(text: str, sentence: Sentence, at: int) -> bool:
    return text[at - 1:at] in _COMMAS or not text[sentence.start:at].lstrip(" \t\u3000")


def _located_at(text: str, sentence: Sentence, spans: Sequence[_Span], region: _Span,
                after_verb: bool, out: _Out, by_id: dict[str, Entity],
                verb_length: int = 2) -> None:
    """(Y)(总部)位于X…(PARK)(的Z) and a clause opening with X…的Z: Y or Z is in the most
    specific region of the run of places X… and settled in a park of the run."""
    run = [region]
    for span in spans:
        if span.start == run[-1].end and span.type in ("Region", "Park"):
            run.append(span)
    end = run[-1].end
    if text[end:end + 3] in ("本地的", "当地的"):
        end += 2        # 沧州本地的A: a firm of the place
    targets: list[_Span] = []
    if text[end:end + 1] == "的":
        targets = [s for s in spans if end + 1 <= s.start <= end + 2 and
                   s.type in _LOCATABLE][:1]
    if not targets and (kind := _FIRM_OF_PLACE.match(text, end, min(sentence.end, end + 12))):
        # 由海淀区企业A, 朝阳区的临床前研究服务企业A
        targets = [s for s in spans if s.start == kind.end() and
                   s.type in ("Company", "Organization")][:1]
    if not targets and after_verb:      # Y是一家总部位于X的…企业: Y, not what follows
        verb_at = region.start - verb_length
        lead = _SUBJECT_GAP.search(text[max(sentence.start, verb_at - 5):verb_at])
        subject_end = verb_at - len(lead.group()) if lead else verb_at
        # (骏驰|汽车位于X: a short name the text writes with more of the full name)
        targets = [s for s in spans if s.type in _LOCATABLE and
                   _name_end(text, s, subject_end) == subject_end]
        if not targets and subject_end > 0 and text[subject_end - 1] in _COMMAS and (
                text.startswith(("总部", "研发总部"), subject_end) or subject_end == verb_at):
            # A从清华大学孵化而来，总部位于X; A成立于2019年，位于X: the sentence's topic,
            # opening it
            targets = [s for s in spans[:1] if s.type in ("Company", "Organization")
                       and not text[sentence.start:s.start].strip(" \t\u3000")]
    if not targets:
        return
    regions = most_specific([s.entity for s in run if s.type == "Region"])
    parks = [s.entity for s in run if s.type == "Park"]
    if not regions:     # 位于北京市昌平区中关村生命科学园: the place opening the park's name
        regions = [by_id[r.o] for p in parks for r in out.items.values()
                   if r.s == p.id and r.p == "locatedIn" and p.name.startswith(by_id[r.o].name)]
    for target in targets:
        if regions:
            out.add(target.entity, "locatedIn", regions[-1], sentence.start, sentence.end,
                    "locatedIn:位于", source="text")
        for park in parks:
            if target.type in _SETTLERS and park is not target.entity:
                out.add(target.entity, "settledIn", park, sentence.start, sentence.end,
                        "settledIn:位于")


#: Between a subject and 位于: Y总部位于, Y目前位于, Y是一家总部位于 (…的企业).
_SUBJECT_GAP = re.compile(r"(?:是一家|是)?(?:研发总部|总部|目前|现)?$")
#: Between a place and the firm it holds: 海淀区企业A, 朝阳区的临床前研究服务企业A.
_FIRM_OF_PLACE = re.compile(r"的?[^,，。;；、的与和]{0,8}?(?:企业|药企|车企)")


def _name_end(text: str, span: _Span, limit: int) -> int:
    """Where the name of ``span`` ends in the text: past what a short name writes of
    the full name beyond the mention (骏驰|汽车), before ``limit``."""
    if span.mention.rule == "alias:short":
        for end in range(min(limit, span.end + 4), span.end, -1):
            if text[span.end:end] in span.entity.name:
                return end
    return span.end


def _parks_inside_parks(text: str, sentence: Sentence, spans: _SentenceSpans,
                        out: _Out) -> None:
    """开发区内的X产业园: a park named inside another is located in it (``locatedIn:园区内``),
    which beats the place its name holds."""
    parks = spans.of("Park")
    for outer in parks:
        for inner in parks:
            if inner.start > outer.end and text[outer.end:inner.start] in ("内的", "里的"):
                out.add(inner.entity, "locatedIn", outer.entity, sentence.start,
                        sentence.end, "locatedIn:园区内", source="text")


def _resolve_locations(out: _Out, by_id: dict[str, Entity]) -> None:
    """Keep the most specific location of each subject; the text wins over the name."""
    per_subject: dict[str, list[tuple[str, str, str]]] = {}
    for key, rel in out.items.items():
        if rel.p == "locatedIn":
            per_subject.setdefault(rel.s, []).append(key)
    for keys in per_subject.values():
        if len(keys) < 2:
            continue
        regions = [by_id[k[2]] for k in keys]
        keep = {r.id for r in most_specific(regions)}
        from_text = {k[2] for k in keys if out.items[k].attrs.get("source") == "text"}
        if from_text & keep and len(keep) > 1:
            keep &= from_text
        for key in keys:
            if key[2] not in keep:
                del out.items[key]


#: A side of a park, which is outside it (在开发区东侧，…).
_OUTSIDE = re.compile(r"[东南西北][侧边面]|周边|附近|旁边|以外|之外|外围")
_SETTLING_WORD = re.compile(r"入驻|入园|进驻|(?<![厂校营])区内|园内|园区内|"
                            r"(?:落户|落地|扎根|选址)(?:于|在)此|在此(?:落户|落地|扎根)")


def _settled(text: str, sentence: Sentence, spans: _SentenceSpans, index: _Index,
             out: _Out) -> None:
    """Who settles in which park (``settledIn:park``, ``settledIn:与园区签约``) or, with no
    park named, in which place (``locatedIn:在X入驻``); see the module's docstring."""
    if _SETTLERS.isdisjoint(spans.by_type) and not any(
            s.mention.rule.startswith("project:") for s in spans):
        return      # no company, organisation or project to settle
    parks = spans.of("Park")
    if not parks and _SETTLING_WORD.search(spans.body):
        region = next((s for s in spans if s.type == "Region" and
                       text[s.start - 1:s.start] == "在"), None)
        if region is not None:
            # 3家央企总部已在雄安新区…入驻办公: a place, not the park of the last sentence
            for span in spans:
                if _is_settler(span) and span.end <= region.start:
                    out.add(span.entity, "locatedIn", region.entity, sentence.start,
                            sentence.end, "locatedIn:在X入驻", source="text")
            return
        focus = index.last_before(sentence.start, ["Park"], 300)
        parks = [focus] if focus is not None else []
    for park in parks:
        # A、B等9家企业与PARK签约 / 签订了入园协议: signed into the park
        if park.start > sentence.start and text[park.start - 1] == "与" and \
                _SIGNED.match(text, park.end):
            clause = max(a for a, _ in spans.clauses if a <= park.start)
            for span in spans:
                if _is_settler(span) and clause <= span.start < park.start:
                    out.add(span.entity, "settledIn", park.entity, sentence.start,
                            sentence.end, "settledIn:与园区签约")
    if not parks:
        return
    # 在PARK， / 走进PARK: the whole sentence happens in the park
    clauses = spans.clauses
    first_end = clauses[0][1]
    # 在PARK，… / 走进PARK，…: the whole sentence happens in the park; 在PARK inside a
    # clause is a trigger for that clause
    inside = [p for p in parks if not _OUTSIDE.match(text, p.end)]
    whole = text.startswith(("在", "走进"), sentence.start) and any(
        p.end <= first_end for p in inside)
    at_park = {a for a, b in clauses for p in inside if a <= p.start < b and text[
        max(sentence.start, p.start - 2):p.start].endswith(("在", "走进", "进"))}
    # "…的PARK内，A…": a clause that only places the scene in a park places the
    # clause after it there
    for (a, b), (c, _) in pairwise(clauses):
        if any(a <= p.start and p.end + 1 == b and text[p.end] in "内里" for p in parks) \
                and not any(a <= s.start < b and _is_settler(s) for s in spans):
            at_park.add(c)
    # "A、B等…转移，在园区集中开工": a 在PARK clause without an actor of its own
    # tells where the actors of the clauses before it went
    for a, b in clauses:
        if a in at_park and not any(a <= s.start < b and _is_settler(s) for s in spans):
            at_park |= {c for c, _ in clauses if c < a}
    inherited = _inherited_triggers(text, clauses, spans)
    built = [s for s in spans if (s.mention.rule.startswith("project:") or (
        s.type == "Organization" and _is_joint_work(s)))
             and text[s.start - 1:s.start] == "的"]
    for span in spans:
        if not _is_settler(span) or any(
                b.start > span.start and not _CLAUSE.search(text, span.end, b.start)
                for b in built):
            continue    # A与B合作建设的Y…在PARK揭牌: Y settled there, A and B need not
        if text[span.start - 1:span.start] == "与" and _COOP_VERB.search(
                text, span.end, min(sentence.end, span.end + 12)):
            continue    # 园区内的A与B合作…: B is a partner, not a tenant
        if _builds_what_settles(text, sentence, span, spans):
            continue    # 由A投资建设，落户PARK / A与B合资成立C，落户PARK: what is built settles
        if not whole:
            c_start, c_end = next(((a, b) for a, b in clauses if a <= span.start < b),
                                  (sentence.start, sentence.end))
            near_park = any(p.end <= span.start and _NEAR_PARK.fullmatch(
                text, p.end, span.start) for p in parks)
            if not (_SETTLE_TRIGGER.search(text, c_start, c_end) or near_park or
                    c_start in inherited or c_start in at_park):
                continue
        # the park named before the actor in the sentence, else the first one
        before = [p for p in parks if p.start < span.start]
        park = before[-1] if before else parks[0]
        if span.entity is park.entity or _founds_child_in(text, span, park, spans):
            continue
        if _SCHOOL.search(span.entity.name):
            continue    # 河北科技大学在园区共建…: a school works with the park, it does not
            # move in (the gold settles 1 school in 14 a sentence places in a park)
        out.add(span.entity, "settledIn", park.entity, sentence.start, sentence.end,
                "settledIn:park")


#: A university, college or school (天津大学化工学院; not a research institute of one,
#: which may move into a park: 燕山大学机器人研究院).
_SCHOOL = re.compile("(?:大学|学院|学校)$")


def _founds_child_in(text: str, span: _Span, park: _Span, spans: Sequence[_Span]) -> bool:
    """A在PARK设立全资子公司C, A在园区设立了深州分公司: A founds what settles in the park
    (``settledIn:在X设立`` gives C), A itself need not be there."""
    if span.type != "Company" or park.start <= span.end or \
            text[park.start - 1:park.start] != "在" or \
            _CLAUSE.search(text, span.end, park.start):
        return False
    verb = _FOUNDED_THERE.match(text, park.end)
    if verb is None:
        return False
    return verb.group().endswith(("子公司", "分公司")) or any(
        s.start == verb.end() and s.type == "Company" for s in spans) or \
        _BRANCH_AFTER.match(text, verb.end()) is not None


#: What a company founds in a park when the text names it by its kind (深州分公司).
_BRANCH_AFTER = re.compile(r"[^,，。;；]{0,8}?(?:子公司|分公司)")


#: What may stand between a park and the actor after it (PARK的A, PARK新落户的A).
_NEAR_PARK = re.compile(r"[^,，。;；]{0,8}的")
_SITED = re.compile(r"(?:选址|落户|落地|入驻|进驻)(?:于|在|到)?$")


def _sited_clauses(text: str, sentence: Sentence, spans: _SentenceSpans, out: _Out) -> None:
    """P…，选址PARK，…: a clause that sites something in a park without naming it sites
    the sentence's subject (its first project or company)."""
    if not spans.of("Park"):
        return
    candidates = spans.of_any("Project", "Company")
    subject = candidates[0] if candidates else None
    if subject is None or subject.start > sentence.start + 4:
        return
    if _builds_what_settles(text, sentence, subject, spans):
        # A与B合资成立C，已落户PARK: C settles, not its founders
        subject = next((s for s in candidates if s.start > subject.end and
                        not _builds_what_settles(text, sentence, s, spans)), None)
        if subject is None:
            return
    for a, b in spans.clauses[1:]:
        parks = [s for s in spans if a <= s.start < b and s.type == "Park"]
        if parks and _SITED.search(text, a, parks[0].start) and not any(
                a <= s.start < b and _is_settler(s) for s in spans):
            out.add(subject.entity, "settledIn", parks[0].entity, sentence.start,
                    sentence.end, "settledIn:选址")


_FOUNDED_BEFORE = re.compile(
    r"(?:合资成立|合资设立|合资建设|投资建设|出资设立|设立了?|成立了?)的?$")


_SENTENCE_OR_PLACE = re.compile(r"[。；;在]")


def _builds_what_settles(text: str, sentence: Sentence, span: _Span,
                         spans: Sequence[_Span]) -> bool:
    """Whether ``span`` names the builder or founder of what the sentence settles in a
    park, rather than a tenant: 由A投资建设 (A after 由) and A与B合资成立C (a company or
    project founded right after A's clause; but A在PARK投资建设Y puts A there too)."""
    if text[span.start - 1:span.start] == "由":
        return True
    for other in spans:
        if other.start < span.end or other.entity is span.entity:
            continue
        between = text[span.end:other.start]
        if _is_settler(other) and other.type in ("Company", "Project") and \
                _FOUNDED_BEFORE.search(between) and not _SENTENCE_OR_PLACE.search(between):
            return True
    return False


def _is_settler(span: _Span) -> bool:
    """Whether the actor can settle in a park (a dateline's agency cannot)."""
    return span.mention.rule != "publisher" and (
        span.type in _SETTLERS or span.mention.rule.startswith("project:"))


def _inherited_triggers(text: str, clauses: Sequence[tuple[int, int]],
                        spans: Sequence[_Span]) -> set[int]:
    """Clause starts that inherit a trigger from the clause before ("作为入驻园区的企业，X…"
    where that clause names no settler itself; "…已入驻企业260余家，其中包括X")."""
    out = set()
    for (a, b), (c, _) in pairwise(clauses):
        if text.startswith("作为", a) and _SETTLE_TRIGGER.search(text, a, b) and not any(
                a <= s.start < b and _is_settler(s) for s in spans):
            out.add(c)
        if text.startswith("其中", c) and (_SETTLE_TRIGGER.search(text, a, b) or a in out):
            out.add(c)    # PARK已入驻企业260余家，其中包括A、B: A and B are in the park
    return out


def _actor_run(text: str, spans: Sequence[_Span], start: int, end: int,
               joiner: re.Pattern[str] = _JOINER) -> list[_Span]:
    """Actors from ``start`` joined by 、/和/及 (an enumeration), up to ``end``."""
    run: list[_Span] = []
    pos = start
    for span in spans:
        if span.start < pos or span.end > end:
            continue
        gap = text[pos:span.start]
        if run and not joiner.fullmatch(gap):
            break
        if not run and len(gap) > 12:
            break
        if span.type in ACTORS:
            run.append(span)
            pos = span.end
    return run


_ENUM_TAIL = re.compile("等[^" + _CLAUSE_MARKS + "]{0,15}$")


def _left_party(text: str, spans: Sequence[_Span], at: int, clause_start: int,
                sentence: Sentence, index: _Index | None = None) -> list[_Span]:
    """Who cooperates with what follows 与: the actor right before it, the items of an
    enumeration ending in 等…企业, or (与 opening a clause) the sentence's subject."""
    left = [s for s in spans if clause_start <= s.start and s.end <= at and
            s.type in ACTORS and _ADVERBS.fullmatch(text, _name_end(text, s, at), at)]
    if left:
        run = left[-1:]
        for span in reversed([s for s in spans if s.end < run[0].start]):
            if text[span.end:run[0].start] != "、" or span.type not in ACTORS:
                break
            run.insert(0, span)     # A、B与C合作: every item before 与
        return run
    lead = text[clause_start:at]
    enum = _ENUM_TAIL.search(lead)
    if enum:
        end = clause_start + enum.start()
        run = [s for s in spans if s.end <= end and s.start >= clause_start and
               s.type in ACTORS]
        return run
    if _BARE_LEAD.fullmatch(lead) and index is not None:
        focus = index.last_before(clause_start, ["Company"], 300)
        return [focus] if focus is not None else []
    if not lead.strip() or lead in _LEADS:
        before = [s for s in spans if s.end <= clause_start and s.type in ACTORS
                  and s.type != "Region" and text[s.start - 1:s.start] not in _AT]
        parties = [s for s in before if s.type in _PARTIES]
        if lead.strip():
            return before[-1:]
        return parties[:1] or before[:1]
    return []


_CONJUNCTION = re.compile(r"[与和同]")
#: A parent named to qualify its subsidiary (A旗下的B, A下属的B): B acts.
_PARENT_OF = re.compile(r"(?:旗下|下属)的")
#: Between a place and the partner it qualifies (与北京市海淀区的B, 与园区内的B).
_PLACE_MODIFIER = re.compile(r"(?:两地|三地|本地|当地|园区内|区内|园内|内)?(?:的(?:企业)?|企业)")
_JOINED = re.compile("联合")


def _cooperation(text: str, sentence: Sentence, spans: _SentenceSpans,
                 out: _Out, index: _Index | None = None) -> None:
    """A与B合作 (``cooperatesWith:与``), A公司联合B公司 and A、B、C联合发起
    (``cooperatesWith:联合``), and the project partners cooperate on (``involves:合作``)."""
    if not _COOP_VERB.search(text, sentence.start, sentence.end):
        return      # every reading needs a verb of cooperation (联合, 共同… among them)
    for c_start, c_end in spans.clauses:
        clause = text[c_start:c_end]
        verb = next((v for v in _COOP_VERB.finditer(clause) if not any(
            s.start <= c_start + v.start() < s.end for s in spans)), None)
        if not verb:
            continue    # (协作 inside 北京智源协作机器人科技有限公司 is no verb)
        verb_at = c_start + verb.start()
        for conj in _CONJUNCTION.finditer(clause, 0, verb.start()):
            at = c_start + conj.start()
            if any(s.start <= at < s.end for s in spans):
                continue    # 和 inside a name (工业和信息化局)
            left = _left_party(text, spans, at, c_start, sentence, index)
            if not left:
                continue
            right = _actor_run(text, spans, at + 1, verb_at)
            parent = _PARENT_OF.match(text, right[-1].end) if right else None
            if parent:  # 与A集团下属的B合资: B is the partner
                right = _actor_run(text, spans, parent.end(), verb_at)
                right = right if right and right[0].start == parent.end() else []
            if right and all(s.type in ("Region", "Park") for s in right):
                # 与北京市海淀区的B, 与园区内的B, 与元氏本地企业B: the places qualify B
                modifier = _PLACE_MODIFIER.match(text, right[-1].end, verb_at)
                if modifier:
                    right = _actor_run(text, spans, modifier.end(), verb_at)
                    right = right if right and right[0].start == modifier.end() else []
            if not right:
                continue
            # a place is a partner only right before the verb (A将与邢台市共建), not in
            # "与北京、天津的数据中心实现…"
            places_ok = right[-1].end == verb_at and left[0].start >= c_start
            joint = verb.group() in ("联合", "共建") or verb.group().startswith("共同")
            everyone = [*left, *right]
            for i, a in enumerate(everyone if joint else left):
                for b in (everyone[i + 1:] if joint else right):
                    if b.type == "Region" and a.type != "Region" and \
                            not places_ok:
                        continue
                    if verb.group() in ("建立", "协作") and "Region" in (a.type, b.type) \
                            and {a.type, b.type} <= {"Region", "Park"}:
                        continue    # 推动A区与B市建立对接机制: places, not partners
                    out.add(a.entity, "cooperatesWith", b.entity, sentence.start,
                            sentence.end, "cooperatesWith:与")
            projects = [s for s in spans if s.type == "Project" and s.start > verb_at
                        and text[s.start - 1:s.start] != "为"]   # 为P提供: a supplier
            for project in projects[:1]:
                for party in (*left, *right):
                    out.add(project.entity, "involves", party.entity, sentence.start,
                            sentence.end, "involves:合作")
            break
    body = spans.body
    ends = {s.end: s for s in spans if s.type in _PARTIES}
    starts = {s.start: s for s in spans if s.type in _PARTIES}
    for match in _JOINED.finditer(body):
        # A有限公司联合B分公司打造…: 联合 joining two names; A联合B、C印发…: all three
        at = sentence.start + match.end()
        a = ends.get(sentence.start + match.start()) or next(
            (s for s in spans if s.end == sentence.start + match.start() and
             s.type == "Park"), None)
        run = _actor_run(text, spans, at, sentence.end)
        if run and all(s.type in ("Region", "Park") for s in run) and \
                _PLACE_MODIFIER.match(text, run[-1].end):
            continue    # 联合北京、天津的多家协会: places qualifying the partners
        if a is not None and run and run[0].start == at and (
                starts.get(at) is not None or len(run) > 1):
            _all_cooperate(out, [a, *run], sentence, "cooperatesWith:联合", regions_too=False)
    for match in _JOINT.finditer(body):
        at = sentence.start + match.start()
        members = [s for s in spans if s.end <= at and s.type in ACTORS]
        enum = [s for s in members if s.mention.rule.startswith("enumeration") or
                text[s.end:s.end + 1] == "、" or text[s.start - 1:s.start] == "、"]
        _all_cooperate(out, enum, sentence, "cooperatesWith:联合", regions_too=False)
        # (北京、天津、河北联合…: places acting jointly; the gold links no two regions so)


_PARTIES = frozenset({"Company", "Organization", "GovernmentBody"})
#: Who shares a piece of work as partners: not departments dividing a government's duties
#: (县发展和改革局、县商务局负责…: 5 of 17 right on the no-rules sets with them).
_SHARING_PARTIES = frozenset({"Company", "Organization"})
#: A party's share of a joint work (由A提供X，B负责Y; A牵头建设，B、C共同参与).
_SHARE = re.compile(r"(?:则|也|还|主要|具体|共同)*(?:提供|负责(?!人)|承担|牵头|参与)")


def _division_of_labour(text: str, sentence: Sentence, spans: _SentenceSpans,
                        out: _Out) -> None:
    """由A提供X，B负责Y; A负责…，B提供…; 由A牵头建设，B、C共同参与: parties that share a
    piece of work in one sentence, each opening its clause (or item) with its share,
    cooperate pairwise (``cooperatesWith:分工``)."""
    sharers: list[_Span] = []
    for span in spans:
        if span.type not in _SHARING_PARTIES or not _SHARE.match(text, span.end):
            continue
        opens = span.start
        place = _PLACE_LEAD.search(text, max(sentence.start, span.start - 3), span.start)
        region = place and next((s for s in spans if s.type == "Region" and
                                 s.end == place.start()), None)
        if region:
            opens = region.start    # 秦皇岛本地的B负责…: the clause opens with B's place
        if not (text[opens - 1:opens] in ("由", "、", "；", ";") or
                _opens_clause(text, sentence, opens)):
            continue    # a party opening its clause or item, or after 由
        run = [span]    # B、C共同参与: every item of the enumeration before the share
        for other in reversed([s for s in spans if s.end < span.start]):
            if text[other.end:run[0].start] != "、" or other.type not in _PARTIES:
                break
            run.insert(0, other)
        sharers.extend(s for s in run if s.entity not in {x.entity for x in sharers})
    if len(sharers) > 1:
        _all_cooperate(out, sharers, sentence, "cooperatesWith:分工")


#: A place qualifying the party after it (秦皇岛本地的B).
_PLACE_LEAD = re.compile(r"(?:本地|当地)?的$")


def _built_projects(text: str, sentence: Sentence, spans: _SentenceSpans,
                    out: _Out, index: _Index | None = None) -> None:
    """``involves`` for what a sentence says is built (mention rule ``project:<verb>``):
    the companies and bodies of its clause that build it, or else of the clauses before
    it (A与B签约，在X建设Y; A与B合作，双方将共建Y); a place joined to them by 与 or 和 is
    a party too (A将与邢台市共建Y)."""
    for project in spans:
        if project.type != "Project" and not project.mention.rule.startswith(
                ("project:", "pattern:")):
            continue    # nothing built
        rule = project.mention.rule.split(":")[1] if ":" in project.mention.rule else ""
        owner = None
        if project.type == "Project":
            owner = next((s for s in spans if (s.end == project.start and
                          s.type in _PARTIES) or (s.end + 1 == project.start and
                          text[s.end] == "的" and s.type == "Company")), None)
        if owner is not None:
            # A有限公司B项目, 引进了A公司年产…项目: the company naming it is a party
            out.add(project.entity, "involves", owner.entity, sentence.start, sentence.end,
                    "involves:name")
        elif project.type == "Project":
            # A投资6亿元的B项目: the investor right before the sum is a party
            paid = _INVESTED_JUST_BEFORE.search(text, max(sentence.start, project.start - 24),
                                                project.start)
            investor = paid and next((s for s in spans if s.end == paid.start() and
                                      s.type in _PARTIES), None)
            if investor:
                out.add(project.entity, "involves", investor.entity, sentence.start,
                        sentence.end, "involves:投资的")
            built = None if investor else _BUILT_BY_DE.search(
                text, max(sentence.start, project.start - 8), project.start)
            builder = built and next((s for s in spans if s.end == built.start() and
                                      s.type in ("Company", "Organization")), None)
            if builder:     # A有限公司新建的X中心, A公司运营的X站, 由A承建的X节点
                out.add(project.entity, "involves", builder.entity, sentence.start,
                        sentence.end, "involves:建设的")
        if project.mention.rule == "project:measure":
            # 在A集团，一条新改造的X示范线…: the company the sentence opens in owns it
            host = next((s for s in spans if s.type == "Company" and
                         s.end <= project.start and text[s.start - 1:s.start] == "在" and
                         s.start - 1 == sentence.start), None)
            if host is not None:
                out.add(project.entity, "involves", host.entity, sentence.start,
                        sentence.end, "involves:在")
        if project.mention.rule in ("project:的", "project:measure", "project:是",
                                    "project:由"):
            continue    # …的X基地: no verb says who builds it
        if not project.mention.rule.startswith("project:"):
            if project.type != "Project" and project.mention.rule != "pattern:——":
                continue
            verb = _BUILT_JUST_BEFORE.search(text, max(sentence.start, project.start - 6),
                                             project.start)
            if verb is None:
                continue
            rule = verb.group(1)    # A在X投资建设的年产…项目
        clauses = spans.clauses
        at = next((i for i, (a, b) in enumerate(clauses) if a <= project.start < b), 0)
        # 与PARK签约建设Y / 在PARK建设Y in its clause, or PARK opening a clause before
        # it (PARK规划面积…，正在建设Y)
        park = next((s for s in reversed(spans) if s.type == "Park" and
                     clauses[at][0] <= s.start and s.end <= project.start and
                     not s.mention.rule.startswith("project:")), None)
        if park is None:
            park = next((s for a, _b in reversed(clauses[:at]) for s in spans
                         if s.start == a and s.type == "Park"), None)
        if park is not None and park.entity is not project.entity and \
                project.mention.rule.startswith("project:"):
            out.add(project.entity, "settledIn", park.entity, sentence.start, sentence.end,
                    "settledIn:在园区建设")
        for a, _b in reversed(clauses[:at + 1]):
            parties = [s for s in spans if a <= s.start and s.end <= project.start and
                       s.mention.rule != "publisher" and not (
                           _speaker_of(s, spans) and
                           not _BARE_ORG.search(text, s.end, project.start)) and (
                s.type in _PARTIES or (s.type == "Region" and (
                    text[s.start - 1:s.start] in ("与", "和") or
                    text[s.end:s.end + 1] in ("与", "和"))))
                and text[s.start - 1:s.start] not in _AT and
                not _PARENT_OF.match(text, s.end)]     # A旗下的B建设的Y: B builds
            if project.type == "Park":   # a park is built with bodies, not places
                parties = [s for s in parties if s.type != "Region"]
            if not parties and index is not None and project.type == "Project" and \
                    _BARE_SUBJECT.match(text, a):
                # 公司在燕郊高新区建设的Y; 企业投资2.6亿元建设的Y: the company in focus
                focus = _topic_company(text, sentence, index, a)
                parties = [focus] if focus is not None else []
            if parties:
                for party in parties:
                    out.add(project.entity, "involves", party.entity, sentence.start,
                            sentence.end, "involves:" + rule)
                break


#: A clause opening with the company in focus, named by a bare noun (公司在X建设的Y).
_BARE_SUBJECT = re.compile(r"[ \t\u3000]*(?:该公司|该企业|公司|企业)(?:还|也|已|将|今年|去年)*"
                           r"(?:在|投资|新建|建设|计划|正在)")
#: Words by which a speaker refers back to the organisation he speaks for.
_BARE_ORG = re.compile(r"学校|该校|公司|集团|企业|学院|研究院|我们")


def _speaker_of(span: _Span, spans: Sequence[_Span]) -> bool:
    """Whether ``span`` is the employer named before a person (X局局长Y说): a source."""
    return any(s.type == "Person" and 0 <= s.start - span.end <= 5 for s in spans)


#: The sum an investor puts into the project named right after (A投资6亿元的B项目).
_INVESTED_JUST_BEFORE = re.compile(r"(?:投资|出资)(?:约|近|超过?)?[\d.]+[万亿]?元"
                                   r"(?:建设|打造|新建|实施)?的$")
#: A firm's verb of building or running right before the facility it names (A有限公司
#: 新建的X中心, A公司运营的X站, 由A承建的X节点).
_BUILT_BY_DE = re.compile(r"(?:今年|去年|此前)?(?:新建|建设|建成|运营|打造|投资建设|承建)的$")
#: A named project right after the verb that builds it (…投资建设的年产…项目).
_BUILT_JUST_BEFORE = re.compile(r"(建设|共建|组建|打造)[的了]?$")
_DASH_LINE = re.compile(r"[ \t\u3000]*(?:" + LIST_MARK.pattern + r")[^\n]*\n?")
_SIGN_WORDS = re.compile(r"签约|签下|签署|签订")
#: What introduces a list of signed projects: signing, or firms moving in (本次入驻的企业及
#: 项目分别是：, after a ceremony where they signed to move in).
_LIST_SIGN_WORDS = re.compile(_SIGN_WORDS.pattern + "|入驻|落户")
_ITEM_JOINT = re.compile(r"[—－\-:：\s]*")  # A有限公司——B项目: the owner before the dash


_SHORT_INTRO = 12  # 主要项目包括, 具体包括: an introduction that only announces the list
_INTRO_ONLY = re.compile(r"包括|如下|分别是|有|清单|来看")


def _intro_start(text: str, colon: int, floor: int, breaks: str) -> int:
    """Where the introduction of a list that ends at ``colon`` opens: after the last of
    ``breaks`` before it, not before ``floor``; one sentence further back when it only
    announces the list and the signing is the sentence before.

    >>> _intro_start("推介会上，15个项目集中签约。主要项目包括：", 21, 0, "。\\n")
    0
    >>> _intro_start("推介会上，15个项目集中签约。其中投资超十亿元的重点项目包括：", 30, 0, "。\\n")
    15
    """
    def opens_after(end: int) -> int:
        return max([text.rfind(mark, floor, end) for mark in breaks] + [floor - 1]) + 1

    start = opens_after(colon)
    if colon - start <= _SHORT_INTRO and _INTRO_ONLY.search(text, start, colon):
        start = opens_after(max(floor, start - 1))
    return start


#: What ends the introduction of a list: a colon, or the pointing hand of a post (一起来看
#:项目清单👇).
_INTRO_ENDS = ("：", ":", "👇")


def _list_intro(text: str, sentence: Sentence) -> int | None:
    """Where the sentence introducing a dash list ends (…签约项目包括：), when ``sentence``
    is an item of that list (——A项目；) and the introduction speaks of signing."""
    if not LIST_MARK.match(text[sentence.start:sentence.end].lstrip(" \t\u3000")):
        return _inline_list_intro(text, sentence)
    colon = max(text.rfind(mark, 0, sentence.start) for mark in _INTRO_ENDS)
    if colon < 0:
        return None
    pos = colon + 1
    while pos < sentence.start:     # only other items of the list in between
        pos += len(text[pos:sentence.start]) - len(text[pos:sentence.start].lstrip())
        if pos >= sentence.start:
            break
        item = _DASH_LINE.match(text, pos)
        if item is None:
            return None
        pos = item.end()
    # 推介会上，15个项目集中签约。主要项目包括：: the signing is the sentence before
    intro_start = _intro_start(text, colon, 0, "。\n")
    return colon if _LIST_SIGN_WORDS.search(text, intro_start, colon) else None


def _inline_list_intro(text: str, sentence: Sentence) -> int | None:
    """The colon of "…签约了一批项目，主要包括：A项目；B项目；C项目。" when ``sentence`` is
    one of its items (the items run on one line, separated by ；)."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    colon = max(text.rfind("：", line_start, sentence.end),
                text.rfind(":", line_start, sentence.end))
    if colon < line_start or "。" in text[colon:sentence.start]:
        return None
    if colon < sentence.start and text[sentence.start - 1:sentence.start] not in "；;":
        return None
    # 共签约项目5个。分别是：A项目；B项目: the signing is the sentence before
    intro_start = _intro_start(text, colon, line_start, "。")
    return colon if _SIGN_WORDS.search(text, intro_start, colon) else None


_EVENT_HEAD = re.compile(r"(推介会|推进会|对接会|洽谈会|大会|签约仪式|博览会|论坛|活动)(?:上|现场)")
#: Heads that name the signing within the event rather than the event itself (在随后举行的
#: 签约仪式上 of a 推介会; 活动现场共集中签约…): the last event named stands for them.
_SIGNING_SCENES = ("签约仪式", "活动")


def _event_named_again(text: str, intro: int, index: _Index) -> _Span | None:
    """The event a list's introduction names by its head (推介会上，15个项目集中签约。主要项目
    包括：), where its full name is further back than an event is looked for."""
    start = max(text.rfind("\n", 0, max(0, text.rfind("\n", 0, intro) - 1)), 0)
    head = _EVENT_HEAD.search(text, start, intro)
    found = index.last_before(intro, ["Event"], 2000) if head else None
    if found is not None and (found.entity.name.endswith(head.group(1)) or
                              head.group(1) in _SIGNING_SCENES):
        return found
    return None


def _host_park(event: _Span, index: _Index) -> Entity | None:
    """The park a signing is named after (永清经济开发区机器人产业链项目集中签约仪式): the
    projects signed there settle in it.

    The gold settles in the park all 18 projects signed at a ceremony whose name opens
    with a park's."""
    return next((park for park in index.parks
                 if event.entity.name.startswith(park.name) and len(park.name) >= 4), None)


def _signing_event(intro: int, index: _Index) -> _Span | None:
    """The signing the article is about, further back than an event is looked for, where
    its name says it is one (…项目集中签约仪式 in the lead; its list paragraphs later)."""
    found = index.last_before(intro, ["Event"], 2000)
    return found if found is not None and "签约" in found.entity.name else None


def _signed_at(text: str, sentence: Sentence, spans: _SentenceSpans, index: _Index,
               out: _Out) -> None:
    """A project signed at the event of its sentence or the one before
    (``signedAt:签约``; also in a sentence opening 其中 after the signing, at the event the
    paragraph names: 对接会上，5个项目集中签约。其中，A投资建设X), the items of a signing
    list at the event before the list (``signedAt:签约清单``)."""
    if not spans.of("Project") and not any(s.mention.rule == "pattern:——" for s in spans):
        return      # nothing that could be signed
    intro = _list_intro(text, sentence)
    follows = False     # 对接会上，5个项目集中签约。其中，A投资建设X；B…: still the signing
    if intro is None and not _SIGN_WORDS.search(spans.body):
        previous = text.rfind("。", 0, max(0, sentence.start - 1)) + 1
        follows = spans.body.lstrip(" \t\u3000").startswith("其中") and \
            _SIGN_WORDS.search(text, previous, sentence.start) is not None
        if not follows:
            return
    projects = [s for s in spans if s.type == "Project" or (
        intro is not None and s.mention.rule == "pattern:——")]   # ——…共建X孵化园
    if not projects:
        return
    if intro is not None:
        # ——A项目；——B项目；: every item is signed at the event before the list
        found = index.last_before(intro, ["Event"], 400) or _event_named_again(
            text, intro, index) or _signing_event(intro, index)
        items = [s for s in projects if s.start > intro]
        if LIST_MARK.match(spans.body.lstrip(" \t\u3000")):
            items = items[:1]       # ——A项目，建设B: only the item itself
        host = _host_park(found, index) if found is not None else None
        if found is not None:
            for project in items:
                out.add(project.entity, "signedAt", found.entity, sentence.start,
                        sentence.end, "signedAt:签约清单")
                if host is not None and project.type == "Project":
                    out.add(project.entity, "settledIn", host, sentence.start,
                            sentence.end, "settledIn:园区签约")
                lead = [s for s in spans if s.type in _PARTIES and s.end <= project.start
                        and _ITEM_JOINT.fullmatch(text, s.end, project.start)]
                for party in lead:      # ——A公司B项目: A is a party to B
                    out.add(project.entity, "involves", party.entity, sentence.start,
                            sentence.end, "involves:签约清单")
        return
    events = [s for s in spans if s.type == "Event" and s.start < projects[0].start]
    event = events[-1] if events else index.last_before(sentence.start, ["Event"], 200)
    if event is None and follows:
        event = _event_named_again(text, sentence.start, index)
    if event is None:
        return
    for project in projects:
        out.add(project.entity, "signedAt", event.entity, sentence.start, sentence.end,
                "signedAt:签约")


_BY_PARTIES = re.compile(r"由")
#: Between the builders after 由: a short name declared in brackets, then 与 or 联合
#: (由A(简称“A”)与B合作建设, 由A联合B实施).
_BY_JOINER = re.compile(r"[(（](?:以下|下文)?[简下]称[“\"]|(?:[”\"][)）])?"
                        r"(?:[、和及与]|联合|携手|会同)?")
_BUILT_BY = re.compile(r"(?:双方|三方|各方|多方)?(?:共同|联合|合资|合作|携手)?(?:投资)?"
                       r"(?:[\d.]+[万亿]?元)?(?:建设|推进|投资|运营|承建|打造|实施|负责|组建)")
_JOINT_VENTURE = re.compile(r"合资(?:成立|设立|组建|新设|注册)了?的?")


def _built_by(text: str, sentence: Sentence, spans: _SentenceSpans, index: _Index,
              out: _Out) -> None:
    """P由A与B合资建设 / P由A、B与C三方共同推进 / ——P，由A投资建设: the parties of the
    project (``involves:由``), and partners of each other (``cooperatesWith:由``)."""
    if "由" not in spans.body:
        return
    regions = {s.start: s for s in spans.of("Region")}
    for match in _BY_PARTIES.finditer(text, sentence.start, sentence.end):
        first = match.end()
        while first in regions:     # 由河北定州的A投资建设: A's place first
            first = regions[first].end
        if first != match.end() and text[first:first + 1] == "的":
            first += 1
        parties = _actor_run(text, spans, first, sentence.end, _BY_JOINER)
        parties = [p for i, p in enumerate(parties)  # (A(简称“[A]”): A once)
                   if all(p.entity is not q.entity for q in parties[:i])]
        if not parties or parties[0].start != first or any(
                s.type not in _PARTIES for s in parties):
            continue
        if not _BUILT_BY.match(text, parties[-1].end):
            continue
        lead = text[sentence.start:match.start()].lstrip(" \t\u3000")
        project = next((s for s in reversed(spans) if _is_joint_work(s) and
                        s.end <= match.start()), None)
        if project is None and 2 <= len(lead) <= 6:
            # 验证中心由A、B和C共同建设: the body named before whose name ends so
            project = next((s for s in reversed(index.within(
                max(0, match.start() - 400), sentence.start)) if _is_joint_work(s)
                and s.entity.name.endswith(lead) and s.entity.name != lead), None)
        if project is None and not lead:
            # 一、P项目。由A投资建设: the project heading the sentence before
            heading = index.last_before(match.start(), ["Project"], 80)
            if heading is not None and text[heading.end:sentence.start].strip(
                    " \t\u3000") == "。":
                project = heading
        if project is None and (LIST_MARK.match(lead) or _ANAPHOR.fullmatch(lead)):
            # ——P，由A投资建设 / 这个基地由A投资建设: the project named before
            project = index.last_before(match.start(), ["Project"],
                                        60 if LIST_MARK.match(lead) else 400)
        if project is None:
            continue
        for party in parties:
            out.add(project.entity, "involves", party.entity, sentence.start, sentence.end,
                    "involves:由")
        _all_cooperate(out, parties, sentence, "cooperatesWith:由")


#: A clause opening that refers back to the project named before (这个基地由A投资建设).
_ANAPHOR = re.compile(r"(?:这个|这一|这条|这座|这支|该|此)(?:项目|基地|中心|工程|平台|"
                      + "|".join(FACILITY_HEADS) + r")(?:将|还|已|则)?")
#: Names of bodies that parties build together, as opposed to the parties themselves.
_JOINT_HEADS = ("联盟", "联合体", "中心", "实验室", "平台", "基地", "研究院")


_ASSOCIATIONS = ("联盟", "协会", "商会", "学会")


def _is_joint_work(span: _Span) -> bool:
    """A project, or an alliance, consortium, centre or lab that parties set up."""
    return span.type == "Project" or (
        span.type == "Organization" and span.entity.name.endswith(_JOINT_HEADS))


#: What ends the clause of founders before what they found (A、B等17家单位组成的X,
#: A与B共建的X, A、B等24家企业共同发起成立X).
_FOUNDED_TAIL = re.compile(r"(?:等[^,，。;；、]{0,12}?)?(?:共同|联合|牵头)?(?:投资)?"
                           r"(?:发起成立|发起设立|发起|组建|组成|共建|合作建设|建设|成立)的?$")


_BOUGHT_FROM = re.compile(r"从(?=[^,，。;；]{2,30}?(?:采购|购买|订购|购置|选购))")


def _purchases(text: str, sentence: Sentence, spans: _SentenceSpans, out: _Out) -> None:
    """A…从B采购了…: supply is cooperation (``cooperatesWith:采购``); A is the company
    the sentence is about (the first one in it), B the one right after 从."""
    for match in _BOUGHT_FROM.finditer(text, sentence.start, sentence.end):
        seller = next((s for s in spans if s.start == match.end() and
                       s.type == "Company"), None)
        buyer = next((s for s in spans if s.end <= match.start() and
                      s.type == "Company"), None)
        if seller is not None and buyer is not None:
            out.add(buyer.entity, "cooperatesWith", seller.entity, sentence.start,
                    sentence.end, "cooperatesWith:采购")


_SUPPLIES_TO = re.compile(r"(?:供应|供货给|供货)$")
#: A为B提供/供应/配套/加工…, A为B建设/部署…: A supplies B (also 为B、C等企业配套).
_SUPPLIES_FOR = re.compile(r"(?:独家|长期|批量|稳定)?(?:提供|供应|配套|供货|加工|建设|部署|搭建|"
                           r"打造|改造|开发)")
#: 等, 等企业, 等整车企业 between the buyers and what A does for them.
_BUYERS_END = re.compile(r"等[^\s,，。;；、的]{0,4}?(?:企业|公司|单位|客户)?")
#: A成为B的一级供应商, A是B的座舱域控制器供应商: what A supplies may stand before the noun.
_SUPPLIER_OF = re.compile(r"的(?:[^\s" + _CLAUSE_MARKS + "、“”的]{0,10}?)(?:供应商|配套商|供货商)")


def _supplies(text: str, sentence: Sentence, spans: _SentenceSpans, out: _Out) -> None:
    """A…产品直接供应B, A…成为B的一级供应商, A是B的核心部件供应商, A为B、C等企业配套:
    supply is cooperation (``cooperatesWith:供应``); A is the first company of the sentence
    that is no partner after 与/和/、, else the company a clause 为B配套…的 describes."""
    companies = spans.of("Company")
    for i, buyer in enumerate(companies):
        lead = text[max(sentence.start, buyer.start - 4):buyer.start]
        buyers = [buyer]
        while i + len(buyers) < len(companies) and \
                text[buyers[-1].end:companies[i + len(buyers)].start] == "、":
            buyers.append(companies[i + len(buyers)])   # 为B、C等企业配套: every buyer
        after = buyers[-1].end
        if len(buyers) > 1 or text.startswith("等", after):
            end_of_buyers = _BUYERS_END.match(text, after)
            after = end_of_buyers.end() if end_of_buyers else after
        supplied = _SUPPLIES_TO.search(lead) is not None or (
            lead.endswith("为") and _SUPPLIES_FOR.match(text, after) is not None)
        if not supplied and not (_SUPPLIER_OF.match(text, buyer.end) and
                                 lead.endswith(("成为", "是"))):
            continue
        seller = next((s for s in reversed(companies) if s.end < buyer.start and
                       text[s.start - 1:s.start] not in ("与", "和", "、", "及", "同")
                       and s.entity is not buyer.entity), None)
        # (the last such before B: A在吴桥设立C，为B配套 — C supplies)
        if seller is None and supplied:
            # 为精研集团配套数控系统的北京华数精控科技有限公司: the firm the clause describes
            seller = next((s for s in companies if s.start > after and
                           text[s.start - 1:s.start] == "的" and
                           not _CLAUSE_BREAK.search(text, after, s.start)), None)
        for each in buyers if supplied else [buyer]:
            if seller is not None and seller.entity is not each.entity:
                out.add(seller.entity, "cooperatesWith", each.entity, sentence.start,
                        sentence.end, "cooperatesWith:供应")


_TAKES_ON = re.compile(r"(?:负责|承担|参与)(?:该|这个|此|这一)(?:项目|基地|工程)")
#: The party a project's line names by its role (1.X项目，签约企业A，总投资…; 签约方为A).
_PARTY_ROLE = re.compile(r"(?:签约企业|签约方|签约单位|投资方|投资主体|建设单位|实施主体|实施单位|"
                         r"承建单位|建设主体)(?:为|是)?[:：]?$")


def _takes_on(text: str, sentence: Sentence, spans: _SentenceSpans, index: _Index,
              out: _Out) -> None:
    """A负责该项目的建设运营: A is a party to the project named before; so is the party a
    project's line names by its role (X项目，签约企业A / 签约方为A)."""
    for match in _TAKES_ON.finditer(text, sentence.start, sentence.end):
        party = next((s for s in spans if s.end == match.start() and
                      s.type in _PARTIES), None)
        project = index.last_before(match.start(), ["Project"], 400)
        if party is not None and project is not None:
            out.add(project.entity, "involves", party.entity, sentence.start, sentence.end,
                    "involves:负责")
    projects = spans.of("Project")
    for party in (s for s in spans if s.type in _PARTIES):
        role = _PARTY_ROLE.search(text, max(sentence.start, party.start - 8), party.start)
        if role is None:
            continue
        project = next((p for p in reversed(projects) if p.end <= role.start()), None)
        if project is not None:  # 1.X项目，签约企业A，总投资…: A is X's party
            out.add(project.entity, "involves", party.entity, sentence.start, sentence.end,
                    "involves:签约企业")


def _founders(text: str, sentence: Sentence, spans: _SentenceSpans, out: _Out) -> None:
    """The founders of a consortium, centre or project (``involves:发起``): the run of
    companies and bodies right before 组成的/共同发起成立/共建的 …; they cooperate
    pairwise, the founders of an alliance too."""
    if not spans.of("Project") and not spans.of("Organization"):
        return      # nothing founded
    for i, body in enumerate(spans):
        if not _is_joint_work(body):
            continue
        clause = max((a for a, _ in spans.clauses if a <= body.start),
                     default=sentence.start)
        tail = _FOUNDED_TAIL.search(text, clause, body.start)
        if tail is None:
            continue
        founders: list[_Span] = []
        pos = tail.start()
        for span in reversed(spans[:i]):
            if span.end > pos or span.start < clause:
                continue
            if not _JOINER.fullmatch(text, span.end, pos) or span.type not in _PARTIES:
                break
            founders.insert(0, span)
            pos = span.start
        if text[pos - 1:pos] not in ("由", "") and pos != clause and len(founders) < 2:
            continue    # a lone name in mid-clause is no founder
        for founder in founders if not body.entity.name.endswith(_ASSOCIATIONS) else ():
            # an alliance is an organisation its members join, not a project they build
            out.add(body.entity, "involves", founder.entity, sentence.start, sentence.end,
                    "involves:发起")
        _all_cooperate(out, founders, sentence, "cooperatesWith:发起")


_SEAT = re.compile(r"(?:秘书处|总部|办公室)(?:设在|设于|落户|位于)")


def _seats(text: str, sentence: Sentence, spans: _SentenceSpans, index: _Index,
           out: _Out) -> None:
    """联盟秘书处设在X: the body of the sentence is in the place (or park) X."""
    for match in _SEAT.finditer(text, sentence.start, sentence.end):
        place = next((s for s in spans if s.start == match.end()), None)
        body = _bare_body(text, index, match.start(), sentence.start) or next(
            (s for s in reversed(spans) if s.end <= match.start() and
             s.type == "Organization"), None)
        if place is None or body is None:
            continue
        if place.type == "Region":
            out.add(body.entity, "locatedIn", place.entity, sentence.start, sentence.end,
                    "locatedIn:秘书处", source="text")
        elif place.type == "Park":
            out.add(body.entity, "settledIn", place.entity, sentence.start, sentence.end,
                    "settledIn:秘书处")


#: 该公司总部位于X: the seat of the company in focus, named by a pronoun.
_FOCUS_SEAT = re.compile(r"(?:该公司|该企业|这家公司|这家企业)(?:的)?总部(?:位于|设在|设于|在)")


def _focus_seats(text: str, sentence: Sentence, spans: _SentenceSpans, index: _Index,
                 out: _Out) -> None:
    """该公司总部位于X (a clause opening so): the company in focus, the subject of the
    sentence before (``locatedIn:该公司总部``), is in the most specific region of the run
    of places X… and settled in a park of the run (``settledIn:该公司总部``)."""
    for match in _FOCUS_SEAT.finditer(text, sentence.start, sentence.end):
        if not _opens_clause(text, sentence, match.start()):
            continue
        run = _place_run(spans, match.end())
        company = _topic_company(text, sentence, index, match.start())
        if not run or company is None:
            continue
        regions = most_specific([s.entity for s in run if s.type == "Region"])
        if not regions:     # 总部位于北京市丰台区丰台科技园: the place opening the park's name
            regions = [index.by_id[r.o] for p in run for r in out.items.values()
                       if r.s == p.entity.id and r.p == "locatedIn" and
                       p.entity.name.startswith(index.by_id[r.o].name)]
        if regions:
            out.add(company.entity, "locatedIn", regions[-1], sentence.start, sentence.end,
                    "locatedIn:该公司总部", source="text")
        for park in (s for s in run if s.type == "Park"):
            out.add(company.entity, "settledIn", park.entity, sentence.start, sentence.end,
                    "settledIn:该公司总部")


def _joint_ventures(text: str, sentence: Sentence, spans: _SentenceSpans, index: _Index,
                    out: _Out) -> None:
    """A与B合资成立C / 双方合资成立的C: C is a branch of each parent (the companies
    before 合资 in the sentence, or for 双方 the partners of the sentence before)."""
    for match in _JOINT_VENTURE.finditer(text, sentence.start, sentence.end):
        child = next((s for s in spans if s.type == "Company" and
                      match.end() <= s.start <= match.end() + 1), None)
        if child is None:
            continue
        clause = max((a for a, _ in spans.clauses if a <= match.start()),
                     default=sentence.start)
        parents = [s.entity for s in spans if s.type == "Company" and
                   clause <= s.start and s.end <= match.start()]
        party_word = text[max(sentence.start, match.start() - 2):match.start()]
        if not parents and party_word in ("双方", "三方", "各方"):
            # P由A与B合资建设，双方合资成立的C: the parties named before in the sentence
            earlier = list(dict.fromkeys(s.entity for s in spans if s.type ==
                                         "Company" and s.end <= clause))
            if len(earlier) >= 2:
                parents = earlier[-2:] if party_word == "双方" else earlier
        if not parents and party_word in ("双方", "三方", "各方"):
            partners = [r for r in out.items.values() if r.p == "cooperatesWith" and
                        r.end <= sentence.start and sentence.start - r.end <= 200]
            if partners:
                last = max(r.start for r in partners)
                ids = {x for r in partners if r.start == last for x in (r.s, r.o)}
                parents = [index.by_id[i] for i in ids
                           if index.by_id[i].type == "Company"]
        for parent in parents:
            if parent is not child.entity:
                out.add(child.entity, "branchOf", parent, sentence.start, sentence.end,
                        "branchOf:合资")


_FOUNDS_CHILD = re.compile(r"(?:设立|成立|组建|注册)了?")


def _subsidiaries(text: str, sentence: Sentence, spans: _SentenceSpans, out: _Out) -> None:
    """A…设立了C where C carries A's trade name (天津瑞普康…公司在石家庄设立了石家庄瑞普康…
    公司): C is a branch of A."""
    for match in _FOUNDS_CHILD.finditer(text, sentence.start, sentence.end):
        child = next((s for s in spans if s.type == "Company" and
                      s.start == match.end()), None)
        if child is None:
            continue
        for span in spans:
            parent = span.entity
            if span.end <= match.start() and parent.type == "Company" and \
                    parent is not child.entity and any(
                    len(form) >= 2 and form[:2] in child.entity.name
                    for form in cached_short_forms(parent.name)[-1:]):
                out.add(child.entity, "branchOf", parent, sentence.start, sentence.end,
                        "branchOf:设立")


_SUBSIDIARY_WORD = re.compile(r"旗下|全资子公司|控股子公司|子公司|下属|所属")
#: Between 在PLACE and the company founded there (在无极设立全资子公司C, 在枣强注册成立C).
_FOUNDED_THERE = re.compile(r"(?:今年|去年)?(?:\d{1,2}月)?(?:注册)?(?:设立|成立|组建|新设)了?"
                            r"(?:一家)?(?:全资|控股)?(?:子公司|分公司)?")


_AT_PLACE = re.compile(r"(?:在|走进|来到|位于)$")
#: What a reporter's visit opens a clause with before 在 (记者近日在PARK看到，C…).
_REPORTER_LEAD = re.compile(r"记者(?:近日|日前|今天|昨天|近期)?")
#: What the reporter did there, between the park and the comma.
_SEEN_AFTER = re.compile(r"(?:看到|了解到|采访时看到)(?=[,，])")


def _firm_at_place(text: str, sentence: Sentence, spans: _SentenceSpans,
                   out: _Out) -> None:
    """在X的C, 走进X的C, and a clause opening 在PARK，C… or 走进PARK，C…: the company C is
    in X, the most specific region of the run of places X (``locatedIn:在X的``), and
    settled in each park of the run (``settledIn:在X的``)."""
    by_start = spans.first_at
    places = spans.of_any("Region", "Park")
    for place in places:
        verb = _AT_PLACE.search(text, max(sentence.start, place.start - 2), place.start)
        if verb is None or any(s.end == place.start for s in places):
            continue
        run = [place]   # a run of places: 在张北县张北经济开发区
        while run[-1].end in by_start and by_start[run[-1].end].type in ("Region", "Park"):
            run.append(by_start[run[-1].end])
        if text[run[-1].end:run[-1].end + 1] == "的" and verb.group() == "走进" and \
                run[-1].type == "Region" and (park_of := by_start.get(run[-1].end + 1)) \
                is not None and park_of.type == "Park" and \
                text[park_of.end:park_of.end + 1] in _COMMAS:
            run = [park_of]     # 走进邯郸市丛台区的丛台生物医药产业园，C… (C is settled in
            # the park; where its home is, the text says elsewhere)
        seen = _SEEN_AFTER.match(text, run[-1].end) if verb.group() == "在" else None
        after = seen.end() if seen else run[-1].end  # 记者在PARK看到，C…
        gap = text[after:after + 1]
        parks = [s.entity for s in run if s.type == "Park"]
        if gap != "的" and not (gap in _COMMAS and parks and verb.group() != "位于" and (
                verb.start() == _clause_start(text, sentence, place) or
                _REPORTER_LEAD.fullmatch(text, _clause_start(text, sentence, place),
                                         verb.start()) or
                text[verb.start() - 1:verb.start()] in ("）", ")"))):
            continue    # 在PARK的C / 在PARK，C… / 走进PARK，C…: a firm in the place
        if seen and gap == "的":
            continue
        firm = by_start.get(after + 1)
        if firm is None or firm.type != "Company":
            continue
        for park in parks:
            out.add(firm.entity, "settledIn", park, sentence.start, sentence.end,
                    "settledIn:在X的")
        regions = most_specific([s.entity for s in run if s.type == "Region"])
        if regions:
            out.add(firm.entity, "locatedIn", regions[-1], sentence.start, sentence.end,
                    "locatedIn:在X的", source="text")


#: C是PARK(培育)的(一家)…企业: what comes between the park and the kind of firm.
_PARK_FIRM_KIND = re.compile("(?:培育|孵化|引进|重点|入驻)?的[^" + _CLAUSE_MARKS +
                             "“”]{0,20}?(?:企业|公司)")


def _firm_of_park(text: str, sentence: Sentence, spans: _SentenceSpans,
                  out: _Out) -> None:
    """C是PARK的一家…企业 / C是PARK培育的…企业 and PARK的企业C: the company C is settled
    in the park (``settledIn:园区的企业``)."""
    by_start = spans.first_at
    for park in spans.of("Park"):
        firm = None
        if text.startswith("的企业", park.end):     # PARK的企业C
            firm = by_start.get(park.end + 3)
        elif text[park.start - 1:park.start] == "是" and \
                _PARK_FIRM_KIND.match(text, park.end):    # C是PARK的一家…企业
            firm = next((s for s in reversed(spans) if s.end == park.start - 1), None)
        if firm is not None and firm.type == "Company":
            out.add(firm.entity, "settledIn", park.entity, sentence.start, sentence.end,
                    "settledIn:园区的企业")


def _clause_start(text: str, sentence: Sentence, span: _Span) -> int:
    """Where the clause holding ``span`` opens (after the last ，；： or the sentence's
    indent)."""
    cut = max(text.rfind(c, sentence.start, span.start) for c in _INNER_CLAUSE_MARKS)
    if cut >= 0:
        return cut + 1
    return sentence.start + len(text[sentence.start:span.start]) - len(
        text[sentence.start:span.start].lstrip(" \t\u3000"))


def _founded_where(text: str, sentence: Sentence, spans: _SentenceSpans,
                   out: _Out) -> None:
    """A在X设立全资子公司C, A在X注册成立C: C is in X (``locatedIn:在X设立``), whatever
    its name says."""
    for place in spans.of_any("Region", "Park"):
        if text[place.start - 1:place.start] != "在":
            continue
        verb = _FOUNDED_THERE.match(text, place.end)   # (always holds a founding verb)
        if verb is None:
            continue
        child = next((s for s in spans if s.start == verb.end() and s.type == "Company"),
                     None)
        if child is None:
            continue
        if place.type == "Park":
            out.add(child.entity, "settledIn", place.entity, sentence.start, sentence.end,
                    "settledIn:在X设立")
        else:
            out.add(child.entity, "locatedIn", place.entity, sentence.start, sentence.end,
                    "locatedIn:在X设立", source="text")


def _branches(text: str, sentence: Sentence, spans: _SentenceSpans, index: _Index,
              out: _Out) -> None:
    """A旗下的B, A的全资子公司B, A下属的B, A等…子公司 (``branchOf:<word>``,
    ``branchOf:子公司``) and B是A的控股子公司 (``branchOf:是…子公司``)."""
    companies = spans.of("Company")
    if not companies:
        return
    for match in _SUBSIDIARY_WORD.finditer(spans.body):
        at, end = sentence.start + match.start(), sentence.start + match.end()
        before = [s for s in companies if s.end <= at]
        after = [s for s in companies if s.start >= end]
        if text[at - 1:at] == "等" and before:
            child = before[-1]
            parents = [s for s in companies if s.entity is not child.entity and
                       s.start < child.start]
            if parents:
                out.add(child.entity, "branchOf", parents[0].entity, sentence.start,
                        sentence.end, "branchOf:子公司")
            continue
        if before and text[at - 1:at] == "的" and before[-1].end == at - 1:
            parent = before[-1]     # C是(本地企业)P的全资子公司: C, the subject, is P's
            is_at = text.rfind("是", sentence.start, parent.start)
            child = next((s for s in companies if s.end <= is_at), None)
            if is_at >= 0 and parent.start - is_at <= 12 and not _PUNCTUATION.search(
                    text, is_at, parent.start) and child is not None and \
                    child.entity is not parent.entity:
                out.add(child.entity, "branchOf", parent.entity, sentence.start,
                        sentence.end, "branchOf:是…子公司")
                continue
        if match.group() in ("下属", "所属"):
            if before and after and before[-1].end == at and after[0].start == end + 1 \
                    and text[end:end + 1] == "的":     # P下属的C, P所属的C
                out.add(after[0].entity, "branchOf", before[-1].entity, sentence.start,
                        sentence.end, f"branchOf:{match.group()}")
            continue
        if before and after:
            out.add(after[0].entity, "branchOf", before[-1].entity, sentence.start,
                    sentence.end, f"branchOf:{match.group()}")


_FROM = re.compile("从")
_FIRMS = re.compile("药企|企业|车企")


def _relocations(text: str, sentence: Sentence, spans: _SentenceSpans, index: _Index,
                 out: _Out) -> None:
    """A从X迁… (``relocatedFrom:从X迁``) and the listed firms of X企业…转移
    (``relocatedFrom:X企业转移``)."""
    body = spans.body
    if not _RELOCATE.search(body):
        return
    for match in _FROM.finditer(body):
        at = sentence.start + match.end()
        region = next((s for s in spans if s.start == at and s.type == "Region"),
                      None)
        moved = None if region is None else _RELOCATE.search(text, region.end,
                                                             region.end + 8)
        if moved is None:
            continue
        subject = next((s for s in spans if s.type == "Company" and
                        s.start < region.start), None)
        after = _MOVER_AFTER.match(text, moved.end()) if moved.start() == region.end \
            else None
        if subject is None and after is not None:
            # 从北京大兴区迁来的C: the company the move describes
            subject = next((s for s in spans if s.type == "Company" and
                            s.start == after.end()), None)
        if subject is None:
            subject = index.last_before(sentence.start, ["Company"], 300)
        if subject is not None:
            out.add(subject.entity, "relocatedFrom", region.entity, sentence.start,
                    sentence.end, "relocatedFrom:从X迁")
    for region in spans.of("Region"):
        if (text[region.start - 2:region.start] == "原在" or
                text[region.start - 3:region.start] == "原位于") and (
                after := _MOVER_AFTER.match(text, region.end)) is not None:
            # 原在北京市大兴区生产的C，将…迁至Y: C moved from there
            mover = next((s for s in spans if s.type == "Company" and
                          s.start == after.end()), None)
            if mover is not None and _RELOCATE.search(text, mover.end, sentence.end):
                out.add(mover.entity, "relocatedFrom", region.entity, sentence.start,
                        sentence.end, "relocatedFrom:原在X")
        if _FIRMS.match(text, region.end, region.end + 2) and \
                _RELOCATE.search(text, region.end, sentence.end):
            for span in spans:
                listed = span.mention.rule.startswith("enumeration") or \
                    text[span.end:span.end + 1] in ("、", "等")
                if span.type == "Company" and span.end <= region.start and listed:
                    out.add(span.entity, "relocatedFrom", region.entity, sentence.start,
                            sentence.end, "relocatedFrom:X企业转移")


#: 《P》由A、B联合印发: the issuers named after the policy.
_ISSUED_AFTER = re.compile(r"(?:联合|共同)?(?:印发|发布|出台|制定|颁布)")


def _issued(text: str, sentence: Sentence, spans: _SentenceSpans, index: _Index,
            out: _Out) -> None:
    """《P》由A、B联合印发 (``issuedBy:由``), A印发《P》 / X市出台《P》 / the employer of
    the person who signs it (``issuedBy:<verb>``)."""
    for policy in spans.of("Policy"):
        if text[policy.end:policy.end + 1] == "由":
            issuers = _actor_run(text, spans, policy.end + 1, sentence.end)
            if issuers and issuers[0].start == policy.end + 1 and all(
                    s.type in ("GovernmentBody", "Organization") for s in issuers) \
                    and _ISSUED_AFTER.match(text, issuers[-1].end):
                for issuer in issuers:
                    out.add(policy.entity, "issuedBy", issuer.entity, sentence.start,
                            sentence.end, "issuedBy:由")
                _all_cooperate(out, issuers, sentence, "cooperatesWith:由")
                continue
        clause_start = max((c for c, _ in spans.clauses if c <= policy.start),
                           default=sentence.start)
        lead = text[clause_start:policy.start]
        verbs = list(_ISSUE.finditer(lead))
        if not verbs:
            continue
        verb = verbs[-1]
        verb_at = clause_start + verb.start()
        issuers = [s for s in spans if clause_start <= s.start and s.end <= verb_at and
                   s.type in ("GovernmentBody", "Organization")]
        for issuer in issuers:
            out.add(policy.entity, "issuedBy", issuer.entity, sentence.start, sentence.end,
                    f"issuedBy:{verb.group()}")
        if not issuers:
            # 近日，X市出台《P》: the people's government of the place, if the text names it
            places = [s for s in spans if clause_start <= s.start and s.end <= verb_at and
                      s.type == "Region"]
            government = _government_of(places[-1], index) if places else None
            if government is not None:
                issuers = [government]
                out.add(policy.entity, "issuedBy", government.entity, sentence.start,
                        sentence.end, f"issuedBy:{verb.group()}")
        if not issuers:
            people = [s for s in spans if clause_start <= s.start and s.end <= verb_at and
                      s.type == "Person"]
            for person in people:
                for rel in list(out.items.values()):
                    if rel.s == person.entity.id and rel.p == "worksFor":
                        out.add(policy.entity, "issuedBy", rel.o, sentence.start,
                                sentence.end, f"issuedBy:{verb.group()}")


def _covers(sentence: Sentence, spans: _SentenceSpans, out: _Out) -> None:
    """A chain named after a policy in its sentence (``coversChain:sentence``)."""
    policies = spans.of("Policy")
    if not policies:
        return
    for span in spans:
        if span.type == "Industry" and span.start > policies[0].end:
            policy = [p for p in policies if p.end <= span.start][-1]
            out.add(policy.entity, "coversChain", span.entity, sentence.start, sentence.end,
                    "coversChain:sentence")


_ORG_TYPES = ("Company", "Organization", "GovernmentBody")
_NAMES_BETWEEN = re.compile(r"[ \u3000:：]?(?:[\u4e00-\u9fff]{2,4}[、 \u3000])*")
_GOVERNOR_TITLES = ("市长", "区长", "县长", "省长", "镇长")
_PUNCTUATION = re.compile("[" + _CLAUSE_MARKS + '“”"()（）]')
#: A bare 公司 shortly before a title (公司总经理X, 企业负责人X): the company in focus.
_BARE_EMPLOYER = re.compile(
    "(?:公司|企业|集团)(?:[^" + _CLAUSE_MARKS + "“”]{0,8}|[" + _COMMAS + "])$")


def _works_for(text: str, sentence: Sentence, spans: _SentenceSpans, index: _Index,
               out: _Out) -> None:
    """ORG + title + name, 公司 + title + name and the other readings of a person's title
    (``worksFor:<title>``, see the module's docstring)."""
    for person in spans.of("Person"):
        titled = _title_before(text, person)
        if titled is None:
            continue
        title, title_at = titled
        employer = _employer_named_before(text, sentence, spans, index, out, person, title,
                                          title_at)
        if employer is None:
            employer = _employer_unnamed(text, sentence, spans, index, title, title_at)
        if (employer is None or employer.entity.name.endswith("委")) and \
                title.removeprefix("常务").lstrip("副") in _GOVERNOR_TITLES[:3] and \
                text[:title_at].removesuffix("常务").endswith("、"):
            government = _governor_after_party_role(text, spans, index, title, title_at,
                                                    sentence.start)
            if employer is None:
                employer = government
            elif government is not None:  # 定州市委副书记、市长X: the party and the government
                out.add(person.entity, "worksFor", government.entity, sentence.start,
                        sentence.end, f"worksFor:{title}", roleTitle=title)
        # 党委书记、董事长X; 副县长、县发展和改革局局长X; 局长兼区招商中心主任X: the roles
        # stacked before the last one, each with the organisation named before it
        _stacked_roles(text, spans, index, person,
                       _last_role_start(text, sentence, employer, title_at), sentence, out)
        if employer is None:
            continue
        out.add(person.entity, "worksFor", employer.entity, sentence.start, sentence.end,
                f"worksFor:{title}", roleTitle=title)
        first_title = _FIRST_TITLE.search(
            text[max(sentence.start, employer.start - 8):employer.start])
        if first_title:     # 联合体理事长、河北农业大学教授X: X holds both roles
            other = _bare_body(text, index, employer.start - len(first_title.group()),
                               sentence.start)
            if other is not None:
                out.add(person.entity, "worksFor", other.entity, sentence.start,
                        sentence.end, f"worksFor:{first_title.group()[:-1]}")
        _works_for_parents(person, employer, sentence, index, out, title, own=False)


def _title_before(text: str, person: _Span) -> tuple[str, int] | None:
    """The title a person's mention was found after and where it opens, unless the role
    is one once held (管委会原副主任X)."""
    if not person.mention.rule.startswith("person:"):
        return None
    title = person.mention.rule.split(":", 1)[1]
    title_at = text.rfind(title, max(0, person.start - len(title) - 14), person.start)
    if title_at < 0 or not _NAMES_BETWEEN.fullmatch(text, title_at + len(title),
                                                    person.start):
        return None  # （记者 王明远、赵佳）, （记者 王明远 赵佳）: every name after the title
    if text[title_at - 1:title_at] in ("原", "前"):
        return None  # 管委会原副主任X: a role once held
    return title, title_at


def _employer_named_before(text: str, sentence: Sentence, spans: _SentenceSpans,
                           index: _Index, out: _Out, person: _Span, title: str,
                           title_at: int) -> _Span | None:
    """The organisation named shortly before the title (A公司总经理X); for a second role
    after 、 the lab or centre named before it, once the person is recorded working for
    the organisation in the first role (A大学教授、实验室主任X)."""
    orgs = [s for s in spans if s.end <= title_at and s.type in _ORG_TYPES]
    if not orgs:
        return None
    gap = text[orgs[-1].end:title_at]
    if len(gap) > 10 or _PUNCTUATION.search(gap) or (
            title == "通讯员" and any(orgs[-1].end <= s.start < title_at
                                      for s in spans.of("Person"))):
        return None     # (经济日报记者 A 通讯员 B: B writes from elsewhere)
    unit = _bare_unit(text, index, title_at, sentence.start) if "、" in gap else None
    if unit is None:
        return orgs[-1]
    first = _TITLE_BEFORE.search(gap.split("、")[0])
    _works_for_parents(person, orgs[-1], sentence, index, out,
                       first.group() if first else title)
    return unit


def _employer_unnamed(text: str, sentence: Sentence, spans: _SentenceSpans, index: _Index,
                      title: str, title_at: int) -> _Span | None:
    """The employer of a title no organisation is named before: the company in focus
    (公司总经理X), an alliance, lab or centre named earlier (联盟秘书长X, 中心主任X), the
    paper for its reporter, else the office of a place (``_office_before``)."""
    bare = _BARE_EMPLOYER.search(text[max(sentence.start, title_at - 12):title_at])
    if bare:
        found = _topic_company(text, sentence, index, title_at) or _last_unquoted(
            text, index, title_at - len(bare.group()) + 2, 600)
        if found is not None:
            return found
    found = _bare_body(text, index, title_at, sentence.start) or _bare_unit(
        text, index, title_at, sentence.start)
    if found is not None:
        return found
    if title in _PRESS_TITLES and title != "通讯员" and index.publisher is not None:
        # (a correspondent writes from a local office, not for the paper)
        return index.publisher
    return _office_before(text, spans, index, title, title_at)


def _office_before(text: str, spans: Sequence[_Span], index: _Index, title: str,
                   title_at: int) -> _Span | None:
    """The people's government of the place right before a governor's title (保定市副市长X),
    else the department named by its level only (县发展和改革局局长X)."""
    if title.lstrip("副").startswith(_GOVERNOR_TITLES):
        place = next((s for s in spans if s.end == title_at and s.type == "Region"), None)
        government = _government_of(place, index) if place is not None else None
        if government is not None:
            return government
    return _department_short_form(text, index, title_at)


def _last_role_start(text: str, sentence: Sentence, employer: _Span | None,
                     title_at: int) -> int:
    """Where the last of the roles before a name opens: at its employer, named right
    before its title, else after the 、 or 兼 before the title (副局长、区…专班负责人X)."""
    if employer is not None and employer.end >= title_at - 4:
        return employer.start
    lead = _LAST_ROLE.search(text, max(sentence.start, title_at - 14), title_at)
    return lead.start() + 1 if lead else title_at


def _works_for_parents(person: _Span, employer: _Span, sentence: Sentence, index: _Index,
                       out: _Out, title: str, own: bool = True) -> None:
    """The person works for the employer (if ``own``) and for the organisation or
    company whose name opens the employer's (天津大学化工学院院长X: 天津大学 too)."""
    if own:
        out.add(person.entity, "worksFor", employer.entity, sentence.start, sentence.end,
                f"worksFor:{title}", roleTitle=title)
    for parent in index.organisations:
        if parent is not employer.entity and len(parent.name) >= 4 and \
                employer.entity.name.startswith(parent.name):
            out.add(person.entity, "worksFor", parent, sentence.start, sentence.end,
                    f"worksFor:{title}", roleTitle=title)
    if employer.type != "Company":
        for company, forms in index.company_forms():
            if employer.entity.name.startswith(forms):
                out.add(person.entity, "worksFor", company, sentence.start,
                        sentence.end, f"worksFor:{title}", roleTitle=title)


def _governor_after_party_role(text: str, spans: _SentenceSpans, index: _Index, title: str,
                               title_at: int, lower: int) -> _Span | None:
    """永清县委副书记、县长X; 县委常委、常务副县长X: a county's (district's, city's) head
    after a party role holds office in its people's government, where the article names
    it: the government of the place named before the party role, else the only one of
    that level the article names."""
    lead_start = max(lower, title_at - 16)
    level = title[-2]   # 县 of 县长
    places = [s for s in spans if lead_start <= s.start < title_at and (
        s.type == "Region" or (s.type == "GovernmentBody" and s.entity.name.endswith("委")))]
    if places:
        place = places[-1].entity
        forms = (place.name, *place.aliases) if place.type == "Region" else tuple(
            form for form in (place.name[:-1], place.name[:-2]) if len(form) >= 2)
        return next((s for s in index.spans if s.type == "GovernmentBody" and
                     s.entity.name.endswith("人民政府") and
                     any(form + level in s.entity.name or s.entity.name.startswith(form)
                         for form in forms)), None)
    if not text.endswith(f"{level}委", lead_start, title_at - 1) and \
            f"{level}委" not in text[lead_start:title_at]:
        return None
    found = {s.entity.id: s for s in index.spans if s.type == "GovernmentBody" and
             s.entity.name.endswith(f"{level}人民政府")}
    return next(iter(found.values())) if len(found) == 1 else None


def _government_of(place: _Span, index: _Index) -> _Span | None:
    """The people's government of a place, where the article names it (涿州市 -> 涿州市人民
    政府)."""
    forms = (place.entity.name, *place.entity.aliases)
    return next((s for s in index.spans if s.type == "GovernmentBody" and
                 s.entity.name.endswith("政府") and s.entity.name.startswith(forms)), None)


#: A department named by its level only (县发展和改革局, 市商务局) before a role title.
_SHORT_DEPARTMENT = re.compile(r"(?P<level>[省市县区])(?P<dept>[\u4e00-\u9fff]{2,14}?"
                               r"(?:局|委员会|委|办公室|厅))$")


def _department_short_form(text: str, index: _Index, title_at: int) -> _Span | None:
    """县发展和改革局局长X: the department of the article whose full name ends so
    (固安县发展和改革局), if exactly one does."""
    match = _SHORT_DEPARTMENT.search(text, max(0, title_at - 16), title_at)
    if match is None:
        return None
    level, dept = match.group("level"), match.group("dept")
    found = {s.entity.id: s for s in index.spans if s.type == "GovernmentBody" and
             s.entity.name.endswith(level + dept) and len(s.entity.name) > len(dept) + 1}
    if len(found) != 1:
        return None
    entity = next(iter(found.values())).entity
    return _Span(match.start(), title_at, entity, entity.mentions[0])


_LAST_ROLE = re.compile("[、兼][^、兼" + _CLAUSE_MARKS + "“”()（）]*$")
_TITLE_BEFORE = re.compile("(?:" + "|".join(map(re.escape, TITLES)) + ")$")


def _stacked_roles(text: str, spans: Sequence[_Span], index: _Index, person: _Span,
                   at: int, sentence: Sentence, out: _Out) -> None:
    """The roles stacked before the one that opens at ``at`` (…、TITLE or …兼TITLE): the
    person works for the organisation named before each, or for the people's government
    of the place before a governor's title."""
    while at > sentence.start and text[at - 1] in "、兼":
        title = _TITLE_BEFORE.search(text, max(sentence.start, at - 8), at - 1)
        if title is None:
            return
        employer = next((s for s in spans if s.end == title.start() and
                         s.type in _ORG_TYPES), None)
        if employer is None:
            employer = _office_before(text, spans, index, title.group(), title.start())
        if employer is None:
            return
        out.add(person.entity, "worksFor", employer.entity, sentence.start, sentence.end,
                f"worksFor:{title.group()}", roleTitle=title.group())
        at = employer.start


_BARE_HEAD = re.compile(r"(?:联盟|联合体|协会|商会|学会|验证中心|创新中心|研究所|研究院)$")
_TAKES_ROLE = re.compile(r"当选|出任|担任|兼任")
_ROLE_TITLE = re.compile(r"(?:常务)?副?(?:理事长|会长|秘书长|主任|主席|院长|所长|社长)")
_ROLE_AFTER = re.compile("(?P<body>[^" + _CLAUSE_MARKS + "、“”()（）]{0,20}?)(?P<title>" +
                         _ROLE_TITLE.pattern + ")")
_ROLE_BEFORE = re.compile(r"(?P<title>" + _ROLE_TITLE.pattern + ")由[^" + _CLAUSE_MARKS +
                          "]{0,24}$")
_ROLE_BODY_HEAD = re.compile(r"(?:联盟|联合体|协会|商会|学会|联合会|促进会|基金会|研究中心|"
                             r"中心|实验室)$")
#: The bodies a role title belongs to when the sentence names none (X当选会长).
_TITLE_HEADS = {"会长": ("商会", "协会", "学会", "联合会", "促进会"),
                "理事长": ("联盟", "联合体", "协会", "商会", "学会", "联合会", "促进会", "基金会"),
                "秘书长": ("联盟", "联合体", "协会", "商会", "学会", "联合会", "促进会", "基金会"),
                "主任": ("中心", "实验室")}
_ROLE_HOLDERS = ("Organization", "Company", "GovernmentBody", "Project")


#: What says a person holds a role after "X是ORG…": a title or a founder's word.
_ROLE_WORD = re.compile("(?:" + "|".join(map(re.escape, TITLES)) + ")")


def _works_for_untitled(text: str, sentence: Sentence, spans: _SentenceSpans,
                        out: _Out) -> None:
    """People named without a title before them: 张三（A公司总经理）说 (the organisation
    in the brackets), A公司的张三介绍 (the one before 的) and 张三是A公司副总经理 / 张三是A
    公司的创始人之一 (the one after 是, a role word following in the clause)."""
    for person in spans.of("Person"):
        rule = person.mention.rule
        employer = None
        if rule == "person:（）":
            employer = next((s for s in spans if s.start == person.end + 1 and
                             s.type in _ROLE_HOLDERS), None)
        elif rule == "person:的":
            employer = next((s for s in spans if s.end + 1 == person.start and
                             s.type in _ORG_TYPES), None)
        elif text[person.end:person.end + 1] == "是":
            employer = next((s for s in spans if s.start == person.end + 1 and
                             s.type in _ROLE_HOLDERS), None)
            clause_end = _CLAUSE.search(text, person.end, sentence.end)
            limit = clause_end.start() if clause_end else sentence.end
            if employer is not None and not _ROLE_WORD.search(text, employer.end, limit):
                employer = None
        if employer is not None:
            out.add(person.entity, "worksFor", employer.entity, sentence.start,
                    sentence.end, f"worksFor:{rule}")


def _roles_taken(text: str, sentence: Sentence, spans: _SentenceSpans, index: _Index,
                 out: _Out) -> None:
    """``X当选联盟理事长``, ``由X担任中心主任``, ``秘书长由X担任``, ``X当选副会长``: X works for
    the body named (or the one of that kind named last), with the role."""
    for person in spans.of("Person"):
        verb = _TAKES_ROLE.match(text, person.end)
        if verb is None:
            continue
        after = _ROLE_AFTER.match(text, verb.end(), sentence.end)
        if after is not None:
            title, body = after.group("title"), (after.start("body"), after.end("body"))
        else:
            before = _ROLE_BEFORE.search(text, sentence.start, person.start)
            if before is None:
                continue
            title = before.group("title")
            start = max(sentence.start, before.start() - 16)
            cut = max(text.rfind(c, start, before.start()) for c in "，,、；;") + 1
            body = (max(start, cut), before.start())
        body_org = _role_body(text, index, body, title, person.start)
        if body_org is not None:
            out.add(person.entity, "worksFor", body_org, sentence.start, sentence.end,
                    f"worksFor:{verb.group()}", roleTitle=title)


def _role_body(text: str, index: _Index, body: tuple[int, int], title: str, at: int
               ) -> Entity | None:
    named = [s for s in index.within(body[0], body[1], _ROLE_HOLDERS) if s.end == body[1]]
    if named:
        return named[-1].entity
    words = text[body[0]:body[1]]
    head = _ROLE_BODY_HEAD.search(words)
    if head is not None:
        heads: tuple[str, ...] = (head.group(),)
    elif not words:
        heads = _TITLE_HEADS.get(title.lstrip("常务").lstrip("副"), ())
    else:
        return None
    i = bisect_left(index.starts, at) - 1
    while heads and i >= 0 and at - index.spans[i].start <= 600:
        span = index.spans[i]
        if span.type in _ROLE_HOLDERS and span.type != "Company" and \
                span.entity.name.endswith(heads):
            return span.entity
        i -= 1
    return None

#: A first role title before another employer's (联合体理事长、河北农业大学教授X).
_FIRST_TITLE = re.compile(r"(?:理事长|秘书长|会长|主任|主席)、$")


def _bare_body(text: str, index: _Index, title_at: int, floor: int) -> _Span | None:
    """联盟秘书长X, 联合体理事长X: the alliance or consortium named last before."""
    head = _BARE_HEAD.search(text, max(floor, title_at - 5), title_at)
    if head is None:
        return None
    i = bisect_left(index.starts, head.start()) - 1
    while i >= 0 and head.start() - index.spans[i].start <= 600:
        span = index.spans[i]
        if span.type == "Organization" and span.entity.name.endswith(head.group()):
            return span
        i -= 1
    return None


#: A lab or centre named by its head alone before a title (实验室主任X, 该中心主任X).
_BARE_UNIT = re.compile(r"(?:^|(?<=[、，,。;；该]))(?:实验室|研究中心|检测中心|中心|研究院)$")


def _bare_unit(text: str, index: _Index, title_at: int, floor: int) -> _Span | None:
    """教授、实验室主任X; 中心主任X; 该中心主任X: the lab or centre (an organisation or a
    facility) named last before whose name ends so."""
    start = max(floor, title_at - 6)
    head = _BARE_UNIT.search(text[start:title_at])
    if head is None or (head.start() == 0 and start > floor and
                        text[start - 1] not in "、，,。;；该"):
        return None
    word = head.group()
    i = bisect_left(index.starts, start + head.start()) - 1
    while i >= 0 and start + head.start() - index.spans[i].start <= 600:
        span = index.spans[i]
        if span.type in ("Organization", "Project") and span.entity.name.endswith(word):
            return span
        i -= 1
    return None


def _topic_company(text: str, sentence: Sentence, index: _Index, at: int) -> _Span | None:
    """The company a bare 公司 stands for: the one that is the subject (not a partner
    after 与/和/、) of this sentence before ``at``, else of the sentence before."""
    previous = text.rfind("。", 0, max(0, sentence.start - 1)) + 1
    if text[previous:sentence.start].strip() == "”":   # “……。”公司总经理X说: the sentence
        opened = text.rfind("“", 0, previous)          # before the quote
        previous = text.rfind("。", 0, max(0, opened - 1)) + 1
    for start, end in ((sentence.start, at), (previous, sentence.start)):
        for span in index.within(start, end, ["Company"]):
            if text[span.start - 1:span.start] not in ("与", "和", "、", "及", "同", "在") \
                    and not _quoted(text, max(0, previous - 300), span.start):
                return span     # (not a customer in the speaker's quote, nor 在A带动下)
    return None


def _last_unquoted(text: str, index: _Index, offset: int, window: int) -> _Span | None:
    """The last company named before ``offset`` (within ``window``) outside a quotation:
    a customer the speaker names is not the speaker's company."""
    for span in reversed(index.within(max(0, offset - window), offset, ["Company"])):
        if not _quoted(text, max(0, span.start - 300), span.start):
            return span
    return None


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether ``at`` is inside a quotation opened after ``start``.

    >>> _quoted("“光是A一家就给了订单。”公司总经理B说", 0, 3), _quoted("A公司总经理B说", 0, 0)
    (True, False)
    """
    opened = text.rfind("“", start, at)
    return opened >= 0 and text.find("”", opened, at) < 0


def keep_needed(entities: Sequence[Entity], relations: Sequence[Relation]
                ) -> tuple[list[Entity], list[Relation]]:
    """Drop entities named only inside other names that no relation uses."""
    used = {r.s for r in relations} | {r.o for r in relations}
    kept = [e for e in entities if e.id in used or any(
        not m.rule.startswith(("inner:region", "inner:chain", "coref:publisher"))
        for m in e.mentions)]
    ids = {e.id for e in kept}
    return kept, [r for r in relations if r.s in ids and (
        r.o in ids or r.attrs.get("kind") == "segment")]
