"""Round 52 (tests/made_gold/forms52, docs/made-eval-forms.md "Rounds 46–"): the causes of the round's first-run
misses, on inputs of our own (not the round's): field lines opened by an emoji (a WeChat article's 📌牵头单位：X); a list
of policies whose row's subject is `政策名称`."""

from __future__ import annotations

from pathlib import Path

import graph


def _tasks(tmp_path: Path, name: str, text: str) -> list[list[tuple[str, str]]]:
    doc = tmp_path / name
    doc.write_text(text, encoding="utf-8")
    return [[(a.mention, a.role) for a in t.assignees] for t in graph.extract_file(doc).tasks]


def test_field_lines_opened_by_an_emoji(tmp_path: Path) -> None:
    text = ("一、重点任务\n1.建设城市口袋公园。\n👉牵头单位：市城市管理局\n✅配合单位：市自然资源局、市住房城乡建设局\n"
            "2.开展背街小巷整治。\n📍责任单位：各区人民政府\n")
    assert _tasks(tmp_path, "emoji.txt", text) == [
        [("市城市管理局", "lead"), ("市自然资源局", "support"), ("市住房城乡建设局", "support")],
        [("各区人民政府", "responsible")]]


def test_a_list_of_policies_is_read_by_its_policy_names(tmp_path: Path) -> None:
    text = ("某县2025年稳增长政策清单\n序号\t政策名称\t主要内容\t责任单位\n"
            "1\t个体工商户贷款贴息\t对符合条件的贷款给予贴息\t县财政局、县市场监管局\n")
    doc = tmp_path / "policy.txt"
    doc.write_text(text, encoding="utf-8")
    ex = graph.extract_file(doc)
    assert [ex.document.text[t.text_span.start : t.text_span.end] for t in ex.tasks] == ["个体工商户贷款贴息"]
    assert [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks] == [
        [("县财政局", "responsible"), ("县市场监管局", "responsible")]]
