"""The map's page: one self-contained, offline HTML file (vis-network inlined, data as JSON).

The page fills its window and has a legend, a search box that matches any name a department goes
by (full, short such as 工信部, as printed, or a part of one) with a list of matches or "not found"
and zooms to the match and its neighbours, filters by role, document, place and level, and a
heading that counts what is shown. Labels are shown by importance and zoom: the 30 most important
at the fitted view, twice as many per doubling of the zoom, never on top of one another.

Why the page template is ours and not pyvis's: pyvis 0.3.2's template always links Bootstrap from a
CDN, and switches to a tooltip that writes ``title`` with ``innerHTML`` as soon as a title contains
the letters ``href`` — policy text is untrusted input. pyvis's bundled vis-network 9.1.2 JS/CSS is
inlined, so the file loads nothing from the network. Every piece of document text travels as JSON
data (``<``, ``>`` and ``&`` escaped) and reaches the page only through ``textContent``: it is shown
literally and never parsed as HTML.
"""

from __future__ import annotations

import html
import importlib.util
import json
from pathlib import Path
from typing import Any

__all__ = ["MapHTML", "render_page", "vis_assets"]


class MapHTML(str):
    """The HTML of a map: a ``str`` that Jupyter displays inline (in an ``iframe srcdoc``)."""

    height: int = 820

    def __repr__(self) -> str:
        return f"<MapHTML: an offline page of {len(self):,} characters; shown inline in Jupyter>"

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(str(self), quote=True)}" '
            f'style="width:100%;height:{self.height}px;border:0" sandbox="allow-scripts"></iframe>'
        )


