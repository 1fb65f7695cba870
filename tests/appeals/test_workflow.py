"""The state machine: the happy path, who may do what, and refusals that change nothing."""

import datetime

import pytest
from django.utils import translation

from cms.appeals.models import AppealEvent, Body, Message, OutboxMessage, Role, Status
from cms.appeals.staff import act, add_note, bulk_assign, inbox
from cms.appeals.workflow import APPLICANT, HANDLER, REGISTRAR, TRANSITIONS, Actor, TransitionError, perform

from . import factories

pytestmark = pytest.mark.django_db
D = datetime.date


def test_every_transition_names_its_roles_and_known_states():
    states = set(Status.values)
    for transition in TRANSITIONS.values():
        assert transition.roles, transition.name
        assert set(transition.sources) <= states
        assert transition.target is None or transition.target in states


def test_registration_numbers_are_sequential_per_body_and_year():
    filer = factories.person()
    first = factories.registered(filer, on=D(2026, 4, 1))
    second = factories.registered(filer, on=D(2026, 4, 1))
    azpromo = factories.registered(filer, on=D(2026, 4, 1), body=Body.AZPROMO)
    next_year = factories.registered(filer, on=D(2027, 1, 5))
    assert (first.number, second.number) == ("MIN-2026-000001", "MIN-2026-000002")
    assert azpromo.number == "AZP-2026-000001"
    assert next_year.number == "MIN-2027-000001"


def test_the_whole_path_from_submission_to_closing_is_recorded_with_actors():
    filer = factories.person(email="aysel@example.az")
    appeal = factories.registered(filer, on=D(2026, 4, 1), answer_language="ru")
    registrar = factories.staff(Body.MINISTRY, Role.REGISTRAR)
    handler = factories.staff(Body.MINISTRY, Role.HANDLER)

    act(registrar, appeal, "assign", assignee=handler)
    act(handler, appeal, "start_review")
    act(handler, appeal, "request_information", comment="Müqavilənin surətini göndərin.", extension_days=5)
    act(handler, appeal, "ask_applicant", comment="Müqavilənin surətini göndərin.")
    perform(appeal, "applicant_reply", Actor(filer.user, APPLICANT), comment="Surəti əlavə edirəm.")
    act(handler, appeal, "resume_review")
    act(handler, appeal, "answer", comment="ƏDV qaytarılması Vergi Məcəlləsinin 165-ci maddəsi ilə tənzimlənir.")
    perform(appeal, "close", Actor(filer.user, APPLICANT))

    appeal.refresh_from_db()
    assert appeal.status == Status.CLOSED
    actions = list(appeal.events.values_list("action", "actor_role"))
    assert actions == [
        ("submit", APPLICANT), ("register", "system"), ("assign", REGISTRAR), ("start_review", HANDLER),
        ("request_information", HANDLER), ("ask_applicant", HANDLER), ("applicant_reply", APPLICANT),
        ("resume_review", HANDLER), ("answer", HANDLER), ("close", APPLICANT),
    ]  # fmt: skip
    assert appeal.answer.startswith("ƏDV")
    assert appeal.messages.filter(kind=Message.Kind.APPLICANT).count() == 1
    # The applicant was told of the registration, the information requests and the answer.
    subjects = list(OutboxMessage.objects.filter(to="aysel@example.az").values_list("subject", flat=True))
    assert len(subjects) == 4
    assert all(appeal.number in subject for subject in subjects)
    # The handler was told of the assignment and of the applicant's reply.
    assert OutboxMessage.objects.filter(to=handler.email).count() == 2


