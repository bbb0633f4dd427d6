import { rename, rm, writeFile } from 'node:fs/promises';
import { CliError } from './exit-codes.ts';

/**
 * Writes `--output`: beside the file first, then renamed over it, so a failed write never
 * leaves a partial file; a file that cannot be written is a located usage error.
 */
export async function writeOutput(path: string, content: string | Uint8Array): Promise<void> {
  const partial = `${path}.tmp`;
  try {
    await writeFile(partial, content);
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      'cannot-write',
      `--output ${path}: cannot write${code ? ` (${code})` : ''}: ${(error as Error).message}`,
    );
  }
}
