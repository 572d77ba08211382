"""Build round 200's documents (table ends and wrapped last rows, round 197's leftovers):

- 勉县 (text): a task-division table printed one cell per line (序号 alone on its line) whose LAST row prints its task
  cell on two lines (``1.开展…；`` / ``2.推动…。``) before both units cells, then at once a clause paragraph with no label
  (``加强日常管护。…（责任单位：X）``); a second table printed one cell per line with no 序号 column whose task cells open
  with their own numbers (``1.实施…``), a paragraph with no label after it; a third table in tab rows of the same kind
  (no 序号, ``1.建立…⇥X⇥Y``), a paragraph with no label after it;
- 略阳 (Word): a table with 序号 whose first task cell holds two numbered paragraphs (forms24's shape), and a table with
  no 序号 column whose task cells open with ``1.`` ``2.`` ``3.``, a paragraph with no label after it;
- 镇坪 (HTML): a page's table with no 序号 column whose task cells open with ``1.`` ``2.`` ``3.``, then
  ``<p>提升服务质量。…（责任单位：X、Y）</p>``; a table with 序号 followed by such a paragraph too.

Run from the project root: .venv/bin/python tests/made_gold/forms200/src/make_docs.py
"""

from __future__ import annotations

import html
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/made_gold: containers.py
from containers import html_paragraphs

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _flat(rows: list[list[str]]) -> list[str]:
    """A table printed one cell per line, row after row; a cell of two paragraphs printed on two lines."""
    return [line for row in rows for cell in row for line in cell.split("\n")]


