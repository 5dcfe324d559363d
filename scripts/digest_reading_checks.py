"""Count what a reader of a digest trips over, in the parts `scripts/real_digest.py` wrote.

    .venv/bin/python scripts/digest_reading_checks.py var/real-digest/real-blind8 [more folders]

For each folder's digest.txt and digest.html:

    wide lines        text-part lines wider than 72 columns (a CJK character takes two)
    line-start punct  text-part lines opening with closing CJK punctuation (。，、」)
    headline again    stories whose summary opens with their headline's words
    card = entry      cards whose "Reported by" line only repeats the entry's single list
    one-word summary  stories whose summary is a single word or two ("Sputnik.")
    dateline opening  summaries opening with an all-capitals place and a date or agency, or
                      with an agency's wire in title case ("New Delhi [India], April 25 (ANI):"),
                      a place alone before a full stop ("TASHKENT. The ...") or a Chinese
                      outlet's dateline ("信网6月11日讯", round 56; in the traditional
                      characters, "中新網5月29日電", and Xinhua's Japanese "【新華社...7月2日】",
                      round 77)
    dateline blurb    document cards whose blurb opens on a dateline, as "dateline opening"
                      counts stories' summaries: "NUR-SULTAN – The Heads of the SCO member
                      states have signed a Moscow declaration ..." (blind set 30; round 74)
    title blurb       document cards whose blurb is a line without a sentence's end (a title
                      or a dateline and a title, not what the document is or who adopted it)
    lead-in blurb     document cards whose blurb is a lead-in ending on a colon, telling
                      neither the meeting nor a step: the line over a quotation or a decree's
                      articles ("From the Bishkek Declaration on Syria:", blind set 48;
                      "Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:", set 50; round 77)
    outlets missing   outlets of a document's register entry (documents.txt) that its digest
                      entry does not name (copies and archive pages left off a card: round 36)
    other meeting     reports listed under "Reported by" of an entry whose set label (set.txt,
                      written by real_digest.py) names another venue or year than the entry's
                      meeting, published from the meeting's day on or undated (a report of a
                      later meeting recalling the document: round 36); a council held by
                      video is its year's "video-" label ("video-summit-2023": round 77)
    repeated outlet   outlets named twice in one entry's "Reported by" list
    late report       reports listed under "Reported by" of an entry, published a year or more
                      after the entry's day: a look back, not news of it (blind set 33: a 2017
                      chronology of the SCO "reported" a 2005 memorandum; round 50)
    covered, other meeting
                      outlets of an entry's "Also covered by" line (stories told under it)
                      whose set label names another venue or year than the entry's meeting
                      (blind set 29: the Moscow heads of government council's story told under
                      the Tianjin summit's card: round 36, the lead's reader check)
    status contradicted
                      document cards done (not planned) whose blurb tells another step done
                      than the card's status ("approved" over "... the Astana Declaration ...
                      was signed", blind set 38; round 52)
    says no step      document cards whose blurb, unmarked, names neither the document's kind
                      nor a meeting, a council or a step: the opening of the document's own
                      text ("The SCO has established itself as ...", a strategy's page, blind
                      set 38; round 52), not a report of it
    no report         document entries with no link at all: neither a report nor a recall
                      (an alert whose only report was a year late showed none; round 52)
    unread title      document names written mostly in another script than the Latin (for an
                      English reader's digest: a card titled in Japanese or Bengali; round 52),
                      unless led by English before the name (round 55's gloss)
    gloss again       lines of a group card whose name leads with the type (and meeting) the
                      line's bracket and the card's heading give (round 56)
    look back as other meeting
                      recalls listed as "reports of other meetings" whose set label names no
                      calendar meeting's venue: a look back at the document's own meeting (a
                      2012 history page of the 2001 founding declaration, blind set 38; round 53),
                      or only the venue of the entry's own meeting (an undated preview of it,
                      blind set 40; round 54)
    lone outlets line stories whose "N outlets:" line names a single outlet, already the
                      story's byline (text part: "1 outlets: hausa.cri.cn", blind set 38)
    blurb of an earlier year
                      document entries' blurbs that name a year before the entry's meeting's
                      and not that year (years inside the entry's document names aside; a later
                      year is mostly a horizon, "至2030年经济发展战略", blind set 28): India's
                      and Pakistan's memoranda at the Astana foreign ministers of April 2017,
                      blurbed "En juin 2016, l'Inde et le Pakistan ont signé ..." (blind set 49;
                      the lead's reader check): the card contradicts its own blurb
    unmarked language document cards' blurbs in a language the reader does not read
                      (languages.txt, written by real_digest.py; not counted without it)
                      with no line over them saying which ("In Swahili:": blind set 52's
                      English reader got Iran's memorandum blurbed in Swahili, untold; round 73),
                      and entries' summaries standing for blurbs they have none of (round 74)
    brackets in a row group card lines whose name ends on a bracket, which the text part
                      follows with the type's: "... hasta 2030) (Action plan, approved)"
                      (blind set 51's Spanish title, set 30's Japanese one; round 74)
    quoted blurb      document cards' blurbs opening on a quotation: a speaker's words naming
                      the document in passing, not the report's sentence of what it is and who
                      signed it where and when (blind set 52's road transport agreement blurbed
                      by a 2023 speech, «Считаем необходимым ...»; round 73)
    type against name document cards typed "Agreement" whose name is a treaty's, a
                      convention's or a charter's ("SCO Convention on Countering Extremism /
                      Agreement, signed", blind sets 44 and 32; the Treaty on Long-Term
                      Good-Neighbourliness ... / Agreement, set 52; round 76)
    language against script
                      document cards' blurbs in the Latin script whose language (the lang
                      attribute) is never written in it: a bilingual page's English sentence
                      marked as the page's language ("From the document's own text, in
                      Chinese:" over "The Shanghai Cooperation Organization ... has established
                      itself ...", blind set 38; the Qingdao Declaration, set 17; round 79)
    alone untold      document entries whose blurb is marked as in a language the reader does not
                      read ("In Arabic:") while every report listed, each with its language, is
                      in such a language, and the mark does not say so ("In Arabic (the card's
                      only report):", "In Portuguese (no report in English):"; set 8's Roscongress
                      memorandum; round 79)

It is a reading aid, as the digest script is: counts to compare before and after a change.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from datetime import date, datetime
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.digest import tells_meeting, text_script, told_status  # noqa: E402

_CLOSING = "。，、．！？：；」』）》"
# a place in capitals and what a dateline puts after it (a comma, a bracket, a dash): an
# acronym opening a sentence ("ШОС готова работать ...", "SCO உடனான ...") is no dateline
_DATELINE = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ\-]{2,}(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁ\-]+)*\s*(?:[,(/—–]|-\s|$)"
                       # the place alone before a full stop ("TASHKENT. The ministers ...",
                       # Kazinform's dateline cut from its agency, blind set 42; round 56)
                       r"|^(?![IVXLC]+\.)[A-ZА-ЯЁ][A-ZА-ЯЁ\-]{2,}\.\s"
                       # a Chinese outlet's day and 电, 讯 or 消息 ("央广网青岛6月18日消息"), in
                       # the traditional characters too, the name spaced from the place or not
                       # ("中新網5月29日電", "中新网 北京2月26日电"), and Xinhua's Japanese
                       # dateline ("【新華社サンクトペテルブルク7月2日】"; round 77)
                       r"|^[^\s，。,：:]{2,14}?(?: [^\s，。,：:]{2,10}?)?\d{1,2}月\d{1,2}日"
                       r"(?:[电電](?![影视視])|[讯訊]|消息)"
                       r"|^【[^】]{2,30}?\d{1,2}月\d{1,2}日】"
                       # an agency's dateline with the day in characters ("中新社塔什干六月十八
                       # 日電(記者李鵬)", blind set 4)
                       r"|^据?(?:新华社|中新社|新華社)[^，。\s]{0,20}?[电電讯訊]"
                       # a wire's place in title case, a day and the agency in brackets
                       r"|^[A-Z]\w+(?:\s[A-Z]\w+){0,2}(?:\s*\[[^\]]+\])?,\s*[^,()]{3,15}\([A-Z]{2,8}\)"
                       # the day first, the place and the agency between slashes ("16
                       # października, Islamabad /Kor. BELTA/.", blind set 40; round 54)
                       r"|^\d{1,2}\s+[^\W\d_]+,\s*[A-ZА-ЯЁ]\w+(?:\s\w+){0,2}\s*/[^/]{2,25}/\.")
# a sentence's end, or the mark of a blurb cut short
_BLURB_END = re.compile(r"(?:[.!?…。！？:।॥۔؟]|…)[\"'”’»)）」』]*$")


def _leads_only(said: str) -> bool:
    """Whether a blurb is a lead-in ending on a colon that tells neither the meeting nor a step
    ("From the Bishkek Declaration on Syria:", blind set 48; a decree's "Правительство
    Республики Казахстан ПОСТАНОВЛЯЕТ:", set 50; round 77). A communiqué's opening that tells
    who met where ("..., state the following:") is no mere lead-in."""
    said = " ".join(said.split())
    return said.endswith((":", "：")) and not tells_meeting(
        _NAMED_AFTER_VENUE.sub(" ", said))


# a document named after its venue ("Bishkek Declaration"): the venue tells no meeting
_NAMED_AFTER_VENUE = re.compile(r"\b[A-Z][a-z]+ (?:Declaration|Communiqu[eé]|Charter|Convention)\b")


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


_REGISTER_NAME = re.compile(r"^(\S.*?)  \[[a-z_]+(?:, [a-z]+)?\]$")
_REGISTER_OUTLETS = re.compile(r"^\s+reported by \d+ article\(s\): (.*)$")
_DAY = re.compile(r"\b(\d{1,2} [A-Z][a-z]{2} \d{4})\b")


_OUTLET_COUNT = re.compile(r" \(\d+\)$")


def register_outlets(folder: Path) -> dict[str, set[str]]:
    """Document name -> the outlets of its register entry, from documents.txt; a name that
    several entries bear (two meetings' "Joint Communiqué") is left out, its entry unknown."""
    path = folder / "documents.txt"
    out: dict[str, set[str]] = {}
    seen: dict[str, int] = {}
    name = None
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        if m := _REGISTER_NAME.match(line):
            name = _stored(m.group(1))
            seen[name] = seen.get(name, 0) + 1
        elif name and (m := _REGISTER_OUTLETS.match(line)):
            # an outlet of several reports is listed with its count ("udn.com (2)"): the
            # outlet is its name (round 71: set 20's Tianjin Declaration counted "missing")
            out.setdefault(name, set()).update(
                _OUTLET_COUNT.sub("", o.strip()) for o in m.group(1).split(","))
    return {name: outlets for name, outlets in out.items() if seen[name] == 1}


# the English gloss before a name of another script, a card's ("Agreement, ... — title in
# Chinese: ") or a group card's line's ("Title in Chinese: "), and since round 56 the register's
_GLOSSED = re.compile(r"(?:^| — )[Tt]itle (?:in [A-Z][\w-]*|as reported): (.+)$")


def _stored(name: str) -> str:
    """The stored name a title glosses ("Title in Chinese: 上合..." -> "上合..."), else it."""
    m = _GLOSSED.search(name)
    return m.group(1) if m else name


def _day(text: str) -> date | None:
    m = _DAY.search(text)
    return datetime.strptime(m.group(1), "%d %b %Y").date() if m else None


def _labels(folder: Path) -> dict[str, str]:
    """URL -> the set's story label, when set.txt names the set."""
    named = folder / "set.txt"
    if not named.exists():
        return {}
    items = Path(named.read_text(encoding="utf-8").strip()) / "items.jsonl"
    with items.open(encoding="utf-8") as lines:
        return {item["url"]: item["story"] for item in map(json.loads, lines)}


def entry_checks(folder: Path, page: lxml.html.HtmlElement) -> dict[str, int]:
    """The document entries' outlets against the register, their reports against the labels."""
    register = register_outlets(folder)
    labels = _labels(folder)
    missing = other = repeated = covered = late = 0
    for entry in page.find_class("doc"):
        text = " ".join(entry.text_content().split())
        names = {_stored(" ".join(n.text_content().split())) for n in entry.find_class("dn")}
        names |= {_stored(" ".join(n.text_content().split())) for n in entry.find_class("ln")}
        for name in names & register.keys():
            missing += sum(outlet not in text for outlet in register[name])
        sources = entry.find_class("src")
        outlets = [" ".join(m.text_content().split()).split(" · ")[0]
                   for src in sources for m in src.find_class("m")]
        repeated += len(outlets) - len(set(outlets))
        heads = entry.find_class("dt")
        held = _day(heads[0].text_content()) if heads else None
        metas = [m for m in entry.find_class("m") if m.getparent() is entry]
        meeting = " ".join((metas[0].text_content() if metas else "").split())
        if held is None:
            held = _day(meeting)
        headings = entry.find_class("dn")
        if (len(names) > 1 or not meeting) and headings:  # a group: its heading is the meeting
            meeting = " ".join(headings[0].text_content().split())
        venue = meeting.split(" · ")[0].rsplit(", ", 1)[-1] if ", " in meeting else ""
        if held is not None:
            late += sum(bool(day) and (day - held).days >= 365
                        for src in sources if (day := _day(src.text_content())))
        # a group placed at no meeting is headed by the meeting its reports name, its line
        # saying "meeting unresolved" (round 72): no meeting to hold its reports to
        unplaced = any("meeting unresolved" in m.text_content() for m in metas)
        if not labels or held is None or not venue or "unresolved" in meeting or unplaced:
            continue
        venue_slug = venue.split(" (")[0].casefold().replace(" ", "-")
        # a council held by video is labelled by its year ("video-summit-2023" is New Delhi's,
        # blind set 25's README): its label need not name the chair's capital (round 77)
        by_video = "(video" in venue

        def of_meeting(label: str, slug: str = venue_slug, video: bool = by_video,
                       year: str = str(held.year)) -> bool:
            return (slug in label or video and "video" in label.split("-")) and year in label

        for src in sources:
            links = [a.get("href") for a in src.iter("a")]
            label = labels.get(links[0]) if links else None
            day = _day(src.text_content())
            if label is None or (day and day < held) or label.endswith("-preview"):
                continue
            other += not of_meeting(label)
        for div in entry.find_class("m"):
            if not div.text_content().startswith("Also covered by:"):
                continue
            for a in div.iter("a"):
                label = labels.get(a.get("href"))
                if label is None or label.endswith("-preview"):
                    continue
                covered += not of_meeting(label)
    return {"outlets missing": missing, "other meeting": other, "repeated outlet": repeated,
            "covered, other meeting": covered, "late report": late}


def checks(folder: Path) -> dict[str, int]:
    """The counts for one digest."""
    text = (folder / "digest.txt").read_text(encoding="utf-8")
    page = lxml.html.fromstring((folder / "digest.html").read_text(encoding="utf-8"))
    lines = [line for line in text.splitlines() if "://" not in line and "mailto:" not in line]
    out = {"wide lines": sum(_columns(line) > 72 for line in lines),
           "line-start punct": sum(line.strip()[:1] in _CLOSING for line in lines if line.strip())}
    again = short = dateline = 0
    for cell in page.find_class("it"):
        heads = cell.find_class("h")
        summaries = cell.find_class("s")
        if not heads or not summaries:
            continue
        head = _words(heads[0].text_content().rstrip("… "))
        summary = summaries[0].text_content().strip()
        again += bool(head) and _words(summary).startswith(head)
        short += len(summary.split()) <= 2 and not re.search(r"[\u3400-\u9fff]", summary)
        dateline += bool(_DATELINE.match(summary))
    cards = 0
    for entry in page.find_class("doc"):
        lists = [d.text_content() for d in entry.find_class("co")]
        outlets = [s for s in entry.find_class("rb")]
        if lists and outlets and "1 outlet" in outlets[0].text_content() and len(set(lists)) == 1:
            cards += len(lists)
    titles = dated = leads = 0
    for entry in page.find_class("doc"):
        for card in entry.find_class("card"):
            for blurb in card.find_class("s"):
                said = blurb.text_content().strip()
                titles += bool(said) and not _BLURB_END.search(said)
                dated += bool(_DATELINE.match(said))
                leads += _leads_only(said)
    out.update({"headline again": again, "card = entry": cards, "one-word summary": short,
                "dateline opening": dateline, "title blurb": titles, "dateline blurb": dated,
                "lead-in blurb": leads})
    out.update(entry_checks(folder, page))
    out.update(card_checks(page))
    out.update(round53_checks(text, page, _labels(folder)))
    out.update(year_checks(page))
    out.update(language_checks(page, _reader_languages(folder)))
    out.update(type_checks(page))
    return out


# a binding text's own word in a card's English name, and the words that make the name another
# text's (an agreement under a treaty, a protocol to a charter, an amendment of a convention)
_BINDING_WORD = re.compile(r"\b(?:treaty|convention|charter)\b", re.I)
_NOT_THE_TEXT = re.compile(r"\b(?:agreements?|protocols?|amendments?|amending)\b", re.I)


def _against_name(name: str, label: str) -> bool:
    """Whether a card's type label says "Agreement" of a name that is a treaty's, a
    convention's or a charter's: "SCO Convention on Countering Extremism" over "Agreement,
    signed" (round 76). A title in another script glossed in English is the gloss's."""
    name = re.split(r" — |: ", " ".join(name.split()), maxsplit=1)[0]
    kind = " ".join(label.split()).split(" · ")[0].split(",")[0].strip()
    return (
        kind == "Agreement"
        and len({m.lower() for m in _BINDING_WORD.findall(name)}) == 1
        and not _NOT_THE_TEXT.search(name)
    )


def type_checks(page: lxml.html.HtmlElement) -> dict[str, int]:
    """Cards whose type label contradicts their name (round 76)."""
    against = 0
    for entry in page.find_class("doc"):
        heads, names = entry.find_class("dt"), entry.find_class("dn")
        if heads and names and "documents" not in heads[0].text_content():
            against += _against_name(names[0].text_content(), heads[0].text_content())
        for line in entry.find_class("ln"):
            meta = line.getnext()
            if meta is not None and "lm" in (meta.get("class") or "").split():
                against += _against_name(line.text_content(), meta.text_content())
    return {"type against name": against}


def _reader_languages(folder: Path) -> frozenset[str] | None:
    """The reader's languages (their base: "zh" of "zh-Hant"), from languages.txt; None when
    the folder has none or the reader reads all."""
    path = folder / "languages.txt"
    said = path.read_text(encoding="utf-8").strip() if path.exists() else ""
    return frozenset(x.split("-")[0] for x in said.split(",") if x) or None


# a blurb opening on a quotation mark (render's `opens_on_quote`)
_QUOTED = re.compile(r"^[\s(]*[«“„\"‘‚「『‹]")
# the line over a blurb naming its language ("In Swahili:", "Told before it was signed, in
# German:"; render.blurb_mark)
# "In Swahili:", "Told before it was signed, in German:", and with what the card's reports are
# when none is in the reader's languages, "In Arabic (the card's only report):" (round 79)
_LANGUAGE_MARK = re.compile(r"(?:^|, )[Ii]n [A-Z][\w ]*(?P<alone> \([^()]*\))?:$")
# languages never written in the Latin script (pipeline.digest._NOT_LATIN)
_NOT_LATIN = frozenset(
    "ru uk be bg mk ky tg mn ar fa ur ps zh ja ko hi mr ne bn ta te th ka hy he el".split())


def _unread(text: lxml.html.HtmlElement, languages: frozenset[str] | None) -> bool:
    """Whether a summary's language (its lang attribute) is one the reader does not read."""
    language = (text.get("lang") or "").split("-")[0]
    return bool(languages and language and language not in languages)


def language_checks(page: lxml.html.HtmlElement,
                    languages: frozenset[str] | None) -> dict[str, int]:
    """Document cards' blurbs in a language the reader does not read with no line naming it,
    and blurbs opening on a quotation (round 73); an entry's summary standing for blurbs it
    has none of (outside a card), in such a language with no line over it (round 74)."""
    unmarked = quoted = 0
    for entry in page.find_class("doc"):
        for card in entry.find_class("card"):
            marks = [" ".join(m.text_content().split()) for m in card.find_class("m")]
            for blurb in card.find_class("s"):
                quoted += bool(_QUOTED.match(blurb.text_content()))
                if _unread(blurb, languages):
                    unmarked += not any(_LANGUAGE_MARK.search(m) for m in marks)
        for told in entry.find_class("s"):
            if any("card" in (up.get("class") or "").split() for up in told.iterancestors()):
                continue
            mark = told.getprevious()
            said = " ".join(mark.text_content().split()) if mark is not None else ""
            unmarked += _unread(told, languages) and not _LANGUAGE_MARK.search(said)
    return {"unmarked language": unmarked, "quoted blurb": quoted,
            "language against script": _script_mismatches(page),
            "alone untold": _alone_untold(page, languages)}


def _script_mismatches(page: lxml.html.HtmlElement) -> int:
    """Cards' blurbs in the Latin script marked (lang) as a language never written in it."""
    count = 0
    for card in page.find_class("card"):
        for blurb in card.find_class("s"):
            language = (blurb.get("lang") or "").split("-")[0]
            count += language in _NOT_LATIN and text_script(blurb.text_content()) == "latin"
    return count


def _alone_untold(page: lxml.html.HtmlElement, languages: frozenset[str] | None) -> int:
    """Entries whose blurb is marked as in an unread language, every report listed (with a
    language: a headline's lang attribute) being in an unread language too, and the mark not
    saying that no report is in the reader's languages."""
    if not languages:
        return 0
    count = 0
    for entry in page.find_class("doc"):
        reports = [link for line in entry.find_class("src") + entry.find_class("rl")
                   for link in line.iter("a", "span") if link.get("lang")]
        lines = entry.find_class("src") + entry.find_class("rl")
        if not reports or len(reports) < len(lines) or not all(_unread(r, languages)
                                                                 for r in reports):
            continue
        for card in entry.find_class("card"):
            marks = [" ".join(m.text_content().split()) for m in card.find_class("m")]
            found = [_LANGUAGE_MARK.search(m) for m in marks]
            count += any(f is not None and not f.group("alone") for f in found)
    return count


# a year a blurb names (1990-2039), and the year ending an entry's date ("21 Apr 2017")
_YEAR = re.compile(r"(?<!\d)(?:19[9]\d|20[0-3]\d)(?!\d)")
_DATE_YEAR = re.compile(r"\b\d{1,2} [A-Z][a-z]{2} ((?:19|20)\d\d)\b")


def year_checks(page: lxml.html.HtmlElement) -> dict[str, int]:
    """Document entries whose blurbs name an earlier year and not their meeting's (see the
    docstring)."""
    other_year = 0
    for entry in page.find_class("doc"):
        # the entry's day: a group's heading ("2 documents · 21 Apr 2017") or a single
        # document's meeting line ("SCO Heads of State Council, Astana · 4 Jul 2024"), before
        # its reports ("rb")
        heading = []
        for el in entry.iter():
            classes = (el.get("class") or "").split()
            if "rb" in classes or "card" in classes:
                break
            if "dt" in classes or "m" in classes:
                heading.append(el.text_content())
        years = {m.group(1) for line in heading for m in _DATE_YEAR.finditer(line)}
        if len(years) != 1:
            continue
        names = " ".join(n.text_content() for n in [*entry.find_class("dn"),
                                                     *entry.find_class("ln")])
        named = set(_YEAR.findall(names))
        for blurb in entry.find_class("s"):
            said = {int(y) for y in set(_YEAR.findall(blurb.text_content())) - named}
            (year,) = years
            other_year += any(y < int(year) for y in said) and int(year) not in said
    return {"blurb of an earlier year": other_year}


_OTHER_MEETINGS = "Recalled in reports of other meetings"


def _venue_slugs() -> frozenset[str]:
    """The calendar's venues as a set label spells them ("new-delhi")."""
    from pipeline.documents.calendar import default_calendar

    return frozenset(m.venue.split(" (")[0].casefold().replace(" ", "-")
                     for m in default_calendar().meetings if m.venue)


def round53_checks(text: str, page: lxml.html.HtmlElement,
                   labels: dict[str, str]) -> dict[str, int]:
    """Recalls called reports of other meetings that report none; one-outlet outlets lines."""
    venues = _venue_slugs()
    look_back = 0
    for entry in page.find_class("doc"):
        # the venues of the entry's own meeting (its heading and first meeting line): a recall
        # labelled with one reports no other meeting either (blind set 40's undated preview of
        # the New Delhi summit, under New Delhi's Belarus memorandum; round 54)
        heads = [*entry.find_class("dn")[:1], *entry.find_class("m")[:1]]
        said = " ".join(" ".join(h.text_content().casefold().split()) for h in heads)
        own = {v for v in venues if v.replace("-", " ") in said}
        for div in entry.find_class("rc"):
            content = div.text_content()
            heading = div.getprevious() if "rl" in (div.get("class") or "") else None
            while heading is not None and "rl" in (heading.get("class") or ""):
                heading = heading.getprevious()  # the heading over a recall-only card's lines
            if not (content.startswith(_OTHER_MEETINGS) or (
                    heading is not None and _OTHER_MEETINGS in heading.text_content())):
                continue
            for a in div.iter("a"):
                label = labels.get(a.get("href") or "")
                named = {v for v in venues if label and v in label}
                look_back += bool(label) and named <= own
    lone = sum(bool(re.match(r"1 outlets?:", " ".join(d.text_content().split())))
               for cell in page.find_class("it") for d in cell.find_class("m"))
    lone += len(re.findall(r"^\s*1 outlets?: ", text, re.M))
    return {"look back as other meeting": look_back, "lone outlets line": lone}


_OWN_TEXT_MARK = "From the document's own text:"


def _kind(label: str) -> str:
    """The document kind of a card's type label ("Joint statement" -> "joint_statement"); a
    treaty's, convention's or charter's is the agreement's, whose words the gazetteer gives
    them (keys.shown_kind, round 76)."""
    kind = "_".join(label.strip().casefold().split())
    return "agreement" if kind in ("treaty", "convention", "charter") else kind


def card_checks(page: lxml.html.HtmlElement) -> dict[str, int]:
    """What a card's status, blurb, links and title tell a reader (round 52)."""
    contradicted = no_step = empty = unread = again = 0
    for entry in page.find_class("doc"):
        if not [a for a in entry.iter("a") if (a.get("href") or "").startswith("http")]:
            empty += 1
        names = [*entry.find_class("dn"), *entry.find_class("ln")]
        unread += sum(not _read_title(n.text_content()) for n in names)
        again += sum(_gloss_again(n) for n in entry.find_class("ln"))
        # (kind, status) of the card's documents: "Declaration · approved" heads a one-document
        # entry, "Declaration, approved · ..." follows each name of a group's card
        heads = [d.text_content() for d in entry.find_class("dt")]
        for card in entry.find_class("card"):
            metas = [m.text_content().split(" · ")[0].split(", ") for m in card.find_class("lm")]
            if not metas and heads and " · " in heads[0] and "documents" not in heads[0]:
                metas = [heads[0].split(" · ")[:2]]
            marks = " ".join(m.text_content() for m in card.find_class("m"))
            for blurb in card.find_class("s"):
                said = " ".join(blurb.text_content().split())
                for meta in metas:
                    # a planned card's blurb is a preview; its tense is tagging's to read
                    if len(meta) < 2 or meta[1].strip() == "planned":
                        continue
                    told = told_status(said, _kind(meta[0]))
                    # round 81: "approved as a draft" is told as approved or as a draft's plan
                    shown = meta[1].strip().removesuffix(" as a draft")
                    contradicted += told not in (None, "planned", shown)
                if (said and _OWN_TEXT_MARK not in marks and not tells_meeting(said)
                        and all(told_status(said, _kind(m[0])) is None
                                and not _names_kind(said, _kind(m[0])) for m in metas)):
                    no_step += 1
    brackets = sum(bool(_CLOSING_BRACKET.search(n.text_content()))
                   for n in page.find_class("ln"))
    return {"status contradicted": contradicted, "says no step": no_step, "no report": empty,
            "unread title": unread, "gloss again": again, "brackets in a row": brackets}


# a group card's line ending on a bracket, which the text part follows with its type's bracket
_CLOSING_BRACKET = re.compile(r"[)）]\s*$")


def _gloss_again(line: lxml.html.HtmlElement) -> bool:
    """Whether a group card's line leads its name with the type its own bracket gives ("Joint
    statement, SCO Heads of State Council, Ufa 2015 — title in Chinese: ... (Joint statement,
    adopted)", blind set 39; round 56)."""
    meta = line.getnext()
    if meta is None or "lm" not in (meta.get("class") or "").split():
        return False
    kind = " ".join(meta.text_content().split()).split(" · ")[0].split(",")[0]
    name = " ".join(line.text_content().split())
    return bool(kind) and name.startswith((f"{kind},", f"{kind} —"))


def _read_title(name: str) -> bool:
    """Whether an English reader reads a card's title: mostly in the Latin script ("聯合公報
    (Joint Communiqué)"), or led by English before the stored name in brackets or after a dash
    ("Agreement, SCO Heads of State Council, Ufa 2015 — title in Chinese: 上海合作组织成员国边防
    合作协定", round 55: a long name outweighs its lead's letters), or after a colon (a group
    card's line: "Title in Chinese: 上海合作组织成员国边防合作协定", round 56)."""
    lead = re.split(r" \(| — |: ", name, maxsplit=1)[0]
    return text_script(name) in (None, "latin") or (lead != name
                                                    and text_script(lead) == "latin")


def _names_kind(sentence: str, kind: str) -> bool:
    """Whether a sentence names a document of this kind (declaration, strategy, ...)."""
    from pipeline.documents import default_gazetteer
    from pipeline.tagging import find_matches

    return any(m.entry.kind == "doc_type" and m.entry.ref == kind
               for m in find_matches(default_gazetteer(), sentence))


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    for name in argv:
        if not (Path(name) / "digest.txt").is_file():
            print(f"{name}: no digest.txt here (write one with scripts/real_digest.py --dir)",
                  file=sys.stderr)
            return 2
        counts = checks(Path(name))
        print(f"{Path(name).name:22} " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
