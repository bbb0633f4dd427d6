import { resolve } from 'node:path';
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
    .option('--data <dir>', 'the server data folder', 'data')
    .option('--database-url <url>', 'postgres://… (default: $DATABASE_URL)')
    .action(async (options: StoreOptions & { role: string; name?: string }) => {
      if (!(ROLES as readonly string[]).includes(options.role)) {
        throw new CliError(
          'bad-role',
          `--role ${options.role}: expected one of ${ROLES.join(', ')}`,
        );
      }
      const role = options.role as Role;
      const name = options.name ?? role;
      await withStore(options, context, async (store, { createToken }) => {
        const created = await createToken({
          db: store.db,
          name,
          role,
          now: context.io.now(),
          actor: CLI_ACTOR,
        });
        if (options.json) {
          printJson(context.io, { token: created.token, id: created.record.id, name, role });
        } else {
          // The token goes last, on a line of its own: scripts take it with `tail -n 1`.
          context.io.stdout(
            `Created ${role} token "${name}" (id ${created.record.id}). It is shown only this once:\n${created.token}\n`,
          );
        }
      });
    });
  withOutputOptions(create, {
    outputs: ['text'],
    fallback: 'text',
    jsonHelp: 'the same as --format json: {"token", "id", "name", "role"}',
  });
  withExamples(
    create,
    'whorunsit token create --data ./data --role admin',
    'whorunsit token create --role ingest --name alertmanager --json',
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
            `${t.id}  ${t.role.padEnd(7)}  ${t.name}  created ${t.createdAt}${t.revokedAt ? `  revoked ${t.revokedAt}` : ''}\n`,
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
