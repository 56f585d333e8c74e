"""An article's triples, split into its own Turtle and the shared lines a corpus merges."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import pytest
from rdflib import Graph

from chainkg.cache import extraction_from_dict, extraction_to_dict
from chainkg.iris import BASE
from chainkg.model import Extraction
from chainkg.pipeline import extract
from chainkg.rdf import (
    article_parts,
    entity_iris,
    extraction_lines,
    rename_entities,
    shared_lines,
    write_prefixes,
)
from chainkg.text import read_article

DEV = sorted((Path(__file__).parent / "fixtures" / "dev").glob("*.txt"))


@cache
def extraction(path: Path) -> Extraction:
    return extract(read_article(path))


def _graph(own_turtle: str, lines: list[str]) -> set:
    prefixes = io.StringIO()
    write_prefixes(prefixes)
    graph = Graph().parse(data=prefixes.getvalue() + own_turtle, format="turtle")
    graph.parse(data="\n".join(lines), format="nt")
    return set(graph)


@pytest.mark.parametrize("path", DEV, ids=lambda p: p.stem)
def test_own_turtle_and_shared_lines_together_are_the_article_graph(path):
    ex = extraction(path)
    parts = article_parts(ex)
    whole = set(Graph().parse(data="\n".join(extraction_lines(ex)), format="nt"))
    assert _graph(parts.own, parts.shared) == whole
    assert parts.own_triples + len(set(parts.shared)) == len(whole)


def test_the_own_part_is_only_the_article_and_its_records():
    parts = article_parts(extraction(DEV[0]))
    own = _graph(parts.own, [])
    assert {str(s).split("/")[4] for s, _, _ in own} == {"article", "prov"}
    assert not any(line.startswith((f"<{BASE}article/", f"<{BASE}prov/"))
                   for line in parts.shared)
    assert shared_lines(extraction(DEV[0])) == parts.shared


def test_renaming_replaces_an_entity_wherever_the_own_turtle_names_it():
    ex = extraction(DEV[0])
    old = next(iri for iri in entity_iris(ex).values() if "/id/company/" in iri)
    new = f"{BASE}id/company/000000000000"
    renamed = rename_entities(article_parts(ex).own, {old: new})
    assert f"<{old}>" in article_parts(ex).own
    assert f"<{old}>" not in renamed and f"<{new}>" in renamed


@pytest.mark.parametrize("path", DEV, ids=lambda p: p.stem)
def test_the_cache_format_round_trips_an_extraction(path):
    ex = extraction(path)
    assert extraction_from_dict(extraction_to_dict(ex)) == ex