def test_answering_a_closed_appeal_is_refused_and_nothing_changes():
    filer = factories.person()
    appeal = factories.registered(filer)
    supervisor = factories.staff(Body.MINISTRY, Role.SUPERVISOR)
    handler = factories.staff(Body.MINISTRY, Role.HANDLER)
    act(supervisor, appeal, "assign", assignee=handler)
    act(handler, appeal, "start_review")
    act(handler, appeal, "answer", comment="Cavab.")
    act(handler, appeal, "close")
    events, outbox = AppealEvent.objects.count(), OutboxMessage.objects.count()

    with translation.override("en"), pytest.raises(TransitionError) as refused:
        act(handler, appeal, "answer", comment="İkinci cavab.")
    assert str(refused.value) == "“Answer” is not possible while the appeal is “Closed”."
    appeal.refresh_from_db()
    assert appeal.status == Status.CLOSED
    assert appeal.answer == "Cavab."
    assert (AppealEvent.objects.count(), OutboxMessage.objects.count()) == (events, outbox)


def test_a_handler_acts_only_on_appeals_assigned_to_them_and_only_in_their_body():
    appeal = factories.registered(factories.person())
    registrar = factories.staff(Body.MINISTRY, Role.REGISTRAR)
    assigned = factories.staff(Body.MINISTRY, Role.HANDLER)
    colleague = factories.staff(Body.MINISTRY, Role.HANDLER)
    other_body = factories.staff(Body.AZPROMO, Role.SUPERVISOR)
    act(registrar, appeal, "assign", assignee=assigned)
    for outsider in (colleague, other_body):
        with pytest.raises(TransitionError):
            act(outsider, appeal, "start_review")
    # A handler of the other body cannot be assigned either.
    with pytest.raises(TransitionError):
        act(registrar, appeal, "reassign", assignee=factories.staff(Body.AZPROMO, Role.HANDLER))
    act(assigned, appeal, "start_review")
    appeal.refresh_from_db()
    assert appeal.status == Status.IN_REVIEW


def test_an_auditor_reads_but_cannot_act_or_write_notes():
    appeal = factories.registered(factories.person())
    auditor = factories.staff(Body.MINISTRY, Role.AUDITOR)
    assert appeal in inbox(auditor)
    with pytest.raises(TransitionError):
        act(auditor, appeal, "assign", assignee=factories.staff(Body.MINISTRY, Role.HANDLER))
    with pytest.raises(TransitionError):
        add_note(auditor, appeal, "Qeyd")


def test_not_considered_needs_a_reason_from_the_law():
    appeal = factories.registered(factories.person())
    registrar = factories.staff(Body.MINISTRY, Role.REGISTRAR)
    with pytest.raises(TransitionError):
        act(registrar, appeal, "not_consider", comment="Təkrar müraciət.", reason="dislike")
    act(
        registrar,
        appeal,
        "not_consider",
        comment="Üç əsaslandırılmış cavabdan sonra yeni məlumat yoxdur.",
        reason="repeated",
    )
    appeal.refresh_from_db()
    assert appeal.status == Status.NOT_CONSIDERED
    assert appeal.events.last().detail == {"reason": "repeated"}


def test_forwarding_tells_the_applicant_and_records_whether_it_was_in_time():
    appeal = factories.registered(factories.person(), on=D(2026, 3, 19))  # forward by 2 April
    registrar = factories.staff(Body.MINISTRY, Role.REGISTRAR)
    perform(
        appeal, "forward", Actor(registrar, REGISTRAR), comment="Gömrük məsələsidir.", forwarded_to="Dövlət Gömrük Komitəsi",
        now=datetime.datetime(2026, 4, 3, 10, tzinfo=factories.BAKU),
    )  # fmt: skip
    appeal.refresh_from_db()
    assert appeal.status == Status.FORWARDED
    assert appeal.forwarded_to == "Dövlət Gömrük Komitəsi"
    assert appeal.events.last().detail["on_time"] is False
    notice = OutboxMessage.objects.filter(to=appeal.contact_email).last()
    assert "Dövlət Gömrük Komitəsi" in notice.body


