import type { Problem } from '../../model/index.ts';

/** A model to read, sent to the parse worker. */
export interface ParseRequest {
  readonly id: number;
  readonly sources: readonly { readonly name: string; readonly text: string }[];
}

/**
 * What the parse worker sends back: that it took the request (its time limit starts then, not
 * while the thread is still starting), which file it reads, then the result.
 */
export type ParseReply =
  | { readonly id: number; readonly kind: 'started' }
  | { readonly id: number; readonly kind: 'reading'; readonly index: number }
  | { readonly id: number; readonly kind: 'done'; readonly ok: false; readonly problems: Problem[] }
  | {
      readonly id: number;
      readonly kind: 'done';
      readonly ok: true;
      /** The model's entity maps, by collection (`people`, `teams`, …). */
      readonly model: Record<string, ReadonlyMap<string, unknown>>;
    };
