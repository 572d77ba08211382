"""Build the documents of round 170 (legacy containers, two-column task headers) in ../docs, written by us:

- dunhua_yingshang_2025.html: a government page whose table's 重点任务 header spans two columns (``colspan``) over
  任务类别 | 具体内容, the category cells ``rowspan`` over the rows of their tasks;
- meihekou_xiangcun_2024.docx: a Word table with the same two-row header, 重点任务 merged over 任务类别 | 具体内容 and
  责任单位 over 牵头单位 | 配合单位, category cells merged down;
- taonan_shuili_2025.txt: a table copied from a web page one cell per line (a blank line between cells) whose 牵头单位
  cell holds two units printed one per line;
- shuangliao_anquan_2024.doc: a Word 97-2003 file (LibreOffice's conversion of a .docx written here) with lead and
  responsible cells merged down over rows;
- jian_wenlv_2025.xls: an Excel 97-2003 workbook (LibreOffice's conversion) with merged lead and partner cells;
- liuhe_jiaoyu_2025.doc (added after the first run of the five above, before its own): a Word 97-2003 table whose
  重点任务 header cell spans two columns with no labels under it, the category cells merged down.

Run from the project root: python tests/made_gold/forms170/src/make_docs.py (the .doc and .xls need ``soffice``:
apt-get install libreoffice-writer-nogui libreoffice-calc-nogui; the committed files are what the tests read).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"
sys.path.insert(0, str(HERE.parent.parent))

from containers import MERGE_LEFT, MERGE_UP, write_docx, write_xlsx  # noqa: E402

DUNHUA_ROWS = [
    ("1", "政务服务", "推行“高效办成一件事”集成服务，实现企业开办全程网办", "市政务服务和数字化建设管理局",
     "市市场监督管理局、市税务局", "2025年6月底"),
    ("2", None, "推进工程建设项目审批“一网通办”，压减审批环节", "市住房和城乡建设局",
     "市自然资源局、市政务服务和数字化建设管理局", "2025年9月底"),
    ("3", "要素保障", "开展惠企政策“免申即享”，推动政策资金直达企业", "市财政局", "市工业和信息化局、市商务局",
     "2025年12月底"),
    ("4", None, "降低企业用水用气报装成本，压减办理时限", "市住房和城乡建设局", "国网敦化市供电公司",
     "2025年10月底"),
    ("5", "法治保障", "开展涉企行政执法专项监督，规范涉企检查", "市司法局", "市直各行政执法部门", "2025年11月底"),
]


def dunhua() -> str:
    body = []
    for serial, kind, task, lead, partner, due in DUNHUA_ROWS:
        cells = [f"<td>{serial}</td>"]
        if kind is not None:
            span = 2 if kind != "法治保障" else 1
            cells.append(f'<td rowspan="{span}">{kind}</td>' if span > 1 else f"<td>{kind}</td>")
        cells += [f"<td>{task}</td>", f"<td>{lead}</td>", f"<td>{partner}</td>", f"<td>{due}</td>"]
        body.append("<tr>" + "".join(cells) + "</tr>")
    rows = "\n".join(body)
    return f"""<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>敦化市人民政府办公室关于印发敦化市2025年优化营商环境重点任务分工方案的通知_敦化市人民政府</title></head>
