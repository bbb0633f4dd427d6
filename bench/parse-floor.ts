/**
 * The floor of the load/plan benchmark: read every *.yaml file of a folder and parse it with the
 * `yaml` package alone (`parseAllDocuments` + `toJS`), as a separate process like the CLI.
 * Run: node bench/parse-floor.ts <folder>
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

const folder = process.argv[2];
if (folder === undefined) throw new Error('usage: node bench/parse-floor.ts <folder>');
let documents = 0;
for (const file of readdirSync(folder).sort()) {
  if (!file.endsWith('.yaml')) continue;
  for (const document of parseAllDocuments(readFileSync(join(folder, file), 'utf8'))) {
    document.toJS();
    documents++;
  }
}
process.stdout.write(`${documents} documents\n`);
