"""Build the knowledge graph of a corpus: extract each article, merge, validate, write atomically.

A bad article is reported by name and skipped; the others still build, and the graph
file is replaced only once the whole new graph is written and validated.

>>> collect_articles([Path("no-such-folder")])
Traceback (most recent call last):
...
chainkg.errors.InputError: no-such-folder: no such file or folder
"""

from __future__ import annotations

import errno
import logging
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO
from urllib.parse import unquote

from rdflib import Graph

from chainkg.cache import ExtractionCache
from chainkg.errors import ChainkgError, InputError, ValidationError
from chainkg.iris import BASE, is_reference_iri, normalise_name
from chainkg.model import Document, Entity, Extraction
from chainkg.paths import ARTICLES_DIR
from chainkg.rdf import (
    OWN_SUBJECTS,
    ArticleParts,
    Triple,
    article_parts,
    entity_iris,
    rename_entities,
    shared_lines,
)
from chainkg.shapecheck import ShapeResult

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
    #: answers of :meth:`target` so far: every article asks about the same few entities
    _targets: dict[tuple[str, str], str | None] = field(default_factory=dict, compare=False,
                                                         repr=False)

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

    def target(self, etype: str, key: str) -> str | None:
        """The key of the one other entity that lists ``key`` as an alias, if exactly one does."""
        try:
            return self._targets[etype, key]
        except KeyError:
            pass
        candidates = self.owners.get((etype, normalise_name(key)), frozenset()) - {key}
        found = next(iter(candidates)) if len(candidates) == 1 and not is_reference_iri(key) \
            else None
        self._targets[etype, key] = found
        return found

    def affects(self, summaries: Iterable[EntitySummary]) -> bool:
        """Whether :meth:`rekey` would change any of the entities summarised."""
        return any(self.target(etype, key) for etype, key, _, _ in summaries)

    def rekey(self, ex: Extraction) -> Extraction:
        """``ex`` with each short-named entity given the key of the one entity it abbreviates."""
        changed = []
        for e in ex.entities:
            target = self.target(e.type, e.key or e.name)
            if target is not None:
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


#: Files of shared lines up to this size are sorted in memory, larger ones by GNU sort.
SORT_IN_MEMORY = 64 * 2**20
#: Distinct shared lines merged in memory; past this many they are sorted on disk.
#: Articles repeat each other's entities: 10,000 generated articles write 161 MB of
#: shared lines, of which 82,091 lines are distinct.
SHARED_IN_MEMORY = 2_000_000


def _merged_shared_lines(segments: Sequence[_Segment], folder: Path) -> Iterator[str]:
    """The shared lines at ``segments``, deduplicated and sorted by code point.

    Duplicates are dropped as the parts are read, so memory holds the distinct lines
    only; a corpus with more than ``SHARED_IN_MEMORY`` of them is sorted on disk instead
    (see :func:`_sorted_unique`).
    """
    seen: set[bytes] = set()
    for at, segment in enumerate(segments):
        seen.update(_read(segment, folder).splitlines())
        if len(seen) > SHARED_IN_MEMORY:
            spill = folder / "shared.nt"
            with spill.open("wb") as whole:
                whole.writelines(line + b"\n" for line in seen)
                seen.clear()
                for rest in segments[at + 1:]:
                    whole.write(_read(rest, folder))
            yield from _sorted_unique(spill)
            return
    for line in sorted(seen):
        yield line.decode("utf-8")


def _sorted_unique(lines_file: Path) -> Iterator[str]:
    """The lines of ``lines_file`` sorted by code point and deduplicated.

    Small files sort in memory, as UTF-8 bytes (a third of the memory of Python strings
    of Chinese text); large ones with GNU sort, whose external merge sort keeps memory
    bounded. UTF-8 byte order is code point order, so both agree.
    """
    if lines_file.stat().st_size < SORT_IN_MEMORY or shutil.which("sort") is None:
        for line in sorted(set(lines_file.read_bytes().splitlines())):
            yield line.decode("utf-8")
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
    #: wall-clock seconds per step: "articles" (extract, write, validate each article),
    #: "renames" (short names matched across articles), "merge" (entities merged,
    #: validated, the graph assembled) and "write"
    seconds: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        """One line for the terminal."""
        return (f"{self.out}: {len(self.built)} articles ({self.cached} from cache), "
                f"{self.entities} entities, {self.relations} relations, {self.facts} facts, "
                f"{self.triples} triples; {len(self.failed)} failed")