def test_withdrawal_is_possible_before_the_answer_only():
    filer = factories.person()
    appeal = factories.registered(filer)
    perform(appeal, "withdraw", Actor(filer.user, APPLICANT), comment="Məsələ həll olundu.")
    appeal.refresh_from_db()
    assert appeal.status == Status.WITHDRAWN

    answered = factories.registered(filer)
    handler = factories.staff(Body.MINISTRY, Role.HANDLER)
    act(factories.staff(Body.MINISTRY, Role.REGISTRAR), answered, "assign", assignee=handler)
    act(handler, answered, "start_review")
    act(handler, answered, "answer", comment="Cavab.")
    with pytest.raises(TransitionError):
        perform(answered, "withdraw", Actor(filer.user, APPLICANT))


def test_bulk_assignment_assigns_what_it_may_and_names_the_rest():
    filer = factories.person()
    ours = [factories.registered(filer) for _ in range(3)]
    registrar = factories.staff(Body.MINISTRY, Role.REGISTRAR)
    handler = factories.staff(Body.MINISTRY, Role.HANDLER)
    perform(ours[2], "withdraw", Actor(filer.user, APPLICANT))
    ours[2].refresh_from_db()
    done, refused = bulk_assign(registrar, ours, handler)
    assert done == 2
    assert refused == [ours[2].number]


def test_the_inbox_puts_overdue_appeals_first_then_sorts_by_due_date():
    filer = factories.person()
    late = factories.registered(filer, on=D(2026, 1, 5))
    soon = factories.registered(filer, on=D(2026, 4, 1))
    later = factories.registered(filer, on=D(2026, 4, 10))
    supervisor = factories.staff(Body.MINISTRY, Role.SUPERVISOR)
    today = D(2026, 4, 15)
    assert list(inbox(supervisor, status="open", today=today)) == [late, soon, later]
    assert list(inbox(supervisor, deadline="overdue", today=today)) == [late]
    # Ministry staff never see AZPROMO's appeals.
    theirs = factories.registered(filer, body=Body.AZPROMO)
    assert theirs not in inbox(supervisor)


def _applicant_may(appeal, filer) -> set[str]:
    from cms.appeals.workflow import available

    return {t.name for t in available(appeal, Actor(filer.user, APPLICANT))}


def test_what_the_applicant_may_do_follows_the_state_alone():
    """Messages, complaints and ratings are transitions like the rest: each state offers exactly
    what its table says, and the pages and the API ask the same question."""
    filer = factories.person()
    appeal = factories.registered(filer)
    handler = factories.staff(Body.MINISTRY, Role.HANDLER)
    act(factories.staff(Body.MINISTRY, Role.REGISTRAR), appeal, "assign", assignee=handler)
    assert _applicant_may(appeal, filer) == {"message", "handling_complaint", "withdraw"}
    act(handler, appeal, "start_review")
    act(handler, appeal, "request_information", comment="Müqaviləni göndərin.")
    act(handler, appeal, "ask_applicant", comment="Müqaviləni göndərin.")
    # While staff await the applicant, what they write is the reply, which moves the appeal on.
    assert _applicant_may(appeal, filer) == {"applicant_reply", "handling_complaint", "withdraw"}
    perform(appeal, "applicant_reply", Actor(filer.user, APPLICANT), comment="Göndərirəm.")
    act(handler, appeal, "answer", comment="Cavab.")
    assert _applicant_may(appeal, filer) == {"message", "handling_complaint", "rate", "close"}
    perform(appeal, "close", Actor(filer.user, APPLICANT))
    assert _applicant_may(appeal, filer) == {"handling_complaint", "rate"}
    # Someone else's appeal offers nothing, whatever its state.
    assert _applicant_may(appeal, factories.person()) == set()


def test_a_refused_conversation_says_why_in_words_and_writes_nothing():
    filer = factories.person()
    appeal = factories.registered(filer)
    perform(appeal, "withdraw", Actor(filer.user, APPLICANT))
    before = (appeal.events.count(), appeal.messages.count(), OutboxMessage.objects.count())
    with translation.override("en"):
        for name, words in [
            ("handling_complaint", "no handling to complain about"),
            ("message", "can no longer be sent"),
            ("rate", "Only an answered appeal can be rated"),
        ]:
            with pytest.raises(TransitionError, match=words):
                perform(appeal, name, Actor(filer.user, APPLICANT), comment="Niyə?", rating=5)
    assert (appeal.events.count(), appeal.messages.count(), OutboxMessage.objects.count()) == before


