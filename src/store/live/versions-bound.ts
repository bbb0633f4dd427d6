/**
 * The longest a server answers from store versions (`Store.versions`) that miss a change
 * another process committed (another server on the same PostgreSQL database, `whorunsit token
 * revoke` on either engine): a request that arrives this long after the commit counts it.
 * Changes a server commits itself count from its next request on. Revoking a token waits this
 * long before it returns, so when it returns no server takes the token any more.
 */
export const VERSIONS_BOUND_MS = 1_000;
