"""Duties written in running text (GUIDE.md "Assignments in running text").

Central 意见 and 通知, and many local ones, assign work inside sentences instead of in a closing
clause: ``由工业和信息化部牵头，会同发展改革委、财政部抓紧制定…``, ``发展改革委要会同有关部门加强指导``,
``请财政部…``. A sentence is a prose task when a unit is the subject of a duty still to be done: the
unit is followed by a cue word (要 / 应 / 应当 / 负责 / 牵头 / 会同 / 将 / 抓紧 / 按照职责 …, perhaps after
adverbs or a prepositional phrase), or introduced by 由…牵头/负责 or 请.

Conservative by design. Not prose tasks: what has been done or is the case (``X已…``, ``X印发了…``,
``…研究提出了办理意见``), units only as objects (``支持X``, ``向X报告``: a subject opens its clause),
the addressees line and the signature (no cue), sentences inside the text of a task that ends in a
responsibility clause, and, in laws and regulations (a part titled …办法/条例/规定…, or articles
第X条), the general duties of unnamed bodies: there only units the registry knows are subjects.

Units are the names the department registry knows (in any jurisdiction), names qualified by a place
(``北京市大数据工作推进小组``, ``省计划生育协会``), and collectives (``各地区``, ``各省级人民政府``).
Cue words are data: the ``[prose]`` section of ``rules.toml``.

>>> t = "一、任务\\n（一）加快立法。由工业和信息化部牵头，会同发展改革委、财政部抓紧制定配套办法。"
>>> [[(a.mention, a.role) for a in task.assignees] for task in prose_tasks(t)]
[[('工业和信息化部', 'lead'), ('发展改革委', 'support'), ('财政部', 'support')]]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..data import rules
from ..model import Assignee, Span, Task, Unit
from .addressee import addressee_for, is_addressee_pronoun
from .pronouns import stray_company_self
from .prose_by import _by_inside, _by_subject, _Found, _given_to
from .prose_cues import _cue_at, _Cues, _cues, _longest_first, _regulation_start, _skip  # noqa: F401  (re-exported: the names this module has always offered)
from .prose_lists import _ACROSS_END, _longest_list, _unit_list
from .prose_phrases import _carried_lead, _given, _guide_after_phrase, _habitual, _paired, _partners_first, _reviews
from .prose_predicate import _cue_after_adverbs, _predicate
from .prose_units import (  # noqa: F401  (re-exported)
    _ALIAS,
    _AND,
    _BARE_PLACE,
    _DENG,
    _HAN,
    _NOT_IN_NAME,
    _TRAILING_BRACKET,
    _holds_cue,
    _is_sector,
    _Name,
    _split_piece,
    _subject_unit,
    is_body_kind,
    is_subject_unit,
)
from .said_roles import said_at, said_parts, said_search, without_opener
from .sentences import _CLOSE, _ENDS, _OPEN, _clauses, sentences  # noqa: F401  (re-exported)
from .structure import PathIndex, numbered_units

__all__ = ["is_body_kind", "is_subject_unit", "prose_tasks", "sentences"]

_HABITUAL_KIND = re.compile(rules()["prose"]["habitual_titles"])  # …情况的报告, …提案的答复: 都要 tells practice
_NEVER_SPLIT = tuple(rules()["prose"]["words_never_split"])  # 关于: no list of subjects ends inside it
_LABELLED = tuple(rules()["prose"]["labelled_cues"])  # 财政部：按规定做好…: a member's duty after its colon
_PAST_OPENER = re.compile("|".join(rules()["prose"][k] for k in ("past_openers", "request_openers")))  # 过去一年，…; 您建议由X…
_PAST_PARAGRAPH = re.compile(rules()["prose"]["past_openers"])  # 过去一年，…: its paragraph reviews (a request: its sentence)
_PAST_ENDS = re.compile("[ \u3000]*" + rules()["prose"]["past_paragraph_ends"])  # 今年, 下一步: the paragraph's review is over
_PAST_YEAR = re.compile(rules()["prose"]["year_opener"])  # 2024年，X会同Y完成… in a 2025 plan: a year gone by
_ASKED_PERSON = re.compile(rules()["prose"]["asked_person_after"])  # 责令X县长Y…: a person asked
_ITEM_DOER_TITLE = re.compile(rules()["prose"]["item_doer_titles"])  # …工作要点的通知: 市X局：推动… is X's duty
_DOER_YEAR = re.compile(rules()["prose"]["year_after_doer"])  # （六）X：2020年完成… in a plan of 2021: done
_OBJECT_WORDS = tuple(rules()["prose"]["past_object_words"])  # 对, 针对, 把: a 已 after them may tell of the object
_OBJECT_AHEAD = tuple(rules()["prose"]["past_object_ahead"])  # 要, 负责, 请 … before them: the clause looks ahead


def _of_a_past_year(text: str, span: Span, year: int | None) -> bool:
    """Whether the sentence opens with a year before the document's own (``2024年，…`` in a plan of 2025)."""
    if year is None:
        return False
    p = span.start
    while p < span.end and text[p] in " \u3000":
        p += 1
    m = _cues().label.match(text[p : span.end])
    p += m.end() if m is not None else 0
    m = _PAST_YEAR.match(text, p)
    colon = text.find("：", p, span.end)
    if m is None and colon > p and _unit_list(text[p:colon], p, False):
        m = _DOER_YEAR.match(text, colon + 1)  # （六）市财政局：2020年完成…
    return m is not None and int(m["year"]) < year

