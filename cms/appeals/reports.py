"""Appeal statistics (Regulation 7.2.4): counts by status, body, kind, category and month, the
on-time rate, the median time to answer and the overdue list, over a period of registration dates
and the bodies the member of staff may see. Charts are inline SVG; exports are CSV and XLSX.
"""

from __future__ import annotations

import csv
import datetime
import io
import statistics
from dataclasses import dataclass, field

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from . import access
from .models import Appeal, Body, Category, Kind, Status

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass
class Report:
    start: datetime.date
    end: datetime.date
    total: int = 0
    by_status: list[tuple[str, int]] = field(default_factory=list)
    by_body: list[tuple[str, int]] = field(default_factory=list)
    by_kind: list[tuple[str, int]] = field(default_factory=list)
    by_category: list[tuple[str, int]] = field(default_factory=list)
    by_month: list[tuple[str, int]] = field(default_factory=list)
    answered: int = 0
    answered_on_time: int = 0
    on_time_rate: float | None = None
    median_days_to_answer: float | None = None
    overdue: list[Appeal] = field(default_factory=list)


def _counts(queryset, field_name: str, labels: dict) -> list[tuple[str, int]]:
    rows = queryset.values(field_name).annotate(n=Count("pk")).order_by("-n", field_name)
    return [(str(labels.get(row[field_name], row[field_name] or "—")), row["n"]) for row in rows]


def build(
    user, *, start: datetime.date, end: datetime.date, body: str = "", today: datetime.date | None = None
) -> Report:
    today = today or timezone.localdate()
    queryset = access.staff_appeals(user).filter(registered_on__gte=start, registered_on__lte=end)
    if body:
        queryset = queryset.filter(body=body)
    report = Report(start=start, end=end, total=queryset.count())
    report.by_status = _counts(queryset, "status", dict(Status.choices))
    report.by_body = _counts(queryset, "body", dict(Body.choices))
    report.by_kind = _counts(queryset, "kind", dict(Kind.choices))
    report.by_category = _counts(queryset, "category__key", {c.key: c.name() for c in Category.objects.all()})
    months = (
        queryset.annotate(month=TruncMonth("registered_at")).values("month").annotate(n=Count("pk")).order_by("month")
    )
    report.by_month = [(row["month"].strftime("%Y-%m"), row["n"]) for row in months if row["month"]]

    answered = list(queryset.filter(answered_at__isnull=False).values_list("registered_at", "answered_at", "due_date"))
    report.answered = len(answered)
    report.answered_on_time = sum(
        1 for _r, answered_at, due in answered if due is None or timezone.localdate(answered_at) <= due
    )
    if answered:
        report.on_time_rate = report.answered_on_time / report.answered
        # An answered appeal was registered first: both times are there.
        report.median_days_to_answer = statistics.median(
            (a - r).total_seconds() / 86400 for r, a, _d in answered if r is not None and a is not None
        )
    report.overdue = list(queryset.overdue(today).order_by("due_date"))
    return report


def _rows(report: Report) -> list[list]:
    rows: list[list] = [
        [_("Period"), f"{report.start.isoformat()} – {report.end.isoformat()}"],
        [_("Appeals registered"), report.total],
    ]
    for title, series in (
        (_("Status"), report.by_status),
        (_("Body"), report.by_body),
        (_("Kind"), report.by_kind),
        (_("Category"), report.by_category),
        (_("Month"), report.by_month),
    ):
        rows.append([])
        rows.append([title, _("Appeals")])
        rows.extend([label, count] for label, count in series)
    rows.append([])
    rows.append([_("Answered"), report.answered])
    rows.append([_("Answered on time"), report.answered_on_time])
    rows.append([_("On-time rate, %"), round(report.on_time_rate * 100, 1) if report.on_time_rate is not None else ""])
    rows.append(
        [
            _("Median time to answer, days"),
            round(report.median_days_to_answer, 1) if report.median_days_to_answer is not None else "",
        ]
    )
    rows.append([])
    rows.append([_("Overdue"), _("Due date"), _("Status"), _("Handler")])
    rows.extend(
        [
            a.number,
            a.due_date.isoformat() if a.due_date else "",
            a.get_status_display(),
            a.assignee.get_username() if a.assignee else "",
        ]
        for a in report.overdue
    )
    return rows


def to_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in _rows(report):
        writer.writerow(row)
    # A byte-order mark, so that spreadsheet programs read ə, ş and Cyrillic correctly.
    return "\ufeff" + buffer.getvalue()


def to_xlsx(report: Report) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.worksheets[0]  # the one a new workbook has (`active`, typed as maybe none)
    sheet.title = "Appeals"
    for row in _rows(report):
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def bar_chart(series: list[tuple[str, int]], *, width: int = 480, bar: int = 22) -> str:
    """A horizontal bar chart as SVG markup; labels are escaped."""
    from django.utils.html import escape

    if not series:
        return ""
    largest = max(count for _label, count in series) or 1
    label_width, height = 180, bar * len(series) + 4
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" class="appeals-chart">'
    ]
    for index, (label, count) in enumerate(series):
        y = index * bar + 2
        length = int((width - label_width - 50) * count / largest)
        parts.append(f'<text x="0" y="{y + bar * 0.7:.0f}" font-size="12">{escape(label[:28])}</text>')
        parts.append(
            f'<rect x="{label_width}" y="{y}" width="{max(length, 1)}" height="{bar - 6}" fill="#00629b"></rect>'
        )
        parts.append(f'<text x="{label_width + length + 6}" y="{y + bar * 0.7:.0f}" font-size="12">{count}</text>')
    parts.append("</svg>")
    return "".join(parts)


def charts(report: Report) -> dict[str, str]:
    return {
        "status": bar_chart(report.by_status),
        "category": bar_chart(report.by_category),
        "month": bar_chart(report.by_month),
    }
