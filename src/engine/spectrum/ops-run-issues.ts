/**
 * The chapter's issues with "you build it, ops run it" (§12.2.3), in short: why a service with a
 * high target or demand should not be run by operations. The chapter's table lists "limited
 * adaptive capacity in the architecture" twice; it is here once.
 */
export const OPS_RUN_ISSUES: readonly { readonly issue: string; readonly why: string }[] = [
  {
    issue: 'long incident resolution times',
    why: 'operations know little of the services and the developers are never on call, so incidents wait to reach them and to be prioritized',
  },
  {
    issue: 'many workarounds',
    why: 'customers cannot wait, so operations patch production, and the developers’ later fixes may collide with the workarounds',
  },
  {
    issue: 'no knowledge synchronization',
    why: 'development and operations live in two worlds the knowledge rarely crosses',
  },
  {
    issue: 'limited adaptive capacity in the architecture',
    why: 'services are not built to contain failure (no stability patterns), so failures cascade',
  },
  {
    issue: 'limited telemetry',
    why: 'developers who are never on call log too little, and operations’ dashboards and alerts on black-box metrics show the services only superficially',
  },
  {
    issue: 'limited understanding of how services and infrastructure interplay',
    why: 'deployment, traffic, security and authentication knowledge is not with operations in the depth fast resolution needs',
  },
  {
    issue: 'collaboration issues during incident response',
    why: 'different ways of working and tools, and developers without access to production',
  },
];

/**
 * The issues in one line for a finding, by name ("long incident resolution times, many
 * workarounds, …"): a finding per service repeats it, so the reasons stay in `OPS_RUN_ISSUES`.
 */
export function opsRunIssuesSentence(): string {
  return OPS_RUN_ISSUES.map((i) => i.issue).join(', ');
}
