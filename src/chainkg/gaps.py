"""Gap analysis: the actors of each chain x segment x province (北京 / 天津 / 河北).

A segment where Beijing or Tianjin has actors but Hebei has none is flagged: these
are the gaps that 补链 (chain-filling) policy is about. The counts come from the chain
maps of :mod:`chainkg.view`, so the table and the maps always agree.

>>> gap = SegmentGap("robots", "机器人", "upstream", "urn:reducers", "减速器",
...                  beijing=("九曜智能",), tianjin=(), hebei=())
>>> gap.counts, gap.hebei_gap
({'北京': 1, '天津': 0, '河北': 0}, True)
"""

from __future__ import annotations

import argparse
import csv
import logging
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from chainkg.errors import UsageError
from chainkg.store import Source
from chainkg.view import ACTOR_KINDS, CHAIN_SLUGS, chain_map

__all__ = [
    "CSV_COLUMNS",
    "REGIONS",
    "SegmentGap",
    "cli_gaps",
    "format_gap_table",
    "gap_analysis",
    "segment_gaps",
    "write_gaps_csv",
    "write_gaps_heatmap",
]

log = logging.getLogger(__name__)

#: The three provinces, in the order of the table's columns.
REGIONS = ("北京", "天津", "河北")
#: Columns of gaps.csv: one row per chain x segment x province.
CSV_COLUMNS = ("chain", "chain_label", "tier", "segment", "segment_label", "region",
               "actor_count", "actors", "hebei_gap")
_TIER_ZH = {"upstream": "上游", "midstream": "中游", "downstream": "下游"}


@dataclass(frozen=True)
class SegmentGap:
    """The actors of one segment in each province (names, sorted), and those whose
    province is unknown or outside the three (``elsewhere``)."""

    chain: str
    chain_label: str
    tier: str
    segment: str
    segment_label: str
    beijing: tuple[str, ...] = ()
    tianjin: tuple[str, ...] = ()
    hebei: tuple[str, ...] = ()
    elsewhere: tuple[str, ...] = ()

    def actors(self, region: str) -> tuple[str, ...]:
        """The actors in ``region`` (北京, 天津 or 河北)."""
        return {"北京": self.beijing, "天津": self.tianjin, "河北": self.hebei}[region]

    @property
    def counts(self) -> dict[str, int]:
        """Actor counts by province."""
        return {region: len(self.actors(region)) for region in REGIONS}

    @property
    def hebei_gap(self) -> bool:
        """Beijing or Tianjin has actors in this segment, Hebei has none."""
        return bool(self.beijing or self.tianjin) and not self.hebei


def segment_gaps(m: nx.MultiDiGraph) -> list[SegmentGap]:
    """One :class:`SegmentGap` per segment of a chain map, upstream first.

    >>> m = nx.MultiDiGraph(chain="robots", label="机器人")
    >>> m.add_node("s", kind="ChainSegment", label="减速器", tier="upstream", rank=1)
    >>> m.add_node("a", kind="Company", label="天津精工", province="天津")
    >>> m.add_edge("a", "s", key="inSegment")
    'inSegment'
    >>> [(g.segment_label, g.tianjin, g.hebei_gap) for g in segment_gaps(m)]
    [('减速器', ('天津精工',), True)]
    """
    out = []
    segments = [(d.get("rank", 0), n) for n, d in m.nodes(data=True)
                if d["kind"] == "ChainSegment"]
    for _, segment in sorted(segments):
        by_region: dict[str, set[str]] = {region: set() for region in (*REGIONS, "")}
        for actor, _, key in m.in_edges(segment, keys=True):
            data = m.nodes[actor]
            if key == "inSegment" and data["kind"] in ACTOR_KINDS:
                province = data.get("province", "")
                by_region[province if province in REGIONS else ""].add(data["label"])
        d = m.nodes[segment]
        out.append(SegmentGap(
            chain=m.graph.get("chain", ""), chain_label=m.graph.get("label", ""),
            tier=d.get("tier", ""), segment=segment, segment_label=d["label"],
            beijing=tuple(sorted(by_region["北京"])), tianjin=tuple(sorted(by_region["天津"])),
            hebei=tuple(sorted(by_region["河北"])), elsewhere=tuple(sorted(by_region[""]))))
    return out


