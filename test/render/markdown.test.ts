// report.md: names from report.yaml and submissions are text, never Markdown or HTML.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownText } from '../../src/narrative/markdown-text.js';
import { buildProject, projectOptions, reportYaml } from '../helpers/project.js';
import { edit, fixture } from '../helpers/submissions.js';

const finance = fixture('submissions/valid-gb2021.yaml');
const rendered = (md: string) => new MarkdownIt({ html: true }).render(md);

describe('report.md', () => {
  it('escapes agency names and compiled_by: no <script> survives, no emphasis or links appear', async () => {
    const hostile = edit(finance, 'name: 示例市财政局', 'name: "<script>alert(1)</script>**财政局**"');
    const yaml = reportYaml('gb2021', 2023).replace('compiled_by: 示例市人民政府办公厅', 'compiled_by: "- [办公厅](http://evil.example) <img src=x onerror=alert(2)>"');
    const result = await buildProject({ 'report.yaml': yaml, 'submissions/finance.yaml': hostile }, projectOptions(['md'], { perAgency: true }));
    expect(result.failed).toBe(false);
    for (const file of ['report.md', 'agencies/finance.md']) {
      const md = new TextDecoder().decode(result.outputs.get(file));
      expect(md, file).not.toMatch(/<script|<img/);
      const html = rendered(md);
      expect(html, file).not.toMatch(/<script|<img|<a |<strong>财政局|<ul>/);
    }
    const agency = rendered(new TextDecoder().decode(result.outputs.get('agencies/finance.md')));
    expect(agency).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;**财政局**2023年政府信息公开工作年度报告</h1>');
  });

  it.each([
    ['<b>x</b> & y', '&lt;b&gt;x&lt;/b&gt; &amp; y'],
    ['1. 第一', '1. 第一'],
    ['# 标题', '# 标题'],
    ['a_b*c*', 'a_b*c*'],
    ['[链接](http://x)', '[链接](http://x)'],
  ])('%s reads back as text', (input, html) => {
    expect(rendered(`before\n\n${escapeMarkdownText(input)}\n`)).toBe(`<p>before</p>\n<p>${html}</p>\n`);
  });
});
