"""Split a document into sentences with character offsets into ``Document.text``, and
find the clause around a position (:func:`clause_bounds`).

A sentence ends at 。！？；… (full- or half-width, in runs) together with the closing
quotes and brackets that follow, or at a line break. Blank sentences are skipped and
the offsets exclude surrounding whitespace.

>>> from chainkg.model import Document
>>> text = "“这里很好。”他说。\\n\\n  园区落地企业60家!其中北京企业36家;"
>>> [s.text for s in split_sentences(Document(id="d", text=text, norm=text))]
['“这里很好。”', '他说。', '园区落地企业60家!', '其中北京企业36家;']
"""

from __future__ import annotations

import bisect
import functools
import re

from chainkg.model import Document, Sentence

__all__ = ["CLAUSE_BREAK", "CLAUSE_BREAKS", "clause_bounds", "split_sentences"]

#: The marks that end a clause, and the bullets that open a list's items.
CLAUSE_BREAKS = ",;:!?。，；：！？“”()（）\n▶►▲■●◆"
CLAUSE_BREAK = re.compile(f"[{re.escape(CLAUSE_BREAKS)}]")

_CLOSERS = "”’」』)）》】〕\"'"
_END = re.compile(rf"(?:[。！？!?；;]+|…+|\.{{3,}})[{re.escape(_CLOSERS)}]*|\n")
_SPACE = " \t\r\n\u3000\u00a0"


def split_sentences(doc: Document) -> list[Sentence]:
    """The sentences of ``doc``, in order, each with ``text == doc.text[start:end]``."""
    sentences: list[Sentence] = []
    start = 0
    ends = [m.end() for m in _END.finditer(doc.norm)]
    for end in [*ends, len(doc.norm)]:
        piece = doc.text[start:end]
        body = piece.strip(_SPACE)
        if body:
            left = start + len(piece) - len(piece.lstrip(_SPACE))
            sentences.append(Sentence(len(sentences), left, left + len(body), body))
        start = end
    return sentences


def clause_bounds(norm: str, position: int, lower: int, upper: int) -> tuple[int, int]:
    """The clause around ``position``, from just after the last break before it (not
    before ``lower``) to the next break (not after ``upper``).

    >>> clause_bounds("甲,乙丙丁,戊", 3, 0, 7)
    (2, 5)
    """
    breaks = _clause_breaks(norm)
    i = bisect.bisect_left(breaks, position)
    start = position if position <= lower else max(lower, breaks[i - 1] + 1 if i else 0)
    following = breaks[i] if i < len(breaks) else len(norm)
    end = position if position >= upper else min(upper, following)
    return start, end


@functools.lru_cache(maxsize=4)
def _clause_breaks(norm: str) -> list[int]:
    """The offsets of the clause breaks in ``norm``, found once per text."""
    return [match.start() for match in CLAUSE_BREAK.finditer(norm)]
