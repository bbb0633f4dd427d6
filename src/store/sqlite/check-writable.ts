import { closeSync, openSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';

/** An empty file in the data folder, opened for writing to learn whether the folder takes writes. */
export const WRITE_CHECK_FILE = 'whorunsit.write-check';

/**
 * Throws the system's error (EROFS, EACCES, …) when the data folder takes no writes. Asking
 * `access(W_OK)` is not enough: it answers yes for root, and for a file system that turned
 * read-only after a disk error (ext4 `errors=remount-ro`), where only opening a file for writing
 * says EROFS. The database file itself is never opened here: closing a second descriptor of it
 * would drop SQLite's locks.
 */
export function checkWritableSync(folder: string): void {
  closeSync(openSync(join(folder, WRITE_CHECK_FILE), 'w', 0o600));
}

/** checkWritableSync, without blocking the event loop. */
export async function checkWritable(folder: string): Promise<void> {
  await (await open(join(folder, WRITE_CHECK_FILE), 'w', 0o600)).close();
}
