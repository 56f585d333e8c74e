"""Files that are not Chinese news articles: each is refused with an InputError that
names the file and the problem, and the near misses (GBK, broken HTML) are read."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainkg.errors import InputError
from chainkg.text import MAX_ARTICLE_BYTES, read_article

FIXTURES = Path(__file__).parent / "fixtures" / "input"
ARTICLE = "唐山高新区聚集机器人企业150余家，产业规模占全省一半以上。\n"


def refused(path: Path) -> str:
    """The problem read_article reports for ``path``; fails if it reads the file."""
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert caught.value.path == str(path)
    assert str(caught.value).startswith(f"{path}: ")
    return caught.value.problem


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert refused(path) == "empty file"


def test_a_file_of_blank_lines_is_empty_too(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("\n  \n\u3000\n", encoding="utf-8")
    assert refused(path) == "empty file"


def test_a_binary_file_is_refused(tmp_path):
    path = tmp_path / "data.txt"
    path.write_bytes(bytes(range(256)) * 4)
    assert "binary file" in refused(path)


def test_a_pdf_is_refused_as_a_pdf(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n")
    assert "PDF" in refused(path)


def test_english_only_text_is_refused(tmp_path):
    assert "no Chinese text" in refused(FIXTURES / "english.txt")


def test_a_file_above_the_size_limit_is_refused_with_size_and_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # 50 MB, sparse: only the first bytes are written
        handle.write(ARTICLE.encode("utf-8"))
        handle.truncate(50 * 1024 * 1024)
    problem = refused(path)
    assert "too large" in problem and "50.0 MB" in problem and "5 MB" in problem


def test_a_file_just_under_the_limit_is_read(tmp_path):
    path = tmp_path / "long.txt"
    line = ARTICLE.encode("utf-8")
    path.write_bytes(line * (MAX_ARTICLE_BYTES // len(line)))
    assert read_article(path).text.startswith("唐山高新区")


def test_gbk_text_is_decoded(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(ARTICLE.encode("gbk"))
    assert read_article(path).text == ARTICLE


def test_gb18030_text_is_decoded(tmp_path):
    path = tmp_path / "gb18030.txt"
    text = "𠀀字与" + ARTICLE  # a character outside GBK
    path.write_bytes(text.encode("gb18030"))
    assert read_article(path).text == text


def test_bytes_that_are_neither_utf8_nor_gb18030_are_refused(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café crème, à la carte\n".encode("latin-1") + b"\x80\x80")
    assert refused(path) == "cannot decode as UTF-8, GB18030 or GBK"


def test_broken_html_still_yields_its_text():
    doc = read_article(FIXTURES / "broken.html")
    assert doc.text.startswith("唐山高新区聚集机器人企业150余家")
    assert "<" not in doc.text
    assert doc.title == "唐山高新区机器人产业持续壮大"


def test_html_without_chinese_text_is_refused(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>Page not found</p><script>var x='氢能'</script>"
                    "</body></html>", encoding="utf-8")
    assert "no Chinese text" in refused(path)


def test_a_turtle_file_is_refused_as_rdf():
    assert "RDF" in refused(FIXTURES / "graph.ttl")


@pytest.mark.parametrize(("name", "content", "kind"), [
    ("graph.nt", '<https://w3id.org/chainkg/id/a> <http://www.w3.org/2000/01/rdf-schema#label>'
                 ' "唐山"@zh .\n', "N-Triples"),
    ("graph.rdf", '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
                  '22-rdf-syntax-ns#"><rdf:Description rdf:about="x"/></rdf:RDF>\n', "RDF/XML"),
    ("graph.jsonld", '{"@context": {"name": "http://schema.org/name"}, "name": "唐山"}\n',
     "JSON-LD"),
    ("query.rq", "PREFIX ckg: <https://w3id.org/chainkg/ontology#>\nSELECT * { ?s ?p ?o }\n",
     "SPARQL"),
])
def test_other_rdf_files_are_refused(tmp_path, name, content, kind):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert kind in refused(path)


def test_a_missing_file_is_an_input_error(tmp_path):
    assert "cannot read" in refused(tmp_path / "missing.txt")


def test_utf16_with_a_byte_order_mark_is_decoded(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))  # Python writes the BOM
    assert read_article(path).text == ARTICLE


def test_a_directory_is_an_input_error(tmp_path):
    assert "cannot read" in refused(tmp_path)
