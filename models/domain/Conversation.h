#pragma once

#include "Vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>

/** One message of a conversation (会话). */
struct Message
{
    qint64 id = 0;
    Speaker speaker = Speaker::Customer;
    QDateTime sentAt; // UTC
    QString text;
};

/** An ordered list of messages attached to a ticket. */
struct Conversation
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QList<Message> messages;
};
