"""A PDF's metadata text: briefing strings as the screen shows them, in XMP that is valid XML.

XML 1.0 cannot carry most C0 controls, U+FFFE, U+FFFF or surrogates, not even
escaped: one form feed in a title made the whole XMP packet unreadable. Controls
become the control pictures the screen shows (``render.visible``); what XML still
cannot carry becomes U+FFFD. ElementTree does the escaping.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from viewer import __version__
from viewer.model.loaded import LoadedBriefing
from viewer.text import visible

# Code points outside XML 1.0's Char production that survive ``visible``.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_PACKET_ID = "W5M0MpCehiHzreSzNTczkc9d"  # fixed by the XMP specification
_NAMESPACES = {
    "xmlns:dc": "http://purl.org/dc/elements/1.1/",
    "xmlns:pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmlns:xmp": "http://ns.adobe.com/xap/1.0/",
}


def metadata_text(text: str) -> str:
    """``text`` as the screen shows it, with what XML cannot carry replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", visible(text))


def pdf_metadata_xmp(loaded: LoadedBriefing, subject: str) -> bytes:
    """XMP carrying Title, Subject and Keywords (``QPdfWriter`` has no setter for the last two)."""
    root = ET.Element("x:xmpmeta", {"xmlns:x": "adobe:ns:meta/"})
    rdf = ET.SubElement(
        root, "rdf:RDF", {"xmlns:rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}
    )
    description = ET.SubElement(rdf, "rdf:Description", {"rdf:about": "", **_NAMESPACES})
    _language_alternative(description, "dc:title", loaded.briefing.title)
    _language_alternative(description, "dc:description", subject)
    _text(description, "pdf:Keywords", f"briefing; sha256:{loaded.sha256}")
    _text(description, "pdf:Producer", f"briefing-viewer {__version__}")
    _text(description, "xmp:CreatorTool", f"briefing-viewer {__version__}")
    ET.indent(root, space=" ")
    packet = ET.tostring(root, encoding="unicode")
    return f'<?xpacket begin="\ufeff" id="{_PACKET_ID}"?>\n{packet}\n<?xpacket end="w"?>'.encode()


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, tag).text = metadata_text(text)


def _language_alternative(parent: ET.Element, tag: str, text: str) -> None:
    alternatives = ET.SubElement(ET.SubElement(parent, tag), "rdf:Alt")
    _text(alternatives, "rdf:li", text)
    alternatives[0].set("xml:lang", "x-default")
