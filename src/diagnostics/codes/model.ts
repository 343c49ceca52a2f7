import { defineCodes, t } from '../catalog.js';

/** The model check's codes (`createDocument`): one per zod issue code. */
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
});
