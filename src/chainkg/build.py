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


def unify_entities(extractions: Sequence[Extraction]) -> list[Extraction]:
    """Give an entity named only by a short form the key of the one fuller entity it abbreviates.

    Within an article the entity stage already merges 九曜智能 into 北京九曜智能科技有限公司;
    across articles, an article that only says 九曜智能 gets the full name's key when
    exactly one entity of the same type elsewhere lists it as an alias.
    """
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    full_name: dict[tuple[str, str], str] = {}
    for ex in extractions:
        for e in ex.entities:
            key = e.key or e.name
            if is_reference_iri(key):
                continue
            full_name[e.type, key] = e.name
            for alias in e.aliases:
                if normalise_name(alias) != normalise_name(key):
                    owners[e.type, normalise_name(alias)].add(key)
    out = []
    for ex in extractions:
        changed = []
        for e in ex.entities:
            key = e.key or e.name
            candidates = owners.get((e.type, normalise_name(key)), set()) - {key}
            if len(candidates) == 1 and not is_reference_iri(key):
                (target,) = candidates
                aliases = tuple(dict.fromkeys((*e.aliases, e.name)))
                e = replace(e, key=target, name=full_name[e.type, target], aliases=aliases)
            changed.append(e)
        out.append(replace(ex, entities=tuple(changed)))
    return out


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
    with subprocess.Popen(["sort", "-u", "-S", "25%", str(lines_file)], stdout=subprocess.PIPE,
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


#: Corpora at least this large are extracted by one worker process per core.
PARALLEL_FROM = 64


Outcome = tuple[Extraction | None, InputError | None, bool]


def _extract_one(path: Path, cache: ExtractionCache | None) -> Outcome:
    """(extraction, failure, from cache) for one article; never raises for bad input."""
    from chainkg.pipeline import extract
    from chainkg.text import read_article

    try:
        doc = read_article(path)
        ex = cache.get(doc.content_hash or "", doc.id) if cache else None
        if ex is not None:
            return ex, None, True
        ex = extract(doc)
        if cache:
            cache.put(ex)
        return ex, None, False
    except InputError as err:
        return None, err, False
    except ChainkgError:
        raise
    except Exception as err:  # a bug on one article must not lose the others
        log.debug("traceback", exc_info=True)
        return None, InputError(path, f"extraction failed: {type(err).__name__}: {err}"), False


def _extract_all(files: list[Path], cache: ExtractionCache | None, report: BuildReport,
                 progress: bool) -> list[Extraction]:
    workers = min(os.cpu_count() or 1, 8)
    if len(files) >= PARALLEL_FROM and workers > 1:
        from concurrent.futures import ProcessPoolExecutor

        from chainkg.pipeline import extract
        from chainkg.text import parse_text

        extract(parse_text("北京。", "warm-up"))  # load dictionaries once, before forking
        with ProcessPoolExecutor(workers) as pool:
            results = pool.map(_extract_one, files, [cache] * len(files), chunksize=16)
            outcomes = list(_progress(results, progress, len(files)))
    else:
        outcomes = [_extract_one(path, cache)
                    for path in _progress(files, progress and len(files) > 1, len(files))]
    extractions = []
    for ex, failure, cached in outcomes:
        if failure is not None:
            report.failed.append(failure)
            log.error("chainkg: %s", failure)
        elif ex is not None:
            report.cached += cached
            extractions.append(ex)
            report.built.append(ex.doc.id)
    return extractions


def build_corpus(
    paths: Sequence[Path] = (ARTICLES_DIR,),
    out: Path | None = None,
    *,
    cache_dir: Path | None = None,
    validate: bool = True,
    progress: bool = False,
) -> BuildReport:
    """Extract every article, merge them into one graph and (if ``out``) write it as Turtle.

    Raises :class:`ValidationError` (and writes nothing) when the graph does not
    conform to ``ontology/shapes.ttl``. Articles that fail are listed in the report.
    The triples stream through a temporary N-Triples file and a sort, so memory
    stays bounded by the extractions, not by the graph.
    """
    from chainkg.rdf import extraction_lines, write_turtle

    report = BuildReport(out=out or Path("-"))
    cache = ExtractionCache(cache_dir) if cache_dir else None
    extractions = unify_entities(_extract_all(collect_articles(paths), cache, report, progress))
    report.entities = len({(e.type, e.key or e.name) for ex in extractions for e in ex.entities})
    report.relations = sum(len(ex.relations) for ex in extractions)
    report.facts = sum(len(ex.facts) for ex in extractions)
    with tempfile.TemporaryDirectory(prefix="chainkg-build-") as tmp:
        lines_file = Path(tmp) / "triples.nt"
        with lines_file.open("w", encoding="utf-8") as stream:
            for ex in extractions:
                stream.writelines(line + "\n" for line in extraction_lines(ex))
        del extractions
        turtle = Path(tmp) / "graph.ttl"
        with turtle.open("w", encoding="utf-8") as stream:
            report.triples = write_turtle(_sorted_unique(lines_file), stream)
        if validate:
            from chainkg.validate import validate_graph

            result = validate_graph(Graph().parse(turtle, format="turtle"))
            if not result.conforms:
                raise ValidationError(f"{report.out}: the built graph does not conform to "
                                      f"the shapes; nothing written.\n{result.text}")
        if out is not None:
            _atomic_write(out, lambda stream: shutil.copyfileobj(turtle.open("rb"), stream),
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
