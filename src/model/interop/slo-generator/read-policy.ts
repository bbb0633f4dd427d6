import { durationSeconds } from '../../concepts/time-units.ts';
import { describeValue } from '../../describe-value.ts';
import type { BurnRateAlert } from '../../kinds/index.ts';
import type { ParsedDocument } from '../../parse-documents.ts';
import { type Draft, newDraft, type Origin, setField } from '../draft.ts';
import { isRecord } from '../given.ts';
import { type Findings, inferenceAt, problemIn } from '../report.ts';
import { windowOfSeconds } from './window-of-seconds.ts';

/** The field names of a step in slo-generator's v2 config and in its legacy v1 policy file. */
export const V2_STEP = {
  name: 'name',
  window: 'window',
  burnRate: 'burn_rate_threshold',
  alert: 'alert',
  message: 'message_alert',
} as const;
export const V1_STEP = {
  name: 'error_budget_policy_step_name',
  window: 'measurement_window_seconds',
  burnRate: 'alerting_burn_rate_threshold',
  alert: 'urgent_notification',
  message: 'overburned_consequence_message',
} as const;
export type StepFields = typeof V2_STEP | typeof V1_STEP;

/**
 * A policy's steps as burn-rate alerts. A step that alerts pages; one that does not is a ticket:
 * its consequence (a release freeze, reliability work) is for the team in working hours. The
 * step with burn rate 1 over 28 or 30 days spends exactly the budget, so it is the window.
 */
export function readPolicy(
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
    const alertWindow =
      typeof seconds === 'number' ? windowOfSeconds(durationSeconds(seconds)) : undefined;
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
    if (burnRate === 1 && (alertWindow === '28d' || alertWindow === '30d')) {
      window = alertWindow;
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
