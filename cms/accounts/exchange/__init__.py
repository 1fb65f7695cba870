"""The e-government data exchange (EHİS): taxpayer and residence-permit data about an applicant.

The sign-on says who the person is; the registries say what they are (a sole proprietor, the head
of a company, a resident foreigner). `data_exchange()` returns the adapter chosen by
`settings.EHIS_EXCHANGE["BACKEND"]`:

- `cms.accounts.exchange.fixtures.FixtureExchange`: development and tests, fed from a JSON file;
- `cms.accounts.exchange.base.SignOnOnlyExchange`: no data exchange connected; profiles are
  filled from the sign-on alone (physical persons, foreigners without permit details).
"""

from django.conf import settings
from django.utils.module_loading import import_string

from .base import Activity, DataExchange, ResidencePermit, Taxpayer, TaxpayerKind

__all__ = ["Activity", "DataExchange", "ResidencePermit", "Taxpayer", "TaxpayerKind", "data_exchange"]


def data_exchange() -> DataExchange:
    conf = settings.EHIS_EXCHANGE
    backend = import_string(conf.get("BACKEND", "cms.accounts.exchange.base.SignOnOnlyExchange"))
    return backend(**conf.get("OPTIONS", {}))
