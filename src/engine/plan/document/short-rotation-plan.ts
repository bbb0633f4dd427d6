import type { RotationType, RunModel } from '../../../model/index.ts';
import { RUN_MODEL_LABELS } from '../../../model/index.ts';
import { type SameDomainPager, sameDomainPagerWords } from '../../oncall-cost/index.ts';
import {
  type RotationShortOfPeople,
  rotationsShortOfPeople,
  shortOfPeopleWords,
} from '../../oncall-cost/short-of-people.ts';

/** What the rule needs of a service of the plan: where it is on call and what runs it, now and then. */
interface PlannedService {
  readonly name: string;
  readonly owner: string;
  readonly runModel: RunModel;
  readonly rotations: readonly { readonly name: string }[];
  readonly recommendation: {
    readonly runModel: RunModel;
    readonly interim?: RunModel | null | undefined;
  };
}

/**
 * The SRE who would share a development team's on-call (§12.4.1), as the recommendations found
 * them (`sreSupportByOwner`): one already dedicated to it, a spare one the plan assigns, or one
 * still to hire; undefined when none.
 */
export type SreFor = (
  team: string,
) =>
  | { readonly sreTeam: string; readonly how: SreJoin['how']; readonly sre?: string | undefined }
  | undefined;

/** An SRE who joins a rotation under the plan, and for which of its services. */
export interface SreJoin {
  readonly team: string;
  readonly sreTeam: string | null;
  readonly services: readonly string[];
  readonly how: 'covered' | 'spare' | 'hire';
  /** The spare SRE assigned, as the plan shows them, when the recommendations name one. */
  readonly sre?: string | undefined;
}

/** What the rule needs of the §12.6 optimized design: the rotations it has, and what each keeps. */
interface Optimized {
  readonly rotations: readonly (Parameters<typeof rotationsShortOfPeople>[0][number] & {
    readonly keeps?: string | null | undefined;
    readonly services: readonly string[];
  })[];
}

/** What the plan does with a rotation of today, before anyone is hired into it. */
export interface ShortRotationPlan {
  /**
   * The rotations of the optimized design its services go to, when the design does not keep it
   * (`shortRotationsTheDesignReplaces`); null when the design keeps it.
   */
  readonly replacedBy: readonly string[] | null;
  /**
   * Of `replacedBy`, those the design itself finds short of people (`rotationsShortOfPeople`):
   * the shortage moves to them rather than going away.
   */
  readonly replacementsShort: readonly RotationShortOfPeople[];
  /**
   * Development teams whose services on it the plan moves to shared on-call with SRE (§12.4.1):
   * the SRE who supports the team joins it: one dedicated to it, a spare one, or one to hire.
   */
  readonly sreJoins: readonly SreJoin[];
  /** Its services the plan moves off it: to SRE alone or to operations (§12.2, §12.5). */
  readonly leaving: readonly { readonly service: string; readonly to: RunModel }[];
  /** Every service on it leaves: the run models the plan recommends dissolve it. */
  readonly dissolved: boolean;
}

/**
 * What the plan does with a rotation that is short of people today, so the risk about it says the
 * move first and asks nobody to hire into a rotation the plan dissolves (§12.6, §12.9.5): the
 * optimized design may replace it; a service moved to "you build it, you and SRE run it" brings
 * the SRE who supports its team onto it (§12.4, §12.4.1: the SRE team "runs a shared on-call
 * rotation … with the developers"); a service moved to SRE alone or to operations leaves it.
 * A thin layer is neither: it is in front of whoever runs a service (§12.6), so no SRE joins it
 * and no service leaves it when a run model changes (parcel-logistics' contractor NOC read "an
 * SRE … joins it, 7 of the 8 it needs" with the driver-app pager's figures, and "sortation-control
 * leaves it", though the NOC stays in front of both).
 */
