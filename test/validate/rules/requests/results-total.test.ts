import { edit, fixture } from '../../../helpers/submissions.js';
import { ruleTester } from '../../../helpers/rule-tester.js';

const gb2021 = fixture('submissions/valid-gb2021.yaml');

ruleTester('requests/results-total', {
  valid: [
    { name: 'the fixture', text: gb2021 },
    { name: 'without （七）总计', text: gb2021.replace(/    total: \{[^\n]*\n/, '').replace('carried_forward: {individual: 7,', 'carried_forward: {individual: 7,') },
  ],
  invalid: [
    {
      name: '（七）总计 · 自然人 one more than its rows',
      text: edit(gb2021, 'total: {individual: 118,', 'total: {individual: 119,'),
      errors: [{ code: 'requests/results-total', path: 'requests.results.total.individual', line: 42, column: 25, numbers: ['119', '118', '60', '10', '0', '0', '0', '3', '0', '2', '0', '0', '30', '5', '2', '4', '1', '0', '0', '0', '1', '0', '0'], data: { label: '（七）总计 · 自然人', path: 'requests.results.total.individual', value: '119', sum: '118', terms: '60 + 10 + 0 + 0 + 0 + 3 + 0 + 2 + 0 + 0 + 30 + 5 + 2 + 4 + 1 + 0 + 0 + 0 + 1 + 0 + 0' } }],
    },
  ],
});
