"""Stage 4: turn speaker phrases into actors: people, organisations, governments, media."""

from __future__ import annotations

import re

from . import lexicon
from .actor import MActor
from .affiliation import Affiliations
from .antecedents import named_after_quote
from .appositions import (
    _A_BODY,
    _LEAD_PARTICIPLE,
    _OUR_COUNTRY,
    _body_before,
    _body_role,
    _dashed_title,
    _role_after,
)
from .attribute import Mention
from .describe import (
    _ANONYMITY,
    _HOSTS,
    _LEAD_CREDIT,
    _SPOKE_IN,
    _SUBORDINATE_SUBJECT,
    TIME_LEAD,
    describe,
    without_rank_words,
)
from .members import (
    NAMED_LATER_SPAN,
    ONE_HOLDER,
    body_of_member,
    plain_first_mention,
    single_office_holder,
)
from .names import (
    _gender,
    _is_media_word,
    _is_org_word,
    _is_title,
    _words,
    norm,
    strip_det,
)
from .places import Place
from .roles import Desc, _clean_role, _place_in, _role_and_aff, role_head
from .rules import on

# Offices one word long that still say who, with the state's name: `An Iranian diplomat denied
# ...` then `Iranian diplomat Abbas Otri told ...` (no other Iranian diplomat in the story).
_ONE_WORD_OFFICES = frozenset(("diplomat", "envoy", "ambassador"))
_STATEMENT_WORD = re.compile(r"\b[Ss]tatement\b")
_ISSUER_BACK = 1500  # characters: how far back a statement's issuer may have been met
_PUBLISHED_BY = re.compile(
    r"^(?:published|issued|released|posted)\s.*?\bby\s+(.+?)"
    # `released by the State Department on Tuesday`, `... last week`: the time is no part of it
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+day|\s+(?:last|this)\s+(?:week|month)|"
    r"\s+(?:yesterday|today|earlier))?$"
)
_REPORT_BY = re.compile(
    r"^(?:an?|the)\s+(?:report|readout|statement)\b.*?\bby\s+(.+?)(?:\s+on\s+\w+day)?$", re.I
)
# `a report released by X`, `the study published by X`: who a report that speaks stands for.
_REPORT_WORDS = frozenset(
    ("report", "reports", "study", "paper", "dossier", "document", "article", "story")
)
_RELEASED_BY = re.compile(
    r"\b(?:report|study|paper|dossier|document|article|story),?\s+(?:\w+\s+){0,2}?(?:released|published|"
    r"issued|compiled|prepared|written|drawn up|produced)\s+(?:\w+\s+){0,3}?by\s+"
    r"(?P<by>(?:the\s+)?[A-Za-z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|and|for|staff|"
    r"members|lawmakers|officials))*)",
)
_REPORT_BACK = 600
# `which circulated via "obscure blogs"`, `published by the Daily Star`: the medium of a report
_CIRCULATED_VIA = re.compile(
    r"\b(?:circulated|appeared|published|carried|posted|shared|aired|broadcast)\s+"
    r"(?:\w+\s+){0,2}?(?:via|by|in|on)\s+[\"“]?(?P<by>[^,;\"”]{3,60})"
)
_REPORT_OF = re.compile(
    r"^(?:an?|the)\s+report\s+of\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
    r"(?:\s+(?:correspondent|reporter|news agency|agency))?$"
)
# `X, when contacted by the paper, said`, `X, when asked about the fee, told ...`: a clause
# between a subject and its verb of saying (read as the phrase after the subject's comma)
_CLAUSE_AFTER_SUBJECT = re.compile(
    r"^(?:(?:when|while|after|once|if|upon|on)\s+)?(?:being\s+)?"
    r"(?:contacted|asked|reached|approached|questioned|interviewed|called|pressed|phoned)\b",
    re.I,
)
# `told Meridian Wire by telephone`: how the words reached the outlet is not its name
_RELAY_TAIL = re.compile(r"\s+(?:by|via|over|in|during|on|at)\b.*$", re.I)
_MEMBER_OF_NAMED = re.compile(r"\b(?:at|of|in|from|within)\s+the\s+[A-Z]")
_IN_ITS_TURN = re.compile(r"\s+in\s+(?:its|his|her|their)(?:\s+turn)?$")
# `A post on the Kirra Insider channel said ...`: the channel speaks (not a bare platform).
_POST_ON = re.compile(
    r"^(?:an?|the|one)\s+(?:\w+\s+)?(?:post|message|video|entry|tweet)\s+(?:on|in|from)\s+"
    r"(?P<on>(?:the\s+)?.+?\b(?:channel|account|page|blog|website|site))$",
    re.I,
)
_OWN_CHANNEL = re.compile(
    r"^((?:the\s+)?.+?)['’]s\s+(?:own\s+|official\s+)?(?:website|web\s?site|site|web\s+page|"
    r"page|account|feed|channel|blog|x\s+account|telegram\s+channel|social\s+media\s+accounts?)"
    r"$",
    re.I,
)
# `A Kremlin statement said`, `an army statement said`, `a foreign ministry readout`: the text
# a body issued, named by the body as a modifier; the body speaks (rule `body-text-speaks`).
_BODY_TEXT = re.compile(
    r"^(?:an?|the)\s+(?P<body>[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,4}?)\s+"
    r"(?:statement|readout|communiqu[eé]|press\s+release|release|note|notice)$",
    re.I,
)
_OWN_READOUT = re.compile(r"^(?:the\s+)?(.+?)'s\s+(?:own\s+)?(?:readout|statement|report)\b", re.I)
# A relative clause closing an appositive role: `, which has monitored the river since 2008`.
_ROLE_RELATIVE = re.compile(r",\s+(?:which|who|whose|that)\s.*$", re.S)
# `a daily based in Besançon`, `an independent news website`: a body described, not named.
_A_DESCRIPTION = re.compile(
    r"^an?\s+(?:[a-z][\w-]*\s+){0,3}?(?:daily|weekly|newspaper|paper|tabloid|broadcaster|"
    r"agency|website|site|portal|channel|station|magazine|outlet|company|firm|group|"
    r"association|movement|union|organisation|organization|charity|think\s+tank)\b",
)
# `Abdul Rahim Noorzai, a Jalalabad-based exporter, said`: a person's trade in apposition.
_A_PERSON_DESCRIPTION = re.compile(
    r"^an?\s+(?:[\w-]+\s+){0,3}?(?:exporter|importer|trader|farmer|grower|broker|agent|"
    r"dealer|merchant|driver|resident|shopkeeper|fisherman|analyst|economist|lawyer|"
    r"consultant|researcher|activist|campaigner)\b"
)
# Capitalised words before a comma that are no name: `On Monday,`, `In March,`.
_NOT_A_NAME = re.compile(
    r"^(?:On|In|At|By|For|From|Since|After|Before|During|Last|This|Next|Late|Early|"
    r"Earlier|Later|Meanwhile|However|But|And|Separately|Also)\b"
)
# A body's short name in capitals, written in apposition to its full name: `CNAIR`, `or AEBE`.
_APPOSED_ACRONYM = re.compile(r"^(?:or\s+)?(?P<acr>[^\W\d_a-z][^\W_a-z]{1,9})$")
# `the Association of Banana Exporters of Ecuador, or AEBE`: the full name before the short one.
_NAME_BEFORE_ACRONYM = re.compile(
    r"(?P<body>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|the|and|for|de|du|des)){1,9}),"
    r"\s*$"
)
# `A spokeswoman for Romania's national roads company`: an unnamed member of a body.
_MEMBER_FOR = re.compile(
    r"^(?:an?\s+)?(?:spokes(?:man|woman|person)|representative|official)\s+(?:for|of|at)\s+"
    r"(?P<body>.+)$",
    re.I,
)


