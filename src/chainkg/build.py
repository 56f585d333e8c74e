"""Build the knowledge graph of a corpus: extract each article, merge, validate, write atomically.

A bad article is reported by name and skipped; the others still build, and the graph
file is replaced only once the whole new graph is written and validated.

>>> collect_articles([Path("no-such-folder")])
Traceback (most recent call last):
...
chainkg.errors.InputError: no-such-folder: no such file or folder
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TypeVar

from rdflib import Graph

from chainkg.cache import ExtractionCache
from chainkg.errors import ChainkgError, InputError, ValidationError
from chainkg.iris import is_reference_iri, normalise_name
from chainkg.model import Extraction
from chainkg.paths import ARTICLES_DIR

__all__ = [
    "ARTICLE_SUFFIXES",
    "BuildReport",
    "build_corpus",
    "cli_build",
    "collect_articles",
    "unify_entities",
    "write_graph",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

#: What a folder's articles are named; anything else in a folder is reported, not read.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
_SIDECAR_SUFFIXES = (".meta.json", ".gold.json", ".md")


def collect_articles(paths: Iterable[Path]) -> list[Path]:
    """The article files named by ``paths``: files as given, folders' files sorted by name.

    In a folder, sidecar files (``NAME.meta.json``, ``NAME.gold.json``, Markdown) and
    hidden files are passed over; every other file is taken, so that a stray PDF or
    Turtle file is reported rather than silently ignored.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.is_file() and not child.name.startswith(".") and not any(
                    child.name.endswith(s) for s in _SIDECAR_SUFFIXES
                ):
                    files.append(child)
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(path, "no such file or folder")
    return files


#: What cross-article merging needs of an entity: (type, key, name, aliases).
EntitySummary = tuple[str, str, str, tuple[str, ...]]


@dataclass(frozen=True)
class AliasIndex:
    """Which entity keys list a normalised name among their aliases, per entity type."""

    owners: dict[tuple[str, str], frozenset[str]]
    full_names: dict[tuple[str, str], str]

    @classmethod
    def of(cls, summaries: Iterable[EntitySummary]) -> AliasIndex:
        """The index of every entity of a corpus."""
        owners: dict[tuple[str, str], set[str]] = defaultdict(set)
        full_names: dict[tuple[str, str], str] = {}
        for etype, key, name, aliases in summaries:
            if is_reference_iri(key):
                continue
            full_names[etype, key] = name
            for alias in aliases:
                if normalise_name(alias) != normalise_name(key):
                    owners[etype, normalise_name(alias)].add(key)
        return cls({k: frozenset(v) for k, v in owners.items()}, full_names)

    def rekey(self, ex: Extraction) -> Extraction:
        """``ex`` with each short-named entity given the key of the one entity it abbreviates."""
        changed = []
        for e in ex.entities:
            key = e.key or e.name
            candidates = self.owners.get((e.type, normalise_name(key)), frozenset()) - {key}
            if len(candidates) == 1 and not is_reference_iri(key):
                (target,) = candidates
                aliases = tuple(dict.fromkeys((*e.aliases, e.name)))
                e = replace(e, key=target, name=self.full_names[e.type, target], aliases=aliases)
            changed.append(e)
        return replace(ex, entities=tuple(changed))


def entity_summaries(ex: Extraction) -> list[EntitySummary]:
    """What :class:`AliasIndex` needs of one extraction."""
    return [(e.type, e.key or e.name, e.name, e.aliases) for e in ex.entities]


def unify_entities(extractions: Sequence[Extraction]) -> list[Extraction]:
    """Give an entity named only by a short form the key of the one fuller entity it abbreviates.

    Within an article the entity stage already merges 九曜智能 into 北京九曜智能科技有限公司;
    across articles, an article that only says 九曜智能 gets the full name's key when
    exactly one entity of the same type elsewhere lists it as an alias.
    """
    index = AliasIndex.of(s for ex in extractions for s in entity_summaries(ex))
    return [index.rekey(ex) for ex in extractions]


