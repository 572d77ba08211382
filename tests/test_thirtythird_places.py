"""Causes found by the thirty-third made set (tests/made_gold/places33, first run on branch newplaces at
ea3a068): 国家电网's office of a county named by the company's short name and its place (国网冠县供电公司要…)
was not read as the subject of a sentence in running text (in a clause it was).
The places here are not those of the made documents (docs/made-eval.md, places33: 四平市, 贺州市八步区,
宜春市, 冠县)."""

from __future__ import annotations

from graph.extract.prose import prose_tasks


def test_a_state_grid_office_in_running_text() -> None:
    text = ("三、保障措施\n国网沛县供电公司要加快农田机井通电工程建设。国网湘西供电公司要做好电力保障。"
            "县供电公司要做好配套电网建设。")
    assert [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(text)] == [
        [("国网沛县供电公司", "responsible")], [("国网湘西供电公司", "responsible")], [("县供电公司", "responsible")]]


def test_no_subject_from_other_names_opening_with_guowang() -> None:
    # 国网 opens no verb phrase, and a name of the company that is no office (国网公司) is unchanged
    text = "三、保障措施\n要积极对接国网公司争取项目支持。"
    assert [[a.mention for a in t.assignees] for t in prose_tasks(text)] == []
