"""Where the project's files are: the ontology, the default articles and graphs.

>>> ONTOLOGY_DIR.name
'ontology'
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["ARTICLES_DIR", "GRAPHS_DIR", "ONTOLOGY_DIR", "QUERIES_DIR", "ROOT"]

#: The checkout (src/chainkg/paths.py -> ../..); CHAINKG_ROOT overrides it.
ROOT = Path(os.environ.get("CHAINKG_ROOT", Path(__file__).resolve().parents[2]))
ONTOLOGY_DIR = ROOT / "ontology"
QUERIES_DIR = ROOT / "queries"
ARTICLES_DIR = ROOT / "data" / "articles"
GRAPHS_DIR = ROOT / "graphs"
