"""扎赉特旗's plan as OFD (GB/T 33190), written by hand in a layout a 公文 system's converter uses: the red head
(发文机关标志 and red rule) in a template page under the first page, text objects placed through a CTM (the title
drawn at half size and scaled by 2, the red head squeezed to 80 % width), glyph advances in DeltaX with the `g`
repeat form, one TextCode per printed line, body lines flowing over three pages (a paragraph runs over a page break),
a task table drawn with path lines whose lead cell spans two rows, page numbers `— n —`, and an annotation layer
(a seal image and a diagonal watermark `仅供网上公开` over the second page)."""

from __future__ import annotations

import zipfile
from pathlib import Path

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
W, H = 210.0, 297.0
LEFT, RIGHT = 28.0, 184.0
BODY = 5.6  # 三号 about 16 pt
PITCH = 9.8
TOP, BOTTOM = 37.0, 262.0
TITLE = "扎赉特旗人民政府办公室关于印发《扎赉特旗2023年黑土地保护利用工作方案》的通知"


def _wide(ch: str) -> float:
    return 0.5 if ch.isascii() else 1.0


def _delta(text: str, size: float) -> str:
    """DeltaX as a converter writes it: runs of equal advances folded into `g N step`."""
    steps = [round(_wide(c) * size, 3) for c in text[:-1]]
    out: list[str] = []
    i = 0
    while i < len(steps):
        j = i
        while j < len(steps) and steps[j] == steps[i]:
            j += 1
        n = j - i
        out.append(f"g {n} {steps[i]:g}" if n > 2 else " ".join(f"{s:g}" for s in steps[i:j]))
        i = j
    return " ".join(out)


def _width(text: str, size: float) -> float:
    return sum(_wide(c) for c in text) * size


def _wrap(text: str, size: float, width: float, indent: float) -> list[str]:
    lines, cur, room = [], "", width - indent
    for ch in text:
        if _width(cur + ch, size) > room and ch not in "，。、；：）”":
            keep = ""
            while ch.isdigit() and cur and cur[-1].isdigit():  # a number is not broken over lines
                keep, cur = cur[-1] + keep, cur[:-1]
            lines.append(cur)
            cur, room = keep, width
        cur += ch
    if cur:
        lines.append(cur)
    return lines


class Writer:
    def __init__(self) -> None:
        self.ids = 100
        self.pages: list[list[str]] = [[]]
        self.y = TOP

    def nid(self) -> int:
        self.ids += 1
        return self.ids

    def text(self, x: float, y: float, text: str, size: float = BODY, font: int = 4, scale: float = 1.0,
             color: str = "") -> None:
        """One TextObject: Boundary in page mm; Size, X, Y and DeltaX in object space; CTM scales it."""
        w = _width(text, size) * scale
        ctm = f' CTM="{scale:g} 0 0 {scale:g} 0 0"' if scale != 1.0 else ""
        fill = f'<ofd:FillColor Value="{color}"/>' if color else ""
        self.pages[-1].append(
            f'<ofd:TextObject ID="{self.nid()}" Boundary="{x:.3f} {y - size * scale:.3f} {w + 1:.3f} '
            f'{size * scale * 1.4:.3f}" Font="{font}" Size="{size:g}"{ctm}>{fill}'
            f'<ofd:TextCode X="0" Y="{size:g}" DeltaX="{_delta(text, size)}">{_esc(text)}</ofd:TextCode>'
            "</ofd:TextObject>")

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.pages[-1].append(
            f'<ofd:PathObject ID="{self.nid()}" Boundary="0 0 {W:g} {H:g}" LineWidth="0.25">'
            f"<ofd:AbbreviatedData>M {x1:.2f} {y1:.2f} L {x2:.2f} {y2:.2f}</ofd:AbbreviatedData></ofd:PathObject>")

    def need(self, height: float) -> None:
        if self.y + height > BOTTOM:
            self.pages.append([])
            self.y = TOP

    def para(self, text: str, how: str = "para") -> None:
        indent = 2 * BODY if how == "para" else 0.0
        for k, ln in enumerate(_wrap(text, BODY, RIGHT - LEFT, indent)):
            self.need(PITCH)
            self.y += PITCH
            if how == "center":
                x = (W - _width(ln, BODY)) / 2
            elif how == "right":
                x = RIGHT - 4 * BODY - _width(ln, BODY)
            else:
                x = LEFT + (indent if k == 0 else 0)
            self.text(x, self.y, ln)

    def title(self, text: str) -> None:
        size = 7.8
        for ln in _wrap(text, size, RIGHT - LEFT, 0):
            self.need(12)
            self.y += 12
            self.text((W - _width(ln, size)) / 2, self.y, ln, size / 2, font=5, scale=2.0)
        self.y += 4

    def table(self, rows: list[list[str]], widths: list[float], span: tuple[int, int, int]) -> None:
        """span: (column, first row, last row) of a cell merged down; its text is printed once, centred."""
        size, pitch = 4.2, 6.0
        wrapped = [[_wrap(c, size, w - 2, 0) if c else [] for c, w in zip(r, widths, strict=True)] for r in rows]
        heights = [max(max((len(c) for c in r), default=1), 1) * pitch + 3 for r in wrapped]
        col, a, b = span
        self.need(sum(heights) + 4)
        top = self.y + 4
        xs = [LEFT]
        for w in widths:
            xs.append(xs[-1] + w)
        ys = [top]
        for h in heights:
            ys.append(ys[-1] + h)
        for i, y in enumerate(ys):
            if a < i <= b:
                self.line(xs[0], y, xs[col], y)
                self.line(xs[col + 1], y, xs[-1], y)
            else:
                self.line(xs[0], y, xs[-1], y)
        for x in xs:
            self.line(x, ys[0], x, ys[-1])
        for i, r in enumerate(wrapped):
            for j, cell in enumerate(r):
                if not cell:
                    continue
                y0, y1 = (ys[a], ys[b + 1]) if (j == col and i == a) else (ys[i], ys[i + 1])
                first = (y0 + y1) / 2 - (len(cell) * pitch) / 2 + size
                for k, ln in enumerate(cell):
                    self.text(xs[j] + 1, first + k * pitch, ln, size)
        self.y = ys[-1] + 2


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _content(objs: list[str], tpl: int | None) -> str:
    t = f'<ofd:Template TemplateID="{tpl}" ZOrder="Background"/>' if tpl else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page {NS}>{t}<ofd:Content>'
            f'<ofd:Layer ID="{abs(hash(tpl)) % 90 + 1}" Type="Body">' + "".join(objs)
            + "</ofd:Layer></ofd:Content></ofd:Page>")


