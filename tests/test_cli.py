"""The policykg command: build, query, validate, demo, and bad input."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner

import graph
from graph.cli import main

SEED = graph.example_path()


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_build_query_validate(tmp_path: Path) -> None:
    kg = tmp_path / "kg.ttl"
    r = run("build", str(SEED), "-o", str(kg))
    assert r.exit_code == 0, r.output
    assert kg.exists()
    out = tmp_path / "resp.csv"
    r = run("query", "responsibilities", "-g", str(kg), "-f", "csv", "-o", str(out))
    assert r.exit_code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 84  # 83 from clauses, one duty in running text (各地要结合实际…)
    assert list(rows[0]) == ["source", "path", "task", "mention", "department", "role", "form"]
    assert sorted({r["form"] for r in rows}) == ["clause", "prose"]
    assert [(r["path"], r["mention"]) for r in rows if r["form"] == "prose"] == [("三/十七", "各地")]
    for name, cols in {
        "documents": "source,title,doc_number,issuer,date",
        "targets": "source,path,indicator,value,unit,deadline",
        "citations": "source,title,doc_number,kind",
        "leads": "department,lead,responsible,support,guide,tasks",
    }.items():
        r = run("query", name, "-g", str(kg), "-f", "csv")
        assert r.exit_code == 0
        assert r.output.splitlines()[0] == cols
    r = run("validate", str(kg))
    assert r.exit_code == 0, r.output
    assert "conforms" in r.output


def test_build_formats_by_extension(tmp_path: Path) -> None:
    for ext in ("nt", "jsonld"):
        out = tmp_path / f"kg.{ext}"
        assert run("build", str(SEED), "-o", str(out)).exit_code == 0
        r = run("query", "leads", "-g", str(out), "-f", "json")
        assert r.exit_code == 0 and "department" in r.output


def test_validate_rejects_a_broken_graph(tmp_path: Path) -> None:
    kg = tmp_path / "kg.nt"
    run("build", str(SEED), "-o", str(kg))
    text = kg.read_text(encoding="utf-8")
    # an assignment with a role outside the scheme, and a quote that no longer matches its offsets
    broken = text.replace("<https://w3id.org/policykg/role/lead>", "<https://w3id.org/policykg/role/boss>")
    broken = broken.replace("<https://w3id.org/policykg/role/responsible> .", "<https://w3id.org/policykg/role/boss> .", 1)
    bad = tmp_path / "bad.nt"
    bad.write_text(broken, encoding="utf-8")
    r = run("validate", str(bad))
    assert r.exit_code == 1
    assert "exactly one role" in r.output


def test_bad_input_one_line_each_rest_still_built(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_bytes(SEED.read_bytes())
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (docs / "undecodable.txt").write_bytes(b"\xff\xfe\xfa" * 3 + b"ab" + b"\x81\x00\x82" * 50)
    (docs / "gbk.txt").write_bytes("（一）推进试点。（省商务厅负责）".encode("gb18030"))
    kg = tmp_path / "kg.ttl"
    runner = CliRunner()
    r = runner.invoke(main, ["build", str(docs), "-o", str(kg)])
    assert r.exit_code == 1
    err = [line for line in r.stderr.splitlines() if line.startswith("policykg: error:")]
    assert len(err) == 3, r.stderr
    assert any("empty.txt" in e and "empty" in e for e in err)
    assert any("binary.txt" in e for e in err)
    assert any("undecodable.txt" in e for e in err)
    df = graph.query_df(graph.rdf.io.read_graph(kg), "documents")
    assert sorted(df["source"]) == ["gbk.txt", "good.txt"]


def test_failed_build_keeps_previous_output(tmp_path: Path) -> None:
    kg = tmp_path / "kg.ttl"
    run("build", str(SEED), "-o", str(kg))
    before = kg.read_bytes()
    r = run("build", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "kg.unknown"))
    assert r.exit_code != 0
    assert kg.read_bytes() == before


def test_unknown_query_is_one_clear_line(tmp_path: Path) -> None:
    kg = tmp_path / "kg.ttl"
    run("build", str(SEED), "-o", str(kg))
    r = CliRunner().invoke(main, ["query", "nope", "-g", str(kg)])
    assert r.exit_code == 1
    assert "no query named 'nope'" in r.stderr


def test_demo(tmp_path: Path) -> None:
    r = run("demo", "-o", str(tmp_path / "demo"))
    assert r.exit_code == 0, r.output
    assert "18 tasks, 84 assignments" in r.output  # 17 from clauses, one duty in running text
    first_row = io.StringIO(r.output).read().split("department")[1].splitlines()[1]
    assert "16" in first_row


def test_rank_network_figures_and_top(tmp_path: Path) -> None:
    import json

    from graph.analysis import gini, rank

    kg = tmp_path / "kg.nt"
    assert run("build", str(SEED), "-o", str(kg)).exit_code == 0
    ranking = rank(graph.build_graph([SEED]))
    r = run("rank", "-g", str(kg), "--top", "3", "--network", "-f", "json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert [x["department"] for x in out["ranking"]] == ranking["department"].head(3).tolist()
    figures = {x["figure"]: x["value"] for x in out["network"]}
    net = ranking.attrs["network"]
    for key in ("density", "degree_centralisation", "gini_task_load", "modularity", "communities", "nodes"):
        assert figures[key] == net[key], key
    assert figures["gini_lead"] == gini(ranking["lead"])
    # the figures describe the whole network, not the top 3 shown
    assert figures["nodes"] == len(ranking) > 3
    r = run("rank", "-g", str(kg), "--top", "2", "--network")
    lines = r.output.splitlines()
    assert len(lines) == 3 + 1 + 1 + 1 + len(figures)  # header + 2 rows, blank, "network", header + rows
    assert any(line.split()[:1] == ["modularity"] for line in lines)
    r = run("rank", "-g", str(kg), "--top", "2", "-f", "csv")
    assert len(r.output.splitlines()) == 3 and "modularity" not in r.output


def test_targets_print_whole_numbers_without_a_fraction(tmp_path: Path) -> None:
    """A deadline column with gaps and whole values print ``2020`` and ``5``, never ``2020.0``."""
    import json

    doc = tmp_path / "plan.txt"
    doc.write_text("某省关于印发行动计划的通知\n到2020年，再生原料利用比例达到5%。\n\n每年新增企业10家，单位能耗下降2.5%。\n",
                   encoding="utf-8")
    kg = tmp_path / "kg.ttl"
    assert run("build", str(doc), "-o", str(kg)).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(run("query", "targets", "-g", str(kg), "-f", "csv").output)))
    assert [(r["value"], r["deadline"]) for r in rows] == [("5", "2020"), ("10", ""), ("2.5", "")]
    records = json.loads(run("query", "targets", "-g", str(kg), "-f", "json").output)
    assert [(r["value"], r["deadline"]) for r in records] == [(5, 2020), (10, None), (2.5, None)]
