"""Causes found by the blind made sets places111–113 (tests/made_gold/places111 … places113: farm companies, forest
authorities, 矿区/林区/管理区, new areas, a 工委 zone, a 地区 of a 自治州, a town; first run at ef196f7). The places here
are not those of the made documents.

- a 北大荒 farm company gave its plan no place (`省财政厅` bare) and left its own units (`农场财务部`, elided `综合办公室`) and
  its group's (`集团公司农业发展部`, `红兴隆分公司`) bare: farms not named after their county are listed with it
  (`zone_places.csv`), a farm's own plan writes `农场X` with the farm's full name, and its group's units with the group's
  registered name (`rules.toml [scope] farm_groups`);
- a 农垦局 (广东's regional farm bureaus) names its own sections like a forestry bureau (`[scope] named_issuer_heads`);
- a zone's 工委 and 管委会 issuing together were no zone's own plan, and a bare `财政局` in a zone's plan was its city's: a joint
  notice of one zone's two organs is the zone's, and a name printed bare in a zone's own plan is the zone's unless it
  stands elided after another place's body (`州商务局、市场监管局`, places107); `工委办公室` is the zone's 工委's;
- 湖南's 管理区 (屈原管理区, 大通湖区) were no divisions: their bodies lacked their city and their towns were bare
  (`scripts/build_divisions.py` `_EXTRA`);
- a 地区 inside an autonomous prefecture (塔城地区, 阿勒泰地区) prints that prefecture's bodies after 自治州 or 州
  (`[places] prefectures_within`);
- short forms no template knew: `环保市容局`, `科经委` (`bodies.csv`), and three groups by their registered names
  (`departments.csv`: 阳煤集团, 吉林森工, 雄安集团);
- `请建三江分公司对…给予指导` was no prose task: a branch company by its own name is a named unit (`[prose] named_heads`).

The lead's follow-up: `林管局X处` in a forestry bureau's notice whose name prints its parent 林管局 is the parent's
(`graph/departments/written_out.parent_unit`); `第九师生态环境局` carries the Corps (`graph/departments/corps.corps_division_body`);
a zone's bureau in every printed form is one node (tests/test_zone_bureaus.py).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from plan_text import write_notice

import graph
from graph.resolve import _resolve_packaged


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    folder = tmp_path_factory.mktemp("places111")
    docs = [
        write_notice(folder, "a_farm", "北大荒集团黑龙江友谊农场有限公司", "2022年3月1日",
                     "一、重点任务\n（一）推进秸秆还田。\n牵头单位：农场财务部\n配合单位：综合办公室、县自然资源局\n"
                     "（二）争取项目资金。\n牵头单位：集团公司农业发展部\n配合单位：红兴隆分公司、省农业农村厅\n"
                     "二、保障措施\n请红兴隆分公司对秸秆还田工作给予指导。"),
        write_notice(folder, "b_bureau", "广东省阳江农垦局", "2020年6月1日",
                     "一、主要任务\n（一）开展安全检查。（局财务处牵头，机关服务中心配合）"),
        write_notice(folder, "c_zone", "中共井冈山经济技术开发区工作委员会、井冈山经济技术开发区管理委员会", "2019年4月1日",
                     "一、主要任务\n（一）培育物流企业。（财政局牵头，工委办公室、省财政厅配合）\n"
                     "（二）规范市场秩序。（市商务局、市场监管局负责）"),
        write_notice(folder, "d_area", "益阳市大通湖区管理委员会办公室", "2021年3月1日",
                     "一、主要任务\n（一）建设高标准农田。（区农业农村局牵头，区财政局、河坝镇人民政府配合）"),
        write_notice(folder, "e_new_area", "河北雄安新区管理委员会", "2020年5月1日",
                     "一、主要任务\n（一）统筹项目资金。（财政局牵头，新区财政局、公共服务局配合）"),
        write_notice(folder, "f_forest", "黑龙江省伊春林业管理局双丰林业局", "2016年4月1日",
                     "一、主要任务\n（一）开展森林防火检查。（局资源科牵头，林管局资源处、林管局营林处配合）"),
    ]
    return graph.query_df(graph.build_graph(docs), "responsibilities")


@pytest.fixture(scope="module")
def got(built: pd.DataFrame) -> set[tuple[str, str, str]]:
    df = built
    return {(Path(s).stem, m, d) for s, m, d in zip(df["source"], df["mention"], df["department"], strict=True)}


def test_a_farm_companys_place_units_and_group(got: set[tuple[str, str, str]]) -> None:
    farm = "北大荒集团黑龙江友谊农场有限公司"
    assert ("a_farm", "农场财务部", farm + "财务部") in got
    assert ("a_farm", "综合办公室", farm + "综合办公室") in got  # elided after the farm's own unit
    assert ("a_farm", "县自然资源局", "友谊县自然资源局") in got  # the county the farm lies in
    assert ("a_farm", "省农业农村厅", "黑龙江省农业农村厅") in got
    assert ("a_farm", "集团公司农业发展部", "北大荒农垦集团有限公司农业发展部") in got
    assert ("a_farm", "红兴隆分公司", "北大荒农垦集团有限公司红兴隆分公司") in got


def test_a_branch_company_as_a_prose_subject(built: pd.DataFrame) -> None:
    # 请红兴隆分公司对…给予指导: a branch company by its own name is a unit of running text ([prose] named_heads)
    rows = built[(built["mention"] == "红兴隆分公司") & (built["form"] == "prose")]
    assert list(rows["role"]) == ["guide"]
    assert list(rows["department"]) == ["北大荒农垦集团有限公司红兴隆分公司"]


def test_a_farm_bureaus_own_sections(got: set[tuple[str, str, str]]) -> None:
    assert ("b_bureau", "局财务处", "广东省阳江农垦局财务处") in got
    assert ("b_bureau", "机关服务中心", "广东省阳江农垦局机关服务中心") in got


def test_a_zones_working_committee_and_committee(got: set[tuple[str, str, str]]) -> None:
    assert ("c_zone", "财政局", "井冈山经济技术开发区财政局") in got  # printed bare: the zone's, not 吉安市's
    assert ("c_zone", "工委办公室", "中共井冈山经济技术开发区工作委员会办公室") in got
    assert ("c_zone", "省财政厅", "江西省财政厅") in got
    # elided after the city's body: the city's (places107's reading), as before
    assert ("c_zone", "市场监管局", "吉安市市场监督管理局") in got


def test_a_management_areas_bodies_and_towns(got: set[tuple[str, str, str]]) -> None:
    assert ("d_area", "区农业农村局", "益阳市大通湖区农业农村局") in got
    assert ("d_area", "河坝镇人民政府", "益阳市大通湖区河坝镇人民政府") in got


def test_a_new_area_that_is_a_division_is_one_place(got: set[tuple[str, str, str]]) -> None:
    # 雄安新区 is a division (its template bodies) and a committee's zone (河北雄安新区): one node for one bureau
    finance = {d for s, m, d in got if s == "e_new_area" and m in ("财政局", "新区财政局")}
    assert finance == {"雄安新区财政局"}
    assert ("e_new_area", "公共服务局", "雄安新区公共服务局") in got  # the committee's own, printed bare


@pytest.mark.parametrize(("mention", "place", "year", "full"), [
    ("区财政局", "430671", 2021, "岳阳市屈原管理区财政局"),
    ("自治州发展改革委", "654300", 2021, "伊犁哈萨克自治州发展和改革委员会"),  # 阿勒泰地区's plan
    ("州财政局", "654321", 2021, "伊犁哈萨克自治州财政局"),  # a county of 阿勒泰地区
    ("州财政局", "652300", 2021, "昌吉回族自治州财政局"),  # an autonomous prefecture's own, as before
    ("地区财政局", "654300", 2021, "阿勒泰地区财政局"),
    ("区科经委", "310112", 2016, "上海市闵行区科技和经济委员会"),
    ("区环保市容局", "310112", 2016, "上海市闵行区环境保护和市容卫生管理局"),
    ("吉林森工", "220000", 2017, "中国吉林森林工业集团有限责任公司"),
    ("雄安集团", "133100", 2020, "中国雄安集团有限公司"),
    ("阳煤集团", "140300", 2017, "阳泉煤业（集团）有限责任公司"),
    # a Corps division's bureau printed without the Corps (the lead's follow-up): with it, as the division is
    ("第十二师生态环境局", "650100", 2021, "新疆生产建设兵团第十二师生态环境局"),
    ("兵团第四师财政局", "654000", 2013, "新疆生产建设兵团第四师财政局"),  # before 可克达拉市 (2015)
])
def test_names_written_out(mention: str, place: str, year: int, full: str) -> None:
    assert _resolve_packaged(mention, place, year).canonical == full


def test_a_section_of_the_issuers_parent(got: set[tuple[str, str, str]]) -> None:
    # 林管局X处 in the notice of a forestry bureau whose name prints its parent 林业管理局: the parent's (the lead's follow-up)
    assert ("f_forest", "林管局资源处", "黑龙江省伊春林业管理局资源处") in got
    assert ("f_forest", "林管局营林处", "黑龙江省伊春林业管理局营林处") in got
    assert ("f_forest", "局资源科", "黑龙江省伊春林业管理局双丰林业局资源科") in got  # the issuer's own, as before
