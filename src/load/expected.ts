// What a file read by the tool should hold, for messages about a file that holds
// nothing or the wrong thing: a submission, the roster, report.yaml, a narrative.
export interface ExpectedContent {
  /** "a submission (a YAML mapping)", "the roster: …" */
  readonly what: string;
  readonly hint?: string;
}

export const expectedSubmission: ExpectedContent = {
  what: 'a submission (a YAML mapping)',
  hint: 'run `report new <agency-id> --name 名称` to write one with every cell 0',
};

export const expectedRoster: ExpectedContent = {
  what: 'the roster: `agencies:` with one entry per agency',
  hint: 'list the agencies expected to submit, e.g. `agencies: [{id: finance, name: 示例市财政局}]`, or remove `roster:` from report.yaml',
};

export const expectedConfig: ExpectedContent = {
  what: "report.yaml's settings (title, region, year, format, compiled_by)",
  hint: 'run `report init` to write one',
};

export const expectedPrevious: ExpectedContent = {
  what: "last year's consolidated report (its report.json)",
  hint: 'copy last year\'s report.json here, or remove `previous:` from report.yaml',
};

export const expectedNarrative: ExpectedContent = {
  what: 'the text of a part of the report',
  hint: 'write the text, or remove the part from `narrative:` in report.yaml to use the default text',
};

/** Larger inputs are refused before parsing: a YAML parse keeps positions for every node. */
export const maxInputBytes = 4 * 1024 * 1024;
