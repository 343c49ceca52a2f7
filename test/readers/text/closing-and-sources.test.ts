/**
 * The closing part as real documents print it (contact lines in the sample's layout, signers of
 * ethnic minorities, a signature block without a name, the drafter code on its own line), the
 * source of every field the model holds, and the diagnostics that say what the reader assumed.
 */
import { describe, expect, it } from 'vitest';
import { PRINTED_PATHS } from '../../../src/model/source.js';
import { parseText } from '../../../src/readers/text/index.js';
import { validate } from '../../../src/validator.js';

/** A công văn of Bộ Nội vụ up to its body; `closing` follows. */
const letter = (closing: string) =>
  `BỘ NỘI VỤ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/BNV-VP\nV/v nâng bậc lương năm 2024\nHà Nội, ngày 05 tháng 02 năm 2024\n\nKính gửi: Sở Nội vụ\n\nĐề nghị Sở Nội vụ rà soát hồ sơ./.\n\n${closing}`;

const SIGNED = 'KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn An\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n';

describe('contact lines (ô 13) in the layout of the sample', () => {
  it('splits "ĐT: …, Fax: …" and "E-Mail: …, Website: …" into their fields, each with its own span', () => {
    const text = letter(
      `${SIGNED}---------------\nĐịa chỉ: 52 Hùng Vương, thành phố Quảng Ngãi\nĐT: 0255 3822 123, Fax: 0255 3822 124\nE-Mail: vanthu@quangngai.gov.vn, Website: quangngai.gov.vn\n`,
    );
    const { document, sources, diagnostics } = parseText(text);
    expect(document.contact).toEqual({
      address: '52 Hùng Vương, thành phố Quảng Ngãi',
      phone: '0255 3822 123',
      fax: '0255 3822 124',
      email: 'vanthu@quangngai.gov.vn',
      website: 'quangngai.gov.vn',
    });
    expect(['contact.phone', 'contact.fax', 'contact.email', 'contact.website'].map((p) => sources[p]!.raw)).toEqual([
      '0255 3822 123',
      '0255 3822 124',
      'vanthu@quangngai.gov.vn',
      'quangngai.gov.vn',
    ]);
    expect(sources['contact.fax']!.line).toBe(sources['contact.phone']!.line);
    expect(diagnostics.filter((d) => d.id === 'text/unassigned')).toEqual([]);
  });

  it('also with other separators: "Điện thoại: … - Fax: …", "Email: …; Website: …"', () => {
    const { document } = parseText(
      letter(
        `${SIGNED}\nĐiện thoại: 024.3822.1234 - Fax: 024.3822.1235\nEmail: vp@moha.gov.vn; Website: moha.gov.vn\n`,
      ),
    );
    expect(document.contact).toEqual({
      phone: '024.3822.1234',
      fax: '024.3822.1235',
      email: 'vp@moha.gov.vn',
      website: 'moha.gov.vn',
    });
  });
});

describe('signers', () => {
  it.each([
    ['an Ê Đê name with an apostrophe', "H'Yim Kđoh"],
    ['a hyphenated name', 'Y-Moan Ê-nuôl'],
    ['a Khmer name of seven words', 'Thạch Thị Sa Rết Ta Ni Sô'],
    ['a name with a lower-case particle', 'Danh thị Sa Ri'],
  ])('reads %s under the title: %s', (_what, name) => {
    const { document, sources } = parseText(letter(SIGNED.replace('Nguyễn Văn An', name)));
    expect(document.signatures).toEqual([
      { authority: [{ prefix: 'KT', of: 'BỘ TRƯỞNG' }], title: 'THỨ TRƯỞNG', name },
    ]);
    expect(sources['signatures.0.name']!.raw).toBe(name);
  });

  it('does not take a body line in sentence case for a name', () => {
    const { document } = parseText(letter(`${SIGNED.replace('Nguyễn Văn An', 'Ban Chỉ đạo tỉnh')}`));
    expect(document.signatures).toEqual([]);
  });

  it('reports a block whose name is missing with its authority chain and title, and leaves none of it unassigned', () => {
    const { document, diagnostics } = parseText(
      letter('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n'),
    );
    const missing = diagnostics.filter((d) => d.id === 'text/signature-name-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ path: 'signatures.0', raw: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH' });
    expect(missing[0]!.message.en).toContain('TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH');
    // The model requires a signer's name (SignatureSchema), so the block is not in `signatures`.
    expect(document.signatures).toEqual([]);
    expect(diagnostics.filter((d) => d.id === 'text/unassigned')).toEqual([]);
  });

  it('records the source of a mark printed instead of the signature', () => {
    const { document, sources } = parseText(letter(SIGNED.replace('THỨ TRƯỞNG\n', 'THỨ TRƯỞNG\n(Đã ký)\n')));
    expect(document.signatures[0]!.mark).toBe('(Đã ký)');
    expect(sources['signatures.0.mark']!.raw).toBe('(Đã ký)');
  });
});

