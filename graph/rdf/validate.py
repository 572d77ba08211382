"""SHACL shapes (pyshacl) plus the must-be-empty queries of ``queries/checks``."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from .build import load_ontology_file

__all__ = ["ValidationReport", "validate"]


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    text: str
    shacl_violations: int
    check_rows: dict[str, int]


def validate(g: Graph, *, max_lines: int = 60) -> ValidationReport:
    """Validate ``g`` against ``ontology/shapes.ttl`` and every ``checks/*-violation`` query."""
    from pyshacl import validate as shacl_validate

    from ..sparql import list_queries, query_df

    shapes = load_ontology_file("shapes.ttl")
    conforms, results, _ = shacl_validate(g, shacl_graph=shapes, inference="none", advanced=False)
    lines: list[str] = []
    violations = 0
    if not conforms:
        sh = "http://www.w3.org/ns/shacl#"
        rows = results.query(
            f"""SELECT ?focus ?path ?msg WHERE {{
                ?r a <{sh}ValidationResult> ; <{sh}focusNode> ?focus .
                OPTIONAL {{ ?r <{sh}resultPath> ?path }}
                OPTIONAL {{ ?r <{sh}resultMessage> ?msg }} }}"""
        )
        found = sorted((str(r[0]), str(r[1] or ""), str(r[2] or "")) for r in rows)
        violations = len(found)
        lines.append(f"SHACL: {violations} violation(s)")
        for focus, path, msg in found[:max_lines]:
            lines.append(f"  {focus}  {path}: {msg}")
        if violations > max_lines:
            lines.append(f"  … and {violations - max_lines} more")
    checks: dict[str, int] = {}
    for q in list_queries(include_checks=True):
        if not q.name.startswith("checks/"):
            continue
        df = query_df(g, q.name)
        checks[q.name] = len(df)
        if len(df):
            lines.append(f"{q.name}: {len(df)} row(s) — {q.summary}")
            for row in df.head(10).itertuples(index=False):
                lines.append("  " + " | ".join(str(x) for x in row))
    ok = conforms and not any(checks.values())
    if ok:
        lines.append(f"conforms: {len(g)} triples, SHACL shapes and {len(checks)} checks pass")
    return ValidationReport(conforms=ok, text="\n".join(lines) + "\n", shacl_violations=violations, check_rows=checks)
