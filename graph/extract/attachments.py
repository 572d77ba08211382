"""The names of a text's own attachments, and the documents an announcement itself approves
(GUIDE.md "Citations": the title of what the document issues or attaches is not recorded).

>>> sorted(attachment_names("特此公告。 附件：1.甲目录（第3批）.doc2.乙目录.wps"))
['乙目录', '甲目录', '甲目录（第3批）']
"""

from __future__ import annotations

import re

from ..data import rules

__all__ = ["approved", "attachment_names", "flat_title"]

_TEXT = rules()["citations"]["text"]
_TITLE_MARKS = re.compile(r"[\s《》〈〉“”\"'‘’]")
_ATTACHMENT_LINE = re.compile(_TEXT["attachment_line"], re.M)
_NUMBERED_LINE = re.compile(r"[ \t]*\d+\s*[.．、]\s*(?P<name>[^\n]+)")
_LISTED = re.compile(r"附件\s*[：:]\s*1\s*[.．、]")  # 附件：1.… (more items on the lines after)
# one line listing several files: 1.甲.doc2.乙.wps   3.丙.pdf
_FILE_ITEM = re.compile(rf"(?:\d+\s*[.．、]\s*)?(?P<name>[^\n]+?)\.(?:{_TEXT['attachment_files']})(?![a-z])", re.I)
_SPACED_ITEMS = re.compile(r"\s{2,}\d+\s*[.．、]\s*")
_VERSION = re.compile(_TEXT["attachment_version"])
_APPROVED_BEFORE = re.compile(_TEXT["approved_before"])
_APPROVED_AFTER = re.compile(_TEXT["approved_after"])
_CHAIN_AFTER = re.compile(r"(?:\s*(?:（[^（）]*）)?\s*[、和及与]?\s*《[^《》]*》)*\s*(?:（[^（）]*）)?")


def flat_title(title: str) -> str:
    """A title compared without spaces, quotes and inner title marks."""
    return _TITLE_MARKS.sub("", title)


def _items(name: str) -> list[str]:
    """The attachments one 附件 line names: one, or several files on the line."""
    files = [m.group("name") for m in _FILE_ITEM.finditer(name)]
    if files:
        return files
    return _SPACED_ITEMS.split(name)


def _add(names: set[str], name: str) -> None:
    for item in _items(name.strip()):
        flat = flat_title(item.strip().strip("《》"))
        names.add(flat)
        # 道路机动车辆生产企业及产品（第339批）: the title in the text stops before the batch
        names.add(_VERSION.sub("", flat))


def attachment_names(text: str) -> set[str]:
    """The names of the text's own attachments (``附件：2021年…申报指南``, ``附件2：…``, the
    numbered lines after a bare ``附件：``, or several files listed on one line), compared as
    titles are."""
    names: set[str] = set()
    if _TEXT["attachment_word"] not in text:
        return names
    for m in _ATTACHMENT_LINE.finditer(text):
        name = m.group("name").strip()
        if name:
            _add(names, name)
            if not _LISTED.search(m.group(0)):
                continue
        # a bare 附件： with a numbered list under it, or the list's first item on its line (附件：1.…)
        pos = m.end() + 1
        for _ in range(20):
            n = _NUMBERED_LINE.match(text, pos)
            if n is None:
                break
            _add(names, n.group("name"))
            pos = n.end() + 1
    names.discard("")
    return names


def approved(text: str, start: int, end: int) -> bool:
    """Whether the title at ``text[start:end]`` is a standard the text itself approves:
    ``现批准《A》《B》为国家环境保护标准``, ``批准《霍尔元件 通用技术条件》等669项行业标准``."""
    if not _APPROVED_BEFORE.search(text, max(0, start - 6), start):
        return False
    chain = _CHAIN_AFTER.match(text, end)
    after = chain.end() if chain else end
    return _APPROVED_AFTER.match(text, after) is not None
