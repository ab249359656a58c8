// Writes a compiled query's parameters into its SQL text as quoted literals, so that several reads can travel to
// PostgreSQL as one simple-protocol message (readCombiningDriver.ts), where parameters cannot be bound.
import pg from 'pg';
import pgUtils from 'pg/lib/utils.js';

/** The values a read may carry inline; anything else (bytes) is sent on its own with bound parameters. */
export function canInline(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'bigint':
    case 'boolean':
      return true;
    case 'object':
      if (Array.isArray(value)) return value.every(canInline);
      return value instanceof Date;
    default:
      return false;
  }
}

/**
 * `$1`, `$2`… outside quotes, identifiers and comments become the literal of the parameter. The literal is the
 * text `pg` would send as that (untyped) parameter, quoted by `pg`'s own `escapeLiteral`: PostgreSQL gives an
 * unknown-typed literal the type it would have given the unknown-typed parameter, so the query means the same.
 */
export function inlineParameters(sqlText: string, parameters: readonly unknown[]): string {
  let result = '';
  let index = 0;
  while (index < sqlText.length) {
    const character = sqlText[index]!;
    const skipTo = endOfQuoted(sqlText, index);
    if (skipTo > index) {
      result += sqlText.slice(index, skipTo);
      index = skipTo;
      continue;
    }
    if (character === '$' && isDigit(sqlText[index + 1])) {
      let end = index + 1;
      while (isDigit(sqlText[end])) end += 1;
      const position = Number(sqlText.slice(index + 1, end));
      if (position < 1 || position > parameters.length) throw new RangeError(`The query refers to $${position}, but has ${parameters.length} parameters.`);
      result += literal(parameters[position - 1]);
      index = end;
      continue;
    }
    result += character;
    index += 1;
  }
  return result;
}

function literal(value: unknown): string {
  const prepared: unknown = pgUtils.prepareValue(value);
  if (prepared === null) return 'NULL';
  if (typeof prepared !== 'string') throw new TypeError('Only text-representable parameters can be written inline.');
  return pg.escapeLiteral(prepared);
}

function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9';
}

/** Where a quoted string, quoted identifier, comment or dollar-quoted body that starts at `start` ends; `start` if none does. */
function endOfQuoted(text: string, start: number): number {
  const character = text[start];
  if (character === "'" || character === '"') {
    let index = start + 1;
    while (index < text.length) {
      if (text[index] === character) {
        if (text[index + 1] === character) index += 2;
        else return index + 1;
      } else index += 1;
    }
    return text.length;
  }
  if (character === '-' && text[start + 1] === '-') {
    const end = text.indexOf('\n', start);
    return end === -1 ? text.length : end + 1;
  }
  if (character === '/' && text[start + 1] === '*') {
    const end = text.indexOf('*/', start + 2);
    return end === -1 ? text.length : end + 2;
  }
  if (character === '$') {
    const tag = /^\$([A-Za-z_][A-Za-z_0-9]*)?\$/.exec(text.slice(start));
    if (tag) {
      const end = text.indexOf(tag[0], start + tag[0].length);
      return end === -1 ? text.length : end + tag[0].length;
    }
  }
  return start;
}
