import { jsonSchema } from '../../model/json-schema.ts';
import type { RegisterCommand } from '../command.ts';
import { printJson, withExamples } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { withOutputOptions } from '../output/print-output.ts';

/** `whorunsit schema`: the JSON Schema of the file format, for editors. */
export const registerSchema: RegisterCommand = (program, context) => {
  const command = program
    .command('schema')
    .description('print the JSON Schema of whorunsit/v1 documents, for editor completion')
    .action(() => {
      printJson(context.io, jsonSchema());
      context.exit(EXIT.ok);
    });
  withOutputOptions(command, {
    outputs: [],
    fallback: 'json',
    jsonHelp: 'the schema is JSON already; accepted for uniformity',
  });
  withExamples(
    command,
    'whorunsit schema > whorunsit.schema.json',
    '# then, in VS Code settings: "yaml.schemas": {"./whorunsit.schema.json": "org/*.yaml"}',
  );
};
