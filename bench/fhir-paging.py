#!/usr/bin/env python3
"""Follow FHIR search paging to the end and time every page: keyset pages should cost the same however deep.
Usage: bench/fhir-paging.py BASE_URL QUERY [--count N] [--user admin] [--break-glass REASON]
  e.g. bench/fhir-paging.py http://localhost:18765 'Observation?code=http://loinc.org|39156-5' --count 1000"""
import argparse, base64, json, statistics, time, urllib.parse, urllib.request

parser = argparse.ArgumentParser()
parser.add_argument('base')
parser.add_argument('query')
parser.add_argument('--count', type=int, default=1000)
parser.add_argument('--user', default='admin')
parser.add_argument('--break-glass', default='paging benchmark')
args = parser.parse_args()

basic = base64.b64encode(f'{args.user}:demo-{args.user}'.encode()).decode()
token = json.load(urllib.request.urlopen(urllib.request.Request(f'{args.base}/api/auth/token', method='POST',
                                                                headers={'Authorization': f'Basic {basic}'})))['access_token']
headers = {'Authorization': f'Bearer {token}', 'Accept': 'application/fhir+json'}
if args.break_glass:
    headers['X-Break-Glass'] = args.break_glass

url = f"{args.base}/fhir/{urllib.parse.quote(args.query, safe='?=&/,')}{'&' if '?' in args.query else '?'}_count={args.count}"
times, entries, ids = [], 0, set()
while url:
    started = time.perf_counter()
    page = json.load(urllib.request.urlopen(urllib.request.Request(url, headers=headers)))
    times.append((time.perf_counter() - started) * 1000)
    for entry in page.get('entry', []):
        ids.add(entry['fullUrl'])
    entries += len(page.get('entry', []))
    url = next((link['url'] for link in page.get('link', []) if link['relation'] == 'next'), None)
print(json.dumps({'query': args.query, 'count': args.count, 'pages': len(times), 'entries': entries, 'distinct': len(ids),
                  'firstPageMs': round(times[0]), 'lastPageMs': round(times[-1]),
                  'medianPageMs': round(statistics.median(times)), 'maxPageMs': round(max(times)),
                  'totalSeconds': round(sum(times) / 1000, 1)}))
