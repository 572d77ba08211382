"""Header rows of task-division tables: what each header cell names (a role column, the task
column, the serial number, the deadline …: ``[tables]``, ``[fields]`` and ``[field_labels]`` in
``rules.toml``) and where a header row printed one cell per line starts and ends.
"""

from __future__ import annotations

import re
from functools import cache

from ..data import rules
from .brackets import depth_split
from .cues import _cues, label_role
from .table_cells import _HEADING, _SERIAL, _Cell, _Line

_CLAUSE_LINE = re.compile("[：:]")  # a field line's colon: the cells of a row hold none here


@cache
def _headers() -> dict[str, tuple[str, ...]]:
    t = rules()["tables"]
    return {k: tuple(t[k]) for k in ("task_headers", "specific_task", "category_headers", "serial_headers",
                                     "deadline_headers", "other_headers", "project_headers")}


_NOT_HEADER = re.compile(r"[：:。；，、]")
_HEADER_NOISE = re.compile(r"[（(〔][^）)〕]*[）)〕]|\s")
_LEAD_HEADERS = tuple(rules()["tables"]["cells"]["lead_headers"])
_BRACKET_ROLE = re.compile(r"[（(]\s*([^）)\s]+)\s*[）)]\s*$")  # a role in brackets ending a header cell


def _role_of_header(cell: str) -> str | None:
    """The role a header cell names (牵头单位, 责任单位（部门）, 推进单位 …); ``""`` for a column of
    people (牵头领导, 责任人); None for any other header."""
    head = _HEADER_NOISE.sub("", cell)
    if head in _LEAD_HEADERS:
        return "lead"
    said = _BRACKET_ROLE.search(cell)
    if said is not None and said.group(1) in rules()["clause"]["bracket_roles"]:
        # 责任单位（牵头）: the role the brackets say, as the field label 责任单位（牵头）： (found by round 176)
        role = label_role(re.sub(r"\s", "", cell).replace("(", "（").replace(")", "）"))
        if role:
            return role
    role = label_role(head)
    if role is not None:
        return role
    for label, role in _long_fields():
        if head.startswith(label):
            return role
    return None


PAIR = "+"  # between the two roles of a pair header's column kind (role:lead+support)


def header_pair(head: str) -> tuple[str, str] | None:
    """The roles of a header cell naming two unit labels joined by one of ``[tables.cells] pair_joiners``
    (牵头单位/配合单位, 牵头单位；配合单位: lead, support), else None."""
    for j in rules()["tables"]["cells"]["pair_joiners"]:
        left, sep, right = head.partition(j)
        if sep and left and right and j not in right and not _NOT_HEADER.search(left + right) and len(head) <= 16:
            a, b = _role_of_header(left), _role_of_header(right)  # (a row's 牵头单位：X；配合单位：Y is no header)
            return (a, b) if a and b else None
    return None


def pair_parts(text: str) -> list[tuple[int, int]]:
    """The two parts of a cell under a pair header, apart by the header's joiners (outside brackets);
    one part (the whole) when the cell is not so divided."""
    parts = depth_split(text, "".join(rules()["tables"]["cells"]["pair_joiners"]))
    return parts if len(parts) == 2 else [(0, len(text))]


@cache
def _long_fields() -> tuple[tuple[str, str], ...]:
    """The ``[fields]`` labels longer than 2 characters, longest first, with their roles."""
    return tuple((k, str(v)) for k, v in sorted(rules()["fields"].items(), key=lambda p: -len(p[0])) if len(k) > 2)


