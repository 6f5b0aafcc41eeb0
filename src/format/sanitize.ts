/**
 * Makes article text safe to print on a terminal: control characters (ESC, BEL, C1 controls,
 * bidi overrides) become visible Unicode control pictures, so an ANSI or OSC sequence in an
 * article can never reach the terminal raw. Line breaks and tabs become spaces.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function sanitizeForTerminal(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\v') return ' ';
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}
