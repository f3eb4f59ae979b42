#pragma once

#include "MainWindow.h"
#include "services/ActingUser.h"
#include "support/TestStores.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSize>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/**
 * The setup the KPI, ranking and trend view tests share: one demo store generated per test binary
 * (generating is the slow part) and a fresh MainWindow on it for each test function, so one
 * test's clicks never leak into the next.
 */
class DemoWindowFixture
{
public:
    /**
     * Puts QSettings in test mode under applicationName and clears them, then generates the demo
     * store. Call from initTestCase(); fails the calling test on error.
     */
    void generate(const char *applicationName, const DemoDataOptions &options)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TeamLensTests"));
        QCoreApplication::setApplicationName(QString::fromLatin1(applicationName));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        const auto store = TestStores::createDemoStore(m_dir, options);
        QVERIFY(store);
        m_path = store->path();
    }

    /** A MainWindow for a lead on the store, shown at size and exposed; null (and a failed test) on error. */
    std::unique_ptr<MainWindow> openWindow(QSize size) const
    {
        StoreError error;
        auto store = TestStores::openStore(m_path, &error);
        if (!store) {
            QTest::qFail(qPrintable(error.message), __FILE__, __LINE__);
            return nullptr;
        }
        auto window = std::make_unique<MainWindow>(std::move(store),
                                                   ActingUser::localOperator(QStringLiteral("lead")));
        window->resize(size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            QTest::qFail("the main window was never exposed", __FILE__, __LINE__);
            return nullptr;
        }
        return window;
    }

    QString path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
};
