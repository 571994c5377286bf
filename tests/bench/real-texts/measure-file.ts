/**
 * Reads one file as ingest does (readSource, then the parser and tagger) in a process of its own, and
 * prints how long it took and its peak memory as one JSON line: the real-texts bench's files section
 * runs it once per file, so each figure is that file's alone. Tesseract and pdftoppm run as their own
 * processes; their memory is not in the peak (Tesseract takes ~150 MB a page).
 *   node --import tsx tests/bench/real-texts/measure-file.ts <file>
 */
import { resourceUsage } from 'node:process';
import { buildDirective } from '../../../src/lib/ingest/build-directive.ts';
import { readSource } from '../../../src/lib/source/read-source.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: measure-file.ts <file>');
const start = performance.now();
const read = await readSource(file);
if (read.ok) buildDirective(read, null);
const seconds = (performance.now() - start) / 1000;
console.log(JSON.stringify({ seconds, peakMb: Math.round(resourceUsage().maxRSS / 1024), ok: read.ok }));
