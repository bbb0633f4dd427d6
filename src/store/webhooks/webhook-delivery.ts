import type { Selectable } from 'kysely';
import type { WebhookDeliveriesTable } from '../database.ts';

/** One message to one outgoing webhook, kept until it is delivered. */
export interface WebhookDelivery {
  readonly id: number;
  readonly url: string;
  readonly event: string;
  /** The JSON body, as it will be sent. */
  readonly payload: string;
  readonly createdAt: string;
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly deliveredAt: string | null;
  readonly lastError: string | null;
}

/** `next_attempt_at` of a delivery that is not retried any more. */
export const NEVER = '9999-12-31T23:59:59.999Z';

export function toWebhookDelivery(row: Selectable<WebhookDeliveriesTable>): WebhookDelivery {
  return {
    id: Number(row.id),
    url: row.url,
    event: row.event,
    payload: row.payload,
    createdAt: row.created_at,
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    deliveredAt: row.delivered_at,
    lastError: row.last_error,
  };
}
