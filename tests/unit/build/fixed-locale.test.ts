// A build's messages carry its language alone: the minifier can then drop every other one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixLocaleInMessage } from '../../../scripts/build/fixed-locale.mjs';

const compiled = join(__dirname, '../../../src/paraglide/messages');
const moduleOf = (key: string) => join(compiled, `${key}.js`);

describe('fixLocaleInMessage', () => {
  it('writes the build’s language into each compiled message in place of the lookup', () => {
    const files = readdirSync(compiled).filter((file) => file.endsWith('.js') && file !== '_index.js');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files.filter((name) => !name.startsWith('site_offer_'))) {
      const fixed = fixLocaleInMessage(readFileSync(join(compiled, file), 'utf8'), 'es', join(compiled, file));
      expect(fixed, file).toContain('const locale = "es"');
      expect(fixed, file).not.toContain('getLocale');
      expect(fixed, file).not.toMatch(/^import .*runtime\.js/m);
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
