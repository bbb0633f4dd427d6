import { isRecord } from '../given.ts';
import type { InteropReader } from '../interop-reader.ts';
import { readOpenSlo } from './read-openslo.ts';

/** OpenSLO SLOs, SLIs and Services (`openslo/v1`, `openslo/v1alpha`). */
export const openSloReader: InteropReader<'openslo'> = {
  format: 'openslo',
  apiVersions: ['openslo/v1', 'openslo/v1alpha'],
  detects: (data) =>
    isRecord(data) &&
    typeof data.apiVersion === 'string' &&
    /^openslo(\.com)?\//.test(data.apiVersion),
  read: (docs, { findings }) => readOpenSlo(docs, findings),
};
