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
    """Extract every readable file under ``paths`` into one graph; collect, don't raise, input errors.

    The path of ``policykg build``: each file's fragment (:func:`graph.fragments.document_fragment`),
    assembled with the registry facts and citation links (:mod:`graph.assemble`), the lines parsed
    once into the Graph; a second file of a name already read is an error, as in the command.
    The Graph holds the triples ``policykg build -o KG.nt`` writes for the same paths."""
    from .assemble import assembled_graph
    from .fragments import Fragment, document_fragment, one_per_name

    extractions: dict[str, Extraction] = {}
    failed: dict[str, InputError] = {}
    fragments: list[Fragment] = []
    for p in iter_sources(paths):
        try:
            ex = extract_file(p)
            fragments.append(document_fragment(ex, str(p)))
            extractions[str(p)] = ex
        except (InputError, ValueError) as exc:  # ValueError: an IRI N-Triples cannot hold
            failed[str(p)] = exc if isinstance(exc, InputError) else InputError(str(p), str(exc))
            fragments.append(Fragment(path=str(p), source=Path(p).name, key="", error=failed[str(p)].reason))
    fragments = one_per_name(fragments)
    errors = [failed.get(f.path) or InputError(f.path, f.error) for f in fragments if f.error is not None]
    kept = [extractions[f.path] for f in fragments if f.error is None]
    kept.sort(key=lambda e: (e.document.source, e.document.path))
    return BuildResult(graph=assembled_graph(fragments), extractions=kept, errors=errors)


def build_graph(paths: Iterable[str | Path]) -> Graph:
    """The graph of the readable files under ``paths`` (input errors are skipped; use :func:`build`
    to see them)."""
    return build(paths).graph
