"""Benchmark the HTML chain map at scale: a synthetic map of 2,000 nodes and 6,000 edges.

    python benchmarks/maps.py                    # 2,000 nodes, 6,000 edges, 3 runs
    python benchmarks/maps.py --nodes 5000 --edges 15000
    python benchmarks/maps.py --pyvis 1500       # and pyvis's defaults, for comparison

It measures, in Debian's headless Chromium with the network cut off, the time from
navigation until the map is drawn and stable (physics is off: positions are fixed), and
from a click on a node until its neighbours are highlighted and drawn. It prints
figures; it asserts nothing. Target (issue 4): load to clickable <= 2 s.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from chainkg.html import write_map_html
from chainkg.view import PROPERTY_LABELS_ZH, PROVINCES, SourceSentence

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
KINDS = ("Company",) * 7 + ("Park", "Cluster", "Project")
SYLLABLES = "华宏泰瑞恒达远航鑫源博睿天启正元嘉禾星辰金石汇通立信智联云创"


def synthetic_map(nodes: int = 2000, edges: int = 6000, seed: int = 7) -> nx.MultiDiGraph:
    """A chain map shaped like the real ones: a chain, three tiers, 60 segments, actors
    in segments, and relations between actors making up the rest of the edges."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph(chain="synthetic", label="合成")
    chain = "urn:chain"
    g.add_node(chain, kind="IndustryChain", label="合成产业链", tier="", rank=0)
    segments = []
    for rank, tier in enumerate(("upstream", "midstream", "downstream"), start=1):
        tier_iri = f"urn:chain/{tier}"
        g.add_node(tier_iri, kind="ChainTier", label=f"{tier}", tier=tier, rank=rank)
        g.add_edge(tier_iri, chain, key="inChain", label=PROPERTY_LABELS_ZH["inChain"])
        for i in range(20):
            segment = f"urn:chain/{tier}/{i:02d}"
            segments.append(segment)
            g.add_node(segment, kind="ChainSegment", label=f"环节{rank}-{i:02d}", tier=tier,
                       rank=rank, actors=0, empty=False)
            g.add_edge(segment, tier_iri, key="tier", label=PROPERTY_LABELS_ZH["tier"])
    actors = []
    provinces = [*PROVINCES.values(), ""]
    while g.number_of_nodes() < nodes:
        n = len(actors)
        segment = rng.choice(segments) if rng.random() > 0.05 else ""
        actor = f"urn:actor/{n:05d}"
        name = "".join(rng.choices(SYLLABLES, k=4)) + "科技有限公司"
        title = "".join(rng.choices(SYLLABLES, k=10))
        sources = tuple(SourceSentence(f"{name}在{segment or '京津冀'}投资建设新项目。",
                                       f"urn:article/{n % 97}", title, "2024-02-24")
                        for _ in range(rng.randint(0, 3)))
        g.add_node(actor, kind=rng.choice(KINDS), label=name, tier="", rank=0,
                   segment=segment, region="", region_label="某区",
                   province=rng.choice(provinces), sources=sources)
        if segment:
            g.add_edge(actor, segment, key="inSegment", label=PROPERTY_LABELS_ZH["inSegment"])
            g.nodes[segment]["actors"] += 1
        else:
            g.add_edge(actor, chain, key="inChain", label=PROPERTY_LABELS_ZH["inChain"])
        actors.append(actor)
    for segment in segments:
        g.nodes[segment]["empty"] = g.nodes[segment]["actors"] == 0
    relations = ("cooperatesWith", "settledIn", "branchOf", "involves")
    while g.number_of_edges() < edges:
        u, v = rng.sample(actors, 2)
        key = rng.choice(relations)
        if not g.has_edge(u, v, key=key):
            g.add_edge(u, v, key=key, label=PROPERTY_LABELS_ZH[key])
    return g