def _past(text: str, a: int, b: int) -> bool:
    """Whether the clause says what has been done (X已…, …提出了…); 已发布的名单 qualifies a noun."""
    cues = _cues()
    return any(not cues.past_modifier.match(text, m.start(), b) and not _in_object(text, a, m)
               for m in cues.past.finditer(text, a, b))


def _in_object(text: str, a: int, m: re.Match[str]) -> bool:
    """Whether a 已 tells of the object of 对 / 针对 / 把 after a word that looks ahead (``X要对此前已销号问题开展…``)."""
    if m.group() not in ("已", "曾", "业已"):
        return False
    head = text[a : m.start()]
    k = max(head.rfind(w) for w in _OBJECT_WORDS)
    return k > 0 and any(w in head[:k] for w in _OBJECT_AHEAD)


def _clause_start(text: str, a: int, b: int) -> int:
    """Where a clause's subject may start: after its leading spaces, openers and inline label."""
    cues = _cues()
    p = a
    while p < b and text[p] in " \u3000":
        p += 1
    m = cues.label.match(text[p:b])
    if m is not None:
        p += m.end()
    m = cues.time_opener.match(text, p, b)  # 2019年6月底前各省份要…
    return _skip(text, p if m is None else m.end(), cues.openers)


def _read_sentence(text: str, span: Span, strict: bool, opening: int | None = None,
                   item_doers: bool = False) -> list[tuple[_Name, str]]:
    """``(unit, role)`` for every subject of a duty in one sentence, in printed order (``opening``: its _clause_start;
    ``item_doers``: a plan's item opened by its doer and a colon names the doer's duty whatever its verb)."""
    cues = _cues()
    out: list[tuple[_Name, str]] = []
    last_subject: list[int] = []  # indexes into out of the latest subject (会同 in a later clause)
    listed: list[_Name] = []  # a clause that is only a list of units, before ，(X，Y要…: both subjects)
    labelled: list[_Name] = []  # the sentence's first clause, only a list of units before ：(X：负责…)
    if _PAST_OPENER.match(text, _clause_start(text, span.start, span.end) if opening is None else opening):
        return []  # 过去一年，X会同Y扎实推进…: a review of what was done
    clauses = [q for c in _clauses(text, span) for q in said_parts(text, *c)]  # 以X为牵头单位、Y为责任单位
    said = False  # the latest clause named its units' role by 以…为 and a label (Y为配合单位 may follow)
    ahead: list[_Name] = []  # the partners of a first clause 会同Y、Z, before the subject they work with
    for k, (a, b) in enumerate(clauses):
        before, listed = listed, []
        label, labelled = labelled, []
        p = _clause_start(text, a, b)
        if p >= b:
            continue
        if b < len(text) and text[b] == "：" and any(w in text[p:b] for w in cues.reporting):
            continue  # 发展改革委会同有关部门研究提出：… reports, assigns nothing
        if not out and (first := _partners_first(text, p, b)) is not None:
            ahead = first  # 会同Y、Z，由X牵头…: the partners printed before the lead
            continue
        # 会同Y… in a later clause: the latest subject leads, Y supports
        for w in (*cues.with_words, *cues.lead_with):
            q = _skip(text, p, cues.adverbs)
            if last_subject and text.startswith(w, q):
                partners = _longest_list(text, q + len(w), b, False)
                if w in cues.lead_with and (partners is None or any(out[k][1] != "lead" for k in last_subject)):
                    continue  # 联合 only after a lead, and only before units (X牵头，联合开展…: no partner)
                if _past(text, q, b):
                    break
                for k in last_subject:
                    out[k] = (out[k][0], "lead")
                if partners is not None:
                    out.extend((x, "support") for x in partners[0])
                break
        else:
            found = _subject(text, p, b, span.end, strict, said) or _by_inside(text, p, b, strict) \
                or _asked_inside(text, p, b, span.end, strict) or _given_to(text, p, b, strict)
            said = found is not None and found.said
            if found is None and before:
                found = _listed_then_cue(text, p, b, before)  # X、Y等各地区，要…: the list is the subject
            if found is None and label:
                found = _labelled_then_cue(text, p, b, span.end, label)  # 1.市公安局：负责…
                if found is None and item_doers and _item_doer(text, label):
                    found = _Found(tuple(label), "responsible")  # （五）市经济和信息化局：推动… in a plan
            if found is None and out:
                found = _given(text, p, b, strict)  # 由X牵头，Y给予支持; 由X负责，Y落实。; X负责…，Y做好…
            if found is None:  # X负责…，对…负总责
                found = _carried_lead(text, p, b, [out[i][0] for i in last_subject], clauses[k - 1] if k else None)
            if found is None:
                if not strict and b < len(text) and text[b] == "，":
                    listed = _unit_list(text[p:b], p, strict) or _changed(text, p, b) or []
                elif not strict and k == 0 and b < len(text) and text[b] == "：":
                    labelled = _unit_list(text[p:b], p, strict) or []
                continue
            if _past(text, p, b):
                continue
            names = (*before, *found.names) if before and text.startswith(found.names[0].mention, p) else found.names
            out.extend((x, "support") for x in ahead)  # (会同Y，由X牵头: X leads, as X会同Y)
            last_subject = list(range(len(out), len(out) + len(names)))
            out.extend((x, "lead" if ahead else found.role) for x in names)
            ahead = []
            out.extend((x, "support") for x in found.partners)
    seen: set[tuple[str, str]] = set()
    unique = []
    for name, role in out:
        if (name.mention, role) not in seen:
            seen.add((name.mention, role))
            unique.append((name, role))
    return unique


