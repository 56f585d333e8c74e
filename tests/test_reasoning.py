"""OWL 2 RL reasoning (owlrl) over the ontology and the reference data is consistent.

owlrl writes what it finds inconsistent as ``[] a err:ErrorMessage ; err:error "…"``;
members of owl:Nothing would be inconsistent too.
"""

from __future__ import annotations

import owlrl
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF

from chainkg.namespaces import CKG, REGION
from chainkg.ontology import ontology_graph, reference_graph

ERR = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")


def _closure(*parts: Graph) -> Graph:
    graph = Graph()
    for part in parts:
        for triple in part:
            graph.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False,
                           datatype_axioms=False).expand(graph)
    return graph


def _problems(graph: Graph) -> list[str]:
    errors = [str(m) for m in graph.objects(None, ERR.error)]
    return errors + [f"{s} is owl:Nothing" for s in graph.subjects(RDF.type, OWL.Nothing)]


@pytest.fixture(scope="module")
def closure() -> Graph:
    return _closure(ontology_graph(), reference_graph())


@pytest.mark.slow
def test_ontology_and_reference_data_are_consistent(closure):
    assert _problems(closure) == []


@pytest.mark.slow
def test_the_closure_draws_the_expected_conclusions(closure):
    # partOfRegion is transitive: 曹妃甸区 lies in 河北省
    assert (REGION["130209"], CKG.partOfRegion, REGION["130000"]) in closure
    # alignment: an administrative region is a schema:Place
    assert (REGION["130209"], RDF.type, URIRef("https://schema.org/Place")) in closure


def test_an_inconsistent_individual_is_caught():
    # a company cannot be a region (ckg:Actor and ckg:Region are disjoint)
    bad = Graph()
    thing = URIRef("https://w3id.org/chainkg/id/company/x")
    bad.add((thing, RDF.type, CKG.Company))
    bad.add((thing, RDF.type, CKG.Region))
    assert _problems(_closure(ontology_graph(), bad))


def test_relations_imply_their_alignments():
    data = Graph()
    firm = URIRef("https://w3id.org/chainkg/id/company/x")
    park = URIRef("https://w3id.org/chainkg/id/park/y")
    data.add((firm, CKG.settledIn, park))
    closure = _closure(ontology_graph(), data)
    assert (firm, PROV.atLocation, park) in closure
    assert (park, RDF.type, CKG.Park) in closure
    assert _problems(closure) == []
