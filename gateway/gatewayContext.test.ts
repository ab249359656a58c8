import { describe, expect, it } from 'vitest';
import { selectForwardedHeaders } from './gatewayContext.js';

describe('selectForwardedHeaders', () => {
  it('forwards the credentials and every x-samsyn-* header, nothing else', () => {
    expect(
      selectForwardedHeaders({
        authorization: 'Bearer abc',
        'x-samsyn-atkomstgrund': 'samtycke',
        'X-Samsyn-Other': ['a', 'b'],
        cookie: 'session=1',
        host: 'localhost',
        'x-forwarded-for': '10.0.0.1',
      }),
    ).toEqual({ authorization: 'Bearer abc', 'x-samsyn-atkomstgrund': 'samtycke', 'x-samsyn-other': 'a, b' });
  });
});
