"""Sentence splitting keeps offsets into the original text."""

from __future__ import annotations

from pathlib import Path

from chainkg.model import Document
from chainkg.sentences import split_sentences
from chainkg.text import parse_text, read_article

DEV = Path(__file__).parent / "fixtures" / "dev"


def texts(raw: str) -> list[str]:
    return [s.text for s in split_sentences(parse_text(raw, "d"))]


def test_sentences_end_at_chinese_and_western_stops_and_at_line_breaks():
    assert texts("园区落地企业60家。其中北京企业36家;天津企业9家!还有吗?\n标题行\n下一句") == [
        "园区落地企业60家。", "其中北京企业36家;", "天津企业9家!", "还有吗?", "标题行", "下一句"]


def test_full_width_stops_split_too():
    assert texts("一期投产；二期开建！是吗？") == ["一期投产；", "二期开建！", "是吗？"]


def test_closing_quotes_and_brackets_stay_with_their_sentence():
    assert texts("“河北，我们来对了！”胡文秀说。（完）") == [
        "“河北，我们来对了！”", "胡文秀说。", "（完）"]


def test_ellipses_end_a_sentence_once():
    assert texts("投产运营……一批重点产业集聚发展。") == ["投产运营……", "一批重点产业集聚发展。"]


def test_blank_lines_and_indentation_are_skipped():
    sentences = split_sentences(parse_text("\n\n\u3000\u3000第一句。  \n\n  第二句。\n", "d"))
    assert [s.text for s in sentences] == ["第一句。", "第二句。"]
    assert [s.index for s in sentences] == [0, 1]


def test_offsets_address_the_original_text_of_every_dev_article():
    for path in sorted(DEV.glob("*.txt")):
        doc = read_article(path)
        sentences = split_sentences(doc)
        assert len(sentences) > 10, path.name
        for sentence in sentences:
            assert sentence.text == doc.text[sentence.start:sentence.end]
            assert sentence.text.strip() == sentence.text != ""
        starts = [s.start for s in sentences]
        assert starts == sorted(starts)


def test_a_document_without_stops_is_one_sentence():
    doc = Document(id="d", text="没有句号的标题", norm="没有句号的标题")
    assert [(s.start, s.end) for s in split_sentences(doc)] == [(0, 7)]
