"""柘城县's notice as a browser saves it: a portal page (banner, menu, CSS, a logo image, a footer) whose article
stands in an iframe, captured by Chromium through the DevTools protocol (Page.captureSnapshot, format mhtml), which is
what Chrome's and Edge's "Save as… Webpage, Single File" writes."""

from __future__ import annotations

import base64
import tempfile
from pathlib import Path

TITLE = "柘城县人民政府办公室关于做好2024年夏粮收购工作的通知"
# a 1x1 PNG, the site's logo
LOGO = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

CSS = """body{font-family:"Microsoft YaHei",sans-serif;margin:0;background:#f4f4f4}
.banner{background:#b40000;color:#fff;height:90px}.nav a{margin:0 12px;color:#fff}
.main{width:1000px;margin:0 auto;background:#fff}.foot{text-align:center;font-size:12px;color:#666}
iframe{width:100%;height:1600px;border:0}"""

PORTAL = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{TITLE}_柘城县人民政府</title>
<link rel="stylesheet" href="site.css"></head>
<body>
<div class="banner"><img src="logo.png" alt="柘城县人民政府"><span>柘城县人民政府</span>
<div class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a></div></div>
<div class="main">
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府文件 &gt; 县政府办文件</div>
<iframe src="content.html" title="正文"></iframe>
</div>
<div class="foot"><p>主办：柘城县人民政府办公室　承办：柘城县大数据中心</p>
<p>网站标识码：4114240001　豫ICP备05012345号　地址：柘城县长江路1号　联系电话：0370-7212345</p></div>
</body></html>
"""

ARTICLE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>正文</title>
<style>.art{{padding:20px 60px;font-family:FangSong;font-size:16pt;line-height:1.8}}
.art h1{{text-align:center;font-size:22pt}} .art p{{text-indent:2em;margin:0}}
.art table{{border-collapse:collapse;margin:10px auto}} .art td{{border:1px solid #000;padding:4px;text-indent:0}}
.info td{{border:0;font-size:12px}}</style></head>
<body><div class="art">
<table class="info"><tr><td>索引号：11411424MB1234567X/2024-00031</td><td>发布机构：柘城县人民政府办公室</td></tr>
<tr><td>文号：柘政办〔2024〕19号</td><td>发布日期：2024-05-30</td></tr></table>
<h1>{TITLE}</h1>
<p style="text-align:center;text-indent:0">柘政办〔2024〕19号</p>
<p style="text-indent:0">各乡镇人民政府、街道办事处，县直有关单位：</p>
<p>为做好2024年夏粮收购工作，切实保护种粮农民利益，经县政府同意，现将有关事项通知如下：</p>
<p>一、目标任务</p>
<p>2024年全县夏粮收购量力争达到30万吨以上，确保种粮农民“卖得出、卖得好”。</p>
<p>二、重点工作</p>
<p>（一）落实最低收购价政策。严格执行国家小麦最低收购价政策，及时启动最低收购价执行预案。（县发展改革委牵头，中储粮柘城直属库、县财政局配合）</p>
<p>（二）加强收购资金保障。足额发放粮食收购贷款，确保收购资金及时到位。（农发行柘城县支行负责）</p>
<p>（三）强化粮食市场监管。严厉打击压级压价、缺斤少两等坑农害农行为，维护粮食收购市场秩序。（县市场监管局、县发展改革委按职责分工负责）</p>
<p>三、任务分工</p>
<table>
<tr><td>序号</td><td>工作内容</td><td>牵头单位</td><td>配合单位</td></tr>
<tr><td>1</td><td>开展收购网点布设和仓容准备，合理布设收购网点</td><td rowspan="2">县粮食和物资储备中心</td><td>各乡镇人民政府</td></tr>
<tr><td>2</td><td>做好新收获粮食质量安全检验监测</td><td>县市场监管局</td></tr>
<tr><td>3</td><td>开展粮食收购政策宣传，引导农民适时售粮</td><td>县农业农村局</td><td>县融媒体中心</td></tr>
</table>
<p>四、工作要求</p>
<p>各乡镇人民政府要加强组织领导，及时协调解决收购中出现的问题。县粮食和物资储备中心要及时汇总收购进度，每周报县政府办公室。</p>
<p style="text-align:right">柘城县人民政府办公室</p>
<p style="text-align:right">2024年5月28日</p>
<p style="text-indent:0">（此件公开发布）</p>
</div>
<div class="share">分享到：微信 微博　【打印本页】【关闭窗口】</div>
</body></html>
"""


def capture(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "www.zhecheng.gov.cn" / "zwgk" / "xzfbwj"
        site.mkdir(parents=True)
        (site / "site.css").write_text(CSS, encoding="utf-8")
        (site / "logo.png").write_bytes(LOGO)
        (site / "content.html").write_text(ARTICLE, encoding="utf-8")
        (site / "t20240530_1234.html").write_text(PORTAL, encoding="utf-8")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium")
            page = browser.new_page()
            page.goto((site / "t20240530_1234.html").as_uri())
            page.wait_for_load_state("load")
            cdp = page.context.new_cdp_session(page)
            data = cdp.send("Page.captureSnapshot", {"format": "mhtml"})["data"]
            browser.close()
    out.write_bytes(data.encode("utf-8"))
