"""The words the cue finder knows: reporting verbs, outlets, pronouns; one documented list each.

Everything here is English. docs/authoring.md explains how each list is used.
"""

from __future__ import annotations


def _forms(*stems: str) -> frozenset[str]:
    return frozenset(word for stem in stems for word in stem.split())


#: Verbs that report speech wherever they stand in the quote's sentence: "the official said",
#: "he added", "said the official", "the official told CNN". Only forms that are rarely
#: anything else: "states", "claims" or "notes" are usually nouns and are left out.
REPORTING = _forms(
    "say says said",
    "tells told",
    "adds added",
    "stated",
    "noted",
    "assesses assessed",
    "warns warned",
    "explains explained",
    "asks asked",
    "replies replied",
    "answered",
    "insists insisted",
    "argues argued",
    "claimed",
    "declares declared",
    "announces announced",
    "acknowledges acknowledged",
    "admits admitted",
    "confirms confirmed",
    "asserts asserted",
    "writes wrote",
    "tweeted",
    "recalls recalled",
    "remarked",
    "observed",
    "suggests suggested",
    "stressed",
    "emphasised emphasized",
    "urged",
    "cautioned",
    "vowed",
    "conceded",
    "contends contended",
    "commented",
    "quipped",
    "joked",
    "responds responded",
    "interjected",
    "countered",
    "rejoined",
    "testified",
    "exclaimed",
    "shouted",
    "yelled",
    "whispered",
    "lamented",
    "complained",
    "boasted",
)

#: Verbs that report speech only right beside the quotation ("Alito continued: “…”",
#: "he labeled the agreement “a fraud”"), with at most ``WEAK_REACH`` words between: elsewhere
#: they mostly mean something else ("the fight continues in Mariupol").
WEAK = _forms(
    "continues continued",
    "agreed",
    "reported reports",
    "estimated",
    "predicted",
    "maintained",
    "concluded",
    "calls called",
    "describes described",
    "labels labelled labeled",
    "dubbed",
    "termed",
    "posted",
    "pleaded",
)
WEAK_REACH = 8

#: Participles that carry on a reporting clause: "the official said, adding that … “…”".
#: Their speaker is the subject of the reporting verb before them.
PARTICIPLES = _forms(
    "saying adding telling noting warning explaining insisting arguing asking writing",
    "stressing stating claiming declaring acknowledging admitting confirming recalling",
    "suggesting urging cautioning emphasising emphasizing asserting announcing vowing",
    "conceding",
)

#: Before one of these, a reporting verb is passive ("Boehner was asked"): not a cue.
PASSIVE = _forms("was were is are be been being")

#: Between a speaker and the verb: skipped when the speaker is taken ("the official also said").
BETWEEN = _forms(
    "also later then further again earlier previously separately recently repeatedly once",
    "still simply first initially finally reportedly has have had would will did does do",
    "could may might must should can never often",
)

#: Words that end the speaker, looking back from the verb: a new clause starts there.
CLAUSE = _forms(
    "that but and or nor while as because when which who whom whose where if so then than",
    "after before although though since until unless whether what how why whereas yet",
)

#: Words that end a cue's tail after the verb ("the official said, adding that …").
TAIL_STOP = CLAUSE | PARTICIPLES

#: Where the words after an inverted verb stop being the speaker ("said Smith at a briefing").
SPEAKER_STOP = (
    CLAUSE
    | PARTICIPLES
    | _forms("at in on during to with told via through without according over from by")
)

#: A cue goes on after its verb only with a phrase that starts with one of these ("said on
#: grounds of anonymity, according to AFP", "said at one point", "added later"), an adverb
#: in -ly, or a "told" verb's object: "Wiig says all of that was …" keeps only "Wiig says".
TAIL_START = _forms(
    "in on at during to with via through according over from for about",
    "alongside under amid without later earlier again then today yesterday tonight last",
    "monday tuesday wednesday thursday friday saturday sunday",
)

#: A speaker that is only one of these is kept as it is and flagged for the author.
PRONOUNS = _forms("he she they it we i you")

#: Capitalised only because a sentence starts with it: "The official said" → "the official".
LOWER_AT_START = _forms(
    "the a an his her its their our my this that these those one another he she they it we you"
)

#: Words in a cue that mean the speaker was not named.
ANONYMITY = (
    "anonymity",
    "anonymously",
    "unnamed",
    "not authorized to speak",
    "not authorised to speak",
    "not be named",
    "not to be named",
    "declined to be named",
    "not be identified",
    "not to be identified",
)

#: News organisations a cue may name ("according to AFP", "told CNN"). A name not listed here
#: is still taken when it contains one of ``MEDIA_WORDS`` ("the Pittsburgh Tribune-Review").
OUTLETS = _forms(
    "AFP AP Reuters Bloomberg CNN BBC NPR PBS NBC ABC CBS MSNBC CNBC Fox CBC CTV Sky ITV",
    "Axios Politico POLITICO Vox TASS Interfax RIA Xinhua Kyodo Yonhap Anadolu dpa DPA ANSA",
    "EFE PTI ANI IANS Ukrinform UNIAN RFE/RL VOA Al-Jazeera Jazeera Euronews DW ZDF ARD",
    "Haaretz Kommersant Vedomosti Izvestia Meduza Nikkei Asahi Yomiuri Bernama Antara Tass",
    "TIME Time Newsweek Forbes Fortune Wired WIRED TechCrunch HuffPost Slate",
)

#: Capitalised words that make a name an outlet's: "Times", "Post", "News", "Radio" …
MEDIA_WORDS = _forms(
    "Times Post News Journal Tribune Herald Gazette Telegraph Guardian Independent Observer",
    "Radio Television TV Press Agency Broadcasting Broadcaster Daily Magazine Chronicle",
    "Courier Dispatch Examiner Inquirer Register Wire Express Mail Mirror Standard Review",
    "Economist Bulletin Record Sentinel Star Sun Globe Monitor Reporter Insider Newswire",
    "Channel Network Zeitung Spiegel Monde Figaro País",
)

#: An outlet named only by what it is: "told the newspaper".
MEDIA_NOUNS = _forms(
    "newspaper paper broadcaster magazine channel network station outlet website daily",
    "tabloid agency",
)

#: Before an outlet, these make it the one the speaker talked to ("told CNN", "in an interview
#: with CNN", "said on CNN", "in a statement to AFP").
TOLD_BEFORE = _forms("told telling tells tell to with on")

#: Before an outlet, these make it the one that reported ("according to AFP", "reported by AFP").
REPORTED_BEFORE = ("according to", "reported by", "quoted by", "cited by")
