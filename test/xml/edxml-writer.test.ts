import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXml as parseXmlTree, type XmlElement } from '../../src/formats/xml/parse.js';
import { parseEdxml } from '../../src/readers/edxml/index.js';
import {
  checkEdxml,
  EDXML_NAMESPACE,
  type EdxmlProblem,
  EdxmlValidationError,
  edxmlRoundTripView,
  toEdxml,
} from '../../src/writers/edxml/index.js';
import { createDocument, createDocumentWithDiagnostics, DocumentSchema } from '../../src/index.js';
import { documentArbitrary, EXCHANGE_SENDER_ID } from '../support/arbitraries.js';
import { breaksAsSpaces } from '../support/line-breaks.js';
import { decision, decisionAttachments, seedLetter, seedOptions } from './support/documents.js';
import { specPath } from '../support/corpus.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/edxml/${name}`, import.meta.url), 'utf8');
const samplesDir = `${specPath('edxml-samples')}/`;
const decisionOptions = {
  sentAt: '2024-01-05T16:20:05+07:00',
  attachments: decisionAttachments,
  business: {
    type: 'new' as const,
    staff: { department: 'Văn thư - Văn phòng UBND tỉnh', staff: 'Lê Thị Hoa', email: 'vanthu@quangngai.gov.vn' },
  },
};

/** Every element as "path of local names" → "qualified name | namespace URI". */
function qualifiedNames(xml: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const walk = (el: XmlElement, path: string): void => {
    const here = `${path}/${el.local}`;
    if (!out.has(here)) out.set(here, new Set());
    out.get(here)!.add(`${el.name} | ${el.uri}`);
    for (const c of el.children) if (c.type === 'element') walk(c, here);
  };
  walk(parseXmlTree(xml), '');
  return out;
}

describe('toEdxml golden files', () => {
  it('writes the seed letter as committed in test/fixtures/edxml/cong-van-1719.edxml', () => {
    expect(toEdxml(seedLetter, seedOptions)).toBe(fixture('cong-van-1719.edxml'));
  });

  it('writes the quyết định as committed in test/fixtures/edxml/quyet-dinh-05.edxml', () => {
    expect(toEdxml(decision, decisionOptions)).toBe(fixture('quyet-dinh-05.edxml'));
  });

  it('gives every element the prefix and namespace the official samples give it (xmlbuilder2 issue #93)', () => {
    const official = new Map<string, Set<string>>();
    const sampleFiles = [
      'edoc_new_example.edxml',
      ...readdirSync(`${samplesDir}vpcp-sdk`)
        .filter((f) => f.startsWith('edoc_'))
        .map((f) => `vpcp-sdk/${f}`),
    ];
    for (const file of sampleFiles) {
      for (const [path, names] of qualifiedNames(readFileSync(samplesDir + file, 'utf8')))
        official.set(path, new Set([...(official.get(path) ?? []), ...names]));
    }
    for (const xml of [fixture('cong-van-1719.edxml'), fixture('quyet-dinh-05.edxml')]) {
      for (const [path, names] of qualifiedNames(xml)) {
        expect(official.has(path), `${path} appears in the samples`).toBe(true);
        for (const name of names) expect([...official.get(path)!], path).toContain(name);
      }
    }
    // The pitfall itself: envelope children keep their prefix although the root's default namespace is the same URI.
    expect(fixture('cong-van-1719.edxml')).toContain('<edXML:Subject>');
    expect(
      qualifiedNames(fixture('cong-van-1719.edxml')).get('/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/Subject'),
    ).toEqual(new Set([`edXML:Subject | ${EDXML_NAMESPACE}`]));
  });

  it('is deterministic: same input, same bytes, no clock', () => {
    expect(toEdxml(decision, decisionOptions)).toBe(toEdxml(decision, decisionOptions));
  });
});

