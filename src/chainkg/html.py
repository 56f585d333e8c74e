"""Self-contained HTML for the chain maps: vis-network inlined, so a map opens from
``file://`` with no network at all.

The page is written by hand rather than by pyvis (whose "inline" mode still fetches
Bootstrap from a CDN and writes without an encoding): vis-network's JS and CSS are read
at run time from the pyvis package and inlined; the map data is one JSON block that the
page's script turns into DOM text nodes, never HTML, so article text shows as text.
Positions are fixed (upstream to downstream, left to right) and physics is off, so a
map of thousands of nodes is interactive at once.

>>> import networkx as nx
>>> g = nx.MultiDiGraph(label="机器人")
>>> g.add_node("urn:c", kind="IndustryChain", label="机器人", rank=0)
>>> page = map_html(g)
>>> "<title>机器人 产业链图谱</title>" in page
True
>>> re.search(r"(src|href)=.?(https?:)?//", page) is None   # nothing to fetch
True
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path

import networkx as nx

from chainkg.view import ACTOR_KINDS, KIND_LABELS_ZH, chain_layout, map_counts

__all__ = [
    "KIND_STYLES",
    "PROVINCE_COLOURS",
    "index_html",
    "map_data",
    "map_html",
    "script_json",
    "vis_network_assets",
    "write_map_html",
]

#: Node kind -> (background colour, vis-network shape).
KIND_STYLES = {
    "IndustryChain": ("#37474f", "box"),
    "ChainTier": ("#607d8b", "box"),
    "ChainSegment": ("#cfd8dc", "box"),
    "Company": ("#4e79a7", "dot"),
    "Park": ("#f28e2b", "diamond"),
    "Cluster": ("#b07aa1", "hexagon"),
    "Project": ("#edc948", "square"),
    "OtherOrganization": ("#76b7b2", "dot"),
    "Policy": ("#9c755f", "triangle"),
    "Event": ("#e15759", "star"),
}
#: Province -> border colour ("" is an actor whose region is unknown).
PROVINCE_COLOURS = {"北京": "#c62828", "天津": "#1565c0", "河北": "#2e7d32", "": "#9e9e9e"}
#: Edges that draw the skeleton and placements; the others are relations, labelled.
STRUCTURAL_EDGES = ("inChain", "tier", "inSegment")
#: How many source sentences a tooltip lists.
MAX_SOURCES = 5


@functools.cache
def vis_network_assets() -> tuple[str, str]:
    """vis-network's standalone JS and its CSS, read from the installed pyvis package
    (source-map comments removed, so no tool goes looking for them)."""
    lib = resources.files("pyvis") / "lib"
    folder = max((p for p in lib.iterdir() if p.name.startswith("vis-")),
                 key=lambda p: tuple(int(n) for n in re.findall(r"\d+", p.name)))
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    css = (folder / "vis-network.css").read_text(encoding="utf-8")
    js = re.sub(r"//# sourceMappingURL=\S*", "", js)
    css = re.sub(r"/\*# sourceMappingURL=.*?\*/", "", css)
    if re.search(r"</(script|style)", js + css, re.IGNORECASE):
        raise ValueError("vis-network assets contain a closing tag; cannot inline them")
    return js, css


def script_json(value: object) -> str:
    """JSON safe to place inside ``<script>``: ``<``, ``>``, ``&`` and line separators
    are escaped, so no text can close the element.

    >>> script_json({"t": "</script><img onerror=x>"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cimg onerror=x\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def map_data(g: nx.MultiDiGraph,
             positions: Mapping[str, tuple[float, float]] | None = None) -> dict:
    """The plain data the page draws: nodes with positions and sources, edges with ids."""
    positions = positions if positions is not None else chain_layout(g)
    nodes = []
    for node, d in g.nodes(data=True):
        x, y = positions.get(node, (0.0, 0.0))
        item = {"id": node, "label": d.get("label", node), "kind": d["kind"],
                "x": round(x, 1), "y": round(y, 1), "province": d.get("province", ""),
                "region": d.get("region_label", "")}
        if d["kind"] == "ChainSegment":
            item["count"] = d.get("actors", 0)
            item["empty"] = bool(d.get("empty"))
        sources = d.get("sources", ())
        if sources:
            item["sources"] = [[s.sentence, s.title, s.date] for s in sources[:MAX_SOURCES]]
            item["more"] = max(0, len(sources) - MAX_SOURCES)
        nodes.append(item)
    edges = [{"id": f"e{i}", "from": u, "to": v, "key": key,
              "label": label or key, "structural": key in STRUCTURAL_EDGES}
             for i, (u, v, key, label) in enumerate(g.edges(keys=True, data="label"))]
    kinds = {kind: {"label": KIND_LABELS_ZH.get(kind, kind), "color": KIND_STYLES[kind][0],
                    "shape": KIND_STYLES[kind][1]} for kind in KIND_STYLES}
    return {"nodes": nodes, "edges": edges, "kinds": kinds, "provinces": PROVINCE_COLOURS,
            "big": len(nodes) > 500}


def _legend(g: nx.MultiDiGraph) -> str:
    present = {d["kind"] for _, d in g.nodes(data=True)}
    items = []
    for kind, (colour, shape) in KIND_STYLES.items():
        if kind in present:
            items.append(f'<li><span class="swatch {shape}" style="background:{colour}">'
                         f"</span>{html.escape(KIND_LABELS_ZH.get(kind, kind))}</li>")
    for province, colour in PROVINCE_COLOURS.items():
        name = province or "地区不明"
        items.append(f'<li><span class="swatch ring" style="border-color:{colour}"></span>'
                     f"{html.escape(name)}（边框）</li>")
    items.append('<li><span class="swatch empty"></span>空缺环节（虚线，待补链）</li>')
    return "\n".join(items)


def _summary(g: nx.MultiDiGraph) -> str:
    counts = map_counts(g)
    actors = sum(counts.get(kind, 0) for kind in ACTOR_KINDS)
    return (f"{counts.get('ChainSegment', 0)} 个环节（{counts.get('empty_segments', 0)} 个空缺）"
            f" · {actors} 个主体 · {counts.get('Policy', 0)} 项政策"
            f" · {counts.get('Event', 0)} 个活动 · {counts.get('edges', 0)} 条边")


_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>@TITLE@</title>
<style>@VIS_CSS@</style>
<style>
html, body { margin: 0; height: 100%; font-family: "Noto Sans CJK SC", "Noto Sans SC",
  "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #263238; }
body { display: flex; flex-direction: column; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1.5em;
  padding: 0.5em 1em; border-bottom: 1px solid #cfd8dc; }
header h1 { font-size: 1.2em; margin: 0; }
header .summary { color: #546e7a; font-size: 0.9em; }
header form { margin-left: auto; display: flex; gap: 0.3em; align-items: center; }
header input { font: inherit; padding: 0.2em 0.4em; width: 16em; }
#search-status { color: #c62828; font-size: 0.85em; min-width: 4em; }
main { flex: 1; position: relative; min-height: 0; }
#map { position: absolute; inset: 0; }
#legend { position: absolute; left: 0.8em; bottom: 0.8em; background: rgba(255,255,255,0.92);
  border: 1px solid #cfd8dc; border-radius: 4px; padding: 0.4em 0.8em; font-size: 0.8em; }
#legend ul { list-style: none; margin: 0; padding: 0; }
#legend li { margin: 0.15em 0; display: flex; align-items: center; gap: 0.5em; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 50%; }
.swatch.box, .swatch.square { border-radius: 2px; }
.swatch.diamond { transform: rotate(45deg) scale(0.8); border-radius: 1px; }
.swatch.ring { background: #fff; border: 3px solid; width: 0.6em; height: 0.6em; }
.swatch.empty { border: 2px dashed #78909c; border-radius: 2px; background: #fff; }
div.vis-tooltip { max-width: 34em; white-space: normal; font-family: inherit;
  font-size: 13px; line-height: 1.45; padding: 0.5em 0.7em; }
.tip strong { font-size: 1.05em; }
.tip dl { margin: 0.3em 0; display: grid; grid-template-columns: auto 1fr; gap: 0 0.6em; }
.tip dt { color: #78909c; } .tip dd { margin: 0; }
.tip ul { margin: 0.3em 0 0; padding-left: 1.1em; }
.tip li { margin: 0.2em 0; } .tip cite { color: #607d8b; font-style: normal; }
</style>
</head>
<body>
<header>
<h1>@HEADING@</h1>
<span class="summary">@SUMMARY@</span>
<form id="search-form" role="search">
<input id="search" type="search" list="search-labels" placeholder="搜索企业、园区、环节…"
  aria-label="搜索节点">
<datalist id="search-labels"></datalist>
<button type="submit">定位</button>
<span id="search-status" aria-live="polite"></span>
</form>
</header>
<main>
<div id="map"></div>
<div id="legend"><ul>
@LEGEND@
</ul></div>
</main>
<script type="application/json" id="chain-data">@DATA@</script>
<script>@VIS_JS@</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("chain-data").textContent);
  var FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }

  function tooltip(n) {
    var box = el("div", undefined, "tip");
    box.appendChild(el("strong", n.label));
    var dl = el("dl");
    function row(name, value) { dl.appendChild(el("dt", name)); dl.appendChild(el("dd", value)); }
    row("类型", data.kinds[n.kind].label);
    if (n.region || n.province) {
      row("地区", [n.province, n.region].filter(Boolean).join(" · "));
    }
    if (n.kind === "ChainSegment") {
      row("主体", n.empty ? "0（空缺环节，待补链）" : n.count);
    }
    box.appendChild(dl);
    if (n.sources) {
      var list = el("ul");
      n.sources.forEach(function (s) {
        var item = el("li", "「" + s[0] + "」");
        var cite = [s[1] ? "《" + s[1] + "》" : "", s[2]].filter(Boolean).join(" ");
        if (cite) { item.appendChild(el("br")); item.appendChild(el("cite", "—— " + cite)); }
        list.appendChild(item);
      });
      if (n.more) { list.appendChild(el("li", "另有 " + n.more + " 句")); }
      box.appendChild(list);
    }
    return box;
  }

  var TEXT = "#263238", EDGE_TEXT = "#37474f";
  var FADED_NODE = 0.15, FADED_EDGE = 0.1;
  var DARK = { IndustryChain: 22, ChainTier: 18 };  // kinds drawn as dark boxes, font size

  function nodeStyle(n) {
    var kind = data.kinds[n.kind];
    var border = data.provinces[n.province || ""];
    var structural = n.kind === "IndustryChain" || n.kind === "ChainTier" ||
      n.kind === "ChainSegment";
    var background = n.empty ? "#ffffff" : kind.color;
    var style = {
      color: { background: background, border: structural ? "#546e7a" : border,
               highlight: { background: background, border: structural ? "#263238" : border },
               hover: { background: background, border: structural ? "#263238" : border } },
      borderWidth: structural ? 1 : 3,
      shapeProperties: { borderDashes: n.empty ? [6, 4] : false }
    };
    if (DARK[n.kind]) { style.font = { color: "#ffffff", size: DARK[n.kind] }; }
    return style;
  }

  function edgeColour(e) { return e.structural ? "#b0bec5" : "#546e7a"; }

  var byId = {};
  var nodeItems = data.nodes.map(function (n) {
    byId[n.id] = n;
    var item = nodeStyle(n);
    item.id = n.id; item.x = n.x; item.y = n.y; item.shape = data.kinds[n.kind].shape;
    item.label = n.empty ? n.label + "\\n（空缺）" : n.label;
    item.title = tooltip(n);
    if (item.shape !== "box") { item.size = 12; }
    return item;
  });
  var edgeItems = data.edges.map(function (e) {
    var item = { id: e.id, from: e.from, to: e.to, color: { color: edgeColour(e) },
                 width: e.structural ? 1 : 1.5,
                 title: el("div", byId[e.from].label + " → " + byId[e.to].label +
                           "（" + e.label + "）", "tip") };
    if (!e.structural) {
      item.label = e.label;
      // arrows cost most of a redraw: relations get them on maps of normal size only;
      // the skeleton and placements read upstream -> downstream from the layout
      if (!data.big) { item.arrows = { to: { enabled: true, scaleFactor: 0.5 } }; }
    }
    return item;
  });
  var state = { ready: false, readyAt: null, highlighted: [], focus: null, clicks: 0 };

  // Highlighting selects the node, its neighbours and the edges between them, and fades
  // every other node and edge through the global defaults, which is cheap even on a map
  // of thousands of nodes. Selected edges are drawn at full strength by `chosenEdge`;
  // nodes apply their opacity after `chosen`, so the highlighted ones (and those that
  // were) get their own opacity through a small DataSet update.
  var ownOpacity = {};
  function chosenNode(values, id, selected, hovering) {
    if (id === state.focus) {
      values.borderColor = "#000000";
      values.borderWidth = 3;
      values.size += 4;
    } else if (selected && values.borderWidth >= 3) {  // actors: a thicker region border
      values.borderWidth = 4;
    }
  }
  function chosenEdge(values, id, selected, hovering) {
    values.opacity = 1;
    if (selected) { values.color = "#263238"; values.width = 2.5; }
  }

  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  var network = new vis.Network(document.getElementById("map"), { nodes: nodes, edges: edges }, {
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 1 },
    nodes: { opacity: 1, font: { face: FONT, size: 14, color: TEXT },
             chosen: { node: chosenNode, label: false } },
    edges: { smooth: false, arrows: { to: { enabled: false } },
             color: { opacity: 1 }, chosen: { edge: chosenEdge, label: false },
             font: { size: 11, face: FONT, color: EDGE_TEXT, strokeWidth: 3, align: "middle" } },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: data.big,
                   hideEdgesOnZoom: data.big, keyboard: { enabled: true, bindToWindow: false } }
  });

  function fadeAll(faded) {
    var nodeOptions = { opacity: faded ? FADED_NODE : 1 };
    var edgeOptions = { color: { opacity: faded ? FADED_EDGE : 1 } };
    if (network.nodesHandler && network.edgesHandler) {
      // Every node and edge inherits these defaults: setting them on the handlers skips
      // the full refresh network.setOptions() does (~150 ms for 2,000 nodes).
      network.nodesHandler.setOptions(nodeOptions);
      network.edgesHandler.setOptions(edgeOptions);
    } else {
      network.setOptions({ nodes: nodeOptions, edges: edgeOptions });
    }
  }

  function highlight(id) {
    var keep = network.getConnectedNodes(id).concat([id]);
    state.focus = id;
    network.setSelection({ nodes: keep, edges: network.getConnectedEdges(id) },
                         { unselectAll: true, highlightEdges: false });
    fadeAll(true);
    var near = {};
    keep.forEach(function (node) { near[node] = true; ownOpacity[node] = true; });
    nodes.update(Object.keys(ownOpacity).map(function (node) {  // redraws the canvas
      return { id: node, opacity: near[node] ? 1 : FADED_NODE };
    }));
    state.highlighted = keep.slice().sort();
  }

  function reset() {
    state.focus = null;
    if (!state.highlighted.length) { return; }
    network.unselectAll();
    fadeAll(false);
    nodes.update(Object.keys(ownOpacity).map(function (node) { return { id: node, opacity: 1 }; }));
    state.highlighted = [];
  }

  /** Whether the node is drawn faded right now (what the canvas shows). */
  function isFaded(id) {
    var values = network.body.nodes[id].getFormattingValues();
    return values.opacity !== undefined && values.opacity < 1;
  }

  network.on("click", function (params) {
    state.clicks += 1;
    if (params.nodes.length) { highlight(params.nodes[0]); } else { reset(); }
  });

  var labels = document.getElementById("search-labels");
  var seen = {};
  data.nodes.forEach(function (n) {
    if (!seen[n.label]) { seen[n.label] = true; labels.appendChild(el("option")).value = n.label; }
  });

  function search(query) {
    query = String(query || "").trim();
    var status = document.getElementById("search-status");
    if (!query) { status.textContent = ""; return null; }
    var found = data.nodes.filter(function (n) { return n.label === query; })[0] ||
      data.nodes.filter(function (n) { return n.label.indexOf(query) >= 0; })[0];
    if (!found) { status.textContent = "未找到"; return null; }
    status.textContent = "";
    network.focus(found.id, { scale: 1.2, animation: false });
    highlight(found.id);
    return found.id;
  }

  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    search(document.getElementById("search").value);
  });

  network.fit({ animation: false });  // show the whole map, labels included
  network.moveTo({ scale: network.getScale() * 0.85, animation: false });
  network.once("afterDrawing", function () {
    state.readyAt = performance.now();
    state.ready = true;
    document.body.setAttribute("data-ready", "true");
  });
  window.chainMap = { network: network, nodes: nodes, edges: edges, data: byId,
                      state: state, search: search, highlight: highlight, reset: reset,
                      isFaded: isFaded };
})();
</script>
</body>
</html>
"""


def map_html(g: nx.MultiDiGraph, *, title: str | None = None,
             positions: Mapping[str, tuple[float, float]] | None = None) -> str:
    """The whole page of one map, as a string (deterministic: same graph, same text)."""
    name = title or g.graph.get("label") or g.graph.get("chain") or "chain"
    js, css = vis_network_assets()
    parts = {
        "@TITLE@": html.escape(f"{name} 产业链图谱"),
        "@HEADING@": html.escape(f"{name} 产业链图谱"),
        "@SUMMARY@": html.escape(_summary(g)),
        "@LEGEND@": _legend(g),
        "@DATA@": script_json(map_data(g, positions)),
    }
    page = _PAGE
    for marker, text in parts.items():
        page = page.replace(marker, text)
    # the assets go in last, so nothing in them is mistaken for a marker
    return page.replace("@VIS_CSS@", css).replace("@VIS_JS@", js)


def write_map_html(g: nx.MultiDiGraph, path: Path, **options: object) -> Path:
    """Write :func:`map_html` to ``path`` as UTF-8; returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(map_html(g, **options), encoding="utf-8", newline="\n")  # type: ignore[arg-type]
    return path


def index_html(entries: Iterable[Mapping[str, object]], *,
               title: str = "京津冀六条重点产业链图谱") -> str:
    """The page that links all maps. Each entry has ``label``, ``href`` (the HTML map,
    relative to the index), ``files`` (other format -> href) and ``counts``
    (:func:`chainkg.view.map_counts`).

    >>> page = index_html([{"label": "氢能", "href": "chains/hydrogen.html",
    ...                     "files": {"PNG": "chains/hydrogen.png"},
    ...                     "counts": {"ChainSegment": 3, "Company": 2, "edges": 9}}])
    >>> '<a href="chains/hydrogen.html">氢能</a>' in page
    True
    """
    rows = []
    for e in entries:
        counts = e["counts"]
        assert isinstance(counts, Mapping)
        actors = sum(int(n) for kind, n in counts.items() if kind in ACTOR_KINDS)
        files = e.get("files", {})
        assert isinstance(files, Mapping)
        links = " ".join(f'<a href="{html.escape(str(href))}">{html.escape(str(fmt))}</a>'
                         for fmt, href in files.items())
        cells = [f'<a href="{html.escape(str(e["href"]))}">{html.escape(str(e["label"]))}</a>',
                 str(counts.get("ChainSegment", 0)), str(counts.get("empty_segments", 0)),
                 str(actors), str(counts.get("Company", 0)), str(counts.get("Park", 0)),
                 str(counts.get("Policy", 0)), str(counts.get("Event", 0)),
                 str(counts.get("edges", 0)), links]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    heads = ["产业链", "环节", "空缺环节", "主体", "企业", "园区", "政策", "活动", "边",
             "其他格式"]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{html.escape(title)}</title>
<style>
body {{ font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei",
  sans-serif; margin: 2em auto; max-width: 60em; color: #263238; padding: 0 1em; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border-bottom: 1px solid #cfd8dc; padding: 0.4em 0.6em; text-align: right; }}
th:first-child, td:first-child, th:last-child, td:last-child {{ text-align: left; }}
td:first-child a {{ font-weight: bold; }}
</style>
</head>
<body>
<h1>{html.escape(title)}</h1>
<p>每条产业链一张交互图谱：上游 → 中游 → 下游，从左到右；节点颜色表示类型，边框表示地区
（北京 / 天津 / 河北）；虚线框是尚无主体的空缺环节。</p>
<table>
<thead><tr>{"".join(f"<th>{h}</th>" for h in heads)}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
</body>
</html>
"""
