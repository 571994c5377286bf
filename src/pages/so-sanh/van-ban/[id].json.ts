/** /so-sanh/van-ban/<id>.json: one directive as the comparison reads it (a few kilobytes). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteCards } from '../../../lib/site/corpus.ts';
import { compareFileResponse } from '../_site-index.ts';

export const getStaticPaths = (async () =>
  (await siteCards()).map((card) => ({ params: { id: card.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => compareFileResponse(`van-ban/${String(params['id'])}.json`);
