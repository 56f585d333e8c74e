"""Turn an :class:`~chainkg.model.Extraction` into RDF, with PROV provenance on every assertion.

Each entity gets one IRI (:mod:`chainkg.iris`); each mention, relation and fact gets a
provenance record naming the article, the sentence, the character span and the rule.

The triples are made as N-Triples lines, plain strings: building a corpus of thousands
of articles then costs string formatting, not rdflib object construction, and
:func:`write_turtle` turns sorted lines into deterministic Turtle.

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

import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import IO

from rdflib import RDF, RDFS, SKOS, XSD, Graph

from chainkg.iris import BASE, article_iri, entity_iri, is_reference_iri, record_iri
from chainkg.model import Extraction
from chainkg.namespaces import CKG, PREFIXES, bind_prefixes

__all__ = [
    "CLASS_OF_TYPE",
    "OWN_SUBJECTS",
    "ArticleParts",
    "article_parts",
    "entity_iris",
    "extraction_graph",
    "extraction_lines",
    "extraction_triples",
    "literal",
    "rename_entities",
    "shared_lines",
    "turtle_of",
    "write_prefixes",
    "write_turtle",
]

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

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _iri(term: str) -> str:
    return f"<{term}>"


def literal(text: str, *, lang: str | None = None, datatype: str | None = None) -> str:
    """A literal in N-Triples syntax.

    >>> literal('他说"好"', lang="zh")
    '"他说\\\\"好\\\\""@zh'
    >>> literal("5", datatype=str(XSD.integer))
    '"5"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    body = '"' + text.translate(_ESCAPES) + '"'
    if lang:
        return f"{body}@{lang}"
    if datatype and datatype != str(XSD.string):
        return f"{body}^^<{datatype}>"
    return body


_TYPE, _LABEL = _iri(RDF.type), _iri(RDFS.label)
_PREF, _ALT = _iri(SKOS.prefLabel), _iri(SKOS.altLabel)
_NNI = str(XSD.nonNegativeInteger)
_MENTION, _ASSERTION, _FACT = _iri(CKG.Mention), _iri(CKG.Assertion), _iri(CKG.Fact)
_SUBJECT, _PREDICATE, _OBJECT = _iri(RDF.subject), _iri(RDF.predicate), _iri(RDF.object)
_DECIMAL, _DATE, _ANYURI = str(XSD.decimal), str(XSD.date), str(XSD.anyURI)
_CLASS_IRIS = {t: _iri(c) for t, c in CLASS_OF_TYPE.items()}
_RELATION_IRIS: dict[str, str] = {}
P = {name: _iri(CKG[name]) for name in (
    "sourceArticle", "sentence", "startChar", "endChar", "rule", "denotes", "surfaceForm",
    "factAbout", "metric", "value", "unit", "qualifier", "valueText", "factDate", "roleTitle",
    "title", "publisher", "publishedOn", "url", "contentHash", "entityCount",
    "relationCount", "factCount",
)}


def _employers(ex: Extraction) -> dict[str, str]:
    by_id = {e.id: e for e in ex.entities}
    out: dict[str, str] = {}
    for rel in sorted(ex.relations, key=lambda r: (r.start, r.o)):
        if rel.p == "worksFor" and rel.o in by_id and rel.s not in out:
            employer = by_id[rel.o]
            out[rel.s] = employer.key or employer.name
    return out


def entity_iris(ex: Extraction) -> dict[str, str]:
    """Entity id -> IRI. People are told apart by their employer (two 王伟 are two people)."""
    employers = _employers(ex)
    iris = {}
    for e in ex.entities:
        key = e.key or e.name
        if e.type == "Person":
            key = f"{key}@{employers.get(e.id, ex.doc.id)}"
        iris[e.id] = str(entity_iri(e.type, key))
    return iris


Triple = tuple[str, str, str]


