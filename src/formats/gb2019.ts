// 国办公开办函〔2019〕60号: the format for reports on 2019 and 2020.
import { appeals, applicantColumns, requestRows, requestsCorner, requestsTitle } from './shared.js';
import type { ActiveColumn, FormatDescription } from './types.js';

const publication: readonly ActiveColumn[] = [
  { key: 'created', label: '本年新制作数量', type: 'count' },
  { key: 'published', label: '本年新公开数量', type: 'count' },
  { key: 'total_published', label: '对外公开总数量', type: 'count' },
];

const items: readonly ActiveColumn[] = [
  { key: 'previous_items', label: '上一年项目数量', type: 'count' },
  { key: 'change', label: '本年增/减', type: 'signed' },
  { key: 'decisions', label: '处理决定数量', type: 'count' },
];

export const gb2019: FormatDescription = {
  id: 'gb2019',
  basis: '国办公开办函〔2019〕60号',
  basisTitle: '《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》',
  years: { from: 2019, to: 2020 },
  active: {
    key: 'active_disclosure',
    title: '二、主动公开政府信息情况',
    firstColumnLabel: '信息内容',
    groups: [
      {
        label: '第二十条第（一）项',
        columns: publication,
        rows: [
          { key: 'regulations', label: '规章' },
          { key: 'normative_documents', label: '规范性文件' },
        ],
      },
      {
        label: '第二十条第（五）项',
        columns: items,
        rows: [
          { key: 'licensing', label: '行政许可' },
          { key: 'other_services', label: '其他对外管理服务事项' },
        ],
      },
      {
        label: '第二十条第（六）项',
        columns: items,
        rows: [
          { key: 'penalties', label: '行政处罚' },
          { key: 'enforcement', label: '行政强制' },
        ],
      },
      {
        label: '第二十条第（八）项',
        columns: items.slice(0, 2),
        rows: [{ key: 'fees', label: '行政事业性收费' }],
      },
      {
        label: '第二十条第（九）项',
        columns: [
          { key: 'projects', label: '采购项目数量', type: 'count' },
          { key: 'amount', label: '采购总金额', type: 'wan' },
        ],
        rows: [{ key: 'procurement', label: '政府集中采购' }],
      },
    ],
    notes: ['注：政府集中采购的采购总金额单位为万元。'],
  },
  requests: {
    key: 'requests',
    title: requestsTitle,
    cornerLabel: requestsCorner,
    columns: applicantColumns,
    rows: requestRows({ label: '（六）其他处理', key: 'other' }),
  },
  appeals,
};
