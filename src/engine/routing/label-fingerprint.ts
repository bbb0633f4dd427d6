const OFFSET64 = 14695981039346656037n;
const PRIME64 = 1099511628211n;
const MASK64 = (1n << 64n) - 1n;
/** Prometheus separates label names and values with a byte that never occurs in UTF-8. */
const SEPARATOR = 0xff;

/**
 * The fingerprint Prometheus and Alertmanager give a label set (FNV-1a 64 over the labels sorted
 * by name, each name and value followed by 0xff), as 16 hex digits. Older Alertmanagers send no
 * fingerprint; deriving the same one a newer sender would send keeps redeliveries idempotent.
 */
export function labelFingerprint(labels: Readonly<Record<string, string>>): string {
  let hash = OFFSET64;
  const add = (byte: number) => {
    hash = ((hash ^ BigInt(byte)) * PRIME64) & MASK64;
  };
  const encoder = new TextEncoder();
  for (const name of Object.keys(labels).sort(compareBytes)) {
    for (const byte of encoder.encode(name)) add(byte);
    add(SEPARATOR);
    for (const byte of encoder.encode(labels[name] as string)) add(byte);
    add(SEPARATOR);
  }
  return hash.toString(16).padStart(16, '0');
}

/** Go sorts strings by bytes; for UTF-8 that is code point order, not UTF-16 order. */
function compareBytes(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0) as number);
  const y = [...b].map((c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  }
  return x.length - y.length;
}
