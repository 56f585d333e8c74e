"""The quality thresholds the extraction must reach on the vendored dev corpus.

``tests/test_quality.py`` enforces them; change them here only, and say why in the
commit (measured figures are in the docstring of each constant).

>>> SEED_THRESHOLDS["entities"] <= 1.0
True
"""

from __future__ import annotations

__all__ = ["DEV_THRESHOLDS", "SEED_STEM", "SEED_THRESHOLDS"]

#: The project's source article (tests/fixtures/dev/<SEED_STEM>.txt).
SEED_STEM = "seed-hebei-daily-2024-02-24"

#: Minimum F1 on the seed article (targets of issue 3: 0.95 / 0.85 / 0.90;
#: measured 2026-11-27: 0.990 / 0.982 / 0.963; the rules alone give 1.000 in facts,
#: the ranker drops one figure, a span of 6个月).
SEED_THRESHOLDS: dict[str, float] = {"entities": 0.95, "relations": 0.85, "facts": 0.90}

#: Minimum F1 over all dev articles together (targets: 0.85 / 0.70 / 0.80;
#: measured 2026-11-27: 0.989 / 0.955 / 0.945). The dev texts are what the rules were
#: developed on: expect less on articles nobody here has seen.
DEV_THRESHOLDS: dict[str, float] = {"entities": 0.85, "relations": 0.70, "facts": 0.80}
