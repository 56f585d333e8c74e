"""Segmentation gives jieba's tokens, whichever library computes them.

The mention rules were written against jieba's precise mode; :func:`segment` lets the
much faster jieba-rs compute it, mending the two places where the two differ. These
tests compare it with jieba itself on every annotated article and on random text.
"""

from __future__ import annotations

import random
from pathlib import Path

import jieba
import pytest

from chainkg.segment import segment, segmenter_name

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = sorted(FIXTURES.rglob("*.txt"))


def jieba_tokens(text: str) -> list[str]:
    jieba.setLogLevel(60)
    return jieba.lcut(text)


def test_jieba_rs_is_installed():
    """The project depends on rjieba; without it everything still works, only slower."""
    assert segmenter_name() == "jieba-rs"


def test_without_jieba_rs_jieba_cuts(monkeypatch):
    import chainkg.segment

    monkeypatch.setattr(chainkg.segment, "_rjieba", lambda: None)
    assert segmenter_name() == "jieba"
    assert segment("CAR-T疗法于2024-03-01获批") == jieba_tokens("CAR-T疗法于2024-03-01获批")


@pytest.mark.parametrize("text, tokens", [
    # joined letters and digits are split at the joiner, as jieba's HMM step does
    ("2024-03-01", ["2024", "-", "03", "-", "01"]),
    ("CAR-T疗法", ["CAR", "-", "T", "疗法"]),
    ("v1.2-beta版", ["v1.2", "-", "beta", "版"]),
    ("x_y", ["x", "_", "y"]),
    # decimals and percentages stay whole
    ("增长3.5%", ["增长", "3.5%"]),
    ("2.5.3", ["2.5", ".", "3"]),
    # rarer CJK characters are not Chinese to jieba: one token each
    ("䶮𠀀好", ["䶮", "𠀀", "好"]),
])
def test_segment_matches_jieba_where_jieba_rs_differs(text, tokens):
    assert segment(text) == tokens == jieba_tokens(text)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_annotated_article_segments_as_jieba_does(path):
    text = path.read_text(encoding="utf-8")
    assert segment(text) == jieba_tokens(text)


def test_random_text_segments_as_jieba_does():
    """20,000 random strings of the articles' characters, ASCII, joiners, spaces and rare CJK."""
    chinese = sorted({ch for path in ARTICLES[:20] for ch in path.read_text(encoding="utf-8")})
    other = "abXY019._-%#&+ ,，。、（）()：:；“”\n\r\t\u3000·—《》/@䶮鿖𠀀豈"
    rng = random.Random(20241126)
    for _ in range(20_000):
        text = "".join(rng.choice(chinese) if rng.random() < 0.5 else rng.choice(other)
                       for _ in range(rng.randint(1, 24)))
        assert segment(text) == jieba_tokens(text), text
