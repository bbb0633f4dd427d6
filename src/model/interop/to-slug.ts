import { SLUG_PATTERN } from '../kinds/common.ts';

/**
 * A name from another tool as a whorunsit name: lowercase, every run of characters other than
 * a-z and 0-9 as one `-`, at most 63 characters. `Breanna.Davison` becomes `breanna-davison`.
 * Returns undefined when nothing of the name is left (e.g. `___`).
 */
export function toSlug(name: string): string | undefined {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return SLUG_PATTERN.test(slug) ? slug : undefined;
}
