"""chainkg.namespaces: CKG is closed, and lists exactly the ontology's terms."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF

from chainkg.namespaces import ARTICLE, CHAIN, CKG, ID, PROV_ID, REGION, bind_prefixes
from chainkg.ontology import ontology_graph


def _declared_terms() -> set[str]:
    graph = ontology_graph()
    base = str(CKG._NS)
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {str(s)[len(base):] for kind in kinds for s in graph.subjects(RDF.type, kind)
            if str(s).startswith(base)}


def test_ckg_lists_exactly_the_terms_the_ontology_declares():
    assert set(CKG.__annotations__) == _declared_terms()


def test_a_misspelt_term_fails_at_once():
    with pytest.raises(AttributeError):
        _ = CKG.settleIn


def test_iri_bases_follow_the_design():
    assert str(CHAIN["hydrogen/electrolysis"]) == \
        "https://w3id.org/chainkg/chain/hydrogen/electrolysis"
    assert str(REGION["130200"]) == "https://w3id.org/chainkg/region/130200"
    assert str(ID["company/3f2a9c01d2e4"]) == "https://w3id.org/chainkg/id/company/3f2a9c01d2e4"
    assert str(ARTICLE["seed"]) == "https://w3id.org/chainkg/article/seed"
    assert str(PROV_ID["seed/mention/1"]) == "https://w3id.org/chainkg/prov/seed/mention/1"


def test_bind_prefixes_writes_short_turtle():
    graph = bind_prefixes(Graph())
    graph.add((REGION["130200"], CKG.partOfRegion, REGION["130000"]))
    text = graph.serialize(format="turtle")
    assert "region:130200 ckg:partOfRegion region:130000" in text
