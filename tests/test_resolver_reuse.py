"""A resolver kept over many documents resolves each mention in its own document's context. The context was
remembered by ``id(ex)``; once a document's extraction was freed, Python could give a later one the same id, and
that document's 省财政厅 took the earlier document's province (seen as zj-fin in one run, hn-fin in another)."""

from __future__ import annotations

import gc

from graph.extract import extract
from graph.model import Document
from graph.resolve import default_resolver

_PLANS = {
    "浙江省": "浙江省人民政府办公厅关于印发浙江省质量提升行动方案的通知\n\n一、加强质量监管。（省财政厅负责）\n",
    "湖南省": "湖南省人民政府办公厅关于印发湖南省质量提升行动方案的通知\n\n一、加强质量监管。（省财政厅负责）\n",
}


def test_a_reused_resolver_keeps_each_documents_own_place() -> None:
    resolve = default_resolver()
    resolve("省财政厅", extract(Document(source="warm.txt", text=_PLANS["浙江省"])))  # its tables loaded
    got: list[tuple[str, str]] = []
    gc.freeze()  # the tables loaded so far are not walked by each collection below
    try:
        for i in range(40):
            province = ("浙江省", "湖南省")[i % 2]
            ex = extract(Document(source=f"{i}.txt", text=_PLANS[province]))
            got.append((province, str(resolve("省财政厅", ex)[1])))
            del ex
            gc.collect()  # (frees the extraction: the next one may be given its id)
    finally:
        gc.unfreeze()
    assert all(name == f"{province}财政厅" for province, name in got), got