_SAME_TITLE = {
    "spokesman": ("spokesperson",),
    "spokeswoman": ("spokesperson",),
    "spokesperson": ("spokesman", "spokeswoman"),
}
# `, known by its Spanish acronym ADUSE,`: a body's short name in apposition
_KNOWN_BY_START = re.compile(r"(?:(?:also|widely|locally)\s+)?known by (?:its|the)\s")
_BODY_KNOWN_BY = re.compile(
    r"(?:^|[.;:!?\n]\s*)((?:[Tt]he\s+|[A-Z][\w'’-]*['’]s\s+)(?:[\w-]+\s+){0,5}[\w-]+),\s+$"
)
_BODY_DASH_KNOWN_BY = re.compile(
    r"(?:^|[.;:!?\n,]\s*)((?:[Tt]he\s+|[A-Z][\w'’-]*['’]s\s+)(?:[\w-]+\s+){0,5}[\w-]+)"
    r"\s+[-–—]\s+$"
)
# what opens an apposition or relative clause that names a person's employer
_WORKS_AT = re.compile(
    r"^(?:who\s+(?:has\s+|had\s+|now\s+|also\s+)?(?:teaches|taught|studies|studied|works|worked|"
    r"lectures|researches|sits|sat|serves|served|is|was)\b(?:\s+[a-z][\w-]*){0,4}?"
    r"\s+(?:at|for|on|with|in)\s+"
    r"|of\s+"
    r"|an?\s+(?:[a-z][\w-]*\s+){0,3}?(?:analyst|economist|researcher|expert|professor|lecturer|"
    r"engineer|lawyer|consultant|specialist|fellow|scientist|historian|scholar|adviser|advisor)"
    r"\s+(?:at|with|for)\s+)"
)
# the body's name at the end: capitalised words, with `of`, `for`, `and`, `the` between them
# `who oversees exports at the ministry`: a relative clause placing a named person at a body
# the text names by its head noun alone
_WORKS_AT_THE = re.compile(
    r",\s+who\s+(?:has\s+|had\s+|now\s+|also\s+)?[a-z]+s\b(?:\s+[a-z][\w-]*){0,4}?"
    r"\s+(?:at|for|in|with)\s+(?P<body>the\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z]+))(?=\s*[,.;])"
)


def _is_personal_name(phrase: str) -> bool:
    """`Dr. Faisal Al-Mutairi`, `Anna Berg`: two to four capitalised words, perhaps after words
    of address, none of them a title, a body's head or an outlet's word."""
    words = phrase.strip(" ,").split()
    honorifics = lexicon.words("honorifics.txt")
    while words and words[0].lower().rstrip(".") in honorifics:
        words = words[1:]
    return (
        2 <= len(words) <= 4
        and all(re.fullmatch(r"[A-Z][\w'’-]*", w) for w in words)
        and not any(
            _is_title(w.lower()) or _is_org_word(w.lower()) or _is_media_word(w.lower())
            for w in words
        )
    )


# `, a spokesman for the ministry.`: a title and a body named by its head noun alone
_TITLE_AT_THE = re.compile(
    r",\s+(?:an?|the)\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:for|of|at|with)\s+"
    r"(?P<body>the\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z]+))(?=\s*[,.;])"
)
# `said X, the association's secretary general.`, `said X, Trafikverket's programme director for
# the north`: a title in apposition after the name, owned by a body named or met before.
_OWNER_TITLE_AFTER = re.compile(
    r",\s+(?P<body>the\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+|[A-Z][\w’.&-]*(?:\s+[A-Z][\w’.&-]*){0,4})"
    r"['’]s\s+(?P<role>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s*[,.;]|\s+(?:for|of|in|at|on)\s)"
)
# `an agency forecaster`, `a ministry spokesman`: a body's head noun, then her title.
_BODY_WORD_TITLE = re.compile(
    r"^an?\s+(?P<body>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+(?P<role>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)$"
)
_BODY_WORD_TITLE_AFTER = re.compile(
    r",\s+an?\s+(?P<body>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+(?P<role>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)"
    r"(?=\s*[,.;])"
)
_NO_SPEAKER_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
    "january february march april may june july august september october november december "
    "as asked your our my his her their its update updated".split()
)
_OF_BODY_EXTRA = re.compile(r"of\s+(?:the\s+)?[A-Z]")  # `of Reuters`, split off `X of Reuters`
_BODY_NAME_END = re.compile(
    r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|and|on|de|del|da|do|the|la|el)\s+)*[A-Z][\w'’.&-]*)*$"
)
# what may stand before that name: the article and lower-case descriptors
# (`the Velmar-based rights group`, `consultancy`)
_DESCRIPTORS = re.compile(r"(?:(?:the|a|an|[\w-]+-based|[a-z][\w'’-]*)\s+)*")
_SINCE_END = re.compile(r",?\s+(?:since|from|until)\s+[\w\s-]*$")
_IN_PLACE_END = re.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")
# heads that make the words after a minister's `of` a body (`Minister of the Agency X`)
_BODY_HEADS = frozenset(
    "ministry department office agency council committee commission association union "
    "company authority service bureau administration directorate secretariat".split()
)


_NEAR = 600  # characters: a person met this close before a pronoun is what it stands for


