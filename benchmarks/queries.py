"""Benchmark the analyst queries on synthetic graphs of the ontology's shape: figures, not a test.

For each size (default 100k and 1M triples) it writes a synthetic graph as N-Triples
(articles, companies, parks, projects, events, policies, people, with mentions,
assertions and facts as the builder writes them, over the real chains.ttl and
regions.ttl), then for every query in queries/ reports the median (p50) latency on

- the embedded Oxigraph store (``load_graph(store="oxigraph")``, the default of
  ``chainkg query``);
- rdflib's memory store (only up to ``--memory-max`` triples: it is slow at 1M);
- the Oxigraph server, through SPARQLWrapper (``chainkg.remote``),

with the load time and peak memory of each. Each store runs in its own process so
that peak memory is its own. The target: every p50 at most 100 ms at 1M triples on the
embedded store.

    .venv/bin/python benchmarks/queries.py                     # 100k and 1M
    .venv/bin/python benchmarks/queries.py --sizes 20000 --repeats 3
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from chainkg.ontology import chain_gazetteer, region_gazetteer
from chainkg.paths import ONTOLOGY_DIR
from chainkg.sparql import bindings, query_files

TARGET_MS = 100.0
CKG = "https://w3id.org/chainkg/ontology#"
ID = "https://w3id.org/chainkg/id/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
PREF = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
XSD = "http://www.w3.org/2001/XMLSchema#"

#: Parameters that name synthetic entities, so that the name lookups find something.
SYNTHETIC_PARAMS = {"parkName": "园区0", "entityName": "企业0"}


# --- the synthetic graph ----------------------------------------------------------------


def _lit(text: str, lang: str | None = "zh") -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def _typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


class _Writer:
    """Writes the N-Triples of synthetic articles and counts them."""

    def __init__(self, out, rng: random.Random) -> None:
        self.out, self.rng, self.count = out, rng, 0
        self.n, self.article, self.entities, self.assertions = 0, "", [], 0

    def add(self, s: str, p: str, o: str) -> None:
        self.out.write(f"{s} {p} {o} .\n")
        self.count += 1

    def start_article(self, n: int) -> None:
        self.n, self.entities, self.assertions = n, [], 0
        self.article = f"<https://w3id.org/chainkg/article/synthetic-{n}>"
        self.add(self.article, RDF_TYPE, _ckg("Article"))
        self.add(self.article, _ckg("title"), _lit(f"合成新闻{n}"))
        self.add(self.article, _ckg("publisher"), _lit("河北日报", None))
        self.add(self.article, _ckg("publishedOn"),
                 _typed(f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}", "date"))

    def entity(self, kind: str, slug: str, name: str) -> str:
        iri = f"<{ID}{slug}/{self.n}-{len(self.entities)}>"
        self.add(iri, RDF_TYPE, _ckg(kind))
        self.add(iri, LABEL, _lit(name))
        self.add(iri, PREF, _lit(name))
        if self.rng.random() < 0.3:
            self.add(iri, ALT, _lit(name[:2] + "简称"))
        self.entities.append(iri)
        return iri

    def provenance(self, record: str, kind: str, rule: str) -> None:
        self.add(record, RDF_TYPE, _ckg(kind))
        self.add(record, _ckg("sourceArticle"), self.article)
        self.add(record, _ckg("sentence"), _lit(f"第{self.n}篇文章的一句话。", None))
        start = self.rng.randrange(0, 4000)
        self.add(record, _ckg("startChar"), _typed(start, "nonNegativeInteger"))
        self.add(record, _ckg("endChar"), _typed(start + 20, "nonNegativeInteger"))
        self.add(record, _ckg("rule"), _lit(rule, None))

    def relate(self, s: str, p: str, o: str) -> None:
        self.add(s, _ckg(p), o)
        record = f"<https://w3id.org/chainkg/prov/synthetic-{self.n}/assertion/{self.count}>"
        self.add(record, f"<{RDF}subject>", s)
        self.add(record, f"<{RDF}predicate>", _ckg(p))
        self.add(record, f"<{RDF}object>", o)
        self.provenance(record, "Assertion", f"relation:{p}")
        self.assertions += 1
        if self.rng.random() < 0.2:  # stated again in another sentence
            again = record[:-1] + "-again>"
            self.add(again, f"<{RDF}subject>", s)
            self.add(again, f"<{RDF}predicate>", _ckg(p))
            self.add(again, f"<{RDF}object>", o)
            self.provenance(again, "Assertion", f"relation:{p}")
            self.assertions += 1

    def end_article(self, entities: int, facts: int) -> None:
        """The per-article counts the builder writes (ckg:entityCount …)."""
        for term, value in (("entityCount", entities), ("relationCount", self.assertions),
                            ("factCount", facts)):
            self.add(self.article, _ckg(term), _typed(value, "nonNegativeInteger"))


def _ckg(local: str) -> str:
    return f"<{CKG}{local}>"


def generate(path: Path, triples: int, seed: int = 7) -> int:
    """Write a synthetic graph of about ``triples`` triples; returns the exact count.

    Each article brings a park, its managing body, five companies placed in random
    segments and regions, an event, a signed project, a person, a policy, sometimes a
    cluster, and the mentions (one to five per entity, and of places), assertions (one
    per relation, a fifth stated twice) and twelve facts the builder would write for
    them: about 1,500 triples an article, near the built seed article's shape.
    """
    rng = random.Random(seed)
    segments = [(c.iri, s.iri) for c in chain_gazetteer() for s in c.segments]
    places = [r.iri for r in region_gazetteer() if r.level in ("city", "county", "functional")]
    with path.open("w", encoding="utf-8") as out:
        w = _Writer(out, rng)
        n = 0
        while w.count < triples:
            w.start_article(n)
            chain, segment = rng.choice(segments)
            park = w.entity("Park", "park", f"园区{n}")
            w.relate(park, "locatedIn", f"<{rng.choice(places)}>")
            w.relate(park, "inChain", f"<{chain}>")
            body = w.entity("GovernmentBody", "government-body", f"管委会{n}")
            w.relate(park, "managedBy", body)
            firms = [w.entity("Company", "company", f"企业{n * 5 + i}") for i in range(5)]
            for i, firm in enumerate(firms):
                chain, segment = rng.choice(segments)
                w.relate(firm, "inChain", f"<{chain}>")
                w.relate(firm, "inSegment", f"<{segment}>")
                if i == 0 or rng.random() < 0.5:  # the park has a tenant to look up
                    w.relate(firm, "settledIn", park)
                else:
                    w.relate(firm, "locatedIn", f"<{rng.choice(places)}>")
            w.relate(firms[1], "branchOf", firms[0])
            w.relate(firms[1], "relocatedFrom", "<https://w3id.org/chainkg/region/110000>")
            w.relate(firms[2], "cooperatesWith", firms[3])
            event = w.entity("Event", "event", f"活动{n}")
            w.relate(event, "locatedIn", f"<{rng.choice(places)}>")
            project = w.entity("Project", "project", f"项目{n}")
            w.relate(project, "signedAt", event)
            w.relate(project, "involves", firms[4])
            person = w.entity("Person", "person", f"人物{n}")
            w.relate(person, "worksFor", firms[0])
            policy = w.entity("Policy", "policy", f"政策{n}")
            w.relate(policy, "issuedBy", body)
            w.relate(policy, "coversChain", f"<{chain}>")
            if n % 10 == 0:
                cluster = w.entity("Cluster", "cluster", f"集群{n}")
                w.relate(cluster, "locatedIn", f"<{rng.choice(places)}>")
            # Real articles mention each name about three times, and regions and chains
            # too (the built seed article: 124 mentions, 59 assertions, 14 facts).
            denoted = w.entities + [f"<{rng.choice(places)}>" for _ in range(8)]
            m = 0
            for i, iri in enumerate(denoted):
                for _ in range(rng.randint(1, 5)):
                    record = f"<https://w3id.org/chainkg/prov/synthetic-{n}/mention/{m}>"
                    w.add(record, _ckg("denotes"), iri)
                    w.add(record, _ckg("surfaceForm"), _lit(f"名称{i}", None))
                    w.provenance(record, "Mention", "suffix")
                    m += 1
            for i in range(12):
                about = (event, project, park, *firms)[i % 8]
                invest = i % 2 == 0
                record = f"<https://w3id.org/chainkg/prov/synthetic-{n}/fact/{i}>"
                w.add(record, _ckg("factAbout"), about)
                w.add(record, _ckg("metric"), _lit("意向投资额" if invest else "员工人数"))
                w.add(record, _ckg("value"), _typed(rng.randrange(1, 10**9), "decimal"))
                w.add(record, _ckg("unit"), _lit("元" if invest else "人", None))
                w.add(record, _ckg("qualifier"), _lit(rng.choice("=>~"), None))
                w.add(record, _ckg("valueText"), _lit(f"{i}亿元", None))
                w.add(record, _ckg("factDate"), _lit(f"2024-{1 + n % 12:02d}", None))
                w.provenance(record, "Fact", "fact:amount")
            w.end_article(len(set(denoted)), 12)
            n += 1
        return w.count


# --- measuring --------------------------------------------------------------------------


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _time_queries(source, repeats: int, **remote) -> dict[str, float]:
    from chainkg.sparql import run_query

    timings = {}
    for query in query_files():
        params = {k: v for k, v in SYNTHETIC_PARAMS.items() if k in bindings(query)}
        run_query(query, source, params, **remote)  # warm up
        samples = []
        for _ in range(repeats):
            started = time.perf_counter()
            run_query(query, source, params, **remote)
            samples.append((time.perf_counter() - started) * 1000)
        timings[query.name] = statistics.median(samples)
    return timings


def _embedded(path: str, store: str, repeats: int, queue) -> None:
    from chainkg.store import load_graph

    started = time.perf_counter()
    graph = load_graph(path, store=store)
    load = time.perf_counter() - started
    queue.put({"load_s": load, "triples": len(graph),
               "p50_ms": _time_queries(graph, repeats), "peak_mb": _peak_mb()})


def _server(path: str, repeats: int, queue) -> None:
    from chainkg.remote import Endpoint, graph_store_put
    from chainkg.server import running_oxigraph

    reference = b"".join(_as_ntriples(ONTOLOGY_DIR / name) for name in
                         ("chains.ttl", "regions.ttl"))
    with running_oxigraph() as server:
        endpoint = Endpoint(server.query_url, server.update_url, server.store_url,
                            timeout=600)
        started = time.perf_counter()
        graph_store_put(endpoint, None, Path(path).read_bytes() + reference)
        load = time.perf_counter() - started
        p50 = _time_queries(server.query_url, repeats, auth=None)
        status = Path(f"/proc/{server.process.pid}/status").read_text()
        peak = next(int(line.split()[1]) for line in status.splitlines()
                    if line.startswith("VmHWM")) / 1024
    queue.put({"load_s": load, "p50_ms": p50, "peak_mb": peak})


def _as_ntriples(path: Path) -> bytes:
    import pyoxigraph

    quads = pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    return pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_TRIPLES)


def _in_process(target, *args) -> dict:
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    process = context.Process(target=target, args=(*args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


# --- report -----------------------------------------------------------------------------


def _report(size: int, results: dict[str, dict]) -> list[str]:
    names = [q.name for q in query_files()]
    stores = list(results)
    print(f"\n## {size:,} triples (synthetic) + reference data\n")
    print("| store | load (s) | peak memory (MB) |\n|---|---:|---:|")
    for store in stores:
        r = results[store]
        print(f"| {store} | {r['load_s']:.1f} | {r['peak_mb']:.0f} |")
    header = " | ".join(f"{s} p50 (ms)" for s in stores)
    ratio = "oxigraph" in results and "memory" in results
    print(f"\n| query | {header} |" + (" memory / oxigraph |" if ratio else ""))
    print("|---|" + "---:|" * (len(stores) + ratio))
    failures = []
    for name in names:
        cells = " | ".join(f"{results[s]['p50_ms'][name]:.1f}" for s in stores)
        extra = ""
        if ratio:
            times = results["memory"]["p50_ms"][name], results["oxigraph"]["p50_ms"][name]
            extra = f" {times[0] / times[1]:.0f}x |"
        print(f"| {name} | {cells} |{extra}")
        if "oxigraph" in results and results["oxigraph"]["p50_ms"][name] > TARGET_MS:
            failures.append(f"{name}: {results['oxigraph']['p50_ms'][name]:.0f} ms at {size:,}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per query")
    parser.add_argument("--memory-max", type=int, default=200_000,
                        help="largest size to run on rdflib's memory store")
    parser.add_argument("--memory-repeats", type=int, default=1,
                        help="timed runs per query on rdflib's memory store (it is slow)")
    parser.add_argument("--no-server", action="store_true", help="skip the Oxigraph server")
    args = parser.parse_args(argv)
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="chainkg-bench-") as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"synthetic-{size}.nt"
            started = time.perf_counter()
            written = generate(path, size)
            print(f"\ngenerated {written:,} triples in {time.perf_counter() - started:.1f} s "
                  f"({path.stat().st_size / 1e6:.0f} MB)", file=sys.stderr)
            results = {"oxigraph": _in_process(_embedded, str(path), "oxigraph", args.repeats)}
            if size <= args.memory_max:
                results["memory"] = _in_process(_embedded, str(path), "memory",
                                                args.memory_repeats)
            if not args.no_server:
                results["oxigraph server"] = _in_process(_server, str(path), args.repeats)
            failures += _report(size, results)
    if 1_000_000 in args.sizes or not failures:
        print("\ntarget (every p50 <= 100 ms on the embedded store): "
              + ("met" if not failures else "missed by " + "; ".join(failures)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