#: Corpora at least this large are built by one worker process per core.
PARALLEL_FROM = 64
#: Articles per job handed to a worker.
BATCH = 16


@dataclass(frozen=True)
class _Extracted:
    """What phase one tells the main process about one article."""

    path: Path
    number: int
    doc_id: str | None = None
    content_hash: str = ""
    entities: tuple[EntitySummary, ...] = ()
    relations: int = 0
    facts: int = 0
    own_triples: int = 0
    cached: bool = False
    failure: InputError | None = None
    #: where its own Turtle, its shared N-Triples lines and (without a cache folder) the
    #: packed recipe of its shared part (see ``_recipe``) are in the build's part files
    own: _Segment | None = None
    shared: _Segment | None = None
    packed: _Segment | None = None
    #: SHACL results about this article's graph (builder bugs, not bad input)
    problems: tuple[ShapeResult, ...] = ()


_WORKER_STATE: dict[str, object] = {}


@dataclass(frozen=True)
class _Segment:
    """Where some bytes of one article are in a part file of the build's folder."""

    file: str
    offset: int
    length: int


#: Part files open in this process: path -> [descriptor, bytes written] for appending
#: (one writer per file, so no locks), and path -> descriptor for reading.
_APPENDING: dict[Path, list[int]] = {}
_READING: dict[Path, int] = {}


def _append(kind: str, data: bytes) -> _Segment:
    """Append ``data`` to this process's part file of ``kind``; say where it went.

    Each process appends to its own files, named by kind and process id, so a corpus
    makes a few temporary files, not several per article: deleting thousands of files
    takes seconds on some file systems. Files stay open, unbuffered (a process that
    ends has nothing left to flush), until :func:`_close_parts`.
    """
    folder: Path = _WORKER_STATE["folder"]  # type: ignore[assignment]
    name = f"{kind}-{os.getpid()}"
    state = _APPENDING.get(folder / name)
    if state is None:
        fd = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        state = _APPENDING[folder / name] = [fd, os.fstat(fd).st_size]
    offset = state[1]
    view = memoryview(data)
    while view:
        view = view[os.write(state[0], view):]
    state[1] += len(data)
    return _Segment(name, offset, len(data))


def _reading(path: Path) -> int:
    """A descriptor of part file ``path`` open for reading, opened once per process."""
    fd = _READING.get(path)
    if fd is None:
        fd = _READING[path] = os.open(path, os.O_RDONLY)
    return fd


def _read(segment: _Segment, folder: Path) -> bytes:
    """The bytes :func:`_append` put at ``segment``."""
    path = folder / segment.file
    data = os.pread(_reading(path), segment.length, segment.offset)
    if len(data) != segment.length:
        raise OSError(f"{path}: {segment.length} bytes expected at {segment.offset}, "
                      f"{len(data)} found")
    return data


def _copy(segment: _Segment, folder: Path, out: int) -> None:
    """Write the bytes at ``segment`` at the position of descriptor ``out`` (not opened
    with O_APPEND), copied by the kernel where the system can."""
    fd, offset, left = _reading(folder / segment.file), segment.offset, segment.length
    while left and hasattr(os, "copy_file_range"):
        try:
            copied = os.copy_file_range(fd, out, left, offset)
        except OSError as err:
            if err.errno not in (errno.EXDEV, errno.ENOSYS, errno.EOPNOTSUPP, errno.EINVAL):
                raise
            break  # a file system that cannot: copy through memory
        if not copied:
            raise OSError(f"{folder / segment.file}: ends before byte {offset + left}")
        offset, left = offset + copied, left - copied
    if left:
        view = memoryview(_read(_Segment(segment.file, offset, left), folder))
        while view:
            view = view[os.write(out, view):]


def _close_parts() -> None:
    """Close the part files this process opened (before their folder is removed)."""
    for fd in [*(state[0] for state in _APPENDING.values()), *_READING.values()]:
        os.close(fd)
    _APPENDING.clear()
    _READING.clear()


def _recipe(ex: Extraction) -> bytes:
    """What phase two needs to write an article's shared part again, and no more (its
    id, its entities without their mentions, its relations), pickled: see :func:`_cook`."""
    entities = [(e.id, e.type, e.name, e.aliases, e.key) for e in ex.entities]
    return pickle.dumps((ex.doc.id, entities, ex.relations), protocol=pickle.HIGHEST_PROTOCOL)


