import type { ParsedDocument } from '../parse-documents.ts';
import { compareProblems, type Problem } from '../problem.ts';
import { attachSlos } from './attach-slos.ts';
import { type Format, formatOf, isForeignDocumentList } from './detect-format.ts';
import { type Draft, type DraftBuilder, draftDocument, nestedDocument } from './draft.ts';
import { givenOf, whorunsitName } from './given.ts';
import { compareInferences, type Inference } from './inference.ts';
import { mergeOverlay } from './merge-overlay.ts';
import { READERS } from './readers.ts';
import { newFindings, problemIn } from './report.ts';
import type { Slo, SloRecord } from './slo.ts';

export interface Assembled {
  /** whorunsit/v1 documents to validate: the user's, merged ones and ones read from other tools. */
  readonly documents: readonly ParsedDocument[];
  /** Every draft behind a document above that was read from another tool, by kind and name. */
  readonly drafts: readonly Draft[];
  readonly slos: ReadonlyMap<string, Slo>;
  /** How many documents of each format were read. */
  readonly formats: Readonly<Partial<Record<Format, number>>>;
  readonly inferences: readonly Inference[];
  readonly problems: readonly Problem[];
}

/**
 * Turns parsed documents of every supported tool into whorunsit documents. Documents of other
 * tools become drafts; a whorunsit document with the kind and name of a draft is merged into it;
 * SLOs give their services targets and error budget windows. whorunsit documents without a
 * counterpart pass through untouched, so a model written only in whorunsit loads as before.
 */
export function assembleDocuments(parsed: readonly ParsedDocument[]): Assembled {
  const findings = newFindings();
  const docs = parsed.flatMap((doc) =>
    isForeignDocumentList(doc.data)
      ? doc.data.map((item, i) => nestedDocument(doc, i, item))
      : [doc],
  );
  const order = new Map<ParsedDocument, number>(docs.map((d, i) => [d, i]));
  const byFormat = new Map<Format, ParsedDocument[]>();
  for (const doc of docs) {
    const format = formatOf(doc.data);
    const list = byFormat.get(format);
    if (list) list.push(doc);
    else byFormat.set(format, [doc]);
  }
  const of = (format: Format) => byFormat.get(format) ?? [];
  const whorunsit = of('whorunsit');
  const given = givenOf(whorunsit);

  // Each reader reads its own documents; a new source is one entry in READERS.
  const outputs = READERS.map((reader) => reader.read(of(reader.format), { given, findings }));
  const catalogDrafts = outputs.flatMap((o) => o.entities ?? []);
  const slos = uniqueSlos(
    outputs.flatMap((o) => o.slos ?? []),
    findings.problems,
  );
  const readPolicies = outputs.flatMap((o) => o.policies ?? []);
  const policyNames = new Set<string>([
    ...readPolicies.map((p) => p.name),
    ...(given.get('ErrorBudgetPolicy')?.keys() ?? []),
  ]);
  const catalogServices = catalogDrafts.filter((d): d is DraftBuilder => d.kind === 'Service');
  const catalogNames = new Set(catalogServices.map((d) => d.name));
  const attached = attachSlos({
    slos,
    serviceDrafts: catalogServices,
    whorunsitServices: [...(given.get('Service')?.keys() ?? [])].filter(
      (n) => !catalogNames.has(n),
    ),
    given,
    policyNames,
    findings,
  });
  const serviceNames = new Set([...catalogNames, ...(given.get('Service')?.keys() ?? [])]);
  for (const output of outputs) output.noteServices?.(serviceNames);

  const drafts: Draft[] = [
    ...catalogDrafts,
    ...readPolicies,
    ...attached.policies,
    ...attached.supplements,
  ];
  const draftKey = (kind: string, name: string) => `${kind}\u0000${name}`;
  const pending = new Map<string, Draft>();
  for (const draft of drafts) {
    const key = draftKey(draft.kind, draft.name);
    if (!pending.has(key)) pending.set(key, draft);
  }
  // Each whorunsit document merges into the first draft of its kind and name; a second one is a
  // duplicate and is reported as such by the loader.
  const documents: { doc: ParsedDocument; order: number }[] = [];
  const merged: Draft[] = [];
  const mergedFrom = new Set<Draft>();
  for (const doc of whorunsit) {
    const named = whorunsitName(doc);
    const key = named ? draftKey(named.kind, named.name) : undefined;
    const draft = key ? pending.get(key) : undefined;
    if (key && draft) {
      pending.delete(key);
      mergedFrom.add(draft);
      const result = mergeOverlay(draft, doc, findings.inferences);
      merged.push(result);
      documents.push({ doc: draftDocument(result), order: orderOf(order, result) });
    } else {
      documents.push({ doc, order: order.get(doc) ?? 0 });
    }
  }
  // Supplements exist only for whorunsit documents, so an unmerged one has nothing to add to.
  const unmerged = drafts.filter((d) => !mergedFrom.has(d) && !d.supplement);
  for (const draft of unmerged) {
    documents.push({ doc: draftDocument(draft), order: orderOf(order, draft) });
  }
  for (const doc of of('unknown')) documents.push({ doc, order: order.get(doc) ?? 0 });
  documents.sort((a, b) => a.order - b.order);
  return {
    documents: documents.map((d) => d.doc),
    drafts: [...merged, ...unmerged],
    slos: new Map(slos.map((s) => [s.slo.name, s.slo])),
    formats: Object.fromEntries([...byFormat].map(([format, list]) => [format, list.length])),
    inferences: findings.inferences.sort(compareInferences),
    problems: findings.problems.sort(compareProblems),
  };
}

function orderOf(order: ReadonlyMap<ParsedDocument, number>, draft: Draft): number {
  return order.get(draft.anchor.doc) ?? order.size;
}

/** SLO names are one namespace, like a kind's: a second SLO of a name is a duplicate. */
function uniqueSlos(records: readonly SloRecord[], problems: Problem[]): SloRecord[] {
  const seen = new Map<string, SloRecord>();
  for (const record of records) {
    const first = seen.get(record.slo.name);
    if (first) {
      problems.push(
        problemIn(
          record.origin.doc,
          record.origin.path,
          'duplicate-name',
          `SLO "${record.slo.name}" is already defined at ${first.slo.source.file}:${first.slo.source.line}`,
        ),
      );
    } else seen.set(record.slo.name, record);
  }
  return [...seen.values()];
}
