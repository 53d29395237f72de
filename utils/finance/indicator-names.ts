/**
 * Each macro series' name in Simplified Chinese and English, for cards and the popup.
 * Kept apart from the series table (indicator-series.ts, with every written alias) so
 * that the content script, which only draws cards, does not carry the aliases.
 */
export const SERIES_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  CPI: { zh: '居民消费价格指数', en: 'Consumer price index' },
  'CORE-CPI': { zh: '核心CPI', en: 'Core CPI' },
  PPI: { zh: '工业生产者出厂价格指数', en: 'Producer price index' },
  GDP: { zh: '国内生产总值', en: 'Gross domestic product' },
  PMI: { zh: '制造业采购经理指数', en: 'Manufacturing PMI' },
  'PMI-NONMFG': { zh: '非制造业采购经理指数', en: 'Non-manufacturing PMI' },
  'LPR-1Y': { zh: '1年期贷款市场报价利率', en: 'One-year loan prime rate' },
  'LPR-5Y': { zh: '5年期以上贷款市场报价利率', en: 'Over-five-year loan prime rate' },
  M2: { zh: '广义货币供应量', en: 'Broad money supply' },
  M1: { zh: '狭义货币供应量', en: 'Narrow money supply' },
  TSF: { zh: '社会融资规模', en: 'Total social financing' },
  RETAIL: { zh: '社会消费品零售总额', en: 'Retail sales' },
  INDUSTRY: { zh: '工业增加值', en: 'Industrial output' },
  FAI: { zh: '固定资产投资', en: 'Fixed-asset investment' },
  UNEMPLOYMENT: { zh: '失业率', en: 'Unemployment rate' },
  PAYROLLS: { zh: '非农就业人数', en: 'Nonfarm payrolls' },
  PCE: { zh: '个人消费支出价格指数', en: 'PCE price index' },
  'CORE-PCE': { zh: '核心个人消费支出价格指数', en: 'Core PCE price index' },
  EXPORTS: { zh: '出口', en: 'Exports' },
  IMPORTS: { zh: '进口', en: 'Imports' },
};
