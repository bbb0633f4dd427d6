import type { Amount } from './corpus.ts';

/**
 * The parts of each command's JSON output the corpus tests read. These are the documented
 * contracts (docs/*.md); only the fields used here are typed.
 */

export interface CheckJson {
  readonly checks: readonly {
    readonly code: string;
    readonly severity: 'error' | 'warning' | 'info';
    readonly subject: { readonly kind: string; readonly name: string };
    readonly message: string;
    readonly section: string;
  }[];
}

export interface PlanService {
  readonly name: string;
  readonly owner: string;
  readonly runModel: string;
  readonly availabilityTarget: number | null;
  readonly tier: 'high' | 'medium' | 'low';
  /** Where the tier comes from: the availability target, else demand, else the default (medium). */
  readonly tierBasis: 'target' | 'demand' | 'default';
  readonly sreTeam: string | null;
  readonly errorBudgetPolicy: string | null;
  readonly rotations: readonly { readonly name: string; readonly type: string }[];
  readonly recommendation: {
    readonly runModel: string;
    readonly rotation: string;
    readonly reasons: readonly string[];
    /** What runs it until the target can be staffed (null when nothing waits). */
    readonly interim?: string | null;
    /** What the interim waits for (null when nothing waits). */
    readonly until?: InterimWaitJson | null;
    /** The SRE team that shares or takes its on-call in the target (null when none is named). */
    readonly sreTeam?: string | null;
    /** What must be agreed before SRE takes a share of its on-call (null when nothing). */
    readonly agreeFirst?: 'error-budget-policy' | 'handback-rule' | null;
  };
}

/** What an interim model waits for, as the plan's JSON says it. */
export type InterimWaitJson =
  | { readonly kind: 'sre-joins' }
  | {
      readonly kind: 'team-staffed';
      readonly team: string;
      readonly people: number;
      readonly needed: number;
      /** Whether `people` counts the SRE the hiring list hires, whom the move waits for too. */
      readonly sreJoins: boolean;
    }
  | {
      readonly kind: 'first-line-kept';
      readonly rotation: string;
      readonly service: string;
      readonly team: string;
      readonly sreJoins: boolean;
    };

/**
 * The run model the §12.6 design staffs for a service: operations while they stay first line
 * until its team can staff a rotation round the clock (interim `ops-runs-it`), else the target.
 */
export function designedRunModel(s: PlanService): string {
  return s.recommendation.interim === 'ops-runs-it' ? 'ops-runs-it' : s.recommendation.runModel;
}

export interface PlanJson {
  readonly services: readonly PlanService[];
  readonly capacities: readonly {
    readonly team: string;
    readonly sres: readonly string[];
    readonly supported: readonly string[];
    readonly fallback: readonly string[];
    /** The SREs free for another team (`freeSres`). */
    readonly spareSres: readonly string[];
  }[];
  readonly runningAlone: readonly { readonly team: string; readonly sres: readonly string[] }[];
  readonly placements: readonly {
    readonly team: string;
    readonly organization: string;
    readonly organizationHeadCount: number;
    readonly headcountLimit: number | null;
    readonly charges: readonly { readonly consumer: string; readonly hoursPerMonth: number }[];
  }[];
  readonly reportingLines: readonly {
    readonly person: string;
    readonly group: string;
    readonly team: string | null;
  }[];
  readonly checks: CheckJson['checks'];
  readonly risks: readonly {
    readonly id: string;
    readonly title: string;
    readonly source: string;
    readonly about: string;
    readonly mitigation: string;
  }[];
  readonly promotions: StaffingJson['promotions'];
  /** Everyone on call, with their hours a week over all their rotations (§12.6). */
  readonly onCallLoad: readonly {
    readonly person: string;
    readonly hoursPerWeek: number;
    readonly share: number;
  }[];
  readonly staffing:
    | (Omit<StaffingJson, 'roles' | 'unleveled' | 'infrastructure' | 'promotions'> & {
        readonly headcount: { readonly roles: StaffingJson['roles'] };
      })
    | null;
  readonly onCallCost: {
    readonly ok: boolean;
    readonly cost?: Pick<
      OnCallCostJson,
      'current' | 'optimized' | 'teamRotationPerTeam' | 'saving' | 'savingVsCurrent' | 'vsCurrent'
    >;
  } | null;
  readonly cost: {
    readonly today: {
      readonly lines: readonly { readonly id: string; readonly perYear: Amount }[];
    };
    readonly target: {
      readonly lines: readonly {
        readonly id: string;
        readonly perYear: Amount;
        readonly basis: string;
      }[];
    };
    readonly notes: readonly string[];
  } | null;
  readonly chargeback: {
    readonly statements: readonly {
      readonly lines: readonly { readonly sreTeam: string; readonly hours: number }[];
    }[];
  } | null;
  /** The first page: what the reader is asked to decide. */
  readonly summary: {
    readonly decisions: readonly {
      readonly id: string;
      readonly question: string;
      readonly proposal: string;
      readonly tradeOff: string | null;
    }[];
  };
}

