"""Which entity a figure belongs to: the rules' pick, re-ranked by weights learnt from gold.

The rules of :mod:`chainkg.facts` name one owner per figure. Where they go wrong it is
mostly by giving the figure to a neighbour they also found (a firm instead of its project,
a county instead of its policy), or by stating a figure no analyst would count. This stage
lists every entity named near the figure (the sentence, the one before it, the paragraph),
plus "nobody", and scores each with a linear model over features of the language around
it: the entity's kind and what its name ends with (公司, 项目, 园区), where it stands (same
clause, before or after, an earlier sentence), pairs of characters before the figure, the
unit, and whether and by which rule the rules chose it. Candidates of a kind standing
where such candidates (almost) never own the figure, such as a place named only in an
earlier sentence, are not listed (the model's ``rare`` places). No feature is an entity's name
(a name of three characters or fewer ends in "short"); a pair of characters next to the
figure may be a piece of one, as a segmenter's dictionary holds pieces of names.

The weights are in ``attachment.json`` beside this module; ``scripts/train_attachment.py``
learns them from the annotated sets (a softmax over the candidates, averaged stochastic
gradient steps) and leaves out the sets kept for measuring. Which features and candidates
to keep was chosen by cross-validation over the annotated sets, for accuracy and speed.

>>> model = {"weights": {"chosen": 1.0, "type=Project|unit=元": 2.0}}
>>> choose([["chosen", "type=Company|unit=元"], ["type=Project|unit=元"]], model)
1
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol, runtime_checkable

from chainkg.model import Entity, Fact, Sentence
from chainkg.sentences import clause_bounds

__all__ = ["MODEL_FILE", "RARE", "Example", "PrunedRanker", "Ranker", "candidates", "choose",
           "load_model", "rare_of", "rare_places", "rules_ranker", "shipped_ranker", "train",
           "without_rare"]

MODEL_FILE = Path(__file__).with_name("attachment.json")

#: Kinds that never own a figure.
_NEVER = frozenset({"Person", "Industry"})
_NOT_ACTORS = _NEVER | {"Region"}
_STOPS = frozenset("。!?！？\n")
_GAPS = (0, 2, 6, 12, 25, 50)  # characters between a mention and the figure
_SALIENCE = (1, 2, 4, 8)  # mentions of the entity in the article
#: A place and kind of candidate (``paragraph|Region``) that owns fewer than this share of
#: the figures it stands beside, in training, is not listed.
RARE = 0.01

#: Decides a figure's owner: given the fact as the rules stated it, the candidates
#: (``None`` is "nobody") and their feature rows, the index of the owner.
Ranker = Callable[[Fact, Sequence[Entity | None], Sequence[Sequence[str]]], int]


@runtime_checkable
class PrunedRanker(Protocol):
    """A ranker that needs no candidates at its ``rare`` places (``paragraph|Region``):
    :func:`candidates` leaves them out."""

    rare: frozenset[str]

    def __call__(self, fact: Fact, owners: Sequence[Entity | None],
                 rows: Sequence[Sequence[str]]) -> int: ...


def rare_of(ranker: Ranker) -> frozenset[str]:
    """The places ``ranker`` needs no candidates at: none for a plain function.

    >>> rare_of(rules_ranker), sorted(rare_of(shipped_ranker())) != []
    (frozenset(), True)
    """
    return ranker.rare if isinstance(ranker, PrunedRanker) else frozenset()


class Span(Protocol):
    """A place in the text that names an entity (a mention or a resolved anaphor)."""

    start: int
    end: int
    entity: Entity
    anaphor: bool


@dataclass(frozen=True)
class Example:
    """One figure to learn from: its candidates' feature rows and the right rows."""

    rows: tuple[tuple[str, ...], ...]
    right: tuple[int, ...]


def _bucket(n: int, edges: Sequence[int]) -> int:
    """The index of the first edge ``n`` does not exceed (``len(edges)`` if none).

    >>> _bucket(5, (2, 6, 12)), _bucket(40, (2, 6, 12))
    (1, 3)
    """
    return bisect.bisect_left(edges, n)


