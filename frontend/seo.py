"""Files for search engines: a sitemap index with one sitemap per language, and robots.txt.

A sitemap lists exactly the pages that are live and available in its language, each with its
alternates in the other languages (hreflang), so search engines pair the translations.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from .site import SiteContent


def sitemap_name(language: str) -> str:
    return f"sitemap-{language}.xml"


def sitemap(content: SiteContent, language: str) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for page_id in sorted(content.pages):
        page = content.version(page_id, language)
        if page is None:
            continue
        translations = page["meta"]["translations"]
        lines.append("  <url>")
        lines.append(f"    <loc>{escape(translations[language]['url'])}</loc>")
        if page.get("last_reviewed"):
            lines.append(f"    <lastmod>{escape(page['last_reviewed'])}</lastmod>")
        for code in content.languages:
            if code in translations:
                lines.append(
                    f'    <xhtml:link rel="alternate" hreflang="{code}" href={quoteattr(translations[code]["url"])}/>'
                )
        lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def sitemap_index(content: SiteContent, base_url: str) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for language in content.languages:
        lines.append(f"  <sitemap><loc>{escape(base_url)}/{sitemap_name(language)}</loc></sitemap>")
    lines.append("</sitemapindex>")
    return "\n".join(lines) + "\n"


def robots_txt(base_url: str, languages: list[str], *, indexable: bool = True) -> str:
    """robots.txt; a site that is not to be indexed (staging) keeps every crawler out."""
    if not indexable:
        return "User-agent: *\nDisallow: /\n"
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /cabinet/", "Disallow: /api/"]
    for language in languages:
        lines += [
            f"Disallow: /{language}/api/",
            f"Disallow: /{language}/search/",
            f"Disallow: /{language}/not-translated/",
        ]
    lines += ["", f"Sitemap: {base_url}/sitemap.xml"]
    return "\n".join(lines) + "\n"
