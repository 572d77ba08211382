"""What the web-page reader (:mod:`graph.ingest.html`) takes a tag for: never text, a block of its own, hidden."""

from __future__ import annotations

from bs4 import Tag

__all__ = ["_BLOCK", "_SKIP", "_hidden_style"]

# Elements whose content is never document text.
_SKIP = frozenset(
    {"script", "style", "noscript", "iframe", "object", "embed", "svg", "canvas", "template", "head", "title",
     "meta", "link", "button", "select", "option", "input", "textarea", "form", "nav", "map", "area", "audio",
     "video", "img"}
)
# Elements that start and end a line.
_BLOCK = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
     "section", "article", "header", "footer", "aside", "main", "address", "center", "hr", "figure",
     "figcaption", "caption", "fieldset", "legend", "body", "html", "table", "tbody", "thead", "tfoot", "tr",
     "td", "th"}
)


def _hidden_style(tag: Tag) -> bool:
    style = str(tag.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style
