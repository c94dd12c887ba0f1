// 国办公开办函〔2021〕30号: the format for reports on 2021 and later.
import { appeals, applicantColumns, requestRows, requestsCorner, requestsTitle } from './shared.js';
import type { ActiveColumn, FormatDescription } from './types.js';

const documents: readonly ActiveColumn[] = [
  { key: 'issued', label: '本年制发件数', type: 'count' },
  { key: 'repealed', label: '本年废止件数', type: 'count' },
  { key: 'in_force', label: '现行有效件数', type: 'count' },
];

const decisions: readonly ActiveColumn[] = [
  { key: 'decisions', label: '本年处理决定数量', type: 'count' },
];

export const gb2021: FormatDescription = {
  id: 'gb2021',
  basis: '国办公开办函〔2021〕30号',
  basisTitle: '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》',
  years: { from: 2021 },
  active: {
    key: 'active_disclosure',
    title: '二、主动公开政府信息情况',
    firstColumnLabel: '信息内容',
    groups: [
      {
        label: '第二十条第（一）项',
        columns: documents,
        rows: [
          { key: 'regulations', label: '规章' },
          { key: 'normative_documents', label: '行政规范性文件' },
        ],
      },
      { label: '第二十条第（五）项', columns: decisions, rows: [{ key: 'licensing', label: '行政许可' }] },
      {
        label: '第二十条第（六）项',
        columns: decisions,
        rows: [
          { key: 'penalties', label: '行政处罚' },
          { key: 'enforcement', label: '行政强制' },
        ],
      },
      {
        label: '第二十条第（八）项',
        columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', type: 'wan' }],
        rows: [{ key: 'fees', label: '行政事业性收费' }],
      },
    ],
    notes: [],
  },
  requests: {
    key: 'requests',
    title: requestsTitle,
    cornerLabel: requestsCorner,
    columns: applicantColumns,
    rows: requestRows({
      label: '（六）其他处理',
      key: 'other',
      children: [
        {
          label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
          key: 'no_correction',
        },
        {
          label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
          key: 'fee_unpaid',
        },
        { label: '3.其他', key: 'other' },
      ],
    }),
  },
  appeals,
  processingFees: {
    key: 'processing_fees',
    label: '信息处理费',
    fields: [
      { key: 'charged', label: '收取信息处理费的申请件数', type: 'count', optional: false },
      { key: 'collected', label: '收取信息处理费金额（元）', type: 'yuan', optional: false },
      { key: 'notices', label: '发出收费通知件数', type: 'count', optional: true },
      { key: 'notice_amount', label: '收费通知金额（元）', type: 'yuan', optional: true },
    ],
  },
};
