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
 * The compensation policy in force: the one named, else the model's only one, else the first
 * of several (said in `note`). The model links no person or rotation to a policy, so one
 * policy prices the whole organization.
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
