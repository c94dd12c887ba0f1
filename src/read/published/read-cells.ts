// Reading the figure of one format cell out of the table slots printed for it: a blank
// is 0 (a blank 总计 is left out, for the rules to compute), one merged 0 over several
// cells is a 0 in each, and anything else that cannot be read exactly is unreadable.
import type { Place } from '../../diagnostics/diagnostic.js';
import type { KeyPath } from '../../formats/cells.js';
import { pathKey } from '../../formats/cells.js';
import type { ValueType } from '../../formats/types.js';
import { readCellValue, stripBlanks, type ReadingNote } from './cell-value.js';
import type { ImportFinding } from './findings.js';
import type { TableSlot } from './document.js';

/** Where the readings of one document collect: values by key path, their places, and the notes. */
export class SubmissionDraft {
  readonly values = new Map<string, { path: KeyPath; value: number }>();
  readonly places = new Map<string, Place>();
  readonly findings: ImportFinding[] = [];
  readonly blanks: { place: Place; path: KeyPath; total: boolean }[] = [];
  /** Rows printed whole where the format divides them, by dotted key path. */
  readonly undivided = new Set<string>();
  /** Merged cells already noted, so one merged 0 gives one note. */
  readonly mergedNoted = new Set<string>();

  note(finding: ImportFinding): void {
    this.findings.push(finding);
  }

  set(path: KeyPath, value: number, place: Place): void {
    this.values.set(pathKey(path), { path, value });
    this.places.set(pathKey(path), place);
  }

  /** Places for cells that were printed but not given a value (a blank 总计). */
  locate(path: KeyPath, place: Place): void {
    this.places.set(pathKey(path), place);
  }
}

const noteWords: Record<ReadingNote['code'], (n: ReadingNote) => string> = {
  'import/placeholder-zero': (n) => `“${n.text}” read as 0`,
  'import/unit': (n) => `“${n.text}”: the unit is dropped, the number kept`,
  'import/yuan-to-wan': (n) => `“${n.text}” converted exactly to ${'value' in n ? n.value : ''} for a cell kept in ${n.text.endsWith('万元') ? '元' : '万元'}`,
  'import/full-width': (n) => `“${n.text}” printed in full-width digits, read as half-width`,
  'import/thousands': (n) => `“${n.text}”: thousands separators dropped`,
};

/**
 * The figure at `path` from the distinct cells printed in its columns of one row.
 * `shared` says whether a cell also covers other format cells (a merged row).
 */
export function readFigure(
  draft: SubmissionDraft,
  path: KeyPath,
  type: ValueType,
  slots: readonly TableSlot[],
  options: { total: boolean; label: string; shared: (slot: TableSlot) => boolean },
): void {
  const distinct = [...new Map(slots.map((s) => [s.cell, s])).values()];
  const printed = distinct.filter((s) => stripBlanks(s.text) !== '');
  if (distinct.length === 0) return;
  if (printed.length > 1) {
    draft.note({
      code: 'import/unreadable',
      place: printed[0].place,
      path,
      message: `${options.label}: ${printed.length} figures (${printed.map((s) => `“${s.text.trim()}”`).join(', ')}) printed where one is expected`,
      hint: 'correct the YAML by hand from the original',
    });
    return;
  }
  const slot = printed[0] ?? distinct[0];
  if (printed.length === 0) {
    if (options.total) draft.locate(path, slot.place);
    else draft.set(path, 0, slot.place);
    draft.blanks.push({ place: slot.place, path, total: options.total });
    return;
  }
  const reading = readCellValue(slot.text, type);
  if (reading.kind === 'unreadable') {
    draft.note({ code: 'import/unreadable', place: slot.place, path, message: `${options.label}: “${reading.text}” is ${reading.reason}`, hint: 'correct the YAML by hand from the original' });
    return;
  }
  if (reading.kind === 'blank') return;
  const merged = !slot.top || options.shared(slot);
  if (merged && reading.value !== 0) {
    draft.note({
      code: 'import/unreadable',
      place: slot.place,
      path,
      message: `${options.label}: “${slot.text.trim()}” is printed in a cell merged over several figures, so which of them it is cannot be told`,
      hint: 'correct the YAML by hand from the original',
    });
    return;
  }
  draft.set(path, reading.value, slot.place);
  const mergedKey = JSON.stringify(slot.place);
  if (merged && !draft.mergedNoted.has(mergedKey)) {
    draft.mergedNoted.add(mergedKey);
    draft.note({ code: 'import/merged-zero', place: slot.place, path, message: `${options.label}: one 0 printed across merged cells, read as 0 in each` });
  }
  for (const n of reading.notes) draft.note({ code: n.code, place: slot.place, path, message: `${options.label}: ${noteWords[n.code](n)}` });
}
