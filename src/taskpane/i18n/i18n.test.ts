import { en } from './en';
import { languageOf, stringsFor } from './index';
import { vi } from './vi';

function shape(o: unknown, path = ''): string[] {
  if (typeof o === 'function') return [`${path}()`];
  if (Array.isArray(o)) return [`${path}[${o.length}]`];
  if (o && typeof o === 'object')
    return Object.keys(o)
      .sort()
      .flatMap((k) => shape((o as Record<string, unknown>)[k], `${path}.${k}`));
  return [path];
}

describe('strings', () => {
  it('English has every Vietnamese key, with the same shape', () => {
    expect(shape(en)).toEqual(shape(vi));
  });
  it('Vietnamese unless Office says English', () => {
    expect(languageOf('en-US')).toBe('en');
    expect(languageOf('EN-gb')).toBe('en');
    expect(languageOf('vi-VN')).toBe('vi');
    expect(languageOf('fr-FR')).toBe('vi');
    expect(languageOf(undefined)).toBe('vi');
    expect(stringsFor('en').undo).toBe('Undo');
    expect(stringsFor('vi').undo).toBe('Hoàn tác');
  });
});
