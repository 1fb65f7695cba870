"""The applicant's appeal pages in the e-cabinet. Thin: read the request, call `services`, render.

An appeal the person may not see answers exactly like one that does not exist (404), so that
nobody learns from the answer whether an appeal exists.
"""

from __future__ import annotations

import logging

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cms.accounts.cabinet import applicant_required, render_cabinet
from cms.core import limits

from . import access, attachments, services
from .attachments import AttachmentError, StorageFull
from .forms import AppealForm, ComplaintForm, MessageForm, RatingForm, SuggestionForm, WithdrawForm
from .models import Appeal, Status
from .notifications import public_url
from .workflow import APPLICANT, Actor, TransitionError, event_label, perform

logger = logging.getLogger(__name__)


def render_page(request, template: str, context: dict, *, title: str, status: int = 200):
    """Renders an appeals template inside the e-cabinet's frame (cabinet/layout.html)."""
    extra = {"today": timezone.localdate(), "url": lambda name, *args: reverse(name, args=args)}
    return render_cabinet(
        request,
        f"appeals/{template}",
        {**extra, **context},
        title=title,
        status=status,
        alternates=request.method == "GET",
    )


def _not_found(request):
    return render_page(request, "not_found.html", {}, title=_("Appeal not found"), status=404)


def _forbidden(request):
    return render_page(request, "forbidden.html", {}, title=_("Not allowed"), status=403)


def _appeal_or_none(request, public_id, *, act: bool = False) -> Appeal | None:
    try:
        return access.appeal_for_applicant(request.person, public_id, act=act)
    except access.AppealNotFound:
        return None


@applicant_required
@require_GET
def appeal_list(request):
    person, entity = request.person, request.acting
    appeals = list(access.appeals_of(person, entity).order_by("-created_at"))
    may_file = access.may_file_for(person, entity)
    return render_page(
        request,
        "list.html",
        {
            "appeals": appeals,
            "may_file": may_file,
            "new_url": reverse("appeals:new"),
        },
        title=_("My appeals"),
    )


def _form_page(request, form: AppealForm, appeal: Appeal | None, *, status: int = 200, filed: Appeal | None = None):
    return render_page(
        request,
        "form.html",
        {"form": form, "appeal": appeal, "files": list(appeal.attachments.all()) if appeal else [], "filed": filed},
        title=_("Edit the draft") if appeal else _("New appeal"),
        status=status,
    )


def _already_registered(request, appeal: Appeal):
    messages.info(
        request,
        _(
            "This form had already been sent: the appeal is registered under number %(number)s and has not been filed twice."
        )
        % {"number": appeal.number},
    )
    return HttpResponseRedirect(reverse("appeals:detail", args=[appeal.public_id]))


@applicant_required
@require_http_methods(["GET", "POST"])
def appeal_form(request, public_id=None):
    """A new appeal, or a draft. A new form gets its submission key in its address (`?form=`), so
    that Back returns to the same form, and sending it again finds the appeal it already filed."""
    person, entity = request.person, request.acting
    appeal = None
    if public_id is not None:
        appeal = _appeal_or_none(request, public_id, act=True)
        if appeal is not None and appeal.status != Status.DRAFT and appeal.filed_by_id == person.pk:
            # Back to the draft's form after it was sent: the appeal is there, not a second one.
            if request.method == "GET":
                return HttpResponseRedirect(reverse("appeals:detail", args=[appeal.public_id]))
            if appeal.submission_key and request.POST.get("submission_key") == appeal.submission_key:
                return _already_registered(request, appeal)
        if appeal is None or appeal.status != Status.DRAFT or appeal.filed_by_id != person.pk:
            return _not_found(request)
        entity = appeal.entity
    if not access.may_file_for(person, entity):
        return _forbidden(request)

    if request.method == "GET":
        if appeal is None:
            key = request.GET.get("form", "")
            try:
                key = services.clean_submission_key(key)
            except ValidationError:
                key = ""
            if not key:
                return HttpResponseRedirect(f"{request.path}?{urlencode({'form': services.new_submission_key()})}")
            filed = services.submitted_with(person, key)
            if filed is not None and filed.status == Status.DRAFT:
                return HttpResponseRedirect(reverse("appeals:edit", args=[filed.public_id]))
            initial = {
                "answer_language": get_language(),
                "contact_email": person.contact_email or (entity.contact_email if entity else ""),
                "submission_key": key,
            }
            return _form_page(request, AppealForm(initial=initial), None, filed=filed)
        if not appeal.submission_key:
            appeal.submission_key = services.new_submission_key()
            appeal.save(update_fields=["submission_key"])
        initial = {
            "body": appeal.body, "kind": appeal.kind, "category": appeal.category_id, "subject": appeal.subject,
            "text": appeal.text, "answer_language": appeal.answer_language, "contact_email": appeal.contact_email,
            "consent": appeal.consent, "submission_key": appeal.submission_key,
        }  # fmt: skip
        return _form_page(request, AppealForm(initial=initial), appeal)

    # Counted before anything is read into the database or onto the disk: a refused form files
    # nothing. It is shown again with what was typed (the files must be chosen again).
    decision = limits.hit("appeal_submit", request, per_user=True)
    if not decision.allowed:
        form = AppealForm(request.POST)
        form.add_error(None, limits.refusal_message(decision))
        return limits.retry_after_header(_form_page(request, form, appeal, status=429), decision)
    form = AppealForm(request.POST, request.FILES)
    status = 400
    if form.is_valid():
        data = form.to_input()
        files = form.cleaned_data["files"]
        key = form.cleaned_data.get("submission_key", "")
        try:
            if request.POST.get("action") == "draft":
                appeal = services.save_draft(person, entity, data, files, appeal=appeal, key=key)
                if appeal.replayed:
                    return _already_registered(request, appeal)
                messages.success(request, _("The draft has been saved."))
                return HttpResponseRedirect(reverse("appeals:edit", args=[appeal.public_id]))
            appeal = services.submit(person, entity, data, files, appeal=appeal, key=key)
        except ValidationError as exc:
            form.add_service_errors(exc)
        except StorageFull as exc:
            logger.error("Appeal attachments could not be stored: the private storage is full")
            form.add_error(None, str(exc))
            status = 507
        except AttachmentError as exc:
            form.add_error("files", str(exc))
        except PermissionError:
            return _forbidden(request)
        except TransitionError:
            # The draft was sent from another tab meanwhile.
            return _not_found(request)
        else:
            if appeal.replayed:
                return _already_registered(request, appeal)
            request.session["appeals_acknowledge"] = str(appeal.public_id)
            return HttpResponseRedirect(reverse("appeals:detail", args=[appeal.public_id]))
    else:
        form.add_remaining_errors(complete=request.POST.get("action") != "draft")
    return _form_page(request, form, appeal, status=status)


