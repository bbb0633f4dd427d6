import { describeValue } from '../../describe-value.ts';
import type { ParsedDocument } from '../../parse-documents.ts';
import type { Draft } from '../draft.ts';
import { isRecord } from '../given.ts';
import { type Findings, inferenceAt, problemIn } from '../report.ts';
import type { SloRecord } from '../slo.ts';
import { toSlug } from '../to-slug.ts';
import { readPolicy, V1_STEP, V2_STEP } from './read-policy.ts';
import { readSlo } from './read-slo.ts';

export interface SloGeneratorResult {
  readonly slos: readonly SloRecord[];
  readonly policies: readonly Draft[];
}

/**
 * Reads google/slo-generator files: the error budget policies of a v2 `config.yaml`
 * (`error_budget_policies`) or of a legacy v1 `error_budget_policy.yaml` (a list of steps)
 * become ErrorBudgetPolicies whose steps are burn-rate alerts; `ServiceLevelObjective`
 * (`sre.google.com/v2`) documents become SLOs of the service in their `service_name` label.
 */
export function readSloGenerator(
  docs: readonly ParsedDocument[],
  findings: Findings,
): SloGeneratorResult {
  const slos: SloRecord[] = [];
  const policies: Draft[] = [];
  for (const doc of docs) {
    const data = doc.data;
    if (Array.isArray(data)) {
      const name = policyNameOfFile(doc.file);
      const policy = readPolicy({ doc, name, steps: data, path: [], fields: V1_STEP }, findings);
      if (policy) {
        policies.push(policy);
        findings.inferences.push(
          inferenceAt(
            doc,
            [],
            'inferred',
            `slo-generator v1 error budget policy named ${name} after its file: v1 policies have no name`,
            { subject: { kind: 'ErrorBudgetPolicy', name } },
          ),
        );
      }
      continue;
    }
    const record = data as Record<string, unknown>;
    if (record.apiVersion !== undefined) {
      const slo = readSlo(doc, findings);
      if (slo) slos.push(slo);
      continue;
    }
    const all = record.error_budget_policies;
    if (!isRecord(all)) {
      findings.problems.push(
        problemIn(
          doc,
          ['error_budget_policies'],
          'invalid-value',
          `expected error budget policies by name, found ${describeValue(all)}`,
        ),
      );
      continue;
    }
    for (const [policyName, policy] of Object.entries(all)) {
      const path = ['error_budget_policies', policyName];
      const name = toSlug(policyName);
      if (!isRecord(policy) || name === undefined) {
        findings.problems.push(
          problemIn(
            doc,
            path,
            'invalid-value',
            `expected a policy with steps, found ${describeValue(policy)}`,
          ),
        );
        continue;
      }
      if (name !== policyName) {
        findings.inferences.push(
          inferenceAt(
            doc,
            path,
            'renamed',
            `slo-generator policy ${policyName} is the ErrorBudgetPolicy ${name}: whorunsit names are lowercase slugs`,
            { subject: { kind: 'ErrorBudgetPolicy', name } },
          ),
        );
      }
      const read = readPolicy(
        { doc, name, steps: policy.steps, path: [...path, 'steps'], fields: V2_STEP },
        findings,
      );
      if (read) policies.push(read);
    }
    const unused = Object.keys(record).filter((k) => k !== 'error_budget_policies');
    if (unused.length > 0) {
      findings.inferences.push(
        inferenceAt(
          doc,
          [unused[0] as string],
          'ignored',
          `slo-generator ${unused.join(', ')} not used: whorunsit does not query backends or export results`,
        ),
      );
    }
  }
  return { slos, policies };
}

function policyNameOfFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return toSlug(base.replace(/\.ya?ml$/i, '')) ?? 'error-budget-policy';
}