def extraction_lines(ex: Extraction) -> Iterator[str]:
    """The N-Triples lines (without newline) of one article's extraction."""
    return (f"{s} {p} {o} ." for s, p, o in extraction_triples(ex))


def extraction_triples(ex: Extraction, *, records: bool = True,
                       iris: dict[str, str] | None = None) -> Iterator[Triple]:
    """The triples of one article's extraction, each term in N-Triples syntax.

    ``records=False`` gives only the shared triples: the entities' descriptions and the
    relations stated between them, without the article node and provenance records.
    ``iris`` are the entities' IRIs if already known (see :func:`entity_iris`).
    """
    doc = ex.doc
    art = _iri(article_iri(doc.id))
    sentence_literals: dict[int, str] = {}

    def provenance(node: str, start: int, end: int, rule: str) -> Iterator[Triple]:
        sentence = ex.sentence_at(start)
        key = sentence.index if sentence is not None else -1 - start
        text = sentence_literals.get(key)
        if text is None:
            raw = sentence.text if sentence is not None else doc.text[start:end]
            text = sentence_literals[key] = literal(raw.strip())
        yield (node, P["sourceArticle"], art)
        yield (node, P["sentence"], text)
        yield (node, P["startChar"], f'"{start}"^^<{_NNI}>')
        yield (node, P["endChar"], f'"{end}"^^<{_NNI}>')
        yield (node, P["rule"], literal(rule))

    if records:
        yield from _article_triples(ex, art)

    iris = iris if iris is not None else entity_iris(ex)
    for e in ex.entities:
        iri = _iri(iris[e.id])
        if not is_reference_iri(iris[e.id]):  # regions and chains: the reference data
            name = literal(e.name, lang="zh")
            yield (iri, _TYPE, _CLASS_IRIS[e.type])
            yield (iri, _LABEL, name)
            yield (iri, _PREF, name)
            for alias in e.aliases:
                if alias != e.name:
                    yield (iri, _ALT, literal(alias, lang="zh"))
        if records:
            for m in e.mentions:
                node = _iri(record_iri(doc.id, "mention", m.start, m.end, iris[e.id]))
                yield (node, _TYPE, _MENTION)
                yield (node, P["denotes"], iri)
                yield (node, P["surfaceForm"], literal(m.text))
                yield from provenance(node, m.start, m.end, m.rule)

    assertions: set[str] = set()
    facts: set[str] = set()
    for r in ex.relations:
        s = iris.get(r.s)
        o = iris.get(r.o) or (r.o if is_reference_iri(r.o) else None)
        if s is None or o is None:
            continue
        p = _RELATION_IRIS.get(r.p) or _RELATION_IRIS.setdefault(r.p, str(CKG[r.p]))
        yield (f"<{s}>", f"<{p}>", f"<{o}>")
        role = r.attrs.get("role")
        if role:
            yield (f"<{s}>", P["roleTitle"], literal(role, lang="zh"))
        if not records:
            continue
        node = _iri(record_iri(doc.id, "assertion", s, p, o, r.start, r.end))
        assertions.add(node)
        yield (node, _TYPE, _ASSERTION)
        yield (node, _SUBJECT, f"<{s}>")
        yield (node, _PREDICATE, f"<{p}>")
        yield (node, _OBJECT, f"<{o}>")
        if role:
            yield (node, P["roleTitle"], literal(role, lang="zh"))
        yield from provenance(node, r.start, r.end, r.rule)

    if not records:
        return
    for f in ex.facts:
        about = iris.get(f.s)
        if about is None:
            continue
        node = _iri(record_iri(doc.id, "fact", about, f.metric, f.value, f.unit, f.start, f.end))
        value = format(Decimal(repr(float(f.value))).normalize(), "f")
        facts.add(node)
        yield (node, _TYPE, _FACT)
        yield (node, P["factAbout"], _iri(about))
        yield (node, P["metric"], literal(f.metric, lang="zh"))
        yield (node, P["value"], literal(value, datatype=_DECIMAL))
        yield (node, P["unit"], literal(f.unit))
        yield (node, P["qualifier"], literal(f.qualifier))
        if f.text:
            yield (node, P["valueText"], literal(f.text))
        if f.date:
            yield (node, P["factDate"], literal(f.date))
        yield from provenance(node, f.start, f.end, f.rule)

    # per-article summaries, so that listing articles needs no count over the records
    for term, count in (("entityCount", len(set(iris.values()))),
                        ("relationCount", len(assertions)), ("factCount", len(facts))):
        yield (art, P[term], literal(str(count), datatype=_NNI))


