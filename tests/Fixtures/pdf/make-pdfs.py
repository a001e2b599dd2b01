#!/usr/bin/env python3
"""Makes the test PDFs of the `draft` verb from the text of a published review, printed by Chromium.

    python3 tests/Fixtures/pdf/make-pdfs.py        (needs /usr/bin/chromium; rewrites the .html and .pdf here)

innovation-evidence-review.txt is the text of the Hub's published PDF of the Innovation Evidence Review (cover page
included; *...* marks italics, <<...>> an address printed in angle brackets). This script lays it out the way the Hub's
PDFs are laid out, in every layout the reader must handle:
  - a repository cover page whose citation address is broken across lines;
  - running headers, footers and page numbers on every briefing page;
  - the introduction in two columns;
  - "Key Finding:" headings with their text and a shaded "Key takeaway" box, the second box split across two pages
    (the blank line inside it in the .txt is where the real PDF's page ended);
  - compounds broken at a line end after their hyphen ("decision-" / "making", "state-of-the-" / "art'");
  - a ligature (U+FB01) and no-break spaces, which the reader must normalise.
"""
import html, pathlib, re, subprocess

here = pathlib.Path(__file__).resolve().parent
text = (here / "innovation-evidence-review.txt").read_text(encoding="utf-8")
blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]


def inline(s):
    """HTML of one block: *x* in italics, <<url>> printed in single angle brackets."""
    s = html.escape(s, quote=False)
    s = re.sub(r"&lt;&lt;(\S+?)&gt;&gt;", r'&lt;<span class="url">\1</span>&gt;', s)
    return re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)


def take(prefix):
    return next(b for b in blocks if b.startswith(prefix))


cover_title = blocks[0]
author = blocks[1]
licence = blocks[3]
version = blocks[5]
citation = blocks[7]
rights = blocks[blocks.index("General rights"):blocks.index(next(b for b in blocks if b.startswith("Evidence Review - ")))]
date_line = take("Evidence Review - ")
hub = blocks[blocks.index(date_line) + 1]
intro = blocks[blocks.index(hub) + 1]

findings = []
i = blocks.index(intro) + 1
while i < len(blocks):
    title = blocks[i].removeprefix("Key Finding: ")
    assert blocks[i + 2] == "Key takeaway", blocks[i + 2]
    body = blocks[i + 1]
    takeaway = [blocks[i + 3]]
    i += 4
    while i < len(blocks) and not blocks[i].startswith("Key Finding: "):
        takeaway.append(blocks[i])
        i += 1
    findings.append((title, body, " ".join(takeaway)))

# Line breaks the way a narrow column breaks them: after a compound's hyphen.
intro_html = inline(intro).replace("state-of-the-art", "state-of-the-<br>art").replace("policy literature", "policy&nbsp;literature")
# A ligature glyph as some PDFs carry it, which the reader must give back as two letters.
intro_html = intro_html.replace("key findings", "key \ufb01ndings")

parts = [f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(cover_title)}</title><style>
@page {{ size: A4; margin: 22mm 20mm 22mm 20mm; }}
@page briefing {{
  @top-left {{ content: "LPIP Hub | Evidence Review"; font: 9pt 'Liberation Sans'; }}
  @top-right {{ content: "Innovation Policy Briefing"; font: 9pt 'Liberation Sans'; }}
  @bottom-left {{ content: "www.lpiphub.bham.ac.uk"; font: 9pt 'Liberation Sans'; }}
  @bottom-right {{ content: counter(page); font: 9pt 'Liberation Sans'; }}
}}
body {{ font: 11pt/1.45 'Liberation Sans'; margin: 0; }}
.cover {{ page-break-after: always; font-size: 10pt; }}
.cover h1 {{ font-size: 18pt; }}
.cover .citation {{ width: 118mm; overflow-wrap: anywhere; }}
.briefing {{ page: briefing; }}
.date-line {{ font-size: 12pt; font-weight: bold; }}
.hub {{ font-size: 14pt; }}
.intro {{ columns: 2; column-gap: 10mm; text-align: left; }}
h2 {{ font-size: 13pt; margin: 14pt 0 6pt; }}
.box {{ background: #dfe9f3; padding: 8pt 10pt; margin: 8pt 0 12pt; -webkit-box-decoration-break: clone; box-decoration-break: clone; }}
.box h3 {{ font-size: 11pt; margin: 0 0 4pt; }}
.box p {{ margin: 0; orphans: 1; widows: 1; }}
</style></head><body>
<section class="cover">
<h1>{inline(cover_title)}</h1>
<p>{inline(author)}</p>
<p><strong>License:</strong></p><p>{inline(licence)}</p>
<p><strong>Document Version</strong></p><p>{inline(version)}</p>
<p><strong>Citation for published version (Harvard):</strong></p>
<p class="citation">{inline(citation)}</p>
"""]
for block in rights:
    if block.startswith("- "):
        parts.append("<ul>" + "".join(f"<li>{inline(line[2:])}</li>" for line in block.splitlines()) + "</ul>")
    elif block in ("General rights", "Take down policy"):
        parts.append(f"<p><strong>{inline(block)}</strong></p>")
    else:
        parts.append(f"<p>{inline(block)}</p>")
parts.append(f"""</section>
<section class="briefing">
<p class="date-line">{inline(date_line)}</p>
<p class="hub">{inline(hub)}</p>
<div class="intro"><p>{intro_html}</p></div>
""")
for n, (title, body, takeaway) in enumerate(findings, 1):
    body_html = inline(body).replace("decision-making", "decision-<br>making")
    # Pushes the second finding's box across the end of the first briefing page.
    spacer = '<div style="height: 12mm"></div>' if n == 2 else ""
    takeaway_html = inline(takeaway).replace("robust, interconnected", "robust,\u00a0interconnected")
    parts.append(f"""<h2>Key Finding: {inline(title)}</h2>
<p>{body_html}</p>{spacer}
<div class="box"><h3>Key takeaway</h3><p>{takeaway_html}</p></div>
""")
parts.append("</section></body></html>\n")

page = here / "innovation-evidence-review.html"
page.write_text("".join(parts), encoding="utf-8")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--no-pdf-header-footer",
                f"--print-to-pdf={here / 'innovation-evidence-review.pdf'}", page.as_uri()], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("wrote", page.name, "and innovation-evidence-review.pdf")