def _item_doer(text: str, label: list[_Name]) -> bool:
    """Whether the units before a colon open a numbered item's line (``（五）市经济和信息化局：``): its label only before them."""
    line = text.rfind("\n", 0, label[0].start) + 1
    head = text[line : label[0].start].strip(" \u3000")
    m = _cues().label.match(head)
    return m is not None and m.end() == len(head)


def _asked_inside(text: str, p: int, b: int, sentence_end: int, strict: bool) -> _Found | None:
    """The units asked by a 请 after the clause's topic (``工程建设资金缺口请X会同Y…``; ``[prose] please_topic``)."""
    r = rules()["prose"]
    word = r["please_word"]
    q = text.find(word, p + 1, min(b, p + 1 + r["please_topic"]))
    if q < 0 or text[q - 1] in r["please_not_after"] or _cues().any_cue.search(text, p, q) is not None:
        return None
    return _subject(text, q, b, sentence_end, strict)


_CHANGED = tuple(rules()["prose"]["changed_then_cue"])


def _changed(text: str, p: int, b: int) -> list[_Name] | None:
    """The units opening a clause ``[p, b)`` before a verb of a change in their own state (``你公司变更单位名称…``,
    ``[prose] changed_then_cue``): the subject of a duty in the next clause (``…，应自变更之日起…申请…``)."""
    got = _longest_list(text, p, b, False, follows=_CHANGED)
    return got[0] if got is not None and got[0][0].start == p else None