export function shortRotationPlan(
  rotation: { readonly name: string; readonly type: RotationType },
  services: readonly PlannedService[],
  sreFor: SreFor,
  optimized: Optimized | undefined,
  replaced: boolean,
): ShortRotationPlan {
  const on = services.filter((s) => s.rotations.some((r) => r.name === rotation.name));
  const taking =
    replaced && optimized
      ? optimized.rotations.filter(
          (r) => r.keeps !== rotation.name && r.services.some((x) => on.some((s) => s.name === x)),
        )
      : null;
  const replacedBy = taking?.map((r) => r.name) ?? null;
  const joins = new Map<
    string,
    { sreTeam: string | null; services: string[]; how: SreJoin['how']; sre?: string | undefined }
  >();
  const leaving: { service: string; to: RunModel }[] = [];
  for (const s of rotation.type === 'thin-layer' ? [] : on) {
    const to = s.recommendation.runModel;
    if (to === s.runModel) continue;
    // This is its developers' rotation only when they run it today: a service operations run
    // goes to its developers' rotation, and one SRE or operations will run leaves it.
    const developers = s.runModel === 'you-run-it' || s.runModel === 'you-and-sre-run-it';
    if (to === 'you-and-sre-run-it' && developers) {
      const sre = sreFor(s.owner);
      const interim = s.recommendation.interim !== null && s.recommendation.interim !== undefined;
      const join = joins.get(s.owner);
      if (join) join.services.push(s.name);
      else
        joins.set(s.owner, {
          sreTeam: sre?.sreTeam ?? null,
          services: [s.name],
          how: interim ? 'hire' : (sre?.how ?? 'covered'),
          sre: interim ? undefined : sre?.sre,
        });
    } else if (!developers || to === 'sre-runs-it' || to === 'ops-runs-it') {
      leaving.push({ service: s.name, to });
    }
  }
  return {
    replacedBy,
    replacementsShort: taking ? rotationsShortOfPeople(taking) : [],
    sreJoins: [...joins].map(([team, j]) => ({ team, ...j })),
    leaving,
    dissolved: on.length > 0 && leaving.length === on.length,
  };
}

/**
 * The plan's move for a short rotation, said before any growth (`shortRotationPlan`), or null
 * when the plan leaves the rotation as it is: "Move to the optimized on-call design …, which
 * replaces it: …; hire nobody into it", "The plan moves tax-calculation to you build it, you and
 * SRE run it (the run-model decision): the SRE of sre who supports tax joins it (§12.4.1), 3 of
 * the 8 it needs", with `grow` (the rotation-size advice) for what is still missing.
 */
