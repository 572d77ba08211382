"""Causes found by the made sets places101–places103 (tests/made_gold/places101 … places103: issuers drawn at random
from the provinces, 区, 自治县 and county-level cities, years 2012–2025, first runs at 137db6c). The places here are
not those of the made documents.

- an autonomous county printed by its short name and kind (`围场县林业和草原局` for 围场满族蒙古族自治县's bureau) after
  会同 in running text was no unit, so the partner was lost (the same name in a clause or a table cell was read and
  written out in full): now a body after an autonomous county's or banner's short name is a unit in prose as after its
  full name (the short form is the one the division table already keys: 河口县, 鄂伦春旗).
"""

from __future__ import annotations

import pandas as pd
import pytest
from plan_text import write_notice

import graph
from graph.extract.prose_units import is_subject_unit


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    folder = tmp_path_factory.mktemp("places101")
    county = write_notice(folder, "a_county", "屏边苗族自治县人民政府办公室", "2020年5月9日",
                          "一、保障措施\n由县农业农村局牵头，会同河口县农业农村局开展边境农业合作。长阳县卫生健康局要做好对口支援。")
    banner = write_notice(folder, "b_banner", "莫力达瓦达斡尔族自治旗人民政府办公室", "2021年6月2日",
                          "一、保障措施\n由旗林业和草原局牵头，会同鄂伦春旗林业和草原局开展森林防火联防。")
    return graph.query_df(graph.build_graph([county, banner]), "responsibilities")


def _got(df: pd.DataFrame) -> set[tuple[str, str, str, str]]:
    return {(s, m, r, d) for s, m, r, d in zip(df["source"], df["mention"], df["role"], df["department"], strict=True)}


def test_an_autonomous_county_short_name_after_with(built: pd.DataFrame) -> None:
    assert {("a_county.txt", "县农业农村局", "lead", "屏边苗族自治县农业农村局"),
            ("a_county.txt", "河口县农业农村局", "support", "河口瑶族自治县农业农村局"),
            ("a_county.txt", "长阳县卫生健康局", "responsible", "长阳土家族自治县卫生健康局"),
            ("b_banner.txt", "鄂伦春旗林业和草原局", "support", "鄂伦春自治旗林业和草原局")} <= _got(built)


@pytest.mark.parametrize("name", ["围场县林业和草原局", "河口县财政局", "鄂伦春旗应急管理局", "互助县住房和城乡建设局"])
def test_a_body_after_an_autonomous_short_name_is_a_unit(name: str) -> None:
    assert is_subject_unit(name) == (True, False)


@pytest.mark.parametrize("name", ["围场县", "河口县的农业", "河口财政局"])
def test_not_a_body(name: str) -> None:
    assert is_subject_unit(name)[0] is False or is_subject_unit(name)[1] is True
