import type { CompensationPolicy, CompiledModel } from '../../model/index.ts';

export type PolicySelection =
  | {
      readonly ok: true;
      readonly policy: CompensationPolicy | undefined;
      /** Says which policy was taken when the model has several and none was named. */
      readonly note: string | undefined;
    }
  | { readonly ok: false; readonly code: 'unknown-policy'; readonly message: string };

/**
 * The default compensation policy: the one named, else the model's only one, else the first
 * of several (said in `note`). It pays whoever neither names a policy nor has a team that does
 * (`payingPolicy`: their own, their team's, else this one), and a rotation's business hours are
 * its own policy's (`rotationPolicy`), else this one's: the one definition every command reads.
 */
export function selectPolicy(model: CompiledModel, name?: string): PolicySelection {
  const policies = [...model.compensationPolicies.values()];
  if (name !== undefined) {
    const policy = model.compensationPolicies.get(name);
    if (!policy) {
      const known = policies.map((p) => p.name).join(', ') || 'none';
      return {
        ok: false,
        code: 'unknown-policy',
        message: `expected the name of a CompensationPolicy (${known}), found "${name}"`,
      };
    }
    return { ok: true, policy, note: undefined };
  }
  const [first] = policies;
  const note =
    policies.length > 1
      ? `${policies.length} compensation policies; using "${first?.name}" (choose with --policy)`
      : undefined;
  return { ok: true, policy: first, note };
}

/**
 * The default policy when none is named (`selectPolicy`): the one that pays whoever names none
 * (`payingPolicy`'s fallback), the model's only or first. Undefined when the model has none.
 */
export function defaultPolicy(model: CompiledModel): CompensationPolicy | undefined {
  const selected = selectPolicy(model);
  return selected.ok ? selected.policy : undefined;
}
