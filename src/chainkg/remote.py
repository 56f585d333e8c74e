"""A careful client for remote SPARQL 1.1 endpoints, built on SPARQLWrapper.

Every request is a POST (no HTTP 414 on long queries), results are JSON chosen by content
negotiation only (no ``format=`` parameters), queries and updates go to their own
endpoints, every request has a timeout, and 5xx answers and refused connections are
retried with exponential backoff. Parameters are bound with a ``VALUES`` block of
escaped RDF terms, never spliced into the query text.

Credentials come from the environment (:meth:`Auth.from_env`):

- ``CHAINKG_SPARQL_TOKEN``: a bearer token;
- ``CHAINKG_SPARQL_USER`` and ``CHAINKG_SPARQL_PASSWORD``: basic authentication, or digest
  authentication if ``CHAINKG_SPARQL_AUTH=digest`` (Virtuoso's ``*-auth`` endpoints).

>>> from rdflib import Literal
>>> print(bind_values("SELECT ?s WHERE { ?s ?p ?name }", {"name": Literal('"} ; DROP ALL ; {')}))
SELECT ?s WHERE { VALUES (?name) { ("\\"} ; DROP ALL ; {") }
 ?s ?p ?name }
"""

from __future__ import annotations

import ast
import base64
import contextlib
import hashlib
import json
import logging
import os
import re
import secrets
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node
from SPARQLWrapper import JSON, POST, SELECT, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    SPARQLWrapperException,
    Unauthorized,
)

from chainkg.errors import QuerySyntaxError, ServiceError, UsageError

