/**
 * Nouns that describe a company right before its name in Chinese (手搖飲品牌茶悅匯,
 * 內地物流企業順航供應鏈, 工控龍頭匯川技術, 自動駕駛方案商祥雲智駕, and a sector's stocks:
 * 代理股美聯集團): where a new listing's short name may start.
 * A source fragment for a pattern's alternation.
 */
export const DESCRIBING_NOUNS_ZH =
  '品牌|企業|企业|公司|龍頭|龙头|平台|集團|集团|股(?![份票])|(?:方案|供應|供应|服務|服务|運營|运营|營運|营运|製造|制造|開發|开发|分銷|分销|代工|承建)商';
