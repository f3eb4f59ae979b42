#pragma once

#include "domain/Conversation.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

/** The automatic checks run over a transcript before a human reviews it (auto-QA). */
enum class AutoQaRule { ForbiddenPhrase, CustomerWait, MissingGreeting, MissingClosing };

/**
 * The editable settings of the auto-QA rules. Phrases are matched case-insensitively; a phrase that
 * starts or ends with a Latin letter or digit must match whole words there ("hi" does not match
 * "this"), a Chinese phrase matches anywhere. defaults() gives Chinese and English lists.
 */
struct AutoQaSettings
{
    Q_DECLARE_TR_FUNCTIONS(AutoQaSettings)

public:
    QStringList forbiddenPhrases; // never from an agent (服务禁语)
    QStringList greetingPhrases; // expected in the agent's first message
    QStringList closingPhrases; // expected in the agent's last message
    qint64 customerWaitSeconds = 180; // a customer waiting longer than this for the agent is flagged

    static AutoQaSettings defaults();
    QByteArray toJson() const;
    static bool fromJson(const QByteArray &json, AutoQaSettings *settings, QString *error);
};

/** One finding. messageIndex points into the transcript; -1 for a finding about the whole conversation. */
struct AutoQaFinding
{
    AutoQaRule rule = AutoQaRule::ForbiddenPhrase;
    int messageIndex = -1;
    QString detail; // the phrase found, or the wait in seconds, for the reviewer
    qint64 waitSeconds = 0; // CustomerWait only
};

/**
 * Runs the auto-QA rules over one transcript, pure and fast (compiled patterns are kept, so build
 * one AutoQa per settings and reuse it):
 * - forbidden phrase: each agent message containing a forbidden phrase (one finding per phrase);
 * - customer wait: the first customer message after the agent's last reply waited longer than the
 *   threshold for the next agent message (flagged at that agent message; bot and system messages
 *   do not end a wait; a customer nobody answered before the transcript ends is not judged);
 * - missing greeting / closing: the agent's first / last message has none of the phrases; the
 *   closing is judged only once the conversation has ended (its ticket resolved or closed), since
 *   the agent of an open ticket has not said goodbye yet.
 * A transcript without agent messages has no findings. Chinese text is matched after removing the
 * spaces word-segmented sources put between Chinese characters (see normaliseCjkSpacing).
 * Threading: const methods are safe to call from several threads.
 */
class AutoQa
{
    Q_DECLARE_TR_FUNCTIONS(AutoQa)

public:
    explicit AutoQa(AutoQaSettings settings = AutoQaSettings::defaults());

    enum class Transcript { Ended, Ongoing };

    QList<AutoQaFinding> run(const QList<Message> &transcript, Transcript end = Transcript::Ended) const;

    /** "forbidden_phrase", "customer_wait", "missing_greeting", "missing_closing", as in qa_auto_flags. */
    static QString ruleCode(AutoQaRule rule);
    /** Removes whitespace between two CJK characters ("韵 达" → "韵达"); other spacing is kept. */
    static QString normaliseCjkSpacing(const QString &text);

private:
    struct Phrase
    {
        QString text;
        QRegularExpression pattern;
    };
    static QList<Phrase> compile(const QStringList &phrases);
    static const Phrase *firstMatch(const QList<Phrase> &phrases, const QString &text);

    AutoQaSettings m_settings;
    QList<Phrase> m_forbidden;
    QList<Phrase> m_greetings;
    QList<Phrase> m_closings;
};