__all__ = [
    "Auth",
    "Endpoint",
    "ask",
    "bind_values",
    "count_triples",
    "endpoint_for",
    "graph_store_put",
    "http_opener",
    "select",
    "term_from_json",
    "update",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

USER_AGENT = "chainkg (SPARQLWrapper)"


@dataclass(frozen=True)
class Auth:
    """HTTP credentials: ``scheme`` is "basic", "digest" or "bearer"."""

    scheme: str
    user: str = ""
    password: str = ""
    token: str = ""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Auth | None:
        """Credentials from ``CHAINKG_SPARQL_*`` variables, or None if none are set.

        >>> Auth.from_env({"CHAINKG_SPARQL_TOKEN": "t0k"}).scheme
        'bearer'
        >>> Auth.from_env({"CHAINKG_SPARQL_USER": "dba", "CHAINKG_SPARQL_PASSWORD": "dba",
        ...                "CHAINKG_SPARQL_AUTH": "digest"}).scheme
        'digest'
        >>> Auth.from_env({}) is None
        True
        """
        env = os.environ if env is None else env
        if env.get("CHAINKG_SPARQL_TOKEN"):
            return cls("bearer", token=env["CHAINKG_SPARQL_TOKEN"])
        if env.get("CHAINKG_SPARQL_USER"):
            scheme = env.get("CHAINKG_SPARQL_AUTH", "basic").lower()
            if scheme not in ("basic", "digest"):
                raise UsageError(f"CHAINKG_SPARQL_AUTH={scheme}: use basic or digest")
            return cls(scheme, env["CHAINKG_SPARQL_USER"], env.get("CHAINKG_SPARQL_PASSWORD", ""))
        return None

    def __repr__(self) -> str:  # never print secrets
        return f"Auth({self.scheme!r}, user={self.user!r})"


@dataclass(frozen=True)
class Endpoint:
    """A remote store: its query, update and Graph Store Protocol URLs, and how to talk to it.

    ``default_graph`` restricts queries to one named graph (the protocol's
    ``default-graph-uri``); ``retries`` counts the extra attempts after a 5xx answer or a
    refused connection, waiting ``backoff``, 2 x ``backoff``, … seconds.
    """

    query_url: str
    update_url: str | None = None
    store_url: str | None = None
    auth: Auth | None = None
    timeout: float = 60.0
    retries: int = 3
    backoff: float = 0.5
    default_graph: str | None = None


def endpoint_for(query_url: str, **options: Any) -> Endpoint:
    """An :class:`Endpoint` for a query URL, with the update and store URLs derived from it.

    ``…/query`` (Oxigraph, Fuseki) gives ``…/update`` and ``…/store``; ``…/sparql``
    (Virtuoso) gives ``…/sparql-auth`` and ``…/sparql-graph-crud-auth`` when there are
    credentials, else ``…/sparql`` and ``…/sparql-graph-crud``. Explicit ``update_url`` or
    ``store_url`` options win; ``auth`` defaults to :meth:`Auth.from_env`.

    >>> e = endpoint_for("http://127.0.0.1:7878/query", auth=None)
    >>> e.update_url, e.store_url
    ('http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
    >>> endpoint_for("http://h:8890/sparql", auth=Auth("digest", "dba", "dba")).store_url
    'http://h:8890/sparql-graph-crud-auth'
    """
    if not re.match(r"https?://", query_url):
        raise UsageError(f"{query_url}: not an http(s) URL")
    options.setdefault("auth", Auth.from_env())
    options = {k: v for k, v in options.items() if v is not None or k == "auth"}
    base, _, last = query_url.rstrip("/").rpartition("/")
    update_url = store_url = None
    if last == "query":
        update_url, store_url = f"{base}/update", f"{base}/store"
    elif last in ("sparql", "sparql-auth"):
        suffix = "-auth" if options["auth"] is not None else ""
        update_url, store_url = f"{base}/sparql{suffix}", f"{base}/sparql-graph-crud{suffix}"
    options.setdefault("update_url", update_url)
    options.setdefault("store_url", store_url)
    return Endpoint(query_url, **options)


def _as_endpoint(endpoint: Endpoint | str, options: Mapping[str, Any]) -> Endpoint:
    if isinstance(endpoint, str):
        return endpoint_for(endpoint, **options)
    return replace(endpoint, **options) if options else endpoint


# --- binding parameters -----------------------------------------------------------------

_TOKENS = re.compile(
    r'#[^\n]*|<[^<>"{}|^`\\\s]*>|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|\bWHERE\b|\{',
    re.IGNORECASE,
)
_VALID_IRI = re.compile(r'[^<>"{}|^`\\\x00-\x20]*')


def _term_syntax(node: Node) -> str:
    if isinstance(node, URIRef):
        if not _VALID_IRI.fullmatch(str(node)):
            raise UsageError(f"<{node}>: not a valid IRI")
        return f"<{node}>"
    if isinstance(node, Literal):
        return node.n3()
    raise UsageError(f"{node!r}: only IRIs and literals can be bound")


def bind_values(query: str, bindings: Mapping[str, Node] | None) -> str:
    """The query with ``bindings`` as a ``VALUES`` block opening its WHERE group.

    The values are RDF terms in SPARQL syntax (literals escaped by rdflib), so a value is
    only ever a value; the block sits where rdflib's ``initBindings`` act, before the rest
    of the pattern, so a local and a remote run agree.
    """
    if not bindings:
        return query
    names = " ".join(f"?{name}" for name in bindings)
    terms = " ".join(_term_syntax(node) for node in bindings.values())
    block = f" VALUES ({names}) {{ ({terms}) }}\n"
    seen_where = False
    for match in _TOKENS.finditer(query):
        token = match.group()
        if token.upper() == "WHERE":
            seen_where = True
        elif token == "{" and (seen_where or not re.search(r"\bWHERE\b", query, re.I)):
            return query[: match.end()] + block + query[match.end():]
    raise UsageError("the query has no WHERE group to bind parameters in")


# --- results ----------------------------------------------------------------------------


def term_from_json(value: Mapping[str, str]) -> Node:
    """One RDF term of the SPARQL 1.1 JSON results format, as an rdflib node.

    >>> term_from_json({"type": "literal", "value": "唐山", "xml:lang": "zh"})
    rdflib.term.Literal('唐山', lang='zh')
    >>> term_from_json({"type": "literal", "value": "x",
    ...                 "datatype": "http://www.w3.org/2001/XMLSchema#string"})
    rdflib.term.Literal('x')
    """
    kind, text = value["type"], value["value"]
    if kind == "uri":
        return URIRef(text)
    if kind == "bnode":
        return BNode(text)
    datatype = value.get("datatype")
    if datatype == "http://www.w3.org/2001/XMLSchema#string":
        datatype = None
    return Literal(text, lang=value.get("xml:lang"), datatype=datatype)


# --- requests ---------------------------------------------------------------------------


def _response_text(err: BaseException) -> str:
    """The server's answer carried by an error, on one line."""
    body: object = None
    if isinstance(err, SPARQLWrapperException) and err.args:
        # SPARQLWrapper keeps the answer only as the repr of its bytes in the message
        _, found, raw = str(err.args[0]).partition("Response:\n")
        with contextlib.suppress(ValueError, SyntaxError):
            body = ast.literal_eval(raw.strip()) if found else None
    if body is None and isinstance(err, urllib.error.HTTPError):
        try:
            body = err.read()
        except OSError:
            body = b""
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    text = str(body or "")
    if "</" in text:  # an HTML error page: keep its words
        text = re.sub(r"<[^>]*>", "\n", re.sub(r"(?is)<(head|style|script)\b.*?</\1>", "", text))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " ".join(lines)[:300]


def _retrying(url: str, endpoint: Endpoint, action: Callable[[], T]) -> T:
    """Run ``action``; retry 5xx answers and refused connections; map failures to errors."""
    delay = endpoint.backoff
    for attempt in range(endpoint.retries + 1):
        last = attempt == endpoint.retries
        try:
            return action()
        except QueryBadFormed as err:
            raise QuerySyntaxError(f"{url}: the endpoint refused the query: "
                                   f"{_response_text(err)}") from err
        except Unauthorized as err:
            raise ServiceError(f"{url}: 401 unauthorized (set CHAINKG_SPARQL_USER and "
                               "CHAINKG_SPARQL_PASSWORD, or CHAINKG_SPARQL_TOKEN)") from err
        except EndPointNotFound as err:
            raise ServiceError(f"{url}: 404 not found: no SPARQL endpoint here") from err
        except EndPointInternalError as err:
            problem = f"500 internal server error: {_response_text(err)}"
        except urllib.error.HTTPError as err:
            if err.code < 500:
                raise ServiceError(f"{url}: refused with HTTP {err.code} {err.reason}: "
                                   f"{_response_text(err)}") from err
            problem = f"HTTP {err.code} {err.reason}"
        except TimeoutError as err:
            raise ServiceError(f"{url}: no answer within {endpoint.timeout:g} s") from err
        except urllib.error.URLError as err:
            if isinstance(err.reason, TimeoutError):
                raise ServiceError(f"{url}: no answer within {endpoint.timeout:g} s") from err
            problem = f"cannot connect ({err.reason})"
        except ConnectionError as err:
            problem = f"connection failed ({err})"
        except SPARQLWrapperException as err:
            raise ServiceError(f"{url}: {_response_text(err) or err}") from err
        if last:
            raise ServiceError(f"{url}: {problem}" + (
                f" (after {endpoint.retries + 1} attempts)" if endpoint.retries else ""))
        log.debug("%s: %s; retrying in %.1f s", url, problem, delay)
        time.sleep(delay)
        delay *= 2
    raise AssertionError("unreachable")


def _wrapper(endpoint: Endpoint, text: str, *, is_update: bool) -> SPARQLWrapper:
    sw = SPARQLWrapper(endpoint.query_url, updateEndpoint=endpoint.update_url,
                       returnFormat=JSON, agent=USER_AGENT)
    sw.setMethod(POST)
    sw.setRequestMethod(URLENCODED)
    sw.setOnlyConneg(True)
    sw.timeout = endpoint.timeout  # not setTimeout(), which truncates to whole seconds
    if endpoint.default_graph and not is_update:
        sw.addDefaultGraph(endpoint.default_graph)
    auth = endpoint.auth
    if auth is not None and auth.scheme == "bearer":
        sw.addCustomHttpHeader("Authorization", f"Bearer {auth.token}")
    elif auth is not None:
        sw.setHTTPAuth(auth.scheme.upper())
        sw.setCredentials(auth.user, auth.password, realm="SPARQL")
    sw.setQuery(text)
    if not is_update:
        sw.queryType = SELECT  # the header comments of our files would fool its sniffing
    return sw


def _json_query(endpoint: Endpoint, query: str) -> dict:
    def run() -> dict:
        sw = _wrapper(endpoint, query, is_update=False)
        with sw.query().response as response:
            return json.loads(response.read().decode("utf-8"))

    try:
        return _retrying(endpoint.query_url, endpoint, run)
    except json.JSONDecodeError as err:
        raise ServiceError(f"{endpoint.query_url}: the answer is not JSON: {err}") from err


def select(endpoint: Endpoint | str, query: str, bindings: Mapping[str, Node] | None = None,
           **options: Any) -> list[dict[str, Node]]:
    """Rows of a SELECT query on a remote endpoint: dicts from variable name to RDF term.

    ``options`` are :class:`Endpoint` fields (``timeout``, ``retries``, ``auth``,
    ``default_graph``, …) when ``endpoint`` is a URL.
    """
    endpoint = _as_endpoint(endpoint, options)
    data = _json_query(endpoint, bind_values(query, bindings))
    if "results" not in data:
        raise ServiceError(f"{endpoint.query_url}: not the answer to a SELECT query")
    return [{name: term_from_json(value) for name, value in row.items()}
            for row in data["results"]["bindings"]]


def ask(endpoint: Endpoint | str, query: str, **options: Any) -> bool:
    """The answer of an ASK query on a remote endpoint."""
    endpoint = _as_endpoint(endpoint, options)
    data = _json_query(endpoint, query)
    return bool(data.get("boolean"))


def update(endpoint: Endpoint | str, text: str, **options: Any) -> None:
    """Run a SPARQL Update request on the endpoint's update URL."""
    endpoint = _as_endpoint(endpoint, options)
    if not endpoint.update_url:
        raise UsageError(f"{endpoint.query_url}: no update endpoint known; give one")

    def run() -> None:
        sw = _wrapper(endpoint, text, is_update=True)
        sw.query().response.close()

    _retrying(endpoint.update_url, endpoint, run)


def count_triples(endpoint: Endpoint | str, graph_iri: str | None = None,
                  **options: Any) -> int:
    """How many triples the store holds in ``graph_iri`` (default: its default graph)."""
    endpoint = _as_endpoint(endpoint, {**options, "default_graph": None})
    pattern = f"GRAPH {_term_syntax(URIRef(graph_iri))} {{ ?s ?p ?o }}" if graph_iri \
        else "?s ?p ?o"
    rows = select(endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
    return int(rows[0]["n"].toPython()) if rows else 0


# --- the Graph Store Protocol -----------------------------------------------------------


def http_opener(endpoint: Endpoint, url: str) -> urllib.request.OpenerDirector:
    """A urllib opener that answers the endpoint's authentication challenges."""
    handlers: list[urllib.request.BaseHandler] = []
    auth = endpoint.auth
    if auth is not None and auth.scheme in ("basic", "digest"):
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, url, auth.user, auth.password)
        handlers.append(urllib.request.HTTPDigestAuthHandler(passwords)
                        if auth.scheme == "digest"
                        else urllib.request.HTTPBasicAuthHandler(passwords))
    return urllib.request.build_opener(*handlers)


_PARAM = re.compile(r'(\w+)=(?:"([^"]*)"|([^,\s]*))')


def _challenge(url: str, timeout: float) -> dict[str, str]:
    """The parameters of the Digest challenge ``url`` answers an unauthenticated GET with.

    >>> _challenge_params('Digest realm="SPARQL", nonce="abc", qop="auth"')["nonce"]
    'abc'
    """
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method="GET"), timeout=timeout):
            return {}
    except urllib.error.HTTPError as err:
        header = err.headers.get("WWW-Authenticate", "") if err.code == 401 else ""
        err.close()
    return _challenge_params(header)


