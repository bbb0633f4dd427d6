import type { PlanDocument } from '../../../engine/plan/document/plan-document-schema.ts';
import { html } from './html.ts';
import { Section } from './section.ts';

/** The models and terms of the chapter, as a definition list. */
export function GlossarySection({ glossary }: { readonly glossary: PlanDocument['glossary'] }) {
  return html`<${Section}
    id="glossary"
    title="Glossary"
    why="The models and terms of the chapter, as this document uses them."
    charts=${[]}
  >
    <dl class="glossary">
      ${glossary.map(
        (g) => html`<dt>${g.term}</dt><dd>${g.meaning} <span class="ref">${g.section}</span></dd>`,
      )}
    </dl>
  <//>`;
}
