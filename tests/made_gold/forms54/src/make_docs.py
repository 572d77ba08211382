"""Build the documents of round 54 (tests/made_gold/forms54/docs):

- luochuan_pingguo_2008.txt: an **old** (2008) county notice (洛川县人民政府) **saved in GB18030** (as old sites serve
  their text), CRLF line ends, clauses `（X牵头，Y、Z配合）`, `（责任单位：X、Y）`, and prose `由X负责…`.
- pingdingshan_anquan_2011.html: an **old** page (平顶山市人民政府办公室) **encoded GB2312** (declared in its meta), its
  text in one `<p>` whose lines are apart by `<br>`, and a table `责任单位 / 配合单位`.
- lijiang_lvyou_2025.md: a plan (丽江市) as a researcher's **Markdown** conversion: `##` headings, field lines with **bold
  labels** (`**牵头单位：**X`), and a pipe table `| 序号 | 重点任务 | 牵头单位 | 配合单位 |`.

Run from the project root: python tests/made_gold/forms54/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

LUOCHUAN = """洛川县人民政府关于印发洛川县2008年苹果产业发展实施意见的通知
洛政发〔2008〕15号
各乡镇人民政府，县政府各工作部门、直属机构：
　　现将《洛川县2008年苹果产业发展实施意见》印发给你们，请认真贯彻执行。
洛川县人民政府
二○○八年三月五日
洛川县2008年苹果产业发展实施意见
　　一、主要任务
　　1．推广果园标准化管理技术，建设苹果示范园。（县果业局牵头，县农业局、各乡镇人民政府配合）
　　2．加强苹果营销，组织企业参加农产品展销会。（责任单位：县商务局、县苹果产业协会）
　　二、保障措施
　　由县财政局负责落实苹果产业发展专项资金，县审计局配合加强资金监管。
"""

PDS_TITLE = "平顶山市人民政府办公室关于印发平顶山市2011年安全生产工作要点的通知"


def build_html(out: Path = DOCS / "pingdingshan_anquan_2011.html") -> Path:
    html = f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{PDS_TITLE}</title></head>
<body>
<div class="title">{PDS_TITLE}</div>
<div class="zw">
<p>平政办〔2011〕22号<br>各县（市、区）人民政府，市人民政府各部门：<br>　　《平顶山市2011年安全生产工作要点》已经市政府同意，现印发给你们，请认真贯彻执行。<br>平顶山市人民政府办公室<br>二○一一年三月八日<br>平顶山市2011年安全生产工作要点<br>　　一、深化安全生产专项整治<br>　　（一）开展煤矿安全专项整治。严厉打击非法违法生产行为。（市煤炭局负责，市安监局配合）<br>　　（二）加强危险化学品安全监管。（市安监局牵头，市公安局、市交通运输局参与）<br>　　二、重点工作分解</p>
<table border="1">
<tr><td>序号</td><td>工作内容</td><td>责任单位</td><td>配合单位</td></tr>
<tr><td>1</td><td>开展道路交通安全隐患排查</td><td>市公安局</td><td>市交通运输局</td></tr>
<tr><td>2</td><td>推进学校校舍安全工程</td><td>市教育局</td><td>市住房和城乡建设局</td></tr>
</table>
<p>　　三、工作要求<br>　　市安委会办公室要会同市监察局加强安全生产责任追究。</p>
</div>
</body>
</html>
"""
    out.write_bytes(html.encode("gb2312"))
    return out


LIJIANG = """# 丽江市人民政府办公室关于印发丽江市2025年旅游业高质量发展行动方案的通知

丽政办发〔2025〕6号

各县（区）人民政府，市直各委、办、局：

《丽江市2025年旅游业高质量发展行动方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。

丽江市人民政府办公室

2025年2月28日

## 丽江市2025年旅游业高质量发展行动方案

### 一、重点任务

1.提升丽江古城保护管理水平，整治古城经营秩序。

**牵头单位：**丽江古城保护管理局

**配合单位：**古城区人民政府、市市场监管局

2.推进玉龙雪山景区提质增效，完善游客服务设施。

**牵头单位：**玉龙雪山景区管委会

**配合单位：**玉龙纳西族自治县人民政府

### 二、重点项目

| 序号 | 重点任务 | 牵头单位 | 配合单位 |
| --- | --- | --- | --- |
| 1 | 建设泸沽湖旅游度假区 | 宁蒗彝族自治县人民政府 | 市文化和旅游局 |
| 2 | 打造丽江国际康养旅游示范区 | 市文化和旅游局 | 市卫生健康委、市发展改革委 |

### 三、保障措施

市文化和旅游局要会同市统计局完善旅游统计监测体系。
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "luochuan_pingguo_2008.txt").write_bytes(LUOCHUAN.replace("\n", "\r\n").encode("gb18030"))
    build_html()
    (DOCS / "lijiang_lvyou_2025.md").write_text(LIJIANG, encoding="utf-8")


if __name__ == "__main__":
    main()
