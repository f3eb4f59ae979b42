#include "SqlScript.h"

#include <QRegularExpression>

namespace {

bool startsTrigger(const QString &statement)
{
    static const QRegularExpression trigger(QStringLiteral(R"(^\s*CREATE\s+(TEMP\w*\s+)?TRIGGER\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch();
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

QStringList SqlScript::split(const QString &script)
{
    QStringList statements;
    QString current;
    QChar quote;
    bool lineComment = false;
    bool blockComment = false;
    // Inside a trigger body, BEGIN and CASE open a block that END closes; a ';' ends the whole
    // statement only when no block is open (a body's "CASE … END;" is not its end).
    int blockDepth = 0;

    auto endComment = [&current]() {
        // A comment separates tokens: "SELECT 1--x\nFROM t" must not become "SELECT 1FROM t".
        if (!current.isEmpty() && !current.back().isSpace())
            current.append(u' ');
    };

    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();

        if (lineComment) {
            if (c == u'\n') {
                lineComment = false;
                endComment();
            }
            continue;
        }
        if (blockComment) {
            if (c == u'*' && next == u'/') {
                blockComment = false;
                ++i;
                endComment();
            }
            continue;
        }
        if (!quote.isNull()) {
            current.append(c);
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'-' && next == u'-') {
            lineComment = true;
            continue;
        }
        if (c == u'/' && next == u'*') {
            blockComment = true;
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`') {
            quote = c;
            current.append(c);
            continue;
        }
        if (isWordCharacter(c) && (current.isEmpty() || !isWordCharacter(current.back()))) {
            qsizetype end = i;
            while (end < script.size() && isWordCharacter(script.at(end)))
                ++end;
            const QString word = script.mid(i, end - i);
            if (word.compare(QLatin1StringView("BEGIN"), Qt::CaseInsensitive) == 0) {
                if (blockDepth > 0 || startsTrigger(current))
                    ++blockDepth;
            } else if (word.compare(QLatin1StringView("CASE"), Qt::CaseInsensitive) == 0) {
                if (blockDepth > 0)
                    ++blockDepth;
            } else if (word.compare(QLatin1StringView("END"), Qt::CaseInsensitive) == 0) {
                if (blockDepth > 0)
                    --blockDepth;
            }
            current.append(word);
            i = end - 1;
            continue;
        }
        if (c == u';') {
            if (blockDepth > 0) {
                current.append(c);
                continue;
            }
            if (!current.trimmed().isEmpty())
                statements.append(current.trimmed());
            current.clear();
            continue;
        }
        current.append(c);
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}