def _kind(cell: str) -> str:
    """What a header cell names: ``role:<role>``, ``person``, ``serial``, ``deadline``, ``category``,
    ``task`` (exactly a task header), ``project`` (the subject of a list of projects: 项目名称),
    ``task~`` (holds a task header), ``task!`` (a row's own task: 具体举措), ``other`` or ``""`` (no header word)."""
    h = _headers()
    head = _HEADER_NOISE.sub("", cell)
    pair = header_pair(head)
    if pair is not None:  # 牵头单位/配合单位, 牵头单位；配合单位: each part of a cell in its label's role
        return f"role:{pair[0]}{PAIR}{pair[1]}"
    if not head or len(head) > 16 or _NOT_HEADER.search(head):
        return ""  # (a cell that reads 牵头单位：市商务局 is a row's, not a header)
    if head in h["serial_headers"]:
        return "serial"
    if head.startswith(h["deadline_headers"]):  # (完成时限, 完成时限要求)
        return "deadline"
    role = _role_of_header(cell)
    if role:
        return f"role:{role}"
    if role == "":
        return "person"
    if head in h["project_headers"]:
        return "project"
    if any(w in head for w in h["category_headers"]):
        return "category"
    if any(w in head for w in h["task_headers"]):
        # 具体举措 after 主要任务: the row's own task, the general column before it a grouping
        if head.startswith(h["specific_task"]):
            return "task!"
    if head in h["task_headers"]:
        return "task"
    if any(w in head for w in h["task_headers"]):
        return "task~"
    if any(w in head for w in h["other_headers"]):
        return "other"
    return ""


def _task_column(kinds: list[str], loose: bool) -> int | None:
    """The task column: the first header before the first role column that is or holds a task
    header; with ``loose``, else the column just before the first role column."""
    first_role = min(k for k, kind in enumerate(kinds) if kind.startswith("role:"))
    # 项目名称 | 主要建设内容 | 责任单位: the project is the task, the next cell describes it
    found = [k for k in range(first_role) if kinds[k] == "project"]
    found += [k for k in range(first_role) if kinds[k] == "task!"]
    found += [k for k in range(first_role) if kinds[k] in ("task", "task~")]
    if found:
        return found[0]  # 改革举措 | 主要内容: the measure is the task, the next cell describes it
    if loose and first_role > 0 and kinds[first_role - 1] in ("", "other"):  # (a task~ there was found above)
        return first_role - 1
    # 序号 | 责任单位 | 工作任务: the units column printed before the task column (with ``loose``, 序号 | 牵头单位 |
    # 项目建设任务: a header that holds a task header, when no column after the units is one)
    after = range(first_role + 1, len(kinds))
    return next((k for k in after if kinds[k] in ("project", "task!", "task")),
                next((k for k in after if loose and kinds[k] == "task~"), None))



_TASK_SPAN = ("task", "task~", "task!", "task+")


def own_task_column(kinds: list[str], task_col: int, rows: list[list[str]]) -> int:
    """The column of each row's own task: the task column, unless it repeats a cell over rows (a merged
    cell carried down: 重点工作 over two rows of 工作措施) and a later task-like column before the role
    columns holds a cell of its own in every row; then that one (GUIDE: a row's task cell).

    >>> own_task_column(["serial", "task", "task", "role:lead"], 1, [["1", "A", "a", "X"], ["2", "A", "b", "Y"]])
    2
    >>> own_task_column(["serial", "task", "task", "role:lead"], 1, [["1", "A", "a", "X"], ["2", "B", "a", "Y"]])
    1
    """
    values = [r[task_col] for r in rows if len(r) > task_col and r[task_col]]
    if len(set(values)) == len(values):
        return task_col
    first_role = min(k for k, kind in enumerate(kinds) if kind.startswith("role:"))
    for k in range(task_col + 1, first_role):
        cells = [r[k] if len(r) > k else "" for r in rows]
        if kinds[k] in ("task", "task~") and all(cells) and len(set(cells)) == len(cells):
            return k
    return task_col


_HEADER_CELL = re.compile(r"^[^。，；：:,;！？\d]{1,30}$")


def _short(text: str) -> bool:
    """At most 14 characters outside brackets (责任单位（排在第一位的为牵头单位） is short)."""
    return len(_HEADER_NOISE.sub("", text)) <= 14


def _first_lead(header: str) -> bool:
    """A header that declares the first unit listed the lead (GUIDE: first-listed-is-lead)."""
    return any(p.search(header) for p in _cues().first_lead)
_TABLE_TITLE = re.compile(rules()["tables"]["cells"]["title"])


