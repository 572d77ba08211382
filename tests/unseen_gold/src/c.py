import sys; sys.path.insert(0,__import__('os').path.dirname(__file__))
from lib import *
write(sys.argv[1],source="odkg_archived_test2_52.txt",title=None,doc_number="国发〔2018〕5号",issuer="国务院",date="2018-03-14",
 tasks=[],
 targets=[tgt("二/三","项目",3,"个",2020),tgt("二/三","我国牵头组织的大科学计划",1,"个",2020),tgt("二/三","项目",6,"个",2035)],
 citations=[cit("国家创新驱动发展战略纲要",None)])
