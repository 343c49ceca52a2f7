/**
 * Builds small PDFs and signs them the way signing tools do: each signature is an incremental update
 * adding a signature dictionary (with a `/ByteRange` placeholder and a zero-filled `/Contents`), its
 * field-widget, and new versions of the catalog (`/AcroForm`) and the page (`/Annots`).
 */

import type { CmsOptions } from './pki.js';
import { signDetached } from './pki.js';

/** Bytes of the CMS placeholder: room for an RSA-2048 signature with three certificates. */
const CONTENTS_BYTES = 8192;

/** A signature to add. */
export interface SignatureSpec extends CmsOptions {
  readonly fieldName: string;
  /** 0-based page of the widget. */
  readonly page?: number;
  /** Widget rectangle `[x1 y1 x2 y2]` in points; zero-size (invisible) by default. */
  readonly rect?: readonly [number, number, number, number];
  readonly subFilter?: string;
  /** `/M` as written, e.g. `D:20250301090000+07'00'`. */
  readonly m?: string;
  readonly reason?: string;
  readonly location?: string;
  readonly name?: string;
}

/** A PDF under construction: the bytes so far and the objects later updates rewrite. */
export class TestPdf {
  private bytes: Uint8Array;
  private lastXref: number;
  private nextNum: number;
  private readonly pageNums: number[];
  private readonly fieldNums: number[] = [];
  private readonly annotsByPage = new Map<number, number[]>();

  private constructor(bytes: Uint8Array, lastXref: number, nextNum: number, pageNums: number[]) {
    this.bytes = bytes;
    this.lastXref = lastXref;
    this.nextNum = nextNum;
    this.pageNums = pageNums;
  }