def vis_assets() -> tuple[str, str]:
    """The vis-network 9.1.2 JavaScript and CSS bundled with pyvis, as text.

    Found without importing pyvis (its ``__init__`` imports IPython: 0.4 s of a map's start)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyvis is needed for its bundled vis-network (pip install pyvis)")
    lib = Path(next(iter(spec.submodule_search_locations)), "lib", "vis-9.1.2")
    return (
        lib.joinpath("vis-network.min.js").read_text(encoding="utf-8"),
        lib.joinpath("vis-network.css").read_text(encoding="utf-8"),
    )


def _json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for a, b in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(a, b)
    return text


_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>__TITLE__</title>
<style>__CSS__</style>
<style>
html, body { margin: 0; height: 100%; }
body { display: flex; flex-direction: column;
  font: 13px/1.4 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
#bar { display: flex; gap: .4em 1em; align-items: center; padding: 4px 8px; border-bottom: 1px solid #ddd;
  flex-wrap: wrap; }
#bar h1 { font-size: 14px; margin: 0; }
#shown { color: #555; }
#bar select { max-width: 16em; }
#searchbox { position: relative; }
#matches { position: absolute; z-index: 20; top: 100%; left: 0; background: #fff; border: 1px solid #bbb;
  max-height: 50vh; overflow: auto; min-width: 22em; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
#matches[hidden] { display: none; }
#matches div { padding: 2px 6px; cursor: pointer; white-space: nowrap; }
#matches div:hover, #matches div.best { background: #e8f0fe; }
#matches .note { color: #666; cursor: default; }
#notfound { color: #b00020; }
#legend { padding: 2px 8px; border-bottom: 1px solid #eee; font-size: 12px; }
#legend span.sw { display: inline-block; width: 11px; height: 11px; margin: 0 3px 0 9px;
  vertical-align: -1px; border-radius: 2px; }
#wrap { display: flex; flex: 1; min-height: 0; }
#mynetwork { flex: 1; height: 100%; min-width: 0; }
#details { width: 300px; overflow: auto; padding: 8px; border-left: 1px solid #ddd;
  white-space: pre-wrap; font-size: 12px; }
div.vis-tooltip { white-space: pre-wrap; max-width: 380px; }
</style>
</head>
<body>
<div id="bar"><h1 id="heading"></h1><span id="shown"></span>
<span id="searchbox"><input id="search" size="22" placeholder="搜索部门 search (简称/全称/部分)" autocomplete="off">
<div id="matches" hidden></div></span>
<span id="notfound" hidden>未找到 not found</span>
<button id="clear" type="button">全部 all</button>
<span id="roles"></span>
<select id="doc"><option value="">全部文件 all documents</option></select>
<select id="place"><option value="">全部地区 all places</option></select>
<select id="level"><option value="">全部层级 all levels</option></select>
</div>
<div id="legend"></div>
<div id="wrap"><div id="mynetwork"></div>
<div id="details">点击节点查看详情 · click a node for details</div></div>
<script>__JS__</script>
<script>
var network, nodes, edges;
var policykg = { ready: false, readyMs: null, data: __DATA__ };
(function () {
  var d = policykg.data, byId = {}, adj = {};
  d.nodes.forEach(function (n) { byId[n.id] = n; adj[n.id] = []; });
  d.edges.forEach(function (e, i) { e.id = i; adj[e.from].push(i); adj[e.to].push(i); });
  function tip(text) { var el = document.createElement("div"); el.textContent = text; return el; }
  function add(parent, tag, text) { var el = document.createElement(tag); el.textContent = text;
    parent.appendChild(el); return el; }
  function option(sel, value, text) { var o = add(sel, "option", text); o.value = value; }
  var legend = document.getElementById("legend");
  [d.legend.nodes, d.legend.roles].forEach(function (items) {
    items.forEach(function (item) {
      var sw = add(legend, "span", ""); sw.className = "sw"; sw.style.background = item[1];
      add(legend, "span", item[0]);
    });
  });
  add(legend, "span", "  · " + d.legend.size);
  var roleBox = document.getElementById("roles"), roleOn = {};
  d.legend.roles.forEach(function (item, k) {
    var key = ["lead", "responsible", "support", "guide"][k]; roleOn[key] = true;
    var lab = add(roleBox, "label", ""); var cb = document.createElement("input");
    cb.type = "checkbox"; cb.checked = true; cb.value = key; cb.className = "role"; lab.appendChild(cb);
    var sw = add(lab, "span", item[0].split(" ")[0]); sw.style.color = item[1];
    cb.addEventListener("change", function () { roleOn[key] = cb.checked; apply(); });
  });
  var docSel = document.getElementById("doc"), placeSel = document.getElementById("place"),
    levelSel = document.getElementById("level");
  d.documents.forEach(function (x) { option(docSel, x[0], (x[1] ? x[1] + " — " : "") + x[0]); });
  d.places.forEach(function (x) { option(placeSel, x, x); });
  d.levels.forEach(function (x) { option(levelSel, x, x); });
  if (!d.places.length) { placeSel.hidden = true; }
  if (!d.levels.length) { levelSel.hidden = true; }
  if (d.documents.length < 2) { docSel.hidden = true; }
  nodes = new vis.DataSet(d.nodes.map(function (n) {
    return {id: n.id, label: n.label, shape: n.shape, color: n.color, size: n.size, x: n.x, y: n.y,
      type: n.type, title: tip(n.tip), font: {size: 0.01}}; }));
  edges = new vis.DataSet(d.edges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, color: e.color, width: e.width, title: tip(e.tip)}; }));
  network = new vis.Network(document.getElementById("mynetwork"), {nodes: nodes, edges: edges}, d.options);
  var details = document.getElementById("details");
  policykg.showDetails = function (id) { var n = byId[id]; details.textContent = n ? (n.detail || n.tip) : ""; };
  network.on("click", function (p) { if (p.nodes.length) { policykg.showDetails(p.nodes[0]); } });
  function hideTooltip() {
    try { network.interactionHandler.popup.hide(); } catch (err) { /* no tooltip open */ }
    Array.prototype.forEach.call(document.querySelectorAll("div.vis-tooltip"), function (el) {
      el.style.visibility = "hidden"; });
  }
  // labels by importance and zoom: at most LABEL_FIRST × 2^(zoom doublings) labels, most important
  // first, each drawn at LABEL_PX on screen and only where it does not cover a label already placed
  // (vis-network skips a label under its drawThreshold, so a hidden label is just a tiny font)
  var order = d.nodes.slice().sort(function (a, b) { return a.importance - b.importance; });
  var labelOn = {};  // every label starts hidden (font 0.01): only changes are sent to vis-network
  d.nodes.forEach(function (n) { labelOn[n.id] = false; });
  function placeLabels() {
    var s = network.getScale() || 1, c = network.getViewPosition();
    var box = document.getElementById("mynetwork").getBoundingClientRect(), W = box.width, H = box.height;
    var budget = Math.floor(d.label_first * Math.max(1, s / (policykg.initialScale || s)) + 1e-6);
    var pos = network.getPositions(), grid = {}, cell = 64, shown = 0, changes = [], hiddenNow = {};
    Object.keys(nodeHidden).forEach(function (id) { if (nodeHidden[id]) { hiddenNow[id] = true; } });
    function hit(x0, y0, x1, y1, mark) {
      for (var gx = Math.floor(x0 / cell); gx <= Math.floor(x1 / cell); gx++) {
        for (var gy = Math.floor(y0 / cell); gy <= Math.floor(y1 / cell); gy++) {
          var k = gx + ":" + gy, list = grid[k] || (grid[k] = []);
          if (!mark) { for (var i = 0; i < list.length; i++) { var b = list[i];
            if (x0 < b[2] && b[0] < x1 && y0 < b[3] && b[1] < y1) { return true; } } }
          else { list.push([x0, y0, x1, y1]); }
        } }
      return false;
    }
    order.forEach(function (n) {
      var on = false, p = pos[n.id];
      if (p && shown < budget && n.label && !hiddenNow[n.id]) {
        var x = (p.x - c.x) * s + W / 2, y = (p.y - c.y) * s + H / 2, r = n.size * s;
        var w = n.label.length * d.label_px * 0.95 / 2, top = y + r + 1, bottom = top + d.label_px + 2;
        if (x + w > 0 && x - w < W && bottom > 0 && top < H) {
          if (!hit(x - w, top, x + w, bottom, false)) { hit(x - w, top, x + w, bottom, true); on = true; shown++; }
        }
      }
      if (on || labelOn[n.id] !== on) {
        changes.push({id: n.id, font: {size: on ? d.label_px / s : 0.01}}); }
      labelOn[n.id] = on;
    });
    if (changes.length) { nodes.update(changes); }
    policykg.labelsShown = shown;
  }
  policykg.placeLabels = placeLabels;
  var pending = null;
  function later() { if (pending) { clearTimeout(pending); } pending = setTimeout(function () {
    pending = null; placeLabels(); }, 60); }
  network.on("zoom", later);
  network.on("dragEnd", later);
  var focus = null;  // ids kept by a search, or null
  var nodeHidden = {}, edgeHidden = {};
  function apply() {
    var doc = docSel.value, place = placeSel.value, level = levelSel.value;
    var deptOk = function (n) { return (!place || n.place === place) && (!level || n.level === level); };
    var filtered = doc || place || level || Object.keys(roleOn).some(function (k) { return !roleOn[k]; });
    var showNode = {}, showEdge = {};
    d.edges.forEach(function (e) {
      var a = byId[e.from], b = byId[e.to];
      var dept = a.type === "department" ? a : b, other = dept === a ? b : a;
      var ok = (roleOn[e.role] !== false) && (!doc || e.doc === doc) && deptOk(dept) &&
        (!focus || (focus[a.id] && focus[b.id]));
      if (ok) { showEdge[e.id] = true; showNode[dept.id] = true; showNode[other.id] = true; }
    });
    d.nodes.forEach(function (n) {
      if (!adj[n.id].length && !filtered && (!focus || focus[n.id])) { showNode[n.id] = true; } });
    // only what changes goes to vis-network (an update of every item costs ~1 s at 5,000 nodes)
    var nodeChanges = [], edgeChanges = [];
    d.nodes.forEach(function (n) { var h = !showNode[n.id];
      if (h !== !!nodeHidden[n.id]) { nodeHidden[n.id] = h; nodeChanges.push({id: n.id, hidden: h}); } });
    d.edges.forEach(function (e) { var h = !showEdge[e.id];
      if (h !== !!edgeHidden[e.id]) { edgeHidden[e.id] = h; edgeChanges.push({id: e.id, hidden: h}); } });
    if (nodeChanges.length) { nodes.update(nodeChanges); }
    if (edgeChanges.length) { edges.update(edgeChanges); }
    hideTooltip();
    count(showNode);
    later();
  }
  function count(showNode) {
    var docs = {}, tasks = 0, depts = 0, all = {docs: {}, tasks: 0, depts: 0};
    d.nodes.forEach(function (n) {
      var on = !showNode || showNode[n.id];
      if (n.type === "department") { all.depts++; if (on) { depts++; } }
      else { if (n.type === "task") { all.tasks++; if (on) { tasks++; } }
        n.docs.forEach(function (x) { all.docs[x] = 1; if (on) { docs[x] = 1; } }); }
    });
    var nd = Object.keys(docs).length, ad = Object.keys(all.docs).length;
    function part(k, total, word) { return (k === total ? "" : k + " / ") + total + " " + word; }
    var bits = [part(nd, ad, ad === 1 ? "document" : "documents")];
    if (d.second === "task") { bits.push(part(tasks, all.tasks, "tasks")); }
    bits.push(part(depts, all.depts, "departments"));
    document.getElementById("shown").textContent = (showNode ? "shown: " : "") + bits.join(" · ");
  }
  document.getElementById("heading").textContent = d.heading;
  count(null);
  [docSel, placeSel, levelSel].forEach(function (el) { el.addEventListener("change", apply); });
  // search: every name a department goes by (full, short, as printed), whole or in part
  function norm(s) { return String(s).replace(/\\s+/g, "").toLowerCase(); }
  var searchable = d.nodes.filter(function (n) { return n.type !== "task"; }).map(function (n) {
    return {node: n, names: (n.aliases || [n.label]).map(norm), label: norm(n.label)}; });
  function find(q) {
    q = norm(q); if (!q) { return []; }
    var hits = [];
    searchable.forEach(function (s) {
      var best = 9;
      if (s.label === q) { best = 0; }
      s.names.forEach(function (a) {
        var k = a === q ? 1 : (a.indexOf(q) === 0 ? 3 : (a.indexOf(q) > 0 ? 5 : 9));
        if (k < best) { best = k; } });
      if (best === 9 && s.label.indexOf(q) >= 0) { best = s.label.indexOf(q) === 0 ? 2 : 4; }
      if (best < 9) { hits.push([best, s.node.importance, s.node]); }
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return hits.map(function (h) { return h[2]; });
  }
  policykg.find = function (q) { return find(q).map(function (n) { return n.label; }); };
  var search = document.getElementById("search"), matches = document.getElementById("matches"),
    notfound = document.getElementById("notfound");
  function neighbours(id) { return adj[id].map(function (i) { var e = d.edges[i];
    return e.from === id ? e.to : e.from; }); }
  function select(n) {
    var keep = {}, near = [n.id]; keep[n.id] = true;
    neighbours(n.id).forEach(function (t) { keep[t] = true; near.push(t);
      neighbours(t).forEach(function (u) { keep[u] = true; }); });
    focus = keep; apply();
    network.selectNodes([n.id]);
    network.fit({nodes: near, animation: false});
    if (network.getScale() > 2.5) { network.moveTo({scale: 2.5}); }
    placeLabels();
    policykg.showDetails(n.id);
    policykg.selected = n.id;
  }
  function showMatches(list, q) {
    matches.textContent = ""; notfound.hidden = list.length > 0 || !q;
    if (!list.length) { matches.hidden = true; return; }
    add(matches, "div", list.length + " 个匹配 matches").className = "note";
    list.slice(0, 40).forEach(function (n, k) {
      var others = (n.aliases || []).filter(function (a) { return a !== n.label; });
      var row = add(matches, "div", n.label + (others.length ? "（" + others.slice(0, 3).join("、") + "）" : ""));
      if (k === 0) { row.className = "best"; }
      row.addEventListener("mousedown", function (ev) { ev.preventDefault(); search.value = n.label;
        matches.hidden = true; select(n); });
    });
    matches.hidden = false;
  }
  function run(q) {
    var list = find(q); showMatches(list, q);
    if (list.length) { select(list[0]); } else { focus = null; apply(); network.unselectAll();
      policykg.selected = null; }
    return list.length;
  }
  policykg.search = run;
  policykg.filterBy = run;
  search.addEventListener("input", function () { var q = search.value;
    showMatches(q ? find(q) : [], ""); notfound.hidden = true; });
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { run(search.value);
    matches.hidden = true; } if (ev.key === "Escape") { matches.hidden = true; } });
  search.addEventListener("change", function () { run(search.value); matches.hidden = true; });
  search.addEventListener("blur", function () { matches.hidden = true; });
  document.getElementById("clear").addEventListener("click", function () { search.value = "";
    focus = null; notfound.hidden = true; matches.hidden = true; docSel.value = ""; placeSel.value = "";
    levelSel.value = ""; Array.prototype.forEach.call(document.querySelectorAll("input.role"),
      function (cb) { cb.checked = true; roleOn[cb.value] = true; });
    apply(); network.unselectAll(); network.fit({animation: false}); placeLabels(); });
  function done() {
    network.fit({animation: false}); policykg.initialScale = network.getScale(); placeLabels();
    network.once("afterDrawing", function () { policykg.ready = true; policykg.readyMs = performance.now(); });
    network.redraw();
  }
  if (d.options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}}); done(); });
  } else { done(); }
})();
</script>
</body>
</html>
"""


def _render(data: dict[str, Any], heading: str, height: int) -> MapHTML:
    js, css = vis_assets()
    data = dict(data, heading=heading)
    # str.replace in this order: the data goes last so that nothing in it is ever substituted.
    page = (
        _PAGE.replace("__TITLE__", html.escape(heading))
        .replace("__HEIGHT__", str(int(height)))
        .replace("__CSS__", css.replace("</", "<\\/"))
        .replace("__JS__", js.replace("</script", "<\\/script"))
    )
    head, tail = page.split("__DATA__", 1)
    out = MapHTML(head + _json(data) + tail)
    out.height = int(height)
    return out


render_page = _render