def write_ofd(out: Path) -> None:
    w = Writer()
    # page 1 below the red head of the template
    w.y = 44
    w.text((W - _width("扎政办发〔2023〕7号", BODY)) / 2, 46, "扎政办发〔2023〕7号")
    w.y = 56
    w.title(TITLE)
    w.para("各苏木乡镇人民政府，旗直各有关单位：", "left")
    w.para("现将《扎赉特旗2023年黑土地保护利用工作方案》印发给你们，请结合实际，认真组织实施。")
    w.y += PITCH
    w.para("扎赉特旗人民政府办公室", "right")
    w.para("2023年4月11日", "right")
    w.y += PITCH
    w.title("扎赉特旗2023年黑土地保护利用工作方案")
    w.para("一、工作目标")
    w.para("到2023年底，全旗完成黑土地保护性耕作面积80万亩，建成高标准农田15万亩，黑土地退化趋势得到有效遏制。")
    w.para("二、重点任务")
    w.para("（一）推广保护性耕作。以玉米、大豆种植区为重点，推广秸秆覆盖免耕播种技术，"
           "扩大保护性耕作整建制推进县建设规模。（旗农牧和科技局牵头，各苏木乡镇人民政府配合）")
    w.para("（二）实施秸秆还田。推行秸秆深翻还田和碎混还田，2023年秸秆还田面积达到60万亩，"
           "落实秸秆还田作业补助资金，提高农户秸秆还田积极性，逐步提升耕地有机质含量。"
           "（旗农牧和科技局、旗财政局按职责分工负责）")
    w.para("（三）加强耕地质量监测。完善耕地质量监测网络，开展黑土地耕地质量长期定位监测。")
    w.para("责任单位：旗农牧和科技局")
    w.para("三、任务分工")
    w.table([["序号", "工作任务", "牵头单位", "配合单位"],
             ["1", "开展黑土地侵蚀沟综合治理", "旗水利局", "旗自然资源局"],
             ["2", "建设农田防护林网，修复退化林带", "", "旗林业和草原局"],
             ["3", "开展耕地质量等级调查评价", "旗农牧和科技局", "各苏木乡镇人民政府"]],
            [14, 70, 34, 38], (2, 1, 2))
    w.para("四、保障措施")
    w.para("旗财政局要统筹整合涉农资金，保障黑土地保护利用项目资金需求。")
    pages = w.pages
    for n, objs in enumerate(pages, 1):
        num = f"— {n} —"
        saved, w.pages = w.pages, [objs]
        w.text(RIGHT - _width(num, BODY) if n % 2 else LEFT, 275, num)
        w.pages = saved
    tpl_head = Writer()
    tpl_head.text((W - 0.8 * _width("扎赉特旗人民政府办公室文件", 14)) / 2, 33, "扎赉特旗人民政府办公室文件", 14 / 0.8 * 0.8,
                  font=5, color="255 0 0")
    head = tpl_head.pages[0][0].replace(' Font="5"', ' Font="5" CTM="0.8 0 0 1 0 0"')
    rule = (f'<ofd:PathObject ID="90" Boundary="0 0 {W:g} {H:g}" LineWidth="0.8"><ofd:StrokeColor Value="255 0 0"/>'
            f"<ofd:AbbreviatedData>M {LEFT} 50 L {RIGHT} 50</ofd:AbbreviatedData></ofd:PathObject>")
    files: dict[str, str] = {}
    files["OFD.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD {NS} Version="1.1" DocType="OFD"><ofd:DocBody>'
        "<ofd:DocInfo><ofd:DocID>6f1c0f5a2b8e4d3c9a7e5b1d2c3f4a6b</ofd:DocID>"
        f"<ofd:Title>{TITLE}</ofd:Title><ofd:Author>zlt_bgs</ofd:Author>"
        "<ofd:CreationDate>2023-04-11</ofd:CreationDate><ofd:Creator>Suwell OFD Converter</ofd:Creator>"
        "<ofd:CreatorVersion>3.0</ofd:CreatorVersion></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
        "<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures></ofd:DocBody></ofd:OFD>")
    page_ids = [1000 + i for i in range(len(pages))]
    files["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document {NS}><ofd:CommonData>'
        f"<ofd:MaxUnitID>{w.ids + 10}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {W:g} {H:g}</ofd:PhysicalBox>"
        "</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
        '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData><ofd:Pages>'
        + "".join(f'<ofd:Page ID="{pid}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i, pid in enumerate(page_ids))
        + "</ofd:Pages><ofd:Annotations>Annots/Annotations.xml</ofd:Annotations></ofd:Document>")
    files["Doc_0/PublicRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res {NS} BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="4" FontName="仿宋_GB2312" FamilyName="仿宋_GB2312"/>'
        '<ofd:Font ID="5" FontName="方正小标宋简体" FamilyName="方正小标宋简体"/></ofd:Fonts></ofd:Res>')
    files["Doc_0/Tpls/Tpl_0/Content.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page {NS}><ofd:Content><ofd:Layer ID="3" Type="Background">'
        + head + rule + "</ofd:Layer></ofd:Content></ofd:Page>")
    for i, objs in enumerate(pages):
        files[f"Doc_0/Pages/Page_{i}/Content.xml"] = _content(objs, 2 if i == 0 else None)
    files["Doc_0/Annots/Annotations.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Annotations {NS}>'
        f'<ofd:Page PageID="{page_ids[0]}"><ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc></ofd:Page>'
        f'<ofd:Page PageID="{page_ids[1]}"><ofd:FileLoc>Page_1/Annotation.xml</ofd:FileLoc></ofd:Page>'
        "</ofd:Annotations>")
    files["Doc_0/Annots/Page_0/Annotation.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:PageAnnot {NS}><ofd:Annot ID="{w.ids + 1}" Type="Stamp" '
        'Creator="zlt_bgs" LastModDate="2023-04-11"><ofd:Remark>电子印章</ofd:Remark>'
        '<ofd:Appearance Boundary="118 118 42 42"><ofd:ImageObject ID="{0}" ResourceID="7" '
        'Boundary="0 0 42 42" CTM="42 0 0 42 0 0"/></ofd:Appearance></ofd:Annot></ofd:PageAnnot>'
        .replace("{0}", str(w.ids + 2)))
    files["Doc_0/Annots/Page_1/Annotation.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:PageAnnot {NS}><ofd:Annot ID="{w.ids + 3}" Type="Watermark" '
        'Creator="zlt_bgs" LastModDate="2023-04-11" NoPrint="false"><ofd:Appearance Boundary="40 120 130 60">'
        f'<ofd:TextObject ID="{w.ids + 4}" Boundary="0 0 130 60" Font="4" Size="12" Alpha="60" '
        'CTM="0.866 -0.5 0.5 0.866 0 40"><ofd:FillColor Value="200 200 200"/>'
        '<ofd:TextCode X="0" Y="12" DeltaX="g 5 12">仅供网上公开</ofd:TextCode></ofd:TextObject>'
        "</ofd:Appearance></ofd:Annot></ofd:PageAnnot>")
    files["Doc_0/Signs/Signatures.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Signatures {NS}><ofd:MaxSignId>0</ofd:MaxSignId>'
        "</ofd:Signatures>")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in files.items():
            z.writestr(zipfile.ZipInfo(name, (2023, 4, 11, 9, 30, 0)), body.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    print(out.name, len(pages), "pages; lines:")
    for i, objs in enumerate(pages):
        import re
        print(i, [re.sub(r"<[^>]+>", "", o)[:30] for o in objs if "TextCode" in o])
