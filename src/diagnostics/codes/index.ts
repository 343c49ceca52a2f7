import type { CodeMeta } from '../catalog.js';
import { DOCX_CODES } from './docx.js';
import { EDXML_CODES } from './edxml.js';
import { MODEL_CODES } from './model.js';
import { PDF_CODES } from './pdf.js';
import { TEXT_CODES } from './text.js';
import { XML_CODES } from './xml.js';

/** Every declared code that is not a validator rule, by id. */
export const DIAGNOSTIC_CODES = {
  ...TEXT_CODES,
  ...DOCX_CODES,
  ...PDF_CODES,
  ...XML_CODES,
  ...EDXML_CODES,
  ...MODEL_CODES,
} as const satisfies Readonly<Record<string, CodeMeta>>;

/** A declared reader, model or exchange code, e.g. `docx/tracked-changes`. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** The sources of declared codes, in the order their pages are listed. */
export const CODE_SOURCES = ['text', 'docx', 'pdf', 'xml', 'edxml', 'model'] as const;