describe('the Lưu line and ô 12', () => {
  it('reads a drafter code on its own line under the Lưu line as the drafter (Mẫu: ô 12)', () => {
    const { document, sources, diagnostics } = parseText(letter(`${SIGNED}PL.(300)\n`));
    expect(document.drafter).toEqual({ code: 'PL', copies: 300 });
    expect(sources.drafter!.raw).toBe('PL.(300)');
    expect(diagnostics.filter((d) => d.id === 'text/unassigned')).toEqual([]);
  });

  it('records the source of the archive copies', () => {
    const { document, sources } = parseText(letter(SIGNED.replace('- Lưu: VT, VP.', '- Lưu: VT, VP, 02.')));
    expect(document.archiveCopies).toBe(2);
    expect(sources.archiveCopies!.raw).toBe('- Lưu: VT, VP, 02.');
  });
});

describe('sources of the number and the ký hiệu', () => {
  it('finds the number under a "Số:" standing on its own line', () => {
    const text = letter(SIGNED).replace('Số: 05/BNV-VP', 'Số:\n05/BNV-VP');
    const { document, sources } = parseText(text);
    expect([document.number, document.notation]).toEqual([5, 'BNV-VP']);
    expect(sources.number).toMatchObject({ raw: '05', line: 6 });
    expect(sources.notation).toMatchObject({ raw: 'BNV-VP', line: 6 });
    expect(sources[PRINTED_PATHS.numberLine]!.raw).toBe('Số:\n05/BNV-VP');
  });

  it('finds the ký hiệu of a Party document ("Số 36-HD/VPTW")', () => {
    const text =
      'BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n---\nSố 36-HD/VPTW\nHà Nội, ngày 26 tháng 11 năm 2025\n\nHƯỚNG DẪN\nVề công tác văn thư\n\nNội dung./.\n';
    const { document, sources } = parseText(text);
    expect([document.regime, document.number, document.notation]).toEqual(['dang', 36, 'HD/VPTW']);
    expect(sources.number!.raw).toBe('36');
    expect(sources.notation!.raw).toBe('HD/VPTW');
  });
});

describe('what the reader assumed or could not place', () => {
  it('reads a công văn from its layout when only a Kính gửi tells it, and says so', () => {
    const { document, diagnostics } = parseText(
      'BỘ NỘI VỤ\nSố: 05/BNV-VP\nHà Nội, ngày 05 tháng 02 năm 2024\n\nKính gửi: Sở Nội vụ các tỉnh\n\nĐề nghị thực hiện./.\n',
    );
    expect(document.kind).toBe('cong-van');
    expect(diagnostics.filter((d) => d.id === 'text/kind-assumed')).toMatchObject([
      { path: 'kind', raw: 'Số: 05/BNV-VP' },
    ]);
  });

  it('leaves the kind out when nothing tells it (no tên loại, V/v, type code or Kính gửi)', () => {
    const { document, diagnostics } = parseText(
      'BỘ NỘI VỤ\nSố: 05/BNV-VP\nHà Nội, ngày 05 tháng 02 năm 2024\n\nĐề nghị thực hiện./.\n',
    );
    expect(document.kind).toBeUndefined();
    expect(diagnostics.filter((d) => d.id === 'text/kind-unknown')).toMatchObject([{ path: 'kind' }]);
  });

  it('says nothing when a V/v, a tên loại or a type code tells the kind', () => {
    for (const text of [
      letter(SIGNED),
      letter(SIGNED).replace('V/v nâng bậc lương năm 2024', 'TỜ TRÌNH\nVề nâng bậc lương'),
      'BỘ NỘI VỤ\nSố: 05/QĐ-BNV\nHà Nội, ngày 05 tháng 02 năm 2024\n',
    ]) {
      expect(parseText(text).diagnostics.map((d) => d.id)).not.toContain('text/kind-assumed');
    }
  });

  it('past 500 reports of unassigned text, sums up the rest in one diagnostic', () => {
    // A web copy followed by the page's chrome: 520 pieces after the closing part, none of them the document's.
    const chrome = Array.from({ length: 520 }, (_, k) => `Xem thêm văn bản số ${k + 1}`).join('\n\n');
    const { diagnostics } = parseText(letter(`${SIGNED}\n${chrome}\n`));
    const unassigned = diagnostics.filter((d) => d.id === 'text/unassigned');
    expect(unassigned).toHaveLength(501);
    expect(unassigned.at(-1)!.message.en).toBe(
      'And 20 more pieces of text not assigned to any part of the document (not listed one by one)',
    );
    expect(unassigned.at(-1)!.raw).toBe('Xem thêm văn bản số 501');
  });
});

