import { compareInferences, compareProblems, KINDS, loadModel } from '../../model/index.ts';
import { assembleSources, rawEntitiesOf } from '../../model/interop/assemble-sources.ts';
import { backstagePatches } from '../../model/interop/backstage/export-annotations.ts';
import { completeness } from '../../model/interop/completeness/completeness.ts';
import type { RegisterCommand } from '../command.ts';
import { printJson, withExamples } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { formatProblems } from '../format-problems.ts';
import { formatImportReport, type ImportReport } from '../import/format-import-report.ts';
import { formatPatches, patchesJson } from '../import/format-patches.ts';
import { readDataFiles } from '../import/read-data-files.ts';
import { useColor } from '../io.ts';
import { withOutputOptions } from '../output/print-output.ts';
import { readSources } from '../read-sources.ts';

interface ImportOptions {
  readonly json?: boolean;
  readonly backstagePatches?: boolean;
  readonly sli?: string[];
  readonly incidents?: string[];
  readonly service?: string;
}

/**
 * `whorunsit import <paths…>`: reads a Backstage catalog, OpenSLO, Sloth and slo-generator
 * files together with whorunsit documents and says what the merged model still needs, per
 * entity and field, most blocking first, with every inference made. Exit 0 when the merged
 * model is valid (complete or not), 1 when it or a data file has problems.
 * `--backstage-patches` prints the model's ownership and run model as Backstage annotations.
 */
export const registerImport: RegisterCommand = (program, context) => {
  const command = program
    .command('import')
    .description(
      'read a Backstage catalog and OpenSLO, Sloth or slo-generator files with whorunsit documents, and say what the model still needs',
    )
    .argument(
      '<paths...>',
      'files and folders (*.yaml/*.yml) of any of those tools, or - for stdin',
    )
    .option(
      '--backstage-patches',
      'print a Backstage annotation patch per entity: who owns and who runs it',
    )
    .option(
      '--sli <file...>',
      'SLI data to check: Prometheus query_range JSON, or whorunsit SLI CSV/JSON',
    )
    .option('--incidents <file...>', 'incidents to check: CSV or JSON (id, service, startedAt, …)')
    .option('--service <name>', 'the service of Prometheus series that have no service label')
    .action(async (paths: string[], options: ImportOptions) => {
      const { io } = context;
      const read = await readSources(paths, io);
      const loaded = loadModel(read.sources);
      const errors = [...read.problems, ...loaded.problems].sort(compareProblems);
      const inferences = [...read.inferences, ...loaded.inferences].sort(compareInferences);
      const valid = loaded.ok && errors.length === 0;

      if (options.backstagePatches) {
        if (!loaded.ok || !valid) {
          if (options.json) printJson(io, { valid: false, errors });
          else io.stderr(formatProblems(errors, useColor(io)));
          context.exit(EXIT.invalid);
          return;
        }
        const patches = backstagePatches(loaded.model, inferences);
        if (options.json) printJson(io, patchesJson(patches));
        else io.stdout(formatPatches(patches));
        context.exit(EXIT.ok);
        return;
      }

      const assembled = assembleSources(read.sources);
      const entities = rawEntitiesOf(assembled.documents);
      const services = new Set(entities.filter((e) => e.kind === 'Service').map((e) => e.name));
      const data = await readDataFiles(options, io, services);
      const counts: Record<string, number> = {};
      for (const kind of KINDS) {
        const n = entities.filter((e) => e.kind === kind).length;
        if (n > 0) counts[kind] = n;
      }
      const report: ImportReport = {
        valid,
        formats: assembled.formats,
        entities: counts,
        completeness: completeness(entities, inferences),
        inferences,
        errors,
        data,
      };
      if (options.json) printJson(io, report);
      else io.stdout(formatImportReport(report));
      const dataProblems = data.some((d) => d.problems.length > 0);
      context.exit(valid && !dataProblems ? EXIT.ok : EXIT.invalid);
    });
  withOutputOptions(command, {
    outputs: ['text'],
    fallback: 'text',
    jsonHelp: 'print the report as JSON',
  });
  withExamples(
    command,
    'whorunsit import catalog/all.yaml whorunsit/',
    'whorunsit import examples/backstage-overlay',
    'whorunsit import catalog/ --backstage-patches > patches.yaml',
    'whorunsit import examples/acme --sli examples/acme/data/prometheus-sli.json --incidents examples/acme/data/incidents.csv',
  );
};
