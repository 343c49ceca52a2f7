/**
 * `vanban render`: any input (told by content) to any output format.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { VanbanDocument } from '../../model/index.js';
import { toDocx } from '../../writers/docx/index.js';
import { toPdf } from '../../writers/pdf/index.js';
import { toEdxml } from '../../writers/edxml/index.js';
import { toText } from '../../writers/text/index.js';
import { toXml } from '../../writers/xml/index.js';
import type { CommandLine } from '../args.js';
import { chooseFonts, FontNotFoundError } from '../fonts.js';
import { readDocument } from '../input.js';

/** What the command line adds to the document: the edXML envelope (a text letter carries no mã định danh), the PDF's fonts. */
interface RenderSettings {
  readonly from?: string;
  readonly receivers: readonly string[];
  readonly fonts?: string;
  readonly fontDir?: string;
  /** Where to say which fonts a PDF got. */
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

type Renderer = (document: VanbanDocument, settings: RenderSettings) => string | Uint8Array | Promise<Uint8Array>;

/** The PDF, in the fonts given or found; says on stderr when they are not Times New Roman, the Decree's font. */
function renderPdf(document: VanbanDocument, settings: RenderSettings): Promise<Uint8Array> {
  const chosen = chooseFonts(settings);
  if (chosen.family === 'Liberation Serif')
    settings.note(
      `note: Times New Roman not found; the PDF is set in Liberation Serif 2 (${chosen.from}), its metric twin: the layout is the same, the font named in the file is not the Decree's\n`,
    );
  return toPdf(document, { fonts: chosen.fonts });
}

/** Writers by `--to` target. */
const RENDERERS: Record<string, Renderer> = {
  docx: (document) => toDocx(document),
  pdf: renderPdf,
  edxml: (document, settings) => toEdxml(withReceivers(document, settings.receivers), { from: settings.from }),
  xml: (document) => toXml(document),
  text: (document) => toText(document),
  json: (document) => `${JSON.stringify(document, null, 2)}\n`,
};

/** Runs `vanban render`: one input to one output, on stdout or into `-o`. */
export async function renderCommand(
  line: CommandLine,
  write: (chunk: string | Uint8Array) => void,
  warn: (chunk: string) => void,
  usage: string,
): Promise<number> {
  const renderer = line.to === undefined ? undefined : RENDERERS[line.to];
  if (line.inputs.length !== 1 || renderer === undefined) {
    warn(`${usage}\n`);
    return 2;
  }
  const file = line.inputs[0]!;
  let rendered;
  try {
    rendered = await renderer(await readDocument(readFileSync(file)), {
      from: line.from,
      receivers: line.receivers,
      ...(line.fonts !== undefined && { fonts: line.fonts }),
      ...(line.fontDir !== undefined && { fontDir: line.fontDir }),
      note: warn,
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
