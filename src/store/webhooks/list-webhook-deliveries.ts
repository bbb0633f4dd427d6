import type { StoreDb } from '../database.ts';
import { toWebhookDelivery, type WebhookDelivery } from './webhook-delivery.ts';

/** Messages to outgoing webhooks, newest first. */
export async function listWebhookDeliveries({
  db,
  limit,
}: {
  db: StoreDb;
  limit: number;
}): Promise<WebhookDelivery[]> {
  const rows = await db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toWebhookDelivery);
}
