"""The pipeline: an article in, an Extraction and an annotation-format dict out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chainkg.cli import main
from chainkg.model import ENTITY_TYPES, PREDICATES
from chainkg.pipeline import extract_path, to_annotation

DEV = Path(__file__).parent / "fixtures" / "dev"
SEED = DEV / "seed-hebei-daily-2024-02-24.txt"


@pytest.fixture(scope="module")
def seed():
    return extract_path(SEED)


def test_every_mention_points_at_its_text(seed):
    for entity in seed.entities:
        for m in entity.mentions:
            assert seed.doc.text[m.start:m.end] == m.text


def test_entities_have_annotation_types_keys_and_unique_ids(seed):
    assert {e.type for e in seed.entities} <= set(ENTITY_TYPES)
    assert len({e.id for e in seed.entities}) == len(seed.entities)
    assert all(e.key for e in seed.entities)
    regions = [e for e in seed.entities if e.type == "Region" and e.attrs.get("region")]
    assert all(e.key.startswith("https://w3id.org/chainkg/region/") for e in regions)


def test_relations_join_entities_of_the_article(seed):
    ids = {e.id for e in seed.entities}
    for r in seed.relations:
        assert r.s in ids
        assert r.o in ids or r.attrs.get("kind") == "segment"
        assert r.rule


def test_annotation_has_the_gold_shape(seed):
    ann = to_annotation(seed)
    assert ann["doc"] == "seed-hebei-daily-2024-02-24"
    assert ann["published"] == "2024-02-24"
    names = {e["name"] for e in ann["entities"]}
    assert {"北京九曜智能科技有限公司", "雄安新区中关村科技园", "李亚洲"} <= names
    assert {r["p"] for r in ann["relations"]} <= set(PREDICATES)
    assert all({"s", "value", "unit", "qualifier"} <= f.keys() for f in ann["facts"])
    json.dumps(ann, ensure_ascii=False)


def test_cli_extract_writes_one_json_per_file(tmp_path):
    assert main(["extract", str(SEED), "--out", str(tmp_path)]) == 0
    written = json.loads((tmp_path / f"{SEED.stem}.json").read_text(encoding="utf-8"))
    assert written["entities"]


def test_cli_extract_reports_a_bad_file_and_writes_the_others(tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(bad), str(SEED), "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "empty.txt" in err[0]
    assert (out / f"{SEED.stem}.json").exists()
    assert not (out / "empty.json").exists()
