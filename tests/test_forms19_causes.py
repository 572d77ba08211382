"""Round nineteen (tests/made_gold/forms19): five documents in ordinary forms from publishers not used before, read
at 1.000 at the first run (docs/made-eval-forms.md, "Round nineteen"); kept at that level. And what probing after
the round found, on sentences of our own: the label 共同责任单位 (a field line, a clause, a table header)."""

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
