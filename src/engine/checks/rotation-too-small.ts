import {
  type CompiledModel,
  personDisplayName,
  rotationMembersExcused,
  turnExcuse,
} from '../../model/index.ts';
import { selectPolicy } from '../compensation/select-policy.ts';
import { businessHoursOf } from '../coverage-hours/index.ts';
import { followTheSunOption } from '../sites/index.ts';
import { contractStaffingSentence } from '../staffing/contract-staffing.ts';
import { type RotationSizing, rotationSizing } from '../staffing/rotation-sizing.ts';
import { type Check, finding, listNames } from './check.ts';

/** §12.9.5: the fewest people a 24x7 rotation at one site needs to avoid burnout. */
export const MIN_MEMBERS_SINGLE_SITE = 8;

/**
 * §12.9.5: a rotation with too few people is the road to burnout. It reports exactly the
 * rotations `staffing` sizes as not sustainable (`rotationSizing`: each rotation by the business
 * hours of the policy that pays most of its people, `rotationBusinessHours`, else the default's),
 * with the same sites and needs, so the two never disagree.
 */
export const rotationTooSmall: Check = {
  code: 'rotation-too-small',
  severity: 'warning',
  section: '§12.9.5',
  summary:
    'a rotation with fewer people than its coverage needs (24x7: 8 taking whole turns, or 6 at each of two sites that follow the sun; 8x5 and 8x7 by their hours): the road to burnout',
  run: ({ model }) => {
    const selected = selectPolicy(model);
    const sized = rotationSizing(
      model,
      businessHoursOf(selected.ok ? selected.policy?.spec : undefined),
    );
    return sized
      .filter((r) => !r.sustainable)
      .map((r) =>
        finding(rotationTooSmall, { kind: 'Rotation', name: r.name }, messageOf(model, r)),
      );
  },
};

function messageOf(model: CompiledModel, r: RotationSizing): string {
  // Another company's people, under its contract (`rotationProvider`): say what to ask the
  // provider, never a hire (§12.4.6).
  const provider = r.provider;
  const ask =
    provider === null
      ? ''
      : ` ${contractStaffingSentence({ rotation: r.name, provider: provider.displayName, current: r.current, needed: r.needed })}`;
  return `${sizeOf(model, r, provider === null)}${ask}`;
}

/** The rotation's size against its need; `options`: how the company could grow it itself. */
function sizeOf(model: CompiledModel, r: RotationSizing, options: boolean): string {
  const where = r.sites.map((s) => `${s.current} in ${s.site}`).join(', ');
  const rotation = model.rotations.get(r.name);
  const excused = rotation === undefined ? [] : rotationMembersExcused(model, rotation);
  // The count is of those who take its turns: say whom it leaves out, and why (§12.10.1).
  const because = (excuse: string, one: string, many: string): string | undefined => {
    const people = excused.filter((p) => rotation && turnExcuse(model, rotation, p) === excuse);
    if (people.length === 0) return undefined;
    return `${listNames(people.map((p) => personDisplayName(model, p)))}, who ${people.length === 1 ? one : many}`;
  };
  const notCounted = [
    because(
      'no-out-of-hours',
      'takes no on-call outside business hours',
      'take no on-call outside business hours',
    ),
    because('not-on-call', 'is not on call', 'are not on call'),
    because('open-position', 'is an open position, nobody yet', 'are open positions, nobody yet'),
  ].filter((x) => x !== undefined);
  const members = `${r.current} member${r.current === 1 ? '' : 's'}${
    notCounted.length === 0 ? '' : ` taking turns (not ${notCounted.join('; not ')})`
  }`;
  if (r.followTheSun !== null) {
    const short = r.sites
      .filter((s) => s.needed > s.current)
      .map(
        (s) => `${s.site} covers ${s.hoursPerDay} h a day with ${s.current} and needs ${s.needed}`,
      )
      .join('; ');
    return `24x7 rotation ${r.name} follows the sun over ${r.sites.length} sites with ${members} (${where}): ${short}, or on-call comes round too often (${r.shortfall} more in all).`;
  }
  if (r.coverage === '24x7') {
    // Follow-the-sun is offered as the risks offer it (§12.9.5): with sites whose days cover the
    // clock, named, never as "6 at each of two sites" to a pool whose sites are too close.
    const option = rotation === undefined ? undefined : followTheSunOption(model, rotation);
    const whole = `${MIN_MEMBERS_SINGLE_SITE} taking whole turns${option === undefined ? '' : `, ${option}`}`;
    return `24x7 rotation ${r.name} has ${members} (${where}) taking whole turns round the clock: it needs ${r.needed}, or on-call comes round too often${options ? ` (${whole})` : ''}.`;
  }
  return `${r.coverage} rotation ${r.name} has ${members}: it needs ${r.needed} so that nobody is on call more than a quarter of their time with a primary and a secondary.`;
}
