/** How large the pieces are: characters of compact JSON encoded at a time, bytes written at a time. */
export interface JsonPieceSizes {
  readonly characters: number;
  readonly bytes: number;
}

const PIECES: JsonPieceSizes = { characters: 1 << 18, bytes: 1 << 20 };

/**
 * Writes `JSON.stringify(value, null, 2)` followed by a newline as UTF-8 bytes, byte for byte, in
 * pieces of about a megabyte, each a buffer of its own that `write` may keep and each ending
 * on a whole character. V8 writes compact JSON about three times as fast as indented JSON, so
 * the value is written compact and the indentation added over its bytes: at 10,000 teams the
 * plan is 178 MB of indented JSON. The compact text is encoded a piece at a time into one
 * buffer and the output goes out as it is made, so neither is ever held whole as bytes (both
 * cost the kernel a page fault per 4 KiB first touched). False, with nothing written, for a
 * value JSON has no text for (`undefined`, a function), as `JSON.stringify` returns undefined.
 */
export function writeIndentedJson(
  value: unknown,
  write: (bytes: Buffer) => void,
  sizes: JsonPieceSizes = PIECES,
): boolean {
  const compact = JSON.stringify(value) as string | undefined;
  if (compact === undefined) return false;
  // Three bytes of UTF-8 at most per UTF-16 unit; a pair (four bytes) is two units.
  const src = Buffer.allocUnsafe(3 * sizes.characters + 4);
  let out = Buffer.allocUnsafe(sizes.bytes);
  let j = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let open = false;
  for (let from = 0; from < compact.length; ) {
    let to = Math.min(compact.length, from + sizes.characters);
    // Never split a surrogate pair (JSON.stringify escapes lone surrogates, so pairs are whole).
    if (to < compact.length && isHighSurrogate(compact.charCodeAt(to - 1))) {
      to += to - 1 > from ? -1 : 1;
    }
    const length = src.write(compact.slice(from, to), 0, 'utf8');
    from = to;
    for (let i = 0; i < length; i++) {
      // Room for what one byte can add: a newline, the indentation and two bytes.
      if (j + 2 * depth + 4 > out.length) {
        const next = Buffer.allocUnsafe(Math.max(sizes.bytes, 2 * (2 * depth + 4)));
        const end = wholeCharactersEnd(out, j);
        out.copy(next, 0, end, j);
        if (end > 0) write(end === out.length ? out : out.subarray(0, end));
        j -= end;
        out = next;
      }
      const c = src[i] as number;
      // In UTF-8 the bytes of `"`, `\` and the punctuation never occur inside a multi-byte
      // character, so a byte scan finds them exactly.
      if (inString) {
        out[j++] = c;
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
        continue;
      }
      if (open) {
        open = false;
        // `{}` and `[]` stay as they are.
        if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
          out[j++] = c;
          continue;
        }
        depth++;
        out[j++] = NEWLINE;
        for (let k = 2 * depth; k > 0; k--) out[j++] = SPACE;
      }
      if (c === QUOTE) {
        out[j++] = c;
        inString = true;
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        out[j++] = c;
        open = true;
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        depth--;
        out[j++] = NEWLINE;
        for (let k = 2 * depth; k > 0; k--) out[j++] = SPACE;
        out[j++] = c;
      } else if (c === COMMA) {
        out[j++] = c;
        out[j++] = NEWLINE;
        for (let k = 2 * depth; k > 0; k--) out[j++] = SPACE;
      } else if (c === COLON) {
        out[j++] = c;
        out[j++] = SPACE;
      } else {
        out[j++] = c;
      }
    }
  }
  if (j === out.length) {
    write(out);
    out = Buffer.allocUnsafe(1);
    j = 0;
  }
  out[j++] = NEWLINE;
  write(out.subarray(0, j));
  return true;
}

/** `writeIndentedJson` into one buffer; undefined for a value JSON has no text for. */
export function indentedJson(value: unknown, sizes: JsonPieceSizes = PIECES): Buffer | undefined {
  const pieces: Buffer[] = [];
  return writeIndentedJson(value, (piece) => pieces.push(piece), sizes)
    ? Buffer.concat(pieces)
    : undefined;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;
const SPACE = 0x20;

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/**
 * Where the whole UTF-8 characters of `bytes[0, end)` end: `end`, or the start of a character
 * whose last bytes are still to come.
 */
function wholeCharactersEnd(bytes: Buffer, end: number): number {
  let start = end - 1;
  // Back over continuation bytes (10xxxxxx) to the character's first byte.
  while (start > 0 && end - start < 4 && ((bytes[start] as number) & 0xc0) === 0x80) start--;
  if (start < 0) return end;
  const first = bytes[start] as number;
  const length = first < 0x80 ? 1 : first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return start + length > end ? start : end;
}
