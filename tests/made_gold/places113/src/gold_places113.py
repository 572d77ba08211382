"""The hand-made answers for tests/made_gold/places113 (written 2026-12-06 blind, before any run of policykg on these
documents and without reading graph/; see ../README.md; written out by ../../places/src/make_gold.py and
../../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, T  # type: ignore[import-not-found]

DOCS = [
    dict(stem="xa_2019_baiyangdian",
         title="河北雄安新区管理委员会关于印发白洋淀生态环境治理2019年工作要点的通知",
         number="雄安管〔2019〕18号", issuer="河北雄安新区管理委员会", date="2019-03-20",
         tasks=[
             ("二/一", "（一）推进白洋淀", L("生态环境局") + R("安新县人民政府")),
             ("二/二", "（二）实施入淀河流", R("规划建设局") + S("雄县人民政府", "容城县人民政府")),
             ("二/三", "（三）统筹生态治理", L("改革发展局") + S("中国雄安集团")),
             ("二/四", "（四）加强淀区生态", G("省生态环境厅") + R("新区生态环境局")),
             ("二/五", "（五）推进淀区村庄", R("公共服务局", "安新县人民政府")),
             ("三", "改革发展局要会同", L("改革发展局") + S("生态环境局"), P),
             ("三", "请省发展改革委对", G("省发展改革委"), P),
         ],
         targets=[("一", "白洋淀入淀河流水质达标率", 80, "%", 2019)],
         citations=[]),
    dict(stem="pd_2016_laji",
         title="上海市浦东新区人民政府办公室关于印发浦东新区2016年生活垃圾分类减量工作方案的通知",
         number="浦府办〔2016〕42号", issuer="上海市浦东新区人民政府办公室", date="2016-05-10",
         tasks=[
             ("二", "推进居住区垃圾分类全覆盖", L("区环保市容局") + S("各街道办事处"), T),
             ("二", "完善湿垃圾资源化设施", L("区发展改革委") + S("区环保市容局", "区财政局"), T),
             ("二", "推动商务楼宇垃圾减量", L("区商务委") + S("陆家嘴街道办事处"), T),
             ("二", "开展张江地区分类示范", L("张江镇人民政府") + S("区科经委"), T),
             ("二", "落实分类减量资金", L("区财政局") + S("市发展改革委"), T),
             ("三", "区环保市容局要会同", L("区环保市容局") + S("各街道办事处"), P),
             ("三", "请市绿化市容局对", G("市绿化市容局"), P),
         ],
         targets=[("一", "全区生活垃圾分类覆盖居民", 80, "万户", 2016)],
         citations=[]),
    dict(stem="yp_2017_gangkou",
         title="中共洋浦经济开发区工作委员会 洋浦经济开发区管理委员会关于印发2017年港口物流发展工作方案的通知",
         number="洋工发〔2017〕8号", issuer="中共洋浦经济开发区工作委员会、洋浦经济开发区管理委员会",
         date="2017-04-25",
         tasks=[
             ("二/一", "（一）推进洋浦港区", L("规划建设局") + S("洋浦海关", "省港航管理局")),
             ("二/二", "（二）培育港口物流", L("经济发展局") + S("工委办公室")),
             ("二/三", "（三）争取港口建设", L("财政局") + S("省发展改革委", "省财政厅")),
             ("二/四", "（四）协调港区建设", L("儋州市人民政府") + S("规划建设局")),
             ("三", "经济发展局要会同", L("经济发展局") + S("财政局"), P),
             ("三", "请省交通运输厅对", G("省交通运输厅"), P),
         ],
         targets=[("一", "洋浦港货物吞吐量", 5000, "万吨", 2017)],
         citations=[]),
    dict(stem="tc_2021_daqi",
         title="塔城地区行政公署办公室关于印发2021年大气污染防治重点任务分工的通知",
         number="塔地行办发〔2021〕20号", issuer="塔城地区行政公署办公室", date="2021-03-30",
         tasks=[
             ("二/一", "（一）推进冬季清洁",
              L("地区发展改革委") + R("塔城市人民政府", "额敏县人民政府")),
             ("二/二", "（二）加强工业企业", R("地区生态环境局") + S("地区工业和信息化局")),
             ("二/三", "（三）落实大气治理", L("地区财政局") + G("自治州财政局")),
             ("二/四", "（四）开展兵地大气", R("地区生态环境局", "第九师生态环境局")),
             ("三", "地区生态环境局要会同", L("地区生态环境局") + S("各县（市）人民政府"), P),
             ("三", "请自治区生态环境厅对", G("自治区生态环境厅"), P),
         ],
         targets=[("一", "塔城市空气质量优良天数比例", 95, "%", 2021)],
         citations=[]),
    dict(stem="gq_2022_renju",
         title="沂水县高桥镇人民政府关于印发2022年农村人居环境整治提升工作方案的通知",
         number="高政发〔2022〕7号", issuer="沂水县高桥镇人民政府", date="2022-03-14",
         tasks=[
             ("二/一", "（一）推进农村厕所",
              L("镇农业综合服务中心") + G("县农业农村局") + R("各村")),
             ("二/二", "（二）开展农村生活", R("市生态环境局沂水县分局") + S("镇村镇建设办公室")),
             ("二/三", "（三）加强河塘沟渠", G("县水利局") + R("镇水利站")),
             ("二/四", "（四）落实整治资金", R("镇财政所") + S("县财政局")),
             ("三", "镇农业综合服务中心要", L("镇农业综合服务中心") + S("各村"), P),
             ("三", "请县农业农村局对", G("县农业农村局"), P),
         ],
         targets=[("一", "全镇农村卫生厕所普及率", 95, "%", 2022)],
         citations=[]),
]

DEPTS = """
xa_2019_baiyangdian|生态环境局|雄安新区生态环境局|prefectural|low|bare 局 of the new area's own plan: the committee's; its 2019 existence and name not checked (written {zone}X局 since the follow-up of places111–113: docs/readings.md)
xa_2019_baiyangdian|安新县人民政府|安新县人民政府|county|high|a county of 保定市 the new area administers
xa_2019_baiyangdian|规划建设局|雄安新区规划建设局|prefectural|high|the committee's own bureau (written {zone}X局 since the follow-up of places111–113: docs/readings.md)
xa_2019_baiyangdian|雄县人民政府|雄县人民政府|county|high|
xa_2019_baiyangdian|容城县人民政府|容城县人民政府|county|high|
xa_2019_baiyangdian|改革发展局|雄安新区改革发展局|prefectural|high|the new area's own name for its development and reform body (written {zone}X局 since the follow-up of places111–113: docs/readings.md)
xa_2019_baiyangdian|中国雄安集团|中国雄安集团有限公司|provincial/enterprise|high|registered name
xa_2019_baiyangdian|省生态环境厅|河北省生态环境厅|provincial|high|
xa_2019_baiyangdian|新区生态环境局|雄安新区生态环境局|prefectural|low|one node with 生态环境局 (written {zone}X局 since the follow-up of places111–113: docs/readings.md)
xa_2019_baiyangdian|公共服务局|雄安新区公共服务局|prefectural|high|written {zone}X局 since the follow-up of places111–113 (docs/readings.md)
xa_2019_baiyangdian|省发展改革委|河北省发展和改革委员会|provincial|high|
pd_2016_laji|区环保市容局|上海市浦东新区环境保护和市容卫生管理局|county|high|浦东's own body before the 2018 reform
pd_2016_laji|区发展改革委|上海市浦东新区发展和改革委员会|county|high|
pd_2016_laji|区财政局|上海市浦东新区财政局|county|high|
pd_2016_laji|区商务委|上海市浦东新区商务委员会|county|high|
pd_2016_laji|陆家嘴街道办事处|上海市浦东新区陆家嘴街道办事处|township|high|
pd_2016_laji|张江镇人民政府|上海市浦东新区张江镇人民政府|township|high|
pd_2016_laji|区科经委|上海市浦东新区科技和经济委员会|county|low|浦东's own body; its 2016 name not checked
pd_2016_laji|市发展改革委|上海市发展和改革委员会|provincial|high|
pd_2016_laji|市绿化市容局|上海市绿化和市容管理局|provincial|high|
yp_2017_gangkou|规划建设局|洋浦经济开发区规划建设局|prefectural|low|the zone committee's own bureau; its 2017 name not checked (written {zone}X局 since the follow-up of places111–113: docs/readings.md)
yp_2017_gangkou|洋浦海关|洋浦海关|prefectural|low|as printed (under 海口海关)
yp_2017_gangkou|省港航管理局|海南省港航管理局|provincial|low|its 2017 name not checked
yp_2017_gangkou|经济发展局|洋浦经济开发区经济发展局|prefectural|low|the committee's own (written {zone}X局 since the follow-up of places111–113: docs/readings.md)
yp_2017_gangkou|工委办公室|中共洋浦经济开发区工作委员会办公室|prefectural|low|the party working committee's office
yp_2017_gangkou|财政局|洋浦经济开发区财政局|prefectural|low|the committee's own (written {zone}X局 since the follow-up of places111–113: docs/readings.md)
yp_2017_gangkou|省发展改革委|海南省发展和改革委员会|provincial|high|
yp_2017_gangkou|省财政厅|海南省财政厅|provincial|high|
yp_2017_gangkou|儋州市人民政府|儋州市人民政府|prefectural|high|
yp_2017_gangkou|省交通运输厅|海南省交通运输厅|provincial|high|
tc_2021_daqi|地区发展改革委|塔城地区发展和改革委员会|prefectural|high|地区 is 塔城地区
tc_2021_daqi|塔城市人民政府|塔城市人民政府|county|high|
tc_2021_daqi|额敏县人民政府|额敏县人民政府|county|high|
tc_2021_daqi|地区生态环境局|塔城地区生态环境局|prefectural|high|
tc_2021_daqi|地区工业和信息化局|塔城地区工业和信息化局|prefectural|high|
tc_2021_daqi|地区财政局|塔城地区财政局|prefectural|high|
tc_2021_daqi|自治州财政局|伊犁哈萨克自治州财政局|prefectural|high|the 自治州 塔城地区 lies in
tc_2021_daqi|第九师生态环境局|新疆生产建设兵团第九师生态环境局|prefectural|low|its 2021 name not checked
tc_2021_daqi|自治区生态环境厅|新疆维吾尔自治区生态环境厅|provincial|high|
gq_2022_renju|镇农业综合服务中心|沂水县高桥镇农业综合服务中心|township|low|the town's own unit; its exact name not checked
gq_2022_renju|县农业农村局|沂水县农业农村局|county|high|县 of a town's plan is the town's county
gq_2022_renju|市生态环境局沂水县分局|临沂市生态环境局沂水县分局|county|high|市 is the county's city (临沂市)
gq_2022_renju|镇村镇建设办公室|沂水县高桥镇村镇建设办公室|township|low|the town's own
gq_2022_renju|县水利局|沂水县水利局|county|high|
gq_2022_renju|镇水利站|沂水县高桥镇水利站|township|low|the town's own
gq_2022_renju|镇财政所|沂水县高桥镇财政所|township|low|the town's own
gq_2022_renju|县财政局|沂水县财政局|county|high|
"""
