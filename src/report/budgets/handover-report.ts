import { isoOf } from '../../engine/budgets/epoch.ts';
import type { HandoverReport, ServiceHandover } from '../../engine/handover/service-handover.ts';
import { code, list, table, text } from '../plan/markdown.ts';
import { percent, when } from './figures.ts';

/** `whorunsit handover --json` (contract: services[].name/agreedRunModel/currentRunModel/timeline). */
export function handoverJson(report: HandoverReport) {
  return {
    asOf: isoOf(report.asOf),
    services: report.services.map((s) => ({
      name: s.name,
      agreedRunModel: s.agreedRunModel,
      currentRunModel: s.currentRunModel,
      sreTeam: s.sreTeam,
      policy: s.policy,
      window: s.window,
      timeline: s.timeline.map((e) => ({
        at: isoOf(e.at),
        from: e.from,
        to: e.to,
        reason: e.reason,
        event: e.event,
      })),
      periods: s.periods.map((p) => ({
        period: p.budget.period.label,
        start: isoOf(p.budget.period.start),
        end: isoOf(p.budget.period.end),
        complete: p.budget.period.complete,
        status: p.budget.status,
        consumedShare: p.budget.consumedShare,
        runModel: p.runModel,
      })),
      freezes: s.freezes.map((f) => ({ ...f, from: isoOf(f.from), until: isoOf(f.until) })),
      postmortems: s.postmortems.map((p) => ({ ...p, startedAt: isoOf(p.startedAt) })),
      takeover: s.takeover && {
        ...s.takeover,
        since: s.takeover.since === null ? null : isoOf(s.takeover.since),
      },
      notes: s.notes,
    })),
    unknownServices: report.unknownServices,
  };
}

const STATUS = { within: 'within', depleted: 'depleted', 'no-data': 'no data' } as const;

function serviceSection(s: ServiceHandover): string {
  const parts: string[] = [`## ${code(s.name)}`];
  const moved = s.currentRunModel !== s.agreedRunModel;
  parts.push(
    `Agreed ${code(s.agreedRunModel)} · now ${moved ? '**' : ''}${code(s.currentRunModel)}${moved ? '**' : ''}${s.policy ? ` · policy ${code(s.policy)} (${code(s.window)})` : ''}${s.sreTeam ? ` · SRE team ${code(s.sreTeam)}` : ''}`,
  );
  if (s.periods.length > 0) {
    const line = s.periods
      .map(
        (p) =>
          `${text(p.budget.period.label)}: ${STATUS[p.budget.status]}${p.budget.consumedShare === null ? '' : ` ${percent(p.budget.consumedShare)}`}${p.budget.period.complete ? '' : ' (so far)'}`,
      )
      .join(' · ');
    parts.push(`Budget by period: ${line}`);
  }
  if (s.timeline.length > 0) {
    parts.push(
      table(
        ['at', 'from', 'to', 'why'],
        s.timeline.map((e) => [when(e.at), code(e.from), code(e.to), text(e.reason)]),
      ),
    );
  }
  if (s.takeover) {
    parts.push(
      `Takeover by SRE: ${s.takeover.eligible ? `**eligible** since ${when(s.takeover.since)}` : 'not eligible'}: ${text(s.takeover.reason)}`,
    );
  }
  const frozen = s.freezes.map(
    (f) => `Freeze ${when(f.from)} – ${when(f.until)}: ${text(f.reason)}`,
  );
  const postmortems = s.postmortems
    .filter((p) => p.required || p.share === null)
    .map(
      (p) =>
        `${p.required ? '**Postmortem required**' : 'Postmortem undecided'} for ${code(p.incident)} (${when(p.startedAt)}): ${text(p.reason)}`,
    );
  const items = [...frozen, ...postmortems, ...s.notes.map(text)];
  if (items.length > 0) parts.push(list(items));
  return parts.join('\n\n');
}

/** `whorunsit handover`: who ran each service when, and why (§12.5). */
export function handoverMarkdown(report: HandoverReport): string {
  const out: string[] = [`# Who runs it, as of ${when(report.asOf)}`];
  const moved = report.services.filter((s) => s.currentRunModel !== s.agreedRunModel);
  const eligible = report.services.filter((s) => s.takeover?.eligible);
  out.push(
    list([
      `${report.services.length} services; ${moved.length} not run as agreed now${moved.length > 0 ? `: ${moved.map((s) => code(s.name)).join(', ')}` : ''}`,
      `${eligible.length} eligible for takeover by SRE${eligible.length > 0 ? `: ${eligible.map((s) => code(s.name)).join(', ')}` : ''}`,
      `${report.services.reduce((n, s) => n + s.postmortems.filter((p) => p.required).length, 0)} incidents need a postmortem; ${report.services.reduce((n, s) => n + s.freezes.length, 0)} change freezes`,
    ]),
  );
  const ruled = report.services.filter((s) => s.policy !== null && s.periods.length > 0);
  for (const s of ruled) out.push(serviceSection(s));
  const others = report.services.filter((s) => !ruled.includes(s));
  if (others.length > 0) {
    out.push(
      `## Without handover rules\n\n${list(others.map((s) => `${code(s.name)} (${code(s.agreedRunModel)}): ${s.notes.map(text).join('; ')}`))}`,
    );
  }
  if (report.unknownServices.length > 0) {
    out.push(`## Data for services not in the model\n\n${list(report.unknownServices.map(code))}`);
  }
  return `${out.join('\n\n')}\n`;
}
