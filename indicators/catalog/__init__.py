"""Indicator declarations, one module per publisher group; `indicators.registry` collects their INDICATORS."""