def _header_like(text: str) -> bool:
    """A short line that names a column (not a table's title)."""
    # the cheap test first: a line with punctuation or over 30 characters fails it after a few characters
    return _HEADER_CELL.match(text) is not None and _short(text) and bool(_kind(text)) and not _TABLE_TITLE.search(text)


def _header_at(lines: list[_Line], i: int) -> int:
    """The number of header cells that start at line ``i`` (0: no header row there; negative: the
    header of a table that is not a task table, so many lines long)."""
    j = i
    while j < len(lines) and j - i < 16 and _HEADER_CELL.match(lines[j].text) and _short(lines[j].text):
        if _split_cell(lines, j):
            j += 2  # 责任 / 单位: a header cell printed on two lines
            continue
        if not _kind(lines[j].text):
            break
        if _TABLE_TITLE.search(lines[j].text):
            return 0  # 重点任务分解表: the table's title, not a header cell
        j += 1
    if _kind(lines[i].text) == "serial":
        # a header row that starts with 序号 ends where the first row starts (1, or a section row
        # and 1): short cells up to there are header cells, whatever their words (推广范围)
        k = j
        while k < len(lines) and k - i < 16 and _HEADER_CELL.match(lines[k].text) and len(lines[k].text) <= 10:
            k += 1
        first_row = k < len(lines) and (
            _SERIAL.match(lines[k].text) is not None
            or (_HEADING.match(lines[k].text) is not None and k + 1 < len(lines) and _SERIAL.match(lines[k + 1].text) is not None)
        )
        if first_row and all(_SERIAL.match(ln.text) is None for ln in lines[i:k]):
            j = k
    kinds = _header_kinds(lines[i:j])
    if kinds and kinds[0] == "serial" and j < len(lines) and _SERIAL.match(lines[j].text) is not None:
        kinds = serial_task(kinds)
    if len(kinds) < 3 or not any(k.startswith("role:") for k in kinds) or _task_column(kinds, loose=False) is None:
        return 0
    return j - i


def serial_task(kinds: list[str]) -> list[str]:
    """A header row closed by the first row's number, 序号 | X | 牵头单位 …, with one column before the
    role columns whose header names no task (整顿重点, 创建项目): that column is the task column, each row's
    subject as a project's name is (a cell that reads like a body's name, 平安企业, may stand there).

    >>> serial_task(["serial", "", "role:lead", "role:support"])
    ['serial', 'project', 'role:lead', 'role:support']
    >>> serial_task(["serial", "other", "", "role:lead"])
    ['serial', 'other', '', 'role:lead']
    """
    if (len(kinds) >= 3 and kinds[0] == "serial" and kinds[1] in ("", "other") and kinds[2].startswith("role:")
            and _task_column(kinds, loose=False) is None):
        return ["serial", "project", *kinds[2:]]
    return kinds


def _split_cell(lines: list[_Line], k: int) -> bool:
    """Lines ``k`` and ``k + 1`` are one header cell printed on two lines (责任 / 单位, 完成 / 时限):
    the second names nothing alone, both together name a column the first names too or does not
    name at all."""
    if k + 1 >= len(lines) or len(lines[k + 1].text) > 5 or not _HEADER_CELL.match(lines[k + 1].text):
        return False  # (the second half is short: 单位, 时限, （部门）)
    text = lines[k].text + lines[k + 1].text
    second = _kind(lines[k + 1].text)
    if second:
        # 完成 / 时限: a short word naming nothing alone before a deadline's short word (round 197: 完成 read as a
        # column gave a one-cell-a-line row one cell too many, which took the line after the table)
        return (second == "deadline" and len(lines[k + 1].text) <= 2 and len(lines[k].text) <= 4
                and not _kind(lines[k].text) and _kind(text) == second)
    joined = _kind(text)
    first = _kind(lines[k].text)
    if joined in ("", "other", "person"):
        return False
    if not first:
        return True
    # 责任 / 单位: a short label whose whole is a label of the same role (not 指导部门 / 推广范围)
    return first == joined and first.startswith("role:") and label_role(_HEADER_NOISE.sub("", text)) == first[5:]


