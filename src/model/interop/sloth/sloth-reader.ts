import { isRecord } from '../given.ts';
import type { InteropReader } from '../interop-reader.ts';
import { readSloth } from './read-sloth.ts';

/** Sloth specs: raw `version: prometheus/v1` files and `sloth.slok.dev/v1` resources. */
export const slothReader: InteropReader<'sloth'> = {
  format: 'sloth',
  apiVersions: ['sloth.slok.dev/v1'],
  detects: (data) => {
    if (!isRecord(data)) return false;
    if (typeof data.apiVersion === 'string') return data.apiVersion.startsWith('sloth.slok.dev/');
    return data.apiVersion === undefined && data.version === 'prometheus/v1' && 'slos' in data;
  },
  read: (docs, { findings }) => readSloth(docs, findings),
};
