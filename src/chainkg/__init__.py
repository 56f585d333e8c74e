"""chainkg: a knowledge graph of the 京津冀 industry chains, built from Chinese news.

Stages, each a module of plain functions over the dataclasses in ``chainkg.model``:
text -> sentences -> mentions -> entities -> relations/facts -> rdf -> view -> maps.
"""

__version__ = "0.1.0"
