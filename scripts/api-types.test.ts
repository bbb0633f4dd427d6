import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, openApiDocument, ROOT, renderApiTypes } from './api-types.ts';

describe('the console API types', () => {
  it('are what the server’s OpenAPI document says (npm run generate:api refreshes them)', async () => {
    const committed = readFileSync(join(ROOT, API_TYPES_FILE), 'utf8');
    expect(await renderApiTypes(await openApiDocument())).toBe(committed);
  });

  it('fail to generate when the console calls an operation the server does not have', async () => {
    const document = await openApiDocument();
    const { '/api/v1/console/overview': _dropped, ...paths } = document.paths;
    await expect(renderApiTypes({ paths })).rejects.toThrow(
      'the OpenAPI document has no GET /api/v1/console/overview',
    );
  });
});
