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
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter
from typing import IO

from rdflib import RDF, RDFS, SKOS, XSD, Graph

from chainkg.iris import BASE, article_iri, entity_iri_str, is_reference_iri, record_iri_str
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
    if '"' in text or "\\" in text or "\n" in text or "\r" in text:
        text = text.translate(_ESCAPES)
    if lang:
        return f'"{text}"@{lang}'
    if datatype and datatype != _STRING:
        return f'"{text}"^^<{datatype}>'
    return f'"{text}"'


_TYPE, _LABEL = _iri(RDF.type), _iri(RDFS.label)
_PREF, _ALT = _iri(SKOS.prefLabel), _iri(SKOS.altLabel)
_NNI, _STRING = str(XSD.nonNegativeInteger), str(XSD.string)
#: what follows the digits of an xsd:nonNegativeInteger literal
_NNI_END = f'"^^<{_NNI}>'
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
        iris[e.id] = entity_iri_str(e.type, key)
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
    for group in _triple_groups(ex, records=records, iris=iris):
        yield from group


def _provenance_of(ex: Extraction, art: str) -> Callable[[str, int, int, str], list[Triple]]:
    """A function giving a record's provenance triples: article, sentence, span and rule."""
    doc, sentences = ex.doc, ex.sentences
    starts = [s.start for s in sentences]  # as Extraction.sentence_at finds them
    sentence_literals: dict[int, str] = {}
    rule_literals: dict[str, str] = {}

    def provenance(node: str, start: int, end: int, rule: str) -> list[Triple]:
        i = bisect_right(starts, start) - 1
        sentence = sentences[i] if i >= 0 and start < sentences[i].end else None
        key = sentence.index if sentence is not None else -1 - start
        text = sentence_literals.get(key)
        if text is None:
            raw = sentence.text if sentence is not None else doc.text[start:end]
            text = sentence_literals[key] = literal(raw.strip())
        rule_literal = rule_literals.get(rule)
        if rule_literal is None:
            rule_literal = rule_literals[rule] = literal(rule)
        return [(node, _SOURCE_ARTICLE, art), (node, _SENTENCE, text),
                (node, _START_CHAR, f'"{start}{_NNI_END}'),
                (node, _END_CHAR, f'"{end}{_NNI_END}'), (node, _RULE, rule_literal)]

    return provenance


_SOURCE_ARTICLE, _SENTENCE, _RULE = P["sourceArticle"], P["sentence"], P["rule"]
_START_CHAR, _END_CHAR, _ROLE = P["startChar"], P["endChar"], P["roleTitle"]


