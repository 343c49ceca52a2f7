import { readdirSync, readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LimitExceededError, MalformedXmlError, UnsafeXmlError } from '../../src/errors.js';
import {
  DEFAULT_MAX_ATTACHMENT_BYTES,
  edxmlMaxLength,
  parseEdxml,
  parseEdxmlStatus,
} from '../../src/readers/edxml/index.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parseXml } from '../../src/readers/xml/index.js';
import { type EdxmlStatus, STATUS_CODES, toEdxml, toEdxmlStatus } from '../../src/writers/edxml/index.js';
import { decision, seedLetter, seedOptions } from './support/documents.js';
import { specPath } from '../support/corpus.js';

const samples = `${specPath('edxml-samples')}/`;
const sample = (name: string): string => readFileSync(samples + name, 'utf8');
const codes = (diagnostics: readonly { id: string }[]): string[] => diagnostics.map((d) => d.id);

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
      from: {
        address: 'Số 1 đường Ví Dụ, phường Ví Dụ, tỉnh Tây Ninh',
        email: 'vanthu@example.gov.vn',
        phone: '0276 3000 000',
        fax: '0276 3000 001',
        website: 'https://example.gov.vn',
      },
    });
    expect(header).toMatchObject({
      dialect: 'java',
      packageType: 'document',
      documentType: { type: 2, typeDetail: 0, typeName: 'Công văn' },
      steering: 'not-steering',
      priority: 1,
      traces: [{ organId: '000.00.13.H53', timestamp: '2024-03-15T16:20:05+07:00' }],
      business: {
        type: 'new',
        reason: 'Văn bản điện tử mới',
        paper: false,
        staff: {
          department: 'Văn phòng Sở',
          staff: 'Trần Thị B',
          mobile: '0900000000',
          email: 'vanthu@example.gov.vn',
        },
      },
      signature: { namespace: 'http://www.w3.org/2000/09/xmldsig#', subjectName: 'CN=PLACEHOLDER' },
    });
    expect(attachments).toHaveLength(1);
    expect(attachments[0]).toMatchObject({
      contentId: '6f1d2c3e-0b7a-4c56-9a51-2f0e8d3b7c11',
      name: '125_STTTT-CNTT_signed.pdf',
      mediaType: 'application/pdf',
      description: 'Văn bản chính (đã ký số)',
    });
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
      signatures: [
        {
          authority: [{ prefix: 'TL', of: 'BO TRUONG' }],
          title: 'Cuc truong cuc ung dung cong nghe thong tin',
          name: 'Nguyen Thanh Phuc',
        },
      ],
      distribution: ['Cac bo va co quan ngang bo', 'Uy ban nhan dan cac tinh, TP'],
      drafter: { code: 'TVC', copies: 2 },
      circulation: 'Liên thông văn bản quốc gia',
    });
    expect(document.number).toBeUndefined();
    expect(document.urgency).toBeUndefined();
    expect(document.exchange).toMatchObject({
      documentId: '000.00.00.G22,2015/09/30,7816/VPCP-TTĐT',
      dueDate: '2018-09-28',
      pageCount: 22,
      steeringType: 1,
      to: [{ code: '28.22.H17' }],
    });
    expect(header).toMatchObject({
      codeNumber: '74fass22',
      documentType: { type: 1, typeName: 'Công văn' },
      business: { type: 'new', documentId: '000.00.00.G22,2014/02/30,7806/VPCP-TTĐT' },
    });
    // The unprefixed SDK signature lands in the edXML namespace (edxml.md §6).
    expect(header.signature).toMatchObject({
      namespace: 'http://www.mic.gov.vn/TBT/QCVN_102_2016',
      subjectName: 'CN=user05',
      certificate: 'MIIFqTCCBJG',
    });
    expect(attachments.map((a) => [a.contentId, a.name, a.mediaType, a.declaredMediaType])).toEqual([
      ['209', '1896_QD-TTg_m_294779.doc', 'application/msword', 'application/zip'],
    ]);
    // The receiving-side checks (edxml.md §12, Reader 5) see what this hand-edited sample got wrong: a To id of
    // another shape, a date after the TraceHeader, a DocumentId left over from another document.
    expect(codes(diagnostics)).toEqual([
      'edxml/code-number',
      'edxml/unaccented',
      'edxml/unaccented',
      'edxml/unaccented',
      'edxml/organ-id-shape',
      'edxml/future-date',
      'edxml/document-id',
      'edxml/attachment-empty',
    ]);
    expect(diagnostics.find((d) => d.id === 'edxml/organ-id-shape')).toMatchObject({
      severity: 'warning',
      path: 'exchange.to.0.code',
      raw: '28.22.H17',
    });
    expect(diagnostics.find((d) => d.id === 'edxml/future-date')?.message).toEqual({
      vi: 'Ngày ban hành 2019-01-16 muộn hơn ngày gửi (TraceHeader) 2018-09-28',
      en: 'PromulgationDate 2019-01-16 is later than the day the package was sent (TraceHeader), 2018-09-28',
    });
    expect(diagnostics.find((d) => d.id === 'edxml/document-id')?.message.en).toBe(
      'DocumentId "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT" does not match the package\'s sender (From/OrganId), promulgation date, number/notation (expected "000.00.00.A80,2019/01/16,74fass22/VPCP-TTĐT")',
    );
  });

  it('reads the SDK output with its own element order (Bussiness before TraceHeader, DocumentId after To)', () => {
    const { document, header } = parseEdxml(sample('vpcp-sdk/sdk-output_dc0bdef0.trimmed.edxml'));
    expect(document).toMatchObject({
      number: 7816,
      notation: 'VPCP-TTĐT',
      date: '2019-04-11',
      issuer: { code: '000.00.00.G22', name: 'Văn phòng Chính phủ' },
    });
    expect(document.exchange!.to.map((t) => t.code)).toEqual(['000.00.00.H41', '000.00.00.H14', '000.00.00.G17']);
    expect(header.traces).toEqual([{ organId: '000.00.00.G22', timestamp: '2019-04-11T00:00:00+07:00' }]);
  });

  // edoc_update, edoc_replacement and edoc_revocation share one MessageHeader: VPCP's công văn 7816/VPCP-TTĐT.
  const vpcp = {
    name: 'Văn phòng Chính phủ',
    parent: 'Văn phòng Chính phủ',
    code: '000.00.00.G22',
    address: 'Số 1 Hoàng Hoa Thám, Quận Ba Đình, Hà Nội',
    email: 'vpcp@gov.vn',
    phone: '8043100',
    fax: '048989898789',
    website: 'vpcp.vn',
  };
  const vpcpReceivers = [
    {
      code: '000.00.00.H41',
      name: 'UBND Tỉnh Nghệ An',
      parent: 'UBND Tỉnh Nghệ An',
      address: 'Số 03, đường Trường Thi, Thành phố Vinh, Tỉnh Nghệ An, Việt Nam',
      email: 'nghean@gov.vn',
      phone: '0383 840418',
      fax: '0383 843049',
      website: 'www.nghean.vn',
    },
    {
      code: '000.00.00.H14',
      name: 'UBND Tỉnh Cao Bằng',
      parent: 'UBND Tỉnh Cao Bằng',
      address: 'Số 011 - Đường Hoàng Đình Giong - Thành Phố Cao Bằng, Tỉnh Cao Bằng',
      email: 'caobang@gov.vn',
      phone: '02063852139',
      fax: '0202183239',
      website: 'www.caobang.gov.vn',
    },
    {
      code: '000.00.00.G17',
      name: 'Sở Thông tin truyền thông Hải Phòng',
      parent: 'Sở Thông tin truyền thông Hải Phòng',
      address: 'số 62 - Võ Thị Sáu - Ngô Quyền - Hải Phòng',
      email: 'bxd@moc.gov.vn',
      phone: '(84-4) 3821 5137',
      fax: '(023)37366617',
      website: 'www.haiphong.gov.vn',
    },
  ];
  const vpcpStaff = {
    department: 'Văn thư văn phòng',
    staff: 'Nguyễn Thị Ngọc Trâm',
    email: 'vanthuvanphong@gov.vn',
    mobile: '84912000001',
  };

  function expectVpcp7816(result: ReturnType<typeof parseEdxml>): void {
    const { document, header, attachments } = result;
    expect(document).toEqual({
      kind: 'cong-van',
      regime: 'hanh-chinh',
      issuer: { name: 'Văn phòng Chính phủ', parent: 'Văn phòng Chính phủ', code: '000.00.00.G22' },
      coIssuers: [],
      number: 7816,
      notation: 'VPCP-TTĐT',
      place: 'Hà Nội',
      date: '2018-09-28',
      // "V/v " is the công văn's label, not part of its trích yếu.
      subject: 'kết nối, liên thông phần mềm quản lý văn bản',
      recipients: [],
      body: [],
      signatures: [
        {
          authority: [{ prefix: 'TL', of: 'BO TRUONG' }],
          title: 'Cuc truong cuc ung dung cong nghe thong tin',
          name: 'Nguyen Thanh Phuc',
        },
      ],
      distribution: ['Cac bo va co quan ngang bo', 'Uy ban nhan dan cac tinh, TP'],
      archive: [],
      drafter: { code: 'TVC', copies: 2 },
      circulation: 'Liên thông văn bản quốc gia',
      appendices: [{ title: 'Công văn về việc kết nối, liên thông phần mềm quản lý văn bản', body: [] }],
      exchange: {
        documentId: '000.00.00.G22,2015/09/30,7816/VPCP-TTĐT',
        to: vpcpReceivers,
        dueDate: '2018-09-28',
        responseFor: expect.any(Array),
        // Content repeats the Subject, so there is no separate description.
        steeringType: 1,
        pageCount: 22,
        from: vpcp,
      },
    });
    expect(header).toMatchObject({
      dialect: 'java',
      packageType: 'document',
      from: vpcp,
      documentId: '000.00.00.G22,2015/09/30,7816/VPCP-TTĐT',
      documentType: { type: 1, typeDetail: 0, typeName: 'Công văn' },
      // One-based SteeringType: 1 is "không phải văn bản chỉ đạo" (edxml.md §9.2).
      steering: 'not-steering',
      priority: 0,
      traces: [{ organId: '000.00.00.G22', timestamp: '2018-09-28T00:00:00+07:00' }],
      signature: {
        namespace: 'http://www.mic.gov.vn/TBT/QCVN_102_2016',
        subjectName: 'CN=user05',
        certificate: 'MIIFqTCCBJG',
        signatureValue: expect.stringMatching(/^GbVb8n9\+qFxz466Ag0sbpVdLPs2R0\+9JBekp12UyarAZ.*F3w==$/),
      },
    });
    // The trimmed payload is a comment: the file is there, empty, and named a .doc although declared as a ZIP.
    expect(attachments).toEqual([
      {
        contentId: '209',
        name: '1896_QD-TTg_m_294779.doc',
        mediaType: 'application/msword',
        declaredMediaType: 'application/zip',
        description: '1896_QD-TTg_m_294779.doc',
        data: new Uint8Array(),
      },
    ]);
    // The DocumentId dates from 2015 while the document is dated 2018/09/28 (edxml.md §10.2: stale ids).
    expect(codes(result.diagnostics)).toEqual([
      'edxml/unaccented',
      'edxml/unaccented',
      'edxml/unaccented',
      'edxml/document-id',
      'edxml/attachment-empty',
    ]);
    expect(result.diagnostics.find((d) => d.id === 'edxml/document-id')).toMatchObject({
      severity: 'warning',
      path: 'exchange.documentId',
      message: {
        vi: 'DocumentId "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT" không khớp ngày ban hành của gói tin (mong đợi "000.00.00.G22,2018/09/28,7816/VPCP-TTĐT")',
        en: 'DocumentId "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT" does not match the package\'s promulgation date (expected "000.00.00.G22,2018/09/28,7816/VPCP-TTĐT")',
      },
    });
  }

  it('reads the update sample field by field: From, the three To, Code, PromulgationInfo, SignerInfo, Subject, DocumentType and the update block', () => {
    const update = parseEdxml(sample('vpcp-sdk/edoc_update.trimmed.edxml'));
    expectVpcp7816(update);
    expect(update.document.exchange!.responseFor).toEqual([]);
    expect(update.header.business).toEqual({
      type: 'update',
      reason: 'Cập nhật văn bản điện tử',
      documentId: '000.00.00.G22,2014/02/30,7806/VPCP-TTĐT',
      paper: false,
      update: {
        documentInfo: true,
        documentReceiver: true,
        receivers: [
          { organId: '000.00.00.H41', change: 'removed' },
          { organId: '000.00.00.H14', change: 'added' },
        ],
      },
      staff: vpcpStaff,
    });
  });

  it('reads the replacement sample field by field, with its two ReplacementInfo entries', () => {
    const replacement = parseEdxml(sample('vpcp-sdk/edoc_replacement.trimmed.edxml'));
    expectVpcp7816(replacement);
    expect(replacement.document.exchange!.responseFor).toEqual([]);
    // No Bussiness/DocumentId here: the replaced documents are named in ReplacementInfo.
    expect(replacement.header.business).toEqual({
      type: 'replace',
      reason: 'Văn bản thay thế',
      paper: false,
      replacements: [
        { documentId: '000.00.00.G22,2014/01/30,7806/VPCP-TTĐT', organIds: ['000.00.00.H41', '000.00.00.H14'] },
        { documentId: '000.00.00.G22,2014/01/30,7806/VPCP-TTĐT', organIds: ['000.00.00.H41', '000.00.00.H14'] },
      ],
      staff: vpcpStaff,
    });
  });

  it('reads the revocation sample: same header, a ResponseFor, Bussiness type 1', () => {
    const revocation = parseEdxml(sample('vpcp-sdk/edoc_revocation.trimmed.edxml'));
    expectVpcp7816(revocation);
    expect(revocation.header.business).toEqual({
      type: 'revoke',
      reason: 'Thu hồi văn bản điện tử',
      paper: false,
      staff: vpcpStaff,
    });
    expect(revocation.document.exchange!.responseFor).toEqual([
      {
        organId: '000.00.00.H14',
        code: '267/VPCP-TTĐT',
        documentId: '000.00.04.G14,2012/08/06,267/VPCP-TTĐT',
        promulgationDate: '2018-09-28',
      },
    ]);
  });

  it('reads the .NET dialect template field by field, taking its description texts as values and reporting them', () => {
    const { document, header, attachments, diagnostics } = parseEdxml(sample('lgsp-dotnet-dialect/form.edxml'));
    // Every value of the template is a description ("Tên đơn vị", "Mã định danh điện tử theo QCVN 102 BTTTT"), read as written.
    const party = {
      name: 'Tên đơn vị',
      parent: 'Mã đơn vị chủ quản trực tiếp',
      code: 'Mã định danh điện tử theo QCVN 102 BTTTT',
      address: 'Địa chỉ đơn vị',
      email: 'Email đơn  vị',
      phone: 'Số điện thoại đơn vị',
      fax: 'Số Fax đơn vị',
      website: 'Website đơn vị',
    };
    expect(document).toEqual({
      // TypeName "Công văn(Nếu là văn bản hành chính, mặc định là công văn)" names a công văn.
      kind: 'cong-van',
      regime: 'hanh-chinh',
      issuer: { name: party.name, parent: party.parent, code: party.code },
      coIssuers: [],
      // CodeNumber "15,01/2020,... (Số hiệu VB gửi đi)" is no number: kept in header.codeNumber only.
      notation: 'NQ-CP,CT-TTg,...(Ký hiệu VB gửi đi)',
      place: 'Sở Tư pháp,Hà Nội,...(Địa danh, địa điểm)',
      // PromulgationDate "2020/06/02(Ngày tháng nam ban hành yyyy/mm/dd)" and DueDate are unreadable: no date.
      subject: 'Trích yêu nội dung VB cần gửi đi (Tiêu đề)',
      recipients: [],
      body: [],
      // Competence "TL,KT,...(Quyền hạn của người ký VB)" is no authority line.
      signatures: [
        { authority: [], title: 'Phó giám đốc(Chức vụ người ký)', name: 'Hoàng Văn Truyền(Họ tên người ký)' },
      ],
      distribution: [
        '000.00.00.G15(Tên cơ quan, tổ chức, đơn vị và cá nhân nhận VB)',
        '000.00.00.G16(Tên cơ quan, tổ chức, đơn vị và cá nhân nhận VB)',
      ],
      archive: [],
      drafter: { code: 'Trịnh Xuân Khánh(Ký hiệu đơn vị, tổ chức or tên người soạn thảo VB)' },
      circulation: 'Bổ trợ TP(Phạm vi lưu hành của VB)',
      appendices: [
        { title: 'Tên phụ lục đính kèm', body: [] },
        { title: 'Tên phụ lục đính kèm', body: [] },
      ],
      exchange: {
        documentId: '000.00.14.H56,2020/06/02,808/VNPTTEST(mã đơn vị gửi, ngày tháng năm gửi, số hiệu VB gửi)',
        to: [party],
        responseFor: [
          {
            organId: '000.00.00.G22(mã đơn vị gửi)',
            code: '7816/VPCP-TTĐT(số hiệu VB gửi)',
            documentId: '000.00.00.G22,2015/09/30,7816/VPCP-TTĐT(mã định danh của vb gửi)',
            promulgationDate: '2023-11-21',
          },
        ],
        description: 'Nội dung VB gửi đi(Nội dung tóm tắt)',
        from: party,
      },
    });
    expect(header).toEqual({
      dialect: 'dotnet',
      packageType: 'document',
      from: party,
      documentId: '000.00.14.H56,2020/06/02,808/VNPTTEST(mã đơn vị gửi, ngày tháng năm gửi, số hiệu VB gửi)',
      documentType: { typeName: 'Công văn(Nếu là văn bản hành chính, mặc định là công văn)' },
      codeNumber: '15,01/2020,... (Số hiệu VB gửi đi)',
      // BussinessDocType 2 (update) with the reason text of a new document, and no BussinessDocumentInfo; Mobile and Email empty.
      business: {
        type: 'update',
        reason: 'Văn bản điện tử mới',
        documentId: '000.00.14.H56,2020/06/02,808/VNPTTEST',
        paper: false,
        staff: { department: 'Sở Tư pháp', staff: 'Trịnh Xuân Khánh' },
      },
      traces: [{ organId: '000.00.14.H56', timestamp: '2020-06-02T15:48:40+07:00' }],
    });
    // "File đính kèm dạng base64" is not base64: the attachment is reported and left out.
    expect(attachments).toEqual([]);
    expect(codes(diagnostics)).toEqual([
      'edxml/type-name',
      'edxml/code-number',
      'edxml/date',
      'edxml/not-a-number',
      'edxml/competence',
      'edxml/date',
      'edxml/not-a-number',
      'edxml/not-a-number',
      'edxml/not-a-number',
      'edxml/organ-id-shape',
      'edxml/organ-id-shape',
      'edxml/organ-id-shape',
      'edxml/document-id',
      'edxml/too-long',
      'edxml/too-long',
      'edxml/too-long',
      'edxml/not-a-number',
      'edxml/attachment-not-base64',
    ]);
    expect(diagnostics.filter((d) => d.id === 'edxml/too-long').map((d) => [d.severity, d.raw])).toEqual([
      ['info', 'MessageHeader/Code/CodeNumber'],
      ['info', 'MessageHeader/Code/CodeNotation'],
      ['warning', 'MessageHeader/OtherInfo/TyperNotation'],
    ]);
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
    expect(header).toMatchObject({
      dialect: 'legacy',
      documentType: { type: 1, typeName: 'Thông báo' },
      traces: [{ organId: '000.00.00.G14', timestamp: '2015-05-20T08:00:00+07:00' }],
    });
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
    expect(attachments[0]).toMatchObject({
      name: '1719_UBND-KGVX.signed.pdf',
      description: '1719_UBND-KGVX.signed.pdf',
    });
  });

  it('unzips an SDK-zipped attachment declared with a home-made type, and sniffs the bytes', () => {
    const docx = zipSync({
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'word/document.xml': new TextEncoder().encode('<w:document/>'),
    });
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
    const options = {
      ...seedOptions,
      profile: { zipLikeSdk: true },
      attachments: [...seedOptions.attachments!, { name: 'so-lieu.csv', mediaType: 'text/csv', data: sheet }],
    };
    const xml = toEdxml(seedLetter, options);
    expect(xml).toBe(toEdxml(seedLetter, options));
    expect(xml.match(/<ContentType>[^<]+<\/ContentType>/g)).toEqual([
      '<ContentType>application/pdf</ContentType>',
      '<ContentType>application/zip</ContentType>',
    ]);
    const { attachments, diagnostics } = parseEdxml(xml);
    expect(attachments[1]).toMatchObject({ name: 'so-lieu.csv', declaredMediaType: 'application/zip', data: sheet });
    expect(codes(diagnostics)).toEqual(['edxml/attachment-unzipped']);
  });

  it('maps Priority 4 to hỏa tốc with a warning, reads dd/MM/yyyy dates and a legacy Status container', () => {
    const xml = clean
      .replace('<edXML:Priority>0</edXML:Priority>', '<edXML:Priority>4</edXML:Priority>')
      .replace(
        '<edXML:PromulgationDate>2024/04/09</edXML:PromulgationDate>',
        '<edXML:PromulgationDate>09/04/2024</edXML:PromulgationDate>',
      )
      .replaceAll('edXML:MessageHeader>', 'edXML:Status>');
    const { document, diagnostics } = parseEdxml(xml);
    expect(document).toMatchObject({ urgency: 'hoa-toc', date: '2024-04-09', number: 1719 });
    expect(codes(diagnostics)).toEqual(['edxml/priority-4']);
  });
});

