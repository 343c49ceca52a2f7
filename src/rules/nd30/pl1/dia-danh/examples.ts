import { sampleDocument, sampleSources } from '../../../../rule-kit/samples.js';
import { LINE } from './rule.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/pl1/dia-danh`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Địa danh viết hoa, có dấu phẩy',
      document: sampleDocument(),
      sources: sampleSources({ placeDateLine: 'Quảng Ngãi, ngày 09 tháng 4 năm 2024' }),
    },
    { name: 'Tên có danh từ chung', document: sampleDocument('cong-van', { place: 'Thành phố Hồ Chí Minh' }) },
    {
      name: 'Đơn vị đặt tên theo số',
      document: sampleDocument('cong-van', { place: 'Quận 1' }),
      sources: sampleSources({ placeDateLine: 'Quận 1, ngày 09 tháng 4 năm 2024' }),
    },
  ],
  invalid: [
    {
      name: 'Thiếu dấu phẩy sau địa danh',
      document: sampleDocument(),
      sources: sampleSources({ placeDateLine: 'Quảng Ngãi ngày 09 tháng 4 năm 2024' }),
      paths: [LINE],
      fixable: true,
    },
    {
      name: 'Địa danh viết tắt "TP."',
      document: sampleDocument('cong-van', { place: 'TP. Hồ Chí Minh' }),
      paths: ['place'],
    },
    {
      name: 'Địa danh không viết hoa',
      document: sampleDocument('cong-van', { place: 'quảng ngãi' }),
      paths: ['place'],
    },
    {
      name: 'Dấu cách trước dấu phẩy',
      document: sampleDocument('cong-van', { place: 'Hà Nội' }),
      sources: sampleSources({ placeDateLine: 'Hà Nội , ngày 09 tháng 4 năm 2024' }),
      paths: [LINE],
      fixable: true,
    },
  ],
};
