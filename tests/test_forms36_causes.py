"""Round 36 (tests/made_gold/forms36, docs/made-eval-forms.md "Round 36"): the cause of the round's first-run miss, on
sentences and documents of our own (not the round's): a bare `办公室` opening a duty is a subject (a department's own
office, as round 34's bare `办公厅`), resolved to the issuer's office in a department's own notice."""

from __future__ import annotations

from pathlib import Path

import graph
from graph.extract.prose import prose_tasks
from graph.ingest.normalize import normalize


def _prose(text: str) -> list[list[tuple[str, str, bool]]]:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(normalize(text))]


def test_a_bare_office_opening_a_duty_is_a_subject() -> None:
    assert _prose("办公室负责跟踪督办，每月通报工作进展。") == [[("办公室", "responsible", False)]]
    assert _prose("各处室要抓好落实。办公室要会同人事处做好考核。") == [
        [("各处室", "responsible", True)], [("办公室", "lead", False), ("人事处", "support", False)]]
    # an office only spoken of, or the object of another's duty, is no subject
    assert _prose("办公室设在市发展改革委。") == []
    assert _prose("各科室要及时向办公室报送进展。") == [[("各科室", "responsible", True)]]


def test_a_bare_office_in_a_bureaus_own_notice_is_its_office(tmp_path: Path) -> None:
    doc = tmp_path / "office.txt"
    doc.write_text("黑河市农业农村局关于印发2024年重点工作分工的通知\n黑农发〔2024〕3号\n黑河市农业农村局\n2024年3月1日\n"
                   "一、工作要求\n办公室负责跟踪督办，每季度通报进展情况。\n", encoding="utf-8")
    ex = graph.extract_file(doc)
    assert [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks if t.form == "prose"] == [
        [("办公室", "responsible")]]


def test_a_bare_office_is_the_office_the_document_seats_else_the_issuers(tmp_path: Path) -> None:
    from graph.resolve import default_resolver

    resolve = default_resolver()
    own = tmp_path / "own.txt"
    own.write_text("黑河市农业农村局关于印发2024年重点工作分工的通知\n黑农发〔2024〕3号\n黑河市农业农村局\n2024年3月1日\n"
                   "一、工作要求\n办公室负责跟踪督办，每季度通报进展情况。\n", encoding="utf-8")
    assert resolve("办公室", graph.extract_file(own))[1] == "黑河市农业农村局办公室"
    seated = tmp_path / "seated.txt"
    seated.write_text("黑河市人民政府关于成立消费季活动协调委员会的通知\n黑政函〔2024〕5号\n黑河市人民政府\n2024年3月1日\n"
                      "一、组成\n协调委办公室设在市商务局，承担日常工作。办公室负责督促落实议定事项。\n", encoding="utf-8")
    assert resolve("办公室", graph.extract_file(seated))[1] == "协调委办公室"
