"""Build round 183's documents (a blind hand, paths, second of two): numbering typed in text, pages, Markdown, PDF.

祁阳县 (plain text: `一、` > `1、` > `（1）` > `①`, a level skipped in the count `一、二、四、`, an attachment whose
numbering starts again at `一、`), 临澧县 (a saved page: `<h2>一、…</h2>` / `<h3>（一）…</h3>`, a task table whose 序号
column carries `一` section rows spanning the table and `1.1` rows), 康乐县 (Markdown: `##` / `###` headings with
numbers, an ordered list `1.` `2.`, field lines as a bullet list under an item), 镇原县 (a PDF: labels on their own line
before the text, an attached 办法 in `第一章` / `第一条`).

Run from the project root: .venv/bin/python tests/made_gold/forms183/src/make_docs.py
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import write_pdf

DOCS = Path(__file__).resolve().parent.parent / "docs"


def qiyang() -> None:
    lines = [
        "祁阳县人民政府办公室关于印发祁阳县2019年油茶产业发展工作方案的通知",
        "祁政办发〔2019〕22号",
        "各乡镇人民政府、街道办事处，县直有关单位：",
        "《祁阳县2019年油茶产业发展工作方案》已经县人民政府同意，现印发给你们，请认真组织实施。",
        "附件：祁阳县2019年油茶产业发展重点任务分工",
        "祁阳县人民政府办公室",
        "2019年5月8日",
        "",
        "祁阳县2019年油茶产业发展工作方案",
        "一、发展目标",
        "2019年，全县新造油茶林2万亩，低产林改造3万亩。",
        "二、主要任务",
        "1、建设高产油茶基地",
        "（1）新造高产油茶林。选用良种壮苗，推行标准化栽培。（县林业局负责，各乡镇人民政府、街道办事处落实）",
        "（2）实施低产林改造。",
        "①对立地条件较好的低产林进行抚育改造。（县林业局牵头）",
        "②对品种老化的低产林实施高接换冠。（县林业局牵头，县林业科学研究所提供技术支持）",
        "2、培育加工龙头企业",
        "扶持油茶精深加工企业开展技术改造。（县工业和信息化局牵头，县财政局、县林业局配合）",
        "四、保障措施",
        "县财政局要统筹涉农资金，加大对油茶产业的投入。",
        "",
        "附件",
        "祁阳县2019年油茶产业发展重点任务分工",
        "一、品牌建设",
        "1、申报“祁阳油茶”国家地理标志保护产品。（县市场监督管理局牵头，县林业局配合）",
        "二、市场营销",
        "1、组织企业参加中国（湖南）国际农博会等展会。（县商务局负责）",
    ]
    (DOCS / "qiyang_youcha_2019.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def linli() -> None:
    e = html.escape
    title = "临澧县人民政府办公室关于印发临澧县2023年优化营商环境重点任务清单的通知"
    body = [
        f"<h1>{e(title)}</h1>",
        '<div class="info">来源：临澧县人民政府办公室　发布时间：2023-03-22</div>',
        '<div class="TRS_Editor">',
        "<p>临政办发〔2023〕6号</p>",
        "<p>各乡镇人民政府，县直机关各单位：</p>",
        "<p>《临澧县2023年优化营商环境重点任务清单》已经县人民政府同意，现印发给你们，请认真贯彻执行。</p>",
        '<p style="text-align:right">临澧县人民政府办公室</p>',
        '<p style="text-align:right">2023年3月20日</p>',
        '<p style="text-align:center"><strong>临澧县2023年优化营商环境重点任务清单</strong></p>',
        "<h2>一、总体目标</h2>",
        "<p>到2023年底，全县政务服务事项网上可办率达到98%以上。</p>",
        "<h2>二、重点任务</h2>",
        "<h3>（一）提升政务服务水平</h3>",
        "<p>推行“一网通办”“一窗通办”，推动更多事项集成办理。（责任单位：县行政审批服务局）</p>",
        "<h3>（二）强化要素保障</h3>",
        "<p>1.落实工业用地“标准地”出让。（县自然资源局牵头，县发展和改革局、县工业和信息化局配合）</p>",
        "<p>2.开展“银企对接”活动，拓宽企业融资渠道。（县金融工作服务中心负责）</p>",
        "<h2>三、任务分工</h2>",
        "<p>各项重点任务分工如下：</p>",
        '<table border="1" cellspacing="0" cellpadding="4" width="100%"><tbody>',
        "<tr><td><strong>序号</strong></td><td><strong>重点任务</strong></td><td><strong>牵头单位</strong></td>"
        "<td><strong>配合单位</strong></td><td><strong>完成时限</strong></td></tr>",
        '<tr><td>一</td><td colspan="4">市场环境</td></tr>',
        "<tr><td>1.1</td><td>清理妨碍统一市场和公平竞争的政策措施</td><td>县市场监督管理局</td><td>县司法局</td><td>2023年6月</td></tr>",
        "<tr><td>1.2</td><td>推进涉企信用修复“一件事”办理</td><td>县发展和改革局</td><td>县人民法院</td><td>2023年9月</td></tr>",
        '<tr><td>二</td><td colspan="4">法治环境</td></tr>',
        "<tr><td>2.1</td><td>开展涉企行政执法专项监督</td><td>县司法局</td><td>县直各行政执法单位</td><td>2023年12月</td></tr>",
        "</tbody></table>",
        "<h2>四、保障措施</h2>",
        "<p>县优化营商环境工作领导小组办公室要加强督查调度，每季度通报一次工作进展。</p>",
        "</div>",
    ]
    text = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{e(title)}_临澧县人民政府</title></head><body>\n"
            '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府文件</a></div>\n'
            '<div class="article">\n' + "\n".join(body) + "\n</div>\n"
            '<div class="footer"><p>主办：临澧县人民政府办公室</p><p>湘ICP备05002345号</p></div>\n</body></html>\n')
    (DOCS / "linli_yingshang_2023.html").write_text(text, encoding="utf-8")


def kangle() -> None:
    md = """# 康乐县人民政府办公室关于印发康乐县2025年肉牛产业高质量发展实施方案的通知

