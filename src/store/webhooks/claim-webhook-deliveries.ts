import type { StoreDb } from '../database.ts';
import { toWebhookDelivery, type WebhookDelivery } from './webhook-delivery.ts';

export interface ClaimWebhookDeliveriesOptions {
  readonly db: StoreDb;
  readonly now: string;
  /** The claim lapses then, so a delivery claimed by a server that died is sent by another. */
  readonly claimUntil: string;
  readonly limit: number;
}

/**
 * Claims due, undelivered messages for this server to send. The claim conditions are repeated
 * on the outer UPDATE: when two servers race for a row, PostgreSQL re-checks them on the row
 * the winner wrote, so the loser skips it.
 */
export async function claimWebhookDeliveries({
  db,
  now,
  claimUntil,
  limit,
}: ClaimWebhookDeliveriesOptions): Promise<WebhookDelivery[]> {
  const rows = await db
    .updateTable('webhook_deliveries')
    .set({ claimed_until: claimUntil })
    .where((eb) =>
      eb(
        'id',
        'in',
        eb
          .selectFrom('webhook_deliveries')
          .select('id')
          .where('delivered_at', 'is', null)
          .where('next_attempt_at', '<=', now)
          .where((w) => w.or([w('claimed_until', 'is', null), w('claimed_until', '<', now)]))
          .orderBy('id')
          .limit(limit),
      ),
    )
    .where('delivered_at', 'is', null)
    .where((w) => w.or([w('claimed_until', 'is', null), w('claimed_until', '<', now)]))
    .returningAll()
    .execute();
  return rows.map(toWebhookDelivery).sort((a, b) => a.id - b.id);
}
