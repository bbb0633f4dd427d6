import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The executables tried on PATH, in order, when CHROMIUM_PATH is not set. */
export const CHROMIUM_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
] as const;

/** Where Debian, Ubuntu and macOS put them when PATH does not say. */
const WELL_KNOWN = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export type ChromiumLookup =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly reason: string };

/**
 * The Chromium (or Chrome) to print with: `CHROMIUM_PATH` if set (and then only it, so a wrong
 * setting is reported, not silently replaced), else the first of `CHROMIUM_NAMES` on PATH, else
 * a well-known install location.
 */
export function findChromium(env: Readonly<Record<string, string | undefined>>): ChromiumLookup {
  const configured = env.CHROMIUM_PATH;
  if (configured !== undefined && configured !== '') {
    return executable(configured)
      ? { ok: true, path: configured }
      : { ok: false, reason: `CHROMIUM_PATH=${configured} is not an executable file` };
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  for (const name of CHROMIUM_NAMES)
    for (const dir of dirs) {
      const path = join(dir, name);
      if (executable(path)) return { ok: true, path };
    }
  const known = WELL_KNOWN.find(executable);
  if (known) return { ok: true, path: known };
  return {
    ok: false,
    reason: `none of ${CHROMIUM_NAMES.join(', ')} is on PATH, and CHROMIUM_PATH is not set`,
  };
}