def _field(office: str) -> tuple[str, frozenset[str]]:
    """An office's title and the stems of its field: `fisheries minister` and `minister for
    fisheries and forests` are both (`minister`, {`fisher`, ...})."""
    words = office.replace("-", " ").split()
    if on("field-words-of-titles"):
        # `energy minister`: the office's head is its last title word, and a field the titles
        # list also holds (`energy`, `transport`, `foreign`) is still its field
        titles = [w for w in words if _is_title(w)]
        title = titles[-1] if titles else ""
        stems = frozenset(
            w[:6] for w in words if len(w) >= 5 and w != title and w not in _FIELD_SKIP
        )
        return title, stems
    title = next((w for w in words if _is_title(w)), "")
    stems = frozenset(
        w[:6] for w in words if len(w) >= 5 and not _is_title(w) and w not in _FIELD_SKIP
    )
    return title, stems


_FIELD_SKIP = frozenset("deputy senior acting former chief state affairs".split())


def _same_field(a: str, b: str) -> bool:
    """Two offices with one title over a shared field."""
    ta, fa = _field(a)
    tb, fb = _field(b)
    return (
        bool(ta)
        and ta == tb
        and bool(fa & fb)
        and (("deputy" in a.split()) == ("deputy" in b.split()))
    )


# `Several Tory MPs`, `Two opposition senators`: a group counted, never one holder's name
_GROUP_LEAD = re.compile(
    r"(?:several|some|many|two|three|four|five|dozens|hundreds|a\s+few|a\s+group|most|all)\s",
    re.I,
)


