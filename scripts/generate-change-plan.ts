// Regenerates examples/startup-target/change-plan.md from the two example models.
// Run it with `npm run examples:change-plan` after changing either model or the diff report.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHANGE_PLAN_EXAMPLE, ROOT, renderChangePlanExample } from './change-plan-example.ts';

const plan = await renderChangePlanExample();
await writeFile(join(ROOT, CHANGE_PLAN_EXAMPLE), plan);
process.stdout.write(`wrote ${CHANGE_PLAN_EXAMPLE}\n`);
