"""What each analyst query in queries/ answers, on the seed graph and on the mini graph.

Every test runs twice: on the graph the builder makes from the seed article (河北日报,
2024-02-24) and on tests/fixtures/mini-graph.ttl, a hand-written graph of the same facts.
The assertions are the facts an analyst reads in the article, not dumps of the output.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from chainkg.namespaces import CKG
from chainkg.paths import QUERIES_DIR
from chainkg.sparql import comparable, run_query
from chainkg.store import load_graph

REGION = "https://w3id.org/chainkg/region/"
HEBEI = URIRef(REGION + "130000")


@pytest.fixture(scope="module", params=["seed", "mini"])
def graph(request: pytest.FixtureRequest) -> Graph:
    """The graph with its reference data, in the embedded Oxigraph store."""
    path = request.getfixturevalue(f"{request.param}_graph_path")
    return load_graph(path, store="oxigraph")


def run(graph: Graph, name: str, **params: str) -> list[dict[str, str]]:
    """Rows of queries/NAME.rq with every value as a plain string."""
    rows = run_query(QUERIES_DIR / f"{name}.rq", graph, params)
    return [{k: str(v) for k, v in row.items()} for row in rows]


def column(rows: list[dict[str, str]], name: str) -> set[str]:
    return {row[name] for row in rows if name in row}


def test_chain_actors_places_biomedicine_firms_in_their_provinces(graph: Graph) -> None:
    rows = run(graph, "01-chain-actors")
    province = {row["name"]: row.get("provinceName") for row in rows}
    assert province["北京金城泰尔制药有限公司沧州分公司"] == "河北省"
    assert province["百洋医药集团"] == "河北省"  # via its park in 廊坊
    robots = run(graph, "01-chain-actors", chain="chain:robots")
    assert {"北京九曜智能科技有限公司": "北京市"}.items() <= \
        {row["name"]: row.get("provinceName") for row in robots}.items()


def test_relocation_finds_jincheng_taier_moving_into_the_cangzhou_park(graph: Graph) -> None:
    rows = run(graph, "02-beijing-to-hebei-relocations")
    moves = {(row["name"], row.get("parkName")) for row in rows}
    assert ("北京金城泰尔制药有限公司沧州分公司", "北京·沧州渤海新区生物医药产业园") in moves
    assert column(rows, "originName") == {"北京市"}
    assert run(graph, "02-beijing-to-hebei-relocations", to="region:120000") == []


def _segments_with_actor_in(graph: Graph, region: URIRef) -> set[str]:
    """The oracle for query 03, by walking the graph in Python."""
    def inside(place) -> bool:
        seen = set()
        while place is not None and place not in seen:
            if place == region:
                return True
            seen.add(place)
            place = graph.value(place, CKG.partOfRegion)
        return False

    found = set()
    for actor, segment in graph.subject_objects(CKG.inSegment):
        places = list(graph.objects(actor, CKG.locatedIn))
        for park in graph.objects(actor, CKG.settledIn):
            places += graph.objects(park, CKG.locatedIn)
        if any(inside(place) for place in places):
            found.add(str(segment))
    return found


@pytest.mark.parametrize("province", ["region:130000", "region:110000"])
def test_segments_without_hebei_are_the_chain_segments_minus_those_with_an_actor_there(
        graph: Graph, province: str) -> None:
    rows = run(graph, "03-segments-without-hebei", province=province)
    segments = {str(s) for s in graph.subjects(
        URIRef("http://www.w3.org/2004/02/skos/core#inScheme"),
        URIRef("https://w3id.org/chainkg/chain/biomedicine")) if (s, CKG.tier, None) in graph}
    region = URIRef(REGION + province.split(":")[1])
    assert column(rows, "segment") == segments - _segments_with_actor_in(graph, region)
    assert len(segments) >= 10


def test_park_tenants_of_the_xiongan_zhongguancun_park(graph: Graph) -> None:
    rows = run(graph, "04-park-tenants")
    assert {"天融信", "河北雄安罗数科技有限公司"} <= column(rows, "tenantName")
    assert column(rows, "type") <= {"Company", "Project", "OtherOrganization",
                                    "GovernmentBody", "Cluster"}


def test_park_tenants_takes_a_hostile_name_as_a_plain_value(graph: Graph) -> None:
    size = len(graph)
    assert run(graph, "04-park-tenants", parkName='"} ; DROP ALL ; {') == []
    assert len(graph) == size


def test_parks_by_chain_counts_biomedicine_tenants(graph: Graph) -> None:
    rows = run(graph, "05-parks-by-chain")
    actors = {row["parkName"]: int(row["actors"]) for row in rows}
    assert actors["北京·沧州渤海新区生物医药产业园"] >= 1
    assert actors["北京大兴国际机场临空经济区(廊坊)"] >= 1


def test_policies_covering_robots_and_their_issuer(graph: Graph) -> None:
    rows = run(graph, "06-policies-by-chain")
    assert ("京津冀重点产业链协同机制方案", "京津冀三地工(经)信部门") in \
        {(row["policyName"], row.get("issuerName")) for row in rows}


def test_projects_signed_at_the_supply_chain_conference(graph: Graph) -> None:
    rows = run(graph, "07-projects-signed-at-events")
    signed = [row for row in rows if row["projectName"] == "工业级无人驾驶项目"]
    assert column(signed, "eventName") == {"京津冀产业链供应链大会"}
    assert column(signed, "partyName") == {"唐山市高新区", "北京九曜智能科技有限公司"}


def test_cross_province_cooperation_pairs_tangshan_with_beijing(graph: Graph) -> None:
    rows = run(graph, "08-cross-province-cooperation")
    pairs = {frozenset([(r["aName"], r["aProvince"]), (r["bName"], r["bProvince"])])
             for r in rows}
    assert frozenset([("唐山市高新区", "河北省"), ("北京九曜智能科技有限公司", "北京市")]) in pairs
    assert all(r["aProvince"] != r["bProvince"] for r in rows)


def test_facts_about_the_conference_include_the_investment(graph: Graph) -> None:
    rows = run(graph, "09-facts-about-entity")
    investment = [row for row in rows if row["metric"] == "意向投资额"]
    assert len(investment) == 1
    assert Decimal(investment[0]["value"]) == Decimal("1e11")
    assert (investment[0]["unit"], investment[0]["qualifier"]) == ("元", ">")
    assert "千亿" in investment[0]["sentence"]


def test_assertion_provenance_names_sentence_offsets_and_rule(graph: Graph) -> None:
    rows = run(graph, "10-assertion-provenance")
    assert ("settledIn", "北京·沧州渤海新区生物医药产业园") in \
        {(row["predicate"], row["objectName"]) for row in rows}
    for row in rows:
        assert row["article"].endswith("/article/seed-hebei-daily-2024-02-24")
        assert int(row["start"]) < int(row["end"])
        assert row["rule"] and "金城泰尔" in row["sentence"]


def test_assertion_offsets_point_into_the_article(seed_graph_path) -> None:
    from chainkg.paths import ARTICLES_DIR
    from chainkg.text import read_article

    text = read_article(ARTICLES_DIR / "seed-hebei-daily-2024-02-24.txt").text
    graph = load_graph(seed_graph_path, store="oxigraph")
    rows = run(graph, "10-assertion-provenance")
    assert rows
    for row in rows:
        assert text[int(row["start"]):int(row["end"])] in row["sentence"]


def test_people_and_their_organisations(graph: Graph) -> None:
    rows = run(graph, "11-people-and-roles")
    jobs = {(row["personName"], row["organisationName"]) for row in rows}
    assert ("李亚洲", "河北雄安罗数科技有限公司") in jobs
    assert ("胡文秀", "北京金城泰尔制药有限公司沧州分公司") in jobs


def test_clusters_with_their_region(graph: Graph) -> None:
    rows = run(graph, "12-clusters")
    assert ("京津冀生命健康集群", "京津冀") in \
        {(row["clusterName"], row.get("regionName")) for row in rows}


def test_branches_and_where_they_are(graph: Graph) -> None:
    rows = run(graph, "13-branches")
    assert {"parentName": "北京金城泰尔制药有限公司", "parentRegion": "北京市",
            "branchName": "北京金城泰尔制药有限公司沧州分公司", "branchRegion": "沧州市"}.items() \
        <= rows[0].items()


def test_investment_by_region_sums_yuan_by_province(graph: Graph) -> None:
    rows = run(graph, "14-investment-by-region")
    total = {row["provinceName"]: Decimal(row["total"]) for row in rows}
    assert total["北京市"] >= Decimal("1e11")  # the conference held in Beijing: 超千亿元
    assert total["河北省"] >= Decimal("1e9")  # 百洋医药集团, in the 廊坊 airport zone: 10亿元


def test_actors_per_city_and_chain(graph: Graph) -> None:
    rows = run(graph, "15-actors-per-region")
    counts = {(row["chainName"], row["cityName"]): int(row["actors"]) for row in rows}
    assert counts[("生物医药", "沧州市")] >= 1
    assert counts[("机器人", "北京市")] >= 1
    assert all(city.endswith("市") for _, city in counts)


def test_articles_with_their_counts(graph: Graph) -> None:
    (row,) = run(graph, "16-articles")
    assert row["article"].endswith("/article/seed-hebei-daily-2024-02-24")
    assert (row["published"], row["publisher"]) == ("2024-02-24", "河北日报")
    assert int(row["entities"]) > 0 and int(row["relations"]) > 0 and int(row["facts"]) > 0


def test_park_management(graph: Graph) -> None:
    rows = run(graph, "17-park-management")
    assert ("唐山市高新区", "唐山市高新区管委会") in {(r["parkName"], r["bodyName"]) for r in rows}


def test_every_query_file_has_a_test_here() -> None:
    source = Path(__file__).read_text(encoding="utf-8")
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        assert f'"{path.stem}"' in source, f"{path.name} has no expected-result test"


def test_the_same_rows_in_rdflib_memory_store(mini_graph_path) -> None:
    memory = load_graph(mini_graph_path)
    oxigraph = load_graph(mini_graph_path, store="oxigraph")
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        def key(rows):
            return sorted(sorted((k, comparable(v)) for k, v in row.items()) for row in rows)
        assert key(run_query(path, memory)) == key(run_query(path, oxigraph)), path.name
