import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const BIOME = join(ROOT, 'node_modules/.bin/biome');

/** Files that break the core's rules, and files where the same code is allowed. */
const PROBES: Record<string, string> = {
  'src/engine/probe/reads-files.ts':
    "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'src/model/probe/queries.ts': "import { sql } from 'kysely';\nexport const query = sql;\n",
  'src/engine/probe/uses-store.ts':
    "import { openStore } from '../../store/index.ts';\nexport const open = openStore;\n",
  'src/engine/probe/reads-clock.ts':
    'export const now = (): number => Date.now();\nexport const today = (): Date => new Date();\n',
  'src/engine/probe/parses-date.ts': 'export const at = (ms: number): Date => new Date(ms);\n',
  'src/engine/probe/reads-files.test.ts':
    "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\nexport const now = Date.now();\n",
  'src/cli/probe/reads-files.ts':
    "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\nexport const now = Date.now();\n",
  'src/engine/probe/module-state.ts': `const cache = new Map<string, number>();
let calls = 0;
export const seen = new WeakMap<object, number>();
const room: number[] = [];
const scratch = new Float64Array(16);
export function lookup(key: string): number {
  calls++;
  room.push(calls);
  scratch[0] = calls;
  return cache.get(key) ?? seen.get(room) ?? 0;
}
`,
  'src/engine/probe/object-state.ts': `const scratch = { running: new Float64Array(16), seen: new Map<string, number>() };
export const prefix = { bad: [] as number[], inner: { names: new Set<string>() } };
const memos = [new WeakMap<object, number>()];
export function lookup(key: string): number {
  scratch.running[0] = (scratch.running[0] ?? 0) + 1;
  prefix.bad.push(memos.length);
  return scratch.seen.get(key) ?? prefix.inner.names.size;
}
`,
  'src/engine/probe/class-statics.ts': `export class Memo {
  static entries = new Map<string, number>();
  static calls = 0;
  private static readonly seen = new WeakSet<object>();
  constructor(readonly name: string) {}
  static note(o: object): number {
    Memo.seen.add(o);
    return ++Memo.calls + Memo.entries.size;
  }
}
`,
  'src/model/probe/object-constants.ts': `interface Reader {
  readonly formats: readonly string[];
  readonly read: (names: readonly string[]) => Map<string, number>;
}
const NO_FORMATS: readonly string[] = [];
export const reader: Reader = {
  formats: NO_FORMATS,
  read: (names) => new Map(names.map((n) => [n, n.length])),
};
const TABLE: Readonly<Record<string, ReadonlySet<string>>> = { a: new Set(['x']), b: new Set() };
export class Limits {
  static readonly MAX = 5;
  readonly own = new Map<string, number>();
  static table(extra: readonly string[] = []): ReadonlySet<string> {
    return new Set([...(TABLE.a ?? []), ...extra, String(Limits.MAX)]);
  }
}
export function fresh(options = { seen: new Set<string>() }): { names: string[]; seen: Set<string> } {
  return { names: [], seen: options.seen };
}
`,
  'src/model/probe/constants.ts': `const KINDS: ReadonlySet<string> = new Set(['a', 'b']);
const LIMITS: ReadonlyMap<string, number> = new Map([['a', 1]]);
const NONE: readonly number[] = [];
export const SCALE = 3;
export function count(kind: string): number {
  let total = 0;
  const seen = new Map<string, number>();
  const fresh = () => new Set<string>();
  for (const k of fresh()) seen.set(k, total++);
  return KINDS.has(kind) ? (LIMITS.get(kind) ?? NONE.length) * SCALE + total : seen.size;
}
`,
  'src/cli/probe/module-state.ts':
    'const cache = new Map<string, number>();\nexport const get = (k: string) => cache.get(k);\n',
  'src/report/probe/switch.ts': `type Model = 'a' | 'b' | 'c';
export function label(model: Model): string {
  switch (model) {
    case 'a':
      return 'A';
    case 'b':
      return 'B';
  }
  return '?';
}
`,
};

interface Diagnostic {
  readonly category: string;
  readonly location: { readonly path: string };
}

let project = '';
let diagnostics: readonly Diagnostic[] = [];

beforeAll(() => {
  // The repository's own lint configuration, on a project of probe files.
  project = mkdtempSync(join(tmpdir(), 'whorunsit-lint-'));
  cpSync(join(ROOT, 'biome.json'), join(project, 'biome.json'));
  cpSync(join(ROOT, 'lint'), join(project, 'lint'), { recursive: true });
  for (const [path, text] of Object.entries(PROBES)) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  }
  let output: string;
  try {
    output = execFileSync(BIOME, ['lint', '--vcs-enabled=false', '--reporter=json', '.'], {
      cwd: project,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    // biome exits 1 when it reports errors, which is what most probes are for.
    output = (error as { stdout: string }).stdout;
  }
  diagnostics = (JSON.parse(output) as { diagnostics: Diagnostic[] }).diagnostics;
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

const rulesAt = (path: string) =>
  diagnostics
    .filter((d) => d.location.path === path)
    .map((d) => d.category)
    .sort();

describe('the lint rules that keep the core pure and switches exhaustive', () => {
  it('rejects node: and database imports in src/model and src/engine', () => {
    expect(rulesAt('src/engine/probe/reads-files.ts')).toEqual(['lint/style/noRestrictedImports']);
    expect(rulesAt('src/model/probe/queries.ts')).toEqual(['lint/style/noRestrictedImports']);
  });

  it('rejects imports from the edges into the core', () => {
    expect(rulesAt('src/engine/probe/uses-store.ts')).toEqual(['lint/style/noRestrictedImports']);
  });

  it('rejects reading the clock in the core, but not making a date from a time', () => {
    expect(rulesAt('src/engine/probe/reads-clock.ts')).toEqual(['plugin', 'plugin']);
    expect(rulesAt('src/engine/probe/parses-date.ts')).toEqual([]);
  });

  it('allows I/O and the clock in tests of the core and at the edges', () => {
    expect(rulesAt('src/engine/probe/reads-files.test.ts')).toEqual([]);
    expect(rulesAt('src/cli/probe/reads-files.ts')).toEqual([]);
  });

  it('rejects module-level mutable state in the core: let, maps, sets, arrays and typed arrays', () => {
    expect(rulesAt('src/engine/probe/module-state.ts')).toEqual([
      'plugin',
      'plugin',
      'plugin',
      'plugin',
      'plugin',
    ]);
  });

  it('rejects the same state inside module-level objects and arrays, and in class statics', () => {
    // running, seen, bad, names, the WeakMap in the array
    expect(rulesAt('src/engine/probe/object-state.ts')).toEqual(Array(5).fill('plugin'));
    // entries, calls, seen (read-only, but a set)
    expect(rulesAt('src/engine/probe/class-statics.ts')).toEqual(Array(3).fill('plugin'));
  });

  it('allows read-only constant tables in the core, state inside functions, and caches at the edges', () => {
    expect(rulesAt('src/model/probe/constants.ts')).toEqual([]);
    expect(rulesAt('src/model/probe/object-constants.ts')).toEqual([]);
    expect(rulesAt('src/cli/probe/module-state.ts')).toEqual([]);
  });

  it('rejects a switch that misses a value of its union', () => {
    expect(rulesAt('src/report/probe/switch.ts')).toEqual([
      'lint/nursery/useExhaustiveSwitchCases',
    ]);
  });
});
