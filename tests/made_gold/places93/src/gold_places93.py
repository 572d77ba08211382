"""The hand-made answers for tests/made_gold/places93 (written 2026-12-05 from places, levels, genres, forms and years
drawn at random by src/draw.py, seed 20261241, see ../README.md; see ../places/src/make_gold.py and
src/write_departments.py; run them with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, T  # type: ignore[import-not-found]

DOCS = [
    dict(stem="qj_2010_hongzao",
         title="清涧县人民政府关于印发清涧县红枣产业提质增效实施方案的通知",
         number="清政发〔2010〕23号", issuer="清涧县人民政府", date="2010-04-26",
         tasks=[
             ("二/一", "（一）实施红枣低产园", L("县林业局") + S("县财政局", "县扶贫开发办公室")),
             ("二/二", "（二）推广红枣防裂果", L("县农业局") + S("县科学技术局", "县气象局")),
             ("二/三", "（三）建设红枣加工园区", L("县发展改革局") + S("县国土资源局", "县工业和商务局")),
             ("二/四", "（四）开展沿黄枣区", L("县水务局") + S("县交通局", "子长县水务局")),
             ("二/五", "（五）加强红枣产品", L("县质量技术监督局") + S("县工商局", "榆林市林业局")),
             ("三", "县扶贫办要将", R("县扶贫办"), P),
             ("三", "宽州镇、石咀驿镇要", R("宽州镇", "石咀驿镇"), P),
             ("三", "由县林业局牵头", L("县林业局") + S("县发改局"), P),
             ("三", "请榆林市农业局", G("榆林市农业局"), P),
             ("三", "各乡镇人民政府要落实", R("各乡镇人民政府"), P),
         ],
         targets=[("一", "红枣经济林面积", 40, "万亩", 2012), ("一", "红枣加工转化率", 30, "%", 2012)],
         citations=[]),
    dict(stem="snj_2011_shipin",
         title="神农架林区人民政府办公室关于印发神农架林区2011年食品安全专项整治方案的通知",
         number="神政办发〔2011〕29号", issuer="神农架林区人民政府办公室", date="2011-05-16",
         tasks=[
             ("二", "整治食品生产加工小作坊", L("林区质量技术监督局") + S("林区工商行政管理局", "林区卫生局"), T),
             ("二", "整治景区餐饮服务单位", L("林区食品药品监督管理局") + S("林区旅游局", "林区卫生局"), T),
             ("二", "整治农村食品市场", L("林区工商局") + S("林区商务局", "林区公安局"), T),
             ("二", "整治农产品种植养殖", L("林区农业局") + S("林区质监局"), T),
             ("二", "整治学校食堂", L("林区教育局") + S("林区食药监局"), T),
             ("三", "林区卫生局要牵头", L("林区卫生局"), P),
             ("三", "松柏镇、阳日镇要", R("松柏镇", "阳日镇"), P),
             ("三", "由林区食品药品监督管理局牵头", L("林区食品药品监督管理局") + S("兴山县食品药品监督管理局"), P),
             ("三", "请湖北省食品药品监督管理局", G("湖北省食品药品监督管理局"), P),
             ("三", "各乡镇人民政府要落实", R("各乡镇人民政府"), P),
         ],
         targets=[("一", "食品生产加工小作坊登记率", 100, "%", 2011),
                  ("一", "景区餐饮单位量化分级管理覆盖率", 90, "%", 2011)],
         citations=[]),
    dict(stem="pzh_2025_fantai",
         title="攀枝花市人民政府办公室关于印发攀枝花市钒钛产业高质量发展2025年工作方案的通知",
         number="攀办发〔2025〕11号", issuer="攀枝花市人民政府办公室", date="2025-02-24",
         tasks=[
             ("二/1", "1.实施钒钛产业链", L("市经济和信息化局") + S("市发展改革委", "钒钛高新区管委会")),
             ("二/2", "2.开展钒钛磁铁矿", L("市科技局") + S("市经信局")),
             ("二/3", "3.保障钒钛重点项目", L("市自然资源和规划局") + S("东区人民政府", "仁和区人民政府")),
             ("二/4", "4.推进钒钛企业", L("市生态环境局") + S("西区人民政府")),
             ("二/5", "5.推动攀西钒钛", L("市发展和改革委员会") + S("凉山州经济和信息化局")),
             ("二/6", "6.拓展钒钛产品", L("市商务局") + S("攀枝花海关")),
             ("三", "市财政局要统筹", R("市财政局"), P),
             ("三", "米易县人民政府、盐边县人民政府要", R("米易县人民政府", "盐边县人民政府"), P),
             ("三", "请四川省经济和信息化厅", G("四川省经济和信息化厅"), P),
             ("三", "各县（区）人民政府要落实", R("各县（区）人民政府"), P),
         ],
         targets=[("一", "钒钛产业营业收入", 1000, "亿元", 2025), ("一", "钒电池储能装机规模", 10, "万千瓦", 2025)],
         citations=[]),
    dict(stem="snj_2021_yesheng",
         title="神农架林区人民政府办公室关于印发神农架林区打击野生动植物非法交易专项整治方案的通知",
         number="神政办发〔2021〕8号", issuer="神农架林区人民政府办公室", date="2021-03-22",
         tasks=[
             ("二/一", "（一）排查野生动物", L("林区林业管理局") + S("林区农业农村局", "林区市场监管局")),
             ("二/二", "（二）开展农贸市场", L("林区市场监督管理局") + S("林区公安局", "林区文化和旅游局")),
             ("二/三", "（三）严厉打击非法猎捕", L("林区公安局") + S("神农架国家公园管理局", "林区交通运输局")),
             ("二/四", "（四）加强野生动物疫源", L("林区农业农村局") + S("林区卫生健康委员会")),
             ("二/五", "（五）开展保护野生动物", L("林区司法局") + S("林区教育局", "房县林业局")),
             ("三", "林区应急管理局要", R("林区应急管理局"), P),
             ("三", "红坪镇、宋洛乡要", R("红坪镇", "宋洛乡"), P),
             ("三", "由林区市场监管局牵头", L("林区市场监管局") + S("兴山县市场监督管理局"), P),
             ("三", "请湖北省林业局", G("湖北省林业局"), P),
             ("三", "各乡镇人民政府要落实", R("各乡镇人民政府"), P),
         ],
         targets=[("一", "野生动物人工繁育场所排查率", 100, "%", 2021), ("一", "市场和网络交易巡查覆盖率", 100, "%", 2021)],
         citations=[]),
]

DEPTS = """
qj_2010_hongzao|县林业局|清涧县林业局|county|high|
qj_2010_hongzao|县财政局|清涧县财政局|county|high|
qj_2010_hongzao|县扶贫开发办公室|清涧县扶贫开发办公室|county|high|
qj_2010_hongzao|县农业局|清涧县农业局|county|high|2010: before 农业农村
qj_2010_hongzao|县科学技术局|清涧县科学技术局|county|high|
qj_2010_hongzao|县气象局|清涧县气象局|county|high|
qj_2010_hongzao|县发展改革局|清涧县发展改革局|county|low|陕西 counties' 发展改革局 / 发展和改革局 in 2010 not checked; as printed
qj_2010_hongzao|县国土资源局|清涧县国土资源局|county|high|
qj_2010_hongzao|县工业和商务局|清涧县工业和商务局|county|low|not checked; as printed
qj_2010_hongzao|县水务局|清涧县水务局|county|high|
qj_2010_hongzao|县交通局|清涧县交通运输局|county|low|交通局 or 交通运输局 in 2010 not checked
qj_2010_hongzao|子长县水务局|子长县水务局|county|high|a neighbour (a 县 until 2019)
qj_2010_hongzao|县质量技术监督局|清涧县质量技术监督局|county|high|
qj_2010_hongzao|县工商局|清涧县工商行政管理局|county|high|
qj_2010_hongzao|榆林市林业局|榆林市林业局|prefectural|high|
qj_2010_hongzao|县扶贫办|清涧县扶贫开发办公室|county|high|short
qj_2010_hongzao|宽州镇|清涧县宽州镇人民政府|township|high|
qj_2010_hongzao|石咀驿镇|清涧县石咀驿镇人民政府|township|high|
qj_2010_hongzao|县发改局|清涧县发展改革局|county|low|short of 县发展改革局 (the same body)
qj_2010_hongzao|榆林市农业局|榆林市农业局|prefectural|high|
snj_2011_shipin|林区质量技术监督局|神农架林区质量技术监督局|county|high|
snj_2011_shipin|林区工商行政管理局|神农架林区工商行政管理局|county|high|
snj_2011_shipin|林区卫生局|神农架林区卫生局|county|high|2011: before 卫计
snj_2011_shipin|林区食品药品监督管理局|神农架林区食品药品监督管理局|county|high|
snj_2011_shipin|林区旅游局|神农架林区旅游局|county|low|not checked; as printed
snj_2011_shipin|林区工商局|神农架林区工商行政管理局|county|high|short
snj_2011_shipin|林区商务局|神农架林区商务局|county|low|not checked; as printed
snj_2011_shipin|林区公安局|神农架林区公安局|county|high|
snj_2011_shipin|林区农业局|神农架林区农业局|county|high|
snj_2011_shipin|林区质监局|神农架林区质量技术监督局|county|high|short
snj_2011_shipin|林区教育局|神农架林区教育局|county|high|
snj_2011_shipin|林区食药监局|神农架林区食品药品监督管理局|county|high|short
snj_2011_shipin|松柏镇|神农架林区松柏镇人民政府|township|high|
snj_2011_shipin|阳日镇|神农架林区阳日镇人民政府|township|high|
snj_2011_shipin|兴山县食品药品监督管理局|兴山县食品药品监督管理局|county|high|a neighbour
snj_2011_shipin|湖北省食品药品监督管理局|湖北省食品药品监督管理局|provincial|high|
pzh_2025_fantai|市经济和信息化局|攀枝花市经济和信息化局|prefectural|high|
pzh_2025_fantai|市发展改革委|攀枝花市发展和改革委员会|prefectural|high|short
pzh_2025_fantai|钒钛高新区管委会|攀枝花钒钛高新技术产业开发区管理委员会|prefectural|low|the zone's formal name not checked
pzh_2025_fantai|市科技局|攀枝花市科学技术局|prefectural|high|
pzh_2025_fantai|市经信局|攀枝花市经济和信息化局|prefectural|high|short
pzh_2025_fantai|市自然资源和规划局|攀枝花市自然资源和规划局|prefectural|high|
pzh_2025_fantai|东区人民政府|攀枝花市东区人民政府|county|high|a district printed without its city
pzh_2025_fantai|仁和区人民政府|攀枝花市仁和区人民政府|county|high|
pzh_2025_fantai|市生态环境局|攀枝花市生态环境局|prefectural|high|
pzh_2025_fantai|西区人民政府|攀枝花市西区人民政府|county|high|
pzh_2025_fantai|市发展和改革委员会|攀枝花市发展和改革委员会|prefectural|high|
pzh_2025_fantai|凉山州经济和信息化局|凉山彝族自治州经济和信息化局|prefectural|high|a neighbouring prefecture
pzh_2025_fantai|市商务局|攀枝花市商务局|prefectural|low|name in 2025 not checked
pzh_2025_fantai|攀枝花海关|攀枝花海关|prefectural/regulator_local_office|high|a subordinate customs office, as printed
pzh_2025_fantai|市财政局|攀枝花市财政局|prefectural|high|
pzh_2025_fantai|米易县人民政府|米易县人民政府|county|high|
pzh_2025_fantai|盐边县人民政府|盐边县人民政府|county|high|
pzh_2025_fantai|四川省经济和信息化厅|四川省经济和信息化厅|provincial|high|
snj_2021_yesheng|林区林业管理局|神农架林区林业管理局|county|low|whether still so named in 2021 not checked
snj_2021_yesheng|林区农业农村局|神农架林区农业农村局|county|high|
snj_2021_yesheng|林区市场监管局|神农架林区市场监督管理局|county|high|short
snj_2021_yesheng|林区市场监督管理局|神农架林区市场监督管理局|county|high|
snj_2021_yesheng|林区公安局|神农架林区公安局|county|high|
snj_2021_yesheng|林区文化和旅游局|神农架林区文化和旅游局|county|low|not checked; as printed
snj_2021_yesheng|神农架国家公园管理局|神农架国家公园管理局|provincial|high|
snj_2021_yesheng|林区交通运输局|神农架林区交通运输局|county|high|
snj_2021_yesheng|林区卫生健康委员会|神农架林区卫生健康委员会|county|low|委员会 or 局 not checked; as printed
snj_2021_yesheng|林区司法局|神农架林区司法局|county|high|
snj_2021_yesheng|林区教育局|神农架林区教育局|county|high|
snj_2021_yesheng|房县林业局|房县林业局|county|low|a neighbour; name in 2021 not checked
snj_2021_yesheng|林区应急管理局|神农架林区应急管理局|county|high|
snj_2021_yesheng|红坪镇|神农架林区红坪镇人民政府|township|high|
snj_2021_yesheng|宋洛乡|神农架林区宋洛乡人民政府|township|high|
snj_2021_yesheng|兴山县市场监督管理局|兴山县市场监督管理局|county|high|a neighbour
snj_2021_yesheng|湖北省林业局|湖北省林业局|provincial|high|
"""