def _cook(recipe: bytes) -> Extraction:
    """The extraction, without text, sentences, mentions or facts, that ``recipe`` keeps."""
    doc_id, entities, relations = pickle.loads(recipe)
    return Extraction(Document(doc_id, "", ""), (),
                      tuple(Entity(i, t, name, aliases, key=key)
                            for i, t, name, aliases, key in entities), relations, ())


def _lines(lines: list[str]) -> bytes:
    return "".join(line + "\n" for line in lines).encode("utf-8")


def _write_parts(ex: Extraction) -> tuple[ArticleParts, _Segment, _Segment]:
    """Write one article's triples: its own nodes as Turtle, the shared ones as N-Triples."""
    parts = article_parts(ex)
    return parts, _append("own", parts.own.encode("utf-8")), _append("shared",
                                                                      _lines(parts.shared))


def _extract_batch(batch: list[tuple[int, Path]]) -> list[_Extracted]:
    """Phase one for some articles: read, extract (or find in the cache), write, validate."""
    from chainkg.pipeline import extract
    from chainkg.text import read_article

    cache: ExtractionCache | None = _WORKER_STATE["cache"]  # type: ignore[assignment]
    out = []
    triples: list[Triple] = []
    for number, path in batch:
        try:
            doc = read_article(path)
            ex = cache.get(doc.content_hash or "", doc.id) if cache is not None else None
            cached = ex is not None
            if ex is None:
                ex = extract(doc)
                if cache is not None:
                    cache.put(ex)
            packed = None if cache is not None else _append("recipes", _recipe(ex))
            parts, own, shared = _write_parts(ex)
        except InputError as err:
            out.append(_Extracted(path, number, failure=err))
            continue
        except ChainkgError:
            raise
        except Exception as err:  # a bug on one article must not lose the others
            log.debug("traceback", exc_info=True)
            out.append(_Extracted(path, number, failure=InputError(
                path, f"extraction failed: {type(err).__name__}: {err}")))
            continue
        if _WORKER_STATE.get("validate"):
            triples += parts.triples
        out.append(_Extracted(path, number, doc.id, doc.content_hash or "",
                              tuple(entity_summaries(ex)), len(ex.relations), len(ex.facts),
                              parts.own_triples, cached, own=own, shared=shared, packed=packed))
    if triples:
        out = _with_problems(out, _article_problems(triples))
    return out


def _article_problems(triples: list[Triple]) -> list[ShapeResult]:
    """SHACL results on some articles' triples, except those about shared entities.

    An entity two articles name differently has two labels until the corpus is merged,
    so entities are checked once merged (see :func:`_shared_problems`); the records,
    the articles and the SPARQL constraints (every stated relation has its record) are
    checked here, where an article's records and relations are together.
    """
    from chainkg.shapecheck import check_triples

    return [r for r in check_triples(triples)
            if r.focus.startswith(OWN_SUBJECTS) or r.component == "SPARQLConstraintComponent"]


def _with_problems(items: list[_Extracted], problems: list[ShapeResult]) -> list[_Extracted]:
    """Give each result to the article its focus node (or value) belongs to."""
    by_article: dict[str, list[ShapeResult]] = defaultdict(list)
    for problem in problems:
        node = problem.focus if problem.focus.startswith(OWN_SUBJECTS) else problem.value or ""
        doc = node[1:-1].removeprefix(BASE).split("/")[1] if node.startswith(OWN_SUBJECTS) else ""
        by_article[unquote(doc)].append(problem)
    good = [item for item in items if item.failure is None]
    out = []
    for item in items:
        mine = by_article.pop(item.doc_id or "", []) if item.failure is None else []
        out.append(replace(item, problems=tuple(mine)))
    if by_article and good:  # not traceable to one article: the batch's first takes them
        rest = [p for found in by_article.values() for p in found]
        at = out.index(next(i for i in out if i.failure is None))
        out[at] = replace(out[at], problems=out[at].problems + tuple(rest))
    return out


def _shared_problems(triples: list[Triple]) -> list[ShapeResult]:
    """SHACL results on the merged entity part of the graph, beside the reference."""
    from chainkg.shapecheck import check_triples

    return check_triples(triples, sparql=False)


