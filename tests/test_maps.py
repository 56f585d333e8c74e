"""The map files: HTML that needs no network, GraphML/GEXF/JSON that other tools read back,
a PNG in a CJK font, graphs/index.html, and `chainkg maps` itself.

What the HTML does in a browser is tested in test_browser.py; here we test the file.
"""

from __future__ import annotations

import json
import re
import urllib.request

import networkx as nx
import pytest
from fixtures.map_graph import XSS_SENTENCE, XSS_TITLE, map_graph

from chainkg import maps
from chainkg.cli import main
from chainkg.html import map_html, script_json
from chainkg.maps import CJK_FONTS, FORMATS, cjk_font_name, write_map_files, write_maps
from chainkg.view import CHAIN_SLUGS, chain_map


@pytest.fixture(scope="module")
def robots():
    return chain_map(map_graph(), "robots")


@pytest.fixture(scope="module")
def written(robots, tmp_path_factory):
    return write_map_files(robots, tmp_path_factory.mktemp("maps"))


def page_data(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="chain-data">(.*?)</script>', page,
                      re.DOTALL)
    assert block
    return json.loads(block.group(1))


def test_one_file_per_format(written):
    assert {fmt: path.name for fmt, path in written.items()} == {
        fmt: f"robots.{fmt}" for fmt in FORMATS}
    assert all(path.stat().st_size > 0 for path in written.values())


def test_graphml_gexf_and_json_read_back_with_the_same_nodes_and_edges(robots, written):
    for g in (nx.read_graphml(written["graphml"]), nx.read_gexf(written["gexf"]),
              nx.node_link_graph(json.loads(written["json"].read_text("utf-8")),
                                 edges="edges")):
        assert set(g.nodes) == set(robots.nodes)
        assert g.number_of_edges() == robots.number_of_edges()
    back = nx.read_graphml(written["graphml"])
    jiuyao = "https://w3id.org/chainkg/id/company/jiuyao"
    assert back.nodes[jiuyao]["label"] == "北京九曜智能科技有限公司"
    assert back.nodes[jiuyao]["province"] == "北京"
    # the source sentences travel as JSON text, since GraphML has no lists
    sources = json.loads(back.nodes[jiuyao]["sources"])
    assert sources[0]["title"] == "京津冀产业链协同发展"


