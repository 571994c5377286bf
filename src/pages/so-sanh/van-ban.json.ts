/** /so-sanh/van-ban.json: every directive's id and name, for the comparison forms' lists. */
import type { APIRoute } from 'astro';
import { directiveList } from '../../lib/compare/site/build-files.ts';
import { siteCompareIndex } from './_site-index.ts';

export const GET: APIRoute = () => Response.json(directiveList(siteCompareIndex().directives));
