import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { findControlCharacterInOperation } from './operationControlCharacters.js';

const mutation = parse('mutation ($input: RapporteraAvvikelseInput!, $id: ID) { rapporteraAvvikelse(input: $input) { avvikelse { id } } }');

function fieldIn(document: string, variables?: Record<string, unknown>) {
  return findControlCharacterInOperation(parse(document), variables)?.field ?? null;
}

describe('findControlCharacterInOperation, variables', () => {
  it.each([
    ['a field of an input object', { input: { beskrivning: 'a\u0000' } }, 'input.beskrivning'],
    ['a top-level variable', { id: 'avv-1\u0007' }, 'id'],
    ['an item of a list', { input: { behov: ['ok', 'a\u0000'] } }, 'input.behov[1]'],
    ['a field inside a list of objects', { input: { deltagare: [{ roll: 'ok' }, { roll: 'Syster\u0085' }] } }, 'input.deltagare[1].roll'],
    ['a lone surrogate', { input: { beskrivning: 'a\ud800' } }, 'input.beskrivning'],
  ])('finds %s', (_name, variables, field) => {
    expect(findControlCharacterInOperation(mutation, variables)?.field).toBe(field);
  });

  it('reports the first one in the order sent', () => {
    expect(findControlCharacterInOperation(mutation, { input: { a: 'x\u0001', b: ['y\u0002'] }, id: 'z\u0003' })).toEqual({
      field: 'input.a',
      found: { codePoint: 1, kind: 'C0' },
    });
  });

  it('accepts clean values of every JSON type, tab and CRLF included', () => {
    expect(findControlCharacterInOperation(mutation, { input: { text: 'Rad\r\nrad\tett', n: 1, b: true, none: null, list: [[], {}, 'ok'] } })).toBeNull();
    expect(findControlCharacterInOperation(mutation, undefined)).toBeNull();
  });

  it('walks values nested deeper than the call stack would allow', () => {
    let value: unknown = 'a\u0000';
    for (let level = 0; level < 100_000; level += 1) value = [value];
    const found = findControlCharacterInOperation(mutation, { input: value });
    expect(found?.field).toBe(`input${'[0]'.repeat(100_000)}`);
  });
});

describe('findControlCharacterInOperation, literals in the document', () => {
  it.each([
    ['an argument', '{ avvikelse(id: "avv-1\\u0000") { id } }', 'id'],
    ['a field of an input object', 'mutation { rapporteraAvvikelse(input: { beskrivning: "a\\u0000b" }) { avvikelse { id } } }', 'input.beskrivning'],
    ['an item of a list', 'mutation { skapaSip(input: { behov: ["ok", "\\u0007"] }) { sip { id } } }', 'input.behov[1]'],
    ['a block string', 'mutation { rapporteraAvvikelse(input: { beskrivning: """a\u0000b""" }) { avvikelse { id } } }', 'input.beskrivning'],
    ['an argument in a fragment', 'query { ...F } fragment F on Query { avvikelse(id: "\\u0001") { id } }', 'id'],
    ['an argument of a directive', '{ kommuner @deprecated(reason: "\\u0001") { kod } }', 'reason'],
    ['a variable default', 'query ($id: ID = "\\u009f") { avvikelse(id: $id) { id } }', 'id'],
  ])('finds %s', (_name, document, field) => {
    expect(fieldIn(document)).toBe(field);
  });

  it('accepts clean literals, numbers, enums and variables', () => {
    expect(fieldIn('mutation ($b: String) { hanteraAvvikelse(input: { avvikelseId: "avv-1", version: 2, handling: TA_EMOT, kommentar: $b, lista: ["a\\tb\\r\\n"] }) { avvikelse { id } } }')).toBeNull();
  });

  it('checks the variables of a document whose literals are clean, every time', () => {
    const document = parse('query ($id: ID) { avvikelse(id: $id) { id } }');
    expect(findControlCharacterInOperation(document, { id: 'ok' })).toBeNull();
    expect(findControlCharacterInOperation(document, { id: '\u0000' })?.field).toBe('id');
    expect(findControlCharacterInOperation(document, { id: 'ok' })).toBeNull();
  });
});
