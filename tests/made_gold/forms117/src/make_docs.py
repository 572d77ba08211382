"""Build the documents of round 117 (tests/made_gold/forms117/docs):

- tuiyijunren_jiuye_2024.txt: a **joint notice of three ministries** (退役军人事务部, 人力资源社会保障部, 教育部): clauses
  closing sentences inside one item (a duty sentence `各地要…` inside a task that ends in a clause), elided level words
  (`各省级退役军人事务部门、人力资源社会保障部门`), prose with 会同 and 请.
- longzi_qingke_2024.html: a Tibetan county's page (隆子县人民政府办公室): field lines (two labels on one line, `；`
  between them), a table whose units cell states the roles in words (`X牵头，Y、Z配合`), prose with 请.
- huyanghe_gongye_2025.txt: a 兵团 division-city's plan (第七师胡杨河市办公室): clauses, then a table **copied one cell per
  line without a deadline column** whose units cell is merged over two rows and printed once.

Run from the project root: python tests/made_gold/forms117/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

TYJR = """退役军人事务部 人力资源社会保障部 教育部关于进一步做好退役军人就业创业工作的通知
退役军人部发〔2024〕15号
各省、自治区、直辖市及新疆生产建设兵团退役军人事务厅（局）、人力资源社会保障厅（局）、教育厅（教委、教育局）：
　　为进一步做好退役军人就业创业工作，现就有关事项通知如下：
　　一、拓宽就业渠道。鼓励国有企业拿出一定比例岗位招录退役军人（国务院国资委、退役军人事务部负责）。各地要落实退役军人招录招聘优待政策（各省级退役军人事务部门、人力资源社会保障部门负责）。
　　二、提升职业技能
　　（一）组织退役军人参加职业技能培训，按规定落实培训补贴。（人力资源社会保障部、退役军人事务部按职责分工负责）
　　（二）支持高职院校面向退役军人扩大招生。（教育部牵头，退役军人事务部配合）
　　三、加强组织领导。各级退役军人事务部门要会同同级人力资源社会保障部门、教育部门建立工作协调机制。请各地于每年12月底前将工作情况报退役军人事务部。
退役军人事务部　　人力资源社会保障部　　教育部
2024年5月8日
"""

LZ_HEAD = "隆子县人民政府办公室关于印发隆子县黑青稞产业发展实施方案的通知"


def longzi_html() -> str:
    body = [
        f"<h2>{LZ_HEAD}</h2>",
        '<div class="zwgk-info">索引号：000014348/2024-00031　发文字号：隆政办发〔2024〕11号　发布日期：2024-04-28</div>',
        '<div id="zoom">',
        "<p>各乡（镇）人民政府，县直各部门：</p>",
        "<p>　　《隆子县黑青稞产业发展实施方案》已经县人民政府同意，现印发给你们，请抓好贯彻落实。</p>",
        '<p style="text-align: right;">隆子县人民政府办公室</p>',
        '<p style="text-align: right;">2024年4月26日</p>',
        '<p style="text-align: center;">隆子县黑青稞产业发展实施方案</p>',
        "<p>　　一、发展目标</p>",
        "<p>　　到2026年，全县黑青稞种植面积稳定在5万亩以上，建成区域性黑青稞加工中心。</p>",
        "<p>　　二、重点任务</p>",
        "<p>　　（一）扩大黑青稞种植面积。推广良种良法，提高单产水平。</p>",
        "<p>　　牵头单位：县农业农村局</p>",
        "<p>　　责任单位：各乡（镇）人民政府</p>",
        "<p>　　（二）建设黑青稞加工园区。引进培育精深加工企业3家以上。</p>",
        "<p>　　牵头单位：县发展和改革委员会；配合单位：县工业和信息化局、县自然资源局</p>",
        "<p>　　三、项目清单</p>",
        '<table border="1" cellpadding="0" cellspacing="0">',
        "<tr><td>序号</td><td>项目名称</td><td>责任单位</td><td>建设年限</td></tr>",
        "<tr><td>1</td><td>黑青稞良种繁育基地建设项目</td><td>县农业农村局牵头，县林业和草原局、各乡（镇）人民政府配合</td>"
        "<td>2024—2025年</td></tr>",
        "<tr><td>2</td><td>黑青稞精深加工生产线项目</td><td>县工业和信息化局牵头，隆子县城市投资建设有限公司负责</td>"
        "<td>2025年</td></tr>",
        "</table>",
        "<p>　　四、保障措施</p>",
        "<p>　　县财政局负责统筹整合涉农资金支持黑青稞产业发展。请县融媒体中心加强宣传报道。</p>",
        "</div>",
    ]
    return ('<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>' + LZ_HEAD
            + "</title></head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n")


HYH = """第七师胡杨河市办公室关于印发第七师胡杨河市推进新型工业化三年行动方案（2025—2027年）的通知
师市办发〔2025〕12号
各团，师市机关各部门，各直属单位：
　　《第七师胡杨河市推进新型工业化三年行动方案（2025—2027年）》已经师市党委同意，现印发给你们，请认真贯彻执行。
第七师胡杨河市办公室
2025年3月14日
第七师胡杨河市推进新型工业化三年行动方案（2025—2027年）
一、主要任务
　　（一）做强煤化工产业链。推进煤制乙二醇、煤基新材料项目建设。（责任单位：师市工业和信息化局；配合单位：胡杨河经济技术开发区管委会、各团）
　　（二）发展农副产品精深加工。（师市农业农村局、师市工业和信息化局分别负责）
二、重点项目任务分工
序号
重点任务
责任单位
1
建设年产60万吨乙二醇项目
胡杨河经济技术开发区管委会
2
实施工业园区污水处理厂扩容改造
师市住房和城乡建设局、师市生态环境局
3
推进园区中水回用管网建设
4
建设番茄制品精深加工项目
师市农业农村局
三、保障措施
　　师市工业和信息化局要牵头建立重点项目调度机制。各团要强化用地、用水等要素保障。
"""


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "tuiyijunren_jiuye_2024.txt").write_text(TYJR, encoding="utf-8")
    (DOCS / "longzi_qingke_2024.html").write_text(longzi_html(), encoding="utf-8")
    (DOCS / "huyanghe_gongye_2025.txt").write_text(HYH, encoding="utf-8")


if __name__ == "__main__":
    main()
