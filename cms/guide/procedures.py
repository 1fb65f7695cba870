"""A procedure's totals: how many steps and bodies, what it costs per currency, how long it takes.

Computed from the steps as the API shows them (`ProcedureStepBlock.get_api_representation`), never
typed by an editor, so a changed fee snippet changes every total that cites it. Steps marked
"at the same time as the step before" form a group that takes as long as its longest step.

Only confirmed figures are added up. A step whose cost is not confirmed, whose cost is not one amount
(a percentage, a yearly rent) or whose time is unknown is listed beside the total instead, so that a
reader never takes a partial sum for the whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from cms.core.formatting import as_decimal, format_number, plain_number

from .snippets import Currency


@dataclass
class Totals:
    steps: int = 0
    institutions: int = 0
    costs: dict[str, Decimal] = field(default_factory=dict)
    days_min: int = 0
    days_max: int = 0
    unconfirmed_steps: list[int] = field(default_factory=list)  # cost not confirmed; 1-based step numbers
    rate_cost_steps: list[int] = field(default_factory=list)  # cost is a rate or a note, not one amount
    unknown_time_steps: list[int] = field(default_factory=list)

    @property
    def cost_complete(self) -> bool:
        return not self.unconfirmed_steps and not self.rate_cost_steps

    @property
    def time_complete(self) -> bool:
        return not self.unknown_time_steps

    def as_json(self, language: str) -> dict:
        costs = sorted(self.costs.items(), key=lambda item: Currency.values.index(item[0]))
        return {
            "steps": self.steps,
            "institutions": self.institutions,
            "costs": [
                {
                    "currency": currency,
                    "amount": plain_number(amount),
                    "display": f"{format_number(amount, language)} {currency}",
                }
                for currency, amount in costs
            ],
            "free": bool(costs) and self.cost_complete and all(amount == 0 for _currency, amount in costs),
            "cost_complete": self.cost_complete,
            "days_min": self.days_min,
            "days_max": self.days_max,
            "time_complete": self.time_complete,
            "unconfirmed_steps": self.unconfirmed_steps,
            "rate_cost_steps": self.rate_cost_steps,
            "unknown_time_steps": self.unknown_time_steps,
        }


def step_cost(step: dict) -> tuple[str, Decimal] | None:
    """The step's cost as (currency, amount), or None when it is not an amount (a rate, unknown)."""
    fee = step.get("fee")
    if fee:
        # A fee in a currency is an amount; any other (a percentage, per 100 m²) is a rate.
        currency, amount = fee.get("currency"), as_decimal(fee.get("value"))
        return (currency, amount) if currency and amount is not None else None
    amount = as_decimal(step.get("amount"))
    if amount is not None and step.get("currency"):
        return step["currency"], amount
    return None


def _time(step: dict) -> tuple[int, int] | None:
    low, high = step.get("days_min"), step.get("days_max")
    if low is None or high is None:
        return None
    return int(low), int(high)


def compute(steps: list[dict]) -> Totals:
    """The totals of a procedure whose steps, in order, are `steps` (API representation)."""
    totals = Totals(steps=len(steps))
    institutions = {step["institution"]["id"] for step in steps if step.get("institution")}
    totals.institutions = len(institutions)
    groups: list[list[tuple[int, int] | None]] = []
    for number, step in enumerate(steps, start=1):
        cost = None if step.get("unconfirmed") else step_cost(step)
        if step.get("unconfirmed"):
            totals.unconfirmed_steps.append(number)
        elif cost is None:
            totals.rate_cost_steps.append(number)
        else:
            currency, amount = cost
            totals.costs[currency] = totals.costs.get(currency, Decimal(0)) + amount
        timing = _time(step)
        if timing is None:
            totals.unknown_time_steps.append(number)
        if step.get("parallel") and groups:
            groups[-1].append(timing)
        else:
            groups.append([timing])
    for group in groups:
        known = [timing for timing in group if timing is not None]
        if known:
            totals.days_min += max(low for low, _high in known)
            totals.days_max += max(high for _low, high in known)
    return totals
