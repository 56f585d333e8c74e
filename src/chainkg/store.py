"""Load a built graph with its reference data, and run SELECT queries on it or on an endpoint.

A *source* is either an ``rdflib.Graph`` or the URL of a SPARQL 1.1 query endpoint;
the views and queries go through :func:`select` so they work the same on both.

>>> from rdflib import Graph, Literal, URIRef
>>> g = Graph()
>>> _ = g.add((URIRef("urn:x"), URIRef("urn:p"), Literal("唐山")))
>>> select(g, "SELECT ?o WHERE { ?s <urn:p> ?o }")
[{'o': rdflib.term.Literal('唐山')}]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from rdflib import ConjunctiveGraph, Graph
from rdflib.term import BNode, Literal, Node, URIRef, Variable

from chainkg.errors import InputError
from chainkg.paths import GRAPHS_DIR, ONTOLOGY_DIR

__all__ = ["REFERENCE_FILES", "Source", "load_graph", "select"]

#: Reference data loaded beside every built graph: the chain taxonomies and the regions.
REFERENCE_FILES = ("chains.ttl", "regions.ttl")

Source = Graph | str


def _new_graph(store: str) -> Graph:
    if store == "oxigraph":
        return Graph(store="Oxigraph")
    if store == "memory":
        return Graph()
    raise ValueError(f"unknown store {store!r}: use 'memory' or 'oxigraph'")


def load_graph(
    path: Path | str | None = None,
    *,
    include_reference: bool = True,
    store: str = "memory",
    extra: Iterable[Path] = (),
) -> Graph:
    """The built graph at ``path`` (default ``graphs/chainkg.ttl``), with reference data.

    ``store="oxigraph"`` uses the Oxigraph store (oxrdflib), ten times faster to parse
    and query large graphs; ``"memory"`` is rdflib's own store, best for SHACL.
    """
    graph = _new_graph(store)
    files = [Path(path) if path is not None else GRAPHS_DIR / "chainkg.ttl"]
    if include_reference:
        files += [ONTOLOGY_DIR / name for name in REFERENCE_FILES]
    files += list(extra)
    fmt = "ox-turtle" if store == "oxigraph" else "turtle"
    for file in files:
        if not file.is_file():
            raise InputError(file, "no such graph file (run `chainkg build` first?)")
        try:
            graph.parse(file, format=fmt)
        except Exception as err:  # rdflib and oxigraph raise many kinds of parse errors
            raise InputError(file, f"not valid Turtle: {err}") from err
    return graph


def select(
    source: Source, query: str, bindings: Mapping[str, Node] | None = None, **remote: object
) -> list[dict[str, Node]]:
    """Rows of a SELECT query as dicts from variable name to RDF term (unbound left out).

    ``bindings`` are bound as values (``initBindings`` locally, ``VALUES`` remotely),
    never spliced into the query text. Extra keyword arguments go to the remote client.
    """
    if isinstance(source, str):
        from chainkg import remote as remote_client

        return remote_client.select(source, query, bindings, **remote)
    oxigraph = type(source.store).__name__ == "OxigraphStore"
    if oxigraph and not isinstance(source, ConjunctiveGraph):
        return _select_oxigraph(source, query, bindings)
    init = {Variable(k): v for k, v in (bindings or {}).items()}
    if init and oxigraph:
        # Oxigraph substitutes only projected variables; bind the others with VALUES.
        from chainkg.remote import bind_values

        query, init = bind_values(query, bindings), {}
    result = source.query(query, initBindings=init)
    names = [str(v) for v in result.vars or ()]
    return [
        {name: row[i] for i, name in enumerate(names) if row[i] is not None}
        for row in result
    ]


def _select_oxigraph(
    graph: Graph, query: str, bindings: Mapping[str, Node] | None
) -> list[dict[str, Node]]:
    """:func:`select` straight on the ``pyoxigraph.Store`` under an oxrdflib graph.

    Going through ``Graph.query`` converts every value with oxrdflib's general converter;
    here each distinct term is converted once per query (tens of milliseconds saved on
    results of thousands of rows). Oxigraph substitutes only projected variables, so
    bindings go in as ``VALUES``.

    >>> g = Graph(store="Oxigraph")
    >>> _ = g.add((URIRef("urn:x"), URIRef("urn:p"), Literal("唐山", lang="zh")))
    >>> select(g, "SELECT ?s ?o WHERE { ?s <urn:p> ?o }", {"s": URIRef("urn:x")})
    [{'s': rdflib.term.URIRef('urn:x'), 'o': rdflib.term.Literal('唐山', lang='zh')}]
    """
    import pyoxigraph

    if bindings:
        from chainkg.remote import bind_values

        query = bind_values(query, bindings)
    if graph.default_union:
        scope: dict[str, object] = {"use_default_graph_as_union": True}
    elif isinstance(graph.identifier, BNode):
        scope = {"default_graph": pyoxigraph.BlankNode(str(graph.identifier))}
    else:
        scope = {"default_graph": pyoxigraph.NamedNode(str(graph.identifier))}
    prefixes = {prefix: str(namespace) for prefix, namespace in graph.namespaces()}
    solutions = graph.store._inner.query(query, prefixes=prefixes, **scope)
    if not isinstance(solutions, pyoxigraph.QuerySolutions):
        raise ValueError("not a SELECT query")
    names = [variable.value for variable in solutions.variables]
    cache: dict[object, Node] = {}
    rows = []
    for solution in solutions:
        row = {}
        for name, value in zip(names, solution, strict=True):
            if value is None:
                continue
            term = cache.get(value)
            if term is None:
                term = cache[value] = _from_oxigraph(value)
            row[name] = term
        rows.append(row)
    return rows


def _from_oxigraph(term: object) -> Node:
    """The rdflib term of an Oxigraph term, as oxrdflib converts it.

    >>> import pyoxigraph
    >>> _from_oxigraph(pyoxigraph.Literal("唐山", language="zh"))
    rdflib.term.Literal('唐山', lang='zh')
    """
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    raise ValueError(f"unexpected Oxigraph term in a result: {term!r}")
