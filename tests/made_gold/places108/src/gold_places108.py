"""The hand-made answers for tests/made_gold/places108 (written 2026-12-06 from issuers, eras, genres and forms drawn at
random by ../../places107/src/draw.py, seed 20261307, see ../README.md; written out by ../../places/src/make_gold.py and
../../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, T, a  # type: ignore[import-not-found]

DOCS = [
    dict(stem="ems_2012_yaodian",
         title="峨眉山风景名胜区管理委员会关于印发2012年景区工作要点的通知",
         number="峨景管发〔2012〕4号", issuer="峨眉山风景名胜区管理委员会", date="2012-03-02",
         tasks=[
             ("二/一", "（一）加强森林防火", L("管委会资源保护局") + S("乐山市林业局", "峨眉山市公安局")),
             ("二/二", "（二）推进景区道路", L("管委会规划建设局") + S("省住房城乡建设厅")),
             ("二/三", "（三）规范景区旅游", L("峨眉山市旅游局") + S("景区管委会办公室", "峨眉山市工商局")),
             ("二/四", "（四）做好世界遗产", L("管委会资源保护局") + S("省林业厅", "省文化厅")),
             ("三", "请省旅游局", G("省旅游局"), P),
             ("三", "管委会财务审计局", R("管委会财务审计局"), P),
         ],
         targets=[("一", "接待游客", 280, "万人次", 2012)],
         citations=[]),
    dict(stem="dz_2017_zhengzhi",
         title="云南滇中新区管理委员会关于印发云南滇中新区违法用地和违法建设专项整治方案的通知",
         number="滇中新区管发〔2017〕12号", issuer="云南滇中新区管理委员会", date="2017-08-09",
         tasks=[
             ("二/一", "（一）全面排查违法", L("新区国土资源局") + S("安宁市人民政府", "嵩明县人民政府")),
             ("二/二", "（二）拆除违法建筑", L("新区规划建设局") + S("新区城市管理综合行政执法局")),
             ("二/三", "（三）查处破坏生态", L("新区环保局") + S("昆明市环保局", "省环境保护厅")),
             ("二/四", "（四）规范土地出让", L("新区财政局", "国土资源局") + S("省国土资源厅")),
             ("三", "新区财政局要保障", R("新区财政局"), P),
             ("三", "请昆明市人民政府", G("昆明市人民政府"), P),
         ],
         targets=[("一", "违法用地案件查处率", 100, "%", 2017)],
         citations=[]),
    dict(stem="dj_2011_yaodian",
         title="天津东疆保税港区管理委员会关于印发2011年工作要点的通知",
         number="津东疆管发〔2011〕2号", issuer="天津东疆保税港区管理委员会", date="2011-01-25",
         tasks=[
             ("二/一", "（一）管委会商务促进局", L("管委会商务促进局") + S("东疆海关"), P),
             ("二/二", "（二）由管委会规划建设局", L("管委会规划建设局") + S("滨海新区环境保护和市容管理局"), P),
             ("二/三", "（三）市发展改革委", G("市发展改革委", "市商务委"), P),
             ("二/四", "（四）天津港（集团）", S("天津港（集团）有限公司"), P),
             ("二/五", "（五）滨海新区人民政府", R("滨海新区人民政府"), P),
             ("三", "管委会财政局要", R("管委会财政局"), P),
         ],
         targets=[("一", "集装箱吞吐量", 200, "万标准箱", 2011)],
         citations=[]),
    dict(stem="xt_2020_yaodian",
         title="仙桃市人民政府关于印发2020年全市优化营商环境工作要点的通知",
         number="仙政发〔2020〕5号", issuer="仙桃市人民政府", date="2020-03-12",
         tasks=[
             ("二", "深化\"放管服\"改革", L("市发改委") + R("市经信局", "市市场监管局"), T),
             ("二", "落实减税降费政策", L("市财政局", "税务局") + R("市人社局"), T),
             ("二", "优化高新区服务", L("仙桃高新区管委会") + R("仙桃市发展和改革委员会"), T),
             ("二", "推进农业农村招商", L("市农业农村局") + R("郑场镇人民政府"), T),
             ("二", "争取省级政策支持", L("市发改委") + R("省发改委"), T),
             ("三", "市生态环境局要", R("市生态环境局"), P),
             ("三", "各镇人民政府、街道办事处要", [a("各镇人民政府、街道办事处", "responsible", True)], P),
         ],
         targets=[("一", "新增市场主体", 1, "万户", 2020)],
         citations=[]),
]

DEPTS = """
ems_2012_yaodian|管委会资源保护局|峨眉山风景名胜区资源保护局|county|low|the issuer's own bureau, with the area's full name; its exact name not checked
ems_2012_yaodian|乐山市林业局|乐山市林业局|prefectural|high|
ems_2012_yaodian|峨眉山市公安局|峨眉山市公安局|county|high|the county-level city of 乐山 the area lies in
ems_2012_yaodian|管委会规划建设局|峨眉山风景名胜区规划建设局|county|low|the issuer's own bureau
ems_2012_yaodian|省住房城乡建设厅|四川省住房和城乡建设厅|provincial|high|short
ems_2012_yaodian|峨眉山市旅游局|峨眉山市旅游局|county|high|2012
ems_2012_yaodian|景区管委会办公室|峨眉山风景名胜区管理委员会办公室|county|low|the issuer's own office
ems_2012_yaodian|峨眉山市工商局|峨眉山市工商行政管理局|county|high|short; before the 2018 reform
ems_2012_yaodian|省林业厅|四川省林业厅|provincial|high|before the 2018 reform
ems_2012_yaodian|省文化厅|四川省文化厅|provincial|high|before the 2018 reform
ems_2012_yaodian|省旅游局|四川省旅游局|provincial|high|2012 (the 旅游发展委员会 from 2014)
ems_2012_yaodian|管委会财务审计局|峨眉山风景名胜区财务审计局|county|low|the issuer's own bureau
dz_2017_zhengzhi|新区国土资源局|云南滇中新区国土资源局|prefectural|low|the new area's own bureau, with its full name; its exact name not checked
dz_2017_zhengzhi|安宁市人民政府|安宁市人民政府|county|high|a county-level city of 昆明 in the new area
dz_2017_zhengzhi|嵩明县人民政府|嵩明县人民政府|county|high|
dz_2017_zhengzhi|新区规划建设局|云南滇中新区规划建设局|prefectural|low|the new area's own bureau
dz_2017_zhengzhi|新区城市管理综合行政执法局|云南滇中新区城市管理综合行政执法局|prefectural|low|the new area's own bureau
dz_2017_zhengzhi|新区环保局|云南滇中新区环境保护局|prefectural|low|short; the new area's own bureau
dz_2017_zhengzhi|昆明市环保局|昆明市环境保护局|prefectural|high|short; before the 2018 reform
dz_2017_zhengzhi|省环境保护厅|云南省环境保护厅|provincial|high|before the 2018 reform
dz_2017_zhengzhi|新区财政局|云南滇中新区财政局|prefectural|low|the new area's own bureau
dz_2017_zhengzhi|国土资源局|云南滇中新区国土资源局|prefectural|low|elided second name: one node with 新区国土资源局
dz_2017_zhengzhi|省国土资源厅|云南省国土资源厅|provincial|high|before the 2018 reform
dz_2017_zhengzhi|昆明市人民政府|昆明市人民政府|prefectural|high|
dj_2011_yaodian|管委会商务促进局|天津东疆保税港区商务促进局|county|low|the issuer's own bureau, with the zone's full name; its exact name not checked
dj_2011_yaodian|东疆海关|东疆海关|county|high|as printed (the 海关 convention)
dj_2011_yaodian|管委会规划建设局|天津东疆保税港区规划建设局|county|low|the issuer's own bureau
dj_2011_yaodian|滨海新区环境保护和市容管理局|天津市滨海新区环境保护和市容管理局|county|low|the district's body with its municipality; its 2011 name not checked
dj_2011_yaodian|市发展改革委|天津市发展和改革委员会|provincial|high|市 of a 天津 zone is the municipality
dj_2011_yaodian|市商务委|天津市商务委员会|provincial|high|2011
dj_2011_yaodian|天津港（集团）有限公司|天津港（集团）有限公司|provincial/enterprise|high|as printed
dj_2011_yaodian|滨海新区人民政府|天津市滨海新区人民政府|county|high|
dj_2011_yaodian|管委会财政局|天津东疆保税港区财政局|county|low|the issuer's own bureau
xt_2020_yaodian|市发改委|仙桃市发展和改革委员会|prefectural|high|a 湖北 city under the province; one node with the full form
xt_2020_yaodian|市经信局|仙桃市经济和信息化局|prefectural|high|short
xt_2020_yaodian|市市场监管局|仙桃市市场监督管理局|prefectural|high|short
xt_2020_yaodian|市财政局|仙桃市财政局|prefectural|high|
xt_2020_yaodian|税务局|国家税务总局仙桃市税务局|prefectural|high|elided second name after 市财政局
xt_2020_yaodian|市人社局|仙桃市人力资源和社会保障局|prefectural|high|short
xt_2020_yaodian|仙桃高新区管委会|仙桃高新技术产业开发区管理委员会|prefectural|high|
xt_2020_yaodian|仙桃市发展和改革委员会|仙桃市发展和改革委员会|prefectural|high|
xt_2020_yaodian|市农业农村局|仙桃市农业农村局|prefectural|high|
xt_2020_yaodian|郑场镇人民政府|仙桃市郑场镇人民政府|township|high|a town of the city
xt_2020_yaodian|省发改委|湖北省发展和改革委员会|provincial|high|
xt_2020_yaodian|市生态环境局|仙桃市生态环境局|prefectural|high|a city under the province keeps its own bureau
"""
