"""The extraction cache: what goes in comes out, and anything else is a miss."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from chainkg.attach import MODEL_FILE
from chainkg.cache import ExtractionCache, extraction_inputs
from chainkg.model import Document, Entity, Extraction, Fact, Mention, Relation, Sentence
from chainkg.pipeline import extract
from chainkg.text import read_article

DEV = sorted((Path(__file__).parent / "fixtures" / "dev").glob("*.txt"))


@cache
def extraction(path: Path) -> Extraction:
    return extract(read_article(path))


def _attrs(ex: Extraction) -> tuple[list, list]:
    """The ``attrs`` dicts, which dataclass equality leaves out."""
    return [e.attrs for e in ex.entities], [r.attrs for r in ex.relations]


def _small() -> Extraction:
    text = "罗数科技落户保定高新区，投资10亿元。\n他说：“好”。"
    doc = Document("small", text, text.replace("“", '"'), title="标题", publisher="河北日报",
                   published=dt.date(2024, 2, 24), url="https://example.org/a",
                   path=Path("data/articles/small.txt"), content_hash="h1")
    firm = Entity("c", "Company", "罗数科技", aliases=("罗数",), key="罗数科技",
                  mentions=(Mention(0, 4, "罗数科技", "Company", "suffix:科技"),),
                  attrs={"segment": "x"})
    park = Entity("p", "Park", "保定高新区", mentions=(Mention(6, 11, "保定高新区", "Park", "t"),))
    settled = Relation("c", "settledIn", "p", 0, 11, "relation:落户", attrs={"role": "入驻"})
    fact = Fact("c", "投资额", 1e9, "元", "=", "2024", 12, 17, "fact:投资", "10亿元")
    sentences = (Sentence(0, 0, 19, text[:19]), Sentence(1, 20, 27, "不是原文的句子"))
    return Extraction(doc, sentences, (firm, park), (settled,), (fact,))


def test_an_extraction_comes_back_whole(tmp_path):
    ex = _small()
    store = ExtractionCache(tmp_path / "cache", version="v1")
    store.put(ex)
    back = store.get("h1", "small")
    assert back == ex
    assert _attrs(back) == _attrs(ex)
    assert back.sentences[1].text == "不是原文的句子"  # kept, though not the text at its offsets


@pytest.mark.parametrize("path", DEV, ids=lambda p: p.stem)
def test_real_extractions_come_back_whole(tmp_path, path):
    ex = extraction(path)
    store = ExtractionCache(tmp_path, version="v1")
    store.put(ex)
    back = store.get(ex.doc.content_hash, ex.doc.id)
    assert back == ex and _attrs(back) == _attrs(ex)


def test_another_hash_article_or_code_version_is_a_miss(tmp_path):
    store = ExtractionCache(tmp_path, version="v1")
    store.put(_small())
    assert store.get("h2", "small") is None
    assert store.get("h1", "other") is None
    assert ExtractionCache(tmp_path, version="v2").get("h1", "small") is None


def test_the_code_version_covers_the_source_the_ranker_weights_and_the_gazetteers():
    inputs = extraction_inputs()
    assert MODEL_FILE in inputs and all(path.is_file() for path in inputs)
    assert {path.suffix for path in inputs} == {".py", ".json", ".ttl"}


def test_an_unreadable_entry_is_a_miss_and_put_leaves_no_temporary_file(tmp_path):
    store = ExtractionCache(tmp_path, version="v1")
    store.put(_small())
    [entry] = tmp_path.iterdir()
    assert entry.suffix == ".json"
    entry.write_text('[{"id": "small"}', encoding="utf-8")
    assert store.get("h1", "small") is None
    entry.write_text("[1, 2]", encoding="utf-8")
    assert store.get("h1", "small") is None


def test_an_article_without_a_content_hash_is_not_stored(tmp_path):
    ex = _small()
    store = ExtractionCache(tmp_path / "cache", version="v1")
    store.put(Extraction(Document("x", "文本", "文本"), (), (), (), ()))
    assert not (tmp_path / "cache").exists()
    store.put(ex)
    assert len(list((tmp_path / "cache").iterdir())) == 1