describe('parseEdxml receiving-side checks (edxml.md §12, Reader 5)', () => {
  const clean = toEdxml(seedLetter, seedOptions);
  const found = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => [d.id, d.severity, d.path]);

  it('finds nothing to report in a package vanban wrote', () => {
    expect(parseEdxml(clean).diagnostics).toEqual([]);
  });

  it('reports a receiver listed twice, a To without OrganId and a package without To as errors', () => {
    const twice = clean.replace(
      '<edXML:OrganId>000.00.13.H55</edXML:OrganId>',
      '<edXML:OrganId>000.00.01.H55</edXML:OrganId>',
    );
    const { diagnostics } = parseEdxml(twice);
    expect(found(diagnostics)).toEqual([['edxml/duplicate-to', 'error', 'exchange.to.1']]);
    expect(diagnostics[0]).toMatchObject({
      raw: '000.00.01.H55',
      message: {
        vi: 'Cơ quan nhận 000.00.01.H55 có hai lần trong To',
        en: 'Receiver 000.00.01.H55 is listed twice in To',
      },
    });
    const noId = clean.replace('<edXML:OrganId>000.00.13.H55</edXML:OrganId>', '<edXML:OrganId></edXML:OrganId>');
    expect(found(parseEdxml(noId).diagnostics)).toEqual([['edxml/to-organ-id', 'error', 'exchange.to.1.code']]);
    const none = clean.replace(/\s*<edXML:To>[\s\S]*?<\/edXML:To>/g, '');
    expect(found(parseEdxml(none).diagnostics)).toEqual([['edxml/no-receiver', 'error', 'exchange.to']]);
  });

  it('reports an empty Subject, CodeNumber and CodeNotation as errors, empty and absent alike', () => {
    const xml = clean
      .replace(/<edXML:Subject>[^<]*<\/edXML:Subject>/, '<edXML:Subject/>')
      .replace('<edXML:CodeNumber>1719</edXML:CodeNumber>', '<edXML:CodeNumber>  </edXML:CodeNumber>')
      .replace('<edXML:CodeNotation>UBND-KGVX</edXML:CodeNotation>', '');
    const { document, diagnostics } = parseEdxml(xml);
    expect(found(diagnostics)).toEqual([
      ['edxml/empty-subject', 'error', 'subject'],
      ['edxml/empty-code-number', 'error', 'number'],
      ['edxml/empty-code-notation', 'error', 'notation'],
    ]);
    expect(diagnostics.map((d) => d.message.vi)).toEqual([
      'Không có trích yếu (Subject)',
      'Không có số văn bản (Code/CodeNumber)',
      'Không có ký hiệu văn bản (Code/CodeNotation)',
    ]);
    expect([document.number, document.notation, document.subject]).toEqual([undefined, undefined, undefined]);
  });

  it('warns of a mã định danh that is not shaped DDD.DD.DD.LDD, in From, To and ResponseFor', () => {
    const xml = toEdxml(decision, {
      sentAt: '2024-01-05T16:20:05+07:00',
      from: 'vxp.saas.03',
      documentId: 'vxp.saas.03,2024/01/05,05/QĐ-UBND',
    })
      .replace(
        '<edXML:OrganId>000.00.13.H55</edXML:OrganId>\n          <edXML:OrganName>',
        '<edXML:OrganId>01.02.G22</edXML:OrganId>\n          <edXML:OrganName>',
      )
      .replace(/(<edXML:ResponseFor>\s*<edXML:OrganId>)000\.00\.13\.H55/, '$1777.77.04.D7');
    const { diagnostics } = parseEdxml(xml);
    expect(found(diagnostics)).toEqual([
      ['edxml/organ-id-shape', 'warning', 'issuer.code'],
      ['edxml/organ-id-shape', 'warning', 'exchange.to.0.code'],
      ['edxml/organ-id-shape', 'warning', 'exchange.responseFor.0.organId'],
    ]);
    expect(diagnostics.map((d) => d.raw)).toEqual(['vxp.saas.03', '01.02.G22', '777.77.04.D7']);
    expect(diagnostics[0]!.message).toEqual({
      vi: 'Mã định danh "vxp.saas.03" (From) không có dạng DDD.DD.DD.LDD như 000.00.00.G22',
      en: 'OrganId "vxp.saas.03" (From) is not shaped DDD.DD.DD.LDD like 000.00.00.G22',
    });
  });

  it('warns of a promulgation date after the TraceHeader, or after options.receivedAt', () => {
    // Sent 2024/04/09 16:15 Vietnam time; dated the next day (and the DocumentId now misses the date too).
    const later = clean.replace(
      '<edXML:PromulgationDate>2024/04/09</edXML:PromulgationDate>',
      '<edXML:PromulgationDate>2024/04/10</edXML:PromulgationDate>',
    );
    const sent = parseEdxml(later).diagnostics;
    expect(found(sent)).toEqual([
      ['edxml/future-date', 'warning', 'date'],
      ['edxml/document-id', 'warning', 'exchange.documentId'],
    ]);
    expect(sent[0]!.message.en).toBe(
      'PromulgationDate 2024-04-10 is later than the day the package was sent (TraceHeader), 2024-04-09',
    );
    // Received on the 11th: the date is no longer in the future.
    expect(codes(parseEdxml(later, { receivedAt: '2024-04-11T08:00:00+07:00' }).diagnostics)).toEqual([
      'edxml/document-id',
    ]);
    // Checked on the 8th (UTC 2024-04-08T20:00Z is still the 9th in Vietnam: the day is the Vietnam day).
    expect(codes(parseEdxml(clean, { receivedAt: '2024-04-08T20:00:00Z' }).diagnostics)).toEqual([]);
    const early = parseEdxml(clean, { receivedAt: '2024-04-08T10:00:00+07:00' }).diagnostics;
    expect(early.map((d) => d.message.vi)).toEqual(['Ngày ban hành 2024-04-09 muộn hơn ngày nhận 2024-04-08']);
  });

  it('warns of a DocumentId that does not match From, the date or số/ký hiệu, or is not composed at all', () => {
    const withId = (id: string): string =>
      clean.replace(
        '<edXML:DocumentId>000.00.00.H55,2024/04/09,1719/UBND-KGVX</edXML:DocumentId>',
        `<edXML:DocumentId>${id}</edXML:DocumentId>`,
      );
    expect(parseEdxml(withId('000.00.00.H55,2024/4/9,01719/UBND-KGVX')).diagnostics).toEqual([]);
    const other = parseEdxml(withId('000.00.00.H41,2024/04/09,1720/UBND-KGVX')).diagnostics;
    expect(other.map((d) => d.message)).toEqual([
      {
        vi: 'DocumentId "000.00.00.H41,2024/04/09,1720/UBND-KGVX" không khớp cơ quan gửi (From/OrganId), số/ký hiệu của gói tin (mong đợi "000.00.00.H55,2024/04/09,1719/UBND-KGVX")',
        en: 'DocumentId "000.00.00.H41,2024/04/09,1720/UBND-KGVX" does not match the package\'s sender (From/OrganId), number/notation (expected "000.00.00.H55,2024/04/09,1719/UBND-KGVX")',
      },
    ]);
    // The SDK's default when no id is set is a random UUID (edxml.md §10.2): accepted, with a warning.
    const uuid = parseEdxml(withId('dc0bdef0-c7a3-4aaf-b717-777303442973'));
    expect(uuid.document.exchange?.documentId).toBe('dc0bdef0-c7a3-4aaf-b717-777303442973');
    expect(uuid.diagnostics.map((d) => [d.id, d.message.en])).toEqual([
      [
        'edxml/document-id',
        'DocumentId "dc0bdef0-c7a3-4aaf-b717-777303442973" is not composed as OrganId,yyyy/MM/dd,number/notation',
      ],
    ]);
  });

  it('reports Priority outside 0–4 as an error', () => {
    const xml = clean.replace('<edXML:Priority>0</edXML:Priority>', '<edXML:Priority>7</edXML:Priority>');
    const { document, diagnostics } = parseEdxml(xml);
    expect(found(diagnostics)).toEqual([['edxml/priority', 'error', 'urgency']]);
    expect(document.urgency).toBeUndefined();
  });

  it('warns of a field longer than edxml.md §4 allows, and notes one only the stricter implementation refuses', () => {
    const xml = clean
      .replace(/<edXML:Subject>[^<]*<\/edXML:Subject>/, `<edXML:Subject>V/v ${'a'.repeat(497)}</edXML:Subject>`)
      .replace(
        '<edXML:OrganName>Sở Thông tin và Truyền thông tỉnh Quảng Ngãi</edXML:OrganName>',
        `<edXML:OrganName>${'Sở'.repeat(101)}</edXML:OrganName>`,
      )
      .replace('<edXML:Place>Công TTĐT tỉnh</edXML:Place>', `<edXML:Place>${'x'.repeat(151)}</edXML:Place>`)
      .replace(
        '<edXML:OrganName>ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI</edXML:OrganName>',
        '<edXML:OrganName>ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI</edXML:OrganName><edXML:Telephone>(+84) 0255 3822 123 / 124</edXML:Telephone>',
      );
    const { diagnostics } = parseEdxml(xml);
    expect(diagnostics.map((d) => [d.id, d.severity, d.raw])).toEqual([
      ['edxml/too-long', 'info', 'MessageHeader/From/Telephone'],
      ['edxml/too-long', 'warning', 'MessageHeader/To[2]/OrganName'],
      ['edxml/too-long', 'warning', 'MessageHeader/Subject'],
      ['edxml/too-long', 'warning', 'MessageHeader/ToPlaces/Place[8]'],
    ]);
    expect(diagnostics[2]!.message).toEqual({
      vi: 'MessageHeader/Subject dài 501 ký tự, quá 500 ký tự edXML cho phép',
      en: 'MessageHeader/Subject has 501 characters, more than the 500 edXML allows',
    });
    expect(diagnostics[0]!.message.en).toBe(
      'MessageHeader/From/Telephone has 25 characters: one implementation accepts only 20',
    );
  });

  it('leaves status packages read by parseEdxml to parseEdxmlStatus instead of checking them as documents', () => {
    const { header, diagnostics } = parseEdxml(sample('vpcp-sdk/status_finish_06.edxml'));
    expect(header.packageType).toBe('status');
    expect(codes(diagnostics)).not.toEqual(expect.arrayContaining(['edxml/empty-subject']));
    expect(
      codes(diagnostics).filter((c) =>
        ['edxml/no-receiver', 'edxml/empty-code-number', 'edxml/document-id'].includes(c),
      ),
    ).toEqual([]);
  });
});

