import type { Finding } from '../../engine/checks/check.ts';
import { CHECKS } from '../../engine/checks/registry.ts';
import { type CompiledModel, entitiesOf } from '../../model/index.ts';

/**
 * Where each check's rule is explained: the reference shipped in the package and the repository
 * (generated from the catalog). whorunsit has no website, so the rules carry no `helpUri`: a link
 * to a host nobody serves would send people from code scanning to an error page.
 */
export const CHECKS_REFERENCE = 'docs/reference/checks.md';
/** The book every `§12.x` refers to. */
const SOURCE = 'the chapter "Implementing Organizational Structure"';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * The findings as SARIF 2.1.0, for code-scanning UIs (GitHub, GitLab): one rule per check of
 * the catalog (code, severity, section, help), one result per finding at the file, line and
 * column of the entity it is about.
 */
export function findingsSarif(
  model: CompiledModel,
  findings: readonly Finding[],
  version: string,
): object {
  const rules = CHECKS.map((check) => {
    const summary = `${(check.summary[0] ?? '').toUpperCase()}${check.summary.slice(1)}.`;
    return {
      id: check.code,
      name: check.code
        .split('-')
        .map((w) => (w[0]?.toUpperCase() ?? '') + w.slice(1))
        .join(''),
      shortDescription: { text: summary },
      fullDescription: { text: `${summary} (${check.section})` },
      help: {
        text: `${summary} See ${check.section} of ${SOURCE}, and ${CHECKS_REFERENCE}#${check.code} in whorunsit.`,
        markdown: `${summary} See **${check.section}** of ${SOURCE}, and \`${CHECKS_REFERENCE}#${check.code}\` in whorunsit.`,
      },
      defaultConfiguration: { level: LEVEL[check.severity] },
      properties: { section: check.section, tags: ['sre', 'organization'] },
    };
  });
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = findings.map((f) => {
    const source = entitiesOf(model, f.subject.kind).get(f.subject.name)?.source;
    return {
      ruleId: f.code,
      ...(index.has(f.code) ? { ruleIndex: index.get(f.code) } : {}),
      level: LEVEL[f.severity],
      message: { text: `${f.message} (${f.section})` },
      locations: [
        {
          ...(source
            ? {
                physicalLocation: {
                  artifactLocation: { uri: source.file.replace(/\\/g, '/') },
                  region: { startLine: source.line, startColumn: source.column },
                },
              }
            : {}),
          logicalLocations: [
            {
              name: f.subject.name,
              kind: f.subject.kind,
              fullyQualifiedName: `${f.subject.kind}/${f.subject.name}`,
            },
          ],
        },
      ],
      partialFingerprints: { subject: `${f.code}/${f.subject.kind}/${f.subject.name}` },
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'whorunsit',
            version,
            rules,
          },
        },
        results,
      },
    ],
  };
}
