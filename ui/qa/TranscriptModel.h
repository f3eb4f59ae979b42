#pragma once

#include "domain/Conversation.h"
#include "qa/store/QaAutoFlagRepository.h"

#include <QAbstractListModel>

/**
 * The reviewer's transcript as a list: one row per message with its local time, speaker (coloured:
 * customer blue, agent green, bot purple, system grey) and text. An agent message that answers a
 * customer who waited longer than the threshold is highlighted and says how long the wait was; the
 * wait runs from the first unanswered customer message to the next agent message. Messages an
 * auto-QA flag points at carry a red flag icon, a tint, a line naming the rule and the rule in the
 * tooltip (the forbidden phrase found, the wait, the missing greeting or closing). UI thread only.
 *
 * The wait threshold is the auto-QA customer-wait limit (AutoQaSettings::customerWaitSeconds), the
 * same rule that raises the "long customer wait" flag, so a highlight always has a flag beside it
 * once auto-QA has checked the conversation; TranscriptLegend names it above the transcript. (The
 * KPI slow-response rule, 120 s by default, counts slow replies for the ticket views instead.)
 */
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SpeakerRole = Qt::UserRole + 1, // Speaker as int
        WaitSecondsRole, // the customer's wait this agent message ended, or -1
        LongWaitRole, // bool: the wait is over the threshold
        FlagRulesRole, // QStringList: AutoQa::ruleCode of each auto-QA flag on this message
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    /** Shows messages (Message::id is the seq) without flags. */
    void setMessages(const QList<Message> &messages);
    /** Marks the messages the flags point at (by seq); flags for no shown message are kept for
     *  flags() but mark nothing. */
    void setFlags(const QList<StoredAutoQaFlag> &flags);
    const QList<StoredAutoQaFlag> &flags() const { return m_flags; }
    /** The row of the message with this seq, or -1. */
    int rowForSeq(qint64 seq) const;

    /** The rule's name for a reviewer ("forbidden phrase"). */
    static QString ruleName(const QString &ruleCode);
    /** What the flag found, for a tooltip ("Forbidden phrase “不知道”"). */
    static QString flagDescription(const StoredAutoQaFlag &flag);
    /** Waits longer than this are highlighted: the auto-QA customer-wait limit, the default until
     *  the view has read the saved settings. */
    void setLongWaitSeconds(qint64 seconds);
    qint64 longWaitSeconds() const { return m_longWaitSeconds; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void longWaitSecondsChanged(qint64 seconds);

private:
    QList<Message> m_messages;
    QList<qint64> m_waits; // parallel to m_messages
    QList<StoredAutoQaFlag> m_flags;
    QList<QList<int>> m_rowFlags; // parallel to m_messages: indexes into m_flags
    qint64 m_longWaitSeconds = AutoQaSettings::defaults().customerWaitSeconds;
};
