"""The namespaces of chainkg: the ontology's terms, and the IRI bases of its data.

Code uses ontology terms only through ``CKG``, a closed namespace: a misspelt term
fails at once instead of minting a new IRI (tests check ``CKG`` lists exactly the
terms ``ontology/chainkg.ttl`` declares).

>>> CKG.settledIn
rdflib.term.URIRef('https://w3id.org/chainkg/ontology#settledIn')
>>> CKG.setledIn
Traceback (most recent call last):
AttributeError: term 'setledIn' not in namespace 'https://w3id.org/chainkg/ontology#'
>>> CHAIN["hydrogen/upstream"]
rdflib.term.URIRef('https://w3id.org/chainkg/chain/hydrogen/upstream')
"""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib import namespace as _rdflib_namespace

__all__ = [
    "ARTICLE",
    "CHAIN",
    "CKG",
    "ID",
    "ONTOLOGY_IRI",
    "PREFIXES",
    "PROV_ID",
    "REGION",
    "WIKIDATA",
    "bind_prefixes",
]

#: The IRI of the ontology itself.
ONTOLOGY_IRI = URIRef("https://w3id.org/chainkg/ontology")


class CKG(_rdflib_namespace.DefinedNamespace):
    """The chainkg ontology terms (``ontology/chainkg.ttl``)."""

    _NS = Namespace("https://w3id.org/chainkg/ontology#")
    _fail = True

    # classes
    Actor: URIRef
    Organization: URIRef
    Company: URIRef
    GovernmentBody: URIRef
    OtherOrganization: URIRef
    Cluster: URIRef
    Park: URIRef
    Person: URIRef
    Policy: URIRef
    Event: URIRef
    Project: URIRef
    Region: URIRef
    AdministrativeRegion: URIRef
    FunctionalArea: URIRef
    Industry: URIRef
    IndustryChain: URIRef
    ChainTier: URIRef
    ChainSegment: URIRef
    Article: URIRef
    ProvenanceRecord: URIRef
    Mention: URIRef
    Assertion: URIRef
    Fact: URIRef

    # object properties: the relations of the annotation format ...
    locatedIn: URIRef
    settledIn: URIRef
    cooperatesWith: URIRef
    involves: URIRef
    signedAt: URIRef
    branchOf: URIRef
    relocatedFrom: URIRef
    inChain: URIRef
    issuedBy: URIRef
    coversChain: URIRef
    managedBy: URIRef
    worksFor: URIRef
    # ... and the others
    inSegment: URIRef
    tier: URIRef
    partOfRegion: URIRef
    denotes: URIRef
    factAbout: URIRef
    sourceArticle: URIRef

    # datatype properties
    sentence: URIRef
    startChar: URIRef
    endChar: URIRef
    rule: URIRef
    surfaceForm: URIRef
    metric: URIRef
    value: URIRef
    unit: URIRef
    qualifier: URIRef
    valueText: URIRef
    factDate: URIRef
    roleTitle: URIRef
    keyword: URIRef
    tierRank: URIRef
    adcode: URIRef
    regionLevel: URIRef
    abbreviation: URIRef
    publishedOn: URIRef
    publisher: URIRef
    title: URIRef
    url: URIRef
    contentHash: URIRef
    entityCount: URIRef
    relationCount: URIRef
    factCount: URIRef
    eventDate: URIRef
    slug: URIRef


#: chains, tiers and segments: ``CHAIN["hydrogen"]``, ``CHAIN["hydrogen/electrolysis"]``
CHAIN = Namespace("https://w3id.org/chainkg/chain/")
#: regions: ``REGION["130200"]`` (6-digit adcode) or ``REGION["xiongan"]``
REGION = Namespace("https://w3id.org/chainkg/region/")
#: extracted entities: ``ID["company/3f2a9c01d2e4"]``
ID = Namespace("https://w3id.org/chainkg/id/")
#: articles: ``ARTICLE["seed-hebei-daily-2024-02-24"]``
ARTICLE = Namespace("https://w3id.org/chainkg/article/")
#: provenance records: ``PROV_ID["{article-stem}/{kind}/{n}"]``
PROV_ID = Namespace("https://w3id.org/chainkg/prov/")
#: Wikidata items, linked from regions with skos:exactMatch
WIKIDATA = Namespace("http://www.wikidata.org/entity/")

#: prefix -> namespace, as bound in every graph chainkg writes.
#: (``provrec`` rather than ``prov``, which is PROV-O's.)
PREFIXES = {
    "ckg": CKG._NS,
    "chain": CHAIN,
    "region": REGION,
    "id": ID,
    "article": ARTICLE,
    "provrec": PROV_ID,
    "wd": WIKIDATA,
    "rdf": Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    "rdfs": Namespace("http://www.w3.org/2000/01/rdf-schema#"),
    "owl": Namespace("http://www.w3.org/2002/07/owl#"),
    "xsd": Namespace("http://www.w3.org/2001/XMLSchema#"),
    "skos": Namespace("http://www.w3.org/2004/02/skos/core#"),
    "prov": Namespace("http://www.w3.org/ns/prov#"),
    "org": Namespace("http://www.w3.org/ns/org#"),
    "schema": Namespace("https://schema.org/"),
    "dcterms": Namespace("http://purl.org/dc/terms/"),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind chainkg's prefixes on ``graph`` (replacing others' use of them); returns it.

    >>> g = bind_prefixes(Graph())
    >>> dict(g.namespaces())["region"]
    rdflib.term.URIRef('https://w3id.org/chainkg/region/')
    """
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph
