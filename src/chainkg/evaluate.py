"""Score extractions against gold annotations, with the matching rules of ANNOTATION.md.

Entities match when their types agree (the gold ``alt_types`` count too) and they share
a normalised name or alias (NFKC, no spaces, quotes or 《》, case folded); each gold
entity matches at most one predicted entity, exact names first, then the most shared
names. Relations match by predicate and both matched ends (``cooperatesWith`` in either
direction); facts by matched entity, same unit and a value within 0.5%. Optional gold
items are neither required nor penalised, and a prediction that only repeats a gold
entity already matched is not counted against the extraction.

>>> gold = {"entities": [{"id": "g1", "name": "唐山", "type": "Region", "aliases": ["唐山市"]}],
...         "relations": [], "facts": []}
>>> pred = {"entities": [{"id": "p1", "name": "唐山市", "type": "Region"}]}
>>> tally = Tally()
>>> _ = score_document(gold, pred, tally)
>>> tally.prf("entities")
(1.0, 1.0, 1.0)
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from chainkg.errors import InputError, UsageError
from chainkg.model import ENTITY_TYPES, PREDICATES

__all__ = ["Scores", "Tally", "align", "cli_evaluate", "format_table", "normalise_name", "score",
           "score_document"]

SYMMETRIC = frozenset({"cooperatesWith"})
TOLERANCE = 0.005
_DROP = dict.fromkeys(map(ord, " \t\n\u3000《》“”‘’\"'「」『』"), None)


def normalise_name(name: str) -> str:
    """The form names are compared in.

    >>> normalise_name("《京津冀 重点产业链协同机制方案》")
    '京津冀重点产业链协同机制方案'
    """
    return unicodedata.normalize("NFKC", name).translate(_DROP).casefold()


class Tally(Counter):
    """Counts of (row, "tp" | "fp" | "fn"); rows are types, predicates and totals."""

    def prf(self, row: str) -> tuple[float, float, float]:
        """Precision, recall and F1 of ``row`` (1.0 where nothing was expected or found)."""
        tp, fp, fn = self[row, "tp"], self[row, "fp"], self[row, "fn"]
        precision = tp / (tp + fp) if tp + fp else (0.0 if fn else 1.0)
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


@dataclass
class Scores:
    """The tally over all documents, and the misses of each."""

    tally: Tally = field(default_factory=Tally)
    misses: dict[str, list[str]] = field(default_factory=dict)

    def f1(self, kind: str) -> float:
        """F1 of ``entities``, ``relations``, ``facts`` or any type or predicate."""
        return self.tally.prf(kind)[2]


def _names(entity: Mapping) -> set[str]:
    forms = [entity.get("name", ""), *entity.get("aliases", [])]
    return {normalise_name(f) for f in forms if f and normalise_name(f)}


def _types(entity: Mapping) -> set[str]:
    return {entity.get("type"), *entity.get("alt_types", [])}


def align(gold: list[Mapping], pred: list[Mapping]) -> dict[str, str]:
    """Predicted id -> gold id, one to one: exact names first, then most shared names."""
    candidates = []
    for p in pred:
        p_names = _names(p)
        p_exact = normalise_name(p.get("name", ""))
        for g in gold:
            if p.get("type") not in _types(g):
                continue
            shared = p_names & _names(g)
            if shared:
                inexact = p_exact != normalise_name(g["name"])
                candidates.append((inexact, -len(shared), p["id"], g["id"]))
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for _, _, pid, gid in sorted(candidates):
        if pid not in mapping and gid not in taken:
            mapping[pid] = gid
            taken.add(gid)
    return mapping


def score_document(gold: Mapping, pred: Mapping, tally: Tally) -> list[str]:
    """Add one document's counts to ``tally``; returns its misses, one line each."""
    misses: list[str] = []
    g_ents = [e for e in gold.get("entities", []) if e.get("type") in ENTITY_TYPES]
    p_ents = [e for e in pred.get("entities", [])
              if e.get("type") in ENTITY_TYPES and e.get("id")]
    optional = {e["id"] for e in g_ents if e.get("optional")}
    mapping = align(g_ents, p_ents)
    matched = set(mapping.values())
    repeats = {p["id"] for p in p_ents if p["id"] not in mapping and any(
        p.get("type") in _types(g) and _names(p) & _names(g) for g in g_ents)}
    gold_name = {e["id"]: e["name"] for e in g_ents}

    for p in p_ents:
        gid = mapping.get(p["id"])
        if gid is None and p["id"] not in repeats:
            tally["entities", "fp"] += 1
            tally[p["type"], "fp"] += 1
            misses.append(f"  FP entity {p['type']}: {p.get('name')}")
        elif gid is not None and gid not in optional:
            tally["entities", "tp"] += 1
            tally[p["type"], "tp"] += 1
    for g in g_ents:
        if g["id"] not in matched and g["id"] not in optional:
            tally["entities", "fn"] += 1
            tally[g["type"], "fn"] += 1
            misses.append(f"  FN entity {g['type']}: {g['name']}")

    def rel_key(s: str, p: str, o: str) -> tuple[str, str, str]:
        return (p, *sorted((s, o))) if p in SYMMETRIC else (p, s, o)

    g_rels = {rel_key(r["s"], r["p"], r["o"]): r for r in gold.get("relations", [])
              if r.get("p") in PREDICATES}
    g_optional = {k for k, r in g_rels.items() if r["s"] in optional or r["o"] in optional}
    p_rels = set()
    for r in pred.get("relations", []):
        if r.get("p") not in PREDICATES:
            continue
        s, o = mapping.get(r.get("s")), mapping.get(r.get("o"))
        if (s is None and r.get("s") in repeats) or (o is None and r.get("o") in repeats):
            continue
        p_rels.add(rel_key(s or f"?{r.get('s')}", r["p"], o or f"?{r.get('o')}"))
    for k in p_rels:
        if k in g_rels:
            if k not in g_optional:
                tally["relations", "tp"] += 1
                tally[k[0], "tp"] += 1
        else:
            tally["relations", "fp"] += 1
            tally[k[0], "fp"] += 1
            misses.append(f"  FP relation {k[0]}: {gold_name.get(k[1], k[1])} -> "
                          f"{gold_name.get(k[2], k[2])}")
    for k in g_rels:
        if k not in p_rels and k not in g_optional:
            tally["relations", "fn"] += 1
            tally[k[0], "fn"] += 1
            misses.append(f"  FN relation {k[0]}: {gold_name.get(k[1], k[1])} -> "
                          f"{gold_name.get(k[2], k[2])}")

    g_facts = list(gold.get("facts", []))
    used: set[int] = set()
    for f in pred.get("facts", []):
        subject = mapping.get(f.get("s"))
        hit = _fact_match(f, subject, g_facts, used)
        if hit is None:
            if subject is None and f.get("s") in repeats:
                continue
            tally["facts", "fp"] += 1
            misses.append(f"  FP fact: {gold_name.get(subject, f.get('s'))} "
                          f"{f.get('value')} {f.get('unit')}")
            continue
        used.add(hit)
        if g_facts[hit]["s"] not in optional:
            tally["facts", "tp"] += 1
    for i, g in enumerate(g_facts):
        if i not in used and g["s"] not in optional:
            tally["facts", "fn"] += 1
            misses.append(f"  FN fact: {gold_name.get(g['s'], g['s'])} {g.get('metric')} "
                          f"{g['value']} {g.get('unit')}")
    return misses


def _fact_match(fact: Mapping, subject: str | None, gold: list[Mapping], used: set[int]
                ) -> int | None:
    unit = normalise_name(str(fact.get("unit", "")))
    for i, g in enumerate(gold):
        if i in used or g["s"] != subject or normalise_name(str(g.get("unit", ""))) != unit:
            continue
        try:
            value, expected = float(fact.get("value")), float(g["value"])
        except (TypeError, ValueError):
            continue
        if abs(value - expected) <= TOLERANCE * max(abs(expected), 1e-9):
            return i
    return None


def _gold_files(gold: Path) -> list[Path]:
    if gold.is_file():
        return [gold]
    if not gold.is_dir():
        raise InputError(gold, "no such gold file or folder")
    return sorted(gold.glob("*.gold.json"))


def _stem(gold_file: Path) -> str:
    return gold_file.name.removesuffix(".gold.json").removesuffix(".json")


def score(gold: str | Path, predictions: str | Path | Mapping[str, Mapping]) -> Scores:
    """Score ``predictions`` against the gold file or folder ``gold``.

    ``predictions`` is a prediction file (with a gold file), a folder of ``X.json``
    beside ``X.gold.json``, or a mapping of document stem -> annotation dict.
    """
    gold = Path(gold)
    scores = Scores()
    for gold_file in _gold_files(gold):
        stem = _stem(gold_file)
        if isinstance(predictions, Mapping):
            pred = predictions.get(stem, {})
        else:
            path = Path(predictions)
            path = path if path.is_file() else path / f"{stem}.json"
            pred = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        gold_doc = json.loads(gold_file.read_text(encoding="utf-8"))
        scores.misses[gold_file.name] = score_document(gold_doc, pred, scores.tally)
    return scores


def format_table(scores: Scores) -> str:
    """The table score.py prints: per type, per predicate, then the three totals."""
    tally = scores.tally
    rows = sorted(set(ENTITY_TYPES) | set(PREDICATES), key=lambda k: (k in PREDICATES, k))
    lines = [f"{'':16} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn"]
    for row in [*rows, "entities", "relations", "facts"]:
        counts = [tally[row, c] for c in ("tp", "fp", "fn")]
        if row in ("entities", "relations", "facts") or sum(counts):
            p, r, f = tally.prf(row)
            label = row.upper() if row in ("entities", "relations", "facts") else row
            lines.append(f"{label:16} {p:6.3f} {r:6.3f} {f:6.3f} {counts[0]:4} "
                         f"{counts[1]:3} {counts[2]:3}")
    # the summary line shows F1 rounded to four places first, as score.py does
    lines.append("entities F1 {:.3f} | relations F1 {:.3f} | facts F1 {:.3f}".format(
        *(round(scores.f1(k), 4) for k in ("entities", "relations", "facts"))))
    return "\n".join(lines)


def _article_beside(gold_file: Path) -> Path | None:
    for ext in (".txt", ".html", ".htm"):
        candidate = gold_file.with_name(_stem(gold_file) + ext)
        if candidate.exists():
            return candidate
    return None


def cli_evaluate(args: argparse.Namespace) -> int:
    """``chainkg evaluate GOLD_DIR``: extract the texts beside the gold files and score."""
    from chainkg.errors import ChainkgError
    from chainkg.pipeline import extract_path, to_annotation

    gold = Path(args.gold)
    files = _gold_files(gold)
    if not files:
        raise UsageError(f"{gold}: no *.gold.json files")
    predictions: dict[str, Mapping] = {}
    failed = 0
    for gold_file in files:
        article = _article_beside(gold_file)
        if article is None:
            print(f"chainkg: {gold_file}: no article beside it", file=sys.stderr)
            failed += 1
            continue
        try:
            predictions[_stem(gold_file)] = to_annotation(extract_path(article))
        except ChainkgError as err:
            print(f"chainkg: {err}", file=sys.stderr)
            failed += 1
    scores = score(gold, predictions)
    if getattr(args, "misses", False):
        for name, misses in scores.misses.items():
            if misses:
                print(name)
                print("\n".join(misses))
    print(format_table(scores))
    return 1 if failed else 0
