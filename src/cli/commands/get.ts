import type { RegisterCommand } from '../command.ts';
import { withExamples, withModel } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import {
  FILTER_KINDS,
  LOOKUP_KINDS,
  type LookupFilters,
  type LookupKind,
  lookupMarkdown,
  lookupRows,
} from '../lookup/lookup-rows.ts';
import { noSuchName } from '../no-such-name.ts';
import { type OutputFlags, printOutput, withOutputOptions } from '../output/print-output.ts';
import { modelOption } from '../shared-options.ts';

interface GetOptions extends OutputFlags, LookupFilters {
  readonly model: string[];
}

const SINGULAR: Readonly<Record<string, LookupKind>> = {
  service: 'services',
  team: 'teams',
  rotation: 'rotations',
  person: 'people',
};

/** `whorunsit get services|teams|rotations|people [NAME]`: the model as tables, like kubectl. */
export const registerGet: RegisterCommand = (program, context) => {
  const command = program
    .command('get')
    .description('list the services, teams, rotations or people of the model as a table')
    .argument('<kind>', LOOKUP_KINDS.join(', '))
    .argument('[name]', 'only this one')
    .addOption(modelOption())
    .option('--team <name>', 'only those of this team (services: owned or run by it)')
    .option('--run-model <model>', 'services: only those with this run model')
    .option('--tier <tier>', 'services: only those of this availability tier (high, medium, low)');
  withOutputOptions(command, {
    outputs: ['md'],
    fallback: 'text',
    jsonHelp: 'the same as --format json: {"services": [{"name", …}]}',
  }).action(async (kindArg: string, name: string | undefined, options: GetOptions) => {
    const kind = SINGULAR[kindArg] ?? kindArg;
    if (!(LOOKUP_KINDS as readonly string[]).includes(kind)) {
      throw new CliError(
        'unknown-kind',
        `expected one of ${LOOKUP_KINDS.join(', ')}, found "${kindArg}"`,
      );
    }
    const lookupKind = kind as LookupKind;
    for (const [filter, kinds] of Object.entries(FILTER_KINDS)) {
      if (options[filter as keyof LookupFilters] !== undefined && !kinds.includes(lookupKind)) {
        const flag = `--${filter.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
        throw new CliError('bad-filter', `${flag} does not apply to ${lookupKind}`);
      }
    }
    await withModel(options.model, options, context, (model) => {
      const lookup = lookupRows(model, lookupKind, options);
      const rows = name === undefined ? lookup.rows : lookup.rows.filter((r) => r.name === name);
      if (name !== undefined && rows.length === 0) {
        const names = lookupRows(model, lookupKind, {}).rows.map((r) => String(r.name));
        const kindName = Object.entries(SINGULAR).find(([, k]) => k === lookupKind)?.[0] ?? kind;
        throw new CliError(
          'not-found',
          noSuchName(kindName[0]?.toUpperCase() + kindName.slice(1), name, names),
        );
      }
      const shown = { ...lookup, rows };
      printOutput(
        context,
        options,
        { json: () => ({ [lookupKind]: rows }), md: () => lookupMarkdown(shown) },
        'text',
      );
      return EXIT.ok;
    });
  });
  withExamples(
    command,
    'whorunsit get services --model examples/acme --tier high',
    'whorunsit get services checkout-api --model examples/acme --json',
    'whorunsit get people --model examples/acme --team sre-core',
  );
};
