import { describe, expect, it } from 'vitest';
import { sameOriginJsonProblem } from './sameOriginJson.js';

const page = { host: '127.0.0.1:4080', origin: 'http://127.0.0.1:4080', 'content-type': 'application/json' };

describe('sameOriginJsonProblem', () => {
  it("accepts the page's own JSON request, with or without a charset and Sec-Fetch-Site", () => {
    expect(sameOriginJsonProblem(page)).toBeNull();
    expect(sameOriginJsonProblem({ ...page, 'content-type': 'Application/JSON; charset=utf-8', 'sec-fetch-site': 'same-origin' })).toBeNull();
    expect(sameOriginJsonProblem({ ...page, host: 'localhost:4080', origin: 'http://localhost:4080' })).toBeNull();
  });

  it('refuses what a cross-site form or script can send: another content type', () => {
    for (const contentType of ['text/plain', 'text/plain; x=application/json', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/jsonp', undefined]) {
      expect(sameOriginJsonProblem({ ...page, 'content-type': contentType }), String(contentType)).toMatch(/JSON/);
    }
  });

  it('refuses a request without Origin or from another origin, including another port or https', () => {
    expect(sameOriginJsonProblem({ ...page, origin: undefined })).toMatch(/saknar Origin/);
    for (const origin of ['http://evil.example', 'null', 'http://127.0.0.1:4081', 'https://127.0.0.1:4080', 'http://127.0.0.1:4080.evil.example']) {
      expect(sameOriginJsonProblem({ ...page, origin }), origin).toMatch(/annan webbplats \(Origin\)/);
    }
    expect(sameOriginJsonProblem({ ...page, host: undefined })).toMatch(/Origin/);
  });

  it('refuses what the browser marks as not same-origin', () => {
    for (const site of ['cross-site', 'same-site', 'none']) {
      expect(sameOriginJsonProblem({ ...page, 'sec-fetch-site': site }), site).toMatch(/Sec-Fetch-Site/);
    }
  });
});