def _article_triples(ex: Extraction, art: str) -> Iterator[Triple]:
    """The article node: its type, label and metadata."""
    doc = ex.doc
    yield (art, _TYPE, _iri(CKG.Article))
    yield (art, _LABEL, literal(doc.title or doc.id, lang="zh"))
    if doc.title:
        yield (art, P["title"], literal(doc.title, lang="zh"))
    if doc.publisher:
        yield (art, P["publisher"], literal(doc.publisher))
    if doc.published:
        yield (art, P["publishedOn"], literal(doc.published.isoformat(), datatype=_DATE))
    if doc.url:
        yield (art, P["url"], literal(doc.url, datatype=_ANYURI))
    if doc.content_hash:
        yield (art, P["contentHash"], literal(doc.content_hash))


def extraction_graph(ex: Extraction) -> Graph:
    """The RDF of one article's extraction, as an rdflib graph."""
    graph = bind_prefixes(Graph())
    graph.parse(data="\n".join(extraction_lines(ex)), format="nt")
    return graph


# --- Turtle from sorted N-Triples lines -------------------------------------------------

_PREFIXED = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda x: -len(x[0]))
_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*|[0-9]+")
_LABEL_LANG = re.compile(r'"(.*)"@zh$')


@lru_cache(maxsize=1 << 16)
def _compact(term: str) -> str:
    """``<https://w3id.org/chainkg/ontology#Park>`` -> ``ckg:Park`` where Turtle allows it."""
    if not term.startswith("<"):
        if "^^<" in term:
            body, _, datatype = term.rpartition("^^")
            return body + "^^" + _compact(datatype)
        return term
    iri = term[1:-1]
    for namespace, prefix in _PREFIXED:
        if iri.startswith(namespace) and _LOCAL.fullmatch(iri[len(namespace):]):
            return f"{prefix}:{iri[len(namespace):]}"
    return term


