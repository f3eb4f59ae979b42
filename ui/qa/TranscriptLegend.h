#pragma once

#include <QLabel>

class TranscriptModel;

/**
 * The line above a transcript that says what its highlights mean: replies after a customer waited
 * longer than the auto-QA customer-wait limit, the same rule that raises the "long customer wait"
 * flag, so a reviewer never sees a highlight the flags disagree with. Follows the model's threshold,
 * and shows only while a transcript is: before one is loaded the model holds the default limit, not
 * the store's.
 */
class TranscriptLegend : public QLabel
{
    Q_OBJECT

public:
    explicit TranscriptLegend(TranscriptModel *model, QWidget *parent = nullptr);

private:
    void showLimit(qint64 seconds);
    void followTranscript();

    TranscriptModel *m_model;
};
