/**
 * The most common Vietnamese family names (họ), which a copy may leave alone on a line when it
 * wraps a signer's name ("**Vũ" / "Chiến Thắng**"): a word of these, alone, opens a name.
 *
 * @module
 */

const FAMILY_NAMES = new Set(
  (
    'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Đinh Lương Trương Mai Lâm ' +
    'Trịnh Tạ Hà Cao Tô Lưu Chu Phùng Vương Thái Lại Quách Triệu Tống Nghiêm Kiều Văn Đồng Lò Hầu Giang Khổng Thân'
  ).split(' '),
);

/** Whether `word` is a common Vietnamese family name (NFC, title case). */
export function isFamilyName(word: string): boolean {
  return FAMILY_NAMES.has(word);
}
