"""HTML documentation of the ontology, generated from its Turtle.

One self-contained page (inline CSS, no scripts, nothing fetched): the ontology's
metadata, the class hierarchy, then every class and property with its Chinese and
English labels, definitions, domain and range, and its alignments to W3C ORG,
schema.org, PROV-O and SKOS. Every text is HTML-escaped; the output is deterministic.

    python -m chainkg.ontodoc ontology/chainkg.ttl graphs/ontology.html

>>> from rdflib import Graph
>>> g = Graph().parse(data='''
... @prefix owl: <http://www.w3.org/2002/07/owl#> .
... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
... <https://w3id.org/chainkg/ontology#Park> a owl:Class ;
...     rdfs:label "园区"@zh, "park <zone>"@en .''', format="turtle")
>>> page = ontology_html(g)
>>> "园区" in page and "park &lt;zone&gt;" in page and "<zone>" not in page
True
"""

from __future__ import annotations

import argparse
import html
import sys
from collections.abc import Iterable
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

__all__ = ["main", "ontology_html", "write_ontology_html"]

CKG_NS = "https://w3id.org/chainkg/ontology#"
KNOWN_PREFIXES = {
    CKG_NS: "ckg:",
    "http://www.w3.org/ns/org#": "org:",
    "https://schema.org/": "schema:",
    "http://www.w3.org/ns/prov#": "prov:",
    "http://www.w3.org/2004/02/skos/core#": "skos:",
    "http://www.w3.org/2001/XMLSchema#": "xsd:",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
    "http://www.w3.org/2002/07/owl#": "owl:",
    "http://purl.org/dc/terms/": "dcterms:",
}
CHARACTERISTICS = (OWL.SymmetricProperty, OWL.TransitiveProperty, OWL.FunctionalProperty,
                   OWL.InverseFunctionalProperty)

CSS = """
body { font-family: "Noto Sans CJK SC", "Noto Sans", sans-serif; max-width: 60rem;
       margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #222; }
h1 { font-size: 1.6rem; } h2 { border-bottom: 1px solid #ccc; margin-top: 2.5rem; }
.term { border: 1px solid #ddd; border-radius: 4px; padding: 0.6rem 1rem; margin: 1rem 0; }
.term h3 { margin: 0 0 0.3rem; font-size: 1.1rem; }
.iri, code { font-family: monospace; font-size: 0.9em; color: #555; }
dl { display: grid; grid-template-columns: 9rem 1fr; gap: 0.2rem 0.8rem; margin: 0.4rem 0; }
dt { font-weight: bold; color: #444; } dd { margin: 0; }
ul.tree, ul.tree ul { list-style: none; padding-left: 1.2rem; }
.external { color: #666; }
"""


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _short(node: object) -> str:
    text = str(node)
    for base, prefix in KNOWN_PREFIXES.items():
        if text.startswith(base):
            return prefix + text[len(base):]
    return text


def _local(node: URIRef) -> str:
    return str(node)[len(CKG_NS):] if str(node).startswith(CKG_NS) else _short(node)


def _text(graph: Graph, node, prop, lang: str) -> str:
    values = sorted(str(v) for v in graph.objects(node, prop)
                    if isinstance(v, Literal) and v.language == lang)
    return "; ".join(values)


def _ref(graph: Graph, node) -> str:
    """A term as HTML: a link for ours, a prefixed name for others, ∪ for unions."""
    if isinstance(node, BNode):
        members = graph.value(node, OWL.unionOf)
        if members is not None:
            return " ∪ ".join(_ref(graph, m) for m in Collection(graph, members))
        return "(anonymous)"
    if str(node).startswith(CKG_NS):
        name = _local(node)
        return f'<a href="#{_esc(name)}"><code>ckg:{_esc(name)}</code></a>'
    return f'<code class="external">{_esc(_short(node))}</code>'


def _terms(graph: Graph, kind: URIRef) -> list[URIRef]:
    return sorted((t for t in graph.subjects(RDF.type, kind)
                   if isinstance(t, URIRef) and str(t).startswith(CKG_NS)), key=_local)


def _refs(graph: Graph, nodes: Iterable) -> str:
    return ", ".join(_ref(graph, n) for n in sorted(nodes, key=lambda n: (
        not str(n).startswith(CKG_NS), _short(n))))


