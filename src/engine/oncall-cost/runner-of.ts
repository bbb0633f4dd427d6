import type { Service } from '../../model/index.ts';

/** The team that goes on call for a service: the SRE team when SRE runs it alone (§12.5). */
export function runnerOf(service: Service): string {
  return service.spec.runModel === 'sre-runs-it' && service.spec.sreTeam !== undefined
    ? service.spec.sreTeam
    : service.spec.owner;
}
