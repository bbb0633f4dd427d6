import { closestName } from './closest-name.ts';
import { compileModel } from './compiled/compile-model.ts';
import type { CompiledModel } from './compiled/compiled-model.ts';
import { findCycles } from './find-cycles.ts';
import { assembleDocuments } from './interop/assemble-documents.ts';
import type { Inference } from './interop/inference.ts';
import type { Slo } from './interop/slo.ts';
import { SLUG_PATTERN } from './kinds/common.ts';
import { COLLECTION_OF, type Entity, type Model } from './model.ts';
import { type ParsedDocument, parseDocuments } from './parse-documents.ts';
import { compareProblems, formatPath, type Problem } from './problem.ts';
import { forEachValueAt, REFERENCE_FIELDS } from './references.ts';
import type { Source } from './source.ts';
import { validateDocument } from './validate-document.ts';
import { KINDS, type Kind } from './vocabulary.ts';

export type LoadResult =
  | {
      readonly ok: true;
      /** The model compiled once for the engine, with its shared indexes. */
      readonly model: CompiledModel;
      readonly problems: readonly [];
      /** What was decided on the user's behalf while reading other tools' files. */
      readonly inferences: readonly Inference[];
      /** SLOs read from OpenSLO, Sloth and slo-generator files, by name (`Service.slo`). */
      readonly slos: ReadonlyMap<string, Slo>;
    }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      readonly inferences: readonly Inference[];
    };

interface Located {
  readonly entity: Entity;
  readonly doc: ParsedDocument;
}

/**
 * Loads whorunsit/v1 documents from sources into one typed, frozen model, together with the
 * documents of other tools whorunsit reads (Backstage, OpenSLO, Sloth, slo-generator), merged
 * with the whorunsit documents of the same name. Never throws for bad input: every problem in
 * every source comes back at once, each located in its file.
 */
export function loadModel(sources: readonly Source[]): LoadResult {
  const problems: Problem[] = [];
  const located: Located[] = [];
  // Names of documents that failed validation: references to them are not reported again.
  const invalidNames = new Map<Kind, Set<string>>(KINDS.map((k) => [k, new Set()]));
  // Documents of a known kind that failed validation: their references are still checked, so
  // one run reports every problem, not the schema's first.
  const invalid: { kind: Kind; doc: ParsedDocument }[] = [];
  const parsedDocuments: ParsedDocument[] = [];
  for (const source of sources) {
    const parsed = parseDocuments(source);
    problems.push(...parsed.problems);
    parsedDocuments.push(...parsed.documents);
  }
  const assembled = assembleDocuments(parsedDocuments);
  problems.push(...assembled.problems);
  const { inferences, slos } = assembled;
  for (const doc of assembled.documents) {
    const result = validateDocument(doc);
    if (result.ok) located.push({ entity: result.entity, doc });
    else {
      problems.push(...result.problems);
      if (result.named) {
        invalidNames.get(result.named.kind)?.add(result.named.name);
        invalid.push({ kind: result.named.kind, doc });
      }
    }
  }

  const byKind = new Map<Kind, Map<string, Located>>(KINDS.map((k) => [k, new Map()]));
  for (const item of located) {
    const names = byKind.get(item.entity.kind) as Map<string, Located>;
    const first = names.get(item.entity.name);
    if (first) {
      problems.push(
        problemAt(
          item.doc,
          ['metadata', 'name'],
          'duplicate-name',
          `${item.entity.kind} "${item.entity.name}" is already defined at ${first.entity.source.file}:${first.entity.source.line}`,
        ),
      );
    } else {
      names.set(item.entity.name, item);
    }
  }

  problems.push(...unresolvedReferences({ byKind, invalidNames, invalid, slos }));
  problems.push(
    ...cycleProblems(byKind.get('Person'), 'reportsTo', 'reporting-cycle', 'reports to'),
    ...cycleProblems(byKind.get('Organization'), 'parent', 'parent-cycle', 'is part of'),
  );

  if (problems.length > 0) {
    return { ok: false, problems: problems.sort(compareProblems), inferences };
  }
  const model = Object.fromEntries(
    KINDS.map((kind) => [
      COLLECTION_OF[kind],
      new Map([...(byKind.get(kind) ?? [])].map(([name, l]) => [name, deepFreeze(l.entity)])),
    ]),
  ) as unknown as Model;
  return { ok: true, model: compileModel(Object.freeze(model)), problems: [], inferences, slos };
}

function unresolvedReferences(options: {
  readonly byKind: ReadonlyMap<Kind, ReadonlyMap<string, Located>>;
  readonly invalidNames: ReadonlyMap<Kind, ReadonlySet<string>>;
  readonly invalid: readonly { readonly kind: Kind; readonly doc: ParsedDocument }[];
  readonly slos: ReadonlyMap<string, Slo>;
}): Problem[] {
  const { byKind, invalidNames, invalid, slos } = options;
  const problems: Problem[] = [];
  for (const field of REFERENCE_FIELDS) {
    // `slo` names an SLO read from OpenSLO, Sloth or slo-generator files.
    const targets: ReadonlyMap<string, unknown> =
      field.to === 'SLO' ? slos : (byKind.get(field.to) ?? new Map());
    let doc: ParsedDocument;
    const visit = (value: string, at: readonly (string | number)[]) => {
      if (targets.has(value)) return;
      // A value that is not even a name was reported as invalid-value already.
      if (!SLUG_PATTERN.test(value)) return;
      if (field.to !== 'SLO' && invalidNames.get(field.to)?.has(value)) return;
      const suggestion = closestName(value, targets.keys());
      problems.push(
        problemAt(
          doc,
          ['spec', ...at],
          'unknown-reference',
          `expected the name of ${/^[AEIOU]/.test(field.to) ? 'an' : 'a'} ${field.to}, found "${value}", which is not defined${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        ),
      );
    };
    for (const located of byKind.get(field.from)?.values() ?? []) {
      doc = located.doc;
      forEachValueAt(located.entity.spec, field.path, visit);
    }
    for (const item of invalid) {
      if (item.kind !== field.from) continue;
      doc = item.doc;
      forEachValueAt((doc.data as { spec?: unknown }).spec, field.path, visit);
    }
  }
  return problems;
}

function cycleProblems(
  entities: ReadonlyMap<string, Located> | undefined,
  field: 'reportsTo' | 'parent',
  code: 'reporting-cycle' | 'parent-cycle',
  verb: string,
): Problem[] {
  if (!entities) return [];
  const edges = new Map<string, string>();
  for (const [name, { entity }] of entities) {
    const target = (entity.spec as Record<string, unknown>)[field];
    if (typeof target === 'string' && entities.has(target)) edges.set(name, target);
  }
  return findCycles(edges).map((cycle) => {
    const first = cycle[0] as string;
    const loop = [...cycle, first].join(` ${verb} `);
    return problemAt(
      (entities.get(first) as Located).doc,
      ['spec', field],
      code,
      `${field} forms a loop: ${loop}`,
    );
  });
}

function problemAt(
  doc: ParsedDocument,
  path: readonly (string | number)[],
  code: Problem['code'],
  message: string,
): Problem {
  const { line, column, file } = doc.locate(path);
  return { code, file: file ?? doc.file, line, column, path: formatPath(path), message };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
