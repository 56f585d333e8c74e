"""SHACL validation on Oxigraph: ``ontology/shapes.ttl`` compiled to SPARQL, for large graphs.

:func:`chainkg.validate.validate_graph` runs pyshacl, which takes about 0.5 ms per
triple (a second for one article). This module gives the same results (tested on the
shape pairs, the dev articles and mutated articles) 40-70 times faster: the shapes
graph is compiled once per process into SPARQL SELECT queries, a few per shape (one
for all value tests of a shape's properties, one for all its counts, one per pair or
unique-language test, one per SPARQL constraint), and the data is loaded beside the
ontology and the reference data (chains, regions) into a new in-memory pyoxigraph
store. ``benchmarks/validate.py`` prints the figures: about 9 µs per triple on batches
of 64 articles, 4 to load and 5 to query, most of it in the provenance records' shape.

- :func:`check_lines` – N-Triples lines (as ``chainkg.rdf.extraction_lines`` makes
  them) -> :class:`~chainkg.validate.ValidationReport`; ``sparql=False`` leaves out
  the SPARQL-based constraints;
- :func:`load_store`, :func:`check_store` -> sorted :class:`ShapeResult` s, and
  :func:`report_of` for the report; :func:`compile_shapes` for another shapes graph.

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
Like rdflib it writes integers and decimals in canonical form (``05`` -> ``5``).

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

import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH, XSD

from chainkg.errors import ValidationError
from chainkg.ontology import ontology_and_reference_graph, shapes_graph
from chainkg.validate import ValidationReport

__all__ = [
    "KEPT_DATATYPES",
    "ShapeResult",
    "check_lines",
    "check_store",
    "compile_shapes",
    "compiled_shapes",
    "load_store",
    "report_of",
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
        shapes = set(graph.subjects(RDF.type, SH.NodeShape))
        for target in (SH.targetClass, SH.targetSubjectsOf, SH.targetNode):
            shapes |= {s for s in graph.subjects(target, None)
                       if (None, SH.property, s) not in graph}
        shapes |= {s for s in graph.subjects(RDF.type, SH.PropertyShape)
                   if (None, SH.property, s) not in graph and s not in shapes}
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
    text = ontology_and_reference_graph().serialize(format="nt")
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
    branch = query.branches[0]
    focus_rows = store.query(_PREFIXES + f"SELECT DISTINCT ?this WHERE {{ {focus} }}")
    for node in [row["this"] for row in focus_rows]:
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
    return sorted(results)


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

    Warnings (``sh:Warning``) are reported but do not make the graph fail.
    """
    return report_of(check_store(load_store(lines), sparql=sparql))
