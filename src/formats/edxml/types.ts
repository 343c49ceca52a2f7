import type { ExchangeParty } from '../../model/exchange.js';
import type { EdxmlBusinessType, EdxmlStatusCode } from './codes.js';

/**
 * Package data that is not part of a document: business type, staff, status packages
 * (edxml.md §5, §8). Shared by the writer's options and the reader's header.
 *
 * @module
 */

/** The văn thư who handles the package (Bussiness/StaffInfo, status StaffInfo). */
export interface EdxmlStaff {
  readonly department?: string;
  readonly staff?: string;
  readonly mobile?: string;
  readonly email?: string;
}

/** A receiver added to or removed from the list by an update (ReceiverList/Receiver, edxml.md §9.5). */
export interface EdxmlReceiverChange {
  readonly organId: string;
  /** ReceiverType 1 = added, 0 = removed. */
  readonly change: 'added' | 'removed';
}

/** A replaced document and the receivers concerned (ReplacementInfo). */
export interface EdxmlReplacement {
  readonly documentId: string;
  readonly organIds: readonly string[];
}

/** The Bussiness block of the TraceHeaderList (spelled "Bussiness" by the SDK). */
export interface EdxmlBusiness {
  readonly type: EdxmlBusinessType;
  /** BussinessDocReason; defaults to the samples' text for the type. */
  readonly reason?: string;
  /** The document revoked, updated or replaced (Bussiness/DocumentId). */
  readonly documentId?: string;
  /** Paper: a paper copy is also sent. */
  readonly paper?: boolean;
  /** Update only: what changed. */
  readonly update?: {
    readonly documentInfo: boolean;
    readonly documentReceiver: boolean;
    readonly receivers: readonly EdxmlReceiverChange[];
  };
  /** Replace only. */
  readonly replacements?: readonly EdxmlReplacement[];
  readonly staff?: EdxmlStaff;
}

/** A hop of the routing trace (TraceHeader). */
export interface EdxmlTrace {
  readonly organId: string;
  /** ISO 8601 with +07:00 as read from `yyyy/MM/dd HH:mm:ss` Vietnam time; the raw text when unreadable. */
  readonly timestamp: string;
}

/** A status package (gói tin trạng thái, edxml.md §8). */
export interface EdxmlStatus {
  readonly code: EdxmlStatusCode;
  /** The agency reporting the status; `code` is its mã định danh (OrganId). */
  readonly from: ExchangeParty;
  /** The document the status is about. */
  readonly responseFor: {
    readonly organId: string;
    /** Số/ký hiệu as one string, "125/STTTT-CNTT". */
    readonly code: string;
    readonly documentId?: string;
    /** ISO yyyy-mm-dd. */
    readonly promulgationDate?: string;
  };
  readonly staff?: EdxmlStaff;
  readonly description?: string;
  /** When, ISO 8601 with offset; written as Vietnam local time. */
  readonly timestamp: string;
}
