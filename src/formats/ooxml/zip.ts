import { Inflate, inflateSync } from 'fflate';
import { DocxError, LimitExceededError } from '../../errors.js';

/**
 * A bounded zip reader for DOCX packages. It reads the central directory first and refuses, before
 * inflating anything, packages whose declared sizes break the limits; then it inflates only the
 * entries asked for, in small pieces, and stops as soon as the running output passes the entry's
 * declared size or the total budget. A zip bomb that lies about its sizes therefore costs at most
 * one piece of output beyond the limit, never the whole expansion.
 *
 * @module
 */

/** Limits of the DOCX reader's unzip step; every one has a safe default. */
export interface ZipLimits {
  /** Most entries in the package. Default 10,000. */
  readonly maxEntries?: number;
  /** Largest total uncompressed size, declared or inflated, in bytes. Default 256 MiB. */
  readonly maxUncompressedBytes?: number;
  /** Largest expansion ratio (uncompressed / compressed) of an entry over 1 MiB. Default 1,000. */
  readonly maxExpansionRatio?: number;
}

/** One entry of the central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
}

/** The default limits (see {@link ZipLimits}). */
export const DEFAULT_ZIP_LIMITS: Required<ZipLimits> = {
  maxEntries: 10_000,
  maxUncompressedBytes: 256 * 1024 * 1024,
  maxExpansionRatio: 1000,
};

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
// Output of one inflate step is bounded by ~1032 × its input: 16 KiB in gives at most ~16 MiB out.
const INFLATE_STEP = 16 * 1024;
// Small entries (styles, rels) compress very well without being bombs: the ratio limit starts at 1 MiB.
const RATIO_FLOOR = 1024 * 1024;

/** An opened package: its entries by name, and a bounded `read`. */
export class ZipPackage {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  private inflated = 0;
  private readonly limits: Required<ZipLimits>;

  constructor(
    private readonly bytes: Uint8Array,
    limits: ZipLimits = {},
  ) {
    this.limits = { ...DEFAULT_ZIP_LIMITS, ...limits };
    this.entries = readCentralDirectory(bytes, this.limits);
  }