describe('toEdxml pre-send validation', () => {
  const problemsOf = (run: () => unknown): EdxmlValidationError => {
    try {
      run();
    } catch (err) {
      if (err instanceof EdxmlValidationError) return err;
      throw err;
    }
    throw new Error('no EdxmlValidationError');
  };
  const at = (problems: readonly EdxmlProblem[], severity: EdxmlProblem['severity']): string[] =>
    problems.filter((p) => p.severity === severity).map((p) => p.path ?? '');

  it('lists every missing required field instead of writing "N/A", with the warnings found on the way', () => {
    const bare = createDocument({
      kind: 'cong-van',
      issuer: { name: 'BỘ NỘI VỤ' },
      confidentiality: 'mat',
      exchange: {
        to: [{ name: 'Sở Nội vụ' }, { name: 'Sở Tài chính', code: 'X' }, { name: 'Sở Tài chính', code: 'X' }],
      },
    });
    const error = problemsOf(() => toEdxml(bare));
    expect(at(error.problems, 'error')).toEqual([
      'MessageHeader/From/OrganId',
      'MessageHeader/Code/CodeNumber',
      'MessageHeader/Code/CodeNotation',
      'MessageHeader/PromulgationInfo/PromulgationDate',
      'MessageHeader/Subject',
      'TraceHeaderList/TraceHeader/Timestamp',
      'OtherInfo',
      'MessageHeader/To[1]/OrganId',
      'MessageHeader/To[3]/OrganId',
    ]);
    // "X" is no mã định danh of the axis' shape: a warning, as edxml.md §10.1 asks.
    expect(at(error.problems, 'warning')).toEqual(['MessageHeader/To[2]/OrganId', 'MessageHeader/To[3]/OrganId']);
    expect(error.message).toMatch(
      /^Cannot write edXML \(9 errors, 2 warnings\):\n {2}- MessageHeader\/From\/OrganId: The sender must have its mã định danh/,
    );
    expect(error.message).toContain(
      '  - MessageHeader/To[2]/OrganId: A mã định danh is shaped DDD.DD.DD.LDD like 000.00.00.G22 (found "X"; edxml.md §10.1) (warning)',
    );
    expect(error.message).not.toContain('N/A');
    expect(checkEdxml(bare)).toEqual(error.problems);
  });

  it('refuses a document without receivers and an opaque signature that is not a <Signature>', () => {
    const noReceivers = createDocument({ ...seedLetter, exchange: undefined });
    expect(() => toEdxml(noReceivers, { ...seedOptions, signature: '<Other/>' })).toThrowError(
      /MessageHeader\/To: The package must have a receiver[\s\S]*Signature: The signature XML must be a <Signature>/,
    );
  });

  it('refuses every field longer than edxml.md §4 allows, measured as written, all at once', () => {
    const [receiver] = seedLetter.exchange!.to;
    const long = createDocument({
      ...seedLetter,
      // Written "V/v " + 497 characters: 501 > 500.
      subject: 'a'.repeat(497),
      notation: `UBND-${'K'.repeat(46)}`,
      place: 'P'.repeat(51),
      signatures: [{ ...seedLetter.signatures[0]!, name: 'N'.repeat(51) }],
      distribution: ['Như trên', 'x'.repeat(151)],
      circulation: 'C'.repeat(101),
      drafter: { code: 'ABCDEFGHIJK' },
      // Written "Phụ lục: " + 242 characters: 251 > 250.
      appendices: [{ title: 'T'.repeat(242), body: [] }],
      exchange: { to: [receiver!, { name: 'S'.repeat(201), code: '000.00.13.H55' }], description: 'c'.repeat(501) },
    });
    const error = problemsOf(() =>
      toEdxml(long, { ...seedOptions, business: { type: 'new', staff: { staff: 's'.repeat(301) } } }),
    );
    expect(error.problems.map((p) => [p.severity, p.path])).toEqual([
      ['error', 'MessageHeader/To[2]/OrganName'],
      ['error', 'MessageHeader/Code/CodeNotation'],
      ['error', 'MessageHeader/PromulgationInfo/Place'],
      ['error', 'MessageHeader/Subject'],
      ['error', 'MessageHeader/Content'],
      ['error', 'MessageHeader/SignerInfo/FullName'],
      ['error', 'MessageHeader/ToPlaces/Place[2]'],
      ['error', 'MessageHeader/OtherInfo/SphereOfPromulgation'],
      ['error', 'MessageHeader/OtherInfo/TyperNotation'],
      ['error', 'MessageHeader/OtherInfo/Appendixes/Appendix[1]'],
      ['error', 'TraceHeaderList/Bussiness/StaffInfo/Staff'],
    ]);
    expect(error.problems[3]!.message.en).toBe('At most 500 characters (found 501; edxml.md §4)');
    expect(error.problems[3]!.message.vi).toBe('Tối đa 500 ký tự (đang là 501; edxml.md §4)');
    expect(error.problems[9]!.message.en).toBe('At most 250 characters (found 251; edxml.md §4)');
    // One character less everywhere it counts, and the package is written.
    expect(
      checkEdxml(createDocument({ ...seedLetter, subject: 'a'.repeat(496), place: 'P'.repeat(50) }), seedOptions),
    ).toEqual([]);
  });

  it('warns of a length only one implementation refuses, and refuses it under strict', () => {
    // CodeNotation: 30 in Bkav's checker, 50 in the other (edxml.md §4).
    const document = createDocument({ ...seedLetter, notation: `UBND-${'K'.repeat(26)}` });
    expect(checkEdxml(document, seedOptions)).toMatchObject([
      {
        id: 'edxml/too-long',
        severity: 'warning',
        path: 'MessageHeader/Code/CodeNotation',
        message: {
          en: 'One of the two implementations of edxml.md §4 accepts only 30 characters, the other 50 (found 31)',
        },
      },
    ]);
    expect(toEdxml(document, seedOptions)).toContain(`<edXML:CodeNotation>UBND-${'K'.repeat(26)}</edXML:CodeNotation>`);
    expect(problemsOf(() => toEdxml(document, { ...seedOptions, strict: true })).message).toMatch(
      /^Cannot write edXML \(0 errors, 1 warning\)/,
    );
  });

  it('warns of mã định danh of another shape, a date after sentAt and a DocumentId that does not match (edxml.md §12)', () => {
    const document = createDocument({
      ...seedLetter,
      exchange: {
        ...seedLetter.exchange!,
        to: [...seedLetter.exchange!.to, { name: 'VXP', code: 'vxp.saas.03' }],
        responseFor: [{ organId: '28.22.H17', code: '12/UBND' }],
      },
    });
    const problems = checkEdxml(document, {
      from: '000.00.00.H5',
      sentAt: '2024-04-08T10:00:00+07:00',
      documentId: '000.00.00.H55,2024/04/01,1719/UBND-KGVX',
      business: {
        type: 'update',
        update: { documentInfo: false, documentReceiver: true, receivers: [{ organId: 'H41', change: 'added' }] },
      },
    });
    expect(problems.map((p) => [p.severity, p.path])).toEqual([
      ['warning', 'MessageHeader/From/OrganId'],
      ['warning', 'MessageHeader/To[3]/OrganId'],
      ['warning', 'MessageHeader/ResponseFor[1]/OrganId'],
      ['warning', 'TraceHeaderList/Bussiness/BussinessDocumentInfo/ReceiverList/Receiver[1]/OrganId'],
      ['warning', 'MessageHeader/PromulgationInfo/PromulgationDate'],
      ['warning', 'MessageHeader/DocumentId'],
    ]);
    expect(problems[4]!.message.en).toBe(
      'The promulgation date must not be after the day it is sent (2024-04-08; found 2024-04-09)',
    );
    expect(problems[5]!.message.en).toBe(
      'DocumentId must match the package\'s sender (From/OrganId), promulgation date: expected "000.00.00.H5,2024/04/09,1719/UBND-KGVX", found "000.00.00.H55,2024/04/01,1719/UBND-KGVX" (edxml.md §10.2)',
    );
    // Warnings do not stop the package.
    expect(toEdxml(document, { sentAt: '2024-04-08T10:00:00+07:00' })).toContain(
      '<edXML:OrganId>vxp.saas.03</edXML:OrganId>',
    );
    // The day is Vietnam's: 2024-04-08T20:00Z is already the 9th there.
    expect(checkEdxml(seedLetter, { sentAt: '2024-04-08T20:00:00Z' })).toEqual([]);
    expect(checkEdxml(seedLetter, { documentId: 'dc0bdef0-c7a3-4aaf-b717-777303442973' })).toMatchObject([
      {
        source: 'edxml',
        id: 'edxml/document-id',
        severity: 'warning',
        path: 'MessageHeader/DocumentId',
        message: {
          en: 'DocumentId is composed as OrganId,yyyy/MM/dd,số/ký hiệu (found "dc0bdef0-c7a3-4aaf-b717-777303442973"; edxml.md §10.2)',
        },
      },
    ]);
  });

  it('refuses a sending time that is not a moment, without crashing', () => {
    const error = problemsOf(() => toEdxml(seedLetter, { sentAt: 'tomorrow morning' }));
    expect(error.problems).toMatchObject([
      {
        id: 'edxml/timestamp',
        severity: 'error',
        path: 'TraceHeaderList/TraceHeader/Timestamp',
        message: {
          vi: 'Thời điểm gửi phải theo ISO 8601 (đang là "tomorrow morning")',
          en: 'The sending time must be an ISO 8601 moment (found "tomorrow morning")',
        },
      },
    ]);
  });
});

