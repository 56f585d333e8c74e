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
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import RDFS, SKOS, Graph, Literal

from chainkg.cache import ExtractionCache
from chainkg.errors import ChainkgError, InputError, ValidationError
from chainkg.iris import is_reference_iri, normalise_name
from chainkg.model import Entity, Extraction
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


def _one_label_each(graph: Graph) -> None:
    """Where merged articles gave one IRI several names, keep the fullest as its label."""
    for subject in set(graph.subjects(RDFS.label, None)):
        labels = sorted(graph.objects(subject, RDFS.label), key=lambda x: (-len(x), str(x)))
        zh = [lab for lab in labels if getattr(lab, "language", None) == "zh"]
        for extra in zh[1:]:
            graph.remove((subject, RDFS.label, extra))
            graph.remove((subject, SKOS.prefLabel, extra))
            graph.add((subject, SKOS.altLabel, extra))
        if zh:
            graph.set((subject, SKOS.prefLabel, Literal(str(zh[0]), lang="zh")))


def write_graph(graph: Graph, out: Path) -> None:
    """Serialise ``graph`` as Turtle to ``out`` atomically (write a temporary file, rename)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            graph.serialize(stream, format="turtle", encoding="utf-8")
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


def _progress(items: list[Path], enabled: bool) -> Iterable[Path]:
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc="articles", unit="article", file=sys.stderr, leave=False)


def build_corpus(
    paths: Sequence[Path] = (ARTICLES_DIR,),
    out: Path | None = None,
    *,
    cache_dir: Path | None = None,
    validate: bool = True,
    progress: bool = False,
) -> tuple[Graph, BuildReport]:
    """Extract every article, merge them into one graph and (if ``out``) write it.

    Raises :class:`ValidationError` (and writes nothing) when the graph does not
    conform to ``ontology/shapes.ttl``. Articles that fail are listed in the report.
    """
    from chainkg.pipeline import extract
    from chainkg.rdf import merge_graphs
    from chainkg.text import read_article

    report = BuildReport(out=out or Path("-"))
    cache = ExtractionCache(cache_dir) if cache_dir else None
    extractions: list[Extraction] = []
    files = collect_articles(paths)
    for path in _progress(files, progress and len(files) > 1):
        try:
            doc = read_article(path)
            ex = cache.get(doc.content_hash or "", doc.id) if cache else None
            if ex is None:
                ex = extract(doc)
                if cache:
                    cache.put(ex)
            else:
                report.cached += 1
        except InputError as err:
            report.failed.append(err)
            log.error("chainkg: %s", err)
            continue
        except ChainkgError:
            raise
        except Exception as err:  # a bug on one article must not lose the others
            failure = InputError(path, f"extraction failed: {type(err).__name__}: {err}")
            report.failed.append(failure)
            log.error("chainkg: %s", failure)
            log.debug("traceback", exc_info=True)
            continue
        extractions.append(ex)
        report.built.append(ex.doc.id)
    extractions = unify_entities(extractions)
    graph = merge_graphs(extractions)
    _one_label_each(graph)
    report.entities = len({e.key or e.name for ex in extractions for e in ex.entities})
    report.relations = sum(len(ex.relations) for ex in extractions)
    report.facts = sum(len(ex.facts) for ex in extractions)
    report.triples = len(graph)
    if validate:
        from chainkg.validate import validate_graph

        result = validate_graph(graph)
        if not result.conforms:
            raise ValidationError(f"{report.out}: the built graph does not conform to the "
                                  f"shapes; nothing written.\n{result.text}")
    if out is not None:
        write_graph(graph, out)
    return graph, report


def cli_build(args) -> int:
    """``chainkg build``: build, validate and write the graph; exit 1 if any article failed."""
    paths = args.paths or [ARTICLES_DIR]
    _, report = build_corpus(
        paths, args.out, cache_dir=None if args.no_cache else args.cache,
        progress=not args.quiet,
    )
    if not args.quiet:
        print(report.summary())
    return 1 if report.failed else 0
