// Messages of the table rules (requests/*, appeals/*, active/*).
import type { Messages, MessageEntry } from './types.js';

const givenTotal: Record<string, MessageEntry> = {
  default: {
    message: {
      'zh-CN': '{label} 填写为{value}，但各项之和为{sum}（{terms}）',
      en: '{label} ({path}) is {value}, but its cells add up to {sum}: {terms}',
    },
    hint: {
      'zh-CN': '应填写{sum}；也可不填总计，由程序计算',
      en: 'write {sum}, or leave the total out and it is computed',
    },
  },
};

export const tableMessages: Messages = {
  'requests/row-total': givenTotal,
  'requests/results-total': givenTotal,
  'appeals/total': givenTotal,
  'requests/balance': {
    default: {
      message: {
        'zh-CN': '{label}：本年新收{received} + 上年结转{carriedOver} = {left}，但（七）总计{resultsTotal} + 结转下年度{carriedForward} = {right}',
        en: '{label} ({path}): 本年新收 {received} + 上年结转 {carriedOver} = {left}, but （七）总计 {resultsTotal} + 结转下年度 {carriedForward} = {right}',
      },
      hint: {
        'zh-CN': '本年新收和上年结转的每件申请，要么本年办结（三），要么结转下年度继续办理（四）',
        en: 'every application received or carried over is either decided this year (三) or carried forward (四)',
      },
    },
  },
  'active/negative-items': {
    default: {
      message: {
        'zh-CN': '{label}填写为{value}，但{previousLabel}为{previous}：{previous} + （{value}）= {result}，本年项目数量小于0',
        en: '{label} is {value}, but {previousLabel} is {previous}: {previous} + ({value}) = {result} items this year, below 0',
      },
      hint: {
        'zh-CN': '本年增/减是项目数量的变化，减少的数量不能超过原有的数量',
        en: '本年增/减 is the change in the number of items: it cannot remove more items than there were',
      },
    },
  },
  'active/total-published': {
    default: {
      message: {
        'zh-CN': '{label}填写为{value}，小于{publishedLabel}{published}：对外公开总数量应包含本年新公开的数量',
        en: "{label} is {value}, smaller than {publishedLabel} {published}: the total published includes this year's",
      },
    },
  },
};

