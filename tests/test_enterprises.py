"""State enterprises: one node per real enterprise, whichever short form a document prints."""

from __future__ import annotations

from graph.departments import resolve
from graph.departments.bodies import bodies


def test_one_enterprise_printed_two_ways_is_one_body() -> None:
    a = resolve("省机场集团", jurisdiction="AH", year=2023)
    b = resolve("省民航机场集团", jurisdiction="AH", year=2023)
    assert a.canonical == b.canonical == "安徽民航机场集团有限公司"
    assert resolve("安徽省投资集团", jurisdiction="CN", year=2021).canonical == "安徽省投资集团控股有限公司"
    assert resolve("省港航集团", jurisdiction="AH", year=2022).canonical == "安徽省港航集团有限公司"


def test_an_enterprise_the_table_does_not_list_keeps_its_place() -> None:
    # another province's 港航集团 is another body: written out with that province, never Anhui's
    r = resolve("省港航集团", jurisdiction="SD", year=2022)
    assert (r.canonical, r.resolved) == ("山东省港航集团", True)
    assert resolve("浙江省港航集团", jurisdiction="AH", year=2022).canonical == "浙江省港航集团"


def test_branches_of_a_central_enterprise_by_template() -> None:
    # 中国铁塔 has one branch per provincial-level unit, named after it
    r = resolve("省铁塔公司", jurisdiction="HA", year=2021)
    assert (r.canonical, r.department_id) == ("中国铁塔股份有限公司河南省分公司", "ha-tower-branch")
    assert resolve("市铁塔公司", jurisdiction="SH", year=2021).canonical == "中国铁塔股份有限公司上海市分公司"
    d = bodies().department("ha-tower-branch")
    assert d is not None and d.kind == "enterprise" and d.parent is None  # not a body of the province's government
