// Run by `npm run build`: writes each format's validator as code into
// lib/validate/compiled/<id>.cjs, with the hash of the schema it was made from.
import { mkdirSync, writeFileSync } from 'node:fs';
import standalone from 'ajv/dist/standalone/index.js';

// A CommonJS module seen from ESM: its function is the default export's default.
const standaloneCode = (standalone as unknown as { default: typeof standalone.default }).default ?? standalone;
import { formatIds, formats } from '../formats/index.js';
import { createAjv, schemaHash } from '../schema/ajv.js';
import { submissionSchema } from './schema.js';

const out = new URL('./compiled/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const id of formatIds) {
  const schema = submissionSchema(formats[id]);
  const ajv = createAjv();
  const code = standaloneCode(ajv, ajv.compile(schema));
  writeFileSync(new URL(`${id}.cjs`, out), `${code}\nmodule.exports.schemaHash = ${JSON.stringify(schemaHash(schema))};\n`);
}
