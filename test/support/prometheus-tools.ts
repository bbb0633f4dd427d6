import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The Prometheus tools from Debian's packages (`prometheus`, `prometheus-alertmanager`), which
 * `npm test` installs when missing. A missing one fails the test that needs it with what to do.
 */
export function prometheusTool(name: 'promtool' | 'prometheus' | 'alertmanager'): string {
  const candidates =
    name === 'alertmanager'
      ? ['/usr/bin/prometheus-alertmanager', '/usr/bin/alertmanager']
      : [`/usr/bin/${name}`];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `${name} is not installed: run \`npm test\` (it installs Debian's prometheus and prometheus-alertmanager), or apt-get install them`,
    );
  }
  return found;
}

/** Runs promtool; resolves with its output and exit code instead of throwing on failure. */
export async function promtool(
  args: readonly string[],
  cwd?: string,
): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(prometheusTool('promtool'), [...args], {
      cwd,
      timeout: 60_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : 1,
      output: `${failed.stdout ?? ''}${failed.stderr ?? ''}`,
    };
  }
}
