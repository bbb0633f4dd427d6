import type { PlanDocument } from '../../engine/plan/document/plan-document-schema.ts';

/** The services of a tier, and how many of them have no target yet (their tier is provisional). */
export function servicesOfTier(t: PlanDocument['summary']['mixByTier'][number]): string {
  return t.withoutTarget === 0
    ? String(t.services)
    : `${t.services} (${t.withoutTarget} without an availability target: tier from demand or the default)`;
}
