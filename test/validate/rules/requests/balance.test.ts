import { edit, fixture } from '../../../helpers/submissions.js';
import { ruleTester } from '../../../helpers/rule-tester.js';

const gb2021 = fixture('submissions/valid-gb2021.yaml');
const gb2019 = fixture('submissions/valid-gb2019.yaml');

ruleTester('requests/balance', {
  valid: [
    { name: 'gb2021 fixture', text: gb2021 },
    { name: 'gb2019 fixture', text: gb2019 },
    { name: 'one more received and one more carried forward', text: edit(edit(gb2021, 'received: {individual: 120, business: 8, research: 0, nonprofit: 1, legal_services: 3, other: 0, total: 132}', 'received: {individual: 121, business: 8, research: 0, nonprofit: 1, legal_services: 3, other: 0}'), 'carried_forward: {individual: 7,', 'carried_forward: {individual: 8,') },
  ],
  invalid: [
    {
      name: '自然人 carried forward off by one (and so the 总计 column)',
      text: edit(gb2021, 'carried_forward: {individual: 7,', 'carried_forward: {individual: 8,'),
      errors: [
        { code: 'requests/balance', path: 'requests.carried_forward.individual', line: 43, column: 33, numbers: ['120', '5', '125', '118', '8', '126'], related: [['requests.received.individual', '120'], ['requests.carried_over.individual', '5'], ['requests.results.total.individual', '118']] },
        { code: 'requests/balance', path: 'requests.results.total.total', line: 42, column: 106, numbers: ['132', '6', '138', '130', '9', '139'], related: [['requests.received.total', '132'], ['requests.carried_over.total', '6'], ['requests.results.total.total', '130']] },
      ],
    },
    {
      name: 'a given 总计 of 本年新收 one too many',
      text: edit(gb2021, 'legal_services: 3, other: 0, total: 132}', 'legal_services: 3, other: 0, total: 133}'),
      errors: [{ code: 'requests/balance', path: 'requests.results.total.total', line: 42, column: 106, numbers: ['133', '6', '139', '130', '8', '138'], related: [['requests.received.total', '133'], ['requests.carried_over.total', '6'], ['requests.results.total.total', '130']], data: { label: '总计', path: 'total', received: '133', carriedOver: '6', left: '139', resultsTotal: '130', carriedForward: '8', right: '138' } }],
    },
  ],
});
