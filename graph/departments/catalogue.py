"""The registry of bodies listed by hand (``departments.csv``) and their reforms
(``reforms.csv``), indexed by id and by every label; templated bodies of every place answer
through :mod:`.bodies`. :func:`successor` follows the reforms.

>>> [d.id for d in registry().by_label("省商务厅")]
['ah-dofcom', 'jx-dofcom']
>>> successor("cn-cbrc", 2024)
'cn-nfra'
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from importlib import resources

from .bodies import Bodies, bodies
from .model import Department, Reform, _year, normalize_mention

__all__ = ["Registry", "registry", "successor"]


class Registry:
    """Departments and reforms, indexed by id and by every label (read-only once built).

    >>> r = registry()
    >>> r.get("cn-samr").pref_label
    '国家市场监督管理总局'
    >>> [d.id for d in r.by_label("省商务厅")]
    ['ah-dofcom', 'jx-dofcom']
    """

    def __init__(
        self, departments: Iterable[Department], reforms: Iterable[Reform] = (), templates: Bodies | None = None
    ) -> None:
        # templates: the standard bodies of every place (graph.departments.bodies.Bodies), which
        # answer for ids the rows do not list (sd-ndrc, d370100-fin-bureau)
        self._templates = templates
        self._departments = tuple(departments)
        self._reforms = tuple(reforms)
        by_id: dict[str, Department] = {}
        for d in self._departments:
            if d.id in by_id:
                raise ValueError(f"duplicate department id {d.id!r}")
            by_id[d.id] = d
        self._by_id = by_id
        index: dict[str, list[Department]] = {}
        for d in self._departments:
            for label in d.labels:
                bucket = index.setdefault(normalize_mention(label), [])
                if d not in bucket:
                    bucket.append(d)
        self._index = {k: tuple(v) for k, v in index.items()}
        forward: dict[str, Reform] = {}
        for ev in sorted(self._reforms, key=lambda e: e.date):
            for o in ev.original:
                forward.setdefault(o, ev)
        self._forward = forward
        # templated bodies and their reforms, made once per id (a build asks for each in every year)
        self._templated: dict[str, Department | None] = {}
        self._templated_reform: dict[str, Reform | None] = {}

    @classmethod
    def from_csv(cls, departments: str, reforms: str = "", templates: Bodies | None = None) -> Registry:
        """Build a registry from the text of the two CSV files (header rows included)."""
        deps = [
            Department(
                id=row["id"].strip(),
                pref_label=row["pref_label"].strip(),
                alt_labels=tuple(a.strip() for a in row["alt_labels"].split("|") if a.strip()),
                level=row["level"].strip(),
                kind=row["kind"].strip(),
                parent=row["parent"].strip() or None,
                jurisdiction=row["jurisdiction"].strip(),
                valid_from=_year(row["valid_from"]),
                valid_to=_year(row["valid_to"]),
            )
            for row in csv.DictReader(io.StringIO(departments))
        ]
        evs = (
            [
                Reform(
                    id=row["id"].strip(),
                    date=row["date"].strip(),
                    label=row["label"].strip(),
                    original=tuple(x for x in row["original"].split("|") if x),
                    resulting=tuple(x for x in row["resulting"].split("|") if x),
                )
                for row in csv.DictReader(io.StringIO(reforms))
            ]
            if reforms
            else []
        )
        return cls(deps, evs, templates)

    def get(self, department_id: str) -> Department | None:
        """The department with this id (a row, or a templated body of some place), or ``None``.

        A templated body that a row of its province lists under the same name is that row: one body,
        one id (``d340100-gov`` is ``ah-capital``, 合肥市人民政府); a templated body's parent likewise.
        """
        d = self._by_id.get(department_id)
        if d is None and self._templates is not None:
            if department_id not in self._templated:
                self._templated[department_id] = self._listed(self._templates.department(department_id))
            d = self._templated[department_id]
        return d

    def _listed(self, d: Department | None) -> Department | None:
        """A templated body as the row of its province with its full name, or with its parent so named."""
        if d is None:
            return None
        same = [x for x in self.by_label(d.pref_label) if x.jurisdiction == d.jurisdiction and x.pref_label == d.pref_label]
        if same:
            return same[0]
        parent = self.get(d.parent) if d.parent else None
        return replace(d, parent=parent.id) if parent is not None and parent.id != d.parent else d

    def canonical_id(self, department_id: str) -> str:
        """The id the body goes by: a templated id a row lists under the same name gives the row's."""
        d = self.get(department_id)
        return d.id if d is not None else department_id

    def __contains__(self, department_id: object) -> bool:
        return isinstance(department_id, str) and self.get(department_id) is not None

    def all(self) -> tuple[Department, ...]:
        """Every department, in file order."""
        return self._departments

    def reforms(self) -> tuple[Reform, ...]:
        """Every reform event, in file order."""
        return self._reforms

    def by_label(self, label: str) -> tuple[Department, ...]:
        """Every department whose preferred or alternative label is ``label`` (normalised)."""
        return self._index.get(normalize_mention(label), ())

    def reform_of(self, department_id: str) -> Reform | None:
        """The earliest reform event that ended ``department_id``, if any."""
        found = self._forward.get(department_id)
        if found is None and department_id not in self._by_id and self._templates is not None:
            if department_id not in self._templated_reform:
                self._templated_reform[department_id] = self._templates.reform_of(department_id)
            found = self._templated_reform[department_id]
        return found


@cache
def registry() -> Registry:
    """The registry shipped with the package (read once)."""
    data = resources.files("graph.data")
    return Registry.from_csv(
        data.joinpath("departments.csv").read_text(encoding="utf-8"),
        data.joinpath("reforms.csv").read_text(encoding="utf-8"),
        bodies(),
    )


def successor(department_id: str, year: int, *, reg: Registry | None = None) -> str:
    """The body that carries ``department_id`` on in ``year``, following ``reforms.csv``.

    A body that split goes to the first resulting body listed; a body not yet reformed by
    ``year`` (or never) is its own successor.

    >>> successor("ah-qts", 2019)
    'ah-amr'
    >>> successor("cn-cbrc", 2019), successor("cn-cbrc", 2017)
    ('cn-cbirc', 'cn-cbrc')
    """
    reg = reg or registry()
    if department_id not in reg:
        raise KeyError(f"unknown department id {department_id!r}")
    current, seen = department_id, {department_id}
    while True:
        event = reg.reform_of(current)
        if event is None or event.year > year or not event.resulting:
            return current
        following = event.resulting[0]
        if following in seen:
            return current
        seen.add(following)
        current = following
