#include "AutoQaRunner.h"

#include "qa/store/QaAutoFlagRepository.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <optional>

namespace {

/** Checks one conversation and writes what changed: its flags, and the ticket state they were
 *  computed under. Starts the write transaction on the first change (*inTransaction). */
bool checkConversation(QaAutoFlagRepository &repository, const AutoQa &autoQa,
                       const Conversation &conversation, bool ongoing,
                       const QList<StoredAutoQaFlag> &storedFlags, std::optional<bool> storedEnded,
                       qint64 now, bool *inTransaction, qint64 *flagCount, bool *flagsChanged, QString *error)
{
    QList<StoredAutoQaFlag> flags;
    const auto end = ongoing ? AutoQa::Transcript::Ongoing : AutoQa::Transcript::Ended;
    for (const AutoQaFinding &finding : autoQa.run(conversation.messages, end)) {
        const qint64 seq = finding.messageIndex >= 0 ? conversation.messages.at(finding.messageIndex).id : -1;
        flags.append({ AutoQa::ruleCode(finding.rule), seq, finding.detail });
    }
    *flagCount += flags.size();
    *flagsChanged = flags != storedFlags;
    const bool stateChanged = storedEnded != std::optional<bool>(!ongoing);
    if (!*flagsChanged && !stateChanged)
        return true;
    // The write transaction starts only when something changes, so a re-run takes no write lock.
    if (!*inTransaction) {
        if (!repository.begin(error))
            return false;
        *inTransaction = true;
    }
    if ((*flagsChanged && !repository.replaceFlags(conversation.id, flags, now, error))
        || (stateChanged && !repository.recordCheck(conversation.id, !ongoing, error))) {
        repository.rollback();
        *inTransaction = false;
        return false;
    }
    return true;
}

std::optional<bool> storedState(const QHash<qint64, bool> &states, qint64 conversationId)
{
    const auto at = states.constFind(conversationId);
    return at == states.constEnd() ? std::nullopt : std::optional<bool>(*at);
}

/** One conversation as a recheck needs it: its transcript and what its last check stored. */
struct CheckedConversation
{
    Conversation conversation;
    bool ongoing = false;
    QList<StoredAutoQaFlag> flags;
    std::optional<bool> ended; // the ticket state the flags were computed under; unset before schema 9
};

/** Loads conversation id; *found is false when it no longer exists. */
bool loadChecked(QaAutoFlagRepository &repository, qint64 id, CheckedConversation *out, bool *found,
                 QString *error)
{
    QHash<qint64, QList<StoredAutoQaFlag>> flags;
    QHash<qint64, bool> states;
    if (!repository.conversation(id, &out->conversation, &out->ongoing, found, error)
        || !repository.flags(id, id, &flags, error) || !repository.checkedStates(id, id, &states, error))
        return false;
    out->flags = flags.value(id);
    out->ended = storedState(states, id);
    return true;
}

/** Rechecks the given conversations, one transaction for all of them. */
bool recheck(QaAutoFlagRepository &repository, const AutoQa &autoQa, const QList<qint64> &ids, qint64 now,
             qint64 *changed, QString *error)
{
    bool inTransaction = false;
    qint64 flagCount = 0;
    for (qint64 id : ids) {
        CheckedConversation checked;
        bool found = false;
        if (!loadChecked(repository, id, &checked, &found, error)) {
            if (inTransaction)
                repository.rollback();
            return false;
        }
        if (!found)
            continue;
        bool flagsChanged = false;
        if (!checkConversation(repository, autoQa, checked.conversation, checked.ongoing, checked.flags,
                               checked.ended, now, &inTransaction, &flagCount, &flagsChanged, error))
            return false;
        if (flagsChanged && changed)
            ++*changed;
    }
    return !inTransaction || repository.commit(error);
}

qint64 nowOr(qint64 now)
{
    return now > 0 ? now : QDateTime::currentSecsSinceEpoch();
}

} // namespace

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
    const qint64 now = nowOr(options.now);
    const AutoQa autoQa(settings);
    QaAutoFlagRepository repository(std::move(db));

    // First the conversations anywhere in the store whose ticket ended or reopened since their flags
    // were computed, so a run over this week also brings last month's closed tickets in step.
    QList<qint64> stale;
    if (!repository.staleConversations(&stale, error)
        || !recheck(repository, autoQa, stale, now, &summary->changed, error))
        return false;
    summary->rechecked = stale.size();

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
        QHash<qint64, bool> states;
        if (!repository.flags(page.first().id, page.last().id, &stored, error)
            || !repository.checkedStates(page.first().id, page.last().id, &states, error))
            return false;
        bool inTransaction = false;
        for (const Conversation &conversation : std::as_const(page)) {
            bool flagsChanged = false;
            if (!checkConversation(repository, autoQa, conversation, ongoing.contains(conversation.id),
                                   stored.value(conversation.id), storedState(states, conversation.id), now,
                                   &inTransaction, &summary->flags, &flagsChanged, error))
                return false;
            if (flagsChanged)
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

bool AutoQaRunner::recheckStale(QSqlDatabase db, qint64 now, qint64 *rechecked, QString *error)
{
    QaAutoFlagRepository repository(std::move(db));
    AutoQaSettings settings;
    QList<qint64> stale;
    if (!repository.loadSettings(&settings, error) || !repository.staleConversations(&stale, error))
        return false;
    *rechecked = stale.size();
    return stale.isEmpty() || recheck(repository, AutoQa(settings), stale, nowOr(now), nullptr, error);
}

bool AutoQaRunner::refreshConversation(QSqlDatabase db, qint64 conversationId, qint64 now, bool *rechecked,
                                       QString *error)
{
    *rechecked = false;
    QaAutoFlagRepository repository(std::move(db));
    CheckedConversation checked;
    bool found = false;
    if (!loadChecked(repository, conversationId, &checked, &found, error))
        return false;
    // Never checked and never flagged: that is for a run over its period, not for reading it.
    const bool stale = checked.ended ? *checked.ended == checked.ongoing : !checked.flags.isEmpty();
    if (!found || !stale)
        return true;
    AutoQaSettings settings;
    if (!repository.loadSettings(&settings, error))
        return false;
    bool inTransaction = false;
    qint64 flagCount = 0;
    bool flagsChanged = false;
    if (!checkConversation(repository, AutoQa(settings), checked.conversation, checked.ongoing, checked.flags,
                           checked.ended, nowOr(now), &inTransaction, &flagCount, &flagsChanged, error)
        || (inTransaction && !repository.commit(error)))
        return false;
    *rechecked = true;
    return true;
}
