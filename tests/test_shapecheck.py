"""chainkg.shapecheck gives the same results as pyshacl, on the shapes in ontology/shapes.ttl.

chainkg.shapecheck has two engines: ``check_triples`` (the shapes evaluated in Python
per subject, the SPARQL constraints on a small Oxigraph store; what the builder and
``check_lines`` run) and ``check_store(load_store(lines))`` (every shape compiled to
SPARQL on Oxigraph). Each comparison asserts that the two give equal result lists
(shape, focus, severity, component, path, value and message), then counts the results
by (focus node, named source shape, severity, constraint component) and asserts the
counts equal pyshacl's, and that all agree on ``conforms``. The graphs compared:

- the example of tests/test_shapes.py and each of its breaks (one per named shape),
  beside the ontology only, as test_shapes.py validates them;
- the dev articles as the builder writes them, beside the ontology and reference data;
- a dev article with fifteen mutations (below), each one named with the shape that
  must report it: each mutated graph beside the ontology alone, and all mutations
  together beside the ontology and reference data (pyshacl takes about a second per
  article with the reference data, a third of that without).
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, SH

from chainkg.errors import ValidationError
from chainkg.ontology import ontology_and_reference_graph, ontology_graph, shapes_graph
from chainkg.shapecheck import (
    ShapeResult,
    check_lines,
    check_store,
    check_triples,
    compile_shapes,
    load_store,
    plan_shapes,
    triples_of,
)
from chainkg.validate import _named_shape

sys.path.insert(0, str(Path(__file__).parent))
from test_shapes import BREAKS, PREFIXES, _example  # the shape pairs

DEV = Path(__file__).parent / "fixtures" / "dev"
SEED = DEV / "seed-hebei-daily-2024-02-24.txt"
MUTATED = DEV / "dev-machine-tools.txt"  # the smallest dev article: pyshacl's time is per triple
SHAPES = "https://w3id.org/chainkg/shapes#"
SEVERITY = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}


def pyshacl_results(data: Graph, base: Graph) -> tuple[bool, Counter]:
    """pyshacl on ``data`` merged with ``base``, as chainkg.validate runs it."""
    import pyshacl

    merged = Graph()
    for part in (base, data):
        for triple in part:
            merged.add(triple)
    conforms, report, _ = pyshacl.validate(
        merged, shacl_graph=shapes_graph(), inference="none", inplace=True,
        allow_warnings=True)
    found = Counter()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        component = str(report.value(result, SH.sourceConstraintComponent))
        found[(report.value(result, SH.focusNode).n3(),
               str(_named_shape(report.value(result, SH.sourceShape))),
               SEVERITY[report.value(result, SH.resultSeverity)],
               component[len(str(SH)):])] += 1
    return bool(conforms), found


def shapecheck_results(data: Graph, *, with_reference: bool = True) -> tuple[bool, Counter]:
    """chainkg.shapecheck on the same data (N-Triples lines, as the builder has them).

    Both engines; they must give equal results.
    """
    lines = data.serialize(format="nt").splitlines()
    if not with_reference:
        lines += ontology_graph().serialize(format="nt").splitlines()
    results = check_store(load_store(lines, reference=with_reference))
    assert check_triples(triples_of(lines), reference=with_reference) == results
    return (not any(r.severity == "Violation" for r in results),
            Counter((r.focus, r.shape, r.severity, r.component) for r in results))


def assert_same_results(data: Graph, *, with_reference: bool = True) -> Counter:
    base = ontology_and_reference_graph() if with_reference else ontology_graph()
    theirs = pyshacl_results(data, base)
    ours = shapecheck_results(data, with_reference=with_reference)
    assert ours[0] == theirs[0], "conforms differs"
    assert ours[1] == theirs[1], (f"only pyshacl: {theirs[1] - ours[1]}; "
                                  f"only shapecheck: {ours[1] - theirs[1]}")
    return ours[1]


# --- the shape pairs of test_shapes.py ---------------------------------------------------


def test_the_example_gives_no_results_in_both():
    assert assert_same_results(_example(), with_reference=False) == Counter()


@pytest.mark.parametrize("shape", sorted(BREAKS))
def test_a_break_gives_the_same_results_as_pyshacl(shape):
    graph = _example()
    graph.update(PREFIXES + BREAKS[shape][1])
    found = assert_same_results(graph, with_reference=False)
    assert SHAPES + shape in {key[1] for key in found}


# --- what the builder writes ---------------------------------------------------------------


@cache
def _article_lines(path: Path) -> tuple[str, ...]:
    from chainkg.pipeline import extract_path
    from chainkg.rdf import extraction_lines

    return tuple(extraction_lines(extract_path(path)))


def _graph(lines) -> Graph:
    return Graph().parse(data="\n".join(lines), format="nt")


@pytest.mark.slow
def test_the_dev_articles_give_the_same_results_as_pyshacl():
    lines = [line for path in sorted(DEV.glob("*.txt")) for line in _article_lines(path)]
    assert len(lines) > 10_000
    assert_same_results(_graph(lines))  # together: an entity may carry two articles' labels
    for path in sorted(DEV.glob("*.txt")):
        assert check_lines(_article_lines(path)).conforms, path.name


def _one(kind: str, n: int = 0, var: str = "x", extra: str = "") -> str:
    """A subselect binding ``?var`` to the n-th node of class ``kind`` (IRI order)."""
    return (f"{{ SELECT ?{var} WHERE {{ ?{var} a ckg:{kind} . {extra} }} "
            f"ORDER BY ?{var} OFFSET {n} LIMIT 1 }}")


_ONE_WAY = "FILTER NOT EXISTS { ?x rdf:predicate ckg:cooperatesWith }"  # not symmetric

#: what is wrong -> (the shape that reports it, the update that makes it wrong)
MUTATIONS = {
    "a mention that denotes nothing": (
        "MentionShape", f"DELETE {{ ?x ckg:denotes ?e }} WHERE {{ {_one('Mention', 0)} "
                        "?x ckg:denotes ?e }"),
    "an empty surface form": (
        "MentionShape", f"DELETE {{ ?x ckg:surfaceForm ?s }} INSERT {{ ?x ckg:surfaceForm '' }} "
                        f"WHERE {{ {_one('Mention', 1)} ?x ckg:surfaceForm ?s }}"),
    "a company with two Chinese labels": (
        "EntityShape", f"INSERT {{ ?x rdfs:label '另一家公司'@zh }} WHERE {{ {_one('Company')} }}"),
    "a park named in English only": (
        "EntityShape", f"DELETE {{ ?x rdfs:label ?l }} INSERT {{ ?x rdfs:label 'A park'@en }} "
                       f"WHERE {{ {_one('Park')} ?x rdfs:label ?l }}"),
    "two preferred labels in Chinese": (
        "EntityShape", f"INSERT {{ ?x skos:prefLabel '别名'@zh }} WHERE {{ {_one('Person')} }}"),
    "an entity count typed xsd:integer": (
        "ArticleShape", "DELETE { ?a ckg:entityCount ?n } INSERT { ?a ckg:entityCount 52 } "
                        "WHERE { ?a ckg:entityCount ?n }"),
    "a publication date that does not exist": (
        "ArticleShape", "DELETE { ?a ckg:publishedOn ?d } "
                        "INSERT { ?a ckg:publishedOn '2024-02-30'^^xsd:date } "
                        "WHERE { ?a ckg:publishedOn ?d }"),
    "located in a company": (
        "LocatedInShape", f"INSERT {{ ?x ckg:locatedIn ?y }} WHERE {{ {_one('Park')} "
                          f"{_one('Company', 1, 'y')} }}"),
    "a stated cooperation with no assertion": (
        "AssertedRelationShape", f"INSERT {{ ?x ckg:cooperatesWith ?y }} WHERE {{ "
                                 f"{_one('Company', 2)} {_one('Company', 3, 'y')} }}"),
    "an assertion whose triple is not stated": (
        "ReifiedTripleShape", "DELETE { ?s ?p ?o } WHERE { "
                              f"{_one('Assertion', 2, 'x', _ONE_WAY)} "
                              "?x rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }"),
    "an assertion of rdfs:label": (
        "AssertionShape", "DELETE { ?x rdf:predicate ?p } INSERT { ?x rdf:predicate rdfs:label }"
                          f" WHERE {{ {_one('Assertion', 5)} ?x rdf:predicate ?p }}"),
    "a span that starts after it ends": (
        "ProvenanceShape", f"DELETE {{ ?x ckg:startChar ?s }} INSERT {{ ?x ckg:startChar ?late }} "
                           f"WHERE {{ {_one('Fact', 0)} ?x ckg:startChar ?s ; ckg:endChar ?e "
                           "BIND (STRDT(STR(?e + 5), xsd:nonNegativeInteger) AS ?late) }"),
    "a negative offset": (
        "ProvenanceShape", f"DELETE {{ ?x ckg:endChar ?e }} "
                           "INSERT { ?x ckg:endChar '-3'^^xsd:nonNegativeInteger } "
                           f"WHERE {{ {_one('Mention', 7)} ?x ckg:endChar ?e }}"),
    "a mention read from a company": (
        "ProvenanceShape", "DELETE { ?x ckg:sourceArticle ?a } INSERT { ?x ckg:sourceArticle ?c }"
                           f" WHERE {{ {_one('Mention', 9)} {_one('Company', 0, 'c')} "
                           "?x ckg:sourceArticle ?a }"),
    "a fact dated in words": (
        "FactShape", f"DELETE {{ ?x ckg:factDate ?d }} INSERT {{ ?x ckg:factDate '去年春天' }} "
                     f"WHERE {{ {_one('Fact', 3)} OPTIONAL {{ ?x ckg:factDate ?d }} }}"),
}


def _mutable_graph() -> Graph:
    return _graph(_article_lines(MUTATED))


@pytest.mark.parametrize("what", sorted(MUTATIONS))
def test_a_mutation_is_reported_by_its_shape(what):
    shape, update = MUTATIONS[what]
    graph = _mutable_graph()
    graph.update(PREFIXES + update)
    lines = graph.serialize(format="nt").splitlines()
    assert set(lines) != set(_article_lines(MUTATED)), f"{what}: nothing changed"
    report = check_lines(lines)
    assert not report.conforms, f"{what}: not caught"
    assert SHAPES + shape in report.shapes, f"{what}: reported by {report.shapes}"
    # and pyshacl agrees, on the mutated graph beside the ontology alone (a third of the
    # time of the reference data; the region and chain objects are then untyped, so both
    # report those too)
    assert_same_results(graph, with_reference=False)


def test_the_mutated_article_gives_the_same_results_as_pyshacl():
    graph = _mutable_graph()
    for _shape, update in MUTATIONS.values():
        graph.update(PREFIXES + update)
    found = assert_same_results(graph)
    assert {SHAPES + shape for shape, _ in MUTATIONS.values()} <= {key[1] for key in found}


def test_the_seed_article_conforms_and_a_missing_title_is_a_warning():
    lines = _article_lines(SEED)
    assert check_lines(lines).conforms
    title = next(line for line in lines if "ontology#title>" in line)
    report = check_lines(line for line in lines if line != title)
    assert report.conforms and report.results == 1 and report.violations == 0
    assert "Warning in https://w3id.org/chainkg/shapes#ArticleShape" in report.text


# --- the API -------------------------------------------------------------------------------


def test_sparql_false_leaves_out_the_sparql_constraints():
    lines = list(_article_lines(SEED))
    company = next(line.split()[0] for line in lines if line.endswith("ontology#Company> ."))
    park = next(line.split()[0] for line in lines if line.endswith("ontology#Park> ."))
    lines.append(f"{company} <https://w3id.org/chainkg/ontology#cooperatesWith> {park} .")
    assert check_lines(lines).shapes == (SHAPES + "AssertedRelationShape",)
    assert check_lines(lines, sparql=False).conforms


def test_a_result_names_focus_path_value_and_message():
    lines = list(_article_lines(SEED))
    mention = next(line.split()[0] for line in lines if line.endswith("ontology#Mention> ."))
    lines = [line for line in lines
             if not line.startswith(f"{mention} <https://w3id.org/chainkg/ontology#surfaceForm>")]
    results = check_store(load_store(lines))
    assert results == [ShapeResult(
        shape=SHAPES + "MentionShape", focus=mention, severity="Violation",
        component="MinCountConstraintComponent",
        path="<https://w3id.org/chainkg/ontology#surfaceForm>", value=None,
        message="sh:minCount 1: 0 values")]


def test_the_text_lists_at_most_fifty_results():
    mention = "<https://w3id.org/chainkg/prov/x/mention/{}>"
    lines = [f"{mention.format(i)} <{RDF.type}> <https://w3id.org/chainkg/ontology#Mention> ."
             for i in range(10)]
    report = check_lines(lines)
    assert report.results == 70 and report.violations == 70
    assert report.text.count("focus node:") == 50
    assert "... and 20 more" in report.text


UNSUPPORTED = {
    "sh:xone": "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:xone ( [ sh:class ex:D ] ) .",
    "sh:node": "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:node ex:T .",
    "sh:targetObjectsOf": "ex:S a sh:NodeShape ; sh:targetObjectsOf ex:p ; sh:class ex:D .",
    "sh:equals": "ex:S a sh:NodeShape ; sh:targetClass ex:C ; "
                 "sh:property [ sh:path ex:p ; sh:equals ex:q ] .",
    "sh:inversePath": "ex:S a sh:NodeShape ; sh:targetClass ex:C ; "
                      "sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ] .",
    "sh:hasValue": "ex:S a sh:NodeShape ; sh:targetClass ex:C ; "
                   "sh:property [ sh:path ex:p ; sh:hasValue ex:v ] .",
}


@pytest.mark.parametrize("read", [compile_shapes, plan_shapes])
@pytest.mark.parametrize("term", sorted(UNSUPPORTED))
def test_an_unsupported_term_raises_naming_it_and_the_shape(term, read):
    shapes = Graph().parse(data="@prefix sh: <http://www.w3.org/ns/shacl#> . "
                                "@prefix ex: <http://example.org/> . " + UNSUPPORTED[term],
                           format="turtle")
    with pytest.raises(ValidationError, match=rf"http://example\.org/S: .*{term}.*supported"):
        read(shapes)


NOT_NTRIPLES = [
    "<https://w3id.org/chainkg/article/x> a <https://w3id.org/chainkg/x> .",
    '<https://w3id.org/chainkg/article/x> <https://w3id.org/chainkg/ontology#title> "'
    + "未完" * 500 + " .",  # a long literal never closed (once a regex's worst case)
]


@pytest.mark.parametrize("line", NOT_NTRIPLES)
@pytest.mark.parametrize("check", [check_lines, lambda lines: load_store(lines)])
def test_lines_that_are_not_ntriples_are_a_validation_error(check, line):
    with pytest.raises(ValidationError, match="not N-Triples"):
        check([line])


def test_the_project_shapes_compile():
    assert compile_shapes(shapes_graph())


# --- check_triples, the builder's engine ---------------------------------------------------


def test_check_triples_takes_the_builders_terms():
    from chainkg.pipeline import extract_path
    from chainkg.rdf import extraction_triples

    triples = list(extraction_triples(extract_path(MUTATED)))
    assert check_triples(triples) == []
    mention = next(s for s, _p, o in triples if o.endswith("ontology#Mention>"))
    triples.append((mention, "<https://w3id.org/chainkg/ontology#startChar>",
                    '"-1"^^<http://www.w3.org/2001/XMLSchema#integer>'))
    results = check_triples(triples)
    assert results == check_store(load_store(f"{s} {p} {o} ." for s, p, o in triples))
    assert {(r.focus, r.component) for r in results} == {
        (mention, f"{name}ConstraintComponent")
        for name in ("MaxCount", "Pattern", "MinInclusive")}


TIER = "<https://w3id.org/chainkg/chain/robots/upstream>"
TIER_RANK = "<https://w3id.org/chainkg/ontology#tierRank>"


@pytest.mark.parametrize(("rank", "conforms"), [
    ('"1"^^<http://www.w3.org/2001/XMLSchema#integer>', True),
    ('"01"^^<http://www.w3.org/2001/XMLSchema#integer>', True),  # stored as "1": sameTerm
    ('"4"^^<http://www.w3.org/2001/XMLSchema#integer>', False),
    ('"1"', False)])
def test_literals_are_compared_as_the_store_holds_them(rank, conforms):
    # a triple about a reference node: its reference triples are checked with it
    lines = [f"{TIER} {TIER_RANK} {rank} ."]
    results = check_triples(triples_of(lines))
    assert results == check_store(load_store(lines))
    assert (results == []) == conforms, results


def test_a_reference_node_is_checked_with_the_data_about_it():
    lines = ['<https://w3id.org/chainkg/region/110000> '
             '<http://www.w3.org/2000/01/rdf-schema#label> "京城"@zh .']
    results = check_triples(triples_of(lines))
    assert results == check_store(load_store(lines))
    assert [(r.shape, r.component) for r in results] == [
        (SHAPES + "EntityShape", "QualifiedMaxCountConstraintComponent")]


PREFIXES_TTL = "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> ."
#: SPARQL constraints that see different triples -> the (focus, value) each reports on
#: SPARQL_DATA: a constant predicate and class; a variable predicate bound by another
#: pattern (each triple whose predicate an ex:says names is loaded: b's ex:name is);
#: a variable predicate nothing binds (everything is loaded).
SPARQL_SHAPES = {
    "Typed": ("""ex:Typed a sh:NodeShape ; sh:targetClass ex:Thing ; sh:sparql [
        sh:message "{?value} is a thing linked to a thing" ;
        sh:select \"\"\"SELECT $this ?value WHERE {
            $this <http://example.org/link> ?value .
            ?value a <http://example.org/Thing> }\"\"\" ] .""",
              {("a", "<http://example.org/b>"), ("b", "<http://example.org/a>")}),
    "Bound": ("""ex:Bound a sh:NodeShape ; sh:targetNode ex:Thing ; sh:sparql [
        sh:select \"\"\"SELECT $this ?value WHERE {
            ?value <http://example.org/says> ?p . FILTER NOT EXISTS { ?value ?p ?o } }\"\"\" ] .""",
              {("Thing", "<http://example.org/c>")}),
    "Anything": ("""ex:Anything a sh:NodeShape ; sh:targetSubjectsOf ex:link ; sh:sparql [
        sh:select \"\"\"SELECT $this (?o AS ?value) WHERE {
            $this ?p ?o . FILTER (isLiteral(?o)) }\"\"\" ] .""",
                 {("b", '"B"'), ("c", '"x"')}),
}
SPARQL_DATA = """
@prefix ex: <http://example.org/> .
ex:a a ex:Thing ; ex:link ex:b .
ex:b a ex:Thing ; ex:says ex:name ; ex:name "B" ; ex:link ex:a .
ex:c ex:says ex:other ; ex:link "x" .
"""


