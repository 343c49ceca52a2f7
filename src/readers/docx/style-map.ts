import type { LineRegion } from '../../recognize/lines.js';

/**
 * The style map: an agency's template styles ("Quoc hieu", "Trich yeu", "Noi nhan") named after the
 * model parts they hold, so that detection finds the parts with one fixed place in the layout
 * wherever the template puts them.
 *
 * @module
 */

/** Model parts a template style can hold. */
export type StyleMapPart =
  | 'nationalTitle'
  | 'issuer'
  | 'number'
  | 'placeDate'
  | 'title'
  | 'subject'
  | 'recipients'
  | 'body'
  | 'distribution'
  | 'signature';

/** Paragraph style display names mapped to model parts. */
export type StyleMap = Readonly<Record<string, StyleMapPart>>;

// nd30.md §3.3: where each part with one fixed place sits in the Decree's layout. The tên loại,
// trích yếu, Kính gửi and body are left out: where they sit depends on the kind (a công văn's V/v
// in the header's left column, ô 5b; a typed document's trích yếu centred under its tên loại,
// ô 5a), and that place is a layout fact the validator checks, which a style name must not move.
const REGION_OF_PART: Partial<Record<StyleMapPart, LineRegion>> = {
  nationalTitle: 'header-right',
  placeDate: 'header-right',
  issuer: 'header-left',
  number: 'header-left',
  distribution: 'closing-left',
  signature: 'closing-right',
};

/**
 * The region a style-mapped paragraph belongs to, or undefined when its style is not in the map or
 * maps to a part that keeps the paragraph's own region (title, subject, recipients, body).
 */
export function styleMapRegion(map: StyleMap | undefined, styleName: string | undefined): LineRegion | undefined {
  if (!map || styleName === undefined) return undefined;
  const part = map[styleName] ?? map[styleName.normalize('NFC')];
  return part === undefined ? undefined : REGION_OF_PART[part];
}
