#include "AutoQaRunner.h"

#include "qa/store/QaAutoFlagRepository.h"

#include <QDateTime>
#include <QElapsedTimer>

bool AutoQaRunner::run(QSqlDatabase db, const AutoQaRunOptions &options, AutoQaRunSummary *summary,
                       QString *error, const Progress &progress)
{
    AutoQaSettings settings;
    if (!QaAutoFlagRepository(db).loadSettings(&settings, error))
        return false;
    return run(std::move(db), settings, options, summary, error, progress);
}

bool AutoQaRunner::run(QSqlDatabase db, const AutoQaSettings &settings, const AutoQaRunOptions &options,
                       AutoQaRunSummary *summary, QString *error, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    *summary = {};
    summary->settingsHash = QaAutoFlagRepository::settingsHash(settings);
    const qint64 now = options.now > 0 ? options.now : QDateTime::currentSecsSinceEpoch();
    const AutoQa autoQa(settings);
    QaAutoFlagRepository repository(std::move(db));
    qint64 afterId = 0;
    for (;;) {
        QList<Conversation> page;
        QSet<qint64> ongoing;
        if (!repository.conversationPage(afterId, std::max(1, options.pageSize), options.first, options.last,
                                         &page, &ongoing, error))
            return false;
        if (page.isEmpty())
            break;
        QHash<qint64, QList<StoredAutoQaFlag>> stored;
        if (!repository.flags(page.first().id, page.last().id, &stored, error))
            return false;
        bool inTransaction = false;
        for (const Conversation &conversation : std::as_const(page)) {
            QList<StoredAutoQaFlag> flags;
            const auto end
                = ongoing.contains(conversation.id) ? AutoQa::Transcript::Ongoing : AutoQa::Transcript::Ended;
            for (const AutoQaFinding &finding : autoQa.run(conversation.messages, end)) {
                const qint64 seq
                    = finding.messageIndex >= 0 ? conversation.messages.at(finding.messageIndex).id : -1;
                flags.append({ AutoQa::ruleCode(finding.rule), seq, finding.detail });
            }
            summary->flags += flags.size();
            if (flags == stored.value(conversation.id))
                continue;
            // The page's write transaction starts only when something changes, so a re-run takes no
            // write lock at all.
            if (!inTransaction) {
                if (!repository.begin(error))
                    return false;
                inTransaction = true;
            }
            if (!repository.replaceFlags(conversation.id, flags, now, error)) {
                repository.rollback();
                return false;
            }
            ++summary->changed;
        }
        if (inTransaction && !repository.commit(error))
            return false;
        summary->conversations += page.size();
        afterId = page.last().id;
        if (progress && !progress(summary->conversations))
            break;
    }
    if (!options.first.isValid() && !options.last.isValid()) {
        QString stored;
        if (!repository.flagsSettingsHash(&stored, error))
            return false;
        if (stored != summary->settingsHash && !repository.setFlagsSettingsHash(summary->settingsHash, error))
            return false;
    }
    summary->elapsedMs = timer.elapsed();
    return true;
}
