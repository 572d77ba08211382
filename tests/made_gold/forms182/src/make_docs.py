"""Build round 182's documents (a blind hand, paths, first of two): Word files.

平山县 (typed decimal labels with a closing dot `1.` / `2.1.` / `2.1.1.`, `1.5亿元…` opening a line under an item),
榆社县 (Word numbering `%1.` / `%1.%2.` linked to the Heading 1 / Heading 2 styles: the numbering is in the style, not in
the paragraph; a third level `%1.%2.%3.` on body paragraphs), 滦南县 (typed `一、` over a Word list `（%1）` / `%2.`
restarted under each `一、` by a `w:lvlOverride` / `w:startOverride`), 尚义县 (`（一）` directly under the title with
no `一、` level; a task table after the text whose 序号 restart at 1), 武陟县 (tasks only `1.` `2.` at the top level, a
list `（1）…；（2）…` inside a task's sentence, `2024年…` opening a line).

Run from the project root: .venv/bin/python tests/made_gold/forms182/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "forms178" / "src"))
from numbered import OFFSET, W, write

DOCS = Path(__file__).resolve().parent.parent / "docs"


def pingshan() -> None:
    title = "平山县人民政府办公室关于印发平山县2021年农村供水保障工作方案的通知"
    blocks = [
        title, "平政办〔2021〕9号", "各乡镇人民政府，县政府有关部门：",
        "现将《平山县2021年农村供水保障工作方案》印发给你们，请认真贯彻落实。",
        "平山县人民政府办公室", "2021年4月12日", "平山县2021年农村供水保障工作方案",
        "1. 工作目标",
        "到2021年底，全县农村自来水普及率达到90%以上，规模化供水工程覆盖农村人口比例达到60%。",
        "2. 重点任务",
        "2.1. 实施农村供水工程建设",
        "2.1.1. 新建和改造农村集中供水工程25处，年底前全部完工。（责任单位：县水利局，各乡镇人民政府）",
        "2.1.2. 推进城乡供水一体化，将县城周边行政村纳入城市供水管网。（县水利局牵头，县住房和城乡建设局配合）",
        "2.2. 强化水质保障",
        "2.2.1. 每季度开展一次农村饮水水质检测，检测结果向社会公开。",
        "牵头单位：县卫生健康局",
        "配合单位：县水利局、县疾病预防控制中心",
        "2.2.2. 划定农村千人以上供水工程水源保护区，设立标志标牌。（县生态环境分局、县水利局按职责分工负责）",
        "2.3. 加强运行管护",
        "2.3.1. 落实工程管护经费，建立县级维修养护基金。",
        "1.5亿元中央和省级补助资金要全部用于工程建设和维修养护，不得挤占挪用。（县财政局负责，县审计局监督）",
        "3. 保障措施",
        "2021年6月底前，县水利局要完成全县供水工程摸底排查，建立问题台账。",
    ]
    write(DOCS / "pingshan_gongshui_2021.docx", title, {}, {}, blocks)


def _linked_abstract(aid: int, levels: list[tuple[str, str, str | None]]) -> str:
    out = [f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>']
    for i, (fmt, text, style) in enumerate(levels):
        ps = f'<w:pStyle w:val="{style}"/>' if style else ""
        out.append(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{ps}'
                   f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                   f'<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>')
    out.append("</w:abstractNum>")
    return "".join(out)


def yushe() -> None:
    """Heading 1 / Heading 2 carry the list in their style (`w:numPr` in styles.xml, `w:pStyle` in the level)."""
    import docx
    from docx.oxml import parse_xml

    title = "榆社县人民政府办公室关于印发榆社县2022年秸秆综合利用工作实施方案的通知"
    d = docx.Document()
    d.core_properties.title = title
    nid = OFFSET + 7
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(_linked_abstract(nid, [("decimal", "%1.", "Heading1"), ("decimal", "%1.%2.", "Heading2"),
                                                          ("decimal", "%1.%2.%3.", None)])))
    numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="{nid}"><w:abstractNumId w:val="{nid}"/></w:num>'))
    for name, lvl in (("Heading 1", 0), ("Heading 2", 1)):
        ppr = d.styles[name].element.get_or_add_pPr()
        ilvl = f'<w:ilvl w:val="{lvl}"/>' if lvl else ""
        ppr.insert(0, parse_xml(f'<w:numPr xmlns:w="{W}">{ilvl}<w:numId w:val="{nid}"/></w:numPr>'))
    blocks: list[tuple[str, str]] = [
        ("p", title), ("p", "榆政办发〔2022〕15号"), ("p", "各乡镇人民政府，县直各有关单位："),
        ("p", "《榆社县2022年秸秆综合利用工作实施方案》已经县人民政府同意，现印发给你们，请认真组织实施。"),
        ("p", "榆社县人民政府办公室"), ("p", "2022年5月9日"), ("p", "榆社县2022年秸秆综合利用工作实施方案"),
        ("h1", "目标任务"),
        ("p", "2022年，全县秸秆综合利用率达到92%以上。"),
        ("h1", "重点工作"),
        ("h2", "推进秸秆肥料化利用"),
        ("p", "推广秸秆机械化还田，提升耕地地力。（县农业农村局负责，各乡镇人民政府落实）"),
        ("h2", "拓展秸秆饲料化利用"),
        ("n3", "扶持规模养殖场建设青贮氨化设施。"),
        ("p", "牵头单位：县畜牧兽医服务中心"),
        ("p", "配合单位：县财政局"),
        ("n3", "培育秸秆收储运专业化服务组织。（县农业农村局牵头，县供销合作社联合社配合）"),
        ("h2", "强化秸秆禁烧监管"),
        ("p", "加强秋收期间秸秆露天焚烧巡查，发现一起处置一起。（责任单位：市生态环境局榆社分局、各乡镇人民政府）"),
        ("h1", "保障措施"),
        ("p", "各乡镇人民政府要落实属地责任，明确专人负责秸秆综合利用工作。"),
    ]
    for kind, text in blocks:
        if kind == "h1":
            d.add_paragraph(text, style="Heading 1")
        elif kind == "h2":
            d.add_paragraph(text, style="Heading 2")
        elif kind == "n3":
            para = d.add_paragraph(text)
            para._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="2"/><w:numId w:val="{nid}"/></w:numPr>'))
        else:
            d.add_paragraph(text)
    d.save(str(DOCS / "yushe_jiegan_2022.docx"))


def luannan() -> None:
    title = "滦南县人民政府办公室关于印发滦南县2024年城乡环境综合整治行动方案的通知"
    two = ([("chineseCounting", "（%1）"), ("decimal", "%2.")], False)
    blocks = [
        title, "滦南政办字〔2024〕7号", "各镇人民政府、街道办事处，县政府各部门：",
        "现将《滦南县2024年城乡环境综合整治行动方案》印发给你们，请认真抓好落实。",
        "滦南县人民政府办公室", "2024年3月6日", "滦南县2024年城乡环境综合整治行动方案",
        "一、整治目标",
        "到2024年底，全县农村生活污水治理率达到45%。",
        "二、整治任务",
        ("n", 1, 0, "城区环境整治"),
        ("n", 1, 1, "开展背街小巷环境提升，完善路灯、排水等设施。（县住房和城乡建设局牵头，倴城镇人民政府配合）"),
        ("n", 1, 1, "规范占道经营和流动摊贩管理。（县城市管理综合行政执法局负责）"),
        ("n", 1, 0, "农村环境整治"),
        ("n", 1, 1, "推进农村生活垃圾分类试点。"),
        "牵头单位：县农业农村局",
        "责任单位：各镇人民政府、街道办事处",
        "三、专项行动",
        ("n", 2, 0, "交通沿线整治"),
        ("n", 2, 1, "清理国省干道两侧垃圾堆放点。（县交通运输局、县公路管理站按职责分工负责）"),
        ("n", 2, 0, "河道环境整治"),
        ("n", 2, 1, "开展河道“清四乱”专项行动。（县水务局负责，各镇人民政府、街道办事处配合）"),
        "四、工作要求",
        ("n", 3, 0, "加强组织领导"),
        "县城乡环境综合整治领导小组办公室负责统筹协调，每月通报工作进展。",
    ]
    write(DOCS / "luannan_huanjing_2024.docx", title, {1: two}, {1: (1, False), 2: (1, True), 3: (1, True)}, blocks)


def shangyi() -> None:
    title = "尚义县人民政府关于印发尚义县2020年冬季清洁取暖工作方案的通知"
    blocks = [
        title, "尚政发〔2020〕12号", "各乡镇人民政府，县政府各部门：",
        "现将《尚义县2020年冬季清洁取暖工作方案》印发给你们，请认真贯彻执行。",
        "尚义县人民政府", "2020年8月20日", "尚义县2020年冬季清洁取暖工作方案",
        "为持续改善冬季空气质量，结合我县实际，制定本方案。",
        "（一）工作目标",
        "2020年10月底前，完成农村清洁取暖改造8000户。",
        "（二）重点任务",
        "1.推进农村“煤改电”改造。（县发展和改革局牵头，国网尚义县供电公司、各乡镇人民政府配合）",
        "2.加强散煤质量监管，开展散煤经营网点专项检查。（县市场监督管理局负责）",
        "3.实施公共建筑清洁取暖改造。",
        "责任单位：县住房和城乡建设局、县机关事务服务中心",
        "（三）重点项目",
        "2020年清洁取暖重点项目及责任分工见下表。",
        [["序号", "项目名称", "责任单位", "配合单位", "完成时限"],
         ["1", "县城集中供热管网延伸工程", "县住房和城乡建设局", "县自然资源和规划局", "2020年10月"],
         ["2", "南壕堑镇空气源热泵示范项目", "南壕堑镇人民政府", "县发展和改革局", "2020年10月"],
         ["3", "清洁型煤配送中心建设", "县工业和信息化局", "县商务局", "2020年9月"]],
        "（四）保障措施",
        "县发展和改革局要建立周调度制度，及时协调解决工作中的问题。",
    ]
    write(DOCS / "shangyi_qingjie_2020.docx", title, {}, {}, blocks)


def wuzhi() -> None:
    title = "武陟县人民政府办公室关于印发武陟县2024年促进消费若干措施的通知"
    blocks = [
        title, "武政办〔2024〕18号", "各乡镇人民政府、街道办事处，县人民政府各部门：",
        "经县政府同意，现将《武陟县2024年促进消费若干措施》印发给你们，请认真贯彻执行。",
        "武陟县人民政府办公室", "2024年2月26日", "武陟县2024年促进消费若干措施",
        "为进一步激发消费潜力，推动消费提质扩容，制定以下措施。",
        "1.开展汽车促消费活动。对在本县购买新能源乘用车的个人消费者给予补贴：（1）购车价格10万元以下的，每辆补贴2000元；"
        "（2）购车价格10万元以上的，每辆补贴3000元。（县商务局牵头，县财政局、县税务局配合）",
        "2.繁荣夜间经济。打造木栾新区夜间消费街区，延长商业网点营业时间。（木城街道办事处、县商务局负责）",
        "3.支持家电以旧换新。",
        "2024年3月至12月，组织县内家电销售企业开展以旧换新促销活动。",
        "牵头单位：县商务局",
        "配合单位：县市场监督管理局",
        "4.促进文旅消费。举办黄河文化旅游节，发放文旅消费券。（县文化广电和旅游局牵头，各乡镇人民政府、街道办事处配合）",
        "5.优化消费环境。（1）畅通消费投诉渠道；（2）开展放心消费创建。（县市场监督管理局负责）",
        "本措施自印发之日起施行，有效期至2024年12月31日。",
    ]
    write(DOCS / "wuzhi_xiaofei_2024.docx", title, {}, {}, blocks)


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    pingshan()
    yushe()
    luannan()
    shangyi()
    wuzhi()
    print(sorted(p.name for p in DOCS.iterdir()))
