"""Build the documents of round 48 (tests/made_gold/forms48/docs):

- hegang_renda_2025.txt: a **people's congress standing committee**'s 工作要点 (鹤岗市人大常委会) whose clauses name the
  committee's **own bodies bare** (`财政经济委员会`, `法制工作委员会`, `研究室`, `办公室`), a clause listing units **apart by
  spaces**, and `各专门委员会`.
- jms_zhengxie_2025.html: a **CPPCC committee**'s 协商计划 (政协佳木斯市委员会办公室): a table whose task column is
  **`协商议题`**, with a `协商形式` column before the units and the units column **`承办专委会`** beside `牵头单位`.
- ningxiang_anquan_2011.xlsx: an **old** (2011) county office's task sheet (宁乡县人民政府办公室) whose **note above the
  header** declares the first-listed unit the lead (`排在第一位的为牵头单位，下同`), under `责任单位`.
- shiyan_yiyuan_2026.docx: a **hospital's own** plan (十堰市人民医院) with field lines `牵头科室：` / `配合科室：`, the
  hospital's departments (`医务部`, `护理部`, `门诊部`, `信息中心`), `各临床科室`, and prose `门诊部要会同…`.

Run from the project root: python tests/made_gold/forms48/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

HEGANG = """鹤岗市人大常委会关于印发《鹤岗市人大常委会2025年工作要点》的通知
鹤人大常发〔2025〕2号
常委会各组成人员，各专门委员会、常委会各工作机构，各区人大常委会、各县人大常委会：
　　《鹤岗市人大常委会2025年工作要点》已经市十届人大常委会第二十三次主任会议讨论通过，现印发给你们，请认真贯彻落实。
鹤岗市人大常委会
2025年2月20日
鹤岗市人大常委会2025年工作要点
　　一、加强重点领域立法
　　1.制定鹤岗市城市绿化条例，修改鹤岗市养犬管理条例。（法制委员会、法制工作委员会牵头，各专门委员会配合）
　　二、增强监督实效
　　2.听取审议市人民政府关于2024年度国有资产管理情况的综合报告。（责任单位：财政经济委员会、预算工作委员会）
　　3.开展中华人民共和国食品安全法执法检查。（责任单位：教育科学文化卫生委员会 社会建设委员会 监察和司法委员会）
　　三、密切同人大代表的联系
　　4.完善代表联系群众制度，办好代表议案和建议。（代表工作委员会负责，办公室配合）
　　四、加强自身建设
　　5.深化调查研究，形成高质量调研报告。（研究室负责）
　　五、工作要求
　　常委会办公室要会同研究室做好年度工作要点的分解落实和跟踪督办。
"""

JMS_TITLE = "政协佳木斯市委员会办公室关于印发《政协佳木斯市委员会2025年度协商工作计划》的通知"
JMS_ROWS = [
    ["1", "推动我市对俄经贸合作高质量发展", "专题协商会", "市商务局", "经济委员会", "2025年6月"],
    ["2", "加快发展现代化大农业，提升粮食综合生产能力", "常委会议协商", "市农业农村局", "农业和农村委员会", "2025年8月"],
    ["3", "推进城市更新和老旧小区改造", "对口协商", "市住房和城乡建设局", "城乡建设和资源环境委员会", "2025年9月"],
]


def build_html(out: Path = DOCS / "jms_zhengxie_2025.html") -> Path:
    rows = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in JMS_ROWS)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{JMS_TITLE}</title></head>
<body>
<div class="main">
<h2 class="title">{JMS_TITLE}</h2>
<div class="content">
<p>佳政协办发〔2025〕4号</p>
<p>各专门委员会、机关各处室，各县（市）区政协：</p>
<p>　　《政协佳木斯市委员会2025年度协商工作计划》已经市政协十五届党组会议、主席会议审议通过，现印发给你们，请认真组织实施。</p>
<p style="text-align:right">政协佳木斯市委员会办公室</p>
<p style="text-align:right">2025年1月24日</p>
<p style="text-align:center">政协佳木斯市委员会2025年度协商工作计划</p>
<p>　　一、协商议题</p>
<table border="1">
<tr><td>序号</td><td>协商议题</td><td>协商形式</td><td>牵头单位</td><td>承办专委会</td><td>时间安排</td></tr>
{rows}
</table>
<p>　　二、工作要求</p>
<p>　　各承办专委会要会同牵头单位深入开展调查研究，形成高质量协商成果。</p>
</div>
</div>
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")
    return out


NX_TITLE = "宁乡县2011年安全生产目标管理任务分解表"
NX_NOTE = "说明：责任单位中排在第一位的为牵头单位，下同。"
NX_ROWS: list[list[object]] = [
    ["序号", "工作任务", "责任单位", "完成时间"],
    [1, "开展非煤矿山安全生产专项整治，关闭不具备安全生产条件的矿井", "县安监局、县国土资源局、县公安局", "2011年6月"],
    [2, "加强道路交通安全管理，整治农村面包车超员违法行为", "县公安局交警大队、县交通局", "2011年全年"],
    [3, "开展烟花爆竹生产经营单位安全检查", "县安监局、县公安局", "2011年10月"],
    [4, "落实学校校舍安全工程，排查校园周边安全隐患", "县教育局、县住房和城乡建设局、各乡镇人民政府", "2011年8月"],
]


def build_xlsx(out: Path = DOCS / "ningxiang_anquan_2011.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分解"
    ws.cell(1, 1, NX_TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    ws.cell(2, 1, NX_NOTE)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
    for r, row in enumerate(NX_ROWS, start=3):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    wb.save(str(out))
    return out


SY = [
    "十堰市人民医院关于印发2026年改善就医感受提升患者体验主题活动实施方案的通知",
    "十人医发〔2026〕5号",
    "院内各部门、各科室：",
    "现将《十堰市人民医院2026年改善就医感受提升患者体验主题活动实施方案》印发给你们，请认真组织实施。",
    "十堰市人民医院",
    "2026年1月15日",
    "十堰市人民医院2026年改善就医感受提升患者体验主题活动实施方案",
    "一、主要措施",
    "（一）优化门诊服务流程。推行分时段精准预约，缩短患者候诊时间。",
    "牵头科室：门诊部",
    "配合科室：信息中心、各临床科室",
    "（二）改善住院服务。推行预住院管理，开展出院患者随访。",
    "牵头科室：医务部",
    "配合科室：护理部、入院服务中心",
    "（三）加强护理服务。扩大优质护理服务覆盖面，推进延续护理服务。",
    "牵头科室：护理部",
    "二、组织实施",
    "门诊部要会同医务部每月开展患者满意度调查。各临床科室要指定专人负责活动推进。",
]


def build_docx(out: Path = DOCS / "shiyan_yiyuan_2026.docx") -> Path:
    import docx

    d = docx.Document()
    for line in SY:
        d.add_paragraph(line)
    d.save(str(out))
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "hegang_renda_2025.txt").write_text(HEGANG, encoding="utf-8")
    build_html()
    build_xlsx()
    build_docx()


if __name__ == "__main__":
    main()
