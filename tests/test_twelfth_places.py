"""Causes found by the twelfth made set (tests/made_gold/places12, first run on main c4f3dbe):
黑龙江's business-environment bureaus (营商环境建设监督局), 辽宁's printed as 营商环境局, 青岛's own names
of three bodies (大数据发展管理局, 行政审批服务局, 民营经济发展局), national new areas run by a city
(青岛西海岸新区 and three others) and 各 with one place level alone as the subject of running text
(各乡镇要…). The sentences are our own and the places are not those of the made documents, except
where the data row is of one place (青岛); the expected names are the bodies' official full names
(docs/made-eval.md)."""

from __future__ import annotations

import pytest

import graph
from graph.departments.registry import resolve

HARBIN, MUDANJIANG, BAYAN, SHENYANG, JINAN, QINGDAO, NINGBO = (
    "230100", "231000", "230126", "210100", "370100", "370200", "330200")


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("省营商局", "HL", "黑龙江省营商环境建设监督局"),
    ("市营商环境局", HARBIN, "哈尔滨市营商环境建设监督局"),
    ("市营商局", MUDANJIANG, "牡丹江市营商环境建设监督局"),
    ("县营商环境局", BAYAN, "巴彦县营商环境建设监督局"),
    ("市营商环境局", SHENYANG, "沈阳市营商环境建设局"),
    # elsewhere the name stays as printed, written out with its place
    ("市营商环境局", JINAN, "济南市营商环境局"),
])
def test_business_environment_bureaus(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2021).canonical == expected


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("市大数据局", QINGDAO, "青岛市大数据发展管理局"),
    ("市行政审批局", QINGDAO, "青岛市行政审批服务局"),
    ("市民营经济局", QINGDAO, "青岛市民营经济发展局"),
    # another city of the province, and another 计划单列市, keep the printed names
    ("市大数据局", JINAN, "济南市大数据局"),
    ("市行政审批局", JINAN, "济南市行政审批局"),
    ("市民营经济局", NINGBO, "宁波市民营经济局"),
])
def test_qingdao_own_names(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2021).canonical == expected


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("西海岸新区管委会", QINGDAO, "青岛西海岸新区管理委员会"),
    ("江北新区管委会", "320100", "南京江北新区管理委员会"),
    ("金普新区管委会", "210200", "大连金普新区管理委员会"),
    ("哈尔滨新区管委会", "HL", "哈尔滨新区管理委员会"),
])
def test_new_areas_run_by_a_city(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2021).canonical == expected


def test_each_level_alone_as_a_subject(tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc = tmp_path / "county.txt"
    doc.write_text(
        "巴彦县人民政府办公室关于印发巴彦县庭院经济发展方案的通知\n巴政办发〔2022〕7号\n\n"
        "一、主要任务\n1.发展庭院种植。（县农业农村局负责）\n\n二、保障措施\n"
        "各乡镇要落实属地责任。县财政局要保障工作经费。对各乡镇要加强督导。\n\n"
        "巴彦县人民政府办公室\n2022年3月1日\n", encoding="utf-8")
    df = graph.query_df(graph.build_graph([doc]), "responsibilities")
    prose = sorted(zip(df[df["form"] == "prose"]["mention"], df[df["form"] == "prose"]["department"], strict=True))
    # 各乡镇 is the subject of the first sentence; in the third it is an object (对各乡镇…)
    assert prose == [("县财政局", "巴彦县财政局"), ("各乡镇", "各乡镇")]


def test_a_department_notice_names_bodies_with_their_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # a probe after places12: in a 厅's own notice, 省X中心 / 省X局 are bodies of the province (written
    # out with it), not divisions of the 厅; its 机关党委 is the party committee of its organs
    doc = tmp_path / "dept.txt"
    doc.write_text(
        "四川省农业农村厅关于印发2021年全省种业工作要点任务分工的通知\n川农发〔2021〕8号\n\n"
        "厅机关各处室、各直属单位：\n现将任务分工印发给你们。\n\n四川省农业农村厅\n2021年4月2日\n\n"
        "一、重点任务\n（一）加强种子执法。（种业管理处、省农业综合执法局按职责分工负责）\n"
        "（二）推进信息公开。（省农业信息中心负责）\n（三）开展警示教育。（机关党委牵头，计划财务处配合）\n"
        "（四）开展市场检查。（市场与信息化处负责）\n", encoding="utf-8")
    df = graph.query_df(graph.build_graph([doc]), "responsibilities")
    assert dict(zip(df["mention"], df["department"], strict=True)) == {
        "种业管理处": "四川省农业农村厅种业管理处",
        "省农业综合执法局": "四川省农业综合执法局",
        "省农业信息中心": "四川省农业信息中心",
        "机关党委": "中共四川省农业农村厅机关委员会",
        "计划财务处": "四川省农业农村厅计划财务处",
        "市场与信息化处": "四川省农业农村厅市场与信息化处",
    }


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("省委军民融合办", "SD", "中共山东省委军民融合发展委员会办公室"),
    ("市委军民融合办", NINGBO, "中共宁波市委军民融合发展委员会办公室"),
])
def test_civil_military_office(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2020).canonical == expected
