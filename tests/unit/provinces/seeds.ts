/** The seed directives, read and normalised as the pipeline reads them. */
import { readFileSync } from 'node:fs';
import { normalizeText } from '../../../src/lib/text/normalize.ts';

export const SEEDS = {
  haiDuong: 'hai-duong-2020-08-28-tbkl-ban-thuong-vu.txt',
  hungYen: 'hung-yen-2021-05-08-261-cv-tu.txt',
  ngheAn: 'nghe-an-2021-08-07-07-ct-tu.txt',
  sonLa: 'son-la-2021-ct-ubnd-thay-the-24.txt',
  thanhHoa: 'thanh-hoa-2021-07-22-329-cv-tu.txt',
} as const;

export function seedText(file: string): string {
  return normalizeText(readFileSync(new URL(`../../../content/directives/${file}`, import.meta.url), 'utf8'));
}
