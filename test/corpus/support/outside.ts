import { type Doc, ofKind } from './corpus.ts';

/** The organizations outside the product delivery organization's tree, as the file format says. */
export function outsideOrganizations(docs: readonly Doc[]): Doc[] {
  const orgs = ofKind(docs, 'Organization');
  const delivery = orgs.find((o) => o.spec.type === 'product-delivery');
  if (delivery === undefined) return [];
  const ours = new Set([delivery.metadata.name]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const o of orgs)
      if (ours.has(o.spec.parent as string) && !ours.has(o.metadata.name)) {
        ours.add(o.metadata.name);
        grew = true;
      }
  }
  return orgs.filter((o) => !ours.has(o.metadata.name));
}