def _rekey_batch(batch: list[_Extracted]) -> list[_Extracted]:
    """Phase two for articles whose short names name another article's entity.

    Their shared triples are written again with the entities renamed; in their own
    Turtle the entity IRIs are replaced. Only if renaming merges two of an article's
    entities (so that its counts change) is the whole article written again.
    """
    cache: ExtractionCache | None = _WORKER_STATE["cache"]  # type: ignore[assignment]
    index: AliasIndex = _WORKER_STATE["index"]  # type: ignore[assignment]
    folder: Path = _WORKER_STATE["folder"]  # type: ignore[assignment]
    out = []
    for item in batch:
        ex = _cook(_read(item.packed, folder)) if item.packed is not None \
            else _cached(item, cache)
        rekeyed = index.rekey(ex)
        before, after = entity_iris(ex), entity_iris(rekeyed)
        if len(set(before.values())) != len(set(after.values())):
            log.debug("%s: renaming merges two of its entities; written again", item.path)
            if item.packed is not None:  # the recipe has no records: extract again
                from chainkg.pipeline import extract
                from chainkg.text import read_article

                rekeyed = index.rekey(extract(read_article(item.path)))
            parts, own, shared = _write_parts(rekeyed)
            out.append(replace(item, own_triples=parts.own_triples, own=own, shared=shared))
            continue
        renamed = {before[k]: after[k] for k in before if before[k] != after[k]}
        assert item.own is not None
        turtle = rename_entities(_read(item.own, folder).decode("utf-8"), renamed)
        out.append(replace(item, own=_append("own", turtle.encode("utf-8")),
                           shared=_append("shared", _lines(shared_lines(rekeyed, after)))))
    return out


def _cached(item: _Extracted, cache: ExtractionCache | None) -> Extraction:
    ex = cache.get(item.content_hash, item.doc_id or "") if cache is not None else None
    if ex is None:
        raise OSError(f"{item.path}: its extraction vanished from the cache")
    return ex


def _set_worker_state(state: dict[str, object]) -> None:
    _APPENDING.clear()  # the parent's descriptors: not ours to write to or close
    _READING.clear()
    _WORKER_STATE.clear()
    _WORKER_STATE.update(state)


def _run(func: Callable[[list], list], items: list, workers: int, progress: bool) -> list:
    """``func`` over batches of ``items``, in ``workers`` processes when more than one.

    Workers are forked, so they start with the parent's dictionaries already loaded,
    and get ``_WORKER_STATE`` through the pool's initializer. The progress bar counts
    items, not batches.
    """
    batches = [items[at:at + BATCH] for at in range(0, len(items), BATCH)]
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(items), desc="articles", unit="article", file=sys.stderr,
                   leave=False)
    results: list = []
    try:
        if workers > 1 and len(batches) > 1:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(workers, mp_context=context,
                                     initializer=_set_worker_state,
                                     initargs=(dict(_WORKER_STATE),)) as pool:
                for batch, result in zip(batches, pool.map(func, batches), strict=True):
                    results += result
                    if bar is not None:
                        bar.update(len(batch))
        else:
            for batch in batches:
                results += func(batch)
                if bar is not None:
                    bar.update(len(batch))
    finally:
        if bar is not None:
            bar.close()
    return results


