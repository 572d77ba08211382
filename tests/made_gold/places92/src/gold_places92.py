"""The hand-made answers for tests/made_gold/places92 (written 2026-12-05 from places, levels, genres, forms and years
drawn at random by src/draw.py, seed 20261240, see ../README.md; see ../places/src/make_gold.py and
src/write_departments.py; run them with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, T  # type: ignore[import-not-found]

DOCS = [
    dict(stem="snj_2013_lvyou",
         title="神农架林区人民政府办公室关于印发神农架林区生态旅游发展三年行动计划（2013—2015年）的通知",
         number="神政办发〔2013〕17号", issuer="神农架林区人民政府办公室", date="2013-04-12",
         tasks=[
             ("二", "完善木鱼至红坪", L("林区交通运输局") + S("林区财政局", "林区发展和改革委员会"), T),
             ("二", "加强景区生态环境监测", L("林区环境保护局") + S("林区住房和城乡建设局"), T),
             ("二", "规范旅游市场秩序", L("林区工商行政管理局") + S("林区旅游局", "林区物价局"), T),
             ("二", "建设神农架至房县", L("林区旅游局") + S("房县旅游局", "兴山县旅游局"), T),
             ("二", "开展旅游从业人员", L("林区人力资源和社会保障局") + S("林区环保局", "林区交通局"), T),
             ("三", "林区林业管理局要", R("林区林业管理局"), P),
             ("三", "木鱼镇、松柏镇要", R("木鱼镇", "松柏镇"), P),
             ("三", "由林区旅游局牵头", L("林区旅游局") + S("林区公安局"), P),
             ("三", "请湖北省旅游局", G("湖北省旅游局"), P),
             ("三", "各乡镇人民政府要落实", R("各乡镇人民政府"), P),
         ],
         targets=[("一", "接待游客", 800, "万人次", 2015), ("一", "旅游综合收入", 60, "亿元", 2015)],
         citations=[]),
    dict(stem="lf_2022_xiangmu",
         title="临汾经济开发区管理委员会关于印发临汾经济开发区2022年项目建设攻坚年实施方案的通知",
         number="临开管发〔2022〕8号", issuer="临汾经济开发区管理委员会", date="2022-03-09",
         tasks=[
             ("二/一", "（一）建立重点项目", L("开发区经济发展局") + S("开发区财政局")),
             ("二/二", "（二）推行承诺制", L("开发区行政审批局") + S("市自然资源局", "开发区规划建设局")),
             ("二/三", "（三）开展招商引资", L("开发区投资促进局") + S("临汾市商务局")),
             ("二/四", "（四）加强入园项目", L("临汾市生态环境局") + S("开发区安全生产和环境保护局")),
             ("二/五", "（五）做好园区内", L("尧都区人民政府") + S("尧都区住房和城乡建设局", "开发区规划建设局")),
             ("三", "开发区财政局要统筹", R("开发区财政局"), P),
             ("三", "开发区经济发展局要会同", L("开发区经济发展局") + S("开发区行政审批局"), P),
             ("三", "请山西省商务厅", G("山西省商务厅"), P),
             ("三", "各部门要落实", R("各部门"), P),
         ],
         targets=[("一", "固定资产投资", 45, "亿元", 2022), ("一", "新签约亿元以上项目", 20, "个", 2022)],
         citations=[]),
    dict(stem="fs_2010_jieneng",
         title="抚顺市人民政府办公厅关于印发抚顺市节能减排三年行动计划（2010—2012年）的通知",
         number="抚政办发〔2010〕46号", issuer="抚顺市人民政府办公厅", date="2010-06-18",
         tasks=[
             ("二", "淘汰钢铁、水泥", L("市经济和信息化委员会") + S("市发展和改革委员会", "市环境保护局"), T),
             ("二", "推进石化企业余热", L("市经信委") + S("市科学技术局", "市财政局"), T),
             ("二", "建设城市污水处理厂", L("市城乡建设委员会") + S("市环保局", "望花区人民政府"), T),
             ("二", "加强重点用能单位", L("市质量技术监督局") + S("市统计局"), T),
             ("二", "开展沈抚同城化", L("市环境保护局") + S("沈阳市环境保护局", "本溪市环境保护局"), T),
             ("三", "市发改委要会同", L("市发改委") + S("市财政局"), P),
             ("三", "顺城区人民政府、东洲区人民政府要", R("顺城区人民政府", "东洲区人民政府"), P),
             ("三", "抚顺县人民政府要", R("抚顺县人民政府"), P),
             ("三", "请辽宁省环境保护厅", G("辽宁省环境保护厅"), P),
             ("三", "各县、区人民政府要落实", R("各县、区人民政府"), P),
         ],
         targets=[("一", "万元地区生产总值能耗", 12, "%", 2012), ("一", "化学需氧量排放总量", 2.6, "万吨", 2012)],
         citations=[]),
    dict(stem="zlq_2018_caoyuan",
         title="正蓝旗人民政府办公室关于印发正蓝旗新一轮草原生态保护补助奖励政策实施方案的通知",
         number="正政办发〔2018〕12号", issuer="正蓝旗人民政府办公室", date="2018-05-07",
         tasks=[
             ("二/一", "旗农牧业局要将禁牧", L("旗农牧业局") + S("旗财政局"), P),
             ("二/一", "旗林业局要配合", S("旗林业局"), P),
             ("二/二", "由旗草原监督管理局牵头", L("旗草原监督管理局") + S("旗公安局"), P),
             ("二/二", "上都镇、桑根达来镇要", R("上都镇", "桑根达来镇"), P),
             ("二/二", "那日图苏木要", R("那日图苏木"), P),
             ("二/三", "旗农牧业局要会同多伦县", L("旗农牧业局") + S("多伦县农牧业局", "正镶白旗农牧业局"), P),
             ("二/三", "请锡林郭勒盟农牧业局", G("锡林郭勒盟农牧业局"), P),
             ("三", "旗发展和改革局要", R("旗发展和改革局"), P),
             ("三", "旗环保局要", R("旗环保局"), P),
             ("三", "各苏木镇人民政府要", R("各苏木镇人民政府"), P),
         ],
         targets=[("一", "草原禁牧面积", 220, "万亩", 2018), ("一", "草畜平衡面积", 680, "万亩", 2018),
                  ("一", "草原植被盖度", 45, "%", 2018)],
         citations=[]),
]

DEPTS = """
snj_2013_lvyou|林区交通运输局|神农架林区交通运输局|county|high|
snj_2013_lvyou|林区财政局|神农架林区财政局|county|high|
snj_2013_lvyou|林区发展和改革委员会|神农架林区发展和改革委员会|county|low|发展和改革委员会 or 局 in 2013 not checked; as printed
snj_2013_lvyou|林区环境保护局|神农架林区环境保护局|county|high|2013: before 生态环境
snj_2013_lvyou|林区住房和城乡建设局|神农架林区住房和城乡建设局|county|high|
snj_2013_lvyou|林区工商行政管理局|神农架林区工商行政管理局|county|high|2013: before 市场监管
snj_2013_lvyou|林区旅游局|神农架林区旅游局|county|low|旅游局 or 旅游委员会 in 2013 not checked; as printed
snj_2013_lvyou|林区物价局|神农架林区物价局|county|high|
snj_2013_lvyou|房县旅游局|房县旅游局|county|low|十堰市房县, a neighbour; name in 2013 not checked
snj_2013_lvyou|兴山县旅游局|兴山县旅游局|county|low|宜昌市兴山县, a neighbour; name in 2013 not checked
snj_2013_lvyou|林区人力资源和社会保障局|神农架林区人力资源和社会保障局|county|high|
snj_2013_lvyou|林区环保局|神农架林区环境保护局|county|high|short of 林区环境保护局
snj_2013_lvyou|林区交通局|神农架林区交通运输局|county|high|short of 林区交通运输局
snj_2013_lvyou|林区林业管理局|神农架林区林业管理局|county|high|
snj_2013_lvyou|木鱼镇|神农架林区木鱼镇人民政府|township|high|
snj_2013_lvyou|松柏镇|神农架林区松柏镇人民政府|township|high|
snj_2013_lvyou|林区公安局|神农架林区公安局|county|high|
snj_2013_lvyou|湖北省旅游局|湖北省旅游局|provincial|high|2013: before 文化和旅游厅
lf_2022_xiangmu|开发区经济发展局|临汾经济开发区经济发展局|county|high|the zone's own body in its own plan
lf_2022_xiangmu|开发区财政局|临汾经济开发区财政局|county|high|the zone's own body
lf_2022_xiangmu|开发区行政审批局|临汾经济开发区行政审批局|county|high|the zone's own body
lf_2022_xiangmu|市自然资源局|临汾市自然资源局|prefectural|high|the zone's city
lf_2022_xiangmu|开发区规划建设局|临汾经济开发区规划建设局|county|high|the zone's own body
lf_2022_xiangmu|开发区投资促进局|临汾经济开发区投资促进局|county|high|the zone's own body
lf_2022_xiangmu|临汾市商务局|临汾市商务局|prefectural|high|
lf_2022_xiangmu|临汾市生态环境局|临汾市生态环境局|prefectural|high|
lf_2022_xiangmu|开发区安全生产和环境保护局|临汾经济开发区安全生产和环境保护局|county|high|the zone's own body
lf_2022_xiangmu|尧都区人民政府|临汾市尧都区人民政府|county|high|a district printed without its city
lf_2022_xiangmu|尧都区住房和城乡建设局|临汾市尧都区住房和城乡建设局|county|high|a district printed without its city
lf_2022_xiangmu|山西省商务厅|山西省商务厅|provincial|high|
fs_2010_jieneng|市经济和信息化委员会|抚顺市经济和信息化委员会|prefectural|high|
fs_2010_jieneng|市发展和改革委员会|抚顺市发展和改革委员会|prefectural|high|
fs_2010_jieneng|市环境保护局|抚顺市环境保护局|prefectural|high|
fs_2010_jieneng|市经信委|抚顺市经济和信息化委员会|prefectural|high|short of 市经济和信息化委员会
fs_2010_jieneng|市科学技术局|抚顺市科学技术局|prefectural|high|
fs_2010_jieneng|市财政局|抚顺市财政局|prefectural|high|
fs_2010_jieneng|市城乡建设委员会|抚顺市城乡建设委员会|prefectural|low|抚顺's construction body in 2010 not checked; as printed
fs_2010_jieneng|市环保局|抚顺市环境保护局|prefectural|high|short
fs_2010_jieneng|望花区人民政府|抚顺市望花区人民政府|county|high|a district printed without its city
fs_2010_jieneng|市质量技术监督局|抚顺市质量技术监督局|prefectural|high|2010: before 市场监管
fs_2010_jieneng|市统计局|抚顺市统计局|prefectural|high|
fs_2010_jieneng|沈阳市环境保护局|沈阳市环境保护局|prefectural|high|a neighbour
fs_2010_jieneng|本溪市环境保护局|本溪市环境保护局|prefectural|high|a neighbour
fs_2010_jieneng|市发改委|抚顺市发展和改革委员会|prefectural|high|short
fs_2010_jieneng|顺城区人民政府|抚顺市顺城区人民政府|county|high|
fs_2010_jieneng|东洲区人民政府|抚顺市东洲区人民政府|county|high|
fs_2010_jieneng|抚顺县人民政府|抚顺县人民政府|county|high|a county of the city, by its own name
fs_2010_jieneng|辽宁省环境保护厅|辽宁省环境保护厅|provincial|high|
zlq_2018_caoyuan|旗农牧业局|正蓝旗农牧业局|county|high|2018: before the 2019 county reform
zlq_2018_caoyuan|旗财政局|正蓝旗财政局|county|high|
zlq_2018_caoyuan|旗林业局|正蓝旗林业局|county|high|
zlq_2018_caoyuan|旗草原监督管理局|正蓝旗草原监督管理局|county|low|exact name not checked
zlq_2018_caoyuan|旗公安局|正蓝旗公安局|county|high|
zlq_2018_caoyuan|上都镇|正蓝旗上都镇人民政府|township|high|
zlq_2018_caoyuan|桑根达来镇|正蓝旗桑根达来镇人民政府|township|high|
zlq_2018_caoyuan|那日图苏木|正蓝旗那日图苏木人民政府|township|high|a 苏木 printed alone
zlq_2018_caoyuan|多伦县农牧业局|多伦县农牧业局|county|high|a neighbour in the same 盟
zlq_2018_caoyuan|正镶白旗农牧业局|正镶白旗农牧业局|county|high|a neighbour
zlq_2018_caoyuan|锡林郭勒盟农牧业局|锡林郭勒盟农牧业局|prefectural|high|
zlq_2018_caoyuan|旗发展和改革局|正蓝旗发展和改革局|county|high|
zlq_2018_caoyuan|旗环保局|正蓝旗环境保护局|county|high|2018: before 生态环境
"""
