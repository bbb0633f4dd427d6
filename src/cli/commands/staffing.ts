import { fundingSection } from '../../report/funding-section.ts';
import { rotationSizingSection } from '../../report/rotation-sizing-section.ts';
import { staffingJson } from '../../report/staffing-json.ts';
import { staffingReport } from '../../report/staffing-report.ts';
import { headcountSection, hiringSection, sreTeamsSection } from '../../report/staffing-section.ts';
import type { RegisterCommand } from '../command.ts';
import { withExamples, withModel } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { printOutput, withOutputOptions } from '../output/print-output.ts';

/**
 * `whorunsit staffing <paths…>`: SRE teams (§12.4.1), SREs by level and location with a
 * hiring list (§12.10.2), rotation sizes (§12.6), budget and head count limits (§12.4.6).
 */
export const registerStaffing: RegisterCommand = (program, context) => {
  const command = program
    .command('staffing')
    .description(
      'SRE teams, SREs by level and location, a hiring list, rotation sizes, and budget and head count limits (§12.4.1, §12.4.6, §12.6, §12.10.2)',
    )
    .argument('<paths...>', 'files, folders (searched for *.yaml/*.yml) or - for stdin')
    .option(
      '--policy <name>',
      'the CompensationPolicy whose business hours size 8x5 and 8x7 rotations',
    )
    .action(async (paths: string[], options: { json?: boolean; policy?: string }) => {
      await withModel(paths, options, context, (model) => {
        const report = staffingReport(model, { policy: options.policy });
        if (!report.ok) throw new CliError(report.code, report.message);
        const { staffing: result, annualCost } = report;
        const md = () => {
          const sections = [
            '# Staffing',
            sreTeamsSection(result),
            headcountSection(result),
            hiringSection(result),
            rotationSizingSection(result),
            fundingSection(result, annualCost),
          ];
          return `${sections.filter((s) => s !== undefined).join('\n\n')}\n`;
        };
        printOutput(context, options, { json: () => staffingJson(result, annualCost), md }, 'md');
        return EXIT.ok;
      });
    });
  withOutputOptions(command, {
    outputs: ['md'],
    fallback: 'md',
    jsonHelp: 'print {"sreTeams", "roles", "rotations", "hiring", "funding", …} as JSON',
    summary: true,
  });
  withExamples(
    command,
    'whorunsit staffing examples/acme',
    "whorunsit staffing examples/acme --json | jq '.roles.junior'",
  );
};
