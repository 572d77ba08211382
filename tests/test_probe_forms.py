"""Forms a researcher meets that a probe of one city's standard bodies (not a made set) found
unresolved: the offices of a people's congress standing committee and of a CPPCC committee, a
政务服务中心 and a 政务服务和大数据管理局 (after 市, whose 政 opens common words), and the 国防动员办公室
that replaced the 人防办; and (a probe of a county's bodies in 2016 and 2021) a 人武部, a 消防支队/
消防大队 before and after the 2018 reform, 湖南's counties' 文旅广体局, and a district's or county's
生态环境分局 (a branch of its city's bureau since the 2019 reform, as a district's 公安分局). The sentences and places are our own; the expected names are the official
full names."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve

KAIFENG, CHANGSHA_XIAN, HUANGPU = "410200", "430121", "440112"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("市人大常委会办公室", KAIFENG, "开封市人民代表大会常务委员会办公室"),
    ("县人大常委会办公室", CHANGSHA_XIAN, "长沙县人民代表大会常务委员会办公室"),
    ("省人大常委会办公厅", "HA", "河南省人民代表大会常务委员会办公厅"),
    ("市政协办公室", KAIFENG, "中国人民政治协商会议开封市委员会办公室"),
    ("区政协办公室", HUANGPU, "中国人民政治协商会议广州市黄埔区委员会办公室"),
    ("省政协办公厅", "HA", "中国人民政治协商会议河南省委员会办公厅"),
    ("市政务服务中心", KAIFENG, "开封市政务服务中心"),
    ("市政务服务和大数据管理局", KAIFENG, "开封市政务服务和大数据管理局"),
    ("市国动办", KAIFENG, "开封市国防动员办公室"),
])
def test_probe_forms(mention: str, jurisdiction: str, expected: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=2024)
    assert (r.canonical, r.resolved) == (expected, True)


def test_the_committees_themselves_are_unchanged() -> None:
    assert resolve("市政协", jurisdiction=KAIFENG, year=2024).canonical == "中国人民政治协商会议开封市委员会"
    assert resolve("市人大常委会", jurisdiction=KAIFENG, year=2024).canonical == "开封市人民代表大会常务委员会"


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    ("县人武部", CHANGSHA_XIAN, 2021, "长沙县人民武装部"),
    ("县消防大队", CHANGSHA_XIAN, 2016, "长沙县公安消防大队"),
    ("县消防大队", CHANGSHA_XIAN, 2021, "长沙县消防救援大队"),
    ("市消防支队", KAIFENG, 2016, "开封市公安消防支队"),
    ("市消防支队", KAIFENG, 2021, "开封市消防救援支队"),
    ("县文旅广体局", CHANGSHA_XIAN, 2021, "长沙县文化旅游广电体育局"),
    ("县生态环境分局", CHANGSHA_XIAN, 2021, "长沙市生态环境局长沙县分局"),
    ("区生态环境分局", HUANGPU, 2021, "广州市生态环境局黄埔区分局"),
])
def test_probe_forms_of_a_county(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=year)
    assert (r.canonical, r.resolved) == (expected, True)
