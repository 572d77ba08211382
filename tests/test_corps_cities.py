"""A Corps division-city (师市合一: 新疆生产建设兵团第六师五家渠市) has one set of organs: its bureau printed after the
division (第六师财政局, 兵团第六师财政局), after 师市, after the city (五家渠市财政局, 第六师五家渠市财政局), after 市 or bare in
its own plan is one node, 新疆生产建设兵团第六师五家渠市财政局, in its own plan and in any other (docs/readings.md). A
division before its city was set up (第九师 before 白杨市, 2023) keeps its own name (`[places] corps_cities_since`)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from plan_text import write_notice

import graph
from graph.resolve import _resolve_packaged

FINANCE = "新疆生产建设兵团第六师五家渠市财政局"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    folder = tmp_path_factory.mktemp("corps_cities")
    docs = [
        write_notice(folder, "a_city", "新疆生产建设兵团第六师五家渠市", "2021年3月1日",
                     "一、主要任务\n（一）推进棉花种植。（师市财政局牵头，第六师财政局、五家渠市财政局配合）\n"
                     "（二）建设农田。（市农业农村局牵头，财政局、兵团第六师农业农村局配合）"),
        write_notice(folder, "c_bureau", "第四师可克达拉市发展改革委", "2021年3月1日",
                     "一、主要任务\n（一）储备重大项目。（投资科牵头，办公室配合）"),
        write_notice(folder, "b_prefecture", "昌吉回族自治州人民政府", "2021年3月1日",
                     "一、主要任务\n（一）推进棉花种植。（州财政局牵头，第六师财政局、五家渠市财政局配合）"),
    ]
    return graph.query_df(graph.build_graph(docs), "responsibilities")


def test_one_node_for_a_division_citys_bureau(built: pd.DataFrame) -> None:
    finance = built[built["mention"].str.endswith("财政局") & ~built["mention"].str.startswith("州")]
    assert set(finance["department"]) == {FINANCE}
    assert set(finance["mention"]) == {"师市财政局", "第六师财政局", "五家渠市财政局", "财政局"}
    assert set(finance["source"].map(lambda s: Path(s).stem)) == {"a_city", "b_prefecture"}
    # a division-city's bureau issuing: its sections its own, under the division-city's name
    sections = built[built["source"].map(lambda s: Path(s).stem) == "c_bureau"]
    assert set(sections["department"]) == {"新疆生产建设兵团第四师可克达拉市发展和改革委员会" + u for u in ("投资科", "办公室")}
    farming = built[built["mention"].str.endswith("农业农村局")]
    assert set(farming["department"]) == {"新疆生产建设兵团第六师五家渠市农业农村局"}


@pytest.mark.parametrize(("mention", "place", "year", "full"), [
    ("第六师发改委", "650000", 2021, "新疆生产建设兵团第六师五家渠市发展和改革委员会"),
    ("五家渠市发改委", "650000", 2021, "新疆生产建设兵团第六师五家渠市发展和改革委员会"),
    ("石河子市财政局", "659001", 2021, "新疆生产建设兵团第八师石河子市财政局"),
    ("第九师生态环境局", "654200", 2021, "新疆生产建设兵团第九师生态环境局"),  # before 白杨市
    ("第十二师生态环境局", "650100", 2021, "新疆生产建设兵团第十二师生态环境局"),  # a division with no city
])
def test_names_written_out(mention: str, place: str, year: int, full: str) -> None:
    assert _resolve_packaged(mention, place, year).canonical == full
