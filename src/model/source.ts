/** One input to the loader: a file's name as the user gave it and its text. */
export interface Source {
  readonly name: string;
  readonly text: string;
}

/** Where an entity was defined. Lines and columns count from 1. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * The largest source the loader accepts. Organization models are a few hundred KiB even for
 * thousands of people; a bigger file is almost certainly the wrong file (a dump, a binary).
 */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

/** Deeper YAML than this is rejected: no real model nests beyond a dozen levels. */
export const MAX_NESTING_DEPTH = 64;

/** YAML aliases allowed per document: enough for anchors in real files, too few for a bomb. */
export const MAX_ALIASES = 100;
