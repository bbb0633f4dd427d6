import { randomBytes } from 'node:crypto';

/** Feed tokens are told apart from API tokens at a glance: they open one calendar, nothing else. */
export const FEED_TOKEN_PREFIX = 'wrc_';

/** A new feed token, `wrc_<id>_<secret>`: the id is public (listings, revoking), the rest is not. */
export function generateFeedToken(): { readonly id: string; readonly token: string } {
  const id = randomBytes(6).toString('hex');
  return { id, token: `${FEED_TOKEN_PREFIX}${id}_${randomBytes(24).toString('base64url')}` };
}
