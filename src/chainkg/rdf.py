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
from decimal import Decimal
from functools import lru_cache
from typing import IO

from rdflib import RDF, RDFS, SKOS, XSD, Graph

from chainkg.iris import article_iri, entity_iri, is_reference_iri, record_iri
from chainkg.model import Extraction
from chainkg.namespaces import CKG, PREFIXES, bind_prefixes

__all__ = [
    "CLASS_OF_TYPE",
    "entity_iris",
    "extraction_graph",
    "extraction_lines",
    "literal",
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


def extraction_lines(ex: Extraction) -> Iterator[str]:
    """The N-Triples lines (without newline) of one article's extraction."""
    doc = ex.doc
    art = _iri(article_iri(doc.id))
    sentence_literals: dict[int, str] = {}

    def provenance(node: str, start: int, end: int, rule: str) -> Iterator[str]:
        sentence = ex.sentence_at(start)
        key = sentence.index if sentence is not None else -1 - start
        text = sentence_literals.get(key)
        if text is None:
            raw = sentence.text if sentence is not None else doc.text[start:end]
            text = sentence_literals[key] = literal(raw.strip())
        yield f"{node} {P['sourceArticle']} {art} ."
        yield f"{node} {P['sentence']} {text} ."
        yield f"{node} {P['startChar']} {literal(str(start), datatype=_NNI)} ."
        yield f"{node} {P['endChar']} {literal(str(end), datatype=_NNI)} ."
        yield f"{node} {P['rule']} {literal(rule)} ."

    yield f"{art} {_TYPE} {_iri(CKG.Article)} ."
    yield f"{art} {_LABEL} {literal(doc.title or doc.id, lang='zh')} ."
    if doc.title:
        yield f"{art} {P['title']} {literal(doc.title, lang='zh')} ."
    if doc.publisher:
        yield f"{art} {P['publisher']} {literal(doc.publisher)} ."
    if doc.published:
        date = literal(doc.published.isoformat(), datatype=_DATE)
        yield f"{art} {P['publishedOn']} {date} ."
    if doc.url:
        yield f"{art} {P['url']} {literal(doc.url, datatype=_ANYURI)} ."
    if doc.content_hash:
        yield f"{art} {P['contentHash']} {literal(doc.content_hash)} ."

    iris = entity_iris(ex)
    for e in ex.entities:
        iri = _iri(iris[e.id])
        if not is_reference_iri(iris[e.id]):  # regions and chains: the reference data
            name = literal(e.name, lang="zh")
            yield f"{iri} {_TYPE} {_CLASS_IRIS[e.type]} ."
            yield f"{iri} {_LABEL} {name} ."
            yield f"{iri} {_PREF} {name} ."
            for alias in e.aliases:
                if alias != e.name:
                    yield f"{iri} {_ALT} {literal(alias, lang='zh')} ."
        for m in e.mentions:
            node = _iri(record_iri(doc.id, "mention", m.start, m.end, iris[e.id]))
            yield f"{node} {_TYPE} {_MENTION} ."
            yield f"{node} {P['denotes']} {iri} ."
            yield f"{node} {P['surfaceForm']} {literal(m.text)} ."
            yield from provenance(node, m.start, m.end, m.rule)

    assertions: set[str] = set()
    facts: set[str] = set()
    for r in ex.relations:
        s = iris.get(r.s)
        o = iris.get(r.o) or (r.o if is_reference_iri(r.o) else None)
        if s is None or o is None:
            continue
        p = _RELATION_IRIS.get(r.p) or _RELATION_IRIS.setdefault(r.p, str(CKG[r.p]))
        yield f"<{s}> <{p}> <{o}> ."
        node = _iri(record_iri(doc.id, "assertion", s, p, o, r.start, r.end))
        assertions.add(node)
        yield f"{node} {_TYPE} {_ASSERTION} ."
        yield f"{node} {_SUBJECT} <{s}> ."
        yield f"{node} {_PREDICATE} <{p}> ."
        yield f"{node} {_OBJECT} <{o}> ."
        if role := r.attrs.get("role"):
            yield f"{node} {P['roleTitle']} {literal(role, lang='zh')} ."
            yield f"{_iri(s)} {P['roleTitle']} {literal(role, lang='zh')} ."
        yield from provenance(node, r.start, r.end, r.rule)

    for f in ex.facts:
        about = iris.get(f.s)
        if about is None:
            continue
        node = _iri(record_iri(doc.id, "fact", about, f.metric, f.value, f.unit, f.start, f.end))
        value = format(Decimal(repr(float(f.value))).normalize(), "f")
        facts.add(node)
        yield f"{node} {_TYPE} {_FACT} ."
        yield f"{node} {P['factAbout']} {_iri(about)} ."
        yield f"{node} {P['metric']} {literal(f.metric, lang='zh')} ."
        yield f"{node} {P['value']} {literal(value, datatype=_DECIMAL)} ."
        yield f"{node} {P['unit']} {literal(f.unit)} ."
        yield f"{node} {P['qualifier']} {literal(f.qualifier)} ."
        if f.text:
            yield f"{node} {P['valueText']} {literal(f.text)} ."
        if f.date:
            yield f"{node} {P['factDate']} {literal(f.date)} ."
        yield from provenance(node, f.start, f.end, f.rule)

    # per-article summaries, so that listing articles needs no count over the records
    for term, count in (("entityCount", len(set(iris.values()))),
                        ("relationCount", len(assertions)), ("factCount", len(facts))):
        yield f"{art} {P[term]} {literal(str(count), datatype=_NNI)} ."


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


def write_turtle(lines: Iterable[str], stream: IO[str]) -> int:
    """Write sorted, unique N-Triples ``lines`` as Turtle grouped by subject; returns the count."""
    for namespace, prefix in sorted((p, n) for n, p in _PREFIXED):
        stream.write(f"@prefix {namespace}: <{prefix}> .\n")
    count = 0
    subject, pairs = None, []

    def flush() -> None:
        if subject is None:
            return
        stream.write("\n" + _compact(subject))
        previous = None
        for i, (p, o) in enumerate(_one_label(pairs)):
            pred = "a" if p == _TYPE else _compact(p)
            if p == previous:
                stream.write(f" ,\n        {_compact(o)}")
            else:
                stream.write((" ;\n    " if i else " ") + f"{pred} {_compact(o)}")
            previous = p
        stream.write(" .\n")

    for line in lines:
        s, p, rest = line.split(" ", 2)
        o = rest[:-2]  # drop " ."
        if s != subject:
            flush()
            subject, pairs = s, []
        pairs.append((p, o))
        count += 1
    flush()
    return count


def turtle_of(ex: Extraction) -> str:
    """One extraction as Turtle text (handy in notebooks and tests)."""
    out = io.StringIO()
    write_turtle(sorted(set(extraction_lines(ex))), out)
    return out.getvalue()
