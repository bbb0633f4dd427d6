import type { RevisionSource } from '../../src/store/index.ts';
import { doc } from './yaml-model.ts';

/**
 * A small organization for server tests: a checkout team running its own service with a thin
 * layer in front (runbooks), a payments service run by SRE alone under an error budget policy,
 * and a search service nobody's thin layer covers.
 */
export function serverModelSources(): RevisionSource[] {
  const people = [
    ['ana', 'checkout'],
    ['ben', 'checkout'],
    ['sam', 'sre-core'],
    ['sue', 'sre-core'],
    ['pat', 'payments'],
    ['tom', 'noc'],
    ['tia', 'noc'],
  ]
    .map(([name, team]) => doc('Person', name as string, `team: ${team}\ntimezone: Europe/Berlin`))
    .join('---\n');
  const organizations = [
    doc('Organization', 'acme', 'type: product-delivery'),
    doc('Organization', 'dev', 'type: development\nparent: acme'),
    doc('Organization', 'sre-org', 'type: sre\nparent: acme'),
  ].join('---\n');
  const teams = [
    doc('Team', 'checkout', 'type: development\norganization: dev'),
    doc('Team', 'payments', 'type: development\norganization: dev'),
    doc('Team', 'sre-core', 'type: sre\norganization: sre-org\nsupports: [payments]'),
    doc('Team', 'noc', 'type: thin-layer\norganization: sre-org'),
  ].join('---\n');
  const services = [
    doc(
      'Service',
      'checkout-api',
      'owner: checkout\nrunModel: you-run-it\navailabilityTarget: 99.9\nrunbooks: [https://wiki.example.com/checkout]',
    ),
    doc(
      'Service',
      'payments-api',
      'owner: payments\nrunModel: sre-runs-it\nsreTeam: sre-core\nerrorBudgetPolicy: standard\navailabilityTarget: 99.95',
    ),
    doc('Service', 'search-api', 'owner: checkout\nrunModel: you-run-it\navailabilityTarget: 99.5'),
    doc(
      'ErrorBudgetPolicy',
      'standard',
      'window: 28d\ntakeover: { withinBudgetPeriods: 2 }\nhandback: { depletedPeriods: 2, outOf: 3 }',
    ),
  ].join('---\n');
  const rotations = [
    doc(
      'Rotation',
      'checkout-oncall',
      'type: team\ncoverage: 24x7\nmembers: [ana, ben]\ncovers: { teams: [checkout] }',
    ),
    doc(
      'Rotation',
      'payments-dev',
      'type: team\ncoverage: 8x5\nmembers: [pat]\ncovers: { teams: [payments] }',
    ),
    doc(
      'Rotation',
      'sre-payments',
      'type: team\ncoverage: 24x7\nmembers: [sam, sue]\ncovers: { services: [payments-api] }',
    ),
    doc(
      'Rotation',
      'noc-thin-layer',
      'type: thin-layer\ncoverage: 24x7\nmembers: [tom, tia]\ncovers: { services: [checkout-api, payments-api] }\nforwardsTo: [checkout-oncall, sre-payments]',
    ),
  ].join('---\n');
  return [
    { name: 'organizations.yaml', text: organizations },
    { name: 'teams.yaml', text: teams },
    { name: 'people.yaml', text: people },
    { name: 'services.yaml', text: services },
    { name: 'rotations.yaml', text: rotations },
  ];
}

/** The sources with one file's text replaced. */
export function withFile(
  sources: readonly RevisionSource[],
  name: string,
  text: string,
): RevisionSource[] {
  const others = sources.filter((s) => s.name !== name);
  return [...others, { name, text }];
}
