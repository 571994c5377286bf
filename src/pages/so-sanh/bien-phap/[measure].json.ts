/**
 * /so-sanh/bien-phap/<measure>.json: the measure view, computed when the site data is prepared
 * (compare/site/build-files.ts) because choosing its central clause reads every clause on the measure
 * in the corpus (seconds at 5,000 directives, and megabytes the browser would have to fetch); the
 * browser only diffs the columns it shows. A production build copies the prepared files instead
 * (lib/page-data/copy-prepared.ts); this route serves `astro dev`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { copiedByBuild } from '../../../lib/page-data/copy-prepared.ts';
import { listMeasures } from '../../../lib/measures/index.ts';
import { compareFileResponse } from '../_site-index.ts';

export const getStaticPaths = (() =>
  copiedByBuild() ? [] : listMeasures().map((m) => ({ params: { measure: m.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => compareFileResponse(`bien-phap/${String(params['measure'])}.json`);
