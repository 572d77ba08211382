"""Round 54 (tests/made_gold/forms54, docs/made-eval-forms.md "Rounds 46–"): the cause of the round's first-run
miss, on a document of our own (not the round's): a Markdown file's bold labels (`**牵头单位：**X`) are field lines."""

from __future__ import annotations

from pathlib import Path

import graph


def test_bold_labels_in_markdown_are_field_lines(tmp_path: Path) -> None:
    doc = tmp_path / "plan.md"
    doc.write_text("## 一、重点任务\n\n1.建设智慧停车场。\n\n**牵头单位：**市城市管理局\n\n__配合单位：__市公安局、市财政局\n\n"
                   "2.推进**老旧小区**改造。\n\n**责任单位**：市住房城乡建设局\n", encoding="utf-8")
    ex = graph.extract_file(doc)
    assert [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks] == [
        [("市城市管理局", "lead"), ("市公安局", "support"), ("市财政局", "support")],
        [("市住房城乡建设局", "responsible")]]
    assert "推进老旧小区改造。" in ex.document.text  # bold inside a sentence: the marks go, the words stay
