// The read-only view of the disk that the stages get; cli/ provides the real one, tests
// an in-memory one.
export interface InputFiles {
  /** Paths matching a glob under `dir`, as display paths (dir joined in front), sorted by code unit. */
  glob(dir: string, patterns: readonly string[]): string[];
  /** The bytes of a file, or undefined when it does not exist or cannot be read. */
  read(path: string): Uint8Array | undefined;
}

/** Joins display paths with forward slashes, dropping a leading "./". */
export function joinPath(dir: string, relative: string): string {
  if (relative.startsWith('/')) return relative;
  const base = dir === '' || dir === '.' ? '' : dir.replace(/\/+$/, '') + '/';
  return (base + relative).replace(/^\.\//, '');
}
