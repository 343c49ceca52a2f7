import { defineCodes, t } from '../catalog.js';

/**
 * The edXML codes (QCVN 102:2016/BTTTT; edxml.md): what the reader finds on receipt, and what the
 * pre-send check (`checkEdxml`, `toEdxml`) finds before a package leaves.
 */
export const EDXML_CODES = defineCodes({
  'edxml/leading-bytes': {
    severity: 'warning',
    title: t('Ký tự thừa trước khai báo XML', 'Characters before the XML declaration'),
    description: t(
      'Các ký tự trước <?xml bị bỏ để đọc được gói tin (pitfalls.md, edXML).',
      'What stands before <?xml is dropped so the package can be read (pitfalls.md, edXML).',
    ),
  },
  'edxml/undeclared-prefix': {
    severity: 'warning',
    title: t('Tiền tố edXML: chưa được khai báo', 'The edXML: prefix is not declared'),
    description: t(
      'Gói tin dùng tiền tố edXML: mà không khai báo không gian tên; vẫn đọc theo tên.',
      'The package uses the edXML: prefix without declaring it; it is read by name.',
    ),
  },
  'edxml/namespace': {
    severity: 'warning',
    title: t('Sai không gian tên edXML', 'Wrong edXML namespace'),
    description: t(
      'edXMLEnvelope không thuộc không gian tên của QCVN 102:2016 (edxml.md §3).',
      'edXMLEnvelope is not in the QCVN 102:2016 namespace (edxml.md §3).',
    ),
  },
  'edxml/legacy': {
    severity: 'warning',
    title: t('Gói tin dạng SOAP cũ', 'A legacy SOAP package'),
    description: t(
      'Không có edXMLEnvelope: gói tin được đọc theo dạng SOAP cũ, trong chừng mực có thể.',
      'No edXMLEnvelope: the package is read as the legacy SOAP form, as far as it goes.',
    ),
  },
  'edxml/no-header': {
    severity: 'error',
    title: t('Không có MessageHeader', 'No MessageHeader'),
    description: t(
      'Không tìm thấy phần đầu của gói tin: không đọc được trường nào của văn bản.',
      'The package header is missing: no field of the document can be read.',
    ),
  },
  'edxml/status-package': {
    severity: 'info',
    title: t('Đây là gói tin trạng thái', 'This is a status package'),
    description: t(
      'Gói tin trạng thái được đọc bằng parseEdxmlStatus.',
      'Status packages are read with parseEdxmlStatus.',
    ),
  },
  'edxml/not-a-number': {
    severity: 'warning',
    title: t('Trường số không phải là số', 'A numeric field is not a number'),
    description: t(
      'Giá trị không đọc được thành số; trường bị bỏ.',
      'The value is not a number; the field is left out.',
    ),
  },
  'edxml/business-type': {
    severity: 'warning',
    title: t('BussinessDocType không rõ', 'Unknown BussinessDocType'),
    description: t(
      'Mã nghiệp vụ không thuộc danh sách của edxml.md §9.3.',
      'The business type is not one of edxml.md §9.3.',
    ),
  },
  'edxml/type-name': {
    severity: 'warning',
    title: t('TypeName có thêm chữ sau tên loại', 'TypeName has text after the type name'),
    description: t('Tên loại được đọc từ phần đầu của TypeName.', 'The kind is read from the start of TypeName.'),
  },
  'edxml/unknown-type': {
    severity: 'warning',
    title: t('Không rõ loại văn bản', 'Unknown document type'),
    description: t(
      'TypeName và TypeDetail không ứng với loại nào của Điều 7; loại văn bản để trống.',
      'TypeName and TypeDetail match no kind of Điều 7; the kind is left out.',
    ),
  },
  'edxml/unaccented': {
    severity: 'info',
    title: t('Trường viết không dấu', 'A field written without diacritics'),
    description: t(
      'Tiếng Việt không dấu trong gói tin; giữ nguyên như đã gửi.',
      'Vietnamese without diacritics in the package; kept as sent.',
    ),
  },
  'edxml/signer-name': {
    severity: 'warning',
    title: t('SignerInfo không có FullName', 'SignerInfo has no FullName'),
    description: t('Không có họ tên người ký trong gói tin.', 'The package carries no signer’s name.'),
  },
  'edxml/competence': {
    severity: 'warning',
    title: t('Không đọc được thẩm quyền ký', 'The authority line cannot be read'),
    description: t(
      'Competence không có dạng TM., KT., TL., TUQ. hay Q. của Nghị định 30.',
      'Competence is not one of Decree 30’s TM., KT., TL., TUQ. or Q. forms.',
    ),
  },
  'edxml/priority-4': {
    severity: 'warning',
    title: t('Độ khẩn 4 (hỏa tốc hẹn giờ)', 'Priority 4 (timed hỏa tốc)'),
    description: t(
      'Độ khẩn "hỏa tốc hẹn giờ" không còn trong Nghị định 30; đọc là Hỏa tốc.',
      'Timed hỏa tốc is not in Decree 30; read as hỏa tốc.',
    ),
  },
  'edxml/priority': {
    severity: 'error',
    title: t('Độ khẩn không hợp lệ', 'Invalid priority'),
    description: t('Priority phải là 0–3 (edxml.md §9.1).', 'Priority must be 0–3 (edxml.md §9.1).'),
  },
  'edxml/from-organ-id': {
    severity: 'error',
    title: t('From không có OrganId', 'From has no OrganId'),
    description: t(
      'Cơ quan gửi phải có mã định danh (edxml.md §4).',
      'The sender must carry its mã định danh (edxml.md §4).',
    ),
  },
  'edxml/from-name': {
    severity: 'error',
    title: t('From không có OrganName', 'From has no OrganName'),
    description: t('Cơ quan gửi phải có tên (edxml.md §4).', 'The sender must carry its name (edxml.md §4).'),
  },
  'edxml/code-number': {
    severity: 'warning',
    title: t('Số văn bản không phải là số', 'CodeNumber is not a number'),
    description: t(
      'Số văn bản (ô 3) là số Ả Rập; giá trị khác được bỏ.',
      'The number (ô 3) is in Arabic digits; another value is left out.',
    ),
  },
  'edxml/date': {
    severity: 'warning',
    title: t('Ngày không đọc được', 'Unreadable date'),
    description: t(
      'Ngày ban hành hoặc hạn xử lý không có dạng ngày; trường bị bỏ.',
      'The promulgation or due date is not a date; the field is left out.',
    ),
  },
  'edxml/response-for': {
    severity: 'warning',
    title: t('ResponseFor thiếu OrganId hoặc Code', 'ResponseFor lacks OrganId or Code'),
    description: t('Văn bản trả lời phải chỉ rõ văn bản được trả lời.', 'A reply must name the document it answers.'),
  },
  'edxml/invalid-field': {
    severity: 'warning',
    title: t('Bỏ một trường không hợp lệ', 'An invalid field was dropped'),
    description: t(
      'Giá trị của gói tin không hợp với mô hình; trường bị bỏ, không đoán.',
      'A value of the package does not fit the model; the field is dropped, not guessed.',
    ),
  },
  'edxml/attachment-not-base64': {
    severity: 'error',
    title: t('Tệp đính kèm không phải base64', 'An attachment is not base64'),
    description: t('Nội dung tệp đính kèm không giải mã được.', 'The attachment’s content cannot be decoded.'),
  },
  'edxml/attachment-empty': {
    severity: 'warning',
    title: t('Tệp đính kèm rỗng', 'An attachment is empty'),
    description: t('Tệp đính kèm không có nội dung.', 'The attachment has no content.'),
  },
  'edxml/attachment-unzipped': {
    severity: 'info',
    title: t('Đã giải nén tệp đính kèm', 'An attachment was unzipped'),
    description: t(
      'SDK của trục nén tệp đính kèm; tệp được giải nén để đọc.',
      'The axis SDK zips attachments; the file was unzipped to be read.',
    ),
  },
  'edxml/status-code': {
    severity: 'error',
    title: t('Mã trạng thái không rõ', 'Unknown status code'),
    description: t('StatusCode không thuộc danh sách của edxml.md §9.4.', 'StatusCode is not one of edxml.md §9.4.'),
  },
  'edxml/timestamp': {
    severity: 'warning',
    title: t('Thời điểm không đọc được', 'Unreadable timestamp'),
    description: t('Timestamp không có dạng ISO 8601.', 'Timestamp is not ISO 8601.'),
  },
  'edxml/organ-id-shape': {
    severity: 'warning',
    title: t('Mã định danh sai dạng', 'A mã định danh of the wrong shape'),
    description: t(
      'Mã định danh có dạng DDD.DD.DD.LDD như 000.00.00.G22 (edxml.md §4).',
      'A mã định danh is shaped DDD.DD.DD.LDD like 000.00.00.G22 (edxml.md §4).',
    ),
  },
  'edxml/no-receiver': {
    severity: 'error',
    title: t('Gói tin không có cơ quan nhận', 'The package has no receiver'),
    description: t('Phải có ít nhất một To (edxml.md §4).', 'At least one To is required (edxml.md §4).'),
  },
  'edxml/to-organ-id': {
    severity: 'error',
    title: t('Cơ quan nhận không có OrganId', 'A receiver has no OrganId'),
    description: t('Mỗi To phải có mã định danh (edxml.md §4).', 'Every To carries its mã định danh (edxml.md §4).'),
  },
  'edxml/duplicate-to': {
    severity: 'error',
    title: t('Cơ quan nhận lặp lại', 'A receiver listed twice'),
    description: t(
      'Một cơ quan có hai lần trong To; trục có thể từ chối gói tin.',
      'One body appears twice in To; the axis may refuse the package.',
    ),
  },
  'edxml/empty-subject': {
    severity: 'error',
    title: t('Không có trích yếu (Subject)', 'Subject is empty or missing'),
    description: t('Trích yếu là trường bắt buộc (edxml.md §4).', 'The subject is required (edxml.md §4).'),
  },
  'edxml/empty-code-number': {
    severity: 'error',
    title: t('Không có số văn bản', 'CodeNumber is empty or missing'),
    description: t('Số văn bản là trường bắt buộc (edxml.md §4).', 'The number is required (edxml.md §4).'),
  },
  'edxml/empty-code-notation': {
    severity: 'error',
    title: t('Không có ký hiệu văn bản', 'CodeNotation is empty or missing'),
    description: t('Ký hiệu văn bản là trường bắt buộc (edxml.md §4).', 'The notation is required (edxml.md §4).'),
  },
  'edxml/unwritable-character': {
    severity: 'error',
    title: t('Ký tự XML không mang được', 'A character XML cannot carry'),
    description: t(
      'Một trường chứa ký tự điều khiển, nửa cặp thay thế UTF-16, U+FFFE hoặc U+FFFF: XML 1.0 không mang được (bộ ghi sẽ thay bằng U+FFFD), nên gói tin không gửi đúng văn bản. createDocument và các bộ đọc làm sạch các ký tự này; chỉ văn bản dựng tay mới còn chúng.',
      'A field holds a control character, a lone UTF-16 surrogate, U+FFFE or U+FFFF: XML 1.0 cannot carry it (the writer would put U+FFFD), so the package would not say what the document says. createDocument and the readers clean such characters; only a hand-built document still holds them.',
    ),
  },
  'edxml/too-long': {
    severity: 'warning',
    title: t('Trường dài quá mức edXML cho phép', 'A field longer than edXML allows'),
    description: t('Độ dài tối đa của các trường theo edxml.md §4.', 'The field lengths of edxml.md §4.'),
  },
  'edxml/signature': {
    severity: 'error',
    title: t('Chữ ký của gói tin không dùng được', 'The envelope signature is not usable'),
    description: t(
      'Chữ ký XML đưa vào phải là một phần tử <Signature> đọc được (edxml.md §6).',
      'A signature given as XML must be a readable <Signature> element (edxml.md §6).',
    ),
  },
  'edxml/no-date': {
    severity: 'error',
    title: t('Không có ngày ban hành', 'No promulgation date'),
    description: t(
      'Ngày ban hành là trường bắt buộc của gói tin (edxml.md §4).',
      'The promulgation date is required in a package (edxml.md §4).',
    ),
  },
  'edxml/confidential': {
    severity: 'error',
    title: t('Văn bản mật không gửi qua trục', 'A confidential document may not travel on the axis'),
    description: t(
      'Quyết định 28/2018/QĐ-TTg loại văn bản mật khỏi trao đổi điện tử; edXML không có trường độ mật (edxml.md §4).',
      'Decision 28/2018/QĐ-TTg excludes state-secret documents from electronic exchange; edXML has no độ mật field (edxml.md §4).',
    ),
  },
  'edxml/future-date': {
    severity: 'warning',
    title: t('Ngày ban hành ở tương lai', 'A promulgation date in the future'),
    description: t(
      'Ngày ban hành muộn hơn ngày gói tin được gửi hoặc nhận.',
      'The promulgation date is later than the day the package was sent or received.',
    ),
  },
  'edxml/co-issuers-dropped': {
    severity: 'warning',
    title: t('Gói tin không mang được cơ quan ban hành thứ hai', 'The package cannot carry the other issuers'),
    description: t(
      'MessageHeader có một From: các cơ quan cùng ban hành (coIssuers) của văn bản liên tịch không đi theo gói tin; tệp văn bản đính kèm vẫn mang đủ (edxml.md §4).',
      'MessageHeader has one From: the co-issuers of a joint document do not travel in the package; the attached file still carries them (edxml.md §4).',
    ),
  },
  'edxml/signers-dropped': {
    severity: 'warning',
    title: t('Gói tin chỉ mang một người ký', 'The package carries one signer only'),
    description: t(
      'SignerInfo có một người ký: người ký thứ hai trở đi không đi theo gói tin; tệp văn bản đính kèm vẫn mang đủ (edxml.md §4).',
      'SignerInfo holds one signer: the second and further signers do not travel in the package; the attached file still carries them (edxml.md §4).',
    ),
  },
  'edxml/document-id': {
    severity: 'warning',
    title: t('DocumentId không khớp gói tin', 'DocumentId does not match the package'),
    description: t(
      'DocumentId có dạng OrganId,yyyy/MM/dd,số/ký hiệu của chính gói tin (edxml.md §4).',
      'DocumentId is composed as OrganId,yyyy/MM/dd,number/notation of the package itself (edxml.md §4).',
    ),
  },
  'edxml/header-mismatch': {
    severity: 'error',
    title: t('Phần đầu gói tin khác văn bản đính kèm', 'The package header differs from the attached document'),
    description: t(
      'Số, ký hiệu, ngày ban hành, cơ quan ban hành, trích yếu hoặc người ký trong phần đầu gói tin (MessageHeader) khác điều văn bản đính kèm ghi: bên nhận vào sổ theo phần đầu, nên hai nơi phải là một văn bản (edxml.md §4, §11).',
      'The number, notation, date, issuer, subject or signer in the package header (MessageHeader) differs from what the attached document prints: the receiver registers the header, so both must be one document (edxml.md §4, §11).',
    ),
  },
  'edxml/no-readable-attachment': {
    severity: 'warning',
    title: t('Không có văn bản đính kèm đọc được', 'No readable attached document'),
    description: t(
      'Gói tin không đính kèm tệp DOCX hoặc PDF đọc được (không có tệp, tệp quét không có lớp chữ, tệp hỏng): văn bản không được đánh giá, chỉ có phần đầu gói tin.',
      'The package carries no readable DOCX or PDF (none, a scan without a text layer, a damaged file): the document is not judged, only the package header is read.',
    ),
  },
  'edxml/attachment-unreadable': {
    severity: 'warning',
    title: t('Tệp đính kèm không đọc được', 'An attachment could not be read'),
    description: t(
      'Một tệp DOCX hoặc PDF đính kèm không đọc được thành văn bản: lý do đi kèm.',
      'An attached DOCX or PDF could not be read as a document: the reason is given.',
    ),
  },
});
