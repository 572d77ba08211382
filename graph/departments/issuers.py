"""Reading issuers: the place a name relative to the document stands for (:func:`placed_name`),
co-issuers printed without a separator (:func:`split_issuers`), and the province a document
belongs to (:func:`jurisdiction_of`)."""

from __future__ import annotations

import re

from .catalogue import Registry, registry
from .model import _BY_ABBREVIATION, _BY_CITY, _BY_NAME, _LIST_SPLIT, _PLACES, CENTRAL, normalize_mention
from .resolution import _candidates

__all__ = ["jurisdiction_of", "placed_name", "split_issuers"]


_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
_REGIONS = ("内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "台湾")


_PLACE = re.compile(r"[\u4e00-\u9fff]{2,9}?(?:省|市|县|区)")


def _issuer_places(issuer: str) -> list[str]:
    """The places an issuer's name opens with: ``江西省南昌市人民政府`` -> 江西省, 南昌市."""
    out: list[str] = []
    pos = 2 if issuer.startswith("中共") else 0
    while (m := _PLACE.match(issuer, pos)) is not None and not m.group().startswith(("国家", "中国", "中华", "全国")):
        out.append(m.group())
        pos = m.end()
    return out


def placed_name(mention: str, jurisdiction: str, issuer: str = "") -> str:
    """A name relative to the document's place, with the place written out: ``省文明办`` in an
    Anhui document is ``安徽省文明办``, ``市财政局`` in a document of 合肥市人民政府 is
    ``合肥市财政局``.

    For names the registry does not know: the same short form in two places names two bodies.
    The place is the issuer's own (its name opens with it) or else the jurisdiction's; names of
    autonomous regions are left as printed (their full names are not the short name plus 自治区).

    >>> placed_name("省文明办", "AH"), placed_name("市政务办", "BJ"), placed_name("省文明办", "CN")
    ('安徽省文明办', '北京市政务办', '省文明办')
    >>> placed_name("市财政局", "CN", "合肥市人民政府办公厅"), placed_name("县财政局", "JX", "江西省南昌县人民政府")
    ('合肥市财政局', '南昌县财政局')
    >>> placed_name("省委政法委", "CN", "中共安徽省委办公厅"), placed_name("市财政局", "CN", "国务院办公厅")
    ('安徽省委政法委', '市财政局')
    >>> placed_name("市财政局", "CN", "国家市场监督管理总局")
    '市财政局'
    """
    for place in reversed(_issuer_places(issuer)):
        if mention.startswith(place[-1]):
            return place + mention[1:]
    places = _PLACES.get(jurisdiction)
    if jurisdiction == CENTRAL or places is None:
        return mention
    short = places[0]
    if short in _REGIONS:
        return mention
    prefix = "市" if short in _MUNICIPALITIES else "省"
    return short + mention if mention.startswith(prefix) else mention


_OFFICE = ("办公厅", "办公室", "综合司")  # a co-issuer's office: 工业和信息化部办公厅


def split_issuers(joined: str, reg: Registry | None = None) -> list[str] | None:
    """Co-issuers printed one after another without a separator, as the registry knows them:
    the split into the fewest known names (each perhaps with its 办公厅), or None.

    >>> split_issuers("工业和信息化部国家发展和改革委员会科学技术部")
    ['工业和信息化部', '国家发展和改革委员会', '科学技术部']
    >>> split_issuers("工业和信息化部办公厅商务部办公厅"), split_issuers("某某委员会财政部")
    (['工业和信息化部办公厅', '商务部办公厅'], None)
    """
    reg = reg or registry()
    n = len(joined)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        for j in range(i + 2, min(n, i + 40) + 1):
            name = joined[i:j]
            base = next((name[: -len(o)] for o in _OFFICE if name.endswith(o) and len(name) > len(o)), name)
            there = best[j]
            if (there is None or len(there) > len(here) + 1) and (reg.by_label(base) or reg.by_label(name)):
                best[j] = [*here, name]
    return best[n]


def _province_in(text: str) -> str | None:
    """The province named in ``text``, or whose capital opens it (合肥市人民政府 -> AH)."""
    for name, code in _BY_NAME:
        if name in text:
            return code
    return _capital_opening(text)


def _capital_opening(text: str) -> str | None:
    stripped = text.removeprefix("中共")
    return next((code for city, code in _BY_CITY if stripped.startswith(city)), None)


def _from_issuer(issuer: str, reg: Registry) -> str | None:
    codes: set[str] = set()
    for part in filter(None, _LIST_SPLIT.split(issuer)):
        code = _province_in(part)
        if code is None and any(
            d.level == "central" for d in _candidates(reg, normalize_mention(part), CENTRAL)
        ):
            code = CENTRAL
        if code is not None:
            codes.add(code)
    if CENTRAL in codes or len(codes) > 1:
        return CENTRAL  # central co-issuers, or several provinces together
    return codes.pop() if codes else None


def jurisdiction_of(
    issuer: str | None = None,
    doc_number: str | None = None,
    title: str | None = None,
    *,
    reg: Registry | None = None,
) -> str:
    """The jurisdiction a document belongs to: ``CN`` or a province code (``AH``, ``JX`` …).

    Tried in order: the issuer (安徽省… -> ``AH``; a central body -> ``CN``), the first character
    of the 文号 (皖 -> ``AH``, 赣 -> ``JX``; 国发, 国办发 and ministry codes -> ``CN``), the issuing
    part of the title (before 关于). Defaults to ``CN``.

    >>> jurisdiction_of("安徽省人民政府办公厅", "皖政办秘〔2016〕76号", None)
    'AH'
    >>> jurisdiction_of("省政府办公厅", "赣府厅发〔2020〕7号", None)
    'JX'
    >>> jurisdiction_of(None, None, "江西省人民政府办公厅关于加快发展流通促进商业消费的实施意见")
    'JX'
    >>> jurisdiction_of("国务院", "国发〔2019〕3号", "国务院关于支持安徽省…的批复")
    'CN'
    >>> jurisdiction_of("合肥市人民政府办公厅", "合政办〔2020〕5号", None)  # a provincial capital's own documents
    'AH'
    """
    reg = reg or registry()
    if issuer and issuer.strip():
        code = _from_issuer(issuer, reg)
        if code is not None:
            return code
    number = normalize_mention(doc_number or "")
    if number:
        if number.startswith(("国", "中")):
            return CENTRAL
        code = _BY_ABBREVIATION.get(number[0])
        if code is not None and re.search(r"\(\d{4}\)|\d{4}", number):
            return code
    head, sep, _ = normalize_mention(title or "").partition("关于")
    if sep:
        # The issuing body opens the title: 江西省人民政府办公厅关于…, 中共安徽省委关于…
        head = head.removeprefix("中共").removeprefix("中国共产党")
        for name, code in _BY_NAME:
            if head.startswith(name):
                return code
        code = _capital_opening(head)
        if code is not None:
            return code
    return CENTRAL