def mianxian() -> None:
    tasks = [["序号", "工作任务", "牵头单位", "配合单位"],
             ["1", "完善农村生活垃圾收运处置体系", "县住房和城乡建设局", "各镇人民政府"],
             ["2", "开展农村生活污水治理，推进黑臭水体整治", "县生态环境局", "县水利局"],
             ["3", "1.开展村庄清洁行动，清理房前屋后杂物；\n2.推动农业生产废弃物资源化利用。", "县农业农村局",
              "县林业局、各镇人民政府"]]
    looks = [["重点任务", "牵头单位", "配合单位"],
             ["1.实施村庄绿化美化工程", "县林业局", "各镇人民政府"],
             ["2.推进农村道路通户入院", "县交通运输局", "县财政局"],
             ["3.开展美丽庭院创建活动", "县农业农村局", "各镇人民政府"]]
    care = [["重点任务", "牵头单位", "配合单位"],
            ["1.建立农村人居环境长效管护机制", "县农业农村局", "县财政局"],
            ["2.开展农村人居环境整治成效评估", "县农业农村局", "县统计局"]]
    lines = [
        "勉县人民政府办公室关于印发勉县2024年农村人居环境整治工作方案的通知",
        "勉政办发〔2024〕9号",
        "各镇人民政府，县政府各工作部门：",
        "现将《勉县2024年农村人居环境整治工作方案》印发给你们，请认真贯彻落实。",
        "勉县人民政府办公室",
        "2024年3月15日",
        "勉县2024年农村人居环境整治工作方案",
        "一、工作目标",
        "到2024年底，全县农村卫生厕所普及率达到85%，生活垃圾收运处置体系覆盖所有行政村。",
        "二、重点任务",
        "（一）推进农村厕所革命。分类推进户厕改造，完善管护长效机制。（县农业农村局牵头，县卫生健康局、各镇人民政府配合）",
        "（二）治理农村生活垃圾污水。主要任务分工如下：",
        *_flat(tasks),
        "加强日常管护。建立村庄保洁长效机制，落实保洁人员和经费保障。（责任单位：县住房和城乡建设局、各镇人民政府）",
        "（三）提升村容村貌。重点工作分工如下：",
        *_flat(looks),
        "强化督导考核。将村容村貌提升情况纳入年度目标责任考核，定期通报。（责任单位：县政府督查室）",
        "（四）健全长效机制。具体分工如下：",
        *["\t".join(row) for row in care],
        "强化宣传引导。组织开展农村人居环境整治宣传，引导群众主动参与。（责任单位：县委宣传部）",
        "三、保障措施",
        "各镇人民政府要落实属地责任，确保各项任务落到实处。",
    ]
    (DOCS / "mianxian_renju_2024.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def lueyang() -> None:
    import docx

    head = [
        "略阳县人民政府办公室关于印发略阳县2024年安全生产工作要点的通知",
        "略政办发〔2024〕6号",
        "各镇人民政府、街道办事处，县政府各工作部门：",
        "现将《略阳县2024年安全生产工作要点》印发给你们，请认真抓好落实。",
        "略阳县人民政府办公室",
        "2024年2月20日",
        "略阳县2024年安全生产工作要点",
        "一、工作目标",
        "到2024年底，全县特种作业人员持证上岗率达到100%，安全生产形势持续稳定。",
        "二、重点任务",
        "（一）深化专项整治。具体分工如下：",
    ]
    first = [["序号", "工作任务", "牵头单位", "配合单位"],
             ["1", "1.开展危险化学品安全专项整治；\n2.排查整治尾矿库安全隐患。", "县应急管理局", "县自然资源局"],
             ["2", "开展道路交通安全隐患排查整治", "县交通运输局", "县公安局交警大队"]]
    middle = ["（二）强化源头治理。重点任务分工如下："]
    second = [["重点任务", "牵头单位", "配合单位"],
              ["1.推进企业安全生产标准化建设", "县工业和信息化局", "县应急管理局"],
              ["2.开展建筑施工领域安全专项检查", "县住房和城乡建设局", "各镇人民政府"],
              ["3.加强消防安全重点单位监管", "县消防救援大队", "县应急管理局"]]
    tail = [
        "加强执法检查。严格落实“双随机、一公开”监管，依法查处违法违规行为。（责任单位：县应急管理局）",
        "三、保障措施",
        "县安委会办公室要加强统筹协调，定期通报工作进展。",
    ]
    d = docx.Document()

    def table(rows: list[list[str]]) -> None:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                paras = value.split("\n")
                cell = t.cell(r, c)
                cell.text = paras[0]
                for more in paras[1:]:
                    cell.add_paragraph(more)

    for line in head:
        d.add_paragraph(line)
    table(first)
    for line in middle:
        d.add_paragraph(line)
    table(second)
    for line in tail:
        d.add_paragraph(line)
    d.core_properties.created = d.core_properties.modified = datetime(2024, 2, 20)
    d.save(str(DOCS / "lueyang_anquan_2024.docx"))


def _table(rows: list[list[str]]) -> list[str]:
    out = ['<table border="1" cellspacing="0" cellpadding="4" width="100%"><tbody>']
    for i, row in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>")
    return [*out, "</tbody></table>"]


def zhenping() -> None:
    e = html.escape
    title = "镇坪县人民政府办公室关于印发镇坪县2023年全域旅游发展工作方案的通知"
    first = [["重点任务", "牵头单位", "配合单位"],
             ["1.建设游客集散中心和智慧旅游平台", "县文化和旅游广电局", "县发展改革局"],
             ["2.实施旅游公路沿线环境整治", "县交通运输局", "各镇人民政府"],
             ["3.完善景区停车场和旅游厕所", "县住房和城乡建设局", "县文化和旅游广电局"]]
    second = [["序号", "工作任务", "牵头单位", "配合单位"],
              ["1", "打造生态康养旅游度假区", "县文化和旅游广电局", "县林业局"],
              ["2", "举办第三届山地旅游文化节", "县文化和旅游广电局", "各镇人民政府"]]
    head = [
        ("p", "镇政办发〔2023〕14号"),
        ("p", "各镇人民政府，县政府各工作部门："),
        ("p", "现将《镇坪县2023年全域旅游发展工作方案》印发给你们，请认真组织实施。"),
        ("r", "镇坪县人民政府办公室"),
        ("r", "2023年4月6日"),
        ("c", "镇坪县2023年全域旅游发展工作方案"),
        ("h2", "一、工作目标"),
        ("p", "到2023年底，全县旅游综合收入达到15亿元，全域旅游格局基本形成。"),
        ("h2", "二、重点任务"),
        ("p", "（一）完善旅游基础设施。主要任务分工如下："),
    ]
    middle = [
        ("p", "提升服务质量。开展旅游从业人员培训，规范旅游市场经营秩序。（责任单位：县文化和旅游广电局、县市场监管局）"),
        ("p", "（二）推进文旅融合。重点任务分工如下："),
    ]
    tail = [
        ("p", "加大宣传推介。利用新媒体平台开展旅游宣传营销，提升镇坪旅游知名度。（责任单位：县委宣传部）"),
        ("h2", "三、保障措施"),
        ("p", "各镇人民政府要落实属地责任，确保各项任务按期完成。"),
    ]

    body = html_paragraphs

    text = (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{e(title)}_镇坪县人民政府</title></head><body>\n"
        f'<div class="article">\n<h1>{e(title)}</h1>\n'
        '<div class="info">发布机构：镇坪县人民政府办公室　发布日期：2023-04-10</div>\n<div class="TRS_Editor">\n'
        + "\n".join([*body(head), *_table(first), *body(middle), *_table(second), *body(tail)])
        + "\n</div>\n</div>\n</body></html>\n"
    )
    (DOCS / "zhenping_lvyou_2023.html").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    mianxian()
    lueyang()
    zhenping()
    print(sorted(p.name for p in DOCS.iterdir()))
