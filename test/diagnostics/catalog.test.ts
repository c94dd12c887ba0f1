// The code catalog equals the rule table of docs/formats.md; the families that table
// leaves out (load/, config/, narrative/, import/) and the schema/* family are listed here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/diagnostics/catalog.js';
import { rules } from '../../src/validate/rules/index.js';

const formatsMd = readFileSync(new URL('../../docs/formats.md', import.meta.url), 'utf8');

function specTable(): Map<string, string> {
  const table = new Map<string, string>();
  const section = formatsMd.slice(formatsMd.indexOf('## Consistency rules'));
  for (const line of section.split('\n')) {
    const match = /^\| (`[^|]+`) \| (error|warning) \|/.exec(line);
    if (!match) continue;
    for (const code of match[1].match(/`([^`]+)`/g) ?? []) table.set(code.slice(1, -1), match[2]);
  }
  return table;
}

describe('the code catalog', () => {
  const spec = specTable();

  it('has every code of formats.md with its severity', () => {
    expect(spec.size).toBeGreaterThan(10);
    for (const [code, severity] of spec) {
      if (code.endsWith('/*')) {
        const family = code.slice(0, -1);
        expect(Object.keys(catalog).some((c) => c.startsWith(family)), code).toBe(true);
        continue;
      }
      expect(catalog[code as keyof typeof catalog]?.severity, code).toBe(severity);
    }
  });

  it('adds nothing outside formats.md but our own families', () => {
    const families = ['schema/', 'load/', 'config/', 'narrative/', 'import/'];
    for (const code of Object.keys(catalog)) {
      if (families.some((f) => code.startsWith(f))) continue;
      expect(spec.has(code), code).toBe(true);
    }
  });

  it('lists rules sorted by code, each code once', () => {
    const codes = rules.map((r) => r.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });
});
