"""Causes found by the made sets places104–places106 (tests/made_gold/places104 … places106: issuers drawn at random
from levels rarely met — towns, 民族乡, 苏木, street offices, a Corps regiment, 特区, 地区, 自治旗, a municipality's districts,
county-level cities sharing a short name — 2012–2025, two joint notices; first runs at ab4950d). The places here are
not those of the made documents.

- a joint notice of two places: `市X局` and `县X局` were read as the bodies of the city holding both (白城市's), `地区X局`
  and `师市X局` of a 地区's and a Corps division's notice left bare: now a relative name whose level word is the kind of
  exactly one co-issuer's place is that place's (graph/departments/co_places.py, `[places] co_issuer_heads`);
- a Corps division or regiment as issuer (新疆生产建设兵团第十师, 第八师一四三团) was no signer and no place: now it signs, and
  its place is its division-city, so its `师市X局` and `一四一团` are written out; its own units (`团农业发展办公室`) are the
  regiment's, as a town's `镇X` are the town's; so are a street office's (`街道党政综合办公室`) and a long 民族乡's;
- a 民族乡 printed in the title without its banner, signed with it: the signature's fuller name is the issuer (and
  gives the place);
- a 苏木 of one character (辉苏木人民政府), 北京's district planning branch (区规划自然资源分局: the municipal commission's
  branch), a Corps division printed short (兵团第三师);
- prose: `各嘎查`, `各连队` collectives; `各街道办事处、地区办事处` one collective; `我镇` (the town itself) no unit.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from plan_text import write_notice

import graph
from graph.departments.co_places import co_place
from graph.departments.registry import resolve
from graph.extract.metadata import extract_metadata
from graph.ingest.normalize import normalize


def _doc(folder: Path, stem: str, title_issuer: str, issuer: str, date: str, body: str) -> Path:
    return write_notice(folder, stem, title_issuer, date, body, signature="\n".join(issuer.split("、")))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    folder = tmp_path_factory.mktemp("places104")
    docs = [
        _doc(folder, "a_joint", "洮南市人民政府 通榆县人民政府", "洮南市人民政府、通榆县人民政府", "2022年5月9日",
             "一、重点任务\n（一）市农业农村局、县农业农村局要推进秸秆综合利用。\n（二）由市水利局牵头，会同县水利局开展河道清淤。"),
        _doc(folder, "b_corps", "塔城地区行政公署 新疆生产建设兵团第九师", "塔城地区行政公署、新疆生产建设兵团第九师", "2021年6月2日",
             "一、重点任务\n（一）统筹兵地规划。\n牵头单位：地区自然资源局、师市自然资源局\n配合单位：地区发展改革委\n"
             "二、保障措施\n地区财政局、师市财政局要保障经费。"),
        _doc(folder, "c_regiment", "新疆生产建设兵团第一师十团", "新疆生产建设兵团第一师十团", "2023年3月6日",
             "一、重点工作\n（一）团农业发展办公室要会同团水利工作站推进节水改造。\n（二）十一团要与我团共同维护干渠。\n"
             "二、保障措施\n请师市水利局对我团工作给予指导。各连队要落实管理责任。"),
        _doc(folder, "d_township", "新生鄂伦春族乡人民政府", "黑河市爱辉区新生鄂伦春族乡人民政府", "2013年4月16日",
             "一、主要任务\n（一）乡农业服务中心要会同区农业局推进大豆种植。\n（二）各村要落实属地责任。"),
        _doc(folder, "e_street", "成都市锦江区春熙路街道办事处", "成都市锦江区春熙路街道办事处", "2021年4月12日",
             "一、重点任务\n（一）规范商铺经营秩序。\n牵头单位：区市场监管局\n配合单位：街道党政办公室"),
        _doc(folder, "f_town", "紫阳县蒿坪镇人民政府", "紫阳县蒿坪镇人民政府", "2022年3月10日",
             "一、重点工作\n（一）洞河镇人民政府要与我镇共同做好垃圾清运。\n（二）双桥镇人民政府要与我镇共同做好河道保洁。"),
    ]
    return graph.query_df(graph.build_graph(docs), "responsibilities")


def _got(df: pd.DataFrame) -> set[tuple[str, str, str]]:
    return {(s, m, d) for s, m, d in zip(df["source"], df["mention"], df["department"], strict=True)}


def test_a_joint_notice_of_a_city_and_a_county(built: pd.DataFrame) -> None:
    assert {("a_joint.txt", "市农业农村局", "洮南市农业农村局"), ("a_joint.txt", "县农业农村局", "通榆县农业农村局"),
            ("a_joint.txt", "市水利局", "洮南市水利局"), ("a_joint.txt", "县水利局", "通榆县水利局")} <= _got(built)


def test_a_joint_notice_of_a_prefecture_and_a_corps_division(built: pd.DataFrame) -> None:
    assert {("b_corps.txt", "地区自然资源局", "塔城地区自然资源局"),
            ("b_corps.txt", "师市自然资源局", "新疆生产建设兵团第九师白杨市自然资源局"),
            ("b_corps.txt", "地区财政局", "塔城地区财政局"),
            ("b_corps.txt", "师市财政局", "新疆生产建设兵团第九师白杨市财政局")} <= _got(built)


def test_a_regiments_own_plan(built: pd.DataFrame) -> None:
    got = _got(built)
    assert {("c_regiment.txt", "团农业发展办公室", "新疆生产建设兵团第一师十团农业发展办公室"),
            ("c_regiment.txt", "团水利工作站", "新疆生产建设兵团第一师十团水利工作站"),
            ("c_regiment.txt", "十一团", "新疆生产建设兵团第一师十一团"),
            ("c_regiment.txt", "师市水利局", "新疆生产建设兵团第一师阿拉尔市水利局"),
            ("c_regiment.txt", "各连队", "各连队")} <= got
    assert not any(m == "我团" for s, m, _ in got)


def test_a_township_signed_with_its_county_and_a_street_office(built: pd.DataFrame) -> None:
    assert {("d_township.txt", "乡农业服务中心", "黑河市爱辉区新生鄂伦春族乡农业服务中心"),
            ("d_township.txt", "区农业局", "黑河市爱辉区农业局"),
            ("e_street.txt", "区市场监管局", "成都市锦江区市场监督管理局"),
            ("e_street.txt", "街道党政办公室", "成都市锦江区春熙路街道党政办公室")} <= _got(built)


def test_the_town_itself_is_no_partner(built: pd.DataFrame) -> None:
    got = {(s, m) for s, m, _ in _got(built)}
    assert ("f_town.txt", "双桥镇人民政府") in got and not any(m == "我镇" for _, m in got)


@pytest.mark.parametrize(("title", "issuer", "expected"), [
    ("新生鄂伦春族乡人民政府", "黑河市爱辉区新生鄂伦春族乡人民政府", "黑河市爱辉区新生鄂伦春族乡人民政府"),
    ("塔城地区行政公署 新疆生产建设兵团第九师", "塔城地区行政公署\n新疆生产建设兵团第九师", "塔城地区行政公署、新疆生产建设兵团第九师"),
    ("新疆生产建设兵团第一师十团", "新疆生产建设兵团第一师十团", "新疆生产建设兵团第一师十团"),
    ("某市人民政府办公室", "某市人民政府办公室", "某市人民政府办公室"),
])
def test_the_issuer(title: str, issuer: str, expected: str) -> None:
    text = f"{title}关于印发工作方案的通知\n\n各有关单位：\n现将方案印发给你们。\n\n{issuer}\n2021年6月2日\n"
    assert extract_metadata(normalize(text)).issuer == expected


@pytest.mark.parametrize(("mention", "issuer", "expected"), [
    ("市场监督管理局", "洮南市人民政府、通榆县人民政府", None),  # 市场: a word, not 市 + a body
    ("市农业农村局", "洮南市人民政府、洮南市财政局", None),  # one place: the document's own, as before
    ("区财政局", "某市人民政府", None),
    ("区财政局", "武汉市人民政府、武汉市江岸区人民政府", "420102"),
])
def test_co_place(mention: str, issuer: str, expected: str | None) -> None:
    assert co_place(mention, issuer) == expected


@pytest.mark.parametrize(("mention", "where", "year", "expected"), [
    ("宝日苏木人民政府", "150725", 2015, "陈巴尔虎旗宝日苏木人民政府"),
    ("宝苏木人民政府", "150725", 2015, "陈巴尔虎旗宝苏木人民政府"),  # a 苏木 of one character
    ("区规划自然资源分局", "110108", 2021, "北京市规划和自然资源委员会海淀分局"),
    ("区规划和自然资源分局", "330106", 2021, "杭州市规划和自然资源局西湖区分局"),
    ("兵团第七师", "654000", 2019, "新疆生产建设兵团第七师"),
    ("第七师", "654000", 2019, "新疆生产建设兵团第七师"),
])
def test_names_written_out(mention: str, where: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=where, year=year).canonical == expected


def test_prose_collectives(tmp_path: Path) -> None:
    p = _doc(tmp_path, "g", "某旗某苏木人民政府", "某旗某苏木人民政府", "2021年6月2日",
             "一、保障措施\n各嘎查要落实属地责任。各街道办事处、地区办事处要落实属地责任。")
    ex = graph.extract_file(p)
    got = [(a.mention, a.generic) for t in ex.tasks for a in t.assignees]
    assert got == [("各嘎查", True), ("各街道办事处、地区办事处", True)]


@pytest.mark.parametrize(("issuer", "expected"), [
    ("松山湖高新技术产业开发区管理委员会", "441900"),
    ("阿拉山口综合保税区管理委员会", "652702"),
    ("西咸新区管理委员会", "610100"),
    ("赣江新区管理委员会", "JX"),
])
def test_zones_not_named_after_their_place(issuer: str, expected: str) -> None:
    # the draw's hand list of zones (not a held-out measure: none of them was drawn), zone_places.csv
    from graph.departments.jurisdiction import document_jurisdiction

    assert document_jurisdiction(issuer, None, None) == (expected, "issuer")
