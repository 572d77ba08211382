"""Causes found by the made set places110 (tests/made_gold/places110: a 北大荒 farm company, a 森工 forestry bureau,
三沙市, 厦门市海沧区; first run at 4588527). The places here are not those of the made documents.

- a forestry bureau the registry holds no template for (黑龙江省大海林林业局) left its own sections bare (`局资源管理科`,
  the elided `营林科`): a body written out with its province whose name ends like one that names its own sections
  (`[scope] named_issuer_heads`) is now the issuer of its notice, so its sections are its divisions;
- a 公安局 is a body of its own, never a section of the issuing bureau (`[scope] not_division_heads`);
- 三沙市's districts (西沙区, 南沙区, set up in 2020) were not in the division list, so `南沙区人民政府` in a 三沙 plan was
  广州's and `西沙区人民政府` bare (`scripts/build_divisions.py` `_EXTRA`, `graph/data/divisions.csv`).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from plan_text import write_notice

import graph
from graph.issuer_units import named_issuer
from graph.resolve import _resolve_packaged


def _doc(folder: Path, stem: str, issuer: str, date: str, body: str) -> Path:
    return write_notice(folder, stem, issuer, date, body, addressee="各林场")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    folder = tmp_path_factory.mktemp("places110")
    docs = [
        _doc(folder, "a_forest", "吉林省白河林业局", "2017年5月9日",
             "一、主要任务\n（一）落实管护责任。（局营林科牵头，资源管理科、各林场配合）\n"
             "（二）打击盗伐林木。（白河林业公安局负责，安图县国土资源局配合）\n"
             "二、保障措施\n局计划财务科要安排管护经费。"),
        _doc(folder, "b_bureau", "湖州市农业农村局", "2021年3月6日",
             "一、主要任务\n（一）推进项目。（局计划财务处牵头，市财政局配合）"),
    ]
    return graph.query_df(graph.build_graph(docs), "responsibilities")


def _got(df: pd.DataFrame) -> set[tuple[str, str, str]]:
    return {(Path(s).stem, m, d) for s, m, d in zip(df["source"], df["mention"], df["department"], strict=True)}


def test_a_forestry_bureaus_own_sections(built: pd.DataFrame) -> None:
    got = _got(built)
    assert ("a_forest", "局营林科", "吉林省白河林业局营林科") in got
    assert ("a_forest", "资源管理科", "吉林省白河林业局资源管理科") in got  # elided after the bureau's own section
    assert ("a_forest", "局计划财务科", "吉林省白河林业局计划财务科") in got  # a prose subject
    # a police bureau named after the forest area is a body of its own, not the bureau's section
    assert not any(d.startswith("吉林省白河林业局") for s, m, d in got if m == "白河林业公安局")
    # a place's bureau stays the place's
    assert ("a_forest", "安图县国土资源局", "安图县国土资源局") in got
    # a templated bureau's sections as before
    assert ("b_bureau", "局计划财务处", "湖州市农业农村局计划财务处") in got


def test_only_placed_bureaus_of_the_listed_heads() -> None:
    placed = _resolve_packaged("吉林省白河林业局", "220000", 2017)
    assert named_issuer(placed) is not None and named_issuer(placed).department_id == "pattern:吉林省白河林业局"
    # unplaced, or a head not listed (a police bureau, a company): no issuing body of its own
    for name in ("白河林业局", "吉林省白河林业公安局", "北大荒集团黑龙江八五二农场有限公司"):
        assert named_issuer(_resolve_packaged(name, "220000", 2017)) is None


@pytest.mark.parametrize(("mention", "place", "full"), [
    ("西沙区人民政府", "460300", "三沙市西沙区人民政府"),
    ("南沙区财政局", "460300", "三沙市南沙区财政局"),
    ("南沙区财政局", "460000", "三沙市南沙区财政局"),  # a 海南 plan: 海南's 南沙区
    ("区财政局", "460302", "三沙市南沙区财政局"),  # the district's own plan
    ("南沙区人民政府", "440100", "广州市南沙区人民政府"),  # 广州's as before
    ("南沙区人民政府", "440000", "广州市南沙区人民政府"),
])
def test_sanshas_districts(mention: str, place: str, full: str) -> None:
    assert _resolve_packaged(mention, place, 2021).canonical == full
