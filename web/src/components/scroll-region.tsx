import type { ComponentChildren } from 'preact';

/**
 * A wide table's frame: it scrolls sideways on a narrow screen, and takes keyboard focus so the
 * scroll can be reached without a mouse; it is named by the heading it sits under.
 */
export function ScrollRegion(props: { labelledBy: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section class="table-scroll" aria-labelledby={props.labelledBy} tabIndex={0}>
      {props.children}
    </section>
  );
}
