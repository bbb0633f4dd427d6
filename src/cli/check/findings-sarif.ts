import type { Finding } from '../../engine/checks/check.ts';
import { CHECKS } from '../../engine/checks/registry.ts';
import { type CompiledModel, entitiesOf } from '../../model/index.ts';

/**
 * Where each check's rule is explained: the reference shipped in the package (and in the
 * repository), generated from the catalog. whorunsit has no website of its own, so by default
 * the rules carry no `helpUri` (a link to a host nobody serves would send people from code
 * scanning to an error page); the help text itself says what a person needs. Where an
 * organization serves whorunsit's docs/ folder (a mirror, its fork on a Git host), `--docs-url`
 * names it and each rule links to its entry there.
 */
export const CHECKS_REFERENCE = 'reference/checks.md';
/** The book every `§12.x` refers to. */
const SOURCE =
  'chapter 12, "Implementing Organizational Structure", of Vladyslav Ukis, *Establishing SRE Foundations*';

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
  options: {
    /** The URL docs/ is served at (`--docs-url`): rules then link to their entry there. */
    readonly docsUrl?: string | undefined;
  } = {},
): object {
  const docs = options.docsUrl?.replace(/\/*$/, '/');
  const rules = CHECKS.map((check) => {
    const summary = `${(check.summary[0] ?? '').toUpperCase()}${check.summary.slice(1)}.`;
    const entry = `${CHECKS_REFERENCE}#${check.code}`;
    return {
      id: check.code,
      name: check.code
        .split('-')
        .map((w) => (w[0]?.toUpperCase() ?? '') + w.slice(1))
        .join(''),
      shortDescription: { text: summary },
      fullDescription: { text: `${summary} (${check.section})` },
      ...(docs ? { helpUri: `${docs}${entry}` } : {}),
      help: {
        text: [
          summary,
          `Rule ${check.code} (${check.severity}), from ${check.section} of ${SOURCE.replace(/\*/g, '')}.`,
          `Fix the model, or silence this finding for one entity with the annotation whorunsit/ignore: "${check.code}" in its metadata.`,
          `Reference: docs/${entry} in the whorunsit package (version ${version}).`,
        ].join('\n'),
        markdown: [
          summary,
          '',
          `Rule \`${check.code}\` (${check.severity}), from **${check.section}** of ${SOURCE}.`,
          '',
          `Fix the model, or silence this finding for one entity with the annotation \`whorunsit/ignore: "${check.code}"\` in its \`metadata.annotations\`.`,
          '',
          docs
            ? `Reference: [${entry}](${docs}${entry}).`
            : `Reference: \`docs/${entry}\` in the whorunsit package (version ${version}).`,
        ].join('\n'),
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
            ...(docs ? { informationUri: `${docs}README.md` } : {}),
            rules,
          },
        },
        results,
      },
    ],
  };
}
