"""Development benchmark for GRB009 with stand-in back-translations (no real translation model offline).

WMT14 (French-original documents): the references are checked with the onlineB system's output standing
in for the back-translation (false findings on human translations), and each MT system is checked with the
reference standing in. DEMETR: pseudo-articles of 10 items (by item id), one item perturbed, the others
the unperturbed MT; the human reference stands in for the back-translation.
"""
import collections, json, statistics, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import DATA  # noqa: E402  (CHECKER_DATA, else ../shared/data)
from checker.compare import backtranslation as bt
from checker.rules.bitext.backtranslation import strength
from checker.findings import Severity

def judge(targets, backs, sources):
    text = "\n".join(targets)
    spans, pos = [], 0
    for t in targets:
        spans.append((pos, pos + len(t))); pos += len(t) + 1
    scores = bt.agreement(targets, backs)
    lengths = [len(s.split()) for s in sources]
    priors = [bt.prior_z(c, n) for c, n in zip(scores, lengths)]
    arts = bt.article_z(priors)
    out = []
    for k, (span, back, c, n, z, za) in enumerate(zip(spans, backs, scores, lengths, priors, arts)):
        a, m, tc, bc = bt.differences(text, span, back)
        out.append(bt.BackTranslation(k, span, span, back, c, n, z, za, a, m, tc, bc))
    return out

def fit(mode):
    ref = [json.loads(l) for l in open(DATA / 'wmt_news_fr_en.jsonl')]
    mt = collections.defaultdict(dict)
    for l in open(DATA / 'wmt_news_fr_en_mt.jsonl'):
        r = json.loads(l); mt[r['system']][r['line']] = r['en_mt']
    docs = collections.defaultdict(list)
    for r in ref:
        if r['origlang'] == 'fr':
            docs[r['doc_id']].append(r)
    return docs, mt

def wmt():
    docs, mt = fit('')
    by = collections.defaultdict(list)
    for rows in docs.values():
        for r, c in zip(rows, bt.agreement([r['en'] for r in rows], [mt['onlineB.0'][r['line']] for r in rows])):
            by[bt.band(len(r['fr'].split()))].append(c)
    print("prior (target=ref, back=onlineB):", tuple((round(statistics.median(v), 1),
          round(1.4826 * statistics.median(abs(x - statistics.median(v)) for x in v), 1)) for b, v in sorted(by.items())),
          "n", sum(map(len, by.values())))
    for label, tgt, back in [("ref vs onlineB", None, 'onlineB.0'), ("ref vs uedin", None, 'uedin-wmt14.3024'),
                             ("ref vs rbmt1", None, 'rbmt1.0')] + [(f"{s} vs ref", s, None) for s in sorted(mt)]:
        words = flags = warn = 0
        for rows in docs.values():
            targets = [r['en'] if tgt is None else mt[tgt][r['line']] for r in rows]
            backs = [mt[back][r['line']] if back else r['en'] for r in rows]
            for item in judge(targets, backs, [r['fr'] for r in rows]):
                sev = strength(item)
                flags += sev is not None; warn += sev == Severity.WARNING
            words += sum(len(t.split()) for t in targets)
        print(f"{label:28s} findings/1000 words {1000*flags/words:5.2f} (warnings {1000*warn/words:5.2f})  n={flags}")

def demetr():
    rows = [json.loads(l) for l in open(DATA / 'demetr_fr_en.jsonl')]
    items = {}
    for r in rows:
        items.setdefault(r['item_id'], r)
    ids = sorted(items)
    groups = [ids[i:i + 10] for i in range(0, len(ids), 10)]
    def run(targets_of, label, perturbed=None):
        hits = total = warn = 0
        for g in groups:
            for pos, iid in enumerate(g):
                if perturbed is not None and iid not in perturbed:
                    continue
                targets = [targets_of(x, x == iid) for x in g]
                res = judge(targets, [items[x]['en_ref'] for x in g], [items[x]['fr'] for x in g])
                sev = strength(res[pos]); hits += sev is not None; warn += sev == Severity.WARNING; total += 1
                if perturbed is None:
                    break
        return hits, total, warn
    # false findings: every sentence of every unperturbed article
    for label, field in (("mt", 'en_mt'),):
        hits = total = 0
        for g in groups:
            res = judge([items[x][field] for x in g], [items[x]['en_ref'] for x in g], [items[x]['fr'] for x in g])
            hits += sum(strength(r) is not None for r in res); total += len(res)
        print(f"DEMETR unperturbed {label} vs ref: {hits}/{total} flagged")
    hits = total = 0
    for g in groups:
        res = judge([items[x]['en_ref'] for x in g], [items[x]['en_mt'] for x in g], [items[x]['fr'] for x in g])
        hits += sum(strength(r) is not None for r in res); total += len(res)
    print(f"DEMETR reference vs mt: {hits}/{total} flagged")
    by = collections.defaultdict(dict)
    for r in rows:
        if r['changed'] and r['severity'] != 'base':
            by[(r['severity'], r['pert_id'], r['pert_name'])][r['item_id']] = r['en_pert']
    for key in sorted(by, key=lambda k: k[1]):
        pert = by[key]
        h, t, w = run(lambda x, me: pert[x] if me else items[x]['en_mt'], key, set(pert))
        print(f"{key[0]:8s} {key[2]:40s} {h:3d}/{t:3d} = {h/t:.2f} (warnings {w})")

if __name__ == "__main__":
    wmt() if sys.argv[1:] == ["wmt"] else demetr() if sys.argv[1:] == ["demetr"] else (wmt(), demetr())
