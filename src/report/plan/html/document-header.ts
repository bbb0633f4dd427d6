import { plural } from '../../../engine/change/plural.ts';
import type { PlanDocument } from '../../../engine/plan/document/plan-document-schema.ts';
import { html } from './html.ts';

/** The title and where the document comes from: date, model revision, source files. */
export function DocumentHeader({
  meta,
  thresholds,
}: {
  readonly meta: PlanDocument['meta'];
  readonly thresholds: PlanDocument['thresholds'];
}) {
  const c = meta.counts;
  const f = meta.findings;
  return html`<header>
    <h1>${meta.title}</h1>
    <p class="lead">
      What to do about who runs the services and where SRE sits, what it costs, and what could go
      wrong — from the chapter on SRE organizational structure (§12), filled in for this
      organization. The summary comes first; every figure in it links to the section that
      explains it; the detail is in the appendix.
    </p>
    <dl class="provenance">
      <dt>Date</dt>
      <dd>${meta.generatedOn ?? 'not stated'}</dd>
      <dt>Model revision</dt>
      <dd><code>${meta.revision ?? 'not stated'}</code></dd>
      <dt>Source files</dt>
      <dd>
        ${
          meta.sources.length === 0
            ? 'not stated'
            : meta.sources.map((s, i) => html`${i > 0 ? ', ' : ''}<code>${s}</code>`)
        }
      </dd>
      <dt>The model</dt>
      <dd>
        ${plural(c.services, 'service')}, ${plural(c.teams, 'team')}, ${plural(c.people, 'person')},
        ${plural(c.rotations, 'rotation')};
        checks: ${f.error} error(s), ${f.warning} warning(s), ${f.info} info(s); availability
        tiers: high ≥ ${thresholds.high}%, medium ≥ ${thresholds.medium}%, low below.
      </dd>
    </dl>
  </header>`;
}
