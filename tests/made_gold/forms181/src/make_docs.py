"""Build round 181's documents (a blind hand, containers): a trade association's notice in Markdown with pipe tables
(广东省物流行业协会), a state-owned group's Word file with a repeating header row typed again inside the table, unit
cells of several paragraphs, a table nested in a cell and a note in a text box (陕西鼓风机（集团）有限公司), a
街道's PDF whose task and partner columns wrap and whose short office names are spaced out with full-width spaces
(龙山街道), a city party committee's and government's offices' joint page with a two-row ``colspan``/``rowspan``
header, section rows, ``<br>`` in cells, inside a layout table (通辽市).

Run from the project root: python tests/made_gold/forms181/src/make_docs.py
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "forms180" / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import MERGE_UP, write_pdf
from shapes import docx_shapes

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"


def guangdong() -> None:
    text = """# 广东省物流行业协会关于印发《2023年度协会重点工作安排》的通知

**粤物协〔2023〕8号**

各会员单位，协会各分支机构、秘书处各部门：

经协会第六届理事会第三次会议审议通过，现将《2023年度协会重点工作安排》印发给你们，请认真组织实施。

广东省物流行业协会

2023年2月20日

---

## 2023年度协会重点工作安排

### 一、强化会员服务

（一）开展会员走访调研。全年走访会员企业不少于100家，收集企业诉求并建立问题台账。（牵头部门：会员服务部；配合部门：各专业委员会）

（二）优化会员发展结构。重点吸纳冷链、供应链和智慧物流企业入会。

牵头部门：会员服务部

配合部门：各地市物流行业协会

### 二、加强行业自律

（三）开展行业诚信体系建设，建立会员企业信用档案，发布行业自律公约。（秘书处综合部负责，法律事务部协助）

### 三、重点项目安排

| 序号 | 重点工作 | 牵头部门 | 配合部门 | 完成时间 |
|:---:|---|---|---|:---:|
| 1 | 举办2023粤港澳大湾区物流发展论坛 | 会展部 | 秘书处综合部、冷链物流专业委员会 | 2023年11月 |
| 2 | 编制《广东省物流行业发展报告（2023）》 | 研究咨询部 | 统计信息部 | 2023年12月 |
| 3 | 开展物流企业A级评估和星级冷链企业评定 | 评估认证部 | 各地市物流行业协会 | 全年 |
| 4 | 组织全省物流行业职业技能竞赛 | 人才培训部 | 会员服务部 | 2023年9月 |

### 四、工作要求

