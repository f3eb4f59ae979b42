#pragma once

#include "qa/Sampler.h"

#include <QDate>
#include <QDialog>
#include <QMap>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class ServiceContext;

/**
 * "Draw sample" (抽检): a week, N conversations per agent, the over-sampled strata with their quota
 * per agent (0 = not over-sampled), the seed (random, shown and editable, so a draw can be repeated)
 * and the reviewers' workload cap. "Draw" shows how many each stratum drew and why, and what each
 * reviewer is assigned (round-robin, never their own conversations); "Save draw" records it with its
 * rule and seed. Changing any input discards the shown draw, so what is saved is what was shown.
 *
 * Threading: UI thread; reading candidates and reviewers, drawing and saving run on workers
 * (runStoreTask), with the buttons disabled until they report back.
 */
class SampleDrawDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SampleDrawDialog(const ServiceContext &context, QWidget *parent = nullptr);

    /** Shows the week containing date (Monday to Sunday). */
    void setWeek(const QDate &date);
    QDate weekStart() const;
    /** The rule as set in the dialog. */
    SamplingRule rule() const;
    /** The seed in the seed field; false when it is not a number. */
    bool seed(quint64 *out) const;
    bool isBusy() const { return m_busy; }
    qint64 savedDrawId() const { return m_savedDrawId; }
    QString statusText() const;

signals:
    void drawn();
    void drawSaved(qint64 drawId);

private:
    struct Draw;
    void newSeed();
    void draw();
    void save();
    void showDraw();
    void discardDraw();
    void setBusy(bool busy);

    const ServiceContext &m_context;
    bool m_busy = false;
    qint64 m_savedDrawId = 0;
    std::shared_ptr<Draw> m_draw;

    QDateEdit *m_week = nullptr;
    QLabel *m_weekRange = nullptr;
    QSpinBox *m_perAgent = nullptr;
    QMap<SampleStratum, QSpinBox *> m_quotas;
    QLineEdit *m_seed = nullptr;
    QPushButton *m_newSeed = nullptr;
    QSpinBox *m_cap = nullptr;
    QPushButton *m_drawButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QTableWidget *m_strata = nullptr;
    QTableWidget *m_assignment = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_status = nullptr;
};
