// How a submission is spelt as a workbook: one sheet per printed part, every input cell
// named by its key path, the identity in a hidden `meta` sheet. Writers and the reader
// both take these names from here.
import type { KeyPath } from './cells.js';

/** The sheet of each part, named by its printed number. */
export const partSheets = { active_disclosure: '二', requests: '三', appeals: '四', processing_fees: '六' } as const;

export const metaSheet = 'meta';

/** The identity fields the meta sheet carries, in its row order (the generator is not a submission field). */
export const metaFields = ['format', 'year', 'id', 'name', 'group'] as const;

export const generatorField = 'generator';

/** A workbook-level defined name for a key path: `requests.received.individual` → `requests_received_individual`. */
export const definedNameOf = (path: KeyPath): string => path.join('_');
