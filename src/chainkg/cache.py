"""A per-article cache of extractions, keyed by the article's content hash and the code version.

Adding one article to a corpus re-extracts only that one; changing the extraction
code or the gazetteers changes :func:`code_version` and so invalidates every entry.

>>> import tempfile, datetime as dt
>>> from chainkg.model import Document, Extraction
>>> doc = Document("a", "文本", "文本", published=dt.date(2024, 2, 24), content_hash="h1")
>>> cache = ExtractionCache(Path(tempfile.mkdtemp()), version="v1")
>>> cache.put(Extraction(doc, (), (), (), ()))
>>> cache.get("h1", "a").doc.published
datetime.date(2024, 2, 24)
>>> cache.get("h2", "a") is None
True
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from chainkg.model import Document, Entity, Extraction, Fact, Mention, Relation, Sentence
from chainkg.paths import ONTOLOGY_DIR

__all__ = [
    "ExtractionCache",
    "code_version",
    "extraction_inputs",
    "pack_extraction",
    "unpack_extraction",
]


@cache
def extraction_inputs() -> list[Path]:
    """What an extraction depends on besides the article: the package's source, the
    ranker's weights and the gazetteers."""
    package = Path(__file__).parent
    gazetteers = (ONTOLOGY_DIR / name for name in ("chains.ttl", "regions.ttl"))
    return [*sorted(package.glob("*.py")), package / "attachment.json", *gazetteers]


def code_version() -> str:
    """A hash of :func:`extraction_inputs` (retraining the ranker invalidates the cache)."""
    digest = hashlib.sha256()
    for file in extraction_inputs():
        if file.is_file():
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def _document_to_dict(doc: Document) -> dict[str, Any]:
    """A document's fields, its date and path as strings."""
    data = dict(vars(doc))
    data["published"] = doc.published.isoformat() if doc.published else None
    data["path"] = str(doc.path) if doc.path else None
    return data


def _document_from_dict(data: dict[str, Any]) -> Document:
    """The inverse of :func:`_document_to_dict`."""
    data = dict(data)
    data["published"] = dt.date.fromisoformat(data["published"]) if data["published"] else None
    data["path"] = Path(data["path"]) if data["path"] else None
    return Document(**data)


def _pack(ex: Extraction) -> list[Any]:
    """What a cache file holds, JSON-ready: the document's fields, and the many small
    records (sentences, entities, mentions, relations, facts) as lists of their field
    values (a dataclass's ``vars`` are its fields in order), a sentence's text left out
    where it is the document's text at its offsets (it nearly always is).
    """
    text = ex.doc.text
    return [
        _document_to_dict(ex.doc),
        [[s.index, s.start, s.end, None if s.text == text[s.start:s.end] else s.text]
         for s in ex.sentences],
        [[e.id, e.type, e.name, e.aliases, [[*vars(m).values()] for m in e.mentions],
          e.key, e.attrs] for e in ex.entities],
        [[*vars(r).values()] for r in ex.relations],
        [[*vars(f).values()] for f in ex.facts],
    ]


def _unpack(data: list[Any]) -> Extraction:
    """The inverse of :func:`_pack`."""
    doc_data, sentences, entities, relations, facts = data
    doc = _document_from_dict(doc_data)
    text = doc.text
    return Extraction(
        doc=doc,
        sentences=tuple(Sentence(i, start, end, text[start:end] if own is None else own)
                        for i, start, end, own in sentences),
        entities=tuple(Entity(id_, type_, name, tuple(aliases),
                              tuple(Mention(*m) for m in mentions), key, attrs)
                       for id_, type_, name, aliases, mentions, key, attrs in entities),
        relations=tuple(Relation(*r) for r in relations),
        facts=tuple(Fact(*f) for f in facts),
    )


def pack_extraction(ex: Extraction) -> bytes:
    """An extraction as the compact UTF-8 JSON the cache stores (see :func:`unpack_extraction`)."""
    return json.dumps(_pack(ex), ensure_ascii=False).encode("utf-8")


def unpack_extraction(data: bytes) -> Extraction:
    """The extraction :func:`pack_extraction` packed.

    >>> from chainkg.model import Document, Extraction
    >>> ex = Extraction(Document("a", "文本", "文本"), (), (), (), ())
    >>> unpack_extraction(pack_extraction(ex)) == ex
    True
    """
    return _unpack(json.loads(data))


@dataclasses.dataclass(frozen=True)
class ExtractionCache:
    """Extractions stored as JSON files named by content hash, code version and article id."""

    folder: Path
    version: str = dataclasses.field(default_factory=code_version)

    def _path(self, content_hash: str, doc_id: str) -> Path:
        name = hashlib.sha1(f"{content_hash}|{self.version}|{doc_id}".encode()).hexdigest()
        return self.folder / f"{name}.json"

    def get(self, content_hash: str, doc_id: str) -> Extraction | None:
        """The cached extraction, or None (also for an unreadable entry)."""
        path = self._path(content_hash, doc_id)
        try:
            return unpack_extraction(path.read_bytes())
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, ex: Extraction) -> None:
        """Store an extraction, atomically."""
        if not ex.doc.content_hash:
            return
        path = self._path(ex.doc.content_hash, ex.doc.id)
        data = pack_extraction(ex)
        try:
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        except FileNotFoundError:  # the first entry
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
