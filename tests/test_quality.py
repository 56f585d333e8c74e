"""The extraction reaches the thresholds of chainkg.quality on the vendored dev corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainkg.evaluate import score
from chainkg.pipeline import extract_path, to_annotation
from chainkg.quality import DEV_THRESHOLDS, SEED_STEM, SEED_THRESHOLDS

DEV = Path(__file__).parent / "fixtures" / "dev"


@pytest.fixture(scope="module")
def predictions() -> dict[str, dict]:
    return {path.stem: to_annotation(extract_path(path)) for path in sorted(DEV.glob("*.txt"))}


@pytest.mark.parametrize("kind", ["entities", "relations", "facts"])
def test_seed_article(predictions, kind):
    scores = score(DEV / f"{SEED_STEM}.gold.json", predictions)
    assert scores.f1(kind) >= SEED_THRESHOLDS[kind]


@pytest.mark.parametrize("kind", ["entities", "relations", "facts"])
def test_all_dev_articles(predictions, kind):
    scores = score(DEV, predictions)
    assert scores.f1(kind) >= DEV_THRESHOLDS[kind]
