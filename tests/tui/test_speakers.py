"""The talerliste as the chair uses it: F9 to queue (new names join), F8 to give the word,
priorities from the dialog, and stamps in the referat."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.turns import Priority
from facilitator.tui.screens.forms import QueueSpeakerScreen
from facilitator.tui.screens.speakers_view import speakers_view
from facilitator.tui.widgets.guide_panel import GuidePanel
from facilitator.tui.widgets.notes_pane import NotesEditor
from facilitator.tui.widgets.speakers_panel import SpeakersPanel
from tests.tui.conftest import app_for, run_screen


async def test_f9_queues_new_and_known_people_and_f8_gives_the_word(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        turns = screen.session.turns
        await pilot.press("f9", *"Anne", "enter", "f9", *"Bo", "enter")
        assert isinstance(app.screen, type(screen))
        assert [p.name for p in turns.participants.values()] == ["Anne", "Bo"]
        await pilot.press("f8")
        assert turns.speaker == "anne"
        clock.advance(75)
        screen.refresh_view()
        await pilot.pause()
        panel = str(screen.query_one(SpeakersPanel).render())
        assert "Anne  01:15" in panel and " 2 Bo" in panel
        await pilot.press("f9", "1", "enter")  # Anne again, by seat number
        await pilot.press("f8", "f8")
        assert turns.speaker == "anne" and turns.turn_count("anne") == 2
        await pilot.press("f8")  # nobody waiting: stop
        assert turns.speaker is None
        assert turns.total_seconds("anne", clock.now()) == 75


async def test_priority_keys_in_the_dialog(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        for name in ("Anne", "Bo", "Carla"):
            await pilot.press("f9", *name, "enter")
        await pilot.press("f9")
        assert isinstance(app.screen, QueueSpeakerScreen)
        await pilot.press("3", "f4")  # Carla: til forretningsordenen (moves up)
        await pilot.press("f9", "2", "f2")  # Bo: replik
        order = screen.session.turns.ordered_queue(clock.now())
        assert [(e.participant, e.priority) for e in order] == [
            ("carla", Priority.POINT_OF_ORDER),
            ("bo", Priority.REPLY),
            ("anne", Priority.NORMAL),
        ]


async def test_unknown_seat_number_is_refused_in_the_dialog(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press("f9", "7", "enter")
        assert screen.session.turns.participants == {}
        dialog = app.screen
        assert isinstance(dialog, QueueSpeakerScreen)
        assert "Ingen sidder på plads nr. 7" in str(dialog.query_one("#queue-error").render())
        await pilot.press("backspace", *"Anne", "enter")  # put right where it was typed
        assert app.screen is screen
        assert [p.name for p in screen.session.turns.participants.values()] == ["Anne"]


async def test_a_name_too_long_stays_in_the_dialog_with_the_message(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    """Closed with the refusal, the dialog took the 200 characters typed with it, and the
    next Esc (meant for the dialog) went to the run screen."""
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press("f9", *("Y" * 200), "f3")
        dialog = app.screen
        assert isinstance(dialog, QueueSpeakerScreen)
        assert dialog.query_one("#queue-who", Input).value == "Y" * 200
        assert "højst være 60 tegn (det her er 200)" in str(
            dialog.query_one("#queue-error").render()
        )
        assert screen.session.turns.participants == {}
        await pilot.press("escape")
        assert app.screen is screen and not screen.chair_keys


async def test_stamps_go_into_the_referat_when_turned_on(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        editor = screen.query_one("#notes-text", NotesEditor)
        await pilot.press("f9", *"Anne", "enter", "f8")
        assert editor.text == ""  # stamps are off until turned on
        await pilot.press("f9", *"Bo", "enter", "shift+f8", "f8", *"vil gerne mødes oftere")
        await pilot.press("f9", "1", "enter")
        clock.advance(120)
        await pilot.press("f8")
        assert editor.text == "[19.00] Bo: vil gerne mødes oftere\n[19.02] Anne: "


async def test_resume_keeps_the_speaker_and_time_spoken(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f9", *"Anne", "enter", "f8")
        clock.advance(90)
        folder = run_screen(app).session.folder
    clock.advance(30)
    again = app_for(None, clock, sessions_dir, session=folder)
    async with again.run_test(size=(80, 24)):
        turns = run_screen(again).session.turns
        assert turns.speaker == "anne"
        assert turns.total_seconds("anne", clock.now()) == 120


TWELVE = [
    "Anne",
    "Bo",
    "Carla",
    "Dorte",
    "Erik",
    "Frida",
    "Gustav",
    "Hanne",
    "Ib",
    "Jette",
    "Karl",
    "Lise",
]


async def test_f8_walks_the_round_and_shift_f9_passes(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        for name in TWELVE[:4]:
            await pilot.press("f9", *name, "enter")
        await pilot.press("f8", "f8", "f8", "f8", "f8")  # empties the talerliste in Velkommen
        await pilot.press("f5", "f6")  # Præsentationsrunde
        turns = screen.session.turns
        await pilot.press("f8")
        assert turns.speaker == "anne"
        await pilot.press("shift+f9", "f8")  # Bo passes; Carla is next
        assert turns.speaker == "carla"
        clock.advance(24 * 60)  # Carla takes 24 min; her share is (21 + 24) / 2 = 22.5 min
        screen.refresh_view()
        await pilot.pause()
        panel = str(screen.query_one(SpeakersPanel).render())
        assert "Runde: 2 færdige, 1 tilbage" in panel  # Anne spoke, Bo passed
        assert "Carla  24:00 / 22:30  +01:30 over" in panel
        assert "Derefter: Dorte" in panel
        await pilot.press("f9", "1", "f4", "f8")  # a point of order still comes first
        assert turns.speaker == "anne"


async def test_f12_splits_into_mixed_groups_and_reshuffles(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    roster = [
        "Anne, pædagog",
        "Bo, pædagog",
        "Carla, pædagog",
        "Dorte, drift",
        "Erik, drift",
        "Frida, drift",
        "Gustav, byggeteknik",
        "Hanne, byggeteknik",
        "Ib, byggeteknik",
    ]
    async with app.run_test(size=(80, 30)) as pilot:
        screen = run_screen(app)
        for person in roster:
            await pilot.press("f9", *person, "enter")
        await pilot.press("f12")  # not a groups item yet
        assert screen.session.turns.groups == {}
        await pilot.press(*"/kolleger Anne, Dorte", "enter")
        await pilot.press("f8", "f8", "f8", "f8", "f8", "f8", "f8", "f8", "f8", "f8")
        await pilot.press("f6", "f6", "f6")  # Netværksønsker: groups of 3
        await pilot.press("f12")
        turns = screen.session.turns
        size, _seed, groups = turns.groups["netvaerksoensker"]
        assert size == 3 and sorted(len(g) for g in groups) == [3, 3, 3]
        fields = {p.id: p.faglighed for p in turns.participants.values()}
        for group in groups:
            assert len({fields[pid] for pid in group}) == 3  # one of each faglighed
            assert not {"anne", "dorte"} <= set(group)
        splits = [groups]
        for _ in range(3):
            await pilot.press("f12")
            splits.append(turns.groups["netvaerksoensker"][2])
        assert turns.groups["netvaerksoensker"][1] == 4  # the fourth split, seed 4
        assert any(split != splits[0] for split in splits[1:])  # F12 reshuffles
        await pilot.press("shift+f12")
        size, _seed, groups = turns.groups["netvaerksoensker"]
        assert size == 4 and sorted(len(g) for g in groups) == [4, 5]
        shown = screen.query_one(GuidePanel).groups
        assert len(shown) == 2 and sum(len(names) for names in shown) == 9


async def test_quiet_first_is_a_toggle_that_survives_resume(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        for name in ("Anne", "Bo"):
            await pilot.press("f9", *name, "enter")
        await pilot.press("f8")
        clock.advance(300)  # Anne talks five minutes
        await pilot.press("f9", "1", "enter", "f8")  # Bo speaks, Anne asks again
        await pilot.press("f9", *"Carla", "enter")
        await pilot.press("ctrl+f8")
        assert screen.session.turns.quiet_first
        waiting = [
            name
            for _h, name, _p in speakers_view(screen.session, clock.now(), screen.stamps).waiting
        ]
        assert waiting == ["Carla", "Anne"]
        folder = screen.session.folder
    again = app_for(None, clock, sessions_dir, session=folder)
    async with again.run_test(size=(80, 24)):
        assert run_screen(again).session.turns.quiet_first


async def test_shift_f2_shows_talk_time_for_everyone(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    from facilitator.tui.screens.fairness import FairnessScreen

    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f9", *"Anne", "enter", "f8")
        clock.advance(90)
        await pilot.press("shift+f2")
        assert isinstance(app.screen, FairnessScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, FairnessScreen)


async def test_deltager_line_adds_without_queueing_and_rounds_show_only_priorities(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 30)) as pilot:
        screen = run_screen(app)
        for line in ("/deltager Anne, pædagog", "/deltager Bo", "/deltager Anne"):
            await pilot.press(*line, "enter")
        turns = screen.session.turns
        assert [(p.name, p.faglighed) for p in turns.participants.values()] == [
            ("Anne", "pædagog"),
            ("Bo", ""),
        ]
        assert turns.queue == []
        await pilot.press("f9", "2", "enter", "f9", "1", "f2", "f6")  # into the round
        waiting = [
            name
            for _h, name, _p in speakers_view(screen.session, clock.now(), screen.stamps).waiting
        ]
        assert waiting == ["Anne"]  # the reply; Bo's ordinary request waits behind the round
