import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { swedishLangPath } from './ocr-engine.js';

describe('Swedish language data', () => {
  it('is read from the installed @tesseract.js-data/swe package, never from the network', () => {
    const path = swedishLangPath();
    // A local directory (not a URL): tesseract.js then reads the file instead of fetching it.
    expect(isAbsolute(path)).toBe(true);
    expect(path).not.toMatch(/^[a-z]+:\/\//);
    const file = join(path, 'swe.traineddata.gz');
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeGreaterThan(1_000_000);
  });
});
