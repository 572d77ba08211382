"""The made gold of places the development never used (tests/made_gold/places, places2, places3,
places4 … places15; see docs/made-eval.md): seventy-eight documents we wrote ourselves, built with the
installed ``policykg`` and scored by the project's unchanged scorer (run_eval.sh), and their canonical departments
against the hand-made tables. The levels reached must not slip."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from made_scores import score

MADE = Path(__file__).resolve().parent / "made_gold"

# measured 2026-12-04 after the fixes of branch newplaces: (distinct named mentions, named
# assignment rows) right, of (210, 237), (98, 102), (66, 70), (91, 103) and (101, 108). First
# runs: places 169/210 and 185/237 before any fix; places2, written after the first fixes, 94/98
# and 98/102; places3, written after the fixes for places2, 60/66 and 64/70; places4, written
# after the fixes for places3, 81/91 and 92/103; places5, written after the fixes for places4,
# 94/101 and 101/108 (95/101, 102/108 with its corrected 统战部 row); places6 and places7, written
# together after those fixes: places6 100/109 and 109/119 on the code of main 13bd6c2, places7
# 103/115 (one prose mention not found) and 105/119 on the code fixed for places6 (2ddd1b1). After
# their fixes: (106, 115) of (109, 119) and (108, 112) of (116, 120). places8, written after all
# those fixes (and a probe's), first run 80/88 (one prose mention not found) and 84/94 on e96fe22;
# after its fixes (86, 92) of (89, 95). places9, written after all those fixes, first run 80/83 and
# 81/84 on 5b1e69e; after its fixes (83, 84) of (83, 84), and places7 (109, 113) (柳州供电局).
# places10, written after all those fixes, first run 63/72 (one prose mention not found) and 64/73
# on 46fbf3a; after its fixes (67, 68) of (72, 73).
AT_LEAST = {"places": (208, 235), "places2": (98, 102), "places3": (65, 69), "places4": (89, 101),
            "places5": (101, 108), "places6": (107, 116), "places7": (110, 114), "places8": (86, 92),
            "places9": (83, 84), "places10": (68, 69), "places11": (85, 89),
            "places12": (91, 97), "places13": (77, 82), "places14": (51, 53),
            "places15": (93, 107),
            "places16": (91, 106),
            "places17": (120, 136),
            "places18": (106, 117),
            "places19": (113, 123),
            "places20": (85, 95),
            "places21": (121, 178),
            "places22": (118, 150),
            "places23": (85, 121),
            "places24": (78, 116),
            "places25": (61, 85),
            "places26": (63, 85),
            "places27": (80, 103),
            "places28": (78, 102),
            "places29": (67, 91),
            "places30": (59, 80),
            "places31": (57, 77),
            "places32": (38, 50),
            "places33": (59, 64),
            "places34": (51, 55),
            "places35": (32, 34),
            "places36": (57, 58),
            "places37": (67, 72),
            "places38": (54, 54),
            "places39": (58, 59),
            "places40": (56, 57),
            "places41": (57, 58),
            "places42": (47, 48),
            "places43": (56, 56),
            "places44": (51, 51),
            "places45": (49, 50),
            "places46": (45, 45),
            "places47": (45, 45),
            "places48": (40, 40),
            "places49": (52, 53),
            "places50": (51, 51),
            "places51": (52, 55),
            "places52": (53, 53),
            "places53": (48, 49),
            "places54": (45, 45),
            "places55": (36, 37),
            "places56": (46, 46),
            "places57": (34, 34),
            "places58": (34, 35),
            "places59": (25, 25),
            "places60": (42, 42),
            "places61": (34, 34),
            "places62": (43, 45),
            "places63": (42, 45),
            "places64": (44, 46),
            "places65": (45, 49),
            "places66": (46, 48),
            "places67": (43, 46),
            "places68": (42, 47),
            "places69": (42, 46),
            "places70": (38, 42),
            "places71": (45, 47),
            "places72": (42, 61),
            "places73": (56, 81),
            "places74": (43, 57),
            "places75": (57, 77),
            "places76": (57, 74),
            "places77": (50, 54),
            "places78": (49, 53),
            "places79": (42, 46),
            "places80": (42, 43),
            "places81": (40, 43),
            "places82": (28, 32),
            "places83": (39, 44),
            "places84": (48, 51),
            "places85": (44, 53),
            "places86": (37, 45),
            "places87": (41, 49),
            "places88": (48, 51),
            "places89": (51, 60),
            "places90": (49, 51),
            "places91": (39, 50),
            "places92": (61, 70),
            "places93": (69, 76),
            "places94": (70, 74),
            "places95": (61, 66),
            "places96": (62, 70),
            "places97": (66, 74),
            "places98": (68, 83),
            "places99": (72, 84),
            "places100": (76, 90),
            "places101": (61, 66),
            "places102": (69, 81),
            "places103": (64, 69),
            "places104": (39, 40),
            "places105": (46, 49),
            "places106": (53, 55),
            "places107": (50, 53),
            "places108": (44, 47),
            "places109": (40, 41),
            "places110": (44, 54),
            "places111": (46, 53),
            "places112": (47, 62),
            "places113": (47, 60),
            "places114": (46, 47),
            "places115": (41, 42),
            "places116": (51, 52),
            "forms204": (80, 128)}
# places111 … places113, a blind round chosen by hand for issue #13 (北大荒/广东 farm companies and bureaus, a Corps regiment,
# 森工 forestry bureaus, 矿区, 林区, 管理区, two joint notices of two places, 雄安, 浦东, a 工委-run zone, 塔城地区 of 伊犁州, a town),
# committed at 9cc4124 before their first runs on ef196f7: 31/48, 35/48, 29/47 of all rows (high 17/20, 33/41, 24/33: a farm
# company gave no place nor its own units, 管理区 were no divisions, a zone's 工委 and 管委会 together no zone's plan, 自治州X in a
# 地区's plan bare, 环保市容局/科经委 and three groups not known). After the fixes of tests/test_places111_causes.py the levels
# above, and places110's farm rows; after the lead's follow-up (tests/test_zone_bureaus.py: a zone's bureau one node {zone}X局 in
# every printed form, places113's gold rewritten to it; 林管局X处 the parent's; 第九师X with the Corps) places108, 111 and 113 as
# above; left: a town of a co-issuer (贾庄镇), 局防火办, 林管局计财处 (计划财务处 not written out).
# places114 … places116 (places renamed, merged or raised across the years, each read before and after: 襄樊/襄阳, 思茅/普洱,
# 日喀则地区/市, 巢湖 prefecture/county-level city, 莱芜/济南市莱芜区, 富阳市/区, 邹平市; chosen by hand), committed at 026ff1b
# before their first run on b1f9323: 28/46, 29/47 (襄樊's old name unknown, 思茅 read as 普洱, its renamed district and county
# bare); 40/41, 41/42 (居巢区 bare; and the 2010 prefecture's bodies one node with the 2016 county-level city's); 51/51, 52/52.
# After the dated place changes (graph/data/place_changes.csv, tests/test_places114_causes.py) the levels above.
# forms204 (four 国务院办公厅 task-division notices of 2010, 2015, 2019, 2024 in short central names across the 2008, 2013,
# 2018 and 2023 reforms; docs/made-eval-forms.md "Round 204"), committed at 69f08ac before its first run: 80/80 and 128/128.
# places110 (a 北大荒 farm company, a 森工 forestry bureau, 三沙市, 厦门市海沧区; chosen by hand), committed at 9951d05 before its
# first run on 4588527: 30/45 and 36/55 (a farm company as issuer gives no place; a forestry bureau's own 局X科 and elided X科
# left bare, so one section was two printed nodes; 三沙's 南沙区 read as 广州's, 西沙区 bare). After the forestry bureau's and 三沙's
# districts' fixes (tests/test_places110_causes.py) the level above; SPLIT lets a set hold a known split (none now). docs/made-eval.md.
# places107 … places109, a blind round of zones (高新区, 经开区, 综合保税区, 自贸试验区片区, 国家级新区, 保税港区, 风景名胜区), a forest
# authority, 金昌市 and three 省直管县 (tests/made_gold/places107/src/draw.py, seed 20261307), committed at 83c1593 before
# their first runs on that code: 33/48 (2 not named), 34/49; 31/41 (4 not named), 33/44; 37/46 (2 not named), 38/47 (a zone
# not named after its city gave no place, a free-trade area none, a new area's bodies in its bonded zone's plan, names elided
# after a zone's bodies, 经发局, 管委会X/片区X/综保区X in prose). After the fixes of tests/test_places107_causes.py the levels
# above; left: low rows of ours (管委会X局: the tool wrote …管理委员会X局, we wrote the zone's name alone, read so since the
# follow-up of places111–113; 景区管委会办公室;
# 林管局X and 根河林业局 of a forest authority's own plan) and one high row (a town in a zone's plan, 社棠镇人民政府, bare);
# not found in prose: 国家林业和草原局驻内蒙古自治区森林资源监督专员办事处 (cut at 驻; 金川集团股份有限公司, cut to 金川集团股 at the
# first run, is read since: [prose.units] named_heads).
# places104 … places106, issuers drawn at random from levels rarely met (乡镇/民族乡/苏木/街道, a Corps regiment, 特区, 地区,
# 自治旗, 直辖市's districts, county-level cities sharing a short name; two joint notices; tests/made_gold/places104/src/draw.py,
# seeds 20261304 … 20261306), committed at ab4950d before their first runs on that code: 33/41, 34/42; 31/47, 34/50;
# 43/54, 45/56 (a town's, 民族乡's, street office's and regiment's own units and 师市 bodies left bare, joint notices'
# 市X/县X/地区X/师市X read as the place holding both, 辉苏木, 北京's 区规划自然资源分局). After the fixes of
# tests/test_places104_causes.py the levels above; left: low rows of ours (镇综合执法办, 冲赛康社区居委会, 地区供销社, 旗文体广电局)
# and places106's prose 请X对…给予支持 (ours support, the project's written reading responsible).
# places101 … places103, issuers drawn at random only from the provinces, 区, 自治县 and county-level cities, years
# 2012–2017, 2018–2022, 2023–2025 (tests/made_gold/places101/src/draw.py, seeds 20261301 … 20261303), committed at
# 137db6c before their first runs on that code: 61/62, 66/67; 68/69 (1 not named), 80/80; 64/64, 69/69 (an autonomous
# county printed short after 会同 in prose, 围场县林业和草原局, was no unit). After the fix of
# tests/test_places101_causes.py the levels above; left: a low row of ours (邕宁区's 区委社会工作部: we wrote 区委员会).
# places98 … places100, their levels (旗, 自治州, 盟, 特区, 林区, a 开发区, 县, 县级市, 地级市), places and eras (2010–2017,
# 2018–2019, 2023–2024) drawn at random from graph/data/divisions.csv's names (tests/made_gold/places98/src/draw.py,
# seeds 20261298 … 20261300), committed at e3d686b before their first runs on that code: 60/67 of named rows (2 not
# named), 75/82; 72/73, 84/85; 76/76, 90/90 (a zone not named after its city, 井冈山经济技术开发区, left its city's
# relative bodies unplaced; a field line of towns and a 苏木 lost; 甘孜州's body no template knows kept as printed).
# After the fixes of tests/test_places98_causes.py the levels above; left: low rows of ours (翁牛特旗's 旗教体局, 旗城管局).
# places92 … places97, their levels (林区, 开发区, 旗, 自治县, 县, county-level cities, prefectures), places, eras (2010–2018,
# 2019–2025), genres and forms drawn at random (tests/made_gold/places92/src/draw.py, seeds 20261240 … 20261245),
# committed at c18b63b before their first runs on that code: 55/55 of named rows (6 not named), 60/60; 68/71, 75/78;
# 70/72, 74/77; 60/60 (1 not named), 65/65; 55/55 (7 not named), 61/61; 61/61 (5 not named), 67/67 (a zone's own
# bodies in clauses and cells lost, 会同县公安局查处 read as a division, a Corps division-city's body after 会同). After the
# fixes of tests/test_ninetysecond_places.py the levels above; left: low rows of ours (清涧's 县发展改革局 / 县发改局,
# 抚远's 市口岸办, 宁波港集团). places56 (46, 46) since a zone printed by its own name carries its city's (稀土高新区管委会).
# places88 … places91, their places, genres, forms (clause, field, table, prose) and years (2012–2025) drawn at random from
# cpca 0.5.5's division list (tests/made_gold/places88/src/draw.py, seeds 20261230 … 20261233), committed at e03925f
# before their first runs on that code: 47/48, 50/51; 51/54, 60/64; 48/50, 50/52; 39/39, 50/50 (prose named F1 0.905,
# 0.842, 0.889, 0.885: 请X对…给予指导 read as responsible). After the fixes of tests/test_eightyeighth_places.py the levels
# above (prose 1.000); left: low rows of ours (东西湖区's 区城管局, 区国土规划分局, 区工商分局, 永兴经开区管委会).
# places84 … places87, their places drawn at random from cpca 0.5.5's division list (tests/made_gold/places84/src/draw.py,
# seeds 20261220 … 20261223), committed at b78ca51 before their first runs on that code: 46/47, 49/50 (2 not named);
# 42/44, 51/53 (2 not named); 36/37, 44/45; 41/42, 49/50. After the fixes of tests/test_eightyfourth_places.py the levels
# above; left: low rows of ours (县供销社, 晋中开发区管委会), 贵安新区管委会 (ours 贵安新区管理委员会, the tool's 贵州贵安新区管理委员会),
# and prose after a numbered clause item (ours at the section's path, the tool's at the item's: see docs/made-eval.md).
# places23 (85, 121), its one prose mention not found (派镇要…, a town of one character) found since the places84–87 fixes.
# places78 … places83, hand-picked levels (autonomous prefectures and counties, a 旗, two Corps divisions, a 盟's city,
# districts of 重庆 and 哈尔滨, two new areas' own plans, a township's own plan), committed at 9213ed8 before their first
# runs on that code: 49/50, 53/54; 39/45, 43/46; 36/43, 37/42; 39/43, 42/46; 1/31, 1/34; 39/41, 44/46. After the fixes
# of tests/test_seventyeighth_places.py the levels above; left: low rows of ours. The three 海关 rows of places80 and
# places82 (ours 中华人民共和国X海关) corrected after the run to the dev gold's written convention (prefix omitted).
# places49 … places59, written on branch newplaces after places48's fix, each committed before its first run, first
# runs (distinct named mentions right, rows right): places49 51/53, 52/54 (267ebd1); places50 49/52, 49/52 (30d5018);
# places51 52/53, 55/56 (125d34f, after the fixes of 49 and 50); places52 53/53, 53/53; places53 37/49 (one prose
# mention not found: 市委党校要…), 38/49 (44f8174); places54 14/45, 14/45 (7311533); places55 4/36, 4/37 (37d1000;
# targets 3/4, and its gold's 各街道办事处、彭浦镇人民政府 read as two mentions after the run); places56 38/46, 38/46
# (a029d1e); places57 17/34, 17/34 (f7a2fbb); places58 34/34, 35/35 (d883928); places59 20/25 (one table row not
# found: 注册股负责), 20/24 (37368ba). After the fixes (see docs/made-eval.md, places49 to places59) the levels
# above; left: low rows of ours (人行科左中旗支行, 陇南电信分公司, 三河's 市城管局, 溧水's 县委农工办) and 稀土高新区管委会 (a
# zone by its own name without its city). places60, written after all those fixes, first run 40/42, 40/42 (024e8ae: 市委科技办
# twice); after its fix (42, 42). places61, first run 34/34, 34/34 (295993e; one 文号 read without its 即).
# places62, its four places drawn at random (seed 20261205), first run 43/44, 45/46 (7022b5c's gold on the code of
# f953822; the miss 藁城区's 区自然资源和规划局, a low row of ours).
# places63, drawn at random too (seed 20261206), first run 41/42, 44/45 (90b6a04; 全州县's 县文体旅局, a low row);
# after its fix (文化体育和旅游局 a county body) (42, 45).
# places64 and places65, drawn at random too (seeds 20261207, 20261208), first runs on the code of e450872: places64
# 44/45, 46/47 (b9466a2; 西安区's 区城管局 kept as printed, a low row of ours), places65 45/45, 49/49; no fix.
# places66 … places71, drawn at random too (seeds 20261209 … 20261214), committed at 554e5fc before their first runs on
# that code: 46/47, 48/49; 43/45, 46/49; 42/45, 47/50; 41/45, 45/49; 36/42, 39/46; 45/46, 47/48. After the fixes of
# tests/test_sixtysixth_places.py (a committee's own 委办公室, 旅委, 吉林's 文广旅局) the levels above; left: zones'
# committees whose names we did not check (low rows), 牟定's and 双江's 工信商务科技局, 崇州's 市新经济局, and 黟县's
# party committee (ours 中共黟县县委…, the tool's 中共黟县委…: see docs/made-eval.md).
# places72 … places77, longer documents, two per set (seeds 20261215 … 20261219 drawn; places77 two hand-picked 撤县设区
# districts), committed at 26ee275 before their first runs on that code: 42/50, 61/70; 53/61, 71/87; 40/50, 48/63;
# 55/62, 68/73; 57/64, 74/81; 44/58, 47/57. After the fixes of tests/test_seventysecond_places.py the levels above; left:
# low rows of ours (names not checked), and the mentions and prose F1 below.
# places48, written after places45's fix (with places46 and places47), first run on branch newplaces at 594e099: 39/41
# (one prose mention not found: 区科协要…; high rows 37/38) and 39/40; after its fix (科协 ends a place-qualified name)
# (40, 40) of (41, 41) (left: 清镇市's 市文化旅游局, a low row of ours).
# places47, written after places45's fix (with places46), first run on branch newplaces at 3fd5296 (code of 9730864):
# 45/47 (every mention found; high rows 43/43) and 45/47, 1.000 on every extraction measure; no fix (the two misses
# are low rows of ours: 长春市朝阳区's 城管执法局 and 文广旅局, their names not checked).
# places46, written after places45's fix, first run on branch newplaces at 97acd0a (code of 9730864): 45/45 (high
# rows 40/40) and 45/45, 1.000 on every extraction measure; no fix.
# places45, written after places44's fixes, first run on branch newplaces at 42326b5: 48/49 (every mention found;
# high rows 46/47) and 49/50; after its fix (人行营管部, the central bank's office for 北京) (49, 50) of (49, 50).
# places44, written after places43's fixes, first run on branch newplaces at 286a5b2: 50/52 (one table row lost, its
# 区委金融办 a low row; high rows 50/50) and 50/51; after its fixes (a task cell opening with 引进, collectives of
# 行政公署) (51, 51) of (52, 52) (left: 凤凰洲管理处, a district's 管理处, a low row of ours).
# places43, written after places42's fix, first run on branch newplaces at 9131324: 53/58 (every mention found;
# high rows 51/54) and 53/58; after its fixes (人行…营管部, 民航X监管局, 重庆's 大数据应用发展管理局) (56, 56) of (58, 58)
# (left: low rows of ours, 河南's 省政府金融办 and 扎赉诺尔区, a 呼伦贝尔 district in 满洲里's charge).
# places42, written after places41's fix, first run on branch newplaces at aa692c5: 43/48 (every mention found;
# high rows 39/43) and 44/49; after its fix (the towns and 街道 of a city over no county-level unit) (47, 48) of
# (48, 49) (left: 松山湖管委会, a low row of ours).
# places41, written after places40's fixes, first run on branch newplaces (code of c58c7a4): 56/57 (every mention
# found; high rows 55/56) and 57/58; after its fix (政务办) (57, 58) of (57, 58).
# places40, written after places39's fixes, first run on branch newplaces at 68f24c3: 53/59 (every mention found;
# high rows 51/54) and 54/60; after its fixes (国土房屋局, 服务业委, 金融局 before the reforms, a loan target 贷款新增)
# (56, 57) of (59, 60) (left: 大连's 交通局 before 2019, and two 大连 zones' committees, low rows of ours).
# places39, written after places38's fixes, first run on branch newplaces at a7a5244: 52/58 (one prose mention not
# found: 园区团工委要…, a low row; high rows 51/55) and 53/58; after its fixes (a zone's 经发委, 规建委, 科创委 and
# 党工委 after the zone's kind, 苏州工业园区 named by its own name, its 团工委 in running text) (58, 59) of (58, 59).
# places38, written after places37's fixes, first run on branch newplaces at a8ababf: 50/55 (every mention found;
# high rows 46/49) and 50/55; after its fixes (审批局, 天津's districts' 住房建设委, 上海's districts' 规土局, 建交委)
# (54, 54) of (55, 55) (left: a zone's committee, a low row of ours, 吴淞口国际邮轮港管委会); its gold corrected after
# the run by GUIDE.md (an item's closing 由X牵头，Y配合。 is a prose task; 各功能区管委会、各街镇 two collectives).
# places37, written after places36's fixes, first run on branch newplaces at e73b7ba: 65/67 (one prose mention not
# found: 中南大学要…; high rows 64/66) and 70/72; after its fixes (a university by a two-character name, 深圳's
# districts' 住房和建设局) (67, 72) of (67, 72).
# places36, written after places35's fix, first run on branch newplaces at f970f29: 53/57 (one prose mention not
# found: 浙江大学要…; high rows 52/56) and 54/58; after its fixes (人力社保厅, 浙江省大数据发展管理局, 北京's
# districts' 农村工作委员会, a university by a province's short name) (57, 58) of (57, 58).
# places35, written after places34's fix, first run on branch newplaces at c8b5e1c: 31/33 (every mention found;
# high rows 30/30, 32/32) and 33/35; after its fix (a district's branch of the city's 医疗保障局, 区医保分局)
# (32, 34) of (33, 35) (left: a low row of ours, 市供销社: ours 咸宁市供销合作社, the tool's 咸宁市供销合作社联合社).
# places34, written after places33's fix, first run on branch newplaces at 2fe9d85: 50/52 (one prose mention not
# found: 化州市人民医院要…; high rows 47/48, 51/51) and 54/55; after its fix (a body after a county-level
# division's full name in running text) (51, 55) of (52, 56) (left: a low row of ours, 化州供电局).
# places33, written after places31's and places32's fixes, first run on branch newplaces at ea3a068: 58/62 (one
# prose mention not found: 国网冠县供电公司要…; high rows 54/54, 59/59) and 63/66; after its fix (国网's office
# in running text) (59, 64) of (62, 67) (left: low rows of ours, 八步供电局, 县农村信用联社, 县委农工办).
# places31 and places32, written together after places29's and places30's fixes, first runs on branch newplaces at
# 7afde36: places31 55/59 (every mention found; high rows 48/51, 66/69) and 75/79, places32 28/40 (three not found:
# 一〇二团, 芳草湖农场, 师市党委宣传部; high rows 26/27, 33/34) and 37/46 (a Corps division-city's bodies after 师市,
# 疾控中心, 阿里河镇 read as 阿里地区's); after their fixes (57, 77) of (59, 79) and (38, 50) of (40, 51) (left: a
# banner's town printed alone in a 盟's document, 巴彦浩特镇; low rows of ours: 仙桃供电公司, 普陀海事处, 芳草湖农场).
# places29 and places30, written together after places28's fixes, first runs on branch newplaces at 88d7801:
# places29 52/68 (three prose mentions not found: 孔子研究院, 曲阜师范大学, 林区委宣传部; high rows 47/59, 61/74) and
# 69/86, places30 43/60 (one not found: 特区委宣传部; high rows 39/52, 51/64) and 59/77 (a 林区's and a 特区's
# bodies after the kind alone, a 特区's towns with its city, 经委, 崇礼公安分局, 海南's 科工信局); after their fixes
# (67, 91) of (68, 92) and (59, 80) of (60, 81) (low rows of ours left: a zone's committee, 玉树's 扶贫局).
# places26, written after places25's fixes, first run 60/63 (every mention found; high rows 50/50, 72/72) and
# 82/85 on branch newplaces at b183cf0; the three misses are low rows of ours (市口岸办, 市外侨办, 区城管执法局 kept
# as printed: no template for 口岸办 or 外侨办, 城管执法局 not a short form of urban-management); after its fixes
# (templates for 口岸办 and 外侨办, 武汉's districts' 城市管理执法局 as place data) (63, 85) of (63, 85); places24 then
# (78, 116) of (82, 120) (an FTZ area by its own name, 钦州港片区管委会, from a list of the zones' areas).
# places27, written after places26's fixes, first run 71/81 (three prose mentions not found: 旗委宣传部, 旗科技局,
# 江北公安分局; high rows 59/65, 72/75) and 89/96 on branch newplaces at 6ae9b94; after its fixes (旗 bodies and
# a district's police branch in prose, a 会同 list ending before the verb, 大溪镇 no 台湾 place, 重庆's pre-2018
# district committees and 工商分局, 资源规划局) (80, 103) of (81, 104) (a zone's committee, a low row, left).
# places28, written after places27's fixes, first run 76/78 (every mention found; high rows 71/71, 91/91) and
# 99/102 on branch newplaces at cf3dc58 (two low rows: 自治县民宗局, 地区文体广旅局); after its fixes (an
# autonomous county's bodies by its kind, 新疆's 文体广旅局 as place data) (78, 102) of (78, 102).
# places25, written after places24's fix, first run 60/62 (塞罕坝机械林场总场, a field line's value, not found; high
# rows 50/51) and 84/85 on branch newplaces at 56bf868; after its fixes (a city bureau's district office after the
# bureau's short name, 市市场监管局坪山监管局; a forest farm as a unit) (61, 85) of (62, 86) (a low row of ours left).
# places24, written after places23's fixes, first run 76/82 (every mention found; high rows 66/67) and 113/120 on
# branch newplaces at e0aefad; after its fix (a higher body's branch printed without its prefix,
# 规划自然资源委平谷分局) (77, 114) of (82, 120) (an FTZ area printed alone and four low rows of ours left).
# places23, written after places22's fixes, first run 80/85 (three prose mentions not found, one table row
# not read) and 115/120 on branch newplaces at 4db6140; after its fixes (杨村街道, a 民族乡, 天津's districts'
# 市场和质量监督管理局, a project named …中心) (83, 119) of (87, 123) (龙岩电业局 and three low rows of ours left).
# places22, written after places21's fixes, first run 116/119 (one prose mention not found: 复州城镇要…) and 148/151
# on branch newplaces at 0566320; after its fixes (banking and insurance regulator's county offices, 中国邮政's
# branches) (118, 150) of (119, 151) (县贸促会, a low row of ours, left).
# places21, first run 116/121 (one prose mention not found: 大柴旦行委要…) and 173/178 on main d992e26; after its
# fixes (state_grid.csv rows, 西安's zones and 城管局, the 柴达木 zone) (121, 178) of (121, 178).
# places19, written after places17's and places18's fixes, first run 109/115 (one prose task not found, its
# mentions found elsewhere) and 116/122 on main 7d5674b; after its fixes (113, 123) of (115, 125) (利州区's
# 国土资源分局 and 文广新局, low rows of ours, left).
# places20, first run 84/87 and 94/97 on main 89b5b3a; after 贵溪金融监管支局 (a county office of the 2023
# regulator, bodies.csv nfra-k) (85, 95); 鹿城公安分局 (whether 温州 drops 区 is not sure) and a zone's name (low) left;
# its gold's 藤桥镇要配合 role corrected to support after the run (GUIDE: 配合): prose named 18/19 at the run, 19/19 on the corrected gold.
# places17, written after all those fixes, first run 112/119 (one prose mention not found) and 125/135 on main 498fc18;
# after its fixes (120, 136) of (120, 136) (its 滕州银监办 row, low, corrected after the first run: 银监会 in full).
# places18, written after places16's fixes (with places17, in parallel), first run 103/107 (one prose mention
# not found) and 112/118 on main 498fc18; after its fixes (106, 117) of (108, 119) (two zones' committees, low rows of ours, left).
# places16, written after all those fixes, in parallel with places15 (its fixes not in), first run 87/92 and 101/106 on main bc27a78;
# after its fixes (91, 106) of (92, 107) (永川高新区管委会, a low row of ours, left).
# places11, written after all those fixes, first run 61/85 (four prose mentions not found) and
# 64/89 on main 998f9b2; after its fixes (85, 89) of (88, 92), and places5 (101, 108), places6
# (107, 116), places7 (110, 114) (国家电网's offices), places10 (68, 69) of (73, 74) (秣陵街道 now found).
# places12, written after all those fixes, first run 86/91 and 92/97 on main c4f3dbe; after its
# fixes (91, 97) of (91, 97). places13, a measurement of main 5412792 after all those fixes, first
# run 74/80 and 79/85; after its fixes (77, 82) of (80, 85). places14, a measurement of main de956ed,
# first run 50/50 and 52/52 with one town not found (颜集镇要…); after the 集镇 rule (51, 53) of (51, 53).
# places15, a measurement of main bc27a78, first run 88/93 and 101/107; after its fixes (93, 107) of (93, 107).
# named mentions not found, left open: places11's 第八师石河子市 (a division and its city, "第八师石河子市要…",
# not read as a subject), its prose named assignments F1 0.923 (6 of 7); places21's 大柴旦行委 (a 青海 行政区's
# 行政委员会, "大柴旦行委要…", 行委 is no unit word), its prose named assignments F1 0.982 (28 of 29); places22's
# 复州城镇 (a town named 复州城, "复州城镇要…": 城镇 is not read as a town's end), prose F1 0.982 (27 of 28)
# places23's 派镇 (a town of one letter, "派镇要…"), prose F1 0.981 (26 of 27)
# places32's 芳草湖农场 (a Corps regiment farm, "芳草湖农场要…": 农场 is no unit word), prose F1 0.974 (19 of 20)
# places73's 各科室、各直属单位 (gold one collective, the tool two: each opens with its own 各), prose F1 0.947; places74's
# 区能源局、区住建局、区交通局分别抓好… and places75's 县总工会、县残联、县科协要结合职能积极参与 (support) are read since
# prose rounds 4–5 (tests/test_prose_duty_phrases.py): their floors are gone;
# places77's 田阳农商银行 (a district's short name before 农商银行 is no name: 平安企业 would be one), prose F1 0.968.
SPLIT: dict[str, int] = {}
NOT_FOUND = {"places11": 1, "places21": 1, "places22": 1, "places32": 1, "places77": 1, "places109": 1}
PROSE_F1 = {"places11": 0.923, "places21": 0.982, "places22": 0.982, "places32": 0.974,
            "places73": 0.947, "places77": 0.984, "places85": 0.733, "places86": 0.741, "places87": 0.759,
            "places106": 0.956, "places109": 0.933}


def _n(s: str) -> str:
    return unicodedata.normalize("NFKC", s or "").strip()


@pytest.fixture(params=sorted(AT_LEAST))
def made(request: pytest.FixtureRequest, shared: Path, made_tables: Path) -> tuple[str, Path, str]:
    """score.py's table for one set, the shared tables of every set's build (tests/made_scores.py), the set."""
    printed, _ = score(shared, MADE / request.param, made_tables)
    return printed, made_tables, request.param


def test_extraction_stays_exact(made: tuple[str, Path, str]) -> None:
    rows = {}
    for line in made[0].splitlines():
        m = re.match(r"^(\S.*?)\s{2,}([01]\.\d{3})\s+([01]\.\d{3})\s+([01]\.\d{3})\s+\d+\s+\d+\s*$", line)
        if m:
            rows[m.group(1)] = float(m.group(4))
    assert rows["assignments, named units only"] == 1.0
    assert rows["tasks found (source, path, start)"] == 1.0
    assert rows["prose assignments, named units only"] >= PROSE_F1.get(made[2], 1.0)


def test_canonical_departments_hold(made: tuple[str, Path, str]) -> None:
    mentions_at_least, rows_at_least = AT_LEAST[made[2]]
    with (MADE / made[2] / "departments.tsv").open(encoding="utf-8", newline="") as fh:
        gold = {(Path(_n(r["source"])).stem, _n(r["mention"])): _n(r["canonical"]) for r in csv.DictReader(fh, delimiter="\t")}
    seen: dict[tuple[str, str], str] = {}
    hits = rows = 0
    nodes: dict[str, set[str]] = defaultdict(set)
    split: dict[str, set[str]] = defaultdict(set)
    with (made[1] / "responsibilities.csv").open(encoding="utf-8-sig", newline="") as fh:
        for r in csv.DictReader(fh):
            k = (Path(_n(r["source"])).stem, _n(r["mention"]))
            if k in gold:
                seen[k] = _n(r["department"])
                rows += 1
                hits += seen[k] == gold[k]
                nodes[seen[k]].add(gold[k])
                split[gold[k]].add(seen[k])
    assert len(seen) >= len(gold) - NOT_FOUND.get(made[2], 0)
    assert sum(seen[k] == gold[k] for k in seen) >= mentions_at_least
    assert hits >= rows_at_least
    # no node holds two real bodies (each document is another place)
    assert {n: b for n, b in nodes.items() if len(b) > 1} == {}
    # nor is one body split over two nodes
    assert len({b: n for b, n in split.items() if len(n) > 1}) <= SPLIT.get(made[2], 0)