def _header_kinds(cells: list[_Line]) -> list[str]:
    """The kinds of a header row's cells, one per line but for a cell printed on two lines."""
    out: list[str] = []
    k = 0
    while k < len(cells):
        if _split_cell(cells, k):
            out.append(_kind(cells[k].text + cells[k + 1].text))
            k += 2
            continue
        out.append(_kind(cells[k].text))
        k += 1
    return out


def _grouping(kinds: list[str]) -> list[str]:
    """Task-like columns before a row's own task column (主要任务 | 具体举措) group the rows: categories.

    >>> _grouping(["serial", "task", "task!", "role:responsible"])
    ['serial', 'category', 'task!', 'role:responsible']
    """
    if "task!" not in kinds:
        return kinds
    own = kinds.index("task!")
    return ["category" if k < own and kind in ("task", "task~") else kind for k, kind in enumerate(kinds)]


def _ungroup(kinds: list[str]) -> list[str]:
    """Without a role header that groups the next ones (责任单位 over 牵头单位 | 配合单位): printed
    one cell per line, a two-level header is a row of cells, the group among them.

    >>> _ungroup(["serial", "task", "role:responsible", "role:lead", "role:support", "deadline"])
    ['serial', 'task', 'role:lead', 'role:support', 'deadline']
    >>> _ungroup(["serial", "task", "role:responsible", "deadline", "role:lead", "role:support"])
    ['serial', 'task', 'role:lead', 'role:support', 'deadline']
    """
    # 序号 | 重点任务 | 责任单位 | 完成时限 | 牵头单位 | 配合单位: the second header row (under
    # 责任单位) printed after the first, its cells stand where the group stands
    roles = [k for k, kind in enumerate(kinds) if kind.startswith("role:")]
    if len(roles) >= 3 and kinds[roles[0]] == "role:responsible" and roles[-1] == len(kinds) - 1:
        tail = len(kinds)
        while tail - 1 > roles[0] and kinds[tail - 1].startswith("role:"):
            tail -= 1
        if len(kinds) - tail >= 2 and tail > roles[0] + 1 and "role:lead" in kinds[tail:]:
            kinds = kinds[: roles[0]] + kinds[tail:] + kinds[roles[0] + 1 : tail]
    out = []
    for k, kind in enumerate(kinds):
        if (kind == "role:responsible" and k + 2 < len(kinds) and kinds[k + 1] == "role:lead"
                and kinds[k + 2].startswith("role:")):
            continue  # (牵头单位 | 责任单位 | 配合单位 are three columns)
        out.append(kind)
    return out


def _pair_cells(roles: tuple[tuple[str, _Cell], ...]) -> list[tuple[str, _Cell]]:
    """The role cells of a row, a cell under a pair header (role ``lead+support``) parted in two, each part in
    its label's role (市粮食和储备局；市财政局、市农业农村局: lead, then support); undivided, all in the first."""
    out: list[tuple[str, _Cell]] = []
    for role, cell in roles:
        if PAIR not in role:
            out.append((role, cell))
            continue
        both = role.split(PAIR)
        parts = pair_parts(cell.text)
        for (a, b), r in zip(parts, both, strict=False):
            out.append((r, _Cell(cell.text[a:b], cell.start + a, cell.start + b)))
    return out


def _header(row: list[_Cell]) -> tuple[list[str], int, bool] | None:
    """The column kinds, the task column and whether the first unit listed leads, of a header
    row; None when the row is no header."""
    kinds = _grouping([_kind(c.text) for c in row])
    if not any(k.startswith("role:") for k in kinds):
        return None
    for k in range(1, len(kinds)):  # 配合单位 merged over three columns: the empty cells after it are its
        if not row[k].text and kinds[k - 1].startswith("role:"):
            kinds[k] = kinds[k - 1]
        elif not row[k].text and not kinds[k] and kinds[k - 1] in _TASK_SPAN:
            kinds[k] = "task+"  # 重点任务 merged over two columns (a category, then the work): see :func:`row_task`
    task_col = _task_column(kinds, loose=True)
    first = any(_first_lead(c.text) for c, k in zip(row, kinds, strict=True) if k.startswith("role:"))
    return None if task_col is None else (kinds, task_col, first)


