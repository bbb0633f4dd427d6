import type { CompiledModel } from '../compiled/compiled-model.ts';
import type { Rotation } from '../model.ts';
import { displayName } from './display-name.ts';
import { homeOrganization } from './organization-people.ts';
import { worksForOutsideCompany } from './outside-company.ts';
import { onCallPaidByContract } from './paying-policy.ts';
import { rotationTurnTakers } from './rotation-turn-takers.ts';

/** Another company that staffs a rotation under its contract (`rotationProvider`). */
export interface RotationProvider {
  /** The organization of that company (`isOutsideCompany`) most of the rotation's people work for. */
  readonly organization: string;
  /** Its name as a reader knows it (its display name, else its name). */
  readonly displayName: string;
  /** Of the people who take the rotation's turns, how many work for it. */
  readonly people: number;
  /**
   * Whether its contract pays their on-call (`onCallPaidByContract` for every one of them): the
   * company prices their turns at 0 in on-call pay, since the contract's value is the cost
   * (§12.4.6). False when a compensation policy of the model is named for any of them.
   */
  readonly paysOnCall: boolean;
}

/**
 * Whether a rotation is another company's to staff (§12.4.6, §12.6: a NOC or a managed-service
 * provider runs it under a contract): more than half of the people who take its turns
 * (`rotationTurnTakers`) work for outside companies (`worksForOutsideCompany`, the rule by which
 * `payingPolicy` says a contract pays a person's on-call), and the provider is the outside
 * organization most of them work for (the first in model order on a tie). The company does not
 * hire into it: a shortfall by the sizing rule is the contract's to staff — the provider puts more
 * people on it, or the contract says how it covers the hours — and no head count of the company
 * grows for it. Every command that counts people to hire or move in reads it (`staffing`,
 * `check`'s `rotation-too-small`, the plan's on-call decision and risks, `oncall-cost`).
 * Undefined for a rotation the company staffs, and for one nobody takes turns on.
 */
export function rotationProvider(
  model: CompiledModel,
  rotation: Rotation,
): RotationProvider | undefined {
  return model.derive(providersOf).get(rotation.name);
}

/** Every rotation another company staffs, by name: once per model (`model.derive`). */
function providersOf(model: CompiledModel): ReadonlyMap<string, RotationProvider> {
  const providers = new Map<string, RotationProvider>();
  for (const rotation of model.rotations.values()) {
    const provider = providerOfPeople(model, rotationTurnTakers(model, rotation));
    if (provider !== undefined) providers.set(rotation.name, provider);
  }
  return providers;
}

/**
 * The provider of a rotation whose turns these people take, by `rotationProvider`'s rule: for a
 * rotation a design proposes for a team, its people (an outside provider's team staffs its own).
 */
export function providerOfPeople(
  model: CompiledModel,
  takers: readonly string[],
): RotationProvider | undefined {
  const outside = takers.filter((p) => worksForOutsideCompany(model, p));
  if (outside.length * 2 <= takers.length) return undefined;
  const byOrganization = new Map<string, string[]>();
  for (const person of outside) {
    const home = homeOrganization(model, person)?.organization;
    if (home === undefined) continue;
    byOrganization.set(home, [...(byOrganization.get(home) ?? []), person]);
  }
  const most = Math.max(0, ...[...byOrganization.values()].map((p) => p.length));
  const organization = [...model.organizations.values()].find(
    (o) => byOrganization.get(o.name)?.length === most,
  );
  if (organization === undefined) return undefined;
  const people = byOrganization.get(organization.name) ?? [];
  return {
    organization: organization.name,
    displayName: displayName(organization),
    people: people.length,
    paysOnCall: people.every((p) => onCallPaidByContract(model, p)),
  };
}