@applicant_required
@require_GET
def appeal_detail(request, public_id):
    appeal = _appeal_or_none(request, public_id)
    if appeal is None:
        return _not_found(request)
    if appeal.status == Status.DRAFT:
        return HttpResponseRedirect(reverse("appeals:edit", args=[appeal.public_id]))
    acknowledge = request.session.pop("appeals_acknowledge", None) == str(appeal.public_id)
    actions = services.actions(request.person, appeal)
    return render_page(
        request,
        "detail.html",
        {
            "appeal": appeal,
            "acknowledge": acknowledge,
            "actions": actions,
            "events": services.timeline(appeal, for_staff=False),
            "thread": services.visible_messages(appeal, for_staff=False),
            "files": [f for f in services.visible_attachments(appeal, for_staff=False) if f.message_id is None],
            "message_form": MessageForm(),
            "complaint_form": ComplaintForm(),
            "withdraw_form": WithdrawForm(),
            "rating_form": RatingForm(initial={"rating": appeal.rating}),
            "event_label": event_label,
        },
        title=_("Appeal %(number)s") % {"number": appeal.number},
    )


def _act(request, public_id, handler):
    """Runs one applicant action on an appeal the person may act on; errors go back as messages."""
    appeal = _appeal_or_none(request, public_id, act=True)
    if appeal is None or appeal.status == Status.DRAFT:
        return _not_found(request)
    try:
        note = handler(appeal)
    except ValidationError as exc:
        for errors in exc.message_dict.values():
            for error in errors:
                messages.error(request, error)
    except (TransitionError, AttachmentError) as exc:
        messages.error(request, str(exc))
    except access.AppealNotFound:
        return _not_found(request)
    else:
        messages.success(request, note)
    return HttpResponseRedirect(reverse("appeals:detail", args=[appeal.public_id]))


@applicant_required
@require_POST
def appeal_message(request, public_id):
    decision = limits.hit("appeal_message", request, per_user=True)
    if not decision.allowed:
        return limits.too_many_requests(request, decision)
    form = MessageForm(request.POST, request.FILES)
    form.is_valid()

    def handler(appeal):
        if form.errors:
            raise ValidationError({field: list(errors) for field, errors in form.errors.items()})
        services.post_message(
            request.person, appeal, form.cleaned_data.get("text", ""), form.cleaned_data.get("files", [])
        )
        return _("Your message has been sent.")

    return _act(request, public_id, handler)


@applicant_required
@require_POST
def appeal_complaint(request, public_id):
    def handler(appeal):
        services.complain_about_handling(request.person, appeal, request.POST.get("text", ""))
        return _("Your complaint has been sent to the supervisor.")

    return _act(request, public_id, handler)


@applicant_required
@require_POST
def appeal_withdraw(request, public_id):
    def handler(appeal):
        services.withdraw(request.person, appeal, request.POST.get("reason", ""))
        return _("The appeal has been withdrawn.")

    return _act(request, public_id, handler)


