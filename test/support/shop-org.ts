import { doc } from './yaml-model.ts';

/**
 * The organizations and team many tests put their services in, as YAML documents: the product
 * delivery organization `pd` with the development organization `dev` and its team `shop`.
 */
export function shopOrg(): string[] {
  return [
    doc('Organization', 'pd', 'type: product-delivery'),
    doc('Organization', 'dev', 'type: development\nparent: pd'),
    doc('Team', 'shop', 'type: development\norganization: dev'),
  ];
}

/**
 * `shopOrg` with an SRE organization `sre-org` beside `dev`, whose team `sre-core` supports
 * `shop`: the smallest model where SRE can run or share a service (§12.4).
 */
export function shopAndSreOrg(): string[] {
  return [
    doc('Organization', 'pd', 'type: product-delivery'),
    doc('Organization', 'dev', 'type: development\nparent: pd'),
    doc('Organization', 'sre-org', 'type: sre\nparent: pd'),
    doc('Team', 'shop', 'type: development\norganization: dev'),
    doc('Team', 'sre-core', 'type: sre\norganization: sre-org\nsupports: [shop]'),
  ];
}
