import { findTokenBySecretHash, type StoreDb, type TokenRecord } from '../../store/index.ts';

/** Tokens kept at most: more clients than this (rare) only cost a lookup each again. */
const MAX_TOKENS = 1_024;

/**
 * The tokens this server verified, by the hash of their secret, each kept under the tokens'
 * version (`StoreVersions.tokens`) it was read under. Every revocation raises that version, by
 * this server, another one on the same database or `whorunsit token revoke`, so a request that
 * read the versions first knows whether what is kept is still true: a revoked token is refused
 * from the first request after its revocation returned (`revokeToken` waits until the versions
 * of every server count it). Expiry is checked by the caller against
 * the record on every request. Unknown and revoked tokens are never kept.
 */
export interface VerifiedTokens {
  /** The live or expired token whose secret hashes to `secretHash`; undefined: unknown or revoked. */
  readonly lookup: (secretHash: string, tokensVersion: number) => Promise<TokenRecord | undefined>;
}

export function createVerifiedTokens(db: StoreDb): VerifiedTokens {
  const kept = new Map<string, { readonly record: TokenRecord; readonly version: number }>();
  return {
    lookup: async (secretHash, tokensVersion) => {
      const found = kept.get(secretHash);
      if (found && found.version === tokensVersion) return found.record;
      const record = await findTokenBySecretHash({ db, secretHash });
      if (!record) {
        kept.delete(secretHash);
        return undefined;
      }
      if (!found && kept.size >= MAX_TOKENS) {
        const oldest = kept.keys().next();
        if (!oldest.done) kept.delete(oldest.value);
      }
      kept.set(secretHash, { record, version: tokensVersion });
      return record;
    },
  };
}
