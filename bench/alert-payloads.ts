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
  /** The fingerprint the server stores the alert of body `seq` under. */
  readonly fingerprint: (seq: number) => string;
}

/**
 * The fixture's body with its alert moved to `service` and given a `bench_seq` label, so each
 * sequence number has its own label set, hence its own fingerprint, hence is one durable write.
 */
export function alertPayloads(options: {
  readonly service: string;
  readonly startsAt: string;
}): AlertPayloads {
  const template = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Webhook;
  const alert = template.alerts[0];
  if (!alert) throw new Error(`${FIXTURE.pathname} has no alert`);
  const labels = (seq: number) => ({
    ...alert.labels,
    service: options.service,
    bench_seq: String(seq),
  });
  return {
    body: (seq) =>
      JSON.stringify({
        ...template,
        alerts: [{ ...alert, labels: labels(seq), startsAt: options.startsAt }],
      }),
    fingerprint: (seq) => labelFingerprint(labels(seq)),
  };
}
