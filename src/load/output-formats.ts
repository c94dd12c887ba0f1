// The outputs report.yaml (and `report build --formats`) can ask for: a module of its own,
// so the command line can name them without loading the configuration's parser.
export const outputFormats = ['md', 'html', 'pdf', 'json', 'csv', 'xlsx'] as const;
export type OutputFormat = (typeof outputFormats)[number];
