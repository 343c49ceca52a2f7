import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LimitExceededError, MalformedXmlError, UnsafeXmlError } from '../../src/errors.js';
import { parseEdxml, parseEdxmlStatus } from '../../src/readers/edxml/index.js';
import { parseXml } from '../../src/readers/xml/index.js';
import { STATUS_CODES, toEdxml, toEdxmlStatus } from '../../src/writers/edxml/index.js';
import { seedLetter, seedOptions } from './support/documents.js';

const samples = '/work/shared/spec/edxml-samples/';
const sample = (name: string): string => readFileSync(samples + name, 'utf8');
const codes = (diagnostics: readonly { code: string }[]): string[] => diagnostics.map((d) => d.code);

describe('parseEdxml on the official and reconstructed samples', () => {
  it('reads the reconstruction edoc_new_example.edxml field by field', () => {
    const { document, attachments, header, diagnostics } = parseEdxml(sample('edoc_new_example.edxml'));
    expect(diagnostics).toEqual([]);
    expect(document).toMatchObject({
      kind: 'cong-van',
      issuer: { name: 'Sở Thông tin và Truyền thông', parent: 'Ủy ban nhân dân tỉnh Tây Ninh', code: '000.00.13.H53' },
      number: 125,
      notation: 'STTTT-CNTT',
      place: 'Tây Ninh',
      date: '2024-03-15',
      subject: 'triển khai kết nối, liên thông phần mềm quản lý văn bản',
      signatures: [{ authority: [{ prefix: 'KT', of: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' }],
      distribution: ['Như trên', 'Giám đốc Sở (để b/c)'],
      archive: ['VT', 'CNTT'],
      urgency: 'khan',
      circulation: 'Lưu hành nội bộ',
      drafter: { code: 'NVB', copies: 5 },
      appendices: [{ title: 'Danh sách đơn vị kết nối', body: [] }],
    });
    expect(document.exchange).toMatchObject({
      documentId: '000.00.13.H53,2024/03/15,125/STTTT-CNTT',
      to: [
        { code: '000.00.00.G22', name: 'Văn phòng Chính phủ', parent: 'Chính phủ' },
        { code: '000.00.00.H41', name: 'Ủy ban nhân dân tỉnh Nghệ An' },
      ],
      dueDate: '2024-03-29',
      steeringType: 1,
      pageCount: 2,
      from: { address: 'Số 1 đường Ví Dụ, phường Ví Dụ, tỉnh Tây Ninh', email: 'vanthu@example.gov.vn', phone: '0276 3000 000', fax: '0276 3000 001', website: 'https://example.gov.vn' },
    });
    expect(header).toMatchObject({
      dialect: 'java',
      packageType: 'document',
      documentType: { type: 2, typeDetail: 0, typeName: 'Công văn' },
      steering: 'not-steering',
      priority: 1,
      traces: [{ organId: '000.00.13.H53', timestamp: '2024-03-15T16:20:05+07:00' }],
      business: { type: 'new', reason: 'Văn bản điện tử mới', paper: false, staff: { department: 'Văn phòng Sở', staff: 'Trần Thị B', mobile: '0900000000', email: 'vanthu@example.gov.vn' } },
      signature: { namespace: 'http://www.w3.org/2000/09/xmldsig#', subjectName: 'CN=PLACEHOLDER' },
    });
    expect(attachments).toHaveLength(1);
    expect(attachments[0]).toMatchObject({ contentId: '6f1d2c3e-0b7a-4c56-9a51-2f0e8d3b7c11', name: '125_STTTT-CNTT_signed.pdf', mediaType: 'application/pdf', description: 'Văn bản chính (đã ký số)' });
    expect(new TextDecoder().decode(attachments[0]!.data)).toMatch(/^%PDF-1.4\n% vanban edXML sample placeholder/);
  });

  it('reads the VPCP SDK edoc_new sample: unaccented signer, non-numeric CodeNumber, zipped .doc', () => {
    const { document, attachments, header, diagnostics } = parseEdxml(sample('vpcp-sdk/edoc_new.trimmed.edxml'));
    expect(document).toMatchObject({
      kind: 'cong-van',
      issuer: { code: '000.00.00.A80', name: 'UBND xã Hòa Tiến - UBND huyện Hòa Vang - Thành phố Đà Nẵng' },
      notation: 'VPCP-TTĐT',
      place: 'Hà Nội',
      date: '2019-01-16',
      subject: 'kết nối, liên thông phần mềm quản lý văn bản',
      signatures: [{ authority: [{ prefix: 'TL', of: 'BO TRUONG' }], title: 'Cuc truong cuc ung dung cong nghe thong tin', name: 'Nguyen Thanh Phuc' }],
      distribution: ['Cac bo va co quan ngang bo', 'Uy ban nhan dan cac tinh, TP'],
      drafter: { code: 'TVC', copies: 2 },
      circulation: 'Liên thông văn bản quốc gia',
    });
    expect(document.number).toBeUndefined();
    expect(document.urgency).toBeUndefined();
    expect(document.exchange).toMatchObject({ documentId: '000.00.00.G22,2015/09/30,7816/VPCP-TTĐT', dueDate: '2018-09-28', pageCount: 22, steeringType: 1, to: [{ code: '28.22.H17' }] });
    expect(header).toMatchObject({ codeNumber: '74fass22', documentType: { type: 1, typeName: 'Công văn' }, business: { type: 'new', documentId: '000.00.00.G22,2014/02/30,7806/VPCP-TTĐT' } });
    // The unprefixed SDK signature lands in the edXML namespace (edxml.md §6).
    expect(header.signature).toMatchObject({ namespace: 'http://www.mic.gov.vn/TBT/QCVN_102_2016', subjectName: 'CN=user05', certificate: 'MIIFqTCCBJG' });
    expect(attachments.map((a) => [a.contentId, a.name, a.mediaType, a.declaredMediaType])).toEqual([['209', '1896_QD-TTg_m_294779.doc', 'application/msword', 'application/zip']]);
    expect(codes(diagnostics)).toEqual(['edxml/code-number', 'edxml/unaccented', 'edxml/unaccented', 'edxml/unaccented', 'edxml/attachment-empty']);
  });

  it('reads the SDK output with its own element order (Bussiness before TraceHeader, DocumentId after To)', () => {
    const { document, header } = parseEdxml(sample('vpcp-sdk/sdk-output_dc0bdef0.trimmed.edxml'));
    expect(document).toMatchObject({ number: 7816, notation: 'VPCP-TTĐT', date: '2019-04-11', issuer: { code: '000.00.00.G22', name: 'Văn phòng Chính phủ' } });
    expect(document.exchange!.to.map((t) => t.code)).toEqual(['000.00.00.H41', '000.00.00.H14', '000.00.00.G17']);
    expect(header.traces).toEqual([{ organId: '000.00.00.G22', timestamp: '2019-04-11T00:00:00+07:00' }]);
  });

  it('reads the revocation, update and replacement samples with their business blocks', () => {
    const revocation = parseEdxml(sample('vpcp-sdk/edoc_revocation.trimmed.edxml'));
    expect(revocation.header.business).toMatchObject({ type: 'revoke', reason: 'Thu hồi văn bản điện tử', paper: false });
    expect(revocation.document.exchange!.responseFor).toEqual([{ organId: '000.00.00.H14', code: '267/VPCP-TTĐT', documentId: '000.00.04.G14,2012/08/06,267/VPCP-TTĐT', promulgationDate: '2018-09-28' }]);
    expect(revocation.document).toMatchObject({ number: 7816, date: '2018-09-28' });
    const update = parseEdxml(sample('vpcp-sdk/edoc_update.trimmed.edxml'));
    expect(update.header.business).toMatchObject({
      type: 'update',
      documentId: '000.00.00.G22,2014/02/30,7806/VPCP-TTĐT',
      update: { documentInfo: true, documentReceiver: true, receivers: [{ organId: '000.00.00.H41', change: 'removed' }, { organId: '000.00.00.H14', change: 'added' }] },
    });
    const replacement = parseEdxml(sample('vpcp-sdk/edoc_replacement.trimmed.edxml'));
    expect(replacement.header.business).toMatchObject({
      type: 'replace',
      reason: 'Văn bản thay thế',
      replacements: [
        { documentId: '000.00.00.G22,2014/01/30,7806/VPCP-TTĐT', organIds: ['000.00.00.H41', '000.00.00.H14'] },
        { documentId: '000.00.00.G22,2014/01/30,7806/VPCP-TTĐT', organIds: ['000.00.00.H41', '000.00.00.H14'] },
      ],
    });
  });

  it('reads the .NET dialect template and reports its description texts instead of throwing', () => {
    const { document, header, diagnostics } = parseEdxml(sample('lgsp-dotnet-dialect/form.edxml'));
    expect(header.dialect).toBe('dotnet');
    expect(header.business).toMatchObject({ type: 'update', documentId: '000.00.14.H56,2020/06/02,808/VNPTTEST', staff: { department: 'Sở Tư pháp', staff: 'Trịnh Xuân Khánh' } });
    expect(header.traces).toEqual([{ organId: '000.00.14.H56', timestamp: '2020-06-02T15:48:40+07:00' }]);
    expect(document.subject).toBe('Trích yêu nội dung VB cần gửi đi (Tiêu đề)');
    expect(document.exchange?.responseFor[0]).toMatchObject({ code: '7816/VPCP-TTĐT(số hiệu VB gửi)', promulgationDate: '2023-11-21' });
    expect(codes(diagnostics)).toEqual(expect.arrayContaining(['edxml/code-number', 'edxml/date', 'edxml/not-a-number', 'edxml/attachment-not-base64']));
  });
});

describe('parseEdxml on the legacy SOAP form', () => {
  // Generation A (edxml.md §2): SOAP envelope, Author/Function, PromulgationInfo/Date in dd/MM/yyyy,
  // type/value/description, and the edXML: prefix used without a declaration, as the C4 module writes it.
  const legacy = `<?xml version="1.0" encoding="utf-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xlink="http://www.w3.org/1999/xlink">
  <SOAP-ENV:Header>
    <edXML:MessageHeader>
      <edXML:From><edXML:OrganId>000.00.00.G14</edXML:OrganId><edXML:OrganName>Sở Nội vụ</edXML:OrganName></edXML:From>
      <edXML:To><edXML:OrganId>000.00.00.H41</edXML:OrganId><edXML:OrganName>UBND tỉnh Nghệ An</edXML:OrganName></edXML:To>
      <edXML:Code><edXML:CodeNumber>12</edXML:CodeNumber><edXML:CodeNotation>SNV-VP</edXML:CodeNotation></edXML:Code>
      <edXML:PromulgationInfo><edXML:Place>Vinh</edXML:Place><edXML:Date>20/05/2015</edXML:Date></edXML:PromulgationInfo>
      <edXML:type><edXML:value>1</edXML:value><edXML:description>Thông báo</edXML:description></edXML:type>
      <edXML:Subject>Lịch họp tháng 5</edXML:Subject>
      <edXML:Author><edXML:Competence>KT. GIÁM ĐỐC</edXML:Competence><edXML:Function>PHÓ GIÁM ĐỐC</edXML:Function><edXML:FullName>Lê Văn D</edXML:FullName></edXML:Author>
    </edXML:MessageHeader>
    <edXML:TraceHeaderList SOAP-ENV:mustUnderstand="1"><edXML:TraceHeader><edXML:OrganId>000.00.00.G14</edXML:OrganId><edXML:Timestamp>2015/05/20 08:00:00</edXML:Timestamp></edXML:TraceHeader></edXML:TraceHeaderList>
  </SOAP-ENV:Header>
  <SOAP-ENV:Body><edXML:Manifest><edXML:Reference xlink:href="cid:abc"/></edXML:Manifest></SOAP-ENV:Body>
</SOAP-ENV:Envelope>`;

  it('reads what it can and says the prefix was undeclared', () => {
    const { document, header, attachments, diagnostics } = parseEdxml(legacy);
    expect(document).toMatchObject({
      kind: 'thong-bao',
      issuer: { name: 'Sở Nội vụ', code: '000.00.00.G14' },
      number: 12,
      notation: 'SNV-VP',
      place: 'Vinh',
      date: '2015-05-20',
      subject: 'Lịch họp tháng 5',
      signatures: [{ authority: [{ prefix: 'KT', of: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'Lê Văn D' }],
      exchange: { to: [{ name: 'UBND tỉnh Nghệ An', code: '000.00.00.H41' }] },
    });
    expect(header).toMatchObject({ dialect: 'legacy', documentType: { type: 1, typeName: 'Thông báo' }, traces: [{ organId: '000.00.00.G14', timestamp: '2015-05-20T08:00:00+07:00' }] });
    expect(attachments).toEqual([]);
    expect(codes(diagnostics)).toEqual(['edxml/undeclared-prefix', 'edxml/legacy']);
  });
});

describe('parseEdxml on real-traffic noise', () => {
  const clean = toEdxml(seedLetter, seedOptions);

  it('drops a BOM and bytes before the XML declaration', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`\r\n--boundary\r\n${clean}`)]);
    const { document, diagnostics } = parseEdxml(bytes);
    expect(document.number).toBe(1719);
    expect(codes(diagnostics)).toEqual(['edxml/leading-bytes']);
  });

  it('accepts "Business", shuffled elements and a cid: prefix on one side only', () => {
    const noisy = clean
      .replaceAll('Bussiness', 'Business')
      .replace(/(<edXML:Code>[\s\S]*?<\/edXML:Code>)([\s\S]*?)(<edXML:SignerInfo>)/, '$2$1$3')
      .replace('<ContentId>cid:', '<ContentId>');
    const { document, header, attachments } = parseEdxml(noisy);
    expect(document).toMatchObject({ number: 1719, notation: 'UBND-KGVX', subject: seedLetter.subject });
    expect(header.business?.type).toBe('new');
    expect(attachments[0]).toMatchObject({ name: '1719_UBND-KGVX.signed.pdf', description: '1719_UBND-KGVX.signed.pdf' });
  });

  it('unzips an SDK-zipped attachment declared with a home-made type, and sniffs the bytes', () => {
    const docx = zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'word/document.xml': new TextEncoder().encode('<w:document/>') });
    const zipped = zipSync({ '0b1c.pdf': new TextEncoder().encode('%PDF-1.7\n%%EOF\n') });
    const xml = toEdxml(seedLetter, {
      ...seedOptions,
      attachments: [
        { name: 'bao-cao.docx', mediaType: 'application/docx', data: docx },
        { name: 'van-ban.pdf', mediaType: 'application/zip', data: zipped },
        { name: 'ghi-chu', mediaType: 'application/xslx', data: new TextEncoder().encode('x') },
      ],
    });
    const { attachments, diagnostics } = parseEdxml(xml);
    expect(attachments.map((a) => [a.name, a.mediaType, a.declaredMediaType])).toEqual([
      ['bao-cao.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/docx'],
      ['van-ban.pdf', 'application/pdf', 'application/zip'],
      ['ghi-chu', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/xslx'],
    ]);
    expect(new TextDecoder().decode(attachments[1]!.data)).toBe('%PDF-1.7\n%%EOF\n');
    expect(attachments[0]!.data).toEqual(docx);
    expect(codes(diagnostics)).toEqual(['edxml/attachment-unzipped']);
  });

  it('reads back what the writer zipped like the SDK (zipLikeSdk), deterministically', () => {
    const sheet = new TextEncoder().encode('a,b\n1,2\n');
    const options = { ...seedOptions, profile: { zipLikeSdk: true }, attachments: [...seedOptions.attachments!, { name: 'so-lieu.csv', mediaType: 'text/csv', data: sheet }] };
    const xml = toEdxml(seedLetter, options);
    expect(xml).toBe(toEdxml(seedLetter, options));
    expect(xml.match(/<ContentType>[^<]+<\/ContentType>/g)).toEqual(['<ContentType>application/pdf</ContentType>', '<ContentType>application/zip</ContentType>']);
    const { attachments, diagnostics } = parseEdxml(xml);
    expect(attachments[1]).toMatchObject({ name: 'so-lieu.csv', declaredMediaType: 'application/zip', data: sheet });
    expect(codes(diagnostics)).toEqual(['edxml/attachment-unzipped']);
  });

  it('maps Priority 4 to hỏa tốc with a warning, reads dd/MM/yyyy dates and a legacy Status container', () => {
    const xml = clean
      .replace('<edXML:Priority>0</edXML:Priority>', '<edXML:Priority>4</edXML:Priority>')
      .replace('<edXML:PromulgationDate>2024/04/09</edXML:PromulgationDate>', '<edXML:PromulgationDate>09/04/2024</edXML:PromulgationDate>')
      .replaceAll('edXML:MessageHeader>', 'edXML:Status>');
    const { document, diagnostics } = parseEdxml(xml);
    expect(document).toMatchObject({ urgency: 'hoa-toc', date: '2024-04-09', number: 1719 });
    expect(codes(diagnostics)).toEqual(['edxml/priority-4']);
  });
});

describe('status packages', () => {
  const base = {
    from: { name: 'Ủy ban nhân dân tỉnh Nghệ An', parent: 'Ủy ban nhân dân tỉnh Nghệ An', code: '000.00.00.H41' },
    responseFor: { organId: '000.00.13.H53', code: '125/STTTT-CNTT', documentId: '000.00.13.H53,2024/03/15,125/STTTT-CNTT', promulgationDate: '2024-03-15' },
    staff: { department: 'Văn thư - Văn phòng UBND tỉnh', staff: 'Lê Văn C', mobile: '0900000001', email: 'vanthu@example.gov.vn' },
    description: 'Văn thư: đã tiếp nhận văn bản điện tử, vào sổ văn bản đến',
    timestamp: '2024-03-15T17:02:44+07:00',
  };

  it('writes the reconstruction status_03_example.edxml element for element', () => {
    const written = toEdxmlStatus({ ...base, code: '03' });
    const strip = (xml: string): string => xml.replace(/<!--[\s\S]*?-->/g, '').replace(/>\s+</g, '><').trim();
    expect(strip(written)).toBe(strip(sample('status_03_example.edxml')));
  });

  it('round-trips every status code', () => {
    for (const code of STATUS_CODES) {
      const { status, diagnostics } = parseEdxmlStatus(toEdxmlStatus({ ...base, code }));
      expect(diagnostics).toEqual([]);
      expect(status).toEqual({ ...base, code });
    }
  });

  it('reads each VPCP status sample with its code, sender and document', () => {
    const files: Array<[string, string]> = [
      ['status_inbox_01', '01'], ['status_rejection_02', '02'], ['status_acceptance_03', '03'], ['status_assignment_04', '04'], ['status_processing_05', '05'],
      ['status_finish_06', '06'], ['status_cancellation_13', '13'], ['status_change-acceptance_15', '15'], ['status_change-rejection_16', '16'], ['status', '01'],
    ];
    for (const [file, code] of files) {
      const { status, diagnostics } = parseEdxmlStatus(sample(`vpcp-sdk/${file}.edxml`));
      expect(diagnostics, file).toEqual([]);
      expect(status.code, file).toBe(code);
      expect(status.responseFor.documentId, file).toBe('000.00.00.G22,2015/09/30,7816/VPCP-TTĐT');
      expect(status.responseFor.code, file).toBe('7816/VPCP-TTĐT');
    }
    const cancellation = parseEdxmlStatus(sample('vpcp-sdk/status_cancellation_13.edxml')).status;
    expect(cancellation).toMatchObject({ from: { code: '000.00.00.G22', name: 'Văn phòng Chính phủ' }, responseFor: { organId: '000.00.00.H41', promulgationDate: '2015-09-30' }, timestamp: '2015-09-20T11:08:36+07:00' });
    expect(cancellation.staff).toEqual({ department: 'Phong hanh chinh', staff: 'Nguyen thi ngoc tram', mobile: '84912000001', email: 'ngoctram@nghean.vn' });
  });

  it('reads "1" as "01" and reports an unknown code', () => {
    const one = toEdxmlStatus({ ...base, code: '01' }).replace('<edXML:StatusCode>01<', '<edXML:StatusCode>1<');
    expect(parseEdxmlStatus(one).status.code).toBe('01');
    const unknown = toEdxmlStatus({ ...base, code: '01' }).replace('<edXML:StatusCode>01<', '<edXML:StatusCode>09<');
    expect(codes(parseEdxmlStatus(unknown).diagnostics)).toEqual(['edxml/status-code']);
  });
});

describe('hostile XML', () => {
  const billionLaughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><edXML>&lol2;</edXML>`;
  const externalEntity = `<?xml version="1.0"?><!DOCTYPE edXML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><edXML>&xxe;</edXML>`;

  it('refuses billion laughs and external entities in every parser with UnsafeXmlError', () => {
    for (const xml of [billionLaughs, externalEntity]) {
      expect(() => parseEdxml(xml)).toThrow(UnsafeXmlError);
      expect(() => parseEdxmlStatus(xml)).toThrow(UnsafeXmlError);
      expect(() => parseXml(xml)).toThrow(UnsafeXmlError);
    }
  });

  it('refuses 100 MB of nesting by size, and deep nesting under the size limit by depth', () => {
    const hundredMegabytes = '<a>'.repeat(35_000_000);
    expect(() => parseEdxml(hundredMegabytes)).toThrow(LimitExceededError);
    expect(() => parseXml(hundredMegabytes)).toThrow(LimitExceededError);
    const deep = '<a>'.repeat(100_000);
    expect(() => parseEdxml(deep)).toThrow(LimitExceededError);
    expect(() => parseXml(deep, { maxDepth: 64 })).toThrow(LimitExceededError);
  });

  it('refuses an attachment over maxAttachmentBytes and malformed XML with typed errors', () => {
    const xml = toEdxml(seedLetter, seedOptions);
    expect(() => parseEdxml(xml, { maxAttachmentBytes: 8 })).toThrow(LimitExceededError);
    expect(() => parseEdxml('<edXML><a></edXML>')).toThrow(MalformedXmlError);
  });
});
