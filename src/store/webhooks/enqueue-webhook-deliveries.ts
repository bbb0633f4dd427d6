import type { StoreDb } from '../database.ts';

export interface EnqueueWebhookDeliveriesOptions {
  readonly db: StoreDb;
  readonly urls: readonly string[];
  readonly event: string;
  readonly payload: unknown;
  readonly at: string;
}

/**
 * Queues one message per webhook URL. Called in the transaction that stores what the message
 * is about, so a decision is never stored without its notification, nor notified unstored.
 */
export async function enqueueWebhookDeliveries({
  db,
  urls,
  event,
  payload,
  at,
}: EnqueueWebhookDeliveriesOptions): Promise<void> {
  if (urls.length === 0) return;
  const body = JSON.stringify(payload);
  await db
    .insertInto('webhook_deliveries')
    .values(
      urls.map((url) => ({
        url,
        event,
        payload: body,
        created_at: at,
        attempts: 0,
        next_attempt_at: at,
        claimed_until: null,
        delivered_at: null,
        last_error: null,
      })),
    )
    .execute();
}
