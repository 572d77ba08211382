"""Round 77's second batch (written after rounds 77-86's fixes, measured at its own first run; docs/made-eval-forms.md):

- huangshi_kuangye_2024.html: 黄石市人民政府办公室's page: a 信息公开 table holding the 文号, the task table with a
  `<caption>`, `<colgroup>`, a `<tfoot>` note, two text columns (`任务名称` and `主要内容`), units in one column with
  `（牵头）` after the lead.

Run from the project root: python tests/made_gold/forms77/src/make_docs_b.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

ROWS = [
    ("1", "大冶铁矿东露天采场生态修复", "实施边坡治理、土地复垦和植被恢复，消除地质灾害隐患",
     "市自然资源和规划局（牵头）、大冶市人民政府、市林业局", "2024年12月"),
    ("2", "铜绿山古铜矿遗址周边环境整治", "整治遗址周边废弃矿坑和堆渣，建设遗址生态公园",
     "市文化和旅游局（牵头）、大冶市人民政府", "2025年6月"),
    ("3", "废弃矿山地质灾害隐患排查", "对全市废弃矿山开展拉网式排查，建立隐患台账",
     "市自然资源和规划局（牵头）、市应急管理局、各县（市、区）人民政府", "2024年10月"),
]


def page() -> str:
    rows = "\n".join(f"<tr><td>{n}</td><td>{name}</td><td>{what}</td><td>{units}</td><td>{when}</td></tr>"
                     for n, name, what, units, when in ROWS)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>黄石市人民政府办公室关于印发黄石市矿山生态修复三年行动方案的通知 - 黄石市人民政府</title></head>
<body>
<div class="top">黄石市人民政府 | 政务公开 | 政务服务 | 互动交流</div>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 政府文件</div>
<table class="xxgk_table">
<tr><th>索引号</th><td>011043024/2024-04112</td><th>分类</th><td>国土资源、能源</td></tr>
<tr><th>发布机构</th><td>黄石市人民政府办公室</td><th>发文日期</th><td>2024-04-03</td></tr>
<tr><th>名称</th><td colspan="3">黄石市人民政府办公室关于印发黄石市矿山生态修复三年行动方案的通知</td></tr>
<tr><th>文号</th><td>黄政办发〔2024〕8号</td><th>主题词</th><td></td></tr>
</table>
<div class="article">
<h1>黄石市人民政府办公室关于印发黄石市矿山生态修复三年行动方案的通知</h1>
<div class="content">
<p>各县（市、区）人民政府，黄石经济技术开发区·铁山区管委会，市政府各部门：</p>
<p>　　《黄石市矿山生态修复三年行动方案》已经市人民政府同意，现印发给你们，请认真组织实施。</p>
<p style="text-align:right">黄石市人民政府办公室</p>
<p style="text-align:right">2024年4月3日</p>
<p style="text-align:center"><strong>黄石市矿山生态修复三年行动方案</strong></p>
<p>　　一、工作目标</p>
<p>　　到2026年，全市历史遗留废弃矿山生态修复任务基本完成。</p>
<p>　　二、重点任务</p>
<table border="1" cellspacing="0" cellpadding="4">
<caption>黄石市矿山生态修复重点任务分工表</caption>
<colgroup><col width="40"><col width="160"><col width="260"><col width="200"><col width="80"></colgroup>
<thead><tr><th>序号</th><th>任务名称</th><th>主要内容</th><th>责任单位</th><th>完成时限</th></tr></thead>
<tbody>
{rows}
</tbody>
<tfoot><tr><td colspan="5">注：责任单位中标注“牵头”的为牵头单位。</td></tr></tfoot>
</table>
<p>　　三、保障措施</p>
<p>　　市财政局要统筹安排矿山生态修复资金，保障重点项目实施。</p>
</div></div>
<div class="footer">黄石市人民政府办公室主办　鄂ICP备05003312号</div>
</body></html>
"""


def main() -> None:
    (DOCS / "huangshi_kuangye_2024.html").write_text(page(), encoding="utf-8")


if __name__ == "__main__":
    main()
