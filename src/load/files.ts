// The read-only view of the disk that the stages get; cli/ provides the real one, tests
// an in-memory one.
export interface InputFiles {
  /** Paths matching a glob under `dir`, as display paths (dir joined in front), sorted by code unit. */
  glob(dir: string, patterns: readonly string[]): string[];
  /** The bytes of a file, or undefined when it does not exist or cannot be read. */
  read(path: string): Uint8Array | undefined;
}

/**
 * A path as the user sees it and as report.yaml may give it: with forward slashes on every
 * system, so `submissions\**\*.yaml`, `.\city` and `C:\报告\city` work as on Windows
 * and print the same everywhere. (A backslash is never a glob escape in report.yaml.)
 */
export function slashed(path: string): string {
  return path.replaceAll('\\', '/');
}

/** Whether a slashed path is absolute on some system: `/x`, `//server/share`, `C:/x`. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

/** Joins display paths with forward slashes, dropping "." segments (`./roster.yaml`). */
export function joinPath(dir: string, relative: string): string {
  const path = slashed(relative);
  if (isAbsolutePath(path)) return path;
  const base = dir === '' || dir === '.' ? '' : slashed(dir).replace(/\/+$/, '') + '/';
  return (base + path).replace(/(^|\/)(?:\.\/)+/g, '$1');
}
