"""Strings about the state of the data store, shown by the frame before every page."""

STRINGS: dict[str, tuple[str, str]] = {
    "store_unavailable": (
        "The data is not available at the moment. Please try again later.",
        "Veriler şu anda kullanılamıyor. Lütfen daha sonra yeniden deneyin.",
    ),
    "store_data_invalid": (
        "Newly delivered data did not pass the checks. The figures shown are the last valid data (built {built}).",
        "Yeni teslim edilen veriler denetimden geçmedi. Gösterilen rakamlar son geçerli verilerdir "
        "(oluşturulma: {built}).",
    ),
    "store_data_invalid_details": (
        "Details for data maintainers ({n} problems)",
        "Veri sorumluları için ayrıntılar ({n} sorun)",
    ),
    "store_data_not_built": (
        "Newer data passed the checks and will be shown after the next build of the data store.",
        "Daha yeni veriler denetimden geçti; veri deposu yeniden oluşturulduktan sonra gösterilecek.",
    ),
}
