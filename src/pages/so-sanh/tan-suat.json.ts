/** /so-sanh/tan-suat.json: the corpus's feature frequencies, which the island weighs its scores by. */
import type { APIRoute } from 'astro';
import { frequencyTable } from '../../lib/compare/site/build-files.ts';
import { siteCompareIndex } from './_site-index.ts';

export const GET: APIRoute = () => Response.json(frequencyTable(siteCompareIndex()));
