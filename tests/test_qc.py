"""Quality checks: every ``ontology/qc/*.rq`` must return no rows.

Each check runs over the ontology with its reference data (chainkg.ttl, chains.ttl,
regions.ttl) and, if it has been built, over graphs/chainkg.ttl beside them. Each check
also has a small broken example here, to show what it catches.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from rdflib import Graph

from chainkg.ontology import ontology_and_reference_graph
from chainkg.paths import GRAPHS_DIR, ONTOLOGY_DIR

CHECKS = sorted(Path(ONTOLOGY_DIR, "qc").glob("*.rq"))
BUILT = GRAPHS_DIR / "chainkg.ttl"

PREFIXES = """
@prefix ckg: <https://w3id.org/chainkg/ontology#> .
@prefix chain: <https://w3id.org/chainkg/chain/> .
@prefix region: <https://w3id.org/chainkg/region/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""

#: check -> Turtle that it must flag (merged with the ontology and reference data)
BROKEN = {
    "chains-tiers-and-size": "chain:toys a ckg:IndustryChain .",
    "entities-have-mentions":
        '<https://w3id.org/chainkg/id/company/x> a ckg:Company ; rdfs:label "某公司"@zh .',
    "keywords-unique-per-chain":
        'chain:robots\\/reducers ckg:keyword "伺服"@zh .',
    "region-labels-unique": 'region:130200 skos:altLabel "唐县"@zh .',
    "regions-have-parents":
        'region:999999 a ckg:AdministrativeRegion ; ckg:regionLevel "county" .',
    "segments-tier-and-keywords":
        "chain:robots\\/reducers ckg:tier chain:nev\\/upstream .",
    "term-labels-and-definitions": 'ckg:Widget a owl:Class ; rdfs:label "Widget"@en .',
    "undeclared-terms": "region:130200 ckg:population 7700000 .",
    "wikidata-links": "chain:robots skos:exactMatch <http://www.wikidata.org/entity/Q11012> .",
}


def _rows(graph: Graph, check: Path) -> list[tuple]:
    return [tuple(row) for row in graph.query(check.read_text(encoding="utf-8"))]


def test_every_check_has_a_broken_example():
    assert {c.stem for c in CHECKS} == set(BROKEN)


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.stem)
def test_the_ontology_and_reference_data_pass(check):
    rows = _rows(ontology_and_reference_graph(), check)
    assert rows == [], f"{check.name}: {rows[:10]}"


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.stem)
def test_the_check_flags_its_broken_example(check):
    graph = Graph()
    for triple in ontology_and_reference_graph():
        graph.add(triple)
    graph.parse(data=PREFIXES + BROKEN[check.stem], format="turtle")
    assert _rows(graph, check), f"{check.name} did not flag: {BROKEN[check.stem]}"


@cache
def _built() -> Graph:
    graph = Graph()
    for triple in ontology_and_reference_graph():
        graph.add(triple)
    graph.parse(BUILT, format="turtle")
    return graph


@pytest.mark.skipif(not BUILT.exists(), reason="graphs/chainkg.ttl not built (make run)")
@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.stem)
def test_the_built_graph_passes(check):
    rows = _rows(_built(), check)
    assert rows == [], f"{check.name} on {BUILT}: {rows[:10]}"
