#pragma once

#include "store/Store.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>

#include <utility>

/**
 * Runs store work off the UI thread: `work(connection)` on a short-lived thread with its own
 * connection, then `done(result)` queued back on `receiver`'s thread if the receiver still exists.
 * The receiver's destruction waits for the thread, so the store outlives the work.
 */
template<typename Work, typename Done>
void runStoreTask(QObject *receiver, const Store &store, Work work, Done done)
{
    QPointer<QObject> guard = receiver;
    const Store *source = &store;
    QThread *thread = QThread::create([guard, source, work = std::move(work), done = std::move(done)] {
        auto result = work(source->connection());
        source->releaseThreadConnection();
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done, result = std::move(result)] {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("KpiStoreTask"));
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(receiver, &QObject::destroyed, thread, [thread] { thread->wait(); });
    thread->start();
}
