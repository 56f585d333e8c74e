"""Relations between the entities of one article, from names, trigger words and patterns.

Every rule has a name (``Relation.rule``) and reads a name, one sentence or one clause:

- ``locatedIn:name``: the most specific region inside an actor's name (the last one when
  two unrelated places are named: 北京…沧州分公司 -> 沧州); ``locatedIn:gazetteer`` for a
  park that is a functional area; ``locatedIn:位于`` (位于X的Y), ``locatedIn:在X召开``
  (E在X召开/举行/揭牌, P在X…), ``locatedIn:在X举行`` (在X…举行的E), ``locatedIn:在X建设``
  (在X打造/共建P), ``locatedIn:引进`` (X…引进P), ``locatedIn:依托`` (X依托A和B…),
  ``locatedIn:地方政府`` (a project built with X市人民政府 and placed nowhere else).
  What the text says beats the name, and only the most specific region is kept;
- ``settledIn:park``: a company, organisation or project in a clause that puts it in a
  park (入驻, 落户, 落地, 入园, 聚集, 位于, 在PARK …, a clause 其中包括… after one), a bare
  园区 standing for the park in focus; not the builders of a facility that opened there
  (A与B合作建设的Y…在PARK揭牌); ``settledIn:与园区签约`` (A、B等9家企业与PARK签约);
  ``settledIn:在园区建设`` (在PARK建设Y, 与PARK签约建设Y, PARK…，正在建设Y);
  ``locatedIn:在X入驻`` (X a place, not a park: 3家央企总部已在雄安新区入驻);
- ``cooperatesWith:与`` (A与B合作/签约/签署…, A with each of an enumeration, A将与B…,
  a place right before the verb: A将与邢台市共建; pairwise among all parties for 联合
  and 共建: A与B、C联合设立), ``cooperatesWith:联合`` (A、B、C等联合发起/印发: pairwise;
  A公司联合B公司…); hosting together (共同主办) is not cooperation;
- ``involves:合作`` (the project A与B合作的), ``involves:name`` (a company named in it),
  ``involves:<verb>`` (the builders of a ``project:<verb>`` mention: the companies and
  bodies of its clause, else of the clause before: A与B签约，在X建设Y);
- ``signedAt:签约``: a project signed at the event of the sentence (or the one before);
- ``branchOf:分公司`` / ``branchOf:旗下`` / ``branchOf:子公司`` / ``branchOf:name``;
- ``relocatedFrom:从X迁`` and ``relocatedFrom:X企业转移``;
- ``issuedBy:<verb>`` (A印发/发布/签署《P》), ``coversChain:name`` / ``coversChain:sentence``;
- ``managedBy:管委会``; ``worksFor:<title>`` (ORG + title + name, or 公司 + title: the
  company in focus; also the organisation whose name opens the employer's: 天津大学化工
  学院院长 -> 天津大学; X市副市长 -> X市人民政府; every name after one title:
  （记者 A、B）).

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
from dataclasses import dataclass
from itertools import pairwise

from chainkg.model import Document, Entity, Mention, Relation, Sentence

__all__ = ["extract_relations", "keep_needed", "most_specific"]

ACTORS = frozenset({"Company", "Organization", "GovernmentBody", "Park", "Cluster",
                    "Project", "Region"})
_SETTLERS = frozenset({"Company", "Organization", "Project"})
_LOCATABLE = frozenset({"Park", "Company", "Organization", "GovernmentBody", "Cluster",
                        "Project"})
_CLAUSE = re.compile(r"[,，;；:：]")
_COOP_VERB = re.compile(r"合作|签约|签署|签下|签订|合资|携手|共建|联手|结对|达成|联合")
#: Adverbs between a party and 与 (A将与B共建, A还与B签署).
_ADVERBS = re.compile(r"(?:将|还|也|已|已经|正式|又|再次|同时|分别|率先|首次|此前|日前|今年)*")
#: Verbs that make everyone named before them partners (A、B、C联合发起/印发); hosting an
#: event together (共同主办) does not.
_JOINT = re.compile(r"(?:联合|共同)(?:发起|组建|建设|打造|签署|设立|成立|共建|印发|发布)")
_SETTLE_TRIGGER = re.compile(r"入驻|落户|落地|入园|园区内|园内|区内|在此|进驻|签约落户|"
                             r"集中开工|位于|坐落|投产|聚集|集聚|汇聚|引进|吸引")
_HELD = re.compile(r"召开|举行|举办|揭牌|成立|开幕|启动|宣告成立")
_AT = frozenset("在于到至")
_MOVER_GAP = re.compile(r"(?:总部|已|将|已经|正式|整体|于|也|\d+年)*")
_MOVED_TO = re.compile(r"迁至|迁到|迁往|迁入|搬到|搬迁至|落户|落户到|落地")
_PRESS_TITLES = frozenset({"记者", "通讯员", "编辑", "责任编辑", "实习生", "摄影"})
_JOINER = re.compile(r"[、和及与]?")
_ATTRACT = re.compile(r"引进|引育|招引|签约引进")
_BUILD = re.compile(r"(?:打造|建设|筹建|设立|建成|新建|布局|投资建设|共建|合作建设)")
_RELY = re.compile(r"依托|依靠")
_RELOCATE = re.compile(r"迁出|迁到|迁至|迁往|搬到|搬迁|外迁|转移")
_ISSUE = re.compile(r"印发|发布|出台|制定|签署|签下|签订|联合发布|颁布")
_PARK_SUFFIXES = ("园区", "园", "区", "港", "基地", "城")
_SIGNED = re.compile(r"(?:正式)?(?:签约|签订|签署)")


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    entity: Entity
    mention: Mention


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

    def within(self, start: int, end: int, types: Iterable[str] | None = None
               ) -> list[_Span]:
        i = bisect_left(self.starts, start)
        out = []
        allowed = set(types) if types is not None else None
        while i < len(self.spans) and self.spans[i].start < end:
            span = self.spans[i]
            if span.end <= end and (allowed is None or span.entity.type in allowed):
                out.append(span)
            i += 1
        return out

    def last_before(self, offset: int, types: Iterable[str], window: int = 400
                    ) -> _Span | None:
        allowed = set(types)
        i = bisect_left(self.starts, offset) - 1
        while i >= 0 and offset - self.spans[i].start <= window:
            if self.spans[i].entity.type in allowed and self.spans[i].end <= offset:
                return self.spans[i]
            i -= 1
        return None


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
            self.items[key] = Relation(sid, p, oid, start, end, rule, dict(attrs))


def most_specific(regions: Sequence[Entity]) -> list[Entity]:
    """Drop every region that encloses another one of ``regions``.

    >>> from chainkg.model import Entity
    >>> bj = Entity("r1", "Region", "北京", attrs={"region": "https://w3id.org/chainkg/region/110000"})
    >>> dx = Entity("r2", "Region", "大兴区", attrs={"region": "https://w3id.org/chainkg/region/110115"})
    >>> [e.name for e in most_specific([bj, dx])]
    ['大兴区']
    """
    from chainkg.ontology import region_by_iri

    iris = {e.attrs.get("region") for e in regions} | {e.attrs.get("parent") for e in regions}
    ancestors: set[str] = {e.attrs["parent"] for e in regions if e.attrs.get("parent")}
    for iri in iris:
        if not iri:
            continue
        try:
            parent = region_by_iri(iri).parent
        except KeyError:
            continue
        while parent:
            ancestors.add(parent)
            try:
                parent = region_by_iri(parent).parent
            except KeyError:
                break
    out: list[Entity] = []
    for e in regions:
        if (e.attrs.get("region") not in ancestors or not e.attrs.get("region")) and \
                e not in out:
            out.append(e)
    return out


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
        spans = index.within(sentence.start, sentence.end)
        if not spans:
            continue
        _located_from_text(text, sentence, spans, out, index.by_id)
        _settled(text, sentence, spans, index, out)
        _cooperation(text, sentence, spans, out)
        _built_projects(text, sentence, spans, out)
        _signed_at(text, sentence, spans, index, out)
        _branches(text, sentence, spans, index, out)
        _relocations(text, sentence, spans, index, out)
        _issued(text, sentence, spans, out)
        _covers(sentence, spans, out)
        _works_for(text, sentence, spans, index, out)
    _located_with_local_government(out, index.by_id)
    _resolve_locations(out, index.by_id)
    return list(out.items.values())


def _located_with_local_government(out: _Out, by_id: dict[str, Entity]) -> None:
    """A project built with a local government (A与X市人民政府签约，投资…建设Y), placed
    nowhere else, is in that government's region."""
    placed = {r.s for r in out.items.values() if r.p in ("locatedIn", "settledIn")}
    where = {r.s: r for r in out.items.values() if r.p == "locatedIn"}
    for rel in list(out.items.values()):
        if rel.p != "involves" or rel.s in placed or by_id[rel.o].type != "GovernmentBody":
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
    for e in entities:
        for m in e.mentions:
            if m.rule == "inner:region" or m.rule.startswith("town:"):
                inner_regions.setdefault((m.start, m.end), []).append(e)
            elif m.rule == "inner:chain":
                inner_chains.setdefault((m.start, m.end), []).append(e)
    companies = [e for e in entities if e.type == "Company"]
    region_spans = sorted(inner_regions)
    for e in entities:
        full = [m for m in e.mentions
                if not m.rule.startswith(("inner:region", "inner:chain", "coref:"))]
        main = max(full, key=lambda m: m.end - m.start, default=None)
        if main is None:
            continue
        i = bisect_left(region_spans, (main.start, -1))
        parts = []
        while i < len(region_spans) and region_spans[i][0] < main.end:
            s, end = region_spans[i]
            if end <= main.end:
                parts += [(s, _as_region(r, region_of)) for r in inner_regions[(s, end)]]
            i += 1
        parts = [(s, r) for s, r in parts if r is not None]
        if e.type in _LOCATABLE and parts:
            parts.sort(key=lambda x: x[0])
            regions = most_specific([r for _, r in parts])
            regions = [r for r in regions if r.id != e.id]
            if regions:
                last = max(regions, key=lambda r: max(s for s, x in parts if x is r))
                out.add(e, "locatedIn", last, main.start, main.end, "locatedIn:name",
                        source="name")
        if e.type == "Park" and e.attrs.get("region") and not parts:
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
        for m in e.mentions:
            if m.rule == "inner:parent":
                for child in entities:
                    if child is not e and child.type == "Company" and any(
                            c.start == m.start and c.end > m.end and not c.rule.startswith(
                                "inner:") for c in child.mentions):
                        out.add(child, "branchOf", e, m.start, m.end, "branchOf:分公司")
            if m.rule == "inner:park":
                for body in entities:
                    if body.type == "GovernmentBody" and body.name.endswith(
                            ("管委会", "管理委员会")) and any(
                            c.start == m.start and c.end > m.end for c in body.mentions):
                        out.add(e, "managedBy", body, m.start, m.end, "managedBy:管委会")
        if e.type == "Company":
            for parent in companies:
                if parent is not e and parent.name.endswith(("集团", "公司")) and \
                        e.name.startswith(parent.name) and len(e.name) > len(parent.name) + 2:
                    out.add(e, "branchOf", parent, main.start, main.end, "branchOf:name")
        if e.type == "Project":
            for company in companies:
                forms = [company.name, *company.aliases]
                if any(len(f) >= 2 and f in e.name for f in forms):
                    out.add(e, "involves", company, main.start, main.end, "involves:name")


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


