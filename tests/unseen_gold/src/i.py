"""Gold of one unseen document (see lib.py): targets, citations and metadata only.

Its duties in running text are not annotated ("prose_annotated": false): the scorer then leaves
its prose rows out. It has no responsibility clause, field line or task table (tasks: []).
"""

from __future__ import annotations

import sys

from lib import citation, target, write


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    targets = [
        # 具体指标：到2017年，… (the year opens the paragraph)
        target("", "全国地级及以上城市可吸入颗粒物浓度", 10, "%", 2017),
        target("", "京津冀区域细颗粒物浓度", 25, "%", 2017),
        target("", "长三角区域细颗粒物浓度", 20, "%", 2017),
        target("", "珠三角区域细颗粒物浓度", 15, "%", 2017),
        target("", "北京市细颗粒物年均浓度", 60, "微克/立方米", 2017),
        # 到2015年，…基本淘汰…区域内的500万辆黄标车
        target("一/三", "京津冀、长三角、珠三角等区域内的黄标车", 500, "万辆", 2015),
        # no year in the paragraph
        target("一/三", "每年新增或更新的公交车中新能源和清洁燃料车的比例", 60, "%", None),
        # 2015年再淘汰炼铁1500万吨、炼钢1500万吨、水泥…1亿吨、平板玻璃2000万重量箱
        target("二/五", "炼铁", 1500, "万吨", 2015),
        target("二/五", "炼钢", 1500, "万吨", 2015),
        target("二/五", "水泥（熟料及粉磨能力）", 1, "亿吨", 2015),
        target("二/五", "平板玻璃", 2000, "万重量箱", 2015),
        target("三/九", "重点行业排污强度", 30, "%", 2017),
        target("三/十", "单位工业增加值能耗", 20, "%", 2017),
        target("三/十", "实施循环化改造的各类国家级园区", 50, "%", 2017),
        target("三/十", "实施循环化改造的各类省级园区", 30, "%", 2017),
        target("三/十", "主要有色金属品种以及钢铁的循环再生比重", 40, "%", 2017),
        target("四/十二", "煤炭占能源消费总量比重", 65, "%", 2017),
        target("四/十三", "新增天然气干线管输能力", 1500, "亿立方米", 2015),
        target("四/十三", "运行核电机组装机容量", 5000, "万千瓦", 2017),
        target("四/十三", "非化石能源消费比重", 13, "%", 2017),
        target("四/十四", "原煤入选率", 70, "%", 2017),
    ]
    write(
        out,
        source="odkg_archived_test3_120.txt",
        title=None,
        doc_number="国发〔2013〕37号",
        issuer="国务院",
        date="2013-09-10",
        prose_annotated=False,
        tasks=[],
        targets=targets,
        citations=[
            citation("部分工业行业淘汰落后生产工艺装备和产品指导目录（2010年本）", None),
            citation("产业结构调整指导目录（2011年本）（修正）", None),
            citation("关于建立促进科学发展的党政领导班子和领导干部考核评价机制的意见", None),
            citation("地方党政领导班子和领导干部综合考核评价办法（试行）", None),
            citation("关于开展政府绩效管理试点工作的意见", None),
        ],
    )


if __name__ == "__main__":
    main(sys.argv[1])
