"""The ranking tells apart bodies that share a label: a name that does not say which body it is
(数据提供部门 of 北京 and of 阿坝) is one node per document, and the ranking's ``scope`` column
gives that document's source file; a body named alike everywhere (a registry name) has "" there."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import graph
from graph.analysis import rank, rank_table
from graph.analysis.ranking import RANK_COLUMNS
from graph.cli import main
from graph.rdf.namespaces import own_body_iri

_BJ = "北京市经济和信息化局关于做好公共数据共享工作的通知\n\n一、数据提供部门负责编制本部门公共数据目录。\n二、数据提供部门要按时更新共享数据。\n"
_ABA = "阿坝州人民政府办公室关于做好公共数据共享工作的通知\n\n一、数据提供部门负责编制本部门公共数据目录。\n"


@pytest.fixture(scope="module")
def two_places(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("scope")
    (d / "bj_shuju.txt").write_text(_BJ, encoding="utf-8")
    (d / "aba_shuju.txt").write_text(_ABA, encoding="utf-8")
    kg = graph.build_graph([d / "aba_shuju.txt", d / "bj_shuju.txt"])
    out = d / "kg.nt"
    kg.serialize(out, format="nt", encoding="utf-8")
    return out


def test_rank_table_scope_is_the_own_document() -> None:
    a, b = str(own_body_iri("a.txt", "审核机构")), str(own_body_iri("b.txt", "审核机构"))
    td = pd.DataFrame({
        "source": ["a.txt/task/1", "b.txt/task/1", "b.txt/task/1", "a.txt/task/2"],
        "target": [a, b, "org/cn-ndrc", "org/cn-ndrc"],
        "role": ["responsible", "responsible", "lead", "lead"],
        "document": ["a.txt", "b.txt", "b.txt", "a.txt"],
        "department": ["审核机构", "审核机构", "国家发展和改革委员会", "国家发展和改革委员会"],
    })
    got = rank_table(td, engine="networkx").set_index("iri")
    assert list(rank_table(td, engine="networkx").columns) == RANK_COLUMNS
    assert got.loc[a, "scope"] == "a.txt" and got.loc[b, "scope"] == "b.txt"
    assert got.loc["org/cn-ndrc", "scope"] == ""  # a body of two documents, no document's own


def test_a_body_of_one_document_named_alike_everywhere_has_no_scope() -> None:
    td = pd.DataFrame({"source": ["a.txt/task/1"], "target": ["org/x-1"], "role": ["lead"],
                       "document": ["a.txt"], "department": ["京津冀协同发展领导小组办公室"]})
    assert rank_table(td, engine="networkx")["scope"].tolist() == [""]


def test_rank_of_a_graph_tells_two_places_apart(two_places: Path) -> None:
    from rdflib import Graph

    kg = Graph()
    kg.parse(two_places, format="nt")
    df = rank(kg, engine="networkx")
    rows = df[df["department"] == "数据提供部门"]
    assert sorted(rows["scope"]) == ["aba_shuju.txt", "bj_shuju.txt"]
    assert not df.duplicated(["department", "scope"]).any()


def test_cli_rank_prints_the_scope(two_places: Path) -> None:
    r = CliRunner().invoke(main, ["rank", "-g", str(two_places), "-f", "json"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert {(x["department"], x["scope"]) for x in rows} >= {("数据提供部门", "bj_shuju.txt"),
                                                             ("数据提供部门", "aba_shuju.txt")}
    table = CliRunner().invoke(main, ["rank", "-g", str(two_places)], catch_exceptions=False).output
    assert "bj_shuju.txt" in table and "aba_shuju.txt" in table  # the table drops iri, not scope


def test_chart_names_tell_two_places_apart(two_places: Path) -> None:
    from rdflib import Graph

    from graph.analysis.ranking import shown_names

    kg = Graph()
    kg.parse(two_places, format="nt")
    df = rank(kg, engine="networkx")
    names = shown_names(df)
    assert len(set(names)) == len(names)
    assert "数据提供部门（bj_shuju.txt）" in names and "数据提供部门（aba_shuju.txt）" in names