describe('a name under the closing with no title over it', () => {
  it('is no second signer after the signer’s block: a web page’s "Tiếng Anh" is left unassigned', () => {
    const text = letter(`${SIGNED}\nVăn bản này chưa cập nhật nội dung Tiếng Anh\nTiếng Anh\n|\nLược đồ\n`);
    const { document, diagnostics } = parseText(text);
    expect(document.signatures).toEqual([
      { authority: [{ prefix: 'KT', of: 'BỘ TRƯỞNG' }], title: 'THỨ TRƯỞNG', name: 'Nguyễn Văn An' },
    ]);
    expect(diagnostics.some((d) => d.id === 'text/unassigned' && d.raw?.split('\n').includes('Tiếng Anh'))).toBe(true);
  });
});

describe('capitals and a name after the signer’s block, with no position over the name', () => {
  const ONE_SIGNER = [{ authority: [{ prefix: 'KT', of: 'BỘ TRƯỞNG' }], title: 'THỨ TRƯỞNG', name: 'Nguyễn Văn An' }];

  it('are no second signer: an appendix’s table ("DANH SÁCH XÃ …" / "STT" / "Xã Nguyễn Huệ")', () => {
    const text = letter(
      `${SIGNED}|\n**DANH SÁCH XÃ, PHƯỜNG MIỀN NÚI TRÊN ĐỊA BÀN TỈNH CAO BẰNG**\n|\n**STT**\n|\nXã Nguyễn Huệ\n|\n`,
    );
    const { document, diagnostics } = parseText(text);
    expect(document.signatures).toEqual(ONE_SIGNER);
    expect(diagnostics.some((d) => d.id === 'text/unassigned' && d.raw?.includes('Xã Nguyễn Huệ'))).toBe(true);
  });

  it('are no second signer: a web page’s English translation ("CIRCULAR …" / "DEPUTY MINISTER" / "Nguyen Van An")', () => {
    const text = letter(
      `${SIGNED}|\n**MINISTRY OF FINANCE OF VIETNAM**\n-------\n**CIRCULAR**\nFEES FOR LICENSING KARAOKE SERVICES\nThis Circular provides for fees. **PP. MINISTER**\nDEPUTY MINISTER\nNguyen Van An\n`,
    );
    expect(parseText(text).document.signatures).toEqual(ONE_SIGNER);
  });

  it('while a second signer with a position over the name is kept', () => {
    const text = letter(`${SIGNED}\nGIÁM ĐỐC SỞ Y TẾ\n\nTrần Thị Bình\n`);
    expect(parseText(text).document.signatures).toEqual([
      ...ONE_SIGNER,
      { authority: [], title: 'GIÁM ĐỐC SỞ Y TẾ', name: 'Trần Thị Bình' },
    ]);
  });
});

describe('the signer’s title wrapped under the authority line', () => {
  it.each([
    ['**KT. BỘ TRƯỞNG**\n**THỨ\nTRƯỞNG**\n**Nguyễn Văn An**', { prefix: 'KT', of: 'BỘ TRƯỞNG' }, 'THỨ TRƯỞNG'],
    ['KT. CHỦ TỊCH\nPHÓ\nCHỦ TỊCH\nNguyễn Văn An', { prefix: 'KT', of: 'CHỦ TỊCH' }, 'PHÓ CHỦ TỊCH'],
  ])('is the title, not the authority line going on: %j', (block, authority, title) => {
    const text = letter(`${block}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n`);
    expect(parseText(text).document.signatures).toEqual([{ authority: [authority], title, name: 'Nguyễn Văn An' }]);
  });

  it('while a short last word of the authority line still goes on it ("TM. ỦY BAN NHÂN" / "DÂN")', () => {
    const text = letter('TM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n\nNơi nhận:\n- Lưu: VT.\n');
    expect(parseText(text).document.signatures![0]!.authority).toEqual([
      { prefix: 'TM', of: 'ỦY BAN NHÂN DÂN' },
      { prefix: 'KT', of: 'CHỦ TỊCH' },
    ]);
  });
});

