// No input can reach an object's prototype: a key named __proto__, constructor or
// prototype in a submission, report.yaml, roster.yaml or previous.json is a located
// load/reserved-key error, and a narrative placeholder naming one names no figure.
import { afterEach, describe, expect, it } from 'vitest';
import { buildProject, projectOptions, reportYaml } from '../helpers/project.js';
import { edit, fixture, located } from '../helpers/submissions.js';

const finance = fixture('submissions/valid-gb2021.yaml');
const report = reportYaml('gb2021', 2023);
const roster = 'agencies:\n  - {id: finance, name: 示例市财政局}\n';

/** Nothing any test here did may show on a plain object. */
afterEach(() => {
  const probe = {} as Record<string, unknown>;
  for (const key of ['x', 'year', 'polluted', 'individual', 'title']) expect(probe[key], key).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(Object.getOwnPropertyNames(Object.getPrototypeOf({})).sort());
  expect(Object.keys(Object.prototype)).toEqual([]);
});

const codes = (result: Awaited<ReturnType<typeof buildProject>>) => result.diagnostics.map((d) => ({ ...located(d), file: d.file }));

async function previousJson(): Promise<string> {
  const result = await buildProject({ 'report.yaml': reportYaml('gb2021', 2022), 'submissions/finance.yaml': edit(finance, 'year: 2023', 'year: 2022') }, projectOptions(['json']));
  expect(result.failed).toBe(false);
  return new TextDecoder().decode(result.outputs.get('report.json'));
}

describe('reserved keys', () => {
  it.each([
    ['__proto__', 'polluted: 1'],
    ['constructor', 'polluted: 1'],
    ['prototype', 'polluted: 1'],
  ])('a submission with %s', async (key, inner) => {
    const text = edit(finance, 'active_disclosure:\n', `active_disclosure:\n  ${key}: {${inner}}\n`);
    const result = await buildProject({ 'report.yaml': report, 'submissions/finance.yaml': text }, projectOptions(['json']));
    expect(result.failed).toBe(true);
    expect(codes(result)).toEqual([{ code: 'load/reserved-key', path: `active_disclosure.${key}`, line: 7, column: 3, file: 'p/submissions/finance.yaml' }]);
    expect(result.diagnostics[0].message).toContain(`\`${key}\``);
  });

  it('a key nested under another', async () => {
    const text = edit(finance, 'active_disclosure:\n', 'active_disclosure:\n  x: {constructor: {prototype: 1}}\n');
    const result = await buildProject({ 'report.yaml': report, 'submissions/finance.yaml': text }, projectOptions(['json']));
    expect(codes(result).map((d) => d.path)).toEqual(['active_disclosure.x.constructor', 'active_disclosure.x.constructor.prototype']);
  });

  it('report.yaml', async () => {
    const result = await buildProject({ 'report.yaml': `${report}contact: {__proto__: {title: x}}\n`, 'submissions/finance.yaml': finance }, projectOptions(['json']));
    expect(result.failed).toBe(true);
    expect(result.checked.configFailed).toBe(true);
    expect(codes(result)).toEqual([{ code: 'load/reserved-key', path: 'contact.__proto__', line: 6, column: 11, file: 'p/report.yaml' }]);
  });

  it('roster.yaml', async () => {
    const text = `${roster}  - {id: police, name: 示例市公安局, constructor: {polluted: 1}}\n`;
    const result = await buildProject({ 'report.yaml': `${report}roster: roster.yaml\n`, 'roster.yaml': text, 'submissions/finance.yaml': finance }, projectOptions(['json']));
    expect(result.checked.configFailed).toBe(true);
    expect(codes(result)).toEqual([{ code: 'load/reserved-key', path: 'agencies.1.constructor', line: 3, column: 32, file: 'p/roster.yaml' }]);
  });

  it('previous.json', async () => {
    const json = await previousJson();
    const at = json.lastIndexOf('"carried_forward": {') + '"carried_forward": {'.length;
    const previous = `${json.slice(0, at)}"__proto__": {"polluted": 1}, ${json.slice(at)}`;
    expect(previous).toContain('"__proto__"');
    const result = await buildProject({ 'report.yaml': `${report}previous: previous.json\n`, 'previous.json': previous, 'submissions/finance.yaml': finance }, projectOptions(['json']));
    expect(result.failed).toBe(true);
    expect(codes(result).map((d) => [d.code, d.path, d.file])).toEqual([['load/reserved-key', 'units.0.carried_forward.__proto__', 'p/previous.json']]);
  });

  it.each(['__proto__', 'constructor', 'prototype', 'requests.constructor', 'requests.__proto__.received', 'units.constructor', 'groups.__proto__.units', 'toString', 'hasOwnProperty'])(
    'a narrative placeholder {{%s}}',
    async (name) => {
      const result = await buildProject(
        { 'report.yaml': `${report}narrative: {overview: overview.md}\n`, 'overview.md': `共{{${name}}}件。\n`, 'submissions/finance.yaml': finance },
        projectOptions(['md']),
      );
      expect(result.failed).toBe(true);
      expect(codes(result)).toEqual([{ code: 'narrative/placeholder', path: '', line: 1, column: 4, file: 'p/overview.md' }]);
    },
  );
});
