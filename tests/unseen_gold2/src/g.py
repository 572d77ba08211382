"""Gold of one unseen document (see lib.py): 国办发〔2015〕36号, an 实施意见 whose duties are all collectives."""

from __future__ import annotations

import sys

from lib import generic, prose, start_at, target, text, write

SOURCE = "odkg_archived_test1_19.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        assert doc.count(anchor) == 1, anchor
        return start_at(doc, anchor)

    def g(*names: str) -> list[dict]:
        return [generic(n) for n in names]

    tasks = [
        prose("二/一", s("相关部门、科研院所、行业企业要"), g("相关部门", "科研院所", "行业企业")),
        prose("二/一", s("不同层次、类型、区域高校要"), g("不同层次、类型、区域高校")),
        prose("二/二", s("高校要打通一级学科"), g("高校")),
        prose("二/三", s("各高校要根据人才培养定位"), g("各高校")),
        prose("二/三", s("各地区、各高校要加快"), g("各地区", "各高校")),
        prose("二/四", s("各高校要广泛开展"), g("各高校")),
        prose("二/五", s("各高校要加强专业实验室"), g("各高校")),
        prose("二/六", s("各高校要设置合理"), g("各高校")),
        prose("二/七", s("各地区、各高校要明确全体教师"), g("各地区", "各高校")),
        prose("二/八", s("各地区、各高校要建立健全学生"), g("各地区", "各高校")),
        prose("二/八", s("各地区、各有关部门要积极落实"), g("各地区", "各有关部门")),
        prose("二/八", s("各地区和具备条件的行业协会要"), g("各地区", "具备条件的行业协会")),
        prose("二/九", s("各地区、各有关部门要整合"), g("各地区", "各有关部门")),
        prose("二/九", s("各高校要优化经费"), g("各高校")),
        prose("二/九", s("部委属高校应按规定"), g("部委属高校")),
        prose("二/九", s("有关部门要加快制定"), g("有关部门")),
        prose("三/一", s("各地区、各高校要把深化"), g("各地区", "各高校")),
        prose("三/一", s("各地区要成立"), g("各地区")),
        prose("三/一", s("各高校要落实创新创业教育主体"), g("各高校")),
        prose("三/二", s("各地区、各高校要结合实际"), g("各地区", "各高校")),
        prose("三/三", s("教育部门要把创新创业"), g("教育部门")),
        prose("三/四", s("各地区、各有关部门以及各高校要"), g("各地区", "各有关部门", "各高校")),
    ]
    # 形成全国万名优秀创新创业导师人才库: a pool of (一)万 mentors to build; unit as printed (万名,
    # value 1, as 2万亿元 -> 2 万亿元; first written 10000 名, corrected in its own commit after the
    # first run, which found no target here either way); its unit 二/七 prints no year (the 2020 of
    # 一/三 is another unit): deadline null under both readings
    targets = [target("二/七", "优秀创新创业导师", 1, "万名", None)]
    write(
        out,
        source=SOURCE,
        title=None,  # the file opens with its 文号
        doc_number="国办发〔2015〕36号",
        issuer="国务院办公厅",
        date="2015-05-04",
        tasks=tasks,
        targets=targets,
    )


if __name__ == "__main__":
    main(sys.argv[1])
