#include "TranscriptLegend.h"

#include "TranscriptModel.h"

TranscriptLegend::TranscriptLegend(TranscriptModel *model, QWidget *parent)
    : QLabel(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("transcriptLegend"));
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #555;"));
    connect(model, &TranscriptModel::longWaitSecondsChanged, this, &TranscriptLegend::showLimit);
    connect(model, &QAbstractItemModel::modelReset, this, &TranscriptLegend::followTranscript);
    showLimit(model->longWaitSeconds());
    followTranscript();
}

void TranscriptLegend::followTranscript()
{
    setVisible(m_model->rowCount() > 0);
}

void TranscriptLegend::showLimit(qint64 seconds)
{
    // The swatch is the highlight's own colour (TranscriptModel's BackgroundRole); the limit is in
    // seconds, as the auto-QA settings and the flag's own text give it.
    setText(tr("<span style=\"background: #ffecb3;\">&nbsp;⚠&nbsp;</span> Highlighted: replies after the "
               "customer waited over %1 s, the auto-QA customer-wait limit.")
                .arg(seconds));
    setToolTip(tr("The same limit raises the auto-QA flag “long customer wait”; change it in QA → Auto-QA "
                  "rules…"));
}
