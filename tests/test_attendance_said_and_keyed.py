"""Attendance told around the lists: people welcomed or chairing, police reporting, capacities after initials, columns.

Forms from community and parish councils' minutes (check2 and check3 of issue 14), written here in invented words
with the variants other councils print:

- people the minutes say were welcomed ("he welcomed CClrs Bennet and Thomson", "County Councillor A Lee and Borough
  Councillor B Khan were welcomed to the meeting") or chaired it ("CClr Milne-Home, Vice Chair, chaired the meeting");
- a police officer who presented the police report ("PC Dougie Stapleton presented the Police report");
- a capacity after the initials the minutes use ("Colin Pike (CP) Planning", "Sharon Park (SP) Secretary");
- a table of two columns, a person a cell, with another council's councillors ("Cllr Ann Lee Eastshire Council (AL)");
- a job in small letters ("George Carr temp. secretary"), names and titles a PDF's text glued ("EwenHardie",
  "CountyCouncillor"), the clerk on a line of her own below the members, two names run together after a title.

The real reader, outliner and extractors run on each document; rows are compared as (name as written, role, status).
"""

from __future__ import annotations

import pytest

from tests.test_attendance_run_on_forms import _ITEMS, present, rows  # the same invented minutes and row shape


SAID_CASES = [
    # the whole attendance told in the welcome item: who chaired, whom he welcomed, who joined later, the police
    (
        "98. Welcome: In the absence of the Chair, CClr Dale Moss, Vice Chair, chaired the meeting; he welcomed CClrs Hale and "
        "Ives. CClr Lamb later joined the meeting for Agenda Item 4 onwards.\n"
        "99. Police matters: PC Tom Grant presented the Police report. Two thefts were reported.\n",
        [present("CClr Dale Moss", "chair"), present("Councillor Hale"), present("Councillor Ives"), present("CClr Lamb"),
         present("Tom Grant", "guest")],
    ),
    # other councils' councillors welcomed, the sentence broken over a line; a sergeant of the police
    (
        "98. Welcome: County Councillor A Lee and Borough Councillor Bilal Khan were welcomed to the\nmeeting.\n"
        "99. Police report\nPolice Sgt Cara Owen gave the crime figures for the month.\n",
        [present("Councillor A Lee", "guest"), present("Councillor Bilal Khan", "guest"), present("Cara Owen", "guest")],
    ),
    # the Chair welcomes a visitor by name and title; "Councillor Dale Moss chaired the meeting"
    (
        "98. Welcome: Councillor Dale Moss chaired the meeting and welcomed Mr Tom Hale to the meeting.\n",
        [present("Councillor Dale Moss", "chair"), present("Mr Tom Hale", "guest")],
    ),
    # not attendance: everyone welcomed, an officer who will be asked to do something, a report read out for the police
    (
        "98. Welcome: The Chair welcomed everyone to the meeting. PC Hale will be asked to attend the next meeting.\n",
        [],
    ),
]


@pytest.mark.parametrize("items, expected", SAID_CASES)
def test_attendance_told_in_the_welcome_and_police_items(items, expected):
    """(rows compared in any order: each kind of sentence is read in its own pass)"""
    assert sorted(rows("", items + _ITEMS)) == sorted(expected)


