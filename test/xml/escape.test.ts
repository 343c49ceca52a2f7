import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstNonXmlCharacter } from '../../src/formats/xml/escape.js';

// XML 1.0 production [2] Char, searched in one pass with the u flag: the reference.
const reference = (text: string): number => text.search(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u);

describe('firstNonXmlCharacter', () => {
  it('finds the first character XML 1.0 cannot carry, as the one-pass search does', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', 'ệ', '\t', '\n', '\r', '\u000b', '\u0000', '\ufffe', '\uffff', '\ufffd', '😀'),
      fc.constantFrom('\ud83d', '\ude00', '\udbff', '\udc00'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (units) => {
        const text = units.join('');
        expect(firstNonXmlCharacter(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes a surrogate pair as one character and a lone half as none', () => {
    expect(firstNonXmlCharacter('a😀b')).toBe(-1);
    expect(firstNonXmlCharacter('a\ud83db')).toBe(1);
    expect(firstNonXmlCharacter('😀\ude00')).toBe(2);
    expect(firstNonXmlCharacter('ok\u000b')).toBe(2);
  });
});