def _sorted_unique(lines_file: Path) -> Iterator[str]:
    """The lines of ``lines_file`` sorted by code point and deduplicated.

    Small files sort in memory; large ones with GNU sort, whose external merge sort keeps
    memory bounded (UTF-8 byte order under LC_ALL=C is code point order, so both agree).
    """
    if lines_file.stat().st_size < 256 * 2**20 or shutil.which("sort") is None:
        with lines_file.open(encoding="utf-8") as stream:
            yield from sorted(set(stream.read().splitlines()))
        return
    env = {**os.environ, "LC_ALL": "C"}
    with subprocess.Popen(["sort", "-u", "-S", "512M", str(lines_file)], stdout=subprocess.PIPE,
                          env=env, encoding="utf-8") as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            yield line.rstrip("\n")
    if proc.returncode:
        raise OSError(f"sort failed with exit code {proc.returncode}")


def write_graph(graph: Graph, out: Path) -> None:
    """Serialise an rdflib ``graph`` as Turtle to ``out`` atomically."""
    _atomic_write(out, lambda stream: graph.serialize(stream, format="turtle", encoding="utf-8"),
                  binary=True)


def _atomic_write(out: Path, write: Callable[[IO], object], *, binary: bool = False) -> None:
    """Write ``out`` through a temporary file in the same folder, then rename it into place."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) \
                as stream:
            write(stream)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass
class BuildReport:
    """What a build did: articles read from cache or extracted, failures, triples written."""

    out: Path
    built: list[str] = field(default_factory=list)
    cached: int = 0
    failed: list[InputError] = field(default_factory=list)
    triples: int = 0
    entities: int = 0
    relations: int = 0
    facts: int = 0

    def summary(self) -> str:
        """One line for the terminal."""
        return (f"{self.out}: {len(self.built)} articles ({self.cached} from cache), "
                f"{self.entities} entities, {self.relations} relations, {self.facts} facts, "
                f"{self.triples} triples; {len(self.failed)} failed")


def _progress(items: Iterable[T], enabled: bool, total: int) -> Iterable[T]:
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc="articles", unit="article", file=sys.stderr,
                leave=False)


#: Corpora at least this large are built by one worker process per core.
PARALLEL_FROM = 64


@dataclass(frozen=True)
class _Extracted:
    """What phase one tells the main process about one article."""

    path: Path
    doc_id: str | None = None
    content_hash: str = ""
    entities: tuple[EntitySummary, ...] = ()
    relations: int = 0
    facts: int = 0
    cached: bool = False
    failure: InputError | None = None


def _extract_one(path: Path, cache: ExtractionCache) -> _Extracted:
    """Phase one for one article: read, extract (or find in the cache), store in the cache."""
    from chainkg.pipeline import extract
    from chainkg.text import read_article

    try:
        doc = read_article(path)
        ex = cache.get(doc.content_hash or "", doc.id)
        cached = ex is not None
        if ex is None:
            ex = extract(doc)
            cache.put(ex)
    except InputError as err:
        return _Extracted(path, failure=err)
    except ChainkgError:
        raise
    except Exception as err:  # a bug on one article must not lose the others
        log.debug("traceback", exc_info=True)
        return _Extracted(path, failure=InputError(
            path, f"extraction failed: {type(err).__name__}: {err}"))
    return _Extracted(path, doc.id, doc.content_hash or "", tuple(entity_summaries(ex)),
                      len(ex.relations), len(ex.facts), cached)


_WORKER_STATE: dict[str, object] = {}


def _write_lines(job: tuple[int, list[_Extracted]]) -> int:
    """Phase two for a batch of articles: rekey their entities, write their N-Triples lines."""
    from chainkg.rdf import extraction_lines

    number, batch = job
    cache: ExtractionCache = _WORKER_STATE["cache"]  # type: ignore[assignment]
    index: AliasIndex = _WORKER_STATE["index"]  # type: ignore[assignment]
    folder: Path = _WORKER_STATE["folder"]  # type: ignore[assignment]
    count = 0
    with (folder / f"part-{number:06d}.nt").open("w", encoding="utf-8") as stream:
        for item in batch:
            ex = cache.get(item.content_hash, item.doc_id or "")
            if ex is None:
                raise OSError(f"{item.path}: its extraction vanished from the cache")
            for line in extraction_lines(index.rekey(ex)):
                stream.write(line + "\n")
                count += 1
    return count


def _set_worker_state(state: dict[str, object]) -> None:
    _WORKER_STATE.clear()
    _WORKER_STATE.update(state)


def _run(func, jobs: list, workers: int, progress: bool, total: int) -> list:
    """``func`` over ``jobs`` (argument tuples), in ``workers`` processes when more than one.

    Workers are forked, so they start with the parent's dictionaries already loaded,
    and get ``_WORKER_STATE`` through the pool's initializer.
    """
    if workers > 1 and len(jobs) > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_set_worker_state,
                                 initargs=(dict(_WORKER_STATE),)) as pool:
            return list(_progress(pool.map(func, *zip(*jobs, strict=True), chunksize=8),
                                  progress, total))
    return [func(*job) for job in _progress(jobs, progress, total)]


def build_corpus(
    paths: Sequence[Path] = (ARTICLES_DIR,),
    out: Path | None = None,
    *,
    cache_dir: Path | None = None,
    validate: bool = True,
    progress: bool = False,
    workers: int | None = None,
) -> BuildReport:
    """Extract every article, merge them into one graph and (if ``out``) write it as Turtle.

    Raises :class:`ValidationError` (and writes nothing) when the graph does not
    conform to ``ontology/shapes.ttl``. Articles that fail are listed in the report.

    Two phases, each parallel over the articles of a large corpus: extract every
    article into the cache (a temporary one without ``cache_dir``) and collect its
    entities' names; then rekey short names across articles and write each article's
    triples as N-Triples lines. A sort and a streaming Turtle writer finish the graph,
    so memory stays bounded by the largest article, not by the corpus.
    """
    from chainkg.rdf import write_turtle

    files = collect_articles(paths)
    if workers is None:
        workers = min(os.cpu_count() or 1, 8) if len(files) >= PARALLEL_FROM else 1
    report = BuildReport(out=out or Path("-"))
    with tempfile.TemporaryDirectory(prefix="chainkg-build-") as tmp:
        folder = Path(tmp)
        cache = ExtractionCache(cache_dir or folder / "cache")
        if workers > 1:
            from chainkg.pipeline import extract
            from chainkg.text import parse_text

            extract(parse_text("北京。", "warm-up"))  # load dictionaries once, then fork
        extracted = _run(_extract_one, [(f, cache) for f in files], workers,
                         progress and len(files) > 1, len(files))
        good = []
        for item in extracted:
            if item.failure is not None:
                report.failed.append(item.failure)
                log.error("chainkg: %s", item.failure)
            else:
                good.append(item)
                report.built.append(item.doc_id)
                report.cached += item.cached
                report.relations += item.relations
                report.facts += item.facts
        index = AliasIndex.of(s for item in good for s in item.entities)
        report.entities = len({(t, k) for item in good for t, k, _, _ in item.entities})
        _WORKER_STATE.update(cache=cache, index=index, folder=folder)
        size = max(1, min(64, len(good) // (4 * workers) or 1))
        batches = [(i, good[at:at + size]) for i, at in enumerate(range(0, len(good), size))]
        _run(_write_lines, [(b,) for b in batches], workers, False, len(batches))
        _WORKER_STATE.clear()
        lines_file = folder / "triples.nt"
        with lines_file.open("wb") as whole:
            for part in sorted(folder.glob("part-*.nt")):
                with part.open("rb") as stream:
                    shutil.copyfileobj(stream, whole)
                part.unlink()
        turtle = folder / "graph.ttl"
        with turtle.open("w", encoding="utf-8") as stream:
            report.triples = write_turtle(_sorted_unique(lines_file), stream)
        if validate:
            from chainkg.validate import validate_graph

            result = validate_graph(Graph().parse(turtle, format="turtle"))
            if not result.conforms:
                raise ValidationError(f"{report.out}: the built graph does not conform to "
                                      f"the shapes; nothing written.\n{result.text}")
        if out is not None:
            with turtle.open("rb") as source:
                _atomic_write(out, lambda stream: shutil.copyfileobj(source, stream),
                              binary=True)
    return report


def cli_build(args) -> int:
    """``chainkg build``: build, validate and write the graph; exit 1 if any article failed."""
    paths = args.paths or [ARTICLES_DIR]
    report = build_corpus(
        paths, args.out, cache_dir=None if args.no_cache else args.cache,
        progress=not args.quiet,
    )
    if not args.quiet:
        print(report.summary())
    return 1 if report.failed else 0
