"""Rounds 202–203's causes (whole documents as portal pages, Word files and a PDF, a fifth blind hand;
docs/made-eval-forms.md "Rounds 202–203")."""

from __future__ import annotations

from pathlib import Path

from tests.plan_text import task_rows, write_plan

HEAD = ["射洪市人民政府办公室关于印发城镇燃气安全专项整治工作方案的通知", "射府办发〔2023〕21号", "各镇人民政府、街道办事处，市级各部门：",
        "城镇燃气安全专项整治工作方案"]
TAIL = ["射洪市人民政府办公室", "2023年6月12日"]


def test_a_governments_collective_then_and_in_prose(tmp_path: Path) -> None:
    """`各镇人民政府、街道办事处和各有关部门要…`: the collective (one generic mention, as in a clause) and the units after 和;
    it was cut in two (`各镇人民政府`, `街道办事处`), round 202's 射洪."""
    rows = task_rows(write_plan(tmp_path, HEAD, [
        "一、工作步骤",
        "（一）动员部署。各镇人民政府、街道办事处和各有关部门要结合实际制定具体实施方案。",
        "（二）总结提升。市住房城乡建设局、市应急管理局和市市场监管局要及时总结整治成效。",
    ], TAIL))
    assert rows == [
        ("一/一", [("各镇人民政府、街道办事处", "responsible", True), ("各有关部门", "responsible", True)]),
        ("一/二", [("市住房城乡建设局", "responsible", False), ("市应急管理局", "responsible", False),
                   ("市市场监管局", "responsible", False)]),
    ]


def test_a_governments_collective_then_and_in_a_clause(tmp_path: Path) -> None:
    """The same list closing a clause: the collective whole, then the units after 和 / 及, each in the clause's role."""
    rows = task_rows(write_plan(tmp_path, HEAD, [
        "一、整治内容",
        "1.排查整治燃气管道被占压问题。（市住房城乡建设局牵头，各镇人民政府、街道办事处和市级有关部门配合）",
        "2.开展用户入户安全检查。（市住房城乡建设局牵头，各中小学校、幼儿园及市教育和体育局配合）",
    ], TAIL))
    assert rows == [
        ("一/1", [("市住房城乡建设局", "lead", False), ("各镇人民政府、街道办事处", "support", True),
                  ("市级有关部门", "support", True)]),
        ("一/2", [("市住房城乡建设局", "lead", False), ("各中小学校、幼儿园", "support", True),
                  ("市教育和体育局", "support", False)]),
    ]
