import { z } from 'zod';
import { codeDiagnostic } from '../diagnostics/build.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { VanbanError } from '../errors.js';
import { ContactSchema } from './contact.js';
import type { DocumentInput } from './document.js';
import { DocumentKindSchema } from './document.js';
import { DrafterSchema } from './drafter.js';
import { checkInput, problemList } from './check-input.js';
import { IssuerSchema } from './issuer.js';
import { normalizeDeep } from './normalize.js';
import { TextSchema } from './primitives.js';
import { SignatureSchema } from './signature.js';
import { nearest } from './unknown-keys.js';

/**
 * An agency profile: what a văn thư sets once for every document of the agency (letterhead,
 * mã định danh, place, contact block, the usual Nơi nhận and Lưu, the signers with their authority
 * lines, the size set), applied to each document that does not say otherwise.
 *
 * @module
 */

/** An agency profile, as code or a JSON file gives it. */
export const AgencyProfileSchema = z
  .object({
    issuer: IssuerSchema.describe(
      'The agency (ô 2): its name, its direct parent body and its mã định danh, printed on every document.',
    ),
    place: TextSchema.optional().describe('Địa danh of the agency (ô 4), e.g. "Quảng Ngãi".'),
    contact: ContactSchema.optional().describe('The contact block (ô 13) printed at the foot of page 1.'),
    notations: z
      .partialRecord(DocumentKindSchema, TextSchema)
      .optional()
      .describe(
        'The usual ký hiệu by kind, e.g. { "cong-van": "UBND-VP", "giay-moi": "GM-UBND" }, used when a document gives none.',
      ),
    distribution: z
      .array(TextSchema)
      .default([])
      .describe(
        'Nơi nhận entries every document carries unless it lists its own, e.g. ["Như trên", "CT, các PCT UBND tỉnh"].',
      ),
    archive: z
      .array(TextSchema)
      .default([])
      .describe('The Lưu line unless a document gives its own, e.g. ["VT", "KGVX"].'),
    drafter: DrafterSchema.optional().describe('Ký hiệu người soạn thảo (ô 12) unless a document gives its own.'),
    signers: z
      .record(z.string().min(1), SignatureSchema)
      .default({})
      .describe(
        'The agency\'s signers by a name of your choosing ("chu-tich", "pho-chu-tich"), each with the authority lines, title and name it prints (ô 7a–7c).',
      ),
    signer: z
      .string()
      .min(1)
      .optional()
      .describe('The name of the signer (in `signers`) who signs when a document names none.'),
    sizeSet: z
      .enum(['12/13', '13/14'])
      .optional()
      .describe("The size set of the agency's documents: Quốc hiệu / Tiêu ngữ at 12/13 (default) or 13/14 pt."),
    bodySizePt: z
      .union([z.literal(13), z.literal(14)])
      .optional()
      .describe("Body size of the agency's documents, 13 or 14 pt (default 14)."),
  })
  .meta({
    id: 'AgencyProfile',
    description:
      'What a văn thư sets once for every document of the agency: letterhead, mã định danh, place, contact block, usual Nơi nhận and Lưu, signers, size set.',
  });

/** An agency profile with its defaults filled. */
export type AgencyProfile = z.infer<typeof AgencyProfileSchema>;
/** An agency profile as given (lists optional). */
export type AgencyProfileInput = z.input<typeof AgencyProfileSchema>;

/** A document to which a profile gives the issuer: the issuer may be left out. */
export type ProfiledDocumentInput = Omit<DocumentInput, 'issuer'> & Partial<Pick<DocumentInput, 'issuer'>>;

/** Thrown when a profile is not one, or names a signer it does not have: every problem with its path. */
export class ProfileError extends VanbanError {
  constructor(readonly issues: readonly Diagnostic[]) {
    super('profile/invalid', `Invalid agency profile ${problemList(issues)}`);
  }
}

/**
 * Checks an agency profile given in code and fills its defaults.
 *
 * @throws {@link ProfileError} listing every problem; an unknown key names the field it most likely meant.
 * @example
 * ```ts
 * const profile = defineProfile({
 *   issuer: { parent: 'UBND TỈNH QUẢNG NGÃI', name: 'SỞ NỘI VỤ', code: '000.00.12.H49' },
 *   place: 'Quảng Ngãi',
 *   archive: ['VT', 'VP'],
 *   signers: { 'giam-doc': { title: 'GIÁM ĐỐC', name: 'Nguyễn Văn A' } },
 *   signer: 'giam-doc',
 * });
 * ```
 */
