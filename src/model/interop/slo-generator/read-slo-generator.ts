import { describeValue } from '../../describe-value.ts';
import type { BurnRateAlert } from '../../kinds/index.ts';
import type { ParsedDocument } from '../../parse-documents.ts';
import { type Draft, newDraft, type Origin, setField } from '../draft.ts';
import { isRecord } from '../given.ts';
import { type Findings, inferenceAt, problemIn } from '../report.ts';
import { percentOf, type SloRecord } from '../slo.ts';
import { toSlug } from '../to-slug.ts';

export interface SloGeneratorResult {
  readonly slos: readonly SloRecord[];
  readonly policies: readonly Draft[];
}

/** The field names of a step in slo-generator's v2 config and in its legacy v1 policy file. */
const V2_STEP = {
  name: 'name',
  window: 'window',
  burnRate: 'burn_rate_threshold',
  alert: 'alert',
  message: 'message_alert',
} as const;
const V1_STEP = {
  name: 'error_budget_policy_step_name',
  window: 'measurement_window_seconds',
  burnRate: 'alerting_burn_rate_threshold',
  alert: 'urgent_notification',
  message: 'overburned_consequence_message',
} as const;
type StepFields = typeof V2_STEP | typeof V1_STEP;

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

/**
 * A policy's steps as burn-rate alerts. A step that alerts pages; one that does not is a ticket:
 * its consequence (a release freeze, reliability work) is for the team in working hours. The
 * step with burn rate 1 over 28 or 30 days spends exactly the budget, so it is the window.
 */
function readPolicy(
  at: {
    doc: ParsedDocument;
    name: string;
    steps: unknown;
    path: readonly PropertyKey[];
    fields: StepFields;
  },
  findings: Findings,
): Draft | undefined {
  const { doc, name, steps, path, fields } = at;
  if (!Array.isArray(steps) || steps.length === 0) {
    findings.problems.push(
      problemIn(
        doc,
        path,
        steps === undefined ? 'missing-field' : 'invalid-value',
        `expected a list of policy steps, found ${describeValue(steps)}`,
      ),
    );
    return undefined;
  }
  const alerts: BurnRateAlert[] = [];
  let window: '28d' | '30d' | undefined;
  let windowIndex = 0;
  for (const [index, step] of steps.entries()) {
    const stepPath = [...path, index];
    if (!isRecord(step)) {
      findings.problems.push(
        problemIn(
          doc,
          stepPath,
          'invalid-value',
          `expected a policy step, found ${describeValue(step)}`,
        ),
      );
      return undefined;
    }
    const seconds = step[fields.window];
    const burnRate = step[fields.burnRate];
    const alertWindow = typeof seconds === 'number' ? windowOfSeconds(seconds) : undefined;
    if (alertWindow === undefined) {
      findings.problems.push(
        problemIn(
          doc,
          [...stepPath, fields.window],
          seconds === undefined ? 'missing-field' : 'invalid-value',
          `expected a window in whole minutes of seconds (3600 for 1h), found ${describeValue(seconds)}`,
        ),
      );
      return undefined;
    }
    if (typeof burnRate !== 'number' || !(burnRate > 0) || !Number.isFinite(burnRate)) {
      findings.problems.push(
        problemIn(
          doc,
          [...stepPath, fields.burnRate],
          burnRate === undefined ? 'missing-field' : 'invalid-value',
          `expected a burn rate threshold above 0, found ${describeValue(burnRate)}`,
        ),
      );
      return undefined;
    }
    const message = step[fields.message];
    alerts.push({
      ...(typeof step[fields.name] === 'string' ? { name: step[fields.name] as string } : {}),
      window: alertWindow,
      burnRate,
      severity: step[fields.alert] === true ? 'page' : 'ticket',
      ...(typeof message === 'string' && message !== '' ? { message } : {}),
    });
    if (burnRate === 1 && (seconds === 28 * 86400 || seconds === 30 * 86400)) {
      window = seconds === 28 * 86400 ? '28d' : '30d';
      windowIndex = index;
    }
  }
  const origin: Origin = { doc, path };
  const draft = newDraft('slo-generator', 'ErrorBudgetPolicy', name, origin);
  setField(draft, { section: 'spec', field: 'burnRateAlerts' }, alerts, origin);
  const subject = { kind: 'ErrorBudgetPolicy', name };
  if (window) {
    setField(draft, { section: 'spec', field: 'window' }, window, {
      doc,
      path: [...path, windowIndex, fields.window],
    });
    findings.inferences.push(
      inferenceAt(
        doc,
        [...path, windowIndex],
        'inferred',
        `ErrorBudgetPolicy ${name}: window taken as ${window}: that step's burn rate 1 spends exactly the budget`,
        { subject, field: 'window' },
      ),
    );
  } else {
    findings.inferences.push(
      inferenceAt(
        doc,
        path,
        'inferred',
        `ErrorBudgetPolicy ${name}: no step has burn rate 1 over 28 or 30 days, so the window is whorunsit's default, 28d`,
        { subject, field: 'window' },
      ),
    );
  }
  return draft;
}

