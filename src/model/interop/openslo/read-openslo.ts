import { describeValue } from '../../describe-value.ts';
import type { ParsedDocument } from '../../parse-documents.ts';
import { isRecord } from '../given.ts';
import { type Findings, inferenceAt, problemIn } from '../report.ts';
import type { SloRecord } from '../slo.ts';
import { checkSli } from './check-sli.ts';
import { readSlo } from './read-slo.ts';
import type { SliDocument } from './read-slo-queries.ts';

export interface OpenSloResult {
  readonly slos: readonly SloRecord[];
  /** Reports OpenSLO Services that name no service of the model, once the model's are known. */
  readonly noteServices: (serviceNames: ReadonlySet<string>) => void;
}

/** Kinds OpenSLO defines that whorunsit has no use for, with the reason. */
const UNUSED_KINDS: Readonly<Record<string, string>> = {
  DataSource:
    "the server reads SLIs from the backends it is started with (--prometheus), with the queries of a service's sli",
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
  const slis = sliDocuments(docs);
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
      const record = readSlo({ doc, name, spec, v1 }, { findings, slis });
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

/** SLI documents by name, wherever they are in the files, for SLOs' `indicatorRef`. */
function sliDocuments(docs: readonly ParsedDocument[]): ReadonlyMap<string, SliDocument> {
  const out = new Map<string, SliDocument>();
  for (const doc of docs) {
    const data = doc.data as Record<string, unknown>;
    const name = nameOf(data);
    if (data.kind === 'SLI' && name !== undefined && isRecord(data.spec) && !out.has(name)) {
      out.set(name, { doc, spec: data.spec });
    }
  }
  return out;
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
