/**
 * `vanban render`: any input (told by content) to any output format; with `--rows`, one document a
 * row of a table (see `render-rows.ts`).
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { VanbanDocument } from '../../model/index.js';
import { type AgencyProfile, profileFromJson, profileLayout } from '../../model/profile.js';
import { toDocx } from '../../writers/docx/index.js';
import type { EdxmlAttachment } from '../../writers/edxml/index.js';
import { toPdf } from '../../writers/pdf/index.js';
import { toEdxml } from '../../writers/edxml/index.js';
import { toText } from '../../writers/text/index.js';
import { toXml } from '../../writers/xml/index.js';
import type { CommandLine } from '../args.js';
import { chooseFonts, FontNotFoundError } from '../fonts.js';
import { readDocument, sniffFormat } from '../input.js';
import { renderRows } from './render-rows.js';

/** What the command line adds to the document: the edXML envelope (a text letter carries no mã định danh), the PDF's fonts, the profile's size set. */
export interface RenderSettings {
  readonly from?: string;
  readonly receivers: readonly string[];
  readonly fonts?: string;
  readonly fontDir?: string;
  /** The agency profile's size set and body size, for DOCX and PDF. */
  readonly layout: ReturnType<typeof profileLayout>;
  /** `--attach`: the file an edXML package carries (the DOCX or PDF read, or the DOCX written). */
  readonly attach?: (document: VanbanDocument) => Promise<EdxmlAttachment>;
  /** Where to say which fonts a PDF got, and what an edXML package cannot carry. */
  readonly note: (chunk: string) => void;
}

/** Adds `--receiver CODE=Name` parties to `exchange.to` (edXML MessageHeader/To). */
function withReceivers(document: VanbanDocument, receivers: readonly string[]): VanbanDocument {
  if (receivers.length === 0) return document;
  const to = receivers.map((receiver) => {
    const [code = '', name = code] = receiver.split('=');
    return { code, name };
  });
  return { ...document, exchange: { responseFor: [], ...document.exchange, to } };
}

/** A writer for one `--to` target. */
export type Renderer = (document: VanbanDocument, settings: RenderSettings) => Promise<string | Uint8Array>;

/** The PDF, in the fonts given or found; says on stderr when they are not Times New Roman, the Decree's font. */
function renderPdf(document: VanbanDocument, settings: RenderSettings): Promise<Uint8Array> {
  const chosen = chooseFonts(settings);
  if (chosen.family === 'Liberation Serif')
    settings.note(
      `note: Times New Roman not found; the PDF is set in Liberation Serif 2 (${chosen.from}), its metric twin: the layout is the same, the font named in the file is not the Decree's\n`,
    );
  return toPdf(document, { fonts: chosen.fonts, ...settings.layout });
}

/** The edXML package; what it cannot carry (co-issuers, further signers) said on stderr. */
async function renderEdxml(document: VanbanDocument, settings: RenderSettings): Promise<string> {
  const attachments = settings.attach ? [await settings.attach(document)] : [];
  return toEdxml(withReceivers(document, settings.receivers), {
    from: settings.from,
    attachments,
    onWarning: (problem) => settings.note(`warning: ${problem.path}: ${problem.message.en}\n`),
  });
}

/** Writers by `--to` target; the extension of the files a batch writes. */
export const RENDERERS: Record<string, { readonly render: Renderer; readonly extension: string }> = {
  docx: { render: (document, settings) => toDocx(document, settings.layout), extension: 'docx' },
  pdf: { render: renderPdf, extension: 'pdf' },
  edxml: { render: renderEdxml, extension: 'edxml' },
  xml: { render: async (document) => toXml(document), extension: 'xml' },
  text: { render: async (document) => toText(document), extension: 'txt' },
  json: { render: async (document) => `${JSON.stringify(document, null, 2)}\n`, extension: 'json' },
};

const MEDIA_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/** The DOCX vanban writes from `document`, as an attachment named `name`.docx. */
export async function writtenDocxAttachment(document: VanbanDocument, name: string, settings: RenderSettings) {
  return { name: `${name}.docx`, mediaType: MEDIA_TYPES.docx, data: await toDocx(document, settings.layout) };
}

/** The settings every document of one `render` run is written with: envelope, fonts, the profile's layout. */
export function renderSettings(
  line: CommandLine,
  profile: AgencyProfile | undefined,
  warn: (chunk: string) => void,
): RenderSettings {
  return {
    from: line.from,
    receivers: line.receivers,
    ...(line.fonts !== undefined && { fonts: line.fonts }),
    ...(line.fontDir !== undefined && { fontDir: line.fontDir }),
    layout: profile === undefined ? {} : profileLayout(profile),
    note: warn,
  };
}

/** The agency profile of `--profile`, or undefined. */
export function readProfile(file: string | undefined): AgencyProfile | undefined {
  return file === undefined ? undefined : profileFromJson(readFileSync(file, 'utf8'));
}

/** Runs `vanban render`: one input to one output, on stdout or into `-o`. */
export async function renderCommand(
  line: CommandLine,
  write: (chunk: string | Uint8Array) => void,
  warn: (chunk: string) => void,
  usage: string,
): Promise<number> {
  const target = line.to === undefined ? undefined : RENDERERS[line.to];
  if (target === undefined) {
    warn(`${usage}\n`);
    return 2;
  }
  if (line.attach && line.to !== 'edxml') {
    warn(`vanban render: --attach is for --to edxml (a package carries files; ${line.to} does not)\n`);
    return 2;
  }
  let profile;
  try {
    profile = readProfile(line.profile);
  } catch (error) {
    warn(`${line.profile}: not an agency profile: ${(error as Error).message}\n`);
    return 2;
  }
  if (line.rows !== undefined) return renderRows(line, target, profile, warn, usage);
  if (line.inputs.length !== 1 || line.template !== undefined || line.name !== undefined) {
    warn(`${usage}\n`);
    return 2;
  }
  const file = line.inputs[0]!;
  let rendered;
  try {
    const bytes = readFileSync(file);
    const settings = renderSettings(line, profile, warn);
    rendered = await target.render(await readDocument(bytes, profile), {
      ...settings,
      ...(line.attach && { attach: (document) => sourceAttachment(file, bytes, document, settings) }),
    });
  } catch (error) {
    // A missing font is no fault of the input: said as it is.
    if (error instanceof FontNotFoundError) warn(`vanban render: ${error.message}\n`);
    else warn(`${file}: unusable input: ${(error as Error).message}\n`);
    return 2;
  }
  if (line.output === undefined) write(rendered);
  else writeFileSync(line.output, rendered);
  return 0;
}

/** The file the document was read from when it is a DOCX or a PDF, else the DOCX written from it. */
async function sourceAttachment(
  file: string,
  bytes: Uint8Array,
  document: VanbanDocument,
  settings: RenderSettings,
): Promise<EdxmlAttachment> {
  const format = sniffFormat(bytes);
  const name = basename(file);
  if (format === 'docx' || format === 'pdf') return { name, mediaType: MEDIA_TYPES[format], data: bytes };
  return writtenDocxAttachment(document, name.replace(/\.[^.]*$/u, '') || 'van-ban', settings);
}
