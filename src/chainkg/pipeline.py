"""The extraction pipeline: one article in, an :class:`~chainkg.model.Extraction` out.

``extract(doc)`` runs the stages in order (sentences, tokens, mentions, entities,
relations, facts, chain placement); ``to_annotation(ex)`` writes the result in the
format of the gold annotations; ``chainkg extract FILE... --out DIR`` does both per file.

>>> from chainkg.text import parse_text
>>> ex = extract(parse_text("唐山市高新区与北京九曜智能科技有限公司合作。", "demo"))
>>> sorted((r["p"]) for r in to_annotation(ex)["relations"])
['cooperatesWith', 'locatedIn', 'locatedIn']
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from chainkg.attach import Ranker, shipped_ranker
from chainkg.classify import classify
from chainkg.entities import resolve_entities
from chainkg.errors import ChainkgError, InputError
from chainkg.facts import extract_facts
from chainkg.mentions import find_mentions, tokenize
from chainkg.model import PREDICATES, Document, Extraction
from chainkg.relations import extract_relations, keep_needed
from chainkg.sentences import split_sentences
from chainkg.text import read_article

__all__ = ["cli_extract", "extract", "extract_path", "to_annotation", "write_annotation"]

log = logging.getLogger(__name__)


def extract(doc: Document, ranker: Ranker | None = None) -> Extraction:
    """Everything the rules find in ``doc``: entities, relations, facts, each figure given
    to the owner ``ranker`` chooses (by default the shipped model's, :mod:`chainkg.attach`)."""
    sentences = split_sentences(doc)
    tokens = tokenize(doc.norm)
    mentions = find_mentions(doc, sentences, tokens)
    entities = resolve_entities(doc, mentions)
    relations = extract_relations(doc, sentences, entities)
    relations = [*relations, *classify(doc, entities, relations, sentences)]
    relations.sort(key=lambda r: (r.start, r.p, r.s, r.o))
    entities, relations = keep_needed(entities, relations)
    facts = extract_facts(doc, sentences, entities, ranker=ranker or shipped_ranker())
    return Extraction(doc=doc, sentences=tuple(sentences), entities=tuple(entities),
                      relations=tuple(relations), facts=tuple(facts))


def extract_path(path: str | Path) -> Extraction:
    """Read one article file and extract it (``InputError`` names a bad file)."""
    return extract(read_article(path))


def to_annotation(ex: Extraction) -> dict:
    """The extraction in the JSON shape of the gold files (ANNOTATION.md)."""
    ids = {e.id for e in ex.entities}
    entities = [{"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
                 "key": e.key} for e in ex.entities]
    relations = []
    seen = set()
    for r in ex.relations:
        if r.s not in ids or r.o not in ids or r.p not in PREDICATES:
            continue
        if (r.s, r.p, r.o) in seen:
            continue
        seen.add((r.s, r.p, r.o))
        relations.append({"s": r.s, "p": r.p, "o": r.o, "rule": r.rule,
                          "start": r.start, "end": r.end})
    facts = [{"s": f.s, "metric": f.metric, "value": f.value, "unit": f.unit,
              "qualifier": f.qualifier, "date": f.date, "text": f.text}
             for f in ex.facts if f.s in ids]
    published = ex.doc.published.isoformat() if ex.doc.published else ""
    return {"doc": ex.doc.id, "published": published, "entities": entities,
            "relations": relations, "facts": facts}


def write_annotation(ex: Extraction, out_dir: Path, stem: str | None = None) -> Path:
    """Write ``out_dir/<stem>.json`` and return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{stem or ex.doc.id}.json"
    target.write_text(json.dumps(to_annotation(ex), ensure_ascii=False, indent=1),
                      encoding="utf-8")
    return target


def cli_extract(args: argparse.Namespace) -> int:
    """``chainkg extract FILE... --out DIR``: exit 1 if any file failed."""
    failed = 0
    for path in args.paths:
        try:
            ex = extract_path(path)
        except ChainkgError as err:
            failed += 1
            print(f"chainkg: {err}", file=sys.stderr)
            continue
        except Exception as err:
            if getattr(args, "verbose", False):
                raise
            failed += 1
            error = InputError(path, f"extraction failed: {type(err).__name__}: {err}")
            print(f"chainkg: {error}", file=sys.stderr)
            continue
        target = write_annotation(ex, args.out, Path(path).stem)
        log.debug("wrote %s", target)
    return 1 if failed else 0
