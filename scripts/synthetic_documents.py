"""Synthetic policy documents (plain text) for build benchmarks and tests.

Each document reads like a provincial implementation plan: a title line with a 文号, addressees,
a preamble citing two or three other documents by 《title》（文号）, numbered chapters 一、 with
numbered tasks （一） and sub-items 1., each task ending in a responsibility parenthetical
(``（省发展改革委牵头，省财政厅、省科技厅配合）``, ``（省商务厅负责）``…), quantitative targets
(``到2020年，…达到95%以上``) and a closing date. Documents cite each other's 文号 so a corpus has
citation links. Department names come from the shipped registry, so most of them resolve.
Deterministic for a (seed, index); about 5-10 KB of UTF-8 each.

    python scripts/synthetic_documents.py 10000 -o /tmp/synth [--seed 0]
"""

from __future__ import annotations

import argparse
import csv
import random
from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["synthetic_document", "write_corpus"]

_PROVINCES = ["安徽", "江西", "浙江", "湖南", "湖北", "河南", "山东", "福建", "四川", "贵州", "云南", "陕西"]
_PROV_ABBR = {"安徽": "皖", "江西": "赣", "浙江": "浙", "湖南": "湘", "湖北": "鄂", "河南": "豫", "山东": "鲁",
              "福建": "闽", "四川": "川", "贵州": "黔", "云南": "云", "陕西": "陕"}
_FIELDS = ["质量发展", "数字经济", "乡村振兴", "营商环境", "生态环境保护", "科技创新", "职业教育", "养老服务",
           "食品安全", "文化旅游", "现代物流", "新能源汽车", "农村人居环境", "中小企业", "公共卫生", "智慧城市"]
_CHAPTERS = ["总体要求", "重点任务", "实施质量品牌升级工程", "推进产业转型升级", "强化创新驱动", "优化公共服务",
             "加强基础设施建设", "深化体制机制改革", "强化要素保障", "保障措施"]
_VERBS = ["深入开展", "积极推动", "大力推进", "加快建设", "持续优化", "全面加强", "稳步推进", "着力提升", "健全完善",
          "统筹推进"]
_OBJECTS = ["质量提升行动", "品牌建设", "标准化工作", "监管体系", "信用体系建设", "人才队伍建设", "公共服务平台",
            "示范园区建设", "信息化建设", "技术改造", "宣传培训", "统计监测", "考核评价机制", "应急处置能力",
            "产业链协同", "资金保障机制"]
_SENTENCES = [
    "围绕重点产业和重点领域，组织实施{obj}专项行动，推动形成一批可复制可推广的经验做法。",
    "加大对{field}领域的政策支持力度，引导社会资本积极参与，形成政府引导、市场主导、社会参与的工作格局。",
    "建立健全工作协调机制，明确责任分工，细化工作措施，确保各项任务按期完成。",
    "鼓励有条件的地区先行先试，及时总结推广典型经验，发挥示范引领作用。",
    "强化部门协同和上下联动，加强督促检查，对工作推进不力的地方和单位进行通报。",
    "推动{obj}与{field}深度融合，提升服务能力和水平，满足人民群众多样化需求。",
    "完善统计监测和评价体系，定期发布工作进展情况，接受社会监督。",
    "加强宣传引导，营造全社会关心支持{field}工作的良好氛围。",
]
_TARGETS = [
    "到{year}年，全省{field}示范企业达到{n}家以上。",
    "力争到{year}年，{field}主要产品质量合格率达到{p}%以上。",
    "年内新建{obj}{n}个，覆盖率提高{q}个百分点。",
    "到{year}年底，培育省级{field}品牌{n}个。",
    "全年完成{field}相关培训{n}人次。",
]
_PROVINCIAL = ["省发展改革委", "省经济和信息化厅", "省教育厅", "省科技厅", "省公安厅", "省民政厅", "省司法厅",
               "省财政厅", "省人力资源社会保障厅", "省自然资源厅", "省生态环境厅", "省住房城乡建设厅", "省交通运输厅",
               "省水利厅", "省农业农村厅", "省商务厅", "省文化和旅游厅", "省卫生健康委", "省应急厅", "省审计厅",
               "省国资委", "省市场监管局", "省统计局", "省医保局", "省地方金融监管局", "省税务局", "人民银行合肥中心支行"]
_ROLES = ["lead_support", "responsible", "responsible_many", "with", "field"]


@cache
def _departments() -> list[str]:
    text = resources.files("graph.data").joinpath("departments.csv").read_text(encoding="utf-8")
    names = [row["pref_label"] for row in csv.DictReader(text.splitlines())]
    central = [n for n in names if not n.startswith(("中国共产党", "全国")) and 3 <= len(n) <= 14]
    return _PROVINCIAL + central[:80]


