/** A byte Prometheus puts after each label name and value: it never occurs in UTF-8. */
const SEPARATOR = 0xff;

/**
 * The fingerprint Prometheus and Alertmanager give a label set (FNV-1a 64 over the labels sorted
 * by name, each name and value followed by 0xff), as 16 hex digits. Older Alertmanagers send no
 * fingerprint; deriving the same one a newer sender would send keeps redeliveries idempotent.
 * The 64-bit state is kept as four 16-bit limbs in small integers, so every step is integer
 * arithmetic with no allocation: intake derives one per alert of every call that carries none
 * (BigInt was the largest share of a 10,000-alert delivery's CPU; 32-bit halves in floating
 * point with a closure and an array per text still cost 10–20 µs per label set).
 */
export function labelFingerprint(labels: Readonly<Record<string, string>>): string {
  const names = Object.keys(labels);
  // Without surrogates, UTF-16 order (the default sort) is byte order.
  if (names.some((name) => SURROGATE.test(name))) names.sort(compareBytes);
  else names.sort();
  // FNV-1a 64's offset basis 0xcbf29ce484222325, lowest limb first.
  let v0 = 0x2325;
  let v1 = 0x8422;
  let v2 = 0x9ce4;
  let v3 = 0xcbf2;
  for (let t = 0; t < names.length * 2; t += 1) {
    const name = names[t >> 1] as string;
    const text = t & 1 ? (labels[name] as string) : name;
    // ASCII text is its own char codes; anything else is hashed as its UTF-8 bytes.
    const bytes = isAscii(text) ? undefined : encoder.encode(text);
    const length = bytes ? bytes.length : text.length;
    for (let i = 0; i <= length; i += 1) {
      v0 ^= i === length ? SEPARATOR : bytes ? (bytes[i] as number) : text.charCodeAt(i);
      // Times the prime 2^40 + 0x1b3, mod 2^64: each limb times 0x1b3, plus the two lower limbs
      // moved up by 40 bits (two limbs and 8 bits), carries propagated upwards.
      const t0 = v0 * 0x1b3;
      let t1 = v1 * 0x1b3;
      let t2 = v2 * 0x1b3 + (v0 << 8);
      const t3 = v3 * 0x1b3 + (v1 << 8);
      t1 += t0 >>> 16;
      t2 += t1 >>> 16;
      v0 = t0 & 0xffff;
      v1 = t1 & 0xffff;
      v2 = t2 & 0xffff;
      v3 = (t3 + (t2 >>> 16)) & 0xffff;
    }
  }
  return hex4(v3) + hex4(v2) + hex4(v1) + hex4(v0);
}

function hex4(limb: number): string {
  return limb.toString(16).padStart(4, '0');
}

const encoder = new TextEncoder();

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Go sorts strings by bytes; for UTF-8 that is code point order, which differs from UTF-16 order
 * (JavaScript's `<`) only where a surrogate pair meets a code unit above it.
 */
function compareBytes(a: string, b: string): number {
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  const x = [...a].map((c) => c.codePointAt(0) as number);
  const y = [...b].map((c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  }
  return x.length - y.length;
}

const SURROGATE = /[\uD800-\uDFFF]/;
