"""Applicants and entities made the way the sign-in makes them: through `sign_in_person`, with
identities in the sign-on's shape and registry answers from the development fixture."""

from cms.accounts.exchange.fixtures import FixtureExchange
from cms.accounts.profiles import sign_in_person
from cms.accounts.sso.claims import SignOnIdentity

HEAD = SignOnIdentity(
    subject="dev-0003",
    fin="2AB7C9D",
    first_name="Rəşad",
    last_name="Əliyev",
    patronymic="Tofiq oğlu",
    citizenship="AZE",
    voens=("1700812341", "1701234561"),
)
EMPLOYEE = SignOnIdentity(
    subject="dev-0004",
    fin="3EF4G5H",
    first_name="Günel",
    last_name="Hüseynova",
    patronymic="Nazim qızı",
    citizenship="AZE",
    voens=("1700812341",),
)
CITIZEN = SignOnIdentity(
    subject="dev-0001",
    fin="5ZJBKQH",
    first_name="Aysel",
    last_name="Məmmədova",
    patronymic="Rauf qızı",
    citizenship="AZE",
)


def signed_in(identity: SignOnIdentity, exchange=None):
    return sign_in_person(identity, exchange=exchange or FixtureExchange())