def _listed_then_cue(text: str, p: int, b: int, listed: list[_Name]) -> _Found | None:
    """The units of a clause that is only a list, when the next clause ``[p, b)`` opens with a duty
    word (``各有关部门和单位以及北京市、天津市等各地区，要积极主动对接…``): they are its subjects."""
    pred = _cue_after_adverbs(text, p)
    if pred is None or pred[0] not in _cues().listed_cues or text.startswith("的", pred[2]):
        return None
    partners = _longest_list(text, pred[2], b, False) if pred[1] == "with" else None
    return _Found(tuple(listed), "lead" if pred[1] == "with" else pred[1], tuple(partners[0]) if partners else ())


def _labelled_then_cue(text: str, p: int, b: int, sentence_end: int, label: list[_Name]) -> _Found | None:
    """The units that open a sentence as its label, before ``：``, when the clause after the colon opens
    with a duty (``[prose]`` cues, perhaps after a phrase: ``1.市公安局：负责…``, ``市教育局、市商务局：按照职责分工，
    分别负责…``, a list of members' duties): they are its subjects. A word of guide alone opens a member's duty too
    (``市教育局：指导各中小学校…``: guide), though right after a subject it is a bare verb (``[prose] role_only``)."""
    pred = _predicate(text, p, b, sentence_end)
    if pred is None and text.startswith(_LABELLED, p):  # 财政部：按规定做好…
        pred = ("", "responsible", p)
    if pred is None or text.startswith("的", pred[2]):
        return None  # (市教育局：指导各中小学校…: a member's duty opened by a word of guide is guide; prose round 34)
    if pred[1] == "with":
        partners = _longest_list(text, pred[2], b, False)
        return _Found(tuple(label), "lead", tuple(partners[0]) if partners else ())
    return _Found(tuple(label), pred[1])


