/**
 * Where to cut a long text into blocks for the block-by-block path: after a paragraph break
 * ("\n\n", blank lines with spaces or CR) at or before `limit`, else after a line break, else
 * after a space, else at `limit` itself (never between the two halves of a surrogate pair).
 * Paragraphs are independent for every recognizer, so a cut there changes no fact.
 */
export function blockCut(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const floor = limit >> 1;
  let lineBreak = -1;
  for (let nl = text.lastIndexOf('\n', limit - 1); nl >= floor; nl = text.lastIndexOf('\n', nl - 1)) {
    if (lineBreak < 0) lineBreak = nl + 1;
    let k = nl - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\r' || text[k] === '\t')) k--;
    if (k >= 0 && text[k] === '\n') return nl + 1;
  }
  if (lineBreak > 0) return lineBreak;
  const space = text.lastIndexOf(' ', limit - 1);
  if (space >= floor) return space + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
