"""Turn an :class:`~chainkg.model.Extraction` into RDF, with PROV provenance on every assertion.

Each entity gets one IRI (:mod:`chainkg.iris`); each mention, relation and fact gets a
provenance record naming the article, the sentence, the character span and the rule.

>>> from chainkg.model import Document, Entity, Extraction, Mention, Relation, Sentence
>>> doc = Document(id="demo", text="李亚洲任罗数科技总经理。", norm="李亚洲任罗数科技总经理。")
>>> person = Entity("p", "Person", "李亚洲", mentions=(Mention(0, 3, "李亚洲", "Person", "t"),))
>>> firm = Entity("c", "Company", "罗数科技", mentions=(Mention(4, 8, "罗数科技", "Company", "t"),))
>>> ex = Extraction(doc, (Sentence(0, 0, 12, doc.text),), (person, firm),
...                 (Relation("p", "worksFor", "c", 0, 12, "worksFor:title"),), ())
>>> g = extraction_graph(ex)
>>> len(list(g.subjects(RDF.type, CKG.Assertion)))
1
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef

from chainkg.iris import article_iri, entity_iri, is_reference_iri, record_iri
from chainkg.model import Entity, Extraction, Fact, Mention, Relation
from chainkg.namespaces import CKG, bind_prefixes

__all__ = ["CLASS_OF_TYPE", "entity_iris", "extraction_graph", "merge_graphs"]

#: Annotation entity type -> ontology class.
CLASS_OF_TYPE = {
    "Region": CKG.Region,
    "Park": CKG.Park,
    "Company": CKG.Company,
    "Organization": CKG.OtherOrganization,
    "GovernmentBody": CKG.GovernmentBody,
    "Cluster": CKG.Cluster,
    "Policy": CKG.Policy,
    "Event": CKG.Event,
    "Project": CKG.Project,
    "Person": CKG.Person,
    "Industry": CKG.Industry,
}


def _employers(ex: Extraction) -> dict[str, str]:
    by_id = {e.id: e for e in ex.entities}
    out: dict[str, str] = {}
    for rel in sorted(ex.relations, key=lambda r: (r.start, r.o)):
        if rel.p == "worksFor" and rel.o in by_id and rel.s not in out:
            employer = by_id[rel.o]
            out[rel.s] = employer.key or employer.name
    return out


def entity_iris(ex: Extraction) -> dict[str, URIRef]:
    """Entity id -> IRI. People are told apart by their employer (two 王伟 are two people)."""
    employers = _employers(ex)
    iris = {}
    for e in ex.entities:
        key = e.key or e.name
        if e.type == "Person":
            key = f"{key}@{employers.get(e.id, ex.doc.id)}"
        iris[e.id] = entity_iri(e.type, key)
    return iris


def _provenance(g: Graph, node: URIRef, ex: Extraction, start: int, end: int, rule: str) -> None:
    sentence = ex.sentence_at(start)
    g.add((node, CKG.sourceArticle, article_iri(ex.doc.id)))
    text = sentence.text if sentence is not None else ex.doc.text[start:end]
    g.add((node, CKG.sentence, Literal(text.strip())))
    g.add((node, CKG.startChar, Literal(start, datatype=XSD.nonNegativeInteger)))
    g.add((node, CKG.endChar, Literal(end, datatype=XSD.nonNegativeInteger)))
    g.add((node, CKG.rule, Literal(rule)))


def _article(g: Graph, ex: Extraction) -> None:
    doc, node = ex.doc, article_iri(ex.doc.id)
    g.add((node, RDF.type, CKG.Article))
    g.add((node, RDFS.label, Literal(doc.title or doc.id, lang="zh")))
    if doc.title:
        g.add((node, CKG.title, Literal(doc.title, lang="zh")))
    if doc.publisher:
        g.add((node, CKG.publisher, Literal(doc.publisher)))
    if doc.published:
        g.add((node, CKG.publishedOn, Literal(doc.published.isoformat(), datatype=XSD.date)))
    if doc.url:
        g.add((node, CKG.url, Literal(doc.url, datatype=XSD.anyURI)))
    if doc.content_hash:
        g.add((node, CKG.contentHash, Literal(doc.content_hash)))


def _entity(g: Graph, e: Entity, iri: URIRef) -> None:
    if is_reference_iri(str(iri)):
        return  # regions and chains are described by the reference data
    g.add((iri, RDF.type, CLASS_OF_TYPE[e.type]))
    g.add((iri, RDFS.label, Literal(e.name, lang="zh")))
    g.add((iri, SKOS.prefLabel, Literal(e.name, lang="zh")))
    for alias in e.aliases:
        if alias != e.name:
            g.add((iri, SKOS.altLabel, Literal(alias, lang="zh")))


def _mention(g: Graph, ex: Extraction, m: Mention, iri: URIRef) -> None:
    node = record_iri(ex.doc.id, "mention", m.start, m.end, iri)
    g.add((node, RDF.type, CKG.Mention))
    g.add((node, CKG.denotes, iri))
    g.add((node, CKG.surfaceForm, Literal(m.text)))
    _provenance(g, node, ex, m.start, m.end, m.rule)


def _relation(g: Graph, ex: Extraction, r: Relation, iris: dict[str, URIRef]) -> None:
    s = iris.get(r.s)
    o = iris.get(r.o) or (URIRef(r.o) if is_reference_iri(r.o) else None)
    if s is None or o is None:
        return
    p = CKG[r.p]
    g.add((s, p, o))
    node = record_iri(ex.doc.id, "assertion", s, p, o, r.start, r.end)
    g.add((node, RDF.type, CKG.Assertion))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, p))
    g.add((node, RDF.object, o))
    if role := r.attrs.get("role"):
        g.add((node, CKG.roleTitle, Literal(role, lang="zh")))
        g.add((s, CKG.roleTitle, Literal(role, lang="zh")))
    _provenance(g, node, ex, r.start, r.end, r.rule)


def _fact(g: Graph, ex: Extraction, f: Fact, iris: dict[str, URIRef]) -> None:
    about = iris.get(f.s)
    if about is None:
        return
    node = record_iri(ex.doc.id, "fact", about, f.metric, f.value, f.unit, f.start, f.end)
    g.add((node, RDF.type, CKG.Fact))
    g.add((node, CKG.factAbout, about))
    g.add((node, CKG.metric, Literal(f.metric, lang="zh")))
    value = Decimal(repr(float(f.value))).normalize()
    g.add((node, CKG.value, Literal(format(value, "f"), datatype=XSD.decimal)))
    g.add((node, CKG.unit, Literal(f.unit)))
    g.add((node, CKG.qualifier, Literal(f.qualifier)))
    if f.text:
        g.add((node, CKG.valueText, Literal(f.text)))
    if f.date:
        g.add((node, CKG.factDate, Literal(f.date)))
    _provenance(g, node, ex, f.start, f.end, f.rule)


def extraction_graph(ex: Extraction, graph: Graph | None = None) -> Graph:
    """The RDF of one article's extraction (added to ``graph`` if given)."""
    g = graph if graph is not None else Graph()
    bind_prefixes(g)
    iris = entity_iris(ex)
    _article(g, ex)
    for e in ex.entities:
        _entity(g, e, iris[e.id])
        for m in e.mentions:
            _mention(g, ex, m, iris[e.id])
    for r in ex.relations:
        _relation(g, ex, r, iris)
    for f in ex.facts:
        _fact(g, ex, f, iris)
    return g


def merge_graphs(extractions: Iterable[Extraction]) -> Graph:
    """One graph of many articles; entities with the same IRI merge by construction."""
    g = Graph()
    bind_prefixes(g)
    for ex in extractions:
        extraction_graph(ex, g)
    return g
