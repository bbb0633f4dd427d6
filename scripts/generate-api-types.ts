// Regenerates web/src/api/openapi.gen.ts from the server's OpenAPI document:
// `npm run generate:api` after changing an endpoint the console calls.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { API_TYPES_FILE, openApiDocument, ROOT, renderApiTypes } from './api-types.ts';

await writeFile(join(ROOT, API_TYPES_FILE), await renderApiTypes(await openApiDocument()));
process.stdout.write(`wrote ${API_TYPES_FILE}\n`);
