// Run by `npm run build`: writes each format's validator as code into
// lib/validate/compiled/<id>.cjs (and report.yaml's and roster.yaml's, config.cjs and roster.cjs),
// with the hash of the schema it was made from, and beside each V8's compiled code of it
// (<id>.cjs.v8cache), made after it checked a file `report new` / `report init` would write,
// so a run neither compiles the module nor the functions such a file goes through.
import { mkdirSync, writeFileSync } from 'node:fs';
import standalone from 'ajv/dist/standalone/index.js';
import { parse } from 'yaml';

// A CommonJS module seen from ESM: its function is the default export's default.
const standaloneCode = (standalone as unknown as { default: typeof standalone.default }).default ?? standalone;
import { formatIds, formats } from '../formats/index.js';
import { createAjv, schemaHash } from '../schema/ajv.js';
import { validatorRuntime } from '../schema/precompiled.js';
import { configSchema } from '../load/config.js';
import { rosterSchema } from '../load/roster.js';
import type { JsonSchema } from '../schema/ajv.js';
import { scaffoldProject } from '../scaffold/project.js';
import { scaffoldSubmission } from '../scaffold/submission.js';
import { codeCacheName, runModuleScript, shippedModuleScript } from '../shipped-files.js';
import { submissionSchema } from './schema.js';

const out = new URL('./compiled/', import.meta.url);
mkdirSync(out, { recursive: true });
const project = scaffoldProject({ region: '示例市', year: 2020, format: formats.gb2021, compiledBy: '示例市人民政府办公厅', level: 'city' });
// The submissions' schemas by format id, and report.yaml's and roster.yaml's (src/schema/precompiled.ts), each with a file it accepts.
const schemas: [string, JsonSchema, unknown][] = [
  ...formatIds.map((id): [string, JsonSchema, unknown] => [id, submissionSchema(formats[id]), parse(scaffoldSubmission({ id: 'sample', name: '示例局', year: formats[id].years.from, format: formats[id] }))]),
  ['config', configSchema, parse(project['report.yaml'])],
  ['roster', rosterSchema, parse(project['roster.yaml'])],
];
/**
 * The code with every character beyond ASCII written as a \\u escape. They stand only in
 * the schema's strings (its Chinese titles and descriptions) that ajv's code embeds, where
 * an escape means the same; a file of ASCII alone is read, and kept by V8, as one byte a
 * character instead of two (gb2019.cjs: 463 KB, and 12 ms of reading before this).
 */
function asciiOnly(code: string): string {
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

for (const [id, schema, sample] of schemas) {
  const ajv = createAjv();
  const code = asciiOnly(`${standaloneCode(ajv, ajv.compile(schema))}\nmodule.exports.schemaHash = ${JSON.stringify(schemaHash(schema))};\n`);
  const name = `lib/validate/compiled/${id}.cjs`;
  writeFileSync(new URL(`${id}.cjs`, out), code);
  const script = shippedModuleScript(name, code);
  const validate = (runModuleScript(script, name, validatorRuntime) as { default: (value: unknown) => boolean }).default;
  if (!validate(sample)) throw new Error(`precompile: the sample file does not pass the ${id} validator: ${JSON.stringify((validate as { errors?: unknown }).errors)}`);
  writeFileSync(new URL(codeCacheName(`${id}.cjs`), out), script.createCachedData());
}
