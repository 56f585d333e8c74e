"""SHACL validation of large graphs: ``ontology/shapes.ttl`` evaluated in Python, or as SPARQL.

:func:`chainkg.validate.validate_graph` runs pyshacl, which takes about 0.4 ms per
triple (a second for one article). This module gives the same results (tested on the
shape pairs, the dev articles and mutated articles) with two engines:

- :func:`check_triples` (what the builder and :func:`check_lines` run): the shapes are
  read once per process into plans of Python tests (:func:`planned_shapes`) and
  evaluated in one pass over each subject's triples, grouped by subject, beside the
  ontology and reference data (indexed once per process; only the reference nodes the
  data touches are checked again). Most subjects take a fast path: the subjects with
  the same predicates and types share one (:class:`_FastPath`), under which a subject
  has no results if each of its paths holds one value that passed the same property
  shapes before (in any earlier call, or in this one for shapes that look at types),
  so only new values are tested; any other subject is evaluated in full. Only the
  SPARQL-based constraints need a query engine: each runs on a small Oxigraph store
  holding the triples its patterns can match (read from the query's algebra: its
  constant predicates, and for a variable predicate every triple whose predicate
  another pattern binds it to; everything if neither). On the builder's batches of 16
  articles, each checked once: about 1.0 µs per triple (a third of it Oxigraph loading
  and querying the triples the SPARQL constraints see), 0.65 without the SPARQL
  constraints, 1.3 in the build's workers (1.9, 1.4 and 2.3 before the fast path).
- :func:`load_store`, :func:`check_store`: the shapes compiled to SPARQL SELECT queries
  (:func:`compile_shapes`: one for all value tests of a shape's properties, one for
  all its counts, one per pair or unique-language test, one per SPARQL constraint), run
  on a new in-memory pyoxigraph store with the data, the ontology and the reference
  data (chains, regions): about 7.5 µs per triple (3 to load, 4.5 to query).

``benchmarks/validate.py`` prints the figures. Both return sorted :class:`ShapeResult` s
(:func:`report_of` makes the report); ``sparql=False`` leaves out the SPARQL-based
constraints. The tests assert the two engines give equal results on every graph they
compare with pyshacl.

Supported: targets ``sh:targetClass`` (instances of subclasses too, ``rdfs:subClassOf*``
in the store), ``sh:targetSubjectsOf``, ``sh:targetNode``; predicate paths; the
constraint components ``sh:class``, ``sh:datatype``, ``sh:nodeKind``, ``sh:minCount``,
``sh:maxCount``, ``sh:pattern`` (with ``sh:flags``), ``sh:in``, ``sh:or``,
``sh:minLength``, ``sh:maxLength``, ``sh:languageIn``, ``sh:uniqueLang``,
``sh:minInclusive``, ``sh:maxInclusive``, ``sh:minExclusive``, ``sh:maxExclusive``,
``sh:lessThan``, ``sh:lessThanOrEquals``, ``sh:qualifiedValueShape`` with
``sh:qualifiedMinCount``/``sh:qualifiedMaxCount``, and SPARQL-based constraints
(``sh:sparql`` with ``sh:select``, ``$this``, ``sh:prefixes``/``sh:declare``);
``sh:severity``, ``sh:message``. Any other ``sh:`` term in the shapes graph raises
:class:`~chainkg.errors.ValidationError` naming it and its shape.

Oxigraph stores the derived integer types (``xsd:nonNegativeInteger``, ``xsd:int`` …)
as ``xsd:integer``, which would hide a wrong datatype; their literals are loaded under
private datatype IRIs (:data:`KEPT_DATATYPES`) and compared by value where it matters.
Like rdflib it writes integers and decimals in canonical form (``05`` -> ``5``);
:func:`check_triples` compares literals in the forms a store would hold (found by
loading the typed and tagged literals it has not seen before into a small store), and
reports values as Oxigraph writes them. Blank nodes keep their labels in
:func:`check_triples`; a store renames them.

>>> report = check_lines([
...     '<https://w3id.org/chainkg/prov/demo/mention/1> '
...     '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
...     '<https://w3id.org/chainkg/ontology#Mention> .'])
>>> report.conforms, report.violations
(False, 7)
>>> report.shapes
('https://w3id.org/chainkg/shapes#MentionShape', 'https://w3id.org/chainkg/shapes#ProvenanceShape')
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, lru_cache
from operator import contains

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH, XSD

from chainkg.errors import ValidationError
from chainkg.ontology import REFERENCE_FILES, shapes_graph
from chainkg.paths import ONTOLOGY_DIR
from chainkg.validate import ValidationReport

__all__ = [
    "KEPT_DATATYPES",
    "ShapeResult",
    "check_lines",
    "check_store",
    "check_triples",
    "compile_shapes",
    "compiled_shapes",
    "load_store",
    "plan_shapes",
    "planned_shapes",
    "report_of",
    "triples_of",
]

_XSD = str(XSD)
_KEPT = "urn:chainkg:shapecheck:xsd#"
#: Integer datatypes Oxigraph would store as ``xsd:integer``, with their value range;
#: loaded as ``urn:chainkg:shapecheck:xsd#{name}`` so that their datatype survives.
KEPT_DATATYPES: dict[str, tuple[int | None, int | None]] = {
    "nonNegativeInteger": (0, None), "positiveInteger": (1, None),
    "nonPositiveInteger": (None, 0), "negativeInteger": (None, -1),
    "long": (-2**63, 2**63 - 1), "int": (-2**31, 2**31 - 1),
    "short": (-2**15, 2**15 - 1), "byte": (-128, 127),
    "unsignedLong": (0, 2**64 - 1), "unsignedInt": (0, 2**32 - 1),
    "unsignedShort": (0, 2**16 - 1), "unsignedByte": (0, 255),
}
_KEPT_RE = re.compile(r"\^\^<http://www\.w3\.org/2001/XMLSchema#(" + "|".join(
    sorted(KEPT_DATATYPES, key=len, reverse=True)) + ")>")
#: Datatypes Oxigraph parses: a literal is well-formed if it casts to its datatype.
_CASTABLE = ("integer", "decimal", "double", "float", "boolean", "date", "dateTime", "time")
_PREFIXES = (f"PREFIX rdf: <{RDF}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
             f"PREFIX xsd: <{_XSD}>\n")
_SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
_TEXT_LIMIT = 50
#: Marks the target classes in a compiled query, to be replaced by them and their subclasses.
_SUBCLASSES = "@subclasses@"
_SUBCLASSES_RE = re.compile(f"{_SUBCLASSES}(.*?){_SUBCLASSES}")


@dataclass(frozen=True, order=True)
class ShapeResult:
    """One validation result. Terms are in N-Triples syntax (``<iri>``, ``"text"@zh``).

    ``shape`` is the named shape that reports it (a property shape reports its node
    shape); ``severity`` is ``Violation``, ``Warning`` or ``Info``.
    """

    shape: str
    focus: str
    severity: str
    component: str
    path: str | None = None
    value: str | None = None
    message: str = ""


def _order(result: ShapeResult) -> tuple[str, ...]:
    """The sort key of results: their fields in order, a missing path or value first
    (two results of one focus and component may differ in having one)."""
    return (result.shape, result.focus, result.severity, result.component, result.path or "",
            result.value or "", result.message)


# --- compiling the shapes -------------------------------------------------------------


@dataclass(frozen=True)
class _Test:
    """One value test: its component (``sh:datatype`` …), SPARQL condition, message."""

    component: str
    condition: str
    message: str


@dataclass(frozen=True)
class _Branch:
    """What one (property) shape contributes to a query, and how to report its rows."""

    shape: str
    severity: str
    message: str
    path: str | None = None
    tests: tuple[_Test, ...] = ()
    counts: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class _Query:
    """A compiled query and how to read its rows into results.

    ``kind``: ``values`` (rows: ?this ?value, the branch ?b and a boolean ?ok{b}_{i} per
    test), ``counts`` (?this and ?n{b}, ?q{b}: the number of values, of qualified values),
    ``lang`` (?this ?lang), ``pairs`` (?this ?value), ``sparql`` (a SHACL-SPARQL select,
    run once per focus node with $this bound).
    """

    kind: str
    text: str
    branches: tuple[_Branch, ...]
    component: str = ""
    focus: str = ""


def _term(node) -> str:
    """A shapes-graph term in SPARQL syntax, kept datatypes mapped like the data's."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        text = node.n3()
        return _KEPT_RE.sub(lambda m: f"^^<{_KEPT}{m[1]}>", text)
    raise ValidationError(f"ontology/shapes.ttl: a blank node {node} where a term is needed")


def _value_of(var: str) -> str:
    """A SPARQL expression for the value of ``var`` (kept integer types as xsd:integer)."""
    kept = ", ".join(f"<{_KEPT}{name}>" for name in KEPT_DATATYPES)
    return (f"IF(isLiteral({var}) && datatype({var}) IN ({kept}), "
            f"xsd:integer(str({var})), {var})")


def _datatype_test(datatype: URIRef, var: str) -> str:
    """Well-formed literal of ``datatype`` (a language-tagged string for rdf:langString)."""
    if datatype == RDF.langString:
        return f'(isLiteral({var}) && lang({var}) != "")'
    name = str(datatype)[len(_XSD):] if str(datatype).startswith(_XSD) else None
    if name in KEPT_DATATYPES:
        low, high = KEPT_DATATYPES[name]
        value = f"xsd:integer(str({var}))"
        bounds = " && ".join([f"{value} >= {low}"] * (low is not None)
                             + [f"{value} <= {high}"] * (high is not None))
        return f"(isLiteral({var}) && datatype({var}) = <{_KEPT}{name}> && {bounds})"
    same = f"isLiteral({var}) && datatype({var}) = <{datatype}>"
    if name in _CASTABLE:
        return f"({same} && isLiteral(xsd:{name}(str({var}))))"
    return f"({same})"


_NODE_KINDS = {
    SH.IRI: "isIRI({v})", SH.BlankNode: "isBlank({v})", SH.Literal: "isLiteral({v})",
    SH.BlankNodeOrIRI: "(isIRI({v}) || isBlank({v}))",
    SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
    SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))",
}
_COMPARISONS = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">",
                SH.maxExclusive: "<"}
#: Value tests: the components a shape inside sh:or or sh:qualifiedValueShape may use.
_VALUE_PARAMETERS = {SH["class"], SH.datatype, SH.nodeKind, SH["in"], SH["or"], SH.pattern,
                     SH.flags, SH.minLength, SH.maxLength, SH.languageIn, *_COMPARISONS}
