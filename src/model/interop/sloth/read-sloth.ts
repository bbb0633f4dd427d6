import { durationHours } from '../../concepts/time-units.ts';
import { describeValue } from '../../describe-value.ts';
import type { AlertSeverity, BurnRateAlert } from '../../kinds/index.ts';
import type { ParsedDocument } from '../../parse-documents.ts';
import type { BudgetWindow } from '../../vocabulary.ts';
import { type Draft, newDraft, type Origin, setField } from '../draft.ts';
import { isRecord } from '../given.ts';
import { type Findings, inferenceAt, problemIn } from '../report.ts';
import type { SloRecord } from '../slo.ts';
import { toSlug } from '../to-slug.ts';
import { burnRateAlertsOf, readAlertWindows, SLOTH_DEFAULT_WINDOWS } from './alert-windows.ts';
import { readSlothSli } from './read-sloth-sli.ts';

/** Sloth's default SLO period: its specs cannot name one (`sloth --default-slo-period`). */
export const SLOTH_DEFAULT_PERIOD: BudgetWindow = '30d';
const SLOTH_DEFAULT_PERIOD_HOURS = durationHours(30 * 24);

export interface SlothResult {
  readonly slos: readonly SloRecord[];
  /** `sloth-<period>` policies of the AlertWindows documents read. */
  readonly policies: readonly Draft[];
}

/**
 * Reads Sloth specs: `version: prometheus/v1` files and `sloth.slok.dev/v1`
 * `PrometheusServiceLevel` resources give SLOs (`<service>-<slo>`, as Sloth names them) with
 * Sloth's 30-day period; `AlertWindows` give the burn-rate alerts of the `sloth-<period>` error
 * budget policy. A service's SLOs use that policy, without the page or ticket alerts the SLO
 * disables.
 */
export function readSloth(docs: readonly ParsedDocument[], findings: Findings): SlothResult {
  const windows = new Map<BudgetWindow, { alerts: BurnRateAlert[]; doc: ParsedDocument }>();
  const policies: Draft[] = [];
  const specs: { doc: ParsedDocument; spec: Record<string, unknown>; prefix: readonly string[] }[] =
    [];
  for (const doc of docs) {
    const data = doc.data as Record<string, unknown>;
    if (data.apiVersion === undefined) {
      specs.push({ doc, spec: data, prefix: [] });
      continue;
    }
    if (data.kind === 'AlertWindows') {
      const read = readAlertWindows(doc, findings);
      if (read && !windows.has(read.budgetWindow)) {
        windows.set(read.budgetWindow, { alerts: read.alerts, doc });
        policies.push(
          alertPolicy(`sloth-${read.budgetWindow}`, {
            budgetWindow: read.budgetWindow,
            alerts: read.alerts,
            origin: { doc, path: ['spec'] },
          }),
        );
      }
    } else if (data.kind === 'PrometheusServiceLevel') {
      if (isRecord(data.spec)) specs.push({ doc, spec: data.spec, prefix: ['spec'] });
      else
        findings.problems.push(
          problemIn(
            doc,
            ['spec'],
            'missing-field',
            'expected the spec of a Sloth PrometheusServiceLevel',
          ),
        );
    } else {
      findings.inferences.push(
        inferenceAt(
          doc,
          ['kind'],
          'ignored',
          `Sloth ${describeValue(data.kind)} not used: whorunsit reads Sloth PrometheusServiceLevel and AlertWindows`,
        ),
      );
    }
  }
  const slos = specs.flatMap((s) => readServiceLevel(s, { findings, windows }));
  return { slos, policies };
}

