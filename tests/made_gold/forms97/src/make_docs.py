"""Build the documents of round 97 (tests/made_gold/forms97/docs): HTML pages from three CMSs not met in rounds 77-86.

- liuzhou_gongye_2023.html: a TRS-style page (layout tables three deep, ``<div class="TRS_Editor">``), the attachment's
  task table with the **units columns before the task column** (序号 / 主责单位 / 协办单位 / 工作任务 / 完成时间), units
  apart by ``<br>``, a 主责 cell ``rowspan`` over two rows, the header in ``<td><b>`` (no ``<th>``).
- haiyan_zhineng_2024.html: a Hanweb-style page (``<div id="zoom">``), clauses in ``<p>`` with a ``<br>`` **inside a
  clause** between its two fields, and a small table **nested in a cell** of the task table (the 配合单位 listed in it).
- sanmenxia_pingguo_2025.html: a page whose body holds **two tables**: a targets table (指标 / 2025年目标) first, then the
  分工表 whose first row is its title spanning all columns; units cells ``X（牵头）<br>Y<br>Z``.

Run from the project root: python tests/made_gold/forms97/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

LIUZHOU = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>柳州市人民政府办公室关于印发柳州市工业企业技术改造三年行动计划（2023—2025年）的通知_政策文件_柳州市人民政府门户网站</title></head>
<body><table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td>
<table width="100%" border="0"><tr><td class="dh">首页 &gt; 政务公开 &gt; 政策文件</td></tr></table>
<table width="100%" border="0"><tr><td>
<table width="96%" border="0" class="xxgk"><tr><td>索引号：000000-2023-00117</td><td>发布机构：柳州市人民政府办公室</td></tr>
<tr><td>发文字号：柳政办〔2023〕41号</td><td>发布日期：2023年06月20日</td></tr></table>
<div class="TRS_Editor">
<p align="center"><b>柳州市人民政府办公室关于印发柳州市工业企业技术改造三年行动计划（2023—2025年）的通知</b></p>
<p align="center">柳政办〔2023〕41号</p>
<p>各县、区人民政府，市直各委、办、局：</p>
<p>　　《柳州市工业企业技术改造三年行动计划（2023—2025年）》已经市人民政府同意，现印发给你们，请认真组织实施。</p>
<p align="right">柳州市人民政府办公室</p>
<p align="right">2023年6月16日</p>
<p align="center"><b>柳州市工业企业技术改造三年行动计划（2023—2025年）</b></p>
<p>　　一、总体要求</p>
<p>　　以汽车、机械、冶金等优势产业为重点，推动工业企业实施新一轮技术改造。</p>
<p>　　二、重点任务</p>
<p>　　各项任务分工见下表。</p>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><td><b>序号</b></td><td><b>主责单位</b></td><td><b>协办单位</b></td><td><b>工作任务</b></td><td><b>完成时间</b></td></tr>
<tr><td>1</td><td rowspan="2">市工业和信息化局</td><td>市财政局<br>市发展改革委</td><td>实施技术改造项目“千企技改”工程，每年滚动推进技改项目200个以上</td><td>2025年12月</td></tr>
<tr><td>2</td><td>市科技局<br>市市场监管局</td><td>推动汽车零部件企业开展智能化改造，建设数字化车间和智能工厂</td><td>2025年12月</td></tr>
<tr><td>3</td><td>市财政局</td><td>市工业和信息化局<br>市税务局</td><td>落实技改专项资金和设备购置税收优惠政策</td><td>长期</td></tr>
<tr><td>4</td><td>市地方金融监管局</td><td>人行柳州市分行<br>柳州金融监管分局</td><td>开展技改项目融资对接，推广技改专项贷款</td><td>2024年6月</td></tr>
<tr><td>5</td><td>市自然资源和规划局</td><td>各县、区人民政府</td><td>保障技改项目用地，支持企业利用存量土地扩建厂房</td><td>长期</td></tr>
</table>
<p>　　三、保障措施</p>
<p>　　加强对技术改造工作的组织领导和督促检查。</p>
</div>
</td></tr></table>
</td></tr></table></body></html>
"""