export interface StaffingRotation {
  readonly name: string;
  readonly type: string;
  readonly coverage: '24x7' | '8x5' | '8x7';
  readonly current: number;
  readonly needed: number;
  readonly shortfall: number;
  readonly setup: string;
  readonly sustainable: boolean;
  readonly sites: readonly {
    readonly site: string;
    readonly current: number;
    readonly needed?: number;
    /** In a relay, what the site's part of the day needs (its `needed` never below `current`). */
    readonly partNeeds?: number;
  }[];
  /** The product lines it serves: free SREs go first to a short rotation of their own. */
  readonly productLines: readonly string[];
  /** Another company that staffs it under contract: its shortfall is the contract's, not a hire. */
  readonly provider: {
    readonly organization: string;
    readonly displayName: string;
    readonly people: number;
    readonly paysOnCall: boolean;
  } | null;
}

export interface StaffingLevel {
  readonly needed: number;
  readonly current: number;
  readonly people: readonly string[];
  readonly units: readonly string[];
  /** Places nobody holds: what the hiring list hires. */
  readonly short: number;
  /** This level's places held by spare SREs of a higher level. */
  readonly heldAbove: readonly { readonly level: string; readonly count: number }[];
  /** SREs of this level in places of a lower level. */
  readonly holdingBelow: readonly { readonly level: string; readonly count: number }[];
  /**
   * Per site: `left` are SREs beyond the site's places whom a rotation needs there; `reserved`
   * those set aside for the next level's open places by promotion.
   */
  readonly byLocation: readonly {
    readonly location: string;
    readonly left: number;
    readonly reserved: number;
  }[];
}

export interface StaffingJson {
  readonly sreTeams: {
    readonly needed: number;
    readonly current: number;
    readonly gap: number;
    readonly developmentTeams: readonly string[];
  };
  readonly roles: {
    readonly junior: StaffingLevel;
    readonly senior: StaffingLevel;
    readonly principal: StaffingLevel;
  };
  readonly unleveled: readonly string[];
  readonly infrastructure: readonly string[];
  readonly hiring: readonly {
    readonly level: 'junior' | 'senior' | 'principal';
    readonly count: number;
    readonly location: string;
  }[];
  /** Junior places offered to SRE titles without practice (§12.9.4), when any are. */
  readonly practice: { readonly offered: number } | null;
  /** What the quarterly waves cost in the plan's first year; null with one wave. */
  readonly firstYearOfHires: Amount | null;
  readonly firstYearOfHiresOtherCurrencies: readonly Amount[];
  readonly promotions: readonly {
    readonly level: string;
    readonly from: string;
    readonly promoted: number;
    readonly advice: string;
  }[];
  readonly rotations: readonly StaffingRotation[];
  /** SREs beyond the §12.10.2 places, per level and site, with the free ones by name. */
  readonly surplus: {
    readonly byLocation: readonly {
      readonly level: string;
      readonly location: string;
      readonly spare: number;
      readonly free: readonly string[];
      /** The product lines of each of `free`, in its order. */
      readonly freeProductLines: readonly (readonly string[])[];
    }[];
    readonly levels: readonly { readonly level: string; readonly spare: number }[];
  };
  readonly overloaded: readonly {
    readonly person: string;
    readonly hoursPerWeek: number;
    readonly share: number;
  }[];
  readonly funding: readonly {
    readonly organization: string;
    readonly headcountLimit: number | null;
    readonly current: { readonly headcount: number; readonly annualCost: Amount };
    readonly planned: { readonly headcount: number; readonly annualCost: Amount };
    readonly openPositions: readonly {
      readonly name: string;
      readonly role: string | null;
      readonly annualCost: Amount | null;
    }[];
    readonly breaksHeadcount: boolean;
    readonly breaksBudget: boolean;
    readonly budget: BudgetVerdictJson | null;
    readonly budgetToday: BudgetVerdictJson | null;
    readonly salaries: {
      readonly fromBands: number;
      readonly fromDefaults: number;
      readonly defaulted: Amount;
      readonly defaultedFor: readonly string[];
    };
  }[];
}

