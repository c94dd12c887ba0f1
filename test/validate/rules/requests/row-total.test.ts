import { edit, fixture } from '../../../helpers/submissions.js';
import { ruleTester } from '../../../helpers/rule-tester.js';

const gb2021 = fixture('submissions/valid-gb2021.yaml');

ruleTester('requests/row-total', {
  valid: [
    { name: 'the fixture', text: gb2021 },
    { name: 'a row without its total', text: edit(gb2021, 'legal_services: 3, other: 0, total: 132}', 'legal_services: 3, other: 0}') },
  ],
  invalid: [
    {
      name: 'a given 总计 that is not the sum of its row',
      text: edit(gb2021, 'legal_services: 3, other: 0, total: 132}', 'legal_services: 3, other: 0, total: 133}'),
      errors: [{ code: 'requests/row-total', path: 'requests.received.total', line: 14, column: 107, numbers: ['133', '132', '120', '8', '0', '1', '3', '0'], related: [['requests.received.individual', '120'], ['requests.received.business', '8'], ['requests.received.research', '0'], ['requests.received.nonprofit', '1'], ['requests.received.legal_services', '3'], ['requests.received.other', '0']], data: { label: '一、本年新收政府信息公开申请数量 · 总计', path: 'requests.received.total', value: '133', sum: '132', terms: '120 + 8 + 0 + 1 + 3 + 0' } }],
    },
    {
      name: '（七）总计 · 总计 when a result cell moved',
      text: edit(gb2021, 'total: {individual: 118,', 'total: {individual: 119,'),
      errors: [{ code: 'requests/row-total', path: 'requests.results.total.total', line: 42, column: 106, numbers: ['130', '131', '119', '8', '0', '1', '3', '0'] }],
    },
  ],
});
