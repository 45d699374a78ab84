"""Printable HTML (the referat, an invitation, the group's agreements): Markdown rendered by
markdown-it-py into an A4 page that loads nothing from anywhere (no image, no raw HTML, its
style inline)."""

from __future__ import annotations

import html

from facilitator.i18n import current_language

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
@page {{ size: A4; margin: 20mm 18mm; }}
body {{ font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 11pt;
       line-height: 1.45; color: #1a1a1a; max-width: 170mm; margin: 0 auto; }}
h1 {{ font-size: 18pt; margin: 0 0 6pt; }}
h2 {{ font-size: 13pt; margin: 16pt 0 4pt; border-bottom: 1px solid #bbb; padding-bottom: 2pt;
      break-after: avoid; }}
table {{ border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; break-inside: avoid; }}
th, td {{ border: 1px solid #ccc; padding: 3pt 6pt; text-align: left; vertical-align: top; }}
th {{ background: #f0f0f0; }}
td:nth-child(n+3) {{ white-space: nowrap; }}
ul {{ padding-left: 18pt; }}
em {{ color: #555; }}
</style>
</head>
<body>
{body}</body>
</html>
"""


def printable_html(markdown_text: str, title: str) -> str:
    # Imported here: the meeting's first frame should not wait for markdown-it.
    from markdown_it import MarkdownIt

    # `breaks`: a line the referent ended with Enter stays a line in print. Opening the
    # file fetches nothing: no raw HTML, and no images (a note's `![…](http://…)` would be
    # a tracking pixel), so `![pix](…)` is the text `!` and a link markdown-it has checked
    # (no `javascript:`), as any other link in the notes.
    renderer = MarkdownIt("commonmark", {"html": False, "breaks": True}).enable("table")
    renderer.disable("image")
    body = renderer.render(markdown_text)
    return PAGE.format(lang=current_language(), title=html.escape(title), body=body)
