import type { LineRegion } from '../text/lines.js';

/**
 * The style map: an agency's template styles ("Quoc hieu", "Trich yeu", "Noi nhan") named after the
 * model parts they hold, so that detection finds them wherever the template puts them.
 *
 * @module
 */

/** Model parts a template style can hold. */
export type StyleMapPart = 'nationalTitle' | 'issuer' | 'number' | 'placeDate' | 'title' | 'subject' | 'recipients' | 'body' | 'distribution' | 'signature';

/** Paragraph style display names mapped to model parts. */
export type StyleMap = Readonly<Record<string, StyleMapPart>>;

// nd30.md §3.3: where each part sits in the Decree's layout; parts of the page body get `page`.
const REGION_OF_PART: Record<StyleMapPart, LineRegion> = {
  nationalTitle: 'header-right',
  placeDate: 'header-right',
  issuer: 'header-left',
  number: 'header-left',
  title: 'page',
  subject: 'page',
  recipients: 'page',
  body: 'page',
  distribution: 'closing-left',
  signature: 'closing-right',
};

/** The region a style-mapped paragraph belongs to, or undefined when its style is not in the map. */
export function styleMapRegion(map: StyleMap | undefined, styleName: string | undefined): LineRegion | undefined {
  if (!map || styleName === undefined) return undefined;
  const part = map[styleName] ?? map[styleName.normalize('NFC')];
  return part === undefined ? undefined : REGION_OF_PART[part];
}
