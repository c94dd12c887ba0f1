// The files a watch session follows besides the submissions: report.yaml and what it names.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/load/config.js';
import { parseSource } from '../../src/load/source.js';
import { expectedConfig } from '../../src/load/expected.js';
import { namedInputs } from '../../src/watch/inputs.js';
import { reportYaml } from '../helpers/project.js';

function configOf(extra: string) {
  const loaded = parseSource('city/report.yaml', reportYaml('gb2021', 2024, extra), '', expectedConfig);
  if (!loaded.ok) throw new Error('report.yaml did not parse');
  const { config } = readConfig(loaded.source, 'city');
  if (!config) throw new Error('report.yaml was refused');
  return config;
}

describe('namedInputs', () => {
  it('is report.yaml alone until report.yaml has been read', () => {
    expect(namedInputs('city', undefined)).toEqual(['city/report.yaml']);
  });

  it('adds the roster, previous.json, every narrative, the fonts and the page template report.yaml names', () => {
    const config = configOf(
      'roster: roster.yaml\nprevious: ../2023/dist/report.json\nnarrative: {overview: narrative/overview.md, other: text/other.md}\nfonts: {body: fonts/仿宋.ttf}\nhtml_template: page.html.hbs\n',
    );
    expect(namedInputs('city', config).sort()).toEqual(
      ['city/report.yaml', 'city/roster.yaml', 'city/../2023/dist/report.json', 'city/narrative/overview.md', 'city/text/other.md', 'city/fonts/仿宋.ttf', 'city/page.html.hbs'].sort(),
    );
  });

  it('names nothing report.yaml leaves out', () => {
    expect(namedInputs('.', configOf(''))).toEqual(['report.yaml']);
  });
});
