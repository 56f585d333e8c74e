"""Split a document into sentences with character offsets into ``Document.text``.

A sentence ends at 。！？；… (full- or half-width, in runs) together with the closing
quotes and brackets that follow, or at a line break. Blank sentences are skipped and
the offsets exclude surrounding whitespace.

>>> from chainkg.model import Document
>>> text = "“这里很好。”他说。\\n\\n  园区落地企业60家!其中北京企业36家;"
>>> [s.text for s in split_sentences(Document(id="d", text=text, norm=text))]
['“这里很好。”', '他说。', '园区落地企业60家!', '其中北京企业36家;']
"""

from __future__ import annotations

import re

from chainkg.model import Document, Sentence

__all__ = ["split_sentences"]

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
