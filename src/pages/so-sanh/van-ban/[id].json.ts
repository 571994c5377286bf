/**
 * /so-sanh/van-ban/<id>.json: one directive as the comparison reads it (a few kilobytes). A
 * production build copies the prepared files instead (lib/page-data/copy-prepared.ts); this serves `astro dev`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { copiedByBuild } from '../../../lib/page-data/copy-prepared.ts';
import { siteCards } from '../../../lib/page-data/corpus.ts';
import { compareFileResponse } from '../_site-index.ts';

export const getStaticPaths = (async () =>
  copiedByBuild() ? [] : (await siteCards()).map((card) => ({ params: { id: card.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => compareFileResponse(`van-ban/${String(params['id'])}.json`);
