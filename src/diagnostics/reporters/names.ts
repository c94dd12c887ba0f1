// The names --reporter takes, apart from the reporters themselves, so the command line can
// offer them without loading any reporter (index.ts is checked to have exactly these).
export const reporterNames = ['github', 'json', 'pretty'] as const;
export type ReporterName = (typeof reporterNames)[number];
