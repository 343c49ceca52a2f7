import { sampleDocument, sampleSources } from '../../../../rule-kit/samples.js';
import { HEADING, congDien } from './rule.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/kinh-gui`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Một nơi nhận cùng dòng',
      document: sampleDocument(),
      sources: sampleSources({ [HEADING]: 'Kính gửi:', 'recipients.0': 'Sở Tài chính' }),
    },
    {
      name: 'Danh sách có gạch đầu dòng',
      document: sampleDocument('cong-van', { recipients: ['Sở Tài chính', 'Sở Nội vụ'] }),
      sources: sampleSources({
        [HEADING]: 'Kính gửi:',
        'recipients.0': '- Sở Tài chính;',
        'recipients.1': '- Sở Nội vụ.',
      }),
    },
    {
      name: 'Công điện, một nơi nhận có gạch đầu dòng',
      document: congDien,
      sources: sampleSources({ [HEADING]: 'THỦ TƯỚNG CHÍNH PHỦ điện:', 'recipients.0': '- Sở Tài chính.' }),
    },
  ],
  invalid: [
    {
      name: 'Công văn không có Kính gửi',
      document: sampleDocument('cong-van', { recipients: [], distribution: ['Sở Tài chính'] }),
      paths: ['recipients'],
    },
    {
      name: 'Thiếu dấu hai chấm',
      document: sampleDocument(),
      sources: sampleSources({ [HEADING]: 'Kính gửi', 'recipients.0': 'Sở Tài chính' }),
      paths: [HEADING],
      fixable: true,
    },
    {
      name: 'Dòng cuối kết thúc bằng ";"',
      document: sampleDocument('cong-van', { recipients: ['Sở Tài chính', 'Sở Nội vụ'] }),
      sources: sampleSources({
        [HEADING]: 'Kính gửi:',
        'recipients.0': '- Sở Tài chính;',
        'recipients.1': '- Sở Nội vụ;',
      }),
      paths: ['recipients.1'],
      fixable: true,
    },
    {
      name: 'Một nơi nhận kết thúc bằng dấu chấm phẩy',
      document: sampleDocument(),
      sources: sampleSources({ [HEADING]: 'Kính gửi:', 'recipients.0': 'Sở Tài chính;' }),
      paths: ['recipients.0'],
    },
    {
      name: 'Một nơi nhận lại có gạch đầu dòng',
      document: sampleDocument(),
      sources: sampleSources({ [HEADING]: 'Kính gửi:', 'recipients.0': '- Sở Tài chính.' }),
      paths: ['recipients.0'],
    },
    { name: 'Công điện không có nơi nhận', document: { ...congDien, recipients: [] }, paths: ['recipients'] },
    {
      name: 'Công điện, một nơi nhận không có gạch đầu dòng',
      document: congDien,
      sources: sampleSources({ [HEADING]: 'THỦ TƯỚNG CHÍNH PHỦ điện:', 'recipients.0': 'Sở Tài chính.' }),
      paths: ['recipients.0'],
      fixable: true,
    },
  ],
};