class Registry(Affiliations):
    """Resolves each speaker phrase of an article to an actor."""

    def _name_before_description(
        self, mention: Mention, phrase: str, speaking: bool
    ) -> MActor | None:
        """`L'Écho du Doubs, a daily based in Besançon, which said ...`: the description in
        apposition speaks for the name written right before it."""
        m = _NAME_BEFORE_ACRONYM.search(
            self.places.text, max(0, mention.start - 160), mention.start
        )
        if m is None or m.end() != mention.start:
            return None
        name = m.group("body")
        if _NOT_A_NAME.match(name):
            return None  # `On Monday, a spokesman said`
        d = describe(name, self.places)
        if d.kind not in ("organisation", "media", "person") or (
            d.kind == "person" and not d.named
        ):
            return None
        if d.kind == "person" and not (
            _A_PERSON_DESCRIPTION.match(phrase) or _A_DESCRIPTION.match(phrase)
        ):
            return None
        start = m.start("body")
        return self.resolve(
            Mention(name, start, start + len(name), extras=[phrase.strip()]), speaking=speaking
        )

    def _acronym_owner(
        self, acr: str, role: str | None, start: int, speaking: bool
    ) -> MActor | None:
        """`A spokeswoman for Romania's national roads company, CNAIR, said`: the short name in
        capitals is the body's (an alias), and the speaker is the one the role describes;
        `the Association of Banana Exporters of Ecuador, or AEBE, said`: the body speaks."""
        if role:
            m = _MEMBER_FOR.match(role.strip())
            if m is None:
                return None  # `Chile's agriculture service, SAG,` is read as the body's own name
            body = self.resolve(m.group("body"), speaking=False)
            if body is None or body.kind not in ("organisation", "media"):
                return None
            self._add_alias(body, acr)
            return self.resolve(role.strip(), speaking=speaking)
        m = _NAME_BEFORE_ACRONYM.search(self.places.text, max(0, start - 160), start)
        if m is None or m.end() != start:
            return None
        d = describe(m.group("body"), self.places)
        if d.kind not in ("organisation", "media"):
            return None
        return self.resolve(f"{m.group('body')}, known as {acr}", speaking=speaking)

    def _text_issuer(self, body: str) -> str | None:
        """The body a text is named by (`Kremlin` of `A Kremlin statement`, `the foreign ministry`
        of `a foreign ministry statement`), or None when the modifier names no body: a text's
        kind (`a joint statement`, `an official statement`), a day (`a Sunday statement`) or a
        people (`a Russian statement`)."""
        words = body.split()
        if not on("body-text-speaks"):
            return None
        if all(w[:1].isupper() for w in words):
            d = describe(body, self.places)
            return body if d.kind in ("organisation", "media", "government") and d.named else None
        if words[-1][:1].islower() and _is_org_word(words[-1].lower()):
            return f"the {body}"  # `a ministry statement`, `a Russian foreign ministry statement`
        return None

    def _title_after_name(self, end: int) -> tuple[str, str] | None:
        """A title and its body in apposition right after a name: `said X, an agency
        forecaster.` (the body by its head noun, rule `body-word-title`), `said X, the
        association's secretary general` (the title's owner, rule `owner-title-after-name`)."""
        text = self.places.text
        m = _BODY_WORD_TITLE_AFTER.match(text, end)
        if (
            m is not None
            and _is_org_word(m.group("body").split()[-1])
            and _is_title(m.group("role").split()[-1])
            and on("body-word-title")
        ):
            return m.group("role").lower(), f"the {m.group('body')}"
        m = _OWNER_TITLE_AFTER.match(text, end)
        owner_head = m.group("body").split()[-1] if m is not None else ""
        if (
            m is not None
            and any(_is_title(w) for w in m.group("role").split())
            and (
                m.group("body")[:1].isupper()
                or _is_org_word(owner_head)
                or _is_media_word(owner_head)
            )
            and on("owner-title-after-name")
        ):
            return m.group("role").lower(), m.group("body")
        return None

    def _surname_met(self, word: str) -> bool:
        """`May said`: a month that is the surname of a person named in full before it
        (`Theresa May`), so a speaker, not a date."""
        if not word[:1].isupper() or not word.isalpha() or not on("surname-may"):
            return False
        return any(
            x.kind == "person" and len(x.name.split()) > 1 and x.name.split()[-1] == word
            for x in self.actors
        )

    def resolve(self, mention: Mention | str, *, speaking: bool = True) -> MActor | None:
        """The actor a phrase names, created when new."""
        if isinstance(mention, Mention):
            mention = _dashed_title(self.places.text, mention)
            self.pos = mention.start
        phrase = mention.text if isinstance(mention, Mention) else mention
        phrase = _LEAD_CREDIT.sub("", phrase) or phrase  # `Tehran - Agency - The spokesman`
        if (
            phrase.strip().lower() in _NO_SPEAKER_WORDS
            and on("no-speaker-words")
            and not self._surname_met(phrase.strip())
        ):
            # `Tuesday: Ljubljana weighs in` (a timeline's heading), `As noted above`, `Asked
            # whether ...`, `Your article claimed`: a day, a month or a function word names no one
            return None
        role = mention.role if isinstance(mention, Mention) else None
        if role and on("dateline-before-role"):
            # `FRANCISTOWN - The chairperson of the X Council, Y, said`: the dateline is no role
            role = _LEAD_CREDIT.sub("", role) or role
        extras = mention.extras if isinstance(mention, Mention) else []
        if role is None and isinstance(mention, Mention) and phrase[:1].isupper():
            role = _body_before(self.places.text, mention.start)
        elif (
            role is None
            and isinstance(mention, Mention)
            and _KNOWN_BY_START.match(phrase)
            and on("known-by-acronym")
        ):
            # `The customs service, known by its Spanish acronym ADUSE, said`
            text = self.places.text
            m = _BODY_KNOWN_BY.search(text, max(0, mention.start - 90), mention.start)
            if m is None and on("known-by-between-dashes"):
                # `In a report, the agency - known by its Estonian acronym Kapo - said`
                m = _BODY_DASH_KNOWN_BY.search(text, max(0, mention.start - 90), mention.start)
                if m is not None and m.end() == mention.start:
                    phrase = re.sub(r"\s*[-–—]$", "", phrase)
            if m is not None and m.end() == mention.start and _is_org_word(m.group(1).split()[-1]):
                role = m.group(1)
        if (
            role
            and role.strip().rstrip(".").lower() in lexicon.words("honorifics.txt")
            and on("honorific-is-no-role")
        ):
            role = None  # `Hon Peter X:` heading a written answer: `Hon` is no office
        if (
            role
            and isinstance(mention, Mention)
            and _is_personal_name(role)
            and not _is_personal_name(phrase)
            and any(_is_title(w) for w in re.split(r"[\s-]+", phrase.lower()))
            and on("name-after-title-apposition")
        ):
            # `The Authority's Director-General, Dr. X Y, was quoted`: the name in apposition
            # after the title is the speaker, the title her role
            phrase, role = role, phrase
        if role and _CLAUSE_AFTER_SUBJECT.match(phrase) and on("clause-after-subject"):
            # `X, when contacted by this newspaper, said`: the clause between the subject and
            # its verb is no speaker; the subject before the comma speaks
            phrase, role = role, None
        if role and (sub := _SUBORDINATE_SUBJECT.match(role)) and on("subordinate-clause-subject"):
            role = role[sub.end() :] or role  # `When Uruguay's transport minister, X, told`
        if role and (
            re.match(r"(?:(?:also|widely|locally)\s+)?known as\s", phrase)
            or (_KNOWN_BY_START.match(phrase) and on("known-by-acronym"))
        ):
            # `Brazil's foreign ministry, known as Itamaraty,`: the body and its other name
            phrase, role = f"{role}, {phrase}", None
        if role and on("role-without-relative-clause"):
            # `coordinator of the Tejo Vivo movement, which has monitored the river since 2008`
            role = _ROLE_RELATIVE.sub("", role) or role
        if (
            isinstance(mention, Mention)
            and ((not role and _A_DESCRIPTION.match(phrase)) or _A_PERSON_DESCRIPTION.match(phrase))
            and on("description-after-name")
        ):
            named = self._name_before_description(mention, phrase, speaking)
            if named is not None:
                return named
        acr = _APPOSED_ACRONYM.match(phrase.strip())
        if acr and isinstance(mention, Mention) and on("acronym-in-apposition"):
            owner = self._acronym_owner(acr.group("acr"), role, mention.start, speaking)
            if owner is not None:
                return owner
        for ex in extras:
            m = _PUBLISHED_BY.match(ex)
            if m:
                return self.resolve(m.group(1), speaking=speaking)
        m = _REPORT_BY.match(phrase)
        if m:
            return self.resolve(m.group(1), speaking=speaking)
        m = _REPORT_OF.match(phrase)
        if m and on("report-of-outlet"):
            # `according to the report of the Pars News correspondent`: the outlet reports
            known = len(self.actors)
            outlet = self.resolve(m.group(1), speaking=speaking)
            if outlet is not None and outlet.idx >= known and outlet.kind == "person":
                outlet.kind, outlet.aliases = "media", [phrase[m.start(1) :]]
            return outlet
        m = _IN_ITS_TURN.search(phrase)
        if m and on("speaker-adjunct"):
            phrase = phrase[: m.start()]  # `The committee in its turn announced`
        m = _POST_ON.match(phrase)
        if m and on("post-on-channel"):
            return self.resolve(m.group("on"), speaking=speaking)
        m = _OWN_CHANNEL.match(phrase)
        if m:
            # `the company's website`, `the ministry's Telegram channel`: the owner speaks
            return self.resolve(m.group(1), speaking=speaking)
        m = _BODY_TEXT.match(phrase.strip())
        if m and (issuer := self._text_issuer(m.group("body"))) is not None:
            return self.resolve(issuer, speaking=speaking)
        m = _OWN_READOUT.match(phrase)
        if m:
            known = len(self.actors)
            owner = self.resolve(m.group(1), speaking=speaking)
            if (
                owner is not None
                and owner.idx >= known
                and owner.kind == "person"
                and owner.role is None
                and len(owner.name.split()) == 1
                and re.search(r"'s\s+(?:own\s+)?report\b", phrase, re.I)
                and on("report-owner-outlet")
            ):
                # `Ljosvik's report said`: a one-word name met first as a report's owner is
                # an outlet (a person is named in full before a surname alone)
                owner.kind = "media"
            return owner
        d = describe(phrase, self.places)
        if (
            d.kind == "person"
            and d.named
            and len(d.name.split()) > 1
            and d.name.split()[-1].lower() in lexicon.words("legal_forms.txt")
            and on("legal-form-is-body")
        ):
            # `Kestrel Lines A/S rejects ...`: a company's legal form ends its name
            d.kind, d.role, d.aff_phrase = "organisation", None, None
            short = d.name.rsplit(" ", 1)[0]  # `Kestrel Lines confirms ...` later
            d.aliases = [x for x in d.aliases if len(x.split()) > 1 and x != short] + [short]
        if (
            d.kind == "person"
            and d.role is not None
            and d.role.rstrip(".") in lexicon.words("honorifics.txt")
            and on("honorific-is-no-role")
        ):
            # `the Deputy Minister of the Interior, Mr Kwame Asare`: `Mr` is no office, the
            # apposition gives it
            d.role = None
        if d.kind == "government" and any(_ANONYMITY.search(x) for x in extras):
            # `a Turkish official, speaking on condition of anonymity, told ...`: a source
            base = strip_det(phrase.strip())
            d = Desc("person", base, [phrase], role="official", place=d.place, named=False)
        verb = mention.verb if isinstance(mention, Mention) else None
        if (
            verb == "reported"
            and d.kind == "person"
            and d.named
            and d.role is None
            and not role
            and norm(phrase) == norm(d.name)
            and len(d.name.split()) >= 2
            and self.find_existing(d) is None
            and not (any(_OF_BODY_EXTRA.match(x) for x in extras) and on("reporter-of-body"))
        ):
            # `Al Hayat Al Jadida reported ...`: a bare name that reports is an outlet; a name
            # with its body (`Maria Lopes of Reuters reported`) is a reporter (`reporter-of-body`)
            d = Desc("media", d.name, [], place=d.place)
        a: MActor | None = None
        if d.kind == "pronoun":
            a = self._pronoun(d.name)
            ahead = None
            if d.name in ("he", "she") and (
                a is None or not a.seen_pos or self.pos - a.seen_pos[-1] > _NEAR
            ):
                ahead = named_after_quote(self.places.text, self.pos)
            if ahead is not None and describe(ahead[0], self.places).kind == "person":
                # `"We have no water," he says. José Lorca, a farmer, ...`: no one met nearby,
                # so the one the next sentence names
                name, start, end, role = ahead
                return self.resolve(Mention(name, start, end, role=role), speaking=speaking)
        elif d.kind == "statement":
            a = self.last_speaker
            if (
                d.name.lower().split()[0] in ("statement", "statements", "communique", "release")
                and isinstance(mention, Mention)
                and on("statement-of-its-issuer")
            ):
                # `The ministry denied ..., an official statement said.` ... `The statement
                # called on ...`: the statement is the issuer's, whoever spoke in between
                a = self._issuer_before(mention.start) or a
            if (
                d.name.lower() in _REPORT_WORDS
                and isinstance(mention, Mention)
                and on("report-released-by")
            ):
                # `the so-called report released by the committee's staff ... The report said`:
                # the report speaks for whoever the text last said released it
                back = self.places.text[max(0, mention.start - _REPORT_BACK) : mention.start]
                hits = list(_RELEASED_BY.finditer(back))
                if hits:
                    author = hits[-1].group("by").strip()
                    found = self.resolve(author, speaking=speaking)
                    if found is not None:
                        a = found
                elif d.name.lower() in ("report", "reports") and on("report-of-an-outlet"):
                    # `The report, which circulated via "obscure blogs," alleged ...`, or else
                    # the outlet met last: a report is published, not spoken by whoever spoke
                    # last (often the side that denies it)
                    via = next(
                        (m for x in mention.extras if (m := _CIRCULATED_VIA.search(x))), None
                    )
                    outlet = (
                        self.resolve(via.group("by"), speaking=speaking)
                        if via is not None
                        else self._recent(lambda x: x.kind == "media", kinds=("media",))
                    )
                    if outlet is not None:
                        a = outlet
        elif d.kind == "definite":
            a = self._definite(d)
            if a is not None and not (a.kind == "person" and _is_org_word(d.head or "")):
                self._add_alias(a, phrase)
                if role is None and a.kind == "person" and not a.named:
                    pass
            elif (
                a is not None
                and d.head
                and not a.named
                and (member_body := body_of_member(a.name, d.head)) is not None
                and on("definite-body-of-member")
            ):
                # `a Turkish foreign ministry official told ...` then `The ministry said`: the
                # body the official's own description names, not a body of its own
                a = self.resolve(member_body, speaking=speaking)
                if a is not None:
                    self._add_alias(a, strip_det(phrase.strip()))
            elif d.head and (phrase.lower().startswith(("its ", "their "))):
                a = self._recent(
                    lambda x: x.kind in ("organisation", "media") and x.speaker,
                    ("organisation", "media"),
                )
                if a is not None:
                    self._add_alias(a, phrase)
            else:
                # (the description's own words: `Within a day the department` is the department)
                lead = phrase[: len(phrase) - len(d.name)].split() if d.name else []
                said = (
                    d.name
                    if len(lead) >= 2
                    and TIME_LEAD.match(" ".join(lead))
                    and phrase.endswith(d.name)
                    and on("lead-time-adverbial")
                    else phrase
                )
                dd = describe(re.sub(r"^(?:the|its|their)\s+", "", said, flags=re.I), self.places)
                if dd.kind == "definite":
                    dd = Desc(
                        "organisation"
                        if _is_org_word(d.head or "")
                        else ("media" if _is_media_word(d.head or "") else "person"),
                        strip_det(said),
                        [said],
                        named=False,
                    )
                a = (
                    self.find_existing(dd)
                    or self._named_in_text(dd, phrase, after=False)
                    or self._new(dd)
                )
        else:
            if role:
                role = _LEAD_PARTICIPLE.sub("", role)  # `citing the company's managing director`
                body = _body_role(d, role, phrase, self.places)
                if body is not None:
                    d, role = body, None
            if role:
                # `The spokeswoman, Shen Yuelan`: the role may name an actor already met.
                rd = describe(role, self.places)
                if d.kind == "person":
                    r_role, r_aff = _role_and_aff(role, self.places)
                    if r_role and r_aff and self._portfolio_of(r_role, r_aff):
                        # `Under Secretary for Customs and Excise Policy`, `head of
                        # border inspections`: the field of the office, no body of its own
                        r_role, r_aff = f"{r_role} of {r_aff.lower()}", None
                    if rd.kind == "definite" and rd.head:
                        prior = self._recent(
                            lambda x: (
                                x.kind == "person"
                                and not x.named
                                and x.role is not None
                                and rd.head in (x.role or "").split()
                            ),
                            ("person",),  # only people: not a scan of every mention
                        )
                        if prior is not None and self.find_existing(d) is None:
                            prior.aliases.append(prior.name)
                            prior.name = d.name
                            prior.named = True
                            for x in d.aliases:
                                self._add_alias(prior, x)
                            self._add_alias(prior, role)
                            a = prior
                    d.role = d.role or r_role
                    if r_aff and not d.aff_phrase:
                        d.aff_phrase = r_aff
                    if not d.aff_phrase and re.match(r"^(?:its|their)\s", role, re.I):
                        d.aff_phrase = "its"  # `its editor, X`: of the body just spoken of
                    if d.place is None:
                        d.place = _place_in(role, self.places)
                    d.gender = d.gender or _gender(r_role)
                else:
                    d.role = d.role or _clean_role(role, self.places)
            if (
                isinstance(mention, Mention)
                and d.kind == "person"
                and d.named
                and not d.aff_phrase
                and not role
                and not extras
            ):
                # `said Ahmed Fathy, spokesman for Egypt's Ministry of Supply, in a statement`
                after = _role_after(self.places.text, mention.end)
                if after is not None and after[0] and after[1] and self._portfolio_of(*after):
                    # `X, the deputy minister of Rural Roads and Public Works`
                    d.role = d.role or f"{after[0]} of {after[1].lower()}"
                    d.gender = d.gender or _gender(after[0])
                elif after is not None:
                    d.role = d.role or after[0]
                    d.aff_phrase = after[1]
                    d.gender = d.gender or _gender(after[0])
            if (
                isinstance(mention, Mention)
                and d.kind == "person"
                and d.named
                and not d.aff_phrase
                and (m := _WORKS_AT_THE.match(self.places.text, mention.end)) is not None
                and _is_org_word(m.group("head"))
                and on("employer-definite-body")
            ):
                # `said X, who oversees exports at the ministry.`: a relative clause placing a
                # named person at a body the text names by its head noun alone
                d.aff_phrase = m.group("body")
            if (
                isinstance(mention, Mention)
                and d.kind == "person"
                and d.named
                and not d.aff_phrase
                and (m := _TITLE_AT_THE.match(self.places.text, mention.end)) is not None
                and _is_org_word(m.group("head"))
                and _is_title(m.group("role").split()[-1])
                and on("role-after-definite-body")
            ):
                # `said Piotr Wrona, a spokesman for the ministry.`: a title in apposition and
                # a body the text names by its head noun alone
                d.role = d.role or m.group("role").lower()
                d.aff_phrase = m.group("body")
            if (
                isinstance(mention, Mention)
                and d.kind == "person"
                and d.named
                and not d.aff_phrase
                and (owned := self._title_after_name(mention.end)) is not None
            ):
                d.role = d.role or owned[0]
                d.aff_phrase = owned[1]
            represents: Place | None = None
            for ex in extras:
                if ex.startswith("which ") and d.kind == "person" and len(d.name.split()) == 1:
                    d.kind, d.role = "organisation", None
                if d.kind == "person" and d.named and ex.lower().startswith("one of "):
                    # `Riau Straits Ferries, one of four operators on the route,`
                    heads = [w.rstrip("s") for w in ex.lower().split()[2:6]]
                    if any(_is_media_word(w) for w in heads):
                        d.kind, d.role, d.aff_phrase = "media", None, None
                    elif any(_is_org_word(w) for w in heads):
                        d.kind, d.role, d.aff_phrase = "organisation", None, None
                    if d.kind != "person":  # a body has no surname: `Ferries`
                        d.aliases = [x for x in d.aliases if len(x.split()) > 1]
                if (
                    d.kind == "person"
                    and d.named
                    and not d.aff_phrase
                    and on("employer-in-apposition")
                    and (employer := self._employer_named(ex)) is not None
                ):
                    # `X, who teaches law at the University of Y`, `X, an analyst at consultancy
                    # Y in Z`, `X, of the rights group Y`: the body she works for, by its name
                    d.aff_phrase = employer
                elif (
                    d.kind == "person"
                    and d.named
                    and (bt := _BODY_WORD_TITLE.match(ex)) is not None
                    and _is_org_word(bt.group("body").split()[-1])
                    and _is_title(bt.group("role").split()[-1])
                    and on("body-word-title")
                ):
                    # `X, an agency forecaster,`, `X, a ministry spokesman,`: her title and the
                    # body the text names by its head noun
                    d.role = d.role or bt.group("role").lower()
                    d.aff_phrase = f"the {without_rank_words(bt.group('body'))}"
                elif d.kind == "person" and d.named and _A_BODY.match(ex):
                    # `Nordkapp Marine Survey, a Tromsø company that maps the seabed`
                    d.kind, d.role, d.aff_phrase = "organisation", None, None
                m = re.match(
                    r"^(?:who|which)\s+(?:heads|leads|runs|chairs|directs|represents)\s+(.+)$", ex
                )
                if m and d.kind == "person" and not d.aff_phrase:
                    d.aff_phrase = m.group(1)
                m = re.match(r"^an?\s+([\w\s-]*?)\s+(?:to|for|of|at)\s+(.+)$", ex)
                if m and d.kind == "person":
                    d.role = d.role or m.group(1).lower()
                    d.aff_phrase = d.aff_phrase or m.group(2)
                m = re.match(r"^an?\s+(.*)$", ex)
                if (
                    m
                    and d.kind in ("organisation", "person")
                    and any(_is_media_word(w) for w in m.group(1).lower().split())
                ):
                    d.kind = "media"
                if m and d.kind in ("organisation", "media") and d.place is None:
                    # `Tuul Post, a Mongolian news website,`: the description places it
                    represents = _place_in(m.group(1), self.places)
                m = re.match(
                    r"^(?:which|that)\s+(?:represents|groups|speaks for|is based in)\s+(.+)$", ex
                )
                if m and d.kind in ("organisation", "media") and d.place is None:
                    # `Cafexport, which represents Brazil's coffee exporters`: its country, not
                    # its state's government
                    represents = _place_in(m.group(1), self.places)
                m = re.match(r"^(?:at|in)\s+([A-Z].+)$", ex)
                if m and d.kind in ("organisation",):
                    d.aliases.append(f"{d.name} {ex}")
                m = re.match(r"^published\s.*?\bby\s+(.+)$", ex)
                if m and d.kind in ("definite", "statement", "organisation"):
                    return self.resolve(m.group(1), speaking=speaking)
            if d.kind == "organisation" and re.match(
                r"^(?:report|readout|statement)\b", d.name.lower()
            ):
                m = re.search(r"\bby\s+(.+?)(?:\s+on\s+\w+day)?$", d.name)
                if m:
                    return self.resolve(m.group(1), speaking=speaking)
            if d.kind == "organisation":
                m = re.match(r"^(.+?)'s\s+(?:own\s+)?(?:readout|statement|report)\b", d.name)
                if m:
                    return self.resolve(m.group(1), speaking=speaking)
            if a is None:
                a = self.find_existing(d)
            if a is None:
                a = self._same_office(d)
            if a is None:
                a = self._named_in_text(d, phrase, after=True)
            if a is None:
                a = self._holder_named(d, mention, role, extras, speaking)
            if a is None:
                a = self._same_holder_described(d, phrase)
            if a is None:
                if (
                    d.kind == "person"
                    and not d.named
                    and d.aff_phrase
                    and _MEMBER_OF_NAMED.search(phrase)
                    and on("member-of-named-body")
                    and describe(d.aff_phrase, self.places).kind in ("organisation", "media")
                ):
                    # `citing two officials of the Department of Transportation`: the body is
                    # met here too, for `the department` said later
                    self.resolve(d.aff_phrase, speaking=False)
                a = self._new(d)
            else:
                if (
                    a.kind == "person"
                    and len(a.name.split()) == 1
                    and d.kind in ("organisation", "media")
                ):
                    a.kind = d.kind
                for x in [d.name, *d.aliases]:
                    if norm(x) != norm(a.name):
                        self._add_alias(a, x)
                if d.kind == "person" and a.kind == "person" and not a.named and d.named:
                    a.aliases.append(a.name)
                    a.name, a.named = d.name, True
                if a.kind == "person" and not a.role and d.role:
                    a.role = d.role
                if not a.aff_hint and d.aff_phrase:
                    a.aff_hint = d.aff_phrase
                if a.place is None and d.place is not None:
                    a.place, a.country = d.place.key, d.place.code
                a.gender = a.gender or d.gender
            if a.kind == "government" and d.place is not None:
                self.gov_of_place.setdefault(d.place.key, a)
            if represents is not None and a.country is None and represents.code:
                a.country = represents.code
        if a is None:
            return None
        if a.kind == "person" and _OUR_COUNTRY.search(phrase):
            # the text's own wording stays an alias: `the spokesman of the Ministry of Foreign
            # Affairs of our country` (its body is named without `of our country`)
            self._add_alias(a, strip_det(phrase.strip()))
        self._touch(a)
        if (
            isinstance(mention, Mention)
            and a.kind == "person"
            and a.country is None
            and a.spoke_in is None
        ):
            a.spoke_in = self._spoke_in(mention.end)
        if isinstance(mention, Mention) and (mention.relay or mention.cited):
            # who talked to which outlet, and which sources an outlet cited: countries for
            # outlets placed nowhere else
            if mention.relay and a.kind == "person" and a.named:
                self.ties.append((mention.relay, a.idx))
            if a.kind == "media":
                self.ties.extend((c, a.idx) for c in mention.cited)
            if mention.relay and on("relay-outlet-actor"):
                self._relay_outlet(mention.relay)
        if speaking:
            a.speaker = True
            self.last_speaker = a
            if a.first_spoke is None:
                a.first_spoke = self.clock
        return a

    def _issuer_before(self, at: int) -> MActor | None:
        """The speaker of the sentence that last spoke of a statement before `at` (`said in a
        statement`, `, an official statement said`, `issued a statement`)."""
        text = self.places.text
        back = max(0, at - _ISSUER_BACK)
        hit = max((m.start() for m in _STATEMENT_WORD.finditer(text, back, at)), default=-1)
        if hit < 0:
            return None
        stop = max(text.rfind(". ", back, hit), text.rfind("\n", back, hit), back)
        best: tuple[int, MActor] | None = None
        for x in self.actors:
            if not x.speaker:
                continue
            for p in reversed(x.seen_pos):  # in reading order: the recent ones last
                if p < stop:
                    break
                if p <= hit and (best is None or p > best[0]):
                    best = (p, x)
        return best[1] if best is not None else None

    def _relay_outlet(self, relay: str) -> MActor | None:
        """`X told Meridian Wire by telephone`, `told Radio Pounamu`: the outlet a speaker
        talked to relays her words and is an actor, when its name reads as an outlet's."""
        name = _RELAY_TAIL.sub("", relay).strip()
        base = re.sub(r"^the\s+", "", name, flags=re.I)
        if not base[:1].isupper() or len(base) < 3:
            return None
        words = _words(base)
        known = lexicon.media_index()
        if not (
            any(_is_media_word(w) for w in words)
            or norm(base) in self.places.media_names
            or base.lower() in known
            or base in known
        ):
            return None
        d = describe(name, self.places)
        a = self.find_existing(d)
        if a is not None:
            return a
        if d.kind not in ("organisation", "media", "person") or not d.name:
            return None
        return self.resolve_outlet(name)

    def resolve_outlet(self, name: str) -> MActor | None:
        """The actor of an outlet's name met where only an outlet can stand (a relay, a question
        label): one made here that reads as a person or body is the outlet."""
        known = len(self.actors)
        a = self.resolve(name, speaking=False)
        if a is not None and a.idx >= known and a.kind in ("organisation", "person"):
            a.kind, a.role, a.aff_hint = "media", None, None
        return a

    def _portfolio_of(self, role: str, aff: str) -> bool:
        """The words after an office's `of`/`for` name its field, not a body: lower-case words
        with no body's head (`head of border inspections`), or capitalised ones after a
        minister's or secretary's title (`Deputy Minister of Rural Roads and Public
        Works`); never an article, a possessive, a body's head, an acronym or a state."""
        if not on("portfolio-after-office"):
            return False
        ws = _words(aff)
        if not ws or re.match(r"(?:the|a|an|its|their|his|her)\s", aff, re.I) or "," in aff:
            return False
        if (
            any(
                _is_media_word(w.lower())
                or (w.isupper() and len(w) > 1)
                or w.endswith(("'s", "’s"))
                or self.places.find(w) is not None
                for w in ws
            )
            or _place_in(aff, self.places) is not None
        ):
            return False
        if all(w.islower() for w in ws):
            # two words at least: `the town`, `the airline` are bodies met before
            return len(ws) >= 2 and not any(_is_org_word(w) for w in ws)
        head = role_head(role)
        return (
            head in ("minister", "secretary", "undersecretary", "commissioner")
            and all(w[:1].isupper() or w in ("and", "of", "for") for w in ws)
            and not any(w.lower() in _BODY_HEADS for w in ws)
        )

    def _employer_named(self, ex: str) -> str | None:
        """The capitalised name of the body an apposition or relative clause says a named
        person works at (`who studies shipping at the Northern Institute`, `an energy analyst
        at consultancy Brightline`, `of the Velmar-based rights group Open Harbour Forum`)."""
        m = _WORKS_AT.match(ex)
        if m is None:
            return None
        rest = _SINCE_END.sub("", ex[m.end() :].strip())
        where = _IN_PLACE_END.search(rest)
        tail = where.group(0) if where is not None else ""  # `in Velmar`: read by the affiliation
        rest = rest[: len(rest) - len(tail)]
        n = _BODY_NAME_END.search(rest)
        if n is None or not _DESCRIPTORS.fullmatch(rest[: n.start()]):
            return None
        body = n.group(0)
        placed = self.places.find(body) is not None or _place_in(body, self.places) is not None
        if placed and not any(_is_org_word(w.lower()) for w in body.split()):
            return None  # `of Velmar`: a place, not a body
        return body + tail

    def _holder_named(
        self,
        d: Desc,
        mention: Mention | str,
        role: str | None,
        extras: list[str],
        speaking: bool,
    ) -> MActor | None:
        """`"...," said Croatia's economy minister.` then `Marina Kos dismissed ...`: a person
        first named with no description, right after an unnamed office holder spoke, is that
        holder (the writer has said who she is)."""
        last = self.last_speaker
        if (
            not speaking
            or not isinstance(mention, Mention)
            or d.kind != "person"
            or not d.named
            or d.role
            or last is None
            or last.kind != "person"
            or last.named
            or not last.seen_pos
            or not 0 < self.pos - last.seen_pos[-1] <= NAMED_LATER_SPAN
            or not plain_first_mention(role, d.aff_phrase, extras)
            or not single_office_holder(last.role, last.name)
            or not on("office-holder-named-later")
            or self._titled_otherwise(d.name, last)
            or (_GROUP_LEAD.match(d.name) is not None and on("group-not-named-holder"))
        ):
            return None
        last.aliases.append(last.name)
        last.name, last.named = d.name, True
        for x in d.aliases:
            self._add_alias(last, x)
        last.gender = last.gender or d.gender
        return last

    def _titled_otherwise(self, name: str, holder: MActor) -> bool:
        """`Argentine Transport Secretary Luciana Ferraro went further. ... Ferraro told` after
        `A ministry spokeswoman, who was not named, said`: the text titles the named person
        with another office than the unnamed holder's, so she is not that holder (rule
        `holder-titled-otherwise`)."""
        if not on("holder-titled-otherwise"):
            return False
        held = set(re.findall(r"[\w-]+", " ".join([holder.role or "", holder.name]).lower()))
        text = self.places.text
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            # the capitalised words right before the name, in its sentence
            before = re.search(
                r"(?:[A-Z][\w'’.-]*\s+){1,7}$", text[max(0, m.start() - 90) : m.start()]
            )
            titles = (
                {w.lower() for w in before.group(0).split() if _is_title(w)} if before else set()
            )
            if titles and not titles & held:
                return True
        return False

    def _same_holder_described(self, d: Desc, phrase: str) -> MActor | None:
        """`The spokesman of the diplomatic apparatus emphasized` right after spokesman X spoke:
        the office described in other words, not a second spokesman (a body named in capitals
        may be another's, and is left to the other rules)."""
        if (
            d.kind != "person"
            or d.named
            or not phrase.lower().startswith("the ")
            or d.role is None
            or d.role.split()[-1] not in ONE_HOLDER
            or re.search(r"[A-Z]", d.aff_phrase or "")
            or not on("office-described-again")
        ):
            return None
        title = d.role.split()[-1]
        titles = (title, *_SAME_TITLE.get(title, ()))

        def holds(x: MActor) -> bool:
            held = " ".join([x.role or "", x.name, *x.aliases]).lower().split()
            return x.kind == "person" and x.speaker and any(t in held for t in titles)

        last = self._recent(holds, ("person",))
        if (
            last is None
            or not last.named
            or not last.seen_pos
            or not 0 < self.pos - last.seen_pos[-1] <= NAMED_LATER_SPAN
        ):
            return None
        for x in [d.name, *d.aliases]:
            self._add_alias(last, x)
        return last

    def _office(self, written: str, name: str | None) -> str:
        """The office a phrase gives a person, without the state and the name: `Croatia's
        economy minister` and `Croatian economy minister Ana Kos` are both `economy minister`."""
        if name and written.endswith(name):
            written = written[: -len(name)]
        words = [
            w
            for w in _words(strip_det(written))
            if self.places.find(w) is None and w.lower() not in ("s", "'s")
        ]
        return " ".join(w.lower() for w in words)

    def _same_office(self, d: Desc) -> MActor | None:
        """A person named by an office the text gave a named person of the same state (`Croatia's
        economy minister` after `Croatian economy minister Ana Kos`), or a named person whose
        office an unnamed one held before (then that one takes the name)."""
        if d.kind != "person" or (d.place is None and not (d.named and on("office-by-field"))):
            return None
        key = d.place.key if d.place is not None else None
        if d.named:
            offices = {self._office(x, d.name) for x in d.aliases if x.endswith(d.name)}
        else:
            offices = {self._office(d.name, None)}
        written = {o for o in offices if _field(o)[0] and _field(o)[1]}
        offices = {
            o
            for o in offices
            if (o in _ONE_WORD_OFFICES and on("one-word-office-of-state"))
            or (len(o.split()) >= 2 and _is_title(o.split()[-1]))
        }
        if not offices and not (written and on("office-by-field")):
            return None

        def holds(x: MActor) -> bool:
            if x.kind != "person" or x.named is d.named or x.place != key:
                return False
            if x.named:
                return any(self._office(y, x.name) in offices for y in x.aliases)
            return self._office(x.name, None) in offices

        same = [x for x in self.actors if holds(x)] if key is not None and offices else []
        if not same and on("office-by-field"):
            same = [x for x in self.actors if self._holds_field(x, d, written)]
        if len(same) != 1:
            return None
        a = same[0]
        if d.named:
            a.aliases.append(a.name)
            a.name, a.named = d.name, True
            if d.role and len(d.role) > len(a.role or ""):
                a.role = d.role
        return a

    def _holds_field(self, x: MActor, d: Desc, offices: set[str]) -> bool:
        """`Fiji's fisheries minister` and `Minister for Fisheries and Forests X` of one state:
        the same title over the same field, written in two orders."""
        if x.kind != "person" or x.named is d.named:
            return False
        if d.place is not None and x.place != d.place.key:
            return False  # with no state written, the office alone says who it is
        theirs = (
            {self._office(y, x.name) for y in x.aliases if y.endswith(x.name)}
            if x.named
            else {self._office(x.name, None)}
        )
        return any(_same_field(o, t) for o in offices for t in theirs if t)

    def _spoke_in(self, end: int) -> str | None:
        """`told reporters in Dakar`: the country of a capital where the speaker spoke."""
        text = self.places.text
        stop = text.find(".", end, end + 240)
        m = _SPOKE_IN.search(text, end, stop if stop >= 0 else min(len(text), end + 240))
        if m is None or m.group(1) in _HOSTS:
            return None
        hit = lexicon.country_index().get(m.group(1).lower())
        return hit[0].code if hit is not None and hit[1] == "capital" else None
