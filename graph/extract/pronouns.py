"""The pronoun a letter names its addressee by (你省, 你市, 你们, 你局 …: ``[prose.units] addressee_pronoun`` in
``rules.toml``), in one place for both the units a duty may fall to (:mod:`graph.extract.prose_units`) and the
addressee it stands for (:mod:`graph.extract.addressee`), which imports those units."""

from __future__ import annotations

import re

from ..data import rules

__all__ = ["ADDRESSEE_PRONOUN", "SELF_PRONOUN", "is_addressee_pronoun", "is_self_pronoun", "self_body", "stray_company_self"]

ADDRESSEE_PRONOUN = re.compile(rules()["prose"]["units"]["addressee_pronoun"])
SELF_PRONOUN = re.compile(rules()["prose"]["units"]["self_pronoun"])
_FORWARDED = re.compile(rules()["prose"]["units"]["forwarded_author"])
_COMPANY_SELF = re.compile(rules()["prose"]["units"]["company_self"])  # 公司将…: a company naming itself bare
_COMPANY_TITLE = re.compile(rules()["prose"]["units"]["company_title"])  # 蔚州矿业集团有限公司关于…
_PROVINCE_SELF = re.compile(rules()["prose"]["units"]["province_self"])  # 省厅将…: a provincial department naming itself
_PROVINCE_TITLE = re.compile(rules()["prose"]["units"]["province_title"])  # 江西省林业厅关于…
_LEVEL_SELF = re.compile(rules()["prose"]["units"]["level_self"])  # 县局将…: a county bureau naming itself
_LEVEL_TITLE = re.compile(rules()["prose"]["units"]["level_title"])  # 蒙城县农业农村局…


def is_addressee_pronoun(mention: str) -> bool:
    """你省, 你市, 你们, 你局 …: a pronoun for the addressee (``[prose.units] addressee_pronoun``).

    >>> is_addressee_pronoun("你省"), is_addressee_pronoun(" 你们 "), is_addressee_pronoun("我省")
    (True, True, False)
    """
    return ADDRESSEE_PRONOUN.match(mention.strip()) is not None


def is_self_pronoun(mention: str) -> bool:
    """我局, 我委, 我厅: the issuer naming itself (``[prose.units] self_pronoun``).

    >>> is_self_pronoun("我局"), is_self_pronoun("我省"), is_self_pronoun("我们")
    (True, False, False)
    """
    return SELF_PRONOUN.match(mention.strip()) is not None


def self_body(pronoun: str, issuer: str, title: str | None) -> str:
    """The body a self pronoun (我局) stands for: the document's one issuer, or, when the issuer's name does not
    end in the pronoun's noun and the title forwards the text of a body whose name does, that body
    (``[prose.units] forwarded_author``), or the body an issuing 办公厅/办公室 is the office of.

    >>> self_body("我局", "国务院办公厅", "国务院办公厅转发国家地震局关于加强防震减灾工作意见的通知")
    '国家地震局'
    >>> self_body("我局", "国家核安全局", "关于发布某导则的通知"), self_body("我办", "国务院办公厅", "国务院办公厅转发甲局关于乙的通知")
    ('国家核安全局', '国务院办公厅')

    A ministry's office writing for its ministry (工业和信息化部办公厅: 我部将…) names the ministry, the body whose
    noun it is (found by the corpus comparison of this stop: 我部 had been given the office):

    >>> self_body("我部", "工业和信息化部办公厅", "工业和信息化部办公厅关于某工作的通知"), self_body("我部", "工业和信息化部办公厅", None)
    ('工业和信息化部', '工业和信息化部')
    """
    noun = pronoun.strip()[1:]
    if noun in issuer[-len(noun) - 2 :]:
        return issuer
    m = None if title is None else _FORWARDED.search(title)
    if m is not None and noun in m.group("body")[-len(noun) - 2 :]:
        return m.group("body")
    office = re.fullmatch(f"(.+{re.escape(noun)})(?:办公厅|办公室)", issuer)
    return office.group(1) if office is not None else issuer


def stray_company_self(mention: str, text: str) -> bool:
    """A bare ``公司`` (``本公司``) in a text whose title line opens with no company's name: no body of the document
    (``[prose.units] company_self``, ``company_title``; in a company's own text it is the issuer, as 我公司).

    >>> stray_company_self("公司", "蔚州矿业集团有限公司关于印发2007年安全生产工作要点的通知\\n…")
    False
    >>> stray_company_self("公司", "中华人民共和国公司法\\n…"), stray_company_self("我公司", "某市人民政府关于…的通知")
    (True, False)

    So for ``省厅`` (``province_self``) outside a provincial department's own text (``province_title``):

    >>> stray_company_self("省厅", "江西省林业厅关于进一步加强林木种苗质量管理的意见\\n…"), stray_company_self("省厅", "某市林业局关于…的通知")
    (False, True)

    And for ``县局`` / ``市局`` / ``区局`` (``level_self``) outside a bureau's own text of that level (``level_title``):

    >>> stray_company_self("县局", "蒙城县农业农村局2021年工作计划\\n…"), stray_company_self("县局", "某市农业农村局关于…的通知")
    (False, True)
    """
    title = text.lstrip().split("\n", 1)[0]
    mention = mention.strip()
    if _PROVINCE_SELF.match(mention) is not None:  # 省厅 only in a provincial department's own text
        return _PROVINCE_TITLE.match(title) is None
    if _LEVEL_SELF.match(mention) is not None:  # 县局 only in a county bureau's own text
        m = _LEVEL_TITLE.match(title)
        return m is None or m.group("level") != mention[0]
    return _COMPANY_SELF.match(mention) is not None and _COMPANY_TITLE.match(title) is None
