"""The command line as a user meets it: ``chainkg.cli.main([...])`` run like the shell
would, its output captured.

Errors are one line on stderr, ``chainkg: FILE-OR-ENDPOINT: problem``, with the
traceback only under ``--verbose``; ``--quiet`` prints errors only; the exit codes are
the ones the ``--help`` epilog documents.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from chainkg.cli import EPILOG, EXIT_FAILED, EXIT_OK, EXIT_SERVICE, EXIT_USAGE, HANDLERS, main
from chainkg.paths import GRAPHS_DIR, QUERIES_DIR
from chainkg.server import free_port

FIXTURES = Path(__file__).parent / "fixtures"
SMALL_ARTICLE = FIXTURES / "input" / "traditional.txt"  # 兩岸產業合作論壇在天津舉行, 4 lines
NOT_CONFORMING = """@prefix ckg: <https://w3id.org/chainkg/ontology#> .
<https://w3id.org/chainkg/id/company/0123456789ab> a ckg:Company .
"""


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``chainkg ARGV...``."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(text: str) -> str:
    lines = text.splitlines()
    assert len(lines) == 1, f"expected one line, got:\n{text}"
    return lines[0]


# --- exit codes ----------------------------------------------------------------------


def test_the_epilog_documents_the_exit_codes_the_cli_uses():
    documented = {int(code) for code in re.findall(r"^\s+(\d)\s+\S", EPILOG, re.MULTILINE)}
    assert documented == {EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SERVICE} == {0, 1, 2, 3}


def test_help_lists_every_subcommand_and_the_exit_codes(capsys):
    code, out, err = run(capsys, "--help")
    assert code == EXIT_OK and err == ""
    for command in HANDLERS:
        assert re.search(rf"^\s+{command}\s", out, re.MULTILINE), command
    assert "exit codes:" in out


@pytest.mark.parametrize("command", list(HANDLERS))
def test_every_subcommand_has_help_with_the_exit_codes(capsys, command):
    code, out, _ = run(capsys, command, "--help")
    assert code == EXIT_OK
    assert out.startswith(f"usage: chainkg {command}")
    assert "--quiet" in out and "--verbose" in out and "exit codes:" in out


# --- bad usage: exit 2, one line ------------------------------------------------------


@pytest.mark.parametrize("argv", [
    [],                                     # no command
    ["frobnicate"],                         # no such command
    ["build", "--no-such-option"],
    ["query"],                              # missing FILE.rq
    ["query", "q.rq", "--format", "xml"],   # not a choice
    ["gaps", "--graph", "g.ttl", "--endpoint", "http://127.0.0.1:1/query"],  # exclusive
    ["serve", "--port", "eighty"],
], ids=lambda argv: " ".join(argv) or "nothing")
def test_bad_arguments_give_one_line_and_exit_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == EXIT_USAGE
    assert out == ""
    assert one_line(err).startswith("chainkg")
    assert "error:" in err and "Traceback" not in err


def test_a_malformed_query_is_bad_usage_naming_the_file(capsys, tmp_path, mini_graph_path):
    query = tmp_path / "broken.rq"
    query.write_text("# Broken\nSELECT ?s WHERE { ?s ?p }\n", encoding="utf-8")
    code, _, err = run(capsys, "query", str(query), "--graph", str(mini_graph_path))
    assert code == EXIT_USAGE
    assert one_line(err).startswith("chainkg: ")
    assert query.name in err and "line 2" in err


# --- missing and bad files: exit 1, one line naming the file ---------------------------


@pytest.mark.parametrize("command", [
    ["validate", "{missing}"],
    ["build", "{missing}", "--out", "{tmp}/out.ttl"],
    ["extract", "{missing}", "--out", "{tmp}/json"],
    ["query", "{missing}"],
    ["maps", "--graph", "{missing}", "--out", "{tmp}/maps"],
    ["gaps", "--graph", "{missing}", "--out", "{tmp}/gaps"],
], ids=lambda argv: argv[0])
def test_a_missing_file_gives_one_line_naming_it_and_exit_1(capsys, tmp_path, command):
    missing = tmp_path / "no-such-file.ttl"
    argv = [part.format(missing=missing, tmp=tmp_path) for part in command]
    code, _, err = run(capsys, *argv)
    assert code == EXIT_FAILED
    assert str(missing) in one_line(err)
    assert one_line(err).startswith("chainkg: ")


@pytest.mark.parametrize("command", [
    ["build", str(SMALL_ARTICLE), "--no-cache", "--out", "{blocker}/chainkg.ttl"],
    ["maps", "--graph", str(FIXTURES / "input" / "graph.ttl"), "--out", "{blocker}/maps"],
], ids=lambda argv: argv[0])
def test_an_output_that_cannot_be_written_gives_one_line_naming_it(capsys, tmp_path, command):
    blocker = tmp_path / "a-file"  # a file where the command needs a folder
    blocker.write_text("", encoding="utf-8")
    code, _, err = run(capsys, "--quiet", *[part.format(blocker=blocker) for part in command])
    assert code == EXIT_FAILED
    assert one_line(err).startswith(f"chainkg: {blocker}")


def test_serve_without_a_built_graph_is_bad_usage_naming_it(capsys, tmp_path):
    missing = tmp_path / "chainkg.ttl"
    code, _, err = run(capsys, "serve", "--graph", str(missing), "--port", str(free_port()))
    assert code == EXIT_USAGE
    assert str(missing) in one_line(err)


def test_an_article_that_is_not_chinese_fails_the_build_by_name(capsys, tmp_path):
    english = FIXTURES / "input" / "english.txt"
    code, _, err = run(capsys, "--quiet", "build", str(english), "--out", str(tmp_path / "g.ttl"),
                       "--no-cache")
    assert code == EXIT_FAILED
    assert str(english) in err
    assert "Traceback" not in err


@pytest.mark.parametrize("engine", ["pyshacl", "shapecheck"])
def test_a_graph_that_does_not_conform_exits_1(capsys, tmp_path, engine):
    graph = tmp_path / "bad.ttl"
    graph.write_text(NOT_CONFORMING, encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(graph), "--engine", engine)
    assert code == EXIT_FAILED
    assert "Conforms: False" in out


def test_both_engines_give_the_same_verdict_and_count_on_the_committed_graph(capsys):
    graph = GRAPHS_DIR / "chainkg.ttl"
    verdicts = []
    for engine in ("pyshacl", "shapecheck"):
        code, out, _ = run(capsys, "-q", "validate", str(graph), "--engine", engine)
        verdicts.append((code, out.strip().splitlines()[-1]))
    assert verdicts[0] == verdicts[1] == (0, f"{graph}: conforms")


# --- a remote endpoint that fails: exit 3, one line naming it ---------------------------


def test_an_unreachable_endpoint_gives_one_line_naming_it_and_exit_3(capsys):
    endpoint = f"http://127.0.0.1:{free_port()}/query"
    code, out, err = run(capsys, "query", str(QUERIES_DIR / "16-articles.rq"),
                         "--endpoint", endpoint, "--retries", "0", "--timeout", "5")
    assert code == EXIT_SERVICE
    assert out == ""
    assert one_line(err).startswith(f"chainkg: {endpoint}")


# --- --verbose and --quiet ------------------------------------------------------------


@pytest.mark.parametrize("where", ["before", "after"])
def test_verbose_shows_the_traceback_then_the_one_line(capsys, tmp_path, where):
    missing = tmp_path / "missing.ttl"
    argv = (["--verbose", "validate", str(missing)] if where == "before"
            else ["validate", str(missing), "--verbose"])
    code, _, err = run(capsys, *argv)
    assert code == EXIT_FAILED
    assert err.startswith("Traceback (most recent call last):")
    assert "InputError" in err
    assert err.splitlines()[-1] == f"chainkg: {missing}: no such file"


def test_without_verbose_there_is_no_traceback(capsys, tmp_path):
    missing = tmp_path / "missing.ttl"
    code, _, err = run(capsys, "validate", str(missing))
    assert code == EXIT_FAILED
    assert err == f"chainkg: {missing}: no such file\n"


def test_quiet_build_prints_nothing_when_all_goes_well(capsys, tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SMALL_ARTICLE, articles / "forum.txt")
    out_file = tmp_path / "chainkg.ttl"
    code, out, err = run(capsys, "build", str(articles), "--out", str(out_file),
                         "--cache", str(tmp_path / "cache"), "--quiet")
    assert code == EXIT_OK
    assert (out, err) == ("", "")
    assert out_file.stat().st_size > 0

    code, out, err = run(capsys, "build", str(articles), "--out", str(out_file),
                         "--cache", str(tmp_path / "cache"))
    assert code == EXIT_OK
    assert "1 articles (1 from cache)" in out + err  # without --quiet: the summary


def test_quiet_still_prints_errors(capsys, tmp_path):
    missing = tmp_path / "missing.ttl"
    code, out, err = run(capsys, "-q", "validate", str(missing))
    assert code == EXIT_FAILED
    assert out == ""
    assert one_line(err) == f"chainkg: {missing}: no such file"


def test_quiet_validate_prints_only_its_verdict(capsys):
    graph = FIXTURES / "input" / "graph.ttl"
    code, out, err = run(capsys, "--quiet", "validate", str(graph))
    assert code == EXIT_OK
    assert (out, err) == (f"{graph}: conforms\n", "")  # the SHACL report only without -q


# --- progress bars on long work -------------------------------------------------------


def test_build_shows_a_progress_bar_over_the_articles_unless_quiet(capsys, tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("forum-1.txt", "forum-2.txt"):
        shutil.copy(SMALL_ARTICLE, articles / name)
    argv = ["build", str(articles), "--out", str(tmp_path / "g.ttl"), "--no-cache"]
    code, _, err = run(capsys, *argv)
    assert code == EXIT_OK
    assert "articles:" in err and "0/2" in err  # tqdm, on stderr
    code, out, err = run(capsys, *argv, "--quiet")
    assert code == EXIT_OK
    assert (out, err) == ("", "")


@pytest.mark.server
def test_push_shows_a_progress_bar_unless_quiet(capsys, oxigraph_server):
    graph = FIXTURES / "input" / "graph.ttl"
    argv = ["push", "--graph", str(graph), "--endpoint", oxigraph_server.query_url,
            "--graph-iri", "urn:chainkg:test-cli"]
    code, _, err = run(capsys, *argv)
    assert code == EXIT_OK
    assert "PUT" in err
    code, out, err = run(capsys, *argv, "--quiet")
    assert code == EXIT_OK
    assert (out, err) == ("", "")
