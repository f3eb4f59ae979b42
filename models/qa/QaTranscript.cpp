#include "QaTranscript.h"

#include "qa/store/QaAutoFlagRepository.h"
#include "qa/store/QaQueueRepository.h"

bool QaTranscript::load(QSqlDatabase db, qint64 conversationId, QaTranscript *out, QString *error)
{
    *out = {};
    if (!QaQueueRepository(db).transcript(conversationId, &out->messages, error))
        return false;
    AutoQaSettings settings;
    if (!QaAutoFlagRepository(std::move(db)).loadSettings(&settings, error))
        return false;
    // A highlight threshold of 0 or less would mark every reply; the saved settings refuse such a
    // value, but a store edited by hand must not turn the whole transcript amber.
    if (settings.customerWaitSeconds > 0)
        out->longWaitSeconds = settings.customerWaitSeconds;
    return true;
}