def _head(name: str) -> str:
    """What a name ends with, its kind of thing (公司, 项目, 园区), never a short name whole.

    >>> _head("北京甲科技有限公司"), _head("魏县")
    ('公司', 'short')
    """
    return name[-2:] if len(name) >= 4 else "short"


def _bigrams(tag: str, text: str) -> list[str]:
    return [f"{tag}={text[i:i + 2]}" for i in range(len(text) - 1)]


def candidates(norm: str, figure: tuple[int, int, str], sentence: Sentence, previous: int,
               spans: Sequence[Span], chosen: Entity | None, rule: str, last: str | None,
               salience: Mapping[str, int], rare: frozenset[str] = frozenset()
               ) -> tuple[list[Entity | None], list[list[str]]]:
    """The entities that may own the figure at ``start:end`` (of ``unit``), and their features.

    ``spans`` name entities from the paragraph's start (or the sentence before) to the end
    of ``sentence``, which starts after ``previous``; ``chosen`` is the rules' pick, by
    ``rule`` (None where the rules found no owner); ``last`` is the owner of the figure
    before; ``salience`` counts mentions; entities other than the pick standing at a
    ``rare`` place for their kind (``paragraph|Region``) are left out. The last candidate
    is ``None``: nobody, the figure is no fact.

    >>> from chainkg.model import Sentence
    >>> @dataclass
    ... class M:
    ...     start: int
    ...     end: int
    ...     entity: Entity
    ...     anaphor: bool = False
    >>> firm = Entity(id="f", type="Company", name="甲公司")
    >>> plant = Entity(id="p", type="Project", name="乙项目")
    >>> text = "甲公司投资建设乙项目,总投资5亿元。"
    >>> owners, rows = candidates(text, (14, 17, "元"), Sentence(0, 0, 18, text), 0,
    ...                           [M(0, 3, firm), M(7, 10, plant)], firm, "fact:sentence",
    ...                           None, {"f": 1, "p": 1})
    >>> [o.id if o else None for o in owners]
    ['f', 'p', None]
    >>> "place=sentence-before|type=Project" in rows[1], "chosen" in rows[0]
    (True, True)
    """
    q_start, q_end, unit = figure
    c_start = clause_bounds(norm, q_start, sentence.start, sentence.end)[0]
    c_end = clause_bounds(norm, q_end, sentence.start, sentence.end)[1]
    pre2 = norm[max(sentence.start, q_start - 2):q_start]
    lead = norm[max(c_start, q_start - 10):q_start]
    context = [f"unit={unit}", f"pre2={pre2}", f"pre1={pre2[-1:]}",
               f"post1={norm[q_end:q_end + 1]}", f"post2={norm[q_end:q_end + 2]}",
               f"opening={norm[sentence.start:sentence.start + 2]}", *_bigrams("bi", lead)]
    by_entity: dict[str, list[Span]] = {chosen.id: []} if chosen else {}
    named: dict[str, Entity] = {chosen.id: chosen} if chosen else {}
    chosen_id, chosen_type = (chosen.id, chosen.type) if chosen else ("", "none")
    for span in spans:
        if span.entity.type not in _NEVER and not span.start < q_end <= span.end:
            by_entity.setdefault(span.entity.id, []).append(span)
            named[span.entity.id] = span.entity
    actors = [s for s in spans if s.entity.type not in _NOT_ACTORS]
    first = next((s.entity.id for s in actors if s.start >= sentence.start), None)
    owners: list[Entity | None] = []
    rows: list[list[str]] = []
    of_kind: dict[str, list[str]] = {}
    for entity_id, mentions in sorted(by_entity.items(), key=lambda item: (
            item[1][0].start if item[1] else -1)):
        kind = named[entity_id].type
        place, mention = _nearest((q_start, q_end), (c_start, c_end), sentence, previous,
                                  mentions)
        if rare and entity_id != chosen_id and f"{place}|{kind}" in rare:
            continue
        head = _head(named[entity_id].name)
        if kind not in of_kind:  # (built once per kind: a string's hash is kept)
            of_kind[kind] = [f"type={kind}", *(f"type={kind}|{c}" for c in context)]
        row = [*of_kind[kind], f"head={head}|unit={unit}"]
        if entity_id == chosen_id:
            row += ["chosen", f"chosen|rule={rule}", f"chosen|rule={rule}|type={kind}",
                    f"chosen|rule={rule}|unit={unit}"]
        else:
            row.append(f"chosen-type={chosen_type}|type={kind}")
        if entity_id == last:
            row.append(f"last|type={kind}")
        if entity_id == first:
            row.append(f"first-actor|type={kind}")
        row.append(f"salience={_bucket(salience.get(entity_id, 0), _SALIENCE)}|type={kind}")
        row += _where(norm, (q_start, q_end), (c_start, c_end), sentence, place, mention,
                      kind, rule)
        owners.append(named[entity_id])
        rows.append(row)
    owners.append(None)
    rows.append(["none", f"none|rule={rule}", f"none|type={chosen_type}",
                 f"none|head={_head(chosen.name) if chosen else ''}",
                 *([] if chosen else ["chosen"]),
                 *(f"none|{c}" for c in context if not c.startswith(("post2", "opening")))])
    return owners, rows


