"""Causes found by the first runs of prose rounds 4–5 (docs/made-eval-forms.md "Prose rounds 4–5"), on sentences of
our own: a school named after its place (县特殊教育学校) as a subject, tobacco leaf counted in 担 as a target's unit,
a speech's day in brackets under its title as its date. The guards must not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import extract_file
from graph.extract.metadata import extract_metadata
from graph.extract.prose import prose_tasks


def _read(text: str) -> list[list[tuple[str, str, bool]]]:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("由县实验小学牵头，各中心学校配合，开展课后服务试点。", [[("县实验小学", "lead", False), ("各中心学校", "support", True)]]),
    ("市第一中学要会同市体育局办好青少年足球联赛。", [[("市第一中学", "lead", False), ("市体育局", "support", False)]]),
])
def test_a_school_named_after_its_place_is_a_subject(text: str, expected: list[list[tuple[str, str, bool]]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", ["县中小学校要加强安全管理。", "市直学校要落实课后服务。", "县属幼儿园要加强保育。"])
def test_a_kind_of_school_after_a_place_is_no_name(text: str) -> None:
    assert _read(text) == []


def _doc(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    p = tmp_path / "x.txt"
    p.write_text(text, encoding="utf-8")
    return extract_file(p)


def test_tobacco_leaf_in_dan_is_a_target(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "某县烤烟生产工作方案\n一、目标任务\n到2026年，全县烟叶收购量达到8.5万担。\n")
    assert [(t.value, t.unit, t.deadline) for t in doc.targets] == [(8.5, "万担", 2026)]


def test_a_speech_dates_from_its_bracketed_day() -> None:
    text = "在全市春季农业生产工作会议上的讲话\n副市长　李明\n（2024年3月6日）\n同志们：\n今天召开会议。\n"
    assert extract_metadata(text).date == "2024-03-06"


def test_a_notice_takes_no_bracketed_day_as_its_date() -> None:
    text = "关于做好春季农业生产工作的通知\n（2024年3月6日）\n各镇人民政府：\n现就有关事项通知如下。\n"
    assert extract_metadata(text).date is None


def test_a_signed_speech_keeps_its_signature_date() -> None:
    text = "在全市春季农业生产工作会议上的讲话\n（2024年3月6日）\n同志们：\n今天召开会议。\n某市人民政府办公室\n2024年3月8日\n"
    assert extract_metadata(text).date == "2024-03-08"
