/**
 * Splits a stream of JSON text into its top-level objects without holding the whole text: a
 * JSON array of objects (`[{…}, {…}]`) or one object after another (JSON Lines). Each object's
 * text is handed on with the line it starts on; the caller parses it. A structural error (text
 * between records that is not `,`, `]` or whitespace, an unclosed array or object) stops the
 * split: the records after it cannot be found reliably.
 */
export interface JsonSplitter {
  write(chunk: string): void;
  end(): void;
}

export function createJsonSplitter(handlers: {
  readonly onValue: (text: string, line: number) => void;
  readonly onError: (message: string, line: number) => void;
}): JsonSplitter {
  let mode: 'start' | 'array' | 'lines' | 'done' | 'failed' = 'start';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let recordLine = 0;
  let expectComma = false;
  let pending = '';
  const fail = (message: string) => {
    handlers.onError(message, line);
    mode = 'failed';
  };
  return {
    write(chunk) {
      if (mode === 'failed') return;
      let start = depth > 0 ? 0 : -1;
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk.charCodeAt(i);
        if (c === 10) line++;
        if (depth > 0) {
          if (inString) {
            if (escaped) escaped = false;
            else if (c === 92) escaped = true;
            else if (c === 34) inString = false;
          } else if (c === 34) inString = true;
          else if (c === 123 || c === 91) depth++;
          else if (c === 125 || c === 93) {
            depth--;
            if (depth === 0) {
              handlers.onValue(pending + chunk.slice(start, i + 1), recordLine);
              pending = '';
              start = -1;
              expectComma = mode === 'array';
            }
          }
          continue;
        }
        if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) continue;
        if (mode === 'start') {
          if (c === 91) {
            mode = 'array';
            continue;
          }
          mode = 'lines';
        }
        if (mode === 'array' && c === 44 && expectComma) {
          expectComma = false;
          continue;
        }
        if (mode === 'array' && c === 93) {
          mode = 'done';
          continue;
        }
        if (c === 123 && mode !== 'done' && !(mode === 'array' && expectComma)) {
          depth = 1;
          start = i;
          recordLine = line;
          continue;
        }
        const found = JSON.stringify(chunk.slice(i, i + 10));
        if (mode === 'done') fail(`expected nothing after the closing ], found ${found}`);
        else if (mode === 'array' && expectComma)
          fail(`expected , or ] after a record, found ${found}`);
        else fail(`expected a JSON object {…} for each record, found ${found}`);
        return;
      }
      if (depth > 0) pending += chunk.slice(start);
    },
    end() {
      if (mode === 'failed') return;
      if (depth > 0) fail(`expected the record that starts on line ${recordLine} to end with }`);
      else if (mode === 'array') fail('expected ] to close the array of records');
    },
  };
}
