#!/usr/bin/env python3
"""Independent reference for Causa's pair profiles: reads FAERS / legacy AERS $-delimited text with plain string
splitting (no Causa code), keeps the latest version of each case (fda_dt, then primaryid), drops DELETE-listed cases,
and profiles the cases where INGREDIENT is a suspect drug (PS/SS; matched on prod_ai, or on drugname when prod_ai is
absent, upper case, a salt or ester word after the name allowed) and EVENT is a reaction (PT, case-insensitive).

usage: profile_reference.py PATH(zip or folder) INGREDIENT[|BRAND...] EVENT     -> JSON on stdout
(EVENT '*': every case with the drug as a suspect, the pair profile's baseline)
(legacy AERS has no prod_ai: give the brand names its drugname column uses, e.g. 'PAROXETINE|PAXIL')
"""
import datetime, io, json, os, statistics, sys, zipfile

def tables(path):
    files = {}
    if path.endswith('.zip'):
        z = zipfile.ZipFile(path)
        for n in z.namelist():
            files[os.path.basename(n).upper()] = lambda n=n: z.read(n).decode('utf-8-sig', 'replace')
    else:
        for n in os.listdir(path):
            files[n.upper()] = lambda n=n: open(os.path.join(path, n), encoding='utf-8-sig', errors='replace').read()
    def rows(prefix):
        for name, read in files.items():
            if name.startswith(prefix) and name.endswith('.TXT'):
                lines = read().splitlines()
                if prefix == 'DELETE':
                    return [{'caseid': l.strip()} for l in lines if l.strip()]
                header = [h.strip().lower() for h in lines[0].split('$')]
                return [dict(zip(header, l.split('$'))) for l in lines[1:] if l.strip()]
        return []
    return rows

def num(text):
    text = (text or '').strip()
    return text[:-2] if text.endswith('.0') else text

def date(text):
    t = num(text)
    return t if len(t) in (4, 6, 8) and t.isdigit() else ''

def complete(t):
    if len(t) != 8:
        return None
    try:
        return datetime.date(int(t[:4]), int(t[4:6]), int(t[6:]))
    except ValueError:
        return None

YEARS = {'YR': 1.0, 'MON': 1 / 12, 'WK': 7 / 365.25, 'DY': 1 / 365.25, 'HR': 1 / (365.25 * 24), 'DEC': 10.0}
REPORTERS = {'MD': 'physician', 'PH': 'pharmacist', 'OT': 'other_health_professional', 'HP': 'health_professional', 'LW': 'lawyer', 'CN': 'consumer'}
OUTCOMES = {'DE': 'death', 'LT': 'life_threatening', 'HO': 'hospitalization', 'DS': 'disability', 'CA': 'congenital_anomaly', 'RI': 'required_intervention', 'OT': 'other_serious'}

def q(values, p):
    return round(statistics.quantiles(values, n=4, method='inclusive')[{0.25: 0, 0.5: 1, 0.75: 2}[p]], 1) if len(values) > 1 else (round(values[0], 1) if values else None)