def _triple_groups(ex: Extraction, *, records: bool = True,
                   iris: dict[str, str] | None = None) -> Iterator[list[Triple]]:
    """The triples of :func:`extraction_triples` in that order, in runs of one subject each.

    A run is the article node, an entity's description, a relation stated (with its
    role), or one provenance record; a subject may have several runs (the article has two).
    """
    doc = ex.doc
    art = _iri(article_iri(doc.id))
    provenance = _provenance_of(ex, art)

    if records:
        yield list(_article_triples(ex, art))

    iris = iris if iris is not None else entity_iris(ex)
    for e in ex.entities:
        key = iris[e.id]
        iri = f"<{key}>"
        if not is_reference_iri(key):  # regions and chains: the reference data
            name = literal(e.name, lang="zh")
            yield [(iri, _TYPE, _CLASS_IRIS[e.type]), (iri, _LABEL, name), (iri, _PREF, name),
                   *((iri, _ALT, literal(alias, lang="zh"))
                     for alias in e.aliases if alias != e.name)]
        if records:
            for m in e.mentions:
                node = f"<{record_iri_str(doc.id, 'mention', m.start, m.end, key)}>"
                yield [(node, _TYPE, _MENTION), (node, P["denotes"], iri),
                       (node, P["surfaceForm"], literal(m.text)),
                       *provenance(node, m.start, m.end, m.rule)]

    assertions: set[str] = set()
    facts: set[str] = set()
    for r in ex.relations:
        s = iris.get(r.s)
        o = iris.get(r.o) or (r.o if is_reference_iri(r.o) else None)
        if s is None or o is None:
            continue
        p = _RELATION_IRIS.get(r.p) or _RELATION_IRIS.setdefault(r.p, str(CKG[r.p]))
        subject, predicate, obj = f"<{s}>", f"<{p}>", f"<{o}>"
        role = r.attrs.get("role")
        role_literal = literal(role, lang="zh") if role else None
        stated = [(subject, predicate, obj)]
        if role_literal:
            stated.append((subject, _ROLE, role_literal))
        yield stated
        if not records:
            continue
        node = f"<{record_iri_str(doc.id, 'assertion', s, p, o, r.start, r.end)}>"
        assertions.add(node)
        record = [(node, _TYPE, _ASSERTION), (node, _SUBJECT, subject),
                  (node, _PREDICATE, predicate), (node, _OBJECT, obj)]
        if role_literal:
            record.append((node, _ROLE, role_literal))
        record += provenance(node, r.start, r.end, r.rule)
        yield record

    if not records:
        return
    for f in ex.facts:
        about = iris.get(f.s)
        if about is None:
            continue
        node = _iri(record_iri_str(doc.id, "fact", about, f.metric, f.value, f.unit,
                                   f.start, f.end))
        value = format(Decimal(repr(float(f.value))).normalize(), "f")
        facts.add(node)
        record = [(node, _TYPE, _FACT), (node, P["factAbout"], _iri(about)),
                  (node, P["metric"], literal(f.metric, lang="zh")),
                  (node, P["value"], literal(value, datatype=_DECIMAL)),
                  (node, P["unit"], literal(f.unit)), (node, P["qualifier"], literal(f.qualifier))]
        if f.text:
            record.append((node, P["valueText"], literal(f.text)))
        if f.date:
            record.append((node, P["factDate"], literal(f.date)))
        record += provenance(node, f.start, f.end, f.rule)
        yield record

    # per-article summaries, so that listing articles needs no count over the records
    yield [(art, P[term], f'"{count}{_NNI_END}')
           for term, count in (("entityCount", len(set(iris.values()))),
                               ("relationCount", len(assertions)), ("factCount", len(facts)))]


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
    """``<https://w3id.org/chainkg/ontology#Park>`` -> ``ckg:Park`` where Turtle allows it.

    Only IRIs and typed literals end in ``>``: anything else stays as it is.

    >>> _compact('"5"^^<http://www.w3.org/2001/XMLSchema#integer>'), _compact('"^^<x"')
    ('"5"^^xsd:integer', '"^^<x"')
    """
    if not term.endswith(">"):  # a plain or language-tagged literal
        return term
    if not term.startswith("<"):  # a typed literal
        body, sep, datatype = term.rpartition("^^")
        return body + "^^" + _compact(datatype) if sep else term
    iri = term[1:-1]
    for namespace, prefix in _PREFIXED:
        if iri.startswith(namespace) and _LOCAL.fullmatch(iri[len(namespace):]):
            return f"{prefix}:{iri[len(namespace):]}"
    return term


#: Record IRIs (``prov/{article}/{kind}/{hash}``) have a slash in any local name a
#: prefix could give them (no prefix lies below ``prov/``, tested), so they stay in
#: full: no need to ask :func:`_compact`, whose cache they would only crowd.
_RECORD_START = f"<{BASE}prov/"


def _turtle_subject(term: str) -> str:
    return term if term.startswith(_RECORD_START) else _compact(term)


_NEXT_PREDICATE = " ;\n    "
#: predicate in N-Triples -> how Turtle starts a new predicate with it: `` ;\n    ckg:rule ``
_PREDICATE_LEADS = {_TYPE: f"{_NEXT_PREDICATE}a "}


def _predicate_lead(term: str) -> str:
    lead = _PREDICATE_LEADS.get(term)
    if lead is None:
        lead = _PREDICATE_LEADS[term] = f"{_NEXT_PREDICATE}{_compact(term)} "
    return lead


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


