"""Scraping ModernGov sites, politely and incrementally.

- :mod:`pipeline.scrape.sources` - the followed-sources file (``councils.toml``)
- :mod:`pipeline.scrape.fetch`   - the HTTP client: one host, conditional
  requests, retries, size cap, robots.txt, and the raw archive
- :mod:`pipeline.scrape.moderngov` - discovery: which meetings and documents a
  committee has, through the web service or, where it is off, the HTML pages
- :mod:`pipeline.scrape.run`     - a scrape run: discover, fetch, ingest,
  record what was new, changed, unchanged and failed
"""
