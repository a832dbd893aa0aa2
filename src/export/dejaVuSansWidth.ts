import { approximateTextWidth, type TextMeasurer } from "../components/shared/measureText";

// Advance widths of DejaVu Sans in thousandths of an em, for printable ASCII, Latin-1,
// Latin Extended-A and common typographic marks — measured once with Chromium's canvas, where
// `system-ui` resolves to DejaVu Sans on Debian. DejaVu Sans is what resvg draws the exported
// SVG with (see rasterizeSvg), so labels placed with these widths fit when rasterized.
const characters =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u00a0\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae\u00af\u00b0\u00b1\u00b2\u00b3\u00b4\u00b5\u00b6\u00b7\u00b8\u00b9\u00ba\u00bb\u00bc\u00bd\u00be\u00bf\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d7\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u00de\u00df\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f0\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f7\u00f8\u00f9\u00fa\u00fb\u00fc\u00fd\u00fe\u00ff\u0100\u0101\u0102\u0103\u0104\u0105\u0106\u0107\u0108\u0109\u010a\u010b\u010c\u010d\u010e\u010f\u0110\u0111\u0112\u0113\u0114\u0115\u0116\u0117\u0118\u0119\u011a\u011b\u011c\u011d\u011e\u011f\u0120\u0121\u0122\u0123\u0124\u0125\u0126\u0127\u0128\u0129\u012a\u012b\u012c\u012d\u012e\u012f\u0130\u0131\u0132\u0133\u0134\u0135\u0136\u0137\u0138\u0139\u013a\u013b\u013c\u013d\u013e\u013f\u0140\u0141\u0142\u0143\u0144\u0145\u0146\u0147\u0148\u0149\u014a\u014b\u014c\u014d\u014e\u014f\u0150\u0151\u0152\u0153\u0154\u0155\u0156\u0157\u0158\u0159\u015a\u015b\u015c\u015d\u015e\u015f\u0160\u0161\u0162\u0163\u0164\u0165\u0166\u0167\u0168\u0169\u016a\u016b\u016c\u016d\u016e\u016f\u0170\u0171\u0172\u0173\u0174\u0175\u0176\u0177\u0178\u0179\u017a\u017b\u017c\u017d\u017e\u017f\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u20ac\u2265\u2264\u2248\u00d7";
const advances =
  "318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838,318,401,636,636,636,636,337,500,500,1000,471,612,838,0,1000,500,500,838,401,401,500,636,636,318,500,401,471,612,969,969,969,531,684,684,684,684,684,684,974,698,632,632,632,632,295,295,295,295,775,748,787,787,787,787,787,838,787,732,732,732,732,611,605,630,613,613,613,613,613,613,982,550,615,615,615,615,278,278,278,278,612,634,612,612,612,612,612,838,612,634,634,634,634,592,635,592,684,613,684,613,684,613,698,550,698,550,698,550,698,550,770,635,775,635,632,615,632,615,632,615,632,615,632,615,775,635,775,635,775,635,775,635,752,634,916,695,295,278,295,278,295,278,295,278,295,278,590,556,295,278,656,579,579,557,278,557,278,557,375,557,342,562,284,748,634,748,634,748,634,813,748,634,787,612,787,612,787,612,1070,1023,695,411,695,411,695,411,635,521,635,521,635,521,635,521,611,392,611,392,611,392,732,634,732,634,732,634,732,634,732,634,732,634,989,818,611,592,611,685,525,685,525,685,525,352,500,1000,318,318,518,518,1000,590,636,838,838,838,838";

let table: Map<string, number> | undefined;

function widths(): Map<string, number> {
  if (!table) {
    const values = advances.split(",").map(Number);
    table = new Map(Array.from(characters, (character, i) => [character, values[i] ?? 600]));
  }
  return table;
}

/**
 * Measures text as DejaVu Sans draws it, without a browser: the text measurer the server-side
 * renderer gives the components, so their label placement matches the browser's (whose canvas
 * measures the same font here) and the fonts resvg rasterizes with. Characters outside the
 * table fall back to {@link approximateTextWidth}.
 *
 * @example
 * dejaVuSansWidth("Europol", 12); // ≈ 45.8
 */
export const dejaVuSansWidth: TextMeasurer = (text, fontSize) => {
  const known = widths();
  let width = 0;
  for (const character of text) {
    const advance = known.get(character);
    width += advance === undefined ? approximateTextWidth(character, 1000) : advance;
  }
  return (width * fontSize) / 1000;
};
