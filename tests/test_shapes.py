"""The SHACL shapes, in pairs: the builder-style example conforms; each break is caught.

``tests/fixtures/shapes/article.ttl`` is one small article graph the way the builder
writes it. Every case below breaks it in one way (a SPARQL Update) and names the shape
that must report it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from chainkg.errors import InputError
from chainkg.ontology import shapes_graph
from chainkg.validate import cli_validate, read_graph, validate_graph

FIXTURE = Path(__file__).parent / "fixtures" / "shapes" / "article.ttl"
SHAPES = "https://w3id.org/chainkg/shapes#"
PREFIXES = """
PREFIX ckg: <https://w3id.org/chainkg/ontology#>
PREFIX chain: <https://w3id.org/chainkg/chain/>
PREFIX robots: <https://w3id.org/chainkg/chain/robots/>
PREFIX region: <https://w3id.org/chainkg/region/>
PREFIX article: <https://w3id.org/chainkg/article/>
PREFIX company: <https://w3id.org/chainkg/id/company/>
PREFIX park: <https://w3id.org/chainkg/id/park/>
PREFIX gov: <https://w3id.org/chainkg/id/government-body/>
PREFIX project: <https://w3id.org/chainkg/id/project/>
PREFIX event: <https://w3id.org/chainkg/id/event/>
PREFIX policy: <https://w3id.org/chainkg/id/policy/>
PREFIX person: <https://w3id.org/chainkg/id/person/>
PREFIX rec: <https://w3id.org/chainkg/prov/demo/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

#: shape -> (what is wrong, the update that makes it wrong)
BREAKS = {
    "ArticleShape": ("an article without a content hash",
                     "DELETE WHERE { article:demo ckg:contentHash ?h }"),
    "EntityShape": ("a company with two Chinese labels",
                    'INSERT DATA { company:jiuyao rdfs:label "九曜智能"@zh }'),
    "LocatedInShape": ("located in a company",
                       "INSERT DATA { company:jiuyao ckg:locatedIn company:jiuyao-tangshan }"),
    "SettledInShape": ("settled in a region",
                       "DELETE { ?a rdf:object park:tangshan-hitech } "
                       "INSERT { ?a rdf:object region:130200 } "
                       "WHERE { ?a rdf:predicate ckg:settledIn } ; "
                       "DELETE DATA { company:jiuyao ckg:settledIn park:tangshan-hitech } ; "
                       "INSERT DATA { company:jiuyao ckg:settledIn region:130200 }"),
    "CooperatesWithShape": ("cooperates with an article",
                            "INSERT DATA { company:jiuyao ckg:cooperatesWith article:demo }"),
    "InvolvesShape": ("a company that 'involves' another",
                      "INSERT DATA { company:jiuyao-tangshan ckg:involves company:jiuyao }"),
    "SignedAtShape": ("signed at a park",
                      "INSERT DATA { project:driverless ckg:signedAt park:tangshan-hitech }"),
    "BranchOfShape": ("a branch of a park",
                      "INSERT DATA { company:jiuyao-tangshan ckg:branchOf park:tangshan-hitech }"),
    "RelocatedFromShape": ("a person relocated",
                           "INSERT DATA { person:li ckg:relocatedFrom region:110000 }"),
    "InChainShape": ("in a chain that is a region",
                     "INSERT DATA { company:jiuyao ckg:inChain region:110000 }"),
    "InSegmentShape": ("in a segment that is a chain",
                       "INSERT DATA { company:jiuyao ckg:inSegment chain:robots }"),
    "IssuedByShape": ("a policy issued by a company",
                      "INSERT DATA { policy:mechanism ckg:issuedBy company:jiuyao }"),
    "CoversChainShape": ("a project that covers a chain",
                         "INSERT DATA { project:driverless ckg:coversChain chain:robots }"),
    "ManagedByShape": ("a park managed by a company",
                       "INSERT DATA { park:tangshan-hitech ckg:managedBy company:jiuyao }"),
    "WorksForShape": ("works for a region",
                      "INSERT DATA { person:li ckg:worksFor region:110000 }"),
    "AssertedRelationShape": ("a relation triple with no assertion behind it",
                              "DELETE WHERE { rec:a1 ?p ?o }"),
    "ProvenanceShape": ("a mention whose span starts after it ends",
                        "DELETE WHERE { rec:m1 ckg:startChar ?s } ; "
                        "INSERT DATA { rec:m1 ckg:startChar 9 }"),
    "MentionShape": ("a mention that denotes nothing",
                     "DELETE WHERE { rec:m1 ckg:denotes ?e }"),
    "AssertionShape": ("an assertion of something that is not a relation",
                       "DELETE WHERE { rec:a2 rdf:predicate ?p } ; "
                       "INSERT DATA { rec:a2 rdf:predicate rdfs:label }"),
    "ReifiedTripleShape": ("an assertion of a triple the graph does not state",
                           "DELETE DATA { company:jiuyao ckg:inSegment robots:mobile-robots }"),
    "FactShape": ("a fact with an unknown qualifier",
                  'DELETE WHERE { rec:f1 ckg:qualifier ?q } ; '
                  'INSERT DATA { rec:f1 ckg:qualifier "about" }'),
    "ChainTierShape": ("a tier ranked 4",
                       "DELETE WHERE { robots:midstream ckg:tierRank ?r } ; "
                       "INSERT DATA { robots:midstream ckg:tierRank 4 }"),
    "ChainSegmentShape": ("a segment without keywords",
                          "DELETE WHERE { robots:mobile-robots ckg:keyword ?k }"),
    "AdministrativeRegionShape": ("an adcode of 12 digits",
                                  "DELETE WHERE { region:130200 ckg:adcode ?c } ; "
                                  'INSERT DATA { region:130200 ckg:adcode "130200000000" }'),
    "FunctionalAreaShape": ("a functional area claiming to be a county",
                            "DELETE WHERE { region:jingjinji ckg:regionLevel ?l } ; "
                            'INSERT DATA { region:jingjinji ckg:regionLevel "county" }'),
}


