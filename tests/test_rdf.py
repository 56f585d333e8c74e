"""An article's triples, split into its own Turtle and the shared lines a corpus merges."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import pytest
from rdflib import Graph

from chainkg.iris import BASE
from chainkg.model import Extraction
from chainkg.namespaces import CKG, PREFIXES
from chainkg.pipeline import extract
from chainkg.rdf import (
    OWN_SUBJECTS,
    article_parts,
    entity_iris,
    extraction_lines,
    literal,
    rename_entities,
    shared_lines,
    write_prefixes,
    write_turtle,
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


def _article_with_every_record_twice() -> Extraction:
    """A small extraction whose mention, relation and fact each come twice (same record IRI)."""
    from chainkg.model import Document, Entity, Fact, Mention, Relation, Sentence

    text = "罗数科技落户保定高新区，投资10亿元。"
    doc = Document(id="twice", text=text, norm=text)
    mention = Mention(0, 4, "罗数科技", "Company", "suffix:科技")
    firm = Entity("c", "Company", "罗数科技", mentions=(mention, mention))
    park = Entity("p", "Park", "保定高新区", mentions=(Mention(6, 11, "保定高新区", "Park", "t"),))
    settled = Relation("c", "settledIn", "p", 0, 11, "relation:落户")
    invested = Fact("c", "投资额", 1e9, "元", "=", "", 12, 17, "fact:投资", "10亿元")
    return Extraction(doc, (Sentence(0, 0, len(text), text),), (firm, park),
                      (settled, settled), (invested, invested))


def test_a_record_made_twice_is_written_and_counted_once():
    ex = _article_with_every_record_twice()
    parts = article_parts(ex)
    whole = set(Graph().parse(data="\n".join(extraction_lines(ex)), format="nt"))
    assert _graph(parts.own, parts.shared) == whole
    assert parts.own_triples + len(set(parts.shared)) == len(whole)
    assert parts.own.count('ckg:surfaceForm "罗数科技"') == 1


@pytest.mark.parametrize("path", DEV, ids=lambda p: p.stem)
def test_the_own_turtle_is_what_the_general_turtle_writer_writes(path):
    # article_parts writes most subjects through a template; write_turtle writes any
    ex = extraction(path)
    own = sorted({f"{s} {p} {o} ." for s, p, o in article_parts(ex).triples
                  if s.startswith(OWN_SUBJECTS)})
    out = io.StringIO()
    write_turtle(own, out, header=False)
    assert article_parts(ex).own == out.getvalue()


def test_record_iris_are_written_in_full_as_no_prefix_lies_below_prov():
    # article_parts relies on this to skip compacting record IRIs
    below = [ns for ns in map(str, PREFIXES.values())
             if ns.startswith(f"{BASE}prov/") and ns != f"{BASE}prov/"]
    assert below == []


def test_a_literal_that_looks_like_a_typed_literals_end_stays_whole_in_turtle():
    text = "见 ^^<http://www.w3.org/2001/XMLSchema#date"
    line = f"<{BASE}id/company/1> <{CKG.valueText}> {literal(text)} ."
    out = io.StringIO()
    write_turtle([line], out)
    assert {str(o) for o in Graph().parse(data=out.getvalue(), format="turtle").objects()} \
        == {text}
