// Run by `npm run build`: writes each format's validator as code into
// lib/validate/compiled/<id>.cjs (and report.yaml's and roster.yaml's, config.cjs and roster.cjs), with the hash of the schema it was made from.
import { mkdirSync, writeFileSync } from 'node:fs';
import standalone from 'ajv/dist/standalone/index.js';

// A CommonJS module seen from ESM: its function is the default export's default.
const standaloneCode = (standalone as unknown as { default: typeof standalone.default }).default ?? standalone;
import { formatIds, formats } from '../formats/index.js';
import { createAjv, schemaHash } from '../schema/ajv.js';
import { configSchema } from '../load/config.js';
import { rosterSchema } from '../load/roster.js';
import type { JsonSchema } from '../schema/ajv.js';
import { submissionSchema } from './schema.js';

const out = new URL('./compiled/', import.meta.url);
mkdirSync(out, { recursive: true });
// The submissions' schemas by format id, and report.yaml's and roster.yaml's (src/schema/precompiled.ts).
const schemas: [string, JsonSchema][] = [...formatIds.map((id): [string, JsonSchema] => [id, submissionSchema(formats[id])]), ['config', configSchema], ['roster', rosterSchema]];
for (const [id, schema] of schemas) {
  const ajv = createAjv();
  const code = standaloneCode(ajv, ajv.compile(schema));
  writeFileSync(new URL(`${id}.cjs`, out), `${code}\nmodule.exports.schemaHash = ${JSON.stringify(schemaHash(schema))};\n`);
}
