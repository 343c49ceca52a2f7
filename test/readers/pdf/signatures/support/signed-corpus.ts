/** The signed PDFs of the corpus (see the corpus's INDEX.md), without their extension. */
export const SIGNED_CORPUS = [
  '057-congvan-ubnd-quangngai-507-signed',
  '058-thongbao-ubnd-quangngai-542-signed',
  '059-thongbao-ubnd-quangngai-565-signed',
  '060-scan-ubnd-quangngai-575-signed',
  '061-scan-chithi-ubnd-quangngai-07-signed',
  '062-scan-ubnd-quangngai-11ct-signed',
];
