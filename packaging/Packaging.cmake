# Packaging: install rules for desktop integration and CPack settings. (Filled in by the packaging work.)
