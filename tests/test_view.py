"""The chain maps as networkx graphs: what `chain_map` puts in a map, and how it lays it out.

The fixture graph (tests/fixtures/map_graph.py) holds a few robot-chain actors: 北京九曜智能
(Beijing, 工业机器人), 天津精工减速器 (Tianjin, 减速器), 唐山松下 (Hebei, 系统集成), a park,
a cluster, a project signed at an event, a policy covering the chain, and one hydrogen
company that must stay out of the robot map.
"""

from __future__ import annotations

import urllib.request

import pytest
from fixtures.map_graph import ID, XSS_SENTENCE, XSS_TITLE, map_graph

from chainkg.store import load_graph
from chainkg.view import (
    CHAIN_SLUGS,
    SourceSentence,
    chain_layout,
    chain_map,
    chain_maps,
    map_counts,
)

ROBOTS = "https://w3id.org/chainkg/chain/robots"
JIUYAO = str(ID["company/jiuyao"])
JINGGONG = str(ID["company/jinggong"])
PARK = str(ID["park/park"])


@pytest.fixture(scope="module")
def graph():
    return map_graph()


@pytest.fixture(scope="module")
def robots(graph):
    return chain_map(graph, "robots")


def kinds(m, kind):
    return {data["label"] for _, data in m.nodes(data=True) if data["kind"] == kind}


def test_a_map_holds_the_chain_its_tiers_and_its_segments(robots):
    assert robots.graph == {"chain": "robots", "label": "机器人"}
    assert robots.nodes[ROBOTS]["kind"] == "IndustryChain"
    assert kinds(robots, "ChainTier") == {"机器人上游", "机器人中游", "机器人下游"}
    assert kinds(robots, "ChainSegment") == {"减速器", "伺服/关节模组", "工业机器人",
                                             "人形机器人", "系统集成"}
    assert robots.nodes[ROBOTS + "/reducers"]["tier"] == "upstream"
    assert robots.nodes[ROBOTS + "/reducers"]["rank"] == 1


def test_actors_are_placed_in_their_segments_and_other_chains_stay_out(robots):
    assert kinds(robots, "Company") == {
        "北京九曜智能科技有限公司", "天津精工减速器有限公司", "唐山松下产业机器有限公司",
        "北京人形机器人创新中心有限公司", "京唐智能焊接科技有限公司"}
    assert kinds(robots, "Park") == {"唐山机器人产业园"}
    assert kinds(robots, "Cluster") == {"唐山机器人产业集群"}
    assert kinds(robots, "Project") == {"工业级无人驾驶项目"}
    assert "河北氢能装备有限公司" not in {d["label"] for _, d in robots.nodes(data=True)}
    assert robots.nodes[JIUYAO]["segment"] == ROBOTS + "/industrial-robots"
    assert robots.has_edge(JIUYAO, ROBOTS + "/industrial-robots", key="inSegment")
    # a park placed in the chain but in no segment hangs from the chain itself
    assert robots.has_edge(PARK, ROBOTS, key="inChain")


def test_policies_and_events_are_linked(robots):
    assert kinds(robots, "Policy") == {"京津冀重点产业链协同机制方案"}
    assert kinds(robots, "Event") == {"京津冀产业链供应链大会"}
    policy, event = str(ID["policy/policy"]), str(ID["event/event"])
    assert robots.has_edge(policy, ROBOTS, key="coversChain")
    assert robots.has_edge(str(ID["project/project"]), event, key="signedAt")
    assert robots.has_edge(event, JIUYAO, key="involves")


def test_edges_carry_the_chinese_label_of_their_property(robots):
    labels = {key: label for _, _, key, label in robots.edges(keys=True, data="label")}
    assert labels["inSegment"] == "所属环节"  # rdfs:label@zh in ontology/chainkg.ttl
    assert labels["settledIn"] == "落户"
    assert labels["cooperatesWith"] == "合作"
    assert all(label for label in labels.values())


def test_each_actor_has_its_region_and_province(robots):
    jiuyao = robots.nodes[JIUYAO]
    assert (jiuyao["region_label"], jiuyao["province"]) == ("海淀区", "北京")
    assert robots.nodes[JINGGONG]["province"] == "天津"
    # no region of its own: the region of the park it settled in
    settler = robots.nodes[str(ID["company/settler"])]
    assert (settler["region_label"], settler["province"]) == ("唐山市", "河北")
    assert robots.nodes[str(ID["project/project"])]["province"] == ""


