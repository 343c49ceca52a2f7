/**
 * Editors: a file changed in place, every part the change does not touch left as it was. They read
 * with the format's reader (to know where the reader's text sits) and write through `formats/`.
 *
 * @module
 */
export { type DocxEditResult, type DocxTextEdit, editDocx } from './docx.js';