describe('parseEdxml size limits', () => {
  const limitOf = (run: () => unknown): string | undefined => {
    try {
      run();
    } catch (err) {
      return err instanceof LimitExceededError ? err.limit : `not a limit: ${String(err)}`;
    }
    return undefined;
  };
  const packageWith = (bytes: number): string =>
    toEdxml(seedLetter, {
      ...seedOptions,
      attachments: [{ name: 'van-ban.pdf', mediaType: 'application/pdf', data: new Uint8Array(bytes).fill(0x25) }],
    });

  it('derives its XML limit from the attachment limit: base64 is 4/3 larger, plus room for the rest', () => {
    expect(edxmlMaxLength(DEFAULT_MAX_ATTACHMENT_BYTES)).toBeGreaterThanOrEqual(
      Math.ceil(DEFAULT_MAX_ATTACHMENT_BYTES / 3) * 4 + toEdxml(seedLetter, seedOptions).length,
    );
    // The shared XML default (50 MiB) would refuse a 100 MiB attachment long before its own limit does.
    expect(edxmlMaxLength(DEFAULT_MAX_ATTACHMENT_BYTES)).toBeGreaterThan(135 * 1024 * 1024);
    expect(edxmlMaxLength(DEFAULT_MAX_ATTACHMENT_BYTES)).toBeLessThan(150 * 1024 * 1024);
  });

  it('reads a package whose attachment is just under the attachment limit; the attachment limit, not the XML one, refuses the next byte', () => {
    const maxAttachmentBytes = 1024 * 1024;
    const justUnder = packageWith(maxAttachmentBytes);
    // Larger than the attachment limit itself: only a limit derived from it lets it through.
    expect(justUnder.length).toBeGreaterThan((maxAttachmentBytes * 4) / 3);
    const { attachments } = parseEdxml(justUnder, { maxAttachmentBytes });
    expect(attachments[0]!.data.length).toBe(maxAttachmentBytes);
    expect(limitOf(() => parseEdxml(packageWith(maxAttachmentBytes + 3), { maxAttachmentBytes }))).toBe(
      'maxAttachmentBytes',
    );
    // Beyond the derived XML limit the XML limit speaks, so it does follow maxAttachmentBytes (and options.maxLength wins).
    const padded = justUnder.replace(
      '<edXML:edXMLBody>',
      `<!--${' '.repeat(edxmlMaxLength(maxAttachmentBytes) - justUnder.length)}--><edXML:edXMLBody>`,
    );
    expect(limitOf(() => parseEdxml(padded, { maxAttachmentBytes }))).toBe('maxLength');
    expect(limitOf(() => parseEdxml(justUnder, { maxAttachmentBytes, maxLength: 1000 }))).toBe('maxLength');
  });
});

