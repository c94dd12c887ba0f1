// The prose the tool writes when an office gives none of its own: templates bound to the
// figures like any narrative, so they cannot disagree with the tables.
import type { FormatDescription } from '../formats/types.js';

export type ReportKind = 'consolidated' | 'agency';

const contactSentence = (contact: Readonly<Record<string, string | undefined>>): string => {
  const parts = [
    contact.phone ? '电话：{{contact.phone}}' : '',
    contact.email ? '电子邮箱：{{contact.email}}' : '',
    contact.address ? '地址：{{contact.address}}' : '',
  ].filter(Boolean);
  const site = contact.website ? '本报告的电子版可在{{contact.website}}查阅。' : '';
  return `${site}${parts.length > 0 ? `对本报告如有疑问，请与{{compiled_by}}联系（${parts.join('；')}）。` : ''}`;
};

export function defaultPreface(kind: ReportKind, contact: Readonly<Record<string, string | undefined>>): string {
  const who =
    kind === 'consolidated'
      ? '由{{compiled_by}}汇总{{region}}各级行政机关的政府信息公开工作年度报告编制'
      : '由{{compiled_by}}编制';
  return [
    `本报告依据《中华人民共和国政府信息公开条例》和{{basis_title}}（{{basis}}）的要求，${who}。`,
    '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。',
    `所列数据的统计期限为{{period}}。${contactSentence(contact)}`,
  ].join('');
}

export function defaultOverview(kind: ReportKind): string {
  const scope = kind === 'consolidated' ? '{{region}}纳入统计的{{units}}个单位' : '{{name}}';
  return `{{year}}年，${scope}共新收政府信息公开申请{{requests.received.total}}件，上年结转{{requests.carried_over.total}}件，办结{{requests.results.total.total}}件，结转下年度继续办理{{requests.carried_forward.total}}件；因政府信息公开引起行政复议{{appeals.reconsideration.total}}件、行政诉讼{{sum appeals.litigation_direct.total appeals.litigation_after_reconsideration.total}}件。`;
}

/** gb2021 part 六: the information processing fees, stated as published reports state them. */
export function feesSentence(format: FormatDescription, given: { notices: boolean; noticeAmount: boolean; consolidated: boolean }): string | undefined {
  if (!format.processingFees) return undefined;
  const main = '依据《政府信息公开信息处理费管理办法》，本年度共对{{processing_fees.charged}}件政府信息公开申请收取信息处理费{{processing_fees.collected}}元。';
  const notices = given.notices ? `发出收费通知{{processing_fees.notices}}件${given.consolidated ? '（{{coverage.processing_fees.notices}}个单位报告了此项）' : ''}。` : '';
  const amount = given.noticeAmount ? `收费通知涉及金额{{processing_fees.notice_amount}}元${given.consolidated ? '（{{coverage.processing_fees.notice_amount}}个单位报告了此项）' : ''}。` : '';
  return main + notices + amount;
}

export const noneText = '无。';
