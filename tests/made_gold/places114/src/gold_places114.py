"""The hand-made answers for tests/made_gold/places114 (written 2026-12-06 blind, before any run of policykg on these
documents and without reading graph/ nor tests/test_*; see ../README.md; written out by ../../places/src/make_gold.py and
../../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, doc  # type: ignore[import-not-found]

DOCS = [
    doc("xf_2009_shipin", "襄樊市人民政府办公室关于印发2009年食品安全专项整顿工作方案的通知", "襄樊政办发〔2009〕31号",
        "襄樊市人民政府办公室", "2009-04-20", [
            ("二/一", "（一）整顿流通", L("市工商局") + S("市质监局", "市卫生局")),
            ("二/二", "（二）规范餐饮", R("市食品药品监管局")),
            ("二/三", "（三）排查食品", R("市安监局") + S("市环保局")),
            ("二/四", "（四）保障专项", R("市发改委", "市财政局")),
            ("二/五", "（五）加强城区", R("襄城区人民政府", "樊城区人民政府")),
            ("二/六", "（六）推进农村", R("襄阳县人民政府") + G("省工商局")),
            ("三", "市财政局要将", R("市财政局"), P),
            ("三", "请省食品药品监管局", G("省食品药品监管局"), P),
        ], ("一", "全市食品生产企业获证率", 95, "%", 2009)),
    doc("xy_2020_shipin", "襄阳市人民政府办公室关于印发2020年食品安全工作要点的通知", "襄政办发〔2020〕12号",
        "襄阳市人民政府办公室", "2020-05-11", [
            ("二/一", "（一）强化食品", L("市市场监管局") + S("市卫健委", "市农业农村局")),
            ("二/二", "（二）整治食品", R("市生态环境局")),
            ("二/三", "（三）排查食品", R("市应急管理局") + S("市发展改革委")),
            ("二/四", "（四）加强城区", R("襄州区人民政府", "樊城区人民政府")),
            ("二/五", "（五）创建食品", R("枣阳市人民政府") + G("省市场监管局")),
            ("三", "市财政局要保障", R("市财政局"), P),
            ("三", "请省卫生健康委", G("省卫生健康委"), P),
        ], ("一", "全市食品抽检合格率", 98, "%", 2020)),
    doc("sm_2006_linye", "思茅市人民政府办公室关于印发2006年生态建设工作方案的通知", "思政办发〔2006〕20号",
        "思茅市人民政府办公室", "2006-03-15", [
            ("二/一", "（一）推进天然林", L("市发改委") + S("市环保局", "市林业局")),
            ("二/二", "（二）加强农村", R("市卫生局")),
            ("二/三", "（三）实施城区", R("翠云区人民政府")),
            ("二/四", "（四）推进茶园", R("普洱县人民政府", "景谷县人民政府")),
            ("二/五", "（五）排查林区", R("市安监局") + G("省安监局")),
            ("三", "市财政局要落实", R("市财政局"), P),
            ("三", "请省林业厅", G("省林业厅"), P),
        ], ("一", "全市森林覆盖率", 67, "%", 2006)),
    doc("pe_2019_linye", "普洱市人民政府办公室关于印发2019年生态文明建设工作要点的通知", "普政办发〔2019〕30号",
        "普洱市人民政府办公室", "2019-06-12", [
            ("二/一", "（一）推进绿色", L("市发展改革委") + S("市生态环境局")),
            ("二/二", "（二）开展城乡", R("市卫生健康委")),
            ("二/三", "（三）实施城区", R("思茅区人民政府")),
            ("二/四", "（四）推进茶园", R("宁洱县人民政府") + S("市林草局")),
            ("二/五", "（五）防范森林", R("市应急局") + G("省应急厅")),
            ("三", "市财政局要统筹", R("市财政局"), P),
            ("三", "请省生态环境厅", G("省生态环境厅"), P),
        ], ("一", "全市森林覆盖率", 74, "%", 2019)),
]

DEPTS = """
xf_2009_shipin|市工商局|襄樊市工商行政管理局|prefectural|high|襄樊市 until 2010-11 (renamed 襄阳市); before the 2018 reform
xf_2009_shipin|市质监局|襄樊市质量技术监督局|prefectural|high|
xf_2009_shipin|市卫生局|襄樊市卫生局|prefectural|high|
xf_2009_shipin|市食品药品监管局|襄樊市食品药品监督管理局|prefectural|high|
xf_2009_shipin|市安监局|襄樊市安全生产监督管理局|prefectural|high|
xf_2009_shipin|市环保局|襄樊市环境保护局|prefectural|high|
xf_2009_shipin|市发改委|襄樊市发展和改革委员会|prefectural|high|
xf_2009_shipin|市财政局|襄樊市财政局|prefectural|high|
xf_2009_shipin|襄城区人民政府|襄樊市襄城区人民政府|county|high|a district, with its city as it was named then
xf_2009_shipin|樊城区人民政府|襄樊市樊城区人民政府|county|high|
xf_2009_shipin|襄阳县人民政府|襄阳县人民政府|county|high|a county of 襄樊 until 2010 (then 襄阳市襄州区); not the city
xf_2009_shipin|省工商局|湖北省工商行政管理局|provincial|high|
xf_2009_shipin|省食品药品监管局|湖北省食品药品监督管理局|provincial|high|
xy_2020_shipin|市市场监管局|襄阳市市场监督管理局|prefectural|high|
xy_2020_shipin|市卫健委|襄阳市卫生健康委员会|prefectural|high|
xy_2020_shipin|市农业农村局|襄阳市农业农村局|prefectural|high|
xy_2020_shipin|市生态环境局|襄阳市生态环境局|prefectural|high|
xy_2020_shipin|市应急管理局|襄阳市应急管理局|prefectural|high|
xy_2020_shipin|市发展改革委|襄阳市发展和改革委员会|prefectural|high|
xy_2020_shipin|襄州区人民政府|襄阳市襄州区人民政府|county|high|the former 襄阳县 (2010)
xy_2020_shipin|樊城区人民政府|襄阳市樊城区人民政府|county|high|
xy_2020_shipin|枣阳市人民政府|枣阳市人民政府|county|high|a county-level city of 襄阳
xy_2020_shipin|省市场监管局|湖北省市场监督管理局|provincial|high|
xy_2020_shipin|市财政局|襄阳市财政局|prefectural|high|
xy_2020_shipin|省卫生健康委|湖北省卫生健康委员会|provincial|high|
sm_2006_linye|市发改委|思茅市发展和改革委员会|prefectural|high|思茅市 (prefecture-level 2003, renamed 普洱市 2007-01)
sm_2006_linye|市环保局|思茅市环境保护局|prefectural|high|
sm_2006_linye|市林业局|思茅市林业局|prefectural|high|
sm_2006_linye|市卫生局|思茅市卫生局|prefectural|high|
sm_2006_linye|翠云区人民政府|思茅市翠云区人民政府|county|high|renamed 思茅区 in 2007
sm_2006_linye|普洱县人民政府|普洱哈尼族彝族自治县人民政府|county|high|the county named 普洱 before 2007 (then 宁洱哈尼族彝族自治县); not the city
sm_2006_linye|景谷县人民政府|景谷傣族彝族自治县人民政府|county|high|
sm_2006_linye|市安监局|思茅市安全生产监督管理局|prefectural|high|
sm_2006_linye|省安监局|云南省安全生产监督管理局|provincial|high|
sm_2006_linye|市财政局|思茅市财政局|prefectural|high|
sm_2006_linye|省林业厅|云南省林业厅|provincial|high|
pe_2019_linye|市发展改革委|普洱市发展和改革委员会|prefectural|high|
pe_2019_linye|市生态环境局|普洱市生态环境局|prefectural|high|
pe_2019_linye|市卫生健康委|普洱市卫生健康委员会|prefectural|high|
pe_2019_linye|思茅区人民政府|普洱市思茅区人民政府|county|high|the former 翠云区
pe_2019_linye|宁洱县人民政府|宁洱哈尼族彝族自治县人民政府|county|high|
pe_2019_linye|市林草局|普洱市林业和草原局|prefectural|high|
pe_2019_linye|市应急局|普洱市应急管理局|prefectural|high|
pe_2019_linye|省应急厅|云南省应急管理厅|provincial|high|
pe_2019_linye|市财政局|普洱市财政局|prefectural|high|
pe_2019_linye|省生态环境厅|云南省生态环境厅|provincial|high|
"""