describe('status packages', () => {
  const base = {
    from: { name: 'Ủy ban nhân dân tỉnh Nghệ An', parent: 'Ủy ban nhân dân tỉnh Nghệ An', code: '000.00.00.H41' },
    responseFor: {
      organId: '000.00.13.H53',
      code: '125/STTTT-CNTT',
      documentId: '000.00.13.H53,2024/03/15,125/STTTT-CNTT',
      promulgationDate: '2024-03-15',
    },
    staff: {
      department: 'Văn thư - Văn phòng UBND tỉnh',
      staff: 'Lê Văn C',
      mobile: '0900000001',
      email: 'vanthu@example.gov.vn',
    },
    description: 'Văn thư: đã tiếp nhận văn bản điện tử, vào sổ văn bản đến',
    timestamp: '2024-03-15T17:02:44+07:00',
  };

  it('writes the reconstruction status_03_example.edxml element for element', () => {
    const written = toEdxmlStatus({ ...base, code: '03' });
    const strip = (xml: string): string =>
      xml
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/>\s+</g, '><')
        .trim();
    expect(strip(written)).toBe(strip(sample('status_03_example.edxml')));
  });

  it('round-trips every status code', () => {
    for (const code of STATUS_CODES) {
      const { status, diagnostics } = parseEdxmlStatus(toEdxmlStatus({ ...base, code }));
      expect(diagnostics).toEqual([]);
      expect(status).toEqual({ ...base, code });
    }
  });

  it('reads every field of each VPCP status sample: code, sender, document, staff, description, time', () => {
    const ngheAn = {
      name: 'UBND Tỉnh Nghệ An',
      parent: 'UBND Tỉnh Nghệ An',
      code: '000.00.00.H41',
      address: 'Số 03, đường Trường Thi, Thành phố Vinh, Tỉnh Nghệ An, Việt Nam',
      email: 'nghean@gov.vn',
      phone: '0383 840418',
      fax: '0383 843049',
      website: 'www.nghean.vn',
    };
    const document7816 = {
      organId: '000.00.00.G22',
      code: '7816/VPCP-TTĐT',
      documentId: '000.00.00.G22,2015/09/30,7816/VPCP-TTĐT',
      promulgationDate: '2015-09-30',
    };
    const tram = {
      department: 'Phong hanh chinh',
      staff: 'Nguyen thi ngoc tram',
      mobile: '84912000001',
      email: 'ngoctram@nghean.vn',
    };
    const atTwenty = '2015-09-20T11:08:36+07:00';
    const receiver = (code: EdxmlStatus['code'], description: string): EdxmlStatus => ({
      code,
      from: ngheAn,
      responseFor: document7816,
      staff: tram,
      description,
      timestamp: atTwenty,
    });
    const expected: Record<string, EdxmlStatus> = {
      status_inbox_01: receiver(
        '01',
        'Văn thư - Phòng Văn thư - Lưu trữ: Đã đến - Phần mềm QLVB đã nhận nhưng văn thư chưa xử lý',
      ),
      status_rejection_02: receiver('02', 'Văn thư - Phòng Văn thư - Lưu trữ: Từ chối không tiếp nhận văn bản điện tử'),
      status_acceptance_03: receiver(
        '03',
        'Văn thư cơ - Phòng Văn thư - Lưu trữ: Tiếp nhận văn bản điện tử, vào sổ văn bản đến của đơn vị',
      ),
      status_assignment_04: receiver('04', 'Lãnh đạo: Phân công xử lý'),
      status_processing_05: receiver('05', 'Đang xử lý văn bản đến'),
      status_finish_06: receiver('06', 'Văn thư: Ban hành văn bản đến, hoàn thành xử lý'),
      // 13 goes the other way (edxml.md §8): From is the sender VPCP, ResponseFor/OrganId the receiver.
      status_cancellation_13: {
        code: '13',
        from: {
          name: 'Văn phòng Chính phủ',
          parent: 'Văn phòng Chính phủ',
          code: '000.00.00.G22',
          address: 'Số 1 Hoàng Hoa Thám, Quận Ba Đình, Hà Nội',
          email: 'vpcp@gov.vn',
          phone: '8043100',
          fax: '04',
          website: 'vpcp.vn',
        },
        responseFor: { ...document7816, organId: '000.00.00.H41' },
        staff: tram,
        description: 'Văn thư yêu cầu lấy lại văn bản điện tử kèm lý do',
        timestamp: atTwenty,
      },
      'status_change-acceptance_15': receiver('15', 'Văn thư đồng ý yêu cầu cập nhật, lấy lại'),
      'status_change-rejection_16': receiver('16', 'Văn thư từ chối yêu cầu cập nhật, lấy lại'),
      // The SDK's own status.edxml: another văn thư, the 2018 date of the document, DocumentId before PromulgationDate.
      status: {
        code: '01',
        from: ngheAn,
        responseFor: { ...document7816, promulgationDate: '2018-09-28' },
        staff: {
          department: 'Văn thư văn phòng',
          staff: 'Nguyễn Thị Ngọc Trâm',
          email: 'vanthuvanphong@gov.vn',
          mobile: '84912000001',
        },
        description: 'Văn thư - Phòng Văn thư - Lưu trữ: Đã đến - Phần mềm QLVB đã nhận nhưng văn thư chưa xử lý',
        timestamp: '2018-09-28T17:25:11+07:00',
      },
    };
    expect(
      readdirSync(`${samples}vpcp-sdk`)
        .filter((f) => f.startsWith('status'))
        .map((f) => f.replace(/\.edxml$/, ''))
        .sort(),
    ).toEqual(Object.keys(expected).sort());
    for (const [file, status] of Object.entries(expected)) {
      const result = parseEdxmlStatus(sample(`vpcp-sdk/${file}.edxml`));
      expect(result.diagnostics, file).toEqual([]);
      expect(result.status, file).toEqual(status);
    }
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

  it('refuses 100 MB of nesting quickly (by size in parseXml, by depth in parseEdxml, whose size limit makes room for a 100 MiB attachment), and deep nesting under the size limit by depth', () => {
    const limitOf = (run: () => unknown): string | undefined => {
      try {
        run();
      } catch (err) {
        return err instanceof LimitExceededError ? err.limit : `not a limit: ${String(err)}`;
      }
      return undefined;
    };
    const hundredMegabytes = '<a>'.repeat(35_000_000);
    expect(limitOf(() => parseEdxml(hundredMegabytes))).toBe('maxDepth');
    expect(limitOf(() => parseEdxmlStatus(hundredMegabytes))).toBe('maxLength');
    expect(limitOf(() => parseXml(hundredMegabytes))).toBe('maxLength');
    const deep = '<a>'.repeat(100_000);
    expect(limitOf(() => parseEdxml(deep))).toBe('maxDepth');
    expect(limitOf(() => parseXml(deep, { maxDepth: 64 }))).toBe('maxDepth');
  });

  it('refuses an attachment over maxAttachmentBytes and malformed XML with typed errors', () => {
    const xml = toEdxml(seedLetter, seedOptions);
    expect(() => parseEdxml(xml, { maxAttachmentBytes: 8 })).toThrow(LimitExceededError);
    expect(() => parseEdxml('<edXML><a></edXML>')).toThrow(MalformedXmlError);
  });
});
