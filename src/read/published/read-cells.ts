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

/** The data of a reading note's message, besides the cell's label. */
const noteData = (n: ReadingNote): Record<string, string> =>
  n.code === 'import/yuan-to-wan' ? { text: n.text, value: n.value, unit: n.text.endsWith('万元') ? '元' : '万元' } : { text: n.text };

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
      messageId: 'several',
      data: { label: options.label, count: printed.length, figures: printed.map((s) => `“${s.text.trim()}”`).join(', ') },
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
    draft.note({ code: 'import/unreadable', place: slot.place, path, messageId: reading.reason, data: { label: options.label, text: reading.text, ...(reading.unit === undefined ? {} : { unit: reading.unit }) } });
    return;
  }
  if (reading.kind === 'blank') return;
  const merged = !slot.top || options.shared(slot);
  if (merged && reading.value !== 0) {
    draft.note({
      code: 'import/unreadable',
      place: slot.place,
      path,
      messageId: 'merged',
      data: { label: options.label, text: slot.text.trim() },
    });
    return;
  }
  draft.set(path, reading.value, slot.place);
  const mergedKey = JSON.stringify(slot.place);
  if (merged && !draft.mergedNoted.has(mergedKey)) {
    draft.mergedNoted.add(mergedKey);
    draft.note({ code: 'import/merged-zero', place: slot.place, path, data: { label: options.label } });
  }
  for (const n of reading.notes) draft.note({ code: n.code, place: slot.place, path, data: { label: options.label, ...noteData(n) } });
}
