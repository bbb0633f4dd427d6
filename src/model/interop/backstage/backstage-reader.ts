import { isRecord } from '../given.ts';
import type { InteropReader } from '../interop-reader.ts';
import { readBackstage } from './read-backstage.ts';

/** Backstage catalog entities: Groups, Users, Components, Systems, Domains, Locations. */
export const backstageReader: InteropReader<'backstage'> = {
  format: 'backstage',
  apiVersions: ['backstage.io/v1alpha1'],
  detects: (data) =>
    isRecord(data) &&
    typeof data.apiVersion === 'string' &&
    data.apiVersion.startsWith('backstage.io/'),
  read: (docs, { given, findings }) => ({ entities: readBackstage(docs, given, findings) }),
};
