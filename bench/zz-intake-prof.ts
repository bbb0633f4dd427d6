// scratch: profile the 10-alert intake (not committed)
import { alertPayloads } from './alert-payloads.ts';
import { SERVICE, startBenchServer } from './bench-server.ts';
import { runLoad } from './server-load.ts';
const dir = process.argv[2] as string;
const db = (process.argv[3] ?? 'sqlite') as 'sqlite' | 'postgres';
const server = await startBenchServer(db, dir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${dir}` } : {});
try {
  const batches = alertPayloads({ service: SERVICE, startsAt: new Date().toISOString(), perRequest: 10 });
  let seq = 0;
  const load = { label: '10', method: 'POST' as const, path: '/api/v1/alerts/alertmanager', headers: { authorization: `Bearer ${server.tokens.ingest}`, 'content-type': 'application/json' }, body: batches.body };
  for (let i = 0; i < 3; i++) {
    const r = await runLoad({ url: server.url, load, seconds: 5, connections: 4, nextSeq: () => ++seq });
    console.log(`10 alerts: ${r.requestsPerSecond.toFixed(0)} req/s p50 ${r.p50.toFixed(2)} failed ${r.failed}`);
  }
  await server.stop();
} finally {
  server.cleanup();
}
