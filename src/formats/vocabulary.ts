// The words reports use for the figures of the tables: which figure a number in the
// prose stands for when these words come right before it. Labels come from the format
// descriptions; only the usual phrasings are written here, as data.
import { leavesOf, pathKey, type FormatCells, type KeyPath } from './cells.js';
import type { FormatDescription, ValueType } from './types.js';

/** One figure, the sum of several, or the subtotal of a result group （三）…（六）. */
export type FigureRef =
  | { readonly path: string }
  | { readonly sum: readonly string[]; readonly label: string }
  | { readonly subtotal: string };

export interface Term {
  readonly figure: FigureRef;
  /** Regular-expression sources; one of them must occur in the words before the number. */
  readonly phrasings: readonly string[];
  /** Words the sentence must also hold (受理 alone may be 受理咨询, 受理热线工单). */
  readonly requires?: string;
}

/** The phrasings, in no particular order: the one nearest the number wins. */
export const vocabulary: readonly Term[] = [
  { figure: { path: 'requests.received.total' }, phrasings: ['受理', '收到', '新收', '接收', '接到'], requires: '申请' },
  { figure: { path: 'requests.carried_over.total' }, phrasings: ['上年结转'] },
  { figure: { path: 'requests.results.total.total' }, phrasings: ['办结', '办理完毕', '答复完毕'], requires: '申请' },
  { figure: { path: 'requests.results.granted.total' }, phrasings: ['(?<!不)予以公开', '同意公开'] },
  { figure: { path: 'requests.results.partially_granted.total' }, phrasings: ['部分公开'] },
  { figure: { subtotal: 'withheld' }, phrasings: ['不予公开'] },
  { figure: { subtotal: 'unavailable' }, phrasings: ['无法提供'] },
  { figure: { subtotal: 'not_processed' }, phrasings: ['不予处理'] },
  { figure: { path: 'requests.carried_forward.total' }, phrasings: ['结转下(?:一)?年度', '转入下(?:一)?年度', '结转至?下年'] },
  { figure: { path: 'appeals.reconsideration.total' }, phrasings: ['行政复议'] },
  {
    figure: { sum: ['appeals.litigation_direct.total', 'appeals.litigation_after_reconsideration.total'], label: '行政诉讼' },
    phrasings: ['行政诉讼'],
  },
  { figure: { path: 'active_disclosure.normative_documents.in_force' }, phrasings: ['现行有效[^，。；]{0,8}规范性文件'] },
  { figure: { path: 'active_disclosure.regulations.in_force' }, phrasings: ['现行有效[^，。；]{0,6}规章'] },
  { figure: { path: 'active_disclosure.normative_documents.issued' }, phrasings: ['(?:制发|印发)[^，。；]{0,8}规范性文件'] },
  { figure: { path: 'active_disclosure.normative_documents.created' }, phrasings: ['新制作[^，。；]{0,8}规范性文件'] },
  { figure: { path: 'active_disclosure.normative_documents.total_published' }, phrasings: ['对外公开[^，。；]{0,8}规范性文件总数'] },
  { figure: { path: 'active_disclosure.licensing.decisions' }, phrasings: ['行政许可[^，。；0-9]{0,6}决定'] },
  { figure: { path: 'active_disclosure.penalties.decisions' }, phrasings: ['行政处罚[^，。；0-9]{0,6}决定'] },
  { figure: { path: 'active_disclosure.enforcement.decisions' }, phrasings: ['行政强制[^，。；0-9]{0,6}决定'] },
  { figure: { path: 'active_disclosure.fees.amount' }, phrasings: ['收费金额', '行政事业性收费[^，。；0-9]{0,6}金额'] },
  { figure: { path: 'processing_fees.charged' }, phrasings: ['收取信息处理费的申请', '信息处理费的申请'] },
  { figure: { path: 'processing_fees.collected' }, phrasings: ['信息处理费(?:金额|共计|合计|总额)?'] },
  { figure: { path: 'processing_fees.notices' }, phrasings: ['收费通知'] },
  { figure: { path: 'processing_fees.notice_amount' }, phrasings: ['收费通知[^，。；0-9]{0,4}金额'] },
];

/**
 * Words that, between a figure's words and the number, make the number a part of the
 * figure: 受理自然人申请72件 is one column, 行政复议纠正1件 one outcome.
 */
export const narrowingWords = /自然人|法人|企业|科研|公益|法律服务|个人|维持|纠正|驳回|撤销|败诉|胜诉|审结|尚未|终止|其他|逾期|补正|当面|网上|信函|邮寄|传真|电子邮件/u;

/** A term of the vocabulary resolved against one format. */
export interface ResolvedTerm {
  /** The cells summed. */
  readonly paths: readonly KeyPath[];
  /** The printed label(s) of those cells. */
  readonly label: string;
  readonly type: ValueType;
  /** What to write instead of the literal number. */
  readonly placeholder: string;
  readonly pattern: RegExp;
  /** Words the sentence must also hold. */
  readonly requires?: RegExp;
}

function subtotalPaths(format: FormatDescription, group: string): KeyPath[] | undefined {
  const results = format.requests.rows.find((n) => n.key === 'results')?.children ?? [];
  const node = results.find((n) => n.key === group);
  if (!node) return undefined;
  const rows = node.children ? leavesOf(node.children).map((l) => l.path) : [[]];
  return rows.map((row) => ['requests', 'results', group, ...row, 'total']);
}

function resolve(term: Term, format: FormatDescription, model: FormatCells): ResolvedTerm | undefined {
  const ref = term.figure;
  let paths: KeyPath[] | undefined;
  let placeholder: string;
  let label: string | undefined;
  if ('path' in ref) {
    paths = [ref.path.split('.')];
    placeholder = `{{${ref.path}}}`;
  } else if ('sum' in ref) {
    paths = ref.sum.map((p) => p.split('.'));
    placeholder = `{{sum ${ref.sum.join(' ')}}}`;
    label = ref.label;
  } else {
    paths = subtotalPaths(format, ref.subtotal);
    placeholder = paths && paths.length === 1 ? `{{${pathKey(paths[0])}}}` : `{{requests.results.${ref.subtotal}.subtotal.total}}`;
    label = model.labels.get(pathKey(['requests', 'results', ref.subtotal]));
  }
  if (!paths) return undefined;
  const cells = paths.map((p) => model.byPath.get(pathKey(p)));
  if (cells.some((c) => c === undefined)) return undefined;
  const printed = cells.map((c) => c!.label).join(' + ');
  return {
    paths,
    label: label ? `${label}（${printed}）` : printed,
    type: cells[0]!.type,
    placeholder,
    pattern: new RegExp(term.phrasings.map((p) => `(?:${p})`).join('|'), 'gu'),
    ...(term.requires ? { requires: new RegExp(term.requires, 'u') } : {}),
  };
}

/** The terms that name figures this format has. */
export function vocabularyOf(format: FormatDescription, model: FormatCells): ResolvedTerm[] {
  return vocabulary.map((t) => resolve(t, format, model)).filter((t): t is ResolvedTerm => t !== undefined);
}
