"""Build the documents of round 102 (tests/made_gold/forms102/docs): a web page, a Word file and a workbook.

- jian_jinggangshan_2024.html: a 站群-style page (``<div class="article-content">``), the task table's header cells
  broken by ``<br>`` (`牵头<br>单位`), **task cells of several ``<p>``** with a ``<br>`` inside, a lead ``rowspan`` over
  three rows, units in ``<span>`` pieces.
- yaan_zangcha_2024.docx: a **page header and footer** (`雅安市人民政府办公室` / the page number field) around the body,
  clauses whose two fields stand apart by a full-width space (`（牵头单位：X　配合单位：Y）`), then a 分工表 whose
  first column `类别` is **merged down** and whose units column comes before the deadline and a `备注`.
- wuhai_putao_2023.xlsx: a sheet whose second row says `（排名第一的为牵头单位）`, a two-text-column table (`重点工作`
  merged down over its `具体措施`), units apart by **line breaks in the cell**, a **hidden row** of an earlier draft.

Run from the project root: python tests/made_gold/forms102/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import MERGE_UP as U
from containers import write_docx_ext

DOCS = Path(__file__).resolve().parent.parent / "docs"

JIAN = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>吉安市人民政府办公室关于印发井冈山红色研学旅行提升行动方案的通知 - 吉安市人民政府</title></head>
<body><div class="header">吉安市人民政府 政务公开</div>
<div class="article"><h1 class="article-title">吉安市人民政府办公室关于印发井冈山红色研学旅行提升行动方案的通知</h1>
<div class="article-meta">来源：市政府办公室　时间：2024-06-12 09:30</div>
<div class="article-content">
<p style="text-align: center;">吉府办字〔2024〕47号</p>
<p>各县（市、区）人民政府，井冈山经济技术开发区、庐陵新区管委会，市政府各部门：</p>
<p>《井冈山红色研学旅行提升行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。</p>
<p style="text-align: right;">吉安市人民政府办公室</p>
<p style="text-align: right;">2024年6月7日</p>
<p style="text-align: center;"><strong>井冈山红色研学旅行提升行动方案</strong></p>
<p>一、总体目标</p>
<p>打造全国红色研学旅行首选地。</p>
<p>二、重点任务</p>
<table border="1" style="width:100%">
<thead><tr><th>序<br>号</th><th>重点<br>任务</th><th>牵头<br>单位</th><th>配合<br>单位</th><th>完成<br>时限</th></tr></thead>
<tbody>
<tr><td>1</td><td><p>开发红色研学课程，</p><p>编写研学<br>教材</p></td><td rowspan="3"><span>市文化广电</span><span>新闻出版旅游局</span></td><td><span>市教育局</span>、<span>井冈山市人民政府</span></td><td>2024年9月</td></tr>
<tr><td>2</td><td><p>建设研学实践教育基地和营地</p></td><td><span>市教育局</span>、<span>市发展改革委</span></td><td>2024年12月</td></tr>
<tr><td>3</td><td><p>培训研学导师和讲解员队伍</p></td><td><span>市人力资源社会保障局</span></td><td>2024年11月</td></tr>
<tr><td>4</td><td><p>规范研学旅行市场秩序，</p><p>开展专项检查</p></td><td><span>市市场监督管理局</span></td><td><span>市文化广电新闻出版旅游局</span>、<span>市公安局</span></td><td>长期</td></tr>
</tbody></table>
<p>三、保障措施</p>
<p>市财政局要加大对红色研学旅行的资金支持。</p>
</div></div></body></html>
"""

YAAN = [
    "雅安市人民政府办公室关于印发雅安市藏茶产业高质量发展实施方案的通知",
    "雅办发〔2024〕21号",
    "各县（区）人民政府，市级各部门：",
    "《雅安市藏茶产业高质量发展实施方案》已经市政府同意，现印发给你们，请认真抓好落实。",
    "雅安市人民政府办公室",
    "2024年8月19日",
    "雅安市藏茶产业高质量发展实施方案",
    "一、主要任务",
    "（一）做强茶园基地。建设高标准藏茶原料基地，推进茶园宜机化改造。（牵头单位：市农业农村局　配合单位：名山区人民政府、"
    "雨城区人民政府）",
    "（二）提升加工能力。推动藏茶生产企业技术改造和设备升级。（牵头单位：市经济和信息化局　配合单位：市科技局）",
    "二、专项任务",
    [
        ["类别", "序号", "任务内容", "责任单位", "完成时限", "备注"],
        ["品牌", "1", "开展雅安藏茶公用品牌宣传，参加国内外茶博会", "市农业农村局、市商务局", "2024年12月", ""],
        [U, "2", "申报藏茶制作技艺相关非遗项目", "市文化广播电视和旅游局", "2025年6月", "持续推进"],
        ["市场", "3", "拓展藏茶边销和出口市场", "市商务局、雅安海关", "2024年12月", ""],
    ],
    "三、组织保障",
    "市农业农村局要牵头建立藏茶产业发展工作专班。",
]


def yaan(out: Path) -> None:
    import docx

    write_docx_ext(out, YAAN, size=14.0)
    d = docx.Document(str(out))
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "雅安市人民政府办公室"
    foot = sec.footer.paragraphs[0]
    run = foot.add_run()
    from docx.oxml import parse_xml

    run._r.append(parse_xml('<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                            'w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    d.save(str(out))


def wuhai(out: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分解"
    rows: list[list[object]] = [
        ["乌海市葡萄酒产业发展重点工作任务分解表"],
        ["（责任单位排名第一的为牵头单位）"],
        ["序号", "重点工作", "具体措施", "责任单位", "完成时限"],
        [1, "建设酿酒葡萄基地", "新建酿酒葡萄标准化种植基地", "市农牧局\n海南区人民政府", "2023年10月"],
        [2, None, "推广葡萄埋土防寒机械化作业", "市农牧局\n市科技局", "2023年11月"],
        [3, "壮大酒庄集群", "扶持酒庄改造升级生产线（初稿）", "市工信局", "2023年9月"],
        [3, None, "扶持酒庄改造升级酿造和灌装设施", "市工信局\n市财政局", "2023年12月"],
        [4, "推动酒旅融合", "打造葡萄酒庄旅游精品线路", "市文旅局\n乌达区人民政府", "2023年10月"],
    ]
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is not None:
                ws.cell(r, c, v)
    for rng in ("A1:E1", "A2:E2", "B4:B5", "B6:B7"):
        ws.merge_cells(rng)
    ws.row_dimensions[6].hidden = True
    wb.save(str(out))


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "jian_jinggangshan_2024.html").write_text(JIAN, encoding="utf-8")
    yaan(DOCS / "yaan_zangcha_2024.docx")
    wuhai(DOCS / "wuhai_putao_2023.xlsx")


if __name__ == "__main__":
    main()