def _nearest(figure: tuple[int, int], clause: tuple[int, int], sentence: Sentence,
             previous: int, mentions: Sequence[Span]) -> tuple[str, Span | None]:
    """Where the entity is named (``clause-before`` … ``far``), by its mention nearest the
    figure, and that mention."""
    q_start, q_end = figure
    before = [m for m in mentions if m.end <= q_start]
    after = [m for m in mentions if m.start >= q_end]
    if not mentions:
        return "far", None
    if before and before[-1].start >= sentence.start:
        mention = before[-1]
        return ("clause-before" if mention.start >= clause[0] else "sentence-before"), mention
    if after and after[0].end <= sentence.end:
        mention = after[0]
        return ("clause-after" if mention.end <= clause[1] else "sentence-after"), mention
    mention = before[-1] if before else after[0]
    return ("next" if mention.start >= sentence.end else
            "previous" if mention.start >= previous else "paragraph"), mention


def _where(norm: str, figure: tuple[int, int], clause: tuple[int, int], sentence: Sentence,
           place: str, mention: Span | None, kind: str, rule: str) -> list[str]:
    """Features of where the entity is named: its ``place`` and nearest ``mention``."""
    q_start, q_end = figure
    row = [f"place={place}", f"place={place}|type={kind}",
           f"place={place}|rule={rule}|type={kind}"]
    if mention is None:
        return row
    lo, hi = (mention.end, q_start) if mention.end <= q_start else (q_end, mention.start)
    left, right = norm[mention.start - 1:mention.start], norm[mention.end:mention.end + 1]
    row += [f"place={place}|gap={_bucket(hi - lo, _GAPS)}", f"left={left}|type={kind}",
            f"right={right}|type={kind}", f"left={left}|place={place}",
            f"right={right}|place={place}"]
    if place in ("clause-before", "sentence-before"):
        row += _bigrams(f"type={kind}|mid", norm[mention.end:q_start][:7])
    if mention.anaphor:
        row.append(f"anaphor|type={kind}")
    if mention.start == sentence.start or norm[mention.start - 1] in _STOPS:
        row.append(f"opens-sentence|type={kind}")
    if mention.start == clause[0]:
        row.append(f"opens-clause|place={place}|type={kind}")
    return row


def _scores(rows: Sequence[Sequence[str]], weights: Mapping[str, float]) -> list[float]:
    weight, zeros = weights.get, itertools.repeat(0.0)  # (map runs in C)
    return [sum(map(weight, row, zeros)) for row in rows]


def choose(rows: Sequence[Sequence[str]], model: Mapping) -> int:
    """The best-scoring row if it beats the rules' pick (the row with ``chosen``) by the
    model's margin, else the pick."""
    scores = _scores(rows, model["weights"])
    pick = next(i for i, row in enumerate(rows) if "chosen" in row)
    best = max(range(len(rows)), key=lambda i: (scores[i], -i))
    return best if scores[best] - scores[pick] > model.get("margin", 0.0) else pick


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_FILE) -> dict:
    """The model in ``path``: ``{"weights": {feature: weight}, "margin": …}``."""
    return json.loads(path.read_text(encoding="utf-8"))


