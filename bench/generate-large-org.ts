/**
 * Generates a large organization shaped like the one of issue #15, as whorunsit/v1 files under
 * 8 MiB each: product lines of domains of teams, each team a manager and nine developers in nine
 * time zones, five services per team (one of every run model), a team rotation per team, an SRE
 * team of eight SREs per eight teams, an operations team with a thin layer. About 11 people and
 * 5 services per team. Deterministic: the same size gives the same files.
 */
import type { Source } from '../src/model/index.ts';

const ZONES = [
  'Europe/Lisbon',
  'Europe/Berlin',
  'Europe/Helsinki',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Australia/Sydney',
  'America/Sao_Paulo',
  'America/New_York',
  'America/Los_Angeles',
];
const RUN_MODELS = [
  'you-run-it',
  'you-and-sre-run-it',
  'sre-runs-it',
  'ops-runs-it',
  'unorganized',
];
const TARGETS = [99.99, 99.95, 99.9, 99.5, 99.0];
const TEAMS_PER_DOMAIN = 10;
const DOMAINS_PER_PRODUCT_LINE = 25;
const TEAMS_PER_SRE_TEAM = 8;
const MAX_FILE_BYTES = 4 * 1024 * 1024;

const doc = (kind: string, name: string, spec: string) =>
  `apiVersion: whorunsit/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${spec}`;

/** Documents split into files of at most 4 MiB each, named `<prefix>-<n>.yaml`. */
function files(prefix: string, docs: readonly string[]): Source[] {
  const out: Source[] = [];
  let chunk: string[] = [];
  let bytes = 0;
  const flush = () => {
    if (chunk.length > 0)
      out.push({ name: `${prefix}-${out.length + 1}.yaml`, text: chunk.join('---\n') });
    chunk = [];
    bytes = 0;
  };
  for (const d of docs) {
    if (bytes + d.length > MAX_FILE_BYTES) flush();
    chunk.push(d);
    bytes += d.length + 4;
  }
  flush();
  return out;
}