<body>
<div class="top"><a href="/">敦化市人民政府</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/wj/">政府文件</a></div>
<h1>敦化市人民政府办公室关于印发敦化市2025年优化营商环境重点任务分工方案的通知</h1>
<div class="article">
<p style="text-align:center">敦政办发〔2025〕12号</p>
<p>各乡镇人民政府、街道办事处，市政府各部门：</p>
<p>　　《敦化市2025年优化营商环境重点任务分工方案》已经市政府同意，现印发给你们，请认真组织实施。</p>
<p style="text-align:right">敦化市人民政府办公室</p>
<p style="text-align:right">2025年3月18日</p>
<p style="text-align:center"><strong>敦化市2025年优化营商环境重点任务分工方案</strong></p>
<p>　　一、总体要求</p>
<p>　　坚持市场化、法治化、国际化方向，持续打造一流营商环境。</p>
<p>　　二、重点任务分工</p>
<table border="1" cellspacing="0">
<tr><td rowspan="2">序号</td><td colspan="2">重点任务</td><td rowspan="2">牵头单位</td><td rowspan="2">配合单位</td><td rowspan="2">完成时限</td></tr>
<tr><td>任务类别</td><td>具体内容</td></tr>
{rows}
</table>
<p>　　三、保障措施</p>
<p>　　各牵头单位要于每季度末将工作进展情况报市营商环境建设局。</p>
</div>
<div class="footer">主办：敦化市人民政府办公室　网站标识码：2224030001</div>
</body>
</html>
"""


MEIHEKOU = [
    "梅河口市人民政府办公室关于印发梅河口市2024年乡村振兴重点任务分工的通知",
    "梅政办函〔2024〕27号",
    "各乡镇人民政府、街道办事处，市政府各委办局：",
    "现将《梅河口市2024年乡村振兴重点任务分工》印发给你们，请结合实际认真抓好落实。",
    "梅河口市人民政府办公室",
    "2024年4月9日",
    "梅河口市2024年乡村振兴重点任务分工",
    [
        ["序号", "重点任务", MERGE_LEFT, "责任单位", MERGE_LEFT],
        [MERGE_UP, "任务类别", "具体内容", "牵头单位", "配合单位"],
        ["1", "粮食生产", "落实粮食播种面积，推广玉米大豆带状复合种植", "市农业农村局", "各乡镇人民政府"],
        ["2", MERGE_UP, "推进高标准农田建设和耕地质量提升", "市农业农村局", "市财政局、市自然资源局"],
        ["3", "人居环境", "开展村庄清洁行动，推进农村生活垃圾分类", "市住房和城乡建设局", "各乡镇人民政府"],
        ["4", MERGE_UP, "推进农村卫生厕所改造和粪污资源化利用", "市农业农村局", "市卫生健康局"],
        ["5", "乡村治理", "深化农村移风易俗，推广积分制治理模式", "市民政局", "市农业农村局、市妇女联合会"],
    ],
    "各牵头单位要会同配合单位细化工作措施，确保各项任务按期完成。",
]

TAONAN_HEAD = """洮南市人民政府办公室关于印发洮南市2025年水利重点工作任务分工的通知
洮政办发〔2025〕8号
各乡镇人民政府、街道办事处，市政府各有关部门：
现将《洮南市2025年水利重点工作任务分工》印发给你们，请认真贯彻执行。
洮南市人民政府办公室
2025年2月26日
洮南市2025年水利重点工作任务分工
"""
TAONAN_ROWS = [
    ("序号", "重点工作", "牵头单位", "配合单位", "完成时限"),
    ("1", "实施洮儿河防洪治理工程，加固险工险段", "市水利局", "相关乡镇人民政府", "2025年10月"),
    ("2", "推进大中型灌区续建配套和现代化改造", "市水利局\n市农业农村局", "市财政局", "2025年11月"),
    ("3", "开展农村供水工程维修养护，保障饮水安全", "市水利局", "市卫生健康局", "2025年12月"),
    ("4", "落实河湖长制，清理整治河道“四乱”问题", "市河湖长制办公室\n市水利局", "各乡镇人民政府", "2025年9月"),
]
TAONAN_TAIL = "各责任单位要于每月25日前报送工作进展情况。\n"

SHUANGLIAO = [
    "双辽市人民政府办公室关于印发双辽市2024年安全生产重点工作任务分工的通知",
    "双政办发〔2024〕15号",
    "各乡镇人民政府、街道办事处，市政府各部门：",
    "现将《双辽市2024年安全生产重点工作任务分工》印发给你们，请认真抓好落实。",
    "双辽市人民政府办公室",
    "2024年5月20日",
    "双辽市2024年安全生产重点工作任务分工",
    [
        ["序号", "重点工作", "牵头单位", "责任单位", "完成时限"],
        ["1", "开展危险化学品企业安全风险隐患排查整治", "市应急管理局", "市工业和信息化局、市公安局", "2024年8月"],
        ["2", "开展非煤矿山和工贸行业安全专项检查", MERGE_UP, "市自然资源局", "2024年9月"],
        ["3", "深化道路交通安全整治，严查“两客一危”车辆", "市公安局", "市交通运输局", "2024年12月"],
        ["4", "开展城镇燃气安全隐患整治", "市住房和城乡建设局", "市市场监督管理局、各乡镇人民政府", "2024年10月"],
        ["5", "开展高层建筑和人员密集场所消防安全检查", "市消防救援大队", MERGE_UP, "2024年11月"],
    ],
    "各牵头单位要于每季度末将工作进展情况报市安全生产委员会办公室。",
]

JIAN = [
    ("任务分解", [
        ["集安市2025年文旅产业发展重点任务分解表", None, None, None, None],
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        [1, "推进高句丽文物古迹景区提档升级，完善游客服务设施", "市文化广播电视和旅游局", "市文物局、市住房和城乡建设局",
         "2025年10月底"],
        [2, "举办鸭绿江边境风情旅游节和集安葡萄酒文化节", None, None, "2025年9月底"],
        [3, "开发冰雪温泉旅游产品，打造冬季旅游线路", "市文化广播电视和旅游局", "市交通运输局", "2025年12月底"],
        [4, "推进五女峰国家森林公园基础设施建设", "市林业局", "市发展和改革局、市财政局", "2025年11月底"],
        [5, "整治旅游市场秩序，开展联合执法检查", "市市场监督管理局", "市公安局", "2025年全年"],
    ], ["A1:E1", "C3:C4", "D3:D4"]),
]


LIUHE = [
    "柳河县人民政府办公室关于印发柳河县2025年教育重点工作任务分工的通知",
    "柳政办发〔2025〕9号",
    "各乡镇人民政府，县政府各有关部门：",
    "现将《柳河县2025年教育重点工作任务分工》印发给你们，请认真组织实施。",
    "柳河县人民政府办公室",
    "2025年3月5日",
    "柳河县2025年教育重点工作任务分工",
    [
        ["序号", "重点任务", MERGE_LEFT, "牵头单位", "配合单位", "完成时限"],
        ["1", "学前教育", "新建改扩建公办幼儿园，扩大普惠性学前教育资源", "县教育局", "县发展和改革局、县财政局", "2025年9月"],
        ["2", MERGE_UP, "开展幼儿园保教质量评估", "县教育局", "各乡镇人民政府", "2025年12月"],
        ["3", "义务教育", "推进县域义务教育优质均衡发展，改善农村学校办学条件", "县教育局", "县住房和城乡建设局",
         "2025年12月"],
        ["4", MERGE_UP, "落实校园安全防范措施，整治校园周边环境", "县公安局", "县教育局、县市场监督管理局", "2025年10月"],
        ["5", "职业教育", "推进县职业教育中心与本地企业校企合作", "县人力资源和社会保障局", "县教育局、县工业和信息化局",
         "2025年11月"],
    ],
    "各牵头单位要于每月底前将工作进展情况报县教育局。",
]


def _convert(source: Path, kind: str, out_dir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", kind, "--outdir", str(out_dir), str(source)],
                   check=True, capture_output=True, timeout=300)
    return out_dir / f"{source.stem}.{kind}"


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "dunhua_yingshang_2025.html").write_text(dunhua(), encoding="utf-8")
    write_docx(DOCS / "meihekou_xiangcun_2024.docx", MEIHEKOU)
    cells = []
    for row in TAONAN_ROWS:
        cells.extend(row)
    (DOCS / "taonan_shuili_2025.txt").write_text(TAONAN_HEAD + "\n" + "\n\n".join(cells) + "\n\n" + TAONAN_TAIL,
                                                   encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        doc = _convert(write_docx(work / "shuangliao_anquan_2024.docx", SHUANGLIAO), "doc", work)
        xls = _convert(write_xlsx(work / "jian_wenlv_2025.xlsx", JIAN), "xls", work)
        liuhe = _convert(write_docx(work / "liuhe_jiaoyu_2025.docx", LIUHE), "doc", work)
        shutil.copyfile(liuhe, DOCS / liuhe.name)
        shutil.copyfile(doc, DOCS / doc.name)
        shutil.copyfile(xls, DOCS / xls.name)
    for path in sorted(DOCS.iterdir()):
        print(path.name, path.stat().st_size)


if __name__ == "__main__":
    main()
