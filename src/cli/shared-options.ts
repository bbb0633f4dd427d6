import { Option } from 'commander';

/**
 * Options several commands share, defined once so each has the same name, value and help
 * everywhere (`program.test.ts` walks the command tree and holds every command to these).
 */

/** `--model <paths...>`: for commands whose arguments are names, not model paths. */
export function modelOption(): Option {
  return new Option('--model <paths...>', 'model files or folders').default(
    ['.'],
    'the current folder',
  );
}

/** `--at <time>`: one moment. */
export function atOption(help: string): Option {
  return new Option(
    '--at <time>',
    `${help}: an ISO 8601 time with a zone, or a date (midnight UTC)`,
  );
}

/** `--month <YYYY-MM>`: one calendar month. */
export function monthOption(help: string): Option {
  return new Option('--month <YYYY-MM>', help);
}
