"""The generic vocabulary and the pattern that finds its words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chainkg.classify import chain_keywords
from chainkg.lexicon import SUFFIX_TYPES, longest_word_pattern

DEV = Path(__file__).parent / "fixtures" / "dev"


@pytest.mark.parametrize("words", [list(SUFFIX_TYPES), [k for k, _, _ in chain_keywords()]],
                         ids=["name suffixes", "chain keywords"])
def test_the_word_pattern_finds_what_the_longest_first_alternation_finds(words):
    plain = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    pattern = longest_word_pattern(words)
    for path in sorted(DEV.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        expected = [(m.span(), m.group()) for m in plain.finditer(text)]
        assert [(m.span(), m.group()) for m in pattern.finditer(text)] == expected
        assert expected     # the texts do hold such words


def test_the_word_pattern_prefers_the_longest_word_and_escapes_symbols():
    pattern = longest_word_pattern(["园", "产业园", "产业", "A.B"])
    assert [m.group() for m in pattern.finditer("产业园区和产业、A.B与AxB")] == [
        "产业园", "产业", "A.B"]
