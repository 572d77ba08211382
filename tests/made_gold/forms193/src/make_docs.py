"""Build round 193's documents (a blind hand, new containers): a county's plan as OFD whose lines are cut into
text objects written out of reading order (镇坪县), a county's 防火 notice saved by Word as RTF with a task table
whose lead cell is merged down (安图县), a county's 分工方案 in ODT with a task-division table whose category and lead
cells span rows (宁明县), a county's 分工表 workbook in ODS with a cover sheet and a merged title row (嘉禾县), and a
county's notice saved from its website as MHT (quoted-printable gb2312) with a task table (桂东县).

Run from the project root: python tests/made_gold/forms193/src/make_docs.py
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from writers import LEFT, UP, write_mht, write_ods, write_odt, write_ofd, write_rtf

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"


def zhenping() -> None:
    title = "镇坪县人民政府办公室关于印发《镇坪县2023年农村人居环境整治提升实施方案》的通知"
    write_ofd(DOCS / "zhenping_renju_2023.ofd", [
        ("center", "镇政办发〔2023〕12号"),
        ("title", title),
        ("left", "各镇人民政府，县政府各工作部门、直属机构："),
        ("para", "现将《镇坪县2023年农村人居环境整治提升实施方案》印发给你们，请结合实际，认真贯彻落实。"),
        ("right", "镇坪县人民政府办公室"),
        ("right", "2023年3月20日"),
        ("title", "镇坪县2023年农村人居环境整治提升实施方案"),
        ("para", "一、工作目标"),
        ("para", "到2023年底，全县农村卫生厕所普及率达到85%以上，农村生活垃圾收运处置体系覆盖所有行政村。"),
        ("para", "二、重点任务"),
        ("para", "（一）推进农村厕所革命。2023年新改建农村户用卫生厕所1200座，同步完善厕所粪污收集利用和后续管护机制。"
                 "（县农业农村局牵头，县卫生健康局、各镇人民政府配合）"),
        ("para", "（二）治理农村生活污水。以集镇和中心村为重点，因地制宜选择污水治理模式，加强设施运行维护。"
                 "（县生态环境分局负责）"),
        ("para", "（三）提升村容村貌。清理村内残垣断壁和乱堆乱放，推进村庄绿化美化。"
                 "（责任单位：县住房城乡建设局、县自然资源局，各镇人民政府）"),
        ("para", "（四）健全长效管护机制。落实村级保洁员队伍，建立农村人居环境设施管护经费保障制度。"
                 "（县财政局会同县农业农村局负责）"),
        ("para", "三、保障措施"),
        ("para", "县农村人居环境整治工作领导小组办公室要每季度开展一次督导检查，督查结果在全县通报。"),
    ])


def antu() -> None:
    title = "安图县人民政府办公室关于印发《安图县2022年森林草原防灭火工作任务分工》的通知"
    write_rtf(DOCS / "antu_fanghuo_2022.rtf", [
        ("center", title),
        ("center", "安政办发〔2022〕6号"),
        ("para", "各乡镇人民政府，县政府各部门："),
        ("para", "现将《安图县2022年森林草原防灭火工作任务分工》印发给你们，请认真抓好落实。"),
        ("right", "安图县人民政府办公室"),
        ("right", "2022年3月1日"),
        ("center", "安图县2022年森林草原防灭火工作任务分工"),
        ("para", "一、工作目标"),
        ("para", "2022年，全县森林草原火灾当日扑灭率达到95%以上，坚决防止发生重大森林草原火灾。"),
        ("para", "二、任务分工"),
        [["序号", "工作任务", "牵头单位", "配合单位"],
         ["1", "严格野外火源管控，在重点时段、重点部位设卡布防", "县林业局", "县公安局、各乡镇人民政府"],
         ["2", "开展防火宣传进村入户，推送森林草原防火提示信息", "县应急管理局", "县委宣传部、县教育局"],
         ["3", "组织林区输配电设施和坟头火隐患排查整治", UP, "县供电公司、县民政局"],
         ["4", "加强专业扑火队伍建设，补充扑火机具和物资储备", UP, "县财政局"],
         ["5", "做好火险天气监测预报，及时发布高火险预警", "县气象局", "县林业局"]],
        ("para", "三、工作要求"),
        ("para", "县森林草原防灭火指挥部办公室要加强调度，每周通报各乡镇工作进展情况。"),
    ], title)


def ningming() -> None:
    title = "宁明县人民政府办公室关于印发《宁明县2023年边境贸易高质量发展工作任务分工方案》的通知"
    write_odt(DOCS / "ningming_bianmao_2023.odt", [
        "宁政办发〔2023〕9号",
        title,
        "各乡镇人民政府，县直各有关单位：",
        "现将《宁明县2023年边境贸易高质量发展工作任务分工方案》印发给你们，请认真组织实施。",
        "宁明县人民政府办公室",
        "2023年6月12日",
        "宁明县2023年边境贸易高质量发展工作任务分工方案",
        ("h", "一、发展目标"),
        "到2023年底，全县边民互市贸易额达到150亿元，落地加工企业达到30家以上。",
        ("h", "二、任务分工"),
        [["类别", "重点任务", "牵头单位", "配合单位", "完成时限"],
         ["通关便利", "推进爱店口岸智慧口岸建设，提升通关效率", "县口岸办", "县商务局、县发展改革局", "2023年12月"],
         [UP, "推行边民互市贸易“一站式”申报", UP, "县边民互市服务中心", "2023年9月"],
         ["产业带动", "建设边境贸易加工园区标准厂房", "县工业和信息化局", "县自然资源局、县住房城乡建设局", "2023年12月"],
         [UP, "开展互市商品落地加工招商引资", "县商务局", "县投资促进局", "2023年12月"],
         [UP, "培育边民互助合作社，带动边民增收", "县乡村振兴局", "爱店镇人民政府、峙浪乡人民政府", "2023年10月"]],
        ("h", "三、保障措施"),
        "县商务局要会同县口岸办建立月调度机制，定期向县人民政府报告工作进展。",
    ])


def jiahe() -> None:
    title = "嘉禾县人民政府办公室关于印发《嘉禾县2022年秸秆综合利用工作任务分工表》的通知"
    cover = [["嘉禾县人民政府办公室"], ["嘉政办函〔2022〕41号"], [title],
             ["各乡镇人民政府，县直有关单位："],
             ["现将《嘉禾县2022年秸秆综合利用工作任务分工表》印发给你们，请认真抓好落实。"],
             ["嘉禾县人民政府办公室"], ["2022年5月9日"]]
    sheet = [
        ["嘉禾县2022年秸秆综合利用工作任务分工表", LEFT, LEFT, LEFT, LEFT],
        ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"],
        ["1", "制定秸秆综合利用实施方案，分解下达目标任务", "县农业农村局", "各乡镇人民政府", "2022年6月"],
        ["2", "推广秸秆机械化还田和打捆离田作业", UP, "县农机事务中心", "2022年10月"],
        ["3", "扶持秸秆饲料化利用主体，发展草食畜牧业", UP, "县畜牧水产事务中心", "2022年12月"],
        ["4", "开展秸秆露天焚烧巡查，落实网格化监管", "市生态环境局嘉禾分局", "各乡镇人民政府", "2022年12月"],
        ["5", "落实秸秆综合利用补助资金", "县财政局", "县农业农村局", "2022年11月"],
    ]
    write_ods(DOCS / "jiahe_jiegan_2022.ods", [("通知", cover), ("分工表", sheet)])


def guidong() -> None:
    e = html.escape
    title = "桂东县人民政府办公室关于进一步加强农村饮水安全工作的通知"
    rows = [["序号", "工作任务", "责任单位", "完成时限"],
            ["1", "开展农村供水工程水质检测，每季度至少检测一次", "县水利局、县疾控中心", "2024年12月"],
            ["2", "完成小型集中供水工程提质改造", "县水利局", "2024年10月"],
            ["3", "落实农村供水工程运行管护经费", "县财政局", "2024年6月"],
            ["4", "做好供水工程水源地保护和污染排查", "市生态环境局桂东分局", "2024年9月"]]
    table = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" width="600">']
    for r, row in enumerate(rows):
        tag = "td"
        cells = "".join(f'<{tag} style="border:solid windowtext 1.0pt" valign="middle"><p class="MsoNormal" '
                        f'align="center" style="text-align:center">{"<b>" if r == 0 else ""}{e(v)}'
                        f'{"</b>" if r == 0 else ""}</p></{tag}>' for v in row)
        table.append(f"<tr>{cells}</tr>")
    table.append("</table>")
    paras = [
        "各乡镇人民政府，县直各有关单位：",
        "为巩固拓展农村饮水安全成果，保障农村群众饮水安全，经县人民政府同意，现就有关事项通知如下：",
        "一、压实工作责任",
        "（一）落实属地管理责任。各乡镇人民政府要落实农村饮水安全属地管理责任，建立健全供水工程管护制度。（县水利局督促指导）",
        "二、加强水质保障",
        "到2024年底，全县农村自来水普及率达到92%以上。县卫生健康局负责加强农村饮用水卫生监测，发现问题及时通报。",
        "三、重点工作任务",
    ]
    body = [f'<p class="MsoNormal" style="text-indent:32pt">{e(p)}</p>' for p in paras]
    tail = [f'<p class="MsoNormal" style="text-align:right">{e(p)}</p>' for p in ("桂东县人民政府办公室", "2024年4月15日")]
    page = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n'
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
        f"<title>{e(title)}_桂东县人民政府门户网站</title></head><body>\n"
        '<div class="top">桂东县人民政府门户网站 | 政务公开 | 政策文件</div>\n'
        '<div class="article">\n'
        f'<h1 style="text-align:center">{e(title)}</h1>\n'
        '<p style="text-align:center">桂政办函〔2024〕18号</p>\n'
        + "\n".join(body) + "\n" + "".join(table) + "\n" + "\n".join(tail) + "\n</div>\n"
        '<div class="footer">主办：桂东县人民政府办公室　湘ICP备05001234号</div>\n</body></html>\n')
    write_mht(DOCS / "guidong_yinshui_2024.mht", page, "http://www.guidong.gov.cn/zwgk/zcwj/202404/t20240415_1.html",
              title)


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    zhenping()
    antu()
    ningming()
    jiahe()
    guidong()


if __name__ == "__main__":
    main()
