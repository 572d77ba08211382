"""Build round 201's documents (a second blind hand, new containers, real producers where there is one):
凤冈县 RTF and 崇义县 ODT written by LibreOffice from a .docx whose headings are numbered by a Chinese list style
(the labels drawn, not typed), with a page header, a PAGE footer and a task table whose lead cell is merged down;
庆云县 ODS written by LibreOffice from an .xlsx (a cover sheet, a task sheet with a merged title, merged 领域 and lead
cells, wrapped text); 柘城县 MHTML captured by Chromium (CDP Page.captureSnapshot) from a portal page whose article
stands in an iframe, with CSS and an image; 扎赉特旗 OFD written by hand (ofd.py): a template page, CTM transforms,
DeltaX with `g`, three pages with a clause over a page break, a drawn table, an annotation layer.

Run from the project root with the venv: .venv/bin/python tests/made_gold/forms201/src/make_docs.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mht import capture
from ofd import write_ofd
from office import Doc, soffice

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"


def fenggang() -> None:
    d = Doc("凤冈县人民政府办公室文件")
    d.para("凤府办发〔2024〕15号", "center")
    d.para("凤冈县人民政府办公室关于印发《凤冈县2024年茶产业提质增效工作任务分工》的通知", "center", 22)
    d.para("各镇（街道）人民政府，县政府各部门：", indent=False)
    d.para("现将《凤冈县2024年茶产业提质增效工作任务分工》印发给你们，请认真贯彻落实。")
    d.para("凤冈县人民政府办公室", "right")
    d.para("2024年4月8日", "right")
    d.para("凤冈县2024年茶产业提质增效工作任务分工", "center", 22)
    d.item(0, "工作目标")
    d.para("到2024年底，全县茶园面积稳定在50万亩，茶叶综合产值达到70亿元。")
    d.item(0, "重点任务")
    d.item(1, "推进茶园标准化建设。2024年新建标准化茶园示范基地5个，推广茶园绿色防控技术。"
              "（县农业农村局牵头，各镇（街道）人民政府配合）")
    d.item(1, "培育茶叶经营主体。支持龙头企业兼并重组，引导茶叶专业合作社规范发展。"
              "（县工业和信息化局、县市场监管局按职责分工负责）")
    d.item(0, "重点项目推进分工")
    d.table([["序号", "工作任务", "牵头单位", "配合单位"],
             ["1", "实施凤冈锌硒茶品牌宣传推广，组织茶企参加省级以上茶事活动", "县茶产业发展中心",
              "县委宣传部、县商务局"],
             ["2", "建设茶叶质量安全追溯平台，实现规模以上茶企追溯全覆盖", "", "县市场监管局"],
             ["3", "推进茶旅融合精品线路建设，打造茶旅融合示范点", "县文体广电旅游局",
              "县交通运输局、各镇（街道）人民政府"]],
            [1.2, 8.0, 3.2, 3.6], [(2, 1, 2)])
    d.item(0, "工作要求")
    d.para("县茶产业发展中心要加强统筹调度，每月通报各项任务推进情况。")
    d.convert(DOCS / "fenggang_chaye_2024.rtf", "rtf")


def chongyi() -> None:
    d = Doc("崇义县人民政府办公室")
    d.para("崇府办字〔2023〕21号", "right")
    d.para("崇义县人民政府办公室关于印发崇义县2023年竹产业高质量发展实施方案的通知", "center", 22)
    d.para("各乡镇人民政府，县政府各部门，县直各单位：", indent=False)
    d.para("现将《崇义县2023年竹产业高质量发展实施方案》印发给你们，请认真组织实施。")
    d.para("崇义县人民政府办公室", "right")
    d.para("2023年5月16日", "right")
    d.para("崇义县2023年竹产业高质量发展实施方案", "center", 22)
    d.item(0, "发展目标")
    d.para("到2023年底，全县竹林面积达到200万亩，竹产业总产值突破150亿元。")
    d.item(0, "重点任务")
    d.item(1, "提升竹林培育水平。2023年实施低产低效竹林改造10万亩，建设竹林道路100公里。")
    d.para("牵头单位：县林业局")
    d.para("责任单位：各乡镇人民政府")
    d.item(1, "壮大竹加工企业。支持竹材加工企业技术改造，推动竹产品精深加工向园区集聚。")
    d.para("牵头单位：县工业和信息化局")
    d.para("配合单位：县商务局、县科技局")
    d.item(1, "拓展竹产品市场。组织竹产品企业参加国内外展会，发展竹产品电子商务。（县商务局负责）")
    d.item(0, "任务分工")
    d.table([["类别", "工作任务", "牵头单位", "配合单位"],
             ["竹林培育", "推广竹林测土配方施肥技术，提高竹林单位面积产量", "县林业局", "县农业农村局"],
             ["", "开展竹林病虫害统防统治，做好竹林灾害监测预警", "", "县气象局"],
             ["竹旅融合", "建设阳岭竹海森林康养基地，开发竹文化旅游线路", "县文化广电新闻出版旅游局",
              "阳岭国家森林公园管理处"]],
            [2.2, 8.0, 3.4, 3.4], [(0, 1, 2), (2, 1, 2)])
    d.item(0, "保障措施")
    d.para("县财政局要统筹安排竹产业发展资金，支持竹产业重点项目建设。")
    d.convert(DOCS / "chongyi_zhuchanye_2023.odt", "odt")


def qingyun() -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    cover = wb.active
    cover.title = "通知"
    cover.column_dimensions["A"].width = 90
    lines = ["庆政办字〔2024〕8号",
             "庆云县人民政府办公室关于印发《庆云县2024年优化营商环境重点任务清单》的通知",
             "各乡镇人民政府、街道办事处，县政府各部门：",
             "现将《庆云县2024年优化营商环境重点任务清单》印发给你们，请认真抓好落实。",
             "附件：庆云县2024年优化营商环境重点任务清单",
             "庆云县人民政府办公室",
             "2024年2月26日"]
    for i, text in enumerate(lines, 1):
        c = cover.cell(i, 1, text)
        c.alignment = Alignment(wrap_text=True, horizontal="right" if i >= 6 else None)
        if i == 2:
            c.font = Font(bold=True, size=16)
    ws = wb.create_sheet("任务清单")
    for col, w in zip("ABCDE", (6, 12, 48, 18, 26), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, "庆云县2024年优化营商环境重点任务清单").font = Font(bold=True, size=16)
    ws.merge_cells("A1:E1")
    rows = [["序号", "领域", "工作任务", "牵头单位", "责任单位"],
            [1, "政务服务", "推行企业开办“一窗通办”，实现企业开办全流程网上办理", "县行政审批服务局",
             "县市场监管局、县税务局"],
            [2, None, "深化工程建设项目审批制度改革，推行竣工联合验收", None, "县住房城乡建设局、县自然资源局"],
            [3, "要素保障", "开展“政银企”对接活动，缓解中小企业融资难题", "县金融服务中心",
             "人行庆云县支行、各银行机构"],
            [4, None, "实施市场主体培育行动，2024年新增市场主体8000户以上", "县市场监管局", "各乡镇人民政府"],
            [5, "法治保障", "开展涉企行政执法监督，推行包容审慎监管", "县司法局", "县综合行政执法局"]]
    for i, row in enumerate(rows, 2):
        for j, v in enumerate(row, 1):
            c = ws.cell(i, j, v)
            c.alignment = Alignment(wrap_text=True, vertical="center")
    ws.merge_cells("B3:B4")
    ws.merge_cells("D3:D4")
    ws.merge_cells("B5:B6")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "qingyun_yingshang_2024.xlsx"
        wb.save(src)
        soffice(src, "ods", DOCS / "qingyun_yingshang_2024.ods")


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    fenggang()
    chongyi()
    qingyun()
    capture(DOCS / "zhecheng_xialiang_2024.mhtml")
    write_ofd(DOCS / "zhalaite_heitudi_2023.ofd")
