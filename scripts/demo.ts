// `npm run demo`: the web console with every page populated, out of the box. Serves the acme
// example on loopback (port 8080, or PORT) from a throwaway SQLite folder, with SLI samples,
// an incident and an alert made relative to now, and prints the URL that signs you in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/server/app.ts';
import { createToken } from '../src/server/auth/create-token.ts';
import { DEFAULT_CONFIG } from '../src/server/config.ts';
import { openStore } from '../src/store/index.ts';
import { seedDemo } from './demo-data.ts';

const folder = mkdtempSync(join(tmpdir(), 'whorunsit-demo-'));
const store = await openStore({ dataDir: folder });
const { app } = await buildApp({ store, config: DEFAULT_CONFIG, now: () => new Date() });
const admin = (
  await createToken({ db: store.db, name: 'demo-admin', role: 'admin', now: new Date() })
).token;
await seedDemo(app, admin, new Date());
const url = await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 8080) });
console.log(`whorunsit demo: open ${url}/#token=${admin}`);
console.log(
  '(an admin token for this demo only; the data is deleted when you stop it with Ctrl-C)',
);
const stop = async () => {
  await app.close();
  await store.close();
  rmSync(folder, { recursive: true, force: true });
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
