import { resolve } from 'node:path';
import { TimeParameterSchema } from '../../model/index.ts';
import type { createToken } from '../../server/auth/create-token.ts';
import type { listTokens, revokeToken, Store } from '../../store/index.ts';
import { ROLES, type Role } from '../../store/tokens/token.ts';
import type { CommandContext, RegisterCommand } from '../command.ts';
import { printJson, withExamples } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { withOutputOptions } from '../output/print-output.ts';

interface StoreOptions {
  readonly data: string;
  readonly databaseUrl?: string;
  readonly json?: boolean;
}

/**
 * `whorunsit token create|list|revoke`: API tokens, straight in the server's store (the first
 * admin token cannot come from the API). A token is printed once, on the last line.
 */
export const registerToken: RegisterCommand = (program, context) => {
  const token = program
    .command('token')
    .description(
      'create, list and revoke API tokens of a server (works on its data folder or database); each takes --json',
    );
  withExamples(
    token,
    'whorunsit token create --data ./data --role admin | tail -n 1',
    "whorunsit token list --data ./data --json | jq '.tokens[] | {id, role, name}'",
    'whorunsit token revoke 3f2a9c0d1e4b --data ./data --json',
  );

  const create = token
    .command('create')
    .description('create a token and print it once, on the last line')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--name <name>', 'who or what uses it, e.g. ci or alertmanager')
    .option(
      '--expires <time>',
      'when it stops working: a date (midnight UTC) or a time with a zone (default: never)',
    )
    .option('--data <dir>', 'the server data folder', 'data')
    .option('--database-url <url>', 'postgres://… (default: $DATABASE_URL)')
    .action(async (options: StoreOptions & { role: string; name?: string; expires?: string }) => {
      if (!(ROLES as readonly string[]).includes(options.role)) {
        throw new CliError(
          'bad-role',
          `--role ${options.role}: expected one of ${ROLES.join(', ')}`,
        );
      }
      const role = options.role as Role;
      const name = options.name ?? role;
      const expiresAt = expiryOf(options.expires, context.io.now());
      await withStore(options, context, async (store, { createToken }) => {
        const created = await createToken({
          db: store.db,
          name,
          role,
          now: context.io.now(),
          expiresAt,
          actor: CLI_ACTOR,
        });
        const expires = created.record.expiresAt;
        if (options.json) {
          printJson(context.io, {
            token: created.token,
            id: created.record.id,
            name,
            role,
            expiresAt: expires,
          });
        } else {
          // The token goes last, on a line of its own: scripts take it with `tail -n 1`.
          context.io.stdout(
            `Created ${role} token "${name}" (id ${created.record.id}${expires ? `, expires ${expires}` : ''}). It is shown only this once:\n${created.token}\n`,
          );
        }
      });
    });
  withOutputOptions(create, {
    outputs: ['text'],
    fallback: 'text',
    jsonHelp: 'the same as --format json: {"token", "id", "name", "role", "expiresAt"}',
  });
  withExamples(
    create,
    'whorunsit token create --data ./data --role admin',
    'whorunsit token create --role ingest --name alertmanager --json',
    'whorunsit token create --role viewer --name contractor --expires 2027-01-01',
  );

  const list = token
    .command('list')
    .description('list tokens (never their secrets)')
    .option('--data <dir>', 'the server data folder', 'data')
    .option('--database-url <url>', 'postgres://… (default: $DATABASE_URL)')
    .action(async (options: StoreOptions) => {
      await withStore(options, context, async (store, { listTokens }) => {
        const tokens = await listTokens({ db: store.db });
        if (options.json) return printJson(context.io, { tokens });
        for (const t of tokens) {
          context.io.stdout(
            `${t.id}  ${t.role.padEnd(7)}  ${t.name}  created ${t.createdAt}${t.expiresAt ? `  expires ${t.expiresAt}` : ''}  ${t.lastUsedAt ? `last used ${t.lastUsedAt}` : 'never used'}${t.revokedAt ? `  revoked ${t.revokedAt}` : ''}\n`,
          );
        }
      });
    });
  withOutputOptions(list, {
    outputs: ['text'],
    fallback: 'text',
    jsonHelp: 'the same as --format json: {"tokens": [...]}',
  });
  withExamples(list, 'whorunsit token list --data ./data --json');

  const revoke = token
    .command('revoke')
    .description('revoke a token by its id; it stops working at once')
    .argument('<id>', 'the token id (the 12 hex digits after wri_)')
    .option('--data <dir>', 'the server data folder', 'data')
    .option('--database-url <url>', 'postgres://… (default: $DATABASE_URL)')
    .action(async (id: string, options: StoreOptions) => {
      await withStore(options, context, async (store, { revokeToken }) => {
        const at = context.io.now().toISOString();
        const found = await revokeToken({
          db: store.db,
          id,
          at,
          audit: {
            at,
            actor: CLI_ACTOR,
            action: 'token.revoked',
            target: `token/${id}`,
            details: {},
          },
        });
        if (!found) throw new CliError('not-found', `no token with id ${id}`);
        if (options.json) printJson(context.io, { revoked: id });
        else context.io.stderr(`Revoked token ${id}\n`);
      });
    });
  withOutputOptions(revoke, {
    outputs: ['text'],
    fallback: 'text',
    jsonHelp: 'the same as --format json: {"revoked": id}',
  });
  withExamples(revoke, 'whorunsit token revoke 3f2a9c0d1e4b --data ./data');
};

/** `--expires`: read with the same schema as the API's `expiresAt`; in the future. */
function expiryOf(text: string | undefined, now: Date): Date | undefined {
  if (text === undefined) return undefined;
  const parsed = TimeParameterSchema.safeParse(text);
  if (!parsed.success) {
    throw new CliError(
      'bad-time',
      `--expires: expected a date like 2027-01-01 or a time with a zone like 2027-01-01T00:00:00Z, found "${text}"`,
    );
  }
  if (parsed.data <= now.getTime()) {
    throw new CliError('bad-time', `--expires ${text}: expected a time in the future`);
  }
  return new Date(parsed.data);
}

interface TokenFunctions {
  readonly createToken: typeof createToken;
  readonly listTokens: typeof listTokens;
  readonly revokeToken: typeof revokeToken;
}

/** Who the audit log names for tokens made and revoked on the server's own store. */
const CLI_ACTOR = 'whorunsit token (command line)';

async function withStore(
  options: StoreOptions,
  context: CommandContext,
  body: (store: Store, tokens: TokenFunctions) => Promise<void>,
): Promise<void> {
  // The store's modules are loaded here, not at the top: other commands start without them.
  const [{ openStore, listTokens, revokeToken }, { createToken }] = await Promise.all([
    import('../../store/index.ts'),
    import('../../server/auth/create-token.ts'),
  ]);
  let store: Store;
  try {
    store = await openStore({
      dataDir: resolve(context.io.cwd, options.data),
      databaseUrl: options.databaseUrl ?? context.io.env.DATABASE_URL,
    });
  } catch (error) {
    throw new CliError('store', `cannot open the store: ${(error as Error).message}`);
  }
  try {
    await body(store, { createToken, listTokens, revokeToken });
    context.exit(EXIT.ok);
  } finally {
    await store.close();
  }
}
