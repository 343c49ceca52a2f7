// Turn a DOCX into an edXML package for the interconnection axis, with the original DOCX attached.
//
//   npm run build && node examples/docx-to-edxml.mjs [letter.docx] [out.edxml]
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDocx, parseEdxml, toEdxml } from '../dist/index.js';

const file = process.argv[2] ?? new URL('./data/cong-van-vpcp.docx', import.meta.url).pathname;
const out = process.argv[3] ?? basename(file).replace(/\.docx$/i, '') + '.edxml';

const bytes = readFileSync(file);
const { document } = await parseDocx(bytes);

// A DOCX carries no mã định danh: the sender's goes in `from`, the receivers' in exchange.to.
// These codes are examples: use the ones of QĐ 20/2020/QĐ-TTg for your agencies.
const xml = toEdxml(
  {
    ...document,
    exchange: { responseFor: [], ...document.exchange, to: [{ code: '000.00.00.G22', name: 'Sở Y tế' }] },
  },
  {
    from: '000.00.00.H49',
    attachments: [
      {
        name: basename(file),
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        data: bytes,
      },
    ],
  },
);
writeFileSync(out, xml);

// What the receiver sees: the header fields, and the DOCX byte for byte.
const received = parseEdxml(readFileSync(out));
const [attachment] = received.attachments;
console.log(
  `wrote ${out}: Số ${received.document.number}/${received.document.notation}, from ${received.header.from?.code}`,
);
console.log(
  `attachment ${attachment.name} (${attachment.mediaType}), ${attachment.data.length} bytes, identical: ${Buffer.compare(attachment.data, bytes) === 0}`,
);
