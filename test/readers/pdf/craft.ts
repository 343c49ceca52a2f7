/**
 * Hand-made PDFs for the hostile tests: objects in order (1 0 obj, 2 0 obj, …), each a dictionary
 * or a dictionary with stream bytes, with a correct cross-reference table and trailer.
 */
import { Zlib } from 'fflate';

/** An object of the file: its text, or a stream dictionary (without /Length) and its data. */
export type PdfObject = string | { readonly dict: string; readonly stream: Uint8Array };

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** A PDF of `objects`; object 1 is the catalog. */
export function craftPdf(objects: readonly PdfObject[]): Uint8Array {
  const parts: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let size = parts[0]!.length;
  const offsets: number[] = [];
  const push = (p: Uint8Array) => {
    parts.push(p);
    size += p.length;
  };
  objects.forEach((o, k) => {
    offsets.push(size);
    if (typeof o === 'string') push(latin1(`${k + 1} 0 obj\n${o}\nendobj\n`));
    else {
      push(latin1(`${k + 1} 0 obj\n${o.dict.replace(/>>\s*$/u, `/Length ${o.stream.length} >>`)}\nstream\n`));
      push(o.stream);
      push(latin1('\nendstream\nendobj\n'));
    }
  });
  const xref = size;
  push(
    latin1(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
    ),
  );
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** `bytes` zeros deflated (zlib), made a megabyte at a time; `stages` times over. */
export function zeroBomb(bytes: number, stages = 1): Uint8Array {
  let data = deflateChunks((push) => {
    const zeros = new Uint8Array(1 << 20);
    for (let left = bytes; left > 0; left -= zeros.length)
      push(zeros.subarray(0, Math.min(zeros.length, left)), left <= zeros.length);
  });
  for (let k = 1; k < stages; k++) {
    const inner = data;
    data = deflateChunks((push) => push(inner, true));
  }
  return data;
}

function deflateChunks(feed: (push: (chunk: Uint8Array, final: boolean) => void) => void): Uint8Array {
  const out: Uint8Array[] = [];
  const zlib = new Zlib({ level: 9 }, (chunk) => out.push(chunk));
  feed((chunk, final) => zlib.push(chunk, final));
  const data = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) {
    data.set(c, at);
    at += c.length;
  }
  return data;
}
/** A one-page PDF whose page content is `content` (a stream object), with extra catalog entries. */
export function onePage(content: PdfObject, catalogExtra = '', extraObjects: readonly PdfObject[] = []): Uint8Array {
  return craftPdf([
    `<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >> >> >> >>',
    content,
    ...extraObjects,
  ]);
}
