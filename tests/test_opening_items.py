"""Business taken before the first numbered item, printed without a number: the public's open session, a welcome,
a presentation by visitors. It is an item of its own (truth counts it first), read only between the head (who was
there) and the first numbered heading. Every text is invented, each in a form councils print."""

import pytest

from pipeline.parse import parse_document


def _items(text: str) -> list[tuple[str | None, str | None]]:
    return [(i.number and i.number.rstrip("."), i.title) for i in parse_document(text.encode(), "minutes.txt", {}).records["agenda_items"]]


HEAD = "Minutes of the meeting of Tolleby Community Council held on 5th March 2024 at 7pm in the Village Hall\n\nPresent: Cllrs Ann Pell (Chair), Tom Reddy, Joan Ashe\n\n"
STORY = "Two residents raised the state of the footpath by the mill and the new bus times, and the Chair thanked them for coming.\n\n"


def _numbered(first: int, style: str) -> str:
    n = [style.format(first + k) for k in range(3)]
    return (
        f"{n[0]} Apologies for absence: apologies were received from Cllr Orme.\n\n"
        f"{n[1]} Declarations of interest: none were made.\n\n"
        f"{n[2]} Minutes: the minutes of the last meeting were approved.\n"
    )


@pytest.mark.parametrize(
    "opening, title",
    [
        # a line of its own over its paragraph, naming the public's part, with or without the times it ran
        ("Open session for members of the public to raise any matters of concern 7.00 - 7.15\n\n", "Open session for members of the public to raise any matters of concern"),
        ("Public Forum 7.00pm to 7.10pm\n\n", "Public Forum"),
        ("Public participation\n\n", "Public participation"),
        # a subject in capitals with a colon, the paragraph run on
        ("MILL LANE PLAY PROJECT: ", "MILL LANE PLAY PROJECT"),
        ("PUBLIC QUESTIONS: ", "PUBLIC QUESTIONS"),
    ],
)
@pytest.mark.parametrize("first, style", [(1, "{}."), (60, "{}/24"), (4, "{})")])
def test_an_unnumbered_opening_item_comes_first(opening, title, first, style):
    items = _items(HEAD + opening + STORY + _numbered(first, style))
    assert items[0] == (None, title)
    assert [n for n, _ in items[1:]] == [style.format(first + k).rstrip(".)") for k in range(3)]


@pytest.mark.parametrize(
    "opening",
    [
        "IN ATTENDANCE: Mrs T Avis (Clerk) and two members of the public.\n\n",  # attendance, not business
        "ALSO PRESENT: County Councillor R Blake\n\n",
        "MINUTES: these minutes are a draft until approved.\n\n",  # the head's own label
        "WELCOME\n\nThe Chair welcomed everyone to the meeting.\n\n",  # the chair's greeting: a formality of the opening
        "The meeting opened with a minute's silence for a former councillor.\n\n",  # a sentence, not a title
    ],
)
def test_the_head_is_no_opening_item(opening):
    items = _items(HEAD + opening + _numbered(1, "{}."))
    assert [n for n, _ in items] == ["1", "2", "3"]
