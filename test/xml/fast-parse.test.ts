import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LimitExceededError, MalformedXmlError, UnsafeXmlError } from '../../src/errors.js';
import { parseWithoutNamespaces } from '../../src/formats/xml/fast-parse.js';
import { parseXml } from '../../src/formats/xml/parse.js';
import { buildWithSaxes } from '../../src/formats/xml/saxes-tree.js';
import type { TreeSettings, XmlElement } from '../../src/formats/xml/tree.js';

/**
 * The tokenizer of fast-parse.ts (Word's parts, read without namespaces) against saxes, the
 * reference, on generated XML: the same tree on well-formed input (entities, character
 * references, CDATA, comments, processing instructions, both quote kinds, CR LF line ends, a BOM,
 * Vietnamese in NFC and NFD, surrogate pairs), and the same outcome (the same tree, or an error of
 * the same class) once a character is inserted or deleted.
 */

const root = (): XmlElement => ({
  type: 'element',
  name: '#document',
  local: '#document',
  uri: '',
  attributes: {},
  children: [],
});

type Outcome = { tree: XmlElement } | { error: string };

function outcome(build: (r: XmlElement) => void): Outcome {
  const r = root();
  try {
    build(r);
    // Only the root element: what lies around it (white space) is not part of parseXml's tree.
    return { tree: r.children.find((c): c is XmlElement => c.type === 'element')! };
  } catch (err) {
    return { error: (err as Error).constructor.name };
  }
}

const BASE: TreeSettings = { maxDepth: 256, maxElements: 2_000_000 };
const fast = (xml: string, settings: TreeSettings = BASE) => outcome((r) => parseWithoutNamespaces(xml, r, settings));
const saxes = (xml: string, settings: TreeSettings = BASE) =>
  outcome((r) => buildWithSaxes(xml, r, { ...settings, xmlns: false }));

// Characters drawn for text and attribute values: markup, whitespace, Vietnamese in NFC and NFD
// (combining marks), a surrogate pair, bidi marks, the NBSP and the replacement character.
const CHARS = [
  ...'ab Z09',
  '<',
  '>',
  '&',
  '"',
  "'",
  ']',
  ']]>',
  '\t',
  '\n',
  '\r',
  '\r\n',
  'Việt',
  'Việt'.normalize('NFD'),
  'ư\u0301',
  '😀',
  '\u200f',
  '\u00a0',
  '\ufffd',
];
const rawString = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((a) => a.join(''));

/** One character written as a decimal or hexadecimal reference. */
const reference = (c: string, hex: boolean): string =>
  hex ? `&#x${c.codePointAt(0)!.toString(16)};` : `&#${c.codePointAt(0)};`;

/** `s` escaped for text or an attribute in `quote`, each special character in one of its spellings. */
function escaped(s: string, choices: readonly number[], quote?: '"' | "'"): string {
  let out = '';
  let k = 0;
  for (const c of s) {
    const pick = choices[k++ % choices.length]!;
    const named: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
    if (c === '&' || c === '<' || c === quote) out += pick % 2 ? named[c] : reference(c, pick % 3 === 0);
    else if (c === '>' && out.endsWith(']]')) out += '&gt;';
    else if (pick % 7 === 0 && c !== '\r') out += reference(c, pick % 2 === 0);
    else if (c === '\r' && pick % 3 === 0) out += '&#13;';
    else out += c;
  }
  return out;
}

const nameArb = fc
  .tuple(
    fc.constantFrom('', 'w:', 'a:', 'x-y.z:', 'Ư:'),
    fc.constantFrom('p', 'r', 't', 'tbl', 'a.b', '_x', 'ệ', 'n-1'),
  )
  .map(([prefix, local]) => prefix + local);
const spaceArb = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n');
const choicesArb = fc.array(fc.nat(41), { minLength: 1, maxLength: 5 });

const attributeArb = fc
  .tuple(spaceArb, rawString, choicesArb, fc.constantFrom('"' as const, "'" as const), fc.constantFrom('=', ' = '))
  .map(
    ([space, value, choices, quote, eq]) =>
      (name: string) =>
        `${space}${name}${eq}${quote}${escaped(value, choices, quote)}${quote}`,
  );

const miscArb = fc.oneof(
  rawString.filter((s) => !s.includes('--') && !s.endsWith('-')).map((s) => `<!--${s.replace(/-/g, '')}-->`),
  fc.constantFrom('<?mso-application progid="Word.Document"?>', '<?pi?>', '<?pi data ?>'),
);

const contentArb: fc.Memo<string> = fc.memo((depth) => {
  const text = fc.tuple(rawString, choicesArb).map(([s, c]) => escaped(s, c));
  const cdata = rawString.filter((s) => !s.includes(']]>')).map((s) => `<![CDATA[${s}]]>`);
  const element = fc
    .tuple(
      nameArb,
      fc.uniqueArray(fc.tuple(nameArb, attributeArb), { maxLength: 3, selector: ([n]) => n }),
      fc.option(fc.array(depth > 1 ? contentArb(depth - 1) : text, { maxLength: 4 }), { nil: undefined }),
      fc.constantFrom('', ' ', '\n'),
    )
    .map(([name, attributes, children, space]) => {
      const open = `<${name}${attributes.map(([n, a]) => a(n)).join('')}${space}`;
      return children === undefined ? `${open}/>` : `${open}>${children.join('')}</${name}${space}>`;
    });
  return fc.oneof({ weight: 3, arbitrary: element }, text, cdata, miscArb);
});