@pytest.mark.parametrize("name", sorted(SPARQL_SHAPES))
def test_any_sparql_constraint_runs_on_the_triples_its_patterns_can_match(name):
    turtle, expected = SPARQL_SHAPES[name]
    shapes = Graph().parse(data=PREFIXES_TTL + turtle, format="turtle")
    lines = Graph().parse(data=SPARQL_DATA, format="turtle").serialize(format="nt").splitlines()
    results = check_triples(triples_of(lines), reference=False, plans=plan_shapes(shapes))
    assert results == check_store(load_store(lines, reference=False),
                                  queries=compile_shapes(shapes))
    assert {(r.focus[1:-1].rsplit("/", 1)[1], r.value) for r in results} == expected
    if name == "Typed":
        assert results[0].message == "http://example.org/b is a thing linked to a thing"


# --- check_triples' fast path: what passed once is not tested again ------------------------

CKG = "https://w3id.org/chainkg/ontology#"


def test_two_results_that_differ_in_having_a_path_are_sorted():
    # an untyped node that cooperates with an untyped node breaks sh:or twice: as the
    # focus (no path) and as the value (a path); None sorts before any path
    graph = Graph().parse(data=f"<urn:x:a> <{CKG}cooperatesWith> <urn:x:b> .", format="nt")
    found = assert_same_results(graph, with_reference=False)
    assert found[("<urn:x:a>", SHAPES + "CooperatesWithShape", "Violation",
                  "OrConstraintComponent")] == 2


