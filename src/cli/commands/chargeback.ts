import { chargeback } from '../../engine/chargeback/index.ts';
import { parseMonth } from '../../engine/compensation/index.ts';
import { offeringsCatalog } from '../../engine/offerings/index.ts';
import { chargebackJson } from '../../report/chargeback-json.ts';
import { chargebackSection } from '../../report/chargeback-section.ts';
import { offeringsSection } from '../../report/offerings-section.ts';
import type { RegisterCommand } from '../command.ts';
import { withExamples, withModel } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { printOutput, withOutputOptions } from '../output/print-output.ts';

/**
 * `whorunsit chargeback <paths…> --month YYYY-MM`: the month's chargeback statements per
 * consumer cost center (§12.4.7) and the SRE offerings catalog (§12.4.3).
 */
export const registerChargeback: RegisterCommand = (program, context) => {
  const command = program
    .command('chargeback')
    .description(
      "a month's SRE support statements per consumer cost center at the transfer price, and the SRE offerings with their price models (§12.4.3, §12.4.7)",
    )
    .argument('<paths...>', 'files, folders (searched for *.yaml/*.yml) or - for stdin')
    .requiredOption('--month <YYYY-MM>', 'the month to charge, e.g. 2026-03')
    .action(async (paths: string[], options: { json?: boolean; month: string }) => {
      const month = parseMonth(options.month);
      if (!month) {
        throw new CliError(
          'invalid-month',
          `--month: expected a month as YYYY-MM, e.g. 2026-03, found "${options.month}"`,
        );
      }
      await withModel(paths, options, context, (model) => {
        const result = chargeback(model, month);
        const catalog = offeringsCatalog(model);
        const md = () =>
          `${[
            '# Chargeback',
            chargebackSection(result) ??
              'No SRE team supports a development team: nothing to charge.',
            offeringsSection(catalog),
          ]
            .filter((s) => s !== undefined)
            .join('\n\n')}\n`;
        printOutput(context, options, { json: () => chargebackJson(result, catalog), md }, 'md');
        return EXIT.ok;
      });
    });
  withOutputOptions(command, {
    outputs: ['md'],
    fallback: 'md',
    jsonHelp: 'print {"statements": [{consumer, provider, total, lines}], …} as JSON',
    summary: true,
  });
  withExamples(
    command,
    'whorunsit chargeback examples/acme --month 2026-03',
    "whorunsit chargeback examples/acme --month 2026-03 --json | jq '.statements[] | {consumer, total}'",
  );
};
