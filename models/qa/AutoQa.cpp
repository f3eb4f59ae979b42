#include "AutoQa.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x3000 && u <= 0x303F)
        || (u >= 0xFF00 && u <= 0xFFEF);
}

bool isLatinWord(QChar c)
{
    return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'_');
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue &value, const QStringList &fallback)
{
    if (!value.isArray())
        return fallback;
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.toString().trimmed().isEmpty())
            list.append(item.toString().trimmed());
    }
    return list;
}

} // namespace

AutoQaSettings AutoQaSettings::defaults()
{
    // From the team rules' lists of service taboo phrases (服务禁语) and standard openings and
    // closings; the English ones say the same things. Meant to be edited per team.
    AutoQaSettings settings;
    settings.forbiddenPhrases = {
        QStringLiteral("不知道"),
        QStringLiteral("不归我管"),
        QStringLiteral("自己看"),
        QStringLiteral("你自己"),
        QStringLiteral("听不懂吗"),
        QStringLiteral("我已经说过了"),
        QStringLiteral("爱买不买"),
        QStringLiteral("没办法"),
        QStringLiteral("投诉也没用"),
        QStringLiteral("不可能"),
        QStringLiteral("I don't know"),
        QStringLiteral("not my problem"),
        QStringLiteral("calm down"),
        QStringLiteral("as I already said"),
        QStringLiteral("I already told you"),
        QStringLiteral("nothing I can do"),
        QStringLiteral("not our fault"),
        QStringLiteral("that's your problem"),
        QStringLiteral("read the instructions"),
    };
    settings.greetingPhrases = {
        QStringLiteral("您好"),
        QStringLiteral("你好"),
        QStringLiteral("亲"),
        QStringLiteral("欢迎"),
        QStringLiteral("在的"),
        QStringLiteral("客官"),
        QStringLiteral("hi"),
        QStringLiteral("hello"),
        QStringLiteral("hey"),
        QStringLiteral("good morning"),
        QStringLiteral("good afternoon"),
        QStringLiteral("good evening"),
        QStringLiteral("greetings"),
        QStringLiteral("thanks for reaching out"),
        QStringLiteral("thank you for reaching out"),
        QStringLiteral("thanks for contacting"),
    };
    settings.closingPhrases = {
        QStringLiteral("再见"),
        QStringLiteral("祝您"),
        QStringLiteral("还有什么"),
        QStringLiteral("还有其他"),
        QStringLiteral("感谢"),
        QStringLiteral("谢谢"),
        QStringLiteral("欢迎再次"),
        QStringLiteral("生活愉快"),
        QStringLiteral("have a great"),
        QStringLiteral("have a nice"),
        QStringLiteral("have a good"),
        QStringLiteral("anything else"),
        QStringLiteral("thank you"),
        QStringLiteral("thanks"),
        QStringLiteral("take care"),
        QStringLiteral("let us know"),
        QStringLiteral("happy to help"),
        QStringLiteral("glad to help"),
        QStringLiteral("enjoy"),
        // Sign-offs common in shop chats; the demo data's closings (DemoConversationSynthesizer)
        // each contain one of this list's phrases.
        QStringLiteral("还有别的"),
        QStringLiteral("随时联系"),
        QStringLiteral("goodbye"),
        QStringLiteral("bye"),
    };
    return settings;
}

QByteArray AutoQaSettings::toJson() const
{
    const QJsonObject object { { QStringLiteral("forbidden_phrases"), toArray(forbiddenPhrases) },
                               { QStringLiteral("greeting_phrases"), toArray(greetingPhrases) },
                               { QStringLiteral("closing_phrases"), toArray(closingPhrases) },
                               { QStringLiteral("customer_wait_seconds"), customerWaitSeconds } };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool AutoQaSettings::fromJson(const QByteArray &json, AutoQaSettings *settings, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = tr("The auto-QA settings are not valid JSON: %1.").arg(parseError.errorString());
        return false;
    }
    const QJsonObject object = document.object();
    const AutoQaSettings fallback = defaults();
    AutoQaSettings parsed;
    parsed.forbiddenPhrases
        = fromArray(object.value(QStringLiteral("forbidden_phrases")), fallback.forbiddenPhrases);
    parsed.greetingPhrases
        = fromArray(object.value(QStringLiteral("greeting_phrases")), fallback.greetingPhrases);
    parsed.closingPhrases
        = fromArray(object.value(QStringLiteral("closing_phrases")), fallback.closingPhrases);
    parsed.customerWaitSeconds
        = object.value(QStringLiteral("customer_wait_seconds")).toInteger(fallback.customerWaitSeconds);
    if (parsed.customerWaitSeconds <= 0) {
        *error = tr("The customer wait threshold must be more than 0 seconds.");
        return false;
    }
    *settings = parsed;
    return true;
}

