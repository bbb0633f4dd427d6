import type { Command, Option } from 'commander';
import { RUN_MODELS } from '../../model/index.ts';
import type { CliIo } from '../io.ts';
import { loadInput } from '../load-input.ts';
import { LOOKUP_KINDS } from '../lookup/lookup-rows.ts';

/** Options whose value is a name from the model, by the kind of entity. */
const NAME_OPTIONS: Readonly<
  Record<string, 'services' | 'teams' | 'rotations' | 'people' | 'policies'>
> = {
  '--rotation': 'rotations',
  '--team': 'teams',
  '--person': 'people',
  '--fallback-rotation': 'rotations',
  '--policy': 'policies',
};
/** Options with a fixed set of values that commander does not know as choices. */
const VALUES: Readonly<Record<string, readonly string[]>> = {
  '--run-model': RUN_MODELS,
  '--tier': ['high', 'medium', 'low'],
};

/**
 * What to offer for the last of `words` (the command line after `whorunsit`, the word being typed
 * last): commands, options, option values, and names of services, teams, rotations and people
 * from the model in the current folder (or `--model`). Nothing means: let the shell complete a
 * file name.
 */
export async function completeWords(
  program: Command,
  words: readonly string[],
  io: CliIo,
): Promise<string[]> {
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  let command = program;
  let argumentIndex = 0;
  let expecting: Option | undefined;
  for (const word of before) {
    if (expecting) {
      expecting = expecting.variadic && !word.startsWith('-') ? expecting : undefined;
      if (expecting?.variadic && !word.startsWith('-')) continue;
    }
    const option = command.options.find((o) => o.long === word || o.short === word);
    if (option) {
      expecting = option.required || option.optional ? option : undefined;
      continue;
    }
    const sub = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (sub && argumentIndex === 0) {
      command = sub;
      continue;
    }
    if (!word.startsWith('-')) argumentIndex++;
  }
  const match = (candidates: Iterable<string>) =>
    [...candidates].filter((c) => c.startsWith(current)).sort();
  const previous = before.at(-1);
  const optionValue =
    expecting ??
    (previous
      ? command.options.find((o) => o.long === previous && (o.required || o.optional))
      : undefined);
  if (optionValue?.long) {
    if (optionValue.argChoices) return match(optionValue.argChoices);
    const values = VALUES[optionValue.long];
    if (values) return match(values);
    const kind = NAME_OPTIONS[optionValue.long];
    if (kind) return match(await modelNames(words, io, kind));
    return [];
  }
  if (current.startsWith('-')) {
    return match(command.options.flatMap((o) => (o.long && !o.hidden ? [o.long] : [])));
  }
  if (command.commands.length > 0 && argumentIndex === 0) {
    return match(
      command.commands
        .filter((c) => !(c as unknown as { _hidden: boolean })._hidden)
        .map((c) => c.name()),
    );
  }
  const name = command.name();
  if (name === 'get') {
    if (argumentIndex === 0) return match(LOOKUP_KINDS);
    const kind = before.find((w) => (LOOKUP_KINDS as readonly string[]).includes(w));
    return kind ? match(await modelNames(words, io, kind as (typeof LOOKUP_KINDS)[number])) : [];
  }
  if (name === 'describe') {
    return argumentIndex === 0
      ? match(['service'])
      : match(await modelNames(words, io, 'services'));
  }
  // `oncall <paths...> <service>`: after a path, the service's name (or another path).
  if (name === 'oncall' && argumentIndex > 0) return match(await modelNames(words, io, 'services'));
  return [];
}

/** Names of one kind from the model the command line points at; none when it does not load. */
async function modelNames(
  words: readonly string[],
  io: CliIo,
  kind: 'services' | 'teams' | 'rotations' | 'people' | 'policies',
): Promise<string[]> {
  const at = words.indexOf('--model');
  const paths: string[] = [];
  if (at >= 0) {
    for (const w of words.slice(at + 1, -1)) {
      if (w.startsWith('-')) break;
      paths.push(w);
    }
  }
  const quiet: CliIo = { ...io, stderr: () => {}, stdout: () => {} };
  const input = await loadInput(paths.length > 0 ? paths : ['.'], quiet).catch(() => undefined);
  if (!input?.ok) return [];
  const { model } = input;
  const map =
    kind === 'services'
      ? model.services
      : kind === 'teams'
        ? model.teams
        : kind === 'rotations'
          ? model.rotations
          : kind === 'people'
            ? model.people
            : model.compensationPolicies;
  return [...map.keys()];
}
