/** /du-lieu/van-ban/<id>.json: one directive as the schema defines it, for the page's "Tải JSON". */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Directive } from '../../../lib/directive/schema.ts';
import { siteDirectives } from '../../../lib/site/corpus.ts';

export const getStaticPaths = (() =>
  siteDirectives().map((directive) => ({
    params: { id: directive.id },
    props: { directive },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { directive } = props as { directive: Directive };
  return new Response(JSON.stringify(directive, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