export function defineProfile(input: AgencyProfileInput): AgencyProfile {
  return profileFromJson(input);
}

/** Checks an agency profile from untyped data (a JSON text or `JSON.parse`'s value) and fills its defaults. */
export function profileFromJson(json: unknown): AgencyProfile {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json) as unknown;
    } catch (error) {
      const text = (error as Error).message;
      throw new ProfileError([
        codeDiagnostic('model/invalid-type', { vi: `không phải JSON: ${text}`, en: `not JSON: ${text}` }, { path: '' }),
      ]);
    }
  }
  const result = checkInput(AgencyProfileSchema, normalizeDeep(data), 'an agency profile');
  if (!result.success) throw new ProfileError(result.issues);
  if (result.data.signer !== undefined && !(result.data.signer in result.data.signers))
    throw new ProfileError([signerIssue(result.data, result.data.signer, 'signer')]);
  return result.data;
}

/** Options of {@link applyProfile}. */
export interface ApplyProfileOptions {
  /** The signer (a name of `profile.signers`) for a document without signatures; default `profile.signer`. */
  readonly signer?: string;
}

/**
 * The document with what the profile sets filled in where the document says nothing: issuer,
 * place, contact, ký hiệu by kind, Nơi nhận, Lưu, drafter, and the signer. What the document gives
 * wins; lists are taken whole from one or the other, never merged.
 *
 * @throws {@link ProfileError} when `options.signer` is not a signer of the profile.
 * @example
 * ```ts
 * const document = createDocument(applyProfile(profile, { kind: 'giay-moi', number: 12, date: '2024-05-15' }));
 * ```
 */
export function applyProfile(
  profile: AgencyProfile,
  document: ProfiledDocumentInput,
  options: ApplyProfileOptions = {},
): DocumentInput {
  const key = options.signer ?? profile.signer;
  if (options.signer !== undefined && !(options.signer in profile.signers))
    throw new ProfileError([signerIssue(profile, options.signer, 'signer')]);
  const signer = key === undefined ? undefined : profile.signers[key];
  const notation = profile.notations?.[document.kind];
  const given = (list: readonly unknown[] | undefined) => list !== undefined && list.length > 0;
  return {
    ...document,
    issuer: document.issuer ?? profile.issuer,
    ...(document.place === undefined && profile.place !== undefined && { place: profile.place }),
    ...(document.contact === undefined && profile.contact !== undefined && { contact: profile.contact }),
    ...(document.notation === undefined && notation !== undefined && { notation }),
    ...(!given(document.distribution) && profile.distribution.length > 0 && { distribution: profile.distribution }),
    ...(!given(document.archive) && profile.archive.length > 0 && { archive: profile.archive }),
    ...(document.drafter === undefined && profile.drafter !== undefined && { drafter: profile.drafter }),
    ...(!given(document.signatures) && signer !== undefined && { signatures: [signer] }),
  };
}

/** The writer options a profile sets (size set, body size), to spread into `toDocx` or `toPdf` options. */
export function profileLayout(profile: AgencyProfile): { sizeSet?: '12/13' | '13/14'; bodySizePt?: 13 | 14 } {
  return {
    ...(profile.sizeSet !== undefined && { sizeSet: profile.sizeSet }),
    ...(profile.bodySizePt !== undefined && { bodySizePt: profile.bodySizePt }),
  };
}

function signerIssue(profile: AgencyProfile, name: string, path: string): Diagnostic {
  const names = Object.keys(profile.signers);
  const suggestion = nearest(name, names);
  const known = names.length > 0 ? names.join(', ') : '—';
  return codeDiagnostic(
    'model/invalid-value',
    {
      vi: `"${name}" không có trong signers của hồ sơ (${known})${suggestion ? `; có phải là ${suggestion}?` : ''}`,
      en: `"${name}" is not one of the profile's signers (${known})${suggestion ? `; did you mean ${suggestion}?` : ''}`,
    },
    { path },
  );
}