/** The funding's budget verdict (`budgetVerdict`), one rule for check, staffing and plan. */
export type BudgetVerdictJson =
  | { readonly kind: 'fits' }
  | { readonly kind: 'over'; readonly overBy: Amount }
  | {
      readonly kind: 'over-at-default-salaries';
      readonly overBy: Amount;
      readonly defaulted: Amount;
      readonly defaults: number;
    };

export interface DesignRotation {
  readonly name: string;
  readonly type: string;
  readonly coverage: '24x7' | '8x5' | '8x7';
  readonly services: readonly string[];
  readonly members: number | null;
  readonly peopleNeeded: number;
  /** The rotation of today it keeps; null for a proposed one. */
  readonly keeps: string | null;
  /** Its standby by the business hours of the policy that pays most of its people. */
  readonly standbyHoursPerMonth: {
    readonly inside: number;
    readonly outside: number;
    readonly weekend: number;
  };
  readonly standbyCost: Amount;
}

export interface Design {
  readonly basis: string;
  readonly standbyHoursPerMonth: {
    readonly inside: number;
    readonly outside: number;
    readonly weekend: number;
  };
  readonly monthlyCost: Amount;
  /** Per currency its people are paid in, the default policy's first (`monthlyCost`'s). */
  readonly byCurrency: readonly { readonly currency: string; readonly monthlyCost: Amount }[];
  readonly peopleNeeded: number;
  readonly peopleOnCallAtOnce: number;
  readonly rotations: readonly DesignRotation[];
  readonly notes: readonly string[];
}

export interface PersonHours {
  readonly person: string;
  readonly businessHours: number;
  readonly offHours: number;
  readonly weekendHours: number;
  /** The policy whose business hours split them: the one that pays the person. */
  readonly policy: string | null;
  /** Another company's person: its contract pays their on-call, not `policy` (§12.4.6). */
  readonly paidByContract: boolean;
}

export interface OnCallCostJson {
  readonly policy: string;
  readonly current: Design;
  readonly optimized: Design;
  readonly teamRotationPerTeam: Design;
  readonly saving: Amount & { readonly percent: number };
  readonly savingVsCurrent: Amount & { readonly percent: number };
  readonly vsCurrent: Readonly<Record<string, unknown>>;
  readonly assumptions: readonly string[];
  readonly compensation: {
    readonly scheduleErrors: number;
    readonly people: readonly {
      readonly person: string;
      /** The policy that pays them, and its currency. */
      readonly policy: string;
      readonly currency: string;
      /** Another company's person: its contract pays their on-call, so their pay is nothing. */
      readonly paidByContract: boolean;
      readonly hours: Omit<PersonHours, 'person' | 'policy' | 'paidByContract'>;
      readonly pay: { readonly standby: Amount };
    }[];
    /** The default policy's currency. */
    readonly total: { readonly pay: { readonly standby: Amount } };
    /** Every currency, the default's first: never added up. */
    readonly byCurrency: readonly {
      readonly currency: string;
      readonly pay: { readonly standby: Amount };
    }[];
  };
}

export interface HoursJson {
  readonly from: string;
  readonly to: string;
  readonly hours: readonly PersonHours[];
}

export interface Shift {
  readonly rotation: string;
  readonly person: string;
  readonly start: string;
  readonly end: string;
}

export interface ScheduleJson {
  readonly shifts: readonly Shift[];
  readonly violations: readonly {
    readonly code: string;
    readonly severity: string;
    readonly rotation: string | null;
    readonly service: string | null;
    readonly start: string;
    readonly end: string;
    readonly message: string;
  }[];
}

