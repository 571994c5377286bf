/** /so-sanh/tan-suat.json: the corpus's feature frequencies, which the island weighs its scores by. */
import type { APIRoute } from 'astro';
import { compareFileResponse } from './_site-index.ts';

export const GET: APIRoute = () => compareFileResponse('tan-suat.json');
