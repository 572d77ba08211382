"""Build the documents of round 44 (tests/made_gold/forms44/docs):

- cma_fangzai_2024.txt: a national administration's 工作要点 (中国气象局办公室) that assigns work **only in running text**:
  its own 司 and centres as subjects (`应急减灾与公共服务司要会同预报与网络司…`, `由X牵头，会同Y、Z等单位…`), collectives of
  provincial bureaus (`各省（区、市）气象局要…`, `请各省（区、市）气象局会同同级应急管理部门…`), a bare `办公室将会同…`, and
  sentences of what was done (no tasks).
- heyuan_shuili_2024.html: a city's plan (河源市) with a table whose 责任单位 cells **name the roles in words**, among them
  `参与` and `指导` (`X牵头，Y、Z参与`, `X指导，各县（区）人民政府落实`).
- yunfu_shicai_2024.txt: a city's 分工方案 (云浮市) whose task table is **one cell per line** with a header
  `序号 / 工作任务 / 责任单位`, the units cells `X、Y分别负责` and `X牵头，Y协助`.

Run from the project root: python tests/made_gold/forms44/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

CMA = """中国气象局办公室关于印发《2024年气象防灾减灾工作要点》的通知
气办发〔2024〕5号
各省、自治区、直辖市气象局，各直属单位，各内设机构：
《2024年气象防灾减灾工作要点》已经局领导同意，现印发给你们，请认真贯彻落实。
中国气象局办公室
2024年2月6日
2024年气象防灾减灾工作要点
2023年，全国气象部门成功应对了多轮强降雨、台风等灾害性天气过程。中国气象局已印发气象防灾减灾第一道防线建设方案。
一、强化预报预警
（一）完善预警发布机制。应急减灾与公共服务司要会同预报与网络司完善气象灾害预警信息发布机制，提升预警覆盖面。
（二）提升短临预报能力。由国家气象中心牵头，会同国家气候中心、国家卫星气象中心等单位研发短时临近预报产品。
二、夯实基层防灾基础
（三）加强基层预警服务。各省（区、市）气象局要加强乡镇气象信息服务站建设，及时报送工作进展。
（四）健全部门联动机制。请各省（区、市）气象局会同同级应急管理部门建立气象灾害预警联动机制。
三、工作要求
办公室将会同计划财务司做好经费保障和督查督办工作。
"""

HY_TITLE = "河源市人民政府办公室关于印发河源市2024年水安全保障工作方案的通知"


def build_html(out: Path = DOCS / "heyuan_shuili_2024.html") -> Path:
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{HY_TITLE}</title></head>
<body>
<div class="zw">
<h2>{HY_TITLE}</h2>
<p>河府办〔2024〕11号</p>
<p>各县（区）人民政府，市政府各部门、各直属机构：</p>
<p>　　《河源市2024年水安全保障工作方案》已经市人民政府同意，现印发给你们，请认真组织实施。</p>
<p align="right">河源市人民政府办公室</p>
<p align="right">2024年4月10日</p>
<p align="center">河源市2024年水安全保障工作方案</p>
<p>　　一、重点任务</p>
<table border="1">
<tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>推进万绿湖水源地保护，开展饮用水水源地规范化建设</td><td>市水务局牵头，市自然资源局、市生态环境局参与</td><td>2024年12月</td></tr>
<tr><td>2</td><td>实施农村供水保障工程，提升农村供水保障水平</td><td>市农业农村局负责</td><td>2024年11月</td></tr>
<tr><td>3</td><td>开展水土流失综合治理</td><td>市林业局指导，各县（区）人民政府落实</td><td>2024年全年</td></tr>
</table>
<p>　　二、保障措施</p>
<p>　　各县（区）人民政府要落实水安全保障主体责任，市水务局要加强统筹协调。</p>
</div>
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")
    return out


YUNFU = """云浮市人民政府办公室关于印发云浮市2024年石材产业转型升级工作分工方案的通知
云府办函〔2024〕23号
各县（市、区）人民政府，市政府各部门、各直属机构：
《云浮市2024年石材产业转型升级工作分工方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。
云浮市人民政府办公室
2024年5月9日
云浮市2024年石材产业转型升级工作分工方案
一、任务分工
序号
工作任务
责任单位
1
推进石材产业园区整合提升，规范园区管理
云城区人民政府、市工业和信息化局分别负责
2
开展石材企业粉尘和废水专项治理
市生态环境局牵头，市工业和信息化局协助
3
举办中国（云浮）国际石材科技展览会
市商务局牵头，市贸促会、云城区人民政府配合
二、工作要求
各县（市、区）人民政府要加强石材企业安全生产日常监管。
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "cma_fangzai_2024.txt").write_text(CMA, encoding="utf-8")
    build_html()
    (DOCS / "yunfu_shicai_2024.txt").write_text(YUNFU, encoding="utf-8")


if __name__ == "__main__":
    main()
