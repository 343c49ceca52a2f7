/**
 * Syllables OCR broke into pieces ("Nh ư tr ê n", "Bộ tr ưở n g", "Tr ợ l ý"): a Vietnamese
 * syllable is an onset, a vowel nucleus and an optional final consonant, written without spaces.
 * A piece with no vowel cannot stand alone, so an onset piece is joined with the vowel piece after
 * it and the final-consonant pieces after that. Abbreviations in capitals ("TT", "CT") are words,
 * not pieces, and are left alone; so is any piece that would not complete a syllable.
 *
 * @module
 */

// Onsets of Vietnamese syllables and the finals a syllable may end with, in lower case (consonants
// take no tone mark, so lower case is all the folding they need).
const ONSETS = new Set('b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x'.split(' '));
const FINALS = new Set('c ch m n ng nh p t'.split(' '));
// A piece that opens with a vowel letter, with or without its tone mark.
const OPENS_WITH_VOWEL = /^[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]/iu;

const LETTERS = /^\p{L}+$/u;
const UPPER = /^\p{Lu}+$/u;
/** A piece that is only consonants ("Nh", "tr", "TR", "L"). */
const isOnsetPiece = (p: string) => p.length <= 3 && ONSETS.has(p.toLowerCase()) && LETTERS.test(p);
/** A piece that opens with a vowel, short as a nucleus is ("ư", "ưở", "Ợ"). */
const isNucleusPiece = (p: string) => p.length <= 3 && OPENS_WITH_VOWEL.test(p) && LETTERS.test(p);
/**
 * Whether `next` continues the syllable `piece` opens: both in capitals ("TR Ợ"), or the next in
 * lower case after lower case or a capital first ("tr ưở", "Nh ư"). "TP ấp" is an abbreviation.
 */
const sameCase = (piece: string, next: string) => (UPPER.test(piece) ? UPPER.test(next) : /^\p{Ll}+$/u.test(next));

/** `text` with every broken syllable joined, and how many were. */
export function joinSyllableFragments(text: string): { text: string; count: number } {
  if (!/(?:^|\s)\p{L}{1,3}\s\p{L}{1,3}(?:\s|$)/u.test(text)) return { text, count: 0 };
  const pieces = text.split(' ');
  const out: string[] = [];
  let count = 0;
  for (let i = 0; i < pieces.length; i++) {
    const onset = pieces[i]!;
    const nucleus = pieces[i + 1];
    if (!isOnsetPiece(onset) || nucleus === undefined || !isNucleusPiece(nucleus) || !sameCase(onset, nucleus)) {
      out.push(onset);
      continue;
    }
    let syllable = onset + nucleus;
    let j = i + 2;
    // Final consonants, whole ("n") or in two pieces ("n" "g").
    let final = '';
    // A consonant piece before a vowel piece opens the next syllable ("CH Ủ T ỊCH"), so it is no final.
    while (
      j < pieces.length &&
      LETTERS.test(pieces[j]!) &&
      sameCase(nucleus, pieces[j]!) &&
      FINALS.has((final + pieces[j]!).toLowerCase()) &&
      !(pieces[j + 1] !== undefined && isNucleusPiece(pieces[j + 1]!) && sameCase(pieces[j]!, pieces[j + 1]!))
    ) {
      final += pieces[j]!;
      syllable += pieces[j]!;
      j++;
    }
    out.push(syllable);
    count++;
    i = j - 1;
  }
  return count === 0 ? { text, count } : { text: out.join(' '), count };
}
