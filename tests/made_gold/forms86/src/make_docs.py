"""Build the documents of round 86 (tests/made_gold/forms86/docs), containers of several kinds:

- liupanshui_nengyuan_2024.html: 六盘水市人民政府办公室's page, the article **three layout tables deep**, a **targets
  table** (指标 / 2023年 / 2024年目标: no units column) before the task table, whose units column is headed
  **`责任单位（排名第一的为牵头单位）`**.
- erlian_maoyi_2023.docx: 二连浩特市人民政府办公室's Word plan: a task table whose **header row repeats** on each page
  (Word's 标题行重复), units cells holding **one unit per paragraph**, a `配合单位` cell `—`.
- hunchun_wuliu_2024.txt: 珲春市人民政府办公室's plan **copied from its web page** into a text file: the table's rows
  **tab-separated**, a units cell holding a line break (the row goes on on the next line).

Run from the project root: python tests/made_gold/forms86/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

LIUPANSHUI = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>六盘水市人民政府办公室关于印发六盘水市2024年能源工业运行保障工作方案的通知_市政府办文件</title>
</head>
<body>
<table width="1002" align="center" cellpadding="0" cellspacing="0"><tr><td>
 <table width="100%" cellpadding="0" cellspacing="0">
  <tr><td class="daohang"><a href="/">网站首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; 市政府办文件</td></tr>
  <tr><td>
   <table width="96%" align="center" cellpadding="0" cellspacing="0">
    <tr><td align="center" class="biaoti">六盘水市人民政府办公室关于印发六盘水市2024年能源工业运行保障工作方案的通知</td></tr>
    <tr><td align="center" class="laiyuan">发布日期：2024-02-29　来源：市人民政府办公室</td></tr>
    <tr><td class="zhengwen">
<p style="text-align:center">六盘水府办发〔2024〕5号</p>
<p>各县（市、特区、区）人民政府，市人民政府各部门、各直属机构：</p>
<p>　　《六盘水市2024年能源工业运行保障工作方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。</p>
<p style="text-align:right">六盘水市人民政府办公室</p>
<p style="text-align:right">2024年2月26日</p>
<p style="text-align:center"><b>六盘水市2024年能源工业运行保障工作方案</b></p>
<p>　　一、主要目标</p>
<table border="1" cellspacing="0" cellpadding="2">
<tr><td>指标</td><td>2023年</td><td>2024年目标</td></tr>
<tr><td>原煤产量（万吨）</td><td>6010</td><td>6500</td></tr>
<tr><td>发电量（亿千瓦时）</td><td>310</td><td>330</td></tr>
</table>
<p>　　二、重点任务</p>
<table border="1" cellspacing="0" cellpadding="2">
<tr><td>序号</td><td>工作任务</td><td>责任单位（排名第一的为牵头单位）</td><td>完成时限</td></tr>
<tr><td>1</td><td>推动煤矿产能核增和先进产能释放</td><td>市能源局、市应急管理局、各县（市、特区、区）人民政府</td><td>2024年12月</td></tr>
<tr><td>2</td><td>加快煤矿智能化改造，建成智能化煤矿10处</td><td>市能源局、市工业和信息化局</td><td>2024年12月</td></tr>
<tr><td>3</td><td>保障电煤稳定供应，落实电煤中长期合同</td><td>市能源局、市发展改革委、贵州电网有限责任公司六盘水供电局</td><td>持续推进</td></tr>
<tr><td>4</td><td>强化煤炭运输保障</td><td>市交通运输局、六盘水车务段</td><td>持续推进</td></tr>
</table>
<p>　　三、工作要求</p>
<p>　　各牵头单位要建立工作调度机制，每月5日前将上月工作进展报送市能源局。</p>
    </td></tr>
   </table>
  </td></tr>
 </table>
</td></tr></table>
<table width="1002" align="center"><tr><td class="bottom">六盘水市人民政府办公室主办　黔ICP备05001234号</td></tr></table>
</body>
</html>
"""

ERLIAN_HEAD = [
    "二连浩特市人民政府办公室关于印发二连浩特市2023年口岸经济发展重点任务的通知",
    "二政办发〔2023〕27号",
    "各镇人民政府、各街道办事处，市直各部门，驻市各单位：",
    "现将《二连浩特市2023年口岸经济发展重点任务》印发给你们，请结合工作实际，认真抓好落实。",
    "二连浩特市人民政府办公室",
    "2023年4月11日",
    "二连浩特市2023年口岸经济发展重点任务",
    "一、重点任务分工",
]
ERLIAN_ROWS = [
    ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "推进中蒙跨境经济合作区建设", ["市发展和改革委员会"], ["市商务局", "市自然资源局"], "2023年12月"],
    ["2", "扩大进口资源落地加工规模", ["市工业和信息化局"], ["市商务局", "二连海关"], "2023年12月"],
    ["3", "提升公路口岸货运通关能力", ["市口岸办"], ["二连海关", "二连边境管理大队", "市交通运输局"], "2023年10月"],
    ["4", "发展跨境电商和边民互市贸易", ["市商务局"], ["—"], "2023年12月"],
]
ERLIAN_TAIL = ["二、工作要求", "各牵头单位要于每季度末向市发展和改革委员会报送工作进展。"]


def build_erlian(out: Path) -> Path:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    for line in ERLIAN_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=len(ERLIAN_ROWS), cols=5)
    t.style = "Table Grid"
    tr_pr = t.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
    for r, row in enumerate(ERLIAN_ROWS):
        for c, value in enumerate(row):
            cell = t.cell(r, c)
            if isinstance(value, str):
                cell.text = value
                continue
            cell.text = value[0]
            for more in value[1:]:
                cell.add_paragraph(more)
    for line in ERLIAN_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


HUNCHUN = (
    "珲春市人民政府办公室关于印发珲春市2024年现代物流业发展工作方案的通知\n"
    "珲政办发〔2024〕9号\n"
    "各乡（镇）人民政府、街道办事处，市政府各委办局、各直属机构：\n"
    "　　《珲春市2024年现代物流业发展工作方案》已经市政府同意，现印发给你们，请认真组织实施。\n"
    "珲春市人民政府办公室\n"
    "2024年3月5日\n"
    "珲春市2024年现代物流业发展工作方案\n"
    "　　一、发展目标\n"
    "　　全年物流业增加值增长8%以上，培育A级物流企业3家。\n"
    "　　二、重点任务\n"
    "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t推进珲春国际物流园区二期建设\t市发展和改革局\t市自然资源局、\n市住房和城乡建设局\t2024年11月\n"
    "2\t开通珲春至俄罗斯扎鲁比诺港集装箱航线\t市商务局\t珲春海关、市交通运输局\t2024年8月\n"
    "3\t发展冷链物流，建设海产品冷链仓储中心\t市商务局\t市市场监督管理局、\n珲春边境经济合作区管委会\t2024年12月\n"
    "　　三、保障措施\n"
    "　　市财政局要统筹安排物流业发展专项资金，支持重点项目建设。\n"
)


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "liupanshui_nengyuan_2024.html").write_text(LIUPANSHUI, encoding="utf-8")
    build_erlian(DOCS / "erlian_maoyi_2023.docx")
    (DOCS / "hunchun_wuliu_2024.txt").write_text(HUNCHUN, encoding="utf-8")


if __name__ == "__main__":
    main()