def _doc_number(rng: random.Random, index: int) -> tuple[str, str]:
    province = _PROVINCES[index % len(_PROVINCES)]
    year = 2015 + index % 9
    return province, f"{_PROV_ABBR[province]}政办〔{year}〕{index % 997 + 1}号"


def _clause(rng: random.Random) -> str:
    deps = _departments()
    kind = rng.choice(_ROLES)
    picks = rng.sample(deps, k=rng.randint(2, 5))
    if kind == "lead_support":
        return f"（{picks[0]}牵头，{'、'.join(picks[1:])}配合）"
    if kind == "responsible":
        return f"（{picks[0]}负责）"
    if kind == "responsible_many":
        return f"（{'、'.join(picks)}按职责分工负责）"
    if kind == "with":
        return f"（{picks[0]}会同{'、'.join(picks[1:])}负责）"
    return f"（责任单位：{'、'.join(picks)}）"


def _fill(template: str, rng: random.Random, field: str) -> str:
    return template.format(obj=rng.choice(_OBJECTS), field=field, year=rng.randint(2018, 2025),
                           n=rng.randint(2, 300), p=rng.randint(80, 99), q=rng.randint(1, 9))


def synthetic_document(index: int, seed: int = 0, *, corpus_size: int = 1000) -> str:
    """The text of document ``index`` of a synthetic corpus (5-10 KB)."""
    rng = random.Random(seed * 1_000_003 + index)
    province, number = _doc_number(rng, index)
    field = rng.choice(_FIELDS)
    title = f"{province}省人民政府办公厅关于印发{field}{2015 + index % 9}年行动计划的通知"
    cited = []
    for _ in range(rng.randint(2, 3)):
        j = rng.randrange(max(corpus_size, 1))
        p2, n2 = _doc_number(rng, j)
        cited.append(f"《{p2}省人民政府办公厅关于印发{rng.choice(_FIELDS)}工作方案的通知》（{n2}）")
    cited.append(f"《国务院办公厅关于推进{field}高质量发展的意见》（国办发〔{rng.randint(2014, 2022)}〕"
                 f"{rng.randint(1, 80)}号）")
    out = [
        f"{title} {number}",
        "",
        "各市、县人民政府，省政府各部门、各直属机构：",
        "",
        f"《{field}{2015 + index % 9}年行动计划》已经省政府同意，现印发给你们，请结合实际，认真贯彻执行。",
        "",
        f"{province}省人民政府办公厅",
        f"{2015 + index % 9}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        "",
        f"为贯彻落实{'、'.join(cited)}要求，加快推进{field}工作，特制定本行动计划。",
        "",
    ]
    size_goal = rng.randint(4_000, 7_000)
    chapter_no = "一二三四五六七八九十"
    task_no = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    chapters = rng.sample(_CHAPTERS, k=len(_CHAPTERS))
    length = sum(len(s.encode("utf-8")) + 1 for s in out)
    for c, chapter in enumerate(chapters):
        if length >= size_goal or c >= len(chapter_no):
            break
        line = f"{chapter_no[c]}、{chapter}"
        out.append(line)
        length += len(line.encode()) + 1
        for t in range(rng.randint(2, 5)):
            body = [f"（{task_no[t]}）{rng.choice(_VERBS)}{rng.choice(_OBJECTS)}。"]
            for _ in range(rng.randint(2, 4)):
                body.append(_fill(rng.choice(_SENTENCES), rng, field))
            if rng.random() < 0.6:
                body.append(_fill(rng.choice(_TARGETS), rng, field))
            body.append(_clause(rng))
            line = "".join(body)
            if rng.random() < 0.25:
                subs = []
                for k in range(1, rng.randint(2, 4)):
                    subs.append(f"{k}.{rng.choice(_VERBS)}{rng.choice(_OBJECTS)}。"
                                f"{_fill(rng.choice(_SENTENCES), rng, field)}{_clause(rng)}")
                line = line + "\n" + "\n".join(subs)
            out.append(line)
            length += len(line.encode()) + 1
    out += ["", f"本行动计划自印发之日起施行，由{province}省人民政府办公厅负责解释。", ""]
    return "\n".join(out)


def write_corpus(folder: str | Path, count: int, seed: int = 0, *, prefix: str = "synth") -> list[Path]:
    """Write ``count`` documents ``{prefix}_{i:05d}.txt`` into ``folder``; return their paths."""
    d = Path(folder)
    d.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        p = d / f"{prefix}_{i:05d}.txt"
        p.write_text(synthetic_document(i, seed, corpus_size=count), encoding="utf-8")
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("count", type=int)
    ap.add_argument("-o", "--output", required=True, help="folder to write the .txt files into")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    paths = write_corpus(a.output, a.count, a.seed)
    total = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} documents, {total / 1e6:.1f} MB -> {a.output}")


if __name__ == "__main__":
    main()
