#include "SqlScript.h"

#include <QRegularExpression>

namespace {

bool startsTrigger(const QString &statement)
{
    static const QRegularExpression trigger(QStringLiteral(R"(^\s*CREATE\s+(TEMP\w*\s+)?TRIGGER\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch();
}

bool endsWithEndKeyword(const QString &statement)
{
    static const QRegularExpression end(QStringLiteral(R"(\bEND\s*$)"), QRegularExpression::CaseInsensitiveOption);
    return end.match(statement).hasMatch();
}

} // namespace

QStringList SqlScript::split(const QString &script)
{
    QStringList statements;
    QString current;
    QChar quote;
    bool lineComment = false;
    bool blockComment = false;

    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();

        if (lineComment) {
            if (c == u'\n')
                lineComment = false;
            continue;
        }
        if (blockComment) {
            if (c == u'*' && next == u'/') {
                blockComment = false;
                ++i;
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
        if (c == u';') {
            // Inside a trigger body the statement only ends at "END;".
            if (startsTrigger(current) && !endsWithEndKeyword(current)) {
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