  /** A document of `pages` A4 pages with one line of text each. */
  static create(pages = 1, text = 'UY BAN NHAN DAN TINH THU NGHIEM - Cong van so 12/UBND-VP'): TestPdf {
    const objects: string[] = [];
    const pageNums = Array.from({ length: pages }, (_, i) => 4 + i * 2);
    objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
    objects[2] = `<< /Type /Pages /Kids [${pageNums.map((n) => `${n} 0 R`).join(' ')}] /Count ${pages} >>`;
    objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
    pageNums.forEach((n, i) => {
      const stream = `BT /F1 12 Tf 72 770 Td (${text} - trang ${i + 1}) Tj ET`;
      objects[n] =
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${n + 1} 0 R ` +
        '/Resources << /Font << /F1 3 0 R >> >> >>';
      objects[n + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
    });
    let out = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
    const offsets: number[] = [];
    for (let n = 1; n < objects.length; n++) {
      offsets[n] = out.length;
      out += `${n} 0 obj\n${objects[n]}\nendobj\n`;
    }
    const xref = out.length;
    out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
    for (let n = 1; n < objects.length; n++) out += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
    out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return new TestPdf(latin1Bytes(out), xref, objects.length, pageNums);
  }

  /** The bytes so far. */
  get data(): Uint8Array {
    return this.bytes;
  }

  /** Appends an incremental update replacing or adding `objects` (number → body). */
  appendUpdate(objects: ReadonlyMap<number, string>): void {
    const head = this.bytes.length;
    let out = '';
    const offsets = new Map<number, number>();
    for (const [num, body] of objects) {
      offsets.set(num, head + out.length);
      out += `${num} 0 obj\n${body}\nendobj\n`;
      this.nextNum = Math.max(this.nextNum, num + 1);
    }
    const xref = head + out.length;
    out += 'xref\n0 1\n0000000000 65535 f \n';
    for (const [num, offset] of [...offsets].sort((a, b) => a[0] - b[0])) {
      out += `${num} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
    }
    out += `trailer\n<< /Size ${this.nextNum} /Root 1 0 R /Prev ${this.lastXref} >>\nstartxref\n${xref}\n%%EOF\n`;
    this.lastXref = xref;
    this.bytes = concat(this.bytes, latin1Bytes(out));
  }

  /** Adds an `/Info` dictionary in a new revision: an unsigned change after the signatures. */
  appendInfo(title: string): void {
    const num = this.nextNum;
    this.appendUpdate(new Map([[num, `<< /Title (${title}) /Producer (test) >>`]]));
  }

  /** Signs the current bytes in a new revision covering the whole file. */
  async sign(spec: SignatureSpec): Promise<void> {
    const sigNum = this.nextNum;
    const fieldNum = sigNum + 1;
    const apNum = sigNum + 2;
    const page = spec.page ?? 0;
    const pageNum = this.pageNums[page]!;
    const rect = spec.rect ?? [0, 0, 0, 0];
    this.fieldNums.push(fieldNum);
    const annots = [...(this.annotsByPage.get(page) ?? []), fieldNum];
    this.annotsByPage.set(page, annots);
    const placeholder = '0'.repeat(CONTENTS_BYTES * 2);
    const text = (key: string, value: string | undefined) => (value === undefined ? '' : ` /${key} ${pdfText(value)}`);
    const sigDict =
      `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /${spec.subFilter ?? 'adbe.pkcs7.detached'}` +
      ` /ByteRange [0 ********** ********** **********] /Contents <${placeholder}>` +
      `${text('M', spec.m)}${text('Reason', spec.reason)}${text('Location', spec.location)}${text('Name', spec.name)} >>`;
    const width = rect[2] - rect[0];
    const height = rect[3] - rect[1];
    const visible = width > 0 && height > 0;
    const objects = new Map<number, string>();
    objects.set(sigNum, sigDict);
    objects.set(
      fieldNum,
      `<< /FT /Sig /T ${pdfText(spec.fieldName)} /V ${sigNum} 0 R /Type /Annot /Subtype /Widget /F 132` +
        ` /Rect [${rect.join(' ')}] /P ${pageNum} 0 R${visible ? ` /AP << /N ${apNum} 0 R >>` : ''} >>`,
    );
    if (visible) {
      const stream = `0 0 1 RG 2 w 1 1 ${width - 2} ${height - 2} re S BT /F1 9 Tf 6 ${height / 2} Td (Ky boi: ${spec.fieldName}) Tj ET`;
      objects.set(
        apNum,
        `<< /Type /XObject /Subtype /Form /BBox [0 0 ${width} ${height}] /Resources << /Font << /F1 3 0 R >> >>` +
          ` /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
      );
    }
    objects.set(
      1,
      `<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [${this.fieldNums.map((n) => `${n} 0 R`).join(' ')}] /SigFlags 3 >> >>`,
    );
    objects.set(
      pageNum,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${pageNum + 1} 0 R` +
        ` /Resources << /Font << /F1 3 0 R >> >> /Annots [${annots.map((n) => `${n} 0 R`).join(' ')}] >>`,
    );
    const start = this.bytes.length;
    this.appendUpdate(objects);
    this.nextNum = Math.max(this.nextNum, apNum + 1);

    // Fill in the byte range, then sign what it covers.
    const text8 = latin1String(this.bytes.subarray(start));
    const contentsAt = start + text8.indexOf(`/Contents <${placeholder}`) + '/Contents '.length;
    const contentsEnd = contentsAt + placeholder.length + 2;
    const byteRange = [0, contentsAt, contentsEnd, this.bytes.length - contentsEnd];
    const rangeAt = start + text8.indexOf('/ByteRange [') + '/ByteRange ['.length;
    const rangeText = byteRange.join(' ').padEnd('0 ********** ********** **********'.length, ' ');
    this.bytes.set(latin1Bytes(rangeText), rangeAt);
    const covered = concat(this.bytes.subarray(0, contentsAt), this.bytes.subarray(contentsEnd));
    const cms = await signDetached(covered, spec);
    if (cms.length > CONTENTS_BYTES) throw new Error('CMS larger than the placeholder');
    let hex = '';
    for (const b of cms) hex += b.toString(16).padStart(2, '0');
    this.bytes.set(latin1Bytes(hex), contentsAt + 1);
  }
}

/** A PDF text string: literal when ASCII, else UTF-16BE hex with a byte order mark. */
export function pdfText(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, '\\$&')})`;
  let hex = 'FEFF';
  for (let i = 0; i < value.length; i++) hex += value.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

function latin1String(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
