/**
 * `vanban render`: any input (told by content) to any output format.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { VanbanDocument } from '../../model/index.js';
import { toDocx } from '../../writers/docx/index.js';
import { toEdxml } from '../../writers/edxml/index.js';
import { toText } from '../../writers/text/index.js';
import { toXml } from '../../writers/xml/index.js';
import type { CommandLine } from '../args.js';
import { readDocument } from '../input.js';

/** edXML envelope facts given on the command line (a text letter carries no mã định danh). */
interface Envelope {
  readonly from?: string;
  readonly receivers: readonly string[];
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

type Renderer = (document: VanbanDocument, envelope: Envelope) => string | Uint8Array | Promise<Uint8Array>;

/** Writers by `--to` target. */
const RENDERERS: Record<string, Renderer> = {
  docx: (document) => toDocx(document),
  edxml: (document, envelope) => toEdxml(withReceivers(document, envelope.receivers), { from: envelope.from }),
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
    rendered = await renderer(await readDocument(readFileSync(file)), { from: line.from, receivers: line.receivers });
  } catch (error) {
    warn(`${file}: unusable input: ${(error as Error).message}\n`);
    return 2;
  }
  if (line.output === undefined) write(rendered);
  else writeFileSync(line.output, rendered);
  return 0;
}
