import { selectPolicy } from '../../engine/compensation/index.ts';
import { businessHoursOf } from '../../engine/coverage-hours/index.ts';
import { DEFAULT_ANNUAL_COST } from '../../engine/funding/index.ts';
import { staffing } from '../../engine/staffing/index.ts';
import { fundingSection } from '../../report/funding-section.ts';
import { rotationSizingSection } from '../../report/rotation-sizing-section.ts';
import { staffingJson } from '../../report/staffing-json.ts';
import { headcountSection, hiringSection, sreTeamsSection } from '../../report/staffing-section.ts';
import type { RegisterCommand } from '../command.ts';
import { printJson, withExamples, withModel } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';

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
    .option('--json', 'print {"sreTeams", "roles", "rotations", "hiring", "funding", …} as JSON')
    .action(async (paths: string[], options: { json?: boolean; policy?: string }) => {
      await withModel(paths, options, context, (model) => {
        const selected = selectPolicy(model, options.policy);
        if (!selected.ok) throw new CliError(selected.code, selected.message);
        const result = staffing(model, {
          businessHours: businessHoursOf(selected.policy?.spec),
          annualCost: DEFAULT_ANNUAL_COST,
        });
        if (options.json) printJson(context.io, staffingJson(result, DEFAULT_ANNUAL_COST));
        else {
          const sections = [
            '# Staffing',
            sreTeamsSection(result),
            headcountSection(result),
            hiringSection(result),
            rotationSizingSection(result),
            fundingSection(result, DEFAULT_ANNUAL_COST),
          ];
          context.io.stdout(`${sections.filter((s) => s !== undefined).join('\n\n')}\n`);
        }
        return EXIT.ok;
      });
    });
  withExamples(
    command,
    'whorunsit staffing examples/acme',
    "whorunsit staffing examples/acme --json | jq '.roles.junior'",
  );
};
