/**
 * Generates a large, valid whorunsit organization as YAML text, for benchmarks. Deterministic:
 * the same size gives the same text.
 */
export interface OrgSize {
  readonly teams: number;
  readonly peoplePerTeam: number;
  readonly servicesPerTeam: number;
}

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Singapore'];
const MODELS = ['you-run-it', 'you-and-sre-run-it', 'sre-runs-it', 'ops-runs-it'];
const TARGETS = [99.99, 99.95, 99.9, 99.5, 99.0];

export function generateOrg(size: OrgSize): string {
  const docs: string[] = [];
  const d = (kind: string, name: string, spec: string) =>
    `apiVersion: whorunsit/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
  docs.push(d('Organization', 'pd', '  type: product-delivery\n  head: head\n'));
  docs.push(d('Organization', 'dev', '  type: development\n  parent: pd\n'));
  docs.push(d('Organization', 'sre', '  type: sre\n  parent: pd\n  positioning: partner\n'));
  docs.push(d('Person', 'head', '  role: manager\n  timezone: Europe/Berlin\n'));
  docs.push(
    d('ErrorBudgetPolicy', 'std', '  window: 28d\n  handback: { depletedPeriods: 2, outOf: 3 }\n'),
  );
  docs.push(
    d(
      'Team',
      'sre-core',
      `  type: sre\n  organization: sre\n  supports: [${Array.from({ length: Math.min(8, size.teams) }, (_, t) => `t${t}`).join(', ')}]\n`,
    ),
  );
  for (let s = 0; s < 8; s++) {
    docs.push(
      d(
        'Person',
        `sre${s}`,
        `  team: sre-core\n  role: sre\n  level: senior\n  reportsTo: head\n  experienceYears: 4\n  srePracticeMonths: 12\n  timezone: ${ZONES[s % 3]}\n`,
      ),
    );
  }
  for (let t = 0; t < size.teams; t++) {
    const domain = `domain${t % 20}`;
    docs.push(
      d(
        'Team',
        `t${t}`,
        `  type: development\n  organization: dev\n  domain: ${domain}\n  productLine: line${t % 3}\n  manager: t${t}-p0\n  setup: developers-on-rotation\n`,
      ),
    );
    const members: string[] = [];
    for (let p = 0; p < size.peoplePerTeam; p++) {
      const name = `t${t}-p${p}`;
      members.push(name);
      docs.push(
        d(
          'Person',
          name,
          `  team: t${t}\n  role: ${p === 0 ? 'manager' : 'developer'}\n  reportsTo: ${p === 0 ? 'head' : `t${t}-p0`}\n  timezone: ${ZONES[t % 3]}\n  onCall: true\n`,
        ),
      );
    }
    for (let s = 0; s < size.servicesPerTeam; s++) {
      const model = t < 8 ? MODELS[s % 3] : 'you-run-it';
      const sre = model === 'you-run-it' ? '' : '  sreTeam: sre-core\n  errorBudgetPolicy: std\n';
      docs.push(
        d(
          'Service',
          `t${t}-s${s}`,
          `  owner: t${t}\n  runModel: ${model}\n  domain: ${domain}\n  availabilityTarget: ${TARGETS[(t + s) % 5]}\n  demand: medium\n${sre}`,
        ),
      );
    }
    docs.push(
      d(
        'Rotation',
        `t${t}-rota`,
        `  type: team\n  coverage: 24x7\n  timezone: ${ZONES[t % 3]}\n  members: [${members.join(', ')}]\n  covers: { teams: [t${t}] }\n`,
      ),
    );
  }
  return `${docs.join('---\n')}`;
}