def measure(browser, path: Path, node: str) -> tuple[float, float, float]:
    """Seconds from navigation to drawn (wall clock and as the page saw it) and from a
    click on ``node`` to its neighbours highlighted and drawn."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
    context.route("**/*", lambda route: route.continue_()
                  if route.request.url.startswith("file:") else route.abort())
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("window.chainMap && chainMap.state.ready", timeout=120_000)
    loaded = time.perf_counter() - start
    in_page = page.evaluate("chainMap.state.readyAt") / 1000
    at = page.evaluate("""id => { const net = chainMap.network;
        net.focus(id, {scale: 1.0, animation: false});
        return net.canvasToDOM(net.getPositions([id])[id]); }""", node)
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    box = page.locator("#map").bounding_box()
    start = time.perf_counter()
    page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
    page.wait_for_function("chainMap.state.highlighted.length > 0", timeout=60_000)
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    clicked = time.perf_counter() - start
    context.close()
    if errors:
        raise RuntimeError(f"page errors: {errors}")
    return loaded, in_page, clicked


def pyvis_default(nodes: int, folder: Path, seed: int = 7) -> Path:
    """pyvis's defaults (physics on) on a random graph of ``nodes`` nodes, 3x the edges,
    written with its own "in_line" mode."""
    from pyvis.network import Network

    rng = random.Random(seed)
    net = Network(cdn_resources="in_line")
    for i in range(nodes):
        net.add_node(i, label=f"节点{i}")
    for _ in range(3 * nodes):
        net.add_edge(*rng.sample(range(nodes), 2))
    path = folder / "pyvis.html"
    path.write_text(net.generate_html(), encoding="utf-8")
    return path


def measure_pyvis(browser, path: Path, timeout: float) -> float | None:
    """Seconds until pyvis's page reports its network stabilized, or None after timeout."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
    context.route("**/*", lambda route: route.continue_()
                  if route.request.url.startswith("file:") else route.abort())
    page = context.new_page()
    page.add_init_script("""window.__stable = false;
        const watch = setInterval(() => { if (window.network) { clearInterval(watch);
          window.network.once('stabilizationIterationsDone', () => window.__stable = true);
          window.network.once('stabilized', () => window.__stable = true); } }, 5);""")
    start = time.perf_counter()
    page.goto(path.as_uri())
    try:
        page.wait_for_function("window.__stable", timeout=timeout * 1000)
        return time.perf_counter() - start
    except Exception:
        return None
    finally:
        context.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges", type=int, default=6000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pyvis", type=int, metavar="NODES",
                        help="also time pyvis's defaults on a graph of NODES nodes")
    parser.add_argument("--pyvis-timeout", type=float, default=120.0)
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).is_file():
        print(f"{CHROMIUM} not found: install Debian's chromium (make test does)")
        return 1
    from playwright.sync_api import sync_playwright

    g = synthetic_map(args.nodes, args.edges)
    with tempfile.TemporaryDirectory(prefix="chainkg-bench-") as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        path = write_map_html(g, folder / "synthetic.html")
        written = time.perf_counter() - start
        print(f"map: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; "
              f"HTML {path.stat().st_size / 1e6:.1f} MB written in {written:.2f} s")
        node = max(g, key=g.degree)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            runs = [measure(browser, path, node) for _ in range(args.runs)]
            for i, (loaded, in_page, clicked) in enumerate(runs, start=1):
                print(f"run {i}: drawn {loaded:.2f} s after navigation ({in_page:.2f} s in "
                      f"the page); click -> highlighted {clicked:.2f} s; "
                      f"total {loaded + clicked:.2f} s")
            total = statistics.median(loaded + clicked for loaded, _, clicked in runs)
            verdict = "meets" if total <= 2.0 else "misses"
            print(f"median load-to-clickable: {total:.2f} s ({verdict} the 2 s target)")
            if args.pyvis:
                seconds = measure_pyvis(browser, pyvis_default(args.pyvis, folder),
                                        args.pyvis_timeout)
                shown = f"{seconds:.1f} s" if seconds is not None else \
                    f"not within {args.pyvis_timeout:.0f} s"
                print(f"pyvis defaults, {args.pyvis} nodes, physics on: stabilized {shown}")
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
