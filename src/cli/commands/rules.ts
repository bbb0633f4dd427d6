import { prometheusRules } from '../../engine/rules/index.ts';
import {
  prometheusRulesJson,
  prometheusRulesYaml,
} from '../../report/rules/prometheus-rules-yaml.ts';
import type { RegisterCommand } from '../command.ts';
import { withExamples, withModel } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { printOutput, withOutputOptions } from '../output/print-output.ts';

interface Options {
  readonly timeScale?: string;
  readonly interval?: string;
  readonly format?: string;
  readonly json?: boolean;
}

/**
 * `whorunsit rules <paths…>`: Prometheus recording and burn-rate alerting rules for every
 * service with a target and an `sli`, to load into Prometheus (`rule_files:`); Alertmanager then
 * sends the alerts back to whorunsit, which routes them to who runs the service now.
 */
export const registerRules: RegisterCommand = (program, context) => {
  const command = program
    .command('rules')
    .description(
      'Prometheus recording rules for SLI error ratios and multiwindow, multi-burn-rate alerts from each error budget policy',
    )
    .argument('<paths...>', 'model files or folders')
    .option('--interval <duration>', 'evaluation interval of the rule groups, e.g. 30s')
    .option(
      '--time-scale <n>',
      'divide every window by n (for tests: 720 makes 1h into 5s); burn rates stay as they are',
    )
    .action(async (paths: string[], options: Options) => {
      const timeScale = options.timeScale === undefined ? 1 : Number(options.timeScale);
      if (!(timeScale >= 1) || !Number.isFinite(timeScale)) {
        throw new CliError(
          'bad-number',
          `--time-scale ${options.timeScale}: expected a number of at least 1`,
        );
      }
      if (options.interval !== undefined && !/^[1-9]\d*(ms|s|m|h)$/.test(options.interval)) {
        throw new CliError(
          'bad-duration',
          `--interval ${options.interval}: expected a Prometheus duration like 30s or 1m`,
        );
      }
      await withModel(paths, options, context, (model) => {
        const rules = prometheusRules({ model, timeScale, interval: options.interval });
        printOutput(
          context,
          options,
          {
            json: () => prometheusRulesJson(rules),
            // A Prometheus rule file, on a terminal too.
            yaml: () => prometheusRulesYaml(rules, `whorunsit rules ${paths.join(' ')}`),
          },
          'yaml',
        );
        return EXIT.ok;
      });
    });
  withOutputOptions(command, {
    outputs: ['yaml'],
    fallback: 'yaml',
    jsonHelp: 'the same as --format json: {"groups", "skipped"}',
  });
  withExamples(
    command,
    'whorunsit rules examples/acme > whorunsit.rules.yml && promtool check rules whorunsit.rules.yml',
  );
};
