import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * The starting points `whorunsit init --template` writes, one folder of YAML each under
 * `templates/` at the package's root (shipped with the package, next to `dist/` and `src/`, so a
 * clone and an installed package find them the same way). Each passes `check` with no finding
 * (test/templates.test.ts keeps them so as checks are added).
 */
export const TEMPLATES = {
  startup: 'two teams whose developers run what they build, round the clock (§12.3)',
  'scale-up': 'a first SRE team sharing on-call with two teams, in an SRE organization (§12.4)',
  enterprise: 'an SRE organization: shared on-call, SRE alone (§12.5), a thin layer, operations',
} as const;
export type TemplateName = keyof typeof TEMPLATES;

/** The template plain `init` writes. */
export const DEFAULT_TEMPLATE: TemplateName = 'startup';

/** The folder of a template (`templates/<name>` at the package's root). */
export function templateFolder(name: TemplateName): string {
  return fileURLToPath(new URL(`../../../templates/${name}/`, import.meta.url));
}

/** The files of a template, by file name, in name order. */
export async function templateFiles(name: TemplateName): Promise<[string, string][]> {
  const folder = templateFolder(name);
  const names = (await readdir(folder)).filter((f) => f.endsWith('.yaml')).sort();
  return Promise.all(
    names.map(
      async (file) => [file, await readFile(`${folder}${file}`, 'utf8')] as [string, string],
    ),
  );
}
