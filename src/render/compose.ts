// One report (the consolidated one, or an agency's own): its figures, its prose bound
// to them, and the document every renderer lays out.
import type { Consolidation } from '../consolidate/consolidate.js';
import type { PreviousFigures } from '../consolidate/previous.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ChartId, ChartPlace, NarrativePart } from '../load/config.js';
import { declareCharts } from './charts/declare.js';
import { pathKey, type FormatCells } from '../formats/cells.js';
import { narrativeContext, type ReportFacts } from '../narrative/context.js';
import { defaultOverview, defaultPreface, feesSentence, noneText, type ReportKind } from '../narrative/defaults.js';
import type { NarrativeImages } from '../narrative/images.js';
import { renderNarrative, type NarrativeSource, type NarrativeTemplates } from '../narrative/render.js';
import { reportDocument, type DocumentText, type ReportDocument, type Section } from './document.js';

export interface ReportInput {
  readonly kind: ReportKind;
  readonly consolidation: Consolidation;
  readonly model: FormatCells;
  readonly facts: ReportFacts;
  readonly previous?: PreviousFigures;
  /** The office's (or agency's) own texts; a part left out gets the tool's default. */
  readonly narrative: Readonly<Partial<Record<NarrativePart, NarrativeSource>>>;
  /** Where diagnostics about the tool's own default texts point. */
  readonly defaultsFile: string;
  /** The narratives' local images, read by embedImages. */
  readonly images?: NarrativeImages;
  /** Printed after part 六: 说明, 汇总范围, 更正说明. */
  readonly appendices?: readonly Section[];
  /** The charts to show and where (none when not given). */
  readonly charts?: { readonly ids: readonly ChartId[]; readonly place: ChartPlace };
  /** Narratives already parsed and compiled by an earlier report of the build (renderNarrative). */
  readonly templates?: NarrativeTemplates;
}

export type ComposedReport = { readonly ok: true; readonly document: ReportDocument; readonly text: DocumentText } | { readonly ok: false; readonly diagnostics: Diagnostic[] };

const mentionsFees = (source: NarrativeSource | undefined): boolean => source?.text.includes('信息处理费') === true;

export function composeReport(input: ReportInput): ComposedReport {
  const { consolidation, model, facts, kind } = input;
  const context = narrativeContext(consolidation, model, facts, input.previous);
  const diagnostics: Diagnostic[] = [];
  const bind = (source: NarrativeSource): string => {
    const rendered = renderNarrative(source, context, input.previous && { file: input.previous.file, otherFormat: input.previous.otherFormat }, input.templates);
    if (rendered.ok) return rendered.text.trim();
    diagnostics.push(...rendered.diagnostics);
    return '';
  };
  const own = (part: NarrativePart, fallback: string): string =>
    bind(input.narrative[part] ?? { file: input.defaultsFile, text: fallback });
  const coverage = consolidation.total.coverage;
  const fees = feesSentence(consolidation.format, {
    notices: (coverage.get(pathKey(['processing_fees', 'notices'])) ?? 0) > 0,
    noticeAmount: (coverage.get(pathKey(['processing_fees', 'notice_amount'])) ?? 0) > 0,
    consolidated: kind === 'consolidated',
  });
  const text: DocumentText = {
    preface: own('preface', defaultPreface(kind, facts.contact)),
    overview: own('overview', defaultOverview(kind)),
    problems: own('problems', noneText),
    // An office that states the fees in its own part 六 gets no second sentence on them.
    other: [fees && !mentionsFees(input.narrative.other) ? bind({ file: input.defaultsFile, text: fees }) : '', own('other', fees ? '' : noneText)].filter(Boolean).join('\n\n'),
  };
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const charts = input.charts && {
    list: declareCharts(input.charts.ids, { format: consolidation.format, figures: consolidation.total.figures, previous: input.previous?.figures, year: facts.year }),
    place: input.charts.place,
  };
  return {
    ok: true,
    document: reportDocument(consolidation.format, model, consolidation.total.figures, { title: facts.title, author: facts.compiled_by, date: facts.date }, text, input.appendices, input.images, charts),
    text,
  };
}
