"""One real body, one node: a body both listed by hand (departments.csv) and made by a template of its
place, and a name written out with its place from a relative form, are each one IRI with one label."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.namespace import ORG, SKOS

import graph
from graph.departments import registry, resolve
from graph.departments.local import resolve_local
from graph.departments.model import normalize_mention
from graph.extract import Extraction
from graph.rdf.namespaces import org_iri
from graph.resolve import default_resolver, registry_lines


def _notice(tmp_path: Path, name: str, issuer: str, body: str) -> Extraction:
    p = tmp_path / name
    p.write_text(f"{issuer}关于印发2021年工作要点的通知\n\n一、重点任务\n{body}\n{issuer}\n2021年3月6日\n", encoding="utf-8")
    return graph.extract_file(p)


def test_every_listed_body_a_template_also_makes_is_one_id() -> None:
    reg = registry()
    doubles = []
    for d in reg.all():
        for label in (d.pref_label, *d.alt_labels):
            found = resolve_local(normalize_mention(label), None, None)
            if found is None or found[0] != "body" or found[1] == d.id:
                continue
            t = reg.get(found[1])
            if t is not None and t.pref_label == d.pref_label and t.id != d.id:
                doubles.append((d.id, found[1], label))
    assert doubles == []  # was ah-capital / d340100-gov (合肥市人民政府), jx-capital / d360100-gov, ...


def test_a_capitals_bureaus_hang_under_its_listed_government() -> None:
    reg = registry()
    assert reg.get("d340100-gov").id == "ah-capital"  # type: ignore[union-attr]
    bureau = resolve("合肥市财政局", jurisdiction="AH", year=2021)
    assert reg.get(bureau.department_id).parent == "ah-capital"  # type: ignore[arg-type,union-attr]
    lines = registry_lines({str(org_iri(bureau.department_id)), str(org_iri("ah-capital"))})  # type: ignore[arg-type]
    assert not any("/org/d340100-gov>" in line for line in lines)
    assert any(line.startswith(f"<{org_iri('d340100-fin-bureau')}>") and "subOrganizationOf" in line
               and "/org/ah-capital>" in line for line in lines)


def test_a_guard_a_city_without_a_listed_government_keeps_the_template() -> None:  # guard
    assert registry().get("d370100-fin-bureau").parent == "d370100-gov"  # type: ignore[union-attr]


@pytest.mark.parametrize("full", ["湖州市生态环境局长兴分局"])
def test_a_branch_written_out_from_its_relative_form_is_the_one_printed_in_full(tmp_path: Path, full: str) -> None:
    resolver = default_resolver()
    huzhou = _notice(tmp_path, "hz.txt", "湖州市人民政府办公室", "（一）加强监管。（市生态环境局长兴分局负责）\n")
    printed = _notice(tmp_path, "hz2.txt", "湖州市人民政府办公室", f"（一）加强监管。（{full}负责）\n")
    relative, in_full = resolver("市生态环境局长兴分局", huzhou), resolver(full, printed)
    assert relative[1] == in_full[1] == full
    assert relative[0] == in_full[0]  # was a plain key and a pattern: key, two nodes


def test_a_graph_gives_each_label_one_node(tmp_path: Path) -> None:
    """Hefei's government, its bureau and a 湖州 branch printed relative and in full: one IRI a label."""
    hefei = tmp_path / "hf.txt"
    hefei.write_text("合肥市人民政府关于印发2021年工作要点的通知\n\n一、重点任务\n（一）加强调度。（合肥市人民政府、合肥市财政局负责）\n"
                     "合肥市人民政府\n2021年3月6日\n", encoding="utf-8")
    rel = tmp_path / "hz.txt"
    rel.write_text("湖州市人民政府办公室关于印发2021年工作要点的通知\n\n一、重点任务\n（一）加强监管。（市生态环境局长兴分局负责）\n"
                   "湖州市人民政府办公室\n2021年3月6日\n", encoding="utf-8")
    full = tmp_path / "hz2.txt"
    full.write_text(rel.read_text(encoding="utf-8").replace("市生态环境局长兴分局", "湖州市生态环境局长兴分局"), encoding="utf-8")
    g = graph.build_graph([hefei, rel, full])
    by_label: dict[str, set[str]] = {}
    for node, label in g.subject_objects(SKOS.prefLabel):
        if str(node).startswith(str(org_iri("x"))[:-1]):
            by_label.setdefault(str(label), set()).add(str(node))
    assert by_label["合肥市人民政府"] == {str(org_iri("ah-capital"))}
    assert len(by_label["湖州市生态环境局长兴分局"]) == 1
    assert (org_iri("d340100-fin-bureau"), ORG.subOrganizationOf, org_iri("ah-capital")) in g