def rules_ranker(fact: Fact, owners: Sequence[Entity | None],
                 rows: Sequence[Sequence[str]]) -> int:
    """The rules' pick, unchanged (for measuring and testing the rules alone)."""
    return next(i for i, row in enumerate(rows) if "chosen" in row)


@dataclass(frozen=True)
class _ModelRanker:
    model: Mapping
    rare: frozenset[str]

    def __call__(self, fact: Fact, owners: Sequence[Entity | None],
                 rows: Sequence[Sequence[str]]) -> int:
        return choose(rows, self.model)


def shipped_ranker() -> Ranker:
    """The ranker of the shipped weights (with their ``rare`` places)."""
    return _shipped()


@lru_cache(maxsize=1)
def _shipped() -> _ModelRanker:
    model = load_model()
    return _ModelRanker(model, frozenset(model.get("rare", ())))


def _slot(row: Sequence[str]) -> str | None:
    """A candidate row's place and kind (``paragraph|Region``); None for the rules' pick
    and for nobody."""
    if "chosen" in row or "none" in row:
        return None
    place = next(f for f in row if f.startswith("place="))
    kind = next(f for f in row if f.startswith("type="))
    return f"{place[6:]}|{kind[5:]}"


def rare_places(examples: Iterable[Example], share: float = RARE) -> frozenset[str]:
    """The places and kinds (``paragraph|Region``) of candidates other than the rules' pick
    that are right for fewer than ``share`` of the figures they stand beside.

    >>> beside = (("type=Park", "place=previous"), ("chosen", "type=Company"), ("none",))
    >>> sorted(rare_places([Example(beside, (1,))] * 99 + [Example(beside, (0,))], 0.02))
    ['previous|Park']
    """
    seen: dict[str, int] = {}
    right: dict[str, int] = {}
    for example in examples:
        for i, row in enumerate(example.rows):
            slot = _slot(row)
            if slot is not None:
                seen[slot] = seen.get(slot, 0) + 1
                right[slot] = right.get(slot, 0) + (i in example.right)
    return frozenset(slot for slot, n in seen.items() if right.get(slot, 0) < share * n)


def without_rare(example: Example, rare: frozenset[str]) -> Example:
    """``example`` as :func:`candidates` lists it given ``rare``: a figure whose right
    candidates are all left out is right for nobody.

    >>> beside = (("type=Park", "place=previous"), ("chosen", "type=Company"), ("none",))
    >>> without_rare(Example(beside, (0,)), frozenset({"previous|Park"})).right
    (1,)
    """
    keep = [i for i, row in enumerate(example.rows) if _slot(row) not in rare]
    right = tuple(keep.index(i) for i in example.right if i in keep)
    return Example(tuple(example.rows[i] for i in keep), right or (len(keep) - 1,))


def train(examples: Iterable[Example], epochs: int = 5, rate: float = 0.03,
          seed: int = 0, smallest: float = 0.02) -> dict[str, float]:
    """Weights that make the right rows of ``examples`` score highest: averaged stochastic
    gradient steps on the log of their softmax probability, in a seeded order. Weights
    under ``smallest`` are left out (on the annotated sets, cross-validated, leaving out
    those under 0.02 keeps the gain and a third of the features).

    >>> weights = train([Example((("chosen", "far"), ("near",)), (1,))] * 20, smallest=0)
    >>> weights["near"] > 0 > weights["far"]
    True
    """
    examples = list(examples)
    order = random.Random(seed)
    weights: dict[str, float] = {}
    summed: dict[str, float] = {}  # step-weighted sums, for the average of all iterates
    step = 1
    for _ in range(epochs):
        order.shuffle(examples)
        for example in examples:
            scores = _scores(example.rows, weights)
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            probability = [e / total for e in exps]
            right = sum(probability[i] for i in example.right)
            for i, row in enumerate(example.rows):
                gradient = probability[i] * (1 - 1 / right if i in example.right else 1)
                if abs(gradient) < 1e-6:
                    continue
                for feature in row:
                    weights[feature] = weights.get(feature, 0.0) - rate * gradient
                    summed[feature] = summed.get(feature, 0.0) - rate * gradient * step
            step += 1
    averaged = {f: w - summed[f] / step for f, w in weights.items()}
    return {f: round(w, 3) for f, w in sorted(averaged.items()) if abs(w) >= smallest}
