"""Round 82's second batch (written after rounds 77-86's fixes, measured at its own first run; docs/made-eval-forms.md):

- yanji_chengjian_2024.html: 延吉市人民政府办公室's page: the task table in a scrolling `<div>`, cells padded with
  `&nbsp;` and wrapped in `<span>`s, **rowspan over two columns at once** (配合单位 and 完成时限), units apart by `，`.

Run from the project root: python tests/made_gold/forms82/src/make_docs_b.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

S = '<span style="font-family:仿宋_GB2312;font-size:12pt">{}</span>'


def td(text: str, extra: str = "") -> str:
    return f"<td{extra}>&nbsp;" + S.format(text) + "&nbsp;</td>"


def page() -> str:
    rows = [
        "<tr>" + td("1") + td("实施老旧小区改造，改造小区42个") + td("市住房和城乡建设局")
        + td("市财政局，各街道办事处", ' rowspan="2"') + td("2024年11月", ' rowspan="2"') + "</tr>",
        "<tr>" + td("2") + td("推进城市燃气管道老化更新改造") + td("市住房和城乡建设局") + "</tr>",
        "<tr>" + td("3") + td("建设城市口袋公园和绿道") + td("市城市管理局") + td("市自然资源局，市林业局")
        + td("2024年10月") + "</tr>",
    ]
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>延吉市人民政府办公室关于印发延吉市2024年城市更新工作方案的通知</title></head>
<body>
<div class="nav">延吉市人民政府 &gt; 政务公开 &gt; 政策文件</div>
<div class="detail">
<div class="detail-title">延吉市人民政府办公室关于印发延吉市2024年城市更新工作方案的通知</div>
<div class="detail-info">发布时间：2024-03-15　来源：延吉市人民政府办公室</div>
<div class="detail-body">
<p style="text-align:center">延市政办发〔2024〕6号</p>
<p>各街道办事处、乡镇人民政府，市政府各部门：</p>
<p>　　现将《延吉市2024年城市更新工作方案》印发给你们，请认真抓好落实。</p>
<p style="text-align:right">延吉市人民政府办公室</p>
<p style="text-align:right">2024年3月12日</p>
<p style="text-align:center"><b>延吉市2024年城市更新工作方案</b></p>
<p>　　一、重点任务</p>
<div class="table-wrap" style="overflow-x:auto">
<table border="1" cellspacing="0" style="width:100%">
<tr>{td("序号")}{td("工作任务")}{td("牵头单位")}{td("配合单位")}{td("完成时限")}</tr>
{body}
</table>
</div>
<p>　　二、工作要求</p>
<p>　　各街道办事处要做好居民动员和矛盾调处工作。</p>
</div></div>
</body></html>
"""


def main() -> None:
    (DOCS / "yanji_chengjian_2024.html").write_text(page(), encoding="utf-8")


if __name__ == "__main__":
    main()
