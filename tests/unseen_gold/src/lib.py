import json,sys
def A(m,role,generic=False,implicit=False):
    return {"mention":m,"role":role,"generic":generic,"implicit":implicit}
def T(path,start,assignees,form=None):
    d={"path":path,"start":start,"assignees":assignees}
    if form: d["form"]=form
    return d
def P(path,start,assignees): return T(path,start,assignees,"prose")
def G(m,role="responsible"): return A(m,role,True)
def tgt(path,ind,val,unit,dl): return {"path":path,"indicator":ind,"value":val,"unit":unit,"deadline":dl}
def cit(title,no,kind="cites"): return {"title":title,"doc_number":no,"kind":kind}
def write(out,**kw):
    d={"source":kw["source"],"title":kw["title"],"doc_number":kw["doc_number"],"issuer":kw["issuer"],"date":kw["date"],
       "prose_annotated":kw.get("prose_annotated",True),"tasks":kw["tasks"],"targets":kw.get("targets",[]),"citations":kw.get("citations",[])}
    open(out,"w",encoding="utf-8").write(json.dumps(d,ensure_ascii=False,indent=1)+"\n")
import re as _re
_PUN=_re.compile(r'^[\s\W_]+')
def S(doctext,anchor,n=12):
    """12 characters of the document text starting at a unique anchor (hand-chosen task start)."""
    assert doctext.count(anchor)>=1, anchor
    i=doctext.index(anchor)
    return doctext[i:i+n]
