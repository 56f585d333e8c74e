"""Write the six chain maps: interactive HTML, GraphML and GEXF (Gephi, Cytoscape),
node-link JSON and a static PNG in a CJK font; and ``graphs/index.html`` linking them.

Every file is deterministic (sorted nodes and edges, no timestamps), so rebuilding the
maps from the same graph gives the same bytes.

>>> import networkx as nx
>>> g = nx.MultiDiGraph(chain="robots")
>>> g.add_node("urn:s", kind="ChainSegment", label="减速器", sources=())
>>> flat_attributes(g).nodes["urn:s"]
{'kind': 'ChainSegment', 'label': '减速器', 'sources': '[]'}
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import logging
import os
import re
import warnings
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx

from chainkg.errors import UsageError
from chainkg.html import KIND_STYLES, PROVINCE_COLOURS, index_html, write_map_html
from chainkg.store import Source
from chainkg.view import CHAIN_SLUGS, chain_layout, chain_map, map_counts

__all__ = [
    "FORMATS",
    "cjk_font_name",
    "cli_maps",
    "flat_attributes",
    "graph_source",
    "pyplot",
    "write_index",
    "write_map_files",
    "write_map_png",
    "write_maps",
]

log = logging.getLogger(__name__)

#: The files written for each chain, by extension.
FORMATS = ("html", "graphml", "gexf", "json", "png")
#: Font families tried for Chinese text, best first.
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei",
             "Noto Serif CJK SC", "SimHei", "Microsoft YaHei", "PingFang SC")


def flat_attributes(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all str/int/float/bool, as GraphML and GEXF need:
    tuples (the source sentences) become JSON text, None values are left out."""
    def flat(data: dict) -> dict:
        out = {}
        for key, value in data.items():
            if isinstance(value, tuple | list):
                value = json.dumps([dataclasses.asdict(v) if dataclasses.is_dataclass(v)
                                    else v for v in value], ensure_ascii=False)
            elif value is None:
                continue
            out[key] = value
        return out

    out = nx.MultiDiGraph(**flat(g.graph))
    out.add_nodes_from((n, flat(d)) for n, d in g.nodes(data=True))
    out.add_edges_from((u, v, k, flat(d)) for u, v, k, d in g.edges(keys=True, data=True))
    return out


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")


def _gexf_text(g: nx.MultiDiGraph) -> str:
    text = "<?xml version='1.0' encoding='utf-8'?>\n" + "\n".join(nx.generate_gexf(g)) + "\n"
    # networkx stamps today's date into <meta>; drop it so rebuilds are identical
    return re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1)


def cjk_font_name() -> str | None:
    """The first installed CJK font family matplotlib knows (Noto Sans CJK first),
    or None if there is none.

    Matplotlib caches the fonts it found on first use; a CJK font installed since (the
    Makefile installs ``fonts-noto-cjk`` for the tests) is looked for among the system's
    font files and added, so no stale cache leaves the maps' Chinese as boxes.
    """
    from matplotlib import font_manager

    found = _known_cjk_font(font_manager.fontManager)
    if found is None:
        _add_system_cjk_fonts()
        found = _known_cjk_font(font_manager.fontManager)
    return found


#: What the file names of CJK fonts contain (NotoSansCJK-Regular.ttc, wqy-zenhei.ttc).
_CJK_FILE_MARKS = ("cjk", "sc-", "wqy", "sourcehansans", "simhei", "msyh", "pingfang")


def _known_cjk_font(manager: Any) -> str | None:
    installed = {f.name for f in manager.ttflist}
    return next((name for name in CJK_FONTS if name in installed), None)


@cache
def _add_system_cjk_fonts() -> None:
    """Add the system's CJK font files to matplotlib's font list (once a process: a
    machine without any would otherwise be searched again for every map)."""
    from matplotlib import font_manager

    for path in font_manager.findSystemFonts():
        if any(mark in Path(path).name.lower() for mark in _CJK_FILE_MARKS):
            font_manager.fontManager.addfont(path)