const documentArb = fc
  .tuple(
    fc.constantFrom('', '\ufeff'),
    fc.constantFrom(
      '',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
      "<?xml version='1.0'?>",
      '<?xml version="1.0" encoding="utf-8"?>\n',
    ),
    fc.array(miscArb, { maxLength: 2 }),
    nameArb,
    fc.array(contentArb(4), { maxLength: 5 }),
    fc.constantFrom('', '\n', ' \r\n'),
  )
  .map(([bom, declaration, misc, name, children, tail]) => ({
    prolog: `${bom}${declaration}`,
    xml: `${bom}${declaration}${misc.join('')}<${name}>${children.join('')}</${name}>${tail}`,
  }));

const INSERTS = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '=',
  ' ',
  '/',
  ']]>',
  '</p>',
  '<p>',
  '<!--',
  '--',
  '?>',
  '<?xml version="1.0"?>',
  '<!DOCTYPE p>',
  '<![CDATA[',
  '&bogus;',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&amp',
  '\u0001',
  '\uffff',
  '\u000b',
];

describe('fast-parse.ts agrees with saxes', () => {
  it('builds the same tree from well-formed XML', () => {
    fc.assert(
      fc.property(documentArb, ({ xml }) => {
        const got = fast(xml);
        expect(got).toEqual(saxes(xml));
        expect('tree' in got).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('skips the same elements and drops the same closed ones', () => {
    fc.assert(
      fc.property(
        documentArb,
        fc.subarray(['p', 'r', 'ệ', 'a.b']),
        fc.constantFrom('t', '_x'),
        (doc, skipped, dropped) => {
          const settings: TreeSettings = {
            ...BASE,
            skip: new Set(skipped),
            skipIn: new Map([['tbl', new Set(['n-1'])]]),
            // The DOCX reader's hook may parse another part (numbering read lazily) mid-parse.
            onClose: (el, _parent, depth) => {
              parseXml('<w:a x="1"><w:b>t</w:b><w:c/></w:a>', { namespaces: false });
              return depth > 1 && el.local === dropped;
            },
          };
          expect(fast(doc.xml, settings)).toEqual(saxes(doc.xml, settings));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same tree or an error of the same class once a character is inserted or deleted', () => {
    fc.assert(
      fc.property(
        documentArb,
        fc.nat(),
        fc.option(fc.constantFrom(...INSERTS), { nil: undefined }),
        (doc, at, insert) => {
          // After the prolog: saxes reads XML 1.1 declarations, which this tokenizer does not.
          const place = doc.prolog.length + (at % (doc.xml.length - doc.prolog.length));
          const xml =
            insert === undefined
              ? doc.xml.slice(0, place) + doc.xml.slice(place + 1)
              : doc.xml.slice(0, place) + insert + doc.xml.slice(place);
          // saxes lets a lone surrogate (half a deleted pair) through; it is no XML Char.
          if (/\p{Cs}/u.test(xml)) expect(fast(xml)).toEqual({ error: 'MalformedXmlError' });
          else expect(fast(xml)).toEqual(saxes(xml));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('breaks the same depth and element limits', () => {
    fc.assert(
      fc.property(
        documentArb,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 30 }),
        (doc, maxDepth, maxElements) => {
          const settings: TreeSettings = { maxDepth, maxElements };
          expect(fast(doc.xml, settings)).toEqual(saxes(doc.xml, settings));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseXml without namespaces (Word parts)', () => {
  const read = (xml: string) => parseXml(xml, { namespaces: false });

  it('reads entities, references, CDATA and both quote kinds', () => {
    const el = read(`<w:t a="x &amp; &quot;y&quot;" b='it&apos;s &#x1EC7;'>1 &lt; 2 &#8230;<![CDATA[<b>&amp;]]></w:t>`);
    expect(el).toMatchObject({ name: 'w:t', local: 't', uri: '', attributes: { a: 'x & "y"', b: "it's ệ" } });
    expect(el.children).toEqual([{ type: 'text', text: '1 < 2 …<b>&amp;' }]);
  });

  it('keeps decomposed text as it is written (the readers normalise it to NFC)', () => {
    const nfd = 'Việt Nam'.normalize('NFD');
    expect(read(`<t>${nfd}</t>`).children).toEqual([{ type: 'text', text: nfd }]);
  });

  it('refuses a DOCTYPE and ill-formed input with typed errors', () => {
    expect(() => read('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')).toThrow(UnsafeXmlError);
    for (const bad of [
      '<a>&nbsp;</a>',
      '<a>&#11;</a>',
      '<a>\u000b</a>',
      // saxes lets a lone surrogate through; it is no XML Char (a part decoded from UTF-8 holds none).
      '<a>\ud800</a>',
      '<a b="1" b="2"/>',
      '<a b="<"/>',
      '<a><b></a></b>',
      '<a/><b/>',
      '<a>]]></a>',
      '<a><!-- x -- y --></a>',
      '<a>',
      'text<a/>',
      '<a/><?xml version="1.0"?>',
      '',
    ])
      expect(() => read(bad), JSON.stringify(bad)).toThrow(MalformedXmlError);
    expect(() => parseXml('<a><a><a/></a></a>', { namespaces: false, maxDepth: 2 })).toThrow(LimitExceededError);
    // Inside an element left out of the tree too.
    const skip = { skip: new Set(['p']) };
    for (const bad of ['<a><p x="1" x="2"/></a>', '<a><p><q y="<"/></p></a>', '<a><p x="&bad;"/></a>'])
      expect(() => parseXml(bad, { namespaces: false }, skip), bad).toThrow(MalformedXmlError);
    const many = Array.from({ length: 40 }, (_, k) => ` x${k}="${k}"`).join('');
    expect(() => parseXml(`<a><p${many} x39="again"/></a>`, { namespaces: false }, skip)).toThrow(MalformedXmlError);
    expect(parseXml(`<a><p${many}/><b/></a>`, { namespaces: false }, skip).children).toHaveLength(1);
  });
});