export function generateLargeOrg(teams: number): Source[] {
  const lines = Math.ceil(teams / (TEAMS_PER_DOMAIN * DOMAINS_PER_PRODUCT_LINE));
  const sreTeams = Math.ceil(teams / TEAMS_PER_SRE_TEAM);
  const org: string[] = [
    doc('Organization', 'pd', '  type: product-delivery\n  head: head-pd\n'),
    doc(
      'Organization',
      'sre',
      '  type: sre\n  parent: pd\n  head: head-sre\n  positioning: partner\n',
    ),
    doc('Organization', 'ops', '  type: operations\n  parent: pd\n  head: head-ops\n'),
    doc(
      'ErrorBudgetPolicy',
      'std',
      '  window: 28d\n  takeover: { withinBudgetPeriods: 3 }\n  handback: { depletedPeriods: 2, outOf: 3 }\n',
    ),
    doc(
      'CompensationPolicy',
      'standard',
      '  currency: EUR\n  businessHours: { days: [mon, tue, wed, thu, fri], start: "09:00", end: "17:00" }\n  standbyPerHour: 5\n  incidentPerHour: 40\n',
    ),
    doc('Person', 'head-pd', '  role: manager\n  timezone: Europe/Berlin\n'),
    doc('Person', 'head-sre', '  role: manager\n  reportsTo: head-pd\n  timezone: Europe/Berlin\n'),
    doc('Person', 'head-ops', '  role: manager\n  reportsTo: head-pd\n  timezone: Europe/Berlin\n'),
    doc('Team', 'ops', '  type: operations\n  organization: ops\n  manager: ops-0\n'),
  ];
  const ops: string[] = [];
  for (let i = 0; i < 10; i++) {
    ops.push(`ops-${i}`);
    org.push(
      doc(
        'Person',
        `ops-${i}`,
        `  team: ops\n  role: ${i === 0 ? 'manager' : 'ops-engineer'}\n  reportsTo: ${i === 0 ? 'head-ops' : 'ops-0'}\n  timezone: ${ZONES[i % ZONES.length]}\n`,
      ),
    );
  }
  // The thin layer names nothing, so it takes the SLO breaches of every service (§12.6).
  org.push(
    doc(
      'Rotation',
      'noc',
      `  type: thin-layer\n  coverage: 24x7\n  timezone: Europe/Berlin\n  members: [${ops.join(', ')}]\n`,
    ),
  );
  for (let l = 0; l < lines; l++) {
    org.push(
      doc(
        'Organization',
        `line-${l}`,
        `  type: development\n  parent: pd\n  head: head-line-${l}\n`,
      ),
    );
    org.push(
      doc(
        'Person',
        `head-line-${l}`,
        '  role: manager\n  reportsTo: head-pd\n  timezone: Europe/Berlin\n',
      ),
    );
  }
  const sre: string[] = [];
  for (let s = 0; s < sreTeams; s++) {
    const supported = Array.from(
      { length: TEAMS_PER_SRE_TEAM },
      (_, i) => s * TEAMS_PER_SRE_TEAM + i,
    )
      .filter((t) => t < teams)
      .map((t) => `t${t}`);
    sre.push(
      doc(
        'Team',
        `sre-${s}`,
        `  type: sre\n  organization: sre\n  manager: sre-${s}-0\n  supports: [${supported.join(', ')}]\n`,
      ),
    );
    for (let p = 0; p < 8; p++) {
      sre.push(
        doc(
          'Person',
          `sre-${s}-${p}`,
          `  team: sre-${s}\n  role: sre\n  level: ${p === 0 ? 'principal' : p < 3 ? 'senior' : 'junior'}\n  reportsTo: ${p === 0 ? 'head-sre' : `sre-${s}-0`}\n  timezone: ${ZONES[(s + p) % ZONES.length]}\n  experienceYears: 6\n  srePracticeMonths: 24\n`,
        ),
      );
    }
  }
  const teamDocs: string[] = [];
  const people: string[] = [];
  const services: string[] = [];
  const rotations: string[] = [];
  for (let t = 0; t < teams; t++) {
    const domainIndex = Math.floor(t / TEAMS_PER_DOMAIN);
    const domain = `domain-${domainIndex}`;
    const line = Math.floor(domainIndex / DOMAINS_PER_PRODUCT_LINE);
    const manager = `t${t}-m`;
    teamDocs.push(
      doc(
        'Team',
        `t${t}`,
        `  type: development\n  organization: line-${line}\n  domain: ${domain}\n  productLine: line-${line}\n  manager: ${manager}\n  setup: developers-on-rotation\n`,
      ),
    );
    people.push(
      doc(
        'Person',
        manager,
        `  team: t${t}\n  role: manager\n  reportsTo: head-line-${line}\n  timezone: ${ZONES[t % ZONES.length]}\n`,
      ),
    );
    const members: string[] = [];
    for (let p = 0; p < 9; p++) {
      const name = `t${t}-d${p}`;
      members.push(name);
      people.push(
        doc(
          'Person',
          name,
          `  team: t${t}\n  role: developer\n  reportsTo: ${manager}\n  timezone: ${ZONES[p]}\n  onCall: true\n`,
        ),
      );
    }
    const sreTeam = `sre-${Math.floor(t / TEAMS_PER_SRE_TEAM)}`;
    RUN_MODELS.forEach((runModel, s) => {
      const withSre = runModel === 'you-and-sre-run-it' || runModel === 'sre-runs-it';
      services.push(
        doc(
          'Service',
          `t${t}-s${s}`,
          `  owner: t${t}\n  runModel: ${runModel}\n  domain: ${domain}\n  productLine: line-${line}\n  availabilityTarget: ${TARGETS[(t + s) % TARGETS.length]}\n  demand: ${s % 2 === 0 ? 'high' : 'medium'}\n${withSre ? `  sreTeam: ${sreTeam}\n  errorBudgetPolicy: std\n` : ''}`,
        ),
      );
    });
    rotations.push(
      doc(
        'Rotation',
        `t${t}-oncall`,
        `  type: team\n  coverage: 24x7\n  timezone: ${ZONES[t % ZONES.length]}\n  members: [${members.join(', ')}]\n  covers: { teams: [t${t}] }\n`,
      ),
    );
  }
  return [
    ...files('organization', org),
    ...files('sre', sre),
    ...files('teams', teamDocs),
    ...files('people', people),
    ...files('services', services),
    ...files('rotations', rotations),
  ];
}