def _turtle_block(subject: str, pairs: Iterable[tuple[str, str]]) -> tuple[str, int]:
    """A Turtle block of ``pairs`` (sorted; a pair repeated is written once) and their count."""
    terms = []  # what precedes each object (predicate or comma), and the object
    previous_p = previous_o = None
    for p, o in pairs:
        if p != previous_p:
            terms.append(_PREDICATE_LEADS.get(p) or _predicate_lead(p))
        elif o != previous_o:
            terms.append(" ,\n        ")
        else:
            continue
        terms.append(o if o[-1] != ">" else _compact(o))
        previous_p, previous_o = p, o
    if not terms:
        return f"\n{_turtle_subject(subject)} .\n", 0
    terms[0] = " " + terms[0][len(_NEXT_PREDICATE):]  # the first follows the subject
    return f"\n{_turtle_subject(subject)}{''.join(terms)} .\n", len(terms) // 2


def _run_block(run: list[Triple]) -> tuple[str, int]:
    """One subject's triples (any order, at least one) as a Turtle block, and how many
    distinct ones.

    What :func:`_turtle_block` writes, through a template per list of predicates when
    no predicate comes twice (a provenance record, an article).
    """
    template = _TEMPLATES.get(predicates := tuple(map(_PREDICATE_OF, run)))
    if template is None:
        template = _TEMPLATES[predicates] = _template(predicates)
    if not template:  # a predicate comes twice
        return _turtle_block(run[0][0], map(_PAIR, sorted(run)))
    objects = [o if o[-1] != ">" else _compact(o) for _, _, o in run]
    return template.format(_turtle_subject(run[0][0]), *objects), len(run)


def _template(predicates: tuple[str, ...]) -> str:
    """A ``str.format`` template writing a subject ``{0}`` and its objects ``{1}``, ``{2}``, …
    in the order of their ``predicates`` as :func:`_turtle_block` does; "" if one repeats.

    >>> _template((P["rule"], _TYPE))
    '\\n{0} a {2} ;\\n    ckg:rule {1} .\\n'
    """
    if len(set(predicates)) < len(predicates):
        return ""
    leads = sorted((p, _predicate_lead(p).replace("{", "{{").replace("}", "}}"), i + 1)
                   for i, p in enumerate(predicates))
    body = "".join(f"{lead}{{{i}}}" for _, lead, i in leads)
    return f"\n{{0}} {body[len(_NEXT_PREDICATE):]} .\n"


_TEMPLATES: dict[tuple[str, ...], str] = {}
_PREDICATE_OF, _PAIR = itemgetter(1), itemgetter(1, 2)


def write_turtle(lines: Iterable[str], stream: IO[str], *, header: bool = True,
                 triples: list[Triple] | None = None) -> int:
    """Write sorted, unique N-Triples ``lines`` as Turtle grouped by subject; returns the count.

    ``header=False`` leaves out the ``@prefix`` lines, for a part appended to a file
    that has them. ``triples``, if given, receives the triples as written, after each
    subject's labels are merged (what a parser would read back).
    """
    if header:
        write_prefixes(stream)
    count = 0
    subject, pairs = None, []

    def flush() -> None:
        merged = _one_label(pairs)
        if triples is not None:
            triples.extend((subject, p, o) for p, o in merged)
        stream.write(_turtle_block(subject, merged)[0])

    for line in lines:
        s, p, rest = line.split(" ", 2)
        if s != subject:
            if subject is not None:
                flush()
            subject, pairs = s, []
        pairs.append((p, rest[:-2]))  # drop " ."
        count += 1
    if subject is not None:
        flush()
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
    triples: list[Triple] = []
    shared: list[str] = []
    own: dict[str, list[Triple]] = {}  # subject -> its triples; most have one run
    for run in _triple_groups(ex):
        triples += run
        subject = run[0][0]
        if not subject.startswith(OWN_SUBJECTS):
            shared += [f"{s} {p} {o} ." for s, p, o in run]
        elif subject in own:
            own[subject] = own[subject] + run
        else:
            own[subject] = run
    blocks = []
    own_triples = 0
    for subject in sorted(own):
        block, count = _run_block(own[subject])
        blocks.append(block)
        own_triples += count
    return ArticleParts("".join(blocks), own_triples, shared, triples)


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
