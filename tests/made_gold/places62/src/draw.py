import csv
import random
import sys

seed = int(sys.argv[1])
rows = [r for r in csv.DictReader(open('graph/data/divisions.csv', encoding='utf-8'))
        if r['level'] in ('county', 'prefecture')]
rng = random.Random(seed)
print(seed, len(rows))
for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 4):
    r = rng.choice(rows)
    y = rng.randint(2013, 2026)
    par = {x['code']: x for x in csv.DictReader(open('graph/data/divisions.csv', encoding='utf-8'))}
    p = par.get(r['parent'], {})
    print(r['code'], r['name'], r['level'], r['status'], r['successor'], y, 'parent', r['parent'], p.get('name'))
