"""Round nineteen (tests/made_gold/forms19): five documents in ordinary forms from publishers not used before, read
at 1.000 at the first run (docs/made-eval-forms.md, "Round nineteen"); kept at that level. And what probing after
the round found, on sentences of our own: the label 共同责任单位 (a field line, a clause, a table header); the role words 按各自职责负责, 具体实施,
具体落实; two bracketed clauses side by side (one task)."""

from __future__ import annotations

from pathlib import Path

from test_eval_levels import _scores

from graph.extract.responsibility import extract_tasks
from graph.ingest.normalize import normalize

MADE = Path(__file__).resolve().parent / "made_gold"


def test_round_nineteen_stays_read(shared: Path, tmp_path: Path) -> None:
    gold = MADE / "forms19"
    rows = _scores(shared, gold, gold / "docs", tmp_path / "out")
    assert rows["assignments, named units only"] == 1.0
    assert rows["tasks found (source, path, start)"] == 1.0
    assert {name: f1 for name, f1 in rows.items() if f1 < 1.0} == {}


def who(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.mention, a.role) for a in task.assignees] for task in extract_tasks(normalize(text))]


def test_a_joint_responsible_unit_label_is_responsible() -> None:
    # 共同责任单位 (units that share the duty): the head word 责任 says responsible, as 主要/其他/第一责任单位
    assert who("（一）整治背街小巷。完成小巷改造。\n共同责任单位：区城管局、各街道办事处\n") == [
        [("区城管局", "responsible"), ("各街道办事处", "responsible")]]
    assert who("（二）建设停车设施。（牵头单位：区交通运输局；共同责任单位：区住房城乡建设局）") == [
        [("区交通运输局", "lead"), ("区住房城乡建设局", "responsible")]]
    # ... and as the header of a table's units column
    table = "附件\n序号\t工作任务\t牵头单位\t共同责任单位\t完成时限\n1\t实施老旧小区改造\t区住房城乡建设局\t区财政局\t2024年底\n"
    assert who(table) == [[("区住房城乡建设局", "lead"), ("区财政局", "responsible")]]
    # a label naming a person stays none
    assert who("（三）开展巡查。推动问题整改。\n责任领导：张某某　　共同责任单位：区应急管理局\n") == [
        [("区应急管理局", "responsible")]]


def test_each_by_its_own_duties_and_carrying_out_in_detail_are_responsible() -> None:
    # 按各自职责负责 (each by its own duties), as 按职责分工负责
    assert who("（四）关爱职工群众。开展送温暖活动。（市总工会、团市委、市妇联按各自职责负责）") == [
        [("市总工会", "responsible"), ("团市委", "responsible"), ("市妇联", "responsible")]]
    # 具体实施 / 具体落实 after a lead or a guide: the units that carry the work out, responsible
    assert who("（五）深化国企改革。完善公司治理。（市国资委牵头，市属国有企业具体实施）") == [
        [("市国资委", "lead"), ("市属国有企业", "responsible")]]
    assert who("（六）规范养老机构。开展等级评定。（市民政局指导，各县（市、区）民政局具体实施）") == [
        [("市民政局", "guide"), ("各县（市、区）民政局", "responsible")]]
    assert who("（七）做好宣传。营造良好氛围。（市委宣传部负责，各县（市、区）具体落实）") == [
        [("市委宣传部", "responsible"), ("各县（市、区）", "responsible")]]


def test_two_bracketed_clauses_side_by_side_are_one_task() -> None:
    # （牵头单位：X）（配合单位：Y）: nothing between the brackets, so the second has no task text of its own
    assert who("（八）推进电商进村。完善县乡村物流体系。（牵头单位：市商务局）（配合单位：市邮政管理局、市供销社）") == [
        [("市商务局", "lead"), ("市邮政管理局", "support"), ("市供销社", "support")]]
    tasks = extract_tasks(normalize("（九）发展冷链物流。建设产地冷藏保鲜设施。【市农业农村局牵头】　【市商务局配合】"))
    assert [[(a.mention, a.role) for a in t.assignees] for t in tasks] == [
        [("市农业农村局", "lead"), ("市商务局", "support")]]
    assert len(tasks) == 1 and tasks[0].form == "clause"
    # with task text between them they stay apart
    assert who("（十）建设物流园区。（市发展改革委负责）完善配送网络。（市商务局负责）") == [
        [("市发展改革委", "responsible")], [("市商务局", "responsible")]]
