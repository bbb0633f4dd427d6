import type { FastifyInstance } from 'fastify';
import { jsonMayHoldUnsafeText } from '../../model/index.ts';

/**
 * The request bodies read from JSON text in which no string can hold an unsafe character
 * (`jsonMayHoldUnsafeText`). Keyed by the parsed value itself, which belongs to one request
 * and is dropped with it; no hook replaces or changes a body between parsing and validation.
 */
const plainBodies = new WeakSet<object>();

/**
 * Reads JSON bodies with Fastify's own parser (the same errors, limits and prototype-poisoning
 * refusal), and notes the bodies whose text shows they hold plain text only: validation then
 * skips searching each of their strings for an unsafe character, which cost as much as
 * parsing the JSON for an Alertmanager webhook (about two dozen strings per alert).
 */
export function readJsonBodies(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser(
    app.initialConfig.onProtoPoisoning ?? 'error',
    app.initialConfig.onConstructorPoisoning ?? 'error',
  );
  app.addContentTypeParser<string>(
    'application/json',
    { parseAs: 'string' },
    (request, text, done) => {
      parse(request, text, (error, body) => {
        if (!error && typeof body === 'object' && body !== null && !jsonMayHoldUnsafeText(text)) {
          plainBodies.add(body);
        }
        done(error, body);
      });
    },
  );
}

/** Whether `body` was read from JSON text that holds plain text only (see readJsonBodies). */
export function isPlainJsonBody(body: unknown): boolean {
  return typeof body === 'object' && body !== null && plainBodies.has(body);
}
