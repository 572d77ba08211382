"""Build the documents of round 88 (tests/made_gold/forms88/docs):

- wuhai_shehui_2021.txt: a city office's plan (乌海市人民政府办公室) whose first clause **declares the starred unit the
  lead for the whole document** (`（责任单位：市民政局*、市财政局；带*的为牵头单位，下同）`), later clauses with a star on
  one unit, or none.
- linfen_xiangcun_2024.xlsx: a city's sheet (临汾市委农村工作领导小组办公室) whose units cells mark leads with **★**,
  a **note row under the table** (`注：责任单位中标注★的为牵头单位。`), a 类别 cell merged down.
- yangquan_jiaoqu_2015.txt: a district's plan (阳泉市郊区人民政府办公室, 2015) with **`主抓单位：` / `协抓单位：` lines** after
  several paragraphs of an item, and a **person's line** `主抓领导：`.

Run from the project root: python tests/made_gold/forms88/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

WUHAI = """乌海市人民政府办公室关于印发乌海市“十四五”社区服务体系建设实施方案的通知
乌海政办发〔2021〕37号
各区人民政府，市直各委、办、局，各企事业单位：
　　经市人民政府同意，现将《乌海市“十四五”社区服务体系建设实施方案》印发给你们，请结合实际，认真组织实施。
　　　　　　　　　　　　　　　　　　　　　　　　　　　2021年11月19日
乌海市“十四五”社区服务体系建设实施方案
　　为加快完善社区服务体系，结合我市实际，制定本方案。
　　一、完善社区服务设施
　　（一）推进社区综合服务设施达标。按照每百户不低于30平方米的标准配置社区综合服务设施，2023年底前全部达标。（责任单位：市民政局*、市财政局、市自然资源局；带*的为牵头单位，下同）
　　（二）推动设施共建共享。整合社区卫生服务、养老托育、文化体育等设施，推行“一室多用”。（责任单位：市住房和城乡建设局*、市民政局、市卫生健康委、市文化旅游体育局）
　　（三）加强老旧小区配套。结合城镇老旧小区改造补齐社区服务设施短板。（责任单位：市住房和城乡建设局，各区人民政府）
　　二、丰富社区服务内容
　　（一）发展社区养老托育服务。在社区嵌入式建设养老服务站和普惠托育点。（责任单位：市民政局、市卫生健康委*，各区人民政府）
　　（二）提升社区卫生服务能力。推进社区卫生服务中心标准化建设。（责任单位：市卫生健康委）
　　（三）开展社区就业服务。建设“15分钟就业服务圈”。（责任单位：市人力资源和社会保障局*、市总工会及团市委）
　　（四）加强社区法律服务。推进一社区一法律顾问全覆盖。（责任单位：市司法局）
　　三、加强社区服务队伍建设
　　（一）壮大社区工作者队伍。完善社区工作者职业体系。（责任单位：市委组织部*、市民政局、市人力资源和社会保障局、市财政局）
　　（二）发展社区志愿服务。培育社区志愿服务组织。（市委宣传部牵头，市民政局、团市委配合）
　　四、保障措施
　　各区人民政府要加强组织领导，将社区服务体系建设纳入重要议事日程。市民政局要会同有关部门加强统筹协调和督促检查。
"""

LF_TITLE = "临汾市委农村工作领导小组办公室关于印发《临汾市2024年和美乡村建设重点任务清单》的通知"
LF_TOP = [
    [LF_TITLE],
    ["临农组办发〔2024〕3号"],
    ["各县（市、区）委农村工作领导小组办公室，市委农村工作领导小组各成员单位："],
    ["现将《临汾市2024年和美乡村建设重点任务清单》印发给你们，请认真抓好落实。"],
    ["临汾市委农村工作领导小组办公室"],
    ["2024年4月2日"],
    ["临汾市2024年和美乡村建设重点任务清单"],
    ["类别", "序号", "重点任务", "责任单位", "完成时限"],
]
LF_ROWS = [
    ("乡村建设", "1", "推进农村供水保障工程建设", "市水务局★、市发展改革委、市财政局", "2024年12月"),
    (None, "2", "实施农村公路提质改造", "市交通运输局★、各县（市、区）人民政府", "2024年11月"),
    (None, "3", "开展农房质量安全提升行动", "市住房和城乡建设局", "2024年12月"),
    ("乡村治理", "4", "深化农村移风易俗", "市委宣传部、市委农办★、市民政局", "2024年12月"),
    (None, "5", "推进乡村治理示范创建", "市委组织部、市委农办★", "2024年10月"),
]
LF_NOTE = "注：责任单位中标注★的为牵头单位。"


def build_xlsx(out: Path = DOCS / "linfen_xiangcun_2024.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务清单"
    for r in LF_TOP:
        ws.append(r)
    first = ws.max_row + 1
    for row in LF_ROWS:
        ws.append(["" if c is None else c for c in row])
    ws.merge_cells(start_row=first, start_column=1, end_row=first + 2, end_column=1)
    ws.merge_cells(start_row=first + 3, start_column=1, end_row=first + 4, end_column=1)
    ws.append([LF_NOTE])
    wb.save(str(out))
    return out


YANGQUAN = """阳泉市郊区人民政府办公室关于印发郊区2015年农村环境综合整治工作方案的通知
郊政办发〔2015〕21号
各乡镇人民政府，区直各有关单位：
　　《郊区2015年农村环境综合整治工作方案》已经区人民政府研究同意，现印发给你们，请认真贯彻执行。
阳泉市郊区人民政府办公室
2015年5月12日
郊区2015年农村环境综合整治工作方案
一、整治内容
1．清理农村生活垃圾。
　　全面清理村内积存垃圾，做到村容整洁。
　　每村配备保洁员，建立日常保洁制度。
主抓单位：区环卫局
协抓单位：各乡镇人民政府
主抓领导：区政府分管副区长
2．整治农村河道沟渠。
　　清除河道沟渠内的垃圾、淤泥和障碍物。
　　加强河道日常巡查管护。
主抓单位：区水务局
协抓单位：区环保局、区农委
3．改善村容村貌。开展村庄绿化美化，拆除违章建筑和残垣断壁。
主抓单位：区住建局
协抓单位：区国土分局、区林业局，各乡镇人民政府
4．治理畜禽养殖污染。规范畜禽养殖场粪污处理。（区畜牧局主抓，区环保局协抓）
二、工作要求
　　各乡镇要成立相应组织机构，制定具体实施方案。区环保局负责整治工作的综合协调和督查考核。
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "wuhai_shehui_2021.txt").write_text(WUHAI, encoding="utf-8")
    build_xlsx()
    (DOCS / "yangquan_jiaoqu_2015.txt").write_text(YANGQUAN, encoding="utf-8")


if __name__ == "__main__":
    main()
