"""The ontology files: chainkg.ttl's terms, the chain gazetteer read from chains.ttl."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from chainkg.namespaces import CKG, ONTOLOGY_IRI
from chainkg.ontology import (
    CHAIN_SLUGS,
    chain_by_slug,
    chain_gazetteer,
    ontology_graph,
    reference_graph,
)
from chainkg.paths import ONTOLOGY_DIR

CHAIN = "https://w3id.org/chainkg/chain/"


def test_ontology_header():
    graph = ontology_graph()
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in graph
    assert graph.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    titles = {t.language for t in graph.objects(ONTOLOGY_IRI, DCTERMS.title)}
    assert {"en", "zh"} <= titles


@pytest.mark.parametrize("term", sorted(CKG.__annotations__))
def test_every_term_has_zh_and_en_labels_and_a_definition(term):
    graph, iri = ontology_graph(), CKG[term]
    languages = {label.language for label in graph.objects(iri, RDFS.label)}
    assert {"zh", "en"} <= languages
    definitions = {d.language for d in graph.objects(iri, SKOS.definition)}
    assert {"zh", "en"} <= definitions


@pytest.mark.parametrize(("term", "external"), [
    (CKG.Organization, "http://www.w3.org/ns/org#Organization"),
    (CKG.Company, "https://schema.org/Corporation"),
    (CKG.Article, "https://schema.org/NewsArticle"),
    (CKG.ProvenanceRecord, "http://www.w3.org/ns/prov#Entity"),
    (CKG.ChainSegment, "http://www.w3.org/2004/02/skos/core#Concept"),
    (CKG.IndustryChain, "http://www.w3.org/2004/02/skos/core#ConceptScheme"),
    (CKG.Assertion, "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement"),
])
def test_classes_are_aligned_to_w3c_and_schema_org(term, external):
    closure = set(ontology_graph().transitive_objects(term, RDFS.subClassOf))
    assert external in {str(c) for c in closure}


def test_relations_are_aligned_and_cooperation_is_symmetric():
    graph = ontology_graph()
    assert (CKG.cooperatesWith, RDF.type, OWL.SymmetricProperty) in graph
    assert (CKG.sourceArticle, RDFS.subPropertyOf,
            PROV.wasDerivedFrom) in graph
    assert (CKG.partOfRegion, RDF.type, OWL.TransitiveProperty) in graph


def test_six_chains_in_programme_order():
    chains = chain_gazetteer()
    assert tuple(c.slug for c in chains) == CHAIN_SLUGS
    assert [c.iri for c in chains] == [CHAIN + s for s in CHAIN_SLUGS]


def test_industrial_internet_keeps_the_official_and_the_seed_name():
    chain = chain_by_slug("industrial-internet")
    assert chain.label_zh == "网络安全和工业互联网"
    assert "工业互联网" in chain.alt_labels


@pytest.mark.parametrize(("slug", "alt"), [
    ("hydrogen", "氢能产业链"), ("biomedicine", "生物医药产业"),
    ("machine-tools", "工业母机"), ("nev", "新能源汽车"), ("nev", "智能网联汽车"),
    ("robots", "机器人产业"),
])
def test_chains_carry_the_names_news_uses(slug, alt):
    assert alt in chain_by_slug(slug).alt_labels


@pytest.mark.parametrize("slug", CHAIN_SLUGS)
def test_each_chain_has_three_tiers_and_at_least_twelve_segments(slug):
    chain = chain_by_slug(slug)
    assert len(chain.segments) >= 12
    assert {s.tier for s in chain.segments} == {"upstream", "midstream", "downstream"}
    tiers = [s.tier for s in chain.segments]
    assert tiers == sorted(tiers, key=["upstream", "midstream", "downstream"].index)
    for segment in chain.segments:
        assert segment.chain == slug
        assert segment.iri.startswith(f"{CHAIN}{slug}/")
        assert segment.label_zh and segment.label_en and segment.keywords


@pytest.mark.parametrize("slug", CHAIN_SLUGS)
def test_no_keyword_signals_two_segments_of_one_chain(slug):
    keywords = [k for s in chain_by_slug(slug).segments for k in s.keywords]
    assert len(keywords) == len(set(keywords))


def test_tiers_are_skos_top_concepts_with_ranks():
    graph = reference_graph()
    scheme = CHAIN + "hydrogen"
    tiers = {str(t): graph.value(t, CKG.tierRank)
             for t in graph.objects(URIRef(scheme), SKOS.hasTopConcept)}
    assert tiers == {scheme + "/upstream": Literal(1), scheme + "/midstream": Literal(2),
                     scheme + "/downstream": Literal(3)}


def test_chains_cite_their_source():
    graph = reference_graph()
    for chain in chain_gazetteer():
        assert graph.value(URIRef(chain.iri), DCTERMS.source) is not None


# --- chainkg.ontodoc: the HTML documentation generated from chainkg.ttl ---

def test_ontodoc_documents_every_term(tmp_path):
    from chainkg.ontodoc import main

    out = tmp_path / "ontology.html"
    assert main([str(Path(ONTOLOGY_DIR, "chainkg.ttl")), str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    for term in CKG.__annotations__:
        assert f'id="{term}"' in page, term
    assert "京津冀产业链知识图谱本体" in page          # zh title
    assert "schema:Corporation" in page                # alignments are shown
    assert "ckg:Actor</code></a> ∪ <a" in page          # a union range
    assert not re.search(r"(src|href)=.?(https?:)?//", page)   # nothing to fetch


def test_ontodoc_is_deterministic_and_escapes(tmp_path):
    from chainkg.ontodoc import ontology_html

    graph = Graph().parse(Path(ONTOLOGY_DIR, "chainkg.ttl"))
    assert ontology_html(graph) == ontology_html(Graph().parse(Path(ONTOLOGY_DIR,
                                                                    "chainkg.ttl")))
    graph.add((CKG.Park, SKOS.definition, Literal("<script>alert(1)</script>", lang="en")))
    page = ontology_html(graph)
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_ontodoc_missing_source_fails(tmp_path, capsys):
    from chainkg.ontodoc import main

    assert main([str(tmp_path / "none.ttl"), str(tmp_path / "out.html")]) == 1
    assert "none.ttl: no such file" in capsys.readouterr().err


def test_readme_lists_the_competency_questions_with_their_queries():
    from chainkg.paths import ROOT

    readme = Path(ONTOLOGY_DIR, "README.md").read_text(encoding="utf-8")
    queries = re.findall(r"^\| \d+ \| .+\? \| \[`([\w.-]+\.rq)`\]\(\.\./queries/\1\) \|$",
                         readme, flags=re.MULTILINE)
    assert len(queries) >= 15
    assert all((ROOT / "queries" / q).is_file() for q in queries), queries
