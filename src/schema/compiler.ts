// How every ajv instance is set up (strict, all errors, the decimalPlaces keyword), given
// ajv's module: schema/ajv.ts passes the one it imports; code that compiles only now and
// then passes one it loads just then.
import type { Ajv as AjvInstance, KeywordCxt } from 'ajv';

export type AjvModule = Pick<typeof import('ajv'), 'Ajv' | '_'>;

export function createAjvFrom({ Ajv, _ }: AjvModule): AjvInstance {
  const ajv = new Ajv({ allErrors: true, strict: true, code: { source: true } });
  ajv.addKeyword({
    keyword: 'decimalPlaces',
    type: 'number',
    schemaType: 'number',
    // The shortest decimal text of the number (amounts stay below 1e13, so no exponent
    // but for tiny values, which then fail as they should).
    code(cxt: KeywordCxt) {
      const places = cxt.schema as number;
      cxt.fail(_`!new RegExp(${`^-?\\d+(?:\\.\\d{0,${places}})?$`}).test(String(${cxt.data}))`);
    },
    error: { message: 'too many decimal places', params: ({ schema }) => _`{places: ${schema}}` },
  });
  return ajv;
}
