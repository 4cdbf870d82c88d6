#!/usr/bin/env python3
"""Checks an ingest of generator output with --defects against its manifest.

usage: bench/defects.py DEFECTS_CSV QUARANTINE_JSON   (QUARANTINE_JSON: `openics quarantine list --all --limit N --json`)
Every defect that must be refused is in quarantine at its file and line with a matching reason; DUPLICATE and
RESENT_UPDATE lines are not quarantined; other quarantined lines are listed as consequences (e.g. resources
of a Patient that was itself refused). Prints one JSON object; exit status 1 when a defect is missing."""
import csv, json, os, re, sys, collections

REASONS = {
    'INVALID_NHS_NUMBER': r'NHS number',
    'MISSING_REFERENCE': r'unresolvable reference',
    'IMPOSSIBLE_DATE': r'impossible date|not valid FHIR',
    'UNKNOWN_CODE': r'unknown code|not a valid|code',
    'TRUNCATED': r'not valid FHIR R4 JSON',
    'MALFORMED_JSON': r'not valid FHIR R4 JSON',
}
defects = list(csv.DictReader(open(sys.argv[1])))
quarantine = json.load(open(sys.argv[2]))
by_line = {(os.path.basename(q['file']), q['line']): q for q in quarantine}
found, missing, wrong_reason, not_refused_ok, refused_wrongly = collections.Counter(), collections.Counter(), [], 0, []
listed = set()
for d in defects:
    key = (d['file'], int(d['line']))
    listed.add(key)
    q = by_line.get(key)
    if d['kind'] in REASONS:
        if q is None:
            missing[d['kind']] += 1
        elif not re.search(REASONS[d['kind']], q['reason'], re.I):
            wrong_reason.append((d['kind'], q['reason'][:120]))
        else:
            found[d['kind']] += 1
    elif q is None:
        not_refused_ok += 1
    else:
        refused_wrongly.append((d['kind'], q['reason'][:120]))
consequences = collections.Counter()
for key, q in by_line.items():
    if key not in listed:
        consequences[re.sub(r'[0-9a-f-]{36}', '…', q['reason'])[:80]] += 1
print(json.dumps({'defects': len(defects), 'quarantined_as_expected': dict(found), 'missing_from_quarantine': dict(missing),
                  'wrong_reason': wrong_reason[:5], 'wrong_reason_count': len(wrong_reason),
                  'duplicates_and_resent_not_quarantined': not_refused_ok, 'duplicates_or_resent_quarantined': refused_wrongly[:5],
                  'other_quarantined_consequences': dict(consequences.most_common(8))}, indent=1))
sys.exit(1 if missing or wrong_reason or refused_wrongly else 0)