describe('toEdxml options', () => {
  it('writes the .NET dialect decorations, and parseEdxml reads them back', () => {
    const xml = toEdxml(seedLetter, {
      ...seedOptions,
      profile: { dialect: 'dotnet', steeringBase: 0, documentTypeCodes: 'vpcp-samples' },
    });
    expect(xml).toMatch(
      /<edXML xmlns:xsi="http:\/\/www.w3.org\/2001\/XMLSchema-instance" xmlns:xsd="http:\/\/www.w3.org\/2001\/XMLSchema" xmlns="http:\/\/www.mic.gov.vn\/TBT\/QCVN_102_2016">/,
    );
    expect(xml).toMatch(
      /<edXML:TraceHeaderList id="[0-9a-f]{8}" version="1.0" mustUnderstand="1" actor="http:\/\/schemas.xmlsoap.org\/soap\/actor\/next">/,
    );
    expect(xml).toContain('<edXML:DigitalSignature/>');
    expect(xml).toMatch(
      /<edXML:Reference xmlns:xlink="http:\/\/www.w3.org\/1999\/xlink" xlink:href="cid:vanban-1-[0-9a-f]{8}" xlink:role="XLinkRole" xlink:type="simple">/,
    );
    expect(xml).toMatch(/<Attachment>\s*<ContentType>application\/pdf<\/ContentType>\s*<ContentId>vanban-1-/);
    expect(xml).toContain('<edXML:SteeringType>0</edXML:SteeringType>');
    expect(xml).toContain('<edXML:Type>1</edXML:Type>');
    const back = parseEdxml(xml);
    expect(back.header.dialect).toBe('dotnet');
    expect(back.attachments.map((a) => [a.contentId, a.name, a.mediaType])).toEqual([
      [expect.stringMatching(/^vanban-1-/), '1719_UBND-KGVX.signed.pdf', 'application/pdf'],
    ]);
    expect(edxmlRoundTripView(back.document)).toEqual(
      edxmlRoundTripView({
        ...seedLetter,
        exchange: { ...seedLetter.exchange!, steeringType: 0, documentId: '000.00.00.H55,2024/04/09,1719/UBND-KGVX' },
      }),
    );
  });

  it('writes revocation, update and replacement business blocks as the VPCP samples do', () => {
    const update = toEdxml(seedLetter, {
      ...seedOptions,
      business: {
        type: 'update',
        documentId: 'A,2024/04/01,1/X',
        update: {
          documentInfo: true,
          documentReceiver: true,
          receivers: [
            { organId: '000.00.00.H41', change: 'removed' },
            { organId: '000.00.00.H14', change: 'added' },
          ],
        },
      },
    });
    expect(update).toMatch(
      /<edXML:BussinessDocType>2<\/edXML:BussinessDocType>\s*<edXML:BussinessDocReason>Cập nhật văn bản điện tử<\/edXML:BussinessDocReason>/,
    );
    expect(parseEdxml(update).header.business).toEqual({
      type: 'update',
      reason: 'Cập nhật văn bản điện tử',
      documentId: 'A,2024/04/01,1/X',
      paper: false,
      update: {
        documentInfo: true,
        documentReceiver: true,
        receivers: [
          { organId: '000.00.00.H41', change: 'removed' },
          { organId: '000.00.00.H14', change: 'added' },
        ],
      },
    });
    const replace = toEdxml(seedLetter, {
      ...seedOptions,
      business: {
        type: 'replace',
        paper: true,
        replacements: [{ documentId: 'B', organIds: ['000.00.00.H41', '000.00.00.H14'] }],
      },
    });
    expect(parseEdxml(replace).header.business).toEqual({
      type: 'replace',
      reason: 'Văn bản thay thế',
      paper: true,
      replacements: [{ documentId: 'B', organIds: ['000.00.00.H41', '000.00.00.H14'] }],
    });
    expect(
      parseEdxml(toEdxml(seedLetter, { ...seedOptions, business: { type: 'revoke' } })).header.business?.type,
    ).toBe('revoke');
  });

  it('writes an envelope signature in the XML-DSig namespace, from fields or as given', () => {
    const fields = {
      digestValue: 'DIGEST',
      signatureValue: 'SIGVALUE',
      certificate: 'CERT',
      subjectName: 'CN=Văn thư',
    };
    const xml = toEdxml(seedLetter, { ...seedOptions, signature: fields });
    expect(xml).toContain('<Signature xmlns="http://www.w3.org/2000/09/xmldsig#">');
    expect(parseEdxml(xml).header.signature).toEqual({
      namespace: 'http://www.w3.org/2000/09/xmldsig#',
      subjectName: 'CN=Văn thư',
      certificate: 'CERT',
      signatureValue: 'SIGVALUE',
    });
    const opaque =
      '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignatureValue>OPAQUE</SignatureValue></Signature>';
    const withOpaque = toEdxml(seedLetter, { ...seedOptions, signature: opaque });
    expect(withOpaque).toContain(`      ${opaque}\n    </edXML:edXMLHeader>`);
    expect(parseEdxml(withOpaque).header.signature?.signatureValue).toBe('OPAQUE');
  });
});

