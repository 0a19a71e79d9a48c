"""Which side denies when the article has no verb of denial, and who carries a denial on
(rules `denier-by-dismissal`, `denial-goes-on`, policy cues, an appeal worded with a quote)."""

from statements.parsing import parse_article, to_contract

from .statements import stance_of

_stance = stance_of


NO_DENY_VERB = (
    "Portugal's Ministry of Agriculture said on Monday that Spanish inspectors had held "
    "Portuguese cork lorries at the Badajoz crossing for up to nine hours since March.\n\n"
    '"Our drivers wait all day. Nobody in Madrid has told us why," Portugal\'s agriculture '
    "minister, Helena Couto, told reporters in Lisbon.\n\n"
    "Spain's Ministry of Finance said in a statement that the checks at Badajoz were routine "
    "and applied to lorries from every country.\n\n"
    '"The suggestion that Portuguese lorries are singled out is pure speculation," the '
    "ministry's spokesman, Pablo Ruiz, told reporters.\n"
)


def test_the_side_that_dismisses_denies_not_the_first_to_say_not():
    assert _stance(NO_DENY_VERB, "cork lorries") == "claim"


def test_the_dismissing_sides_plain_account_is_its_denial():
    assert _stance(NO_DENY_VERB, "applied to lorries from every country") == "denial"


def test_the_first_negation_decides_when_the_rule_is_off(monkeypatch):
    # p-claims3's accounts (other-side-account, denied-first-account), state-told-of (the
    # state the accuser's account is told of) and rejoinder-not-denier (another side's
    # negation answers the opening account) find the same sides; left-without reads the first
    # negation (`Nobody in Madrid has told us why`) as a complaint, so it is off here too
    monkeypatch.setenv(
        "DEMENTI_PARSER_DISABLE",
        "denier-by-dismissal,other-side-account,denied-first-account,state-told-of,"
        "rejoinder-not-denier,left-without",
    )
    assert _stance(NO_DENY_VERB, "applied to lorries from every country") != "denial"


DENIAL_FIRST = (
    "Chile on Tuesday rejected reports in Peruvian media that it had stopped Peruvian fruit "
    "lorries at the Chacalluta border post.\n\n"
    '"No fruit lorry has been stopped at Chacalluta," Economy Ministry spokeswoman Carla '
    "Munoz told the Santiago Herald.\n\n"
    "The reports, broadcast on Sunday by the Lima channel Canal Sur 9, said Chilean customs "
    "had held more than 80 lorries since Friday.\n"
)


def test_a_spokeswoman_carrying_on_the_denial_in_its_words_denies():
    assert _stance(DENIAL_FIRST, "No fruit lorry has been stopped") == "denial"


def test_a_ministry_with_no_state_named_is_of_the_state_that_spoke():
    out = to_contract(parse_article(DENIAL_FIRST, strict=True))
    by_id = {a["id"]: a for a in out["actors"]}
    ministry = next(a for a in out["actors"] if a["name"] == "Economy Ministry")
    assert by_id[ministry["affiliation"]]["name"] == "Chile"


def test_the_ministry_goes_to_the_state_met_last_with_the_rule_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "body-of-speaking-state")
    out = to_contract(parse_article(DENIAL_FIRST, strict=True))
    ministry = next(a for a in out["actors"] if a["name"] == "Economy Ministry")
    assert ministry["country"] == "PE"


def test_a_denial_carried_on_on_the_claimants_side_still_denies(monkeypatch):
    # the ministry put in the accusing state: the words of the denial negated again still deny
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "body-of-speaking-state")
    assert _stance(DENIAL_FIRST, "No fruit lorry has been stopped") == "denial"


def test_with_both_rules_off_the_claimant_stands_by(monkeypatch):
    # (media-head-is-media off as well: with `Peruvian media` an outlet, the sides reading finds
    # the claimant without the two rules, and the spokeswoman still denies)
    monkeypatch.setenv(
        "DEMENTI_PARSER_DISABLE", "body-of-speaking-state,denial-goes-on,media-head-is-media"
    )
    assert _stance(DENIAL_FIRST, "No fruit lorry has been stopped") == "confirmation"


POLICY = (
    "The Manila Tribune reported on Monday, citing two port officials, that Vietnam had turned "
    "back 14 Philippine fishing boats at Da Nang.\n\n"
    "Vietnam's foreign ministry denied the report on Tuesday.\n\n"
)


def test_a_policy_line_of_the_denying_side_is_a_comment():
    text = (
        POLICY + '"Vietnam firmly opposes any attempt to sow discord between neighbours," '
        "spokeswoman Pham Thu Ha said.\n"
    )
    assert _stance(text, "sow discord") == "comment"


def test_an_appeal_with_its_verb_quoted_is_a_comment():
    text = POLICY + 'Spokeswoman Pham Thu Ha said Hanoi called on the media to "report fairly".\n'
    assert _stance(text, "report fairly") == "comment"


ACCORDING_TO = (
    "Slovakia's transport ministry said on Monday that the Hungarian half of the Komárno "
    "bridge would not be finished before 2028.\n\n"
    "Hungary's roads agency rejected the account on Tuesday.\n\n"
    "The Hungarian deck, according to the roads agency, was completed in March and is being "
    "painted.\n"
)


def test_what_a_denying_side_tells_by_according_to_is_its_counter_account():
    assert _stance(ACCORDING_TO, "being painted") == "denial"


def test_according_to_stays_a_claim_with_the_rule_off(monkeypatch):
    # the learned stance pass (stance-model) would read it as a comment
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "denier-according-to,stance-model")
    assert _stance(ACCORDING_TO, "being painted") == "claim"
