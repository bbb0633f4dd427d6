import { describeValue } from '../../describe-value.ts';
import type { ParsedDocument } from '../../parse-documents.ts';
import { newDraft, type Origin, setField } from '../draft.ts';
import { isRecord } from '../given.ts';
import { type Findings, inferenceAt, problemIn } from '../report.ts';
import { type BudgetingMethod, percentOf, type SloRecord } from '../slo.ts';
import { toSlug } from '../to-slug.ts';
import { parseV1AlphaUnit, parseV1Duration, sloWindowOf, type TimeWindow } from './time-window.ts';

export interface OpenSloResult {
  readonly slos: readonly SloRecord[];
  /** Reports OpenSLO Services that name no service of the model, once the model's are known. */
  readonly noteServices: (serviceNames: ReadonlySet<string>) => void;
}

const BUDGETING_METHODS: Readonly<Record<string, BudgetingMethod>> = {
  Occurrences: 'occurrences',
  Timeslices: 'timeslices',
  RatioTimeslices: 'ratio-timeslices',
};

/** Kinds OpenSLO defines that whorunsit has no use for, with the reason. */
const UNUSED_KINDS: Readonly<Record<string, string>> = {
  DataSource:
    'whorunsit does not connect to metric sources; give it SLI data as Prometheus query_range JSON',
  AlertPolicy:
    'burn-rate alerts are the burnRateAlerts of a whorunsit ErrorBudgetPolicy, and alerts go to the rotations that cover a service',
  AlertCondition: 'burn-rate alerts are the burnRateAlerts of a whorunsit ErrorBudgetPolicy',
  AlertNotificationTarget:
    'alerts go to the rotations that cover a service, not to notification targets',
};

/** OpenSLO names are DNS labels; whorunsit uses them as they are. */
const OPENSLO_NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/**
 * Reads OpenSLO `openslo/v1` (and `openslo/v1alpha`) documents: SLOs with their objectives,
 * time window and budgeting method; SLIs are checked; Services name the services SLOs measure.
 * Kinds whorunsit does not use are reported with the reason; malformed SLOs are problems.
 */
export function readOpenSlo(docs: readonly ParsedDocument[], findings: Findings): OpenSloResult {
  const slos: SloRecord[] = [];
  const services: { name: string; doc: ParsedDocument }[] = [];
  for (const doc of docs) {
    const data = doc.data as Record<string, unknown>;
    const apiVersion = String(data.apiVersion);
    const kind = typeof data.kind === 'string' ? data.kind : undefined;
    if (apiVersion !== 'openslo/v1' && apiVersion !== 'openslo/v1alpha') {
      findings.inferences.push(
        inferenceAt(
          doc,
          ['apiVersion'],
          'ignored',
          `OpenSLO ${kind ?? 'document'} not used: whorunsit reads openslo/v1 and openslo/v1alpha, not ${apiVersion}`,
        ),
      );
      continue;
    }
    const v1 = apiVersion === 'openslo/v1';
    if (kind === undefined) {
      findings.problems.push(
        problemIn(doc, [], 'missing-field', 'missing kind; expected an OpenSLO kind such as SLO'),
      );
      continue;
    }
    if (kind in UNUSED_KINDS || (!v1 && kind !== 'SLO' && kind !== 'Service')) {
      findings.inferences.push(
        inferenceAt(
          doc,
          ['kind'],
          'ignored',
          `OpenSLO ${kind} ${nameOf(data) ?? ''} not used: ${UNUSED_KINDS[kind] ?? `whorunsit reads ${apiVersion} SLO and Service documents only`}`.replace(
            '  ',
            ' ',
          ),
        ),
      );
      continue;
    }
    const name = checkedName(doc, findings);
    if (name === undefined) continue;
    const spec = data.spec;
    if (kind === 'Service') {
      services.push({ name, doc });
      continue;
    }
    if (!isRecord(spec)) {
      findings.problems.push(
        problemIn(
          doc,
          ['spec'],
          spec === undefined ? 'missing-field' : 'invalid-value',
          `expected the spec of OpenSLO ${kind} ${name}, found ${describeValue(spec)}`,
        ),
      );
      continue;
    }
    if (kind === 'SLI') checkSli(doc, spec, findings);
    else if (kind === 'SLO') {
      const record = readSlo({ doc, name, spec, v1 }, findings);
      if (record) slos.push(record);
    } else {
      findings.problems.push(
        problemIn(
          doc,
          ['kind'],
          'unknown-kind',
          `expected an OpenSLO kind (SLO, SLI, Service, DataSource, AlertPolicy, AlertCondition, AlertNotificationTarget), found ${describeValue(kind)}`,
        ),
      );
    }
  }
  return {
    slos,
    noteServices: (names) => {
      for (const service of services) {
        const slug = service.name;
        if (names.has(slug)) continue;
        findings.inferences.push(
          inferenceAt(
            service.doc,
            ['metadata', 'name'],
            'unattached',
            `OpenSLO Service ${slug} is not a service of the model; define Service ${slug} (owner, runModel) in whorunsit or the catalog`,
            { subject: { kind: 'Service', name: slug } },
          ),
        );
      }
    },
  };
}