describe('parseEdxml(toEdxml(d))', () => {
  it('gives back every field edXML carries, for generated documents of every kind and regime with every field filled and hostile strings, in both dialects', () => {
    fc.assert(
      fc.property(
        documentArbitrary({ printable: false, allKinds: true, everyField: true, strings: 'edxml' }),
        fc.constantFrom('java' as const, 'dotnet' as const),
        (generated, dialect) => {
          // Secret documents may not travel on the axis (QĐ 28/2018); the writer refuses them.
          const document = { ...generated, confidentiality: undefined };
          const options = { from: EXCHANGE_SENDER_ID, profile: { dialect } };
          expect(checkEdxml(document, options).filter((p) => p.severity === 'error')).toEqual([]);
          const { document: back, diagnostics } = parseEdxml(toEdxml(document, options));
          expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
          // edXML's elements hold one line: a name's or a trích yếu's chosen breaks travel as spaces.
          expect(edxmlRoundTripView(back)).toEqual(edxmlRoundTripView(breaksAsSpaces(document)));
          expect(back.issuer!.code).toBe(EXCHANGE_SENDER_ID);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('characters edXML cannot carry', () => {
  const options = seedOptions;
  const built = (fields: Record<string, unknown>) => DocumentSchema.parse({ ...seedLetter, ...fields });

  it('are named by their element in the pre-send check, and the package is not written', () => {
    // Found by issue 17: checkEdxml said nothing of a U+000B, and toEdxml sent an ill-formed package.
    const document = built({ subject: 'tăng cường\u000bcông tác', signatures: [{ name: 'Nguyễn\u0000 Văn An' }] });
    const problems = checkEdxml(document, options).filter((p) => p.id === 'edxml/unwritable-character');
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      ['MessageHeader/Subject', 'error'],
      ['MessageHeader/Content', 'error'],
      ['MessageHeader/SignerInfo/FullName', 'error'],
    ]);
    expect(problems[0]!.message.en).toContain('U+000B');
    expect(() => toEdxml(document, options)).toThrow(EdxmlValidationError);
  });

  it('are cleaned by createDocument first (reported), and the package then goes through', () => {
    const made = createDocumentWithDiagnostics({ ...built({}), subject: 'tăng cường\u000bcông tác' });
    expect(made.diagnostics.map((d) => `${d.id} ${d.path}`)).toEqual(['model/line-break subject']);
    expect(checkEdxml(made.document, options).filter((p) => p.severity === 'error')).toEqual([]);
    expect(parseEdxml(toEdxml(made.document, options)).document.subject).toBe('tăng cường công tác');
  });
});

describe('xmllint on generated packages', () => {
  const hasXmllint = spawnSync('sh', ['-c', 'command -v xmllint']).status === 0;
  const onCi = !['', '0', 'false'].includes(process.env['CI'] ?? '');
  it.skipIf(!hasXmllint && !onCi)('finds every package well formed, hostile strings and both dialects included', () => {
    expect(hasXmllint, 'xmllint (Debian libxml2-utils) is required where CI is set').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'vanban-edxml-rich-'));
    const generated = fc.sample(
      documentArbitrary({ printable: false, allKinds: true, everyField: true, strings: 'edxml' }),
      { numRuns: 200, seed: 17 },
    );
    const files = generated.map((document, i) => {
      const file = join(dir, `${i}.xml`);
      const options = {
        from: EXCHANGE_SENDER_ID,
        profile: { dialect: i % 2 ? ('java' as const) : ('dotnet' as const) },
      };
      writeFileSync(file, toEdxml({ ...document, confidentiality: undefined }, options));
      return file;
    });
    const out = spawnSync('xmllint', ['--noout', ...files], { encoding: 'utf8' });
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
  });
});