def test_a_note_is_open_to_the_bodys_working_staff_whoever_handles_the_appeal():
    appeal = factories.registered(factories.person())
    assigned, colleague = factories.staff(Body.MINISTRY, Role.HANDLER), factories.staff(Body.MINISTRY, Role.HANDLER)
    act(factories.staff(Body.MINISTRY, Role.REGISTRAR), appeal, "assign", assignee=assigned)
    note = add_note(colleague, appeal, "Vergi idarəsi ilə danışdım.")
    assert note.kind == Message.Kind.NOTE and note.author == colleague
    event = appeal.events.get(action="note")
    assert event.internal and event.actor_role == HANDLER
    # ...but an act on the appeal itself stays with the handler it is assigned to.
    with pytest.raises(TransitionError):
        act(colleague, appeal, "start_review")
    for outsider in (factories.staff(Body.AZPROMO, Role.HANDLER), factories.staff(Body.MINISTRY, Role.AUDITOR)):
        with pytest.raises(TransitionError):
            add_note(outsider, appeal, "Qeyd")
    assert appeal.messages.filter(kind=Message.Kind.NOTE).count() == 1


def test_files_travel_only_with_a_text_and_a_refusal_undoes_the_step():
    from django.core.files.uploadedfile import SimpleUploadedFile

    appeal = factories.registered(factories.person())
    handler = factories.staff(Body.MINISTRY, Role.HANDLER)
    act(factories.staff(Body.MINISTRY, Role.REGISTRAR), appeal, "assign", assignee=handler)
    pdf = SimpleUploadedFile("arayis.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    with pytest.raises(TransitionError):
        act(handler, appeal, "start_review", files=[pdf])
    appeal.refresh_from_db()
    assert appeal.status == Status.ASSIGNED and not appeal.attachments.exists()
    assert not appeal.events.filter(action="start_review").exists()
    pdf.seek(0)
    event = act(handler, appeal, "start_review") and act(handler, appeal, "answer", comment="Cavab.", files=[pdf])
    assert [(a.name, a.message_id, a.internal) for a in appeal.attachments.all()] == [
        ("arayis.pdf", event.message.pk, False)
    ]


def test_ratings_recorded_before_the_rename_are_read_under_the_transitions_name():
    import importlib

    from django.apps import apps

    migration = importlib.import_module("cms.appeals.migrations.0005_rate_event")
    filer = factories.person()
    appeal = factories.registered(filer)
    AppealEvent.objects.create(appeal=appeal, action="rated", actor=filer.user, actor_role=APPLICANT)
    migration.rename("rated", "rate")(apps, None)
    assert list(appeal.events.filter(action__in=["rated", "rate"]).values_list("action", flat=True)) == ["rate"]


def test_what_may_be_done_is_read_in_one_query_whatever_the_number_of_steps(django_assert_num_queries):
    """The actor's rights on the appeal are read once, not once per step the state offers."""
    from cms.appeals.workflow import SUPERVISOR, available

    head = factories.person()
    company = factories.entity(head)
    appeal = factories.registered(head, entity_=company)
    supervisor = factories.staff(Body.MINISTRY, Role.SUPERVISOR)
    with django_assert_num_queries(1):  # the supervisor's memberships
        offered = available(appeal, Actor(supervisor, SUPERVISOR))
    assert len(offered) > 3
    head.refresh_from_db()
    with django_assert_num_queries(1):  # the right to act for the company
        offered = available(appeal, Actor(head.user, APPLICANT))
    assert {t.name for t in offered} == {"message", "handling_complaint", "withdraw"}