function nameOf(data: Record<string, unknown>): string | undefined {
  const metadata = data.metadata;
  return isRecord(metadata) && typeof metadata.name === 'string' ? metadata.name : undefined;
}

function checkedName(doc: ParsedDocument, findings: Findings): string | undefined {
  const name = nameOf(doc.data as Record<string, unknown>);
  if (name !== undefined && OPENSLO_NAME.test(name)) return name;
  findings.problems.push(
    problemIn(
      doc,
      name === undefined ? ['metadata'] : ['metadata', 'name'],
      name === undefined ? 'missing-field' : 'invalid-value',
      `expected an OpenSLO name (lowercase letters, digits and inner "-", as OpenSLO requires), found ${describeValue(name)}`,
    ),
  );
  return undefined;
}

/** An SLI measures a ratio (good or bad events of a total) or a threshold. */
function checkSli(doc: ParsedDocument, spec: Record<string, unknown>, findings: Findings): void {
  const ratio = spec.ratioMetric;
  const threshold = spec.thresholdMetric;
  if ((ratio === undefined) === (threshold === undefined)) {
    findings.problems.push(
      problemIn(
        doc,
        ['spec'],
        ratio === undefined ? 'missing-field' : 'invalid-value',
        'expected an SLI with either ratioMetric or thresholdMetric',
      ),
    );
    return;
  }
  if (!isRecord(ratio)) return;
  if (ratio.total === undefined) {
    findings.problems.push(
      problemIn(
        doc,
        ['spec', 'ratioMetric'],
        'missing-field',
        'missing required field "total"; an SLI ratio divides good or bad events by the total',
      ),
    );
  }
  if ((ratio.good === undefined) === (ratio.bad === undefined)) {
    findings.problems.push(
      problemIn(
        doc,
        ['spec', 'ratioMetric', ratio.good === undefined ? '' : 'bad'].filter(Boolean),
        'invalid-value',
        ratio.good === undefined
          ? 'expected good or bad events in the SLI ratio, found neither'
          : 'expected good or bad events in the SLI ratio, not both',
      ),
    );
  }
}

