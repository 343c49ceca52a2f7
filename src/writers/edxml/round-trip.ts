import type { ReadDocument } from '../../model/read-document.js';
import type { ExchangeParty } from '../../model/exchange.js';

/**
 * Which model fields travel through edXML, stated as code: `parseEdxml(toEdxml(d)).document`
 * gives back exactly `edxmlRoundTripView(d)`, and the round-trip test compares these views.
 *
 * Carried: kind (TypeName), issuer name and parent (OrganName, OrganizationInCharge), số, ký hiệu,
 * place, date, trích yếu, the first signature's authority chain, title and name (SignerInfo),
 * Nơi nhận and the Lưu line with its copy count (ToPlaces), độ khẩn (Priority), phạm vi lưu hành,
 * drafter code and copies, appendix numbers and titles (Appendixes), and the exchange metadata:
 * DocumentId, receivers, DueDate, ResponseFor, SteeringType, PageAmount, Content when it differs
 * from the trích yếu (`exchange.description`), and the sender's contact (From, read into
 * `exchange.from`; written from `exchange.from` or else `contact`).
 *
 * Not carried (edXML has no element for them): regime, co-issuers, Kính gửi, the body, further
 * signatures, images and signing times, độ mật (refused by the writer), appendix bodies, the copy
 * block, language. The issuer's mã định danh comes back from From/OrganId, which may be `options.from`.
 * A line break the model keeps in a name, the trích yếu or an appendix title comes back as a space:
 * edXML's elements hold one line.
 */
export interface EdxmlRoundTripView {
  readonly [field: string]: unknown;
}

const CONTACT_FIELDS = ['address', 'email', 'phone', 'fax', 'website'] as const;

function contactOf(party: Partial<ExchangeParty> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of CONTACT_FIELDS) if (party?.[key]) out[key] = party[key]!;
  return out;
}

/** The part of a document that edXML carries (see {@link EdxmlRoundTripView}). */
export function edxmlRoundTripView(document: ReadDocument): EdxmlRoundTripView {
  const signer = document.signatures[0];
  const exchange = document.exchange;
  return {
    kind: document.kind,
    issuer: { name: document.issuer?.name, parent: document.issuer?.parent },
    number: document.number,
    notation: document.notation,
    place: document.place,
    date: document.date,
    subject: document.subject,
    signer: signer && { authority: signer.authority, title: signer.title, name: signer.name },
    distribution: document.distribution,
    archive: document.archive,
    archiveCopies: document.archiveCopies,
    urgency: document.urgency,
    circulation: document.circulation,
    drafter: document.drafter,
    appendices: document.appendices.map((a) => ({ number: a.number, title: a.title })),
    exchange: {
      documentId: exchange?.documentId,
      to: exchange?.to ?? [],
      dueDate: exchange?.dueDate,
      responseFor: exchange?.responseFor ?? [],
      steeringType: exchange?.steeringType,
      pageCount: exchange?.pageCount,
      description: exchange?.description,
      from: contactOf(exchange?.from ?? document.contact),
    },
  };
}
