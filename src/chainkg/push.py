"""Load the built graph into a remote store: one Graph Store Protocol PUT, or SPARQL Update.

A PUT replaces the whole named graph, so pushing twice leaves the same graph. Stores
without the Graph Store Protocol (a 404, 405 or 501 answer, or no store URL) get the
graph as ``DROP SILENT GRAPH`` followed by batched ``INSERT DATA`` requests instead.
Afterwards the triples on the server are counted and must match::

    $ chainkg push --endpoint http://127.0.0.1:7878/query
    $ CHAINKG_SPARQL_USER=dba CHAINKG_SPARQL_PASSWORD=dba CHAINKG_SPARQL_AUTH=digest \\
        chainkg push --endpoint http://127.0.0.1:8890/sparql

>>> batches = insert_batches(["<a> <b> <c> .", "<a> <b> _:x .", "<a> <b> <d> ."],
...                          "urn:g", size=1)
>>> len(batches), batches[-1]
(3, 'INSERT DATA { GRAPH <urn:g> {\\n<a> <b> _:x .\\n} }')
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from chainkg.errors import ServiceError
from chainkg.remote import Endpoint, count_triples, endpoint_for, graph_store_put, update

__all__ = ["PushReport", "cli_push", "insert_batches", "push_file", "push_graph"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PushReport:
    """What a push did: how many triples, by which protocol, and the count on the server."""

    triples: int
    method: str  # "graph-store" or "update"
    server_count: int
    seconds: float


def insert_batches(lines: Sequence[str], graph_iri: str | None, size: int) -> list[str]:
    """``INSERT DATA`` requests of at most ``size`` N-Triples lines each.

    Triples with blank nodes all go into the last request, so that a blank node is one
    node on the server too.
    """
    plain = [line for line in lines if "_:" not in line]
    blank = [line for line in lines if "_:" in line]
    groups = [plain[i:i + size] for i in range(0, len(plain), size)]
    if blank:
        groups.append(blank)
    open_, close = (f"GRAPH <{graph_iri}> {{\n", "\n}") if graph_iri else ("\n", "\n")
    return ["INSERT DATA { " + open_ + "\n".join(group) + close + " }" for group in groups]


def _progress_bar(total: int, unit: str, enabled: bool, description: str):
    from tqdm import tqdm

    return tqdm(total=total, unit=unit, unit_scale=True, disable=not enabled,
                desc=description, leave=False)


def push_graph(graph: Graph, endpoint: Endpoint, graph_iri: str | None, *,
               batch: int = 5000, show_progress: bool = False) -> PushReport:
    """Replace ``graph_iri`` (the default graph if None) on the store with ``graph``."""
    started = time.perf_counter()
    ntriples = graph.serialize(format="nt", encoding="utf-8")
    lines = [line for line in ntriples.decode("utf-8").splitlines() if line.strip()]
    method = "graph-store"
    try:
        if not endpoint.store_url:
            raise ServiceError(f"{endpoint.query_url}: no Graph Store Protocol endpoint")
        with _progress_bar(len(ntriples), "B", show_progress, "PUT") as bar:
            graph_store_put(endpoint, graph_iri, ntriples, "text/turtle", bar.update)
    except ServiceError as err:
        if endpoint.store_url and getattr(err, "status", None) is None:
            raise
        log.info("%s; falling back to SPARQL Update", err)
        method = "update"
        update(endpoint, f"DROP SILENT GRAPH <{graph_iri}>" if graph_iri
               else "DROP SILENT DEFAULT")
        requests = insert_batches(lines, graph_iri, batch)
        with _progress_bar(len(lines), "triples", show_progress, "INSERT DATA") as bar:
            for request in requests:
                update(endpoint, request)
                bar.update(request.count("\n") - 1)
    server_count = count_triples(endpoint, graph_iri)
    report = PushReport(len(lines), method, server_count, time.perf_counter() - started)
    if server_count != len(lines):
        raise ServiceError(f"{endpoint.query_url}: pushed {len(lines)} triples but the "
                           f"store holds {server_count} in {graph_iri or 'the default graph'}")
    return report


def push_file(path: Path, endpoint: Endpoint, graph_iri: str | None, *,
              include_reference: bool = True, batch: int = 5000,
              show_progress: bool = False) -> PushReport:
    """Push a built graph file, with the reference data (chains, regions) beside it."""
    from chainkg.store import load_graph

    graph = load_graph(path, include_reference=include_reference)
    report = push_graph(graph, endpoint, graph_iri, batch=batch, show_progress=show_progress)
    log.info("%s: %d triples into %s by %s in %.1f s; the store holds %d", path,
             report.triples, graph_iri or "the default graph", report.method,
             report.seconds, report.server_count)
    return report


def cli_push(args) -> int:
    """``chainkg push``: load the built graph into a remote store, then check the count."""
    store = "" if args.store == "none" else args.store  # "none": SPARQL Update only
    endpoint = endpoint_for(args.endpoint, update_url=args.update, store_url=store)
    report = push_file(args.graph, endpoint, args.graph_iri or None, batch=args.batch,
                       show_progress=not args.quiet)
    if not args.quiet:
        print(f"pushed {report.triples} triples to <{args.graph_iri}> at {args.endpoint} "
              f"({report.method}, {report.seconds:.1f} s); the store holds "
              f"{report.server_count}")
    return 0
