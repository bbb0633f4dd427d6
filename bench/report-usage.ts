/**
 * Preloaded into a benchmarked process (`node --import ./bench/report-usage.ts …`): when the
 * process exits, writes its CPU time and peak memory as JSON to the file named by
 * BENCH_USAGE_FILE, so the benchmark measures the real command without wrapping it.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file !== undefined) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
        maxRssKb: usage.maxRSS,
      }),
    );
  });
}
