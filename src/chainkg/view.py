"""The chain maps as networkx graphs, read from the RDF graph through SPARQL.

Every query goes through :func:`chainkg.store.select`, so a map is the same whether
the source is a local ``rdflib.Graph`` or a remote SPARQL endpoint.

A chain map is a ``MultiDiGraph`` whose nodes are IRIs: the chain, its three tiers
(上游 / 中游 / 下游), its segments, the actors placed in them (companies, parks,
clusters, projects, other organisations), each with its region, and the policies and
events linked to them. Edges are keyed by the ontology property's local name and
carry its Chinese label.

>>> from rdflib import Graph
>>> g = Graph().parse(format="turtle", data='''
... @prefix ckg: <https://w3id.org/chainkg/ontology#> .
... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
... @prefix robots: <https://w3id.org/chainkg/chain/robots/> .
... <https://w3id.org/chainkg/chain/robots> a ckg:IndustryChain ; rdfs:label "机器人"@zh .
... robots:upstream a ckg:ChainTier ; rdfs:label "上游"@zh ; ckg:tierRank 1 .
... robots:reducers a ckg:ChainSegment ; rdfs:label "减速器"@zh ; ckg:tier robots:upstream .
... <https://w3id.org/chainkg/id/company/a> a ckg:Company ; rdfs:label "精工减速器"@zh ;
...     ckg:inSegment robots:reducers .
... ''')
>>> m = chain_map(g, "robots")
>>> sorted(data["kind"] for _, data in m.nodes(data=True))
['ChainSegment', 'ChainTier', 'Company', 'IndustryChain']
>>> [(m.nodes[u]["label"], key, label) for u, v, key, label in m.edges(keys=True, data="label")
...  if m.nodes[u]["kind"] == "Company"]
[('精工减速器', 'inSegment', '所属环节')]
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.term import Node

from chainkg.store import Source, select

__all__ = [
    "ACTOR_KINDS",
    "CHAIN_SLUGS",
    "KIND_LABELS_ZH",
    "PROPERTY_LABELS_ZH",
    "PROVINCES",
    "TIER_SLUGS",
    "SourceSentence",
    "chain_iri",
    "chain_layout",
    "chain_map",
    "chain_maps",
    "map_counts",
]

log = logging.getLogger(__name__)

CKG = "https://w3id.org/chainkg/ontology#"
CHAIN_BASE = "https://w3id.org/chainkg/chain/"
REGION_BASE = "https://w3id.org/chainkg/region/"

#: The six chains, in the order the maps are listed.
CHAIN_SLUGS = ("hydrogen", "biomedicine", "industrial-internet", "machine-tools", "nev",
               "robots")
#: Tier slug -> rank, upstream first (the x order of the maps).
TIER_SLUGS = {"upstream": 1, "midstream": 2, "downstream": 3}
#: Province IRI -> the short name the maps and the gap table use.
PROVINCES = {
    REGION_BASE + "110000": "北京",
    REGION_BASE + "120000": "天津",
    REGION_BASE + "130000": "河北",
}
#: Classes of the actors placed in segments.
ACTOR_KINDS = ("Company", "Park", "Cluster", "Project", "OtherOrganization")
#: Node kind -> its name in the legend and the tooltips.
KIND_LABELS_ZH = {
    "IndustryChain": "产业链",
    "ChainTier": "链条层级",
    "ChainSegment": "产业环节",
    "Company": "企业",
    "Park": "园区",
    "Cluster": "产业集群",
    "Project": "项目",
    "OtherOrganization": "机构",
    "Policy": "政策",
    "Event": "活动",
}
#: Property local name -> Chinese label, as in ontology/chainkg.ttl; the labels of the
#: ontology file, then those of the source (if it holds the ontology) take precedence.
PROPERTY_LABELS_ZH = {
    "inChain": "所属产业链",
    "inSegment": "所属环节",
    "tier": "所属层级",
    "locatedIn": "位于",
    "settledIn": "落户",
    "cooperatesWith": "合作",
    "involves": "涉及",
    "signedAt": "签约于",
    "branchOf": "分支机构",
    "relocatedFrom": "迁自",
    "issuedBy": "发布机构",
    "coversChain": "涉及产业链",
    "managedBy": "管理机构",
    "worksFor": "任职于",
}

_PREFIXES = f"""PREFIX ckg: <{CKG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
#: ?a is an actor of ?chain: in one of its segments, or in the chain itself.
_MEMBER = """{ ?a ckg:inChain ?chain } UNION {
      ?a ckg:inSegment ?anySegment .
      FILTER(STRSTARTS(STR(?anySegment), CONCAT(STR(?chain), "/"))) }"""
_ACTOR_TYPES = " ".join(f"ckg:{kind}" for kind in ACTOR_KINDS)

_CHAIN_QUERY = _PREFIXES + """SELECT ?label WHERE {
  OPTIONAL { ?chain rdfs:label ?label } }"""

_SKELETON_QUERY = _PREFIXES + """SELECT ?tier ?rank ?tierLabel ?segment ?segmentLabel WHERE {
  ?tier a ckg:ChainTier .
  FILTER(STRSTARTS(STR(?tier), CONCAT(STR(?chain), "/")))
  OPTIONAL { ?tier ckg:tierRank ?rank }
  OPTIONAL { ?tier rdfs:label ?tierLabel }
  OPTIONAL { ?segment ckg:tier ?tier .
             OPTIONAL { ?segment rdfs:label ?segmentLabel } } }"""

_ACTORS_QUERY = _PREFIXES + f"""SELECT ?a ?type ?label ?segment WHERE {{
  {_MEMBER}
  ?a a ?type . VALUES ?type {{ {_ACTOR_TYPES} }}
  OPTIONAL {{ ?a rdfs:label ?label }}
  OPTIONAL {{ ?a ckg:inSegment ?segment .
             FILTER(STRSTARTS(STR(?segment), CONCAT(STR(?chain), "/"))) }} }}"""

#: Policies and events tied to the chain, or to one of its actors (three queries: rdflib
#: evaluates each branch of a UNION on its own, which is slow here).
_LINKED_QUERIES = tuple(_PREFIXES + f"""SELECT DISTINCT ?a ?type ?label WHERE {{
  VALUES ?type {{ ckg:Policy ckg:Event }} ?a a ?type . {pattern}
  OPTIONAL {{ ?a rdfs:label ?label }} }}""" for pattern in (
    "?a ckg:inChain|ckg:coversChain ?chain .",
    "?a ?p ?x . " + _MEMBER.replace("?a ", "?x "),
    "?x ?p ?a . " + _MEMBER.replace("?a ", "?x ")))

_EDGES_QUERY = _PREFIXES + """SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?type { @TYPES@ ckg:Policy ckg:Event } ?s a ?type .
  ?s ?p ?o . FILTER(isIRI(?o) && STRSTARTS(STR(?p), STR(ckg:))) }"""
_EDGES_QUERY = _EDGES_QUERY.replace("@TYPES@", _ACTOR_TYPES)

_PROPERTY_LABELS_QUERY = _PREFIXES + """SELECT ?p ?label WHERE {
  ?p rdfs:label ?label . FILTER(STRSTARTS(STR(?p), STR(ckg:)) && LANGMATCHES(LANG(?label), "zh"))
}"""

#: Each node's region: its own ckg:locatedIn (direct = 1), else the region of the park
#: it settled in (direct = 0); with the province above it, if any.
_REGIONS_QUERY = _PREFIXES + """SELECT ?a ?region ?regionLabel ?province ?direct WHERE {
  { ?a ckg:locatedIn ?region . BIND(1 AS ?direct) }
  UNION { ?a ckg:settledIn/ckg:locatedIn ?region . BIND(0 AS ?direct) }
  ?a a ?type . VALUES ?type { @TYPES@ ckg:Policy ckg:Event }
  OPTIONAL { ?region rdfs:label ?regionLabel }
  OPTIONAL { ?region ckg:partOfRegion* ?province . VALUES ?province { @PROVINCES@ } } }"""
_REGIONS_QUERY = _REGIONS_QUERY.replace("@TYPES@", _ACTOR_TYPES).replace(
    "@PROVINCES@", " ".join(f"<{iri}>" for iri in PROVINCES))

_SOURCES_QUERY = _PREFIXES + """SELECT DISTINCT ?a ?sentence ?article ?title ?date WHERE {
  ?m ckg:denotes ?a ; ckg:sentence ?sentence ; ckg:sourceArticle ?article .
  ?a a ?type . VALUES ?type { @TYPES@ ckg:Policy ckg:Event }
  OPTIONAL { ?article ckg:title ?title }
  OPTIONAL { ?article ckg:publishedOn ?date } }""".replace("@TYPES@", _ACTOR_TYPES)


@dataclass(frozen=True, order=True)
class SourceSentence:
    """A sentence a node was found in, with its article's title and date.

    >>> s = SourceSentence("九曜智能落户唐山。", "https://w3id.org/chainkg/article/a",
    ...                    "河北日报", "2024-02-24")
    >>> s.date
    '2024-02-24'
    """

    sentence: str
    article: str
    title: str
    date: str


def chain_iri(slug: str) -> URIRef:
    """The IRI of a chain, from its slug.

    >>> chain_iri("robots")
    rdflib.term.URIRef('https://w3id.org/chainkg/chain/robots')
    """
    return URIRef(CHAIN_BASE + slug)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _pick_label(labels: Iterable[Node], fallback: str) -> str:
    """The ``@zh`` label if there is one, else any label, else ``fallback``."""
    ranked = sorted((0 if isinstance(lab, Literal) and (lab.language or "").startswith("zh")
                     else 1, str(lab)) for lab in labels if lab is not None)
    return ranked[0][1] if ranked else fallback


def _property_labels(source: Source) -> dict[str, str]:
    from chainkg.ontology import ontology_graph

    labels = dict(PROPERTY_LABELS_ZH)
    sources: list[Source] = [source]
    try:
        sources.insert(0, ontology_graph())
    except (OSError, SyntaxError) as err:  # no ontology file: keep the built-in labels
        log.warning("chainkg: ontology/chainkg.ttl: %s; using built-in property labels", err)
    for each in sources:
        found: dict[str, list[Node]] = defaultdict(list)
        for row in select(each, _PROPERTY_LABELS_QUERY):
            found[_local(str(row["p"]))].append(row["label"])
        labels.update({name: _pick_label(labs, name) for name, labs in found.items()})
    return labels


def _add_skeleton(g: nx.MultiDiGraph, source: Source, chain: URIRef, props: dict) -> None:
    rows = select(source, _SKELETON_QUERY, {"chain": chain})
    tiers: dict[str, dict] = {}
    segments: dict[str, dict] = {}
    for row in rows:
        tier = str(row["tier"])
        info = tiers.setdefault(tier, {"labels": [], "rank": None})
        info["labels"].append(row.get("tierLabel"))
        if "rank" in row:
            info["rank"] = int(row["rank"].toPython())
        if "segment" in row:
            seg = segments.setdefault(str(row["segment"]), {"labels": [], "tier": tier})
            seg["labels"].append(row.get("segmentLabel"))
    for tier, info in sorted(tiers.items()):
        slug = _local(tier)
        rank = info["rank"] or TIER_SLUGS.get(slug, len(TIER_SLUGS) + 1)
        g.add_node(tier, kind="ChainTier", label=_pick_label(info["labels"], slug),
                   tier=slug, rank=rank)
        g.add_edge(tier, str(chain), key="inChain", label=props["inChain"])
    for segment, info in sorted(segments.items()):
        tier = g.nodes[info["tier"]]
        g.add_node(segment, kind="ChainSegment",
                   label=_pick_label(info["labels"], _local(segment)),
                   tier=tier["tier"], rank=tier["rank"])
        g.add_edge(segment, info["tier"], key="tier", label=props["tier"])


def _add_members(g: nx.MultiDiGraph, source: Source, chain: URIRef, props: dict) -> None:
    found: dict[str, dict] = {}
    for row in select(source, _ACTORS_QUERY, {"chain": chain}):
        info = found.setdefault(str(row["a"]), {"types": set(), "labels": [], "segments": set()})
        info["types"].add(_local(str(row["type"])))
        info["labels"].append(row.get("label"))
        if "segment" in row and str(row["segment"]) in g:
            info["segments"].add(str(row["segment"]))
    linked = [row for query in _LINKED_QUERIES for row in select(source, query, {"chain": chain})]
    for row in linked:
        info = found.setdefault(str(row["a"]), {"types": set(), "labels": [], "segments": set()})
        info["types"].add(_local(str(row["type"])))
        info["labels"].append(row.get("label"))
    for iri, info in sorted(found.items()):
        kind = min(info["types"], key=list(KIND_LABELS_ZH).index)
        segments = sorted(info["segments"])
        first = g.nodes[segments[0]] if segments else {}
        g.add_node(iri, kind=kind, label=_pick_label(info["labels"], _local(iri)),
                   tier=first.get("tier", ""), rank=first.get("rank", 0),
                   segment=segments[0] if segments else "")
        for segment in segments:
            g.add_edge(iri, segment, key="inSegment", label=props["inSegment"])
        if not segments and kind in ACTOR_KINDS:
            g.add_edge(iri, str(chain), key="inChain", label=props["inChain"])


def _add_relations(g: nx.MultiDiGraph, source: Source, props: dict) -> None:
    skip = {"inSegment", "inChain", "tier"}
    rows = sorted((str(r["s"]), _local(str(r["p"])), str(r["o"]))
                  for r in select(source, _EDGES_QUERY))
    for s, p, o in rows:
        if s in g and o in g and p not in skip:
            g.add_edge(s, o, key=p, label=props.get(p, p))


def _add_regions(g: nx.MultiDiGraph, source: Source) -> None:
    found: dict[str, dict[str, dict]] = defaultdict(dict)  # node -> region -> what we know
    for row in select(source, _REGIONS_QUERY):
        iri = str(row["a"])
        if iri not in g:
            continue
        info = found[iri].setdefault(str(row["region"]),
                                     {"direct": 0, "province": "", "labels": []})
        info["direct"] = max(info["direct"], int(row["direct"].toPython()))
        info["province"] = info["province"] or PROVINCES.get(str(row.get("province", "")), "")
        info["labels"].append(row.get("regionLabel"))
    for iri, regions in found.items():
        # prefer the node's own region, then one inside a province, then the first IRI
        region, info = min(regions.items(), key=lambda item: (
            -item[1]["direct"], item[1]["province"] == "", item[0]))
        g.nodes[iri].update(region=region, province=info["province"],
                            region_label=_pick_label(info["labels"], _local(region)))


def _add_sources(g: nx.MultiDiGraph, source: Source) -> None:
    found: dict[str, set[SourceSentence]] = defaultdict(set)
    for row in select(source, _SOURCES_QUERY):
        iri = str(row["a"])
        if iri in g:
            found[iri].add(SourceSentence(
                sentence=str(row["sentence"]), article=str(row["article"]),
                title=str(row.get("title", "")), date=str(row.get("date", ""))))
    for iri, sentences in found.items():
        g.nodes[iri]["sources"] = tuple(sorted(sentences, key=lambda s: (s.date, s.title,
                                                                         s.sentence)))


def _sorted_copy(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The same graph with nodes and edges inserted in a stable order."""
    out = nx.MultiDiGraph(**g.graph)
    out.add_nodes_from(sorted(g.nodes(data=True), key=lambda n: (
        list(KIND_LABELS_ZH).index(n[1]["kind"]), n[1].get("rank", 0), n[0])))
    out.add_edges_from(sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]))
    return out


def chain_map(source: Source, slug: str) -> nx.MultiDiGraph:
    """The map of one chain, read from ``source`` (a graph or an endpoint URL).

    Every node has ``kind``, ``label`` (Chinese), ``tier``, ``rank`` (1-3 from upstream,
    0 for the chain and its policies and events); actors, policies and events also
    ``segment``, ``region``, ``region_label``, ``province`` (北京 / 天津 / 河北 or "")
    and ``sources`` (a tuple of :class:`SourceSentence`); segments have ``actors``
    (how many) and ``empty``. Edges are keyed by property name and have ``label``.
    """
    chain = chain_iri(slug)
    props = _property_labels(source)
    labels = [row.get("label") for row in select(source, _CHAIN_QUERY, {"chain": chain})]
    g = nx.MultiDiGraph(chain=slug, label=_pick_label(labels, slug))
    g.add_node(str(chain), kind="IndustryChain", label=g.graph["label"], tier="", rank=0)
    _add_skeleton(g, source, chain, props)
    _add_members(g, source, chain, props)
    _add_relations(g, source, props)
    _add_regions(g, source)
    _add_sources(g, source)
    for node, data in g.nodes(data=True):
        if data["kind"] in ACTOR_KINDS or data["kind"] in ("Policy", "Event"):
            for attr in ("region", "region_label", "province", "segment"):
                data.setdefault(attr, "")
            data.setdefault("sources", ())
        if data["kind"] == "ChainSegment":
            count = sum(1 for u, _, key in g.in_edges(node, keys=True) if key == "inSegment")
            data.update(actors=count, empty=count == 0)
    return _sorted_copy(g)


def chain_maps(source: Source, slugs: Iterable[str] = CHAIN_SLUGS) -> dict[str, nx.MultiDiGraph]:
    """The maps of several chains (default: all six), by slug."""
    return {slug: chain_map(source, slug) for slug in slugs}


def map_counts(g: nx.MultiDiGraph) -> dict[str, int]:
    """Node counts by kind, plus ``edges`` and ``empty_segments``.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("s", kind="ChainSegment", empty=True)
    >>> map_counts(g)
    {'ChainSegment': 1, 'edges': 0, 'empty_segments': 1}
    """
    counts: dict[str, int] = defaultdict(int)
    for _, data in g.nodes(data=True):
        counts[data["kind"]] += 1
    counts["edges"] = g.number_of_edges()
    counts["empty_segments"] = sum(1 for _, d in g.nodes(data=True) if d.get("empty"))
    return dict(counts)


#: Layout spacing, in vis-network pixels: segment label width, actor cell, rows of at most 3.
_SEGMENT_DX, _SEGMENT_GAP, _ACTOR_DX, _ACTOR_DY, _PER_ROW = 260, 60, 230, 70, 3


def _grid(items: list[str], x0: float, y0: float, pos: dict, per_row: int = _PER_ROW) -> float:
    """Place ``items`` in rows of ``per_row`` from (x0, y0); returns the next free y."""
    for i, node in enumerate(items):
        row, col = divmod(i, per_row)
        pos[node] = (float(x0 + col * _ACTOR_DX), float(y0 + row * _ACTOR_DY))
    rows = -(-len(items) // per_row)
    return y0 + max(rows, 1) * _ACTOR_DY


def chain_layout(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Fixed positions, upstream to downstream from left to right (y grows downwards).

    Each tier is a column, its segments stacked below it and their actors beside them;
    the chain sits above the middle tier; actors in no segment, policies and events
    form a column on the left.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("c", kind="IndustryChain", rank=0)
    >>> g.add_node("t1", kind="ChainTier", rank=1)
    >>> g.add_node("t3", kind="ChainTier", rank=3)
    >>> g.add_node("p", kind="Policy", rank=0)
    >>> pos = chain_layout(g)
    >>> pos["p"][0] < pos["t1"][0] < pos["t3"][0] and pos["c"][1] < pos["t1"][1]
    True
    """
    pos: dict[str, tuple[float, float]] = {}
    chain = None
    members: dict[str, list[str]] = defaultdict(list)
    column0: list[str] = []
    segments: dict[int, list[str]] = defaultdict(list)
    tiers: list[tuple[str, int]] = []
    for node, data in g.nodes(data=True):
        kind = data["kind"]
        if kind == "IndustryChain":
            chain = node
        elif kind == "ChainTier":
            tiers.append((node, data["rank"]))
        elif kind == "ChainSegment":
            segments[data["rank"]].append(node)
        elif data.get("segment") and data["segment"] in g:
            members[data["segment"]].append(node)
        else:
            column0.append(node)
    widest = max((len(nodes) for nodes in members.values()), default=1)
    column_width = _SEGMENT_DX + min(max(widest, 1), _PER_ROW) * _ACTOR_DX + _SEGMENT_GAP
    for node, rank in tiers:
        pos[node] = (float(rank * column_width), 0.0)
    if chain is not None:  # above the middle tier
        ranks = sorted(rank for _, rank in tiers) or [0]
        pos[chain] = (float(ranks[len(ranks) // 2] * column_width), -150.0)
    _grid(sorted(column0, key=lambda n: (g.nodes[n]["kind"], n)), -_ACTOR_DX / 2, -150.0, pos,
          per_row=2)
    for rank, nodes in segments.items():
        y = 120.0
        for segment in nodes:
            x = float(rank * column_width)
            pos[segment] = (x, y)
            y = _grid(members[segment], x + _SEGMENT_DX, y, pos) + _SEGMENT_GAP
    return pos
