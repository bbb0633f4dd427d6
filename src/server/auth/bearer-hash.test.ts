import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bearerHashOf } from './bearer-hash.ts';
import { generateToken, hashToken } from './token-secret.ts';

describe('the hash of a request bearer token', () => {
  it('is the SHA-256 of the token, as stored since the first release', () => {
    const { token } = generateToken();
    const stored = createHash('sha256').update(token, 'utf8').digest('hex');
    expect(hashToken(token)).toBe(stored);
    expect(hashToken('wri_0123456789ab_é')).toBe(
      createHash('sha256').update('wri_0123456789ab_é', 'utf8').digest('hex'),
    );
    expect(bearerHashOf({ authorization: `Bearer ${token}` })).toBe(stored);
    expect(bearerHashOf({ authorization: `bearer   ${token}  ` })).toBe(stored);
  });

  it('is undefined without a bearer token', () => {
    expect(bearerHashOf({})).toBeUndefined();
    expect(bearerHashOf({ authorization: '' })).toBeUndefined();
    expect(bearerHashOf({ authorization: 'Basic dXNlcjpwYXNz' })).toBeUndefined();
    expect(bearerHashOf({ authorization: 'Bearer two tokens' })).toBeUndefined();
  });

  it('is worked out once per request, and each request has its own', () => {
    const a = { authorization: 'Bearer wri_aaaaaaaaaaaa_one' };
    const b = { authorization: 'Bearer wri_bbbbbbbbbbbb_two' };
    const first = bearerHashOf(a);
    // The same request asked again (a hook after another) gets what was worked out for it.
    a.authorization = 'Bearer wri_cccccccccccc_three';
    expect(bearerHashOf(a)).toBe(first);
    expect(bearerHashOf(b)).toBe(hashToken('wri_bbbbbbbbbbbb_two'));
    expect(bearerHashOf({ authorization: 'Bearer wri_cccccccccccc_three' })).toBe(
      hashToken('wri_cccccccccccc_three'),
    );
  });
});