def main(path, ingredient, event):
    rows = tables(path)
    demo = rows('DEMO')
    legacy = 'isr' in demo[0]
    pid, cid = ('isr', 'case') if legacy else ('primaryid', 'caseid')
    deleted = {r['caseid'] for r in rows('DELETE')}
    latest = {}
    for r in demo:
        key = (int(date(r.get('fda_dt')) or 0), int(r[pid]))
        if r[cid] not in latest or key > latest[r[cid]][0]:
            latest[r[cid]] = (key, r)
    kept = {r[pid]: r for c, (k, r) in latest.items() if c not in deleted}
    drugs = [d for d in rows('DRUG') if d[pid] in kept]
    names = [n.strip().upper() for n in ingredient.split('|')]
    def match(d):
        # A salt or ester names the same ingredient ("RIBOCICLIB SUCCINATE"); components of a combination are split on '\\'.
        text = ((d.get('prod_ai') or '').strip() or d['drugname'].strip()).upper()
        return any(part.strip() == name or part.strip().startswith(name + ' ') for part in text.split('\\') for name in names)
    suspect = {}
    for d in drugs:
        if d['role_cod'].strip().upper() in ('PS', 'SS') and match(d):
            suspect.setdefault(d[pid], set()).add(d['drug_seq'])
    reac = {}
    for r in rows('REAC'):
        reac.setdefault(r[pid], []).append(r['pt'].strip())
    # EVENT '*' profiles every case with the drug: the baseline a pair's profile sets beside its own.
    cases = [p for p in suspect if event == '*' or any(t.upper() == event.upper() for t in reac.get(p, []))]
    outc = {}
    for r in rows('OUTC'):
        outc.setdefault(r[pid], set()).add((r.get('outc_cod') or r.get('outc_code') or '').strip().upper())
    starts = {}
    for t in rows('THER'):
        s = complete(date(t.get('start_dt')))
        seq = (t[pid], t.get('dsg_drug_seq') or t.get('drug_seq'))
        if s and (seq not in starts or s < starts[seq]):
            starts[seq] = s

    sex = {'F': 0, 'M': 0, 'unknown': 0}
    ages, years, reporters, countries, outcomes = [], {}, {}, {}, {k: 0 for k in OUTCOMES.values()}
    serious = onset_excluded = 0
    onsets, events = [], {}
    for p in cases:
        r = kept[p]
        s = (r.get('sex') or r.get('gndr_cod') or '').strip().upper()
        sex[s if s in ('F', 'M') else 'unknown'] += 1
        age, unit = num(r.get('age')), (r.get('age_cod') or '').strip().upper()
        if age and unit in YEARS:
            years_old = float(age) * YEARS[unit]
            if 0 <= years_old <= 120:
                ages.append(years_old)
        init = date(r.get('init_fda_dt')) if not legacy else (date(r['fda_dt']) if r['i_f_cod'].strip().upper() == 'I' else '')
        y = init[:4] if init else 'unknown'
        years[y] = years.get(y, 0) + 1
        rep = REPORTERS.get((r.get('occp_cod') or '').strip().upper(), 'unknown')
        reporters[rep] = reporters.get(rep, 0) + 1
        if not legacy:
            c = (r.get('occr_country') or '').strip().upper() or 'unknown'
            countries[c] = countries.get(c, 0) + 1
        codes = outc.get(p, set()) & set(OUTCOMES)
        for code in codes:
            outcomes[OUTCOMES[code]] += 1
        serious += 1 if codes else 0
        ev = complete(date(r.get('event_dt')))
        st = [starts[(p, s)] for s in suspect[p] if (p, s) in starts]
        if ev and st:
            days = (ev - min(st)).days
            if days < 0 or days > 18262:
                onset_excluded += 1
            else:
                onsets.append(days)
        for t in set(x.upper() for x in reac.get(p, [])):
            if t != event.upper():
                events[t] = events.get(t, 0) + 1
    outcomes['serious'], outcomes['non_serious'] = serious, len(cases) - serious
    ages.sort(); onsets.sort()
    print(json.dumps({
        'cases': len(cases), 'sex': sex,
        'age': {'n': len(ages), 'median': q(ages, 0.5), 'q1': q(ages, 0.25), 'q3': q(ages, 0.75)},
        'by_year': dict(sorted(years.items())), 'outcomes': outcomes,
        'reporters': dict(sorted(reporters.items())), 'countries': None if legacy else dict(sorted(countries.items())),
        'time_to_onset_days': {'n': len(onsets), 'median': q(onsets, 0.5), 'excluded': onset_excluded},
        'top_event_counts': sorted(events.values(), reverse=True)[:10],
    }, sort_keys=True))

if __name__ == '__main__':
    main(*sys.argv[1:4])
