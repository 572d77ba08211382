"""请你省… / 请你市…: a pronoun for the addressee of a letter (GUIDE.md is silent; graph/extract/addressee.py).
It is a subject, printed as it stands (你省), only when the header names one addressee, and it resolves to
that addressee; with none (or several), no unit is invented."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from graph.extract.addressee import header_addressee, is_addressee_pronoun
from graph.extract.prose import prose_tasks

REPLY = ("国务院办公厅关于辽宁省有关问题的函\n国办函〔2004〕57号\n辽宁省人民政府：\n"
         "一、关于项目问题。请你省继续保护好该项目厂址资源。你省请求，国家尽快审核。\n"
         "二、关于水淹区问题。请你省有关部门指导广安市办理。\n\n国务院办公厅\n2004年8月12日\n")


def _subjects(text: str) -> list[list[tuple[str, str, bool]]]:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


def test_a_pronoun_is_the_one_addressee_of_the_header() -> None:
    assert header_addressee(REPLY) == "辽宁省人民政府"
    # 你省请求 reports a request: no duty; 你省有关部门 stays a collective
    assert _subjects(REPLY) == [[("你省", "responsible", False)], [("你省有关部门", "guide", True)]]


def test_no_unit_is_invented_without_one_addressee() -> None:
    many = "关于做好有关工作的通知\n各省、自治区、直辖市人民政府：\n请你省继续保护好厂址资源。请你市和财政部研究。\n"
    none = "在全市工作会议上的讲话\n同志们：\n请你市继续保护好厂址资源。\n"
    assert header_addressee(many) is None and header_addressee(none) is None
    # the sentence's subject is unknown: its partners alone are no task either
    assert _subjects(many) == []
    assert _subjects(none) == []


def test_pronouns() -> None:
    assert all(is_addressee_pronoun(p) for p in ("你省", "你市", "你们", "你局", "你单位"))
    assert not any(is_addressee_pronoun(p) for p in ("你省有关部门", "你", "我省"))


def test_the_pronoun_resolves_to_the_addressee(tmp_path: Path) -> None:
    doc = tmp_path / "reply.txt"
    doc.write_text(REPLY, encoding="utf-8")
    kg = tmp_path / "kg.nt"
    cli = [sys.executable, "-c", "import sys; from graph.cli import main; sys.exit(main())"]
    subprocess.run([*cli, "build", str(doc), "-o", str(kg), "--no-cache"], check=True, capture_output=True)
    out = subprocess.run([*cli, "query", "responsibilities", "-g", str(kg), "-f", "csv"], check=True,
                         capture_output=True, text=True).stdout
    assert "你省,辽宁省人民政府,responsible,prose" in out
