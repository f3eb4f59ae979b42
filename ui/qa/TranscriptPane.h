#pragma once

#include <QWidget>

class QListView;
class QVBoxLayout;
class TranscriptModel;
struct QaTranscript;

/**
 * The transcript pane of the QA views (reviewer workspace, disputes, calibration): the view's own
 * header widgets (a title, a flag strip…), then the TranscriptLegend, then the transcript list,
 * which takes the remaining height. Owns the TranscriptModel, the legend and the list view; the
 * list wraps long messages and selects nothing (a row is only made current, to scroll to a flag).
 * UI thread only.
 */
class TranscriptPane : public QWidget
{
    Q_OBJECT

public:
    explicit TranscriptPane(QWidget *parent = nullptr);

    TranscriptModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

    /** Adds a widget above the legend, below the header widgets added before it. */
    void addHeaderWidget(QWidget *widget);

    /** Shows the transcript's messages, their waits highlighted against its customer-wait limit. */
    void setTranscript(const QaTranscript &transcript);
    /** Shows no transcript (the legend hides with it). */
    void clear();

private:
    TranscriptModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QVBoxLayout *m_layout = nullptr;
    int m_headerCount = 0;
};
