"""A task-division table's row as the table readers give it (:mod:`.tables`), in a module of its own so that the
modules reading rows (:mod:`.row_numbers`) need not import the readers."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Span
from .table_cells import _Cell

__all__ = ["Row"]


@dataclass(frozen=True)
class Row:
    """One row of a task-division table: its task cell, deadline cell, the cells of its role
    columns (with the column's role; a merged cell carried down is the cell where it is printed)
    and the span of the row as printed."""

    task: _Cell
    roles: tuple[tuple[str, _Cell], ...]
    deadline: _Cell | None
    span: Span
    shape: str  # "rows" (tab-separated) | "cells" (one cell per line)
    first_lead: bool = False  # the header says the first unit listed leads (责任单位（排第一位的为牵头单位）)
    number: int = -1  # where its 序号 cell stands on a line of its own (one cell per line), else -1
