#pragma once

#include "domain/Conversation.h"
#include "qa/AutoQa.h"

#include <QList>
#include <QSqlDatabase>

/**
 * A conversation's transcript as the QA views show it (reviewer workspace, disputes, calibration):
 * its messages with the auto-QA customer-wait limit their waits are highlighted against, the same
 * limit that raises the "long customer wait" flag. Reads through QaQueueRepository and
 * QaAutoFlagRepository; holds no SQL of its own.
 *
 * Threading: load() blocks on the store; call it on the thread that owns db (runStoreTask).
 */
struct QaTranscript
{
    QList<Message> messages; // in seq order (Message::id is the seq)
    qint64 longWaitSeconds = AutoQaSettings::defaults().customerWaitSeconds; // always > 0

    /**
     * Reads the messages of conversationId and the saved auto-QA customer-wait limit; the limit is
     * AutoQaSettings::defaults()' when none is saved or the saved one is not above 0. On failure
     * *error says why and *out holds what was read before it.
     */
    static bool load(QSqlDatabase db, qint64 conversationId, QaTranscript *out, QString *error);
};