export interface OnCallJson {
  readonly service: string;
  readonly runModel: string;
  readonly onCall: readonly {
    readonly rotation: string;
    readonly person: string;
    readonly until: string;
  }[];
}

export interface DescribeServiceJson {
  readonly name: string;
  readonly runModel: string;
  readonly tier: 'high' | 'medium' | 'low';
  readonly tierBasis: 'target' | 'demand' | 'default';
  readonly sreTeam?: string | null;
  readonly recommendation: { readonly runModel: string };
  readonly rotations: readonly { readonly name: string }[];
  readonly onCall: {
    readonly people: readonly { readonly rotation: string; readonly person: string }[];
  };
  readonly findings: readonly { readonly code: string }[];
}

export interface ChargebackLine {
  readonly sreTeam: string;
  readonly team: string;
  readonly hours: number;
  readonly hoursFrom: string;
  readonly amount: Amount;
}

export interface ChargebackJson {
  readonly statements: readonly {
    readonly total: Amount;
    readonly lines: readonly ChargebackLine[];
  }[];
  readonly internal: readonly {
    readonly sreTeam: string;
    readonly team: string;
    readonly hours: number;
  }[];
  readonly unpriced: readonly {
    readonly sreTeam: string;
    readonly team: string;
    readonly hours: number;
  }[];
  readonly notes: readonly string[];
}

export interface HandoverJson {
  readonly services: readonly {
    readonly name: string;
    readonly agreedRunModel: string;
    readonly currentRunModel: string;
    readonly timeline: readonly {
      readonly at: string;
      readonly from: string;
      readonly to: string;
      readonly event: string;
    }[];
    readonly postmortems: readonly {
      readonly incident: string;
      readonly share: number | null;
      readonly source: string;
      readonly required: boolean;
    }[];
    readonly notes: readonly string[];
  }[];
}

export interface KpisJson {
  readonly periods: readonly {
    readonly period: string;
    readonly incidents: number;
    readonly mttrMinutes: number | null;
    readonly downtimeMinutes: number;
    readonly customerVisibleIncidents: number;
  }[];
}

export interface ValueJson {
  readonly months: readonly { readonly month: string; readonly customerVisibleIncidents: number }[];
  readonly currencies: readonly {
    readonly currency: string;
    readonly months: readonly {
      readonly month: string;
      readonly downtimeMinutes: number;
      readonly lost: Amount;
    }[];
  }[];
}

/** `plan --sli`: each service's error budget now and who runs it (§12.5). */
export interface PlanErrorBudgetsJson {
  readonly errorBudgets:
    | { readonly given: false }
    | {
        readonly given: true;
        readonly services: readonly {
          readonly name: string;
          readonly target: number | null;
          readonly window: string;
          readonly status: string;
          readonly consumedShare: number | null;
          readonly agreedRunModel: string;
          readonly currentRunModel: string;
        }[];
      };
}

/** `diff`: the change plan, with each move to SRE checked against the evidence (§12.5). */
export interface DiffJson {
  readonly modelChanges: readonly {
    readonly service: string;
    readonly from: string;
    readonly to: string;
  }[];
  readonly moveEvidence: {
    readonly given: boolean;
    readonly asOf: string | null;
    readonly checks: readonly {
      readonly service: string;
      readonly from: string;
      readonly to: string;
      readonly verdict: 'handed-back' | 'not-eligible' | 'ready' | 'not-checked';
      readonly policy: string | null;
      readonly target: number | null;
      readonly window: string;
      readonly budgetNow: {
        readonly period: string;
        readonly status: string;
        readonly consumedShare: number | null;
      } | null;
      readonly runsToday: string | null;
      readonly periods: readonly {
        readonly period: string;
        readonly status: string;
        readonly consumedShare: number | null;
      }[];
      readonly takeover: {
        readonly eligible: boolean;
        readonly since: string | null;
        readonly reason: string;
      } | null;
      readonly reason: string;
      readonly advice: string | null;
    }[];
  };
  readonly rollout: readonly { readonly step: string; readonly notes: readonly string[] }[];
}
