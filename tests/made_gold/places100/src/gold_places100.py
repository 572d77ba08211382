"""The hand-made answers for tests/made_gold/places100 (written 2026-12-05 from places, levels, eras, genres and forms
drawn at random by ../places98/src/draw.py, seed 20261300, see ../README.md; written out by ../places/src/make_gold.py
and ../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, T  # type: ignore[import-not-found]

DOCS = [
    dict(stem="hld_2019_renju",
         title="葫芦岛市人民政府办公室关于印发葫芦岛市农村人居环境整治工作方案的通知",
         number="葫政办发〔2019〕35号", issuer="葫芦岛市人民政府办公室", date="2019-06-18",
         tasks=[
             ("二/一", "（一）推进农村生活垃圾", L("市住建局") + S("市生态环境局", "市财政局")),
             ("二/二", "（二）推进农村厕所", L("市农业农村局") + S("市卫生健康委")),
             ("二/三", "（三）梯次推进", L("市生态环境局") + S("市水利局", "市住房和城乡建设局")),
             ("二/四", "（四）提升村容村貌", L("市自然资源局") + S("连山区人民政府", "龙港区人民政府")),
             ("二/五", "（五）建立农村人居", L("市发改委") + S("兴城市人民政府", "绥中县人民政府", "建昌县人民政府")),
             ("三", "市财政局要加大", R("市财政局"), P),
             ("三", "由市农业农村局牵头", L("市农业农村局") + S("锦州市农业农村局"), P),
             ("三", "南票区农业农村局要", R("南票区农业农村局"), P),
             ("三", "请辽宁省农业农村厅", G("辽宁省农业农村厅"), P),
             ("三", "各县（市）区人民政府要落实", R("各县（市）区人民政府"), P),
         ],
         targets=[("一", "农村卫生厕所普及率", 80, "%", 2020), ("一", "生活垃圾得到处理的行政村比例", 90, "%", 2020)],
         citations=[]),
    dict(stem="ys_2017_jiankang",
         title="永胜县人民政府办公室关于印发永胜县健康扶贫工作方案的通知",
         number="永政办发〔2017〕41号", issuer="永胜县人民政府办公室", date="2017-04-26",
         tasks=[
             ("二/一", "（一）落实贫困人口", L("县人社局") + S("县民政局", "县财政局")),
             ("二/二", "（二）开展因病致贫", L("县卫计局") + S("县扶贫办")),
             ("二/三", "（三）提升乡镇卫生院", L("县卫生和计划生育局") + S("县发改局", "永北镇", "程海镇")),
             ("二/四", "（四）保障基本药物", L("县食药监局") + S("县卫计局")),
             ("二/五", "（五）开展健康教育", L("县教育局") + S("县残联")),
             ("三", "县财政局要足额", R("县财政局"), P),
             ("三", "由县卫计局牵头", L("县卫计局") + S("华坪县卫生和计划生育局"), P),
             ("三", "请丽江市卫生和计划生育委员会", G("丽江市卫生和计划生育委员会"), P),
             ("三", "各乡（镇）人民政府要落实", R("各乡（镇）人民政府"), P),
         ],
         targets=[("一", "建档立卡贫困人口基本医疗保险参保率", 100, "%", 2017), ("一", "县域内就诊率", 90, "%", 2020)],
         citations=[]),
    dict(stem="cbeh_2023_fanghuo",
         title="陈巴尔虎旗人民政府办公室关于印发陈巴尔虎旗草原森林防灭火工作方案的通知",
         number="陈政办发〔2023〕19号", issuer="陈巴尔虎旗人民政府办公室", date="2023-03-20",
         tasks=[
             ("二", "开展野外火源专项治理", L("旗公安局") + S("旗林草局", "巴彦库仁镇"), T),
             ("二", "建设草原防火隔离带", L("旗林业和草原局") + S("旗交通运输局", "呼和诺尔镇"), T),
             ("二", "加强火险预警监测", L("旗气象局") + S("旗应急管理局"), T),
             ("二", "组建专业扑火队伍", L("旗应急局") + S("旗消防救援大队"), T),
             ("二", "开展边界联防联控", L("旗应急管理局") + S("海拉尔区应急管理局", "鄂温克族自治旗应急管理局",
                                                    "新巴尔虎左旗应急管理局"), T),
             ("三", "旗财政局要保障", R("旗财政局"), P),
             ("三", "由旗林草局牵头", L("旗林草局") + S("旗农牧局"), P),
             ("三", "请呼伦贝尔市应急管理局", G("呼伦贝尔市应急管理局"), P),
             ("三", "各苏木镇人民政府要落实", R("各苏木镇人民政府"), P),
         ],
         targets=[("一", "草原森林火灾当日扑灭率", 95, "%", 2023), ("一", "重点区域视频监控覆盖率", 100, "%", 2023)],
         citations=[]),
    dict(stem="nq_2018_lvyou",
         title="内丘县人民政府关于印发内丘县乡村旅游发展三年行动计划（2018—2020年）的通知",
         number="内政发〔2018〕12号", issuer="内丘县人民政府", date="2018-04-16",
         tasks=[
             ("二/一", "（一）打造扁鹊文化", L("县旅游局") + S("县文广新局", "侯家庄乡")),
             ("二/二", "（二）建设太行山", L("县交通运输局") + S("县国土资源局", "县林业局")),
             ("二/三", "（三）发展休闲农业", L("县农业局") + S("南赛乡")),
             ("二/四", "（四）整治景区周边", L("县环保局") + S("县住建局", "县卫计局")),
             ("二/五", "（五）扶持农家乐", L("县发改局") + S("县财政局", "临城县旅游局")),
             ("三", "县财政局要设立", R("县财政局"), P),
             ("三", "由县林业局牵头", L("县林业局") + S("邢台市林业局"), P),
             ("三", "请河北省林业厅", G("河北省林业厅"), P),
             ("三", "各乡镇人民政府要落实", R("各乡镇人民政府"), P),
         ],
         targets=[("一", "乡村旅游接待游客", 100, "万人次", 2020), ("一", "乡村旅游收入", 5, "亿元", 2020)],
         citations=[]),
    dict(stem="snj_2024_shuzi",
         title="神农架林区人民政府办公室关于印发神农架林区数字经济发展实施方案的通知",
         number="神政办发〔2024〕16号", issuer="神农架林区人民政府办公室", date="2024-08-05",
         tasks=[
             ("二/一", "（一）建设林区数据", L("林区数据局") + S("林区经信局", "林区财政局")),
             ("二/二", "（二）推进智慧景区", L("林区文化和旅游局") + S("木鱼镇", "松柏镇")),
             ("二/三", "（三）发展农特产品", L("林区经济和信息化局") + S("林区市场监管局", "房县经济和信息化局")),
             ("二/四", "（四）建设数字社工", L("林区委社会工作部") + S("林区民政局")),
             ("二/五", "（五）推进公共数据", L("林区数据局") + S("林区发改委")),
             ("三", "林区财政局要统筹", R("林区财政局"), P),
             ("三", "由林区数据局牵头", L("林区数据局") + S("林区经信局"), P),
             ("三", "请湖北省数据局", G("湖北省数据局"), P),
             ("三", "各乡镇人民政府要落实", R("各乡镇人民政府"), P),
         ],
         targets=[("一", "数字经济核心产业增加值", 5, "亿元", 2026), ("一", "5G基站", 300, "个", 2026)],
         citations=[]),
]

DEPTS = """
hld_2019_renju|市住建局|葫芦岛市住房和城乡建设局|prefectural|high|short
hld_2019_renju|市生态环境局|葫芦岛市生态环境局|prefectural|high|2019 reform name
hld_2019_renju|市财政局|葫芦岛市财政局|prefectural|high|
hld_2019_renju|市农业农村局|葫芦岛市农业农村局|prefectural|high|2019 reform name
hld_2019_renju|市卫生健康委|葫芦岛市卫生健康委员会|prefectural|high|short
hld_2019_renju|市水利局|葫芦岛市水利局|prefectural|high|
hld_2019_renju|市住房和城乡建设局|葫芦岛市住房和城乡建设局|prefectural|high|
hld_2019_renju|市自然资源局|葫芦岛市自然资源局|prefectural|high|
hld_2019_renju|连山区人民政府|葫芦岛市连山区人民政府|county|high|a district printed without its city
hld_2019_renju|龙港区人民政府|葫芦岛市龙港区人民政府|county|high|a district printed without its city
hld_2019_renju|市发改委|葫芦岛市发展和改革委员会|prefectural|high|short
hld_2019_renju|兴城市人民政府|兴城市人民政府|county|high|a county-level city
hld_2019_renju|绥中县人民政府|绥中县人民政府|county|high|
hld_2019_renju|建昌县人民政府|建昌县人民政府|county|high|
hld_2019_renju|锦州市农业农村局|锦州市农业农村局|prefectural|high|a neighbour
hld_2019_renju|南票区农业农村局|葫芦岛市南票区农业农村局|county|high|a district printed without its city
hld_2019_renju|辽宁省农业农村厅|辽宁省农业农村厅|provincial|high|
ys_2017_jiankang|县人社局|永胜县人力资源和社会保障局|county|high|short
ys_2017_jiankang|县民政局|永胜县民政局|county|high|
ys_2017_jiankang|县财政局|永胜县财政局|county|high|
ys_2017_jiankang|县卫计局|永胜县卫生和计划生育局|county|high|short; 2017
ys_2017_jiankang|县扶贫办|永胜县扶贫开发办公室|county|high|short
ys_2017_jiankang|县卫生和计划生育局|永胜县卫生和计划生育局|county|high|
ys_2017_jiankang|县发改局|永胜县发展和改革局|county|high|short
ys_2017_jiankang|永北镇|永胜县永北镇人民政府|township|high|the county's seat
ys_2017_jiankang|程海镇|永胜县程海镇人民政府|township|high|
ys_2017_jiankang|县食药监局|永胜县食品药品监督管理局|county|low|short; whether merged into a 市场监督管理局 by 2017 not checked
ys_2017_jiankang|县教育局|永胜县教育局|county|high|
ys_2017_jiankang|县残联|永胜县残疾人联合会|county/peoples_org|high|short
ys_2017_jiankang|华坪县卫生和计划生育局|华坪县卫生和计划生育局|county|high|a neighbour
ys_2017_jiankang|丽江市卫生和计划生育委员会|丽江市卫生和计划生育委员会|prefectural|high|2017
cbeh_2023_fanghuo|旗公安局|陈巴尔虎旗公安局|county|high|
cbeh_2023_fanghuo|旗林草局|陈巴尔虎旗林业和草原局|county|high|short
cbeh_2023_fanghuo|巴彦库仁镇|陈巴尔虎旗巴彦库仁镇人民政府|township|high|the banner's seat
cbeh_2023_fanghuo|旗林业和草原局|陈巴尔虎旗林业和草原局|county|high|
cbeh_2023_fanghuo|旗交通运输局|陈巴尔虎旗交通运输局|county|high|
cbeh_2023_fanghuo|呼和诺尔镇|陈巴尔虎旗呼和诺尔镇人民政府|township|high|
cbeh_2023_fanghuo|旗气象局|陈巴尔虎旗气象局|county|high|
cbeh_2023_fanghuo|旗应急管理局|陈巴尔虎旗应急管理局|county|high|
cbeh_2023_fanghuo|旗应急局|陈巴尔虎旗应急管理局|county|high|short
cbeh_2023_fanghuo|旗消防救援大队|陈巴尔虎旗消防救援大队|county|low|as printed; the 大队 of 呼伦贝尔市消防救援支队
cbeh_2023_fanghuo|海拉尔区应急管理局|呼伦贝尔市海拉尔区应急管理局|county|high|a district printed without its city
cbeh_2023_fanghuo|鄂温克族自治旗应急管理局|鄂温克族自治旗应急管理局|county|high|an 自治旗
cbeh_2023_fanghuo|新巴尔虎左旗应急管理局|新巴尔虎左旗应急管理局|county|high|
cbeh_2023_fanghuo|旗财政局|陈巴尔虎旗财政局|county|high|
cbeh_2023_fanghuo|旗农牧局|陈巴尔虎旗农牧局|county|high|
cbeh_2023_fanghuo|呼伦贝尔市应急管理局|呼伦贝尔市应急管理局|prefectural|high|
nq_2018_lvyou|县旅游局|内丘县旅游局|county|low|2018: the county's tourism body as printed; not checked
nq_2018_lvyou|县文广新局|内丘县文化广电新闻出版局|county|low|short; not checked
nq_2018_lvyou|侯家庄乡|内丘县侯家庄乡人民政府|township|high|
nq_2018_lvyou|县交通运输局|内丘县交通运输局|county|high|
nq_2018_lvyou|县国土资源局|内丘县国土资源局|county|high|2018
nq_2018_lvyou|县林业局|内丘县林业局|county|high|
nq_2018_lvyou|县农业局|内丘县农业局|county|low|农业局 or 农牧局 not checked
nq_2018_lvyou|南赛乡|内丘县南赛乡人民政府|township|high|
nq_2018_lvyou|县环保局|内丘县环境保护局|county|high|short; 2018
nq_2018_lvyou|县住建局|内丘县住房和城乡建设局|county|high|short
nq_2018_lvyou|县卫计局|内丘县卫生和计划生育局|county|high|short; 2018
nq_2018_lvyou|县发改局|内丘县发展和改革局|county|high|short
nq_2018_lvyou|县财政局|内丘县财政局|county|high|
nq_2018_lvyou|临城县旅游局|临城县旅游局|county|low|a neighbour; not checked
nq_2018_lvyou|邢台市林业局|邢台市林业局|prefectural|high|
nq_2018_lvyou|河北省林业厅|河北省林业厅|provincial|high|April 2018: before the province's reform
snj_2024_shuzi|林区数据局|神农架林区数据局|county|low|2024 establishment not checked
snj_2024_shuzi|林区经信局|神农架林区经济和信息化局|county|high|short
snj_2024_shuzi|林区财政局|神农架林区财政局|county|high|
snj_2024_shuzi|林区文化和旅游局|神农架林区文化和旅游局|county|high|
snj_2024_shuzi|木鱼镇|神农架林区木鱼镇人民政府|township|high|
snj_2024_shuzi|松柏镇|神农架林区松柏镇人民政府|township|high|
snj_2024_shuzi|林区经济和信息化局|神农架林区经济和信息化局|county|high|
snj_2024_shuzi|林区市场监管局|神农架林区市场监督管理局|county|high|short
snj_2024_shuzi|房县经济和信息化局|房县经济和信息化局|county|high|a neighbour of 十堰市
snj_2024_shuzi|林区委社会工作部|中共神农架林区委社会工作部|county/party|high|2024 reform
snj_2024_shuzi|林区民政局|神农架林区民政局|county|high|
snj_2024_shuzi|林区发改委|神农架林区发展和改革委员会|county|low|short; 委员会 or 局 not checked (as places97)
snj_2024_shuzi|湖北省数据局|湖北省数据局|provincial|low|2024 reform; establishment date not checked
"""
