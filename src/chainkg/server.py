"""Serve the graph as a SPARQL 1.1 endpoint with the Oxigraph server (``oxigraph`` on PyPI).

:func:`running_oxigraph` starts ``oxigraph serve`` on a loopback port and stops it on exit;
tests and notebooks use it. ``chainkg serve`` (:func:`cli_serve`) starts one, loads the
built graph and its reference data into the default graph, prints the URL and serves
until Ctrl-C::

    $ chainkg serve --port 7878
    SPARQL endpoint: http://127.0.0.1:7878/query (updates: /update, graph store: /store)

>>> OxigraphServer("http://127.0.0.1:7878").query_url
'http://127.0.0.1:7878/query'
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from chainkg.errors import ServiceError, UsageError

__all__ = [
    "OxigraphServer",
    "child_options",
    "cli_serve",
    "find_oxigraph",
    "free_port",
    "running_oxigraph",
    "stop_process",
    "wait_for_http",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OxigraphServer:
    """A running Oxigraph server and its three endpoints."""

    base_url: str
    process: subprocess.Popen | None = field(default=None, compare=False, repr=False)

    @property
    def query_url(self) -> str:
        """SPARQL 1.1 queries."""
        return f"{self.base_url}/query"

    @property
    def update_url(self) -> str:
        """SPARQL 1.1 updates."""
        return f"{self.base_url}/update"

    @property
    def store_url(self) -> str:
        """The SPARQL 1.1 Graph Store Protocol."""
        return f"{self.base_url}/store"


def find_oxigraph() -> str | None:
    """The ``oxigraph`` command beside this Python (the venv), else on PATH, else None."""
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop_process(process: subprocess.Popen, timeout: float = 10.0) -> None:
    """Ask a server process to stop (SIGTERM), and kill it if it has not after ``timeout``."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Ask Linux to send SIGTERM to this child when its parent dies, even by SIGKILL."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def child_options() -> dict:
    """Popen options so that a server we start never outlives us."""
    return {"preexec_fn": _die_with_parent} if sys.platform == "linux" else {}


def wait_for_http(url: str, process: subprocess.Popen, timeout: float, what: str) -> None:
    """Poll ``url`` until it answers (any HTTP status), the process dies or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServiceError(f"{what} exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers; a 4xx on a bare GET is fine
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise ServiceError(f"{url}: {what} not ready after {timeout:.0f} s")


@contextlib.contextmanager
def running_oxigraph(location: Path | None = None, *, port: int | None = None,
                     union_default_graph: bool = False,
                     timeout: float = 30.0) -> Iterator[OxigraphServer]:
    """Run ``oxigraph serve`` on 127.0.0.1 with its database in ``location``.

    Without ``location`` the database lives in a temporary folder removed afterwards;
    without ``port`` a free port is taken. Yields once the server answers.
    """
    binary = find_oxigraph()
    if binary is None:
        raise ServiceError("oxigraph: not installed (pip install oxigraph)")
    with contextlib.ExitStack() as stack:
        if location is None:
            location = Path(stack.enter_context(
                tempfile.TemporaryDirectory(prefix="chainkg-oxigraph-")))
        location.mkdir(parents=True, exist_ok=True)
        port = port or free_port()
        command = [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
        if union_default_graph:
            command.append("--union-default-graph")
        errors = stack.enter_context(tempfile.TemporaryFile())
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors,
                                   stdin=subprocess.DEVNULL, **child_options())
        stack.callback(stop_process, process)
        server = OxigraphServer(f"http://127.0.0.1:{port}", process)
        try:
            wait_for_http(server.base_url + "/", process, timeout, "oxigraph serve")
        except ServiceError as err:
            errors.seek(0)
            detail = errors.read().decode("utf-8", "replace").strip().splitlines()
            raise ServiceError(f"{err}: {detail[-1] if detail else 'no message'}") from None
        yield server


def cli_serve(args) -> int:
    """``chainkg serve``: serve the built graph on loopback until Ctrl-C."""
    from chainkg.push import push_file
    from chainkg.remote import Endpoint

    if not args.graph.is_file():
        raise UsageError(f"{args.graph}: no such graph file (run `chainkg build` first)")

    def stop(signum, frame):
        raise KeyboardInterrupt

    # Ctrl-C and `kill` both stop cleanly, even when started with SIGINT ignored (`cmd &`)
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        with running_oxigraph(args.location, port=args.port) as server:
            endpoint = Endpoint(server.query_url, server.update_url, server.store_url)
            push_file(args.graph, endpoint, graph_iri=None, show_progress=not args.quiet)
            print(f"SPARQL endpoint: {server.query_url} (updates: {server.update_url}, "
                  f"graph store: {server.store_url})", flush=True)
            print("Press Ctrl-C to stop.", file=sys.stderr, flush=True)
            code = server.process.wait() if server.process is not None else 0
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
        return 0
    raise ServiceError(f"oxigraph serve: exited with code {code}")
