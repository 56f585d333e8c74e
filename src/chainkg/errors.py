"""The exceptions chainkg raises; each carries the exit code the CLI returns.

    ChainkgError                 exit 1
    ├── InputError               a file that cannot be read as an article (names the file)
    ├── ValidationError          a graph that does not conform to the SHACL shapes
    ├── UsageError               exit 2: arguments that do not make sense together
    └── ServiceError             exit 3: a remote endpoint or a local server failed
        └── QuerySyntaxError     exit 2: a malformed query, with line and column

>>> str(InputError("a.txt", "empty file"))
'a.txt: empty file'
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ChainkgError",
    "InputError",
    "QuerySyntaxError",
    "ServiceError",
    "UsageError",
    "ValidationError",
]


class ChainkgError(Exception):
    """Base class; ``str(err)`` is the one line the CLI prints."""

    exit_code = 1


class InputError(ChainkgError):
    """An input file that cannot be read as an article."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path, self.problem = str(path), problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self):  # picklable, so worker processes can report it
        return type(self), (self.path, self.problem)


class ValidationError(ChainkgError):
    """A graph that does not conform to ``ontology/shapes.ttl``."""


class UsageError(ChainkgError):
    """Arguments that do not make sense together."""

    exit_code = 2


class ServiceError(ChainkgError):
    """A remote SPARQL endpoint or a local server that failed or refused."""

    exit_code = 3


class QuerySyntaxError(ServiceError):
    """A SPARQL query that does not parse; the message names the line and column."""

    exit_code = 2
