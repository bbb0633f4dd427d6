// The console's typed API client is generated from the server's OpenAPI document: the paths it
// calls, their parameters, bodies and answers become `web/src/api/openapi.gen.ts` (the shape
// openapi-fetch takes). `npm run generate:api` writes it; scripts/api-types.test.ts fails when the
// committed file no longer matches the server, so the console cannot drift from the API.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { durationMillis } from '../src/model/index.ts';
import { buildApp } from '../src/server/app.ts';
import { DEFAULT_CONFIG } from '../src/server/config.ts';
import { openStore } from '../src/store/index.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const API_TYPES_FILE = 'web/src/api/openapi.gen.ts';

/** The operations the console calls: `METHOD path` as in the OpenAPI document. */
export const CONSOLE_OPERATIONS = [
  'GET /api/v1/console/overview',
  'GET /api/v1/console/session',
  'GET /api/v1/console/services/{name}',
  'GET /api/v1/console/on-call',
  'GET /api/v1/console/organization',
  'GET /api/v1/console/plan',
  'GET /api/v1/console/change-plan',
  'GET /api/v1/services/{name}/runner',
  'GET /api/v1/incidents',
  'GET /api/v1/run-model-events',
  'GET /api/v1/revisions',
  'GET /api/v1/revisions/{id}',
  'GET /api/v1/revisions/{id}/diff/{target}',
  'POST /api/v1/revisions',
  'GET /api/v1/plan',
  'GET /api/v1/change-plan',
  'GET /api/v1/schedules',
  'GET /api/v1/calendar-feeds',
  'POST /api/v1/calendar-feeds',
  'GET /api/v1/on-call-overrides',
  'POST /api/v1/on-call-overrides',
  'DELETE /api/v1/on-call-overrides/{id}',
  'GET /api/v1/tokens',
  'POST /api/v1/tokens',
  'DELETE /api/v1/tokens/{id}',
] as const;

interface Operation {
  readonly parameters?: readonly {
    readonly in: string;
    readonly name: string;
    readonly required?: boolean;
    readonly schema: JSONSchema;
  }[];
  readonly requestBody?: { readonly content: Record<string, { readonly schema: JSONSchema }> };
  readonly responses: Record<string, { readonly content?: Record<string, { schema: JSONSchema }> }>;
}

type OpenApi = { readonly paths: Record<string, Record<string, Operation>> };

/** The server's OpenAPI document, from an app built in this process on an empty store. */
export async function openApiDocument(): Promise<OpenApi> {
  const folder = mkdtempSync(join(tmpdir(), 'whorunsit-openapi-'));
  const store = await openStore({ dataDir: folder });
  try {
    const { app } = await buildApp({
      store,
      config: { ...DEFAULT_CONFIG, tickIntervalMs: durationMillis(0) },
      now: () => new Date(0),
    });
    await app.ready();
    const document = app.swagger() as unknown as OpenApi;
    await app.close();
    return document;
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A type name from an operation: `GET /api/v1/services/{name}/runner` → `GetServicesNameRunner`. */
function typeName(method: string, path: string): string {
  const words = [method.toLowerCase(), ...path.replace('/api/v1/', '').split(/[^a-zA-Z0-9]+/)];
  return words
    .filter((w) => w !== '')
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('');
}

async function typeOf(schema: JSONSchema, name: string): Promise<string> {
  const declared = await compile(structuredClone(schema), name, {
    bannerComment: '',
    format: false,
    additionalProperties: false,
    strictIndexSignatures: true,
    unknownAny: true,
  });
  return declared.replace(/^export /gm, '').trim();
}

function parametersIn(operation: Operation, where: string): JSONSchema | undefined {
  const parameters = (operation.parameters ?? []).filter((p) => p.in === where);
  if (parameters.length === 0) return undefined;
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema])),
    required: parameters.filter((p) => p.required).map((p) => p.name),
    additionalProperties: false,
  };
}

/** The TypeScript source of `web/src/api/openapi.gen.ts`. */
export async function renderApiTypes(document: OpenApi): Promise<string> {
  const declarations: string[] = [];
  const byPath = new Map<string, string[]>();
  for (const operation of CONSOLE_OPERATIONS) {
    const [method = '', path = ''] = operation.split(' ');
    const found = document.paths[path]?.[method.toLowerCase()];
    if (!found) throw new Error(`the OpenAPI document has no ${operation}`);
    const name = typeName(method, path);
    const parts: string[] = [];
    const query = parametersIn(found, 'query');
    const params = parametersIn(found, 'path');
    if (query) declarations.push(await typeOf(query, `${name}Query`));
    if (params) declarations.push(await typeOf(params, `${name}Path`));
    parts.push(
      `parameters: { query?: ${query ? `${name}Query` : 'never'}; path${params ? '' : '?'}: ${params ? `${name}Path` : 'never'}; header?: never; cookie?: never }`,
    );
    const body = found.requestBody?.content['application/json']?.schema;
    if (body) {
      declarations.push(await typeOf(body, `${name}Body`));
      parts.push(`requestBody: { content: { 'application/json': ${name}Body } }`);
    } else {
      parts.push('requestBody?: never');
    }
    const responses: string[] = [];
    for (const [status, response] of Object.entries(found.responses)) {
      const schema = response.content?.['application/json']?.schema;
      if (!schema) continue;
      const answer = status === '4XX' ? 'ErrorBody' : `${name}${status}`;
      if (status !== '4XX') declarations.push(await typeOf(schema, answer));
      responses.push(
        `${status === '4XX' ? 'default' : status}: { headers: { [name: string]: unknown }; content: { 'application/json': ${answer} } }`,
      );
    }
    parts.push(`responses: { ${responses.join('; ')} }`);
    const entries = byPath.get(path) ?? [];
    entries.push(`${method.toLowerCase()}: { ${parts.join('; ')} }`);
    byPath.set(path, entries);
  }
  const errorBody = await typeOf(
    {
      type: 'object',
      properties: {
        error: {
          type: 'object',
          properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
          required: ['code', 'message', 'details'],
        },
      },
      required: ['error'],
    },
    'ErrorBody',
  );
  const paths = [...byPath].map(
    ([path, methods]) => `  '${path}': {\n    ${methods.join(';\n    ')};\n  };`,
  );
  return [
    '// Generated from the server’s OpenAPI document by `npm run generate:api`: do not edit.',
    '// scripts/api-types.test.ts fails when the server’s answers no longer match this file.',
    '/* eslint-disable */',
    '',
    'export interface paths {',
    ...paths,
    '}',
    '',
    `export ${errorBody}`,
    '',
    ...declarations.map((d) => `export ${d.replace(/^(interface|type) /, '$1 ')}\n`),
  ].join('\n');
}