def test_each_node_keeps_the_sentences_it_came_from(robots):
    sources = robots.nodes[JIUYAO]["sources"]
    assert [s.date for s in sources] == ["2024-02-24", "2024-03-01"]
    assert sources[0] == SourceSentence(
        "北京九曜智能科技有限公司与唐山机器人产业园签约。",
        "https://w3id.org/chainkg/article/seed", "京津冀产业链协同发展", "2024-02-24")
    # text is kept as it is; escaping is the HTML writer's job
    assert robots.nodes[JINGGONG]["sources"][0].sentence == XSS_SENTENCE
    assert robots.nodes[JINGGONG]["sources"][0].title == XSS_TITLE


def test_empty_segments_are_marked(robots):
    servos = robots.nodes[ROBOTS + "/servo-joints"]
    assert (servos["actors"], servos["empty"]) == (0, True)
    assert robots.nodes[ROBOTS + "/industrial-robots"]["actors"] == 3
    assert map_counts(robots)["empty_segments"] == 1


def test_a_chain_without_actors_still_has_its_skeleton(graph):
    m = chain_map(graph, "biomedicine")
    assert map_counts(m) == {"IndustryChain": 1, "ChainTier": 3, "ChainSegment": 3,
                             "edges": 6, "empty_segments": 3}


def test_the_full_skeleton_comes_from_ontology_chains_ttl(tmp_path):
    data = tmp_path / "data.ttl"
    map_graph(skeleton=False, regions=False).serialize(data, format="turtle")
    maps = chain_maps(load_graph(data))
    assert list(maps) == list(CHAIN_SLUGS)
    from chainkg.ontology import chain_gazetteer

    for chain in chain_gazetteer():
        segments = {n for n, d in maps[chain.slug].nodes(data=True)
                    if d["kind"] == "ChainSegment"}
        assert segments == {s.iri for s in chain.segments}, chain.slug
    robots = maps["robots"]
    assert robots.nodes[JIUYAO]["province"] == "北京"
    assert robots.nodes[ROBOTS + "/reducers"]["actors"] == 1
    assert robots.nodes[ROBOTS + "/dexterous-hands"]["empty"] is True


def test_the_oxigraph_store_gives_the_same_map(tmp_path, robots):
    data = tmp_path / "data.ttl"
    map_graph().serialize(data, format="turtle")
    fast = chain_map(load_graph(data, include_reference=False, store="oxigraph"), "robots")
    assert list(fast.nodes(data=True)) == list(robots.nodes(data=True))
    assert list(fast.edges(keys=True, data=True)) == list(robots.edges(keys=True, data=True))


def test_the_map_is_the_same_every_time(graph, robots):
    again = chain_map(graph, "robots")
    assert list(again.nodes(data=True)) == list(robots.nodes(data=True))
    assert list(again.edges(keys=True, data=True)) == list(robots.edges(keys=True, data=True))


def test_layout_runs_upstream_to_downstream_left_to_right(robots):
    pos = chain_layout(robots)
    assert set(pos) == set(robots)
    x = {n: pos[n][0] for n in robots}
    assert x[ROBOTS + "/upstream"] < x[ROBOTS + "/midstream"] < x[ROBOTS + "/downstream"]
    assert pos[ROBOTS][1] < pos[ROBOTS + "/upstream"][1], "the chain sits above its tiers"
    assert x[str(ID["policy/policy"])] < x[ROBOTS + "/upstream"]
    # actors sit to the right of their segment, within its tier's column
    assert x[ROBOTS + "/reducers"] < x[JINGGONG] < x[ROBOTS + "/midstream"]
    assert len(set(pos.values())) == len(pos), "no two nodes on the same spot"


@pytest.mark.server
def test_a_remote_endpoint_gives_the_same_map(graph, robots):
    from chainkg.server import find_oxigraph, running_oxigraph

    if find_oxigraph() is None:
        pytest.skip("the oxigraph server is not installed")
    with running_oxigraph() as server:
        request = urllib.request.Request(
            server.store_url + "?default", data=graph.serialize(format="nt").encode("utf-8"),
            method="PUT", headers={"Content-Type": "application/n-triples"})
        urllib.request.urlopen(request, timeout=30).close()
        remote = chain_map(server.query_url, "robots")
    assert list(remote.nodes(data=True)) == list(robots.nodes(data=True))
    assert list(remote.edges(keys=True, data=True)) == list(robots.edges(keys=True, data=True))
