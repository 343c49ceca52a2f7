import { type Document, Packer } from 'docx';
import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';

/**
 * Byte-identical output for identical input (pitfalls.md): the `docx` package writes the clock
 * into docProps/core.xml, stamps zip entries with the wall-clock time and gives some
 * relationships random ids and drawings ids from a process-wide counter. After packing, the package
 * is rewritten with fixed dates (the document's own date), ids numbered in order of appearance, and
 * its entries in a fixed order with a fixed time.
 *
 * @module
 */

/** Zip entry time: the DOS epoch, the earliest a zip can say. */
const ENTRY_TIME = new Date(1980, 0, 1, 0, 0, 0);
/** core.xml time when the document has no date. */
const EPOCH = '2000-01-01T00:00:00Z';
// The ids the package draws with nanoid (hyperlinks, text boxes, some relationships): 21 characters.
const RANDOM_ID = /^[A-Za-z0-9_-]{21}$/;

/** Packs `document` and makes the package deterministic; `date` (yyyy-mm-dd) dates its core properties. */
export async function packDeterministic(document: Document, date: string | undefined): Promise<Uint8Array> {
  const packed = await Packer.pack(document, 'uint8array');
  const entries = unzipSync(packed);
  const stamp = date ? `${date}T00:00:00Z` : EPOCH;
  const names = Object.keys(entries).sort(entryOrder);
  const ids = new Map<string, string>();
  const out: Zippable = {};
  for (const name of names) {
    let data = entries[name]!;
    if (/\.(xml|rels)$/.test(name)) {
      let xml = strFromU8(data);
      if (name === 'docProps/core.xml') xml = xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
      // Relationship ids drawn at random get names in order of appearance across the sorted parts.
      xml = xml.replace(/\b(Id|r:id|r:embed|r:link)="([^"]+)"/g, (whole, attribute: string, value: string) => {
        if (!RANDOM_ID.test(value)) return whole;
        let fixed = ids.get(value);
        if (!fixed) {
          fixed = `rIdv${ids.size + 1}`;
          ids.set(value, fixed);
        }
        return `${attribute}="${fixed}"`;
      });
      // Drawing ids come from a counter that lives as long as the process: number them per part.
      let drawing = 0;
      xml = xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++drawing}"`);
      data = strToU8(xml);
    }
    out[name] = [data, { mtime: ENTRY_TIME, level: 6 }];
  }
  return zipSync(out);
}

/** [Content_Types].xml first and the package relationships next, as Word writes them; then by name. */
function entryOrder(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : n === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
