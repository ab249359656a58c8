import { describe, expect, it } from 'vitest';
import { controlCharacterMessage, describeControlCharacter, findControlCharacter } from './controlCharacters.js';

describe('findControlCharacter', () => {
  it.each([
    ['NUL', 'a\u0000b', 0x0000, 'C0'],
    ['a bell', 'a\u0007', 0x0007, 'C0'],
    ['a vertical tab', 'a\u000bb', 0x000b, 'C0'],
    ['a form feed', 'a\u000cb', 0x000c, 'C0'],
    ['an escape', '\u001b[31mröd', 0x001b, 'C0'],
    ['the unit separator', 'a\u001f', 0x001f, 'C0'],
    ['DEL', 'a\u007f', 0x007f, 'DEL'],
    ['the first C1 character', 'a\u0080', 0x0080, 'C1'],
    ['NEL', 'a\u0085b', 0x0085, 'C1'],
    ['the last C1 character', 'a\u009f', 0x009f, 'C1'],
    ['a lone high surrogate', 'a\ud83d', 0xd83d, 'LONE_SURROGATE'],
    ['a lone high surrogate before a letter', '\ud83db', 0xd83d, 'LONE_SURROGATE'],
    ['a lone low surrogate', 'a\ude00b', 0xde00, 'LONE_SURROGATE'],
    ['a low surrogate after a whole pair', '😀\ude00', 0xde00, 'LONE_SURROGATE'],
  ])('finds %s', (_name, text, codePoint, kind) => {
    expect(findControlCharacter(text)).toEqual({ codePoint, kind });
  });

  it.each([
    ['plain Swedish', 'Läkemedelslistan följde inte med.'],
    ['tab, line feed and CRLF', 'Rad ett\r\nRad två\n\tindragen'],
    ['a character outside the BMP (a surrogate pair)', 'Bra 😀 𝄞'],
    ['no-break and zero-width spaces (not control characters)', 'a\u00a0b\u200bc'],
    ['the character after the C1 range', 'a\u00a0'],
    ['an empty text', ''],
  ])('accepts %s', (_name, text) => {
    expect(findControlCharacter(text)).toBeNull();
  });
});

describe('controlCharacterMessage', () => {
  it('names the field, the class and the code point, never the text', () => {
    const found = findControlCharacter('Patient 19121212-1212\u0000')!;
    const message = controlCharacterMessage('input.beskrivning', found);
    expect(message).toBe('"input.beskrivning" contains a C0 control character (U+0000): text may hold tab, line feed and carriage return, but no other control characters.');
    expect(message).not.toContain('1212');
    expect(describeControlCharacter({ codePoint: 0xd83d, kind: 'LONE_SURROGATE' })).toBe('a lone UTF-16 surrogate (U+D83D)');
  });
});
