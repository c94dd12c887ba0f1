// Counts summed exactly: plain numbers while they are safe integers, BigInt beyond 2^53,
// so three cells of 9007199254740991 sum to 27021597764222973, never a rounded figure.
export type Count = number | bigint;

/** Back to a number when the value fits exactly, so small sums stay plain numbers. */
function normal(value: bigint): Count {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

export function addCounts(a: Count, b: Count): Count {
  if (typeof a === 'number' && typeof b === 'number') {
    const sum = a + b;
    if (Number.isSafeInteger(sum)) return sum;
  }
  return normal(BigInt(a) + BigInt(b));
}

export function subtractCounts(a: Count, b: Count): Count {
  return addCounts(a, typeof b === 'number' ? -b : -b);
}

export function isCount(value: unknown): value is Count {
  return typeof value === 'bigint' || (typeof value === 'number' && Number.isSafeInteger(value));
}

/** How a count beyond 2^53 travels through JSON (worker messages, the build cache): "123n". */
export function countToPlain(value: Count): number | string {
  return typeof value === 'number' ? value : `${value}n`;
}

export function isPlainBigCount(value: string): boolean {
  return /^-?\d+n$/.test(value);
}

export function countFromPlain(value: string): Count {
  return normal(BigInt(value.slice(0, -1)));
}
