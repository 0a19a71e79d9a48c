"""Who answers whom, read from the discourse (rules `past-negation-no-policy`,
`opening-negation`, `answered-later`). Invented states and sentences."""

from statements.parsing import parse_article, to_contract


def _out(text):
    return to_contract(parse_article(text, strict=True))


def _statement(out, words):
    found = [s for s in out["statements"] if words in s["text"]]
    assert found, out["statements"]
    return found[0]


def _stance(text, words):
    return _statement(_out(text), words)["stance"]


# A negation of what was done, beside what the side will do: the answer to the mayor's
# account, not a remark on policy.
FUNDING = (
    "Osterby's mayor, Lena Brandt, said on Monday that the footbridge over the Ister had been "
    "left half built since March and that work had stopped for lack of money.\n\n"
    '"The Ministry of Transport has not withdrawn any funding for the footbridge. We will pay '
    'the second instalment once the council sends its revised costings," a ministry '
    "spokeswoman said.\n"
)


def test_a_negation_of_what_was_done_answers_the_account():
    out = _out(FUNDING)
    answer = _statement(out, "has not withdrawn any funding")
    account = _statement(out, "left half built")
    assert answer["stance"] == "denial"
    assert account["stance"] == "claim"
    assert account["id"] in answer["denies"]


def test_with_the_rule_off_the_future_makes_it_a_policy_remark(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "past-negation-no-policy")
    assert _stance(FUNDING, "has not withdrawn any funding") == "comment"


def test_a_negation_of_what_will_be_done_stays_a_policy_remark():
    text = (
        "Osterby's mayor, Lena Brandt, said on Monday that the footbridge over the Ister had "
        "been left half built since March.\n\n"
        '"The ministry will never pay for a bridge nobody has costed," a ministry spokeswoman '
        "said.\n"
    )
    assert _stance(text, "will never pay") == "comment"


# The story opens with an account told with a negation: its side is not the one that denies.
DREDGING = (
    "Kellstad's harbour board said on Friday that the town of Morvik had \"not paid its share "
    'of the dredging costs since October" and that Kellstad had covered the bill alone for '
    "five months.\n\n"
    '"Every invoice we have received has been paid. What we have never received is an invoice '
    "for the winter dredging,\" Morvik's finance director, Ola Nygaard, said.\n"
)


def test_an_opening_account_with_a_negation_is_the_claim():
    out = _out(DREDGING)
    account = _statement(out, "not paid its share")
    answer = _statement(out, "Every invoice we have received")
    assert account["stance"] == "claim"
    assert answer["stance"] == "denial"
    assert account["id"] in answer["denies"]


def test_with_the_rule_off_the_first_negation_decides(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "opening-negation")
    assert _stance(DREDGING, "not paid its share") != "claim"


# A plain remark that another side's later denial says again in its own words is the claim.
TIMBER = (
    "The Nordvik Post reported on Monday that Vemland had tightened checks on freight at its "
    "northern border.\n\n"
    "The Osterby hauliers' association said 40 lorries carrying timber had waited three days "
    "at the Ister crossing this week.\n\n"
    "Vemland's customs office said on Tuesday that no lorries carrying timber had waited at "
    "the Ister crossing for more than a day.\n"
)


def test_a_remark_a_later_denial_restates_is_the_claim_it_answers():
    out = _out(TIMBER)
    account = _statement(out, "40 lorries carrying timber")
    answer = _statement(out, "no lorries carrying timber")
    assert account["stance"] == "claim"
    assert account["id"] in answer["denies"]


def test_with_the_rule_off_the_remark_stays_a_comment(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "answered-later")
    assert _stance(TIMBER, "40 lorries carrying timber") == "comment"


def test_a_remark_sharing_too_few_words_with_the_denial_stays_a_comment():
    text = (
        "The Nordvik Post reported on Monday that Vemland had tightened checks on freight at "
        "its northern border.\n\n"
        "The Osterby hauliers' association said its members were losing money every week.\n\n"
        "Vemland's customs office said on Tuesday that no lorries carrying timber had waited "
        "at the Ister crossing for more than a day.\n"
    )
    assert _stance(text, "losing money every week") == "comment"


# The claimant speaking again after the denial, of what it will do: no stand by its account.
PLANS = (
    "The Osterby hauliers' association said on Monday that Vemland's customs officers had held "
    "40 timber lorries at the Ister crossing for three days.\n\n"
    "Vemland's customs office denied the account, saying the crossing \"has been open every "
    'day".\n\n'
    '"We will take the matter to the joint border commission next month," the association\'s '
    "chairman, Per Holm, said.\n"
)


def test_what_the_claimant_will_do_stands_by_nothing():
    assert _stance(PLANS, "We will take the matter") == "comment"


def test_with_the_rule_off_the_claimant_stands_by(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "claimant-plans")
    assert _stance(PLANS, "We will take the matter") == "confirmation"


def test_a_claimant_standing_by_with_a_condition_still_stands_by():
    text = PLANS.replace(
        '"We will take the matter to the joint border commission next month,"',
        '"If the customs office publishes its figures, we will gladly compare them with ours,"',
    )
    assert _stance(text, "we will gladly compare them") == "confirmation"


# A named party's negation told by `according to`, before anyone has said anything: the account.
FIRST_NEGATION = (
    "Dredging was not carried out on two sectors of the Ister last year, leaving the fairway "
    "too shallow for barges for 41 days, according to the Ister River Commission.\n\n"
    "Vemland's transport ministry said on Tuesday that dredging on its stretch of the river had "
    "been completed on schedule and within budget.\n"
)


def test_a_negation_nothing_before_it_answers_is_the_account():
    assert _stance(FIRST_NEGATION, "Dredging was not carried out") == "claim"


def test_with_the_rule_off_the_negation_is_read_as_an_answer(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "negation-first-account")
    assert _stance(FIRST_NEGATION, "Dredging was not carried out") == "denial"


def test_a_negation_after_another_sides_claim_still_answers():
    text = (
        "The Nordvik Post reported on Monday that Vemland had dredged only half of its "
        "stretch of the Ister.\n\n" + FIRST_NEGATION
    ).replace("Dredging was not carried out on two sectors", "No sector was left undredged")
    text = text.replace("the Ister River Commission", "Vemland's transport ministry", 1)
    assert _stance(text, "No sector was left undredged") == "denial"


def test_non_answers_of_the_class_stay_comments():
    # `nothing to share`, `would not go into`, `does not respond to`, `had not read it`: words
    # of a non-answer (lexicon/decline_cues.txt), not denials of the report
    for words in (
        "the ministry had nothing to share at this stage",
        "the ministry would not go into individual cases",
        "the ministry does not respond to commentary by foreign embassies",
        "the minister had not read it",
        "she had made the position clear and had nothing more to add",
    ):
        text = (
            "The Nordvik Post reported on Monday that Vemland had closed the Ister crossing.\n\n"
            f"A spokeswoman said {words}.\n"
        )
        assert _stance(text, words.split()[-1]) == "comment", words


def test_no_reason_to_doubt_an_account_supports_it():
    text = (
        "The Nordvik Post reported on Monday that Vemland had closed the Ister crossing.\n\n"
        "Osterby's foreign ministry said it had \"no reason to doubt\" the Post's account.\n"
    )
    assert _stance(text, "no reason to doubt") == "confirmation"
