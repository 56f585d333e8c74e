"""Remote SPARQL: the client's protocol manners, push, serve, and two real servers.

The first tests talk to a small scripted HTTP endpoint in this process (a real server on
loopback, answering what each test tells it to) to check what goes over the wire. The
tests marked ``server`` start the Oxigraph server and Virtuoso 7 (tests/conftest.py),
push the seed graph into each, and run every query in queries/ there: the rows must
equal the local ones.
"""

from __future__ import annotations

import base64
import json
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from chainkg.cli import main
from chainkg.errors import QuerySyntaxError, ServiceError
from chainkg.paths import QUERIES_DIR
from chainkg.push import push_file
from chainkg.remote import Auth, Endpoint, count_triples, endpoint_for, select, update
from chainkg.server import free_port
from chainkg.sparql import comparable, query_files, run_query
from chainkg.store import load_graph

GRAPH = "https://w3id.org/chainkg/graph/"
EMPTY_RESULTS = {"head": {"vars": ["n"]},
                 "results": {"bindings": [{"n": {"type": "literal", "value": "7",
                             "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}


# --- a scripted endpoint ----------------------------------------------------------------


@dataclass
class Script:
    """What the scripted endpoint answers, in order, and the requests it saw."""

    answers: list[tuple[int, str]] = field(default_factory=list)
    delay: float = 0.0
    requests: list[dict] = field(default_factory=list)


@pytest.fixture
def scripted() -> Iterator[tuple[str, Script]]:
    script = Script()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            body = self.rfile.read(length).decode("utf-8")
            script.requests.append({"method": "POST", "path": self.path,
                                    "headers": dict(self.headers),
                                    "form": urllib.parse.parse_qs(body)})
            time.sleep(script.delay)
            status, text = script.answers.pop(0) if script.answers else \
                (200, json.dumps(EMPTY_RESULTS))
            self.send_response(status)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            self.wfile.write(text.encode("utf-8"))

        def do_GET(self) -> None:
            script.requests.append({"method": "GET", "path": self.path})
            self.send_response(405)
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/query", script
    server.shutdown()
    server.server_close()


def fast(url: str, **options) -> Endpoint:
    options.setdefault("auth", None)
    return endpoint_for(url, backoff=0.01, **options)


def test_queries_are_posted_and_ask_for_json_by_content_negotiation(scripted) -> None:
    url, script = scripted
    rows = select(fast(url, default_graph="urn:g"), "SELECT ?n WHERE { ?s ?p ?n }")
    assert rows[0]["n"].toPython() == 7
    (request,) = script.requests
    assert request["method"] == "POST"
    assert "application/sparql-results+json" in request["headers"]["Accept"]
    assert set(request["form"]) == {"query", "default-graph-uri"}  # no format=, output=
    assert request["form"]["default-graph-uri"] == ["urn:g"]


def test_updates_go_to_the_update_endpoint(scripted) -> None:
    url, script = scripted
    update(fast(url), "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    (request,) = script.requests
    assert request["path"] == "/update" and "update" in request["form"]


def test_5xx_answers_are_retried_with_backoff(scripted) -> None:
    url, script = scripted
    script.answers = [(503, "busy"), (502, "bad gateway")]
    assert select(fast(url, retries=2), "SELECT ?n WHERE { ?s ?p ?n }")
    assert len(script.requests) == 3


def test_an_endpoint_that_keeps_failing_gives_one_clear_error(scripted) -> None:
    url, script = scripted
    script.answers = [(500, "Internal error: out of memory")] * 3
    with pytest.raises(ServiceError, match=r"500 .*out of memory \(after 3 attempts\)"):
        select(fast(url, retries=2), "SELECT ?n WHERE { ?s ?p ?n }")


def test_a_refused_query_is_a_syntax_error_with_the_endpoint_message(scripted) -> None:
    url, script = scripted
    script.answers = [(400, "Parser error at 1:20: expected '}'")]
    with pytest.raises(QuerySyntaxError, match=r"refused the query: Parser error at 1:20"):
        select(fast(url), "SELECT ?n WHERE { ?s ?p ?n }")
    assert len(script.requests) == 1  # not retried


def test_unauthorized_names_the_environment_variables(scripted) -> None:
    url, script = scripted
    script.answers = [(401, "who are you")]
    with pytest.raises(ServiceError, match="CHAINKG_SPARQL_USER"):
        select(fast(url), "SELECT ?n WHERE { ?s ?p ?n }")


def test_a_slow_endpoint_times_out(scripted) -> None:
    url, script = scripted
    script.delay = 1.0
    with pytest.raises(ServiceError, match=r"no answer within 0.2 s"):
        select(fast(url, timeout=0.2), "SELECT ?n WHERE { ?s ?p ?n }")


def test_a_closed_port_is_retried_then_reported() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(ServiceError, match=r"cannot connect .*\(after 2 attempts\)"):
        select(fast(url, retries=1), "SELECT ?n WHERE { ?s ?p ?n }")


@pytest.mark.parametrize(("env", "header"), [
    ({"CHAINKG_SPARQL_TOKEN": "t0k"}, "Bearer t0k"),
    ({"CHAINKG_SPARQL_USER": "ana", "CHAINKG_SPARQL_PASSWORD": "s3cret"},
     "Basic " + base64.b64encode(b"ana:s3cret").decode()),
])
def test_credentials_come_from_the_environment(scripted, monkeypatch, env, header) -> None:
    url, script = scripted
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    select(endpoint_for(url), "SELECT ?n WHERE { ?s ?p ?n }")
    assert script.requests[0]["headers"]["Authorization"] == header
    assert "s3cret" not in repr(Auth.from_env())


# --- two real servers -------------------------------------------------------------------


def oxigraph_endpoint(server) -> Endpoint:
    return Endpoint(server.query_url, server.update_url, server.store_url)


def virtuoso_endpoint(server) -> Endpoint:
    return Endpoint(server.query_url, server.update_url, server.store_url,
                    auth=Auth("digest", server.user, server.password))


SERVERS = {"oxigraph": ("oxigraph_server", oxigraph_endpoint),
           "virtuoso": ("virtuoso_server", virtuoso_endpoint)}


@pytest.fixture(params=list(SERVERS))
def endpoint(request: pytest.FixtureRequest) -> Endpoint:
    fixture, make = SERVERS[request.param]
    return make(request.getfixturevalue(fixture))


def rows_key(rows) -> list:
    return sorted(sorted((k, comparable(v)) for k, v in row.items()) for row in rows)


@pytest.mark.server
@pytest.mark.parametrize("graph", ["seed", "mini"])
def test_every_query_gives_the_same_rows_remotely(endpoint: Endpoint, graph: str,
                                                  request: pytest.FixtureRequest) -> None:
    path = request.getfixturevalue(f"{graph}_graph_path")
    graph_iri = GRAPH + graph
    report = push_file(path, endpoint, graph_iri)
    assert report.server_count == report.triples == len(load_graph(path))
    local = load_graph(path, store="oxigraph")
    for query in query_files():
        remote_rows = run_query(query, endpoint.query_url, auth=endpoint.auth,
                                default_graph=graph_iri)
        assert rows_key(remote_rows) == rows_key(run_query(query, local)), query.name


@pytest.mark.server
def test_pushing_twice_replaces_the_graph(endpoint: Endpoint, mini_graph_path: Path) -> None:
    first = push_file(mini_graph_path, endpoint, GRAPH + "twice")
    second = push_file(mini_graph_path, endpoint, GRAPH + "twice")
    assert first.method == second.method == "graph-store"
    assert count_triples(endpoint, GRAPH + "twice") == first.triples == second.triples


@pytest.mark.server
def test_push_falls_back_to_batched_sparql_update(endpoint: Endpoint,
                                                  mini_graph_path: Path) -> None:
    without_store = Endpoint(endpoint.query_url, endpoint.update_url, "", auth=endpoint.auth)
    for _ in range(2):
        report = push_file(mini_graph_path, without_store, GRAPH + "update", batch=700)
        assert report.method == "update"
        assert count_triples(endpoint, GRAPH + "update") == report.triples


@pytest.mark.server
def test_a_hostile_parameter_leaves_the_store_intact(oxigraph_server,
                                                     mini_graph_path: Path) -> None:
    endpoint = oxigraph_endpoint(oxigraph_server)
    push_file(mini_graph_path, endpoint, GRAPH + "hostile")
    before = count_triples(endpoint, GRAPH + "hostile")
    rows = run_query(QUERIES_DIR / "04-park-tenants.rq", endpoint.query_url,
                     {"parkName": '"} ; DROP ALL ; {'}, default_graph=GRAPH + "hostile")
    assert rows == [] and count_triples(endpoint, GRAPH + "hostile") == before


@pytest.mark.server
def test_oxigraph_refusing_a_malformed_query(oxigraph_server) -> None:
    with pytest.raises(QuerySyntaxError, match="refused the query"):
        select(oxigraph_server.query_url, "SELECT ?a WHERE { ?a ?b }", auth=None)


@pytest.mark.server
def test_cli_push_then_query_oxigraph(oxigraph_server, mini_graph_path: Path, capsys) -> None:
    url = oxigraph_server.query_url
    assert main(["push", "--graph", str(mini_graph_path), "--endpoint", url,
                 "--graph-iri", GRAPH + "cli"]) == 0
    assert "the store holds" in capsys.readouterr().out
    assert main(["query", str(QUERIES_DIR / "13-branches.rq"), "--endpoint", url,
                 "--default-graph", GRAPH + "cli", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (row,) = data["results"]["bindings"]
    assert row["branchName"]["value"] == "北京金城泰尔制药有限公司沧州分公司"


@pytest.mark.server
def test_cli_push_to_virtuoso_with_digest_credentials(virtuoso_server, mini_graph_path: Path,
                                                      monkeypatch, capsys) -> None:
    monkeypatch.setenv("CHAINKG_SPARQL_USER", virtuoso_server.user)
    monkeypatch.setenv("CHAINKG_SPARQL_PASSWORD", virtuoso_server.password)
    monkeypatch.setenv("CHAINKG_SPARQL_AUTH", "digest")
    assert main(["push", "--graph", str(mini_graph_path), "--endpoint",
                 virtuoso_server.query_url, "--graph-iri", GRAPH + "cli"]) == 0
    assert "graph-store" in capsys.readouterr().out


@pytest.mark.server
def test_cli_push_without_credentials_is_refused(virtuoso_server, mini_graph_path: Path,
                                                 monkeypatch, capsys) -> None:
    for name in ("CHAINKG_SPARQL_USER", "CHAINKG_SPARQL_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    code = main(["--quiet", "push", "--graph", str(mini_graph_path), "--endpoint",
                 virtuoso_server.query_url, "--graph-iri", GRAPH + "refused"])
    err = capsys.readouterr().err
    assert code == 3 and err.startswith("chainkg: ") and err.count("\n") == 1
    assert "Permission denied" in err


@pytest.mark.server
def test_serve_answers_queries_and_stops_on_ctrl_c(mini_graph_path: Path) -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "chainkg", "--quiet", "serve", "--graph", str(mini_graph_path),
         "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.startswith(f"SPARQL endpoint: http://127.0.0.1:{port}/query"), line
        rows = run_query(QUERIES_DIR / "17-park-management.rq",
                         f"http://127.0.0.1:{port}/query", auth=None)
        assert [str(row["bodyName"]) for row in rows] == ["唐山市高新区管委会"]
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    with pytest.raises(ServiceError, match="cannot connect"):
        select(f"http://127.0.0.1:{port}/query", "ASK {}", auth=None, retries=0)


@pytest.mark.server
@pytest.mark.slow
def test_the_benchmark_runs_at_a_tiny_size() -> None:
    from chainkg.paths import ROOT

    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "queries.py"), "--sizes", "2000",
         "--repeats", "1", "--memory-max", "2000"],
        capture_output=True, text=True, timeout=600, check=True)
    for query in query_files():
        assert f"| {query.name} |" in done.stdout
    assert "| oxigraph server |" in done.stdout and "memory / oxigraph" in done.stdout
