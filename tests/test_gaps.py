"""Gap analysis: actors per chain x segment x province, and the segments where Beijing or
Tianjin has actors but Hebei has none (the 补链 targets).

In the fixture's robot chain: 减速器 has only a Tianjin firm and 人形机器人 only a Beijing
one (both gaps); 工业机器人 has Beijing and Hebei actors (no gap); 伺服/关节模组 has none.
"""

from __future__ import annotations

import csv
import unicodedata

import pytest
from fixtures.map_graph import map_graph

from chainkg.cli import main
from chainkg.gaps import (
    CSV_COLUMNS,
    SegmentGap,
    format_gap_table,
    gap_analysis,
    segment_gaps,
    write_gaps_csv,
    write_gaps_heatmap,
)
from chainkg.view import chain_map


@pytest.fixture(scope="module")
def robots():
    return {g.segment_label: g for g in segment_gaps(chain_map(map_graph(), "robots"))}


def test_actors_are_counted_and_named_by_province(robots):
    industrial = robots["工业机器人"]
    assert industrial.beijing == ("北京九曜智能科技有限公司",)
    assert industrial.hebei == ("京唐智能焊接科技有限公司", "唐山机器人产业集群")
    assert industrial.counts == {"北京": 1, "天津": 0, "河北": 2}
    # an actor with no known region is kept apart, not counted for a province
    assert robots["系统集成"].elsewhere == ("工业级无人驾驶项目",)


def test_segments_without_hebei_are_flagged(robots):
    flagged = {label for label, gap in robots.items() if gap.hebei_gap}
    assert flagged == {"减速器", "人形机器人"}
    assert not robots["伺服/关节模组"].hebei_gap  # nobody anywhere is not a Hebei gap


def test_segments_come_upstream_first():
    rows = segment_gaps(chain_map(map_graph(), "robots"))
    assert [r.tier for r in rows] == ["upstream"] * 2 + ["midstream"] * 2 + ["downstream"]


def test_the_table_is_aligned_and_marks_gaps(robots):
    table = format_gap_table(list(robots.values())).splitlines()
    assert table[0].split() == ["产业链", "层级", "环节", "北京", "天津", "河北", "缺口"]
    reducers = next(line for line in table if "减速器" in line)
    assert "1 天津精工减速器有限公司" in reducers and reducers.endswith("缺河北")
    # columns line up on screen, where a Chinese character takes two cells
    def screen_column(line: str, text: str) -> int:
        before = line[:line.index(text)]
        return sum(2 if unicodedata.east_asian_width(c) == "W" else 1 for c in before)

    columns = {screen_column(line, word) for line, word in zip(
        table, ["层级", "上游", "上游", "中游", "中游", "下游"], strict=True)}
    assert len(columns) == 1


def test_many_names_are_shortened_in_the_table():
    gap = SegmentGap("robots", "机器人", "upstream", "urn:s", "减速器",
                     beijing=("甲公司", "乙公司", "丙公司", "丁公司"))
    assert "4 甲公司、乙公司、丙公司…" in format_gap_table([gap])


def test_csv_has_one_row_per_segment_and_province(robots, tmp_path):
    path = write_gaps_csv(list(robots.values()), tmp_path / "gaps.csv")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 5 * 3
    hebei = next(r for r in rows if r["segment_label"] == "工业机器人" and r["region"] == "河北")
    assert hebei["actor_count"] == "2"
    assert hebei["actors"] == "京唐智能焊接科技有限公司；唐山机器人产业集群"
    assert {r["hebei_gap"] for r in rows if r["segment_label"] == "减速器"} == {"true"}


def test_heatmap_is_a_png(robots, tmp_path):
    path = write_gaps_heatmap(list(robots.values()), tmp_path / "gaps.png")
    assert path.read_bytes()[:4] == b"\x89PNG"


def test_all_six_chains_by_default():
    chains = {r.chain for r in gap_analysis(map_graph())}
    assert chains == {"hydrogen", "biomedicine", "industrial-internet", "machine-tools", "nev",
                      "robots"}


def test_cli_gaps_prints_the_table_and_writes_csv_and_heatmap(tmp_path, capsys):
    data = tmp_path / "chainkg.ttl"
    map_graph(skeleton=False, regions=False).serialize(data, format="turtle")
    assert main(["gaps", "--graph", str(data), "--chain", "robots", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "减速器" in out and "缺河北" in out and "氢能" not in out
    assert (tmp_path / "gaps.csv").is_file() and (tmp_path / "gaps.png").is_file()


def test_cli_gaps_quiet_prints_nothing(tmp_path, capsys):
    data = tmp_path / "chainkg.ttl"
    map_graph(skeleton=False, regions=False).serialize(data, format="turtle")
    assert main(["-q", "gaps", "--graph", str(data), "--chain", "nev", "--out",
                 str(tmp_path)]) == 0
    assert capsys.readouterr().out == ""


def test_cli_gaps_rejects_an_unknown_chain(tmp_path, capsys):
    data = tmp_path / "chainkg.ttl"
    map_graph(skeleton=False, regions=False).serialize(data, format="turtle")
    assert main(["gaps", "--graph", str(data), "--chain", "steel", "--out",
                 str(tmp_path)]) == 2
