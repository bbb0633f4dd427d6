import type { Check, Finding } from '../../src/engine/checks/check.ts';
import { runChecks } from '../../src/engine/checks/run-checks.ts';
import { modelOf, type TestDoc } from './docs-model.ts';

/** The findings of one check on a model built from documents, suppressions applied. */
export function findingsOf(check: Check, docs: readonly TestDoc[]): Finding[] {
  return runChecks(modelOf(docs), [check]);
}