LIST_CASES = [
    # a table of two columns, each person with the initials the minutes use and a capacity after them
    (
        "Present\n"
        "Dale Moss (DM) Chair                      Cllr Ann Lee Eastshire Council (AL)\n"
        "Fay Grant (FG) Secretary                  Cllr Bilal Khan Eastshire Council (BK)\n"
        "Hugh Ives-Lamb (HIL) Vice-Chair\n"
        "Cara Owen (CO) Planning\n"
        "Tom Hale (TH)\n",
        [present("Dale Moss", "chair"), present("Cllr Ann Lee", "guest"), present("Fay Grant"), present("Cllr Bilal Khan", "guest"),
         present("Hugh Ives-Lamb", "vice-chair"), present("Cara Owen"), present("Tom Hale")],
    ),
    # a place's councillors among a community council's members, the place before the title
    (
        "Present: Ann Lee (AL) Westshire Councillor, Bilal Khan (BK), Cara Owen (CO), Dale Moss (DM), Fay Grant (FG)\n",
        [present("Ann Lee", "guest"), present("Bilal Khan"), present("Cara Owen"), present("Dale Moss"), present("Fay Grant")],
    ),
    # the same table in a PDF's text, its gaps closed to one space: a line that ends on the initials ends the name
    (
        "Present\n"
        "Dale Moss (DM) Chair Cllr Ann Lee Eastshire Council (AL)\n"
        "Fay Grant (FG) Secretary\n"
        "Cara Owen (CO) Planning\n"
        "Tom Hale (TH)\n",
        [present("Dale Moss", "chair"), present("Cllr Ann Lee", "guest"), present("Fay Grant"), present("Cara Owen"), present("Tom Hale")],
    ),
    # ... but a list that only breaks its lines anywhere keeps a name broken over two lines whole
    (
        "Councillors present: Cllr. A. Lee – Chair (AL), Cllr. Bilal Khan (BK), Cllr. Frank\nMoss (FM), Cllr. Cara Owen (CO), Cllr. Dale\n"
        "Grant (DG) & Cllr. Tom Hale (TH)\n",
        [present("Cllr. A. Lee", "chair"), present("Cllr. Bilal Khan"), present("Cllr. Frank Moss"), present("Cllr. Cara Owen"),
         present("Cllr. Dale Grant"), present("Cllr. Tom Hale")],
    ),
    # a list ends at a numbered paragraph on the next line, and at a note in brackets below it
    (
        "• Apologies for absence: Cllrs Ann Lee, Bilal Khan and Cara Owen.\n167.1 Welcome\n• The Chair welcomed everyone.\n",
        [("Councillor Ann Lee", "member", "apologies"), ("Councillor Bilal Khan", "member", "apologies"), ("Councillor Cara Owen", "member", "apologies")],
    ),
    (
        "In attendance: Ann Lee (Town Clerk) and Bilal\nKhan (Finance Officer)\n(Memorial Hall, Eastbury, 7.00pm – 9.00pm)\n",
        [present("Ann Lee", "officer"), present("Bilal Khan", "officer")],
    ),
    # a sentence that opens with the members' plural title is no list of those present
    (
        "PRESENT: Cllr A Lee (Chairman) Cllrs B Khan, C Owen, and the Clerk, Mrs D Price\nAPOLOGIES FOR ABSENCE.\n"
        "Cllrs Mrs Moss and Mrs Grant presented their apologies, with reasons,\nthese were accepted.\n",
        [present("Cllr A Lee (Chairman)", "chair"), present("Councillor B Khan"), present("Councillor C Owen"), present("Mrs D Price", "officer"),
         ("Mrs Moss", "member", "apologies"), ("Mrs Grant", "member", "apologies")],
    ),
    # each name followed by its initials without brackets, the label with no colon, the apologies on the same line after
    # the last initials; the absent members each in a paragraph of their own, as web text sets them
    (
        "Present Ann B Lee ABL County Cllr. Bilal Khan BK Cara Owen CO Dale Moss (Vice-Chair and Chair of this meeting) DM "
        "Fay Grant FG Apologies Tom Hale (Clerk) TH Hugh\nIves HI\n\nAbsent\n\nJoe Lamb JL\n\nKit Price KP\n\nAnn agreed to take the minutes.\n",
        [present("Ann B Lee"), present("Cllr. Bilal Khan", "guest"), present("Cara Owen"),
         present("Dale Moss (Vice-Chair and Chair of this meeting)", "chair"), present("Fay Grant"), ("Tom Hale", "officer", "apologies"),
         ("Hugh Ives", "member", "apologies"), ("Joe Lamb", "member", "absent"), ("Kit Price", "member", "absent")],
    ),
    # capitals that are no initials of the name before them part nothing
    (
        "Present: Cllr Ann Lee BEM, Cllr Bilal Khan\n",
        [present("Cllr Ann Lee BEM"), present("Cllr Bilal Khan")],
    ),
    # a police community officer is a guest
    (
        "Present: Cllr A Lee, Cllr B Khan\nApologies: PCO Cara Owen and Dale Moss\n",
        [present("Cllr A Lee"), present("Cllr B Khan"), ("Cara Owen", "guest", "apologies"), ("Dale Moss", "member", "apologies")],
    ),
    # a job in small letters after the name
    (
        "Present: Cllrs A Lee, B Khan, C Owen\nIn attendance – Cllr Dale Moss and Tom Hale temp. secretary\n",
        [present("Councillor A Lee"), present("Councillor B Khan"), present("Councillor C Owen"), present("Cllr Dale Moss", "guest"),
         present("Tom Hale", "officer")],
    ),
    # a PDF's text glued a given name to its surname, and a council's name to its title
    (
        "Members Present: Ann Lee, Bilal Khan, Cara Owen. Members Apologies: DaleMoss, Fay Grant\n",
        [present("Ann Lee"), present("Bilal Khan"), present("Cara Owen"), ("Dale Moss", "member", "apologies"), ("Fay Grant", "member", "apologies")],
    ),
    # the clerk on a line of her own, a blank line below the members' semicolon list
    (
        "PRESENT;  Cllrs Lee;  Khan; Owen\n\nMrs J. Hale (Parish Clerk)\n\n1 Member of the Public\n",
        [present("Councillor Lee"), present("Councillor Khan"), present("Councillor Owen"), present("Mrs J. Hale", "officer")],
    ),
    (
        "Present: Cllr A Lee, Cllr B Khan\n\nMr T Hale – Clerk and RFO\n",
        [present("Cllr A Lee"), present("Cllr B Khan"), present("Mr T Hale", "officer")],
    ),
    # two names run together after a title, the second with a middle name
    (
        "Councillors Ann Lee, Mrs Cara Owen Dale Hugh Moss, Fay Grant and Tom Hale\n",
        [present("Councillor Ann Lee"), present("Mrs Cara Owen"), present("Councillor Dale Hugh Moss"), present("Councillor Fay Grant"),
         present("Councillor Tom Hale")],
    ),
]


@pytest.mark.parametrize("head, expected", LIST_CASES)
def test_capacities_columns_and_glued_text_in_lists(head, expected):
    assert rows(head) == expected


def test_a_surname_with_a_capital_inside_is_not_unglued():
    """ "MacQueen", "McDonald", "FitzGerald" keep their inner capital: no given name is glued to them."""
    assert rows("Present: Ann MacQueen, Bilal McDonald, Cara FitzGerald\n") == [
        present("Ann MacQueen"), present("Bilal McDonald"), present("Cara FitzGerald")]
