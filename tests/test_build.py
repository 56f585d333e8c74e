"""Building a corpus: many articles, one graph, bad files reported, nothing half-written."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import RDFS, SKOS, Graph, Literal

from chainkg.build import build_corpus, collect_articles, unify_entities, write_graph
from chainkg.cache import ExtractionCache
from chainkg.cli import main
from chainkg.errors import ValidationError
from chainkg.iris import entity_iri
from chainkg.model import Document, Entity, Extraction, Mention, Relation
from chainkg.namespaces import CKG
from chainkg.paths import ARTICLES_DIR, GRAPHS_DIR
from chainkg.text import read_article

SEED = ARTICLES_DIR / "seed-hebei-daily-2024-02-24.txt"
DEV = Path(__file__).parent / "fixtures" / "dev"


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "chainkg.ttl"
    report = build_corpus([ARTICLES_DIR], out)
    return out, Graph().parse(out), report


def test_the_seed_builds_into_a_conforming_graph(seed_build):
    out, _, report = seed_build
    assert report.built == ["seed-hebei-daily-2024-02-24"] and not report.failed
    assert out.stat().st_size > 10_000
    assert report.entities > 30 and report.relations > 30 and report.facts > 5


def test_a_rebuild_reproduces_the_committed_graph_byte_for_byte(seed_build, tmp_path):
    out, _, _ = seed_build
    again = tmp_path / "again.ttl"
    build_corpus([ARTICLES_DIR], again)
    assert again.read_bytes() == out.read_bytes()
    committed = GRAPHS_DIR / "chainkg.ttl"
    assert committed.read_bytes() == out.read_bytes(), "run `make run` and commit graphs/"


def test_a_folder_with_one_bad_file_still_builds_the_good_ones(tmp_path, capsys):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    shutil.copy(SEED, corpus)
    shutil.copy(DEV / "dev-robots.txt", corpus)
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    out = tmp_path / "graph.ttl"
    code = main(["build", str(corpus), "--out", str(out), "--no-cache"])
    err = capsys.readouterr().err
    assert code == 1
    assert "scan.pdf" in err
    graph = Graph().parse(out)
    titles = {str(o) for o in graph.objects(None, RDFS.label) if "钢城" in str(o)}
    assert titles, "the good dev-robots article is in the graph"


def test_an_existing_graph_is_not_half_overwritten(tmp_path):
    out = tmp_path / "chainkg.ttl"
    out.write_text("# the previous graph\n", encoding="utf-8")

    class FailingGraph(Graph):
        def serialize(self, destination=None, *args, **kwargs):
            destination.write(b"@prefix half: <urn:half#> .\n")
            raise OSError("disk full")

    with pytest.raises(OSError):
        write_graph(FailingGraph(), out)
    assert out.read_text(encoding="utf-8") == "# the previous graph\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chainkg.ttl"]


def test_the_cache_rebuilds_only_new_articles(tmp_path):
    corpus, cache = tmp_path / "articles", tmp_path / "cache"
    corpus.mkdir()
    shutil.copy(SEED, corpus)
    first = build_corpus([corpus], None, cache_dir=cache, validate=False)
    shutil.copy(DEV / "dev-robots.txt", corpus)
    second = build_corpus([corpus], None, cache_dir=cache, validate=False)
    assert (first.cached, second.cached) == (0, 1)
    assert len(second.built) == 2


def test_a_short_name_in_one_article_joins_the_full_name_of_another():
    def article(doc_id: str, name: str, aliases: tuple[str, ...]) -> Extraction:
        doc = Document(doc_id, name, name)
        mention = Mention(0, len(name), name, "Company", "test")
        entity = Entity("e1", "Company", name, aliases, (mention,), key=name)
        return Extraction(doc, (), (entity,), (), ())

    full = article("a", "北京九曜智能科技有限公司", ("九曜智能",))
    short = article("b", "九曜智能", ())
    merged = unify_entities([full, short])
    keys = {ex.entities[0].key for ex in merged}
    assert keys == {"北京九曜智能科技有限公司"}
    assert entity_iri("Company", merged[1].entities[0].key) == entity_iri(
        "Company", "北京九曜智能科技有限公司")


def test_folders_skip_sidecars_but_not_strays(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{}", encoding="utf-8")
    (tmp_path / "b.ttl").write_text("x", encoding="utf-8")
    assert [p.name for p in collect_articles([tmp_path])] == ["a.txt", "b.ttl"]


def test_every_relation_in_the_graph_has_its_provenance(seed_build):
    _, graph, _ = seed_build
    rows = graph.query("""
        PREFIX ckg: <https://w3id.org/chainkg/ontology#>
        SELECT (COUNT(*) AS ?n) WHERE {
          ?a a ckg:Assertion ; ckg:sentence ?s ; ckg:startChar ?b ; ckg:endChar ?e ;
             ckg:rule ?r ; ckg:sourceArticle ?art .
        }""")
    assert int(next(iter(rows))[0]) > 30
    assert (None, RDFS.label, Literal("北京九曜智能科技有限公司", lang="zh")) in graph


def _cached_corpus(folder: Path, cache: Path, articles: dict[str, list[Entity]]) -> None:
    """Article files whose extractions are put in the cache beforehand, so a build uses them."""
    from chainkg.model import Sentence

    folder.mkdir()
    for stem, entities in articles.items():
        path = folder / f"{stem}.txt"
        path.write_text("。".join(e.name for e in entities) + "。\n", encoding="utf-8")
        doc = read_article(path)
        sentence = Sentence(0, 0, len(doc.text), doc.text)
        ExtractionCache(cache).put(Extraction(doc, (sentence,), tuple(entities), (), ()))


def _company(entity_id: str, name: str, aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(entity_id, "Company", name, aliases,
                  (Mention(0, len(name), name, "Company", "test"),), key=name)


def test_a_corpus_build_points_a_short_name_at_the_full_name_of_another_article(tmp_path):
    corpus, cache = tmp_path / "articles", tmp_path / "cache"
    _cached_corpus(corpus, cache, {
        "a": [_company("e1", "北京九曜智能科技有限公司", ("九曜智能",))],
        "b": [_company("e1", "九曜智能"), _company("e2", "河北罗数科技有限公司")],
    })
    out = tmp_path / "graph.ttl"
    report = build_corpus([corpus], out, cache_dir=cache)
    assert report.cached == 2
    graph = Graph().parse(out)
    full = entity_iri("Company", "北京九曜智能科技有限公司")
    denoted = {(str(m), o) for m, o in graph.subject_objects(CKG.denotes)}
    assert {o for m, o in denoted if "/prov/b/" in m} == {
        full, entity_iri("Company", "河北罗数科技有限公司")}
    assert graph.value(full, SKOS.prefLabel) == Literal("北京九曜智能科技有限公司", lang="zh")
    assert (full, SKOS.altLabel, Literal("九曜智能", lang="zh")) in graph
    assert (entity_iri("Company", "九曜智能"), None, None) not in graph


def _dev_corpus(tmp_path: Path, count: int) -> Path:
    """A folder with the first ``count`` dev articles."""
    corpus = tmp_path / "articles"
    corpus.mkdir()
    for path in sorted(DEV.glob("*.txt"))[:count]:
        shutil.copy(path, corpus)
    return corpus


def test_workers_and_batches_do_not_change_the_graph(tmp_path, monkeypatch):
    import chainkg.build

    corpus = _dev_corpus(tmp_path, 4)
    one, two = tmp_path / "one.ttl", tmp_path / "two.ttl"
    build_corpus([corpus], one, validate=False, workers=1)
    monkeypatch.setattr(chainkg.build, "BATCH", 1)
    build_corpus([corpus], two, validate=False, workers=2)
    assert one.read_bytes() == two.read_bytes()


def test_articles_whose_entities_merge_across_articles_are_written_again_alike(
        tmp_path, caplog):
    """Without a cache folder, phase two has only each article's entities and relations;
    an article where a rename merges two of its entities is extracted again, and the
    graph is the same as when the whole extraction is read back from a cache."""
    import importlib.util
    import logging

    spec = importlib.util.spec_from_file_location(
        "bench_build", Path(__file__).parents[1] / "benchmarks" / "build.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    corpus = tmp_path / "articles"
    corpus.mkdir()
    for number, text in enumerate(bench.generate_corpus(25)):
        (corpus / f"bench-{number:02d}.txt").write_text(text, encoding="utf-8")
    cached, uncached = tmp_path / "cached.ttl", tmp_path / "uncached.ttl"
    build_corpus([corpus], cached, cache_dir=tmp_path / "cache", validate=False, workers=1)
    with caplog.at_level(logging.DEBUG, logger="chainkg.build"):
        build_corpus([corpus], uncached, validate=False, workers=1)
    assert "renaming merges two of its entities" in caplog.text
    assert cached.read_bytes() == uncached.read_bytes()


def test_two_articles_with_one_id_are_one_failure_not_one_merged_article(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        shutil.copy(SEED, tmp_path / folder)
    report = build_corpus([tmp_path / "x", tmp_path / "y"], None, validate=False)
    assert report.built == ["seed-hebei-daily-2024-02-24"]
    (failure,) = report.failed
    assert "y" in str(failure) and "same article id" in str(failure)


def _build_with_a_bad_relation(tmp_path, relation: Relation) -> ValidationError:
    """Build two cached articles, "good" and "bad" with ``relation`` put in; the error."""
    corpus, cache = tmp_path / "articles", tmp_path / "cache"
    firm, other = _company("e1", "河北罗数科技有限公司"), _company("e2", "北京九曜智能科技有限公司")
    _cached_corpus(corpus, cache, {"good": [firm], "bad": [firm, other]})
    bad = ExtractionCache(cache).get(read_article(corpus / "bad.txt").content_hash, "bad")
    ExtractionCache(cache).put(replace(bad, relations=(relation,)))
    with pytest.raises(ValidationError) as caught:
        build_corpus([corpus], tmp_path / "graph.ttl", cache_dir=cache)
    return caught.value


def test_a_graph_breaking_the_shapes_is_not_written_and_the_article_is_named(tmp_path):
    (tmp_path / "graph.ttl").write_text("# the previous graph\n", encoding="utf-8")
    # a relation whose span ends before it starts: the provenance shape catches it
    error = _build_with_a_bad_relation(tmp_path, Relation("e1", "cooperatesWith", "e2", 9, 3, "t"))
    assert "bad.txt" in str(error) and "good.txt" not in str(error)
    assert "ProvenanceShape" in str(error)
    assert (tmp_path / "graph.ttl").read_text(encoding="utf-8") == "# the previous graph\n"


def test_an_entity_breaking_the_shapes_once_merged_stops_the_build(tmp_path):
    # a company located in a company: the entity's shape catches it in the merged part
    error = _build_with_a_bad_relation(tmp_path, Relation("e1", "locatedIn", "e2", 0, 3, "t"))
    assert "in the merged entities" in str(error) and "locatedIn" in str(error)
    assert not (tmp_path / "graph.ttl").exists()
    assert list(tmp_path.glob(".graph.ttl.*")) == []


def test_the_build_benchmark_runs_at_a_tiny_size():
    import subprocess
    import sys

    bench = Path(__file__).parents[1] / "benchmarks" / "build.py"
    run = subprocess.run([sys.executable, str(bench), "--articles", "6"], capture_output=True,
                         text=True, timeout=300, check=True)
    assert "corpus: 6 articles" in run.stdout
    assert "ratio to jieba" in run.stdout and "0 failed" in run.stdout
    assert "steps: articles" in run.stdout


@pytest.mark.parametrize("gnu_sort", [False, True], ids=["spilled", "spilled-gnu-sort"])
def test_sorting_on_disk_gives_the_same_graph(tmp_path, monkeypatch, gnu_sort):
    """Past ``SHARED_IN_MEMORY`` distinct lines the shared part is spilled to a file and
    sorted there (past ``SORT_IN_MEMORY`` bytes, by GNU sort): the graph is the same."""
    import chainkg.build

    corpus = _dev_corpus(tmp_path, 3)
    in_memory, on_disk = tmp_path / "memory.ttl", tmp_path / "disk.ttl"
    build_corpus([corpus], in_memory, validate=False)
    monkeypatch.setattr(chainkg.build, "SHARED_IN_MEMORY", 5)
    if gnu_sort:
        monkeypatch.setattr(chainkg.build, "SORT_IN_MEMORY", 0)
    build_corpus([corpus], on_disk, validate=False)
    assert in_memory.read_bytes() == on_disk.read_bytes()


def test_a_file_system_without_kernel_copies_gives_the_same_graph(tmp_path, monkeypatch):
    """Own parts are appended with copy_file_range; where the file system refuses it
    (EXDEV across mounts, EOPNOTSUPP), they are copied through memory."""
    import errno
    import os

    corpus = _dev_corpus(tmp_path, 2)
    kernel, memory = tmp_path / "kernel.ttl", tmp_path / "memory.ttl"
    build_corpus([corpus], kernel, validate=False)

    def refuse(*args):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "copy_file_range", refuse)
    build_corpus([corpus], memory, validate=False)
    assert kernel.read_bytes() == memory.read_bytes()
