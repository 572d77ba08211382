"""A zone's bureau printed with the zone's short name outside the zone's own plan (a province's, a city's) is the node of
the zone's own plan, ``{zone}X局`` (the lead's follow-up of places111–113): ``南昌经开区财政局`` and
``南昌经济技术开发区管委会经济发展局`` in 江西省's plan are 南昌经济技术开发区财政局 and …经济发展局, as printed bare in the
zone's plan. A short name a zone's kind does not give is data (``rules.toml [places] zone_short_names``: 洋浦经开区)."""

from __future__ import annotations

import pandas as pd
import pytest
from plan_text import write_notice

import graph
from graph.resolve import _resolve_packaged


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    folder = tmp_path_factory.mktemp("zone_short_names")
    docs = [
        write_notice(folder, "a_province", "江西省人民政府", "2021年3月1日",
                     "一、主要任务\n（一）培育物流企业。（省商务厅牵头，南昌经开区财政局、南昌经济技术开发区管委会经济发展局配合）"),
        write_notice(folder, "b_zone", "南昌经济技术开发区管理委员会", "2021年5月1日",
                     "一、主要任务\n（一）建设标准厂房。（经济发展局牵头，财政局、南昌经开区财政局配合）"),
    ]
    return graph.query_df(graph.build_graph(docs), "responsibilities")


@pytest.mark.parametrize("bureau", ["财政局", "经济发展局"])
def test_one_node_in_a_provinces_plan_and_the_zones_own(built: pd.DataFrame, bureau: str) -> None:
    rows = built[built["mention"].str.endswith(bureau)]
    assert set(rows["department"]) == {"南昌经济技术开发区" + bureau}
    assert rows["source"].nunique() == 2


@pytest.mark.parametrize(("mention", "place", "full"), [
    ("洋浦经开区财政局", "460000", "洋浦经济开发区财政局"),  # a short name of the data, in 海南省's plan
    ("洋浦经开区财政局", "460400", "洋浦经济开发区财政局"),  # in 儋州市's
    ("经开区财政局", "460000", "经开区财政局"),  # a zone's kind alone: which zone's? as before
    ("南昌经开区生态环境分局", "360100", "南昌经开区生态环境分局"),  # a place's bureau's branch: as printed
])
def test_names_written_out(mention: str, place: str, full: str) -> None:
    assert _resolve_packaged(mention, place, 2021).canonical == full