def test_a_value_that_passed_is_checked_again_where_its_types_differ():
    # sh:class depends on the graph: the article a record names is an article in one
    # batch and nothing in the next, though the value is the same
    lines = list(_article_lines(MUTATED))
    assert check_triples(triples_of(lines)) == []
    article = next(line for line in lines if line.endswith(f"<{CKG}Article> ."))
    without = [line for line in lines if line != article]
    results = check_triples(triples_of(without))
    assert results == check_store(load_store(without))
    assert {r.component for r in results if r.shape == SHAPES + "ProvenanceShape"} == {
        "ClassConstraintComponent"}


def test_a_triple_given_twice_counts_once():
    lines = list(_article_lines(SEED))
    assert check_triples(triples_of(lines + lines[:500])) == []


def test_the_fast_path_never_passes_a_subject_with_results():
    from chainkg.shapecheck import (
        _Context,
        _evaluate,
        _grouped,
        _no_results,
        _reference,
        _reference_subclasses,
        _reference_targets,
        planned_shapes,
    )

    graph = _mutable_graph()
    for _shape, update in MUTATIONS.values():
        graph.update(PREFIXES + update)
    lines = graph.serialize(format="nt").splitlines()
    reported = {r.focus for r in check_triples(triples_of(lines))}  # fills the passed sets
    subjects = _grouped(triples_of(lines))
    targets = _reference_targets(planned_shapes())
    context = _Context(subjects, _reference().subjects, _reference_subclasses())
    passed, failed = 0, set()
    for subject, props in subjects.items():
        signature = targets.signature(props)
        results: list[ShapeResult] = []
        for plan in signature.plans:
            _evaluate(plan, subject, props, context, results)
        if signature.fast is not None and _no_results(signature.fast, subject, props, context):
            assert results == [], subject
            passed += 1
        if results:
            failed.add(subject)
    assert passed > 100
    assert len(failed) > 5 and failed == reported & subjects.keys()
