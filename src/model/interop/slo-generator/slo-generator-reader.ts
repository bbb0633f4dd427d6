import { isRecord } from '../given.ts';
import type { InteropReader } from '../interop-reader.ts';
import { readSloGenerator } from './read-slo-generator.ts';

/** slo-generator: `config.yaml` policies, v1 policy step lists, `sre.google.com/v2` SLOs. */
export const sloGeneratorReader: InteropReader<'slo-generator'> = {
  format: 'slo-generator',
  apiVersions: ['sre.google.com/v2'],
  detects: (data) => {
    if (Array.isArray(data)) {
      return (
        data.length > 0 && data.every((s) => isRecord(s) && 'error_budget_policy_step_name' in s)
      );
    }
    if (!isRecord(data)) return false;
    if (typeof data.apiVersion === 'string') return data.apiVersion.startsWith('sre.google.com/');
    return data.apiVersion === undefined && 'error_budget_policies' in data;
  },
  read: (docs, { findings }) => readSloGenerator(docs, findings),
};
