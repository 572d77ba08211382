"""The hand-made answers for tests/made_gold/places59, a fifty-ninth set (written 2026-12-05 from
places none of places/ … places58/ used; see ../places/src/make_gold.py; run it with this folder
as its argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import L, P, R, S  # type: ignore[import-not-found]

DOCS = [
    dict(stem="yyhb_2021_zhifa",
         title="岳阳市生态环境局关于印发2021年全市生态环境执法工作要点任务分工的通知",
         number="岳环发〔2021〕12号", issuer="岳阳市生态环境局", date="2021-03-05",
         tasks=[
             ("一/一", "（一）开展重点", L("市生态环境保护综合行政执法支队") + S("各分局")),
             ("一/二", "（二）推进排污", R("环评与排放管理科")),
             ("一/三", "（三）加强大气", L("大气环境科") + S("平江分局", "岳阳县分局")),
             ("二/一", "（一）做好生态", R("局办公室")),
             ("二/二", "（二）加强执法", R("人事科")),
             ("三", "法规科要", R("法规科"), P),
             ("三", "各直属单位要按照", R("各直属单位"), P),
         ],
         targets=[],
         citations=[]),
    dict(stem="dqfg_2020_zhongdian",
         title="德清县发展和改革局关于印发2020年重点工作任务分解的通知",
         number="德发改〔2020〕8号", issuer="德清县发展和改革局", date="2020-02-20",
         tasks=[
             ("一/一", "（一）推进重大", L("投资科") + S("综合科")),
             ("一/二", "（二）做好重要", R("价格科")),
             ("一/三", "（三）推进长三角", R("区域协调科")),
             ("一/四", "（四）做好粮食", R("粮食和物资储备科")),
             ("二", "局办公室要", R("局办公室"), P),
             ("二", "各科室要按照", R("各科室"), P),
         ],
         targets=[],
         citations=[]),
    dict(stem="nyjy_2018_yaodian",
         title="南阳市教育局关于印发2018年全市教育工作要点任务分工的通知",
         number="宛教〔2018〕15号", issuer="南阳市教育局", date="2018-02-26",
         tasks=[
             ("一/一", "（一）推进学前", R("基础教育科")),
             ("一/二", "（二）发展现代", R("职成教科")),
             ("一/三", "（三）加强教师", L("人事科") + S("师训科")),
             ("一/四", "（四）改善中小学", R("计财科")),
             ("二", "局办公室要", R("局办公室"), P),
             ("二", "各县（市、区）教育局要结合", R("各县（市、区）教育局"), P),
         ],
         targets=[],
         citations=[]),
    dict(stem="bhhc_2023_shichang",
         title="北海市海城区市场监督管理局关于印发2023年市场监管工作要点任务分工的通知",
         number="海城市监〔2023〕6号", issuer="北海市海城区市场监督管理局", date="2023-03-01",
         tasks=[
             ("一/一", "（一）深化商事", R("注册股")),
             ("一/二", "（二）加强食品", L("食品安全股") + S("西街市场监管所")),
             ("一/三", "（三）开展特种", R("特种设备股")),
             ("二", "局办公室要", R("局办公室"), P),
             ("二", "各市场监管所要结合", R("各市场监管所"), P),
         ],
         targets=[],
         citations=[]),
]
