"""Round 204 (tests/made_gold/forms204: four 国务院办公厅 task-division notices of 2010, 2015, 2019 and 2024 in short
central names; first run at 1c89485 1.000 on every row and 80/80 canonical departments, nothing to fix). Probing after
the run with notices of our own found one gap, fixed as data:

- the policy banks were not in the registry of central bodies, so `农业发展银行` / `农发行`, `国开行`, `进出口银行` stayed as
  printed: they are rows of `graph/data/departments.csv` (中国农业发展银行, 国家开发银行, 中国进出口银行), read like
  `人民银行` (the central body; a branch named in full stays the branch).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from plan_text import write_notice

import graph


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    folder = tmp_path_factory.mktemp("forms204")
    docs = [
        write_notice(folder, "a_central", "国务院办公厅", "2016年6月1日",
                     "一、主要任务\n（一）保障粮食收购资金供应。（农业发展银行、财政部负责）\n"
                     "（二）支持重大项目融资。（国开行、进出口银行、人民银行负责）\n"
                     "（三）做好政策性收储。（粮食局牵头，农发行参与）"),
        write_notice(folder, "b_county", "鸡东县人民政府办公室", "2020年9月1日",
                     "一、主要任务\n（一）做好信贷支持。（中国农业发展银行鸡东县支行、县粮食局负责）"),
    ]
    return graph.query_df(graph.build_graph(docs), "responsibilities")


def _got(df: pd.DataFrame) -> set[tuple[str, str, str]]:
    return {(Path(s).stem, m, d) for s, m, d in zip(df["source"], df["mention"], df["department"], strict=True)}


def test_policy_banks_are_central_bodies(built: pd.DataFrame) -> None:
    got = _got(built)
    assert ("a_central", "农业发展银行", "中国农业发展银行") in got
    assert ("a_central", "农发行", "中国农业发展银行") in got
    assert ("a_central", "国开行", "国家开发银行") in got
    assert ("a_central", "进出口银行", "中国进出口银行") in got
    # the era's own bodies as before
    assert ("a_central", "粮食局", "国家粮食局") in got
    assert ("a_central", "人民银行", "中国人民银行") in got


def test_a_branch_named_in_full_stays_the_branch(built: pd.DataFrame) -> None:
    got = _got(built)
    assert ("b_county", "中国农业发展银行鸡东县支行", "中国农业发展银行鸡东县支行") in got
    assert ("b_county", "县粮食局", "鸡东县粮食局") in got