function readServiceLevel(
  at: { doc: ParsedDocument; spec: Record<string, unknown>; prefix: readonly string[] },
  context: {
    findings: Findings;
    windows: ReadonlyMap<BudgetWindow, { alerts: BurnRateAlert[]; doc: ParsedDocument }>;
  },
): SloRecord[] {
  const { doc, spec, prefix } = at;
  const { findings } = context;
  const serviceName = spec.service;
  const service = typeof serviceName === 'string' ? toSlug(serviceName) : undefined;
  if (service === undefined) {
    findings.problems.push(
      problemIn(
        doc,
        [...prefix, 'service'],
        serviceName === undefined ? 'missing-field' : 'invalid-value',
        `expected the name of the service these SLOs measure, found ${describeValue(serviceName)}`,
      ),
    );
    return [];
  }
  const list = spec.slos;
  if (!Array.isArray(list) || list.length === 0) {
    findings.problems.push(
      problemIn(
        doc,
        [...prefix, 'slos'],
        list === undefined ? 'missing-field' : 'invalid-value',
        `expected a list of at least one SLO, found ${describeValue(list)}`,
      ),
    );
    return [];
  }
  findings.inferences.push(
    inferenceAt(
      doc,
      [...prefix, 'service'],
      'inferred',
      `Sloth SLOs of ${serviceName as string}: window taken as ${SLOTH_DEFAULT_PERIOD}, Sloth's default SLO period (Sloth specs do not name theirs)`,
      { subject: { kind: 'Service', name: service } },
    ),
  );
  const out: SloRecord[] = [];
  list.forEach((item, index) => {
    const path = [...prefix, 'slos', index];
    if (!isRecord(item)) {
      findings.problems.push(
        problemIn(doc, path, 'invalid-value', `expected an SLO, found ${describeValue(item)}`),
      );
      return;
    }
    const sloName =
      typeof item.name === 'string' ? toSlug(`${serviceName as string}-${item.name}`) : undefined;
    if (sloName === undefined) {
      findings.problems.push(
        problemIn(
          doc,
          [...path, 'name'],
          item.name === undefined ? 'missing-field' : 'invalid-value',
          `expected the name of the SLO, found ${describeValue(item.name)}`,
        ),
      );
      return;
    }
    if (sloName !== `${serviceName as string}-${item.name as string}`) {
      findings.inferences.push(
        inferenceAt(
          doc,
          [...path, 'name'],
          'renamed',
          `Sloth SLO ${item.name as string} of ${serviceName as string} is the SLO ${sloName}: whorunsit names are lowercase slugs of at most 63 characters`,
          { subject: { kind: 'SLO', name: sloName } },
        ),
      );
    }
    const objective = item.objective;
    if (typeof objective !== 'number' || !(objective > 0 && objective < 100)) {
      findings.problems.push(
        problemIn(
          doc,
          [...path, 'objective'],
          objective === undefined ? 'missing-field' : 'invalid-value',
          `expected an objective in percent between 0 and 100${objective === 100 ? '; 100% leaves no error budget' : ''}, found ${describeValue(objective)}`,
        ),
      );
      return;
    }
    const origin: Origin = { doc, path: [...path, 'name'] };
    const position = doc.locate(origin.path);
    const policy = policyFor(item.alerting);
    const sli = readSlothSli({ doc, path: [...path, 'sli'], slo: sloName }, item.sli, findings);
    out.push({
      slo: {
        name: sloName,
        format: 'sloth',
        service,
        ...(typeof item.description === 'string' ? { displayName: item.description } : {}),
        objectives: [{ target: objective }],
        target: objective,
        window: { text: SLOTH_DEFAULT_PERIOD, rolling: true, budgetWindow: SLOTH_DEFAULT_PERIOD },
        budgetingMethod: 'occurrences',
        ...(sli ? { sli } : {}),
        source: { file: position.file ?? doc.file, line: position.line, column: position.column },
      },
      origin,
      ...(sli ? { sliOrigin: { doc, path: [...path, 'sli'] } } : {}),
      targetOrigin: { doc, path: [...path, 'objective'] },
      policy: {
        name: policy.name,
        create: () => {
          const read = context.windows.get(SLOTH_DEFAULT_PERIOD);
          const alerts =
            read?.alerts ??
            (burnRateAlertsOf(
              SLOTH_DEFAULT_WINDOWS,
              SLOTH_DEFAULT_PERIOD_HOURS,
            ) as BurnRateAlert[]);
          return alertPolicy(policy.name, {
            budgetWindow: SLOTH_DEFAULT_PERIOD,
            alerts: alerts.filter((a) => policy.severities.includes(a.severity)),
            origin: read ? { doc: read.doc, path: ['spec'] } : origin,
            defaults: read === undefined,
          });
        },
      },
    });
  });
  return out;
}

/** The policy variant for an SLO's alerting: Sloth lets an SLO disable page or ticket alerts. */
function policyFor(alerting: unknown): { name: string; severities: readonly AlertSeverity[] } {
  const disabled = (camel: string, snake: string): boolean => {
    if (!isRecord(alerting)) return false;
    const alert = alerting[camel] ?? alerting[snake];
    return isRecord(alert) && alert.disable === true;
  };
  const page = !disabled('pageAlert', 'page_alert');
  const ticket = !disabled('ticketAlert', 'ticket_alert');
  const base = `sloth-${SLOTH_DEFAULT_PERIOD}`;
  if (page && ticket) return { name: base, severities: ['page', 'ticket'] };
  if (page) return { name: `${base}-page-only`, severities: ['page'] };
  if (ticket) return { name: `${base}-ticket-only`, severities: ['ticket'] };
  return { name: `${base}-no-alerts`, severities: [] };
}

function alertPolicy(
  name: string,
  at: {
    budgetWindow: BudgetWindow;
    alerts: readonly BurnRateAlert[];
    origin: Origin;
    defaults?: boolean;
  },
): Draft {
  const draft = newDraft('sloth', 'ErrorBudgetPolicy', name, at.origin);
  draft.metadata.description = `Sloth's ${at.budgetWindow} SLO period${at.defaults ? ' with its default alert windows' : ''}`;
  setField(draft, { section: 'spec', field: 'window' }, at.budgetWindow, at.origin);
  setField(draft, { section: 'spec', field: 'burnRateAlerts' }, at.alerts, at.origin);
  return draft;
}
