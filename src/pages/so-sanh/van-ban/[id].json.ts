/** /so-sanh/van-ban/<id>.json: one directive as the comparison reads it (a few kilobytes). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ComparableDirective } from '../../../lib/compare/index.ts';
import { siteCompareIndex } from '../_site-index.ts';

export const getStaticPaths = (() =>
  siteCompareIndex().directives.map((directive) => ({
    params: { id: directive.id },
    props: { directive },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ directive: ComparableDirective }> = ({ props }) => Response.json(props.directive);
