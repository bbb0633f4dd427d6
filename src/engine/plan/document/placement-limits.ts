/** What the rule needs of an option of where SRE sits: its organization and head count after hiring. */
interface LimitedOption {
  readonly home: string;
  readonly label: string;
  readonly recommended: boolean;
  readonly organization: string | null;
  readonly director: string;
  readonly headcount: {
    readonly organizationAfter: number | null;
    readonly limit: number | null;
    readonly fits: boolean | null;
  };
}

/**
 * Which head count limit each home breaks, said beside the recommendation when the recommended
 * home breaks its own (§12.4.6): public-agency's plan put SRE in digital (34 of 32) and said so
 * only in the funding, so a reader could not tell that the operations organization would have
 * broken its limit as well (26 of 24). A limit is a financial control the plan can ask to raise
 * or meet by giving up hires (§12.4.6); where SRE sits is hard to correct (§12.8.2). When no
 * other home keeps within a limit, the limit does not decide it; when one does, that is said as
 * the alternative. Null when the recommended home fits.
 */
export function placementLimits(options: readonly LimitedOption[]): string | null {
  const best = options.find((o) => o.recommended);
  if (best?.headcount.fits !== false) return null;
  const lower = (label: string) => label.replace(/^A /, 'a ');
  const others = options
    .filter((o) => !o.recommended)
    .map((o) => {
      const { organizationAfter: after, limit, fits } = o.headcount;
      if (o.organization === null && o.home !== 'sre')
        return `${lower(o.label)}: the organization has none`;
      if (o.organization === null)
        return `${lower(o.label)} would have no head count limit until one is set for it${o.director === 'to-hire' ? ', and needs a new director' : ''}`;
      if (limit === null || after === null)
        return `${lower(o.label)}: ${o.organization} has no head count limit`;
      return fits
        ? `${lower(o.label)} would keep ${o.organization} within its limit (${after} of ${limit})`
        : `${lower(o.label)} would take ${o.organization} to ${after} of ${limit}`;
    });
  const fitting = options.filter((o) => !o.recommended && o.headcount.fits === true);
  const it = `Here the hiring takes ${best.organization} to ${best.headcount.organizationAfter} people against its head count limit of ${best.headcount.limit}${others.length > 0 ? `; ${others.join('; ')}` : ''}.`;
  const weigh =
    fitting.length === 0
      ? 'No home with a limit stays within it: raise the limit or give up hires (§12.4.6); the limit does not decide where SRE sits, which is hard to correct (§12.8.2).'
      : `Raise the limit or give up hires (§12.4.6), or weigh ${fitting.map((o) => lower(o.label)).join(' or ')}, which fits: where SRE sits is hard to correct (§12.8.2).`;
  return `${it} ${weigh}`;
}