def gap_analysis(source: Source, slugs: Iterable[str] = CHAIN_SLUGS) -> list[SegmentGap]:
    """The segment gaps of several chains (default: all six), read from ``source``."""
    rows: list[SegmentGap] = []
    for slug in slugs:
        if slug not in CHAIN_SLUGS:
            raise UsageError(f"unknown chain {slug!r}: choose from {', '.join(CHAIN_SLUGS)}")
        rows += segment_gaps(chain_map(source, slug))
    return rows


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _cell(names: Sequence[str], shown: int = 3) -> str:
    if not names:
        return "0"
    more = "…" if len(names) > shown else ""
    return f"{len(names)} " + "、".join(names[:shown]) + more


def format_gap_table(rows: Sequence[SegmentGap]) -> str:
    """A plain-text table, aligned for Chinese, one line per segment; ``缺河北`` marks
    the segments where Beijing or Tianjin has actors and Hebei none.

    >>> row = SegmentGap("robots", "机器人", "upstream", "urn:r", "减速器", tianjin=("精工",))
    >>> print(format_gap_table([row]))
    产业链  层级  环节    北京  天津    河北  缺口
    机器人  上游  减速器  0     1 精工  0     缺河北
    """
    head = ("产业链", "层级", "环节", *REGIONS, "缺口")
    lines = [head]
    for r in rows:
        lines.append((r.chain_label or r.chain, _TIER_ZH.get(r.tier, r.tier), r.segment_label,
                      *(_cell(r.actors(region)) for region in REGIONS),
                      "缺河北" if r.hebei_gap else ""))
    widths = [max(_width(line[i]) for line in lines) for i in range(len(head))]
    return "\n".join("  ".join(_pad(cell, w) for cell, w in zip(line, widths, strict=True))
                     .rstrip() for line in lines)


def write_gaps_csv(rows: Sequence[SegmentGap], path: Path) -> Path:
    """Write one CSV row per chain x segment x province (UTF-8 with a BOM, so that
    spreadsheet programs read the Chinese right); actors joined by ``；``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for r in rows:
            for region in REGIONS:
                names = r.actors(region)
                writer.writerow([r.chain, r.chain_label, r.tier, r.segment, r.segment_label,
                                 region, len(names), "；".join(names),
                                 "true" if r.hebei_gap else "false"])
    return path


def write_gaps_heatmap(rows: Sequence[SegmentGap], path: Path) -> Path:
    """A heatmap PNG: segments (grouped by chain) x provinces, cells counting actors,
    flagged segments marked in red."""
    from chainkg.maps import pyplot

    plt = pyplot()
    counts = [[r.counts[region] for region in REGIONS] for r in rows] or [[0, 0, 0]]
    labels = [f"{r.chain_label or r.chain} · {_TIER_ZH.get(r.tier, r.tier)} · "
              f"{r.segment_label}" for r in rows]
    height = max(3.0, 0.28 * len(rows) + 1.6)
    fig, ax = plt.subplots(figsize=(7.5, height))
    top = max(max(row) for row in counts)
    ax.imshow(counts, cmap="Blues", aspect="auto", vmin=0, vmax=max(top, 1))
    ax.set_xticks(range(len(REGIONS)), labels=list(REGIONS))
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(labels)), labels=labels, fontsize=8)
    for i, row in enumerate(counts[:len(rows)]):
        for j, value in enumerate(row):
            ax.text(j, i, str(value), ha="center", va="center", fontsize=8,
                    color="white" if value > top / 2 else "#263238")
        if rows[i].hebei_gap:
            ax.get_yticklabels()[i].set_color("#c62828")
            ax.add_patch(plt.Rectangle((1.5, i - 0.5), 1, 1, fill=False, edgecolor="#c62828",
                                       linewidth=1.5))
    ax.set_title("各环节主体数（红框：京津有、河北无）", fontsize=11, pad=24)
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100, metadata={"Software": None})
    plt.close(fig)
    return path


def cli_gaps(args: argparse.Namespace) -> int:
    """``chainkg gaps``: print the gap table, write gaps.csv and gaps.png."""
    from chainkg.maps import graph_source

    slugs = [args.chain] if args.chain else list(CHAIN_SLUGS)
    rows = gap_analysis(graph_source(args), slugs)
    if not args.quiet:
        print(format_gap_table(rows))
    csv_path = write_gaps_csv(rows, Path(args.out) / "gaps.csv")
    png_path = write_gaps_heatmap(rows, Path(args.out) / "gaps.png")
    flagged = sum(r.hebei_gap for r in rows)
    log.info("%d segments, %d where Beijing or Tianjin has actors and Hebei none -> %s, %s",
             len(rows), flagged, csv_path, png_path)
    return 0
