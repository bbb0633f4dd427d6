import type { CompiledModel, Service } from '../../model/index.ts';
import { teamEngineers } from '../../model/index.ts';
import { opsRunHighTarget } from '../checks/ops-run-high-target.ts';
import { suppressedCodes } from '../checks/suppressed-codes.ts';

/**
 * Why operations keep a service they run today above low targets, or undefined when its
 * developers can take it (§12.2.2):
 * - `bought`: a product bought from another company (`bought: true`, energy-utility's packaged
 *   billing system): no team of the organization builds it; its owner owns the integration only;
 * - `no-developers`: its owner team lists its people, and nobody but its manager (or open
 *   positions) to build or run it;
 * - `accepted`: its `whorunsit/ignore` annotation silences `ops-run-high-target` — a vendor's
 *   product that operations front (hospital-group's record system), say: the check keeps quiet
 *   about it, so advising to hand it to developers would contradict the reader's own decision.
 */
export type OperationsKeep = 'bought' | 'no-developers' | 'accepted';

export function operationsKeep(model: CompiledModel, service: Service): OperationsKeep | undefined {
  if (service.spec.runModel !== 'ops-runs-it') return undefined;
  if (service.spec.bought === true) return 'bought';
  // A team that lists its people, and none but its manager (or open positions): a model that
  // lists nobody says nothing about who builds (a catalog without people), so that is not it.
  const owner = service.spec.owner;
  if (model.index.membersOf(owner).length > 0 && teamEngineers(model, owner).length === 0)
    return 'no-developers';
  if (suppressedCodes(model, { kind: 'Service', name: service.name }).has(opsRunHighTarget.code))
    return 'accepted';
  return undefined;
}

/**
 * Whether operations keep running a service above low targets (`operationsKeep`): "you build it,
 * you run it" and shared on-call need a team that builds it (§12.2, §12.4), so the
 * recommendations and the §12.6 design keep it with operations rather than hand it to
 * developers who do not build it. The one rule both read.
 */
export function opsRunAccepted(model: CompiledModel, service: Service): boolean {
  return operationsKeep(model, service) !== undefined;
}

/** Why operations keep it, in words for the recommendation's reasons and the design's notes. */
export function operationsKeepReason(model: CompiledModel, service: Service): string | undefined {
  const why = operationsKeep(model, service);
  const owner = service.spec.owner;
  switch (why) {
    case undefined:
      return undefined;
    case 'bought':
      return `It is a product bought from another company (bought): no team of the organization builds it, and team ${owner} owns its integration only; "you build it, you run it" needs a team that builds it, so operations keep running it on their rotation (§12.2, §12.2.2).`;
    case 'no-developers':
      return `Team ${owner}, its owner, has nobody but its manager to build or run it: there are no developers to hand it to, so operations keep running it on their rotation (§12.2, §12.2.2).`;
    case 'accepted':
      return 'The model accepts operations running it (whorunsit/ignore: ops-run-high-target, for a service no developer of the company can run, such as a vendor’s product): operations keep it on their rotation (§12.2.2).';
  }
}

/**
 * What answers `ops-run-high-target` for a service operations keep (`operationsKeep`): not a
 * move to developers who do not build it, but a faster recovery where operations run it — its
 * runbooks and telemetry, the vendor's support for a bought product, and an error budget policy
 * (§12.2.3 lists what ops-run services lack). Undefined when its developers can take it.
 */
export function operationsKeepMitigation(
  model: CompiledModel,
  service: Service,
): string | undefined {
  const why = operationsKeep(model, service);
  if (why === undefined) return undefined;
  const owner = service.spec.owner;
  const because =
    why === 'bought'
      ? `it is bought from another company and team ${owner} owns its integration only`
      : why === 'no-developers'
        ? `team ${owner} has no developers`
        : 'the model accepts operations running it';
  const vendor = why === 'bought' ? ', the vendor’s support terms for its incidents' : '';
  return `Operations keep it (the run-model decision): no development team builds it (${because}), so there is nobody to move it to (§12.2). Shorten its recovery where they run it: runbooks and telemetry for its critical workflows${vendor}, and an error budget policy agreed with team ${owner} (§12.2.3, §12.2.5).`;
}
