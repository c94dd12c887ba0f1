// schemas/*.schema.json are generated from the format descriptions and must not drift.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIds, formats } from '../../src/formats/index.js';
import { submissionSchema } from '../../src/validate/schema.js';

describe('committed schemas', () => {
  it.each(formatIds)('schemas/%s.schema.json equals what the description generates (npm run schemas)', (id) => {
    const committed = readFileSync(new URL(`../../schemas/${id}.schema.json`, import.meta.url), 'utf8');
    expect(committed).toBe(JSON.stringify(submissionSchema(formats[id]), null, 2) + '\n');
  });
});
