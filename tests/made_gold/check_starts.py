"""Check a made round's gold against its documents' plain text: every task ``start`` is 12 characters and printed
(HTML tags and line breaks removed; DOCX/XLSX text of cells and paragraphs). A writing aid, not a test."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path


def plain(path: Path) -> str:
    if path.suffix == ".html":
        return re.sub(r"\s+", "", re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8"))).replace("&gt;", ">")
    if path.suffix == ".docx":
        import zipfile
        xml = zipfile.ZipFile(path).read("word/document.xml").decode()
        return "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    if path.suffix == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path)
        return "".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in pdf.pages))
    return re.sub(r"\s+", "", path.read_text(encoding="utf-8"))


for gold in sorted(Path(sys.argv[1]).glob("*.json")):
    g = json.loads(gold.read_text(encoding="utf-8"))
    doc = next(Path(sys.argv[1], "docs").glob(gold.stem + ".*"))
    text = re.sub(r"\s+", "", plain(doc))
    for t in g["tasks"]:
        ok = len(t["start"]) == 12 and t["start"] in text
        if not ok:
            print(gold.stem, t["path"], t["start"], len(t["start"]), "NOT FOUND" if t["start"] not in text else "")
        for a in t["assignees"]:
            if a["mention"] not in text:
                print(gold.stem, "mention not printed:", a["mention"])
    print(gold.stem, len(g["tasks"]), "tasks checked")
