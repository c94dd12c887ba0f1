// A first report costs a PDF worker four to six times the CPU of the next (239 ms against
// 30–60 on Node 24 for a gb2021 report without figures): pdfkit's, fontkit's and the
// renderer's code is compiled, and optimised, as it first runs. A worker started with the
// process has time to spare before its job arrives, while the main thread checks the
// submissions: it draws such a report then, and throws it away, so the job runs warm.
import { cellsOf } from '../../formats/cells.js';
import { formats } from '../../formats/index.js';
import { reportDocument } from '../document.js';
import type { PdfFonts } from './fonts.js';
import { renderPdf } from './index.js';

/** Draws a report of the current format, every table blank and a line of each text, with `fonts`; the PDF is dropped. */
export async function warmUp(fonts: PdfFonts): Promise<void> {
  const format = formats.gb2021;
  const text = { preface: '本报告依据《中华人民共和国政府信息公开条例》编制。', overview: '（一）主动公开情况。', problems: '一是工作不够平衡。', other: '无。' };
  const document = reportDocument(format, cellsOf(format), new Map(), { title: '政府信息公开工作年度报告', author: '', date: '2022年1月1日' }, text);
  await renderPdf(document, fonts, new Date(0), new Map());
}
