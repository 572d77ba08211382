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


# --- the causes of rounds 87–96's first-run misses (inputs of our own)


def test_xiashi_before_a_level_is_one_collective(tmp_path: Path) -> None:
    # round 90: 各辖市、区交通运输局 (a Jiangsu city's county-level cities and districts) was cut at its 、
    body = ("一、主要任务\n（一）推进城乡客运一体化。\n　　巩固城乡公交一体化成果。\n　　责任处室：运输管理处\n"
            "　　配合单位：各辖市、区交通运输局\n（二）推进公交优先。（市交通运输局牵头，各辖市、区人民政府配合）\n")
    assert _tasks(tmp_path, body) == [
        [("运输管理处", "responsible"), ("各辖市、区交通运输局", "support")],
        [("市交通运输局", "lead"), ("各辖市、区人民政府", "support")]]


def test_tab_row_with_an_empty_lead_cell_takes_the_lead_above(tmp_path: Path) -> None:
    # round 94: an Excel copy leaves the merged lead cell empty in the rows it covers; each prints its partner
    body = ("二、任务分工\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t推进农村供水管网改造\t市水利局\t市财政局\t2024年12月\n"
            "2\t开展水质提升专项行动\t\t市卫健委\t2024年10月\n"
            "3\t加强水源地保护\t\t市生态环境局、市自然资源局\t2024年11月\n"
            "4\t完善供水应急预案\t市应急管理局\t\t2024年9月\n"
            "5\t开展节水宣传\t\t\t2024年9月\n")
    assert _tasks(tmp_path, body) == [
        [("市水利局", "lead"), ("市财政局", "support")],
        [("市水利局", "lead"), ("市卫健委", "support")],
        [("市水利局", "lead"), ("市生态环境局", "support"), ("市自然资源局", "support")],
        [("市应急管理局", "lead")],
        [("市应急管理局", "lead")]]


CELLS = "二、任务分工\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n推进农村供水管网改造\n市水利局\n市财政局\n2024年12月\n"


def test_cell_row_short_by_its_lead_takes_the_lead_above(tmp_path: Path) -> None:
    # round 89: copied from Word one cell per line, the lead merged over rows 1-2 is printed once
    body = CELLS + "2\n开展水质提升专项行动\n市卫健委\n2024年10月\n3\n加强水源地保护\n市生态环境局\n市自然资源局\n2024年11月\n"
    assert _tasks(tmp_path, body) == [
        [("市水利局", "lead"), ("市财政局", "support")],
        [("市水利局", "lead"), ("市卫健委", "support")],
        [("市生态环境局", "lead"), ("市自然资源局", "support")]]


def test_cell_row_with_a_blank_partner_line_keeps_its_lead(tmp_path: Path) -> None:
    # a blank line in the row is its empty partner cell printed: the unit it prints is its own lead
    body = CELLS + "2\n开展水质提升专项行动\n市卫健委\n\n2024年10月\n"
    assert _tasks(tmp_path, body) == [
        [("市水利局", "lead"), ("市财政局", "support")],
        [("市卫健委", "lead")]]


def test_a_demonstration_zones_own_bodies_are_prose_subjects(tmp_path: Path) -> None:
    # round 91: 示范区X局要会同示范区Y局… (a zone's own bodies named after 示范区) was no prose task
    assert _tasks(tmp_path, "五、强化督查考核。示范区政务服务和大数据管理局要会同示范区督查局定期开展督查。\n") == [
        [("示范区政务服务和大数据管理局", "lead"), ("示范区督查局", "support")]]
