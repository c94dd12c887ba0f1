import { edit, fixture } from '../../../helpers/submissions.js';
import { ruleTester } from '../../../helpers/rule-tester.js';

const gb2019 = fixture('submissions/valid-gb2019.yaml');

ruleTester('active/negative-items', {
  valid: [
    { name: 'the fixture', text: gb2019 },
    { name: 'down to exactly 0', text: edit(gb2019, 'licensing: {previous_items: 20, change: -2,', 'licensing: {previous_items: 20, change: -20,') },
  ],
  invalid: [
    {
      name: 'more items removed than there were',
      text: edit(gb2019, 'licensing: {previous_items: 20, change: -2,', 'licensing: {previous_items: 20, change: -21,'),
      errors: [{ code: 'active/negative-items', path: 'active_disclosure.licensing.change', line: 9, column: 43, numbers: ['-21', '20', '20', '-21', '-1', '0'], related: [['active_disclosure.licensing.previous_items', '20']], data: { label: '行政许可 · 本年增/减', value: '-21', previousLabel: '行政许可 · 上一年项目数量', previous: '20', result: '-1' } }],
    },
    {
      name: 'fees, a row without decisions',
      text: edit(gb2019, 'fees: {previous_items: 4, change: -1}', 'fees: {previous_items: 4, change: -5}'),
      errors: [{ code: 'active/negative-items', path: 'active_disclosure.fees.change', line: 13, column: 37, numbers: ['-5', '4', '4', '-5', '-1', '0'], related: [['active_disclosure.fees.previous_items', '4']] }],
    },
  ],
});
