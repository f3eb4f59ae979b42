#pragma once

#include <QFileInfo>
#include <QTest>

/**
 * The public data sets in shared/data (see tests/CMakeLists.txt for how the folder is found).
 * A test that reads them starts with TEAMLENS_REQUIRE_SHARED_DATA(), so a machine without them
 * reports a skip with the reason instead of failures about missing files.
 */
#define TEAMLENS_REQUIRE_SHARED_DATA()                                                                       \
    do {                                                                                                     \
        if (!QFileInfo(QStringLiteral(TEAMLENS_SHARED_DATA_DIR "/flipkart-csat")).isDir())                   \
            QSKIP("public test data (shared/data) not found; configure with -DTEAMLENS_SHARED_DATA_DIR=…");  \
    } while (false)
