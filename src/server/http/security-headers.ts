import type { FastifyInstance } from 'fastify';

/**
 * What the web console may load: its own origin only, no inline script, no eval, no framing.
 * JSON answers need even less, and the same policy costs them nothing.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** The headers a Helmet-style middleware sets, as every answer of the server carries them. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONSOLE_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-permitted-cross-domain-policies': 'none',
  // Browsers heed it only over HTTPS (a TLS proxy in front); over plain HTTP it is ignored.
  'strict-transport-security': 'max-age=31536000',
};

/**
 * Security headers on every answer, errors included, unless a route set its own (the API docs
 * page sets a policy that admits Swagger UI's inline script by hash). Answers to authenticated
 * routes are never stored by a cache: they carry data a token was needed for, and token
 * creation carries the secret itself.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    const access = request.routeOptions.config?.access;
    if (access !== undefined && access !== 'public' && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });
}
