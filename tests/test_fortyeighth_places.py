"""Cause found by the forty-eighth made set (tests/made_gold/places48, first run on branch newplaces at 594e099):
a 科学技术协会 printed 区科协 was no subject in running text (区科协要…): 协 ended no place-qualified name. The places
here are not those of the made documents (docs/made-eval.md, places48: 保定市竞秀区, 清镇市, 儋州市, 墨玉县)."""

from __future__ import annotations

from graph.extract.prose import prose_tasks


def test_a_science_association_in_running_text() -> None:
    text = "三、保障措施\n市科协要组织开展科普活动。县科协要做好科普宣传。区科协要组织科技志愿服务。"
    assert [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(text)] == [
        [("市科协", "responsible")], [("县科协", "responsible")], [("区科协", "responsible")]]


def test_no_subject_from_a_science_association_as_an_object() -> None:
    text = "三、保障措施\n支持市科协开展科普活动。"
    assert [[a.mention for a in t.assignees] for t in prose_tasks(text)] == []
