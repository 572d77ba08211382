"""The hand-made answers for tests/made_gold/places116 (written 2026-12-06 blind, before any run of policykg on these
documents and without reading graph/ nor tests/test_*; see ../README.md; written out by ../../places/src/make_gold.py and
../../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, doc  # type: ignore[import-not-found]

DOCS = [
    doc("lw_2017_anquan", "莱芜市人民政府办公室关于印发2017年安全生产和食品安全工作方案的通知", "莱政办字〔2017〕35号",
        "莱芜市人民政府办公室", "2017-03-22", [
            ("二/一", "（一）推进企业", L("市发改委") + S("市环保局", "市安监局")),
            ("二/二", "（二）加强城区", R("莱城区人民政府", "钢城区人民政府")),
            ("二/三", "（三）规范餐饮", R("市食药监局") + S("市卫计委")),
            ("二/四", "（四）整顿食品", R("市工商局", "市质监局") + G("省质监局")),
            ("三", "市财政局要保障", R("市财政局"), P),
            ("三", "请省安监局", G("省安监局"), P),
        ], ("一", "全市食品抽检合格率", 96, "%", 2017)),
    doc("lwq_2020_anquan", "济南市莱芜区人民政府办公室关于印发2020年安全生产和食品安全工作方案的通知", "莱区政办字〔2020〕9号",
        "济南市莱芜区人民政府办公室", "2020-04-16", [
            ("二/一", "（一）推进企业", L("区发展改革局") + S("区卫生健康局")),
            ("二/二", "（二）整治涉危", R("市生态环境局莱芜分局")),
            ("二/三", "（三）排查企业", R("区应急局") + S("区市场监管局")),
            ("二/四", "（四）加强城区", R("凤城街道办事处")),
            ("二/五", "（五）推进莱钢", R("钢城区人民政府") + G("济南市应急局")),
            ("三", "区财政局要保障", R("区财政局"), P),
            ("三", "请市市场监管局", G("市市场监管局"), P),
        ], ("一", "全区食品抽检合格率", 98, "%", 2020)),
    doc("fy_2013_zhengzhi", "富阳市人民政府办公室关于印发2013年富春江水环境整治工作方案的通知", "富政办〔2013〕40号",
        "富阳市人民政府办公室", "2013-05-06", [
            ("二/一", "（一）推进污水", L("市发改局") + S("市环保局")),
            ("二/二", "（二）排查造纸", R("市安监局")),
            ("二/三", "（三）实施城区", R("富春街道办事处")),
            ("二/四", "（四）加强饮用水", R("市卫生局") + G("杭州市卫生局")),
            ("二/五", "（五）推进农村", R("市住建局") + G("杭州市发改委")),
            ("三", "市财政局要落实", R("市财政局"), P),
            ("三", "请杭州市环保局", G("杭州市环保局"), P),
        ], ("一", "全市城镇污水处理率", 85, "%", 2013)),
    doc("fyq_2017_zhengzhi", "杭州市富阳区人民政府办公室关于印发2017年富春江水环境整治工作方案的通知", "富政办〔2017〕28号",
        "杭州市富阳区人民政府办公室", "2017-04-12", [
            ("二/一", "（一）推进污水", L("区发改局") + S("区环保局")),
            ("二/二", "（二）排查造纸", R("区安监局")),
            ("二/三", "（三）实施城区", R("富春街道办事处")),
            ("二/四", "（四）加强饮用水", R("区卫计局") + S("区市场监管局")),
            ("二/五", "（五）推进城乡", R("区住建局") + G("市发改委")),
            ("三", "区财政局要落实", R("区财政局"), P),
            ("三", "请市环保局", G("市环保局"), P),
        ], ("一", "全区城镇污水处理率", 92, "%", 2017)),
    doc("zp_2021_anquan", "邹平市人民政府办公室关于印发2021年安全生产专项整治工作方案的通知", "邹政办字〔2021〕17号",
        "邹平市人民政府办公室", "2021-03-30", [
            ("二/一", "（一）推进重点", L("市发展改革局") + S("市卫生健康局")),
            ("二/二", "（二）整治化工", R("滨州市生态环境局邹平分局")),
            ("二/三", "（三）排查企业", R("市应急局") + S("市市场监管局")),
            ("二/四", "（四）加强城区", R("黛溪街道办事处")),
            ("二/五", "（五）推进危化品", R("市公安局") + G("滨州市应急局")),
            ("三", "市财政局要保障", R("市财政局"), P),
            ("三", "请滨州市应急局", G("滨州市应急局"), P),
        ], ("一", "全市规模以上企业安全生产标准化达标率", 90, "%", 2021)),
]

DEPTS = """
lw_2017_anquan|市发改委|莱芜市发展和改革委员会|prefectural|high|莱芜市 until 2019-01 (merged into 济南市)
lw_2017_anquan|市环保局|莱芜市环境保护局|prefectural|high|
lw_2017_anquan|市安监局|莱芜市安全生产监督管理局|prefectural|high|
lw_2017_anquan|莱城区人民政府|莱芜市莱城区人民政府|county|high|a district of 莱芜市 (2019: 济南市莱芜区)
lw_2017_anquan|钢城区人民政府|莱芜市钢城区人民政府|county|high|a district of 莱芜市 (2019: 济南市钢城区)
lw_2017_anquan|市食药监局|莱芜市食品药品监督管理局|prefectural|high|
lw_2017_anquan|市卫计委|莱芜市卫生和计划生育委员会|prefectural|high|
lw_2017_anquan|市工商局|莱芜市工商行政管理局|prefectural|high|
lw_2017_anquan|市质监局|莱芜市质量技术监督局|prefectural|high|
lw_2017_anquan|省质监局|山东省质量技术监督局|provincial|high|
lw_2017_anquan|市财政局|莱芜市财政局|prefectural|high|
lw_2017_anquan|省安监局|山东省安全生产监督管理局|provincial|high|
lwq_2020_anquan|区发展改革局|济南市莱芜区发展和改革局|county|high|a district of 济南 (2019)
lwq_2020_anquan|区卫生健康局|济南市莱芜区卫生健康局|county|high|
lwq_2020_anquan|市生态环境局莱芜分局|济南市生态环境局莱芜分局|county|high|the city bureau's branch (vertical management)
lwq_2020_anquan|区应急局|济南市莱芜区应急管理局|county|high|
lwq_2020_anquan|区市场监管局|济南市莱芜区市场监督管理局|county|high|
lwq_2020_anquan|凤城街道办事处|济南市莱芜区凤城街道办事处|township|high|
lwq_2020_anquan|钢城区人民政府|济南市钢城区人民政府|county|high|of 济南 since 2019
lwq_2020_anquan|济南市应急局|济南市应急管理局|prefectural|high|
lwq_2020_anquan|区财政局|济南市莱芜区财政局|county|high|
lwq_2020_anquan|市市场监管局|济南市市场监督管理局|prefectural|high|市 of a 济南 district's plan is 济南市
fy_2013_zhengzhi|市发改局|富阳市发展和改革局|county|high|the county-level 富阳市 (until 2014-12, then 杭州市富阳区)
fy_2013_zhengzhi|市环保局|富阳市环境保护局|county|high|
fy_2013_zhengzhi|市安监局|富阳市安全生产监督管理局|county|high|
fy_2013_zhengzhi|富春街道办事处|富阳市富春街道办事处|township|high|
fy_2013_zhengzhi|市卫生局|富阳市卫生局|county|high|
fy_2013_zhengzhi|杭州市卫生局|杭州市卫生局|prefectural|high|
fy_2013_zhengzhi|市住建局|富阳市住房和城乡建设局|county|high|
fy_2013_zhengzhi|杭州市发改委|杭州市发展和改革委员会|prefectural|high|
fy_2013_zhengzhi|市财政局|富阳市财政局|county|high|
fy_2013_zhengzhi|杭州市环保局|杭州市环境保护局|prefectural|high|
fyq_2017_zhengzhi|区发改局|杭州市富阳区发展和改革局|county|high|a district of 杭州 since 2015
fyq_2017_zhengzhi|区环保局|杭州市富阳区环境保护局|county|high|before vertical management (2019: 杭州市生态环境局富阳分局)
fyq_2017_zhengzhi|区安监局|杭州市富阳区安全生产监督管理局|county|high|
fyq_2017_zhengzhi|富春街道办事处|杭州市富阳区富春街道办事处|township|high|
fyq_2017_zhengzhi|区卫计局|杭州市富阳区卫生和计划生育局|county|high|
fyq_2017_zhengzhi|区市场监管局|杭州市富阳区市场监督管理局|county|high|Zhejiang's counties merged their market bodies early (2014–2015)
fyq_2017_zhengzhi|区住建局|杭州市富阳区住房和城乡建设局|county|high|
fyq_2017_zhengzhi|市发改委|杭州市发展和改革委员会|prefectural|high|市 of a district's plan is its city
fyq_2017_zhengzhi|区财政局|杭州市富阳区财政局|county|high|
fyq_2017_zhengzhi|市环保局|杭州市环境保护局|prefectural|high|
zp_2021_anquan|市发展改革局|邹平市发展和改革局|county|high|the county-level 邹平市 (邹平县 until 2018-07)
zp_2021_anquan|市卫生健康局|邹平市卫生健康局|county|high|
zp_2021_anquan|滨州市生态环境局邹平分局|滨州市生态环境局邹平分局|county|high|
zp_2021_anquan|市应急局|邹平市应急管理局|county|high|
zp_2021_anquan|市市场监管局|邹平市市场监督管理局|county|high|
zp_2021_anquan|黛溪街道办事处|邹平市黛溪街道办事处|township|high|
zp_2021_anquan|市公安局|邹平市公安局|county|high|
zp_2021_anquan|滨州市应急局|滨州市应急管理局|prefectural|high|
zp_2021_anquan|市财政局|邹平市财政局|county|high|
"""
