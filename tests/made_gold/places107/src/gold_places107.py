"""The hand-made answers for tests/made_gold/places107 (written 2026-12-06 from issuers, eras, genres and forms drawn at
random by ./draw.py, seed 20261307, see ../README.md; written out by ../../places/src/make_gold.py and
../../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S  # type: ignore[import-not-found]

DOCS = [
    dict(stem="xn_2014_gaoxin",
         title="青海国家高新技术产业开发区管理委员会关于印发2014年工作要点的通知",
         number="青高新管〔2014〕3号", issuer="青海国家高新技术产业开发区管理委员会", date="2014-02-20",
         tasks=[
             ("二/一", "（一）加快生物医药", L("高新区经发局") + S("高新区财政局", "规划建设局")),
             ("二/二", "（二）做好园区项目", L("西宁市国土资源局") + S("区规划建设局")),
             ("二/三", "（三）推进科技企业", L("市科技局") + S("市发改委", "高新区经济发展局", "省科技厅")),
             ("二/四", "（四）加强园区企业", L("高新区安监局") + S("市安监局", "市工商局")),
             ("二/五", "（五）争取国家级", L("西宁市发展和改革委员会") + S("市经信委")),
             ("三", "高新区财政局要安排", R("高新区财政局"), P),
             ("三", "请省环境保护厅", G("省环境保护厅"), P),
         ],
         targets=[("一", "生物医药产业产值", 60, "亿元", 2014)],
         citations=[]),
    dict(stem="dh_2019_ftz",
         title="中国（云南）自由贸易试验区德宏片区管理委员会关于印发德宏片区建设三年行动计划（2019—2021年）的通知",
         number="德自贸管发〔2019〕2号", issuer="中国（云南）自由贸易试验区德宏片区管理委员会", date="2019-12-16",
         tasks=[
             ("二/一", "（一）片区综合协调局", L("片区综合协调局") + S("片区产业发展局"), P),
             ("二/二", "（二）由瑞丽市商务局", L("瑞丽市商务局") + S("片区产业发展局"), P),
             ("二/三", "（三）州发展改革委", G("州发展改革委"), P),
             ("二/四", "（四）瑞丽海关", S("瑞丽海关"), P),
             ("二/五", "（五）州商务局", R("州商务局", "市场监管局"), P),
             ("三", "请省商务厅", G("省商务厅"), P),
             ("三", "片区财政金融局", R("片区财政金融局"), P),
         ],
         targets=[("一", "新增市场主体", 3000, "户", 2021)],
         citations=[]),
    dict(stem="lzzb_2019_shishi",
         title="兰州新区综合保税区管理委员会关于印发兰州新区综合保税区加工贸易提升实施方案的通知",
         number="兰综保管发〔2019〕7号", issuer="兰州新区综合保税区管理委员会", date="2019-06-05",
         tasks=[
             ("二/一", "（一）引进加工贸易", L("综保区招商局") + S("新区经济发展局")),
             ("二/二", "（二）完善保税仓储", R("综保区规划建设局")),
             ("二/三", "（三）推行通关便利", L("兰州海关") + S("综保区管委会办公室")),
             ("二/四", "（四）落实加工贸易", R("新区税务局", "财政局")),
             ("二/五", "（五）拓展中欧班列", L("市发展改革委") + S("省商务厅", "兰州新区管委会")),
             ("三", "兰州新区经济发展局要", R("兰州新区经济发展局"), P),
             ("三", "综保区招商局要建立", R("综保区招商局"), P),
         ],
         targets=[("一", "进出口总额", 20, "亿元", 2019)],
         citations=[]),
    dict(stem="qj_2013_zhengzhi",
         title="潜江市人民政府办公室关于印发潜江市化工企业安全生产专项整治方案的通知",
         number="潜政办发〔2013〕21号", issuer="潜江市人民政府办公室", date="2013-04-18",
         tasks=[
             ("二/一", "（一）开展化工企业", L("市安监局") + S("市发改委", "经信委")),
             ("二/二", "（二）整治危险化学", L("市公安局") + S("市交通运输局", "园林街道办事处")),
             ("二/三", "（三）规范化工企业", L("市工商局") + S("市质监局")),
             ("二/四", "（四）加强化工园区", L("市环保局") + S("潜江经济开发区管委会", "省环保厅")),
             ("二/五", "（五）推动化工企业", L("潜江市发展和改革委员会") + S("市卫生局")),
             ("三", "市财政局要保障", R("市财政局"), P),
             ("三", "请省安监局", G("省安监局"), P),
         ],
         targets=[("一", "化工企业重大隐患整改率", 100, "%", 2013)],
         citations=[]),
]

DEPTS = """
xn_2014_gaoxin|高新区经发局|青海国家高新技术产业开发区经济发展局|prefectural|high|the zone's own bureau, with the zone's full name (the issuer's)
xn_2014_gaoxin|高新区财政局|青海国家高新技术产业开发区财政局|prefectural|high|the zone's own bureau
xn_2014_gaoxin|规划建设局|青海国家高新技术产业开发区规划建设局|prefectural|low|elided second name of the zone's; its exact name not checked
xn_2014_gaoxin|西宁市国土资源局|西宁市国土资源局|prefectural|high|the zone's city, before the 2018 reform
xn_2014_gaoxin|区规划建设局|青海国家高新技术产业开发区规划建设局|prefectural|low|区 of a zone's plan is the zone; one node with the elided 规划建设局
xn_2014_gaoxin|市科技局|西宁市科学技术局|prefectural|high|the zone lies in 西宁 (the plan prints 西宁市's bodies)
xn_2014_gaoxin|市发改委|西宁市发展和改革委员会|prefectural|high|short; one node with the full form below
xn_2014_gaoxin|高新区经济发展局|青海国家高新技术产业开发区经济发展局|prefectural|high|the full form of 高新区经发局: one node
xn_2014_gaoxin|省科技厅|青海省科学技术厅|provincial|high|
xn_2014_gaoxin|高新区安监局|青海国家高新技术产业开发区安全生产监督管理局|prefectural|low|the zone's own; whether the zone had a separate 安监局 in 2014 not checked
xn_2014_gaoxin|市安监局|西宁市安全生产监督管理局|prefectural|high|before the 2018 reform
xn_2014_gaoxin|市工商局|西宁市工商行政管理局|prefectural|high|before the 2018 reform
xn_2014_gaoxin|西宁市发展和改革委员会|西宁市发展和改革委员会|prefectural|high|
xn_2014_gaoxin|市经信委|西宁市经济和信息化委员会|prefectural|high|short; before the 2018 reform
xn_2014_gaoxin|省环境保护厅|青海省环境保护厅|provincial|high|before the 2018 reform
dh_2019_ftz|片区综合协调局|中国（云南）自由贸易试验区德宏片区综合协调局|prefectural|low|the area's own bureau, with the area's full name; its exact name not checked
dh_2019_ftz|片区产业发展局|中国（云南）自由贸易试验区德宏片区产业发展局|prefectural|low|as above
dh_2019_ftz|瑞丽市商务局|瑞丽市商务局|county|high|the area's county-level city (德宏州)
dh_2019_ftz|州发展改革委|德宏傣族景颇族自治州发展和改革委员会|prefectural|high|州 of the 德宏 area's plan is 德宏州
dh_2019_ftz|瑞丽海关|瑞丽海关|prefectural|high|as printed (the 海关 convention)
dh_2019_ftz|州商务局|德宏傣族景颇族自治州商务局|prefectural|high|
dh_2019_ftz|市场监管局|德宏傣族景颇族自治州市场监督管理局|prefectural|high|elided second name after 州商务局
dh_2019_ftz|省商务厅|云南省商务厅|provincial|high|
dh_2019_ftz|片区财政金融局|中国（云南）自由贸易试验区德宏片区财政金融局|prefectural|low|the area's own bureau; its exact name not checked
lzzb_2019_shishi|综保区招商局|兰州新区综合保税区招商局|prefectural|low|the zone's own bureau, with the zone's full name; its exact name not checked
lzzb_2019_shishi|新区经济发展局|兰州新区经济发展局|prefectural|high|the 国家级新区 that holds the zone
lzzb_2019_shishi|综保区规划建设局|兰州新区综合保税区规划建设局|prefectural|low|the zone's own bureau
lzzb_2019_shishi|兰州海关|兰州海关|provincial|high|
lzzb_2019_shishi|综保区管委会办公室|兰州新区综合保税区管理委员会办公室|prefectural|low|the issuer's own office
lzzb_2019_shishi|新区税务局|国家税务总局兰州新区税务局|prefectural|high|the new area's tax bureau
lzzb_2019_shishi|财政局|兰州新区财政局|prefectural|low|elided second name after 新区税务局; whether 兰州新区 names it 财政局 not checked
lzzb_2019_shishi|市发展改革委|兰州市发展和改革委员会|prefectural|high|the zone's city
lzzb_2019_shishi|省商务厅|甘肃省商务厅|provincial|high|
lzzb_2019_shishi|兰州新区管委会|兰州新区管理委员会|prefectural|high|
lzzb_2019_shishi|兰州新区经济发展局|兰州新区经济发展局|prefectural|high|one node with 新区经济发展局
qj_2013_zhengzhi|市安监局|潜江市安全生产监督管理局|prefectural|high|a 湖北 city under the province; before the 2018 reform
qj_2013_zhengzhi|市发改委|潜江市发展和改革委员会|prefectural|high|short; one node with the full form
qj_2013_zhengzhi|经信委|潜江市经济和信息化委员会|prefectural|high|elided second name
qj_2013_zhengzhi|市公安局|潜江市公安局|prefectural|high|
qj_2013_zhengzhi|市交通运输局|潜江市交通运输局|prefectural|high|
qj_2013_zhengzhi|园林街道办事处|潜江市园林街道办事处|township|high|a street office of the city
qj_2013_zhengzhi|市工商局|潜江市工商行政管理局|prefectural|high|before the 2018 reform
qj_2013_zhengzhi|市质监局|潜江市质量技术监督局|prefectural|high|before the 2018 reform
qj_2013_zhengzhi|市环保局|潜江市环境保护局|prefectural|high|before the 2018 reform
qj_2013_zhengzhi|潜江经济开发区管委会|潜江经济开发区管理委员会|prefectural|high|
qj_2013_zhengzhi|省环保厅|湖北省环境保护厅|provincial|high|before the 2018 reform
qj_2013_zhengzhi|潜江市发展和改革委员会|潜江市发展和改革委员会|prefectural|high|
qj_2013_zhengzhi|市卫生局|潜江市卫生局|prefectural|high|2013, before the 卫生计生 merger of 湖北's cities
qj_2013_zhengzhi|市财政局|潜江市财政局|prefectural|high|
qj_2013_zhengzhi|省安监局|湖北省安全生产监督管理局|provincial|high|before the 2018 reform
"""
