"""Build the documents of round 35 (tests/made_gold/forms35/docs):

- bijiashan_jiedao_2024.txt: a 街道办事处's own plan (笔架山街道) whose units are its 科室 and 社区, in clauses with
  **`责任科室：` / `配合科室：` labels** and `（X牵头，各社区落实）`; prose `各社区要…`, `党政办负责…`.
- hfut_fengong_2024.txt: a 高校's task division (合肥某大学党委办公室): each numbered task followed by **field lines
  `牵头部门：` / `责任部门：` / `配合部门：`** naming 处/部 and `各学院`.
- huaihe_kaohe_2024.html: a 国有企业's 考核 table (淮河能源集团): `序号 / 考核项目 / 考核内容 / 分值 / 责任部门 / 配合部门`,
  a category row spanning the table.

Run from the project root: python tests/made_gold/forms35/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

JIEDAO = """笔架山街道办事处关于印发《笔架山街道2024年人居环境整治工作方案》的通知
笔街办〔2024〕5号
各社区，街道各科室、各站所：
现将《笔架山街道2024年人居环境整治工作方案》印发给你们，请结合实际认真抓好落实。
笔架山街道办事处
2024年3月8日
笔架山街道2024年人居环境整治工作方案
为持续改善辖区人居环境，提升居民群众获得感，结合街道实际，制定本方案。
一、重点任务
（一）整治背街小巷环境。清理背街小巷乱堆乱放、乱搭乱建，规范设置垃圾收集点。（责任科室：城市管理办公室；配合科室：综合行政执法队、各社区）
（二）推进老旧小区管理。建立老旧小区物业服务长效机制，推动业主委员会规范运行。（社区建设办公室牵头，各社区落实）
（三）开展垃圾分类宣传。组织垃圾分类进社区、进学校、进家庭活动，提高居民分类投放准确率。（责任科室：城市管理办公室、党政办公室）
（四）加强农贸市场周边秩序管理。整治占道经营和流动摊贩，保持市场周边通行顺畅。（综合行政执法队负责，市场监管所、派出所配合）
二、保障措施
各社区要明确专人负责，每月报送工作进展情况。党政办公室负责将整治工作纳入街道年度考核。
"""

GAOXIAO = """中共合肥工业大学委员会办公室关于印发《2024年学校党政工作要点任务分工》的通知
校党办〔2024〕3号
各学院（部）党委（党总支），各部门、各直属单位：
经学校同意，现将《2024年学校党政工作要点任务分工》印发给你们，请认真抓好落实。
中共合肥工业大学委员会办公室
2024年2月26日
2024年学校党政工作要点任务分工
一、加强思想政治引领
1.深入开展党纪学习教育，推动学习教育走深走实。
牵头部门：党委组织部
配合部门：党委宣传部、纪委办公室
2.推进“三全育人”综合改革，完善思想政治工作体系。
牵头部门：学生工作部
责任部门：各学院
二、提高人才培养质量
3.深化本科专业结构调整，建立专业动态调整机制。
牵头部门：教务处
配合部门：发展规划处、人事处
4.推进研究生教育综合改革，完善分类培养模式。
责任部门：研究生院
5.加强实验室安全管理，开展安全隐患排查整治。
牵头部门：实验室与设备管理处
配合部门：保卫处、各学院
三、工作要求
各牵头部门要制定具体工作计划，党委办公室、校长办公室负责督查督办。
"""

KAOHE = """<html><head><meta charset="utf-8"><title>考核细则</title></head><body>
<h2>淮河能源控股集团有限责任公司关于印发《2024年度安全生产目标责任考核细则》的通知</h2>
<p>淮河能源安〔2024〕12号</p>
<p>集团各部门，各子公司：</p>
<p>现将《2024年度安全生产目标责任考核细则》印发给你们，请遵照执行。</p>
<p>淮河能源控股集团有限责任公司</p>
<p>2024年1月30日</p>
<h3>2024年度安全生产目标责任考核细则</h3>
<p>一、考核内容</p>
<table border="1">
<tr><th>序号</th><th>考核项目</th><th>考核内容</th><th>分值</th><th>责任部门</th><th>配合部门</th></tr>
<tr><td colspan="6">安全管理</td></tr>
<tr><td>1</td><td>安全生产责任制</td><td>健全全员安全生产责任制，逐级签订责任书</td><td>10</td><td>安全监察部</td><td>人力资源部</td></tr>
<tr><td>2</td><td>隐患排查治理</td><td>建立重大隐患挂牌督办制度，按期完成整改</td><td>15</td><td>安全监察部</td><td>生产技术部、各子公司</td></tr>
<tr><td>3</td><td>安全投入</td><td>按规定提取和使用安全生产费用</td><td>10</td><td>财务部</td><td>安全监察部</td></tr>
<tr><td colspan="6">应急管理</td></tr>
<tr><td>4</td><td>应急预案演练</td><td>修订综合应急预案，每半年组织一次综合演练</td><td>10</td><td>应急管理中心</td><td>各子公司</td></tr>
<tr><td>5</td><td>职业健康</td><td>开展接害岗位职业健康体检，建立监护档案</td><td>5</td><td>职业健康部</td><td></td></tr>
</table>
<p>二、考核要求</p>
<p>各子公司要对照本细则开展自查，安全监察部负责组织年度考核。</p>
</body></html>
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "bijiashan_jiedao_2024.txt").write_text(JIEDAO, encoding="utf-8")
    (DOCS / "hfut_fengong_2024.txt").write_text(GAOXIAO, encoding="utf-8")
    (DOCS / "huaihe_kaohe_2024.html").write_text(KAOHE, encoding="utf-8")


if __name__ == "__main__":
    main()
