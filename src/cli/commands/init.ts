import { access, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Option } from 'commander';
import type { RegisterCommand } from '../command.ts';
import { printJson, withExamples } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import {
  DEFAULT_TEMPLATE,
  TEMPLATES,
  type TemplateName,
  templateFiles,
} from '../init/templates.ts';
import { withOutputOptions } from '../output/print-output.ts';

/** `whorunsit init <dir> [--template NAME]`: a model to start from. Never overwrites a file. */
export const registerInit: RegisterCommand = (program, context) => {
  const command = program
    .command('init')
    .description('write a starter model that passes check into a folder')
    .argument('<dir>', 'folder to create the files in (created if missing)')
    .addOption(
      new Option('--template <name>', 'the organization to start from (templates below)')
        .choices(Object.keys(TEMPLATES))
        .default(DEFAULT_TEMPLATE),
    )
    .action(async (dir: string, options: { template: TemplateName; json?: boolean }) => {
      const { io } = context;
      const target = resolve(io.cwd, dir);
      const template = await templateFiles(options.template);
      const files = template.map(([name]) => join(dir, name));
      // Check every file first so a refusal writes nothing at all.
      for (const [name] of template) {
        if (await exists(join(target, name))) {
          throw new CliError(
            'file-exists',
            `${join(dir, name)} already exists; init never overwrites`,
          );
        }
      }
      await mkdir(target, { recursive: true });
      for (const [name, text] of template) {
        await writeFile(join(target, name), text, { flag: 'wx' });
      }
      if (options.json) printJson(io, { template: options.template, files });
      else
        io.stdout(`${files.map((f) => `wrote ${f}`).join('\n')}\nnext: whorunsit check ${dir}\n`);
      context.exit(EXIT.ok);
    });
  withOutputOptions(command, {
    outputs: ['text'],
    fallback: 'text',
    jsonHelp: 'print the template and the written files as JSON',
  });
  const width = Math.max(...Object.keys(TEMPLATES).map((name) => name.length));
  command.addHelpText(
    'after',
    `\nTemplates (each passes \`whorunsit check\` with no finding):\n${Object.entries(TEMPLATES)
      .map(([name, what]) => `  ${name.padEnd(width)}  ${what}`)
      .join('\n')}`,
  );
  withExamples(
    command,
    'whorunsit init my-org && whorunsit check my-org',
    'whorunsit init my-org --template enterprise',
  );
};

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