function readSlo(
  at: { doc: ParsedDocument; name: string; spec: Record<string, unknown>; v1: boolean },
  findings: Findings,
): SloRecord | undefined {
  const { doc, name, spec, v1 } = at;
  const before = findings.problems.length;
  const problem = (
    path: readonly PropertyKey[],
    code: 'missing-field' | 'invalid-value',
    message: string,
  ) => findings.problems.push(problemIn(doc, path, code, message));

  const serviceRef = spec.service;
  const service = typeof serviceRef === 'string' ? toSlug(serviceRef) : undefined;
  if (service === undefined)
    problem(
      ['spec', 'service'],
      serviceRef === undefined ? 'missing-field' : 'invalid-value',
      `expected the name of the service SLO ${name} measures, found ${describeValue(serviceRef)}`,
    );
  else if (service !== serviceRef) {
    findings.inferences.push(
      inferenceAt(
        doc,
        ['spec', 'service'],
        'renamed',
        `SLO ${name}: service ${String(serviceRef)} is the whorunsit Service ${service}: whorunsit names are lowercase slugs`,
        { subject: { kind: 'Service', name: service } },
      ),
    );
  }

  const objectives = readObjectives(doc, spec.objectives, findings);
  const windowKey = v1 ? 'timeWindow' : 'timeWindows';
  const window = readWindow(doc, { list: spec[windowKey], key: windowKey, v1 }, findings);
  const method = spec.budgetingMethod;
  const budgetingMethod = typeof method === 'string' ? BUDGETING_METHODS[method] : undefined;
  if (!budgetingMethod)
    problem(
      ['spec', 'budgetingMethod'],
      method === undefined ? 'missing-field' : 'invalid-value',
      `expected budgetingMethod Occurrences, Timeslices or RatioTimeslices, found ${describeValue(method)}`,
    );
  if (
    findings.problems.length > before ||
    !objectives ||
    !window ||
    !budgetingMethod ||
    service === undefined
  )
    return undefined;

  const origin: Origin = { doc, path: ['metadata', 'name'] };
  const strictest = objectives.reduce((best, o) => (o.target > best.target ? o : best));
  const targetOrigin: Origin = {
    doc,
    path: ['spec', 'objectives', strictest.index, strictest.key],
  };
  const subject = { kind: 'SLO', name };
  const windowPath = ['spec', windowKey, 0];
  const mapped = sloWindowOf(window);
  if (mapped.note)
    findings.inferences.push(
      inferenceAt(doc, windowPath, 'inferred', `SLO ${name}: ${mapped.note}`, {
        subject,
        field: 'window',
      }),
    );
  if (mapped.unsupported)
    findings.inferences.push(
      inferenceAt(
        doc,
        windowPath,
        'ignored',
        `SLO ${name}: ${mapped.unsupported}; its target is used, its window is not`,
        { subject, field: 'window' },
      ),
    );
  if (budgetingMethod !== 'occurrences') {
    findings.inferences.push(
      inferenceAt(
        doc,
        ['spec', 'budgetingMethod'],
        'ignored',
        `SLO ${name}: budgetingMethod ${String(method)} is kept on the SLO, but whorunsit's error budgets count good and total events`,
        { subject, field: 'budgetingMethod' },
      ),
    );
  }
  const metadata = (doc.data as { metadata: Record<string, unknown> }).metadata;
  const budgetWindow = mapped.window.budgetWindow;
  const position = doc.locate(origin.path);
  return {
    slo: {
      name,
      format: 'openslo',
      service,
      ...(typeof metadata.displayName === 'string' ? { displayName: metadata.displayName } : {}),
      objectives: objectives.map((o) => ({
        ...(o.displayName ? { displayName: o.displayName } : {}),
        target: o.target,
      })),
      target: strictest.target,
      window: mapped.window,
      budgetingMethod,
      source: { file: position.file ?? doc.file, line: position.line, column: position.column },
    },
    origin,
    targetOrigin,
    ...(objectives.length > 1
      ? {
          targetReason: `the strictest of its ${objectives.length} objectives: ${objectives.map((o) => o.target).join(', ')}`,
        }
      : {}),
    ...(budgetWindow
      ? {
          policy: {
            name: `openslo-${budgetWindow}`,
            create: () => {
              const draft = newDraft(
                'openslo',
                'ErrorBudgetPolicy',
                `openslo-${budgetWindow}`,
                origin,
              );
              draft.metadata.description = `The ${budgetWindow} error budget window of OpenSLO SLOs`;
              setField(draft, { section: 'spec', field: 'window' }, budgetWindow, {
                doc,
                path: windowPath,
              });
              return draft;
            },
          },
        }
      : {}),
  };
}