_COUNT_PARAMETERS = {SH.minCount, SH.maxCount, SH.qualifiedValueShape, SH.qualifiedMinCount,
                     SH.qualifiedMaxCount, SH.uniqueLang, SH.lessThan, SH.lessThanOrEquals}
_DESCRIPTIVE = {SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group}
_NODE_SHAPE_PARAMETERS = {SH.targetClass, SH.targetSubjectsOf, SH.targetNode, SH.property,
                          SH.sparql, *_VALUE_PARAMETERS, *_DESCRIPTIVE}
_PROPERTY_SHAPE_PARAMETERS = {SH.path, *_VALUE_PARAMETERS, *_COUNT_PARAMETERS, *_DESCRIPTIVE,
                              SH.targetClass, SH.targetSubjectsOf, SH.targetNode}
_SHAPE_TYPES = {SH.NodeShape, SH.PropertyShape, SH.SPARQLConstraint}


def _top_level_shapes(graph: Graph) -> set:
    """The shapes to evaluate on their own: node shapes, targeted shapes, and property
    shapes that no node shape includes."""
    shapes = set(graph.subjects(RDF.type, SH.NodeShape))
    for target in (SH.targetClass, SH.targetSubjectsOf, SH.targetNode):
        shapes |= {s for s in graph.subjects(target, None)
                   if (None, SH.property, s) not in graph}
    shapes |= {s for s in graph.subjects(RDF.type, SH.PropertyShape)
               if (None, SH.property, s) not in graph and s not in shapes}
    return shapes


class _Compiler:
    """Turns one shapes graph into queries, noting every ``sh:`` triple it understood."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.used: set[tuple[object, object]] = set()
        self.current: URIRef | None = None  # the named shape being compiled

    def fail(self, shape, problem: str) -> ValidationError:
        """The error for ``problem`` in ``shape`` (a blank shape: the named one around it)."""
        if isinstance(shape, BNode) and self.current is not None:
            shape = self.current
        return ValidationError(f"shapes graph: {shape}: {problem}")

    def name(self, term) -> str:
        """``sh:minCount`` for a SHACL term, else the IRI."""
        text = str(term)
        return "sh:" + text[len(str(SH)):] if text.startswith(str(SH)) else text

    def objects(self, node, predicate) -> list:
        self.used.add((node, predicate))
        return list(self.graph.objects(node, predicate))

    def one(self, node, predicate):
        values = self.objects(node, predicate)
        if len(values) > 1:
            raise self.fail(node, f"more than one {self.name(predicate)}")
        return values[0] if values else None

    def items(self, node, predicate) -> list:
        head = self.one(node, predicate)
        return list(Collection(self.graph, head)) if head is not None else []

    def check_parameters(self, node, allowed: set) -> None:
        for predicate in set(self.graph.predicates(node, None)):
            if str(predicate).startswith(str(SH)) and predicate not in allowed:
                raise self.fail(node, f"{self.name(predicate)} is not supported by "
                                      "chainkg.shapecheck")

    # - value tests -

    def value_tests(self, node, var: str = "?value") -> list[_Test]:
        """The tests of one shape that look at one value node at a time."""
        message = self.message(node)
        tests = []
        for cls in self.objects(node, SH["class"]):
            classes = f"{_SUBCLASSES}{_term(cls)}{_SUBCLASSES}"
            tests.append(_Test("ClassConstraintComponent",
                               f"EXISTS {{ VALUES ?type {{ {classes} }} {var} rdf:type ?type }}",
                               message or f"Value is not an instance of {cls}"))
        for datatype in self.objects(node, SH.datatype):
            tests.append(_Test("DatatypeConstraintComponent", _datatype_test(datatype, var),
                               message or f"Value is not a literal with datatype {datatype}"))
        for kind in self.objects(node, SH.nodeKind):
            if kind not in _NODE_KINDS:
                raise self.fail(node, f"unknown sh:nodeKind {kind}")
            tests.append(_Test("NodeKindConstraintComponent", _NODE_KINDS[kind].format(v=var),
                               message or f"Value is not of node kind {kind}"))
        if self.one(node, SH["in"]) is not None:
            members = self.items(node, SH["in"])
            condition = " || ".join(f"sameTerm({var}, {_term(m)})" for m in members)
            tests.append(_Test("InConstraintComponent", f"({condition or 'false'})",
                               message or "Value is not in the list"))
        flags = self.one(node, SH.flags)
        for pattern in self.objects(node, SH.pattern):
            options = f", {_term(Literal(str(flags)))}" if flags is not None else ""
            tests.append(_Test(
                "PatternConstraintComponent",
                f"(!isBlank({var}) && regex(str({var}), {_term(Literal(str(pattern)))}{options}))",
                message or f"Value does not match pattern {pattern}"))
        for predicate, operator, component in ((SH.minLength, ">=", "MinLength"),
                                               (SH.maxLength, "<=", "MaxLength")):
            for length in self.objects(node, predicate):
                tests.append(_Test(f"{component}ConstraintComponent",
                                   f"(!isBlank({var}) && strlen(str({var})) {operator} "
                                   f"{int(length)})",
                                   message or f"Value breaks {component} {length}"))
        if self.one(node, SH.languageIn) is not None:
            ranges = self.items(node, SH.languageIn)
            condition = " || ".join(f"langMatches(lang({var}), {_term(Literal(str(r)))})"
                                    for r in ranges)
            tests.append(_Test("LanguageInConstraintComponent",
                               f"(isLiteral({var}) && ({condition or 'false'}))",
                               message or "Language tag not in the list"))
        for predicate, operator in _COMPARISONS.items():
            name = predicate[len(str(SH)):]
            for bound in self.objects(node, predicate):
                tests.append(_Test(f"{name[0].upper()}{name[1:]}ConstraintComponent",
                                   f"({_value_of(var)} {operator} {_term(bound)})",
                                   message or f"Value is not {operator} {bound}"))
        if self.one(node, SH["or"]) is not None:
            options = [self.inner_condition(member, var) for member in self.items(node, SH["or"])]
            tests.append(_Test("OrConstraintComponent", f"({' || '.join(options) or 'false'})",
                               message or "Value does not conform to any shape in sh:or"))
        return tests

    def inner_condition(self, node, var: str) -> str:
        """A shape in sh:or or sh:qualifiedValueShape, as one condition on ``var``."""
        self.check_parameters(node, _VALUE_PARAMETERS | {SH.message, SH.name, SH.description})
        tests = self.value_tests(node, var)
        return "(" + (" && ".join(f"COALESCE({t.condition}, false)" for t in tests)
                      or "true") + ")"

    def message(self, node) -> str:
        messages = self.objects(node, SH.message)
        return str(messages[0]) if messages else ""

    def severity(self, node) -> str:
        severity = self.one(node, SH.severity)
        if severity is None:
            return "Violation"
        if severity not in _SEVERITIES:
            raise self.fail(node, f"unknown sh:severity {severity}")
        return _SEVERITIES[severity]

    # - shapes -

    def focus(self, node) -> str | None:
        """The SPARQL group binding ?this to each focus node of ``node`` (None: no targets).

        Instances of a target class are found through :data:`_SUBCLASSES`, which
        :func:`check_store` replaces by the classes and their subclasses in the store
        (as for ``sh:class``): a join on ``rdf:type`` costs half ``rdf:type/rdfs:subClassOf*``.
        """
        classes = self.objects(node, SH.targetClass)
        options = [f"{{ VALUES ?class {{ {_SUBCLASSES}{' '.join(_term(c) for c in classes)}"
                   f"{_SUBCLASSES} }} ?this rdf:type ?class }}"] if classes else []
        options += [f"{{ SELECT DISTINCT ?this WHERE {{ ?this {_term(p)} [] }} }}"
                    for p in self.objects(node, SH.targetSubjectsOf)]
        nodes = self.objects(node, SH.targetNode)
        if nodes:
            options.append(f"{{ VALUES ?this {{ {' '.join(_term(n) for n in nodes)} }} }}")
        return " UNION ".join(options) or None

    def node_shape(self, node) -> list[_Query]:
        self.check_parameters(node, _NODE_SHAPE_PARAMETERS)
        if self.graph.value(node, RDF.type) not in (SH.NodeShape, None) or (
                node, RDF.type, URIRef("http://www.w3.org/2000/01/rdf-schema#Class")) in self.graph:
            raise self.fail(node, "implicit class targets are not supported")
        focus = self.focus(node)
        if focus is None:
            return []
        name, severity, message = str(node), self.severity(node), self.message(node)
        values: list[tuple[str, _Branch]] = []
        counts: list[tuple[str, str, _Branch]] = []
        queries: list[_Query] = []
        tests = self.value_tests(node)
        if tests:  # its own query: a branch of a UNION would not see ?this bound
            queries += self.merged(focus, [("BIND (?this AS ?value)", _Branch(
                name, severity, "", None, tuple(tests)))], [])
        for prop in self.objects(node, SH.property):
            if (prop, SH.targetClass, None) in self.graph or (
                    prop, SH.targetSubjectsOf, None) in self.graph or (
                    prop, SH.targetNode, None) in self.graph:
                raise self.fail(name, "a property shape with its own targets inside a node shape")
            queries += self.property_shape(prop, focus, name, values, counts)
        for constraint in self.objects(node, SH.sparql):
            queries += self.sparql_constraint(constraint, focus, name, severity, message)
        return self.merged(focus, values, counts) + queries

    def merged(self, focus: str, values: list[tuple[str, _Branch]],
               counts: list[tuple[str, str, _Branch]]) -> list[_Query]:
        """One query for every value test of a shape, one for every count."""
        queries = []
        if values:
            parts, oks = [], []
            for b, (pattern, branch) in enumerate(values):
                names = [f"?ok{b}_{i}" for i in range(len(branch.tests))]
                binds = " ".join(f"BIND (COALESCE({t.condition}, false) AS {n})"
                                 for t, n in zip(branch.tests, names, strict=True))
                failed = " || ".join(f"!{n}" for n in names)
                parts.append(f"{pattern} BIND ({b} AS ?b) {binds} FILTER ({failed})")
                oks += names
            # one part stays in the focus's group, where ?this is bound (BIND ?this needs it)
            union = parts[0] if len(parts) == 1 else " UNION ".join(f"{{ {p} }}" for p in parts)
            text = f"SELECT ?this ?value ?b {' '.join(oks)} WHERE {{ {focus} {union} }}"
            queries.append(_Query("values", text, tuple(br for _, br in values)))
        if counts:
            parts, aggregates, having = [], [], []
            for b, (predicate, qualified, branch) in enumerate(counts):
                bind = (f" BIND (IF(COALESCE({qualified}, false), ?v{b}, ?none) AS ?qv{b})"
                        if qualified else "")
                parts.append(f"{{ ?this {predicate} ?v{b} .{bind} }}")
                aggregates.append(f"(COUNT(DISTINCT ?v{b}) AS ?n{b})")
                if qualified:
                    aggregates.append(f"(COUNT(DISTINCT ?qv{b}) AS ?q{b})")
                variable = {"minCount": f"?n{b} <", "maxCount": f"?n{b} >",
                            "qualifiedMinCount": f"?q{b} <", "qualifiedMaxCount": f"?q{b} >"}
                having += [f"{variable[key]} {limit}" for key, limit in branch.counts]
            # HAVING cannot see the aliases, so the counts are filtered outside
            text = (f"SELECT * WHERE {{ {{ SELECT ?this {' '.join(aggregates)} WHERE {{ {focus} "
                    f"OPTIONAL {{ {' UNION '.join(parts)} }} }} GROUP BY ?this }} "
                    f"FILTER ({' || '.join(having)}) }}")
            queries.append(_Query("counts", text, tuple(br for _, _, br in counts)))
        return queries

    def property_shape(self, node, focus: str, name: str, values: list, counts: list
                       ) -> list[_Query]:
        """Add the shape's value tests and counts to ``values`` and ``counts``; other queries."""
        self.check_parameters(node, _PROPERTY_SHAPE_PARAMETERS)
        path = self.one(node, SH.path)
        if not isinstance(path, URIRef):
            kinds = sorted({self.name(p) for p in self.graph.predicates(path, None)})
            raise self.fail(name, f"sh:path with {', '.join(kinds) or path}: only predicate "
                                  "paths are supported by chainkg.shapecheck")
        severity, message, p = self.severity(node), self.message(node), _term(path)
        tests = self.value_tests(node)
        if tests:
            values.append((f"?this {p} ?value .",
                           _Branch(name, severity, "", str(path), tuple(tests))))
        limits = tuple((k, int(v)) for k in ("minCount", "maxCount", "qualifiedMinCount",
                                             "qualifiedMaxCount")
                       if (v := self.one(node, SH[k])) is not None)
        qualified = self.one(node, SH.qualifiedValueShape)
        if (qualified is None) != all(k.startswith("m") for k, _ in limits):
            raise self.fail(name, "sh:qualifiedValueShape needs sh:qualifiedMin/MaxCount")
        if self.one(node, SH.qualifiedValueShapesDisjoint) == Literal(True):
            raise self.fail(name, "sh:qualifiedValueShapesDisjoint is not supported")
        if limits:
            condition = self.inner_condition(qualified, f"?v{len(counts)}") if qualified else ""
            counts.append((p, condition,
                           _Branch(name, severity, message, str(path), counts=limits)))
        queries = []
        branch = _Branch(name, severity, message, str(path))
        if self.one(node, SH.uniqueLang) == Literal(True):
            text = (f"SELECT DISTINCT ?this ?lang WHERE {{ {focus} ?this {p} ?v, ?w . "
                    f'FILTER (!sameTerm(?v, ?w) && lang(?v) != "" '
                    f"&& lcase(lang(?v)) = lcase(lang(?w))) BIND (lcase(lang(?v)) AS ?lang) }}")
            queries.append(_Query("lang", text, (branch,), "UniqueLangConstraintComponent"))
        for predicate, operator in ((SH.lessThan, "<"), (SH.lessThanOrEquals, "<=")):
            for other in self.objects(node, predicate):
                text = (f"SELECT ?this ?value WHERE {{ {focus} ?this {p} ?value . "
                        f"?this {_term(other)} ?other . FILTER (!COALESCE("
                        f"{_value_of('?value')} {operator} {_value_of('?other')}, false)) }}")
                component = predicate[len(str(SH)):]
                queries.append(_Query("pairs", text, (branch,), component[0].upper()
                                      + component[1:] + "ConstraintComponent"))
        return queries

    def sparql_constraint(self, node, focus: str, name: str, severity: str,
                          shape_message: str) -> list[_Query]:
        self.check_parameters(node, {SH.select, SH.message, SH.prefixes, SH.severity})
        kind = self.graph.value(node, RDF.type)
        if kind not in (SH.SPARQLConstraint, None):
            raise self.fail(name, f"sh:sparql of type {kind}")
        select = self.one(node, SH.select)
        if select is None:
            raise self.fail(name, "sh:sparql without sh:select")
        prefixes = ""
        for source in self.objects(node, SH.prefixes):
            for declaration in self.objects(source, SH.declare):
                prefix = self.one(declaration, SH.prefix)
                namespace = self.one(declaration, SH.namespace)
                prefixes += f"PREFIX {prefix}: <{namespace}>\n"
        if self.one(node, SH.severity) is not None:
            severity = self.severity(node)
        branch = _Branch(name, severity, self.message(node) or shape_message)
        return [_Query("sparql", prefixes + str(select), (branch,),
                       "SPARQLConstraintComponent", focus=focus)]

    def compile(self) -> tuple[_Query, ...]:
        graph = self.graph
        shapes = _top_level_shapes(graph)
        queries = []
        for shape in sorted(shapes, key=str):
            self.current = shape if isinstance(shape, URIRef) else None
            if (shape, RDF.type, SH.PropertyShape) in graph or (shape, SH.path, None) in graph:
                focus = self.focus(shape)
                if focus is not None:
                    values: list = []
                    counts: list = []
                    queries += self.property_shape(shape, focus, str(shape), values, counts)
                    queries += self.merged(focus, values, counts)
            else:
                queries += self.node_shape(shape)
        for kind in set(graph.objects(None, RDF.type)):
            if str(kind).startswith(str(SH)) and kind not in _SHAPE_TYPES:
                raise self.fail(next(graph.subjects(RDF.type, kind)),
                                f"{self.name(kind)} is not supported by chainkg.shapecheck")
        for s, p, _o in graph:
            if (str(p).startswith(str(SH)) and (s, p) not in self.used
                    and p not in (SH.declare, SH.prefix, SH.namespace)):
                raise self.fail(s, f"{self.name(p)} is not supported by chainkg.shapecheck "
                                "(or not where it is used)")
        return tuple(queries)


