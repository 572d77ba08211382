"""A document's year and kind (GUIDE.md "Targets": documents that set none)."""

from __future__ import annotations

import re

from ..data import rules
from ..model import DocMeta

_SPACES = re.compile(r"\s+")

_NUMBER_YEAR = re.compile(r"[〔（\[［(【]\s*((?:19|20)\d{2})\s*[〕）\]］)】]")


def document_year(meta: DocMeta) -> int | None:
    """The year the document was written: the earlier of its date's year and its 文号's year
    (the earlier one, so that a date read from an attachment's signature cannot move it later).

    >>> document_year(DocMeta(doc_number="皖政办秘〔2016〕76号", date="2016-05-24"))
    2016
    >>> document_year(DocMeta()) is None
    True
    """
    years = []
    if meta.date and meta.date[:4].isdigit():
        years.append(int(meta.date[:4]))
    m = _NUMBER_YEAR.search(meta.doc_number or "")
    if m:
        years.append(int(m.group(1)))
    return min(years) if years else None


_KIND_TAIL = re.compile(r"(?:[（(][^（）()]*[）)]|[》”\s])+$")  # （试行）, （2018—2035年）, 》 after a kind word


def document_kind(title: str | None) -> str | None:
    """The kind of document a title names (``rules.toml [targets] document_kinds``): the kind word
    it ends with, or, for a notice that issues another document (``关于印发《…办法》的通知``), that
    document's kind.

    >>> document_kind("国务院关于河北雄安新区总体规划（2018—2035年）的批复")
    '批复'
    >>> document_kind("阿坝州人民政府办公室关于印发《阿坝州政务数据资源管理暂行办法》的通知")
    '办法'
    >>> document_kind("关于颁发岷江试验堆运行许可证（延续）的通知")
    '许可证'
    >>> document_kind("国务院办公厅关于印发2016年行动计划的通知"), document_kind(None)
    ('计划', None)
    """
    if not title:
        return None
    cfg = rules()["targets"]
    kinds = sorted(cfg["document_kinds"], key=len, reverse=True)
    t = _SPACES.sub("", title)
    if t.endswith(tuple(cfg["kinds"]["issuing_endings"])) and any(w in t for w in cfg["issuing_words"]):
        t = t[: -3]
    t = _KIND_TAIL.sub("", t)
    return next((k for k in kinds if t.endswith(k)), None)


def states_facts(title: str | None) -> bool:
    """Whether a document of this title is of a kind that states facts, rules, thresholds and
    conditions rather than targets (``rules.toml [targets] fact_kinds``): laws, regulations,
    approvals, replies, licences, technical specifications.

    >>> states_facts("国务院关于股份有限公司境内上市外资股的规定"), states_facts("关于印发行动计划的通知")
    (True, False)
    """
    return document_kind(title) in set(rules()["targets"]["fact_kinds"])



_REPORT = re.compile(rules()["targets"]["report_opening"])
_REPORT_WINDOW = int(rules()["targets"]["report_window"])


def reports_facts(text: str) -> bool:
    """Whether a text opens by reporting what was done (``现将2020年第四季度电信服务有关情况通告
    如下``): its counts describe the past, whatever its title says (a report often has none).

    >>> reports_facts("根据《电信条例》，现将2020年第四季度电信服务有关情况通告如下：\\n一、…")
    True
    >>> reports_facts("现将《行动计划》印发给你们，请认真贯彻执行。")
    False
    """
    return _REPORT.search(text, 0, _REPORT_WINDOW) is not None
