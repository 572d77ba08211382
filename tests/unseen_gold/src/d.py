"""Gold of one unseen document (see lib.py)."""

from __future__ import annotations

import sys

from lib import assignee, citation, generic, start_at, target, task, text, write


def r(m):
    return assignee(m, "responsible")


def lead(m):
    return assignee(m, "lead")


def s(m):
    return assignee(m, "support")


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    D = text("docs2/ah_2022_rcep_gaoshuiping_kaifang.txt")

    tasks = [
        task("二/一/1", start_at(D, "扩大优势产品出口。"), [r("合肥海关")]),
        task("二/一/1", start_at(D, "巩固纺织、服装"), [lead("省商务厅"), s("合肥海关")]),
        task("二/一/1", start_at(D, "支持农业企业在日本"), [lead("省商务厅"), s("省农业农村厅")]),
        task("二/一/2", start_at(D, "积极扩大进口。"), [lead("省商务厅"), s("合肥海关")]),
        task("二/一/3", start_at(D, "用好原产地规则。"), [lead("合肥海关"), s("省贸促会"), s("省商务厅")]),
        task("二/一/4", start_at(D, "着力拓展对日贸易。"), [lead("省商务厅"), s("合肥海关")]),
        task(
            "二/二/5",
            start_at(D, "深化服务贸易合作。"),
            [lead("省商务厅"), s("省发展改革委"), s("省经济和信息化厅"), s("省外汇管理局"), s("省教育厅")],
        ),
        task("二/二/6", start_at(D, "大力发展数字贸易。"), [r("省商务厅")]),
        task("二/三/7", start_at(D, "推动跨境电商高质量发展。"), [r("省商务厅")]),
        task("二/三/8", start_at(D, "支持海外仓建设布局。"), [r("省商务厅")]),
        task(
            "二/四/9",
            start_at(D, "推进落实外商投资国民待遇。"),
            [lead("省商务厅"), s("省市场监管局"), s("省发展改革委"), s("省司法厅")],
        ),
        task(
            "二/四/10",
            start_at(D, "加大“双招双引”力度。"),
            [lead("省商务厅"), generic("省十大新兴产业推进组工作专班牵头单位")],
        ),
        task(
            "二/四/11", start_at(D, "拓展对外投资领域。"), [lead("省商务厅"), s("省经济和信息化厅"), s("省农业农村厅")]
        ),
        task("二/四/12", start_at(D, "加强区域合作。"), [r("省商务厅")]),
        task("二/五/13", start_at(D, "加快合作园区建设。"), [lead("省商务厅"), s("省外办"), s("省贸促会")]),
        task("二/五/14", start_at(D, "用好经贸交流平台。"), [lead("省商务厅"), s("省经济和信息化厅")]),
        task("二/五/14", start_at(D, "探索市场化方式举办"), [r("省外办")]),
        task(
            "二/六/15",
            start_at(D, "推动产业链优化升级。"),
            [
                generic("省十大新兴产业推进组工作专班牵头单位", "lead"),
                generic("省十大新兴产业推进组工作专班成员单位", "support"),
            ],
        ),
        task("二/六/16", start_at(D, "加强标准化建设。"), [r("省经济和信息化厅")]),
        task("二/六/16", start_at(D, "支持市场竞争力较强"), [r("省市场监管局")]),
        task("二/七/17", start_at(D, "提升货物通关效率。"), [lead("合肥海关"), r("省港航集团"), r("省机场集团")]),
        task(
            "二/七/18",
            start_at(D, "打造国际物流网络。"),
            [lead("省发展改革委"), r("省交通运输厅"), r("省民航机场集团"), r("省港航集团")],
        ),
        task(
            "二/七/18",
            start_at(D, "推动合肥新桥、芜宣"),
            [lead("省交通运输厅"), r("省发展改革委"), r("省民航机场集团"), r("省港航集团")],
        ),
        task(
            "二/七/19",
            start_at(D, "强化知识产权保护。"),
            [lead("省市场监管局")]
            + [
                s(x)
                for x in [
                    "省版权局",
                    "省科技厅",
                    "省农业农村厅",
                    "省司法厅",
                    "省公安厅",
                    "省商务厅",
                    "省文化旅游厅",
                    "省贸促会",
                ]
            ],
        ),
        task("二/七/20", start_at(D, "优化金融信保服务。"), [r("人行合肥中心支行")]),
        task("二/七/20", start_at(D, "进一步扩大小微企业出口"), [r("中国出口信用保险公司安徽分公司")]),
        task("二/七/21", start_at(D, "加强法律咨询援助。"), [r("省贸促会")]),
        task("二/七/21", start_at(D, "强化贸易摩擦应对"), [r("省商务厅")]),
        task(
            "三/22",
            start_at(D, "加强组织领导。"),
            [generic("省推进“三地一区”建设领导小组改革开放新高地执行小组成员单位")],
        ),
        task("三/23", start_at(D, "加强培训指导。"), [lead("省商务厅"), s("合肥海关"), s("省贸促会")]),
        task("三/24", start_at(D, "加强风险应对。"), [lead("省商务厅"), s("省外办"), s("省贸促会")]),
    ]
    write(
        out,
        source="ah_2022_rcep_gaoshuiping_kaifang.txt",
        title="安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室关于印发安徽省关于加快对接区域全面经济伙伴关系协定（RCEP）经贸新规则扎实推进高水平开放实施意见的通知",
        doc_number="皖开放办〔2022〕6号",
        issuer="安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室",
        date="2022-03-23",
        tasks=tasks,
        targets=[
            target("一", "全省与其他RCEP国家货物贸易占比", 30, "%", 2024),
            target("一", "全省与其他RCEP国家对外投资占比", 20, "%", 2024),
            target("一", "全省与其他RCEP国家实际利用外资占比", 10, "%", 2024),
        ],
        citations=[citation("区域全面经济伙伴关系协定", None), citation("安徽省知识产权保护办法", None)],
    )


if __name__ == "__main__":
    main(sys.argv[1])
