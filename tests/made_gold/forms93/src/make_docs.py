"""Build the documents of round 93 (tests/made_gold/forms93/docs):

- sanya_lvyou_2024.txt: a city office's plan (三亚市人民政府办公室) whose items hold **`一是…；二是…`** sentences and end
  with one clause; a **clause on the line after the paragraph**; collectives `各区人民政府、育才生态区管委会`.
- zigong_denghui_2023.html: a city page (自贡市文化广播电视和旅游局) whose items end with **bold labels inline**
  `<strong>牵头单位：</strong>X；<strong>配合单位：</strong>Y、Z`.
- luzhou_jiuye_2022.docx: a city office's Word table (泸州市人民政府办公室) `重点任务 / 牵头单位 / 责任单位`, units cells
  holding **one unit per paragraph**.

Run from the project root: python tests/made_gold/forms93/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

SANYA = """三亚市人民政府办公室关于印发三亚市提升旅游服务质量三年行动方案（2024—2026年）的通知
三府办〔2024〕52号
各区人民政府，育才生态区管委会，市政府直属各单位：
　　《三亚市提升旅游服务质量三年行动方案（2024—2026年）》已经市政府同意，现印发给你们，请认真贯彻执行。
三亚市人民政府办公室
2024年5月17日
三亚市提升旅游服务质量三年行动方案（2024—2026年）
一、重点任务
（一）规范旅游市场秩序。一是开展“不合理低价游”专项整治；二是严厉打击非法一日游、黑导游等违法行为；三是畅通旅游投诉渠道，实现投诉快速处理。（责任单位：市旅游和文化广电体育局、市市场监督管理局、市公安局，各区人民政府、育才生态区管委会）
（二）提升旅游住宿服务品质。一是推动高星级酒店提质升级；二是规范民宿经营管理，培育一批精品民宿。
（市旅游和文化广电体育局牵头，市住房和城乡建设局、市消防救援支队配合）
（三）提升旅游交通服务。优化机场、高铁站至主要景区的旅游公交线路，规范出租车、网约车经营行为。（市交通运输局负责）
（四）加强导游队伍建设。开展导游服务技能培训和等级评定。（市旅游和文化广电体育局牵头，三亚学院、海南热带海洋学院配合）
（五）提升智慧旅游服务。建设“一部手机游三亚”服务平台，推进景区预约、分时游览。（市大数据管理局、市旅游和文化广电体育局按职责分工负责）
二、保障措施
　　各区、各有关单位要明确责任分工。市旅游和文化广电体育局要会同市委督查室加强督查。
"""

ZG_HEAD = [
    "自贡市文化广播电视和旅游局关于印发《2023年自贡国际恐龙灯会服务保障工作方案》的通知",
    "自文广旅发〔2023〕6号",
    "局机关各科室、局属各单位：",
    "现将《2023年自贡国际恐龙灯会服务保障工作方案》印发给你们，请认真贯彻落实。",
    "自贡市文化广播电视和旅游局",
    "2023年1月5日",
    "2023年自贡国际恐龙灯会服务保障工作方案",
    "一、工作任务",
]
ZG_ITEMS = [
    ("（一）做好灯会宣传推广。在主要客源地开展灯会主题推介活动。", "<strong>牵头单位：</strong>宣传推广科；<strong>配合单位：</strong>市场管理科、自贡灯会文化旅游发展有限公司"),
    ("（二）加强旅游市场监管。开展灯会期间旅游市场秩序专项检查。", "<strong>牵头单位：</strong>市文化市场综合行政执法支队；<strong>配合单位：</strong>市场管理科"),
    ("（三）做好游客接待服务。设置游客服务中心和咨询点。", "<strong>责任单位：</strong>资源开发科、自贡灯会文化旅游发展有限公司"),
    ("（四）保障安全生产。落实灯会安全生产责任。", "<strong>牵头单位：</strong>安全生产科　<strong>配合单位：</strong>局属各单位"),
]


def zigong_html() -> str:
    body = [f"<p>{x}</p>" for x in ZG_HEAD]
    for item, fields in ZG_ITEMS:
        body.append(f"<p>{item}{fields}</p>")
    body.append("<p>二、工作要求</p>")
    body.append("<p>局机关各科室、局属各单位要高度重视，确保灯会期间各项服务保障工作落实到位。</p>")
    return ("<html><head><meta charset=\"utf-8\"><title>" + ZG_HEAD[0] + "</title></head><body>\n"
            + "\n".join(body) + "\n</body></html>\n")


LZ_HEAD = [
    "泸州市人民政府办公室关于印发泸州市2022年稳就业工作重点任务分工的通知",
    "泸市府办函〔2022〕27号",
    "各区县人民政府，市级有关部门：",
    "经市政府同意，现将《泸州市2022年稳就业工作重点任务分工》印发给你们，请认真抓好落实。",
    "泸州市人民政府办公室",
    "2022年4月29日",
    "泸州市2022年稳就业工作重点任务分工",
]
LZ_ROWS = [
    ("1", "落实援企稳岗政策，开展稳岗返还", ["市人力资源社会保障局"], ["市财政局", "市税务局"]),
    ("2", "促进高校毕业生就业", ["市人力资源社会保障局", "市教育局"], ["团市委", "各区县人民政府"]),
    ("3", "支持农民工返乡创业", ["市人力资源社会保障局"], ["市农业农村局", "市乡村振兴局", "各区县人民政府"]),
    ("4", "开展职业技能培训", ["市人力资源社会保障局"], ["市教育局", "市总工会", "市妇联"]),
]


def build_docx(out: Path = DOCS / "luzhou_jiuye_2022.docx") -> Path:
    import docx

    d = docx.Document()
    for line in LZ_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(LZ_ROWS), cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "重点任务", "牵头单位", "责任单位"]):
        t.cell(0, c).text = h
    for r, (n, task, leads, units) in enumerate(LZ_ROWS, start=1):
        t.cell(r, 0).text = n
        t.cell(r, 1).text = task
        for col, names in ((2, leads), (3, units)):
            cell = t.cell(r, col)
            cell.text = names[0]
            for more in names[1:]:
                cell.add_paragraph(more)
    d.add_paragraph("各区县人民政府要结合实际制定具体措施。")
    d.save(str(out))
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "sanya_lvyou_2024.txt").write_text(SANYA, encoding="utf-8")
    (DOCS / "zigong_denghui_2023.html").write_text(zigong_html(), encoding="utf-8")
    build_docx()


if __name__ == "__main__":
    main()
