import { ApiError } from '../errors/api-error.ts';

/**
 * The revision an `If-Match` header names: `"3"` (as the ETag is sent), `W/"3"` or `3`.
 * `*` and a missing header mean "whatever is latest" (undefined).
 */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header.join(',') : header).trim();
  if (value === '' || value === '*') return undefined;
  const match = /^(?:W\/)?"?(\d{1,15})"?$/.exec(value);
  if (!match?.[1]) {
    throw new ApiError(
      'bad-request',
      `If-Match must name one revision, like "3" (the ETag of a revision); found ${JSON.stringify(value)}`,
    );
  }
  return Number(match[1]);
}

/** The ETag of a revision. */
export function revisionEtag(revision: number): string {
  return `"${revision}"`;
}