  /** True when the package has an entry of that name (case-sensitive, no leading slash). */
  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes, or undefined when there is none. @throws DocxError, LimitExceededError */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const data = this.compressedData(entry);
    if (entry.method === 0) {
      this.charge(data.length);
      return data;
    }
    if (entry.method !== 8)
      throw new DocxError('docx/unsupported-compression', `Entry ${name} uses compression method ${entry.method}`);
    return this.inflate(entry, data);
  }

  /** The entry decoded as UTF-8 (or UTF-16 with a byte-order mark), or undefined. */
  readText(name: string): string | undefined {
    const data = this.read(name);
    return data === undefined ? undefined : decodeXmlBytes(data);
  }

  private inflateSmall(entry: ZipEntry, data: Uint8Array): Uint8Array {
    this.charge(entry.uncompressedSize);
    let out: Uint8Array;
    try {
      out = inflateSync(data, { out: new Uint8Array(entry.uncompressedSize + 1) });
    } catch (err) {
      throw new DocxError('docx/corrupt-zip', `Entry ${entry.name} does not inflate: ${(err as Error).message}`, {
        cause: err,
      });
    }
    if (out.length !== entry.uncompressedSize)
      throw new DocxError(
        'docx/corrupt-zip',
        `Entry ${entry.name} inflated to ${out.length > entry.uncompressedSize ? 'beyond' : out.length} bytes, ${entry.uncompressedSize} declared`,
      );
    return out;
  }

  private compressedData(entry: ZipEntry): Uint8Array {
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || u32(this.bytes, at) !== LOCAL_SIGNATURE)
      throw new DocxError('docx/corrupt-zip', `Local header of ${entry.name} is missing or damaged`);
    const start = at + 30 + u16(this.bytes, at + 26) + u16(this.bytes, at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length)
      throw new DocxError('docx/truncated', `Entry ${entry.name} runs past the end of the file`);
    return this.bytes.subarray(start, end);
  }

  private charge(size: number): void {
    this.inflated += size;
    const max = this.limits.maxUncompressedBytes;
    if (this.inflated > max)
      throw new LimitExceededError('maxUncompressedBytes', this.inflated, max, 'Inflated DOCX size');
  }

  private inflate(entry: ZipEntry, data: Uint8Array): Uint8Array {
    if (data.length <= ONE_CALL_MAX) return this.inflateSmall(entry, data);
    const chunks: Uint8Array[] = [];
    let produced = 0;
    let done = false;
    const inflater = new Inflate((chunk, final) => {
      produced += chunk.length;
      // The declared size is a promise: a stream that keeps going past it is refused, not trusted.
      if (produced > entry.uncompressedSize)
        throw new DocxError(
          'docx/corrupt-zip',
          `Entry ${entry.name} inflates beyond its declared size ${entry.uncompressedSize}`,
        );
      this.charge(chunk.length);
      chunks.push(chunk);
      if (final) done = true;
    });
    try {
      for (let at = 0; at < data.length; at += INFLATE_STEP) {
        const end = Math.min(at + INFLATE_STEP, data.length);
        inflater.push(data.subarray(at, end), end === data.length);
      }
      if (data.length === 0) inflater.push(data, true);
    } catch (err) {
      if (err instanceof DocxError || err instanceof LimitExceededError) throw err;
      throw new DocxError('docx/corrupt-zip', `Entry ${entry.name} does not inflate: ${(err as Error).message}`, {
        cause: err,
      });
    }
    if (!done || produced !== entry.uncompressedSize)
      throw new DocxError(
        'docx/corrupt-zip',
        `Entry ${entry.name} inflated to ${produced} bytes, ${entry.uncompressedSize} declared`,
      );
    if (chunks.length === 1) return chunks[0]!;
    const out = new Uint8Array(produced);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/**
 * Entries this small (compressed) inflate in one call into a buffer of their declared size plus
 * one byte: memory stays bounded by the declared size (already checked against the limits), a
 * stream that goes on is caught by that extra byte, and its decoding work by the 64 KiB input
 * (at most ~66 MB of output to walk past, tens of milliseconds). The streaming inflater costs
 * about a third more than one call; real documents' main parts compress to under 64 KiB.
 */
const ONE_CALL_MAX = 64 * 1024;

function readCentralDirectory(bytes: Uint8Array, limits: Required<ZipLimits>): Map<string, ZipEntry> {
  if (bytes.length >= 8 && u32(bytes, 0) === 0xe011cfd0)
    throw new DocxError(
      'docx/not-ooxml',
      'This is an OLE compound file (a binary .doc, or an encrypted DOCX), not a DOCX package',
    );
  if (bytes.length < 22 || u32(bytes, 0) !== LOCAL_SIGNATURE)
    throw new DocxError('docx/not-zip', 'The input is not a zip package');
  let eocd = -1;
  // The end record sits in the last 22 bytes plus a comment of at most 65,535 bytes.
  for (let at = bytes.length - 22, stop = Math.max(0, bytes.length - 22 - 65535); at >= stop; at--) {
    if (u32(bytes, at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new DocxError('docx/truncated', 'The zip package has no end record: it is truncated or corrupt');
  const count = u16(bytes, eocd + 10);
  const directoryOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff)
    throw new DocxError('docx/zip64-unsupported', 'ZIP64 packages are not read (no real DOCX needs one)');
  if (count > limits.maxEntries)
    throw new LimitExceededError('maxEntries', count, limits.maxEntries, 'DOCX entry count');

  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder('utf-8');
  let declaredTotal = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_SIGNATURE)
      throw new DocxError('docx/corrupt-zip', 'The zip central directory is damaged');
    const nameLength = u16(bytes, at + 28);
    if (at + 46 + nameLength > bytes.length)
      throw new DocxError('docx/truncated', 'The zip central directory is truncated');
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      encrypted: (u16(bytes, at + 8) & 1) === 1,
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
    };
    if (entry.encrypted) throw new DocxError('docx/encrypted', `Entry ${entry.name} is encrypted`);
    declaredTotal += entry.uncompressedSize;
    if (declaredTotal > limits.maxUncompressedBytes)
      throw new LimitExceededError(
        'maxUncompressedBytes',
        declaredTotal,
        limits.maxUncompressedBytes,
        'Declared DOCX size',
      );
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_FLOOR && ratio > limits.maxExpansionRatio)
      throw new LimitExceededError(
        'maxExpansionRatio',
        Math.round(ratio),
        limits.maxExpansionRatio,
        `Expansion ratio of ${entry.name}`,
      );
    entries.set(entry.name, entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** Decodes an XML part: UTF-8 by default, UTF-16 when it starts with a byte-order mark. */
export function decodeXmlBytes(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  return new TextDecoder('utf-8').decode(data);
}

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16) | ((b[at + 3] ?? 0) << 24)) >>> 0;
}
