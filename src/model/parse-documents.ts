import {
  type Alias,
  Composer,
  type Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  Parser,
  parseAllDocuments,
  visit,
} from 'yaml';
import type { Problem, ProblemCode } from './problem.ts';
import { MAX_ALIASES, MAX_NESTING_DEPTH, MAX_SOURCE_BYTES, type Source } from './source.ts';

/** One YAML document with what is needed to point back into its file. */
export interface ParsedDocument {
  readonly file: string;
  /** 0-based index of the document within its file. */
  readonly index: number;
  /** The document as plain data. */
  readonly data: unknown;
  /** Line and column (1-based) of the node at a path, or of its nearest existing ancestor. */
  readonly locate: (path: readonly PropertyKey[], at?: 'key' | 'value') => Position;
}

export interface Position {
  readonly line: number;
  readonly column: number;
  /**
   * The file of the position when it is not the document's own: a document merged from a
   * catalog entity and a whorunsit document points into both files.
   */
  readonly file?: string | undefined;
}

export interface ParseResult {
  readonly documents: readonly ParsedDocument[];
  readonly problems: readonly Problem[];
}

/**
 * Parses a source into YAML documents. Never throws for bad input: syntax errors, binary data,
 * oversized files, deep nesting and alias bombs all come back as located problems.
 */
export function parseDocuments(source: Source): ParseResult {
  const file = source.name;
  const problem = (code: ProblemCode, message: string, pos: Position = { line: 1, column: 1 }) => ({
    code,
    file,
    line: pos.line,
    column: pos.column,
    path: '',
    message,
  });
  // Each UTF-16 unit is at least one byte, so this bounds the size before encoding it.
  if (source.text.length > MAX_SOURCE_BYTES) {
    return {
      documents: [],
      problems: [
        problem(
          'input-too-large',
          `expected at most ${MAX_SOURCE_BYTES} bytes, found ${source.text.length} characters`,
        ),
      ],
    };
  }
  const nul = source.text.indexOf('\u0000');
  if (nul >= 0 || source.text.includes('\uFFFD')) {
    return {
      documents: [],
      problems: [problem('not-text', 'expected YAML text, found binary data')],
    };
  }

  const lineCounter = new LineCounter();
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const trees: SyntaxTrees = { text: source.text };
  const documents: ParsedDocument[] = [];
  const problems: Problem[] = [];
  const take = (doc: Document.Parsed, index: number) => {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        // The parser recurses per nesting level and reports running out of stack as an error.
        const tooDeep = /call stack|stack overflow/i.test(error.message);
        problems.push(
          tooDeep
            ? problem(
                'too-deeply-nested',
                `expected YAML nested at most ${MAX_NESTING_DEPTH} levels deep, found deeper nesting`,
                position(error.pos[0]),
              )
            : problem('yaml-syntax', firstLine(error.message), position(error.pos[0])),
        );
        if (tooDeep) break;
      }
      return;
    }
    if (isEmpty(doc.contents)) return; // an empty document, e.g. after a trailing `---`
    const depth = nestingDepth(doc.contents);
    if (depth.depth > MAX_NESTING_DEPTH) {
      problems.push(
        problem(
          'too-deeply-nested',
          `expected YAML nested at most ${MAX_NESTING_DEPTH} levels deep, found deeper nesting`,
          position(depth.offset),
        ),
      );
      return;
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      const unknown = aliasWithoutAnchor(doc);
      if (unknown) {
        problems.push(
          problem(
            'unknown-alias',
            `expected an anchor &${unknown.source} before the alias *${unknown.source}, found none`,
            position(unknown.range?.[0] ?? 0),
          ),
        );
        return;
      }
      const start = doc.contents?.range?.[0] ?? 0;
      problems.push(
        problem(
          'too-many-aliases',
          `expected at most ${MAX_ALIASES} alias expansions per document: ${describeThrown(error)}`,
          position(start),
        ),
      );
      return;
    }
    documents.push({
      file,
      index,
      data,
      locate: locator(trees, index, offsetOf(doc, NAME_PATH, 'value'), position),
    });
  };
  try {
    let index = 0;
    for (const doc of eachDocument(source.text, lineCounter)) take(doc, index++);
  } catch (error) {
    return { documents: [], problems: [problem('yaml-syntax', describeThrown(error))] };
  }
  return { documents, problems };
}