def _subject(text: str, p: int, b: int, sentence_end: int, strict: bool, said_bare: bool = False) -> _Found | None:
    """The subject of a duty opening ``[p, b)``, if any (``said_bare``: Y为配合单位 after 以X为牵头单位 is one)."""
    cues = _cues()
    # 由X牵头 / 由X负责 / 由X会同Y…
    q = _skip(text, p, cues.by_adverbs)
    if text.startswith(cues.by_word, q):
        return _by_subject(text, p, q, b, strict)
    start = p + without_opener(text[p:b])  # 以X为牵头单位，Y为配合单位，…: the label's role
    for j in range(start + 2, min(b, start + cues.list_length) if start > p or said_bare else start):
        said = said_at(text, j) if text[j] in "为作" else None
        if said is not None and (listed := _unit_list(text[start:j], start, strict)):
            return _Found(tuple(listed), said[1], said=True)
    asked = next((w for w in cues.please if text.startswith(w, p)), "")
    please = bool(asked)
    start = p + len(asked)
    limit = min(b, start + cues.list_length)
    starts = cues.predicate_start
    ends = range(limit, start + 1, -1)
    # 请X…: first a list that a cue follows (请省财政厅会同…: not 省财政厅会), then any list
    tries = [(True, j) for j in ends] if please else []
    refused = 0  # the end of a longer list of units read and refused (its predicate is no duty)
    for cued_only, j in [*tries, *((False, j) for j in ends)]:
        if not please and starts.match(text, j) is None:
            continue  # no predicate can start here (the plain reading would find none either)
        if text.startswith(_NEVER_SPLIT, j - 1):
            continue  # 丹江口市人民政府关|于…的意见: a title, no subject before 于
        if please and text.startswith(_ACROSS_END, j - 1):
            continue  # 请市消防救援支队组|织…: the name ends before the verb (as in _longest_list)
        listed = _unit_list(text[start:j], start, strict and not please)  # (请X in a law: read whole, then known?)
        if not listed or (not please and j < refused and _AND.match(text, j)):
            continue  # X与Y在平台上开设的账号应…: the list was refused, X before 与Y is no subject either
        refused = max(refused, j)
        if please and _ASKED_PERSON.match(text, j):
            return None  # 责令左权县人民政府县长孙光堂…: a person of the unit is asked, no unit
        pred: tuple[str, str, int] | None
        if please:  # 请X研究制定…: the duty needs no cue word; a cue right after it still gives the role
            pred = _cue_after_adverbs(text, j) or _guide_after_phrase(text, j, sentence_end)
            if pred is None and cued_only:
                continue
            pred = pred or ("", "responsible", j)
        else:
            pred = _predicate(text, j, b, sentence_end)
            if pred is not None and pred[0] in cues.role_only:
                continue  # 卫生健康行政部门监督指导…: a role word with no duty word before it
        if pred is None:
            continue
        cue, role, after = pred
        if not please:  # 县财政局对资金、县审计局对项目要…: each unit before the same preposition is a subject
            listed = [*listed, *_paired(text, j, after, strict)]
        if strict and not please and cue not in cues.regulation_cues:
            continue  # a law's general duties: 国务院及各部门要…, 民航局应当… (but 请X… names X's duty)
        if strict and please and not all(is_subject_unit(n.mention, strict=True)[0] for n in listed):
            return None  # 请国务院有关部门… in a law: a collective, not 国务院 (only units the registry knows)
        if text.startswith("的", after) or (cue.startswith(cues.plain_cues) and cues.relative.match(text, after)):
            continue  # 国务院负责商标…工作的部门, …全面负责的原则: the cue is inside a noun phrase
        if role == "support" and cues.nominal.match(text, after):
            continue  # 企业参与职业教育的积极性有较大提升: a measure of taking part, no duty
        if role == "with" or (role == "lead" and text.startswith(cues.with_words, after)):  # X要牵头会同Y: Y supports
            after += next((len(w) for w in cues.with_words if text.startswith(w, after)), 0)
            partners = _longest_list(text, after, b, False)  # (a named lead's partners may be collectives)
            return _Found(tuple(listed), "lead", tuple(partners[0]) if partners else ())
        if role == "responsible" and text.startswith(cues.lead_with, after):  # X将联合Y…: as X将会同Y…
            w = next(w for w in cues.lead_with if text.startswith(w, after))
            partners = _longest_list(text, after + len(w), b, False)
            if partners is not None and partners[0][0].start == after + len(w):  # (X要联合开展…: no partner)
                return _Found(tuple(listed), "lead", tuple(partners[0]))
        return _together(text, after, b, tuple(listed), role)
    return None


def _together(text: str, after: int, b: int, listed: tuple[_Name, ...], role: str) -> _Found:
    """X要与Y共同负责…: the units after a joiner and before a word of acting together (``[prose] together``)
    are subjects too, in the role of the cue after them (负责, 牵头) or else the subject's own."""
    cues = _cues()
    p = _skip(text, after, cues.adverbs)
    joiner = _AND.match(text, p)
    found = _longest_list(text, joiner.end(), b, False, cues.together) if joiner is not None else None
    if found is None:
        return _Found(listed, role)
    then = _cue_after_adverbs(text, found[1])
    if then is not None and then[1] != "with":
        role = then[1]
    return _Found((*listed, *found[0]), role)


