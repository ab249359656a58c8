import { describe, expect, it } from 'vitest';
import { graphqlMediaTypeOf, isJsonRequest, responseMediaType } from './graphqlMediaTypes.js';

describe('responseMediaType', () => {
  it('answers application/json without an Accept header, or to */* and application/*', () => {
    expect(responseMediaType(undefined)).toBe('application/json');
    expect(responseMediaType('')).toBe('application/json');
    expect(responseMediaType('*/*')).toBe('application/json');
    expect(responseMediaType('application/*')).toBe('application/json');
  });

  it('answers application/graphql-response+json to a client that asks for it', () => {
    expect(responseMediaType('application/graphql-response+json')).toBe('application/graphql-response+json');
    expect(responseMediaType('application/graphql-response+json; charset=utf-8')).toBe('application/graphql-response+json');
    expect(responseMediaType('application/graphql-response+json, application/json;q=0.9')).toBe('application/graphql-response+json');
    expect(responseMediaType('application/json;q=0.5, */*;q=0.8')).toBe('application/graphql-response+json');
  });

  it('takes the range named first when both are ranked alike, and the exact one over a wildcard', () => {
    expect(responseMediaType('application/graphql-response+json, application/json')).toBe('application/graphql-response+json');
    expect(responseMediaType('application/json, application/graphql-response+json')).toBe('application/json');
    expect(responseMediaType('*/*, application/graphql-response+json')).toBe('application/graphql-response+json');
  });

  it('answers null when neither is accepted', () => {
    expect(responseMediaType('text/html')).toBeNull();
    expect(responseMediaType('application/json;q=0, text/html')).toBeNull();
  });
});

describe('graphqlMediaTypeOf', () => {
  it('reads the media type of a content type header', () => {
    expect(graphqlMediaTypeOf('application/json; charset=utf-8')).toBe('application/json');
    expect(graphqlMediaTypeOf('application/graphql-response+json; charset=utf-8')).toBe('application/graphql-response+json');
    expect(graphqlMediaTypeOf('text/html')).toBeNull();
    expect(graphqlMediaTypeOf(undefined)).toBeNull();
  });
});

describe('isJsonRequest', () => {
  it('takes application/json with or without a charset, and nothing else', () => {
    expect(isJsonRequest('application/json')).toBe(true);
    expect(isJsonRequest('Application/JSON; charset=utf-8')).toBe(true);
    expect(isJsonRequest(undefined)).toBe(false);
    expect(isJsonRequest('text/plain;charset=UTF-8')).toBe(false);
    expect(isJsonRequest('application/x-www-form-urlencoded')).toBe(false);
    expect(isJsonRequest('application/graphql')).toBe(false);
  });
});
