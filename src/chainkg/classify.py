"""Place actors in the six chains (``inChain``) and their segments (``inSegment``).

Evidence, strongest first: the actor's name (…生物医药产业园, …制药…, a chain label or a
segment keyword inside it); the head noun of the enumeration it is listed in ("等18家
氢能产业链企业"); a chain label in its sentence, when the sentence names one chain only
outside the names of other entities (…的天津新松机器人自动化有限公司 does not put the park
before it in 机器人), but not for a park that only hosts (设在PARK, 位于PARK的…: the
sentence speaks of its tenant); the article's dominant chain, for companies, for parks
whose own sentences speak of that chain, and for projects nothing else places (the
signed items of a chain article). Schools are not placed by the subject in their name
(中医药大学); firms named as users or financiers (…钢铁, 首钢集团, …码头, …投资管理…:
:data:`NON_CHAIN_WORDS`) only by a chain in their name, and a firm that buys (采购了30台…,
签订…采购协议; not the seller after 从) neither by the article nor by its sentence. The
objects of ``inChain`` are the article's Industry entities (one per chain); ``inSegment`` relations
point at segment IRIs with ``attrs["kind"] == "segment"``.

>>> from chainkg.text import parse_text
>>> from chainkg.pipeline import extract
>>> ex = extract(parse_text("北京金城泰尔制药有限公司落户沧州，发展生物医药。", "demo"))
>>> names = {e.id: e.name for e in ex.entities}
>>> [(names[r.s], names[r.o]) for r in ex.relations if r.p == "inChain"]
[('北京金城泰尔制药有限公司', '生物医药')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache

from chainkg.lexicon import longest_word_pattern
from chainkg.model import Document, Entity, Relation, Sentence

__all__ = ["NAME_HINTS", "NON_CHAIN_WORDS", "chain_keywords", "classify", "dominant_chain"]

#: Generic words that make a name's chain unambiguous (chain slug).
NAME_HINTS: dict[str, str] = {
    "制药": "biomedicine", "药业": "biomedicine", "医药": "biomedicine",
    "药厂": "biomedicine", "生物医药": "biomedicine", "药企": "biomedicine",
    "氢能": "hydrogen", "燃料电池": "hydrogen", "加氢": "hydrogen", "氢燃料": "hydrogen",
    "工业互联网": "industrial-internet", "机床": "machine-tools", "工业母机": "machine-tools",
    "压力机": "machine-tools", "数控": "machine-tools",
    "生命健康": "biomedicine", "医疗器械": "biomedicine", "生物制药": "biomedicine",
    "机器人": "robots", "汽车": "nev", "整车": "nev", "车企": "nev", "新能源汽车": "nev",
}
#: Name words of firms that use a chain's products or finance it rather than belong to it
#: (a steel mill buying robots, a port running electric trucks, a state investment
#: company co-founding a joint venture): only their name places them in a chain.
NON_CHAIN_WORDS = ("钢铁", "特钢", "钢管", "钢集团", "钢股份", "码头", "港口", "物流", "焦化",
                   "煤业", "水泥", "国有资本", "投资发展", "投资运营", "投资管理", "基金管理",
                   "资产管理", "发展集团",
                   "城投", "城建", "银行", "证券", "保险",
                   # state investment vehicles (…城市建设投资集团, …国有资产经营, …融资担保)
                   "城市建设投资", "城市发展投资", "建设投资集团", "产业投资集团", "产业投资有限",
                   "投资控股有限", "国控投资", "开发区投资", "国有资产", "融资担保", "经济开发集团")
_NON_CHAIN_WORD = re.compile("|".join(map(re.escape, NON_CHAIN_WORDS)))
#: Name endings of schools: a school's subject (中医药大学) is not a chain membership.
_SCHOOL_ENDS = ("大学", "学院", "学校", "医院", "中学", "职业技术大学")
_PLACED = frozenset({"Company", "Project", "Cluster", "Park", "Organization"})
#: A firm that buys (采购了30台加工中心) uses the chain's products: the article does not
#: make it a chain firm.
_BUYS = re.compile(r"[^。;；]{0,24}?(?:采购|购置|购买|订购|选购)")
_SELLS = re.compile(r"[^。;；,，]{0,6}?(?:供应|供货|销售|提供|交付)")
_HOSTED_IN = re.compile(r"(?:落户|落地|入驻|进驻|位于|选址|在)$")
_ENUM_HEAD = re.compile(r"等[^,，。;；]{0,20}?(?:企业|药企|车企|公司|单位|项目|服务商)")
_ENUM_REST = re.compile(r"[^,，。;；]{0,40}?(?=等)")
_BUY_WORD = re.compile(r"采购|购置|购买|订购|选购")


@cache
def chain_keywords() -> tuple[tuple[str, str, str | None], ...]:
    """(keyword, chain slug, segment IRI or None) for labels and segment keywords,
    longest first."""
    from chainkg.ontology import chain_gazetteer

    out: dict[str, tuple[str, str | None]] = {}
    for chain in chain_gazetteer():     # chain labels first: they win over segment keywords
        for label in (chain.label_zh, *chain.alt_labels):
            out.setdefault(label, (chain.slug, None))
    for chain in chain_gazetteer():
        for segment in chain.segments:
            for keyword in (segment.label_zh, *segment.keywords):
                if len(keyword) >= 2 and not keyword.isascii():
                    out.setdefault(keyword, (chain.slug, segment.iri))
    return tuple(sorted(((k, s, seg) for k, (s, seg) in out.items()),
                        key=lambda x: -len(x[0])))


@cache
def _keyword_re() -> re.Pattern[str]:
    return longest_word_pattern(k for k, _, _ in chain_keywords())


@cache
def _keyword_table() -> dict[str, tuple[str, str | None]]:
    return {k: (s, seg) for k, s, seg in chain_keywords()}


def _hits(text: str) -> list[tuple[str, str | None]]:
    table = _keyword_table()
    return [table[m.group()] for m in _keyword_re().finditer(text)]


def _hit_spans(text: str) -> tuple[list[int], list[int], list[tuple[str, str | None]]]:
    """Starts, ends and (chain slug, segment IRI) of the keyword hits in ``text``.

    No keyword holds a sentence end or a space, so the hits of a sentence are the
    hits of the whole text that lie inside it.
    """
    table = _keyword_table()
    starts, ends, hits = [], [], []
    for m in _keyword_re().finditer(text):
        starts.append(m.start())
        ends.append(m.end())
        hits.append(table[m.group()])
    return starts, ends, hits


def dominant_chain(text: str) -> str | None:
    """The chain an article is about: most keyword hits, twice the runner-up.

    >>> dominant_chain("机器人产业链：焊接机器人、巡检机器人与氢能。")
    'robots'
    """
    return _dominant(_hits(text))


def _dominant(hits: Sequence[tuple[str, str | None]]) -> str | None:
    counts = Counter(slug for slug, _ in hits)
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
        return ranked[0][0] if ranked[0][1] >= 3 else None
    return None


@cache
def _label_re() -> re.Pattern[str]:
    labels = [k for k, _, seg in chain_keywords() if seg is None]
    return re.compile("|".join(map(re.escape, labels)))


def _label_hits(text: str) -> set[str]:
    table = _keyword_table()
    return {table[m.group()][0] for m in _label_re().finditer(text)}


@lru_cache(maxsize=4096)
def _name_chains(name: str) -> tuple[str, ...]:
    """The chains a name places its bearer in (cached: names recur across articles).

    >>> _name_chains("北京金城泰尔制药有限公司")
    ('biomedicine',)
    """
    found = _label_hits(name)
    for word, slug in NAME_HINTS.items():
        if word in name:
            found.add(slug)
    if "nev" in found and "hydrogen" in found:
        found.discard("nev")
    return tuple(found)


def classify(doc: Document, entities: Sequence[Entity], relations: Sequence[Relation],
             sentences: Sequence[Sentence] | None = None) -> list[Relation]:
    """``inChain`` and ``inSegment`` relations for the actors of ``doc``."""
    if sentences is None:
        from chainkg.sentences import split_sentences

        sentences = split_sentences(doc)
    chain_entity = {e.attrs.get("chain"): e for e in entities if e.type == "Industry"}
    from chainkg.ontology import chain_by_slug

    def target(slug: str) -> Entity | None:
        return chain_entity.get(chain_by_slug(slug).iri)

    text = doc.norm
    hit_starts, hit_ends, all_hits = _hit_spans(text)
    dominant = _dominant(all_hits)
    masked: list[str] = []     # the text with names blanked, made when first needed
    out: dict[tuple[str, str], Relation] = {}

    def add(entity: Entity, slug: str, start: int, end: int, rule: str) -> None:
        chain = target(slug)
        if chain is not None and (entity.id, chain.id) not in out:
            out[(entity.id, chain.id)] = Relation(entity.id, "inChain", chain.id, start,
                                                  end, rule)

    starts = [s.start for s in sentences]
    segments: dict[tuple[str, str], Relation] = {}
    hits_of: dict[int, list[tuple[str, str | None]]] = {}
    labels_of: dict[int, set[str]] = {}

    def hits_inside(sentence: Sentence) -> list[tuple[str, str | None]]:
        first = bisect_left(hit_starts, sentence.start)
        last = bisect_right(hit_ends, sentence.end, lo=first)
        return all_hits[first:last]

    def sentence_hits(sentence: Sentence) -> list[tuple[str, str | None]]:
        if sentence.index not in hits_of:
            # chains named inside other names (…机器人自动化有限公司) place only those
            hits_of[sentence.index] = hits_inside(sentence)
            if not hits_of[sentence.index]:
                labels_of[sentence.index] = set()   # no keyword, so no chain label either
                return hits_of[sentence.index]
            if not masked:
                masked.append(_mask_names(text, entities))
            labels_of[sentence.index] = _label_hits(masked[0][sentence.start:sentence.end])
        return hits_of[sentence.index]

    def _speaks_of(slug: str, mentions: Sequence) -> bool:
        # a park that hosts (…项目落户PARK, 位于PARK的…) is not placed by the names of
        # the projects it hosts; a park that acts (PARK集中布局…项目) is
        for m in mentions:
            sentence = _sentence_of(sentences, starts, m.start)
            if sentence is None:
                continue
            if _HOSTED_IN.search(text, max(sentence.start, m.start - 3), m.start):
                continue    # 设在PARK / 位于PARK的A: the sentence speaks of A, not the park
            if any(hit == slug for hit, _ in hits_inside(sentence)):
                return True
        return False

    may_buy = _BUY_WORD.search(text) is not None
    for e in entities:
        if e.type not in _PLACED:
            continue
        real = [m for m in e.mentions
                if not m.rule.startswith(("inner:region", "inner:chain", "coref:"))]
        if not real:
            continue
        main = max(real, key=lambda m: m.end - m.start)
        if e.name.endswith(_SCHOOL_ENDS):
            continue
        by_name = _name_chains(e.name)
        for slug in by_name:
            add(e, slug, main.start, main.end, "inChain:name")
        if by_name or _NON_CHAIN_WORD.search(e.name):
            continue
        context: set[str] = set()
        for m in real:
            if m.rule.startswith("enumeration"):
                head = _ENUM_HEAD.match(text, _enum_end(text, m.end))
                if head:
                    context |= _label_hits(head.group()) | {
                        slug for word, slug in NAME_HINTS.items() if word in head.group()}
        if e.type in ("Company", "Project", "Park", "Cluster"):
            for m in real:
                sentence = _sentence_of(sentences, starts, m.start)
                if sentence is None:
                    continue
                hits = sentence_hits(sentence)
                slugs = labels_of[sentence.index]
                if len(slugs) == 1 and not (e.type == "Park" and _HOSTED_IN.search(
                        text, max(sentence.start, m.start - 3), m.start)):
                    context |= slugs
                for slug, seg in hits:
                    if seg and (e.id, seg) not in segments and (
                            slug in context or slug == dominant):
                        segments[(e.id, seg)] = Relation(e.id, "inSegment", seg,
                                                         sentence.start, sentence.end,
                                                         "inSegment:keyword",
                                                         {"kind": "segment"})
        buyer = e.type == "Company" and may_buy and any(
            _BUYS.match(text, m.end) and text[m.start - 1:m.start] not in ("从", "向")
            and not _SELLS.match(text, m.end) for m in real)   # 从A采购: A sells
        if buyer:
            context = set()     # the chain its sentence names is what it bought
        if not context and dominant and not buyer and (e.type == "Company" or (
                e.type == "Park" and _speaks_of(dominant, real))):
            # a park, unlike a company, only where its sentences speak of the chain
            context = {dominant}
            rule = "inChain:article"
        else:
            rule = "inChain:context"
        for slug in context:
            add(e, slug, main.start, main.end, rule)
    # a project is in the chains of the parties it involves, when nothing else places it
    placed = {r.s for r in out.values()}
    chains_of: dict[str, list[str]] = {}
    for r in out.values():
        chains_of.setdefault(r.s, []).append(r.o)
    for r in relations:
        if r.p == "involves" and r.s not in placed:
            for chain_id in chains_of.get(r.o, []):
                key = (r.s, chain_id)
                if key not in out:
                    out[key] = Relation(r.s, "inChain", chain_id, r.start, r.end,
                                        "inChain:involves")
    # a project the article signs or builds, placed by nothing else, is in its chain
    placed = {r.s for r in out.values()}
    if dominant and target(dominant) is not None:
        for e in entities:
            if e.type != "Project" or e.id in placed:
                continue
            real = [m for m in e.mentions if not m.rule.startswith(("inner:", "coref:"))]
            if real and not _NON_CHAIN_WORD.search(e.name):
                add(e, dominant, real[0].start, real[0].end, "inChain:article")
    return [*out.values(), *segments.values()]


def _mask_names(text: str, entities: Sequence[Entity]) -> str:
    """``text`` with every name but the chains' blanked out.

    >>> from chainkg.model import Entity, Mention
    >>> name = Mention(0, 7, "天津机器人公司", "Company", "suffix:公司")
    >>> e = Entity("c", "Company", "天津机器人公司", mentions=(name,))
    >>> _mask_names("天津机器人公司生产机器人", [e]).lstrip("\u3000")
    '生产机器人'
    """
    names = []
    for e in entities:
        if e.type != "Industry":
            for m in e.mentions:
                if not m.rule.startswith(("inner:", "coref:")):
                    names.append((m.start, m.end))
    names.sort()
    pieces = []
    done = 0    # text before ``done`` is in ``pieces``
    for start, end in names:
        start = max(start, done)
        if end <= start:
            continue
        pieces += (text[done:start], "\u3000" * (end - start))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _enum_end(text: str, pos: int) -> int:
    """Skip to the 等 that closes an enumeration starting before ``pos``."""
    match = _ENUM_REST.match(text, pos)
    return match.end() if match else pos


def _sentence_of(sentences: Sequence[Sentence], starts: Sequence[int], offset: int
                 ) -> Sentence | None:
    i = bisect_right(starts, offset) - 1
    if i >= 0 and offset < sentences[i].end:
        return sentences[i]
    return None