/**
 * The first alias of a document that names no anchor before it (`*x` without `&x`): the YAML
 * parser accepts it and only turning the document into data fails, so it is looked for only
 * then.
 */
function aliasWithoutAnchor(doc: Document.Parsed): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;

/**
 * The documents of a text one at a time, each complete with its errors when it comes (the
 * composer hands a document over when the next one starts or the text ends). Taking each as it
 * comes lets its syntax tree die young: `parseAllDocuments` holds every tree of a file until the
 * last is composed, which the garbage collector then copies and promotes (a quarter of the
 * parse's CPU time on a 4 MiB file of the issue #15 organization).
 */
function eachDocument(text: string, lineCounter: LineCounter): Iterable<Document.Parsed> {
  const parser = new Parser(lineCounter.addNewLine);
  const composer = new Composer(PARSE_OPTIONS);
  return composer.compose(parser.parse(text)) as Iterable<Document.Parsed>;
}

function parseAll(text: string): Document.Parsed[] {
  const docs = parseAllDocuments(text, PARSE_OPTIONS);
  // parseAllDocuments returns an EmptyStream (an array) for empty input.
  return (Array.isArray(docs) ? docs : [docs]) as Document.Parsed[];
}

/** Every document's path to its name, which locates each entity (`Entity.source`). */
const NAME_PATH = ['metadata', 'name'] as const;

/**
 * The syntax trees of a source, parsed again the first time a position other than a document's
 * name is asked for. Keeping every tree of a large model alive from the first parse would
 * multiply its memory and the garbage collector's work; positions are asked for only where a
 * problem is reported, so most sources are parsed once.
 */
interface SyntaxTrees {
  readonly text: string;
  parsed?: readonly Document.Parsed[];
}

function locator(
  trees: SyntaxTrees,
  index: number,
  nameOffset: number,
  position: (offset: number) => Position,
): ParsedDocument['locate'] {
  return (path, at = 'value') => {
    if (at === 'value' && path.length === 2 && path[0] === 'metadata' && path[1] === 'name') {
      return position(nameOffset);
    }
    trees.parsed ??= parseAll(trees.text);
    const tree = trees.parsed[index];
    return position(tree ? offsetOf(tree, path, at) : 0);
  };
}

function isEmpty(contents: unknown): boolean {
  if (contents === null) return true;
  if (!isScalar(contents) || contents.value !== null) return false;
  const [start, end] = contents.range ?? [0, 0];
  return start === end;
}

/** Offset of the node at `path`, or of the deepest ancestor that exists. */
function offsetOf(doc: Document.Parsed, path: readonly PropertyKey[], at: 'key' | 'value'): number {
  let node: unknown = doc.contents;
  let offset = doc.contents?.range?.[0] ?? 0;
  for (const [i, key] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairOf(node.items, key);
      if (!pair) return offset;
      const keyNode = pair.key as Node;
      if (last && at === 'key') return keyNode.range?.[0] ?? offset;
      const value = pair.value as Node | null;
      offset = value?.range?.[0] ?? keyNode.range?.[0] ?? offset;
      node = value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) return offset;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

function pairOf(items: readonly unknown[], key: PropertyKey): Pair | undefined {
  for (const item of items) {
    if (isPair(item) && isScalar(item.key) && item.key.value === key) return item;
  }
  return undefined;
}

/** The depth of the deepest collection, found without recursion so deep input cannot overflow. */
function nestingDepth(root: unknown): { depth: number; offset: number } {
  let max = { depth: 0, offset: 0 };
  // Nodes and their depths side by side: a document has a node per value.
  const nodes: unknown[] = [root];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop() as number;
    if (!isCollection(node)) continue;
    if (depth > max.depth) max = { depth, offset: node.range?.[0] ?? 0 };
    if (depth > MAX_NESTING_DEPTH) return max;
    for (const item of node.items) {
      if (isPair(item)) {
        nodes.push(item.key, item.value);
        depths.push(depth + 1, depth + 1);
      } else if (!isAlias(item)) {
        nodes.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return max;
}

function describeThrown(error: unknown): string {
  return error instanceof Error ? firstLine(error.message) : String(error);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
