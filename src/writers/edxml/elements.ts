import type { ExchangeParty } from '../../model/exchange.js';
import { type Markup, textElement } from '../../formats/xml/markup.js';
import type { EdxmlStaff } from '../../formats/edxml/types.js';

/**
 * Builders of the `edXML:`-prefixed elements shared by document and status packages.
 *
 * @module
 */

/** The qualified name of an envelope element: every one carries the `edXML:` prefix (edxml.md §3). */
export const edxmlName = (local: string): string => `edXML:${local}`;

/** A prefixed element with children, or nothing when it would be empty (the SDK omits empty elements). */
export function edxmlElement(local: string, children: Markup[], attributes?: Markup['attributes']): Markup[] {
  return children.length === 0 ? [] : [{ name: edxmlName(local), children, ...(attributes && { attributes }) }];
}

/** A prefixed element with text, or nothing when the value is empty. */
export function edxmlText(local: string, value: string | number | boolean | undefined): Markup[] {
  return textElement(edxmlName(local), value);
}

/** An Organization (`From`, `To`) in the SDK's child order (edxml.md §4). */
export function organizationElement(
  local: string,
  party: Partial<ExchangeParty>,
  organId: string | undefined,
): Markup[] {
  return edxmlElement(local, [
    ...edxmlText('OrganId', organId),
    ...edxmlText('OrganizationInCharge', party.parent),
    ...edxmlText('OrganName', party.name),
    ...edxmlText('OrganAdd', party.address),
    ...edxmlText('Email', party.email),
    ...edxmlText('Telephone', party.phone),
    ...edxmlText('Fax', party.fax),
    ...edxmlText('Website', party.website),
  ]);
}

/** StaffInfo of a Bussiness block or a status package. */
export function staffElement(staff: EdxmlStaff | undefined): Markup[] {
  if (!staff) return [];
  return edxmlElement('StaffInfo', [
    ...edxmlText('Department', staff.department),
    ...edxmlText('Staff', staff.staff),
    ...edxmlText('Mobile', staff.mobile),
    ...edxmlText('Email', staff.email),
  ]);
}
