/**
 * Statements each PostgreSQL connection prepares once, by their text: node-postgres sends an
 * unnamed statement's text with every call, and PostgreSQL parses and plans it again each time;
 * a named one is parsed and planned on a connection's first call and only bound and run after.
 * Only for statements whose text never changes and that run often (alert intake's insert).
 */
const names = new Map<string, string>();

/** Registers `text` under `name` (once per process) and returns it, for `db.executeQuery`. */
export function namedStatement(name: string, text: string): string {
  const known = names.get(text);
  if (known !== undefined && known !== name) {
    throw new Error(`statement already named ${known}, not ${name}`);
  }
  if (known === undefined && [...names.values()].includes(name)) {
    throw new Error(`another statement is already named ${name}`);
  }
  names.set(text, name);
  return text;
}

/** The name `text` is prepared under, if it is one of the named statements. */
export function statementName(text: string): string | undefined {
  return names.get(text);
}

/** A node-postgres client whose `query(text, values)` may be sent as a named statement. */
interface QueryClient {
  query: (...args: never[]) => unknown;
}

/**
 * Sends this client's calls of a named statement's text (`query(text, values)`, as Kysely
 * makes them) as that named statement: node-postgres parses it on the connection once and
 * keeps it for the connection's life.
 */
export function prepareNamedStatements(client: QueryClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const [text, values, ...rest] = args;
    const name = typeof text === 'string' ? names.get(text) : undefined;
    if (name === undefined || (values !== undefined && !Array.isArray(values)))
      return query(...args);
    return query({ name, text, values: values ?? [] }, ...rest);
  }) as QueryClient['query'];
}