def _duplicate_ids(extracted: list[_Extracted]) -> list[_Extracted]:
    """Mark the second and later article with an id already taken: one IRI, one article."""
    first: dict[str, Path] = {}
    out = []
    for item in extracted:
        if item.doc_id is not None and item.failure is None:
            if item.doc_id in first:
                item = replace(item, failure=InputError(
                    item.path, f"the same article id '{item.doc_id}' as {first[item.doc_id]};"
                               " rename one of them"))
            else:
                first[item.doc_id] = item.path
        out.append(item)
    return out


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

    Phase one, parallel over the articles of a large corpus: extract each article (or
    read it from the cache in ``cache_dir``) and write its
    triples in two parts: the article's own nodes (the article, its provenance records)
    as finished Turtle, and the shared ones (entities, stated relations) as N-Triples.
    Then short names are matched across articles, and only the articles where a short
    name turns out to abbreviate another article's entity are written again (phase
    two). The shared parts are sorted and merged into Turtle, and the articles' own
    parts appended in order of article id: memory stays bounded by the largest article
    and the shared part, not by the corpus, and the output is the same on every run.
    """
    files = collect_articles(paths)
    if workers is None:
        workers = min(os.cpu_count() or 1, 8) if len(files) >= PARALLEL_FROM else 1
    report = BuildReport(out=out or Path("-"))
    with tempfile.TemporaryDirectory(prefix="chainkg-build-") as tmp:
        try:
            _build_in(Path(tmp), files, out, report, cache_dir=cache_dir,
                      validate=validate, progress=progress, workers=workers)
        finally:
            _close_parts()
            _WORKER_STATE.clear()
    return report


def _build_in(folder: Path, files: list[Path], out: Path | None, report: BuildReport, *,
              cache_dir: Path | None, validate: bool, progress: bool, workers: int) -> None:
    """:func:`build_corpus` with its part files in ``folder``."""
    from chainkg.rdf import write_turtle

    cache = ExtractionCache(cache_dir) if cache_dir is not None else None
    if workers > 1:
        from chainkg.pipeline import extract
        from chainkg.text import parse_text

        extract(parse_text("北京。", "warm-up"))  # load dictionaries once, then fork
        if validate:
            from chainkg.shapecheck import check_triples

            check_triples([])  # and the shapes, the ontology and the reference data
    _WORKER_STATE.update(cache=cache, folder=folder, validate=validate)
    clock = time.perf_counter()
    extracted = _run(_extract_batch, list(enumerate(files)), workers,
                     progress and len(files) > 1)
    good = []
    for item in _duplicate_ids(extracted):
        if item.failure is not None:
            report.failed.append(item.failure)
            log.error("chainkg: %s", item.failure)
        else:
            good.append(item)
            report.built.append(item.doc_id)
            report.cached += item.cached
            report.relations += item.relations
            report.facts += item.facts
    clock = _lap(report, "articles", clock)
    index = AliasIndex.of(s for item in good for s in item.entities)
    report.entities = len({(t, k) for item in good for t, k, _, _ in item.entities})
    rekeyed = [item for item in good if index.affects(item.entities)]
    _WORKER_STATE.update(index=index)
    again = {item.number: item for item in _run(_rekey_batch, rekeyed, workers, False)}
    good = [again.get(item.number, item) for item in good]
    _WORKER_STATE.clear()
    log.info("%d of %d articles rewritten with names from other articles",
             len(rekeyed), len(good))
    clock = _lap(report, "renames", clock)

    shared = _merged_shared_lines([item.shared for item in good if item.shared is not None],
                                  folder)
    # the graph is assembled beside ``out`` and renamed into place once whole and valid
    place = out.parent if out is not None else folder
    place.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=place, prefix=f".{report.out.name}.", suffix=".tmp")
    turtle = Path(name)
    try:
        merged: list[Triple] | None = [] if validate else None
        with open(fd, "w", encoding="utf-8") as stream:
            report.triples = write_turtle(shared, stream, triples=merged)
        if merged is not None:
            _raise_unless_valid(report.out, good, _shared_problems(merged))
            del merged
        out_fd = os.open(turtle, os.O_WRONLY)
        try:
            os.lseek(out_fd, 0, os.SEEK_END)
            for item in sorted(good, key=lambda item: item.doc_id or ""):
                assert item.own is not None
                _copy(item.own, folder, out_fd)
        finally:
            os.close(out_fd)
        report.triples += sum(item.own_triples for item in good)
        clock = _lap(report, "merge", clock)
        if out is not None:
            os.replace(turtle, out)
    finally:
        turtle.unlink(missing_ok=True)
    _lap(report, "write", clock)


def _lap(report: BuildReport, step: str, since: float) -> float:
    """Record the seconds ``step`` took since ``since``; log them; return the time now."""
    now = time.perf_counter()
    report.seconds[step] = now - since
    log.info("%s: %.2f s", step, now - since)
    return now


def _raise_unless_valid(out: Path, items: list[_Extracted], shared: list[ShapeResult]) -> None:
    """Raise ValidationError naming the articles and shapes if any result is a violation."""
    from chainkg.shapecheck import report_of

    results = sorted({*shared, *(p for item in items for p in item.problems)})
    report = report_of(results)
    if report.results:
        log.info("SHACL: %s", report.summary())
    if report.conforms:
        return
    named = [str(item.path) for item in items
             if any(p.severity == "Violation" for p in item.problems)]
    where = f" (articles: {', '.join(named[:10])})" if named else " (in the merged entities)"
    raise ValidationError(f"{out}: the built graph does not conform to the shapes{where}; "
                          f"nothing written.\n{report.text}")


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
