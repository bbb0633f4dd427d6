import { API_VERSION } from '../vocabulary.ts';
import { isRecord } from './given.ts';

/** The formats whorunsit reads, besides its own. */
export type Format =
  | 'whorunsit'
  | 'backstage'
  | 'openslo'
  | 'sloth'
  | 'slo-generator'
  | 'prometheus-rules'
  | 'unknown';

/** The apiVersions of other tools that whorunsit reads, for messages. */
export const FOREIGN_API_VERSIONS = [
  'backstage.io/v1alpha1',
  'openslo/v1',
  'openslo/v1alpha',
  'sloth.slok.dev/v1',
  'sre.google.com/v2',
] as const;

/**
 * Which tool a YAML document belongs to: by `apiVersion` where it has one, and by the shape of
 * the formats without one (Sloth's `version: prometheus/v1` specs, slo-generator's policy files).
 */
export function formatOf(data: unknown): Format {
  if (Array.isArray(data)) {
    return data.length > 0 && data.every((s) => isRecord(s) && 'error_budget_policy_step_name' in s)
      ? 'slo-generator'
      : 'unknown';
  }
  if (!isRecord(data)) return 'unknown';
  const apiVersion = data.apiVersion;
  if (typeof apiVersion === 'string') {
    if (apiVersion === API_VERSION) return 'whorunsit';
    if (apiVersion.startsWith('backstage.io/')) return 'backstage';
    if (/^openslo(\.com)?\//.test(apiVersion)) return 'openslo';
    if (apiVersion.startsWith('sloth.slok.dev/')) return 'sloth';
    if (apiVersion.startsWith('sre.google.com/')) return 'slo-generator';
    return 'unknown';
  }
  if (apiVersion !== undefined) return 'unknown';
  if (data.version === 'prometheus/v1' && 'slos' in data) return 'sloth';
  if ('error_budget_policies' in data) return 'slo-generator';
  if (
    Array.isArray(data.groups) &&
    data.groups.every((g) => isRecord(g) && Array.isArray(g.rules))
  ) {
    return 'prometheus-rules';
  }
  return 'unknown';
}

/**
 * Whether a top-level list holds documents of another tool (OpenSLO's `oslo` accepts a list of
 * documents in one YAML document); whorunsit documents are never read from a list.
 */
export function isForeignDocumentList(data: unknown): data is readonly unknown[] {
  return (
    Array.isArray(data) &&
    data.length > 0 &&
    data.every((item) => {
      const format = formatOf(item);
      return (
        format !== 'whorunsit' && format !== 'unknown' && isRecord(item) && 'apiVersion' in item
      );
    })
  );
}
