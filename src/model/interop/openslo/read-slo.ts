import { describeValue } from '../../describe-value.ts';
import type { ParsedDocument } from '../../parse-documents.ts';
import { newDraft, type Origin, setField } from '../draft.ts';
import { type Findings, inferenceAt, problemIn } from '../report.ts';
import type { BudgetingMethod, SloRecord } from '../slo.ts';
import { toSlug } from '../to-slug.ts';
import { readObjectives } from './read-objectives.ts';
import { readSloQueries, type SliDocument } from './read-slo-queries.ts';
import { readWindow } from './read-window.ts';
import { sloWindowOf } from './time-window.ts';

const BUDGETING_METHODS: Readonly<Record<string, BudgetingMethod>> = {
  Occurrences: 'occurrences',
  Timeslices: 'timeslices',
  RatioTimeslices: 'ratio-timeslices',
};

/**
 * Reads one OpenSLO SLO into an SLO record: its service, the strictest objective as its target,
 * its window and budgeting method, and the error budget policy its window implies. Undefined
 * when any of them has a problem, all of which are reported.
 */
export function readSlo(
  at: { doc: ParsedDocument; name: string; spec: Record<string, unknown>; v1: boolean },
  context: { readonly findings: Findings; readonly slis: ReadonlyMap<string, SliDocument> },
): SloRecord | undefined {
  const { findings } = context;
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
  const queries = readSloQueries({ doc, name, v1 }, spec, context);
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
      ...(queries ? { sli: queries.sli } : {}),
      source: { file: position.file ?? doc.file, line: position.line, column: position.column },
    },
    origin,
    ...(queries ? { sliOrigin: queries.origin } : {}),
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
