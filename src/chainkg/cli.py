"""The ``chainkg`` command line: one subcommand per stage, each handled by its module.

Exit codes: 0 success; 1 some input failed or a graph does not conform;
2 bad usage; 3 a remote endpoint or a service failed.

>>> parser = make_parser()
>>> parser.parse_args(["build", "--out", "x.ttl"]).out
PosixPath('x.ttl')
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from chainkg.errors import ChainkgError

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_SERVICE", "EXIT_USAGE", "main", "make_parser"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SERVICE = 0, 1, 2, 3

EPILOG = """exit codes:
  0  success
  1  some input failed, or the graph does not conform to the shapes
  2  bad usage
  3  a remote endpoint or a service failed"""

#: subcommand -> "module:function" that handles it (imported only when used).
HANDLERS = {
    "build": "chainkg.build:cli_build",
    "extract": "chainkg.pipeline:cli_extract",
    "maps": "chainkg.maps:cli_maps",
    "gaps": "chainkg.gaps:cli_gaps",
    "query": "chainkg.sparql:cli_query",
    "serve": "chainkg.server:cli_serve",
    "push": "chainkg.push:cli_push",
    "validate": "chainkg.validate:cli_validate",
    "evaluate": "chainkg.evaluate:cli_evaluate",
}


class _Formatter(argparse.HelpFormatter):
    """Wraps one-paragraph descriptions to the terminal; keeps text with line breaks
    (the exit-code epilog) as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n" in text:
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _graph_source(p: argparse.ArgumentParser) -> None:
    src = p.add_mutually_exclusive_group()
    src.add_argument("--graph", type=Path, default=Path("graphs/chainkg.ttl"),
                     help="a built graph file (default: %(default)s)")
    src.add_argument("--endpoint", metavar="URL",
                     help="a SPARQL 1.1 query endpoint instead of a local file")


def make_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    fmt = _Formatter
    parser = _Parser(prog="chainkg", description="Build and query the 京津冀 industry-chain "
                     "knowledge graph from Chinese news articles.", epilog=EPILOG,
                     formatter_class=fmt)
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print progress details, and tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    def add(name: str, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_, epilog=EPILOG,
                           formatter_class=fmt)
        p.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                       help="print errors only")
        p.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                       help="print progress details, and tracebacks on errors")
        return p

    p = add("build", "Build the knowledge graph from articles (default: every article in "
            "data/articles/), validate it against ontology/shapes.ttl and write it atomically.")
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                   help="article files or folders (default: data/articles)")
    p.add_argument("--out", type=Path, default=Path("graphs/chainkg.ttl"),
                   help="the graph to write (default: %(default)s)")
    p.add_argument("--cache", type=Path, default=Path(".cache/articles"),
                   help="per-article cache, keyed by content hash (default: %(default)s)")
    p.add_argument("--no-cache", action="store_true", help="re-extract every article")

    p = add("extract", "Extract entities, relations and facts from articles into JSON files "
            "in the format of the gold annotations.")
    p.add_argument("paths", nargs="+", type=Path, metavar="FILE", help="article files")
    p.add_argument("--out", type=Path, required=True, help="folder for DIR/<stem>.json")

    p = add("maps", "Write the six chain maps: interactive HTML, GraphML, GEXF, "
            "node-link JSON and PNG, and graphs/index.html.")
    _graph_source(p)
    p.add_argument("--out", type=Path, default=Path("graphs/chains"),
                   help="folder for the map files (default: %(default)s)")
    p.add_argument("--chain", action="append", metavar="SLUG",
                   help="only this chain (repeatable; default: all six)")

    p = add("gaps", "Count the actors of each chain x segment x region (北京/天津/河北) and "
            "flag segments where Beijing or Tianjin has actors but Hebei has none.")
    _graph_source(p)
    p.add_argument("--chain", metavar="SLUG", help="only this chain (default: all six)")
    p.add_argument("--out", type=Path, default=Path("graphs"),
                   help="folder for gaps.csv and the heatmap (default: %(default)s)")

    p = add("query", "Run a SPARQL query file on the built graph or on a remote endpoint.")
    p.add_argument("query", type=Path, metavar="FILE.rq", help="the query file")
    _graph_source(p)
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a query parameter as a value (repeatable)")
    p.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table",
                   help="output format (default: %(default)s)")
    p.add_argument("--timeout", type=float, default=60.0,
                   help="remote timeout in seconds (default: %(default)s)")
    p.add_argument("--retries", type=int, default=3,
                   help="remote retries after a 5xx answer or a refused connection, "
                   "with exponential backoff (default: %(default)s)")
    p.add_argument("--default-graph", metavar="IRI",
                   help="with --endpoint: query this named graph as the default graph "
                   "(e.g. the --graph-iri of `chainkg push`)")

    p = add("serve", "Serve the built graph as a SPARQL 1.1 endpoint on loopback "
            "(the Oxigraph server); Ctrl-C stops it.")
    p.add_argument("--graph", type=Path, default=Path("graphs/chainkg.ttl"),
                   help="the graph to serve (default: %(default)s)")
    p.add_argument("--port", type=int, default=7878, help="port (default: %(default)s)")
    p.add_argument("--location", type=Path,
                   help="database folder (default: a temporary folder)")

    p = add("push", "Load the built graph into a remote store with the Graph Store "
            "Protocol (PUT replaces the named graph), falling back to SPARQL Update.")
    p.add_argument("--graph", type=Path, default=Path("graphs/chainkg.ttl"),
                   help="the graph to push (default: %(default)s)")
    p.add_argument("--endpoint", required=True, metavar="URL",
                   help="the SPARQL query endpoint of the store")
    p.add_argument("--store", metavar="URL", help="its Graph Store Protocol endpoint "
                   "(default: derived from --endpoint; 'none': use SPARQL Update)")
    p.add_argument("--update", metavar="URL", help="its SPARQL Update endpoint "
                   "(default: derived from --endpoint)")
    p.add_argument("--graph-iri", default="https://w3id.org/chainkg/graph",
                   help="the named graph to replace (default: %(default)s)")
    p.add_argument("--batch", type=int, default=5000,
                   help="triples per INSERT DATA in the fallback (default: %(default)s)")

    p = add("validate", "Validate a graph against ontology/shapes.ttl and print the "
            "SHACL report.")
    p.add_argument("graph", type=Path, nargs="?", default=Path("graphs/chainkg.ttl"),
                   help="the graph file (default: %(default)s)")
    p.add_argument("--engine", choices=("pyshacl", "shapecheck"), default="pyshacl",
                   help="pyshacl, the reference implementation (about 0.5 ms per triple), "
                        "or chainkg's own shapecheck, which the builder uses (about 2 µs "
                        "per triple, same results on the shapes in ontology/; default: "
                        "%(default)s)")

    p = add("evaluate", "Extract the texts beside gold annotations and score the "
            "extraction (precision, recall, F1 for entities, relations, facts).")
    p.add_argument("gold", type=Path, metavar="GOLD_DIR",
                   help="folder of NAME.txt and NAME.gold.json")
    p.add_argument("--misses", action="store_true", help="list every miss")
    return parser


