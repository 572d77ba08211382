"""Build the documents of round 45 (tests/made_gold/forms45/docs):

- chuzhou_zhizao_2024.docx: a city's 行动方案 (滁州市) whose Word table **opens with its own title row merged across
  the table** (`附表  重点任务分工表`), then the header `序号 / 重点任务 / 主要责任单位 / 其他责任单位 / 完成时限`.
- huaibei_dangjian_2024.txt: a party committee office's 工作要点 (中共淮北市委办公室) whose clauses name **party organs**
  (`市委组织部`, `市委编办`, `市纪委监委机关`, `市委巡察办`) and collectives (`市直各单位`, `各县区委`).
- anqing_wenlv_2024.html: a city's plan (安庆市) whose table has **a `<caption>`** and bold header cells, and a units cell
  `X，市直有关部门（单位）` (a collective with its note in brackets).

Run from the project root: python tests/made_gold/forms45/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

CZ_HEAD = [
    "滁州市人民政府办公室关于印发滁州市先进制造业集群培育行动方案的通知",
    "滁政办〔2024〕6号",
    "各县、市、区人民政府，市政府各部门、各直属机构：",
    "《滁州市先进制造业集群培育行动方案》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "滁州市人民政府办公室",
    "2024年3月19日",
    "滁州市先进制造业集群培育行动方案",
    "一、重点任务",
]
CZ_HEADER = ["序号", "重点任务", "主要责任单位", "其他责任单位", "完成时限"]
CZ_ROWS = [
    ["1", "壮大新能源产业集群，推进光伏组件项目建设", "市发展改革委", "市工业和信息化局、滁州经开区管委会", "2024年12月"],
    ["2", "培育智能家电产业集群，支持企业智能化改造", "市工业和信息化局", "市科技局", "2024年全年"],
    ["3", "建设先进制造业公共服务平台", "市科技局", "各县、市、区人民政府", "2024年11月"],
]
CZ_TAIL = ["二、保障措施", "市工业和信息化局要会同市发展改革委建立产业集群培育工作调度机制。"]


def build_docx(out: Path = DOCS / "chuzhou_zhizao_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in CZ_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=2 + len(CZ_ROWS), cols=len(CZ_HEADER))
    t.cell(0, 0).merge(t.cell(0, len(CZ_HEADER) - 1)).text = "附表  重点任务分工表"
    for i, h in enumerate(CZ_HEADER):
        t.cell(1, i).text = h
    for r, row in enumerate(CZ_ROWS, start=2):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    for line in CZ_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


HUAIBEI = """中共淮北市委办公室关于印发《2024年全市党建工作要点》的通知
淮办发〔2024〕4号
各县区委，市直各单位党组（党委）：
《2024年全市党建工作要点》已经市委同意，现印发给你们，请结合实际认真贯彻落实。
中共淮北市委办公室
2024年2月19日
2024年全市党建工作要点
一、加强党的政治建设
1.深入开展党纪学习教育，推动党员干部学纪知纪明纪守纪。（市委组织部、市纪委监委机关按职责分工负责）
2.加强政治巡察，推动巡察整改落实。（市委巡察办牵头，市直各单位配合）
二、加强干部队伍建设
3.深化机构编制管理改革，优化机构职能配置。（责任单位：市委编办、市人社局，各县区委）
三、工作要求
市委组织部要会同市委办公室加强对党建工作的督促检查。
"""

AQ_TITLE = "安庆市人民政府办公室关于印发安庆市2024年文化旅游融合发展重点任务的通知"


def build_html(out: Path = DOCS / "anqing_wenlv_2024.html") -> Path:
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{AQ_TITLE}</title></head>
<body>
<div class="wzcon">
<h2>{AQ_TITLE}</h2>
<p>宜政办秘〔2024〕26号</p>
<p>各县（市、区）人民政府，市政府各部门、各直属机构：</p>
<p>　　《安庆市2024年文化旅游融合发展重点任务》已经市政府同意，现印发给你们，请认真贯彻落实。</p>
<p style="text-align:right">安庆市人民政府办公室</p>
<p style="text-align:right">2024年4月1日</p>
<p style="text-align:center">安庆市2024年文化旅游融合发展重点任务</p>
<p>　　一、重点任务</p>
<table border="1">
<caption>安庆市2024年文化旅游融合发展重点任务清单</caption>
<tr><td><strong>序号</strong></td><td><strong>重点任务</strong></td><td><strong>责任单位</strong></td></tr>
<tr><td>1</td><td>推进天柱山景区提质升级，创建世界级旅游景区</td><td>潜山市人民政府，市文化和旅游局</td></tr>
<tr><td>2</td><td>打造黄梅戏文化品牌，开展黄梅戏艺术节活动</td><td>市文化和旅游局，市直有关部门（单位）</td></tr>
<tr><td>3</td><td>完善旅游交通网络，开通旅游专线</td><td>市交通运输局</td></tr>
</table>
<p>　　二、工作要求</p>
<p>　　各县（市、区）人民政府要强化文旅项目要素保障，市文化和旅游局负责统筹调度。</p>
</div>
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    build_docx()
    (DOCS / "huaibei_dangjian_2024.txt").write_text(HUAIBEI, encoding="utf-8")
    build_html()


if __name__ == "__main__":
    main()
