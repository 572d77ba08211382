"""The hand-made answers for tests/made_gold/places115 (written 2026-12-06 blind, before any run of policykg on these
documents and without reading graph/ nor tests/test_*; see ../README.md; written out by ../../places/src/make_gold.py and
../../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, doc  # type: ignore[import-not-found]

DOCS = [
    doc("rkz_2012_huanjing", "日喀则地区行政公署办公室关于印发2012年农牧区环境整治工作方案的通知", "日署办发〔2012〕15号",
        "日喀则地区行政公署办公室", "2012-05-08", [
            ("二/一", "（一）推进农牧区", L("地区发改委") + S("地区环保局", "地区林业局")),
            ("二/二", "（二）开展农牧区", R("地区卫生局")),
            ("二/三", "（三）实施城区", R("日喀则市人民政府")),
            ("二/四", "（四）推进重点", R("江孜县人民政府", "定日县人民政府")),
            ("二/五", "（五）排查农牧区", R("地区安监局") + G("自治区安监局")),
            ("三", "地区财政局要落实", R("地区财政局"), P),
            ("三", "请自治区环境保护厅", G("自治区环境保护厅"), P),
        ], ("一", "全地区农牧区垃圾集中处理率", 60, "%", 2012)),
    doc("rkz_2017_huanjing", "日喀则市人民政府办公室关于印发2017年城乡环境整治工作方案的通知", "日政办发〔2017〕22号",
        "日喀则市人民政府办公室", "2017-04-18", [
            ("二/一", "（一）推进城镇", L("市发改委") + S("市环保局")),
            ("二/二", "（二）开展城乡", R("市卫计委")),
            ("二/三", "（三）实施城区", R("桑珠孜区人民政府")),
            ("二/四", "（四）推进重点", R("江孜县人民政府") + S("市安监局")),
            ("二/五", "（五）整治农牧区", R("市食药监局") + G("自治区食药监局")),
            ("三", "市财政局要落实", R("市财政局"), P),
            ("三", "请自治区环境保护厅", G("自治区环境保护厅"), P),
        ], ("一", "全市城镇生活垃圾无害化处理率", 80, "%", 2017)),
    doc("ch_2010_shuizhi", "巢湖市人民政府办公室关于印发2010年巢湖流域水环境治理工作方案的通知", "巢政办〔2010〕18号",
        "巢湖市人民政府办公室", "2010-04-26", [
            ("二/一", "（一）推进城镇", L("市发改委") + S("市环保局")),
            ("二/二", "（二）实施城区", R("居巢区人民政府")),
            ("二/三", "（三）推进沿湖", R("庐江县人民政府", "无为县人民政府")),
            ("二/四", "（四）加强饮用水", R("市卫生局") + S("市工商局")),
            ("二/五", "（五）规范涉水", R("市质监局") + G("省质监局")),
            ("三", "市财政局要落实", R("市财政局"), P),
            ("三", "请省环保厅", G("省环保厅"), P),
        ], ("一", "全市城镇污水处理率", 75, "%", 2010)),
    doc("ch_2016_shuizhi", "巢湖市人民政府办公室关于印发2016年水环境综合治理工作方案的通知", "巢政办〔2016〕21号",
        "巢湖市人民政府办公室", "2016-05-10", [
            ("二/一", "（一）推进污水", L("市发改委") + S("市环保局")),
            ("二/二", "（二）加强饮用水", R("市卫计委") + G("合肥市环保局")),
            ("二/三", "（三）实施城区", R("卧牛山街道办事处")),
            ("二/四", "（四）推进入湖", R("庐江县人民政府")),
            ("二/五", "（五）排查涉水", R("市安监局") + G("合肥市安监局")),
            ("三", "市财政局要落实", R("市财政局"), P),
            ("三", "请合肥市环保局", G("合肥市环保局"), P),
        ], ("一", "全市城镇污水处理率", 90, "%", 2016)),
]

DEPTS = """
rkz_2012_huanjing|地区发改委|日喀则地区发展和改革委员会|prefectural|high|日喀则地区 until 2014 (then the prefecture-level 日喀则市)
rkz_2012_huanjing|地区环保局|日喀则地区环境保护局|prefectural|high|
rkz_2012_huanjing|地区林业局|日喀则地区林业局|prefectural|high|
rkz_2012_huanjing|地区卫生局|日喀则地区卫生局|prefectural|high|
rkz_2012_huanjing|日喀则市人民政府|日喀则市人民政府|county|high|the county-level city inside the 地区 (until 2014, then 桑珠孜区); not the prefecture
rkz_2012_huanjing|江孜县人民政府|江孜县人民政府|county|high|
rkz_2012_huanjing|定日县人民政府|定日县人民政府|county|high|
rkz_2012_huanjing|地区安监局|日喀则地区安全生产监督管理局|prefectural|high|
rkz_2012_huanjing|自治区安监局|西藏自治区安全生产监督管理局|provincial|high|
rkz_2012_huanjing|地区财政局|日喀则地区财政局|prefectural|high|
rkz_2012_huanjing|自治区环境保护厅|西藏自治区环境保护厅|provincial|high|
rkz_2017_huanjing|市发改委|日喀则市发展和改革委员会|prefectural|high|the prefecture-level city (2014)
rkz_2017_huanjing|市环保局|日喀则市环境保护局|prefectural|high|
rkz_2017_huanjing|市卫计委|日喀则市卫生和计划生育委员会|prefectural|high|
rkz_2017_huanjing|桑珠孜区人民政府|日喀则市桑珠孜区人民政府|county|high|the former county-level 日喀则市
rkz_2017_huanjing|江孜县人民政府|江孜县人民政府|county|high|
rkz_2017_huanjing|市安监局|日喀则市安全生产监督管理局|prefectural|high|
rkz_2017_huanjing|市食药监局|日喀则市食品药品监督管理局|prefectural|high|
rkz_2017_huanjing|自治区食药监局|西藏自治区食品药品监督管理局|provincial|high|
rkz_2017_huanjing|市财政局|日喀则市财政局|prefectural|high|
rkz_2017_huanjing|自治区环境保护厅|西藏自治区环境保护厅|provincial|high|
ch_2010_shuizhi|市发改委|巢湖市发展和改革委员会|prefectural|high|the prefecture-level 巢湖市 (abolished 2011-08)
ch_2010_shuizhi|市环保局|巢湖市环境保护局|prefectural|high|
ch_2010_shuizhi|居巢区人民政府|巢湖市居巢区人民政府|county|high|the city's district (2011: the county-level 巢湖市)
ch_2010_shuizhi|庐江县人民政府|庐江县人民政府|county|high|
ch_2010_shuizhi|无为县人民政府|无为县人民政府|county|high|
ch_2010_shuizhi|市卫生局|巢湖市卫生局|prefectural|high|
ch_2010_shuizhi|市工商局|巢湖市工商行政管理局|prefectural|high|
ch_2010_shuizhi|市质监局|巢湖市质量技术监督局|prefectural|high|
ch_2010_shuizhi|省质监局|安徽省质量技术监督局|provincial|high|
ch_2010_shuizhi|市财政局|巢湖市财政局|prefectural|high|
ch_2010_shuizhi|省环保厅|安徽省环境保护厅|provincial|high|
ch_2016_shuizhi|市发改委|巢湖市发展和改革委员会|county|low|the county-level 巢湖市 of 合肥 (2011); whether its body is 委员会 or 局 not checked
ch_2016_shuizhi|市环保局|巢湖市环境保护局|county|high|the county-level city's
ch_2016_shuizhi|市卫计委|巢湖市卫生和计划生育委员会|county|low|whether 委员会 or 局 not checked
ch_2016_shuizhi|合肥市环保局|合肥市环境保护局|prefectural|high|
ch_2016_shuizhi|卧牛山街道办事处|巢湖市卧牛山街道办事处|township|high|a street office of the county-level city
ch_2016_shuizhi|庐江县人民政府|庐江县人民政府|county|high|of 合肥 since 2011
ch_2016_shuizhi|市安监局|巢湖市安全生产监督管理局|county|high|
ch_2016_shuizhi|合肥市安监局|合肥市安全生产监督管理局|prefectural|high|
ch_2016_shuizhi|市财政局|巢湖市财政局|county|high|
"""
