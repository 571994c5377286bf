/**
 * HTML → lines of text, for the two readers that produce HTML: Word files (mammoth converts .docx to
 * HTML) and saved web pages (Readability's article). One line per paragraph, heading, list item and
 * table cell; inline markup (bold, links, spans) joins into its line.
 *
 * Why lists are numbered here: Word's automatic numbering ("1.", "a)") is not in the text runs, and
 * mammoth turns it into `<ol><li>`. Without the numbers the parser would see a preamble and no
 * clauses. The numbering style is rebuilt from the nesting, as directives number: the first level
 * "1.", "2."; the second "a)", "b)"; deeper levels and bulleted lists "-". An `<ol type="I">`,
 * `type="a"` or `start` (web pages sometimes say so) is followed.
 * Tables are read row by row, cell by cell: a directive's header is a borderless two-column table
 * (issuer | motto; số | place and date), and read so it gives the lines a text copy has.
 */

/** The DOM subset walked here (linkedom's nodes). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIPPED = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE svg SVG IFRAME BUTTON FORM SELECT'.split(' '));
const BLOCKS = new Set(
  'P DIV H1 H2 H3 H4 H5 H6 LI TR TD TH BLOCKQUOTE SECTION ARTICLE HEADER FOOTER PRE TABLE TBODY THEAD UL OL DL DT DD FIGURE FIGCAPTION MAIN ASIDE ADDRESS CENTER HR'.split(
    ' ',
  ),
);
const LETTERS = 'abcdefghiklmnopqrstuvxy';
const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** The marker of item `n` (1-based) of a list at `depth` (0 = top), as a directive prints it. */
export function listMarker(ordered: boolean, depth: number, n: number, type: string | null): string {
  if (!ordered) return '-';
  if (type === 'I') return `${roman(n)}.`;
  if (type === 'i') return `${roman(n).toLowerCase()}.`;
  if (type === 'A') return `${(LETTERS[n - 1] ?? 'z').toUpperCase()})`;
  if (type === 'a') return `${LETTERS[n - 1] ?? 'z'})`;
  if (type === '1' || depth === 0) return `${n}.`;
  if (depth === 1) return `${LETTERS[n - 1] ?? 'z'})`;
  return '-';
}

export function htmlToLines(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line !== '') lines.push(line);
    current = '';
  };
  const walk = (node: DomNode, listDepth: number): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') return flush();
    if (name === 'OL' || name === 'UL') {
      flush();
      const ordered = name === 'OL';
      const type = node.getAttribute?.('type') ?? null;
      let n = Number(node.getAttribute?.('start') ?? '1') || 1;
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType === ELEMENT_NODE && child.nodeName.toUpperCase() === 'LI') {
          current = `${listMarker(ordered, listDepth, n, type)} `;
          for (const grandchild of Array.from(child.childNodes)) walk(grandchild, listDepth + 1);
          flush();
          n++;
        } else {
          walk(child, listDepth);
        }
      }
      return;
    }
    const block = BLOCKS.has(name);
    // A paragraph inside a list item continues the item's line (mammoth wraps item text in <p>).
    const keepsLine = name === 'P' && /^\S+ $/.test(current);
    if (block && !keepsLine) flush();
    for (const child of Array.from(node.childNodes)) walk(child, listDepth);
    if (block) flush();
  };
  walk(root, 0);
  flush();
  return lines;
}
