"""Strings about the state of the data store, shown by the frame before every page."""

from ..messages import NN_, Message, N_

STRINGS: dict[str, Message] = {
    "store_unavailable": N_("The data is not available at the moment. Please try again later."),
    "store_data_invalid": N_("Newly delivered data did not pass the checks. The figures shown are the last valid data (built {built})."),
    "store_data_invalid_details": NN_("Details for data maintainers ({n} problem)",
                                      "Details for data maintainers ({n} problems)"),
    "store_data_not_built": N_("Newer data passed the checks and will be shown after the next build of the data store."),
}
