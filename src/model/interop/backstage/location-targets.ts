import { describeValue } from '../../describe-value.ts';
import { parseDocuments } from '../../parse-documents.ts';
import type { Problem } from '../../problem.ts';
import type { Source } from '../../source.ts';
import { isRecord } from '../given.ts';
import type { Inference } from '../inference.ts';
import { inferenceAt, problemIn } from '../report.ts';

/** A file a Location names, as a path relative to the same base as the Location's own name. */
export interface LocationTarget {
  readonly path: string;
  /** Where the Location names it, for messages about the target. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The target as written in the Location, e.g. `./acme/org.yaml`. */
  readonly written: string;
  readonly location: string;
}

export interface LocationTargets {
  readonly targets: readonly LocationTarget[];
  readonly inferences: readonly Inference[];
  readonly problems: readonly Problem[];
}

/**
 * The files the Backstage `Location` documents of a source list. Only relative paths are
 * followed, and only inside `root`, the catalog's folder: a URL is never fetched (it is
 * reported and skipped), and a path that leaves the folder is refused as `outside-catalog`.
 * Pure: the CLI reads the files and asks again for the Locations in them.
 */
export function locationTargets(source: Source, root: string): LocationTargets {
  const targets: LocationTarget[] = [];
  const inferences: Inference[] = [];
  const problems: Problem[] = [];
  if (!/kind:\s*["']?Location/.test(source.text)) return { targets, inferences, problems };
  const base = dirname(source.name);
  const rootPath = normalize(root);
  for (const doc of parseDocuments(source).documents) {
    const data = doc.data;
    if (
      !isRecord(data) ||
      data.kind !== 'Location' ||
      typeof data.apiVersion !== 'string' ||
      !data.apiVersion.startsWith('backstage.io/')
    )
      continue;
    const spec = isRecord(data.spec) ? data.spec : {};
    const metadata = isRecord(data.metadata) ? data.metadata : {};
    const location = typeof metadata.name === 'string' ? metadata.name : '(unnamed)';
    const written: { value: unknown; path: (string | number)[] }[] = [];
    if (spec.target !== undefined) written.push({ value: spec.target, path: ['spec', 'target'] });
    if (Array.isArray(spec.targets)) {
      for (const [i, value] of spec.targets.entries()) {
        written.push({ value, path: ['spec', 'targets', i] });
      }
    }
    for (const { value, path } of written) {
      if (typeof value !== 'string' || value.trim() === '') {
        problems.push(
          problemIn(
            doc,
            path,
            'invalid-value',
            `expected a Location target (a relative file path), found ${describeValue(value)}`,
          ),
        );
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
        inferences.push(
          inferenceAt(
            doc,
            path,
            'not-followed',
            `Location ${location}: ${value} not read: whorunsit never fetches URLs; download the file and give it on the command line`,
          ),
        );
        continue;
      }
      const joined = normalize(
        value.startsWith('/') || value.startsWith('\\') ? value : `${base}/${value}`,
      );
      if (value.startsWith('/') || value.startsWith('\\') || !isInside(joined, rootPath)) {
        problems.push(
          problemIn(
            doc,
            path,
            'outside-catalog',
            `Location ${location}: ${value} is outside the catalog's folder (${root === '' ? '.' : root}); only relative paths inside it are followed`,
          ),
        );
        continue;
      }
      const at = doc.locate(path);
      targets.push({
        path: joined,
        file: doc.file,
        line: at.line,
        column: at.column,
        written: value,
        location,
      });
    }
  }
  return { targets, inferences, problems };
}

/** The folder part of a slash-separated path (`.` for a bare name). */
export function dirname(path: string): string {
  const cut = path.replace(/\\/g, '/').lastIndexOf('/');
  return cut < 0 ? '.' : cut === 0 ? '/' : path.slice(0, cut);
}

/** Resolves `.` and `..` in a slash-separated path without touching the file system. */
export function normalize(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out.at(-1) !== '..') out.pop();
    else if (part === '..' && absolute) continue;
    else out.push(part);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined === '' ? '.' : joined;
}

/** Whether a normalized path is `root` or below it. */
export function isInside(path: string, root: string): boolean {
  if (root === '.') return !path.startsWith('../') && path !== '..' && !path.startsWith('/');
  return path === root || path.startsWith(`${root}/`);
}
