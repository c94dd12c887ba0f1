// The JSON Schema of a submission, generated from a format description. schemas/ holds
// the same text for editors; a test keeps the two equal.
import { idPattern } from '../formats/shared.js';
import { cellsOf, cellTree, isCell, type Cell, type CellTree } from '../formats/cells.js';
import type { FormatDescription, ValueType } from '../formats/types.js';
import { decimalPlaces, largestAmount } from '../formats/values.js';

import type { JsonSchema } from '../schema/ajv.js';

export type { JsonSchema } from '../schema/ajv.js';

const maxSafe = Number.MAX_SAFE_INTEGER;

export const valueSchemas: Record<ValueType, JsonSchema> = {
  count: { type: 'integer', minimum: 0, maximum: maxSafe },
  signed: { type: 'integer', minimum: -maxSafe, maximum: maxSafe },
  wan: { type: 'number', minimum: 0, maximum: largestAmount.wan, decimalPlaces: decimalPlaces.wan },
  yuan: { type: 'number', minimum: 0, maximum: largestAmount.yuan, decimalPlaces: decimalPlaces.yuan },
};

function isRequired(node: CellTree | Cell): boolean {
  return isCell(node) ? !node.optional : [...node.children.values()].some(isRequired);
}

function objectSchema(node: CellTree): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [key, child] of node.children) {
    properties[key] = isCell(child)
      ? { description: child.label, ...valueSchemas[child.type] }
      : objectSchema(child);
    if (isRequired(child)) required.push(key);
  }
  return { type: 'object', additionalProperties: false, required, properties };
}

const unitSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'sha256'],
  properties: {
    id: { type: 'string', minLength: 1 },
    name: { type: 'string', minLength: 1 },
    group: { type: 'string' },
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    carried_forward: {
      description: "this unit's 结转下年度继续办理 by applicant column, for next year's continuity check",
      type: 'object',
      additionalProperties: { type: 'integer', minimum: 0 },
    },
    zero_return: { description: 'every figure of its submission was 0 (零报告)', const: true },
  },
};

const narrativeKeys = ['preface', 'overview', 'problems', 'other'] as const;

/** The JSON Schema (draft-07) of a submission in `format`. */
export function submissionSchema(format: FormatDescription): JsonSchema {
  const tables = objectSchema(cellTree(cellsOf(format).cells));
  const tableProperties = tables.properties as Record<string, JsonSchema>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://report.invalid/schemas/${format.id}.schema.json`,
    title: `政府信息公开工作年度报告 submission (${format.id}, ${format.basis})`,
    type: 'object',
    additionalProperties: false,
    required: ['id', 'name', 'year', 'format', ...(tables.required as string[])],
    properties: {
      id: { description: 'agency id: letters, digits, - and _', type: 'string', pattern: idPattern },
      name: { description: '机关名称', type: 'string', minLength: 1 },
      group: { description: 'subtotal group, one of report.yaml groups', type: 'string', minLength: 1 },
      year: { description: '报告年度', type: 'integer', minimum: format.years.from, maximum: format.years.to ?? 2100 },
      format: { description: 'national format', const: format.id },
      narrative: {
        description: "the agency's own prose for its own report (Markdown)",
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(narrativeKeys.map((k) => [k, { type: 'string' }])),
      },
      units: { description: 'the units a consolidated report sums', type: 'array', items: unitSchema },
      coverage: {
        description: 'for optional figures of a consolidated report: how many units gave them',
        type: 'object',
        additionalProperties: { type: 'integer', minimum: 0 },
      },
      missing_units: {
        description: 'the agencies on the roster that had not submitted when this report was built (--allow-missing)',
        type: 'array',
        items: { type: 'object', additionalProperties: false, required: ['id', 'name'], properties: { id: { type: 'string', minLength: 1 }, name: { type: 'string', minLength: 1 }, group: { type: 'string' } } },
      },
      explanations: {
        description: 'the findings the compiling office explained, with the reasons it published (appendix 说明)',
        type: 'array',
        items: { type: 'object', additionalProperties: false, required: ['code', 'reason'], properties: { code: { type: 'string' }, path: { type: 'string' }, quote: { type: 'string' }, reason: { type: 'string' } } },
      },
      ...tableProperties,
    },
  };
}
