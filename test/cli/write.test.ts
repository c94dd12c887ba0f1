// The output folder holds one build's complete set: what an earlier build wrote and this
// one did not is removed (only if unchanged since), a user's files are never touched, and
// staging left by an interrupted build is removed or, once committed, finished.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestName, recoverStaging, writeOutputs } from '../../src/cli/write.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const outputs = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([p, t]) => [p, bytes(t)]));
const folder = () => mkdtempSync(join(tmpdir(), 'report-write-'));

/** Every file under `dir`, relative, with its text. */
function contents(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, contents(dir, relative));
    else out[relative] = readFileSync(join(dir, relative), 'utf8');
  }
  return out;
}

const withoutManifest = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([p]) => p !== manifestName));

describe('writeOutputs', () => {
  it('removes what the previous build wrote and this one did not, and nothing else', () => {
    const dir = folder();
    writeOutputs(dir, outputs({ 'report.md': 'v1', 'report.pdf': 'pdf1', 'agencies/a.md': 'a1', 'agencies/b.md': 'b1' }));
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const result = writeOutputs(dir, outputs({ 'report.md': 'v2', 'agencies/a.md': 'a2' }));
    expect(withoutManifest(contents(dir))).toEqual({ 'notes.txt': 'mine', 'report.md': 'v2', 'agencies/a.md': 'a2' });
    expect(result.removed.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['agencies/b.md', 'report.pdf']);
    writeOutputs(dir, outputs({ 'report.md': 'v3' }));
    expect(withoutManifest(contents(dir))).toEqual({ 'notes.txt': 'mine', 'report.md': 'v3' });
    expect(existsSync(join(dir, 'agencies'))).toBe(false);
  });

  it('leaves a file an earlier build wrote but the user changed since', () => {
    const dir = folder();
    writeOutputs(dir, outputs({ 'report.md': 'v1', 'report.html': '<p>v1</p>' }));
    writeFileSync(join(dir, 'report.html'), '<p>edited by hand</p>');
    const result = writeOutputs(dir, outputs({ 'report.md': 'v2' }));
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('<p>edited by hand</p>');
    expect(result.kept).toEqual([join(dir, 'report.html')]);
  });

  it('removes nothing when there is no manifest (outputs of an older version, or a user folder)', () => {
    const dir = folder();
    writeFileSync(join(dir, 'report.pdf'), 'old');
    writeOutputs(dir, outputs({ 'report.md': 'v1' }));
    expect(readFileSync(join(dir, 'report.pdf'), 'utf8')).toBe('old');
  });

  it('ignores manifest entries that point outside the folder', () => {
    const parent = folder();
    const dir = join(parent, 'dist');
    mkdirSync(dir);
    writeFileSync(join(parent, 'precious.txt'), 'x');
    const hash = '2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881'; // sha256("x")
    writeFileSync(join(dir, manifestName), JSON.stringify({ files: { '../precious.txt': hash } }));
    writeOutputs(dir, outputs({ 'report.md': 'v1' }));
    expect(readFileSync(join(parent, 'precious.txt'), 'utf8')).toBe('x');
  });

  it('removes staging an interrupted build left before its commit, and finishes one left after it', () => {
    const dir = folder();
    writeOutputs(dir, outputs({ 'report.md': 'v1', 'report.pdf': 'pdf1' }));
    // Interrupted while writing: half the files staged, no commit record.
    mkdirSync(join(dir, '.report-staging-abc/files'), { recursive: true });
    writeFileSync(join(dir, '.report-staging-abc/files/report.md'), 'half');
    recoverStaging(dir);
    expect(readdirSync(dir).filter((n) => n.startsWith('.report-staging-'))).toEqual([]);
    expect(withoutManifest(contents(dir))).toEqual({ 'report.md': 'v1', 'report.pdf': 'pdf1' });

    // Interrupted while renaming: the commit record is there, report.md already moved.
    const pdfHash = JSON.parse(readFileSync(join(dir, manifestName), 'utf8')).files['report.pdf'];
    mkdirSync(join(dir, '.report-staging-def/files'), { recursive: true });
    writeFileSync(join(dir, '.report-staging-def/files/report.html'), '<p>v2</p>');
    writeFileSync(join(dir, 'report.md'), 'v2');
    writeFileSync(join(dir, '.report-staging-def/commit.json'), JSON.stringify({ files: { 'report.md': 'h1', 'report.html': 'h2' }, remove: { 'report.pdf': pdfHash } }));
    writeOutputs(dir, outputs({ 'report.md': 'v3', 'report.html': '<p>v3</p>' }));
    expect(readdirSync(dir).filter((n) => n.startsWith('.report-staging-'))).toEqual([]);
    expect(withoutManifest(contents(dir))).toEqual({ 'report.md': 'v3', 'report.html': '<p>v3</p>' });
  });
});
