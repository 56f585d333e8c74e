"""Validate a graph against ``ontology/shapes.ttl`` (SHACL, with pyshacl).

The ontology and the reference data (chains.ttl, regions.ttl) are merged with the data
(in a copy), so the class hierarchy and the ``region:``/``chain:`` objects the builder points at
are known to the shapes. Warnings (an article without a title) are reported but do not
make a graph fail.

>>> from rdflib import BNode, Graph
>>> report = validate_graph(Graph())
>>> report.conforms, report.results
(True, 0)
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph
from rdflib.namespace import RDF, SH
from rdflib.util import guess_format

from chainkg.errors import InputError, ValidationError
from chainkg.ontology import ontology_and_reference_graph, ontology_graph, shapes_graph

__all__ = ["ValidationReport", "cli_validate", "read_graph", "read_triples", "validate_graph"]


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of a SHACL validation: ``text`` is pyshacl's readable report."""

    conforms: bool
    text: str
    results: int
    violations: int = 0
    #: the named shapes (``ckgsh:…Shape`` IRIs) that reported a result, sorted
    shapes: tuple[str, ...] = ()

    def summary(self) -> str:
        """One line: conforms or not, and how many results.

        >>> ValidationReport(False, "", 3, 2).summary()
        'does not conform: 2 violations, 3 results'
        """
        if self.conforms:
            return f"conforms ({self.results} warnings)" if self.results else "conforms"
        return f"does not conform: {self.violations} violations, {self.results} results"


def validate_graph(data: Graph, *, with_reference: bool = True) -> ValidationReport:
    """Validate ``data`` against the shapes; ``data`` itself is not modified.

    ``with_reference=False`` mixes in the ontology only (then ``region:``/``chain:``
    objects must be typed in ``data`` itself).
    """
    import pyshacl  # heavy; only validation needs it

    # pyshacl's own ont_graph mixing copies only the ontology's axioms, not the region
    # and chain instances, so the data is validated inside a merged copy instead
    merged = Graph()
    for part in (ontology_and_reference_graph() if with_reference else ontology_graph(), data):
        for triple in part:
            merged.add(triple)
    conforms, results_graph, text = pyshacl.validate(
        merged, shacl_graph=shapes_graph(), inference="none", inplace=True,
        allow_warnings=True, abort_on_first=False)
    if not isinstance(results_graph, Graph):  # pyshacl's ValidationFailure: bad shapes
        raise ValidationError(f"ontology/shapes.ttl: {results_graph}")
    results = list(results_graph.subjects(RDF.type, SH.ValidationResult))
    violations = sum(1 for r in results
                     if (r, SH.resultSeverity, SH.Violation) in results_graph)
    shapes = {_named_shape(results_graph.value(r, SH.sourceShape)) for r in results}
    return ValidationReport(bool(conforms), str(text), len(results), violations,
                            tuple(sorted(str(s) for s in shapes if s is not None)))


def _named_shape(shape):
    """The named node shape a (possibly blank) property shape belongs to."""
    graph = shapes_graph()
    while isinstance(shape, BNode):
        shape = next(iter(graph.subjects(SH.property, shape)), None) or next(
            iter(graph.subjects(SH.node, shape)), None)
    return shape


def read_graph(path: Path) -> Graph:
    """Parse an RDF file (format from its suffix, Turtle by default).

    Raises InputError naming the file if it is missing or does not parse.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such file")
    graph = Graph()
    try:
        graph.parse(path, format=guess_format(str(path)) or "turtle")
    except Exception as err:  # rdflib raises many parser-specific types
        problem = " ".join(str(err).split())[:300]
        raise InputError(path, f"cannot parse as RDF: {problem}") from err
    return graph


def read_triples(path: Path) -> list[tuple[str, str, str]]:
    """The triples of an RDF file as N-Triples terms, parsed by Oxigraph (fast, for big files).

    Raises InputError naming the file if it is missing or does not parse.
    """
    import pyoxigraph as ox

    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such file")
    rdf_format = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
    try:
        return [(str(t.subject), str(t.predicate), str(t.object))
                for t in ox.parse(path=str(path), format=rdf_format)]
    except (SyntaxError, ValueError) as err:
        raise InputError(path, f"cannot parse as RDF: {' '.join(str(err).split())[:300]}") \
            from err


def cli_validate(args: argparse.Namespace) -> int:
    """``chainkg validate [GRAPH]``: print the SHACL report; 0 if it conforms, else 1."""
    if getattr(args, "engine", "pyshacl") == "shapecheck":
        from chainkg.shapecheck import check_triples, report_of

        report = report_of(check_triples(read_triples(args.graph)))
    else:
        report = validate_graph(read_graph(args.graph))
    if not getattr(args, "quiet", False) or not report.conforms:
        print(report.text.rstrip())
    print(f"{args.graph}: {report.summary()}")
    return 0 if report.conforms else 1
