import { LimitExceededError, MalformedXmlError, UnsafeXmlError } from '../../errors.js';
import { firstNonXmlCharacter } from './escape.js';
import { appendText, DOCTYPE_REFUSED, localName, type TreeSettings, type XmlElement } from './tree.js';

/**
 * The tree builder of `parseXml` for parts read without namespaces (WordprocessingML, whose
 * prefixes are fixed): a tokenizer that finds markup with `indexOf` and reads names and attributes
 * by character codes, with no match objects, faster than saxes on Word's parts, which are mostly
 * markup (a one-page letter's document.xml is 40 KB for 2 KB of text). test/xml/fast-parse.test.ts
 * checks it against saxes on generated and mutated XML.
 *
 * It is as strict as the tree needs: every character an XML 1.0 `Char`, names of the `Name`
 * production (Basic Multilingual Plane), attributes quoted, spaced and not repeated, `<` never in
 * an attribute value, `&` only in the five predefined or numeric references (of an XML `Char`),
 * `]]>` never in text, tags balanced, one root element, no text outside it, comments without
 * `--`, processing instructions with a target, the declaration (version 1.x) only first; line ends
 * normalised (XML 1.0 §2.11) and attribute whitespace made spaces (§3.3.3). A DOCTYPE is refused
 * outright (no DTD, no entity ever expanded). Stricter than saxes in two places no decoded part
 * reaches: a lone surrogate is refused, and a name character beyond the Basic Multilingual Plane.
 *
 * @module
 */

// Name characters of the Basic Multilingual Plane (XML 1.0 productions [4] and [4a]): 1 may start
// a name, 2 may follow. Built once.
const NAME_START_RANGES = [
  [0x3a, 0x3a],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x2ff],
  [0x370, 0x37d],
  [0x37f, 0x1fff],
  [0x200c, 0x200d],
  [0x2070, 0x218f],
  [0x2c00, 0x2fef],
  [0x3001, 0xd7ff],
  [0xf900, 0xfdcf],
  [0xfdf0, 0xfffd],
] as const;
const NAME_ONLY_RANGES = [
  [0x2d, 0x2e],
  [0x30, 0x39],
  [0xb7, 0xb7],
  [0x300, 0x36f],
  [0x203f, 0x2040],
] as const;
const NAME_CODES = new Uint8Array(0x10000);
for (const [from, to] of NAME_START_RANGES) NAME_CODES.fill(1, from, to + 1);
for (const [from, to] of NAME_ONLY_RANGES) NAME_CODES.fill(2, from, to + 1);

const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9A-Fa-f]+));|&/g;
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ONLY_SPACE = /^[ \t\n\r]*$/;
const XML_DECLARATION =
  /<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(?:"1\.[0-9]+"|'1\.[0-9]+')(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:"[A-Za-z][\w.-]*"|'[A-Za-z][\w.-]*'))?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\n]*\?>/y;

const malformed = (what: string): MalformedXmlError => new MalformedXmlError(`Malformed XML: ${what}`);

/** White space inside markup, once line ends are normalised: space, tab, LF. */
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09;

/** The end of the name starting at `at` (`at` itself when none starts there). */
function nameEnd(xml: string, at: number): number {
  if (NAME_CODES[xml.charCodeAt(at)] !== 1) return at;
  let j = at + 1;
  // charCodeAt past the end is NaN, which indexes no entry.
  while (NAME_CODES[xml.charCodeAt(j)]! > 0) j++;
  return j;
}

/** `text` with its references replaced. @throws MalformedXmlError on a bare `&` or a reference to no character. */
function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    REFERENCE,
    (match, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
      if (name) return PREDEFINED[name]!;
      if (dec === undefined && hex === undefined) throw malformed('"&" that starts no reference');
      const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
      const char = code <= 0x10ffff ? String.fromCodePoint(code) : '';
      if (char === '' || firstNonXmlCharacter(char) >= 0) throw malformed(`reference ${match} to no character`);
      return char;
    },
  );
}

/** An attribute value as read: `<` refused, white space made spaces, references replaced. */
function attributeValue(raw: string): string {
  if (raw.includes('<')) throw malformed('"<" in an attribute value');
  const spaced = raw.includes('\n') || raw.includes('\t') ? raw.replace(/[\t\n]/g, ' ') : raw;
  return decode(spaced);
}

