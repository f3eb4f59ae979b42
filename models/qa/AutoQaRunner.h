#pragma once

#include "qa/AutoQa.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <functional>

/** Which conversations an auto-QA run covers: those started in [first, last] (UTC days), or all. */
struct AutoQaRunOptions
{
    QDate first; // invalid = no lower bound
    QDate last; // invalid = no upper bound
    int pageSize = 2000; // conversations per read and per write transaction
    qint64 now = 0; // created_at of written flags; 0 = the current time
};

struct AutoQaRunSummary
{
    qint64 conversations = 0; // conversations checked
    qint64 rechecked = 0; // conversations outside the period rechecked first: their ticket's state changed
    qint64 changed = 0; // conversations whose flags were rewritten
    qint64 flags = 0; // flags the conversations checked now have
    QString settingsHash; // of the settings the run used
    qint64 elapsedMs = 0;
};

/**
 * Runs AutoQa over every conversation of a period (or the whole store) and keeps qa_auto_flags in
 * step: conversations are read a page at a time by id (never all messages in memory), each page's
 * findings are compared with the stored flags and only conversations whose flags differ are
 * rewritten, one transaction per page, so a second run with the same settings changes nothing.
 * A run over the whole store records the settings hash, which is how a settings change shows the
 * flags as stale (QaAutoFlagRepository::flagsStale).
 *
 * With each conversation's flags the run records whether its ticket had ended (qa_auto_checks):
 * "missing closing" is judged only then. Every run first rechecks, wherever they are, the
 * conversations whose ticket ended or reopened since (QaAutoFlagRepository::staleConversations),
 * so a status change from an import needs no full re-run; recheckStale() does only that step, and
 * refreshConversation() does it for one conversation before it is shown.
 *
 * Threading: blocks on the store for as long as the run takes (seconds on large stores); run it on
 * the thread that owns db, off the UI thread (runStoreTask).
 */
class AutoQaRunner
{
    Q_DECLARE_TR_FUNCTIONS(AutoQaRunner)

public:
    /** Called after each page with the conversations checked so far; return false to stop. */
    using Progress = std::function<bool(qint64 conversations)>;

    /** Runs with the store's saved settings. */
    static bool run(QSqlDatabase db, const AutoQaRunOptions &options, AutoQaRunSummary *summary,
                    QString *error, const Progress &progress = {});
    static bool run(QSqlDatabase db, const AutoQaSettings &settings, const AutoQaRunOptions &options,
                    AutoQaRunSummary *summary, QString *error, const Progress &progress = {});

    /** Rechecks, with the saved settings, only the conversations whose ticket's ended-state changed
     *  since their flags were computed; *rechecked receives how many. */
    static bool recheckStale(QSqlDatabase db, qint64 now, qint64 *rechecked, QString *error);
    /** Before a conversation is shown: rechecks it with the saved settings when its flags were
     *  computed under a ticket state that no longer holds (or before schema 9 recorded one). */
    static bool refreshConversation(QSqlDatabase db, qint64 conversationId, qint64 now, bool *rechecked,
                                    QString *error);
};
