import type { CompiledModel, RunModel } from '../../model/index.ts';
import { type SreTeamHome, sreTeamHome } from './sre-team-home.ts';

/**
 * The two decisions of §12.8.2, kept apart: who runs each service (decided per service, easy to
 * correct later) and where SRE sits in the organization (decided once for the whole product
 * delivery organization, hard to correct later).
 */
export interface DecisionDimensions {
  readonly whoRunsIt: {
    readonly decidedPer: 'service';
    readonly changeable: 'easily';
    readonly services: readonly { readonly service: string; readonly runModel: RunModel }[];
  };
  readonly organizational: {
    readonly decidedPer: 'product-delivery-organization';
    readonly changeable: 'hardly';
    readonly sreTeams: readonly { readonly team: string; readonly home: SreTeamHome }[];
    /** The organizations of type `sre`: a dedicated SRE organization exists. */
    readonly sreOrganizations: readonly string[];
  };
}

export function decisionDimensions(model: CompiledModel): DecisionDimensions {
  return {
    whoRunsIt: {
      decidedPer: 'service',
      changeable: 'easily',
      services: [...model.services.values()].map((s) => ({
        service: s.name,
        runModel: s.spec.runModel,
      })),
    },
    organizational: {
      decidedPer: 'product-delivery-organization',
      changeable: 'hardly',
      sreTeams: [...model.teams.values()]
        .filter((t) => t.spec.type === 'sre' || t.spec.type === 'sre-infrastructure')
        .map((t) => ({ team: t.name, home: sreTeamHome(model, t) })),
      sreOrganizations: [...model.organizations.values()]
        .filter((o) => o.spec.type === 'sre')
        .map((o) => o.name),
    },
  };
}
