#!/usr/bin/env node
// The tests use real programs from Debian: Chromium (end-to-end tests, through playwright-core, since
// Playwright's own browser download cannot reach its servers from here), the Noto fonts, Tesseract
// with its Vietnamese model and poppler's pdftoppm (OCR of scans). Install whichever is missing when
// we may (root), otherwise say exactly what to run. At run time chithi needs none of them: without
// Tesseract a scan gets a message and the other files are read.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian package → files it installs (any one will do), to tell whether it is there without asking dpkg. */
const PACKAGES = {
  chromium: [CHROMIUM],
  'fonts-noto-core': ['/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf'],
  'tesseract-ocr': ['/usr/bin/tesseract'],
  // Tesseract 5 (Debian 12 and later) and 4 (Debian 11) keep their models in different folders.
  'tesseract-ocr-vie': [
    '/usr/share/tesseract-ocr/5/tessdata/vie.traineddata',
    '/usr/share/tesseract-ocr/4.00/tessdata/vie.traineddata',
  ],
  'poppler-utils': ['/usr/bin/pdftoppm'],
};

const missing = Object.entries(PACKAGES)
  .filter(([, files]) => !files.some((file) => existsSync(file)))
  .map(([name]) => name);

if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `The tests need Debian packages that are not installed: ${missing.join(', ')}. Install them and run again:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`Installing Debian’s ${missing.join(', ')} for the tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}
