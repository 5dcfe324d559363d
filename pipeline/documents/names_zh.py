"""Chinese and Japanese document names: titles in 《》 (「」 in Japanese) and 关于…的声明/宣言."""

from __future__ import annotations

import re

from pipeline.documents.base import _Candidate, _Sentence, _venue_near

_ZH_TITLE = re.compile(r"《([^《》]{2,80})》")
# Japanese marks a title with 「」 (or 『』), as it marks a quoted speech: a bracket counts as a
# title only when a document type word closes it (「…共同コミュニケ」).
_JA_TITLE = re.compile(r"「([^「」]{2,80})」|『([^『』]{2,80})』")


# After a title, the words of another document that implements or follows it.
_NAMES_ANOTHER = re.compile(r"[^，。；、《》\s]{0,8}?(?:实施|落实|執行|执行|實施|行动)")

# 关于…的声明; a comma (fullwidth or not, as Hong Kong sites write it) or another statement's
# type word ends the name: "關於…80周年聲明,以及支持多邊貿易體制的聲明" is two statements (blind
# set 12), the first without its 的. The name opens at the last 关于 before its type word: "签署
# 关于加强安全、经济、人文合作的一系列成果文件并发表关于…80周年的声明" names the statement on
# the anniversary, not the outcome documents before it (round 17, from blind set 16)
_ZH_ABOUT = re.compile(
    r"(?:关于|關於)(?:(?!声明|聲明|宣言|关于|關於)[^，。；,;《》]){1,60}?的?(?:联合|聯合)?"
    r"(声明|宣言|聲明)"
)
# round 58 (names58): a statement issued on an anniversary is named by its occasion without 关于:
# "發表世界反法西斯戰爭勝利和聯合國成立80周年的聲明" (will issue the statement on the 80th
# anniversary of the victory ... and of the UN's founding; a Hong Kong preview, blind set 18). The
# run between the verb of issuing (发表 / 發表, perhaps with 了) and 的声明, holding the anniversary
# (N周年 / 週年) and no comma, 的 or other title, is the name; without an anniversary such a run is
# any clause's object ("发表重要讲话的声明" names nothing), so the rule stops there.
_ZH_ANNIVERSARY = re.compile(
    r"(?:发表|發表)了?((?:(?!声明|聲明|宣言|关于|關於|的)[^，。；,;、《》\s]){2,40}?"
    r"\d{1,3}\s*(?:周年|週年)的(声明|聲明))"
)
# the second of two such names, joined by 以及 / 和 / 及 / 与 ("…聲明,以及支持多邊貿易體制的聲明")
_ZH_ABOUT_NEXT = re.compile(
    r"[,，、]?\s*(?:以及|及|和|与|與)\s*((?:关于|關於)?(?:(?!声明|聲明|宣言)[^，。；,;《》]){2,40}?"
    r"的(?:联合|聯合)?(声明|宣言|聲明))"
)


# round 38: after a title, "(<year>年度)执行情况" (how it was carried out, its implementation) in
# Chinese and Japanese ("実施状況"): the object is the document's implementation
_IMPLEMENTATION_OF = re.compile(
    r"\s*(?:的)?(?:\d{4}\s*年度?|本年度|年度)?\s*(?:的)?(?:执行|執行|落实|落實|实施|實施)(?:情况|情況|状况|狀況)"
    r"|\s*の?(?:\d{4}\s*年度?)?\s*の?(?:実施|執行)状況"
)
# round 38: a Japanese title followed by に基づ (based on: "…国防相会議「共同コミュニケ」に基づき、
# … 演習を行う", holds an exercise on the basis of the communiqué): the title is only cited
_JA_BASED_ON = re.compile(r"に基づ")


# round 40: a title right after another and 及其 / 和其 / 以及其 (and its), which opens with the
# word of carrying it out ("《…禁毒战略》及其《落实行动计划》"): the later title is the earlier
# one's
_ITS_PLAN = re.compile(r"《([^《》]{2,80})》\s*(?:及其|和其|以及其|与其|與其)\s*$")
_IMPLEMENTING = re.compile(r"\s*(?:落实|落實|实施|實施|执行|執行)")


def _chinese_title(part: _Sentence, title: re.Match[str]) -> _Candidate | None:
    """A document named in 《》, typed by the last type word of its title."""
    start, end = part.start + title.start(), part.start + title.end()
    heads = [h for h in part.of("doc_type") if start < h.start < end]
    if not heads:
        return None
    if any(end <= h.start <= end + 8 for h in part.of("doc_type")) and _NAMES_ANOTHER.match(
        part.text, title.end()
    ):
        # 《…条约》未来5年实施纲要: the outline implementing the treaty is the document; the
        # treaty in its name is only cited
        return None
    if _IMPLEMENTATION_OF.match(part.text, title.end()):
        # round 38: "审议了《…2019年至2021年合作纲要》2020年度执行情况" (reviewed how the programme
        # was carried out in 2020): the review is of its implementation, the programme only cited
        return None
    kind = heads[-1].entry.ref
    inner = next(g for g in title.groups() if g)
    its = _ITS_PLAN.search(part.text, 0, title.start())
    if its and _IMPLEMENTING.match(inner):
        # round 40: "批准了《…禁毒战略》及其《落实行动计划》" (approved the strategy and its action
        # plan): the plan is named by the title before it, as its English name is
        named = its[1] + inner.strip()
        return _Candidate(start, end, named, kind)
    if kind == "declaration":
        venue = _venue_near(part, heads[-1], start, end)
        if venue:
            return _Candidate(start, end, f"{venue.entry.ref} Declaration", kind, venue.entry.ref)
    if _BARE_STATEMENT.fullmatch(inner.strip()):
        meetings = list(_MINISTERS_MEETING.finditer(part.text, 0, title.start()))
        if meetings:
            # round 63 (names63): 会上拟通过《联合声明》 after 第十次上合组织成员国司法部长会议:
            # the bare title is that ministers' meeting's joint statement (blind set 48)
            return _Candidate(start, end, meetings[-1].group() + inner.strip(), kind)
    return _Candidate(start, end, _unspaced(inner), kind)


