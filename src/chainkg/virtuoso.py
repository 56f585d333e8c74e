"""Start Virtuoso Open Source 7 headless on a temporary database, for tests and notebooks.

Debian's ``virtuoso-opensource-7`` installs ``/usr/bin/virtuoso-t`` and a ``virtuoso.ini``.
:func:`running_virtuoso` copies that ini, points the database files at a fresh folder and
both ports at loopback, runs ``virtuoso-t +foreground`` and waits until ``/sparql``
answers. A fresh database has the account ``dba``/``dba``; the Graph Store Protocol
endpoint ``/sparql-graph-crud-auth`` and the update endpoint ``/sparql-auth`` take it
with HTTP digest authentication.

>>> ini = "[Database]\\nDatabaseFile = /var/db/v.db\\n[HTTPServer]\\nServerPort = 8890\\n"
>>> print(rewrite_ini(ini, {("HTTPServer", "ServerPort"): "127.0.0.1:9999"}), end="")
[Database]
DatabaseFile = /var/db/v.db
[HTTPServer]
ServerPort = 127.0.0.1:9999
"""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from chainkg.errors import ServiceError
from chainkg.server import child_options, free_port, stop_process

__all__ = [
    "DEFAULT_INI",
    "VIRTUOSO_BINARY",
    "VirtuosoServer",
    "find_virtuoso",
    "rewrite_ini",
    "running_virtuoso",
]

VIRTUOSO_BINARY = "virtuoso-t"
DEFAULT_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
_FALLBACK_INI = Path("/usr/share/virtuoso-opensource-7/virtuoso.ini")


@dataclass(frozen=True)
class VirtuosoServer:
    """A running Virtuoso: its SPARQL endpoints and the administrator account."""

    base_url: str
    user: str = "dba"
    password: str = "dba"

    @property
    def query_url(self) -> str:
        """The public, read-only SPARQL endpoint."""
        return f"{self.base_url}/sparql"

    @property
    def update_url(self) -> str:
        """The SPARQL endpoint that accepts updates (digest authentication)."""
        return f"{self.base_url}/sparql-auth"

    @property
    def store_url(self) -> str:
        """The Graph Store Protocol endpoint (digest authentication)."""
        return f"{self.base_url}/sparql-graph-crud-auth"


def find_virtuoso() -> str | None:
    """The path of ``virtuoso-t``, or None if Virtuoso is not installed."""
    return shutil.which(VIRTUOSO_BINARY)


def rewrite_ini(text: str, settings: dict[tuple[str, str], str]) -> str:
    """Replace the values of ``(section, key)`` settings in a Virtuoso ini text.

    Comments and layout stay as they are; a setting missing from its section is an error.
    """
    section, seen, lines = "", set(), []
    for line in text.splitlines(keepends=True):
        header = re.match(r"\s*\[([^\]]+)\]", line)
        if header:
            section = header.group(1).strip()
        else:
            match = re.match(r"(\s*)([A-Za-z_0-9]+)(\s*=\s*)", line)
            if match and (section, match.group(2)) in settings:
                key = (section, match.group(2))
                line = f"{match.group(1)}{match.group(2)}{match.group(3)}{settings[key]}\n"
                seen.add(key)
        lines.append(line)
    missing = set(settings) - seen
    if missing:
        raise ValueError(f"virtuoso.ini has no setting {sorted(missing)}")
    return "".join(lines)


def _wait_until_ready(server: VirtuosoServer, process: subprocess.Popen, log: Path,
                      timeout: float) -> None:
    url = server.query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(errors="replace")[-500:] if log.exists() else ""
            raise ServiceError(f"virtuoso-t exited with code {process.returncode}: {tail}")
        try:
            with urllib.request.urlopen(request, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise ServiceError(f"{server.base_url}: Virtuoso not ready after {timeout:.0f} s")


@contextlib.contextmanager
def running_virtuoso(directory: Path | None = None, *, port: int | None = None,
                     timeout: float = 90.0) -> Iterator[VirtuosoServer]:
    """Run Virtuoso on a fresh database in ``directory`` (default: a temporary folder).

    Yields a :class:`VirtuosoServer` once ``/sparql`` answers, and stops Virtuoso on exit.
    Raises :class:`ServiceError` if ``virtuoso-t`` is missing or does not come up.
    """
    binary = find_virtuoso()
    if binary is None:
        raise ServiceError(f"{VIRTUOSO_BINARY}: not installed (Debian: virtuoso-opensource-7)")
    ini_source = DEFAULT_INI if DEFAULT_INI.exists() else _FALLBACK_INI
    with contextlib.ExitStack() as stack:
        if directory is None:
            directory = Path(stack.enter_context(
                tempfile.TemporaryDirectory(prefix="chainkg-virtuoso-")))
        directory.mkdir(parents=True, exist_ok=True)
        http_port, sql_port = port or free_port(), free_port()
        db = directory.resolve()
        settings = {
            ("Database", "DatabaseFile"): str(db / "virtuoso.db"),
            ("Database", "ErrorLogFile"): str(db / "virtuoso.log"),
            ("Database", "LockFile"): str(db / "virtuoso.lck"),
            ("Database", "TransactionFile"): str(db / "virtuoso.trx"),
            ("Database", "xa_persistent_file"): str(db / "virtuoso.pxa"),
            ("TempDatabase", "DatabaseFile"): str(db / "virtuoso-temp.db"),
            ("TempDatabase", "TransactionFile"): str(db / "virtuoso-temp.trx"),
            ("Parameters", "ServerPort"): f"127.0.0.1:{sql_port}",
            ("Parameters", "DirsAllowed"): f"., {db}",
            ("HTTPServer", "ServerPort"): f"127.0.0.1:{http_port}",
            ("URIQA", "DefaultHost"): f"127.0.0.1:{http_port}",
        }
        ini = db / "virtuoso.ini"
        ini.write_text(rewrite_ini(ini_source.read_text(), settings))
        log = db / "virtuoso.stdout"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [binary, "+foreground", "+configfile", str(ini)],
                cwd=db, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                **child_options())
        stack.callback(stop_process, process, 30.0)
        server = VirtuosoServer(f"http://127.0.0.1:{http_port}")
        _wait_until_ready(server, process, log, timeout)
        yield server
