"""The PDF's XMP metadata: Subject and Keywords, which ``QPdfWriter`` has no setter for."""

from __future__ import annotations

import html

from viewer import __version__
from viewer.model.loaded import LoadedBriefing


def pdf_metadata_xmp(loaded: LoadedBriefing, subject: str) -> bytes:
    """XMP carrying Subject and Keywords, which ``QPdfWriter`` has no setter for."""
    title = html.escape(loaded.briefing.title)
    keywords = html.escape(f"briefing; sha256:{loaded.sha256}")
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{html.escape(subject)}</rdf:li></rdf:Alt></dc:description>
   <pdf:Keywords>{keywords}</pdf:Keywords>
   <pdf:Producer>briefing-viewer {__version__}</pdf:Producer>
   <xmp:CreatorTool>briefing-viewer {__version__}</xmp:CreatorTool>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()
