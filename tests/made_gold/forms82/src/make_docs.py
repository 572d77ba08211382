"""Build the documents of round 82 (tests/made_gold/forms82/docs), HTML pages as websites serve them:

- yanan_hongse_2024.html: 延安市人民政府办公室's page (a div layout): the task table with `<thead>`, **section rows**
  `一、…` spanning all columns (colspan), a lead cell merged down (rowspan), units **stacked one per line by `<br>`**
  in the `参与单位` cell, each cell's text inside `<p>`.
- xinshao_jiaoyu_2022.html: 新邵县人民政府办公室's page (old CMS, **layout tables**): the article body and the task
  table nested inside them, the table's **first row a title cell spanning every column**, columns `主办单位` /
  `协办单位` and a `备注` column, a category merged down.

Run from the project root: python tests/made_gold/forms82/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

YANAN = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="ArticleTitle" content="延安市人民政府办公室关于印发延安市红色旅游高质量发展行动方案的通知">
<meta name="PubDate" content="2024-06-05 09:00">
<title>延安市人民政府办公室关于印发延安市红色旅游高质量发展行动方案的通知-延安市人民政府</title>
</head>
<body>
<header class="site-head"><div class="logo">延安市人民政府</div><nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a></nav></header>
<div class="path">首页 &gt; 政务公开 &gt; 法定主动公开内容 &gt; 政策文件 &gt; 市政府办文件</div>
<div class="main">
  <div class="article">
    <h2 class="article-title">延安市人民政府办公室关于印发延安市红色旅游高质量发展行动方案的通知</h2>
    <div class="article-meta"><span>发布时间：2024-06-05</span><span>来源：市政府办公室</span><span>字号：大 中 小</span></div>
    <div class="article-content">
      <p style="text-align:center">延政办发〔2024〕11号</p>
      <p>各县（市、区）人民政府，市政府各工作部门、各直属机构：</p>
      <p style="text-indent:2em">《延安市红色旅游高质量发展行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。</p>
      <p style="text-align:right">延安市人民政府办公室</p>
      <p style="text-align:right">2024年5月30日</p>
      <p style="text-align:center"><strong>延安市红色旅游高质量发展行动方案</strong></p>
      <p style="text-indent:2em">为擦亮延安红色旅游品牌，推动红色旅游高质量发展，制定本方案。主要任务分工如下：</p>
      <table border="1" cellspacing="0" cellpadding="0" style="width:100%;border-collapse:collapse">
        <thead>
          <tr><th><p>序号</p></th><th><p>工作任务</p></th><th><p>牵头单位</p></th><th><p>参与单位</p></th><th><p>完成时限</p></th></tr>
        </thead>
        <tbody>
          <tr><td colspan="5"><p><strong>一、红色旅游提质</strong></p></td></tr>
          <tr>
            <td><p>1</p></td>
            <td><p>推进延安革命纪念地景区提升改造，完善游客服务设施</p></td>
            <td rowspan="2"><p>市文化和旅游局</p></td>
            <td><p>市发展和改革委员会<br>市财政局<br>宝塔区人民政府</p></td>
            <td><p>2024年12月</p></td>
          </tr>
          <tr>
            <td><p>2</p></td>
            <td><p>创新红色文化演艺，打造驻场演出精品</p></td>
            <td><p>延安革命纪念馆<br>市文化艺术中心</p></td>
            <td><p>2024年10月</p></td>
          </tr>
          <tr><td colspan="5"><p><strong>二、红色教育培训</strong></p></td></tr>
          <tr>
            <td><p>3</p></td>
            <td><p>规范红色教育培训市场秩序，建立培训机构信用评价制度</p></td>
            <td><p>市委组织部</p></td>
            <td><p>市文化和旅游局<br>市市场监督管理局</p></td>
            <td><p>2024年9月</p></td>
          </tr>
          <tr>
            <td><p>4</p></td>
            <td><p>开发红色研学课程，推动中小学生研学实践</p></td>
            <td><p>市教育局</p></td>
            <td><p>各县（市、区）人民政府</p></td>
            <td><p>2024年12月</p></td>
          </tr>
        </tbody>
      </table>
      <p style="text-indent:2em">各县（市、区）人民政府要建立工作台账，每半年向市文化和旅游局报送进展情况。</p>
    </div>
  </div>
</div>
<footer>主办单位：延安市人民政府办公室　陕ICP备05002001号　陕公网安备61060202000101号</footer>
</body>
</html>
"""

