"""The plain values of department identity: a body (:class:`Department`), a reform
(:class:`Reform`), what a mention names (:class:`Resolution`), the provincial-level units with
their abbreviations, and :func:`normalize_mention`, the lookup key of a printed name."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["CENTRAL", "PROVINCES", "Department", "Reform", "Resolution", "normalize_mention"]

CENTRAL = "CN"

# Provincial-level units: (code, name, document-number abbreviations, other place names that make
# an alias unambiguous outside its own province). Codes follow ISO 3166-2:CN.
PROVINCES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("BJ", "北京", ("京",), ()),
    ("TJ", "天津", ("津",), ()),
    ("HE", "河北", ("冀",), ("石家庄",)),
    ("SX", "山西", ("晋",), ("太原",)),
    ("NM", "内蒙古", ("内", "蒙"), ("呼和浩特",)),
    ("LN", "辽宁", ("辽",), ("沈阳",)),
    ("JL", "吉林", ("吉",), ("长春",)),
    ("HL", "黑龙江", ("黑",), ("哈尔滨",)),
    ("SH", "上海", ("沪",), ()),
    ("JS", "江苏", ("苏",), ("南京",)),
    ("ZJ", "浙江", ("浙",), ("杭州",)),
    ("AH", "安徽", ("皖",), ("合肥",)),
    ("FJ", "福建", ("闽",), ("福州",)),
    ("JX", "江西", ("赣",), ("南昌", "赣江新区")),
    ("SD", "山东", ("鲁",), ("济南",)),
    ("HA", "河南", ("豫",), ("郑州",)),
    ("HB", "湖北", ("鄂",), ("武汉",)),
    ("HN", "湖南", ("湘",), ("长沙",)),
    ("GD", "广东", ("粤",), ("广州",)),
    ("GX", "广西", ("桂",), ("南宁",)),
    ("HI", "海南", ("琼",), ("海口",)),
    ("CQ", "重庆", ("渝",), ()),
    ("SC", "四川", ("川",), ("成都",)),
    ("GZ", "贵州", ("黔",), ("贵阳",)),
    ("YN", "云南", ("云",), ("昆明",)),
    ("XZ", "西藏", ("藏",), ("拉萨",)),
    ("SN", "陕西", ("陕",), ("西安",)),
    ("GS", "甘肃", ("甘",), ("兰州",)),
    ("QH", "青海", ("青",), ("西宁",)),
    ("NX", "宁夏", ("宁",), ("银川",)),
    ("XJ", "新疆", ("新",), ("乌鲁木齐",)),
)

_PLACES: dict[str, tuple[str, ...]] = {code: (name, *extra) for code, name, _, extra in PROVINCES}
_BY_NAME = sorted(((name, code) for code, name, _, _ in PROVINCES), key=lambda p: -len(p[0]))
_BY_CITY = sorted(((city, code) for code, _, _, extra in PROVINCES for city in extra), key=lambda p: -len(p[0]))
_BY_ABBREVIATION = {a: code for code, _, abbrs, _ in PROVINCES for a in abbrs}

_BRACKETS = str.maketrans("（〔[【［﹝〈）〕]】］﹞〉", "(((((((" + ")))))))")
_EDGE = "、，,。.；;：:·•\"'“”‘’ "
_SPACE = re.compile(r"\s+")
_TRAILING_PAREN = re.compile(r"\([^()]*\)$")
_LIST_SPLIT = re.compile(r"[、，,；;\s]+")


@dataclass(frozen=True)
class Department:
    """One body during one name period (a row of ``departments.csv``).

    ``level`` is central | provincial | municipal | county; ``kind`` is government | party |
    people_org | regulator_local_office | leading_group | enterprise | court_procuratorate |
    military | other; ``parent`` is the id of the body it belongs to (``org:subOrganizationOf``);
    ``valid_from``/``valid_to`` are years, ``None`` when open or unknown.
    """

    id: str
    pref_label: str
    alt_labels: tuple[str, ...]
    level: str
    kind: str
    parent: str | None
    jurisdiction: str
    valid_from: int | None
    valid_to: int | None

    @property
    def labels(self) -> tuple[str, ...]:
        """The preferred label followed by the alternative labels."""
        return (self.pref_label, *self.alt_labels)

    def valid_in(self, year: int) -> bool:
        """Whether the body existed under this name in ``year`` (unknown bounds are open)."""
        lo = self.valid_from if self.valid_from is not None else -math.inf
        hi = self.valid_to if self.valid_to is not None else math.inf
        return lo <= year <= hi


@dataclass(frozen=True)
class Reform:
    """An institutional change event (a row of ``reforms.csv``, an ``org:ChangeEvent``)."""

    id: str
    date: str  # YYYY-MM-DD
    label: str
    original: tuple[str, ...]
    resulting: tuple[str, ...]

    @property
    def year(self) -> int:
        return int(self.date[:4])


@dataclass(frozen=True)
class Resolution:
    """What a mention names.

    ``department_id`` is ``None`` for generic collectives (``generic=True``) and for unknown
    mentions (``resolved=False``); ``canonical`` is then the mention as printed.
    """

    mention: str
    department_id: str | None
    canonical: str
    generic: bool
    resolved: bool
    scoped: bool = False


@lru_cache(maxsize=1 << 16)  # a pure function of the name, asked for the same names file after file
def normalize_mention(mention: str) -> str:
    """The lookup key of a name: NFKC, no spaces, one bracket shape, no edge punctuation.

    >>> normalize_mention(" 各市、县〔区〕政府 ")
    '各市、县(区)政府'
    >>> normalize_mention("省财政厅（局）")
    '省财政厅(局)'
    """
    s = unicodedata.normalize("NFKC", mention).translate(_BRACKETS)
    return _SPACE.sub("", s).strip(_EDGE)


def _variants(key: str) -> Iterable[str]:
    """The key, then forms without a trailing parenthetical or a formal state prefix."""
    yield key
    bare = _TRAILING_PAREN.sub("", key)
    if bare and bare != key:
        yield bare
    for k in (key, bare):
        if k.startswith("中华人民共和国") and len(k) > len("中华人民共和国"):
            yield k[len("中华人民共和国") :]


def _year(s: str) -> int | None:
    s = s.strip()
    return int(s) if s else None

