import { z } from 'zod';
import { ApiError } from '../errors/api-error.ts';

/**
 * The `cursor` query parameter of a list read newest first: the `nextCursor` of the page before.
 * Opaque to clients, so the key it stands for may change without breaking them.
 */
export const PageCursorSchema = z
  .string()
  .min(1)
  .max(200)
  .optional()
  .describe('`nextCursor` of the previous page');

/** `nextCursor` in a page's answer. */
export const NextCursorSchema = z
  .string()
  .nullable()
  .describe('Pass as `cursor` for the next page; null on the last');

/**
 * A cursor after the row `id` of `list`. Rows are read by descending id, and new rows get
 * higher ids, so a page read with it neither repeats nor skips a row when rows arrive between
 * pages.
 */
export function idCursor(list: string, id: number): string {
  return Buffer.from(JSON.stringify([list, id])).toString('base64url');
}

/** The id a cursor of `list` stands for; anything else (another list's cursor too) is a 400. */
export function idOfCursor(list: string, cursor: string): number {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      value[0] === list &&
      Number.isSafeInteger(value[1]) &&
      value[1] > 0
    ) {
      return value[1];
    }
  } catch {
    // Reported below.
  }
  throw new ApiError('bad-request', 'query cursor: expected the nextCursor of a previous page', {
    issues: [
      {
        in: 'query',
        path: 'cursor',
        code: 'invalid-value',
        message: 'expected the nextCursor of a previous page',
      },
    ],
  });
}

/**
 * One page out of `rows` read with one row more than `limit`: that extra row says whether a
 * next page exists.
 */
export function pageOf<T extends { readonly id: number }>(
  list: string,
  rows: readonly T[],
  limit: number,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? idCursor(list, last.id) : null,
  };
}
