/**
 * What the loader decided on the user's behalf when it read another tool's files. Every value
 * whorunsit did not read as written is reported as one of these, so nothing is hidden: a value
 * taken by a rule, a name rewritten, a document not used and why.
 */
export const INFERENCE_CODES = [
  /** A value the source does not state, taken by a documented rule: confirm it. */
  'inferred',
  /** A value another file states in its own terms, translated (an SLO's objective as a target). */
  'derived',
  /** A name rewritten as a whorunsit name (a lowercase slug). */
  'renamed',
  /** A whorunsit document added fields to an entity read from another format. */
  'merged',
  /** A whorunsit document replaced a value another format states. */
  'overridden',
  /** Two statements in the source disagree; which one was used and why. */
  'inconsistent',
  /** A document, kind or field whorunsit does not use, with the reason. */
  'ignored',
  /** A reference that points at nothing loaded (an SLO for a service not in the model). */
  'unattached',
  /** A Backstage Location target that was not read (a URL, a missing file). */
  'not-followed',
] as const;
export type InferenceCode = (typeof INFERENCE_CODES)[number];

export interface Inference {
  readonly code: InferenceCode;
  /** The file the inference is about (the file of the value it replaces or explains). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The field path inside that file's document, e.g. `spec.owner`. */
  readonly path: string;
  readonly message: string;
  /** The whorunsit entity the inference is about, when there is one. */
  readonly subject?: { readonly kind: string; readonly name: string } | undefined;
  /** The spec field of the subject that was inferred, when there is one. */
  readonly field?: string | undefined;
}

/** Orders inferences like problems: by file, then position, then subject. */
export function compareInferences(a: Inference, b: Inference): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}
