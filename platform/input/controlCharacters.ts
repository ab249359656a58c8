// Characters that have no place in text a client sends: C0 and C1 control characters (PostgreSQL refuses NUL in
// text; the others garble logs and screens) and lone UTF-16 surrogates (no character at all; not storable as
// UTF-8). Tab, line feed and carriage return (the CRLF that API clients send) are text.
export type ControlCharacterKind = 'C0' | 'DEL' | 'C1' | 'LONE_SURROGATE';

export interface ControlCharacter {
  codePoint: number;
  kind: ControlCharacterKind;
}

// Code units, not code points (no `u` flag), so that a surrogate without its partner can be found at all.
const pattern = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first control character or lone surrogate in `text`, or null. */
export function findControlCharacter(text: string): ControlCharacter | null {
  const match = pattern.exec(text);
  if (match === null) return null;
  const codePoint = match[0].charCodeAt(0);
  const kind: ControlCharacterKind = codePoint >= 0xd800 ? 'LONE_SURROGATE' : codePoint < 0x20 ? 'C0' : codePoint === 0x7f ? 'DEL' : 'C1';
  return { codePoint, kind };
}

const kindNames: Record<ControlCharacterKind, string> = {
  C0: 'a C0 control character',
  DEL: 'the control character DEL',
  C1: 'a C1 control character',
  LONE_SURROGATE: 'a lone UTF-16 surrogate',
};

/** What was found, by class and code point (never the text around it), e.g. `a C0 control character (U+0000)`. */
export function describeControlCharacter(found: ControlCharacter): string {
  return `${kindNames[found.kind]} (U+${found.codePoint.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** The message of a TEXT_CONTROL_CHARACTER refusal for `field`. */
export function controlCharacterMessage(field: string, found: ControlCharacter): string {
  return `"${field}" contains ${describeControlCharacter(found)}: text may hold tab, line feed and carriage return, but no other control characters.`;
}
