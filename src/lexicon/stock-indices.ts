/**
 * Stock indices that news names with the count of their members, lower-cased without the
 * number: "the FTSE 100", "the Nikkei 225", "the S&P 500", "the CAC 40", "the Russell 2000".
 */
export const NUMBERED_INDEX_NAMES: ReadonlySet<string> = new Set([
  'ftse', 'nikkei', 's&p', 'dax', 'cac', 'stoxx', 'euro stoxx', 'stoxx europe', 'asx', 'nasdaq', 'russell', 'ibex',
  'omx', 'tsx', 'nifty', 'ftse mib', 'kospi', 'csi',
]);
