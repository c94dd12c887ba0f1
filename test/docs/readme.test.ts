// README.md (Chinese, for the offices) and README.en.md say the same: each links to the
// other, the commands and example files are identical, both name every diagnostic code
// (or its family), and the Chinese one is written in Chinese.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalog } from '../../src/diagnostics/catalog.js';

const read = (name: string) => readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');
const readmes = { zh: read('README.md'), en: read('README.en.md') };

/** The fenced blocks of a Markdown text, with their language. */
const fences = (text: string) =>
  [...text.matchAll(/^( *)```(\w*)\n([\s\S]*?)^ *```$/gm)].map((m) => ({ lang: m[2], body: m[3].replace(new RegExp(`^ {0,${m[1].length}}`, 'gm'), '') }));

/** The command lines of the shell blocks, without their comments (which are in each README's language). */
const commands = (text: string) =>
  fences(text)
    .filter((f) => f.lang === 'sh' || f.lang === 'bat')
    .flatMap((f) => f.body.split('\n'))
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter((l) => l !== '' && !l.startsWith('#'));

/** The first cell of each table row naming a command. */
const commandTable = (text: string) => [...text.matchAll(/^\| `(report [^`]*)` \|/gm)].map((m) => m[1]);

describe('README.md and README.en.md', () => {
  it('link to each other at the top', () => {
    expect(readmes.zh.split('\n').slice(0, 4).join('\n')).toContain('[English](README.en.md)');
    expect(readmes.en.split('\n').slice(0, 4).join('\n')).toContain('[中文](README.md)');
  });

  it('give the same commands: the set-up (npm ci, npm test), the example and every other', () => {
    expect(commands(readmes.zh)).toEqual(commands(readmes.en));
    expect(commands(readmes.zh)).toEqual(expect.arrayContaining(['npm ci', 'npm test', './bin/report build examples/ningbo-2020 --out dist']));
    expect(commandTable(readmes.zh)).toEqual(commandTable(readmes.en));
    expect(commandTable(readmes.zh).length).toBeGreaterThanOrEqual(8);
  });

  it('show the same report.yaml, charts settings and CI workflow', () => {
    const yamls = (text: string) => fences(text).filter((f) => f.lang === 'yaml').map((f) => parse(f.body) as unknown);
    expect(yamls(readmes.zh)).toEqual(yamls(readmes.en));
    expect(yamls(readmes.zh)).toHaveLength(4);
  });

  it.each(Object.entries(readmes))('name every diagnostic code, or its family (%s)', (_, text) => {
    const unnamed = Object.keys(catalog).filter((code) => !text.includes(`\`${code}\``) && !text.includes(`\`${code.split('/')[0]}/*\``));
    expect(unnamed).toEqual([]);
  });

  it('README.md is written in Chinese: every paragraph has more Chinese characters than Latin letters', () => {
    // Headings are short and name commands; the language links are the same in both.
    const isProse = (p: string) => p.trim() !== '' && !/^\s*(\||!\[|#|中文 · )/.test(p);
    const prose = readmes.zh
      .replace(/^ *```[\s\S]*?^ *```$/gm, '')
      .split(/\n\s*\n/)
      .filter(isProse)
      .map((p) => p.replace(/`[^`]*`/g, '').replace(/\]\([^)]*\)/g, ']'));
    const english = prose.filter((p) => (p.match(/\p{Script=Han}/gu) ?? []).length <= (p.match(/[A-Za-z]/g) ?? []).length);
    expect(english).toEqual([]);
    expect(prose.length).toBeGreaterThan(40);
  });
});