HAIYAN = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>海盐县人民政府办公室关于印发海盐县智能制造提升行动方案的通知</title></head>
<body><div class="main"><div class="article">
<h2 class="title">海盐县人民政府办公室关于印发海盐县智能制造提升行动方案的通知</h2>
<div class="info"><span>发布时间：2024-03-29</span><span>来源：县府办</span></div>
<div id="zoom">
<p style="text-align:center">盐政办发〔2024〕12号</p>
<p>各镇人民政府、街道办事处，县政府各部门、各直属单位：</p>
<p>　　《海盐县智能制造提升行动方案》已经县政府同意，现印发给你们，请结合实际认真贯彻落实。</p>
<p style="text-align:right">海盐县人民政府办公室<br>2024年3月25日</p>
<p style="text-align:center"><strong>海盐县智能制造提升行动方案</strong></p>
<p>　　为加快制造业数字化转型，制定本方案。</p>
<p>　　一、主要任务</p>
<p>　　（一）推进企业数字化改造。分行业制定数字化改造指南，实施规上工业企业数字化改造全覆盖。（牵头单位：县经信局；<br>配合单位：县发改局、县财政局）</p>
<p>　　（二）培育智能工厂。每年认定县级智能工厂（数字化车间）10家以上，推荐申报省级未来工厂。（责任单位：县经信局、<br>县科技局）</p>
<p>　　（三）建设工业互联网平台。支持龙头企业建设行业级工业互联网平台，推动中小企业上云用云。（牵头单位：县经信局；配合单位：县大数据发展中心、<br>县商务局）</p>
<p>　　二、专项行动分工</p>
<table border="1" cellspacing="0" style="border-collapse:collapse">
<tr><td>序号</td><td>行动内容</td><td>牵头单位</td><td>配合单位</td></tr>
<tr><td>1</td><td>开展智能制造诊断服务，组织服务商入企诊断</td><td>县经信局</td><td><table border="0"><tr><td>县科技局</td></tr><tr><td>县市场监管局</td></tr></table></td></tr>
<tr><td>2</td><td>举办智能制造供需对接活动</td><td>县经信局</td><td><table border="0"><tr><td>县商务局</td></tr></table></td></tr>
<tr><td>3</td><td>培养智能制造技能人才，开展数字工匠培训</td><td>县人力社保局</td><td><table border="0"><tr><td>县经信局</td></tr><tr><td>县教育局</td></tr></table></td></tr>
</table>
<p>　　三、保障措施</p>
<p>　　县经信局要会同县财政局制定智能制造专项资金管理办法。</p>
</div></div></div></body></html>
"""

SANMENXIA = """<html><head><meta charset="utf-8"><title>三门峡市人民政府办公室关于印发三门峡市苹果产业提质增效行动方案的通知</title></head>
<body><div class="wrap"><div class="con">
<div class="xl-title">三门峡市人民政府办公室关于印发三门峡市苹果产业提质增效行动方案的通知</div>
<div class="xl-txt">
<p align="center">三政办〔2025〕7号</p>
<p>各县（市、区）人民政府，城乡一体化示范区、经济开发区管委会，市人民政府各部门：</p>
<p>《三门峡市苹果产业提质增效行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。</p>
<p align="right">三门峡市人民政府办公室</p><p align="right">2025年2月18日</p>
<p align="center">三门峡市苹果产业提质增效行动方案</p>
<p>一、发展目标</p>
<table border="1" cellpadding="3"><tr><td>指标</td><td>2024年</td><td>2025年目标</td></tr>
<tr><td>苹果种植面积（万亩）</td><td>60</td><td>62</td></tr><tr><td>优果率（%）</td><td>70</td><td>75</td></tr></table>
<p>二、重点任务</p>
<table border="1" cellpadding="3">
<tr><td colspan="4">三门峡市苹果产业提质增效重点任务分工</td></tr>
<tr><td>序号</td><td>重点任务</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>实施老果园改造，推广矮砧密植栽培模式</td><td>市农业农村局（牵头）<br>市林业局<br>各县（市、区）人民政府</td><td>2025年10月</td></tr>
<tr><td>2</td><td>建设苹果冷链仓储设施，提升产地初加工能力</td><td>市发展改革委（牵头）<br>市农业农村局</td><td>2025年11月</td></tr>
<tr><td>3</td><td>打造“三门峡苹果”区域公用品牌，组织参加展销活动</td><td>市农业农村局（牵头）<br>市商务局<br>市市场监管局</td><td>2025年12月</td></tr>
</table>
<p>三、保障措施</p>
<p>市财政局要统筹涉农资金支持苹果产业发展。</p>
</div></div></div></body></html>
"""


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "liuzhou_gongye_2023.html").write_text(LIUZHOU, encoding="utf-8")
    (DOCS / "haiyan_zhineng_2024.html").write_text(HAIYAN, encoding="utf-8")
    (DOCS / "sanmenxia_pingguo_2025.html").write_text(SANMENXIA, encoding="utf-8")


if __name__ == "__main__":
    main()
