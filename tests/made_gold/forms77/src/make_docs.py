"""Build the documents of round 77 (tests/made_gold/forms77/docs), HTML pages as city websites serve them:

- yiyang_nongye_2024.html: 益阳市人民政府办公室's page from an old CMS: the whole page laid out in a **layout table**
  (nested tables), an **信息公开 metadata table** above the article, and the task table with a **two-row header**
  (`责任单位` over `牵头单位 | 配合单位` by colspan) and **rowspan** category and lead cells.
- kelamayi_shuzi_2023.html: 克拉玛依市人民政府办公室's page holding a **Word-saved HTML** article (MsoNormal
  paragraphs, spans, `&nbsp;`), clauses in the body and an attachment table whose units column is named
  **`落实单位`**, header cells broken over two lines by `<br>`.

Run from the project root: python tests/made_gold/forms77/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

YIYANG = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>益阳市人民政府办公室关于印发益阳市2024年农业农村重点工作任务分工方案的通知_市政府办文件_益阳市人民政府</title>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td class="top"><img src="/images/logo.png" alt="益阳市人民政府" /></td></tr>
  <tr><td class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwfw/">政务服务</a> | <a href="/hdjl/">互动交流</a></td></tr>
  <tr>
    <td>
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/szfbwj/">市政府办文件</a></td></tr>
        <tr>
          <td>
            <table class="xxgk" width="100%" border="1" cellspacing="0" cellpadding="4">
              <tr><td>索 引 号：</td><td>008529437/2024-01183</td><td>主题分类：</td><td>农业、林业、水利</td></tr>
              <tr><td>发布机构：</td><td>益阳市人民政府办公室</td><td>成文日期：</td><td>2024-03-18</td></tr>
              <tr><td>文　　号：</td><td>益政办函〔2024〕12号</td><td>发布日期：</td><td>2024-03-21</td></tr>
            </table>
          </td>
        </tr>
        <tr>
          <td class="content">
            <div class="title">益阳市人民政府办公室关于印发益阳市2024年农业农村重点工作任务分工方案的通知</div>
            <div class="wenhao">益政办函〔2024〕12号</div>
            <p>各区县（市）人民政府，市直各单位：</p>
            <p>　　《益阳市2024年农业农村重点工作任务分工方案》已经市人民政府同意，现印发给你们，请认真组织实施。</p>
            <p style="text-align:right">益阳市人民政府办公室</p>
            <p style="text-align:right">2024年3月18日</p>
            <p style="text-align:center"><strong>益阳市2024年农业农村重点工作任务分工方案</strong></p>
            <p>　　为全面推进乡村振兴，加快建设农业强市，结合我市实际，制定本方案。</p>
            <p>　　一、重点任务分工</p>
            <table border="1" cellspacing="0" cellpadding="3" width="100%">
              <tr>
                <td rowspan="2" align="center"><b>序号</b></td>
                <td rowspan="2" align="center"><b>类别</b></td>
                <td rowspan="2" align="center"><b>工作任务</b></td>
                <td colspan="2" align="center"><b>责任单位</b></td>
                <td rowspan="2" align="center"><b>完成时限</b></td>
              </tr>
              <tr>
                <td align="center"><b>牵头单位</b></td>
                <td align="center"><b>配合单位</b></td>
              </tr>
              <tr>
                <td>1</td>
                <td rowspan="2">粮食安全</td>
                <td>全面落实粮食播种面积和产量任务，确保粮食播种面积稳定在530万亩以上</td>
                <td rowspan="2">市农业农村局</td>
                <td>市发展改革委、市财政局</td>
                <td>2024年12月</td>
              </tr>
              <tr>
                <td>2</td>
                <td>推进高标准农田建设，新建高标准农田25万亩</td>
                <td>市自然资源和规划局、市水利局</td>
                <td>2024年10月</td>
              </tr>
              <tr>
                <td>3</td>
                <td rowspan="2">产业发展</td>
                <td>做强稻虾、茶叶、竹木等优势特色产业，培育农业产业化龙头企业</td>
                <td>市农业农村局</td>
                <td>市林业局、各区县（市）人民政府</td>
                <td>2024年12月</td>
              </tr>
              <tr>
                <td>4</td>
                <td>推动农产品加工业提质增效</td>
                <td>市工业和信息化局</td>
                <td>市农业农村局、市商务局</td>
                <td>2024年12月</td>
              </tr>
              <tr>
                <td>5</td>
                <td>乡村建设</td>
                <td>实施农村人居环境整治提升五年行动，推进农村厕所革命</td>
                <td>市农业农村局、市住房和城乡建设局</td>
                <td>各区县（市）人民政府</td>
                <td>2024年12月</td>
              </tr>
            </table>
            <p>　　二、工作要求</p>
            <p>　　各牵头单位要于每季度末将工作进展情况报送市农业农村局，市政府督查室将适时开展督查。</p>
          </td>
        </tr>
      </table>
    </td>
  </tr>
  <tr><td class="footer">主办：益阳市人民政府办公室　承办：益阳市数据资源局　湘ICP备05012345号</td></tr>
</table>
</body>
</html>
"""

