/**
 * The fonts `vanban render --to pdf` embeds: the four files given (`--fonts`), the four found in a
 * folder (`--font-dir`), or, by default, Times New Roman (the Decree's font, PL I, I.I) or its metric
 * twin Liberation Serif 2 found in the usual font folders of Linux, macOS and Windows. A font without
 * the Vietnamese letters (Liberation Serif 1.07 has none of them) is passed over, and when none is
 * found the error says where it looked and what to install.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { VanbanError } from '../errors.js';
import type { PdfFonts } from '../writers/pdf/index.js';

const FACES = ['regular', 'bold', 'italic', 'boldItalic'] as const;
type Face = (typeof FACES)[number];

/** The file names of a family's faces, lower case, as their installers name them. */
interface Family {
  readonly name: string;
  readonly files: Readonly<Record<Face, readonly string[]>>;
}

// Times New Roman first: it is the Decree's font. Windows and msttcorefonts, then macOS names.
const FAMILIES: readonly Family[] = [
  {
    name: 'Times New Roman',
    files: {
      regular: ['times.ttf', 'times_new_roman.ttf', 'times new roman.ttf'],
      bold: ['timesbd.ttf', 'times_new_roman_bold.ttf', 'times new roman bold.ttf'],
      italic: ['timesi.ttf', 'times_new_roman_italic.ttf', 'times new roman italic.ttf'],
      boldItalic: ['timesbi.ttf', 'times_new_roman_bold_italic.ttf', 'times new roman bold italic.ttf'],
    },
  },
  {
    name: 'Liberation Serif',
    files: {
      regular: ['liberationserif-regular.ttf'],
      bold: ['liberationserif-bold.ttf'],
      italic: ['liberationserif-italic.ttf'],
      boldItalic: ['liberationserif-bolditalic.ttf'],
    },
  },
];

/** Thrown when no usable font is given or found: the message says where it looked and what to do. */
export class FontNotFoundError extends VanbanError {
  constructor(message: string) {
    super('cli/font-not-found', message);
  }
}

/** The usual font folders of this system; `VANBAN_FONT_PATH` (folders split by the path delimiter) replaces them. */
export function systemFontFolders(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.VANBAN_FONT_PATH !== undefined) return env.VANBAN_FONT_PATH.split(process.platform === 'win32' ? ';' : ':');
  const home = homedir();
  return [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    join(home, '.local/share/fonts'),
    join(home, '.fonts'),
    '/Library/Fonts',
    '/System/Library/Fonts',
    join(home, 'Library/Fonts'),
    join(env.WINDIR ?? 'C:\\Windows', 'Fonts'),
    ...(env.LOCALAPPDATA ? [join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts')] : []),
  ];
}

// Font folders nest (Debian: /usr/share/fonts/truetype/<package>/): deep enough, never endless.
const MAX_DEPTH = 4;

/**
 * Every font file under `folder`, by lower-case name, each name with every path it has in search
 * order (Debian keeps Liberation 1.07, without Vietnamese, and 2 under the same names).
 */
function fontFiles(folder: string, found: Map<string, string[]>, depth = 0): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && depth < MAX_DEPTH) fontFiles(path, found, depth + 1);
    else if (/\.(ttf|otf)$/iu.test(entry.name)) {
      const name = entry.name.toLowerCase();
      found.set(name, [...(found.get(name) ?? []), path]);
    }
  }
}

// ệ and ữ: letters Times New Roman and Liberation Serif 2 have and Liberation Serif 1.07 lacks.
const VIETNAMESE_PROBES = [0x1ec7, 0x1eef];

/** Whether the font file has the Vietnamese letters (a font collection or an unreadable file has not). */
function hasVietnamese(bytes: Uint8Array): boolean {
  try {
    const font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return 'hasGlyphForCodePoint' in font && VIETNAMESE_PROBES.every((c) => font.hasGlyphForCodePoint(c));
  } catch {
    return false;
  }
}

/** The four faces of a family among `files`, each the first file of its names that has the Vietnamese letters. */
function familyIn(
  family: Family,
  files: ReadonlyMap<string, readonly string[]>,
): { fonts: PdfFonts; regular: string } | undefined {
  const fonts: Partial<Record<Face, Uint8Array>> = {};
  let regular = '';
  for (const face of FACES) {
    const found = family.files[face]
      .flatMap((name) => files.get(name) ?? [])
      .map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }))
      .find(({ bytes }) => hasVietnamese(bytes));
    if (!found) return undefined;
    fonts[face] = found.bytes;
    if (face === 'regular') regular = found.path;
  }
  return { fonts: fonts as PdfFonts, regular };
}

const INSTALL =
  'install Times New Roman, or Liberation Serif 2 (Debian and Ubuntu: apt install fonts-liberation2), or give the four files with --fonts regular.ttf,bold.ttf,italic.ttf,bolditalic.ttf or a folder with --font-dir';

/** The fonts of `--fonts` (four paths, comma-separated, in face order). */
function givenFonts(list: string): PdfFonts {
  const paths = list.split(',').map((p) => p.trim());
  if (paths.length !== 4 || paths.some((p) => p === ''))
    throw new FontNotFoundError(
      `--fonts takes four font files separated by commas (regular,bold,italic,boldItalic), not "${list}"`,
    );
  const fonts: Partial<Record<Face, Uint8Array>> = {};
  FACES.forEach((face, i) => {
    const path = paths[i]!;
    if (!existsSync(path) || !statSync(path).isFile())
      throw new FontNotFoundError(`--fonts: the ${face} font ${path} does not exist`);
    fonts[face] = new Uint8Array(readFileSync(path));
  });
  return fonts as PdfFonts;
}

/** Which fonts were chosen, and from where, for the command to say. */
export interface ChosenFonts {
  readonly fonts: PdfFonts;
  /** The family, or "the fonts given". */
  readonly family: string;
  /** Where they were found. */
  readonly from: string;
}

/**
 * The fonts to embed: `--fonts` as given, else Times New Roman or Liberation Serif 2 in
 * `--font-dir`, else in the system's font folders.
 *
 * @throws FontNotFoundError saying where it looked and what to install when none is usable.
 */
export function chooseFonts(options: { fonts?: string; fontDir?: string }, folders = systemFontFolders()): ChosenFonts {
  if (options.fonts !== undefined)
    return { fonts: givenFonts(options.fonts), family: 'the fonts given', from: options.fonts };
  const searched = options.fontDir !== undefined ? [options.fontDir] : folders;
  if (options.fontDir !== undefined && !existsSync(options.fontDir))
    throw new FontNotFoundError(`--font-dir: the folder ${options.fontDir} does not exist`);
  const files = new Map<string, string[]>();
  for (const folder of searched) fontFiles(folder, files);
  for (const family of FAMILIES) {
    const found = familyIn(family, files);
    if (found) return { fonts: found.fonts, family: family.name, from: found.regular };
  }
  throw new FontNotFoundError(
    `no font with the Vietnamese letters for the PDF: neither Times New Roman nor Liberation Serif 2 (all four faces) in ${searched.join(', ')}; ${INSTALL}`,
  );
}
