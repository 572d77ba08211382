"""Build the documents of round 53 (tests/made_gold/forms53/docs):

- wuzhong_jieneng_2010.html: an **old** (2010) government page (吴忠市人民政府) laid out **inside layout tables** (the whole
  article in a `<table>` cell, the title in another), its task table nested in the layout cell (`责任单位 / 协办单位`).
- nanyang_zhengwu_2025.docx: a Word table (南阳市) whose header cells are **letter-spaced** (`序  号`, `工 作 任 务`,
  `牵 头 单 位`, `配 合 单 位`).
- enshi_cha_2025.txt: a prefecture's plan (恩施州) with `州直有关部门`, clauses `（各县市人民政府负责，州直相关部门配合）`, and a
  sentence of **three roles** `X牵头，Y参与，Z负责具体实施`.

Run from the project root: python tests/made_gold/forms53/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

WZ_TITLE = "吴忠市人民政府关于印发吴忠市2010年节能减排工作实施方案的通知"


def build_html(out: Path = DOCS / "wuzhong_jieneng_2010.html") -> Path:
    html = f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{WZ_TITLE}</title></head>
<body>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="30" align="center" class="title"><b>{WZ_TITLE}</b></td></tr>
<tr><td height="20" align="center">发布时间：2010-05-20　　浏览次数：356</td></tr>
<tr><td class="content">
<p>吴政发〔2010〕45号</p>
<p>各县（市、区）人民政府，市政府各部门、直属机构：</p>
<p>　　现将《吴忠市2010年节能减排工作实施方案》印发给你们，请认真贯彻执行。</p>
<p align="right">吴忠市人民政府</p>
<p align="right">二〇一〇年五月十八日</p>
<p align="center">吴忠市2010年节能减排工作实施方案</p>
<p>　　一、主要任务</p>
<p>　　（一）淘汰落后产能。关停小火电机组，淘汰落后水泥产能。（市经委负责，市环保局配合）</p>
<p>　　（二）推进重点节能工程。实施余热余压利用、电机系统节能等工程。（市发改委牵头，市经委、市财政局参与）</p>
<p>　　二、重点项目责任分解</p>
<table width="100%" border="1" cellspacing="0" cellpadding="2">
<tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>协办单位</td></tr>
<tr><td>1</td><td>青铜峡市水泥厂落后生产线淘汰</td><td>青铜峡市人民政府</td><td>市经委</td></tr>
<tr><td>2</td><td>利通区城市集中供热改造</td><td>利通区人民政府</td><td>市住房和城乡建设局</td></tr>
</table>
<p>　　三、工作要求</p>
<p>　　市节能减排工作领导小组办公室要会同市统计局做好节能减排统计监测。</p>
</td></tr>
<tr><td align="center">吴忠市人民政府办公室主办　　宁ICP备00000000号</td></tr>
</table>
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")
    return out


NY_HEAD = [
    "南阳市人民政府办公室关于印发南阳市2025年深化政务服务改革工作要点的通知",
    "宛政办〔2025〕9号",
    "各县（市、区）人民政府，城乡一体化示范区、高新区、官庄工区、鸭河工区管委会，市人民政府各部门：",
    "《南阳市2025年深化政务服务改革工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "南阳市人民政府办公室",
    "2025年3月31日",
    "南阳市2025年深化政务服务改革工作要点",
    "一、重点任务",
]
NY_HEADER = ["序  号", "工 作 任 务", "牵 头 单 位", "配 合 单 位", "完 成 时 限"]
NY_ROWS = [
    ["1", "推进“高效办成一件事”重点事项落地", "市政务服务和大数据管理局", "市直有关部门", "2025年12月底"],
    ["2", "建设市级政务服务中心综合窗口", "市政务服务和大数据管理局", "市机关事务管理局", "2025年9月底"],
    ["3", "开展政务服务“好差评”数据分析", "市政府办公室", "市政务服务和大数据管理局", "2025年全年"],
]
NY_TAIL = ["二、工作要求", "市政务服务和大数据管理局要会同市委编办做好工作统筹。"]


def build_docx(out: Path = DOCS / "nanyang_zhengwu_2025.docx") -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
    from office_docs import write_docx_table

    return write_docx_table(out, NY_HEAD, NY_HEADER, NY_ROWS, NY_TAIL)


ENSHI = """恩施土家族苗族自治州人民政府办公室关于印发恩施州2025年茶产业高质量发展工作方案的通知
恩施州政办发〔2025〕7号
各县市人民政府，州直有关部门：
　　《恩施州2025年茶产业高质量发展工作方案》已经州人民政府同意，现印发给你们，请认真组织实施。
恩施土家族苗族自治州人民政府办公室
2025年4月3日
恩施州2025年茶产业高质量发展工作方案
　　一、重点任务
　　（一）建设高标准生态茶园。新建和改造提升生态茶园，推广绿色防控技术。（各县市人民政府负责，州直相关部门配合）
　　（二）培育茶叶龙头企业。支持茶企技术改造和品牌建设。（州农业农村局牵头，州经济和信息化局、州财政局配合）
　　（三）打响恩施玉露品牌。州农业农村局牵头，州文化和旅游局参与，恩施市人民政府负责具体实施，办好恩施玉露茶文化节。
　　二、保障措施
　　州直有关部门要加强对茶产业发展的政策支持。
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    build_html()
    build_docx()
    (DOCS / "enshi_cha_2025.txt").write_text(ENSHI, encoding="utf-8")


if __name__ == "__main__":
    main()