def prose_tasks(text: str, units: Sequence[Unit] | None = None, clause_tasks: Sequence[Task] = (),
                year: int | None = None) -> tuple[Task, ...]:
    """Every prose task of a normalised document text, in reading order (ordinals 0: the caller
    numbers them with the other tasks).

    A sentence that lies inside the text of a task read from a clause, field line or table is left
    to that task. ``year``: the document's own; a sentence opened by an earlier year tells what was done, as
    ``过去一年，…`` does (that sentence alone).

    >>> t = "各地区、各部门要加强组织领导。发展改革委已印发实施方案。请财政部会同有关部门研究制定具体办法。"
    >>> [(text[0:0], [(a.mention, a.role, a.generic) for a in x.assignees]) for x in prose_tasks(t) for text in [t]]
    [('', [('各地区', 'responsible', True), ('各部门', 'responsible', True)]), ('', [('财政部', 'lead', False), ('有关部门', 'support', True)])]
    """
    if units is None:
        units = numbered_units(text)
    cues = _cues()
    index = PathIndex(units)
    taken = sorted((t.text_span.start, max(t.text_span.end, t.clause_span.end)) for t in clause_tasks)
    taken_starts = [a for a, _ in taken]
    reg_start = _regulation_start(text, units)
    out: list[Task] = []
    title = text.lstrip().split("\n", 1)[0]
    habitual = _HABITUAL_KIND.search(title) is not None  # a report or a reply (its title)
    item_doers = not habitual and _ITEM_DOER_TITLE.search(title) is not None  # a plan: （五）X：推动… is X's duty
    reviews = _reviews(text, units)  # 一、2019年工作回顾: what was done
    review = -2  # the line start of a paragraph opened by a time of the past (its later sentences review it too)
    for span in sentences(text, units):
        line, opening = text.rfind("\n", 0, span.start), _clause_start(text, span.start, span.end)
        if _of_a_past_year(text, span, year):
            continue  # 2024年，X会同Y完成… in a plan of 2025: done (the sentence alone: 会议明确，由X牵头… may follow it)
        if _PAST_PARAGRAPH.match(text, opening):
            review = line
        elif _PAST_OPENER.match(text, opening):
            pass  # 你市在请示中提出，…。请你市会同X…: the request's sentence alone (read in _read_sentence)
        elif line == review:
            if not _PAST_ENDS.match(text, span.start):
                continue  # 过去一年，…。X会同Y争取资金…。: the same review
            review = -2  # 今年，X要…: the review is over
        if (cues.any_cue.search(text, span.start, span.end) is None and not said_search(text, span.start, span.end)
                and not (item_doers and "：" in text[span.start : span.end])) \
                or (any(a <= span.start < b for a, b in reviews) and not _PAST_ENDS.match(text, span.start)):
            continue
        k = bisect.bisect_left(taken_starts, span.end)
        if any(a < span.end and span.start < b for a, b in taken[max(0, k - 4) : k]):
            continue  # inside a task that ends in a responsibility clause: the clause governs it
        strict = span.start >= reg_start
        found = _read_sentence(text, span, strict, opening, item_doers)
        if habitual and _habitual(text, span, [n.mention for n, _ in found]):
            continue  # 凡…的重大事项，县政府都要组织召开听证会 in a report or a reply: how the work is done
        if any(is_addressee_pronoun(n.mention) and addressee_for(n.mention, text) is None for n, _ in found):
            continue  # 请你省…, 请你们同有关部门… with no one addressee in the header: no unit is invented, none guessed
        found = [(n, role) for n, role in found if not stray_company_self(n.mention, text)]  # 公司应当… in a law
        if not found:
            continue
        assignees = tuple(
            Assignee(n.mention, role, n.generic, False, Span(n.start, n.start + len(n.mention))) for n, role in found
        )
        out.append(Task(index.path_at(span.start), span, span, assignees, 0, "prose"))
    return tuple(out)
