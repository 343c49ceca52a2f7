/** OCR turns digits into look-alike letters; maps them back inside a run that should be numeric. */
const LOOKALIKES: Record<string, string> = {
  O: '0',
  o: '0',
  D: '0',
  Q: '0',
  l: '1',
  I: '1',
  '|': '1',
  i: '1',
  S: '5',
  B: '8',
  Z: '2',
};

/** Reads `text` as digits, mapping OCR look-alikes ("2O24" → "2024", "l719" → "1719"); undefined if it is not numeric. */
export function readOcrDigits(text: string): { digits: string; repaired: boolean } | undefined {
  if (/^\d+$/.test(text)) return { digits: text, repaired: false };
  if (!/\d/.test(text)) return undefined;
  let out = '';
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') out += ch;
    else if (LOOKALIKES[ch]) out += LOOKALIKES[ch];
    else return undefined;
  }
  return { digits: out, repaired: true };
}
