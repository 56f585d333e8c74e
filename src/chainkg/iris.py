"""Deterministic IRIs for articles, extracted entities and provenance records.

The same real-world name gives the same IRI in every run and every article:

>>> str(entity_iri("Company", "北京九曜智能科技有限公司"))
'https://w3id.org/chainkg/id/company/7116ccbc6fbd'
>>> entity_iri("Company", "《九曜智能》 ") == entity_iri("Company", "九曜智能")
True
>>> str(article_iri("seed-hebei-daily-2024-02-24"))
'https://w3id.org/chainkg/article/seed-hebei-daily-2024-02-24'
"""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from rdflib import URIRef

__all__ = [
    "BASE",
    "TYPE_SLUGS",
    "article_iri",
    "entity_iri",
    "entity_iri_str",
    "is_reference_iri",
    "normalise_name",
    "record_iri",
    "record_iri_str",
]

BASE = "https://w3id.org/chainkg/"

#: Annotation entity type -> the path segment of its IRIs.
TYPE_SLUGS = {
    "Region": "region",
    "Park": "park",
    "Company": "company",
    "Organization": "organization",
    "GovernmentBody": "government-body",
    "Cluster": "cluster",
    "Policy": "policy",
    "Event": "event",
    "Project": "project",
    "Person": "person",
    "Industry": "industry",
}

_STRIP = dict.fromkeys(map(ord, " \t\r\n\u3000《》“”‘’\"'「」『』"), None)


def normalise_name(name: str) -> str:
    """The form names are compared and hashed in: NFKC, no spaces or quotes, case folded.

    >>> normalise_name("《京津冀重点产业链协同机制方案》")
    '京津冀重点产业链协同机制方案'
    """
    return unicodedata.normalize("NFKC", name).translate(_STRIP).casefold()


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def is_reference_iri(key: str) -> bool:
    """True for keys that already are IRIs of the reference data (regions, chains).

    >>> is_reference_iri("https://w3id.org/chainkg/region/130200"), is_reference_iri("唐山")
    (True, False)
    """
    return key.startswith((BASE + "region/", BASE + "chain/"))


def entity_iri(entity_type: str, key: str) -> URIRef:
    """The IRI of an extracted entity: its type's slug and a hash of its canonical key."""
    return URIRef(entity_iri_str(entity_type, key))


@lru_cache(maxsize=1 << 14)
def entity_iri_str(entity_type: str, key: str) -> str:
    """:func:`entity_iri` as a plain string, for code that writes N-Triples text.

    >>> entity_iri_str("Company", "北京九曜智能科技有限公司")
    'https://w3id.org/chainkg/id/company/7116ccbc6fbd'
    """
    if is_reference_iri(key):
        return key
    return f"{BASE}id/{TYPE_SLUGS[entity_type]}/{_digest(normalise_name(key))}"


def article_iri(doc_id: str) -> URIRef:
    """The IRI of a source article, from its file stem."""
    return URIRef(BASE + "article/" + quote(doc_id, safe="-_.~"))


@lru_cache(maxsize=4096)
def _quoted(doc_id: str) -> str:
    return quote(doc_id, safe="-_.~")


def record_iri(doc_id: str, kind: str, *parts: object) -> URIRef:
    """The IRI of a provenance record (mention, assertion, fact) of one article."""
    return URIRef(record_iri_str(doc_id, kind, *parts))


def record_iri_str(doc_id: str, kind: str, *parts: object) -> str:
    """:func:`record_iri` as a plain string, for code that writes N-Triples text.

    >>> record_iri_str("demo", "mention", 0, 3, "x")
    'https://w3id.org/chainkg/prov/demo/mention/437b01e52b15'
    """
    return f"{BASE}prov/{_quoted(doc_id)}/{kind}/{_digest(kind, *map(str, parts))}"
