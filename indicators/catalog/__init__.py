"""Indicator declarations, one module per publisher group; `indicators.registry` collects the INDICATORS of
the modules listed in `MODULES` (a new module is registered by adding it there)."""

from . import iom, national, undesa, unhcr, worldbank

MODULES = (iom, national, undesa, unhcr, worldbank)
