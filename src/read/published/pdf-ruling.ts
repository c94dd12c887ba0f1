// The ruled lines of a PDF page, from its drawing operators: the borders Word, WPS and
// our own renderer draw around table cells, as horizontal and vertical segments in page
// space (y up), whatever transforms were in force.
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Segment {
  /** Horizontal: y, from x1 to x2. Vertical: x, from y1 to y2 (in `from`, `to`). */
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

export interface Ruling {
  readonly horizontal: Segment[];
  readonly vertical: Segment[];
}

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** A border thinner than this, drawn as a filled rectangle, counts as a line. */
const thin = 3;

export function rulingOf(operators: { fnArray: number[]; argsArray: unknown[] }): Ruling {
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const addLine = (ax: number, ay: number, bx: number, by: number): void => {
    if (Math.abs(ay - by) < 0.5) horizontal.push({ at: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    else if (Math.abs(ax - bx) < 0.5) vertical.push({ at: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
  };
  const addBox = (points: [number, number][]): void => {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    if (x2 - x1 < thin && y2 - y1 >= thin) vertical.push({ at: (x1 + x2) / 2, from: y1, to: y2 });
    else if (y2 - y1 < thin && x2 - x1 >= thin) horizontal.push({ at: (y1 + y2) / 2, from: x1, to: x2 });
  };
  operators.fnArray.forEach((fn, i) => {
    const args = operators.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(args as Matrix, ctm);
    else if (fn === OPS.constructPath) {
      const [paint, [data]] = args as [number, [ArrayLike<number> | null]];
      if (!data || paint === OPS.endPath) return;
      const stroked = paint === OPS.stroke || paint === OPS.closeStroke || paint === OPS.fillStroke || paint === OPS.eoFillStroke || paint === OPS.closeFillStroke || paint === OPS.closeEOFillStroke;
      let subpath: [number, number][] = [];
      const finish = (): void => {
        if (subpath.length >= 2) {
          if (stroked) for (let k = 1; k < subpath.length; k++) addLine(...subpath[k - 1], ...subpath[k]);
          else addBox(subpath);
        }
        subpath = [];
      };
      for (let k = 0; k < data.length; ) {
        const op = data[k];
        if (op === 0) {
          finish();
          subpath.push(apply(ctm, data[k + 1], data[k + 2]));
          k += 3;
        } else if (op === 1) {
          subpath.push(apply(ctm, data[k + 1], data[k + 2]));
          k += 3;
        } else if (op === 2) {
          subpath = [];
          k += 7;
        } else if (op === 3) {
          subpath = [];
          k += 5;
        } else {
          if (subpath.length > 0) subpath.push(subpath[0]);
          finish();
          k += 1;
        }
      }
      finish();
    }
  });
  return { horizontal, vertical };
}