康政办发〔2025〕3号

各乡镇人民政府，县直各部门：

《康乐县2025年肉牛产业高质量发展实施方案》已经县政府同意，现印发给你们，请认真抓好落实。

康乐县人民政府办公室

2025年1月22日

# 康乐县2025年肉牛产业高质量发展实施方案

## 一、发展目标

2025年，全县肉牛饲养量达到45万头。

## 二、重点任务

### （一）扩大养殖规模

1. 新建和改扩建规模养殖场30个。（县农业农村局牵头，各乡镇人民政府配合）
2. 推广“粮改饲”，种植青贮玉米10万亩。（县农业农村局负责）

### （二）强化疫病防控

1. 落实口蹄疫等重大动物疫病强制免疫。
   - 牵头单位：县动物疫病预防控制中心
   - 配合单位：各乡镇人民政府
2. 开展牛结核病、布鲁氏菌病监测净化。（县动物疫病预防控制中心负责）

## 三、保障措施

县财政局要落实产业发展资金，保障各项任务顺利实施。
"""
    (DOCS / "kangle_rouniu_2025.md").write_text(md, encoding="utf-8")


def zhenyuan() -> None:
    blocks = [
        "^镇原县人民政府办公室关于印发镇原县农村公路养护管理办法的通知",
        "^镇政办发〔2022〕41号",
        "各乡镇人民政府，县直各部门：",
        "现将《镇原县农村公路养护管理办法》印发给你们，请结合实际，认真贯彻执行。同时，就做好今年农村公路养护工作通知如下：",
        "一、",
        "（一）",
        "开展农村公路安全隐患排查整治，完成县乡道危桥改造。（县交通运输局负责，各乡镇人民政府配合）",
        "（二）",
        "规范农村公路养护工程招投标管理。（县发展和改革局牵头，县交通运输局配合）",
        "二、",
        "县财政局要按照每年每公里县道1万元、乡道0.5万元、村道0.2万元的标准落实养护补助资金。",
        "^镇原县人民政府办公室",
        "^2022年7月15日",
        "附件",
        "^镇原县农村公路养护管理办法",
        "^第一章　总则",
        "第一条",
        "为加强农村公路养护管理，根据《农村公路养护管理办法》（交通运输部令2015年第22号），结合本县实际，制定本办法。",
        "第二条",
        "本办法适用于本县行政区域内县道、乡道和村道的养护管理。",
        "^第二章　职责分工",
        "第三条",
        "县交通运输局负责全县农村公路养护的行业管理和监督指导。",
        "第四条",
        "建立农村公路“路长制”，实行县、乡、村三级路长负责。（牵头单位：县交通运输局；责任单位：各乡镇人民政府）",
        "第五条",
        "2022年起，新改建农村公路交工验收后即纳入养护范围。（县交通运输局负责）",
    ]
    write_pdf(DOCS / "zhenyuan_gonglu_2022.pdf", blocks)


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    qiyang()
    linli()
    kangle()
    zhenyuan()
    print(sorted(p.name for p in DOCS.iterdir()))
