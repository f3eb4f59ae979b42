#include "TranscriptModel.h"

#include "sla/SlaEvaluator.h"

#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

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

/** A small red pennant, drawn so it looks the same on every platform style. */
QIcon flagIcon()
{
    static const QIcon icon = [] {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x42, 0x42, 0x42), 1.5));
        painter.drawLine(QPointF(3.5, 1.5), QPointF(3.5, 14.5));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
        painter.drawPolygon(QPolygonF({ QPointF(4, 2), QPointF(14, 5.5), QPointF(4, 9) }));
        return QIcon(pixmap);
    }();
    return icon;
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
    m_flags.clear();
    m_rowFlags = QList<QList<int>>(m_messages.size());
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

void TranscriptModel::setFlags(const QList<StoredAutoQaFlag> &flags)
{
    beginResetModel();
    m_flags = flags;
    m_rowFlags = QList<QList<int>>(m_messages.size());
    for (int i = 0; i < int(m_flags.size()); ++i) {
        const int row = rowForSeq(m_flags.at(i).messageSeq);
        if (row >= 0)
            m_rowFlags[row].append(i);
    }
    endResetModel();
}

int TranscriptModel::rowForSeq(qint64 seq) const
{
    if (seq < 0)
        return -1;
    for (int row = 0; row < int(m_messages.size()); ++row) {
        if (m_messages.at(row).id == seq)
            return row;
    }
    return -1;
}

QString TranscriptModel::ruleName(const QString &ruleCode)
{
    if (ruleCode == QLatin1String("forbidden_phrase"))
        return tr("forbidden phrase");
    if (ruleCode == QLatin1String("customer_wait"))
        return tr("long customer wait");
    if (ruleCode == QLatin1String("missing_greeting"))
        return tr("missing greeting");
    if (ruleCode == QLatin1String("missing_closing"))
        return tr("missing closing");
    return ruleCode;
}

QString TranscriptModel::flagDescription(const StoredAutoQaFlag &flag)
{
    if (flag.rule == QLatin1String("forbidden_phrase"))
        return tr("Forbidden phrase “%1”").arg(flag.detail);
    if (flag.rule == QLatin1String("customer_wait"))
        return tr("Long customer wait: %1").arg(flag.detail);
    if (flag.rule == QLatin1String("missing_greeting"))
        return tr("No greeting in the agent's first message");
    if (flag.rule == QLatin1String("missing_closing"))
        return tr("No closing in the agent's last message");
    return flag.detail.isEmpty() ? flag.rule : flag.rule + QStringLiteral(": ") + flag.detail;
}

void TranscriptModel::setLongWaitSeconds(qint64 seconds)
{
    if (seconds == m_longWaitSeconds)
        return;
    m_longWaitSeconds = seconds;
    if (!m_messages.isEmpty())
        emit dataChanged(index(0), index(int(m_messages.size()) - 1),
                         { Qt::DisplayRole, Qt::ToolTipRole, Qt::BackgroundRole, LongWaitRole });
    emit longWaitSecondsChanged(seconds);
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
    const QList<int> &flagIndexes = m_rowFlags.at(index.row());
    QStringList flagLines;
    for (int i : flagIndexes)
        flagLines.append(tr("Auto-QA: %1").arg(flagDescription(m_flags.at(i))));
    switch (role) {
    case Qt::DisplayRole: {
        QString text = QStringLiteral("%1  %2\n%3")
                           .arg(message.sentAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss")),
                                Vocabulary::displayName(message.speaker), message.text);
        if (longWait)
            text += QLatin1Char('\n')
                + tr("⚠ customer waited %1 (auto-QA limit %2 s)")
                      .arg(SlaEvaluator::formatDuration(wait))
                      .arg(m_longWaitSeconds);
        for (const QString &line : flagLines)
            text += QLatin1Char('\n') + line;
        return text;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (wait >= 0)
            lines.append(
                tr("The customer waited %1 for this reply.").arg(SlaEvaluator::formatDuration(wait)));
        lines += flagLines;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::DecorationRole:
        return flagIndexes.isEmpty() ? QVariant() : QVariant(flagIcon());
    case Qt::ForegroundRole:
        return QBrush(speakerColor(message.speaker));
    case Qt::BackgroundRole:
        // A flag outranks a long wait: it is what the reviewer has to judge.
        if (!flagIndexes.isEmpty())
            return QBrush(QColor(0xfd, 0xe2, 0xe2));
        return longWait ? QBrush(QColor(0xff, 0xec, 0xb3)) : QVariant();
    case SpeakerRole:
        return int(message.speaker);
    case WaitSecondsRole:
        return wait;
    case LongWaitRole:
        return longWait;
    case FlagRulesRole: {
        QStringList rules;
        for (int i : flagIndexes)
            rules.append(m_flags.at(i).rule);
        return rules;
    }
    default:
        return {};
    }
}
