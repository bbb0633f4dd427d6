import type { ParsedDocument } from '../parse-documents.ts';
import type { Draft } from './draft.ts';
import type { Given } from './given.ts';
import type { Findings } from './report.ts';
import type { SloRecord } from './slo.ts';

/** What every reader gets: the whorunsit documents as written, and where to report. */
export interface ReaderContext {
  readonly given: Given;
  readonly findings: Findings;
}

/** What a reader gives the assembly; every part is optional. */
export interface ReaderOutput {
  /** Entities read from the tool (a catalog's teams, people, services), as drafts. */
  readonly entities?: readonly Draft[] | undefined;
  /** Error budget policies the tool states. */
  readonly policies?: readonly Draft[] | undefined;
  readonly slos?: readonly SloRecord[] | undefined;
  /** Called once the model's service names are known, to report what names none of them. */
  readonly noteServices?: ((names: ReadonlySet<string>) => void) | undefined;
}

/**
 * A reader of another tool's files: which YAML documents are its, and what they give. Adding a
 * source is one folder with its reader and one entry in `READERS` (`readers.ts`).
 */
export interface InteropReader<F extends string = string> {
  readonly format: F;
  /** The `apiVersion`s it reads, for messages about documents nobody reads. */
  readonly apiVersions: readonly string[];
  /** Whether a parsed YAML document (any value) is one of the tool's. */
  readonly detects: (data: unknown) => boolean;
  readonly read: (docs: readonly ParsedDocument[], context: ReaderContext) => ReaderOutput;
}
