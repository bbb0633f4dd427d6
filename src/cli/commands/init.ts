import { access, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { RegisterCommand } from '../command.ts';
import { printJson, withExamples } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { withOutputOptions } from '../output/print-output.ts';
import { STARTER_FILES } from '../starter-model.ts';

/** `whorunsit init <dir>`: a small valid model to start from. Never overwrites a file. */
export const registerInit: RegisterCommand = (program, context) => {
  const command = program
    .command('init')
    .description('write a small, valid starter model into a folder')
    .argument('<dir>', 'folder to create the files in (created if missing)')
    .action(async (dir: string, options: { json?: boolean }) => {
      const { io } = context;
      const target = resolve(io.cwd, dir);
      const files = Object.keys(STARTER_FILES).map((name) => join(dir, name));
      // Check every file first so a refusal writes nothing at all.
      for (const name of Object.keys(STARTER_FILES)) {
        if (await exists(join(target, name))) {
          throw new CliError(
            'file-exists',
            `${join(dir, name)} already exists; init never overwrites`,
          );
        }
      }
      await mkdir(target, { recursive: true });
      for (const [name, text] of Object.entries(STARTER_FILES)) {
        await writeFile(join(target, name), text, { flag: 'wx' });
      }
      if (options.json) printJson(io, { files });
      else
        io.stdout(
          `${files.map((f) => `wrote ${f}`).join('\n')}\nnext: whorunsit validate ${dir}\n`,
        );
      context.exit(EXIT.ok);
    });
  withOutputOptions(command, {
    outputs: ['text'],
    fallback: 'text',
    jsonHelp: 'print the written files as JSON',
  });
  withExamples(command, 'whorunsit init my-org && whorunsit validate my-org');
};

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