interface Objective {
  readonly index: number;
  readonly key: 'target' | 'targetPercent';
  readonly target: number;
  readonly displayName?: string | undefined;
}

function readObjectives(
  doc: ParsedDocument,
  value: unknown,
  findings: Findings,
): Objective[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    findings.problems.push(
      problemIn(
        doc,
        ['spec', 'objectives'],
        value === undefined ? 'missing-field' : 'invalid-value',
        `expected a list of at least one objective, found ${describeValue(value)}`,
      ),
    );
    return undefined;
  }
  const out: Objective[] = [];
  value.forEach((objective, index) => {
    const path = ['spec', 'objectives', index];
    if (!isRecord(objective)) {
      findings.problems.push(
        problemIn(
          doc,
          path,
          'invalid-value',
          `expected an objective, found ${describeValue(objective)}`,
        ),
      );
      return;
    }
    const displayName =
      typeof objective.displayName === 'string' ? objective.displayName : undefined;
    const ratio = objective.target;
    const percent = objective.targetPercent;
    if (typeof ratio === 'number' && ratio > 0 && ratio < 1)
      out.push({ index, key: 'target', target: percentOf(ratio), displayName });
    else if (ratio === undefined && typeof percent === 'number' && percent > 0 && percent < 100)
      out.push({ index, key: 'targetPercent', target: percent, displayName });
    else {
      const key = ratio === undefined && percent !== undefined ? 'targetPercent' : 'target';
      const found = key === 'target' ? ratio : percent;
      findings.problems.push(
        problemIn(
          doc,
          found === undefined ? path : [...path, key],
          found === undefined ? 'missing-field' : 'invalid-value',
          `expected ${key === 'target' ? 'a target between 0 and 1 (0.999 for 99.9%)' : 'a targetPercent between 0 and 100'}${found === 1 || found === 100 ? '; a target of 100% leaves no error budget' : ''}, found ${describeValue(found)}`,
        ),
      );
    }
  });
  return out.length === value.length ? out : undefined;
}

function readWindow(
  doc: ParsedDocument,
  at: { list: unknown; key: string; v1: boolean },
  findings: Findings,
): TimeWindow | undefined {
  const { list, key, v1 } = at;
  if (!Array.isArray(list) || list.length === 0 || !isRecord(list[0])) {
    findings.problems.push(
      problemIn(
        doc,
        ['spec', key],
        list === undefined ? 'missing-field' : 'invalid-value',
        `expected ${key} with one time window, found ${describeValue(list)}`,
      ),
    );
    return undefined;
  }
  if (list.length > 1) {
    findings.inferences.push(
      inferenceAt(
        doc,
        ['spec', key, 1],
        'ignored',
        `only the first of ${list.length} time windows is read: an OpenSLO SLO has one`,
      ),
    );
  }
  const window = list[0] as Record<string, unknown>;
  const path = ['spec', key, 0];
  const rolling =
    typeof window.isRolling === 'boolean' ? window.isRolling : window.calendar === undefined;
  if (v1) {
    const duration = window.duration;
    const parsed = typeof duration === 'string' ? parseV1Duration(duration) : undefined;
    if (!parsed) {
      findings.problems.push(
        problemIn(
          doc,
          [...path, 'duration'],
          duration === undefined ? 'missing-field' : 'invalid-value',
          `expected a duration like 28d or 1M, found ${describeValue(duration)}`,
        ),
      );
      return undefined;
    }
    return { ...parsed, rolling, text: String(duration) };
  }
  const count = window.count;
  const unit = typeof window.unit === 'string' ? parseV1AlphaUnit(window.unit) : undefined;
  if (typeof count !== 'number' || !Number.isInteger(count) || count <= 0 || !unit) {
    findings.problems.push(
      problemIn(
        doc,
        path,
        'invalid-value',
        `expected a time window with a count and a unit such as Day, found count ${describeValue(count)} and unit ${describeValue(window.unit)}`,
      ),
    );
    return undefined;
  }
  return { count, unit, rolling, text: `${count} ${String(window.unit)}` };
}
