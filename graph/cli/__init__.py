"""The ``policykg`` command. It only orchestrates library functions; every command turns errors into
one clear line on stderr and a non-zero exit status the same way (:func:`.common.handles`).

- ``build`` (graph/cli/build.py): files -> graph file and/or store;
- reading (graph/cli/query.py): ``query``, ``queries``, ``show``, ``validate``, ``departments``,
  ``load``, ``serve``;
- analysis (graph/cli/analyse.py): ``rank``, ``map``, ``report``, ``export``, ``demo``.
"""

from __future__ import annotations

import click

from .. import __version__
from . import analyse, query
from .build import build

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policykg")
def main() -> None:
    """Chinese policy documents -> a knowledge graph of who leads, is responsible for, supports or
    guides each task, with targets, citations and provenance to the source sentence."""


for _command in (build, query.query, query.show, query.queries, query.validate, query.departments, query.load,
                 query.serve, analyse.demo, analyse.rank, analyse.map_, analyse.report, analyse.export):
    main.add_command(_command)