def _challenge_params(header: str) -> dict[str, str]:
    if not header.lower().startswith("digest "):
        return {}
    return {key.lower(): quoted or bare for key, quoted, bare in _PARAM.findall(header[7:])}


def digest_authorization(url: str, method: str, auth: Auth, timeout: float) -> str | None:
    """An ``Authorization: Digest …`` header for ``method url``, from a preflight challenge.

    A large PUT must not be sent only to learn the nonce from a 401: servers such as
    Virtuoso close the connection before reading the body, and the client sees a broken
    pipe. So a small GET fetches the challenge first (RFC 7616, MD5, qop=auth).
    """
    challenge = _challenge(url, timeout)
    if "nonce" not in challenge:
        return None
    realm, nonce = challenge.get("realm", ""), challenge["nonce"]
    split = urllib.parse.urlsplit(url)
    uri = split.path + (f"?{split.query}" if split.query else "")

    def md5(text: str) -> str:
        return hashlib.md5(text.encode("utf-8")).hexdigest()  # Digest auth is defined on MD5

    ha1, ha2 = md5(f"{auth.user}:{realm}:{auth.password}"), md5(f"{method}:{uri}")
    fields = {"username": auth.user, "realm": realm, "nonce": nonce, "uri": uri}
    if "auth" in [q.strip() for q in challenge.get("qop", "").split(",")]:
        cnonce, nc = secrets.token_hex(8), "00000001"
        fields["response"] = md5(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}")
        fields.update(qop="auth", nc=nc, cnonce=cnonce)
    else:
        fields["response"] = md5(f"{ha1}:{nonce}:{ha2}")
    if "opaque" in challenge:
        fields["opaque"] = challenge["opaque"]
    if "algorithm" in challenge:
        fields["algorithm"] = challenge["algorithm"]
    unquoted = {"qop", "nc", "algorithm"}
    return "Digest " + ", ".join(
        f"{k}={v}" if k in unquoted else f'{k}="{v}"' for k, v in fields.items())