def _handler(command: str):
    module, _, func = HANDLERS[command].partition(":")
    return getattr(importlib.import_module(module), func)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (usage errors and ``--help`` too).

    An error is one line on stderr, ``chainkg: FILE-OR-ENDPOINT: problem``; with
    ``--verbose`` its traceback comes first.

    >>> main(["validate", "no-such-graph.ttl"])
    1
    """
    try:
        args = make_parser().parse_args(argv)
    except SystemExit as stop:  # argparse has printed the help, or the one-line error
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    args.quiet = getattr(args, "quiet", False)
    args.verbose = getattr(args, "verbose", False)
    level = logging.WARNING if args.quiet else logging.DEBUG if args.verbose else logging.INFO
    logging.basicConfig(level=level, format="%(message)s", stream=sys.stderr, force=True)
    try:
        return int(_handler(args.command)(args) or 0)
    except ChainkgError as err:
        return _report(err, str(err), err.exit_code, args.verbose)
    except BrokenPipeError:  # the reader went away (`chainkg gaps | head`): stop quietly
        _silence_stdout()
        return EXIT_FAILED
    except OSError as err:  # a file the handler could not read or write
        where = err.filename if err.filename is not None else "error"
        return _report(err, f"{where}: {err.strerror or err}", EXIT_FAILED, args.verbose)
    except KeyboardInterrupt:
        print("chainkg: interrupted", file=sys.stderr)
        return 130


def _report(err: BaseException, message: str, code: int, verbose: bool) -> int:
    """Print one line for ``err`` (after its traceback if ``verbose``); returns ``code``."""
    if verbose:
        traceback.print_exception(err, file=sys.stderr)
    print(f"chainkg: {message}", file=sys.stderr)
    return code


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that flushing it at exit raises nothing."""
    with contextlib.suppress(OSError, ValueError, AttributeError):  # a test's capture
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
