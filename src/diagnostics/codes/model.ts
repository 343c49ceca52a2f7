import { defineCodes, t } from '../catalog.js';

/**
 * The model check's codes (`createDocument`): one per zod issue code, and the input hygiene's
 * (`src/model/normalize.ts`), one per kind of character it changes, which every structured reader
 * (XML, edXML) reports too.
 */
export const MODEL_CODES = defineCodes({
  'model/invalid-type': {
    severity: 'error',
    title: t('Sai kiểu dữ liệu', 'Wrong type'),
    description: t(
      'Giá trị không có kiểu mô hình yêu cầu, hoặc thiếu một trường bắt buộc.',
      'The value is not of the type the model requires, or a required field is missing.',
    ),
  },
  'model/invalid-value': {
    severity: 'error',
    title: t('Giá trị không hợp lệ', 'Invalid value'),
    description: t('Giá trị không thuộc các giá trị mô hình cho phép.', 'The value is not one the model allows.'),
  },
  'model/invalid-format': {
    severity: 'error',
    title: t('Sai định dạng', 'Wrong format'),
    description: t(
      'Chuỗi không có dạng yêu cầu (ngày YYYY-MM-DD, mã định danh…).',
      'The string is not in the required form (a YYYY-MM-DD date, a mã định danh…).',
    ),
  },
  'model/too-small': {
    severity: 'error',
    title: t('Quá nhỏ hoặc quá ngắn', 'Too small or too short'),
    description: t(
      'Số quá nhỏ, chuỗi hoặc danh sách quá ngắn (một trường không được rỗng).',
      'A number too small, a string or list too short (a field that must not be empty).',
    ),
  },
  'model/too-big': {
    severity: 'error',
    title: t('Quá lớn hoặc quá dài', 'Too big or too long'),
    description: t('Số quá lớn, chuỗi hoặc danh sách quá dài.', 'A number too big, a string or list too long.'),
  },
  'model/unknown-key': {
    severity: 'error',
    title: t('Trường không có trong mô hình', 'Not a field of the model'),
    description: t(
      'Khóa không phải là trường của mô hình (có thể viết sai tên).',
      'The key is not a field of the model (perhaps misspelt).',
    ),
  },
  'model/invalid-union': {
    severity: 'error',
    title: t('Không khớp dạng nào', 'Matches no allowed form'),
    description: t(
      'Giá trị không khớp dạng nào mô hình cho phép ở chỗ này.',
      'The value matches none of the forms the model allows here.',
    ),
  },
  'model/printed-prefix': {
    severity: 'warning',
    title: t('Giá trị có sẵn phần vanban tự in', 'A value holds what vanban prints itself'),
    description: t(
      'Giá trị có sẵn "V/v", gạch đầu dòng, dấu ";" hoặc "." cuối, "Lưu:", "KT.", "Điều 1."… mà trình ghi tự in: phần đó được bỏ khi tạo văn bản để không in hai lần ("V/v V/v …", "- - Như trên;;"), hoặc văn bản bị từ chối khi chọn printedPrefixes: "refuse".',
      'A value holds the "V/v", the dash, the final ";" or ".", the "Lưu:", "KT." or "Điều 1." that the writers print themselves: it is taken off on creation so that it is not printed twice ("V/v V/v …", "- - Như trên;;"), or the document is refused under printedPrefixes: "refuse".',
    ),
  },
  'model/custom': {
    severity: 'error',
    title: t('Không thỏa điều kiện của mô hình', 'Breaks a condition of the model'),
    description: t('Ví dụ: một ngày không có thật.', 'For example: a date that does not exist.'),
  },
  'model/line-break': {
    severity: 'info',
    title: t('Ngắt dòng trong một trường', 'A line break inside a field'),
    description: t(
      'Ngắt dòng (xuống dòng, U+000B của Word khi dán ngắt dòng thủ công, U+2028, U+2029) trong trường chỉ có một dòng được thay bằng dấu cách: chỗ Nghị định in một phần trên dòng riêng, mô hình có trường riêng; trong trường đó, ngắt dòng chỉ là chỗ trang xuống dòng. Tên cơ quan và cơ quan chủ quản, trích yếu, tên phụ lục và tên phần, chương, mục (in nhiều dòng, người soạn chọn chỗ ngắt) giữ ngắt dòng, thống nhất thành xuống dòng; phần ghi chú của siêu dữ liệu trao đổi (PL VI trường 11) giữ nhiều dòng.',
      'A line break (a line feed, the U+000B a pasted Word manual line break becomes, U+2028, U+2029) in a field of one line became a space: where the Decree puts a part on a line of its own the model has a field of its own, and inside such a field a line break is only where a page wrapped. The names of the issuer and its parent, the trích yếu, an appendix’s title and a heading’s title (printed on several lines, where the drafter may choose) keep their breaks, made plain line feeds; the notes of the exchange metadata (PL VI field 11) keep several lines.',
    ),
  },
  'model/control-character': {
    severity: 'warning',
    title: t('Ký tự điều khiển', 'A control character'),
    description: t(
      'Ký tự điều khiển C0 hoặc C1 (trừ ngắt dòng) đã bị bỏ: không định dạng nào (XML 1.0, DOCX, PDF) mang được và không ai viết chúng; tab được thay bằng dấu cách.',
      'A C0 or C1 control character (line breaks aside) was removed: no format (XML 1.0, DOCX, PDF) can carry it and nobody means it; a tab became a space.',
    ),
  },
  'model/zero-width': {
    severity: 'info',
    title: t('Ký tự vô hình', 'An invisible character'),
    description: t(
      'BOM, dấu cách độ rộng 0, nối từ, gạch nối mềm, ZWNJ, ZWJ (trừ trong chuỗi biểu tượng cảm xúc) và dấu định hướng chữ (LRM, RLM, nhúng, ghi đè, cô lập) đã bị bỏ: chúng không hiện ra nhưng làm hai chữ giống nhau thành khác nhau.',
      'A BOM, zero-width space, word joiner, soft hyphen, ZWNJ, ZWJ (except inside an emoji sequence) or direction mark (LRM, RLM, embeddings, overrides, isolates) was removed: they show nothing but make two equal words differ.',
    ),
  },
  'model/special-space': {
    severity: 'info',
    title: t('Dấu cách không ngắt hoặc đặc biệt', 'A no-break or special space'),
    description: t(
      'Dấu cách không ngắt (NBSP) và các dấu cách độ rộng cố định được thay bằng dấu cách thường: mô hình giữ chữ, không giữ cách dàn trang. Những gì bố cục của Nghị định giữ trên một dòng ("Số:" với số và ký hiệu, địa danh với ngày tháng) do trình ghi in từ các trường riêng, không nhờ dấu cách trong một trường.',
      'A no-break space (NBSP) or fixed-width space became an ordinary space: the model holds text, not layout. What the Decree’s layout keeps on one line ("Số:" with the number and ký hiệu, the place with the date) the writers print from separate fields, not from a space inside one.',
    ),
  },
  'model/invalid-character': {
    severity: 'warning',
    title: t('Ký tự không hợp lệ', 'An invalid character'),
    description: t(
      'Nửa cặp thay thế UTF-16 đứng một mình (không mã hóa nào ghi được) được thay bằng U+FFFD; U+FFFE và U+FFFF (XML không nhận) bị bỏ.',
      'A lone UTF-16 surrogate (which no encoding can write) became U+FFFD; U+FFFE and U+FFFF (which XML refuses) were removed.',
    ),
  },
});
