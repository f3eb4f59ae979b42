#pragma once

#include "domain/Conversation.h"

#include <QAbstractListModel>

/**
 * The reviewer's transcript as a list: one row per message with its local time, speaker (coloured:
 * customer blue, agent green, bot purple, system grey) and text. An agent message that answers a
 * customer who waited longer than the threshold is highlighted and says how long the wait was; the
 * wait runs from the first unanswered customer message to the next agent message. UI thread only.
 */
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SpeakerRole = Qt::UserRole + 1, // Speaker as int
        WaitSecondsRole, // the customer's wait this agent message ended, or -1
        LongWaitRole, // bool: the wait is over the threshold
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    void setMessages(const QList<Message> &messages);
    /** Waits longer than this are highlighted (default 120 s, PRODUCT.md's slow response, as in
     *  TicketDetailPane). */
    void setLongWaitSeconds(qint64 seconds);
    qint64 longWaitSeconds() const { return m_longWaitSeconds; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Message> m_messages;
    QList<qint64> m_waits; // parallel to m_messages
    qint64 m_longWaitSeconds = 120;
};
