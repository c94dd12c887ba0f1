// Failures that are not diagnostics about the input: bad usage (exit 2) and our own
// bugs (exit 3). Both carry the underlying cause.
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
}

export class InternalError extends Error {
  override readonly name = 'InternalError';
  readonly exitCode = 3;
}
