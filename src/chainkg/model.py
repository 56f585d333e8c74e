"""Plain data passed between the pipeline stages: text -> mentions -> entities -> RDF.

Every span is a pair of character offsets into ``Document.text``; ``Document.norm`` has
the same length, so the same offsets address the normalised text.

>>> doc = Document(id="demo", text="唐山高新区", norm="唐山高新区")
>>> m = Mention(start=0, end=5, text="唐山高新区", label="Park", rule="suffix:高新区")
>>> doc.norm[m.start:m.end] == m.text
True
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "ENTITY_TYPES",
    "PREDICATES",
    "Document",
    "Entity",
    "Extraction",
    "Fact",
    "Mention",
    "Relation",
    "Sentence",
]

#: Entity types of the annotation format (../shared/corpus/ANNOTATION.md).
ENTITY_TYPES = (
    "Region", "Park", "Company", "Organization", "GovernmentBody", "Cluster",
    "Policy", "Event", "Project", "Person", "Industry",
)
#: Relation predicates of the annotation format; ``inSegment`` is ours on top.
PREDICATES = (
    "locatedIn", "settledIn", "cooperatesWith", "involves", "signedAt", "branchOf",
    "relocatedFrom", "inChain", "issuedBy", "coversChain", "managedBy", "worksFor",
)


@dataclass(frozen=True)
class Document:
    """One article: its original text, the normalised text and its metadata."""

    id: str
    text: str
    norm: str
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    url: str | None = None
    path: Path | None = None
    content_hash: str | None = None

    def __post_init__(self) -> None:
        if len(self.text) != len(self.norm):
            raise ValueError("Document.norm must have the same length as Document.text")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document, ``text == doc.text[start:end]``."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A span the mention finders recognised, with the rule that found it."""

    start: int
    end: int
    text: str
    label: str
    rule: str


@dataclass(frozen=True)
class Entity:
    """One real-world entity of an article, with every mention that names it.

    ``key`` is what the IRI is minted from (the canonical name, or a gazetteer id
    such as a region adcode or a chain slug).
    """

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    key: str | None = None
    attrs: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Relation:
    """A directed relation ``s p o`` between two entity ids, and where it was read."""

    s: str
    p: str
    o: str
    start: int
    end: int
    rule: str
    attrs: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Fact:
    """A number the article states about an entity, resolved to value and unit."""

    s: str
    metric: str
    value: float
    unit: str
    qualifier: str
    date: str
    start: int
    end: int
    rule: str
    text: str = ""


@dataclass(frozen=True)
class Extraction:
    """Everything the pipeline took out of one document."""

    doc: Document
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    facts: tuple[Fact, ...]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains character ``offset``, if any."""
        i = bisect.bisect_right(self.sentences, offset, key=lambda s: s.start) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None
