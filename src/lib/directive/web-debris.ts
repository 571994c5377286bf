/**
 * Reposted directives come wrapped in the web page they were copied from. These recognisers find the
 * page's own furniture so that none of it reaches the directive's text or clauses.
 *
 * Forms seen (Nghệ An's seed is a page of the Tỉnh ủy's portal):
 * - a banner line first: "Banner Tỉnh ủy Nghệ An (Home-latest-1)";
 * - a related-news list closing the page: "Tin cùng chuyên mục" followed by headlines, each
 *   printed twice; likewise "Tin liên quan", "Bài viết liên quan", "Các tin khác", "Tin mới nhất";
 * - share/print widgets and breadcrumbs: "Chia sẻ", "In bài viết", "Trang chủ > Tin tức".
 */
import type { Line } from './lines.ts';

const BANNER = /^(?:Banner|Logo)\b/i;
/** A banner stands near the top, though a related list or portal dates may come first. */
const BANNER_LINES = 20;
const NEWS_LIST_HEADING =
  /^(?:Tin cùng chuyên mục|Tin liên quan|Bài viết liên quan|Các tin khác|Tin khác|Tin mới nhất|Tin mới|Xem thêm|Tin đọc nhiều|Bài viết khác)\s*:?$/i;
/**
 * Lines that are the page's, never the document's (catalogue B3, B5, L3, T3): share and print
 * widgets, breadcrumbs, font-size and audio widgets, login banners, view counters, comment forms,
 * pointers to an attachment. Each is a whole line; the one open-ended tail (".*") is anchored.
 */
const WIDGET =
  /^(?:Chia sẻ|Share|In bài viết|In trang|Gửi email|Bình luận|Tweet|Trang chủ\s*(?:>|»|\/).*|Lượt xem\s*:.*|Thống kê\s*:.*|Mặc định\s+Cỡ chữ|Xem cỡ chữ\s*:?|Cỡ chữ\s*:?|Đọc bài viết\s*:?|Skip Ribbon Commands|Xuất bản thông tin|null|Your browser does not support the audio element\.?|Vui lòng ĐĂNG NHẬP.*|Để sử dụng toàn bộ tiện ích.*|Gửi bình luận(?: của bạn)?|Xem chi tiết(?: văn bản)?(?: tại đây)?\.?|Tập tin đính kèm\s*:?|File đính kèm\s*:?|Nội dung văn bản như sau\s*:?)$/iu;

export interface WebDebris {
  /** Indexes of lines that belong to the web page, not to the directive. */
  excluded: Set<number>;
  /** The banner's text without its widget suffix, e.g. "Tỉnh ủy Nghệ An" — it names the publisher. */
  banner: { text: string; line: Line } | null;
  /** The first line of a related-news list, if the page had one. */
  newsListLine: Line | null;
}

export function findWebDebris(lines: Line[]): WebDebris {
  const excluded = new Set<number>();
  let banner: WebDebris['banner'] = null;
  let newsListLine: Line | null = null;
  for (const line of lines) {
    if (newsListLine) {
      excluded.add(line.index);
      continue;
    }
    if (NEWS_LIST_HEADING.test(line.text)) {
      newsListLine = line;
      excluded.add(line.index);
    } else if (BANNER.test(line.text) && line.index < BANNER_LINES) {
      excluded.add(line.index);
      const text = line.text
        .replace(BANNER, '')
        .replace(/\([^)]*\)\s*$/, '')
        .trim();
      banner = { text, line };
    } else if (WIDGET.test(line.text)) {
      excluded.add(line.index);
    }
  }
  return { excluded, banner, newsListLine };
}
