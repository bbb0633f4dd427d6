import type { CompiledModel, RunModel } from '../../model/index.ts';
import { isSreEraModel, SRE_ERA_MODELS, type SreEraModel } from '../../model/index.ts';
import { sreTeamHome } from './sre-team-home.ts';
import { HOME_OPTION, SETUP_OPTION, type TopologyOption } from './team-topologies.ts';

/** One option of §12.7 in use, and the teams and services that implement it. */
export interface OptionInUse {
  /** Undefined when the model does not say (no `setup`, no `sreTeam`, or an unusual home). */
  readonly option: TopologyOption | undefined;
  readonly teams: readonly string[];
  readonly services: readonly string[];
}

export interface ModelTopology {
  readonly runModel: SreEraModel;
  readonly options: readonly OptionInUse[];
}

/** Where the SRE infrastructure is built: the teams of type `sre-infrastructure` and their home. */
export interface SreInfrastructureHome {
  readonly team: string;
  readonly organization: string;
  readonly home: string;
}

export interface TopologyInUse {
  readonly models: readonly ModelTopology[];
  readonly sreInfrastructure: readonly SreInfrastructureHome[];
}

/**
 * Which option of the §12.7 table each model in use is implemented with: for `you-run-it` the
 * owner team's setup (§12.3), for the SRE team models the home of the service's SRE team.
 */
export function topologyInUse(model: CompiledModel): TopologyInUse {
  const byModel = new Map<
    SreEraModel,
    Map<string, { option: TopologyOption | undefined; teams: Set<string>; services: string[] }>
  >();
  for (const service of model.services.values()) {
    const runModel: RunModel = service.spec.runModel;
    if (!isSreEraModel(runModel)) continue;
    let option: TopologyOption | undefined;
    let team: string;
    if (runModel === 'you-run-it') {
      team = service.spec.owner;
      const setup = model.teams.get(team)?.spec.setup;
      option = setup === undefined ? undefined : SETUP_OPTION[setup];
    } else {
      team = service.spec.sreTeam ?? service.spec.owner;
      const sreTeam = service.spec.sreTeam ? model.teams.get(service.spec.sreTeam) : undefined;
      const home = sreTeam ? sreTeamHome(model, sreTeam) : undefined;
      option = home === undefined || home === 'product-delivery' ? undefined : HOME_OPTION[home];
    }
    const options = byModel.get(runModel) ?? new Map();
    byModel.set(runModel, options);
    const key = String(option);
    const entry = options.get(key) ?? { option, teams: new Set<string>(), services: [] };
    options.set(key, entry);
    entry.teams.add(team);
    entry.services.push(service.name);
  }
  const models = SRE_ERA_MODELS.flatMap((runModel) => {
    const options = byModel.get(runModel);
    if (!options) return [];
    const list = [...options.values()]
      .sort((a, b) => (a.option ?? 9) - (b.option ?? 9))
      .map((o) => ({ option: o.option, teams: [...o.teams], services: o.services }));
    return [{ runModel, options: list }];
  });
  const sreInfrastructure = [...model.teams.values()]
    .filter((t) => t.spec.type === 'sre-infrastructure')
    .map((t) => ({ team: t.name, organization: t.spec.organization, home: sreTeamHome(model, t) }));
  return { models, sreInfrastructure };
}
