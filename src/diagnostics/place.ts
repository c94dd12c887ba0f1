// A Place in words, for reporters: where in a workbook or published document a value was read.
import type { Place } from './diagnostic.js';

export function describePlace(place: Place): string {
  switch (place.kind) {
    case 'cell':
      return `${place.sheet}!${place.cell}`;
    case 'table':
      return `table ${place.table}, row ${place.row}, column ${place.column}`;
    case 'page':
      return `page ${place.page}, x ${Math.round(place.x)}, y ${Math.round(place.y)}`;
  }
}
