import { closestName } from '../model/closest-name.ts';

/**
 * `no Rotation "pay"; did you mean "payments"?`: the message for a name the model does not have,
 * with the closest one it does when that looks like a typo.
 */
export function noSuchName(kind: string, name: string, known: Iterable<string>): string {
  const hint = closestName(name, known);
  return `no ${kind} "${name}"${hint ? `; did you mean "${hint}"?` : ''}`;
}
