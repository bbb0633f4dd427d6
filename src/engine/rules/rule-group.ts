/** A Prometheus recording rule: `record` keeps the value of `expr` as a new series. */
export interface RecordingRule {
  readonly record: string;
  readonly expr: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** A Prometheus alerting rule. */
export interface AlertingRule {
  readonly alert: string;
  readonly expr: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
}

/** One group of a Prometheus rule file (`groups:`), evaluated together. */
export interface RuleGroup {
  readonly name: string;
  readonly interval?: string | undefined;
  readonly rules: readonly (RecordingRule | AlertingRule)[];
}
