"""Build round 186's documents (a blind hand, containers): a district office's notice on a 政务公开 page whose body
stands in an ``<iframe srcdoc>`` (平桂区), a district's 分工方案 in Word whose table names the units in its header and
marks each row's units with ★ (lead) and √ (a legend under the heading says so) (淇滨区), a city's 防汛 workbook
with a hidden draft row, a hidden internal column and a 合计 row (福泉市), a banner's notice as GB18030 text with
CRLF line ends and a short name spaced out and run into its role word (`安　委　办牵头`) (镶黄旗).

Run from the project root: python tests/made_gold/forms186/src/make_docs.py
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import write_docx, write_xlsx
from shapes import hide_in_xlsx

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"


def pinggui() -> None:
    e = html.escape
    title = "贺州市平桂区人民政府办公室关于印发《平桂区2021年城乡清洁工程实施方案》的通知"
    paras = [
        "各镇人民政府，区直各有关单位：",
        "现将《平桂区2021年城乡清洁工程实施方案》印发给你们，请认真组织实施。",
        "^贺州市平桂区人民政府办公室",
        "^2021年4月8日",
        "^平桂区2021年城乡清洁工程实施方案",
        "一、工作目标",
        "到2021年底，全区农村生活垃圾收运处置体系覆盖率达到95%以上。",
        "二、主要任务",
        "（一）整治城区环境卫生。清理背街小巷卫生死角，规范沿街店铺门前“三包”责任。"
        "（区城市管理局牵头，区住房城乡建设局、各镇人民政府配合）",
        "（二）治理农村生活垃圾。完善“村收镇运区处理”模式，配齐村级保洁员。"
        "（责任单位：区乡村振兴局、区财政局，各镇人民政府）",
        "（三）开展河道清漂保洁。落实河长制，定期清理河面漂浮物和岸线垃圾。（区水利局负责，市生态环境局平桂分局指导）",
        "（四）规范集贸市场秩序。取缔占道经营，落实市场开办方主体责任。（区市场监管局会同区商务局负责）",
        "（五）开展交通沿线环境整治。清理国省道沿线垃圾和乱堆乱放。"
        "（牵头单位：区交通运输局；配合单位：区公路养护中心、沿线各镇人民政府）",
        "三、保障措施",
        "区城乡清洁工程指挥部办公室要定期调度工作进展，每月通报各镇排名情况。",
    ]
    inner = ['<html><head><meta charset="utf-8"><style>p{text-indent:2em;line-height:2}</style></head><body>',
             f'<p style="text-align:center;font-size:22px">{e(title)}</p>',
             '<p style="text-align:center">平政办发〔2021〕15号</p>']
    for p in paras:
        if p.startswith("^"):
            inner.append(f'<p style="text-align:right">{e(p[1:])}</p>')
        else:
            inner.append(f"<p>{e(p)}</p>")
    inner.append("</body></html>")
    srcdoc = html.escape("".join(inner), quote=True)
    page = [
        "<!DOCTYPE html>", '<html><head><meta charset="utf-8">',
        f"<title>{e(title)}_贺州市平桂区人民政府门户网站</title></head><body>",
        '<div class="top">贺州市平桂区人民政府门户网站　|　政务公开</div>',
        '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; 区政府办文件</div>',
        '<table class="xxgk"><tr><td>索引号：11451100MB1234567X/2021-00321</td><td>发布机构：平桂区人民政府办公室</td></tr>',
        "<tr><td>发文字号：平政办发〔2021〕15号</td><td>发布日期：2021-04-12</td></tr>",
        f'<tr><td colspan="2">名　　称：{e(title)}</td></tr></table>',
        f'<iframe id="content" width="100%" height="1600" frameborder="0" srcdoc="{srcdoc}"></iframe>',
        '<div class="share">【打印本页】【关闭窗口】</div>',
        '<div class="foot">主办：贺州市平桂区人民政府办公室　桂ICP备12003456号</div>',
        "</body></html>",
    ]
    (DOCS / "pinggui_qingjie_2021.html").write_text("\n".join(page) + "\n", encoding="utf-8")


def qibin() -> None:
    units = ["区发改委", "区财政局", "区市场监管局", "区行政审批服务局", "区自然资源局"]
    rows = [["序号", "重点任务", *units, "完成时限"],
            ["1", "推行企业开办“一网通办”全程电子化办理", "", "", "√", "★", "", "2022年6月"],
            ["2", "深化工程建设项目审批制度改革，推行并联审批", "★", "", "", "√", "√", "2022年9月"],
            ["3", "落实减税降费政策，及时兑现惠企资金", "√", "★", "", "", "", "2022年12月"],
            ["4", "开展不动产登记“一窗受理”集成服务", "", "", "", "√", "★", "2022年8月"],
            ["5", "加强事中事后监管，全面推行“双随机、一公开”", "", "", "★", "", "", "2022年12月"]]
    write_docx(DOCS / "qibin_yingshang_2022.docx", [
        "鹤壁市淇滨区人民政府办公室",
        "淇政办〔2022〕8号",
        "鹤壁市淇滨区人民政府办公室关于印发《淇滨区2022年优化营商环境重点任务分工方案》的通知",
        "各乡（镇）人民政府、街道办事处，区直各单位：",
        "现将《淇滨区2022年优化营商环境重点任务分工方案》印发给你们，请认真抓好落实。",
        "鹤壁市淇滨区人民政府办公室",
        "2022年5月16日",
        "淇滨区2022年优化营商环境重点任务分工方案",
        "一、总体要求",
        "以市场主体需求为导向，持续深化“放管服”改革，推动全区营商环境持续优化。",
        "二、重点任务",
        "重点任务分工见下表（★为牵头单位，√为责任单位）。",
        rows,
        "三、保障措施",
        "各乡（镇）人民政府、街道办事处要对照分工，细化工作措施，确保各项任务按期完成。",
        "区优化营商环境工作领导小组办公室负责统筹协调，每季度通报任务进展。",
    ])


def fuquan() -> None:
    title = "福泉市人民政府防汛抗旱指挥部关于印发《福泉市2023年防汛抗旱工作任务清单》的通知"
    cover = [["福泉市人民政府防汛抗旱指挥部文件"], ["福汛〔2023〕3号"], [title],
             ["各镇（街道）防汛抗旱指挥部，市防指各成员单位："],
             ["现将《福泉市2023年防汛抗旱工作任务清单》印发给你们，请认真抓好落实。"],
             ["福泉市人民政府防汛抗旱指挥部"], ["2023年4月20日"]]
    sheet = [
        ["福泉市2023年防汛抗旱工作任务清单", None, None, None, None, None, None],
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限", "计划投资（万元）", "内部备注"],
        ["1", "开展汛前隐患排查，建立问题整改台账", "市水务局", "市应急管理局、各镇（街道）", "2023年5月", 20, "拟增加市自然资源局配合"],
        ["2", "实施病险水库除险加固，确保安全度汛", "市水务局", "市财政局", "2023年6月", 350, None],
        ["2-1", "山洪沟治理（已并入第2项）", "市水务局", "市林业局", "2023年6月", 0, "删除"],
        ["3", "加强地质灾害隐患点监测预警，落实群测群防", "市自然资源局", "市气象局、各镇（街道）", "2023年9月", 15, None],
        ["4", "做好防汛物资储备和抢险队伍建设", "市应急管理局", "市消防救援大队、市人武部", "2023年5月", 40, "请市财政局核定"],
        ["5", "保障城区排涝设施正常运行，清疏城市排水管网", "市住房城乡建设局", None, "2023年6月", 60, None],
        ["合计", None, None, None, None, 485, None],
    ]
    out = DOCS / "fuquan_fangxun_2023.xlsx"
    write_xlsx(out, [("通知", cover, []), ("任务清单", sheet, ["A1:G1", "A9:E9"])])
    hide_in_xlsx(out, "任务清单", [5], ["G"])


def xianghuang() -> None:
    lines = [
        "镶黄旗人民政府办公室文件",
        "镶政办发〔2020〕27号",
        "镶黄旗人民政府办公室关于印发《镶黄旗2020年安全生产专项整治实施方案》的通知",
        "各苏木镇人民政府，旗直各有关部门：",
        "    现将《镶黄旗2020年安全生产专项整治实施方案》印发给你们，请结合实际，认真贯彻落实。",
        "                                        镶黄旗人民政府办公室",
        "                                          2020年6月12日",
        "",
        "镶黄旗2020年安全生产专项整治实施方案",
        "一、总体目标",
        "    全旗生产安全事故起数和死亡人数持续下降，坚决遏制较大及以上生产安全事故。",
        "二、重点任务",
        "    1.开展危险化学品安全整治。全面摸排危险化学品企业风险底数，推进重大危险源在线监测。"
        "（安　委　办牵头，工信和科技局、生态环境分局配合）",
        "    2.开展道路运输安全整治。严厉打击“三超一疲劳”等违法行为，加强农村牧区道路隐患治理。"
        "（责任单位：交通运输局、公安局交警大队）",
        "    3.开展非煤矿山安全整治。推进非煤矿山整合，关闭不具备安全生产条件的小矿。"
        "（牵头单位：应急管理局；配合单位：自然资源局、各苏木镇）",
        "    4.开展消防安全整治。加强人员密集场所消防安全检查，整治“九小场所”火灾隐患。"
        "（消防救援大队负责，各苏木镇、住建局配合）",
        "三、保障措施",
        "    旗安委会各成员单位要按照“管行业必须管安全”的要求，落实行业监管责任。",
        "",
        "抄送：旗委办公室，旗人大办公室，旗政协办公室。",
        "镶黄旗人民政府办公室                    2020年6月12日印发",
    ]
    (DOCS / "xianghuang_anquan_2020.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    pinggui()
    qibin()
    fuquan()
    xianghuang()
    print(sorted(p.name for p in DOCS.iterdir()))
