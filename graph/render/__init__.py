"""Maps and exports: the only place that knows about pyvis, matplotlib and file formats for people.

I/O happens here (and in the CLI); everything upstream is pure.
"""

from __future__ import annotations

from .exports import (
    export_csv,
    export_gexf,
    export_graphml,
    export_jsonld,
    network_figure,
    ranking_figure,
    write_export,
)
from .maps import MapHTML, network_map, projection_map, write_map

__all__ = [
    "MapHTML",
    "export_csv",
    "export_gexf",
    "export_graphml",
    "export_jsonld",
    "network_figure",
    "network_map",
    "projection_map",
    "ranking_figure",
    "write_export",
    "write_map",
]