/** Checks an attribute value that is not kept: no `<`, references well formed. */
function checkAttributeValue(raw: string): void {
  if (raw.includes('<')) throw malformed('"<" in an attribute value');
  decode(raw);
}

// Attribute names of the tag being read, when it is not built (reset per tag; no hook runs meanwhile).
const SEEN: string[] = [];

/**
 * True when `xml` holds a CR to normalise (XML 1.0 §2.11): not when its only one ends the
 * declaration's line (Word's parts: `<?xml …?>` CR LF, then the rest on one line), where it is
 * white space outside the root element, which the tree leaves out; the copy is saved.
 */
function needsLineEnds(xml: string): boolean {
  const cr = xml.indexOf('\r');
  if (cr < 0) return false;
  const start = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  return !(
    xml.startsWith('<?', start) &&
    xml.startsWith('?>', cr - 2) &&
    xml.indexOf('<', start + 1) > cr &&
    xml.indexOf('\r', cr + 1) < 0
  );
}

/**
 * Parses `input` into the children of `root` (see the module comment).
 * @throws UnsafeXmlError on a DOCTYPE, MalformedXmlError, LimitExceededError; an error thrown by
 * `settings.onClose` passes through as it is.
 */
export function parseWithoutNamespaces(input: string, root: XmlElement, settings: TreeSettings): void {
  const { maxDepth, maxElements, skip, skipIn, onClose } = settings;
  const bad = firstNonXmlCharacter(input);
  if (bad >= 0 && !(bad === 0 && input.charCodeAt(0) === 0xfeff && firstNonXmlCharacter(input.slice(1)) < 0))
    throw malformed(`disallowed character U+${input.codePointAt(bad)!.toString(16).toUpperCase()}`);
  const xml = needsLineEnds(input) ? input.replace(/\r\n?/g, '\n') : input;
  const n = xml.length;
  const stack: XmlElement[] = [root];
  // Qualified names of the open elements, skipped ones included, for matching their end tags.
  const open: string[] = [];
  let count = 0;
  // Depth inside a skipped element (0 when not in one).
  let skipping = 0;
  let rootSeen = false;

  const addText = (raw: string): void => {
    if (open.length === 0) {
      if (!ONLY_SPACE.test(raw)) throw malformed('text outside the root element');
      return;
    }
    if (raw.includes(']]>')) throw malformed('"]]>" in text');
    const text = decode(raw);
    if (skipping === 0) appendText(stack[stack.length - 1]!, text);
  };

  const closeElement = (): void => {
    if (skipping > 0) {
      skipping--;
      return;
    }
    const element = stack.pop()!;
    if (!onClose) return;
    const parent = stack[stack.length - 1]!;
    // The element just closed is its parent's last child: nothing has been added after it yet.
    if (onClose(element, parent, stack.length)) parent.children.pop();
  };

  const start = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  let i = start;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      addText(xml.slice(i));
      break;
    }
    if (lt > i) addText(xml.slice(i, lt));
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      const expected = open.pop();
      const after = lt + 2 + (expected?.length ?? 0);
      let close = after;
      while (isSpace(xml.charCodeAt(close))) close++;
      // The open element's name, then only space before ">".
      if (expected === undefined || !xml.startsWith(expected, lt + 2) || xml.charCodeAt(close) !== 0x3e)
        throw malformed(`end tag at ${lt} does not close <${expected ?? ''}>`);
      // Before the hook: it may parse another part (styles read lazily).
      i = close + 1;
      closeElement();
    } else if (next === 0x3f /* ? */) {
      const targetEnd = nameEnd(xml, lt + 2);
      const end = xml.indexOf('?>', lt + 2);
      const after = xml.charCodeAt(targetEnd);
      // A target, then "?>" or a space before the data (production [16]).
      if (targetEnd === lt + 2 || end < 0 || !(after === 0x3f || isSpace(after)))
        throw malformed(`processing instruction at ${lt}`);
      const target = xml.slice(lt + 2, targetEnd);
      if (target.toLowerCase() === 'xml') {
        // The declaration, only as the very first thing, of version 1.x (production [23]).
        XML_DECLARATION.lastIndex = lt;
        if (target !== 'xml' || lt !== start || !XML_DECLARATION.test(xml)) throw malformed('XML declaration');
      }
      i = end + 2;
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        // "--" may not occur in a comment, nor may one end "--->" (production [15]).
        if (end < 0 || xml.indexOf('--', lt + 4) < end || (end > lt + 4 && xml.charCodeAt(end - 1) === 0x2d))
          throw malformed(`comment at ${lt}`);
        i = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0 || open.length === 0) throw malformed('CDATA section');
        if (skipping === 0) appendText(stack[stack.length - 1]!, xml.slice(lt + 9, end));
        i = end + 3;
      } else if (xml.startsWith('<!DOCTYPE', lt)) {
        throw new UnsafeXmlError(DOCTYPE_REFUSED);
      } else throw malformed(`markup declaration at ${lt}`);
    } else {
      const end = nameEnd(xml, lt + 1);
      if (end === lt + 1) throw malformed(`start tag at ${lt}`);
      const name = xml.slice(lt + 1, end);
      const local = localName(name);
      const parent = stack[stack.length - 1]!;
      // An element left out (or inside one) is checked, not built: its attribute values are not kept.
      const building =
        skipping === 0 &&
        !((skip !== undefined && skip.has(local)) || (skipIn !== undefined && skipIn.get(parent.local)?.has(local)));
      const attributes: Record<string, string> = {};
      SEEN.length = 0;
      let at = end;
      let selfClosing = false;
      for (;;) {
        let q = at;
        while (isSpace(xml.charCodeAt(q))) q++;
        const c = xml.charCodeAt(q);
        if (c === 0x3e /* > */) {
          at = q + 1;
          break;
        }
        if (c === 0x2f /* / */ && xml.charCodeAt(q + 1) === 0x3e) {
          at = q + 2;
          selfClosing = true;
          break;
        }
        // An attribute, after at least one space (production [40]).
        const attrEnd = q > at ? nameEnd(xml, q) : q;
        if (attrEnd === q) throw malformed(`start tag <${name}> at ${lt}`);
        const attrName = xml.slice(q, attrEnd);
        q = attrEnd;
        while (isSpace(xml.charCodeAt(q))) q++;
        if (xml.charCodeAt(q) !== 0x3d /* = */) throw malformed(`attribute ${attrName} of <${name}> at ${lt}`);
        q++;
        while (isSpace(xml.charCodeAt(q))) q++;
        const quote = xml.charCodeAt(q);
        const close = quote === 0x22 || quote === 0x27 ? xml.indexOf(quote === 0x22 ? '"' : "'", q + 1) : -1;
        if (close < 0) throw malformed(`attribute ${attrName} of <${name}> at ${lt}`);
        if (building) {
          if (Object.hasOwn(attributes, attrName)) throw malformed(`attribute ${attrName} repeated on <${name}>`);
          const value = attributeValue(xml.slice(q + 1, close));
          // A plain object is much faster than a null-prototype one; "__proto__" must not set the prototype.
          if (attrName === '__proto__')
            Object.defineProperty(attributes, attrName, {
              value,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          else attributes[attrName] = value;
        } else {
          // Names seen on this tag: a scan while few, a set past that (no quadratic time on hostile input).
          if (SEEN.length < 32 ? SEEN.includes(attrName) : new Set(SEEN).has(attrName))
            throw malformed(`attribute ${attrName} repeated on <${name}>`);
          SEEN.push(attrName);
          checkAttributeValue(xml.slice(q + 1, close));
        }
        at = close + 1;
      }
      i = at;
      if (open.length === 0) {
        if (rootSeen) throw malformed('a second root element');
        rootSeen = true;
      }
      if (open.length + 1 > maxDepth)
        throw new LimitExceededError('maxDepth', open.length + 1, maxDepth, 'XML nesting depth');
      if (++count > maxElements) throw new LimitExceededError('maxElements', count, maxElements, 'XML element count');
      open.push(name);
      if (building) {
        const element: XmlElement = { type: 'element', name, local, uri: '', attributes, children: [] };
        parent.children.push(element);
        stack.push(element);
      } else skipping++;
      if (selfClosing) {
        open.pop();
        closeElement();
      }
    }
  }
  if (open.length > 0) throw malformed(`unclosed tag <${open.at(-1)}>`);
}
