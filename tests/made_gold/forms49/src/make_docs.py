"""Build the documents of round 49 (tests/made_gold/forms49/docs):

- shanxi_xunhuan_2005.txt: an **old** (2005) provincial government's 实施意见 (山西省人民政府) with the bodies of the
  time (省经委, 省环保局, 省劳动保障厅), clauses `（由X牵头，Y、Z参加）`, `（X、Y按职责分工负责）`, a duty in running text
  `由X负责组织…`, a signature date `二○○五年八月十二日`.
- linfen_kaifaqu_2026.xlsx: a development zone's **two sheets** (临汾经济技术开发区), each opening with a **section row
  merged across** (`一、重点任务`, `二、重点项目`) above its own header (`牵头部门 / 配合部门`; `项目名称 / 建设内容 /
  责任部门 / 包联领导`).
- zhangye_renshe_2025.html: a city's plan (张掖市) whose units cells **stack three short labels** with `<br/>`
  (`牵头：X<br/>责任：Y<br/>配合：Z`) under one header `责任单位`.
- hunanlu_jiedao_2025.docx: a **subdistrict's party working committee and office** (湖南路街道) joint notice: clauses
  `（牵头：X；配合：Y、Z等科室）`, `（责任科室：X；责任社区：各社区）`, and two duties in one sentence apart by `；`.

Run from the project root: python tests/made_gold/forms49/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

SHANXI = """山西省人民政府关于加快发展循环经济的实施意见
晋政发〔2005〕28号
各市、县人民政府，省人民政府各委、厅，各直属机构：
　　为贯彻落实国家关于加快发展循环经济的部署，推进我省经济结构调整，现就加快发展循环经济提出如下实施意见。
　　一、突出抓好重点领域
　　（一）推进煤炭资源综合利用。加快煤矸石、煤层气综合利用项目建设，提高资源回收率。（由省经委牵头，省发展改革委、省国土资源厅参加）
　　（二）加强工业污染治理。对焦化、电力等重点行业实行清洁生产审核。（省环保局负责）
　　（三）推进再就业工程。做好资源型企业关闭破产职工的安置工作。（省劳动保障厅、省财政厅按职责分工负责）
　　二、完善政策措施
　　（四）加大科技支撑。由省科技厅负责组织实施循环经济关键技术攻关，省教育厅配合做好人才培养。
　　三、加强组织领导
　　省发展改革委要会同省统计局尽快建立循环经济评价指标体系。各市人民政府要把发展循环经济列入重要议事日程。
山西省人民政府
二○○五年八月十二日
"""

LF_TITLE = "临汾经济技术开发区2026年重点工作任务清单"
LF_TASKS: list[list[object]] = [
    ["序号", "任务内容", "牵头部门", "配合部门", "完成时限"],
    [1, "开展“标准地+承诺制”改革，新增出让标准地", "自然资源分局", "经济发展局、规划建设局", "2026年9月"],
    [2, "举办产业链精准招商推介活动", "招商服务局", "经济发展局", "2026年全年"],
    [3, "推进园区智慧化管理平台建设", "经济发展局", "财政金融局", "2026年12月"],
]
LF_PROJECTS: list[list[object]] = [
    ["序号", "项目名称", "建设内容", "责任部门", "包联领导"],
    [1, "开发区污水处理厂扩容工程", "新建污水处理设施及配套管网", "规划建设局", "王海涛"],
    [2, "新材料产业园标准化厂房", "建设标准化厂房及配套设施", "招商服务局、财政金融局", "刘卫东"],
]


def build_xlsx(out: Path = DOCS / "linfen_kaifaqu_2026.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "重点任务"
    ws.cell(1, 1, LF_TITLE)
    ws.merge_cells("A1:E1")
    ws.cell(2, 1, "一、重点任务")
    ws.merge_cells("A2:E2")
    for r, row in enumerate(LF_TASKS, start=3):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    ws2 = wb.create_sheet("重点项目")
    ws2.cell(1, 1, "二、重点项目")
    ws2.merge_cells("A1:E1")
    for r, row in enumerate(LF_PROJECTS, start=2):
        for c, value in enumerate(row, start=1):
            ws2.cell(r, c, value)
    wb.save(str(out))
    return out


ZY_TITLE = "张掖市人民政府办公室关于印发张掖市2025年稳就业促增收若干措施的通知"
ZY_ROWS = [
    ["1", "实施高校毕业生就业促进行动，开发见习岗位", "牵头：市人社局<br/>责任：各县区人民政府<br/>配合：市教育局、团市委"],
    ["2", "扩大以工代赈实施范围，吸纳农村劳动力就近就业", "牵头：市发展改革委<br/>配合：市农业农村局、市乡村振兴局"],
    ["3", "开展职业技能提升培训，培育“张掖工匠”劳务品牌", "牵头：市人社局<br/>责任：各县区人民政府<br/>配合：市财政局"],
]


def build_html(out: Path = DOCS / "zhangye_renshe_2025.html") -> Path:
    rows = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ZY_ROWS)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{ZY_TITLE}</title></head>
<body>
<div class="article">
<h1>{ZY_TITLE}</h1>
<div class="article-con">
<p>张政办发〔2025〕17号</p>
<p>各县区人民政府，市政府各部门，市直及省属驻张各单位：</p>
<p>　　《张掖市2025年稳就业促增收若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。</p>
<p style="text-align:right">张掖市人民政府办公室</p>
<p style="text-align:right">2025年3月6日</p>
<p style="text-align:center">张掖市2025年稳就业促增收若干措施</p>
<p>　　一、主要措施</p>
<table border="1">
<tr><td>序号</td><td>工作措施</td><td>责任单位</td></tr>
{rows}
</table>
<p>　　二、工作要求</p>
<p>　　市人社局要会同市统计局做好就业形势监测分析。</p>
</div>
</div>
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")
    return out


HN = [
    "中共南京市鼓楼区湖南路街道工作委员会 南京市鼓楼区湖南路街道办事处关于印发《2025年湖南路街道基层治理重点工作安排》的通知",
    "湖南路街工委〔2025〕6号",
    "各社区党组织、社区居委会，街道各科室、各直属单位：",
    "现将《2025年湖南路街道基层治理重点工作安排》印发给你们，请认真贯彻落实。",
    "中共南京市鼓楼区湖南路街道工作委员会",
    "南京市鼓楼区湖南路街道办事处",
    "2025年3月3日",
    "2025年湖南路街道基层治理重点工作安排",
    "一、深化网格化治理",
    "1.优化网格划分，配齐专职网格员，落实网格事项准入清单。（牵头：党政办公室；配合：社会治理和综合执法局、平安建设办公室等科室）",
    "2.推进“小区议事厅”建设，完善居民协商议事机制。（责任科室：社区建设办公室；责任社区：各社区）",
    "二、提升为民服务水平",
    "3.打造便民生活圈。社区建设办公室负责商业网点布局；经济发展服务中心负责引进品牌连锁便利店。",
    "三、工作保障",
    "党政办公室要会同纪工委做好重点工作督查考核。",
]


def build_docx(out: Path = DOCS / "hunanlu_jiedao_2025.docx") -> Path:
    import docx

    d = docx.Document()
    for line in HN:
        d.add_paragraph(line)
    d.save(str(out))
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "shanxi_xunhuan_2005.txt").write_text(SHANXI, encoding="utf-8")
    build_xlsx()
    build_html()
    build_docx()


if __name__ == "__main__":
    main()
