/**
 * The signed test PDFs: one valid signature, one changed after signing, one with an update appended
 * after signing, a visible widget on page 2, two signatures (signer then organisation), and the
 * other algorithms (ECDSA P-256, RSA-PSS, SHA-1, SHA-512). Certificates come from a test root CA
 * through an intermediate, all made here.
 */

import { type Identity, makeIdentity } from './pki.js';
import { TestPdf } from './pdf-builder.js';

/** The identities of the scenarios. */
export interface TestPki {
  readonly root: Identity;
  readonly intermediate: Identity;
  readonly person: Identity;
  readonly organisation: Identity;
  readonly personEcdsa: Identity;
  readonly personPss: Identity;
  /** A root that issued none of them. */
  readonly otherRoot: Identity;
}

const ORG = 'Ủy ban nhân dân tỉnh Thử Nghiệm';

/** Makes the test PKI. */
export async function makeTestPki(): Promise<TestPki> {
  const root = await makeIdentity({
    subject: [
      ['C', 'VN'],
      ['O', 'Ban Cơ yếu Thử nghiệm'],
      ['CN', 'CA gốc thử nghiệm'],
    ],
    ca: true,
  });
  const intermediate = await makeIdentity({
    subject: [
      ['C', 'VN'],
      ['O', 'Ban Cơ yếu Thử nghiệm'],
      ['CN', 'CA thử nghiệm cấp 2'],
    ],
    issuer: root,
    ca: true,
  });
  const personName = (cn: string): [string, string][] => [
    ['C', 'VN'],
    ['L', 'Thử Nghiệm'],
    ['O', ORG],
    ['OU', 'Văn phòng'],
    ['CN', cn],
  ];
  const person = await makeIdentity({ subject: personName('Nguyễn Văn An'), issuer: intermediate });
  const organisation = await makeIdentity({
    subject: [
      ['C', 'VN'],
      ['O', 'Tỉnh Thử Nghiệm'],
      ['L', 'Thử Nghiệm'],
      ['CN', ORG],
    ],
    issuer: intermediate,
  });
  const personEcdsa = await makeIdentity({
    subject: personName('Trần Thị Bình'),
    issuer: intermediate,
    kind: 'ECDSA-P256',
  });
  const personPss = await makeIdentity({ subject: personName('Lê Văn Cường'), issuer: intermediate, kind: 'RSA-PSS' });
  const otherRoot = await makeIdentity({
    subject: [
      ['C', 'VN'],
      ['CN', 'CA gốc khác'],
    ],
    ca: true,
  });
  return { root, intermediate, person, organisation, personEcdsa, personPss, otherRoot };
}

/** Names of the scenario files. */
export type ScenarioName =
  | 'valid'
  | 'tampered'
  | 'appended'
  | 'visible-widget'
  | 'two-signatures'
  | 'ecdsa-sha384'
  | 'rsa-pss'
  | 'sha1'
  | 'sha512';

/** Where the widget of `visible-widget` is, in points on page index 1. */
export const VISIBLE_RECT = [350, 100, 550, 160] as const;

/** Builds every scenario with `pki`. */
export async function makeScenarios(pki: TestPki): Promise<Record<ScenarioName, Uint8Array>> {
  const chain = [pki.intermediate];
  const when = new Date('2025-03-01T02:00:00Z');
  const m = "D:20250301090000+07'00'";

  const valid = TestPdf.create();
  await valid.sign({
    fieldName: 'Signature1',
    signer: pki.person,
    chain,
    signingTime: when,
    m,
    reason: 'Phê duyệt',
    location: 'Thử Nghiệm',
  });

  const tampered = valid.data.slice();
  const at = indexOf(tampered, 'so 12/UBND');
  tampered[at + 3] = '7'.charCodeAt(0); // "so 12" → "so 72", inside the covered range

  const appended = TestPdf.create();
  await appended.sign({ fieldName: 'Signature1', signer: pki.person, chain, signingTime: when, m });
  appended.appendInfo('Them sau khi ky');

  const visible = TestPdf.create(2);
  await visible.sign({
    fieldName: 'ChuKy',
    page: 1,
    rect: VISIBLE_RECT,
    signer: pki.person,
    chain,
    signingTime: when,
    m,
  });

  const two = TestPdf.create();
  await two.sign({
    fieldName: 'Signature1',
    rect: [340, 200, 540, 260],
    signer: pki.person,
    chain,
    signingTime: when,
    m,
  });
  await two.sign({
    fieldName: 'Signature2',
    rect: [300, 180, 420, 300],
    signer: pki.organisation,
    chain,
    subFilter: 'ETSI.CAdES.detached',
    signingTime: null,
    m: "D:20250301093000+07'00'",
  });

  const variant = async (signer: Identity, digest: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512') => {
    const pdf = TestPdf.create();
    await pdf.sign({ fieldName: 'Signature1', signer, chain, digest, signingTime: when, m });
    return pdf.data;
  };
  return {
    valid: valid.data,
    tampered,
    appended: appended.data,
    'visible-widget': visible.data,
    'two-signatures': two.data,
    'ecdsa-sha384': await variant(pki.personEcdsa, 'SHA-384'),
    'rsa-pss': await variant(pki.personPss, 'SHA-256'),
    sha1: await variant(pki.person, 'SHA-1'),
    sha512: await variant(pki.person, 'SHA-512'),
  };
}

function indexOf(bytes: Uint8Array, text: string): number {
  outer: for (let i = 0; i + text.length <= bytes.length; i++) {
    for (let j = 0; j < text.length; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return i;
  }
  throw new Error(`${text} not found`);
}
