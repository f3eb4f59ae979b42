#pragma once

#include "domain/Conversation.h"
#include "qa/AutoQa.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>

/** A stored auto-QA flag as qa_auto_flags holds it; messageSeq is -1 for the whole conversation. */
struct StoredAutoQaFlag
{
    QString rule; // AutoQa::ruleCode
    qint64 messageSeq = -1;
    QString detail;

    bool operator==(const StoredAutoQaFlag &other) const = default;
};

/**
 * SQL for auto-QA (自动质检): the settings (store_settings 'qa_auto_settings', AutoQaSettings JSON),
 * the hash of the settings the stored flags were computed with ('qa_auto_flags_settings_hash', so
 * a settings change shows the flags as stale), pages of conversations with their transcripts read
 * by conversation id, and replacing one conversation's flags in qa_auto_flags. qa_auto_checks
 * records, for each checked conversation, whether its ticket had ended (resolved or closed) when
 * its flags were computed; staleConversations() finds those whose ticket has changed since.
 *
 * Threading: use it on the thread that owns the connection.
 */
class QaAutoFlagRepository
{
    Q_DECLARE_TR_FUNCTIONS(QaAutoFlagRepository)

public:
    /** How the stored flags stand against the saved settings (flagsState()). */
    enum class FlagsState {
        Current, // the last full run used the saved settings
        OtherSettings, // the last full run used other settings, or no full run has recorded any
        // No full run has recorded its settings, and flags from before schema 9 are stored: that
        // version dropped the hash, and those flags say neither their settings nor their ticket
        // state (no qa_auto_checks row). The next full run records both.
        SettingsNotRecorded,
    };

    explicit QaAutoFlagRepository(QSqlDatabase db);

    /** The stored settings, or AutoQaSettings::defaults() when none were saved. */
    bool loadSettings(AutoQaSettings *out, QString *error) const;
    /** Saves the settings; the stored flags become stale when the settings differ from their hash. */
    bool saveSettings(const AutoQaSettings &settings, QString *error);

    /** A stable hash of the settings (hex SHA-1 of their JSON). */
    static QString settingsHash(const AutoQaSettings &settings);
    /** The hash of the settings the last full run used; empty when none ran. */
    bool flagsSettingsHash(QString *out, QString *error) const;
    bool setFlagsSettingsHash(const QString &hash, QString *error);
    /** Whether the stored flags were computed with other settings than the saved ones (or never). */
    bool flagsStale(bool *out, QString *error) const;
    /** Like flagsStale(), but tells settings that differ from settings never recorded. */
    bool flagsState(FlagsState *out, QString *error) const;
    /** How many stored flags each rule has over conversations started in [from, to) (epoch
     *  seconds), ordered by rule. */
    bool countsByRule(qint64 from, qint64 to, QList<QPair<QString, qint64>> *out, QString *error) const;

    /**
     * Up to limit conversations with id > afterId, in id order, that started in [first, last] (UTC
     * days; an invalid date leaves that side open), with their messages in seq order (Message::id
     * is the seq). *ongoing receives the ids of those whose ticket is not yet resolved or closed.
     */
    bool conversationPage(qint64 afterId, int limit, const QDate &first, const QDate &last,
                          QList<Conversation> *out, QSet<qint64> *ongoing, QString *error) const;
    /** The stored flags of conversations with ids in [firstId, lastId], by conversation, in id order. */
    bool flags(qint64 firstId, qint64 lastId, QHash<qint64, QList<StoredAutoQaFlag>> *out,
               QString *error) const;
    /** One conversation with its messages, as conversationPage reads it; *found is false when
     *  there is no such conversation. */
    bool conversation(qint64 id, Conversation *out, bool *ongoing, bool *found, QString *error) const;
    /** The ticket state recorded with the flags of conversations with ids in [firstId, lastId]:
     *  true when computed as ended. Conversations never checked (or checked before schema 9) are
     *  missing. */
    bool checkedStates(qint64 firstId, qint64 lastId, QHash<qint64, bool> *ended, QString *error) const;
    /** Records the ticket state a conversation's flags were computed under (the caller holds the
     *  transaction). */
    bool recordCheck(qint64 conversationId, bool ticketEnded, QString *error);
    /**
     * Conversations whose flags were computed under a ticket state that no longer holds, in id
     * order: checked while the ticket was open and now ended, or checked ended (or flagged before
     * schema 9 recorded a state) and now open again. Reads only the conversations checked while
     * open and the open tickets' conversations, both small and indexed, never the whole store.
     */
    bool staleConversations(QList<qint64> *out, QString *error) const;
    /** Replaces a conversation's flags (the caller holds the transaction). */
    bool replaceFlags(qint64 conversationId, const QList<StoredAutoQaFlag> &flags, qint64 at, QString *error);

    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    /** The settings hash the last full run recorded (empty when none), and whether it is the saved
     *  settings' hash. */
    bool compareFlagsHash(QString *stored, bool *matches, QString *error) const;
    bool readMessages(QList<Conversation> *conversations, QString *error) const;
    bool writeSetting(const QString &key, const QString &value, QString *error);
    bool readSetting(const QString &key, QString *value, bool *exists, QString *error) const;

    QSqlDatabase m_db;
};
