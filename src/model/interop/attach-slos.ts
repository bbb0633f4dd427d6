import { type Draft, type DraftBuilder, newDraft, setField } from './draft.ts';
import { type Given, givenSpec } from './given.ts';
import { type Findings, inferenceAt } from './report.ts';
import type { SloRecord } from './slo.ts';

export interface AttachInput {
  readonly slos: readonly SloRecord[];
  /** Services read from the catalog; their specs get the SLO's values. */
  readonly serviceDrafts: readonly DraftBuilder[];
  /** Names of Services written only in whorunsit documents. */
  readonly whorunsitServices: readonly string[];
  readonly given: Given;
  /** Error budget policies already defined (read or written), by name. */
  readonly policyNames: Set<string>;
  readonly findings: Findings;
}

export interface Attached {
  /** Values for Services written in whorunsit, merged into those documents. */
  readonly supplements: readonly Draft[];
  /** Error budget policies the SLOs' windows imply, for the services that use them. */
  readonly policies: readonly Draft[];
}

/**
 * Gives each service the target and error budget window of its SLO (§12.5): the SLO its `slo`
 * field names, or the SLO that names the service. A value the service states is kept, and a
 * disagreement with the SLO is reported. An SLO for a service not in the model is reported too.
 */
export function attachSlos(input: AttachInput): Attached {
  const { slos, given, findings } = input;
  const byName = new Map(slos.map((s) => [s.slo.name, s]));
  const byService = new Map<string, SloRecord[]>();
  for (const record of slos) {
    const service = record.slo.service;
    if (service !== undefined) byService.set(service, [...(byService.get(service) ?? []), record]);
  }
  const used = new Set<string>();
  const supplements: DraftBuilder[] = [];
  const policies: Draft[] = [];
  const targets: { name: string; draft?: DraftBuilder }[] = [
    ...input.serviceDrafts.map((draft) => ({ name: draft.name, draft })),
    ...input.whorunsitServices.map((name) => ({ name })),
  ];
  for (const target of targets) {
    const own = givenSpec(given, 'Service', target.name) ?? {};
    const effective: Record<string, unknown> = { ...target.draft?.spec, ...own };
    const candidates = byService.get(target.name) ?? [];
    for (const c of candidates) used.add(c.slo.name);
    const chosen =
      typeof effective.slo === 'string'
        ? { record: byName.get(effective.slo), reason: undefined }
        : choose(candidates);
    if (typeof effective.slo === 'string') used.add(effective.slo);
    const record = chosen.record;
    if (!record) continue; // an `slo` naming no SLO is reported by the reference check
    let supplement: DraftBuilder | undefined;
    const into = (): DraftBuilder => {
      if (target.draft) return target.draft;
      if (!supplement) {
        supplement = newDraft(record.slo.format, 'Service', target.name, record.origin);
        supplement.supplement = true;
        supplements.push(supplement);
      }
      return supplement;
    };
    const subject = { kind: 'Service', name: target.name };
    const slo = record.slo;
    if (effective.slo === undefined) {
      setField(into(), { section: 'spec', field: 'slo' }, slo.name, record.origin);
      findings.inferences.push(
        inferenceAt(
          record.origin.doc,
          record.origin.path,
          'derived',
          `Service ${target.name}: slo taken as ${slo.name}, the SLO of service ${target.name}${chosen.reason ? ` (${chosen.reason})` : ''}`,
          { subject, field: 'slo' },
        ),
      );
    }
    if (effective.availabilityTarget === undefined) {
      setField(
        into(),
        { section: 'spec', field: 'availabilityTarget' },
        slo.target,
        record.targetOrigin,
      );
      findings.inferences.push(
        inferenceAt(
          record.targetOrigin.doc,
          record.targetOrigin.path,
          'derived',
          `Service ${target.name}: availabilityTarget taken as ${slo.target} from SLO ${slo.name}${record.targetReason ? ` (${record.targetReason})` : ''}`,
          { subject, field: 'availabilityTarget' },
        ),
      );
    } else if (effective.availabilityTarget !== slo.target) {
      findings.inferences.push(
        inferenceAt(
          record.targetOrigin.doc,
          record.targetOrigin.path,
          'inconsistent',
          `SLO ${slo.name} targets ${slo.target}, Service ${target.name} states ${String(effective.availabilityTarget)}; the service's target is used`,
          { subject, field: 'availabilityTarget' },
        ),
      );
    }
    if (effective.sli === undefined && slo.sli && record.sliOrigin) {
      setField(into(), { section: 'spec', field: 'sli' }, slo.sli, record.sliOrigin);
      findings.inferences.push(
        inferenceAt(
          record.sliOrigin.doc,
          record.sliOrigin.path,
          'derived',
          `Service ${target.name}: sli taken from the queries of SLO ${slo.name} (pulled by the server, recorded by whorunsit rules)`,
          { subject, field: 'sli' },
        ),
      );
    }
    const policy = record.policy;
    if (effective.errorBudgetPolicy === undefined && policy) {
      setField(into(), { section: 'spec', field: 'errorBudgetPolicy' }, policy.name, record.origin);
      if (!input.policyNames.has(policy.name)) {
        input.policyNames.add(policy.name);
        policies.push(policy.create());
        findings.inferences.push(
          inferenceAt(
            record.origin.doc,
            record.origin.path,
            'inferred',
            `ErrorBudgetPolicy ${policy.name} made for the window of SLO ${slo.name}: when SRE takes over and hands back is for the teams to agree (§12.5)`,
            { subject: { kind: 'ErrorBudgetPolicy', name: policy.name }, field: 'window' },
          ),
        );
      }
      findings.inferences.push(
        inferenceAt(
          record.origin.doc,
          record.origin.path,
          'derived',
          `Service ${target.name}: errorBudgetPolicy taken as ${policy.name}${slo.window?.budgetWindow ? `, the ${slo.window.budgetWindow} error budget window of SLO ${slo.name}` : `, the policy of SLO ${slo.name}`}`,
          { subject, field: 'errorBudgetPolicy' },
        ),
      );
    }
  }
  for (const record of slos) {
    if (used.has(record.slo.name)) continue;
    const service = record.slo.service;
    findings.inferences.push(
      inferenceAt(
        record.origin.doc,
        record.origin.path,
        'unattached',
        service === undefined
          ? `SLO ${record.slo.name} names no service; name it in a Service's slo field to use its target`
          : `SLO ${record.slo.name} measures service ${service}, which is not in the model; define Service ${service} (owner, runModel) to use its target`,
        service === undefined ? undefined : { subject: { kind: 'Service', name: service } },
      ),
    );
  }
  return { supplements, policies };
}

/** One SLO for a service with several: the availability SLO, else the strictest. */
function choose(candidates: readonly SloRecord[]): {
  record?: SloRecord | undefined;
  reason?: string | undefined;
} {
  if (candidates.length <= 1) return { record: candidates[0] };
  const names = candidates.map((c) => c.slo.name).join(', ');
  const availability = candidates.filter((c) => c.slo.name.includes('availability'));
  if (availability.length === 1) {
    return { record: availability[0], reason: `of ${names}, the one about availability` };
  }
  const pool = availability.length > 1 ? availability : candidates;
  const strictest = pool.reduce((best, c) => (c.slo.target > best.slo.target ? c : best));
  return { record: strictest, reason: `of ${names}, the strictest` };
}
