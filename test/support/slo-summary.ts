import type { LoadResult } from '../../src/model/index.ts';

/**
 * A load result in one line per SLO and policy, for table-driven tests of the SLO readers:
 * `name service target window rolling|calendar budgetWindow method` and
 * `policy window [alert window/shortWindow burnRate severity]…`.
 */
export function sloSummary(result: LoadResult): { slos: string[]; policies: string[] } {
  if (!result.ok) return { slos: [], policies: [] };
  const slos = [...result.slos.values()].map((s) =>
    [
      s.name,
      s.service,
      s.target,
      s.window
        ? `${s.window.text} ${s.window.rolling ? 'rolling' : 'calendar'} ${s.window.budgetWindow ?? 'unsupported'}`
        : 'no-window',
      s.budgetingMethod,
    ].join(' '),
  );
  const policies = [...result.model.errorBudgetPolicies.values()].map((p) =>
    [
      p.name,
      p.spec.window,
      ...(p.spec.burnRateAlerts ?? []).map(
        (a) => `${a.window}${a.shortWindow ? `/${a.shortWindow}` : ''}:${a.burnRate}:${a.severity}`,
      ),
    ].join(' '),
  );
  return { slos, policies };
}
