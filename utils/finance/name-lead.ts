/**
 * Nouns that describe a company right before its name in Chinese (手搖飲品牌茶悅匯,
 * 內地物流企業順航供應鏈, 工控龍頭匯川技術, and a sector's stocks: 代理股美聯集團): where a new
 * listing's short name may start.
 * A source fragment for a pattern's alternation.
 */
export const DESCRIBING_NOUNS_ZH = '品牌|企業|企业|公司|龍頭|龙头|平台|集團|集团|股(?![份票])';
