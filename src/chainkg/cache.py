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

__all__ = ["ExtractionCache", "code_version", "extraction_from_dict", "extraction_to_dict"]


@cache
def code_version() -> str:
    """A hash of the package's source and the gazetteers: what an extraction depends on."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    gazetteers = (ONTOLOGY_DIR / name for name in ("chains.ttl", "regions.ttl"))
    files = [*sorted(package.glob("*.py")), *gazetteers]
    for file in files:
        if file.is_file():
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def extraction_to_dict(ex: Extraction) -> dict[str, Any]:
    """Plain JSON-ready data of an extraction (what ``dataclasses.asdict`` gives, faster)."""
    doc = dict(vars(ex.doc))
    doc["published"] = ex.doc.published.isoformat() if ex.doc.published else None
    doc["path"] = str(ex.doc.path) if ex.doc.path else None
    return {
        "doc": doc,
        "sentences": [vars(s) for s in ex.sentences],
        "entities": [{**vars(e), "mentions": [vars(m) for m in e.mentions]}
                     for e in ex.entities],
        "relations": [vars(r) for r in ex.relations],
        "facts": [vars(f) for f in ex.facts],
    }


def extraction_from_dict(data: dict[str, Any]) -> Extraction:
    """The inverse of :func:`extraction_to_dict`."""
    doc = dict(data["doc"])
    doc["published"] = dt.date.fromisoformat(doc["published"]) if doc["published"] else None
    doc["path"] = Path(doc["path"]) if doc["path"] else None
    entities = tuple(
        Entity(**{**e, "aliases": tuple(e["aliases"]),
                  "mentions": tuple(Mention(**m) for m in e["mentions"])})
        for e in data["entities"]
    )
    return Extraction(
        doc=Document(**doc),
        sentences=tuple(Sentence(**s) for s in data["sentences"]),
        entities=entities,
        relations=tuple(Relation(**r) for r in data["relations"]),
        facts=tuple(Fact(**f) for f in data["facts"]),
    )


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
            return extraction_from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, ex: Extraction) -> None:
        """Store an extraction, atomically."""
        if not ex.doc.content_hash:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(ex.doc.content_hash, ex.doc.id)
        fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(json.dumps(extraction_to_dict(ex), ensure_ascii=False))
        os.replace(tmp, path)