def _clauses(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    out, start = [], sentence.start
    for match in _CLAUSE.finditer(text, sentence.start, sentence.end):
        out.append((start, match.start()))
        start = match.end()
    out.append((start, sentence.end))
    return out


def _located_from_text(text: str, sentence: Sentence, spans: Sequence[_Span],
                       out: _Out, by_id: dict[str, Entity]) -> None:
    places = [s for s in spans if s.entity.type in ("Region", "Park")]
    by_start = {p.start: p for p in places}
    for place in places:
        # 在X…举行的E / E在X…召开, X a run of places (北京亦庄, 北京顺义区李遂镇): the most
        # specific region of the run; a park stands for the region it lies in
        if text[max(sentence.start, place.start - 1):place.start] != "在":
            continue
        run = [place]
        while run[-1].end in by_start:
            run.append(by_start[run[-1].end])
        held = _HELD.match(text, run[-1].end)
        if not held or (len(run) == 1 and place.entity.type == "Region"):
            continue
        named = [p.entity for p in run if p.entity.type == "Region"]
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
            if target.entity.type in ("Event", "Project", "Organization"):
                out.add(target.entity, "locatedIn", region, sentence.start, sentence.end,
                        "locatedIn:在X举行", source="text")
    # 唐山…先后引进A、B等16个项目: projects a region brings in are located there
    attract = _ATTRACT.search(text, sentence.start, sentence.end)
    if attract and spans[0].entity.type == "Region" and spans[0].start < attract.start():
        for span in spans:
            if span.entity.type == "Project" and span.start > attract.start():
                out.add(span.entity, "locatedIn", spans[0].entity, sentence.start,
                        sentence.end, "locatedIn:引进", source="text")
    regions = [s for s in spans if s.entity.type in ("Region",)]
    for region in regions:
        if _RELY.match(text, region.end):
            # 秦皇岛依托燕山大学…, 宝坻区依托A和B两大平台: what a place builds on is there
            for span in _actor_run(text, spans, region.end + 2, sentence.end):
                if span.entity.type in _LOCATABLE:
                    out.add(span.entity, "locatedIn", region.entity, sentence.start,
                            sentence.end, "locatedIn:依托", source="text")
        moved = _MOVED_TO.search(text, max(sentence.start, region.start - 4), region.start)
        if moved and moved.end() == region.start:
            # (总部)迁至X / 落户X: where the company now is
            clause = max((c for c, _ in _clauses(text, sentence) if c <= region.start),
                         default=sentence.start)
            movers = [s for s in spans if clause <= s.start and s.end <= moved.start()
                      and s.entity.type in ("Company", "Organization", "Project")
                      and _MOVER_GAP.fullmatch(text, s.end, moved.start())]
            if movers:
                out.add(movers[0].entity, "locatedIn", region.entity, sentence.start,
                        sentence.end, "locatedIn:迁至", source="text")
        held_here = _HELD.match(text, region.end)
        if held_here:
            # 保定市举行汽车零部件产业对接会: the event a place holds
            for span in spans:
                if held_here.end() <= span.start <= held_here.end() + 1 and \
                        span.entity.type == "Event":
                    out.add(span.entity, "locatedIn", region.entity, sentence.start,
                            sentence.end, "locatedIn:X举行", source="text")
        before = text[max(sentence.start, region.start - 3):region.start]
        after = text[region.end:min(sentence.end, region.end + 6)]
        if before.endswith("位于"):
            # 位于X的Y: Y is the next actor after 的
            de = text.find("的", region.end, min(sentence.end, region.end + 4))
            if de >= 0:
                for span in spans:
                    if span.start >= de + 1 and span.start <= de + 2 and \
                            span.entity.type in _LOCATABLE:
                        out.add(span.entity, "locatedIn", region.entity, sentence.start,
                                sentence.end, "locatedIn:位于", source="text")
        build = _BUILD.match(text, region.end)
        if before.endswith("在") and build:
            for span in spans:
                if span.start >= build.end() and span.entity.type in ("Project", "Park"):
                    if not _CLAUSE.search(text, build.end(), span.start):
                        out.add(span.entity, "locatedIn", region.entity, sentence.start,
                                sentence.end, "locatedIn:在X建设", source="text")
                    break
        if before.endswith("在"):
            # E在X召开 (any actor), P在X… (a project, event or body: where it is)
            subject = [s for s in spans if s.end == region.start - 1]
            held = _HELD.match(after.lstrip("整体"))
            for span in subject:
                if (held and span.entity.type in ("Event", *_LOCATABLE)) or \
                        span.entity.type in ("Event", "Project", "Organization", "Cluster"):
                    out.add(span.entity, "locatedIn", region.entity, sentence.start,
                            sentence.end, "locatedIn:在X召开", source="text")
        if before.endswith("在") and _HELD.match(after.lstrip("整体")):
            # 在X举行的E: the event right after 的
            match = _HELD.match(after)
            if match:
                tail = region.end + match.end()
                if text[tail:tail + 1] == "的":
                    for span in spans:
                        if tail + 1 <= span.start <= tail + 2 and span.entity.type in (
                                "Event", *_LOCATABLE):
                            out.add(span.entity, "locatedIn", region.entity, sentence.start,
                                    sentence.end, "locatedIn:在X举行的", source="text")


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


def _settled(text: str, sentence: Sentence, spans: Sequence[_Span], index: _Index,
             out: _Out) -> None:
    parks = [s for s in spans if s.entity.type == "Park"]
    body = text[sentence.start:sentence.end]
    if not parks and re.search(r"入驻|入园|进驻|区内|园内|园区内", body):
        region = next((s for s in spans if s.entity.type == "Region" and
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
            clause = max(a for a, _ in _clauses(text, sentence) if a <= park.start)
            for span in spans:
                if _is_settler(span) and clause <= span.start < park.start:
                    out.add(span.entity, "settledIn", park.entity, sentence.start,
                            sentence.end, "settledIn:与园区签约")
    if not parks:
        return
    # 在PARK， / 走进PARK: the whole sentence happens in the park
    clauses = _clauses(text, sentence)
    first_end = clauses[0][1]
    # 在PARK，… / 走进PARK，…: the whole sentence happens in the park; 在PARK inside a
    # clause is a trigger for that clause
    whole = text.startswith(("在", "走进"), sentence.start) and any(
        p.end <= first_end for p in parks)
    at_park = {a for a, b in clauses for p in parks if a <= p.start < b and text[
        max(sentence.start, p.start - 2):p.start].endswith(("在", "走进", "进"))}
    # "A、B等…转移，在园区集中开工": a 在PARK clause without an actor of its own
    # tells where the actors of the clauses before it went
    for a, b in clauses:
        if a in at_park and not any(a <= s.start < b and _is_settler(s) for s in spans):
            at_park |= {c for c, _ in clauses if c < a}
    inherited = _inherited_triggers(text, clauses, spans)
    built = [s for s in spans if s.mention.rule.startswith("project:")
             and text[s.start - 1:s.start] == "的"]
    for span in spans:
        if not _is_settler(span) or any(
                b.start > span.start and not _CLAUSE.search(text, span.end, b.start)
                for b in built):
            continue    # A与B合作建设的Y…在PARK揭牌: Y settled there, A and B need not
        if not whole:
            c_start, c_end = next(((a, b) for a, b in clauses if a <= span.start < b),
                                  (sentence.start, sentence.end))
            near_park = any(p.end <= span.start and re.fullmatch(
                r"[^,，。;；]{0,8}的", text[p.end:span.start]) for p in parks)
            if not (_SETTLE_TRIGGER.search(text, c_start, c_end) or near_park or
                    c_start in inherited or c_start in at_park):
                continue
        # the park named before the actor in the sentence, else the first one
        before = [p for p in parks if p.start < span.start]
        park = before[-1] if before else parks[0]
        if span.entity is park.entity:
            continue
        out.add(span.entity, "settledIn", park.entity, sentence.start, sentence.end,
                "settledIn:park")


def _is_settler(span: _Span) -> bool:
    """Whether the actor can settle in a park (a dateline's agency cannot)."""
    return span.mention.rule != "publisher" and (
        span.entity.type in _SETTLERS or span.mention.rule.startswith("project:"))


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


def _actor_run(text: str, spans: Sequence[_Span], start: int, end: int) -> list[_Span]:
    """Actors from ``start`` joined by 、/和/及 (an enumeration), up to ``end``."""
    run: list[_Span] = []
    pos = start
    for span in spans:
        if span.start < pos or span.end > end:
            continue
        gap = text[pos:span.start]
        if run and not _JOINER.fullmatch(gap):
            break
        if not run and len(gap) > 12:
            break
        if span.entity.type in ACTORS:
            run.append(span)
            pos = span.end
    return run


def _left_party(text: str, spans: Sequence[_Span], at: int, clause_start: int,
                sentence: Sentence) -> list[_Span]:
    """Who cooperates with what follows 与: the actor right before it, the items of an
    enumeration ending in 等…企业, or (与 opening a clause) the sentence's subject."""
    left = [s for s in spans if clause_start <= s.start and s.end <= at and
            s.entity.type in ACTORS and _ADVERBS.fullmatch(text, s.end, at)]
    if left:
        return left[-1:]
    lead = text[clause_start:at]
    enum = re.search(r"等[^,，。;；:：]{0,15}$", lead)
    if enum:
        end = clause_start + enum.start()
        run = [s for s in spans if s.end <= end and s.start >= clause_start and
               s.entity.type in ACTORS]
        return run
    if not lead.strip() or lead in ("并", "并且", "还", "也", "同时"):
        before = [s for s in spans if s.end <= clause_start and s.entity.type in ACTORS
                  and s.entity.type != "Region" and text[s.start - 1:s.start] not in _AT]
        if lead in ("并", "并且", "还", "也", "同时"):
            return before[-1:]
        return before[:1]
    return []


def _cooperation(text: str, sentence: Sentence, spans: Sequence[_Span],
                 out: _Out) -> None:
    for c_start, c_end in _clauses(text, sentence):
        clause = text[c_start:c_end]
        verb = _COOP_VERB.search(clause)
        if not verb:
            continue
        verb_at = c_start + verb.start()
        for conj in re.finditer(r"[与和同]", clause[: verb.start()]):
            at = c_start + conj.start()
            if any(s.start <= at < s.end for s in spans):
                continue    # 和 inside a name (工业和信息化局)
            left = _left_party(text, spans, at, c_start, sentence)
            if not left:
                continue
            right = _actor_run(text, spans, at + 1, verb_at)
            if not right:
                continue
            # a place is a partner only right before the verb (A将与邢台市共建), not in
            # "与北京、天津的数据中心实现…"
            places_ok = right[-1].end == verb_at and left[0].start >= c_start
            joint = verb.group() in ("联合", "共建")
            for i, a in enumerate([*left, *right] if joint else left):
                for b in right[i if joint else 0:]:
                    if b.entity.type == "Region" and a.entity.type != "Region" and \
                            not places_ok:
                        continue
                    out.add(a.entity, "cooperatesWith", b.entity, sentence.start,
                            sentence.end, "cooperatesWith:与")
            projects = [s for s in spans if s.entity.type == "Project" and s.start > verb_at]
            for project in projects[:1]:
                for party in (*left, *right):
                    out.add(project.entity, "involves", party.entity, sentence.start,
                            sentence.end, "involves:合作")
            break
    body = text[sentence.start:sentence.end]
    ends = {s.end: s for s in spans if s.entity.type in _PARTIES}
    starts = {s.start: s for s in spans if s.entity.type in _PARTIES}
    for match in re.finditer("联合", body):
        # A有限公司联合B分公司打造…: 联合 joining two names
        a = ends.get(sentence.start + match.start())
        b = starts.get(sentence.start + match.end())
        if a is not None and b is not None:
            out.add(a.entity, "cooperatesWith", b.entity, sentence.start, sentence.end,
                    "cooperatesWith:联合")
    for match in _JOINT.finditer(body):
        at = sentence.start + match.start()
        members = [s for s in spans if s.end <= at and s.entity.type in ACTORS]
        enum = [s for s in members if s.mention.rule.startswith("enumeration") or
                text[s.end:s.end + 1] == "、" or text[s.start - 1:s.start] == "、"]
        for i, a in enumerate(enum):
            for b in enum[i + 1:]:
                out.add(a.entity, "cooperatesWith", b.entity, sentence.start,
                        sentence.end, "cooperatesWith:联合")


_PARTIES = frozenset({"Company", "Organization", "GovernmentBody"})


def _built_projects(text: str, sentence: Sentence, spans: Sequence[_Span],
                    out: _Out) -> None:
    """``involves`` for what a sentence says is built (mention rule ``project:<verb>``):
    the companies and bodies of its clause that build it, or else of the clauses before
    it (A与B签约，在X建设Y; A与B合作，双方将共建Y); a place joined to them by 与 or 和 is
    a party too (A将与邢台市共建Y)."""
    clauses = _clauses(text, sentence)
    for project in spans:
        if not project.mention.rule.startswith("project:"):
            continue
        at = next((i for i, (a, b) in enumerate(clauses) if a <= project.start < b), 0)
        # 与PARK签约建设Y / 在PARK建设Y in its clause, or PARK opening a clause before
        # it (PARK规划面积…，正在建设Y)
        park = next((s for s in reversed(spans) if s.entity.type == "Park" and
                     clauses[at][0] <= s.start and s.end <= project.start and
                     not s.mention.rule.startswith("project:")), None)
        if park is None:
            park = next((s for a, _b in reversed(clauses[:at]) for s in spans
                         if s.start == a and s.entity.type == "Park"), None)
        if park is not None and park.entity is not project.entity:
            out.add(project.entity, "settledIn", park.entity, sentence.start, sentence.end,
                    "settledIn:在园区建设")
        for a, _b in reversed(clauses[:at + 1]):
            parties = [s for s in spans if a <= s.start and s.end <= project.start and (
                s.entity.type in _PARTIES or (s.entity.type == "Region" and (
                    text[s.start - 1:s.start] in ("与", "和") or
                    text[s.end:s.end + 1] in ("与", "和"))))
                and text[s.start - 1:s.start] not in _AT]
            if parties:
                for party in parties:
                    out.add(project.entity, "involves", party.entity, sentence.start,
                            sentence.end, "involves:" + project.mention.rule.split(":")[1])
                break


def _signed_at(text: str, sentence: Sentence, spans: Sequence[_Span], index: _Index,
               out: _Out) -> None:
    body = text[sentence.start:sentence.end]
    if not re.search(r"签约|签下|签署|签订", body):
        return
    projects = [s for s in spans if s.entity.type == "Project"]
    if not projects:
        return
    events = [s for s in spans if s.entity.type == "Event" and s.start < projects[0].start]
    event = events[-1] if events else index.last_before(sentence.start, ["Event"], 200)
    if event is None:
        return
    for project in projects:
        out.add(project.entity, "signedAt", event.entity, sentence.start, sentence.end,
                "signedAt:签约")


def _branches(text: str, sentence: Sentence, spans: Sequence[_Span], index: _Index,
              out: _Out) -> None:
    companies = [s for s in spans if s.entity.type == "Company"]
    for match in re.finditer(r"旗下|全资子公司|控股子公司|子公司", text[sentence.start:
                                                                   sentence.end]):
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
        if before and after:
            out.add(after[0].entity, "branchOf", before[-1].entity, sentence.start,
                    sentence.end, f"branchOf:{match.group()}")


def _relocations(text: str, sentence: Sentence, spans: Sequence[_Span], index: _Index,
                 out: _Out) -> None:
    body = text[sentence.start:sentence.end]
    if not _RELOCATE.search(body):
        return
    for match in re.finditer(r"从", body):
        at = sentence.start + match.end()
        region = next((s for s in spans if s.start == at and s.entity.type == "Region"),
                      None)
        if region is None or not _RELOCATE.search(text[region.end:region.end + 8]):
            continue
        subject = next((s for s in spans if s.entity.type == "Company" and
                        s.start < region.start), None)
        if subject is None:
            subject = index.last_before(sentence.start, ["Company"], 300)
        if subject is not None:
            out.add(subject.entity, "relocatedFrom", region.entity, sentence.start,
                    sentence.end, "relocatedFrom:从X迁")
    for region in spans:
        if region.entity.type != "Region":
            continue
        if re.match(r"药企|企业|车企", text[region.end:region.end + 2]) and \
                _RELOCATE.search(text[region.end:sentence.end]):
            for span in spans:
                listed = span.mention.rule.startswith("enumeration") or \
                    text[span.end:span.end + 1] in ("、", "等")
                if span.entity.type == "Company" and span.end <= region.start and listed:
                    out.add(span.entity, "relocatedFrom", region.entity, sentence.start,
                            sentence.end, "relocatedFrom:X企业转移")


def _issued(text: str, sentence: Sentence, spans: Sequence[_Span], out: _Out) -> None:
    policies = [s for s in spans if s.entity.type == "Policy"]
    for policy in policies:
        clause_start = max((c for c, _ in _clauses(text, sentence) if c <= policy.start),
                           default=sentence.start)
        lead = text[clause_start:policy.start]
        verbs = list(_ISSUE.finditer(lead))
        if not verbs:
            continue
        verb = verbs[-1]
        verb_at = clause_start + verb.start()
        issuers = [s for s in spans if clause_start <= s.start and s.end <= verb_at and
                   s.entity.type in ("GovernmentBody", "Organization")]
        for issuer in issuers:
            out.add(policy.entity, "issuedBy", issuer.entity, sentence.start, sentence.end,
                    f"issuedBy:{verb.group()}")
        if not issuers:
            people = [s for s in spans if clause_start <= s.start and s.end <= verb_at and
                      s.entity.type == "Person"]
            for person in people:
                for rel in list(out.items.values()):
                    if rel.s == person.entity.id and rel.p == "worksFor":
                        out.add(policy.entity, "issuedBy", rel.o, sentence.start,
                                sentence.end, f"issuedBy:{verb.group()}")


def _covers(sentence: Sentence, spans: Sequence[_Span], out: _Out) -> None:
    policies = [s for s in spans if s.entity.type == "Policy"]
    if not policies:
        return
    for span in spans:
        if span.entity.type == "Industry" and span.start > policies[0].end:
            policy = [p for p in policies if p.end <= span.start][-1]
            out.add(policy.entity, "coversChain", span.entity, sentence.start, sentence.end,
                    "coversChain:sentence")


_ORG_TYPES = ("Company", "Organization", "GovernmentBody")
_NAMES_BETWEEN = re.compile(r"[ \u3000:：]?(?:[\u4e00-\u9fff]{2,4}、)*")
_GOVERNOR_TITLES = ("市长", "区长", "县长", "省长", "镇长")


def _works_for(text: str, sentence: Sentence, spans: Sequence[_Span], index: _Index,
               out: _Out) -> None:
    from chainkg.mentions import cached_short_forms as short_forms

    companies = index.legal_companies
    for person in spans:
        if person.entity.type != "Person" or not person.mention.rule.startswith("person:"):
            continue
        title = person.mention.rule.split(":", 1)[1]
        title_at = text.rfind(title, max(0, person.start - len(title) - 14), person.start)
        if title_at < 0 or not _NAMES_BETWEEN.fullmatch(text, title_at + len(title),
                                                        person.start):
            continue    # （记者 王明远、赵佳）: every name after the title
        orgs = [s for s in spans if s.end <= title_at and s.entity.type in _ORG_TYPES]
        employer = None
        if orgs:
            gap = text[orgs[-1].end:title_at]
            if len(gap) <= 10 and not re.search(r"[,，。;；:：“”\"()（）]", gap):
                employer = orgs[-1]
        lead = text[max(sentence.start, title_at - 12):title_at]
        bare = re.search(r"(?:公司|企业|集团)[^,，。;；:：“”]{0,8}$", lead)
        if employer is None and bare:
            employer = index.last_before(title_at - len(bare.group()) + 2, ["Company"], 600)
        if employer is None and title in _PRESS_TITLES:
            employer = index.publisher
        if employer is None and title.lstrip("副").startswith(_GOVERNOR_TITLES):
            # 保定市副市长X: the people's government of the place before the title
            place = next((s for s in spans if s.end == title_at and
                          s.entity.type == "Region"), None)
            employer = place and next((s for s in index.spans if s.entity.type ==
                                       "GovernmentBody" and s.entity.name.endswith("政府")
                                       and s.entity.name.startswith(place.entity.name)),
                                      None)
        if employer is None:
            continue
        out.add(person.entity, "worksFor", employer.entity, sentence.start, sentence.end,
                f"worksFor:{title}", roleTitle=title)
        for parent in index.organisations:
            # 天津大学化工学院院长X: X works for the university too
            if parent is not employer.entity and len(parent.name) >= 4 and \
                    employer.entity.name.startswith(parent.name):
                out.add(person.entity, "worksFor", parent, sentence.start, sentence.end,
                        f"worksFor:{title}", roleTitle=title)
        if employer.entity.type != "Company":
            for company in companies:
                if any(len(f) >= 3 and employer.entity.name.startswith(f)
                       for f in short_forms(company.name)):
                    out.add(person.entity, "worksFor", company, sentence.start,
                            sentence.end, f"worksFor:{title}", roleTitle=title)


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