def compile_shapes(graph: Graph) -> tuple[_Query, ...]:
    """Compile a SHACL shapes graph; raises ValidationError on anything unsupported."""
    return _Compiler(graph).compile()


@cache
def compiled_shapes() -> tuple[_Query, ...]:
    """``ontology/shapes.ttl`` compiled to SPARQL (cached).

    >>> len(compiled_shapes()) > 25
    True
    """
    return compile_shapes(shapes_graph())


# --- loading and checking -------------------------------------------------------------


def _keep_datatypes(text: str) -> str:
    """Hide the derived integer datatypes from Oxigraph's canonical forms.

    >>> _keep_datatypes('"5"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>')
    '"5"^^<urn:chainkg:shapecheck:xsd#nonNegativeInteger>'
    """
    if "XMLSchema#" not in text:
        return text
    return _KEPT_RE.sub(lambda m: f"^^<{_KEPT}{m[1]}>", text)


@cache
def _reference_ntriples() -> bytes:
    """The ontology and the reference data as N-Triples (read by Oxigraph: 25x rdflib)."""
    text = "".join(
        ox.serialize(ox.parse(path=str(ONTOLOGY_DIR / name), format=ox.RdfFormat.TURTLE),
                     format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        for name in REFERENCE_FILES)
    return _keep_datatypes(text).encode("utf-8")


def load_store(lines: Iterable[str], *, reference: bool = True) -> ox.Store:
    """A new in-memory store holding ``lines`` (N-Triples) and the reference data.

    A line that is not N-Triples raises ValidationError with Oxigraph's message.
    """
    store = ox.Store()
    if reference:
        store.load(_reference_ntriples(), ox.RdfFormat.N_TRIPLES)
    data = "\n".join(lines)
    if data:
        try:
            store.load(_keep_datatypes(data).encode("utf-8"), ox.RdfFormat.N_TRIPLES)
        except SyntaxError as err:
            raise ValidationError(f"not N-Triples: {err}") from err
    return store


def _text_of(term) -> str | None:
    """An Oxigraph term in N-Triples syntax, kept datatypes shown as XSD again."""
    if term is None:
        return None
    text = str(term)
    return text.replace(_KEPT, _XSD) if _KEPT in text else text


def _short(term) -> str:
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _run(store: ox.Store, query: _Query, text: str) -> Iterator[ShapeResult]:
    def result(branch: _Branch, this, component: str, message: str, value=None) -> ShapeResult:
        return ShapeResult(branch.shape, _text_of(this), branch.severity, component,
                           f"<{branch.path}>" if branch.path else None, _text_of(value),
                           message)

    if query.kind == "sparql":
        yield from _run_sparql(store, query, text)
        return
    rows = store.query(_PREFIXES + text)
    if query.kind == "values":
        for row in rows:
            b = int(row["b"].value)
            branch = query.branches[b]
            for i, test in enumerate(branch.tests):
                if row[f"ok{b}_{i}"].value != "true":
                    yield result(branch, row["this"], test.component,
                                 branch.message or test.message, row["value"])
    elif query.kind == "counts":
        for row in rows:
            for b, branch in enumerate(query.branches):
                n = int(row[f"n{b}"].value)
                q = int(row[f"q{b}"].value) if row[f"q{b}"] is not None else 0
                for key, limit in branch.counts:
                    found = n if key in ("minCount", "maxCount") else q
                    too_few = key in ("minCount", "qualifiedMinCount")
                    if (found < limit) if too_few else (found > limit):
                        component = key[0].upper() + key[1:] + "ConstraintComponent"
                        yield result(branch, row["this"], component, branch.message
                                     or f"sh:{key} {limit}: {found} values")
    elif query.kind == "lang":
        for row in rows:
            yield result(query.branches[0], row["this"], query.component,
                         query.branches[0].message
                         or f"more than one value with language {row['lang'].value}")
    else:  # pairs
        for row in rows:
            yield result(query.branches[0], row["this"], query.component,
                         query.branches[0].message or "the value is not below the other",
                         row["value"])


_TEMPLATE = re.compile(r"\{[?$]([A-Za-z_][A-Za-z_0-9]*)\}")


def _run_sparql(store: ox.Store, query: _Query, focus: str) -> Iterator[ShapeResult]:
    focus_rows = store.query(_PREFIXES + f"SELECT DISTINCT ?this WHERE {{ {focus} }}")
    return _sparql_results(store, query, [row["this"] for row in focus_rows])


def _sparql_results(store: ox.Store, query: _Query, nodes: Iterable) -> Iterator[ShapeResult]:
    """The results of a SPARQL constraint, run once per focus node (an Oxigraph term)."""
    branch = query.branches[0]
    for node in nodes:
        rows = store.query(query.text, substitutions={ox.Variable("this"): node})
        names = [v.value for v in rows.variables]
        for row in rows:
            bound = {name: row[name] for name in names if row[name] is not None}
            if "failure" in bound and bound["failure"].value == "true":
                raise ValidationError(f"{branch.shape}: the SPARQL constraint reported a failure")
            message = _TEMPLATE.sub(
                lambda m, b=bound: _short(b[m[1]]) if m[1] in b else m[0], branch.message)
            yield ShapeResult(branch.shape, _text_of(bound.get("this", node)), branch.severity,
                              query.component, _text_of(bound.get("path")),
                              _text_of(bound.get("value", node)), message)


def _with_subclasses(store: ox.Store, queries: tuple[_Query, ...]) -> list[tuple[_Query, str]]:
    """Each query with its target classes replaced by them and their subclasses in ``store``."""
    targets = {c for q in queries for group in _SUBCLASSES_RE.findall(q.focus or q.text)
               for c in group.split()}
    subclasses = {c: {c} for c in targets}
    if targets:
        rows = store.query(f"SELECT ?class ?sub WHERE {{ VALUES ?class {{ {' '.join(targets)} }} "
                           "?sub <http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?class }")
        for row in rows:
            subclasses[str(row["class"])].add(str(row["sub"]))

    def expand(match: re.Match) -> str:
        return " ".join(sorted({s for c in match[1].split() for s in subclasses[c]}))

    return [(q, _SUBCLASSES_RE.sub(expand, q.focus or q.text)) for q in queries]


def check_store(store: ox.Store, *, sparql: bool = True,
                queries: tuple[_Query, ...] | None = None,
                timings: dict[str, float] | None = None) -> list[ShapeResult]:
    """The results of the shapes (default: shapes.ttl) on everything in ``store``, sorted.

    ``sparql=False`` leaves out the SPARQL-based constraints. A ``timings`` dict gets
    the seconds spent per query added, under ``"{shape} {kind}"`` (for benchmarks).
    """
    chosen = tuple(q for q in (compiled_shapes() if queries is None else queries)
                   if sparql or q.kind != "sparql")
    results: set[ShapeResult] = set()
    for query, text in _with_subclasses(store, chosen):
        started = time.perf_counter()
        results.update(_run(store, query, text))
        if timings is not None:
            key = f"{query.branches[0].shape.rsplit('#', 1)[-1]} {query.kind}"
            timings[key] = timings.get(key, 0.0) + time.perf_counter() - started
    return sorted(results, key=_order)


def report_of(results: list[ShapeResult]) -> ValidationReport:
    """A :class:`~chainkg.validate.ValidationReport` listing the first 50 results.

    >>> report_of([]).summary()
    'conforms'
    """
    violations = sum(1 for r in results if r.severity == "Violation")
    conforms = violations == 0
    lines = ["Validation Report (chainkg.shapecheck)", f"Conforms: {conforms}",
             f"Results ({len(results)}):"]
    for r in results[:_TEXT_LIMIT]:
        lines.append(f"{r.severity} in {r.shape} ({r.component})")
        lines.append(f"  focus node: {r.focus}")
        if r.path:
            lines.append(f"  path: {r.path}")
        if r.value and r.value != r.focus:
            lines.append(f"  value: {r.value}")
        if r.message:
            lines.append(f"  message: {r.message}")
    if len(results) > _TEXT_LIMIT:
        lines.append(f"... and {len(results) - _TEXT_LIMIT} more")
    shapes = tuple(sorted({r.shape for r in results}))
    return ValidationReport(conforms, "\n".join(lines) + "\n", len(results), violations, shapes)


def check_lines(lines: Iterable[str], *, sparql: bool = True) -> ValidationReport:
    """Validate N-Triples ``lines`` (as ``extraction_lines`` makes them) beside the reference.

    Warnings (``sh:Warning``) are reported but do not make the graph fail. A line that
    is not N-Triples raises ValidationError. Runs :func:`check_triples`.
    """
    return report_of(check_triples(triples_of(lines), sparql=sparql))


# possessive runs (++, *+): a line that does not match fails at once, without backtracking
_IRI = r"<(?:[^\x00-\x20<>\"{}|^`\\]++|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*+>"
_BLANK = r"_:(?:[^\s<>\".]++|\.(?=[^\s<>\".]))++"
_LITERAL = (r'"(?:[^"\\\n\r]++|\\[tbnrf"\'\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*+"'
            rf"(?:@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*|\^\^{_IRI})?")
_IRI_RE = re.compile(_IRI)
_NT_LINE = re.compile(rf"[ \t]*({_IRI}|{_BLANK})[ \t]*({_IRI})[ \t]*({_IRI}|{_BLANK}|{_LITERAL})"
                      r"[ \t]*\.[ \t]*(?:#.*)?")


_SUBJECT = re.compile(f"{_IRI}|{_BLANK}")
_OBJECT = re.compile(f"{_IRI}|{_BLANK}|{_LITERAL}")
_CHECKED: set[str] = set()  # terms already found well-formed


def triples_of(lines: Iterable[str]) -> Iterator[tuple[str, str, str]]:
    """The (subject, predicate, object) terms of N-Triples lines; ValidationError if not.

    A line as ``extraction_lines`` writes it (one space between terms, `` .`` at the
    end) is split, and each term not seen before matched; other lines are parsed whole.

    >>> list(triples_of(['<urn:a> <urn:b> "c d"@zh .', "# a comment", "",
    ...                  '_:x  <urn:b>  "e" . # spaced']))
    [('<urn:a>', '<urn:b>', '"c d"@zh'), ('_:x', '<urn:b>', '"e"')]
    """
    checked = _CHECKED
    if len(checked) > 1_000_000:
        checked.clear()
    for number, line in enumerate(lines, 1):
        if line[-2:] == " .":
            parts = line[:-2].split(" ", 2)
            if len(parts) == 3:
                s, p, o = parts
                if o in checked and s in checked and p in checked:
                    yield s, p, o
                    continue
                if (_SUBJECT.fullmatch(s) and _IRI_RE.fullmatch(p) and _OBJECT.fullmatch(o)):
                    checked.update(parts)
                    yield s, p, o
                    continue
        found = _NT_LINE.fullmatch(line)
        if found is None:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            raise ValidationError(f"not N-Triples: line {number}: {line[:80]}")
        yield found.groups()


# --- the Python engine: the shapes evaluated per subject, without a store -----------------
#
# The same shapes, read into plans of Python tests (_Planner, beside the SPARQL compiler),
# evaluated in one pass over each subject's triples grouped by subject. Only the SPARQL
# constraints run on Oxigraph, over the triples their patterns can match (_View).

#: A subject's triples: predicate -> its object, or its objects if several (a tuple; a list
#: in the reference index). Most predicates have one object: no tuple to make, hold, free.
_Props = dict[str, str | Sequence[str]]
_RDF_TYPE = f"<{RDF.type}>"
_SUBCLASS_OF = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
_STRING = f"{_XSD}string"
_LANG_STRING = str(RDF.langString)
_KEPT_IRIS = {f"{_XSD}{name}": bounds for name, bounds in KEPT_DATATYPES.items()}
_KEPT_SUFFIXES = tuple(f"#{name}>" for name in KEPT_DATATYPES)
_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[tbnrf\"'\\])")
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_TIMEZONE = r"(Z|[+-](?:0[0-9]|1[0-3]):[0-5][0-9]|[+-]14:00)?"
_DATE = r"(-?[0-9]{4,})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
_TIME = r"(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?|24:00:00(?:\.0+)?"
_NUMBER = r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"
#: The lexical space of the datatypes a literal must parse as (``xsd:date("…")`` casts).
_LEXICAL = {f"{_XSD}{name}": re.compile(pattern) for name, pattern in {
    "integer": "[+-]?[0-9]+", "decimal": _NUMBER,
    "double": f"{_NUMBER}(?:[eE][+-]?[0-9]+)?|[+-]?INF|NaN",
    "float": f"{_NUMBER}(?:[eE][+-]?[0-9]+)?|[+-]?INF|NaN",
    "boolean": "true|false|1|0", "date": _DATE + _TIMEZONE,
    "dateTime": f"{_DATE}T(?:{_TIME}){_TIMEZONE}", "time": f"(?:{_TIME}){_TIMEZONE}"}.items()}
_INTEGER = _LEXICAL[f"{_XSD}integer"]


def _objects(props: _Props, predicate: str) -> Sequence[str]:
    """The objects of ``predicate`` in ``props``, always a sequence.

    >>> _objects({"<p>": "<a>", "<q>": ("<b>", "<c>")}, "<p>"), _objects({}, "<p>")
    (('<a>',), ())
    """
    found = props.get(predicate, ())
    return (found,) if found.__class__ is str else found  # type: ignore[return-value]


def _unescape(text: str) -> str:
    """The string an N-Triples string body stands for.

    >>> _unescape(r'say \\"hi\\"\\u00e9')
    'say "hi"é'
    """
    return _ESCAPE.sub(lambda m: chr(int(m[1][1:], 16)) if m[1][0] in "uU"
                       else _ECHARS[m[1]], text)


@lru_cache(maxsize=1 << 16)
def _parts(literal: str) -> tuple[str, str, str]:
    """(lexical form, datatype IRI, language) of a literal in N-Triples syntax.

    >>> _parts('"5"^^<http://www.w3.org/2001/XMLSchema#integer>')
    ('5', 'http://www.w3.org/2001/XMLSchema#integer', '')
    >>> _parts('"北京"@zh')
    ('北京', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString', 'zh')
    """
    end = literal.rfind('"')
    lexical = literal[1:end]
    if "\\" in lexical:
        lexical = _unescape(lexical)
    rest = literal[end + 1:]
    if not rest:
        return lexical, _STRING, ""
    if rest[0] == "@":
        return lexical, _LANG_STRING, rest[1:]
    return lexical, rest[3:-1], ""


def _well_formed(lexical: str, datatype: str) -> bool:
    """Whether ``lexical`` is in the lexical space of ``datatype`` (if this module knows it)."""
    pattern = _LEXICAL.get(datatype)
    if pattern is None:
        return True
    match = pattern.fullmatch(lexical)
    if match is None:
        return False
    if datatype in (f"{_XSD}date", f"{_XSD}dateTime"):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return day <= (29 if leap else 28) if month == 2 else day <= 30 + (
            month in (1, 3, 5, 7, 8, 10, 12))
    return True


def _comparable(term: str) -> tuple[str, object] | None:
    """A literal's value for SPARQL's ``<``, ``<=`` …: (kind, value); None if not comparable."""
    if term[0] != '"':
        return None
    lexical, datatype, _lang = _parts(term)
    if datatype == _STRING:
        return "string", lexical
    if datatype in _KEPT_IRIS or datatype == f"{_XSD}integer":
        return ("number", int(lexical)) if _INTEGER.fullmatch(lexical) else None
    if not _well_formed(lexical, datatype):
        return None
    if datatype == f"{_XSD}decimal":
        return "number", Decimal(lexical)
    if datatype in (f"{_XSD}double", f"{_XSD}float"):
        return "number", float(lexical.replace("INF", "inf"))
    if datatype in (f"{_XSD}date", f"{_XSD}dateTime") and not lexical.endswith("Z") and (
            "+" not in lexical and lexical.count("-") == 2):
        return datatype, lexical
    return None


_OPERATORS: dict[str, Callable[[object, object], bool]] = {
    "<": lambda a, b: a < b, "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}


_COMPARABLES: dict[str, tuple[str, object] | None] = {}
_COMPARED: set[tuple[str, str, str]] = set()  # (left, operator, right) found true


def _compare(left: str, operator: str, right: str) -> bool:
    """SPARQL ``left operator right`` on two terms; an error (not comparable) is False."""
    memo = _COMPARABLES
    if left in memo:
        a = memo[left]
    else:
        if len(memo) > 100_000:
            memo.clear()
        a = memo[left] = _comparable(left)
    b = memo[right] if right in memo else _comparable(right)
    if a is None or b is None or a[0] != b[0]:
        return False
    try:
        return _OPERATORS[operator](a[1], b[1])
    except (TypeError, ArithmeticError):
        return False


def _lang_matches(lang: str, ranges: tuple[str, ...]) -> bool:
    """SPARQL langMatches on a literal's language against any of ``ranges`` (lower case)."""
    if not lang:
        return False
    lang = lang.lower()
    return any(r == "*" or lang == r or lang.startswith(r + "-") for r in ranges)


@dataclass(frozen=True, eq=False)  # hashed by identity: fast
class _Check:
    """One test of one value: its component, its message, and ``ok(term, context)``.

    ``contextual``: the answer depends on the graph (the value's types: ``sh:class``),
    not on the value alone.
    """

    component: str
    message: str
    ok: Callable[[str, _Context], bool]
    contextual: bool = False


@dataclass(frozen=True, eq=False)  # hashed by identity: fast
class _PropertyPlan:
    """A property shape: the tests of each value of ``path`` and of the values together."""

    shape: str
    severity: str
    message: str
    path: str
    checks: tuple[_Check, ...] = ()
    counts: tuple[tuple[str, int], ...] = ()
    qualified: tuple[_Check, ...] | None = None
    unique_lang: bool = False
    pairs: tuple[tuple[str, str, str], ...] = ()  # (component, other path, operator)

    @property
    def contextual(self) -> bool:
        """Whether a value's failures depend on the graph (see :class:`_Check`)."""
        return any(c.contextual for c in (*self.checks, *(self.qualified or ())))


@dataclass(frozen=True, eq=False)  # hashed by identity: fast
class _ShapePlan:
    """A named shape: its targets, the tests of its focus nodes, its SPARQL constraints."""

    shape: str
    severity: str
    classes: tuple[str, ...] = ()
    subjects_of: tuple[str, ...] = ()
    nodes: tuple[str, ...] = ()
    checks: tuple[_Check, ...] = ()
    properties: tuple[_PropertyPlan, ...] = ()
    sparql: tuple[_Query, ...] = ()


def _nt(node) -> str:
    """A shapes-graph IRI or literal in N-Triples syntax, as the data has it."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        return node.n3()
    raise ValidationError(f"ontology/shapes.ttl: a blank node {node} where a term is needed")


#: sh:nodeKind -> ``ok(term, context)``
_NODE_KIND_TESTS: dict[object, Callable[[str, _Context], bool]] = {
    SH.IRI: lambda t, _c: t[0] == "<", SH.BlankNode: lambda t, _c: t[0] == "_",
    SH.Literal: lambda t, _c: t[0] == '"', SH.BlankNodeOrIRI: lambda t, _c: t[0] != '"',
    SH.BlankNodeOrLiteral: lambda t, _c: t[0] != "<",
    SH.IRIOrLiteral: lambda t, _c: t[0] != "_"}


def _datatype_check(datatype: str) -> Callable[[str, _Context], bool]:
    if datatype == _STRING:  # the common case, fast: a literal without a tag or a datatype
        return lambda t, _c: t[0] == '"' and t[-1] == '"'
    if datatype == _LANG_STRING:
        return lambda t, _c: t[0] == '"' and t[-1] != '"' and _parts(t)[2] != ""
    low, high = _KEPT_IRIS.get(datatype, (None, None))
    kept = datatype in _KEPT_IRIS

    def ok(term: str, _context: _Context) -> bool:
        if term[0] != '"' or term[-1] != ">":
            return False
        lexical, found, _lang = _parts(term)
        if found != datatype:
            return False
        if not kept:
            return _well_formed(lexical, datatype)
        if not _INTEGER.fullmatch(lexical):
            return False
        value = int(lexical)
        return (low is None or value >= low) and (high is None or value <= high)

    return ok


def _text_test(test: Callable[[str], bool]) -> Callable[[str, _Context], bool]:
    """A test on ``str(value)`` (the IRI or the lexical form; False on a blank node)."""
    def ok(term: str, _context: _Context) -> bool:
        if term[0] == "<":
            return test(term[1:-1])
        if term[0] == '"':
            return test(_parts(term)[0])
        return False
    return ok


class _Planner(_Compiler):
    """Reads a shapes graph (that :class:`_Compiler` accepts) into :class:`_ShapePlan` s."""

    def checks(self, node) -> list[_Check]:
        """The value tests of one shape, in the order and with the messages of value_tests."""
        message = self.message(node)
        checks = []
        for cls in self.objects(node, SH["class"]):
            checks.append(_Check("ClassConstraintComponent",
                                 message or f"Value is not an instance of {cls}",
                                 lambda t, c, cls=f"<{cls}>": c.is_instance(t, cls), True))
        for datatype in self.objects(node, SH.datatype):
            checks.append(_Check("DatatypeConstraintComponent",
                                 message or f"Value is not a literal with datatype {datatype}",
                                 _datatype_check(str(datatype))))
        for kind in self.objects(node, SH.nodeKind):
            checks.append(_Check("NodeKindConstraintComponent",
                                 message or f"Value is not of node kind {kind}",
                                 _NODE_KIND_TESTS[kind]))
        if self.one(node, SH["in"]) is not None:
            members = frozenset(_canonical_terms([_nt(m) for m in self.items(node, SH["in"])]))
            checks.append(_Check("InConstraintComponent", message or "Value is not in the list",
                                 lambda t, _c, members=members: t in members))
        flags = self.one(node, SH.flags)
        for pattern in self.objects(node, SH.pattern):
            options = sum({"i": re.IGNORECASE, "s": re.DOTALL, "m": re.MULTILINE,
                           "x": re.VERBOSE}.get(f, 0) for f in str(flags or ""))
            search = re.compile(str(pattern), options).search
            checks.append(_Check("PatternConstraintComponent",
                                 message or f"Value does not match pattern {pattern}",
                                 _text_test(lambda text, search=search: search(text) is not None)))
        for predicate, component in ((SH.minLength, "MinLength"), (SH.maxLength, "MaxLength")):
            for length in self.objects(node, predicate):
                n = int(length)
                test = ((lambda text, n=n: len(text) >= n) if component == "MinLength"
                        else (lambda text, n=n: len(text) <= n))
                checks.append(_Check(f"{component}ConstraintComponent",
                                     message or f"Value breaks {component} {length}",
                                     _text_test(test)))
        if self.one(node, SH.languageIn) is not None:
            ranges = tuple(str(r).lower() for r in self.items(node, SH.languageIn))
            checks.append(_Check(
                "LanguageInConstraintComponent", message or "Language tag not in the list",
                lambda t, _c, ranges=ranges: (t[0] == '"' and t[-1] != '"'
                                              and _lang_matches(_parts(t)[2], ranges))))
        for predicate, operator in _COMPARISONS.items():
            name = predicate[len(str(SH)):]
            for bound in self.objects(node, predicate):
                limit = _nt(bound)
                checks.append(_Check(
                    f"{name[0].upper()}{name[1:]}ConstraintComponent",
                    message or f"Value is not {operator} {bound}",
                    lambda t, _c, op=operator, b=limit: _compare(t, op, b)))
        if self.one(node, SH["or"]) is not None:
            options = tuple(tuple(self.checks(member)) for member in self.items(node, SH["or"]))
            checks.append(_Check(
                "OrConstraintComponent", message or "Value does not conform to any shape in sh:or",
                lambda t, c, options=options: any(all(check.ok(t, c) for check in option)
                                                  for option in options),
                any(check.contextual for option in options for check in option)))
        return checks

    def property_plan(self, node, name: str) -> _PropertyPlan:
        path = self.one(node, SH.path)
        limits = tuple((k, int(v)) for k in ("minCount", "maxCount", "qualifiedMinCount",
                                             "qualifiedMaxCount")
                       if (v := self.one(node, SH[k])) is not None)
        qualified = self.one(node, SH.qualifiedValueShape)
        pairs = tuple((component, _nt(other), operator)
                      for predicate, operator, component in (
                          (SH.lessThan, "<", "LessThanConstraintComponent"),
                          (SH.lessThanOrEquals, "<=", "LessThanOrEqualsConstraintComponent"))
                      for other in self.objects(node, predicate))
        return _PropertyPlan(
            name, self.severity(node), self.message(node), _nt(path), tuple(self.checks(node)),
            limits, tuple(self.checks(qualified)) if qualified is not None else None,
            self.one(node, SH.uniqueLang) == Literal(True), pairs)

    def targets(self, node) -> dict:
        return {"classes": tuple(_nt(c) for c in self.objects(node, SH.targetClass)),
                "subjects_of": tuple(_nt(p) for p in self.objects(node, SH.targetSubjectsOf)),
                "nodes": tuple(_nt(n) for n in self.objects(node, SH.targetNode))}

    def plan(self) -> tuple[_ShapePlan, ...]:
        graph = self.graph
        shapes = _top_level_shapes(graph)
        plans = []
        for shape in sorted(shapes, key=str):
            self.current = shape if isinstance(shape, URIRef) else None
            name = str(shape)
            if (shape, RDF.type, SH.PropertyShape) in graph or (shape, SH.path, None) in graph:
                plans.append(_ShapePlan(name, self.severity(shape), **self.targets(shape),
                                        properties=(self.property_plan(shape, name),)))
                continue
            severity, message = self.severity(shape), self.message(shape)
            sparql = tuple(q for c in self.objects(shape, SH.sparql)
                           for q in self.sparql_constraint(c, "", name, severity, message))
            plans.append(_ShapePlan(
                name, severity, **self.targets(shape), checks=tuple(self.checks(shape)),
                properties=tuple(self.property_plan(p, name)
                                 for p in self.objects(shape, SH.property)),
                sparql=sparql))
        return tuple(p for p in plans if p.classes or p.subjects_of or p.nodes)


def plan_shapes(graph: Graph) -> tuple[_ShapePlan, ...]:
    """A SHACL shapes graph read for :func:`check_triples`; ValidationError if unsupported."""
    compile_shapes(graph)  # the same checks of what is supported, and the same errors
    return _Planner(graph).plan()


@cache
def planned_shapes() -> tuple[_ShapePlan, ...]:
    """``ontology/shapes.ttl`` read for :func:`check_triples` (cached).

    >>> sorted(p.shape.rsplit("#", 1)[1] for p in planned_shapes() if p.sparql)
    ['AssertedRelationShape', 'ReifiedTripleShape']
    """
    return plan_shapes(shapes_graph())


# - terms as Oxigraph stores them -

_CANONICAL: dict[str, str] = {}  # literal -> its form in a store (itself if canonical)


def _needs_store(literal: str) -> bool:
    """Whether Oxigraph may store ``literal`` in another form (a typed literal or a tag)."""
    if literal[-1] == ">":
        return not literal.endswith(_KEPT_SUFFIXES)
    tag = literal[literal.rfind("@") + 1:]
    return tag != tag.lower()


def _canonical_terms(terms: list[str]) -> list[str]:
    """``terms`` as an Oxigraph store gives them back (``"05"^^xsd:integer`` -> ``"5"…``).

    Memoised; the literals not yet seen are loaded together into one small store.

    >>> _canonical_terms(['"05"^^<http://www.w3.org/2001/XMLSchema#integer>', '"a"@ZH'])
    ['"5"^^<http://www.w3.org/2001/XMLSchema#integer>', '"a"@zh']
    """
    new = sorted({t for t in terms if t[0] == '"' and t[-1] != '"' and t not in _CANONICAL})
    if new:
        if len(_CANONICAL) > 500_000:
            _CANONICAL.clear()
        stored = [t for t in new if _needs_store(t)]
        _CANONICAL.update((t, t) for t in new)
        if stored:
            store = ox.Store()
            text = "\n".join(f"<urn:t:{i}> <urn:t:v> {_keep_datatypes(t)} ."
                             for i, t in enumerate(stored))
            try:
                store.load(text.encode("utf-8"), ox.RdfFormat.N_TRIPLES)
            except SyntaxError as err:
                raise ValidationError(f"not N-Triples: {err}") from err
            for quad in store:
                canonical = _text_of(quad.object)
                original = stored[int(quad.subject.value[6:])]
                _CANONICAL[original] = canonical if canonical != original else original
    return [_CANONICAL.get(t, t) for t in terms]


def _written_as_oxigraph(term: str) -> str:
    """A result's value as the Oxigraph path writes it (its escapes)."""
    if term[0] != '"':
        return term
    with contextlib.suppress(SyntaxError):
        quad = next(iter(ox.parse(f"<urn:t> <urn:t> {_keep_datatypes(term)} .".encode(),
                                  ox.RdfFormat.N_TRIPLES)))
        return _text_of(quad.object)
    return term


# - the reference data, indexed once per process -

@dataclass(frozen=True)
class _Reference:
    """The ontology and reference data: subject -> predicate -> objects, and the reverse."""

    subjects: dict[str, dict[str, list[str]]]
    referrers: dict[str, set[str]]  # object IRI -> the reference subjects that point at it
    by_predicate: dict[str, list[tuple[str, str]]]


def _index(triples: Iterable[tuple[str, str, str]]) -> dict[str, dict[str, list[str]]]:
    subjects: dict[str, dict[str, list[str]]] = {}
    for s, p, o in triples:
        props = subjects.get(s)
        if props is None:
            subjects[s] = {p: [o]}
        elif p in props:
            if o not in props[p]:
                props[p].append(o)
        else:
            props[p] = [o]
    return subjects


@cache
def _reference() -> _Reference:
    quads = ox.parse(_reference_ntriples(), ox.RdfFormat.N_TRIPLES)
    triples = [(str(q.subject), str(q.predicate), _text_of(q.object)) for q in quads]
    referrers: dict[str, set[str]] = {}
    by_predicate: dict[str, list[tuple[str, str]]] = {}
    for s, p, o in triples:
        if o[0] != '"':
            referrers.setdefault(o, set()).add(s)
        by_predicate.setdefault(p, []).append((s, o))
    return _Reference(_index(triples), referrers, by_predicate)


def _subclasses(subjects: Iterable[dict[str, _Props]]
                ) -> Callable[[str], frozenset[str]]:
    """class -> it and its subclasses (``rdfs:subClassOf*``) in ``subjects`` (memoised)."""
    children: dict[str, set[str]] = {}
    for index in subjects:
        for s, props in index.items():
            for parent in _objects(props, _SUBCLASS_OF):
                children.setdefault(parent, set()).add(s)

    @cache
    def closure(cls: str) -> frozenset[str]:
        found, todo = {cls}, [cls]
        while todo:
            for child in children.get(todo.pop(), ()):
                if child not in found:
                    found.add(child)
                    todo.append(child)
        return frozenset(found)

    return closure


@cache
def _reference_subclasses() -> Callable[[str], frozenset[str]]:
    return _subclasses([_reference().subjects])


class _Context:
    """What a test may look up beyond its value: the types of nodes, the class hierarchy."""

    def __init__(self, subjects: dict[str, _Props],
                 reference: dict[str, _Props],
                 subclasses: Callable[[str], frozenset[str]]) -> None:
        self.subjects = subjects
        self.reference = reference
        self.subclasses = subclasses
        self.instances: dict[tuple[str, str], bool] = {}
        self.failures: dict[tuple, tuple[tuple[str, str | None, str], ...]] = {}
        #: the values found to pass the shapes of a path that look at types (this call),
        #: by :attr:`_FastPath.contextual` slot
        self.passed: dict[int, set[str]] = {}

    def types(self, node: str) -> Sequence[str]:
        props = self.subjects.get(node) or self.reference.get(node)
        return _objects(props, _RDF_TYPE) if props else ()

    def is_instance(self, node: str, cls: str) -> bool:
        """``node rdf:type/rdfs:subClassOf* cls``."""
        key = (node, cls)
        found = self.instances.get(key)
        if found is None:
            classes = self.subclasses(cls)
            found = self.instances[key] = any(t in classes for t in self.types(node))
        return found


# - evaluating the plans -

def _value_failures(prop: _PropertyPlan, values: list[str] | tuple[str, ...],
                    context: _Context) -> Iterator[tuple[str, str | None, str]]:
    """(component, value, message) of each failure of ``values`` at ``prop``, but the pairs."""
    for check in prop.checks:
        ok = check.ok
        for value in values:
            if not ok(value, context):
                yield check.component, value, check.message
    if prop.counts:
        distinct = set(values) if len(values) > 1 else values
        qualified = 0
        if prop.qualified is not None:
            qualified = sum(1 for v in distinct if all(c.ok(v, context) for c in prop.qualified))
        for key, limit in prop.counts:
            found = len(distinct) if key in ("minCount", "maxCount") else qualified
            if (found < limit) if key in ("minCount", "qualifiedMinCount") else found > limit:
                yield (key[0].upper() + key[1:] + "ConstraintComponent", None,
                       prop.message or f"sh:{key} {limit}: {found} values")
    if prop.unique_lang and len(values) > 1:
        seen: dict[str, str] = {}
        for value in values:
            if value[0] == '"' and value[-1] != '"' and (lang := _parts(value)[2]):
                lang = lang.lower()
                if seen.setdefault(lang, value) != value:
                    yield ("UniqueLangConstraintComponent", None,
                           prop.message or f"more than one value with language {lang}")


def _failures(prop: _PropertyPlan, values: list[str] | tuple[str, ...], context: _Context
              ) -> tuple[tuple[str, str | None, str], ...]:
    """:func:`_value_failures`, memoised for the call: the same values (a record's
    article, sentence, rule) fail the same way wherever they occur."""
    key = (prop, values[0] if len(values) == 1 else tuple(values))
    found = context.failures.get(key)
    if found is None:
        found = context.failures[key] = tuple(_value_failures(prop, values, context))
    return found


def _evaluate(plan: _ShapePlan, focus: str, props: _Props, context: _Context,
              out: list[ShapeResult]) -> None:
    """Add the results of ``plan`` on one focus node (whose triples are ``props``) to ``out``.

    The failures of a property's values are memoised for the call (:func:`_failures`).
    """
    for check in plan.checks:
        if not check.ok(focus, context):
            out.append(ShapeResult(plan.shape, focus, plan.severity, check.component, None,
                                   focus, check.message))
    for prop in plan.properties:
        values = _objects(props, prop.path)
        for component, value, message in _failures(prop, values, context):
            out.append(ShapeResult(prop.shape, focus, prop.severity, component, prop.path,
                                   value, message))
        for component, other, operator in prop.pairs:
            others = _objects(props, other)
            for value in values:
                if not all(_compare(value, operator, o) for o in others):
                    out.append(ShapeResult(prop.shape, focus, prop.severity, component,
                                           prop.path, value,
                                           prop.message or "the value is not below the other"))


#: Property groups whose checks look at the value alone -> the values found to pass,
#: shared by every call (a value that passed once passes again).
_PASSED: dict[tuple[_PropertyPlan, ...], set[str]] = {}
_PASSED_LIMIT = 50_000


@dataclass(frozen=True, eq=False)
class _FastPath:
    """How to tell at once that a subject of one :class:`_Signature` has no results.

    It has none if its focus passes ``focus_checks``, each of its paths with property
    shapes has one value, which passed those shapes before (or passes them now: the
    set of values that passed grows), and each pair ``(path, other, operator)``
    compares true. Anything else, and the subject is evaluated in full (:func:`_evaluate`).
    """

    focus_checks: tuple[_Check, ...]
    #: (path, the values that passed its shapes, the tests of one value alone
    #: (:func:`_alone_tests`)) for the paths whose shapes look at the value alone
    shared: tuple[tuple[str, set[str], tuple[Callable[[str, _Context], bool], ...]], ...]
    #: the same for the paths whose shapes look at types, the values that passed
    #: kept per call (``_Context.passed[slot]``)
    contextual: tuple[tuple[str, int, tuple[Callable[[str, _Context], bool], ...]], ...]
    pairs: tuple[tuple[str, str, str], ...]


_SLOTS = itertools.count()  # numbers the contextual paths of every fast path


@dataclass(frozen=True, eq=False)
class _Signature:
    """What the subjects with the same predicates and types share: the plans that target
    them, the shapes among those with SPARQL constraints, and their fast path (None: a
    path none of them has breaks a count, so every such subject has results)."""

    plans: tuple[_ShapePlan, ...]
    sparql: tuple[str, ...]
    fast: _FastPath | None


def _signature(plans: tuple[_ShapePlan, ...], predicates: tuple[str, ...]) -> _Signature:
    """The :class:`_Signature` of the subjects with ``predicates`` that ``plans`` target."""
    present = set(predicates)
    groups: dict[str, list[_PropertyPlan]] = {}
    pairs = []
    fast = True
    for plan in plans:
        for prop in plan.properties:
            if prop.path not in present:  # no values: what fails, fails on every subject
                fast = fast and not any(_value_failures(prop, (), None))  # type: ignore[arg-type]
                continue
            groups.setdefault(prop.path, []).append(prop)
            pairs += [(prop.path, other, operator) for _c, other, operator in prop.pairs]
    shared, contextual = [], []
    for path, props in groups.items():
        group, tests = tuple(props), tuple(t for prop in props for t in _alone_tests(prop))
        if any(prop.contextual for prop in group):
            contextual.append((path, next(_SLOTS), tests))
        else:
            shared.append((path, _PASSED.setdefault(group, set()), tests))
    focus_checks = tuple(c for plan in plans for c in plan.checks)
    return _Signature(plans, tuple(p.shape for p in plans if p.sparql), _FastPath(
        focus_checks, tuple(shared), tuple(contextual), tuple(pairs)) if fast else None)


def _alone_tests(prop: _PropertyPlan) -> tuple[Callable[[str, _Context], bool], ...]:
    """Tests ``ok(value, context)`` that a subject with this one value at ``prop.path``
    passes ``prop`` if all pass (as ``not _value_failures(prop, (value,), context)``)."""
    tests = tuple(check.ok for check in prop.checks)
    qualified = tuple(check.ok for check in prop.qualified or ())

    def counts_pass(n_qualified: int) -> bool:
        found = {"minCount": 1, "maxCount": 1, "qualifiedMinCount": n_qualified,
                 "qualifiedMaxCount": n_qualified}
        return all(found[key] >= limit if key.endswith("MinCount") or key == "minCount"
                   else found[key] <= limit for key, limit in prop.counts)

    if_qualified, if_not = counts_pass(1), counts_pass(0)
    if if_qualified == if_not:  # the counts do not depend on the value
        return tests if if_qualified else (lambda _v, _c: False,)

    def counts_ok(value: str, context: _Context) -> bool:
        return if_qualified if all(test(value, context) for test in qualified) else if_not

    return (*tests, counts_ok)


def _no_results(fast: _FastPath, focus: str, props: _Props,
                context: _Context) -> bool:
    """Whether the subject ``focus`` surely has no results (False: it may have some)."""
    for check in fast.focus_checks:
        if not check.ok(focus, context):
            return False
    for path, passed, tests in fast.shared:
        value = props[path]
        if value not in passed:
            if value.__class__ is not str:  # several objects
                return False
            for test in tests:
                if not test(value, context):
                    return False
            passed.add(value)
    for path, slot, tests in fast.contextual:
        value = props[path]
        passed = context.passed.get(slot)
        if passed is None:
            passed = context.passed[slot] = set()
        if value not in passed:
            if value.__class__ is not str:
                return False
            for test in tests:
                if not test(value, context):
                    return False
            passed.add(value)
    compared = _COMPARED
    for path, other, operator in fast.pairs:
        value = props[path]  # one object: it passed above
        bounds = props.get(other, ())
        for bound in (bounds,) if bounds.__class__ is str else bounds:
            pair = (value, operator, bound)
            if pair not in compared:
                if not _compare(value, operator, bound):  # type: ignore[arg-type]
                    return False
                compared.add(pair)  # type: ignore[arg-type]
    return True


@dataclass(frozen=True)
class _Targets:
    """Which plans target a node: by its types (subclasses included), predicates, itself."""

    by_type: dict[str, tuple[_ShapePlan, ...]]
    by_predicate: dict[str, tuple[_ShapePlan, ...]]
    by_node: dict[str, tuple[_ShapePlan, ...]]

    memo: dict[tuple, _Signature] = field(default_factory=dict)

    def signature(self, props: _Props) -> _Signature:
        """The signature of a subject with triples ``props`` (memoised by its predicates and
        types), leaving out the plans that target the subject itself (``by_node``)."""
        types = props.get(_RDF_TYPE, ())
        key = (tuple(props), types if types.__class__ is not list else tuple(types))
        found = self.memo.get(key)
        if found is None:
            plans: dict[_ShapePlan, None] = {}
            for kind in _objects(props, _RDF_TYPE):
                plans.update(dict.fromkeys(self.by_type.get(kind, ())))
            for predicate in key[0]:
                plans.update(dict.fromkeys(self.by_predicate.get(predicate, ())))
            found = self.memo[key] = _signature(tuple(plans), key[0])
        return found

    def of(self, node: str, props: _Props) -> tuple[_ShapePlan, ...]:
        """The plans that target ``node``."""
        plans = self.signature(props).plans
        if node in self.by_node:
            plans = tuple(dict.fromkeys((*plans, *self.by_node[node])))
        return plans


def _targets(plans: tuple[_ShapePlan, ...], subclasses: Callable[[str], frozenset[str]]
             ) -> _Targets:
    maps: tuple[dict[str, list[_ShapePlan]], ...] = ({}, {}, {})
    for plan in plans:
        for cls in plan.classes:
            for sub in subclasses(cls):
                maps[0].setdefault(sub, []).append(plan)
        for predicate in plan.subjects_of:
            maps[1].setdefault(predicate, []).append(plan)
        for node in plan.nodes:
            maps[2].setdefault(node, []).append(plan)
    return _Targets(*({k: tuple(v) for k, v in m.items()} for m in maps))


@cache
def _reference_targets(plans: tuple[_ShapePlan, ...]) -> _Targets:
    return _targets(plans, _reference_subclasses())


@cache
def _reference_results(plans: tuple[_ShapePlan, ...]
                       ) -> tuple[dict[str, list[ShapeResult]], dict[str, list[str]]]:
    """The results on each reference subject alone (but its target nodes), once per process;
    and the reference subjects each SPARQL-constrained plan targets."""
    reference, targets = _reference(), _reference_targets(plans)
    context = _Context({}, reference.subjects, _reference_subclasses())
    results: dict[str, list[ShapeResult]] = {}
    foci: dict[str, list[str]] = {}
    node_targets = {n for p in plans for n in p.nodes}
    for subject, props in reference.subjects.items():
        if subject in node_targets:
            continue
        out: list[ShapeResult] = []
        for plan in targets.of(subject, props):
            _evaluate(plan, subject, props, context, out)
            if plan.sparql:
                foci.setdefault(plan.shape, []).append(subject)
        if out:
            results[subject] = out
    return results, foci


# - what a SPARQL constraint can see -

@dataclass(frozen=True)
class _View:
    """The triples a SPARQL query's patterns can match, by predicate.

    ``predicates``: predicate -> the objects its patterns name (None: any object);
    ``binders``: predicates whose objects a variable predicate takes (``?r rdf:predicate
    ?p . FILTER NOT EXISTS { ?s ?p ?o }``: every triple whose predicate is such an object).
    ``everything``: a pattern could match any triple.
    """

    predicates: dict[str, frozenset[str] | None]
    binders: frozenset[str] = frozenset()
    everything: bool = False


#: Algebra operators whose (named) operands every solution goes through.
_REQUIRED_OPERANDS = {"SelectQuery": ("p",), "Project": ("p",), "Filter": ("p",),
                      "Extend": ("p",), "Join": ("p1", "p2"), "Distinct": ("p",),
                      "Reduced": ("p",), "Slice": ("p",), "OrderBy": ("p",),
                      "ToMultiSet": ("p",), "Group": ("p",), "AggregateJoin": ("p",),
                      "LeftJoin": ("p1",), "Minus": ("p1",)}


def _patterns(node, required: bool, out: list) -> None:
    """Every triple pattern under an algebra node, with whether each solution matches it."""
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        keep = _REQUIRED_OPERANDS.get(node.name, ())
        for key, value in node.items():
            if key.startswith("_"):
                continue
            if key == "triples" and isinstance(value, list):
                out.extend((*t, required and node.name == "BGP") for t in value)
            else:
                _patterns(value, required and key in keep, out)
    elif isinstance(node, list | tuple):
        for item in node:
            _patterns(item, required, out)


def _path_iris(path) -> set | None:
    """The IRIs a property path walks; None if it may walk any (a negated set)."""
    from rdflib.paths import AlternativePath, InvPath, MulPath, NegatedPath, SequencePath

    if isinstance(path, URIRef):
        return {path}
    if isinstance(path, NegatedPath):
        return None
    parts = (path.args if isinstance(path, SequencePath | AlternativePath)
             else [path.path] if isinstance(path, MulPath)
             else [path.arg] if isinstance(path, InvPath) else None)
    if parts is None:
        return None
    found: set = set()
    for part in parts:
        iris = _path_iris(part)
        if iris is None:
            return None
        found |= iris
    return found


@cache
def _view(text: str) -> _View:
    """What the SPARQL query ``text`` can see (from its algebra, as rdflib parses it)."""
    from rdflib.paths import Path as PropertyPath
    from rdflib.plugins.sparql import prepareQuery
    from rdflib.term import Variable

    patterns: list = []
    _patterns(prepareQuery(text).algebra, True, patterns)
    objects: dict[str, set[str] | None] = {}
    binders: set[str] = set()
    for s, p, o, _required in patterns:
        if isinstance(p, Variable):
            bound = [q for _s, q, v, required in patterns
                     if required and isinstance(q, URIRef) and v == p]
            if not bound or any(v == p for v in (s, o)):
                return _View({}, everything=True)
            binders.add(f"<{bound[0]}>")
            continue
        iris = [p] if isinstance(p, URIRef) else (
            _path_iris(p) if isinstance(p, PropertyPath) else None)
        if iris is None:
            return _View({}, everything=True)
        for iri in iris:
            key = f"<{iri}>"
            constant = isinstance(o, URIRef | Literal) and isinstance(p, URIRef)
            if constant and objects.get(key, set()) is not None:
                objects.setdefault(key, set()).add(_nt(o))
            else:
                objects[key] = None
    for binder in binders:  # the binders' own triples, every object
        objects[binder] = None
    return _View({p: (frozenset(v) if v is not None else None) for p, v in objects.items()},
                 frozenset(binders))


def _wanted(views: tuple[_View, ...]) -> dict[str, frozenset[str] | None]:
    """Predicate -> the objects any of ``views`` can see (None: any object)."""
    wanted: dict[str, frozenset[str] | None] = {}
    for view in views:
        for p, objects in view.predicates.items():
            if p in wanted and (wanted[p] is None or objects is None):
                wanted[p] = None
            else:
                wanted[p] = (wanted.get(p) or frozenset()) | objects if objects else objects
    return wanted


def _view_store(views: tuple[_View, ...], subjects: dict[str, _Props],
                watched: dict[str, list[tuple[str, str]]], reference: bool) -> ox.Store:
    """A store with the triples (data and reference) that any of ``views`` can see.

    ``watched``: the data triples of some predicates, by predicate, those with objects
    that :func:`_wanted` names only (the others are found in ``subjects``).
    """
    wanted = _wanted(views)
    binders = {b for view in views for b in view.binders}

    def pairs(predicate: str) -> Iterator[tuple[str, str]]:
        if predicate in watched:
            yield from watched[predicate]
        else:
            for s, props in subjects.items():
                for o in _objects(props, predicate):
                    yield s, o

    for binder in binders:
        found = [*pairs(binder), *(_reference().by_predicate.get(binder, ()) if reference else ())]
        for _s, o in found:
            if o[0] == "<" and wanted.get(o, ()) is not None:
                if wanted.get(o) is not None:  # every object now: not only the watched ones
                    watched.pop(o, None)
                wanted[o] = None
    lines = []
    for p, objects in wanted.items():
        lines += [f"{s} {p} {o} ." for s, o in pairs(p) if objects is None or o in objects]
        if reference:
            lines += _reference_lines(p, objects)
    store = ox.Store()
    if lines:
        text = "\n".join(lines)
        # IRIs only (the terms as given: valid): no need to check them again
        store.load(_keep_datatypes(text).encode("utf-8"), ox.RdfFormat.N_TRIPLES,
                   lenient='"' not in text)
    return store


@lru_cache(maxsize=1024)
def _reference_lines(predicate: str, objects: frozenset[str] | None) -> list[str]:
    """The reference triples of ``predicate`` (with one of ``objects``), as N-Triples lines."""
    return [f"{s} {predicate} {o} ." for s, o in _reference().by_predicate.get(predicate, ())
            if objects is None or o in objects]


def _ox_term(term: str):
    if term[0] == "<":
        return ox.NamedNode(term[1:-1])
    if term[0] == "_":
        return ox.BlankNode(term[2:])
    return None  # a literal is no focus of a SPARQL constraint here


# - the entry points -

def _grouped(triples: Iterable[tuple[str, str, str]]) -> dict[str, _Props]:
    """Triples by subject and predicate (literals as stored, each triple once).

    >>> grouped = _grouped([("<a>", "<p>", '"05"^^<http://www.w3.org/2001/XMLSchema#integer>'),
    ...                     ("<a>", "<p>", "<b>"), ("<b>", "<p>", "<a>")])
    >>> grouped["<a>"], grouped["<b>"]
    ({'<p>': ('"5"^^<http://www.w3.org/2001/XMLSchema#integer>', '<b>')}, {'<p>': '<a>'})
    """
    subjects: dict[str, _Props] = {}
    canonical = _CANONICAL
    pending: list[str] = []
    dirty: list[str] = []  # the subjects of pending literals
    last, props = None, {}
    for s, p, o in triples:
        if o[-1] != '"' and o[0] == '"':  # a typed or tagged literal: as Oxigraph stores it
            found = canonical.get(o)
            if found is None:
                pending.append(o)
                dirty.append(s)
            else:
                o = found
        if s != last:  # a subject's triples mostly come together
            props = subjects.get(s)
            if props is None:
                props = subjects[s] = {}
            last = s
        values = props.get(p)
        if values is None:
            props[p] = o
        elif values.__class__ is str:
            if o != values:  # a triple twice (two articles state it) counts once
                props[p] = (values, o)
        elif o not in values:
            props[p] = (*values, o)  # type: ignore[misc]
    if pending:
        _canonical_terms(pending)
        changed = {o for o in pending if canonical[o] != o}  # most are stored as given
        for subject in set(dirty) if changed else ():
            props = subjects[subject]
            for p in props:
                objects = _objects(props, p)
                if any(o in changed for o in objects):
                    stored = tuple(dict.fromkeys(canonical.get(o, o) for o in objects))
                    props[p] = stored[0] if len(stored) == 1 else stored
    return subjects


def _watched_of(props: _Props, watch: dict[str, frozenset[str] | None]
                ) -> tuple[tuple[str, frozenset[str] | None], ...]:
    """The predicates of ``watch`` a subject has, with the objects wanted (None: any),
    but ``rdf:type`` if none of the subject's types is wanted."""
    types = _objects(props, _RDF_TYPE)
    return tuple((p, watch[p]) for p in props if p in watch and (
        p != _RDF_TYPE or watch[p] is None or any(t in watch[p] for t in types)))


def check_triples(triples: Iterable[tuple[str, str, str]], *, sparql: bool = True,
                  reference: bool = True,
                  plans: tuple[_ShapePlan, ...] | None = None) -> list[ShapeResult]:
    """The results of the shapes (default: shapes.ttl) on ``triples``, sorted.

    ``triples`` are (subject, predicate, object) in N-Triples syntax, as
    ``chainkg.rdf.extraction_triples`` gives them (not checked: :func:`check_lines`
    checks lines). They are validated beside the ontology and the reference data
    (``reference=False``: alone), with the same results as
    ``check_store(load_store(lines))``. ``sparql=False`` leaves out the SPARQL-based
    constraints, which are run on Oxigraph over the triples their patterns can match.

    >>> check_triples([('<https://w3id.org/chainkg/id/company/x>',
    ...     '<https://w3id.org/chainkg/ontology#locatedIn>',
    ...     '<https://w3id.org/chainkg/region/110000>')], sparql=False)
    []
    """
    paused = gc.isenabled()
    gc.disable()  # the groups are many small dicts and lists, and no cycles: no collections
    try:
        return _check_triples(triples, sparql, reference,
                              planned_shapes() if plans is None else plans)
    finally:
        if paused:
            gc.enable()


def _check_triples(triples: Iterable[tuple[str, str, str]], sparql: bool, reference: bool,
                   plans: tuple[_ShapePlan, ...]) -> list[ShapeResult]:
    sparql_plans = [p for p in plans if p.sparql] if sparql else []
    views = tuple(_view(q.text) for p in sparql_plans for q in p.sparql)
    everything = any(v.everything for v in views)
    watch = {} if everything else _wanted(views)  # the predicates of views and their objects
    for passed in (*_PASSED.values(), _COMPARED):
        if len(passed) > _PASSED_LIMIT:  # sentences seldom come again: forget them now and then
            passed.clear()
    subjects = _grouped(triples)
    ref = _reference() if reference else None
    ref_subjects = ref.subjects if ref is not None else {}
    # a subject in both: its reference triples too
    for subject in subjects.keys() & ref_subjects.keys():
        props = subjects[subject]
        for p, values in ref_subjects[subject].items():
            props[p] = tuple(dict.fromkeys([*values, *_objects(props, p)]))
    own_classes = not reference or any(map(contains, subjects.values(),
                                            itertools.repeat(_SUBCLASS_OF)))
    if own_classes:
        subclasses = _subclasses([ref_subjects, subjects])
        targets = _targets(plans, subclasses)
    else:
        subclasses, targets = _reference_subclasses(), _reference_targets(plans)
    if ref is not None and not own_classes and plans is planned_shapes():
        cached = _reference_results(plans)
        # reference subjects that point at a data subject: its types may be new
        again = {r for s in ref.referrers.keys() & subjects.keys() for r in ref.referrers[s]}
    else:
        cached, again = ({}, {}), set(ref_subjects)
    context = _Context(subjects, ref_subjects, subclasses)
    out: list[ShapeResult] = []
    sparql_foci: dict[str, list[str]] = {p.shape: [] for p in sparql_plans}
    evaluated = set(subjects)

    def evaluate(node: str, props: _Props) -> None:
        for plan in targets.of(node, props):
            _evaluate(plan, node, props, context, out)
            if plan.shape in sparql_foci:
                sparql_foci[plan.shape].append(node)

    by_node = targets.by_node
    watched: dict[str, list[tuple[str, str]]] = {p: [] for p in watch}
    watching: dict[_Signature, tuple] = {}  # the watched predicates it has, their objects
    signatures = targets.memo
    for subject, props in subjects.items():
        signature = signatures.get((tuple(props), props.get(_RDF_TYPE, ())))
        if signature is None:
            signature = targets.signature(props)
        if watch:
            found = watching.get(signature)
            if found is None:
                found = watching[signature] = _watched_of(props, watch)
            for p, objects in found:
                values = props[p]
                if values.__class__ is str:
                    if objects is None or values in objects:
                        watched[p].append((subject, values))  # type: ignore[arg-type]
                else:
                    watched[p] += [(subject, o) for o in values if objects is None or o in objects]
        fast = signature.fast
        if (fast is not None and subject not in by_node
                and _no_results(fast, subject, props, context)):
            for shape in signature.sparql:
                if shape in sparql_foci:
                    sparql_foci[shape].append(subject)
        else:
            evaluate(subject, props)
    for subject in again:
        if subject not in evaluated:
            evaluated.add(subject)
            evaluate(subject, ref_subjects[subject])
    for node in {n for p in plans for n in p.nodes} - evaluated:
        evaluated.add(node)
        evaluate(node, ref_subjects.get(node, {}))
    for subject, results in cached[0].items():
        if subject not in evaluated:
            out.extend(results)
    for shape, nodes in cached[1].items():
        if shape in sparql_foci:
            sparql_foci[shape].extend(n for n in nodes if n not in evaluated)
    if sparql_plans:
        if everything:
            lines = [f"{s} {p} {o} ." for s, props in subjects.items()
                     for p in props for o in _objects(props, p)]
            store = load_store(lines, reference=reference)
        else:
            store = _view_store(views, subjects, watched, reference)
        for plan in sparql_plans:
            nodes = [t for n in dict.fromkeys(sparql_foci[plan.shape])
                     if (t := _ox_term(n)) is not None]
            for query in plan.sparql:
                out.extend(_sparql_results(store, query, nodes))
    return sorted({replace(r, value=_written_as_oxigraph(r.value))
                   if r.value is not None and r.value[0] == '"' else r for r in out},
                  key=_order)
