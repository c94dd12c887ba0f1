import { edit, fixture } from '../../../helpers/submissions.js';
import { ruleTester } from '../../../helpers/rule-tester.js';

const gb2021 = fixture('submissions/valid-gb2021.yaml');

ruleTester('appeals/total', {
  valid: [
    { name: 'the fixture', text: gb2021 },
    { name: 'a group without its total', text: edit(gb2021, 'pending: 1, total: 4}', 'pending: 1}') },
  ],
  invalid: [
    {
      name: '行政复议 总计 one too many',
      text: edit(gb2021, 'pending: 1, total: 4}', 'pending: 1, total: 5}'),
      errors: [{ code: 'appeals/total', path: 'appeals.reconsideration.total', line: 45, column: 75, numbers: ['5', '4', '2', '1', '0', '1'], related: [['appeals.reconsideration.upheld', '2'], ['appeals.reconsideration.corrected', '1'], ['appeals.reconsideration.other', '0'], ['appeals.reconsideration.pending', '1']], data: { label: '行政复议 / 总计', path: 'appeals.reconsideration.total', value: '5', sum: '4', terms: '2 + 1 + 0 + 1' } }],
    },
    {
      name: '未经复议直接起诉 总计 one too few',
      text: edit(gb2021, 'litigation_direct: {upheld: 1, corrected: 0, other: 1, pending: 0, total: 2}', 'litigation_direct: {upheld: 1, corrected: 0, other: 1, pending: 0, total: 1}'),
      errors: [{ code: 'appeals/total', path: 'appeals.litigation_direct.total', line: 46, column: 77, numbers: ['1', '2', '1', '0', '1', '0'] }],
    },
  ],
});
