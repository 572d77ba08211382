"""Rounds 87–96 (tests/made_gold/forms87 … forms96, docs/made-eval-forms.md "Rounds 87–96"): the leftovers of
rounds 67–76 read first, then the causes of the rounds' first-run misses, on inputs of our own (not the rounds'):

- `（主抓单位：X；协抓单位：Y）`: 主抓 (main charge, as 主责) responsible, 协抓 (helping, as 协办) support, as labels and as
  role words closing a list (GUIDE "Other field labels take the role of their head word");
- a lead marked by a sign after its name and declared in a note (`（责任单位：X*、Y；带*的为牵头单位）`, `注：标★的为牵头
  单位`): the marked units lead, the others keep the clause's role, the mention is the name without the sign; the note
  holds for the whole document; a sign no note declares changes nothing."""

from __future__ import annotations

from pathlib import Path

from graph import extract_file

HEAD = ("某市人民政府办公室关于做好2024年有关工作的通知\n某政办发〔2024〕3号\n各县（市、区）人民政府：\n"
        "某市人民政府办公室\n2024年5月6日\n")


def _tasks(tmp_path: Path, body: str) -> list[list[tuple[str, str]]]:
    doc = tmp_path / "plan.txt"
    doc.write_text(HEAD + body, encoding="utf-8")
    return [[(a.mention, a.role) for a in t.assignees] for t in extract_file(doc).tasks]


def test_zhuzhua_and_xiezhua_labels(tmp_path: Path) -> None:
    assert _tasks(tmp_path, "一、主要任务\n（一）加强农村供水保障。（主抓单位：市水利局；协抓单位：市财政局、市住建局）\n") == [
        [("市水利局", "responsible"), ("市财政局", "support"), ("市住建局", "support")]]
    assert _tasks(tmp_path, "一、主要任务\n（一）加强农村供水保障。\n主抓单位：市水利局\n协抓单位：市财政局\n") == [
        [("市水利局", "responsible"), ("市财政局", "support")]]


def test_zhuzhua_and_xiezhua_close_a_list(tmp_path: Path) -> None:
    assert _tasks(tmp_path, "一、主要任务\n（一）加强农村供水保障。（市水利局主抓，市财政局、市住建局协抓）\n") == [
        [("市水利局", "responsible"), ("市财政局", "support"), ("市住建局", "support")]]


def test_star_marked_lead_declared_in_the_clause(tmp_path: Path) -> None:
    body = ("一、主要任务\n（一）加强农村供水保障。（责任单位：市水利局*、市财政局；带*的为牵头单位）\n"
            "（二）强化资金保障。（责任单位：市财政局、市审计局*）\n（三）开展水质监测。（责任单位：市卫健委）\n")
    assert _tasks(tmp_path, body) == [
        [("市水利局", "lead"), ("市财政局", "responsible")],
        [("市财政局", "responsible"), ("市审计局", "lead")],
        [("市卫健委", "responsible")]]


def test_star_note_on_its_own_line_holds_for_the_document(tmp_path: Path) -> None:
    body = ("一、主要任务\n（一）加强农村供水保障。（市水利局★、市财政局，各县（市、区）人民政府负责）\n"
            "（二）强化资金保障。（配合单位：市审计局★、市统计局）\n注：标★的为牵头单位。\n")
    assert _tasks(tmp_path, body) == [
        [("市水利局", "lead"), ("市财政局", "responsible"), ("各县（市、区）人民政府", "responsible")],
        [("市审计局", "lead"), ("市统计局", "support")]]


def test_star_marked_lead_in_a_tab_table(tmp_path: Path) -> None:
    body = ("二、任务分工（带*的为牵头单位）\n序号\t工作任务\t责任单位\t完成时限\n"
            "1\t推进农村供水管网改造\t市水利局*、市财政局\t2024年12月\n2\t开展水质提升行动\t市卫健委、市水利局*\t2024年10月\n")
    assert _tasks(tmp_path, body) == [
        [("市水利局", "lead"), ("市财政局", "responsible")],
        [("市卫健委", "responsible"), ("市水利局", "lead")]]
