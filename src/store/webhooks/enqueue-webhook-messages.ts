import type { StoreDb } from '../database.ts';
import { BATCH_ROWS, chunks } from '../live/live-records.ts';

/** One message about one stored record, for every outgoing webhook. */
export interface WebhookMessage {
  readonly event: string;
  readonly payload: unknown;
}

/**
 * Queues each message once per webhook URL, in the order given, in as few statements as the
 * rows allow (an outage of 10,000 alerts is 20 statements, not 10,000). Called in the
 * transaction that stores what the messages are about, as `enqueueWebhookDeliveries`.
 */
export async function enqueueWebhookMessages({
  db,
  urls,
  messages,
  at,
}: {
  db: StoreDb;
  urls: readonly string[];
  messages: readonly WebhookMessage[];
  at: string;
}): Promise<void> {
  if (urls.length === 0 || messages.length === 0) return;
  const rows = webhookDeliveryRowsOf(urls, messages, at);
  for (const batch of chunks(rows, BATCH_ROWS)) {
    await db.insertInto('webhook_deliveries').values(batch).execute();
  }
}

/** The `webhook_deliveries` rows that queue each message once per URL, in order. */
export function webhookDeliveryRowsOf(
  urls: readonly string[],
  messages: readonly WebhookMessage[],
  at: string,
) {
  return messages.flatMap((message) => {
    const payload = JSON.stringify(message.payload);
    return urls.map((url) => ({
      url,
      event: message.event,
      payload,
      created_at: at,
      attempts: 0,
      next_attempt_at: at,
      claimed_until: null,
      delivered_at: null,
      last_error: null,
    }));
  });
}
