# One interface target carries warnings and Qt hygiene defines; every TeamLens target links it,
# so flags stay out of the global scope and third-party code is unaffected.
add_library(teamlens_build_flags INTERFACE)

target_compile_options(teamlens_build_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
    -Wcast-align -Wnull-dereference -Wimplicit-fallthrough)

if(TEAMLENS_WARNINGS_AS_ERRORS)
    target_compile_options(teamlens_build_flags INTERFACE -Werror)
endif()

if(TEAMLENS_ASAN)
    target_compile_options(teamlens_build_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(teamlens_build_flags INTERFACE -fsanitize=address,undefined)
endif()

target_compile_definitions(teamlens_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_USE_QSTRINGBUILDER)
