import { sampleDocument } from '../../../../rule-kit/samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

/** The examples of `nd30/dieu-7/loai-van-ban-cu`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [{ name: 'Loại của Nghị định 30', document: sampleDocument('cong-van') }],
  invalid: [{ name: 'Giấy đi đường', document: sampleDocument('giay-di-duong', { regime: 'cu' }), paths: ['kind'] }],
};
