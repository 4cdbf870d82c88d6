#!/usr/bin/env python3
"""Latency of the FHIR API under concurrent clients: Patient/$everything and search by NHS number.

usage: bench/latency.py BASE_URL PATIENT_NDJSON [--clients 50] [--requests 2000] [--user clinician] [--bearer]
Each client picks random patients from the NDJSON file and alternates the two requests. Requests carry a
break-glass reason, so every one is decided and appended to the audit log as in real use.
With --bearer the clients ask POST /api/auth/token once (HTTP Basic) and then send the bearer token.
Prints one JSON object with p50/p95/p99 in milliseconds per kind."""
import base64, json, random, sys, threading, time, urllib.request

base = sys.argv[1].rstrip('/'); patients_file = sys.argv[2]
arg = lambda name, default: type(default)(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default
clients, total, user = arg('--clients', 50), arg('--requests', 2000), arg('--user', 'clinician')
patients = []
with open(patients_file) as f:
    for line in f:
        r = json.loads(line)
        patients.append((r['id'], r['identifier'][0]['value']))
auth = 'Basic ' + base64.b64encode(f'{user}:demo-{user}'.encode()).decode()
if '--bearer' in sys.argv:
    with urllib.request.urlopen(urllib.request.Request(f'{base}/api/auth/token', data=b'', headers={'Authorization': auth})) as r:
        auth = 'Bearer ' + json.load(r)['access_token']
times = {'everything': [], 'identifier': []}
errors = []
lock = threading.Lock()
counter = iter(range(total))

def worker(seed):
    rnd = random.Random(seed)
    while True:
        with lock:
            n = next(counter, None)
        if n is None:
            return
        pid, nhs = rnd.choice(patients)
        kind = 'everything' if n % 2 == 0 else 'identifier'
        url = f'{base}/fhir/Patient/{pid}/$everything' if kind == 'everything' else \
            f'{base}/fhir/Patient?identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C{nhs}'
        request = urllib.request.Request(url, headers={'Authorization': auth, 'X-Break-Glass': 'benchmark',
                                                       'Accept': 'application/fhir+json'})
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                response.read()
        except Exception as e:
            with lock:
                errors.append(str(e))
            continue
        with lock:
            times[kind].append((time.perf_counter() - started) * 1000)

started = time.perf_counter()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
for t in threads: t.start()
for t in threads: t.join()
elapsed = time.perf_counter() - started

def pct(values, p):
    values = sorted(values)
    return round(values[min(len(values) - 1, int(p / 100 * len(values)))], 1) if values else None

print(json.dumps({'clients': clients, 'requests': total, 'seconds': round(elapsed, 1), 'errors': len(errors),
                  'throughput_per_s': round(total / elapsed, 1),
                  **{k: {'n': len(v), 'p50_ms': pct(v, 50), 'p95_ms': pct(v, 95), 'p99_ms': pct(v, 99)} for k, v in times.items()}},
                 indent=1))
