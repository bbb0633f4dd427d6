import type { StoreDb } from '../database.ts';

export type WebhookAttempt =
  | { readonly delivered: true; readonly at: string }
  | {
      readonly delivered: false;
      readonly at: string;
      readonly error: string;
      /** When to try again; `NEVER` gives up. */
      readonly nextAttemptAt: string;
    };

/** Records the outcome of sending one message and releases the claim on it. */
export async function recordWebhookAttempt({
  db,
  id,
  attempt,
}: {
  db: StoreDb;
  id: number;
  attempt: WebhookAttempt;
}): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      claimed_until: null,
      ...(attempt.delivered
        ? { delivered_at: attempt.at, last_error: null }
        : { next_attempt_at: attempt.nextAttemptAt, last_error: attempt.error.slice(0, 500) }),
    }))
    .where('id', '=', id)
    .execute();
}
