// Figures a gb2021 report states in prose (part 六, 信息处理费): read only from the
// sentences reports are known to use; anything else is left for the rules to ask for.
import { proseHeadings } from '../../formats/shared.js';
import type { FormatDescription } from '../../formats/types.js';
import type { ProsePartName } from '../../validate/prose/types.js';
import { readCellValue } from './cell-value.js';
import type { SubmissionDraft } from './read-cells.js';

/** “未收取信息处理费”, “信息处理费0元”, “没有收取信息处理费”: nothing charged. */
const noneCharged = /(未|没有|无|不)(收取|收|产生|发生)[^。；;，,]{0,6}信息处理费|信息处理费[^。；;]{0,8}(为|是)?(0|０|零)元|信息处理费[^。；;]{0,4}(无|为零)/u;

/** “共对3件政府信息公开申请收取信息处理费120元” (the wording of the tool's own reports and many others). */
const chargedSentence = /([0-9０-９]+)件[^。；;]{0,24}?收取(?:了)?信息处理费(?:共计|合计|共)?([0-9０-９,，.．]+)元/u;

/** The optional figures, as the tool's own reports and many others word them. */
const optionalSentences: readonly { key: string; type: 'count' | 'yuan'; pattern: RegExp }[] = [
  { key: 'notices', type: 'count', pattern: /发出收费通知(?:书)?(?:共计|共)?([0-9０-９]+)件/u },
  { key: 'notice_amount', type: 'yuan', pattern: /收费通知(?:书)?(?:涉及)?金额(?:共计|合计|共)?([0-9０-９,，.．]+)元/u },
];

export function readProcessingFees(draft: SubmissionDraft, format: FormatDescription, text: string): void {
  if (!format.processingFees) return;
  const key = format.processingFees.key;
  const flat = text.replace(/[\s\u00a0\u3000]+/g, '');
  for (const { key: field, type, pattern } of optionalSentences) {
    const match = pattern.exec(flat);
    const reading = match ? readCellValue(match[1], type) : undefined;
    if (!match || reading?.kind !== 'number') continue;
    draft.values.set(`${key}.${field}`, { path: [key, field], value: reading.value });
    draft.note({ code: 'import/prose', path: [key, field], data: { quote: match[0] } });
  }
  const charged = chargedSentence.exec(flat);
  if (charged) {
    const count = readCellValue(charged[1], 'count');
    const amount = readCellValue(charged[2], 'yuan');
    if (count.kind === 'number' && amount.kind === 'number') {
      draft.values.set(`${key}.charged`, { path: [key, 'charged'], value: count.value });
      draft.values.set(`${key}.collected`, { path: [key, 'collected'], value: amount.value });
      draft.note({ code: 'import/prose', path: [key], messageId: 'fees', data: { quote: charged[0] } });
      return;
    }
  }
  const none = noneCharged.exec(flat);
  if (none) {
    draft.values.set(`${key}.charged`, { path: [key, 'charged'], value: 0 });
    draft.values.set(`${key}.collected`, { path: [key, 'collected'], value: 0 });
    draft.note({ code: 'import/prose', path: [key], messageId: 'fees-none', data: { quote: none[0] } });
  }
}

/** Part headings are printed as ordinary lines: 一、总体情况 … 六、其他需要报告的事项, alone or run into the first sentence. */
const partHeading = /^\s*[一二三四五六七八]\s*[、.．]/u;

/** The prose parts (一, 五, 六) of a document's text, each from its heading to the next part's. */
export function proseParts(text: string): { part: ProsePartName; text: string }[] {
  const lines = text.split('\n');
  const out: { part: ProsePartName; text: string }[] = [];
  const headings = Object.entries(proseHeadings) as [ProsePartName, string][];
  lines.forEach((line, i) => {
    const flat = line.replace(/\s+/g, '');
    const found = headings.find(([, heading]) => flat.startsWith(heading));
    if (!found) return;
    const body = [flat.slice(found[1].length)];
    for (const next of lines.slice(i + 1)) {
      if (partHeading.test(next)) break;
      body.push(next);
    }
    // The signature (the agency's name and the date) closes the last part, but is not prose.
    while (body.length > 1 && body.at(-1)!.trim().length <= 30 && !/[。；;]/.test(body.at(-1)!)) body.pop();
    const joined = body.join('\n').trim();
    if (!out.some((p) => p.part === found[0])) out.push({ part: found[0], text: joined });
  });
  return out;
}