class _Body:
    """A request body that can be sent again (after an auth challenge), reporting progress."""

    def __init__(self, data: bytes, progress: Callable[[int], None] | None, chunk: int = 1 << 16):
        self.data, self.progress, self.chunk = data, progress, chunk

    def __iter__(self) -> Iterator[bytes]:
        for start in range(0, len(self.data), self.chunk):
            piece = self.data[start:start + self.chunk]
            if self.progress is not None:
                self.progress(len(piece))
            yield piece


def graph_store_put(endpoint: Endpoint, graph_iri: str | None, data: bytes,
                    content_type: str = "text/turtle",
                    progress: Callable[[int], None] | None = None) -> int:
    """PUT ``data`` as the whole content of a named graph (default graph if None).

    Returns the HTTP status. A 404, 405 or 501 answer means the store has no Graph Store
    Protocol there; it raises :class:`ServiceError` with ``status`` set so callers can fall
    back to SPARQL Update.
    """
    if not endpoint.store_url:
        raise ServiceError(f"{endpoint.query_url}: no Graph Store Protocol endpoint known")
    param = "graph-uri" if "sparql-graph-crud" in endpoint.store_url else "graph"
    query = urllib.parse.urlencode({param: graph_iri}) if graph_iri else "default"
    url = f"{endpoint.store_url}?{query}"
    headers = {"Content-Type": content_type, "Content-Length": str(len(data)),
               "User-Agent": USER_AGENT}
    if endpoint.auth is not None and endpoint.auth.scheme == "bearer":
        headers["Authorization"] = f"Bearer {endpoint.auth.token}"
    elif endpoint.auth is not None and endpoint.auth.scheme == "basic":
        secret = f"{endpoint.auth.user}:{endpoint.auth.password}".encode()
        headers["Authorization"] = "Basic " + base64.b64encode(secret).decode()
    opener = http_opener(endpoint, endpoint.store_url)

    def run() -> int:
        if endpoint.auth is not None and endpoint.auth.scheme == "digest":
            header = digest_authorization(url, "PUT", endpoint.auth, endpoint.timeout)
            if header:
                headers["Authorization"] = header
        request = urllib.request.Request(url, data=_Body(data, progress), headers=headers,
                                         method="PUT")
        with opener.open(request, timeout=endpoint.timeout) as response:
            return response.status

    try:
        return _retrying(endpoint.store_url, endpoint, run)
    except ServiceError as err:
        cause = err.__cause__
        if isinstance(cause, urllib.error.HTTPError) and cause.code in (404, 405, 501):
            err.status = cause.code  # type: ignore[attr-defined]
        raise
