/**
 * Loader throughput: whorunsit's loadModel (parse + validate + resolve) against the floor of
 * parsing the same YAML with `yaml` alone, measured in one run so the ratio is meaningful on a
 * noisy machine. Run: npm run bench:load
 */
import { parseAllDocuments } from 'yaml';
import { loadModel } from '../src/model/index.ts';
import { generateOrg } from './generate-org.ts';

const RUNS = 7;
const sizes = [
  { teams: 100, peoplePerTeam: 8, servicesPerTeam: 3 },
  { teams: 1000, peoplePerTeam: 8, servicesPerTeam: 3 },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

console.log(
  '| teams | people | services | documents | yaml parse only (ms) | loadModel (ms) | ratio |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const size of sizes) {
  const text = generateOrg(size);
  const documents = text.split('\n---\n').length;
  const parse: number[] = [];
  const load: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    parse.push(time(() => parseAllDocuments(text).map((d) => d.toJS())));
    load.push(
      time(() => {
        const result = loadModel([{ name: 'big.yaml', text }]);
        if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
      }),
    );
  }
  const p = median(parse);
  const l = median(load);
  console.log(
    `| ${size.teams} | ${size.teams * size.peoplePerTeam + 9} | ${size.teams * size.servicesPerTeam} | ${documents} | ${p.toFixed(0)} | ${l.toFixed(0)} | ${(l / p).toFixed(2)} |`,
  );
}
