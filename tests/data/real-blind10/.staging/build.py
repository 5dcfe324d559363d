"""Build tests/data/real-blind10/items.jsonl and documents.toml from the staging files."""
import glob, hashlib, json, importlib.util, sys
from pathlib import Path
sys.path.insert(0, '/tmp/b10')
from earlier import page, P
OUT = Path('/work/wt-blind10/tests/data/real-blind10')
OUT.mkdir(parents=True, exist_ok=True)
items = []
for f in sorted(glob.glob('/tmp/b10/s[0-9]*.py'), key=lambda p: int(Path(p).stem[1:])):
    spec = importlib.util.spec_from_file_location(Path(f).stem, f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    items += m.ITEMS
seen = set()
def host(u):
    return u.split('://', 1)[1].split('/', 1)[0].split('?')[0].removeprefix('www.')
lines, arts = [], []
def q(s):
    return json.dumps(s, ensure_ascii=False)
def tdate(d):
    return d
for it in items:
    u = it['url']
    assert page(u) not in P, u
    assert page(u) not in seen, u
    seen.add(page(u))
    iid = 'r-' + hashlib.sha1(u.encode()).hexdigest()[:10]
    text = it['text'].strip('\n')
    assert "'''" not in text
    rec = {"id": iid, "url": u, "outlet": it.get('outlet') or host(u), "lang": it['lang'],
           "published": it['pub'], "date_from": it['df'], "story": it['story'],
           "query": it['q'], "rank": it['rank'], "text": text}
    assert (rec['published'] is None) == (rec['date_from'] is None), u
    lines.append(json.dumps(rec, ensure_ascii=False))
    m = it['meeting']
    parts = [f'venue = {q(m["venue"])}']
    if m.get('date'):
        parts.append(f'date = {m["date"]}')
    if m.get('calendar') is False:
        parts.append('calendar = false')
    meeting = '{' + ', '.join(parts) + '}'
    docs = it.get('docs', [])
    def dm(d):
        if not d.get('meeting'):
            return ''
        mm = d['meeting']
        ps = [f'venue = {q(mm["venue"])}'] + ([f'date = {mm["date"]}'] if mm.get('date') else []) + (
            ['calendar = false'] if mm.get('calendar') is False else [])
        return ', meeting = {' + ', '.join(ps) + '}'
    dl = 'documents = []' if not docs else 'documents = [\n' + ''.join(
        f'  {{name = {q(d["name"])}, type = {q(d["type"])}, status = {q(d["status"])}{dm(d)}}},\n' for d in docs) + ']'
    if it['pub']:
        dnote = {'url': 'Published day from the URL.', 'text': 'Published day from the text.',
                 'tool': "Published day: the tool's date."}[it['df']]
    else:
        dnote = 'Undated.'
    extra = it.get('note_extra', '')
    if extra.startswith('Undated') or extra.startswith('Published day') or extra.startswith('Dateline'):
        dnote = ''
    note = ' '.join(x for x in [f"{it['lang']}; story {it['story']}.", dnote, f"Text: {it['cut']}.", extra] if x)
    pub = f"published = {it['pub']}\n" if it['pub'] else ''
    arts.append(f"""[[article]]
id = "rb-{iid[2:]}"
source = {q('real:' + u)}
language = {q(it['lang'])}
{pub}title = ''
body = '''
{text}
'''
{dl}
meeting = {meeting}
note = {q(note)}
""")
(OUT / 'items.jsonl').write_text('\n'.join(lines) + '\n', encoding='utf-8')
HEAD = """# The tenth blind real set's documents and meetings (README.md here), labelled by reading the
# texts before any scowatch evaluation was run on them, with the guidelines of
# tests/data/tagging/README.md and the format of tests/data/real-blind9/documents.toml: one
# article per item of items.jsonl (`id` = "rb-" + the item id without "r-"; `body` = the item's
# text, unchanged; no title, since the stored excerpts carry their headline lines, if any, in the
# text). `meeting`: the event each article reports (venue, date; the last day of an event of
# several days; no date where the text gives none and the record does not settle it), by what the
# text says and, where it says less, the public record of the event (`note`). Sessions of the
# heads of state and heads of government councils keep the calendar's default; other events
# (ministers' meetings, security council secretaries, RATS, the Secretary-General's visits,
# exercises, forums, other organisations, bilateral talks) have `calendar = false`.

"""
(OUT / 'documents.toml').write_text(HEAD + '\n\n'.join(arts), encoding='utf-8')
print(len(items), 'items', len({host(i['url']) for i in items}), 'outlets', len({i['lang'] for i in items}), 'langs')