@cache
def _example_text() -> str:
    return FIXTURE.read_text(encoding="utf-8")


def _example() -> Graph:
    return Graph().parse(data=_example_text(), format="turtle")


def test_every_named_shape_has_a_violating_case():
    named = {str(s)[len(SHAPES):] for s in shapes_graph().subjects(None, SH.NodeShape)
             if str(s).startswith(SHAPES)}
    assert named == set(BREAKS)


def test_the_example_conforms():
    report = validate_graph(_example(), with_reference=False)
    assert report.conforms, report.text
    assert report.results == 0


@pytest.mark.parametrize("shape", sorted(BREAKS))
def test_the_example_is_a_focus_of_every_shape(shape):
    # the conforming half of each pair: the example conforms AND the shape applies to it
    graph, shapes, iri = _example(), shapes_graph(), URIRef(SHAPES + shape)
    focus = [s for c in shapes.objects(iri, SH.targetClass)
             for s in graph.subjects(RDF.type, c)]
    focus += [s for p in shapes.objects(iri, SH.targetSubjectsOf)
              for s, _ in graph.subject_objects(p)]
    focus += list(shapes.objects(iri, SH.targetNode))
    assert focus, f"{shape}: the example has no focus node"


@pytest.mark.parametrize("shape", sorted(BREAKS))
def test_a_break_is_reported_by_its_shape(shape):
    what, update = BREAKS[shape]
    graph = _example()
    graph.update(PREFIXES + update)
    report = validate_graph(graph, with_reference=False)
    assert not report.conforms, f"{what}: not caught"
    assert SHAPES + shape in report.shapes, f"{what}: reported by {report.shapes}"


def test_a_missing_title_is_only_a_warning():
    graph = _example()
    graph.update(PREFIXES + "DELETE WHERE { article:demo ckg:title ?t }")
    report = validate_graph(graph, with_reference=False)
    assert report.conforms and report.results == 1 and report.violations == 0


def test_the_reference_data_conforms():
    assert validate_graph(Graph()).conforms


def test_cli_validate_prints_the_report_and_sets_the_exit_code(tmp_path, capsys):
    good = tmp_path / "good.ttl"
    good.write_text(_example_text(), encoding="utf-8")
    args = type("Args", (), {"graph": good, "quiet": False})()
    assert cli_validate(args) == 0
    assert "Conforms: True" in capsys.readouterr().out
    bad = _example()
    bad.update(PREFIXES + "DELETE WHERE { rec:m1 ckg:denotes ?e }")
    bad.serialize(tmp_path / "bad.ttl", format="turtle")
    args.graph = tmp_path / "bad.ttl"
    assert cli_validate(args) == 1
    assert "Conforms: False" in capsys.readouterr().out


def test_missing_and_unparseable_files_are_input_errors(tmp_path):
    with pytest.raises(InputError, match=r"nope\.ttl: no such file"):
        read_graph(tmp_path / "nope.ttl")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.ttl: cannot parse"):
        read_graph(broken)


def test_chainkg_validate_command(tmp_path, capsys):
    from chainkg.cli import main

    path = tmp_path / "graph.ttl"
    path.write_text(_example_text(), encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    assert f"{path}: conforms" in capsys.readouterr().out
    assert main(["validate", str(tmp_path / "missing.ttl")]) == 1
    assert "missing.ttl: no such file" in capsys.readouterr().err
