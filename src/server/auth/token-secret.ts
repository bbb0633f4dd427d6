import { hash, randomBytes } from 'node:crypto';

/** Every token starts with this, so secret scanners and people recognise one. */
export const TOKEN_PREFIX = 'wri_';

/** A new token: `wri_<id>_<secret>`. The id is public (logs, listings); the secret is not. */
export function generateToken(): { readonly id: string; readonly token: string } {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  return { id, token: `${TOKEN_PREFIX}${id}_${secret}` };
}

/**
 * The stored form of a token. The token is 192 random bits, so a fast hash is enough: there is
 * nothing to brute-force, unlike a password.
 */
export function hashToken(token: string): string {
  // The one-shot hash: several times cheaper than createHash for a short input, and every
  // request with a token hashes it.
  return hash('sha256', token, 'hex');
}
