/**
 * The sample documents of every kind with what a round trip must survive (issue 12, "round trip
 * clean"): both size sets, with and without an appendix and a table, and body paragraphs that open
 * like a căn cứ, a Điều or a numbered line (a tờ trình's "Căn cứ Kế hoạch số …" was once taken for a
 * căn cứ ban hành and "must be italic"). Used by the text, DOCX and PDF round trips.
 */
import fc from 'fast-check';
import type { Block } from '../../src/model/block.js';
import { createDocument } from '../../src/model/create.js';
import type { DocumentInput } from '../../src/model/document.js';
import { ND30_KIND_SLUGS } from '../../src/registry/kinds.js';
import { sampleDocument } from '../../src/rule-kit/samples.js';

const TRICKY: readonly Block[] = [
  { type: 'paragraph', text: 'Căn cứ Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2024, đơn vị báo cáo như sau.' },
  { type: 'paragraph', text: 'Điều 5 của Quy chế đã quy định rõ trách nhiệm của các đơn vị.' },
  { type: 'paragraph', text: '2024 là năm đầu tiên triển khai Đề án trên địa bàn tỉnh.' },
];

export interface Variant {
  readonly kind: (typeof ND30_KIND_SLUGS)[number];
  readonly sizeSet: '12/13' | '13/14';
  readonly appendix: boolean;
  readonly tricky: boolean;
  readonly table: boolean;
}

export const variants = fc.record({
  kind: fc.constantFrom(...ND30_KIND_SLUGS),
  sizeSet: fc.constantFrom('12/13' as const, '13/14' as const),
  appendix: fc.boolean(),
  tricky: fc.boolean(),
  table: fc.boolean(),
});

/** The sample of `v.kind` with what the variant adds before its closing paragraph. */
export function documentOf(v: Variant) {
  const base = sampleDocument(v.kind);
  const body = [...(base.body ?? [])];
  const closing = body.pop();
  // Bodies with Điều keep their structure: the extra paragraphs go into kinds of plain paragraphs.
  const plain = !body.some((b) => b.type === 'article' || b.type === 'heading');
  const added: Block[] = [
    ...(v.tricky && plain ? TRICKY : []),
    ...(v.table && plain
      ? [
          {
            type: 'table' as const,
            rows: [
              ['STT', 'Họ và tên', 'Chức vụ'],
              ['1', 'Nguyễn Văn An', 'Chuyên viên'],
            ],
            header: true,
          },
        ]
      : []),
    ...(v.appendix ? [{ type: 'paragraph' as const, text: 'Danh sách chi tiết tại Phụ lục I kèm theo.' }] : []),
  ];
  const input: DocumentInput = {
    ...base,
    body: [...body, ...added, ...(closing ? [closing] : [])],
    ...(v.appendix && {
      appendices: [
        {
          number: 'I',
          title: 'DANH SÁCH CÁN BỘ THAM GIA',
          reference: `Kèm theo văn bản số 05/${base.notation ?? 'UBND'} ngày 09 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh`,
          body: [
            {
              type: 'table',
              rows: [
                ['STT', 'Họ và tên'],
                ['1', 'Trần Thị Bình'],
              ],
              header: true,
            },
          ],
        },
      ],
    }),
  };
  return createDocument(input);
}
