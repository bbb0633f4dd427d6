import type { RunModel } from '../../model/index.ts';

/**
 * What a service's interim model waits for (`Recommendation.until`): the one condition the
 * recommendations set, which the plan's words, the risk register and the §12.6 design read.
 */
export type InterimWait =
  /** `you-run-it` until the SRE the target gives its team joins (§12.4.1). */
  | { readonly kind: 'sre-joins' }
  /**
   * `ops-runs-it`: a high tier operations keep as first line until `team`, the team the target
   * gives it to, can staff a rotation round the clock (`operationsFirstLine`, §12.9.5).
   */
  | {
      readonly kind: 'team-staffed';
      readonly team: string;
      /** Its people who can be on call (the joining SRE counted), and what the rotation needs. */
      readonly people: number;
      readonly needed: number;
      /**
       * Whether `people` counts an SRE the hiring list hires for the team (§12.4.1, §12.10.2): the
       * move then waits for that hire to join too, not only for the team's own hires.
       */
      readonly sreJoins: boolean;
    }
  /**
   * `ops-runs-it`: a service whose nights stay on operations' `rotation`, kept round the clock as
   * first line for the high tier `service` (`nightsWithFirstLine`, §12.6), until operations no
   * longer keep it for that service: once `team`, the team that service goes to, can staff a
   * rotation round the clock. Nothing about the service's own team.
   */
  | {
      readonly kind: 'first-line-kept';
      readonly rotation: string;
      readonly service: string;
      readonly team: string;
      /** Whether that service waits for the SRE the hiring list hires for `team` too. */
      readonly sreJoins: boolean;
    };

/**
 * What a group of services waits for, as the plan's summary says it of them together: each team
 * its own rotation (`team-staffed` without the team, which differs from service to service, and
 * with whether each also waits for its SRE to be hired), else the one condition they share.
 */
export type InterimWaitGroup =
  | Exclude<InterimWait, { readonly kind: 'team-staffed' }>
  | { readonly kind: 'team-staffed'; readonly sreJoins: boolean };

/** The condition a service shares with others that wait for the same thing (`InterimWaitGroup`). */
export function interimWaitGroup(until: InterimWait): InterimWaitGroup {
  return until.kind === 'team-staffed' ? { kind: 'team-staffed', sreJoins: until.sreJoins } : until;
}

/** One key per condition, for grouping services that wait for the same thing. */
export function interimWaitKey(until: InterimWaitGroup | null | undefined): string {
  if (until === null || until === undefined) return '';
  if (until.kind === 'first-line-kept') return `${until.kind}|${until.rotation}|${until.service}`;
  return until.kind === 'team-staffed' ? `${until.kind}|${until.sreJoins}` : until.kind;
}

/**
 * What a service's interim model waits for, in words: "its team's SRE joins" (§12.4.1), "its
 * team can staff a rotation round the clock" (§12.9.5), with "and its team's SRE joins" where
 * that rotation counts the SRE the hiring list hires (insurer-today's policy-admin-core waits for
 * a developer and for that SRE: naming only the first read as if the developer were enough), or "operations no longer keep
 * core-banking-oncall as first line for core-ledger, which waits for team lending to staff a
 * rotation round the clock" (§12.6); with `their` for several services. The section is
 * `interimSection`'s.
 */
export function interimUntil(until: InterimWaitGroup, their = false): string {
  const its = their ? 'their' : 'its';
  switch (until.kind) {
    case 'sre-joins':
      return `${its} team's SRE joins`;
    case 'team-staffed':
      return `${its} team can staff a rotation round the clock${until.sreJoins ? ` and ${its} team's SRE joins` : ''}`;
    case 'first-line-kept':
      return `operations no longer keep ${until.rotation} as first line for ${until.service}, which waits for team ${until.team} to staff a rotation round the clock${until.sreJoins ? ' and for its SRE to join' : ''}`;
  }
}

/** The section that sets the interim's condition (`interimUntil`). */
export function interimSection(until: InterimWaitGroup): string {
  const sections: Record<InterimWait['kind'], string> = {
    'sre-joins': '§12.4.1',
    'team-staffed': '§12.9.5',
    'first-line-kept': '§12.6',
  };
  return sections[until.kind];
}

/** The interim model each condition keeps (`Recommendation.interim`). */
export function interimModel(until: InterimWaitGroup): RunModel {
  return until.kind === 'sre-joins' ? 'you-run-it' : 'ops-runs-it';
}
