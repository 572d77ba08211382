"""Draw issuers, eras, genres and forms for the made sets places107 … places109 at random (places104's approach: a
LEVEL at random, then an issuer of that level from a hand list typed before the draw; places98's genres and forms
reused). No file under graph/ is read: every list below was typed from our own knowledge before the first draw.

LEVELS: the zones, farms and forest areas earlier rounds never drew (国家级新区, 高新区, 经开区, 综合保税区, 自贸试验区片区,
农垦 (北大荒), 林区/林场 (森工, 伊春), 风景名胜区, 港区), and 地级市 of provinces earlier places sets rarely used (青海, 宁夏,
海南, 西藏, 贵州, 甘肃; cities no earlier set named). The last draw of each seed is a 省直管县 (湖北's 仙桃/天门/潜江,
河南's directly-managed counties), so that the round holds one or more.
The round is drawn at once (three sets of four): nine LEVELS without replacement (so no level comes twice and the
farms and forest areas have their chance), each set's fourth a 省直管县; the ERA of the twelve a shuffled list of six
2010–2017 (before the 2018 reform) and six 2019–2025 (after it), a year at random inside. A zone drawn in a year
before it existed takes its first full year (noted in the README). A first version drew each document's level and
era independently per set (seeds 20261307–09) and gave four of twelve before 2018 and the same 港区 twice; it was
replaced before any document was written.
Usage: ``python draw.py SEED``.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places98" / "src"))
from draw import FORMS, GENRES  # type: ignore[import-not-found]

ERAS = ((2010, 2017), (2019, 2025))
# level -> (issuer, parent place, founded)
HAND = {
    "国家级新区": (("兰州新区", "兰州市", 2012), ("贵安新区", "贵州省 (贵阳市/安顺市)", 2014),
                  ("青岛西海岸新区", "青岛市", 2014), ("湖南湘江新区", "长沙市", 2015), ("南京江北新区", "南京市", 2015),
                  ("福州新区", "福州市", 2015), ("云南滇中新区", "昆明市", 2015), ("哈尔滨新区", "哈尔滨市", 2015)),
    "高新区": (("白银高新技术产业开发区", "白银市", 2010), ("青海国家高新技术产业开发区", "西宁市", 2010),
              ("海口国家高新技术产业开发区", "海口市", 2010), ("安顺高新技术产业开发区", "安顺市", 2010),
              ("酒泉高新技术产业开发区", "酒泉市", 2012), ("铜仁高新技术产业开发区", "铜仁市", 2012)),
    "经开区": (("西宁经济技术开发区", "西宁市", 2010), ("银川经济技术开发区", "银川市", 2010),
              ("酒泉经济技术开发区", "酒泉市", 2013), ("天水经济技术开发区", "天水市", 2010),
              ("金昌经济技术开发区", "金昌市", 2010), ("张掖经济技术开发区", "张掖市", 2013)),
    "综合保税区": (("银川综合保税区", "银川市", 2012), ("兰州新区综合保税区", "兰州市", 2014),
                  ("西宁综合保税区", "西宁市", 2016), ("贵阳综合保税区", "贵阳市", 2013), ("海口综合保税区", "海口市", 2010)),
    "自贸试验区片区": (("中国（湖北）自由贸易试验区宜昌片区", "宜昌市", 2017), ("中国（河南）自由贸易试验区开封片区", "开封市", 2017),
                     ("中国（陕西）自由贸易试验区杨凌示范区片区", "杨凌示范区", 2017),
                     ("中国（黑龙江）自由贸易试验区绥芬河片区", "牡丹江市 (绥芬河市)", 2019),
                     ("中国（云南）自由贸易试验区德宏片区", "德宏州", 2019), ("中国（广西）自由贸易试验区崇左片区", "崇左市", 2019)),
    "农垦": (("北大荒农垦集团八五二农场", "双鸭山市 (宝清县)", 2010), ("黑龙江省建三江农垦分局/建三江分公司", "佳木斯市 (富锦市)", 2010),
             ("北大荒农垦集团友谊农场", "双鸭山市 (友谊县)", 2010), ("九三管理局/九三分公司", "黑河市 (嫩江市)", 2010)),
    "林区/林场": (("内蒙古大兴安岭重点国有林管理局 (内蒙古森工集团)", "呼伦贝尔市", 2010), ("伊春市 (伊春林业管理局)", "黑龙江省", 2010),
                  ("塞罕坝机械林场", "承德市 (围场县)", 2010), ("甘肃省小陇山林业保护中心 (实验局)", "天水市", 2010)),
    "风景名胜区": (("黄山风景区管理委员会", "黄山市", 2010), ("九寨沟风景名胜区管理局", "阿坝州", 2010),
                   ("武陵源风景名胜区管理局", "张家界市", 2010), ("峨眉山风景名胜区管理委员会", "乐山市 (峨眉山市)", 2010),
                   ("崂山风景区管理委员会", "青岛市", 2010), ("鸡公山风景名胜区管理区", "信阳市", 2010)),
    "港区": (("郑州航空港经济综合实验区", "郑州市", 2013), ("宁波梅山保税港区", "宁波市", 2010),
             ("青岛前湾保税港区", "青岛市", 2010), ("钦州保税港区", "钦州市", 2010), ("天津东疆保税港区", "天津市", 2010)),
    "地级市": (("西宁市", "青海省", 2010), ("中卫市", "宁夏回族自治区", 2010), ("三亚市", "海南省", 2010),
               ("三沙市", "海南省", 2012), ("昌都市", "西藏自治区", 2014), ("铜仁市", "贵州省", 2011),
               ("金昌市", "甘肃省", 2010), ("白银市", "甘肃省", 2010), ("平凉市", "甘肃省", 2010),
               ("酒泉市", "甘肃省", 2010), ("庆阳市", "甘肃省", 2010), ("定西市", "甘肃省", 2010), ("张掖市", "甘肃省", 2010)),
}
STRAIGHT = (("仙桃市", "湖北省"), ("天门市", "湖北省"), ("潜江市", "湖北省"), ("巩义市", "河南省"), ("兰考县", "河南省"),
            ("汝州市", "河南省"), ("滑县", "河南省"), ("邓州市", "河南省"), ("永城市", "河南省"), ("固始县", "河南省"),
            ("鹿邑县", "河南省"), ("新蔡县", "河南省"))


def main() -> None:
    rng = random.Random(int(sys.argv[1]))
    levels = rng.sample(sorted(HAND), 9)
    eras = [ERAS[0]] * 6 + [ERAS[1]] * 6
    rng.shuffle(eras)
    for i in range(12):
        if i % 4 == 3:
            level, (name, parent), founded = "省直管县", rng.choice(STRAIGHT), 2010
        else:
            level = levels[i - i // 4]
            name, parent, founded = rng.choice(HAND[level])
        lo, hi = eras[i]
        year = max(rng.randint(lo, hi), founded)
        print(f"places{107 + i // 4}", name, parent, level, year, rng.choice(GENRES), rng.choice(FORMS), sep=" | ")


if __name__ == "__main__":
    main()
