import type { AnyRule, CrossDocumentRule } from '../rule-kit/types.js';
import { kySoBanGoc } from './nd30/dieu-5/ky-so-ban-goc/rule.js';
import { loaiVanBanCu } from './nd30/dieu-7/loai-van-ban-cu/rule.js';
import { thanhPhanChinh } from './nd30/dieu-8/thanh-phan-chinh/rule.js';
import { soTrung } from './nd30/dieu-15/so-trung/rule.js';
import { banSao } from './nd30/pl1/ban-sao/rule.js';
import { canCu } from './nd30/pl1/can-cu/rule.js';
import { danChieuPhuLuc } from './nd30/pl1/dan-chieu-phu-luc/rule.js';
import { danhSoBoCuc } from './nd30/pl1/danh-so-bo-cuc/rule.js';
import { chuKySo } from './nd30/pl1/chu-ky-so/rule.js';
import { coChu } from './nd30/pl1/co-chu/rule.js';
import { coChuNhatQuan } from './nd30/pl1/co-chu-nhat-quan/rule.js';
import { diaDanh } from './nd30/pl1/dia-danh/rule.js';
import { doMatDoKhan } from './nd30/pl1/do-mat-do-khan/rule.js';
import { duongKe } from './nd30/pl1/duong-ke/rule.js';
import { hoTenChucVu } from './nd30/pl1/ho-ten-chuc-vu/rule.js';
import { hocHamHocVi } from './nd30/pl1/hoc-ham-hoc-vi/rule.js';
import { khoGiayLe } from './nd30/pl1/kho-giay-le/rule.js';
import { kieuChu } from './nd30/pl1/kieu-chu/rule.js';
import { kinhGui } from './nd30/pl1/kinh-gui/rule.js';
import { kinhGuiTrinhBay } from './nd30/pl1/kinh-gui-trinh-bay/rule.js';
import { kyHieuCongVan } from './nd30/pl1/ky-hieu-cong-van/rule.js';
import { kySoBanSao } from './nd30/pl1/ky-so-ban-sao/rule.js';
import { luu } from './nd30/pl1/luu/rule.js';
import { namTrongKyHieu } from './nd30/pl1/nam-trong-ky-hieu/rule.js';
import { ngayThang } from './nd30/pl1/ngay-thang/rule.js';
import { nhuTren } from './nd30/pl1/nhu-tren/rule.js';
import { noiNhan } from './nd30/pl1/noi-nhan/rule.js';
import { phongChu } from './nd30/pl1/phong-chu/rule.js';
import { phuLuc } from './nd30/pl1/phu-luc/rule.js';
import { quocHieuTieuNgu } from './nd30/pl1/quoc-hieu-tieu-ngu/rule.js';
import { soKyHieu } from './nd30/pl1/so-ky-hieu/rule.js';
import { soTrang } from './nd30/pl1/so-trang/rule.js';
import { tenCoQuan } from './nd30/pl1/ten-co-quan/rule.js';
import { tenNguoiKySo } from './nd30/pl1/ten-nguoi-ky-so/rule.js';
import { tenLoaiTrichYeu } from './nd30/pl1/ten-loai-trich-yeu/rule.js';
import { thanhPhanBanSao } from './nd30/pl1/thanh-phan-ban-sao/rule.js';
import { thanhPhanTt01 } from './nd30/pl1/thanh-phan-tt01/rule.js';
import { thoiGianKySo } from './nd30/pl1/thoi-gian-ky-so/rule.js';
import { tieuDeBoCuc } from './nd30/pl1/tieu-de-bo-cuc/rule.js';
import { tienToThamQuyen } from './nd30/pl1/tien-to-tham-quyen/rule.js';
import { trichDanKyHieu } from './nd30/pl1/trich-dan-ky-hieu/rule.js';
import { trichYeuCongVan } from './nd30/pl1/trich-yeu-cong-van/rule.js';
import { trinhBayNoiDung } from './nd30/pl1/trinh-bay-noi-dung/rule.js';
import { viTriNoiNhan } from './nd30/pl1/vi-tri-noi-nhan/rule.js';
import { viTriTrichYeuCongVan } from './nd30/pl1/vi-tri-trich-yeu-cong-van/rule.js';
import { bienBanDiaDanh } from './nd30/pl3/bien-ban-dia-danh/rule.js';
import { dauKetThuc } from './nd30/pl3/dau-ket-thuc/rule.js';
import { maTenLoai } from './nd30/pl3/ma-ten-loai/rule.js';
import { maTenLoaiKhongKhop } from './nd30/pl3/ma-ten-loai-khong-khop/rule.js';
import { thamQuyenBanHanh } from './nd30/pl3/tham-quyen-ban-hanh/rule.js';

/**
 * The registry of built-in rules, one per folder under `src/rules/<rule id>/rule.ts`.
 *
 * @module
 */

/** Every single-document rule, in the order of the Decree (Điều 5, 7, 8, then Phụ lục I by ô, Phụ lục III). */
export const RULES: readonly AnyRule[] = [
  kySoBanGoc,
  loaiVanBanCu,
  thanhPhanChinh,
  quocHieuTieuNgu,
  tenCoQuan,
  soKyHieu,
  kyHieuCongVan,
  namTrongKyHieu,
  maTenLoai,
  maTenLoaiKhongKhop,
  ngayThang,
  diaDanh,
  tenLoaiTrichYeu,
  trichYeuCongVan,
  trichDanKyHieu,
  thamQuyenBanHanh,
  canCu,
  tieuDeBoCuc,
  danhSoBoCuc,
  dauKetThuc,
  tienToThamQuyen,
  hoTenChucVu,
  hocHamHocVi,
  kinhGui,
  nhuTren,
  noiNhan,
  luu,
  doMatDoKhan,
  phuLuc,
  danChieuPhuLuc,
  banSao,
  thanhPhanBanSao,
  thanhPhanTt01,
  bienBanDiaDanh,
  phongChu,
  coChu,
  kieuChu,
  coChuNhatQuan,
  duongKe,
  trinhBayNoiDung,
  khoGiayLe,
  soTrang,
  viTriTrichYeuCongVan,
  kinhGuiTrinhBay,
  viTriNoiNhan,
  chuKySo,
  tenNguoiKySo,
  thoiGianKySo,
  kySoBanSao,
];

/** Rules that compare documents with each other, run by `createRegistryCheck`. */
export const CROSS_DOCUMENT_RULES: readonly CrossDocumentRule[] = [soTrung];
export { tt01Changes } from './baseline.js';
