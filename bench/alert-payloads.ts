import { readFileSync } from 'node:fs';
import { labelFingerprint } from '../src/engine/routing/index.ts';

/** A real Alertmanager webhook body (one alert, no fingerprint: derived from the labels). */
const FIXTURE = new URL('../test/fixtures/alertmanager/webhook-1-alert.json', import.meta.url);

interface Webhook {
  readonly alerts: readonly { readonly labels: Readonly<Record<string, string>> }[];
}

/** Webhook bodies in the shape of the fixture, each with an alert no other body has. */
export interface AlertPayloads {
  readonly body: (seq: number) => string;
  /** The fingerprints the server stores the alerts of body `seq` under. */
  readonly fingerprints: (seq: number) => readonly string[];
  /** The labels every alert shares (the baseline sends the same alerts to Alertmanager). */
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * The fixture's body with its alert moved to `service` and repeated `perRequest` times (1 by
 * default), each copy given a `bench_seq` label, so each has its own label set, hence its own
 * fingerprint, hence is one durable write.
 */
export function alertPayloads(options: {
  readonly service: string;
  readonly startsAt: string;
  readonly perRequest?: number;
}): AlertPayloads {
  const template = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Webhook;
  const alert = template.alerts[0];
  if (!alert) throw new Error(`${FIXTURE.pathname} has no alert`);
  const perRequest = options.perRequest ?? 1;
  const shared = { ...alert.labels, service: options.service };
  const labels = (seq: number) =>
    Array.from({ length: perRequest }, (_, k) => ({
      ...shared,
      bench_seq: perRequest === 1 ? String(seq) : `${seq}-${k}`,
    }));
  return {
    body: (seq) =>
      JSON.stringify({
        ...template,
        alerts: labels(seq).map((l) => ({ ...alert, labels: l, startsAt: options.startsAt })),
      }),
    fingerprints: (seq) => labels(seq).map((l) => labelFingerprint(l)),
    labels: shared,
  };
}
