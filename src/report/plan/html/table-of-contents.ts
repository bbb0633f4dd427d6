import { html } from './html.ts';

export interface TocEntry {
  readonly id: string;
  readonly title: string;
  /** Appendix entries are listed under their own heading. */
  readonly appendix: boolean;
}

/** The sections of the document, linked by their anchors; the appendix apart. */
export function TableOfContents({ entries }: { readonly entries: readonly TocEntry[] }) {
  const list = (of: readonly TocEntry[]) =>
    html`<ol>
      ${of.map((e) => html`<li><a href=${`#${e.id}`}>${e.title}</a></li>`)}
    </ol>`;
  const body = entries.filter((e) => !e.appendix);
  const appendix = entries.filter((e) => e.appendix);
  return html`<nav id="contents" aria-labelledby="contents-title">
    <h2 id="contents-title">Contents</h2>
    ${list(body)}
    ${appendix.length > 0 ? html`<p><a href="#appendix">Appendix</a></p>${list(appendix)}` : ''}
  </nav>`;
}
