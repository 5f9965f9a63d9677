"""UI strings in English and Turkish, one module per page (each exports STRINGS = {key: (en, tr)}).

`indicators.i18n.t` looks keys up in `indicators.i18n.STRINGS` and in every module of this package; a key
defined twice is an error (caught at import by `all_strings`).
"""