describe('a military rank before the signer’s name (Bộ Quốc phòng, bulk pages of 2025)', () => {
  it.each([
    ['Thượng tướng Võ Minh Lương', 'Võ Minh Lương'],
    ['**Đại\ntướng Nguyễn Tân Cương**', 'Nguyễn Tân Cương'],
    ['Thiếu tá Lò Văn Páo', 'Lò Văn Páo'],
  ])('reads the name under %j, the rank apart, and no finding of learned titles', (printedName, name) => {
    const text = letter(`**KT. BỘ TRƯỞNG**\nTHỨ TRƯỞNG\n${printedName}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n`);
    const read = parseText(text);
    expect(read.document.signatures).toEqual([
      { authority: [{ prefix: 'KT', of: 'BỘ TRƯỞNG' }], title: 'THỨ TRƯỞNG', name },
    ]);
    expect(validate(read).diagnostics.filter((d) => d.id === 'nd30/pl1/hoc-ham-hoc-vi')).toEqual([]);
    // The rank has no place in the model: said, not lost.
    expect(read.diagnostics.filter((d) => d.id === 'text/military-rank').map((d) => d.message.en)).toEqual([
      expect.stringContaining(`"${printedName.replace(/\*\*/gu, '').split(/\s+/u).slice(0, 2).join(' ')}"`),
    ]);
  });
});

describe('the signer’s title glued to the authority line by the copy', () => {
  it('is cut off it: "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘICHỦ TỊCH" / "Trần Thanh Mẫn"', () => {
    const text = letter('TM. ỦY BAN THƯỜNG VỤ QUỐC HỘICHỦ TỊCH\nTrần Thanh Mẫn\n\nNơi nhận:\n- Lưu: HC, PLTP.\n');
    expect(parseText(text).document.signatures).toEqual([
      { authority: [{ prefix: 'TM', of: 'ỦY BAN THƯỜNG VỤ QUỐC HỘI' }], title: 'CHỦ TỊCH', name: 'Trần Thanh Mẫn' },
    ]);
  });
});

describe('signature blocks as web pages of the 2000s print them', () => {
  const closing = (block: string) => letter(`${block}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.\n`);

  it.each([
    // The title glued to the name by a copy that lost the break.
    [
      'KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆMTrần Quốc Toản',
      'BỘ TRƯỞNG, CHỦ NHIỆM',
      'PHÓ CHỦ NHIỆM',
      'Trần Quốc Toản',
    ],
    // "KT" without its period, the title on the same line.
    ['KT THỦ TƯỚNG PHÓ THỦ TƯỚNG\n(Đã ký)\nNguyễn Sinh Hùng', 'THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'Nguyễn Sinh Hùng'],
    // The title in normal case a blank line under the authority line.
    ['KT. THỦ TƯỚNG\n\nPhó Thủ tướng\n\n(Đã ký)\n\nHoàng Trung Hải', 'THỦ TƯỚNG', 'Phó Thủ tướng', 'Hoàng Trung Hải'],
  ])('reads %j', (block, of, title, name) => {
    const [signature] = parseText(closing(block)).document.signatures;
    expect(signature).toMatchObject({ authority: [{ prefix: 'KT', of }], title, name });
  });

  it('does not run the authority line into the appendix heading under a signature the copy lost', () => {
    const text = letter(
      '| KT. THỦ TƯỚNG |\nDANH SÁCH\nĐƯỢC TẶNG THƯỞNG CỜ THI ĐUA CỦA CHÍNH PHỦ\n(Ban hành kèm theo Quyết định số 337/QĐ-TTg)\n1. Trường Đại học Kinh tế quốc dân;\n',
    );
    const missing = parseText(text).diagnostics.find((d) => d.id === 'text/signature-name-missing');
    expect(missing?.message.en).toBe('The signer\'s name of the signature block "KT. THỦ TƯỚNG" was not found');
  });
});

describe('a Nơi nhận label in a table row that closes on its line, the entries lost by the copy', () => {
  it('takes no line of the web page under it for an entry: "Nơi nhận: | KT. TỔNG CỤC TRƯỞNG |" / "Ý kiến bạn đọc"', () => {
    const text = letter(
      'Tổng cục Hải quan thông báo để các đơn vị thực hiện./.\nNơi nhận: | KT. TỔNG CỤC TRƯỞNG |\nÝ kiến bạn đọc\nNhấp vào nút tại mỗi ô tìm kiếm.\nĐể tăng độ chính xác bạn hãy nói không quá nhanh, rõ ràng.\n',
    );
    const read = parseText(text);
    expect(read.document.distribution).toEqual([]);
    expect(validate(read).diagnostics.filter((d) => d.id === 'nd30/pl1/noi-nhan')).toEqual([]);
  });
});

describe('a Lưu line with its holders in brackets', () => {
  it('is the Lưu line, not a Nơi nhận entry: "- Lưu (VP ; KT&KĐCL)."', () => {
    const text = letter('GIÁM ĐỐC\n\nNguyễn Văn An\n\nNơi nhận:\n- Như trên;\n- Lưu (VP ; KT&KĐCL).\n');
    expect(parseText(text).document).toMatchObject({ distribution: ['Như trên'], archive: ['VP', 'KT&KĐCL'] });
  });
});