def pyplot():
    """``matplotlib.pyplot`` on the Agg backend with a CJK font, warning if none is
    installed (Chinese then shows as boxes)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    font = cjk_font_name()
    if font is None:
        warnings.warn("no CJK font found (install fonts-noto-cjk); Chinese labels in PNG "
                      "files will not render", RuntimeWarning, stacklevel=2)
    else:
        plt.rcParams["font.sans-serif"] = [font, *plt.rcParams["font.sans-serif"]]
        plt.rcParams["font.family"] = "sans-serif"
    plt.rcParams["axes.unicode_minus"] = False
    plt.rcParams["svg.hashsalt"] = "chainkg"
    return plt


_MARKERS = {"box": "s", "dot": "o", "diamond": "D", "hexagon": "h", "square": "s",
            "triangle": "^", "star": "*"}


def write_map_png(g: nx.MultiDiGraph, path: Path) -> Path:
    """A static picture of the map, in the same layout and colours as the HTML."""
    plt = pyplot()
    pos = chain_layout(g)
    xs = [x for x, _ in pos.values()] or [0.0]
    ys = [y for _, y in pos.values()] or [0.0]
    width = min(40.0, max(10.0, (max(xs) - min(xs)) / 160 + 4))
    height = min(40.0, max(5.0, (max(ys) - min(ys)) / 110 + 3))
    fig, ax = plt.subplots(figsize=(width, height))
    for u, v, key in g.edges(keys=True):
        (x1, y1), (x2, y2) = pos[u], pos[v]
        structural = key in ("inChain", "tier", "inSegment")
        ax.plot([x1, x2], [-y1, -y2], color="#b0bec5" if structural else "#546e7a",
                linewidth=0.6 if structural else 1.2, zorder=1)
    for node, d in g.nodes(data=True):
        x, y = pos[node]
        colour, shape = KIND_STYLES[d["kind"]]
        if d["kind"] in ("IndustryChain", "ChainTier", "ChainSegment"):
            empty = bool(d.get("empty"))
            label = d["label"] + ("（空缺）" if empty else "")
            ax.text(x, -y, label, ha="center", va="center", zorder=3,
                    fontsize=13 if d["kind"] != "ChainSegment" else 9,
                    color="white" if d["kind"] != "ChainSegment" else "#263238",
                    bbox={"boxstyle": "round,pad=0.4", "facecolor": "white" if empty else colour,
                          "edgecolor": "#546e7a", "linestyle": "--" if empty else "-"})
        else:
            ax.scatter([x], [-y], s=120, marker=_MARKERS[shape], color=colour, zorder=2,
                       edgecolors=PROVINCE_COLOURS.get(d.get("province", ""), "#9e9e9e"),
                       linewidths=2)
            ax.text(x, -y - 22, d["label"], ha="center", va="top", fontsize=7, zorder=3)
    ax.set_title(f"{g.graph.get('label', g.graph.get('chain', ''))} 产业链图谱", fontsize=16)
    ax.margins(0.06)
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(path, dpi=100, metadata={"Software": None})
    plt.close(fig)
    return path


def write_map_files(g: nx.MultiDiGraph, out: Path, slug: str | None = None,
                    formats: Iterable[str] = FORMATS) -> dict[str, Path]:
    """Write one map as ``out/SLUG.{html,graphml,gexf,json,png}``; returns format -> path."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    slug = slug or g.graph["chain"]
    flat = None
    written: dict[str, Path] = {}
    for fmt in formats:
        path = out / f"{slug}.{fmt}"
        if fmt == "html":
            write_map_html(g, path)
        elif fmt == "png":
            write_map_png(g, path)
        elif fmt == "json":
            data = nx.node_link_data(flat_attributes(g), edges="edges")
            _write_text(path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
                        + "\n")
        elif fmt in ("graphml", "gexf"):
            flat = flat or flat_attributes(g)
            if fmt == "graphml":
                buffer = io.BytesIO()
                nx.write_graphml(flat, buffer, encoding="utf-8")
                path.write_bytes(buffer.getvalue())
            else:
                _write_text(path, _gexf_text(flat))
        else:
            raise UsageError(f"unknown map format {fmt!r}")
        written[fmt] = path
    return written


def write_index(maps: dict[str, nx.MultiDiGraph], out: Path, index: Path) -> Path:
    """Write ``index`` (e.g. graphs/index.html) linking the maps written to ``out``."""
    index.parent.mkdir(parents=True, exist_ok=True)
    rel = Path(os.path.relpath(out, index.parent)).as_posix()
    entries = [{"label": g.graph.get("label", slug), "href": f"{rel}/{slug}.html",
                "files": {fmt.upper(): f"{rel}/{slug}.{fmt}" for fmt in FORMATS[1:]},
                "counts": map_counts(g)} for slug, g in maps.items()]
    _write_text(index, index_html(entries))
    return index


def write_maps(source: Source, out: Path, slugs: Iterable[str] = CHAIN_SLUGS,
               index: Path | None = None) -> dict[str, nx.MultiDiGraph]:
    """Build and write the maps of ``slugs`` into ``out``, and the index page
    (default: ``out/../index.html``); returns the maps by slug."""
    out = Path(out)
    maps = {}
    for slug in slugs:
        if slug not in CHAIN_SLUGS:
            raise UsageError(f"unknown chain {slug!r}: choose from {', '.join(CHAIN_SLUGS)}")
        g = chain_map(source, slug)
        write_map_files(g, out, slug)
        counts = map_counts(g)
        log.info("%s: %d nodes, %d edges, %d empty segments -> %s/%s.*", slug,
                 g.number_of_nodes(), counts["edges"], counts["empty_segments"], out, slug)
        maps[slug] = g
    write_index(maps, out, index or out.parent / "index.html")
    return maps


def graph_source(args: argparse.Namespace) -> Source:
    """The endpoint URL or the loaded graph (with the reference data) that ``args`` name;
    a file is loaded into the Oxigraph store, which runs the map queries ~7x faster."""
    if getattr(args, "endpoint", None):
        return str(args.endpoint)
    from chainkg.store import load_graph

    return load_graph(args.graph, store="oxigraph")


def cli_maps(args: argparse.Namespace) -> int:
    """``chainkg maps``: write the chain maps and graphs/index.html."""
    source = graph_source(args)
    write_maps(source, args.out, args.chain or CHAIN_SLUGS)
    return 0