# A title that is only a statement's or communiqué's type word ("《联合声明》").
_BARE_STATEMENT = re.compile(r"(?:联合|聯合)?(?:声明|聲明|公报|公報)")
# An SCO ministers' meeting by its ordinal ("第十次上合組織成員國司法部長會議"): the meeting whose
# bare 《联合声明》 the sentence reports.
_MINISTERS_MEETING = re.compile(
    r"第[一二三四五六七八九十百\d]{1,4}(?:次|届|屆)(?:上海合作组织|上海合作組織|上合组织|上合組織)"
    r"(?:成员国|成員國)?[\u4e00-\u9fff]{1,8}?(?:部长|部長)(?:会议|會議|会晤|會晤)"
)


# A space a page puts between Chinese characters and the figures or brackets beside them
# ("《上合组织未来 10 年(2026-2035 年)发展战略》", blind set 36) is no part of the title: Chinese
# writes none there, and the title is the known document's only without it. Other spaces stay: a
# space between Latin words ("SCO Plus"), or the one a Japanese title puts after its issuer
# ("上海協力機構加盟国 テロリズム・...構想").
_CJK = "\u3400-\u9fff\uf900-\ufaff"
_SPACE_BY_CJK = re.compile(rf"(?<=[{_CJK}])\s+(?=[\d(（])|(?<=[\d)）])\s+(?=[{_CJK}])")


def _unspaced(title: str) -> str:
    return _SPACE_BY_CJK.sub("", title.strip())


# A decision on ratifying (approving, adopting) a document titled inside it: 「『…構想』の批准に
# 関する決議」 (the decision on ratifying the concept) names the concept, approved (blind set 13),
# as "Decision to approve the concept of ..." does in English.
_JA_DECIDED = re.compile(r"『([^『』]{2,80})』の(?:批准|承認|採択)に関する(?:決議|決定)")


def _japanese_title(part: _Sentence, title: re.Match[str]) -> _Candidate | None:
    """A document named in 「」 or 『』 whose last words are its type word."""
    decided = _JA_DECIDED.fullmatch(title.group(1) or "")
    if decided:
        inner = re.compile(r"『([^『』]{2,80})』").match(part.text, title.start(1))
        if inner is not None:
            found = _japanese_title(part, inner)
            return found if found is not None and found.type != "decision" else None
    start, end = part.start + title.start(), part.start + title.end()
    heads = [h for h in part.of("doc_type") if start < h.start < end]
    period = bool(heads) and _JA_PERIOD_END.fullmatch(
        part.text, heads[-1].end - part.start, title.end() - 1
    )
    if not heads or (heads[-1].end != end - 1 and not period):
        return None  # a quoted speech, or a title that only names a document inside it
    if _JA_BASED_ON.match(part.text, title.end()):
        return None
    owner = _JA_OF_ANOTHER.match(part.text, title.end())
    if owner and any(h.start == part.start + owner.end() for h in part.of("doc_type")):
        # 「…条約」の今後5年間の実施綱要: the outline implementing the treaty is the document;
        # the treaty in its name is only cited (round 27, blind set 21)
        return None
    inner_title = (title.group(1) or title.group(2) or "").strip()
    if inner_title == "共同声明" and _JA_PRIME_MINISTERS.search(part.text):
        # round 54 (names54): the prime ministers' bare 『共同声明』 is their meeting's joint
        # communiqué (Japanese renders 联合公报 so; the heads of government's council issues a
        # communiqué, not a joint statement: "各国首相による『共同声明』が発表されます",
        # blind set 39)
        return _Candidate(start, end, "Joint Communiqué", "communique")
    return _chinese_title(part, title)


# The heads of government in Japanese (首相, 総理): whose bare 共同声明 is a communiqué.
_JA_PRIME_MINISTERS = re.compile(r"首相|総理")


# A period in brackets closing a Japanese title after its type word ("…実施要綱(2018年~2022年)").
_JA_PERIOD_END = re.compile(r"[(（]\d{4}年?\s*[~〜～\-–]\s*\d{4}年?[)）]")


# A Japanese title followed by の and, within a few words of no punctuation, another type word:
# the title is part of that document's name.
_JA_OF_ANOTHER = re.compile(
    r"の[^、。，「」『』\s]{0,14}?(?=綱要|計画|行動計画|プログラム|協定|決定)"
)
