import type { CompiledModel, Coverage } from '../../model/index.ts';
import { serviceTier, tierThresholds } from '../spectrum/availability-tier.ts';
import type { Design, DesignRotation } from './design-rotation.ts';
import { runnerOf } from './runner-of.ts';

export interface OptimizedDesignOptions {
  /** Coverage of the team rotations the thin layer forwards to; §12.6 names 8x5 or 8x7. */
  readonly teamCoverage?: Coverage;
  readonly domainCoverage?: Coverage;
}

/**
 * The on-call design §12.6 recommends: a team rotation per team for its high-tier services, a
 * domain rotation per domain for medium-tier services ("fewer people on call per set of
 * teams"), and a thin layer on call around the clock that "receives the SLO breaches from all
 * the teams", handles what its runbooks cover and forwards the rest to the team and domain
 * rotations, which are "typically not available 24/7, but rather on an 8/5 or 8/7 basis".
 * Low-tier services are left to the thin layer and their team's working hours. A service
 * without an availability target is treated as medium tier, to stay on the safe side.
 */
export function optimizedDesign(
  model: CompiledModel,
  options: OptimizedDesignOptions = {},
): Design {
  const thresholds = tierThresholds(model);
  const teams = new Map<string, string[]>();
  const domains = new Map<string, string[]>();
  const untargeted: string[] = [];
  const low: string[] = [];
  for (const service of model.services.values()) {
    const tier = serviceTier(service, thresholds);
    if (tier === undefined) untargeted.push(service.name);
    if (tier === 'high') {
      const team = runnerOf(service);
      teams.set(team, [...(teams.get(team) ?? []), service.name]);
    } else if (tier === 'medium' || tier === undefined) {
      const domain =
        service.spec.domain ??
        model.teams.get(service.spec.owner)?.spec.domain ??
        `team ${runnerOf(service)}`;
      domains.set(domain, [...(domains.get(domain) ?? []), service.name]);
    } else low.push(service.name);
  }
  const rotations: DesignRotation[] = [
    {
      name: 'thin-layer',
      type: 'thin-layer',
      coverage: '24x7',
      services: [...model.services.keys()],
    },
    ...[...teams].map(([team, services]) => ({
      name: `team:${team}`,
      type: 'team' as const,
      coverage: options.teamCoverage ?? ('8x7' as const),
      services,
    })),
    ...[...domains].map(([domain, services]) => ({
      name: `domain:${domain}`,
      type: 'domain' as const,
      coverage: options.domainCoverage ?? ('8x5' as const),
      services,
    })),
  ];
  const notes: string[] = [];
  if (untargeted.length > 0) {
    notes.push(`no availability target, treated as medium tier: ${untargeted.join(', ')}`);
  }
  if (low.length > 0) {
    notes.push(`low tier, thin layer and working hours only: ${low.join(', ')}`);
  }
  return { name: 'optimized', rotations, notes };
}