@applicant_required
@require_POST
def appeal_rate(request, public_id):
    def handler(appeal):
        try:
            rating = int(request.POST.get("rating", ""))
        except ValueError:
            rating = 0
        services.rate(request.person, appeal, rating, request.POST.get("comment", ""))
        return _("Thank you for rating the answer.")

    return _act(request, public_id, handler)


@applicant_required
@require_POST
def appeal_close(request, public_id):
    def handler(appeal):
        perform(appeal, "close", Actor(request.user, APPLICANT))
        return _("The appeal has been closed.")

    return _act(request, public_id, handler)


@applicant_required
@require_POST
def draft_delete(request, public_id):
    appeal = _appeal_or_none(request, public_id, act=True)
    if appeal is None or appeal.status != Status.DRAFT:
        return _not_found(request)
    services.delete_draft(request.person, appeal)
    messages.success(request, _("The draft has been deleted."))
    return HttpResponseRedirect(reverse("appeals:list"))


@applicant_required
@require_GET
def attachment_download(request, public_id, file_id: int):
    appeal = _appeal_or_none(request, public_id)
    if appeal is None:
        raise Http404
    attachment = services.visible_attachments(appeal, for_staff=False).filter(pk=file_id).first()
    if attachment is None:
        raise Http404
    return file_response(attachment)


def file_response(attachment) -> FileResponse:
    response = FileResponse(
        attachments.open_file(attachment),
        as_attachment=True,
        filename=attachment.name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@applicant_required
@require_http_methods(["GET", "POST"])
def suggestion(request):
    form = SuggestionForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.suggest(request.person, form.cleaned_data["text"])
        except ValidationError as exc:
            for error in exc.message_dict.get("text", []):
                form.add_error("text", error)
        else:
            messages.success(request, _("Thank you: your suggestion has been sent to the portal's team."))
            return HttpResponseRedirect(request.path)
        status = 400
    return render_page(request, "suggestion.html", {"form": form}, title=_("Suggestions"), status=status)


# The public enquiry form (no sign-in) --------------------------------------------------------------


def _public_page(request, template: str, context: dict, *, title: str, status: int = 200):
    request.person = None
    return render_page(request, template, context, title=title, status=status)


@require_http_methods(["GET", "POST"])
def enquiry(request):
    from cms.core.audit import client_ip

    from . import enquiries
    from .forms import EnquiryForm

    if request.method == "GET":
        # The form's key in its address, as for an appeal: Back returns to the same form.
        try:
            key = services.clean_submission_key(request.GET.get("form", ""))
        except ValidationError:
            key = ""
        if not key:
            return HttpResponseRedirect(f"{request.path}?{urlencode({'form': services.new_submission_key()})}")
        form = EnquiryForm(initial={"started": enquiries.form_stamp(), "submission_key": key})
        return _public_page(request, "enquiry.html", {"form": form}, title=_("Ask AZPROMO"))

    form = EnquiryForm(request.POST)
    decision = limits.hit("enquiry", request)
    if not decision.allowed:
        form.is_valid()
        form.add_error(None, limits.refusal_message(decision))
        page = _public_page(request, "enquiry.html", {"form": form}, title=_("Ask AZPROMO"), status=429)
        return limits.retry_after_header(page, decision)
    if form.is_valid():
        data = form.cleaned_data
        reason = enquiries.spam_reason(
            honeypot=data.get("website", ""), stamp=data.get("started", ""), text=data["text"]
        )
        if reason is None:
            language = get_language()

            def confirm_url(token: str) -> str:
                return public_url(reverse("appeals_enquiry_confirm", args=[token]))

            enquiries.create_pending(
                name=data["name"], company=data["company"], country=data["country"], email=data["email"],
                category=data["category"], text=data["text"], language=language, consent=data["consent"],
                confirm_url=confirm_url, key=data.get("submission_key", ""),
            )  # fmt: skip
            return _public_page(request, "enquiry_sent.html", {"email": data["email"]}, title=_("Check your e-mail"))
        logger.warning("Enquiry refused as automated (%s) from %s", reason, client_ip(request))
        form.add_error(None, _("Your enquiry could not be accepted. Please fill in the form again, without links."))
    # The form is shown again with a new time stamp, so the next attempt is timed from now.
    data = request.POST.copy()
    data["started"] = enquiries.form_stamp()
    form.data = data
    return _public_page(request, "enquiry.html", {"form": form}, title=_("Ask AZPROMO"), status=400)


@require_GET
def enquiry_confirm(request, token: str):
    from . import enquiries

    try:
        appeal = enquiries.confirm(token)
    except enquiries.InvalidConfirmation:
        return _public_page(request, "enquiry_invalid.html", {}, title=_("The link is not valid"), status=404)
    return _public_page(request, "enquiry_confirmed.html", {"appeal": appeal}, title=_("Your enquiry is registered"))
