"""A place's own name for one template can be another template's name: 青岛's 行政审批局 is its
行政审批服务局, 辽宁's 营商环境局 its 营商环境建设局, 天津's districts' 市场监管局 (until 2018) their
市场和质量监督管理局. However printed, the body is one node (one id), not two."""

from __future__ import annotations

import pytest

from graph.departments.local import document_place, resolve_local


@pytest.mark.parametrize(
    ("doc", "printed", "year"),
    [
        ("青岛市", ("市行政审批局", "市行政审批服务局", "青岛市行政审批局"), 2020),
        ("辽宁省", ("省营商环境局", "省营商环境建设局", "省营商局"), 2020),
        ("黑龙江省", ("省营商环境局", "省营商环境建设监督局", "省营商局"), 2020),
        ("齐齐哈尔市", ("市营商环境局", "市营商环境建设监督局"), 2020),
        ("天津市和平区", ("区市场监管局", "区市场和质量监督管理局"), 2016),
    ],
)
def test_one_body_however_printed(doc: str, printed: tuple[str, ...], year: int) -> None:
    where = document_place(doc)
    found = {resolve_local(key, where, year) for key in printed}
    assert len(found) == 1, found
    (kind, _key, _name), = found
    assert kind == "body"  # a template id, with its registry facts


def test_other_places_keep_their_own_templates() -> None:
    # 济南 has no place row: its 行政审批服务局 is the template's, its 市场监管局 the 2018 template's
    where = document_place("济南市")
    assert resolve_local("市行政审批服务局", where, 2020) == ("body", "d370100-approval", "济南市行政审批服务局")
    assert resolve_local("市市场监管局", where, 2020) == ("body", "d370100-amr", "济南市市场监督管理局")
