// A build's messages carry its language alone: the minifier can then drop every other one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixLocaleInMessage } from '../../../scripts/build/fixed-locale.mjs';

const compiled = join(__dirname, '../../../src/paraglide/messages');
const moduleOf = (key: string) => join(compiled, `${key}.js`);

describe('fixLocaleInMessage', () => {
  it('makes each compiled message the build’s language’s own function, base language or not', () => {
    const files = readdirSync(compiled).filter((file) => file.endsWith('.js') && file !== '_index.js');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files.filter((name) => !name.startsWith('site_offer_'))) {
      const key = file.replace(/\.js$/, '');
      for (const locale of ['es', 'en']) {
        const fixed = fixLocaleInMessage(readFileSync(join(compiled, file), 'utf8'), locale, join(compiled, file));
        expect(fixed, file).toMatch(new RegExp(`^const ${locale}_${key} = `, 'm'));
        expect(fixed.trimEnd().split('\n').at(-1), file).toBe(`export const ${key} = ${locale}_${key};`);
        expect(fixed, file).not.toContain('getLocale');
        expect(fixed, file).not.toMatch(/^import .*runtime\.js/m);
      }
    }
  });

  it('lets the language offer read the language it is asked for', () => {
    const id = moduleOf('site_offer_text');
    const fixed = fixLocaleInMessage(readFileSync(id, 'utf8'), 'en', id);
    expect(fixed).toContain('const locale = options.locale ?? "en"');
  });

  it('fails loudly on a module that chooses its language some other way', () => {
    expect(() => fixLocaleInMessage('export const x = () => "x"', 'es')).toThrow(/does not choose its language/);
  });
});