秘书处各部门要于每季度末向秘书长办公会报告工作进展。
"""
    (DOCS / "guangdong_wuliu_2023.md").write_text(text, encoding="utf-8")


def shaangu() -> None:
    header = ["序号", "重点工作", "责任部门", "配合部门", "完成时限"]
    rows = [
        header,
        ["1", "修订集团公司安全生产责任制，签订年度安全目标责任书", "安全环保部", "人力资源部\n各子公司", "2021年3月"],
        ["2", "开展危险化学品和有限空间作业专项检查", "安全环保部", "生产制造部\n设备管理部\n各子公司", "2021年6月"],
        header,
        ["3", "推进重大危险源在线监测预警系统建设", "信息化中心", "安全环保部", "2021年9月"],
        ["4", "组织开展“安全生产月”活动和应急救援演练",
         [["牵头部门", "党委宣传部"], ["配合部门", "安全环保部、工会"]], "", "2021年6月"],
        ["5", "完成全员安全培训，特种作业人员持证上岗率达到100%", "人力资源部", "安全环保部\n各子公司", "2021年12月"],
    ]
    docx_shapes(DOCS / "shaangu_anquan_2021.docx", [
        "陕西鼓风机（集团）有限公司文件",
        "陕鼓集团发〔2021〕9号",
        "陕西鼓风机（集团）有限公司关于印发《2021年安全生产重点工作任务分解》的通知",
        "集团公司各部门，各子公司：",
        "现将《2021年安全生产重点工作任务分解》印发给你们，请认真抓好落实。",
        "陕西鼓风机（集团）有限公司",
        "2021年2月26日",
        "2021年安全生产重点工作任务分解",
        "一、工作目标",
        "全年不发生较大及以上生产安全事故，职业病危害因素检测率保持100%。",
        "二、重点工作任务分解表",
        ("table", rows),
        ("box", ["各子公司要对照本表制定本单位任务分解，于3月15日前报安全环保部。"]),
    ])


def longshan() -> None:
    cell_rows = [
        ["序号", "工作任务", "责任科室", "配合单位", "完成时限"],
        ["1", "深化“党建+网格”治理，优化调整网格划分，配齐专职网格员", "党　建　办", "社区事务办、各社区居委会", "2024年6月"],
        ["2", "开展矛盾纠纷排查化解，推进“枫桥经验”重庆实践", "平　安　办", "司法所、派出所、各社区居委会", "2024年12月"],
        ["3", "推进老旧小区改造和背街小巷整治", "城　建　办", "城管执法中队、各社区居委会", "2024年11月"],
        ["4", "完善社区养老服务设施，建设社区老年食堂", "民　政　办", "社区卫生服务中心、各社区居委会", "2024年10月"],
        ["5", "开展燃气、消防安全隐患排查整治", "应　急　办", "消防救援站、各社区居委会、辖区物业服务企业", "2024年9月"],
    ]
    write_pdf(DOCS / "longshan_zhili_2024.pdf", [
        "^重庆市渝北区龙山街道办事处",
        "^龙山街办发〔2024〕15号",
        "^重庆市渝北区龙山街道办事处关于印发《龙山街道2024年基层治理重点工作任务清单》的通知",
        "各社区居委会，街道各科室、各直属单位：",
        "现将《龙山街道2024年基层治理重点工作任务清单》印发给你们，请认真抓好落实。",
        "^重庆市渝北区龙山街道办事处",
        "^2024年3月8日",
        "^龙山街道2024年基层治理重点工作任务清单",
        "一、总体要求",
        "坚持党建引领，健全基层治理体系，提升网格化服务管理水平。",
        "二、重点任务",
        "重点工作任务清单如下：",
        ([0.5, 2.2, 1.0, 1.8, 1.0], cell_rows),
        "三、工作要求",
        "各社区要明确专人负责，每月25日前向街道党政办报送工作进展。",
    ])


def tongliao() -> None:
    e = html.escape
    title = "中共通辽市委办公室 通辽市人民政府办公室关于印发《通辽市2022年优化营商环境重点任务清单》的通知"
    body = [
        "各旗县市区委和人民政府，市委各部委办局，市直各有关单位：",
        "经市委、市政府同意，现将《通辽市2022年优化营商环境重点任务清单》印发给你们，请结合实际认真抓好落实。",
        "市优化营商环境工作领导小组办公室要加强统筹调度，每季度通报任务进展情况。",
        "中共通辽市委办公室　　通辽市人民政府办公室",
        "2022年4月15日",
    ]
    rows = [
        ("一、提升政务服务效能", None),
        (("1", "推行“一件事一次办”，实现高频事项集成办理"), ("市政务服务局", "市直有关部门<br>各旗县市区人民政府", "2022年6月")),
        (("2", "推进工程建设项目审批制度改革，压缩审批时间"), ("市住房和城乡建设局", "市自然资源局<br>市发展和改革委员会", "2022年9月")),
        ("二、优化市场环境", None),
        (("3", "开展涉企违规收费专项治理"), ("市市场监督管理局", "市发展和改革委员会<br>市财政局", "2022年8月")),
        (("4", "落实减税降费政策，推行“非接触式”办税"), ("国家税务总局通辽市税务局", "市财政局", "2022年12月")),
        (("5", "加强政务诚信建设，清理政府拖欠企业账款"), ("市发展和改革委员会", "市财政局<br>市司法局", "2022年10月")),
        (("6", "建立企业家参与涉企政策制定机制"), (None, "市工商业联合会", "2022年10月")),
    ]
    trs = []
    for head, rest in rows:
        if rest is None:
            trs.append(f'<tr><td colspan="5" style="text-align:left"><strong>{e(head)}</strong></td></tr>')
            continue
        cells = [f"<td>{e(head[0])}</td>", f"<td>{e(head[1])}</td>"]
        lead, partners, when = rest
        if lead is not None:
            span = ' rowspan="2"' if head[0] == "5" else ""
            cells.append(f"<td{span}>{e(lead)}</td>")
        cells += [f"<td>{partners}</td>", f"<td>{e(when)}</td>"]
        trs.append("<tr>" + "".join(cells) + "</tr>")
    table = ('<table class="MsoNormalTable" border="1" cellspacing="0" style="border-collapse:collapse"><tbody>'
             '<tr><td rowspan="2">序号</td><td rowspan="2">重点任务</td><td colspan="2">责任单位</td>'
             '<td rowspan="2">完成时限</td></tr><tr><td>牵头单位</td><td>配合单位</td></tr>'
             + "".join(trs) + "</tbody></table>")
    page = [
        "<!DOCTYPE html>", '<html><head><meta charset="utf-8">', f"<title>{e(title)}</title></head><body>",
        '<div class="head">通辽市人民政府 <a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>',
        '<table class="layout" width="100%"><tr><td width="200" class="left"><ul><li>政策文件</li><li>政策解读</li></ul></td>',
        '<td class="main">',
        '<table class="meta"><tr><td>索引号：</td><td>11150500011530483X/2022-00731</td><td>发文机关：</td>'
        "<td>中共通辽市委办公室、通辽市人民政府办公室</td></tr><tr><td>发文字号：</td><td>通党办发〔2022〕9号</td>"
        "<td>成文日期：</td><td>2022-04-15</td></tr></table>",
        f'<h1 class="title">{e(title)}</h1>',
        '<div class="TRS_Editor">' + "".join(f"<p>{e(p)}</p>" for p in body),
        "<p>附件</p>", "<p>通辽市2022年优化营商环境重点任务清单</p>", table, "</div>",
        "</td></tr></table>",
        '<div class="foot">通辽市人民政府办公室主办 蒙ICP备05003120号</div>', "</body></html>",
    ]
    (DOCS / "tongliao_yingshang_2022.html").write_text("\n".join(page) + "\n", encoding="utf-8")


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    guangdong()
    shaangu()
    longshan()
    tongliao()
    print(sorted(p.name for p in DOCS.iterdir()))
    assert MERGE_UP
