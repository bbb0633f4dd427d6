import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { type FakeRun, runCli } from '../../support/fake-io.ts';

/** The folder of the corpus: one realistic organization per sub-folder, with its EXPECTED.md. */
export const CORPUS_DIR = join(new URL('../', import.meta.url).pathname);

/** Every organization of the corpus, in the order the tests report them. */
export const CORPUS = [
  'one-team',
  'startup',
  'scale-up',
  'insurer-today',
  'insurer-target',
  'payments',
  'follow-the-sun',
  'edge-no-product-line',
  'edge-manager-without-team',
  'edge-reports-to-only',
  'one-sre',
  'bank',
  'migration',
  'saas-global',
  'public-agency',
  'retail-peak',
  'game-studio',
  'hospital-group',
  'streaming-media',
  'parcel-logistics',
  'energy-utility',
  'telecom-carrier',
  'telecom-carrier-target',
  'airline',
  'merger',
  'merger-target',
] as const;
export type CorpusName = (typeof CORPUS)[number];

/** The path of one organization's folder, as a user would pass it to a command. */
export function orgPath(name: CorpusName): string {
  return join(CORPUS_DIR, name);
}

/** A data file (SLI samples, incidents) of an organization. */
export function dataPath(name: CorpusName, file: string): string {
  return join(CORPUS_DIR, name, 'data', file);
}

/**
 * The month every corpus command that plans a month uses: March 2026 has both daylight saving
 * changes of the corpus' zones (the US on the 8th, Europe on the 29th) and 22 working days.
 */
export const MONTH = '2026-03';
export const MONTH_FROM = '2026-03-01';
export const MONTH_TO = '2026-04-01';

const runs = new Map<string, Promise<FakeRun>>();

/** Runs the CLI in-process once per argument list and test file (commands are deterministic). */
export function run(argv: readonly string[], stdin?: string): Promise<FakeRun> {
  const key = `${argv.join('\u0000')}\u0001${stdin ?? ''}`;
  let result = runs.get(key);
  if (result === undefined) {
    result = runCli(argv, stdin === undefined ? {} : { stdin });
    runs.set(key, result);
  }
  return result;
}

/** Runs a command with `--json` and parses what it prints; a usage or I/O error fails the test. */
export async function runJson<T>(argv: readonly string[], stdin?: string): Promise<T> {
  const result = await run(argv, stdin);
  if (result.code === 2 || result.stdout.trim() === '') {
    throw new Error(`whorunsit ${argv.join(' ')} exited ${result.code}: ${result.stderr}`);
  }
  return JSON.parse(result.stdout) as T;
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(entry)) out.push(path);
  }
  return out;
}

/** A whorunsit document as plain data, to change in a test and feed back on stdin. */
export interface Doc {
  apiVersion: string;
  kind: string;
  metadata: { name: string; [key: string]: unknown };
  spec: Record<string, unknown>;
}

/**
 * Every document of an organization, parsed afresh (callers may change them). A Backstage
 * Component is given as the whorunsit Service docs/interop.md says it becomes (parcel-logistics'
 * catalog): its name, its owner group as `owner`, its System as `productLine`, and its
 * `whorunsit.dev/<field>` annotations as those fields; a documentation or library component is
 * no service. The suites read services as Service documents, and feed them back the same way.
 */
export function docsOf(name: CorpusName): Doc[] {
  const docs: Doc[] = [];
  for (const file of yamlFiles(orgPath(name))) {
    for (const d of parseAllDocuments(readFileSync(file, 'utf8'))) {
      const value = d.toJSON() as Doc | null;
      if (value === null) continue;
      if (!value.apiVersion.startsWith('backstage.io/')) docs.push(value);
      else if (value.kind === 'Component') docs.push(...serviceOfComponent(value));
    }
  }
  return docs;
}

function serviceOfComponent(component: Doc): Doc[] {
  const type = component.spec.type;
  if (type === 'documentation' || type === 'library') return [];
  const annotations = (component.metadata.annotations ?? {}) as Record<string, string>;
  const spec: Record<string, unknown> = {
    owner: String(component.spec.owner).replace(/^group:(default\/)?/, ''),
  };
  if (typeof component.spec.system === 'string') spec.productLine = component.spec.system;
  for (const [key, value] of Object.entries(annotations)) {
    if (!key.startsWith('whorunsit.dev/')) continue;
    const field = key.slice('whorunsit.dev/'.length);
    // A value is a string where the field takes one, else YAML (docs/interop.md).
    spec[field] = /^[\d{[]/.test(value) ? parse(value) : value;
  }
  return [
    {
      apiVersion: 'whorunsit/v1',
      kind: 'Service',
      metadata: { name: component.metadata.name },
      spec,
    },
  ];
}

/** Documents as one multi-document YAML text, for `whorunsit <command> -`. */
export function yamlOf(docs: readonly Doc[]): string {
  return docs.map((d) => stringify(d)).join('---\n');
}

/** The documents of one kind. */
export function ofKind(docs: readonly Doc[], kind: string): Doc[] {
  return docs.filter((d) => d.kind === kind);
}

/**
 * The organizations with a compensation policy: those `oncall-cost` prices a §12.6 design for
 * (without one it prices none), so the suites about the design run on them alone.
 */
export function corpusWithPolicy(): CorpusName[] {
  return CORPUS.filter((name) => ofKind(docsOf(name), 'CompensationPolicy').length > 0);
}

/** The one document of a kind and name; fails the test when it is missing. */
export function docNamed(docs: readonly Doc[], kind: string, name: string): Doc {
  const found = docs.find((d) => d.kind === kind && d.metadata.name === name);
  if (found === undefined) throw new Error(`no ${kind} ${name}`);
  return found;
}

/** The members of a rotation document. */
export function membersOf(rotation: Doc): string[] {
  return [...(rotation.spec.members as string[])];
}

/**
 * The members who take a rotation's turns, as docs/file-format.md states it: not open positions
 * (nobody yet), not those who are not on call (`onCall: false`), and on a 24x7 or 8x7 rotation
 * not those with `onCallOutsideBusinessHours: false` (§12.10.1).
 */
export function turnTakersOf(docs: readonly Doc[], rotation: Doc): string[] {
  const spec = (m: string) => docs.find((d) => d.kind === 'Person' && d.metadata.name === m)?.spec;
  const onCall = membersOf(rotation).filter(
    (m) => spec(m)?.openPosition !== true && spec(m)?.onCall !== false,
  );
  if (rotation.spec.coverage === '8x5') return onCall;
  return onCall.filter((m) => spec(m)?.onCallOutsideBusinessHours !== false);
}

/** A person's time zone, else the rotation's (the file format's rule), else UTC. */
export function zoneOf(docs: readonly Doc[], person: string, rotation?: Doc): string {
  const p = docs.find((d) => d.kind === 'Person' && d.metadata.name === person);
  return (
    (p?.spec.timezone as string | undefined) ??
    (rotation?.spec.timezone as string | undefined) ??
    'UTC'
  );
}

/** Money as whorunsit prints it in JSON. */
export interface Amount {
  readonly amount: string;
  readonly currency: string;
}

/** A decimal amount in minor units (cents), exact. */
export function cents(money: Amount): number {
  const [whole = '0', fraction = ''] = money.amount.replace('-', '').split('.');
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  return money.amount.startsWith('-') ? -value : value;
}

/** Hours between two ISO 8601 times. */
export function hoursBetween(start: string, end: string): number {
  return (Date.parse(end) - Date.parse(start)) / 3_600_000;
}
