// Builds an in-memory project with the bundled fonts and template, as the CLI would.
import { build, type BuildOptions } from '../../src/build.js';
import { bundled } from '../../src/cli/build.js';
import type { OutputFormat } from '../../src/load/config.js';
import { memoryFiles } from './memory-files.js';

export function projectOptions(formats: OutputFormat[], extra: Partial<BuildOptions> = {}): BuildOptions {
  return { strict: false, allowMissing: false, perAgency: false, formats, date: new Date(Date.UTC(2024, 2, 31)), bundled, ...extra };
}

export function buildProject(files: Record<string, string | Uint8Array>, options: BuildOptions) {
  return build('p', 'p', memoryFiles(Object.fromEntries(Object.entries(files).map(([path, text]) => [`p/${path}`, text]))), options);
}

export function reportYaml(format: 'gb2019' | 'gb2021', year: number, extra = ''): string {
  return `title: 示例市${year}年政府信息公开工作年度报告\nregion: 示例市\nyear: ${year}\nformat: ${format}\ncompiled_by: 示例市人民政府办公厅\n${extra}`;
}
