"""Units named only by the role they hold in some other list (工作专班牵头单位, 配合单位) name no
body: they are collectives of their document, never one node shared by every document that prints
the same words."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.api import build_graph
from graph.departments.resolution import is_generic as resolver_generic
from graph.extract.cues import is_generic


@pytest.mark.parametrize("mention", ["市重点项目推进专班牵头单位", "牵头部门", "配合单位", "协办单位", "考核责任单位",
                                     "县创建工作领导小组成员单位"])
def test_a_unit_named_by_its_role_is_generic(mention: str) -> None:
    assert is_generic(mention) and resolver_generic(mention)


@pytest.mark.parametrize("mention", ["市发展改革委", "国家粮食和物资储备局", "县单位工会"])
def test_named_bodies_stay_named(mention: str) -> None:
    assert not is_generic(mention) and not resolver_generic(mention)


def test_two_documents_role_named_units_are_two_collectives(tmp_path: Path) -> None:
    texts = {
        "a.txt": "河南省人民政府办公厅关于印发某方案的通知\n一、加快项目建设。推进重点项目开工。（市重点项目推进专班牵头单位负责）\n",
        "b.txt": "广西壮族自治区人民政府办公厅关于印发另一方案的通知\n一、优化营商环境。压缩审批时限。（市重点项目推进专班牵头单位负责）\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    g = build_graph([tmp_path / "a.txt", tmp_path / "b.txt"])
    agents = set(g.query("""PREFIX pkg: <https://w3id.org/policykg/ontology#>
        SELECT DISTINCT ?a WHERE { ?x pkg:agent ?a }"""))
    assert len(agents) == 2
    generic = {bool(row[0].toPython()) for row in g.query("""PREFIX pkg: <https://w3id.org/policykg/ontology#>
        SELECT ?g WHERE { ?x pkg:agent ?a ; pkg:generic ?g }""")}
    assert generic == {True}
