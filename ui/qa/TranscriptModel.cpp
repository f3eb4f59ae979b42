#include "TranscriptModel.h"

#include "sla/SlaEvaluator.h"

#include <QBrush>
#include <QColor>

namespace {

QColor speakerColor(Speaker speaker)
{
    switch (speaker) {
    case Speaker::Customer:
        return QColor(0x1f, 0x5f, 0xa8);
    case Speaker::Agent:
        return QColor(0x2e, 0x7d, 0x32);
    case Speaker::Bot:
        return QColor(0x7b, 0x5e, 0xa7);
    case Speaker::System:
        return QColor(0x6b, 0x6b, 0x6b);
    }
    return {};
}

} // namespace

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TranscriptModel::setMessages(const QList<Message> &messages)
{
    beginResetModel();
    m_messages = messages;
    m_waits.clear();
    QDateTime waitingSince; // the first customer message not yet answered
    for (const Message &message : m_messages) {
        qint64 wait = -1;
        if (message.speaker == Speaker::Customer && !waitingSince.isValid())
            waitingSince = message.sentAt;
        if (message.speaker == Speaker::Agent && waitingSince.isValid()) {
            wait = waitingSince.secsTo(message.sentAt);
            waitingSince = {};
        }
        m_waits.append(wait);
    }
    endResetModel();
}

void TranscriptModel::setLongWaitSeconds(qint64 seconds)
{
    beginResetModel();
    m_longWaitSeconds = seconds;
    endResetModel();
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const Message &message = m_messages.at(index.row());
    const qint64 wait = m_waits.at(index.row());
    const bool longWait = wait > m_longWaitSeconds;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = QStringLiteral("%1  %2\n%3")
                           .arg(message.sentAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss")),
                                Vocabulary::displayName(message.speaker), message.text);
        if (longWait)
            text += QLatin1Char('\n') + tr("⚠ customer waited %1").arg(SlaEvaluator::formatDuration(wait));
        return text;
    }
    case Qt::ToolTipRole:
        return wait >= 0
            ? tr("The customer waited %1 for this reply.").arg(SlaEvaluator::formatDuration(wait))
            : QVariant();
    case Qt::ForegroundRole:
        return QBrush(speakerColor(message.speaker));
    case Qt::BackgroundRole:
        return longWait ? QBrush(QColor(0xff, 0xec, 0xb3)) : QVariant();
    case SpeakerRole:
        return int(message.speaker);
    case WaitSecondsRole:
        return wait;
    case LongWaitRole:
        return longWait;
    default:
        return {};
    }
}