def _noted_first_lead(text: str, run: list[list[_Cell]]) -> bool:
    """The line just above a table's rows (its subtitle: （责任单位排名第一的为牵头单位）) or just under them (its note:
    注：责任单位中排在第一位的为牵头单位。) declares the first unit listed the lead: it holds for that table."""
    above = text.rfind("\n", 0, max(run[0][0].start - 1, 0))
    before = text[above + 1 : run[0][0].start].strip()
    end = run[-1][-1].end
    nl = text.find("\n", end)
    after = text[nl + 1 : (text.find("\n", nl + 1) if text.find("\n", nl + 1) >= 0 else len(text))] if nl >= 0 else ""
    return any(_first_lead(line) for line in (before, after.strip()) if line and "\t" not in line)


def _rejoined(text: str, table: list[list[_Cell]]) -> list[list[_Cell]]:
    """The rows of a run of tab-separated lines with a row broken by a line break inside a cell put back
    together (a table copied from a web page: ``1⇥任务⇥X⇥Y、`` ⏎ ``Z⇥2024年11月``): a line with fewer cells than
    the header row above, opening with its row's number, and the next line's cells (no number first) make up the
    rest: the cell at the break one cell."""
    out: list[list[_Cell]] = []
    width = 0
    for row in table:
        if _header(row) is not None:
            width = len(row)
        elif out and width and len(out[-1]) < width and len(out[-1]) + len(row) - 1 == width and out[-1][-1].text \
                and _SERIAL.match(out[-1][0].text) is not None and _SERIAL.match(row[0].text) is None \
                and text[out[-1][-1].end : row[0].start].strip() == "":
            a, b = out[-1][-1], row[0]
            out[-1] = [*out[-1][:-1], _Cell(text[a.start : b.end], a.start, b.end), *row[1:]]
            continue
        out.append(row)
    return out


def cell_row_above(text: str, start: int, at: int, reach: int = 5) -> tuple[int, int] | None:
    r"""A field line at the start of a line right under a row of a table printed **one cell per line** (the row's
    number on a line, its cells on the next lines, then a row merged across holding its units:
    ``1⏎建设…⏎2024年12月⏎牵头单位：X；配合单位：Y``): the row's longest cell, its task cell, as (start, end); else
    None. At most ``reach`` cells; the number stands right after the clause before (``start``), or under the table's
    header (a 序号 line among the lines above it). Of cells as long, the first.

    >>> t = "序号\n重点任务\n完成时限\n1\n建设产业园\n2024年\n牵头单位：市发改委"
    >>> a, b = cell_row_above(t, 0, t.index("牵头"))
    >>> t[a:b]
    '建设产业园'
    """
    if at == 0 or text[at - 1] != "\n":
        return None
    spans: list[tuple[int, int]] = []  # the lines above, nearest first
    end = at - 1
    while end > start and len(spans) < reach + 8:
        b = max(text.rfind("\n", 0, end) + 1, start)
        spans.append((b, end))
        end = b - 1
    pieces = [(a, b, text[a:b].strip()) for a, b in spans if text[a:b].strip()]
    for k, (a, _b, cell) in enumerate(pieces[: reach + 1]):
        if "\t" in cell or (k and _CLAUSE_LINE.search(cell)):
            return None
        if k and _SERIAL.match(cell):
            before = [p[2] for p in pieces[k + 1 : k + 8]]
            if text[start:a].strip() and not any(_kind(x) == "serial" for x in before):
                return None
            a, b = max(((p[0], p[1]) for p in reversed(pieces[:k])), key=lambda p: len(text[p[0] : p[1]].strip()))
            lead = len(text[a:b]) - len(text[a:b].lstrip())
            return a + lead, a + lead + len(text[a:b].strip())
    return None
