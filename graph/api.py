"""The Python API the CLI mirrors: read files, extract, build a graph."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rdflib import Graph

from .errors import InputError
from .extract import extract
from .ingest import iter_sources, read_document
from .model import Extraction
from .rdf.build import to_rdf

__all__ = ["BuildResult", "build", "build_graph", "example_path", "extract_file"]


def example_path() -> Path:
    """The bundled example: 安徽省人民政府办公厅 2016 quality action plan (皖政办秘〔2016〕76号)."""
    return Path(str(resources.files("graph.examples").joinpath("anhui_2016_quality_action_plan.txt")))


def extract_file(path: str | Path) -> Extraction:
    """Read and extract one file (raises :class:`~graph.errors.InputError`)."""
    return extract(read_document(path))


@dataclass
class BuildResult:
    graph: Graph
    extractions: list[Extraction] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def build(paths: Iterable[str | Path]) -> BuildResult:
    """Extract every readable file under ``paths`` into one graph; collect, don't raise, input errors."""
    extractions: list[Extraction] = []
    errors: list[InputError] = []
    for p in iter_sources(paths):
        try:
            extractions.append(extract_file(p))
        except InputError as exc:
            errors.append(exc)
    extractions.sort(key=lambda e: (e.document.source, e.document.path))
    from .resolve import add_registry_facts, default_resolver, link_citations

    g = to_rdf(extractions, default_resolver())
    add_registry_facts(g)
    link_citations(g)
    return BuildResult(graph=g, extractions=extractions, errors=errors)


def build_graph(paths: Iterable[str | Path]) -> Graph:
    """The graph of the readable files under ``paths`` (input errors are skipped; use :func:`build`
    to see them)."""
    return build(paths).graph
