"""The Corps' division-cities (师市合一: 新疆生产建设兵团第六师五家渠市), whose documents name their bodies after
师市 (师市农业农村局, 师市党委宣传部).

``rules.toml [places] corps_divisions`` maps a Corps city's division code to its division (第六师). A body
after 师市 in that city's document is written with the division and the city (新疆生产建设兵团第六师五家渠市
农业农村局), its party organs with the division's party committee (中共新疆生产建设兵团第六师委员会宣传部).

>>> corps_name("五家渠市财政局", "659004"), corps_name("中共五家渠市委宣传部", "659004")
('新疆生产建设兵团第六师五家渠市财政局', '中共新疆生产建设兵团第六师委员会宣传部')
>>> corps_name("五家渠市财政局", "652301") is None
True
"""

from __future__ import annotations

import re
from functools import cache

from ..data import rules
from .places import Place, places

__all__ = ["corps_city", "corps_division", "corps_division_body", "corps_division_name", "corps_name",
           "corps_place", "corps_regiment"]

@cache
def _corps() -> str:
    return str(rules()["places"]["corps"])


@cache
def _divisions() -> dict[str, str]:
    return dict(rules()["places"].get("corps_divisions", {}))


def corps_division(code: str) -> str | None:
    """The division (第六师) of the Corps city of division code ``code``, or None."""
    return _divisions().get(code)


def corps_name(name: str, code: str) -> str | None:
    """``name``, a body's full name written with the Corps city ``code``'s own name, written with its
    division and the Corps instead; None when ``code`` is no Corps city or ``name`` is not its body's."""
    division = corps_division(code)
    p = places().get(code)
    if division is None or p is None:
        return None
    party = f"中共{p.name}委"
    if name.startswith(party):
        return f"中共{_corps()}{division}委员会" + name[len(party):]
    if name.startswith(p.name):  # a division-city's bodies are its own, not its 人民政府's (金融工作办公室)
        rest = name[len(p.name):]
        return _corps() + division + p.name + (rest[4:] if rest.startswith("人民政府") and len(rest) > 4 else rest)
    return None


def corps_city(s: str) -> tuple[str, Place] | None:
    """A Corps city printed after its division (第六师五家渠市…) at the start of ``s``: (as printed, the city)."""
    for code, division in _divisions().items():
        p = places().get(code)
        if p is not None and s.startswith(division + p.name):
            return division + p.name, p
    return None


@cache
def _regiment() -> re.Pattern[str]:
    return re.compile(rules()["prose"]["units"]["regiment"])


def corps_regiment(core: str, doc: Place | None) -> str | None:
    """A regiment by its number (一〇二团) in a Corps city's document: the division's (新疆生产建设兵团第六师一〇二团)."""
    division = corps_division(doc.code) if doc is not None else None
    return _corps() + division + core if division is not None and _regiment().match(core) else None


_DIVISION_OR_REGIMENT = re.compile(
    r"^(?:新疆生产建设兵团|兵团)?(第[一二三四五六七八九十]{1,3}师)(?:[\u4e00-\u9fff]{2,5}市)?(?:[一二三四五六七八九十〇零]{1,4}团)?$")


def corps_place(name: str) -> Place | None:
    """The division-city of a Corps division or regiment printed as an issuer (新疆生产建设兵团第十师: 北屯市;
    新疆生产建设兵团第八师一四三团: 石河子市), for the document's place; None for any other name.

    >>> corps_place("新疆生产建设兵团第十师").name, corps_place("第八师一四三团").name, corps_place("第十师北屯市").name
    ('北屯市', '石河子市', '北屯市')
    >>> corps_place("新疆生产建设兵团") is None
    True
    """
    m = _DIVISION_OR_REGIMENT.match(name)
    code = next((c for c, d in _divisions().items() if m is not None and d == m.group(1)), None)
    return places().get(code) if code is not None else None


@cache
def _division_unit() -> re.Pattern[str]:
    return re.compile(rules()["prose"]["units"]["corps_division"])


def corps_division_name(key: str) -> str | None:
    """A Corps division printed short (兵团第三师, 第三师) written with the Corps (新疆生产建设兵团第三师), as it
    is printed in full; None for any other name.

    >>> corps_division_name("兵团第三师"), corps_division_name("新疆生产建设兵团第三师"), corps_division_name("第三方")
    ('新疆生产建设兵团第三师', '新疆生产建设兵团第三师', None)
    """
    if not _division_unit().match(key):
        return None
    return _corps() + key[key.index("第"):]


_DIVISION_BODY = re.compile(r"^(?:(?:新疆生产建设)?兵团)?(第[一二三四五六七八九十]{1,3}师)([\u4e00-\u9fff]{2,14})$")
_NOT_BODY = re.compile(r"^(?:[一二三四五六七八九十〇零]{1,4}团|师|党|委|[\u4e00-\u9fff]{2,5}市)")
_BODY_HEADS = ("局", "委", "办公室", "办")


def corps_division_body(key: str, year: int | None = None) -> str | None:
    """A body printed after a Corps division without the Corps (第九师生态环境局, 兵团第九师财政局, in a 地区's plan or any
    other): written with the Corps (新疆生产建设兵团第九师生态环境局), as the division itself is (places111–113); None
    for a division's city or regiment and their bodies (第六师五家渠市…, 第八师一四三团…), its party organs, a name
    printed with the Corps in full, or any other name.

    >>> corps_division_body("第九师生态环境局", 2021), corps_division_body("兵团第九师财政局", 2021)
    ('新疆生产建设兵团第九师生态环境局', '新疆生产建设兵团第九师财政局')
    >>> corps_division_body("第八师一四三团水利局"), corps_division_body("第六师五家渠市财政局"), corps_division_body("第三方")
    (None, None, None)
    >>> corps_division_body("新疆生产建设兵团第九师生态环境局"), corps_division_body("第九师党委宣传部")
    (None, None)

    A division with a city in ``year`` (师市合一: one set of organs) names its bureau with the city too, as `师市X局` is
    written (first ``year`` of each city: ``[places] corps_cities_since``; None: now).

    >>> corps_division_body("第六师财政局", 2021), corps_division_body("第九师生态环境局", 2025)
    ('新疆生产建设兵团第六师五家渠市财政局', '新疆生产建设兵团第九师白杨市生态环境局')
    """
    m = _DIVISION_BODY.match(key)
    if m is None or key.startswith(_corps()) or _NOT_BODY.match(m.group(2)) or not m.group(2).endswith(_BODY_HEADS):
        return None
    since = rules()["places"].get("corps_cities_since", {})
    code = next((c for c, d in _divisions().items() if d == m.group(1)), None)
    p = places().get(code) if code is not None and (year is None or year >= since.get(code, 9999)) else None
    return _corps() + m.group(1) + (p.name if p is not None else "") + m.group(2)
