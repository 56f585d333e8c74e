"""Benchmark SHACL validation: chainkg.shapecheck (Python, Oxigraph) and pyshacl, µs per triple.

    .venv/bin/python benchmarks/validate.py                    # 256 articles, batches of 64
    .venv/bin/python benchmarks/validate.py --articles 1024 --profile

The articles are generated as in benchmarks/build.py (the dev articles' sentences
recombined), extracted with chainkg.pipeline.extract and turned into N-Triples lines
with chainkg.rdf.extraction_triples, the way the builder has them. shapecheck runs on
batches of ``--batch`` articles (the builder calls it per batch in worker processes):
``check_triples`` (the shapes evaluated in Python, the SPARQL constraints on a small
Oxigraph store) on the (s, p, o) terms, and ``check_store(load_store(lines))`` (every
shape as SPARQL, each batch loaded into a fresh store beside the ontology and reference
data) on the lines; the two must give the same results. pyshacl
(chainkg.validate.validate_graph) runs on ``--pyshacl`` single articles. Both figures
are per triple of the data, reference data excluded; the time to extract is printed
beside them for scale. Figures, not a test: the machine is shared and noisy, so each
batch is timed ``--repeats`` times and the fastest run counts.
Target (issue 3): at most 3 µs per triple on one core (11 M triples in 33 core-seconds).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import sys
import time
from collections import Counter
from pathlib import Path

TARGET_US = 3.0


def _generate_corpus(n: int) -> list[str]:
    """benchmarks/build.py's generator (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "benchmark_build", Path(__file__).with_name("build.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate_corpus(n)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=256)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--pyshacl", type=int, default=3, help="articles pyshacl validates")
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--profile", action="store_true", help="time per shape and query kind")
    a = ap.parse_args(argv)

    from rdflib import Graph

    from chainkg.pipeline import extract
    from chainkg.rdf import extraction_triples
    from chainkg.shapecheck import check_store, check_triples, load_store
    from chainkg.text import parse_text
    from chainkg.validate import validate_graph

    corpus = _generate_corpus(a.articles)
    extract(parse_text(corpus[0], "warm-up"))  # dictionaries and gazetteers, once
    started = time.perf_counter()
    articles, failures = [], 0
    for i, text in enumerate(corpus):
        digest = hashlib.sha256(text.encode()).hexdigest()
        try:
            ex = extract(parse_text(text, f"bench-{i:05d}", content_hash=digest))
        except Exception:  # an extraction bug is not what this measures
            failures += 1
            continue
        articles.append(list(extraction_triples(ex)))
    t_extract = time.perf_counter() - started
    if failures:
        print(f"left out {failures} articles whose extraction failed")
    triples_total = sum(map(len, articles))
    print(f"corpus: {len(articles)} articles, {triples_total:,} triples "
          f"({triples_total / len(articles):,.0f} per article); extraction "
          f"{t_extract / triples_total * 1e6:.1f} µs per triple")

    check_triples(articles[0])  # read the shapes and the reference data, once
    check_store(load_store(f"{s} {p} {o} ." for s, p, o in articles[0]))
    t_python = t_load = t_check = 0.0
    timings: dict[str, float] = {}
    reported: Counter = Counter()
    for start in range(0, len(articles), a.batch):
        triples = [t for article in articles[start:start + a.batch] for t in article]
        lines = [f"{s} {p} {o} ." for s, p, o in triples]
        best_python = best_load = best_check = float("inf")
        for _ in range(a.repeats):
            t0 = time.perf_counter()
            results = check_triples(triples)
            t1 = time.perf_counter()
            store = load_store(lines)
            t2 = time.perf_counter()
            theirs = check_store(store, timings=timings if _ == 0 else None)
            t3 = time.perf_counter()
            best_python = min(best_python, t1 - t0)
            best_load, best_check = min(best_load, t2 - t1), min(best_check, t3 - t2)
        if results != theirs:
            print(f"  batch at {start}: the engines differ: {set(results) ^ set(theirs)}")
        t_python, t_load, t_check = t_python + best_python, t_load + best_load, t_check + best_check
        reported.update(f"{r.shape.rsplit('#', 1)[-1]} {r.component} {r.path}" for r in results)
    ours = t_python / triples_total * 1e6
    oxigraph = (t_load + t_check) / triples_total * 1e6
    print(f"shapecheck.check_triples, batches of {a.batch}: {ours:.2f} µs per triple; "
          f"target <= {TARGET_US:.0f}: {'met' if ours <= TARGET_US else 'NOT met'}")
    print(f"  11 M triples would take {ours * 11:.0f} core-seconds")
    print(f"shapecheck.check_store (Oxigraph), batches of {a.batch}: {oxigraph:.2f} µs per "
          f"triple (load {t_load / triples_total * 1e6:.2f}, queries "
          f"{t_check / triples_total * 1e6:.2f}); check_triples is {oxigraph / ours:.1f}x faster")
    # entities several articles name differently carry several labels until the
    # builder merges them (rdf.write_turtle keeps one): batches of raw lines show them
    for what, n in reported.most_common(5):
        print(f"  reported in the batches: {n} x {what}")

    sample = articles[:a.pyshacl]
    sample_triples = sum(map(len, sample))
    t_pyshacl = 0.0
    for article in sample:
        graph = Graph().parse(data="\n".join(f"{s} {p} {o} ." for s, p, o in article),
                              format="nt")
        t0 = time.perf_counter()
        validate_graph(graph)
        t_pyshacl += time.perf_counter() - t0
    theirs = t_pyshacl / sample_triples * 1e6
    print(f"pyshacl, {len(sample)} single articles: {theirs:,.0f} µs per triple "
          f"({t_pyshacl / len(sample):.2f} s per article)")
    print(f"ratio pyshacl / check_triples: {theirs / ours:,.0f}x")

    if a.profile:
        total = sum(timings.values())
        print("where check_store's query time goes (first run of each batch):")
        for key, seconds in sorted(timings.items(), key=lambda kv: -kv[1])[:15]:
            print(f"  {seconds / total:6.1%}  {seconds / triples_total * 1e6:5.2f} µs/triple  "
                  f"{key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
