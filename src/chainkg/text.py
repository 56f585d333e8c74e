"""Read an article file into a :class:`~chainkg.model.Document`: decode, normalise, metadata.

The normalised text has exactly the length of the original, character by character:
full-width ASCII forms fold to half-width, the ideographic space to a space, and
traditional characters become simplified ones (OpenCC ``t2s``, one character at a time).

>>> doc = parse_text("來源: 河北日報  2024-02-24\\n京津冀，產業協同。", "demo")
>>> doc.norm.splitlines()[1]
'京津冀,产业协同。'
>>> doc.publisher, doc.published.isoformat()
('河北日报', '2024-02-24')
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from pathlib import Path

from chainkg.errors import InputError
from chainkg.model import Document

__all__ = [
    "MAX_ARTICLE_BYTES",
    "decode_bytes",
    "has_chinese",
    "html_to_text",
    "normalise",
    "parse_html",
    "parse_text",
    "read_article",
]

#: Articles larger than this are refused (a news article is rarely above 100 kB).
MAX_ARTICLE_BYTES = 5 * 1024 * 1024

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_BINARY_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"\x7fELF": "an executable",
}
_RDF_SIGNS = (
    (re.compile(r"^\s*(@prefix|@base|PREFIX\s|BASE\s)", re.I | re.M), "Turtle or SPARQL"),
    (re.compile(r"<rdf:RDF\b"), "RDF/XML"),
    (re.compile(r'^\s*[\[{]\s*"@(context|graph|id)"', re.S), "JSON-LD"),
    (re.compile(r"^\s*<[a-z]+:[^>\s]*>\s+<[a-z]+:[^>\s]*>\s+\S", re.I | re.M), "N-Triples"),
)
_HTML_SIGN = re.compile(r"<(!doctype\s+html|html|head|body|meta|div|p)[\s>]", re.I)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_ZH_DATE = re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日")
_SOURCE_LINE = re.compile(r"(?:来源|来自|稿源|出处)\s*[:：]\s*(.+)")


def has_chinese(text: str) -> bool:
    """Whether ``text`` holds any CJK ideograph.

    >>> has_chinese("Hydrogen"), has_chinese("氢能 hydrogen")
    (False, True)
    """
    return _CJK.search(text) is not None


def decode_bytes(raw: bytes, path: str | Path = "<bytes>") -> str:
    """Decode article bytes as UTF-8 (with or without BOM), else GB18030 (a superset of GBK).

    >>> decode_bytes("氢能".encode("gbk"))
    '氢能'
    """
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(path, "cannot decode as UTF-8, GB18030 or GBK")


@functools.cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


_WIDTH_TABLE = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE.update({0x3000: " ", 0xFF61: "。", 0xFF64: "、", 0x00A0: " "})

#: Every character from U+3400 up looked up in OpenCC so far (whether it changed or not).
_CONVERTED: set[str] = set()
#: The table :func:`normalise` translates with: the width folds, then every character
#: seen so far that becomes one other character in simplified script (which wins).
_NORMAL_FORMS: dict[int, str] = dict(_WIDTH_TABLE)


def _learn_simplified(text: str) -> None:
    """Add the characters of ``text`` not seen before to :data:`_NORMAL_FORMS`: those
    that traditional -> simplified changes one to one (OpenCC, once per process).

    >>> _learn_simplified("發展氢能")
    >>> _NORMAL_FORMS[ord("發")], ord("展") in _NORMAL_FORMS
    ('发', False)
    """
    new = sorted(c for c in set(text).difference(_CONVERTED) if ord(c) >= 0x3400)
    if not new:
        return
    converted = _t2s().convert("\n".join(new)).split("\n")
    if len(converted) != len(new):  # OpenCC merged lines: convert one by one
        converted = [_t2s().convert(c) for c in new]
    for c, s in zip(new, converted, strict=True):
        if s != c and len(s) == 1:
            _NORMAL_FORMS[ord(c)] = s
    _CONVERTED.update(new)


def normalise(text: str) -> str:
    """Fold full-width forms to half-width and traditional to simplified, keeping the length.

    >>> normalise("２０２４年，發展（試點）")
    '2024年,发展(试点)'
    """
    _learn_simplified(text)
    norm = text.translate(_NORMAL_FORMS)
    assert len(norm) == len(text)
    return norm


def _metadata_from_text(text: str) -> dict[str, object]:
    """Title, publisher and date read from the top lines of a plain-text article."""
    meta: dict[str, object] = {}
    head = text[:600]
    for line in head.splitlines():
        line = line.strip()
        if line and "title" not in meta and ">" not in line and not _SOURCE_LINE.match(line):
            meta["title"] = line
        source = _SOURCE_LINE.match(line)
        if source and "publisher" not in meta:
            name = re.split(r"\s{2,}|\u3000|\d{4}[-年]", source.group(1))[0].strip()
            if name:
                meta["publisher"] = name
    for match in sorted((*_ISO_DATE.finditer(head), *_ZH_DATE.finditer(head)),
                        key=lambda m: m.start()):
        try:
            meta["published"] = dt.date(*map(int, match.groups()))
            break
        except ValueError:
            continue
    return meta


def _read_sidecar(path: Path) -> dict[str, object]:
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.exists():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise InputError(sidecar, f"unreadable metadata: {err}") from err
    meta = {k: data[k] for k in ("title", "publisher", "url") if data.get(k)}
    if data.get("published"):
        meta["published"] = dt.date.fromisoformat(str(data["published"])[:10])
    return meta


def _check_not_rdf(text: str, path: str | Path) -> None:
    head = text[:4000]
    for pattern, kind in _RDF_SIGNS:
        if pattern.search(head) and not has_chinese(_strip_rdf_literals(head)):
            raise InputError(path, f"looks like an RDF file ({kind}), not a news article")


def _strip_rdf_literals(text: str) -> str:
    """The text without quoted literals and comments, to tell RDF from prose."""
    return re.sub(r'"[^"\n]*"|#[^\n]*', "", text)


def parse_text(raw: str, doc_id: str, *, path: Path | None = None,
               meta: dict[str, object] | None = None, content_hash: str | None = None
               ) -> Document:
    """A document from decoded text (plain text or HTML); ``meta`` overrides what is read.

    >>> parse_text("<html><body><p>雄安新区中关村科技园</p></body></html>", "x").text
    '雄安新区中关村科技园'
    """
    where = path if path is not None else doc_id
    read: dict[str, object] = {}
    if _HTML_SIGN.search(raw[:4000]):
        raw, read = parse_html(raw)
    else:
        _check_not_rdf(raw, where)
    if not raw.strip():
        raise InputError(where, "empty file")
    if not has_chinese(raw):
        raise InputError(where, "no Chinese text (an English-only or non-article file?)")
    norm = normalise(raw)
    for key, value in _metadata_from_text(norm).items():
        read.setdefault(key, value)
    read.update(meta or {})
    published = read.get("published")
    if isinstance(published, str):
        published = _parse_date(published)
    return Document(
        id=doc_id, text=raw, norm=norm, title=_str(read.get("title")),
        publisher=_str(read.get("publisher")), published=published,
        url=_str(read.get("url")), path=path, content_hash=content_hash,
    )


def _str(value: object) -> str | None:
    return str(value).strip() or None if value else None


def _parse_date(value: str) -> dt.date | None:
    match = _ISO_DATE.search(value) or _ZH_DATE.search(value)
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def read_article(path: Path | str) -> Document:
    """Read one article file (``.txt`` or ``.html``), with ``NAME.meta.json`` beside it if any.

    ``Document.text`` is the decoded text with line ends made ``\\n`` (for HTML, the main
    text of the page); ``content_hash`` is the SHA-256 of the file's bytes. Raises
    :class:`~chainkg.errors.InputError` naming the file for an empty, binary, over-large
    (above :data:`MAX_ARTICLE_BYTES`, decided from the size alone), undecodable, RDF or
    non-Chinese file.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(path, _too_large(size))
        with path.open("rb") as handle:
            raw = handle.read(MAX_ARTICLE_BYTES + 1)
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror or err}") from err
    if len(raw) > MAX_ARTICLE_BYTES:  # a pipe or a file that grew
        raise InputError(path, _too_large(len(raw)))
    if not raw.strip():
        raise InputError(path, "empty file")
    for magic, kind in _BINARY_MAGIC.items():
        if raw.startswith(magic):
            raise InputError(path, f"binary file ({kind}), not a text article")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte order mark
        text = _decode_utf16(raw, path)
    elif b"\x00" in raw[:8192]:
        raise InputError(path, "binary file (contains NUL bytes), not a text article")
    else:
        text = decode_bytes(raw, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return parse_text(text, path.stem, path=path, meta=_read_sidecar(path),
                      content_hash=hashlib.sha256(raw).hexdigest())


def _too_large(size: int) -> str:
    return (f"file too large ({size / 2**20:.1f} MB; "
            f"the limit is {MAX_ARTICLE_BYTES / 2**20:.0f} MB)")


def _decode_utf16(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-16")
    except UnicodeDecodeError as err:
        raise InputError(path, "cannot decode as UTF-16 despite its byte order mark") from err


# --- HTML -------------------------------------------------------------------------------

_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
              "iframe", "svg", "button", "select", "template")
_BLOCK_TAGS = {"p", "div", "section", "article", "li", "h1", "h2", "h3", "h4", "td",
               "blockquote", "br", "tr", "ul", "ol", "table", "main", "pre"}
#: class or id of page furniture: navigation, share bars, related links, copyright.
_FURNITURE = re.compile(r"(?<![a-z])(nav|navbar|menu|breadcrumb|crumbs?|footer|header|sidebar|"
                        r"share|comments?|recommend|related|copyright|advert|ads?)(?![a-z])",
                        re.I)
_META_KEYS = {
    "title": ("og:title", "title", "headline", "articletitle", "twitter:title"),
    "published": ("article:published_time", "pubdate", "publishdate", "publish_date",
                  "date", "dc.date", "og:release_date", "datepublished"),
    "publisher": ("og:site_name", "source", "contentsource", "publisher", "author",
                  "article:author", "sitename"),
    "url": ("og:url",),
}


def parse_html(html: str) -> tuple[str, dict[str, object]]:
    """The main text of a news page, one paragraph a line, and the metadata its tags give.

    >>> text, meta = parse_html('<html><head><meta property="og:title" content="标题">'
    ...     '</head><body><nav>首页</nav><p>第一段。</p><p>第二段。</p></body></html>')
    >>> text, meta["title"]
    ('第一段。\\n第二段。', '标题')
    """
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # lxml raises ParserError or ValueError on hopeless input
        return _strip_tags(html), {}
    meta = _html_meta(root)
    for element in [e for e in root.iter(*_DROP_TAGS) if e.getparent() is not None]:
        element.drop_tree()
    total = _cjk_count(root.text_content())
    furniture = [e for e in root.iter("div", "ul", "section", "span", "p", "table")
                 if _FURNITURE.search(f"{e.get('class', '')} {e.get('id', '')}")]
    for element in furniture:  # never a wrapper that holds most of the page's text
        if element.getparent() is not None and _cjk_count(element.text_content()) < total / 2:
            element.drop_tree()
    return html_to_text(root), meta


def _strip_tags(html: str) -> str:
    return re.sub(r"\n\s*\n+", "\n", re.sub(r"<[^>]*>?", "\n", html)).strip()


def _html_meta(root) -> dict[str, object]:
    found: dict[str, str] = {}
    for tag in root.iter("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        if key and tag.get("content") and key not in found:
            found[key] = tag.get("content").strip()
    meta: dict[str, object] = {}
    for field, keys in _META_KEYS.items():
        for key in keys:
            if found.get(key):
                meta[field] = found[key]
                break
    if "title" not in meta:
        titles = root.findall(".//title")
        if titles and (titles[0].text_content() or "").strip():
            meta["title"] = re.split(r"_|\s*\|\s*|\s+[-–—]\s+", titles[0].text_content().strip())[0]
    if "published" in meta:
        meta["published"] = _parse_date(str(meta["published"]))
        if meta["published"] is None:
            del meta["published"]
    return meta


def _block_lines(element) -> list[str]:
    """The text of ``element`` as lines, a new line at every block element."""
    parts: list[str] = []

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if node.text and tag:
            parts.append(node.text)
        for child in node:
            walk(child)
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if node.tail:
            parts.append(node.tail)

    walk(element)
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def html_to_text(root) -> str:
    """The main article text under an lxml root: the ``<article>`` or block element whose
    paragraphs (``<p>`` children, or its own text between ``<br>``s) hold the most Chinese."""
    body = root.find(".//body")
    body = root if body is None else body
    scores: dict[object, int] = {}
    for paragraph in body.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + _cjk_count(paragraph.text_content())
    for block in body.iter("div", "td", "section", "article", "font", "span"):
        own = (block.text or "") + "".join(child.tail or "" for child in block)
        if own.strip():
            scores[block] = scores.get(block, 0) + _cjk_count(own)
    for article in body.iter("article"):
        scores[article] = max(scores.get(article, 0), _cjk_count(article.text_content()))
    best = max(scores, key=scores.__getitem__) if scores else body
    return "\n".join(_block_lines(best))


def _cjk_count(text: str) -> int:
    return len(_CJK.findall(text))
