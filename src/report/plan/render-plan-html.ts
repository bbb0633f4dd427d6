import type { PlanDocument } from '../../engine/plan/document/plan-document-schema.ts';
import { escapeHtml, markdownToHtml } from './markdown-to-html.ts';
import { PLAN_SECTIONS } from './plan-sections.ts';

const STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; max-width: 80rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2.5rem; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; }
th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } code { font-size: 0.85em; background: #f3f3f3; padding: 0 0.2em; }
em { color: #555; }
@media print { body { margin: 0; max-width: none; } }
`;

/** The plan as a standalone HTML page: no scripts, no external resources, everything escaped. */
export function renderPlanHtml(doc: PlanDocument): string {
  const body = PLAN_SECTIONS.flatMap((s) => {
    const part = s.render(doc);
    if (part === undefined || part.trim() === '') return [];
    const html = markdownToHtml(part, { headingIds: false });
    return s.id === 'header' ? [html] : [`<section id="${s.id}">\n${html}\n</section>`];
  }).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.meta.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
