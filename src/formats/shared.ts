// Table parts the two national formats print alike: the applicant columns of part 三,
// its result rows up to （五）, and the appeals table of part 四.
import type { AppealsTable, HeaderNode } from './types.js';

/** What an agency or report id may be: it names output files (agencies/<id>.pdf). */
export const idPattern = '^[A-Za-z0-9][A-Za-z0-9_-]*$';

/** The headings of the prose parts, the same in both formats (parts 二–四 are the tables' titles). */
export const proseHeadings = {
  overview: '一、总体情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const;

export const requestsTitle = '三、收到和处理政府信息公开申请情况';

export const requestsCorner =
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export const applicantColumns: HeaderNode = {
  label: '申请人情况',
  children: [
    { label: '自然人', key: 'individual' },
    {
      label: '法人或其他组织',
      children: [
        { label: '商业企业', key: 'business' },
        { label: '科研机构', key: 'research' },
        { label: '社会公益组织', key: 'nonprofit' },
        { label: '法律服务机构', key: 'legal_services' },
        { label: '其他', key: 'other' },
      ],
    },
    { label: '总计', key: 'total', total: true },
  ],
};

/** Result rows （一）…（五）, the same in both formats. */
export const commonResultRows: readonly HeaderNode[] = [
  { label: '（一）予以公开', key: 'granted' },
  { label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', key: 'partially_granted' },
  {
    label: '（三）不予公开',
    key: 'withheld',
    children: [
      { label: '1.属于国家秘密', key: 'state_secret' },
      { label: '2.其他法律行政法规禁止公开', key: 'prohibited_by_law' },
      { label: '3.危及“三安全一稳定”', key: 'security_stability' },
      { label: '4.保护第三方合法权益', key: 'third_party_rights' },
      { label: '5.属于三类内部事务信息', key: 'internal_affairs' },
      { label: '6.属于四类过程性信息', key: 'process_information' },
      { label: '7.属于行政执法案卷', key: 'enforcement_files' },
      { label: '8.属于行政查询事项', key: 'administrative_query' },
    ],
  },
  {
    label: '（四）无法提供',
    key: 'unavailable',
    children: [
      { label: '1.本机关不掌握相关政府信息', key: 'not_held' },
      { label: '2.没有现成信息需要另行制作', key: 'needs_creation' },
      { label: '3.补正后申请内容仍不明确', key: 'still_unclear' },
    ],
  },
  {
    label: '（五）不予处理',
    key: 'not_processed',
    children: [
      { label: '1.信访举报投诉类申请', key: 'complaint' },
      { label: '2.重复申请', key: 'duplicate' },
      { label: '3.要求提供公开出版物', key: 'publication' },
      { label: '4.无正当理由大量反复申请', key: 'excessive' },
      { label: '5.要求行政机关确认或重新出具已获取信息', key: 'confirmation' },
    ],
  },
];

/** The rows of part 三 around the format-specific （六）其他处理. */
export function requestRows(otherResults: HeaderNode): readonly HeaderNode[] {
  return [
    { label: '一、本年新收政府信息公开申请数量', key: 'received' },
    { label: '二、上年结转政府信息公开申请数量', key: 'carried_over' },
    {
      label: '三、本年度办理结果',
      key: 'results',
      children: [...commonResultRows, otherResults, { label: '（七）总计', key: 'total', total: true }],
    },
    { label: '四、结转下年度继续办理', key: 'carried_forward' },
  ];
}

const appealColumns: readonly HeaderNode[] = [
  { label: '结果维持', key: 'upheld' },
  { label: '结果纠正', key: 'corrected' },
  { label: '其他结果', key: 'other' },
  { label: '尚未审结', key: 'pending' },
  { label: '总计', key: 'total', total: true },
];

export const appeals: AppealsTable = {
  key: 'appeals',
  title: '四、政府信息公开行政复议、行政诉讼情况',
  columns: [
    { label: '行政复议', key: 'reconsideration', children: appealColumns },
    {
      label: '行政诉讼',
      children: [
        { label: '未经复议直接起诉', key: 'litigation_direct', children: appealColumns },
        { label: '复议后起诉', key: 'litigation_after_reconsideration', children: appealColumns },
      ],
    },
  ],
};
