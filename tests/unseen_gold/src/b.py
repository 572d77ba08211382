import sys,re; sys.path.insert(0,__import__('os').path.dirname(__file__))
from lib import *
L=[l.rstrip('\n') for l in open('../shared/corpus/docs/jiangxi_art_4969_1499515.txt',encoding='utf-8')]
# rows checked by eye against the printed table (see docs/unseen-eval.md)
rows=[]; i=21; sec=None; exp=1
while i<len(L):
    s=L[i].strip()
    m=re.match(r'^([一二三四五六七八九十]+)、',s)
    if m: sec=m.group(1); i+=1; continue
    if s==str(exp):
        j=i+1; name=[]
        while not re.fullmatch(r'[\d.]+',L[j].strip()): name.append(L[j].strip()); j+=1
        k=j+3
        while not re.match(r'^[（(]',L[k].strip()): k+=1
        rows.append((sec,''.join(name),L[k+1].strip())); exp+=1; i=k+2; continue
    i+=1
assert len(rows)==64
tasks=[
 P("三","各市、县（区）政府和省直有",[G("各市、县（区）政府"),G("省直有关部门")]),
 P("三","各市、县（区）政府要进一步",[G("各市、县（区）政府")]),
 P("三","省直有关部门要立足职责职能",[G("省直有关部门")]),
 P("四","各市、县（区）政府和省直有",[G("各市、县（区）政府"),G("省直有关部门")]),
]
for sec,name,unit in rows:
    tasks.append(T(sec,name[:12],[A(unit,"responsible")]))
write(sys.argv[1],source="jiangxi_art_4969_1499515.txt",title="江西省人民政府办公厅关于对全省部分重大产业项目加大督查调度和协调帮扶力度促进经济平稳增长的通知",
 doc_number=None,issuer="江西省人民政府办公厅",date="2020-02-10",tasks=tasks,
 citations=[cit("全省部分投资20亿元以上重大产业项目建设主要成效",None,"produces")])
