"""Build the documents of round 42 (tests/made_gold/forms42/docs):

- pingxiang_yingshang_2024.txt: a city's 实施方案 (萍乡市) typed with **half-width punctuation** in its clauses
  (`(责任单位:市发改委、市财政局)`, `(市商务局牵头,市财政局配合)`) and **four levels of numbering** (一、（一）1.（1）) with
  clauses at the deepest level.
- beihai_haiyang_2024.docx: a city's notice (北海市) whose task table stands in **an attachment** (`附件` then the
  attachment's title, then the table), after a notice with prose duties.
- zhoukou_liangshi_2024.html: a city's plan (周口市) whose table's units cell holds **the lead and the partners in one cell
  apart by a semicolon** (`市粮食和储备局；市财政局、市农业农村局`) under the header `牵头单位；配合单位`.

Run from the project root: python tests/made_gold/forms42/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

PINGXIANG = """萍乡市人民政府办公室关于印发萍乡市进一步优化营商环境实施方案的通知
萍府办发〔2024〕12号
各县（区）人民政府，萍乡经济技术开发区、萍乡武功山风景名胜区管委会，市政府各部门：
《萍乡市进一步优化营商环境实施方案》已经市政府同意，现印发给你们，请认真贯彻落实。
萍乡市人民政府办公室
2024年3月6日
萍乡市进一步优化营商环境实施方案
一、提升政务服务效能
（一）深化“一件事一次办”改革
1.拓展集成服务事项。
（1）推出企业开办、员工招聘等高频“一件事”套餐服务。(责任单位:市行政审批局、市人社局)
（2）推动“一件事”线上办理全流程网办。(市行政审批局牵头,市大数据中心配合)
2.优化政务服务中心功能布局。推进各县（区）政务服务中心标准化建设。(责任单位:各县(区)人民政府)
（二）提升涉企服务水平
3.建立企业诉求闭环办理机制。(市发改委牵头,市工信局、市司法局配合)
二、工作要求
市发改委要会同市行政审批局建立营商环境监测评价机制。
"""

BH_TEXT = [
    "北海市人民政府办公室关于印发北海市2024年海洋经济发展重点任务分工的通知",
    "北政办〔2024〕20号",
    "各县（区）人民政府，市政府各部门、各直属机构：",
    "经市人民政府同意，现将《北海市2024年海洋经济发展重点任务分工》印发给你们，请认真组织实施。"
    "市海洋局要会同市发展改革委加强统筹协调，定期调度工作进展。各牵头单位要细化工作措施，确保各项任务按期完成。",
    "附件：北海市2024年海洋经济发展重点任务分工",
    "北海市人民政府办公室",
    "2024年4月3日",
    "附件",
    "北海市2024年海洋经济发展重点任务分工",
]
BH_HEADER = ["序号", "重点任务", "牵头单位", "配合单位"]
BH_ROWS = [
    ["1", "推进铁山港区临港产业园建设，培育海洋装备制造产业", "市工业和信息化局", "铁山港区人民政府、市自然资源局"],
    ["2", "建设国家级海洋牧场示范区", "市海洋局", "市农业农村局、合浦县人民政府"],
    ["3", "发展滨海旅游，打造银滩旅游度假区", "市文化广电和体育局", "银海区人民政府"],
]


def build_docx(out: Path = DOCS / "beihai_haiyang_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in BH_TEXT:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(BH_ROWS), cols=len(BH_HEADER))
    for i, h in enumerate(BH_HEADER):
        table.cell(0, i).text = h
    for r, row in enumerate(BH_ROWS, start=1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.save(str(out))
    return out


ZK_TITLE = "周口市人民政府办公室关于印发周口市2024年粮食安全保障工作方案的通知"


def build_html(out: Path = DOCS / "zhoukou_liangshi_2024.html") -> Path:
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{ZK_TITLE}</title></head>
<body>
<div id="content">
<h3>{ZK_TITLE}</h3>
<p>周政办〔2024〕15号</p>
<p>各县（市、区）人民政府，示范区、开发区管委会，市人民政府各部门：</p>
<p>　　《周口市2024年粮食安全保障工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。</p>
<p align="right">周口市人民政府办公室</p>
<p align="right">2024年5月20日</p>
<p align="center">周口市2024年粮食安全保障工作方案</p>
<p>　　一、重点任务</p>
<table border="1">
<tr><td>序号</td><td>工作任务</td><td>牵头单位；配合单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>落实粮食收购政策，做好夏粮收购工作</td><td>市粮食和储备局；市财政局、市农业农村局</td><td>2024年7月</td></tr>
<tr><td>2</td><td>加强地方储备粮管理，开展库存检查</td><td>市粮食和储备局；市市场监管局</td><td>2024年10月</td></tr>
<tr><td>3</td><td>推进高标准农田建设，稳定粮食播种面积</td><td>市农业农村局；各县（市、区）人民政府</td><td>2024年全年</td></tr>
</table>
<p>　　二、保障措施</p>
<p>　　各县（市、区）人民政府要落实粮食安全党政同责，市粮食和储备局负责牵头做好考核工作。</p>
</div>
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "pingxiang_yingshang_2024.txt").write_text(PINGXIANG, encoding="utf-8")
    build_docx()
    build_html()


if __name__ == "__main__":
    main()
