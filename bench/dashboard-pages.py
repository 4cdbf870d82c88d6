#!/usr/bin/env python3
"""Response time of the dashboard's pages against a running server, one client at a time (what one reader waits).

usage: bench/dashboard-pages.py BASE_URL [--requests 60] [--warmup 5]
Finds a place, a PCN and a headline indicator from the pages themselves, then requests each page in turn.
Times are measured by the client on the same machine (HTTP over loopback, full body read). Prints a markdown
table of the first request (after a refresh or start: nothing cached), p50/p99/max in milliseconds and the page size, and exits 1 if a page fails."""
import re, sys, time, urllib.request

base = sys.argv[1].rstrip('/')
arg = lambda name, default: type(default)(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default
requests, warmup = arg('--requests', 60), arg('--warmup', 5)


def get(path):
    with urllib.request.urlopen(base + path, timeout=120) as response:
        if response.status != 200:
            raise RuntimeError(f'{path}: HTTP {response.status}')
        return response.read()


overview = get('/').decode()
place = re.search(r'href="(/dashboard/place/[^"?]+)', overview).group(1)
indicator = re.search(r'href="(/indicators/[a-z0-9-]+)"', overview).group(1)
place_page = get(place).decode()
pcn = re.search(r'href="(/dashboard/pcn/[^"?]+)', place_page).group(1)
place_code = place.rsplit('/', 1)[1]
pages = {
    'overview': '/',
    'place': place,
    'PCN': pcn,
    'indicator, ICS (funnel of every practice)': indicator,
    'indicator, place (funnel of its practices)': f'{indicator}?level=PLACE&code={place_code}',
    'inequalities of a place': f'{place}/inequalities',
    'indicator CSV': f'{indicator}.csv?level=PLACE&code={place_code}',
    'funnel plot PNG (ICS)': f'{indicator}/funnel.png',
}
print(f'pages: {pages}', file=sys.stderr)
rows = []
for name, path in pages.items():
    started = time.perf_counter()
    get(path)
    first = (time.perf_counter() - started) * 1000
    for _ in range(warmup - 1):
        get(path)
    times = []
    size = 0
    for _ in range(requests):
        started = time.perf_counter()
        size = len(get(path))
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    pick = lambda q: times[min(len(times) - 1, int(round(q * (len(times) - 1))))]
    rows.append((name, path, first, pick(0.5), pick(0.99), times[-1], size))
print('| page | path | first request ms | p50 ms | p99 ms | max ms | bytes |')
print('|---|---|---:|---:|---:|---:|---:|')
for name, path, first, p50, p99, top, size in rows:
    print(f'| {name} | `{path}` | {first:.0f} | {p50:.0f} | {p99:.0f} | {top:.0f} | {size:,} |')
