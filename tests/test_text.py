"""Reading articles: decoding, the normalised text and the metadata."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from chainkg.text import normalise, parse_text, read_article

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
SEED = "seed-hebei-daily-2024-02-24"


def test_the_seed_article_takes_its_metadata_from_the_sidecar():
    path = ROOT / "data" / "articles" / f"{SEED}.txt"
    doc = read_article(path)
    assert doc.id == SEED
    assert doc.title == "协同发展十年观察③|“链”上发力,产业联系越来越紧密"
    assert doc.publisher == "河北日报"
    assert doc.published == dt.date(2024, 2, 24)
    assert doc.url is None
    assert doc.path == path
    assert doc.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()


def test_without_a_sidecar_the_metadata_is_read_from_the_text():
    doc = read_article(FIXTURES / "dev" / f"{SEED}.txt")
    assert doc.publisher == "河北日报"  # the 来源: line
    assert doc.published == dt.date(2024, 2, 24)  # the first date near the top
    assert doc.title == "协同发展十年观察③|“链”上发力,产业联系越来越紧密"  # not the breadcrumb


def test_a_chinese_date_and_a_full_width_source_line_are_read():
    doc = parse_text("标题\n\n来源：某某日报\u30002024年2月1日\n\n正文。", "d")
    assert (doc.title, doc.publisher, doc.published) == ("标题", "某某日报", dt.date(2024, 2, 1))


def test_every_dev_article_reads_with_a_date_and_a_title():
    for path in sorted((FIXTURES / "dev").glob("*.txt")):
        doc = read_article(path)
        assert doc.published is not None and doc.title, path.name


def test_norm_has_the_length_of_text_and_folds_width_and_script():
    doc = read_article(FIXTURES / "input" / "traditional.txt")
    assert len(doc.norm) == len(doc.text)
    assert doc.text.startswith("兩岸產業合作論壇")
    assert doc.norm.startswith("两岸产业合作论坛")
    start = doc.text.index("１２家")
    assert doc.norm[start:start + 3] == "12家"
    assert "总投资达3.5亿元" in doc.norm
    assert doc.title == "两岸产业合作论坛在天津举行"
    assert doc.publisher == "测试稿"


def test_normalise_keeps_chinese_punctuation_without_a_half_width_form():
    assert normalise("“链”上发力。《方案》、（一）") == "“链”上发力。《方案》、(一)"


def test_a_utf8_byte_order_mark_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff氢能产业链。".encode())
    assert read_article(path).text == "氢能产业链。"


def test_windows_line_ends_become_line_feeds(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("标题\r\n\r\n正文。\r\n".encode())
    assert read_article(path).text == "标题\n\n正文。\n"


def test_an_html_page_gives_its_main_text_and_its_meta_tags():
    doc = read_article(FIXTURES / "input" / "news-page.html")
    assert doc.id == "news-page"
    assert doc.title == "廊坊临空经济区新签约一批项目"
    assert doc.publisher == "河北新闻网"
    assert doc.published == dt.date(2024, 3, 15)
    assert doc.url == "https://example.org/news/2024-03/15/langfang.html"
    lines = doc.text.splitlines()
    assert lines[0] == "廊坊临空经济区新签约一批项目"
    assert lines[1].startswith("3月14日，廊坊临空经济区举行项目集中签约仪式")
    for furniture in ("首页", "热门推荐", "版权所有", "tracker", "color"):
        assert furniture not in doc.text


def test_meta_given_to_parse_text_wins_over_what_the_text_says():
    doc = parse_text("来源: 甲报 2024-01-01\n正文。", "d",
                     meta={"publisher": "乙报", "published": "2024-02-02"})
    assert (doc.publisher, doc.published) == ("乙报", dt.date(2024, 2, 2))


def test_an_html_page_with_br_paragraphs_and_classed_furniture():
    doc = read_article(FIXTURES / "input" / "br-page.html")
    assert doc.text.splitlines() == [
        "保定汽车零部件产业加快集聚",
        "5月18日，保定市举行汽车零部件产业对接会，现场签约项目9个。",
        "目前，全市已聚集汽车零部件企业260余家。",
    ]
    assert (doc.title, doc.publisher, doc.published) == (
        "保定汽车零部件产业加快集聚", "测试网", dt.date(2024, 5, 20))
