#include "TranscriptPane.h"

#include "TranscriptLegend.h"
#include "TranscriptModel.h"
#include "qa/QaTranscript.h"

#include <QListView>
#include <QVBoxLayout>

TranscriptPane::TranscriptPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("transcriptPane"));
    m_model = new TranscriptModel(this);
    m_view = new QListView(this);
    m_view->setModel(m_model);
    // Messages differ in length: each row is as tall as its wrapped text.
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setSpacing(3);
    m_view->setAlternatingRowColors(false); // the speaker colours and highlights carry the meaning
    m_view->setSelectionMode(QAbstractItemView::NoSelection);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(new TranscriptLegend(m_model, this));
    m_layout->addWidget(m_view, 1);
}

void TranscriptPane::addHeaderWidget(QWidget *widget)
{
    m_layout->insertWidget(m_headerCount++, widget);
}

void TranscriptPane::setTranscript(const QaTranscript &transcript)
{
    // The limit first: the new rows never show against the previous conversation's limit.
    m_model->setLongWaitSeconds(transcript.longWaitSeconds);
    m_model->setMessages(transcript.messages);
}

void TranscriptPane::clear()
{
    m_model->setMessages({});
}
