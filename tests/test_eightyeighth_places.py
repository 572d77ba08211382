"""Causes found by the eighty-eighth to ninety-first made sets (tests/made_gold/places88 … places91, places, genres,
forms and years drawn at random, first runs at e03925f): 请X对我县…给予指导 (a phrase between the asked unit and its
duty 指导) was read as responsible; GUIDE.md: 指导 → guide. The places here are not those of the made documents.
"""

from __future__ import annotations

import pandas as pd
import pytest

import graph

_BODY = ("一、任务\n1.建设物流站。（县商务局负责）\n二、要求\n"
         "请遵义市商务局对我县电子商务进村工作给予指导。"
         "请省农业农村厅为我县示范区创建加强业务指导。"
         "请市公安局在春节期间加强督办指导。"
         "请市财政局对项目资金给予支持。"
         "请市水利局就灌区改造项目抓紧审批。")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    folder = tmp_path_factory.mktemp("eightyeighth")
    path = folder / "a_guide.txt"
    path.write_text(f"湄潭县人民政府办公室关于印发工作方案的通知\n\n{_BODY}\n\n湄潭县人民政府办公室\n2019年3月6日\n",
                    encoding="utf-8")
    return graph.query_df(graph.build_graph([path]), "responsibilities")


def test_asked_unit_guides_after_a_phrase(built: pd.DataFrame) -> None:
    got = {(m, r) for m, r in zip(built["mention"], built["role"], strict=True)}
    # 请X对/为/在…(给予|加强|加强督办)指导: X guides
    assert {("遵义市商务局", "guide"), ("省农业农村厅", "guide"), ("市公安局", "guide")} <= got
    # the clause ends with no 指导 (给予支持, 抓紧审批): X is asked, responsible, as before
    assert {("市财政局", "responsible"), ("市水利局", "responsible")} <= got


def test_henan_county_data_bureau_short_form(tmp_path: pytest.TempPathFactory) -> None:
    # a 河南 county's 县大数据局 and its 县政务服务和大数据管理局: one body (2019 reforms); not elsewhere
    out = []
    for stem, issuer, year in (("b_ha", "新蔡县人民政府办公室", 2021), ("d_hb", "枣阳市人民政府办公室", 2021)):
        path = tmp_path / f"{stem}.txt"  # type: ignore[operator]
        path.write_text(f"{issuer}关于印发工作方案的通知\n\n一、任务\n1.建设政务平台。（县大数据局牵头，县政务服务和大数据管理局配合）\n"
                        f"\n{issuer}\n{year}年3月6日\n", encoding="utf-8")
        out.append(path)
    df = graph.query_df(graph.build_graph(out), "responsibilities")
    got = {(s, m): d for s, m, d in zip(df["source"], df["mention"], df["department"], strict=True)}
    assert got[("b_ha.txt", "县大数据局")] == got[("b_ha.txt", "县政务服务和大数据管理局")] == "新蔡县政务服务和大数据管理局"
    assert got[("d_hb.txt", "县大数据局")] != got[("d_hb.txt", "县政务服务和大数据管理局")]


def test_crops_sown_and_bought_in_a_goal(tmp_path: pytest.TempPathFactory) -> None:
    # a clause opening (after its scope 全县) with 种植 / 收购 commits to its number (GUIDE.md targets); not 种植 inside a name
    path = tmp_path / "e_crops.txt"  # type: ignore[operator]
    path.write_text("会泽县人民政府办公室关于印发烟叶工作方案的通知\n\n一、目标\n2021年，全县种植烤烟12万亩，收购烟叶30万担，"
                    "花生种植、收获机械化率65%。\n二、任务\n1.落实种植面积。（县农业农村局负责）\n\n会泽县人民政府办公室\n2021年3月6日\n",
                    encoding="utf-8")
    df = graph.query_df(graph.build_graph([path]), "targets")
    got = {(float(v), u) for v, u in zip(df["value"], df["unit"], strict=True)}
    assert {(12.0, "万亩"), (30.0, "万担")} <= got
    assert (65.0, "%") not in got


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    ("市政数局", "440500", 2025, "汕头市政务服务和数据管理局"),  # 广东's cities from 2024 (printed 政数局)
    ("市政务服务和数据管理局", "440500", 2025, "汕头市政务服务和数据管理局"),
    ("省政数局", "GD", 2024, "广东省政务服务和数据管理局"),
    ("市政务服务数据管理局", "440500", 2021, "汕头市政务服务数据管理局"),  # before: as printed
    ("市政数局", "330100", 2025, "杭州市政数局"),  # not 广东: as printed
])
def test_guangdong_data_bureaus(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    from graph.departments.registry import resolve

    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected
