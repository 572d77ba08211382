"""An ``<iframe srcdoc>`` read in its place: a page that prints its notice inside a frame's ``srcdoc`` attribute
(政务公开 platforms do so to keep the site's styles off the document) shows that document where the frame stands.

``inline_frames`` parses each frame's ``srcdoc`` with the same parser and puts its ``<body>``'s content, in a
``<div>``, in the frame's place; a frame with a ``src`` only (another file) stays as it is (skipped as before).
"""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

__all__ = ["inline_frames"]


def inline_frames(soup: BeautifulSoup, depth: int = 0) -> None:
    for frame in soup.find_all("iframe"):
        if not isinstance(frame, Tag):
            continue
        doc = frame.get("srcdoc")
        if not isinstance(doc, str) or not doc.strip():
            continue
        inner = BeautifulSoup(doc, "lxml")
        if depth < 2:
            inline_frames(inner, depth + 1)  # a frame inside the frame's document (rare; bounded)
        for t in inner.find_all(["head", "script", "style", "noscript", "template"]):
            t.decompose()
        div = soup.new_tag("div")
        div["class"] = "srcdoc"
        body = inner.body or inner
        for child in list(body.children):
            div.append(child.extract())
        frame.replace_with(div)
