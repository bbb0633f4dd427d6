/** The page's only style: readable on screen, and printed as a document (A4, page numbers). */
export const PLAN_STYLE = `
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, sans-serif; max-width: 80rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2.5rem; border-bottom: 1px solid #ddd; }
h3 { font-size: 1.05rem; margin-top: 1.5rem; }
table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; }
th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } code { font-size: 0.85em; background: #f3f3f3; padding: 0 0.2em; }
em, .why, .note { color: #555; }
.lead { font-size: 1.05rem; }
dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; font-size: 0.9rem; }
dl.provenance dt { font-weight: 600; } dl.provenance dd { margin: 0; }
dl.glossary dt { font-weight: 600; margin-top: 0.5rem; } dl.glossary dd { margin-left: 1.5rem; }
.ref { color: #555; font-size: 0.85em; }
nav#contents ol { columns: 2; font-size: 0.95rem; }
figure.chart { margin: 1rem 0; break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.85rem; color: #444; max-width: 60rem; }
h1#appendix { margin-top: 3rem; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  nav#contents { break-after: page; }
  h1#appendix { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, figure, dl.provenance { break-inside: avoid; }
  table { font-size: 8.5pt; }
}
`;
