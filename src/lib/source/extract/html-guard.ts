/**
 * What a saved web page is made of, measured in one pass over its markup before a DOM is built:
 * linkedom took 43 s to parse 200,000 nested `<div>`s, and a 47 MB page of 400,000 paragraphs took
 * 2.7 GB and became a 35.9 MB "directive". So the page is first stripped of what no reader needs
 * (scripts, styles, comments, inline SVG: portals inline hundreds of KB of them), then measured:
 * - `depth`: how deep elements nest, counted as a browser would build them: void elements (`<br>`,
 *   `<img>`) and elements whose end tag may be left out (`<p>`, `<li>`, `<td>`) do not count, an
 *   unmatched end tag does not go below the top;
 * - `textBytes`: the characters between tags, an upper bound of any article's text;
 * - `markupBytes`: the stripped page's length, which is what the DOM costs.
 */

export interface HtmlMeasure {
  /** The page without scripts, styles, comments and inline SVG: what is parsed. */
  stripped: string;
  depth: number;
  textBytes: number;
}

const NOT_READ_START = /<(script|style|svg)\b|<!--/gi;
const NOT_READ_END: Record<string, RegExp> = {
  script: /<\/script\s*>/gi,
  style: /<\/style\s*>/gi,
  svg: /<\/svg\s*>/gi,
  comment: /-->/g,
};

/**
 * The page without what no reader needs, in one pass: each start is followed by a search for its
 * end from there on, and an end that never comes drops the rest (as a browser would read it as
 * script). A lazy regex would rescan to the end of the page from every unclosed `<script`.
 */
function stripUnread(html: string): string {
  const kept: string[] = [];
  let from = 0;
  NOT_READ_START.lastIndex = 0;
  for (let start = NOT_READ_START.exec(html); start; start = NOT_READ_START.exec(html)) {
    kept.push(html.slice(from, start.index));
    const end = NOT_READ_END[start[1]?.toLowerCase() ?? 'comment']!;
    end.lastIndex = start.index + start[0].length;
    const found = end.exec(html);
    if (!found) return kept.join('');
    from = found.index + found[0].length;
    NOT_READ_START.lastIndex = from;
  }
  kept.push(html.slice(from));
  return kept.join('');
}

const VOID =
  /^(?:area|base|br|col|embed|hr|img|input|keygen|link|meta|param|source|track|wbr|basefont|bgsound|frame|image|isindex|nextid|spacer)$/;
/** End tags a page may leave out (HTML's optional end tags), and the document's own frame. */
const OPTIONAL_END =
  /^(?:p|li|dt|dd|tr|td|th|option|optgroup|thead|tbody|tfoot|colgroup|caption|rt|rp|html|head|body)$/;

const TAG = /<(\/?)([a-zA-Z][\w:.-]*)[^<>]*?(\/?)>/g;

export function measureHtml(html: string, stopAboveDepth: number): HtmlMeasure {
  const stripped = stripUnread(html);
  let depth = 0;
  let deepest = 0;
  let textBytes = 0;
  let last = 0;
  for (const match of stripped.matchAll(TAG)) {
    textBytes += match.index - last;
    last = match.index + match[0].length;
    const name = match[2]!.toLowerCase();
    if (VOID.test(name) || OPTIONAL_END.test(name)) continue;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else if (match[3] !== '/' && ++depth > deepest) {
      deepest = depth;
      if (deepest > stopAboveDepth) break;
    }
  }
  textBytes += stripped.length - last;
  return { stripped, depth: deepest, textBytes };
}
