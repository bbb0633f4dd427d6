import type { PlanDocument } from './plan-document-schema.ts';

/** The terms a reader of the plan meets, in the chapter's words, with their sections. */
export const GLOSSARY: PlanDocument['glossary'] = [
  {
    term: 'you-run-it',
    meaning:
      '"You build it, you run it": the development team runs its services and goes on call for them.',
    section: '§12.3',
  },
  {
    term: 'you-and-sre-run-it',
    meaning:
      '"You build it, you and SRE run it": an SRE team shares the on-call rotation with the developers.',
    section: '§12.4',
  },
  {
    term: 'sre-runs-it',
    meaning:
      '"You build it, SRE run it": an SRE team runs the services alone while they stay within their error budgets, and hands them back when they do not.',
    section: '§12.5',
  },
  {
    term: 'ops-runs-it',
    meaning:
      '"You build it, ops run it": operations run the services; cheaper, but slow to resolve incidents.',
    section: '§12.2',
  },
  { term: 'unorganized', meaning: 'No organized operations.', section: '§12.8.1' },
  {
    term: 'Availability tier',
    meaning:
      'High, medium or low, from the availability target against the organization’s thresholds; it decides the rotation a service needs.',
    section: '§12.6',
  },
  {
    term: 'Team rotation',
    meaning: 'An on-call rotation for one team’s services: costly, for high targets.',
    section: '§12.6',
  },
  {
    term: 'Domain rotation',
    meaning:
      'One on-call rotation for the services of several teams of one knowledge domain: cheaper, for medium targets.',
    section: '§12.6',
  },
  {
    term: 'Thin layer',
    meaning:
      'A round-the-clock layer that receives every SLO breach, handles what runbooks cover and forwards the rest to team rotations.',
    section: '§12.6',
  },
  {
    term: 'Error budget policy',
    meaning:
      'The agreement on what happens when a service spends its error budget: when SRE takes a service over and hands it back.',
    section: '§12.5',
  },
  {
    term: 'SRE infrastructure',
    meaning:
      'The tooling SREs and developers use to run services (monitoring, alerting, deployment), built by an SRE infrastructure team.',
    section: '§12.4.3',
  },
  {
    term: 'Transfer price',
    meaning:
      'The hourly rate one organization charges another for SRE support, possibly with an SRE infrastructure contribution.',
    section: '§12.4.7',
  },
  {
    term: 'Head count limit',
    meaning:
      'A cap on people set by financial controls, beside the budget: a plan can fit one and break the other.',
    section: '§12.4.6',
  },
  {
    term: 'Junior, senior, principal SRE',
    meaning:
      'The SRE career levels: roughly one junior per development team, one senior per product domain, one principal per product line.',
    section: '§12.10',
  },
  {
    term: 'Positioning',
    meaning: 'How the business sees the SRE organization: cost center, asset, partner or enabler.',
    section: '§12.8.4',
  },
  {
    term: 'Revenue protected',
    meaning:
      'The revenue SRE keeps from being lost to downtime: the way to convey SRE’s value to executives.',
    section: '§12.8.5',
  },
];
