// The command line's shape: every command's name, arguments, options and descriptions.
// Only what `report --help` prints loads here; each action's module (and the libraries it
// needs: ajv, yaml, the renderers) is imported when that command runs.
import { Option, type Command } from 'commander';
import { reporterNames } from '../diagnostics/reporters/names.js';
import { formatIds } from '../formats/index.js';
import { outputFormats } from '../load/output-formats.js';
import { levels } from '../scaffold/levels.js';

/** An action whose module (and what that imports) loads only when the command runs. */
function whenRun<A extends unknown[]>(load: () => Promise<(...args: A) => void | Promise<void>>): (...args: A) => Promise<void> {
  return async (...args) => (await load())(...args);
}

export function addCommonOptions(command: Command): Command {
  return command
    .option('--strict', 'warnings fail the run too')
    .option('--allow-missing', 'an agency on the roster that sent nothing is a warning, not an error')
    .addOption(new Option('--reporter <name>', 'how diagnostics are printed').choices(reporterNames).default('pretty'))
    .option('--quiet', 'print only what fails the run; no summary, no progress')
    .option('--no-color', 'no ANSI colours (also NO_COLOR=1)')
    .option('--debug', 'print stack traces of internal errors');
}

function initCommand(program: Command): void {
  program
    .command('init')
    .description('start a report project: report.yaml, an example roster and narrative')
    .argument('[dir]', 'the folder to create or fill', '.')
    .option('--level <level>', `the level of the compiling government: ${levels.join(' | ')}`, 'city')
    .option('--region <name>', 'the city, county, district or township (default: 示例市, 示例县, …)')
    .option('--year <year>', 'the year reported on (default: last year)')
    .option('--format <id>', 'gb2019 | gb2021 (default: from the year)')
    .option('--compiled-by <office>', 'the compiling office (default: <region>人民政府办公厅 for a city, 办公室 for a county or district)')
    .action(whenRun(async () => (await import('./init.js')).init));
}

function newCommand(program: Command): void {
  program
    .command('new')
    .description('write a submission with every cell 0, each key commented with its printed label')
    .argument('<agency-id>', 'the agency id: letters, digits, - and _ (it names the output files)')
    .requiredOption('--name <名称>', "the agency's full name")
    .option('--group <group>', 'its subtotal group (one of report.yaml groups)')
    .option('--year <year>', 'the year reported on (default: report.yaml, else last year)')
    .option('--format <id>', `${formatIds.join(' | ')} (default: from the year)`)
    .option('-o, --output <file>', 'where to write it (default: submissions/<agency-id>.yaml)')
    .option('--dir <dir>', 'the project folder', '.')
    .option('--xlsx', 'write a workbook laid out like the printed tables (submissions/<agency-id>.xlsx) instead of YAML')
    .action(whenRun(async () => (await import('./new.js')).newSubmission));
}

function validateCommand(program: Command): void {
  addCommonOptions(
    program
      .command('validate')
      .description('check submissions against the schema and the consistency rules; writes nothing')
      .argument('[paths...]', 'a project folder (with report.yaml), folders of submissions, or files'),
  ).action(whenRun(async () => (await import('./validate.js')).validate));
}

function buildCommand(program: Command): void {
  addCommonOptions(
    program
      .command('build')
      .description('validate, consolidate, and render the report (and with --per-agency every agency\'s own)')
      .argument('[dir]', 'the project folder (with report.yaml)', '.')
      .option('--out <dir>', 'output folder (default: output.dir of report.yaml)')
      .option('--formats <list>', `comma-separated: ${outputFormats.join(',')} (default: output.formats of report.yaml)`)
      .option('--per-agency', "also render each agency's own report into agencies/")
      .option('--previous-build <report.json>', 'the report.json published before: append a 更正说明 of what changed')
      .option('--embed-fonts', "put the PDF's fonts into report.html (a subset of the characters it prints, as WOFF2)")
      .option('--watch', 'build, then build again whenever an input changes (until Ctrl-C)'),
  ).action(whenRun(async () => (await import('./build.js')).buildProject));
}

function previewCommand(program: Command): void {
  addCommonOptions(
    program
      .command('preview')
      .description('build, serve the output folder on 127.0.0.1, and rebuild and reload the page after each change')
      .argument('[dir]', 'the project folder (with report.yaml)', '.')
      .option('--port <n>', 'the port to listen on (0: a free one)', '8765')
      .option('--host <address>', 'the loopback address to listen on: 127.0.0.1, localhost or ::1', '127.0.0.1')
      .option('--out <dir>', 'output folder (default: output.dir of report.yaml)')
      .option('--formats <list>', `comma-separated: ${outputFormats.join(',')} (default: output.formats of report.yaml)`)
      .option('--per-agency', "also render each agency's own report into agencies/")
      .option('--previous-build <report.json>', 'the report.json published before: append a 更正说明 of what changed')
      .option('--embed-fonts', "put the PDF's fonts into report.html (a subset of the characters it prints, as WOFF2)"),
  ).action(whenRun(async () => (await import('./preview.js')).preview));
}

function convertCommand(program: Command): void {
  addCommonOptions(
    program
      .command('convert')
      .description('convert submissions between YAML and workbooks (.xlsx); only files without errors are converted')
      .argument('<files...>', 'submissions to convert')
      .addOption(new Option('--to <form>', 'what to write').choices(['yaml', 'xlsx']).makeOptionMandatory())
      .option('-o, --output <dir>', 'the folder to write into (default: beside each file)'),
  ).action(whenRun(async () => (await import('./convert.js')).convert));
}

function importCommand(program: Command): void {
  addCommonOptions(
    program
      .command('import')
      .description('read published reports (web page, .docx, PDF with text) into submissions, and check each')
      .argument('<files...>', 'published reports: .html/.htm pages, .docx files, PDFs')
      .option('-o, --output <dir>', 'where to write the submissions (and previous.json)', '.')
      .option('--year <year>', 'the year reported on, where the document does not state it')
      .option('--format <id>', `${formatIds.join(' | ')} (default: the one the year uses)`)
      .option('--name <名称>', "the agency's name, where the title does not state it (one file only)")
      .option('--previous', "write previous.json (last year's report, for 比上年) instead of a submission"),
  ).action(whenRun(async () => (await import('./import.js')).importReports));
}

function schemaCommand(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of a submission')
    .option('--format <id>', `${formatIds.join(' | ')}`, 'gb2021')
    .action(whenRun(async () => (await import('./schema.js')).printSchema));
}

function diffCommand(program: Command): void {
  program
    .command('diff')
    .description('print the 更正说明 between two builds (report.json): changed figures, units, narrative parts')
    .argument('<old>', 'report.json of the build published before')
    .argument('<new>', 'report.json of the new build')
    .option('--check', 'exit 1 when anything differs (for CI)')
    .action(whenRun(async () => (await import('./diff.js')).diff));
}

/** In the order `report --help` lists them. */
function explainCommand(program: Command): void {
  program
    .command('explain')
    .description('say what a diagnostic code means (without a code: every code)')
    .argument('[code]', 'a code such as requests/balance')
    .action(whenRun(async () => (await import('./explain.js')).explain));
}

export const commands: readonly ((program: Command) => void)[] = [initCommand, newCommand, validateCommand, buildCommand, convertCommand, importCommand, schemaCommand, diffCommand, explainCommand, previewCommand];
