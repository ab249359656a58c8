import { describe, expect, it } from 'vitest';
import { answerBody, answerPlaceholder, waitingAnswerCount } from './answerPlaceholders.js';

describe('answer placeholders', () => {
  it('stand for their bytes once, and are short whatever the answer', () => {
    const bytes = Buffer.from(`{"data":{"text":"${'å'.repeat(100_000)}"}}\n`, 'utf8');
    const placeholder = answerPlaceholder(bytes);
    expect(placeholder.length).toBeLessThan(40);
    expect(answerBody(placeholder)).toBe(bytes);
    expect(waitingAnswerCount()).toBe(0);
    expect(() => answerBody(placeholder)).toThrow(expect.objectContaining({ extensions: { code: 'INTERNAL_SERVER_ERROR' } }));
  });

  it('are told apart from each other and from every JSON answer', () => {
    const first = answerPlaceholder(Buffer.from('{"data":{"a":1}}\n'));
    const second = answerPlaceholder(Buffer.from('{"data":{"a":2}}\n'));
    expect(first).not.toBe(second);
    expect(Buffer.from(answerBody(second)).toString()).toBe('{"data":{"a":2}}\n');
    expect(Buffer.from(answerBody(first)).toString()).toBe('{"data":{"a":1}}\n');
    const text = `${JSON.stringify({ data: { a: '\u0000samsyn-answer-bytes:0' } })}\n`;
    expect(answerBody(text)).toBe(text);
  });
});
