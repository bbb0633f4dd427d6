import { plural } from '../../../engine/change/plural.ts';
import { text } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';

/** The title, the document's date, revision and sources, and the numbers at a glance. */
export const headerSection: PlanSection = {
  id: 'header',
  render: (doc) => {
    const { meta } = doc;
    const f = meta.findings;
    const c = meta.counts;
    const provenance = [
      meta.generatedOn ? `Date: ${meta.generatedOn}` : '',
      meta.revision ? `model revision ${text(meta.revision)}` : '',
      meta.sources.length > 0 ? `from ${meta.sources.map(text).join(', ')}` : '',
    ].filter((s) => s !== '');
    return [
      `# ${text(meta.title)}`,
      '_What to do about who runs the services and where SRE sits, what it costs, and what could go wrong — from the chapter on SRE organizational structure (§12), filled in for this organization. The summary comes first; every figure in it links to the section that explains it; the detail is in the appendix._',
      [
        provenance.length > 0 ? `${provenance.join(' · ')}.` : '',
        `${plural(c.services, 'service')}, ${plural(c.teams, 'team')}, ${plural(c.people, 'person')}, ${plural(c.rotations, 'rotation')}. Checks: ${f.error} error(s), ${f.warning} warning(s), ${f.info} info(s). Availability tiers: high ≥ ${doc.thresholds.high}%, medium ≥ ${doc.thresholds.medium}%, low below.`,
      ]
        .filter((s) => s !== '')
        .join(' '),
    ].join('\n\n');
  },
};
