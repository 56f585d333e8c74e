"""Query files and ``chainkg query``: headers, parameters bound as values, output formats, errors.

Remote execution and the servers are in test_remote.py; what each query answers is in
test_queries.py.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from pathlib import Path

import pytest
from rdflib import Literal, URIRef, namespace
from rdflib.plugins.sparql import prepareQuery

from chainkg.cli import main
from chainkg.errors import QuerySyntaxError, UsageError
from chainkg.paths import QUERIES_DIR, ROOT
from chainkg.remote import bind_values, term_from_json
from chainkg.server import free_port
from chainkg.sparql import (
    Parameter,
    bindings,
    check_syntax,
    format_rows,
    parse_query_text,
    query_files,
    read_query,
)

RELOCATIONS = QUERIES_DIR / "02-beijing-to-hebei-relocations.rq"


def design_questions() -> dict[str, str]:
    """The "Queries" table of docs/DESIGN.md: file name -> English question."""
    text = (ROOT / "docs" / "DESIGN.md").read_text(encoding="utf-8")
    return dict(re.findall(r"^\| `(\d\d-[\w-]+\.rq)` \| (.+?) \|$", text, re.MULTILINE))


def test_the_query_files_are_the_ones_named_in_the_design() -> None:
    assert [path.name for path in sorted(QUERIES_DIR.glob("*.rq"))] == list(design_questions())
    assert len(design_questions()) >= 15


@pytest.mark.parametrize("query", query_files(), ids=lambda q: q.name)
def test_every_query_file_has_its_header_and_parses(query) -> None:
    assert query.title and not query.title.startswith("#")
    assert re.search(r"[\u4e00-\u9fff]", query.question_zh), "the question in Chinese"
    assert query.question_en == design_questions()[query.name]
    assert "Parameters:" in query.text.split("PREFIX")[0]
    check_syntax(query)
    values = bindings(query)  # every default is a valid value
    body = query.text.split("SELECT", 1)[1]
    for parameter in query.parameters:
        assert values[parameter.name] is not None
        assert f"?{parameter.name}" in body, f"?{parameter.name} is not used"
        assert parameter.description


def test_a_header_gives_title_questions_and_parameters() -> None:
    query = parse_query_text(
        "# Tenants of a park\n#\n# 问题: 园区X有哪些企业?\n# Question: Who is in park X?\n#\n"
        "# Parameters:\n#   ?parkName  string = \"雄安 中关村\"   the park's name\n"
        "#   ?top       integer = 10   how many\n#\n# ?top is not a parameter here.\n"
        "SELECT ?t WHERE { ?t ?p ?parkName } LIMIT 10\n")
    assert (query.title, query.question_zh, query.question_en) == (
        "Tenants of a park", "园区X有哪些企业?", "Who is in park X?")
    assert query.parameters == (
        Parameter("parkName", "string", "雄安 中关村", "the park's name"),
        Parameter("top", "integer", "10", "how many"))


def test_parameters_take_defaults_prefixed_names_and_full_iris() -> None:
    query = read_query(RELOCATIONS)
    assert bindings(query) == {"from": URIRef("https://w3id.org/chainkg/region/110000"),
                               "to": URIRef("https://w3id.org/chainkg/region/130000")}
    assert bindings(query, ["to=region:130900"])["to"] == \
        URIRef("https://w3id.org/chainkg/region/130900")
    assert bindings(query, ["?to=<https://w3id.org/chainkg/region/120000>"])["to"] == \
        URIRef("https://w3id.org/chainkg/region/120000")


@pytest.mark.parametrize(("assignment", "problem"), [
    ("nosuch=1", "no such parameter (its parameters: from, to)"),
    ("to", "write NAME=VALUE"),
    ("to=河北", "not an IRI"),
])
def test_bad_parameters_are_usage_errors(assignment: str, problem: str) -> None:
    with pytest.raises(UsageError, match=re.escape(problem)):
        bindings(read_query(RELOCATIONS), [assignment])


def test_typed_parameters_check_their_values() -> None:
    assert Parameter("n", "integer", "1").value("42", {}) == Literal(42)
    assert Parameter("d", "date", "2024-01-01").value("2024-02-24", {}) == \
        Literal("2024-02-24", datatype=namespace.XSD.date)
    with pytest.raises(UsageError, match="not integer"):
        Parameter("n", "integer", "1").value("42; DROP", {})


def test_values_open_the_where_group_whatever_comes_before() -> None:
    query = ('# a comment with { a brace\nPREFIX x: <urn:x#>\n'
             'SELECT ?s WHERE { ?s x:p "{" ; x:q ?name }')
    bound = bind_values(query, {"name": Literal('"} ; DROP ALL ; {'), "s": URIRef("urn:s")})
    assert bound.startswith(query[: query.index("WHERE {") + 7] + " VALUES (?name ?s)")
    assert '"\\"} ; DROP ALL ; {"' in bound
    prepareQuery(bound)  # still one well-formed SELECT query
    with pytest.raises(UsageError, match="not a valid IRI"):
        bind_values(query, {"s": URIRef("urn:x> } ; DROP ALL ; {")})


def test_a_malformed_query_is_reported_with_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("# Broken\nSELECT ?a\nWHERE {\n  ?a ?b\n}\n", encoding="utf-8")
    with pytest.raises(QuerySyntaxError, match=r"^bad\.rq: line \d+, column \d+: \S"):
        check_syntax(read_query(bad))


ROWS = [
    {"park": URIRef("https://w3id.org/chainkg/id/park/x"),
     "name": Literal("唐山市高新区", lang="zh"), "actors": Literal(12)},
    {"park": URIRef("https://w3id.org/chainkg/id/park/y"), "name": Literal('a "quoted", name')},
]


def test_table_aligns_chinese_text_by_display_width() -> None:
    lines = format_rows(ROWS, ["park", "name", "actors"]).splitlines()
    assert lines[0].split() == ["park", "name", "actors"]
    assert lines[2].startswith("id:park/x  唐山市高新区")
    # the numbers end under "actors" although 唐山市高新区 is 6 characters but 12 columns wide
    def columns(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) == "W" else 1 for ch in text)
    assert lines[2].endswith("12") and columns(lines[2]) == columns(lines[0])
    assert lines[-1] == "(2 rows)"


def test_csv_is_the_sparql_csv_results_format() -> None:
    rows = list(csv.reader(io.StringIO(format_rows(ROWS, ["park", "name", "actors"], "csv"))))
    assert rows == [["park", "name", "actors"],
                    ["https://w3id.org/chainkg/id/park/x", "唐山市高新区", "12"],
                    ["https://w3id.org/chainkg/id/park/y", 'a "quoted", name', ""]]


def test_tsv_writes_rdf_terms() -> None:
    lines = format_rows(ROWS, ["park", "name", "actors"], "tsv").splitlines()
    assert lines[0] == "?park\t?name\t?actors"
    assert lines[1] == '<https://w3id.org/chainkg/id/park/x>\t"唐山市高新区"@zh\t12'


def test_json_is_the_sparql_json_results_format_and_reads_back() -> None:
    data = json.loads(format_rows(ROWS, ["park", "name", "actors"], "json"))
    assert data["head"]["vars"] == ["park", "name", "actors"]
    back = [{k: term_from_json(v) for k, v in row.items()} for row in data["results"]["bindings"]]
    assert back == ROWS


def test_cli_query_runs_a_file_on_a_graph(mini_graph_path: Path, capsys) -> None:
    assert main(["query", str(RELOCATIONS), "--graph", str(mini_graph_path),
                 "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("company,name,how,originName,park,parkName,parentName")
    assert "北京金城泰尔制药有限公司沧州分公司" in out
    assert main(["query", str(RELOCATIONS), "--graph", str(mini_graph_path),
                 "--param", "to=region:120000", "--format", "csv"]) == 0
    assert capsys.readouterr().out.count("\n") == 1  # nobody moved to Tianjin


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("chainkg: "), err
    return err


def test_cli_bad_parameter_exits_2(mini_graph_path: Path, capsys) -> None:
    assert main(["query", str(RELOCATIONS), "--graph", str(mini_graph_path),
                 "--param", "nosuch=1"]) == 2
    assert "--param nosuch" in _one_line_error(capsys)


def test_cli_malformed_query_exits_2_with_line_and_column(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?a WHERE { ?a ?b }\n", encoding="utf-8")
    assert main(["query", str(bad), "--graph", "no-graph-needed.ttl"]) == 2
    assert re.search(r"bad\.rq: line 1, column \d+", _one_line_error(capsys))


def test_cli_missing_graph_exits_1(tmp_path: Path, capsys) -> None:
    assert main(["query", str(RELOCATIONS), "--graph", str(tmp_path / "none.ttl")]) == 1
    assert "none.ttl" in _one_line_error(capsys)


def test_cli_endpoint_down_exits_3_with_one_line(capsys) -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    assert main(["query", str(RELOCATIONS), "--endpoint", url, "--retries", "1"]) == 3
    error = _one_line_error(capsys)
    assert url in error and "cannot connect" in error