export function shortRotationMitigation(
  plan: ShortRotationPlan,
  sizes: { readonly current: number; readonly needed: number },
  grow: string,
  /**
   * Free SREs the surplus decision sends onto it (`planSurplusAllocation`), as the plan shows them,
   * beyond the SREs of `plan.sreJoins`: the risk names the people the decision names.
   */
  surplus: readonly string[] = [],
): string | null {
  const lower = `${grow.charAt(0).toLowerCase()}${grow.slice(1)}`;
  if (plan.replacedBy !== null) {
    const to =
      plan.replacedBy.length > 0 ? `: its services go to ${plan.replacedBy.join(', ')}` : '';
    // The people of a dissolved rotation often staff what takes it over (its thin layer): when
    // that is short too, the shortage moves rather than ends, and the risk says what it needs.
    if (plan.replacementsShort.length > 0) {
      // A rotation another company staffs is its contract's to fill, not a hire (§12.4.6).
      const own = plan.replacementsShort.filter((s) => s.provider === null);
      const hire =
        own.length === plan.replacementsShort.length
          ? `Hire for ${own.length === 1 ? 'that rotation' : 'those rotations'}, not into the one the plan dissolves`
          : own.length === 0
            ? 'Put people on them through the contract (§12.4.6), not into the one the plan dissolves'
            : `Hire for ${own.map((s) => s.rotation).join(', ')} (the contract staffs the others, §12.4.6), not into the one the plan dissolves`;
      return `Move to the optimized on-call design of §12.6, which replaces it${to} (the on-call decision). That moves the shortage rather than ending it: ${shortOfPeopleWords(plan.replacementsShort)}. ${hire}. Only if today’s rotations stay does it need ${sizes.needed} (§12.6, §12.9.5).`;
    }
    return `Move to the optimized on-call design of §12.6, which replaces it${to} (the on-call decision); hire nobody into a rotation the plan dissolves. Only if today’s rotations stay does it need ${sizes.needed} (§12.6, §12.9.5).`;
  }
  const moves = [
    ...plan.sreJoins.map(
      (j) => `${j.services.join(', ')} to ${RUN_MODEL_LABELS['you-and-sre-run-it']}`,
    ),
    ...plan.leaving.map((l) => `${l.service} to ${RUN_MODEL_LABELS[l.to]}`),
  ];
  const fromSurplus =
    surplus.length === 0
      ? []
      : [
          `${surplus.join(' and ')}, ${surplus.length === 1 ? 'an SRE' : 'SREs'} beyond the places of the §12.10.2 table whom the surplus decision sends,`,
        ];
  if (moves.length === 0 && fromSurplus.length === 0) return null;
  const said =
    moves.length > 0
      ? `The plan moves ${moves.join('; ')} (the run-model decision)`
      : 'The surplus decision sends free SREs to it';
  if (plan.dissolved)
    return `${said}: every service on it leaves it, so hire nobody into it (§12.2, §12.5).`;
  const joined = plan.sreJoins.length + surplus.length;
  const who = [
    ...plan.sreJoins.map((j) => {
      const of = j.sreTeam ?? 'the SRE team';
      if (j.how === 'hire') return `the SRE the plan hires for ${j.team}`;
      if (j.how === 'spare')
        return `${j.sre ? `${j.sre}, ` : ''}an SRE of ${of} free for another team, assigned to ${j.team},`;
      return `the SRE of ${of} who supports ${j.team}`;
    }),
    ...fromSurplus,
  ].join(' and ');
  const after = sizes.current + joined;
  const left =
    plan.leaving.length > 0
      ? `; ${plan.leaving.map((l) => l.service).join(', ')} ${plan.leaving.length === 1 ? 'leaves' : 'leave'} it`
      : '';
  const section = plan.sreJoins.length > 0 ? '§12.4.1' : '§12.6, §12.10.2';
  if (joined === 0) return `${said}${left}. For what it still covers: ${lower} (§12.6, §12.9.5).`;
  if (after >= sizes.needed)
    return `${said}: ${who} ${joined === 1 ? 'joins' : 'join'} it (${section}), ${after} of the ${sizes.needed} it needs${left}: nobody to hire (§12.6, §12.9.5).`;
  return `${said}: ${who} ${joined === 1 ? 'joins' : 'join'} it (${section}), ${after} of the ${sizes.needed} it needs${left}; for the ${sizes.needed - after} more it needs: ${lower} (§12.6, §12.9.5).`;
}

/**
 * The mitigation of a short team pager that a same-domain team pager with room could take
 * (`SameDomainPager`, §12.6): that offer, with the people and the standby pay (`standby`,
 * "1,909.95 GBP a month") against growing its own, in the words of the design's note and the
 * on-call decision (`sameDomainPagerWords`). When the design ends the rotation (`otherwise`
 * null: it merges it, `rotationsTheDesignEnds`) that is the plan's one answer, and nothing is
 * said of the rotation staying: streaming-media's R1 went on "Only if drm-oncall stays a rotation
 * of its own: … Ravi Patel … joins it, 4 of the 8 it needs" beside the decision that merges it
 * onto playback-oncall, where he already takes turns. Otherwise what keeping it would take follows.
 */
export function sameDomainPagerFirst(
  offer: SameDomainPager,
  standby: string,
  otherwise: string | null,
): string {
  const words = sameDomainPagerWords(offer, standby);
  const first = `${words.charAt(0).toUpperCase()}${words.slice(1)} (§12.6).`;
  return otherwise === null
    ? first
    : `${first} Only if ${offer.short.rotation} stays a rotation of its own: ${otherwise.charAt(0).toLowerCase()}${otherwise.slice(1)}`;
}
