"""Analyst queries: ``queries/*.rq`` files with a header, run locally or on an endpoint.

Each query file opens with a comment header: a title line, the question in Chinese and
in English, and its parameters with their types and defaults::

    # Actors of a chain, by segment and region
    #
    # 问题: 产业链X有哪些主体?按环节和地区列出。
    # Question: Which actors are in chain X, by segment and region?
    #
    # Parameters:
    #   ?chain  IRI = chain:biomedicine   the chain (chain:hydrogen, chain:robots, …)

Parameters are bound as values, never spliced into the query text: locally through
rdflib's ``initBindings`` (the embedded Oxigraph store by default), remotely as a
``VALUES`` block (:func:`chainkg.remote.bind_values`).

>>> q = parse_query_text('''# Parks of a chain
... # 问题: 哪些园区?
... # Question: Which parks?
... # Parameters:
... #   ?chain  IRI = chain:robots   the chain
... PREFIX chain: <https://w3id.org/chainkg/chain/>
... SELECT ?park WHERE { ?park ?p ?chain }''')
>>> q.title, q.parameters[0].name, q.parameters[0].default
('Parks of a chain', 'chain', 'chain:robots')
>>> bindings(q, ["chain=chain:nev"])
{'chain': rdflib.term.URIRef('https://w3id.org/chainkg/chain/nev')}
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from chainkg.errors import InputError, QuerySyntaxError, UsageError
from chainkg.paths import QUERIES_DIR

__all__ = [
    "FORMATS",
    "Parameter",
    "QueryFile",
    "bindings",
    "check_syntax",
    "cli_query",
    "comparable",
    "format_rows",
    "parse_query_text",
    "query_files",
    "read_query",
    "run_query",
]

FORMATS = ("table", "csv", "tsv", "json")
_XSD = "http://www.w3.org/2001/XMLSchema#"  # a string: rdflib's XSD class upsets doctest
#: ``name`` is a string tagged ``@zh``, to match labels directly (fast: no BIND, no scan).
PARAMETER_KINDS = ("IRI", "string", "name", "integer", "decimal", "date")

_PARAMETER = re.compile(
    r"#\s+\?(?P<name>\w+)\s+(?P<kind>\w+)\s*=\s*(?P<default>\"[^\"]*\"|\S+)\s*(?P<help>.*)")
_PREFIX = re.compile(r"^\s*PREFIX\s+([\w.-]*):\s*<([^>]*)>", re.IGNORECASE | re.MULTILINE)

#: Prefixes to shorten IRIs in tables, besides those the query declares.
DISPLAY_PREFIXES = {
    "ckg": "https://w3id.org/chainkg/ontology#",
    "chain": "https://w3id.org/chainkg/chain/",
    "region": "https://w3id.org/chainkg/region/",
    "id": "https://w3id.org/chainkg/id/",
    "article": "https://w3id.org/chainkg/article/",
    "prov": "https://w3id.org/chainkg/prov/",
}


@dataclass(frozen=True)
class Parameter:
    """A query parameter: ``?name``, its kind (IRI, string, …), default and meaning."""

    name: str
    kind: str
    default: str
    description: str = ""

    def value(self, text: str, prefixes: Mapping[str, str]) -> Node:
        """The RDF term for ``text`` (a prefixed name or ``<IRI>`` for IRI parameters).

        >>> Parameter("n", "integer", "3").value("12", {})
        rdflib.term.Literal('12', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer'))
        >>> Parameter("parkName", "name", "园区").value("雄安中关村科技园", {})
        rdflib.term.Literal('雄安中关村科技园', lang='zh')
        """
        if self.kind == "IRI":
            return _iri(self.name, text, prefixes)
        if self.kind == "string":
            return Literal(text)
        if self.kind == "name":
            return Literal(text, lang="zh")
        checks = {"integer": r"[+-]?\d+", "decimal": r"[+-]?\d+(\.\d*)?",
                  "date": r"\d{4}-\d{2}-\d{2}"}
        if not re.fullmatch(checks[self.kind], text):
            raise UsageError(f"--param {self.name}={text}: not {self.kind}")
        return Literal(text, datatype=URIRef(_XSD + self.kind))


def _iri(name: str, text: str, prefixes: Mapping[str, str]) -> URIRef:
    if text.startswith("<") and text.endswith(">"):
        return URIRef(text[1:-1])
    if re.match(r"(https?|urn):", text):
        return URIRef(text)
    prefix, colon, local = text.partition(":")
    if colon and prefix in prefixes:
        return URIRef(prefixes[prefix] + local)
    known = ", ".join(f"{p}:" for p in prefixes)
    raise UsageError(f"--param {name}={text}: not an IRI; give <…> or a prefixed name ({known})")


@dataclass(frozen=True)
class QueryFile:
    """A query file: its header (title, questions, parameters) and its text."""

    path: Path | None
    title: str
    question_zh: str
    question_en: str
    parameters: tuple[Parameter, ...]
    text: str
    prefixes: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The file name, or ``<query>`` for a text without a file."""
        return self.path.name if self.path else "<query>"


def parse_query_text(text: str, path: Path | None = None) -> QueryFile:
    """Read the header of a query text; see the module docstring for its shape."""
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    title = header[0].lstrip("# ").strip() if header else ""
    fields: dict[str, str] = {}
    parameters = []
    in_parameters = False
    for line in header[1:]:
        match = re.match(r"#\s*(问题|Question|Parameters)\s*[:\uff1a]\s*(.*)", line)
        if match:
            fields[match.group(1)] = match.group(2).strip()
            in_parameters = match.group(1) == "Parameters"
            continue
        if not line.strip("# "):
            in_parameters = False  # a blank comment line ends the parameter list
        match = _PARAMETER.match(line)
        if match and in_parameters:
            kind = match.group("kind")
            if kind not in PARAMETER_KINDS:
                raise InputError(path or "<query>", f"?{match.group('name')}: unknown "
                                 f"parameter kind {kind} (use {', '.join(PARAMETER_KINDS)})")
            parameters.append(Parameter(match.group("name"), kind,
                                        match.group("default").strip('"'),
                                        match.group("help").strip()))
    prefixes = {p: iri for p, iri in _PREFIX.findall(text)}
    return QueryFile(path, title, fields.get("问题", ""), fields.get("Question", ""),
                     tuple(parameters), text, prefixes)


def read_query(path: Path | str) -> QueryFile:
    """Read and parse a query file; raises :class:`InputError` if it cannot be read."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(path, f"cannot read the query: {err}") from err
    return parse_query_text(text, path)


def query_files(folder: Path = QUERIES_DIR) -> list[QueryFile]:
    """Every ``*.rq`` file in ``folder``, by name."""
    return [read_query(path) for path in sorted(folder.glob("*.rq"))]


def check_syntax(query: QueryFile) -> list[str]:
    """Parse the query with rdflib; returns its projected variable names.

    Raises :class:`QuerySyntaxError` naming the file, line and column.

    >>> check_syntax(parse_query_text("SELECT ?a WHERE { ?a ?b }"))
    Traceback (most recent call last):
    ...
    chainkg.errors.QuerySyntaxError: <query>: line 1, column 19: Expected SelectQuery
    """
    return list(_projection(query.text, query.name))


@functools.lru_cache(maxsize=256)
def _projection(text: str, name: str) -> tuple[str, ...]:
    """Parse once per text (rdflib's parser takes milliseconds per query)."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql import prepareQuery

    query_name = name
    try:
        prepared = prepareQuery(text)
    except ParseBaseException as err:
        message = re.sub(r"\s*\(at char \d+\).*$", "", str(err.msg or err), flags=re.S)
        raise QuerySyntaxError(f"{query_name}: line {err.lineno}, column {err.col}: "
                               f"{message}") from err
    except Exception as err:  # rdflib raises plain exceptions for unknown prefixes etc.
        raise QuerySyntaxError(f"{query_name}: {err}") from err
    if prepared.algebra.name != "SelectQuery":
        raise UsageError(f"{query_name}: only SELECT queries can be run this way")
    return tuple(str(v) for v in prepared.algebra.get("PV", []))


def bindings(query: QueryFile, assignments: Iterable[str] = ()) -> dict[str, Node]:
    """Every parameter bound to its default, or to the ``NAME=VALUE`` assignment given."""
    by_name = {p.name: p for p in query.parameters}
    given: dict[str, str] = {}
    for assignment in assignments:
        name, equals, value = assignment.partition("=")
        name = name.strip().lstrip("?")
        if not equals:
            raise UsageError(f"--param {assignment}: write NAME=VALUE")
        if name not in by_name:
            known = ", ".join(by_name) or "none"
            raise UsageError(f"--param {name}: {query.name} has no such parameter "
                             f"(its parameters: {known})")
        given[name] = value
    prefixes = {**DISPLAY_PREFIXES, **query.prefixes}
    return {p.name: p.value(given.get(p.name, p.default), prefixes) for p in query.parameters}


def run_query(query: QueryFile | str | Path, source: Graph | str,
              params: Iterable[str] | Mapping[str, str] = (),
              **remote: Any) -> list[dict[str, Node]]:
    """Rows of a query file on a graph or an endpoint URL, parameters bound as values.

    ``params`` are ``NAME=VALUE`` strings or a mapping; parameters not given take their
    defaults. ``remote`` options go to :func:`chainkg.remote.select`.
    """
    from chainkg.store import select

    if not isinstance(query, QueryFile):
        query = read_query(query)
    if isinstance(params, Mapping):
        params = [f"{k}={v}" for k, v in params.items()]
    check_syntax(query)
    return select(source, query.text, bindings(query, params), **remote)


# --- output -----------------------------------------------------------------------------


def _short(node: Node, prefixes: Mapping[str, str]) -> str:
    if isinstance(node, URIRef):
        best = max(((p, ns) for p, ns in prefixes.items() if str(node).startswith(ns)),
                   key=lambda item: len(item[1]), default=None)
        if best and re.fullmatch(r"[\w./-]*", str(node)[len(best[1]):]):
            return f"{best[0]}:{str(node)[len(best[1]):]}"
        return f"<{node}>"
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    fill = " " * (width - _width(text))
    return fill + text if right else text + fill


def _is_number(node: Node | None) -> bool:
    return isinstance(node, Literal) and node.datatype is not None and \
        str(node.datatype).startswith(_XSD) and \
        str(node.datatype)[len(_XSD):] in ("integer", "decimal", "double", "float",
                                               "nonNegativeInteger", "long", "int")


def _table(rows: Sequence[Mapping[str, Node]], variables: Sequence[str],
           prefixes: Mapping[str, str]) -> str:
    cells = [[_short(row[v], prefixes) if v in row else "" for v in variables] for row in rows]
    right = [any(_is_number(row.get(v)) for row in rows) for v in variables]
    widths = [max([_width(v)] + [_width(c[i]) for c in cells]) for i, v in enumerate(variables)]
    lines = ["  ".join(_pad(v, w, r) for v, w, r in zip(variables, widths, right, strict=True)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w, r) for c, w, r in zip(row, widths, right, strict=True))
              for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _json_term(node: Node) -> dict[str, str]:
    if isinstance(node, URIRef):
        return {"type": "uri", "value": str(node)}
    if isinstance(node, BNode):
        return {"type": "bnode", "value": str(node)}
    term: dict[str, str] = {"type": "literal", "value": str(node)}
    if isinstance(node, Literal) and node.language:
        term["xml:lang"] = node.language
    elif isinstance(node, Literal) and node.datatype:
        term["datatype"] = str(node.datatype)
    return term


def format_rows(rows: Sequence[Mapping[str, Node]], variables: Sequence[str], fmt: str = "table",
                prefixes: Mapping[str, str] | None = None) -> str:
    """Rows as an aligned table, or in the SPARQL 1.1 CSV, TSV or JSON results format.

    >>> rows = [{"name": Literal("唐山", lang="zh"), "n": Literal(3)}]
    >>> print(format_rows(rows, ["name", "n"]), end="")
    name  n
    ----  -
    唐山  3
    (1 row)
    >>> format_rows(rows, ["name", "n"], "tsv")
    '?name\\t?n\\n"唐山"@zh\\t3\\n'
    """
    prefixes = {**DISPLAY_PREFIXES, **(prefixes or {})}
    if fmt == "table":
        return _table(rows, variables, prefixes)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([[str(row[v]) if v in row else "" for v in variables] for row in rows])
        return out.getvalue()
    if fmt == "tsv":
        def tsv_term(node: Node) -> str:
            if isinstance(node, Literal) and str(node.datatype) == _XSD + "integer":
                return str(node)
            return node.n3()
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join(tsv_term(row[v]) if v in row else "" for v in variables)
                  for row in rows]
        return "\n".join(lines) + "\n"
    if fmt == "json":
        data = {"head": {"vars": list(variables)},
                "results": {"bindings": [{v: _json_term(row[v]) for v in variables if v in row}
                                         for row in rows]}}
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    raise UsageError(f"--format {fmt}: use one of {', '.join(FORMATS)}")


def comparable(value: Node) -> Any:
    """A key under which equal results from different stores compare equal.

    Numbers compare by value (stores differ in ``1`` vs ``1.0`` and in integer subtypes),
    and ``xsd:string`` literals equal plain ones.

    >>> comparable(Literal("1.0", datatype=URIRef(_XSD + "decimal"))) == comparable(Literal(1))
    True
    """
    if _is_number(value):
        try:
            return ("number", Decimal(str(value)).normalize())
        except InvalidOperation:
            return ("number", str(value))
    if isinstance(value, Literal):
        return ("literal", str(value), value.language or "",
                "" if str(value.datatype) in ("None", _XSD + "string") else str(value.datatype))
    return (type(value).__name__, str(value))


def cli_query(args) -> int:
    """``chainkg query FILE.rq``: run a query file and print its rows."""
    from chainkg.store import load_graph

    query = read_query(args.query)
    variables = check_syntax(query)
    values = bindings(query, args.param)
    if args.endpoint:
        from chainkg.remote import endpoint_for
        from chainkg.store import select

        endpoint = endpoint_for(args.endpoint, timeout=args.timeout, retries=args.retries,
                                default_graph=args.default_graph)
        rows = select(endpoint.query_url, query.text, values, **{
            k: getattr(endpoint, k) for k in ("timeout", "retries", "auth", "default_graph")})
    else:
        from chainkg.store import select

        graph = load_graph(args.graph, store="oxigraph")
        rows = select(graph, query.text, values)
    print(format_rows(rows, variables, args.format, query.prefixes), end="")
    return 0