/** A step window in seconds as `1h`, `12h`, `7d`: the largest unit that divides it. */
export function windowOfSeconds(seconds: number): string | undefined {
  if (!Number.isInteger(seconds) || seconds <= 0 || seconds % 60 !== 0) return undefined;
  const minutes = seconds / 60;
  const [count, unit] =
    minutes % 1440 === 0
      ? [minutes / 1440, 'd']
      : minutes % 60 === 0
        ? [minutes / 60, 'h']
        : [minutes, 'm'];
  return count < 100000 ? `${count}${unit}` : undefined;
}

function readSlo(doc: ParsedDocument, findings: Findings): SloRecord | undefined {
  const data = doc.data as Record<string, unknown>;
  if (data.apiVersion !== 'sre.google.com/v2' || data.kind !== 'ServiceLevelObjective') {
    findings.inferences.push(
      inferenceAt(
        doc,
        ['apiVersion'],
        'ignored',
        `slo-generator ${describeValue(data.kind)} (${describeValue(data.apiVersion)}) not used: whorunsit reads sre.google.com/v2 ServiceLevelObjective documents`,
      ),
    );
    return undefined;
  }
  const metadata = isRecord(data.metadata) ? data.metadata : {};
  const labels = isRecord(metadata.labels) ? metadata.labels : {};
  const spec = isRecord(data.spec) ? data.spec : {};
  const name = typeof metadata.name === 'string' ? toSlug(metadata.name) : undefined;
  const service = typeof labels.service_name === 'string' ? toSlug(labels.service_name) : undefined;
  const goal = spec.goal;
  const before = findings.problems.length;
  if (name === undefined)
    findings.problems.push(
      problemIn(
        doc,
        ['metadata', 'name'],
        'missing-field',
        `expected the name of the SLO, found ${describeValue(metadata.name)}`,
      ),
    );
  if (service === undefined)
    findings.problems.push(
      problemIn(
        doc,
        ['metadata', 'labels'],
        'missing-field',
        `expected the service_name label naming the service the SLO measures, found ${describeValue(labels.service_name)}`,
      ),
    );
  if (typeof goal !== 'number' || !(goal > 0 && goal < 1)) {
    findings.problems.push(
      problemIn(
        doc,
        ['spec', 'goal'],
        goal === undefined ? 'missing-field' : 'invalid-value',
        `expected a goal between 0 and 1 (0.999 for 99.9%)${goal === 1 ? '; 100% leaves no error budget' : ''}, found ${describeValue(goal)}`,
      ),
    );
  }
  if (
    findings.problems.length > before ||
    name === undefined ||
    service === undefined ||
    typeof goal !== 'number'
  )
    return undefined;
  const origin: Origin = { doc, path: ['metadata', 'name'] };
  const position = doc.locate(origin.path);
  const target = percentOf(goal);
  return {
    slo: {
      name,
      format: 'slo-generator',
      service,
      ...(typeof spec.description === 'string' ? { displayName: spec.description } : {}),
      objectives: [{ target }],
      target,
      budgetingMethod: 'occurrences',
      source: { file: position.file ?? doc.file, line: position.line, column: position.column },
    },
    origin,
    targetOrigin: { doc, path: ['spec', 'goal'] },
  };
}
