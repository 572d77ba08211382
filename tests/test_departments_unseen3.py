"""Canonical departments the third unseen set (docs/unseen-eval3.md) showed were wrong: a province or
city named alone as an assignee (its people's government), the office of a joint conference whose
full name the document declares (``建立…部际联席会议（以下简称联席会议）…联席会议办公室``), and a
division printed after the name of a department the registry knows (``国家卫生健康委办公厅``).
Documents of our own."""

from __future__ import annotations

from pathlib import Path

from graph.api import extract_file
from graph.resolve import default_resolver


def canonical(tmp_path: Path, text: str, mentions: list[str]) -> list[str]:
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    ex = extract_file(doc)
    resolve = default_resolver()
    return [str(resolve(m, ex)[1]) for m in mentions]


def test_a_place_named_alone_is_its_government(tmp_path: Path) -> None:
    text = "国务院关于同意建设某某示范区的批复\n国函〔2019〕9号\n河北省人民政府：\n一、河北省、山西省等各地区要主动做好衔接。\n国务院\n2019年2月1日\n"
    assert canonical(tmp_path, text, ["河北省", "山西省", "大同市", "河北"]) == [
        "河北省人民政府", "山西省人民政府", "大同市人民政府", "河北"]


def test_the_corps_named_alone_is_itself(tmp_path: Path) -> None:
    # the Corps is a provincial-level unit (places11) with no people's government: named alone it is
    # its own governing body, as unseen_gold3 writes it (place_bodies.csv: its gov is its own name)
    text = "国务院关于某某工作的通知\n国发〔2018〕9号\n一、新疆维吾尔自治区、新疆生产建设兵团要做好衔接。\n国务院\n2018年2月1日\n"
    assert canonical(tmp_path, text, ["新疆维吾尔自治区", "新疆生产建设兵团"]) == [
        "新疆维吾尔自治区人民政府", "新疆生产建设兵团"]


def test_a_joint_conferences_office_by_the_name_the_document_declares(tmp_path: Path) -> None:
    text = (
        "国务院关于同意建立某某工作部际联席会议制度的批复\n国函〔2019〕8号\n商务部：\n"
        "经国务院同意，建立国务院物流工作部际联席会议（以下简称联席会议）制度。\n"
        "一、联席会议办公室要及时通报工作进展。\n国务院\n2019年2月1日\n"
    )
    assert canonical(tmp_path, text, ["联席会议办公室", "联席会议"]) == [
        "国务院物流工作部际联席会议办公室", "国务院物流工作部际联席会议"]
    # without the declaration it stays as printed (each document's own)
    bare = "国务院关于某某工作的批复\n国函〔2019〕7号\n商务部：\n一、联席会议办公室要及时通报工作进展。\n国务院\n2019年2月1日\n"
    assert canonical(tmp_path, bare, ["联席会议办公室"]) == ["联席会议办公室"]


def test_a_division_after_a_known_departments_name(tmp_path: Path) -> None:
    text = "关于做好某某工作的通知\n各省、自治区、直辖市卫生健康委：\n一、加强调度。\n国家卫生健康委办公厅\n2020年3月2日\n"
    assert canonical(tmp_path, text, ["国家卫生健康委办公厅", "国家卫生健康委医政医管局"]) == [
        "国家卫生健康委员会办公厅", "国家卫生健康委员会医政医管局"]


def test_a_division_printed_after_the_issuers_own_name_is_one_node_with_its_bare_form(tmp_path: Path) -> None:
    # round seventeen (docs/made-eval-forms.md): in 生态环境部's own notice 生态环境部生态环境执法局 was
    # written 生态环境部生态环境部生态环境执法局, a second node beside the bare 生态环境执法局
    text = ("生态环境部关于加强固体废物监管的通知\n环固体〔2024〕5号\n一、会同生态环境部生态环境执法局开展专项检查。\n"
            "二、生态环境执法局负责组织执法。\n生态环境部\n2024年3月1日\n")
    assert canonical(tmp_path, text, ["生态环境部生态环境执法局", "生态环境执法局", "生态环境部"]) == [
        "生态环境部生态环境执法局", "生态环境部生态环境执法局", "生态环境部"]
