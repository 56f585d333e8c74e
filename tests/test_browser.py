"""The chain maps in a real browser: Debian's headless Chromium, with the network cut off.

Each map must open from file:// with no console error and no request beyond its own
file, draw every node and edge of its networkx graph, find nodes with the search box,
highlight a clicked node's neighbours, and show article text in tooltips as text.
Screenshots of the built maps (graphs/chains/, after `make run`) go to docs/img/.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fixtures.map_graph import ID, XSS_SENTENCE, XSS_TITLE, map_graph

from chainkg.maps import write_maps
from chainkg.paths import GRAPHS_DIR, ROOT
from chainkg.store import load_graph
from chainkg.view import CHAIN_SLUGS

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
SCREENSHOTS = ROOT / "docs" / "img"
JINGGONG = str(ID["company/jinggong"])
JIUYAO = str(ID["company/jiuyao"])
ROBOTS = "https://w3id.org/chainkg/chain/robots"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.is_file():
        pytest.skip("Debian's chromium is not installed (`make test` installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def maps(tmp_path_factory):
    """The six maps of the fixture data over the real chains.ttl and regions.ttl."""
    folder = tmp_path_factory.mktemp("browser")
    data = folder / "chainkg.ttl"
    map_graph(skeleton=False, regions=False).serialize(data, format="turtle")
    out = folder / "chains"
    return out, write_maps(load_graph(data), out)


@dataclass
class OpenedMap:
    """A page showing one map, with everything the page asked for and complained about."""

    page: object
    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: object = None):
        return self.page.evaluate(expression, arg)  # type: ignore[attr-defined]

    def node_on_screen(self, node: str) -> tuple[float, float]:
        """Centre the node, and return its position in page coordinates."""
        at = self.js("""id => { const net = chainMap.network;
            net.focus(id, {scale: 1.0, animation: false});
            return net.canvasToDOM(net.getPositions([id])[id]); }""", node)
        box = self.page.locator("#map").bounding_box()  # type: ignore[attr-defined]
        return box["x"] + at["x"], box["y"] + at["y"]


@pytest.fixture
def open_map(browser) -> Iterator:
    contexts = []

    def opener(path: Path) -> OpenedMap:
        context = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
        contexts.append(context)
        context.route("**/*", lambda route: route.continue_()
                      if route.request.url.startswith("file:") else route.abort())
        page = context.new_page()
        opened = OpenedMap(page)
        page.on("request", lambda r: opened.requests.append(r.url))
        page.on("requestfailed", lambda r: opened.failed.append(r.url))
        page.on("console", lambda m: m.type == "error" and opened.errors.append(m.text))
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri())
        page.wait_for_function("window.chainMap && window.chainMap.state.ready",
                               timeout=30_000)
        return opened

    yield opener
    for context in contexts:
        context.close()


def assert_clean(opened: OpenedMap, path: Path) -> None:
    assert opened.errors == []
    assert opened.failed == []
    assert opened.dialogs == []
    assert opened.requests == [path.as_uri()]


@pytest.mark.parametrize("slug", CHAIN_SLUGS)
def test_each_map_opens_offline_and_draws_every_node_and_edge(slug, maps, open_map, tmp_path):
    out, graphs = maps
    path = out / f"{slug}.html"
    opened = open_map(path)
    assert_clean(opened, path)
    assert opened.js("[chainMap.nodes.length, chainMap.edges.length]") == [
        graphs[slug].number_of_nodes(), graphs[slug].number_of_edges()]
    opened.page.screenshot(path=tmp_path / f"map-{slug}.png")


def test_the_search_box_focuses_a_node_and_highlights_its_neighbours(maps, open_map):
    out, graphs = maps
    opened = open_map(out / "robots.html")
    opened.page.fill("#search", "精工")
    opened.page.press("#search", "Enter")
    robots = graphs["robots"]
    neighbours = set(robots.predecessors(JINGGONG)) | set(robots.successors(JINGGONG))
    assert opened.js("chainMap.state.focus") == JINGGONG
    assert opened.js("chainMap.state.highlighted") == sorted({JINGGONG} | neighbours)
    assert sorted(opened.js("chainMap.network.getSelectedNodes()")) == sorted(
        {JINGGONG} | neighbours)
    assert opened.js("id => chainMap.isFaded(id)", ROBOTS) is True  # not a neighbour
    opened.page.fill("#search", "不存在的公司")
    opened.page.press("#search", "Enter")
    assert opened.page.text_content("#search-status") == "未找到"


def test_clicking_a_node_highlights_its_neighbours(maps, open_map):
    out, graphs = maps
    opened = open_map(out / "robots.html")
    robots = graphs["robots"]
    x, y = opened.node_on_screen(JIUYAO)
    opened.page.mouse.click(x, y)
    neighbours = set(robots.predecessors(JIUYAO)) | set(robots.successors(JIUYAO))
    assert opened.js("chainMap.state.highlighted") == sorted({JIUYAO} | neighbours)
    others = sorted(set(robots) - neighbours - {JIUYAO})
    assert opened.js("ids => ids.map(chainMap.isFaded)", others) == [True] * len(others)
    assert opened.js("ids => ids.map(chainMap.isFaded)", sorted(neighbours)) == [False] * len(
        neighbours)
    # a click on empty canvas clears the highlighting
    opened.page.mouse.click(x, y - 300)
    assert opened.js("chainMap.state.highlighted") == []
    assert opened.js("ids => ids.map(chainMap.isFaded)", others) == [False] * len(others)
    assert opened.js("chainMap.state.clicks") == 2


def test_tooltips_show_article_text_as_text_and_run_nothing(maps, open_map):
    out, _ = maps
    path = out / "robots.html"
    opened = open_map(path)
    x, y = opened.node_on_screen(JINGGONG)
    opened.page.mouse.move(x, y)
    tooltip = opened.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    text = tooltip.inner_text()
    assert "天津精工减速器有限公司" in text and "企业" in text and "天津" in text
    assert XSS_SENTENCE in text and XSS_TITLE in text and "2024-03-01" in text
    assert opened.js("document.querySelectorAll('div.vis-tooltip *').length") > 0
    assert opened.js("document.querySelectorAll('div.vis-tooltip img, "
                     "div.vis-tooltip script').length") == 0
    assert opened.js("typeof window.__xss") == "undefined"
    assert_clean(opened, path)


def test_empty_segments_are_drawn_dashed(maps, open_map):
    out, graphs = maps
    opened = open_map(out / "robots.html")
    empty = sorted(n for n, d in graphs["robots"].nodes(data=True) if d.get("empty"))
    assert empty
    dashes = opened.js("ids => ids.map(id => chainMap.nodes.get(id).shapeProperties.borderDashes)",
                       empty)
    assert all(d == [6, 4] for d in dashes)
    labels = opened.js("ids => ids.map(id => chainMap.nodes.get(id).label)", empty)
    assert all(label.endswith("（空缺）") for label in labels)


@pytest.mark.parametrize("slug", CHAIN_SLUGS)
def test_the_built_maps_open_offline_and_are_screenshot(slug, open_map):
    path = GRAPHS_DIR / "chains" / f"{slug}.html"
    node_link = path.with_suffix(".json")
    if not (path.is_file() and node_link.is_file()):
        pytest.skip("no built maps yet (`make run` writes graphs/chains/)")
    opened = open_map(path)
    assert_clean(opened, path)
    data = json.loads(node_link.read_text(encoding="utf-8"))
    assert opened.js("[chainMap.nodes.length, chainMap.edges.length]") == [
        len(data["nodes"]), len(data["edges"])]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    opened.page.screenshot(path=SCREENSHOTS / f"map-{slug}.png")
