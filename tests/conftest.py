"""Session fixtures shared by the tests: the two example graphs and two real SPARQL servers.

- ``mini_graph_path``: tests/fixtures/mini-graph.ttl, a hand-written graph in the shape
  the builder writes, modelled on the seed article;
- ``seed_graph_path``: the seed article built by the real builder into a temp folder;
- ``oxigraph_server``: ``oxigraph serve`` (PyPI ``oxigraph``) on a free loopback port;
- ``virtuoso_server``: Virtuoso Open Source 7 (Debian ``virtuoso-opensource-7``) on a
  fresh database in a temp folder.

The servers start once per session, only when a test asks for them, and stop at the
end. A server test is skipped only if the server's program is not installed
(``make test`` installs both).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from chainkg.paths import ARTICLES_DIR
from chainkg.server import OxigraphServer, find_oxigraph, running_oxigraph
from chainkg.virtuoso import VirtuosoServer, find_virtuoso, running_virtuoso

FIXTURES = Path(__file__).parent / "fixtures"
SEED_ARTICLE = ARTICLES_DIR / "seed-hebei-daily-2024-02-24.txt"


@pytest.fixture(scope="session")
def mini_graph_path() -> Path:
    """The hand-written example graph (load it with ``chainkg.store.load_graph``)."""
    return FIXTURES / "mini-graph.ttl"


@pytest.fixture(scope="session")
def seed_graph_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``graphs/chainkg.ttl`` as ``chainkg build`` makes it from the seed article alone."""
    from chainkg.build import build_corpus

    out = tmp_path_factory.mktemp("seed-graph") / "chainkg.ttl"
    build_corpus([SEED_ARTICLE], out, validate=False)
    return out


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    """A running Oxigraph server with an empty database."""
    if find_oxigraph() is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    with running_oxigraph(tmp_path_factory.mktemp("oxigraph")) as server:
        yield server


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    """A running Virtuoso 7 with a fresh database (account dba/dba)."""
    if find_virtuoso() is None:
        pytest.skip("virtuoso-t is not installed (apt-get install virtuoso-opensource-7)")
    with running_virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server
