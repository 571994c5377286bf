/** /so-sanh/van-ban.json: every directive's id and name, for the comparison forms' lists. */
import type { APIRoute } from 'astro';
import { compareFileResponse } from './_site-index.ts';

export const GET: APIRoute = () => compareFileResponse('van-ban.json');
