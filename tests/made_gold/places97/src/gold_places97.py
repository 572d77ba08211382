"""The hand-made answers for tests/made_gold/places97 (written 2026-12-05 from places, levels, genres, forms and years
drawn at random by src/draw.py, seed 20261245, see ../README.md; see ../places/src/make_gold.py and
src/write_departments.py; run them with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, a  # type: ignore[import-not-found]

DOCS = [
    dict(stem="snj_2012_fanghuo",
         title="神农架林区人民政府办公室关于印发神农架林区森林防火工作实施方案的通知",
         number="神政办发〔2012〕52号", issuer="神农架林区人民政府办公室", date="2012-10-30",
         tasks=[
             ("二/一", "（一）加强火源管控", L("林区林业管理局") + S("林区民政局", "林区教育局")),
             ("二/二", "（二）建设防火隔离带", L("神农架国家级自然保护区管理局") + S("林区发展和改革委员会")),
             ("二/三", "（三）开展森林火险", L("林区气象局") + S("林区林业管理局")),
             ("二/四", "（四）保障扑火物资", L("林区交通运输局") + S("林区财政局", "林区公安局")),
             ("二/五", "（五）建设林区专业", L("林区公安局") + S("林区人力资源和社会保障局")),
             ("三", "林区卫生局要做好", R("林区卫生局"), P),
             ("三", "阳日镇、新华镇要", R("阳日镇", "新华镇"), P),
             ("三", "由林区林业管理局牵头", L("林区林业管理局") + S("巫山县林业局", "巴东县林业局"), P),
             ("三", "请湖北省林业厅", G("湖北省林业厅"), P),
             ("三", "各乡镇人民政府要落实", R("各乡镇人民政府"), P),
         ],
         targets=[("一", "森林火灾受害率", 0.1, "‰", 2013), ("一", "火灾当日扑灭率", 95, "%", 2013)],
         citations=[]),
    dict(stem="fc_2017_xunhuan",
         title="丰城市人民政府关于印发丰城市循环经济发展三年行动计划（2017—2019年）的通知",
         number="丰府发〔2017〕18号", issuer="丰城市人民政府", date="2017-06-08",
         tasks=[
             ("二/一", "（一）建设国家级资源", L("丰城高新区管委会") + S("市发改委", "市国土资源局")),
             ("二/二", "（二）推进电厂粉煤灰", L("市工业和信息化委员会") + S("市环境保护局", "市科技局")),
             ("二/三", "（三）规范废旧金属", L("市商务局") + S("市公安局", "市工商局")),
             ("二/四", "（四）推广农作物秸秆", L("市农业局") + S("市环保局", "樟树市农业局")),
             ("二/五", "（五）争取循环经济", L("市发展和改革委员会") + S("市财政局", "宜春市工业和信息化委员会")),
             ("三", "市工信委要建立", R("市工信委"), P),
             ("三", "剑光街道、曲江镇要", R("剑光街道", "曲江镇"), P),
             ("三", "由市环保局牵头", L("市环保局") + S("高安市环境保护局"), P),
             ("三", "请江西省发展和改革委员会", G("江西省发展和改革委员会"), P),
             ("三", "各乡镇人民政府、街道办事处要落实", R("各乡镇人民政府、街道办事处"), P),
         ],
         targets=[("一", "资源循环利用产业主营业务收入", 300, "亿元", 2019), ("一", "工业固体废物综合利用率", 85, "%", 2019)],
         citations=[]),
    dict(stem="byne_2011_weihua",
         title="巴彦淖尔经济开发区管理委员会关于印发巴彦淖尔经济开发区危险化学品安全专项整治方案的通知",
         number="巴开管发〔2011〕21号", issuer="巴彦淖尔经济开发区管理委员会", date="2011-05-09",
         tasks=[
             ("二/一", "（一）开展危险化学品企业", L("开发区安全生产监督管理局") + S("市安全生产监督管理局", "开发区经济发展局")),
             ("二/二", "（二）整治危险化学品运输", L("市公安局交通管理支队") + S("开发区安监局")),
             ("二/三", "（三）加强化工企业", L("市环境保护局") + S("开发区环境保护局")),
             ("二/四", "（四）完善园区消防站", L("市公安消防支队") + S("开发区财政局")),
             ("二/五", "（五）落实化工项目", L("开发区规划建设局") + S("临河区安全生产监督管理局")),
             ("三", "开发区经济发展局要建立", R("开发区经济发展局"), P),
             ("三", "开发区安监局要会同", L("开发区安监局") + S("乌拉特后旗安全生产监督管理局"), P),
             ("三", "请内蒙古自治区安全生产监督管理局", G("内蒙古自治区安全生产监督管理局"), P),
             ("三", "开发区各部门要落实", [a("开发区各部门", "responsible", True)], P),
         ],
         targets=[("一", "危险化学品企业安全标准化达标率", 100, "%", 2011), ("一", "重大危险源监控率", 100, "%", 2011)],
         citations=[]),
    dict(stem="ak_2025_fuxi",
         title="安康市人民政府办公室关于印发安康市富硒茶产业高质量发展工作方案的通知",
         number="安政办发〔2025〕7号", issuer="安康市人民政府办公室", date="2025-03-12",
         tasks=[
             ("二/一", "（一）建设标准化生态茶园", L("市农业农村局") + S("市林业局", "市自然资源局")),
             ("二/二", "（二）推进茶叶精深加工", L("市工业和信息化局") + S("市市场监督管理局", "市农业农村局")),
             ("二/三", "（三）加强富硒茶", L("市市场监管局") + S("安康高新区管委会")),
             ("二/四", "（四）发展茶旅融合", L("市文化和旅游广电局") + S("汉滨区人民政府", "平利县人民政府")),
             ("二/五", "（五）拓展茶叶内外贸", L("市商务局") + S("汉中市农业农村局")),
             ("三", "市财政局要统筹", R("市财政局"), P),
             ("三", "紫阳县人民政府、汉阴县人民政府要", R("紫阳县人民政府", "汉阴县人民政府"), P),
             ("三", "由市发展改革委牵头", L("市发展改革委") + S("市农业农村局"), P),
             ("三", "请陕西省农业农村厅", G("陕西省农业农村厅"), P),
             ("三", "各县（市、区）人民政府要落实", R("各县（市、区）人民政府"), P),
         ],
         targets=[("一", "茶园面积", 110, "万亩", 2025), ("一", "茶叶综合产值", 200, "亿元", 2025)],
         citations=[]),
]

DEPTS = """
snj_2012_fanghuo|林区林业管理局|神农架林区林业管理局|county|high|
snj_2012_fanghuo|林区民政局|神农架林区民政局|county|high|
snj_2012_fanghuo|林区教育局|神农架林区教育局|county|high|
snj_2012_fanghuo|神农架国家级自然保护区管理局|神农架国家级自然保护区管理局|provincial|high|as printed
snj_2012_fanghuo|林区发展和改革委员会|神农架林区发展和改革委员会|county|low|委员会 or 局 not checked; as printed
snj_2012_fanghuo|林区气象局|神农架林区气象局|county|high|
snj_2012_fanghuo|林区交通运输局|神农架林区交通运输局|county|high|
snj_2012_fanghuo|林区财政局|神农架林区财政局|county|high|
snj_2012_fanghuo|林区公安局|神农架林区公安局|county|high|
snj_2012_fanghuo|林区人力资源和社会保障局|神农架林区人力资源和社会保障局|county|high|
snj_2012_fanghuo|林区卫生局|神农架林区卫生局|county|high|
snj_2012_fanghuo|阳日镇|神农架林区阳日镇人民政府|township|high|
snj_2012_fanghuo|新华镇|神农架林区新华镇人民政府|township|high|
snj_2012_fanghuo|巫山县林业局|巫山县林业局|county|high|a neighbour in 重庆
snj_2012_fanghuo|巴东县林业局|巴东县林业局|county|high|a neighbour
snj_2012_fanghuo|湖北省林业厅|湖北省林业厅|provincial|high|2012: before 林业局 (2018)
fc_2017_xunhuan|丰城高新区管委会|丰城高新技术产业开发区管理委员会|county|high|
fc_2017_xunhuan|市发改委|丰城市发展和改革委员会|county|high|short
fc_2017_xunhuan|市国土资源局|丰城市国土资源局|county|high|
fc_2017_xunhuan|市工业和信息化委员会|丰城市工业和信息化委员会|county|low|not checked; as printed
fc_2017_xunhuan|市环境保护局|丰城市环境保护局|county|high|
fc_2017_xunhuan|市科技局|丰城市科学技术局|county|low|科技局 or 科学技术局 not checked
fc_2017_xunhuan|市商务局|丰城市商务局|county|high|
fc_2017_xunhuan|市公安局|丰城市公安局|county|high|
fc_2017_xunhuan|市工商局|丰城市工商行政管理局|county|low|whether merged into a 市场和质量监督管理局 by 2017 not checked
fc_2017_xunhuan|市农业局|丰城市农业局|county|high|
fc_2017_xunhuan|市环保局|丰城市环境保护局|county|high|short
fc_2017_xunhuan|樟树市农业局|樟树市农业局|county|high|a neighbour
fc_2017_xunhuan|市发展和改革委员会|丰城市发展和改革委员会|county|high|
fc_2017_xunhuan|市财政局|丰城市财政局|county|high|
fc_2017_xunhuan|宜春市工业和信息化委员会|宜春市工业和信息化委员会|prefectural|high|
fc_2017_xunhuan|市工信委|丰城市工业和信息化委员会|county|low|short of the same body
fc_2017_xunhuan|剑光街道|丰城市剑光街道办事处|township|high|
fc_2017_xunhuan|曲江镇|丰城市曲江镇人民政府|township|high|
fc_2017_xunhuan|高安市环境保护局|高安市环境保护局|county|high|a neighbour
fc_2017_xunhuan|江西省发展和改革委员会|江西省发展和改革委员会|provincial|high|
byne_2011_weihua|开发区安全生产监督管理局|巴彦淖尔经济开发区安全生产监督管理局|county|high|the zone's own body in its own plan
byne_2011_weihua|市安全生产监督管理局|巴彦淖尔市安全生产监督管理局|prefectural|high|
byne_2011_weihua|开发区经济发展局|巴彦淖尔经济开发区经济发展局|county|high|the zone's own body
byne_2011_weihua|市公安局交通管理支队|巴彦淖尔市公安局交通管理支队|prefectural|high|
byne_2011_weihua|开发区安监局|巴彦淖尔经济开发区安全生产监督管理局|county|high|short
byne_2011_weihua|市环境保护局|巴彦淖尔市环境保护局|prefectural|high|
byne_2011_weihua|开发区环境保护局|巴彦淖尔经济开发区环境保护局|county|high|the zone's own body
byne_2011_weihua|市公安消防支队|巴彦淖尔市公安消防支队|prefectural|high|2011: before 消防救援
byne_2011_weihua|开发区财政局|巴彦淖尔经济开发区财政局|county|high|the zone's own body
byne_2011_weihua|开发区规划建设局|巴彦淖尔经济开发区规划建设局|county|high|the zone's own body
byne_2011_weihua|临河区安全生产监督管理局|巴彦淖尔市临河区安全生产监督管理局|county|high|a district printed without its city
byne_2011_weihua|乌拉特后旗安全生产监督管理局|乌拉特后旗安全生产监督管理局|county|high|a banner of the city
byne_2011_weihua|内蒙古自治区安全生产监督管理局|内蒙古自治区安全生产监督管理局|provincial|high|
ak_2025_fuxi|市农业农村局|安康市农业农村局|prefectural|high|
ak_2025_fuxi|市林业局|安康市林业局|prefectural|high|
ak_2025_fuxi|市自然资源局|安康市自然资源局|prefectural|high|
ak_2025_fuxi|市工业和信息化局|安康市工业和信息化局|prefectural|high|
ak_2025_fuxi|市市场监督管理局|安康市市场监督管理局|prefectural|high|
ak_2025_fuxi|市市场监管局|安康市市场监督管理局|prefectural|high|short
ak_2025_fuxi|安康高新区管委会|安康高新技术产业开发区管理委员会|prefectural|high|
ak_2025_fuxi|市文化和旅游广电局|安康市文化和旅游广电局|prefectural|low|not checked; as printed
ak_2025_fuxi|汉滨区人民政府|安康市汉滨区人民政府|county|high|a district printed without its city
ak_2025_fuxi|平利县人民政府|平利县人民政府|county|high|
ak_2025_fuxi|市商务局|安康市商务局|prefectural|high|
ak_2025_fuxi|汉中市农业农村局|汉中市农业农村局|prefectural|high|a neighbour
ak_2025_fuxi|市财政局|安康市财政局|prefectural|high|
ak_2025_fuxi|紫阳县人民政府|紫阳县人民政府|county|high|
ak_2025_fuxi|汉阴县人民政府|汉阴县人民政府|county|high|
ak_2025_fuxi|市发展改革委|安康市发展和改革委员会|prefectural|high|short
ak_2025_fuxi|陕西省农业农村厅|陕西省农业农村厅|provincial|high|
"""
