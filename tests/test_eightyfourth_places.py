"""Causes found by places82's after-fix run (a generic subject not read: 各直管组团要…) and by the eighty-fourth to
eighty-seventh made sets (tests/made_gold/places84 … places87, places drawn at random from cpca's division list). The
places here are not those of the made documents.
"""

from __future__ import annotations

import pandas as pd
import pytest

import graph

_DOCS = {
    "a_clusters": ("贵安新区管理委员会办公室", "一、任务\n1.推进园区建设。（新区经济发展局负责）\n二、要求\n"
                   "各直管组团要明确专人抓好落实。各直管片区要加强协调。各重点园区要加强招商服务。"
                   "产业园区要加强服务。推动各功能区协同发展。"),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[pd.DataFrame, pd.DataFrame]:
    folder = tmp_path_factory.mktemp("eightyfourth")
    paths = []
    for stem, (issuer, body) in _DOCS.items():
        path = folder / f"{stem}.txt"
        path.write_text(f"{issuer}关于印发工作方案的通知\n\n{body}\n\n{issuer}\n2021年3月6日\n", encoding="utf-8")
        paths.append(path)
    kg = graph.build_graph(paths)
    return graph.query_df(kg, "responsibilities"), graph.query_df(kg, "targets")


def _rows(built: tuple[pd.DataFrame, pd.DataFrame], stem: str) -> list[tuple[str, str, str]]:
    df = built[0][built[0]["source"] == f"{stem}.txt"]
    return list(zip(df["mention"], df["role"], df["department"], strict=True))


def test_a_new_areas_units_as_a_collective(built: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    got = _rows(built, "a_clusters")
    # a new area's or a zone's own units after 各, however qualified (直管, 重点): one collective subject each
    for name in ("各直管组团", "各直管片区", "各重点园区"):
        assert (name, "responsible", name) in got
    # no 各: a kind of place, no subject; an object after 推动: no subject
    assert not any(m in ("产业园区", "各功能区") for m, _, _ in got)
