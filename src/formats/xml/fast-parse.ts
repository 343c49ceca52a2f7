import { LimitExceededError, MalformedXmlError, UnsafeXmlError } from '../../errors.js';
import { firstNonXmlCharacter } from './escape.js';
import { appendText, DOCTYPE_REFUSED, localName, type TreeSettings, type XmlElement } from './tree.js';

/**
 * The tree builder of `parseXml` for parts read without namespaces (WordprocessingML, whose
 * prefixes are fixed): a tokenizer that finds markup with `indexOf` and sticky regular expressions
 * instead of looking at every character, about four times faster than saxes on Word's parts,
 * which are mostly markup (a one-page letter's document.xml is 50 KB for 2 KB of text).
 *
 * It is as strict as the tree needs: every character an XML 1.0 `Char`, names of the `Name`
 * production (Basic Multilingual Plane), attributes quoted and not repeated, `<` never in an
 * attribute value, `&` only in the five predefined or numeric references (of an XML `Char`), tags
 * balanced, one root element, no text outside it; line ends normalised (XML 1.0 §2.11) and
 * attribute whitespace made spaces (§3.3.3). A DOCTYPE is refused outright (no DTD, no entity
 * ever expanded). Comments, processing instructions and the declaration are skipped.
 *
 * @module
 */

const NAME_START =
  'A-Za-z_:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_CHAR = `${NAME_START}0-9.\\-\\u00B7\\u0300-\\u036F\\u203F\\u2040`;
const NAME = `[${NAME_START}][${NAME_CHAR}]*`;
const START_NAME = new RegExp(NAME, 'y');
const ATTRIBUTE = new RegExp(`[ \\t\\n]+(${NAME})[ \\t\\n]*=[ \\t\\n]*(?:"([^"<]*)"|'([^'<]*)')`, 'y');
const TAG_END = /[ \t\n]*(\/?)>/y;
const END_TAG = new RegExp(`(${NAME})[ \\t\\n]*>`, 'y');
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9A-Fa-f]+));|&/g;
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ONLY_SPACE = /^[ \t\n]*$/;
const XML_DECLARATION =
  /<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(?:"1\.[0-9]+"|'1\.[0-9]+')(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:"[A-Za-z][\w.-]*"|'[A-Za-z][\w.-]*'))?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\n]*\?>/y;

const malformed = (what: string): MalformedXmlError => new MalformedXmlError(`Malformed XML: ${what}`);

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
  const xml = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
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
      END_TAG.lastIndex = lt + 2;
      const m = END_TAG.exec(xml);
      if (!m) throw malformed(`end tag at ${lt}`);
      const expected = open.pop();
      if (m[1] !== expected) throw malformed(`end tag </${m[1]}> does not close <${expected ?? ''}>`);
      // Before the hook: it may parse another part (styles read lazily), which moves lastIndex.
      i = END_TAG.lastIndex;
      closeElement();
    } else if (next === 0x3f /* ? */) {
      START_NAME.lastIndex = lt + 2;
      const target = START_NAME.exec(xml)?.[0];
      const end = xml.indexOf('?>', lt + 2);
      const after = xml.charCodeAt(lt + 2 + (target?.length ?? 0));
      // A target, then "?>" or a space before the data (production [16]).
      if (target === undefined || end < 0 || !(after === 0x3f || after === 0x20 || after === 0x09 || after === 0x0a))
        throw malformed(`processing instruction at ${lt}`);
      if (target.toLowerCase() === 'xml') {
        // The declaration, only as the very first thing, of version 1.x (production [23]).
        XML_DECLARATION.lastIndex = lt;
        if (target !== 'xml' || lt !== start || !XML_DECLARATION.test(xml)) throw malformed('XML declaration');
      }
      i = end + 2;
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        // "--" may not occur in a comment, nor may one end "--->" (XML 1.0 production [15]).
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
      START_NAME.lastIndex = lt + 1;
      const nameMatch = START_NAME.exec(xml);
      if (!nameMatch) throw malformed(`start tag at ${lt}`);
      const name = nameMatch[0];
      let at = START_NAME.lastIndex;
      const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const a = ATTRIBUTE.exec(xml);
        if (!a) break;
        const attrName = a[1]!;
        if (attrName in attributes) throw malformed(`attribute ${attrName} repeated on <${name}>`);
        const value = a[2] ?? a[3]!;
        attributes[attrName] = decode(/[\t\n]/.test(value) ? value.replace(/[\t\n]/g, ' ') : value);
        at = ATTRIBUTE.lastIndex;
      }
      TAG_END.lastIndex = at;
      const end = TAG_END.exec(xml);
      if (!end) throw malformed(`start tag <${name}> at ${lt}`);
      i = TAG_END.lastIndex;
      if (open.length === 0) {
        if (rootSeen) throw malformed('a second root element');
        rootSeen = true;
      }
      if (open.length + 1 > maxDepth)
        throw new LimitExceededError('maxDepth', open.length + 1, maxDepth, 'XML nesting depth');
      if (++count > maxElements) throw new LimitExceededError('maxElements', count, maxElements, 'XML element count');
      open.push(name);
      if (skipping > 0) skipping++;
      else {
        const local = localName(name);
        const parent = stack[stack.length - 1]!;
        if ((skip !== undefined && skip.has(local)) || (skipIn !== undefined && skipIn.get(parent.local)?.has(local)))
          skipping = 1;
        else {
          const element: XmlElement = { type: 'element', name, local, uri: '', attributes, children: [] };
          parent.children.push(element);
          stack.push(element);
        }
      }
      if (end[1] === '/') {
        open.pop();
        closeElement();
      }
    }
  }
  if (open.length > 0) throw malformed(`unclosed tag <${open.at(-1)}>`);
}