AutoQa::AutoQa(AutoQaSettings settings)
    : m_settings(std::move(settings))
    , m_forbidden(compile(m_settings.forbiddenPhrases))
    , m_greetings(compile(m_settings.greetingPhrases))
    , m_closings(compile(m_settings.closingPhrases))
{
}

QList<AutoQa::Phrase> AutoQa::compile(const QStringList &phrases)
{
    QList<Phrase> compiled;
    for (const QString &raw : phrases) {
        const QString phrase = normaliseCjkSpacing(raw.trimmed());
        if (phrase.isEmpty())
            continue;
        QString pattern = QRegularExpression::escape(phrase);
        // Whole words at a Latin edge; apostrophes typed either way match each other.
        pattern.replace(QStringLiteral("'"), QStringLiteral("['’]"));
        pattern.replace(QStringLiteral("\\['’]"), QStringLiteral("['’]"));
        if (isLatinWord(phrase.front()))
            pattern.prepend(QStringLiteral("\\b"));
        if (isLatinWord(phrase.back()))
            pattern.append(QStringLiteral("\\b"));
        compiled.append({ phrase,
                          QRegularExpression(pattern,
                                             QRegularExpression::CaseInsensitiveOption
                                                 | QRegularExpression::UseUnicodePropertiesOption) });
    }
    return compiled;
}

const AutoQa::Phrase *AutoQa::firstMatch(const QList<Phrase> &phrases, const QString &text)
{
    for (const Phrase &phrase : phrases) {
        if (phrase.pattern.match(text).hasMatch())
            return &phrase;
    }
    return nullptr;
}

QString AutoQa::normaliseCjkSpacing(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() && !out.isEmpty() && isCjk(out.back())) {
            qsizetype next = i;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            if (next < text.size() && isCjk(text.at(next))) {
                i = next - 1;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

QString AutoQa::ruleCode(AutoQaRule rule)
{
    switch (rule) {
    case AutoQaRule::ForbiddenPhrase:
        return QStringLiteral("forbidden_phrase");
    case AutoQaRule::CustomerWait:
        return QStringLiteral("customer_wait");
    case AutoQaRule::MissingGreeting:
        return QStringLiteral("missing_greeting");
    case AutoQaRule::MissingClosing:
        return QStringLiteral("missing_closing");
    }
    return {};
}

QList<AutoQaFinding> AutoQa::run(const QList<Message> &transcript, Transcript end) const
{
    QList<AutoQaFinding> findings;
    int firstAgent = -1;
    int lastAgent = -1;
    int waitingSince = -1; // the first customer message not yet answered by the agent
    for (int i = 0; i < int(transcript.size()); ++i) {
        const Message &message = transcript.at(i);
        if (message.speaker == Speaker::Customer) {
            if (waitingSince < 0)
                waitingSince = i;
            continue;
        }
        if (message.speaker != Speaker::Agent)
            continue;
        if (firstAgent < 0)
            firstAgent = i;
        lastAgent = i;

        const QString text = normaliseCjkSpacing(message.text);
        for (const Phrase &phrase : m_forbidden) {
            if (phrase.pattern.match(text).hasMatch())
                findings.append({ AutoQaRule::ForbiddenPhrase, i, phrase.text, 0 });
        }
        if (waitingSince >= 0) {
            const QDateTime asked = transcript.at(waitingSince).sentAt;
            if (asked.isValid() && message.sentAt.isValid()) {
                const qint64 wait = asked.secsTo(message.sentAt);
                if (wait > m_settings.customerWaitSeconds)
                    findings.append({ AutoQaRule::CustomerWait, i,
                                      tr("The customer waited %1 s (limit %2 s).")
                                          .arg(wait)
                                          .arg(m_settings.customerWaitSeconds),
                                      wait });
            }
            waitingSince = -1;
        }
    }
    if (firstAgent < 0)
        return findings;
    if (!firstMatch(m_greetings, normaliseCjkSpacing(transcript.at(firstAgent).text)))
        findings.append({ AutoQaRule::MissingGreeting, firstAgent, {}, 0 });
    if (end == Transcript::Ended
        && !firstMatch(m_closings, normaliseCjkSpacing(transcript.at(lastAgent).text)))
        findings.append({ AutoQaRule::MissingClosing, lastAgent, {}, 0 });
    return findings;
}