def test_png_is_a_picture(written):
    assert written["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_pngs_use_a_cjk_font():
    assert cjk_font_name() is not None, "install fonts-noto-cjk"


def test_the_html_needs_no_network(written):
    page = written["html"].read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", page) is None
    assert "node_modules" not in page and "bootstrap" not in page.lower()
    assert "vis.Network" in page and "vis-network" in page  # inlined, not linked
    assert "北京九曜智能科技有限公司" in page  # Chinese written as text, in UTF-8


def test_the_html_holds_every_node_and_edge(robots, written):
    data = page_data(written["html"].read_text(encoding="utf-8"))
    assert len(data["nodes"]) == robots.number_of_nodes()
    assert len(data["edges"]) == robots.number_of_edges()
    empty = [n["label"] for n in data["nodes"] if n.get("empty")]
    assert empty == ["伺服/关节模组"]


def test_article_text_cannot_close_the_script_element(written):
    page = written["html"].read_text(encoding="utf-8")
    assert XSS_TITLE not in page and XSS_SENTENCE not in page
    assert page.count("</script>") == 3  # the data block, vis-network, the page's script
    sources = {n["label"]: n.get("sources") for n in page_data(page)["nodes"]}
    assert sources["天津精工减速器有限公司"][0][:2] == [XSS_SENTENCE, XSS_TITLE]


def test_script_json_escapes_markup():
    text = script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_rebuilding_gives_the_same_bytes(robots, tmp_path):
    first = write_map_files(robots, tmp_path / "a")
    second = write_map_files(chain_map(map_graph(), "robots"), tmp_path / "b")
    for fmt in FORMATS:
        assert first[fmt].read_bytes() == second[fmt].read_bytes(), fmt
    assert map_html(robots) == map_html(robots)


def test_write_maps_writes_six_maps_and_an_index(tmp_path):
    maps = write_maps(map_graph(), tmp_path / "chains")
    assert list(maps) == list(CHAIN_SLUGS)
    for slug in CHAIN_SLUGS:
        for fmt in FORMATS:
            assert (tmp_path / "chains" / f"{slug}.{fmt}").is_file()
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    for slug in CHAIN_SLUGS:
        assert f'href="chains/{slug}.html"' in index
    assert ">机器人</a>" in index
    # the robot row: 5 segments, 1 empty, 8 actors
    row = re.search(r"<tr><td><a href=\"chains/robots.html\">.*?</tr>", index).group(0)
    assert re.findall(r"<td>(\d+)</td>", row)[:3] == ["5", "1", "8"]


def test_cli_maps_from_a_graph_file(tmp_path, capsys):
    data = tmp_path / "chainkg.ttl"
    map_graph(skeleton=False, regions=False).serialize(data, format="turtle")
    out = tmp_path / "graphs" / "chains"
    assert main(["-q", "maps", "--graph", str(data), "--out", str(out),
                 "--chain", "robots", "--chain", "hydrogen"]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{slug}.{fmt}" for slug in ("robots", "hydrogen") for fmt in FORMATS)
    assert (tmp_path / "graphs" / "index.html").is_file()
    # the skeleton came from ontology/chains.ttl: many more segments than the data uses
    data = page_data((out / "robots.html").read_text(encoding="utf-8"))
    assert sum(n["kind"] == "ChainSegment" for n in data["nodes"]) > 10


def test_cli_maps_rejects_an_unknown_chain(tmp_path, capsys):
    data = tmp_path / "chainkg.ttl"
    map_graph(skeleton=False, regions=False).serialize(data, format="turtle")
    code = main(["maps", "--graph", str(data), "--out", str(tmp_path), "--chain", "steel"])
    assert code == 2
    assert "unknown chain 'steel'" in capsys.readouterr().err


def test_cli_maps_names_a_missing_graph(tmp_path, capsys):
    assert main(["maps", "--graph", str(tmp_path / "none.ttl"), "--out", str(tmp_path)]) == 1
    assert "none.ttl" in capsys.readouterr().err


@pytest.mark.server
def test_cli_maps_from_an_endpoint_writes_the_same_files(tmp_path):
    from chainkg.server import find_oxigraph, running_oxigraph
    from chainkg.store import load_graph

    if find_oxigraph() is None:
        pytest.skip("the oxigraph server is not installed")
    data = tmp_path / "chainkg.ttl"
    map_graph(skeleton=False, regions=False).serialize(data, format="turtle")
    local, remote = tmp_path / "local" / "chains", tmp_path / "remote" / "chains"
    assert main(["-q", "maps", "--graph", str(data), "--out", str(local),
                 "--chain", "robots"]) == 0
    with running_oxigraph() as server:
        body = load_graph(data).serialize(format="nt").encode("utf-8")
        request = urllib.request.Request(server.store_url + "?default", data=body, method="PUT",
                                         headers={"Content-Type": "application/n-triples"})
        urllib.request.urlopen(request, timeout=30).close()
        assert main(["-q", "maps", "--endpoint", server.query_url, "--out", str(remote),
                     "--chain", "robots"]) == 0
    for fmt in FORMATS:
        name = f"robots.{fmt}"
        assert (local / name).read_bytes() == (remote / name).read_bytes(), name


def test_a_cjk_font_installed_after_matplotlib_cached_its_fonts_is_found(monkeypatch):
    """Matplotlib keeps the font list of its first run; a font installed since is found."""
    from matplotlib import font_manager

    stale = [f for f in font_manager.fontManager.ttflist if f.name not in CJK_FONTS]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", stale)
    maps._add_system_cjk_fonts.cache_clear()  # (searched once a process)
    assert cjk_font_name() is not None
