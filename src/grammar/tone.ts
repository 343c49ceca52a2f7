/**
 * Tone-mark placement. The Decree writes both "HÒA" and "HOÀ" (nd30.md §2.1); old-style
 * ("classic") places the tone of an open oa/oe/uy on the first vowel, new-style ("modern") on the
 * second. Comparisons of fixed texts should go through {@link normalizeTonePlacement}.
 *
 * @module
 */

/** The five combining tone marks (huyền, sắc, ngã, hỏi, nặng). */
type Tone = '\u0300' | '\u0301' | '\u0303' | '\u0309' | '\u0323';
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VOWELS = 'aăâeêioôơuưy';
const MARKED = 'ăâêôơư';

/** Where to put the tone of an open syllable ending in oa, oe or uy. */
export type ToneStyle = 'classic' | 'modern';

function isVowel(ch: string): boolean {
  return VOWELS.includes(ch.toLowerCase());
}

/** Re-places the tone mark of each syllable by Vietnamese orthography in the chosen style. NFC out. */
export function normalizeTonePlacement(text: string, style: ToneStyle = 'classic'): string {
  return text.normalize('NFC').replace(/\p{L}+/gu, (word) => placeTone(word, style));
}

function placeTone(word: string, style: ToneStyle): string {
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONE_RE);
  if (!tones || tones.length !== 1) return word;
  const tone = tones[0] as Tone;
  const letters = [...decomposed.replace(TONE_RE, '').normalize('NFC')];
  const target = toneIndex(letters, style);
  if (target < 0) return word;
  letters[target] = (letters[target]! + tone).normalize('NFC');
  return letters.join('').normalize('NFC');
}

function toneIndex(letters: string[], style: ToneStyle): number {
  const lower = letters.map((c) => c.toLowerCase());
  let start = lower.findIndex(isVowel);
  if (start < 0) return -1;
  // "qu" and "gi" + vowel: the u / i belongs to the onset.
  if (
    start > 0 &&
    ((lower[start - 1] === 'q' && lower[start] === 'u') ||
      (lower[start - 1] === 'g' && lower[start] === 'i' && isVowel(lower[start + 1] ?? '')))
  )
    start++;
  let end = start;
  while (end < lower.length && isVowel(lower[end]!)) end++;
  const nucleus = lower.slice(start, end);
  const marked = nucleus.findLastIndex((c) => MARKED.includes(c));
  if (marked >= 0) return start + marked;
  if (nucleus.length === 1) return start;
  const closed = end < lower.length;
  if (closed) return end - 1;
  if (nucleus.length >= 3) return start + 1;
  const pair = nucleus.join('');
  if (pair === 'oa' || pair === 'oe' || pair === 'uy') return style === 'classic' ? start : start + 1;
  return start;
}
