// The shape of a national format description: the only place where a printed label,
// a YAML key or a column order is written down.

/** count: non-negative integer; signed: integer (本年增/减); wan: 万元; yuan: 元 (places in values.ts). */
export type ValueType = 'count' | 'signed' | 'wan' | 'yuan';

/**
 * A node of a table header (rows or columns). Leaves are cells; a node without a key
 * only groups its children under a printed label (行政诉讼, 法人或其他组织).
 */
export interface HeaderNode {
  readonly label: string;
  readonly key?: string;
  readonly children?: readonly HeaderNode[];
  /** Optional in a submission: the sum of the other leaves under the same parent. */
  readonly total?: boolean;
}

export interface ActiveColumn {
  readonly key: string;
  readonly label: string;
  readonly type: ValueType;
}

export interface ActiveGroup {
  readonly label: string;
  readonly columns: readonly ActiveColumn[];
  readonly rows: readonly { readonly key: string; readonly label: string }[];
}

/** Part 二: groups of rows, each group with its own column header. */
export interface ActiveTable {
  readonly key: 'active_disclosure';
  readonly title: string;
  readonly firstColumnLabel: string;
  readonly groups: readonly ActiveGroup[];
  readonly notes: readonly string[];
}

/** Part 三: a row tree crossed with a column tree; every cell a count. */
export interface RequestsTable {
  readonly key: 'requests';
  readonly title: string;
  readonly cornerLabel: string;
  readonly columns: HeaderNode;
  readonly rows: readonly HeaderNode[];
}

/** Part 四: one row of counts under a column tree. */
export interface AppealsTable {
  readonly key: 'appeals';
  readonly title: string;
  readonly columns: readonly HeaderNode[];
}

export interface FeeField {
  readonly key: string;
  readonly label: string;
  readonly type: ValueType;
  readonly optional: boolean;
}

/** gb2021 part 六: information processing fees, quoted in prose. */
export interface ProcessingFees {
  readonly key: 'processing_fees';
  /** What the prose calls the fees as a whole. */
  readonly label: string;
  readonly fields: readonly FeeField[];
}

export interface FormatDescription {
  readonly id: 'gb2019' | 'gb2021';
  /** The notice that set the format, quoted in the preface. */
  readonly basis: string;
  readonly basisTitle: string;
  readonly years: { readonly from: number; readonly to?: number };
  readonly active: ActiveTable;
  readonly requests: RequestsTable;
  readonly appeals: AppealsTable;
  readonly processingFees?: ProcessingFees;
}
