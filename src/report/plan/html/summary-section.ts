import type { PlanDocument } from '../../../engine/plan/document/plan-document-schema.ts';
import { changeOfSaving, signedMoney } from '../doc-figures.ts';
import { servicesOfTier } from '../services-of-tier.ts';
import { ChartFigure, type RenderedChart } from './chart-figure.ts';
import { FigureLink } from './figure-link.ts';
import { html } from './html.ts';
import { Section } from './section.ts';

const OPEN_QUESTIONS_SHOWN = 5;

function mix(counts: Partial<Record<string, number>>) {
  return Object.entries(counts).map(
    ([m, n], i) => html`${i > 0 ? ', ' : ''}${n} <code>${m}</code>`,
  );
}

/**
 * The first page: what we do, what it costs, what could go wrong, the decisions asked and the
 * open questions. Only the summary's own figures, each linked to its section.
 */
export function SummarySection({
  doc,
  charts,
}: {
  readonly doc: Pick<PlanDocument, 'summary' | 'risks' | 'businessCase' | 'cost'>;
  readonly charts: readonly RenderedChart[];
}) {
  const s = doc.summary;
  const fig = (id: string) => s.figures.find((f) => f.id === id);
  const risks = s.topRisks.flatMap((id) => doc.risks.filter((r) => r.id === id));
  const change = fig('cost-change');
  const oncallSaving = fig('oncall-saving');
  const unpaid = fig('oncall-unpaid');
  const peopleToday = fig('people-today')?.value;
  const peopleTarget = fig('people-target')?.value;
  const peopleChange =
    typeof peopleToday === 'number' && typeof peopleTarget === 'number'
      ? peopleTarget - peopleToday
      : undefined;
  const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);
  return html`<${Section}
    id="summary"
    title="Summary"
    why="What we do, what it costs, what could go wrong: the recommendation, its cost today and in the target, the top risks, and what you are asked to decide."
    charts=${[]}
  >
    <h3>What we do</h3>
    <table>
      <thead><tr><th>Tier</th><th>Services</th><th>Run today</th><th>Target</th></tr></thead>
      <tbody>
        ${s.mixByTier.map(
          (t) =>
            html`<tr>
              <td>${t.tier}</td>
              <td>${servicesOfTier(t)}</td>
              <td>${mix(t.today)}</td>
              <td>${same(t.today, t.target) ? 'unchanged' : html`<strong>${mix(t.target)}</strong>`}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${charts.map((c) => html`<${ChartFigure} rendered=${c} />`)}
    <p>
      ${
        s.changes === 0
          ? 'Every service keeps its run model'
          : html`<strong>${s.changes} service${s.changes === 1 ? '' : 's'} change${s.changes === 1 ? 's' : ''} run model</strong>`
      }
      ${' '}(<a href="#services">per service</a>). <strong>Where SRE sits: ${s.placement.label}</strong> — ${s.placement.why}${' '}
      (<a href="#placement-options">the options side by side</a>)
    </p>
    ${s.meanwhile.map((m) => {
      const n = m.services.length;
      const their = n === 1 ? 'its' : 'their';
      return html`<p>
        ${n} service${n === 1 ? '' : 's'} move${n === 1 ? 's' : ''} to <code>${m.target}</code> once ${their} team's SRE joins; until then${' '}
        ${m.interim === 'you-run-it' ? html`${their} developers run ${n === 1 ? 'it' : 'them'} (<code>${m.interim}</code>, §12.4.1)` : html`<code>${m.interim}</code> (§12.4.1)`}:${' '}
        ${m.services.map((name, i) => html`${i > 0 ? ', ' : ''}<code>${name}</code>`)}.
      </p>`;
    })}
    <h3>What it costs</h3>
    <table>
      <thead><tr><th></th><th>Today</th><th>Target</th><th>Change</th></tr></thead>
      <tbody>
        <tr>
          <td>People in the operating model</td>
          <td><${FigureLink} figure=${fig('people-today')} /></td>
          <td><${FigureLink} figure=${fig('people-target')} /></td>
          <td>${peopleChange === undefined ? '–' : peopleChange > 0 ? `+${peopleChange}` : String(peopleChange)}</td>
        </tr>
        <tr>
          <td>Cost per year (salaries, SRE infrastructure, on-call)</td>
          <td><${FigureLink} figure=${fig('cost-today')} /></td>
          <td><${FigureLink} figure=${fig('cost-target')} /></td>
          <td>
            ${
              change && typeof change.value === 'object'
                ? html`<a href=${`#${change.anchor}`} data-source=${change.source}>${signedMoney(change.value)}</a>`
                : '–'
            }
          </td>
        </tr>
        ${
          fig('oncall-today')
            ? html`<tr>
              <td>On-call compensation per month</td>
              <td><${FigureLink} figure=${fig('oncall-today')} /></td>
              <td><${FigureLink} figure=${fig('oncall-target')} /></td>
              <td>
                ${
                  oncallSaving && typeof oncallSaving.value === 'object'
                    ? html`<a href=${`#${oncallSaving.anchor}`} data-source=${oncallSaving.source}>${signedMoney(changeOfSaving(oncallSaving.value))}</a>`
                    : '–'
                }
              </td>
            </tr>`
            : ''
        }
      </tbody>
    </table>
    ${
      unpaid
        ? html`<p>On-call compensation: <a href=${`#${unpaid.anchor}`} data-source=${unpaid.source}>${String(unpaid.value)}</a>.</p>`
        : ''
    }
    ${
      s.headcount.length === 0
        ? ''
        : html`<p>
          Head count against limits after hiring:${' '}
          ${s.headcount.map(
            (h, i) =>
              html`${i > 0 ? '; ' : ''}<code>${h.organization}</code> ${h.planned}${
                h.limit === null
                  ? ' (no limit)'
                  : html` of ${h.limit}${h.breaks ? html` <strong>— over the limit</strong>` : ''}`
              }`,
          )}${' '}
          (<a href="#funding">funding</a>).
        </p>`
    }
    <p>
      ${
        fig('break-even') && doc.businessCase.sreInTarget
          ? html`Business case: SRE costs <${FigureLink} figure=${fig('sre-cost')} /> a year in the target; it pays for itself if it prevents <${FigureLink} figure=${fig('break-even')} /> hours of downtime a year of the services it protects (<a href="#business-case">business case</a>).`
          : html`Business case: ${doc.businessCase.verdict} (<a href="#business-case">business case</a>)`
      }
    </p>
    ${
      fig('revenue-protected')
        ? html`<p>
          Measured: SRE protected <${FigureLink} figure=${fig('revenue-protected')} /> a year,${' '}
          <${FigureLink} figure=${fig('revenue-protected-share')} />% of its cost
          (${doc.businessCase.revenueProtected?.from}..${doc.businessCase.revenueProtected?.to},${' '}
          <a href="#business-case">business case</a>).
        </p>`
        : ''
    }
    <p class="note">
      ${
        doc.cost.salaryBasis === 'assumed-annual-cost'
          ? 'Salaries are assumed yearly costs per level and role: the model states no salaries.'
          : 'Salaries from the salary bands of the model.'
      }
    </p>
    <h3>What could go wrong</h3>
    ${
      risks.length === 0
        ? html`<p>No risk found in the model or the plan.</p>`
        : html`<ul>
          ${risks.map(
            (r) =>
              html`<li>
                <strong>${r.likelihood} likelihood, ${r.impact} impact:</strong> ${r.title} — ${r.mitigation} Owner: ${r.owner ?? html`<strong>not named</strong>`}. (<a href="#risks">${r.id}</a>)
              </li>`,
          )}
        </ul>`
    }
    ${
      doc.risks.length > risks.length
        ? html`<p>${doc.risks.length - risks.length} more in the <a href="#risks">risk register</a>.</p>`
        : ''
    }
    <h3>Decisions asked of you</h3>
    ${
      s.decisions.length === 0
        ? html`<p>None: the model already is the plan.</p>`
        : html`<ol>
          ${s.decisions.map(
            (d) =>
              html`<li>
                <strong>${d.question}</strong> ${d.proposal}${d.tradeOff ? html` <em>${d.tradeOff}</em>` : ''} (<a href=${`#${d.anchor}`}>${d.section}</a>)
              </li>`,
          )}
        </ol>`
    }
    <h3>Open questions</h3>
    ${
      s.openQuestions.length === 0
        ? html`<p>None.</p>`
        : html`<ul>
          ${s.openQuestions
            .slice(0, OPEN_QUESTIONS_SHOWN)
            .map((q) => html`<li>${q.question} <em>(${q.category}: ${q.why})</em></li>`)}
        </ul>`
    }
    ${
      s.openQuestions.length > OPEN_QUESTIONS_SHOWN
        ? html`<p>
          ${s.openQuestions.length - OPEN_QUESTIONS_SHOWN} more in the <a href="#open-questions">appendix</a>.
        </p>`
        : ''
    }
  <//>`;
}
