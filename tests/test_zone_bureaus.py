"""A zone's own bureau is one node however its plans print it (the lead's follow-up of places111–113).

A zone committee's plan prints its bureau after the committee (``管委会经济发展局``), after the zone's kind (``区经济发展局``,
``经开区经济发展局``) or bare (``经济发展局``): all name one bureau, written ``{zone}X局`` as the zone's other bodies
(docs/readings.md), in every plan of the zone. A name printed bare after another bare name of the plan, or in another
role's list than a place's body (``牵头单位：赣州市人民政府 / 配合单位：规划建设局``), is the zone's too. The places are not
those of the made documents.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from plan_text import write_notice

import graph


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    folder = tmp_path_factory.mktemp("zone_bureaus")
    zone = "赣州经济技术开发区管理委员会"
    docs = [
        write_notice(folder, "a_plan", zone, "2021年3月1日",
                     "一、主要任务\n（一）培育物流企业。\n牵头单位：管委会经济发展局\n配合单位：管委会办公室\n"
                     "（二）争取项目资金。\n牵头单位：区经济发展局\n配合单位：财政局、自然资源分局\n"
                     "（三）协调建设用地。\n牵头单位：赣州市人民政府\n配合单位：规划建设局\n"
                     "二、保障措施\n经济发展局要会同财政局制定扶持办法。"),
        write_notice(folder, "b_plan", zone + "办公室", "2022年5月1日",
                     "一、主要任务\n（一）建设标准厂房。（赣州经开区管委会经济发展局牵头，经开区财政局、规划建设局配合）"),
    ]
    return graph.query_df(graph.build_graph(docs), "responsibilities")


def _nodes(built: pd.DataFrame, ends: str) -> set[str]:
    return {d for d in built["department"] if d.endswith(ends)}


def test_one_node_for_a_zones_bureau_in_every_printed_form(built: pd.DataFrame) -> None:
    rows = built[built["department"].str.endswith("经济发展局")]
    printed = {(Path(s).stem, m) for s, m in zip(rows["source"], rows["mention"], strict=True)}
    assert {("a_plan", "管委会经济发展局"), ("a_plan", "区经济发展局"), ("a_plan", "经济发展局"),
            ("b_plan", "赣州经开区管委会经济发展局")} <= printed
    assert _nodes(built, "经济发展局") == {"赣州经济技术开发区经济发展局"}  # one node, in both plans


def test_bare_names_of_the_zones_plans_are_its_own(built: pd.DataFrame) -> None:
    assert _nodes(built, "财政局") == {"赣州经济技术开发区财政局"}  # bare in a, after 经开区 in b; in prose after a bare name
    assert _nodes(built, "规划建设局") == {"赣州经济技术开发区规划建设局"}  # a support after a lead of the city's


def test_the_committees_office_stays_the_committees(built: pd.DataFrame) -> None:
    assert "赣州经济技术开发区管理委员会办公室" in set(built["department"])


def test_a_branch_printed_bare_is_not_the_zones(built: pd.DataFrame) -> None:
    # 财政局、自然资源分局: a 分局 is some place's bureau's branch, the zone's only after one of the zone's own bodies
    assert _nodes(built, "分局") == {"自然资源分局"}
