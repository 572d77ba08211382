"""The hand-made answers for tests/made_gold/places99 (written 2026-12-05 from places, levels, eras, genres and forms
drawn at random by ../places98/src/draw.py, seed 20261299, see ../README.md; written out by ../places/src/make_gold.py
and ../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, T  # type: ignore[import-not-found]

DOCS = [
    dict(stem="lz_2018_meikuang",
         title="六枝特区人民政府办公室关于印发六枝特区煤矿安全生产专项整治工作方案的通知",
         number="六特府办发〔2018〕27号", issuer="六枝特区人民政府办公室", date="2018-05-10",
         tasks=[
             ("二/一", "（一）特区安监局要会同", L("特区安监局") + S("特区能源局"), P),
             ("二/二", "（二）由特区公安局牵头", L("特区公安局") + S("特区国土资源局"), P),
             ("二/三", "（三）特区环保局要", R("特区环保局"), P),
             ("二/四", "（四）特区人社局、", R("特区人社局", "特区卫计局"), P),
             ("二/五", "（五）郎岱镇、新窑镇", R("郎岱镇", "新窑镇"), P),
             ("三", "请六盘水市安全生产监督管理局", G("六盘水市安全生产监督管理局", "贵州煤矿安全监察局六盘水监察分局"), P),
             ("三", "特区安监局要会同水城县", L("特区安监局") + S("水城县安全生产监督管理局"), P),
             ("三", "各乡（镇）人民政府、街道办事处要落实", R("各乡（镇）人民政府、街道办事处"), P),
         ],
         targets=[("一", "煤矿安全生产标准化达标率", 100, "%", 2018), ("一", "瓦斯抽采利用率", 60, "%", 2018)],
         citations=[]),
    dict(stem="wnt_2019_shengtai",
         title="翁牛特旗人民政府办公室关于印发翁牛特旗生态环境问题专项整治方案的通知",
         number="翁政办发〔2019〕58号", issuer="翁牛特旗人民政府办公室", date="2019-08-20",
         tasks=[
             ("二", "整治沙化土地非法开垦", L("旗林业和草原局") + S("旗自然资源局", "旗公安局"), T),
             ("二", "整治畜禽养殖污染", L("旗生态环境局") + S("旗农牧局", "梧桐花镇"), T),
             ("二", "整治河道非法采砂", L("旗水利局") + S("旗交通运输局", "松山区水利局"), T),
             ("二", "整治露天矿山安全", L("旗应急管理局") + S("旗自然资源局", "旗林草局"), T),
             ("二", "整治城区扬尘和餐饮", L("旗住建局") + S("旗城管局", "旗市场监管局"), T),
             ("三", "旗财政局要保障", R("旗财政局"), P),
             ("三", "由旗生态环境局牵头", L("旗生态环境局") + S("赤峰市生态环境局"), P),
             ("三", "请内蒙古自治区生态环境厅", G("内蒙古自治区生态环境厅"), P),
             ("三", "各苏木乡镇人民政府要落实", R("各苏木乡镇人民政府"), P),
         ],
         targets=[("一", "沙化土地治理面积", 20, "万亩", 2019), ("一", "露天矿山问题整改率", 100, "%", 2019)],
         citations=[]),
    dict(stem="xlgl_2023_shuzi",
         title="锡林郭勒盟行政公署办公室关于印发锡林郭勒盟数字经济发展三年行动计划（2023—2025年）的通知",
         number="锡署办发〔2023〕40号", issuer="锡林郭勒盟行政公署办公室", date="2023-10-12",
         tasks=[
             ("二/一", "（一）建设绿色算力", L("盟发改委") + S("盟工信局", "盟能源局")),
             ("二/二", "（二）推进政务数据", L("盟政务服务与数据管理局") + S("盟委网信办")),
             ("二/三", "（三）发展牧区农村", L("盟商务局") + S("锡林浩特市人民政府", "二连浩特市人民政府")),
             ("二/四", "（四）培育数字经济", L("盟工业和信息化局") + S("盟科技局", "盟财政局")),
             ("二/五", "（五）推动智慧牧场", L("盟农牧局") + S("苏尼特左旗人民政府", "正蓝旗人民政府")),
             ("三", "盟财政局要统筹", R("盟财政局"), P),
             ("三", "由盟发展改革委牵头", L("盟发展改革委") + S("乌兰察布市发展和改革委员会"), P),
             ("三", "请内蒙古自治区发展和改革委员会", G("内蒙古自治区发展和改革委员会"), P),
             ("三", "各旗县市（区）人民政府要落实", R("各旗县市（区）人民政府"), P),
         ],
         targets=[("一", "数字经济规模", 300, "亿元", 2025), ("一", "5G基站", 5000, "个", 2025)],
         citations=[]),
    dict(stem="hc_2019_yingshang",
         title="海城市人民政府办公室关于印发海城市优化营商环境重点任务分工方案的通知",
         number="海政办发〔2019〕20号", issuer="海城市人民政府办公室", date="2019-07-15",
         tasks=[
             ("二", "推行企业开办一网通办", L("市营商局") + S("市市场监管局", "市税务局"), T),
             ("二", "压缩工程建设项目", L("市住建局") + S("市自然资源局", "市营商环境建设局"), T),
             ("二", "落实减税降费政策", L("市税务局") + S("市财政局"), T),
             ("二", "推进西柳服装市场", L("市市场监管局") + S("西柳镇", "南台镇"), T),
             ("二", "开展涉企法律服务", L("市司法局") + S("市人社局", "市发展改革局"), T),
             ("三", "市财政局要保障", R("市财政局"), P),
             ("三", "由市营商局牵头", L("市营商局") + S("大石桥市营商环境建设局"), P),
             ("三", "请鞍山市营商环境建设局", G("鞍山市营商环境建设局"), P),
             ("三", "各镇人民政府、街道办事处要落实", R("各镇人民政府、街道办事处"), P),
         ],
         targets=[("一", "市场主体总量", 10, "万户", 2019), ("一", "政务服务事项网上可办率", 90, "%", 2019)],
         citations=[]),
    dict(stem="ak_2024_shuzi",
         title="安康市人民政府办公室关于印发安康市数字政府建设重点任务分工方案的通知",
         number="安政办发〔2024〕12号", issuer="安康市人民政府办公室", date="2024-09-10",
         tasks=[
             ("二", "建设全市一体化公共", L("市数据局") + S("市委网信办", "市财政局"), T),
             ("二", "推进公共数据授权运营", L("市数据局") + S("市发展改革委", "市工信局"), T),
             ("二", "建设社会工作数字", L("市委社会工作部") + S("市民政局"), T),
             ("二", "发展数字普惠金融", L("市委金融办") + S("国家金融监督管理总局安康监管分局"), T),
             ("二", "推进一网统管基层治理", L("汉滨区人民政府") + S("旬阳市人民政府", "市公安局"), T),
             ("三", "市财政局要保障", R("市财政局"), P),
             ("三", "由市数据局牵头", L("市数据局") + S("市委网信办"), P),
             ("三", "请陕西省发展和改革委员会", G("陕西省发展和改革委员会"), P),
             ("三", "各县（市、区）人民政府要落实", R("各县（市、区）人民政府"), P),
         ],
         targets=[("一", "政务数据共享率", 95, "%", 2025), ("一", "政务服务事项网上可办率", 98, "%", 2025)],
         citations=[]),
]

DEPTS = """
lz_2018_meikuang|特区安监局|六枝特区安全生产监督管理局|county|high|short; 2018: before the county's 2019 reform
lz_2018_meikuang|特区能源局|六枝特区能源局|county|low|not checked; as printed
lz_2018_meikuang|特区公安局|六枝特区公安局|county|high|
lz_2018_meikuang|特区国土资源局|六枝特区国土资源局|county|high|2018
lz_2018_meikuang|特区环保局|六枝特区环境保护局|county|high|short; 2018
lz_2018_meikuang|特区人社局|六枝特区人力资源和社会保障局|county|high|short
lz_2018_meikuang|特区卫计局|六枝特区卫生和计划生育局|county|high|short; 2018
lz_2018_meikuang|郎岱镇|六枝特区郎岱镇人民政府|township|high|
lz_2018_meikuang|新窑镇|六枝特区新窑镇人民政府|township|high|
lz_2018_meikuang|六盘水市安全生产监督管理局|六盘水市安全生产监督管理局|prefectural|high|2018
lz_2018_meikuang|贵州煤矿安全监察局六盘水监察分局|贵州煤矿安全监察局六盘水监察分局|prefectural/regulator_local_office|high|as printed
lz_2018_meikuang|水城县安全生产监督管理局|水城县安全生产监督管理局|county|high|a neighbour; 2018: 水城县, a district (水城区) since 2020
wnt_2019_shengtai|旗林业和草原局|翁牛特旗林业和草原局|county|high|2019 reform name
wnt_2019_shengtai|旗自然资源局|翁牛特旗自然资源局|county|high|
wnt_2019_shengtai|旗公安局|翁牛特旗公安局|county|high|
wnt_2019_shengtai|旗生态环境局|翁牛特旗生态环境局|county|low|2019: whether already the city's 分局 (vertical reform) not checked; as printed
wnt_2019_shengtai|旗农牧局|翁牛特旗农牧局|county|high|
wnt_2019_shengtai|梧桐花镇|翁牛特旗梧桐花镇人民政府|township|high|
wnt_2019_shengtai|旗水利局|翁牛特旗水利局|county|high|
wnt_2019_shengtai|旗交通运输局|翁牛特旗交通运输局|county|high|
wnt_2019_shengtai|松山区水利局|赤峰市松山区水利局|county|high|a district printed without its city
wnt_2019_shengtai|旗应急管理局|翁牛特旗应急管理局|county|high|2019 reform name
wnt_2019_shengtai|旗林草局|翁牛特旗林业和草原局|county|high|short
wnt_2019_shengtai|旗住建局|翁牛特旗住房和城乡建设局|county|high|short
wnt_2019_shengtai|旗城管局|翁牛特旗城市管理综合执法局|county|low|short; the banner's exact name not checked
wnt_2019_shengtai|旗市场监管局|翁牛特旗市场监督管理局|county|high|short
wnt_2019_shengtai|旗财政局|翁牛特旗财政局|county|high|
wnt_2019_shengtai|赤峰市生态环境局|赤峰市生态环境局|prefectural|high|
wnt_2019_shengtai|内蒙古自治区生态环境厅|内蒙古自治区生态环境厅|provincial|high|
xlgl_2023_shuzi|盟发改委|锡林郭勒盟发展和改革委员会|prefectural|high|short
xlgl_2023_shuzi|盟工信局|锡林郭勒盟工业和信息化局|prefectural|high|short
xlgl_2023_shuzi|盟能源局|锡林郭勒盟能源局|prefectural|high|
xlgl_2023_shuzi|盟政务服务与数据管理局|锡林郭勒盟政务服务与数据管理局|prefectural|low|as printed; not checked
xlgl_2023_shuzi|盟委网信办|中共锡林郭勒盟委网络安全和信息化委员会办公室|prefectural/party|high|short
xlgl_2023_shuzi|盟商务局|锡林郭勒盟商务局|prefectural|high|
xlgl_2023_shuzi|锡林浩特市人民政府|锡林浩特市人民政府|county|high|
xlgl_2023_shuzi|二连浩特市人民政府|二连浩特市人民政府|county|high|
xlgl_2023_shuzi|盟工业和信息化局|锡林郭勒盟工业和信息化局|prefectural|high|
xlgl_2023_shuzi|盟科技局|锡林郭勒盟科学技术局|prefectural|low|科技局 or 科学技术局 not checked
xlgl_2023_shuzi|盟财政局|锡林郭勒盟财政局|prefectural|high|
xlgl_2023_shuzi|盟农牧局|锡林郭勒盟农牧局|prefectural|high|
xlgl_2023_shuzi|苏尼特左旗人民政府|苏尼特左旗人民政府|county|high|
xlgl_2023_shuzi|正蓝旗人民政府|正蓝旗人民政府|county|high|
xlgl_2023_shuzi|盟发展改革委|锡林郭勒盟发展和改革委员会|prefectural|high|short
xlgl_2023_shuzi|乌兰察布市发展和改革委员会|乌兰察布市发展和改革委员会|prefectural|high|a neighbour
xlgl_2023_shuzi|内蒙古自治区发展和改革委员会|内蒙古自治区发展和改革委员会|provincial|high|
hc_2019_yingshang|市营商局|海城市营商环境建设局|county|high|short; 辽宁's 营商环境建设局
hc_2019_yingshang|市市场监管局|海城市市场监督管理局|county|high|short
hc_2019_yingshang|市税务局|国家税务总局海城市税务局|county/regulator_local_office|high|the national tax service's office
hc_2019_yingshang|市住建局|海城市住房和城乡建设局|county|high|short
hc_2019_yingshang|市自然资源局|海城市自然资源局|county|high|
hc_2019_yingshang|市营商环境建设局|海城市营商环境建设局|county|high|
hc_2019_yingshang|市财政局|海城市财政局|county|high|
hc_2019_yingshang|西柳镇|海城市西柳镇人民政府|township|high|
hc_2019_yingshang|南台镇|海城市南台镇人民政府|township|high|
hc_2019_yingshang|市司法局|海城市司法局|county|high|
hc_2019_yingshang|市人社局|海城市人力资源和社会保障局|county|high|short
hc_2019_yingshang|市发展改革局|海城市发展和改革局|county|high|short of a county-level city's 发展和改革局
hc_2019_yingshang|大石桥市营商环境建设局|大石桥市营商环境建设局|county|high|a neighbour of 营口市
hc_2019_yingshang|鞍山市营商环境建设局|鞍山市营商环境建设局|prefectural|high|
ak_2024_shuzi|市数据局|安康市数据局|prefectural|low|2024 establishment not checked
ak_2024_shuzi|市委网信办|中共安康市委网络安全和信息化委员会办公室|prefectural/party|high|short
ak_2024_shuzi|市财政局|安康市财政局|prefectural|high|
ak_2024_shuzi|市发展改革委|安康市发展和改革委员会|prefectural|high|short
ak_2024_shuzi|市工信局|安康市工业和信息化局|prefectural|high|short
ak_2024_shuzi|市委社会工作部|中共安康市委社会工作部|prefectural/party|high|2023–24 reform
ak_2024_shuzi|市民政局|安康市民政局|prefectural|high|
ak_2024_shuzi|市委金融办|中共安康市委金融委员会办公室|prefectural/party|high|2023–24 reform
ak_2024_shuzi|国家金融监督管理总局安康监管分局|国家金融监督管理总局安康监管分局|prefectural/regulator_local_office|high|
ak_2024_shuzi|汉滨区人民政府|安康市汉滨区人民政府|county|high|a district printed without its city
ak_2024_shuzi|旬阳市人民政府|旬阳市人民政府|county|high|a county-level city since 2021
ak_2024_shuzi|市公安局|安康市公安局|prefectural|high|
ak_2024_shuzi|陕西省发展和改革委员会|陕西省发展和改革委员会|provincial|high|
"""
