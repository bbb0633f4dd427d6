import { ERROR_TABLE, type ErrorCode } from '../../errors/index.ts';

/** The HTTP status of every error code, read from the one table (src/errors/error-table.ts). */
export const ERROR_STATUS = Object.fromEntries(
  Object.entries(ERROR_TABLE).map(([code, meaning]) => [code, meaning.status]),
) as Readonly<Record<ErrorCode, number>>;

export type { ErrorCode };
