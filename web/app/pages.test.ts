import { describe, expect, it } from 'vitest';
import { choosePage } from './pages.js';

describe('choosePage', () => {
  it('opens the first page of the menu when the URL names no page', () => {
    expect(choosePage({ kind: 'none' }, ['granskare'])).toMatchObject({ kind: 'page', entry: { id: 'granskning' } });
    expect(choosePage({ kind: 'none' }, ['nosam'])).toMatchObject({ kind: 'page', entry: { id: 'naromrade' } });
  });

  it('opens a page the roles have, also one reached by link only', () => {
    expect(choosePage({ kind: 'page', page: 'patient' }, ['vardpersonal'])).toMatchObject({ kind: 'page', entry: { id: 'patient' } });
    expect(choosePage({ kind: 'page', page: 'avvikelse' }, ['nosam'])).toMatchObject({ kind: 'page', entry: { id: 'avvikelse' } });
  });

  it('shows the neutral page, with the start page to go to, for a page the roles lack or no page at all', () => {
    expect(choosePage({ kind: 'page', page: 'patient' }, ['nosam'])).toMatchObject({ kind: 'notForRole', start: { id: 'naromrade' } });
    expect(choosePage({ kind: 'unknown' }, ['analytiker'])).toMatchObject({ kind: 'notForRole', start: { id: 'naromrade' } });
    expect(choosePage({ kind: 'page', page: 'granskning' }, ['system'])).toMatchObject({ kind: 'notForRole', start: { id: 'token' } });
  });

  it('says so when the roles have no pages', () => {
    expect(choosePage({ kind: 'none' }, [])).toEqual({ kind: 'noPages' });
    expect(choosePage({ kind: 'page', page: 'naromrade' }, [])).toEqual({ kind: 'notForRole', start: null });
  });
});
