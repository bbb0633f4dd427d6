import type { CompiledModel, RunModel, Service } from '../../model/index.ts';

/**
 * What every command says of a service its error budget policy has handed back (§12.5): the
 * handback is the agreement at work, not a new model. The agreed run model stands and returns
 * when the budget recovers, after the policy's takeover rule; without one, nothing in the
 * policy returns it, and the sentence says so. Null while the service runs as agreed.
 * `plan`'s recommendation and error budget status and `oncall --sli` read it from here.
 */
export function agreementStands(
  model: CompiledModel,
  service: Service,
  runNow: RunModel,
): string | null {
  const agreed = service.spec.runModel;
  if (runNow === agreed) return null;
  const name = service.spec.errorBudgetPolicy;
  const policy = name === undefined ? undefined : model.errorBudgetPolicies.get(name);
  const periods = policy?.spec.takeover?.withinBudgetPeriods;
  const returns =
    periods === undefined
      ? `its policy${name ? ` ${name}` : ''} sets no takeover rule, so nothing returns it: add one`
      : `${agreed} returns when the budget recovers: after ${periods} consecutive period${periods === 1 ? '' : 's'} within budget, policy ${name} returns it to SRE`;
  return `The agreement stands: ${service.name} runs ${runNow} for now because its error budget policy says so, not by a new decision; ${returns} (§12.5).`;
}
