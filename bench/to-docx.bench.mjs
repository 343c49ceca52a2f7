// DOCX writer throughput: toDocx on the seed letter and on a quyết định with two appendices,
// against the docx package's own Packer on the same content (the same Document, built the same
// way, packed without the deterministic rewrite).
import { readFileSync } from 'node:fs';
import { Packer } from 'docx';
import { createDocument, toDocx } from '../dist/index.js';
import { loadExport, opsPerSecondAsync, round } from './lib.mjs';

const seed = createDocument(
  JSON.parse(readFileSync(new URL('../examples/data/cong-van-1719.json', import.meta.url), 'utf8')),
);
const sentence =
  'Các cơ quan, đơn vị rà soát, cập nhật cơ sở dữ liệu chuyên ngành, bảo đảm kết nối, chia sẻ dữ liệu với hệ thống thông tin của tỉnh theo đúng quy định.';
const decision = createDocument({
  ...seed,
  kind: 'quyet-dinh',
  notation: 'QĐ-UBND',
  subject: 'Về việc ban hành Kế hoạch chuyển đổi số năm 2024',
  recipients: [],
  body: [
    { type: 'enactment', role: 'authority', text: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' },
    { type: 'basis', text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;' },
    { type: 'basis', text: 'Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.' },
    { type: 'enactment', role: 'enactment', text: 'QUYẾT ĐỊNH:' },
    ...Array.from({ length: 6 }, (_, i) => ({ type: 'article', number: String(i + 1), title: sentence })),
  ],
  distribution: ['Như Điều 6', 'Các sở, ban, ngành tỉnh'],
  appendices: ['I', 'II'].map((number) => ({
    number,
    title: 'DANH MỤC NHIỆM VỤ',
    body: Array.from({ length: 12 }, () => ({ type: 'paragraph', text: sentence })),
  })),
});

export default {
  title: 'DOCX writer (toDocx)',
  notes:
    'Documents per second on one core. "Packer" builds the same docx Document and packs it with Packer.pack, without the rewrite that makes the package byte-identical; the ratio is toDocx time over Packer time (target ≤ 1.3).',
  async run() {
    const buildMainDocx = await loadExport('buildMainDocx', 'src/writers/docx/document.ts');
    const rows = [];
    for (const [name, d] of [
      ['seed letter', seed],
      ['quyết định, 2 appendices', decision],
    ]) {
      const ours = await opsPerSecondAsync(() => toDocx(d), { ms: 2000 });
      const bare = await opsPerSecondAsync(() => Packer.pack(buildMainDocx(d).document, 'uint8array'), { ms: 2000 });
      rows.push({ name: `toDocx, ${name}`, value: round(ours), unit: 'documents/s', target: '≥ 200' });
      rows.push({ name: `docx Packer, ${name}`, value: round(bare), unit: 'documents/s' });
      rows.push({ name: `toDocx / Packer time, ${name}`, value: round(bare / ours), unit: '×', target: '≤ 1.3' });
    }
    return rows;
  },
};
