import type { Finding } from '../engine/checks/check.ts';

/** `check --json`: `{"checks": [{code, severity, subject, message, section}]}`. */
export function checksJson(findings: readonly Finding[]): { readonly checks: readonly Finding[] } {
  return { checks: findings };
}