KELAMAYI = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>克拉玛依市人民政府办公室关于印发克拉玛依市2023年数字政府建设工作要点的通知 - 克拉玛依市人民政府</title>
</head>
<body>
<div class="header"><div class="logo">克拉玛依市人民政府</div><ul class="menu"><li>首页</li><li>政务公开</li><li>政务服务</li></ul></div>
<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 政府文件</div>
<div class="article">
<h1 class="art-title">克拉玛依市人民政府办公室关于印发克拉玛依市2023年数字政府建设工作要点的通知</h1>
<div class="art-info">来源：市人民政府办公室　发布时间：2023-05-09 10:32　浏览次数：1024</div>
<div class="TRS_Editor">
<div class="WordSection1">
<p class=MsoNormal align=center style='text-align:center'><span style='font-family:仿宋_GB2312'>克政办发〔2023〕19号</span></p>
<p class=MsoNormal><span style='font-family:仿宋_GB2312'>各区人民政府，市人民政府各部门、各直属机构：</span></p>
<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>《克拉玛依市<span lang=EN-US>2023</span>年数字政府建设工作要点》已经市人民政府同意，现印发给你们，请结合实际认真贯彻落实。</span></p>
<p class=MsoNormal align=right style='text-align:right'><span style='font-family:仿宋_GB2312'>克拉玛依市人民政府办公室</span></p>
<p class=MsoNormal align=right style='text-align:right'><span lang=EN-US>2023</span><span style='font-family:仿宋_GB2312'>年<span lang=EN-US>5</span>月<span lang=EN-US>6</span>日</span></p>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-family:方正小标宋简体'>克拉玛依市<span lang=EN-US>2023</span>年数字政府建设工作要点</span></b></p>
<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:黑体'>一、夯实数字基础设施</span></p>
<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:楷体_GB2312'>（一）</span><span style='font-family:仿宋_GB2312'>完善政务云平台。推进市级政务云扩容升级，提升算力资源统筹调度能力。（责任单位：市大数据中心、市财政局）</span></p>
<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:楷体_GB2312'>（二）</span><span style='font-family:仿宋_GB2312'>推进<span lang=EN-US>5G</span>网络建设。新建<span lang=EN-US>5G</span>基站<span lang=EN-US>300</span>个，实现城区和重点园区全覆盖。（牵头单位：市工业和信息化局；配合单位：市自然资源局、各区人民政府）</span></p>
<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:黑体'>二、提升政务服务效能</span></p>
<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>具体任务见附件。</span></p>
<p class=MsoNormal><span style='font-family:黑体'>附件</span></p>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-family:方正小标宋简体'>政务服务效能提升任务清单</span></b></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
 <tr>
  <td width=40 style='width:30.0pt'><p class=MsoNormal align=center><b><span style='font-family:黑体'>序号</span></b></p></td>
  <td width=300><p class=MsoNormal align=center><b><span style='font-family:黑体'>任务内容</span></b></p></td>
  <td width=160><p class=MsoNormal align=center><b><span style='font-family:黑体'>落实<br>单位</span></b></p></td>
  <td width=80><p class=MsoNormal align=center><b><span style='font-family:黑体'>完成<br>时限</span></b></p></td>
 </tr>
 <tr>
  <td><p class=MsoNormal align=center><span lang=EN-US>1</span></p></td>
  <td><p class=MsoNormal><span style='font-family:仿宋_GB2312'>推行“高效办成一件事”，年内上线<span lang=EN-US>13</span>个集成服务场景</span></p></td>
  <td><p class=MsoNormal><span style='font-family:仿宋_GB2312'>市政务服务和公共资源交易中心、市大数据中心</span></p></td>
  <td><p class=MsoNormal><span lang=EN-US>2023</span><span style='font-family:仿宋_GB2312'>年<span lang=EN-US>12</span>月</span></p></td>
 </tr>
 <tr>
  <td><p class=MsoNormal align=center><span lang=EN-US>2</span></p></td>
  <td><p class=MsoNormal><span style='font-family:仿宋_GB2312'>深化电子证照在政务服务中的应用</span></p></td>
  <td><p class=MsoNormal><span style='font-family:仿宋_GB2312'>市大数据中心、市公安局、市市场监管局</span></p></td>
  <td><p class=MsoNormal><span lang=EN-US>2023</span><span style='font-family:仿宋_GB2312'>年<span lang=EN-US>10</span>月</span></p></td>
 </tr>
 <tr>
  <td><p class=MsoNormal align=center><span lang=EN-US>3</span></p></td>
  <td><p class=MsoNormal><span style='font-family:仿宋_GB2312'>推动“<span lang=EN-US>12345</span>”热线与<span lang=EN-US>110</span>报警服务台高效对接</span></p></td>
  <td><p class=MsoNormal><span style='font-family:仿宋_GB2312'>市<span lang=EN-US>12345</span>政务服务便民热线管理中心、市公安局</span></p></td>
  <td><p class=MsoNormal><span lang=EN-US>2023</span><span style='font-family:仿宋_GB2312'>年<span lang=EN-US>9</span>月</span></p></td>
 </tr>
</table>
<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>
</div>
</div>
</div>
<div class="footer">版权所有：克拉玛依市人民政府　网站标识码：6502000001　新ICP备12000123号</div>
</body>
</html>
"""


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "yiyang_nongye_2024.html").write_text(YIYANG, encoding="utf-8")
    (DOCS / "kelamayi_shuzi_2023.html").write_text(KELAMAYI, encoding="utf-8")


if __name__ == "__main__":
    main()
