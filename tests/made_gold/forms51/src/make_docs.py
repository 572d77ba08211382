"""Build the documents of round 51 (tests/made_gold/forms51/docs):

- huangshan_lvyou_2025.txt: a city's plan (黄山市) with clauses `（X牵头，Y协同推进）`, `（X、Y共同牵头，Z参与）`, and roles
  declared in running text **`X为牵头单位，Y、Z为配合单位，…`**.
- luan_yanglao_2025.html: a city's plan (六安市) whose units cells are **lists `<ul><li>`**, the lead marked `（牵头）`.
- abc_jian_2026.docx: a **bank branch's own** plan (中国农业银行股份有限公司吉安分行) with a Word table `牵头部门 / 协同部门`
  naming its departments (`三农金融部`, `普惠金融部`, `风险管理部`) and `各支行`.
- ahrs_gongzuo_2026.xlsx: a **provincial department's** sheet (安徽省人力资源和社会保障厅) headed `牵头处室 / 配合处室`
  naming its **own divisions bare** (`就业促进处`, `规划财务处`, `办公室`) and its centres.

Run from the project root: python tests/made_gold/forms51/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

HUANGSHAN = """黄山市人民政府办公室关于印发黄山市2025年文旅融合高质量发展行动方案的通知
黄政办〔2025〕8号
各区、县人民政府，黄山风景区管委会，市政府各部门、各直属机构：
　　《黄山市2025年文旅融合高质量发展行动方案》已经市政府同意，现印发给你们，请认真贯彻落实。
黄山市人民政府办公室
2025年3月20日
黄山市2025年文旅融合高质量发展行动方案
　　一、重点任务
　　（一）提升景区品质。推进黄山风景区智慧景区建设，优化游客预约和分流服务。（黄山风景区管委会牵头，市数据资源局协同推进）
　　（二）发展徽州文化旅游。推出徽州古村落精品旅游线路，办好徽州文化旅游节。（市文化和旅游局、市委宣传部共同牵头，歙县人民政府、黟县人民政府参与）
　　（三）培育研学旅行。市教育局为牵头单位，市文化和旅游局、市财政局为配合单位，建设一批中小学生研学实践基地。
　　二、保障措施
　　市文化和旅游局要会同市统计局建立文旅消费监测制度。
"""

LA_TITLE = "六安市人民政府办公室关于印发六安市2025年养老服务提质增效工作方案的通知"
LA_ROWS = [
    ("1", "推进社区嵌入式养老服务设施建设", ["市民政局（牵头）", "市住房城乡建设局", "市自然资源和规划局"]),
    ("2", "发展老年助餐服务，扩大服务覆盖面", ["市民政局（牵头）", "市商务局"]),
    ("3", "加强养老护理员队伍建设，开展职业技能培训", ["市人力资源社会保障局（牵头）", "市民政局", "市卫生健康委"]),
]


def build_html(out: Path = DOCS / "luan_yanglao_2025.html") -> Path:
    rows = "\n".join(f"<tr><td>{n}</td><td>{t}</td><td><ul>{''.join(f'<li>{u}</li>' for u in us)}</ul></td></tr>"
                     for n, t, us in LA_ROWS)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{LA_TITLE}</title></head>
<body>
<div class="wenzhang">
<h1>{LA_TITLE}</h1>
<div class="wzcon">
<p>六政办秘〔2025〕21号</p>
<p>各县区人民政府，六安开发区、市示范园区、叶集改革发展试验区管委，市政府有关部门、有关直属机构：</p>
<p>　　《六安市2025年养老服务提质增效工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。</p>
<p style="text-align:right">六安市人民政府办公室</p>
<p style="text-align:right">2025年4月9日</p>
<p style="text-align:center">六安市2025年养老服务提质增效工作方案</p>
<p>　　一、工作任务</p>
<table border="1">
<tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>
{rows}
</table>
<p>　　二、工作要求</p>
<p>　　市民政局要会同市财政局加强养老服务资金监管。</p>
</div>
</div>
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")
    return out


ABC_HEAD = [
    "中国农业银行股份有限公司吉安分行关于印发《2026年服务乡村全面振兴工作方案》的通知",
    "农银吉发〔2026〕3号",
    "各支行，分行各部门：",
    "现将《2026年服务乡村全面振兴工作方案》印发给你们，请认真组织实施。",
    "中国农业银行股份有限公司吉安分行",
    "2026年1月22日",
    "2026年服务乡村全面振兴工作方案",
    "一、重点工作",
]
ABC_HEADER = ["序号", "工作措施", "牵头部门", "协同部门", "完成时间"]
ABC_ROWS = [
    ["1", "加大粮食安全领域信贷投放，支持高标准农田建设", "三农金融部", "信贷管理部、各支行", "2026年12月"],
    ["2", "推广“惠农e贷”线上产品，扩大农户贷款覆盖面", "普惠金融部", "网络金融部", "2026年全年"],
    ["3", "加强涉农贷款风险监测和不良贷款处置", "风险管理部", "三农金融部、普惠金融部", "2026年12月"],
]
ABC_TAIL = ["二、工作要求", "三农金融部要会同办公室做好工作进展统计和通报。"]


def build_docx(out: Path = DOCS / "abc_jian_2026.docx") -> Path:
    import docx

    d = docx.Document()
    for line in ABC_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(ABC_ROWS), cols=len(ABC_HEADER))
    for c, h in enumerate(ABC_HEADER):
        t.cell(0, c).text = h
    for r, row in enumerate(ABC_ROWS, start=1):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    for line in ABC_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


AH_TITLE = "安徽省人力资源和社会保障厅2026年重点工作任务分解表"
AH_ROWS: list[list[object]] = [
    ["序号", "重点任务", "牵头处室", "配合处室", "完成时限"],
    [1, "实施就业优先政策，开展高校毕业生等青年就业服务攻坚行动", "就业促进处", "人力资源流动管理处、省人才服务中心", "2026年12月"],
    [2, "推进社会保险扩面提质，落实灵活就业人员参保政策", "养老保险处", "规划财务处、省社会保险服务中心", "2026年12月"],
    [3, "开展根治欠薪冬季专项行动", "劳动关系处", "省劳动保障监察总队", "2027年春节前"],
    [4, "加强厅机关作风建设和督查督办", "办公室", "机关党委", "2026年全年"],
]


def build_xlsx(out: Path = DOCS / "ahrs_gongzuo_2026.xlsx") -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
    from office_docs import write_xlsx_list

    return write_xlsx_list(out, AH_TITLE, AH_ROWS, [], sheet="任务分解")


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "huangshan_lvyou_2025.txt").write_text(HUANGSHAN, encoding="utf-8")
    build_html()
    build_docx()
    build_xlsx()


if __name__ == "__main__":
    main()
