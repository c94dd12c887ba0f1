// Checks submission files one by one and keeps only what the later stages need: each
// file's identity, its diagnostics (with its text, for the reporter, when it has any),
// and running sums. Nothing holds every parsed document at once, so a national roll-up
// fits in memory; chunks of files can be scanned in parallel and their results merged.
import { addSubmission, type UnitEntry } from '../consolidate/consolidate.js';
import { GroupedSums, type PlainSums } from '../consolidate/sums.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatCells } from '../formats/cells.js';
import { countsByColumn } from '../formats/figures.js';
import { findFormat } from '../formats/index.js';
import type { KeyPath } from '../formats/cells.js';
import type { InputFiles } from '../load/files.js';
import { readDocument } from '../read/index.js';
import { createSubmissionValidator, type SubmissionValidator } from './run.js';

export interface ScannedFile {
  readonly file: string;
  readonly sha256: string;
  readonly id?: string;
  readonly year?: unknown;
  readonly format?: unknown;
  /** The agency's name, and the subtotal group the file itself names (`group:`), if given. */
  readonly name?: string;
  readonly group?: string;
  /** The unit ids the file sums: its own id, and the `units` of a consolidated report. */
  readonly covers: readonly { readonly id: string; readonly path: KeyPath }[];
  /** 上年结转 by applicant column, for a plain submission. */
  readonly carriedOver?: Readonly<Record<string, number>>;
  /** The units it adds to the report's list; empty when the file has errors. */
  readonly units: readonly UnitEntry[];
  /** A consolidated report given as input (it has `units`). */
  readonly consolidated: boolean;
  readonly failed: boolean;
}

export interface ScanResult {
  readonly files: readonly ScannedFile[];
  readonly diagnostics: readonly Diagnostic[];
  /** Texts of the files that have diagnostics, for reporters that quote the line. */
  readonly sources: ReadonlyMap<string, string>;
  /** Sums over the files without errors, when asked for. */
  readonly sums?: PlainSums;
}

export interface ScanRequest {
  readonly paths: readonly string[];
  /** The report's format, for files that do not say theirs. */
  readonly formatId?: string;
  readonly sum: boolean;
  /** The roster's subtotal group by unit id, for files that name none. */
  readonly groupOf?: Readonly<Record<string, string>>;
}

/** Chunks of files to scan, each with its own result (so results can be kept per chunk). */
export interface ScanJob {
  readonly chunks: readonly (readonly string[])[];
  readonly formatId?: string;
  readonly sum: boolean;
  readonly groupOf?: Readonly<Record<string, string>>;
}

/** Scans each chunk of a job; `onProgress` hears how many files are done. */
export type Scanner = (job: ScanJob, onProgress?: (done: number) => void) => Promise<ScanResult[]>;

/**
 * The one way a caller chooses how files are scanned: given the project's output folder
 * (where a build may keep its cache; undefined for loose files), the scanner to use.
 */
export type ScannerChoice = (outputDir?: string) => Scanner;

export function chunksOf(paths: readonly string[], size: number): string[][] {
  const chunks: string[][] = [];
  for (let i = 0; i < paths.length; i += size) chunks.push(paths.slice(i, i + size));
  return chunks;
}

function identity(value: Readonly<Record<string, unknown>>, model: FormatCells | undefined) {
  const id = typeof value.id === 'string' ? value.id : undefined;
  const units = Array.isArray(value.units) ? (value.units as { id?: unknown }[]) : undefined;
  const covers = [
    ...(id === undefined ? [] : [{ id, path: ['id'] }]),
    ...(units ?? []).flatMap((u, i) => (typeof u?.id === 'string' ? [{ id: u.id, path: ['units', String(i), 'id'] }] : [])),
  ];
  const carriedOver = !units && model ? countsByColumn(value, ['carried_over'], model) : undefined;
  const group = typeof value.group === 'string' ? value.group : undefined;
  const name = typeof value.name === 'string' ? value.name : undefined;
  return { id, year: value.year, format: value.format, ...(name === undefined ? {} : { name }), ...(group === undefined ? {} : { group }), covers, carriedOver, consolidated: units !== undefined };
}

/** Scans files in this thread (a workbook is read asynchronously, so this returns a promise). */
export async function scanFiles(request: ScanRequest, files: InputFiles, validate: SubmissionValidator = createSubmissionValidator(), onProgress?: (done: number) => void): Promise<ScanResult> {
  const projectFormat = request.formatId === undefined ? undefined : findFormat(request.formatId);
  const sums = new GroupedSums();
  const scanned: ScannedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  for (const [index, path] of request.paths.entries()) {
    if (onProgress && index % 64 === 0) onProgress(index);
    const loaded = await readDocument(files, path);
    if (!loaded.ok) {
      diagnostics.push(...loaded.diagnostics);
      if (loaded.text !== undefined) sources.set(path, loaded.text);
      continue;
    }
    const source = loaded.document;
    const checked = validate(source, projectFormat);
    const { model } = checked;
    if (checked.diagnostics.length > 0) {
      diagnostics.push(...checked.diagnostics);
      if (source.text !== undefined) sources.set(path, source.text);
    }
    const failed = checked.diagnostics.some((d) => d.severity === 'error');
    const units = !failed && model && request.sum ? addSubmission(sums, { value: source.value, sha256: source.sha256 }, model, checked.figures, request.groupOf) : [];
    scanned.push({ file: path, sha256: source.sha256, ...identity(source.value, model), units, failed });
  }
  onProgress?.(request.paths.length);
  return { files: scanned, diagnostics, sources, ...(request.sum ? { sums: sums.toPlain() } : {}) };
}

/** Results of chunks scanned apart, in the order of the chunks. */
export function mergeScans(results: readonly ScanResult[]): ScanResult {
  const sums = new GroupedSums();
  let summed = false;
  for (const r of results) {
    if (r.sums) {
      sums.merge(r.sums);
      summed = true;
    }
  }
  return {
    files: results.flatMap((r) => r.files),
    diagnostics: results.flatMap((r) => r.diagnostics),
    sources: new Map(results.flatMap((r) => [...r.sources])),
    ...(summed ? { sums: sums.toPlain() } : {}),
  };
}

export function inProcessScanner(files: InputFiles): Scanner {
  return async ({ chunks, formatId, sum, groupOf }, onProgress) => {
    const validate = createSubmissionValidator();
    let done = 0;
    const results: ScanResult[] = [];
    for (const paths of chunks) {
      results.push(await scanFiles({ paths, formatId, sum, groupOf }, files, validate, onProgress && ((n) => onProgress(done + n))));
      done += paths.length;
    }
    return results;
  };
}
