import json, tomllib, sys, glob
from pathlib import Path
R = Path('/work/wt-blind10')
def page(url):
    host, _, path = url.split("://", 1)[-1].partition("/")
    host = host.removeprefix("www.").removeprefix("m.").rstrip(".")
    return f"{host}/{path}".rstrip("/").lower()
urls = set()
for p in [R/'tests/data/real/items.jsonl', *glob.glob(str(R/'tests/data/stories-calendar/*.jsonl')), *glob.glob(str(R/'tests/data/real-blind*/items.jsonl'))]:
    if 'real-blind10' in str(p): continue
    for line in open(p, encoding='utf-8'):
        urls.add(json.loads(line)['url'])
for p in [R/'tests/data/tagging/meetings/real_reports.toml', *glob.glob(str(R/'tests/data/real-blind*/documents.toml'))]:
    if 'real-blind10' in str(p): continue
    for a in tomllib.loads(Path(p).read_text('utf-8'))['article']:
        urls.add(a['source'].removeprefix('real:'))
P = {page(u) for u in urls}
if __name__ == '__main__':
    print(len(urls))
    for u in sys.argv[1:]:
        print('EARLIER' if page(u) in P else 'ok', u)
