import { describe, expect, it, vi } from 'vitest';
import { MessageError } from '../../../lib/messaging/client';
import { createLibraryApi, errorText, UI_MESSAGES, type Send } from '../../../lib/ui/api';
import { CATALOGS, catalogSource, makeT } from '../../../lib/ui/i18n';

const t = makeT(catalogSource(CATALOGS.en));

describe('createLibraryApi', () => {
  it('sends each UI message through the one typed send function', async () => {
    const send = vi.fn(async (type: string) => ({ echoed: type }));
    const api = createLibraryApi(send as unknown as Send);
    for (const type of UI_MESSAGES) {
      await expect((api[type] as (d: unknown) => Promise<unknown>)({ x: 1 })).resolves.toEqual({ echoed: type });
      expect(send).toHaveBeenLastCalledWith(type, { x: 1 });
    }
    expect(Object.keys(api).sort()).toEqual([...UI_MESSAGES].sort());
  });
});

describe('errorText', () => {
  it.each([
    ['quota', /library is full/],
    ['unavailable', /not available/],
    ['version', /newer leakmark/],
    ['not_found', /no longer in the library/],
    ['invalid', /value was refused: bad value/],
  ])('explains the store code %s', (code, text) => {
    expect(errorText(new MessageError('bad value', code), t)).toMatch(text);
  });
  it('says the background cannot be reached when extension APIs are missing', () => {
    expect(errorText(new TypeError("Cannot read properties of undefined (reading 'sendMessage')"), t)).toMatch(/Cannot reach/);
    expect(errorText(new Error('Could not establish connection. Receiving end does not exist.'), t)).toMatch(/Cannot reach/);
  });
  it('passes other messages through', () => {
    expect(errorText(new Error('boom'), t)).toBe('Something went wrong: boom');
    expect(errorText('plain', t)).toBe('Something went wrong: plain');
  });
});