def _one_label(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Where merged articles gave one subject several Chinese labels, keep the fullest."""
    labels = [o for p, o in pairs if p == _LABEL and _LABEL_LANG.match(o)]
    if len(labels) < 2:
        return pairs
    keep = max(labels, key=lambda o: (len(o), o))
    out = [(p, o) for p, o in pairs if p not in (_LABEL, _PREF) or o == keep
           or not _LABEL_LANG.match(o)]
    out += [(_ALT, o) for o in labels if o != keep]
    out.append((_PREF, keep))
    return sorted(set(out))


def _subject_block(subject: str, pairs: list[tuple[str, str]], *, merge: bool = True) -> str:
    """One subject's triples as a Turtle block; ``pairs`` sorted and unique.

    ``merge`` keeps one label where several articles gave several (see ``_one_label``).
    """
    parts = ["\n", _compact(subject)]
    previous = None
    for i, (p, o) in enumerate(_one_label(pairs) if merge else pairs):
        if p == previous:
            parts.append(f" ,\n        {_compact(o)}")
        else:
            pred = "a" if p == _TYPE else _compact(p)
            parts.append((" ;\n    " if i else " ") + f"{pred} {_compact(o)}")
        previous = p
    parts.append(" .\n")
    return "".join(parts)


def write_turtle(lines: Iterable[str], stream: IO[str], *, header: bool = True) -> int:
    """Write sorted, unique N-Triples ``lines`` as Turtle grouped by subject; returns the count.

    ``header=False`` leaves out the ``@prefix`` lines, for a part appended to a file
    that has them.
    """
    if header:
        write_prefixes(stream)
    count = 0
    subject, pairs = None, []
    for line in lines:
        s, p, rest = line.split(" ", 2)
        if s != subject:
            if subject is not None:
                stream.write(_subject_block(subject, pairs))
            subject, pairs = s, []
        pairs.append((p, rest[:-2]))  # drop " ."
        count += 1
    if subject is not None:
        stream.write(_subject_block(subject, pairs))
    return count


def write_prefixes(stream: IO[str]) -> None:
    """The ``@prefix`` lines that :func:`write_turtle` parts rely on."""
    for namespace, prefix in sorted((p, n) for n, p in _PREFIXED):
        stream.write(f"@prefix {namespace}: <{prefix}> .\n")


#: How the subjects an article owns begin: the article node and its provenance records.
OWN_SUBJECTS = (f"<{BASE}article/", f"<{BASE}prov/")


@dataclass(frozen=True)
class ArticleParts:
    """One article's triples split by owner, ready to be merged into a corpus graph.

    ``own`` is Turtle (without ``@prefix`` lines) about the nodes only this article
    makes: the article itself and its provenance records. ``shared`` are N-Triples
    lines about entities, which other articles may describe too, so a corpus build
    sorts and merges them.
    """

    own: str
    own_triples: int
    shared: list[str]
    #: every triple of the article (own and shared), terms in N-Triples syntax
    triples: list[Triple]


def article_parts(ex: Extraction) -> ArticleParts:
    """The :class:`ArticleParts` of one extraction.

    >>> from chainkg.model import Document, Entity, Extraction, Mention, Sentence
    >>> doc = Document(id="demo", text="保定。", norm="保定。")
    >>> firm = Entity("c", "Company", "罗数科技", mentions=(Mention(0, 2, "罗数", "Company", "t"),))
    >>> parts = article_parts(Extraction(doc, (Sentence(0, 0, 3, doc.text),), (firm,), (), ()))
    >>> parts.own_triples, len(parts.shared)
    (13, 3)
    """
    subjects: dict[str, set[tuple[str, str]]] = {}
    shared = []
    triples = list(extraction_triples(ex))
    for s, p, o in triples:
        if s.startswith(OWN_SUBJECTS):
            subjects.setdefault(s, set()).add((p, o))
        else:
            shared.append(f"{s} {p} {o} .")
    own = "".join(_subject_block(s, sorted(subjects[s]), merge=False) for s in sorted(subjects))
    return ArticleParts(own, sum(map(len, subjects.values())), shared, triples)


def shared_lines(ex: Extraction, iris: dict[str, str] | None = None) -> list[str]:
    """Only the shared lines of :func:`article_parts` (the entities and stated relations)."""
    return [f"{s} {p} {o} ." for s, p, o in extraction_triples(ex, records=False, iris=iris)]


_ENTITY_IRI = re.compile(f"<{re.escape(BASE)}id/[^>]+>")


def rename_entities(turtle: str, renamed: dict[str, str]) -> str:
    """``turtle`` with entity IRIs (``<…/id/…>``, written in full) replaced as ``renamed`` says.

    >>> rename_entities(f"x ckg:denotes <{BASE}id/company/1> .",
    ...                 {f"{BASE}id/company/1": f"{BASE}id/company/2"}).endswith("id/company/2> .")
    True
    """
    if not renamed:
        return turtle
    return _ENTITY_IRI.sub(lambda m: f"<{renamed.get(m[0][1:-1], m[0][1:-1])}>", turtle)


def turtle_of(ex: Extraction) -> str:
    """One extraction as Turtle text (handy in notebooks and tests)."""
    out = io.StringIO()
    write_turtle(sorted(set(extraction_lines(ex))), out)
    return out.getvalue()