XINSHAO = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>新邵县人民政府办公室关于印发新邵县2022年教育强县建设工作方案的通知</title>
</head>
<body topmargin="0">
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td height="120" background="/images/banner.jpg">新邵县人民政府门户网站</td></tr>
<tr><td>
  <table width="100%" border="0" cellpadding="0" cellspacing="0">
  <tr>
    <td width="200" valign="top" class="left">
      <table width="100%"><tr><td><a href="/xxgk/">信息公开</a></td></tr><tr><td><a href="/zcwj/">政策文件</a></td></tr></table>
    </td>
    <td valign="top">
      <table width="100%" border="0" cellpadding="8" cellspacing="0">
      <tr><td align="center" class="bt"><font size="4"><b>新邵县人民政府办公室关于印发新邵县2022年教育强县建设工作方案的通知</b></font></td></tr>
      <tr><td align="center">信息来源：县政府办　发布时间：2022-03-04　点击数：356</td></tr>
      <tr><td class="zw">
        <p align="center">新政办发〔2022〕4号</p>
        <p>各乡镇人民政府，县直各单位：</p>
        <p>　　《新邵县2022年教育强县建设工作方案》已经县人民政府同意，现印发给你们，请认真抓好落实。</p>
        <p align="right">新邵县人民政府办公室</p>
        <p align="right">2022年3月1日</p>
        <p align="center"><b>新邵县2022年教育强县建设工作方案</b></p>
        <p>　　一、工作目标</p>
        <p>　　办好人民满意的教育，推动全县教育事业优质均衡发展。</p>
        <p>　　二、工作任务</p>
        <table border="1" cellpadding="4" cellspacing="0" width="100%">
        <tr><td colspan="6" align="center"><b>新邵县2022年教育强县建设重点任务分解表</b></td></tr>
        <tr><td>序号</td><td>类别</td><td>工作内容</td><td>主办单位</td><td>协办单位</td><td>备注</td></tr>
        <tr><td>1</td><td rowspan="2">学位建设</td><td>新建、改扩建城区中小学校3所，新增学位2700个</td><td>县教育局</td><td>县发展和改革局、县自然资源局、县住房和城乡建设局</td><td>县财政局保障资金</td></tr>
        <tr><td>2</td><td>消除城区义务教育大班额</td><td>县教育局</td><td>酿溪镇人民政府、严塘镇人民政府</td><td></td></tr>
        <tr><td>3</td><td>师资队伍</td><td>公开招聘中小学教师120名，充实农村学校师资</td><td>县教育局、县人力资源和社会保障局</td><td>县委编办</td><td>上半年完成</td></tr>
        <tr><td>4</td><td>校园安全</td><td>开展校园及周边环境集中整治</td><td>县公安局</td><td>县教育局、县市场监督管理局、各乡镇人民政府</td><td></td></tr>
        </table>
        <p>　　三、保障措施</p>
        <p>　　县财政局要将教育强县建设经费纳入年度预算，足额保障。</p>
      </td></tr>
      </table>
    </td>
  </tr>
  </table>
</td></tr>
<tr><td align="center" class="foot">版权所有：新邵县人民政府办公室　湘ICP备12001234号</td></tr>
</table>
</body>
</html>
"""


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "yanan_hongse_2024.html").write_text(YANAN, encoding="utf-8")
    (DOCS / "xinshao_jiaoyu_2022.html").write_text(XINSHAO, encoding="utf-8")


if __name__ == "__main__":
    main()
