import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError } from '../exit-codes.ts';
import { findChromium } from './find-chromium.ts';

/** Printing a plan takes a few seconds; a Chromium that hangs is stopped. */
const PRINT_TIMEOUT_MS = 120_000;

export const INSTALL_CHROMIUM =
  'install Chromium (Debian/Ubuntu: `apt-get install chromium`; Fedora: `dnf install chromium`; macOS: `brew install --cask chromium`) or set CHROMIUM_PATH to a Chrome or Chromium executable';

/**
 * Prints a standalone HTML document to PDF with headless Chromium and returns its bytes
 * (Chromium prints into a temporary folder, removed afterwards).
 */
export async function printPdf(options: {
  readonly html: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}): Promise<Uint8Array> {
  const chromium = findChromium(options.env);
  if (!chromium.ok) {
    throw new CliError(
      'chromium-not-found',
      `--format pdf: no Chromium to print with (${chromium.reason}): ${INSTALL_CHROMIUM}`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'whorunsit-pdf-'));
  try {
    const page = join(dir, 'plan.html');
    const pdf = join(dir, 'plan.pdf');
    await writeFile(page, options.html);
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      // Chromium refuses to start its sandbox as root (containers, CI).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      pathToFileURL(page).href,
    ];
    await new Promise<void>((resolve, reject) => {
      execFile(chromium.path, args, { timeout: PRINT_TIMEOUT_MS }, (error, _stdout, stderr) => {
        if (error) {
          const detail = String(stderr).trim().split('\n').slice(-3).join(' ');
          reject(
            new CliError(
              'pdf-failed',
              `--format pdf: ${chromium.path} could not print the plan${error.killed ? ` within ${PRINT_TIMEOUT_MS / 1000} s` : ''}${detail ? `: ${detail}` : ''}`,
            ),
          );
        } else resolve();
      });
    });
    const printed = await stat(pdf).catch(() => undefined);
    if (!printed || printed.size === 0)
      throw new CliError('pdf-failed', `--format pdf: ${chromium.path} wrote no PDF`);
    return await readFile(pdf);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
