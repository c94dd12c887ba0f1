import { edit, fixture } from '../../../helpers/submissions.js';
import { ruleTester } from '../../../helpers/rule-tester.js';

const gb2019 = fixture('submissions/valid-gb2019.yaml');

ruleTester('active/total-published', {
  valid: [
    { name: 'the fixture', text: gb2019 },
    { name: 'total equal to this year', text: edit(gb2019, 'published: 4, total_published: 31', 'published: 4, total_published: 4') },
  ],
  invalid: [
    {
      name: 'total smaller than this year',
      text: edit(gb2019, 'published: 4, total_published: 31', 'published: 4, total_published: 3'),
      errors: [{ code: 'active/total-published', path: 'active_disclosure.normative_documents.total_published', line: 8, column: 68, numbers: ['3', '4'], related: [['active_disclosure.normative_documents.published', '4']], data: { label: '规范性文件 · 对外公开总数量', value: '3', publishedLabel: '规范性文件 · 本年新公开数量', published: '4' } }],
    },
  ],
});
