import type { Generated, Kysely } from 'kysely';

/**
 * The tables, as Kysely sees them. Both engines store the same shapes: timestamps are ISO 8601
 * UTC strings (they sort as text), booleans are 0/1 integers and structured values are JSON text,
 * so one set of operations works unchanged on SQLite and PostgreSQL.
 */
export interface Database {
  revisions: RevisionsTable;
  tokens: TokensTable;
  alerts: AlertsTable;
  sli_samples: SliSamplesTable;
  incidents: IncidentsTable;
  run_model_events: RunModelEventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  sli_pulls: SliPullsTable;
  gate_overrides: GateOverridesTable;
  on_call_overrides: OnCallOverridesTable;
  calendar_feeds: CalendarFeedsTable;
  audit_events: AuditEventsTable;
  live_version: LiveVersionTable;
  sli_days: SliDaysTable;
}

export interface RevisionsTable {
  /** 1, 2, 3, …: the number users see and send back in `If-Match`. */
  id: number;
  created_at: string;
  author: string;
  message: string;
  /** JSON: what changed against the previous revision. */
  summary: string;
  /** JSON: the documents as uploaded, `[{name, text}]`. */
  sources: string;
  /** SHA-256 of the sources: tells whether a new upload differs from the latest. */
  content_hash: string;
  /** Set when this revision restores an older one. */
  restored_from: number | null;
}

export interface TokensTable {
  /** Public part of the token: safe to show and log. */
  id: string;
  name: string;
  role: string;
  /** SHA-256 of the secret part; the secret itself is never stored. */
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
  /** After this instant the token no longer works; null: never. */
  expires_at: string | null;
  /** When the token last authenticated a request, to the minute. */
  last_used_at: string | null;
}

export interface AlertsTable {
  id: Generated<number>;
  fingerprint: string;
  /** As the sender wrote it: the idempotency key uses the sender's own text. */
  starts_at: string;
  status: string;
  ends_at: string | null;
  service: string | null;
  /** JSON objects. */
  labels: string;
  annotations: string;
  generator_url: string | null;
  group_key: string | null;
  received_at: string;
  revision_id: number | null;
  routed_rotation: string | null;
  routed_person: string | null;
  /** Why the alert went where it went (§12.6): a stable code. */
  route_reason: string;
  /** 1 while the routing waits to be retried, 0 once decided. */
  route_pending: Generated<number>;
}

export interface SliSamplesTable {
  service: string;
  timestamp: string;
  good: number;
  total: number;
}

/**
 * The SLI samples of one service on one UTC day, summed: kept by every write of samples in its
 * transaction, so a server can rebuild its budget periods without reading every sample.
 */
export interface SliDaysTable {
  service: string;
  /** `2025-03-01`: the UTC day, the first ten characters of its samples' timestamps. */
  day: string;
  /** Samples stored that day; 0 once every sample of the day was removed. */
  samples: number | string;
  total: number;
  good: number;
  /** The live version of the transaction that last counted the day: read what changed since. */
  version: number | string;
}

export interface IncidentsTable {
  id: string;
  service: string;
  started_at: string;
  detected_at: string | null;
  resolved_at: string | null;
  customer_visible: number;
  budget_consumed: number | null;
  updated_at: string;
}

export interface RunModelEventsTable {
  id: Generated<number>;
  service: string;
  /** 1, 2, 3, … per service: two servers deciding the same change store it once. */
  sequence: number;
  from_model: string;
  to_model: string;
  reason: string;
  at: string;
  revision_id: number | null;
}

export interface WebhookDeliveriesTable {
  id: Generated<number>;
  url: string;
  event: string;
  /** JSON body sent as is. */
  payload: string;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  /** Set while one server is sending it, so two servers do not both send it. */
  claimed_until: string | null;
  delivered_at: string | null;
  last_error: string | null;
}

/** One row (id 1): raised by every change of the live state, so caches know they are current. */
export interface LiveVersionTable {
  id: number;
  version: number | string;
  /** Raised by every revocation of a token, so servers know their verified tokens are current. */
  tokens: Generated<number | string>;
}

export type StoreDb = Kysely<Database>;

/** Per service: how the server last read its SLI from a Prometheus-compatible backend. */
export interface SliPullsTable {
  service: string;
  backend: string;
  created_at: string;
  last_attempt_at: string;
  last_success_at: string | null;
  /** The end of the last range read; the next read resumes a little before it. */
  read_until: string | null;
  last_sample_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  /** Failed reads since the last success. */
  failures: number;
}

/** A decision about a service's deployment gate taken by a person, with why (§12.5). */
export interface OnCallOverridesTable {
  id: Generated<number>;
  rotation: string;
  /** Who takes the rotation's on-call in `[starts_at, ends_at)`. */
  person: string;
  starts_at: string;
  ends_at: string;
  reason: string;
  author: string;
  created_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
}

export interface GateOverridesTable {
  id: Generated<number>;
  service: string;
  /** `allowed` (release despite a freeze) or `frozen` (freeze although the budget allows). */
  decision: string;
  reason: string;
  author: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
}

/** A rotation's schedule as an iCalendar URL; only the secret's SHA-256 is stored. */
export interface CalendarFeedsTable {
  /** Public part of the feed token: safe to show, what revoking takes. */
  id: string;
  rotation: string;
  name: string;
  secret_hash: string;
  created_at: string;
  created_by: string;
  expires_at: string | null;
  revoked_at: string | null;
}

/** One entry of the audit log: who did what to what, and when. Never changed once written. */
export interface AuditEventsTable {
  id: Generated<number>;
  at: string;
  /** The caller as the server knows it, e.g. `token:0123456789ab (ci)`. */
  actor: string;
  /** A stable dotted code, e.g. `gate.override.created`. */
  action: string;
  /** What it is about, e.g. `service/checkout-api`. */
  target: string;
  /** JSON object shown to admins as is: never a secret. */
  details: string;
}