def _term_block(graph: Graph, term: URIRef, rows: list[tuple[str, str]]) -> str:
    name = _local(term)
    zh, en = _text(graph, term, RDFS.label, "zh"), _text(graph, term, RDFS.label, "en")
    parts = [f'<div class="term" id="{_esc(name)}">',
             f"<h3>{_esc(name)} · {_esc(zh)} · {_esc(en)}</h3>",
             f'<div class="iri">{_esc(term)}</div><dl>']
    for label, lang in (("Definition", "en"), ("定义", "zh")):
        if text := _text(graph, term, SKOS.definition, lang):
            parts.append(f"<dt>{label}</dt><dd>{_esc(text)}</dd>")
    if comment := _text(graph, term, RDFS.comment, "en"):
        parts.append(f"<dt>Note</dt><dd>{_esc(comment)}</dd>")
    parts += [f"<dt>{_esc(k)}</dt><dd>{v}</dd>" for k, v in rows if v]
    parts.append("</dl></div>")
    return "\n".join(parts)


def _class_tree(graph: Graph, classes: list[URIRef]) -> str:
    ours = set(classes)
    children: dict[URIRef, list[URIRef]] = {c: [] for c in classes}
    roots = []
    for cls in classes:
        parents = [p for p in graph.objects(cls, RDFS.subClassOf) if p in ours]
        for parent in parents:
            children[parent].append(cls)
        if not parents:
            roots.append(cls)

    def render(cls: URIRef) -> str:
        below = "".join(render(c) for c in sorted(children[cls], key=_local))
        zh = _esc(_text(graph, cls, RDFS.label, "zh"))
        return (f"<li>{_ref(graph, cls)} {zh}" + (f"<ul>{below}</ul>" if below else "")
                + "</li>")

    return '<ul class="tree">' + "".join(render(r) for r in roots) + "</ul>"


def ontology_html(graph: Graph) -> str:
    """The documentation page of the ontology in ``graph``."""
    onto = next(iter(sorted(graph.subjects(RDF.type, OWL.Ontology), key=str)), None)
    title = (_text(graph, onto, DCTERMS.title, "en") if onto else "") or "Ontology"
    classes = _terms(graph, OWL.Class)
    object_props = _terms(graph, OWL.ObjectProperty)
    data_props = _terms(graph, OWL.DatatypeProperty)
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{_esc(title)}</title><style>{CSS}</style></head><body>",
           f"<h1>{_esc(title)}</h1>"]
    if onto is not None:
        out.append("<dl>")
        out.append(f"<dt>IRI</dt><dd><code>{_esc(onto)}</code></dd>")
        for label, prop in (("Version", OWL.versionInfo), ("Version IRI", OWL.versionIRI)):
            if (value := graph.value(onto, prop)) is not None:
                out.append(f"<dt>{label}</dt><dd>{_esc(value)}</dd>")
        if zh_title := _text(graph, onto, DCTERMS.title, "zh"):
            out.append(f"<dt>标题</dt><dd>{_esc(zh_title)}</dd>")
        if description := _text(graph, onto, DCTERMS.description, "en"):
            out.append(f"<dt>Description</dt><dd>{_esc(description)}</dd>")
        out.append("</dl>")
    out.append(f"<p>{len(classes)} classes, {len(object_props)} object properties, "
               f"{len(data_props)} datatype properties.</p>")
    out += ["<h2>Class hierarchy</h2>", _class_tree(graph, classes), "<h2>Classes</h2>"]
    for cls in classes:
        out.append(_term_block(graph, cls, [
            ("Subclass of", _refs(graph, graph.objects(cls, RDFS.subClassOf))),
            ("Subclasses", _refs(graph, graph.subjects(RDFS.subClassOf, cls))),
            ("Disjoint with", _refs(graph, graph.objects(cls, OWL.disjointWith))),
        ]))
    for heading, props in (("Object properties", object_props),
                           ("Datatype properties", data_props)):
        out.append(f"<h2>{heading}</h2>")
        for prop in props:
            kinds = [_short(k) for k in CHARACTERISTICS if (prop, RDF.type, k) in graph]
            out.append(_term_block(graph, prop, [
                ("Domain", _refs(graph, graph.objects(prop, RDFS.domain))),
                ("Range", _refs(graph, graph.objects(prop, RDFS.range))),
                ("Subproperty of", _refs(graph, graph.objects(prop, RDFS.subPropertyOf))),
                ("Characteristics", _esc(", ".join(kinds))),
            ]))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def write_ontology_html(source: Path, out: Path) -> Path:
    """Read the Turtle at ``source`` and write its documentation page to ``out``."""
    graph = Graph().parse(source, format="turtle")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(ontology_html(graph), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m chainkg.ontodoc ONTOLOGY.ttl OUT.html``."""
    parser = argparse.ArgumentParser(prog="python -m chainkg.ontodoc",
                                     description="Write HTML documentation of the ontology.")
    parser.add_argument("source", type=Path, help="the ontology (Turtle)")
    parser.add_argument("out", type=Path, help="the HTML file to write")
    args = parser.parse_args(argv)
    if not args.source.is_file():
        print(f"chainkg: {args.source}: no such file", file=sys.stderr)
        return 1
    write_ontology_html(args.source, args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
