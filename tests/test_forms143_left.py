"""The "What is left" of rounds 143-148 (docs/made-eval-forms.md "Rounds 143–148"), each on inputs of our own:

- an item whose short heading stands before a colon and its units with role words
  (``6.强化宣传引导：市委宣传部牵头，市融媒体中心配合。``) was read as prose: the units close the item as they do after a
  longer heading (``…人员：X、Y负责``, a clause by forms144's gold), so it is a clause of the item;
- fields that open an item glued to its text whose next word reads like a name (``【配合单位】市委网信办加强网…``)
  were cut after 网 (市委网信办加强网 ends as names end): the cut goes on to a longer name only when the words that
  lengthen it open as known names open;
- a scanned copy with a space between some characters only (``加 强组织领导（市财 政局负责）``) was not read: its
  sentences are joined, a space between two units' names (``市财政局 市商务局``) kept.
"""

from __future__ import annotations

from graph.extract import extract
from graph.ingest import document_from_bytes


def _tasks(text: str) -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    ex = extract(document_from_bytes(text.encode("utf-8"), "t.txt"))
    body = ex.document.text
    # (the form as scored: prose apart from the rest)
    return [("/".join(t.path), "prose" if t.form == "prose" else "clause", body[t.text_span.start : t.text_span.end][:8],
             [(a.mention, a.role) for a in t.assignees]) for t in ex.tasks]


def test_an_item_s_short_heading_before_its_units_is_the_clause_s_task() -> None:
    text = ("三、保障措施\n6.强化宣传引导：市委宣传部牵头，市融媒体中心配合。\n"
            "7.加强督查：市政府督查室负责\n")
    assert _tasks(text) == [
        ("三/6", "clause", "强化宣传引导", [("市委宣传部", "lead"), ("市融媒体中心", "support")]),
        ("三/7", "clause", "加强督查", [("市政府督查室", "responsible")])]


def test_a_field_label_before_an_item_s_colon_stays_a_field() -> None:
    # guard: 牵头单位 before the colon is a field's label (its role), not an item's heading
    text = "一、任务\n1.推进宣传。\n牵头单位：市委宣传部\n配合单位：市融媒体中心\n"
    assert [who for _, _, _, who in _tasks(text)] == [[("市委宣传部", "lead"), ("市融媒体中心", "support")]]


def test_a_short_heading_before_a_sentence_of_duty_stays_prose() -> None:
    # guard: the words after the colon hold a duty (要…抓好落实): a sentence, prose
    text = "四、要求\n1.加强领导：各镇（街道）要认真抓好落实。\n"
    assert [(form, who) for _, form, _, who in _tasks(text)] == [("prose", [("各镇（街道）", "responsible")])]


def test_fields_glued_to_a_text_whose_next_word_ends_like_a_name_are_read() -> None:
    # (市委网信办加强网 ends as a name ends — 网 — but 加强网 opens no known name: the unit is 市委网信办)
    text = "一、网络文明\n1.【牵头单位】市委宣传部【配合单位】市委网信办加强网络文明建设，开展网络文明宣传活动。\n"
    assert _tasks(text) == [("一/1", "clause", "加强网络文明建设", [("市委宣传部", "lead"), ("市委网信办", "support")])]


def test_fields_glued_to_a_longer_name_keep_the_longer_name() -> None:
    # guard: 市委 and 市委网 read as names too, but what follows them (网信办, 信办) stands in known names
    text = "一、网络文明\n1.【牵头单位】市委网信办【配合单位】市文化旅游体育局发展旅游商品和特色餐饮。\n"
    assert _tasks(text) == [("一/1", "clause", "发展旅游商品和特", [("市委网信办", "lead"), ("市文化旅游体育局", "support")])]


def test_a_text_with_spaces_between_some_characters_is_read() -> None:
    text = ("某方案\n一、加 强组织领导\n（一）建立工作机 制。推行周调度（市财 政局牵头，市商 务局配合）。\n"
            "（二）完善考核制 度。开展季度考核（市政府督 查室负责）。\n（三）强化宣 传。营造良好氛 围。\n")
    assert _tasks(text) == [("一/一", "clause", "建立工作机制。推", [("市财政局", "lead"), ("市商务局", "support")]),
                            ("一/二", "clause", "完善考核制度。开", [("市政府督查室", "responsible")])]


def test_a_space_between_two_units_names_is_kept_in_a_spaced_text() -> None:
    # guard: 市财政局 市商务局 are two units (a space between two names is no stray space of a scan)
    text = ("某方案\n一、加 强组织领导\n（一）建立工作机 制。推行周 调度（市财政局 市商务局负责）。\n"
            "（二）完善考核制 度。开展季度考核（市政府督 查室负责）。\n（三）强化宣 传。营造良好氛 围。\n")
    assert [who for _, _, _, who in _tasks(text)] == [[("市财政局", "responsible"), ("市商务局", "responsible")],
                                                       [("市政府督查室", "responsible")]]
